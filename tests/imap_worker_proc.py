"""A stand-in processing step and a worker process for the IMAP tests and benchmark.

``simple_process`` does what the real pipeline does in miniature, in ONE
transaction: read the row, decide an outcome from the subject, write the state,
one audit row (the "outcome row" the exactly-once tests count) and, for
processed mail, a reply in the outbox marked sent. A message without headers
raises, like a parser would. ``python tests/imap_worker_proc.py ...`` runs a
MailboxWorker in its own process so a test can kill it with SIGKILL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import signal
import sys
import threading
import time
from email.parser import BytesParser
from email.policy import default as default_policy
from pathlib import Path
from typing import Callable

from sqlalchemy.orm import Session, sessionmaker

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mailflow.config import Mailbox  # noqa: E402
from mailflow.db.engine import make_engine, make_session_factory  # noqa: E402
from mailflow.db.models import AuditLog, InboundMessage, OutboundMessage  # noqa: E402

FINAL = ("processed", "review", "ignored", "failed")


def outcome_for(subject: str) -> str:
    s = subject.lower()
    if "vraag" in s:
        return "review"
    if "automatisch antwoord" in s:
        return "ignored"
    return "processed"


def simple_process(
    factory: sessionmaker[Session], *, delay: float = 0.0, reply_from: str = "inschrijven@example.org"
) -> Callable[[int], str]:
    """A real (non-mock) processing step: state + audit row + reply, atomically, at most once."""

    def process(inbound_id: int) -> str:
        with factory() as db, db.begin():
            row = db.get(InboundMessage, inbound_id)
            assert row is not None
            if row.state in FINAL:
                return row.state
            head, sep, _body = row.raw.replace(b"\r\n", b"\n").partition(b"\n\n")
            msg = BytesParser(policy=default_policy).parsebytes(row.raw)
            if not sep or msg["From"] is None or b":" not in head:
                raise ValueError("no headers: this is not an e-mail message")
            if delay:
                time.sleep(delay)
            state = outcome_for(str(msg["Subject"] or ""))
            now = dt.datetime.now(dt.timezone.utc)
            row.state, row.processed_at = state, now
            db.add(AuditLog(actor="test", action="outcome", target=f"inbound:{inbound_id}", after={"state": state}))
            if state == "processed":
                mid = f"<reply-{inbound_id}@mailflow.test>"
                raw = (
                    f"From: {reply_from}\r\nTo: {msg['From']}\r\nSubject: Re: {msg['Subject']}\r\n"
                    f"Message-ID: {mid}\r\nIn-Reply-To: {msg['Message-ID']}\r\n"
                    f"Auto-Submitted: auto-replied\r\n\r\nIngeschreven.\r\n"
                ).encode()
                db.add(
                    OutboundMessage(
                        message_id=mid,
                        kind="confirmation",
                        mail_from=reply_from,
                        recipients=[str(msg["From"])],
                        raw=raw,
                        state="sent",
                        sent_at=now,
                        inbound_id=inbound_id,
                    )
                )
            return state

    return process


def main() -> None:
    from mailflow.intake.imap import MailboxWorker

    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--user", default="alice")
    p.add_argument("--password-file", type=Path, required=True)
    p.add_argument("--batch", type=int, default=10)
    p.add_argument("--delay", type=float, default=0.0)
    a = p.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    factory = make_session_factory(make_engine(a.db))
    mailbox = Mailbox(
        host="127.0.0.1",
        port=a.port,
        tls="none",
        user=a.user,
        password_file=a.password_file,
        batch_size=a.batch,
        poll_interval=1.0,
        timeout=10.0,
        name=a.user,
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    MailboxWorker(mailbox, factory, simple_process(factory, delay=a.delay), stop=stop).run()


if __name__ == "__main__":
    main()
