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

from mailflow.understand import bounces
from mailflow.understand.lexicon import Lexicon
from mailflow.understand.parse import ParsedMail
from mailflow.understand.text import fold
from mailflow.understand.types import CalendarReply, Evidence

_UNFOLD = re.compile(r"\r?\n[ \t]")
_ADDR = re.compile(r"[a-z0-9._%+'-]+@[a-z0-9.-]+\.[a-z]{2,}", re.IGNORECASE)
_NULL_SENDERS = ("mailer-daemon", "postmaster")
_NOREPLY = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|bounce[s]?|mailer-daemon|postmaster)\b", re.I
)
_GATEWAY_SCAN = 4_000  # characters of a notice read for the product's name and the quarantine wording
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
    relayed: bool = False  # a web form relayed from a no-reply address with a person's Reply-To
    gateway: str | None = None  # a mail-security gateway's quarantine notice: the product's words

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
        return _report(p, v, own)
    subject = fold(p.subject)
    if _maybe_bounce(p, lex, subject) and _text_bounce(p, v, own, lex.has("bounce_subject", subject)):
        return v
    if _gateway(p, v, lex, subject):
        return v
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


def _gateway(p: ParsedMail, v: Verdict, lex: Lexicon, subject: str) -> bool:
    """A quarantine notice of a mail-security gateway (Proofpoint, Mimecast, Microsoft Defender ...).

    Machine mail, never a request; whether a person should look (a registration may be held there)
    is decided by the caller, who knows the event."""
    text = subject + "\n" + fold(p.text[:_GATEWAY_SCAN])
    product = lex.find("gateway_product", text)
    notice = lex.find("gateway_notice", text)
    # A gateway we do not know by name ("MailShield") still says what it is in its subject or address
    local = (p.from_addr or "").split("@")[0]
    unnamed = notice is not None and (lex.find("gateway_notice", subject) is not None or "quarant" in local)
    if notice is None or (product is None and not unnamed):
        return False
    v.gateway = product.group(0) if product is not None else (p.from_name or local or "a gateway")
    v.set(
        "other",
        f"This is a notice of a mail-security gateway ({v.gateway}) about mail it holds",
        "body",
        f"{v.gateway} ... {notice.group(0)}",
        0.9,
    )
    return True


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
        v.set(
            "auto_reply",
            "Exchange marks this as an automatic reply",
            "header:X-Auto-Response-Suppress",
            p.header("x-auto-response-suppress") or "",
        )
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
    reply = CalendarReply(
        uid=props.get("UID", ""),
        partstat=(part.group(1).upper() if part else "NEEDS-ACTION"),
        attendee=addr.group(0).lower() if addr else p.from_addr,
        comment=props.get("COMMENT") or None,
    )
    v.calendar = reply
    v.set(
        "calendar_reply",
        f"This is a calendar answer ({reply.partstat.lower()})",
        "calendar",
        f"METHOD:REPLY {reply.uid}",
    )
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


def _maybe_bounce(p: ParsedMail, lex: Lexicon, subject: str) -> bool:
    """From a mail system (null sender, MAILER-DAEMON, postmaster) or with a bounce subject."""
    local = (p.from_addr or "").split("@")[0]
    return p.from_addr is None or local in _NULL_SENDERS or lex.has("bounce_subject", subject)


def _report(p: ParsedMail, v: Verdict, own: frozenset[str]) -> Verdict:
    if (p.report_type or "").lower() == "disposition-notification":
        return v.set("other", "This is a read receipt", "header:Content-Type", "disposition-notification")
    if (p.report_type or "").lower() == "feedback-report":
        return v.set(
            "other",
            "This is a spam complaint report (ARF) from a mail provider",
            "header:Content-Type",
            "feedback-report",
        )
    if not _text_bounce(p, v, own, True):
        v.set(
            "bounce",
            "A delivery report that names no recipient we can read",
            "header:Content-Type",
            p.report_type or "delivery-status",
            0.8,
        )
    return v


def _text_bounce(p: ParsedMail, v: Verdict, own: frozenset[str], says_bounce: bool) -> bool:
    """A bounce when the report names failed or delayed recipients, or says it is one (then it names none).

    Who failed comes from ``bounces.read``: RFC 3464 fields, else GNU Mailman's detectors; never
    every address in the text."""
    found = bounces.read(p, own)
    if not found and not says_bounce:
        return False
    v.bounced, v.permanent = found.failed, bool(found.failed)
    if found.failed:
        v.set("bounce", "A mail we sent could not be delivered", found.source, ", ".join(found.failed))
    elif found.delayed:
        v.set(
            "bounce", "A mail we sent is delayed; the mail system keeps trying", found.source, ", ".join(found.delayed)
        )
    else:
        v.set("bounce", "A delivery report that names no recipient we can read", "subject", p.subject, 0.8)
    if found.left_out:
        v.evidence.append(Evidence("bounce", "not marked", "bounce", ", ".join(found.left_out)[:200], 0.9))
    return True
