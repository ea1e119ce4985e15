"""Dates, times and places as a Dutch, Flemish or British secretariat writes them.

Babel does the words ("maandag 14 juni 2027", "Monday 14 June 2027") so we never
hand-roll month names; we only choose the pattern, because Babel's interval
skeletons differ between locales and versions and a confirmation must read the
same every time. Times are always shown in the event's own zone: a participant
travels to Arnhem, not to UTC.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel.dates import format_datetime

from mailflow.catalogue import Event, Session

DAY_PATTERN = "EEEE d MMMM y"
TIME_PATTERN = "HH:mm"
EN_DASH = "\u2013"

ONLINE = {"nl": "online", "en": "online"}


def locale_for(event: Event, lang: str) -> str:
    """The Babel locale for a mail: the event's own locale, unless the reply is in another language."""
    if lang in (event.lang, event.mail_lang):
        return event.locale
    return {"en": "en_GB", "nl-BE": "nl_BE"}.get(lang, "nl_NL")


def zone_label(when: dt.datetime, locale: str, tz: ZoneInfo) -> str:
    """'CEST, UTC+2': the zone of a time, for readers who may live in another one."""
    local = when.astimezone(tz)
    offset = local.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign, minutes = ("+" if minutes >= 0 else "-"), abs(minutes)
    utc = f"UTC{sign}{minutes // 60}" + (f":{minutes % 60:02d}" if minutes % 60 else "")
    name = format_datetime(local, "z", tzinfo=tz, locale=locale)
    return utc if name.startswith(("GMT", "UTC")) else f"{name}, {utc}"


def format_day(when: dt.datetime, locale: str, tz: ZoneInfo) -> str:
    """'maandag 14 juni 2027' / 'Monday 14 June 2027'."""
    return format_datetime(when.astimezone(tz), DAY_PATTERN, tzinfo=tz, locale=locale)


def format_time(when: dt.datetime, locale: str, tz: ZoneInfo) -> str:
    """'09:00' — 24-hour clock in every supported locale, as the catalogue is written."""
    return format_datetime(when.astimezone(tz), TIME_PATTERN, tzinfo=tz, locale=locale)


@lru_cache(maxsize=4096)
def format_when(starts: dt.datetime, ends: dt.datetime, locale: str, tz: ZoneInfo, zone: bool = False) -> str:
    """'maandag 14 juni 2027, 09:00–12:00'; a multi-day session names both days.

    ``zone`` adds the time zone ('10:00–15:00 (CEST, UTC+2)'), for international
    events whose readers do not all live in the event's zone.
    Cached: every confirmation for a session shows the same line, and Babel's
    formatting is a noticeable part of composing a mail.
    """
    s, e = starts.astimezone(tz), ends.astimezone(tz)
    if s.date() == e.date():
        text = f"{format_day(s, locale, tz)}, {format_time(s, locale, tz)}{EN_DASH}{format_time(e, locale, tz)}"
    else:
        text = (
            f"{format_day(s, locale, tz)}, {format_time(s, locale, tz)} {EN_DASH} "
            f"{format_day(e, locale, tz)}, {format_time(e, locale, tz)}"
        )
    return f"{text} ({zone_label(s, locale, tz)})" if zone else text


def format_moment(when: dt.datetime, locale: str, tz: ZoneInfo) -> str:
    """'maandag 14 juni 2027 om 09:00' / 'Monday 14 June 2027 at 09:00'."""
    word = "at" if locale.startswith("en") else "om"
    return f"{format_day(when, locale, tz)} {word} {format_time(when, locale, tz)}"


def format_place(session: Session, lang: str) -> str:
    """'Musis, Velperplein 1, Arnhem' or 'online (Microsoft Teams)'.

    For online sessions the venue field names the platform, so it goes in brackets.
    """
    if session.online:
        word = ONLINE.get(lang, "online")
        return f"{word} ({session.venue})" if session.venue else word
    parts = [p for p in (session.venue, session.address) if p]
    if session.city and not any(session.city.lower() in p.lower() for p in parts):
        parts.append(session.city)
    return ", ".join(parts)


def calendar_location(session: Session) -> str:
    """LOCATION for the invite: language-neutral, so the same VEVENT reads well in any client."""
    if session.online:
        return f"Online ({session.venue})" if session.venue else "Online"
    return format_place(session, "en")
