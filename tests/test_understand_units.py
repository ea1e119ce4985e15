"""Unit tests of the understanding stages on small inline messages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from mailflow.catalogue import load_catalogue
from mailflow.understand import Understander, understand
from mailflow.understand.lexicon import load_lexicon
from mailflow.understand.parse import parse
from mailflow.understand.quotes import split_body

CAT_TOML = """
[[events]]
key = "dia"
mailbox = "d-loket@example.nl"
title = "Ontwerpsessies Democratie in Actie"
max_sessions_per_participant = 1
  [[events.sessions]]
  key = "dia-utrecht"
  title = "Sessie Midden-west"
  region = "Midden-west"
  city = "Utrecht"
  starts = 2027-06-14T09:00:00
  ends = 2027-06-14T12:00:00
  venue = "Stadskantoor Utrecht"
  [[events.sessions]]
  key = "dia-haarlem"
  title = "Sessie Noord-west"
  region = "Noord-west"
  city = "Haarlem"
  starts = 2027-06-21T09:30:00
  ends = 2027-06-21T12:30:00
  venue = "Seinwezen"
  [[events.sessions]]
  key = "dia-breda"
  title = "Sessie Zuid-west"
  city = "Breda"
  starts = 2027-07-05T14:00:00
  ends = 2027-07-05T17:00:00
  venue = "Podium Bloos"
