"""One review item with everything a person needs to decide it: the mail, the reading, the choices.

The page, the JSON API and ``mailflow review show`` all read an item through
here, so they show the same facts: the original mail (safely), the reading with
its evidence, the reasons, the proposal, the candidate sessions with their free
places, and the registrations the writer already has (to cancel or move).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailflow.catalogue import Catalogue
from mailflow.db.models import InboundMessage, InterpretationRow, Person, Registration, ReviewItem, SessionRow
from mailflow.decide.types import Proposal
from mailflow.review import original
from mailflow.review.claim import Claim, current
from mailflow.review.queue import ReviewError, reason_code


@dataclass(frozen=True)
class Choice:
    """A session one can pick, with what a person needs to know to pick it."""

    key: str
    title: str
    city: str | None
    starts: dt.datetime | None
    capacity: int | None
    confirmed: int
    proposed: bool
    why: str = ""

    @property
    def free(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.confirmed, 0)


@dataclass(frozen=True)
class Held:
    """An active registration of someone the mail concerns."""

    id: int
    email: str
    session_key: str
    session_title: str
    status: str


@dataclass(frozen=True)
class ItemDetail:
    id: int
    status: str
    code: str
    reason: str
    reasons: list[str]
    event_key: str | None
    created_at: dt.datetime
    resolution: str | None
    resolved_by: str | None
    proposal: Proposal
    mail: original.OriginalMail | None
    segments: list[original.Segment]
    reading: dict[str, Any]
    choices: list[Choice]
    people: list[tuple[str, str | None, bool]]  # (email, name, proposed)
    held: list[Held]
    claim: Claim
    inbound_id: int | None
    evidence: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Summary:
    """A queue row: enough to recognise the mail without opening it."""

    id: int
    code: str
    reason: str
    event_key: str | None
    created_at: dt.datetime
    sender: str | None
    subject: str
    first_line: str
    claim: Claim
    status: str


def summaries(db: Session, items: list[ReviewItem], actor: str, now: dt.datetime) -> list[Summary]:
    ids = [i.inbound_id for i in items if i.inbound_id is not None]
    raws = (
        {i: r for i, r in db.execute(select(InboundMessage.id, InboundMessage.raw).where(InboundMessage.id.in_(ids)))}
        if ids
        else {}
    )
    out = []
    for item in items:
        mail = original.read(bytes(raws[item.inbound_id])) if item.inbound_id in raws else None
        out.append(
            Summary(
                item.id,
                reason_code(item),
                item.reason,
                item.event_key,
                item.created_at,
                mail.sender if mail else None,
                mail.subject if mail else "",
                mail.first_line[:160] if mail else "",
                current(item, actor, now),
                item.status,
            )
        )
    return out


def detail(db: Session, item_id: int, catalogue: Catalogue, actor: str, now: dt.datetime) -> ItemDetail:
    item = db.get(ReviewItem, item_id)
    if item is None:
        raise ReviewError(f"review item {item_id} does not exist")
    proposal = Proposal.from_json(item.candidates or {})
    mail, reading = None, {}
    if item.inbound_id is not None:
        inbound = db.get_one(InboundMessage, item.inbound_id)
        mail = original.read(bytes(inbound.raw))
        row = db.scalar(select(InterpretationRow).where(InterpretationRow.inbound_id == item.inbound_id))
        reading = dict(row.data) if row is not None else {}
    evidence = list(
        {
            (e.get("what"), e.get("value"), e.get("text")): e
            for e in reading.get("evidence") or []
            if isinstance(e, dict) and e.get("what") != "language"
        }.values()
    )
    segments = original.highlight(mail.text, evidence) if mail else []
    people = _people(proposal, reading)
    return ItemDetail(
        id=item.id,
        status=item.status,
        code=reason_code(item),
        reason=item.reason,
        reasons=list(item.reasons or []),
        event_key=item.event_key or proposal.event_key,
        created_at=item.created_at,
        resolution=item.resolution,
        resolved_by=item.resolved_by,
        proposal=proposal,
        mail=mail,
        segments=segments,
        reading=reading,
        choices=_choices(db, catalogue, proposal, item.event_key),
        people=people,
        held=_held(db, [p for p, _, _ in people]),
        claim=current(item, actor, now),
        inbound_id=item.inbound_id,
        evidence=evidence,
    )


def _people(p: Proposal, reading: dict[str, Any]) -> list[tuple[str, str | None, bool]]:
    found: dict[str, tuple[str, str | None, bool]] = {}
    for person in p.participants:
        found[person.email] = (person.email, person.name, True)
    sender = reading.get("sender")
    if sender and sender not in found:
        found[sender] = (sender, reading.get("sender_name"), not found)
    return list(found.values())


def _choices(db: Session, catalogue: Catalogue, p: Proposal, event_key: str | None) -> list[Choice]:
    why = {o.session_key: o.why for o in p.options}
    keys = list(dict.fromkeys([*p.sessions, *why]))
    event = event_key or p.event_key
    if event and any(e.key == event for e in catalogue.events):
        keys += [s.key for s in catalogue.event(event).sessions if s.key not in keys]
    keys = [k for k in keys if catalogue.has_session(k)]
    confirmed = (
        dict(
            db.execute(
                select(SessionRow.key, func.count(Registration.id))
                .join(Registration, Registration.session_id == SessionRow.id)
                .where(SessionRow.key.in_(keys), Registration.status == "confirmed")
                .group_by(SessionRow.key)
            ).all()
        )
        if keys
        else {}
    )
    out = []
    for k in keys:
        s = catalogue.session(k)
        out.append(
            Choice(k, s.title, s.city, s.starts, s.capacity, int(confirmed.get(k, 0)), k in p.sessions, why.get(k, ""))
        )
    return out


def _held(db: Session, emails: list[str]) -> list[Held]:
    if not emails:
        return []
    rows = db.execute(
        select(Registration.id, Person.email, SessionRow.key, SessionRow.title, Registration.status)
        .join(Person, Person.id == Registration.person_id)
        .join(SessionRow, SessionRow.id == Registration.session_id)
        .where(Person.email.in_(emails), Registration.status != "cancelled")
        .order_by(Registration.id)
    )
    return [Held(*r) for r in rows]
