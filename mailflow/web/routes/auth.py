"""Login, logout and the language switch."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from mailflow.staff import login as logins
from mailflow.web import security
from mailflow.web.pages import render
from mailflow.web.routes.forms import safe_next, text

router = APIRouter(include_in_schema=False)


@router.get("/")
def home() -> Response:
    return RedirectResponse("/review", status_code=303)


@router.get("/login")
def login_form(request: Request, next: str = "/review", out: int = 0) -> Response:
    security.login_csrf(request)
    return render(request, "web/login.html", None, next=safe_next(next), notice="U bent uitgelogd." if out else "")


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    security.check_login_csrf(request, text(form, security.CSRF_FIELD))
    web = security.services(request)
    w = web.app.settings.web
    email, password = text(form, "email"), str(form.get("password") or "")
    with web.transaction() as db:
        result = logins.log_in(
            db,
            email,
            password,
            security.client_address(request),
            now=web.now(),
            attempts=w.login_attempts,
            window=w.login_window,
            session_hours=w.session_hours,
        )
    if result.token is None:
        security.login_csrf(request)
        error = (
            "Te veel mislukte pogingen. Probeer het over {n} seconden opnieuw."
            if result.wait_seconds
            else "Onjuist e-mailadres of wachtwoord."
        )
        return render(
            request,
            "web/login.html",
            None,
            status_code=429 if result.wait_seconds else 401,
            next=safe_next(text(form, "next")),
            error=error,
            wait=result.wait_seconds,
            email=email,
        )
    response = RedirectResponse(safe_next(text(form, "next")), status_code=303)
    security.set_cookie(response, request, security.COOKIE, result.token, max_age=int(w.session_hours * 3600))
    response.delete_cookie(security.LOGIN_COOKIE, path="/")
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    who = security.caller(request)
    await security.check_csrf(request, who)
    web = security.services(request)
    with web.transaction() as db:
        logins.log_out(db, who.token, now=web.now())
    response = RedirectResponse("/login?out=1", status_code=303)
    response.delete_cookie(security.COOKIE, path="/")
    return response


@router.get("/lang/{lang}")
def switch_language(request: Request, lang: str, next: str = "/review") -> Response:
    response = RedirectResponse(safe_next(next), status_code=303)
    if lang in ("nl", "en"):
        response.set_cookie(
            "lang",
            lang,
            max_age=365 * 86400,
            samesite="lax",
            path="/",
            secure=security.services(request).app.settings.web.cookie_secure,
        )
    return response
