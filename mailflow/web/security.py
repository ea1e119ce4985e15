"""Who is asking, and may they: the session cookie, CSRF tokens, role checks, security headers.

Pages and API share one identity: the session cookie (HttpOnly, SameSite=Lax,
Secure unless ``[web] cookie_secure = false``), or for other systems a bearer
token from ``POST /api/login``. Every form carries a CSRF token (an HMAC of the
session, so it needs no storage); a JSON call with the cookie needs it in the
``X-CSRF-Token`` header, one with a bearer token does not (browsers never send
those by themselves). The login form, which has no session yet, uses a
double-submit cookie.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass

from fastapi import Request
from starlette.responses import Response

from mailflow.staff import login as logins
from mailflow.staff.accounts import Account
from mailflow.staff.roles import may
from mailflow.web.services import WebServices

COOKIE = "mailflow_session"
LOGIN_COOKIE = "mailflow_login"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)


class LoginRequired(Exception):
    """No valid session: pages redirect to the login form, the API answers 401."""


class Forbidden(Exception):
    """Logged in, but the role (or the event limit) does not allow this: 403."""


class BadCsrf(Exception):
    """A form post without the right token: refused, 403, with a page that says to reload."""


@dataclass(frozen=True)
class Caller:
    account: Account
    token: str  # the session token (cookie or bearer)
    by_bearer: bool

    @property
    def email(self) -> str:
        return self.account.email


def services(request: Request) -> WebServices:
    return request.app.state.services


def caller(request: Request) -> Caller:
    """The logged-in staff member, or LoginRequired."""
    found = getattr(request.state, "caller", None)
    if found is not None:
        return found
    web = services(request)
    token, bearer = request.cookies.get(COOKIE), False
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        token, bearer = auth[7:].strip(), True
    if not token:
        raise LoginRequired()
    with web.transaction() as db:
        found_account = logins.session_account(
            db, token, now=web.now(), session_hours=web.app.settings.web.session_hours
        )
    if found_account is None:
        raise LoginRequired()
    request.state.caller = Caller(found_account[0], token, bearer)
    return request.state.caller


def require(request: Request, permission: str) -> Caller:
    who = caller(request)
    if not may(who.account.role, permission):
        raise Forbidden()
    return who


def require_event(who: Caller, event_key: str | None) -> None:
    if not who.account.sees(event_key):
        raise Forbidden()


def csrf_token(request: Request, who: Caller) -> str:
    return services(request).sign("csrf", logins.token_hash(who.token))


async def check_csrf(request: Request, who: Caller) -> None:
    """Refuse a state-changing request that does not prove it came from our own page."""
    if who.by_bearer:
        return
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and "form" in request.headers.get("content-type", ""):
        sent = str((await request.form()).get(CSRF_FIELD) or "")
    if not sent or not hmac.compare_digest(sent, csrf_token(request, who)):
        raise BadCsrf()


def login_csrf(request: Request) -> str:
    """The login form's token: a random value in a cookie that the form must echo."""
    value = request.cookies.get(LOGIN_COOKIE)
    if not value or len(value) > 100:
        value = secrets.token_urlsafe(24)
    request.state.login_csrf = value
    return value


def check_login_csrf(request: Request, sent: str | None) -> None:
    value = request.cookies.get(LOGIN_COOKIE)
    if not value or not sent or not hmac.compare_digest(value, sent):
        raise BadCsrf()


def set_cookie(response: Response, request: Request, name: str, value: str, *, max_age: int | None) -> None:
    secure = services(request).app.settings.web.cookie_secure
    response.set_cookie(name, value, max_age=max_age, httponly=True, secure=secure, samesite="lax", path="/")


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def headers(response: Response) -> None:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Cache-Control", "no-store")
