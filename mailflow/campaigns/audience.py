"""Who a campaign is for, and recording each of them in the ledger before anything is sent.

The audience is read from the registrations (event, sessions, status), so it is
whoever is registered at the moment the campaign is recorded; recording inserts
one ``campaign_recipients`` row per person with ``ON CONFLICT DO NOTHING`` on the
unique (campaign, person) pair. That one statement is why a re-run, a second
process or a re-registration never adds anyone twice, and why a re-run after new
registrations adds exactly the new people.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from sqlalchemy import Select, and_, select
from sqlalchemy.orm import Session

from mailflow.campaigns.compose import new_message_id, new_token
from mailflow.campaigns.model import Audience
from mailflow.db.models import CampaignOptOut, CampaignRecipient, EventRow, Person, Registration, SessionRow
from mailflow.db.upsert import insert_ignoring

_PRIORITY = {"confirmed": 0, "waitlisted": 1, "cancelled": 2}
_LEDGER = CampaignRecipient.__table__


@dataclass(frozen=True)
class Reg:
    """One registration as a campaign mail uses it."""

    id: int
    status: str
    session_key: str
    starts: dt.datetime
    calendar_uid: str
    sequence: int  # registration's plus session's, as invites are sent


@dataclass(frozen=True)
class Member:
    """A person in the audience with the registrations that put them there (the first one leads)."""

    person_id: int
    email: str
    name: str | None
    bouncing: bool
    opted_out: bool
    registrations: tuple[Reg, ...]

    @property
    def lead(self) -> Reg:
        return self.registrations[0]


def statuses(audience: Audience) -> tuple[str, ...]:
    return ("confirmed", "waitlisted", "cancelled") if audience.status == "all" else (audience.status,)


def _query(audience: Audience, sessions: Iterable[str] | None) -> Select:
    q = (
        select(
            Registration.id,
            Registration.person_id,
            Registration.status,
            Registration.calendar_uid,
            (Registration.sequence + SessionRow.sequence).label("seq"),
            SessionRow.key,
            SessionRow.starts,
            Person.email,
            Person.name,
            Person.bouncing,
            CampaignOptOut.id.label("optout"),
        )
        .join(SessionRow, SessionRow.id == Registration.session_id)
        .join(EventRow, EventRow.id == SessionRow.event_id)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(
            CampaignOptOut, and_(CampaignOptOut.person_id == Person.id, CampaignOptOut.event_key == EventRow.key)
        )
        .where(EventRow.key == audience.event_key, Registration.status.in_(statuses(audience)))
    )
    keys = list(sessions) if sessions is not None else list(audience.sessions)
    if keys:
        q = q.where(SessionRow.key.in_(keys))
    if audience.exclude_campaign is not None:
        q = q.where(
            Registration.person_id.not_in(
                select(CampaignRecipient.person_id).where(
                    CampaignRecipient.campaign_id == audience.exclude_campaign, CampaignRecipient.state == "sent"
                )
            )
        )
    return q


def members(
    db: Session, audience: Audience, *, sessions: Iterable[str] | None = None, people: Iterable[int] | None = None
) -> list[Member]:
    """The audience now, one ``Member`` per person; ``sessions`` narrows to those sessions (a relative
    schedule's due ones), ``people`` to those persons (the rows a sender claimed)."""
    q = _query(audience, sessions)
    if people is not None:
        q = q.where(Registration.person_id.in_(list(people)))
    by_person: dict[int, list] = {}
    for row in db.execute(q):
        by_person.setdefault(row.person_id, []).append(row)
    out = []
    for person_id, rows in by_person.items():
        rows.sort(key=lambda r: (_PRIORITY.get(r.status, 9), r.starts, r.id))
        first = rows[0]
        regs = tuple(Reg(r.id, r.status, r.key, r.starts, r.calendar_uid, r.seq) for r in rows)
        out.append(Member(person_id, first.email, first.name, bool(first.bouncing), first.optout is not None, regs))
    out.sort(key=lambda m: m.person_id)
    return out


def skip_reason(member: Member) -> str | None:
    """Why this person gets no campaign mail, in plain words; None when they should get it."""
    if member.bouncing:
        return "the address bounced earlier (a delivery report said it does not exist)"
    if member.opted_out:
        return "asked not to receive follow-ups for this event"
    return None


def record(
    db: Session, campaign_id: int, people: list[Member], *, now: dt.datetime, domain: str, late: bool = False
) -> int:
    """Write a ledger row for every member not yet in it (due now); return how many were new.

    People who bounce or opted out get a row too, ``skipped`` with the reason,
    so the organiser sees them in the status and nobody is looked at twice.
    """
    if not people:
        return 0
    rows = []
    for m in people:
        reason = skip_reason(m)
        rows.append(
            dict(
                campaign_id=campaign_id,
                person_id=m.person_id,
                registration_id=m.lead.id,
                state="skipped" if reason else "pending",
                due_at=now,
                attempts=0,
                last_error=reason,
                message_id=new_message_id(campaign_id, domain),
                token=new_token(),
                claimed_by=None,
                late=late,
                created_at=now,
                sent_at=None,
            )
        )
    conn = db.connection()
    stmt = insert_ignoring(_LEDGER, conn.dialect.name, (_LEDGER.c.id,))
    inserted = 0
    for start in range(0, len(rows), 500):
        inserted += len(conn.execute(stmt, rows[start : start + 500]).all())
    return inserted
