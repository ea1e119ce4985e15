"""The staff commands of ``mailflow``: accounts, registrations, and the review queue's read-outs.

Kept apart from ``cli.py`` so each file stays small; ``cli.py`` adds these Typer
apps. Every command builds the composition root, calls a use case, prints, exits.
Output meant for secretariat staff follows ``--lang`` (default ``[mailflow] language``).
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

ConfigOpt = Annotated[
    Optional[Path],
    typer.Option("--config", "-c", help="Path to mailflow.toml (default: $MAILFLOW_CONFIG, else ./mailflow.toml)."),
]
LangOpt = Annotated[Optional[str], typer.Option("--lang", help="nl or en (default: [mailflow] language).")]

users_app = typer.Typer(help="Staff accounts for the web pages and the API.", no_args_is_help=True)
registrations_app = typer.Typer(help="Who is registered: list and export.", no_args_is_help=True)


class Role(str, Enum):
    secretariat = "secretariat"
    organiser = "organiser"
    admin = "admin"


class Format(str, Enum):
    csv = "csv"
    xlsx = "xlsx"


def _fail(message: str) -> None:
    typer.echo(f"mailflow: {message}", err=True)
    raise typer.Exit(2)


def _app(config: Path | None):
    from mailflow.cli import _app as build

    return build(config)


def read_password() -> str:
    """The new password twice: prompted (not echoed) on a terminal, else two lines of standard input."""
    import getpass

    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        second = getpass.getpass("Password again: ")
    else:
        lines = sys.stdin.read().splitlines()
        if len(lines) < 2:
            _fail("give the password twice, on two lines of standard input")
        first, second = lines[0], lines[1]
    if first != second:
        _fail("the two passwords differ; nothing changed")
    return first


@users_app.command("add")
def users_add(
    email: Annotated[str, typer.Argument(help="The staff member's e-mail address (their login).")],
    role: Annotated[
        Role,
        typer.Option(
            help="secretariat (review, registrations), organiser (also events and follow-ups) or admin (also accounts)."
        ),
    ],
    name: Annotated[Optional[str], typer.Option(help="Display name.")] = None,
    event: Annotated[
        Optional[list[str]],
        typer.Option(help="Limit the account to this event key (repeat for more); default: every event."),
    ] = None,
    lang: Annotated[
        Optional[str], typer.Option("--lang", help="nl or en for the pages (default: the configured language).")
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Create a staff account; the password is read twice from standard input (a prompt on a terminal)."""
    from mailflow.staff.accounts import AccountError, add

    password = read_password()
    application = _app(config)
    try:
        with application.factory() as db, db.begin():
            acc = add(db, email, password, role.value, name=name, events=event, language=lang)
    except AccountError as exc:
        _fail(str(exc))
        return
    finally:
        application.close()
    w = application.settings.web
    typer.echo(f"account {acc.email} ({acc.role}) created; log in at {w.base_url}/login")


@users_app.command("passwd")
def users_passwd(
    email: Annotated[str, typer.Argument(help="The account's e-mail address.")], config: ConfigOpt = None
) -> None:
    """Set a new password (read twice from standard input); every open session of the account ends."""
    from mailflow.staff.accounts import AccountError, set_password

    password = read_password()
    application = _app(config)
    try:
        with application.factory() as db, db.begin():
            acc = set_password(db, email, password)
    except AccountError as exc:
        _fail(str(exc))
        return
    finally:
        application.close()
    typer.echo(f"password of {acc.email} changed")


@users_app.command("disable")
def users_disable(
    email: Annotated[str, typer.Argument(help="The account's e-mail address.")],
    enable: Annotated[bool, typer.Option("--enable", help="Enable the account again instead.")] = False,
    config: ConfigOpt = None,
) -> None:
    """Disable an account (it can no longer log in; open sessions end), or enable it again with --enable."""
    from mailflow.staff.accounts import AccountError, set_active

    application = _app(config)
    try:
        with application.factory() as db, db.begin():
            acc = set_active(db, email, enable)
    except AccountError as exc:
        _fail(str(exc))
        return
    finally:
        application.close()
    typer.echo(f"account {acc.email} {'enabled' if acc.active else 'disabled'}")


@users_app.command("list")
def users_list(config: ConfigOpt = None) -> None:
    """List the staff accounts: address, role, events, active."""
    from mailflow.staff.accounts import list_accounts

    application = _app(config)
    try:
        with application.factory() as db:
            rows = list_accounts(db)
    finally:
        application.close()
    for a in rows:
        events = ",".join(a.events) if a.events else "all events"
        typer.echo(
            f"{a.email}  {a.role}  {events}  {'active' if a.active else 'disabled'}"
            + (f"  ({a.name})" if a.name else "")
        )
    typer.echo(f"{len(rows)} account(s)")


@registrations_app.command("list")
def registrations_list(
    event: Annotated[str, typer.Option(help="Event key.")],
    session: Annotated[Optional[str], typer.Option(help="Only this session key.")] = None,
    status: Annotated[Optional[str], typer.Option(help="confirmed | waitlisted | cancelled")] = None,
    search: Annotated[Optional[str], typer.Option(help="Part of an address, name or organisation.")] = None,
    config: ConfigOpt = None,
) -> None:
    """List registrations of an event (or one session) with counts per session."""
    from mailflow.roster import query

    application = _app(config)
    try:
        with application.factory() as db:
            counts = query.session_counts(db, event)
            rows = query.registrations(db, event, session_key=session, status=status, search=search)
    finally:
        application.close()
    if not counts:
        _fail(f"no event {event!r} in the database; `mailflow events check` lists the events")
    for c in counts:
        if session and c.key != session:
            continue
        cap = "unlimited" if c.capacity is None else str(c.capacity)
        typer.echo(
            f"{c.key}: {c.confirmed} confirmed, {c.waitlisted} waitlisted, {c.cancelled} cancelled (capacity {cap})"
        )
    for r in rows:
        typer.echo(f"#{r.id}  {r.session}  {r.status:<10}  {r.email}  {r.name or ''}")
    typer.echo(f"{len(rows)} registration(s)")


