"""Mijn account (every logged-in staff member): change one's own password and preferred language.

The current password is asked again, under the same rate limit as the login
form (``staff.login.recheck``), so a session left open on a shared computer is
not a way to take the account over. A new password ends the account's other
sessions and keeps this one.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from mailflow.staff import accounts
from mailflow.staff import login as logins
from mailflow.staff.accounts import AccountError
from mailflow.web import security
from mailflow.web.account_form import (
    DONE,
    LANGUAGE_LABELS,
    REFUSALS,
    ROLE_LABELS,
    TOO_MANY,
    WRONG_CURRENT,
    Refused,
    new_password,
    refusal,
)
from mailflow.web.pages import render
from mailflow.web.routes.forms import text
from mailflow.web.security import Caller

router = APIRouter(include_in_schema=False)
PATH = "/my-account"


@router.get(PATH)
def page(request: Request, done: str = "") -> Response:
    who = security.caller(request)
    return _page(request, who, done=DONE.get(done, ""))


def _page(
    request: Request,
    who: Caller,
    *,
    problem: Refused | None = None,
    part: str = "",
    done: str = "",
    language: str | None = None,
    status_code: int = 200,
) -> Response:
    chosen = who.account.language or "" if language is None else language
    return render(
        request,
        "web/my_account.html",
        who,
        status_code=status_code,
        problem=problem,
        part=part,
        done=done,
        languages=LANGUAGE_LABELS,
        chosen=chosen,
        role_labels=ROLE_LABELS,
        min_password=accounts.MIN_PASSWORD,
    )


@router.post(f"{PATH}/password")
async def change_password(request: Request) -> Response:
    who = security.caller(request)
    await security.check_csrf(request, who)
    form = await request.form()
    web = security.services(request)
    w = web.app.settings.web
    try:
        password = new_password(form)
        with web.transaction() as db:
            checked = logins.recheck(
                db,
                who.email,
                str(form.get("current") or ""),
                security.client_address(request),
                now=web.now(),
                attempts=w.login_attempts,
                window=w.login_window,
            )
        if checked.wait_seconds:
            raise Refused(TOO_MANY, "current", n=checked.wait_seconds)
        if checked.account is None:
            raise Refused(WRONG_CURRENT, "current")
        with web.transaction() as db:
            accounts.set_password(
                db, who.email, password, actor=who.email, now=web.now(), keep_session=logins.token_hash(who.token)
            )
    except AccountError as exc:
        return _page(request, who, problem=refusal(exc), part="password", status_code=400)
    except Refused as exc:
        return _page(request, who, problem=exc, part="password", status_code=400)
    return RedirectResponse(f"{PATH}?done=own_password", status_code=303)


@router.post(f"{PATH}/language")
async def change_language(request: Request) -> Response:
    """The account's language; the page switch's cookie is cleared so the choice shows at once."""
    who = security.caller(request)
    await security.check_csrf(request, who)
    language = text(await request.form(), "language")
    if language not in LANGUAGE_LABELS:
        return _page(
            request,
            who,
            problem=Refused(REFUSALS["language"], "language"),
            part="language",
            language=language,
            status_code=400,
        )
    web = security.services(request)
    a = who.account
    with web.transaction() as db:
        accounts.update(
            db,
            a.email,
            name=a.name,
            role=a.role,
            events=a.events,
            language=language or None,
            actor=who.email,
            now=web.now(),
        )
    response = RedirectResponse(f"{PATH}?done=language", status_code=303)
    response.delete_cookie("lang", path="/")
    return response
