"""`mailflow privacy ...`: a data subject's requests (export, erase) and retention, for the operator.

Its own module beside ``cli.py`` (which adds it as a sub-command); the shared
helpers are imported from there when a command runs.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Optional

import typer

privacy_app = typer.Typer(
    help="Personal data: export or erase what mailflow holds about an address; retention.", no_args_is_help=True
)
ConfigOpt = Annotated[
    Optional[Path],
    typer.Option("--config", "-c", help="Path to mailflow.toml (default: $MAILFLOW_CONFIG, else ./mailflow.toml)."),
]
ByOpt = Annotated[str, typer.Option("--by", help="Who handles the request (for the audit log).")]


@privacy_app.command("export")
def export_cmd(
    address: Annotated[str, typer.Argument(help="The data subject's e-mail address.")],
    output: Annotated[
        Optional[Path],
        typer.Option("--output", "-o", help="Write the JSON here (created mode 0600) instead of printing it."),
    ] = None,
    by: ByOpt = "cli",
    config: ConfigOpt = None,
) -> None:
    """Everything held about ADDRESS as JSON: person, registrations, messages (raw and as understood),
    replies (with each relay answer), review items and audit entries. Written to the audit log."""
    from mailflow.cli import _app
    from mailflow.privacy.export import export

    application = _app(config)
    try:
        with application.factory() as db, db.begin():
            doc = export(db, address, actor=by, now=application.clock())
    finally:
        application.close()
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    if output is None:
        typer.echo(text)
        return
    fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text + "\n")
    typer.echo(
        f"exported {len(doc['messages'])} message(s), {len(doc['replies'])} reply/replies and "
        f"{len(doc['registrations'])} registration(s) of {doc['address']} to {output}",
        err=True,
    )


@privacy_app.command("erase")
def erase_cmd(
    address: Annotated[str, typer.Argument(help="The data subject's e-mail address.")],
    yes: Annotated[bool, typer.Option("--yes", help="Really erase (without it: only say what would go).")] = False,
    by: ByOpt = "cli",
    config: ConfigOpt = None,
) -> None:
    """Erase ADDRESS's personal data: registrations cancelled (no mail to them; the waitlist moves up),
    their messages and the replies to them emptied, the address replaced by an alias everywhere.
    Written to the audit log. Cannot be undone: run without --yes first to see what it affects."""
    from mailflow.apply.context import Context
    from mailflow.cli import _app
    from mailflow.privacy.erase import erase
    from mailflow.privacy.subject import find

    application = _app(config)
    try:
        with application.factory() as db, db.begin():
            if not yes:
                held = find(db, address)
                active = sum(r.status != "cancelled" for r in held.registrations)
                typer.echo(
                    f"{held.address}: {'a person' if held.person else 'no person'}, {active} active "
                    f"registration(s), {len(held.messages)} message(s), {len(held.replies)} reply/replies, "
                    f"{len(held.audit)} audit entr(y/ies); add --yes to erase"
                )
                raise typer.Exit(1)
            ctx = Context(application.catalogue, application.settings, application.clock(), actor=by)
            done = erase(db, address, ctx=ctx, now=ctx.now)
    finally:
        application.close()
    typer.echo(f"erased {address.strip().lower()}: {done}")


@privacy_app.command("retention")
def retention_cmd(config: ConfigOpt = None, by: ByOpt = "cli") -> None:
    r"""Reduce now what is past `\[privacy] retain_days` after its event (serve does this once a day)."""
    from mailflow.cli import _app
    from mailflow.privacy.retention import retain_all

    application = _app(config)
    try:
        done = retain_all(
            application.factory, days=application.settings.privacy.retain_days, now=application.clock(), actor=by
        )
    finally:
        application.close()
    typer.echo(f"retention ({application.settings.privacy.retain_days} days after each event): {done}")
