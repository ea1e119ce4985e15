"""Deliver committed outbox rows: claim, send outside any transaction, record the outcome.

The state machine (pretix's, Postfix's queue discipline)::

    queued --claim--> sending --250--> sent   (per recipient: accepted / refused / deferred)
                         |--4xx/network--> queued (later, backoff) --...--> failed (give_up_after)
                         |--our settings--> queued (later; logged at ERROR with the key to fix)
                         |--5xx-----------> failed
    sending, its process gone (found at start, and every 30 s) --> queued, due now
    sending, lease expired (a process elsewhere died) --claim again--> sending
    failed --`mailflow outbox retry`--> queued

What each attempt makes of a row and its recipients is ``attempt.py``.

A claim signs the row with the sender's ``host:pid`` and sets
``next_attempt_at`` to the end of a lease. A restarted ``serve`` releases the
rows its predecessor on this host left ``sending`` at once; a row claimed on
another host becomes due again when the lease runs out.

Delivery to the Maildir is exactly once: the file is named by its content and
never written twice (``transport.write_once``), so outcomes are recorded in
batches. Delivery to a relay is at least once: each one is recorded in its own
transaction right after the relay's 250, and only a crash in the moment between
the two sends that reply again (same bytes, same Message-ID). A failed record
(the database went away) is kept and written before anything else next round.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from typing import Callable

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session, sessionmaker

from mailflow import claims
from mailflow.aio import wait_any
from mailflow.db.models import OutboundMessage, OutboundRecipient
from mailflow.outbound.attempt import LEASE, Claimed, Outcome, RetryPolicy, backoff, outcome_of
from mailflow.outbound.transport import SettingsFailure, Transport

__all__ = [
    "LEASE",
    "Claimed",
    "RetryPolicy",
    "Sender",
    "backoff",
    "claim",
    "release_dead_local",
    "run_sender",
    "send_due",
]

log = logging.getLogger(__name__)

CLAIMABLE = ("queued", "sending")
RECORD_WINDOW = 0.02  # seconds of idempotent (Maildir) deliveries recorded in one transaction
RECLAIM_EVERY = 30.0  # seconds between looks for rows left `sending` by a process that is gone


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def claim(
    session_factory: sessionmaker[Session],
    now: dt.datetime,
    batch: int,
    lease: dt.timedelta = LEASE,
    owner: str | None = None,
) -> list[Claimed]:
    """Mark up to ``batch`` due rows ``sending`` (signed ``owner``) and commit, so no other sender takes them.

    PostgreSQL: ``FOR UPDATE SKIP LOCKED`` lets many senders share the queue.
    SQLite: the engine's ``BEGIN IMMEDIATE`` serialises writers, and the
    conditional UPDATE (state and due time re-checked) is the claim itself.
    Recipients already decided in an earlier attempt are left out of the new one.
    """
    due = (OutboundMessage.state.in_(CLAIMABLE)) & (OutboundMessage.next_attempt_at <= now)
    with session_factory() as db, db.begin():
        ids = list(
            db.scalars(
                select(OutboundMessage.id)
                .where(due)
                .order_by(OutboundMessage.next_attempt_at, OutboundMessage.id)
                .limit(batch)
                .with_for_update(skip_locked=True)
            )
        )
        if not ids:
            return []
        rows = db.execute(
            update(OutboundMessage)
            .where(OutboundMessage.id.in_(ids) & due)
            .values(
                state="sending", attempts=OutboundMessage.attempts + 1, next_attempt_at=now + lease, claimed_by=owner
            )
            .returning(
                OutboundMessage.id,
                OutboundMessage.raw,
                OutboundMessage.mail_from,
                OutboundMessage.recipients,
                OutboundMessage.attempts,
                OutboundMessage.queued_at,
                OutboundMessage.created_at,
                OutboundMessage.kind,
                OutboundMessage.message_id,
            )
            .execution_options(synchronize_session=False)
        ).all()
        decided: dict[int, list[tuple[str, str, str | None]]] = {}
        for row_id, address, outcome, response in db.execute(
            select(
                OutboundRecipient.outbound_id,
                OutboundRecipient.address,
                OutboundRecipient.outcome,
                OutboundRecipient.response,
            ).where(
                OutboundRecipient.outbound_id.in_([r.id for r in rows]),
                OutboundRecipient.outcome.in_(("accepted", "refused")),
            )
        ):
            decided.setdefault(row_id, []).append((address, outcome or "", response))
    return sorted((_claimed(r, decided.get(r.id, [])) for r in rows), key=lambda c: ids.index(c.id))


def _claimed(r: object, decided: list[tuple[str, str, str | None]]) -> Claimed:
    done = {a for a, _o, _t in decided}
    return Claimed(
        r.id,  # type: ignore[attr-defined]
        r.raw,  # type: ignore[attr-defined]
        r.mail_from,  # type: ignore[attr-defined]
        [a for a in r.recipients if a.lower() not in done],  # type: ignore[attr-defined]
        r.attempts,  # type: ignore[attr-defined]
        r.queued_at or r.created_at,  # type: ignore[attr-defined]
        r.kind,  # type: ignore[attr-defined]
        r.message_id,  # type: ignore[attr-defined]
        sum(o == "accepted" for _a, o, _t in decided),
        tuple(f"{a}: {t}" for a, o, t in decided if o == "refused"),
    )


_FINISH = (
    update(OutboundMessage)
    .where((OutboundMessage.id == bindparam("row")) & (OutboundMessage.state == "sending"))
    .values(
        state=bindparam("new_state"),
        sent_at=bindparam("at"),
        last_error=bindparam("error"),
        next_attempt_at=bindparam("due"),
        claimed_by=None,
    )
)
_RECIPIENT = (
    update(OutboundRecipient)
    .where((OutboundRecipient.outbound_id == bindparam("row")) & (OutboundRecipient.address == bindparam("rcpt")))
    .values(outcome=bindparam("result"), response=bindparam("answer"), outcome_at=bindparam("at"))
)


def record(session_factory: sessionmaker[Session], outcomes: list[Outcome], now: dt.datetime) -> None:
    """Record outcomes, each only if its claim still holds (state still 'sending'), in one transaction."""
    if not outcomes:
        return
    with session_factory() as db, db.begin():
        conn = db.connection()
        conn.execute(_FINISH, [o.row_params() for o in outcomes])
        recipients = [p for o in outcomes for p in o.recipient_params(now)]
        if recipients:
            conn.execute(_RECIPIENT, recipients)


def release_dead_local(session_factory: sessionmaker[Session], now: dt.datetime) -> int:
    """Rows left ``sending`` by a process of this host that no longer exists: due again now.

    Such a row was claimed by a ``serve`` that was killed (a restart, a crash,
    a power cut); whatever it had delivered and recorded is recorded, and what it
    had not may not have arrived, so it is queued again at once instead of after
    the ten-minute lease.
    """
    with session_factory() as db:
        owners = set(
            db.scalars(
                select(OutboundMessage.claimed_by)
                .where(OutboundMessage.state == "sending", OutboundMessage.claimed_by.like(f"{claims.local_prefix()}%"))
                .distinct()
            )
        )
    released = 0
    for owner in sorted(o for o in owners if o is not None and claims.is_dead_local(o)):
        released += release_owner(session_factory, owner, now)
    if released:
        log.warning(
            "released %d repl%s left `sending` by a stopped process; sending again now",
            released,
            "y" if released == 1 else "ies",
        )
    return released


def release_owner(session_factory: sessionmaker[Session], owner: str, now: dt.datetime) -> int:
    """Queue every row ``owner`` holds in ``sending`` again, due ``now``; returns how many."""
    with session_factory() as db, db.begin():
        done = db.execute(
            update(OutboundMessage)
            .where(OutboundMessage.state == "sending", OutboundMessage.claimed_by == owner)
            .values(state="queued", next_attempt_at=now, claimed_by=None)
            .execution_options(synchronize_session=False)
        )
        return int(getattr(done, "rowcount", 0) or 0)


class Sender:
    """One sending process's rounds: claim, deliver, record; what it could not record it keeps."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        transport: Transport,
        *,
        retry: RetryPolicy = RetryPolicy(),
        batch: int = 50,
        owner: str | None = None,
    ) -> None:
        self.factory, self.transport, self.retry, self.batch = session_factory, transport, retry, batch
        self.owner = owner or claims.identity()
        self.window = RECORD_WINDOW if getattr(transport, "idempotent", False) else 0.0
        self._unrecorded: list[Outcome] = []
        self._dirty = False  # a round ended in an error: rows we hold may be left `sending`

    def round(self, now: dt.datetime) -> int:
        """Claim due rows, deliver each outside any transaction, record the outcomes; return the count."""
        self._settle(now)
        claimed = claim(self.factory, now, self.batch, owner=self.owner)
        settings_errors: dict[str, list[int]] = {}
        since = time.monotonic()
        self._dirty = bool(claimed)
        try:
            for item in claimed:
                result = _attempt(self.transport, item)
                outcome = outcome_of(item, result, now, self.retry)
                self._unrecorded.append(outcome)
                if isinstance(result, SettingsFailure):
                    settings_errors.setdefault(str(result), []).append(item.id)
                else:
                    _log_outcome(item, outcome, result)
                if time.monotonic() - since >= self.window:
                    self._record(now)
                    since = time.monotonic()
        finally:
            self.transport.close()
        self._record(now)
        self._dirty = False
        for text, ids in settings_errors.items():
            # one line per cause and round, not per reply: it is one thing for the operator to fix
            log.error(
                "%d repl%s kept in the queue (%s): %s",
                len(ids),
                "y" if len(ids) == 1 else "ies",
                ", ".join(f"#{i}" for i in ids),
                text,
                extra={"outbound_ids": ids},
            )
        return len(claimed)

    def _record(self, now: dt.datetime) -> None:
        record(self.factory, self._unrecorded, now)
        self._unrecorded = []

    def _settle(self, now: dt.datetime) -> None:
        """After a failed round: write the outcomes it kept, then queue again what it claimed but never tried."""
        if self._unrecorded:
            self._record(now)
        if self._dirty:
            n = release_owner(self.factory, self.owner, now)
            if n:
                log.warning("queued %d repl%s again that a failed round had claimed", n, "y" if n == 1 else "ies")
            self._dirty = False


