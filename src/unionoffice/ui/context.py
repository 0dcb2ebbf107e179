"""What every view gets: the database, the signed-in actor, the task runner, the settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from unionoffice.core.auth.actor import Actor
from unionoffice.foundation.settings import Settings

if TYPE_CHECKING:  # the main window's frame is shown before SQLAlchemy has even been imported
    from unionoffice.db.database import Database
    from unionoffice.ui.tasks import TaskRunner


@dataclass
class AppContext:
    db: Database
    actor: Actor
    tasks: TaskRunner
    settings: Settings
    # Lets one module open another's filtered list (dashboard drill-down, "show member").
    navigator: Any = field(default=None)
