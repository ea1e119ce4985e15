"""Schedule changes reach the calendars: who is affected, and the updates that bring them in line.

The catalogue sync raises a session's ``sequence`` when its time or place
changes and marks a dropped session ``cancelled``; it sends nothing, because
the organiser may still be editing. This module is the step after it, one
service for every caller (``mailflow events sync --notify``, ``serve`` under
``[policy] notify_schedule_changes = "send"``, later an organisers' page):

- ``preview``: which registrations hold an out-of-date calendar entry, per
  session, changing nothing (the "who is affected" list to confirm).
- ``notify``: for each of them, in the caller's transaction, the mail with the
  same UID and the next SEQUENCE: a REQUEST with the new time or place, or for
  a cancelled session a CANCEL (the registration lapses with it).

Both read the state from the rows themselves (``registrations.session_sequence``
against ``sessions.sequence``), so nothing is sent twice, a crash in between
loses nothing, and a second ``notify`` finds nobody left.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterable, Literal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from mailflow.apply import snapshot
from mailflow.apply.context import Context
from mailflow.apply.notify import may_send, send
from mailflow.apply.registrations import _audit, _cancel_row, _invite
from mailflow.catalogue import Catalogue, Event
from mailflow.catalogue import Session as CatSession
from mailflow.db.models import EventRow, Person, Registration, SessionRow
from mailflow.outbound.types import Reply as Mail

Change = Literal["changed", "cancelled"]


@dataclass(frozen=True)
class Affected:
    """One registration whose calendar entry the change makes wrong."""

    registration_id: int
    email: str
    name: str | None
    status: str  # confirmed | waitlisted (waitlisted only for a cancelled session)


@dataclass(frozen=True)
class SessionChange:
    """A session whose registrants need to hear of a change, and who they are."""

    session_key: str
    title: str
    change: Change  # "changed": new time or place; "cancelled": it will not take place
    registrations: tuple[Affected, ...]

    def __str__(self) -> str:
        what = "time or place changed" if self.change == "changed" else "cancelled"
        people = ", ".join(a.email for a in self.registrations)
        return f"{self.session_key} ({what}): {len(self.registrations)} registration(s): {people}"


@dataclass
class Notified:
    """What ``notify`` did: the registrations updated and the mails queued for them."""

    registrations: list[int] = field(default_factory=list)
    outbound: list[int] = field(default_factory=list)


_CANCELLED = or_(SessionRow.status == "cancelled", EventRow.status == "cancelled")
_ROWS = (
    select(Registration, Person, SessionRow, EventRow)
    .join(Person, Person.id == Registration.person_id)
    .join(SessionRow, SessionRow.id == Registration.session_id)
    .join(EventRow, EventRow.id == SessionRow.event_id)
    .where(
        or_(
            (Registration.status == "confirmed") & (Registration.session_sequence < SessionRow.sequence),
            (Registration.status != "cancelled") & _CANCELLED,
        )
    )
    .order_by(SessionRow.id, Registration.id)
)


def preview(db: Session, *, sessions: Iterable[str] | None = None) -> list[SessionChange]:
    """Sessions whose registrants hold an out-of-date calendar entry, with those registrants; changes nothing."""
    found: dict[str, tuple[SessionRow, bool, list[Affected]]] = {}
    for reg, person, srow, erow in db.execute(_selected(sessions)).all():
        cancelled = srow.status == "cancelled" or erow.status == "cancelled"
        entry = found.setdefault(srow.key, (srow, cancelled, []))
        entry[2].append(Affected(reg.id, person.email, person.name, reg.status))
    return [
        SessionChange(key, srow.title, "cancelled" if cancelled else "changed", tuple(people))
        for key, (srow, cancelled, people) in found.items()
    ]


def notify(db: Session, ctx: Context, *, sessions: Iterable[str] | None = None) -> Notified:
    """Send every affected registrant of ``sessions`` (None: all) the update, in the caller's transaction.

    A changed session: the same UID, SEQUENCE + 1, the new time and place
    ("schedule_update"). A cancelled one: METHOD:CANCEL for a confirmed place
    and the registration cancelled with it ("session_cancelled"; a waitlisted
    person only hears of it). An address we may not mail (bouncing, one of
    ours, over today's limit) gets nothing, but its registration is brought
    in line all the same, so it is not tried again and again.
    """
    # the session rows first, as every other writer of registrations does, then read again under the lock
    wanted = [c.session_key for c in preview(db, sessions=sessions)]
    if not wanted:
        return Notified()
    snapshot.lock_sessions(db, wanted)
    rows = list(db.execute(_selected(wanted)).all())
    done = Notified()
    for reg, person, srow, erow in rows:
        event, session = _event_and_session(ctx.catalogue, srow, erow)
        if srow.status == "cancelled" or erow.status == "cancelled":
            out = _cancelled(db, ctx, reg, person, srow, event, session)
        else:
            out = _changed(db, ctx, reg, person, srow, event, session)
        done.registrations.append(reg.id)
        done.outbound += [out] if out else []
    return done


def _selected(sessions: Iterable[str] | None):
    return _ROWS if sessions is None else _ROWS.where(SessionRow.key.in_(list(sessions)))


def _changed(
    db: Session, ctx: Context, reg: Registration, person: Person, srow: SessionRow, event: Event, session: CatSession
) -> int | None:
    before = {"sequence": reg.sequence, "session_sequence": reg.session_sequence}
    reg.sequence, reg.updated_at = reg.sequence + 1, ctx.now
    invite = _invite(replace(ctx, catalogue=_with(ctx.catalogue, event, session)), reg, person, srow, "REQUEST")
    _audit(
        db,
        ctx,
        "registration.schedule_update",
        f"registration:{reg.id}",
        before,
        {"sequence": reg.sequence, "session_sequence": reg.session_sequence, "session": srow.key},
    )
    mail = Mail(
        template="schedule_update",
        event=event,
        to=person.email,
        to_name=person.name,
        sessions=(session,),
        invites=(invite,),
        participants=(person.email,),
    )
    return _send(db, ctx, mail, reg)


def _cancelled(
    db: Session, ctx: Context, reg: Registration, person: Person, srow: SessionRow, event: Event, session: CatSession
) -> int | None:
    was = reg.status
    _cancel_row(db, ctx, reg, srow)
    invites = []
    if was == "confirmed":
        invites.append(
            _invite(replace(ctx, catalogue=_with(ctx.catalogue, event, session)), reg, person, srow, "CANCEL")
        )
    others = tuple(s for s in event.sessions if s.key != session.key and event.session_open(s, ctx.now))
    mail = Mail(
        template="session_cancelled",
        event=event,
        to=person.email,
        to_name=person.name,
        sessions=(session,),
        invites=tuple(invites),
        alternatives=others,
        participants=(person.email,),
    )
    return _send(db, ctx, mail, reg)


def _send(db: Session, ctx: Context, mail: Mail, reg: Registration) -> int | None:
    if not may_send(db, ctx, mail.to):
        return None
    return send(db, ctx, mail, dedup_key=f"{mail.template}:{reg.id}:{reg.sequence}", registration_id=reg.id)


def _event_and_session(catalogue: Catalogue, srow: SessionRow, erow: EventRow) -> tuple[Event, CatSession]:
    """The catalogue's event and session; for a session (or event) taken out of the files, as the rows hold it."""
    if catalogue.has_session(srow.key):
        return catalogue.event_of(srow.key), catalogue.session(srow.key)
    session = CatSession(
        key=srow.key,
        event_key=erow.key,
        title=srow.title,
        starts=srow.starts,
        ends=srow.ends,
        city=srow.city,
        venue=srow.venue,
        address=srow.address,
        online=srow.online,
        capacity=srow.capacity,
        status="cancelled",
    )
    try:
        event = catalogue.event(erow.key)
    except KeyError:
        event = Event(
            key=erow.key,
            mailbox=erow.mailbox,
            title=erow.title,
            language=erow.language,
            timezone=erow.timezone,
            sessions=(session,),
            status=erow.status,
        )
    return event, session


def _with(catalogue: Catalogue, event: Event, session: CatSession) -> Catalogue:
    """The catalogue, or for a session no longer in it, one that knows it (``_invite`` looks sessions up)."""
    if catalogue.has_session(session.key):
        return catalogue
    others = tuple(e for e in catalogue.events if e.key != event.key)
    kept = tuple(s for s in event.sessions if s.key != session.key)
    return Catalogue((*others, replace(event, sessions=(*kept, session))))
