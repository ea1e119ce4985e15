"""Registrations as a service: apply decisions, and register/cancel/move/promote for web and CLI.

Every function works inside the caller's transaction and never commits: the
worker (or web request, or CLI command) owns the commit, so registrations,
audit rows, the review item, the inbound state and every outgoing mail
(composed and put in the outbox here) become visible together or not at all.

Calendar invites: each registration is one calendar entry for its whole life.
Its UID never changes, also when it moves to another session (the entry moves
with it: a REQUEST with the same UID), and ``sequence`` is the SEQUENCE of its
latest invite, raised on every change the calendar must see. The row also
notes what that invite showed (``session_sequence``, ``online_url_sent``), so
``schedule`` and ``links`` can find the entries that are out of date.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, Iterable

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from mailflow.catalogue import Session as CatSession
from mailflow.addresses import address_problem
from mailflow.review import queue as review
from mailflow.db.models import AuditLog, InboundMessage, Person, Registration, SessionRow
from mailflow.db.upsert import upsert_person
from mailflow.decide.types import (
    Cancel,
    ClearBouncing,
    Decision,
    Hold,
    MarkBouncing,
    Move,
    OptOut,
    Register,
    Reply,
    SettlePending,
)
from mailflow.apply import snapshot
from mailflow.apply.context import Applied, Context, RegistrationError
from mailflow.apply.notify import notify_person, send_planned
from mailflow.outbound.echo import clean_name
from mailflow.outbound.types import Invite, Method

# Built once (building a select costs about as much as running it on SQLite).
_SESSION = select(SessionRow).where(SessionRow.key == bindparam("key"))
_ACTIVE = select(Registration).where(
    Registration.person_id == bindparam("person_id"),
    Registration.session_id == bindparam("session_id"),
    Registration.status != "cancelled",
)
_INBOUND_STATE = select(InboundMessage.state).where(InboundMessage.id == bindparam("id"))
_INBOUND_FINISH = (
    update(InboundMessage)
    .where(InboundMessage.id == bindparam("inbound"))
    .values(state=bindparam("new_state"), processed_at=bindparam("at"), error=None)
)
_AUDIT = insert(AuditLog)
_CONFIRMED = (
    select(func.count())
    .select_from(Registration)
    .where(Registration.session_id == bindparam("session_id"), Registration.status == "confirmed")
)


# --------------------------------------------------------------------------
# apply a decision


def apply(
    db: Session, decision: Decision, ctx: Context, *, inbound_id: int | None = None, inbound_state: str | None = None
) -> Applied:
    """Carry out ``decision``: registrations, promotions, review item, replies, inbound state, audit."""
    done = Applied()
    invites: dict[str, list[tuple[str, Invite]]] = {}
    freed: list[str] = []
    left_waitlist: set[str] = set()  # who moved off a waitlist: their mail must not say "afgemeld"
    for action in decision.actions:
        if isinstance(action, Register):
            reg = _register_action(db, ctx, action, inbound_id, invites)
            done.registrations += [reg.id] if reg else []
        elif isinstance(action, (Cancel, Move)):
            if isinstance(action, Move) and action.registration.status == "waitlisted":
                left_waitlist.add(action.registration.email)
            done.registrations += _leave_action(db, ctx, action, invites, freed)
        elif isinstance(action, MarkBouncing):
            mark_bouncing(db, action.address, ctx)
        elif isinstance(action, ClearBouncing):
            mark_bouncing(db, action.address, ctx, bouncing=False)
        elif isinstance(action, SettlePending):
            review.settle(db, action.item_id, action.participant, action.answer, actor=action.participant, now=ctx.now)
        elif isinstance(action, OptOut):
            _opt_out(db, ctx, action)
        elif isinstance(action, Hold):
            item = review.hold(
                db,
                inbound_id,
                action.reason,
                list(action.reasons),
                action.candidates.to_json(),
                event_key=action.candidates.event_key,
                actor=ctx.actor,
                now=ctx.now,
            )
            done.review_item = item.id
    for key in dict.fromkeys(freed):
        done.registrations += [r.id for r in promote_waitlist(db, key, ctx=ctx)]
    for plan in decision.of(Reply):
        found = invites.get(plan.person or "", [])
        if plan.template == "already_registered" and plan.person:
            found = current_invites(db, ctx, plan.person, plan.sessions)  # a lost invite, recovered by asking
        out = send_planned(db, ctx, plan, found, inbound_id, from_waitlist=plan.person in left_waitlist)
        done.outbound += [out] if out else []
    if inbound_id is not None:
        _finish_inbound(db, ctx, inbound_id, decision, inbound_state)
    return done


def _register_action(
    db: Session, ctx: Context, a: Register, inbound_id: int | None, invites: dict[str, list[tuple[str, Invite]]]
) -> Registration | None:
    person = person_for(db, a.person.email, a.person.name)
    srow = session_row(db, a.session_key)
    if _active(db, person.id, srow.id) is not None:
        return None  # already there (a retry, or a race the unique index would refuse anyway)
    reg = _create(db, ctx, person, srow, "waitlisted" if a.waitlist else "confirmed", inbound_id)
    if reg.status == "confirmed":
        invites.setdefault(person.email, []).append((srow.key, _invite(ctx, reg, person, srow, "REQUEST")))
    return reg


def _leave_action(
    db: Session, ctx: Context, a: Cancel | Move, invites: dict[str, list[tuple[str, Invite]]], freed: list[str]
) -> list[int]:
    reg = db.get(Registration, a.registration.id)
    if reg is None or reg.status == "cancelled":
        return []
    person, srow = db.get_one(Person, reg.person_id), db.get_one(SessionRow, reg.session_id)
    was = reg.status
    if was == "confirmed":
        freed.append(srow.key)
    if isinstance(a, Cancel):
        _cancel_row(db, ctx, reg, srow)
        if was == "confirmed":
            invites.setdefault(person.email, []).append((srow.key, _invite(ctx, reg, person, srow, "CANCEL")))
        return [reg.id]
    target = session_row(db, a.to_session)
    _move_row(db, ctx, reg, srow, target, "waitlisted" if a.waitlist else "confirmed")
    if reg.status == "confirmed":  # the same calendar entry, now at the new time and place
        invites.setdefault(person.email, []).append((target.key, _invite(ctx, reg, person, target, "REQUEST")))
    elif was == "confirmed":
        invites.setdefault(person.email, []).append((srow.key, _invite(ctx, reg, person, srow, "CANCEL")))
    return [reg.id]


def _opt_out(db: Session, ctx: Context, a: OptOut) -> None:
    from mailflow.campaigns.optout import from_request

    if from_request(db, a.address, a.token, a.message_ids, now=ctx.now, actor=ctx.actor) is None:
        _audit(
            db,
            ctx,
            "campaign.optout_unmatched",
            f"person:{a.address}",
            None,
            {"token": a.token, "message_ids": list(a.message_ids)},
        )


def _finish_inbound(db: Session, ctx: Context, inbound_id: int, decision: Decision, before: str | None) -> None:
    """The message's final state; ``before`` is its state when the caller locked it (read again if unknown)."""
    db.flush()  # e.g. review.hold changed the row through the ORM
    conn = db.connection()
    if before is None:
        before = conn.execute(_INBOUND_STATE, {"id": inbound_id}).scalar_one()
    conn.execute(_INBOUND_FINISH, {"inbound": inbound_id, "new_state": decision.state, "at": ctx.now})
    _audit(
        db,
        ctx,
        f"inbound.{decision.state}",
        f"inbound:{inbound_id}",
        {"state": before},
        {"state": decision.state, "notes": list(decision.notes)},
    )


