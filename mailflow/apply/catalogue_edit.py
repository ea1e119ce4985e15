"""An organiser's edit of the catalogue, from preparing it to the calendar updates it calls for.

Three steps, so a page can stop between them and ask:

- ``prepare``: apply the edit to the file's TOML document and validate the whole
  catalogue as the loader would; nothing is written. It says which sessions the
  edit moves or cancels (the sync's own rule).
- ``affected`` and ``preview_mail``: who holds a calendar entry the edit makes
  wrong, and the mail they would get, for the confirmation page.
- ``save``: run the same sync as ``mailflow events sync`` with the audit
  rows and, when asked, the same updates as ``--notify`` (``schedule.notify``),
  and write the file atomically (refused when it changed since ``prepare``),
  all in one transaction. ``serve``'s file watcher then sees the new file,
  finds the database already in line, and hands the catalogue to the worker.
"""

from __future__ import annotations

import email
import email.policy
import fcntl
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable

import tomlkit
from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker
from tomlkit.toml_document import TOMLDocument

from mailflow.apply import schedule
from mailflow.apply.context import Context
from mailflow.catalogue import Catalogue, CatalogueError
from mailflow.catalogue.edit import Sources, parse_document, plain, schedule_changes, validate, version, write_atomic
from mailflow.catalogue.sync import SyncReport, sync_catalogue
from mailflow.db.models import AuditLog, Person, Registration, SessionRow
from mailflow.outbound.types import Reply as Mail


class Conflict(RuntimeError):
    """The file changed between the preview and the save: the page shows the edit again on the new file."""


@dataclass(frozen=True)
class Audit:
    action: str  # catalogue.session_update, catalogue.event_create, ...
    target: str  # "session:KEY" | "event:KEY"
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass(frozen=True)
class Edit:
    """One change to one catalogue file, validated and ready to save."""

    path: Path
    version: str  # of the file's text the edit was made on
    text: str  # the file's new text
    catalogue: Catalogue  # the whole catalogue with the edit
    changes: dict[str, str]  # session key -> "changed" | "cancelled" (calendars to update)
    audits: tuple[Audit, ...] = ()


@dataclass
class Saved:
    report: SyncReport
    notified: schedule.Notified | None = None
    changes: dict[str, str] = field(default_factory=dict)


Mutation = Callable[[TOMLDocument], list[Audit]]


def prepare(sources: Sources, path: Path, mutate: Mutation, *, current: Catalogue) -> Edit:
    """Apply ``mutate`` to ``path``'s document and validate; raises CatalogueError (file:line and key).

    ``current``: the catalogue in use, to compare with when the files on disk do not load right now.
    """
    texts = sources.texts()
    doc = parse_document(path, texts[path])
    audits = mutate(doc)
    text = tomlkit.dumps(doc)
    new = validate(sources, {path: text})
    try:
        old = validate(sources, {})
    except CatalogueError:
        old = current
    return Edit(path, version(texts[path]), text, new, schedule_changes(old, new), tuple(audits))


def affected(db: Session, edit: Edit) -> list[schedule.SessionChange]:
    """Per moved or cancelled session, the registrations whose calendar entry it makes wrong."""
    out = []
    for key, kind in edit.changes.items():
        wanted = Registration.status == "confirmed" if kind == "changed" else Registration.status != "cancelled"
        rows = db.execute(
            select(Registration, Person)
            .join(Person, Person.id == Registration.person_id)
            .join(SessionRow, SessionRow.id == Registration.session_id)
            .where(SessionRow.key == key, wanted)
            .order_by(Registration.id)
        ).all()
        if rows:
            title = edit.catalogue.session(key).title if edit.catalogue.has_session(key) else key
            out.append(
                schedule.SessionChange(
                    key,
                    title,
                    "changed" if kind == "changed" else "cancelled",
                    tuple(schedule.Affected(r.id, p.email, p.name, r.status) for r, p in rows),
                )
            )
    return out


def preview_mail(ctx: Context, change: schedule.SessionChange) -> tuple[str, str]:
    """(subject, plain text) of the update the first affected person would get (the calendar part aside)."""
    person = change.registrations[0]
    cat = ctx.catalogue
    session = cat.session(change.session_key)
    event = cat.event_of(change.session_key)
    if change.change == "cancelled":
        session = replace(session, status="cancelled")
    mail = Mail(
        template="schedule_update" if change.change == "changed" else "session_cancelled",
        event=event,
        to=person.email,
        to_name=person.name,
        sessions=(session,),
        participants=(person.email,),
    )
    message = email.message_from_bytes(ctx.compose(mail).raw, policy=email.policy.default)
    body = message.get_body(preferencelist=("plain",))
    text = body.get_content() if body is not None else ""
    return str(message["Subject"]), str(text)


def save(factory: sessionmaker[Session], edit: Edit, ctx: Context, *, send: bool) -> Saved:
    """Sync, audit, (``send``) queue the calendar updates and write the file, as one unit; Conflict if it moved on.

    The database is written first and the file last, inside the transaction: ``serve``'s watcher can only
    see the new file while this transaction holds the database, so its own sync of that file waits and
    then finds nothing to do (or retries), and a failure before the write leaves file and database as they were.
    """
    ctx = replace(ctx, catalogue=edit.catalogue)
    with factory() as db, db.begin():
        report = sync_catalogue(db, edit.catalogue)
        for a in edit.audits:
            db.connection().execute(
                insert(AuditLog),
                {
                    "at": ctx.now,
                    "actor": ctx.actor,
                    "action": a.action,
                    "target": a.target,
                    "before": _plain(a.before),
                    "after": _plain({**(a.after or {}), "file": edit.path.name}),
                },
            )
        notified = schedule.notify(db, ctx, sessions=list(edit.changes)) if send and edit.changes else None
        with open(edit.path, "rb") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # one writer at a time: the version check and the write belong together
            if version(edit.path.read_text(encoding="utf-8")) != edit.version:
                raise Conflict(f"{edit.path.name} changed while you were editing")
            write_atomic(edit.path, edit.text)
    return Saved(report, notified, dict(edit.changes))


def _plain(values: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if values is None else {k: plain(v) for k, v in values.items()}
