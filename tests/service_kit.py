"""A running ``serve`` on loopback with a real SMTP relay, and how to read the mails that come out.

The staff pages run too, on ``Running.web_url`` (plain http on loopback, so the
session cookie is not marked Secure there).

Used by the end-to-end and conversation tests: mail goes in through the real SMTP
intake, and a test is judged by what the relay receives (recipients, kind, invite)
and by the review queue. ``running`` is the fixture; ``service`` the context manager
behind it, for tests that need their own configuration or catalogue.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import smtplib
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import getaddresses, make_msgid
from pathlib import Path
from typing import Any

import icalendar
import pytest
from aiosmtpd.controller import Controller

from mailflow.app import App, build_app
from mailflow.config import load_settings
from mailflow.serve import serve

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Recorder:
    """A real SMTP relay that keeps what it is given."""

    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 OK"


@dataclass
class Running:
    app: App
    port: int
    relay: Recorder
    web_port: int = 0

    @property
    def web_url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    def send(
        self,
        body: str,
        *,
        to: str = "d-loket@vng.example",
        sender: str = "p.devries@gemeente.example",
        subject: str = "Aanmelding",
        raw: bytes | None = None,
    ) -> str:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = f"Petra de Vries <{sender}>", to, subject
        msg["Message-ID"] = make_msgid(domain="gemeente.example")
        msg["Date"] = email.utils.formatdate(localtime=True)
        msg.set_content(body)
        with smtplib.SMTP("127.0.0.1", self.port, timeout=10) as smtp:
            if raw is not None:
                smtp.sendmail(sender, [to], raw)
            else:
                smtp.send_message(msg)
        return str(msg["Message-ID"])

    def wait_for_relay(self, n: int, timeout: float = 10.0) -> list[tuple[str, list[str], bytes]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and len(self.relay.messages) < n:
            time.sleep(0.05)
        return self.relay.messages


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Running]:
    with service(tmp_path) as r:
        yield r


@contextmanager
def service(tmp_path: Path, extra: str = "", catalogue: Path = ROOT / "demo" / "catalogue.toml") -> Iterator[Running]:
    """`serve` on loopback with a real relay; ``extra`` is appended to its mailflow.toml."""
    relay = Recorder()
    controller = Controller(relay, hostname="127.0.0.1", port=free_port())
    controller.start()
    intake_port, web_port = free_port(), free_port()
    (tmp_path / "web-secret").write_text("test-secret-" + "x" * 40, encoding="utf-8")
    (tmp_path / "mailflow.toml").write_text(
        f"""
[database]
url = "sqlite:///{tmp_path}/mf.db"
[catalogue]
files = ["{catalogue}"]
[intake.smtp]
listen = "127.0.0.1:{intake_port}"
max_message_size = 1048576
[outbound]
relay = "smtp://127.0.0.1:{controller.port}"
[sender]
domain = "mailflow.test"
[web]
listen = "127.0.0.1:{web_port}"
secret_key_file = "{tmp_path}/web-secret"
cookie_secure = false
"""
        + extra,
        encoding="utf-8",
    )
    app = build_app(load_settings(tmp_path / "mailflow.toml"), migrate=True, sync=True)
    stop = asyncio.Event()
    ready = threading.Event()
    loop = asyncio.new_event_loop()
    thread = threading.Thread(
        target=loop.run_until_complete, args=(serve(app, stop=stop, on_ready=lambda _p: ready.set()),), daemon=True
    )
    thread.start()
    assert ready.wait(15), "serve did not start"
    try:
        yield Running(app, intake_port, relay, web_port)
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(15)
        controller.stop()
        app.close()
    assert worker_processes(0, timeout=10) == [], "serve stopped but left worker processes running"


def worker_processes(expected: int, timeout: float = 15.0, *, besides: frozenset[int] = frozenset()) -> list[Any]:
    """The live worker children of this process not in ``besides``, once there are ``expected``
    of them (a service starts its children after it says it is ready)."""
    import multiprocessing

    deadline = time.monotonic() + timeout
    while True:
        found = [
            p
            for p in multiprocessing.active_children()
            if p.name.startswith("mailflow-worker") and p.is_alive() and p.pid not in besides
        ]
        if len(found) == expected or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


@dataclass(frozen=True)
class Invite:
    """The calendar part of a mail, as a calendar program reads it."""

    method: str
    uid: str
    sequence: int
    dtstart: Any
    location: str | None
    url: str | None


@dataclass(frozen=True)
class Mail:
    """One mail as the relay received it, with what a conversation test judges."""

    mail_from: str
    rcpts: tuple[str, ...]
    msg: EmailMessage

    @classmethod
    def parse(cls, mail_from: str, rcpts: list[str], raw: bytes) -> "Mail":
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        return cls(mail_from, tuple(r.lower() for r in rcpts), msg)  # type: ignore[arg-type]

    @property
    def to(self) -> list[str]:
        return [a.lower() for _, a in getaddresses(self.msg.get_all("To", []))]

    @property
    def cc(self) -> list[str]:
        return [a.lower() for _, a in getaddresses(self.msg.get_all("Cc", []))]

    @property
    def subject(self) -> str:
        return str(self.msg["Subject"] or "")

    @property
    def text(self) -> str:
        part = self.msg.get_body(preferencelist=("plain",))
        return part.get_content() if part is not None else ""

    @property
    def invites(self) -> list[Invite]:
        """Every VEVENT of the inline text/calendar parts (attachments are copies of them)."""
        out: list[Invite] = []
        for part in self.msg.walk():
            if part.get_content_type() != "text/calendar" or part.get_filename():
                continue
            cal = icalendar.Calendar.from_ical(part.get_content())
            for ev in cal.walk("VEVENT"):
                out.append(
                    Invite(
                        str(cal.get("METHOD")),
                        str(ev["UID"]),
                        int(ev.get("SEQUENCE", 0)),
                        ev["DTSTART"].dt,
                        str(ev.get("LOCATION")) if ev.get("LOCATION") else None,
                        str(ev.get("URL")) if ev.get("URL") else None,
                    )
                )
        return out


def mails(running: Running, n: int, timeout: float = 10.0) -> list[Mail]:
    """The first ``n`` mails the relay received (waiting up to ``timeout`` s for them)."""
    return [Mail.parse(*m) for m in running.wait_for_relay(n, timeout)]
