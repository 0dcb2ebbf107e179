"""The Qt user interface: main window, shared widgets, the lazy table model, background tasks."""
