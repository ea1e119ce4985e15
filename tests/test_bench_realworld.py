"""The real-world no-harm check's own parts (bench/realworld*.py), on hand-made mail only."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import realworld_bounces  # noqa: E402
import realworld_extract  # noqa: E402
from realworld_measure import Measurer, readdress  # noqa: E402

from support import make_catalogue  # noqa: E402

DSN = (
    b"From: MAILER-DAEMON@mx.example\r\nTo: sender@example.org\r\nSubject: Undelivered\r\n"
    b'MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
    b"--b\r\nContent-Type: text/plain\r\n\r\nCould not deliver.\r\n"
    b"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example\r\n\r\n"
    b"Final-Recipient: rfc822; gone@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
    b"Final-Recipient: rfc822; slow@example.net\r\nAction: delayed\r\nStatus: 4.4.1\r\n\r\n"
    b"--b\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: sender@example.org\r\nCc: secretary@example.org\r\n"
    b"Message-ID: <abc.123@example.org>\r\nTo: gone@example.net\r\n\r\n--b--\r\n"
)


def test_readdress_replaces_every_to_and_keeps_cc_and_line_ends() -> None:
    # Folded and repeated To fields all go; one To with the mailbox takes the first one's place.
    raw = b"From: a@x.example\r\nTo: b@y.example,\r\n c@z.example\r\nCc: d@w.example\r\nTo: e@v.example\r\n\r\nBody\r\n"
    new, original = readdress(raw, "d-loket@vng.nl")
    assert new == b"From: a@x.example\r\nTo: d-loket@vng.nl\r\nCc: d@w.example\r\n\r\nBody\r\n"
    assert original == ["b@y.example", "c@z.example", "e@v.example"]


def test_readdress_adds_a_to_when_there_is_none() -> None:
    new, original = readdress(b"From: a@x.example\nSubject: s\n\nhi\n", "d-loket@vng.nl")
    assert new == b"To: d-loket@vng.nl\nFrom: a@x.example\nSubject: s\n\nhi\n" and original == []


def test_oracle_knows_failed_delayed_and_bystanders() -> None:
    # The DSN names who failed; the returned headers name people who must never be marked.
    o = realworld_bounces.oracle(DSN, ["sender@example.org"])
    assert o.failed == {"gone@example.net"} and o.delayed == {"slow@example.net"}
    assert o.judge("gone@example.net") is None
    assert o.judge("secretary@example.org") == "the cc address"
    assert o.judge("abc.123@example.org") == "a Message-ID"
    assert o.judge("slow@example.net") == "only delayed, not failed"
    assert o.judge("someone@else.example") == "not a failed recipient"


def test_published_expectations_count_as_failed() -> None:
    o = realworld_bounces.oracle(b"From: x@y.example\r\n\r\nUser unknown: kim@example.net\r\n", [], ["Kim@Example.net"])
    assert o.judge("kim@example.net") is None


def test_a_message_is_judged_and_a_bounce_marks_are_checked() -> None:
    # The real path runs on a catalogue built in code; the DSN marks only the failed recipient.
    cat = make_catalogue()
    mailbox = cat.events[0].mailbox
    m = Measurer(cat, mailbox, tuple(cat.mailboxes), dt.datetime(2026, 11, 22, 12, tzinfo=dt.timezone.utc))
    out = m.measure(Path("x/dsn.eml"), "x", "bounce", DSN)
    assert out.error is None and out.kind == "bounce"
    assert out.wrong_marks == {} and not out.auto and not out.replies and not out.other_event


def test_a_crash_is_recorded_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    cat = make_catalogue()
    m = Measurer(cat, cat.events[0].mailbox, (), dt.datetime(2026, 11, 22, 12, tzinfo=dt.timezone.utc))

    def boom(*args: object, **kwargs: object) -> None:
        raise ValueError("bad mail")

    monkeypatch.setattr(m.understander, "understand", boom)
    out = m.measure(Path("x/1.eml"), "x", "spam", b"Subject: hi\r\n\r\nhi\r\n")
    assert out.error == "understanding: ValueError: bad mail"


def test_sources_list_is_valid_and_mbox_splits() -> None:
    sources = realworld_extract.load_sources(BENCH / "realworld_sources.toml")
    assert {s.category for s in sources} == set(realworld_extract.CATEGORIES)
    assert all(s.paths or s.layout == "public-inbox" for s in sources)
    box = b"From a@x Mon Jan  1 00:00:00 2001\nSubject: one\n\n>From here\n\nFrom b@x Mon Jan  1 00:00:00 2001\nSubject: two\n\nx\n"
    parts = realworld_extract.split_mbox(box)
    assert len(parts) == 2 and parts[0].startswith(b"Subject: one") and parts[1].startswith(b"Subject: two")
