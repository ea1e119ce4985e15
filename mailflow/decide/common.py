"""Shared pieces of the decision rules: the inputs bundle, the plan, holds and replies.

Pure like the rest of ``mailflow.decide``: everything arrives as arguments.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from mailflow.catalogue import Event, Session
from mailflow.decide.facts import Facts, Plan
from mailflow.decide.rules import Ask, MayWrite, SessionOpen
from mailflow.decide.types import Action, ActiveRegistration, Cancel, Decision, Hold, Move, Proposal, Register, Reply
from mailflow.outbound.types import Template
from mailflow.understand.types import MACHINE_KINDS, Candidate, Participant


def hold(
    c: Facts,
    code: str,
    reason: str,
    *,
    reasons: Sequence[str] = (),
    kind: str | None = None,
    sessions: Sequence[str] | None = None,
    participants: Sequence[Participant] | None = None,
    options: Sequence[Candidate] | None = None,
    extra: Sequence[Action] = (),
    ack: bool = True,
) -> Decision:
    """Put the message in the review queue, and tell its writer so (``ack``).

    A person who wrote to us hears that the mail arrived and that a colleague
    looks at it, instead of nothing until staff act; machine mail (bounces,
    auto-replies, calendar answers) and mail we may not answer get nothing.
    """
    i, event = c.interp, c.event()
    proposal = Proposal(
        kind=kind or i.kind,
        event_key=event.key if event else i.event_key,
        sessions=tuple(i.sessions if sessions is None else sessions),
        from_sessions=tuple(i.from_sessions),
        participants=tuple(i.participants if participants is None else participants),
        options=tuple(default_options(c, event) if options is None else options),
        code=code,
    )
    all_reasons = tuple(dict.fromkeys([reason, *reasons, *i.reasons]))
    told: list[Reply] = []
    # no "we received it" to an echo of our own mail: an autoresponder would answer it again
    echo = any(e.what == "ours" for e in i.evidence)
    if ack and event is not None and i.kind not in MACHINE_KINDS and not c.staff and not echo:
        told = reply(c, "review_ack", event, None, sessions=[k for k in i.sessions if c.cat.has_session(k)])
    return Decision((*extra, Hold(reason, proposal, all_reasons), *told), "review", (reason,))


def default_options(c: Facts, event: Event | None) -> list[Candidate]:
    """The understanding's candidates, else the open sessions of the likely event.

    When that event has none left (last year's edition, say), the open sessions
    of the other events at the same mailbox: usually what the sender meant.
    """
    if c.interp.candidates:
        return list(c.interp.candidates)
    if event is None:
        return []
    found = [Candidate(s.key, 0.0, "open session") for s in event.sessions if c.is_open(event, s)]
    if found:
        return found
    return [
        Candidate(s.key, 0.0, f"open session of {e.title}")
        for e in c.cat.events_for_mailbox(event.mailbox)
        if e.key != event.key
        for s in e.sessions
        if c.is_open(e, s)
    ]


def may_write(c: Facts, address: str | None, *, requester: bool = False) -> bool:
    """May we mail ``address`` about this message (``rules.MayWrite`` judges)."""
    return MayWrite().check(c, address, writer=requester) is None


def sender_addresses(c: Facts) -> set[str]:
    return {a.lower() for a in (c.interp.sender, c.interp.reply_to) if a}


def requester(c: Facts) -> str | None:
    """How the writer is named to someone else: "Petra de Vries <p.devries@gemeente.nl>"."""
    i = c.interp
    if not i.sender:
        return None
    return f"{i.sender_name} <{i.sender}>" if i.sender_name else i.sender


def reply(
    c: Facts,
    template: Template,
    event: Event,
    person: Participant | None,
    *,
    sessions: Iterable[str] = (),
    from_sessions: Iterable[str] = (),
    alternatives: Iterable[str] = (),
) -> list[Reply]:
    """One mail about ``person``'s registrations (None: an answer to the writer), or none when the rules
    forbid it.

    A mail about a registration always goes to the registered address, never to
    a Reply-To and never with the writer in Cc. When the person is not the
    writer, the mail is their own (not threaded into a conversation they never
    saw) and says who asked; the writer is told separately (``requester_notice``).
    """
    i = c.interp
    is_writer = person is None or person.email.lower() in sender_addresses(c)
    to = (i.reply_to or "") if person is None else person.email
    if not may_write(c, to, requester=is_writer):
        return []
    refs = tuple(i.references)
    if i.message_id and i.message_id not in refs:
        refs = (*refs, i.message_id)
    return [
        Reply(
            registered_by=None
            if is_writer
            else (f"{i.sender_name} ({i.sender})" if i.sender_name and i.sender else i.sender_name or i.sender),
            template=template,
            event_key=event.key,
            to=to.lower(),
            to_name=(person.name if person else None) or (i.sender_name if is_writer else None),
            person=person.email.lower() if person else None,
            sessions=tuple(sessions),
            from_sessions=tuple(from_sessions),
            alternatives=tuple(alternatives),
            participants=tuple(p.email for p in i.participants),
            lang=i.language,
            in_reply_to=i.message_id if is_writer else None,
            references=refs if is_writer else (),
            subject=(i.subject or None) if is_writer else None,
            requested_by=None if is_writer else requester(c),
        )
    ]


def requester_notice(
    c: Facts, template: Template, event: Event, *, sessions: Iterable[str] = (), participants: Iterable[str] = ()
) -> list[Reply]:
    """The separate answer to a writer who acted for other people: what they asked, nothing more."""
    i = c.interp
    if not may_write(c, i.reply_to, requester=True) or i.reply_to is None:
        return []
    refs = tuple(i.references) + ((i.message_id,) if i.message_id and i.message_id not in i.references else ())
    return [
        Reply(
            template=template,
            event_key=event.key,
            to=i.reply_to.lower(),
            to_name=i.sender_name,
            sessions=tuple(sessions),
            participants=tuple(participants),
            lang=i.language,
            in_reply_to=i.message_id,
            references=refs,
            subject=i.subject or None,
        )
    ]


def alternatives(c: Facts, event: Event, plan: Plan, exclude: set[str]) -> list[str]:
    """Open sessions of the same event that still have room: what a waitlisted person may take instead."""
    return [s.key for s in event.sessions if s.key not in exclude and c.is_open(event, s) and plan.has_room(s)]


def problems(c: Facts, plan: Plan) -> Decision:
    code, reason = plan.problems[0]
    return hold(c, code, reason, reasons=[r for _, r in plan.problems[1:]])


def notes(plan: Plan) -> tuple[str, ...]:
    lines: list[str] = []
    for a in plan.actions:
        if isinstance(a, Register):
            lines.append(f"{'waitlist' if a.waitlist else 'register'} {a.person.email} for {a.session_key}")
        elif isinstance(a, Move):
            lines.append(f"move {a.registration.email} from {a.registration.session_key} to {a.to_session}")
        elif isinstance(a, Cancel):
            lines.append(f"cancel {a.registration.email} for {a.registration.session_key}")
    return tuple(lines) or ("nothing to change",)


def registrations_named(
    c: Facts, plan: Plan, person: Participant, event: Event | None, keys: Sequence[str], verb: str
) -> list[ActiveRegistration]:
    """The person's registrations for ``keys``; with no keys, their only one in the event."""
    active = c.snap.active(person.email, event)
    where = f" for {event.title}" if event else ""
    if keys:
        found = [r for r in active if r.session_key in keys]
        missing = sorted(set(keys) - {r.session_key for r in found})
        if missing:
            plan.problem("no_registration", f"{person.email} has no active registration for {', '.join(missing)}")
        return found
    if len(active) == 1:
        return active
    if not active:
        plan.problem("no_registration", f"{person.email} has no active registration{where}")
    else:
        plan.problem(
            "ambiguous", f"{person.email} has {len(active)} registrations{where}; which one to {verb} is not said"
        )
    return []


def bookable(
    c: Facts, keys: Sequence[str], *, none_named: str, nobody: str
) -> list[tuple[Event, list[Session]]] | Decision:
    """The sessions asked for, if they exist, are open, name someone, and are at one address.

    Registering and moving share these checks; a ``Decision`` (a hold with the
    reason) comes back when one fails, else each event with its sessions (a
    mailbox may serve several events, e.g. a congress and its workshops).
    """
    wanted, unknown = c.lookup(keys)
    if not wanted or unknown:
        why = f"no session {', '.join(unknown)} exists" if unknown else none_named
        return hold(c, "unknown_session", why, sessions=[s.key for s in wanted])
    events = [c.cat.event(k) for k in dict.fromkeys(s.event_key for s in wanted)]
    if len({e.mailbox for e in events}) > 1:
        return hold(c, "ambiguous", "the sessions asked for belong to events at different addresses")
    if not c.interp.participants:
        return hold(c, "no_participant", nobody)
    for event in events:
        closed = SessionOpen().check(c, Ask("", tuple(s for s in wanted if s.event_key == event.key)))
        if closed:
            return hold(c, SessionOpen.code, closed)
    return [(e, [s for s in wanted if s.event_key == e.key]) for e in events]
