"""The accounts pages (admins only): who has access, add one, change role, name, events and language,
disable or enable, and set a new password for someone.

Every rule is in ``mailflow.staff.accounts`` (``mailflow users`` calls the same
functions), audited with the acting admin. Disabling an account or giving it a
new password deletes its sessions, and ``security.caller`` refuses a disabled
account's session anyway, so the person is out at their next request. An admin
changes their own password at "Mijn account", where the current one is asked.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from mailflow.staff import accounts
from mailflow.staff.accounts import Account, AccountError
from mailflow.staff.roles import ROLES
from mailflow.web import security
from mailflow.web.account_form import (
    DONE,
    LANGUAGE_LABELS,
    OWN_PASSWORD,
    ROLE_HINTS,
    ROLE_LABELS,
    AccountForm,
    Refused,
    new_password,
    refusal,
)
from mailflow.web.pages import render
from mailflow.web.routes.forms import text
from mailflow.web.security import Caller

router = APIRouter(include_in_schema=False)
PERMISSION = "accounts"


def _who(request: Request) -> Caller:
    return security.require(request, PERMISSION)


def _choices(request: Request, form: AccountForm) -> dict[str, object]:
    """What the add and change forms offer: roles, languages, the catalogue's events (and any the
    account is limited to that left the catalogue, so saving the form does not drop them silently)."""
    catalogue = [(e.key, e.title) for e in security.services(request).app.catalogue.events]
    gone = [(key, "") for key in form.events if key not in {k for k, _t in catalogue}]
    return {
        "roles": ROLES,
        "role_labels": ROLE_LABELS,
        "role_hints": ROLE_HINTS,
        "languages": LANGUAGE_LABELS,
        "events": catalogue + gone,
        "min_password": accounts.MIN_PASSWORD,
    }


def _known_events(request: Request, found: Account | None = None) -> set[str]:
    known = {e.key for e in security.services(request).app.catalogue.events}
    return known | set(found.events or ()) if found is not None else known


def _account(request: Request, account_id: int) -> Account | None:
    with security.services(request).reading() as db:
        return accounts.by_id(db, account_id)


def _not_found(request: Request, who: Caller) -> Response:
    return render(
        request,
        "web/error.html",
        who,
        status_code=404,
        title="Niet gevonden",
        message="Deze pagina bestaat niet (meer).",
        back="/accounts",
    )


@router.get("/accounts")
def accounts_page(request: Request, done: str = "") -> Response:
    who = _who(request)
    with security.services(request).reading() as db:
        rows = accounts.list_accounts(db)
    return render(request, "web/accounts.html", who, rows=rows, role_labels=ROLE_LABELS, done=DONE.get(done, ""))


@router.get("/accounts/new")
def new_form(request: Request) -> Response:
    who = _who(request)
    return _new(request, who, AccountForm())


@router.post("/accounts/new")
async def create(request: Request) -> Response:
    who = _who(request)
    await security.check_csrf(request, who)
    posted = await request.form()
    form = AccountForm.read(posted)
    web = security.services(request)
    try:
        form.check(_known_events(request))
        password = new_password(posted)
        with web.transaction() as db:
            accounts.add(
                db,
                form.email,
                password,
                form.role,
                name=form.name or None,
                events=form.events or None,
                language=form.language or None,
                actor=who.email,
                now=web.now(),
            )
    except AccountError as exc:
        return _new(request, who, form, refusal(exc), status_code=400)
    except Refused as exc:
        return _new(request, who, form, exc, status_code=400)
    return RedirectResponse("/accounts?done=added", status_code=303)


def _new(
    request: Request, who: Caller, form: AccountForm, problem: Refused | None = None, status_code: int = 200
) -> Response:
    return render(
        request,
        "web/account_new.html",
        who,
        status_code=status_code,
        form=form,
        problem=problem,
        **_choices(request, form),
    )


@router.get("/accounts/{account_id}")
def account_page(request: Request, account_id: int, done: str = "") -> Response:
    who = _who(request)
    found = _account(request, account_id)
    if found is None:
        return _not_found(request, who)
    return _edit(request, who, found, AccountForm.of(found), done=DONE.get(done, ""))


def _edit(
    request: Request,
    who: Caller,
    found: Account,
    form: AccountForm,
    *,
    problem: Refused | None = None,
    part: str = "",
    done: str = "",
    status_code: int = 200,
) -> Response:
    """The account's page; ``part`` says which of its forms ``problem`` belongs to (details, active, password)."""
    return render(
        request,
        "web/account.html",
        who,
        status_code=status_code,
        account=found,
        form=form,
        problem=problem,
        part=part,
        done=done,
        self_=found.email == who.email,
        **_choices(request, form),
    )


@router.post("/accounts/{account_id}")
async def change(request: Request, account_id: int) -> Response:
    who = _who(request)
    await security.check_csrf(request, who)
    found = _account(request, account_id)
    if found is None:
        return _not_found(request, who)
    form = AccountForm.read(await request.form())
    form.email = found.email
    web = security.services(request)
    try:
        form.check(_known_events(request, found))
        with web.transaction() as db:
            accounts.update(
                db,
                found.email,
                name=form.name or None,
                role=form.role,
                events=form.events or None,
                language=form.language or None,
                actor=who.email,
                now=web.now(),
            )
    except AccountError as exc:
        return _edit(request, who, found, form, problem=refusal(exc), part="details", status_code=400)
    except Refused as exc:
        return _edit(request, who, found, form, problem=exc, part="details", status_code=400)
    return RedirectResponse(f"/accounts/{account_id}?done=saved", status_code=303)


@router.post("/accounts/{account_id}/active")
async def set_active(request: Request, account_id: int) -> Response:
    who = _who(request)
    await security.check_csrf(request, who)
    found = _account(request, account_id)
    if found is None:
        return _not_found(request, who)
    wanted = text(await request.form(), "active")
    if wanted not in ("0", "1"):  # only the page's own buttons: nothing to change
        return RedirectResponse(f"/accounts/{account_id}", status_code=303)
    active = wanted == "1"
    web = security.services(request)
    try:
        with web.transaction() as db:
            accounts.set_active(db, found.email, active, actor=who.email, now=web.now())
    except AccountError as exc:
        return _edit(request, who, found, AccountForm.of(found), problem=refusal(exc), part="active", status_code=409)
    return RedirectResponse(f"/accounts/{account_id}?done={'enabled' if active else 'disabled'}", status_code=303)


@router.post("/accounts/{account_id}/password")
async def set_password(request: Request, account_id: int) -> Response:
    who = _who(request)
    await security.check_csrf(request, who)
    found = _account(request, account_id)
    if found is None:
        return _not_found(request, who)
    web = security.services(request)
    try:
        if found.email == who.email:
            raise Refused(OWN_PASSWORD, "password")
        password = new_password(await request.form())
        with web.transaction() as db:
            accounts.set_password(db, found.email, password, actor=who.email, now=web.now())
    except AccountError as exc:
        return _edit(request, who, found, AccountForm.of(found), problem=refusal(exc), part="password", status_code=400)
    except Refused as exc:
        return _edit(request, who, found, AccountForm.of(found), problem=exc, part="password", status_code=400)
    return RedirectResponse(f"/accounts/{account_id}?done=password", status_code=303)
