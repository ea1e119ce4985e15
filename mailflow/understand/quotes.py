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


def split_body(text: str, lex: Lexicon) -> Body:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    folded = [fold(line.strip()) for line in lines]
    q = _quote_start(folded, lex)
    own_lines, quoted = lines[:q], "\n".join(lines[q:])
    s = _signature_start(folded[:q], lex)
    own = "\n".join(own_lines[:s]).strip()
    signature = "\n".join(own_lines[s:]).strip()
    return Body(own=own, quoted=quoted.strip(), signature=signature)


def _quote_start(folded: list[str], lex: Lexicon) -> int:
    opener, first, nxt = lex.rx["opener"], lex.rx["header_first"], lex.rx["header_next"]
    for i, line in enumerate(folded):
        if not line:
            continue
        if line.startswith(">"):
            return i
        if opener.search(line):
            return i
        if (line.startswith("op ") or line.startswith("on ")) and i + 1 < len(folded) \
                and opener.search(f"{line} {folded[i + 1]}"):
            return i
        if first.search(line) and any(nxt.search(x) for x in folded[i + 1:i + 1 + _HEADER_LOOKAHEAD]):
            return i
    return len(folded)


def _signature_start(folded: list[str], lex: Lexicon) -> int:
    closing, disclaimer = lex.rx["closing"], lex.rx["disclaimer"]
    for i, line in enumerate(folded):
        if line in ("--", "-- ") or closing.search(line) or disclaimer.search(line):
            return i
    return len(folded)
