"""Add a session to an event, or change one: time, place, capacity, online link, status.

A session's key never changes here: registrations and calendar entries
refer to it. A change of time or place, or a cancellation, goes through the
confirmation in ``catalogue_pages.finish``.
"""

from __future__ import annotations

from typing import Any

import tomlkit
from fastapi import APIRouter, Request
from starlette.responses import Response

from mailflow.apply.catalogue_edit import Audit, prepare
from mailflow.catalogue import CatalogueError
from mailflow.catalogue.edit import add_session, find_event, find_session, parse_document, raw_values, set_values
from mailflow.catalogue.fields import SESSION_FIELDS, SESSION_PARSERS, Problem, form_value, parse
from mailflow.web import security
from mailflow.web.catalogue_pages import (
    changed_audit,
    event_path,
    file_error,
    finish,
    not_found,
    organiser,
    posted,
    problems_page,
    sources,
    validator_problem,
)
from mailflow.web.pages import render

router = APIRouter(include_in_schema=False)
EDITABLE = tuple(f for f in SESSION_FIELDS if f != "key")
REQUIRED = ("title", "starts", "ends")
TEMPLATE = "web/catalogue_session.html"


@router.get("/events/{event_key}/sessions/new")
def new_session_form(request: Request, event_key: str) -> Response:
    who = organiser(request, event_key)
    web = security.services(request)
    if event_key not in {e.key for e in web.app.catalogue.events}:
        return not_found(request, who)
    return render(
        request,
        TEMPLATE,
        who,
        event=web.app.catalogue.event(event_key),
        session_key=None,
        values={"status": "open"},
        problems={},
    )


@router.get("/events/{event_key}/sessions/{session_key}")
def session_form(request: Request, event_key: str, session_key: str) -> Response:
    who = organiser(request, event_key)
    web = security.services(request)
    cat = web.app.catalogue
    if not cat.has_session(session_key) or cat.event_of(session_key).key != event_key:
        return not_found(request, who)
    src = sources(request)
    try:
        path = src.file_of(event_key)
        doc = parse_document(path, src.texts()[path])
    except KeyError:
        return not_found(request, who)
    except CatalogueError as exc:
        return file_error(request, who, exc, event_path(event_key))
    table = find_session(find_event(doc, event_key), session_key)  # type: ignore[arg-type]
    values = {k: form_value(v) for k, v in raw_values(table).items()}
    return render(
        request, TEMPLATE, who, event=cat.event(event_key), session_key=session_key, values=values, problems={}
    )


@router.post("/events/{event_key}/sessions/new")
async def add(request: Request, event_key: str) -> Response:
    return await _save(request, event_key, None)


@router.post("/events/{event_key}/sessions/{session_key}")
async def change(request: Request, event_key: str, session_key: str) -> Response:
    return await _save(request, event_key, session_key)


async def _save(request: Request, event_key: str, session_key: str | None) -> Response:
    who = organiser(request, event_key)
    await security.check_csrf(request, who)
    web = security.services(request)
    cat = web.app.catalogue
    if event_key not in {e.key for e in cat.events} or (
        session_key is not None and (not cat.has_session(session_key) or cat.event_of(session_key).key != event_key)
    ):
        return not_found(request, who)
    raw = await request.form()
    form = posted(raw, ["online"])
    if session_key is not None and form.get("key") == session_key:
        form.pop("key")
    parsers = {k: SESSION_PARSERS[k] for k in (EDITABLE if session_key else SESSION_FIELDS)}
    values, problems = parse(form, parsers)
    for name in REQUIRED if session_key else ("key", *REQUIRED):
        if not values.get(name) and name not in problems:
            problems[name] = Problem("vul dit in")
    _times_in_order(values, session_key, cat, problems)
    event = cat.event(event_key)
    page = dict(event=event, session_key=session_key, values=form)
    if problems:
        return problems_page(request, who, TEMPLATE, problems, **page)
    src = sources(request)
    key = session_key or values["key"]

    def mutate(doc: tomlkit.TOMLDocument) -> list[Audit]:
        table = find_event(doc, event_key)
        if table is None:
            raise CatalogueError(f"event {event_key!r} is no longer in its file; reload the page")
        if session_key is None:
            if cat.has_session(key) or find_session(table, key) is not None:
                raise CatalogueError(f"session {key!r}.key: is in use already; choose another key")
            add_session(table, values)
            return [Audit("catalogue.session_create", f"session:{key}", None, dict(values))]
        found = find_session(table, session_key)
        if found is None:
            raise CatalogueError(f"session {session_key!r} is no longer in the file; reload the page")
        before = raw_values(found)
        set_values(found, values)
        return changed_audit("catalogue.session_update", f"session:{session_key}", before, raw_values(found))

    def make() -> Any:
        return prepare(src, src.file_of(event_key), mutate, current=cat)

    try:
        edit = make()
    except (CatalogueError, KeyError) as exc:
        error = exc if isinstance(exc, CatalogueError) else CatalogueError(f"event {event_key!r} is in no file")
        name, problem = validator_problem(error)
        return problems_page(request, who, TEMPLATE, {name: problem}, **page)
    here = f"{event_path(event_key)}/sessions/{session_key}" if session_key else f"{event_path(event_key)}/sessions/new"
    return finish(
        request,
        who,
        edit,
        form,
        action=here,
        back=event_path(event_key),
        confirm=str(raw.get("confirm") or ""),
        sent_version=str(raw.get("version") or ""),
        title=values.get("title") or key,
        again=make,
    )


def _times_in_order(values: dict[str, Any], session_key: str | None, cat: Any, problems: dict[str, Problem]) -> None:
    """End before start, said at once with the other mistakes (the loader would say it only after them)."""
    starts, ends = values.get("starts"), values.get("ends")
    if session_key is not None and cat.has_session(session_key):
        current = cat.session(session_key)
        starts = starts or current.starts.replace(tzinfo=None)
        ends = ends or current.ends.replace(tzinfo=None)
    if starts and ends and ends <= starts and "ends" not in problems:
        problems["ends"] = Problem(
            "het einde moet na het begin liggen ({starts})", {"starts": f"{starts:%Y-%m-%d %H:%M}"}
        )
