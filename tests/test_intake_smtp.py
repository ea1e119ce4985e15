"""SMTP/LMTP intake against real peers: smtplib, raw sockets and swaks talk to a live server."""

from __future__ import annotations

import asyncio
import os
import shutil
import smtplib
import socket
import subprocess
import threading
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Coroutine, Iterator

import pytest
from aiosmtpd.smtp import Envelope
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from mailflow.config import SmtpIntake
from mailflow.db.engine import make_engine, make_session_factory
from mailflow.db.models import Base, InboundMessage
from mailflow.intake import groupcommit
from mailflow.intake import smtp as intake_smtp
from mailflow.intake.smtp import IntakeHandler, start_intake
from mailflow.intake.store import Incoming, accept_many

ADDR = "d-loket@vng.nl"
OTHER = "events@vng.nl"
FROM = "jan@gemeente.nl"


def message(n: int = 1, body: str = "Ik meld mij aan voor Utrecht.") -> bytes:
    return (
        f"From: Jan <{FROM}>\r\nTo: {ADDR}\r\nSubject: Aanmelding {n}\r\n"
        f"Message-ID: <m{n}@gemeente.nl>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0100\r\n\r\n{body}\r\n"
    ).encode()


def run(loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, Any], timeout: float = 30) -> Any:
    return asyncio.run_coroutine_threadsafe(coro, loop).result(timeout)


@dataclass
class Intake:
    host: str
    port: int
    factory: sessionmaker[Session]
    woken: list[int]

    def rows(self) -> list[InboundMessage]:
        with self.factory() as db:
            return list(db.scalars(select(InboundMessage).order_by(InboundMessage.id)))

    def count(self) -> int:
        with self.factory() as db:
            return db.scalar(select(func.count()).select_from(InboundMessage)) or 0

    def client(self) -> smtplib.SMTP:
        return smtplib.SMTP(self.host, self.port, timeout=30)


