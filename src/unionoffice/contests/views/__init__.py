"""Contest screens (Qt)."""
