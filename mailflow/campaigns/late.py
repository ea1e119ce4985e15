"""Late joiners: whoever registers after a campaign went out still receives it, once.

Called by the registration layer inside the transaction that creates (or
promotes) a registration: a campaign marked ``late_joiners`` that already went
out for that session, and whose audience the registration now matches, gets a
ledger row for the person, due at once, so the runner sends it right after the
confirmation. The ledger's unique (campaign, person) pair means that someone
who cancelled and registered again does not receive it a second time.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailflow.campaigns.audience import members, record, statuses
from mailflow.campaigns.model import Audience
from mailflow.db.models import Campaign, EventRow, SessionRow

_EVENT_OF = select(EventRow.key).join(SessionRow, SessionRow.event_id == EventRow.id)


def enrol(db: Session, *, person_id: int, session_key: str, status: str, now: dt.datetime, domain: str) -> list[int]:
    """Record this person for every late-joiner campaign that went out for ``session_key``; the
    campaign ids they were added to."""
    event_key = db.scalar(_EVENT_OF.where(SessionRow.key == session_key))
    if event_key is None:
        return []
    added = []
    for campaign in db.scalars(
        select(Campaign).where(
            Campaign.event_key == event_key, Campaign.late_joiners, Campaign.status.in_(("sending", "done"))
        )
    ):
        audience = Audience.from_json(event_key, campaign.audience)
        if status not in statuses(audience) or (audience.sessions and session_key not in audience.sessions):
            continue
        if campaign.before_start is not None and session_key not in (campaign.done_sessions or []):
            continue  # its moment for this session has not come: it will reach them then
        found = members(db, audience, people=[person_id])
        if found and record(db, campaign.id, found, now=now, domain=domain, late=True):
            added.append(campaign.id)
    return added
