"""Qt screens of the studios module (the only place here that imports Qt)."""
