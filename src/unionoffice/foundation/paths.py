"""Where the application keeps its data (never in the program folder) and finds its resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

from unionoffice.foundation.platform_windows import user_folders

APP_DIR_NAME = "UnionOffice"


def data_dir() -> Path:
    """The user's data folder: database, backups, attachments, settings.

    ``UNIONOFFICE_DATA_DIR`` overrides it (tests, portable installs).
    """
    override = os.environ.get("UNIONOFFICE_DATA_DIR")
    if override:
        path = Path(override)
    elif (windows := user_folders(sys.platform, os.environ)) is not None:
        path = Path(windows.data)  # %APPDATA%\UnionOffice
    else:
        path = Path(user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    override = os.environ.get("UNIONOFFICE_CACHE_DIR")
    if override:
        path = Path(override)
    elif (windows := user_folders(sys.platform, os.environ)) is not None:
        path = Path(windows.cache)  # %LOCALAPPDATA%\UnionOffice\Cache
    else:
        path = Path(user_cache_dir(APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "unionoffice.sqlite"


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the frozen executable, or at the top of the source tree."""
    override = os.environ.get("UNIONOFFICE_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"
