"""MIME written straight from already-encoded content: the cheap way to send-ready bytes.

Building a reply as an ``EmailMessage`` (``set_content``, ``msg[name] = value``)
parses and re-folds every header through the header registry, re-encodes every
body through the content manager, and parses the Content-Type headers again
while serialising; for a five-part confirmation that was most of the CPU time
of a registration. Here each body is encoded once with the C codecs in
``binascii``/``base64``, each header once with ``email.utils``/``email.header``,
boundaries are chosen up front, and a part tree is written as CRLF bytes. The
stdlib parser reads the result back in the tests, as a mail client would.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from dataclasses import dataclass, field
from email.header import Header
from email.utils import formataddr
from typing import Iterable, Sequence

MAX_LINE = 76


@dataclass
class Part:
    """One MIME entity: headers (ASCII, folded with ``\\n ``) and either an encoded body or sub-parts."""

    headers: list[tuple[str, str]]
    body: str = ""
    parts: list[Part] = field(default_factory=list)
    boundary: str | None = None

    def to_bytes(self) -> bytes:
        """The entity as sent: ASCII with CRLF line ends (aiosmtpd and strict relays refuse bare LF)."""
        text = self._text().replace("\r\n", "\n") + "\n"
        if not text.isascii():
            raise ValueError("MIME text must be ASCII after encoding")
        return text.replace("\n", "\r\n").encode("ascii")

    def _text(self) -> str:
        out = [f"{name}: {value}" for name, value in self.headers]
        out.append("")
        if self.boundary is None:
            out.append(self.body.rstrip("\r\n"))
        else:
            for part in self.parts:
                out += [f"--{self.boundary}", part._text()]
            out.append(f"--{self.boundary}--")
        return "\n".join(out)


def message_id(text: str) -> str | None:
    """A Message-ID from someone else's mail, fit to repeat in In-Reply-To/References, else None.

    It goes into our headers as it is, so anything that could end a header line
    or is not printable ASCII disqualifies it.
    """
    text = text.strip()
    if not text or len(text) > 900 or not text.isascii() or any(c.isspace() or not c.isprintable() for c in text):
        return None
    return text if text.startswith("<") else f"<{text}>"


def one_line(text: str) -> str:
    """Header text from strangers: control characters dropped, any whitespace run one space."""
    return " ".join("".join(c for c in text if c.isprintable() or c.isspace()).split())


def address(header: str, name: str | None, addr: str) -> str:
    """``Name <addr>`` for header ``header``, quoted or RFC 2047-encoded, in lines of at most 78 characters.

    A long or non-ASCII name becomes encoded words (which also hide any comma or
    quote in it, so it stays one address), folded, with the address on a line of its own.
    """
    name = one_line(name or "")
    if not name:
        return addr
    plain = formataddr((name, addr))
    if name.isascii() and len(header) + 2 + len(plain) <= MAX_LINE:
        return plain
    words = Header(name, "utf-8", header_name=header, maxlinelen=MAX_LINE).encode(linesep="\n")
    return f"{words}\n <{addr}>"


def text_header(name: str, value: str) -> str:
    """An unstructured header value: ASCII folded at spaces, anything else as RFC 2047 encoded words."""
    value = one_line(value)
    if not value.isascii():
        return Header(value, "utf-8", header_name=name, maxlinelen=MAX_LINE).encode(linesep="\n")
    lines, line = [], ""
    width = MAX_LINE - len(name) - 2
    for word in value.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line, width = word, MAX_LINE - 1
        else:
            line = f"{line} {word}" if line else word
    return "\n ".join([*lines, line])


def _params(params: Iterable[tuple[str, str]]) -> str:
    out = []
    for key, val in params:
        if not val.isascii() or '"' in val or "\\" in val or "\n" in val:
            raise ValueError(f"MIME parameter {key}={val!r} must be plain ASCII")
        out.append(f'; {key}="{val}"')
    return "".join(out)


def text_part(text: str, subtype: str) -> Part:
    """UTF-8 text, quoted-printable: readable in the raw and safe through 7-bit relays."""
    body = text.replace("\r\n", "\n").encode("utf-8")
    return Part(
        [
            ("Content-Type", f"text/{subtype}" + _params((("charset", "utf-8"),))),
            ("Content-Transfer-Encoding", "quoted-printable"),
        ],
        binascii.b2a_qp(body, istext=True).decode("ascii"),
    )


def calendar_part(ics: bytes, method: str) -> Part:
    """The inline iMIP part: 7bit when ASCII (as Google sends it), else base64 as Exchange does."""
    ctype = "text/calendar" + _params((("charset", "utf-8"), ("method", method)))
    if ics.isascii():
        return Part([("Content-Type", ctype), ("Content-Transfer-Encoding", "7bit")], ics.decode("ascii"))
    return Part(
        [("Content-Type", ctype), ("Content-Transfer-Encoding", "base64")], base64.encodebytes(ics).decode("ascii")
    )


def attachment(data: bytes, content_type: str, filename: str) -> Part:
    return Part(
        [
            ("Content-Type", content_type + _params((("name", filename),))),
            ("Content-Transfer-Encoding", "base64"),
            ("Content-Disposition", "attachment" + _params((("filename", filename),))),
        ],
        base64.encodebytes(data).decode("ascii"),
    )


def multipart(subtype: str, parts: Sequence[Part]) -> Part:
    """A multipart with a fresh random boundary ("=_" cannot occur in QP or base64 text)."""
    boundary = f"=_mf_{secrets.token_hex(12)}"
    return Part(
        [("Content-Type", f"multipart/{subtype}" + _params((("boundary", boundary),)))],
        parts=list(parts),
        boundary=boundary,
    )
