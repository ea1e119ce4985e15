"""Who has a review item open: two staff members never work the same item unknowingly.

Opening an item claims it for ``CLAIM_MINUTES``; another staff member sees "being
handled by ..." and their resolve is refused politely until the claim lapses or
they take it over on purpose. The claim is a note on the row, not a lock: a
closed browser tab must not block an item for longer than the claim lasts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailflow.db.models import ReviewItem
from mailflow.review.queue import ReviewError

CLAIM_MINUTES = 15


@dataclass(frozen=True)
class Claim:
    holder: str | None  # who has it open (None: nobody)
    since: dt.datetime | None
    mine: bool


def current(item: ReviewItem, actor: str, now: dt.datetime) -> Claim:
    """The live claim on ``item`` as ``actor`` sees it (a lapsed claim is nobody's)."""
    if item.claimed_by and item.claimed_at and now - item.claimed_at < dt.timedelta(minutes=CLAIM_MINUTES):
        return Claim(item.claimed_by, item.claimed_at, item.claimed_by == actor)
    return Claim(None, None, False)


def claim(db: Session, item_id: int, actor: str, now: dt.datetime, *, take_over: bool = False) -> Claim:
    """Claim an open item for ``actor`` unless someone else holds it (or ``take_over``); returns the claim."""
    item = db.scalar(select(ReviewItem).where(ReviewItem.id == item_id).with_for_update())
    if item is None:
        raise ReviewError(f"review item {item_id} does not exist")
    held = current(item, actor, now)
    if item.status != "open" or (held.holder and not held.mine and not take_over):
        return held
    item.claimed_by, item.claimed_at = actor, now
    return Claim(actor, now, True)


def check_free(db: Session, item_id: int, actor: str, now: dt.datetime) -> None:
    """Refuse politely when another staff member is handling the item right now."""
    item = db.get(ReviewItem, item_id)
    if item is None:
        raise ReviewError(f"review item {item_id} does not exist")
    held = current(item, actor, now)
    if held.holder and not held.mine:
        raise ReviewError(
            f"{held.holder} is handling this item right now (since {held.since:%H:%M} UTC); "
            "wait a moment, or take it over"
        )


def release(db: Session, item_id: int, actor: str) -> None:
    item = db.get(ReviewItem, item_id)
    if item is not None and item.claimed_by == actor:
        item.claimed_by, item.claimed_at = None, None
