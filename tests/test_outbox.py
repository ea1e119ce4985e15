"""The transactional outbox on real databases (conftest `factory`: SQLite file and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from email.message import EmailMessage

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from mailflow.db.models import OutboundMessage
from mailflow.outbound.outbox import enqueue

NOW = dt.datetime(2027, 5, 1, 8, 30, tzinfo=dt.timezone.utc)


def message(msgid: str = "<m1@mail.example.nl>", cc: str | None = None) -> EmailMessage:
    msg = EmailMessage(policy=email.policy.default)  # LF policy on purpose: enqueue must emit CRLF
    msg["From"] = "Secretariaat <aanmelden@example.nl>"
    msg["To"] = "Jan de Vries <jan@example.org>"
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = "Bevestiging"
    msg["Message-ID"] = msgid
    msg.set_content("Regel één\nRegel twee\n")
    return msg


def count(factory: sessionmaker[Session]) -> int:
    with factory() as db:
        return db.scalar(select(func.count()).select_from(OutboundMessage)) or 0


def test_enqueue_stores_crlf_bytes_and_envelope(factory: sessionmaker[Session]) -> None:
    # Intent: the stored row is exactly what goes on the wire: CRLF bytes, envelope from headers.
    with factory() as db, db.begin():
        row = enqueue(db, message(cc="Piet <piet@example.org>, jan@example.org"), kind="confirmation", now=NOW)
        assert row is not None
    with factory() as db:
        stored = db.scalars(select(OutboundMessage)).one()
    assert stored.state == "queued" and stored.attempts == 0 and stored.kind == "confirmation"
    assert stored.message_id == "<m1@mail.example.nl>"
    assert stored.mail_from == "aanmelden@example.nl"
    assert stored.recipients == ["jan@example.org", "piet@example.org"]
    assert stored.next_attempt_at == NOW
    assert b"\r\n" in stored.raw and b"\n" not in stored.raw.replace(b"\r\n", b"")
    parsed = email.message_from_bytes(stored.raw, policy=email.policy.default)
    assert parsed.get_content().replace("\r\n", "\n") == "Regel één\nRegel twee\n"  # type: ignore[attr-defined]


def test_enqueue_is_part_of_the_callers_transaction(factory: sessionmaker[Session]) -> None:
    # Intent: if the registration rolls back, its reply is gone too (no orphan mails).
    with factory() as db:
        db.begin()
        enqueue(db, message(), kind="confirmation")
        db.rollback()
    assert count(factory) == 0


def test_dedup_key_queues_once(factory: sessionmaker[Session]) -> None:
    # Intent: the same logical mail (e.g. re-processing after a crash) is queued at most once.
    with factory() as db, db.begin():
        assert enqueue(db, message("<a@x>"), kind="confirmation", dedup_key="confirmation:1:0") is not None
        assert enqueue(db, message("<b@x>"), kind="confirmation", dedup_key="confirmation:1:0") is None
    with factory() as db, db.begin():
        assert enqueue(db, message("<c@x>"), kind="confirmation", dedup_key="confirmation:1:0") is None
        assert enqueue(db, message("<d@x>"), kind="confirmation", dedup_key="confirmation:1:1") is not None
    assert count(factory) == 2


def test_enqueue_refuses_messages_without_recipients(factory: sessionmaker[Session]) -> None:
    # Intent: a mail nobody would receive is a bug upstream, not a row to retry forever.
    msg = message()
    del msg["To"]
    with factory() as db, db.begin(), pytest.raises(ValueError):
        enqueue(db, msg, kind="confirmation")


def test_retry_queues_failed_replies_again_with_a_fresh_start(factory: sessionmaker[Session]) -> None:
    # After an outage a failed reply can be sent after all: queued, attempts 0, give-up clock
    # restarted, due now; a queued one is made due now; a sent one and an unknown number are left.
    from sqlalchemy import update

    from mailflow.db.models import AuditLog
    from mailflow.outbound.requeue import retry

    with factory() as db, db.begin():
        ids = [enqueue(db, message(f"<m{n}@mail.example.nl>"), kind="confirmation", now=NOW) for n in range(4)]
        db.execute(
            update(OutboundMessage)
            .where(OutboundMessage.id.in_(ids[:2]))
            .values(state="failed", attempts=9, last_error="gave up after 9 attempts: 421 busy")
        )
        db.execute(update(OutboundMessage).where(OutboundMessage.id == ids[3]).values(state="sent", sent_at=NOW))
    later = NOW + dt.timedelta(days=6)
    with factory() as db, db.begin():
        only = retry(db, [ids[0], 999], now=later)
    assert [(r.id, r.done) for r in only] == [(ids[0], True), (999, False)]
    assert "was: gave up after 9 attempts: 421 busy" in str(only[0]) and "no such" in str(only[1])
    with factory() as db, db.begin():
        rest = retry(db, [ids[2], ids[3]], failed=True, now=later)
    assert [(r.id, r.done) for r in rest] == [(ids[1], True), (ids[2], True), (ids[3], False)]
    assert "already queued" in rest[1].note and "was sent" in rest[2].note
    with factory() as db:
        rows = {r.id: r for r in db.scalars(select(OutboundMessage))}
        assert [(rows[i].state, rows[i].attempts, rows[i].next_attempt_at) for i in ids[:3]] == [
            ("queued", 0, later)
        ] * 3
        assert rows[ids[0]].queued_at == later and rows[ids[2]].queued_at == NOW
        assert len(db.scalars(select(AuditLog).where(AuditLog.action == "outbox.retry")).all()) == 3
