"""Malformed and hostile mail, built in code: a named corpus and a hypothesis strategy.

Nothing here is a real person's mail. Each corpus entry is what an attacker or
a broken mailer sends: broken or missing boundaries, no headers, charsets that
do not exist, raw 8-bit and NUL bytes in headers, thousands of nested or
sibling parts, parts of many megabytes, a compressed attachment that would
unpack to gigabytes, lines of megabytes. ``scale`` shrinks the big ones for
``make test``; the ``long`` marker runs them at full size.
"""

from __future__ import annotations

import base64
import gzip
import io
import zipfile
from typing import Callable

from hypothesis import strategies as st

TO = "d-loket@vng.nl"
HEAD = (
    f"From: Aanvaller <attacker@evil.example>\r\nTo: {TO}\r\nSubject: Aanmelding\r\n"
    "Date: Sun, 22 Nov 2026 10:00:00 +0100\r\n"
)
REQUEST = "Ik wil graag aansluiten in Haarlem.\r\n"
MB = 1024 * 1024


def _mail(n: str, extra: str = "", body: bytes = REQUEST.encode()) -> bytes:
    return f"{HEAD}Message-ID: <{n}@evil.example>\r\n{extra}\r\n".encode() + body


def broken_boundary(scale: float) -> bytes:
    return _mail(
        "bb",
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="abc"\r\n',
        b"--abd\r\nContent-Type: text/plain\r\n\r\n" + REQUEST.encode() + b"--abc\r\n--ab",
    )


def no_boundary_parameter(scale: float) -> bytes:
    return _mail("nb", "MIME-Version: 1.0\r\nContent-Type: multipart/alternative\r\n", REQUEST.encode())


def no_headers(scale: float) -> bytes:
    return b"\r\n" + REQUEST.encode()


def only_garbage(scale: float) -> bytes:
    return bytes(range(256)) * 40


def illegal_charset(scale: float) -> bytes:
    return _mail(
        "ic",
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=klingon-9999\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n",
        b"Ik wil graag aansluiten in Haarlem=\r\n. =C3=A9=FF=GG=\r\n",
    )


def eight_bit_headers(scale: float) -> bytes:
    return (
        b"From: \xc3\xa9\xc3\xa9n \xff\xfe Jansen <een@gemeente.example>\r\nTo: "
        + TO.encode()
        + b"\r\nSubject: \xe9\xe8 caf\xe9 \x00 =?utf-8?b?w6k=?= =?bogus?x?zz?=\r\nMessage-ID: <8b@evil.example>"
        b"\r\n\r\n" + REQUEST.encode()
    )


def nul_bytes(scale: float) -> bytes:
    return _mail("nul", "X-Evil: a\x00b\r\n", REQUEST.encode() + b"\x00" * 10_000 + b"\r\n")


