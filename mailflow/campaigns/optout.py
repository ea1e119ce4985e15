"""Opting out of follow-ups: tokens, the opt-out record, and how a request finds the person.

Every campaign mail carries its recipient's own token in ``List-Unsubscribe``:
as an HTTPS link the web app serves (one-click POST, RFC 8058) when
``[campaigns] unsubscribe_url`` is set, and always as a mail to the event
address with a plus tag (``d-loket+u-<token>@…``), which the intake accepts like
the address itself and understanding recognises. An opt-out is per person and
event; it stops campaign mail only, never confirmations or invites.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from mailflow.campaigns.tokens import is_token, token_of
from mailflow.db.models import AuditLog, Campaign, CampaignOptOut, CampaignRecipient, Person
from mailflow.db.upsert import insert_ignoring

_OPTOUTS = CampaignOptOut.__table__
__all__ = ["TokenInfo", "from_request", "record", "token_of", "unsubscribe", "verify"]


@dataclass(frozen=True)
class TokenInfo:
    """Whose token this is: what an unsubscribe page shows before the person confirms."""

    campaign_id: int
    person_id: int
    email: str
    event_key: str
    opted_out: bool


def verify(db: Session, token: str) -> TokenInfo | None:
    """The ledger row behind a token (the web app's /u/<token>), None for an unknown or malformed one."""
    token = token.strip().lower()
    if not is_token(token):
        return None
    row = db.execute(
        select(CampaignRecipient.campaign_id, CampaignRecipient.person_id, Person.email, Campaign.event_key)
        .join(Person, Person.id == CampaignRecipient.person_id)
        .join(Campaign, Campaign.id == CampaignRecipient.campaign_id)
        .where(CampaignRecipient.token == token)
    ).first()
    if row is None:
        return None
    opted = db.scalar(
        select(CampaignOptOut.id).where(
            CampaignOptOut.person_id == row.person_id, CampaignOptOut.event_key == row.event_key
        )
    )
    return TokenInfo(row.campaign_id, row.person_id, row.email, row.event_key, opted is not None)


def unsubscribe(db: Session, token: str, *, source: str, now: dt.datetime, actor: str = "system") -> TokenInfo | None:
    """Opt the token's person out of this event's follow-ups (idempotent); None when the token is unknown.

    What the web app's one-click POST calls; the caller commits.
    """
    info = verify(db, token)
    if info is not None:
        record(db, info.person_id, info.event_key, source=source, now=now, campaign_id=info.campaign_id, actor=actor)
    return info


def record(
    db: Session,
    person_id: int,
    event_key: str,
    *,
    source: str,
    now: dt.datetime,
    campaign_id: int | None = None,
    actor: str = "system",
) -> bool:
    """Write the opt-out (once per person and event) and an audit row; True when it is new."""
    conn = db.connection()
    new = conn.execute(
        insert_ignoring(_OPTOUTS, conn.dialect.name, (_OPTOUTS.c.id,)),
        dict(person_id=person_id, event_key=event_key, source=source, campaign_id=campaign_id, created_at=now),
    ).first()
    if new is not None:
        conn.execute(
            insert(AuditLog),
            dict(
                at=now,
                actor=actor,
                action="campaign.optout",
                target=f"person:{person_id}",
                before=None,
                after={"event": event_key, "source": source, "campaign": campaign_id},
            ),
        )
    return new is not None


def from_request(
    db: Session,
    sender: str | None,
    token: str | None,
    message_ids: Iterable[str],
    *,
    now: dt.datetime,
    actor: str = "worker",
) -> TokenInfo | None:
    """An unsubscribe mail: by its token (the List-Unsubscribe address), else by the campaign mail it
    answers, which must have gone to the sender's own address. None when neither leads to anyone."""
    if token:
        return unsubscribe(db, token, source="list-unsubscribe", now=now, actor=actor)
    ids = [m.strip() for m in message_ids if m and m.strip()]
    if not ids or not sender:
        return None
    row = db.execute(
        select(CampaignRecipient.token)
        .join(Person, Person.id == CampaignRecipient.person_id)
        .where(CampaignRecipient.message_id.in_(ids), Person.email == sender.lower())
    ).first()
    if row is None:
        return None
    return unsubscribe(db, row.token, source="reply", now=now, actor=actor)
