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
    if lang == event.lang:
        return event.locale
    return "en_GB" if lang == "en" else "nl_NL"


def format_day(when: dt.datetime, locale: str, tz: ZoneInfo) -> str:
    """'maandag 14 juni 2027' / 'Monday 14 June 2027'."""
    return format_datetime(when.astimezone(tz), DAY_PATTERN, tzinfo=tz, locale=locale)


def format_time(when: dt.datetime, locale: str, tz: ZoneInfo) -> str:
    """'09:00' — 24-hour clock in every supported locale, as the catalogue is written."""
    return format_datetime(when.astimezone(tz), TIME_PATTERN, tzinfo=tz, locale=locale)


@lru_cache(maxsize=4096)
def format_when(starts: dt.datetime, ends: dt.datetime, locale: str, tz: ZoneInfo) -> str:
    """'maandag 14 juni 2027, 09:00–12:00'; a multi-day session names both days.

    Cached: every confirmation for a session shows the same line, and Babel's
    formatting is a noticeable part of composing a mail.
    """
    s, e = starts.astimezone(tz), ends.astimezone(tz)
    if s.date() == e.date():
        return f"{format_day(s, locale, tz)}, {format_time(s, locale, tz)}{EN_DASH}{format_time(e, locale, tz)}"
    return (f"{format_day(s, locale, tz)}, {format_time(s, locale, tz)} {EN_DASH} "
            f"{format_day(e, locale, tz)}, {format_time(e, locale, tz)}")


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
