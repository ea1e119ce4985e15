"""Junk as a service: the messages ignored as spam, phishing, list or bulk mail, listed on their own.

Junk never reaches the review queue and is never answered, so nobody would see
it at all; this list is where a secretary checks that nothing real was thrown
away (a registration that the receiving mail system wrongly marked as spam, say).
The CLI (``mailflow junk list``) and the web pages call ``list_junk`` and
nothing lower. Read-only: it runs in the caller's session and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from mailflow.db.models import InboundMessage, InterpretationRow


@dataclass(frozen=True)
class JunkMessage:
    """One ignored junk message as a list shows it."""

    inbound_id: int
    received_at: dt.datetime
    sender: str | None
    subject: str
    reason: str  # the plain-words reason understanding gave
    evidence: str  # the header or words that showed it, e.g. "header:X-Spam-Flag: yes"
    delivered_to: tuple[str, ...]  # the registration address(es) it reached


def list_junk(db: Session, *, limit: int = 100, before_id: int | None = None) -> list[JunkMessage]:
    """Junk messages, newest first; ``before_id`` pages on (pass the last id shown)."""
    q = (
        select(InboundMessage.id, InboundMessage.received_at, InboundMessage.envelope_to, InterpretationRow.data)
        .join(InterpretationRow, InterpretationRow.inbound_id == InboundMessage.id)
        .where(InboundMessage.state == "ignored", InterpretationRow.data["junk"].as_boolean() == true())
    )
    if before_id is not None:
        q = q.where(InboundMessage.id < before_id)
    rows = db.execute(q.order_by(InboundMessage.id.desc()).limit(limit))
    return [_item(r.id, r.received_at, r.envelope_to, r.data) for r in rows]


def _item(inbound_id: int, received_at: dt.datetime, envelope_to: Any, data: dict[str, Any]) -> JunkMessage:
    reasons = data.get("reasons") or ["junk"]
    found = next((e for e in data.get("evidence") or [] if isinstance(e, dict) and e.get("what") == "junk"), None)
    evidence = f"{found.get('source', '')}: {found.get('text', '')}" if found else ""
    return JunkMessage(
        inbound_id=inbound_id,
        received_at=received_at,
        sender=data.get("sender"),
        subject=str(data.get("subject") or ""),
        reason=str(reasons[0]),
        evidence=evidence,
        delivered_to=tuple(envelope_to or ()),
    )
