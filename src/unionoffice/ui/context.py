"""What every view gets: the database, the signed-in actor, the task runner, the settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from unionoffice.core.auth.actor import Actor
from unionoffice.core.settings import Settings
from unionoffice.db.database import Database

if TYPE_CHECKING:
    from unionoffice.ui.tasks import TaskRunner


@dataclass
class AppContext:
    db: Database
    actor: Actor
    tasks: TaskRunner
    settings: Settings
    # Lets one module open another's filtered list (dashboard drill-down, "show member").
    navigator: Any = field(default=None)
