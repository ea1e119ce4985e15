"""Interpretation + snapshot of the current state -> Decision. Pure.

No database, no clock, no I/O: the caller reads a ``Snapshot`` (see
``mailflow.snapshot.read_snapshot``) and passes ``now``. That keeps every rule
(capacity, waitlist, deadlines, one session per person, overlaps, who may be
 answered) testable with hand-built inputs and lets ``explain`` show what would
 happen. When a rule cannot be satisfied automatically the message is held for
 review with the action pre-filled, never half-applied.

Modules: ``common`` (inputs, plan, holds, replies), ``register``, ``change``
(cancel and change), ``messages`` (machine mail, questions, calendar replies).
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from mailflow.catalogue import Catalogue
from mailflow.config import Policy
from mailflow.decide.change import cancel, change
from mailflow.decide.common import Facts, hold
from mailflow.decide.messages import bounce, calendar, ignore, opt_out, question
from mailflow.decide.register import register
from mailflow.decide.types import Decision, Snapshot
from mailflow.understand.types import Interpretation

__all__ = ["decide", "Decision", "Snapshot"]


def decide(interp: Interpretation, snapshot: Snapshot, catalogue: Catalogue, settings_policy: Policy,
           now: dt.datetime, *, staff: bool = False) -> Decision:
    """Decide what to do with one understood message.

    ``staff=True`` is the reviewer's one-click accept: it skips the deadline,
    closed-session, per-event maximum and overlap rules (a person decided),
    but never capacity or duplicates.
    """
    c = Facts(interp, snapshot, catalogue, settings_policy, now, staff)
    if interp.kind == "bounce":
        return bounce(c)
    if interp.unsubscribe and interp.kind not in ("register", "cancel", "change"):
        return opt_out(c)
    if interp.kind == "question":
        return question(c)
    if interp.review and not staff:
        reason = interp.reasons[0] if interp.reasons else f"this {interp.kind} message needs a person's check"
        return hold(c, "needs_review", reason)
    handler = _HANDLERS.get(interp.kind, ignore)
    return handler(c)


_HANDLERS: dict[str, Callable[[Facts], Decision]] = {
    "register": register, "cancel": cancel, "change": change, "calendar_reply": calendar,
    "auto_reply": ignore, "other": ignore,
}
