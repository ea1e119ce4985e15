"""Reading registrations for staff: per event and session, with counts, search and a person's history.

Read only; every change goes through ``apply.registrations``. Rows come back as
plain dataclasses so pages, the API, the CLI and the exports share them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from mailflow.db.models import (
    AuditLog,
    EventRow,
    InboundMessage,
    OutboundMessage,
    OutboundRecipient,
    Person,
    Registration,
    SessionRow,
)

STATUSES = ("confirmed", "waitlisted", "cancelled")


@dataclass(frozen=True)
class Row:
    id: int
    email: str
    name: str | None
    organisation: str | None
    event: str
    session: str
    session_title: str
    status: str
    created_at: dt.datetime
    updated_at: dt.datetime
    bouncing: bool


@dataclass(frozen=True)
class SessionCount:
    key: str
    title: str
    city: str | None
    starts: dt.datetime
    capacity: int | None
    status: str
    confirmed: int
    waitlisted: int
    cancelled: int

    @property
    def free(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.confirmed, 0)


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    direction: str  # "in" (a mail from them), "out" (a mail to them), "change" (audit)
    what: str
    ref: int | None  # inbound or outbound id


def events(db: Session, visible: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
    q = select(EventRow.key, EventRow.title).order_by(EventRow.key)
    if visible is not None:
        q = q.where(EventRow.key.in_(visible))
    return [(k, t) for k, t in db.execute(q)]


def session_counts(db: Session, event_key: str) -> list[SessionCount]:
    counts: dict[tuple[int, str], int] = {
        (sid, st): n
        for sid, st, n in db.execute(
            select(Registration.session_id, Registration.status, func.count())
            .join(SessionRow, SessionRow.id == Registration.session_id)
            .join(EventRow, EventRow.id == SessionRow.event_id)
            .where(EventRow.key == event_key)
            .group_by(Registration.session_id, Registration.status)
        )
    }
    rows = db.scalars(
        select(SessionRow)
        .join(EventRow, EventRow.id == SessionRow.event_id)
        .where(EventRow.key == event_key)
        .order_by(SessionRow.starts, SessionRow.key)
    )
    return [
        SessionCount(
            s.key,
            s.title,
            s.city,
            s.starts,
            s.capacity,
            s.status,
            counts.get((s.id, "confirmed"), 0),
            counts.get((s.id, "waitlisted"), 0),
            counts.get((s.id, "cancelled"), 0),
        )
        for s in rows
    ]


def registrations(
    db: Session,
    event_key: str,
    *,
    session_key: str | None = None,
    status: str | None = None,
    search: str | None = None,
    limit: int = 5000,
) -> list[Row]:
    """Registrations of an event (or one session), by session then oldest first; ``search`` matches
    address, name or organisation."""
    q = (
        select(Registration, Person, SessionRow.key, SessionRow.title)
        .join(Person, Person.id == Registration.person_id)
        .join(SessionRow, SessionRow.id == Registration.session_id)
        .join(EventRow, EventRow.id == SessionRow.event_id)
        .where(EventRow.key == event_key)
    )
    if session_key:
        q = q.where(SessionRow.key == session_key)
    if status:
        q = q.where(Registration.status == status)
    if search and search.strip():
        like = f"%{search.strip().lower()}%"
        q = q.where(
            or_(Person.email.like(like), func.lower(Person.name).like(like), func.lower(Person.organisation).like(like))
        )
    q = q.order_by(SessionRow.starts, SessionRow.key, Registration.created_at, Registration.id).limit(limit)
    return [
        Row(
            r.id,
            p.email,
            p.name,
            p.organisation,
            event_key,
            key,
            title,
            r.status,
            r.created_at,
            r.updated_at,
            p.bouncing,
        )
        for r, p, key, title in db.execute(q)
    ]


def registration(db: Session, registration_id: int) -> Row | None:
    found = db.execute(
        select(Registration, Person, SessionRow.key, SessionRow.title, EventRow.key)
        .join(Person, Person.id == Registration.person_id)
        .join(SessionRow, SessionRow.id == Registration.session_id)
        .join(EventRow, EventRow.id == SessionRow.event_id)
        .where(Registration.id == registration_id)
    ).first()
    if found is None:
        return None
    r, p, key, title, event_key = found
    return Row(
        r.id, p.email, p.name, p.organisation, event_key, key, title, r.status, r.created_at, r.updated_at, p.bouncing
    )


def person_rows(db: Session, email: str) -> list[Row]:
    q = (
        select(Registration, Person, SessionRow.key, SessionRow.title, EventRow.key)
        .join(Person, Person.id == Registration.person_id)
        .join(SessionRow, SessionRow.id == Registration.session_id)
        .join(EventRow, EventRow.id == SessionRow.event_id)
        .where(Person.email == email.strip().lower())
        .order_by(Registration.id)
    )
    return [
        Row(r.id, p.email, p.name, p.organisation, ev, key, title, r.status, r.created_at, r.updated_at, p.bouncing)
        for r, p, key, title, ev in db.execute(q)
    ]


def history(db: Session, email: str, *, limit: int = 300) -> list[HistoryEntry]:
    """Every mail from and to a person, and every change to their registrations, oldest first."""
    email = email.strip().lower()
    entries: list[HistoryEntry] = []
    for i in db.execute(
        select(InboundMessage.id, InboundMessage.received_at, InboundMessage.state, InboundMessage.envelope_from)
        .where(func.lower(InboundMessage.envelope_from) == email)
        .order_by(InboundMessage.id.desc())
        .limit(limit)
    ):
        entries.append(HistoryEntry(i.received_at, "in", i.state, i.id))
    for o in db.execute(
        select(OutboundMessage.id, OutboundMessage.created_at, OutboundMessage.kind, OutboundMessage.state)
        .join(OutboundRecipient, OutboundRecipient.outbound_id == OutboundMessage.id)
        .where(OutboundRecipient.address == email)
        .order_by(OutboundMessage.id.desc())
        .limit(limit)
    ):
        entries.append(HistoryEntry(o.created_at, "out", f"{o.kind} ({o.state})", o.id))
    reg_ids = [r.id for r in person_rows(db, email)]
    if reg_ids:
        targets = [f"registration:{i}" for i in reg_ids]
        for a in db.execute(
            select(AuditLog.at, AuditLog.action, AuditLog.actor, AuditLog.after)
            .where(AuditLog.target.in_(targets))
            .order_by(AuditLog.id.desc())
            .limit(limit)
        ):
            session = (a.after or {}).get("session")
            entries.append(
                HistoryEntry(a.at, "change", f"{a.action} by {a.actor}" + (f" ({session})" if session else ""), None)
            )
    return sorted(entries, key=lambda e: e.at)