def _attempt(transport: Transport, item: Claimed) -> dict[str, tuple[int, str]] | Exception:
    """Deliver once; return the refusals of single recipients, or the failure instead of raising.

    A transport bug (anything but the two failure classes) counts as temporary,
    so one odd message can neither stop the queue nor be lost.
    """
    from mailflow.outbound.transport import PermanentFailure, TemporaryFailure

    if not item.recipients:
        return {}  # every recipient was decided in an earlier attempt: only the row is left to settle
    try:
        return transport.deliver(item.raw, item.mail_from, item.recipients) or {}
    except (PermanentFailure, TemporaryFailure) as exc:
        return exc
    except Exception as exc:  # noqa: BLE001
        log.exception("outbound %s: unexpected transport error", item.id)
        return TemporaryFailure(f"{type(exc).__name__}: {exc}")


def send_due(
    session_factory: sessionmaker[Session],
    transport: Transport,
    *,
    now: dt.datetime,
    batch: int = 50,
    retry: RetryPolicy = RetryPolicy(),
) -> int:
    """One round of a fresh ``Sender`` (for tools and tests); returns how many rows it claimed."""
    return Sender(session_factory, transport, retry=retry, batch=batch).round(now)


def _log_outcome(item: Claimed, outcome: Outcome, result: object) -> None:
    """One line per reply and attempt: delivered (INFO), deferred (INFO) or failed for good (WARNING)."""
    to = ", ".join(item.recipients)
    fields = {
        "outbound_id": item.id,
        "message_id": item.message_id,
        "kind": item.kind,
        "recipients": item.recipients,
        "attempts": item.attempts,
        "outcome": outcome.state,
    }
    if outcome.state == "sent" and not outcome.error:
        log.info("reply #%s (%s) to %s delivered", item.id, item.kind, to, extra=fields)
    elif outcome.state == "sent":
        log.warning("reply #%s (%s) to %s delivered, but %s", item.id, item.kind, to, outcome.error, extra=fields)
    elif outcome.state == "failed":
        log.warning(
            "reply #%s (%s) to %s failed: %s; `mailflow outbox retry %s` queues it again",
            item.id,
            item.kind,
            to,
            outcome.error,
            item.id,
            extra=fields,
        )
    else:
        log.info(
            "reply #%s (%s) to %s deferred (attempt %s, next at %s): %s",
            item.id,
            item.kind,
            to,
            item.attempts,
            f"{outcome.due:%Y-%m-%d %H:%M} UTC",
            outcome.error,
            extra=fields,
        )


