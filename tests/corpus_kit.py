"""Shared helpers for the generators of the labelled test corpora (tests/corpus*/build.py).

Each build.py writes its messages/NNN.eml and labels.jsonl deterministically. The code that builds those
messages in the styles of real mail clients (encoded words, folding, MIME parts, Outlook/Gmail/OWA bodies,
message ids, Received headers, Postfix DSNs, Outlook iMIP replies, tiny PNG and PDF payloads) and that writes
and checks a corpus began as one script copied into the next. It lives here once, so a fix reaches every
corpus. Where the copies had drifted apart a little, the difference is a parameter (hv's limit, addr's
specials, attachment's size and description, outlook_body's bands, gmail_body's fwd_label, received's
mx_hosts); what belongs to one corpus (catalogue, messages, labels, label checks) stays in its build.py.

A change here changes what every build.py writes: rerun each of them and check that `git status` shows no
change under tests/corpus*/messages or labels.jsonl (the output must stay byte-identical). Python standard
library only.
"""

from __future__ import annotations

import base64
import datetime as dt
import email.message
import email.policy
import email.utils
import hashlib
import html
import json
import os
import quopri
import shutil
import struct
import sys
import textwrap
import tomllib
import zlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

RGB = tuple[int, int, int]
# an inline image: key -> (content id, alt text, width, height)
Images = Mapping[str, tuple[str, str, int, int]]

# --------------------------------------------------------------------------
# small helpers: text, hashes, dates
# --------------------------------------------------------------------------

CRLF = "\r\n"
BCRLF = b"\r\n"


