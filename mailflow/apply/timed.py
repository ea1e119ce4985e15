"""Mail that is due because of time or the catalogue, not because someone wrote: run by ``serve``.

Every pass (every ``TIMED_INTERVAL`` seconds, and at once after a catalogue
reload) looks for two things in one transaction:

- schedule changes (``schedule.preview``): under ``[policy]
  notify_schedule_changes = "send"`` the updates go out at once; under "ask"
  (the default) they wait for `mailflow events sync --notify`, and serve logs
  who is affected once per change, so the organiser knows a step is left;
- join links whose release time has come (``links.send_due``).

Everything it knows is in the rows, so a restart simply runs the next pass.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy.orm import Session, sessionmaker

from mailflow.aio import wait_any
from mailflow.apply import links, schedule
from mailflow.apply.context import Context
from mailflow.catalogue import Catalogue
from mailflow.config import Settings

log = logging.getLogger("mailflow.timed")
TIMED_INTERVAL = 30.0  # seconds; a join link goes out at most this long after its release time


@dataclass
class TimedPass:
    waiting: list[schedule.SessionChange] = field(default_factory=list)  # "ask": changes not yet sent
    updated: list[int] = field(default_factory=list)  # registrations brought up to date
    outbound: list[int] = field(default_factory=list)


def timed_pass(factory: sessionmaker[Session], catalogue: Catalogue, settings: Settings, now: dt.datetime) -> TimedPass:
    """One look: schedule updates (per policy) and due join links, committed together."""
    done = TimedPass()
    with factory() as db, db.begin():
        ctx = Context(catalogue, settings, now, actor="system")
        if settings.policy.notify_schedule_changes == "send":
            sent = schedule.notify(db, ctx)
            done.updated += sent.registrations
            done.outbound += sent.outbound
        else:
            done.waiting = schedule.preview(db)
        found = links.send_due(db, ctx)
        done.updated += found.registrations
        done.outbound += found.outbound
    return done


async def run_timed_mail(
    factory: sessionmaker[Session],
    settings: Settings,
    catalogue: Callable[[], Catalogue],
    clock: Callable[[], dt.datetime],
    stop: asyncio.Event,
    wake: asyncio.Event,
    sent_wake: asyncio.Event | None = None,
    *,
    interval: float = TIMED_INTERVAL,
) -> None:
    """Until ``stop``: a ``timed_pass`` every ``interval`` s or when ``wake`` is set (a catalogue reload)."""
    told: set[tuple[str, int]] = set()
    while not stop.is_set():
        wake.clear()
        try:
            done = await asyncio.to_thread(timed_pass, factory, catalogue(), settings, clock())
        except Exception:  # noqa: BLE001 - e.g. the database is briefly away: try again next pass
            log.exception("timed mail pass failed")
            done = TimedPass()
        if done.outbound:
            log.info(
                "queued %d calendar update(s) and join link(s)",
                len(done.outbound),
                extra={"outbound_ids": done.outbound, "registrations": done.updated},
            )
            if sent_wake is not None:
                sent_wake.set()
        told = _tell_waiting(done.waiting, told)
        await wait_any((stop, wake), interval)


def _tell_waiting(waiting: list[schedule.SessionChange], told: set[tuple[str, int]]) -> set[tuple[str, int]]:
    """Log each waiting schedule change once (not every pass); returns what has now been told."""
    now = {(c.session_key, a.registration_id) for c in waiting for a in c.registrations}
    if now - told:
        for change in waiting:
            log.warning(
                "calendar updates waiting for confirmation: %s; send them with `mailflow events sync "
                '--notify` (or set [policy] notify_schedule_changes = "send")',
                change,
            )
    return now
