"""The mailbox worker: read a shared IMAP mailbox without ever losing or repeating a message.

The rule is *accept, then move*: a message's bytes are committed (``accept``,
with ``source_ref = imap:<name>:<uidvalidity>:<uid>``) before anything is done
to it on the server; then it is processed (the injected ``process`` step) and
only then moved to a folder by outcome. A crash anywhere leaves the message in
INBOX, and the next pass finds its row by ``source_ref`` (or, after a
UIDVALIDITY change, by Message-ID / content hash inside ``accept``) and only
finishes what is missing, so nothing is registered or answered twice.

INBOX itself is the work queue: everything in it is unfinished by definition,
so there is no cursor to lose. Each mailbox runs in its own thread with its
own reconnect/backoff; a wrong password stalls only that mailbox.
"""

from __future__ import annotations

import asyncio
import logging
import random
import threading
import time
from typing import Callable, Sequence

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from sqlalchemy import select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from mailflow.config import Mailbox, Settings
from mailflow.db.models import InboundMessage
from mailflow.intake.imap_check import MailboxReport, check_mailbox, render_report
from mailflow.intake.imap_conn import (
    NETWORK_ERRORS,
    MailboxAuthError,
    MailboxTLSError,
    Oversized,
    chunked,
    close_quietly,
    connect,
    fetch_bodies,
    move_messages,
    resolve_folders,
)
from mailflow.intake.imap_sent import append_sent, pending_sent_count
from mailflow.intake.store import accept

__all__ = ["MailboxWorker", "Process", "run_mailboxes", "check_mailbox", "render_report", "MailboxReport", "source_ref"]

log = logging.getLogger("mailflow.imap")
Process = Callable[[int], str]
ROLE_BY_STATE = {"processed": "processed", "review": "review", "ignored": "ignored"}
MAX_FETCH_BYTES = 16 * 1024 * 1024  # bodies held in memory at once, whatever batch_size says


def source_ref(mailbox: Mailbox, uidvalidity: int, uid: int) -> str:
    return f"imap:{mailbox.name}:{uidvalidity}:{uid}"


