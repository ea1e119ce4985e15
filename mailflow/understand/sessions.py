"""Decide which sessions a mail asks for, from the mentions in each clause.

Rules, in words:
* a clause names a session when one mention fits exactly one session, or when
  its mentions together (place and date, date and time of day) leave one;
* a date that contradicts the place is a conflict, and conflicts go to a person;
* the address the mail was delivered to decides the event (``scope``); words
  only choose among that event's sessions, or among the events of a mailbox
  that several events share; without a known address, words choose the event;
* a strong name of another event's session is a reference nothing explains
  (``elsewhere``), so the mail goes to a person;
* negated clauses ("Utrecht lukt niet") are left out of a registration and
  are the sessions being left in a change; fallback clauses ("anders Venlo")
  become alternatives; the subject, then a quoted confirmation, are used only
  when the sender's own words name no session;
* sessions that are already over are dropped from vague mentions ("de Dag van
  de lokale besturen"), but kept when a date with a year points at them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from mailflow.catalogue import Catalogue
from mailflow.understand.clauses import Clause
from mailflow.understand.mentions import Mention, MentionFinder
from mailflow.understand.text import fold
from mailflow.understand.types import Candidate, Evidence

_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+(\S[^\n]*)$", re.MULTILINE)
POSITIVE = ("plain", "to")
_NAMES = ("place", "venue", "region", "alias")


def _strong_name(m: Mention) -> bool:
    """A name that points at sessions by itself: a place or venue, or a title of several words."""
    return not m.weak and not m.fuzzy and (m.kind in _NAMES or (m.kind == "title" and " " in m.text))


NEGATIVE = ("negative", "from", "prior")


@dataclass
class SessionResult:
    sessions: list[str] = field(default_factory=list)
    from_sessions: list[str] = field(default_factory=list)
    alternatives: list[str] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    conflict: bool = False
    guessed: bool = False  # came from a quote or a lone session, not from the sender's words
    unknown_places: list[str] = field(default_factory=list)
    elsewhere: list[str] = field(default_factory=list)  # names of sessions of events outside the scope
    clauses: list[tuple[Clause, list[tuple[Mention, frozenset[str]]]]] = field(default_factory=list)
    by_list_number: bool = False  # "graag nummer 5" was read from the numbered list in the quoted invitation
    from_subject: bool = False  # the sessions come from the subject line only


@dataclass
class _Clause:
    clause: Clause
    mentions: list[Mention]


class SessionMatcher:
    def __init__(self, catalogue: Catalogue, finder: MentionFinder) -> None:
        self.catalogue, self.finder = catalogue, finder

    def match(
        self,
        kind: str,
        clauses: list[Clause],
        subject: Clause | None,
        quoted: str,
        scope: tuple[str, ...],
        now: dt.datetime,
    ) -> SessionResult:
        res = SessionResult()
        own = [_Clause(c, self._find(c, res)) for c in clauses]
        subj = _Clause(subject, self._find(subject, res)) if subject else None
        allowed, res.events = self._events(own + ([subj] if subj else []), scope)
        ctx = _Ctx(self.catalogue, allowed, now, res)
        if kind == "register":
            self._register(ctx, own, subj, quoted)
        elif kind == "cancel":
            self._cancel(ctx, own, subj, quoted)
        elif kind == "change":
            self._change(ctx, own, subj, quoted)
        else:
            res.sessions = sorted(set().union(*(ctx.resolve(c) for c in own)) if own else set())
            res.sessions = res.sessions or sorted(self._numbered(ctx, own, quoted))
            if not res.sessions and subj:
                res.sessions = sorted(ctx.resolve(subj))
        res.candidates = ctx.candidates(res.sessions)
        res.clauses = [(c.clause, [(m, ctx.restrict(m)) for m in c.mentions]) for c in own]
        return res

    def _find(self, c: Clause, res: SessionResult) -> list[Mention]:
        found, unknown = self.finder.find(c.folded, c.text)
        if c.role in POSITIVE:
            res.unknown_places.extend(u for u in unknown if u not in res.unknown_places)
        return found

    def _events(self, clauses: list[_Clause], scope: tuple[str, ...]) -> tuple[frozenset[str], list[str]]:
        """The event(s) the mail is about: the scope's, or (no scope) the best-named ones."""
        score: dict[str, float] = {}
        for c in clauses:
            for m in c.mentions:
                if m.weak or not m.sessions:
                    continue
                evs = {self.catalogue.event_of(k).key for k in m.sessions}
                if scope:
                    evs &= set(scope)
                for e in evs:
                    score[e] = score.get(e, 0.0) + 1.0 / len(evs)
        if scope:  # every event at this address the mail names; words choose only among them
            chosen = set(score) or set(scope)
        else:
            chosen = {e for e in score if score[e] == max(score.values())}
        allowed = frozenset(s.key for e in chosen for s in self.catalogue.event(e).sessions)
        return allowed, sorted(chosen)

    def _register(self, ctx: "_Ctx", own: list[_Clause], subj: _Clause | None, quoted: str) -> None:
        neg = ctx.union(c for c in own if c.clause.role in NEGATIVE)
        pos = ctx.union(c for c in _cued(own, ("register",)) if c.clause.role in POSITIVE) - neg
        if not pos:
            pos = ctx.union(c for c in own if c.clause.role in POSITIVE) - neg
        alt = ctx.union(c for c in own if c.clause.role == "fallback") - pos
        if not pos:
            pos = self._numbered(ctx, own, quoted) - neg
        if not pos and subj:
            pos = ctx.resolve(subj) - neg
            ctx.res.from_subject = bool(pos)
        if not pos:
            pos = self._from_quote(ctx, quoted) or ctx.lone_session()
            ctx.res.guessed = bool(pos)
        ctx.res.sessions, ctx.res.alternatives = sorted(pos), sorted(alt)

    def _cancel(self, ctx: "_Ctx", own: list[_Clause], subj: _Clause | None, quoted: str) -> None:
        target = ctx.union(c for c in _cued(own, ("cancel", "negation")) if c.clause.role in POSITIVE + NEGATIVE)
        if not target:
            target = ctx.union(c for c in own if c.clause.role in POSITIVE + NEGATIVE)
        if not target and subj:
            target = ctx.resolve(subj)
        if not target:
            target = self._from_quote(ctx, quoted) or ctx.lone_session()
        ctx.res.sessions = sorted(target)

    def _change(self, ctx: "_Ctx", own: list[_Clause], subj: _Clause | None, quoted: str) -> None:
        old = ctx.union(c for c in own if c.clause.role in NEGATIVE)
        new = ctx.union(c for c in own if c.clause.role in POSITIVE) - old
        if not old and subj:
            old = ctx.resolve(subj) - new
        if not old:
            old = self._from_quote(ctx, quoted) - new
        ctx.res.from_sessions, ctx.res.sessions = sorted(old), sorted(new)

    def _numbered(self, ctx: "_Ctx", own: list[_Clause], quoted: str) -> set[str]:
        """ "Graag nummer 5": the line numbered 5 in the quoted invitation names the session."""
        if not quoted:
            return set()
        rx = self.finder.index.lex.rx["choice_number"]
        wanted = {
            int(n)
            for c in own
            if c.clause.role in POSITIVE
            for m in rx.finditer(c.clause.folded)
            for n in m.groups()
            if n
        }
        out: set[str] = set()
        for line in _NUMBERED.finditer(quoted):
            if int(line.group(1)) in wanted:
                text = line.group(2)
                c = _Clause(Clause(text, fold(text), "plain", "quote"), self.finder.find(fold(text), text)[0])
                found = ctx.resolve(c, record=False)
                if len(found) != 1:
                    return set()
                out |= found
                ctx.res.by_list_number = True
                ctx.res.evidence.append(Evidence("session", next(iter(found)), "quote", line.group(0)[:80], 0.7))
        return out

    def _from_quote(self, ctx: "_Ctx", quoted: str) -> set[str]:
        """A quoted confirmation names one session; a quoted invitation names them all."""
        if not quoted:
            return set()
        text = quoted[:3000]
        c = _Clause(Clause(text, fold(text), "plain", "quote"), self.finder.find(fold(text), text)[0])
        found = ctx.resolve(c, record=False)
        if len(found) == 1:
            ctx.res.evidence.append(Evidence("session", next(iter(found)), "quote", "quoted confirmation", 0.6))
            return found
        return set()


