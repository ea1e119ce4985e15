"""Campaign delivery against a real aiosmtpd relay: scale, a SIGKILLed sender, 4xx and 5xx relays.

The crash test runs the real CLI (`mailflow campaign send`) as a child process on a
SQLite file and kills it with SIGKILL while the relay holds its connections mid-
transaction (DATA received, no 250 yet): the mails in flight were not accepted, as
with an MTA, and everything the relay did accept was recorded before the kill.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from mailflow.app import build_app
from mailflow.campaigns import service
from mailflow.campaigns.model import Audience, Draft
from mailflow.catalogue import Catalogue
from mailflow.config import Settings, load_settings
from mailflow.db.models import CampaignRecipient

from campaign_kit import Relay, campaign_settings, relay, seed

ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 11, 22, 11, tzinfo=dt.timezone.utc)
BODY = "Het programma voor {{ session.title }} volgt.\n\n{{ cancel_instructions }}"


def clock() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def create(
    factory: sessionmaker[Session], catalogue: Catalogue, settings: Settings, event: str, session: str, **kw: Any
) -> int:
    with factory() as db, db.begin():
        return service.create(db, catalogue, settings, Draft(Audience(event, (session,)), "Programma", BODY, **kw), NOW)


class Deferring(Relay):
    """Answers DATA with 451 until ``until`` (monotonic), then accepts: a relay that is busy for a while."""

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.until = time.monotonic() + seconds
        self.deferred = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if time.monotonic() < self.until:
            self.deferred += 1
            return "451 4.3.2 System busy, try again later"
        return await super().handle_DATA(server, session, envelope)


class Refusing(Relay):
    """Refuses some recipients with 550 5.1.1."""

    def __init__(self, refused: set[str]) -> None:
        super().__init__()
        self.refused = refused

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]) -> str:
        if address.lower() in self.refused:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"


class Holding(Relay):
    """Accepts ``limit`` mails, then holds every further DATA unanswered until released (then refuses it)."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.held = 0
        self.release = asyncio.Event()
        self.holding = True

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            full = len(self.received) >= self.limit
        if full and self.holding:
            self.held += 1
            loop_event = self.release
            await loop_event.wait()
            return "421 4.3.0 shutting down"  # never accepted: nothing recorded
        return await super().handle_DATA(server, session, envelope)


def test_2000_recipients_each_receive_it_once(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings
) -> None:
    # Intent: a campaign to 2,000 recipients delivers exactly 2,000 mails, one per person, over 4 connections.
    emails = seed(synced, "dia-haarlem", 2000)
    with relay() as (handler, port):
        s = campaign_settings(settings, port, connections=4)
        report = service.send(synced, catalogue, s, create(synced, catalogue, s, "dia", "dia-haarlem"), clock)
    assert report.summary() == "sent=2000 skipped=0 failed=0"
    got = handler.recipients()
    assert len(handler.received) == 2000 and set(got) == set(emails) and set(got.values()) == {1}
    ids = [m["Message-ID"] for m in handler.messages()]
    assert len(set(ids)) == 2000


def test_relay_deferring_for_a_while_gets_everything_delivered_after_it_recovers(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings
) -> None:
    # Intent: 4xx answers defer mails (retried on the [outbound] schedule), none is lost or doubled.
    emails = seed(synced, "dia-haarlem", 40)
    with relay(Deferring(seconds=1.5)) as (handler, port):
        s = campaign_settings(settings, port, connections=2)
        report = service.send(synced, catalogue, s, create(synced, catalogue, s, "dia", "dia-haarlem"), clock)
    assert isinstance(handler, Deferring) and handler.deferred >= 2
    assert report.summary() == "sent=40 skipped=0 failed=0"
    assert sorted(handler.recipients()) == sorted(emails) and set(handler.recipients().values()) == {1}
    with synced() as db:
        assert db.scalar(select(func.max(CampaignRecipient.attempts))) >= 2


def test_5xx_recipients_are_reported_with_the_relays_answer(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings
) -> None:
    # Intent: a permanent refusal fails that recipient only, with the relay's words as the reason.
    emails = seed(synced, "dia-haarlem", 10)
    refused = set(emails[:3])
    with relay(Refusing(refused)) as (handler, port):
        s = campaign_settings(settings, port)
        report = service.send(synced, catalogue, s, create(synced, catalogue, s, "dia", "dia-haarlem"), clock)
    assert report.summary() == "sent=7 skipped=0 failed=3"
    assert {p.email for p in report.problems if p.state == "failed"} == refused
    assert all("550 5.1.1" in p.reason and "User unknown" in p.reason for p in report.problems)
    assert set(handler.recipients()) == set(emails) - refused


