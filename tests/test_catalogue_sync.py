"""sync_catalogue(): idempotent upsert by key, sequence on time/place changes, cancel instead of delete."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailflow.catalogue import Catalogue, Event
from mailflow.catalogue.sync import sync_catalogue
from mailflow.db.models import EventRow, Person, Registration, SessionRow


def with_session(cat: Catalogue, key: str, **changes: Any) -> Catalogue:
    events = []
    for e in cat.events:
        sessions = tuple(dataclasses.replace(s, **changes) if s.key == key else s for s in e.sessions)
        events.append(dataclasses.replace(e, sessions=sessions))
    return Catalogue(tuple(events))


def without_session(cat: Catalogue, key: str) -> Catalogue:
    return Catalogue(
        tuple(dataclasses.replace(e, sessions=tuple(s for s in e.sessions if s.key != key)) for e in cat.events)
    )


def sync(factory: sessionmaker[Session], cat: Catalogue):
    with factory() as db, db.begin():
        return sync_catalogue(db, cat)


def row(factory: sessionmaker[Session], key: str) -> SessionRow:
    with factory() as db:
        return db.scalars(select(SessionRow).where(SessionRow.key == key)).one()


def test_first_sync_adds_everything_and_second_changes_nothing(factory, catalogue):
    first = sync(factory, catalogue)
    assert len(first.added) == 3 + 9 and not first.updated and not first.removed
    second = sync(factory, catalogue)
    assert not second.changed and len(second.unchanged) == 12
    assert str(second).startswith("catalogue sync: 0 added, 0 updated, 12 unchanged, 0 removed")
    r = row(factory, "dia-utrecht")
    assert (r.capacity, r.city, r.sequence, r.status) == (2, "Utrecht", 0, "open")
    assert r.starts == catalogue.session("dia-utrecht").starts


def test_time_or_place_change_raises_sequence(factory, catalogue):
    # a later start and a new venue are one update with sequence +1 each run that changes them
    sync(factory, catalogue)
    s = catalogue.session("dia-utrecht")
    moved = with_session(
        catalogue, "dia-utrecht", starts=s.starts + dt.timedelta(hours=1), ends=s.ends + dt.timedelta(hours=1)
    )
    report = sync(factory, moved)
    [change] = report.updated
    assert change.key == "dia-utrecht" and set(change.fields) == {"starts", "ends"}
    assert "sequence 1" in str(report)
    assert row(factory, "dia-utrecht").sequence == 1
    sync(factory, with_session(moved, "dia-utrecht", venue="Stadhuis"))
    assert row(factory, "dia-utrecht").sequence == 2


def test_title_or_capacity_change_updates_without_sequence(factory, catalogue):
    sync(factory, catalogue)
    report = sync(factory, with_session(catalogue, "dia-arnhem", title="Nieuw", capacity=80))
    assert [c.fields for c in report.updated] == [("title", "capacity")]
    r = row(factory, "dia-arnhem")
    assert (r.title, r.capacity, r.sequence) == ("Nieuw", 80, 0)


def test_removed_session_is_cancelled_not_deleted_and_reported_once(factory, catalogue):
    sync(factory, catalogue)
    with factory() as db, db.begin():
        p = Person(email="anna@utrecht.nl")
        db.add(p)
        db.flush()
        sid = db.scalars(select(SessionRow.id).where(SessionRow.key == "dia-haarlem")).one()
        db.add(Registration(person_id=p.id, session_id=sid, status="confirmed", calendar_uid="u1@test"))
    report = sync(factory, without_session(catalogue, "dia-haarlem"))
    [removed] = report.removed
    assert removed.key == "dia-haarlem" and "1 active registration" in removed.note
    assert row(factory, "dia-haarlem").status == "cancelled"
    assert not sync(factory, without_session(catalogue, "dia-haarlem")).changed
    back = sync(factory, catalogue)
    assert [(c.key, c.fields) for c in back.updated] == [("dia-haarlem", ("status",))]


def test_removed_event_is_cancelled(factory, catalogue):
    sync(factory, catalogue)
    report = sync(factory, Catalogue(tuple(e for e in catalogue.events if e.key != "old")))
    assert {(c.what, c.key) for c in report.removed} == {("event", "old"), ("session", "old-gent")}
    with factory() as db:
        assert db.scalars(select(EventRow.status).where(EventRow.key == "old")).one() == "cancelled"


def test_event_fields_are_updated(factory, catalogue):
    sync(factory, catalogue)
    dia: Event = catalogue.event("dia")
    changed = Catalogue(
        tuple(dataclasses.replace(e, max_sessions_per_participant=2) if e.key == "dia" else e for e in catalogue.events)
    )
    report = sync(factory, changed)
    assert [(c.what, c.key, c.fields) for c in report.updated] == [
        ("event", dia.key, ("max_sessions_per_participant",))
    ]
