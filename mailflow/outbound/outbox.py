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

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from mailflow.db.models import OutboundMessage, OutboundRecipient
from mailflow.db.upsert import insert_ignoring
from mailflow.outbound.types import OutgoingMail

_OUTBOX = OutboundMessage.__table__


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


def outgoing(msg: EmailMessage) -> OutgoingMail:
    """An ``EmailMessage`` built elsewhere (a tool, a test) as the outbox stores it."""
    message_id = (msg.get("Message-ID") or "").strip()
    if not message_id:
        raise ValueError("message has no Message-ID; compose() always sets one")
    return OutgoingMail(
        message_id=message_id,
        mail_from=envelope_from(msg),
        recipients=tuple(recipients_of(msg)),
        raw=msg.as_bytes(policy=SMTP),
    )


def enqueue(
    db: Session,
    mail: OutgoingMail | EmailMessage,
    *,
    kind: str,
    inbound_id: int | None = None,
    registration_id: int | None = None,
    dedup_key: str | None = None,
    now: dt.datetime | None = None,
) -> int | None:
    """Add ``mail`` to the outbox in the caller's transaction and return its row id; the caller commits.

    With a ``dedup_key`` (e.g. ``confirmation:<registration id>:<sequence>``) the
    same mail is queued at most once: None is returned when it already exists,
    also when a concurrent transaction inserted it first (the unique index
    refuses the second insert, and the caller's transaction stays usable).
    The rows are written with Core statements: this runs for every reply.
    """
    if isinstance(mail, EmailMessage):
        mail = outgoing(mail)
    if not mail.recipients:
        raise ValueError(f"mail {mail.message_id} has no recipients")
    now = now or dt.datetime.now(dt.timezone.utc)
    db.flush()  # rows this mail refers to (a new registration) must exist first
    conn = db.connection()
    row_id = conn.execute(
        insert_ignoring(_OUTBOX, conn.dialect.name, (_OUTBOX.c.id,)),
        dict(
            message_id=mail.message_id,
            dedup_key=dedup_key,
            kind=kind,
            mail_from=mail.mail_from,
            recipients=list(mail.recipients),
            raw=mail.raw,
            state="queued",
            attempts=0,
            next_attempt_at=now,
            created_at=now,
            queued_at=now,
            inbound_id=inbound_id,
            registration_id=registration_id,
        ),
    ).scalar()
    if row_id is None:
        if dedup_key is not None and conn.scalar(select(_OUTBOX.c.id).where(_OUTBOX.c.dedup_key == dedup_key)):
            return None  # queued before, by us or by a concurrent transaction
        raise ValueError(f"outbox already holds a mail with Message-ID {mail.message_id}")
    conn.execute(
        insert(OutboundRecipient),
        [
            dict(outbound_id=row_id, address=a.lower(), created_at=now)
            for a in dict.fromkeys(r.lower() for r in mail.recipients)
        ],
    )
    return int(row_id)
