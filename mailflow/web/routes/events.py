"""The catalogue pages for organisers: the events, one event's fields, a new event, the TOML download.

Sessions (``event_sessions``) and the spreadsheet import (``session_import``)
have their own modules; their routers hang under this one, so the factory
registers one router for the whole area.
"""

from __future__ import annotations

from typing import Any

import tomlkit
from fastapi import APIRouter, Request
from starlette.responses import Response

from mailflow.apply.catalogue_edit import Audit, prepare
from mailflow.catalogue import CatalogueError
from mailflow.catalogue.edit import add_event, find_event, parse_document, raw_values, set_values
from mailflow.catalogue.export import dump_events
from mailflow.catalogue.fields import EVENT_FIELDS, EVENT_PARSERS, SESSION_PARSERS, Problem, form_value, parse
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
from mailflow.web.routes import event_sessions, session_import

router = APIRouter(include_in_schema=False)
EDITABLE = tuple(f for f in EVENT_FIELDS if f != "key")
NEW_SESSION = ("session_key", "session_title", "session_starts", "session_ends")
DONE = {"saved": "Opgeslagen.", "sent": "Opgeslagen; {n} agenda-update(s) in de wachtrij gezet."}


def done_text(done: str) -> str:
    return DONE.get(done, "")


@router.get("/events")
def catalogue_page(request: Request, done: str = "", n: int = 0) -> Response:
    who = security.require(request, "events")
    web = security.services(request)
    events = [e for e in web.app.catalogue.events if who.account.sees(e.key)]
    return render(
        request,
        "web/catalogue.html",
        who,
        events=events,
        may_create=who.account.events is None,
        done=done_text(done),
        n=n,
    )


@router.get("/events/export.toml")
def export(request: Request) -> Response:
    """The catalogue (the events this account may see) as one TOML file that `mailflow events check` accepts."""
    who = security.require(request, "events")
    web = security.services(request)
    events = [e for e in web.app.catalogue.events if who.account.sees(e.key)]
    text = dump_events(
        events,
        header=f"mailflow catalogue, exported {web.now():%Y-%m-%d %H:%M} UTC by "
        f"{who.email}\ncheck it with `mailflow events check FILE`",
    )
    return Response(
        text.encode("utf-8"),
        media_type="application/toml; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="catalogus.toml"'},
    )


@router.get("/events/new")
def new_event_form(request: Request) -> Response:
    who = organiser(request)
    return render(
        request,
        "web/catalogue_event.html",
        who,
        new=True,
        values={"language": "nl", "timezone": "Europe/Amsterdam", "status": "open"},
        problems={},
        event=None,
    )


@router.post("/events/new")
async def new_event(request: Request) -> Response:
    who = organiser(request)
    await security.check_csrf(request, who)
    form = posted(await request.form())
    event_raw = {k: v for k, v in form.items() if not k.startswith("session_")}
    session_raw = {k.removeprefix("session_"): v for k, v in form.items() if k.startswith("session_")}
    values, problems = parse(event_raw, EVENT_PARSERS)
    first, session_problems = parse(session_raw, {k: SESSION_PARSERS[k] for k in ("key", "title", "starts", "ends")})
    problems.update({f"session_{k}": p for k, p in session_problems.items()})
    for name in ("key", "title", "mailbox"):
        if not values.get(name) and name not in problems:
            problems[name] = Problem("vul dit in")
    for name in NEW_SESSION:
        if not first.get(name.removeprefix("session_")) and name not in problems:
            problems[name] = Problem("vul dit in")
    if problems:
        return problems_page(request, who, "web/catalogue_event.html", problems, new=True, values=form, event=None)
    key = values["key"]
    src = sources(request)
    web = security.services(request)

    def mutate(doc: tomlkit.TOMLDocument) -> list[Audit]:
        if any(e.key == key for e in web.app.catalogue.events) or find_event(doc, key) is not None:
            raise CatalogueError(f"event key {key!r} is in use already; choose another key")
        add_event(doc, values, first)
        return [Audit("catalogue.event_create", f"event:{key}", None, {**values, "first_session": first["key"]})]

    def make() -> Any:
        return prepare(src, src.new_events_file, mutate, current=web.app.catalogue)

    try:
        edit = make()
    except CatalogueError as exc:
        name, problem = validator_problem(exc)
        return problems_page(
            request, who, "web/catalogue_event.html", {name or "key": problem}, new=True, values=form, event=None
        )
    return finish(
        request,
        who,
        edit,
        form,
        action="/events/new",
        back=event_path(key),
        confirm="",
        sent_version="",
        title=values["title"],
        again=make,
    )


@router.get("/events/{event_key}")
def event_form(request: Request, event_key: str, done: str = "", n: int = 0) -> Response:
    who = organiser(request, event_key)
    web = security.services(request)
    try:
        values = _file_values(request, event_key)
    except CatalogueError as exc:
        return file_error(request, who, exc, "/events")
    if values is None or event_key not in {e.key for e in web.app.catalogue.events}:
        return not_found(request, who)
    return render(
        request,
        "web/catalogue_event.html",
        who,
        new=False,
        values=values,
        problems={},
        event=web.app.catalogue.event(event_key),
        done=done_text(done),
        n=n,
    )


@router.post("/events/{event_key}")
async def save_event(request: Request, event_key: str) -> Response:
    who = organiser(request, event_key)
    await security.check_csrf(request, who)
    raw = await request.form()
    form = posted(raw)
    web = security.services(request)
    if event_key not in {e.key for e in web.app.catalogue.events}:
        return not_found(request, who)
    if form.get("key") == event_key:
        form.pop("key")
    values, problems = parse(form, {k: EVENT_PARSERS[k] for k in EDITABLE})
    for name in ("title", "mailbox"):
        if name in form and not values.get(name) and name not in problems:
            problems[name] = Problem("vul dit in")
    event = web.app.catalogue.event(event_key)
    if problems:
        return problems_page(request, who, "web/catalogue_event.html", problems, new=False, values=form, event=event)
    src = sources(request)

    def mutate(doc: tomlkit.TOMLDocument) -> list[Audit]:
        table = find_event(doc, event_key)
        if table is None:
            raise CatalogueError(f"event {event_key!r} is no longer in its file; reload the page")
        before = raw_values(table)
        set_values(table, values)
        return changed_audit("catalogue.event_update", f"event:{event_key}", before, raw_values(table))

    def make() -> Any:
        return prepare(src, src.file_of(event_key), mutate, current=web.app.catalogue)

    try:
        edit = make()
    except (CatalogueError, KeyError) as exc:
        name, problem = validator_problem(
            exc if isinstance(exc, CatalogueError) else CatalogueError(f"event {event_key!r} is in no catalogue file")
        )
        return problems_page(
            request, who, "web/catalogue_event.html", {name: problem}, new=False, values=form, event=event
        )
    return finish(
        request,
        who,
        edit,
        form,
        action=event_path(event_key),
        back=event_path(event_key),
        confirm=str(raw.get("confirm") or ""),
        sent_version=str(raw.get("version") or ""),
        title=event.title,
        again=make,
    )


def _file_values(request: Request, event_key: str) -> dict[str, str] | None:
    src = sources(request)
    try:
        path = src.file_of(event_key)
        doc = parse_document(path, src.texts()[path])
    except KeyError:
        return None
    return {k: form_value(v) for k, v in raw_values(find_event(doc, event_key)).items()}


router.include_router(event_sessions.router)
router.include_router(session_import.router)
