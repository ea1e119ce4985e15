"""``mailflow campaign ...``: thin commands over ``campaigns.service``; a rich progress bar while sending.

Its own module so cli.py stays a list of commands; ``mailflow.cli`` adds this
Typer app under the name ``campaign``.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

if TYPE_CHECKING:
    from mailflow.app import App
    from mailflow.campaigns.delivery import Tally
    from mailflow.campaigns.model import Report

campaign_app = typer.Typer(
    help="Follow-up mails to the people registered for an event (campaigns).", no_args_is_help=True
)

ConfigOpt = Annotated[
    Optional[Path],
    typer.Option("--config", "-c", help="Path to mailflow.toml (default: $MAILFLOW_CONFIG, else ./mailflow.toml)."),
]


def _fail(message: str) -> None:
    typer.echo(f"mailflow: {message}", err=True)
    raise typer.Exit(2)


def _app(config: Path | None) -> App:
    from mailflow.cli import _app as build

    return build(config)


def _moment(text: str, tz: str) -> dt.datetime:
    from zoneinfo import ZoneInfo

    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        _fail(
            f"--at {text!r} is not a moment; use e.g. 2030-06-07T09:00 (the event's local time) or "
            "2030-06-07T09:00+02:00"
        )
        raise
    return value if value.tzinfo else value.replace(tzinfo=ZoneInfo(tz))


def _schedule(application: App, event_key: str, at: str | None, before: str | None):
    from mailflow.campaigns.model import Schedule
    from mailflow.campaigns.schedule import parse_before

    tz = application.catalogue.event(event_key).timezone
    return Schedule(at=_moment(at, tz) if at else None, before_start=parse_before(before) if before else None)


@campaign_app.command("create")
def create(
    event: Annotated[str, typer.Option(help="Event key (see `mailflow events check`).")],
    subject: Annotated[str, typer.Option(help="Subject line; a Jinja2 template like the body.")],
    body_file: Annotated[
        Path, typer.Option(help="Text of the mail: a Jinja2 template (variables: see `mailflow campaign variables`).")
    ],
    session: Annotated[Optional[list[str]], typer.Option(help="Only these sessions (repeat); default: all.")] = None,
    status: Annotated[str, typer.Option(help="confirmed | waitlisted | cancelled | all")] = "confirmed",
    html_file: Annotated[
        Optional[Path], typer.Option(help="Your own HTML version (default: made from the text).")
    ] = None,
    exclude_campaign: Annotated[
        Optional[int], typer.Option(help="Leave out who received this earlier campaign.")
    ] = None,
    late_joiners: Annotated[
        bool,
        typer.Option(
            "--late-joiners", help="Also send it to whoever registers after it went out, with their confirmation."
        ),
    ] = False,
    invite: Annotated[bool, typer.Option("--invite", help="Attach each participant's own calendar invite.")] = False,
    at: Annotated[
        Optional[str], typer.Option(help="Send at this moment (ISO, event's local time); run by `serve`.")
    ] = None,
    before: Annotated[
        Optional[str], typer.Option(help='Send this long before each session starts, e.g. "3 days"; run by `serve`.')
    ] = None,
    name: Annotated[Optional[str], typer.Option(help="A name for lists (default: the subject).")] = None,
    by: Annotated[str, typer.Option(help="Who creates it (audit log).")] = "cli",
    config: ConfigOpt = None,
) -> None:
    """Create a campaign (a draft, or scheduled with --at/--before) and print its id."""
    from mailflow.campaigns import service
    from mailflow.campaigns.model import Audience, CampaignError, Draft

    application = _app(config)
    try:
        body = body_file.read_text(encoding="utf-8")
        html = html_file.read_text(encoding="utf-8") if html_file else None
        if event not in {e.key for e in application.catalogue.events}:
            raise CampaignError(
                f"no event {event!r} in the catalogue; known events: "
                f"{', '.join(e.key for e in application.catalogue.events)}"
            )
        draft = Draft(
            Audience(event, tuple(session or ()), status, exclude_campaign),  # type: ignore[arg-type]
            subject,
            body,
            html,
            name,
            late_joiners,
            invite,
            _schedule(application, event, at, before),
            by,
        )
        with application.factory() as db, db.begin():
            campaign_id = service.create(db, application.catalogue, application.settings, draft, application.clock())
    except OSError as exc:
        _fail(f"cannot read {exc.filename}: {exc.strerror}")
        return
    except CampaignError as exc:
        _fail(str(exc))
        return
    finally:
        application.close()
    typer.echo(campaign_id)


@campaign_app.command("variables")
def variables() -> None:
    """List the variables a campaign's subject and body may use."""
    from mailflow.campaigns.templating import VARIABLES

    for key, text in VARIABLES.items():
        typer.echo(f"{{{{ {key} }}}}  {text}")


