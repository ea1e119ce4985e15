"""Raw message bytes -> ``ParsedMail``: headers, body text and the machine parts.

mail-parser builds its message with ``email.message_from_bytes`` and then decodes
every part and header once more for its own attributes, which we never read. So
well-formed mail is parsed once by that same standard-library call and walked
here, decoding each part exactly once. mail-parser stays the parser of record
for damaged mail: when the structure has defects (a boundary that never occurs,
a multipart without parts) it parses the message and names the defects, and the
caller sends such a mail to a person unless a clear request can still be read.
Nothing here raises on bad input: a mail that cannot be read at all comes back
with ``ok=False`` and a plain reason. Attachments are ignored; a forwarded
``message/rfc822`` is not descended into (its text is not the sender's words),
except that bounces keep the attached headers.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import logging
import re
from dataclasses import dataclass, field
from email.header import Header, decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from mailflow.understand.text import html_to_text

logging.getLogger("mailparser").setLevel(logging.CRITICAL)  # it logs every calendar part

try:  # mail-parser is a dependency, but understanding must survive without it
    import mailparser
except ImportError:  # pragma: no cover
    mailparser = None


# Defects that mean the body may not be what the sender wrote (header quirks are not counted).
_STRUCTURAL = frozenset({
    "StartBoundaryNotFoundDefect", "CloseBoundaryNotFoundDefect", "MultipartInvariantViolationDefect",
    "NoBoundaryInMultipartDefect", "FirstHeaderLineIsContinuationDefect", "MisplacedEnvelopeHeaderDefect",
    "MissingHeaderBodySeparatorDefect", "InvalidBase64PaddingDefect", "InvalidBase64CharactersDefect",
    "InvalidBase64LengthDefect", "InvalidMultipartContentTransferEncodingDefect",
})
_REPLACEMENT = "\ufffd"
_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


@dataclass
class ParsedMail:
    """What the later stages need from a message, decoded and normalised."""

    ok: bool = True
    error: str | None = None
    headers: dict[str, list[str]] = field(default_factory=dict)   # lower-case name -> values
    message_id: str | None = None
    subject: str = ""
    from_addr: str | None = None
    from_name: str | None = None
    reply_to: str | None = None
    reply_to_name: str | None = None
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    date: dt.datetime | None = None
    received_at: dt.datetime | None = None
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    content_type: str = "text/plain"
    report_type: str | None = None
    text: str = ""                     # the body as plain text (HTML converted when there is no plain part)
    calendar: str | None = None        # text/calendar content, unfolded later
    delivery_status: str | None = None
    attached_headers: str | None = None
    defects: list[str] = field(default_factory=list)   # what is broken in the structure, in plain words

    def header(self, name: str) -> str | None:
        values = self.headers.get(name.lower())
        return values[0] if values else None


def parse(raw: bytes) -> ParsedMail:
    """Parse raw bytes; never raises."""
    try:
        msg, defects = _to_message(raw)
    except Exception as exc:  # noqa: BLE001 - any parser failure becomes a reviewable result
        return ParsedMail(ok=False, error=f"The message could not be read ({type(exc).__name__})")
    try:
        p = _extract(msg)
    except Exception as exc:  # noqa: BLE001
        return ParsedMail(ok=False, error=f"The message could not be read ({type(exc).__name__})")
    p.defects = defects + p.defects
    return p


def _to_message(raw: bytes) -> tuple[Message, list[str]]:
    """The message and its structural defects; mail-parser is consulted only when there are some."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    defects = _defects(msg)
    if defects and mailparser is not None:
        try:
            mp = mailparser.parse_from_bytes(raw)
            msg = mp.message
            defects = sorted(set(mp.defects_categories) & _STRUCTURAL) or defects
        except Exception:  # noqa: BLE001 - keep the standard library's reading
            pass
    return msg, defects


def _defects(msg: Message) -> list[str]:
    found: list[str] = []
    for part in msg.walk():
        for d in getattr(part, "defects", ()):
            name = type(d).__name__
            if name in _STRUCTURAL and name not in found:
                found.append(name)
    return found


def _decode_header(value: object) -> str:
    raw = _header_text(value)
    try:
        if raw.isascii():
            text = str(make_header(decode_header(raw)))
        else:   # raw 8-bit text with encoded words in it: decode_header takes only ASCII
            text = _ENCODED_WORD.sub(lambda m: str(make_header(decode_header(m.group()))), raw)
    except Exception:  # noqa: BLE001 - malformed encoded words: keep the raw text
        text = raw
    return " ".join(text.split())


