"""Build the staff web application from the composition root; nothing is created at import time."""

from __future__ import annotations

from importlib import resources
from typing import Awaitable, Callable
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from jinja2 import Environment, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import RedirectResponse, Response

from mailflow.app import App
from mailflow.outbound.templating import PACKAGE, PackagedTemplates
from mailflow.web import security
from mailflow.web.pages import render
from mailflow.web.services import WebServices

STATIC_TYPES = {
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".js": "text/javascript; charset=utf-8",
}


def page_templates() -> Environment:
    """templates/web/*.html from the package, always autoescaped (mail text and names are strangers')."""
    return Environment(
        loader=PackagedTemplates(PACKAGE),
        autoescape=select_autoescape(default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def create_web_app(app: App, *, secret: str, on_queued: Callable[[], None] | None = None) -> FastAPI:
    """The FastAPI app for staff pages and the JSON API, over ``app``'s settings and database."""
    from mailflow.web.routes import api, auth, digest, lists, registrations, review, accounts
    from mailflow.web.routes import events

    web = FastAPI(
        title="mailflow staff API",
        version="1",
        description="The operations of the staff pages for other systems: the review queue, "
        "registrations and exports. Log in with POST /api/login for a bearer token.",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    web.state.services = WebServices(app, secret.encode(), page_templates(), on_queued or (lambda: None))
    for module in (auth, review, registrations, lists, digest, accounts, api, events):
        web.include_router(module.router)
    _handlers(web)
    from mailflow.web.routes import campaigns

    web.include_router(campaigns.router)  # organisers' follow-ups (issue 12)
    from mailflow.web.routes import my_account

    web.include_router(my_account.router)  # every staff member's own password and language

    @web.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        security.headers(response)
        return response

    @web.get("/health", include_in_schema=False)
    def health() -> dict[str, str]:
        """The one answer without login: for load balancers and monitoring."""
        return {"status": "ok"}

    @web.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        node = resources.files(PACKAGE) / "web" / "static" / name
        suffix = name[name.rfind(".") :] if "." in name else ""
        if "/" in name or name.startswith(".") or suffix not in STATIC_TYPES or not node.is_file():
            return Response(status_code=404)
        return Response(
            node.read_bytes(), media_type=STATIC_TYPES[suffix], headers={"Cache-Control": "public, max-age=3600"}
        )

    return web


def _handlers(web: FastAPI) -> None:
    def api(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    @web.exception_handler(security.LoginRequired)
    async def login_required(request: Request, exc: Exception) -> Response:
        if api(request):
            return JSONResponse({"detail": "log in first: POST /api/login"}, status_code=401)
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target)}", status_code=303)

    @web.exception_handler(security.Forbidden)
    async def forbidden(request: Request, exc: Exception) -> Response:
        if api(request):
            return JSONResponse({"detail": "your account's role does not allow this"}, status_code=403)
        return render(
            request,
            "web/error.html",
            security.caller(request),
            status_code=403,
            title="Geen toegang",
            message="Uw account heeft hiervoor niet de juiste rol.",
        )

    @web.exception_handler(security.BadCsrf)
    async def bad_csrf(request: Request, exc: Exception) -> Response:
        if api(request):
            return JSONResponse({"detail": "missing or wrong X-CSRF-Token header"}, status_code=403)
        try:
            who = security.caller(request)
        except security.LoginRequired:
            who = None
        if who is None:
            security.login_csrf(request)
        return render(
            request,
            "web/error.html",
            who,
            status_code=403,
            title="Dit kon niet",
            message="Dit formulier is verlopen of niet van deze site. Laad de pagina opnieuw en probeer het nog eens.",
        )

    @web.exception_handler(StarletteHTTPException)
    async def not_found(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if api(request) or exc.status_code != 404:
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        try:
            who = security.caller(request)
        except security.LoginRequired:
            return RedirectResponse("/login", status_code=303)
        return render(
            request,
            "web/error.html",
            who,
            status_code=404,
            title="Niet gevonden",
            message="Deze pagina bestaat niet (meer).",
        )
