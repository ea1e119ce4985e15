"""What mailflow holds about one e-mail address: the rows a data subject's request is about.

Found the same way for an export and an erasure, so the two never disagree:
the person row and their registrations; the inbound messages they sent (the
envelope sender, or the sender or a participant in the interpretation); the
replies addressed to them (``outbound_recipients``); the review items of those
messages; and the audit entries that name them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Text, cast, or_, select
from sqlalchemy.orm import Session

from mailflow.db.models import (
    AuditLog,
    InboundMessage,
    InterpretationRow,
    OutboundRecipient,
    Person,
    Registration,
    ReviewItem,
)


@dataclass(frozen=True)
class Holdings:
    """Row ids that concern one address."""

    address: str
    person: Person | None
    registrations: list[Registration]
    messages: list[int]
    replies: list[int]
    review_items: list[int]
    audit: list[int]


def _contains(column: Any, address: str) -> ColumnElement[bool]:
    """``column`` (JSON) has ``address`` somewhere in its text (LIKE's wildcards in it taken literally):
    a cheap first cut that ``mentions`` then confirms."""
    literal = address.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return cast(column, Text).like(f"%{literal}%", escape="\\")


def pattern(address: str) -> re.Pattern[str]:
    """``address`` as a whole address in any text: not part of a longer one (``xanna@...`` is not ``anna@...``)."""
    return re.compile(r"(?<![\w.+-])" + re.escape(address) + r"(?![\w.-])", re.IGNORECASE)


def mentions(value: Any, address: str) -> bool:
    return value is not None and pattern(address).search(json.dumps(value)) is not None


def find(db: Session, address: str) -> Holdings:
    address = address.strip().lower()
    person = db.scalar(select(Person).where(Person.email == address))
    registrations = (
        list(db.scalars(select(Registration).where(Registration.person_id == person.id).order_by(Registration.id)))
        if person
        else []
    )
    mentioned = [
        i
        for i, data in db.execute(
            select(InterpretationRow.inbound_id, InterpretationRow.data).where(
                _contains(InterpretationRow.data, address)
            )
        )
        if mentions(data, address)
    ]
    messages = list(
        db.scalars(
            select(InboundMessage.id)
            .where(or_(InboundMessage.envelope_from == address, InboundMessage.id.in_(mentioned)))
            .order_by(InboundMessage.id)
        )
    )
    replies = list(
        db.scalars(
            select(OutboundRecipient.outbound_id)
            .where(OutboundRecipient.address == address)
            .order_by(OutboundRecipient.outbound_id)
            .distinct()
        )
    )
    review_items = (
        list(db.scalars(select(ReviewItem.id).where(ReviewItem.inbound_id.in_(messages)).order_by(ReviewItem.id)))
        if messages
        else []
    )
    targets = [
        f"person:{address}",
        *(f"registration:{r.id}" for r in registrations),
        *(f"inbound:{i}" for i in messages),
    ]
    audit = [
        e.id
        for e in db.scalars(
            select(AuditLog)
            .where(
                or_(
                    AuditLog.target.in_(targets),
                    _contains(AuditLog.after, address),
                    _contains(AuditLog.before, address),
                )
            )
            .order_by(AuditLog.id)
        )
        if e.target in targets or mentions([e.before, e.after], address)
    ]
    return Holdings(address, person, registrations, messages, replies, review_items, audit)
