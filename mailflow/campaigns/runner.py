"""The task ``serve`` runs beside the sender: scheduled campaigns, late joiners, retries.

Every ``poll`` seconds (or when woken after registrations were committed) it
records the audience of campaigns whose moment has come (per session for "3 days
before"), sends whatever ledger rows are due (new ones, late joiners, 4xx
retries whose time has come) and marks finished campaigns done. Sending blocks
(smtplib, database), so each pass runs in a thread and the event loop keeps
serving the intake.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailflow.aio import wait_any
from mailflow.campaigns.delivery import Deliverer, Round, Tally, identity, release_dead
from mailflow.campaigns.service import finish_done, record_due
from mailflow.catalogue import Catalogue
from mailflow.config import Settings
from mailflow.db.engine import read_only
from mailflow.db.models import Campaign, CampaignRecipient
from mailflow.outbound.sender import RetryPolicy

log = logging.getLogger("mailflow.campaigns")
MAX_ROUNDS = 50  # batches per pass before looking at schedules (and stop) again


def tick(
    factory: sessionmaker[Session],
    catalogue: Catalogue,
    settings: Settings,
    deliverer: Deliverer,
    clock: Callable[[], dt.datetime],
) -> Tally:
    """One pass: record what became due, send due rows (up to MAX_ROUNDS batches), finish campaigns."""
    now = clock()
    if not _anything_to_do(factory, now):
        return Tally()
    with factory() as db, db.begin():
        started = record_due(db, catalogue, settings, now)
    for campaign_id in started:
        log.info(
            "campaign #%s: its moment has come; recipients recorded", campaign_id, extra={"campaign_id": campaign_id}
        )
    release_dead(factory, now)
    deliverer.catalogue = catalogue
    rnd = Round(factory, deliverer, RetryPolicy.from_settings(settings.outbound), identity(), clock)
    total = Tally()
    for _ in range(MAX_ROUNDS):
        t = rnd.run(settings.campaigns.batch)
        total.sent, total.failed, total.skipped = (
            total.sent + t.sent,
            total.failed + t.failed,
            total.skipped + t.skipped,
        )
        total.deferred += t.deferred
        if t.settings_error:
            log.error("campaign mail kept in the queue: %s", t.settings_error)
            break
        if not t.handled:
            break
    deliverer.hang_up()
    if total.handled:
        log.info(
            "campaign mail: %d sent, %d skipped, %d failed, %d deferred",
            total.sent,
            total.skipped,
            total.failed,
            total.deferred,
        )
    with factory() as db, db.begin():
        for campaign_id in finish_done(db, catalogue, clock()):
            log.info("campaign #%s done", campaign_id, extra={"campaign_id": campaign_id})
    return total


def _anything_to_do(factory: sessionmaker[Session], now: dt.datetime) -> bool:
    """A read-only look first, so an idle serve takes no write lock every pass (SQLite has one writer)."""
    with factory() as db, db.begin():
        read_only(db)
        active = db.scalar(select(Campaign.id).where(Campaign.status.in_(("scheduled", "sending"))).limit(1))
        due = db.scalar(
            select(CampaignRecipient.id)
            .where(CampaignRecipient.state.in_(("pending", "sending")), CampaignRecipient.due_at <= now)
            .limit(1)
        )
    return active is not None or due is not None


async def run_campaigns(
    factory: sessionmaker[Session],
    catalogue: Callable[[], Catalogue],
    settings: Settings,
    stop: asyncio.Event,
    wake: asyncio.Event | None = None,
    *,
    poll: float = 2.0,
    clock: Callable[[], dt.datetime],
) -> None:
    """Run ``tick`` until ``stop``; ``catalogue`` is asked each pass (serve swaps it on reload)."""
    wake = wake or asyncio.Event()
    deliverer = Deliverer(settings, catalogue())
    try:
        while not stop.is_set():
            wake.clear()
            try:
                await asyncio.to_thread(tick, factory, catalogue(), settings, deliverer, clock)
            except Exception:  # noqa: BLE001 - e.g. the database is briefly away: log, try again next poll
                log.exception("campaign pass failed")
            await wait_any([stop, wake], poll)
    finally:
        await asyncio.to_thread(deliverer.close)
