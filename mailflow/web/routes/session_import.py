"""Sessions from a CSV or XLSX file: upload, a preview with every problem by row and column, then apply.

Nothing is written before the organiser confirms the preview, and then only
the rows without problems. The confirmation posts the file back (base64 in a
hidden field), so no upload is kept on the server between the two steps; the
file's version makes sure the preview is still what gets applied.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import replace
from typing import Any

import tomlkit
from fastapi import APIRouter, Request
from starlette.datastructures import UploadFile
from starlette.responses import Response

from mailflow.apply import catalogue_edit
from mailflow.apply.catalogue_edit import Audit, prepare
from mailflow.catalogue import Catalogue, CatalogueError
from mailflow.catalogue.edit import add_session, find_event, find_session, raw_values, set_values
from mailflow.catalogue.fields import Problem
from mailflow.catalogue.table_import import Row, Table, column_letter, read
from mailflow.web import security
from mailflow.web.catalogue_pages import (
    changed_audit,
    event_path,
    finish,
    not_found,
    organiser,
    sources,
    validator_problem,
)
from mailflow.web.pages import render

router = APIRouter(include_in_schema=False)
MAX_BYTES = 2 * 1024 * 1024
TEMPLATE = "web/catalogue_import.html"


@router.get("/events/{event_key}/import")
def import_form(request: Request, event_key: str) -> Response:
    who = organiser(request, event_key)
    web = security.services(request)
    if event_key not in {e.key for e in web.app.catalogue.events}:
        return not_found(request, who)
    return render(request, TEMPLATE, who, event=web.app.catalogue.event(event_key), table=None, error=None)


@router.post("/events/{event_key}/import")
async def upload(request: Request, event_key: str) -> Response:
    who = organiser(request, event_key)
    await security.check_csrf(request, who)
    web = security.services(request)
    cat = web.app.catalogue
    if event_key not in {e.key for e in cat.events}:
        return not_found(request, who)
    event = cat.event(event_key)
    form = await request.form()
    file = form.get("file")
    if isinstance(file, UploadFile):
        data = await file.read(MAX_BYTES + 1)
        kind = "xlsx" if (file.filename or "").lower().endswith(".xlsx") or data[:2] == b"PK" else "csv"
    else:
        try:
            data = base64.b64decode(str(form.get("data") or ""), validate=True)
        except (binascii.Error, ValueError):
            data = b""
        kind = "xlsx" if form.get("kind") == "xlsx" else "csv"
    if not data:
        return _page(request, who, event, None, Problem("kies een CSV- of XLSX-bestand met een rij per sessie"))
    if len(data) > MAX_BYTES:
        return _page(request, who, event, None, Problem("het bestand is groter dan 2 MB; splits het in delen"))
    table = read(data, kind)
    _check_rows(table, cat, event_key)
    src = sources(request)

    def make() -> Any:
        return prepare(src, src.file_of(event_key), _mutation(event_key, table.good, cat), current=cat)

    edit = None
    if table.good:
        try:
            edit = make()
        except (CatalogueError, KeyError) as exc:
            error = exc if isinstance(exc, CatalogueError) else CatalogueError(f"event {event_key!r} is in no file")
            table.problems.append(("", validator_problem(error)[1]))
    confirm = str(form.get("confirm") or "")
    fields = {"data": base64.b64encode(data).decode("ascii"), "kind": kind}
    if edit is not None and table.good and confirm in ("apply", "send", "quiet"):
        return finish(
            request,
            who,
            edit,
            fields,
            action=f"{event_path(event_key)}/import",
            back=event_path(event_key),
            confirm=confirm,
            sent_version=str(form.get("version") or ""),
            title=event.title,
            again=make,
        )
    people, previews = [], []
    if edit is not None:
        with web.reading() as db:
            people = catalogue_edit.affected(db, edit)
        ctx = replace(web.context(who.account), catalogue=edit.catalogue)
        previews = [(c, *catalogue_edit.preview_mail(ctx, c)) for c in people]
    return render(
        request,
        TEMPLATE,
        who,
        status_code=200 if table.good else 400,
        event=event,
        table=table,
        error=None,
        fields=fields,
        version=edit.version if edit else "",
        previews=previews,
        always_send=web.app.settings.policy.notify_schedule_changes == "send",
        existing={s.key for s in event.sessions},
    )


def _check_rows(table: Table, cat: Catalogue, event_key: str) -> None:
    """What a row cannot be on its own: another event's session, a new one without its times, an end before its start."""
    for row in table.rows:
        if row.problems or not row.key:
            continue
        existing = cat.session(row.key) if cat.has_session(row.key) else None
        if existing is not None and existing.event_key != event_key:
            row.problems.append(
                (
                    _col(table, "key"),
                    Problem("sessie {key} hoort bij evenement {event}", {"key": row.key, "event": existing.event_key}),
                )
            )
            continue
        if existing is None:
            for name in ("title", "starts", "ends"):
                if name not in row.values:
                    row.problems.append(
                        (_col(table, name), Problem("een nieuwe sessie heeft {name} nodig", {"name": name}))
                    )
        # the catalogue holds times in the event's own zone: without it they are the local times of the file
        starts = row.values.get("starts") or (existing.starts.replace(tzinfo=None) if existing else None)
        ends = row.values.get("ends") or (existing.ends.replace(tzinfo=None) if existing else None)
        if starts is not None and ends is not None and ends <= starts:
            row.problems.append(
                (
                    _col(table, "ends"),
                    Problem("het einde moet na het begin liggen ({starts})", {"starts": f"{starts:%Y-%m-%d %H:%M}"}),
                )
            )


def _col(table: Table, name: str) -> str:
    return f"{column_letter(table.columns.index(name))} ({name})" if name in table.columns else name


def _mutation(event_key: str, rows: list[Row], cat: Catalogue) -> catalogue_edit.Mutation:
    def mutate(doc: tomlkit.TOMLDocument) -> list[Audit]:
        table = find_event(doc, event_key)
        if table is None:
            raise CatalogueError(f"event {event_key!r} is no longer in its file; reload the page")
        audits: list[Audit] = []
        for row in rows:
            values = {k: v for k, v in row.values.items() if k != "key"}
            found = find_session(table, row.key or "")
            if found is None:
                add_session(table, row.values)
                audits.append(
                    Audit(
                        "catalogue.session_create", f"session:{row.key}", None, {**row.values, "import_row": row.number}
                    )
                )
                continue
            before = raw_values(found)
            set_values(found, values)
            audits += changed_audit("catalogue.session_update", f"session:{row.key}", before, raw_values(found))
        return audits

    return mutate


def _page(request: Request, who: security.Caller, event: Any, table: Table | None, error: Problem) -> Response:
    return render(request, TEMPLATE, who, status_code=400, event=event, table=table, error=error)
