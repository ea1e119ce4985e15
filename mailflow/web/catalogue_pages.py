"""What the organisers' catalogue pages share: the files, access, errors on the form, and the last step.

The last step (``finish``) is where an edit that moves or cancels a session
with registrations stops to ask: who is affected, the mail they would get,
then "save and send the updates" or "save without sending". Under
``[policy] notify_schedule_changes = "send"`` serve would send them anyway,
so only the first is offered there.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Callable, Iterable
from urllib.parse import quote

from fastapi import Request
from starlette.datastructures import FormData
from starlette.responses import RedirectResponse, Response

from mailflow.apply import catalogue_edit
from mailflow.catalogue import CatalogueError
from mailflow.catalogue.edit import Sources
from mailflow.catalogue.fields import Problem
from mailflow.web import security
from mailflow.web.pages import render

META = {security.CSRF_FIELD, "confirm", "version"}


def sources(request: Request) -> Sources:
    s = security.services(request).app.settings
    return Sources(s.catalogue_files, s.catalogue_web_file)


def organiser(request: Request, event_key: str | None = None) -> security.Caller:
    """Organisers and admins; an account limited to events only for those (and never for a new event)."""
    who = security.require(request, "events")
    if event_key is not None or who.account.events is not None:
        security.require_event(who, event_key)
    return who


def posted(form: FormData, names: Iterable[str] | None = None) -> dict[str, str]:
    """The form's fields as typed, without the page's own (token, confirmation); all strings."""
    out = {k: (v.strip() if isinstance(v, str) else "") for k, v in form.multi_items() if k not in META}
    for name in names or ():
        out.setdefault(name, "")  # an unticked checkbox sends nothing: it means "no"
    return out


def validator_problem(exc: CatalogueError) -> tuple[str, Problem]:
    """The loader's message (English, file:line first) as (field, problem) for the form."""
    message = str(exc)
    found = re.search(r"(?:'[^']*'|\])\.([a-z_]+): ", message)
    short = re.sub(r"^\S*/", "", message)  # the file's name, not the server's folders
    return (found.group(1) if found else "", Problem("{message}", {"message": short}))


def finish(
    request: Request,
    who: security.Caller,
    edit: catalogue_edit.Edit,
    fields: dict[str, str],
    *,
    action: str,
    back: str,
    confirm: str,
    sent_version: str,
    title: str,
    again: Callable[[], catalogue_edit.Edit],
) -> Response:
    """Save ``edit``, or first show who it affects and what they would get; then back to ``back``.

    ``again`` makes the same edit on the file as it is now: used when the file changed under us.
    """
    web = security.services(request)
    ctx = replace(web.context(who.account), catalogue=edit.catalogue)
    with web.reading() as db:
        people = catalogue_edit.affected(db, edit)
    stale = bool(confirm) and sent_version != edit.version
    if people and (confirm not in ("send", "quiet") or stale):
        previews = [(c, *catalogue_edit.preview_mail(ctx, c)) for c in people]
        return render(
            request,
            "web/catalogue_confirm.html",
            who,
            previews=previews,
            fields=fields,
            action=action,
            version=edit.version,
            back=back,
            stale=stale,
            title=title,
            always_send=web.app.settings.policy.notify_schedule_changes == "send",
        )
    send = bool(people) and (confirm == "send" or web.app.settings.policy.notify_schedule_changes == "send")
    try:
        saved = catalogue_edit.save(web.app.factory, edit, ctx, send=send)
    except catalogue_edit.Conflict:
        try:
            fresh = again()
        except CatalogueError as exc:
            return file_error(request, who, exc, back)
        return finish(
            request, who, fresh, fields, action=action, back=back, confirm="", sent_version="", title=title, again=again
        )
    except OSError as exc:  # e.g. the service may not write the file (docs/operations.md, "Catalogue changes")
        return render(
            request,
            "web/error.html",
            who,
            status_code=409,
            title="Dit kon niet",
            raw=True,
            back=back,
            message=f"{edit.path.name} could not be written ({exc.strerror or exc}); nothing was saved or "
            "sent. The service needs write access to the catalogue file and its folder: ask the "
            'administrator (docs/operations.md, "Catalogue changes").',
        )
    web.app.catalogue = edit.catalogue  # serve's watcher hands it to the worker within seconds
    sent = len(saved.notified.outbound) if saved.notified else 0
    if sent:
        web.on_queued()
    return RedirectResponse(f"{back}?done={'sent' if send else 'saved'}&n={sent}", status_code=303)


def problems_page(
    request: Request, who: security.Caller, template: str, problems: dict[str, Problem], **context: Any
) -> Response:
    """The form again, with what was typed and what is wrong where: 400, never a 500."""
    return render(request, template, who, status_code=400, problems=problems, **context)


def changed_audit(
    action: str, target: str, before: dict[str, Any], after: dict[str, Any]
) -> list[catalogue_edit.Audit]:
    """Only what changed, before and after; nothing when nothing did."""
    changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    if not changed:
        return []
    return [
        catalogue_edit.Audit(action, target, {k: before.get(k) for k in changed}, {k: after.get(k) for k in changed})
    ]


def not_found(request: Request, who: security.Caller) -> Response:
    return render(
        request,
        "web/error.html",
        who,
        status_code=404,
        title="Niet gevonden",
        message="Deze pagina bestaat niet (meer).",
    )


def file_error(request: Request, who: security.Caller, exc: CatalogueError, back: str) -> Response:
    """A catalogue file that cannot be read or parsed right now: say which and how to fix it (409, not a 500)."""
    return render(
        request,
        "web/error.html",
        who,
        status_code=409,
        title="Dit kon niet",
        message=validator_problem(exc)[1].values["message"],
        raw=True,
        back=back,
    )


def event_path(event_key: str) -> str:
    return f"/events/{quote(event_key)}"
