"""Messages that register nobody: machine mail, bounces, questions and calendar replies."""

from __future__ import annotations

from mailflow.decide.change import cancelled
from mailflow.decide.common import Facts, hold, reply
from mailflow.decide.types import Decision, Ignore, MarkBouncing, OptOut
from mailflow.understand.types import Participant


def ignore(c: Facts) -> Decision:
    return Decision((Ignore(f"{c.interp.kind}: nothing to do"),), "ignored", (f"{c.interp.kind}: ignored",))


def bounce(c: Facts) -> Decision:
    i = c.interp
    marks = [MarkBouncing(a.lower()) for a in dict.fromkeys(i.bounced)] if i.bounce_permanent else []
    if i.review:
        return hold(c, "bounce", i.reasons[0] if i.reasons else "a delivery report needs a person's check",
                    extra=marks)
    if marks:
        note = "permanent bounce: " + ", ".join(m.address for m in marks) + " marked as bouncing"
        return Decision(tuple(marks), "processed", (note,))
    return Decision((Ignore("delivery report without a permanent failure"),), "ignored",
                    ("temporary or unreadable delivery report: ignored",))


def opt_out(c: Facts) -> Decision:
    """An unsubscribe request that asks for nothing else: stop campaign mail, answer nothing
    (RFC 8058 asks for no confirmation mail; a reply to an unsubscribe is mail they did not want)."""
    i = c.interp
    refs = tuple(dict.fromkeys(r for r in (i.in_reply_to, *i.references) if r))
    how = "via the unsubscribe address" if i.unsubscribe_token else "in a reply to a campaign mail"
    return Decision((OptOut(i.sender, i.unsubscribe_token, refs),), "processed",
                    (f"unsubscribe request {how}: no more campaign mail for this event",))


def question(c: Facts) -> Decision:
    event = c.event()
    held = hold(c, "question", c.interp.reasons[0] if c.interp.reasons else "a question for the organisers")
    if event is None:
        return held
    known, _ = c.lookup(c.interp.sessions)
    ack = reply(c, "review_ack", event, None, sessions=[s.key for s in known])
    return Decision((*held.actions, *ack), "review", held.notes)


def calendar(c: Facts) -> Decision:
    cal = c.interp.calendar
    if cal is None:
        return hold(c, "calendar", "a calendar reply we could not read")
    status = cal.partstat.upper()
    if status in ("ACCEPTED", "TENTATIVE"):
        return Decision((), "processed", (f"calendar reply {status}: nothing to change",))
    reg = c.snap.by_uid(cal.uid)
    if status != "DECLINED":
        return hold(c, "calendar", f"calendar reply with status {status}")
    if reg is None:
        return hold(c, "calendar_declined",
                    f"an invitation was declined, but UID {cal.uid} matches no active registration")
    person = Participant(reg.email, None, "sender")
    if not c.policy.declined_invite_cancels:
        why = f"{reg.email} declined the invitation for {reg.session_key}"
        if cal.comment:
            why += f" with the comment: {cal.comment!r}"
        return hold(c, "calendar_declined", why, kind="cancel", sessions=(reg.session_key,),
                    participants=(person,))
    return cancelled(c, [(person, [reg])])
