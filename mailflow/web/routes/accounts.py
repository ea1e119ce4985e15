"""The accounts page (admins): who has access, with which role, for which events.

Accounts are made and changed with ``mailflow users`` (the password is typed,
never sent through a page that could be left open); this page shows them.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from mailflow.staff.accounts import list_accounts
from mailflow.web import security
from mailflow.web.pages import render

router = APIRouter(include_in_schema=False)


@router.get("/accounts")
def accounts_page(request: Request) -> Response:
    who = security.require(request, "accounts")
    web = security.services(request)
    with web.reading() as db:
        rows = list_accounts(db)
    return render(request, "web/accounts.html", who, rows=rows)
