"""What strangers put in headers, and what we store and echo of it (issue 13, points 5, 7 and 8).

Each test runs a real message through the real worker (understand, decide, apply,
compose) on SQLite and PostgreSQL, and reads the reply as a mail client would.
"""

from __future__ import annotations

import datetime as dt
import doctest
import email
import email.policy
import textwrap

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from mailflow import addresses
from mailflow.apply.context import Context, RegistrationError
from mailflow.apply.registrations import register
from mailflow.catalogue import Catalogue
from mailflow.config import Settings
from mailflow.db.models import InboundMessage, OutboundMessage, Person, ReviewItem
from mailflow.intake.store import accept
from mailflow.outbound import echo
from mailflow.pipeline import Pipeline, process_one

from support import outbox

BODY = "Ik wil graag aansluiten in Haarlem."


def mail(from_header: str, *, subject: str = "Aanmelding", body: str = BODY, n: int = 1) -> bytes:
    head = (
        f"From: {from_header}\r\nTo: d-loket@vng.nl\r\nSubject: {subject}\r\n"
        f"Message-ID: <e{n}@gemeente.nl>\r\nDate: Sun, 22 Nov 2026 10:00:00 +0100\r\n"
    )
    return head.encode("utf-8") + b"\r\n" + body.encode("utf-8") + b"\r\n"


def run(
    factory: sessionmaker[Session], catalogue: Catalogue, settings: Settings, now: dt.datetime, raw: bytes
) -> tuple[str, int]:
    inbound = accept(factory, raw, source="smtp", envelope_to=["d-loket@vng.nl"]).id
    return process_one(Pipeline(catalogue, settings, factory, lambda: now), inbound), inbound


def test_the_helpers_say_what_they_do() -> None:
    assert doctest.testmod(echo).failed == 0 and doctest.testmod(addresses).failed == 0


def test_raw_utf8_in_headers_is_read_as_utf8_and_greeted_so(synced, catalogue, settings, now) -> None:
    # "één" in an unencoded From header was stored and greeted as four U+FFFD; it is UTF-8.
    state, _ = run(synced, catalogue, settings, now, mail("één Jansen <een@gemeente.nl>", subject="Aanmelding één"))
    assert state == "processed"
    with synced() as db:
        assert db.scalar(select(Person.name).where(Person.email == "een@gemeente.nl")) == "één Jansen"
    [reply] = outbox(synced)
    assert "Beste één Jansen," in reply.text and reply.msg["Subject"] == "Re: Aanmelding één"


def test_latin1_bytes_in_headers_fall_back_to_windows_1252(synced, catalogue, settings, now) -> None:
    raw = mail("x <jose@gemeente.nl>").replace(b"From: x", b"From: Jos\xe9 Garc\xeda")
    assert run(synced, catalogue, settings, now, raw)[0] == "processed"
    assert "Beste José García," in outbox(synced)[0].text


def test_bidi_and_zero_width_characters_never_reach_greeting_or_invite(synced, catalogue, settings, now) -> None:
    # A right-to-left override and zero-width spaces in the display name would reorder or hide
    # what staff and the participant read; the greeting and the calendar's CN carry the letters only.
    name = "Jan\u202e\u200bdeV\u2066ries\u2069\ufeff"
    header = email.header.Header(name, "utf-8").encode()
    assert run(synced, catalogue, settings, now, mail(f"{header} <jan@gemeente.nl>"))[0] == "processed"
    [reply] = outbox(synced)
    assert "Beste JandeVries," in reply.text
    cal = [p for p in reply.msg.walk() if p.get_content_type() == "text/calendar"][0].get_content()
    unfolded = cal.replace("\r\n ", "")
    assert "CN=JandeVries" in unfolded and not any(c in unfolded for c in "\u202e\u200b\u2066\u2069\ufeff")


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_huge_subject_makes_a_short_reply(synced, catalogue, settings, now) -> None:
    # "Re: " + a 10 MB folded subject made a 20 MB reply; the echo is capped (here 240 KB). A subject
    # longer than mailflow reads goes to a person (never a guess on half of it), and the writer's
    # acknowledgement is the reply that must stay short.
    subject = "\r\n ".join(["aanmelding haarlem"] * 12_000)
    assert run(synced, catalogue, settings, now, mail("Jan <jan@gemeente.nl>", subject=subject))[0] == "review"
    with synced() as db:
        raw = db.scalars(select(OutboundMessage.raw)).one()
    reply = email.message_from_bytes(raw, policy=email.policy.default)
    assert len(raw) < 30_000 and str(reply["Subject"]).startswith("Re: aanmelding haarlem")
    assert len(str(reply["Subject"])) <= len("Re: ") + echo.SUBJECT_LIMIT


