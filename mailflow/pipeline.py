"""The worker: claim accepted messages, understand, decide, apply; never lose one, never loop.

A message moves ``new -> processing -> processed | review | ignored``. The
claim is a conditional UPDATE (after ``FOR UPDATE SKIP LOCKED`` on PostgreSQL,
so many workers share the queue); the final state is written in the same
transaction as the registrations and replies, after re-checking the state under
a row lock, so a message processed twice (a crash after commit, two workers)
changes nothing the second time. An exception marks the message ``failed`` with
the error; it is retried after ``retry_after`` and held for review after
``max_attempts``. A ``processing`` row whose lease ran out (the worker died) is
counted as a failed attempt and retried the same way.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
import os
import socket
import time
from dataclasses import dataclass
from typing import Callable, Protocol

from sqlalchemy import and_, bindparam, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from mailflow.review import queue as review
from mailflow.aio import wait_any
from mailflow.catalogue import Catalogue
from mailflow.config import Settings, Trust
from mailflow.db.engine import read_only
from mailflow.db.models import InboundMessage, InterpretationRow
from mailflow.db.upsert import insert_ignoring
from mailflow.decide import decide
from mailflow.outcome_log import log_outcome, outcome_of
from mailflow.apply.context import Composer, Context
from mailflow.apply.registrations import apply
from mailflow.apply.snapshot import read_snapshot
from mailflow.understand.types import Interpretation

log = logging.getLogger("mailflow.worker")
RUNNABLE = ("new", "processing", "failed")
_LOCK_STATE = select(InboundMessage.state).where(InboundMessage.id == bindparam("id")).with_for_update()


class Understand(Protocol):
    def __call__(self, raw: bytes, catalogue: Catalogue, *, now: dt.datetime | None = None,
                 own_addresses: tuple[str, ...] | list[str] = (),
                 delivered_to: tuple[str, ...] | list[str] = (), envelope_from: str | None = None,
                 message_domain: str | None = None, trust: Trust | None = None) -> Interpretation: ...


def understand_message(raw: bytes, catalogue: Catalogue, *, now: dt.datetime | None = None,
                       own_addresses: tuple[str, ...] | list[str] = (),
                       delivered_to: tuple[str, ...] | list[str] = (), envelope_from: str | None = None,
                       message_domain: str | None = None, trust: Trust | None = None) -> Interpretation:
    """The real understanding, imported on first use (it loads its word lists then)."""
    from mailflow.understand import understand
    return understand(raw, catalogue, now=now, own_addresses=tuple(own_addresses), delivered_to=delivered_to,
                      envelope_from=envelope_from, message_domain=message_domain, trust=trust)


@dataclass(frozen=True)
class Pipeline:
    """Everything the worker needs, built once by the composition root and passed down."""

    catalogue: Catalogue
    settings: Settings
    session_factory: sessionmaker[Session]
    clock: Callable[[], dt.datetime]
    composer: Composer | None = None    # None: ``compose`` with settings.templates.dir
    understand: Understand | None = None       # None: the real understanding with [trust] and our domain
    lease: dt.timedelta = dt.timedelta(minutes=10)
    worker_id: str | None = None        # host:pid of the process that claims (see ``worker_identity``)
    retry_after: dt.timedelta = dt.timedelta(seconds=30)
    max_attempts: int = 3


def understanding(p: Pipeline) -> Understand:
    """The pipeline's understanding: the one given (tests script it), else the real one with the settings'
    trust policy and our Message-ID domain, so answers in our threads are known as such."""
    if p.understand is not None:
        return p.understand
    return functools.partial(understand_message, trust=p.settings.trust, message_domain=p.settings.sender.domain)


def process_one(pipeline: Pipeline, inbound_id: int) -> str:
    """Process one message; returns its state afterwards, or "skipped"/"missing"."""
    p, now = pipeline, pipeline.clock()
    with p.session_factory() as db, db.begin():
        read_only(db)
        found = db.execute(select(InboundMessage.state, InboundMessage.raw, InboundMessage.received_at,
                                  InboundMessage.note, InboundMessage.envelope_to, InboundMessage.envelope_from,
                                  InboundMessage.source)
                           .where(InboundMessage.id == inbound_id)).one_or_none()
        if found is None:
            return "missing"
        if found.state not in RUNNABLE:
            return "skipped"
        raw, arrived, delivered_to = found.raw, found.received_at, tuple(found.envelope_to or ())
        # the SMTP MAIL FROM ("" is the null sender); unknown for files and IMAP (Return-Path stands in)
        envelope_from = found.envelope_from if found.source in ("smtp", "lmtp") else None
    if p.settings.staff.addresses:
        from mailflow.staff.by_mail import token_in
        token = token_in(raw, delivered_to)
        if token is not None:     # a staff member answering a review notice: not a registration mail
            return _staff_answer(p, inbound_id, token, now)
    try:
        # judged at arrival: deadlines and relative dates ("volgende week") mean what they meant then
        interp = understanding(p)(raw, p.catalogue, now=arrived or now,
                                  own_addresses=p.settings.own_addresses(p.catalogue), delivered_to=delivered_to,
                                  envelope_from=envelope_from)
        with p.session_factory() as db, db.begin():
            state = db.connection().execute(_LOCK_STATE, {"id": inbound_id}).scalar()
            if state not in RUNNABLE:
                return "skipped"     # someone else finished it while we were reading
            _store_interpretation(db, inbound_id, interp, now)
            ctx = Context(p.catalogue, p.settings, now, p.composer, "worker")
            decision = decide(interp, read_snapshot(db, interp, p.catalogue, p.settings, now), p.catalogue,
                              p.settings.policy, now)
            applied = apply(db, decision, ctx, inbound_id=inbound_id, inbound_state=state)
        log_outcome(outcome_of(inbound_id, interp.message_id, interp.event_key, decision, applied, found.note))
        return decision.state
    except Exception as exc:  # noqa: BLE001 - any failure is recorded on the message, never lost
        log.exception("message %s failed", inbound_id)
        return _fail(p, inbound_id, f"{type(exc).__name__}: {exc}", now)


def _staff_answer(p: Pipeline, inbound_id: int, token: str, now: dt.datetime) -> str:
    from mailflow.staff.by_mail import handle_reply
    try:
        with p.session_factory() as db, db.begin():
            if db.connection().execute(_LOCK_STATE, {"id": inbound_id}).scalar() not in RUNNABLE:
                return "skipped"
            return handle_reply(db, inbound_id, token, Context(p.catalogue, p.settings, now, p.composer, "mail"))
    except Exception as exc:  # noqa: BLE001 - as for any message: recorded, never lost
        log.exception("staff answer %s failed", inbound_id)
        return _fail(p, inbound_id, f"{type(exc).__name__}: {exc}", now)


def _store_interpretation(db: Session, inbound_id: int, interp: Interpretation, now: dt.datetime) -> None:
    """One interpretation per message: a retry after a failure replaces the earlier one."""
    values = dict(kind=interp.kind, review=interp.review, confidence=interp.confidence, data=interp.to_json())
    table = InterpretationRow.__table__
    new = db.execute(insert_ignoring(table, db.get_bind().dialect.name, (table.c.id,)),
                     dict(inbound_id=inbound_id, created_at=now, **values)).first()
    if new is None:
        db.execute(update(InterpretationRow).where(InterpretationRow.inbound_id == inbound_id).values(**values))


def _fail(p: Pipeline, inbound_id: int, error: str, now: dt.datetime) -> str:
    """Record a failed attempt on the message. Returns its new state."""
    with p.session_factory() as db, db.begin():
        row = db.get(InboundMessage, inbound_id, with_for_update=True, populate_existing=True)
        if row is None or row.state not in RUNNABLE:
            return row.state if row else "missing"
        return _record_failure(p, db, row, error, now)


def _record_failure(p: Pipeline, db: Session, row: InboundMessage, error: str, now: dt.datetime) -> str:
    """Count the attempt on a locked row; hold it for review once attempts run out."""
    row.attempts, row.error, row.claimed_at = row.attempts + 1, error[:4000], now
    if row.attempts < p.max_attempts:
        row.state = "failed"
        return "failed"
    reason = (f"This message could not be processed automatically ({row.attempts} attempts). "
              f"Last error: {error[:500]}")
    review.hold(db, row.id, reason, [reason], {"code": "failed", "kind": "other"}, actor="worker", now=now)
    return "review"


def _reclaim_stale(p: Pipeline, now: dt.datetime) -> int:
    """Messages left in ``processing`` past the lease (a worker died unseen)."""
    with p.session_factory() as db, db.begin():
        rows = list(db.scalars(select(InboundMessage).where(
            InboundMessage.state == "processing", InboundMessage.claimed_at < now - p.lease)
            .order_by(InboundMessage.id).with_for_update(skip_locked=True)))
        _release(p, db, rows, "the worker stopped while processing this message (lease expired)", now)
    return len(rows)


def reclaim_worker(p: Pipeline, worker_id: str, why: str, now: dt.datetime) -> int:
    """Release the claims of a worker process known to be gone, at once instead of after the lease."""
    with p.session_factory() as db, db.begin():
        rows = list(db.scalars(select(InboundMessage).where(
            InboundMessage.state == "processing", InboundMessage.claimed_by == worker_id)
            .order_by(InboundMessage.id).with_for_update(skip_locked=True)))
        _release(p, db, rows, why, now)
    return len(rows)


def reclaim_dead_local_workers(p: Pipeline, now: dt.datetime) -> int:
    """At start: release claims that worker processes of this host left behind when they were killed.

    A process that no longer exists is certainly not working on its claims, so
    after a restart (a deploy, systemd stopping the whole group) they need not
    wait for the lease. A pid that was reused by another program only means the
    lease applies, as before.
    """
    host = worker_identity(0).rsplit(":", 1)[0]
    with p.session_factory() as db:
        owners = set(db.scalars(select(InboundMessage.claimed_by).where(
            InboundMessage.state == "processing", InboundMessage.claimed_by.like(f"{host}:%")).distinct()))
    released = 0
    for owner in sorted(o for o in owners if o is not None):
        pid = owner.rsplit(":", 1)[1]
        if pid.isdigit() and not _alive(int(pid)):
            released += reclaim_worker(p, owner, "the worker process stopped while processing this message "
                                                 "(found at start)", now)
    return released


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


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
            _record_failure(p, db, row, why, now)
        else:
            row.state, row.claimed_at, row.claimed_by = "new", None, None


def worker_identity(pid: int) -> str:
    """How a worker process signs its claims: unique among the processes sharing one database."""
    return f"{socket.gethostname()}:{pid}"


def _claim(p: Pipeline, batch: int, now: dt.datetime) -> list[int]:
    """Take up to ``batch`` runnable messages, oldest first: the conditional UPDATE is the claim.

    Two statements on purpose: PostgreSQL may rescan an ``IN (SELECT ... LIMIT n
    FOR UPDATE SKIP LOCKED)`` subquery, and each rescan skips the rows the last
    one locked, so a one-statement claim can take more than ``batch`` rows.
    """
    due = or_(InboundMessage.state == "new",
              and_(InboundMessage.state == "failed", InboundMessage.attempts < p.max_attempts,
                   InboundMessage.claimed_at <= now - p.retry_after))
    with p.session_factory() as db, db.begin():
        conn = db.connection()
        ids = list(conn.scalars(select(InboundMessage.id).where(due).order_by(InboundMessage.id)
                                .limit(batch).with_for_update(skip_locked=True)))
        if not ids:
            return []
        claimed = conn.scalars(update(InboundMessage).where(InboundMessage.id.in_(ids), due)
                               .values(state="processing", claimed_at=now, claimed_by=p.worker_id)
                               .returning(InboundMessage.id))
        return sorted(claimed)


RECLAIM_EVERY = 30.0   # seconds between looks for messages whose worker died (the lease is minutes)


def process_pending(pipeline: Pipeline, batch: int = 100, *, reclaim: bool = True) -> int:
    """Reclaim stale messages (unless told not to), claim a batch and process it; returns how many were claimed."""
    now = pipeline.clock()
    if reclaim:
        _reclaim_stale(pipeline, now)
    ids = _claim(pipeline, batch, now)
    for inbound_id in ids:
        process_one(pipeline, inbound_id)
    return len(ids)


class Reclaimer:
    """Says when a long-running loop should look for stale messages again: at start, then every ``every`` s."""

    def __init__(self, every: float = RECLAIM_EVERY) -> None:
        self.every, self._last = every, float("-inf")

    def due(self) -> bool:
        if time.monotonic() - self._last < self.every:
            return False
        self._last = time.monotonic()
        return True


async def run_worker(pipeline: Pipeline | Callable[[], Pipeline], stop: asyncio.Event, wake: asyncio.Event,
                     sent_wake: asyncio.Event | None = None, *, interval: float = 1.0, batch: int = 100) -> None:
    """Process whenever woken (intake sets ``wake`` after each commit) or every ``interval`` seconds.

    The database work runs in a thread so the event loop (SMTP intake, sender)
    stays responsive; ``sent_wake`` tells the sender there may be new replies.
    ``pipeline`` may be a function returning the one in force, asked before
    every pass: ``serve`` swaps it when the catalogue is reloaded.
    """
    current = pipeline if callable(pipeline) else (lambda: pipeline)
    reclaimer = Reclaimer()
    while not stop.is_set():
        wake.clear()
        try:
            n = await asyncio.to_thread(process_pending, current(), batch, reclaim=reclaimer.due())
        except Exception:  # noqa: BLE001 - e.g. the database is down: log, wait, try again
            log.exception("worker pass failed")
            n = 0
        if n and sent_wake is not None:
            sent_wake.set()
        if n < batch:
            await wait_any((stop, wake), interval)
