"""The Windows installer script agrees with the spec, the package and the data folder the app really
uses (read as text; test_iscc_wine.py compiles it with Inno Setup under Wine)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .iss import parse_iss

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


@pytest.fixture(scope="module")
def script():
    return parse_iss(INSTALLER / "unionoffice.iss")


def test_installs_per_user_without_admin_rights_or_for_everyone(script):
    assert script.setup["PrivilegesRequired"] == "lowest"
    assert set(script.setup["PrivilegesRequiredOverridesAllowed"].split()) == {"dialog", "commandline"}
    # Program Files or the user's Programs folder
    assert script.setup["DefaultDirName"].startswith("{autopf}")


def test_offers_chinese_and_english(script):
    languages = {e["Name"]: e["MessagesFile"] for e in script.sections["Languages"]}
    assert languages == {
        "chinesesimplified": "compiler:Default.isl,languages\\ChineseSimplified.isl",
        "english": "compiler:Default.isl",
    }
    for key in re.findall(
        r"^chinesesimplified\.(\w+)=",
        (INSTALLER / "unionoffice.iss").read_text(encoding="utf-8-sig"),
        re.MULTILINE,
    ):
        assert f"english.{key}=" in (INSTALLER / "unionoffice.iss").read_text(encoding="utf-8-sig")


def _messages(path: Path) -> dict[str, str]:
    found, section = {}, ""
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if line.startswith("["):
            section = line.strip()
        elif "=" in line and not line.startswith(";"):
            key, _, value = line.partition("=")
            found[f"{section}{key}"] = value
    return found


def test_our_chinese_installer_texts_match_inno_setups_english_ones():
    """Inno Setup ships no Chinese texts; ours translate every message of the Default.isl of the
    Inno Setup the tests compile with, keeping each placeholder (%1, %n, [name])."""
    chinese = _messages(INSTALLER / "languages" / "ChineseSimplified.isl")
    assert chinese["[LangOptions]LanguageID"] == "$0804"
    assert (INSTALLER / "languages" / "INNO-SETUP-LICENSE.txt").is_file()
    default = ROOT / "build" / "innosetup" / "node_modules" / "innosetup" / "bin" / "Default.isl"
    if not default.is_file():
        pytest.skip("Inno Setup is not installed here (bash tools/setup-installer-tools.sh)")
    english = _messages(default)
    assert set(english) == set(chinese)
    placeholder = re.compile(r"%\d|%n|\[\w/]+\]")
    for key, text in english.items():
        if not key.startswith("[LangOptions]"):
            assert sorted(placeholder.findall(text)) == sorted(placeholder.findall(chinese[key])), key


def test_start_menu_and_optional_desktop_shortcuts(script):
    icons = [script.expand(e["Name"]) for e in script.sections["Icons"]]
    assert any(name.startswith("{group}\\工会办公") for name in icons)
    desktop = [e for e in script.sections["Icons"] if e["Name"].startswith("{autodesktop}")]
    assert len(desktop) == 1 and desktop[0]["Tasks"] == "desktopicon"
    task = next(t for t in script.sections["Tasks"] if t["Name"] == "desktopicon")
    assert "unchecked" in task["Flags"]


def test_shows_the_licence_and_installs_the_notices(script):
    assert (INSTALLER / script.setup["LicenseFile"].replace("\\", "/")).resolve() == ROOT / "LICENSE"
    assert (INSTALLER / script.setup["SetupIconFile"]).is_file()
    names = {e.get("DestName") for e in script.sections["Files"]}
    assert {"THIRD_PARTY_NOTICES.txt", "LICENSE.txt"} <= names


def test_the_uninstaller_removes_the_data_folder_only_when_asked(script, monkeypatch):
    code = script.code
    assert "Check.Checked := False;" in code  # the box starts unticked
    assert re.search(r"if \(CurUninstallStep = usPostUninstall\) and RemoveData then", code)
    assert code.count("DelTree(") == 2  # the data and cache folders, nothing else
    assert "HasSwitch('/REMOVEDATA')" in code  # silent uninstalls keep data unless told
    # The folders it deletes are exactly those the app uses on Windows (platformdirs, foundation/paths.py).
    from platformdirs import windows

    folders = {
        "CSIDL_APPDATA": "C:\\Users\\u\\AppData\\Roaming",
        "CSIDL_LOCAL_APPDATA": "C:\\Users\\u\\AppData\\Local",
    }
    monkeypatch.setattr(windows, "get_win_folder", folders.__getitem__)
    data = windows.Windows(appname="UnionOffice", appauthor=False, roaming=True).user_data_dir
    cache = windows.Windows(appname="UnionOffice", appauthor=False).user_cache_dir
    constants = {"{userappdata}": folders["CSIDL_APPDATA"], "{localappdata}": folders["CSIDL_LOCAL_APPDATA"]}

    def resolved(define: str) -> str:
        text = script.defines[define]
        for constant, value in constants.items():
            text = text.replace(constant, value)
        return text.replace("/", "\\")

    assert resolved("DataDir") == data.replace("/", "\\")
    assert cache.replace("/", "\\").startswith(resolved("CacheDir") + "\\")
    assert not resolved("CacheDir").lower().endswith("programs")  # never the per-user program folder


def test_names_the_executables_and_folder_the_spec_builds(script):
    from unionoffice import __version__

    spec = (INSTALLER / "unionoffice.spec").read_text(encoding="utf-8")
    assert 'APP_NAME = "UnionOffice"' in spec and 'name="unionoffice-cli"' in spec
    assert script.defines["AppExe"] == "UnionOffice.exe" and script.defines["CliExe"] == "unionoffice-cli.exe"
    assert script.defines["DistDir"] == "..\\dist\\UnionOffice"
    assert script.defines["AppVersion"] == __version__  # default when built without /DAppVersion
    build = (INSTALLER / "build_windows.ps1").read_text(encoding="utf-8-sig")
    assert '"/DAppVersion=$Version"' in build and '--distpath "$Root\\dist"' in build


def test_the_script_is_utf8_with_a_byte_order_mark():
    """Without the mark Inno Setup reads the Chinese texts in the system code page."""
    assert (INSTALLER / "unionoffice.iss").read_bytes().startswith(b"\xef\xbb\xbf")
    # Windows PowerShell 5 too
    assert (INSTALLER / "build_windows.ps1").read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_judge_opens_a_scoring_package_by_double_clicking_it(script):
    from unionoffice.cli import build_parser
    from unionoffice.core.judging.package import SUFFIX

    keys = {e["Subkey"]: e for e in script.sections["Registry"]}
    assert f"Software\\Classes\\{SUFFIX}\\OpenWithProgids" in keys
    assert all(e["Root"] == "HKA" for e in script.sections["Registry"])  # per-user install writes HKCU only
    command = keys["Software\\Classes\\UnionOffice.JudgePackage\\shell\\open\\command"]["ValueData"]
    assert script.expand(command) == '"{app}\\UnionOffice.exe" --judge "%1"'
    assert script.setup["ChangesAssociations"] == "yes"
    # The command line the shell will run is one the program understands.
    assert build_parser().parse_args(["--judge", "D:\\评分包\\一组.uojudge"]).judge.endswith(SUFFIX)
