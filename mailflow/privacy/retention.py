"""Retention: N days after an event, its mail is reduced to what happened ([privacy] retain_days).

The raw messages and their interpretations (the words people wrote, names,
addresses of colleagues, subjects) are needed while an event is being
organised; ``retain_days`` (default 90) after its last session ends they are
reduced (``reduce.py``), and so are the replies about them. Mail that concerns
no event (junk, machine mail, an unknown event) is reduced ``retain_days`` after
it arrived. A message whose review item is still open is kept until it is
resolved. Registrations and people stay: they are the event's record, and a
person's own request (``mailflow privacy erase``) removes them.

``serve`` runs this once a day; ``mailflow privacy retention`` runs it now.
Each run that reduced anything leaves one audit entry with the counts.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import and_, func, insert, or_, select
from sqlalchemy.orm import Session, sessionmaker

from mailflow.db.models import (
    AuditLog,
    EventRow,
    InboundMessage,
    InterpretationRow,
    OutboundMessage,
    Registration,
    ReviewItem,
    SessionRow,
)
from mailflow.privacy.reduce import reduce_messages, reduce_replies

log = logging.getLogger("mailflow.privacy")
BATCH = 500
FINAL = ("processed", "review", "ignored", "failed")


@dataclass(frozen=True)
class Reduced:
    messages: int = 0
    replies: int = 0

    def __add__(self, other: "Reduced") -> "Reduced":
        return Reduced(self.messages + other.messages, self.replies + other.replies)

    def __str__(self) -> str:
        return f"{self.messages} message(s) and {self.replies} reply/replies reduced"


def retain(db: Session, *, days: int, now: dt.datetime, after: int = 0) -> tuple[Reduced, int | None]:
    """Reduce what is past its retention among the next ``BATCH`` messages with an id above ``after``,
    in the caller's transaction; returns what it did and the last id it looked at (None: no more)."""
    cutoff = now - dt.timedelta(days=days)
    ended = dict(
        db.execute(
            select(EventRow.key, func.max(SessionRow.ends))
            .select_from(SessionRow)
            .join(EventRow, EventRow.id == SessionRow.event_id)
            .group_by(EventRow.key)
        ).all()
    )
    open_review = select(ReviewItem.inbound_id).where(ReviewItem.status == "open", ReviewItem.inbound_id.isnot(None))
    rows = db.execute(
        select(InboundMessage.id, InterpretationRow.data["event_key"].as_string())
        .outerjoin(InterpretationRow, InterpretationRow.inbound_id == InboundMessage.id)
        .where(
            InboundMessage.id > after,
            InboundMessage.purged_at.is_(None),
            InboundMessage.received_at < cutoff,
            InboundMessage.state.in_(FINAL),
            InboundMessage.id.notin_(open_review),
        )
        .order_by(InboundMessage.id)
        .limit(BATCH)
    ).all()
    due = [i for i, key in rows if key not in ended or ended[key] < cutoff]
    replies = (
        list(
            db.scalars(
                select(OutboundMessage.id).where(
                    OutboundMessage.purged_at.is_(None), OutboundMessage.inbound_id.in_(due)
                )
            )
        )
        if due
        else []
    )
    return Reduced(reduce_messages(db, due, now), reduce_replies(db, replies, now)), rows[-1][0] if rows else None


def _staff_mail(db: Session, *, cutoff: dt.datetime, now: dt.datetime) -> int:
    """Mail that answers no message (staff changes, promotions): reduced once its session has ended."""
    about_ended = (
        select(Registration.id)
        .join(SessionRow, SessionRow.id == Registration.session_id)
        .where(SessionRow.ends < cutoff)
    )
    ids = list(
        db.scalars(
            select(OutboundMessage.id).where(
                OutboundMessage.purged_at.is_(None),
                OutboundMessage.inbound_id.is_(None),
                or_(
                    OutboundMessage.registration_id.in_(about_ended),
                    and_(OutboundMessage.registration_id.is_(None), OutboundMessage.created_at < cutoff),
                ),
            )
        )
    )
    return reduce_replies(db, ids, now)


def retain_all(factory: sessionmaker[Session], *, days: int, now: dt.datetime, actor: str = "retention") -> Reduced:
    """Run ``retain`` over every message, a batch per transaction, then the staff mail; one audit entry."""
    total, after = Reduced(), 0
    after_id: int | None = after
    while after_id is not None:
        with factory() as db, db.begin():
            done, after_id = retain(db, days=days, now=now, after=after_id)
        total = total + done
    with factory() as db, db.begin():
        total = total + Reduced(0, _staff_mail(db, cutoff=now - dt.timedelta(days=days), now=now))
        if total.messages or total.replies:
            db.execute(
                insert(AuditLog),
                [
                    dict(
                        at=now,
                        actor=actor,
                        action="privacy.retention",
                        target="inbound",
                        before=None,
                        after={"messages": total.messages, "replies": total.replies, "retain_days": days},
                    )
                ],
            )
    return total


async def run_retention(
    factory: sessionmaker[Session],
    days: int,
    stop: asyncio.Event,
    clock: Callable[[], dt.datetime],
    *,
    first: float = 60.0,
    every: float = 86400.0,
) -> None:
    """In ``serve``: retention a minute after start, then once a day; errors are logged and tried next time."""
    delay = first
    while not await _stopped(stop, delay):
        try:
            done = await asyncio.to_thread(retain_all, factory, days=days, now=clock())
            if done.messages or done.replies:
                log.info("retention (%d days after each event): %s", days, done)
        except Exception:  # noqa: BLE001 - e.g. the database is down: tomorrow, or at the next start
            log.exception("retention failed; it runs again in a day")
        delay = every


async def _stopped(stop: asyncio.Event, delay: float) -> bool:
    try:
        await asyncio.wait_for(stop.wait(), delay)
    except asyncio.TimeoutError:
        return False
    return True
