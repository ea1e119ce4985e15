"""Mail-security gateway notices are machine mail: never a registration, never answered; reviewed only
when the mail they hold may concern the event."""

from __future__ import annotations

import pytest

from mailflow.config import Policy
from mailflow.decide import decide
from mailflow.decide.types import Register, Reply, Snapshot
from mailflow.understand import Understander

from support import make_catalogue

DEFENDER_NL = """<html><body><table><tr><td>
<p>Microsoft 365 Defender</p>
<p>Berichten in quarantaine</p>
<p>U hebt 1 nieuw bericht in quarantaine. Deze berichten zijn tegengehouden omdat ze mogelijk spam bevatten.</p>
<table><tr><td>Afzender:</td><td>j.jansen@gemeente.nl</td></tr>
<tr><td>Onderwerp:</td><td>Aanmelding Democratie in Actie Utrecht</td></tr>
<tr><td>Datum:</td><td>22-11-2026 09:58</td></tr></table>
<p><a href="https://security.microsoft.com/quarantine">Bekijk het bericht</a> | Vrijgeven</p>
</td></tr></table></body></html>"""

PROOFPOINT_EN = """<html><body><h2>Proofpoint Essentials - End User Digest</h2>
<p>The following messages are being held for your review. You can release them from quarantine.</p>
<table><tr><th>From</th><th>Subject</th></tr>
<tr><td>deals@shop.example</td><td>50% off all garden furniture</td></tr>
<tr><td>crypto@win.example</td><td>Your weekly market letter</td></tr></table></body></html>"""


def notice(html: str, subject: str, sender: str) -> bytes:
    return (
        f"From: {sender}\r\nTo: d-loket@vng.nl\r\nSubject: {subject}\r\nMessage-ID: <q1@gateway.example>\r\n"
        "Date: Sun, 22 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n"
    ).encode()


@pytest.fixture(scope="module")
def u() -> Understander:
    return Understander(make_catalogue())


def test_quarantined_registration_goes_to_a_person_unanswered(u, now):
    # HTML-only Dutch Defender notice about a held "Aanmelding ... Utrecht": review to release it, nothing booked
    it = u.understand(
        notice(DEFENDER_NL, "Er is een bericht in quarantaine geplaatst", "quarantine@messaging.microsoft.com")
    )
    assert it.kind == "other" and it.review and not it.may_reply and not it.sessions and not it.participants
    assert "mail-security gateway" in it.reasons[0] and "release it there" in it.reasons[0]
    d = decide(it, Snapshot(), make_catalogue(), Policy(), now)
    assert d.state == "review" and not d.of(Reply) and not d.of(Register)


def test_digest_of_advertising_is_ignored_with_its_reason(u, now):
    it = u.understand(notice(PROOFPOINT_EN, "End User Digest: 2 New Messages", "digest@proofpointessentials.com"))
    assert it.kind == "other" and not it.review and not it.may_reply and not it.junk
    assert "nothing in it concerns this event" in it.reasons[0]
    d = decide(it, Snapshot(), make_catalogue(), Policy(), now)
    assert d.state == "ignored" and not d.of(Reply)


def test_a_person_mentioning_quarantine_is_still_a_person(u):
    # the product's name and the quarantine wording must both occur
    raw = (
        "From: Jan <jan@gemeente.nl>\r\nTo: d-loket@vng.nl\r\nSubject: Aanmelding\r\n\r\n"
        "Ik meld mij aan voor Utrecht. Mijn vorige mail zat in quarantaine, vandaar opnieuw.\r\n"
    ).encode()
    it = u.understand(raw)
    assert it.kind == "register" and it.sessions == ["dia-utrecht"]


def test_a_gateway_unknown_by_name_still_says_what_it_is() -> None:
    # "MailShield Quarantine <quarantine@...>", "Quarantine summary ...: 3 messages held": machine mail, never a request
    from mailflow.understand.lexicon import load_lexicon
    from mailflow.understand.machine import classify
    from mailflow.understand.parse import parse

    raw = (
        b"From: MailShield Quarantine <quarantine@mailshield.example.nl>\r\nTo: events@example.eu\r\n"
        b"Subject: Quarantine summary for events@example.eu: 3 messages held\r\nMessage-ID: <q1@x>\r\n"
        b"Content-Type: text/plain\r\n\r\nThe following messages were held in quarantine: "
        b"RE: Registration Rotterdam. Release\r\n"
    )
    v = classify(parse(raw), load_lexicon(), frozenset())
    assert v.kind == "other" and v.gateway and not v.may_reply
