"""Worker processes: understanding and deciding on other cores than the SMTP intake.

One Python process runs on one core at a time. Left in the ``serve`` process,
the pipeline (about 10 ms of CPU per registration) competes with the intake and
the sender for that core, and 100 registrations a second cannot be confirmed
within a second. So ``serve`` starts ``[worker] processes`` children, each with
its own engine, that run the same ``process_pending`` loop as the in-process
worker. They share nothing but the database, which already makes every hand-over
safe: the claim is a conditional UPDATE, and a child that dies mid-message
leaves a lease that the next pass reclaims. The parent only nudges: a byte down
a pipe when the intake committed something, a byte back when a child queued
replies (so the sender starts at once). A child that exits is started again.
When ``serve`` reloads the catalogue, the parent sends it down the same pipe
(pickled, after the database sync) and the children use it from their next pass;
children started later get it in their ``WorkerSpec``.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import time
from dataclasses import dataclass, field, replace
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Callable

from mailflow.catalogue import Catalogue
from mailflow.config import Settings

if TYPE_CHECKING:
    from mailflow.pipeline import Pipeline

log = logging.getLogger("mailflow.worker_pool")
WAKE, STOP, QUEUED, READY = b"w", b"s", b"q", b"r"
RELOAD = b"c"  # followed by the pickled Catalogue
_WARM_UP = b"From: warm-up@mailflow.invalid\r\nSubject: warm-up\r\n\r\nIk wil graag aansluiten.\r\n"


@dataclass(frozen=True)
class WorkerSpec:
    """All a child needs to build its own pipeline; sent to it pickled, so plain data only."""

    settings: Settings
    catalogue: Catalogue
    batch: int = 100
    interval: float = 1.0
    log_level: int = logging.INFO
    log_format: str = "text"  # as `serve --log-format`: the children write to the same stderr


def worker_main(spec: WorkerSpec, conn: multiprocessing.connection.Connection) -> None:
    """A child's life: process whatever is pending whenever nudged (or every ``interval``) until told to stop."""
    # Ctrl-C and a service manager's SIGTERM reach the whole process group; the parent decides
    # when a child stops (after the message in hand), so neither may kill it half-way. SIGHUP
    # (reload the catalogue) is for the parent, which sends the children what they need.
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_IGN)
    from mailflow.logs import setup_logging

    setup_logging(spec.log_level, spec.log_format)
    from mailflow.app import utc_now
    from mailflow.db.engine import make_engine, make_session_factory
    from mailflow.pipeline import Pipeline, Reclaimer, process_pending, unclaim_own, worker_identity

    engine = make_engine(spec.settings.database_url, sqlite_synchronous=spec.settings.sqlite_synchronous)
    pipeline = Pipeline(
        spec.catalogue, spec.settings, make_session_factory(engine), utc_now, worker_id=worker_identity(os.getpid())
    )
    reclaimer = Reclaimer()
    parent, failed = os.getppid(), False
    try:
        _warm_up(pipeline)
        conn.send_bytes(READY)
        while True:
            try:
                orders = _drain(conn) if conn.poll(spec.interval) else _Orders()
            except (EOFError, OSError):
                return  # the parent is gone
            if orders.stop:
                return
            if orders.catalogue is not None:
                pipeline = replace(pipeline, catalogue=orders.catalogue)
                _warm_up(pipeline)
                log.info(
                    "worker process: using the reloaded catalogue (%d events, %d sessions)",
                    len(orders.catalogue.events),
                    len(orders.catalogue.sessions),
                )
            queued = 0
            while os.getppid() == parent:  # an orphan (serve was killed) stops after its batch
                try:
                    if failed:
                        unclaim_own(pipeline)  # what a failed pass could not give back
                    n = process_pending(pipeline, spec.batch, reclaim=reclaimer.due())
                    failed = False
                except Exception:  # noqa: BLE001 - e.g. the database is down: log, wait, try again
                    log.exception("worker pass failed")
                    failed = True
                    break
                queued += n
                if n < spec.batch:
                    break
            if os.getppid() != parent:
                return
            if queued:
                try:
                    conn.send_bytes(QUEUED)
                except OSError:
                    return
    finally:
        engine.dispose()


def _warm_up(pipeline: Pipeline) -> None:
    """Build the word lists, session index and mail templates now, not on the first registration."""
    from mailflow.outbound.compose import LANGUAGES, template_name
    from mailflow.outbound.templating import environment
    from mailflow.pipeline import understanding

    understanding(pipeline)(_WARM_UP, pipeline.catalogue, now=pipeline.clock())
    env = environment(pipeline.settings.templates.dir)
    for lang in LANGUAGES:
        for kind in ("txt", "html"):
            env.get_template(template_name(lang, "confirmation", kind))


@dataclass(frozen=True)
class _Orders:
    """What the waiting messages from the parent add up to."""

    stop: bool = False
    catalogue: Catalogue | None = None  # the newest reloaded catalogue, if one came


def _drain(conn: multiprocessing.connection.Connection) -> _Orders:
    """Read every message that is waiting: nudges, a stop, reloaded catalogues (the last one counts)."""
    stop, catalogue = False, None
    while conn.poll(0):
        said = conn.recv_bytes()
        stop |= said == STOP
        if said.startswith(RELOAD):
            catalogue = pickle.loads(said[len(RELOAD) :])  # from our own parent, over a private pipe
    return _Orders(stop, catalogue)


