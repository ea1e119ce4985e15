"""Registration rules: unknown and closed sessions, per-event maximum, overlaps, capacity and waitlist."""

from __future__ import annotations

from mailflow.catalogue import Event, Session
from mailflow.decide.common import (
    Facts,
    Plan,
    alternatives,
    bookable,
    notes,
    problems,
    reply,
    requester_notice,
    sender_addresses,
)
from mailflow.decide.rules import Ask, NoOverlap, Requires, PerEventMaximum, judge_sessions
from mailflow.decide.types import ActiveRegistration, Decision, Move, Register
from mailflow.understand.types import Participant


def register(c: Facts) -> Decision:
    found = bookable(
        c,
        c.interp.sessions,
        none_named="no session could be determined from the message",
        nobody="nobody to register was found in the message",
    )
    if isinstance(found, Decision):
        return found
    plan = Plan(dict(c.snap.confirmed))
    writer = sender_addresses(c)
    for event, wanted in found:
        for person in c.interp.participants:
            plan_person(c, event, person, wanted, plan)
        others = [p.email for p in c.interp.participants if p.email.lower() not in writer]
        if others and len(others) == len(c.interp.participants):
            # the writer registered only other people: told separately, each of them has their own mail
            plan.replies += requester_notice(
                c, "registered_others", event, sessions=[s.key for s in wanted], participants=others
            )
    if plan.problems:
        return problems(c, plan)
    return Decision((*plan.actions, *plan.replies), "processed", notes(plan))


def plan_person(c: Facts, event: Event, person: Participant, wanted: list[Session], plan: Plan) -> None:
    existing = c.snap.active(person.email, event)
    held = {r.session_key for r in existing}
    new = [s for s in wanted if s.key not in held]
    if not new:
        plan.replies += reply(c, "already_registered", event, person, sessions=[s.key for s in wanted])
        return
    limit = event.max_sessions_per_participant
    if limit == 1 and len(existing) == 1 and existing[0].status == "waitlisted" and len(new) == 1:
        plan_waitlist_move(c, event, person, existing[0], new[0], plan)
        return
    problem = limits(c, event, person, existing, new)
    if problem:
        plan.problem(*problem)
        return
    confirmed: list[str] = []
    waitlisted: list[str] = []
    for s in new:
        if plan.has_room(s):
            plan.take(s)
            confirmed.append(s.key)
        elif c.policy.waitlist:
            waitlisted.append(s.key)
        else:
            plan.problem("full", f"{s.title} is full and the waitlist is off")
            return
    plan.actions += [Register(person, k, False) for k in confirmed]
    plan.actions += [Register(person, k, True) for k in waitlisted]
    if confirmed:
        plan.replies += reply(c, "confirmation", event, person, sessions=confirmed)
    if waitlisted:
        alts = alternatives(c, event, plan, held | {s.key for s in new})
        plan.replies += reply(c, "waitlisted", event, person, sessions=waitlisted, alternatives=alts)


def plan_waitlist_move(
    c: Facts, event: Event, person: Participant, waiting: ActiveRegistration, target: Session, plan: Plan
) -> None:
    """'Ja, dan Arnhem': someone on a waitlist takes an offered alternative instead."""
    if not plan.has_room(target):
        plan.problem(
            "full",
            f"{person.email} is on the waitlist for {waiting.session_key} and asks for "
            f"{target.title}, which is full too",
        )
        return
    plan.take(target)
    plan.actions.append(Move(waiting, target.key, False))
    plan.replies += reply(c, "moved", event, person, sessions=[target.key], from_sessions=[waiting.session_key])


def limits(
    c: Facts, event: Event, person: Participant, existing: list[ActiveRegistration], new: list[Session]
) -> tuple[str, str] | None:
    """Per-event maximum and overlaps, counting what the person already has (rules.py judges both)."""
    ask = Ask(person.email, tuple(new), tuple(c.snap.active(person.email)))
    return judge_sessions(c, ask, (PerEventMaximum(), NoOverlap(), Requires()))
