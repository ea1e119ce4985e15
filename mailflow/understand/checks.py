"""Reading a writer's fallback: "De rondvaart van 11u, of die van 14u als die vol is".

Only what the writer asked for is read here. Whether a session may be booked
(closed, deadline, too many, overlap, full) is judged once, in
``mailflow/decide/rules.py``; ``mailflow explain`` runs the rules that need no
database from there.
"""

from __future__ import annotations

import datetime as dt

from mailflow.catalogue import Catalogue


def use_fallbacks(
    sessions: list[str], alternatives: list[str], catalogue: Catalogue, now: dt.datetime
) -> tuple[list[str], list[str]]:
    """ "De rondvaart van 11u, of die van 14u als die vol is": a first choice the organiser marked full
    gives way to the writer's own open fallback, which is what they asked for in that case."""
    full = [k for k in sessions if catalogue.session(k).status == "full"]
    spare = [k for k in alternatives if catalogue.event_of(k).session_open(catalogue.session(k), now)]
    if not full or len(spare) < len(full):
        return sessions, alternatives
    taken = spare[: len(full)]
    return sorted([k for k in sessions if k not in full] + taken), [k for k in alternatives if k not in taken]
