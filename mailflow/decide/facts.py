"""What one decision reads (``Facts``) and the plan it collects (``Plan``).

Their own module so that the rules (``rules.py``), the handlers and the shared
helpers can all use them without importing each other. Pure like the rest of
``mailflow.decide``: everything arrives as arguments.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable

from mailflow.catalogue import Catalogue, Event, Session
from mailflow.config import Policy
from mailflow.decide.types import Action, Reply, Snapshot
from mailflow.understand.types import Interpretation


@dataclass(frozen=True)
class Facts:
    """Everything one decision reads, bundled so helpers take one argument."""

    interp: Interpretation
    snap: Snapshot
    cat: Catalogue
    policy: Policy
    now: dt.datetime
    staff: bool
    confirmed: frozenset[str] = frozenset()  # addresses whose owner confirmed this change ("ja")

    @property
    def judged(self) -> dt.datetime:
        """Deadlines are judged when the message arrived (understanding's ``judged_at``), not when we
        got round to it, so a backlog never makes a timely registration late."""
        return self.interp.judged_at or self.now

    def is_open(self, event: Event, s: Session) -> bool:
        return self.staff or (event.session_open(s, self.judged) and s.starts > self.now)

    def event(self) -> Event | None:
        key = self.interp.event_key
        if key:
            try:
                return self.cat.event(key)
            except KeyError:
                pass
        for k in (*self.interp.sessions, *self.interp.from_sessions):
            if self.cat.has_session(k):
                return self.cat.event_of(k)
        return None

    def lookup(self, keys: Iterable[str]) -> tuple[list[Session], list[str]]:
        keys = list(dict.fromkeys(keys))
        return (
            [self.cat.session(k) for k in keys if self.cat.has_session(k)],
            [k for k in keys if not self.cat.has_session(k)],
        )


@dataclass
class Plan:
    """Actions and replies collected for one message; discarded whole when a problem turns up."""

    counts: dict[str, int]
    actions: list[Action] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)

    def has_room(self, s: Session) -> bool:
        return s.capacity is None or self.counts.get(s.key, 0) < s.capacity

    def take(self, s: Session) -> None:
        self.counts[s.key] = self.counts.get(s.key, 0) + 1

    def problem(self, code: str, reason: str) -> None:
        self.problems.append((code, reason))
