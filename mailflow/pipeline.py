"""The worker: claim accepted messages, understand, decide, apply; never lose one, never loop.

A message moves ``new -> processing -> processed | review | ignored``. The
claim is a conditional UPDATE (after ``FOR UPDATE SKIP LOCKED`` on PostgreSQL,
so many workers share the queue); the final state is written in the same
transaction as the registrations and replies, after re-checking the state under
a row lock, so a message processed twice (a crash after commit, two workers)
changes nothing the second time. An exception marks the message ``failed`` with
the error; it is retried after ``retry_after`` and held for review after
``max_attempts``. A ``processing`` row whose lease ran out (the worker died) is
counted as a failed attempt and retried the same way; a dead worker of this
host is noticed at once (``worker_claims.py``).

Understanding runs within a budget (``budget.py``): a message that costs too
much goes to review with the reason instead of stalling the worker. Addresses
mailflow could not write to are taken out first (``addresses.keep_usable``).
When the database goes away mid-batch, the unfinished claims are given back.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Protocol

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session, sessionmaker

from mailflow import claims
from mailflow.addresses import keep_usable
from mailflow.budget import Budget, OverBudget, understand_within
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
from mailflow.worker_claims import (
    claim_batch,
    reclaim_dead_local_workers,
    reclaim_stale,
    reclaim_worker,
    record_failure,
    unclaim,
    unclaim_own,
)

__all__ = [
    "Pipeline",
    "Reclaimer",
    "process_one",
    "process_pending",
    "reclaim_dead_local_workers",
    "reclaim_worker",
    "run_worker",
    "unclaim_own",
    "understand_message",
    "worker_identity",
]

log = logging.getLogger("mailflow.worker")
RUNNABLE = ("new", "processing", "failed")
_LOCK_STATE = select(InboundMessage.state).where(InboundMessage.id == bindparam("id")).with_for_update()


class Understand(Protocol):
    def __call__(
        self,
        raw: bytes,
        catalogue: Catalogue,
        *,
        now: dt.datetime | None = None,
        own_addresses: tuple[str, ...] | list[str] = (),
        delivered_to: tuple[str, ...] | list[str] = (),
        envelope_from: str | None = None,
        message_domain: str | None = None,
        trust: Trust | None = None,
    ) -> Interpretation: ...


def understand_message(
    raw: bytes,
    catalogue: Catalogue,
    *,
    now: dt.datetime | None = None,
    own_addresses: tuple[str, ...] | list[str] = (),
    delivered_to: tuple[str, ...] | list[str] = (),
    envelope_from: str | None = None,
    message_domain: str | None = None,
    trust: Trust | None = None,
    own_templates: Path | None = None,
) -> Interpretation:
    """The real understanding, imported on first use (it loads its word lists then)."""
    from mailflow.understand import understand

    return understand(
        raw,
        catalogue,
        now=now,
        own_addresses=tuple(own_addresses),
        delivered_to=delivered_to,
        envelope_from=envelope_from,
        message_domain=message_domain,
        trust=trust,
        own_templates=own_templates,
    )


@dataclass(frozen=True)
class Pipeline:
    """Everything the worker needs, built once by the composition root and passed down."""

    catalogue: Catalogue
    settings: Settings
    session_factory: sessionmaker[Session]
    clock: Callable[[], dt.datetime]
    composer: Composer | None = None  # None: ``compose`` with settings.templates.dir
    understand: Understand | None = None  # None: the real understanding with [trust] and our domain
    lease: dt.timedelta = dt.timedelta(minutes=10)
    worker_id: str | None = None  # host:pid of the process that claims (see ``worker_identity``)
    retry_after: dt.timedelta = dt.timedelta(seconds=30)
    max_attempts: int = 3


def understanding(p: Pipeline) -> Understand:
    """The pipeline's understanding: the one given (tests script it), else the real one with the settings'
    trust policy and our Message-ID domain, so answers in our threads are known as such."""
    if p.understand is not None:
        return p.understand
    return functools.partial(
        understand_message,
        trust=p.settings.trust,
        message_domain=p.settings.sender.domain,
        own_templates=p.settings.templates.dir,
    )


def process_one(pipeline: Pipeline, inbound_id: int) -> str:
    """Process one message; returns its state afterwards, or "skipped"/"missing"."""
    p, now = pipeline, pipeline.clock()
    with p.session_factory() as db, db.begin():
        read_only(db)
        found = db.execute(
            select(
                InboundMessage.state,
                InboundMessage.raw,
                InboundMessage.received_at,
                InboundMessage.note,
                InboundMessage.envelope_to,
                InboundMessage.envelope_from,
                InboundMessage.source,
            ).where(InboundMessage.id == inbound_id)
        ).one_or_none()
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
        if token is not None:  # a staff member answering a review notice: not a registration mail
            return _staff_answer(p, inbound_id, token, now)
    try:
        try:  # judged at arrival: deadlines and relative dates ("volgende week") mean what they meant then
            interp = keep_usable(
                understand_within(
                    Budget.from_settings(p.settings.worker),
                    understanding(p),
                    raw,
                    p.catalogue,
                    now=arrived or now,
                    own_addresses=p.settings.own_addresses(p.catalogue),
                    delivered_to=delivered_to,
                    envelope_from=envelope_from,
                )
            )
        except OverBudget as over:
            return _hold_over_budget(p, inbound_id, over.reason, delivered_to, now)
        with p.session_factory() as db, db.begin():
            state = db.connection().execute(_LOCK_STATE, {"id": inbound_id}).scalar()
            if state not in RUNNABLE:
                return "skipped"  # someone else finished it while we were reading
            _store_interpretation(db, inbound_id, interp, now)
            ctx = Context(p.catalogue, p.settings, now, p.composer, "worker")
            decision = decide(
                interp, read_snapshot(db, interp, p.catalogue, p.settings, now), p.catalogue, p.settings.policy, now
            )
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
    new = db.execute(
        insert_ignoring(table, db.get_bind().dialect.name, (table.c.id,)),
        dict(inbound_id=inbound_id, created_at=now, **values),
    ).first()
    if new is None:
        db.execute(update(InterpretationRow).where(InterpretationRow.inbound_id == inbound_id).values(**values))


def _hold_over_budget(
    p: Pipeline, inbound_id: int, reason: str, delivered_to: tuple[str, ...], now: dt.datetime
) -> str:
    """A message too costly to read goes to a person, under the event of the address it came to."""
    log.warning("message %s goes to review: %s", inbound_id, reason, extra={"inbound_id": inbound_id})
    events = [e for a in delivered_to for e in p.catalogue.events_for_mailbox(_without_tag(a))]
    with p.session_factory() as db, db.begin():
        state = db.connection().execute(_LOCK_STATE, {"id": inbound_id}).scalar()
        if state not in RUNNABLE:
            return "skipped"
        review.hold(
            db,
            inbound_id,
            reason,
            [reason],
            {"code": "over_budget", "kind": "other"},
            event_key=events[0].key if events else None,
            actor="worker",
            now=now,
        )
    return "review"


def _without_tag(address: str) -> str:
    local, at, domain = address.rpartition("@")
    return f"{local.split('+', 1)[0]}@{domain}" if at else address


def _fail(p: Pipeline, inbound_id: int, error: str, now: dt.datetime) -> str:
    """Record a failed attempt on the message. Returns its new state."""
    with p.session_factory() as db, db.begin():
        row = db.get(InboundMessage, inbound_id, with_for_update=True, populate_existing=True)
        if row is None or row.state not in RUNNABLE:
            return row.state if row else "missing"
        return record_failure(p, db, row, error, now)


def worker_identity(pid: int) -> str:
    """How a worker process signs its claims: unique among the processes sharing one database."""
    return claims.identity(pid)


RECLAIM_EVERY = 30.0  # seconds between looks for messages whose worker died (the lease is minutes)


def process_pending(pipeline: Pipeline, batch: int = 100, *, reclaim: bool = True) -> int:
    """Reclaim stale and dead workers' messages (unless told not to), claim a batch and process it.

    Returns how many were claimed. When something fails that ``process_one``
    cannot record on the message (the database went away), the messages of the
    batch not yet finished are given back at once (``unclaim``) and the error is
    raised: the caller waits and tries again, with a fresh connection.
    """
    now = pipeline.clock()
    if reclaim:
        reclaim_stale(pipeline, now)
        reclaim_dead_local_workers(pipeline, now)
    ids = claim_batch(pipeline, batch, now)
    for n, inbound_id in enumerate(ids):
        try:
            process_one(pipeline, inbound_id)
        except BaseException:
            _give_back(pipeline, ids[n:])
            raise
    return len(ids)


def _give_back(pipeline: Pipeline, ids: list[int]) -> None:
    try:
        n = unclaim(pipeline, ids)
    except Exception:  # noqa: BLE001 - still down: the next pass gives them back (unclaim_own)
        log.warning("could not give back %d claimed message(s) now; the next pass will", len(ids))
        return
    if n:
        log.warning("gave back %d claimed message(s) after an error; they are processed on the next pass", n)


class Reclaimer:
    """Says when a long-running loop should look for stale messages again: at start, then every ``every`` s."""

    def __init__(self, every: float = RECLAIM_EVERY) -> None:
        self.every, self._last = every, float("-inf")

    def due(self) -> bool:
        if time.monotonic() - self._last < self.every:
            return False
        self._last = time.monotonic()
        return True


async def run_worker(
    pipeline: Pipeline | Callable[[], Pipeline],
    stop: asyncio.Event,
    wake: asyncio.Event,
    sent_wake: asyncio.Event | None = None,
    *,
    interval: float = 1.0,
    batch: int = 100,
) -> None:
    """Process whenever woken (intake sets ``wake`` after each commit) or every ``interval`` seconds.

    The database work runs in a thread so the event loop (SMTP intake, sender)
    stays responsive; ``sent_wake`` tells the sender there may be new replies.
    ``pipeline`` may be a function returning the one in force, asked before
    every pass: ``serve`` swaps it when the catalogue is reloaded.
    """
    current = pipeline if callable(pipeline) else (lambda: pipeline)
    reclaimer = Reclaimer()
    failed = False
    while not stop.is_set():
        wake.clear()
        try:
            n = await asyncio.to_thread(_pass, current(), batch, reclaimer.due(), failed)
            failed = False
        except Exception:  # noqa: BLE001 - e.g. the database is down: log, wait, try again
            log.exception("worker pass failed")
            n, failed = 0, True
        if n and sent_wake is not None:
            sent_wake.set()
        if n < batch:
            await wait_any((stop, wake), interval)


def _pass(pipeline: Pipeline, batch: int, reclaim: bool, after_failure: bool) -> int:
    """One pass; after a failed one, first give back whatever it may have left claimed."""
    if after_failure:
        unclaim_own(pipeline)
    return process_pending(pipeline, batch, reclaim=reclaim)
