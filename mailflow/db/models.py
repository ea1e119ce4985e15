"""The relational model: what mailflow remembers, and the invariants the database enforces.

Invariants live in constraints rather than code, because several workers may
race: one active registration per person and session (partial unique index),
one inbound message per content hash and per redelivery key (Message-ID, From,
Date and text; see intake/redelivery.py), lower-case e-mail addresses, one
campaign mail per person.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (JSON, Boolean, CheckConstraint, DateTime, ForeignKey, Index, Integer, LargeBinary,
                        MetaData, String, Text, TypeDecorator, UniqueConstraint, text)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware datetimes in, aware UTC datetimes out, on SQLite and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTCDateTime column")
        value = value.astimezone(dt.timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.timezone.utc) if value.tzinfo is None else value.astimezone(dt.timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class EventRow(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    mailbox: Mapped[str] = mapped_column(String(320), index=True)
    title: Mapped[str] = mapped_column(String(500))
    language: Mapped[str] = mapped_column(String(10))
    timezone: Mapped[str] = mapped_column(String(64))
    registration_deadline: Mapped[dt.datetime | None]
    max_sessions_per_participant: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(20), default="open")
    sessions: Mapped[list["SessionRow"]] = relationship(back_populates="event", lazy="raise")


class SessionRow(Base):
    __tablename__ = "sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    starts: Mapped[dt.datetime]
    ends: Mapped[dt.datetime]
    city: Mapped[str | None] = mapped_column(String(200))
    venue: Mapped[str | None] = mapped_column(String(300))
    address: Mapped[str | None] = mapped_column(String(500))
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    capacity: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(20), default="open")
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    event: Mapped[EventRow] = relationship(back_populates="sessions", lazy="raise")


class Person(Base):
    __tablename__ = "people"
    __table_args__ = (CheckConstraint("email = lower(email)", name="email_lower"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str | None] = mapped_column(String(300))
    organisation: Mapped[str | None] = mapped_column(String(300))
    bouncing: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Registration(Base):
    __tablename__ = "registrations"
    __table_args__ = (
        CheckConstraint("status IN ('confirmed', 'waitlisted', 'cancelled')", name="status"),
        Index("uq_registrations_active", "person_id", "session_id", unique=True,
              sqlite_where=text("status != 'cancelled'"), postgresql_where=text("status != 'cancelled'")),
        Index("ix_registrations_session_status", "session_id", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"))
    status: Mapped[str] = mapped_column(String(20))
    calendar_uid: Mapped[str] = mapped_column(String(200), unique=True)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    source_message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    person: Mapped[Person] = relationship(lazy="raise")
    session: Mapped[SessionRow] = relationship(lazy="raise")


class InboundMessage(Base):
    __tablename__ = "inbound_messages"
    __table_args__ = (
        CheckConstraint("state IN ('new', 'processing', 'processed', 'review', 'ignored', 'failed')",
                        name="state"),
        # not unique: a different mail may reuse a Message-ID (it is noted, see intake/store.py)
        Index("ix_inbound_messages_message_id", "message_id"),
        Index("uq_inbound_messages_redelivery_key", "redelivery_key", unique=True),
        Index("ix_inbound_messages_state", "state", "id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str | None] = mapped_column(String(998))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    redelivery_key: Mapped[str | None] = mapped_column(String(64))   # None without a Message-ID
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    source: Mapped[str] = mapped_column(String(20))           # smtp | lmtp | file | imap
    source_ref: Mapped[str | None] = mapped_column(String(500), index=True)  # e.g. imap:<box>:<uidvalidity>:<uid>
    envelope_from: Mapped[str | None] = mapped_column(String(320))
    envelope_to: Mapped[list[Any] | None]
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    state: Mapped[str] = mapped_column(String(20), default="new")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    claimed_at: Mapped[dt.datetime | None]                     # when a worker claimed it (lease start)
    claimed_by: Mapped[str | None] = mapped_column(String(200))  # which worker process (host:pid)
    processed_at: Mapped[dt.datetime | None]
    note: Mapped[str | None] = mapped_column(Text)             # e.g. "Message-ID used before by #12"
    purged_at: Mapped[dt.datetime | None]                      # raw bytes removed (retention or erasure)


class InterpretationRow(Base):
    __tablename__ = "interpretations"
    id: Mapped[int] = mapped_column(primary_key=True)
    inbound_id: Mapped[int] = mapped_column(ForeignKey("inbound_messages.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    review: Mapped[bool] = mapped_column(Boolean)
    confidence: Mapped[float]
    data: Mapped[dict[str, Any]]                               # Interpretation.to_json()
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ReviewItem(Base):
    __tablename__ = "review_items"
    __table_args__ = (CheckConstraint("status IN ('open', 'resolved')", name="status"),
                      Index("ix_review_items_status", "status", "id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"), unique=True)
    event_key: Mapped[str | None] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(Text)
    reasons: Mapped[list[Any]]
    candidates: Mapped[dict[str, Any]]                          # {"sessions": [...], "participants": [...], "kind": ...}
    status: Mapped[str] = mapped_column(String(20), default="open")
    resolution: Mapped[str | None] = mapped_column(Text)
    resolved_by: Mapped[str | None] = mapped_column(String(320))
    resolved_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class OutboundMessage(Base):
    __tablename__ = "outbound_messages"
    __table_args__ = (
        CheckConstraint("state IN ('queued', 'sending', 'sent', 'failed')", name="state"),
        Index("ix_outbound_messages_due", "state", "next_attempt_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    dedup_key: Mapped[str | None] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(40))              # confirmation, waitlisted, cancelled, ...
    mail_from: Mapped[str] = mapped_column(String(320))
    recipients: Mapped[list[Any]]
    raw: Mapped[bytes] = mapped_column(LargeBinary)            # CRLF-serialised RFC 5322 bytes
    state: Mapped[str] = mapped_column(String(20), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"), index=True)
    registration_id: Mapped[int | None] = mapped_column(ForeignKey("registrations.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    queued_at: Mapped[dt.datetime | None] = mapped_column(default=utcnow)  # give_up_after counts from here;
    #                                                                       set anew by `mailflow outbox retry`
    sent_at: Mapped[dt.datetime | None]
    appended_at: Mapped[dt.datetime | None]                    # copy appended to the IMAP Sent folder
    claimed_by: Mapped[str | None] = mapped_column(String(200))  # the sending process (host:pid) while `sending`
    purged_at: Mapped[dt.datetime | None]                      # raw bytes removed (retention or erasure)


class OutboundRecipient(Base):
    """One row per address a queued mail goes to (To and Cc), with what the relay said about it.

    The daily reply limit asks "how many mails did this address get in the last
    24 hours" before every reply; an index on (address, created_at) answers that
    without reading the day's outbox. ``outcome`` is per recipient because a
    relay may take a mail for one address and refuse another: ``accepted``,
    ``refused`` (5xx, for good) or ``deferred`` (4xx, tried again); NULL until
    the first attempt. A retry goes only to the recipients not yet decided.
    """

    __tablename__ = "outbound_recipients"
    __table_args__ = (Index("ix_outbound_recipients_address_created_at", "address", "created_at"),
                      CheckConstraint("outcome IN ('accepted', 'refused', 'deferred')", name="outcome"))
    id: Mapped[int] = mapped_column(primary_key=True)
    outbound_id: Mapped[int] = mapped_column(ForeignKey("outbound_messages.id", ondelete="CASCADE"), index=True)
    address: Mapped[str] = mapped_column(String(320))          # lower case
    created_at: Mapped[dt.datetime]
    outcome: Mapped[str | None] = mapped_column(String(20))
    response: Mapped[str | None] = mapped_column(Text)          # the relay's answer for this address
    outcome_at: Mapped[dt.datetime | None]


class Campaign(Base):
    __tablename__ = "campaigns"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    subject: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)
    audience: Mapped[dict[str, Any]]
    status: Mapped[str] = mapped_column(String(20), default="draft")
    created_by: Mapped[str | None] = mapped_column(String(320))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CampaignRecipient(Base):
    __tablename__ = "campaign_recipients"
    __table_args__ = (UniqueConstraint("campaign_id", "person_id", name="uq_campaign_recipients_campaign_person"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    outbound_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_messages.id"))


class StaffUser(Base):
    __tablename__ = "staff_users"
    __table_args__ = (CheckConstraint("email = lower(email)", name="email_lower"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str | None] = mapped_column(String(300))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="staff")


class AuditLog(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(320))             # "system", "worker", or a staff e-mail
    action: Mapped[str] = mapped_column(String(60))
    target: Mapped[str] = mapped_column(String(300))
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]
