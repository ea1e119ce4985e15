"""The address decides the event: words only choose among the sessions of the event(s) at that address."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mailflow.catalogue import load_catalogue
from mailflow.understand import Understander

CAT_TOML = """
[[events]]
key = "dia"
mailbox = "d-loket@example.nl"
title = "Ontwerpsessies Democratie in Actie"
max_sessions_per_participant = 1
  [[events.sessions]]
  key = "dia-utrecht"
  title = "Sessie Midden-west"
  city = "Utrecht"
  starts = 2027-06-14T09:00:00
  ends = 2027-06-14T12:00:00
  [[events.sessions]]
  key = "dia-breda"
  title = "Sessie Zuid-west"
  city = "Breda"
  starts = 2027-07-05T14:00:00
  ends = 2027-07-05T17:00:00

[[events]]
key = "m50"
mailbox = "bijeenkomsten@example.nl"
title = "M50 online bijeenkomst"
  [[events.sessions]]
  key = "m50-teams"
  title = "Online bijeenkomst economisch herstel"
  online = true
  venue = "Microsoft Teams"
  starts = 2027-09-09T15:30:00
  ends = 2027-09-09T17:30:00
  [[events.sessions]]
  key = "m50-arnhem"
  title = "Werkbezoek"
  city = "Arnhem"
  starts = 2027-10-09T15:30:00
  ends = 2027-10-09T17:30:00

[[events]]
key = "dag-2027"
mailbox = "dag@example.nl"
title = "Dag van de besturen 2027"
  [[events.sessions]]
  key = "dag-2027-gent"
  title = "Dag 2027"
  city = "Gent"
  starts = 2027-05-10T09:00:00
  ends = 2027-05-10T17:00:00

[[events]]
key = "dag-2028"
mailbox = "dag@example.nl"
title = "Dag van de besturen 2028"
  [[events.sessions]]
  key = "dag-2028-brugge"
  title = "Dag 2028"
  city = "Brugge"
  starts = 2028-05-10T09:00:00
  ends = 2028-05-10T17:00:00
"""
NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def u(tmp_path_factory: pytest.TempPathFactory) -> Understander:
    path: Path = tmp_path_factory.mktemp("cat") / "catalogue.toml"
    path.write_text(CAT_TOML, encoding="utf-8")
    return Understander(load_catalogue([path]))


def mail(body: str, to: str = "d-loket@example.nl", subject: str = "Aanmelding") -> bytes:
    return (
        f"From: Piet Jansen <p.jansen@gemeente.nl>\r\nTo: {to}\r\nSubject: {subject}\r\n"
        f"Date: Tue, 01 Dec 2026 10:00:00 +0100\r\nMessage-ID: <x@y>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


def test_words_of_another_event_do_not_move_the_mail_there(u: Understander) -> None:
    # A question that says "online" and "Microsoft Teams" to the D-loket stays with D-loket's event.
    it = u.understand(mail("Kan ik ook online via Microsoft Teams meedoen?", subject="Vraag"), now=NOW)
    assert it.event_key == "dia"


def test_a_session_of_another_event_is_never_booked_from_this_address(u: Understander) -> None:
    # "Arnhem" is a session of the M50 event only: at the D-loket address nothing explains it.
    it = u.understand(mail("Ik meld mij aan voor Arnhem."), now=NOW)
    assert it.sessions == [] and it.review
    assert any("Arnhem" in r or "arnhem" in r for r in it.reasons)


def test_the_envelope_recipient_wins_over_the_to_header(u: Understander) -> None:
    # Bcc'd to the M50 address: the envelope says where it was delivered, not the visible To.
    it = u.understand(mail("Ik kom graag naar Arnhem."), now=NOW, delivered_to=["bijeenkomsten@example.nl"])
    assert (it.event_key, it.sessions, it.review) == ("m50", ["m50-arnhem"], False)


def test_a_plus_address_reaches_the_same_event(u: Understander) -> None:
    it = u.understand(mail("Ik kom graag naar Breda."), now=NOW, delivered_to=["d-loket+r42@example.nl"])
    assert (it.event_key, it.sessions) == ("dia", ["dia-breda"])


def test_delivered_to_header_stands_in_for_a_file_without_envelope(u: Understander) -> None:
    raw = b"Delivered-To: bijeenkomsten@example.nl\r\n" + mail("Ik kom graag naar Arnhem.", to="list@example.org")
    it = u.understand(raw, now=NOW)
    assert it.event_key == "m50" and it.sessions == ["m50-arnhem"]


def test_a_shared_mailbox_lets_words_choose_the_event(u: Understander) -> None:
    it = u.understand(mail("Ik kom graag naar Brugge.", to="dag@example.nl"), now=NOW)
    assert (it.event_key, it.sessions) == ("dag-2028", ["dag-2028-brugge"])


def test_a_bare_signature_is_not_the_request(u: Understander) -> None:
    # "Beleidsadviseur Arnhem-Nijmegen" under the name is the signature, not another session.
    it = u.understand(mail("Ik kom graag naar Utrecht.\r\n\r\nPiet Jansen\r\nBeleidsadviseur regio Arnhem"), now=NOW)
    assert (it.sessions, it.review) == (["dia-utrecht"], False)
