"""Read the catalogue from TOML, with errors that name the file, the line and the key.

The people who edit these files are secretariat staff, not programmers.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path
from typing import Any, Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mailflow.catalogue.model import (
    EVENT_KEYS,
    KEY_RE,
    LANGUAGES,
    SESSION_KEYS,
    SESSION_STATUSES,
    STATUSES,
    Catalogue,
    CatalogueError,
    Event,
    Session,
)


class _Lines:
    """Finds the line of a key inside ``[[events]]`` / ``[[events.sessions]]`` tables.

    tomllib gives no positions, so we walk the text once and remember where each
    key of each table occurrence stands; good enough for this flat schema.
    """

    def __init__(self, text: str) -> None:
        self.where: dict[tuple[int, int | None, str], int] = {}
        self.table: dict[tuple[int, int | None], int] = {}
        ev, se = -1, None
        counts: dict[int, int] = {}
        for n, line in enumerate(text.splitlines(), 1):
            s = line.strip()
            if s.startswith("[[events.sessions]]"):
                counts[ev] = counts.get(ev, -1) + 1
                se = counts[ev]
                self.table[(ev, se)] = n
            elif s.startswith("[[events]]"):
                ev, se = ev + 1, None
                self.table[(ev, None)] = n
            else:
                m = re.match(r'^"?([A-Za-z0-9_.-]+)"?\s*=', s)
                if m:
                    self.where.setdefault((ev, se, m.group(1)), n)

    def line(self, ev: int, se: int | None, key: str | None = None) -> int:
        if key is not None and (ev, se, key) in self.where:
            return self.where[(ev, se, key)]
        return self.table.get((ev, se), 1)


def load_catalogue(paths: Iterable[str | Path]) -> Catalogue:
    """Read one or more catalogue files into one catalogue; raise CatalogueError."""
    return load_texts((Path(path), _read(Path(path))) for path in paths)


def load_texts(files: Iterable[tuple[Path, str]]) -> Catalogue:
    """The same validation for catalogue text not (yet) on disk: the staff pages check an edit before saving it.

    ``files`` are (name for messages, TOML text) pairs, in the order of ``[catalogue] files``.
    """
    events: list[Event] = []
    for path, text in files:
        events.extend(_load_text(path, text))
    seen_sessions: dict[str, str] = {}
    seen_events: set[str] = set()
    for e in events:
        if e.key in seen_events:
            raise CatalogueError(f"event key {e.key!r} is defined twice; event keys must be unique")
        seen_events.add(e.key)
        for s in e.sessions:
            if s.key in seen_sessions:
                raise CatalogueError(
                    f"session key {s.key!r} is used by events {seen_sessions[s.key]!r} and {e.key!r};"
                    " session keys must be unique across all catalogue files"
                )
            seen_sessions[s.key] = e.key
    for e in events:
        missing = [k for k in e.requires if k not in seen_sessions]
        if missing:
            raise CatalogueError(
                f"event {e.key!r}: requires names no session {', '.join(map(repr, missing))}; "
                "use session keys from the catalogue"
            )
    return Catalogue(tuple(events))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogueError(f"{path}: cannot read catalogue file: {exc.strerror}") from None


def _load_text(path: Path, text: str) -> list[Event]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{path}: not valid TOML: {exc}") from None
    lines = _Lines(text)
    unknown_top = set(data) - {"events"}
    if unknown_top:
        key = sorted(unknown_top)[0]
        raise CatalogueError(f"{path}:{_top_line(text, key)}: unknown key {key!r}; expected only [[events]] tables")
    raw_events = data.get("events", [])
    if not isinstance(raw_events, list) or not raw_events:
        raise CatalogueError(f"{path}:1: no [[events]] found; a catalogue needs at least one event")
    return [_event(path, lines, i, raw) for i, raw in enumerate(raw_events)]


_UNITS = {
    "day": "days",
    "days": "days",
    "dag": "days",
    "dagen": "days",
    "d": "days",
    "hour": "hours",
    "hours": "hours",
    "uur": "hours",
    "h": "hours",
    "week": "weeks",
    "weeks": "weeks",
    "weken": "weeks",
    "w": "weeks",
}


def parse_before(text: str) -> dt.timedelta | None:
    """'3 days', '48 hours', '1 week' (or Dutch 'dagen', 'uur', 'weken'), ISO 'P3D'/'PT36H'; None if not that.

    >>> parse_before("3 days before")
    datetime.timedelta(days=3)
    >>> parse_before("PT36H")
    datetime.timedelta(days=1, seconds=43200)
    """
    t = text.strip().lower().removesuffix("before").removesuffix("voor").removesuffix("vooraf").strip()
    m = re.fullmatch(r"(\d+)\s*([a-z]+)", t)
    if m and m.group(2) in _UNITS:
        return dt.timedelta(**{_UNITS[m.group(2)]: int(m.group(1))})
    m = re.fullmatch(r"p(?:(\d+)w)?(?:(\d+)d)?(?:t(?:(\d+)h)?(?:(\d+)m)?)?", t)
    if m and any(m.groups()) and not t.endswith("t"):
        w, d, h, mi = (int(x or 0) for x in m.groups())
        return dt.timedelta(weeks=w, days=d, hours=h, minutes=mi)
    return None


def _top_line(text: str, key: str) -> int:
    for n, line in enumerate(text.splitlines(), 1):
        if re.match(rf'^\s*\[*"?{re.escape(key)}\b', line):
            return n
    return 1


class _Reader:
    """Typed access to one TOML table with file:line errors."""

    def __init__(self, path: Path, lines: _Lines, ev: int, se: int | None, raw: dict[str, Any], what: str):
        self.path, self.lines, self.ev, self.se, self.raw, self.what = path, lines, ev, se, raw, what

    def fail(self, key: str | None, msg: str) -> CatalogueError:
        where = f"{self.path}:{self.lines.line(self.ev, self.se, key)}"
        label = f"{self.what}.{key}" if key else self.what
        return CatalogueError(f"{where}: {label}: {msg}")

    def check_keys(self, allowed: set[str]) -> None:
        for key in self.raw:
            if key not in allowed:
                raise self.fail(key, f"unknown key; allowed keys are {', '.join(sorted(allowed - {'sessions'}))}")

    def text(self, key: str, required: bool = False) -> str | None:
        v = self.raw.get(key)
        if v is None:
            if required:
                raise self.fail(None, f"missing required key {key!r}")
            return None
        if not isinstance(v, str) or not v.strip():
            raise self.fail(key, "expected a non-empty string")
        return v.strip()

    def whole(self, key: str, minimum: int = 0) -> int | None:
        v = self.raw.get(key)
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, int) or v < minimum:
            raise self.fail(key, f"expected a whole number >= {minimum}")
        return v

    def flag(self, key: str) -> bool:
        v = self.raw.get(key, False)
        if not isinstance(v, bool):
            raise self.fail(key, "expected true or false")
        return v

    def strings(self, key: str) -> tuple[str, ...]:
        v = self.raw.get(key, [])
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            raise self.fail(key, 'expected a list of strings, e.g. ["jeugd", "sport"]')
        return tuple(x.strip() for x in v)

    def local_time(self, key: str, tz: ZoneInfo, required: bool = False) -> dt.datetime | None:
        v = self.raw.get(key)
        if v is None:
            if required:
                raise self.fail(None, f"missing required key {key!r}")
            return None
        if isinstance(v, dt.datetime):
            return v.replace(tzinfo=tz) if v.tzinfo is None else v.astimezone(tz)
        if isinstance(v, dt.date):
            return dt.datetime.combine(v, dt.time(23, 59), tz)
        raise self.fail(key, "expected a local date-time such as 2027-06-14T09:00:00 (no quotes)")

    def url(self, key: str) -> str | None:
        v = self.text(key)
        if v is not None and not re.match(r"^https?://\S+$", v):
            raise self.fail(key, "expected a web address starting with https://, e.g. the Teams or Zoom link")
        return v

    def release(self, key: str, tz: ZoneInfo) -> dt.datetime | dt.timedelta | None:
        """A local date-time, or a time before the start ("3 days", "48 hours", ISO "P3D"/"PT2H")."""
        v = self.raw.get(key)
        if v is None or isinstance(v, (dt.datetime, dt.date)):
            return self.local_time(key, tz)
        if isinstance(v, str):
            found = parse_before(v)
            if found is not None:
                return found
        raise self.fail(
            key,
            "expected a local date-time such as 2027-06-10T09:00:00, or a time before "
            'the start such as "3 days", "48 hours" or "P3D"',
        )

    def key(self) -> str:
        k = self.text("key", required=True)
        assert k is not None
        if not KEY_RE.match(k):
            raise self.fail("key", "use lower-case letters, digits, '-', '_' or '.' only")
        return k

    def status(self, allowed: set[str] = STATUSES) -> str:
        s = self.text("status") or "open"
        if s not in allowed:
            raise self.fail("status", f"expected one of {', '.join(sorted(allowed))}")
        return s


def _event(path: Path, lines: _Lines, i: int, raw: Any) -> Event:
    r = _Reader(path, lines, i, None, raw, f"events[{i}]")
    r.check_keys(EVENT_KEYS)
    key = r.key()
    r.what = f"event {key!r}"
    mailbox = (r.text("mailbox", required=True) or "").lower()
    if "@" not in mailbox:
        raise r.fail("mailbox", "expected an e-mail address such as aanmelden@example.nl")
    language = r.text("language") or "nl"
    if language not in LANGUAGES:
        raise r.fail("language", f"expected one of {', '.join(sorted(LANGUAGES))}")
    tzname = r.text("timezone") or "Europe/Amsterdam"
    try:
        tz = ZoneInfo(tzname)
    except (ZoneInfoNotFoundError, ValueError):
        raise r.fail("timezone", "expected an IANA time zone such as Europe/Amsterdam") from None
    raw_sessions = raw.get("sessions", [])
    if not isinstance(raw_sessions, list) or not raw_sessions:
        raise r.fail(None, "has no [[events.sessions]]; every event needs at least one session")
    venue, address = r.text("venue"), r.text("address")
    sessions = tuple(_session(path, lines, i, j, s, key, tz, venue, address) for j, s in enumerate(raw_sessions))
    return Event(
        key=key,
        mailbox=mailbox,
        title=r.text("title", required=True) or key,
        language=language,
        timezone=tzname,
        sessions=sessions,
        organiser=r.text("organiser"),
        audience=r.text("audience"),
        registration_deadline=r.local_time("registration_deadline", tz),
        max_sessions_per_participant=r.whole("max_sessions_per_participant", minimum=1),
        venue=venue,
        address=address,
        description=r.text("description"),
        status=r.status(),
        requires=r.strings("requires"),
    )


def _session(
    path: Path,
    lines: _Lines,
    i: int,
    j: int,
    raw: Any,
    event_key: str,
    tz: ZoneInfo,
    venue: str | None,
    address: str | None,
) -> Session:
    if not isinstance(raw, dict):
        raise CatalogueError(f"{path}:{lines.line(i, j)}: a session must be a [[events.sessions]] table")
    r = _Reader(path, lines, i, j, raw, f"events[{i}].sessions[{j}]")
    r.check_keys(SESSION_KEYS)
    key = r.key()
    r.what = f"session {key!r}"
    starts = r.local_time("starts", tz, required=True)
    ends = r.local_time("ends", tz, required=True)
    assert starts is not None and ends is not None
    if ends <= starts:
        raise r.fail("ends", "must be later than starts")
    online_url = r.url("online_url")
    release = r.release("online_url_release", tz)
    if release is not None and online_url is None:
        raise r.fail("online_url_release", "set online_url too: there is no link to send")
    return Session(
        online_url=online_url,
        online_url_release=release,
        key=key,
        event_key=event_key,
        title=r.text("title", required=True) or key,
        starts=starts,
        ends=ends,
        city=r.text("city"),
        region=r.text("region"),
        aliases=r.strings("aliases"),
        group=r.text("group"),
        venue=r.text("venue") or venue,
        address=r.text("address") or address,
        online=r.flag("online"),
        capacity=r.whole("capacity", minimum=0),
        description=r.text("description"),
        status=r.status(SESSION_STATUSES),
    )
