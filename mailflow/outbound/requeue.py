"""`mailflow outbox retry`: put failed replies back in the queue once the cause is fixed.

A reply fails for good after a 5xx or when ``[outbound] give_up_after`` has
passed; after a long relay outage or a wrong setting that is no reason to lose
it. Retrying makes the row ``queued`` again with its attempts reset and its
give-up clock (``queued_at``) started anew, due at once, so a running sender
delivers it within a second. A reply that is already queued is made due now
(like ``postqueue -f``); one being sent, or sent, is left alone. Every change is
written to the audit log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from mailflow.db.models import AuditLog, OutboundMessage


@dataclass(frozen=True)
class Requeued:
    """What happened to one outgoing message; ``done`` is false when it was left as it was."""

    id: int
    done: bool
    note: str

    def __str__(self) -> str:
        return f"#{self.id} {self.note}"


def retry(
    db: Session, ids: Sequence[int] = (), *, failed: bool = False, actor: str = "cli", now: dt.datetime
) -> list[Requeued]:
    """Queue the messages ``ids`` (and, with ``failed``, every failed one) again; the caller commits."""
    query = select(OutboundMessage).order_by(OutboundMessage.id).with_for_update()
    wanted = set(ids)
    rows = {r.id: r for r in db.scalars(query.where(OutboundMessage.id.in_(wanted)))} if wanted else {}
    if failed:
        rows.update({r.id: r for r in db.scalars(query.where(OutboundMessage.state == "failed"))})
    return [
        _retry_one(db, rows[i], actor, now) if i in rows else Requeued(i, False, "no such outgoing message")
        for i in sorted(wanted | set(rows))
    ]


def _retry_one(db: Session, row: OutboundMessage, actor: str, now: dt.datetime) -> Requeued:
    before = {"state": row.state, "attempts": row.attempts, "last_error": row.last_error}
    if row.state == "failed":
        note = f"failed -> queued (was: {row.last_error or 'no error recorded'})"
        row.state, row.attempts, row.queued_at, row.next_attempt_at = "queued", 0, now, now
    elif row.state == "queued":
        note = f"already queued; next attempt moved from {row.next_attempt_at:%Y-%m-%d %H:%M} UTC to now"
        row.next_attempt_at = now
    elif row.state == "sending":
        return Requeued(row.id, False, "is being sent right now; left alone")
    else:
        sent = f" at {row.sent_at:%Y-%m-%d %H:%M} UTC" if row.sent_at else ""
        return Requeued(row.id, False, f"was sent{sent}; left alone")
    db.execute(
        insert(AuditLog),
        [
            dict(
                at=now,
                actor=actor,
                action="outbox.retry",
                target=f"outbound:{row.id}",
                before=before,
                after={"state": row.state, "attempts": row.attempts},
            )
        ],
    )
    return Requeued(row.id, True, note)
