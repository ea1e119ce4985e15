"""The sender against real peers: aiosmtpd relays on 127.0.0.1, SQLite and PostgreSQL (conftest
`factory`), a Maildir."""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import email
import email.policy
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from mailflow.catalogue import Event, Session as CatSession
from mailflow.config import ConfigError, Outbound, Sender
from mailflow.db.models import OutboundMessage
from mailflow.outbound.compose import compose
from mailflow.outbound.outbox import enqueue
from mailflow.outbound.sender import RetryPolicy, backoff, claim, run_sender, send_due
from mailflow.outbound.transport import MaildirTransport, SmtpRelay, make_transport
from mailflow.outbound.types import Invite, Reply

NOW = dt.datetime(2027, 5, 1, 8, 30, tzinfo=dt.timezone.utc)
TZ = ZoneInfo("Europe/Amsterdam")
ZWOLLE = CatSession(
    key="zwolle",
    event_key="kd",
    title="Regiobijeenkomst Zwolle",
    city="Zwolle",
    venue="Hanzehogeschool",
    address="Zernikeplein 1, Zwolle",
    starts=dt.datetime(2027, 6, 14, 9, tzinfo=TZ),
    ends=dt.datetime(2027, 6, 14, 12, tzinfo=TZ),
)
EVENT = Event(
    key="kd",
    mailbox="aanmelden@example.nl",
    title="Kennisdag Jeugd",
    language="nl",
    timezone="Europe/Amsterdam",
    sessions=(ZWOLLE,),
)


# ---------------------------------------------------------------- peers


class Recorder:
    """Accepts everything and keeps what arrived, as bytes on the wire."""

    def __init__(self) -> None:
        self.received: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 2.0.0 OK"


