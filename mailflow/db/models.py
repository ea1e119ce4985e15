"""The relational model: what mailflow remembers, and the invariants the database enforces.

Invariants live in constraints rather than code, because several workers may
race: one active registration per person and session (partial unique index),
one inbound message per content hash and per redelivery key (Message-ID, From,
Date and text; see intake/redelivery.py), lower-case e-mail addresses, one
campaign mail per person, one opt-out per person and event.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
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
        Index(
            "uq_registrations_active",
            "person_id",
            "session_id",
            unique=True,
            sqlite_where=text("status != 'cancelled'"),
            postgresql_where=text("status != 'cancelled'"),
        ),
        Index("ix_registrations_session_status", "session_id", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"))
    status: Mapped[str] = mapped_column(String(20))
    calendar_uid: Mapped[str] = mapped_column(String(200), unique=True)
    sequence: Mapped[int] = mapped_column(Integer, default=0)  # the SEQUENCE of its latest invite
    # The session's sequence (time and place version) that registration's invite shows; lower than the
    # session's own means its calendar entry is out of date (apply/schedule.py finds and updates those).
    session_sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    online_url_sent: Mapped[str | None] = mapped_column(String(2000))  # the join link this person was sent
    source_message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    person: Mapped[Person] = relationship(lazy="raise")
    session: Mapped[SessionRow] = relationship(lazy="raise")


class InboundMessage(Base):
    __tablename__ = "inbound_messages"
    __table_args__ = (
        CheckConstraint("state IN ('new', 'processing', 'processed', 'review', 'ignored', 'failed')", name="state"),
        # not unique: a different mail may reuse a Message-ID (it is noted, see intake/store.py)
        Index("ix_inbound_messages_message_id", "message_id"),
        Index("uq_inbound_messages_redelivery_key", "redelivery_key", unique=True),
        Index("ix_inbound_messages_state", "state", "id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str | None] = mapped_column(String(998))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    redelivery_key: Mapped[str | None] = mapped_column(String(64))  # None without a Message-ID
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    source: Mapped[str] = mapped_column(String(20))  # smtp | lmtp | file | imap
    source_ref: Mapped[str | None] = mapped_column(String(500), index=True)  # e.g. imap:<box>:<uidvalidity>:<uid>
    envelope_from: Mapped[str | None] = mapped_column(String(320))
    envelope_to: Mapped[list[Any] | None]
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    state: Mapped[str] = mapped_column(String(20), default="new")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    claimed_at: Mapped[dt.datetime | None]  # when a worker claimed it (lease start)
    claimed_by: Mapped[str | None] = mapped_column(String(200))  # which worker process (host:pid)
    processed_at: Mapped[dt.datetime | None]
    note: Mapped[str | None] = mapped_column(Text)  # e.g. "Message-ID used before by #12"
    purged_at: Mapped[dt.datetime | None]  # raw bytes removed (retention or erasure)


class InterpretationRow(Base):
    __tablename__ = "interpretations"
    id: Mapped[int] = mapped_column(primary_key=True)
    inbound_id: Mapped[int] = mapped_column(ForeignKey("inbound_messages.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    review: Mapped[bool] = mapped_column(Boolean)
    confidence: Mapped[float]
    data: Mapped[dict[str, Any]]  # Interpretation.to_json()
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ReviewItem(Base):
    __tablename__ = "review_items"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'resolved')", name="status"),
        Index("ix_review_items_status", "status", "id"),
        Index("uq_review_items_token", "token", unique=True),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"), unique=True)
    event_key: Mapped[str | None] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(Text)
    reasons: Mapped[list[Any]]
    candidates: Mapped[dict[str, Any]]  # {"sessions": [...], "participants": [...], "kind": ...}
    status: Mapped[str] = mapped_column(String(20), default="open")
    resolution: Mapped[str | None] = mapped_column(Text)
    resolved_by: Mapped[str | None] = mapped_column(String(320))
    resolved_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    claimed_by: Mapped[str | None] = mapped_column(String(320))  # staff member who has it open
    claimed_at: Mapped[dt.datetime | None]
    token: Mapped[str | None] = mapped_column(String(64))  # for a staff answer by mail (unique index)
    notified_at: Mapped[dt.datetime | None]  # mailed to the secretariat


class OutboundMessage(Base):
    __tablename__ = "outbound_messages"
    __table_args__ = (
        CheckConstraint("state IN ('queued', 'sending', 'sent', 'failed')", name="state"),
        Index("ix_outbound_messages_due", "state", "next_attempt_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    dedup_key: Mapped[str | None] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(40))  # confirmation, waitlisted, cancelled, ...
    mail_from: Mapped[str] = mapped_column(String(320))
    recipients: Mapped[list[Any]]
    raw: Mapped[bytes] = mapped_column(LargeBinary)  # CRLF-serialised RFC 5322 bytes
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
    appended_at: Mapped[dt.datetime | None]  # copy appended to the IMAP Sent folder
    claimed_by: Mapped[str | None] = mapped_column(String(200))  # the sending process (host:pid) while `sending`
    purged_at: Mapped[dt.datetime | None]  # raw bytes removed (retention or erasure)


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
    __table_args__ = (
        Index("ix_outbound_recipients_address_created_at", "address", "created_at"),
        CheckConstraint("outcome IN ('accepted', 'refused', 'deferred')", name="outcome"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    outbound_id: Mapped[int] = mapped_column(ForeignKey("outbound_messages.id", ondelete="CASCADE"), index=True)
    address: Mapped[str] = mapped_column(String(320))  # lower case
    created_at: Mapped[dt.datetime]
    outcome: Mapped[str | None] = mapped_column(String(20))
    response: Mapped[str | None] = mapped_column(Text)  # the relay's answer for this address
    outcome_at: Mapped[dt.datetime | None]


class OutboundRegistration(Base):
    """Which registrations a mail we sent reported.

    A reply to that mail (its Message-ID in In-Reply-To or References) is then
    about those registrations, and proves the writer read our mail to its
    recipients: "Ik moet helaas afzeggen" needs no session name.
    """

    __tablename__ = "outbound_registrations"
    outbound_id: Mapped[int] = mapped_column(ForeignKey("outbound_messages.id", ondelete="CASCADE"), primary_key=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registrations.id"), primary_key=True)


class Campaign(Base):
    """An organiser's follow-up to the people registered for (some sessions of) one event.

    ``body``/``subject``/``html_body`` are user-written Jinja2 templates, rendered in
    the sandbox (campaigns/templating.py). A campaign is sent now, at ``send_at``, or
    ``before_start`` seconds before each audience session starts; ``done_sessions``
    lists the sessions whose audience has been recorded, so a relative schedule
    records each session's audience once, when its moment comes.
    """

    __tablename__ = "campaigns"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'scheduled', 'sending', 'done', 'cancelled')", name="status"),
        Index("ix_campaigns_status", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    event_key: Mapped[str] = mapped_column(String(120))
    name: Mapped[str] = mapped_column(String(300))
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    html_body: Mapped[str | None] = mapped_column(Text)  # None: generated from the text
    audience: Mapped[dict[str, Any]]  # {"sessions": [...], "status": ..., "exclude_campaign": id}
    status: Mapped[str] = mapped_column(String(20), default="draft")
    send_at: Mapped[dt.datetime | None]
    before_start: Mapped[int | None] = mapped_column(Integer)  # seconds before each session's start
    late_joiners: Mapped[bool] = mapped_column(Boolean, default=False)
    attach_invite: Mapped[bool] = mapped_column(Boolean, default=False)
    done_sessions: Mapped[list[Any]]  # session keys whose audience is recorded
    created_by: Mapped[str | None] = mapped_column(String(320))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    started_at: Mapped[dt.datetime | None]
    finished_at: Mapped[dt.datetime | None]


class CampaignRecipient(Base):
    """One campaign mail to one person, recorded before it is sent: the exactly-once ledger.

    The unique (campaign, person) pair is what keeps a re-run, a restart or a
    re-registration from mailing anyone twice. ``message_id`` is fixed when the
    row is made, so a resend after a crash carries the same Message-ID and a
    reply can be traced to the campaign; ``token`` is the personal unsubscribe key.
    A claim sets ``due_at`` to the end of a lease, as the outbox sender does.
    """

    __tablename__ = "campaign_recipients"
    __table_args__ = (
        UniqueConstraint("campaign_id", "person_id", name="uq_campaign_recipients_campaign_person"),
        CheckConstraint("state IN ('pending', 'sending', 'sent', 'failed', 'skipped')", name="state"),
        Index("ix_campaign_recipients_due", "state", "due_at"),
        Index("ix_campaign_recipients_campaign_state", "campaign_id", "state"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    registration_id: Mapped[int | None] = mapped_column(ForeignKey("registrations.id"))
    state: Mapped[str] = mapped_column(String(20), default="pending")
    due_at: Mapped[dt.datetime]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)  # why failed, skipped or deferred
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    late: Mapped[bool] = mapped_column(Boolean, default=False)  # added after the campaign went out
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[dt.datetime | None]


class CampaignOptOut(Base):
    """A person who asked for no more follow-ups about one event (campaign mail only)."""

    __tablename__ = "campaign_optouts"
    __table_args__ = (UniqueConstraint("person_id", "event_key", name="uq_campaign_optouts_person_event"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    event_key: Mapped[str] = mapped_column(String(120))
    source: Mapped[str] = mapped_column(String(40))  # list-unsubscribe | one-click | reply | staff
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class StaffUser(Base):
    __tablename__ = "staff_users"
    __table_args__ = (CheckConstraint("email = lower(email)", name="email_lower"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str | None] = mapped_column(String(300))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="staff")  # secretariat | organiser | admin
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    events: Mapped[list[Any] | None]  # event keys this account may see; None: all
    language: Mapped[str | None] = mapped_column(String(10))  # "nl" | "en"; None: [mailflow] language
    created_at: Mapped[dt.datetime | None] = mapped_column(default=utcnow)


class StaffSession(Base):
    """A logged-in browser: the cookie carries a random token, the database only its SHA-256.

    Kept server-side so that logout, disabling an account or a changed password
    end every session at once, across all web processes.
    """

    __tablename__ = "staff_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime]


class LoginAttempt(Base):
    """A failed login, by account and by client address: the rate limit counts these rows."""

    __tablename__ = "login_attempts"
    __table_args__ = (Index("ix_login_attempts_key_at", "key", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(400))  # "email:<address>" or "ip:<address>"
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AuditLog(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(320))  # "system", "worker", or a staff e-mail
    action: Mapped[str] = mapped_column(String(60))
    target: Mapped[str] = mapped_column(String(300))
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]
