"""What does the sender want: register, cancel, change, ask, or nothing for us?

Cues come from the lexicon and are counted only in the sender's own words
(quotes and signatures are already gone). A cue inside a genuine question
("Tot wanneer kan men inschrijven?") is not a request. The subject counts only
when it is not a reply or forward, because then it is our own wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mailflow.understand.clauses import Clause
from mailflow.understand.lexicon import Lexicon
from mailflow.understand.types import SIDE_QUESTION, Evidence

_REPLY_PREFIX = re.compile(r"^\s*(?:re|fw|fwd|wg|aw|antw|antwoord|doorst|tr|sv)\s*:", re.IGNORECASE)


@dataclass
class Intent:
    kind: str
    evidence: list[Evidence] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    review: bool = False
    questions: list[str] = field(default_factory=list)
    several_actions: bool = False
    junk: bool = False  # advertising or phishing phrasing: ignored, never answered


@dataclass
class _Cues:
    register: list[str] = field(default_factory=list)
    cancel: list[str] = field(default_factory=list)
    change: list[str] = field(default_factory=list)
    change_weak: list[str] = field(default_factory=list)
    change_noun: list[str] = field(default_factory=list)
    prior: bool = False
    conditional: bool = False

    def add(self, name: str, m: re.Match[str] | None) -> None:
        if m:
            getattr(self, name).append(m.group(0))


def is_reply(subject: str) -> bool:
    return bool(_REPLY_PREFIX.match(subject))


def classify(
    clauses: list[Clause],
    subject: Clause | None,
    lex: Lexicon,
    *,
    relayed: bool = False,
    noreply: bool = False,
    confirmed: bool = False,
) -> Intent:
    """``confirmed``: the mail quotes our confirmation, so the sender is already registered."""
    text = " ".join(c.folded for c in clauses)
    cues = _cues(clauses, subject, lex, relayed)
    cues.prior = cues.prior or confirmed
    questions = [c.text for c in clauses if c.question]
    ev: list[Evidence] = []
    if lex.has("unsubscribe", text):
        return _simple("other", True, "The sender asks to be taken off a mailing list", "unsubscribe", text, lex)
    if lex.has("spam", text) and not cues.register:
        found = _simple("other", False, "This looks like advertising or phishing", "spam", text, lex)
        found.junk = True
        return found
    kind = _decide(cues, questions)
    intent = Intent(kind, ev, questions=questions)
    for name in ("register", "cancel", "change"):
        for cue in getattr(cues, name)[:2]:
            intent.evidence.append(Evidence("kind", name, "body", cue, 0.85))
    if kind == "other":
        return _other(intent, text, clauses, lex, noreply)
    if kind == "question":
        intent.review = True
        intent.reasons.append("The sender asks a question a person must answer")
        return intent
    if questions:
        intent.review = True
        intent.reasons.append(SIDE_QUESTION + questions[0][:120])
    if cues.register and cues.cancel and kind != "change":
        intent.several_actions = True
        intent.review = True
        intent.reasons.append("The mail asks for more than one thing (a registration and a cancellation)")
    if any(c.role == "substitute" for c in clauses):
        intent.several_actions = True
        intent.review = True
        intent.reasons.append("Someone else takes the sender's place: that is a cancellation and a new registration")
    if kind == "register" and lex.has("whole_event", text):
        intent.review = True
        intent.reasons.append("The sender asks for the whole event without naming the parts")
    if lex.has("doubt", text):
        intent.review = True
        intent.reasons.append("The sender has not decided yet")
    return intent


def _cues(clauses: list[Clause], subject: Clause | None, lex: Lexicon, relayed: bool) -> _Cues:
    cues = _Cues()
    for i, c in enumerate(clauses):
        if c.question or c.role in ("context", "retracted"):
            continue  # "Vorig jaar kon ik niet komen": the past and taken-back words ask for nothing now
        if c.role == "prior":
            cues.prior = True
        # "Is het nog mogelijk om aan te haken? Zo ja, graag aanmelden": the condition is only the
        # politeness before it, so the request stands.
        after_polite = i > 0 and clauses[i - 1].polite
        if c.conditional and lex.has("register", c.folded) and not after_polite:
            cues.conditional = True
            continue
        if c.role != "keep":
            # "Mijn inschrijving voor X mag vervallen": a cancellation inside a clause about the registration.
            cues.add("cancel", lex.find("cancel", c.folded))
        if c.role not in ("keep", "prior"):
            cues.add("register", lex.find("register", c.folded))
            if "register" in c.cues and not lex.has("register", c.folded):
                cues.register.append(c.text)
        cues.add("change", lex.find("change", c.folded))
        cues.add("change_weak", lex.find("change_weak", c.folded))
        cues.add("change_noun", lex.find("change_noun", c.folded))
    if subject is not None and not is_reply(subject.text):
        cues.add("cancel", lex.find("cancel", subject.folded))
        cues.add("change", lex.find("change", subject.folded))
        cues.add("change_noun", lex.find("change_noun", subject.folded))
        asks = any(c.question for c in clauses)
        if not cues.cancel and not cues.change and not cues.change_noun and not asks:
            cues.add("register", lex.find("register", subject.folded) or lex.find("register_noun", subject.folded))
    if relayed and not cues.register:
        for c in clauses:
            cues.add("register", lex.find("register_noun", c.folded))
    return cues


def _decide(cues: _Cues, questions: list[str]) -> str:
    if cues.change or (cues.change_weak and (cues.prior or cues.cancel)):
        return "change"
    if cues.change_noun and cues.cancel and not cues.register:
        return "cancel"  # "kleine wijziging: de borrel laat ik schieten" books nothing new
    if cues.change_noun:
        return "change"
    if cues.cancel and cues.prior and cues.register:
        return "change"
    if cues.cancel:
        return "cancel"
    if cues.register:
        return "register"
    if questions or cues.conditional:
        return "question"
    return "other"


def _simple(kind: str, review: bool, reason: str, what: str, text: str, lex: Lexicon) -> Intent:
    m = lex.find(what, text)
    ev = [Evidence("kind", kind, "body", m.group(0) if m else what, 0.8)]
    return Intent(kind, ev, [reason], review)


def _other(intent: Intent, text: str, clauses: list[Clause], lex: Lexicon, noreply: bool) -> Intent:
    if lex.has("misdirected", text):
        intent.review = True
        intent.reasons.append("The mail seems meant for someone else; a person should tell the sender")
    elif lex.has("thanks", text) or noreply or not text.strip():
        intent.reasons.append("The mail asks for nothing (a thank-you or a notice)")
    else:
        intent.review = True
        intent.reasons.append("The mail asks for nothing we recognise")
    return intent
