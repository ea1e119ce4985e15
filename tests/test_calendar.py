"""Invites, parsed back from their bytes exactly as a calendar client would read them."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest

from mailflow.catalogue import Event, Session
from mailflow.outbound.calendar import build_invite, transitions, vtimezone
from mailflow.outbound.types import Invite

NOW = dt.datetime(2027, 5, 1, 8, 30, tzinfo=dt.timezone.utc)


def make_event(tzname: str = "Europe/Amsterdam", online: bool = False) -> Event:
    tz = ZoneInfo(tzname)
    zwolle = Session(
        key="zwolle",
        event_key="kd",
        title="Regiobijeenkomst Zwolle",
        city="Zwolle",
        starts=dt.datetime(2027, 6, 14, 9, tzinfo=tz),
        ends=dt.datetime(2027, 6, 14, 12, tzinfo=tz),
        venue="Hanzehogeschool",
        address="Zernikeplein 1, Zwolle",
        description="Met lunch.",
    )
    web = Session(
        key="web",
        event_key="kd",
        title="Webinar",
        starts=dt.datetime(2027, 11, 2, 14, tzinfo=tz),
        ends=dt.datetime(2027, 11, 2, 15, 30, tzinfo=tz),
        venue="Microsoft Teams",
        online=True,
    )
    return Event(
        key="kd",
        mailbox="aanmelden@example.nl",
        title="Kennisdag Jeugd",
        language="nl",
        timezone=tzname,
        sessions=(zwolle, web),
    )


def invite(session: Session, method: str = "REQUEST", uid: str = "reg-1@example.nl", seq: int = 0) -> Invite:
    return Invite(
        uid=uid,
        sequence=seq,
        method=method,
        session=session,  # type: ignore[arg-type]
        attendee_email="jan@example.org",
        attendee_name="Jan de Vries",
    )


def roundtrip(cal: icalendar.Calendar) -> icalendar.Calendar:
    raw = cal.to_ical()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    return icalendar.Calendar.from_ical(raw)


def test_request_has_every_property_outlook_google_apple_need() -> None:
    # Intent: a REQUEST carries METHOD, VTIMEZONE and a complete VEVENT that survives parsing.
    event = make_event()
    cal = roundtrip(
        build_invite(
            [invite(event.sessions[0], seq=2)], event, "aanmelden@example.nl", "Secretariaat Jeugd", "REQUEST", NOW
        )
    )
    assert str(cal["METHOD"]) == "REQUEST" and str(cal["VERSION"]) == "2.0" and cal["PRODID"]
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["UID"]) == "reg-1@example.nl"
    assert vevent.decoded("SEQUENCE") == 2
    assert vevent.decoded("DTSTAMP") == NOW
    start, end = vevent["DTSTART"], vevent["DTEND"]
    assert start.params["TZID"] == "Europe/Amsterdam" and end.params["TZID"] == "Europe/Amsterdam"
    assert vevent.decoded("DTSTART") == dt.datetime(2027, 6, 14, 7, tzinfo=dt.timezone.utc)
    assert vevent.decoded("DTEND") == dt.datetime(2027, 6, 14, 10, tzinfo=dt.timezone.utc)
    assert str(vevent["SUMMARY"]) == "Kennisdag Jeugd \u2013 Regiobijeenkomst Zwolle"
    assert str(vevent["LOCATION"]) == "Hanzehogeschool, Zernikeplein 1, Zwolle"
    assert "Met lunch." in str(vevent["DESCRIPTION"])
    assert str(vevent["STATUS"]) == "CONFIRMED"
    organizer = vevent["ORGANIZER"]
    assert str(organizer) == "mailto:aanmelden@example.nl" and organizer.params["CN"] == "Secretariaat Jeugd"
    attendee = vevent["ATTENDEE"]
    assert str(attendee) == "mailto:jan@example.org"
    assert dict(attendee.params) == {
        "CN": "Jan de Vries",
        "ROLE": "REQ-PARTICIPANT",
        "PARTSTAT": "NEEDS-ACTION",
        "RSVP": "FALSE",
    }
    (tz,) = cal.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Europe/Amsterdam"


def test_cancel_keeps_uid_and_marks_cancelled() -> None:
    # Intent: a CANCEL with the same UID and a higher SEQUENCE removes the entry the client has.
    event = make_event()
    cal = roundtrip(
        build_invite(
            [invite(event.sessions[0], "CANCEL", seq=3)], event, "aanmelden@example.nl", "Secretariaat", "CANCEL", NOW
        )
    )
    assert str(cal["METHOD"]) == "CANCEL"
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["UID"]) == "reg-1@example.nl" and vevent.decoded("SEQUENCE") == 3
    assert str(vevent["STATUS"]) == "CANCELLED"
    assert "PARTSTAT" not in vevent["ATTENDEE"].params


def test_one_vevent_per_invite_and_online_location() -> None:
    # Intent: several registrations give several VEVENTs; online sessions say so in LOCATION.
    event = make_event()
    cal = roundtrip(
        build_invite(
            [invite(event.sessions[0], uid="a@x"), invite(event.sessions[1], uid="b@x")],
            event,
            "aanmelden@example.nl",
            "S",
            "REQUEST",
            NOW,
        )
    )
    vevents = cal.walk("VEVENT")
    assert [str(v["UID"]) for v in vevents] == ["a@x", "b@x"]
    assert str(vevents[1]["LOCATION"]) == "Online (Microsoft Teams)"
    assert vevents[1].decoded("DTSTART") == dt.datetime(2027, 11, 2, 13, tzinfo=dt.timezone.utc)  # CET, not CEST


def test_mixed_methods_are_refused() -> None:
    # Intent: one iTIP object has one METHOD; mixing would silently lose the other half.
    event = make_event()
    with pytest.raises(ValueError):
        build_invite([invite(event.sessions[0], "CANCEL")], event, "a@example.nl", "S", "REQUEST", NOW)


def _component(tz: icalendar.Timezone, name: str) -> icalendar.cal.Component:
    (comp,) = [c for c in tz.subcomponents if c.name == name]
    return comp


@pytest.mark.parametrize("zone", ["Europe/Amsterdam", "Europe/Brussels"])
def test_vtimezone_uses_rrules_like_outlook_expects(zone: str) -> None:
    # Intent: the EU rule is written as yearly RRULEs since 1981/1996, not as an RDATE list.
    event = make_event(zone)
    cal = roundtrip(build_invite([invite(event.sessions[0])], event, "a@example.nl", "S", "REQUEST", NOW))
    (tz,) = cal.walk("VTIMEZONE")
    raw = tz.to_ical().decode()
    assert "RDATE" not in raw
    assert str(tz["TZID"]) == zone
    daylight, standard = _component(tz, "DAYLIGHT"), _component(tz, "STANDARD")
    assert daylight.decoded("DTSTART") == dt.datetime(1981, 3, 29, 2, 0)
    assert daylight["RRULE"].to_ical() == b"FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"
    assert daylight.decoded("TZOFFSETFROM") == dt.timedelta(hours=1)
    assert daylight.decoded("TZOFFSETTO") == dt.timedelta(hours=2)
    assert str(daylight["TZNAME"]) == "CEST"
    assert standard.decoded("DTSTART") == dt.datetime(1996, 10, 27, 3, 0)
    assert standard["RRULE"].to_ical() == b"FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"
    assert standard.decoded("TZOFFSETFROM") == dt.timedelta(hours=2)
    assert standard.decoded("TZOFFSETTO") == dt.timedelta(hours=1)
    assert str(standard["TZNAME"]) == "CET"


def test_vtimezone_without_dst_is_one_fixed_standard() -> None:
    # Intent: a zone without DST gets a single STANDARD with equal offsets and no rule.
    event = make_event("Asia/Tokyo")
    cal = roundtrip(build_invite([invite(event.sessions[0])], event, "a@example.nl", "S", "REQUEST", NOW))
    (tz,) = cal.walk("VTIMEZONE")
    assert [c.name for c in tz.subcomponents] == ["STANDARD"]
    std = tz.subcomponents[0]
    assert std.decoded("TZOFFSETFROM") == std.decoded("TZOFFSETTO") == dt.timedelta(hours=9)
    assert "RRULE" not in std and str(std["TZNAME"]) == "JST"
    (vevent,) = cal.walk("VEVENT")
    assert vevent["DTSTART"].params["TZID"] == "Asia/Tokyo"


def test_vtimezone_rules_for_other_hemispheres_and_nth_weekdays() -> None:
    # Intent: the derivation is general: US "second Sunday", Sydney's southern-summer DST.
    ny = vtimezone("America/New_York", 2027)
    assert _component(ny, "DAYLIGHT")["RRULE"].to_ical() == b"FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"
    assert _component(ny, "STANDARD")["RRULE"].to_ical() == b"FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"
    sydney = vtimezone("Australia/Sydney", 2027)
    assert _component(sydney, "DAYLIGHT")["RRULE"].to_ical() == b"FREQ=YEARLY;BYDAY=1SU;BYMONTH=10"
    assert _component(sydney, "DAYLIGHT").decoded("TZOFFSETTO") == dt.timedelta(hours=11)


def test_irregular_zone_falls_back_to_explicit_changes() -> None:
    # Intent: a zone whose changes follow no yearly rule still gets correct offsets for the year.
    tz = vtimezone("Africa/Casablanca", 2027)
    assert "RRULE" not in tz.to_ical().decode()
    starts = {c.decoded("DTSTART") for c in tz.subcomponents}
    for t in transitions(ZoneInfo("Africa/Casablanca"), 2027):
        assert (t.at + t.before).replace(tzinfo=None) in starts
