"""The Windows answers of foundation.platform_windows, checked on Linux with pure Windows paths, and
against what the installer script and platformdirs say."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from unionoffice.foundation import platform_windows as pw

ROOT = Path(__file__).resolve().parents[2]
CLERK = {
    "USERPROFILE": "C:\\Users\\张敏",
    "APPDATA": "C:\\Users\\张敏\\AppData\\Roaming",
    "LOCALAPPDATA": "C:\\Users\\张敏\\AppData\\Local",
    "WINDIR": "C:\\WINDOWS",
}


def test_data_roams_with_the_profile_and_the_cache_stays_on_the_pc():
    folders = pw.user_folders("win32", CLERK)
    assert folders is not None
    assert folders.data == PureWindowsPath("C:/Users/张敏/AppData/Roaming/UnionOffice")
    assert folders.cache == PureWindowsPath("C:/Users/张敏/AppData/Local/UnionOffice/Cache")
    assert folders.backups == PureWindowsPath("C:/Users/张敏/AppData/Roaming/UnionOffice/backups")
    assert folders.logs == folders.data / "logs"
    assert isinstance(folders.data, PureWindowsPath)


def test_a_redirected_profile_and_a_missing_variable():
    # Roaming profiles redirected to a server share keep working: APPDATA says where.
    redirected = pw.windows_user_folders({**CLERK, "APPDATA": "\\\\fs01\\profiles$\\zhangmin\\AppData"})
    assert redirected.data == PureWindowsPath("//fs01/profiles$/zhangmin/AppData/UnionOffice")
    bare = pw.windows_user_folders({"USERPROFILE": "D:\\Users\\li"})
    assert bare.data == PureWindowsPath("D:/Users/li/AppData/Roaming/UnionOffice")
    assert bare.cache == PureWindowsPath("D:/Users/li/AppData/Local/UnionOffice/Cache")


def test_other_systems_are_left_to_platformdirs():
    assert pw.user_folders("linux", {"APPDATA": "C:\\x"}) is None
    assert pw.user_folders("darwin", CLERK) is None


def test_the_same_folders_as_platformdirs_and_the_uninstaller(monkeypatch):
    from platformdirs import windows

    from tests.installer.iss import parse_iss

    monkeypatch.setattr(
        windows,
        "get_win_folder",
        {"CSIDL_APPDATA": CLERK["APPDATA"], "CSIDL_LOCAL_APPDATA": CLERK["LOCALAPPDATA"]}.__getitem__,
    )
    folders = pw.windows_user_folders(CLERK)
    assert folders.data == PureWindowsPath(
        windows.Windows(appname="UnionOffice", appauthor=False, roaming=True).user_data_dir
    )
    assert folders.cache == PureWindowsPath(
        windows.Windows(appname="UnionOffice", appauthor=False).user_cache_dir
    )
    # The uninstaller's "remove my data" deletes {userappdata}\UnionOffice and {localappdata}\UnionOffice.
    script = parse_iss(ROOT / "installer" / "unionoffice.iss")
    data = script.defines["DataDir"].replace("{userappdata}", CLERK["APPDATA"])
    cache = script.defines["CacheDir"].replace("{localappdata}", CLERK["LOCALAPPDATA"])
    assert PureWindowsPath(data) == folders.data
    assert PureWindowsPath(cache) in folders.cache.parents


def test_paths_uses_the_windows_folders_on_windows(monkeypatch, tmp_path):
    from unionoffice.foundation import paths

    monkeypatch.delenv("UNIONOFFICE_DATA_DIR", raising=False)
    monkeypatch.delenv("UNIONOFFICE_CACHE_DIR", raising=False)
    asked = []

    def folders(platform, env):
        asked.append(platform)
        return pw.UserFolders(
            data=PurePosixPath(tmp_path / "roaming"), cache=PurePosixPath(tmp_path / "local")
        )

    monkeypatch.setattr(paths, "user_folders", folders)
    monkeypatch.setattr(paths.sys, "platform", "win32")
    assert paths.data_dir() == tmp_path / "roaming" and paths.cache_dir() == tmp_path / "local"
    assert paths.backups_dir() == tmp_path / "roaming" / "backups"
    assert asked == ["win32", "win32", "win32"]
    monkeypatch.setenv("UNIONOFFICE_DATA_DIR", str(tmp_path / "usb"))  # the override still wins
    assert paths.data_dir() == tmp_path / "usb"


def test_font_folders_include_the_per_user_fonts_on_windows():
    assert pw.font_folders("win32", CLERK, PureWindowsPath("C:/Users/张敏")) == [
        PureWindowsPath("C:/WINDOWS/Fonts"),
        PureWindowsPath("C:/Users/张敏/AppData/Local/Microsoft/Windows/Fonts"),
    ]
    bare = pw.font_folders("win32", {"SystemRoot": "D:\\Win"}, PureWindowsPath("D:/Users/li"))
    assert bare == [
        PureWindowsPath("D:/Win/Fonts"),
        PureWindowsPath("D:/Users/li/AppData/Local/Microsoft/Windows/Fonts"),
    ]
    linux = pw.font_folders("linux", {"XDG_DATA_HOME": "/data/li"}, PurePosixPath("/home/li"))
    assert PurePosixPath("/data/li/fonts") in linux and PurePosixPath("/usr/share/fonts") in linux


def test_system_fonts_scans_the_folders_of_this_platform(monkeypatch):
    from unionoffice.foundation.pdf import system_fonts

    monkeypatch.setattr(system_fonts.sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", "C:\\WINDOWS")
    assert system_fonts.font_dirs()[0] == Path(PureWindowsPath("C:/WINDOWS/Fonts"))


def test_only_the_systems_own_print_dialog_drops_the_title():
    assert not pw.print_dialog_shows_title("win32") and not pw.print_dialog_shows_title("darwin")
    assert pw.print_dialog_shows_title("linux")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["D:\\评分包\\第一组 钳工.UOJUDGE"], ["--judge", "D:\\评分包\\第一组 钳工.UOJUDGE"]),
        (["\\\\fs01\\比赛\\一组.uojudge"], ["--judge", "\\\\fs01\\比赛\\一组.uojudge"]),
        (["--judge", "D:\\a.uojudge"], ["--judge", "D:\\a.uojudge"]),
        (["D:\\a.uojudge.zip"], ["D:\\a.uojudge.zip"]),
        (["--lang", "en"], ["--lang", "en"]),
        ([], []),
    ],
)
def test_a_package_dropped_on_the_icon_opens_judge_mode(argv, expected):
    assert pw.judge_package_argv(argv, "win32") == expected


def test_the_rewritten_command_line_is_one_the_program_understands():
    from unionoffice.cli import build_parser

    args = build_parser().parse_args(pw.judge_package_argv(["D:\\评分包\\一组.uojudge"], "win32"))
    assert args.judge == "D:\\评分包\\一组.uojudge" and args.command is None
    assert pw.judge_package_argv(["/home/li/一组.uojudge"], "linux") == ["--judge", "/home/li/一组.uojudge"]


def test_the_association_is_what_the_installer_registers():
    from tests.installer.iss import parse_iss
    from unionoffice.core.judging.package import SUFFIX

    assert pw.JUDGE_SUFFIX == SUFFIX
    script = parse_iss(ROOT / "installer" / "unionoffice.iss")
    written = {
        entry["Subkey"].removeprefix("Software\\Classes\\"): script.expand(entry["ValueData"])
        for entry in script.sections["Registry"]
        if entry.get("ValueName") == ""
    }
    expected = pw.windows_judge_registry("{app}\\UnionOffice.exe", "{cm:JudgePackageType}")
    assert {key: written[key] for key in expected} == expected
    # Linux: the menu item and the file association share one desktop entry (%f is empty from the menu).
    assert pw.judge_open_command("linux", "unionoffice") == "unionoffice %f"
