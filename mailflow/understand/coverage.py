"""Explain everything, or ask: the references in a request that the chosen sessions do not account for.

A mail may be acted on automatically only when every session-like reference in
the writer's request (a name, an acronym, a place, a date, a time, a weekday, a
part of day, a number, a description) is either chosen or explicitly excluded,
and no coordinated part of the request is left without a session. Whatever is
left over is named, so the reviewer reads at once what the reading could not
place. Pure: it reads the clauses and the matcher's result, nothing else.
"""

from __future__ import annotations

import re
from typing import Mapping

from mailflow.understand.clauses import Clause
from mailflow.understand.lexicon import Lexicon
from mailflow.understand.mentions import Mention

POSITIVE = ("plain", "to")
_ITEMS = re.compile(r"\s*(?:[,;]|\s(?:en|and|&|plus|alsook|evenals|as\s+well\s+as)\s|\s\+\s)\s*")
_OR = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:of|or|ofwel|either|dan\s+wel)\W+(?:\w+\W+){0,3}?$")
_TIMELIKE = ("date", "time", "weekday", "daypart", "number")
ClauseMentions = list[tuple[Clause, list[tuple[Mention, frozenset[str]]]]]


def unexplained(
    kind: str,
    clauses: ClauseMentions,
    chosen: set[str],
    lex: Lexicon,
    *,
    live: frozenset[str] = frozenset(),
    days: dict[str, str] | None = None,
    by_list_number: bool = False,
    vocabulary: Mapping[str, frozenset[str]] | None = None,
    event_of: Mapping[str, str] | None = None,
) -> list[str]:
    """The words of the request that name a session nobody chose or excluded (empty: all explained).

    ``chosen`` holds every session the reading accounts for (asked for, left, fallback);
    ``live`` the sessions of the event(s) still to come (one live session is what a bare "de
    bijeenkomst" means; "alle modules" is explained only when every one is chosen); ``days`` gives
    each session's date, for "beide dagen"; ``by_list_number``: numbers were read from the quoted
    invitation's numbered list; ``vocabulary`` holds each session's words (title, aliases, description,
    place), against which a described part ("the webinar on offshore wind landfalls") must fit;
    ``event_of`` maps sessions to their event, so that naming an event of which nothing is chosen
    ("de Huisartsendagen, alleen donderdag, met workshop A") is a leftover too.
    """
    lone = len(live) == 1
    if kind not in ("register", "change"):
        return []
    excluded: set[str] = set()
    for clause, ms in clauses:  # only what a name in a negated or context clause points at
        if clause.role not in POSITIVE:
            excluded.update(*(s for m, s in ms if not m.weak and _named(m)))
    known = chosen | excluded
    out: list[str] = []
    for i, (clause, ms) in enumerate(clauses):
        if clause.role not in POSITIVE or clause.question:
            continue
        if clause.anaphora and not any(s for _, s in ms) and not (i and any(s & chosen for _, s in clauses[i - 1][1])):
            out.append(f"'{clause.text[:60]}' refers back to a session that was not chosen")
        request = bool(clause.cues) or clause.bullet
        for m, s in ms:
            if not s and (m.kind == "number" and not by_list_number or m.kind == "time" and _appointment(m.text)):
                out.append(f"'{m.text}' matches no session")
            elif s and not (s & known) and (not m.weak or m.kind in _TIMELIKE) and (request or _named(m)):
                out.append(f"'{m.text}' points to a session that was not chosen")
        out += _loose_items(clause, ms, lex, lone, _all_chosen(chosen, excluded, live, days or {}), vocabulary or {})
        if event_of:
            out += _events_left_out(ms, chosen, live, event_of)
        out += _choices(clause, ms, chosen)
    return list(dict.fromkeys(out))


def _named(m: Mention) -> bool:
    """A name that points at sessions wherever it stands; one word of a longer title only in the request."""
    return m.kind not in ("title", "event", "description") or " " in m.text


def _events_left_out(
    ms: list[tuple[Mention, frozenset[str]]], chosen: set[str], live: frozenset[str], event_of: Mapping[str, str]
) -> list[str]:
    """An event named by (a word of) its title whose live sessions got nothing chosen, while another
    event's did: "de Huisartsendagen (the plenary days), alleen donderdag, met workshop A"."""
    out: list[str] = []
    chosen_events = {event_of[k] for k in chosen if k in event_of}
    for m, s in ms:
        if m.kind not in ("event", "title") or m.weak or not s:
            continue  # one strong word of a title, or the event's name
        named = {event_of[k] for k in s & live if k in event_of}
        if chosen_events and named - chosen_events:
            out.append(f"'{m.text}' names an event of which no session was chosen")
    return out


