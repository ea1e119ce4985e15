"""Text from strangers that we store or write back to them: names and subjects, made safe and short.

A display name or a subject is chosen by whoever sends the mail. Repeated in a
greeting, a calendar invite's CN or "Re: <subject>", it must not carry control
characters, bidirectional overrides (which make "Jan" display as something
else, or reorder the rest of the line) or zero-width characters, and it must
not be long enough to turn a 10 MB subject into a 10 MB reply or to overflow a
database column (``people.name`` is 300 characters). Everything mailflow echoes
goes through here; what the writer wrote stays untouched in the raw message.
"""

from __future__ import annotations

import unicodedata

NAME_LIMIT = 100  # characters of a name we store and greet with
SUBJECT_LIMIT = 200  # characters of the original subject in "Re: ..."
ELLIPSIS = "\u2026"

# Unicode general categories that never belong in a name or a subject line: controls (Cc),
# format characters (Cf: bidi embeddings, overrides and isolates, zero-width joiners and
# spaces, the byte-order mark, soft hyphens), surrogates, private use and unassigned.
_DROP = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def clean_text(text: str | None, limit: int) -> str:
    """``text`` in NFC without invisible or direction-changing characters, whitespace runs as one
    space, at most ``limit`` characters (cut at a word where one is near, marked with an ellipsis).

    >>> clean_text("Jan\\u202edeV\\u200bries\\x00", 50)
    'JandeVries'
    >>> clean_text("  een   twee\\tdrie ", 50)
    'een twee drie'
    >>> clean_text("aanmelding " * 3, 15)
    'aanmelding\u2026'
    """
    if not text:
        return ""
    kept = "".join(
        " " if c.isspace() else c
        for c in unicodedata.normalize("NFC", text)
        if c.isspace() or unicodedata.category(c) not in _DROP
    )
    kept = " ".join(kept.split())
    if len(kept) <= limit:
        return kept
    cut = kept[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def clean_name(name: str | None) -> str | None:
    """A display name fit to store and to greet with; None when nothing is left."""
    return clean_text(name, NAME_LIMIT) or None


def clean_subject(subject: str | None) -> str:
    """The original subject as it may appear in our "Re: ..." (and the HTML title)."""
    return clean_text(subject, SUBJECT_LIMIT)
