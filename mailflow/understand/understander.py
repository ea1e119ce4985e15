"""The whole understanding of one mail: parse, machine checks, intent, sessions, people.

``Understander`` holds everything that is built once per catalogue (lexicon,
index, matchers); ``understand`` is then a pure function of the bytes, the
moment and our own addresses.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from email.utils import getaddresses
from pathlib import Path
from typing import Iterable

from mailflow.campaigns.tokens import is_campaign_message_id, token_of
from mailflow.catalogue import Catalogue
from mailflow.config import Trust
from mailflow.understand import checks, junk, topic
from mailflow.understand.authentication import sender_auth
from mailflow.understand.clauses import split_clauses, subject_clause
from mailflow.understand.coverage import split_between_people, unexplained
from mailflow.understand.index import SessionIndex
from mailflow.understand.intent import Intent, classify as classify_intent, is_reply
from mailflow.understand.lexicon import Lexicon, load_lexicon
from mailflow.understand.machine import classify as classify_machine, is_noreply
from mailflow.understand.mentions import MentionFinder
from mailflow.understand.limits import OWN_LIMIT, SUBJECT_LIMIT
from mailflow.understand.ours import OwnWording
from mailflow.understand.parse import ParsedMail, parse, parse_head
from mailflow.understand.people import find_people
from mailflow.understand.quotes import Body, split_body
from mailflow.understand.replies import answer, our_references, reply_address
from mailflow.understand.sessions import SessionMatcher
from mailflow.understand.text import fold, words
from mailflow.understand.types import ACTION_KINDS, Evidence, Interpretation

_SHORT_ANSWER_WORDS = 30


class Understander:
    """``trust`` says whose spam verdict and whose Authentication-Results are believed (``[trust]`` in
    mailflow.toml); ``own_templates`` is ``[templates] dir``, whose wording is ours as well."""

    def __init__(
        self,
        catalogue: Catalogue,
        lexicon: Lexicon | None = None,
        *,
        trust: Trust | None = None,
        own_templates: Path | None = None,
    ) -> None:
        self.catalogue = catalogue
        self.trust = trust or Trust()
        self.lex = lexicon or load_lexicon()
        self.wording = OwnWording.from_templates(own_templates)
        self.index = SessionIndex(catalogue, self.lex)
        self.matcher = SessionMatcher(catalogue, MentionFinder(self.index))
        self.mailboxes = frozenset(catalogue.mailboxes)
        self.known_words = frozenset(w for k in self.index.phrases for w in k)
        self.event_of = {s.key: s.event_key for s in catalogue.sessions}
        self.vocabulary = {
            s.key: frozenset(
                words(
                    fold(
                        " ".join(
                            filter(
                                None,
                                (
                                    s.title,
                                    *s.aliases,
                                    s.group,
                                    s.description,
                                    s.venue,
                                    s.city,
                                    s.region,
                                    s.address,
                                    catalogue.event_of(s.key).title,
                                ),
                            )
                        )
                    )
                )
            )
            for s in catalogue.sessions
        }
        # One compiled alternation per language: counting its matches replaces a Python loop over tokens.
        self.language_rx = {
            lang: re.compile(r"(?<![\w'-])(?:" + "|".join(sorted(map(re.escape, ws))) + r")(?![\w'-])")
            for lang, ws in self.lex.language_words.items()
            if ws
        }

    def understand(
        self,
        raw: bytes,
        *,
        now: dt.datetime | None = None,
        own_addresses: Iterable[str] = (),
        delivered_to: Iterable[str] = (),
        envelope_from: str | None = None,
        message_domain: str | None = None,
    ) -> Interpretation:
        """``delivered_to``: the registration address(es) the mail reached (SMTP envelope, IMAP mailbox);
        without it the Delivered-To, X-Original-To, To and Cc headers stand in. ``envelope_from``: the
        SMTP MAIL FROM ("" for the null sender; None when unknown: the Return-Path header stands in).
        ``message_domain``: the domain of our own Message-IDs (``[sender] domain``), so a reply to our
        mail is known as one."""
        own = self.mailboxes | frozenset(a.strip().lower() for a in own_addresses)
        if junk.may_carry_verdict(raw, self.trust):  # spam is told by its headers: skip reading the body
            head = parse_head(raw)
            found = junk.spam_verdict(head, self.lex, self.trust) if head.ok and head.from_addr not in own else None
            if found is not None:
                return _as_junk(_skeleton(head, now), found)
        p = parse(raw)
        it = _skeleton(p, now)
        it.envelope_from = envelope_from.strip().strip("<>").lower() if envelope_from is not None else p.return_path
        if not p.ok:
            it.kind, it.review, it.may_reply = "other", True, False
            it.reasons.append(p.error or "The message could not be read")
            return it
        if p.from_addr not in own:
            verdict_of_spam = junk.spam_verdict(p, self.lex, self.trust)
            if verdict_of_spam is not None:
                return _as_junk(it, verdict_of_spam)
        it.auth = sender_auth(p.headers.get("authentication-results", []), self.trust.authserv_id)
        it.ours = our_references(p.in_reply_to, p.references, message_domain)
        if not (p.report_type or p.delivery_status) and self._unsubscribe_link(p, delivered_to, it):
            return it
        verdict = classify_machine(p, self.lex, own)
        it.may_reply = verdict.may_reply and it.envelope_from != ""
        if verdict.relayed:
            it.sender, it.sender_name = p.reply_to, p.reply_to_name
        it.reply_to, why = (
            reply_address(p.from_addr, p.reply_to, relayed=verdict.relayed) if it.may_reply else (None, None)
        )
        if why:
            it.evidence.append(Evidence("reply_to", it.reply_to or "", "header:Reply-To", why, 0.9))
        it.evidence.extend(verdict.evidence)
        it.language = self._language(p.text, it)
        if verdict.gateway is not None:
            return self._gateway_notice(p, it, verdict.reasons[0], self.scope(p, delivered_to))
        if verdict.kind is not None:
            it.kind, it.review = verdict.kind, verdict.review  # type: ignore[assignment]
            it.reasons.extend(verdict.reasons)
            it.calendar, it.bounced, it.bounce_permanent = verdict.calendar, verdict.bounced, verdict.permanent
            it.confidence = 0.95
            return it
        bulk = junk.list_or_bulk(p, self.lex)
        if bulk is not None:
            return _as_junk(it, bulk)
        if not p.subject.strip() and not p.text.strip():
            it.kind, it.review = "other", True
            it.reasons.append("The message has no text")
            return it
        self._human(p, it, own, verdict.relayed, self.scope(p, delivered_to), message_domain)
        if it.junk:
            return it
        if p.defects and (it.review or it.kind not in ACTION_KINDS):
            # Broken structure: what we read may not be what was sent, unless it is a clear request.
            it.review = True
            it.reasons.insert(0, "The message is malformed: " + ", ".join(_plain_defect(d) for d in p.defects))
        return it

    def _unsubscribe_link(self, p: ParsedMail, delivered_to: Iterable[str], it: Interpretation) -> bool:
        """A mail to a campaign's List-Unsubscribe address (``d-loket+u-<token>@…``): the address says it all.

        Whatever it contains (mail clients send an empty one), it asks for no more
        follow-ups; the token, not the sender, says whose they are."""
        addresses = [
            *delivered_to,
            *(a for h in ("delivered-to", "x-original-to") for v in p.headers.get(h, []) for a in _addresses(v)),
            *p.to,
            *p.cc,
        ]
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
        for addresses in (
            list(delivered_to),
            *([a for v in p.headers.get(h, []) for a in _addresses(v)] for h in ("delivered-to", "x-original-to")),
            p.to + p.cc,
        ):
            found = tuple(
                dict.fromkeys(e.key for a in addresses for e in self.catalogue.events_for_mailbox(base_address(a)))
            )
            if found:
                return found
        return ()

    def _human(
        self,
        p: ParsedMail,
        it: Interpretation,
        own: frozenset[str],
        relayed: bool,
        scope: tuple[str, ...],
        message_domain: str | None = None,
    ) -> None:
        """A person's mail: scam phrasing first, then the request in the first ``OWN_LIMIT`` characters.

        A text longer than that (or cut off by parse's limits before any quote began) is never acted
        on, nor ignored, on what was read of it: a person reads the rest. Our own text pasted in is
        set aside first, and a plain ja/nee to our confirmation question is read as that answer."""
        body = self._without_ours(split_body(p.text, self.lex, p.from_name))
        if body.pasted_ours:
            it.evidence.append(Evidence("ours", "pasted", "body", "our own text in the writer's part", 0.9))
        if it.ours and any(r.startswith("<confirm.") for r in it.ours):
            it.answer = answer(body.own, self.lex)
            if it.answer is not None:
                it.kind, it.confidence = "other", 0.9
                it.evidence.append(Evidence("answer", it.answer, "body", body.own[:120], 0.9))
                return
        unread = _unread(p, body)
        if len(body.own) > OWN_LIMIT:
            body = replace(body, own=_prefix(body.own, OWN_LIMIT))
        scam = junk.scam(p.subject, body.own, self.lex)
        if scam is not None:
            _as_junk(it, scam)
            return
        self._request(p, it, body, own, relayed, scope, message_domain)
        if unread and not it.junk:
            why = f"The mail is longer than mailflow reads ({unread}); a person should read the rest"
            it.reasons.insert(0 if not it.review else len(it.reasons), why)
            it.review, it.confidence = True, min(it.confidence, 0.5)

    def _request(
        self,
        p: ParsedMail,
        it: Interpretation,
        body: Body,
        own: frozenset[str],
        relayed: bool,
        scope: tuple[str, ...],
        message_domain: str | None,
    ) -> None:
        clauses = split_clauses(body.own, self.lex)
        subject = subject_clause(p.subject, self.lex) if p.subject.strip() else None
        confirmed = bool(body.quoted) and self.lex.lines["confirmation"].search(body.quoted) is not None
        intent = classify_intent(
            clauses, subject, self.lex, relayed=relayed, noreply=not it.may_reply, confirmed=confirmed
        )
        if intent.junk:
            cue = intent.evidence[0].text if intent.evidence else ""
            _as_junk(it, junk.Junk(intent.reasons[0], Evidence("junk", "junk", "body", cue, 0.8)))
            return
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
            if self.lex.has("thanks", fold(body.own)):  # "Dank, Leeuwarden is mooi!" may be no choice
                it.review = True
                it.reasons.append("The answer names a session but does not say it is a registration")
        if (
            intent.kind == "other"
            and not it.review
            and not res.guessed
            and (res.sessions or any(c.score >= 0.6 for c in res.candidates))
            and not (is_reply(p.subject) or p.in_reply_to)
            and not self.lex.has("spam", fold(body.own))
        ):
            # "Workshop bouw je eigen brug voor onze Nora. 31/3 of 14/4.": a session named, no verb we know
            it.review = True
            it.reasons.append("The mail names a session but does not say what the writer wants")
        it.candidates, it.alternatives = res.candidates, res.alternatives
        it.evidence.extend(res.evidence)
        it.event_key = res.events[0] if len(res.events) == 1 else None
        shown = topic.of_mail(p, body, clauses, subject, res, self.lex, message_domain)
        it.concerns_event = shown is not None
        it.evidence.extend([shown] if shown else [])
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
        people = find_people(
            intent.kind, clauses, it.sender, it.sender_name, self.lex, own, self.known_words, cc=p.cc_named
        )
        it.participants, it.unnamed_colleagues = people.participants, people.unnamed
        it.evidence.extend(people.evidence)
        reasons = res.reasons + people.reasons + self._gaps(intent.kind, res, it)
        live = self._live(list(scope) or res.events, now)
        left = unexplained(
            intent.kind,
            res.clauses,
            {*res.sessions, *res.from_sessions, *res.alternatives},
            self.lex,
            live=frozenset(live),
            days=live,
            by_list_number=res.by_list_number,
            vocabulary=self.vocabulary,
            event_of=self.event_of,
        )
        if left:
            reasons.append("Part of the request is not accounted for: " + "; ".join(left[:3]))
        split = split_between_people(res.clauses, self.lex, len(it.participants))
        if split and intent.kind == "register":
            reasons.append(split)
        conditions = [
            c.text
            for c in clauses
            if not c.question
            and c.role not in ("fallback", "keep", "substitute")
            and self.lex.has("condition", c.folded)
            and (c.cues or self.lex.has("attendance", c.folded))
        ]
        undecided = [c.text for c in clauses if not c.question and self.lex.has("undecided", c.folded)]
        conditions += [t for t in undecided if t not in conditions]
        if conditions:
            reasons.append(f"The request depends on a condition or is not final: '{conditions[0][:120]}'")
        it.reasons.extend(r for r in reasons if r not in it.reasons)
        it.review = it.review or bool(reasons)
        it.confidence = 0.9 if not it.review else 0.5
        if not it.sessions and it.candidates:
            it.confidence = 0.3

    def _gateway_notice(self, p: ParsedMail, it: Interpretation, what: str, scope: tuple[str, ...]) -> Interpretation:
        """A gateway holds mail for this address: a person looks only when the notice is about the event.

        A quarantined "Aanmelding Utrecht" may be a registration that someone must release at the
        gateway; a digest of advertising is not worth a look, and is ignored with its reason."""
        it.kind, it.may_reply, it.reply_to, it.confidence = "other", False, None, 0.9
        shown = topic.of_notice(p, self.lex, self.matcher.finder, self.catalogue, scope)
        it.concerns_event = it.review = shown is not None
        if shown is not None:
            it.reasons = [what + "; it may hold a registration for this event: release it there if so"]
            it.evidence.append(shown)
        else:
            it.reasons = [what + "; nothing in it concerns this event"]
        return it

    def _without_ours(self, body: Body) -> Body:
        """Our own text pasted or echoed into the writer's words is quoted, not theirs (see ``ours``)."""
        n = self.wording.first_line(body.own)
        if n is None:
            return body
        lines = body.own.split("\n")
        own, pasted = "\n".join(lines[:n]).strip(), "\n".join(lines[n:])
        return Body(
            own=own,
            quoted="\n".join(x for x in (pasted, body.signature, body.quoted) if x.strip()),
            signature="",
            pasted_ours=True,
        )

    def _unsubscribe_reply(self, p: ParsedMail, clauses: list, subject) -> bool:
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
            out.append(
                "The mail names "
                + ", ".join(f"'{t}'" for t in res.elsewhere)
                + ", which belongs to another event than the one this address is for"
            )
        # a known place named in passing ("gemeente Leiden") matters only when nothing else was named;
        # a name we do not know at all ("in Hellouwen") also when the session came from the subject
        strange = [u for u in res.unknown_places if u not in self.lex.places]
        if res.unknown_places and not it.sessions or strange and res.from_subject:
            out.append("There is no session in " + ", ".join(u.title() for u in res.unknown_places))
        elif not it.sessions and kind == "register":
            out.append("The mail names no session")
        elif not it.sessions and kind == "cancel" and not it.ours:  # a reply to our mail names it for them
            out.append("The mail does not say which session to cancel")
        if kind == "change" and not it.sessions:
            out.append("The mail does not say which session the sender wants instead")
        if kind == "change" and not it.from_sessions:
            out.append("The mail does not say which session the sender is leaving")
        if res.guessed and kind == "register" and res.evidence and res.evidence[-1].source == "quote":
            out.append("The session was taken from the quoted mail, not from the sender's words")
        if not it.participants:
            out.append(
                "Nobody to register could be found in the mail"
                if kind == "register"
                else "Whose registration this is about could not be found in the mail"
            )
        return out

    def _language(self, text: str, it: Interpretation, default: str = "nl") -> str:
        folded = fold(text[:3000])
        en, nl = (len(self.language_rx[x].findall(folded)) if x in self.language_rx else 0 for x in ("en", "nl"))
        lang = "en" if en >= 5 and en > 2 * nl else default
        it.evidence.append(Evidence("language", lang, "body", f"en={en} nl={nl}", 0.7))
        return lang


def _unread(p: ParsedMail, body: Body) -> str:
    """What of the mail went unread, in words, or "" when the request was read whole."""
    parts = []
    if len(p.headers.get("subject", [""])[0]) > SUBJECT_LIMIT:
        parts.append(f"the subject's first {SUBJECT_LIMIT:,} characters")
    if len(body.own) > OWN_LIMIT:
        parts.append(f"the first {OWN_LIMIT:,} characters of the sender's own words")
    elif p.truncated and not body.quoted and not body.signature:
        parts.append("the start of the message text")
    return " and ".join(parts)


def _prefix(text: str, limit: int) -> str:
    """The first ``limit`` characters, ending at a word boundary when one is near."""
    head = text[:limit]
    space = head.rfind(" ", limit - 200)
    return head[:space] if space > 0 else head


def base_address(address: str) -> str:
    """``d-loket+abc@vng.nl`` -> ``d-loket@vng.nl``: a plus-address reaches the same mailbox."""
    local, at, domain = address.strip().lower().partition("@")
    return f"{local.split('+', 1)[0]}@{domain}" if at else local


def _addresses(value: str) -> list[str]:
    return [a for _, a in getaddresses([value]) if "@" in a]


def _plain_defect(name: str) -> str:
    """ "StartBoundaryNotFoundDefect" -> "start boundary not found"."""
    words_ = re.findall(r"[A-Z][a-z0-9]*", name.removesuffix("Defect"))
    return " ".join(w.lower() for w in words_) or name


def _as_junk(it: Interpretation, found: junk.Junk) -> Interpretation:
    """Junk: ignored with its reason, never answered, never reviewed."""
    it.kind, it.junk, it.review, it.may_reply, it.reply_to = "other", True, False, False, None
    it.reasons = [found.reason]
    it.evidence.append(found.evidence)
    it.confidence = found.evidence.confidence
    return it


def _skeleton(p: ParsedMail, now: dt.datetime | None) -> Interpretation:
    sender = p.from_addr
    return Interpretation(
        message_id=p.message_id,
        kind="other",
        sender=sender,
        sender_name=p.from_name,
        subject=p.subject,
        received_at=p.received_at,
        judged_at=now or p.received_at,
        in_reply_to=p.in_reply_to,
        references=p.references,
        may_reply=not is_noreply(sender),
    )
