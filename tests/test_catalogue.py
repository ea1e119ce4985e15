"""The catalogue loader: the shared corpus catalogue loads as it is; mistakes point at file:line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mailflow.catalogue import CatalogueError, load_catalogue

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus" / "catalogue.toml"
DEMO = ROOT / "demo" / "catalogue.toml"

MINIMAL = """\
[[events]]
key = "ev"
mailbox = "Aanmelden@Example.nl"
title = "Event"
timezone = "Europe/Amsterdam"

  [[events.sessions]]
  key = "ev-a"
  title = "A"
  starts = 2030-01-10T09:00:00
  ends = 2030-01-10T12:00:00
"""


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "cat.toml"
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.skipif(not SHARED.exists(), reason="shared corpus not beside the checkout")
def test_shared_catalogue_loads_as_it_is() -> None:
    # The corpus catalogue is the reference schema: 6 events, 26 sessions.
    cat = load_catalogue([SHARED])
    assert len(cat.events) == 6 and len(cat.sessions) == 26
    s = cat.session("strategio-economie")
    assert s.venue == "Technopolis"  # inherited from the event
    assert s.starts.utcoffset() == dt.timedelta(hours=2)
    assert cat.event("dlb-2025").is_open(dt.datetime(2026, 11, 22, tzinfo=dt.timezone.utc)) is False
    assert cat.event("dlb-2027").is_open(dt.datetime(2026, 11, 22, tzinfo=dt.timezone.utc)) is True


def test_demo_catalogue_is_valid_and_in_the_future() -> None:
    # The tour must work on any day for years: every demo session is ahead of us.
    cat = load_catalogue([DEMO])
    now = dt.datetime.now(dt.timezone.utc)
    assert all(e.is_open(now) for e in cat.events)


def test_mailbox_is_lower_cased(tmp_path: Path) -> None:
    cat = load_catalogue([write(tmp_path, MINIMAL)])
    assert cat.events[0].mailbox == "aanmelden@example.nl"
    assert cat.events_for_mailbox("AANMELDEN@example.nl")[0].key == "ev"


def test_unknown_session_key_names_file_and_line(tmp_path: Path) -> None:
    # A typo'd key in a session must point at its own line.
    p = write(tmp_path, MINIMAL + "  capacty = 20\n")
    with pytest.raises(CatalogueError) as err:
        load_catalogue([p])
    assert f"{p}:12:" in str(err.value) and "capacty" in str(err.value)


def test_unknown_event_key_names_line(tmp_path: Path) -> None:
    p = write(tmp_path, MINIMAL.replace('title = "Event"', 'title = "Event"\nlocation = "x"'))
    with pytest.raises(CatalogueError, match=r"cat.toml:5: .*location.*unknown key"):
        load_catalogue([p])


@pytest.mark.parametrize(
    "old, new, match",
    [
        ("ends = 2030-01-10T12:00:00", "ends = 2030-01-10T08:00:00", "must be later than starts"),
        ('timezone = "Europe/Amsterdam"', 'timezone = "Mars/Olympus"', "IANA time zone"),
        ("starts = 2030-01-10T09:00:00", 'starts = "tomorrow"', "local date-time"),
        ('mailbox = "Aanmelden@Example.nl"', 'mailbox = "nobody"', "e-mail address"),
        ('key = "ev-a"', 'key = "Ev A"', "lower-case"),
        ('title = "A"', 'title = "A"\n  online_url = "teams"', r"cat.toml:10: session 'ev-a'.online_url: .*https://"),
        ('title = "A"', 'title = "A"\n  online_url_release = "3 days"', "set online_url too"),
        (
            'title = "A"',
            'title = "A"\n  online_url = "https://x.example/j"\n  online_url_release = "soon"',
            r"online_url_release: expected .*\"3 days\"",
        ),
    ],
)
def test_bad_values_are_clear(tmp_path: Path, old: str, new: str, match: str) -> None:
    with pytest.raises(CatalogueError, match=match):
        load_catalogue([write(tmp_path, MINIMAL.replace(old, new))])


def test_duplicate_session_keys_across_files(tmp_path: Path) -> None:
    a = write(tmp_path, MINIMAL)
    b = tmp_path / "b.toml"
    b.write_text(MINIMAL.replace('key = "ev"', 'key = "ev2"'), encoding="utf-8")
    with pytest.raises(CatalogueError, match="ev-a"):
        load_catalogue([a, b])


def test_invalid_toml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="not valid TOML"):
        load_catalogue([write(tmp_path, "[[events]\n")])
    with pytest.raises(CatalogueError, match="cannot read"):
        load_catalogue([tmp_path / "nope.toml"])


def test_a_join_link_released_before_the_start(tmp_path: Path) -> None:
    # "The link is mailed a few days before": a duration before the start, or a local moment.
    text = MINIMAL.replace(
        'title = "A"', 'title = "A"\n  online_url = "https://x.example/j"\n  online_url_release = "2 days"'
    )
    s = load_catalogue([write(tmp_path, text)]).session("ev-a")
    assert s.link_release() == s.starts - dt.timedelta(days=2)
    assert s.link_at(s.starts - dt.timedelta(days=3)) is None and s.link_at(s.starts) == "https://x.example/j"
