"""iTIP invitations (RFC 5546) for registrations: pure builders, no clock, no I/O.

Three clients must read these without a click more than "accept": Outlook,
Google Calendar and Apple Calendar. What that takes, and why:

* METHOD in the VCALENDAR *and* in the MIME part's ``method=`` parameter
  (compose does the latter), else Outlook shows an attachment, not a meeting.
* One stable UID per registration and a SEQUENCE raised on every change, so an
  update or a CANCEL replaces the entry the participant already has.
* A VTIMEZONE in the classic RRULE form (yearly "last Sunday of March").
  icalendar's ``add_missing_timezones()`` writes a list of RDATEs instead, which
  Outlook misreads by an hour; we derive the two yearly rules from zoneinfo.
"""

from __future__ import annotations

import calendar as pycal
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence
from zoneinfo import ZoneInfo

import icalendar
from icalendar.caselessdict import canonsort_keys

from mailflow.catalogue import Event, Session
from mailflow.outbound.dates import calendar_location
from mailflow.outbound.echo import clean_name
from mailflow.outbound.types import Invite

PRODID = "-//mailflow//mailflow registrations//EN"
UTC = dt.timezone.utc
EPOCH_LOCAL = dt.datetime(1970, 1, 1)
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def build_invite(
    invites: Sequence[Invite], event: Event, organizer_email: str, organizer_name: str, method: str, now: dt.datetime
) -> icalendar.Calendar:
    """One VCALENDAR with METHOD and one VEVENT per invite; all invites must share ``method``.

    iTIP allows one METHOD per object, so a "moved" reply (CANCEL old, REQUEST
    new) needs two calendars; mixing them here would silently drop one.
    """
    cal = _calendar(invites, method)
    cal.add_component(vtimezone(event.timezone, _tz_year(invites, event)))
    for invite in invites:
        cal.add_component(_vevent(invite, event, organizer_email, organizer_name, now))
    return cal


def invite_ics(
    invites: Sequence[Invite], event: Event, organizer_email: str, organizer_name: str, method: str, now: dt.datetime
) -> bytes:
    """``build_invite(...).to_ical()``, byte for byte, serialising only what differs per registration.

    A confirmation's calendar is mostly the same for everyone in a session:
    the VCALENDAR head, the VTIMEZONE and most VEVENT lines are serialised once
    and cached; only UID, SEQUENCE, DTSTAMP and ATTENDEE are written per mail,
    and the lines are put in icalendar's own order. A test holds both paths equal.
    """
    _check(invites, method)
    out = [_calendar_head(method), _vtimezone_ical(event.timezone, _tz_year(invites, event))]
    out += [_vevent_ical(i, event, organizer_email, organizer_name, now) for i in invites]
    out.append(b"END:VCALENDAR\r\n")
    return b"".join(out)


@lru_cache(maxsize=8)
def _calendar_head(method: str) -> bytes:
    head = _calendar_props(method).to_ical()
    assert head.endswith(b"END:VCALENDAR\r\n")
    return head[: -len(b"END:VCALENDAR\r\n")]


def _vevent_ical(invite: Invite, event: Event, organizer_email: str, organizer_name: str, now: dt.datetime) -> bytes:
    lines = dict(
        _shared_vevent_lines(invite.session, event, organizer_email, organizer_name, invite.method, invite.url)
    )
    own = icalendar.Event()
    _own_props(own, invite, now)
    lines.update(_lines_by_name(own))
    order = canonsort_keys(list(lines), icalendar.Event.canonical_order)
    return b"".join([b"BEGIN:VEVENT\r\n", *(lines[name] for name in order), b"END:VEVENT\r\n"])


@lru_cache(maxsize=1024)
def _shared_vevent_lines(
    session: Session, event: Event, organizer_email: str, organizer_name: str, method: str, url: str | None
) -> tuple[tuple[str, bytes], ...]:
    vevent = icalendar.Event()
    _shared_props(vevent, session, event, organizer_email, organizer_name, method, url)
    return tuple(_lines_by_name(vevent).items())


def _lines_by_name(component: icalendar.Event) -> dict[str, bytes]:
    """Each property's folded content line(s), CRLF-terminated, by property name."""
    out: dict[str, bytes] = {}
    for line in component.content_lines():
        if not line or line.startswith(("BEGIN:", "END:")):
            continue
        name = re.split(r"[;:]", line, maxsplit=1)[0].upper()
        out[name] = out.get(name, b"") + line.to_ical() + b"\r\n"
    return out


def _calendar(invites: Sequence[Invite], method: str) -> icalendar.Calendar:
    _check(invites, method)
    return _calendar_props(method)


def _check(invites: Sequence[Invite], method: str) -> None:
    if not invites:
        raise ValueError("build_invite needs at least one invite")
    wrong = [i.uid for i in invites if i.method != method]
    if wrong:
        raise ValueError(f"invites {wrong} do not have method {method}")


def _calendar_props(method: str) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    return cal


def _tz_year(invites: Sequence[Invite], event: Event) -> int:
    return min(i.session.starts.astimezone(event.tz).year for i in invites)


