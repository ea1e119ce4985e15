"""Who truly failed in a bounce, and which addresses in it are bystanders.

mailflow marks an address as bouncing from a delivery report. Marking the
wrong one (the original sender, a Cc'd secretary, a Message-ID that looks
like an address) stops mail to a person who never bounced, so the check
compares each marked address with an oracle that owes nothing to mailflow's
code:

* the report's own machine-readable fields: ``Final-Recipient`` /
  ``Original-Recipient`` with ``Action: failed`` in a ``message/delivery-status``
  part (RFC 3464), Exim's ``X-Failed-Recipients`` header;
* the expected addresses a source publishes for its samples (flufl.bounce);
* GNU Mailman's bounce detectors (the ``flufl.bounce`` package), when
  installed: they read the plain-text formats of many MTAs.

An address the oracle does not name is "not a failed recipient" when the
oracle names someone; when it names nobody the mark is "unverified", unless
the address plays a known bystander role (From, Reply-To, Sender, Cc,
Return-Path of the report or of the returned original, or a Message-ID).
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field
from email.message import Message

_ADDR = r"[^\s<>\"'();,:\[\]]+@[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9]"
_ADDR_RX = re.compile(_ADDR)
_FINAL_RX = re.compile(r"(?im)^(?:final|original)-recipient:\s*[^;\r\n]*;\s*<?(" + _ADDR + r")>?")
_ACTION_RX = re.compile(r"(?im)^action:\s*(\w+)")
_IDS_RX = re.compile(r"(?im)^(?:[\w-]*message-id|references|in-reply-to)\s*:(.*(?:\r?\n[ \t].*)*)")
_ID_RX = re.compile(r"<([^<>\s]+@[^<>\s]+)>")
_ROLE_RX = re.compile(r"(?im)^[>| \t]*(from|reply-to|sender|cc|return-path)\s*:\s*(.*(?:\r?\n[ \t]+.*)*)")
ROLES = ("from", "reply-to", "sender", "cc", "return-path")

try:  # optional oracle: GNU Mailman's bounce detectors
    from flufl.bounce import all_failures as _flufl_all_failures
except ImportError:  # pragma: no cover - the report says which oracle ran
    _flufl_all_failures = None


def addresses(value: str) -> list[str]:
    """Every address-like token in a header value, lower-cased; no parser that odd input can crash."""
    return [a.lower().strip(".") for a in _ADDR_RX.findall(value)]


def flufl_available() -> bool:
    return _flufl_all_failures is not None


@dataclass
class Oracle:
    """What is known about one bounce: who failed, who was only delayed, who merely appears in it."""

    failed: set[str] = field(default_factory=set)
    delayed: set[str] = field(default_factory=set)
    bystanders: dict[str, str] = field(default_factory=dict)  # address -> role
    message_ids: set[str] = field(default_factory=set)

    def judge(self, address: str) -> str | None:
        """None when marking ``address`` is right, else a short reason why it is wrong or unknown."""
        a = address.lower()
        if a in self.failed:
            return None
        if a in self.message_ids:
            return "a Message-ID"
        if a in self.bystanders:
            return f"the {self.bystanders[a]} address"
        if a in self.delayed:
            return "only delayed, not failed"
        if self.failed:
            return "not a failed recipient"
        return "unverified"


def oracle(raw: bytes, original_to: list[str], expected: list[str] | None = None) -> Oracle:
    """Build the oracle for one message (``original_to``: its To before it was readdressed)."""
    o = Oracle()
    text = raw.decode("latin-1")
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    _dsn_parts(msg, o)
    if not o.failed and not o.delayed:
        _dsn_text(text, o)
    for value in msg.get_all("x-failed-recipients") or []:
        o.failed.update(addresses(str(value)))
    o.failed.update(a.lower() for a in expected or ())
    if _flufl_all_failures is not None:
        try:
            temporary, permanent = _flufl_all_failures(msg)
            o.failed.update(_text(a).lower() for a in permanent)
            o.delayed.update(_text(a).lower() for a in temporary)
        except Exception:  # noqa: BLE001 - a detector failing on odd mail leaves the other evidence
            pass
    o.delayed -= o.failed
    for role, value in _ROLE_RX.findall(text):
        for a in addresses(value):
            o.bystanders.setdefault(a, role.lower())
    for a in original_to:
        o.bystanders.setdefault(a.lower(), "to (the report's recipient)")
    for value in _IDS_RX.findall(text):
        o.message_ids.update(m.lower() for m in _ID_RX.findall(value))
    for a in o.failed:
        o.bystanders.pop(a, None)
    return o


def _text(a: bytes | str) -> str:
    return a.decode("utf-8", "replace") if isinstance(a, bytes) else a


def _dsn_parts(msg: Message, o: Oracle) -> None:
    """RFC 3464: one block per recipient inside ``message/delivery-status``."""
    for part in msg.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        blocks = part.get_payload()
        if not isinstance(blocks, list):
            continue
        for block in blocks:
            if not isinstance(block, Message):
                continue
            addr = _dsn_address(block.get("final-recipient") or block.get("original-recipient") or "")
            if not addr:
                continue
            action = (block.get("action") or "failed").strip().lower()
            (o.failed if action.startswith("fail") else o.delayed if action.startswith("delay") else set()).add(addr)


def _dsn_address(value: str) -> str | None:
    found = re.search(_ADDR, value.split(";", 1)[-1])
    return found.group(0).lower().strip(".") if found else None


def _dsn_text(text: str, o: Oracle) -> None:
    """Delivery-status fields quoted as text (a broken or forwarded DSN): Action within the same block."""
    for m in _FINAL_RX.finditer(text):
        block = text[m.end() : m.end() + 400].split("\n\n")[0].split("\r\n\r\n")[0]
        action = _ACTION_RX.search(block)
        kind = action.group(1).lower() if action else "failed"
        if kind.startswith("fail"):
            o.failed.add(m.group(1).lower())
        elif kind.startswith("delay"):
            o.delayed.add(m.group(1).lower())
