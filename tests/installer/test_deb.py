"""The .deb for Debian-based desktops (UOS, Kylin): built from the session's frozen build by
installer/build_deb.sh, read back, and (as root) installed with dpkg, self-tested on a real X
screen, and removed again while the user's data stays."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import require_tools

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.frozen, pytest.mark.slow]
# The libraries Qt's xcb platform plugin needs on a fresh desktop (FACTS, 2026-12-03).
XCB = {
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
    "libxcb-shape0",
    "libxcb-randr0",
}


@pytest.fixture(scope="module")
def deb(frozen_app: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_tools(
        [t for t in ("dpkg-deb", "readelf", "desktop-file-validate") if shutil.which(t) is None],
        "Building the .deb",
    )
    out = tmp_path_factory.mktemp("deb")
    result = subprocess.run(
        [
            "bash",
            str(ROOT / "installer" / "build_deb.sh"),
            "--app",
            str(frozen_app),
            "--out",
            str(out),
            "--compression",
            "gzip",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    from unionoffice import __version__

    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    package = out / f"unionoffice_{__version__}_{arch}.deb"
    assert package.is_file()
    return package


def _field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_the_package_depends_on_what_qt_needs_on_a_desktop(deb):
    depends = [d.strip() for d in _field(deb, "Depends").split(",")]
    names = {d.split()[0] for d in depends}
    assert XCB <= names
    assert {"libegl1", "libfontconfig1", "libxkbcommon0", "libdbus-1-3", "libcups2"} <= names
    libc = next(d for d in depends if d.startswith("libc6 "))
    assert libc.startswith("libc6 (>= 2.")  # the newest GLIBC_ symbol version the files ask for
    assert _field(deb, "Package") == "unionoffice" and _field(deb, "Section") == "office"


def test_the_package_carries_the_menu_entry_mime_type_icon_and_fonts(deb, tmp_path):
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path)], check=True)
    app = tmp_path / "opt" / "unionoffice"
    assert os.readlink(tmp_path / "usr" / "bin" / "unionoffice") == "/opt/unionoffice/UnionOffice"
    assert (app / "UnionOffice").is_file() and os.readlink(app / "unionoffice-cli") == "UnionOffice"
    for font in ("wqy-microhei.ttc", "wqy-zenhei-extra.ttf", "noto-cjk-extra.ttf", "LICENSES.md"):
        assert (app / "_internal" / "resources" / "fonts" / font).is_file(), font
    desktop = tmp_path / "usr" / "share" / "applications" / "unionoffice.desktop"
    check = subprocess.run(
        ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0 and check.stdout == "", check.stdout
    entry = desktop.read_text(encoding="utf-8")
    assert "Exec=unionoffice %f\n" in entry and "MimeType=application/x-uojudge;\n" in entry
    assert "Name=工会办公\n" in entry and "Icon=unionoffice\n" in entry
    mime = ET.parse(tmp_path / "usr" / "share" / "mime" / "packages" / "unionoffice.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == "application/x-uojudge"
    assert kind.find("m:glob", ns).get("pattern") == "*.uojudge"  # type: ignore[union-attr]
    for icon in ("apps/unionoffice.png", "mimetypes/application-x-uojudge.png"):
        assert (tmp_path / "usr" / "share" / "icons" / "hicolor" / "256x256" / icon).is_file()
    # Debian's own libraries are the desktop's (its X11/XCB and fontconfig), not copies from the build.
    assert not list((app / "_internal").glob("libxcb-cursor.so*")) and not list(
        (app / "_internal").glob("libfontconfig.so*")
    )
    assert not (tmp_path / "DEBIAN").exists()  # dpkg-deb -x leaves control files out; none are needed


def _dpkg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["dpkg", *args], capture_output=True, text=True, check=False)


def test_installs_self_tests_under_x_and_uninstalls_keeping_the_users_data(deb, tmp_path):
    if os.geteuid() != 0:
        pytest.skip("installing a .deb needs root (CI runs as root)")
    require_tools([t for t in ("dpkg", "xvfb-run") if shutil.which(t) is None], "Installing the .deb")
    _dpkg("--purge", "unionoffice")  # a package left by an interrupted earlier run
    installed = _dpkg("-i", str(deb))
    assert installed.returncode == 0, installed.stdout + installed.stderr  # every Depends is satisfiable
    try:
        home = tmp_path / "home"
        home.mkdir()
        env = {
            k: v for k, v in os.environ.items() if not k.startswith(("QT_", "UNIONOFFICE_", "XDG_", "PYTHON"))
        }
        env["HOME"] = str(home)
        # The real xcb platform on an X screen: offscreen Qt would not notice a missing XCB library.
        result = subprocess.run(
            ["xvfb-run", "-a", "unionoffice", "--self-test"],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "通过  Qt 平台插件：xcb" in result.stdout
        data = home / ".local" / "share" / "UnionOffice"
        assert (data / "logs" / "self-test.txt").read_text(encoding="utf-8").strip().endswith("自检通过。")
        (data / "unionoffice.sqlite").write_bytes(b"SQLite format 3\x00")

        # The menu entry and the .uojudge association, as the desktop's caches now hold them.
        assert Path("/usr/share/applications/unionoffice.desktop").is_file()
        mimeinfo = Path("/usr/share/applications/mimeinfo.cache").read_text(encoding="utf-8")
        assert "application/x-uojudge=unionoffice.desktop;" in mimeinfo
        assert "application/x-uojudge:*.uojudge" in Path("/usr/share/mime/globs2").read_text(encoding="utf-8")
    finally:
        removed = _dpkg("-r", "unionoffice")
    assert removed.returncode == 0, removed.stderr
    assert not Path("/opt/unionoffice").exists() and not Path("/usr/bin/unionoffice").exists()
    assert "x-uojudge" not in Path("/usr/share/applications/mimeinfo.cache").read_text(encoding="utf-8")
    assert _dpkg("--purge", "unionoffice").returncode == 0
    assert (data / "unionoffice.sqlite").read_bytes() == b"SQLite format 3\x00"  # purge never touches it
    assert (data / "logs" / "self-test.txt").is_file()
