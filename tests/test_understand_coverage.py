"""Explain everything, or ask: a reading acts only when it accounts for every session-like reference.

Each test is a pattern behind a wrong automatic registration on mail nobody here wrote (issue 9):
parts named by number, time, acronym or description, exclusions, fallbacks, self-corrections and
choices. The outcome is either the right sessions, or review with the leftover named.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mailflow.catalogue import load_catalogue
from mailflow.understand import Understander
from mailflow.understand.types import Interpretation

CAT_TOML = """
[[events]]
key = "nascholing"
mailbox = "nascholing@example.nl"
title = "Nascholing huisartsen"
max_sessions_per_participant = 4
  [[events.sessions]]
  key = "mod-1"
  title = "Module 1: Diabetes en medicatie"
  city = "Leiden"
  starts = 2027-02-02T19:00:00
  ends = 2027-02-02T21:30:00
  [[events.sessions]]
  key = "mod-2"
  title = "Module 2: Hartfalen in de eerste lijn"
  city = "Leiden"
  starts = 2027-02-16T19:00:00
  ends = 2027-02-16T21:30:00
  [[events.sessions]]
  key = "mod-3"
  title = "Module 3: Antimicrobiele resistentie in de praktijk"
  city = "Leiden"
  starts = 2027-03-02T19:00:00
  ends = 2027-03-02T21:30:00
  [[events.sessions]]
  key = "mod-4"
  title = "Module 4: Ouderenzorg"
  city = "Leiden"
  starts = 2027-03-16T19:00:00
  ends = 2027-03-16T21:30:00

[[events]]
key = "haven"
mailbox = "erfgoed@example.be"
title = "Havendagen"
language = "nl-BE"
timezone = "Europe/Brussels"
  [[events.sessions]]
  key = "rondvaart-11"
  title = "Havenrondvaart"
  starts = 2027-04-10T11:00:00
  ends = 2027-04-10T12:30:00
  capacity = 40
  [[events.sessions]]
  key = "rondvaart-14"
  title = "Havenrondvaart"
  starts = 2027-04-10T14:00:00
  ends = 2027-04-10T15:30:00
  capacity = 40
  [[events.sessions]]
  key = "museum"
  title = "Rondleiding havenmuseum"
  venue = "Havenmuseum"
  starts = 2027-04-10T10:00:00
  ends = 2027-04-10T11:00:00
  [[events.sessions]]
  key = "deventer"
  title = "Wandeling Deventer"
  city = "Deventer"
  starts = 2027-04-11T10:00:00
  ends = 2027-04-11T12:00:00
  [[events.sessions]]
  key = "zutphen"
  title = "Wandeling Zutphen"
  city = "Zutphen"
  starts = 2027-04-11T14:00:00
  ends = 2027-04-11T16:00:00
  [[events.sessions]]
  key = "brug"
  title = "Lezing"
  description = "Een avond over de nieuwe brug over de Schelde"
  starts = 2027-04-12T20:00:00
  ends = 2027-04-12T22:00:00
  [[events.sessions]]
  key = "kinderen"
  title = "Workshop voor kinderen"
  starts = 2027-04-13T20:00:00
  ends = 2027-04-13T21:00:00