def deep_nesting(scale: float) -> bytes:
    depth = int(3000 * scale) + 10
    head = b"".join(f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'.encode() for i in range(depth))
    tail = b"".join(f"\r\n--b{i}--".encode() for i in reversed(range(depth)))
    return _mail("deep", "MIME-Version: 1.0\r\n", head + b"Content-Type: text/plain\r\n\r\n" + REQUEST.encode() + tail)


def many_parts(scale: float) -> bytes:
    parts = int(20_000 * scale) + 10
    body = (
        b"".join(
            b"--p\r\nContent-Type: text/plain\r\n\r\n" + (REQUEST if i == 0 else "x\r\n").encode() for i in range(parts)
        )
        + b"--p--\r\n"
    )
    return _mail("many", 'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="p"\r\n', body)


def huge_part(scale: float) -> bytes:
    text = (REQUEST + "bla " * int(24 * MB * scale // 4)).encode()
    return _mail(
        "huge",
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n",
        base64.encodebytes(text).replace(b"\n", b"\r\n"),
    )


def decompression_bomb(scale: float) -> bytes:
    """A zip and a gzip attachment that would unpack to gigabytes: never to be opened."""
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("bomb.txt", b"\0" * int(256 * MB * scale + MB))
    gz = gzip.compress(b"\0" * int(256 * MB * scale + MB), compresslevel=9)
    part = (
        lambda data, name, kind: f"--z\r\nContent-Type: {kind}; name={name}\r\nContent-Transfer-Encoding: base64"
        f"\r\nContent-Disposition: attachment; filename={name}\r\n\r\n".encode()
        + base64.encodebytes(data).replace(b"\n", b"\r\n")
    )
    body = (
        b"--z\r\nContent-Type: text/plain\r\n\r\n"
        + REQUEST.encode()
        + part(zipped.getvalue(), "a.zip", "application/zip")
        + part(gz, "b.gz", "application/gzip")
        + b"--z--\r\n"
    )
    return _mail(
        "bomb", 'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="z"\r\nContent-Encoding: gzip\r\n', body
    )


def overlong_line(scale: float) -> bytes:
    return _mail("long", "", REQUEST.encode() + b"x" * int(10 * MB * scale + 1000) + b"\r\n")


def folded_subject(scale: float) -> bytes:
    subject = "\r\n ".join(["aanmelding"] * int(1_000_000 * scale + 10))
    return (
        f"From: a@gemeente.example\r\nTo: {TO}\r\nSubject: {subject}\r\nMessage-ID: <fs@evil.example>\r\n\r\n" + REQUEST
    ).encode()


def html_soup(scale: float) -> bytes:
    soup = ("<div><table><tr><td>" * int(20_000 * scale + 10)) + "<p>" + REQUEST + "<!--" + "<" * 10_000
    return _mail("html", "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n", soup.encode())


CORPUS: dict[str, Callable[[float], bytes]] = {
    f.__name__: f
    for f in (
        broken_boundary,
        no_boundary_parameter,
        no_headers,
        only_garbage,
        illegal_charset,
        eight_bit_headers,
        nul_bytes,
        deep_nesting,
        many_parts,
        huge_part,
        decompression_bomb,
        overlong_line,
        folded_subject,
        html_soup,
    )
}


# ---------------------------------------------------------------- hypothesis

_bytes_line = st.binary(min_size=0, max_size=120).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b""))
_header_name = st.sampled_from(
    [
        b"From",
        b"To",
        b"Subject",
        b"Content-Type",
        b"Content-Transfer-Encoding",
        b"Message-ID",
        b"Date",
        b"Reply-To",
        b"Auto-Submitted",
        b"X-\x00\xff",
    ]
)
_ctype = st.sampled_from(
    [
        b"text/plain",
        b"text/html",
        b"multipart/mixed",
        b"multipart/alternative",
        b"message/rfc822",
        b"text/calendar",
        b"application/octet-stream",
        b"\xff/\x00",
    ]
)
_params = st.sampled_from(
    [
        b"",
        b"; charset=utf-8",
        b"; charset=x-unknown",
        b'; boundary="',
        b"; boundary=q",
        b'; charset="utf-7"',
        b"; name*=utf-8''%ff%fe",
    ]
)
_cte = st.sampled_from([b"", b"base64", b"quoted-printable", b"7bit", b"8bit", b"x-uuencode", b"b\xe4se64"])


@st.composite
def entity(draw: st.DrawFn, depth: int = 0) -> bytes:
    """A MIME entity with random headers, type, encoding, boundary (maybe broken) and body."""
    headers = [draw(_header_name) + b": " + draw(_bytes_line) for _ in range(draw(st.integers(0, 4)))]
    ctype = draw(_ctype)
    boundary = draw(st.sampled_from([b"q", b"b1", b"", b"--", b"q q"]))
    headers.append(
        b"Content-Type: "
        + ctype
        + draw(_params)
        + (b'; boundary="' + boundary + b'"' if ctype.startswith(b"multipart") else b"")
    )
    headers.append(b"Content-Transfer-Encoding: " + draw(_cte))
    if ctype.startswith(b"multipart") and depth < 5:
        subs = [draw(entity(depth + 1)) for _ in range(draw(st.integers(0, 4)))]
        closing = draw(st.sampled_from([b"--" + boundary + b"--\r\n", b"", b"--" + boundary + b"\r\n"]))
        body = b"".join(b"--" + boundary + b"\r\n" + s + b"\r\n" for s in subs) + closing
    else:
        body = draw(
            st.one_of(
                st.binary(max_size=400),
                st.just(REQUEST.encode()),
                st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
            )
        )
    return b"\r\n".join(headers) + b"\r\n\r\n" + body


@st.composite
def hostile_message(draw: st.DrawFn) -> bytes:
    top = [
        b"From: " + draw(st.sampled_from([b"a@gemeente.example", b"<>", b"", b"\xff@\xfe", b"x" * 300])),
        b"To: " + TO.encode(),
    ]
    return b"\r\n".join(top) + b"\r\n" + draw(entity())
