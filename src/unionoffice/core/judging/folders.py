"""Where judges' key slips are saved: a folder beside the packages' folder, never among them, so
the package folder can be copied to the judges' laptops (or a USB stick) without the keys."""

from __future__ import annotations

from pathlib import Path

KEY_SLIP = "评委密钥单.txt"
KEY_FOLDER_SUFFIX = "-密钥单"


def key_folder(folder: Path) -> Path:
    return folder.with_name(folder.name + KEY_FOLDER_SUFFIX)
