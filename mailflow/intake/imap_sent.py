"""Append each sent reply to the shared mailbox's Sent folder.

Staff who open the shared mailbox in Outlook or Thunderbird should see what
mailflow answered, exactly once. A reply belongs to a mailbox when the message
it answers came from that mailbox (``source_ref`` ``imap:<name>:...``) or when
it was sent from the mailbox's own address. ``appended_at`` is set after the
APPEND succeeds; a crash between the two is caught on the next start by looking
for the Message-ID in the Sent folder before appending again.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError
from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from mailflow.config import Mailbox
from mailflow.db.models import InboundMessage, OutboundMessage
from mailflow.intake.imap_conn import SEEN

log = logging.getLogger("mailflow.imap")


def _pending(mailbox: Mailbox) -> Any:
    """The WHERE clause for sent replies of this mailbox that are not yet in its Sent folder."""
    mine = InboundMessage.source_ref.startswith(f"imap:{mailbox.name}:", autoescape=True)
    if mailbox.user and "@" in mailbox.user:
        mine = or_(mine, func.lower(OutboundMessage.mail_from) == mailbox.user.lower())
    return (OutboundMessage.state == "sent") & OutboundMessage.appended_at.is_(None) & mine


def pending_sent_count(factory: sessionmaker[Session], mailbox: Mailbox) -> int:
    """How many replies wait for their copy in Sent (cheap: the worker asks every few seconds)."""
    if not mailbox.append_sent:
        return 0
    with factory() as db:
        query = (
            select(func.count(OutboundMessage.id))
            .outerjoin(InboundMessage, InboundMessage.id == OutboundMessage.inbound_id)
            .where(_pending(mailbox))
        )
        return int(db.scalar(query) or 0)


def append_sent(
    client: IMAPClient, factory: sessionmaker[Session], mailbox: Mailbox, folder: str, *, verify: bool, batch: int = 100
) -> int:
    """Append pending sent replies to ``folder``; with ``verify`` skip ones already there. Returns the count.

    Rows are read ``batch`` at a time, so a backlog of thousands of replies
    (e.g. append_sent switched on later) costs constant memory.
    """
    if not mailbox.append_sent:
        return 0
    appended, after_id = 0, 0
    if verify:
        client.select_folder(folder, readonly=True)
    while True:
        rows = _next_rows(factory, mailbox, after_id, batch)
        if not rows:
            return appended
        for row_id, message_id, raw, sent_at in rows:
            after_id = row_id
            if verify and client.search(["HEADER", "Message-ID", message_id]):
                log.info(
                    "mailbox %s: reply %s already in %r (earlier run); not appending again",
                    mailbox.name,
                    message_id,
                    folder,
                )
            else:
                appended += _append_one(client, mailbox, folder, message_id, raw, sent_at)
            _mark(factory, row_id)


def _append_one(
    client: IMAPClient, mailbox: Mailbox, folder: str, message_id: str, raw: bytes, sent_at: dt.datetime | None
) -> int:
    """APPEND one copy. A refusal (quota, size limit) skips that copy with an error line instead of
    blocking the mailbox: the reply itself was sent, the copy is a courtesy to staff. A vanished
    folder (TRYCREATE) raises, so the reconnect re-creates it."""
    try:
        client.append(folder, raw, flags=[SEEN], msg_time=sent_at)
        return 1
    except IMAPClientAbortError:
        raise  # the connection broke: reconnect and try again
    except IMAPClientError as exc:
        if "TRYCREATE" in str(exc).upper():
            raise
        log.error(
            "mailbox %s: the server refused a copy of reply %s in %r (%s); skipped, the reply itself was sent",
            mailbox.name,
            message_id,
            folder,
            exc,
        )
        return 0


def _next_rows(
    factory: sessionmaker[Session], mailbox: Mailbox, after_id: int, batch: int
) -> list[tuple[int, str, bytes, dt.datetime | None]]:
    with factory() as db:
        query = (
            select(OutboundMessage.id, OutboundMessage.message_id, OutboundMessage.raw, OutboundMessage.sent_at)
            .outerjoin(InboundMessage, InboundMessage.id == OutboundMessage.inbound_id)
            .where(_pending(mailbox), OutboundMessage.id > after_id)
            .order_by(OutboundMessage.id)
            .limit(batch)
        )
        return [tuple(r) for r in db.execute(query)]  # type: ignore[misc]


def _mark(factory: sessionmaker[Session], row_id: int) -> None:
    with factory() as db, db.begin():
        db.execute(
            update(OutboundMessage)
            .where(OutboundMessage.id == row_id)
            .values(appended_at=dt.datetime.now(dt.timezone.utc))
        )
