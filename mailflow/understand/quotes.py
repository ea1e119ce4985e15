"""Split a body into the sender's own words, the quoted/forwarded part and the signature.

Only the own words are the request. Quoted invitations list every session and
signatures name the sender's town and office address; counting those would
register people for the wrong session. The quoted part is kept because a
quoted confirmation may say which session is being cancelled or changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from mailflow.understand.lexicon import Lexicon
from mailflow.understand.text import fold

_HEADER_LOOKAHEAD = 5


@dataclass(frozen=True)
class Body:
    own: str
    quoted: str
    signature: str
    pasted_ours: bool = False  # our own text was found in the writer's part and set aside


def split_body(text: str, lex: Lexicon, sender_name: str | None = None) -> Body:
    """``sender_name`` (the From display name) lets a bare signature start where the name stands."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    folded = fold("\n".join(lines))  # one pass over the whole text; fold keeps the line breaks
    q = _quote_start(folded, lex)
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    own_lines, quoted = raw[:q], "\n".join(raw[q:])
    s = _signature_start(folded.split("\n", q)[:q] if q else [], lex, _name_lines(sender_name))
    own = "\n".join(own_lines[:s]).strip()
    signature = "\n".join(own_lines[s:]).strip()
    return Body(own=own, quoted=quoted.strip(), signature=signature)


def _quote_start(folded: str, lex: Lexicon) -> int:
    """Index of the first line of the quote: one compiled scan finds the candidates, rules confirm them."""
    lines: list[str] | None = None
    i, counted = 0, 0
    for m in lex.lines["quote_candidate"].finditer(folded):
        i += folded.count("\n", counted, m.start())  # counted on from the last candidate: linear
        counted = m.start()
        if lines is None:
            lines = folded.split("\n")
        line = lines[i]
        if line.startswith(">") or lex.rx["opener"].search(line):
            return i
        if (
            (line.startswith("op ") or line.startswith("on "))
            and i + 1 < len(lines)
            and lex.rx["opener"].search(f"{line} {lines[i + 1]}")
        ):
            return i
        nxt = lex.rx["header_next"]
        if lex.rx["header_first"].search(line) and any(nxt.search(x) for x in lines[i + 1 : i + 1 + _HEADER_LOOKAHEAD]):
            return i
    return folded.count("\n") + 1


def _signature_start(folded: list[str], lex: Lexicon, names: frozenset[str] = frozenset()) -> int:
    closing, disclaimer = lex.rx["closing"], lex.rx["disclaimer"]
    for i, line in enumerate(folded):
        if line in ("--", "-- ") or closing.search(line) or disclaimer.search(line):
            return i
        if i and line.strip(" ,.") in names:  # "Ik kom graag.\n\nWouter Kramer\nBeleidsadviseur Economie"
            return i
    return len(folded)


def _name_lines(name: str | None) -> frozenset[str]:
    """How a sender signs with their name alone: "Wouter Kramer", "Kramer, Wouter", "Wouter"."""
    if not name:
        return frozenset()
    full = " ".join(fold(name).replace('"', " ").split())
    if "," in full:
        last, _, first = full.partition(",")
        full = f"{first.strip()} {last.strip()}"
    parts = full.split()
    out = {full} if len(parts) >= 2 else set()
    if parts and len(parts[0]) >= 3:
        out.add(parts[0])
    return frozenset(out)
