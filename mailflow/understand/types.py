"""The boundary types of understanding: what a message means, with evidence.

Everything downstream (decide, registrations, review, explain, eval) reads an
``Interpretation``; nothing downstream re-reads the raw mail to make a
decision. Keep these plain, typed and JSON-serialisable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any, Literal

from mailflow.understand.authentication import SenderAuth

Kind = Literal["register", "cancel", "change", "question", "auto_reply", "bounce", "calendar_reply", "other"]
KINDS: tuple[Kind, ...] = (
    "register",
    "cancel",
    "change",
    "question",
    "auto_reply",
    "bounce",
    "calendar_reply",
    "other",
)
ACTION_KINDS: frozenset[str] = frozenset({"register", "cancel", "change"})
MACHINE_KINDS: frozenset[str] = frozenset({"auto_reply", "bounce", "calendar_reply"})
# The start of the review reason for a question asked beside a request ("Ik meld me aan. Is er lunch?"):
# decide carries out the request and keeps only the question for a person.
SIDE_QUESTION = "The mail also asks a question: "


@dataclass(frozen=True)
class Evidence:
    """Why we concluded something: the words or headers that led to it."""

    what: str  # "kind", "session", "participant", "machine", "language", "event", ...
    value: str  # the conclusion, e.g. "register" or "dia-utrecht"
    source: str  # "subject", "body", "quote", "header:Auto-Submitted", "calendar", ...
    text: str  # the matched words, as they stand in the mail
    confidence: float  # 0..1


@dataclass(frozen=True)
class Participant:
    email: str  # lower-case address
    name: str | None = None
    role: str = "sender"  # "sender" | "colleague" | "on_behalf"


@dataclass(frozen=True)
class Candidate:
    """A session a human may pick with one click in the review queue."""

    session_key: str
    score: float
    why: str


@dataclass(frozen=True)
class CalendarReply:
    uid: str
    partstat: str  # ACCEPTED | TENTATIVE | DECLINED | ...
    attendee: str | None
    comment: str | None = None


@dataclass
class Interpretation:
    message_id: str | None
    kind: Kind
    sessions: list[str] = field(default_factory=list)
    from_sessions: list[str] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    review: bool = False
    reasons: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.0
    event_key: str | None = None
    language: str = "nl"  # language to answer in: "nl" or "en"
    sender: str | None = None  # lower-case From address (or the relayed person)
    sender_name: str | None = None
    reply_to: str | None = None  # where an answer goes (Reply-To, else From); None = never answer
    subject: str = ""
    received_at: dt.datetime | None = None
    judged_at: dt.datetime | None = None  # the moment deadlines were judged against
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    may_reply: bool = True  # False for machine, list, bulk, null-sender and own mail
    candidates: list[Candidate] = field(default_factory=list)
    alternatives: list[str] = field(default_factory=list)  # fallback choices ("anders Venlo")
    calendar: CalendarReply | None = None
    bounced: list[str] = field(default_factory=list)  # addresses that permanently failed
    bounce_permanent: bool = False
    unnamed_colleagues: list[str] = field(default_factory=list)  # names without an address
    junk: bool = False  # spam, phishing, list or bulk mail: ignored, never answered (reasons[0] says why)
    concerns_event: bool = False  # names a session, the event's title or registration words, or answers our mail
    envelope_from: str | None = None  # SMTP MAIL FROM: "" is the null sender, None unknown
    auth: SenderAuth | None = None  # the trusted Authentication-Results ([trust] authserv_id)
    ours: list[str] = field(default_factory=list)  # our Message-IDs this mail answers
    answer: str | None = None  # "yes" | "no": a plain answer to our confirmation request
    unsubscribe: bool = False  # asks to stop campaign mail (List-Unsubscribe, or a reply saying so)
    unsubscribe_token: str | None = None  # the token of the List-Unsubscribe address it was sent to

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict, built field by field (``asdict`` deep-copies; this runs for every message)."""
        d: dict[str, Any] = {}
        for f in _FIELDS:
            v = getattr(self, f)
            if isinstance(v, list):
                v = [_plain(x) for x in v]
            elif isinstance(v, dt.datetime):
                v = v.isoformat()
            elif v is not None and not isinstance(v, (str, int, float, bool)):
                v = _plain(v)
            d[f] = v
        return d


def _plain(value: Any) -> Any:
    if isinstance(value, (Evidence, Participant, Candidate, CalendarReply, SenderAuth)):
        return dict(value.__dict__)
    return value


_FIELDS = tuple(f.name for f in fields(Interpretation))
