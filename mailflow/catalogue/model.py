"""Events and their sessions as frozen data: what can be booked, when and where.

Frozen so the understanding code can use the catalogue as pure data; the
database keeps a synced copy (``catalogue.sync``) that registrations refer to.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

# The keys a catalogue file may use, in the order an exported file writes them.
EVENT_ORDER = (
    "key",
    "mailbox",
    "title",
    "organiser",
    "language",
    "timezone",
    "audience",
    "registration_deadline",
    "max_sessions_per_participant",
    "venue",
    "address",
    "description",
    "status",
    "requires",
)
SESSION_ORDER = (
    "key",
    "title",
    "region",
    "city",
    "aliases",
    "group",
    "starts",
    "ends",
    "venue",
    "address",
    "online",
    "capacity",
    "description",
    "status",
    "online_url",
    "online_url_release",
)
EVENT_KEYS = {*EVENT_ORDER, "sessions"}
SESSION_KEYS = set(SESSION_ORDER)
LANGUAGES = {"nl", "nl-BE", "nl-NL", "en"}
STATUSES = {"open", "closed", "cancelled"}
SESSION_STATUSES = STATUSES | {"full"}  # "full": the organiser takes no more registrations for it
KEY_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


class CatalogueError(ValueError):
    """A catalogue file is wrong; the message says where and how to fix it."""


@dataclass(frozen=True)
class Session:
    key: str
    event_key: str
    title: str
    starts: dt.datetime
    ends: dt.datetime
    city: str | None = None
    region: str | None = None
    aliases: tuple[str, ...] = ()
    group: str | None = None
    venue: str | None = None
    address: str | None = None
    online: bool = False
    capacity: int | None = None
    description: str | None = None
    status: str = "open"
    online_url: str | None = None  # the join link (Teams, Zoom, ...)
    # When the link goes out: a moment, or a time before the start; None: with the confirmation.
    online_url_release: dt.datetime | dt.timedelta | None = None

    def link_release(self) -> dt.datetime | None:
        """The moment the join link may be mailed; None when there is no link to hold back."""
        if self.online_url is None or self.online_url_release is None:
            return None
        if isinstance(self.online_url_release, dt.timedelta):
            return self.starts - self.online_url_release
        return self.online_url_release

    def link_at(self, now: dt.datetime) -> str | None:
        """The join link a mail written at ``now`` may carry: none before its release time."""
        release = self.link_release()
        return self.online_url if release is None or now >= release else None

    def overlaps(self, other: "Session") -> bool:
        return self.starts < other.ends and other.starts < self.ends


@dataclass(frozen=True)
class Event:
    key: str
    mailbox: str
    title: str
    language: str
    timezone: str
    sessions: tuple[Session, ...]
    organiser: str | None = None
    audience: str | None = None
    registration_deadline: dt.datetime | None = None
    max_sessions_per_participant: int | None = None
    venue: str | None = None
    address: str | None = None
    description: str | None = None
    status: str = "open"
    requires: tuple[str, ...] = ()  # sessions (of another event) a participant must also have: one of them

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def locale(self) -> str:
        """Babel locale for dates in this event's mails."""
        return {"nl": "nl_NL", "nl-NL": "nl_NL", "nl-BE": "nl_BE", "en": "en_GB"}[self.language]

    @property
    def lang(self) -> str:
        """The language people write and are answered in: 'nl' or 'en'."""
        return "en" if self.language == "en" else "nl"

    @property
    def mail_lang(self) -> str:
        """Template folder for mail in the event's own language: 'nl', 'nl-BE' (Flemish wording) or 'en'."""
        return {"en": "en", "nl-BE": "nl-BE"}.get(self.language, "nl")

    def is_open(self, now: dt.datetime) -> bool:
        """Open for registration at ``now``: not closed by status, deadline or time."""
        if self.status != "open":
            return False
        if self.registration_deadline is not None and now > self.registration_deadline:
            return False
        return any(s.status == "open" and s.starts > now for s in self.sessions)

    def session_open(self, session: Session, now: dt.datetime) -> bool:
        return self.is_open(now) and session.status == "open" and session.starts > now


@dataclass(frozen=True)
class Catalogue:
    events: tuple[Event, ...]
    _sessions: dict[str, Session] = field(default_factory=dict, compare=False, repr=False)
    _events: dict[str, Event] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for event in self.events:
            self._events[event.key] = event
            for s in event.sessions:
                self._sessions[s.key] = s

    @property
    def sessions(self) -> tuple[Session, ...]:
        return tuple(self._sessions.values())

    def session(self, key: str) -> Session:
        return self._sessions[key]

    def has_session(self, key: str) -> bool:
        return key in self._sessions

    def event(self, key: str) -> Event:
        return self._events[key]

    def event_of(self, session_key: str) -> Event:
        return self._events[self._sessions[session_key].event_key]

    def events_for_mailbox(self, address: str) -> tuple[Event, ...]:
        address = address.strip().lower()
        return tuple(e for e in self.events if e.mailbox == address)

    @property
    def mailboxes(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for e in self.events:
            seen.setdefault(e.mailbox, None)
        return tuple(seen)
