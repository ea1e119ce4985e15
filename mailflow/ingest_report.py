"""What processing did to a set of messages, read back from the database.

``mailflow ingest`` reports this instead of assuming success: a message whose
reply could not be composed (a broken template, say) is ``failed`` with the
error, and has no reply in the outbox, so saying "replies are in the outbox"
would send the operator looking for mail that does not exist.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from mailflow.db.models import InboundMessage, OutboundMessage

STATE_WORDS = {
    "processed": "answered or handled",
    "review": "held for review",
    "ignored": "ignored",
    "failed": "failed",
    "new": "not processed yet",
    "processing": "still being processed",
}


@dataclass(frozen=True)
class Failure:
    inbound_id: int
    source_ref: str | None
    error: str


@dataclass(frozen=True)
class Outcome:
    states: Counter[str] = field(default_factory=Counter)
    replies: int = 0  # outgoing mails queued (or sent) for these messages
    failures: tuple[Failure, ...] = ()

    def summary(self) -> str:
        """e.g. "2 answered or handled, 1 failed"; states in a fixed order."""
        parts = [f"{self.states[s]} {word}" for s, word in STATE_WORDS.items() if self.states[s]]
        return ", ".join(parts) or "nothing"


def outcome(factory: sessionmaker[Session], ids: Sequence[int]) -> Outcome:
    """The state of each message in ``ids``, the replies they produced and why any failed."""
    if not ids:
        return Outcome()
    with factory() as db:
        rows = db.execute(
            select(InboundMessage.id, InboundMessage.state, InboundMessage.source_ref, InboundMessage.error)
            .where(InboundMessage.id.in_(ids))
            .order_by(InboundMessage.id)
        ).all()
        replies = (
            db.scalar(select(func.count()).select_from(OutboundMessage).where(OutboundMessage.inbound_id.in_(ids))) or 0
        )
    return Outcome(
        states=Counter(r.state for r in rows),
        replies=replies,
        failures=tuple(Failure(r.id, r.source_ref, r.error or "") for r in rows if r.state == "failed"),
    )
