"""The worker: claim, process once, fail and retry, hold after three attempts, run as an asyncio task."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import threading
import time
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from mailflow.catalogue import Catalogue
from mailflow.config import Settings
from mailflow.db.models import InboundMessage, InterpretationRow, Registration, ReviewItem
from mailflow.intake.store import accept, message_id_of
from mailflow.understand.types import Interpretation, Participant
from mailflow.pipeline import Pipeline, process_one, process_pending, run_worker

from support import make_interp, outbox, raw_mail


@dataclasses.dataclass
class Clock:
    now: dt.datetime

    def __call__(self) -> dt.datetime:
        return self.now


@dataclasses.dataclass
class Scripted:
    """Understanding by script: Message-ID -> Interpretation, or an exception to raise."""

    answers: dict[str, Interpretation | Exception]
    calls: int = 0

    def __call__(
        self,
        raw: bytes,
        catalogue: Catalogue,
        *,
        now: Any = None,
        own_addresses: Any = (),
        delivered_to: Any = (),
        **_: Any,
    ) -> Interpretation:
        self.calls += 1
        mid = message_id_of(raw) or ""
        answer = self.answers[mid]
        if isinstance(answer, Exception):
            raise answer
        return dataclasses.replace(answer, message_id=mid)


def pipeline(
    factory: sessionmaker[Session], catalogue: Catalogue, settings: Settings, clock: Clock, understand: Scripted
) -> Pipeline:
    return Pipeline(catalogue, settings, factory, clock, understand=understand)


def incoming(factory: sessionmaker[Session], script: Scripted, n: int, interp: Interpretation | Exception) -> int:
    script.answers[f"<m{n}@utrecht.nl>"] = interp
    return accept(factory, raw_mail(n), source="file").id


def row(factory: sessionmaker[Session], inbound_id: int) -> InboundMessage:
    with factory() as db:
        return db.get_one(InboundMessage, inbound_id)


@pytest.fixture
def clock(now: dt.datetime) -> Clock:
    return Clock(now)


def test_pending_messages_are_processed_once(synced, catalogue, settings, clock):
    script = Scripted({})
    p = pipeline(synced, catalogue, settings, clock, script)
    a = incoming(synced, script, 1, make_interp(sessions=["dia-utrecht"]))
    b = incoming(synced, script, 2, make_interp("auto_reply", may_reply=False))
    assert process_pending(p) == 2
    assert (row(synced, a).state, row(synced, b).state) == ("processed", "ignored")
    assert process_pending(p) == 0 and script.calls == 2
    with synced() as db:
        kinds = sorted(db.scalars(select(InterpretationRow.kind)))
    assert kinds == ["auto_reply", "register"]


def test_understanding_judges_at_arrival_not_at_processing(synced, catalogue, settings, clock):
    # a backlog after a deadline must not make a timely message late
    seen: list[dt.datetime] = []

    def understand(
        raw: bytes, catalogue: Catalogue, *, now: Any = None, own_addresses: Any = (), delivered_to: Any = (), **_: Any
    ) -> Interpretation:
        seen.append(now)
        return make_interp("auto_reply", message_id=message_id_of(raw))

    a = accept(synced, raw_mail(1), source="file", received_at=clock.now - dt.timedelta(days=3)).id
    p = Pipeline(catalogue, settings, synced, clock, understand=understand)
    assert process_one(p, a) == "ignored"
    assert seen == [clock.now - dt.timedelta(days=3)]


def test_processing_the_same_message_again_does_nothing(synced, catalogue, settings, clock):
    # a crash after commit: the message is offered again, nothing is doubled
    script = Scripted({})
    p = pipeline(synced, catalogue, settings, clock, script)
    a = incoming(synced, script, 1, make_interp(sessions=["dia-utrecht"]))
    assert process_one(p, a) == "processed"
    assert process_one(p, a) == "skipped"
    with synced() as db:
        assert db.scalar(select(func.count()).select_from(Registration)) == 1
    assert len(outbox(synced)) == 1


def test_failure_is_recorded_retried_and_then_held(synced, catalogue, settings, clock):
    script = Scripted({})
    p = pipeline(synced, catalogue, settings, clock, script)
    a = incoming(synced, script, 1, ValueError("lexicon broken"))
    assert process_pending(p) == 1
    r = row(synced, a)
    assert (r.state, r.attempts, r.error) == ("failed", 1, "ValueError: lexicon broken")
    assert process_pending(p) == 0  # not before retry_after
    for attempt in (2, 3):
        clock.now += p.retry_after
        assert process_pending(p) == 1
        assert row(synced, a).attempts == attempt
    r = row(synced, a)
    assert r.state == "review"
    with synced() as db:
        [item] = db.scalars(select(ReviewItem)).all()
    assert item.inbound_id == a and "3 attempts" in item.reason and "lexicon broken" in item.reason
    clock.now += p.retry_after
    assert process_pending(p) == 0 and script.calls == 3  # never looping


def test_failed_message_succeeds_on_retry(synced, catalogue, settings, clock):
    script = Scripted({})
    p = pipeline(synced, catalogue, settings, clock, script)
    a = incoming(synced, script, 1, RuntimeError("database hiccup"))
    process_pending(p)
    script.answers["<m1@utrecht.nl>"] = make_interp(sessions=["dia-haarlem"])
    clock.now += p.retry_after
    assert process_pending(p) == 1
    r = row(synced, a)
    assert (r.state, r.attempts, r.error) == ("processed", 1, None)


def test_stale_processing_row_is_reclaimed_as_a_failed_attempt(synced, catalogue, settings, clock):
    # a worker died mid-way: after the lease the message counts one attempt and is retried
    script = Scripted({})
    p = pipeline(synced, catalogue, settings, clock, script)
    a = incoming(synced, script, 1, make_interp(sessions=["dia-haarlem"]))
    with synced() as db, db.begin():
        db.execute(update(InboundMessage).values(state="processing", claimed_at=clock.now))
    assert process_pending(p) == 0 and row(synced, a).state == "processing"  # lease still running
    clock.now += p.lease + dt.timedelta(seconds=1)
    process_pending(p)
    assert (row(synced, a).state, row(synced, a).attempts) == ("failed", 1)
    clock.now += p.retry_after
    assert process_pending(p) == 1 and row(synced, a).state == "processed"


def test_a_dead_workers_claims_are_released_at_once_and_only_the_one_in_hand_counts(synced, catalogue, settings, clock):
    # A worker process claimed three messages and died on the first: that one counts an attempt
    # (a message that kills its worker ends in review after max_attempts), the two it never
    # started go back to "new" without one; another worker's claim is not touched.
    from mailflow.worker_claims import claim_batch as _claim, reclaim_worker

    script = Scripted({})
    p = dataclasses.replace(pipeline(synced, catalogue, settings, clock, script), worker_id="host:41")
    ids = [incoming(synced, script, n, make_interp(sessions=["dia-haarlem"])) for n in (1, 2, 3, 4)]
    assert _claim(p, 3, clock.now) == ids[:3]
    assert _claim(dataclasses.replace(p, worker_id="host:42"), 3, clock.now) == ids[3:]
    assert reclaim_worker(p, "host:41", "the worker process stopped", clock.now) == 3
    states = [(row(synced, i).state, row(synced, i).attempts, row(synced, i).claimed_by) for i in ids]
    assert states == [("failed", 1, "host:41"), ("new", 0, None), ("new", 0, None), ("processing", 0, "host:42")]
    for _ in range(p.max_attempts - 1):
        with synced() as db, db.begin():
            db.execute(
                update(InboundMessage)
                .where(InboundMessage.id == ids[0])
                .values(state="processing", claimed_by="host:41")
            )
        reclaim_worker(p, "host:41", "the worker process stopped", clock.now)
    assert row(synced, ids[0]).state == "review"


def test_concurrent_workers_share_the_queue_and_respect_capacity(synced, catalogue, settings, clock):
    # ten people want the two places of Utrecht; three workers at once; each message handled once
    script = Scripted({})
    p = pipeline(synced, catalogue, settings, clock, script)
    for n in range(10):
        who = f"p{n}@x.nl"
        incoming(
            synced,
            script,
            n,
            make_interp(sessions=["dia-utrecht"], sender=who, reply_to=who, participants=[Participant(who)]),
        )
    counts: list[int] = []
    threads = [threading.Thread(target=lambda: counts.append(process_pending(p, batch=4))) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    while process_pending(p):
        pass
    with synced() as db:
        states = dict(db.execute(select(Registration.status, func.count()).group_by(Registration.status)).all())
        assert db.scalar(select(func.count()).select_from(InterpretationRow)) == 10
    assert states == {"confirmed": 2, "waitlisted": 8}
    assert script.calls == 10 and len(outbox(synced)) == 10


def test_run_worker_wakes_on_intake_and_wakes_sender(synced, catalogue, settings, clock):
    script = Scripted({})
    p = pipeline(synced, catalogue, settings, clock, script)

    async def scenario() -> str:
        stop, wake, sent = asyncio.Event(), asyncio.Event(), asyncio.Event()
        task = asyncio.create_task(run_worker(p, stop, wake, sent, interval=30))
        await asyncio.sleep(0.05)
        a = incoming(synced, script, 1, make_interp(sessions=["dia-utrecht"]))
        wake.set()
        await asyncio.wait_for(sent.wait(), timeout=10)
        stop.set()
        await asyncio.wait_for(task, timeout=10)
        return row(synced, a).state

    assert asyncio.run(scenario()) == "processed"


def test_pipeline_defaults_use_the_real_composer(synced, catalogue, settings, clock):
    # serve.py builds Pipeline(catalogue, settings, factory, clock) only: no composer means the
    # real one with the configured template folder (see test_templates.py)
    p = Pipeline(catalogue=catalogue, settings=settings, session_factory=synced, clock=clock)
    assert p.composer is None and p.max_attempts == 3


def test_long_running_loops_look_for_stale_messages_at_start_then_now_and_then() -> None:
    from mailflow.pipeline import Reclaimer

    r = Reclaimer(every=0.05)
    assert r.due() and not r.due()
    time.sleep(0.06)
    assert r.due()


def test_at_start_claims_of_this_hosts_dead_worker_processes_are_released(synced, catalogue, settings, clock):
    # After a restart (systemd stops the whole group), what the killed workers had claimed is
    # released at once; a live process's claims and another host's wait for their lease.
    import os
    import subprocess
    from mailflow.pipeline import reclaim_dead_local_workers, worker_identity

    script = Scripted({})
    p = pipeline(synced, catalogue, settings, clock, script)
    gone = subprocess.Popen(["true"])
    gone.wait()
    owners = [worker_identity(gone.pid), worker_identity(os.getpid()), "elsewhere.example:1"]
    ids = [incoming(synced, script, n, make_interp(sessions=["dia-haarlem"])) for n in (1, 2, 3)]
    with synced() as db, db.begin():
        for i, owner in zip(ids, owners):
            db.execute(
                update(InboundMessage)
                .where(InboundMessage.id == i)
                .values(state="processing", claimed_by=owner, claimed_at=clock.now)
            )
    assert reclaim_dead_local_workers(p, clock.now) == 1
    assert [row(synced, i).state for i in ids] == ["failed", "processing", "processing"]


def test_the_envelope_recipient_reaches_understanding(synced, catalogue, settings, clock):
    # The address the mail was delivered to (SMTP envelope, IMAP mailbox) decides the event, not the To header.
    seen: list[tuple[str, ...]] = []

    def understand(
        raw: bytes, catalogue: Catalogue, *, now: Any = None, own_addresses: Any = (), delivered_to: Any = (), **_: Any
    ) -> Interpretation:
        seen.append(tuple(delivered_to))
        return make_interp("auto_reply", message_id=message_id_of(raw))

    p = Pipeline(catalogue, settings, synced, clock, understand=understand)
    accept(synced, raw_mail(1), source="smtp", envelope_to=["jaarcongres@vng.nl"])
    process_pending(p)
    assert seen == [("jaarcongres@vng.nl",)]