"""
NOW = dt.datetime(2027, 1, 10, 12, 0, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def u(tmp_path_factory: pytest.TempPathFactory) -> Understander:
    path: Path = tmp_path_factory.mktemp("cat") / "catalogue.toml"
    path.write_text(CAT_TOML, encoding="utf-8")
    return Understander(load_catalogue([path]))


def read(u: Understander, body: str, to: str = "nascholing@example.nl") -> Interpretation:
    raw = (
        f"From: Anna de Wit <a.dewit@praktijk.nl>\r\nTo: {to}\r\nSubject: Aanmelding\r\n"
        f"Date: Sun, 10 Jan 2027 10:00:00 +0100\r\nMessage-ID: <c@praktijk.nl>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()
    return u.understand(raw, now=NOW)


def booked(it: Interpretation) -> tuple[list[str], bool]:
    return sorted(it.sessions), it.review


def test_modules_by_number_with_a_list(u: Understander) -> None:
    assert booked(read(u, "Graag meld ik mij aan voor module 1, 2 en 4.")) == (["mod-1", "mod-2", "mod-4"], False)


def test_a_range_of_modules(u: Understander) -> None:
    assert booked(read(u, "Ik schrijf me in voor module 2 t/m 4.")) == (["mod-2", "mod-3", "mod-4"], False)


def test_a_module_number_that_does_not_exist_goes_to_review(u: Understander) -> None:
    it = read(u, "Graag meld ik mij aan voor module 1 en module 7.")
    assert it.review and any("module 7" in r for r in it.reasons)


def test_ordinal_modules(u: Understander) -> None:
    assert booked(read(u, "Ik meld me aan voor de eerste en de derde module.")) == (["mod-1", "mod-3"], False)


def test_all_except_one_is_not_booked_as_the_exception(u: Understander) -> None:
    it = read(u, "Ik wil me aanmelden voor alle modules behalve module 3.")
    assert "mod-3" not in it.sessions and it.review


def test_a_part_named_by_description_keeps_the_rest_from_being_booked_alone(u: Understander) -> None:
    it = read(u, "Ik meld me aan voor de havenrondvaart van 11u en de lezing over de brug.", to="erfgoed@example.be")
    # the lecture is only described: either it is found too, or a person looks; never 11u alone
    assert it.review or sorted(it.sessions) == ["brug", "rondvaart-11"]


def test_a_time_chooses_the_slot(u: Understander) -> None:
    it = read(u, "Graag 2 plaatsen voor de havenrondvaart van 14u.", to="erfgoed@example.be")
    assert it.sessions == ["rondvaart-14"]


def test_a_time_that_matches_no_slot_goes_to_review(u: Understander) -> None:
    it = read(u, "Ik schrijf me in voor de havenrondvaart om 16u.", to="erfgoed@example.be")
    assert it.review and not it.sessions or it.review


def test_a_self_correction_books_only_the_corrected_session(u: Understander) -> None:
    it = read(u, "Ik schrijf me in voor de wandeling in Deventer - sorry, ik bedoel Zutphen.", to="erfgoed@example.be")
    assert it.sessions == ["zutphen"] and "deventer" not in it.sessions


def test_a_correction_in_the_next_sentence_takes_back_the_first(u: Understander) -> None:
    it = read(u, "Ik schrijf me in voor de wandeling in Deventer. Sorry, ik bedoel Zutphen.", to="erfgoed@example.be")
    assert it.sessions == ["zutphen"]


def test_a_fallback_named_before_its_condition_is_not_booked(u: Understander) -> None:
    it = read(
        u,
        "Ik kom graag naar de rondleiding in het havenmuseum, of de wandeling in Zutphen als die vol is.",
        to="erfgoed@example.be",
    )
    assert it.sessions == ["museum"] and it.alternatives == ["zutphen"]


def test_a_choice_between_two_sessions_is_left_to_a_person(u: Understander) -> None:
    it = read(
        u, "Ik schrijf me in voor de wandeling in Deventer of Zutphen, maakt me niet uit.", to="erfgoed@example.be"
    )
    assert it.review


def test_an_acronym_of_a_title(u: Understander) -> None:
    assert (
        booked(read(u, "Graag aanmelden voor de module AMRIDP.")) == (["mod-3"], False)
        or read(u, "Graag aanmelden voor de module AMRIDP.").review
    )


def test_context_in_the_past_is_not_a_request(u: Understander) -> None:
    it = read(
        u,
        "Vorig jaar was ik bij de wandeling in Deventer. Dit jaar schrijf ik me in voor Zutphen.",
        to="erfgoed@example.be",
    )
    assert booked(it) == (["zutphen"], False)


def test_a_session_named_outside_the_request_sentence_is_not_dropped(u: Understander) -> None:
    it = read(u, "Ik meld me aan voor module 1. Module 2 lijkt me ook erg interessant.")
    assert it.review or sorted(it.sessions) == ["mod-1", "mod-2"]


def test_a_condition_on_attending_goes_to_review(u: Understander) -> None:
    it = read(u, "Als mijn dienst het toelaat kom ik naar module 1.")
    assert it.review and any("condition" in r for r in it.reasons)


def test_a_condition_elsewhere_in_the_mail_does_not_block(u: Understander) -> None:
    it = read(u, "Ik meld me aan voor module 1. Ik wil best iets vertellen over onze praktijk als dat nuttig is.")
    assert booked(it) == (["mod-1"], False)


def test_politeness_is_no_condition(u: Understander) -> None:
    assert booked(read(u, "Als het kan, meld ik me graag aan voor module 2.")) == (["mod-2"], False)


def test_an_eligibility_question_is_a_question(u: Understander) -> None:
    it = read(u, "Kan ik me ook inschrijven voor module 1 als ik doktersassistente ben?")
    assert it.kind == "question" and it.review


def test_others_who_register_themselves_register_nobody(u: Understander) -> None:
    it = read(u, "Mijn collega's melden zich zelf aan voor module 1.")
    assert it.review and not it.participants


def test_a_named_person_without_address_is_not_replaced_by_the_sender(u: Understander) -> None:
    for body in ("Dokter Bos komt graag naar module 2.", "Wethouder Bos komt graag naar module 3."):
        it = read(u, body)
        assert it.review and "a.dewit@praktijk.nl" not in [p.email for p in it.participants]


def test_cancelling_for_a_named_person_without_address_is_not_the_senders_cancellation(u: Understander) -> None:
    it = read(u, "Graag Carla Smit afmelden voor module 1, zij is ziek.")
    assert it.review and "a.dewit@praktijk.nl" not in [p.email for p in it.participants]


def test_myself_and_a_colleague(u: Understander) -> None:
    it = read(u, "Graag meld ik mezelf en mijn collega Quinten Hendriks (q.hendriks@x.nl) aan voor module 1.")
    assert sorted(p.email for p in it.participants) == ["a.dewit@praktijk.nl", "q.hendriks@x.nl"]


def test_a_companion_without_address_goes_to_review(u: Understander) -> None:
    it = read(u, "Ik kom met mijn man naar module 1.")
    assert it.review
