"""Unit tests of the general rules added for unseen phrasing, empty and malformed mail."""

from __future__ import annotations

import datetime as dt

import pytest

from mailflow.catalogue import load_catalogue
from mailflow.understand import Understander

CAT_TOML = """
[[events]]
key = "tour"
mailbox = "tour@example.nl"
title = "Regiotour 2027"
max_sessions_per_participant = 1
  [[events.sessions]]
  key = "t-haarlem"
  title = "Regiobijeenkomst Noord-Holland"
  region = "Noord-Holland"
  city = "Haarlem"
  starts = 2027-06-08T19:30:00
  ends = 2027-06-08T22:00:00
  [[events.sessions]]
  key = "t-leeuwarden"
  title = "Regiobijeenkomst Noord"
  region = "Noord"
  city = "Leeuwarden"
  starts = 2027-06-16T14:00:00
  ends = 2027-06-16T17:00:00
  [[events.sessions]]
  key = "t-maastricht"
  title = "Regiobijeenkomst Limburg"
  region = "Limburg"
  city = "Maastricht"
  starts = 2027-06-25T10:00:00
  ends = 2027-06-25T12:00:00
  [[events.sessions]]
  key = "t-gent"
  title = "Bezoek Gent"
  city = "Gent"
  starts = 2027-06-29T14:00:00
  ends = 2027-06-29T17:00:00
"""
NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.timezone.utc)
HEAD = (
    "From: Piet Jansen <p.jansen@gemeente.nl>\r\nTo: tour@example.nl\r\n"
    "Date: Tue, 01 Dec 2026 10:00:00 +0100\r\nMessage-ID: <x@y>\r\nMIME-Version: 1.0\r\n"
)


@pytest.fixture(scope="module")
def u(tmp_path_factory: pytest.TempPathFactory) -> Understander:
    path = tmp_path_factory.mktemp("cat") / "catalogue.toml"
    path.write_text(CAT_TOML, encoding="utf-8")
    return Understander(load_catalogue([path]))


def mail(body: str, subject: str = "Aanmelding", headers: str = "", ctype: str = "text/plain; charset=utf-8") -> bytes:
    return (f"{HEAD}Subject: {subject}\r\n{headers}Content-Type: {ctype}\r\n\r\n{body}").encode("utf-8")


def test_message_without_any_text_is_reviewed(u: Understander) -> None:
    # No subject and an empty body: nothing can be read, so a person looks at it.
    it = u.understand(mail("", subject=""), now=NOW)
    assert (it.kind, it.review) == ("other", True)
    assert it.reasons == ["The message has no text"]


def test_missing_boundary_without_clear_request_is_reviewed(u: Understander) -> None:
    # The multipart boundary never occurs; what is left is not a clear request.
    body = "--other\r\nContent-Type: text/plain\r\n\r\nZie bijlage.\r\n--other--\r\n"
    it = u.understand(mail(body, subject="Stukken", ctype='multipart/mixed; boundary="nowhere"'), now=NOW)
    assert it.review
    assert it.reasons[0].startswith("The message is malformed: ") and "boundary" in it.reasons[0]


def test_undecodable_bytes_are_reported_as_malformed(u: Understander) -> None:
    raw = mail("x", subject="Vraag").replace(b"\r\n\r\nx", b"\r\n\r\nWat \xff\xfe is dit")
    it = u.understand(raw, now=NOW)
    assert it.review and it.reasons[0] == "The message is malformed: undecodable text"


def test_malformed_mail_with_a_clear_registration_proceeds(u: Understander) -> None:
    body = "--other\r\nContent-Type: text/plain\r\n\r\nGraag meld ik mij aan voor Haarlem.\r\n--other--\r\n"
    it = u.understand(mail(body, ctype='multipart/mixed; boundary="nowhere"'), now=NOW)
    assert (it.kind, it.sessions, it.review) == ("register", ["t-haarlem"], False)


@pytest.mark.parametrize(
    "words, session",
    [
        ("Graag schrijf ik me in voor de Limburgse bijeenkomst.", "t-maastricht"),  # region adjective
        ("Ik wil me aanmelden voor de bijeenkomst voor Noord-Nederland.", "t-leeuwarden"),  # region + country
        ("Please put me down for the Ghent visit.", "t-gent"),  # exonym
        ("Ik wil graag komen op de 16e.", "t-leeuwarden"),  # day without month
        ("Ik kies voor de ochtendsessie. Kunt u mij inschrijven?", "t-maastricht"),  # part of day compound
        (
            "Ik had eerst Haarlem in gedachten, maar ik wil me niet in Haarlem\nmaar in Leeuwarden aanmelden.",
            "t-leeuwarden",
        ),  # cue split by "maar"
    ],
)
def test_general_register_rules(u: Understander, words: str, session: str) -> None:
    it = u.understand(mail(words), now=NOW)
    assert (it.kind, it.sessions, it.review) == ("register", [session], False)


