"""Recognise junk: mail nobody at the secretariat should answer or read one by one.

Junk is spam and phishing, mailing-list traffic and bulk (campaign) mail. It is
ignored with its reason, listed on its own (``mailflow junk list``), never
answered and never put in the review queue, because a review queue full of
advance-fee offers hides the registrations that need a person.

Three sources, strongest first:

1. the receiving mail system's spam verdict, when ``Trust.spam_headers`` is on:
   SpamAssassin's ``X-Spam-Flag``/``X-Spam-Status``, rspamd's ``X-Spam`` and
   ``X-Rspamd-Action``, Exchange's ``X-MS-Exchange-Organization-SCL`` and a spam
   tag written into the subject. Only "spam" is believed, never "not spam": a
   sender who forges the header silences only his own mail;
2. list and bulk headers (RFC 2369/2919 list fields, ``Precedence``, campaign
   software) and list subject tags such as ``[PATCH v2 1/3]``;
3. scam and phishing phrasing in the subject or the sender's own words
   (``[junk] scam`` in the lexicon).

Pure: every function reads only its arguments. The word lists are data in
``lexicon/*.toml``; this module only says which list means what.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailflow.config import Trust
from mailflow.understand.lexicon import Lexicon
from mailflow.understand.parse import ParsedMail
from mailflow.understand.text import fold
from mailflow.understand.types import Evidence

_SCL = re.compile(r"^\s*(-?\d+)\s*$")
_VERDICT_FIELDS = re.compile(
    rb"(?im)^(?:x-spam-flag|x-spam-status|x-spam|x-rspamd-action|"
    rb"x-ms-exchange-organization-scl)[ \t]*:"
)
_VERDICT_SCAN = 256 * 1024  # bytes looked at for those fields (the header block comes first)
_RSPAMD_JUNK = ("reject", "add header", "rewrite subject")
_BULK_PRECEDENCE = ("bulk", "list", "junk")


@dataclass(frozen=True)
class Junk:
    """Why a message is junk, in plain words, with the header or words that show it."""

    reason: str
    evidence: Evidence


def _junk(reason: str, source: str, text: str, confidence: float = 0.95) -> Junk:
    return Junk(reason, Evidence("junk", "junk", source, text[:200], confidence))


def may_carry_verdict(raw: bytes, trust: Trust) -> bool:
    """Whether the raw header block may hold a spam verdict: then it is read before the (costly) body."""
    return trust.spam_headers and _VERDICT_FIELDS.search(raw, 0, _VERDICT_SCAN) is not None


def spam_verdict(p: ParsedMail, lex: Lexicon, trust: Trust) -> Junk | None:
    """The receiving mail system says it is spam (only when ``trust.spam_headers`` is on)."""
    if not trust.spam_headers:
        return None
    flag = (p.header("x-spam-flag") or "").strip().lower()
    if flag.startswith("yes") or flag == "true":
        return _junk("The receiving mail system marked this as spam", "header:X-Spam-Flag", flag)
    status = (p.header("x-spam-status") or "").strip()
    if status.lower().startswith("yes"):
        return _junk("The receiving mail system marked this as spam", "header:X-Spam-Status", status)
    spam = (p.header("x-spam") or "").strip().lower()
    if spam.startswith("yes") or spam == "true":
        return _junk("The receiving mail system (rspamd) marked this as spam", "header:X-Spam", spam)
    action = (p.header("x-rspamd-action") or "").strip().lower()
    if action in _RSPAMD_JUNK:
        return _junk(
            f"The receiving mail system (rspamd) judged this spam ({action})", "header:X-Rspamd-Action", action
        )
    scl = _SCL.match(p.header("x-ms-exchange-organization-scl") or "")
    if scl and int(scl.group(1)) >= trust.scl_junk:
        return _junk(
            f"The receiving mail system (Exchange) rates this as spam (SCL {scl.group(1)})",
            "header:X-MS-Exchange-Organization-SCL",
            scl.group(1),
        )
    tag = lex.find("spam_subject", fold(p.subject))
    if tag:
        return _junk("The receiving mail system tagged the subject as spam", "subject", tag.group(0))
    return None


def list_or_bulk(p: ParsedMail, lex: Lexicon) -> Junk | None:
    """Mailing-list traffic and campaign mail: nobody wrote it to this address."""
    for name in sorted(lex.headers.get("list", ())):
        value = p.header(name)
        if value is not None:
            return _junk("This is a mailing-list message", f"header:{name}", value, 0.9)
    prec = (p.header("precedence") or "").strip().lower()
    if prec in _BULK_PRECEDENCE:
        return _junk(
            "This is bulk mail" if prec != "list" else "This is a mailing-list message", "header:Precedence", prec, 0.9
        )
    for name in sorted(lex.headers.get("bulk", ())):
        value = p.header(name)
        if value is not None:
            return _junk("This is bulk mail from campaign software", f"header:{name}", value, 0.9)
    tag = lex.find("list_subject", fold(p.subject))
    if tag:
        return _junk("The subject carries a mailing-list tag", "subject", tag.group(0), 0.85)
    return None


def scam(subject: str, own: str, lex: Lexicon) -> Junk | None:
    """Scam or phishing phrasing in the subject or in the sender's own words."""
    for source, text in (("subject", subject), ("body", own)):
        m = lex.find("scam", fold(text))
        if m:
            return _junk("This looks like a scam or phishing", source, m.group(0), 0.85)
    return None