def _vevent(
    invite: Invite, event: Event, organizer_email: str, organizer_name: str, now: dt.datetime
) -> icalendar.Event:
    """The VEVENT for one registration; times carry the event's TZID, never floating."""
    vevent = icalendar.Event()
    _own_props(vevent, invite, now)
    _shared_props(vevent, invite.session, event, organizer_email, organizer_name, invite.method, invite.url)
    return vevent


def _own_props(vevent: icalendar.Event, invite: Invite, now: dt.datetime) -> None:
    """What differs per registration and per mail."""
    vevent.add("uid", invite.uid)
    vevent.add("sequence", invite.sequence)
    vevent.add("dtstamp", now.astimezone(UTC))
    attendee = icalendar.vCalAddress(f"mailto:{invite.attendee_email}")
    name = clean_name(invite.attendee_name)  # no bidi or zero-width tricks in a calendar's CN
    if name:
        attendee.params["CN"] = name
    attendee.params["ROLE"] = "REQ-PARTICIPANT"
    if invite.method != "CANCEL":
        attendee.params["PARTSTAT"] = "NEEDS-ACTION"
    attendee.params["RSVP"] = "FALSE"
    vevent.add("attendee", attendee)


def _shared_props(
    vevent: icalendar.Event,
    session: Session,
    event: Event,
    organizer_email: str,
    organizer_name: str,
    method: str,
    url: str | None = None,
) -> None:
    """What every registration for this session shares (the join link once it may be sent).

    The link goes in URL, and also in LOCATION and DESCRIPTION: Outlook shows
    neither URL nor a button for it, but makes a link in the location clickable.
    """
    tz = event.tz
    cancel = method == "CANCEL"
    vevent.add("dtstart", session.starts.astimezone(tz))
    vevent.add("dtend", session.ends.astimezone(tz))
    vevent.add("summary", summary(event, session.title))
    place = calendar_location(session)
    vevent.add("location", f"{place}: {url}" if url else place)
    if url:
        vevent.add("url", url)
    vevent.add("description", _description(event, session, url))
    vevent.add("status", "CANCELLED" if cancel else "CONFIRMED")
    vevent.add("transp", "TRANSPARENT" if cancel else "OPAQUE")
    organizer = icalendar.vCalAddress(f"mailto:{organizer_email}")
    organizer.params["CN"] = organizer_name
    vevent.add("organizer", organizer)


def summary(event: Event, session_title: str) -> str:
    """'Event – Session', without repeating the event title when the session already says it."""
    if event.title.lower() in session_title.lower():
        return session_title
    return f"{event.title} \u2013 {session_title}"


def _description(event: Event, session: Session, url: str | None = None) -> str:
    """A short, language-neutral description; the mail itself carries the full text."""
    lines = [summary(event, session.title), calendar_location(session)]
    if url:
        lines.append(url)
    for text in (session.description, event.description):
        if text:
            lines.append(text)
            break
    lines.append(event.mailbox)
    return "\n".join(lines)


# --------------------------------------------------------------------------
# VTIMEZONE in RRULE form, derived from zoneinfo


@dataclass(frozen=True)
class Transition:
    """One offset change: the instant (UTC) and the offsets either side."""

    at: dt.datetime
    before: dt.timedelta
    after: dt.timedelta


def vtimezone(tzid: str, year: int) -> icalendar.Timezone:
    """A fresh VTIMEZONE component for ``tzid`` (derived once per zone and year, then cached)."""
    found = icalendar.Timezone.from_ical(_vtimezone_ical(tzid, year))
    assert isinstance(found, icalendar.Timezone)
    return found


@lru_cache(maxsize=64)
def _vtimezone_ical(tzid: str, year: int) -> bytes:
    return _derive_vtimezone(tzid, year).to_ical()


def _derive_vtimezone(tzid: str, year: int) -> icalendar.Timezone:
    """A VTIMEZONE that Outlook, Google and Apple agree on, valid for ``year`` and the years after.

    Two yearly transitions become DAYLIGHT/STANDARD with RRULEs; no transitions
    become one fixed STANDARD; anything irregular (a zone changing its rules that
    very year) falls back to one component per actual change, which is at least correct.
    """
    tz = ZoneInfo(tzid)
    found = transitions(tz, year)
    if len(found) == 2:
        comps = [c for c in (_rule_component(tz, t) for t in found) if c is not None]
        if len(comps) == 2:
            timezone = icalendar.Timezone()
            timezone.add("tzid", tzid)
            for comp in sorted(comps, key=lambda c: c.name):
                timezone.add_component(comp)
            return timezone
    if not found:
        return _fixed(tz, tzid, year)
    return _explicit(tz, tzid, year)


def _offset(tz: ZoneInfo, at: dt.datetime) -> dt.timedelta:
    off = at.astimezone(tz).utcoffset()
    assert off is not None
    return off


