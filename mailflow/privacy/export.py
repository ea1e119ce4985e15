"""`mailflow privacy export EMAIL`: everything mailflow holds about an address, as one JSON document.

For a data subject's request for access (AVG/GDPR article 15): the person,
their registrations, the messages they sent with how each was understood, the
replies sent to them with what the relay said, the review items of their
messages and the audit entries that name them. Raw mail is included as text.
The export itself is written to the audit log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from mailflow.db.models import (
    AuditLog,
    InboundMessage,
    InterpretationRow,
    OutboundMessage,
    OutboundRecipient,
    ReviewItem,
    SessionRow,
)
from mailflow.privacy.subject import find


def target_of(address: str, person_id: int | None) -> str:
    """How the audit log names the subject without storing the address once more."""
    return (
        f"person:{person_id}"
        if person_id is not None
        else f"address-sha256:{hashlib.sha256(address.encode()).hexdigest()[:16]}"
    )


def export(db: Session, address: str, *, actor: str, now: dt.datetime) -> dict[str, Any]:
    """The document; the audit entry is written in the caller's transaction."""
    held = find(db, address)
    p = held.person
    sessions = {s.id: s.key for s in db.scalars(select(SessionRow))}
    doc: dict[str, Any] = {
        "address": held.address,
        "exported_at": now.isoformat(),
        "person": None
        if p is None
        else {
            "email": p.email,
            "name": p.name,
            "organisation": p.organisation,
            "bouncing": p.bouncing,
            "created_at": _iso(p.created_at),
        },
        "registrations": [
            {
                "id": r.id,
                "session": sessions.get(r.session_id),
                "status": r.status,
                "created_at": _iso(r.created_at),
                "updated_at": _iso(r.updated_at),
            }
            for r in held.registrations
        ],
        "messages": _messages(db, held.messages),
        "replies": _replies(db, held.replies),
        "review_items": [
            {
                "id": i.id,
                "reason": i.reason,
                "status": i.status,
                "resolution": i.resolution,
                "created_at": _iso(i.created_at),
            }
            for i in db.scalars(select(ReviewItem).where(ReviewItem.id.in_(held.review_items)))
        ],
        "audit": [
            {
                "at": _iso(a.at),
                "actor": a.actor,
                "action": a.action,
                "target": a.target,
                "before": a.before,
                "after": a.after,
            }
            for a in db.scalars(select(AuditLog).where(AuditLog.id.in_(held.audit)).order_by(AuditLog.id))
        ],
    }
    db.execute(
        insert(AuditLog),
        [
            dict(
                at=now,
                actor=actor,
                action="privacy.export",
                target=target_of(held.address, p.id if p else None),
                before=None,
                after={
                    "messages": len(held.messages),
                    "replies": len(held.replies),
                    "registrations": len(held.registrations),
                },
            )
        ],
    )
    return doc


def _messages(db: Session, ids: list[int]) -> list[dict[str, Any]]:
    understood: dict[int, Any] = dict(
        db.execute(
            select(InterpretationRow.inbound_id, InterpretationRow.data).where(InterpretationRow.inbound_id.in_(ids))
        ).all()
    )
    return [
        {
            "id": m.id,
            "message_id": m.message_id,
            "received_at": _iso(m.received_at),
            "source": m.source,
            "state": m.state,
            "raw": _text(m.raw) if m.purged_at is None else None,
            "reduced_at": _iso(m.purged_at),
            "understood_as": understood.get(m.id),
        }
        for m in db.scalars(select(InboundMessage).where(InboundMessage.id.in_(ids)).order_by(InboundMessage.id))
    ]


def _replies(db: Session, ids: list[int]) -> list[dict[str, Any]]:
    said: dict[int, dict[str, Any]] = {}
    for r in db.scalars(select(OutboundRecipient).where(OutboundRecipient.outbound_id.in_(ids))):
        said.setdefault(r.outbound_id, {})[r.address] = {"outcome": r.outcome, "answer": r.response}
    return [
        {
            "id": o.id,
            "kind": o.kind,
            "message_id": o.message_id,
            "state": o.state,
            "created_at": _iso(o.created_at),
            "sent_at": _iso(o.sent_at),
            "recipients": said.get(o.id, {}),
            "raw": _text(o.raw) if o.purged_at is None else None,
        }
        for o in db.scalars(select(OutboundMessage).where(OutboundMessage.id.in_(ids)).order_by(OutboundMessage.id))
    ]


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _text(raw: bytes) -> str:
    return bytes(raw).decode("utf-8", errors="replace")