def _config(tmp: Path, port: int) -> Path:
    path = tmp / "mailflow.toml"
    path.write_text(
        f"""
[database]
url = "sqlite:///{tmp}/mf.db"
[catalogue]
files = ["{ROOT / "demo" / "catalogue.toml"}"]
[outbound]
relay = "smtp://127.0.0.1:{port}"
timeout = 10
retry_min_delay = 1
[sender]
domain = "mailflow.test"
[campaigns]
connections = 4
batch = 100
""",
        encoding="utf-8",
    )
    return path


def _send(config: Path, campaign: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "mailflow.cli", "campaign", "send", str(campaign), "--config", str(config)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=config.parent,
    )


def _wait(check: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def test_sender_killed_half_way_and_restarted_completes_without_duplicates(tmp_path: Path) -> None:
    # Intent: SIGKILL mid-campaign, then a restart: every recipient gets the mail exactly once. The
    # killed process's claims are taken over at once (its pid is gone), not after the lease.
    handler = Holding(limit=1000)
    with relay(handler) as (_h, port):
        config = _config(tmp_path, port)
        app = build_app(load_settings(config), migrate=True, sync=True)
        try:
            emails = seed(app.factory, "dia-demo-utrecht", 2000)
            cid = create(app.factory, app.catalogue, app.settings, "dia-demo", "dia-demo-utrecht")

            def sent() -> int:
                with app.factory() as db:
                    return int(
                        db.scalar(
                            select(func.count()).select_from(CampaignRecipient).where(CampaignRecipient.state == "sent")
                        )
                        or 0
                    )

            first = _send(config, cid)
            try:
                _wait(
                    lambda: handler.held >= 1 and len(handler.received) == 1000 and sent() == 1000,
                    120,
                    "1,000 mails accepted and recorded while the next ones are held",
                )
            finally:
                os.kill(first.pid, signal.SIGKILL)
                first.communicate(timeout=30)
            assert first.returncode == -signal.SIGKILL
            handler.holding = False
            handler.release.set()  # set from this thread: the held handlers only need to see it once woken
            with app.factory() as db:
                assert (
                    db.scalar(
                        select(func.count()).select_from(CampaignRecipient).where(CampaignRecipient.state == "sending")
                    )
                    >= 1
                )
            second = _send(config, cid)
            out, err = second.communicate(timeout=180)
            assert second.returncode == 0, err
        finally:
            app.close()
    assert out.strip().splitlines()[-1] == "sent=2000 skipped=0 failed=0"
    got = handler.recipients()
    assert len(handler.received) == 2000 and set(got) == set(emails) and set(got.values()) == {1}


class PipeliningRefusing(Refusing):
    """``Refusing`` that also announces PIPELINING: aiosmtpd reads pipelined commands in order."""

    async def handle_EHLO(
        self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        session.host_name = hostname
        return [*responses[:-1], "250-PIPELINING", responses[-1]]


def test_pipelined_transactions_deliver_and_refuse_like_plain_ones(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings
) -> None:
    # Intent: with PIPELINING on offer, MAIL/RCPT/DATA go together and a 550 still fails only that
    # recipient; the connection stays usable for the next mail.
    emails = seed(synced, "dia-haarlem", 12)
    refused = {emails[2], emails[7]}
    with relay(PipeliningRefusing(refused)) as (handler, port):
        s = campaign_settings(settings, port, connections=2)
        report = service.send(synced, catalogue, s, create(synced, catalogue, s, "dia", "dia-haarlem"), clock)
    assert report.summary() == "sent=10 skipped=0 failed=2"
    assert all("550 5.1.1" in p.reason for p in report.problems)
    assert set(handler.recipients()) == set(emails) - refused and set(handler.recipients().values()) == {1}


def test_pipelining_relay_against_postfix_smtp_sink(tmp_path: Path) -> None:
    # Intent: the pipelined client against Postfix's own smtp-sink (which announces PIPELINING) delivers
    # every byte of every mail, dot-stuffing included.
    import shutil

    from mailflow.campaigns.pipelining import PipeliningRelay
    from mailflow.config import Outbound

    sink = shutil.which("smtp-sink") or ("/usr/sbin/smtp-sink" if Path("/usr/sbin/smtp-sink").exists() else None)
    if sink is None:
        if os.environ.get("CI") == "true":
            pytest.fail("smtp-sink (Debian package postfix) is required under CI=true")
        pytest.skip("smtp-sink (Debian package postfix) is not installed")
    import tempfile

    from campaign_kit import free_port

    # smtp-sink drops root for "nobody", who cannot enter pytest's private tmp folders: a folder in /tmp
    port, dump = free_port(), Path(tempfile.mkdtemp(prefix="mf-sink-"))
    dump.chmod(0o777)
    user = ["-u", "nobody"] if os.geteuid() == 0 else []
    proc = subprocess.Popen([sink, *user, "-d", f"{dump}/%H%M%S.", f"127.0.0.1:{port}", "10"])
    try:
        _wait(lambda: _listening(port), 10, "smtp-sink")
        relay_ = PipeliningRelay(Outbound(relay_host="127.0.0.1", relay_port=port, timeout=10))
        mails = [f"Subject: m{i}\r\n\r\n.leading dot {i}\r\nline\r\n".encode() for i in range(25)]
        for i, raw in enumerate(mails):
            relay_.deliver(raw, "from@mailflow.test", [f"r{i}@example.org"])
        assert relay_._smtp is not None and relay_._smtp.has_extn("pipelining")
        relay_.close()
        _wait(lambda: len(list(dump.iterdir())) == 25, 10, "25 dumped mails")
        dumped = sorted(p.read_bytes() for p in dump.iterdir())
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(dump, ignore_errors=True)
    # smtp-sink dumps with LF line ends and the dots unstuffed again: each mail must be there as sent
    assert all(sum(m.replace(b"\r\n", b"\n") in d for d in dumped) == 1 for m in mails)


def _listening(port: int) -> bool:
    import socket

    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


def test_two_sending_processes_share_a_campaign_without_doubles(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings
) -> None:
    # Intent: with [campaigns] processes = 2 a spawned helper claims rows beside this process; the
    # claims keep every recipient to one mail.
    emails = seed(synced, "dia-haarlem", 300)
    url = str(synced.kw["bind"].url.render_as_string(hide_password=False))
    with relay() as (handler, port):
        s = dataclasses.replace(
            campaign_settings(settings, port, connections=2, processes=2, batch=20), database_url=url
        )
        report = service.send(synced, catalogue, s, create(synced, catalogue, s, "dia", "dia-haarlem"), clock)
    assert report.summary() == "sent=300 skipped=0 failed=0"
    assert set(handler.recipients()) == set(emails) and set(handler.recipients().values()) == {1}


def test_a_spawned_helper_process_sends_on_its_own(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings
) -> None:
    # Intent: the helper that [campaigns] processes starts (campaigns.delivery.drain) works in a fresh
    # process from what it is passed: its own engine, connections and claims.
    import multiprocessing as mp

    from mailflow.campaigns.delivery import drain

    emails = seed(synced, "dia-haarlem", 30)
    url = str(synced.kw["bind"].url.render_as_string(hide_password=False))
    with relay() as (handler, port):
        s = dataclasses.replace(campaign_settings(settings, port, connections=2, batch=10), database_url=url)
        cid = create(synced, catalogue, s, "dia", "dia-haarlem")
        with synced() as db, db.begin():
            service.start(db, catalogue, s, cid, clock())
        helper = mp.get_context("spawn").Process(target=drain, args=(s, catalogue, cid, 2))
        helper.start()
        helper.join(120)
    assert helper.exitcode == 0
    assert set(handler.recipients()) == set(emails) and set(handler.recipients().values()) == {1}
    with synced() as db:
        workers = set(db.scalars(select(CampaignRecipient.claimed_by)))
    assert workers == {f"{socket.gethostname()}:{helper.pid}"}


def test_serve_sends_a_scheduled_campaign_when_its_moment_comes(running: Any) -> None:
    # Intent: `serve` carries out schedules: a campaign whose moment has passed goes out by itself.
    from mailflow.campaigns.model import Schedule

    app = running.app
    emails = seed(app.factory, "dia-demo-utrecht", 5)
    with app.factory() as db, db.begin():
        cid = service.create(
            db,
            app.catalogue,
            app.settings,
            Draft(
                Audience("dia-demo", ("dia-demo-utrecht",)),
                "Programma",
                BODY,
                schedule=Schedule(at=clock() - dt.timedelta(seconds=1)),
            ),
            clock(),
        )
    got = [m for m in running.wait_for_relay(5, timeout=30)]
    assert sorted(r for _f, rcpts, _raw in got for r in rcpts) == sorted(emails)
    _wait(lambda: service.status(app.factory, cid).status == "done", 30, "the campaign to be done")