@registrations_app.command("export")
def registrations_export(
    event: Annotated[str, typer.Option(help="Event key.")],
    session: Annotated[Optional[str], typer.Option(help="Only this session key.")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="csv or xlsx.")] = Format.csv,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write to this file (default: standard output).")
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Export registrations (header: email, name, organisation, event, session, session_title, status, ...).

    Cells that a spreadsheet would read as a formula get a leading apostrophe.
    """
    from mailflow.roster import export, query

    application = _app(config)
    try:
        with application.factory() as db:
            known = query.session_counts(db, event)
            rows = query.registrations(db, event, session_key=session, limit=10_000_000)
    finally:
        application.close()
    if not known:
        _fail(f"no event {event!r} in the database; `mailflow events check` lists the events")
    data = export.to_csv(rows).encode("utf-8") if fmt == Format.csv else export.to_xlsx(rows, title=event)
    if output is not None:
        output.write_bytes(data)
        typer.echo(f"{len(rows)} registration(s) written to {output}", err=True)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


def review_list(config: Path | None, event: str | None, lang: str | None) -> None:
    """The open items, oldest first: number, sender, subject, date, reason and the first line of text."""
    from mailflow.review import detail, queue
    from mailflow.staff.i18n import reason, translator
    from mailflow.staff.reasons import in_words

    application = _app(config)
    lang = lang or application.settings.language
    _ = translator(lang)
    try:
        with application.factory() as db:
            items = queue.list_items(db, queue.Filter(event_key=event), now=application.clock())
            rows = detail.summaries(db, items, "cli", application.clock())
    finally:
        application.close()
    for r, item in zip(rows, items):
        typer.echo(f"#{r.id}  {r.created_at:%Y-%m-%d %H:%M}  [{r.event_key or '-'}]  {reason(r.code, _)}")
        typer.echo(f"      {_('Van')}: {r.sender or '-'}  {_('Onderwerp')}: {r.subject or _('(geen onderwerp)')}")
        if r.first_line:
            typer.echo(f"      {r.first_line[:100]}")
        typer.echo(f"      {_('Reden')}: {in_words(r.reason, lang)}")
        p = item.candidates or {}
        people = [x["email"] for x in p.get("participants") or [] if isinstance(x, dict)]
        options = [o["session_key"] for o in p.get("options") or [] if isinstance(o, dict)]
        typer.echo(
            f"      {_('voorstel')}: {p.get('kind', '?')} sessions={','.join(p.get('sessions') or []) or '-'} "
            f"participants={','.join(people) or '-'}" + (f" candidates={','.join(options)}" if options else "")
        )
    typer.echo(_("{n} open bericht(en)", n=len(rows)))


def review_show(config: Path | None, item_id: int, lang: str | None) -> None:
    """One item in full: the headers, the whole text, the reasons, the proposal and the choices."""
    from mailflow.review import detail
    from mailflow.review.queue import ReviewError
    from mailflow.staff.i18n import reason, translator
    from mailflow.staff.reasons import in_words

    application = _app(config)
    lang = lang or application.settings.language
    _ = translator(lang)
    try:
        with application.factory() as db:
            d = detail.detail(db, item_id, application.catalogue, "cli", application.clock())
    except ReviewError:
        _fail(_("Bericht {n} bestaat niet.", n=item_id))
        return
    finally:
        application.close()
    typer.echo(f"#{d.id}  [{d.event_key or '-'}]  {reason(d.code, _)}  ({_('Status: {status}', status=d.status)})")
    if d.mail:
        typer.echo(f"{_('Van')}: {d.mail.sender_name or ''} <{d.mail.sender or '-'}>")
        typer.echo(f"{_('Aan')}: {', '.join(d.mail.to)}")
        typer.echo(f"{_('Onderwerp')}: {d.mail.subject}")
        typer.echo(f"{_('Datum')}: {d.mail.date:%Y-%m-%d %H:%M %Z}" if d.mail.date else f"{_('Datum')}: -")
        typer.echo("")
        typer.echo(d.mail.text.rstrip())
        typer.echo("")
        for a in d.mail.attachments:
            typer.echo(f"{_('Bijlagen')}: {a.filename} ({a.content_type}, {a.size} B)")
    typer.echo(f"{_('Waarom dit bij u ligt')}:")
    for why in d.reasons or [d.reason]:
        typer.echo(f"  - {in_words(why, lang)}")
    p = d.proposal
    typer.echo(
        f"{_('Voorstel')}: {p.kind} {','.join(p.sessions) or '-'} {','.join(x.email for x in p.participants) or '-'}"
    )
    for c in d.choices:
        free = "∞" if c.free is None else str(c.free)
        typer.echo(f"  {'*' if c.proposed else ' '} {c.key}  {c.title}  ({_('Vrij')}: {free})")
    for e in d.evidence:
        typer.echo(f'  {e.get("what")}: {e.get("value")} <- "{e.get("text")}" ({e.get("source")})')
    if d.status != "open":
        typer.echo(_("Afgehandeld door {who}: {what}", who=d.resolved_by, what=d.resolution))
