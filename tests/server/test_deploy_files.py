"""The deployment files parse and agree with the program. Docker is not available where the
tests run, so the Compose file is checked by reading it back as YAML, not by starting it."""

from __future__ import annotations

import configparser
from pathlib import Path

import yaml

from unionoffice.server.cli import build_parser
from unionoffice.server.config import ServerConfig

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def test_the_compose_file_runs_migrate_before_the_server() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert set(services) == {"db", "migrate", "server"}
    assert services["migrate"]["depends_on"]["db"]["condition"] == "service_healthy"
    assert services["server"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    migrate = " ".join(services["migrate"]["command"])
    assert (
        "migrate" in migrate
        and "--runtime-role unionoffice_app" in migrate
        and "unionoffice_owner" in migrate
    )
    served = " ".join(services["server"]["command"])
    assert "app_password" in served and "--config /etc/unionoffice/server.toml" in served
    assert "POSTGRES_PASSWORD" not in str(services["server"])  # the server gets its own role's secret only
    assert set(compose["secrets"]) == {"postgres_password", "owner_password", "app_password"}
    assert (DEPLOY / "initdb" / "10-roles.sh").read_text(encoding="utf-8").count("CREATE ROLE") == 2


def test_the_systemd_unit_starts_the_installed_command() -> None:
    unit = configparser.ConfigParser(interpolation=None, strict=True)
    unit.optionxform = str  # type: ignore[assignment, method-assign]  # systemd keys keep their case
    unit.read(DEPLOY / "unionoffice-server@.service", encoding="utf-8")
    exec_start = unit["Service"]["ExecStart"].split()
    assert exec_start[0].endswith("/unionoffice-server")
    build_parser().parse_args([a.replace("%i", "8443") for a in exec_start[1:]])  # the options exist
    assert unit["Service"]["User"] == "unionoffice" and unit["Service"]["NoNewPrivileges"] == "yes"


def test_the_example_configuration_is_complete() -> None:
    config = ServerConfig.load(str(DEPLOY / "config" / "server.toml"))
    assert config.db.startswith("postgresql+psycopg://unionoffice_app@")
    assert (
        config.certificate
        and config.private_key
        and config.key_file
        and config.audit_export.startswith("file:")
    )
    assert not config.insecure_loopback and not config.allow_owner_role
