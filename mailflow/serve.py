"""The service: SMTP/LMTP intake + IMAP mailboxes + sender + staff pages here, the worker in ``[worker] processes``.

The intake commits raw bytes and wakes the worker; the worker understands,
decides and commits registrations with their replies, then wakes the sender;
the sender delivers the outbox. Each piece survives the others crashing
because the database holds every hand-over. The worker runs in child
processes (``mailflow.worker_pool``) so that it has a core of its own; with
``processes = 0``, or an in-memory database no other process can see, it runs here.

Campaigns (``mailflow.campaigns.runner``) run as a task beside the sender: due
schedules, late joiners and retries of campaign mail, woken with the sender.

The catalogue files are followed (``catalogue_reload``): a changed catalogue is
synced into the database and then used by the intake (its addresses), the
worker here or in the worker processes, and the IMAP mailboxes, without a restart.
Mail due by time or by the catalogue (calendar updates after a schedule change,
per ``[policy] notify_schedule_changes``; join links at their release time) is
queued by ``apply.timed``, every 30 s and at once after a reload.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import signal
from contextlib import suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Coroutine

from mailflow.aio import wait_any
from mailflow.app import App
from mailflow.catalogue import Catalogue

if TYPE_CHECKING:
    from mailflow.pipeline import Pipeline

log = logging.getLogger("mailflow.serve")
WORKER_START_TIMEOUT = 60.0  # seconds serve waits for its worker processes before opening the intake


@dataclass
class Live:
    """The pipeline in force here, replaced whole when the catalogue is reloaded.

    The in-process worker and the IMAP mailboxes read ``pipeline`` before each
    message or pass; ``reloaded`` tells the worker processes' keeper to send
    them the new catalogue.
    """

    pipeline: Pipeline
    reloaded: asyncio.Event = field(default_factory=asyncio.Event)


async def serve(
    app: App,
    *,
    stop: asyncio.Event | None = None,
    reload: asyncio.Event | None = None,
    on_ready: Callable[[int], None] | None = None,
    log_format: str = "text",
) -> None:
    """Run until ``stop`` is set (or SIGINT/SIGTERM); ``on_ready`` gets the bound intake port.

    Setting ``reload`` (SIGHUP does) makes serve look at the catalogue files now
    instead of within a few seconds. ``log_format`` ("text" or "json") is passed
    to the worker processes, which log to the same stderr.
    """
    from mailflow.apply.timed import run_timed_mail
    from mailflow.campaigns.runner import run_campaigns
    from mailflow.catalogue.reload import FileWatch, follow_catalogue
    from mailflow.intake.smtp import start_intake
    from mailflow.outbound.sender import RetryPolicy, run_sender
    from mailflow.outbound.transport import make_transport
    from mailflow.pipeline import Pipeline, process_one, worker_identity
    from mailflow.privacy.retention import run_retention

    web_socket = web_app = None
    if app.settings.web.enabled:
        from mailflow.web.server import bind, build, secret_of

        secret_of(app)  # no secret key: refuse before anything starts
        web_socket = bind(app)  # a port in use: one clear error, before the intake opens
    transport = make_transport(app.settings.outbound)
    transport.open()  # a Maildir that cannot be created stops the start, not every reply later
    loop = asyncio.get_running_loop()
    stop, reload = stop or asyncio.Event(), reload or asyncio.Event()
    for sig, event in ((signal.SIGINT, stop), (signal.SIGTERM, stop), (signal.SIGHUP, reload)):
        with suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, event.set)
    wake, sent_wake, timed_wake = asyncio.Event(), asyncio.Event(), asyncio.Event()
    watch = FileWatch(app.settings.catalogue_files)  # before "ready": later edits count as changes
    live = Live(
        Pipeline(
            catalogue=app.catalogue,
            settings=app.settings,
            session_factory=app.factory,
            clock=app.clock,
            worker_id=worker_identity(os.getpid()),
        )
    )

    def on_accept(_inbound_id: int) -> None:
        loop.call_soon_threadsafe(wake.set)

    # The worker first: mail that arrives finds it warm (word lists, templates, its process started).
    worker_ready = asyncio.Event()
    worker_task = asyncio.create_task(_worker_job(app, live, stop, wake, sent_wake, worker_ready, log_format))
    await wait_any((worker_ready, stop), WORKER_START_TIMEOUT)
    if not worker_ready.is_set() and not stop.is_set():
        log.warning(
            "the worker is not ready after %.0f s; accepting mail anyway (it waits in the database)",
            WORKER_START_TIMEOUT,
        )
    if web_socket is not None:  # built off the loop, before the intake opens: no SMTP greeting waits for it

        def wake_sender() -> None:  # called from the web's worker threads after they queued mail
            loop.call_soon_threadsafe(sent_wake.set)

        web_app = await asyncio.to_thread(build, app, wake_sender)
    addresses = app.settings.intake_addresses(app.catalogue)
    try:
        server = await start_intake(app.settings.smtp, addresses, app.factory, on_accept)
    except BaseException:
        stop.set()
        if web_socket is not None:
            web_socket.close()
        worker_task.cancel()
        await asyncio.gather(worker_task, return_exceptions=True)
        raise
    mode = "LMTP" if app.settings.smtp.lmtp else "SMTP"
    log.info(
        "%s intake on %s:%d for %s", mode, app.settings.smtp.listen_host, server.port, ", ".join(sorted(addresses))
    )
    relay = app.settings.outbound.relay_host
    log.info(
        "replies go to %s",
        f"relay {relay}:{app.settings.outbound.relay_port}" if relay else f"Maildir {app.settings.outbound.maildir}",
    )

    def use_catalogue(new: Catalogue) -> None:
        """Hand a reloaded (and synced) catalogue to everything that reads one."""
        app.catalogue = new
        live.pipeline = dataclasses.replace(live.pipeline, catalogue=new)
        server.handler.use_addresses(app.settings.intake_addresses(new))
        live.reloaded.set()
        timed_wake.set()  # a changed time or place: updates (or the note that they wait) right away

    jobs: list[Coroutine[Any, Any, None]] = [
        run_sender(app.factory, transport, stop, sent_wake, retry=RetryPolicy.from_settings(app.settings.outbound)),
        follow_catalogue(app.settings.catalogue_files, app.factory, stop, reload, use_catalogue, watch=watch),
        run_timed_mail(
            app.factory, app.settings, lambda: live.pipeline.catalogue, app.clock, stop, timed_wake, sent_wake
        ),
        run_campaigns(app.factory, lambda: app.catalogue, app.settings, stop, clock=app.clock),
        run_retention(app.factory, app.settings.privacy.retain_days, stop, app.clock),
    ]
    if app.settings.staff.mails:
        from mailflow.staff.schedule import run_staff_mail

        jobs.append(run_staff_mail(app, stop, on_queued=sent_wake.set))
    if web_socket is not None:
        from mailflow.web.server import run_web

        jobs.append(run_web(app, stop, sock=web_socket, fastapi_app=web_app))
    if app.settings.mailboxes:
        from mailflow.intake.imap import run_mailboxes

        jobs.append(run_mailboxes(app.settings, app.factory, lambda i: process_one(live.pipeline, i), stop))
    tasks: list[asyncio.Task[None]] = [worker_task, *(asyncio.create_task(j) for j in jobs)]
    if on_ready is not None:
        on_ready(server.port)
    try:
        done, _ = await asyncio.wait([asyncio.create_task(stop.wait()), *tasks], return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            if t in tasks and t.exception() is not None:
                log.error("a service task stopped: %s", t.exception())
    finally:
        stop.set()
        await server.stop()
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        log.info("stopped")


def worker_processes(app: App) -> int:
    """How many worker processes to start: none when another process could not see the database."""
    url = app.settings.database_url
    if url.startswith("sqlite") and (":memory:" in url or url.rstrip("/").endswith("sqlite:")):
        return 0
    return app.settings.worker.processes


async def _worker_job(
    app: App,
    live: Live,
    stop: asyncio.Event,
    wake: asyncio.Event,
    sent_wake: asyncio.Event,
    ready: asyncio.Event,
    log_format: str,
) -> None:
    from mailflow.pipeline import run_worker
    from mailflow.worker_pool import WorkerSpec, run_worker_processes

    from mailflow.pipeline import reclaim_dead_local_workers

    released = await asyncio.to_thread(reclaim_dead_local_workers, live.pipeline, app.clock())
    if released:
        log.warning("released %d message(s) claimed by worker processes that are gone", released)
    count = worker_processes(app)
    if count == 0:
        ready.set()
        await run_worker(lambda: live.pipeline, stop, wake, sent_wake, batch=app.settings.worker.batch)
        return
    spec = WorkerSpec(
        app.settings,
        app.catalogue,
        batch=app.settings.worker.batch,
        log_level=logging.getLogger().getEffectiveLevel(),
        log_format=log_format,
    )
    await run_worker_processes(
        spec,
        count,
        stop,
        wake,
        sent_wake,
        parent=live.pipeline,
        ready=ready,
        reloaded=live.reloaded,
        catalogue=lambda: live.pipeline.catalogue,
    )
