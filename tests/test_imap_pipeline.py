"""End to end over real peers: a shared mailbox on Dovecot, ``serve`` with a [mailbox] section, a real relay.

A registration mail appended to INBOX becomes a registration and a confirmation;
the original ends up in Verwerkt; the sent reply is appended to Sent.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Iterator

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import func, select

from imap_server import Dovecot, free_port
from mailflow.app import App
from mailflow.catalogue import load_catalogue
from mailflow.catalogue.sync import sync_catalogue
from mailflow.config import load_settings
from mailflow.db.engine import make_engine, make_session_factory
from mailflow.db.models import Base, InboundMessage, OutboundMessage, Registration
from mailflow.serve import serve
from test_imap import folder_ids, wait_until

pytestmark = pytest.mark.peer("dovecot")
ROOT = Path(__file__).resolve().parent.parent


class Relay:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.messages.append(envelope.original_content)
        return "250 OK"


def registration(sender: str, city: str, subject: str = "Aanmelding") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "d-loket@vng.example", subject
    msg["Message-ID"] = make_msgid(domain="gemeente.example")
    msg["Date"] = "Mon, 2 Mar 2026 10:00:00 +0100"
    msg.set_content(f"Goedemiddag,\n\nIk wil graag aansluiten in {city}.\n\nGroet")
    return msg.as_bytes().replace(b"\n", b"\r\n")


def build(tmp_path: Path, server: Dovecot, relay_port: int) -> App:
    (tmp_path / "pw").write_text(server.password)
    (tmp_path / "mailflow.toml").write_text(
        f"""
[database]
url = "sqlite:///{tmp_path}/mf.db"
[catalogue]
files = ["{ROOT}/demo/catalogue.toml"]
[intake.smtp]
listen = "127.0.0.1:{free_port()}"
[outbound]
relay = "smtp://127.0.0.1:{relay_port}"
[sender]
domain = "mailflow.test"
[web]
enabled = false
[mailbox]
host = "127.0.0.1"
port = {server.port}
tls = "none"
user = "alice"
password_file = "pw"
poll_interval = 60
""",
        encoding="utf-8",
    )
    settings = load_settings(tmp_path / "mailflow.toml")
    engine = make_engine(settings.database_url)
    Base.metadata.create_all(engine)  # the schema as the models say (migrations are the lead's)
    app = App(settings, load_catalogue(settings.catalogue_files), engine, make_session_factory(engine))
    with app.factory() as db, db.begin():
        sync_catalogue(db, app.catalogue)
    return app


@pytest.fixture
def served(dovecot: Dovecot, tmp_path: Path) -> Iterator[tuple[App, Relay]]:
    relay = Relay()
    controller = Controller(relay, hostname="127.0.0.1", port=free_port())
    controller.start()
    app = build(tmp_path, dovecot, controller.port)
    stop, ready = asyncio.Event(), threading.Event()
    loop = asyncio.new_event_loop()
    thread = threading.Thread(
        target=loop.run_until_complete, args=(serve(app, stop=stop, on_ready=lambda _p: ready.set()),), daemon=True
    )
    thread.start()
    assert ready.wait(15), "serve did not start"
    try:
        yield app, relay
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(20)
        controller.stop()
        app.close()


def count(app: App, what: type, *where: object) -> int:
    with app.factory() as db:
        return int(db.scalar(select(func.count()).select_from(what).where(*where)) or 0)  # type: ignore[arg-type]


def test_mailbox_registration_end_to_end(served: tuple[App, Relay], dovecot: Dovecot) -> None:
    app, relay = served
    mail = registration("Petra de Vries <p.devries@gemeente.example>", "Utrecht")
    with dovecot.client() as c:
        c.append("INBOX", mail)
        c.append("INBOX", mail)  # delivered twice: still one registration, one reply
        c.append("INBOX", b"\x00\xff not a message at all\r\n")
    folders = ("Verwerkt", "Te beoordelen", "Genegeerd")
    wait_until(lambda: sum(len(folder_ids(dovecot, f)) for f in folders) == 3, timeout=30)
    assert folder_ids(dovecot, "INBOX") == []
    assert len(folder_ids(dovecot, "Verwerkt")) == 2  # both copies of the registration
    with app.factory() as db:  # the garbage: where the pipeline's outcome says
        junk = db.scalars(select(InboundMessage).where(InboundMessage.message_id.is_(None))).one()
    assert junk.state in ("review", "ignored")
    assert folder_ids(dovecot, {"review": "Te beoordelen", "ignored": "Genegeerd"}[junk.state]) == [""]
    assert count(app, Registration) == 1
    wait_until(lambda: len(relay.messages) == 1, timeout=20)
    with app.factory() as db:
        reply = db.scalars(select(OutboundMessage)).one()
        assert reply.kind == "confirmation" and reply.recipients == ["p.devries@gemeente.example"]
        inbound = db.scalars(select(InboundMessage).where(InboundMessage.id == reply.inbound_id)).one()
        assert inbound.source_ref and inbound.source_ref.startswith("imap:alice@127.0.0.1:")
    wait_until(lambda: folder_ids(dovecot, "Sent") == [reply.message_id], timeout=20)
    time.sleep(1.0)
    assert len(relay.messages) == 1 and count(app, OutboundMessage) == 1
    assert folder_ids(dovecot, "Sent") == [reply.message_id]


def test_burst_of_1000_through_serve_each_processed_once(served: tuple[App, Relay], dovecot: Dovecot) -> None:
    # The "done when": a burst into INBOX while serve runs; every one once, in the right folder.
    app, relay = served
    n = int(os.environ.get("MAILFLOW_IMAP_BURST", "1000"))  # smaller for a quick local run
    cities = ("Utrecht", "Haarlem", "Arnhem", "Assen", "Venlo")
    mails = [registration(f"Deelnemer {i} <d{i}@gemeente{i % 37}.example>", cities[i % 5]) for i in range(n)]
    with dovecot.client() as c:
        for raw in mails:
            c.append("INBOX", raw)
    moved = wait_until(lambda: len(folder_ids(dovecot, "Verwerkt")) == n, timeout=300, step=1.0)
    print(f"{n} appended mails processed and moved in {moved:.1f} s")
    assert folder_ids(dovecot, "INBOX") == []
    ids = sorted(m.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0].decode() for m in mails)
    assert folder_ids(dovecot, "Verwerkt") == ids  # each original exactly once
    assert count(app, InboundMessage) == n and count(app, InboundMessage, InboundMessage.state != "processed") == 0
    assert count(app, Registration) == n
    with app.factory() as db:
        per_inbound = db.execute(
            select(OutboundMessage.inbound_id, func.count()).group_by(OutboundMessage.inbound_id)
        ).all()
    assert len(per_inbound) == n and {c for _, c in per_inbound} == {1}  # one reply per message
    relayed = wait_until(lambda: len(relay.messages) >= n, timeout=300, step=0.5)
    copied = wait_until(lambda: len(folder_ids(dovecot, "Sent")) == n, timeout=300, step=1.0)
    print(f"then all replies relayed after {relayed:.1f} s more, and in Sent {copied:.1f} s after that")
    assert len(set(folder_ids(dovecot, "Sent"))) == n
