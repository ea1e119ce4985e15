"""Deliver committed outbox rows: claim, send outside any transaction, record the outcome.

The state machine (pretix's, Postfix's queue discipline)::

    queued --claim--> sending --250--> sent
                         |--4xx/network--> queued (later, backoff) --...--> failed (give_up_after)
                         |--our settings--> queued (later; logged at ERROR with the key to fix)
                         |--5xx-----------> failed
    sending, lease expired (crash mid-send) --claim again--> sending
    failed --`mailflow outbox retry`--> queued

The retry schedule is an MTA's (``RetryPolicy``): minutes at first, doubling up
to an hour, for days, so a relay that is down overnight delays replies instead
of losing them. A failure caused by our settings (an untrusted certificate, a
refused login) keeps the reply queued however long it takes: nothing is wrong
with the mail, and it should go out once the operator has fixed the key.

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
from mailflow.config import Outbound
from mailflow.db.models import OutboundMessage
from mailflow.outbound.transport import PermanentFailure, SettingsFailure, TemporaryFailure, Transport

log = logging.getLogger(__name__)

LEASE = dt.timedelta(minutes=10)
CLAIMABLE = ("queued", "sending")


@dataclass(frozen=True)
class RetryPolicy:
    """When to try a temporarily failed reply again, and when to stop ([outbound] retry_* keys)."""

    min_delay: dt.timedelta = dt.timedelta(minutes=5)
    max_delay: dt.timedelta = dt.timedelta(hours=1)
    give_up_after: dt.timedelta = dt.timedelta(days=5)    # counted from when the reply was queued
    max_attempts: int = 0                                 # 0: no cap besides give_up_after

    @classmethod
    def from_settings(cls, outbound: Outbound) -> "RetryPolicy":
        return cls(dt.timedelta(seconds=outbound.retry_min_delay), dt.timedelta(seconds=outbound.retry_max_delay),
                   dt.timedelta(seconds=outbound.give_up_after), outbound.max_attempts)

    def gives_up(self, attempts: int, queued_at: dt.datetime, now: dt.datetime) -> bool:
        """After this failed attempt, stop? (queued for ``give_up_after``, or ``max_attempts`` reached)."""
        return now - queued_at >= self.give_up_after or 0 < self.max_attempts <= attempts


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
    queued_at: dt.datetime
    kind: str = ""
    message_id: str = ""


def backoff(attempts: int, policy: RetryPolicy = RetryPolicy(), rng: random.Random | None = None) -> dt.timedelta:
    """min_delay, twice that, four times … capped at max_delay, plus up to 10% jitter so retries do not stampede."""
    delay = min(policy.min_delay * (2 ** min(max(attempts - 1, 0), 32)), policy.max_delay)
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
                       OutboundMessage.recipients, OutboundMessage.attempts, OutboundMessage.queued_at,
                       OutboundMessage.created_at, OutboundMessage.kind, OutboundMessage.message_id)
            .execution_options(synchronize_session=False)).all()
    return sorted((Claimed(r.id, r.raw, r.mail_from, list(r.recipients), r.attempts, r.queued_at or r.created_at,
                           r.kind, r.message_id) for r in rows),
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


def _outcome(item: Claimed, error: Exception | None, now: dt.datetime, retry: RetryPolicy) -> dict[str, object]:
    """What the row becomes after one attempt (the parameters of ``_FINISH``)."""
    out: dict[str, object] = {"row": item.id, "at": None, "error": None, "due": now + LEASE}
    if error is None:
        return out | {"new_state": "sent", "at": now}
    if isinstance(error, PermanentFailure):
        return out | {"new_state": "failed", "error": str(error)[:2000]}
    if not isinstance(error, SettingsFailure) and retry.gives_up(item.attempts, item.queued_at, now):
        waited = _duration(now - item.queued_at)
        return out | {"new_state": "failed",
                      "error": f"gave up after {item.attempts} attempts in {waited}: {error}"[:2000]}
    due = now + backoff(item.attempts, retry)
    if not isinstance(error, SettingsFailure):
        due = min(due, max(item.queued_at + retry.give_up_after, now + retry.min_delay))  # a last try at the deadline
    return out | {"new_state": "queued", "error": str(error)[:2000], "due": due}


def _duration(span: dt.timedelta) -> str:
    hours = span.total_seconds() / 3600
    return f"{hours / 24:.1f} days" if hours >= 48 else f"{hours:.1f} hours" if hours >= 1 else \
        f"{span.total_seconds() / 60:.0f} minutes"


def send_due(session_factory: sessionmaker[Session], transport: Transport, *, now: dt.datetime,
             batch: int = 50, retry: RetryPolicy = RetryPolicy()) -> int:
    """Claim due rows, deliver each outside any transaction, record the outcomes; return the count.

    Outcomes are recorded together for up to ``RECORD_WINDOW`` seconds of
    deliveries: a relay that takes longer per message gets one transaction per
    message, as before, while a Maildir's fast writes share one commit. A crash
    before the record resends only what was delivered in that window (the lease).
    """
    claimed = claim(session_factory, now, batch)
    pending: list[dict[str, object]] = []
    settings_errors: dict[str, list[int]] = {}
    since = time.monotonic()
    try:
        for item in claimed:
            error = _attempt(transport, item)
            outcome = _outcome(item, error, now, retry)
            pending.append(outcome)
            if isinstance(error, SettingsFailure):
                settings_errors.setdefault(str(error), []).append(item.id)
            else:
                _log_outcome(item, outcome, error)
            if time.monotonic() - since >= RECORD_WINDOW:
                _finish(session_factory, pending)
                pending, since = [], time.monotonic()
    finally:
        transport.close()
    _finish(session_factory, pending)
    for text, ids in settings_errors.items():
        # one line per cause and round, not per reply: it is one thing for the operator to fix
        log.error("%d repl%s kept in the queue (%s): %s", len(ids), "y" if len(ids) == 1 else "ies",
                  ", ".join(f"#{i}" for i in ids), text, extra={"outbound_ids": ids})
    return len(claimed)


def _log_outcome(item: Claimed, outcome: dict[str, object], error: Exception | None) -> None:
    """One line per reply and attempt: delivered (INFO), deferred (INFO) or failed for good (WARNING)."""
    to = ", ".join(item.recipients)
    fields = {"outbound_id": item.id, "message_id": item.message_id, "kind": item.kind,
              "recipients": item.recipients, "attempts": item.attempts, "outcome": outcome["new_state"]}
    if outcome["new_state"] == "sent":
        log.info("reply #%s (%s) to %s delivered", item.id, item.kind, to, extra=fields)
    elif outcome["new_state"] == "failed":
        log.warning("reply #%s (%s) to %s failed: %s; `mailflow outbox retry %s` queues it again",
                    item.id, item.kind, to, outcome["error"], item.id, extra=fields)
    else:
        due = outcome["due"]
        assert isinstance(due, dt.datetime)
        log.info("reply #%s (%s) to %s deferred (attempt %s, next at %s): %s", item.id, item.kind, to,
                 item.attempts, f"{due:%Y-%m-%d %H:%M} UTC", error, extra=fields)


async def run_sender(session_factory: sessionmaker[Session], transport: Transport, stop: asyncio.Event,
                     wake: asyncio.Event | None = None, poll: float = 1.0,
                     clock: Callable[[], dt.datetime] = utcnow, *, batch: int = 50,
                     retry: RetryPolicy = RetryPolicy()) -> None:
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
                                           batch=batch, retry=retry)
        except Exception:  # noqa: BLE001 - e.g. database briefly unavailable; try again next poll
            log.exception("sender round failed")
            done = 0
        if done >= batch:
            continue
        await wait_any([stop, wake], poll)
