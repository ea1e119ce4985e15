"""Registrations as a service: apply decisions, and register/cancel/move/promote for web and CLI.

Every function works inside the caller's transaction and never commits: the
worker (or web request, or CLI command) owns the commit, so registrations,
audit rows, the review item, the inbound state and every outgoing mail
(composed and put in the outbox here) become visible together or not at all.

Calendar invites: each registration has a UID that never changes and a
sequence raised on every change; the SEQUENCE sent is the registration's plus
its session's (which the catalogue sync raises when time or place changes).
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from mailflow.addresses import address_problem
from mailflow.review import queue as review
from mailflow.db.models import AuditLog, InboundMessage, Person, Registration, SessionRow
from mailflow.db.upsert import upsert_person
from mailflow.decide.types import Cancel, Decision, Hold, MarkBouncing, Move, Register, Reply
from mailflow.apply import snapshot
from mailflow.apply.context import Applied, Context, RegistrationError
from mailflow.apply.notify import notify_person, send_planned
from mailflow.outbound.echo import clean_name
from mailflow.outbound.types import Invite, Method

# Built once (building a select costs about as much as running it on SQLite).
_SESSION = select(SessionRow).where(SessionRow.key == bindparam("key"))
_ACTIVE = select(Registration).where(Registration.person_id == bindparam("person_id"),
                                     Registration.session_id == bindparam("session_id"),
                                     Registration.status != "cancelled")
_INBOUND_STATE = select(InboundMessage.state).where(InboundMessage.id == bindparam("id"))
_INBOUND_FINISH = (update(InboundMessage).where(InboundMessage.id == bindparam("inbound"))
                   .values(state=bindparam("new_state"), processed_at=bindparam("at"), error=None))
_AUDIT = insert(AuditLog)
_CONFIRMED = select(func.count()).select_from(Registration).where(
    Registration.session_id == bindparam("session_id"), Registration.status == "confirmed")


# --------------------------------------------------------------------------
# apply a decision


def apply(db: Session, decision: Decision, ctx: Context, *, inbound_id: int | None = None,
          inbound_state: str | None = None) -> Applied:
    """Carry out ``decision``: registrations, promotions, review item, replies, inbound state, audit."""
    done = Applied()
    invites: dict[str, list[tuple[str, Invite]]] = {}
    freed: list[str] = []
    for action in decision.actions:
        if isinstance(action, Register):
            reg = _register_action(db, ctx, action, inbound_id, invites)
            done.registrations += [reg.id] if reg else []
        elif isinstance(action, (Cancel, Move)):
            done.registrations += _leave_action(db, ctx, action, inbound_id, invites, freed)
        elif isinstance(action, MarkBouncing):
            mark_bouncing(db, action.address, ctx)
        elif isinstance(action, Hold):
            item = review.hold(db, inbound_id, action.reason, list(action.reasons),
                               action.candidates.to_json(), event_key=action.candidates.event_key,
                               actor=ctx.actor, now=ctx.now)
            done.review_item = item.id
    for key in dict.fromkeys(freed):
        done.registrations += [r.id for r in promote_waitlist(db, key, ctx=ctx)]
    for plan in decision.of(Reply):
        out = send_planned(db, ctx, plan, invites.get(plan.person or "", []), inbound_id)
        done.outbound += [out] if out else []
    if inbound_id is not None:
        _finish_inbound(db, ctx, inbound_id, decision, inbound_state)
    return done


def _register_action(db: Session, ctx: Context, a: Register, inbound_id: int | None,
                     invites: dict[str, list[tuple[str, Invite]]]) -> Registration | None:
    person = person_for(db, a.person.email, a.person.name)
    srow = session_row(db, a.session_key)
    if _active(db, person.id, srow.id) is not None:
        return None   # already there (a retry, or a race the unique index would refuse anyway)
    reg = _create(db, ctx, person, srow, "waitlisted" if a.waitlist else "confirmed", inbound_id)
    if reg.status == "confirmed":
        invites.setdefault(person.email, []).append((srow.key, _invite(ctx, reg, person, srow, "REQUEST")))
    return reg


def _leave_action(db: Session, ctx: Context, a: Cancel | Move, inbound_id: int | None,
                  invites: dict[str, list[tuple[str, Invite]]], freed: list[str]) -> list[int]:
    reg = db.get(Registration, a.registration.id)
    if reg is None or reg.status == "cancelled":
        return []
    person, srow = db.get_one(Person, reg.person_id), db.get_one(SessionRow, reg.session_id)
    was = reg.status
    _cancel_row(db, ctx, reg, srow)
    changed = [reg.id]
    if was == "confirmed":
        freed.append(srow.key)
        invites.setdefault(person.email, []).append((srow.key, _invite(ctx, reg, person, srow, "CANCEL")))
    if isinstance(a, Move):
        target = session_row(db, a.to_session)
        new = _create(db, ctx, person, target, "waitlisted" if a.waitlist else "confirmed", inbound_id)
        _audit(db, ctx, "registration.move", f"registration:{new.id}", {"from": reg.id, "session": srow.key},
               {"session": target.key, "status": new.status})
        if new.status == "confirmed":
            invites.setdefault(person.email, []).append(
                (target.key, _invite(ctx, new, person, target, "REQUEST")))
        changed.append(new.id)
    return changed


def _finish_inbound(db: Session, ctx: Context, inbound_id: int, decision: Decision, before: str | None) -> None:
    """The message's final state; ``before`` is its state when the caller locked it (read again if unknown)."""
    db.flush()   # e.g. review.hold changed the row through the ORM
    conn = db.connection()
    if before is None:
        before = conn.execute(_INBOUND_STATE, {"id": inbound_id}).scalar_one()
    conn.execute(_INBOUND_FINISH, {"inbound": inbound_id, "new_state": decision.state, "at": ctx.now})
    _audit(db, ctx, f"inbound.{decision.state}", f"inbound:{inbound_id}", {"state": before},
           {"state": decision.state, "notes": list(decision.notes)})


