"""`mailflow privacy erase EMAIL`: remove a data subject's personal data on request (AVG/GDPR article 17).

What ``subject.find`` finds about the address is removed or made anonymous,
keeping the rows so that counts, capacities and the audit trail stay whole:

* active registrations are cancelled (no mail to the erased address; a freed
  place goes to the waitlist as usual, and those people are told);
* the person's address becomes ``erased-<id>@erased.invalid``, name and
  organisation are emptied; the same alias replaces the address in replies'
  recipients and in the audit log;
* the messages they sent lose their bytes, sender and interpretation details;
  the replies to them lose their bytes, and one still waiting is not sent.

The erasure itself is written to the audit log, naming the person by row id only.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from mailflow.apply.context import Context
from mailflow.apply.registrations import cancel
from mailflow.db.models import AuditLog, OutboundMessage, OutboundRecipient
from mailflow.privacy.export import target_of
from mailflow.privacy.reduce import reduce_messages, reduce_replies
from mailflow.privacy.subject import find, pattern


@dataclass(frozen=True)
class Erased:
    registrations_cancelled: int
    messages: int
    replies: int
    audit_entries: int

    def __str__(self) -> str:
        return (
            f"{self.registrations_cancelled} registration(s) cancelled, {self.messages} message(s) and "
            f"{self.replies} reply/replies emptied, {self.audit_entries} audit entr(y/ies) made anonymous"
        )


def erase(db: Session, address: str, *, ctx: Context, now: dt.datetime) -> Erased:
    """Erase in the caller's transaction (the caller commits: all of it, or nothing)."""
    held = find(db, address)
    p = held.person
    alias = f"erased-{p.id}@erased.invalid" if p is not None else "erased@erased.invalid"
    cancelled = 0
    for reg in held.registrations:
        if reg.status != "cancelled":
            cancel(db, reg.id, ctx=ctx, notify=False)
            cancelled += 1
    db.execute(
        update(OutboundMessage)
        .where(OutboundMessage.id.in_(held.replies), OutboundMessage.state.in_(("queued", "sending")))
        .values(state="failed", last_error="not sent: the recipient's data was erased on request")
        .execution_options(synchronize_session=False)
    )
    messages = reduce_messages(db, held.messages, now, forget_sender=True)
    replies = reduce_replies(db, held.replies, now)
    for row in db.scalars(select(OutboundMessage).where(OutboundMessage.id.in_(held.replies))):
        row.recipients = [alias if a.lower() == held.address else a for a in row.recipients]
    db.execute(update(OutboundRecipient).where(OutboundRecipient.address == held.address).values(address=alias))
    for entry in db.scalars(select(AuditLog).where(AuditLog.id.in_(held.audit))):
        if entry.target == f"person:{held.address}":
            entry.target = f"person:{alias}"
        entry.before, entry.after = (_replaced(v, held.address, alias) for v in (entry.before, entry.after))
    if p is not None:
        p.email, p.name, p.organisation = alias, None, None
    done = Erased(cancelled, messages, replies, len(held.audit))
    db.flush()
    db.execute(
        insert(AuditLog),
        [
            dict(
                at=now,
                actor=ctx.actor,
                action="privacy.erase",
                target=target_of(held.address, p.id if p else None),
                before=None,
                after=done.__dict__,
            )
        ],
    )
    return done


def _replaced(value: Any, address: str, alias: str) -> Any:
    """``value`` (JSON) with ``address`` replaced by ``alias`` wherever it stands as a whole address."""
    if value is None:
        return None
    return json.loads(pattern(address).sub(alias, json.dumps(value)))
