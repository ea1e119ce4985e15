"""The review queue: hold a message for a person and list what waits, oldest first.

Modelled on Mailman's moderator: the worker, the web pages and the CLI all hold and
list through here; resolving an item (``review.resolve``) carries out a decision and
so lives beside ``apply``, which this module must not import.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailflow.db.models import AuditLog, InboundMessage, ReviewItem


class ReviewError(ValueError):
    """A resolution that cannot be carried out; the message is shown to the reviewer."""


def hold(
    db: Session,
    inbound_id: int | None,
    reason: str,
    reasons: Sequence[str],
    candidates: dict[str, Any],
    *,
    event_key: str | None = None,
    actor: str = "worker",
    now: dt.datetime | None = None,
) -> ReviewItem:
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
    db.add(
        AuditLog(
            at=now,
            actor=actor,
            action="review.hold",
            target=f"review:{item.id}",
            before=None,
            after={"inbound": inbound_id, "reason": reason},
        )
    )
    return item


def settle(
    db: Session, item_id: int, participant: str, answer: str, *, actor: str, now: dt.datetime
) -> ReviewItem | None:
    """The registered person answered our question about a held request: their part is settled.

    "yes" means their part was carried out (by the caller, in this transaction),
    "no" that it was refused. The item closes when nobody else's part is left;
    otherwise it stays open for the rest, with a line saying what happened.
    """
    from mailflow.decide.types import Proposal  # the proposal format is decide's

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
    db.add(
        AuditLog(
            at=now,
            actor=actor,
            action="review.settle",
            target=f"review:{item.id}",
            before=None,
            after={"participant": participant, "answer": answer, "status": item.status},
        )
    )
    return item


def list_open(db: Session, *, event_key: str | None = None, limit: int = 200) -> list[ReviewItem]:
    """Open items, oldest first (first come, first served)."""
    q = select(ReviewItem).where(ReviewItem.status == "open")
    if event_key is not None:
        q = q.where(ReviewItem.event_key == event_key)
    return list(db.scalars(q.order_by(ReviewItem.id).limit(limit)))


@dataclass(frozen=True)
class Filter:
    """What the queue page and the API filter on; every field optional."""

    status: str = "open"  # "open" | "resolved" | "all"
    event_keys: tuple[str, ...] | None = None  # None: every event (an account limited to events passes its own)
    event_key: str | None = None
    code: str | None = None  # the reason code: unknown_session, question, full, ...
    older_than_hours: float | None = None


def list_items(db: Session, f: Filter, *, now: dt.datetime, limit: int = 200, offset: int = 0) -> list[ReviewItem]:
    """Items matching ``f``: open ones oldest first, resolved ones newest first; ``offset`` pages."""
    q = select(ReviewItem)
    if f.status != "all":
        q = q.where(ReviewItem.status == f.status)
    if f.event_keys is not None:
        q = q.where(ReviewItem.event_key.in_(f.event_keys))
    if f.event_key:
        q = q.where(ReviewItem.event_key == f.event_key)
    if f.older_than_hours:
        q = q.where(ReviewItem.created_at <= now - dt.timedelta(hours=f.older_than_hours))
    q = q.order_by(ReviewItem.id if f.status == "open" else ReviewItem.id.desc())
    if not f.code:
        return list(db.scalars(q.offset(offset).limit(limit)))
    # the code lives in the candidates JSON: filtered here, the same on SQLite and PostgreSQL
    wanted: list[ReviewItem] = []
    for item in db.scalars(q.execution_options(yield_per=500)):
        if reason_code(item) == f.code:
            wanted.append(item)
            if len(wanted) >= offset + limit:
                break
    return wanted[offset:]


def reason_code(item: ReviewItem) -> str:
    return str((item.candidates or {}).get("code") or "needs_review")


def counts_by_reason(db: Session, *, event_keys: tuple[str, ...] | None = None) -> dict[str, int]:
    """Open items per reason code, most frequent first."""
    q = select(ReviewItem.candidates).where(ReviewItem.status == "open")
    if event_keys is not None:
        q = q.where(ReviewItem.event_key.in_(event_keys))
    counts: dict[str, int] = {}
    for (candidates,) in db.execute(q):
        code = str((candidates or {}).get("code") or "needs_review")
        counts[code] = counts.get(code, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def open_count(db: Session, *, event_keys: tuple[str, ...] | None = None) -> int:
    q = select(func.count()).select_from(ReviewItem).where(ReviewItem.status == "open")
    if event_keys is not None:
        q = q.where(ReviewItem.event_key.in_(event_keys))
    return int(db.scalar(q) or 0)
