"""The organisers' campaign forms: what was typed, kept as typed, and turned into a Draft or Schedule.

The values stay strings so a refused form comes back exactly as it was sent;
only ``draft`` and ``schedule`` interpret them. Problems this module finds
itself are ``FormProblem`` with Dutch text (the pages translate it); the
campaign service's own refusals (an unknown template variable, a syntax error
with its line) stay ``CampaignError`` and are shown as the service words them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from starlette.datastructures import FormData

from mailflow.campaigns.model import STATUSES, Audience, Draft, Schedule
from mailflow.campaigns.schedule import parse_before
from mailflow.web.routes.forms import many, text

WHEN = ("draft", "now", "at", "before")
UNITS = ("dagen", "uren", "minuten", "weken")  # parse_before understands these Dutch units


class FormProblem(Exception):
    """Something in the form itself is missing or wrong: Dutch text (a key in the i18n table) and values."""

    def __init__(self, message: str, **values: object) -> None:
        super().__init__(message)
        self.message, self.values = message, values


@dataclass
class ScheduleForm:
    """When: draft (by hand), now, at a moment (event's local time), or N units before each session."""

    when: str = "draft"
    at: str = ""  # as <input type="datetime-local"> sends it: 2030-06-07T09:00
    before_n: str = ""
    before_unit: str = "dagen"

    @classmethod
    def read(cls, form: FormData) -> "ScheduleForm":
        unit = text(form, "before_unit")
        return cls(
            when=text(form, "when") or "draft",
            at=text(form, "at"),
            before_n=text(form, "before_n"),
            before_unit=unit if unit in UNITS else "dagen",
        )

    def schedule(self, timezone: str) -> Schedule:
        """The Schedule this asks for; "now" and "draft" both have none (the route starts a "now")."""
        if self.when not in WHEN:
            raise FormProblem("Kies wanneer de mail verstuurd wordt.")
        if self.when == "at":
            try:
                moment = dt.datetime.fromisoformat(self.at)
            except ValueError:
                raise FormProblem("Vul een datum en tijd in, bijvoorbeeld 2030-06-07 09:00.") from None
            return Schedule(at=moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(timezone)))
        if self.when == "before":
            if not self.before_n.isdigit() or int(self.before_n) <= 0:
                raise FormProblem("Vul in hoe lang vóór elke sessie: een heel getal groter dan 0.")
            return Schedule(before_start=parse_before(f"{self.before_n} {self.before_unit}"))
        return Schedule()


@dataclass
class CampaignForm:
    """The create form as typed."""

    event_key: str
    sessions: list[str] = field(default_factory=list)
    status: str = "confirmed"
    exclude_campaign: str = ""
    name: str = ""
    subject: str = ""
    body: str = ""
    html_body: str = ""
    late_joiners: bool = False
    attach_invite: bool = False
    timing: ScheduleForm = field(default_factory=ScheduleForm)

    @classmethod
    def read(cls, form: FormData, event_key: str) -> "CampaignForm":
        raw_body = form.get("body")
        raw_html = form.get("html_body")
        return cls(
            event_key=event_key,
            sessions=many(form, "session"),
            status=text(form, "status") or "confirmed",
            exclude_campaign=text(form, "exclude_campaign"),
            name=text(form, "name"),
            subject=text(form, "subject"),
            body=raw_body if isinstance(raw_body, str) else "",
            html_body=raw_html if isinstance(raw_html, str) else "",
            late_joiners=text(form, "late_joiners") == "1",
            attach_invite=text(form, "attach_invite") == "1",
            timing=ScheduleForm.read(form),
        )

    def draft(self, timezone: str, by: str, earlier: set[int]) -> Draft:
        """The Draft for the campaign service; ``earlier``: this event's campaign ids (to exclude from)."""
        if self.status not in STATUSES:
            raise FormProblem("Kies de status van de inschrijvingen.")
        exclude = None
        if self.exclude_campaign:
            if not self.exclude_campaign.isdigit() or int(self.exclude_campaign) not in earlier:
                raise FormProblem("Kies een eerdere campagne van dit evenement om uit te sluiten.")
            exclude = int(self.exclude_campaign)
        if not self.subject:
            raise FormProblem("Vul het onderwerp in.")
        if not self.body.strip():
            raise FormProblem("Vul de tekst van de mail in.")
        audience = Audience(self.event_key, tuple(self.sessions), self.status, exclude)  # type: ignore[arg-type]
        return Draft(
            audience,
            self.subject,
            self.body.replace("\r\n", "\n"),
            self.html_body.replace("\r\n", "\n") if self.html_body.strip() else None,
            self.name or None,
            self.late_joiners,
            self.attach_invite,
            self.timing.schedule(timezone),
            by,
        )
