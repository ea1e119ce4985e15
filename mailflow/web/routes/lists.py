"""Junk and machine mail, each in its own list, with one click back into the queue."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from mailflow.review.ignored import list_set_aside, requeue
from mailflow.review.queue import ReviewError
from mailflow.web import security
from mailflow.web.pages import render

router = APIRouter(include_in_schema=False)


@router.get("/junk")
def junk(request: Request) -> Response:
    return _list(request, "junk")


@router.get("/machine")
def machine(request: Request) -> Response:
    return _list(request, "machine")


def _list(request: Request, listing: str) -> Response:
    who = security.require(request, "review")
    web = security.services(request)
    with web.reading() as db:
        rows = list_set_aside(db, listing)  # type: ignore[arg-type]
    return render(request, "web/set_aside.html", who, rows=rows, listing=listing)


@router.post("/inbound/{inbound_id}/requeue")
async def back_to_queue(request: Request, inbound_id: int) -> Response:
    who = security.require(request, "review")
    await security.check_csrf(request, who)
    web = security.services(request)
    try:
        with web.transaction() as db:
            item_id = requeue(db, inbound_id, who.email, web.now())
    except ReviewError as exc:
        return render(
            request,
            "web/error.html",
            who,
            status_code=409,
            title="Dit kon niet",
            message=str(exc),
            raw=True,
            back="/review",
        )
    return RedirectResponse(f"/review/{item_id}?done=requeue", status_code=303)