# --------------------------------------------------------------------------
# use cases for web, CLI and review


def register(db: Session, person_email: str, session_key: str, *, ctx: Context, name: str | None = None,
             notify: bool = True) -> Registration:
    """Register one person by hand (staff): no deadline check, but capacity and duplicates hold."""
    person = person_for(db, person_email, name)
    srow = _locked_session(db, session_key)
    existing = _active(db, person.id, srow.id)
    if existing is not None:
        return existing
    full = srow.capacity is not None and _confirmed(db, srow.id) >= srow.capacity
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


def move(db: Session, registration_id: int, to_session_key: str, *, ctx: Context,
         notify: bool = True) -> Registration:
    """Move a registration to another session (staff): the old one is cancelled, a new one confirmed."""
    old = db.get(Registration, registration_id)
    if old is None or old.status == "cancelled":
        raise RegistrationError(f"registration {registration_id} is not active")
    person, src = db.get_one(Person, old.person_id), db.get_one(SessionRow, old.session_id)
    snapshot.lock_sessions(db, [src.key, to_session_key])
    target = session_row(db, to_session_key)
    if _active(db, person.id, target.id) is not None:
        raise RegistrationError(f"{person.email} is already registered for {target.title}")
    if target.capacity is not None and _confirmed(db, target.id) >= target.capacity:
        raise RegistrationError(f"{target.title} is full")
    was = old.status
    _cancel_row(db, ctx, old, src)
    new = _create(db, ctx, person, target, "confirmed", None)
    _audit(db, ctx, "registration.move", f"registration:{new.id}", {"from": old.id, "session": src.key},
           {"session": target.key, "status": new.status})
    if notify:
        invites = [_invite(ctx, new, person, target, "REQUEST")]
        invites += [_invite(ctx, old, person, src, "CANCEL")] if was == "confirmed" else []
        notify_person(db, ctx, "moved", person, target, invites, new, from_session=src)
    if was == "confirmed":
        promote_waitlist(db, src.key, ctx=ctx)
    return new


def promote_waitlist(db: Session, session_key: str, *, ctx: Context) -> list[Registration]:
    """Fill free places of a session from its waitlist, oldest first, each with a "promoted" mail."""
    srow = _locked_session(db, session_key)
    if srow.status != "open" or srow.starts <= ctx.now:
        return []
    room = None if srow.capacity is None else srow.capacity - _confirmed(db, srow.id)
    if room is not None and room <= 0:
        return []
    waiting = db.scalars(select(Registration).where(
        Registration.session_id == srow.id, Registration.status == "waitlisted")
        .order_by(Registration.created_at, Registration.id).limit(room)).all()
    for reg in waiting:
        person = db.get_one(Person, reg.person_id)
        before = reg.status
        reg.status, reg.sequence, reg.updated_at = "confirmed", reg.sequence + 1, ctx.now
        _audit(db, ctx, "registration.promote", f"registration:{reg.id}", {"status": before},
               {"status": "confirmed", "session": srow.key})
        notify_person(db, ctx, "promoted", person, srow, [_invite(ctx, reg, person, srow, "REQUEST")], reg)
    return list(waiting)


def mark_bouncing(db: Session, address: str, ctx: Context) -> bool:
    person = db.scalar(select(Person).where(Person.email == address.lower()))
    if person is None or person.bouncing:
        return False
    person.bouncing = True
    _audit(db, ctx, "person.bouncing", f"person:{person.email}", {"bouncing": False}, {"bouncing": True})
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
    return db.scalars(upsert_person(db.get_bind().dialect.name), {"email": email, "name": clean_name(name)},
                      execution_options={"populate_existing": True}).one()


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


def _create(db: Session, ctx: Context, person: Person, srow: SessionRow, status: str,
            inbound_id: int | None) -> Registration:
    reg = Registration(person_id=person.id, session_id=srow.id, status=status, sequence=0,
                       calendar_uid=f"{uuid.uuid4()}@{ctx.settings.sender.domain}",
                       source_message_id=inbound_id, created_at=ctx.now, updated_at=ctx.now)
    db.add(reg)
    db.flush()
    _audit(db, ctx, "registration.create", f"registration:{reg.id}", None,
           {"person": person.email, "session": srow.key, "status": status})
    return reg


def _cancel_row(db: Session, ctx: Context, reg: Registration, srow: SessionRow) -> None:
    before = reg.status
    reg.status, reg.sequence, reg.updated_at = "cancelled", reg.sequence + 1, ctx.now
    db.flush()
    _audit(db, ctx, "registration.cancel", f"registration:{reg.id}", {"status": before, "session": srow.key},
           {"status": "cancelled"})


def _invite(ctx: Context, reg: Registration, person: Person, srow: SessionRow, method: Method) -> Invite:
    return Invite(uid=reg.calendar_uid, sequence=reg.sequence + srow.sequence, method=method,
                  session=ctx.catalogue.session(srow.key), attendee_email=person.email,
                  attendee_name=person.name)


def _audit(db: Session, ctx: Context, action: str, target: str, before: dict[str, Any] | None,
           after: dict[str, Any] | None) -> None:
    """Written at once with a Core insert: audit rows are never read back in the same unit of work."""
    db.connection().execute(_AUDIT, {"at": ctx.now, "actor": ctx.actor, "action": action, "target": target,
                                     "before": before, "after": after})
