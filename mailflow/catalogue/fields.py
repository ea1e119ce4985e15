"""What a person types (a form field, a CSV cell, an XLSX cell) turned into the value a catalogue file holds.

One set of rules for the staff forms and the session import, so a value that
the form refuses is refused by the import too, with the same words. Problems
are Dutch text with placeholders (``Problem.text``), translated where they are
shown; the catalogue's own validator runs after this and has the last word.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from mailflow.catalogue.load import parse_before
from mailflow.catalogue.model import KEY_RE, LANGUAGES, SESSION_STATUSES, STATUSES

# What the staff pages let people edit (the rest of a file's keys are kept as they are).
SESSION_FIELDS = (
    "key",
    "title",
    "starts",
    "ends",
    "city",
    "region",
    "venue",
    "address",
    "online",
    "capacity",
    "online_url",
    "online_url_release",
    "status",
    "description",
)
EVENT_FIELDS = (
    "key",
    "title",
    "mailbox",
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
)


@dataclass(frozen=True)
class Problem:
    """Dutch text with ``{placeholders}``; the page translates it."""

    text: str
    values: dict[str, Any] = field(default_factory=dict)


class Invalid(ValueError):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.text)
        self.problem = problem


def local_datetime(value: Any) -> dt.datetime | None:
    """'2030-06-10T09:00', '2030-06-10 09:00(:00)', '10-06-2030 09:00' or an XLSX date-time; naive local time."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0)
    text = str(value).strip()
    for fmt in (
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%d-%m-%Y %H:%M",
        "%d/%m/%Y %H:%M",
    ):
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            pass
    raise Invalid(Problem("verwacht een datum en tijd zoals 2030-06-10 09:00, niet {value}", {"value": text}))


def whole(value: Any, minimum: int) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise Invalid(Problem("verwacht een heel getal van {n} of meer", {"n": minimum}))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and re.fullmatch(r"\s*\d+\s*", value):
        number = int(value)
    else:
        raise Invalid(Problem("verwacht een heel getal van {n} of meer, niet {value}", {"n": minimum, "value": value}))
    if number < minimum:
        raise Invalid(Problem("verwacht een heel getal van {n} of meer, niet {value}", {"n": minimum, "value": value}))
    return number


def yes_no(value: Any) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "ja", "yes", "true", "waar", "on", "x"):
        return True
    if text in ("0", "nee", "no", "false", "onwaar", "off"):
        return False
    raise Invalid(Problem("verwacht ja of nee, niet {value}", {"value": value}))


def text(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise Invalid(Problem("verwacht tekst, niet {value}", {"value": value}))
    return value.strip() or None


def key(value: Any) -> str | None:
    found = text(value)
    if found is not None and not KEY_RE.match(found):
        raise Invalid(Problem("gebruik alleen kleine letters, cijfers, '-', '_' of '.', zoals utrecht-2030"))
    return found


def url(value: Any) -> str | None:
    found = text(value)
    if found is not None and not re.match(r"^https?://\S+$", found):
        raise Invalid(Problem("verwacht een webadres dat begint met https://, zoals de Teams- of Zoom-link"))
    return found


def release(value: Any) -> dt.datetime | str | None:
    """A moment, or a time before the start ('3 days', '48 uur', 'P3D'); kept as the text people typed."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return local_datetime(value)
    found = str(value).strip()
    if parse_before(found) is not None:
        return found
    try:
        return local_datetime(found)
    except Invalid:
        raise Invalid(
            Problem("verwacht een moment zoals 2030-06-10 09:00 of een tijd voor het begin zoals '3 dagen' of '48 uur'")
        ) from None


def one_of(allowed: set[str]) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        found = text(value)
        if found is not None and found not in allowed:
            raise Invalid(Problem("kies een van: {choices}", {"choices": ", ".join(sorted(allowed))}))
        return found

    return check


def _mailbox(value: Any) -> str | None:
    found = text(value)
    if found is not None and "@" not in found:
        raise Invalid(Problem("verwacht een e-mailadres zoals aanmelden@example.nl"))
    return found.lower() if found else None


SESSION_PARSERS: dict[str, Callable[[Any], Any]] = {
    "key": key,
    "title": text,
    "starts": local_datetime,
    "ends": local_datetime,
    "city": text,
    "region": text,
    "venue": text,
    "address": text,
    "online": yes_no,
    "capacity": lambda v: whole(v, 0),
    "online_url": url,
    "online_url_release": release,
    "status": one_of(SESSION_STATUSES),
    "description": text,
}
EVENT_PARSERS: dict[str, Callable[[Any], Any]] = {
    "key": key,
    "title": text,
    "mailbox": _mailbox,
    "organiser": text,
    "language": one_of(LANGUAGES),
    "timezone": text,
    "audience": text,
    "registration_deadline": local_datetime,
    "max_sessions_per_participant": lambda v: whole(v, 1),
    "venue": text,
    "address": text,
    "description": text,
    "status": one_of(STATUSES),
}


def parse(raw: dict[str, Any], parsers: dict[str, Callable[[Any], Any]]) -> tuple[dict[str, Any], dict[str, Problem]]:
    """Each field through its parser: (values, problems by field); an unknown field is a problem of its own."""
    values: dict[str, Any] = {}
    problems: dict[str, Problem] = {}
    for name, value in raw.items():
        parser = parsers.get(name)
        if parser is None:
            problems[name] = Problem(
                "onbekend veld {name}; toegestaan zijn: {allowed}", {"name": name, "allowed": ", ".join(parsers)}
            )
            continue
        try:
            values[name] = parser(value)
        except Invalid as exc:
            problems[name] = exc.problem
    if "online" in values and values["online"] is False:
        values["online"] = None  # false is the default: leave the key out of the file
    return values, problems


def form_value(value: Any) -> str:
    """A file's value as a form field shows it (a date-time as the browser's datetime-local wants it)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, bool):
        return "1" if value else ""
    return str(value)