def test_a_display_name_longer_than_the_column_is_the_same_on_both_databases(synced, catalogue, settings, now) -> None:
    # A 400-character display name failed with DataError three times on PostgreSQL (people.name is
    # 300), while SQLite stored it: now it is cut where it is echoed, on both.
    long_name = " ".join(["Wilhelmina"] * 40)
    state, inbound = run(synced, catalogue, settings, now, mail(f'"{long_name}" <wil@gemeente.nl>'))
    assert state == "processed"
    with synced() as db:
        stored = db.scalar(select(Person.name).where(Person.email == "wil@gemeente.nl"))
        assert db.get_one(InboundMessage, inbound).attempts == 0
    assert stored is not None and len(stored) <= echo.NAME_LIMIT and stored.endswith(echo.ELLIPSIS)


def test_mail_from_a_non_ascii_address_goes_to_a_person_with_the_reason(synced, catalogue, settings, now) -> None:
    # Over IMAP or from a file (the SMTP intake refuses it at MAIL): mailflow cannot answer
    # jöran@exämple.test, so instead of failing three times the message waits in review, saying why.
    state, inbound = run(synced, catalogue, settings, now, mail("Jöran <jöran@exämple.test>"))
    assert state == "review"
    with synced() as db:
        item = db.scalars(select(ReviewItem)).one()
        assert db.get_one(InboundMessage, inbound).attempts == 0
        assert db.scalar(select(func.count()).select_from(OutboundMessage)) == 0
    assert "jöran@exämple.test has non-ASCII characters" in item.reason and "SMTPUTF8" in item.reason
    assert "the sender cannot be answered" in " ".join(item.reasons)


def test_a_colleague_with_an_overlong_address_is_not_registered(synced, catalogue, settings, now) -> None:
    colleague = "c" * 70 + "@gemeente.nl"
    body = f"Ik wil graag aansluiten in Haarlem, samen met mijn collega {colleague}."
    state, _ = run(synced, catalogue, settings, now, mail("Jan <jan@gemeente.nl>", body=body))
    with synced() as db:
        people = set(db.scalars(select(Person.email)))
    assert colleague not in people
    if state == "review":
        with synced() as db:
            assert "70 characters" in db.scalars(select(ReviewItem.reason)).one()


def test_staff_cannot_register_an_address_mailflow_cannot_write_to(synced, catalogue, settings, now) -> None:
    # "ValueError: MIME text must be ASCII" from deep inside composing becomes a sentence staff can act on.
    ctx = Context(catalogue, settings, now, actor="staff@vng.nl")
    with synced() as db, db.begin(), pytest.raises(RegistrationError, match="non-ASCII.*plain ASCII"):
        register(db, "jöran@exämple.test", "dia-haarlem", ctx=ctx)
    with synced() as db:
        assert db.scalar(select(func.count()).select_from(Person)) == 0


def test_clean_text_keeps_letters_of_every_script() -> None:
    assert echo.clean_name("  Zoë   Ñúñez-Çelik 王小明 ") == "Zoë Ñúñez-Çelik 王小明"
    assert echo.clean_name("\u200b\u202e") is None
    assert echo.clean_subject(textwrap.fill("a " * 500, 40)).endswith(echo.ELLIPSIS)
