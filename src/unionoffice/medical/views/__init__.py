"""Qt screens of the medical mutual-aid module (the only Qt code in the module)."""
