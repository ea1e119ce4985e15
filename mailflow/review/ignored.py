"""Junk and machine mail: what was set aside without a person, listed apart, and one click back.

Built on what every message leaves behind: its state (``ignored``, or
``processed`` for a bounce that marked an address) and its reading
(``InterpretationRow.data``). Junk is ``data["junk"]`` (set by understanding, or
by a staff member); machine mail is an auto-reply, a bounce or a calendar answer.
Older readings without the junk field are simply not junk.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailflow.db.models import InboundMessage, InterpretationRow
from mailflow.decide.types import Proposal
from mailflow.review.queue import ReviewError, hold
from mailflow.understand.types import MACHINE_KINDS, Candidate, Participant

Listing = Literal["junk", "machine"]


@dataclass(frozen=True)
class SetAside:
    inbound_id: int
    received_at: dt.datetime
    sender: str | None
    subject: str
    kind: str
    reason: str
    state: str


def is_junk(data: dict[str, Any]) -> bool:
    return bool(data.get("junk"))


def is_machine(data: dict[str, Any]) -> bool:
    return not is_junk(data) and str(data.get("kind")) in MACHINE_KINDS


def list_set_aside(db: Session, listing: Listing, *, limit: int = 200, scan: int = 2000) -> list[SetAside]:
    """Junk or machine mail, newest first (the last ``scan`` set-aside messages are looked at)."""
    q = (
        select(InboundMessage.id, InboundMessage.received_at, InboundMessage.state, InterpretationRow.data)
        .join(InterpretationRow, InterpretationRow.inbound_id == InboundMessage.id)
        .where(InboundMessage.state.in_(("ignored", "processed")))
        .order_by(InboundMessage.id.desc())
        .limit(scan)
    )
    wanted = is_junk if listing == "junk" else is_machine
    out: list[SetAside] = []
    for row in db.execute(q):
        data = dict(row.data or {})
        if row.state == "processed" and listing == "junk":
            continue
        if not wanted(data):
            continue
        reasons = data.get("reasons") or []
        out.append(
            SetAside(
                row.id,
                row.received_at,
                data.get("sender"),
                str(data.get("subject") or ""),
                str(data.get("kind") or "other"),
                str(reasons[0]) if reasons else str(data.get("kind")),
                row.state,
            )
        )
        if len(out) >= limit:
            break
    return out


def requeue(db: Session, inbound_id: int, actor: str, now: dt.datetime) -> int:
    """Put a set-aside message in the review queue with what its reading proposes; returns the item id."""
    inbound = db.get(InboundMessage, inbound_id)
    if inbound is None:
        raise ReviewError(f"message {inbound_id} does not exist")
    if inbound.state in ("new", "processing", "review"):
        raise ReviewError(f"message {inbound_id} is {inbound.state}, not set aside; nothing to move back")
    row = db.scalar(select(InterpretationRow).where(InterpretationRow.inbound_id == inbound_id))
    data: dict[str, Any] = dict(row.data) if row is not None else {}
    proposal = Proposal(
        kind=str(data.get("kind") or "other"),
        event_key=data.get("event_key"),
        sessions=tuple(data.get("sessions") or ()),
        from_sessions=tuple(data.get("from_sessions") or ()),
        participants=tuple(
            Participant(p["email"], p.get("name"), p.get("role") or "sender")
            for p in data.get("participants") or ()
            if isinstance(p, dict) and p.get("email")
        ),
        options=tuple(
            Candidate(c["session_key"], float(c.get("score") or 0), c.get("why") or "")
            for c in data.get("candidates") or ()
            if isinstance(c, dict) and c.get("session_key")
        ),
        code="moved_back",
    )
    reason = f"moved back to the queue by {actor}"
    item = hold(
        db,
        inbound_id,
        reason,
        [reason, *(data.get("reasons") or [])],
        proposal.to_json(),
        event_key=proposal.event_key,
        actor=actor,
        now=now,
    )
    return item.id
