"""``python -m unionoffice.server``: the same as ``unionoffice-server``."""

from __future__ import annotations

import sys

from unionoffice.server.cli import main

if __name__ == "__main__":
    sys.exit(main())
