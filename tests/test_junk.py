"""Junk through the real worker: ignored with its reason, never answered, never reviewed, listed on its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from mailflow import junk
from mailflow.catalogue import Catalogue
from mailflow.cli import app
from mailflow.config import Settings, Trust
from mailflow.db.models import AuditLog, InboundMessage, ReviewItem
from mailflow.intake.store import accept
from mailflow.pipeline import Pipeline, process_pending

from support import outbox

ROOT = Path(__file__).resolve().parent.parent


def mail(n: int, body: str, *headers: str, subject: str = "Vraag") -> bytes:
    head = "".join(f"{h}\r\n" for h in headers)
    return (
        f"From: Someone <someone{n}@example.org>\r\nTo: d-loket@vng.nl\r\nSubject: {subject}\r\n"
        f"Message-ID: <j{n}@example.org>\r\nDate: Sun, 22 Nov 2026 10:00:00 +0100\r\n{head}\r\n{body}\r\n"
    ).encode()


SPAM = mail(1, "Kunt u mij bellen over de sessie in Utrecht?", "X-Spam-Flag: YES", "X-Spam-Status: Yes, score=9.1")
LIST = mail(
    2,
    "Is this the right fix?",
    "List-Id: linux-mips <linux-mips.vger.kernel.org>",
    subject="[PATCH v2 1/3] MIPS: fix the cache flush",
)
SCAM = mail(3, "Dear friend, I am a barrister. Can you handle USD$87M for the next of kin?", subject="Hello")
QUESTION = mail(4, "Is er parkeergelegenheid bij de sessie in Utrecht?")


def run(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings, now: dt.datetime, *raws: bytes
) -> list[int]:
    ids = [accept(synced, raw, source="smtp", envelope_to=["d-loket@vng.nl"], received_at=now).id for raw in raws]
    pipe = Pipeline(catalogue, settings, synced, lambda: now)
    while process_pending(pipe):
        pass
    return ids


def test_junk_is_ignored_unanswered_and_listed(synced, catalogue, settings, now):
    # spam by header, list mail and a scam never reach the queue or get an answer; a real question does
    spam, lst, scam, question = run(synced, catalogue, settings, now, SPAM, LIST, SCAM, QUESTION)
    with synced() as db:
        states = {i: s for i, s in db.execute(select(InboundMessage.id, InboundMessage.state))}
        held = set(db.scalars(select(ReviewItem.inbound_id)))
        notes = {
            a.target: a.after["notes"] for a in db.scalars(select(AuditLog).where(AuditLog.action == "inbound.ignored"))
        }
        listed = junk.list_junk(db)
    assert [states[i] for i in (spam, lst, scam, question)] == ["ignored", "ignored", "ignored", "review"]
    assert held == {question}
    assert [(m.kind, m.recipients) for m in outbox(synced)] == [("review_ack", ["someone4@example.org"])]
    assert notes[f"inbound:{spam}"] == ["junk: The receiving mail system marked this as spam"]
    assert [m.inbound_id for m in listed] == [scam, lst, spam]
    assert listed[2].reason == "The receiving mail system marked this as spam"
    assert listed[2].evidence == "header:X-Spam-Flag: yes" and listed[2].delivered_to == ("d-loket@vng.nl",)
    assert (
        listed[1].reason == "This is a mailing-list message"
        and listed[0].reason == "This looks like a scam or phishing"
    )
    with synced() as db:
        assert [m.inbound_id for m in junk.list_junk(db, limit=1, before_id=scam)] == [lst]


def test_spam_headers_can_be_switched_off(synced, catalogue, settings, now):
    # [trust] spam_headers = false: the verdict is not believed and the question is read as any other
    own = Settings(path=None, sender=settings.sender, trust=Trust(spam_headers=False))
    [spam] = run(synced, catalogue, own, now, SPAM)
    with synced() as db:
        assert db.get_one(InboundMessage, spam).state == "review" and not junk.list_junk(db)


def test_cli_lists_junk(tmp_path: Path) -> None:
    # `mailflow junk list` shows each junk message with its reason
    cfg = tmp_path / "mailflow.toml"
    cfg.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path}/mf.db"\n'
        f'[catalogue]\nfiles = ["{ROOT}/tests/corpus/catalogue.toml"]\n',
        encoding="utf-8",
    )
    (tmp_path / "spam.eml").write_bytes(SPAM)
    runner = CliRunner()
    assert runner.invoke(app, ["db", "upgrade", "--config", str(cfg)]).exit_code == 0
    assert runner.invoke(app, ["ingest", "--config", str(cfg), str(tmp_path / "spam.eml")]).exit_code == 0
    res = runner.invoke(app, ["junk", "list", "--config", str(cfg)])
    assert res.exit_code == 0, res.output
    assert "someone1@example.org" in res.output and "marked this as spam" in res.output
    assert res.output.rstrip().endswith("1 junk message(s)")