def test_number_chosen_from_quoted_invitation(u: Understander) -> None:
    body = (
        "Voor mij graag nummer 2.\n\nVan: Regiotour <tour@example.nl>\nVerzonden: maandag 1 maart 2027\n"
        "Aan: Piet\nOnderwerp: Uitnodiging Regiotour\n\n1. Haarlem, 8 juni\n2. Leeuwarden, 16 juni\n"
        "3. Maastricht, 25 juni\n"
    )
    it = u.understand(mail(body, subject="RE: Uitnodiging Regiotour"), now=NOW)
    assert (it.kind, it.sessions, it.review) == ("register", ["t-leeuwarden"], False)


def test_change_from_to_and_colleague_only(u: Understander) -> None:
    # "van X naar Y" is a move; a colleague with an address is moved, the sender is not.
    it = u.understand(
        mail(
            "Kunt u onze collega Anna (a.berg@gemeente.nl) omzetten van Haarlem naar Leeuwarden?", subject="Wijziging"
        ),
        now=NOW,
    )
    assert (it.kind, it.from_sessions, it.sessions) == ("change", ["t-haarlem"], ["t-leeuwarden"])
    assert [p.email for p in it.participants] == ["a.berg@gemeente.nl"]


def test_partial_cancellation_called_a_change(u: Understander) -> None:
    it = u.understand(mail("Kleine wijziging: Haarlem laat ik toch schieten.", subject="Wijziging"), now=NOW)
    assert (it.kind, it.sessions) == ("cancel", ["t-haarlem"])


def test_read_receipt_is_other(u: Understander) -> None:
    it = u.understand(
        mail(
            "Uw bericht is gelezen.",
            subject="Gelezen: Aanmelding",
            ctype="multipart/report; report-type=disposition-notification; boundary=b",
        ),
        now=NOW,
    )
    assert (it.kind, it.may_reply) == ("other", False)


@pytest.mark.parametrize(
    "body, kind, sessions",
    [
        ("Ja, dan Haarlem.\r\n\r\nGroet, Piet", "register", ["t-haarlem"]),
        ("Prima, graag Maastricht dan.", "register", ["t-maastricht"]),
        ("Yes, then Ghent please.", "register", ["t-gent"]),
        ("Ja, dan kom ik niet naar Haarlem.", None, None),
    ],
)
def test_assent_picks_an_offered_alternative(
    u: Understander, body: str, kind: str | None, sessions: list[str] | None
) -> None:
    # The answer to a waitlist mail ("ja, dan Arnhem") is a registration for that session;
    # a negated assent is not.
    it = u.understand(mail(body, subject="Re: Wachtlijst"), now=NOW)
    if kind is None:
        assert it.kind != "register" or it.review
    else:
        assert (it.kind, it.sessions, it.review) == (kind, sessions, False)


@pytest.mark.parametrize(
    "body",
    [
        "Please register me for Haarlem \u2013 sorry, I mean Leeuwarden. Maastricht is covered by my colleague.",
        "Graag meld ik mij aan voor Haarlem. Sorry, ik bedoel Leeuwarden. Maastricht doet mijn collega.",
    ],
)
def test_a_correction_carries_the_request_it_replaces(u: Understander, body: str) -> None:
    # The corrected clause lost its request cue, so every session named anywhere (the colleague's
    # Maastricht) was booked: the correction is the request now, and only what it names counts.
    it = u.understand(mail(body), now=NOW)
    assert it.kind == "register" and it.sessions == ["t-leeuwarden"]


def test_the_sender_listed_by_full_name_is_one_of_the_people(u: Understander) -> None:
    # "We come with three: 1. <the sender, no address> 2. ... 3. ...": the sender was left out.
    body = (
        "Wij komen graag met drie personen naar Haarlem:\n\n1. Piet Jansen, beleidsadviseur\n"
        "2. Ruud Smit (r.smit@gemeente.nl)\n3. Yvonne Tan (y.tan@gemeente.nl)\n\nGroet,\nPiet Jansen"
    )
    it = u.understand(mail(body), now=NOW)
    assert sorted(p.email for p in it.participants) == [
        "p.jansen@gemeente.nl",
        "r.smit@gemeente.nl",
        "y.tan@gemeente.nl",
    ]


def test_a_secretary_whose_name_is_only_in_her_signature_is_not_registered(u: Understander) -> None:
    body = (
        "Graag meld ik wethouder Bos (a.bos@gemeente.nl) aan voor Haarlem.\n\nMet vriendelijke groet,\n"
        "Piet Jansen\nsecretariaat"
    )
    it = u.understand(mail(body), now=NOW)
    assert [p.email for p in it.participants] == ["a.bos@gemeente.nl"]