def _fits(description: str, sessions: frozenset[str], vocabulary: Mapping[str, frozenset[str]], lex: Lexicon) -> bool:
    """At least half of the content words of a description are words of one of the sessions it names."""
    words = [
        w
        for w in re.findall(r"[a-z][a-z'-]{2,}", description)
        if w not in lex.stopwords and w not in lex.dayparts and w not in lex.weekdays and w not in lex.months
    ]
    if len(words) < 2:
        return True
    known = frozenset().union(*(vocabulary.get(k, frozenset()) for k in sessions))
    hits = sum(1 for w in words if w in known or any(k.startswith(w[:5]) for k in known if len(w) >= 5))
    return 2 * hits >= len(words)


def _appointment(text: str) -> bool:
    """ "om 14u", "14.30 uur", "2 pm" name a time to be somewhere; a bare "08:15" is often a timestamp."""
    return bool(re.match(r"(?:om|at|vanaf|from)\b", text) or re.search(r"(?:u|uur|h|am|pm)$", text))


def _all_chosen(chosen: set[str], excluded: set[str], live: frozenset[str], days: dict[str, str]) -> tuple[bool, bool]:
    """(every live session not excluded is chosen, every day of the event has a chosen session)."""
    wanted = live - excluded
    every = bool(wanted) and wanted <= chosen
    all_days = bool(days) and {days[k] for k in live if k in days} <= {days[k] for k in chosen if k in days}
    return every, all_days


def _loose_items(
    clause: Clause,
    ms: list[tuple[Mention, frozenset[str]]],
    lex: Lexicon,
    lone: bool,
    complete: tuple[bool, bool],
    vocabulary: Mapping[str, frozenset[str]],
) -> list[str]:
    """Coordinated parts ("module 1, de avond over de brug en ...") that name a session nobody found,
    or describe one in words that mostly do not fit the session its names point at."""
    named = [m.text for m, s in ms if s and not m.weak or (s and m.kind in _TIMELIKE)]
    out: list[str] = []
    for item in _ITEMS.split(clause.folded):
        item = item.strip(" .!?:")
        if not item:
            continue
        found = lex.find("all_of", item)
        if found:
            days = re.search(r"\b(?:dag|dagen|day|days)\b", found.group(0)) is not None
            if not (complete[1] if days else complete[0]):
                out.append(f"'{item}' asks for several parts without naming them all")
            continue
        ref = lex.find("session_reference", item)
        if lone or ref is None:
            continue
        if not any(t in item for t in named):
            out.append(f"'{item}' names no session we know")
            continue
        pointed = frozenset().union(*(s for m, s in ms if s and m.text in item))
        if vocabulary and not _fits(item[ref.end() - 1 :], pointed, vocabulary, lex):
            out.append(f"'{item}' does not fit the session it seems to name")
    return out


def _choices(clause: Clause, ms: list[tuple[Mention, frozenset[str]]], chosen: set[str]) -> list[str]:
    """ "Utrecht of Arnhem": two sessions offered as a choice the writer leaves to us."""
    spots: list[tuple[int, int, frozenset[str]]] = []
    for m, s in ms:
        at = clause.folded.find(m.text)
        if s and at >= 0 and not m.weak:
            spots.append((at, at + len(m.text), s))
    spots.sort()
    for (a0, a1, sa), (b0, _, sb) in zip(spots, spots[1:]):
        if sa != sb and _OR.match(clause.folded[a1:b0] + " ") and (sa | sb) & chosen:
            return [f"'{clause.folded[a0 : b0 + 1].strip()}...' offers a choice between sessions"]
    return []


_ADDRESS = re.compile(r"[a-z0-9._%+'-]+@[a-z0-9.-]+\.[a-z]{2,}")


def split_between_people(clauses: ClauseMentions, lex: Lexicon, participants: int) -> str | None:
    """ "Ik kom naar Utrecht; mijn collega Piet (p@x) gaat naar Arnhem": people, each with their own session.

    A flat reading would book everyone for everything, so when two clauses name different sessions
    for different people the mail goes to a person. Returns the reason, or None."""
    if participants < 2:
        return None
    seen: list[tuple[frozenset[str], frozenset[str]]] = []
    for clause, ms in clauses:
        if clause.role in ("context", "retracted"):
            continue
        named = frozenset().union(*(s for m, s in ms if s and not m.weak and len(s) == 1))
        sets = [s for _, s in ms if s]
        if not named and sets and len(frozenset.intersection(*sets)) == 1:
            named = frozenset.intersection(*sets)  # "de online avond": weak words that agree
        who = set(_ADDRESS.findall(clause.folded))
        if lex.has("first_person_object", clause.folded) or lex.has("first_person", clause.folded):
            who.add("(the sender)")
        if lex.has("colleague", clause.folded) and not who - {"(the sender)"}:
            who.add("(a colleague)")
        if named and who:
            for other_named, other_who in seen:
                if other_named != named and other_who != who and not (other_named & named):
                    return "Different people ask for different sessions; a person should register each one"
            seen.append((named, frozenset(who)))
    return None
