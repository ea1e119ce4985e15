"""The command line as an operator uses it: clear output, one-line errors, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailflow.cli import app

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
runner = CliRunner()


@pytest.fixture
def config(tmp_path: Path) -> Path:
    p = tmp_path / "mailflow.toml"
    p.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path}/mf.db"\n[catalogue]\nfiles = ["{CORPUS}/catalogue.toml"]\n',
        encoding="utf-8",
    )
    assert runner.invoke(app, ["db", "upgrade", "--config", str(p)]).exit_code == 0
    return p


def test_events_check_lists_and_points_at_mistakes(tmp_path: Path) -> None:
    ok = runner.invoke(app, ["events", "check", str(ROOT / "demo" / "catalogue.toml")])
    assert ok.exit_code == 0 and "dia-demo-utrecht" in ok.output and "ok: 4 event(s)" in ok.output
    bad = tmp_path / "bad.toml"
    bad.write_text(
        (ROOT / "demo" / "catalogue.toml")
        .read_text(encoding="utf-8")
        .replace("  capacity = 60", '  capacity = "lots"'),
        encoding="utf-8",
    )
    res = runner.invoke(app, ["events", "check", str(bad)])
    assert res.exit_code == 2 and f"{bad}:" in res.output and "capacity" in res.output


def test_events_sync_is_idempotent(config: Path) -> None:
    first = runner.invoke(app, ["events", "sync", "--config", str(config)])
    second = runner.invoke(app, ["events", "sync", "--config", str(config)])
    assert first.exit_code == 0 and second.exit_code == 0
    assert first.output != second.output  # the first adds, the second changes nothing


def test_ingest_review_resolve_outbox(config: Path) -> None:
    # Import a folder twice: stored once; review items can be listed and resolved with one command.
    files = [str(p) for p in sorted((CORPUS / "messages").glob("*.eml"))[:40]]
    first = runner.invoke(app, ["ingest", "--config", str(config), *files])
    assert first.exit_code == 0, first.output
    assert "40 new" in first.output
    again = runner.invoke(app, ["ingest", "--config", str(config), *files])
    assert "0 new, 40 already known" in again.output
    listing = runner.invoke(app, ["review", "list", "--config", str(config)])
    assert listing.exit_code == 0 and "open bericht(en)" in listing.output and "Van: " in listing.output
    english = runner.invoke(app, ["review", "list", "--lang", "en", "--config", str(config)])
    assert "open item(s)" in english.output and "From: " in english.output
    first_item = int(listing.output.split()[0].lstrip("#"))
    shown = runner.invoke(app, ["review", "show", str(first_item), "--config", str(config)])
    assert shown.exit_code == 0 and "Onderwerp: " in shown.output and "Waarom dit bij u ligt" in shown.output
    done = runner.invoke(
        app, ["review", "resolve", str(first_item), "handled", "--by", "a@secretariaat.nl", "--config", str(config)]
    )
    assert done.exit_code == 0, done.output
    twice = runner.invoke(app, ["review", "resolve", str(first_item), "handled", "--config", str(config)])
    assert twice.exit_code == 2 and "already resolved" in twice.output
    queued = runner.invoke(app, ["outbox", "--state", "queued", "--config", str(config)])
    assert queued.exit_code == 0 and "confirmation" in queued.output


def test_explain_json_with_catalogue_needs_no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    msg = sorted((CORPUS / "messages").glob("*.eml"))[0]
    res = runner.invoke(
        app,
        [
            "explain",
            "--json",
            "--catalogue",
            str(CORPUS / "catalogue.toml"),
            "--now",
            "2027-01-01T12:00:00+01:00",
            str(msg),
        ],
    )
    assert res.exit_code == 0, res.output
    row = json.loads(res.output.splitlines()[0])
    for key in ("file", "message_id", "kind", "sessions", "participants", "review", "reasons", "evidence"):
        assert key in row


def test_missing_config_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MAILFLOW_CONFIG", raising=False)
    res = runner.invoke(app, ["review", "list"])
    assert res.exit_code == 2 and "no configuration found" in res.output


def test_ingest_says_when_no_reply_could_be_composed(config: Path) -> None:
    # A template that fails (here an unknown variable in the organisation's own) leaves the
    # message failed and the outbox empty: ingest says so and exits 1, never "replies are in the outbox".
    own = config.parent / "eigen" / "mail" / "nl"
    own.mkdir(parents=True)
    (own / "confirmation.txt.j2").write_text("{% block subject %}{{ onbekend }}{% endblock %}\n", encoding="utf-8")
    with config.open("a", encoding="utf-8") as fh:
        fh.write('[templates]\ndir = "eigen"\n')
    registration = CORPUS / "messages" / "002.eml"  # a plain registration
    res = runner.invoke(app, ["ingest", "--config", str(config), str(registration)])
    assert res.exit_code == 1, res.output
    assert "the 1 new: 1 failed" in res.output
    assert f"failed: message #1 ({registration}): UndefinedError: 'onbekend' is undefined" in res.output
    assert "no reply queued in the outbox" in res.output and "replies are in the outbox" not in res.output


def test_ingest_counts_the_replies_it_queued(config: Path) -> None:
    registration = CORPUS / "messages" / "002.eml"  # a plain registration
    res = runner.invoke(app, ["ingest", "--config", str(config), str(registration)])
    assert res.exit_code == 0, res.output
    assert "the 1 new: 1 answered or handled" in res.output and "1 reply queued in the outbox" in res.output


def test_ingest_mbox_option_splits_a_suffixless_file(config: Path, tmp_path: Path) -> None:
    # Without --mbox a file is one message (and a note says how to split it); with it, an mbox.
    import mailbox

    box = mailbox.mbox(str(tmp_path / "Inbox"))
    for n in (1, 2):
        box.add(f"From: p{n}@gemeente.nl\nTo: d-loket@vng.nl\nMessage-ID: <i{n}@gemeente.nl>\n\nUtrecht.\n")
    box.close()
    res = runner.invoke(app, ["ingest", "--no-process", "--mbox", "--config", str(config), str(tmp_path / "Inbox")])
    assert res.exit_code == 0, res.output
    assert "imported: 2 new" in res.output


def test_outbox_shows_why_a_reply_failed_and_retry_queues_it(config: Path) -> None:
    # The operator sees the error per reply, queues the failed ones again, and is told what happened.
    from sqlalchemy import update

    from mailflow.app import load_app
    from mailflow.db.models import OutboundMessage

    files = [str(p) for p in sorted((CORPUS / "messages").glob("*.eml"))[:3]]
    assert runner.invoke(app, ["ingest", "--config", str(config), *files]).exit_code == 0
    application = load_app(config)
    with application.factory() as db, db.begin():
        first = db.scalars(
            update(OutboundMessage)
            .values(state="failed", attempts=30, last_error="gave up after 30 attempts in 5.0 days: 421 down")
            .returning(OutboundMessage.id)
        ).all()
    application.close()
    listing = runner.invoke(app, ["outbox", "--config", str(config)])
    assert listing.exit_code == 0 and "error: gave up after 30 attempts in 5.0 days: 421 down" in listing.output
    assert "mailflow outbox retry" in listing.output
    res = runner.invoke(app, ["outbox", "retry", "--failed", "--config", str(config)])
    assert res.exit_code == 0, res.output
    assert f"#{min(first)} failed -> queued" in res.output and f"{len(first)} message(s) queued" in res.output
    again = runner.invoke(app, ["outbox", "retry", "12345", "--config", str(config)])
    assert again.exit_code == 1 and "#12345 no such outgoing message" in again.output
    none = runner.invoke(app, ["outbox", "retry", "--config", str(config)])
    assert none.exit_code == 2 and "--failed" in none.output


def test_outbox_shows_what_the_relay_said_about_each_recipient(config: Path) -> None:
    # A reply sent to the participant but refused for the Cc'd colleague says so per address.
    from sqlalchemy import select, update

    from mailflow.app import load_app
    from mailflow.db.models import OutboundMessage, OutboundRecipient

    files = [str(p) for p in sorted((CORPUS / "messages").glob("*.eml"))[:3]]
    assert runner.invoke(app, ["ingest", "--config", str(config), *files]).exit_code == 0
    application = load_app(config)
    with application.factory() as db, db.begin():
        row = db.scalars(select(OutboundMessage).order_by(OutboundMessage.id)).first()
        assert row is not None
        row.state = "sent"
        address = row.recipients[0].lower()
        db.execute(
            update(OutboundRecipient)
            .where(OutboundRecipient.outbound_id == row.id)
            .values(outcome="refused", response="550 5.1.1 no such user")
        )
    application.close()
    listing = runner.invoke(app, ["outbox", "--state", "sent", "--config", str(config)])
    assert listing.exit_code == 0 and f"{address} (refused: 550 5.1.1 no such user)" in listing.output