async def run_sender(
    session_factory: sessionmaker[Session],
    transport: Transport,
    stop: asyncio.Event,
    wake: asyncio.Event | None = None,
    poll: float = 1.0,
    clock: Callable[[], dt.datetime] = utcnow,
    *,
    batch: int = 50,
    retry: RetryPolicy = RetryPolicy(),
) -> None:
    """Send whenever woken (the worker sets ``wake`` after committing replies) or every ``poll`` s.

    Delivery blocks (smtplib, database), so each round runs in a thread and the
    event loop keeps serving SMTP intake and the web. A full batch means more is
    due, so the next round starts at once. Errors are logged, never fatal. At
    start, and every ``RECLAIM_EVERY`` seconds, rows left ``sending`` by a
    process of this host that is gone are queued again.
    """
    wake = wake or asyncio.Event()
    sender = Sender(session_factory, transport, retry=retry, batch=batch)
    last_look = float("-inf")
    while not stop.is_set():
        wake.clear()  # before the round: a wake set while sending starts another round
        try:
            if time.monotonic() - last_look >= RECLAIM_EVERY:
                await asyncio.to_thread(release_dead_local, session_factory, clock())
                last_look = time.monotonic()
            done = await asyncio.to_thread(sender.round, clock())
        except Exception:  # noqa: BLE001 - e.g. database briefly unavailable; try again next poll
            log.exception("sender round failed")
            done = 0
        if done >= batch:
            continue
        await wait_any([stop, wake], poll)
