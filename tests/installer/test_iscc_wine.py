"""The Windows installer compiled for real: Inno Setup's ISCC.exe under Wine on the Linux build staged
as the Windows one (same folder, the two executables renamed .exe: PyInstaller cannot build Windows
binaries here). The Setup.exe it makes is then installed, upgraded and uninstalled under Wine."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import require_tools
from .iss import parse_iss

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))

import iscc  # noqa: E402 - found through the path set above

pytestmark = [pytest.mark.frozen, pytest.mark.slow]


@pytest.fixture(scope="module")
def wine() -> None:
    require_tools(iscc.missing_tools(), "Compiling the Windows installer")


@pytest.fixture(scope="module")
def setup_exe(wine, staged_windows: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("setup")
    # Fast compression: the same files and script; the shipped lzma2/max only packs tighter and slower.
    result = iscc.compile_script(staged_windows, out, compression="lzma2/fast")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    from unionoffice import __version__

    setup = out / f"UnionOffice-Setup-{__version__}.exe"
    assert setup.is_file() and setup.stat().st_size > 10 * 1048576
    return setup


def _promised(staged: Path) -> set[str]:
    """Every source file the [Files] section names, expanded against the staged folder."""
    script = parse_iss(iscc.SCRIPT)
    script.defines["DistDir"] = iscc.windows_path(staged)
    found: set[str] = set()
    for entry in script.sections["Files"]:
        source = script.expand(entry["Source"])
        if source.endswith("\\*"):
            folder = Path(source[2:-2].replace("\\", "/"))  # Z:\… is the Linux root
            assert "recursesubdirs" in entry["Flags"]
            found.update(iscc.windows_path(p) for p in folder.rglob("*") if p.is_file())
        else:
            found.add(source)
    return found


def test_setup_exe_packs_every_file_the_script_promises(setup_exe, staged_windows):
    manifest = setup_exe.with_name(setup_exe.stem + "-manifest.txt")
    packed = set(iscc.manifest_sources(manifest))
    promised = _promised(staged_windows)
    assert len(promised) > 500  # the whole _internal tree, not just the executables
    assert promised - packed == set()
    assert packed - promised == set()


BREAKAGES = {
    "a Pascal syntax error in [Code]": ("  if UninstallSilent() then", "  if UninstallSilent() the"),
    "an unknown function in [Code]": ("HasSwitch('/REMOVEDATA')", "HasSwich('/REMOVEDATA')"),
    "a file the build does not make": (
        'Source: "{#DistDir}\\{#CliExe}"',
        'Source: "{#DistDir}\\unionoffice-console.exe"',
    ),
    "an unknown [Setup] directive": ("WizardStyle=modern", "WizardStile=modern"),
    "a preprocessor error": ('#define CliExe "unionoffice-cli.exe"', '#define CliExe unionoffice-cli.exe"'),
}


def test_the_script_as_committed_passes_the_same_check(wine, staged_windows):
    result = iscc.compile_script(staged_windows, None)
    assert result.returncode == 0, result.stdout[-3000:]


@pytest.mark.parametrize("breakage", list(BREAKAGES))
def test_a_broken_script_fails_to_compile(wine, staged_windows, tmp_path, breakage):
    """The same check ISCC does for a release (/O-: everything but writing Setup.exe)."""
    original = iscc.SCRIPT.read_text(encoding="utf-8-sig")
    old, new = BREAKAGES[breakage]
    assert original.count(old) == 1
    # Beside links to what the script reads relative to itself: languages\, the icon, ..\LICENSE.
    (tmp_path / "installer").mkdir()
    for name in ("languages", "unionoffice.ico"):
        (tmp_path / "installer" / name).symlink_to(iscc.SCRIPT.parent / name)
    (tmp_path / "LICENSE").symlink_to(ROOT / "LICENSE")
    broken = tmp_path / "installer" / "unionoffice.iss"
    broken.write_text(original.replace(old, new), encoding="utf-8-sig")
    result = iscc.compile_script(staged_windows, None, script=broken)
    assert result.returncode != 0
    assert "Compile aborted" in result.stdout + result.stderr


class _Wine:
    """Runs Windows programs in the test prefix, each on its own throwaway X screen (Setup's wizard
    window exists even when silent), waiting for every Wine process to end."""

    def __init__(self) -> None:
        self.env = iscc.wine_env()

    def run(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        script = '"$@"; status=$?; wineserver --wait; exit $status'
        return subprocess.run(
            ["xvfb-run", "-a", "sh", "-c", script, "sh", "wine", *args],
            env=self.env,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout,
            check=False,
        )

    def unix(self, windows_path: str) -> Path:
        result = subprocess.run(
            ["winepath", "-u", windows_path], env=self.env, capture_output=True, text=True, check=True
        )
        return Path(result.stdout.strip())

    def expand(self, variable: str) -> str:
        result = subprocess.run(
            ["wine", "cmd", "/c", f"echo %{variable}%"],
            env=self.env,
            capture_output=True,
            text=True,
            errors="replace",
            check=True,
        )
        return result.stdout.strip()

    def registry_value(self, key: str) -> str | None:
        result = subprocess.run(
            ["wine", "reg", "query", key, "/ve"],
            env=self.env,
            capture_output=True,
            text=True,
            errors="replace",
            check=False,
        )
        if result.returncode != 0:
            return None
        line = next((row for row in result.stdout.splitlines() if "REG_SZ" in row), "")
        return line.split("REG_SZ", 1)[1].strip() if line else ""


def test_setup_installs_upgrades_and_uninstalls_keeping_the_data(setup_exe, staged_windows, tmp_path):
    """/ALLUSERS: Wine 8 cannot expand the per-user program folder ({autopf} for one user), so the
    per-user default is the one mode not run here; the files, registry and [Code] are the same."""
    wine = _Wine()
    app_win = "C:\\UO-test\\UnionOffice"
    app = wine.unix(app_win)
    data = wine.unix(wine.expand("APPDATA")) / "UnionOffice"
    quiet = ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")

    def install() -> None:
        result = wine.run(
            str(setup_exe),
            *quiet,
            "/ALLUSERS",
            f"/DIR={app_win}",
            f"/LOG={iscc.windows_path(tmp_path / 'setup.log')}",
        )
        assert result.returncode == 0, (tmp_path / "setup.log").read_text(encoding="utf-8", errors="replace")[
            -2000:
        ]

    def uninstall(*switches: str) -> None:
        result = wine.run(str(app / "unins000.exe"), *quiet, *switches)
        assert result.returncode == 0, result.stderr[-2000:]

    for leftover in (app.parent, data):
        subprocess.run(["rm", "-rf", str(leftover)], check=True)
    install()
    installed = {p.relative_to(app).as_posix() for p in app.rglob("*") if p.is_file()}
    staged = {p.relative_to(staged_windows).as_posix() for p in staged_windows.rglob("*") if p.is_file()}
    assert staged <= installed
    assert {"LICENSE.txt", "THIRD_PARTY_NOTICES.txt", "unins000.exe"} <= installed
    command = wine.registry_value("HKLM\\Software\\Classes\\UnionOffice.JudgePackage\\shell\\open\\command")
    assert command == f'"{app_win}\\UnionOffice.exe" --judge "%1"'
    assert wine.registry_value("HKLM\\Software\\Classes\\.uojudge") == "UnionOffice.JudgePackage"
    start_menu = wine.unix(wine.expand("ProgramData")) / "Microsoft/Windows/Start Menu/Programs/工会办公"
    assert (start_menu / "工会办公.lnk").is_file()

    # The clerk's data, and a library an older release left behind.
    (data / "backups").mkdir(parents=True)
    (data / "unionoffice.sqlite").write_bytes(b"SQLite format 3\x00")
    (app / "_internal" / "stale-from-0.0.9.dll").write_bytes(b"old")
    install()  # the upgrade
    assert not (app / "_internal" / "stale-from-0.0.9.dll").exists()
    assert (data / "unionoffice.sqlite").is_file()

    uninstall()
    assert not app.exists() or not any(app.rglob("*"))
    assert (data / "unionoffice.sqlite").read_bytes() == b"SQLite format 3\x00"  # kept by default
    assert (
        wine.registry_value("HKLM\\Software\\Classes\\UnionOffice.JudgePackage\\shell\\open\\command") is None
    )

    install()
    uninstall("/REMOVEDATA")
    assert not data.exists()
    assert os.path.isdir(staged_windows)
