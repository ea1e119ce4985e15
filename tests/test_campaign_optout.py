"""Opting out by mail, through the real pipeline (intake store, understand, decide, apply) on SQLite and PostgreSQL."""

from __future__ import annotations


from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailflow.campaigns import service
from mailflow.campaigns.model import Audience, Draft
from mailflow.catalogue import Catalogue
from mailflow.config import Settings
from mailflow.db.models import CampaignOptOut, CampaignRecipient, InboundMessage, OutboundMessage, Person
from mailflow.intake.store import accept
from mailflow.pipeline import Pipeline, process_pending

from campaign_kit import campaign_settings, relay, seed
from support import at

NOW = at(2026, 11, 22, 12)


def _campaign(factory: sessionmaker[Session], catalogue: Catalogue, settings: Settings) -> tuple[Settings, int]:
    seed(factory, "dia-haarlem", 2)
    with relay() as (_handler, port):
        s = campaign_settings(settings, port)
        with factory() as db, db.begin():
            cid = service.create(
                db, catalogue, s, Draft(Audience("dia", ("dia-haarlem",)), "Programma", "Het programma volgt."), NOW
            )
        service.send(factory, catalogue, s, cid, lambda: NOW)
    return s, cid


def _process(factory: sessionmaker[Session], catalogue: Catalogue, settings: Settings, raw: bytes, to: str) -> str:
    inbound = accept(factory, raw, source="smtp", envelope_from="p0@example.org", envelope_to=[to]).id
    process_pending(Pipeline(catalogue, settings, factory, lambda: NOW), batch=10)
    with factory() as db:
        return db.get_one(InboundMessage, inbound).state


def test_mail_to_the_list_unsubscribe_address_opts_out_without_a_reply(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings
) -> None:
    # Intent: the mailto: of List-Unsubscribe (d-loket+u-<token>@...) works without the web app: the
    # token's person stops receiving this event's follow-ups; nobody is answered.
    s, _cid = _campaign(synced, catalogue, settings)
    with synced() as db:
        token = db.scalar(
            select(CampaignRecipient.token)
            .join(Person, Person.id == CampaignRecipient.person_id)
            .where(Person.email == "p0@example.org")
        )
    to = f"d-loket+u-{token}@vng.nl"
    raw = (
        f"From: p0@example.org\r\nTo: {to}\r\nSubject: unsubscribe\r\nMessage-ID: <u1@example.org>\r\n"
        "Date: Sun, 22 Nov 2026 11:00:00 +0100\r\n\r\n"
    ).encode()
    assert _process(synced, catalogue, s, raw, to) == "processed"
    with synced() as db:
        assert [(o.source, o.event_key) for o in db.scalars(select(CampaignOptOut))] == [("list-unsubscribe", "dia")]
        assert db.scalars(select(OutboundMessage)).all() == []


def test_reply_asking_for_no_more_mail_to_a_campaign_mail_opts_out(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings
) -> None:
    # Intent: "geen berichten meer" in an answer to our campaign mail (by its Message-ID, sent to that
    # very address) is an opt-out, not a cancellation and not a review item.
    s, _cid = _campaign(synced, catalogue, settings)
    with synced() as db:
        message_id = db.scalar(
            select(CampaignRecipient.message_id)
            .join(Person, Person.id == CampaignRecipient.person_id)
            .where(Person.email == "p1@example.org")
        )
    raw = (
        f"From: p1@example.org\r\nTo: d-loket@vng.nl\r\nSubject: Re: Programma\r\nMessage-ID: <r1@example.org>\r\n"
        f"In-Reply-To: {message_id}\r\nReferences: {message_id}\r\n"
        "Date: Sun, 22 Nov 2026 11:00:00 +0100\r\n\r\nIk wil graag geen berichten meer ontvangen.\r\n"
    ).encode()
    assert _process(synced, catalogue, s, raw, "d-loket@vng.nl") == "processed"
    with synced() as db:
        assert db.scalars(select(CampaignOptOut.source)).all() == ["reply"]
    report = service.status(synced, _cid)
    assert report.opted_out == ("p1@example.org",)
