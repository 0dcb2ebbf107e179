"""Entry script of the frozen build (PyInstaller needs a file, not ``-m unionoffice``).

The same program answers as ``unionoffice-server`` when started under that name (the union
server's executable in the same folder).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__":
    if Path(sys.argv[0]).stem.lower() == "unionoffice-server":
        from unionoffice.server.cli import main as serve

        sys.exit(serve())
    from unionoffice.__main__ import main

    sys.exit(main())