class Flaky(Recorder):
    """Greylists the first DATA with 451, then accepts: drives the retry path."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.calls += 1
        if self.calls == 1:
            return "451 4.7.1 Greylisted, try again later"
        return await super().handle_DATA(server, session, envelope)


class Rejecting(Recorder):
    """Refuses every recipient with 550: a permanent failure."""

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]) -> str:
        return "550 5.1.1 No such user"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def relay(request: pytest.FixtureRequest) -> Iterator[tuple[Recorder, Outbound]]:
    handler = getattr(request, "param", Recorder)()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, Outbound(relay_host="127.0.0.1", relay_port=port, timeout=5.0)
    finally:
        controller.stop()


def queue_confirmation(factory: sessionmaker[Session], to: str = "jan@example.org") -> int:
    reply = Reply(
        template="confirmation",
        event=EVENT,
        to=to,
        to_name="Jan de Vries",
        sessions=(ZWOLLE,),
        invites=(Invite("reg-1@mail.example.nl", 0, "REQUEST", ZWOLLE, to, "Jan de Vries"),),
        in_reply_to="<orig@client.example.org>",
        original_subject="Aanmelding Zwolle",
    )
    msg = compose(reply, Sender(name="Secretariaat", domain="mail.example.nl"), NOW)
    with factory() as db, db.begin():
        row_id = enqueue(db, msg, kind="confirmation", now=NOW)
        assert row_id is not None
        return row_id


def row(factory: sessionmaker[Session], row_id: int) -> OutboundMessage:
    with factory() as db:
        return db.get_one(OutboundMessage, row_id)


# ---------------------------------------------------------------- tests


def test_confirmation_reaches_relay_intact(relay: tuple[Recorder, Outbound], factory: sessionmaker[Session]) -> None:
    # Intent: a queued reply is delivered once, byte-exact with CRLF, and the row says sent.
    handler, outbound = relay
    row_id = queue_confirmation(factory)
    assert send_due(factory, SmtpRelay(outbound), now=NOW) == 1
    assert send_due(factory, SmtpRelay(outbound), now=NOW) == 0
    ((mail_from, rcpts, raw),) = handler.received
    assert mail_from == "aanmelden@example.nl" and rcpts == ["jan@example.org"]
    assert b"\n" not in raw.replace(b"\r\n", b"")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["In-Reply-To"] == "<orig@client.example.org>" and msg["Subject"] == "Re: Aanmelding Zwolle"
    cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"][0]
    assert str(icalendar.Calendar.from_ical(cal.get_content())["METHOD"]) == "REQUEST"
    stored = row(factory, row_id)
    assert stored.state == "sent" and stored.sent_at == NOW and stored.attempts == 1
    assert stored.raw == raw


@pytest.mark.parametrize("relay", [Flaky], indirect=True)
def test_451_is_retried_with_backoff(relay: tuple[Recorder, Outbound], factory: sessionmaker[Session]) -> None:
    # Intent: a 4xx puts the mail back in the queue, not before the backoff, and it goes out later.
    handler, outbound = relay
    row_id = queue_confirmation(factory)
    assert send_due(factory, SmtpRelay(outbound), now=NOW) == 1
    stored = row(factory, row_id)
    assert stored.state == "queued" and stored.attempts == 1 and "451" in (stored.last_error or "")
    assert NOW + dt.timedelta(seconds=300) <= stored.next_attempt_at <= NOW + dt.timedelta(seconds=330)
    assert send_due(factory, SmtpRelay(outbound), now=NOW + dt.timedelta(seconds=240)) == 0
    later = NOW + dt.timedelta(minutes=6)
    assert send_due(factory, SmtpRelay(outbound), now=later) == 1
    stored = row(factory, row_id)
    assert stored.state == "sent" and stored.attempts == 2 and stored.sent_at == later
    assert len(handler.received) == 1


@pytest.mark.parametrize("relay", [Rejecting], indirect=True)
def test_550_fails_permanently(relay: tuple[Recorder, Outbound], factory: sessionmaker[Session]) -> None:
    # Intent: a 5xx for every recipient is final: failed, with the relay's words kept.
    _handler, outbound = relay
    row_id = queue_confirmation(factory)
    assert send_due(factory, SmtpRelay(outbound), now=NOW) == 1
    stored = row(factory, row_id)
    assert stored.state == "failed" and "550" in (stored.last_error or "")
    assert send_due(factory, SmtpRelay(outbound), now=NOW + dt.timedelta(days=1)) == 0


def test_unreachable_relay_gives_up_after_give_up_after(factory: sessionmaker[Session]) -> None:
    # Intent: connection refused is temporary, until the reply has waited give_up_after.
    transport = SmtpRelay(Outbound(relay_host="127.0.0.1", relay_port=free_port(), timeout=2.0))
    policy = RetryPolicy(give_up_after=dt.timedelta(hours=2))
    row_id = queue_confirmation(factory)
    assert send_due(factory, transport, now=NOW, retry=policy) == 1
    assert row(factory, row_id).state == "queued"
    assert send_due(factory, transport, now=NOW + dt.timedelta(hours=2), retry=policy) == 1
    stored = row(factory, row_id)
    assert stored.state == "failed" and "gave up after 2 attempts in 2.0 hours" in (stored.last_error or "")


def test_max_attempts_is_an_extra_cap(factory: sessionmaker[Session]) -> None:
    transport = SmtpRelay(Outbound(relay_host="127.0.0.1", relay_port=free_port(), timeout=2.0))
    row_id = queue_confirmation(factory)
    assert send_due(factory, transport, now=NOW, retry=RetryPolicy(max_attempts=1)) == 1
    assert row(factory, row_id).state == "failed"


def test_a_relay_down_overnight_delays_the_reply_but_does_not_lose_it(factory: sessionmaker[Session]) -> None:
    # The default schedule retries for days: ten hours without a relay (about 15 attempts)
    # leave the reply queued, and it goes out once the relay is back.
    port = free_port()
    transport = SmtpRelay(Outbound(relay_host="127.0.0.1", relay_port=port, timeout=2.0))
    row_id = queue_confirmation(factory)
    now = NOW
    for _ in range(40):  # bounded: at most 40 attempts
        if now - NOW > dt.timedelta(hours=10):
            break
        assert send_due(factory, transport, now=now) == 1
        stored = row(factory, row_id)
        assert stored.state == "queued", stored.last_error
        now = stored.next_attempt_at
    assert now - NOW > dt.timedelta(hours=10) and 10 <= row(factory, row_id).attempts <= 20
    handler = Recorder()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        assert send_due(factory, transport, now=now) == 1
    finally:
        controller.stop()
    assert row(factory, row_id).state == "sent" and len(handler.received) == 1


def test_stuck_sending_rows_are_reclaimed_after_the_lease(
    relay: tuple[Recorder, Outbound], factory: sessionmaker[Session]
) -> None:
    # Intent: a sender killed mid-send leaves 'sending'; after the 10-minute lease another takes over.
    handler, outbound = relay
    row_id = queue_confirmation(factory)
    assert [c.id for c in claim(factory, NOW, 10)] == [row_id]  # ... and then the process "dies"
    assert row(factory, row_id).state == "sending"
    assert send_due(factory, SmtpRelay(outbound), now=NOW + dt.timedelta(minutes=5)) == 0
    assert send_due(factory, SmtpRelay(outbound), now=NOW + dt.timedelta(minutes=11)) == 1
    stored = row(factory, row_id)
    assert stored.state == "sent" and stored.attempts == 2 and len(handler.received) == 1


def test_batch_limits_and_order(relay: tuple[Recorder, Outbound], factory: sessionmaker[Session]) -> None:
    # Intent: one round takes at most `batch` rows, oldest due first; the rest waits its turn.
    handler, outbound = relay
    ids = [queue_confirmation(factory, f"p{i}@example.org") for i in range(3)]
    with factory() as db, db.begin():
        db.execute(
            update(OutboundMessage)
            .where(OutboundMessage.id == ids[2])
            .values(next_attempt_at=NOW - dt.timedelta(minutes=1))
        )
    assert send_due(factory, SmtpRelay(outbound), now=NOW, batch=2) == 2
    assert [r[1] for r in handler.received] == [["p2@example.org"], ["p0@example.org"]]
    assert send_due(factory, SmtpRelay(outbound), now=NOW, batch=2) == 1


def test_maildir_transport_writes_one_file_per_reply(tmp_path: Path, factory: sessionmaker[Session]) -> None:
    # Intent: without a relay every reply lands as one file in var/outbox/new, bytes unchanged.
    outbox = tmp_path / "var" / "outbox"
    transport = make_transport(Outbound(relay_host=None, maildir=outbox))
    assert isinstance(transport, MaildirTransport)
    ids = [queue_confirmation(factory, f"p{i}@example.org") for i in range(2)]
    assert send_due(factory, transport, now=NOW) == 2
    files = sorted((outbox / "new").iterdir())
    assert len(files) == 2
    rows = [row(factory, i) for i in ids]
    assert {r.state for r in rows} == {"sent"}
    assert {f.read_bytes() for f in files} == {r.raw for r in rows}


def test_maildir_transport_sets_the_folder_up_again_when_it_was_removed(tmp_path: Path) -> None:
    # Someone empties var/outbox by deleting it while serve runs: the next reply still lands.
    import shutil

    outbox = tmp_path / "var" / "outbox"
    transport = MaildirTransport(outbox)
    transport.deliver(b"Subject: one\r\n\r\nx\r\n", "a@b.nl", ["c@d.nl"])
    shutil.rmtree(tmp_path / "var")
    transport.deliver(b"Subject: two\r\n\r\nx\r\n", "a@b.nl", ["c@d.nl"])
    assert [f.read_bytes()[:12] for f in (outbox / "new").iterdir()] == [b"Subject: two"]


def test_maildir_transport_fills_in_a_folder_that_exists_without_cur_new_tmp(tmp_path: Path) -> None:
    # A deployment creates /var/lib/mailflow/outbox empty (install -d, systemd StateDirectory=):
    # replies must land, not be deferred with "No such file or directory" until they give up.
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    transport = make_transport(Outbound(relay_host=None, maildir=outbox))
    transport.deliver(b"Subject: one\r\n\r\nx\r\n", "a@b.nl", ["c@d.nl"])
    assert [f.read_bytes()[:12] for f in (outbox / "new").iterdir()] == [b"Subject: one"]
    assert {p.name for p in outbox.iterdir()} == {"cur", "new", "tmp"}


def test_opening_the_maildir_transport_creates_a_private_maildir(tmp_path: Path) -> None:
    # serve opens the transport at start: the configured Maildir exists (cur/new/tmp, mode 0700:
    # replies carry names and addresses) before the first reply, and a wrong folder shows at once.
    outbox = tmp_path / "lib" / "mailflow" / "outbox"
    make_transport(Outbound(relay_host=None, maildir=outbox)).open()
    for folder in (outbox, outbox / "cur", outbox / "new", outbox / "tmp"):
        assert folder.is_dir() and folder.stat().st_mode & 0o777 == 0o700, folder


def test_a_maildir_that_cannot_be_created_names_the_setting(tmp_path: Path) -> None:
    # A file where the folder should be: one clear line naming [outbound] maildir, not a traceback.
    (tmp_path / "taken").write_text("not a folder", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[outbound\] maildir.*taken/outbox"):
        MaildirTransport(tmp_path / "taken" / "outbox").open()


def test_make_transport_picks_relay_when_configured() -> None:
    # Intent: a relay_host means SMTP; nothing else needs to be switched.
    assert isinstance(make_transport(Outbound(relay_host="smtp.example.nl", relay_port=587)), SmtpRelay)


def test_backoff_grows_and_is_capped() -> None:
    # Intent: 5 min, 10 min, 20 min … never above an hour plus jitter (the defaults), or as configured.
    assert dt.timedelta(minutes=5) <= backoff(1) <= dt.timedelta(minutes=5.5)
    assert dt.timedelta(minutes=20) <= backoff(3) <= dt.timedelta(minutes=22)
    assert dt.timedelta(hours=1) <= backoff(20) <= dt.timedelta(hours=1.1)
    assert dt.timedelta(hours=1) <= backoff(10**6) <= dt.timedelta(hours=1.1)
    quick = RetryPolicy(min_delay=dt.timedelta(seconds=10), max_delay=dt.timedelta(seconds=30))
    assert [round(backoff(n, quick, random.Random(0)) / dt.timedelta(seconds=10)) for n in (1, 2, 3, 4)] == [1, 2, 3, 3]


def test_run_sender_delivers_within_moments_of_a_wake(
    relay: tuple[Recorder, Outbound], factory: sessionmaker[Session]
) -> None:
    # Intent: the worker's wake-up makes a confirmation leave at once, long before the poll interval.
    handler, outbound = relay

    async def scenario() -> float:
        stop, wake = asyncio.Event(), asyncio.Event()
        task = asyncio.create_task(run_sender(factory, SmtpRelay(outbound), stop, wake, poll=30.0, clock=lambda: NOW))
        await asyncio.sleep(0.2)  # first (empty) round done; the sender now sleeps for 30 s
        queue_confirmation(factory)
        started = time.monotonic()
        wake.set()
        while not handler.received and time.monotonic() - started < 5:
            await asyncio.sleep(0.01)
        elapsed = time.monotonic() - started
        stop.set()
        await asyncio.wait_for(task, 5)
        return elapsed

    elapsed = asyncio.run(scenario())
    assert len(handler.received) == 1 and elapsed < 2.0
    with factory() as db:
        assert db.scalars(select(OutboundMessage.state)).all() == ["sent"]


# ---------------------------------------------------------------- STARTTLS, AUTH, one connection per batch


class Sessions(Recorder):
    """Also notes which SMTP session (connection) carried each message, and whether it was TLS and logged in."""

    def __init__(self) -> None:
        super().__init__()
        self.sessions: list[tuple[int, bool, bool]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.sessions.append((id(session), session.ssl is not None, bool(session.authenticated)))
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def tls_relay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Sessions, Outbound]]:
    """A relay that insists on STARTTLS before AUTH and on AUTH before mail, as Exchange Online does."""
    import ssl

    import trustme
    from aiosmtpd.smtp import AuthResult

    ca = trustme.CA()
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(server_tls)
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "ca.pem"))  # the client's trust store
    monkeypatch.setenv("MAILFLOW_SMTP_PASSWORD", "s3cret")

    def check(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        ok = (auth_data.login, auth_data.password) == (b"mailflow", b"s3cret")
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself

    handler = Sessions()
    port = free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        tls_context=server_tls,
        require_starttls=True,
        authenticator=check,
        auth_require_tls=True,
        auth_required=True,
    )
    controller.start()
    try:
        yield (
            handler,
            Outbound(
                relay_host="127.0.0.1",
                relay_port=port,
                starttls=True,
                user="mailflow",
                password_env="MAILFLOW_SMTP_PASSWORD",
                timeout=5.0,
            ),
        )
    finally:
        controller.stop()


def test_starttls_and_login_then_one_connection_for_the_whole_batch(
    tls_relay: tuple[Sessions, Outbound], factory: sessionmaker[Session]
) -> None:
    # Verified TLS, then AUTH, once; three replies over that one connection, as an MTA would.
    handler, outbound = tls_relay
    ids = [queue_confirmation(factory, f"p{i}@example.org") for i in range(3)]
    assert send_due(factory, SmtpRelay(outbound), now=NOW) == 3
    assert {r.state for r in map(lambda i: row(factory, i), ids)} == {"sent"}
    assert len(handler.received) == 3
    assert len({s for s, _tls, _auth in handler.sessions}) == 1
    assert all(tls and auth for _s, tls, auth in handler.sessions)


def test_a_wrong_password_is_retried_later_and_says_why(
    tls_relay: tuple[Sessions, Outbound], factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    handler, outbound = tls_relay
    monkeypatch.setenv("MAILFLOW_SMTP_PASSWORD", "wrong")
    row_id = queue_confirmation(factory)
    assert send_due(factory, SmtpRelay(outbound), now=NOW) == 1
    r = row(factory, row_id)
    assert r.state == "queued" and r.last_error is not None and "relay login failed: 535" in r.last_error
    assert handler.received == []


def test_a_relay_that_wants_starttls_is_a_setting_to_fix_not_a_refused_mail(
    tls_relay: tuple[Sessions, Outbound], factory: sessionmaker[Session]
) -> None:
    # 530 is a 5xx, but it is about our configuration, not the message: keep it and say what to set.
    import dataclasses

    handler, outbound = tls_relay
    row_id = queue_confirmation(factory)
    assert send_due(factory, SmtpRelay(dataclasses.replace(outbound, starttls=False)), now=NOW) == 1
    r = row(factory, row_id)
    assert r.state == "queued" and r.last_error is not None and "starttls" in r.last_error.lower()


def test_a_relay_that_drops_an_idle_connection_gets_a_new_one(
    relay: tuple[Recorder, Outbound], factory: sessionmaker[Session]
) -> None:
    # The transport keeps its connection between messages; if the relay closed it meanwhile,
    # the next message opens a fresh one instead of failing.
    handler, outbound = relay
    transport = SmtpRelay(outbound)
    transport.deliver(b"Subject: one\r\n\r\nx\r\n", "a@b.nl", ["c@d.nl"])
    assert transport._smtp is not None
    transport._smtp.sock.close()  # as if the relay had timed the idle connection out
    transport.deliver(b"Subject: two\r\n\r\nx\r\n", "a@b.nl", ["c@d.nl"])
    transport.close()
    assert [raw.split(b"\r\n")[0] for _f, _r, raw in handler.received] == [b"Subject: one", b"Subject: two"]


# ---------------------------------------------------------------- a relay with a private CA ([outbound] ca_file)


@pytest.fixture
def private_ca_relay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Recorder, Outbound, Path]]:
    """A STARTTLS relay whose certificate comes from a CA the system does not trust (trustme)."""
    import ssl

    import trustme

    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    ca = trustme.CA()
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_tls)
    ca.cert_pem.write_to_path(str(tmp_path / "private-ca.pem"))
    handler = Recorder()
    controller = Controller(
        handler, hostname="127.0.0.1", port=free_port(), tls_context=server_tls, require_starttls=True
    )
    controller.start()
    try:
        yield (
            handler,
            Outbound(relay_host="127.0.0.1", relay_port=controller.port, starttls=True, timeout=5.0),
            tmp_path / "private-ca.pem",
        )
    finally:
        controller.stop()


def test_ca_file_makes_a_private_ca_relay_trusted(
    private_ca_relay: tuple[Recorder, Outbound, Path], factory: sessionmaker[Session]
) -> None:
    import dataclasses

    handler, outbound, ca_file = private_ca_relay
    row_id = queue_confirmation(factory)
    assert send_due(factory, SmtpRelay(dataclasses.replace(outbound, ca_file=ca_file)), now=NOW) == 1
    assert row(factory, row_id).state == "sent" and len(handler.received) == 1


def test_an_untrusted_certificate_is_a_setting_to_fix_and_the_reply_waits(
    private_ca_relay: tuple[Recorder, Outbound, Path], factory: sessionmaker[Session], caplog: pytest.LogCaptureFixture
) -> None:
    # Without ca_file the relay's certificate does not verify: an ERROR naming the key, and the
    # reply stays queued (also past give_up_after: nothing is wrong with the mail) until it is fixed.
    import dataclasses
    import logging

    handler, outbound, ca_file = private_ca_relay
    row_id = queue_confirmation(factory)
    with caplog.at_level(logging.INFO, logger="mailflow.outbound"):
        assert send_due(factory, SmtpRelay(outbound), now=NOW) == 1
        assert send_due(factory, SmtpRelay(outbound), now=NOW + dt.timedelta(days=6)) == 1
    stored = row(factory, row_id)
    assert stored.state == "queued" and "[outbound] ca_file" in (stored.last_error or "")
    errors = [r for r in caplog.records if r.levelno == logging.ERROR and r.name.startswith("mailflow")]
    assert len(errors) == 2 and all(
        "[outbound] ca_file" in r.getMessage() and f"#{row_id}" in r.getMessage() for r in errors
    )
    assert "not trusted" in errors[0].getMessage() and "127.0.0.1" in errors[0].getMessage()
    assert handler.received == []
    fixed = SmtpRelay(dataclasses.replace(outbound, ca_file=ca_file))
    assert send_due(factory, fixed, now=NOW + dt.timedelta(days=7)) == 1
    assert row(factory, row_id).state == "sent"


def test_one_info_line_per_delivered_reply(
    relay: tuple[Recorder, Outbound], factory: sessionmaker[Session], caplog: pytest.LogCaptureFixture
) -> None:
    # The log says which reply went out to whom, with fields a log shipper can index.
    import logging

    _handler, outbound = relay
    row_id = queue_confirmation(factory)
    with caplog.at_level(logging.INFO, logger="mailflow.outbound"):
        send_due(factory, SmtpRelay(outbound), now=NOW)
    [line] = [r for r in caplog.records if r.name == "mailflow.outbound.sender"]
    assert (
        line.levelno == logging.INFO
        and f"reply #{row_id} (confirmation) to jan@example.org delivered" == line.getMessage()
    )
    assert (line.outbound_id, line.recipients, line.outcome) == (row_id, ["jan@example.org"], "sent")  # type: ignore[attr-defined]


# ---------------------------------------------------------------- crashes and partial refusals (issue 13)


def dead_pid() -> int:
    """The pid of a process that has exited (and been reaped)."""
    import subprocess

    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def test_replies_left_sending_by_a_dead_process_go_out_at_once(
    relay: tuple[Recorder, Outbound], factory: sessionmaker[Session]
) -> None:
    # A serve killed mid-round leaves rows `sending`; its successor on this host queues them at
    # once instead of after the ten-minute lease. Rows of a live process are left alone.
    from mailflow import claims
    from mailflow.outbound.sender import release_dead_local

    handler, outbound = relay
    dead, live = queue_confirmation(factory, "a@example.org"), queue_confirmation(factory, "b@example.org")
    assert [c.id for c in claim(factory, NOW, 1, owner=claims.identity(dead_pid()))] == [dead]
    assert [c.id for c in claim(factory, NOW, 1, owner=claims.identity())] == [live]
    assert release_dead_local(factory, NOW) == 1
    assert (row(factory, dead).state, row(factory, live).state) == ("queued", "sending")
    assert send_due(factory, SmtpRelay(outbound), now=NOW) == 1
    assert row(factory, dead).state == "sent" and [r for _f, r, _raw in handler.received] == [["a@example.org"]]


def test_a_maildir_reply_written_before_a_crash_is_not_written_again(
    tmp_path: Path, factory: sessionmaker[Session]
) -> None:
    # The file was in new/ (and a reader moved it to cur/ with flags) but the crash came before
    # the row said `sent`: the resend finds the file and writes no second copy.
    from mailflow import claims
    from mailflow.outbound.sender import release_dead_local
    from mailflow.outbound.transport import maildir_name, write_once

    outbox = tmp_path / "outbox"
    transport = MaildirTransport(outbox)
    transport.open()
    first, second = queue_confirmation(factory, "a@example.org"), queue_confirmation(factory, "b@example.org")
    for item in claim(factory, NOW, 2, owner=claims.identity(dead_pid())):
        assert write_once(outbox, item.raw)  # delivered, then the process was killed
    moved = maildir_name(row(factory, second).raw)
    (outbox / "new" / moved).rename(outbox / "cur" / f"{moved},S=1234:2,S")
    assert release_dead_local(factory, NOW) == 2
    assert send_due(factory, transport, now=NOW) == 2
    assert {row(factory, i).state for i in (first, second)} == {"sent"}
    files = [*(outbox / "new").iterdir(), *(outbox / "cur").iterdir()]
    assert len(files) == 2 and all(f.stat().st_mode & 0o777 == 0o600 for f in files)


class RefusesCc(Recorder):
    """Takes the mail for everyone but one address: 550 for ``refuse``, 451 for ``defer`` (once)."""

    def __init__(self, refuse: str = "cc@example.org", defer: str = "") -> None:
        super().__init__()
        self.refuse, self.defer, self.deferred = refuse, defer, 0

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]) -> str:
        if address == self.refuse:
            return "550 5.1.1 <cc@example.org>: Recipient address rejected"
        if address == self.defer and not self.deferred:
            self.deferred += 1
            return "451 4.2.0 Mailbox busy, try later"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def queue_with_cc(factory: sessionmaker[Session], cc: tuple[str, ...]) -> int:
    reply = Reply(
        template="confirmation",
        event=EVENT,
        to="jan@example.org",
        to_name="Jan",
        sessions=(ZWOLLE,),
        cc=cc,
        in_reply_to="<orig@client.example.org>",
        original_subject="Aanmelding",
    )
    with factory() as db, db.begin():
        row_id = enqueue(
            db, compose(reply, Sender(name="S", domain="mail.example.nl"), NOW), kind="confirmation", now=NOW
        )
        assert row_id is not None
        return row_id


def outcomes(factory: sessionmaker[Session], row_id: int) -> dict[str, tuple[str | None, str | None]]:
    from mailflow.db.models import OutboundRecipient

    with factory() as db:
        return {
            r.address: (r.outcome, r.response)
            for r in db.scalars(select(OutboundRecipient).where(OutboundRecipient.outbound_id == row_id))
        }


@pytest.mark.parametrize("relay", [RefusesCc], indirect=True)
def test_a_partial_refusal_is_recorded_per_recipient(
    relay: tuple[Recorder, Outbound], factory: sessionmaker[Session]
) -> None:
    # 550 for the Cc'd colleague: the reply is sent (the sender has it), the refusal is on the
    # colleague's recipient row and in the row's last_error, which `mailflow outbox` shows.
    handler, outbound = relay
    row_id = queue_with_cc(factory, ("cc@example.org",))
    assert send_due(factory, SmtpRelay(outbound), now=NOW) == 1
    stored = row(factory, row_id)
    assert stored.state == "sent" and "cc@example.org: 550 5.1.1" in (stored.last_error or "")
    got = outcomes(factory, row_id)
    assert got["jan@example.org"] == ("accepted", None)
    assert got["cc@example.org"][0] == "refused" and "550 5.1.1" in (got["cc@example.org"][1] or "")
    assert [r for _f, r, _raw in handler.received] == [["jan@example.org"]]


def test_a_deferred_recipient_is_tried_again_alone(factory: sessionmaker[Session]) -> None:
    # 451 for one recipient while the other took it: the retry goes to the deferred one only,
    # so nobody gets the reply twice; then the row is sent.
    handler = RefusesCc(refuse="", defer="cc@example.org")
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        outbound = Outbound(relay_host="127.0.0.1", relay_port=controller.port, timeout=5.0)
        row_id = queue_with_cc(factory, ("cc@example.org",))
        assert send_due(factory, SmtpRelay(outbound), now=NOW) == 1
        stored = row(factory, row_id)
        assert stored.state == "queued" and "451 4.2.0" in (stored.last_error or "")
        assert outcomes(factory, row_id)["cc@example.org"][0] == "deferred"
        assert send_due(factory, SmtpRelay(outbound), now=stored.next_attempt_at) == 1
    finally:
        controller.stop()
    assert row(factory, row_id).state == "sent" and row(factory, row_id).last_error is None
    assert [r for _f, r, _raw in handler.received] == [["jan@example.org"], ["cc@example.org"]]
    assert {o for o, _r in outcomes(factory, row_id).values()} == {"accepted"}


def test_a_maildir_mail_composed_again_after_a_crash_is_not_written_twice(tmp_path: Path) -> None:
    # Campaign mail is composed when it is sent: after a crash the same mail (same Message-ID) comes out
    # with another Date. The Maildir names files by Message-ID, so the second copy is not written; a
    # different mail is. (Found by the fault injection's mid-campaign kill.)
    from mailflow.outbound.transport import write_once

    outbox = tmp_path / "outbox"
    MaildirTransport(outbox).open()

    def mail(mid: str, date: str) -> bytes:
        return f"Message-ID: {mid}\r\nDate: {date}\r\nSubject: Info\r\n\r\nHallo\r\n".encode()

    assert write_once(outbox, mail("<campaign.1.abc@x.test>", "Thu, 03 Dec 2026 08:00:00 +0000"))
    assert not write_once(outbox, mail("<campaign.1.abc@x.test>", "Thu, 03 Dec 2026 08:00:05 +0000"))
    assert write_once(outbox, mail("<campaign.1.def@x.test>", "Thu, 03 Dec 2026 08:00:05 +0000"))
    assert write_once(outbox, b"Subject: no id\r\n\r\none\r\n") and write_once(outbox, b"Subject: no id\r\n\r\ntwo\r\n")
    assert len(list((outbox / "new").iterdir())) == 4
