"""Campaigns against real peers: SQLite and PostgreSQL (``synced``), a real aiosmtpd relay on loopback."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from mailflow.apply.context import Context
from mailflow.apply import registrations as regs
from mailflow.campaigns import optout, service
from mailflow.campaigns.model import Audience, CampaignError, Draft, Schedule
from mailflow.catalogue import Catalogue
from mailflow.config import Settings
from mailflow.db.models import CampaignOptOut, CampaignRecipient, Person

from campaign_kit import campaign_settings, relay, seed
from support import at

NOW = at(2026, 11, 22, 12)
BODY = (
    "Het programma voor {{ session.title }} op {{ session.date }} ({{ session.time }}) in {{ session.place }} "
    "volgt binnenkort.\n\nLink: {{ online_link or 'volgt' }}\n\n{{ cancel_instructions }}"
)


def clock() -> dt.datetime:
    return NOW


def make(
    factory: sessionmaker[Session], catalogue: Catalogue, settings: Settings, *, body: str = BODY, **kw: object
) -> int:
    audience = kw.pop("audience", Audience("dia", ("dia-haarlem",)))
    draft = Draft(audience, kw.pop("subject", "Programma {{ event.title }}"), body, **kw)  # type: ignore[arg-type]
    with factory() as db, db.begin():
        return service.create(db, catalogue, settings, draft, NOW)


def test_unknown_variable_is_an_error_before_anything_is_sent(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings
) -> None:
    # Intent: a misspelt name or attribute is refused with the part and line, never rendered blank.
    with pytest.raises(CampaignError, match=r"body: unknown variable sesion; known are name"):
        make(synced, catalogue, settings, body="Beste {{ name }},\n{{ sesion.title }}")
    with pytest.raises(CampaignError, match=r"body, line 2: .*no attribute 'tittle'"):
        make(synced, catalogue, settings, body="Hallo\n{{ session.tittle }}")
    with pytest.raises(CampaignError, match=r"subject, line 1: unexpected"):
        make(synced, catalogue, settings, subject="{{ event.title }")
    with pytest.raises(CampaignError, match="not part of dia"):
        make(synced, catalogue, settings, audience=Audience("dia", ("vng-avond",)))


def test_preview_is_one_recipients_mail_in_the_events_language(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings
) -> None:
    # Intent: preview shows exactly the mail a chosen participant would get, Dutch frame included.
    seed(synced, "dia-haarlem", 2)
    cid = make(synced, catalogue, settings)
    with synced() as db:
        p = service.preview(db, catalogue, settings, cid, NOW, email="p1@example.org")
    assert p.to == "p1@example.org" and p.subject == "Programma Democratie in Actie"
    assert p.text.startswith("Beste Deelnemer 1,\n")
    assert "Sessie dia-haarlem op maandag 21 juni 2027 (09:30\u201312:30) in Zaal dia-haarlem" in p.text
    assert 'Kunt u toch niet naar Sessie dia-haarlem komen? Beantwoord deze e-mail dan met "afmelden"' in p.text
    assert "Met vriendelijke groet," in p.text and "Link: volgt" in p.text
    assert "<p>Het programma voor Sessie dia-haarlem" in p.html
    with synced() as db, pytest.raises(CampaignError, match="not in the audience"):
        service.preview(db, catalogue, settings, cid, NOW, email="stranger@example.org")


def test_send_reaches_each_recipient_once_with_bulk_headers_and_rerun_adds_only_new_people(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings
) -> None:
    # Intent: every mail is a bulk mail (RFC 3834, Precedence, RFC 2369/8058); a re-run after new
    # registrations sends to the newcomers only.
    seed(synced, "dia-haarlem", 20)
    with relay() as (handler, port):
        s = campaign_settings(settings, port, unsubscribe_url="https://aanmelden.example.nl/u/")
        cid = make(synced, catalogue, s)
        report = service.send(synced, catalogue, s, cid, clock)
        assert report.summary() == "sent=20 skipped=0 failed=0" and report.status == "done"
        assert set(handler.recipients().values()) == {1} and len(handler.recipients()) == 20
        with synced() as db:
            ledger = {r.message_id: r.token for r in db.scalars(select(CampaignRecipient))}
        for msg in handler.messages():
            assert msg["Auto-Submitted"] == "auto-generated" and msg["Precedence"] == "bulk"
            assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
            token = ledger[msg["Message-ID"]]
            assert msg["List-Unsubscribe"] == (
                f"<https://aanmelden.example.nl/u/{token}>, <mailto:d-loket+u-{token}@vng.nl?subject=unsubscribe>"
            )
            assert msg["List-Id"] == "Democratie in Actie <dia.campaigns.mailflow.test>"
        assert service.send(synced, catalogue, s, cid, clock).summary() == "sent=20 skipped=0 failed=0"
        assert len(handler.received) == 20
        seed(synced, "dia-haarlem", 3, start=20)
        assert service.send(synced, catalogue, s, cid, clock).summary() == "sent=23 skipped=0 failed=0"
        assert len(handler.received) == 23 and set(handler.recipients().values()) == {1}


def test_audience_by_session_and_status_and_without_an_earlier_campaigns_recipients(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings
) -> None:
    # Intent: the audience is exactly event x sessions x status, minus who got the excluded campaign.
    seed(synced, "dia-haarlem", 3)
    seed(synced, "dia-utrecht", 2, start=3)
    seed(synced, "dia-arnhem", 2, start=5, status="waitlisted")
    with relay() as (handler, port):
        s = campaign_settings(settings, port)
        first = make(synced, catalogue, s, audience=Audience("dia", ("dia-haarlem",)))
        service.send(synced, catalogue, s, first, clock)
        everyone = make(synced, catalogue, s, audience=Audience("dia", (), "all", exclude_campaign=first))
        assert service.send(synced, catalogue, s, everyone, clock).sent == 4
        waiting = make(synced, catalogue, s, audience=Audience("dia", (), "waitlisted"))
        assert service.send(synced, catalogue, s, waiting, clock).sent == 2
    assert sorted(handler.recipients()) == [f"p{i}@example.org" for i in range(7)]
    assert set(handler.recipients().values()) == {1, 2}
    assert sorted(m for m, n in handler.recipients().items() if n == 2) == ["p5@example.org", "p6@example.org"]


def test_bounced_and_opted_out_people_are_skipped_and_shown(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings
) -> None:
    # Intent: an address a DSN marked bouncing, and a person who opted out, get nothing; status says why.
    emails = seed(synced, "dia-haarlem", 4)
    with synced() as db, db.begin():
        db.execute(update(Person).where(Person.email == emails[0]).values(bouncing=True))
        person = db.scalar(select(Person.id).where(Person.email == emails[1]))
        optout.record(db, person, "dia", source="staff", now=NOW)
    with relay() as (handler, port):
        s = campaign_settings(settings, port)
        report = service.send(synced, catalogue, s, make(synced, catalogue, s), clock)
    assert report.summary() == "sent=2 skipped=2 failed=0"
    reasons = {p.email: p.reason for p in report.problems}
    assert "bounced" in reasons[emails[0]] and "asked not to receive follow-ups" in reasons[emails[1]]
    assert report.opted_out == (emails[1],) and sorted(handler.recipients()) == emails[2:]


def test_late_joiners_get_it_with_their_confirmation_and_only_once(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings
) -> None:
    # Intent: a campaign "also for later registrants" reaches who registers after it went out, and a
    # cancelled-then-re-registered participant does not receive it twice.
    seed(synced, "dia-haarlem", 2)
    with relay() as (handler, port):
        s = campaign_settings(settings, port)
        cid = make(synced, catalogue, s, late_joiners=True)
        plain = make(synced, catalogue, s)
        service.send(synced, catalogue, s, cid, clock)
        service.send(synced, catalogue, s, plain, clock)
        ctx = Context(catalogue, s, NOW)
        with synced() as db, db.begin():
            reg = regs.register(db, "late@example.org", "dia-haarlem", ctx=ctx, name="Laat", notify=False)
        with synced() as db:
            late = db.scalars(select(CampaignRecipient).where(CampaignRecipient.late)).all()
            assert [(r.campaign_id, r.state) for r in late] == [(cid, "pending")]
        from mailflow.campaigns.runner import tick
        from mailflow.campaigns.delivery import Deliverer

        deliverer = Deliverer(s, catalogue)
        try:
            assert tick(synced, catalogue, s, deliverer, clock).sent == 1
            with synced() as db, db.begin():
                regs.cancel(db, reg.id, ctx=ctx, notify=False)
            with synced() as db, db.begin():
                regs.register(db, "late@example.org", "dia-haarlem", ctx=ctx, notify=False)
            assert tick(synced, catalogue, s, deliverer, clock).sent == 0
        finally:
            deliverer.close()
    assert handler.recipients()["late@example.org"] == 1


def test_one_click_token_opts_out_of_the_events_follow_ups(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings
) -> None:
    # Intent: the web app's POST /u/<token> needs only verify + unsubscribe; idempotent; unknown tokens refused.
    emails = seed(synced, "dia-haarlem", 1)
    with relay() as (_handler, port):
        s = campaign_settings(settings, port)
        cid = make(synced, catalogue, s)
        service.send(synced, catalogue, s, cid, clock)
    with synced() as db:
        token = db.scalar(select(CampaignRecipient.token))
        assert optout.verify(db, "aaaaaaaaaaaaaaaaaaaaaaaa") is None and optout.verify(db, "../etc") is None
    for _ in range(2):
        with synced() as db, db.begin():
            info = optout.unsubscribe(db, token, source="one-click", now=NOW)
            assert info is not None and info.email == emails[0] and info.event_key == "dia"
    with synced() as db:
        assert optout.verify(db, token).opted_out  # type: ignore[union-attr]
        assert db.scalars(select(CampaignOptOut.source)).all() == ["one-click"]


def test_relative_schedule_records_each_sessions_audience_at_its_own_moment(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings
) -> None:
    # Intent: "3 days before" goes to each session's participants three days before *their* session.
    seed(synced, "dia-utrecht", 2)  # 14 June 2027, 09:00
    seed(synced, "dia-arnhem", 2, start=2)  # 22 June 2027, 14:00
    cid = make(
        synced, catalogue, settings, audience=Audience("dia"), schedule=Schedule(before_start=dt.timedelta(days=3))
    )

    def due(moment: dt.datetime) -> dict[str, int]:
        with synced() as db, db.begin():
            service.record_due(db, catalogue, settings, moment)
        with synced() as db:
            rows = (
                db.execute(select(Person.email).join(CampaignRecipient, CampaignRecipient.person_id == Person.id))
                .scalars()
                .all()
            )
        return {"n": len(rows)}

    assert due(at(2027, 6, 11, 8, 59)) == {"n": 0}
    assert due(at(2027, 6, 11, 9, 0)) == {"n": 2}
    assert due(at(2027, 6, 12, 9, 0)) == {"n": 2}
    seed(synced, "dia-utrecht", 1, start=10)  # registers after Utrecht's moment: not a late joiner campaign
    assert due(at(2027, 6, 19, 14, 0)) == {"n": 4}
    with synced() as db:
        assert service.get(db, cid).status == "sending"
        assert service.get(db, cid).done_sessions == ["dia-arnhem", "dia-haarlem", "dia-utrecht"]


def test_cancelled_campaign_sends_nothing_more_and_says_why(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings
) -> None:
    # Intent: cancelling stops what is still queued; the status says so for each of them.
    seed(synced, "dia-haarlem", 3)
    cid = make(synced, catalogue, settings)
    with synced() as db, db.begin():
        service.start(db, catalogue, settings, cid, NOW)
        service.cancel(db, cid, NOW)
    report = service.status(synced, cid)
    assert report.summary() == "sent=0 skipped=3 failed=0" and report.status == "cancelled"
    assert {p.reason for p in report.problems} == {"the campaign was cancelled before this mail went out"}
    with synced() as db, pytest.raises(CampaignError, match="was cancelled"):
        service.start(db, catalogue, settings, cid, NOW)
