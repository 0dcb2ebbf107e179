"""Per-machine settings kept as JSON in the data folder (language, idle lock, which union server).

No password or key is ever kept here: the union server alone holds the database's credentials
and the data key; this PC keeps only the server's address and the CA it trusts for it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from unionoffice.foundation.paths import data_dir

LANGUAGES = ("zh_CN", "en")


@dataclass
class Settings:
    language: str = "zh_CN"
    idle_lock_minutes: int = 10
    # Empty: this office's own SQLite file in the data folder. Otherwise the union server
    # (https://host:port) and the CA certificate file it is verified against.
    server_url: str = ""
    server_ca: str = ""
    extra: dict = field(default_factory=dict)

    @classmethod
    def path(cls) -> Path:
        return data_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        settings = cls(**{k: v for k, v in raw.items() if k in known})
        if settings.language not in LANGUAGES:
            settings.language = "zh_CN"
        return settings

    def save(self) -> None:
        target = self.path()
        partial = target.with_suffix(".json.part")
        partial.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        partial.replace(target)
