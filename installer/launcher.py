"""Entry script of the frozen build (PyInstaller needs a file, not ``-m unionoffice``)."""

from __future__ import annotations

import sys

from unionoffice.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