# --------------------------------------------------------------------------
# use cases for web, CLI and review


def register(
    db: Session,
    person_email: str,
    session_key: str,
    *,
    ctx: Context,
    name: str | None = None,
    notify: bool = True,
    waitlist: bool = False,
) -> Registration:
    """Register one person by hand (staff): no deadline check, but capacity and duplicates hold.

    ``waitlist`` puts the person on the waitlist even when there is room (staff deciding so).
    """
    person = person_for(db, person_email, name)
    srow = _locked_session(db, session_key)
    existing = _active(db, person.id, srow.id)
    if existing is not None:
        return existing
    full = waitlist or (srow.capacity is not None and _confirmed(db, srow.id) >= srow.capacity)
    if full and not ctx.settings.policy.waitlist:
        raise RegistrationError(f"{srow.title} is full and the waitlist is off")
    reg = _create(db, ctx, person, srow, "waitlisted" if full else "confirmed", None)
    if notify:
        method: list[Invite] = [] if full else [_invite(ctx, reg, person, srow, "REQUEST")]
        notify_person(db, ctx, "waitlisted" if full else "confirmation", person, srow, method, reg)
    return reg


def cancel(db: Session, registration_id: int, *, ctx: Context, notify: bool = True) -> Registration:
    """Cancel one registration; a freed confirmed place goes to the oldest waitlisted person."""
    reg = db.get(Registration, registration_id)
    if reg is None or reg.status == "cancelled":
        raise RegistrationError(f"registration {registration_id} is not active")
    person, srow = db.get_one(Person, reg.person_id), db.get_one(SessionRow, reg.session_id)
    snapshot.lock_sessions(db, [srow.key])
    was = reg.status
    _cancel_row(db, ctx, reg, srow)
    if notify:
        invites = [_invite(ctx, reg, person, srow, "CANCEL")] if was == "confirmed" else []
        notify_person(db, ctx, "cancelled", person, srow, invites, reg)
    if was == "confirmed":
        promote_waitlist(db, srow.key, ctx=ctx)
    return reg


