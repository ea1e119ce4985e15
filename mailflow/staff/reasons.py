"""Detailed review reasons in the reader's language, on the staff pages and in the staff CLI.

Reasons are made and stored in English on purpose: the logs, the audit trail
and the JSON API read them so. Only what a staff member reads is translated,
here, at display time. Every English reason template (``decide/``,
``understand/``, the pipeline and the review queue) has an anchored pattern in
``reasons_nl.RULES`` with a Dutch template; what a pattern captures (session
titles, addresses, dates, the writer's own words) is carried over unchanged.

A compound reason ("Part of the request is not accounted for: 'x' matches no
session; 'y' points to ...") is translated part by part. A text or a part that
no pattern knows is shown as it is, in English: a reason is never dropped, and
a half-Dutch line still says everything.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

Carry = Callable[[str], str]
"""What happens to a captured value that is carried over: unchanged, except in the coverage test (masked)."""

Part = Callable[[str, Carry], str]
"""A captured part that is itself translated (a list of fragments, a status word)."""


def same(value: str) -> str:
    return value


class Rule:
    """One English template: an anchored pattern and its Dutch words (``{group}`` for each captured part).

    ``parts`` names the captured parts that are themselves translated; every
    other part is carried over as it is (a title, an address, the writer's words).
    """

    def __init__(self, pattern: str, nl: str, **parts: Part) -> None:
        self.pattern, self.nl, self.parts = pattern, nl, parts
        self.whole = re.compile(pattern, re.DOTALL)
        self._following: dict[str, re.Pattern[str]] = {}

    def following(self, sep: str) -> re.Pattern[str]:
        """The pattern for one fragment of a list: it must end where ``sep`` or the text ends.

        The lookahead lets a lazy capture run on past a separator inside a quoted
        value ('a; b' matches no session) until the fragment's own words end."""
        if sep not in self._following:
            self._following[sep] = re.compile(f"(?:{self.pattern})(?={re.escape(sep)}|\\Z)", re.DOTALL)
        return self._following[sep]

    def render(self, m: re.Match[str], carry: Carry) -> str:
        values = {
            name: "" if value is None else self.parts[name](value, carry) if name in self.parts else carry(value)
            for name, value in m.groupdict().items()
        }
        return self.nl.format(**values)


def whole(text: str, rules: Sequence[Rule], carry: Carry = same) -> str | None:
    """The Dutch for ``text`` when one rule matches all of it, else None."""
    for rule in rules:
        m = rule.whole.fullmatch(text)
        if m:
            return rule.render(m, carry)
    return None


def sequence(text: str, rules: Sequence[Rule], sep: str, carry: Carry = same, joined: str | None = None) -> str:
    """``text`` as fragments joined by ``sep``, each translated; an unknown fragment stays as it is.

    ``joined``: what goes between them in Dutch when the separator is a word (" and " -> " en ")."""
    out: list[str] = []
    pos = 0
    while pos <= len(text):
        # the fragment that ends first: a lazy capture may run past a separator, but only when it must
        found = [(m.end(), n, rule, m) for n, rule in enumerate(rules) if (m := rule.following(sep).match(text, pos))]
        if found:
            end, _, rule, m = min(found, key=lambda f: f[:2])
            out.append(rule.render(m, carry))
        else:
            end = text.find(sep, pos)
            end = len(text) if end < 0 else end
            out.append(text[pos:end])
        pos = end
        if pos >= len(text):
            break
        pos += len(sep)
    return (sep if joined is None else joined).join(out)


def listed(rules: Sequence[Rule], sep: str = "; ", joined: str | None = None) -> Part:
    """A captured part that is a list of fragments (``sep`` between them), each one translated."""
    return lambda value, carry: sequence(value, rules, sep, carry, joined)


def dutch(reason: str, carry: Carry = same) -> str:
    """``reason`` in Dutch; what no pattern knows stays English (never dropped)."""
    from mailflow.staff.reasons_nl import RULES

    found = whole(reason, RULES, carry)
    if found is not None:
        return found
    if "; " in reason:  # two reasons in one line: each on its own
        return sequence(reason, RULES, "; ", carry)
    return reason


def in_words(reason: str, lang: str) -> str:
    """A stored (English) reason as the staff member reads it: as it is for ``en``, else Dutch.

    The same rule as ``i18n.translator``: Dutch is the product's own language, so
    every page that is not English is Dutch, and so are its reasons."""
    return reason if lang == "en" else dutch(reason)
