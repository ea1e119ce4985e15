"""Which messages a worker holds: claim a batch, give it back on an error, free a dead worker's claims.

A claim is a conditional UPDATE that sets ``processing`` and signs the row
with the worker's ``host:pid``. Claims end one of three ways besides the
message being finished:

* the worker hits an error it cannot record (the database went away): every
  message of the batch it had not finished goes back to ``new`` at once, not
  counted as an attempt, and the worker reconnects on its next pass
  (``unclaim``, ``unclaim_own``);
* the worker process is gone (killed, crashed): its oldest claimed message was
  the one in hand and counts a failed attempt, the rest go back to ``new``
  (``reclaim_worker``, and ``reclaim_dead_local_workers`` at start and every 30 s);
* nobody knows (a worker on another host died): the lease runs out (``reclaim_stale``).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Sequence

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from mailflow import claims
from mailflow.db.models import InboundMessage
from mailflow.review import queue as review

if TYPE_CHECKING:
    from mailflow.pipeline import Pipeline

log = logging.getLogger("mailflow.worker")


def record_failure(p: Pipeline, db: Session, row: InboundMessage, error: str, now: dt.datetime) -> str:
    """Count the attempt on a locked row; hold it for review once attempts run out."""
    row.attempts, row.error, row.claimed_at = row.attempts + 1, error[:4000], now
    if row.attempts < p.max_attempts:
        row.state = "failed"
        return "failed"
    reason = f"This message could not be processed automatically ({row.attempts} attempts). Last error: {error[:500]}"
    review.hold(db, row.id, reason, [reason], {"code": "failed", "kind": "other"}, actor="worker", now=now)
    return "review"


def reclaim_stale(p: Pipeline, now: dt.datetime) -> int:
    """Messages left in ``processing`` past the lease (a worker died unseen)."""
    with p.session_factory() as db, db.begin():
        rows = list(
            db.scalars(
                select(InboundMessage)
                .where(InboundMessage.state == "processing", InboundMessage.claimed_at < now - p.lease)
                .order_by(InboundMessage.id)
                .with_for_update(skip_locked=True)
            )
        )
        _release(p, db, rows, "the worker stopped while processing this message (lease expired)", now)
    return len(rows)


def reclaim_worker(p: Pipeline, worker_id: str, why: str, now: dt.datetime) -> int:
    """Release the claims of a worker process known to be gone, at once instead of after the lease."""
    with p.session_factory() as db, db.begin():
        rows = list(
            db.scalars(
                select(InboundMessage)
                .where(InboundMessage.state == "processing", InboundMessage.claimed_by == worker_id)
                .order_by(InboundMessage.id)
                .with_for_update(skip_locked=True)
            )
        )
        _release(p, db, rows, why, now)
    return len(rows)


def reclaim_dead_local_workers(p: Pipeline, now: dt.datetime) -> int:
    """Release claims that worker processes of this host left behind when they were killed.

    Run at start and with every look for stale leases (every 30 s): a process
    that no longer exists is certainly not working on its claims, so after a
    restart (a deploy, systemd stopping the whole group, a crash) they need not
    wait for the lease. A pid that was reused by another program only means the
    lease applies, as before.
    """
    with p.session_factory() as db:
        owners = set(
            db.scalars(
                select(InboundMessage.claimed_by)
                .where(
                    InboundMessage.state == "processing", InboundMessage.claimed_by.like(f"{claims.local_prefix()}%")
                )
                .distinct()
            )
        )
    released = 0
    for owner in sorted(o for o in owners if o is not None and claims.is_dead_local(o)):
        released += reclaim_worker(p, owner, "the worker process stopped while processing this message", now)
    return released


def _release(p: Pipeline, db: Session, rows: list[InboundMessage], why: str, now: dt.datetime) -> None:
    """Claims of a dead worker: its oldest message was the one in hand, the rest were never started.

    A worker processes its claimed batch in id order, so only the oldest of its
    rows still ``processing`` can have killed it: that one counts a failed
    attempt (after ``max_attempts`` it waits in review, so a message that crashes
    the worker cannot crash it for ever); the others go back to ``new`` untouched.
    """
    seen: set[str | None] = set()
    for row in sorted(rows, key=lambda r: r.id):
        if row.claimed_by not in seen or row.claimed_by is None:
            seen.add(row.claimed_by)
            record_failure(p, db, row, why, now)
        else:
            row.state, row.claimed_at, row.claimed_by = "new", None, None


def claim_batch(p: Pipeline, batch: int, now: dt.datetime) -> list[int]:
    """Take up to ``batch`` runnable messages, oldest first: the conditional UPDATE is the claim.

    Two statements on purpose: PostgreSQL may rescan an ``IN (SELECT ... LIMIT n
    FOR UPDATE SKIP LOCKED)`` subquery, and each rescan skips the rows the last
    one locked, so a one-statement claim can take more than ``batch`` rows.
    """
    due = or_(
        InboundMessage.state == "new",
        and_(
            InboundMessage.state == "failed",
            InboundMessage.attempts < p.max_attempts,
            InboundMessage.claimed_at <= now - p.retry_after,
        ),
    )
    with p.session_factory() as db, db.begin():
        conn = db.connection()
        ids = list(
            conn.scalars(
                select(InboundMessage.id)
                .where(due)
                .order_by(InboundMessage.id)
                .limit(batch)
                .with_for_update(skip_locked=True)
            )
        )
        if not ids:
            return []
        claimed = conn.scalars(
            update(InboundMessage)
            .where(InboundMessage.id.in_(ids), due)
            .values(state="processing", claimed_at=now, claimed_by=p.worker_id)
            .returning(InboundMessage.id)
        )
        return sorted(claimed)


def unclaim(p: Pipeline, ids: Sequence[int]) -> int:
    """Give claimed messages back (state ``new``, no attempt counted): the worker could not go on with them."""
    if not ids:
        return 0
    owner = (InboundMessage.claimed_by == p.worker_id) if p.worker_id else InboundMessage.claimed_by.is_(None)
    with p.session_factory() as db, db.begin():
        return (
            db.execute(  # type: ignore[attr-defined]
                update(InboundMessage)
                .where(InboundMessage.id.in_(list(ids)), InboundMessage.state == "processing", owner)
                .values(state="new", claimed_at=None, claimed_by=None)
                .execution_options(synchronize_session=False)
            ).rowcount
            or 0
        )


def unclaim_own(p: Pipeline) -> int:
    """Give back every message this worker still holds: called between passes, when none can be in hand."""
    if not p.worker_id:
        return 0
    with p.session_factory() as db, db.begin():
        return (
            db.execute(  # type: ignore[attr-defined]
                update(InboundMessage)
                .where(InboundMessage.state == "processing", InboundMessage.claimed_by == p.worker_id)
                .values(state="new", claimed_at=None, claimed_by=None)
                .execution_options(synchronize_session=False)
            ).rowcount
            or 0
        )