def _weak_first(ms: list[tuple[Mention, frozenset[str]]]) -> list[frozenset[str]]:
    """Weak evidence to narrow with, the firmer first: a time of day before a word of a description."""
    order = {"weekday": 0, "daypart": 0, "title": 1, "venue": 1, "event": 2, "address": 2, "description": 3}
    return [s for m, s in sorted((x for x in ms if x[0].weak), key=lambda x: order.get(x[0].kind, 1))]


def _agreeing_words(ms: list[tuple[Mention, frozenset[str]]]) -> set[str]:
    """Two or more everyday words of one title that point at one session together ("spelen en bewegen")."""
    words = [(m, s) for m, s in ms if m.weak and m.kind in ("title", "venue") and not m.fuzzy]
    if len({m.text for m, _ in words}) < 2:
        return set()
    common = set.intersection(*(set(s) for _, s in words))
    return common if len(common) == 1 else set()


_AND = re.compile(r"\s(?:en|and|&|\+|alsook|evenals|as\s+well\s+as)\s|;")


def _coordinated(c: _Clause) -> list[_Clause]:
    """Split "A en B" into its parts when each names something strongly by itself, else keep it whole.

    Each part is then read on its own, so a time that belongs to A cannot contradict B's name."""
    cuts = [0] + [m.start() for m in _AND.finditer(c.clause.folded)] + [len(c.clause.folded) + 1]
    if len(cuts) == 2 or any(m.at < 0 for m in c.mentions):
        return [c]
    groups = [[m for m in c.mentions if a <= m.at < b] for a, b in zip(cuts, cuts[1:])]
    strong = [g for g in groups if any(not m.weak for m in g)]
    if len(strong) < 2 or sum(len(g) for g in groups) != len(c.mentions):
        return [c]
    return [_Clause(c.clause, g) for g in groups if g]


