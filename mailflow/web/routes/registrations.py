"""Registrations per event and session: counts, search, add, cancel, move, restore, history, export."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from mailflow.apply import registrations as regs
from mailflow.apply.context import RegistrationError
from mailflow.roster import export, query
from mailflow.web import security
from mailflow.web.pages import render
from mailflow.web.routes.forms import safe_next, text

router = APIRouter(include_in_schema=False)
DONE = {"add": "ingeschreven", "cancel": "afgemeld", "move": "verplaatst", "restore": "teruggezet"}


@router.get("/registrations")
def events_page(request: Request) -> Response:
    who = security.require(request, "registrations")
    web = security.services(request)
    with web.reading() as db:
        events = query.events(db, who.account.events)
    if len(events) == 1:
        return RedirectResponse(f"/registrations/{quote(events[0][0])}", status_code=303)
    return render(request, "web/events.html", who, events=events)


@router.get("/registrations/{event_key}")
def event_page(
    request: Request, event_key: str, session: str = "", status: str = "", q: str = "", done: str = ""
) -> Response:
    who = security.require(request, "registrations")
    security.require_event(who, event_key)
    web = security.services(request)
    with web.reading() as db:
        events = dict(query.events(db, who.account.events))
        if event_key not in events:
            return render(
                request,
                "web/error.html",
                who,
                status_code=404,
                title="Niet gevonden",
                message="Deze pagina bestaat niet (meer).",
            )
        counts = query.session_counts(db, event_key)
        rows = query.registrations(
            db,
            event_key,
            session_key=session or None,
            status=status if status in query.STATUSES else None,
            search=q,
            limit=1000,
        )
    return render(
        request,
        "web/registrations.html",
        who,
        event_key=event_key,
        event_title=events[event_key],
        counts=counts,
        rows=rows,
        session=session,
        status=status,
        q=q,
        done=DONE.get(done, ""),
        error=request.query_params.get("error", ""),
    )


@router.get("/registrations/{event_key}/export.{fmt}")
def export_file(request: Request, event_key: str, fmt: str, session: str = "") -> Response:
    who = security.require(request, "registrations")
    security.require_event(who, event_key)
    web = security.services(request)
    with web.reading() as db:
        rows = query.registrations(db, event_key, session_key=session or None, limit=1_000_000)
    name = f"inschrijvingen-{event_key}" + (f"-{session}" if session else "")
    name = "".join(c if c.isalnum() or c in "-_" else "_" for c in name)
    if fmt == "csv":
        return Response(
            export.to_csv(rows).encode("utf-8-sig"),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
        )
    if fmt == "xlsx":
        return Response(
            export.to_xlsx(rows, title=event_key),
            media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            headers={"Content-Disposition": f'attachment; filename="{name}.xlsx"'},
        )
    return Response(status_code=404)


@router.post("/registrations/{event_key}/add")
async def add(request: Request, event_key: str) -> Response:
    who = security.require(request, "registrations")
    security.require_event(who, event_key)
    await security.check_csrf(request, who)
    form = await request.form()
    session, email = text(form, "session"), text(form, "email").lower()
    web = security.services(request)
    back = f"/registrations/{quote(event_key)}"
    ctx = web.context(who.account)
    if not ctx.catalogue.has_session(session) or ctx.catalogue.event_of(session).key != event_key:
        return _back(back, error="choose a session of this event")
    if "@" not in email:
        return _back(back, error=f"{email or 'an empty value'} is not an e-mail address")
    try:
        with web.transaction() as db:
            regs.register(
                db, email, session, ctx=ctx, name=text(form, "name") or None, waitlist=text(form, "waitlist") == "1"
            )
    except RegistrationError as exc:
        return _back(back, error=str(exc))
    web.on_queued()
    return _back(back, done="add")


@router.post("/registrations/r/{registration_id}/{verb}")
async def change(request: Request, registration_id: int, verb: str) -> Response:
    who = security.require(request, "registrations")
    await security.check_csrf(request, who)
    form = await request.form()
    web = security.services(request)
    with web.reading() as db:
        row = query.registration(db, registration_id)
    if row is None or verb not in ("cancel", "move", "restore"):
        return Response(status_code=404)
    security.require_event(who, row.event)
    back = safe_next(text(form, "next"), f"/registrations/{quote(row.event)}")
    ctx = web.context(who.account)
    try:
        with web.transaction() as db:
            if verb == "cancel":
                regs.cancel(db, registration_id, ctx=ctx)
            elif verb == "restore":
                regs.restore(db, registration_id, ctx=ctx)
            else:
                target = text(form, "to_session")
                if not ctx.catalogue.has_session(target):
                    raise RegistrationError("choose the session to move to")
                regs.move(db, registration_id, target, ctx=ctx)
    except RegistrationError as exc:
        return _back(back, error=str(exc))
    web.on_queued()
    return _back(back, done=verb)


@router.get("/people/{email}")
def person_page(request: Request, email: str) -> Response:
    who = security.require(request, "registrations")
    web = security.services(request)
    with web.reading() as db:
        every = query.person_rows(db, email)
        rows = [r for r in every if who.account.sees(r.event)]
        if who.account.events is not None and every and not rows:
            raise security.Forbidden()  # only registered for events this account may not see
        entries = query.history(db, email)
    return render(request, "web/person.html", who, email=email.lower(), rows=rows, entries=entries)


def _back(path: str, *, done: str = "", error: str = "") -> Response:
    sep = "&" if "?" in path else "?"
    query_string = f"done={done}" if done else f"error={quote(error)}"
    return RedirectResponse(f"{path}{sep}{query_string}", status_code=303)
