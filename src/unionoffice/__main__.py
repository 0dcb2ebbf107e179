"""Entry point: ``unionoffice`` / ``python -m unionoffice``.

Without a sub-command the GUI starts; sub-commands run headless and never import Qt.
"""

from __future__ import annotations

import sys

from unionoffice.cli import build_parser, dispatch


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        from unionoffice.app import run_gui  # imported here: only the GUI loads Qt

        return run_gui(args)
    return dispatch(args)


if __name__ == "__main__":
    sys.exit(main())
