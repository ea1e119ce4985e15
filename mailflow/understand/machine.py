"""Recognise mail written by machines: auto-replies, bounces, calendar replies, read receipts.

Machine mail must never be answered (mail loops) and never registers anyone.
Each check looks at standard headers first (RFC 3834 Auto-Submitted, RFC 3464
delivery reports, RFC 6047 iMIP, Exchange's own headers) and only then at
wording, because many out-of-office messages carry no header at all. List and
bulk mail is junk, not machine mail: see ``junk.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mailflow.understand.lexicon import Lexicon
from mailflow.understand.parse import ParsedMail
from mailflow.understand.text import fold
from mailflow.understand.types import CalendarReply, Evidence

_UNFOLD = re.compile(r"\r?\n[ \t]")
_ADDR = re.compile(r"[a-z0-9._%+'-]+@[a-z0-9.-]+\.[a-z]{2,}", re.IGNORECASE)
_STATUS = re.compile(r"\b([245])\.\d{1,3}\.\d{1,3}\b")
_NULL_SENDERS = ("mailer-daemon", "postmaster")
_NOREPLY = re.compile(r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|bounce[s]?|mailer-daemon|postmaster)\b", re.I)
_AUTO_HEADERS = ("x-autoreply", "x-autorespond", "x-ms-exchange-organization-autoreply", "x-auto-reply")


@dataclass
class Verdict:
    """The outcome of the machine checks; ``kind`` None means a person wrote it."""

    kind: str | None = None
    may_reply: bool = True
    review: bool = False
    reasons: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    calendar: CalendarReply | None = None
    bounced: list[str] = field(default_factory=list)
    permanent: bool = False
    relayed: bool = False   # a web form relayed from a no-reply address with a person's Reply-To

    def set(self, kind: str, reason: str, source: str, text: str, confidence: float = 0.95) -> "Verdict":
        self.kind, self.may_reply = kind, False
        self.reasons.append(reason)
        self.evidence.append(Evidence("machine", kind, source, text[:200], confidence))
        return self


def is_noreply(addr: str | None) -> bool:
    """Null, MAILER-DAEMON and noreply senders: nobody reads answers sent there."""
    if not addr:
        return True
    return bool(_NOREPLY.match(addr.split("@", 1)[0])) or addr.split("@", 1)[0] in _NULL_SENDERS


def classify(p: ParsedMail, lex: Lexicon, own: frozenset[str]) -> Verdict:
    v = Verdict()
    sender = p.from_addr
    v.relayed = bool(is_noreply(sender) and p.reply_to and not is_noreply(p.reply_to) and p.reply_to not in own)
    if sender and sender in own:
        return v.set("other", "This is our own mail coming back", "header:From", sender)
    if p.calendar and _calendar(p, v):
        return v
    if p.report_type or p.delivery_status:
        return _report(p, v)
    subject = fold(p.subject)
    if (sender is None or sender.split("@")[0] in _NULL_SENDERS) and lex.has("bounce_subject", subject):
        return _text_bounce(p, v)
    if _auto_header(p, v, lex, subject):
        return v
    if lex.has("oof_subject", subject):
        return v.set("auto_reply", "The subject says this is an automatic reply", "subject", p.subject, 0.9)
    if lex.has("read_receipt_subject", subject) and not p.text.strip():
        return v.set("other", "This is a read receipt", "subject", p.subject, 0.8)
    m = lex.find("oof_body", fold(p.text[:2000]))
    if m and not v.relayed:
        return v.set("auto_reply", "The text is an out-of-office message", "body", m.group(0), 0.8)
    if v.kind is None and is_noreply(sender) and not v.relayed:
        v.may_reply = False
    return v


def _auto_header(p: ParsedMail, v: Verdict, lex: Lexicon, subject: str) -> bool:
    auto = (p.header("auto-submitted") or "").strip().lower()
    if auto and not auto.startswith("no") and not v.relayed:
        v.set("auto_reply", "The mail says it was sent automatically", "header:Auto-Submitted", auto)
        return True
    prec = (p.header("precedence") or "").strip().lower()
    if prec == "auto_reply":
        v.set("auto_reply", "The mail says it is an automatic reply", "header:Precedence", prec)
        return True
    for name in _AUTO_HEADERS:
        if p.header(name):
            v.set("auto_reply", "The mail carries an auto-reply header", f"header:{name}", p.header(name) or "")
            return True
    if p.header("x-auto-response-suppress") and lex.has("oof_body", fold(p.text[:2000])):
        v.set("auto_reply", "Exchange marks this as an automatic reply", "header:X-Auto-Response-Suppress",
              p.header("x-auto-response-suppress") or "")
        return True
    return False


def _calendar(p: ParsedMail, v: Verdict) -> bool:
    ical = _UNFOLD.sub("", p.calendar or "")
    props = _ical_props(ical)
    if props.get("METHOD", "").upper() != "REPLY":
        return False
    attendee_line = next((line for line in ical.splitlines() if line.upper().startswith("ATTENDEE")), "")
    part = re.search(r"PARTSTAT=([A-Za-z-]+)", attendee_line, re.I)
    addr = _ADDR.search(attendee_line)
    reply = CalendarReply(uid=props.get("UID", ""), partstat=(part.group(1).upper() if part else "NEEDS-ACTION"),
                          attendee=addr.group(0).lower() if addr else p.from_addr,
                          comment=props.get("COMMENT") or None)
    v.calendar = reply
    v.set("calendar_reply", f"This is a calendar answer ({reply.partstat.lower()})", "calendar", f"METHOD:REPLY {reply.uid}")
    if reply.partstat == "DECLINED" and reply.comment:
        v.review = True
        v.reasons.append("The calendar answer declines with a comment a person should read")
    return True


def _ical_props(ical: str) -> dict[str, str]:
    props: dict[str, str] = {}
    for line in ical.splitlines():
        name, sep, value = line.partition(":")
        if not sep:
            continue
        key = name.split(";", 1)[0].strip().upper()
        if key in ("METHOD", "UID", "COMMENT") and key not in props:
            props[key] = value.strip().replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
    return props


def _report(p: ParsedMail, v: Verdict) -> Verdict:
    if (p.report_type or "").lower() == "disposition-notification":
        return v.set("other", "This is a read receipt", "header:Content-Type", "disposition-notification")
    if not p.delivery_status:
        return _text_bounce(p, v)
    failed: list[str] = []
    delayed: list[str] = []
    for block in re.split(r"\n\s*\n", p.delivery_status):
        action = re.search(r"^Action:\s*(\S+)", block, re.I | re.M)
        rcpt = re.search(r"^(?:Final|Original)-Recipient:\s*(?:rfc822;)?\s*<?([^>\s]+)>?", block, re.I | re.M)
        if not action or not rcpt:
            continue
        (failed if action.group(1).lower() == "failed" else delayed).append(rcpt.group(1).lower())
    v.bounced, v.permanent = sorted(set(failed)), bool(failed)
    what = "could not be delivered" if failed else "is delayed; the mail system keeps trying"
    return v.set("bounce", f"A mail we sent {what}", "delivery-status", ", ".join(failed or delayed))


def _text_bounce(p: ParsedMail, v: Verdict) -> Verdict:
    text = p.text[:4000]
    codes = [m.group(1) for m in _STATUS.finditer(text)]
    permanent = "5" in codes or (not codes and "warning" not in text.lower())
    own_domains = {a.split("@")[1] for a in (p.to or [])}
    addrs = [a.lower() for a in _ADDR.findall(text) if a.split("@")[1].lower() not in own_domains]
    v.bounced, v.permanent = (sorted(set(addrs)) if permanent else []), permanent
    return v.set("bounce", "A mail we sent could not be delivered" if permanent else "A mail we sent is delayed",
                 "body", ", ".join(addrs[:5]) or p.subject, 0.8)
