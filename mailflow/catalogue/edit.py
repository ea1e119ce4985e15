"""Change the catalogue files themselves: the staff pages edit TOML, never a second copy.

The files listed in ``[catalogue] files`` stay the one source of truth, so the
CLI, ``serve``'s file watcher and the staff pages can never disagree. An edit is
made on a ``tomlkit`` document (the file's comments and layout survive), the
whole catalogue is then validated in memory by the same loader that reads the
files (``load_texts``), and only a valid result is written, atomically (a
temporary file in the same folder, then a rename), so a reader never sees half
a file. A new event goes into ``[catalogue] web_file``, else the first file.

Values are Python values as TOML holds them (str, int, bool, a naive local
``datetime``, a list); ``None`` removes the key, so the event's default applies.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import tomlkit
import tomlkit.exceptions
from tomlkit.items import AoT, Table
from tomlkit.toml_document import TOMLDocument

from mailflow.catalogue.load import load_texts
from mailflow.catalogue.model import Catalogue, CatalogueError
from mailflow.catalogue.sync import TIME_AND_PLACE

Values = Mapping[str, Any]


@dataclass(frozen=True)
class Sources:
    """The catalogue files and which of them takes new events."""

    files: tuple[Path, ...]
    web_file: Path | None = None

    @property
    def new_events_file(self) -> Path:
        return self.web_file or self.files[0]

    def texts(self) -> dict[Path, str]:
        """Every file's current text (an unreadable file is a CatalogueError naming it)."""
        out = {}
        for p in self.files:
            try:
                out[p] = p.read_text(encoding="utf-8")
            except OSError as exc:
                raise CatalogueError(f"{p}: cannot read catalogue file: {exc.strerror}") from None
        return out

    def file_of(self, event_key: str) -> Path:
        """The file an event is defined in; KeyError when none, CatalogueError when a file is not TOML."""
        for path, text in self.texts().items():
            if find_event(parse_document(path, text), event_key) is not None:
                return path
        raise KeyError(event_key)


def parse_document(path: Path, text: str) -> TOMLDocument:
    """The file as an editable document; a file that is not TOML (a half-saved hand edit) is a CatalogueError."""
    try:
        return tomlkit.parse(text)
    except tomlkit.exceptions.ParseError as exc:
        raise CatalogueError(
            f"{path}: not valid TOML: {exc}; fix the file first (`mailflow events check FILE` shows where)"
        ) from None


def version(text: str) -> str:
    """A short fingerprint of a file's text: a confirmation page refuses to save over a file changed meanwhile."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def find_event(doc: TOMLDocument, event_key: str) -> Table | None:
    for table in _aot(doc, "events"):
        if table.get("key") == event_key:
            return table
    return None


def find_session(event: Table, session_key: str) -> Table | None:
    for table in _aot(event, "sessions"):
        if table.get("key") == session_key:
            return table
    return None


def raw_values(table: Table | None) -> dict[str, Any]:
    """A table's own keys as plain Python values (a session's, without what it inherits from its event)."""
    if table is None:
        return {}
    return {k: v.unwrap() if hasattr(v, "unwrap") else v for k, v in table.items() if k != "sessions"}


def set_values(table: Table, values: Values) -> None:
    """Write ``values`` into ``table``: None removes a key (the default applies again)."""
    for key, value in values.items():
        if value is None:
            if key in table:
                del table[key]
        else:
            table[key] = value


def add_session(event: Table, values: Values) -> Table:
    """A new ``[[events.sessions]]`` table at the end of the event's sessions."""
    table = tomlkit.table()
    set_values(table, {k: v for k, v in values.items() if v is not None})
    table.add(tomlkit.nl())  # a blank line before whatever table follows, as people write it
    sessions = event.get("sessions")
    if isinstance(sessions, AoT):
        sessions.append(table)
    else:
        event["sessions"] = tomlkit.aot()
        event["sessions"].append(table)
    return table


def add_event(doc: TOMLDocument, values: Values, first_session: Values) -> Table:
    """A new ``[[events]]`` table with its first session (an event without sessions is invalid)."""
    table = tomlkit.table()
    set_values(table, {k: v for k, v in values.items() if v is not None})
    events = doc.get("events")
    if isinstance(events, AoT):
        events.append(table)
    else:
        doc["events"] = tomlkit.aot()
        doc["events"].append(table)
    add_session(table, first_session)
    return table


def validate(sources: Sources, changed: Mapping[Path, str]) -> Catalogue:
    """The catalogue as it would load with ``changed`` texts in place of those files; raises CatalogueError."""
    texts = sources.texts()
    texts.update(changed)
    return load_texts((p, texts[p]) for p in sources.files)


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` by ``text`` in one step: readers see the old file or the new one, never half."""
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def schedule_changes(old: Catalogue, new: Catalogue) -> dict[str, str]:
    """Sessions whose registrants' calendars the edit makes wrong: key -> "changed" or "cancelled".

    The same rule as the sync (``sync.TIME_AND_PLACE`` raises the sequence; a
    cancelled session or event cancels): what the web shows before saving is
    what ``mailflow events sync --notify`` would send after it.
    """
    out: dict[str, str] = {}
    for s in old.sessions:
        was_cancelled = s.status == "cancelled" or old.event_of(s.key).status == "cancelled"
        if not new.has_session(s.key):
            if not was_cancelled:
                out[s.key] = "cancelled"
            continue
        n = new.session(s.key)
        if (n.status == "cancelled" or new.event_of(s.key).status == "cancelled") and not was_cancelled:
            out[s.key] = "cancelled"
        elif any(getattr(s, f) != getattr(n, f) for f in TIME_AND_PLACE):
            out[s.key] = "changed"
    return out


def plain(value: Any) -> Any:
    """A value as the audit log (JSON) keeps it."""
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def _aot(container: Any, key: str) -> list[Table]:
    found = container.get(key) if container is not None else None
    return list(found) if isinstance(found, (AoT, list)) else []
