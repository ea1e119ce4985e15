"""Who may change a registration: a cancellation or move happens only at the registered person's word.

A change of a registration is carried out only when the request provably comes
from the registered address:

1. an authenticated sender: our own receiving system's Authentication-Results
   (``[trust] authserv_id``) show DMARC pass, or an aligned DKIM or SPF pass,
   for the domain of the registered address, and From is that address;
2. a reply to a mail we sent to that address: our Message-IDs are random and
   unguessable, so whoever answers one has read that mail (a mail that also
   went to someone else counts only when From is the registered address);
3. a confirmation: we asked the registered address "reply ja to confirm" and
   this decision carries out its "ja" (``pending.py``); or a reviewer decided.

Anything else is held for review with the reason, and the registered address
gets the question (``confirm_request``); a writer who is not that person gets
a separate acknowledgement without the person's data (``request_received``).
"""

from __future__ import annotations

from mailflow.decide.common import hold, may_write, requester, sender_addresses
from mailflow.decide.facts import Facts
from mailflow.decide.types import ActiveRegistration, Cancel, Decision, Move, Reply

CODE = "unproven"


def proof(c: Facts, reg: ActiveRegistration) -> str | None:
    """How the request is proven to come from the owner of ``reg``, in plain words; None when it is not.

    A calendar answer that carries the registration's UID counts as a reply to
    our mail: the UID is as random as our Message-IDs and went only to them.
    """
    i, email = c.interp, reg.email.lower()
    if c.staff:
        return "a reviewer decided"
    if email in c.confirmed:
        return f"{email} confirmed it"
    if i.auth is not None and (i.sender or "").lower() == email and i.auth.verifies(email):
        return f"{i.auth.authserv_id} authenticated the sender"
    writer = (i.sender or "").lower()
    if any(email in m.recipients and (len(m.recipients) == 1 or writer == email) for m in c.snap.replied_to):
        return f"it answers our mail to {email}"  # a mail that also went to others: only from them
    if i.calendar is not None and i.calendar.uid == reg.calendar_uid:
        return "it answers our calendar invitation"
    return None


def authorise(c: Facts, d: Decision) -> Decision:
    """``d`` when every change it makes is proven; else a hold that asks the registered people to confirm."""
    changes = [a for a in d.actions if isinstance(a, (Cancel, Move))]
    unproven = [a for a in changes if proof(c, a.registration) is None]
    if not unproven:
        return d
    asks = [_question(c, a) for a in unproven]
    people = list(dict.fromkeys(a.registration.email for a in unproven))
    writer = sender_addresses(c)
    told = [] if set(people) <= writer else _acknowledge(c)
    return hold(c, CODE, _reason(c, unproven, people), extra=[*(q for q in asks if q), *told], ack=False)


def _reason(c: Facts, unproven: list[Cancel | Move], people: list[str]) -> str:
    i = c.interp
    what = "; ".join(_what(a) for a in unproven)
    auth = ""
    if i.auth is None:
        auth = "no trusted sender authentication"
    elif i.sender and not i.auth.verifies(i.sender):
        auth = f"{i.auth.authserv_id} did not authenticate {i.sender}"
    by = f"sent by {i.sender or 'an unknown sender'}" + (f" ({auth})" if auth else "")
    return (
        f"The request ({what}) does not provably come from {', '.join(people)}: {by}, not a reply to our "
        f"mail to them; we asked them to confirm by replying 'ja'"
    )


def _what(a: Cancel | Move) -> str:
    r = a.registration
    if isinstance(a, Move):
        return f"move {r.email} from {r.session_key} to {a.to_session}"
    return f"cancel {r.email} for {r.session_key}"


def _question(c: Facts, a: Cancel | Move) -> Reply | None:
    """'Someone asked to cancel your registration for X. Was that you? Reply ja.' to the registered address."""
    r: ActiveRegistration = a.registration
    if not may_write(c, r.email) or not c.cat.has_session(r.session_key):
        return None
    event = c.cat.event_of(r.session_key)
    sessions: tuple[str, ...]
    leaving: tuple[str, ...]
    if isinstance(a, Move):
        sessions, leaving, request = (a.to_session,), (r.session_key,), "change"
    else:
        sessions, leaving, request = (r.session_key,), (), "cancel"
    return Reply(
        template="confirm_request",
        event_key=event.key,
        to=r.email,
        person=None,
        sessions=sessions,
        from_sessions=leaving,
        lang=c.interp.language,
        requested_by=requester(c),
        request=request,
    )


def _acknowledge(c: Facts) -> list[Reply]:
    """The writer, who is not the registered person, hears that we received it: no names, no sessions."""
    i, event = c.interp, c.event()
    if event is None or i.reply_to is None or not may_write(c, i.reply_to, requester=True):
        return []
    refs = tuple(i.references) + ((i.message_id,) if i.message_id and i.message_id not in i.references else ())
    return [
        Reply(
            template="request_received",
            event_key=event.key,
            to=i.reply_to.lower(),
            to_name=i.sender_name,
            lang=i.language,
            in_reply_to=i.message_id,
            references=refs,
            subject=i.subject or None,
        )
    ]
