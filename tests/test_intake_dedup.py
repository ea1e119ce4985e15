"""Which repeats are the same mail: redeliveries are stored once, a reused Message-ID is not dropped.

Uses the shared ``factory``/``synced`` fixtures (tests/conftest.py): SQLite and PostgreSQL.
"""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailflow.catalogue import Catalogue
from mailflow.config import Settings
from mailflow.db.models import InboundMessage, Registration
from mailflow.intake.redelivery import redelivery_key
from mailflow.intake.store import Incoming, accept, accept_many
from mailflow.pipeline import Pipeline, process_pending

from support import at


def mail(
    sender: str = "anna@utrecht.nl",
    body: str = "Ik wil graag aansluiten in Utrecht.",
    date: str = "Sun, 22 Nov 2026 10:00:00 +0100",
    trace: str = "",
    eol: str = "\r\n",
) -> bytes:
    lines = [
        *filter(None, trace.split("|")),
        f"From: {sender}",
        "To: d-loket@vng.nl",
        "Subject: Aanmelding",
        "Message-ID: <same@mailer.example>",
        f"Date: {date}",
        "",
        body,
        "",
    ]
    return eol.join(lines).encode()


def rows(factory: sessionmaker[Session]) -> list[InboundMessage]:
    with factory() as db:
        return list(db.scalars(select(InboundMessage).order_by(InboundMessage.id)))


def test_a_redelivery_with_other_trace_headers_is_the_same_mail(factory: sessionmaker[Session]) -> None:
    # Each hop adds Received/Delivered-To/Return-Path; a saved copy may have LF line ends:
    # all of these are the one mail the sender wrote, stored and processed once.
    first = accept(factory, mail(), source="smtp")
    copies = [
        mail(trace="Received: from mx2.example by mx.example; Sun, 22 Nov 2026 10:05:00 +0100"),
        mail(trace="Return-Path: <anna@utrecht.nl>|Delivered-To: d-loket@vng.nl|X-Original-To: x@vng.nl"),
        mail(eol="\n"),
    ]
    again = [accept(factory, raw, source="imap") for raw in copies]
    assert [(a.id, a.duplicate) for a in again] == [(first.id, True)] * 3
    assert len(rows(factory)) == 1


@pytest.mark.parametrize(
    "other",
    [
        mail(sender="bert@utrecht.nl"),
        mail(date="Mon, 23 Nov 2026 09:00:00 +0100"),
        mail(body="Ik wil graag aansluiten in Arnhem."),
    ],
    ids=["sender", "date", "body"],
)
def test_another_mail_with_a_reused_message_id_is_stored_and_noted(
    factory: sessionmaker[Session], other: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    # A mailer that reuses one Message-ID (a web form, a script) must not lose the second mail
    # as "already known": it is stored, noted on the row and in the log, and later copies of it
    # are recognised as its own redeliveries.
    first = accept(factory, mail(), source="smtp")
    with caplog.at_level(logging.WARNING, logger="mailflow.intake"):
        second = accept(factory, other, source="smtp")
    assert not second.duplicate and second.id != first.id
    stored = rows(factory)
    assert [r.message_id for r in stored] == ["<same@mailer.example>"] * 2
    assert stored[0].note is None
    assert stored[1].note is not None and f"#{first.id}" in stored[1].note and "<same@mailer.example>" in stored[1].note
    [warning] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "<same@mailer.example>" in warning.getMessage() and f"#{second.id}" in warning.getMessage()
    assert accept(factory, other, source="smtp").id == second.id
    assert accept(factory, b"Received: by mx3\r\n" + other, source="smtp").id == second.id


def test_in_one_batch_a_reused_message_id_is_noted_and_a_redelivery_is_not(factory: sessionmaker[Session]) -> None:
    # The SMTP intake commits several sessions' mail together: the same rules hold inside a batch.
    batch = accept_many(
        factory,
        [
            Incoming(mail(), "smtp"),
            Incoming(mail(trace="Received: by mx2"), "smtp"),
            Incoming(mail(sender="bert@utrecht.nl"), "smtp"),
        ],
    )
    assert [a.duplicate for a in batch] == [False, True, False]
    assert batch[1].id == batch[0].id
    assert [r.note is not None for r in rows(factory)] == [False, True]


def test_the_key_ignores_trace_headers_and_line_ends_only() -> None:
    assert redelivery_key(mail()) == redelivery_key(mail(trace="Received: x|Delivered-To: y", eol="\n"))
    assert redelivery_key(mail()) != redelivery_key(mail(body="Ik wil graag aansluiten in Assen."))
    assert redelivery_key(b"From: a@b.nl\r\n\r\nno Message-ID\r\n") is None


def test_both_mails_with_one_message_id_are_registered(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings
) -> None:
    # Two people whose mail client gave their mails the same Message-ID both get their place.
    now = at(2026, 11, 22, 12)
    for who in ("anna@utrecht.nl", "bert@utrecht.nl"):
        accept(synced, mail(sender=who), source="smtp", received_at=now)
    assert process_pending(Pipeline(catalogue, settings, synced, lambda: now)) == 2
    with synced() as db:
        assert len(db.scalars(select(Registration)).all()) == 2
    assert {r.state for r in rows(synced)} == {"processed"}


def test_the_text_hash_is_computed_without_copying_the_body(monkeypatch) -> None:
    # The chunked hash equals the plain one for every way CRLF and trailing blanks can fall on a
    # chunk boundary (the intake hashes a 25 MB message before its "250" without two more copies).
    import hashlib

    from hypothesis import given, settings, strategies as st

    from mailflow.intake import redelivery

    monkeypatch.setattr(redelivery, "_CHUNK", 5)

    @settings(max_examples=300, deadline=None)
    @given(st.binary(max_size=40).map(lambda b: bytes(b"ab\r\n \t"[x % 6] for x in b)))
    def same(body: bytes) -> None:
        plain, chunked = hashlib.sha256(body.replace(b"\r\n", b"\n").rstrip()), hashlib.sha256()
        redelivery._hash_text(chunked, b"H: x\r\n\r\n" + body, 8)
        assert chunked.hexdigest() == plain.hexdigest()

    same()