def T(s: str) -> str:
    """Dedent a triple-quoted body and make sure it ends with one newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


def h(seed: str, n: int = 32) -> str:
    """Hex digest of seed: the deterministic source of every id, boundary and token."""
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_DAYS_SHORT = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NL_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
NL_MONTHS_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def local_tz(d: dt.datetime) -> dt.timezone:
    """CET/CEST for NL and BE (the corpus spans Nov 2026 - May 2027)."""
    if dt.datetime(2027, 3, 28, 2) <= d < dt.datetime(2027, 10, 31, 3):
        return dt.timezone(dt.timedelta(hours=2))
    return dt.timezone(dt.timedelta(hours=1))


def parse_local(s: str) -> dt.datetime:
    d = dt.datetime.fromisoformat(s)
    return d.replace(tzinfo=local_tz(d))


def rfc_date(s: str, utc: bool = False) -> str:
    d = parse_local(s)
    if utc:
        d = d.astimezone(dt.timezone.utc)
    return email.utils.format_datetime(d)


def nl_long(s: str) -> str:
    """'maandag 23 november 2026 10:00' as Dutch Outlook writes it in quote headers."""
    d = dt.datetime.fromisoformat(s)
    return f"{NL_DAYS[d.weekday()]} {d.day} {NL_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def nl_gmail(s: str) -> str:
    """'wo 2 dec 2026 om 15:12' as Dutch Gmail writes it."""
    d = dt.datetime.fromisoformat(s)
    return f"{NL_DAYS_SHORT[d.weekday()]} {d.day} {NL_MONTHS_SHORT[d.month - 1]} {d.year} om {d:%H:%M}"


def nl_day(y: int, m: int, day: int, year: bool = True) -> str:
    d = dt.date(y, m, day)
    s = f"{NL_DAYS[d.weekday()]} {day} {NL_MONTHS[m - 1]}"
    return f"{s} {y}" if year else s


def en_long(s: str) -> str:
    d = dt.datetime.fromisoformat(s)
    return f"{EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


# --------------------------------------------------------------------------
# RFC 2047 / header helpers
# --------------------------------------------------------------------------

Q_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def ew(text: str, charset: str = "utf-8", mode: str = "Q", limit: int = 66) -> str:
    """RFC 2047 encoded-word(s); long text is split over folded lines."""

    def enc(chunk: str) -> str:
        b = chunk.encode(charset)
        if mode == "B":
            return f"=?{charset}?B?{base64.b64encode(b).decode()}?="
        out: list[str] = []
        for ch in chunk:
            if ch == " ":
                out.append("_")
            elif ch in Q_SAFE:
                out.append(ch)
            else:
                out.append("".join(f"={x:02X}" for x in ch.encode(charset)))
        return f"=?{charset}?Q?{''.join(out)}?="

    words: list[str] = []
    cur = ""
    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return (CRLF + " ").join(words)


def hv(text: str, charset: str = "utf-8", mode: str = "Q", limit: int = 66) -> str:
    """Header value: plain if ASCII, encoded-words otherwise."""
    return text if text.isascii() else ew(text, charset, mode, limit)


ADDR_SPECIALS = ',.;:()"@'


def addr(name: str | None, address: str, charset: str = "utf-8", mode: str = "Q", specials: str = ADDR_SPECIALS) -> str:
    """'Name <address>': the name encoded if not ASCII, quoted if it holds one of specials."""
    if not name:
        return address
    if not name.isascii():
        return f"{ew(name, charset, mode)} <{address}>"
    if any(c in name for c in specials):
        return f'"{name}" <{address}>'
    return f"{name} <{address}>"


def fold(name: str, value: str) -> str:
    line = f"{name}: {value}"
    if CRLF in value or len(line) <= 78:
        return line
    out: list[str] = []
    cur = f"{name}:"
    for word in value.split(" "):
        if len(cur) + 1 + len(word) > 78 and cur.strip() and not cur.endswith(":"):
            out.append(cur)
            cur = " " + word
        else:
            cur += " " + word
    out.append(cur)
    return CRLF.join(out)


# --------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------


class Part:
    """A MIME part: header lines and an already encoded body."""

    def __init__(self, headers: Iterable[str], body: bytes) -> None:
        self.headers = list(headers)
        self.body = body  # bytes, CRLF line endings

    def to_bytes(self) -> bytes:
        return (CRLF.join(self.headers) + CRLF + CRLF).encode("ascii") + self.body


def b64lines(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", BCRLF)


def encode_text(text: str, charset: str, cte: str) -> bytes:
    text = text.replace("\r\n", "\n")
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(charset)).replace(b"\n", BCRLF)
    if cte == "base64":
        return b64lines(text.replace("\n", CRLF).encode(charset))
    data = text.replace("\n", CRLF).encode(charset)
    if cte == "7bit":
        assert data.isascii(), "7bit body with non-ASCII text"
        assert all(len(line) <= 998 for line in data.split(BCRLF)), "7bit line longer than 998 octets"
    return data


def text_part(
    text: str,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    params: str = "",
    extra: Iterable[str] = (),
    quote_charset: bool = True,
) -> Part:
    cs = f'"{charset}"' if quote_charset else charset
    headers = [f"Content-Type: text/{subtype}; charset={cs}{params}", f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return Part(headers, encode_text(text, charset, cte))


def multipart(
    subtype: str,
    parts: Iterable[Part],
    boundary: str,
    params: str = "",
    preamble: str | None = None,
    extra: Iterable[str] = (),
) -> Part:
    headers = [f'Content-Type: multipart/{subtype};{CRLF}\tboundary="{boundary}"{params}'] + list(extra)
    body = b""
    if preamble:
        body += preamble.encode("ascii") + BCRLF + BCRLF
    for p in parts:
        body += b"--" + boundary.encode() + BCRLF + p.to_bytes() + BCRLF
    body += b"--" + boundary.encode() + b"--" + BCRLF
    return Part(headers, body)


def attachment(
    data: bytes,
    ctype: str,
    filename: str,
    disposition: str = "attachment",
    cid: str | None = None,
    date: str | None = None,
    size: bool = True,
    description: bool = True,
) -> Part:
    """A base64 part. date adds creation/modification dates; size=False leaves out the size parameter,
    description=False the Content-Description header (as simpler clients write attachments)."""
    headers = [f'Content-Type: {ctype}; name="{filename}"']
    if description:
        headers.append(f"Content-Description: {filename}")
    disp = f'Content-Disposition: {disposition}; filename="{filename}"'
    if size:
        disp += f"; size={len(data)}"
    if date:
        d = rfc_date(date, utc=True)
        disp += f';{CRLF}\tcreation-date="{d}";{CRLF}\tmodification-date="{d}"'
    headers.append(disp)
    if cid:
        headers.append(f"Content-ID: <{cid}>")
    headers.append("Content-Transfer-Encoding: base64")
    return Part(headers, b64lines(data))


def raw_part(headers: Iterable[str], text: str) -> Part:
    """A part whose body is given verbatim (ASCII)."""
    return Part(headers, text.replace("\r\n", "\n").replace("\n", CRLF).encode("ascii"))


# --------------------------------------------------------------------------
# binary payloads: tiny PNG logos and PDFs, generated deterministically
# --------------------------------------------------------------------------


def make_png(w: int, h_: int, bands: Sequence[RGB]) -> bytes:
    """A w x h_ PNG of horizontal colour bands."""
    rows = []
    for y in range(h_):
        color = bands[(y * len(bands)) // h_]
        rows.append(b"\x00" + bytes(color) * w)
    raw = b"".join(rows)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h_, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def make_pdf(lines: Iterable[str]) -> bytes:
    """A one-page PDF showing lines in Helvetica."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 11 Tf 60 780 Td 15 TL " + " ".join(f"({esc(l)}) '" for l in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets: list[int] = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{off:010d} 00000 n \n" for off in offsets).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


# --------------------------------------------------------------------------
# message ids, received headers, whole messages
# --------------------------------------------------------------------------

EXO_PREFIX = ["AM9PR09MB", "DB9PR02MB", "PA4PR03MB", "VI1PR07MB", "AS8PR04MB", "DU0PR10MB", "GV1PR08MB"]


def msgid(style: str, seed: str, domain: str = "example.nl") -> str:
    """A Message-ID in the style of a mail client: outlook, gmail, apple, thunderbird, onprem, other."""
    x = h(seed, 64)
    if style == "outlook":
        pfx = EXO_PREFIX[int(x[:2], 16) % len(EXO_PREFIX)] + str(1000 + int(x[2:6], 16) % 9000)
        nn = f"{int(x[6:8], 16) % 10 + 1:02d}"
        return f"<{pfx}{x[8:40].upper()}@{pfx}.eurprd{nn}.prod.outlook.com>"
    if style == "gmail":
        tok = base64.b64encode(bytes.fromhex(x[:60])).decode().replace("/", "_")[:52]
        return f"<CA{tok}@mail.gmail.com>"
    if style == "apple":
        u = x[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "thunderbird":
        u = x[:32]
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "onprem":
        return f"<{x[:32]}@EXMBX0{int(x[32], 16) % 4 + 1}.{domain}>"
    return f"<{x[:14]}.{x[14:26]}@{domain}>"


def thread_index(seed: str) -> str:
    return base64.b64encode(bytes.fromhex("01" + h(seed + "ti", 42))).decode()


def received(
    seed: str,
    from_addr: str,
    to_addr: str,
    date: str,
    client: str,
    *,
    mx_hosts: Mapping[str, str],
    microsoft_mx: bool = False,
) -> str:
    """The Received header the recipient's MX adds. mx_hosts: recipient domain -> MX host ("mx." + domain
    otherwise); microsoft_mx: an MX under outlook.com names the Microsoft SMTP server instead of Postfix."""
    x = h(seed + "rcv", 24)
    to_dom = to_addr.split("@")[1]
    from_dom = from_addr.split("@")[1]
    ip = f"{[192, 198, 203][int(x[0], 16) % 3]}.{[0, 51, 0][int(x[0], 16) % 3]}.{[2, 100, 113][int(x[0], 16) % 3]}.{int(x[1:3], 16) % 250 + 2}"
    if client in ("outlook", "outlook_ios"):
        host = f"EUR0{int(x[3], 16) % 5 + 1}-{['AM6', 'DB8', 'VI1', 'HE1'][int(x[4], 16) % 4]}-obe.outbound.protection.outlook.com"
    elif client == "gmail":
        host = f"mail-wm1-f{int(x[3:5], 16) % 90 + 10}.google.com"
    elif from_dom in ("hotmail.com", "outlook.com"):
        host = f"EUR0{int(x[3], 16) % 5 + 1}-{['AM6', 'DB8'][int(x[4], 16) % 2]}-obe.outbound.protection.outlook.com"
    else:
        host = f"smtp.{from_dom}"
    qid = base64.b32encode(bytes.fromhex(x[6:22])).decode().rstrip("=")[:12]
    mx = mx_hosts.get(to_dom, "mx." + to_dom)
    d = rfc_date(date)
    zone = "(CEST)" if d.endswith("+0200") else "(CET)"
    mta = "Postfix"
    if microsoft_mx and mx.endswith("outlook.com"):
        mta = "Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384)"
    return (
        f"from {host} ({host} [{ip}]){CRLF}\tby {mx} ({mta}) with ESMTPS id 4{qid}{CRLF}\tfor <{to_addr}>; {d} {zone}"
    )


def svc_mid(seed: str, dom: str) -> str:
    """Message-ID of a mail the registration service itself sent."""
    x = h(seed, 24)
    return f"<{x[:8]}.{x[8:20]}@mailflow.{dom}>"


def build_message(headers: Iterable[tuple[str, str | None]], root: Part, mime_first: bool = False) -> bytes:
    """Top-level headers (None values left out, long ones folded) plus the root part, as raw bytes."""
    lines: list[str] = []
    placed = False
    for k, v in headers:
        if v is None:
            continue
        assert v.isascii(), (k, v)
        if mime_first and not placed and k not in ("Received", "Return-Path"):
            lines.append("MIME-Version: 1.0")  # Gmail puts it first; trace headers sit above it
            placed = True
        lines.append(fold(k, v))
    if not placed:
        lines.append("MIME-Version: 1.0")
    lines.extend(root.headers)
    return (CRLF.join(lines) + CRLF + CRLF).encode("ascii") + root.body


def human_mail(
    *,
    seed: str,
    date: str,
    frm: str,
    to: str,
    subject: str,
    root: Part,
    client: str = "outlook",
    cc: str | None = None,
    reply_to: str | None = None,
    in_reply_to: str | None = None,
    references: str | None = None,
    extra: Iterable[tuple[str, str | None]] = (),
    lang: str = "nl-NL",
    utc: bool = False,
    subj_charset: str = "utf-8",
    subj_mode: str = "Q",
    mid_domain: str | None = None,
    rcv_to: str | None = None,
    mid: str | None = None,
    mx_hosts: Mapping[str, str],
    microsoft_mx: bool = False,
) -> tuple[bytes, str]:
    """Assemble a person-written message with headers typical for its client; returns (raw, Message-ID).
    mx_hosts and microsoft_mx go to received()."""
    from_addr = frm.split("<")[-1].rstrip(">").strip()
    to_addr = (rcv_to or to).split("<")[-1].rstrip(">").strip()
    dom = mid_domain or from_addr.split("@")[1]
    style = {
        "outlook": "outlook",
        "outlook_ios": "outlook",
        "gmail": "gmail",
        "apple": "apple",
        "iphone": "apple",
        "ipad": "apple",
        "thunderbird": "thunderbird",
        "onprem": "onprem",
        "owa": "outlook",
    }.get(client, "other")
    if mid is None:
        x = h(seed + "mid", 40)
        if client == "ox":
            mid = f"<{int(x[:8], 16) % 900000000 + 100000000}.{int(x[8:14], 16) % 9000000 + 1000000}.{1797000000000 + int(x[14:22], 16) % 99999999}@{dom}>"
        elif client == "android":
            mid = f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@email.android.com>"
        elif client == "roundcube":
            mid = f"<{x[:32]}@{dom}>"
        else:
            mid = msgid(style, seed, dom)
    subj = hv(subject, subj_charset, subj_mode)
    hdrs: list[tuple[str, str | None]] = [
        ("Received", received(seed, from_addr, to_addr, date, client, mx_hosts=mx_hosts, microsoft_mx=microsoft_mx))
    ]
    if client in ("outlook", "outlook_ios", "onprem", "owa"):
        hdrs += [
            ("From", frm),
            ("To", to),
            ("CC", cc),
            ("Reply-To", reply_to),
            ("Subject", subj),
            (
                "Thread-Topic",
                hv(subject.split(": ", 1)[-1] if subject[:4] in ("RE: ", "FW: ") else subject, subj_charset, subj_mode),
            ),
            ("Thread-Index", thread_index(seed)),
            ("Date", rfc_date(date, utc=utc)),
            ("Message-ID", mid),
            ("References", references),
            ("In-Reply-To", in_reply_to),
            ("Accept-Language", f"{lang}, en-US"),
            ("Content-Language", lang),
        ]
        hdrs += list(extra)
        return build_message(hdrs, root), mid
    if client == "gmail":
        hdrs += [
            ("References", references),
            ("In-Reply-To", in_reply_to),
            ("From", frm),
            ("Date", rfc_date(date)),
            ("Message-ID", mid),
            ("Subject", subj),
            ("To", to),
            ("Cc", cc),
            ("Reply-To", reply_to),
        ]
        hdrs += list(extra)
        return build_message(hdrs, root, mime_first=True), mid
    # apple, iphone, thunderbird, webmail, systems
    hdrs += [
        ("From", frm),
        ("To", to),
        ("Cc", cc),
        ("Reply-To", reply_to),
        ("Subject", subj),
        ("Date", rfc_date(date)),
        ("Message-ID", mid),
        ("In-Reply-To", in_reply_to),
        ("References", references),
    ]
    if client == "iphone":
        hdrs.append(("X-Mailer", "iPhone Mail (22B91)"))
    elif client == "ipad":
        hdrs.append(("X-Mailer", "iPad Mail (22B91)"))
    elif client == "apple":
        hdrs.append(("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"))
    elif client == "thunderbird":
        hdrs.append(("User-Agent", "Mozilla Thunderbird"))
        hdrs.append(("Content-Language", lang))
    elif client == "ox":
        hdrs.append(("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"))
        hdrs.append(("X-Originating-Client", "open-xchange-appsuite"))
        hdrs.append(("Importance", "Normal"))
    elif client == "roundcube":
        hdrs.append(("User-Agent", "Roundcube Webmail/1.6.9"))
    elif client == "android":
        hdrs.append(("X-Priority", "3"))
    hdrs += list(extra)
    return build_message(hdrs, root), mid


# --------------------------------------------------------------------------
# client body styles: Outlook (Word HTML), Gmail, OWA
# --------------------------------------------------------------------------

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=@CHARSET@">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
w\\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
span.E-mailStijl17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:11.0pt;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="@LANG@" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""
WORD_TAIL = "</div>\n</body>\n</html>\n"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def word_paras(text: str, images: Images) -> str:
    """Word HTML paragraphs; a line [[IMG:key]] becomes an inline image, '- ' a list item."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith("[[IMG:") and line.endswith("]]"):
            key = line[6:-2]
            cid, alt, w, hgt = images[key]
            out.append(
                f'<p class="MsoNormal"><img width="{w}" height="{hgt}" style="width:{w / 96:.4f}in;height:{hgt / 96:.4f}in" '
                f'id="Afbeelding_x0020_1" src="cid:{cid}" alt="{esc(alt)}"><o:p></o:p></p>'
            )
        elif not line.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif line.startswith("- "):
            out.append(
                '<p class="MsoListParagraph" style="text-indent:-18.0pt;mso-list:l0 level1 lfo1">'
                '<![if !supportLists]><span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">'
                "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>"
                f"{esc(line[2:])}<o:p></o:p></p>"
            )
        else:
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
    return "\n".join(out) + "\n"


def plain_with_images(text: str, images: Images) -> str:
    lines = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith("[[IMG:") and line.endswith("]]"):
            lines.append(f"[{images[line[6:-2]][1]}]")
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def outlook_quote_header(qh: Sequence[tuple[str, str]]) -> tuple[str, str]:
    """qh: list of (label, value) e.g. [('Van', '...'), ('Verzonden', ...)]."""
    plain = "\n".join(f"{k}: {v}" for k, v in qh) + "\n"
    htm = (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">'
        + "<br>\n".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in qh)
        + "<o:p></o:p></p>\n</div>\n"
    )
    return plain, htm


def gmail_html_lines(text: str) -> str:
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(f"<div>{esc(line)}</div>" if line.strip() else "<div><br></div>")
    return "".join(out)


def outlook_body(
    seed: str,
    text: str,
    *,
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    lang: str = "NL",
    quote: tuple[Sequence[tuple[str, str]], str] | None = None,
    images: Images | None = None,
    attachments: Sequence[Part] = (),
    date: str | None = None,
    bands: Mapping[str, Sequence[RGB]] | None = None,
) -> Part:
    """Outlook: multipart/alternative (text/plain + Word HTML), optionally
    wrapped in multipart/related (inline images) and multipart/mixed
    (attachments). quote = (header_pairs, quoted_text); bands = the colours
    of each inline image, by the key in images."""
    images = images or {}
    bands = bands or {}
    plain = plain_with_images(text, images)
    body_html = word_paras(text, images)
    if quote:
        qplain, qhtml = outlook_quote_header(quote[0])
        plain += "\n" + qplain + "\n" + quote[1]
        body_html += (
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            + qhtml
            + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            + word_paras(quote[1], {})
        )
    htm = WORD_HEAD.replace("@CHARSET@", charset).replace("@LANG@", lang) + body_html + WORD_TAIL
    b = h(seed, 32)
    alt = multipart(
        "alternative",
        [text_part(plain, "plain", charset, cte), text_part(htm, "html", charset, cte)],
        f"_000_{b[:24].upper()}_",
    )
    root = alt
    if images:
        parts = [alt]
        for key, (cid, alt_text, w, hgt) in images.items():
            fname = cid.split("@")[0]
            png = make_png(w, hgt, bands[key])
            parts.append(attachment(png, "image/png", fname, disposition="inline", cid=cid, date=date))
        root = multipart("related", parts, f"_004_{b[:24].upper()}_", params='; type="multipart/alternative"')
    if attachments:
        root = multipart("mixed", [root] + list(attachments), f"_005_{b[:24].upper()}_")
    return root


def gmail_body(
    seed: str,
    text: str,
    *,
    cte: str = "base64",
    quote: tuple[str, str] | None = None,
    forward: tuple[Sequence[tuple[str, str]], str] | None = None,
    attachments: Sequence[Part] = (),
    fwd_label: str = "---------- Forwarded message ---------",
) -> Part:
    """Gmail: multipart/alternative with <div dir="ltr"> HTML.
    quote = (attribution_line, quoted_text) rendered with '> '.
    forward = (header_pairs, forwarded_text)."""
    plain = text
    htm = '<div dir="ltr">' + gmail_html_lines(text) + "</div>"
    if quote:
        attr, qtext = quote
        plain += "\n" + attr + "\n\n" + "\n".join(("> " + l).rstrip() for l in qtext.rstrip("\n").split("\n")) + "\n"
        htm += (
            '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            + esc(attr)
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + gmail_html_lines(qtext)
            + "</blockquote></div>"
        )
    if forward:
        pairs, ftext = forward
        plain += "\n" + fwd_label + "\n" + "\n".join(f"{k}: {v}" for k, v in pairs) + "\n\n\n" + ftext
        htm += (
            '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            + esc(fwd_label)
            + "<br>"
            + "".join(f"{esc(k)}: {esc(v)}<br>" for k, v in pairs)
            + "</div><br><br>"
            + '<div dir="ltr">'
            + gmail_html_lines(ftext)
            + "</div></div>"
        )
    htm += "\n"
    b = h(seed, 28)
    root = multipart(
        "alternative",
        [text_part(plain, "plain", "UTF-8", cte), text_part(htm, "html", "UTF-8", cte)],
        f"000000000000{b[:16]}",
    )
    if attachments:
        root = multipart("mixed", [root] + list(attachments), f"000000000000{b[16:28]}abcd")
    return root


def owa_body(seed: str, text: str, charset: str = "iso-8859-1", cte: str = "quoted-printable") -> Part:
    """Outlook.com / OWA: multipart/alternative with a light HTML part."""
    divs = "".join(
        f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{esc(l) if l.strip() else "<br>"}</div>\n'
        for l in text.rstrip("\n").split("\n")
    )
    htm = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n' + divs + "</body>\n</html>\n"
    )
    b = h(seed, 24).upper()
    return multipart(
        "alternative", [text_part(text, "plain", charset, cte), text_part(htm, "html", charset, cte)], f"_000_{b}_"
    )


# --------------------------------------------------------------------------
# calendar replies (iMIP) and delivery status notifications
# --------------------------------------------------------------------------


def ics(lines: Iterable[str]) -> str:
    """Fold iCalendar content lines at 75 octets and join with CRLF."""
    out: list[str] = []
    for line in lines:
        b = line.encode("utf-8")
        first = True
        while len(b) > (75 if first else 74):
            cut = 75 if first else 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append((b[:cut] if first else b" " + b[:cut]).decode("utf-8"))
            b = b[cut:]
            first = False
        out.append(b.decode("utf-8") if first else " " + b.decode("utf-8"))
    return "\r\n".join(out) + "\r\n"


VTIMEZONE_WEST_EUROPE = [
    "BEGIN:VTIMEZONE",
    "TZID:W. Europe Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16010101T030000",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def postfix_dsn(
    seed: str,
    *,
    date: str,
    mta: str,
    sender: str,
    rcpt: str,
    action: str,
    status: str,
    diag: str,
    orig_headers: Mapping[str, str],
    remote: str | None = None,
    delayed: bool = False,
) -> Part:
    """A Postfix bounce or delay warning (multipart/report); orig_headers has '_arrival' (and '_retry')."""
    b = f"{h(seed, 12).upper()}.{1795000000 + int(h(seed, 6), 16) % 9999999}/{mta}"
    if delayed:
        notice = T(f"""
            This is the mail system at host {mta}.

            ####################################################################
            # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
            ####################################################################

            Your message could not be delivered for more than 4 hour(s).
            It will be retried until it is 5 day(s) old.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <{rcpt}>: {diag}
            """)
    else:
        notice = T(f"""
            This is the mail system at host {mta}.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <{rcpt}>: {diag}
            """)
    qid = base64.b32encode(bytes.fromhex(h(seed + "q", 16))).decode().rstrip("=")[:11]
    status_lines = [
        f"Reporting-MTA: dns; {mta}",
        f"X-Postfix-Queue-ID: 4{qid}",
        f"X-Postfix-Sender: rfc822; {sender}",
        f"Arrival-Date: {rfc_date(orig_headers['_arrival'])}",
        "",
        f"Final-Recipient: rfc822; {rcpt}",
        f"Original-Recipient: rfc822;{rcpt}",
        f"Action: {action}",
        f"Status: {status}",
    ]
    if remote:
        status_lines.append(f"Remote-MTA: dns; {remote}")
    status_lines.append(f"Diagnostic-Code: {'X-Postfix; ' if delayed else 'smtp; '}{diag}")
    if delayed:
        status_lines.append(f"Will-Retry-Until: {rfc_date(orig_headers['_retry'])}")
    parts = [
        raw_part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notice),
        raw_part(
            ["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
            "\n".join(status_lines) + "\n",
        ),
        raw_part(
            ["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
            "\n".join(f"{k}: {v}" for k, v in orig_headers.items() if not k.startswith("_")) + "\n",
        ),
    ]
    return multipart(
        "report",
        parts,
        b,
        params="; report-type=delivery-status",
        extra=["Content-Transfer-Encoding: 7bit"],
        preamble="This is a MIME-encapsulated message.",
    )


def outlook_imip(
    seed: str,
    *,
    partstat: str,
    who: str,
    who_addr: str,
    org_name: str,
    org_addr: str,
    summary: str,
    start: str,
    end: str,
    location: str,
    stamp: str,
    comment: str = "",
    lang: str = "nl-NL",
) -> Part:
    """An Outlook calendar reply (METHOD:REPLY) to an invitation, with a text/plain comment part."""
    lines = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += VTIMEZONE_WEST_EUROPE
    cn = f'"{who}"' if any(c in who for c in ",;:") else who
    lines += ["BEGIN:VEVENT", f"ATTENDEE;PARTSTAT={partstat};CN={cn}:mailto:{who_addr}"]
    lines.append(f"COMMENT;LANGUAGE={lang}:{comment}" if comment else f"COMMENT;LANGUAGE={lang}:\\n")
    lines += [
        f"SUMMARY;LANGUAGE={lang}:{summary}",
        f"DTSTART;TZID=W. Europe Standard Time:{start}",
        f"DTEND;TZID=W. Europe Standard Time:{end}",
        f"UID:{h(seed + 'uid', 24)}-{start[:8]}@mailflow.{org_addr.split('@')[1]}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        f"LOCATION;LANGUAGE={lang}:{location}",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{-(int(h(seed, 7), 16))}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if partstat == 'DECLINED' else 'BUSY'}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    cal = ics(lines)
    b = h(seed, 24).upper()
    plain = comment.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";") + "\n" if comment else "\n"
    return multipart(
        "alternative",
        [
            text_part(plain, "plain", "utf-8", "base64"),
            Part(
                ['Content-Type: text/calendar; charset="utf-8"; method=REPLY', "Content-Transfer-Encoding: base64"],
                b64lines(cal.encode("utf-8")),
            ),
        ],
        f"_000_{b}_",
    )


# --------------------------------------------------------------------------
# labels, records and the corpus files
# --------------------------------------------------------------------------

KINDS = ["register", "cancel", "change", "question", "auto_reply", "bounce", "calendar_reply", "other"]
NON_HUMAN = {"auto_reply", "bounce", "calendar_reply"}


def message_text(msg: email.message.EmailMessage) -> str:
    """All decoded text of a parsed message: headers and every text/* or message/* part."""
    chunks = [f"{k}: {v}" for k, v in msg.items()]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype.startswith("text/"):
            chunks.append(part.get_content())
        elif ctype == "message/rfc822":
            chunks.append(message_text(part.get_content()))
    return "\n".join(chunks)


def check_message(
    name: str, raw: bytes, seen_ids: set[str], lo: dt.datetime, hi: dt.datetime, span: str
) -> tuple[email.message.EmailMessage, str, list[str]]:
    """The checks every corpus makes of one written message, whatever its label.

    CRLF line endings, lines of at most 998 octets, the five headers every mail has, a Message-ID not
    seen before (added to seen_ids), a Date in [lo, hi) (span names that range in the problem), no MIME
    or header defects, every text part decodable. Returns the parsed message, its decoded text in lower
    case (for checking that labelled participants appear) and the problems found.
    """
    problems = []
    if b"\n" in raw.replace(BCRLF, b"") or b"\r" in raw.replace(BCRLF, b""):
        problems.append(f"{name}: bare LF or CR (line endings must be CRLF)")
    if any(len(line) > 998 for line in raw.split(BCRLF)):
        problems.append(f"{name}: line longer than 998 octets")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    for hdr in ("From", "To", "Subject", "Date", "Message-ID"):
        if not msg[hdr]:
            problems.append(f"{name}: missing {hdr}")
    mid = str(msg["Message-ID"]).strip()
    if mid in seen_ids:
        problems.append(f"{name}: duplicate Message-ID {mid}")
    seen_ids.add(mid)
    when = email.utils.parsedate_to_datetime(str(msg["Date"]))
    if not lo <= when < hi:
        problems.append(f"{name}: Date {when} outside {span}")
    for part in msg.walk():
        if part.defects:
            problems.append(f"{name}: MIME defects {part.defects} in {part.get_content_type()}")
        for k, v in part.items():
            if getattr(v, "defects", None):
                problems.append(f"{name}: header defects in {k}: {v.defects}")
    try:
        text = message_text(msg).lower()
    except Exception as exc:  # decoding failure
        problems.append(f"{name}: cannot decode: {exc!r}")
        text = ""
    return msg, text, problems


def check_label(name: str, lab: Mapping[str, Any], keys: set[str], text: str) -> list[str]:
    """The label rules every corpus shares (its README may add more).

    kind and kind_alt among KINDS, review true/false/"any", every session key (also in from_sessions,
    sessions_alt, sessions_allowed) in the catalogue, from_sessions exactly on a change, no sessions or
    participants for machine mail, no participants for a question or other, every participant (also in
    participants_alt) a lower-case address that occurs in text, a note.
    """
    problems = []
    kind = lab["kind"]
    if kind not in KINDS:
        problems.append(f"{name}: bad kind {kind}")
    for k in lab.get("kind_alt", []):
        if k not in KINDS or k == kind:
            problems.append(f"{name}: bad kind_alt {k}")
    if lab["review"] not in (True, False, "any"):
        problems.append(f"{name}: bad review {lab['review']!r}")
    alt_keys = [k for alt in lab.get("sessions_alt", []) for k in alt] + lab.get("sessions_allowed", [])
    for k in lab["sessions"] + lab.get("from_sessions", []) + alt_keys:
        if k not in keys:
            problems.append(f"{name}: unknown session key {k}")
    if ("from_sessions" in lab) != (kind == "change"):
        problems.append(f"{name}: from_sessions must be present exactly for change")
    if kind in NON_HUMAN and (lab["sessions"] or lab["participants"]):
        problems.append(f"{name}: machine mail must have empty sessions and participants")
    if kind in ("question", "other") and lab["participants"]:
        problems.append(f"{name}: {kind} has participants")
    for p in lab["participants"] + [q for alt in lab.get("participants_alt", []) for q in alt]:
        if p != p.lower() or "@" not in p:
            problems.append(f"{name}: participant {p!r} not a lower-case address")
        if p not in text:
            problems.append(f"{name}: participant {p} does not occur in the message")
    if not lab.get("note"):
        problems.append(f"{name}: empty note")
    return problems


def label(
    kind: str,
    sessions: Iterable[str] = (),
    participants: Iterable[str] = (),
    review: bool | str = False,
    note: str = "",
    from_sessions: Iterable[str] | None = None,
    **alternatives: Any,
) -> dict[str, Any]:
    """alternatives: kind_alt, sessions_alt, participants_alt, sessions_allowed (see README)."""
    d: dict[str, Any] = {"kind": kind, "sessions": list(sessions)}
    if kind == "change":
        d["from_sessions"] = list(from_sessions or [])
    d["participants"] = [p.lower() for p in participants]
    d["review"] = review
    d["note"] = note
    d.update(alternatives)
    return d


def M(date: str, data: bytes | tuple[bytes, Any], lbl: dict[str, Any]) -> dict[str, Any]:
    """A record: local date, raw message (or (raw, message id)), label."""
    return {"date": date, "data": data[0] if isinstance(data, tuple) else data, "label": lbl}


ACTION = {"register", "cancel", "change"}


def session_keys(here: str) -> set[str]:
    """Every session key in here/catalogue.toml."""
    with open(os.path.join(here, "catalogue.toml"), "rb") as f:
        cat = tomllib.load(f)
    return {s["key"] for ev in cat["events"] for s in ev["sessions"]}


def write_corpus(here: str, records: Sequence[dict[str, Any]]) -> None:
    """Write records (already in order) as here/messages/NNN.eml and here/labels.jsonl.

    Each record's label gets its file name first ({"file": "001.eml", ...}).
    """
    msg_dir = os.path.join(here, "messages")
    if os.path.isdir(msg_dir):
        shutil.rmtree(msg_dir)
    os.makedirs(msg_dir)
    lines = []
    for i, rec in enumerate(records, 1):
        fname = f"{i:03d}.eml"
        with open(os.path.join(msg_dir, fname), "wb") as f:
            f.write(rec["data"])
        rec["label"] = {"file": fname, **rec["label"]}
        lines.append(json.dumps(rec["label"], ensure_ascii=False))
    with open(os.path.join(here, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def report(here: str, records: Sequence[dict[str, Any]], problems: Sequence[str], extra: Iterable[str] = ()) -> None:
    """Print what was written (and the extra lines), warn where README.md's count table disagrees, then
    exit 1 if there are problems."""
    counts = {k: sum(1 for r in records if r["label"]["kind"] == k) for k in KINDS}
    review = {
        v: sum(
            1 for r in records if r["label"]["review"] is v or (r["label"]["review"] == v and not isinstance(v, bool))
        )
        for v in (True, False, "any")
    }
    print(f"wrote {len(records)} messages to {os.path.join(here, 'messages')}")
    print("per kind: " + ", ".join(f"{k} {n}" for k, n in counts.items()))
    print(f"review: true {review[True]}, false {review[False]}, any {review['any']}")
    for line in extra:
        print(line)
    readme = os.path.join(here, "README.md")
    if os.path.exists(readme):
        with open(readme, encoding="utf-8") as f:
            text = f.read()
        for k, n in counts.items():
            if f"| {k} | {n} |" not in text and f"| {k} | **{n}** |" not in text:
                print(f"warning: README.md count table does not say '| {k} | {n} |'")
        if f"| **total** | **{len(records)}** |" not in text:
            print(f"warning: README.md count table does not say '| **total** | **{len(records)}** |'")
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ")
        sys.exit(1)
    print("checks passed")
