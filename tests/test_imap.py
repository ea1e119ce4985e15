"""The IMAP mailbox worker against a real Dovecot: no mocks of IMAP anywhere.

The processing step is the small real function ``simple_process`` (state,
outcome row and reply in one transaction); the end-to-end test with the real
pipeline lives in ``test_imap_pipeline.py``.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import pytest
from sqlalchemy import create_engine, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from imap_server import Dovecot
from imap_worker_proc import simple_process
from mailflow.config import Mailbox, Settings
from mailflow.db.engine import make_session_factory
from mailflow.db.models import AuditLog, InboundMessage, OutboundMessage
from mailflow.intake.imap import MailboxWorker, run_mailboxes
from mailflow.intake.imap_check import check_mailbox, render_report
from mailflow.intake.imap_conn import MailboxAuthError, oauth2_token

pytestmark = pytest.mark.peer("dovecot")
HERE = Path(__file__).resolve().parent


def mail(n: int, subject: str = "Aanmelding", sender: str = "jan@gemeente.nl") -> bytes:
    return (
        f"From: Jan <{sender}>\r\nTo: inschrijven@example.org\r\nSubject: {subject} {n}\r\n"
        f"Message-ID: <m{n}@gemeente.nl>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0100\r\n\r\n"
        f"Ik meld mij aan voor Utrecht ({n}).\r\n"
    ).encode()


def mailbox_for(
    server: Dovecot, tmp_path: Path, user: str = "alice", password: str | None = None, **kw: object
) -> Mailbox:
    pw = tmp_path / f"{user}.pw"
    pw.write_text(password or server.password)
    options: dict[str, object] = dict(poll_interval=60.0, timeout=10.0, batch_size=10)
    options.update(kw)
    return Mailbox(host=server.host, port=server.port, tls="none", user=user, password_file=pw, name=user, **options)  # type: ignore[arg-type]


def append(server: Dovecot, messages: list[bytes], user: str = "alice", folder: str = "INBOX") -> None:
    with server.client(user) as c:
        for raw in messages:
            c.append(folder, raw)


def folder_ids(server: Dovecot, folder: str, user: str = "alice") -> list[str]:
    """Message-IDs in a folder (sorted, with repeats), read by an independent client."""
    with server.client(user) as c:
        if not c.folder_exists(folder):
            return []
        c.select_folder(folder, readonly=True)
        data = c.fetch(c.search(["ALL"]), ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        out = []
        for item in data.values():
            header = item[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().strip()
            out.append(header.split(":", 1)[1].strip() if header else "")
        return sorted(out)


def outcomes(factory: sessionmaker[Session]) -> dict[str, int]:
    """How many outcome rows each inbound message got (exactly-once means all ones)."""
    with factory() as db:
        rows = db.execute(select(AuditLog.target, func.count()).group_by(AuditLog.target))
        return {t: n for t, n in rows}


def wait_until(cond: Callable[[], bool], timeout: float = 15.0, step: float = 0.05) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if cond():
            return time.monotonic() - start
        time.sleep(step)
    raise AssertionError(f"condition not met within {timeout} s")


@contextmanager
def running(worker: MailboxWorker) -> Iterator[threading.Thread]:
    t = threading.Thread(target=worker.run, daemon=True)
    t.start()
    try:
        yield t
    finally:
        worker.stop.set()
        t.join(15)
        assert not t.is_alive(), "worker did not stop within 15 s"


def test_messages_accepted_and_moved_by_outcome(
    dovecot: Dovecot, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    append(dovecot, [mail(1), mail(2), mail(3, "Vraag over parkeren"), mail(4, "Automatisch antwoord:")])
    box = mailbox_for(dovecot, tmp_path)
    worker = MailboxWorker(box, factory, simple_process(factory))
    assert worker.run_once() == 4
    assert folder_ids(dovecot, "INBOX") == []
    assert folder_ids(dovecot, "Verwerkt") == ["<m1@gemeente.nl>", "<m2@gemeente.nl>"]
    assert folder_ids(dovecot, "Te beoordelen") == ["<m3@gemeente.nl>"]
    assert folder_ids(dovecot, "Genegeerd") == ["<m4@gemeente.nl>"]
    with factory() as db:
        rows = db.scalars(select(InboundMessage).order_by(InboundMessage.id)).all()
        assert [r.state for r in rows] == ["processed", "processed", "review", "ignored"]
        assert all(
            r.source == "imap" and r.source_ref == f"imap:alice:{worker.uidvalidity}:{i}" for i, r in enumerate(rows, 1)
        )
    assert set(outcomes(factory).values()) == {1}
    assert worker.run_once() == 0  # nothing left, nothing repeated


def test_copy_expunge_fallback_without_move(dovecot: Dovecot, factory: sessionmaker[Session], tmp_path: Path) -> None:
    append(dovecot, [mail(n) for n in range(1, 6)])
    worker = MailboxWorker(mailbox_for(dovecot, tmp_path), factory, simple_process(factory), use_move=False)
    worker.run_once()
    assert folder_ids(dovecot, "INBOX") == []
    assert len(folder_ids(dovecot, "Verwerkt")) == 5


def test_sent_folder_filled_once(dovecot: Dovecot, factory: sessionmaker[Session], tmp_path: Path) -> None:
    append(dovecot, [mail(1), mail(2), mail(3, "Vraag")])
    worker = MailboxWorker(mailbox_for(dovecot, tmp_path), factory, simple_process(factory))
    worker.run_once()  # processes; the replies are "sent" by simple_process
    worker.run_once()  # appends the sent replies
    assert folder_ids(dovecot, "Sent") == ["<reply-1@mailflow.test>", "<reply-2@mailflow.test>"]
    worker.run_once()
    assert len(folder_ids(dovecot, "Sent")) == 2
    # a crash after APPEND but before appended_at was stored: a new worker finds the copy, no double
    with factory() as db, db.begin():
        db.execute(update(OutboundMessage).where(OutboundMessage.inbound_id == 1).values(appended_at=None))
    MailboxWorker(mailbox_for(dovecot, tmp_path), factory, simple_process(factory)).run_once()
    assert folder_ids(dovecot, "Sent") == ["<reply-1@mailflow.test>", "<reply-2@mailflow.test>"]
    with factory() as db:
        assert db.scalar(select(func.count()).where(OutboundMessage.appended_at.is_(None))) == 0


def test_unparsable_message_goes_to_review_and_never_loops(
    dovecot: Dovecot, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    append(dovecot, [b"\x00\xff\xfe garbage without any header\r\n", mail(1)])
    calls: list[int] = []
    real = simple_process(factory)

    def counting(inbound_id: int) -> str:
        calls.append(inbound_id)
        return real(inbound_id)

    worker = MailboxWorker(mailbox_for(dovecot, tmp_path), factory, counting)
    worker.run_once()
    worker.run_once()
    assert len(calls) == 2
    assert folder_ids(dovecot, "INBOX") == []
    assert folder_ids(dovecot, "Te beoordelen") == [""]  # the garbage has no Message-ID
    with factory() as db:
        bad = db.scalars(select(InboundMessage).where(InboundMessage.message_id.is_(None))).one()
        assert bad.state == "failed" and "no headers" in (bad.error or "")


def test_idle_pickup_within_3_seconds(dovecot: Dovecot, factory: sessionmaker[Session], tmp_path: Path) -> None:
    box = mailbox_for(dovecot, tmp_path, poll_interval=600.0)  # only IDLE can explain a fast pickup
    worker = MailboxWorker(box, factory, simple_process(factory))
    with running(worker):
        wait_until(lambda: "Verwerkt" in [f[2] for f in dovecot.client().list_folders()])
        time.sleep(0.5)  # let it enter IDLE
        latencies = []
        for n in range(1, 4):
            start = time.monotonic()
            append(dovecot, [mail(n)])
            wait_until(lambda: len(folder_ids(dovecot, "Verwerkt")) == n, timeout=10)
            latencies.append(time.monotonic() - start)
    print("IDLE pickup latencies (s):", [round(x, 3) for x in latencies])
    assert max(latencies) < 3.0, latencies


def test_worker_killed_mid_batch_processes_everything_once(
    dovecot: Dovecot, db_url: str, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    total = 60
    append(dovecot, [mail(n) for n in range(1, total + 1)])
    pw = tmp_path / "pw"
    pw.write_text(dovecot.password)
    cmd = [
        sys.executable,
        str(HERE / "imap_worker_proc.py"),
        "--db",
        db_url,
        "--port",
        str(dovecot.port),
        "--password-file",
        str(pw),
        "--batch",
        "10",
        "--delay",
        "0.02",
    ]

    def start() -> subprocess.Popen[bytes]:
        return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=open(tmp_path / "worker.log", "ab"))

    # observe through a plain engine: the app's SQLite engine takes the write lock even to read,
    # and a poller competing for it would starve (and slow) the worker it is watching
    observer = make_session_factory(create_engine(db_url))

    def done() -> int:
        return len(outcomes(observer))

    def accepted() -> int:
        with observer() as db:
            return int(db.scalar(select(func.count()).select_from(InboundMessage)) or 0)

    proc = start()
    mid_batch = 0
    for threshold in (7, 23, 38):  # kill inside the 1st, 3rd and 4th batch
        wait_until(lambda: done() >= threshold, timeout=30, step=0.01)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        mid_batch += accepted() > done()  # committed but not yet processed/moved when killed
        proc = start()
    try:
        wait_until(lambda: done() == total and not folder_ids(dovecot, "INBOX"), timeout=60)
    finally:
        proc.terminate()
        proc.wait(15)
    assert mid_batch >= 2, "the kills should land between accept and move"
    assert set(outcomes(factory).values()) == {1}
    assert folder_ids(dovecot, "Verwerkt") == sorted(f"<m{n}@gemeente.nl>" for n in range(1, total + 1))
    with factory() as db:
        assert db.scalar(select(func.count()).select_from(InboundMessage)) == total
        assert db.scalar(select(func.count()).select_from(OutboundMessage)) == total


def test_uidvalidity_reset_does_not_duplicate(
    dovecot: Dovecot, factory: sessionmaker[Session], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    first = [mail(n) for n in range(1, 6)]
    append(dovecot, first)
    box = mailbox_for(dovecot, tmp_path)
    worker = MailboxWorker(box, factory, simple_process(factory))
    worker.run_once()
    old = worker.uidvalidity
    # the same five come back (a restore, a migration) and a new one arrives, under a new UIDVALIDITY
    dovecot.reset_uidvalidity("alice")
    append(dovecot, first + [mail(6)])
    with caplog.at_level(logging.WARNING, logger="mailflow.imap"):
        worker.run_once()
    assert worker.uidvalidity != old
    assert "UIDVALIDITY" in caplog.text
    assert folder_ids(dovecot, "INBOX") == []
    assert set(outcomes(factory).values()) == {1} and len(outcomes(factory)) == 6
    with factory() as db:
        assert db.scalar(select(func.count()).select_from(InboundMessage)) == 6
        assert db.scalar(select(func.count()).select_from(OutboundMessage)) == 6


def test_dropped_connection_and_server_restart_recovered(
    dovecot: Dovecot, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    worker = MailboxWorker(mailbox_for(dovecot, tmp_path), factory, simple_process(factory), max_backoff=2.0)
    with running(worker):
        append(dovecot, [mail(1)])
        wait_until(lambda: len(folder_ids(dovecot, "Verwerkt")) == 1)
        time.sleep(0.5)
        assert dovecot.kill_sessions() >= 1  # connection dropped mid-IDLE
        append(dovecot, [mail(2)])
        wait_until(lambda: len(folder_ids(dovecot, "Verwerkt")) == 2, timeout=20)
        dovecot.restart()  # the whole server goes away and comes back
        append(dovecot, [mail(3)])
        wait_until(lambda: len(folder_ids(dovecot, "Verwerkt")) == 3, timeout=20)
    assert set(outcomes(factory).values()) == {1} and len(outcomes(factory)) == 3


def test_auth_failure_logged_once_and_other_mailboxes_keep_running(
    dovecot: Dovecot, factory: sessionmaker[Session], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    append(dovecot, [mail(1, sender="a@x.nl")], user="bob")
    bad = mailbox_for(dovecot, tmp_path, user="alice", password="wrong")
    good = mailbox_for(dovecot, tmp_path, user="bob")
    settings = Settings(path=None, mailboxes=(bad, good))

    async def scenario() -> None:
        stop = asyncio.Event()
        task = asyncio.create_task(run_mailboxes(settings, factory, simple_process(factory), stop, auth_retry=600.0))
        await asyncio.to_thread(wait_until, lambda: len(folder_ids(dovecot, "Verwerkt", "bob")) == 1, 20)
        await asyncio.to_thread(wait_until, lambda: "authentication failed" in caplog.text, 20)
        stop.set()
        await asyncio.wait_for(task, 30)

    with caplog.at_level(logging.INFO, logger="mailflow.imap"):
        asyncio.run(scenario())
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1
    line = errors[0].getMessage()
    assert "\n" not in line and "alice" in line and "login refused" in line and "retrying in 600 s" in line


def test_backlog_in_batches_with_bounded_memory(
    dovecot: Dovecot, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    import tracemalloc

    filler = "x" * 76 + "\r\n"
    big = [mail(n).replace(b"\r\n\r\n", b"\r\n\r\n" + (filler * 1300).encode(), 1) for n in range(1, 201)]
    append(dovecot, big)  # ~20 MB in INBOX, 100 kB each
    box = mailbox_for(dovecot, tmp_path, batch_size=20)
    worker = MailboxWorker(box, factory, simple_process(factory))
    tracemalloc.start()
    try:
        worker.run_once()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(folder_ids(dovecot, "Verwerkt")) == 200
    print(f"peak traced memory {peak / 1e6:.1f} MB")
    assert peak < 12 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB for a 20 MB mailbox"


def test_check_mailbox_reports_folders_and_counts(dovecot: Dovecot, tmp_path: Path) -> None:
    append(dovecot, [mail(1), mail(2)])
    report = check_mailbox(mailbox_for(dovecot, tmp_path))
    assert report.ok and report.idle and report.move and report.uidvalidity
    assert {f.name: f.messages for f in report.folders}["INBOX"] == 2
    assert set(report.missing) == {"Verwerkt", "Te beoordelen", "Genegeerd", "Sent"}
    lines = render_report(report)
    assert lines[0].startswith("alice: OK") and any("INBOX" in line and " 2 messages" in line for line in lines)
    assert any("Verwerkt" in line and "missing" in line for line in lines)
    wrong = check_mailbox(mailbox_for(dovecot, tmp_path, password="nope"))
    assert not wrong.ok and "authentication failed" in (wrong.error or "")
    closed = check_mailbox(Mailbox(host="127.0.0.1", port=1, tls="none", user="x", timeout=2.0, name="x"))
    assert not closed.ok and "cannot connect to 127.0.0.1:1" in (closed.error or "")


def test_oauth2_token_sources(tmp_path: Path) -> None:
    tok = tmp_path / "token"
    tok.write_text("abc123\n")
    assert oauth2_token(Mailbox(host="h", oauth2_token_file=tok)) == "abc123"
    assert oauth2_token(Mailbox(host="h", oauth2_token_command="echo fresh-token")) == "fresh-token"
    assert oauth2_token(Mailbox(host="h")) is None
    with pytest.raises(MailboxAuthError, match="exit 3"):
        oauth2_token(Mailbox(host="h", oauth2_token_command="sh -c 'echo expired >&2; exit 3'"))
    with pytest.raises(MailboxAuthError, match="cannot read oauth2_token_file"):
        oauth2_token(Mailbox(host="h", oauth2_token_file=tmp_path / "missing"))


def test_refused_sent_copy_does_not_block_intake(
    dovecot: Dovecot, factory: sessionmaker[Session], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Dovecot refuses to store a zero-byte message: that copy is skipped with one error line, mail keeps flowing.
    worker = MailboxWorker(mailbox_for(dovecot, tmp_path), factory, simple_process(factory))
    append(dovecot, [mail(1)])
    worker.run_once()
    with factory() as db, db.begin():
        db.execute(update(OutboundMessage).values(raw=b""))
    append(dovecot, [mail(2)])
    with caplog.at_level(logging.ERROR, logger="mailflow.imap"):
        worker.run_once()
        worker.run_once()
    assert len(folder_ids(dovecot, "Verwerkt")) == 2
    refused = [r.getMessage() for r in caplog.records if "refused a copy" in r.getMessage()]
    assert len(refused) == 1 and "<reply-1@mailflow.test>" in refused[0]
    assert folder_ids(dovecot, "Sent") == ["<reply-2@mailflow.test>"]


def test_polling_without_idle(dovecot: Dovecot, factory: sessionmaker[Session], tmp_path: Path) -> None:
    box = mailbox_for(dovecot, tmp_path, idle=False, poll_interval=0.5)
    with running(MailboxWorker(box, factory, simple_process(factory))):
        append(dovecot, [mail(1)])
        wait_until(lambda: len(folder_ids(dovecot, "Verwerkt")) == 1, timeout=10)


def test_message_held_by_another_worker_waits_in_inbox_then_moves(
    dovecot: Dovecot, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    # The pipeline may hold a message (processing, or failed with retries left): it stays in INBOX, is not
    # processed again here, and is moved as soon as its state is final.
    def busy_elsewhere(inbound_id: int) -> str:
        with factory() as db, db.begin():
            db.execute(update(InboundMessage).where(InboundMessage.id == inbound_id).values(state="processing"))
        return "skipped"

    worker = MailboxWorker(mailbox_for(dovecot, tmp_path), factory, busy_elsewhere, sent_check_interval=0.5)
    append(dovecot, [mail(1)])
    with running(worker):
        time.sleep(1.5)
        assert len(folder_ids(dovecot, "INBOX")) == 1
        with factory() as db, db.begin():
            db.execute(update(InboundMessage).values(state="review"))
        wait_until(lambda: folder_ids(dovecot, "Te beoordelen") == ["<m1@gemeente.nl>"], timeout=5)


def test_a_private_ca_needs_ca_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # Dovecot with a certificate from a CA the system does not trust: with [mailbox] ca_file the
    # check and the worker get in; without it the check and the worker's ERROR line name the key.
    import dataclasses

    from imap_server import require_dovecot

    require_dovecot()
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    server = Dovecot(tls=True)
    try:
        server.start()
        assert server.ca_file is not None
        box = dataclasses.replace(
            mailbox_for(server, tmp_path), port=server.tls_port, tls="implicit", ca_file=server.ca_file
        )
        assert check_mailbox(box).ok
        bare = dataclasses.replace(box, ca_file=None)
        report = check_mailbox(bare)
        assert not report.ok and "[mailbox] ca_file" in (report.error or "") and "not trusted" in (report.error or "")
        stop = threading.Event()
        worker = MailboxWorker(
            bare, make_session_factory(create_engine("sqlite://")), lambda i: "processed", stop=stop, max_backoff=0.1
        )
        with caplog.at_level(logging.ERROR, logger="mailflow.imap"):
            thread = threading.Thread(target=worker.run, daemon=True)
            thread.start()
            wait_until(lambda: any("[mailbox] ca_file" in r.getMessage() for r in caplog.records), timeout=10)
            stop.set()
            thread.join(10)
    finally:
        server.cleanup()


def test_a_message_over_max_message_size_is_moved_to_review_unread(
    dovecot: Dovecot, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    # Issue 13.4: a 50 MB message in the mailbox was fetched and stored although SMTP refuses
    # anything over max_message_size. It is now left unread (not fetched, not stored) and moved to
    # the review folder for a person; the mail around it goes on as usual.
    big = mail(2).replace(b"\r\n\r\n", b"\r\n\r\n" + b"x" * 76 + b"\r\n" * 1, 1) + (b"y" * 76 + b"\r\n") * 3000
    append(dovecot, [mail(1), big, mail(3)])
    worker = MailboxWorker(
        mailbox_for(dovecot, tmp_path), factory, simple_process(factory), max_message_size=100 * 1024
    )
    assert worker.run_once() == 3
    assert folder_ids(dovecot, "Te beoordelen") == ["<m2@gemeente.nl>"]
    assert folder_ids(dovecot, "Verwerkt") == ["<m1@gemeente.nl>", "<m3@gemeente.nl>"]
    with factory() as db:
        assert db.scalars(select(InboundMessage.message_id).order_by(InboundMessage.id)).all() == [
            "<m1@gemeente.nl>",
            "<m3@gemeente.nl>",
        ]
