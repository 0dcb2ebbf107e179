"""The set-up script installs every system library Qt needs on a real screen, not only offscreen.

Offscreen runs never load the xcb platform plugin, so a missing XCB library shows only on a
desktop ("Could not load the Qt platform plugin xcb"). This reads what the plugin and its Qt
library link against and checks the script looks for each one that Debian (not PySide6) ships.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Present on every Debian system, with or without a desktop.
BASE = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libdl.so.2", "libpthread.so.0"}


def needed(library: Path) -> set[str]:
    out = subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True, check=True).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))


def script_libraries() -> set[str]:
    text = (ROOT / "tools" / "setup-env.sh").read_text(encoding="utf-8")
    return set(re.findall(r"have_lib (lib[\w.+-]+\.so[.\d]*)", text)) | set(
        re.findall(r"(lib[\w.+-]+\.so[.\d]*):[\w.+-]+", text)
    )


@pytest.mark.skipif(shutil.which("readelf") is None, reason="binutils' readelf is not installed")
def test_every_library_the_xcb_plugin_links_is_installed_by_the_setup_script():
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    wanted = needed(qt / "plugins" / "platforms" / "libqxcb.so") | needed(qt / "lib" / "libQt6XcbQpa.so.6")
    from_debian = {name for name in wanted if not name.startswith("libQt6") and name not in BASE}
    assert from_debian  # the plugin does link system libraries: the check sees them
    assert from_debian - script_libraries() == set()


def test_the_reader_sees_both_spellings():
    assert {"libEGL.so.1", "libxcb-cursor.so.0"} <= script_libraries()
