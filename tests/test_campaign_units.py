"""Pure pieces of campaigns: the cached invite lines, the HTML version, schedules, tokens, the templates."""

from __future__ import annotations

import datetime as dt
import email
import email.policy

import icalendar
import pytest

from mailflow.campaigns.compose import Prepared, Recipient
from mailflow.campaigns.invite import InviteWriter
from mailflow.campaigns.model import CampaignError
from mailflow.campaigns.schedule import due_sessions, parse_before
from mailflow.campaigns.templating import compile_templates, text_to_html
from mailflow.campaigns.tokens import new_token, token_of, unsubscribe_address
from mailflow.catalogue import Catalogue
from mailflow.config import Campaigns, Sender
from mailflow.outbound.calendar import invite_ics
from mailflow.outbound.types import Invite

NOW = dt.datetime(2026, 12, 1, 9, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    "name",
    [
        "Anna de Vries",
        None,
        "Anna",
        "O'Brien, Pat",
        "Jürgen Ä. Müller",
        "x" * 100,
        "Anna-Maria van der Berg-Jansen de Groot Oosterhout Beneden",
    ],
)
@pytest.mark.parametrize("uid", ["0b6f0c1e-2c5d-4b55-9c1e-7f6d7a9b1c2d@mailflow.example.org", "u;1,2@x"])
def test_cached_invite_equals_invite_ics_byte_for_byte(catalogue: Catalogue, name: str | None, uid: str) -> None:
    # Intent: the fast per-recipient invite is exactly what the calendar module writes.
    event, session = catalogue.event("dia"), catalogue.session("dia-utrecht")
    writer = InviteWriter(event, "d-loket@vng.nl", "Secretariaat", NOW)
    for addr in ("anna.de.vries.with.a.long.address@utrecht.example.nl", "a@b.nl"):
        expected = invite_ics(
            [Invite(uid, 3, "REQUEST", session, addr, name)], event, "d-loket@vng.nl", "Secretariaat", "REQUEST", NOW
        )
        assert writer.ics(session, uid, 3, addr, name) == expected


def test_campaign_mail_parses_with_its_own_invite_and_bulk_headers(catalogue: Catalogue) -> None:
    # Intent: the hand-assembled MIME reads back as a mail client reads it: text, HTML, the participant's invite.
    t = compile_templates("Teams-link {{ session.title }}", "Link: {{ online_link or 'volgt' }}", None)
    p = Prepared(
        7,
        catalogue.event("dia"),
        catalogue,
        t,
        Sender(name="Secretariaat", domain="mf.test"),
        Campaigns(),
        attach_invite=True,
        now=NOW,
    )
    r = Recipient(
        "anna@utrecht.nl",
        "Anna Ö",
        "confirmed",
        "<campaign.7.x@mf.test>",
        new_token(),
        ("dia-utrecht",),
        "uid-9@mf.test",
        2,
    )
    msg = email.message_from_bytes(p.mail(r), policy=email.policy.default)
    assert msg["Subject"] == "Teams-link Sessie dia-utrecht" and msg["To"] == "Anna Ö <anna@utrecht.nl>"
    assert msg["List-Unsubscribe"] == f"<mailto:{unsubscribe_address('d-loket@vng.nl', r.token)}?subject=unsubscribe>"
    assert msg["List-Unsubscribe-Post"] is None  # one-click needs an HTTPS link (RFC 8058)
    assert "Beste Anna Ö," in msg.get_body(("plain",)).get_content()
    assert "Beste Anna Ö," in msg.get_body(("html",)).get_content()
    ics = [part for part in msg.walk() if part.get_filename() == "invite.ics"][0]
    vevent = icalendar.Calendar.from_ical(ics.get_payload(decode=True)).walk("VEVENT")[0]
    assert (str(vevent["UID"]), int(vevent["SEQUENCE"])) == ("uid-9@mf.test", 2)


def test_html_version_escapes_and_links() -> None:
    # Intent: organiser text cannot inject HTML; paragraphs and links survive.
    assert text_to_html("a <b>&\nzie https://x.nl/p?a=1.\n\nb") == (
        '<p>a &lt;b&gt;&amp;<br>\nzie <a href="https://x.nl/p?a=1">https://x.nl/p?a=1</a>.</p>\n<p>b</p>'
    )


def test_sandbox_refuses_python_internals() -> None:
    # Intent: organisers' templates cannot reach the server through attribute tricks.
    t = compile_templates("x", "{{ name.__class__.__mro__ }}", None)
    from mailflow.campaigns.templating import render

    with pytest.raises(CampaignError, match="body"):
        render("body", t.body, {"name": "a"})


def test_before_and_due_sessions() -> None:
    # Intent: "3 days before" is per session, and a session that ended is not due any more.
    assert parse_before("3 days before") == dt.timedelta(days=3) == parse_before("3 dagen")
    assert parse_before("90 minutes") == dt.timedelta(minutes=90)
    with pytest.raises(CampaignError, match='e.g. "3 days"'):
        parse_before("soon")
    day = dt.timedelta(days=1)
    sessions = [("a", NOW + 2 * day, NOW + 2 * day), ("b", NOW + 5 * day, NOW + 5 * day), ("c", NOW - day, NOW - day)]
    assert due_sessions(sessions, 3 * day, [], NOW) == ["a"]
    assert due_sessions(sessions, 3 * day, ["a"], NOW + 2 * day) == ["b"]


def test_tokens_fit_a_plus_address() -> None:
    token = new_token()
    assert token_of(unsubscribe_address("D-Loket@VNG.nl", token).upper()) == token
