"""One log line per processed message: who was registered, what went to review, what was queued.

The audit log holds every detail, but an operator watching ``serve`` (or a log
shipper) needs the outcome of each message in one place: its Message-ID, the
event, the final state, the registrations it made or changed, the review item
it opened and the replies it queued. ``outcome_of`` builds that from the
decision and what applying it did (pure); ``log_outcome`` writes it as one INFO
line whose structured fields the JSON log format carries as they are.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from mailflow.decide.types import Cancel, Decision, Hold, Ignore, Move, Register
from mailflow.apply.context import Applied

log = logging.getLogger("mailflow.worker")


@dataclass(frozen=True)
class Outcome:
    inbound_id: int
    message_id: str | None
    event: str | None
    outcome: str  # processed | review | ignored
    registrations: tuple[str, ...] = ()  # "anna@x.nl -> dia-utrecht (confirmed)"
    review_item: int | None = None
    replies: tuple[int, ...] = ()  # outbound ids queued
    reason: str | None = None  # why it went to review or was ignored
    note: str | None = None  # e.g. a reused Message-ID (intake/store.py)

    def text(self) -> str:
        parts = [
            f"message {self.message_id or '(no Message-ID)'} (#{self.inbound_id}) for "
            f"{self.event or 'no event'}: {self.outcome}"
        ]
        parts += self.registrations
        if self.review_item is not None:
            parts.append(f"review item #{self.review_item}")
        if self.reason:
            parts.append(f"reason: {self.reason}")
        if self.replies:
            parts.append(
                f"{len(self.replies)} repl{'y' if len(self.replies) == 1 else 'ies'} queued "
                f"({', '.join(f'#{i}' for i in self.replies)})"
            )
        if self.note:
            parts.append(f"note: {self.note}")
        return "; ".join(parts)

    def fields(self) -> dict[str, Any]:
        return {
            "inbound_id": self.inbound_id,
            "message_id": self.message_id,
            "event": self.event,
            "outcome": self.outcome,
            "registrations": list(self.registrations),
            "review_item": self.review_item,
            "outbound_ids": list(self.replies),
            "reason": self.reason,
            "note": self.note,
        }


def describe(decision: Decision) -> tuple[str, ...]:
    """The registration changes a decision makes, one short phrase each."""
    out: list[str] = []
    for a in decision.actions:
        if isinstance(a, Register):
            out.append(f"{a.person.email} -> {a.session_key} ({'waitlisted' if a.waitlist else 'confirmed'})")
        elif isinstance(a, Move):
            out.append(
                f"{a.registration.email} {a.registration.session_key} -> {a.to_session} "
                f"({'waitlisted' if a.waitlist else 'confirmed'})"
            )
        elif isinstance(a, Cancel):
            out.append(f"{a.registration.email} -> {a.registration.session_key} (cancelled)")
    return tuple(out)


def outcome_of(
    inbound_id: int,
    message_id: str | None,
    event: str | None,
    decision: Decision,
    applied: Applied,
    note: str | None = None,
) -> Outcome:
    hold, ignored = decision.hold, decision.of(Ignore)
    reason = hold.reason if isinstance(hold, Hold) else (ignored[0].reason if ignored else None)
    return Outcome(
        inbound_id,
        message_id,
        event,
        decision.state,
        describe(decision),
        applied.review_item,
        tuple(applied.outbound),
        reason,
        note,
    )


def log_outcome(outcome: Outcome) -> None:
    log.info("%s", outcome.text(), extra=outcome.fields())
