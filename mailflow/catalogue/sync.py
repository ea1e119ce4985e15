"""Bring the events and sessions tables in line with the catalogue files.

Registrations refer to session rows, so rows are never deleted: a session that
disappears from the file is marked ``cancelled`` and keeps its history. When a
session's time or place changes its ``sequence`` goes up, because calendar
clients only accept an updated invitation with a higher SEQUENCE. The sync runs
in the caller's transaction and is idempotent: a second run reports everything
unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailflow.catalogue import Catalogue, Event
from mailflow.catalogue import Session as CatSession
from mailflow.db.models import EventRow, Registration, SessionRow

EVENT_FIELDS = (
    "mailbox",
    "title",
    "language",
    "timezone",
    "registration_deadline",
    "max_sessions_per_participant",
    "status",
)
TIME_AND_PLACE = ("starts", "ends", "city", "venue", "address", "online")
SESSION_FIELDS = ("title", *TIME_AND_PLACE, "capacity", "status")


@dataclass(frozen=True)
class Change:
    """One event or session the sync touched (or found unchanged)."""

    what: str  # "event" | "session"
    key: str
    fields: tuple[str, ...] = ()  # for updates: which fields changed
    note: str = ""

    def __str__(self) -> str:
        text = f"{self.what} {self.key}"
        if self.fields:
            text += f": {', '.join(self.fields)}"
        return f"{text} ({self.note})" if self.note else text


@dataclass
class SyncReport:
    added: list[Change] = field(default_factory=list)
    updated: list[Change] = field(default_factory=list)
    unchanged: list[Change] = field(default_factory=list)
    removed: list[Change] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def __str__(self) -> str:
        lines = [
            f"catalogue sync: {len(self.added)} added, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.removed)} removed"
        ]
        for sign, changes in (("+", self.added), ("~", self.updated), ("-", self.removed)):
            lines += [f"  {sign} {c}" for c in changes]
        return "\n".join(lines)


def sync_catalogue(db: Session, catalogue: Catalogue) -> SyncReport:
    """Upsert every event and session by key; cancel rows no longer in the catalogue. Does not commit."""
    report = SyncReport()
    events = {r.key: r for r in db.scalars(select(EventRow))}
    sessions = {r.key: r for r in db.scalars(select(SessionRow))}
    for event in catalogue.events:
        row = _sync_event(db, events.get(event.key), event, report)
        for s in event.sessions:
            _sync_session(db, sessions.get(s.key), s, row, report)
    _cancel_missing(db, events, sessions, catalogue, report)
    db.flush()
    return report


def _changed(row: Any, values: dict[str, Any], names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(n for n in names if getattr(row, n) != values[n])


def _sync_event(db: Session, row: EventRow | None, event: Event, report: SyncReport) -> EventRow:
    values = {n: getattr(event, n) for n in EVENT_FIELDS}
    if row is None:
        row = EventRow(key=event.key, **values)
        db.add(row)
        db.flush()
        report.added.append(Change("event", event.key))
        return row
    fields = _changed(row, values, EVENT_FIELDS)
    for n in fields:
        setattr(row, n, values[n])
    (report.updated if fields else report.unchanged).append(Change("event", event.key, fields))
    return row


def _sync_session(db: Session, row: SessionRow | None, s: CatSession, event: EventRow, report: SyncReport) -> None:
    values = {n: getattr(s, n) for n in SESSION_FIELDS}
    if row is None:
        db.add(SessionRow(key=s.key, event_id=event.id, sequence=0, **values))
        report.added.append(Change("session", s.key))
        return
    fields = _changed(row, values, SESSION_FIELDS)
    if row.event_id != event.id:
        row.event_id = event.id
        fields = (*fields, "event")
    for n in fields:
        if n != "event":
            setattr(row, n, values[n])
    note = ""
    if set(fields) & set(TIME_AND_PLACE):
        row.sequence += 1
        note = f"sequence {row.sequence}; registrants' calendars need an update (`mailflow events sync --notify`)"
    (report.updated if fields else report.unchanged).append(Change("session", s.key, fields, note))


def _cancel_missing(
    db: Session, events: dict[str, EventRow], sessions: dict[str, SessionRow], catalogue: Catalogue, report: SyncReport
) -> None:
    keep_events = {e.key for e in catalogue.events}
    keep_sessions = {s.key for s in catalogue.sessions}
    for key, srow in sorted(sessions.items()):
        if key not in keep_sessions and srow.status != "cancelled":
            srow.status = "cancelled"
            report.removed.append(Change("session", key, note=_active_note(db, srow)))
    for key, erow in sorted(events.items()):
        if key not in keep_events and erow.status != "cancelled":
            erow.status = "cancelled"
            report.removed.append(Change("event", key))


def _active_note(db: Session, srow: SessionRow) -> str:
    n = (
        db.scalar(
            select(func.count())
            .select_from(Registration)
            .where(Registration.session_id == srow.id, Registration.status != "cancelled")
        )
        or 0
    )
    return f"marked cancelled; {n} active registration(s) to follow up" if n else "marked cancelled"
