"""Qt screens of the members module (the only place in it that imports Qt)."""
