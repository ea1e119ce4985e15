"""What every route needs, built once per web app by the factory and kept on ``app.state``.

No module-level state: a test (or a second app in one process) builds its own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Callable

from jinja2 import Environment
from sqlalchemy.orm import Session

from mailflow.app import App
from mailflow.apply.context import Context
from mailflow.staff.accounts import Account


@dataclass
class WebServices:
    app: App  # settings, catalogue (replaced on reload), database, clock
    secret: bytes  # signs CSRF tokens
    pages: Environment  # templates/web
    on_queued: Callable[[], None] = lambda: None  # wake the sender after mail was queued

    def now(self) -> dt.datetime:
        return self.app.clock()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back when it raises."""
        with self.app.factory() as db, db.begin():
            yield db

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.app.factory() as db:
            yield db

    def context(self, actor: Account) -> Context:
        """The use cases' context, acting as this staff member."""
        return replace(
            Context(catalogue=self.app.catalogue, settings=self.app.settings, now=self.now()), actor=actor.email
        )

    def sign(self, purpose: str, value: str) -> str:
        return hmac.new(self.secret, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()

    def visible_events(self, account: Account) -> tuple[str, ...] | None:
        return account.events
