"""Whom a mail greets, and in which words: names as people write them, Flemish and English wording."""

from __future__ import annotations

import datetime as dt

import pytest

from mailflow.catalogue.load import parse_before
from mailflow.config import Sender
from mailflow.outbound.greeting import greeting_name


@pytest.mark.parametrize(
    "display, expected",
    [
        ("Janssen, Ruud", "Ruud Janssen"),  # Outlook's "Last, First"
        ('"Vries, Jan de"', "Jan de Vries"),
        ("JANSSEN, R. (Gemeente Assen)", "R. Janssen"),
        ("Petra de Vries | Gemeente Utrecht", "Petra de Vries"),
        ("Anne-Marie van den Berg", "Anne-Marie van den Berg"),
        ("p.devries@gemeente.example", None),  # an address is no name: "Geachte heer/mevrouw"
        ("Janssen, Ruud, Gemeente Assen", None),
        ("", None),
    ],
)
def test_greeting_name(display: str, expected: str | None) -> None:
    assert greeting_name(display) == expected


def test_english_mail_is_not_signed_in_dutch() -> None:
    assert Sender().display_name("en") == "Secretariat" and Sender().display_name("nl-BE") == "Secretariaat"
    own = Sender(name="Secretariaat VNG", name_en="VNG Secretariat")
    assert own.display_name("en") == "VNG Secretariat" and own.display_name("nl") == "Secretariaat VNG"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3 days", dt.timedelta(days=3)),
        ("48 hours", dt.timedelta(hours=48)),
        ("2 dagen voor", dt.timedelta(days=2)),
        ("P1W", dt.timedelta(weeks=1)),
        ("PT36H", dt.timedelta(hours=36)),
        ("soon", None),
        ("P", None),
    ],
)
def test_a_link_release_before_the_start(text: str, expected: dt.timedelta | None) -> None:
    assert parse_before(text) == expected