def move(db: Session, registration_id: int, to_session_key: str, *, ctx: Context, notify: bool = True) -> Registration:
    """Move a registration to another session (staff), confirmed there.

    The registration itself moves, so its calendar entry follows: the mail
    carries a REQUEST with the same UID and a higher SEQUENCE, which every
    calendar applies as "this meeting moved" (a CANCEL of a second UID is
    ignored by Outlook and Gmail when it comes as an attachment).
    """
    reg = db.get(Registration, registration_id)
    if reg is None or reg.status == "cancelled":
        raise RegistrationError(f"registration {registration_id} is not active")
    person, src = db.get_one(Person, reg.person_id), db.get_one(SessionRow, reg.session_id)
    snapshot.lock_sessions(db, [src.key, to_session_key])
    target = session_row(db, to_session_key)
    if _active(db, person.id, target.id) is not None:
        raise RegistrationError(f"{person.email} is already registered for {target.title}")
    if target.capacity is not None and _confirmed(db, target.id) >= target.capacity:
        raise RegistrationError(f"{target.title} is full")
    was = reg.status
    _move_row(db, ctx, reg, src, target, "confirmed")
    if notify:
        notify_person(
            db,
            ctx,
            "moved",
            person,
            target,
            [_invite(ctx, reg, person, target, "REQUEST")],
            reg,
            from_session=src,
            from_waitlist=was == "waitlisted",
        )
    if was == "confirmed":
        promote_waitlist(db, src.key, ctx=ctx)
    return reg


def restore(db: Session, registration_id: int, *, ctx: Context, notify: bool = True) -> Registration:
    """Undo a cancellation (a forged or mistaken one): the same registration, active again.

    It keeps its calendar UID, so the new REQUEST (with a higher SEQUENCE) puts the entry
    back in the person's calendar; with the session full it goes on the waitlist instead.
    """
    reg = db.get(Registration, registration_id)
    if reg is None or reg.status != "cancelled":
        raise RegistrationError(f"registration {registration_id} is not cancelled; nothing to restore")
    person, srow = db.get_one(Person, reg.person_id), db.get_one(SessionRow, reg.session_id)
    snapshot.lock_sessions(db, [srow.key])
    if _active(db, person.id, srow.id) is not None:
        raise RegistrationError(f"{person.email} is registered for {srow.title} again already")
    full = srow.capacity is not None and _confirmed(db, srow.id) >= srow.capacity
    if full and not ctx.settings.policy.waitlist:
        raise RegistrationError(f"{srow.title} is full and the waitlist is off; make room first")
    status = "waitlisted" if full else "confirmed"
    reg.status, reg.sequence, reg.updated_at = status, reg.sequence + 1, ctx.now
    db.flush()
    _audit(
        db,
        ctx,
        "registration.restore",
        f"registration:{reg.id}",
        {"status": "cancelled"},
        {"status": status, "session": srow.key},
    )
    if notify:
        invites = [] if full else [_invite(ctx, reg, person, srow, "REQUEST")]
        notify_person(db, ctx, "waitlisted" if full else "confirmation", person, srow, invites, reg)
    return reg