@dataclass
class _Child:
    process: BaseProcess
    conn: multiprocessing.connection.Connection
    started: float = field(default_factory=time.monotonic)


async def run_worker_processes(
    spec: WorkerSpec,
    count: int,
    stop: asyncio.Event,
    wake: asyncio.Event,
    sent_wake: asyncio.Event | None = None,
    *,
    parent: Pipeline | None = None,
    ready: asyncio.Event | None = None,
    grace: float = 30.0,
    reloaded: asyncio.Event | None = None,
    catalogue: Callable[[], Catalogue] | None = None,
) -> None:
    """Keep ``count`` worker processes running until ``stop``; forward ``wake``, report queued replies.

    Processes are spawned, not forked: a fork would copy the parent's open
    database connections and event loop into the child. When a child dies, the
    ``parent`` pipeline releases its claims at once (``reclaim_worker``) rather
    than after the lease. ``ready`` is set once every child has built its
    pipeline and warmed up, so the caller can open the intake to a warm worker.
    When ``reloaded`` is set, ``catalogue()`` is sent to every child (before any
    nudge that follows) and given to children started from then on.
    """
    loop = asyncio.get_running_loop()
    ctx = multiprocessing.get_context("spawn")
    children: list[_Child | None] = [None] * count
    died = asyncio.Event()
    warm: set[int] = set()

    def on_readable(slot: int) -> None:
        child = children[slot]
        if child is None:
            return
        try:
            while child.conn.poll(0):
                said = child.conn.recv_bytes()
                if said == QUEUED and sent_wake is not None:
                    sent_wake.set()
                elif said == READY:
                    warm.add(slot)
                    if ready is not None and len(warm) == count:
                        ready.set()
        except (EOFError, OSError):
            loop.remove_reader(child.conn.fileno())
            died.set()

    def start(slot: int) -> None:
        parent_end, child_end = ctx.Pipe()
        process = ctx.Process(
            target=worker_main, args=(spec, child_end), name=f"mailflow-worker-{slot + 1}", daemon=True
        )
        process.start()
        child_end.close()
        children[slot] = _Child(process, parent_end)
        loop.add_reader(parent_end.fileno(), on_readable, slot)
        parent_end.send_bytes(WAKE)  # whatever arrived before it started

    def tell_all(message: bytes) -> None:
        for child in children:
            if child is not None:
                try:
                    child.conn.send_bytes(message)
                except OSError:
                    died.set()

    for slot in range(count):
        start(slot)
    log.info("%d worker process%s started", count, "" if count == 1 else "es")
    try:
        while not stop.is_set():
            events = [e for e in (stop, wake, died, reloaded) if e is not None]
            waiters = [asyncio.create_task(e.wait()) for e in events]
            try:
                await asyncio.wait(waiters, timeout=5.0, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for w in waiters:
                    w.cancel()
            if reloaded is not None and reloaded.is_set() and catalogue is not None:
                reloaded.clear()
                spec = replace(spec, catalogue=catalogue())  # for children started from now on
                tell_all(RELOAD + pickle.dumps(spec.catalogue))
            if wake.is_set():
                wake.clear()
                tell_all(WAKE)
            died.clear()
            for slot, child in enumerate(children):
                if child is not None and not child.process.is_alive() and not stop.is_set():
                    log.error(
                        "worker process %s exited with code %s; starting a new one",
                        child.process.name,
                        child.process.exitcode,
                    )
                    _close(loop, child)
                    if parent is not None and child.process.pid is not None:
                        await _release_claims(parent, child)
                    if time.monotonic() - child.started < 5:
                        await asyncio.sleep(1)  # a child that dies at once must not spin
                    start(slot)
    finally:
        await asyncio.to_thread(_stop_all, loop, [c for c in children if c is not None], grace)


async def _release_claims(parent: Pipeline, child: _Child) -> None:
    from mailflow.pipeline import reclaim_worker, worker_identity

    why = f"the worker process stopped (exit code {child.process.exitcode}) while processing this message"
    try:
        n = await asyncio.to_thread(
            reclaim_worker, parent, worker_identity(child.process.pid or 0), why, parent.clock()
        )
    except Exception:  # noqa: BLE001 - the lease will release them later
        log.exception("could not release the claims of worker process %s", child.process.name)
        return
    if n:
        log.warning("released %d message(s) claimed by worker process %s", n, child.process.name)


def _close(loop: asyncio.AbstractEventLoop, child: _Child) -> None:
    try:
        loop.remove_reader(child.conn.fileno())
    except (OSError, ValueError):
        pass
    child.conn.close()


def _stop_all(loop: asyncio.AbstractEventLoop, children: list[_Child], grace: float) -> None:
    """Ask each child to stop after its current message, wait ``grace`` seconds, then terminate."""
    for child in children:
        try:
            child.conn.send_bytes(STOP)
        except OSError:
            pass
    deadline = time.monotonic() + grace
    for child in children:
        child.process.join(max(0.0, deadline - time.monotonic()))
        if child.process.is_alive():
            log.warning("worker process %s did not stop within %.0f s; terminating it", child.process.name, grace)
            child.process.kill()  # it ignores SIGTERM (see worker_main)
            child.process.join(5)
        loop.call_soon_threadsafe(_close, loop, child)
