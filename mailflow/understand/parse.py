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

Reading is bounded, so one message cannot cost seconds (a 210 KB subject or a
1.6 MB one-line body once did): the first ``RAW_LIMIT`` bytes of the message
are parsed (text comes before attachments), up to the ``MULTIPARTS``-th multipart
container and the ``DELIMITERS``-th part delimiter, the first ``HEADER_FIELDS`` header fields, each
cut at ``HEADER_LIMIT`` characters (the subject at ``SUBJECT_LIMIT``), the first
``PART_LIMIT`` characters of at most ``TEXT_PARTS`` text parts (HTML: the first
``HTML_LIMIT`` characters of markup are converted) and ``TEXT_LIMIT`` characters
of body text in all (the numbers are in ``limits.py``). ``truncated`` says when
text was left unread.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email
import email.policy
import logging
import re
from dataclasses import dataclass, field
from email.header import Header, decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from mailflow.understand.limits import (
    HEADER_FIELDS,
    HEADER_LIMIT,
    HTML_LIMIT,
    PART_LIMIT,
    PARTS_WALKED,
    RAW_LIMIT,
    SUBJECT_LIMIT,
    TEXT_LIMIT,
    TEXT_PARTS,
    bounded,
)
from mailflow.understand.text import html_to_text

logging.getLogger("mailparser").setLevel(logging.CRITICAL)  # it logs every calendar part

try:  # mail-parser is a dependency, but understanding must survive without it
    import mailparser
except ImportError:  # pragma: no cover
    mailparser = None


# Defects that mean the body may not be what the sender wrote (header quirks are not counted).
_STRUCTURAL = frozenset(
    {
        "StartBoundaryNotFoundDefect",
        "CloseBoundaryNotFoundDefect",
        "MultipartInvariantViolationDefect",
        "NoBoundaryInMultipartDefect",
        "FirstHeaderLineIsContinuationDefect",
        "MisplacedEnvelopeHeaderDefect",
        "MissingHeaderBodySeparatorDefect",
        "InvalidBase64PaddingDefect",
        "InvalidBase64CharactersDefect",
        "InvalidBase64LengthDefect",
        "InvalidMultipartContentTransferEncodingDefect",
    }
)
_REPLACEMENT = "\ufffd"
_CUT_DEFECTS = frozenset(
    {
        "CloseBoundaryNotFoundDefect",
        "InvalidBase64PaddingDefect",
        "InvalidBase64LengthDefect",
        "InvalidBase64CharactersDefect",
    }
)  # a message cut on purpose ends inside a part
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


@dataclass
class ParsedMail:
    """What the later stages need from a message, decoded and normalised."""

    ok: bool = True
    error: str | None = None
    headers: dict[str, list[str]] = field(default_factory=dict)  # lower-case name -> values
    message_id: str | None = None
    subject: str = ""
    from_addr: str | None = None
    from_name: str | None = None
    reply_to: str | None = None
    reply_to_name: str | None = None
    return_path: str | None = None  # the Return-Path header: "" for the null sender, None when absent
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    cc_named: list[tuple[str, str]] = field(default_factory=list)  # (display name, address) of each Cc
    date: dt.datetime | None = None
    received_at: dt.datetime | None = None
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    content_type: str = "text/plain"
    report_type: str | None = None
    text: str = ""  # the body as plain text (HTML converted when there is no plain part)
    calendar: str | None = None  # text/calendar content, unfolded later
    delivery_status: str | None = None
    attached_headers: str | None = None
    defects: list[str] = field(default_factory=list)  # what is broken in the structure, in plain words
    truncated: bool = False  # a limit above left part of the text unread
    message: Message | None = None  # the parsed message, for detectors that read MIME themselves

    def header(self, name: str) -> str | None:
        values = self.headers.get(name.lower())
        return values[0] if values else None


