"""The transactional outbox: replies become rows in the caller's transaction.

A reply is written in the same transaction as the registration it reports, so
either both happen or neither does; the sender delivers committed rows later.
We store the exact bytes to send, serialised with CRLF line endings, because
aiosmtpd and strict relays refuse bare LF and a retry must send what was composed.
"""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import getaddresses

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mailflow.db.models import OutboundMessage, OutboundRecipient


def envelope_from(msg: EmailMessage) -> str:
    """MAIL FROM: the From address, so SPF/DMARC align and bounces reach our mailbox."""
    addresses = getaddresses(msg.get_all("From", []))
    if not addresses or not addresses[0][1]:
        raise ValueError("message has no From address")
    return addresses[0][1]


def recipients_of(msg: EmailMessage) -> list[str]:
    """RCPT TO: every To and Cc address, deduplicated case-insensitively, in order."""
    seen: dict[str, str] = {}
    for _name, addr in getaddresses(msg.get_all("To", []) + msg.get_all("Cc", [])):
        if addr and addr.lower() not in seen:
            seen[addr.lower()] = addr
    if not seen:
        raise ValueError("message has no To or Cc recipients")
    return list(seen.values())


def enqueue(db: Session, msg: EmailMessage, *, kind: str, inbound_id: int | None = None,
            registration_id: int | None = None, dedup_key: str | None = None,
            now: dt.datetime | None = None) -> OutboundMessage | None:
    """Add ``msg`` to the outbox in the caller's transaction; the caller commits.

    With a ``dedup_key`` (e.g. ``confirmation:<registration id>:<sequence>``) the
    same mail is queued at most once: None is returned when it already exists,
    also when a concurrent transaction inserted it first (caught in a savepoint,
    so the caller's transaction stays usable).
    """
    message_id = (msg.get("Message-ID") or "").strip()
    if not message_id:
        raise ValueError("message has no Message-ID; compose() always sets one")
    if dedup_key is not None and db.scalar(
            select(OutboundMessage.id).where(OutboundMessage.dedup_key == dedup_key)) is not None:
        return None
    now = now or dt.datetime.now(dt.timezone.utc)
    recipients = recipients_of(msg)
    row = OutboundMessage(
        message_id=message_id, dedup_key=dedup_key, kind=kind, mail_from=envelope_from(msg),
        recipients=recipients, raw=msg.as_bytes(policy=SMTP), state="queued", attempts=0,
        next_attempt_at=now, created_at=now, inbound_id=inbound_id, registration_id=registration_id,
        addressed=[OutboundRecipient(address=a.lower(), created_at=now) for a in recipients])
    if dedup_key is None:
        db.add(row)
        db.flush()
        return row
    try:
        with db.begin_nested():
            db.add(row)
    except IntegrityError:
        if db.scalar(select(OutboundMessage.id).where(OutboundMessage.dedup_key == dedup_key)) is None:
            raise  # not our duplicate: a real error (e.g. unknown inbound_id)
        return None
    return row
