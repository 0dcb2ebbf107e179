"""The frozen build (PyInstaller, installer/unionoffice.spec): it starts, passes its self-test,
upgrades an old database safely, and holds every file the Windows installer names."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from .iss import dist_layout_problems, parse_iss

pytestmark = [pytest.mark.frozen, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
OLD_FIXTURE = ROOT / "tests" / "fixtures" / "db_rev0001.sqlite"


def test_the_frozen_app_passes_its_self_test(run_frozen, frozen_env):
    result = run_frozen("UnionOffice", "--self-test")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    checks = [line for line in result.stdout.splitlines() if line.startswith(("通过", "失败"))]
    assert len(checks) == 9 and all(line.startswith("通过") for line in checks), output
    assert "打包版" in result.stdout  # really the frozen interpreter, not the source tree
    report = Path(frozen_env["UNIONOFFICE_DATA_DIR"]) / "logs" / "self-test.txt"
    assert report.read_text(encoding="utf-8").strip().endswith("自检通过。")


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in tables
            if t != "alembic_version"
        }
    finally:
        conn.close()


def _revisions(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
    finally:
        conn.close()


def test_the_frozen_build_upgrades_an_old_database_with_a_backup_and_no_data_lost(run_frozen, frozen_env):
    """A clerk's PC after installing a new release: the old file sits in the data folder."""
    from unionoffice.db.migrate import head_revisions

    data = Path(frozen_env["UNIONOFFICE_DATA_DIR"])
    data.mkdir(parents=True)
    database = data / "unionoffice.sqlite"
    shutil.copyfile(OLD_FIXTURE, database)
    before = _counts(database)
    assert _revisions(database) == {"0001_core"} and before["members"] == 50

    result = run_frozen("unionoffice-cli", "db", "upgrade")
    assert result.returncode == 0, result.stdout + result.stderr
    assert _revisions(database) == set(head_revisions())
    after = _counts(database)
    assert {t: after[t] for t in before} == before  # every old table keeps every row
    conn = sqlite3.connect(database)
    assert conn.execute("SELECT name FROM org_units WHERE kind='company'").fetchone()[0] == "集团公司工会"
    conn.close()

    backups = sorted((data / "backups").glob("unionoffice-*.sqlite"))
    assert len(backups) == 1, backups
    reason = "premigrate" if head_revisions() != {"0001_core"} else "upgrade"
    assert backups[0].name.endswith(f"-{reason}.sqlite")
    assert _revisions(backups[0]) == {"0001_core"} and _counts(backups[0]) == before  # the old file, whole

    # The next start of the same release neither migrates nor backs up again.
    again = run_frozen("unionoffice-cli", "db", "upgrade")
    assert again.returncode == 0, again.stderr
    assert len(list((data / "backups").glob("unionoffice-*.sqlite"))) == 1


def test_the_frozen_gui_opens_the_main_window_on_a_demo_database(run_frozen, frozen_env):
    # An error at start would sit in a modal message box: the timeout turns that into a failure.
    result = run_frozen(
        "UnionOffice", "--demo", "--demo-size", "60", env={"UNIONOFFICE_EXIT_AFTER_SHOW": "1"}, timeout=90
    )
    assert result.returncode == 0, result.stdout + result.stderr
    log = Path(frozen_env["UNIONOFFICE_DATA_DIR"]) / "logs" / "unionoffice.log"
    assert "ERROR" not in (log.read_text(encoding="utf-8") if log.exists() else "")


def test_every_file_the_installer_names_is_produced_by_the_build(frozen_app):
    script = parse_iss(ROOT / "installer" / "unionoffice.iss")
    assert dist_layout_problems(script, frozen_app) == []


def test_the_build_carries_the_licence_notices(frozen_app):
    internal = frozen_app / "_internal"
    notices = (internal / "resources" / "THIRD_PARTY_NOTICES.md").read_text(encoding="utf-8")
    assert "LGPL-3.0" in notices
    for path in (
        "LICENSE",
        "resources/licenses/LGPL-3.0.txt",
        "resources/licenses/GPL-3.0.txt",
        "resources/fonts/LICENSES.md",
        "resources/icons/LICENSE-lucide.txt",
        "licenses/sqlalchemy/LICENSE",
        "licenses/reportlab/LICENSE",
        "licenses/psycopg/LICENSE.txt",
    ):
        assert (internal / path).is_file(), path
    # LGPL: Qt stays a set of separate, replaceable shared libraries, not packed into the executable.
    qt_core = list(internal.glob("PySide6/**/*Qt6Core*"))
    assert qt_core, "Qt is not shipped as a separate library"
    assert not list(frozen_app.rglob("*.ts")), "translation sources are shipped"
