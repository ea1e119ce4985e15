"""Reading who wrote a mail: trusted Authentication-Results, addresses before names, our own text,
replies to our mail, where an answer may go, and a plain yes or no (pure; no database)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailflow.catalogue import load_catalogue
from mailflow.config import Trust
from mailflow.understand import Understander
from mailflow.understand.authentication import aligned, sender_auth
from mailflow.understand.lexicon import load_lexicon
from mailflow.understand.ours import OwnWording
from mailflow.understand.parse import parse
from mailflow.understand.replies import answer, our_references, reply_address

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def u() -> Understander:
    return Understander(load_catalogue([ROOT / "demo" / "catalogue.toml"]), trust=Trust(("mx.vng.example",)))


def mail(body: str, *, sender: str = "Jan <j.jansen@gemeente.example>", headers: str = "") -> bytes:
    return (
        f"From: {sender}\r\nTo: d-loket@vng.example\r\nSubject: Re: Bevestiging\r\n{headers}"
        f"Message-ID: <m1@gemeente.example>\r\nDate: Wed, 02 Dec 2026 10:00:00 +0100\r\n\r\n{body}\r\n"
    ).encode()


def test_only_our_receiving_systems_authentication_results_are_believed():
    ours = "mx.vng.example; dkim=pass header.d=gemeente.example; dmarc=pass header.from=gemeente.example"
    theirs = "mx.evil.test; dmarc=pass header.from=gemeente.example"
    auth = sender_auth([theirs, ours], ["mx.vng.example"])
    assert auth is not None and auth.authserv_id == "mx.vng.example" and auth.dmarc == "pass"
    assert auth.verifies("j.jansen@gemeente.example") and not auth.verifies("x@evil.test")
    assert sender_auth([theirs], ["mx.vng.example"]) is None
    assert sender_auth([ours], []) is None  # nothing configured: nothing believed


def test_an_spf_pass_for_another_domain_proves_nothing():
    auth = sender_auth(
        ["mx.vng.example; spf=pass smtp.mailfrom=attacker@evil.test; dmarc=fail header.from=gemeente.example"],
        ["mx.vng.example"],
    )
    assert auth is not None and auth.dmarc == "fail" and not auth.verifies("b.visser@gemeente.example")


def test_alignment_is_the_domain_or_a_parent_never_a_bare_top_level_name():
    assert aligned("gemeente.nl", "mail.gemeente.nl") and aligned("GEMEENTE.nl", "gemeente.nl")
    assert not aligned("gemeente.nl", "evil.nl") and not aligned("x.nl", "nl")
    assert not aligned("evilgemeente.nl", "gemeente.nl")


def test_the_address_is_parsed_before_the_display_name_is_decoded():
    p = parse(b"From: =?utf-8?q?victim10=40evil=2Etest?= <i10@senders.example>\r\nTo: a@b.nl\r\n\r\nhoi\r\n")
    assert (p.from_addr, p.from_name) == ("i10@senders.example", "victim10@evil.test")
    p = parse(b"From: =?utf-8?q?Jos=C3=A9?= <J@X.nl>\r\nCc: =?utf-8?q?a=40b=2Enl?= <c@d.nl>\r\n\r\nhoi\r\n")
    assert (p.from_addr, p.from_name, p.cc) == ("j@x.nl", "José", ["c@d.nl"])


def test_our_own_wording_is_found_in_a_rewrapped_line():
    wording = OwnWording.from_texts(
        [
            'Kunt u toch niet komen? Beantwoord dan deze e-mail met "afmelden"; dan '
            "geven wij uw plaats aan {{ x }} een ander."
        ]
    )
    text = 'Ter info.\n\nKunt u toch niet komen? Beantwoord dan deze\ne-mail met "afmelden"; dan geven wij'
    assert wording.first_line(text) == 2
    assert wording.first_line("Ik kan toch niet komen, graag afmelden.") is None


def test_a_forward_of_our_confirmation_is_not_a_cancellation(u):
    pasted = (
        "Ter info, zie hieronder.\n\nBeste Jan,\n\nHartelijk dank voor uw aanmelding. U bent ingeschreven "
        "voor:\n\n  - Regionale ontwerpsessie Midden-oost\n\nKunt u toch niet komen? Beantwoord dan deze "
        'e-mail met "afmelden"; dan geven wij uw plaats aan een ander.\n\nMet vriendelijke groet,\n\nSecretariaat'
    )
    it = u.understand(mail(pasted))
    assert it.kind != "cancel"


def test_a_reply_to_our_mail_needs_no_session_name(u):
    it = u.understand(
        mail("Ik moet helaas afzeggen", headers="In-Reply-To: <abc@mailflow.test>\r\n"), message_domain="mailflow.test"
    )
    assert it.kind == "cancel" and not it.review and it.ours == ["<abc@mailflow.test>"]
    other = u.understand(
        mail("Ik moet helaas afzeggen", headers="In-Reply-To: <abc@gmail.com>\r\n"), message_domain="mailflow.test"
    )
    assert other.review and other.ours == []


def test_a_plain_answer_to_our_question_is_read_as_yes_or_no(u):
    for body, expected in (
        ("Ja", "yes"),
        ("Ja, dat klopt.", "yes"),
        ("Nee, dat was ik niet.", "no"),
        ("Yes", "yes"),
        ("Dat klopt niet", "no"),
    ):
        it = u.understand(
            mail(body, headers="In-Reply-To: <confirm.abc@mailflow.test>\r\n"), message_domain="mailflow.test"
        )
        assert it.answer == expected, body
    plain = u.understand(mail("Ja", headers="In-Reply-To: <abc@mailflow.test>\r\n"), message_domain="mailflow.test")
    assert plain.answer is None  # only an answer to our question counts


def test_answers_are_short():
    lex = load_lexicon()
    assert answer("ja", lex) == "yes" and answer("Ja " + "en verder " * 10, lex) is None


def test_our_references_are_under_our_domain_only():
    assert our_references("<a@mf.test>", ["<b@x.nl>", "<a@mf.test>"], "mf.test") == ["<a@mf.test>"]
    assert our_references("<a@mf.test>", [], None) == []


def test_a_reply_to_in_another_domain_is_not_where_we_answer():
    assert reply_address("p@gemeente.nl", "secr@gemeente.nl", relayed=False) == ("secr@gemeente.nl", None)
    to, why = reply_address("b@gemeente.nl", "attacker@evil.test", relayed=False)
    assert to == "b@gemeente.nl" and why and "another domain" in why
    assert reply_address("noreply@form.nl", "anna@gmail.com", relayed=True) == ("anna@gmail.com", None)


def test_the_null_sender_is_never_answered(u):
    it = u.understand(mail("Ik wil graag aansluiten in Utrecht."), envelope_from="<>")
    assert it.envelope_from == "" and not it.may_reply and it.reply_to is None
    header = u.understand(mail("Ik wil graag aansluiten in Utrecht.", headers="Return-Path: <>\r\n"))
    assert header.envelope_from == "" and not header.may_reply


def test_trusted_authentication_reaches_the_interpretation(u):
    it = u.understand(
        mail(
            "Ik wil graag aansluiten in Utrecht.",
            headers=("Authentication-Results: mx.vng.example; dmarc=pass header.from=gemeente.example\r\n"),
        )
    )
    assert it.auth is not None and it.auth.verifies("j.jansen@gemeente.example")
    assert it.to_json()["auth"]["dmarc"] == "pass"


def test_an_echo_of_the_organisations_own_wording_is_not_a_request(tmp_path: Path) -> None:
    # [templates] dir rewords the confirmation: an autoresponder echoing that text is still our text,
    # not the writer's cancellation (the shipped wording alone did not know these words).
    own = tmp_path / "templates" / "mail" / "nl"
    own.mkdir(parents=True)
    (own / "confirmation.txt.j2").write_text(
        "Beste {{ name }},\n\nU staat op de lijst. Verhinderd? Stuur ons dan even een mailtje met het woord "
        '"afmelden" erin, zodat wij de plek aan iemand op de wachtlijst kunnen geven.\n',
        encoding="utf-8",
    )
    echo = (
        "Ter info, zie hieronder.\n\nU staat op de lijst. Verhinderd? Stuur ons dan even een mailtje met het "
        'woord "afmelden" erin, zodat wij de plek aan iemand op de wachtlijst kunnen geven.\n'
    )
    cat = load_catalogue([Path(__file__).resolve().parents[1] / "demo" / "catalogue.toml"])
    plain = Understander(cat).understand(mail(echo))
    ours = Understander(cat, own_templates=tmp_path / "templates").understand(mail(echo))
    assert plain.kind == "cancel"  # what happened before: the echo read as the writer's words
    assert ours.kind != "cancel" and not ours.participants
