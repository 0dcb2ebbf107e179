"""What differs on Windows, as small pure functions of the platform and the environment.

Each takes ``platform`` (``sys.platform``) and the environment as arguments and returns pure
paths or plain data, so the Windows answers are tested on Linux with ``PureWindowsPath`` and the
callers (``foundation/paths.py``, ``foundation/pdf/system_fonts.py``, ``__main__``, the print dialog, the
installers) stay one line each. No Qt, no file system access.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath, PurePosixPath, PureWindowsPath

APP_DIR_NAME = "UnionOffice"
# The judges' package (core/judging/package.py: SUFFIX), registered by the installers.
JUDGE_SUFFIX = ".uojudge"
JUDGE_PROG_ID = "UnionOffice.JudgePackage"  # Windows: the class .uojudge points to
JUDGE_MIME_TYPE = "application/x-uojudge"  # freedesktop shared-mime-info (the .deb)


def is_windows(platform: str) -> bool:
    return platform == "win32"


@dataclass(frozen=True)
class UserFolders:
    """Where one user's files go: ``data`` roams with a Windows profile, ``cache`` stays on the PC."""

    data: PurePath
    cache: PurePath

    @property
    def backups(self) -> PurePath:
        return self.data / "backups"

    @property
    def logs(self) -> PurePath:
        return self.data / "logs"


def windows_user_folders(env: Mapping[str, str]) -> UserFolders:
    """``%APPDATA%\\UnionOffice`` and ``%LOCALAPPDATA%\\UnionOffice\\Cache`` (what platformdirs and
    the installer's uninstaller use). A profile without the variables falls back to the defaults
    below ``%USERPROFILE%``."""
    profile = PureWindowsPath(env.get("USERPROFILE") or "C:\\Users\\Default")
    roaming = PureWindowsPath(env.get("APPDATA") or profile / "AppData" / "Roaming")
    local = PureWindowsPath(env.get("LOCALAPPDATA") or profile / "AppData" / "Local")
    return UserFolders(data=roaming / APP_DIR_NAME, cache=local / APP_DIR_NAME / "Cache")


def user_folders(platform: str, env: Mapping[str, str]) -> UserFolders | None:
    """The Windows folders on Windows; ``None`` elsewhere (platformdirs answers there)."""
    return windows_user_folders(env) if is_windows(platform) else None


def font_folders(platform: str, env: Mapping[str, str], home: PurePath) -> list[PurePath]:
    """System font folders: on Windows also the per-user one (fonts installed without admin rights,
    Windows 10 1809 and later), where SimSun-ExtB may sit on a clerk's PC."""
    if is_windows(platform):
        windows = PureWindowsPath(env.get("WINDIR") or env.get("SystemRoot") or "C:\\Windows")
        local = PureWindowsPath(env.get("LOCALAPPDATA") or PureWindowsPath(home) / "AppData" / "Local")
        return [windows / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if platform == "darwin":
        return [
            PurePosixPath("/System/Library/Fonts"),
            PurePosixPath("/Library/Fonts"),
            home / "Library" / "Fonts",
        ]
    data_home = PurePosixPath(env.get("XDG_DATA_HOME") or PurePosixPath(home) / ".local" / "share")
    return [
        PurePosixPath("/usr/share/fonts"),
        PurePosixPath("/usr/local/share/fonts"),
        data_home / "fonts",
        PurePosixPath(home) / ".fonts",
    ]


def print_dialog_shows_title(platform: str) -> bool:
    """Windows and macOS show their own print dialog, which ignores the title Qt sets: anything the
    clerk must read before printing (print at 100 %) has to be said beside the print button."""
    return platform not in ("win32", "darwin")


def judge_package_argv(argv: Sequence[str], platform: str) -> list[str]:
    """A package dropped on the program's icon, or opened with "Open with", arrives as the only
    argument without ``--judge``; on Windows the suffix may come in capitals (``一组.UOJUDGE``)."""
    args = list(argv)
    if len(args) == 1 and not args[0].startswith("-"):
        path = PureWindowsPath(args[0]) if is_windows(platform) else PurePosixPath(args[0])
        if path.suffix.lower() == JUDGE_SUFFIX:
            return ["--judge", args[0]]
    return args


def judge_open_command(platform: str, program: str) -> str:
    """The command a double-click on a package runs: the Windows registry's ``shell\\open\\command``
    (``%1`` quoted: the path may hold spaces) or a desktop entry's ``Exec`` line. The desktop entry
    is also the menu item, where ``%f`` expands to nothing: the bare file argument then turns into
    ``--judge`` through :func:`judge_package_argv`."""
    if is_windows(platform):
        return f'"{program}" --judge "%1"'
    return f"{program} %f"


def windows_judge_registry(program: str, description: str) -> dict[str, str]:
    """The keys (below ``Software\\Classes``, default values) that make ``.uojudge`` open in judge mode:
    what ``installer/unionoffice.iss`` writes under HKCU or HKLM."""
    prog = JUDGE_PROG_ID
    return {
        JUDGE_SUFFIX: prog,
        f"{prog}": description,
        f"{prog}\\DefaultIcon": f"{program},0",
        f"{prog}\\shell\\open\\command": judge_open_command("win32", program),
    }