"""
NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def u(tmp_path_factory: pytest.TempPathFactory) -> Understander:
    path = tmp_path_factory.mktemp("cat") / "catalogue.toml"
    path.write_text(CAT_TOML, encoding="utf-8")
    return Understander(load_catalogue([path]))


def mail(
    body: str,
    subject: str = "Aanmelding",
    sender: str = "Piet Jansen <p.jansen@gemeente.nl>",
    headers: str = "",
    ctype: str = "text/plain; charset=utf-8",
) -> bytes:
    return (
        f"From: {sender}\r\nTo: d-loket@example.nl\r\nSubject: {subject}\r\n"
        f"Date: Tue, 01 Dec 2026 10:00:00 +0100\r\nMessage-ID: <x@y>\r\n{headers}"
        f"MIME-Version: 1.0\r\nContent-Type: {ctype}\r\n\r\n{body}"
    ).encode("utf-8")


def test_plain_registration_by_city(u: Understander) -> None:
    # The simplest case: a first-person request naming one city is booked automatically.
    it = u.understand(
        mail("Graag meld ik mij aan voor de sessie in Haarlem.\n\nMet vriendelijke groet,\nPiet\nGemeente Utrecht"),
        now=NOW,
    )
    assert (it.kind, it.sessions, it.review) == ("register", ["dia-haarlem"], False)
    assert [p.email for p in it.participants] == ["p.jansen@gemeente.nl"]


def test_haarlemmermeer_is_not_haarlem(u: Understander) -> None:
    # A different real place must never be fuzzy-matched to a session city.
    it = u.understand(mail("Graag meld ik mij aan voor de sessie in Haarlemmermeer."), now=NOW)
    assert it.sessions == [] and it.review


def test_typo_is_tolerated(u: Understander) -> None:
    # "Utreht" is a typo of Utrecht and is matched.
    it = u.understand(mail("Ik wil me graag aanmelden voor de sessie in Utreht."), now=NOW)
    assert it.sessions == ["dia-utrecht"]


def test_negation_and_fallback(u: Understander) -> None:
    # "niet in X maar in Y" keeps Y; "anders Z" is an alternative only.
    it = u.understand(mail("Ik meld mij aan, niet in Utrecht maar in Breda, anders Haarlem."), now=NOW)
    assert it.sessions == ["dia-breda"] and it.alternatives == ["dia-haarlem"]


def test_colleague_without_address_goes_to_review(u: Understander) -> None:
    it = u.understand(mail("Ik meld mij aan voor Utrecht. Mijn collega Joost van Dam wil ook graag mee."), now=NOW)
    assert it.review and it.unnamed_colleagues == ["Joost van Dam"]


def test_on_behalf_leaves_sender_out(u: Understander) -> None:
    it = u.understand(mail("Namens de burgemeester meld ik haar aan voor Breda: burgemeester@gemeente.nl."), now=NOW)
    assert [p.email for p in it.participants] == ["burgemeester@gemeente.nl"]


def test_question_always_reviewed(u: Understander) -> None:
    it = u.understand(mail("Is er parkeergelegenheid bij het Seinwezen?", subject="Vraag"), now=NOW)
    assert it.kind == "question" and it.review


def test_auto_submitted_is_machine(u: Understander) -> None:
    it = u.understand(mail("Ik ben afwezig.", headers="Auto-Submitted: auto-replied\r\n"), now=NOW)
    assert it.kind == "auto_reply" and not it.may_reply and it.participants == []


def test_list_mail_is_other_without_reply(u: Understander) -> None:
    it = u.understand(mail("Meld je aan voor Utrecht!", headers="List-Id: <news.example.nl>\r\n"), now=NOW)
    assert it.kind == "other" and not it.review and not it.may_reply


def test_calendar_reply(u: Understander) -> None:
    ical = (
        "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:abc-1\r\n"
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:p.jansen@gemeente.nl\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    it = u.understand(mail(ical, ctype="text/calendar; method=REPLY; charset=utf-8"), now=NOW)
    assert it.kind == "calendar_reply" and it.calendar and it.calendar.uid == "abc-1"
    assert it.calendar.partstat == "ACCEPTED"


def test_delivery_report_failed_vs_delayed(u: Understander) -> None:
    def report(action: str) -> bytes:
        return (
            f"From: MAILER-DAEMON@mx.example.nl\r\nTo: d-loket@example.nl\r\nSubject: Undelivered\r\n"
            f"Date: Tue, 01 Dec 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: multipart/report; report-type=delivery-status; boundary=B\r\n\r\n"
            f"--B\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--B\r\nContent-Type: message/delivery-status\r\n\r\n"
            f"Reporting-MTA: dns; mx\r\n\r\nFinal-Recipient: rfc822; a@b.nl\r\nAction: {action}\r\n"
            f"Status: 5.1.1\r\n\r\n--B--\r\n"
        ).encode()

    failed, delayed = u.understand(report("failed"), now=NOW), u.understand(report("delayed"), now=NOW)
    assert failed.kind == delayed.kind == "bounce"
    assert failed.bounced == ["a@b.nl"] and failed.bounce_permanent
    assert delayed.bounced == [] and not delayed.bounce_permanent


def test_quotes_and_signature_are_split() -> None:
    lex = load_lexicon()
    text = (
        "Ik kom naar Breda.\n\nGroet,\nPiet\nGemeente Utrecht\n\n"
        "Op 1 dec 2026 om 10:00 schreef Team <d-loket@example.nl>:\n> Utrecht, Haarlem, Breda\n"
    )
    body = split_body(text, lex)
    assert body.own == "Ik kom naar Breda." and "Gemeente Utrecht" in body.signature and "Haarlem" in body.quoted


def test_outlook_header_block_is_a_quote() -> None:
    body = split_body("Ja.\n\nVan: X <x@y>\nVerzonden: maandag\nAan: Y\nOnderwerp: Z\n\nUtrecht", load_lexicon())
    assert body.own == "Ja." and "Utrecht" in body.quoted


def test_encoded_subject_and_html_only() -> None:
    raw = mail(
        "<p>Graag aanmelden voor <b>Breda</b></p>",
        subject="=?utf-8?B?QWFubWVsZGluZyDDqWvDqW4=?=",
        ctype="text/html; charset=utf-8",
    )
    p = parse(raw)
    assert p.subject == "Aanmelding ékén" and "Breda" in p.text and "<b>" not in p.text


def test_unreadable_input_is_reviewed(u: Understander) -> None:
    it = u.understand(b"\xff\xfe\x00garbage", now=NOW)
    assert it.kind in ("other",) and it.participants == []


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600))
def test_understand_never_raises(raw: bytes) -> None:
    # Whatever arrives, understanding returns an Interpretation and never raises.
    cat = (
        load_catalogue([Path(__file__).parent / "corpus" / "catalogue.toml"])
        if (Path(__file__).parent / "corpus" / "catalogue.toml").exists()
        else None
    )
    if cat is None:
        pytest.skip("no catalogue")
    it = understand(raw, cat, now=NOW)
    assert it.kind in ("register", "cancel", "change", "question", "auto_reply", "bounce", "calendar_reply", "other")
