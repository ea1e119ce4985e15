"""Catalogue rules that send a clear request to a person anyway.

Closed events, deadlines, too many sessions and sessions at the same time are
judged here, against ``now`` (the --now moment, else when the mail arrived),
so a late registration is late by its own arrival time.
"""

from __future__ import annotations

import datetime as dt
from itertools import combinations

from mailflow.catalogue import Catalogue


def session_reasons(kind: str, sessions: list[str], catalogue: Catalogue, now: dt.datetime) -> list[str]:
    """Plain-words reasons why the chosen sessions cannot simply be booked."""
    reasons: list[str] = []
    if kind not in ("register", "change"):
        return _past(sessions, catalogue, now)
    for key in sessions:
        s, e = catalogue.session(key), catalogue.event_of(key)
        if not e.session_open(s, now):
            reasons.append(_closed_reason(e, s, now))
    by_event: dict[str, list[str]] = {}
    for key in sessions:
        by_event.setdefault(catalogue.event_of(key).key, []).append(key)
    for ev_key, keys in by_event.items():
        e = catalogue.event(ev_key)
        if e.max_sessions_per_participant is not None and len(keys) > e.max_sessions_per_participant:
            reasons.append(f"The mail asks for {len(keys)} sessions of {e.title}; "
                           f"one person may take {e.max_sessions_per_participant}")
    for a, b in combinations(sessions, 2):
        sa, sb = catalogue.session(a), catalogue.session(b)
        if sa.overlaps(sb):
            reasons.append(f"'{sa.title}' and '{sb.title}' take place at the same time")
            break
    return reasons


def _closed_reason(e, s, now: dt.datetime) -> str:
    if s.status == "full":
        return f"'{s.title}' is fully booked"
    if e.status != "open" or s.status != "open":
        return f"Registration for '{s.title}' is closed"
    if e.registration_deadline is not None and now > e.registration_deadline:
        return f"The registration deadline for {e.title} has passed"
    return f"'{s.title}' has already taken place"


def _past(sessions: list[str], catalogue: Catalogue, now: dt.datetime) -> list[str]:
    return [f"'{catalogue.session(k).title}' has already taken place" for k in sessions
            if catalogue.session(k).ends <= now]


def use_fallbacks(sessions: list[str], alternatives: list[str], catalogue: Catalogue,
                  now: dt.datetime) -> tuple[list[str], list[str]]:
    """"De rondvaart van 11u, of die van 14u als die vol is": a first choice the organiser marked full
    gives way to the writer's own open fallback, which is what they asked for in that case."""
    full = [k for k in sessions if catalogue.session(k).status == "full"]
    spare = [k for k in alternatives if catalogue.event_of(k).session_open(catalogue.session(k), now)]
    if not full or len(spare) < len(full):
        return sessions, alternatives
    taken = spare[:len(full)]
    return sorted([k for k in sessions if k not in full] + taken), [k for k in alternatives if k not in taken]
