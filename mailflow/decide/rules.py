"""The rules that send a message to a person instead of acting on it, one small object each.

Modelled on Mailman's ``rules/`` and ``chains/``: a rule has a ``name``, a
``code`` (what the review queue groups by), a one-line ``description`` and a
``check`` that returns the plain-words reason it hit, or None. The chains are
plain lists, read top to bottom. Each rule is judged here and nowhere else:
understanding only reads the mail (which sessions, which people), and
``mailflow explain``/``eval`` run ``static_reasons`` below, the rules that need
no database, so their "review" still reflects closed, deadline, too many,
overlap, full and too many other people.

Three chains, and one rule asked per address:
- ``SESSION_RULES``: one person asking for sessions (register, move to).
- ``MESSAGE_RULES``: the message as a whole, before anything is planned
  (an empty return path, a failed sender check).
- ``PLAN_RULES``: the planned decision, before anything is carried out
  (too many other people, a session filled by one mail). Who may change a
  registration (``authority.py``) and the daily mail budget (``budget.py``)
  follow them, because they add or drop mails rather than only hold.
- ``MayWrite``: whether an address may be mailed about this message at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import combinations
from typing import Protocol, Sequence

from mailflow.catalogue import Catalogue, Event, Session
from mailflow.decide.facts import Facts
from mailflow.decide.types import ActiveRegistration, Decision, Register
from mailflow.understand.types import ACTION_KINDS, Interpretation

MAX_OTHERS = 5  # people besides the writer one mail may register without a person looking


@dataclass(frozen=True)
class Ask:
    """One person asking for sessions: what the session rules judge."""

    person: str
    sessions: tuple[Session, ...]
    keeps: tuple[ActiveRegistration, ...] = ()  # the person's active registrations that stay


class SessionRule(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def description(self) -> str: ...

    def check(self, c: Facts, ask: Ask) -> str | None: ...


class MessageRule(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def description(self) -> str: ...

    def check(self, c: Facts) -> str | None: ...


class PlanRule(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def description(self) -> str: ...

    def check(self, c: Facts, d: Decision) -> str | None: ...


# --------------------------------------------------------------------------
# sessions


@dataclass(frozen=True)
class SessionOpen:
    name: str = "session-open"
    code: str = "closed"
    description: str = "A session can be booked only while its event and it are open, before the deadline and start"

    def check(self, c: Facts, ask: Ask) -> str | None:
        closed = [s for s in ask.sessions if not c.is_open(c.cat.event(s.event_key), s)]
        return closed_reason(c.cat.event(closed[0].event_key), closed, c.judged) if closed else None


@dataclass(frozen=True)
class PerEventMaximum:
    name: str = "per-event-maximum"
    code: str = "too_many"
    description: str = "One person takes at most the event's max_sessions_per_participant sessions"

    def check(self, c: Facts, ask: Ask) -> str | None:
        if c.staff:
            return None
        for event_key in dict.fromkeys(s.event_key for s in ask.sessions):
            e = c.cat.event(event_key)
            new = [s for s in ask.sessions if s.event_key == event_key]
            have = [
                r
                for r in ask.keeps
                if c.cat.has_session(r.session_key) and c.cat.event_of(r.session_key).key == event_key
            ]
            if e.max_sessions_per_participant is not None and len(have) + len(new) > e.max_sessions_per_participant:
                already = f" and already has {len(have)}" if have else ""
                return (
                    f"{ask.person} asks for {len(new)} session(s) of {e.title}{already}; "
                    f"one person may take {e.max_sessions_per_participant}"
                )
        return None


@dataclass(frozen=True)
class NoOverlap:
    name: str = "no-overlap"
    code: str = "overlap"
    description: str = "Nobody is booked for two sessions at the same time"

    def check(self, c: Facts, ask: Ask) -> str | None:
        if c.staff:
            return None
        kept = [c.cat.session(r.session_key) for r in ask.keeps if c.cat.has_session(r.session_key)]
        clash = first_overlap([*kept, *ask.sessions])
        return f"'{clash[0].title}' and '{clash[1].title}' take place at the same time" if clash else None


@dataclass(frozen=True)
class Requires:
    name: str = "requires"
    code: str = "requires"
    description: str = "An event with `requires` is only for people who also have one of those sessions"

    def check(self, c: Facts, ask: Ask) -> str | None:
        if c.staff:
            return None
        have = {r.session_key for r in ask.keeps} | {s.key for s in ask.sessions} | set(c.interp.sessions)
        for event_key in dict.fromkeys(s.event_key for s in ask.sessions):
            e = c.cat.event(event_key)
            if e.requires and not set(e.requires) & have:
                names = " or ".join(f"'{c.cat.session(k).title}'" for k in e.requires if c.cat.has_session(k))
                return f"{e.title} is only for participants of {names}; {ask.person} has none of them"
        return None


SESSION_RULES: tuple[SessionRule, ...] = (SessionOpen(), PerEventMaximum(), NoOverlap(), Requires())


def judge_sessions(c: Facts, ask: Ask, rules: Sequence[SessionRule] = SESSION_RULES) -> tuple[str, str] | None:
    """The first session rule that hits, as (code, reason)."""
    for rule in rules:
        reason = rule.check(c, ask)
        if reason:
            return rule.code, reason
    return None


def closed_reason(event: Event, closed: Sequence[Session], judged: dt.datetime) -> str:
    """Why these sessions of ``event`` cannot be booked, in the words the review page shows."""
    names = ", ".join(f"'{s.title}'" for s in closed)
    one = len(closed) == 1
    if all(s.status == "full" for s in closed):
        return f"{names} {'is' if one else 'are'} fully booked"
    deadline = event.registration_deadline
    if deadline is not None and judged > deadline:
        return f"The registration deadline for {event.title} has passed ({deadline:%Y-%m-%d %H:%M}; {names})"
    if event.status != "open" or any(s.status != "open" for s in closed):
        return f"Registration is closed for {names}"
    return f"{names} {'has' if one else 'have'} already started or taken place"


def first_overlap(sessions: Sequence[Session]) -> tuple[Session, Session] | None:
    for a, b in combinations(sessions, 2):
        if a.key != b.key and a.overlaps(b):
            return a, b
    return None


# --------------------------------------------------------------------------
# who may be mailed


@dataclass(frozen=True)
class MayWrite:
    name: str = "may-write"
    code: str = "no_mail"
    description: str = "We mail no address of our own, no bouncing address, and the writer only when answerable"

    def check(self, c: Facts, address: str | None, *, writer: bool = False) -> str | None:
        """Why ``address`` may not be mailed about this message, or None when it may.

        ``writer``: the address answers the writer, which machine mail, lists and the
        null sender never are (understanding's ``may_reply``). A bouncing address that
        wrote this very message is reachable again. The daily limit is judged on the
        whole decision (``budget.py``), which counts every mail before any is sent.
        """
        a = (address or "").lower()
        s = c.snap
        if not a:
            return "no address"
        if a in s.own_addresses:
            return f"{a} is one of our own addresses"
        if writer and not c.interp.may_reply:
            return "the mail may not be answered (automatic, a list, no return path, or a no-reply sender)"
        writers = {x.lower() for x in (c.interp.sender, c.interp.reply_to) if x}
        if a in s.bouncing and a not in writers:
            return f"mail to {a} bounces"
        return None


# --------------------------------------------------------------------------
# the message as a whole


HUMAN_KINDS = frozenset({*ACTION_KINDS, "question"})


@dataclass(frozen=True)
class ReturnPath:
    name: str = "return-path"
    code: str = "null_sender"
    description: str = "Mail with an empty return path (MAIL FROM:<>) is never answered (RFC 3834)"

    def check(self, c: Facts) -> str | None:
        if c.interp.envelope_from == "" and c.interp.kind in HUMAN_KINDS:
            return (
                "The mail came with an empty return path (MAIL FROM:<>), which only automatic mail uses; "
                "nobody is answered and a person decides"
            )
        return None


@dataclass(frozen=True)
class SenderCheck:
    name: str = "sender-check"
    code: str = "sender_check"
    description: str = "A DMARC failure in our own receiving system's Authentication-Results holds the mail"

    def check(self, c: Facts) -> str | None:
        auth = c.interp.auth
        if auth is not None and auth.dmarc == "fail" and c.interp.kind in HUMAN_KINDS:
            return (
                f"Our mail system ({auth.authserv_id}) found that the sender check (DMARC) failed for "
                f"{auth.dmarc_domain or 'the From domain'}: the From address may be forged; nobody is answered"
            )
        return None


MESSAGE_RULES: tuple[MessageRule, ...] = (ReturnPath(), SenderCheck())


# --------------------------------------------------------------------------
# the planned decision


@dataclass(frozen=True)
class FewOthers:
    name: str = "few-others"
    code: str = "many_others"
    description: str = f"One mail registers at most {MAX_OTHERS} people besides its writer"

    def check(self, c: Facts, d: Decision) -> str | None:
        senders = {a.lower() for a in (c.interp.sender, c.interp.reply_to) if a}
        others = {a.person.email for a in d.of(Register)} - senders
        if len(others) > MAX_OTHERS:
            return (
                f"The mail registers {len(others)} other people (at most {MAX_OTHERS} without a check); "
                "each would get a mail from us without having written"
            )
        return None


@dataclass(frozen=True)
class FillsSession:
    name: str = "fills-session"
    code: str = "fills_session"
    description: str = "One mail that registers several people may not fill a session"

    def check(self, c: Facts, d: Decision) -> str | None:
        per: dict[str, list[Register]] = {}
        for a in d.of(Register):
            per.setdefault(a.session_key, []).append(a)
        for key, regs in per.items():
            s = c.cat.session(key)
            if len(regs) < 2 or s.capacity is None:
                continue
            taken = c.snap.confirmed.get(key, 0) + sum(not r.waitlist for r in regs)
            if taken >= s.capacity or any(r.waitlist for r in regs):
                return f"The mail registers {len(regs)} people for '{s.title}' and fills it ({s.capacity} places)"
        return None


PLAN_RULES: tuple[PlanRule, ...] = (FewOthers(), FillsSession())


# --------------------------------------------------------------------------
# for explain and eval: the rules that need no database


def static_reasons(interp: Interpretation, catalogue: Catalogue, now: dt.datetime | None = None) -> list[str]:
    """What the session rules say about the sessions the mail itself names, with nobody registered yet.

    ``mailflow explain`` and ``mailflow eval`` have no database; these are the
    reasons ``decide`` would give whatever the registrations are.
    """
    from mailflow.config import Policy
    from mailflow.decide.types import Snapshot

    judged = interp.judged_at or now or dt.datetime.now(dt.timezone.utc)
    c = Facts(interp, Snapshot(), catalogue, Policy(), judged, False)
    keys = [k for k in interp.sessions if catalogue.has_session(k)]
    if interp.kind in ("register", "change"):
        found = judge_sessions(c, Ask("The mail", tuple(catalogue.session(k) for k in keys)))
        writer = {a.lower() for a in (interp.sender, interp.reply_to) if a}
        others = {p.email for p in interp.participants} - writer
        many = (
            FewOthers().check(c, Decision(tuple(Register(p, keys[0]) for p in interp.participants), "processed"))
            if interp.kind == "register" and keys and len(others) > MAX_OTHERS
            else None
        )
        return [r for r in ((found[1] if found else None), many) if r]
    if interp.kind == "cancel":
        past = [catalogue.session(k) for k in keys if catalogue.session(k).ends <= judged]
        return [f"'{s.title}' has already taken place" for s in past]
    return []
