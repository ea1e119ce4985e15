"""What one delivery attempt makes of an outbox row and of each of its recipients. Pure.

A relay answers per recipient: it may take the mail for the sender and refuse
the Cc'd colleague. So an attempt yields an outcome per address (``accepted``,
``refused`` for a 5xx, ``deferred`` for a 4xx) and one for the row:

* every recipient decided (accepted or refused), at least one accepted: ``sent``,
  with the refusals as its ``last_error`` so ``mailflow outbox`` shows them;
* every recipient refused: ``failed``;
* some deferred: ``queued`` again, for those only, on the retry schedule; once
  ``give_up_after`` has passed they count as refused.

The retry schedule is an MTA's (``RetryPolicy``): minutes at first, doubling up
to an hour, for days, so a relay that is down overnight delays replies instead
of losing them. A failure caused by our settings (an untrusted certificate, a
refused login) keeps the reply queued however long it takes.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from mailflow.config import Outbound
from mailflow.outbound.transport import PermanentFailure, Refusals, SettingsFailure

LEASE = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class RetryPolicy:
    """When to try a temporarily failed reply again, and when to stop ([outbound] retry_* keys)."""

    min_delay: dt.timedelta = dt.timedelta(minutes=5)
    max_delay: dt.timedelta = dt.timedelta(hours=1)
    give_up_after: dt.timedelta = dt.timedelta(days=5)  # counted from when the reply was queued
    max_attempts: int = 0  # 0: no cap besides give_up_after

    @classmethod
    def from_settings(cls, outbound: Outbound) -> "RetryPolicy":
        return cls(
            dt.timedelta(seconds=outbound.retry_min_delay),
            dt.timedelta(seconds=outbound.retry_max_delay),
            dt.timedelta(seconds=outbound.give_up_after),
            outbound.max_attempts,
        )

    def gives_up(self, attempts: int, queued_at: dt.datetime, now: dt.datetime) -> bool:
        """After this failed attempt, stop? (queued for ``give_up_after``, or ``max_attempts`` reached)."""
        return now - queued_at >= self.give_up_after or 0 < self.max_attempts <= attempts


def backoff(attempts: int, policy: RetryPolicy = RetryPolicy(), rng: random.Random | None = None) -> dt.timedelta:
    """min_delay, twice that, four times … capped at max_delay, plus up to 10% jitter so retries do not stampede."""
    delay = min(policy.min_delay * (2 ** min(max(attempts - 1, 0), 32)), policy.max_delay)
    jitter = (rng or random).uniform(0, 0.1)
    return delay * (1 + jitter)


@dataclass(frozen=True)
class Claimed:
    """What delivery needs, copied out of the row so no session is open while sending."""

    id: int
    raw: bytes
    mail_from: str
    recipients: list[str]  # the ones still to try (accepted or refused earlier: left out)
    attempts: int
    queued_at: dt.datetime
    kind: str = ""
    message_id: str = ""
    accepted_before: int = 0  # recipients that took it in an earlier attempt
    refused_before: tuple[str, ...] = ()  # "address: answer" of earlier refusals


@dataclass
class Outcome:
    """The row's new state and each tried recipient's outcome (the parameters of the record)."""

    row: int
    state: str  # sent | queued | failed
    due: dt.datetime
    sent_at: dt.datetime | None = None
    error: str | None = None
    recipients: list[tuple[str, str, str | None]] = field(default_factory=list)  # (address, outcome, answer)

    def row_params(self) -> dict[str, Any]:
        return {"row": self.row, "new_state": self.state, "at": self.sent_at, "error": self.error, "due": self.due}

    def recipient_params(self, now: dt.datetime) -> list[dict[str, Any]]:
        return [
            {"row": self.row, "rcpt": a.lower(), "result": o, "answer": r, "at": now} for a, o, r in self.recipients
        ]


def outcome_of(item: Claimed, result: Refusals | Exception, now: dt.datetime, retry: RetryPolicy) -> Outcome:
    """What the row and its recipients become after one attempt that returned ``result``."""
    if isinstance(result, SettingsFailure):  # nothing wrong with the mail: kept however long it takes
        return Outcome(item.id, "queued", now + backoff(item.attempts, retry), None, str(result)[:2000])
    if isinstance(result, Exception):
        refusals = dict(getattr(result, "refusals", {}) or {})
        if isinstance(result, PermanentFailure):
            text = str(result)
            refusals = refusals or {r: (550, text) for r in item.recipients}
            return _settled(
                item, now, [(a, "refused", refusals.get(a, (550, text))[1]) for a in item.recipients], text, retry
            )
        if not refusals:  # nothing said per recipient: the whole mail waits
            return _again(item, now, retry, str(result), [])
        result = refusals
        accepted: list[str] = []
    else:
        accepted = [a for a in item.recipients if a not in result]
    tried: list[tuple[str, str, str | None]] = [(a, "accepted", None) for a in accepted]
    tried += [(a, "refused" if code >= 500 else "deferred", text) for a, (code, text) in result.items()]
    deferred = [(a, text) for a, o, text in tried if o == "deferred"]
    if not deferred:
        return _settled(item, now, tried, None, retry)
    error = "deferred: " + "; ".join(f"{a}: {t}" for a, t in deferred)
    return _again(item, now, retry, error, tried, accepted=len(accepted))


def _settled(
    item: Claimed, now: dt.datetime, tried: list[tuple[str, str, str | None]], error: str | None, retry: RetryPolicy
) -> Outcome:
    """Every recipient decided: sent when any took it (now or before), else failed."""
    taken = item.accepted_before + sum(o == "accepted" for _a, o, _t in tried)
    refused = [*item.refused_before, *(f"{a}: {t}" for a, o, t in tried if o == "refused")]
    if taken:
        return Outcome(
            item.id, "sent", now + LEASE, now, ("refused: " + "; ".join(refused))[:2000] if refused else None, tried
        )
    return Outcome(item.id, "failed", now + LEASE, None, (error or "refused: " + "; ".join(refused))[:2000], tried)


def _again(
    item: Claimed,
    now: dt.datetime,
    retry: RetryPolicy,
    error: str,
    tried: list[tuple[str, str, str | None]],
    accepted: int = 0,
) -> Outcome:
    """A temporary failure (for the mail or some recipients): later, or given up after ``give_up_after``."""
    if retry.gives_up(item.attempts, item.queued_at, now):
        waited = f"gave up after {item.attempts} attempts in {_duration(now - item.queued_at)}: {error}"
        final = [
            (a, "refused" if o == "deferred" else o, t if o != "deferred" else waited[:2000]) for a, o, t in tried
        ] or [(a, "refused", waited[:2000]) for a in item.recipients]
        if item.accepted_before + accepted:
            return Outcome(item.id, "sent", now + LEASE, now, waited[:2000], final)
        return Outcome(item.id, "failed", now + LEASE, None, waited[:2000], final)
    due = min(
        now + backoff(item.attempts, retry), max(item.queued_at + retry.give_up_after, now + retry.min_delay)
    )  # a last try at the deadline
    return Outcome(item.id, "queued", due, None, error[:2000], tried)


def _duration(span: dt.timedelta) -> str:
    hours = span.total_seconds() / 3600
    return (
        f"{hours / 24:.1f} days"
        if hours >= 48
        else f"{hours:.1f} hours"
        if hours >= 1
        else f"{span.total_seconds() / 60:.0f} minutes"
    )