def _header_text(value: object) -> str:
    """A header's text with raw 8-bit bytes read as UTF-8 (as RFC 6532 mail and most clients send
    them), else as Windows-1252; encoded words are left for ``decode_header``.

    The standard library keeps such bytes as "unknown-8bit" and turns them into
    U+FFFD, which made "één" a greeting of four question marks.
    """
    if not isinstance(value, Header):
        return str(value)
    parts = []
    for chunk, charset in decode_header(value):
        if isinstance(chunk, str):
            parts.append(chunk)
        elif charset in (None, "unknown-8bit"):
            parts.append(_eight_bit(chunk))
        else:
            parts.append(chunk.decode(charset, errors="replace"))
    return "".join(parts)


def _eight_bit(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        d = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if d is None:
        return None
    return d if d.tzinfo else d.replace(tzinfo=dt.timezone.utc)


def _extract(msg: Message) -> ParsedMail:
    p = ParsedMail()
    for name, value in msg.items():
        p.headers.setdefault(name.lower(), []).append(_decode_header(value))
    p.message_id = (p.header("message-id") or "").strip() or None
    p.subject = p.header("subject") or ""
    p.from_name, p.from_addr = _addr(p.header("from"))
    p.reply_to_name, p.reply_to = _addr(p.header("reply-to"))
    p.to = _addrs(p.headers.get("to", []))
    p.cc = _addrs(p.headers.get("cc", []))
    p.date = _date(p.header("date"))
    p.received_at = _received(p.headers.get("received", [])) or p.date
    p.in_reply_to = (p.header("in-reply-to") or "").strip() or None
    p.references = (p.header("references") or "").split()
    p.content_type = msg.get_content_type()
    p.report_type = (msg.get_param("report-type") or None) if p.content_type == "multipart/report" else None
    plain: list[str] = []
    html: list[str] = []
    _walk(msg, p, plain, html, depth=0)
    if any(_REPLACEMENT in t for t in plain + html):
        p.defects.append("UndecodableText")
    body = "\n".join(t for t in plain if t.strip())
    p.text = body if body.strip() else "\n".join(html_to_text(h) for h in html)
    return p


def _addr(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    name, addr = parseaddr(value)
    addr = addr.strip().lower() or None
    if addr is not None and "@" not in addr and addr not in ("mailer-daemon", "postmaster"):
        addr = None
    return (name.strip() or None), addr


def _addrs(values: list[str]) -> list[str]:
    return [a.strip().lower() for _, a in getaddresses(values) if a and "@" in a]


def _received(values: list[str]) -> dt.datetime | None:
    """The newest Received header (the first one) carries the moment we got the mail."""
    for value in values[:1]:
        if ";" in value:
            return _date(value.rsplit(";", 1)[1])
    return None


def _walk(part: Message, p: ParsedMail, plain: list[str], html: list[str], depth: int) -> None:
    if depth > 20:
        return
    ctype = part.get_content_type()
    if ctype == "message/rfc822":
        if p.attached_headers is None and p.report_type:
            inner = part.get_payload()
            if isinstance(inner, list) and inner:
                p.attached_headers = "".join(f"{k}: {v}\n" for k, v in inner[0].items())
        return
    if ctype == "message/delivery-status":
        blocks = part.get_payload()
        if isinstance(blocks, list):
            p.delivery_status = "\n\n".join(str(b) for b in blocks)
        else:
            p.delivery_status = _payload_text(part)
        return
    if ctype.startswith("multipart/") and not part.is_multipart():
        payload = part.get_payload()   # the boundary never occurs: the raw text is all there is
        if isinstance(payload, str):
            plain.append(payload)
        return
    if part.is_multipart():
        for sub in part.get_payload() or []:
            if isinstance(sub, Message):
                _walk(sub, p, plain, html, depth + 1)
        return
    is_attachment = (part.get_content_disposition() == "attachment") or bool(part.get_filename())
    if ctype == "text/calendar" or (ctype == "application/ics" and p.calendar is None):
        if p.calendar is None:
            p.calendar = _payload_text(part)
    elif ctype == "text/rfc822-headers":
        p.attached_headers = _payload_text(part)
    elif is_attachment:
        return
    elif ctype == "text/plain":
        plain.append(_payload_text(part))
    elif ctype == "text/html":
        html.append(_payload_text(part))


def _payload_text(part: Message) -> str:
    data = part.get_payload(decode=True)
    if data is None:
        payload = part.get_payload()
        return payload if isinstance(payload, str) else ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")
