"""A world for fault injection: a real ``mailflow serve`` subprocess, its database, its peers, and checks.

One ``World`` is one installation: a database (SQLite or PostgreSQL), a way
replies leave (Maildir, or a real aiosmtpd relay in this process) and a way mail
arrives (SMTP, or a real Dovecot mailbox). The test plays the sending MTA: a
message counts as *acknowledged* only when ``serve`` answered 250 (or, for IMAP,
once it is appended to INBOX); anything else stays queued here and is delivered
again after the restart, as Postfix would. ``kill`` sends SIGKILL to serve (and,
usually, its worker processes); ``check`` says, in plain words, every promise of
docs/guarantees.md that the world's state breaks.
"""

from __future__ import annotations

import email
import email.policy
import os
import signal
import smtplib
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from aiosmtpd.controller import Controller
from sqlalchemy import Engine, create_engine, func, select, text

from mailflow.db.engine import make_engine
from mailflow.db.models import CampaignRecipient, InboundMessage, OutboundMessage

MAILBOX = "aanmelden@faults.test"
PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SETTLE = 60.0  # "nothing stuck longer than a minute"
WINDOW = 5.0  # seconds between a relay's 250 and the kill that kept serve from recording it: milliseconds
# when serve has a core, seconds when the test, serve and its relay share two busy cores
LAG = 1.0  # seconds the relay may stamp its 250 after the kill: the mail was sent before serve died
CATALOGUE = f"""
[[events]]
key = "faults"
mailbox = "{MAILBOX}"
title = "Storingsdag"
language = "nl"
timezone = "Europe/Amsterdam"

  [[events.sessions]]
  key = "faults-utrecht"
  title = "Storingsdag Utrecht"
  city = "Utrecht"
  starts = 2030-06-14T09:00:00
  ends = 2030-06-14T12:00:00
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def registration(run: int, n: int) -> tuple[str, bytes]:
    """A registration from a sender of its own: (Message-ID, raw bytes)."""
    mid = f"<r{run}-{n}-{uuid.uuid4().hex[:8]}@gemeente.test>"
    raw = (
        f"From: Deelnemer {run}-{n} <p{run}-{n}@gemeente.test>\r\nTo: {MAILBOX}\r\nSubject: Aanmelding\r\n"
        f"Message-ID: {mid}\r\nDate: Sun, 22 Nov 2026 10:00:00 +0100\r\n\r\n"
        "Ik wil graag aansluiten in Utrecht.\r\n"
    ).encode()
    return mid, raw


class Relay:
    """A real SMTP relay that keeps (Message-ID, when) of what it accepts; ``trap`` runs inside DATA."""

    def __init__(self) -> None:
        self.received: list[tuple[str, float]] = []
        self.trap: Callable[[str], str | None] | None = None  # a reply to give instead of 250, or None
        self.lock = threading.Lock()
        self.controller = Controller(self, hostname="127.0.0.1", port=free_port())
        self.controller.start()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        mid = str(email.message_from_bytes(envelope.original_content)["Message-ID"] or "")
        trap = self.trap
        if trap is not None:
            answer = trap(mid)
            if answer is not None:
                return answer
        with self.lock:
            self.received.append((mid, time.time()))
        return "250 2.0.0 Ok"

    def stop(self) -> None:
        self.controller.stop()


@dataclass
class World:
    """One installation under test; see the module docstring."""

    name: str
    db: str  # sqlite | postgresql
    transport: str  # maildir | relay
    intake: str  # smtp | imap
    root: Path
    dovecot: Any = None  # tests.imap_server.Dovecot for the imap intake
    relay: Relay | None = None
    port: int = field(default_factory=free_port)
    url: str = ""
    proc: subprocess.Popen[bytes] | None = None
    acked: dict[str, str] = field(default_factory=dict)  # Message-ID -> sender
    pending: dict[str, bytes] = field(default_factory=dict)  # not acknowledged: to deliver again
    kills: list[tuple[float, str]] = field(default_factory=list)
    allowed_doubles: set[str] = field(default_factory=set)  # replies inside the documented window
    engine: Engine | None = None

    # -- set-up -------------------------------------------------------------------------------

    def create(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "catalogue.toml").write_text(CATALOGUE, encoding="utf-8")
        self.url = f"sqlite:///{self.root}/mf.db"
        if self.db == "postgresql":
            schema = f"faults_{uuid.uuid4().hex[:10]}"
            admin = create_engine(PG_ADMIN)
            with admin.begin() as c:
                c.execute(text(f'CREATE SCHEMA "{schema}"'))
            admin.dispose()
            self.url = f"postgresql://postgres@127.0.0.1:5432/test?options=-csearch_path%3D{schema}"
        from mailflow.db.migrate import upgrade

        self.engine = make_engine(self.url)
        upgrade(self.engine)
        if self.transport == "relay":
            self.relay = Relay()
        (self.root / "mailflow.toml").write_text(self._config(), encoding="utf-8")

    def _config(self) -> str:
        out = (
            f'[outbound]\nrelay = "smtp://127.0.0.1:{self.relay.controller.port}"\n'
            if self.relay
            else f'[outbound]\nmaildir = "{self.root}/outbox"\n'
        )
        box = ""
        if self.intake == "imap":
            d = self.dovecot
            box = (
                f'[mailbox]\nhost = "127.0.0.1"\nport = {d.port}\ntls = "none"\nuser = "{d.user}"\n'
                f'password_env = "FAULTS_IMAP_PASSWORD"\naddress = "{MAILBOX}"\npoll_interval = 1\n'
            )
        return (
            f'[database]\nurl = "{self.url}"\n[catalogue]\nfiles = ["catalogue.toml"]\n'
            f'[intake.smtp]\nlisten = "127.0.0.1:{self.port}"\n{out}'
            f'retry_min_delay = 1\nmax_replies_per_day = 1000\n[sender]\ndomain = "faults.test"\n'
            f"[worker]\nprocesses = 1\n[web]\nenabled = false\n{box}"
        )

    def drop(self) -> None:
        self.stop()
        if self.relay is not None:
            self.relay.stop()
        if self.engine is not None:
            self.engine.dispose()

    # -- the service ----------------------------------------------------------------------------

    def start(self, timeout: float = 90.0) -> None:
        """Start serve and wait until its intake answers (it opens once the worker is warm)."""
        env = dict(os.environ, FAULTS_IMAP_PASSWORD=getattr(self.dovecot, "password", ""))
        log = open(self.root / "serve.log", "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mailflow.cli", "serve", "--config", str(self.root / "mailflow.toml")],
            stdout=log,
            stderr=log,
            env=env,
            start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name}: serve exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    if s.recv(3) == b"220":
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"{self.name}: serve did not open its intake in {timeout:.0f} s:\n{self.log_tail()}")

    def kill(self, point: str, *, group: bool = True) -> None:
        """SIGKILL serve (with ``group``: its worker processes too, as a power cut or systemd's
        KillMode=mixed timeout does); without, the worker processes are orphaned and stop by themselves."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.kills.append((time.time(), point))
        (os.killpg if group else os.kill)(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)

    def log_tail(self, n: int = 6000) -> str:
        path = self.root / "serve.log"
        return path.read_text(errors="replace")[-n:] if path.exists() else ""

    # -- the sending side (an MTA) ---------------------------------------------------------------

    def send(self, mid: str, raw: bytes, sender: str) -> bool:
        """Deliver once over SMTP; True on 250 (acknowledged), else the message stays pending."""
        try:
            with smtplib.SMTP("127.0.0.1", self.port, timeout=20) as smtp:
                smtp.sendmail(sender, [MAILBOX], raw)
        except (OSError, smtplib.SMTPException):
            self.pending[mid] = raw
            return False
        self.ack(mid, sender)
        return True

    def ack(self, mid: str, sender: str) -> None:
        self.acked[mid] = sender
        self.pending.pop(mid, None)

    def redeliver(self) -> None:
        """What an MTA does after a restart: deliver whatever was not acknowledged."""
        for mid, raw in list(self.pending.items()):
            sender = email.message_from_bytes(raw)["From"].split("<")[1].rstrip(">")
            for _ in range(5):
                if self.send(mid, raw, sender):
                    break
                time.sleep(0.5)

    # -- settling and checking --------------------------------------------------------------------

    def settle(self) -> float:
        """Seconds until every acknowledged message is final and every reply sent (at most SETTLE)."""
        started = time.monotonic()
        while time.monotonic() - started < SETTLE:
            if self._settled():
                return time.monotonic() - started
            time.sleep(0.2)
        return time.monotonic() - started

    def _settled(self) -> bool:
        assert self.engine is not None
        with self.engine.connect() as c:
            final = (
                c.scalar(
                    select(func.count())
                    .select_from(InboundMessage)
                    .where(
                        InboundMessage.message_id.in_(list(self.acked)),
                        InboundMessage.state.in_(("processed", "review", "ignored")),
                    )
                )
                or 0
            )
            unsent = (
                c.scalar(select(func.count()).select_from(OutboundMessage).where(OutboundMessage.state != "sent")) or 0
            )
            unsent += (
                c.scalar(
                    select(func.count())
                    .select_from(CampaignRecipient)
                    .where(CampaignRecipient.state.in_(("pending", "sending")))
                )
                or 0
            )
        inbox_empty = self.intake != "imap" or not self.dovecot_folder("INBOX")
        return final == len(self.acked) and unsent == 0 and inbox_empty

    def dovecot_folder(self, folder: str) -> list[str]:
        c = self.dovecot.client()
        try:
            if folder != "INBOX" and not c.folder_exists(folder):
                return []
            c.select_folder(folder, readonly=True)
            uids = c.search(["UNDELETED"])
            data = c.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]) if uids else {}
            return [v[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().split(":", 1)[1].strip() for v in data.values()]
        finally:
            c.logout()

    def delivered(self) -> Counter[str]:
        """Message-ID -> copies that left: files in the Maildir, or mails the relay accepted."""
        if self.relay is not None:
            with self.relay.lock:
                return Counter(mid for mid, _t in self.relay.received)
        copies: Counter[str] = Counter()
        for sub in ("new", "cur"):
            folder = self.root / "outbox" / sub
            for f in folder.iterdir() if folder.exists() else ():
                with open(f, "rb") as fh:
                    head = fh.read(4096).split(b"\r\n\r\n", 1)[0]
                copies[str(email.message_from_bytes(head, policy=email.policy.compat32)["Message-ID"])] += 1
        return copies

    def check(self, settled_in: float) -> list[str]:
        """Every broken promise, in words (empty: all held)."""
        assert self.engine is not None
        problems: list[str] = []
        if settled_in >= SETTLE:
            problems.append(f"not settled within {SETTLE:.0f} s of the restart")
        with self.engine.connect() as c:
            rows = c.execute(
                select(InboundMessage.message_id, InboundMessage.state, InboundMessage.id).where(
                    InboundMessage.message_id.in_(list(self.acked))
                )
            ).all()
            regs = Counter(
                c.execute(
                    text(
                        "SELECT p.email FROM registrations r JOIN people p ON p.id = r.person_id "
                        "WHERE r.status != 'cancelled'"
                    )
                ).scalars()
            )
            replies = c.execute(
                select(OutboundMessage.inbound_id, OutboundMessage.message_id, OutboundMessage.state)
            ).all()
        stored = Counter(mid for mid, _s, _i in rows)
        for mid, sender in self.acked.items():
            if stored[mid] != 1:
                problems.append(f"acknowledged {mid} stored {stored[mid]} times")
            if regs[sender.lower()] != 1:
                problems.append(f"{sender} has {regs[sender.lower()]} active registrations")
        problems += [f"{mid} ended {state}" for mid, state, _i in rows if state != "processed"]
        per_inbound = Counter(i for i, _m, _s in replies)
        problems += [f"inbound #{i} has {n} replies" for i, n in per_inbound.items() if n != 1]
        problems += [f"reply {mid} is {state}" for _i, mid, state in replies if state != "sent"]
        copies = self.delivered()
        for _i, mid, _s in replies:
            n = copies[mid]
            if n == 0:
                problems.append(f"reply {mid} never left")
            elif n > 1 and not self._in_window(mid):
                problems.append(f"reply {mid} left {n} times outside the documented window{self._when(mid)}")
        if self.intake == "imap":
            problems += self._check_mailbox()
        return problems + self._check_campaigns(copies)

    def _check_campaigns(self, copies: Counter[str]) -> list[str]:
        """One campaign mail per person and campaign: recorded once, sent, and delivered once
        (a relay's second copy only inside the documented window)."""
        assert self.engine is not None
        with self.engine.connect() as c:
            rows = c.execute(
                select(
                    CampaignRecipient.campaign_id,
                    CampaignRecipient.person_id,
                    CampaignRecipient.message_id,
                    CampaignRecipient.state,
                )
            ).all()
        problems = [
            f"campaign #{cid} has {n} rows for person #{pid}"
            for (cid, pid), n in Counter((cid, pid) for cid, pid, _m, _s in rows).items()
            if n != 1
        ]
        for cid, _pid, mid, state in rows:
            if state != "sent":
                problems.append(f"campaign #{cid} mail {mid} is {state}")
            elif copies[mid] == 0:
                problems.append(f"campaign #{cid} mail {mid} never left")
            elif copies[mid] > 1 and not self._in_window(mid):
                problems.append(
                    f"campaign #{cid} mail {mid} left {copies[mid]} times outside the documented window{self._when(mid)}"
                )
        return problems

    def campaign_copies(self) -> int:
        """Campaign mails that have left so far (files in the Maildir, or mails the relay took)."""
        assert self.engine is not None
        with self.engine.connect() as c:
            mids = set(c.scalars(select(CampaignRecipient.message_id)))
        return sum(n for mid, n in self.delivered().items() if mid in mids)

    def _in_window(self, mid: str) -> bool:
        """A relay's second copy is allowed only for a mail it had accepted just before a kill
        (between the relay's 250 and serve's record of it); a Maildir never writes one twice.

        "Just before" includes the relay's own lag: a mail whose last bytes were on the wire when
        serve died is accepted by the relay's thread a moment after the kill was stamped (the
        mid-campaign kill comes while four connections are busy), so up to ``LAG`` after counts."""
        if self.relay is None:
            return False
        if mid in self.allowed_doubles:
            return True
        with self.relay.lock:
            first = min(t for m, t in self.relay.received if m == mid)
        return any(first - LAG <= killed <= first + WINDOW for killed, _point in self.kills)

    def _when(self, mid: str) -> str:
        """Where the first copy fell against the kills, for the report of a broken promise."""
        if self.relay is None or not self.kills:
            return ""
        with self.relay.lock:
            first = min(t for m, t in self.relay.received if m == mid)
        gap = min((first - killed for killed, _p in self.kills), key=abs)
        return f" (first copy {gap:+.2f} s from the nearest kill)"

    def doubles(self) -> int:
        return sum(n - 1 for n in self.delivered().values() if n > 1)

    def _check_mailbox(self) -> list[str]:
        where = Counter({f: 0 for f in ("INBOX", "Verwerkt", "Te beoordelen", "Genegeerd")})
        seen: Counter[str] = Counter()
        for folder in where:
            for mid in self.dovecot_folder(folder):
                seen[mid] += 1
                where[folder] += 1
        problems = [f"{mid} is in {n} folders" for mid, n in seen.items() if n > 1]
        problems += [f"{mid} is in no folder" for mid in self.acked if seen[mid] == 0]
        problems += [f"{where['INBOX']} message(s) left in INBOX"] if where["INBOX"] else []
        sent = Counter(self.dovecot_folder("Sent"))
        problems += [f"reply {mid} appended to Sent {n} times" for mid, n in sent.items() if n > 1]
        return problems
