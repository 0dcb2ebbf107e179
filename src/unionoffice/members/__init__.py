"""Members: the real-name register every other module finds its people in."""
