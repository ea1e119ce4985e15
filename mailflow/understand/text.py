"""Small text helpers shared by the stages: HTML to text, normalising, tokens.

All patterns are compiled once at import (they are constants, not state).
Normalised text is lower-case, without accents and with plain ASCII quotes,
so that lexicon patterns and catalogue names meet on the same ground
("Theatercafé" and "theatercafe" are the same word).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

# Every pattern here is linear in its input: a tag ends at the next "<" when no ">" comes first, so
# hostile markup ("<" thousands of times, an unclosed <style>) cannot make one message cost seconds.
_DROP_OPEN = re.compile(r"<(head|style|script|title)\b", re.IGNORECASE)
_BREAKS = re.compile(r"<\s*(?:br|/p|/div|/tr|/li|/h[1-6]|/table|/blockquote|hr)\b[^<>]*>", re.IGNORECASE)
_LIST_ITEM = re.compile(r"<\s*li\b[^<>]*>", re.IGNORECASE)
_CELLS = re.compile(r"<\s*/\s*t[dh]\s*>", re.IGNORECASE)
_TAGS = re.compile(r"<[^<>]*>")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_SPACES = re.compile(r"[ \t\u00a0]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u2026": "...",
        "\u00b4": "'",
        "`": "'",
    }
)


def html_to_text(source: str) -> str:
    """Turn an HTML body into readable lines; good enough for intent, not for display."""
    s = _drop_blocks(source)
    s = _LIST_ITEM.sub("\n- ", s)
    s = _BREAKS.sub("\n", s)
    s = _CELLS.sub(" | ", s)  # cells stay apart ("E-mail | a@b.nl", not "E-maila@b.nl"); rows stay lines
    s = _TAGS.sub("", s)
    s = html.unescape(s)
    s = _SPACES.sub(" ", s)
    lines = [line.strip() for line in s.splitlines()]
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()


def _drop_blocks(source: str) -> str:
    """Leave out <head>, <style>, <script> and <title> with their content, in one pass.

    An element that is never closed runs to the end, as in a browser; each
    character is looked at a bounded number of times, whatever the markup."""
    lower = source.lower()
    out: list[str] = []
    pos = 0
    for m in _DROP_OPEN.finditer(source):
        if m.start() < pos:
            continue
        out.append(source[pos : m.start()])
        end = lower.find(f"</{m.group(1).lower()}", m.end())
        if end < 0:
            return " ".join(out) + " "
        close = lower.find(">", end)
        pos = len(source) if close < 0 else close + 1
        out.append(" ")
    out.append(source[pos:])
    return "".join(out)


def fold(text: str) -> str:
    """Lower-case, accents removed, typographic quotes and dashes made ASCII."""
    if text.isascii():  # the common case, without the per-character table
        return text.replace("`", "'").lower()
    text = text.translate(_QUOTES)
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return text.lower()


@dataclass(frozen=True)
class Token:
    norm: str  # folded form
    start: int  # offset in the folded text
    capital: bool  # written with a capital in the mail (names of places usually are)
    upper: bool = False  # written all in capitals ("AMR", "ALV"): possibly an acronym


def tokens(folded: str, original: str | None = None) -> list[Token]:
    """Word tokens of folded text; ``original`` (same length) tells which were capitalised."""
    out: list[Token] = []
    same = original is not None and len(original) == len(folded)
    for m in _TOKEN.finditer(folded):
        cap = same and original[m.start()].isupper()  # type: ignore[index]
        upper = cap and len(m.group(0)) >= 2 and original[m.start() : m.end()].isupper()  # type: ignore[index]
        out.append(Token(m.group(0), m.start(), cap, upper))
    return out


def words(folded: str) -> list[str]:
    return _TOKEN.findall(folded)
