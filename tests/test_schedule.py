"""Schedule changes and join links reach the calendars: preview who is affected, then send the updates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy

import icalendar
from sqlalchemy.orm import Session, sessionmaker

from mailflow.apply import links, schedule
from mailflow.apply.context import Context
from mailflow.apply.registrations import register
from mailflow.catalogue import Catalogue
from mailflow.catalogue.sync import sync_catalogue
from mailflow.config import Settings

from support import outbox


def moved(catalogue: Catalogue, key: str, **changes: object) -> Catalogue:
    """The catalogue with one session changed, as an organiser edits the file."""
    events = []
    for e in catalogue.events:
        events.append(
            dataclasses.replace(
                e, sessions=tuple(dataclasses.replace(s, **changes) if s.key == key else s for s in e.sessions)
            )
        )  # type: ignore[arg-type]
    return Catalogue(tuple(events))


def calendar_of(raw: bytes) -> icalendar.Calendar:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    [part] = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    assert part.get_param("method") == str(icalendar.Calendar.from_ical(part.get_content())["METHOD"])
    return icalendar.Calendar.from_ical(part.get_content())


def test_a_time_change_updates_the_same_calendar_entry(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings, now: dt.datetime
) -> None:
    # Intent: after 09:00 -> 14:30 the registrant's update parses as the same UID with SEQUENCE + 1 and the new
    # DTSTART; the preview named her first, and a second notify finds nobody left.
    ctx = Context(catalogue, settings, now)
    with synced() as db, db.begin():
        uid = register(db, "anna@utrecht.nl", "dia-utrecht", ctx=ctx).calendar_uid
    [confirmation] = outbox(synced)
    [first] = calendar_of(confirmation.msg.as_bytes()).walk("VEVENT")
    s = catalogue.session("dia-utrecht")
    later = moved(
        catalogue, "dia-utrecht", starts=s.starts.replace(hour=14, minute=30), ends=s.ends.replace(hour=17, minute=30)
    )
    with synced() as db, db.begin():
        sync_catalogue(db, later)
        [change] = schedule.preview(db)
        assert (change.session_key, change.change) == ("dia-utrecht", "changed")
        assert [a.email for a in change.registrations] == ["anna@utrecht.nl"]
        schedule.notify(db, Context(later, settings, now))
    update = [m for m in outbox(synced) if m.kind == "schedule_update"]
    assert len(update) == 1 and update[0].recipients == ["anna@utrecht.nl"]
    cal = calendar_of(update[0].msg.as_bytes())
    [vevent] = cal.walk("VEVENT")
    assert str(cal["METHOD"]) == "REQUEST" and str(vevent["UID"]) == uid == str(first["UID"])
    assert vevent.decoded("SEQUENCE") == first.decoded("SEQUENCE") + 1
    local = vevent.decoded("DTSTART").astimezone(later.event_of("dia-utrecht").tz)
    assert (local.hour, local.minute) == (14, 30)
    with synced() as db, db.begin():
        assert schedule.preview(db) == []
        assert schedule.notify(db, Context(later, settings, now)).registrations == []


def test_a_cancelled_session_sends_cancel_with_the_same_uid(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings, now: dt.datetime
) -> None:
    # Intent: a session taken out of the catalogue: METHOD:CANCEL, same UID, next SEQUENCE; the registration lapses.
    ctx = Context(catalogue, settings, now)
    with synced() as db, db.begin():
        uid = register(db, "anna@utrecht.nl", "dia-arnhem", ctx=ctx).calendar_uid
    without = moved(catalogue, "dia-arnhem", status="cancelled")
    with synced() as db, db.begin():
        sync_catalogue(db, without)
        assert [c.change for c in schedule.preview(db)] == ["cancelled"]
        schedule.notify(db, Context(without, settings, now))
        assert schedule.preview(db) == []
    [sent] = [m for m in outbox(synced) if m.kind == "session_cancelled"]
    [vevent] = calendar_of(sent.msg.as_bytes()).walk("VEVENT")
    assert str(vevent["UID"]) == uid and vevent.decoded("SEQUENCE") == 1 and str(vevent["STATUS"]) == "CANCELLED"


def test_a_join_link_goes_out_once_at_its_release_time(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings, now: dt.datetime
) -> None:
    # Intent: before the release the confirmation promises the link; at the release it is mailed once, with
    # URL in the invite (same UID, SEQUENCE + 1); a later registrant has it in the confirmation straight away.
    s = catalogue.session("dia-arnhem")
    online = moved(
        catalogue,
        "dia-arnhem",
        online_url="https://meet.example.nl/j/42",
        online_url_release=s.starts - dt.timedelta(days=2),
    )
    with synced() as db, db.begin():
        register(db, "anna@utrecht.nl", "dia-arnhem", ctx=Context(online, settings, now))
        assert links.send_due(db, Context(online, settings, now)).registrations == []
    release = s.starts - dt.timedelta(days=1)
    with synced() as db, db.begin():
        assert len(links.send_due(db, Context(online, settings, release)).outbound) == 1
        assert links.send_due(db, Context(online, settings, release)).registrations == []
        register(db, "bob@utrecht.nl", "dia-arnhem", ctx=Context(online, settings, release))
        assert links.send_due(db, Context(online, settings, release)).registrations == []
    sent = outbox(synced)
    assert [m.kind for m in sent] == ["confirmation", "online_link", "confirmation"]
    assert "https://meet.example.nl/j/42" not in sent[0].text and "https://meet.example.nl/j/42" in sent[2].text
    [vevent] = calendar_of(sent[1].msg.as_bytes()).walk("VEVENT")
    assert str(vevent["URL"]) == "https://meet.example.nl/j/42" and vevent.decoded("SEQUENCE") == 1
    assert "https://meet.example.nl/j/42" in str(vevent["LOCATION"])
