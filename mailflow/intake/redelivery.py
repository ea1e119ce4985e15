"""When are two copies the same mail? Message-ID, From, Date and text; not the trace headers.

A message reaches us more than once for ordinary reasons: an MTA retries after
a lost "250", it arrives over SMTP and again in the IMAP mailbox, a saved copy
is imported. Each hop adds trace headers (Received, Delivered-To, Return-Path,
X-Original-To) and a saved file may have LF instead of CRLF, so the bytes differ
while the mail is the one its sender wrote: that must be stored and processed
once. A Message-ID alone is not proof, though: web forms and scripts reuse one
for every mail, and a second registration dropped as "already known" is a
person who never hears back. So the key is the Message-ID together with the
sender, the date and the text, and a mail with a reused Message-ID but any of
those different is a new message.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any
from email.parser import BytesHeaderParser
from email.policy import compat32

_HEADERS = BytesHeaderParser(policy=compat32)
HEADER_BLOCK_MAX = 65536


def header_block(raw: bytes) -> bytes:
    """The header section up to and including the blank line (at most 64 KiB).

    The header parser would stop there anyway, but it still reads the whole body
    line by line; cutting first saves that (2x on a 5 KB mail, more on big ones).
    """
    head = raw[:HEADER_BLOCK_MAX]
    ends = [i + len(sep) for sep in (b"\r\n\r\n", b"\n\n") if (i := head.find(sep)) >= 0]
    return head[: min(ends)] if ends else head


def normalise_message_id(value: object) -> str | None:
    """A Message-ID header value in one spelling: unfolded, in angle brackets; None when unusable."""
    if value is None:
        return None
    text = " ".join(str(value).split()).strip()
    if not text or len(text) > 998:
        return None
    return text if text.startswith("<") else f"<{text.strip('<>')}>"


@dataclass(frozen=True)
class Identity:
    """What the store needs from the headers, read in one pass."""

    message_id: str | None
    redelivery_key: str | None


def identify(raw: bytes) -> Identity:
    """The normalised Message-ID and the redelivery key (see ``redelivery_key``) of ``raw``."""
    head = header_block(raw)
    try:
        headers = _HEADERS.parsebytes(head)
        mid = normalise_message_id(headers.get("Message-ID"))
        sender, date = (" ".join(" ".join(map(str, headers.get_all(name, []))).split()) for name in ("From", "Date"))
    except Exception:  # noqa: BLE001 - header garbage: no usable identity, the bytes' hash still dedups
        return Identity(None, None)
    if mid is None:
        return Identity(None, None)
    digest = hashlib.sha256("\0".join((mid, sender, date)).encode("utf-8", "surrogateescape"))
    digest.update(b"\0")
    _hash_text(digest, raw, len(head))
    return Identity(mid, digest.hexdigest())


_CHUNK = 1 << 20
_TRAILING = b" \t\r\n\x0b\x0c"


def _hash_text(digest: Any, raw: bytes, start: int) -> None:
    """Hash ``raw[start:]`` with CRLF as LF and trailing whitespace cut, a megabyte at a time.

    The same as hashing ``raw[start:].replace(b"\\r\\n", b"\\n").rstrip()``, without the two
    copies of the whole body that would cost: the intake computes this for every message
    before its "250", and a 25 MB message would briefly have cost three times its size.
    """
    end = len(raw)
    while end > start and raw[end - 1] in _TRAILING:
        end -= 1
    view, carry = memoryview(raw), b""
    for at in range(start, end, _CHUNK):
        chunk = carry + view[at : min(at + _CHUNK, end)].tobytes()
        carry = b"\r" if chunk.endswith(b"\r") and at + _CHUNK < end else b""
        digest.update((chunk[:-1] if carry else chunk).replace(b"\r\n", b"\n"))


def redelivery_key(raw: bytes) -> str | None:
    """sha256 over Message-ID, From, Date and the text; None for a mail without a Message-ID.

    Line ends and trailing blank lines of the text are normalised (CRLF on the
    wire, LF in a saved file, an mbox's extra newline); every other header,
    trace headers included, is left out.
    """
    return identify(raw).redelivery_key
