"""The fresh corpus (tests/corpus_fresh), written after tuning on the other two, as a regression floor.

Its first score, before any rule was changed for it, was critical=1 and automation 62.1 %
(the honest generalisation number). The general fixes then reached 98.5 %; "explain everything,
or ask" (issue 9: a reading acts only when it accounts for every reference) costs a little here
(95.5 %) for safety on mail nobody here wrote. Keep critical at 0 and automation above the floor.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mailflow.evaluate.score import score
from mailflow.evaluate.report import explain_corpus
from mailflow.understand import lexicon as lexicon_mod

FRESH = Path(__file__).parent / "corpus_fresh"
FLOOR_AUTOMATION = 95.0


def test_fresh_corpus_floor() -> None:
    if not (FRESH / "labels.jsonl").exists() or not (FRESH / "messages").is_dir():
        pytest.skip(f"{FRESH} is absent")
    labels = [json.loads(x) for x in (FRESH / "labels.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    sc = score(labels, explain_corpus(FRESH))
    assert sc.critical == []
    assert sc.automation >= FLOOR_AUTOMATION


@pytest.fixture(scope="module")
def lex():
    return lexicon_mod.load_lexicon()


@pytest.mark.parametrize(
    "text",
    [
        "ik zou graag aanwezig zijn op de ontmoeting in brugge",
        "graag noteer ik mij voor de sessie",
        "hierbij bevestig ik mijn aanwezigheid op 03.06.2027",
        "ik schuif graag aan!",
        "ik kijk mee!",
        "ik sluit graag aan bij de sessie daarover",
        "ik zal er dinsdag de 18de bij zijn",
        "graag 1 plaats voor de limburgse ontmoeting",
        "doe mij ook maar een plekje bij de sessie",
        "i'd like to join the meeting in gent",
        "we'll be there",
        "ich melde mich gerne fur den studienbesuch an",
    ],
)
def test_register_phrasings(lex, text: str) -> None:
    assert lex.find("register", text)


@pytest.mark.parametrize(
    "text",
    [
        "ik moet helaas forfait geven voor gent",
        "mijn inschrijving voor hitte mag vervallen",
        "toch niet, sorry.",
        "door omstandigheden zal de burgemeester toch niet aanwezig kunnen zijn",
        "ik kan helaas niet op 27 mei.",
        "ik ben er helaas niet bij",
    ],
)
def test_cancel_phrasings(lex, text: str) -> None:
    assert lex.find("cancel", text)


@pytest.mark.parametrize(
    "text",
    [
        "ik ben er vorig jaar ook bij geweest",
        "ik ben er helaas niet bij",
        "dat sluit aan bij ons beleid",
        "graag mijn plaats doorgeven aan een collega",
    ],
)
def test_not_a_registration(lex, text: str) -> None:
    assert not lex.find("register", text)


def test_english_my_is_not_frisian_me(lex) -> None:
    # Frisian "my" = "me"; in English mail "my colleague" must not put the sender on the list.
    assert not lex.find("first_person_object", "please sign up my colleague")
    assert lex.find("first_person_object", "meld my oan")


def test_vervanging_of_things_is_no_substitution(lex) -> None:
    assert not lex.find("substitute", "vragen over de vervanging van bruggen en kademuren")
    assert lex.find("substitute", "mijn collega neemt mijn plaats in")