def parse(raw: bytes) -> ParsedMail:
    """Parse raw bytes; never raises."""
    raw, cut = bounded(raw)
    try:
        msg, defects = _to_message(raw, cut)
    except Exception as exc:  # noqa: BLE001 - any parser failure becomes a reviewable result
        return ParsedMail(ok=False, error=f"The message could not be read ({type(exc).__name__})")
    try:
        p = _extract(msg)
    except Exception as exc:  # noqa: BLE001
        return ParsedMail(ok=False, error=f"The message could not be read ({type(exc).__name__})")
    p.defects = defects + p.defects
    p.truncated = p.truncated or (cut and _cut_in_text(msg))
    return p


def _cut_in_text(msg: Message) -> bool:
    """Whether the bytes ended inside text (else inside an attachment, and no sender's words were lost)."""
    last = msg
    while last.is_multipart():
        payload = last.get_payload()
        if not isinstance(payload, list) or not payload or not isinstance(payload[-1], Message):
            return True
        last = payload[-1]
    return last.get_content_maintype() == "text" and last.get_content_disposition() != "attachment"


def parse_head(raw: bytes) -> ParsedMail:
    """Only the header fields, without reading the body: enough to honour a spam verdict cheaply."""
    end = _HEADER_END.search(raw, 0, RAW_LIMIT)
    try:
        msg = BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw[: end.start() if end else RAW_LIMIT])
        p = ParsedMail(message=None)
        _headers(msg, p)
    except Exception as exc:  # noqa: BLE001
        return ParsedMail(ok=False, error=f"The message could not be read ({type(exc).__name__})")
    return p


def _to_message(raw: bytes, cut: bool = False) -> tuple[Message, list[str]]:
    """The message and its structural defects; mail-parser is consulted only when there are some.

    ``cut``: the bytes end early on purpose, so an unclosed boundary is no defect."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    defects = [d for d in _defects(msg) if not (cut and d in _CUT_DEFECTS)]
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


def _decode_header(value: object, limit: int = HEADER_LIMIT) -> str:
    raw = _header_text(value)[:limit]
    try:
        if raw.isascii():
            text = str(make_header(decode_header(raw)))
        else:  # raw 8-bit text with encoded words in it: decode_header takes only ASCII
            text = _ENCODED_WORD.sub(lambda m: str(make_header(decode_header(m.group()))), raw)
    except Exception:  # noqa: BLE001 - malformed encoded words: keep the raw text
        text = raw
    return " ".join(text[:limit].split())


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
    p = ParsedMail(message=msg)
    _headers(msg, p)
    p.content_type = msg.get_content_type()
    report_type = msg.get_param("report-type") if p.content_type == "multipart/report" else None
    p.report_type = report_type if isinstance(report_type, str) and report_type else None
    reader = _Reader()
    _walk(msg, p, reader, depth=0)
    if any(_REPLACEMENT in t for t in reader.plain + reader.html):
        p.defects.append("UndecodableText")
    body = "\n".join(t for t in reader.plain if t.strip())
    text = body if body.strip() else "\n".join(html_to_text(h) for h in reader.html)
    p.truncated = reader.truncated or len(text) > TEXT_LIMIT
    p.text = text[:TEXT_LIMIT]
    return p


def _headers(msg: Message, p: ParsedMail) -> None:
    """The first ``HEADER_FIELDS`` header fields, decoded, and the ones every stage reads."""
    for name, value in msg.items()[:HEADER_FIELDS]:
        p.headers.setdefault(name.lower(), []).append(_decode_header(value))
    p.message_id = (p.header("message-id") or "").strip() or None
    p.subject = (p.header("subject") or "")[:SUBJECT_LIMIT]
    raw = _raw_headers(msg, ("from", "reply-to", "to", "cc", "return-path"))
    p.from_name, p.from_addr = _addr(raw["from"][:1])
    p.reply_to_name, p.reply_to = _addr(raw["reply-to"][:1])
    p.to = _addrs(raw["to"])
    p.cc = _addrs(raw["cc"])
    p.cc_named = [(_decode_header(n).strip(), a.strip().lower()) for n, a in getaddresses(raw["cc"]) if "@" in a]
    p.return_path = _return_path(raw["return-path"][:1])
    p.date = _date(p.header("date"))
    p.received_at = _received(p.headers.get("received", [])) or p.date
    p.in_reply_to = (p.header("in-reply-to") or "").strip() or None
    p.references = (p.header("references") or "").split()


@dataclass
class _Reader:
    """What the walk collected, and how much of the message it looked at."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    parts: int = 0
    truncated: bool = False

    def full(self) -> bool:
        return len(self.plain) + len(self.html) >= TEXT_PARTS


