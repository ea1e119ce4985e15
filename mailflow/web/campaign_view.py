"""How the campaign pages word states, audiences and moments (Dutch keys; the i18n table has the English).

Kept apart from the routes so the templates get small helpers instead of logic,
and so ``tests`` can check every text here has its translation.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from mailflow.campaigns.model import Audience, Overview
from mailflow.catalogue.model import Event
from mailflow.web.campaign_form import ScheduleForm

PER_PAGE = 100  # recipients per page of the progress table
REFRESH_SECONDS = 5  # the progress page reloads itself this often while the campaign is sending

STATES = {
    "draft": "concept",
    "scheduled": "gepland",
    "sending": "wordt verstuurd",
    "done": "klaar",
    "cancelled": "geannuleerd",
}
RECIPIENT_STATES = {
    "pending": "wacht",
    "sending": "wordt verstuurd",
    "sent": "verstuurd",
    "failed": "mislukt",
    "skipped": "overgeslagen",
}
AUDIENCE_STATUSES = {
    "confirmed": "bevestigd",
    "waitlisted": "op de wachtlijst",
    "cancelled": "afgemeld",
    "all": "alle statussen",
}
DONE = {
    "created": "campagne aangemaakt",
    "started": "de campagne wordt verstuurd",
    "scheduled": "planning opgeslagen",
    "cancelled": "campagne geannuleerd",
    "tested": "testmail verstuurd",
}
UNIT_SECONDS = (("weken", 604800), ("dagen", 86400), ("uren", 3600), ("minuten", 60))
TEXTS = (
    tuple(STATES.values())
    + tuple(RECIPIENT_STATES.values())
    + tuple(AUDIENCE_STATUSES.values())
    + tuple(DONE.values())
    + tuple(u for u, _s in UNIT_SECONDS)
)


def local(moment: dt.datetime | None, event: Event) -> str:
    """A stored (UTC) moment in the event's own time, as people there read it."""
    return moment.astimezone(event.tz).strftime("%Y-%m-%d %H:%M") if moment else ""


def before_parts(before: dt.timedelta) -> tuple[int, str]:
    """3 days -> (3, "dagen"): the largest unit that divides it."""
    seconds = int(before.total_seconds())
    for unit, size in UNIT_SECONDS:
        if seconds % size == 0:
            return seconds // size, unit
    return seconds // 60, "minuten"


def schedule_form_of(c: Overview, event: Event) -> ScheduleForm:
    """The schedule form filled in with what the campaign has now."""
    if c.send_at is not None:
        return ScheduleForm("at", c.send_at.astimezone(event.tz).strftime("%Y-%m-%dT%H:%M"))
    if c.before_start is not None:
        n, unit = before_parts(c.before_start)
        return ScheduleForm("before", before_n=str(n), before_unit=unit)
    return ScheduleForm()


def labels(event: Event) -> dict[str, Any]:
    """Template helpers for one event's campaigns (the template translates what they return)."""
    titles = {s.key: s.title for s in event.sessions}

    def audience(a: Audience) -> dict[str, Any]:
        return {
            "sessions": [titles.get(k, k) for k in a.sessions],
            "status": AUDIENCE_STATUSES.get(a.status, a.status),
            "exclude": a.exclude_campaign,
        }

    return {
        "state_label": lambda s: STATES.get(s, s),
        "recipient_label": lambda s: RECIPIENT_STATES.get(s, s),
        "audience": audience,
        "local": lambda m: local(m, event),
        "before_parts": before_parts,
        "audience_status_label": lambda s: AUDIENCE_STATUSES.get(s, s),
    }
