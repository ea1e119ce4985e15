"""Messages that register nobody: machine mail, bounces, questions and calendar replies."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from mailflow.decide.change import cancelled
from mailflow.decide.common import Facts, hold
from mailflow.decide.types import Decision, Hold, Ignore, MarkBouncing, OptOut, Reply
from mailflow.understand.types import SIDE_QUESTION, Participant


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
        return hold(c, "bounce", i.reasons[0] if i.reasons else "a delivery report needs a person's check", extra=marks)
    seats = [r for m in marks for r in c.snap.active(m.address)]
    if seats:
        held = ", ".join(f"{r.email} ({r.session_key}, {r.status})" for r in seats)
        return hold(
            c,
            "bounce_participant",
            f"Mail to a participant could not be delivered (permanent failure): "
            f"{held} holds a place but cannot be reached; a person decides whether to keep it",
            kind="cancel",
            sessions=[r.session_key for r in seats],
            participants=[Participant(r.email, None, "sender") for r in seats],
            extra=marks,
        )
    if marks:
        note = "permanent bounce: " + ", ".join(m.address for m in marks) + " marked as bouncing"
        return Decision(tuple(marks), "processed", (note,))
    return Decision(
        (Ignore("delivery report without a permanent failure"),),
        "ignored",
        ("temporary or unreadable delivery report: ignored",),
    )


def opt_out(c: Facts) -> Decision:
    """An unsubscribe request that asks for nothing else: stop campaign mail, answer nothing
    (RFC 8058 asks for no confirmation mail; a reply to an unsubscribe is mail they did not want)."""
    i = c.interp
    refs = tuple(dict.fromkeys(r for r in (i.in_reply_to, *i.references) if r))
    how = "via the unsubscribe address" if i.unsubscribe_token else "in a reply to a campaign mail"
    return Decision(
        (OptOut(i.sender, i.unsubscribe_token, refs),),
        "processed",
        (f"unsubscribe request {how}: no more campaign mail for this event",),
    )


def question(c: Facts) -> Decision:
    """Held for a person; "we received your question" only to someone whose mail is about this event
    (``hold`` says so).

    A stranger's offer or a list patch read as a question must not teach its sender that the
    address is read, so it waits in the queue unanswered."""
    return hold(
        c,
        "question",
        c.interp.reasons[0] if c.interp.reasons else "a question for the organisers",
        ack=c.interp.concerns_event,
    )


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
        return hold(
            c, "calendar_declined", f"an invitation was declined, but UID {cal.uid} matches no active registration"
        )
    person = Participant(reg.email, None, "sender")
    if not c.policy.declined_invite_cancels:
        why = f"{reg.email} declined the invitation for {reg.session_key}"
        if cal.comment:
            why += f" with the comment: {cal.comment!r}"
        return hold(c, "calendar_declined", why, kind="cancel", sessions=(reg.session_key,), participants=(person,))
    return cancelled(c, [(person, [reg])])


def beside_question(c: Facts, handler: Callable[[Facts], Decision]) -> Decision | None:
    """ "Ik meld me aan voor Utrecht. Is er een lunch?": register, and keep only the question for a person.

    Only when the question is the one thing that held the mail and the request is
    clear on its own (the handler acts without a hold). The writer's reply then
    says the question was passed on, so it needs no separate acknowledgement.
    None: the mail waits whole, as before.
    """
    i = c.interp
    asked = [r[len(SIDE_QUESTION) :] for r in i.reasons if r.startswith(SIDE_QUESTION)]
    # only a registration: a cancellation or move beside a question waits whole (who may change it is
    # judged on the whole request)
    if i.kind != "register" or not asked or len(asked) != len(i.reasons):
        return None
    clear = handler(replace(c, interp=replace(i, review=False, reasons=[])))
    if clear.state != "processed":
        return None
    reason = f"Done as asked ({'; '.join(clear.notes)}); the mail also asks a question: {asked[0]}"
    held = hold(c, "question", reason, kind="question", ack=False)
    to_sender = {a.lower() for a in (i.reply_to, i.sender) if a}
    actions = [
        replace(a, question=asked[0]) if isinstance(a, Reply) and a.to in to_sender else a for a in clear.actions
    ]
    return Decision((*actions, *held.of(Hold)), "review", (*clear.notes, reason))
