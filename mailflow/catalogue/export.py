"""The catalogue as one TOML file: the staff pages' download, loadable again as it is.

Written from the loaded model, not copied from the files, so it is the
catalogue as mailflow understands it (inherited venues filled in, defaults
left out) and reads back into the same events and sessions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

import tomlkit

from mailflow.catalogue.model import EVENT_ORDER, SESSION_ORDER, Event, Session


def dump_events(events: Iterable[Event], *, header: str = "") -> str:
    """TOML text for ``events`` with their sessions (``header``: comment lines at the top)."""
    doc = tomlkit.document()
    for line in header.splitlines():
        doc.add(tomlkit.comment(line))
    aot = tomlkit.aot()
    for event in events:
        table = tomlkit.table()
        for name in EVENT_ORDER:
            value = _value(getattr(event, name), event, name)
            if value is not None:
                table[name] = value
        sessions = tomlkit.aot()
        for s in event.sessions:
            sessions.append(_session(s, event))
        table["sessions"] = sessions
        aot.append(table)
    doc["events"] = aot
    return tomlkit.dumps(doc)


def _session(s: Session, event: Event) -> Any:
    table = tomlkit.table()
    for name in SESSION_ORDER:
        value = getattr(s, name)
        if name == "online_url_release" and isinstance(value, dt.timedelta):
            value = before_text(value)
        else:
            value = _value(value, event, name)
        if value is not None:
            table[name] = value
    return table


def _value(value: Any, event: Event, name: str) -> Any:
    """TOML's form of a model value; None for a default that need not be written."""
    if value is None or value == () or value is False or (name == "status" and value == "open"):
        return None
    if isinstance(value, dt.datetime):
        return value.astimezone(event.tz).replace(tzinfo=None)
    if isinstance(value, tuple):
        return list(value)
    return value


def before_text(span: dt.timedelta) -> str:
    """'3 days', '36 hours' or ISO 'PT90M': a time before the start as the loader reads it.

    >>> before_text(dt.timedelta(days=3)), before_text(dt.timedelta(hours=36)), before_text(dt.timedelta(minutes=90))
    ('3 days', '36 hours', 'PT90M')
    """
    seconds = int(span.total_seconds())
    if seconds % 86400 == 0:
        return f"{seconds // 86400} days"
    if seconds % 3600 == 0:
        return f"{seconds // 3600} hours"
    return f"PT{seconds // 60}M"
