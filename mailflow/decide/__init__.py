"""Interpretation + snapshot of the current state -> Decision. Pure.

No database, no clock, no I/O: the caller reads a ``Snapshot`` (see
``mailflow.apply.snapshot.read_snapshot``) and passes ``now``. That keeps every
rule (capacity, waitlist, deadlines, one session per person, overlaps, who may
change a registration, who may be mailed) testable with hand-built inputs and
lets ``explain`` show what would happen. When a rule cannot be satisfied
automatically the message is held for review with the action pre-filled, never
half-applied.

The chain, top to bottom: machine mail and answers to our questions; the
message rules (``rules.MESSAGE_RULES``); the handler of the kind (``register``,
``change`` for cancel and change, ``messages``); the plan rules
(``rules.PLAN_RULES``); who may change a registration (``authority``); the
daily mail budget (``budget``).
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from mailflow.catalogue import Catalogue
from mailflow.config import Policy
from mailflow.decide.authority import authorise
from mailflow.decide.budget import within_budget
from mailflow.decide.change import cancel, change
from mailflow.decide.common import hold
from mailflow.decide.facts import Facts
from mailflow.decide.messages import beside_question, bounce, calendar, ignore, junk, opt_out, question
from mailflow.decide.pending import settle
from mailflow.decide.register import register
from mailflow.decide.rules import MESSAGE_RULES, PLAN_RULES
from mailflow.decide.types import ClearBouncing, Decision, Snapshot
from mailflow.understand.types import ACTION_KINDS, Interpretation

__all__ = ["decide", "Decision", "Snapshot"]


def decide(
    interp: Interpretation,
    snapshot: Snapshot,
    catalogue: Catalogue,
    settings_policy: Policy,
    now: dt.datetime,
    *,
    staff: bool = False,
) -> Decision:
    """Decide what to do with one understood message.

    ``staff=True`` is the reviewer's one-click accept: it skips the deadline,
    closed-session, per-event maximum, overlap, authority and mail-limit rules
    (a person decided), but never capacity or duplicates.
    """
    c = Facts(interp, snapshot, catalogue, settings_policy, now, staff)
    return _reachable(c, within_budget(c, _decide(c)))


def _decide(c: Facts) -> Decision:
    interp = c.interp
    if interp.junk and not c.staff:
        return junk(c)
    if interp.kind == "bounce":
        return bounce(c)
    if interp.unsubscribe and interp.kind not in ("register", "cancel", "change"):
        return opt_out(c)
    if interp.answer is not None:
        return settle(c, _HANDLERS)
    if not c.staff:
        for rule in MESSAGE_RULES:
            reason = rule.check(c)
            if reason:
                return hold(c, rule.code, reason, ack=False)  # no return path, failed sender check: no reply
    if interp.kind == "question":
        return question(c)
    handler = _HANDLERS.get(interp.kind, ignore)
    if interp.review and not c.staff:
        # "Ik meld me aan voor Utrecht. Is er een lunch?": register, and only the question waits
        split = beside_question(c, handler)
        if split is None:
            reason = interp.reasons[0] if interp.reasons else f"this {interp.kind} message needs a person's check"
            return hold(c, "needs_review", reason)
        for plan_rule in PLAN_RULES:
            if plan_rule.check(c, split):
                return hold(c, plan_rule.code, plan_rule.check(c, split) or "")
        return split
    d = handler(c)
    if d.state == "review" or c.staff:
        return d
    for plan_rule in PLAN_RULES:
        reason = plan_rule.check(c, d)
        if reason:
            return hold(c, plan_rule.code, reason)
    return authorise(c, d)


def _reachable(c: Facts, d: Decision) -> Decision:
    """A bouncing address that writes to us works: it is answered again, and stays so."""
    sender = (c.interp.sender or "").lower()
    if (
        sender
        and sender in c.snap.bouncing
        and c.interp.kind in ACTION_KINDS | {"question"}
        and c.interp.envelope_from != ""
    ):
        return Decision((ClearBouncing(sender), *d.actions), d.state, d.notes)
    return d


_HANDLERS: dict[str, Callable[[Facts], Decision]] = {
    "register": register,
    "cancel": cancel,
    "change": change,
    "calendar_reply": calendar,
    "auto_reply": ignore,
    "other": ignore,
}