def _cued(clauses: list[_Clause], names: tuple[str, ...]) -> list[_Clause]:
    """Clauses that carry the request itself (and the list items after it), not its reasons."""
    out: list[_Clause] = []
    for i, c in enumerate(clauses):
        if c.clause.bullet or any(n in c.clause.cues for n in names):
            if c.clause.anaphora and i > 0 and clauses[i - 1] not in out:
                # "... een jongerenraad opgericht, dus ik kom graag naar die sessie": the clause it points
                # back to is part of the request, whatever role it had on its own
                before = clauses[i - 1]
                out.append(
                    _Clause(replace(before.clause, role="plain"), before.mentions)
                    if before.clause.role == "context"
                    else before
                )
            out.append(c)
    return out


class _Ctx:
    """Resolution of clauses against the allowed sessions at one moment."""

    def __init__(self, catalogue: Catalogue, allowed: frozenset[str], now: dt.datetime, res: SessionResult):
        self.catalogue, self.allowed, self.now, self.res = catalogue, allowed, now, res
        self.seen: dict[str, float] = {}

    def union(self, clauses) -> set[str]:
        out: set[str] = set()
        for c in clauses:
            out |= self.resolve(c)
        return out

    def restrict(self, m: Mention) -> frozenset[str]:
        s = m.sessions & self.allowed
        if m.year is None and len(s) > 1:
            future = frozenset(k for k in s if self.catalogue.session(k).ends > self.now)
            s = future or s
        return s

    def resolve(self, c: _Clause, record: bool = True) -> set[str]:
        """The sessions a clause names; coordinated parts ("X van 11u en de lezing") each on their own."""
        groups = _coordinated(c)
        if len(groups) > 1:
            out: set[str] = set()
            for g in groups:
                out |= self._resolve(g, record)
            return out
        return self._resolve(c, record)

    def _resolve(self, c: _Clause, record: bool = True) -> set[str]:
        ms = [(m, self.restrict(m)) for m in c.mentions]
        if any(m.kind == "date" and m.sessions and not s for m, s in ms) and c.clause.role in POSITIVE:
            self.res.conflict = True
            self.res.reasons.append("A date in the mail matches no session of this event")
        if c.clause.role in POSITIVE:
            self.res.elsewhere.extend(
                m.text for m, s in ms if m.sessions and not s and _strong_name(m) and m.text not in self.res.elsewhere
            )
        ms = [(m, s) for m, s in ms if s]
        for m, s in ms:
            for k in s:
                self.seen[k] = max(self.seen.get(k, 0.0), (0.3 if m.weak else 0.6) / len(s))
        strong = [(m, s) for m, s in ms if not m.weak and m.kind != "event"]
        dates = [s for m, s in strong if m.kind == "date"]
        times = [s for m, s in strong if m.kind == "time"]
        named = [(m, s) for m, s in strong if m.kind not in ("date", "time")]
        singles = set().union(*(s for m, s in named if len(s) == 1)) if named else set()
        singles |= set().union(*(s for m, s in ms if m.kind in ("daypart", "weekday") and len(s) == 1), set())
        date_set = set().union(*dates) if dates else None
        if times:  # "zaterdag 12 maart om 14u": the time narrows the date, or stands for it
            time_set = set().union(*times)
            if date_set is not None and not (date_set & time_set):
                self.res.conflict = True
                self.res.reasons.append("The date and the time in the mail point to different sessions")
            date_set = (date_set & time_set) if date_set is not None else time_set
        result: set[str] = set()
        if singles:
            result = singles
            if date_set is not None and not (singles & date_set):
                self.res.conflict = True
                self.res.reasons.append("The place and the date in the mail point to different sessions")
        elif date_set is not None:
            result = self._narrow(set(date_set), [s for _, s in named] + _weak_first(ms))
        elif named:
            inter = set.intersection(*(set(s) for _, s in named))
            result = self._narrow(inter, _weak_first(ms))
        else:
            events = [s for m, s in ms if m.kind == "event"]
            union = set().union(*events) if events else set()
            result = union if len(union) == 1 else _agreeing_words(ms)
        if record:
            for m, s in ms:
                if s & result:
                    self.res.evidence.append(
                        Evidence(
                            "session",
                            ",".join(sorted(s & result)),
                            c.clause.source,
                            m.text,
                            0.6 if m.fuzzy or m.weak else 0.9,
                        )
                    )
        return result

    @staticmethod
    def _narrow(base: set[str], others: list[frozenset[str]]) -> set[str]:
        for s in others:
            if len(base) <= 1:
                break
            if base & s:
                base = base & s
        return base if len(base) == 1 else set()

    def lone_session(self) -> set[str]:
        """An event with exactly one session still open: "ik kom graag" needs no more."""
        live = [k for k in self.allowed if self.catalogue.session(k).ends > self.now]
        return set(live) if len(live) == 1 else set()

    def candidates(self, chosen: list[str]) -> list[Candidate]:
        ranked = sorted(self.seen.items(), key=lambda kv: (-kv[1], kv[0]))
        return [Candidate(k, round(min(1.0, v * 1.5), 2), "named in the mail") for k, v in ranked if k not in chosen][
            :5
        ]
