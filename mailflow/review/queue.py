"""The review queue: hold a message for a person and list what waits, oldest first.

Modelled on Mailman's moderator: the worker, the web pages and the CLI all hold and
list through here; resolving an item (``review.resolve``) carries out a decision and
so lives beside ``apply``, which this module must not import.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailflow.db.models import AuditLog, InboundMessage, ReviewItem


class ReviewError(ValueError):
    """A resolution that cannot be carried out; the message is shown to the reviewer."""


def hold(db: Session, inbound_id: int | None, reason: str, reasons: Sequence[str], candidates: dict[str, Any],
         *, event_key: str | None = None, actor: str = "worker", now: dt.datetime | None = None) -> ReviewItem:
    """Open (or re-open) the review item of a message and put the message in state ``review``."""
    now = now or dt.datetime.now(dt.timezone.utc)
    item = None
    if inbound_id is not None:
        item = db.scalar(select(ReviewItem).where(ReviewItem.inbound_id == inbound_id))
        inbound = db.get_one(InboundMessage, inbound_id)
        inbound.state = "review"
    if item is None:
        item = ReviewItem(inbound_id=inbound_id, created_at=now)
        db.add(item)
    item.event_key, item.reason, item.reasons, item.candidates = event_key, reason, list(reasons), candidates
    item.status, item.resolution, item.resolved_by, item.resolved_at = "open", None, None, None
    db.flush()
    db.add(AuditLog(at=now, actor=actor, action="review.hold", target=f"review:{item.id}", before=None,
                    after={"inbound": inbound_id, "reason": reason}))
    return item


def settle(db: Session, item_id: int, participant: str, answer: str, *, actor: str,
           now: dt.datetime) -> ReviewItem | None:
    """The registered person answered our question about a held request: their part is settled.

    "yes" means their part was carried out (by the caller, in this transaction),
    "no" that it was refused. The item closes when nobody else's part is left;
    otherwise it stays open for the rest, with a line saying what happened.
    """
    from mailflow.decide.types import Proposal   # the proposal format is decide's

    item = db.scalar(select(ReviewItem).where(ReviewItem.id == item_id).with_for_update())
    if item is None or item.status != "open":
        return None
    proposal = Proposal.from_json(item.candidates or {})
    rest = tuple(p for p in proposal.participants if p.email != participant.lower())
    done = "confirmed it by mail; carried out" if answer == "yes" else "said no by mail; nothing changed"
    note = f"{participant} {done}"
    item.reasons = [*(item.reasons or []), note]
    if rest:
        from dataclasses import replace
        item.candidates = replace(proposal, participants=rest).to_json()
    else:
        item.status, item.resolution = "resolved", f"{'accept' if answer == 'yes' else 'ignore'}: {note}"
        item.resolved_by, item.resolved_at = actor, now
        if item.inbound_id is not None:
            db.get_one(InboundMessage, item.inbound_id).state = "processed" if answer == "yes" else "ignored"
    db.add(AuditLog(at=now, actor=actor, action="review.settle", target=f"review:{item.id}", before=None,
                    after={"participant": participant, "answer": answer, "status": item.status}))
    return item


def list_open(db: Session, *, event_key: str | None = None, limit: int = 200) -> list[ReviewItem]:
    """Open items, oldest first (first come, first served)."""
    q = select(ReviewItem).where(ReviewItem.status == "open")
    if event_key is not None:
        q = q.where(ReviewItem.event_key == event_key)
    return list(db.scalars(q.order_by(ReviewItem.id).limit(limit)))
