"""The boundary types of deciding: the state a decision reads and the actions it returns.

``decide`` is pure, so everything it needs from the database arrives as a small
``Snapshot`` and everything it wants done leaves as a list of typed actions.
``registrations.apply`` turns the actions into rows and mails in one
transaction; ``explain`` can print them without changing anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Mapping

from mailflow.catalogue import Event
from mailflow.outbound.types import Template
from mailflow.understand.types import Candidate, Participant

FinalState = Literal["processed", "review", "ignored"]
ACTIVE = ("confirmed", "waitlisted")


@dataclass(frozen=True)
class ActiveRegistration:
    """A confirmed or waitlisted registration as the decision sees it."""

    id: int
    email: str
    session_key: str
    status: str  # "confirmed" | "waitlisted"
    calendar_uid: str


@dataclass(frozen=True)
class OurMail:
    """A mail we sent that the message answers (its In-Reply-To or References name it).

    Our Message-IDs are unguessable, so answering one proves the writer saw that
    mail: it went to ``recipients`` and was about ``registrations``.
    """

    message_id: str
    kind: str  # the template: confirmation, confirm_request, ...
    recipients: tuple[str, ...]
    registrations: tuple[int, ...] = ()  # the registrations it reported (ids; active or not)
    inbound_id: int | None = None  # the message it answered


@dataclass(frozen=True)
class PendingChange:
    """A held request whose registered person we asked to confirm ('reply ja'), found through our question."""

    item_id: int
    inbound_id: int | None
    proposal: "Proposal"
    asked: str  # the registered address the question went to
    requested_by: str | None = None


@dataclass(frozen=True)
class Snapshot:
    """What the database says about the people and sessions one message touches.

    ``registrations`` holds the active registrations of every address involved
    (participants, sender, reply address, calendar attendee, and the owner of a
    calendar UID the message refers to). ``confirmed`` counts confirmed places
    per session key for the events involved.
    """

    registrations: tuple[ActiveRegistration, ...] = ()
    confirmed: Mapping[str, int] = field(default_factory=dict)
    over_limit: frozenset[str] = frozenset()  # addresses that had max_replies_per_day replies in 24 h
    bouncing: frozenset[str] = frozenset()
    own_addresses: frozenset[str] = frozenset()
    sent_today: Mapping[str, int] = field(default_factory=dict)  # mails to each address in 24 h
    reply_limit: int = 0  # max_replies_per_day (0: only ``over_limit`` counts)
    replied_to: tuple[OurMail, ...] = ()  # our mails this message answers
    pending: PendingChange | None = None  # the held request our question was about

    def active(self, email: str, event: Event | None = None) -> list[ActiveRegistration]:
        keys = {s.key for s in event.sessions} if event is not None else None
        return [r for r in self.registrations if r.email == email.lower() and (keys is None or r.session_key in keys)]

    def by_uid(self, uid: str) -> ActiveRegistration | None:
        return next((r for r in self.registrations if r.calendar_uid == uid), None)


# --------------------------------------------------------------------------
# actions


@dataclass(frozen=True)
class Register:
    person: Participant
    session_key: str
    waitlist: bool = False


@dataclass(frozen=True)
class Cancel:
    registration: ActiveRegistration


@dataclass(frozen=True)
class Move:
    """Leave one registration for another session: the old one is cancelled, a new one made."""

    registration: ActiveRegistration
    to_session: str
    waitlist: bool = False


@dataclass(frozen=True)
class Reply:
    """A mail to send once the registration actions have been applied.

    ``person`` names whose registrations' invites travel with it (the
    registrations made, cancelled or moved by this decision for these
    ``sessions``/``from_sessions``); None means no invites.
    """

    template: Template
    event_key: str
    to: str
    to_name: str | None = None
    cc: tuple[str, ...] = ()
    person: str | None = None
    sessions: tuple[str, ...] = ()
    from_sessions: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    lang: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    subject: str | None = None
    requested_by: str | None = None  # who asked, when not the person the mail is about
    request: str | None = None  # for a confirmation request: "cancel" | "change"
    registered_by: str | None = None  # the sender's name or address, when ``to`` is someone they registered
    question: str | None = None  # a question of the sender's that waits for a colleague
    body: str | None = None  # a staff member's own words (template "answer")


@dataclass(frozen=True)
class Proposal:
    """What a reviewer accepts with one click: the action pre-filled, plus the options to pick from."""

    kind: str
    event_key: str | None = None
    sessions: tuple[str, ...] = ()
    from_sessions: tuple[str, ...] = ()
    participants: tuple[Participant, ...] = ()
    options: tuple[Candidate, ...] = ()
    code: str = "needs_review"

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "kind": self.kind,
            "event_key": self.event_key,
            "sessions": list(self.sessions),
            "from_sessions": list(self.from_sessions),
            "participants": [{"email": p.email, "name": p.name, "role": p.role} for p in self.participants],
            "options": [{"session_key": c.session_key, "score": c.score, "why": c.why} for c in self.options],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Proposal:
        return cls(
            kind=str(data.get("kind") or "other"),
            event_key=data.get("event_key"),
            sessions=tuple(data.get("sessions") or ()),
            from_sessions=tuple(data.get("from_sessions") or ()),
            participants=tuple(
                Participant(p["email"], p.get("name"), p.get("role") or "sender")
                for p in data.get("participants") or ()
            ),
            options=tuple(
                Candidate(o["session_key"], float(o.get("score") or 0.0), o.get("why") or "")
                for o in data.get("options") or ()
            ),
            code=str(data.get("code") or "needs_review"),
        )


@dataclass(frozen=True)
class Hold:
    """Put the message in the review queue. ``reason`` is what the review page shows first."""

    reason: str
    candidates: Proposal
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class MarkBouncing:
    address: str


@dataclass(frozen=True)
class ClearBouncing:
    """The person wrote to us: the address works again."""

    address: str


@dataclass(frozen=True)
class SettlePending:
    """The registered person answered our question: their part of the held request is settled."""

    item_id: int
    inbound_id: int | None
    participant: str
    answer: str  # "yes" (carried out) | "no" (refused)


@dataclass(frozen=True)
class OptOut:
    """No more campaign mail: for the person behind ``token`` (a List-Unsubscribe address), else for
    ``address`` if one of ``message_ids`` is a campaign mail we sent to that address."""

    address: str | None
    token: str | None = None
    message_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ignore:
    reason: str


Action = Register | Cancel | Move | Reply | Hold | MarkBouncing | ClearBouncing | SettlePending | OptOut | Ignore


@dataclass(frozen=True)
class Decision:
    actions: tuple[Action, ...]
    state: FinalState
    notes: tuple[str, ...] = ()  # plain words: why, for the audit log and `explain`

    def of(self, kind: type) -> list[Any]:
        return [a for a in self.actions if isinstance(a, kind)]

    @property
    def hold(self) -> Hold | None:
        holds = self.of(Hold)
        return holds[0] if holds else None