@campaign_app.command("list")
def list_(
    event: Annotated[Optional[str], typer.Option(help="Only this event.")] = None, config: ConfigOpt = None
) -> None:
    """List campaigns with their state and counts."""
    from mailflow.campaigns import service

    application = _app(config)
    try:
        with application.factory() as db:
            for r in service.list_campaigns(db, event):
                typer.echo(f"#{r.campaign_id} [{r.event_key}] {r.status}: {r.name}  {r.summary()} pending={r.pending}")
    finally:
        application.close()


@campaign_app.command("preview")
def preview(
    campaign: Annotated[int, typer.Argument(help="Campaign id.")],
    to: Annotated[Optional[str], typer.Option(help="Render for this recipient (default: the first).")] = None,
    html: Annotated[bool, typer.Option("--html", help="Show the HTML version instead of the text.")] = False,
    raw: Annotated[bool, typer.Option("--raw", help="Show the complete mail as sent.")] = False,
    config: ConfigOpt = None,
) -> None:
    """Show the mail as one recipient would get it; an unknown variable is an error here."""
    from mailflow.campaigns import service
    from mailflow.campaigns.model import CampaignError

    application = _app(config)
    try:
        with application.factory() as db:
            p = service.preview(db, application.catalogue, application.settings, campaign, application.clock(), to)
    except CampaignError as exc:
        _fail(str(exc))
        return
    finally:
        application.close()
    if raw:
        sys.stdout.write(p.raw.decode("ascii"))
        return
    typer.echo(f"To: {p.to}\nSubject: {p.subject}\n")
    typer.echo(p.html if html else p.text)