class MailboxWorker:
    """One mailbox: connect, sync INBOX in UID batches, wait (IDLE or poll), repeat; reconnect on failure."""

    def __init__(
        self,
        mailbox: Mailbox,
        factory: sessionmaker[Session],
        process: Process,
        *,
        stop: threading.Event | None = None,
        use_move: bool | None = None,
        max_idle: float = 300.0,
        auth_retry: float = 900.0,
        max_backoff: float = 300.0,
        sent_check_interval: float = 5.0,
        max_attempts: int = 3,
        max_message_size: int | None = None,
    ) -> None:
        self.mailbox, self.factory, self.process = mailbox, factory, process
        self.max_message_size = max_message_size  # larger messages are moved to review unread
        self.stop = stop or threading.Event()
        self.use_move = use_move  # None: MOVE when the server offers it
        self.max_idle, self.auth_retry, self.max_backoff = max_idle, auth_retry, max_backoff
        self.sent_check_interval = sent_check_interval
        self.max_attempts = max_attempts  # a "failed" row with this many attempts is given up: review folder
        self.uidvalidity: int | None = None
        self.folders: dict[str, str] = {}
        self._verify_sent = True  # first Sent pass after start checks for copies from a crashed run
        self._failures = 0
        self._waiting: dict[int, int] = {}  # UID -> inbound id left in INBOX by the last sync (not final yet)

    # -- the outer loop -------------------------------------------------------------------------

    def run(self) -> None:
        """Run until ``stop`` is set; never raises, so one bad mailbox cannot take the service down."""
        name = self.mailbox.name
        while not self.stop.is_set():
            try:
                self._session()
            except MailboxAuthError as exc:
                log.error("mailbox %s: authentication failed: %s; retrying in %.0f s", name, exc, self.auth_retry)
                self.stop.wait(self.auth_retry)
            except MailboxTLSError as exc:
                delay = self._backoff()
                log.error("mailbox %s: %s; retrying in %.1f s", name, exc, delay, extra={"key": exc.key})
                self.stop.wait(delay)
            except (*NETWORK_ERRORS, IMAPClientError) as exc:
                delay = self._backoff()
                log.warning(
                    "mailbox %s: connection to %s:%s lost or refused (%s: %s); reconnecting in %.1f s",
                    name,
                    self.mailbox.host,
                    self.mailbox.port,
                    type(exc).__name__,
                    exc,
                    delay,
                )
                self.stop.wait(delay)
            except Exception:  # noqa: BLE001 - e.g. the database is down: log, back off, carry on
                delay = self._backoff()
                log.exception("mailbox %s: unexpected error; retrying in %.1f s", name, delay)
                self.stop.wait(delay)

    def _backoff(self) -> float:
        """Exponential backoff with jitter: 1, 2, 4 ... max_backoff seconds."""
        self._failures += 1
        base = min(self.max_backoff, 2.0 ** (self._failures - 1))
        return base * random.uniform(0.5, 1.0)

    def _session(self) -> None:
        client = connect(self.mailbox)
        try:
            self.folders = resolve_folders(client, self.mailbox, create=True)
            move = client.has_capability("MOVE") if self.use_move is None else self.use_move
            idle = self.mailbox.idle and client.has_capability("IDLE")
            log.info(
                "mailbox %s: connected to %s:%s (%s, %s)",
                self.mailbox.name,
                self.mailbox.host,
                self.mailbox.port,
                "IDLE" if idle else f"polling every {self.mailbox.poll_interval:g} s",
                "MOVE" if move else "COPY+EXPUNGE",
            )
            while not self.stop.is_set():
                self.sync(client, move)
                self._failures = 0
                self.wait(client, idle)
        finally:
            close_quietly(client)

    def run_once(self) -> int:
        """Connect, sync once (and append Sent), disconnect; returns messages handled. For tests and tools."""
        client = connect(self.mailbox)
        try:
            self.folders = resolve_folders(client, self.mailbox, create=True)
            return self.sync(client, client.has_capability("MOVE") if self.use_move is None else self.use_move)
        finally:
            close_quietly(client)

    # -- one pass over INBOX --------------------------------------------------------------------

    def sync(self, client: IMAPClient, use_move: bool) -> int:
        """Append pending Sent copies, then accept, process and move everything in INBOX, batch by batch."""
        if self.mailbox.append_sent:
            append_sent(
                client,
                self.factory,
                self.mailbox,
                self.folders["sent"],
                verify=self._verify_sent,
                batch=self.mailbox.batch_size,
            )
            self._verify_sent = False
        status = client.select_folder(self.folders["inbox"])
        uidvalidity = int(status[b"UIDVALIDITY"])
        if self.uidvalidity is not None and uidvalidity != self.uidvalidity:
            log.warning(
                "mailbox %s: UIDVALIDITY of %r changed from %s to %s; re-scanning, duplicates are "
                "recognised by Message-ID and content hash",
                self.mailbox.name,
                self.folders["inbox"],
                self.uidvalidity,
                uidvalidity,
            )
        self.uidvalidity = uidvalidity
        uids = sorted(client.search(["UNDELETED"]))
        handled = 0
        self._waiting = {}
        for chunk in chunked(uids, self.mailbox.batch_size):
            if self.stop.is_set():
                break
            handled += self._batch(client, uidvalidity, chunk, use_move)
        return handled

    def _inbox_has_new(self, client: IMAPClient) -> bool:
        """True when mail arrived during the last sync (its EXISTS was consumed by another command)."""
        return bool(set(client.search(["UNDELETED"])) - set(self._waiting))

    def _batch(self, client: IMAPClient, uidvalidity: int, uids: Sequence[int], use_move: bool) -> int:
        ids = self._known(uidvalidity, uids)
        unknown = [u for u in uids if u not in ids]
        if unknown:
            ids.update(self._fetch_and_accept(client, uidvalidity, unknown))
        states = self._states([i for i in ids.values() if i is not None])
        by_role: dict[str, list[int]] = {}
        for uid in uids:
            if uid not in ids:
                continue  # vanished meanwhile (moved by a person): nothing to do
            inbound_id = ids[uid]
            role = "review" if inbound_id is None else self._settle(inbound_id, *states.get(inbound_id, (None, 0)))
            if role is not None:
                by_role.setdefault(role, []).append(uid)
            elif inbound_id is not None:
                self._waiting[uid] = inbound_id  # the pipeline still owns it: look again when it is final
        for folder_role, role_uids in by_role.items():
            move_messages(client, role_uids, self.folders[folder_role], use_move=use_move)
        return sum(len(v) for v in by_role.values())

    def _known(self, uidvalidity: int, uids: Sequence[int]) -> dict[int, int | None]:
        """UIDs already accepted in an earlier pass (same UIDVALIDITY): no need to fetch them again."""
        refs = {source_ref(self.mailbox, uidvalidity, u): u for u in uids}
        with self.factory() as db:
            rows = db.execute(
                select(InboundMessage.source_ref, InboundMessage.id).where(InboundMessage.source_ref.in_(list(refs)))
            )
            return {refs[ref]: row_id for ref, row_id in rows if ref is not None}

    def _fetch_and_accept(self, client: IMAPClient, uidvalidity: int, uids: Sequence[int]) -> dict[int, int | None]:
        """Commit each message's bytes as it is fetched; None marks one that cannot be fetched or stored."""
        ids: dict[int, int | None] = {}
        for uid, raw in fetch_bodies(client, uids, MAX_FETCH_BYTES, self.max_message_size):
            if isinstance(raw, Oversized):
                log.warning(
                    "mailbox %s: message UID %s is %.1f MB, more than [intake.smtp] max_message_size "
                    "(%.1f MB); moving it to %r unread for a person to look at",
                    self.mailbox.name,
                    uid,
                    raw.size / 1048576,
                    (self.max_message_size or 0) / 1048576,
                    self.folders["review"],
                )
                ids[uid] = None
            elif raw is None:
                log.error(
                    "mailbox %s: message UID %s cannot be fetched; moving it to %r for a person to look at",
                    self.mailbox.name,
                    uid,
                    self.folders["review"],
                )
                ids[uid] = None
            else:
                ids[uid] = self._accept(uid, raw, source_ref(self.mailbox, uidvalidity, uid))
        return ids

    def _accept(self, uid: int, raw: bytes, ref: str) -> int | None:
        """Commit one message; a message the database refuses goes to review instead of looping."""
        try:
            to = [self.mailbox.address] if self.mailbox.address else None
            return accept(self.factory, raw, source="imap", source_ref=ref, envelope_to=to).id
        except (IntegrityError, DataError):
            log.exception(
                "mailbox %s: message UID %s cannot be stored; moving it to %r",
                self.mailbox.name,
                uid,
                self.folders["review"],
            )
            return None

    def _settle(self, inbound_id: int, state: str | None, attempts: int) -> str | None:
        """Run ``process`` on a new row; return the folder role for its state, None while not final.

        Only ``new`` rows are processed here. ``processing`` (another worker
        holds it) and ``failed`` with attempts left (the pipeline retries it on
        its own schedule) are waited for, so this loop never speeds up retries
        nor processes a message twice.
        """
        if state != "new":
            return self._role(state, attempts)
        try:
            outcome = self.process(inbound_id)
        except Exception as exc:  # noqa: BLE001 - one bad message must not stop the mailbox
            log.exception(
                "mailbox %s: processing message %s failed; it goes to %r",
                self.mailbox.name,
                inbound_id,
                self.folders["review"],
            )
            self._give_up(inbound_id, f"{type(exc).__name__}: {exc}")
            return "review"
        if outcome in ROLE_BY_STATE:
            return ROLE_BY_STATE[outcome]
        return self._role(*self._states([inbound_id]).get(inbound_id, (None, 0)))

    def _states(self, ids: Sequence[int]) -> dict[int, tuple[str, int]]:
        if not ids:
            return {}
        with self.factory() as db:
            rows = db.execute(
                select(InboundMessage.id, InboundMessage.state, InboundMessage.attempts).where(
                    InboundMessage.id.in_(list(ids))
                )
            )
            return {i: (state, int(attempts or 0)) for i, state, attempts in rows}

    def _role(self, state: str | None, attempts: int) -> str | None:
        if state in ROLE_BY_STATE:
            return ROLE_BY_STATE[state]
        if state is None or (state == "failed" and attempts >= self.max_attempts):
            return "review"
        return None

    def _give_up(self, inbound_id: int, error: str) -> None:
        """Record the error and exhaust the attempts, so no retry loop picks the message up again."""
        with self.factory() as db, db.begin():
            row = db.get(InboundMessage, inbound_id, with_for_update=True)
            if row is not None and row.state in ("new", "processing"):
                row.state, row.error = "failed", error[:2000]
                row.attempts = max(row.attempts + 1, self.max_attempts)

    def _work_due(self) -> bool:
        """Something to do before the next mail: a reply to copy to Sent, or a waiting message became final."""
        if pending_sent_count(self.factory, self.mailbox):
            return True
        if not self._waiting:
            return False
        with self.factory() as db:
            rows = db.execute(
                select(InboundMessage.state, InboundMessage.attempts).where(
                    InboundMessage.id.in_(list(self._waiting.values()))
                )
            )
            return any(self._role(state, attempts) for state, attempts in rows)

    # -- waiting for new mail -------------------------------------------------------------------

    def wait(self, client: IMAPClient, idle: bool) -> None:
        """Return when INBOX may have changed, a Sent copy is due, max_idle passed, or stop is set."""
        if idle:
            self._wait_idle(client)
            return
        deadline = time.monotonic() + self.mailbox.poll_interval
        while not self.stop.is_set() and time.monotonic() < deadline:
            self.stop.wait(min(self.sent_check_interval, max(0.0, deadline - time.monotonic())))
            if self._work_due():
                return
        client.noop()  # notice a dead connection now, not in the next sync

    def _wait_idle(self, client: IMAPClient) -> None:
        """IDLE (RFC 2177) in 1 s slices, re-issued after max_idle; detects a server that went away."""
        if self._inbox_has_new(client):
            return
        client.idle()
        started = last_sent_check = time.monotonic()
        early_empty = 0
        while not self.stop.is_set():
            t0 = time.monotonic()
            responses = client.idle_check(timeout=1.0)
            now = time.monotonic()
            if any(len(r) > 0 and r[0] == b"BYE" for r in responses):
                raise ConnectionError("server said BYE during IDLE")
            if any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                break
            early_empty = early_empty + 1 if not responses and now - t0 < 0.5 else 0
            if early_empty >= 3:  # readable but no data: the peer closed the socket
                raise ConnectionError("connection closed by the server during IDLE")
            if now - started >= self.max_idle:
                break
            if now - last_sent_check >= self.sent_check_interval:
                last_sent_check = now
                if self._work_due():
                    break
        client.idle_done()


async def run_mailboxes(
    settings: Settings, factory: sessionmaker[Session], process: Process, stop: asyncio.Event, **worker_options: float
) -> None:
    """Run one worker thread per configured mailbox until ``stop`` is set (for ``mailflow serve``)."""
    names = [m.name for m in settings.mailboxes]
    if len(set(names)) != len(names):
        raise ValueError(
            f"two mailboxes share a name ({', '.join(sorted(names))}); give each [[mailboxes]] a "
            "distinct name, it is part of every message's source_ref"
        )
    thread_stop = threading.Event()
    workers = [
        MailboxWorker(
            m,
            factory,
            process,
            stop=thread_stop,
            max_message_size=settings.smtp.max_message_size,
            **worker_options,  # type: ignore[arg-type]
        )
        for m in settings.mailboxes
    ]
    threads = [threading.Thread(target=w.run, name=f"imap:{w.mailbox.name}", daemon=True) for w in workers]
    for t in threads:
        t.start()
    try:
        await stop.wait()
    finally:
        thread_stop.set()
        await asyncio.to_thread(_join, threads, 2 * max((m.timeout for m in settings.mailboxes), default=1.0))


def _join(threads: list[threading.Thread], timeout: float) -> None:
    for t in threads:
        t.join(timeout)
