"""The original mail as staff see it: headers, text, sanitised HTML, attachments; nothing runs, nothing loads.

A review page shows mail from strangers. The text is shown as text (the page
template escapes it); HTML goes through nh3 (Ammonia) with no images, no style,
no forms and no scripts, so nothing remote is fetched and nothing executes;
attachments are listed and served only to logged-in staff, as downloads.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from typing import Any, Iterator, Sequence

import nh3

from mailflow.understand.parse import parse

MAX_PARTS = 200
# Tags kept from an HTML mail: structure and emphasis only. No img (remote content), no style.
SAFE_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
SAFE_ATTRIBUTES = {"a": {"href", "title"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}


@dataclass(frozen=True)
class Attachment:
    index: int
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class Segment:
    """A piece of the text; ``mark`` names what the evidence concluded from it, if anything."""

    text: str
    mark: str | None = None


@dataclass(frozen=True)
class OriginalMail:
    sender: str | None
    sender_name: str | None
    to: list[str]
    subject: str
    date: dt.datetime | None
    text: str
    html: str | None  # sanitised; None when the mail has no HTML part
    attachments: list[Attachment] = field(default_factory=list)
    readable: bool = True

    @property
    def first_line(self) -> str:
        return next((ln.strip() for ln in self.text.splitlines() if ln.strip()), "")


def read(raw: bytes) -> OriginalMail:
    """Everything a review page shows of a raw message; never raises."""
    p = parse(raw)
    msg = _message(raw)
    html = None
    if msg is not None:
        found = next(
            (part for part in _leaves(msg) if part.get_content_type() == "text/html" and not _is_attachment(part)), None
        )
        if found is not None:
            html = sanitise(_text_of(found))
    return OriginalMail(
        sender=p.from_addr,
        sender_name=p.from_name,
        to=list(p.to),
        subject=p.subject,
        date=p.date or p.received_at,
        text=p.text if p.ok else (p.error or ""),
        html=html,
        attachments=list(attachments(msg)) if msg is not None else [],
        readable=p.ok,
    )


def sanitise(html: str) -> str:
    """HTML that can be put in a staff page: structure kept, scripts, styles, images and forms gone."""
    return nh3.clean(
        html,
        tags=SAFE_TAGS,
        attributes=SAFE_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def attachments(msg: Message) -> Iterator[Attachment]:
    for n, part in enumerate(_leaves(msg)):
        if _is_attachment(part):
            data = part.get_payload(decode=True) or b""
            yield Attachment(n, _filename(part, n), part.get_content_type(), len(data))


def attachment(raw: bytes, index: int) -> tuple[Attachment, bytes] | None:
    """One attachment's bytes by the index ``attachments`` gave it."""
    msg = _message(raw)
    if msg is None:
        return None
    for n, part in enumerate(_leaves(msg)):
        if n == index and _is_attachment(part):
            data = part.get_payload(decode=True) or b""
            return Attachment(n, _filename(part, n), part.get_content_type(), len(data)), bytes(data)
    return None


def highlight(text: str, evidence: Sequence[dict[str, Any]]) -> list[Segment]:
    """The text cut into segments, the words each piece of evidence quotes marked with its conclusion."""
    spans: list[tuple[int, int, str]] = []
    folded = text.casefold()
    for ev in evidence:
        words = str(ev.get("text") or "").strip()
        if len(words) < 2 or str(ev.get("source", "body")) not in ("body", "subject", "quote"):
            continue
        label = f"{ev.get('what', '')}: {ev.get('value', '')}".strip(": ")
        for m in re.finditer(re.escape(words.casefold()), folded):
            if not any(s < m.end() and m.start() < e for s, e, _ in spans):
                spans.append((m.start(), m.end(), label))
                break
    spans.sort()
    out: list[Segment] = []
    pos = 0
    for start, end, label in spans:
        if start > pos:
            out.append(Segment(text[pos:start]))
        out.append(Segment(text[start:end], label))
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


def _message(raw: bytes) -> EmailMessage | None:
    try:
        return email.message_from_bytes(raw, policy=email.policy.default)
    except Exception:  # noqa: BLE001 - an unreadable mail shows as such, the page still works
        return None


def _leaves(msg: Message) -> Iterator[Message]:
    for n, part in enumerate(msg.walk()):
        if n > MAX_PARTS:
            return
        if not part.is_multipart():
            yield part


def _is_attachment(part: Message) -> bool:
    return (
        part.get_content_disposition() == "attachment"
        or bool(part.get_filename())
        or (part.get_content_maintype() not in ("text", "multipart", "message"))
    )


def _filename(part: Message, n: int) -> str:
    try:
        name = part.get_filename()
    except Exception:  # noqa: BLE001
        name = None
    name = re.sub(r"[\x00-\x1f/\\\\]", "_", name or "") or f"bijlage-{n}"
    return name[:200]


def _text_of(part: Message) -> str:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        payload = part.get_payload()
        return payload if isinstance(payload, str) else ""
    try:
        return data.decode(part.get_content_charset() or "utf-8", errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")
