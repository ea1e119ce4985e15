"""Does a mail concern the event at this address? Pure functions over what the other stages found.

Two uses: "we received your question" goes only to a person whose mail is about the event (a
stranger's offer read as a question must not learn that the address is read), and a
mail-security gateway's quarantine notice goes to a person only when what it holds may be a
registration. About the event means: it names one of the event's sessions or its title, uses the
words of registering or of going to an event (programme, parking, lunch: ``event_words`` in the
lexicon), or answers a mail of ours.
"""

from __future__ import annotations

from mailflow.catalogue import Catalogue
from mailflow.understand.clauses import Clause
from mailflow.understand.lexicon import Lexicon
from mailflow.understand.mentions import Mention, MentionFinder
from mailflow.understand.parse import ParsedMail
from mailflow.understand.quotes import Body
from mailflow.understand.sessions import SessionResult
from mailflow.understand.text import fold
from mailflow.understand.types import Evidence

VAGUE_MENTIONS = ("number", "time", "weekday", "daypart", "description")  # point at too much to be a topic
_REQUEST_CUES = frozenset({"register", "cancel", "change"})
_NOTICE_WORDS = ("register", "register_noun", "cancel", "event_words")
NOTICE_SCAN = 16_000  # characters of a gateway notice searched for the event's sessions and words


def _named(m: Mention) -> bool:
    return not m.weak and not m.fuzzy and m.kind not in VAGUE_MENTIONS


def of_mail(
    p: ParsedMail,
    body: Body,
    clauses: list[Clause],
    subject: Clause | None,
    res: SessionResult,
    lex: Lexicon,
    message_domain: str | None,
) -> Evidence | None:
    """What shows that a person's mail is about the event, or None."""
    named = [m for _, found in res.clauses for m, keys in found if keys and _named(m)]
    if res.sessions or named:
        return Evidence("topic", "event", "body", named[0].text if named else res.sessions[0], 0.8)
    for c in [*clauses, *([subject] if subject else [])]:
        if c.cues & _REQUEST_CUES or lex.has("register_noun", c.folded) or lex.has("event_words", c.folded):
            return Evidence("topic", "event", c.source, c.text[:120], 0.7)
    domain = (message_domain or "").lower()
    ours = [
        r
        for r in [p.in_reply_to or "", *p.references]
        if domain and r.strip().rstrip(">").lower().endswith("@" + domain)
    ]
    if ours:
        return Evidence("topic", "event", "header:In-Reply-To", ours[0], 0.8)
    if body.quoted and (lex.lines["confirmation"].search(body.quoted) or lex.lines["invitation"].search(body.quoted)):
        return Evidence("topic", "event", "quote", "our mail is quoted", 0.8)
    return None


def of_notice(
    p: ParsedMail, lex: Lexicon, finder: MentionFinder, catalogue: Catalogue, scope: tuple[str, ...]
) -> Evidence | None:
    """What in a gateway notice (the subjects and senders it lists) points at the event, or None."""
    text = fold(p.subject + "\n" + p.text[:NOTICE_SCAN])
    words = next((m.group(0) for name in _NOTICE_WORDS for m in [lex.find(name, text)] if m), None)
    allowed = {s.key for e in scope for s in catalogue.event(e).sessions} if scope else None
    found, _ = finder.find(text)
    named = next(
        (m.text for m in found if m.sessions and _named(m) and (allowed is None or m.sessions & allowed)), None
    )
    what = named or words
    return Evidence("topic", "event", "body", what, 0.7) if what else None
