"""Group commit for the SMTP/LMTP intake: many sessions, few transactions, no 250 before commit.

Each session awaits ``GroupCommitter.accept(item)``. Messages that arrive
while a writer thread is committing wait and are committed together next, in
one transaction (``store.store_batch``). Under load this pays the commit, the
transaction set-up and the thread hand-off once per batch instead of once per
message; with one client it is exactly one commit per message, as before.

Writers run on their own threads so the event loop never waits for the
database, and each keeps one connection open (no pool checkout per batch). On
SQLite there is one writer (SQLite has one writer anyway, and queueing here is
far cheaper than threads fighting over the file lock); on PostgreSQL a few.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from mailflow.intake.store import Accepted, Incoming, accept, accept_many, store_batch

log = logging.getLogger(__name__)

_Waiter = tuple[Incoming, "asyncio.Future[Accepted]"]


class _Writers:
    """The work done on a writer thread: commit a batch on that thread's own connection."""

    def __init__(self, factory: sessionmaker[Session]):
        self.factory = factory
        bind = factory.kw.get("bind")
        self.engine = bind if isinstance(bind, Engine) else None
        self._local = threading.local()
        self._open: list[Connection] = []
        self._lock = threading.Lock()

    def store(self, items: list[Incoming]) -> list[Accepted | Exception]:
        """Commit a batch; if that fails, store one by one so a bad message fails alone."""
        try:
            return list(self._batch(items))
        except Exception:  # noqa: BLE001 - retried below, message by message
            if len(items) == 1:
                raise
            log.warning("group commit of %d messages failed; storing them one by one", len(items), exc_info=True)
        results: list[Accepted | Exception] = []
        for item in items:
            try:
                results.append(
                    accept(
                        self.factory,
                        item.raw,
                        source=item.source,
                        source_ref=item.source_ref,
                        envelope_from=item.envelope_from,
                        envelope_to=item.envelope_to,
                    )
                )
            except Exception as exc:  # noqa: BLE001 - goes to that message's session, which answers 451
                results.append(exc)
        return results

    def _batch(self, items: list[Incoming]) -> list[Accepted]:
        if self.engine is None:  # bound to something else (e.g. a test's connection): plain path
            return accept_many(self.factory, items)
        conn: Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self.engine.connect()
            with self._lock:
                self._open.append(conn)
        try:
            with conn.begin():
                return store_batch(conn, items)
        except Exception:
            self._drop(conn)  # maybe broken (server restart): the next batch reconnects
            raise

    def _drop(self, conn: Connection) -> None:
        self._local.conn = None
        with self._lock:
            if conn in self._open:
                self._open.remove(conn)
        try:
            conn.invalidate()
        except Exception:  # noqa: BLE001 - it is being thrown away
            log.debug("closing a failed intake connection failed", exc_info=True)

    def close(self) -> None:
        with self._lock:
            conns, self._open = self._open, []
        for conn in conns:
            conn.close()


class GroupCommitter:
    """Queue messages and commit them in batches; ``await accept(item)`` returns once it is committed."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        writers: int | None = None,
        *,
        max_batch: int = 200,
        max_batch_bytes: int = 32 * 1024 * 1024,
    ):
        if writers is None:
            bind = factory.kw.get("bind")
            writers = 1 if getattr(getattr(bind, "dialect", None), "name", "") == "sqlite" else 4
        self.writers, self.max_batch, self.max_batch_bytes = writers, max_batch, max_batch_bytes
        self._work = _Writers(factory)
        self._executor = ThreadPoolExecutor(max_workers=writers, thread_name_prefix="mailflow-intake")
        self._pending: list[_Waiter] = []
        self._tasks: set[asyncio.Task[None]] = set()  # strong references while they run
        self._running = 0

    async def accept(self, item: Incoming) -> Accepted:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Accepted] = loop.create_future()
        self._pending.append((item, future))
        if self._running < self.writers:
            self._running += 1
            task = loop.create_task(self._drain())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return await future

    async def _drain(self) -> None:
        # No await between finding the queue empty and leaving (the counter drops in
        # the same step), so a message queued at that moment always finds a writer.
        loop = asyncio.get_running_loop()
        try:
            while self._pending:
                batch, self._pending = self._take()
                try:
                    results = await loop.run_in_executor(self._executor, self._work.store, [i for i, _ in batch])
                except Exception as exc:  # noqa: BLE001 - e.g. shut down: every waiter gets the error (451)
                    results = [exc] * len(batch)
                for (_, future), result in zip(batch, results):
                    if future.done():  # the client hung up meanwhile; the message is stored regardless
                        continue
                    if isinstance(result, Exception):
                        future.set_exception(result)
                    else:
                        future.set_result(result)
        finally:
            self._running -= 1

    def _take(self) -> tuple[list[_Waiter], list[_Waiter]]:
        """The next batch (at least one message, then up to the count and byte caps) and the rest."""
        size, n = 0, 0
        for item, _ in self._pending[: self.max_batch]:
            size += len(item.raw)
            if n and size > self.max_batch_bytes:
                break
            n += 1
        return self._pending[:n], self._pending[n:]

    def close(self) -> None:
        """Wait for batches in flight, then close the writers' connections. Blocking."""
        self._executor.shutdown(wait=True)
        self._work.close()
