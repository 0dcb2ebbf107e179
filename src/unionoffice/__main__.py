"""Entry point: ``unionoffice`` / ``python -m unionoffice``.

Without a sub-command the GUI starts; sub-commands run headless and never import Qt.
"""

from __future__ import annotations

import sys

from unionoffice.cli import build_parser, dispatch
from unionoffice.foundation.platform_windows import judge_package_argv


def main(argv: list[str] | None = None) -> int:
    # A judge's package dropped on the icon or opened with "Open with" comes without --judge.
    args = build_parser().parse_args(judge_package_argv(sys.argv[1:] if argv is None else argv, sys.platform))
    if args.command is None:
        from unionoffice.app import run_gui  # imported here: only the GUI loads Qt

        return run_gui(args)
    return dispatch(args)


if __name__ == "__main__":
    sys.exit(main())