def _raw_headers(msg: Message, names: tuple[str, ...]) -> dict[str, list[str]]:
    """Address headers as they stand in the mail, encoded words still encoded.

    The address is parsed from this raw text and only the display name is decoded
    afterwards: decoding first would let ``=?utf-8?q?victim=40evil.test?= <me@x>``
    become ``victim@evil.test <me@x>`` and hand the parser a second address.
    """
    out: dict[str, list[str]] = {n: [] for n in names}
    for name, value in msg.items():
        key = name.lower()
        if key in out:
            out[key].append(_header_text(value))
    return out


def _addr(values: list[str]) -> tuple[str | None, str | None]:
    if not values:
        return None, None
    name, parsed = parseaddr(" ".join(values[0].split()))
    addr: str | None = parsed.strip().lower() or None
    if addr is not None and "@" not in addr and addr not in ("mailer-daemon", "postmaster"):
        addr = None
    return (_decode_header(name).strip() or None) if name else None, addr


def _addrs(values: list[str]) -> list[str]:
    return [a.strip().lower() for _, a in getaddresses([" ".join(v.split()) for v in values]) if a and "@" in a]


def _return_path(values: list[str]) -> str | None:
    """``Return-Path: <>`` is the null sender (""); no header says nothing (None)."""
    if not values:
        return None
    value = values[0].strip()
    if value.strip("<> \t") == "":
        return ""
    return parseaddr(value)[1].strip().lower() or None


def _received(values: list[str]) -> dt.datetime | None:
    """The newest Received header (the first one) carries the moment we got the mail."""
    for value in values[:1]:
        if ";" in value:
            return _date(value.rsplit(";", 1)[1])
    return None


def _walk(part: Message, p: ParsedMail, r: _Reader, depth: int) -> None:
    r.parts += 1
    if depth > 20 or r.parts > PARTS_WALKED:
        r.truncated = True
        return
    ctype = part.get_content_type()
    if ctype == "message/rfc822":
        if p.attached_headers is None and p.report_type:
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
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
        payload = part.get_payload()  # the boundary never occurs: the raw text is all there is
        if isinstance(payload, str) and not r.full():
            r.truncated = r.truncated or len(payload) > PART_LIMIT
            r.plain.append(payload[:PART_LIMIT])
        return
    if part.is_multipart():
        for sub in part.get_payload() or []:
            if isinstance(sub, Message):
                _walk(sub, p, r, depth + 1)
        return
    is_attachment = (part.get_content_disposition() == "attachment") or bool(part.get_filename())
    if ctype == "text/calendar" or (ctype == "application/ics" and p.calendar is None):
        if p.calendar is None:
            p.calendar = _payload_text(part)
    elif ctype == "text/rfc822-headers":
        p.attached_headers = _payload_text(part)
    elif is_attachment:
        return
    elif ctype in ("text/plain", "text/html"):
        if r.full():
            r.truncated = True
            return
        limit = PART_LIMIT if ctype == "text/plain" else HTML_LIMIT
        text = _payload_text(part, limit + 1)
        r.truncated = r.truncated or len(text) > limit
        (r.plain if ctype == "text/plain" else r.html).append(text[:limit])


def _payload_text(part: Message, limit: int = PART_LIMIT) -> str:
    """The decoded text of a part, at most about ``limit`` characters (a character cut in two is left out)."""
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        payload = part.get_payload()
        return payload[:limit] if isinstance(payload, str) else ""
    if not isinstance(data, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        decoder = codecs.getincrementaldecoder(charset)(errors="replace")
    except LookupError:
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    chunk = data[: limit * 4]
    return decoder.decode(chunk, final=len(chunk) == len(data))[:limit]