@campaign_app.command("test")
def test(
    campaign: Annotated[int, typer.Argument(help="Campaign id.")],
    to: Annotated[str, typer.Option(help="Your own address: the test goes only there.")],
    as_: Annotated[
        Optional[str], typer.Option("--as", help="Render it as for this recipient (default: the first).")
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Send one test mail to yourself (subject marked [TEST]); nothing is recorded as sent."""
    from mailflow.campaigns import service
    from mailflow.campaigns.model import CampaignError
    from mailflow.outbound.transport import PermanentFailure, TemporaryFailure, make_transport

    application = _app(config)
    try:
        transport = make_transport(application.settings.outbound)
        transport.open()
        with application.factory() as db:
            p = service.test(
                db, application.catalogue, application.settings, campaign, to, transport, application.clock(), as_
            )
    except (CampaignError, PermanentFailure, TemporaryFailure) as exc:
        _fail(f"test mail not sent: {exc}")
        return
    finally:
        application.close()
    where = application.settings.outbound
    typer.echo(
        f'test mail "{p.subject}" sent to {to} via '
        + (f"relay {where.relay_host}:{where.relay_port}" if where.relay_host else f"Maildir {where.maildir}")
    )


@campaign_app.command("schedule")
def schedule(
    campaign: Annotated[int, typer.Argument(help="Campaign id.")],
    at: Annotated[Optional[str], typer.Option(help="Send at this moment (ISO, event's local time).")] = None,
    before: Annotated[Optional[str], typer.Option(help='Send this long before each session, e.g. "3 days".')] = None,
    clear: Annotated[bool, typer.Option("--clear", help="Back to a draft (sent only by `campaign send`).")] = False,
    config: ConfigOpt = None,
) -> None:
    """Schedule a campaign; `mailflow serve` sends it when its moment comes."""
    from mailflow.campaigns import service
    from mailflow.campaigns.model import CampaignError, Schedule

    if not (at or before or clear):
        _fail('give --at MOMENT, --before "3 days" or --clear')
    application = _app(config)
    try:
        with application.factory() as db, db.begin():
            row = service.get(db, campaign)
            sched = Schedule() if clear else _schedule(application, row.event_key, at, before)
            row = service.set_schedule(db, campaign, sched, application.clock())
            typer.echo(
                f"campaign #{campaign} {row.status}"
                + (f" for {row.send_at:%Y-%m-%d %H:%M} UTC" if row.send_at else "")
                + (f", {before} before each session" if row.before_start else "")
            )
    except CampaignError as exc:
        _fail(str(exc))
    finally:
        application.close()


@campaign_app.command("cancel")
def cancel(campaign: Annotated[int, typer.Argument(help="Campaign id.")], config: ConfigOpt = None) -> None:
    """Stop a campaign: nothing more of it is sent."""
    from mailflow.campaigns import service
    from mailflow.campaigns.model import CampaignError

    application = _app(config)
    try:
        with application.factory() as db, db.begin():
            service.cancel(db, campaign, application.clock())
        typer.echo(f"campaign #{campaign} cancelled")
    except CampaignError as exc:
        _fail(str(exc))
    finally:
        application.close()


@campaign_app.command("send")
def send(
    campaign: Annotated[int, typer.Argument(help="Campaign id.")],
    config: ConfigOpt = None,
) -> None:
    r"""Send a campaign now and exit when every recipient is handled; last line `sent=N skipped=N failed=N`.

    Sends itself (a running `serve` may share the work; nobody gets it twice),
    over `\[campaigns] connections` connections at most `\[campaigns] per_minute`
    a minute. Run it again after new registrations: only the new people get it.
    Mail the relay defers (4xx) is retried on the `\[outbound]` schedule while
    this waits; Ctrl-C leaves the rest queued for `serve` or the next run.
    """
    from mailflow.campaigns import service
    from mailflow.campaigns.model import CampaignError

    application = _app(config)
    try:
        report = _send_with_progress(application, campaign)
    except CampaignError as exc:
        _fail(str(exc))
        return
    except KeyboardInterrupt:
        typer.echo(
            "interrupted; the rest stays queued (`mailflow serve` or `mailflow campaign send` continues)", err=True
        )
        with application.factory() as db:
            report = service.status(db, campaign)
    finally:
        application.close()
    _print_report(report)


def _send_with_progress(application: App, campaign: int) -> Report:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from mailflow.campaigns import service

    console = Console(stderr=True)
    with Progress(
        TextColumn("[bold]campaign #{task.fields[id]}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[detail]}"),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    ) as bar:
        task = bar.add_task("send", total=None, id=campaign, detail="")

        def progress(report: Report, tally: Tally | None) -> None:
            done = report.sent + report.skipped + report.failed
            waiting = tally is not None and not tally.handled and report.pending
            bar.update(
                task,
                total=report.total,
                completed=done,
                detail=f"sent {report.sent} skipped {report.skipped} failed {report.failed}"
                + (f", {report.pending} deferred by the relay, retrying" if waiting else ""),
            )

        report = service.send(
            application.factory,
            application.catalogue,
            application.settings,
            campaign,
            application.clock,
            progress=progress,
        )
        progress(report, None)
    return report


def _print_report(report: Report, *, lines: int = 20) -> None:
    from collections import Counter

    reasons = Counter((p.state, p.reason) for p in report.problems)
    for (state, reason), n in reasons.most_common(lines):
        typer.echo(f"{state}: {n} x {reason}")
    if report.bounced:
        typer.echo(f"bounced since: {', '.join(report.bounced[:lines])}")
    if report.pending:
        typer.echo(f"still queued: {report.pending} (sent by `mailflow serve` or the next `campaign send`)")
    typer.echo(report.summary())


@campaign_app.command("status")
def status(
    campaign: Annotated[int, typer.Argument(help="Campaign id.")],
    all_problems: Annotated[bool, typer.Option("--all", help="Every recipient not reached, not the first 50.")] = False,
    config: ConfigOpt = None,
) -> None:
    """Where a campaign stands: sent, skipped, failed and queued, with reasons; bounced and opted-out addresses."""
    from mailflow.campaigns import service
    from mailflow.campaigns.model import CampaignError

    application = _app(config)
    try:
        with application.factory() as db:
            r = service.status(db, campaign, problems=1_000_000 if all_problems else 50)
    except CampaignError as exc:
        _fail(str(exc))
        return
    finally:
        application.close()
    typer.echo(f"campaign #{r.campaign_id} [{r.event_key}] {r.status}: {r.name}")
    for p in r.problems:
        typer.echo(f"  {p.state:8} {p.email}: {p.reason}")
    if r.bounced:
        typer.echo(f"  bounced after sending: {', '.join(r.bounced)}")
    if r.opted_out:
        typer.echo(f"  opted out of this event's follow-ups: {', '.join(r.opted_out)}")
    typer.echo(f"{r.summary()} pending={r.pending}")
