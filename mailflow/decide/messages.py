"""Messages that register nobody: machine mail, bounces, questions and calendar replies."""

from __future__ import annotations

from mailflow.decide.change import cancelled
from mailflow.decide.common import Facts, hold, reply
from mailflow.decide.types import Decision, Ignore, MarkBouncing
from mailflow.understand.types import Participant


def ignore(c: Facts) -> Decision:
    return Decision((Ignore(f"{c.interp.kind}: nothing to do"),), "ignored", (f"{c.interp.kind}: ignored",))


def junk(c: Facts) -> Decision:
    """Spam, phishing, list and bulk mail: ignored with its reason, never answered, never reviewed."""
    reason = c.interp.reasons[0] if c.interp.reasons else "junk"
    return Decision((Ignore(f"junk: {reason}"),), "ignored", (f"junk: {reason}",))


def bounce(c: Facts) -> Decision:
    i = c.interp
    marks = [MarkBouncing(a.lower()) for a in dict.fromkeys(i.bounced)] if i.bounce_permanent else []
    if i.review:
        return hold(c, "bounce", i.reasons[0] if i.reasons else "a delivery report needs a person's check",
                    extra=marks)
    seats = [r for m in marks for r in c.snap.active(m.address)]
    if seats:
        held = ", ".join(f"{r.email} ({r.session_key}, {r.status})" for r in seats)
        return hold(c, "bounce_participant", f"Mail to a participant could not be delivered (permanent failure): "
                    f"{held} holds a place but cannot be reached; a person decides whether to keep it",
                    kind="cancel", sessions=[r.session_key for r in seats],
                    participants=[Participant(r.email, None, "sender") for r in seats], extra=marks)
    if marks:
        note = "permanent bounce: " + ", ".join(m.address for m in marks) + " marked as bouncing"
        return Decision(tuple(marks), "processed", (note,))
    return Decision((Ignore("delivery report without a permanent failure"),), "ignored",
                    ("temporary or unreadable delivery report: ignored",))


def question(c: Facts) -> Decision:
    """Held for a person; "we received your question" only to someone whose mail is about this event.

    A stranger's offer or a list patch read as a question must not teach its sender that the
    address is read, so it waits in the queue unanswered."""
    event = c.event()
    held = hold(c, "question", c.interp.reasons[0] if c.interp.reasons else "a question for the organisers")
    if event is None or not c.interp.concerns_event:
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
