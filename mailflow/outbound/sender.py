"""Deliver committed outbox rows: claim, send outside any transaction, record the outcome.

The state machine (pretix's, Postfix's queue discipline)::

    queued --claim--> sending --250--> sent
                         |--4xx/network--> queued (later, backoff) --...--> failed
                         |--5xx-----------> failed
    sending, lease expired (crash mid-send) --claim again--> sending

A claim sets ``next_attempt_at`` to the end of a lease, so a row left in
``sending`` by a killed process becomes due again by itself; no extra column or
janitor is needed. Delivery is at-least-once: a crash between the relay's 250
and our commit resends the same bytes (same Message-ID) after the lease.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import random
import time
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session, sessionmaker

from mailflow.aio import wait_any
from mailflow.db.models import OutboundMessage
from mailflow.outbound.transport import PermanentFailure, TemporaryFailure, Transport

log = logging.getLogger(__name__)

LEASE = dt.timedelta(minutes=10)
BASE_DELAY = dt.timedelta(minutes=1)
MAX_DELAY = dt.timedelta(hours=1)
CLAIMABLE = ("queued", "sending")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass(frozen=True)
class Claimed:
    """What delivery needs, copied out of the row so no session is open while sending."""

    id: int
    raw: bytes
    mail_from: str
    recipients: list[str]
    attempts: int


def backoff(attempts: int, rng: random.Random | None = None) -> dt.timedelta:
    """1, 2, 4 … minutes, capped at an hour, plus up to 10% jitter so retries do not stampede."""
    delay = min(BASE_DELAY * (2 ** max(attempts - 1, 0)), MAX_DELAY)
    jitter = (rng or random).uniform(0, 0.1)
    return delay * (1 + jitter)


def claim(session_factory: sessionmaker[Session], now: dt.datetime, batch: int,
          lease: dt.timedelta = LEASE) -> list[Claimed]:
    """Mark up to ``batch`` due rows ``sending`` and commit, so no other sender takes them.

    PostgreSQL: ``FOR UPDATE SKIP LOCKED`` lets many senders share the queue.
    SQLite: the engine's ``BEGIN IMMEDIATE`` serialises writers, and the
    conditional UPDATE (state and due time re-checked) is the claim itself.
    """
    due = ((OutboundMessage.state.in_(CLAIMABLE)) & (OutboundMessage.next_attempt_at <= now))
    with session_factory() as db, db.begin():
        ids = list(db.scalars(select(OutboundMessage.id).where(due)
                              .order_by(OutboundMessage.next_attempt_at, OutboundMessage.id)
                              .limit(batch).with_for_update(skip_locked=True)))
        if not ids:
            return []
        rows = db.execute(
            update(OutboundMessage).where(OutboundMessage.id.in_(ids) & due)
            .values(state="sending", attempts=OutboundMessage.attempts + 1, next_attempt_at=now + lease)
            .returning(OutboundMessage.id, OutboundMessage.raw, OutboundMessage.mail_from,
                       OutboundMessage.recipients, OutboundMessage.attempts)
            .execution_options(synchronize_session=False)).all()
    return sorted((Claimed(r.id, r.raw, r.mail_from, list(r.recipients), r.attempts) for r in rows),
                  key=lambda c: ids.index(c.id))


_FINISH = (update(OutboundMessage)
           .where((OutboundMessage.id == bindparam("row")) & (OutboundMessage.state == "sending"))
           .values(state=bindparam("new_state"), sent_at=bindparam("at"), last_error=bindparam("error"),
                   next_attempt_at=bindparam("due")))
RECORD_WINDOW = 0.02   # seconds of deliveries recorded in one transaction


def _finish(session_factory: sessionmaker[Session], outcomes: list[dict[str, object]]) -> None:
    """Record outcomes, each only if we still hold its claim (state still 'sending'), in one transaction."""
    if not outcomes:
        return
    with session_factory() as db, db.begin():
        db.connection().execute(_FINISH, outcomes)


def _attempt(transport: Transport, item: Claimed) -> Exception | None:
    """Deliver once; return the failure instead of raising.

    A transport bug (anything but the two failure classes) counts as temporary,
    so one odd message can neither stop the queue nor be lost.
    """
    try:
        transport.deliver(item.raw, item.mail_from, item.recipients)
    except (PermanentFailure, TemporaryFailure) as exc:
        return exc
    except Exception as exc:  # noqa: BLE001
        log.exception("outbound %s: unexpected transport error", item.id)
        return TemporaryFailure(f"{type(exc).__name__}: {exc}")
    return None


def _outcome(item: Claimed, error: Exception | None, now: dt.datetime, max_attempts: int) -> dict[str, object]:
    """What the row becomes after one attempt (the parameters of ``_FINISH``)."""
    out: dict[str, object] = {"row": item.id, "at": None, "error": None, "due": now + LEASE}
    if error is None:
        return out | {"new_state": "sent", "at": now}
    if isinstance(error, PermanentFailure):
        log.warning("outbound %s failed permanently: %s", item.id, error)
        return out | {"new_state": "failed", "error": str(error)[:2000]}
    if item.attempts >= max_attempts:
        log.warning("outbound %s failed after %s attempts: %s", item.id, item.attempts, error)
        return out | {"new_state": "failed", "error": f"gave up after {item.attempts} attempts: {error}"[:2000]}
    log.info("outbound %s deferred (attempt %s): %s", item.id, item.attempts, error)
    return out | {"new_state": "queued", "error": str(error)[:2000], "due": now + backoff(item.attempts)}


def send_due(session_factory: sessionmaker[Session], transport: Transport, *, now: dt.datetime,
             batch: int = 50, max_attempts: int = 8) -> int:
    """Claim due rows, deliver each outside any transaction, record the outcomes; return the count.

    Outcomes are recorded together for up to ``RECORD_WINDOW`` seconds of
    deliveries: a relay that takes longer per message gets one transaction per
    message, as before, while a Maildir's fast writes share one commit. A crash
    before the record resends only what was delivered in that window (the lease).
    """
    claimed = claim(session_factory, now, batch)
    pending: list[dict[str, object]] = []
    since = time.monotonic()
    try:
        for item in claimed:
            pending.append(_outcome(item, _attempt(transport, item), now, max_attempts))
            if time.monotonic() - since >= RECORD_WINDOW:
                _finish(session_factory, pending)
                pending, since = [], time.monotonic()
    finally:
        transport.close()
    _finish(session_factory, pending)
    return len(claimed)


async def run_sender(session_factory: sessionmaker[Session], transport: Transport, stop: asyncio.Event,
                     wake: asyncio.Event | None = None, poll: float = 1.0,
                     clock: Callable[[], dt.datetime] = utcnow, *, batch: int = 50,
                     max_attempts: int = 8) -> None:
    """Send whenever woken (the worker sets ``wake`` after committing replies) or every ``poll`` s.

    Delivery blocks (smtplib, database), so each round runs in a thread and the
    event loop keeps serving SMTP intake and the web. A full batch means more is
    due, so the next round starts at once. Errors are logged, never fatal.
    """
    wake = wake or asyncio.Event()
    while not stop.is_set():
        wake.clear()  # before the round: a wake set while sending starts another round
        try:
            done = await asyncio.to_thread(send_due, session_factory, transport, now=clock(),
                                           batch=batch, max_attempts=max_attempts)
        except Exception:  # noqa: BLE001 - e.g. database briefly unavailable; try again next poll
            log.exception("sender round failed")
            done = 0
        if done >= batch:
            continue
        await wait_any([stop, wake], poll)
