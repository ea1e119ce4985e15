"""Replies to our own mail, where an answer may go, and a yes or no to our question.

Reading only: which of the Message-IDs a mail refers to are ours (our domain,
``[sender] domain``), whether its own words are a plain yes or no (the answer
to our 'reply ja to confirm' mail), and the one address an answer may go to.
"""

from __future__ import annotations

from mailflow.understand.authentication import aligned
from mailflow.understand.lexicon import Lexicon
from mailflow.understand.text import fold, words

_SHORT_ANSWER = 12  # words: "Ja, dat klopt, ik wil mij afmelden." is an answer; a letter is not


def our_references(in_reply_to: str | None, references: list[str], domain: str | None) -> list[str]:
    """The Message-IDs under our domain that this mail answers (In-Reply-To first, then References).

    >>> our_references("<a@mf.test>", ["<x@gmail.com>", "<a@mf.test>", "<b@MF.test>"], "mf.test")
    ['<a@mf.test>', '<b@MF.test>']
    """
    if not domain:
        return []
    suffix = "@" + domain.lower() + ">"
    found = [r.strip() for r in (in_reply_to or "", *references) if r.strip().lower().endswith(suffix)]
    return list(dict.fromkeys(found))


def reply_address(from_addr: str | None, reply_to: str | None, *, relayed: bool) -> tuple[str | None, str | None]:
    """Where an answer may go (RFC 3834: a service answers Reply-To, else From), and why when not Reply-To.

    A Reply-To in another domain than From is not followed: a forged From with
    the forger's Reply-To would otherwise hide the answer from the person named
    in From. A web form relayed from a no-reply address is the exception: there
    the Reply-To is the person.

    >>> reply_address("b@gemeente.nl", "b.prive@gemeente.nl", relayed=False)
    ('b.prive@gemeente.nl', None)
    >>> reply_address("b@gemeente.nl", "x@evil.test", relayed=False)[0]
    'b@gemeente.nl'
    """
    if relayed or not from_addr:
        return (reply_to or from_addr), None
    if not reply_to or reply_to == from_addr:
        return from_addr, None
    if aligned(from_addr.rpartition("@")[2], reply_to.rpartition("@")[2]):
        return reply_to, None
    return from_addr, (
        f"Reply-To {reply_to} is in another domain than From {from_addr}; "
        "answers go to From, so the person named there sees them"
    )


def answer(own: str, lex: Lexicon) -> str | None:
    """ "Ja" / "Ja, dat klopt." -> "yes"; "Nee, dat was ik niet." -> "no"; anything longer or else -> None."""
    folded = fold(own).strip()
    if not folded or len(words(folded)) > _SHORT_ANSWER:
        return None
    yes, no = lex.has("answer_yes", folded), lex.has("answer_no", folded)
    if yes == no:
        return None
    return "yes" if yes else "no"
