"""The whole understanding of one mail: parse, machine checks, intent, sessions, people.

``Understander`` holds everything that is built once per catalogue (lexicon,
index, matchers); ``understand`` is then a pure function of the bytes, the
moment and our own addresses.
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import getaddresses
from typing import Iterable

from mailflow.campaigns.tokens import is_campaign_message_id, token_of
from mailflow.catalogue import Catalogue
from mailflow.understand import checks
from mailflow.understand.clauses import split_clauses, subject_clause
from mailflow.understand.coverage import split_between_people, unexplained
from mailflow.understand.index import SessionIndex
from mailflow.understand.intent import Intent, classify as classify_intent
from mailflow.understand.lexicon import Lexicon, load_lexicon
from mailflow.understand.machine import classify as classify_machine, is_noreply
from mailflow.understand.mentions import MentionFinder
from mailflow.understand.parse import ParsedMail, parse
from mailflow.understand.people import find_people
from mailflow.understand.quotes import split_body
from mailflow.understand.sessions import SessionMatcher
from mailflow.understand.text import fold, words
from mailflow.understand.types import ACTION_KINDS, Evidence, Interpretation

_SHORT_ANSWER_WORDS = 30


class Understander:
    def __init__(self, catalogue: Catalogue, lexicon: Lexicon | None = None) -> None:
        self.catalogue = catalogue
        self.lex = lexicon or load_lexicon()
        self.index = SessionIndex(catalogue, self.lex)
        self.matcher = SessionMatcher(catalogue, MentionFinder(self.index))
        self.mailboxes = frozenset(catalogue.mailboxes)
        self.known_words = frozenset(w for k in self.index.phrases for w in k)
        # One compiled alternation per language: counting its matches replaces a Python loop over tokens.
        self.language_rx = {lang: re.compile(r"(?<![\w'-])(?:" + "|".join(sorted(map(re.escape, ws))) + r")(?![\w'-])")
                            for lang, ws in self.lex.language_words.items() if ws}

    def understand(self, raw: bytes, *, now: dt.datetime | None = None, own_addresses: Iterable[str] = (),
                   delivered_to: Iterable[str] = ()) -> Interpretation:
        """``delivered_to``: the registration address(es) the mail reached (SMTP envelope, IMAP mailbox);
        without it the Delivered-To, X-Original-To, To and Cc headers stand in."""
        p = parse(raw)
        own = self.mailboxes | frozenset(a.strip().lower() for a in own_addresses)
        it = _skeleton(p, now)
        if not p.ok:
            it.kind, it.review, it.may_reply = "other", True, False
            it.reasons.append(p.error or "The message could not be read")
            return it
        if not (p.report_type or p.delivery_status) and self._unsubscribe_link(p, delivered_to, it):
            return it
        verdict = classify_machine(p, self.lex, own)
        it.may_reply = verdict.may_reply
        if verdict.relayed:
            it.sender, it.sender_name = p.reply_to, p.reply_to_name
        it.reply_to = (p.reply_to or p.from_addr) if it.may_reply else None
        it.evidence.extend(verdict.evidence)
        it.language = self._language(p.text, it)
        if verdict.kind is not None:
            it.kind, it.review = verdict.kind, verdict.review  # type: ignore[assignment]
            it.reasons.extend(verdict.reasons)
            it.calendar, it.bounced, it.bounce_permanent = verdict.calendar, verdict.bounced, verdict.permanent
            it.confidence = 0.95
            return it
        if not p.subject.strip() and not p.text.strip():
            it.kind, it.review = "other", True
            it.reasons.append("The message has no text")
            return it
        self._human(p, it, own, verdict.relayed, self.scope(p, delivered_to))
        if p.defects and (it.review or it.kind not in ACTION_KINDS):
            # Broken structure: what we read may not be what was sent, unless it is a clear request.
            it.review = True
            it.reasons.insert(0, "The message is malformed: " + ", ".join(_plain_defect(d) for d in p.defects))
        return it

    def _unsubscribe_link(self, p: ParsedMail, delivered_to: Iterable[str], it: Interpretation) -> bool:
        """A mail to a campaign's List-Unsubscribe address (``d-loket+u-<token>@…``): the address says it all.

        Whatever it contains (mail clients send an empty one), it asks for no more
        follow-ups; the token, not the sender, says whose they are."""
        addresses = [*delivered_to, *(a for h in ("delivered-to", "x-original-to") for v in p.headers.get(h, [])
                                      for a in _addresses(v)), *p.to, *p.cc]
        for address in addresses:
            token = token_of(address)
            if token and self.catalogue.events_for_mailbox(base_address(address)):
                it.kind, it.review, it.may_reply, it.reply_to = "other", False, False, None
                it.unsubscribe, it.unsubscribe_token = True, token
                it.reasons.append("The mail was sent to the unsubscribe address of a campaign mail")
                it.evidence.append(Evidence("kind", "unsubscribe", "envelope", address, 0.99))
                it.confidence = 0.99
                return True
        return False

    def scope(self, p: ParsedMail, delivered_to: Iterable[str]) -> tuple[str, ...]:
        """The events whose registration address received the mail: the address decides the event.

        The envelope (or mailbox) is the truth; for a file without one, the first header that names
        one of our addresses. A mailbox shared by several events gives several, and words choose."""
        for addresses in (list(delivered_to), *([a for v in p.headers.get(h, []) for a in _addresses(v)]
                                                for h in ("delivered-to", "x-original-to")), p.to + p.cc):
            found = tuple(dict.fromkeys(e.key for a in addresses for e in self.catalogue.events_for_mailbox(
                base_address(a))))
            if found:
                return found
        return ()

    def _human(self, p: ParsedMail, it: Interpretation, own: frozenset[str], relayed: bool,
               scope: tuple[str, ...]) -> None:
        body = split_body(p.text, self.lex, p.from_name)
        clauses = split_clauses(body.own, self.lex)
        subject = subject_clause(p.subject, self.lex) if p.subject.strip() else None
        confirmed = bool(body.quoted) and self.lex.lines["confirmation"].search(body.quoted) is not None
        intent = classify_intent(clauses, subject, self.lex, relayed=relayed, noreply=not it.may_reply,
                                 confirmed=confirmed)
        it.kind, it.review = intent.kind, intent.review  # type: ignore[assignment]
        if intent.kind == "other" and self._unsubscribe_reply(p, clauses, subject):
            it.unsubscribe, it.review = True, False
            it.reasons = ["The sender answers a campaign mail asking for no more follow-ups"]
            it.evidence.append(Evidence("kind", "unsubscribe", "body", " ".join(c.text for c in clauses)[:120], 0.85))
            return
        intent_reasons = list(intent.reasons)
        it.reasons.extend(intent.reasons)
        it.evidence.extend(intent.evidence)
        now = it.judged_at or dt.datetime.now(dt.timezone.utc)
        res = self.matcher.match(intent.kind, clauses, subject, body.quoted, scope, now)
        if intent.kind == "other" and res.sessions and self._answers_invitation(body.own, clauses, body.quoted):
            intent = Intent("register", [Evidence("kind", "register", "body", body.own[:120], 0.7)])
            it.kind, it.review, it.reasons = "register", False, [r for r in it.reasons if r not in intent_reasons]
            res = self.matcher.match("register", clauses, subject, body.quoted, scope, now)
            if self.lex.has("thanks", fold(body.own)):   # "Dank, Leeuwarden is mooi!" may be no choice
                it.review = True
                it.reasons.append("The answer names a session but does not say it is a registration")
        it.candidates, it.alternatives = res.candidates, res.alternatives
        it.evidence.extend(res.evidence)
        it.event_key = res.events[0] if len(res.events) == 1 else None
        if it.event_key:
            it.language = self._language(body.own, it, self.catalogue.event(it.event_key).lang)
        if intent.kind == "question":
            it.sessions = res.sessions
            return
        if intent.kind not in ACTION_KINDS:
            return
        it.sessions, it.from_sessions = res.sessions, res.from_sessions
        if intent.kind == "register":
            it.sessions, it.alternatives = checks.use_fallbacks(it.sessions, it.alternatives, self.catalogue, now)
        people = find_people(intent.kind, clauses, it.sender, it.sender_name, self.lex, own, self.known_words)
        it.participants, it.unnamed_colleagues = people.participants, people.unnamed
        it.evidence.extend(people.evidence)
        reasons = res.reasons + people.reasons + self._gaps(intent.kind, res, it)
        live = self._live(res.events, now)
        left = unexplained(intent.kind, res.clauses, {*res.sessions, *res.from_sessions, *res.alternatives},
                           self.lex, live=frozenset(live), days=live, by_list_number=res.by_list_number)
        if left:
            reasons.append("Part of the request is not accounted for: " + "; ".join(left[:3]))
        split = split_between_people(res.clauses, self.lex, len(it.participants))
        if split and intent.kind == "register":
            reasons.append(split)
        conditions = [c.text for c in clauses if not c.question and c.role not in ("fallback", "keep", "substitute")
                      and self.lex.has("condition", c.folded) and (c.cues or self.lex.has("attendance", c.folded))]
        if conditions:
            reasons.append(f"The request depends on a condition or is not final: '{conditions[0][:120]}'")
        reasons += checks.session_reasons(intent.kind, it.sessions, self.catalogue, now)
        it.reasons.extend(r for r in reasons if r not in it.reasons)
        it.review = it.review or bool(reasons)
        it.confidence = 0.9 if not it.review else 0.5
        if not it.sessions and it.candidates:
            it.confidence = 0.3

    def _unsubscribe_reply(self, p: ParsedMail, clauses: list, subject) -> bool:  # type: ignore[no-untyped-def]
        """Unsubscribe wording ("geen berichten meer", "unsubscribe me") in an answer to a campaign mail."""
        if not any(is_campaign_message_id(r) for r in (p.in_reply_to or "", *p.references)):
            return False
        text = " ".join([*(c.folded for c in clauses), *([subject.folded] if subject is not None else [])])
        return self.lex.has("unsubscribe", text)

    def _live(self, events: list[str], now: dt.datetime) -> dict[str, str]:
        """The sessions still to come of these events, with their local date."""
        out: dict[str, str] = {}
        for key in events:
            e = self.catalogue.event(key)
            out.update((s.key, s.starts.astimezone(e.tz).date().isoformat()) for s in e.sessions if s.ends > now)
        return out

    def _answers_invitation(self, own: str, clauses: list, quoted: str) -> bool:
        """A short answer above our quoted invitation that names a session is a choice from it.

        "Zet mij maar op de lijst voor Leeuwarden." or "Voor mij graag nummer 5." carry no
        verb we know, but nobody answers an invitation with only a session except to take it."""
        if not quoted or self.lex.lines["invitation"].search(quoted) is None:
            return False
        if self.lex.lines["confirmation"].search(quoted) or any(c.question or c.role != "plain" for c in clauses):
            return False
        return len(words(fold(own))) <= _SHORT_ANSWER_WORDS

    def _gaps(self, kind: str, res, it: Interpretation) -> list[str]:
        out: list[str] = []
        if res.elsewhere:
            out.append("The mail names " + ", ".join(f"'{t}'" for t in res.elsewhere)
                       + ", which belongs to another event than the one this address is for")
        if res.unknown_places and not it.sessions:
            out.append("There is no session in " + ", ".join(u.title() for u in res.unknown_places))
        elif not it.sessions and kind in ("register", "cancel"):
            out.append("The mail names no session" if kind == "register" else
                       "The mail does not say which session to cancel")
        if kind == "change" and not it.sessions:
            out.append("The mail does not say which session the sender wants instead")
        if kind == "change" and not it.from_sessions:
            out.append("The mail does not say which session the sender is leaving")
        if res.guessed and kind == "register" and res.evidence and res.evidence[-1].source == "quote":
            out.append("The session was taken from the quoted mail, not from the sender's words")
        if not it.participants:
            out.append("Nobody to register could be found in the mail" if kind == "register" else
                       "Whose registration this is about could not be found in the mail")
        return out

    def _language(self, text: str, it: Interpretation, default: str = "nl") -> str:
        folded = fold(text[:3000])
        en, nl = (len(self.language_rx[x].findall(folded)) if x in self.language_rx else 0 for x in ("en", "nl"))
        lang = "en" if en >= 5 and en > 2 * nl else default
        it.evidence.append(Evidence("language", lang, "body", f"en={en} nl={nl}", 0.7))
        return lang


def base_address(address: str) -> str:
    """``d-loket+abc@vng.nl`` -> ``d-loket@vng.nl``: a plus-address reaches the same mailbox."""
    local, at, domain = address.strip().lower().partition("@")
    return f"{local.split('+', 1)[0]}@{domain}" if at else local


def _addresses(value: str) -> list[str]:
    return [a for _, a in getaddresses([value]) if "@" in a]


def _plain_defect(name: str) -> str:
    """"StartBoundaryNotFoundDefect" -> "start boundary not found"."""
    words_ = re.findall(r"[A-Z][a-z0-9]*", name.removesuffix("Defect"))
    return " ".join(w.lower() for w in words_) or name


def _skeleton(p: ParsedMail, now: dt.datetime | None) -> Interpretation:
    sender = p.from_addr
    return Interpretation(
        message_id=p.message_id, kind="other", sender=sender, sender_name=p.from_name, subject=p.subject,
        received_at=p.received_at, judged_at=now or p.received_at, in_reply_to=p.in_reply_to,
        references=p.references, may_reply=not is_noreply(sender))
