"""The 困难帮扶 tab and its dialogs (Qt)."""
