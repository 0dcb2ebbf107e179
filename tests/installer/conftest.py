"""The frozen build, made once per test session with PyInstaller from this checkout.

PyInstaller's work folder lives in ``build/`` (git-ignored) so a second run only redoes what
changed; the output folder is fresh for every session so no stale file can pass a test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "unionoffice.spec"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
_REPORT: list[str] = []


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    """The build's size, shown at the end of every run that built it (CI logs keep it)."""
    for line in _REPORT:
        terminalreporter.write_line(line)


def folder_size(path: Path) -> int:
    """Bytes on disk: the Linux build links library aliases (libX.so → libX.so.6), count them once."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder below ``folder`` with its size and modification time."""
    return {
        str(p.relative_to(folder)): (p.stat().st_size if p.is_file() else -1, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
    }


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is missing: pip install -e '.[test]' (it is in the test and freeze extras)")
    dist = tmp_path_factory.mktemp("frozen-dist")
    log = dist.parent / "pyinstaller.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UNIONOFFICE_", "PYTHONPATH"))}
    with log.open("w", encoding="utf-8") as out:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--distpath",
                str(dist),
                "--workpath",
                str(ROOT / "build" / "pyinstaller-test"),
                str(SPEC),
            ],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if result.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-40:]
        pytest.fail("PyInstaller build failed:\n" + "\n".join(tail))
    app = dist / "UnionOffice"
    size = folder_size(app)
    files = sum(1 for p in app.rglob("*") if p.is_file() and not p.is_symlink())
    line = f"frozen build: {app} — {size / 1048576:.1f} MiB in {files} files"
    _REPORT.append(line)
    (ROOT / "build").mkdir(exist_ok=True)
    (ROOT / "build" / "frozen-build-size.txt").write_text(line + "\n", encoding="utf-8")
    return app


@pytest.fixture
def frozen_env(tmp_path: Path) -> dict[str, str]:
    """A clean environment: offscreen Qt, a private data folder, nothing from the source tree."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UNIONOFFICE_", "PYTHONPATH", "QT_"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        UNIONOFFICE_DATA_DIR=str(tmp_path / "data"),
        UNIONOFFICE_CACHE_DIR=str(tmp_path / "cache"),
    )
    return env


@pytest.fixture
def run_frozen(
    frozen_app: Path, frozen_env: dict[str, str]
) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Runs one of the build's executables and fails if it wrote anything into the program folder."""

    def run(executable: str, *args: str, env: dict[str, str] | None = None, timeout: float = 180):
        before = snapshot(frozen_app)
        result = subprocess.run(
            [str(frozen_app / (executable + EXE_SUFFIX)), *args],
            env={**frozen_env, **(env or {})},
            capture_output=True,
            text=True,
            encoding="utf-8",
            # The Start-menu shortcut starts the program in its own folder: relative writes would land there.
            errors="replace",
            timeout=timeout,
            cwd=frozen_app,
            check=False,
        )
        after = snapshot(frozen_app)
        changed = sorted(set(before.items()) ^ set(after.items()))
        assert changed == [], f"{executable} wrote into the program folder: {changed[:10]}"
        return result

    return run


def require_tools(missing: list[str], what: str) -> None:
    """Skip locally when a system tool is missing; in CI (where run-tests.sh installs them) fail."""
    if not missing:
        return
    message = f"{what} needs {', '.join(missing)}: run bash tools/setup-installer-tools.sh (as root)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def staged_windows(frozen_app: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The frozen Linux build laid out as the Windows one (hard links; executables named .exe)."""
    sys.path.insert(0, str(ROOT / "installer"))
    import iscc

    return iscc.stage(frozen_app, tmp_path_factory.mktemp("staged-windows") / "UnionOffice")
