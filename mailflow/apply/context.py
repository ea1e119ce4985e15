"""What applying a decision needs besides the database session, and what it reports back.

Its own module so that ``notify`` and ``registrations`` can both use it without importing each other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable

from mailflow.catalogue import Catalogue
from mailflow.config import Sender, Settings
from mailflow.outbound.compose import compose
from mailflow.outbound.types import OutgoingMail
from mailflow.outbound.types import Reply as Mail

Composer = Callable[[Mail, Sender, dt.datetime], OutgoingMail]


@dataclass(frozen=True)
class Context:
    """What changing registrations needs besides the database session; built per unit of work."""

    catalogue: Catalogue
    settings: Settings
    now: dt.datetime
    composer: Composer | None = None  # None: ``compose`` with the settings' template folder
    actor: str = "worker"

    def compose(self, mail: Mail) -> OutgoingMail:
        """The mail as it goes into the outbox, with the organisation's templates when configured."""
        if self.composer is not None:
            return self.composer(mail, self.settings.sender, self.now)
        return compose(mail, self.settings.sender, self.now, templates=self.settings.templates.dir)


@dataclass
class Applied:
    registrations: list[int] = field(default_factory=list)  # created or changed
    outbound: list[int] = field(default_factory=list)
    review_item: int | None = None


class RegistrationError(ValueError):
    """A use-case request that cannot be carried out; the message says why, in plain words."""
