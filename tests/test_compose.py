"""Composed replies, parsed back with the stdlib as a receiving mail client would."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from email.message import EmailMessage
from typing import Any, get_args
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailflow.catalogue import Event, Session
from mailflow.config import Sender
from mailflow.outbound.compose import compose
from mailflow.outbound.types import Invite, OutgoingMail, Reply, Template

NOW = dt.datetime(2027, 5, 1, 8, 30, tzinfo=dt.timezone.utc)
SENDER = Sender(name="Secretariaat Jeugd", signature="Bureau Jeugd\n030 123 4567", domain="mail.example.nl")
TZ = ZoneInfo("Europe/Amsterdam")


def session(key: str, city: str, day: int, venue: str | None, address: str | None, online: bool = False) -> Session:
    return Session(
        key=key,
        event_key="kd",
        title=f"Regiobijeenkomst {city}",
        city=city,
        venue=venue,
        address=address,
        online=online,
        starts=dt.datetime(2027, 6, day, 9, tzinfo=TZ),
        ends=dt.datetime(2027, 6, day, 12, tzinfo=TZ),
    )


ZWOLLE = session("zwolle", "Zwolle", 14, "Hanzehogeschool", "Zernikeplein 1, Zwolle")
ARNHEM = session("arnhem", "Arnhem", 15, "Musis", "Velperplein 1, Arnhem")
ONLINE = session("online", "Online", 16, "Microsoft Teams", None, online=True)


def event(language: str = "nl") -> Event:
    return Event(
        key="kd",
        mailbox="aanmelden@example.nl",
        title="Kennisdag <Jeugd> & Gezin",
        language=language,
        timezone="Europe/Amsterdam",
        sessions=(ZWOLLE, ARNHEM, ONLINE),
    )


def request(s: Session, uid: str = "reg-1@mail.example.nl", method: str = "REQUEST", seq: int = 0) -> Invite:
    return Invite(
        uid=uid,
        sequence=seq,
        method=method,
        session=s,  # type: ignore[arg-type]
        attendee_email="jan@example.org",
        attendee_name="Jan de Vries",
    )


def reply(template: str = "confirmation", language: str = "nl", **kw: Any) -> Reply:
    base: dict[str, Any] = dict(
        template=template,
        event=event(language),
        to="jan@example.org",
        to_name="Jan de Vries",
        sessions=(ZWOLLE,),
        in_reply_to="<orig-1@client.example.org>",
        references=("<older@client.example.org>",),
        original_subject="Aanmelding kennisdag",
        extra={"body": "Beste allen,\n\nTot snel!"},
    )
    base.update(kw)
    return Reply(**base)


def parse(msg: OutgoingMail) -> EmailMessage:
    raw = msg.as_bytes()
    assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF in SMTP serialisation"
    return email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[return-value]


def text_of(msg: EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def html_of(msg: EmailMessage) -> str:
    return msg.get_body(("html",)).get_content()  # type: ignore[union-attr]


def test_confirmation_headers_thread_and_suppress_autoreplies() -> None:
    # Intent: the reply threads under the original and tells auto-responders to stay quiet.
    msg = parse(compose(reply(), SENDER, NOW))
    assert msg["From"] == "Secretariaat Jeugd <aanmelden@example.nl>"
    assert msg["To"] == "Jan de Vries <jan@example.org>"
    assert msg["Subject"] == "Re: Aanmelding kennisdag"
    assert msg["In-Reply-To"] == "<orig-1@client.example.org>"
    assert msg["References"] == "<older@client.example.org> <orig-1@client.example.org>"
    assert msg["Message-ID"].endswith("@mail.example.nl>")
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["X-Mailflow-Kind"] == "confirmation"
    assert msg["Content-Language"] == "nl-NL"
    assert email.utils.parsedate_to_datetime(msg["Date"]) == NOW
    assert "Precedence" not in msg


def test_sender_address_overrides_mailbox_and_message_ids_are_fresh() -> None:
    # Intent: a configured sender address wins; every message gets its own Message-ID.
    sender = Sender(name="Bureau", address="events@example.nl", domain="mail.example.nl")
    a, b = compose(reply(), sender, NOW), compose(reply(), sender, NOW)
    assert parse(a)["From"] == "Bureau <events@example.nl>"
    assert a.message_id != b.message_id and parse(a)["Message-ID"] == a.message_id


def test_structure_mixed_alternative_calendar_and_ics_attachment() -> None:
    # Intent: the Google-style layout that Outlook, Gmail and Apple Mail all turn into an invite.
    msg = parse(compose(reply(invites=(request(ZWOLLE),)), SENDER, NOW))
    assert msg.get_content_type() == "multipart/mixed"
    alternative, attachment = list(msg.iter_parts())
    assert alternative.get_content_type() == "multipart/alternative"
    types = [p.get_content_type() for p in alternative.iter_parts()]
    assert types == ["text/plain", "text/html", "text/calendar"]
    cal_part = list(alternative.iter_parts())[2]
    assert cal_part.get_param("method") == "REQUEST" and cal_part.get_content_charset() == "utf-8"
    inline = icalendar.Calendar.from_ical(cal_part.get_content())
    assert str(inline["METHOD"]) == "REQUEST"
    assert str(inline.walk("VEVENT")[0]["UID"]) == "reg-1@mail.example.nl"
    assert attachment.get_content_type() == "application/ics"
    assert attachment.get_filename() == "invite.ics" and attachment.get_content_disposition() == "attachment"
    attached = icalendar.Calendar.from_ical(attachment.get_content())
    assert str(attached.walk("VEVENT")[0]["UID"]) == "reg-1@mail.example.nl"
    assert all("MIME-Version" not in p for p in msg.walk() if p is not msg)


def test_dutch_dates_places_and_polite_form() -> None:
    # Intent: Dutch mails speak "u" and give Babel dates, place and address in the event's zone.
    msg = parse(compose(reply(invites=(request(ZWOLLE),)), SENDER, NOW))
    text = text_of(msg)
    assert "Beste Jan de Vries," in text
    assert "maandag 14 juni 2027, 09:00\u201312:00" in text
    assert "Hanzehogeschool, Zernikeplein 1, Zwolle" in text
    assert "U bent ingeschreven" in text and "agenda-uitnodiging" in text
    assert "Met vriendelijke groet," in text and "030 123 4567" in text
    html = html_of(msg)
    assert "maandag 14 juni 2027, 09:00\u201312:00" in html


def test_flemish_event_uses_nl_be() -> None:
    # Intent: a Belgian event is written in nl-BE (same words, its own locale tag).
    msg = parse(compose(reply(language="nl-BE"), SENDER, NOW))
    assert msg["Content-Language"] == "nl-BE"
    assert "maandag 14 juni 2027, 09:00\u201312:00" in text_of(msg)


def test_english_dates_and_subject_without_original() -> None:
    # Intent: English events get English text and dates; a fresh mail gets the template subject.
    msg = parse(compose(reply(language="en", in_reply_to=None, references=(), original_subject=None), SENDER, NOW))
    assert msg["Subject"] == "Confirmation: Kennisdag <Jeugd> & Gezin \u2013 Regiobijeenkomst Zwolle"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert "In-Reply-To" not in msg and "References" not in msg
    text = text_of(msg)
    assert "Dear Jan de Vries," in text and "Monday 14 June 2027, 09:00\u201312:00" in text
    assert msg["Content-Language"] == "en-GB"


def test_reply_language_can_differ_from_event() -> None:
    # Intent: an English writer to a Dutch event is answered in English with English dates.
    msg = parse(compose(reply(lang="en"), SENDER, NOW))
    assert "Monday 14 June 2027" in text_of(msg) and msg["Content-Language"] == "en-GB"


def test_html_is_escaped_text_is_not() -> None:
    # Intent: the same data, autoescaped in HTML and verbatim in text.
    msg = parse(compose(reply(template="review_ack", in_reply_to=None, original_subject=None), SENDER, NOW))
    assert "Kennisdag <Jeugd> & Gezin" in text_of(msg)
    assert "Kennisdag &lt;Jeugd&gt; &amp; Gezin" in html_of(msg)
    assert "<Jeugd>" not in html_of(msg)


def test_waitlisted_offers_alternatives_and_how_to_move() -> None:
    # Intent: a full session mail lists open alternatives and shows the one-line answer to move.
    nl = text_of(parse(compose(reply("waitlisted", alternatives=(ARNHEM, ONLINE)), SENDER, NOW)))
    assert "wachtlijst" in nl and "dinsdag 15 juni 2027, 09:00\u201312:00" in nl
    assert "Musis, Velperplein 1, Arnhem" in nl and "online (Microsoft Teams)" in nl
    assert '"ja, dan Arnhem"' in nl
    en = text_of(parse(compose(reply("waitlisted", language="en", alternatives=(ARNHEM,)), SENDER, NOW)))
    assert "waiting list" in en and '"yes, Arnhem then"' in en and "Tuesday 15 June 2027" in en


def test_moved_cancels_old_and_requests_new() -> None:
    # Intent: a move carries a REQUEST inline and a separate CANCEL for the session left.
    invites = (request(ARNHEM, uid="reg-2@x", seq=0), request(ZWOLLE, uid="reg-1@x", method="CANCEL", seq=1))
    msg = parse(compose(reply("moved", sessions=(ARNHEM,), from_sessions=(ZWOLLE,), invites=invites), SENDER, NOW))
    text = text_of(msg)
    assert text.index("Zwolle") < text.index("Arnhem")
    parts = list(msg.iter_parts())
    cal_part = list(parts[0].iter_parts())[2]
    assert cal_part.get_param("method") == "REQUEST"
    names = {p.get_filename(): icalendar.Calendar.from_ical(p.get_content()) for p in parts[1:]}
    assert set(names) == {"invite.ics", "cancel.ics"}
    assert str(names["cancel.ics"]["METHOD"]) == "CANCEL"
    assert str(names["cancel.ics"].walk("VEVENT")[0]["UID"]) == "reg-1@x"


def test_cancelled_sends_inline_cancel() -> None:
    # Intent: a cancellation's inline part is METHOD=CANCEL so clients remove the entry.
    msg = parse(compose(reply("cancelled", invites=(request(ZWOLLE, method="CANCEL", seq=1),)), SENDER, NOW))
    cal_part = list(list(msg.iter_parts())[0].iter_parts())[2]
    assert cal_part.get_content_type() == "text/calendar" and cal_part.get_param("method") == "CANCEL"
    assert "afgemeld" in text_of(msg)


def test_several_sessions_get_one_attachment_each() -> None:
    # Intent: Outlook reads one VEVENT per iMIP part, so each session also gets its own .ics.
    invites = (request(ZWOLLE, uid="a@x"), request(ARNHEM, uid="b@x"))
    msg = parse(compose(reply(sessions=(ZWOLLE, ARNHEM), invites=invites), SENDER, NOW))
    files = [p.get_filename() for p in list(msg.iter_parts())[1:]]
    assert files == ["invite-1.ics", "invite-2.ics"]
    inline = icalendar.Calendar.from_ical(list(list(msg.iter_parts())[0].iter_parts())[2].get_content())
    assert len(inline.walk("VEVENT")) == 2


def test_no_invites_means_plain_alternative() -> None:
    # Intent: mails without calendar data are just text + HTML.
    msg = parse(compose(reply("review_ack"), SENDER, NOW))
    assert msg.get_content_type() == "multipart/alternative"
    assert "collega" in text_of(msg)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("template", get_args(Template))
def test_every_template_renders_in_both_languages(template: str, language: str) -> None:
    # Intent: every notification exists in both languages and renders without leftovers.
    msg = parse(
        compose(
            reply(
                template,
                language=language,
                alternatives=(ARNHEM,),
                from_sessions=(ONLINE,),
                in_reply_to=None,
                original_subject=None,
            ),
            SENDER,
            NOW,
        )
    )
    assert msg["Subject"] and msg["X-Mailflow-Kind"] == template
    for body in (text_of(msg), html_of(msg)):
        assert "{{" not in body and "{%" not in body and len(body) > 80


def test_campaign_body_and_subject_from_extra() -> None:
    # Intent: a campaign mail is the organiser's text, paragraphs kept, escaped in HTML.
    r = reply(
        "campaign",
        in_reply_to=None,
        original_subject=None,
        extra={"subject": "Programma bekend", "body": "Het programma staat online.\n\nVragen? <Mail ons>."},
    )
    msg = parse(compose(r, SENDER, NOW))
    assert msg["Subject"] == "Programma bekend"
    assert "Vragen? <Mail ons>." in text_of(msg)
    assert "<p>Vragen? &lt;Mail ons&gt;.</p>" in html_of(msg)


def test_subject_does_not_stack_reply_prefixes() -> None:
    # Intent: answering "RE: ..." or "Antw: ..." keeps the subject as is.
    msg = parse(compose(reply(original_subject="Antw: aanmelding"), SENDER, NOW))
    assert msg["Subject"] == "Antw: aanmelding"


@settings(max_examples=200, deadline=None)
@given(name=st.text(min_size=1, max_size=120), subject=st.text(min_size=1, max_size=200))
def test_any_display_name_and_subject_survive_the_round_trip(name: str, subject: str) -> None:
    # Names come from strangers' From headers: commas, quotes, emoji, line breaks, bidi overrides.
    # Each must stay one address with the cleaned display name (echo.clean_name: no control, format
    # or zero-width characters, NFC, at most 100 characters), and nothing may inject a header or
    # break a line limit.
    from mailflow.outbound.compose import _REPLY_PREFIX
    from mailflow.outbound.echo import clean_name, clean_subject

    msg = compose(reply(to_name=name, original_subject=subject), SENDER, NOW)
    assert max(len(line) for line in msg.as_bytes().split(b"\r\n")) <= 998
    back = parse(msg)
    (to,) = back["To"].addresses
    # (the stdlib keeps the fold between two encoded words of one long word as a space; clients don't)
    assert to.addr_spec == "jan@example.org"
    expected = clean_name(name) or ""
    assert to.display_name.split() == expected.split() or "".join(to.display_name.split()) == "".join(expected.split())
    shown = clean_subject(subject)
    if shown:
        assert str(back["Subject"]) == (shown if _REPLY_PREFIX.match(shown) else f"Re: {shown}")
    assert back["X-Mailflow-Kind"] == "confirmation" and len(back.get_all("To")) == 1


LONG = session(
    "lang",
    "Sint-Michielsgestel, gemeentehuis; " * 4,
    17,
    "Zaal ‘De Ĳsbaan’ — achteringang",
    "Straat 1; 5271 AB Sint-Michielsgestel",
)


def test_invite_bytes_equal_the_full_icalendar_serialisation() -> None:
    # The fast path splices the cached VTIMEZONE text; it must be the very bytes icalendar writes.
    from mailflow.outbound.calendar import build_invite, invite_ics

    for invites, method in [
        ((request(ZWOLLE),), "REQUEST"),
        ((request(ZWOLLE), request(ARNHEM, uid="reg-2@x")), "REQUEST"),
        ((request(ONLINE, method="CANCEL", seq=3),), "CANCEL"),
        ((Invite("r@x", 2, "REQUEST", LONG, "ëlla@example.org", 'Ëlla "de" Vries, jr.'),), "REQUEST"),
    ]:
        args = (invites, event(), "aanmelden@example.nl", "Secretariaat Jëugd", method, NOW)
        assert invite_ics(*args) == build_invite(*args).to_ical()


def test_cc_is_a_header_and_a_recipient_once() -> None:
    # A "namens" mail: the participant gets the confirmation, the secretary who wrote it a Cc.
    mail = compose(reply(cc=("secr@example.org", "JAN@example.org")), SENDER, NOW)
    assert mail.recipients == ("jan@example.org", "secr@example.org")
    assert mail.mail_from == "aanmelden@example.nl"
    assert [a.addr_spec for a in parse(mail)["Cc"].addresses] == ["secr@example.org"]


@settings(max_examples=150, deadline=None)
@given(in_reply_to=st.text(max_size=80), refs=st.lists(st.text(max_size=60), max_size=4))
def test_message_ids_from_a_strangers_mail_cannot_add_headers(in_reply_to: str, refs: list[str]) -> None:
    # In-Reply-To and References repeat what another mail said: a line break there must not
    # smuggle in a header (Bcc: ...), and what is repeated must be one clean id each.
    msg = parse(compose(reply(in_reply_to=in_reply_to or None, references=tuple(refs)), SENDER, NOW))
    names = [n.lower() for n in msg.keys()]
    assert "bcc" not in names and len(names) == len(set(names))
    for ref in str(msg.get("References", "")).split():
        assert ref.startswith("<") and ref.isascii() and ref.isprintable()


def test_a_header_injection_attempt_is_dropped_not_repeated() -> None:
    msg = parse(compose(reply(in_reply_to="<a@b>\r\nBcc: everyone@example.org", references=("<ok@x>",)), SENDER, NOW))
    assert "Bcc" not in msg and msg["In-Reply-To"] is None and msg["References"] == "<ok@x>"
