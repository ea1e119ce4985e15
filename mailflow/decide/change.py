"""Cancellation and change rules: find the registrations meant, then cancel or move them."""

from __future__ import annotations

from mailflow.catalogue import Event, Session
from mailflow.decide.common import Facts, Plan, bookable, hold, notes, problems, registrations_named, reply
from mailflow.decide.rules import Ask, NoOverlap
from mailflow.decide.types import Action, ActiveRegistration, Cancel, Decision, Move, Reply
from mailflow.understand.types import Participant


def cancel(c: Facts) -> Decision:
    i = c.interp
    if not i.participants:
        return hold(c, "no_participant", "whose registration to cancel is not clear")
    known, unknown = c.lookup(i.sessions)
    if unknown:
        return hold(c, "unknown_session", f"no session {', '.join(unknown)} exists")
    past = [s for s in known if s.ends <= c.judged and not c.staff]
    if past:
        return hold(c, "past", f"'{past[0].title}' has already taken place")
    event = c.event()
    plan = Plan({})
    targets: list[tuple[Participant, list[ActiveRegistration]]] = []
    for person in i.participants:
        keys = i.sessions or answered_sessions(c, person.email)
        found = registrations_named(c, plan, person, event, keys, "cancel")
        targets.append((person, found))
    if plan.problems:
        return problems(c, plan)
    return cancelled(c, targets)


def answered_sessions(c: Facts, email: str) -> list[str]:
    """A bare "Ik moet helaas afzeggen" in reply to our mail: the registrations that mail was about."""
    about = {r for m in c.snap.replied_to if email.lower() in m.recipients for r in m.registrations}
    return [r.session_key for r in c.snap.active(email) if r.id in about]


def cancelled(c: Facts, targets: list[tuple[Participant, list[ActiveRegistration]]]) -> Decision:
    actions: list[Action] = [Cancel(r) for _, regs in targets for r in regs]
    replies: list[Reply] = []
    for person, regs in targets:
        by_event: dict[str, list[str]] = {}
        for r in regs:
            if c.cat.has_session(r.session_key):
                by_event.setdefault(c.cat.event_of(r.session_key).key, []).append(r.session_key)
        for event_key, keys in by_event.items():
            replies += reply(c, "cancelled", c.cat.event(event_key), person, sessions=keys)
    done = tuple(f"cancel {r.email} for {r.session_key}" for _, regs in targets for r in regs)
    return Decision((*actions, *replies), "processed", done)


def change(c: Facts) -> Decision:
    i = c.interp
    _, unknown_from = c.lookup(i.from_sessions)
    found = bookable(
        c, i.sessions, none_named="no session to move to was named", nobody="whose registration to change is not clear"
    )
    if isinstance(found, Decision):
        return found
    if unknown_from:
        return hold(c, "unknown_session", f"no session {', '.join(unknown_from)} exists")
    if len(found) > 1:
        return hold(c, "ambiguous", "the sessions to move to belong to different events")
    event, targets = found[0]
    plan = Plan(dict(c.snap.confirmed))
    for person in i.participants:
        plan_move(c, event, person, targets, plan)
    if plan.problems:
        return problems(c, plan)
    return Decision((*plan.actions, *plan.replies), "processed", notes(plan))


def plan_move(c: Facts, event: Event, person: Participant, targets: list[Session], plan: Plan) -> None:
    froms = registrations_named(c, plan, person, event, c.interp.from_sessions, "change")
    if plan.problems:
        return
    order = {k: n for n, k in enumerate(c.interp.from_sessions)}
    froms.sort(key=lambda r: order.get(r.session_key, 0))
    if len(froms) != len(targets):
        plan.problem("ambiguous", f"cannot pair {len(froms)} session(s) to leave with {len(targets)} to join")
        return
    pairs = [(r, s) for r, s in zip(froms, targets, strict=True) if r.session_key != s.key]
    if not pairs:
        plan.replies += reply(c, "already_registered", event, person, sessions=[s.key for s in targets])
        return
    leaving = {r.id for r, _ in pairs}
    staying = [r for r in c.snap.active(person.email) if r.id not in leaving]
    if any(r.session_key == s.key for r in staying for _, s in pairs):
        plan.problem("already_registered", f"{person.email} is already registered for the session to move to")
        return
    clash = NoOverlap().check(c, Ask(person.email, tuple(s for _, s in pairs), tuple(staying)))
    if clash:
        plan.problem(NoOverlap.code, clash)
        return
    for r, s in pairs:
        if not plan.has_room(s):
            plan.problem("full", f"{s.title} is full; {person.email} keeps {r.session_key}")
            return
        plan.take(s)
        plan.actions.append(Move(r, s.key, False))
    plan.replies += reply(
        c, "moved", event, person, sessions=[s.key for _, s in pairs], from_sessions=[r.session_key for r, _ in pairs]
    )
