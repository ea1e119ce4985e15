"""Mail templates: shipped as package data, replaced by name from [templates] dir, checked with file:line."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import get_args

from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from mailflow.catalogue import Catalogue
from mailflow.cli import app
from mailflow.config import Sender, Settings, Templates
from mailflow.outbound.compose import LANGUAGES, compose
from mailflow.outbound.template_check import samples
from mailflow.outbound.templating import PackagedTemplates
from mailflow.outbound.types import Template

from support import handle, make_interp, outbox

ROOT = Path(__file__).resolve().parent.parent
SENDER = Sender(name="Secretariaat", domain="mail.example.nl")
NOW = dt.datetime(2030, 5, 1, 8, 30, tzinfo=dt.timezone.utc)
runner = CliRunner()
RENDERINGS = 2 * len(LANGUAGES) * len(get_args(Template))  # a full and a bare mail of each kind

OWN_CONFIRMATION = """\
{% extends "mail/nl/base.txt.j2" %}
{% block subject %}Welkom: {{ event.title }}{% endblock %}
{% block body %}
Welkom bij {{ event.title }}! Tot in {{ sessions[0].city }}.
{% endblock %}
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def config(tmp_path: Path, own: Path | None = None) -> Path:
    write(tmp_path, "cat.toml", (ROOT / "demo" / "catalogue.toml").read_text(encoding="utf-8"))
    folder = f'[templates]\ndir = "{own.name}"\n' if own else ""
    return write(tmp_path, "mailflow.toml", f'[catalogue]\nfiles = ["cat.toml"]\n{folder}')


def text_and_html(raw: bytes) -> tuple[str, str]:
    import email
    import email.policy

    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return (msg.get_body(("plain",)).get_content(), msg.get_body(("html",)).get_content())  # type: ignore[union-attr]


def test_the_built_in_templates_are_package_data() -> None:
    # Found with importlib.resources in the package mailflow.templates (a wheel has no checkout
    # beside it), every file of the templates/ folder, whatever its subfolder.
    listed = set(PackagedTemplates().list_templates())
    on_disk = {p.relative_to(ROOT / "templates").as_posix() for p in (ROOT / "templates").rglob("*.j2")}
    assert "mail/nl/confirmation.txt.j2" in listed and listed == on_disk


def test_an_own_template_replaces_only_the_built_in_one_of_that_name(tmp_path: Path) -> None:
    # The Dutch text confirmation is the organisation's; its base layout, the HTML part and the
    # English mail still come from the package; without the folder everything is built in.
    own = tmp_path / "eigen"
    write(own, "mail/nl/confirmation.txt.j2", OWN_CONFIRMATION)
    bare = samples("confirmation", "nl")[1]
    text, html = text_and_html(compose(bare, SENDER, NOW, templates=own).raw)
    assert "Welkom bij Kennisdag Jeugd & Gezin! Tot in Utrecht." in text
    assert "Met vriendelijke groet" in text and "Hartelijk dank" in html
    english, _ = text_and_html(compose(samples("confirmation", "en")[1], SENDER, NOW, templates=own).raw)
    assert "Welkom" not in english
    built_in, _ = text_and_html(compose(bare, SENDER, NOW).raw)
    assert "Hartelijk dank voor uw aanmelding" in built_in and "Welkom" not in built_in


def test_replies_use_the_configured_template_folder(
    tmp_path: Path, synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings, now: dt.datetime
) -> None:
    # Settings carry the folder down to the composer: no global, no extra wiring per caller.
    own = tmp_path / "eigen"
    write(own, "mail/nl/confirmation.txt.j2", OWN_CONFIRMATION)
    ours = dataclasses.replace(settings, templates=Templates(dir=own))
    handle(synced, catalogue, ours, now, make_interp(sessions=["dia-utrecht"]))
    (sent,) = outbox(synced)
    assert "Welkom bij Democratie in Actie! Tot in Utrecht." in sent.text
    assert sent.msg["Subject"] == "Re: Aanmelding"


def test_templates_check_passes_the_built_in_templates(tmp_path: Path) -> None:
    res = runner.invoke(app, ["templates", "check", "--config", str(config(tmp_path))])
    assert res.exit_code == 0, res.output
    assert f"templates: the built-in ones; {RENDERINGS} mails rendered, 0 error(s)" in res.output


def test_templates_check_names_the_file_and_line_of_each_error(tmp_path: Path) -> None:
    # A syntax error, an unknown variable, a misspelt attribute in a macro the built-in
    # templates import, and a file whose name replaces nothing.
    own = tmp_path / "eigen"
    broken_html = write(
        own,
        "mail/nl/waitlisted.html.j2",
        '{% extends "mail/nl/base.html.j2" %}\n{% block body %}\n<p>Vol {% if sessions %}</p>\n{% endblock %}\n',
    )
    unknown = write(
        own, "mail/nl/confirmation.txt.j2", OWN_CONFIRMATION.replace("{{ event.title }}!", "{{ deelnemer.naam }}!")
    )
    macros = write(
        own,
        "mail/_macros.txt.j2",
        (ROOT / "templates" / "mail" / "_macros.txt.j2")
        .read_text(encoding="utf-8")
        .replace("{{ s.title }}", "{{ s.tilte }}"),
    )
    write(own, "mail/en/confirmaton.txt.j2", "Thanks!\n")
    res = runner.invoke(app, ["templates", "check", "--config", str(config(tmp_path, own))])
    assert res.exit_code == 1
    lines = res.output.splitlines()
    assert f"{broken_html}:4: TemplateSyntaxError: Encountered unknown tag 'endblock'." in res.output
    assert any(x.startswith(f"{unknown}:4: UndefinedError: 'deelnemer' is undefined (templates get: ") for x in lines)
    assert any(x.startswith(f"{macros}:4: UndefinedError: ") and "'tilte'" in x for x in lines)
    assert (
        f"warning: {own}/mail/en/confirmaton.txt.j2: no built-in template has this name and no template "
        "includes it, so it changes nothing; did you mean mail/en/confirmation.txt.j2?"
    ) in lines
    assert lines[-1] == f"templates: {own}, then the built-in ones; {RENDERINGS} mails rendered, 3 error(s)"


def test_serve_does_not_start_with_a_broken_template(tmp_path: Path) -> None:
    # The mistake shows at start with its file and line, not as failed registrations later.
    own = tmp_path / "eigen"
    broken = write(own, "mail/nl/confirmation.txt.j2", "{% block subject %}Hoi{% endblok %}\n")
    res = runner.invoke(app, ["serve", "--config", str(config(tmp_path, own))])
    assert res.exit_code == 2
    assert f"{broken}:1: TemplateSyntaxError" in res.output
    assert "mail templates above have errors" in res.output
