"""Rendering a page: the template plus what every page shows (who, menu, language, CSRF token)."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from starlette.responses import HTMLResponse

from mailflow.staff.roles import may
from mailflow.staff import i18n, reasons
from mailflow.web.security import LOGIN_COOKIE, Caller, csrf_token, services, set_cookie

# The menu: (permission, path, label). Organiser pages (events, follow-ups) add their rows here.
MENU: list[tuple[str, str, str]] = [
    ("review", "/review", "Te beoordelen"),
    ("registrations", "/registrations", "Inschrijvingen"),
    ("review", "/junk", "Junk"),
    ("review", "/machine", "Automatische mail"),
    ("review", "/digest", "Overzicht"),
    ("followups", "/campaigns", "Campagnes"),
    ("events", "/events", "Evenementen"),
    ("accounts", "/accounts", "Accounts"),
]


STATUS = {
    "confirmed": "bevestigd",
    "waitlisted": "wachtlijst",
    "cancelled": "afgemeld",
    "open": "Open",
    "resolved": "Afgehandeld",
}


def language(request: Request, who: Caller | None) -> str:
    web = services(request)
    return i18n.choose(request.cookies.get("lang"), who.account.language if who else None, web.app.settings.language)


def render(request: Request, template: str, who: Caller | None, status_code: int = 200, **context: Any) -> HTMLResponse:
    web = services(request)
    lang = language(request, who)
    _ = i18n.translator(lang)
    menu = [(path, label) for perm, path, label in MENU if who and may(who.account.role, perm)]
    html = web.pages.get_template(template).render(
        _=_,
        label=lambda value: _(STATUS.get(value, value)),
        reason=lambda code: i18n.reason(code, _),
        in_words=lambda text: reasons.in_words(text, lang),  # detailed reasons: stored English, shown in lang
        lang=lang,
        who=who.account if who else None,
        menu=menu,
        path=request.url.path,
        csrf=csrf_token(request, who) if who else getattr(request.state, "login_csrf", ""),
        request=request,
        **context,
    )
    response = HTMLResponse(html, status_code=status_code)
    login_value = getattr(request.state, "login_csrf", None)
    if login_value and who is None:
        set_cookie(response, request, LOGIN_COOKIE, login_value, max_age=3600)
    return response
