"""Organisers' campaign pages: list, create, preview, test, schedule, send now, cancel, progress.

Every rule is in ``mailflow.campaigns.service`` (the CLI calls the same
functions); these routes only check who asks (permission ``followups``, and an
account limited to some events sees only their campaigns), read forms and
render. Sending itself is left to ``serve``'s campaign task: "send now" records
the audience and returns at once; the progress page follows it.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from mailflow.campaigns import service
from mailflow.campaigns.model import CampaignError, Overview, Preview
from mailflow.campaigns.templating import VARIABLES
from mailflow.catalogue.model import Event
from mailflow.outbound.transport import PermanentFailure, TemporaryFailure, make_transport
from mailflow.review.original import sanitise
from mailflow.roster import query
from mailflow.web import security
from mailflow.web.campaign_form import UNITS, CampaignForm, FormProblem, ScheduleForm
from mailflow.web.campaign_view import DONE, PER_PAGE, REFRESH_SECONDS, labels, schedule_form_of
from mailflow.web.pages import render
from mailflow.web.routes.forms import text
from mailflow.web.security import Caller

router = APIRouter(include_in_schema=False)
PERMISSION = "followups"
ALREADY = {
    "cancelled": "Deze campagne is al geannuleerd.",
    "done": "Deze campagne is al helemaal verstuurd; er valt niets meer te annuleren.",
}


def _who(request: Request) -> Caller:
    return security.require(request, PERMISSION)


def _event(request: Request, who: Caller, event_key: str) -> Event | None:
    """The catalogue event, after the event limit check (None: no such event)."""
    security.require_event(who, event_key)
    try:
        return security.services(request).app.catalogue.event(event_key)
    except KeyError:
        return None


def _not_found(request: Request, who: Caller) -> Response:
    return render(
        request,
        "web/error.html",
        who,
        status_code=404,
        title="Niet gevonden",
        message="Deze pagina bestaat niet (meer).",
        back="/campaigns",
    )


@router.get("/campaigns")
def events_page(request: Request) -> Response:
    who = _who(request)
    with security.services(request).reading() as db:
        events = query.events(db, who.account.events)
    if len(events) == 1:
        return RedirectResponse(f"/campaigns/{quote(events[0][0])}", status_code=303)
    return render(request, "web/campaign_events.html", who, events=events)


@router.get("/campaigns/{event_key}")
def list_page(request: Request, event_key: str, done: str = "") -> Response:
    who = _who(request)
    event = _event(request, who, event_key)
    if event is None:
        return _not_found(request, who)
    with security.services(request).reading() as db:
        rows = service.overviews(db, (event_key,))
    return render(request, "web/campaigns.html", who, event=event, rows=rows, done=DONE.get(done, ""), **labels(event))


@router.get("/campaigns/{event_key}/new")
def new_form(request: Request, event_key: str) -> Response:
    who = _who(request)
    event = _event(request, who, event_key)
    if event is None:
        return _not_found(request, who)
    return _form(request, who, event, CampaignForm(event_key))


@router.post("/campaigns/{event_key}/new")
async def create(request: Request, event_key: str) -> Response:
    who = _who(request)
    event = _event(request, who, event_key)
    if event is None:
        return _not_found(request, who)
    await security.check_csrf(request, who)
    form = CampaignForm.read(await request.form(), event_key)
    web = security.services(request)
    try:
        with web.transaction() as db:
            earlier = {o.campaign_id for o in service.overviews(db, (event_key,))}
            draft = form.draft(event.timezone, who.email, earlier)
            campaign_id = service.create(db, web.app.catalogue, web.app.settings, draft, web.now())
            if form.timing.when == "now":
                service.start(db, web.app.catalogue, web.app.settings, campaign_id, web.now(), actor=who.email)
    except FormProblem as exc:
        return _form(request, who, event, form, problem=exc, status_code=400)
    except CampaignError as exc:
        return _form(request, who, event, form, error=str(exc), status_code=400)
    return RedirectResponse(
        f"/campaigns/c/{campaign_id}?done={'started' if form.timing.when == 'now' else 'created'}", status_code=303
    )


def _form(
    request: Request,
    who: Caller,
    event: Event,
    form: CampaignForm,
    *,
    problem: FormProblem | None = None,
    error: str = "",
    status_code: int = 200,
) -> Response:
    with security.services(request).reading() as db:
        earlier = service.overviews(db, (event.key,))
    return render(
        request,
        "web/campaign_new.html",
        who,
        status_code=status_code,
        event=event,
        form=form,
        earlier=earlier,
        units=UNITS,
        problem=problem,
        error=error,
        variables=list(VARIABLES),
        **labels(event),
    )


# ---------------------------------------------------------------- one campaign


def _campaign(request: Request, who: Caller, campaign_id: int) -> tuple[Overview, Event] | None:
    """The campaign and its event after the event limit check; None when either is gone."""
    try:
        with security.services(request).reading() as db:
            found = service.overview(db, campaign_id)
    except CampaignError:
        return None
    event = _event(request, who, found.event_key)
    return (found, event) if event is not None else None


@router.get("/campaigns/c/{campaign_id}")
def campaign_page(request: Request, campaign_id: int, to: str = "", done: str = "") -> Response:
    who = _who(request)
    found = _campaign(request, who, campaign_id)
    if found is None:
        return _not_found(request, who)
    return _detail(request, who, *found, to=to, done=DONE.get(done, ""))


def _detail(
    request: Request,
    who: Caller,
    c: Overview,
    event: Event,
    *,
    to: str = "",
    done: str = "",
    error: str = "",
    problem: FormProblem | None = None,
    timing: ScheduleForm | None = None,
    test_to: str = "",
    status_code: int = 200,
) -> Response:
    web = security.services(request)
    preview: Preview | None = None
    preview_error = ""
    with web.reading() as db:
        total, sample = service.audience_sample(db, c.campaign_id)
        try:
            preview = service.preview(db, web.app.catalogue, web.app.settings, c.campaign_id, web.now(), to or None)
        except CampaignError as exc:
            preview_error = str(exc)
    html = sanitise(preview.html) if preview is not None else ""
    return render(
        request,
        "web/campaign.html",
        who,
        status_code=status_code,
        c=c,
        event=event,
        preview=preview,
        preview_html=html,
        preview_error=preview_error,
        sample=sample,
        audience_total=total,
        to=to,
        done=done,
        error=error,
        problem=problem,
        timing=timing or schedule_form_of(c, event),
        units=UNITS,
        test_to=test_to or who.email,
        **labels(event),
    )


async def _action(request: Request, campaign_id: int) -> tuple[Caller, Overview, Event, Any] | Response:
    """The common start of every button: role, event limit, CSRF, the posted form."""
    who = _who(request)
    found = _campaign(request, who, campaign_id)
    if found is None:
        return _not_found(request, who)
    await security.check_csrf(request, who)
    return who, found[0], found[1], await request.form()


def _done(campaign_id: int, what: str) -> Response:
    return RedirectResponse(f"/campaigns/c/{campaign_id}?done={what}", status_code=303)


@router.post("/campaigns/c/{campaign_id}/test")
async def test_send(request: Request, campaign_id: int) -> Response:
    got = await _action(request, campaign_id)
    if isinstance(got, Response):
        return got
    who, c, event, form = got
    to, as_ = text(form, "to") or who.email, text(form, "as") or None
    if "@" not in to:
        return _detail(
            request,
            who,
            c,
            event,
            to=as_ or "",
            test_to=to,
            status_code=400,
            problem=FormProblem("{address} is geen e-mailadres; vul uw eigen adres in.", address=to),
        )
    web = security.services(request)

    def send() -> None:
        transport = make_transport(web.app.settings.outbound)
        transport.open()
        with web.reading() as db:
            service.test(db, web.app.catalogue, web.app.settings, campaign_id, to, transport, web.now(), as_)

    try:
        await run_in_threadpool(send)
    except (CampaignError, PermanentFailure, TemporaryFailure, OSError) as exc:  # shown, never a 500
        return _detail(
            request, who, c, event, to=as_ or "", test_to=to, status_code=400, error=f"test mail not sent: {exc}"
        )
    return RedirectResponse(f"/campaigns/c/{campaign_id}?done=tested&to={quote(as_ or '')}", status_code=303)


@router.post("/campaigns/c/{campaign_id}/schedule")
async def schedule(request: Request, campaign_id: int) -> Response:
    got = await _action(request, campaign_id)
    if isinstance(got, Response):
        return got
    who, c, event, form = got
    timing = ScheduleForm.read(form)
    web = security.services(request)
    try:
        with web.transaction() as db:
            if timing.when == "now":
                service.start(db, web.app.catalogue, web.app.settings, campaign_id, web.now(), actor=who.email)
            else:
                service.set_schedule(db, campaign_id, timing.schedule(event.timezone), web.now(), actor=who.email)
    except FormProblem as exc:
        return _detail(request, who, c, event, timing=timing, problem=exc, status_code=400)
    except CampaignError as exc:
        return _detail(request, who, c, event, timing=timing, error=str(exc), status_code=409)
    return _done(campaign_id, "started" if timing.when == "now" else "scheduled")


@router.post("/campaigns/c/{campaign_id}/send")
async def send_now(request: Request, campaign_id: int) -> Response:
    got = await _action(request, campaign_id)
    if isinstance(got, Response):
        return got
    who, c, event, _form_data = got
    web = security.services(request)
    try:
        with web.transaction() as db:
            service.start(db, web.app.catalogue, web.app.settings, campaign_id, web.now(), actor=who.email)
    except CampaignError as exc:
        return _detail(request, who, c, event, error=str(exc), status_code=409)
    return RedirectResponse(f"/campaigns/c/{campaign_id}/progress?done=started", status_code=303)


@router.post("/campaigns/c/{campaign_id}/cancel")
async def cancel(request: Request, campaign_id: int) -> Response:
    got = await _action(request, campaign_id)
    if isinstance(got, Response):
        return got
    who, c, event, _form_data = got
    if c.status in ("cancelled", "done"):
        return _detail(request, who, c, event, status_code=409, problem=FormProblem(ALREADY[c.status]))
    web = security.services(request)
    with web.transaction() as db:
        service.cancel(db, campaign_id, web.now(), actor=who.email)
    return _done(campaign_id, "cancelled")


@router.get("/campaigns/c/{campaign_id}/progress")
def progress(request: Request, campaign_id: int, page: int = 1, done: str = "", live: int = 1) -> Response:
    """Counts and the ledger page; while sending it refreshes itself (meta refresh without JavaScript, a small
    script with it) unless ``live=0``: the switch WCAG 2.2.1/2.2.2 ask for, first in the page."""
    who = _who(request)
    found = _campaign(request, who, campaign_id)
    if found is None:
        return _not_found(request, who)
    c, event = found
    page = max(1, page)
    with security.services(request).reading() as db:
        total, rows = service.recipients(db, campaign_id, offset=(page - 1) * PER_PAGE, limit=PER_PAGE)
    sending = c.status == "sending" or (c.status == "scheduled" and c.report.pending > 0)
    return render(
        request,
        "web/campaign_progress.html",
        who,
        c=c,
        event=event,
        rows=rows,
        total=total,
        page=page,
        pages=max(1, -(-total // PER_PAGE)),
        per_page=PER_PAGE,
        sending=sending,
        refresh=REFRESH_SECONDS if sending and live else 0,
        done=DONE.get(done, ""),
        **labels(event),
    )
