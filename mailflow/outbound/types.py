"""What the registration layer hands to the outbound layer: plain data, no ORM rows.

Composing a mail is pure (data in, ``OutgoingMail`` out), so the registration
layer can build every reply inside its transaction and the outbox can store it.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any, Literal

from mailflow.catalogue import Event, Session

Template = Literal[
    "confirmation",  # registered (one or more sessions), with REQUEST invites
    "waitlisted",  # session full: on the waitlist; lists open alternatives of the same event
    "promoted",  # a place freed up: moved from waitlist to confirmed, with REQUEST invite
    "cancelled",  # cancellation confirmed, with CANCEL invites
    "moved",  # changed from one session to another: CANCEL old + REQUEST new
    "already_registered",  # nothing changed, friendly reminder of what they have
    "unknown_session",  # we could not find the session asked for: lists the open sessions
    "closed",  # registration closed / past deadline
    "review_ack",  # "we received your question / message, a person will answer"
    "confirm_request",  # to a registered address: "someone asked to cancel/change your registration; reply ja"
    "request_received",  # to a writer who asked about someone else's registration: received, nothing more
    "registered_others",  # to a writer who registered other people: who, for what; each has their own mail
    "campaign",  # organiser's bulk follow-up
    "schedule_update",  # the session's time or place changed: REQUEST, same UID, next SEQUENCE
    "session_cancelled",  # the organiser cancelled the session: CANCEL, same UID
    "online_link",  # the join link of an online session, at its release time: REQUEST with URL
    "answer",  # a staff member's own words, in the writer's thread (extra["body"])
]
Method = Literal["REQUEST", "CANCEL"]


@dataclass(frozen=True)
class Invite:
    """One VEVENT: one registration of one person for one session."""

    uid: str  # stable for the life of the registration
    sequence: int  # raised on every change
    method: Method
    session: Session
    attendee_email: str
    attendee_name: str | None = None
    url: str | None = None  # the join link of an online session, once it may be sent


@dataclass(frozen=True)
class Reply:
    template: Template
    event: Event
    to: str  # recipient address (lower-case)
    to_name: str | None = None
    sessions: tuple[Session, ...] = ()  # the sessions the mail is about
    from_sessions: tuple[Session, ...] = ()  # for "moved": the sessions left
    alternatives: tuple[Session, ...] = ()  # open sessions to offer (waitlisted, unknown, closed)
    invites: tuple[Invite, ...] = ()
    in_reply_to: str | None = None  # Message-ID of the mail we answer
    references: tuple[str, ...] = ()
    original_subject: str | None = None
    lang: str | None = None  # None: the event's language
    participants: tuple[str, ...] = ()  # everyone this reply concerns (e.g. colleagues registered)
    cc: tuple[str, ...] = ()  # plain addresses, e.g. the Reply-To of a "namens" mail
    extra: dict[str, Any] = field(default_factory=dict)  # requested_by: who asked, when not the addressee;
    #                                                        request: "cancel" | "change" (confirm_request)
    registered_by: str | None = None  # who registered the recipient, when that was someone else
    from_waitlist: bool = False  # "moved": the sessions left were a waitlist place, not a booking
    question: str | None = None  # a question from the mail that a colleague will answer


@dataclass(frozen=True)
class OutgoingMail:
    """A composed mail as the outbox stores and the sender sends it: envelope plus exact CRLF bytes."""

    message_id: str
    mail_from: str
    recipients: tuple[str, ...]  # RCPT TO: To and Cc, deduplicated
    raw: bytes

    def as_bytes(self) -> bytes:
        return self.raw

    def message(self) -> EmailMessage:
        """The mail parsed back as a receiving client would see it (for tests and tools)."""
        return email.message_from_bytes(self.raw, policy=email.policy.default)
