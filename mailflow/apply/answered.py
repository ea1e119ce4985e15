"""Read our mails a message answers, and the held request a 'ja' answers: what authority rests on.

``decide`` judges "a reply to a mail we sent to that address" and "the answer to
our question" from these rows; this module only finds them, inside the
transaction that will apply the decision.
"""

from __future__ import annotations

from typing import Iterable

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from mailflow.db.models import OutboundMessage, OutboundRegistration, ReviewItem
from mailflow.decide.types import OurMail, PendingChange, Proposal

CONFIRM_PREFIX = "<confirm."  # our question's Message-ID starts so (outbound/compose.py makes it)

_OURS = select(
    OutboundMessage.id,
    OutboundMessage.message_id,
    OutboundMessage.kind,
    OutboundMessage.recipients,
    OutboundMessage.inbound_id,
).where(OutboundMessage.message_id.in_(bindparam("ids", expanding=True)))
_LINKS = select(OutboundRegistration.outbound_id, OutboundRegistration.registration_id).where(
    OutboundRegistration.outbound_id.in_(bindparam("ids", expanding=True))
)
_OPEN_ITEM = select(ReviewItem).where(ReviewItem.inbound_id == bindparam("inbound"), ReviewItem.status == "open")


def our_mails(db: Session, message_ids: Iterable[str]) -> tuple[OurMail, ...]:
    """The mails we sent among ``message_ids``, with their recipients and the registrations they reported."""
    ids = sorted({m.strip() for m in message_ids if m.strip()})
    if not ids:
        return ()
    conn = db.connection()
    rows = list(conn.execute(_OURS, {"ids": ids}))
    if not rows:
        return ()
    links: dict[int, list[int]] = {}
    for outbound_id, reg_id in conn.execute(_LINKS, {"ids": [r.id for r in rows]}):
        links.setdefault(outbound_id, []).append(reg_id)
    return tuple(
        OurMail(
            r.message_id,
            r.kind,
            tuple(a.lower() for a in r.recipients or ()),
            tuple(sorted(links.get(r.id, ()))),
            r.inbound_id,
        )
        for r in rows
    )


def pending_change(db: Session, mails: Iterable[OurMail]) -> PendingChange | None:
    """The open review item our question ('reply ja to confirm') was about, if it is still open."""
    for m in mails:
        if m.kind != "confirm_request" or not m.message_id.startswith(CONFIRM_PREFIX) or m.inbound_id is None:
            continue
        item = db.scalar(_OPEN_ITEM, {"inbound": m.inbound_id})
        if item is None or not m.recipients:
            continue
        proposal = Proposal.from_json(item.candidates or {})
        if m.recipients[0] not in {p.email for p in proposal.participants} | {"*"} and proposal.participants:
            continue  # that person's part was already settled
        return PendingChange(item.id, m.inbound_id, proposal, m.recipients[0])
    return None
