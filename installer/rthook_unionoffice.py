"""PyInstaller runtime hook: runs before the application's first import.

Alembic loads the migration files from disk with importlib, which would write ``__pycache__``
folders into the program folder. That folder must stay exactly as the installer wrote it:
a per-user install could otherwise grow stray files the uninstaller and upgrades do not know.
"""

import sys

sys.dont_write_bytecode = True
