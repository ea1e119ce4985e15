"""What is left of a message, an interpretation, a reply or a review item once its personal data goes.

Shared by retention (N days after the event) and erasure (on request). The
rows stay, so counts, states, the audit trail and duplicate detection (the
content hash and redelivery key) keep working; the words, names and addresses go.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mailflow.db.models import InboundMessage, InterpretationRow, OutboundMessage, ReviewItem

KEPT = ("kind", "event_key", "sessions", "from_sessions", "language", "confidence", "review")
REDUCED_REASON = "(reduced: the message's text and personal data were removed)"


def reduced_interpretation(data: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    """The interpretation without evidence, people, subject or addresses: what happened, not who wrote what."""
    return {**{k: data.get(k) for k in KEPT}, "reduced_at": now.isoformat()}


def reduce_messages(db: Session, ids: Sequence[int], now: dt.datetime, *, forget_sender: bool = False) -> int:
    """Empty the raw bytes of these inbound messages and reduce their interpretations and review items."""
    if not ids:
        return 0
    values: dict[str, Any] = {"raw": b"", "purged_at": now}
    if forget_sender:
        values["envelope_from"] = None
    n = (
        db.execute(  # type: ignore[attr-defined]
            update(InboundMessage)
            .where(InboundMessage.id.in_(ids))
            .values(**values)
            .execution_options(synchronize_session=False)
        ).rowcount
        or 0
    )
    for row in db.scalars(select(InterpretationRow).where(InterpretationRow.inbound_id.in_(ids))):
        if "reduced_at" not in (row.data or {}):
            row.data = reduced_interpretation(row.data or {}, now)
    for item in db.scalars(select(ReviewItem).where(ReviewItem.inbound_id.in_(ids), ReviewItem.status == "resolved")):
        item.reason, item.reasons = REDUCED_REASON, []
        item.candidates = {"kind": (item.candidates or {}).get("kind"), "reduced": True}
    return n


def reduce_replies(db: Session, ids: Sequence[int], now: dt.datetime) -> int:
    """Empty the bytes of these replies (sent or failed: never one still to be sent)."""
    if not ids:
        return 0
    return (
        db.execute(  # type: ignore[attr-defined]
            update(OutboundMessage)
            .where(OutboundMessage.id.in_(ids), OutboundMessage.state.in_(("sent", "failed")))
            .values(raw=b"", purged_at=now)
            .execution_options(synchronize_session=False)
        ).rowcount
        or 0
    )
