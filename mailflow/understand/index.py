"""An inverted index from words and phrases to catalogue sessions, built once per catalogue.

Matching a mail costs one dictionary lookup per token (plus a bounded fuzzy
lookup for a few unknown capitalised words), so it stays flat whether the
catalogue has 26 sessions or 5,000. Every entry remembers what kind of name it
is (place, venue, region, alias, title, event) and whether the word is also an
ordinary word ("werken"), which makes it weak evidence only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from mailflow.catalogue import Catalogue, Event, Session
from mailflow.understand.lexicon import Lexicon
from mailflow.understand.text import fold, words

KIND_RANK = {"place": 6, "venue": 5, "region": 5, "alias": 4, "title": 3, "address": 2, "event": 1, "description": 0}
_SUFFIXES = ("'s", "en", "e", "s", "n")
_FUZZY_CUTOFF = 86.0
_FUZZY_MIN_LEN = 5
_FUZZY_CACHE_MAX = 20000
_COMPOUND_KINDS = ("alias", "title")
_COMPOUND_MIN = 6
_COMPOUND_HEAD = 8
_DIGITS = re.compile(r"\d")
# "Module 3", "Workshop B", "Ronde 2" in a title: the part can be asked for by that number.
_NUMBERED = re.compile(r"\b([a-z]{3,})\s+(\d{1,2}|[a-h])\b(?![.:]\d)")
_ACRONYM_MIN = 3
# A single word of a title that is an everyday word ("early", "meeting", "praktijk", "spelen") is weak
# evidence: it only narrows what stronger names chose. Everyday = this common in Dutch or English text
# (Zipf scale: 4.5 is about 30 times per million words), measured by wordfreq's word lists.
_EVERYDAY_ZIPF = 4.5
_EVERYDAY_LANGS = ("nl", "en")
_NAME_KINDS = frozenset({"place", "region", "alias"})


@dataclass(frozen=True)
class Entry:
    sessions: frozenset[str]
    kind: str
    weak: bool


class SessionIndex:
    """Phrase -> Entry, date -> sessions, weekday/daypart -> sessions for one catalogue."""

    def __init__(self, catalogue: Catalogue, lex: Lexicon) -> None:
        self.lex = lex
        raw: dict[tuple[str, ...], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.dates: dict[tuple[int, int], list[tuple[str, int]]] = defaultdict(list)
        self.days: dict[int, set[str]] = defaultdict(set)
        self.weekdays: dict[int, set[str]] = defaultdict(set)
        self.dayparts: dict[str, set[str]] = defaultdict(set)
        self.times: dict[tuple[int, int], set[str]] = defaultdict(set)  # local start -> sessions
        self.numbered: dict[tuple[str, str], set[str]] = defaultdict(set)  # ("module", "3") -> sessions
        self.acronyms: dict[str, set[str]] = defaultdict(set)  # "arpc" -> sessions
        for event in catalogue.events:
            for s in event.sessions:
                self._add_session(raw, event, s)
        # Everyday words, and the words that describe who the event is for ("huisartsen"): writers use
        # those for themselves ("ik ben huisarts"), so as one word of a title they only narrow
        audience = {w for e in catalogue.events for w in words(fold(e.audience or ""))}
        audience |= {w[:-2] for w in audience if w.endswith("en")} | {w[:-1] for w in audience if w.endswith("s")}
        audience -= {w for e in catalogue.events for w in words(fold(e.title))}  # "deelnemers aan de Huisartsendagen"
        everyday = everyday_words([k[0] for k in raw if len(k) == 1]) | frozenset(audience)
        self.phrases: dict[tuple[str, ...], Entry] = {k: self._entry(k, v, everyday) for k, v in raw.items()}
        for abbr, expansion in lex.abbreviations.items():
            key = tuple(words(fold(expansion)))
            if key in self.phrases and (abbr,) not in self.phrases:
                self.phrases[(abbr,)] = self.phrases[key]
        for exonym, name in lex.exonyms.items():
            key, target = tuple(words(fold(exonym))), tuple(words(fold(name)))
            if target in self.phrases and key not in self.phrases:
                self.phrases[key] = self.phrases[target]
        self.max_len = max((len(k) for k in self.phrases), default=1)
        self.words = frozenset(w for k in self.phrases for w in k)
        # The longest phrase starting with each word: most words start none, so most tokens cost one lookup.
        self.longest_from: dict[str, int] = {}
        for k in self.phrases:
            self.longest_from[k[0]] = max(self.longest_from.get(k[0], 0), len(k))
        self.vocab = sorted(
            k[0]
            for k, e in self.phrases.items()
            if len(k) == 1 and len(k[0]) >= _FUZZY_MIN_LEN and not e.weak and e.kind != "address"
        )
        self._fuzzy_cache: dict[str, str | None] = {}
        self.suffixes: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for k, e in self.phrases.items():
            if len(k) == 1 and e.kind in _COMPOUND_KINDS and not e.weak and len(k[0]) >= 8:
                for i in range(3, len(k[0]) - _COMPOUND_MIN + 1):
                    if (k[0][:i],) not in self.phrases:  # "rekenkamer|commissie": the tail is generic
                        self.suffixes[k[0][i:]].add(k)

    # ------------------------------------------------------------------ build
    def _add_session(self, raw: dict, event: Event, s: Session) -> None:
        key = s.key
        local = s.starts.astimezone(event.tz)
        self.dates[(local.day, local.month)].append((key, local.year))
        self.days[local.day].add(key)
        self.weekdays[local.weekday()].add(key)
        self.dayparts["morning" if local.hour < 12 else "afternoon" if local.hour < 17 else "evening"].add(key)
        self.times[(local.hour, local.minute)].add(key)
        for name in (s.title, *s.aliases, s.group or ""):
            folded = fold(name)
            for m in _NUMBERED.finditer(folded):
                self.numbered[(singular(m.group(1), self.lex), m.group(2))].add(key)
            acronym = self._acronym(folded)
            if acronym:
                self.acronyms[acronym].add(key)
        if s.description:
            self._phrase(raw, s.description, "description", key, words_too=True)
        for city in filter(None, [s.city, _address_city(s.address)]):
            self._phrase(raw, city, "place", key, words_too=False)
        if s.region:
            self._phrase(raw, s.region, "region", key, words_too=False)
        if s.venue:
            self._phrase(raw, s.venue, "venue", key, words_too=True)
        if s.address:
            self._phrase(raw, _DIGITS.sub(" ", s.address.split(",")[0]), "address", key, words_too=True)
        for alias in s.aliases:
            self._phrase(raw, alias, "alias", key, words_too=False)
        for title in (s.title, s.title.split(":", 1)[-1], s.group or ""):
            if title:
                self._phrase(raw, title, "title", key, words_too=True)
        self._phrase(raw, event.title, "event", key, words_too=True)

    def _acronym(self, folded: str) -> str | None:
        """First letters of the content words of a title of three or more such words."""
        content = [w for w in words(folded.split(":", 1)[-1]) if not w.isdigit() and w not in self.lex.stopwords]
        return "".join(w[0] for w in content) if len(content) >= _ACRONYM_MIN else None

    def _phrase(self, raw: dict, text: str, kind: str, key: str, words_too: bool) -> None:
        toks = [t for t in words(fold(text)) if not t.isdigit()]
        if not toks:
            return
        raw[tuple(toks)][kind].add(key)
        for t in toks:
            if "-" in t:
                raw[(t.replace("-", ""),)][kind].add(key)
                raw[tuple(t.split("-"))][kind].add(key)
        if words_too and len(toks) > 1:
            for short in re.findall(r"\b[A-Z][A-Z0-9]{1,4}\b", text):  # "EHBO/AED": an acronym in a title
                t = fold(short)
                if t not in self.lex.stopwords and kind != "description":
                    raw[(t,)][kind].add(key)
            for t in toks:
                if kind == "description" and self.lex.has("register_noun", t):
                    continue  # "aanmelding" in a description is how people write to us, not the session
                if (
                    len(t) >= 4
                    and t not in self.lex.stopwords
                    and t not in self.lex.months
                    and t not in self.lex.weekdays
                    and t not in self.lex.ordinals
                    and t not in self.lex.number_words
                    and t not in self.lex.dayparts
                ):
                    raw[(t,)][kind].add(key)

    def _entry(self, phrase: tuple[str, ...], kinds: dict[str, set[str]], everyday: frozenset[str]) -> Entry:
        kind = max(kinds, key=lambda k: KIND_RANK[k])
        # "symposium" as the main conference's alias means that session, not every session whose
        # event title says Symposium: a name given on purpose (alias, place, region) decides what the
        # word points at; a word that is in titles as well as the event's name points at all of them
        sessions = frozenset(kinds[kind]) if kind in _NAME_KINDS else frozenset().union(*kinds.values())
        weak = (
            (len(phrase) == 1 and (phrase[0] in self.lex.common or phrase[0] in self.lex.stopwords))
            or kind in ("address", "description")
            or (len(phrase) == 1 and phrase[0] in everyday and not kinds.keys() & _NAME_KINDS)
        )
        return Entry(sessions, kind, weak)

    # ----------------------------------------------------------------- lookup
    def variant(self, token: str) -> tuple[str, ...] | None:
        """A plural or inflected form of an indexed word ("plenaire" -> "plenair")."""
        for suffix in _SUFFIXES:
            if token.endswith(suffix) and len(token) - len(suffix) >= 4:
                key = (token[: -len(suffix)],)
                if key in self.phrases:
                    return key
        return None

    def region(self, token: str) -> tuple[str, ...] | None:
        """A region or place written as an adjective or with its country: "Limburgse", "Noord-Nederland"."""
        head, _, tail = token.rpartition("-")
        if head and tail in self.lex.region_suffixes:
            e = self.phrases.get((head,))
            if e is not None and e.kind == "region":
                return (head,)
        for suffix in self.lex.adjective_suffixes:
            if token.endswith(suffix) and len(token) - len(suffix) >= 4:
                key = (token[: -len(suffix)],)
                e = self.phrases.get(key)
                if e is not None and e.kind in ("region", "place") and not e.weak:
                    return key
        return None

    def compound(self, token: str) -> tuple[str, ...] | None:
        """Dutch compounds: "borrel" for "netwerkborrel", "rekenkamercommissie" for "rekenkamer".

        Places are excluded on purpose: Haarlemmermeer is not Haarlem."""
        found = self.compound_of(token)
        return found[0] if found else None

    def compound_of(self, token: str) -> tuple[tuple[str, ...], bool] | None:
        """The indexed name inside a compound, and whether the compound is that thing.

        A Dutch compound is a kind of its last part: "borrel" is the "netwerkborrel", and a
        "bomensessie" is the session about "bomen"; but a "huisartsenpost" is a post, not the
        "huisartsen" of a title, so a name found only at the front is weak evidence."""
        if (
            len(token) < _COMPOUND_MIN
            or token in self.lex.stopwords
            or token in self.lex.common
            or token in self.lex.places
        ):
            return None
        heads = self.suffixes.get(token)
        if heads and len(heads) == 1:
            return next(iter(heads)), True
        for noun in self.lex.session_nouns:  # "bomensessie": a theme word plus a generic session noun
            head = token[: -len(noun)].rstrip("-") if token.endswith(noun) else ""
            if len(head) >= 4:
                key = (head,) if (head,) in self.phrases else self.variant(head)
                e = self.phrases.get(key) if key else None
                if key and e is not None and e.kind in _COMPOUND_KINDS + ("venue",) and not e.weak:
                    return key, True
        for cut in range(len(token) - 3, _COMPOUND_HEAD - 1, -1):
            key = (token[:cut],)
            e = self.phrases.get(key)
            if e is not None and e.kind in _COMPOUND_KINDS and not e.weak:
                return key, False
        return None

    def fuzzy(self, token: str) -> str | None:
        """A typo of an indexed name ("Utreht" -> "utrecht"), never a different real place."""
        if token in self._fuzzy_cache:
            return self._fuzzy_cache[token]
        found = None
        if (
            len(token) >= _FUZZY_MIN_LEN
            and token not in self.lex.places
            and token not in self.lex.common
            and token not in self.lex.stopwords
        ):
            hit = process.extractOne(token, self.vocab, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
            if hit is not None:
                cand = hit[0]
                derived = cand.startswith(token) or token.startswith(cand)
                if not derived and cand[0] == token[0] and abs(len(cand) - len(token)) <= 2:
                    found = cand
        if len(self._fuzzy_cache) > _FUZZY_CACHE_MAX:
            self._fuzzy_cache.clear()
        self._fuzzy_cache[token] = found
        return found


def everyday_words(candidates: list[str]) -> frozenset[str]:
    """The candidates that are everyday words; wordfreq's lists are dropped again afterwards (tens of MB)."""
    import wordfreq

    try:
        return frozenset(
            w for w in candidates if max(wordfreq.zipf_frequency(w, lang) for lang in _EVERYDAY_LANGS) >= _EVERYDAY_ZIPF
        )
    finally:
        wordfreq.get_frequency_dict.cache_clear()
        wordfreq.get_frequency_list.cache_clear()


def singular(noun: str, lex: Lexicon) -> str:
    """ "modules" -> "module", "sessies" -> "sessie": numbered parts are named in either number."""
    for suffix in ("'s", "s", "en"):
        if noun.endswith(suffix) and len(noun) - len(suffix) >= 3:
            return noun[: -len(suffix)]
    return noun


def _address_city(address: str | None) -> str | None:
    if not address or "," not in address:
        return None
    city = _DIGITS.sub("", address.rsplit(",", 1)[1]).strip()
    return city or None
