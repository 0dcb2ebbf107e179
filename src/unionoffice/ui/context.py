"""What every screen gets: the services (in-process or the server, it cannot tell), who is
signed in, the call and task runners, the settings, and the session's reference data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from unionoffice.core.org.contract import OrgReference
from unionoffice.foundation.contract import Services, SessionInfo
from unionoffice.foundation.settings import Settings

if TYPE_CHECKING:  # the main window's frame is shown before these are needed
    from unionoffice.ui.calls import Calls
    from unionoffice.ui.tasks import TaskRunner


class Navigator(Protocol):
    """Opens another module's list filtered (dashboard drill-down, "show member")."""

    def show_filtered(self, module: str, **values: object) -> bool:
        """Show module ``module``'s tab with its list filtered by ``values`` (the keywords of that
        tab's ``show_filtered``); False when this user has no such tab."""
        ...


@dataclass
class References:
    """Reference data kept for the session; screens' opening calls send ``org_stamp`` and get new
    data only when it changed."""

    org: OrgReference | None = None

    @property
    def org_stamp(self) -> str | None:
        return self.org.stamp if self.org else None

    def take(self, org: OrgReference | None) -> OrgReference:
        if org is not None:
            self.org = org
        assert self.org is not None, "the first opening call always brings the reference"
        return self.org


@dataclass
class AppContext:
    services: Services
    calls: Calls
    tasks: TaskRunner
    settings: Settings
    navigator: Navigator | None = None
    refs: References = field(default_factory=References)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def session(self) -> SessionInfo:
        return self.services.session
