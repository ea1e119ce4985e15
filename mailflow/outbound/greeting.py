"""Whom a mail greets: a display name as a person would write it in "Beste ...,".

Outlook's address books show people as "Last, First" ("Janssen, Ruud"), often
in capitals or with the organisation in brackets; a greeting "Beste Janssen,
Ruud," reads like a database talking. Pure and small, so compose can use it.
"""

from __future__ import annotations

import re

_BRACKETS = re.compile(r"\s*[\(\[][^\)\]]*[\)\]]\s*")
_TRAILER = re.compile(r"\s+(?:[|/]|-\s)\s*.*$")  # "Ruud Janssen | Gemeente Assen", "Ruud Janssen - Griffie"


def greeting_name(display: str | None) -> str | None:
    """The name to greet with, or None when the display name is no person's name.

    >>> greeting_name("Janssen, Ruud")
    'Ruud Janssen'
    >>> greeting_name('"Vries, Jan de"')
    'Jan de Vries'
    >>> greeting_name("JANSSEN, R. (Gemeente Assen)")
    'R. Janssen'
    >>> greeting_name("Petra de Vries | Gemeente Utrecht")
    'Petra de Vries'
    >>> greeting_name("p.devries@gemeente.example") is None
    True
    """
    if not display:
        return None
    name = display.strip().strip("\"'").strip()
    name = _TRAILER.sub("", _BRACKETS.sub(" ", name)).strip(" ,;")
    if not name or "@" in name or not any(ch.isalpha() for ch in name):
        return None
    parts = [p.strip() for p in name.split(",")]
    if len(parts) == 2 and all(parts):
        name = f"{parts[1]} {parts[0]}"
    elif len(parts) > 2:
        return None  # "Janssen, Ruud, Gemeente Assen": no sure reading
    return " ".join(_case(w) for w in name.split())


def _case(word: str) -> str:
    """A word in capitals ("JANSSEN") as a name is written; initials ("R.") and mixed case stay."""
    if len(word) > 2 and word.isupper() and not word.endswith("."):
        return "-".join(p.capitalize() for p in word.split("-"))
    return word
