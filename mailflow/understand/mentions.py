"""Find the catalogue names, dates, weekdays and parts of day a piece of text mentions.

A ``Mention`` is one thing the writer named ("Haarlem", "22 juni", "het
Academiegebouw") with the set of sessions it could refer to. Deciding which
sessions the mail asks for is ``sessions.py``'s job; this module only reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailflow.understand.index import SessionIndex, singular
from mailflow.understand.text import Token, tokens


@dataclass(frozen=True)
class Mention:
    sessions: frozenset[str]
    kind: str  # place, venue, region, alias, title, address, event, description, date, time,
    # weekday, daypart, number
    weak: bool
    text: str
    fuzzy: bool = False
    year: int | None = None
    at: int = -1  # offset in the folded text (-1: unknown)


_PLACE_PREPOSITIONS = frozenset({"in", "te", "at", "near"})


class MentionFinder:
    """Compiled date patterns plus the index; one per catalogue and lexicon."""

    def __init__(self, index: SessionIndex) -> None:
        self.index = index
        lex = index.lex
        months = "|".join(sorted((re.escape(m) for m in lex.months), key=len, reverse=True))
        self.day_month = re.compile(rf"\b(\d{{1,2}})(?:e|ste|de|st|nd|rd|th)?\s+({months})\.?(?:\s+(\d{{4}}))?\b")
        self.month_day = re.compile(rf"\b({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
        self.numeric = re.compile(r"(?<![\d.:/-])(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}|\d{2}))?(?![\d/:-])")
        # "03.06.2027": dots only with a year, since "14.00" is a time.
        self.dotted = re.compile(r"(?<![\d.:/-])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d/:-]|\.\d)")
        # "dinsdagmiddag", "ochtendsessie": every such compound, built once, so a word costs one lookup.
        self.compounds: dict[str, tuple[str, str, str]] = {}
        for day in sorted(lex.weekdays, key=len, reverse=True):
            for part in lex.dayparts:
                self.compounds.setdefault(day + part, ("weekday", day, part))
        for part in sorted(lex.dayparts, key=len, reverse=True):
            for noun in lex.daypart_nouns:
                self.compounds.setdefault(part + noun, ("daypart", part, noun))
        # "de 22e", "the 16th": a day of the month without the month.
        self.ordinal = re.compile(r"\b(?:de|the|op)\s+(\d{1,2})(?:e|ste|de|st|nd|rd|th)\b")
        # "14u", "10u30", "14:00", "14.30 uur", "2 pm", "om 11": a starting time.
        self.clock = re.compile(
            r"(?<![\w.:/-])(?P<h1>[01]?\d|2[0-3])(?:[:.](?P<m1>[0-5]\d))?\s*(?P<unit>uur|u|h|am|pm)\b"
            r"|(?<![\w.:/-])(?P<h2>[01]?\d|2[0-3])(?:[:.]|u|h)(?P<m2>[0-5]\d)\b(?![.:/]\d)"
            r"|\b(?:om|at|vanaf|from)\s+(?P<h3>[01]?\d|2[0-3])(?:[:.](?P<m3>[0-5]\d))?\b"
            r"(?![.:/-]?\d|\s*(?:" + months + r"))"
        )
        self.range_tail = re.compile(
            r"\s*(?:-|tot|to|until|t/m)\s*(?:[01]?\d|2[0-3])(?:[:.hu][0-5]\d)?\s*(?:uur|u|h|am|pm)?\b"
        )
        nouns = sorted(lex.numbered_nouns | {n for n, _ in index.numbered}, key=len, reverse=True)
        numbers = sorted(lex.number_words, key=len, reverse=True)
        num = (
            r"(?:\d{1,2}|[a-h](?![\w'])|" + "|".join(map(re.escape, numbers)) + ")"
            if numbers
            else r"(?:\d{1,2}|[a-h](?![\w']))"
        )
        joint = r"\s*(?:,|en|and|&|\+|/|of|or|-|t/m|tot\s+en\s+met|to|through)\s*"
        nouns_rx = "|".join(map(re.escape, nouns)) if nouns else "(?!x)x"
        self.numbered = re.compile(
            rf"\b({nouns_rx})(?:s|en|'s)?\s+(?:nr\.?\s*|nummer\s+|no\.?\s*|#)?"
            rf"({num}(?:{joint}{num})*)\b(?!\s*(?:[./:]\s*\d|uur|u\b|h\b|am\b|pm\b|{months}))"
        )
        ords = sorted(lex.ordinals, key=len, reverse=True)
        ords_rx = "|".join(map(re.escape, ords)) if ords else "(?!x)x"
        self.ordinal_noun = re.compile(
            rf"\b((?:{ords_rx})(?:\s*(?:,|en|and|&)\s*(?:de\s+|het\s+|the\s+)?(?:{ords_rx}))*)\s+({nouns_rx})(?:s|en|'s)?\b"
        )
        self.number_item = re.compile(num)

    def find(self, folded: str, original: str | None = None) -> tuple[list[Mention], list[str]]:
        """Mentions in ``folded`` text and the unknown place names it contains."""
        found: list[Mention] = []
        used: list[tuple[int, int]] = []
        self._dates(folded, found, used)
        toks = [t for t in tokens(folded, original) if not any(a <= t.start < b for a, b in used)]
        unknown: list[str] = []
        self._phrases(folded, toks, found, unknown)
        return found, unknown

    # ----------------------------------------------------------------- dates
    def _dates(self, folded: str, found: list[Mention], used: list[tuple[int, int]]) -> None:
        lex = self.index.lex
        for rx, order in ((self.day_month, "dm"), (self.month_day, "md"), (self.numeric, "num"), (self.dotted, "num")):
            for m in rx.finditer(folded):
                if any(a <= m.start() < b for a, b in used):
                    continue
                if order == "dm":
                    day, month, year = int(m.group(1)), lex.months[m.group(2)], m.group(3)
                elif order == "md":
                    day, month, year = int(m.group(2)), lex.months[m.group(1)], m.group(3)
                else:
                    day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
                if not (1 <= day <= 31 and 1 <= month <= 12):
                    continue
                y = int(year) + (2000 if year and len(year) == 2 else 0) if year else None
                keys = frozenset(k for k, ky in self.index.dates.get((day, month), []) if y is None or ky == y)
                used.append((m.start(), m.end()))
                found.append(Mention(keys, "date", False, m.group(0), year=y, at=m.start()))
        for m in self.ordinal.finditer(folded):
            if not any(a <= m.start(1) < b for a, b in used):
                used.append((m.start(1), m.end()))
                keys = frozenset(self.index.days.get(int(m.group(1)), ()))
                found.append(Mention(keys, "date", False, m.group(0), at=m.start()))
        self._times(folded, found, used)
        self._numbers(folded, found, used)

    def _times(self, folded: str, found: list[Mention], used: list[tuple[int, int]]) -> None:
        """Starting times; an hour below 8 without am/pm is read in the afternoon ("om 2 uur")."""
        for m in self.clock.finditer(folded):
            if any(a <= m.start() < b for a, b in used):
                continue
            hour = int(m["h1"] or m["h2"] or m["h3"])
            minute = int(m["m1"] or m["m2"] or m["m3"] or 0)
            unit = m["unit"] or ""
            if unit == "pm" and hour < 12:
                hour += 12
            keys = set(self.index.times.get((hour, minute), ()))
            if not keys and not unit and hour < 8:
                keys = set(self.index.times.get((hour + 12, minute), ()))
            end = m.end()
            tail = self.range_tail.match(folded, end)
            if tail:
                end = tail.end()
            used.append((m.start(), end))
            found.append(Mention(frozenset(keys), "time", False, folded[m.start() : end].strip(), at=m.start()))

    def _numbers(self, folded: str, found: list[Mention], used: list[tuple[int, int]]) -> None:
        """ "module 1, 2 en 4", "sessie B", "de derde module": parts asked for by their number.

        A number that names no part is still a reference: it comes back with no sessions, so the
        mail cannot be read as fully understood."""
        lex = self.index.lex
        for m in self.numbered.finditer(folded):
            if any(a <= m.start() < b for a, b in used):
                continue
            noun = singular(m.group(1), lex)
            items = self._expand(m.group(2))
            used.append((m.start(), m.end()))
            for n in items:
                keys = frozenset(self.index.numbered.get((noun, n), ()))
                found.append(Mention(keys, "number", False, f"{m.group(1)} {n}", at=m.start()))
        for m in self.ordinal_noun.finditer(folded):
            if any(a <= m.start() < b for a, b in used):
                continue
            noun = singular(m.group(2), lex)
            used.append((m.start(), m.end()))
            for word in re.findall(r"[a-z]+", m.group(1)):
                if word in lex.ordinals:
                    n = str(lex.ordinals[word])
                    keys = frozenset(self.index.numbered.get((noun, n), ()))
                    found.append(Mention(keys, "number", False, f"{word} {m.group(2)}", at=m.start()))

    def _expand(self, spec: str) -> list[str]:
        """ "1, 2 en 4" -> 1, 2, 4; "1 t/m 3" and "1-3" -> 1, 2, 3; number words become digits."""
        lex = self.index.lex
        parts = [(p.group(0), p.start(), p.end()) for p in self.number_item.finditer(spec)]
        out: list[str] = []
        for i, (text, _, end) in enumerate(parts):
            value = str(lex.number_words.get(text, text))
            if (
                out
                and i > 0
                and re.fullmatch(r"\s*(?:-|t/m|tot\s+en\s+met|to|through)\s*", spec[parts[i - 1][2] : parts[i][1]])
                and value.isdigit()
                and out[-1].isdigit()
                and 0 < int(value) - int(out[-1]) <= 20
            ):
                out.extend(str(k) for k in range(int(out[-1]) + 1, int(value) + 1))
            else:
                out.append(value)
        return list(dict.fromkeys(out))

    # --------------------------------------------------------------- phrases
    def _phrases(self, folded: str, toks: list[Token], found: list[Mention], unknown: list[str]) -> None:
        idx, lex = self.index, self.index.lex
        i, n = 0, len(toks)
        while i < n:
            hit = self._longest(toks, i)
            if hit is not None:
                key, size = hit
                e = idx.phrases[key]
                end = toks[i + size - 1].start + len(toks[i + size - 1].norm)
                weak = (
                    (e.weak and not (size == 1 and _named(folded, toks[i])))
                    or (e.kind == "place" and self._affiliated(folded, toks[i].start, lex))
                    or self._owned(folded, toks[i].start, end, lex)
                )
                found.append(Mention(e.sessions, e.kind, weak, " ".join(key), at=toks[i].start))
                i += size
                continue
            tok = toks[i]
            self._single(
                folded,
                tok,
                toks[i + 1] if i + 1 < n else None,
                found,
                unknown,
                toks[i - 1].norm if i and toks[i - 1].start >= tok.start - 4 else "",
            )
            i += 1

    def _longest(self, toks: list[Token], i: int) -> tuple[tuple[str, ...], int] | None:
        phrases = self.index.phrases
        longest = self.index.longest_from.get(toks[i].norm, 0)
        for size in range(min(longest, len(toks) - i), 0, -1):
            key = tuple(t.norm for t in toks[i : i + size])
            if key in phrases:
                return key, size
        return None

    def _single(
        self, folded: str, tok: Token, nxt: Token | None, found: list[Mention], unknown: list[str], prev: str = ""
    ) -> None:
        idx, lex, w = self.index, self.index.lex, tok.norm
        if w in lex.stopwords:
            return
        if tok.upper and w in idx.acronyms:  # "AMR", "ROM": the first letters of a title
            found.append(Mention(frozenset(idx.acronyms[w]), "alias", False, w, at=tok.start))
            return
        if w in lex.weekdays:
            found.append(Mention(frozenset(idx.weekdays.get(lex.weekdays[w], ())), "weekday", True, w, at=tok.start))
            return
        if w in lex.dayparts:
            found.append(Mention(frozenset(idx.dayparts.get(lex.dayparts[w], ())), "daypart", True, w, at=tok.start))
            return
        if self._compound_time(w, found, tok.start):
            return
        pair = f"{w} {nxt.norm}" if nxt else ""
        if nxt and pair in lex.places and (w, nxt.norm) not in idx.phrases:  # "Utrechtse Heuvelrug" is not Utrecht
            unknown.append(pair)
            return
        key = idx.variant(w) or idx.region(w)
        compound = None if key is not None else idx.compound_of(w)
        if key is not None or compound is not None:
            e = idx.phrases[key or compound[0]]  # type: ignore[index]
            weak = e.weak or (compound is not None and not compound[1])  # "huisartsenpost" is no title
            found.append(Mention(e.sessions, e.kind, weak, w, at=tok.start))
            return
        if w in lex.places or (
            tok.capital
            and prev in _PLACE_PREPOSITIONS
            and len(w) >= 4
            and w not in lex.stopwords
            and w not in lex.common
            and w not in idx.words
            and w not in lex.months
            and w not in lex.weekdays
            and not idx.fuzzy(w)
        ):
            unknown.append(w)  # "de informatieavond in Hellouwen": a place no session is in
            return
        if tok.capital or len(w) >= 8:
            cand = idx.fuzzy(w)
            if cand is not None:
                e = idx.phrases[(cand,)]
                found.append(Mention(e.sessions, e.kind, e.weak, w, fuzzy=True, at=tok.start))

    def _compound_time(self, w: str, found: list[Mention], at: int = -1) -> bool:
        """ "dinsdagmiddag", "ochtendsessie": a weekday or part of day written as one word."""
        compound = self.compounds.get(w)
        if compound is None:
            return False
        idx, lex = self.index, self.index.lex
        kind, first, rest = compound
        if kind == "weekday":
            wk = frozenset(idx.weekdays.get(lex.weekdays[first], ()))
            dp = frozenset(idx.dayparts.get(lex.dayparts[rest], ()))
            found.append(Mention(wk & dp, "weekday", True, w, at=at))
        else:
            found.append(Mention(frozenset(idx.dayparts.get(lex.dayparts[first], ())), "daypart", True, w, at=at))
        return True

    @staticmethod
    def _owned(folded: str, start: int, end: int, lex) -> bool:
        """ "ons stewardship-team", "our dredging department": the writer's own unit carries the name."""
        return (
            lex.rx["owner"].search(folded[max(0, start - 40) : start]) is not None
            and lex.rx["org_noun"].match(folded[end : end + 20]) is not None
        )

    @staticmethod
    def _affiliated(folded: str, start: int, lex) -> bool:
        """ "gemeente Utrecht", "ik woon in Assen": where someone works or lives, not where they go."""
        return lex.rx["affiliation"].search(folded[max(0, start - 30) : start]) is not None


def _named(folded: str, tok: Token) -> bool:
    """An ordinary word written with a capital inside a sentence is used as a name ("de sessie Wonen")."""
    if not tok.capital:
        return False
    before = folded[max(0, tok.start - 200) : tok.start].rstrip()  # a bounded look back: linear in the text
    return bool(before) and before[-1] not in ".!?:;-\n\"'("