@pytest.fixture
def db_file(tmp_path: Path) -> Iterator[Any]:
    """A private SQLite file (not the shared fixture): some tests drop tables to break storage."""
    engine = make_engine(f"sqlite:///{tmp_path / 'mailflow.db'}")
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    """The server's own event loop in a background thread, as in ``mailflow serve``."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    yield loop
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)
    loop.close()


def _start(
    loop: asyncio.AbstractEventLoop, db_file: Any, *, lmtp: bool = False, max_size: int = 25 * 1024 * 1024
) -> Iterator[Intake]:
    factory = make_session_factory(db_file)
    woken: list[int] = []
    settings = SmtpIntake(
        listen_host="127.0.0.1", listen_port=0, addresses=(ADDR, OTHER), max_message_size=max_size, lmtp=lmtp
    )
    server = run(
        loop, start_intake(settings, frozenset(settings.addresses), factory, woken.append, hostname="mailflow.test")
    )
    yield Intake("127.0.0.1", server.port, factory, woken)
    run(loop, server.stop())


@pytest.fixture
def intake(loop: asyncio.AbstractEventLoop, db_file: Any) -> Iterator[Intake]:
    yield from _start(loop, db_file)


@pytest.fixture
def lmtp_intake(loop: asyncio.AbstractEventLoop, db_file: Any) -> Iterator[Intake]:
    yield from _start(loop, db_file, lmtp=True)


def test_normal_message_is_committed_before_250(intake: Intake) -> None:
    # Intent: 250 names the stored row, the bytes are stored untouched, the worker is woken.
    raw = message()
    with intake.client() as c:
        c.ehlo("client.test")
        c.mail(FROM)
        assert c.rcpt(ADDR)[0] == 250
        code, reply = c.data(raw)
    rows = intake.rows()
    assert code == 250 and reply == f"2.0.0 Ok: queued as {rows[0].id}".encode()
    assert len(rows) == 1 and rows[0].raw == raw
    assert rows[0].source == "smtp" and rows[0].envelope_from == FROM and rows[0].envelope_to == [ADDR]
    assert rows[0].state == "new" and rows[0].message_id == "<m1@gemeente.nl>"
    assert intake.woken == [rows[0].id]


def test_greeting_uses_fixed_hostname_and_advertises_8bit(intake: Intake) -> None:
    # Intent: no reverse DNS at start, and 8-bit mail is welcome; SMTPUTF8 is not offered
    # (replies cannot be written to a non-ASCII address).
    with intake.client() as c:
        code, ehlo = c.ehlo("client.test")
    assert code == 250 and ehlo.startswith(b"mailflow.test")
    assert b"8BITMIME" in ehlo and b"SMTPUTF8" not in ehlo and b"SIZE 26214400" in ehlo


def test_same_message_twice_is_stored_once(intake: Intake) -> None:
    # Intent: a redelivery is answered 250 with the same id, stored and announced once.
    with intake.client() as c:
        c.sendmail(FROM, [ADDR], message())
        c.sendmail(FROM, [ADDR], message())
    with intake.client() as c:
        c.ehlo()
        c.mail(FROM)
        c.rcpt(ADDR)
        code, reply = c.data(message())
    rows = intake.rows()
    assert code == 250 and reply.endswith(f"queued as {rows[0].id}".encode())
    assert len(rows) == 1 and intake.woken == [rows[0].id]


def test_unknown_recipient_is_refused_at_rcpt(intake: Intake) -> None:
    # Intent: mail for an address that is not ours bounces at the sender, nothing is stored.
    with intake.client() as c, pytest.raises(smtplib.SMTPRecipientsRefused) as err:
        c.sendmail(FROM, ["someone@vng.nl"], message())
    assert err.value.recipients == {"someone@vng.nl": (550, b"5.1.1 <someone@vng.nl>: no such registration address")}
    assert intake.count() == 0


def test_plus_address_and_case_are_accepted(intake: Intake) -> None:
    # Intent: loket+token@ reaches the base address; the original recipient is kept.
    with intake.client() as c:
        refused = c.sendmail(FROM, ["D-Loket+Abc123@VNG.nl", "nobody+x@vng.nl"], message())
    assert list(refused) == ["nobody+x@vng.nl"]
    assert intake.rows()[0].envelope_to == ["D-Loket+Abc123@VNG.nl"]


def test_8bit_headers_and_bodies_are_stored_as_sent(intake: Intake) -> None:
    # Intent: raw UTF-8 headers and undeclared 8-bit bodies arrive byte for byte.
    raw = "From: Jörg <jorg@muller.de>\r\nTo: d-loket@vng.nl\r\nSubject: Aanmelding café\r\n\r\nJa graag, één plek.\r\n".encode()
    raw += b"latin-1 bytes: \xe9\xe8\r\n"
    with intake.client() as c:
        c.sendmail("jorg@muller.de", [ADDR], raw, mail_options=["BODY=8BITMIME"])
    row = intake.rows()[0]
    assert row.raw == raw and row.envelope_from == "jorg@muller.de"


def test_non_ascii_addresses_are_refused_with_a_clear_5xx(intake: Intake) -> None:
    # Issue 13.5: no SMTPUTF8, so jöran@exämple.test is refused at MAIL (and at RCPT) with 553 5.6.7
    # and the reason; the sending MTA bounces it to the writer. Nothing is stored.
    with socket.create_connection((intake.host, intake.port), timeout=5) as sock:
        f = sock.makefile("rwb")
        f.readline()
        said = []
        for line in (
            b"EHLO client.test",
            "MAIL FROM:<jöran@exämple.test>".encode(),
            b"MAIL FROM:<a@b.nl> SMTPUTF8",
            b"MAIL FROM:<a@b.nl>",
            "RCPT TO:<jöran@vng.nl>".encode(),
            b"QUIT",
        ):
            f.write(line + b"\r\n")
            f.flush()
            reply = f.readline()
            while reply[3:4] == b"-":
                reply = f.readline()
            said.append(reply.decode())
    assert said[1].startswith("553 5.6.7 Non-ASCII addresses are not supported here")
    assert said[2].startswith("555 5.6.7 SMTPUTF8 is not supported here")
    assert said[3].startswith("250") and said[4].startswith("553 5.6.7")
    assert intake.count() == 0


def test_overlong_addresses_are_refused_at_the_edge(intake: Intake) -> None:
    # Issue 13.7: an envelope sender longer than RFC 5321 allows is a clear 501 on every database
    # (PostgreSQL used to answer 451 for ever, SQLite 250).
    long_sender = "x" * 60 + "@" + ".".join(["sub" * 20] * 5) + ".example"
    with intake.client() as c:
        c.ehlo()
        code, reply = c.mail(long_sender)
        assert code == 501 and reply.startswith(b"5.1.7 Sender address refused: the address is")
        code, reply = c.mail("y" * 70 + "@vng.nl")
        assert code == 501 and b"before @ is 70 characters" in reply
    assert intake.count() == 0


def test_malformed_mime_is_stored_for_review(intake: Intake) -> None:
    # Intent: broken MIME and garbage headers are not our peer's problem: 250, stored verbatim.
    raw = (
        b"From: \x00\xff broken <<@@>>\r\nThis header line has no colon at all\r\nTo: d-loket@vng.nl\r\n"
        b'Content-Type: multipart/mixed; boundary="b1\r\nMessage-ID: <<<>>>\r\n'
        b"Subject: =?utf-8?q?unterminated\r\n\r\n--b2\r\nContent-Type: text/plain; charset=klingon\r\n\r\n"
        b"Utrecht graag\r\n--b1--\r\n.dot-stuffed line\r\n" + b"x" * 5000 + b"\r\n"
    )
    with intake.client() as c:
        assert c.sendmail(FROM, [ADDR], raw) == {}
    assert intake.rows()[0].raw == raw


def test_message_without_any_text_is_stored(intake: Intake) -> None:
    # Intent: an empty body (or even an empty message) is still accepted; understanding decides.
    with intake.client() as c:
        c.sendmail(FROM, [ADDR], b"From: jan@gemeente.nl\r\nTo: d-loket@vng.nl\r\n\r\n")
        c.ehlo()
        c.mail(FROM)
        c.rcpt(ADDR)
        assert c.data(b"")[0] == 250
    assert intake.count() == 2


def _big(size: int) -> bytes:
    line = b"y" * 998 + b"\r\n"
    return b"From: jan@gemeente.nl\r\nTo: d-loket@vng.nl\r\nSubject: big\r\n\r\n" + line * (size // len(line) + 1)


def test_30mb_message_is_refused_and_server_keeps_serving(intake: Intake) -> None:
    # Intent: 552 both when SIZE= is declared and when the data just keeps coming; next client fine.
    big = _big(30 * 1024 * 1024)
    with intake.client() as c, pytest.raises(smtplib.SMTPSenderRefused) as err:
        c.sendmail(FROM, [ADDR], big)  # smtplib declares SIZE=, refused at MAIL
    assert (err.value.smtp_code, err.value.smtp_error) == (552, b"5.3.4 Message too big")
    with intake.client() as c:
        c.helo("old.client")  # plain HELO: no SIZE= possible, refused after DATA
        c.mail(FROM)
        c.rcpt(ADDR)
        assert c.data(big) == (552, b"5.3.4 Message too big")
        assert c.noop()[0] == 250  # the same session is still usable
        assert c.sendmail(FROM, [ADDR], message()) == {}
    with intake.client() as c:
        assert c.sendmail(FROM, [ADDR], message(2)) == {}
    assert intake.count() == 2


def test_oversized_data_is_not_buffered(loop: asyncio.AbstractEventLoop, db_file: Any) -> None:
    # Intent: past the limit aiosmtpd discards what it reads; 30 MB in costs far less than 30 MB RAM.
    gen = _start(loop, db_file, max_size=1024 * 1024)
    srv = next(gen)
    chunk = (b"z" * 8190 + b"\r\n") * 128  # 1 MiB, long lines are fine
    tracemalloc.start()
    try:
        with socket.create_connection((srv.host, srv.port), timeout=30) as s:
            f = s.makefile("rb")
            f.readline()
            for cmd in (
                b"HELO x\r\n",
                f"MAIL FROM:<{FROM}>\r\n".encode(),
                f"RCPT TO:<{ADDR}>\r\n".encode(),
                b"DATA\r\n",
            ):
                s.sendall(cmd)
                f.readline()
            s.sendall(b"Subject: big\r\n\r\n")
            for _ in range(30):
                s.sendall(chunk)
            s.sendall(b".\r\n")
            reply = f.readline()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        for _ in gen:
            pass
    assert reply == b"552 5.3.4 Message too big\r\n"
    assert peak < 8 * 1024 * 1024


def test_storage_failure_answers_451_and_server_survives(intake: Intake, db_file: Any) -> None:
    # Intent: no commit, no 250: the peer gets 451 (retry later), then delivery resumes.
    with db_file.begin() as conn:
        conn.execute(text("DROP TABLE inbound_messages"))
    with intake.client() as c:
        with pytest.raises(smtplib.SMTPDataError) as err:
            c.sendmail(FROM, [ADDR], message())
        assert (err.value.smtp_code, err.value.smtp_error) == (451, b"4.3.0 Temporary failure, try again later")
        Base.metadata.create_all(db_file)
        assert c.sendmail(FROM, [ADDR], message()) == {}  # same session, after smtplib's RSET
    assert intake.count() == 1


def test_unexpected_error_never_reaches_the_peer(intake: Intake, monkeypatch: pytest.MonkeyPatch) -> None:
    # Intent: a bug in the handler shows up as 451 in SMTP, never as a Python error text.
    def boom(self: IntakeHandler, address: str) -> bool:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(IntakeHandler, "is_ours", boom)
    with intake.client() as c:
        c.ehlo()
        c.mail(FROM)
        assert c.rcpt(ADDR) == (451, b"4.3.0 Temporary failure, try again later")


def test_slow_commit_does_not_block_other_sessions(intake: Intake, monkeypatch: pytest.MonkeyPatch) -> None:
    # Intent: storage runs off the event loop, so another client is served while a commit is slow.
    real = groupcommit.store_batch

    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(1.5)
        return real(*args, **kwargs)

    monkeypatch.setattr(groupcommit, "store_batch", slow)

    def send() -> None:
        with intake.client() as c:
            c.sendmail(FROM, [ADDR], message())

    sender = threading.Thread(target=send)
    sender.start()
    time.sleep(0.3)
    started = time.monotonic()
    with intake.client() as c:
        assert c.noop()[0] == 250
    assert time.monotonic() - started < 0.5
    sender.join(10)
    assert intake.count() == 1


def _send_concurrently(intake: Intake, clients: int, per_client: int) -> list[tuple[int, bytes]]:
    replies: list[tuple[int, bytes]] = []

    def client(k: int) -> None:
        with intake.client() as c:
            c.ehlo("mta.test")
            for n in range(per_client):
                c.mail(FROM)
                c.rcpt(ADDR)
                replies.append(c.data(message(k * 1000 + n)))

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return replies


def test_concurrent_sessions_are_group_committed(intake: Intake) -> None:
    # Intent: many sessions at once all get their own 250 and id, each naming its own stored row.
    replies = _send_concurrently(intake, clients=8, per_client=10)
    ids = {int(r.rsplit(b" ", 1)[1]) for code, r in replies if code == 250}
    assert len(replies) == 80 and len(ids) == 80
    assert {r.id for r in intake.rows()} == ids and sorted(intake.woken) == sorted(ids)


def test_failed_batch_is_retried_message_by_message(intake: Intake, monkeypatch: pytest.MonkeyPatch) -> None:
    # Intent: if a whole batch cannot be committed, each message is tried alone, none is lost.
    real = groupcommit.store_batch
    batches: list[int] = []

    def picky(conn: Any, items: Any) -> Any:
        batches.append(len(items))
        if len(items) > 1:
            raise RuntimeError("simulated batch failure")
        return real(conn, items)

    monkeypatch.setattr(groupcommit, "store_batch", picky)
    replies = _send_concurrently(intake, clients=8, per_client=5)
    assert [code for code, _ in replies] == [250] * 40 and intake.count() == 40
    assert max(batches) > 1  # the failing path was exercised


def test_lmtp_answers_data_once_per_recipient(lmtp_intake: Intake) -> None:
    # Intent: LMTP (RFC 2033) gives one DATA reply per accepted recipient; one stored row.
    with smtplib.LMTP(lmtp_intake.host, lmtp_intake.port, timeout=30) as c:
        assert c.ehlo("mta.test")[0] == 250  # smtplib's LMTP sends LHLO here
        c.mail(FROM)
        assert c.rcpt(ADDR)[0] == 250
        assert c.rcpt("nobody@vng.nl")[0] == 550
        assert c.rcpt("events+x@VNG.nl")[0] == 250
        first = c.data(message())
        second = c.getreply()  # smtplib reads one reply; the protocol sends two
        assert c.noop()[0] == 250  # stream still in step
    rows = lmtp_intake.rows()
    assert first == second == (250, f"2.0.0 Ok: queued as {rows[0].id}".encode())
    assert len(rows) == 1 and rows[0].source == "lmtp" and rows[0].envelope_to == [ADDR, "events+x@VNG.nl"]


def test_lmtp_storage_failure_is_per_recipient(lmtp_intake: Intake, db_file: Any) -> None:
    # Intent: when storing fails, every recipient gets its own 451 line.
    with db_file.begin() as conn:
        conn.execute(text("DROP TABLE inbound_messages"))
    with smtplib.LMTP(lmtp_intake.host, lmtp_intake.port, timeout=30) as c:
        c.ehlo("mta.test")
        c.mail(FROM)
        c.rcpt(ADDR)
        c.rcpt(OTHER)
        assert c.data(message())[0] == 451
        assert c.getreply()[0] == 451


def test_lmtp_refuses_too_big_once_per_recipient(loop: asyncio.AbstractEventLoop, db_file: Any) -> None:
    # Intent: aiosmtpd's own "too much data" refusal also follows LMTP's one-reply-per-recipient rule.
    gen = _start(loop, db_file, lmtp=True, max_size=64 * 1024)
    srv = next(gen)
    try:
        with smtplib.LMTP(srv.host, srv.port, timeout=30) as c:
            c.ehlo("mta.test")
            c.mail(FROM)  # no SIZE=, so the limit is hit during DATA
            c.rcpt(ADDR)
            c.rcpt(OTHER)
            assert c.data(_big(100 * 1024)) == (552, b"5.3.4 Message too big")
            assert c.getreply() == (552, b"5.3.4 Message too big")
            assert c.noop()[0] == 250
    finally:
        for _ in gen:
            pass


def test_handler_checks_size_itself() -> None:
    # Intent: the handler refuses an oversized message even if the server's limit were off.
    handler = IntakeHandler(make_session_factory(make_engine("sqlite://")), frozenset({ADDR}), max_size=10)
    envelope = Envelope()
    envelope.original_content, envelope.rcpt_tos = b"x" * 11, [ADDR]
    try:
        assert asyncio.run(handler.handle_DATA(None, None, envelope)) == "552 5.3.4 Message too big"  # type: ignore[arg-type]
    finally:
        handler.close()


def test_ehlo_is_refused_on_lmtp(lmtp_intake: Intake) -> None:
    # Intent: the LMTP listener speaks LMTP only (an SMTP client is told so at once).
    with smtplib.SMTP(lmtp_intake.host, lmtp_intake.port, timeout=30) as c:
        assert c.ehlo("mta.test")[0] == 500


@pytest.mark.peer("swaks")
def test_swaks_delivers_over_smtp_and_lmtp(intake: Intake, lmtp_intake: Intake, tmp_path: Path) -> None:
    # Intent: a second, independent SMTP implementation agrees with us.
    swaks = shutil.which("swaks")
    if swaks is None:
        if os.environ.get("CI") == "true":
            pytest.fail("swaks is required under CI=true")
        pytest.skip("swaks not installed")
    eml = tmp_path / "m.eml"
    eml.write_bytes(message(7))

    def go(port: int, to: str, *extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                swaks,
                "--server",
                "127.0.0.1",
                "--port",
                str(port),
                "--from",
                FROM,
                "--to",
                to,
                "--data",
                str(eml),
                "--helo",
                "swaks.test",
                *extra,
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )

    ok = go(intake.port, "d-loket+swaks@vng.nl")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "<-  250 2.0.0 Ok: queued as" in ok.stdout
    refused = go(intake.port, "nobody@vng.nl")
    assert refused.returncode != 0 and "550 5.1.1 <nobody@vng.nl>: no such registration address" in refused.stdout
    lmtp = go(lmtp_intake.port, f"{ADDR},{OTHER}", "--protocol", "LMTP")
    assert lmtp.returncode == 0, lmtp.stdout + lmtp.stderr
    assert lmtp.stdout.count("<-  250 2.0.0 Ok: queued as") == 2
    assert intake.count() == 1  # both listeners share one database; the LMTP copy is a duplicate


def test_split_recipient_doctests() -> None:
    # Intent: the pure address splitter's documented examples stay true.
    import doctest

    assert doctest.testmod(intake_smtp).failed == 0


def test_group_commit_resolves_duplicates_inside_a_batch(factory: sessionmaker[Session]) -> None:
    # Intent: one transaction for many messages (SQLite and PostgreSQL: conftest's ``factory``);
    # repeats by bytes or by redelivery (other trace headers) map to the row that was there first.
    first = accept_many(factory, [Incoming(message(1), "smtp")])
    batch = accept_many(
        factory,
        [
            Incoming(message(2), "smtp"),
            Incoming(message(2), "smtp"),
            Incoming(b"Received: from mx2.gemeente.nl\r\n" + message(2), "smtp"),
            Incoming(message(1), "smtp"),
            Incoming(b"no headers at all", "smtp"),
            Incoming(b"no headers at all", "smtp", envelope_to=[ADDR]),
        ],
    )
    assert [a.duplicate for a in batch] == [False, True, True, True, False, True]
    assert [a.id for a in batch] == [batch[0].id] * 3 + [first[0].id] + [batch[4].id] * 2
    assert accept_many(factory, []) == []
    with factory() as db:
        assert db.scalar(select(func.count()).select_from(InboundMessage)) == 3


# ---------------------------------------------------------------- limits (issue 13, point 4)


def _limited(loop: asyncio.AbstractEventLoop, db_file: Any, **limits: int) -> Iterator[Intake]:
    factory = make_session_factory(db_file)
    settings = SmtpIntake(listen_host="127.0.0.1", listen_port=0, addresses=(ADDR,), **limits)
    server = run(loop, start_intake(settings, frozenset(settings.addresses), factory, hostname="mailflow.test"))
    yield Intake("127.0.0.1", server.port, factory, [])
    run(loop, server.stop())


def _greeting(port: int, source: str = "127.0.0.1") -> tuple[socket.socket, bytes]:
    sock = socket.create_connection(("127.0.0.1", port), timeout=10, source_address=(source, 0))
    return sock, sock.makefile("rb").readline()


def test_connections_beyond_the_limits_are_told_to_come_back(loop: asyncio.AbstractEventLoop, db_file: Any) -> None:
    # 3,000 idle connections used to be accepted. Beyond max_connections_per_client from one address,
    # or max_connections in all, the intake answers 421 and hangs up; a closed session frees its place.
    gen = _limited(loop, db_file, max_connections=4, max_connections_per_client=3)
    srv = next(gen)
    held: list[socket.socket] = []
    try:
        for _ in range(3):
            sock, hello = _greeting(srv.port)
            held.append(sock)
            assert hello.startswith(b"220 ")
        sock, refused = _greeting(srv.port)
        assert refused == b"421 4.7.0 Too many connections from your address; try again later\r\n"
        assert sock.recv(1) == b""  # and closed
        sock.close()
        other, hello = _greeting(srv.port, "127.0.0.2")
        held.append(other)
        assert hello.startswith(b"220 ")
        sock, refused = _greeting(srv.port, "127.0.0.3")
        assert refused == b"421 4.7.0 Too many connections; try again later\r\n"
        sock.close()
        held.pop(0).close()
        deadline = time.monotonic() + 5
        while True:  # the server notices the close
            sock, hello = _greeting(srv.port)
            sock.close()
            if hello.startswith(b"220 ") or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        assert hello.startswith(b"220 ")
    finally:
        for s in held:
            s.close()
        for _ in gen:
            pass


def test_bytes_in_flight_beyond_the_limit_get_452_and_nothing_is_lost(
    loop: asyncio.AbstractEventLoop, db_file: Any
) -> None:
    # While one big message is still arriving, another that would take the intake past
    # max_data_in_flight is answered 452 4.3.1 (an MTA tries again later); the first is stored,
    # and once it is, the second goes through.
    gen = _limited(loop, db_file, max_data_in_flight=150 * 1024, max_message_size=1024 * 1024)
    srv = next(gen)
    body = (b"x" * 78 + b"\r\n") * 1500  # 120 KB
    try:
        slow = socket.create_connection((srv.host, srv.port), timeout=10)
        f = slow.makefile("rb")
        f.readline()
        for cmd in (b"HELO a\r\n", f"MAIL FROM:<{FROM}>\r\n".encode(), f"RCPT TO:<{ADDR}>\r\n".encode(), b"DATA\r\n"):
            slow.sendall(cmd)
            f.readline()
        slow.sendall(b"Message-ID: <slow@x>\r\n\r\n" + body)  # ... and the rest later
        time.sleep(0.2)
        with srv.client() as c:
            with pytest.raises(smtplib.SMTPDataError) as err:
                c.sendmail(FROM, [ADDR], b"Message-ID: <quick@x>\r\n\r\n" + body)
            assert (err.value.smtp_code, err.value.smtp_error) == (
                452,
                b"4.3.1 Too much mail being received at once; try again later",
            )
            slow.sendall(b".\r\n")
            assert f.readline().startswith(b"250 2.0.0 Ok: queued as ")
            slow.close()
            assert c.sendmail(FROM, [ADDR], b"Message-ID: <quick@x>\r\n\r\n" + body) == {}
        assert srv.count() == 2
    finally:
        for _ in gen:
            pass


def test_a_message_in_flight_costs_about_its_size(loop: asyncio.AbstractEventLoop, db_file: Any) -> None:
    # aiosmtpd kept a message as a list of lines and joined it (about three times its size, and
    # 75 MB per 23 MB message in serve); the intake now holds one buffer, copied once at the end.
    gen = _limited(loop, db_file)
    srv = next(gen)
    raw = b"Message-ID: <big@x>\r\nSubject: big\r\n\r\n" + (b"QUJD" * 19 + b"\r\n") * 100_000  # 7.8 MB
    with socket.create_connection((srv.host, srv.port), timeout=30) as sock:  # no client-side copies
        f = sock.makefile("rb")
        f.readline()
        for cmd in (b"HELO a\r\n", f"MAIL FROM:<{FROM}>\r\n".encode(), f"RCPT TO:<{ADDR}>\r\n".encode(), b"DATA\r\n"):
            sock.sendall(cmd)
            f.readline()
        tracemalloc.start()
        try:
            sock.sendall(raw)
            sock.sendall(b".\r\n")
            reply = f.readline()
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
            for _ in gen:
                pass
    assert reply.startswith(b"250 ") and srv.rows()[0].raw == raw
    assert peak < 2.3 * len(raw), f"peak {peak / len(raw):.2f} x the message"


def test_a_line_over_a_megabyte_is_refused_and_the_session_goes_on(intake: Intake) -> None:
    # Lines longer than RFC 5321's 1,000 octets are taken (sloppy mailers); past 1 MB the message is
    # refused with 500 5.5.2 after its DATA, nothing is stored, and the next message in the session is fine.
    with intake.client() as c:
        with pytest.raises(smtplib.SMTPDataError) as err:
            c.sendmail(FROM, [ADDR], message(1, body="x" * (2 << 20)))
        assert (err.value.smtp_code, err.value.smtp_error) == (500, b"5.5.2 Line too long")
        assert c.sendmail(FROM, [ADDR], message(2, body="y" * 5000)) == {}
    assert [r.message_id for r in intake.rows()] == ["<m2@gemeente.nl>"]
