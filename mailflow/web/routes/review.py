"""The review queue pages: the list with filters and counts, one item, and the decisions on it."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from mailflow.apply.context import RegistrationError
from mailflow.review import claim, detail, original
from mailflow.review import queue
from mailflow.review.decisions import StaffDecision, carry_out
from mailflow.review.queue import ReviewError
from mailflow.review.resolve import resolve_many
from mailflow.staff.i18n import REASONS
from mailflow.web import security
from mailflow.web.pages import render
from mailflow.web.routes.forms import addresses, many, text

router = APIRouter(include_in_schema=False)
AGES = {"1h": 1.0, "1d": 24.0, "3d": 72.0, "1w": 168.0}
DONE = {
    "register": "ingeschreven",
    "waitlist": "op de wachtlijst gezet",
    "cancel": "afgemeld",
    "move": "verplaatst",
    "answer": "beantwoord",
    "handled": "gemarkeerd als afgehandeld",
    "ignore": "genegeerd",
    "junk": "als junk gemarkeerd",
    "requeue": "teruggezet in de wachtrij",
}


PAGE = 100  # items per page of the queue


@router.get("/review")
def queue_page(
    request: Request,
    status: str = "open",
    event: str = "",
    code: str = "",
    age: str = "",
    done: str = "",
    n: int = 0,
    page: int = 1,
) -> Response:
    who = security.require(request, "review")
    web = security.services(request)
    visible = who.account.events
    f = queue.Filter(
        status=status if status in ("open", "resolved", "all") else "open",
        event_keys=visible,
        event_key=event or None,
        code=code or None,
        older_than_hours=AGES.get(age),
    )
    with web.reading() as db:
        page = max(page, 1)
        items = queue.list_items(db, f, now=web.now(), limit=PAGE + 1, offset=(page - 1) * PAGE)
        more = len(items) > PAGE
        rows = detail.summaries(db, items[:PAGE], who.email, web.now())
        counts = queue.counts_by_reason(db, event_keys=visible)
    events = [e for e in web.app.catalogue.events if who.account.sees(e.key)]
    return render(
        request,
        "web/queue.html",
        who,
        rows=rows,
        counts=counts,
        events=events,
        f=f,
        age=age,
        done=DONE.get(done, ""),
        done_n=n,
        page=page,
        more=more,
        codes=list(REASONS),
    )


@router.post("/review/bulk")
async def bulk(request: Request) -> Response:
    who = security.require(request, "review")
    await security.check_csrf(request, who)
    form = await request.form()
    action = text(form, "action")
    ids = [int(i) for i in many(form, "item") if i.isdigit()]
    web = security.services(request)
    try:
        with web.transaction() as db:
            _check_items_visible(db, who, ids)
            done = resolve_many(db, ids, action, who.email, ctx=web.context(who.account))  # type: ignore[arg-type]
    except (ReviewError, RegistrationError) as exc:
        return _error(request, who, str(exc), "/review")
    web.on_queued()
    return RedirectResponse(f"/review?done={action}&n={len(done)}", status_code=303)


@router.get("/review/{item_id}")
def item_page(request: Request, item_id: int, done: str = "") -> Response:
    who = security.require(request, "review")
    web = security.services(request)
    try:
        with web.transaction() as db:
            _check_items_visible(db, who, [item_id])
            claim.claim(db, item_id, who.email, web.now())
            d = detail.detail(db, item_id, web.app.catalogue, who.email, web.now())
            nxt = next(
                (
                    i.id
                    for i in queue.list_items(db, queue.Filter(event_keys=who.account.events), now=web.now(), limit=50)
                    if i.id != item_id
                ),
                None,
            )
    except ReviewError:
        return render(
            request,
            "web/error.html",
            who,
            status_code=404,
            title="Niet gevonden",
            message="Deze pagina bestaat niet (meer).",
        )
    return render(
        request,
        "web/item.html",
        who,
        d=d,
        done=DONE.get(done, ""),
        next_id=nxt,
        error=request.query_params.get("error", ""),
    )


@router.post("/review/{item_id}/decide")
async def decide_item(request: Request, item_id: int) -> Response:
    who = security.require(request, "review")
    await security.check_csrf(request, who)
    form = await request.form()
    verb = text(form, "action")
    people = tuple(dict.fromkeys([*many(form, "person"), *addresses(form, "extra_people")]))
    sessions = tuple(many(form, "session"))
    if verb == "move":
        sessions = tuple(many(form, "to_session"))
    d = StaffDecision(
        verb=verb,  # type: ignore[arg-type]
        sessions=sessions,
        from_session=text(form, "from_session") or None,
        people=people,
        template=text(form, "template") or None,
        text=text(form, "text") or None,
    )
    web = security.services(request)
    try:
        with web.transaction() as db:
            _check_items_visible(db, who, [item_id])
            carry_out(db, item_id, d, who.email, ctx=web.context(who.account), take_over=text(form, "take_over") == "1")
    except (ReviewError, RegistrationError) as exc:
        return _item_error(request, who, item_id, str(exc))
    web.on_queued()
    return RedirectResponse(f"/review/{item_id}?done={verb}", status_code=303)


@router.post("/review/{item_id}/claim")
async def take_over(request: Request, item_id: int) -> Response:
    who = security.require(request, "review")
    await security.check_csrf(request, who)
    web = security.services(request)
    with web.transaction() as db:
        _check_items_visible(db, who, [item_id])
        claim.claim(db, item_id, who.email, web.now(), take_over=True)
    return RedirectResponse(f"/review/{item_id}", status_code=303)


@router.get("/review/{item_id}/attachment/{index}")
def attachment(request: Request, item_id: int, index: int) -> Response:
    """An attachment as a download (never shown inline: it is a stranger's file)."""
    who = security.require(request, "review")
    web = security.services(request)
    from mailflow.db.models import InboundMessage, ReviewItem

    with web.reading() as db:
        _check_items_visible(db, who, [item_id])
        item = db.get(ReviewItem, item_id)
        inbound = db.get(InboundMessage, item.inbound_id) if item and item.inbound_id else None
        found = original.attachment(bytes(inbound.raw), index) if inbound else None
    if found is None:
        return Response(status_code=404)
    meta, data = found
    safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in meta.filename) or "bijlage"
    return Response(
        data, media_type="application/octet-stream", headers={"Content-Disposition": f'attachment; filename="{safe}"'}
    )


def _check_items_visible(db: object, who: security.Caller, ids: list[int]) -> None:
    """An account limited to some events sees only their items."""
    if who.account.events is None:
        return
    from sqlalchemy import select

    from mailflow.db.models import ReviewItem

    keys = set(db.scalars(select(ReviewItem.event_key).where(ReviewItem.id.in_(ids))))  # type: ignore[attr-defined]
    if any(not who.account.sees(k) for k in keys):
        raise security.Forbidden()


def _item_error(request: Request, who: security.Caller, item_id: int, message: str) -> Response:
    web = security.services(request)
    try:
        with web.reading() as db:
            d = detail.detail(db, item_id, web.app.catalogue, who.email, web.now())
    except ReviewError:
        return _error(request, who, message, "/review")
    return render(request, "web/item.html", who, status_code=409, d=d, done="", next_id=None, error=message)


def _error(request: Request, who: security.Caller, message: str, back: str) -> Response:
    return render(
        request, "web/error.html", who, status_code=409, title="Dit kon niet", message=message, raw=True, back=back
    )