def promote_waitlist(db: Session, session_key: str, *, ctx: Context) -> list[Registration]:
    """Fill free places of a session from its waitlist, oldest first, each with a "promoted" mail."""
    srow = _locked_session(db, session_key)
    if srow.status != "open" or srow.starts <= ctx.now:
        return []
    room = None if srow.capacity is None else srow.capacity - _confirmed(db, srow.id)
    if room is not None and room <= 0:
        return []
    waiting = db.scalars(
        select(Registration)
        .where(Registration.session_id == srow.id, Registration.status == "waitlisted")
        .order_by(Registration.created_at, Registration.id)
        .limit(room)
    ).all()
    for reg in waiting:
        person = db.get_one(Person, reg.person_id)
        before = reg.status
        reg.status, reg.sequence, reg.updated_at = "confirmed", reg.sequence + 1, ctx.now
        _audit(
            db,
            ctx,
            "registration.promote",
            f"registration:{reg.id}",
            {"status": before},
            {"status": "confirmed", "session": srow.key},
        )
        _late_joiner(db, ctx, person.id, srow.key, "confirmed")
        notify_person(db, ctx, "promoted", person, srow, [_invite(ctx, reg, person, srow, "REQUEST")], reg)
    return list(waiting)


def mark_bouncing(db: Session, address: str, ctx: Context, *, bouncing: bool = True) -> bool:
    """Mark an address as bouncing (a permanent failure), or as working again (its owner wrote to us)."""
    person = db.scalar(select(Person).where(Person.email == address.lower()))
    if person is None or person.bouncing == bouncing:
        return False
    person.bouncing = bouncing
    _audit(db, ctx, "person.bouncing", f"person:{person.email}", {"bouncing": not bouncing}, {"bouncing": bouncing})
    return True


# --------------------------------------------------------------------------
# rows


def person_for(db: Session, email: str, name: str | None = None) -> Person:
    """The person with this address, created when new (race-safe through the unique index).

    An address mailflow could not write to is refused here, for staff as for the
    worker, and the name is stored as it will be greeted (``echo.clean_name``).
    """
    email = email.strip().lower()
    why = address_problem(email)
    if why is not None:
        raise RegistrationError(f"cannot register {email[:80]}: {why}")
    return db.scalars(
        upsert_person(db.get_bind().dialect.name),
        {"email": email, "name": clean_name(name)},
        execution_options={"populate_existing": True},
    ).one()


def session_row(db: Session, key: str) -> SessionRow:
    row = snapshot.locked_session(db, key) or db.scalar(_SESSION, {"key": key})
    if row is None:
        raise RegistrationError(f"session {key!r} is not in the database; run the catalogue sync")
    return row


def _locked_session(db: Session, key: str) -> SessionRow:
    rows = snapshot.lock_sessions(db, [key])
    return rows[0] if rows else session_row(db, key)


def _active(db: Session, person_id: int, session_id: int) -> Registration | None:
    return db.scalar(_ACTIVE, {"person_id": person_id, "session_id": session_id})


def _confirmed(db: Session, session_id: int) -> int:
    return db.scalar(_CONFIRMED, {"session_id": session_id}) or 0


def _create(
    db: Session, ctx: Context, person: Person, srow: SessionRow, status: str, inbound_id: int | None
) -> Registration:
    reg = Registration(
        person_id=person.id,
        session_id=srow.id,
        status=status,
        sequence=0,
        session_sequence=srow.sequence,
        calendar_uid=f"{uuid.uuid4()}@{ctx.settings.sender.domain}",
        source_message_id=inbound_id,
        created_at=ctx.now,
        updated_at=ctx.now,
    )
    db.add(reg)
    db.flush()
    _audit(
        db,
        ctx,
        "registration.create",
        f"registration:{reg.id}",
        None,
        {"person": person.email, "session": srow.key, "status": status},
    )
    _late_joiner(db, ctx, person.id, srow.key, status)
    return reg


