"""Word lists and phrase patterns, loaded once from ``lexicon/*.toml``.

The rules of understanding live in data so they can be read, reviewed and
extended by people who know how Dutch and English registration mail is
written, without touching code. Every pattern list is compiled once into one
alternation per (section, name); the object is immutable after loading and is
held by an ``Understander``, never by a module-level global.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

LANGS = ("nl", "en", "fy", "de")
NEUTRAL = "mail"  # lexicon/mail.toml: header names, subject tags, products; no language of its own
_NEVER = re.compile(r"(?!x)x")  # matches nothing: an empty pattern list
_ESCAPE = re.compile(r"\\[A-Za-z]")  # \b, \s, \W ...: escapes, not letters
_CAPITAL = re.compile(r"[A-Z]")


@dataclass(frozen=True)
class Lexicon:
    """Compiled patterns (``rx``) and word sets (``words``) of all languages merged."""

    rx: dict[str, re.Pattern[str]]
    lines: dict[str, re.Pattern[str]]  # line-anchored (multiline) variants
    months: dict[str, int]
    weekdays: dict[str, int]
    dayparts: dict[str, str]
    abbreviations: dict[str, str]
    stopwords: frozenset[str]
    common: frozenset[str]
    places: frozenset[str]
    daypart_nouns: frozenset[str] = frozenset()
    session_nouns: tuple[str, ...] = ()
    region_suffixes: frozenset[str] = frozenset()
    adjective_suffixes: tuple[str, ...] = ()
    exonyms: dict[str, str] = field(default_factory=dict)  # "ghent" -> "gent"
    language_words: dict[str, frozenset[str]] = field(default_factory=dict)
    numbered_nouns: frozenset[str] = frozenset()
    ordinals: dict[str, int] = field(default_factory=dict)
    number_words: dict[str, int] = field(default_factory=dict)
    headers: dict[str, frozenset[str]] = field(default_factory=dict)  # "list", "bulk": lower-case header names

    exact: dict[str, re.Pattern[str]] = field(default_factory=dict)  # the same, case-sensitive

    def has(self, name: str, text: str) -> bool:
        return self.find(name, text) is not None

    def find(self, name: str, text: str) -> re.Match[str] | None:
        """Search ``text``; folded (all lower-case) text takes the case-sensitive twin, twice as fast
        and, on such text, the same: no pattern has a capital letter."""
        if text.islower() and name in self.exact:
            return self.exact[name].search(text)
        return self.rx[name].search(text)


def _read(lang: str) -> dict[str, Any]:
    data = resources.files("mailflow.understand").joinpath(f"lexicon/{lang}.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)


def _compile(patterns: list[str], flags: int = 0, ignore_case: bool = True) -> re.Pattern[str]:
    if not patterns:
        return _NEVER
    return re.compile("|".join(f"(?:{p})" for p in patterns), (re.IGNORECASE if ignore_case else 0) | flags)


def load_lexicon(langs: tuple[str, ...] = LANGS) -> Lexicon:
    """Read and compile the lexicons; call once per ``Understander``."""
    raw = [_read(lang) for lang in langs]
    neutral = _read(NEUTRAL)
    merged: dict[str, list[str]] = {}
    for data in (*raw, neutral):
        for section in ("patterns", "machine", "quotes", "signature", "junk"):
            for name, pats in data.get(section, {}).items():
                merged.setdefault(name, []).extend(pats)
    # Lines that may open a quote: scanned in one pass over the whole body, then confirmed line by line.
    merged["quote_candidate"] = ["^>", "^(?:op|on)\\s"] + merged.get("opener", []) + merged.get("header_first", [])
    capitals = sorted(name for name, pats in merged.items() if any(_CAPITAL.search(_ESCAPE.sub("", p)) for p in pats))
    if capitals:
        raise ValueError(f"lexicon patterns are matched against lower-case text; write {capitals[0]} in lower case")
    rx = {name: _compile(pats) for name, pats in merged.items()}
    exact = {name: _compile(pats, ignore_case=False) for name, pats in merged.items()}
    lines = {name: _compile(pats, re.MULTILINE) for name, pats in merged.items()}

    def words(key: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for data in raw:
            out.update(data.get("words", {}).get(key, {}))
        return out

    def wordset(key: str) -> frozenset[str]:
        return frozenset(w for data in raw for w in data.get("words", {}).get(key, []))

    return Lexicon(
        rx=rx,
        lines=lines,
        months=words("months"),
        weekdays=words("weekdays"),
        dayparts=words("dayparts"),
        abbreviations=words("abbreviations"),
        stopwords=wordset("stopwords"),
        common=wordset("common"),
        places=wordset("places"),
        daypart_nouns=wordset("daypart_nouns"),
        session_nouns=tuple(sorted(wordset("session_nouns"), key=len, reverse=True)),
        region_suffixes=wordset("region_suffixes"),
        adjective_suffixes=tuple(sorted(wordset("adjective_suffixes"), key=len, reverse=True)),
        exonyms=words("exonyms"),
        language_words={lang: frozenset(data.get("words", {}).get("language", [])) for lang, data in zip(langs, raw)},
        numbered_nouns=wordset("numbered_nouns"),
        ordinals=words("ordinals"),
        number_words=words("number_words"),
        headers={k: frozenset(h.lower() for h in v) for k, v in neutral.get("headers", {}).items()},
        exact=exact,
    )
