"""When a campaign is due: pure functions of the schedule, the sessions and ``now``.

"3 days before" is per session: a campaign for three sessions with a Teams
link goes to each session's participants three days before *their* session.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterable

from mailflow.campaigns.model import CampaignError

_UNITS = {
    "m": 60,
    "min": 60,
    "mins": 60,
    "minute": 60,
    "minutes": 60,
    "minuut": 60,
    "minuten": 60,
    "h": 3600,
    "u": 3600,
    "hour": 3600,
    "hours": 3600,
    "uur": 3600,
    "uren": 3600,
    "d": 86400,
    "day": 86400,
    "days": 86400,
    "dag": 86400,
    "dagen": 86400,
    "w": 604800,
    "week": 604800,
    "weeks": 604800,
    "weken": 604800,
}
_BEFORE = re.compile(
    r"^\s*(\d+)\s*([a-z]+)(?:\s+(?:before|voor|vooraf|ervoor|before\s+start|voor\s+aanvang))?\s*$", re.IGNORECASE
)


def parse_before(text: str) -> dt.timedelta:
    """'3 days before', '3 dagen', '2h', '90 minutes' -> a timedelta.

    >>> parse_before("3 days before")
    datetime.timedelta(days=3)
    >>> parse_before("2 uur voor")
    datetime.timedelta(seconds=7200)
    """
    m = _BEFORE.match(text)
    unit = m.group(2).lower() if m else ""
    if not m or unit not in _UNITS or int(m.group(1)) <= 0:
        raise CampaignError(
            f"--before {text!r}: expected a number and a unit before the session starts, "
            'e.g. "3 days", "2 hours", "90 minutes" or "1 week"'
        )
    return dt.timedelta(seconds=int(m.group(1)) * _UNITS[unit])


def due_sessions(
    sessions: Iterable[tuple[str, dt.datetime, dt.datetime]],
    before: dt.timedelta,
    done: Iterable[str],
    now: dt.datetime,
) -> list[str]:
    """Keys of the sessions whose moment (start minus ``before``) has come and that have not ended,
    and whose audience has not been recorded yet (``done``)."""
    finished = set(done)
    return [key for key, starts, ends in sessions if key not in finished and starts - before <= now < ends]


def all_due_done(
    sessions: Iterable[tuple[str, dt.datetime, dt.datetime]], done: Iterable[str], now: dt.datetime
) -> bool:
    """Every session has had its share recorded, or ended without it (nothing more will become due)."""
    finished = set(done)
    return all(key in finished or ends <= now for key, _starts, ends in sessions)