def _late_joiner(db: Session, ctx: Context, person_id: int, session_key: str, status: str) -> None:
    """Campaigns marked for late joiners that already went out reach this registration too (campaigns.late)."""
    from mailflow.campaigns.late import enrol

    enrol(
        db, person_id=person_id, session_key=session_key, status=status, now=ctx.now, domain=ctx.settings.sender.domain
    )


def _cancel_row(db: Session, ctx: Context, reg: Registration, srow: SessionRow) -> None:
    before = reg.status
    reg.status, reg.sequence, reg.updated_at = "cancelled", reg.sequence + 1, ctx.now
    db.flush()
    _audit(
        db,
        ctx,
        "registration.cancel",
        f"registration:{reg.id}",
        {"status": before, "session": srow.key},
        {"status": "cancelled"},
    )


def _move_row(db: Session, ctx: Context, reg: Registration, src: SessionRow, target: SessionRow, status: str) -> None:
    """The registration moves to ``target``: same row, same UID, next SEQUENCE (the audit keeps where it was)."""
    before = {"session": src.key, "status": reg.status}
    reg.session_id, reg.status, reg.sequence, reg.updated_at = target.id, status, reg.sequence + 1, ctx.now
    if status == "waitlisted":
        reg.created_at = ctx.now  # the waitlist is served oldest first: a newcomer joins at the end
    db.flush()
    _audit(db, ctx, "registration.move", f"registration:{reg.id}", before, {"session": target.key, "status": status})


def _invite(ctx: Context, reg: Registration, person: Person, srow: SessionRow, method: Method) -> Invite:
    """The invite for ``reg`` as it stands; a REQUEST also notes on the row what it shows (time, place, link)."""
    session = ctx.catalogue.session(srow.key)
    url = session.link_at(ctx.now) if method == "REQUEST" else None
    if method == "REQUEST":
        reg.session_sequence = srow.sequence
        if url:
            reg.online_url_sent = url
    return Invite(
        uid=reg.calendar_uid,
        sequence=reg.sequence,
        method=method,
        session=session,
        attendee_email=person.email,
        attendee_name=person.name,
        url=url,
    )


def out_of_date(reg: Registration, srow: SessionRow, session: CatSession, now: dt.datetime) -> bool:
    """Does the calendar entry of ``reg`` show an old time or place, or lack a join link it may have now?"""
    link = session.link_at(now)
    return reg.session_sequence < srow.sequence or (link is not None and reg.online_url_sent != link)


def fresh_invite(ctx: Context, reg: Registration, person: Person, srow: SessionRow) -> Invite:
    """A REQUEST for ``reg`` as the calendar should now show it: the next SEQUENCE when anything changed."""
    if out_of_date(reg, srow, ctx.catalogue.session(srow.key), ctx.now):
        reg.sequence, reg.updated_at = reg.sequence + 1, ctx.now
    return _invite(ctx, reg, person, srow, "REQUEST")


def current_invites(db: Session, ctx: Context, email: str, session_keys: Iterable[str]) -> list[tuple[str, Invite]]:
    """The invites of ``email``'s confirmed registrations for these sessions, brought up to date."""
    keys = [k for k in session_keys if ctx.catalogue.has_session(k)]
    if not keys:
        return []
    rows = db.execute(
        select(Registration, Person, SessionRow)
        .join(Person, Person.id == Registration.person_id)
        .join(SessionRow, SessionRow.id == Registration.session_id)
        .where(Person.email == email.lower(), SessionRow.key.in_(keys), Registration.status == "confirmed")
    ).all()
    return [(srow.key, fresh_invite(ctx, reg, person, srow)) for reg, person, srow in rows]


def _audit(
    db: Session, ctx: Context, action: str, target: str, before: dict[str, Any] | None, after: dict[str, Any] | None
) -> None:
    """Written at once with a Core insert: audit rows are never read back in the same unit of work."""
    db.connection().execute(
        _AUDIT,
        {"at": ctx.now, "actor": ctx.actor, "action": action, "target": target, "before": before, "after": after},
    )
