"""What the campaign use cases take and give back: plain frozen data, no ORM rows.

The CLI prints these and the web pages will render them; neither needs to know
the tables behind them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Status = Literal["confirmed", "waitlisted", "cancelled", "all"]
STATUSES: tuple[str, ...] = ("confirmed", "waitlisted", "cancelled", "all")
CampaignState = Literal["draft", "scheduled", "sending", "done", "cancelled"]


class CampaignError(ValueError):
    """A campaign request that cannot be carried out; the message says why and what to do."""


@dataclass(frozen=True)
class Audience:
    """Who a campaign is for: registrations of ``event_key`` (only ``sessions`` when given) with ``status``.

    ``exclude_campaign``: leave out whoever already received that earlier campaign.
    """

    event_key: str
    sessions: tuple[str, ...] = ()
    status: Status = "confirmed"
    exclude_campaign: int | None = None

    def to_json(self) -> dict[str, object]:
        return {"sessions": list(self.sessions), "status": self.status, "exclude_campaign": self.exclude_campaign}

    @classmethod
    def from_json(cls, event_key: str, data: dict[str, object]) -> "Audience":
        sessions = data.get("sessions") or []
        exclude = data.get("exclude_campaign")
        return cls(
            event_key,
            tuple(str(s) for s in sessions) if isinstance(sessions, list) else (),
            str(data.get("status") or "confirmed"),  # type: ignore[arg-type]
            int(exclude) if isinstance(exclude, int) else None,
        )


@dataclass(frozen=True)
class Schedule:
    """When a campaign goes out: ``at`` a moment, or ``before_start`` each session's start; neither: by hand."""

    at: dt.datetime | None = None
    before_start: dt.timedelta | None = None

    def __post_init__(self) -> None:
        if self.at is not None and self.before_start is not None:
            raise CampaignError("choose one: a moment (--at) or a time before the session starts (--before)")
        if self.at is not None and self.at.tzinfo is None:
            raise CampaignError("a send moment needs a time zone")


@dataclass(frozen=True)
class Draft:
    """A new campaign as an organiser writes it."""

    audience: Audience
    subject: str
    body: str
    html_body: str | None = None  # None: generated from the text
    name: str | None = None
    late_joiners: bool = False
    attach_invite: bool = False
    schedule: Schedule = field(default_factory=Schedule)
    created_by: str | None = None


@dataclass(frozen=True)
class Preview:
    """One recipient's mail as it would be sent."""

    to: str
    subject: str
    text: str
    html: str
    raw: bytes


@dataclass(frozen=True)
class Problem:
    """A recipient not (yet) reached, and why, in the words the relay or mailflow used."""

    email: str
    state: str  # failed | skipped | pending
    reason: str


@dataclass(frozen=True)
class Report:
    """Where a campaign stands: counts per state, and who was not reached and why."""

    campaign_id: int
    name: str
    event_key: str
    status: str
    sent: int = 0
    skipped: int = 0
    failed: int = 0
    pending: int = 0
    problems: tuple[Problem, ...] = ()
    bounced: tuple[str, ...] = ()  # sent to, but the address bounced afterwards (a DSN came back)
    opted_out: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return self.sent + self.skipped + self.failed + self.pending

    @property
    def handled(self) -> bool:
        return self.pending == 0

    def summary(self) -> str:
        """The stable last line of `mailflow campaign send`."""
        return f"sent={self.sent} skipped={self.skipped} failed={self.failed}"


@dataclass(frozen=True)
class Overview:
    """One campaign as a list or its own page shows it: what, for whom, when, and its counts."""

    campaign_id: int
    event_key: str
    name: str
    subject: str
    body: str
    html_body: str | None
    audience: Audience
    status: str
    send_at: dt.datetime | None
    before_start: dt.timedelta | None
    late_joiners: bool
    attach_invite: bool
    created_by: str | None
    created_at: dt.datetime
    report: Report


@dataclass(frozen=True)
class RecipientState:
    """One row of the ledger as the progress page lists it."""

    email: str
    state: str  # pending | sending | sent | failed | skipped
    attempts: int
    last_error: str | None
    sent_at: dt.datetime | None
