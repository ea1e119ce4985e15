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
        else:
            settings = load_settings(config)
            cat = load_catalogue(settings.catalogue_files)
            own = settings.own_addresses(cat)
    except (CatalogueError, ConfigError) as exc:
        _fail(str(exc))
        return
    code = run_explain(files, cat, now=_parse_now(now), own_addresses=own, as_json=json_out, out=sys.stdout)
    raise typer.Exit(code)


@app.command("eval")
def eval_cmd(
    corpus: Annotated[Path, typer.Argument(help="Corpus folder: messages/*.eml, labels.jsonl, catalogue.toml.")],
    list_misses: Annotated[bool, typer.Option("--list", help="Print every miss with expected and got.")] = False,
) -> None:
    """Score understanding on a labelled corpus: critical errors and automation rate."""
    from mailflow.evaluation import run_eval

    raise typer.Exit(run_eval(corpus, list_misses=list_misses, out=sys.stdout))


if __name__ == "__main__":
    app()
