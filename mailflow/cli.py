"""The ``mailflow`` command line: each command builds what it needs, calls a service, prints, exits.

Imports of heavy modules happen inside the commands so ``mailflow --help`` is fast.
"""

from __future__ import annotations

import datetime as dt
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

if TYPE_CHECKING:
    from mailflow.app import App
    from mailflow.config import Settings

app = typer.Typer(
    help="mailflow: sign up for events by plain e-mail.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

ConfigOpt = Annotated[
    Optional[Path],
    typer.Option("--config", "-c", help="Path to mailflow.toml (default: $MAILFLOW_CONFIG, else ./mailflow.toml)."),
]


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
    catalogue: Annotated[
        Optional[Path],
        typer.Option(help="Catalogue TOML to judge against; with it no config file or database is needed."),
    ] = None,
    now: Annotated[
        Optional[str],
        typer.Option(
            help="Judge at this ISO-8601 moment (deadlines, closed events); default: when each message was received."
        ),
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Show how each message is understood and what would happen, changing nothing.

    Rules that need no database apply: closed, deadline, too many, overlap, full, many others.

    Who may change a registration and the daily limit need the database and do not.
    """
    from mailflow.explain import run_explain
    from mailflow.catalogue import CatalogueError, load_catalogue
    from mailflow.config import ConfigError, load_settings

    try:
        settings = None
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
    code = run_explain(
        files,
        cat,
        now=_parse_now(now),
        own_addresses=own,
        as_json=json_out,
        out=sys.stdout,
        trust=trust,
        message_domain=settings.sender.domain if settings else None,
        own_templates=settings.templates.dir if settings else None,
    )
    raise typer.Exit(code)


@app.command("eval")
def eval_cmd(
    corpus: Annotated[Path, typer.Argument(help="Corpus folder: messages/*.eml, labels.jsonl, catalogue.toml.")],
    list_misses: Annotated[bool, typer.Option("--list", help="Print every miss with expected and got.")] = False,
) -> None:
    """Score understanding on a labelled corpus: critical errors and automation rate."""
    from mailflow.evaluate.score import run_eval

    raise typer.Exit(run_eval(corpus, list_misses=list_misses, out=sys.stdout))


events_app = typer.Typer(help="Check and load the event catalogue.", no_args_is_help=True)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
mailbox_app = typer.Typer(help="IMAP mailboxes.", no_args_is_help=True)
app.add_typer(events_app, name="events")
app.add_typer(db_app, name="db")
app.add_typer(mailbox_app, name="mailbox")
review_app = typer.Typer(help="The review queue: messages a person has to look at.", no_args_is_help=True)
app.add_typer(review_app, name="review")
junk_app = typer.Typer(
    help="Junk: spam, phishing, list and bulk mail, ignored and never answered.", no_args_is_help=True
)
app.add_typer(junk_app, name="junk")
from mailflow.campaigns.cli import campaign_app  # noqa: E402 - light: its commands import lazily

app.add_typer(campaign_app, name="campaign")
templates_app = typer.Typer(
    help="Mail templates: the built-in ones and your own (\\[templates] dir).", no_args_is_help=True
)
app.add_typer(templates_app, name="templates")

from mailflow.cli_staff import registrations_app, users_app  # noqa: E402 - the staff commands live there

app.add_typer(users_app, name="users")
app.add_typer(registrations_app, name="registrations")


def _app(config: Path | None, *, migrate: bool = False, sync: bool = False):
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


class LogFormat(str, Enum):
    text = "text"
    json = "json"


LogFormatOpt = Annotated[
    LogFormat,
    typer.Option(
        "--log-format",
        help="text, or json: one object per line (time, level, logger, message and fields "
        "such as message_id, event, outcome) for log shippers.",
    ),
]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Log debug detail (also every SMTP command).")]


def _logging(verbose: bool, log_format: LogFormat = LogFormat.text) -> None:
    import logging

    from mailflow.logs import setup_logging

    setup_logging(logging.DEBUG if verbose else logging.INFO, log_format.value)


@app.command()
def serve(
    config: ConfigOpt = None,
    verbose: VerboseOpt = False,
    log_format: LogFormatOpt = LogFormat.text,
) -> None:
    r"""Run the service: SMTP/LMTP intake, IMAP mailboxes, worker and sender, until Ctrl-C.

    The worker runs in `\[worker] processes` child processes (default 1; 0 keeps
    it in this process). An embedded SQLite database is created or upgraded on
    start; a PostgreSQL database needs `mailflow db upgrade` first.
    The mail templates are checked first (as `mailflow templates check`), and the
    Maildir for replies is created when missing.
    Each processed message and each delivered or failed reply is one INFO line.
    Changed catalogue files are reloaded without a restart (checked every 2 s, at once on SIGHUP).
    Calendar updates after a schedule change go out per `\[policy] notify_schedule_changes`
    ("ask": they wait for `mailflow events sync --notify`); join links of online sessions
    at their release time.
    The staff pages run too, on `\[web] listen` (default 127.0.0.1:8000; `\[web] enabled = false`
    leaves them out); they need a secret key (`\[web] secret_key_file` or $MAILFLOW_SECRET_KEY).
    At start (and every 30 s) messages and replies left half-done by a killed serve on this host are
    taken up again at once. Once a day, mail past `\[privacy] retain_days` after its event is reduced.
    What is promised, and the limits: docs/guarantees.md.
    """
    import asyncio

    from mailflow.config import ConfigError, load_settings
    from mailflow.serve import serve as run

    _logging(verbose, log_format)
    try:
        settings = load_settings(config)
    except ConfigError as exc:
        _fail(str(exc))
        return
    if not _report_templates(settings, quiet=True):
        _fail("the mail templates above have errors; fix them first (`mailflow templates check` shows them again)")
    embedded = settings.database_url.startswith("sqlite")
    application = _app(config, migrate=embedded, sync=True)
    try:
        asyncio.run(run(application, log_format=log_format.value))
    except ConfigError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(
            f"cannot listen on {settings.smtp.listen_host}:{settings.smtp.listen_port}: {exc.strerror}; "
            "change [intake.smtp] listen"
        )
    finally:
        application.close()


@app.command()
def web(
    config: ConfigOpt = None,
    verbose: VerboseOpt = False,
    log_format: LogFormatOpt = LogFormat.text,
) -> None:
    r"""Run only the staff pages and the JSON API (on `\[web] listen`, default 127.0.0.1:8000), until Ctrl-C.

    For a second web process beside `mailflow serve`, or to look at the queue without
    receiving mail. Mail the pages queue is sent by a running `mailflow serve`.
    Needs a secret key: `\[web] secret_key_file` or the variable named by `\[web] secret_key_env`.
    """
    import asyncio
    import signal

    from mailflow.config import ConfigError
    from mailflow.web.server import run_web

    _logging(verbose, log_format)
    application = _app(config)

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await run_web(application, stop)

    try:
        asyncio.run(main())
    except ConfigError as exc:
        _fail(str(exc))
    finally:
        application.close()


@app.command()
def ingest(
    paths: Annotated[
        list[Path],
        typer.Argument(help=".eml files (one message each), .mbox/.mbx files, Maildir folders, or folders of these."),
    ],
    config: ConfigOpt = None,
    process: Annotated[bool, typer.Option(help="Also process the imported messages now.")] = True,
    mbox: Annotated[
        bool,
        typer.Option(
            "--mbox", help="Read the named files as mbox files whatever their name (e.g. Thunderbird's 'Inbox')."
        ),
    ] = False,
    verbose: VerboseOpt = False,
    log_format: LogFormatOpt = LogFormat.text,
) -> None:
    """Import messages from files; each message is stored (and processed) once, however often imported.

    Only .mbox/.mbx files (or any file with --mbox) are split into messages; any
    other file is one message, also when it starts with a "From " line.
    Reports what became of the new messages and how many replies were queued;
    exit code 1 when a file could not be read or a message failed.
    """
    from mailflow.intake.files import ingest_paths

    _logging(verbose, log_format)
    application = _app(config, migrate=False, sync=True)
    try:
        report = ingest_paths(application.factory, paths, mbox=mbox)
        for line in report.unreadable:
            typer.echo(f"unreadable: {line}", err=True)
        for line in report.hints:
            typer.echo(f"note: {line}", err=True)
        typer.echo(f"imported: {report.summary()}")
        failed = False
        if process:
            failed = _process_imported(application, report.ids)
    finally:
        application.close()
    raise typer.Exit(1 if report.unreadable or failed else 0)


def _process_imported(application: App, ids: list[int]) -> bool:
    """Process what is pending and say what became of the imported messages; True when any failed."""
    from mailflow.ingest_report import outcome
    from mailflow.pipeline import Pipeline, process_pending

    pipeline = Pipeline(
        catalogue=application.catalogue,
        settings=application.settings,
        session_factory=application.factory,
        clock=application.clock,
    )
    total = 0
    while n := process_pending(pipeline, batch=200):
        total += n
    result = outcome(application.factory, ids)
    typer.echo(f"processed {total} message(s)" + (f"; the {len(ids)} new: {result.summary()}" if ids else ""))
    for f in result.failures:
        first_line = (f.error.splitlines() or ["no error recorded"])[0][:300]
        typer.echo(f"failed: message #{f.inbound_id} ({f.source_ref or 'no file'}): {first_line}")
    if result.replies:
        noun = "reply" if result.replies == 1 else "replies"
        typer.echo(f"{result.replies} {noun} queued in the outbox (`mailflow serve` sends them)")
    elif ids:
        typer.echo("no reply queued in the outbox")
    if result.failures:
        typer.echo(
            "failed messages are tried again by `mailflow serve` once the cause is fixed "
            f"(after {pipeline.max_attempts} attempts they wait in `mailflow review list`)"
        )
    return bool(result.failures)


@app.command("send-test")
def send_test(
    to: Annotated[
        Optional[str], typer.Option(help="Registration address (default: the first event's mailbox).")
    ] = None,
    sender: Annotated[str, typer.Option("--from", help="Sender address.")] = "j.jansen@gemeente.example",
    subject: Annotated[str, typer.Option(help="Subject line.")] = "Aanmelding ontwerpsessie",
    body: Annotated[str, typer.Option(help="Message text.")] = "Ik wil graag aansluiten in Utrecht.",
    config: ConfigOpt = None,
) -> None:
    """Send one test mail into the running service (like swaks), over LMTP when `[intake.smtp] lmtp = true`."""
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
    # An LMTP intake answers HELO/EHLO with 500: speak the protocol the intake is configured for.
    client, protocol = (smtplib.LMTP, "LMTP") if settings.smtp.lmtp else (smtplib.SMTP, "SMTP")
    try:
        with client(host, port, timeout=10) as smtp:
            smtp.send_message(msg)
    except (OSError, smtplib.SMTPException) as exc:
        _fail(
            f"could not deliver to {host}:{port} over {protocol}: {exc}; is `mailflow serve` running "
            "with this configuration?"
        )
    typer.echo(f"sent {msg['Message-ID']} to {to} via {protocol} {host}:{port}")


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
def events_sync(
    config: ConfigOpt = None,
    notify: Annotated[
        bool,
        typer.Option(
            "--notify",
            help="Also send the calendar updates the changes call for (same UID, next SEQUENCE; "
            "a cancelled session gets METHOD:CANCEL). Without it they are only listed.",
        ),
    ] = False,
    session: Annotated[
        Optional[list[str]],
        typer.Option(help="With --notify: only these session keys (default: every affected session)."),
    ] = None,
) -> None:
    r"""Load the configured catalogue into the database; safe to repeat; reports what changed.

    Then lists the registrations whose calendar entry is out of date (a session
    moved to another time or place, or cancelled) and, with --notify, queues the
    updates for them; a running `mailflow serve` sends them within seconds.
    A running `mailflow serve` needs no restart and no sync: it notices changed
    catalogue files within seconds (at once on SIGHUP), syncs them itself and
    answers with the new sessions and times; it sends the calendar updates itself
    only under `\[policy] notify_schedule_changes = "send"`.
    """
    from mailflow.apply import schedule
    from mailflow.apply.context import Context
    from mailflow.catalogue.sync import sync_catalogue

    application = _app(config)
    try:
        with application.factory() as db, db.begin():
            report = sync_catalogue(db, application.catalogue)
            changes = schedule.preview(db, sessions=session)
            sent = (
                schedule.notify(
                    db,
                    Context(application.catalogue, application.settings, application.clock(), actor="events sync"),
                    sessions=session,
                )
                if notify
                else None
            )
        typer.echo(str(report))
        for change in changes:
            typer.echo(f"  ! {change}")
        if sent is not None:
            typer.echo(
                f"calendar updates: {len(sent.outbound)} mail(s) queued for {len(sent.registrations)} "
                "registration(s); a running `mailflow serve` sends them within seconds"
            )
        elif changes:
            n = sum(len(c.registrations) for c in changes)
            typer.echo(
                f"calendar updates: {n} registration(s) need one; nothing sent yet: run "
                "`mailflow events sync --notify` to send them"
            )
        typer.echo(
            "a running `mailflow serve` picks up catalogue changes by itself within seconds "
            "(at once on SIGHUP); no restart needed"
        )
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


@templates_app.command("check")
def templates_check(config: ConfigOpt = None) -> None:
    r"""Render every mail template (each language, text and HTML, subject) with sample data.

    Templates in `\[templates] dir` replace the built-in ones of the same name;
    every error is printed with its file and line. Exit code 1 when any fails.
    """
    from mailflow.config import ConfigError, load_settings

    try:
        settings = load_settings(config)
    except ConfigError as exc:
        _fail(str(exc))
        return
    ok = _report_templates(settings)
    raise typer.Exit(0 if ok else 1)


def _report_templates(settings: Settings, *, quiet: bool = False) -> bool:
    """Print what `templates check` finds (only the problems when ``quiet``); True when none."""
    from mailflow.outbound.template_check import check_templates

    folder = settings.templates.dir
    report = check_templates(folder, settings.sender)
    for problem in report.problems:
        typer.echo(str(problem))
    for unused in report.unused:
        hint = (
            f"did you mean {unused.did_you_mean}?"
            if unused.did_you_mean
            else "names follow the built-in layout, e.g. mail/nl/confirmation.txt.j2"
        )
        typer.echo(
            f"warning: {unused.file}: no built-in template has this name and no template "
            f"includes it, so it changes nothing; {hint}"
        )
    if not quiet:
        source = f"{folder}, then the built-in ones" if folder else "the built-in ones"
        typer.echo(f"templates: {source}; {report.renderings} mails rendered, {len(report.problems)} error(s)")
    return report.ok


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
    lang: Annotated[Optional[str], typer.Option("--lang", help="nl or en (default: [mailflow] language).")] = None,
) -> None:
    """List open review items, oldest first: sender, subject, date, first line, reason and proposal."""
    from mailflow.cli_staff import review_list as run

    run(config, event, lang)


@review_app.command("show")
def review_show(
    item: Annotated[int, typer.Argument(help="Review item number (see `mailflow review list`).")],
    config: ConfigOpt = None,
    lang: Annotated[Optional[str], typer.Option("--lang", help="nl or en (default: [mailflow] language).")] = None,
) -> None:
    """Show one review item: the mail's headers and text, attachments, reasons, proposal and candidate sessions."""
    from mailflow.cli_staff import review_show as run

    run(config, item, lang)


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
    action: Annotated[str, typer.Argument(help="accept | answer | waitlist | handled | ignore | junk")],
    session: Annotated[Optional[list[str]], typer.Option(help="Session key(s) instead of the proposal.")] = None,
    participant: Annotated[
        Optional[list[str]], typer.Option(help="Participant address(es) instead of the proposal.")
    ] = None,
    kind: Annotated[Optional[str], typer.Option(help="register | cancel | change, instead of the proposal.")] = None,
    text: Annotated[
        Optional[str], typer.Option(help="With answer: your own words to the writer, in their thread.")
    ] = None,
    by: Annotated[str, typer.Option(help="Who resolves it (for the audit log).")] = "staff",
    config: ConfigOpt = None,
) -> None:
    """Resolve one review item: accept the (possibly corrected) proposal, answer, waitlist, mark handled, ignore
    or junk."""
    from mailflow.review.queue import ReviewError
    from mailflow.review.resolve import resolve
    from mailflow.apply.context import Context, RegistrationError

    application = _app(config)
    try:
        ctx = Context(catalogue=application.catalogue, settings=application.settings, now=application.clock())
        with application.factory() as db, db.begin():
            result = resolve(
                db,
                item,
                action,  # type: ignore[arg-type]
                by,
                ctx=ctx,
                kind=kind,
                sessions=session,
                participants=participant,
                text=text,
            )
        typer.echo(f"#{result.item_id} {result.action}: {result.note} ({len(result.outbound)} mail(s) queued)")
    except (ReviewError, RegistrationError) as exc:
        _fail(str(exc))
    finally:
        application.close()


outbox_app = typer.Typer(help="Outgoing mail: list it by state, queue failed replies again.")
app.add_typer(outbox_app, name="outbox")


@outbox_app.callback(invoke_without_command=True)
def outbox(
    ctx: typer.Context,
    state: Annotated[str, typer.Option(help="queued | sending | sent | failed")] = "failed",
    limit: Annotated[int, typer.Option(help="At most this many rows, newest first.")] = 50,
    config: ConfigOpt = None,
) -> None:
    """List outgoing mail by state, each recipient with what the relay said (accepted, refused, deferred).

    `failed` shows what could not be delivered and why; a `sent` reply that a relay
    refused for one of its recipients (a Cc'd colleague) says so next to that address.

    `mailflow outbox retry ID...` or `mailflow outbox retry --failed` queues failed replies again.
    """
    if ctx.invoked_subcommand is not None:
        return
    from sqlalchemy import select

    from mailflow.db.models import OutboundMessage, OutboundRecipient

    application = _app(config)
    try:
        with application.factory() as db:
            rows = db.scalars(
                select(OutboundMessage)
                .where(OutboundMessage.state == state)
                .order_by(OutboundMessage.id.desc())
                .limit(limit)
            ).all()
            told: dict[int, dict[str, str]] = {}
            for rcpt in db.scalars(
                select(OutboundRecipient).where(OutboundRecipient.outbound_id.in_([r.id for r in rows]))
            ):
                told.setdefault(rcpt.outbound_id, {})[rcpt.address] = (rcpt.outcome or "not tried") + (
                    f": {rcpt.response}" if rcpt.response else ""
                )
            for r in rows:
                due = f" next attempt {r.next_attempt_at:%Y-%m-%d %H:%M} UTC" if r.state == "queued" else ""
                said = told.get(r.id, {})
                to = ", ".join(f"{a} ({said.get(a.lower(), 'not tried')})" for a in r.recipients)
                typer.echo(
                    f"#{r.id} {r.created_at:%Y-%m-%d %H:%M} {r.kind} to {to} "
                    f"attempts={r.attempts}{due}" + (f" error: {r.last_error}" if r.last_error else "")
                )
        typer.echo(f"{len(rows)} {state} message(s)")
        if state == "failed" and rows:
            typer.echo("queue them again with `mailflow outbox retry ID...` or `mailflow outbox retry --failed`")
    finally:
        application.close()


@outbox_app.command("retry")
def outbox_retry(
    ids: Annotated[
        Optional[list[int]], typer.Argument(help="Outgoing message numbers (see `mailflow outbox`).")
    ] = None,
    failed: Annotated[bool, typer.Option("--failed", help="Every failed message.")] = False,
    by: Annotated[str, typer.Option(help="Who retries (for the audit log).")] = "cli",
    config: ConfigOpt = None,
) -> None:
    """Queue failed replies again (attempts reset, due now); a running `mailflow serve` sends them at once.

    A reply that is still queued is made due now; one that was sent is left alone.
    Exit code 1 when a named message does not exist or could not be queued.
    """
    from mailflow.outbound.requeue import retry

    if not ids and not failed:
        _fail("name the messages to retry (`mailflow outbox retry 12 13`) or pass --failed")
    application = _app(config)
    try:
        with application.factory() as db, db.begin():
            results = retry(db, ids or (), failed=failed, actor=by, now=application.clock())
    finally:
        application.close()
    for r in results:
        typer.echo(str(r))
    done = sum(r.done for r in results)
    typer.echo(f"{done} message(s) queued" if results else "no failed messages")
    raise typer.Exit(0 if all(r.done for r in results) else 1)


from mailflow.cli_privacy import privacy_app  # noqa: E402 - its commands import from here when they run

app.add_typer(privacy_app, name="privacy")


if __name__ == "__main__":
    app()
