"""Bounded reading: hostile messages are understood on a bounded prefix, and never acted on from it alone.

These tests check the result, not the time: the CPU each message costs is
measured in bench/ (``bench/bench_bounded.py`` and the real-world check).
"""

from __future__ import annotations

import pytest

from mailflow.understand import Understander
from mailflow.understand import parse as parse_mod
from mailflow.understand.parse import parse
from mailflow.understand.text import fold, html_to_text

from support import make_catalogue

HEAD = (
    "From: Jan Smit <jan@gemeente.nl>\r\nTo: d-loket@vng.nl\r\nMessage-ID: <h1@gemeente.nl>\r\n"
    "Date: Sun, 22 Nov 2026 10:00:00 +0100\r\n"
)


@pytest.fixture(scope="module")
def u() -> Understander:
    return Understander(make_catalogue())


def unread(it) -> str:  # type: ignore[no-untyped-def]
    return next((r for r in it.reasons if r.startswith("The mail is longer than mailflow reads")), "")


def test_a_megabyte_on_one_line_is_read_in_part_and_held(u):
    # the request is read from the first characters; the rest goes to a person, nothing is booked
    raw = (HEAD + "Subject: Aanmelding\r\n\r\nIk meld mij aan voor Utrecht. " + "bla " * 250_000 + "\r\n").encode()
    it = u.understand(raw)
    assert it.kind == "register" and it.sessions == ["dia-utrecht"] and it.review
    assert "first 2,500 characters of the sender's own words" in unread(it)
    assert len(parse(raw).text) == parse_mod.TEXT_LIMIT


def test_a_200_kb_subject_is_cut_and_held(u):
    raw = (HEAD + "Subject: Aanmelding Utrecht " + "utrecht 14 juni " * 13_000 + "\r\n\r\nIk kom graag.\r\n").encode()
    p = parse(raw)
    assert len(p.subject) == parse_mod.SUBJECT_LIMIT and p.subject.startswith("Aanmelding Utrecht")
    it = u.understand(raw)
    assert it.review and "the subject's first 1,000 characters" in unread(it)


def test_thousands_of_parts_read_the_first_few(u):
    parts = "".join(
        f"--b\r\nContent-Type: text/plain\r\n\r\nIk meld mij aan voor Utrecht ({i}).\r\n" for i in range(5000)
    )
    raw = (
        HEAD
        + "Subject: Aanmelding\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        + parts
        + "--b--\r\n"
    ).encode()
    p = parse(raw)
    assert p.ok and p.truncated and p.text.count("Ik meld mij aan") == parse_mod.TEXT_PARTS
    it = u.understand(raw)
    assert it.kind == "register" and it.review and unread(it)


def test_hundreds_of_nested_multiparts_are_cut_not_parsed_in_square_time(u):
    nest = "".join(f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n" for i in range(500))
    raw = (
        HEAD
        + "Subject: Aanmelding\r\nMIME-Version: 1.0\r\n"
        + nest
        + "Content-Type: text/plain\r\n\r\nIk meld mij aan voor Utrecht.\r\n"
    ).encode()
    p = parse(raw)
    assert p.ok and p.truncated and "CloseBoundaryNotFoundDefect" not in p.defects
    it = u.understand(raw)
    assert it.review and it.kind not in ("cancel", "change") and not (it.kind == "register" and not it.review)


def test_a_huge_header_block_keeps_the_first_fields(u):
    received = "".join(
        f"Received: from relay{i}.example by mx.example; Sun, 22 Nov 2026 10:00:00 +0100\r\n" for i in range(5000)
    )
    raw = (HEAD + received + "Subject: Aanmelding\r\n\r\nIk meld mij aan voor Utrecht.\r\n").encode()
    p = parse(raw)
    assert p.ok and len(p.headers["received"]) < parse_mod.HEADER_FIELDS and p.from_addr == "jan@gemeente.nl"


def test_hostile_html_is_converted_linearly_and_sensibly():
    # "<" without ">" and an unclosed <style> no longer make the tag patterns backtrack over the rest
    assert html_to_text("a < b <br> c <b>d</b>") == "a < b\nc d"
    assert html_to_text("<p>Hallo</p><style>p{} " + "x " * 10 + "</p>") == "Hallo"
    assert html_to_text("<head><title>t</title></head><p>Ik kom</p><script>1<2</script>!") == "Ik kom\n!"
    big = html_to_text("<p>a < b " * 20_000)
    assert big.startswith("a < b") and "<p>" not in big


def test_a_part_cut_inside_a_character_is_not_undecodable():
    body = ("é" * (parse_mod.PART_LIMIT + 10)).encode("utf-8")
    raw = (
        HEAD + "Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode() + body
    p = parse(raw)
    assert p.truncated and "UndecodableText" not in p.defects and set(p.text) == {"é"}


def test_a_large_message_is_parsed_on_its_first_megabyte(u):
    # a registration with a 3 MB attachment: the text is read whole, the attachment's tail is not parsed
    attachment = "QUFB" * 19 + "\r\n"
    raw = (
        HEAD + "Subject: Aanmelding\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nIk meld mij aan voor Utrecht.\r\n"
        "--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Disposition: attachment; filename=a.pdf\r\n\r\n" + attachment * 40_000 + "--b--\r\n"
    ).encode()
    p = parse(raw)
    assert len(raw) > parse_mod.RAW_LIMIT and p.ok and not p.truncated and not p.defects
    assert p.text.strip() == "Ik meld mij aan voor Utrecht."
    it = u.understand(raw)
    assert it.kind == "register" and it.sessions == ["dia-utrecht"] and not unread(it)


def test_fold_keeps_its_meaning():
    assert fold("Théâtre `Café` ﬁ “Ω”") == "theatre 'cafe' fi \"ω\""
    assert fold("PLAIN ascii `x`") == "plain ascii 'x'"
