"""Helpers for the campaign tests: registered people in bulk, a real aiosmtpd relay, settings.

- ``seed(factory, session_key, n, ...)``: ``n`` people (``p<i>@example.org``) registered with one
  bulk insert, so a 2,000-recipient campaign is set up in well under a second.
- ``Relay`` / ``relay(handler)``: a real aiosmtpd SMTP relay on loopback that records what it
  accepts (envelope and bytes); subclasses refuse or defer to drive the failure paths.
- ``campaign_settings(port, **campaigns)``: ``Settings`` for sending to that relay quickly
  (retry after 1 s) with the test sender identity.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import socket
import threading
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from mailflow.config import Campaigns, Outbound, Sender, Settings
from mailflow.db.models import Person, Registration, SessionRow


def seed(
    factory: sessionmaker[Session],
    session_key: str,
    n: int,
    *,
    start: int = 0,
    status: str = "confirmed",
    name: str | None = "Deelnemer",
    now: dt.datetime | None = None,
) -> list[str]:
    """Register ``n`` people for ``session_key`` in one transaction; their addresses."""
    now = now or dt.datetime(2026, 11, 22, 11, tzinfo=dt.timezone.utc)
    emails = [f"p{i}@example.org" for i in range(start, start + n)]
    with factory() as db, db.begin():
        sid = db.scalar(select(SessionRow.id).where(SessionRow.key == session_key))
        conn = db.connection()
        conn.execute(
            insert(Person),
            [
                dict(email=e, name=f"{name} {i}" if name else None, bouncing=False, created_at=now)
                for i, e in zip(range(start, start + n), emails)
            ],
        )
        ids = dict(db.execute(select(Person.email, Person.id).where(Person.email.in_(emails))).all())
        conn.execute(
            insert(Registration),
            [
                dict(
                    person_id=ids[e],
                    session_id=sid,
                    status=status,
                    sequence=0,
                    calendar_uid=f"{uuid.uuid4()}@mailflow.test",
                    created_at=now,
                    updated_at=now,
                )
                for e in emails
            ],
        )
    return emails


class Relay:
    """Accepts everything and keeps (MAIL FROM, RCPT TO, bytes) in arrival order."""

    def __init__(self) -> None:
        self.received: list[tuple[str, list[str], bytes]] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 2.0.0 OK"

    def recipients(self) -> Counter[str]:
        with self.lock:
            return Counter(r.lower() for _f, rcpts, _raw in self.received for r in rcpts)

    def messages(self) -> list[EmailMessage]:
        with self.lock:
            return [
                email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[misc]
                for _f, _r, raw in self.received
            ]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def relay(handler: Relay | None = None) -> Iterator[tuple[Relay, int]]:
    handler = handler or Relay()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


def campaign_settings(base: Settings, port: int, **campaigns: Any) -> Settings:
    return dataclasses.replace(
        base,
        outbound=Outbound(
            relay_host="127.0.0.1", relay_port=port, timeout=10.0, retry_min_delay=1.0, retry_max_delay=2.0
        ),
        sender=Sender(name="Secretariaat", domain="mailflow.test"),
        campaigns=Campaigns(**campaigns),
    )
