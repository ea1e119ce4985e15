"""The ``mailflow`` command line: each command builds what it needs, calls a service, prints, exits.

Imports of heavy modules happen inside the commands so ``mailflow --help`` is fast.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(
    help="mailflow: sign up for events by plain e-mail.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

ConfigOpt = Annotated[Optional[Path], typer.Option(
    "--config", "-c", help="Path to mailflow.toml (default: $MAILFLOW_CONFIG, else ./mailflow.toml).")]


def _fail(message: str) -> None:
    typer.echo(f"mailflow: {message}", err=True)
    raise typer.Exit(2)


def _parse_now(now: str | None) -> dt.datetime | None:
    if now is None:
        return None
    try:
        value = dt.datetime.fromisoformat(now)
    except ValueError:
        _fail(f"--now {now!r} is not an ISO-8601 moment; use e.g. 2026-11-22T12:00:00+01:00")
        raise
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


@app.command()
def explain(
    files: Annotated[list[Path], typer.Argument(help="Messages (.eml files) to explain.")],
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object per message and line.")] = False,
    catalogue: Annotated[Optional[Path], typer.Option(
        help="Catalogue TOML to judge against; with it no config file or database is needed.")] = None,
    now: Annotated[Optional[str], typer.Option(
        help="Judge at this ISO-8601 moment (deadlines, closed events); default: when each message was received.")] = None,
    config: ConfigOpt = None,
) -> None:
    """Show how each message is understood and what would happen, changing nothing."""
    from mailflow.explain import run_explain
    from mailflow.catalogue import CatalogueError, load_catalogue
    from mailflow.config import ConfigError, load_settings

    try:
        if catalogue is not None:
            cat = load_catalogue([catalogue])
            own: tuple[str, ...] = ()
            trust = None
        else:
            settings = load_settings(config)
            cat = load_catalogue(settings.catalogue_files)
            own, trust = settings.own_addresses(cat), settings.trust
    except (CatalogueError, ConfigError) as exc:
        _fail(str(exc))
        return
    code = run_explain(files, cat, now=_parse_now(now), own_addresses=own, as_json=json_out, out=sys.stdout,
                       trust=trust)
    raise typer.Exit(code)


@app.command("eval")
def eval_cmd(
    corpus: Annotated[Path, typer.Argument(help="Corpus folder: messages/*.eml, labels.jsonl, catalogue.toml.")],
    list_misses: Annotated[bool, typer.Option("--list", help="Print every miss with expected and got.")] = False,
) -> None:
    """Score understanding on a labelled corpus: critical errors and automation rate."""
    from mailflow.evaluation import run_eval

    raise typer.Exit(run_eval(corpus, list_misses=list_misses, out=sys.stdout))


events_app = typer.Typer(help="Check and load the event catalogue.", no_args_is_help=True)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
mailbox_app = typer.Typer(help="IMAP mailboxes.", no_args_is_help=True)
app.add_typer(events_app, name="events")
app.add_typer(db_app, name="db")
app.add_typer(mailbox_app, name="mailbox")
review_app = typer.Typer(help="The review queue: messages a person has to look at.", no_args_is_help=True)
app.add_typer(review_app, name="review")
junk_app = typer.Typer(help="Junk: spam, phishing, list and bulk mail, ignored and never answered.",
                       no_args_is_help=True)
app.add_typer(junk_app, name="junk")


def _app(config: Path | None, *, migrate: bool = False, sync: bool = False):  # type: ignore[no-untyped-def]
    """Build the composition root, turning every setup error into one clear line."""
    from sqlalchemy.exc import OperationalError

    from mailflow.app import SchemaError, load_app
    from mailflow.catalogue import CatalogueError
    from mailflow.config import ConfigError

    try:
        return load_app(config, migrate=migrate, sync=sync)
    except (CatalogueError, ConfigError, SchemaError) as exc:
        _fail(str(exc))
    except OperationalError as exc:
        _fail(f"cannot use the database: {exc.orig}; check [database] url or MAILFLOW_DATABASE_URL")
    raise AssertionError("unreachable")


def _logging(verbose: bool) -> None:
    import logging

    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)


@app.command()
def serve(
    config: ConfigOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log debug detail.")] = False,
) -> None:
    """Run the service: SMTP/LMTP intake, IMAP mailboxes, worker and sender, until Ctrl-C.

    The worker runs in `[worker] processes` child processes (default 1; 0 keeps it
    in this process). An embedded SQLite database is created or upgraded on start;
    a PostgreSQL database must be upgraded first with `mailflow db upgrade`.
    """
    import asyncio

    from mailflow.config import ConfigError, load_settings
    from mailflow.serve import serve as run

    _logging(verbose)
    try:
        settings = load_settings(config)
    except ConfigError as exc:
        _fail(str(exc))
        return
    embedded = settings.database_url.startswith("sqlite")
    application = _app(config, migrate=embedded, sync=True)
    try:
        asyncio.run(run(application))
    except OSError as exc:
        _fail(f"cannot listen on {settings.smtp.listen_host}:{settings.smtp.listen_port}: {exc.strerror}; "
              "change [intake.smtp] listen")
    finally:
        application.close()


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help=".eml files, mbox files or Maildir folders.")],
    config: ConfigOpt = None,
    process: Annotated[bool, typer.Option(help="Also process the imported messages now.")] = True,
) -> None:
    """Import messages from files; each message is stored (and processed) once, however often imported."""
    from mailflow.intake.files import ingest_paths

    application = _app(config, migrate=False, sync=True)
    try:
        report = ingest_paths(application.factory, paths)
        for line in report.unreadable:
            typer.echo(f"unreadable: {line}", err=True)
        typer.echo(f"imported: {report.summary()}")
        if process:
            from mailflow.worker import Pipeline, process_pending
            pipeline = Pipeline(catalogue=application.catalogue, settings=application.settings,
                                session_factory=application.factory, clock=application.clock)
            total = 0
            while (n := process_pending(pipeline, batch=200)):
                total += n
            typer.echo(f"processed {total} message(s); replies are in the outbox (`mailflow serve` sends them)")
    finally:
        application.close()
    raise typer.Exit(1 if report.unreadable else 0)


@app.command("send-test")
def send_test(
    to: Annotated[Optional[str], typer.Option(help="Registration address (default: the first event's mailbox).")] = None,
    sender: Annotated[str, typer.Option("--from", help="Sender address.")] = "j.jansen@gemeente.example",
    subject: Annotated[str, typer.Option(help="Subject line.")] = "Aanmelding ontwerpsessie",
    body: Annotated[str, typer.Option(help="Message text.")] = "Ik wil graag aansluiten in Utrecht.",
    config: ConfigOpt = None,
) -> None:
    """Send one test mail into the running service over SMTP (like swaks)."""
    import smtplib
    from email.message import EmailMessage
    from email.utils import formatdate, make_msgid

    from mailflow.catalogue import CatalogueError, load_catalogue
    from mailflow.config import ConfigError, load_settings

    try:
        settings = load_settings(config)
        to = to or load_catalogue(settings.catalogue_files).mailboxes[0]
    except (ConfigError, CatalogueError) as exc:
        _fail(str(exc))
        return
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"], msg["Message-ID"] = formatdate(localtime=True), make_msgid(domain="send-test.invalid")
    msg.set_content(body)
    host, port = settings.smtp.listen_host, settings.smtp.listen_port
    try:
        with smtplib.SMTP(host, port, timeout=10) as smtp:
            smtp.send_message(msg)
    except (OSError, smtplib.SMTPException) as exc:
        _fail(f"could not deliver to {host}:{port}: {exc}; is `mailflow serve` running?")
    typer.echo(f"sent {msg['Message-ID']} to {to} via {host}:{port}")


@events_app.command("check")
def events_check(files: Annotated[list[Path], typer.Argument(help="Catalogue TOML files.")]) -> None:
    """Validate catalogue files and list their events and sessions."""
    from mailflow.catalogue import CatalogueError, load_catalogue

    try:
        cat = load_catalogue(files)
    except CatalogueError as exc:
        _fail(str(exc))
        return
    for e in cat.events:
        typer.echo(f"{e.key}  <{e.mailbox}>  {e.title}  ({len(e.sessions)} session(s))")
        for s in e.sessions:
            typer.echo(f"  {s.key}  {s.starts:%Y-%m-%d %H:%M}  {s.city or s.venue or ''}")
    typer.echo(f"ok: {len(cat.events)} event(s), {len(cat.sessions)} session(s)")


@events_app.command("sync")
def events_sync(config: ConfigOpt = None) -> None:
    """Load the configured catalogue into the database; safe to repeat; reports what changed."""
    from mailflow.catalogue_sync import sync_catalogue

    application = _app(config)
    try:
        with application.factory() as db, db.begin():
            report = sync_catalogue(db, application.catalogue)
        typer.echo(str(report))
    finally:
        application.close()


@db_app.command("upgrade")
def db_upgrade(config: ConfigOpt = None) -> None:
    """Create or upgrade the database schema to this version (idempotent)."""
    from mailflow.db.migrate import current_revision

    application = _app(config, migrate=True)
    try:
        typer.echo(f"database schema at revision {current_revision(application.engine)}")
    finally:
        application.close()


@mailbox_app.command("check")
def mailbox_check(config: ConfigOpt = None) -> None:
    """Log in to each configured IMAP mailbox and list its folders with message counts."""
    from mailflow.config import ConfigError, load_settings
    from mailflow.intake.imap import check_mailbox, render_report

    try:
        settings = load_settings(config)
    except ConfigError as exc:
        _fail(str(exc))
        return
    if not settings.mailboxes:
        _fail("no [mailbox] or [[mailboxes]] in the configuration")
    failed = False
    for mb in settings.mailboxes:
        report = check_mailbox(mb)
        for line in render_report(report):
            typer.echo(line)
        failed = failed or not report.ok
    raise typer.Exit(1 if failed else 0)


@review_app.command("list")
def review_list(
    config: ConfigOpt = None,
    event: Annotated[Optional[str], typer.Option(help="Only items of this event key.")] = None,
) -> None:
    """List open review items, oldest first, with the reason and the proposed action."""
    from mailflow import review

    application = _app(config)
    try:
        with application.factory() as db:
            items = review.list_open(db, event_key=event)
            for item in items:
                proposal = item.candidates or {}
                typer.echo(f"#{item.id}  [{item.event_key or '-'}]  {item.reason}")
                if proposal:
                    people = [p["email"] if isinstance(p, dict) else str(p)
                              for p in proposal.get("participants") or []]
                    options = [o["session_key"] for o in proposal.get("options") or [] if isinstance(o, dict)]
                    typer.echo(f"      proposal: {proposal.get('kind', '?')} "
                               f"sessions={','.join(proposal.get('sessions') or []) or '-'} "
                               f"participants={','.join(people) or '-'}"
                               + (f" candidates={','.join(options)}" if options else ""))
        typer.echo(f"{len(items)} open item(s)")
    finally:
        application.close()


@junk_app.command("list")
def junk_list(
    config: ConfigOpt = None,
    limit: Annotated[int, typer.Option(help="At most this many messages, newest first.")] = 50,
    before: Annotated[Optional[int], typer.Option(help="Only messages older than this number (to page on).")] = None,
) -> None:
    """List messages ignored as junk, newest first, with the reason (check nothing real was thrown away)."""
    from mailflow import junk

    application = _app(config)
    try:
        with application.factory() as db:
            items = junk.list_junk(db, limit=limit, before_id=before)
        for m in items:
            typer.echo(f"#{m.inbound_id}  {m.received_at:%Y-%m-%d %H:%M}  {m.sender or '-'}  {m.subject[:70]!r}")
            typer.echo(f"      {m.reason}" + (f" ({m.evidence[:100]})" if m.evidence else ""))
        typer.echo(f"{len(items)} junk message(s)")
    finally:
        application.close()


@review_app.command("resolve")
def review_resolve(
    item: Annotated[int, typer.Argument(help="Review item number (see `mailflow review list`).")],
    action: Annotated[str, typer.Argument(help="accept | answer | handled | ignore")],
    session: Annotated[Optional[list[str]], typer.Option(help="Session key(s) instead of the proposal.")] = None,
    participant: Annotated[Optional[list[str]], typer.Option(help="Participant address(es) instead of the proposal.")] = None,
    kind: Annotated[Optional[str], typer.Option(help="register | cancel | change, instead of the proposal.")] = None,
    by: Annotated[str, typer.Option(help="Who resolves it (for the audit log).")] = "staff",
    config: ConfigOpt = None,
) -> None:
    """Resolve one review item: accept the (possibly corrected) proposal, answer, mark handled, or ignore."""
    from mailflow import review
    from mailflow.registrations import Context, RegistrationError

    application = _app(config)
    try:
        ctx = Context(catalogue=application.catalogue, settings=application.settings, now=application.clock())
        with application.factory() as db, db.begin():
            result = review.resolve(db, item, action, by, ctx=ctx,  # type: ignore[arg-type]
                                    kind=kind, sessions=session, participants=participant)
        typer.echo(f"#{result.item_id} {result.action}: {result.note} "
                   f"({len(result.outbound)} mail(s) queued)")
    except (review.ReviewError, RegistrationError) as exc:
        _fail(str(exc))
    finally:
        application.close()


@app.command()
def outbox(
    state: Annotated[str, typer.Option(help="queued | sending | sent | failed")] = "failed",
    limit: Annotated[int, typer.Option(help="At most this many rows, newest first.")] = 50,
    config: ConfigOpt = None,
) -> None:
    """List outgoing mail by state; `failed` shows what could not be delivered and why."""
    from sqlalchemy import select

    from mailflow.db.models import OutboundMessage

    application = _app(config)
    try:
        with application.factory() as db:
            rows = db.scalars(select(OutboundMessage).where(OutboundMessage.state == state)
                              .order_by(OutboundMessage.id.desc()).limit(limit)).all()
            for r in rows:
                typer.echo(f"#{r.id} {r.created_at:%Y-%m-%d %H:%M} {r.kind} to {', '.join(r.recipients)} "
                           f"attempts={r.attempts}" + (f" error: {r.last_error}" if r.last_error else ""))
        typer.echo(f"{len(rows)} {state} message(s)")
    finally:
        application.close()


if __name__ == "__main__":
    app()
