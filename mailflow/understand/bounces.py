"""Who failed in a bounce: the recipients the report names, never a bystander.

Marking an address as bouncing stops all mail to it, so a wrong mark silences
a person who never bounced (a secretary in Cc of a bounced confirmation). Two
readers, strongest first:

* RFC 3464 delivery status notifications: the ``Final-Recipient`` (else the
  ``Original-Recipient``) of each block whose ``Action`` is ``failed`` is a
  failed recipient; ``delayed`` ones are only late;
* every other report goes to GNU Mailman's maintained bounce detectors
  (``flufl.bounce``: Exim, Postfix, qmail, Exchange, GroupWise, Yahoo and the
  generic formats), instead of taking every address in the text.

Whatever a reader returns, these are never marked: our own addresses; the
report's sender, Reply-To, Sender and recipient; anything written inside
angle brackets of a Message-ID, In-Reply-To or References field (report or
returned original); and, for reports that are not RFC 3464, the From,
Reply-To, Sender, Cc and Return-Path of the returned original, which a text
report names only as the people who wrote or were copied, not as the ones
who failed. Leaving a dead address unmarked costs a bounce more; marking a
live one costs a person their mail.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from email.message import Message

from flufl.bounce import all_failures as _flufl_failures

from mailflow.understand.parse import ParsedMail

logging.getLogger("flufl.bounce").setLevel(logging.CRITICAL)  # it logs every detector it runs

_ADDR = r"[a-z0-9._%+'=-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+"
_ADDR_RX = re.compile(_ADDR, re.IGNORECASE)
_BLOCKS = re.compile(r"\r?\n[ \t]*\r?\n")
_FIELD = re.compile(r"^([A-Za-z-]+)[ \t]*:[ \t]*(.*(?:\r?\n[ \t]+.*)*)", re.MULTILINE)
_IDS = re.compile(
    r"^[>| \t]*(?:[\w-]*message-id|in-reply-to|references)[ \t]*:(.*(?:\r?\n[ \t]+.*)*)", re.IGNORECASE | re.MULTILINE
)
_BRACKETED = re.compile(r"<([^<>\s]+)>")
_ROLES = re.compile(
    r"^[>| \t]*(?:from|reply-to|sender|cc|return-path)[ \t]*:(.*(?:\r?\n[ \t]+.*)*)", re.IGNORECASE | re.MULTILINE
)
_SCAN = 64 * 1024  # characters of report text searched for Message-IDs and original header lines


@dataclass
class Failures:
    """What a report says: who permanently failed, who is only delayed, and how we know."""

    failed: list[str] = field(default_factory=list)
    delayed: list[str] = field(default_factory=list)
    source: str = ""  # "delivery-status" or "bounce detector (flufl.bounce)"
    left_out: list[str] = field(default_factory=list)  # named by the reader but a bystander

    def __bool__(self) -> bool:
        return bool(self.failed or self.delayed)


def read(p: ParsedMail, own: frozenset[str]) -> Failures:
    """The failed and delayed recipients of a delivery report, bystanders left out."""
    found = _dsn(p.delivery_status) if p.delivery_status else Failures()
    dsn = bool(found)
    if not dsn and p.message is not None:
        found = _detector(p.message)
    never = _bystanders(p, own, strict=not dsn)
    found.left_out = sorted({a for a in found.failed + found.delayed if a in never})
    found.failed = sorted({a for a in found.failed if a not in never})
    found.delayed = sorted({a for a in found.delayed if a not in never and a not in found.failed})
    return found


def _dsn(status: str) -> Failures:
    """RFC 3464: one block per recipient; the Final-Recipient counts, the Original-Recipient stands in."""
    out = Failures(source="delivery-status")
    for block in _BLOCKS.split(status):
        fields = {name.lower(): value for name, value in reversed(_FIELD.findall(block))}
        rcpt = _address(fields.get("final-recipient") or fields.get("original-recipient") or "")
        action = fields.get("action", "").strip().lower()
        if rcpt and action.startswith("fail"):
            out.failed.append(rcpt)
        elif rcpt and action.startswith("delay"):
            out.delayed.append(rcpt)
    return out


def _address(value: str) -> str | None:
    """``rfc822; <a@b.nl>`` -> ``a@b.nl``; other address types (``x400;``) name no mailbox of ours."""
    kind, sep, rest = value.partition(";")
    if sep and kind.strip().lower() not in ("rfc822", "rfc-822", "smtp"):
        return None
    token = (rest if sep else value).strip().strip("<>").strip().rstrip(".").lower()
    return token if _ADDR_RX.fullmatch(token) else None  # the whole field, not an address-like piece of it


def _detector(msg: Message) -> Failures:
    """GNU Mailman's detectors; one that fails on odd mail leaves no failures rather than a crash."""
    try:
        temporary, permanent = _flufl_failures(msg)
    except Exception:  # noqa: BLE001 - a detector's bug must not stop the message
        return Failures()

    def clean(values: frozenset[bytes]) -> list[str]:
        out = []
        for v in values:
            text = v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)
            m = _ADDR_RX.fullmatch(text.strip().strip("<>").lower())
            if m:
                out.append(m.group(0))
        return out

    return Failures(failed=clean(permanent), delayed=clean(temporary), source="bounce detector (flufl.bounce)")


def _bystanders(p: ParsedMail, own: frozenset[str], *, strict: bool) -> set[str]:
    """Addresses that are never failed recipients of this report (see the module docstring)."""
    never = set(own)
    for name in ("from", "reply-to", "sender", "return-path", "to"):
        for value in p.headers.get(name, []):
            never.update(a.lower() for a in _ADDR_RX.findall(value))
    returned = [t[:_SCAN] for t in (p.attached_headers, p.text) if t]  # the original, attached or quoted
    for text in [*returned, (p.delivery_status or "")[:_SCAN]]:
        for value in _IDS.findall(text):
            never.update(i.lower().strip(".") for i in _BRACKETED.findall(value))
    for name in ("message-id", "in-reply-to", "references"):
        for value in p.headers.get(name, []):
            never.update(i.lower().strip(".") for i in _BRACKETED.findall(value))
    if strict:
        for text in returned:
            for value in _ROLES.findall(text):
                never.update(a.lower() for a in _ADDR_RX.findall(value))
    return never
