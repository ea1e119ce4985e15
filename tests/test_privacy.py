"""Personal data (issue 13, privacy): retention, a data subject's export and erasure, each audited.

Real messages through the real worker on SQLite and PostgreSQL, then the
privacy use cases, then what is left in the database.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from mailflow.apply.context import Context
from mailflow.catalogue import Catalogue
from mailflow.config import Settings
from mailflow.db.models import (
    AuditLog,
    InboundMessage,
    InterpretationRow,
    OutboundMessage,
    OutboundRecipient,
    Person,
    Registration,
)
from mailflow.intake.store import accept
from mailflow.pipeline import Pipeline, process_one
from mailflow.privacy.erase import erase
from mailflow.privacy.export import export
from mailflow.privacy.retention import retain_all

from support import raw_mail

ENDED = dt.datetime(2027, 6, 14, 12, 0, tzinfo=dt.timezone.utc)  # the last session of "dia" ends 2027-06-22


def sign_up(
    factory: sessionmaker[Session],
    catalogue: Catalogue,
    settings: Settings,
    now: dt.datetime,
    n: int,
    sender: str,
    body: str = "Ik wil graag aansluiten in Utrecht.",
) -> int:
    inbound = accept(
        factory,
        raw_mail(n, sender=sender, body=body),
        source="smtp",
        envelope_to=["d-loket@vng.nl"],
        envelope_from=sender,
    ).id
    assert process_one(Pipeline(catalogue, settings, factory, lambda: now), inbound) in ("processed", "review")
    return inbound


def audit(factory: sessionmaker[Session], action: str) -> list[AuditLog]:
    with factory() as db:
        return list(db.scalars(select(AuditLog).where(AuditLog.action == action)))


def test_retention_reduces_mail_days_after_the_event_and_keeps_the_registrations(
    synced, catalogue, settings, now, tmp_path
) -> None:
    from mailflow.outbound.sender import send_due
    from mailflow.outbound.transport import MaildirTransport

    a = sign_up(synced, catalogue, settings, now, 1, "anna@utrecht.nl")
    assert send_due(synced, MaildirTransport(tmp_path / "outbox"), now=dt.datetime.now(dt.timezone.utc)) == 1
    auto = raw_mail(2, sender="noreply@shop.example", body="Ik ben afwezig.").replace(
        b"To: d-loket@vng.nl", b"Auto-Submitted: auto-replied\r\nTo: list@shop.example"
    )
    junk = accept(synced, auto, source="smtp").id  # concerns no event: kept 90 days from arrival
    assert process_one(Pipeline(catalogue, settings, synced, lambda: now), junk) == "ignored"
    event_end = dt.datetime(2027, 6, 22, 17, 0, tzinfo=dt.timezone.utc)
    assert retain_all(synced, days=90, now=event_end + dt.timedelta(days=89)).messages == 1  # only the junk
    done = retain_all(synced, days=90, now=event_end + dt.timedelta(days=91))
    assert (done.messages, done.replies) == (1, 1)
    with synced() as db:
        msg = db.get_one(InboundMessage, a)
        data = db.scalar(select(InterpretationRow.data).where(InterpretationRow.inbound_id == a))
        reply = db.scalars(select(OutboundMessage).where(OutboundMessage.inbound_id == a)).one()
        assert msg.raw == b"" and msg.purged_at is not None and msg.sha256  # still recognised if sent again
        assert data["kind"] == "register" and data["sessions"] == ["dia-utrecht"] and "evidence" not in data
        assert "anna@utrecht.nl" not in json.dumps(data) and reply.raw == b""
        assert db.scalar(select(func.count()).select_from(Registration)) == 1
    assert [e.after["retain_days"] for e in audit(synced, "privacy.retention")] == [90, 90]
    assert accept(
        synced, raw_mail(1, sender="anna@utrecht.nl", body="Ik wil graag aansluiten in Utrecht."), source="smtp"
    ).duplicate


def test_export_holds_everything_about_the_address_and_nothing_else(synced, catalogue, settings, now) -> None:
    sign_up(synced, catalogue, settings, now, 1, "a_b@utrecht.nl")
    sign_up(synced, catalogue, settings, now, 2, "axb@utrecht.nl")  # LIKE's "_" must not match this one
    with synced() as db, db.begin():
        doc = export(db, "A_B@utrecht.nl", actor="privacy@vng.nl", now=now)
    assert doc["person"]["email"] == "a_b@utrecht.nl" and len(doc["registrations"]) == 1
    assert [m["message_id"] for m in doc["messages"]] == ["<m1@utrecht.nl>"]
    assert "Utrecht" in doc["messages"][0]["raw"] and doc["messages"][0]["understood_as"]["kind"] == "register"
    assert len(doc["replies"]) == 1 and list(doc["replies"][0]["recipients"]) == ["a_b@utrecht.nl"]
    assert "axb@utrecht.nl" not in json.dumps(doc)
    [entry] = audit(synced, "privacy.export")
    assert entry.actor == "privacy@vng.nl" and entry.target.startswith("person:") and "a_b" not in entry.target


def test_erasure_removes_the_person_and_moves_the_waitlist_up(synced, catalogue, settings, now) -> None:
    # Utrecht holds two: Anna and Bert are confirmed, Carla waits. Anna asks to be erased: her data
    # goes, her place goes to Carla (who is told), nobody mails Anna, Bert's data is untouched.
    for n, who in enumerate(("anna@utrecht.nl", "bert@utrecht.nl", "carla@utrecht.nl"), 1):
        sign_up(synced, catalogue, settings, now, n, who)
    with synced() as db, db.begin():
        done = erase(db, "anna@utrecht.nl", ctx=Context(catalogue, settings, now, actor="privacy@vng.nl"), now=now)
    assert (done.registrations_cancelled, done.messages, done.replies) == (1, 1, 1)
    with synced() as db:
        people = dict(db.execute(select(Person.email, Person.name)).all())
        statuses = dict(
            db.execute(
                select(Person.email, Registration.status).join(Registration, Registration.person_id == Person.id)
            ).all()
        )
        anna_msg = db.scalars(select(InboundMessage).where(InboundMessage.message_id == "<m1@utrecht.nl>")).one()
        rcpts = set(db.scalars(select(OutboundRecipient.address)))
        kinds = db.execute(select(OutboundMessage.kind, OutboundMessage.recipients)).all()
        dump = json.dumps([[e.target, e.before, e.after] for e in db.scalars(select(AuditLog))])
    alias = next(e for e in people if e.startswith("erased-"))
    assert "anna@utrecht.nl" not in people and people[alias] is None
    assert statuses == {alias: "cancelled", "bert@utrecht.nl": "confirmed", "carla@utrecht.nl": "confirmed"}
    assert anna_msg.raw == b"" and anna_msg.envelope_from is None
    assert "anna@utrecht.nl" not in rcpts and "anna@utrecht.nl" not in dump, [
        e for e in json.loads(dump) if "anna@utrecht.nl" in json.dumps(e)
    ]
    assert ("promoted", ["carla@utrecht.nl"]) in [(k, r) for k, r in kinds]
    assert not [k for k, r in kinds if "anna@utrecht.nl" in r]
    [entry] = audit(synced, "privacy.erase")
    assert entry.actor == "privacy@vng.nl" and entry.after["registrations_cancelled"] == 1
    with synced() as db, db.begin():
        again = export(db, "anna@utrecht.nl", actor="cli", now=now)
    assert again["person"] is None and again["messages"] == [] and again["replies"] == []


def test_the_commands_ask_before_erasing_and_write_private_files(tmp_path: Path) -> None:
    from mailflow.cli import app

    runner = CliRunner()
    root = Path(__file__).resolve().parent.parent
    cfg = tmp_path / "mailflow.toml"
    cfg.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path}/mf.db"\n[catalogue]\nfiles = ["{root}/demo/catalogue.toml"]\n'
        "[privacy]\nretain_days = 30\n",
        encoding="utf-8",
    )
    assert runner.invoke(app, ["db", "upgrade", "--config", str(cfg)]).exit_code == 0
    asked = runner.invoke(app, ["privacy", "erase", "jan@gemeente.nl", "--config", str(cfg)])
    assert asked.exit_code == 1 and "no person" in asked.output and "--yes" in asked.output
    out = tmp_path / "export.json"
    done = runner.invoke(app, ["privacy", "export", "jan@gemeente.nl", "-o", str(out), "--config", str(cfg)])
    assert done.exit_code == 0, done.output
    assert out.stat().st_mode & 0o777 == 0o600 and json.loads(out.read_text())["address"] == "jan@gemeente.nl"
    kept = runner.invoke(app, ["privacy", "retention", "--config", str(cfg)])
    assert kept.exit_code == 0 and "30 days after each event" in kept.output