def transitions(tz: ZoneInfo, year: int) -> list[Transition]:
    """Offset changes within ``year`` (UTC), to the minute: a day scan, then bisection."""
    found: list[Transition] = []
    day = dt.datetime(year, 1, 1, tzinfo=UTC)
    end = dt.datetime(year + 1, 1, 1, tzinfo=UTC)
    before = _offset(tz, day)
    while day < end:
        after = _offset(tz, day + dt.timedelta(days=1))
        if after != before:
            lo, hi = 0, 24 * 60
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if _offset(tz, day + dt.timedelta(minutes=mid)) == before:
                    lo = mid
                else:
                    hi = mid
            found.append(Transition(day + dt.timedelta(minutes=hi), before, after))
            before = after
        day += dt.timedelta(days=1)
    return found


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date | None:
    """The nth (1..5) or last (-1) ``weekday`` of a month, as BYDAY=nthXX means it; None if absent."""
    days = [d for d in range(1, pycal.monthrange(year, month)[1] + 1) if dt.date(year, month, d).weekday() == weekday]
    if nth > len(days):
        return None
    return dt.date(year, month, days[nth - 1] if nth > 0 else days[-1])


def _holds(tz: ZoneInfo, t: Transition, wall: dt.time, year: int, weekday: int, nth: int, month: int) -> bool:
    """Did the same change happen on the rule's day of ``year`` at the same wall-clock time?"""
    day = _nth_weekday(year, month, weekday, nth)
    if day is None:
        return False
    at = dt.datetime.combine(day, wall, tzinfo=UTC) - t.before
    minute = dt.timedelta(minutes=1)
    return _offset(tz, at - minute) == t.before and _offset(tz, at) == t.after


def _rule_component(tz: ZoneInfo, t: Transition) -> icalendar.TimezoneStandard | icalendar.TimezoneDaylight | None:
    """Turn one transition into a yearly-rule component, starting the year the rule began.

    The rule is "the nth or last <weekday> of <month>": we try both readings and
    keep the one that held for the longest unbroken run of earlier years, which
    gives the familiar DTSTART 19810329T020000 for the EU's last-Sunday rule.
    A rule must also hold the year before and after, else it is no rule.
    """
    local = (t.at + t.before).replace(tzinfo=None)
    month, weekday, year = local.month, local.weekday(), local.year
    nth = (local.day - 1) // 7 + 1
    candidates = ([-1] if local.day + 7 > pycal.monthrange(year, month)[1] else []) + [nth]
    best: tuple[int, int] | None = None
    for cand in candidates:
        if not _holds(tz, t, local.time(), year, weekday, cand, month):
            continue
        first = year
        while first > 1900 and _holds(tz, t, local.time(), first - 1, weekday, cand, month):
            first -= 1
        if (
            first < year
            and _holds(tz, t, local.time(), year + 1, weekday, cand, month)
            and (best is None or first < best[1])
        ):
            best = (cand, first)
    if best is None:  # not a yearly rule around the event (e.g. Casablanca's Ramadan changes)
        return None
    cand, first = best
    start_day = _nth_weekday(first, month, weekday, cand)
    assert start_day is not None  # the rule held in ``first``
    start = dt.datetime.combine(start_day, local.time())
    name = (t.at + dt.timedelta(minutes=1)).astimezone(tz).tzname()
    comp = _component(t.after > t.before, start, t.before, t.after, name)
    comp.add("rrule", {"freq": "yearly", "bymonth": month, "byday": f"{cand}{DAYS[weekday]}"})
    return comp


def _fixed(tz: ZoneInfo, tzid: str, year: int) -> icalendar.Timezone:
    """A zone without DST: one STANDARD component with equal offsets."""
    probe = dt.datetime(year, 7, 1, tzinfo=UTC).astimezone(tz)
    timezone = icalendar.Timezone()
    timezone.add("tzid", tzid)
    timezone.add_component(_component(False, EPOCH_LOCAL, _offset(tz, probe), _offset(tz, probe), probe.tzname()))
    return timezone


def _explicit(tz: ZoneInfo, tzid: str, year: int) -> icalendar.Timezone:
    """Irregular zones: the offset at the start of last year, then each real change up to next year."""
    start = dt.datetime(year - 1, 1, 1, tzinfo=UTC)
    timezone = icalendar.Timezone()
    timezone.add("tzid", tzid)
    first = start.astimezone(tz)
    timezone.add_component(_component(False, EPOCH_LOCAL, _offset(tz, start), _offset(tz, start), first.tzname()))
    for y in (year - 1, year, year + 1):
        for t in transitions(tz, y):
            name = (t.at + dt.timedelta(minutes=1)).astimezone(tz).tzname()
            wall = (t.at + t.before).replace(tzinfo=None)
            timezone.add_component(_component(t.after > t.before, wall, t.before, t.after, name))
    return timezone


def _component(
    daylight: bool, start: dt.datetime, before: dt.timedelta, after: dt.timedelta, name: str | None
) -> icalendar.TimezoneStandard | icalendar.TimezoneDaylight:
    comp = icalendar.TimezoneDaylight() if daylight else icalendar.TimezoneStandard()
    comp.add("dtstart", start)
    comp.add("tzoffsetfrom", before)
    comp.add("tzoffsetto", after)
    if name:
        comp.add("tzname", name)
    return comp
