"""The dashboard page of the daily digest."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from mailflow.staff.digest import build
from mailflow.web import security
from mailflow.web.pages import render

router = APIRouter(include_in_schema=False)


@router.get("/digest")
def digest_page(request: Request) -> Response:
    who = security.require(request, "review")
    web = security.services(request)
    with web.reading() as db:
        d = build(db, web.now(), events=who.account.events)
    return render(request, "web/digest.html", who, d=d)
