"""Inside ``serve``: mail new review items to the secretariat, and the daily digest at its time.

Each round runs in a thread (database work) every few seconds; both steps are
idempotent (an item is marked notified in the same transaction that queues its
mail; the digest has one dedup key per day), so several serve processes or a
restart never double a mail.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Callable
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from mailflow.aio import wait_any
from mailflow.app import App
from mailflow.config import Settings
from mailflow.outbound.outbox import enqueue
from mailflow.staff.by_mail import notify_new_items
from mailflow.staff.digest import as_mail, build

log = logging.getLogger("mailflow.staff")
ROUND_SECONDS = 5.0


def digest_due(settings: Settings, now: dt.datetime) -> str | None:
    """Today's date (local) once the digest time has passed and someone is to receive it; else None."""
    if not (settings.staff.digest_to or settings.staff.notify):
        return None
    local = now.astimezone(ZoneInfo(settings.timezone))
    hour, minute = (int(x) for x in settings.staff.digest_time.split(":"))
    if (local.hour, local.minute) < (hour, minute):
        return None
    return local.date().isoformat()


def send_digest_if_due(db: Session, settings: Settings, catalogue_mailbox: str, now: dt.datetime) -> bool:
    day = digest_due(settings, now)
    if day is None:
        return False
    to = settings.staff.digest_to or settings.staff.notify
    assert to is not None
    msg = as_mail(
        build(db, now),
        to=to,
        sender=f"mailflow <{settings.sender.address or catalogue_mailbox}>",
        domain=settings.sender.domain,
        base_url=settings.web.base_url,
    )
    return enqueue(db, msg, kind="staff_digest", dedup_key=f"staff_digest:{day}", now=now) is not None


def staff_mail_round(factory: sessionmaker[Session], app: App) -> int:
    now = app.clock()
    with factory() as db, db.begin():
        sent = len(notify_new_items(db, app.settings, app.catalogue, now))
        mailbox = next(iter(app.catalogue.mailboxes), "mailflow@invalid")
        sent += int(send_digest_if_due(db, app.settings, mailbox, now))
    return sent


async def run_staff_mail(app: App, stop: asyncio.Event, on_queued: Callable[[], None]) -> None:
    """Until ``stop``: notices and the digest (serve treats a job that returns early as a failure)."""
    while not stop.is_set():
        try:
            if await asyncio.to_thread(staff_mail_round, app.factory, app):
                on_queued()
        except Exception:  # noqa: BLE001 - try again next round; the service goes on
            log.exception("staff notification round failed")
        await wait_any([stop], ROUND_SECONDS)
