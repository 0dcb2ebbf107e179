"""Entry point: ``unionoffice`` / ``python -m unionoffice``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from unionoffice.cli import run

    return run(list(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    sys.exit(main())
