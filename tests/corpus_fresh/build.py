#!/usr/bin/env python3
"""Build the fresh mailflow evaluation corpus (tests/corpus_fresh).

Writes messages/NNN.eml (raw RFC 5322, CRLF line endings) and labels.jsonl
next to this file, then checks the result. Deterministic: no randomness, no
clock, no network; Python 3.11 standard library only.

    python3 build.py
"""
import base64
import datetime as dt
import email
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

HERE = os.path.dirname(os.path.abspath(__file__))
MSG_DIR = os.path.join(HERE, "messages")
CRLF = "\r\n"
BCRLF = b"\r\n"

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------


def T(s):
    """Dedent a triple-quoted body and make sure it ends with one newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


def h(seed, n=32):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_DAYS_SHORT = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
             "augustus", "september", "oktober", "november", "december"]
NL_MONTHS_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def local_tz(d):
    """CET/CEST for NL and BE (the corpus spans Nov 2026 - May 2027)."""
    if dt.datetime(2027, 3, 28, 2) <= d < dt.datetime(2027, 10, 31, 3):
        return dt.timezone(dt.timedelta(hours=2))
    return dt.timezone(dt.timedelta(hours=1))


def parse_local(s):
    d = dt.datetime.fromisoformat(s)
    return d.replace(tzinfo=local_tz(d))


def rfc_date(s, utc=False):
    d = parse_local(s)
    if utc:
        d = d.astimezone(dt.timezone.utc)
    return email.utils.format_datetime(d)


def nl_long(s):
    """'maandag 23 november 2026 10:00' as Dutch Outlook writes it in quote headers."""
    d = dt.datetime.fromisoformat(s)
    return f"{NL_DAYS[d.weekday()]} {d.day} {NL_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def nl_gmail(s):
    """'wo 2 dec 2026 om 15:12' as Dutch Gmail writes it."""
    d = dt.datetime.fromisoformat(s)
    return f"{NL_DAYS_SHORT[d.weekday()]} {d.day} {NL_MONTHS_SHORT[d.month - 1]} {d.year} om {d:%H:%M}"


def nl_day(y, m, day, year=True):
    d = dt.date(y, m, day)
    s = f"{NL_DAYS[d.weekday()]} {day} {NL_MONTHS[m - 1]}"
    return f"{s} {y}" if year else s


# --------------------------------------------------------------------------
# RFC 2047 / header helpers
# --------------------------------------------------------------------------

Q_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def ew(text, charset="utf-8", mode="Q", limit=66):
    """RFC 2047 encoded-word(s); long text is split over folded lines."""

    def enc(chunk):
        b = chunk.encode(charset)
        if mode == "B":
            return f"=?{charset}?B?{base64.b64encode(b).decode()}?="
        out = []
        for ch in chunk:
            if ch == " ":
                out.append("_")
            elif ch in Q_SAFE:
                out.append(ch)
            else:
                out.append("".join(f"={x:02X}" for x in ch.encode(charset)))
        return f"=?{charset}?Q?{''.join(out)}?="

    words, cur = [], ""
    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return (CRLF + " ").join(words)


def hv(text, charset="utf-8", mode="Q"):
    """Header value: plain if ASCII, encoded-words otherwise."""
    return text if text.isascii() else ew(text, charset, mode)


def addr(name, address, charset="utf-8", mode="Q"):
    if not name:
        return address
    if not name.isascii():
        return f"{ew(name, charset, mode)} <{address}>"
    if any(c in name for c in ',.;:()"@'):
        return f'"{name}" <{address}>'
    return f"{name} <{address}>"


def fold(name, value):
    line = f"{name}: {value}"
    if CRLF in value or len(line) <= 78:
        return line
    out, cur = [], f"{name}:"
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
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body  # bytes, CRLF line endings

    def to_bytes(self):
        return (CRLF.join(self.headers) + CRLF + CRLF).encode("ascii") + self.body


def b64lines(data):
    return base64.encodebytes(data).replace(b"\n", BCRLF)


def encode_text(text, charset, cte):
    text = text.replace("\r\n", "\n")
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(charset)).replace(b"\n", BCRLF)
    if cte == "base64":
        return b64lines(text.replace("\n", CRLF).encode(charset))
    data = text.replace("\n", CRLF).encode(charset)
    if cte == "7bit":
        assert data.isascii(), "7bit body with non-ASCII text"
    return data


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
              params="", extra=(), quote_charset=True):
    cs = f'"{charset}"' if quote_charset else charset
    headers = [f"Content-Type: text/{subtype}; charset={cs}{params}",
               f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return Part(headers, encode_text(text, charset, cte))


def multipart(subtype, parts, boundary, params="", preamble=None, extra=()):
    headers = [f'Content-Type: multipart/{subtype};{CRLF}\tboundary="{boundary}"{params}'] + list(extra)
    body = b""
    if preamble:
        body += preamble.encode("ascii") + BCRLF + BCRLF
    for p in parts:
        body += b"--" + boundary.encode() + BCRLF + p.to_bytes() + BCRLF
    body += b"--" + boundary.encode() + b"--" + BCRLF
    return Part(headers, body)


def attachment(data, ctype, filename, disposition="attachment", cid=None, date=None):
    headers = [f'Content-Type: {ctype}; name="{filename}"',
               f"Content-Description: {filename}"]
    disp = f'Content-Disposition: {disposition}; filename="{filename}"; size={len(data)}'
    if date:
        d = rfc_date(date, utc=True)
        disp += f';{CRLF}\tcreation-date="{d}";{CRLF}\tmodification-date="{d}"'
    headers.append(disp)
    if cid:
        headers.append(f"Content-ID: <{cid}>")
    headers.append("Content-Transfer-Encoding: base64")
    return Part(headers, b64lines(data))


def raw_part(headers, text):
    """A part whose body is given verbatim (ASCII)."""
    return Part(headers, text.replace("\r\n", "\n").replace("\n", CRLF).encode("ascii"))


# --------------------------------------------------------------------------
# binary payloads: tiny PNG logos and PDFs, generated deterministically
# --------------------------------------------------------------------------


def make_png(w, h_, bands):
    rows = []
    for y in range(h_):
        color = bands[(y * len(bands)) // h_]
        rows.append(b"\x00" + bytes(color) * w)
    raw = b"".join(rows)

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h_, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def make_pdf(lines):
    def esc(s):
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
    offsets = []
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


def msgid(style, seed, domain="example.nl"):
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


def thread_index(seed):
    return base64.b64encode(bytes.fromhex("01" + h(seed + "ti", 42))).decode()


def received(seed, from_addr, to_addr, date, client):
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
    mx = {"vng.nl": "mx1.vng.nl", "igemo.be": "mx.igemo.be",
          "provincieantwerpen.be": "mail.provincieantwerpen.be",
          "platform31.nl": "mx.platform31.nl"}.get(to_dom, "mx." + to_dom)
    d = rfc_date(date)
    zone = "(CEST)" if d.endswith("+0200") else "(CET)"
    return (f"from {host} ({host} [{ip}]){CRLF}\tby {mx} (Postfix) with ESMTPS id 4{qid}"
            f"{CRLF}\tfor <{to_addr}>; {d} {zone}")


def build_message(headers, root, mime_first=False):
    lines = []
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


def human_mail(*, seed, date, frm, to, subject, root, client="outlook", cc=None,
               reply_to=None, in_reply_to=None, references=None, extra=(),
               lang="nl-NL", utc=False, subj_charset="utf-8", subj_mode="Q",
               mid_domain=None, rcv_to=None):
    """Assemble a person-written message with headers typical for its client."""
    from_addr = frm.split("<")[-1].rstrip(">").strip()
    to_addr = (rcv_to or to).split("<")[-1].rstrip(">").strip()
    dom = mid_domain or from_addr.split("@")[1]
    style = {"outlook": "outlook", "outlook_ios": "outlook", "gmail": "gmail",
             "apple": "apple", "iphone": "apple", "ipad": "apple", "thunderbird": "thunderbird",
             "onprem": "onprem"}.get(client, "other")
    mid = msgid(style, seed, dom)
    subj = hv(subject, subj_charset, subj_mode)
    hdrs = [("Received", received(seed, from_addr, to_addr, date, client))]
    if client in ("outlook", "outlook_ios", "onprem"):
        hdrs += [("From", frm), ("To", to), ("CC", cc), ("Reply-To", reply_to),
                 ("Subject", subj), ("Thread-Topic", hv(subject.split(": ", 1)[-1] if subject[:4] in ("RE: ", "FW: ") else subject, subj_charset, subj_mode)),
                 ("Thread-Index", thread_index(seed)),
                 ("Date", rfc_date(date, utc=utc)), ("Message-ID", mid),
                 ("References", references), ("In-Reply-To", in_reply_to),
                 ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang)]
        hdrs += list(extra)
        return build_message(hdrs, root), mid
    if client == "gmail":
        hdrs += [("References", references), ("In-Reply-To", in_reply_to),
                 ("From", frm), ("Date", rfc_date(date)), ("Message-ID", mid),
                 ("Subject", subj), ("To", to), ("Cc", cc), ("Reply-To", reply_to)]
        hdrs += list(extra)
        return build_message(hdrs, root, mime_first=True), mid
    # apple, iphone, thunderbird, webmail, systems
    hdrs += [("From", frm), ("To", to), ("Cc", cc), ("Reply-To", reply_to),
             ("Subject", subj), ("Date", rfc_date(date)), ("Message-ID", mid),
             ("In-Reply-To", in_reply_to), ("References", references)]
    if client == "iphone":
        hdrs.append(("X-Mailer", "iPhone Mail (22B91)"))
    elif client == "ipad":
        hdrs.append(("X-Mailer", "iPad Mail (22B91)"))
    elif client == "apple":
        hdrs.append(("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"))
    elif client == "thunderbird":
        hdrs.append(("User-Agent", "Mozilla Thunderbird"))
        hdrs.append(("Content-Language", lang))
    hdrs += list(extra)
    return build_message(hdrs, root), mid


# --------------------------------------------------------------------------
# body builders for common clients
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


def esc(s):
    return html.escape(s, quote=False)


def word_paras(text, images):
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith("[[IMG:") and line.endswith("]]"):
            key = line[6:-2]
            cid, alt, w, hgt = images[key]
            out.append(f'<p class="MsoNormal"><img width="{w}" height="{hgt}" style="width:{w / 96:.4f}in;height:{hgt / 96:.4f}in" '
                       f'id="Afbeelding_x0020_1" src="cid:{cid}" alt="{esc(alt)}"><o:p></o:p></p>')
        elif not line.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif line.startswith("- "):
            out.append('<p class="MsoListParagraph" style="text-indent:-18.0pt;mso-list:l0 level1 lfo1">'
                       '<![if !supportLists]><span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">'
                       '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>'
                       f'{esc(line[2:])}<o:p></o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
    return "\n".join(out) + "\n"


def plain_with_images(text, images):
    lines = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith("[[IMG:") and line.endswith("]]"):
            lines.append(f"[{images[line[6:-2]][1]}]")
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def outlook_quote_header(qh):
    """qh: list of (label, value) e.g. [('Van', '...'), ('Verzonden', ...)]."""
    plain = "\n".join(f"{k}: {v}" for k, v in qh) + "\n"
    htm = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">'
           + "<br>\n".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in qh) + "<o:p></o:p></p>\n</div>\n")
    return plain, htm


def outlook_body(seed, text, *, charset="utf-8", cte="quoted-printable", lang="NL",
                 quote=None, images=None, attachments=(), date=None):
    """Outlook: multipart/alternative (text/plain + Word HTML), optionally
    wrapped in multipart/related (inline images) and multipart/mixed
    (attachments). quote = (header_pairs, quoted_text)."""
    images = images or {}
    plain = plain_with_images(text, images)
    body_html = word_paras(text, images)
    if quote:
        qplain, qhtml = outlook_quote_header(quote[0])
        plain += "\n" + qplain + "\n" + quote[1]
        body_html += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + qhtml + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + word_paras(quote[1], {})
    htm = WORD_HEAD.replace("@CHARSET@", charset).replace("@LANG@", lang) + body_html + WORD_TAIL
    b = h(seed, 32)
    alt = multipart("alternative",
                    [text_part(plain, "plain", charset, cte), text_part(htm, "html", charset, cte)],
                    f"_000_{b[:24].upper()}_")
    root = alt
    if images:
        parts = [alt]
        for key, (cid, alt_text, w, hgt) in images.items():
            fname = cid.split("@")[0]
            png = make_png(w, hgt, IMAGE_BANDS[key])
            parts.append(attachment(png, "image/png", fname, disposition="inline", cid=cid, date=date))
        root = multipart("related", parts, f"_004_{b[:24].upper()}_", params='; type="multipart/alternative"')
    if attachments:
        root = multipart("mixed", [root] + list(attachments), f"_005_{b[:24].upper()}_")
    return root


IMAGE_BANDS = {
    "utrecht": [(200, 16, 46), (255, 255, 255), (200, 16, 46)],
    "mechelen": [(255, 204, 0), (0, 0, 0), (255, 204, 0)],
}


def gmail_html_lines(text):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(f"<div>{esc(line)}</div>" if line.strip() else "<div><br></div>")
    return "".join(out)


def gmail_body(seed, text, *, cte="base64", quote=None, forward=None, attachments=()):
    """Gmail: multipart/alternative with <div dir="ltr"> HTML.
    quote = (attribution_line, quoted_text) rendered with '> '.
    forward = (header_pairs, forwarded_text)."""
    plain = text
    htm = '<div dir="ltr">' + gmail_html_lines(text) + "</div>"
    if quote:
        attr, qtext = quote
        plain += "\n" + attr + "\n\n" + "\n".join(("> " + l).rstrip() for l in qtext.rstrip("\n").split("\n")) + "\n"
        htm += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                + esc(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + gmail_html_lines(qtext)
                + "</blockquote></div>")
    if forward:
        pairs, ftext = forward
        plain += "\n---------- Forwarded message ---------\n" + "\n".join(f"{k}: {v}" for k, v in pairs) + "\n\n\n" + ftext
        htm += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                + "".join(f"{esc(k)}: {esc(v)}<br>" for k, v in pairs) + "</div><br><br>"
                + '<div dir="ltr">' + gmail_html_lines(ftext) + "</div></div>")
    htm += "\n"
    b = h(seed, 28)
    root = multipart("alternative",
                     [text_part(plain, "plain", "UTF-8", cte), text_part(htm, "html", "UTF-8", cte)],
                     f"000000000000{b[:16]}")
    if attachments:
        root = multipart("mixed", [root] + list(attachments), f"000000000000{b[16:28]}abcd")
    return root


def ics(lines):
    """Fold iCalendar content lines at 75 octets and join with CRLF."""
    out = []
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
    "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def owa_body(seed, text, charset="iso-8859-1", cte="quoted-printable"):
    """Outlook.com / OWA: multipart/alternative with a light HTML part."""
    divs = "".join(
        f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{esc(l) if l.strip() else "<br>"}</div>\n'
        for l in text.rstrip("\n").split("\n"))
    htm = (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
           '</head>\n<body dir="ltr">\n' + divs + "</body>\n</html>\n")
    b = h(seed, 24).upper()
    return multipart("alternative", [text_part(text, "plain", charset, cte), text_part(htm, "html", charset, cte)],
                     f"_000_{b}_")


def svc_mid(seed, dom):
    x = h(seed, 24)
    return f"<{x[:8]}.{x[8:20]}@mailflow.{dom}>"


def postfix_dsn(seed, *, date, mta, sender, rcpt, action, status, diag, orig_headers, remote=None, delayed=False):
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
    status_lines = [f"Reporting-MTA: dns; {mta}", f"X-Postfix-Queue-ID: 4{qid}",
                    f"X-Postfix-Sender: rfc822; {sender}", f"Arrival-Date: {rfc_date(orig_headers['_arrival'])}", "",
                    f"Final-Recipient: rfc822; {rcpt}", f"Original-Recipient: rfc822;{rcpt}",
                    f"Action: {action}", f"Status: {status}"]
    if remote:
        status_lines.append(f"Remote-MTA: dns; {remote}")
    status_lines.append(f"Diagnostic-Code: {'X-Postfix; ' if delayed else 'smtp; '}{diag}")
    if delayed:
        status_lines.append(f"Will-Retry-Until: {rfc_date(orig_headers['_retry'])}")
    parts = [
        raw_part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notice),
        raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], "\n".join(status_lines) + "\n"),
        raw_part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                 "\n".join(f"{k}: {v}" for k, v in orig_headers.items() if not k.startswith("_")) + "\n"),
    ]
    return multipart("report", parts, b, params="; report-type=delivery-status",
                     extra=["Content-Transfer-Encoding: 7bit"], preamble="This is a MIME-encapsulated message.")



def outlook_imip(seed, *, partstat, who, who_addr, org_name, org_addr, summary, start, end, location, stamp, comment="", lang="nl-NL"):
    lines = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += VTIMEZONE_WEST_EUROPE
    cn = f'"{who}"' if any(c in who for c in ",;:") else who
    lines += ["BEGIN:VEVENT", f"ATTENDEE;PARTSTAT={partstat};CN={cn}:mailto:{who_addr}"]
    lines.append(f"COMMENT;LANGUAGE={lang}:{comment}" if comment else f"COMMENT;LANGUAGE={lang}:\\n")
    lines += [f"SUMMARY;LANGUAGE={lang}:{summary}",
              f"DTSTART;TZID=W. Europe Standard Time:{start}", f"DTEND;TZID=W. Europe Standard Time:{end}",
              f"UID:{h(seed + 'uid', 24)}-{start[:8]}@mailflow.{org_addr.split('@')[1]}",
              f"ORGANIZER;CN={org_name}:mailto:{org_addr}", "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}",
              "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
              f"LOCATION;LANGUAGE={lang}:{location}",
              "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{-(int(h(seed, 7), 16))}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if partstat == 'DECLINED' else 'BUSY'}",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    b = h(seed, 24).upper()
    plain = comment.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";") + "\n" if comment else "\n"
    return multipart("alternative", [
        text_part(plain, "plain", "utf-8", "base64"),
        Part(['Content-Type: text/calendar; charset="utf-8"; method=REPLY', "Content-Transfer-Encoding: base64"],
             b64lines(cal.encode("utf-8"))),
    ], f"_000_{b}_")



def newsletter_html(title, blocks, footer):
    cells = "".join(
        f'<tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#222">'
        f'<h2 style="margin:0 0 8px;font-size:18px;color:#00437a">{esc(t)}</h2>{esc(b)}'
        f'<br><a href="{u}" style="color:#00437a">Lees meer</a></td></tr>'
        for t, b, u in blocks)
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f'<title>{esc(title)}</title></head><body style="margin:0;background:#f2f2f2">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">'
            f'<tr><td><img src="https://nieuws.example-mailer.nl/img/header-600.png" width="600" alt="{esc(title)}" style="display:block" /></td></tr>'
            + cells +
            f'<tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:12px;color:#777">{footer}</td></tr>'
            '</table></td></tr></table>'
            '<img src="https://nieuws.example-mailer.nl/o/8f3a1c.gif" width="1" height="1" alt="" /></body></html>\n')



# --------------------------------------------------------------------------
# the messages
# --------------------------------------------------------------------------

MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


def label(kind, sessions=(), participants=(), review=False, note="", from_sessions=None, **alternatives):
    """alternatives: kind_alt, sessions_alt, participants_alt, sessions_allowed (see README)."""
    d = {"kind": kind, "sessions": list(sessions)}
    if kind == "change":
        d["from_sessions"] = list(from_sessions or [])
    d["participants"] = [p.lower() for p in participants]
    d["review"] = review
    d["note"] = note
    d.update(alternatives)
    return d


def M(date, data, lbl):
    return {"date": date, "data": data[0] if isinstance(data, tuple) else data, "label": lbl}



# --------------------------------------------------------------------------
# mailboxes, invitation and confirmation texts
# --------------------------------------------------------------------------

RON = "ontmoetingen@vvsg.be"
DOR = "aanmelden@stadswerk.nl"
ONT = "bestuurdersontbijt@brabant.nl"
WOO = "webinars@kcwoo.nl"
EDL = "democracylab@eurocities.eu"

RON_S = {  # key: region, city, (y, m, d), start, end, venue, address
    "ron-brugge": ("West-Vlaanderen", "Brugge", (2027, 5, 18), "19.30", "22.00", "Oud Sint-Jan", "Mariastraat 38, 8000 Brugge"),
    "ron-gent": ("Oost-Vlaanderen", "Gent", (2027, 5, 20), "19.30", "22.00", "Het Pand", "Onderbergen 1, 9000 Gent"),
    "ron-sint-niklaas": ("Waasland", "Sint-Niklaas", (2027, 5, 24), "14.00", "17.00", "Zwijgershoek", "Zwijgershoek 14, 9100 Sint-Niklaas"),
    "ron-leuven": ("Vlaams-Brabant", "Leuven", (2027, 6, 1), "19.30", "22.00", "Provinciehuis Vlaams-Brabant", "Provincieplein 1, 3010 Leuven"),
    "ron-hasselt": ("Limburg", "Hasselt", (2027, 6, 3), "14.00", "17.00", "Cultuurcentrum Hasselt", "Kunstlaan 5, 3500 Hasselt"),
    "ron-geel": ("Kempen", "Geel", (2027, 6, 8), "19.30", "22.00", "De Werft", "Werft 32, 2440 Geel"),
}
RON_INVITE_SUBJECT = "Uitnodiging: regionale ontmoetingen voor lokale mandatarissen 2027"
RON_INVITE_DATE = "2026-11-23 09:00"
RON_INVITE_MID = svc_mid("ron-invite", "vvsg.be")


def ron_invite_text():
    lines = [f"- {nl_day(y, m, d)}, {s}-{e} uur: {reg} – {venue}, {city} ({adr})"
             for reg, city, (y, m, d), s, e, venue, adr in RON_S.values()]
    return T("""
        Beste mandataris,

        Twee jaar na de start van de bestuursperiode brengt de VVSG lokale mandatarissen per regio samen. We blikken terug op wat werkt in de samenwerking tussen raad en college, en we wisselen ervaringen uit over participatie en deontologie.

        Data en locaties
        @LINES@

        Inschrijven
        Antwoord op deze e-mail en vermeld welke ontmoeting je kiest. Je kan je voor één ontmoeting inschrijven. Deelname is gratis.

        Met vriendelijke groeten,

        Team Lokale Democratie
        VVSG
        """).replace("@LINES@", "\n".join(lines))


def ron_confirm_subject(key):
    return f"Bevestiging inschrijving: Regionale ontmoeting {RON_S[key][0]} ({RON_S[key][1]})"


def ron_confirm_text(key, name):
    reg, city, (y, m, d), s, e, venue, adr = RON_S[key]
    return T(f"""
        Beste {name},

        Bedankt voor je inschrijving. We verwachten je op de Regionale ontmoeting {reg}:

        {nl_day(y, m, d)}, {s}-{e} uur
        {venue}, {adr}

        Kan je toch niet komen? Laat het ons weten door op deze e-mail te antwoorden.

        Met vriendelijke groeten,
        Team Lokale Democratie – VVSG
        """)


DOR_T = {
    "dor-hitte": "Hittestress", "dor-water": "Water in de wijk", "dor-groen": "Bomen en biodiversiteit",
    "dor-spelen": "Spelen en bewegen", "dor-inclusief": "Toegankelijke openbare ruimte", "dor-beheer": "Slim beheer",
}
DOR_INVITE_SUBJECT = "Save the date + aanmelden: Dag van de Openbare Ruimte, 27 mei 2027"
DOR_INVITE_MID = svc_mid("dor-invite", "stadswerk.nl")
DOR_INVITE = T("""
    Beste vakgenoot,

    Op donderdag 27 mei 2027 organiseert Stadswerk de Dag van de Openbare Ruimte in de Prodentfabriek in Amersfoort. 's Middags (13.30-16.30 uur) kiest u een van de zes werksessies:

    1. Hittestress – verkoeling en schaduw in versteende wijken
    2. Water in de wijk – wateroverlast, wadi's en riolering
    3. Bomen en biodiversiteit – vergroening die werkt
    4. Spelen en bewegen – speelruimte en beweegvriendelijke inrichting
    5. Toegankelijke openbare ruimte – inclusie en toegankelijkheid
    6. Slim beheer – onderhoud, areaal en assetmanagement

    Aanmelden kan tot en met 30 april 2027 via aanmelden@stadswerk.nl. Vermeld uw naam, organisatie en de werksessie van uw keuze.

    Met vriendelijke groet,
    Stadswerk
    """)


def dor_confirm_text(key, name):
    return T(f"""
        Beste {name},

        U bent aangemeld voor de Dag van de Openbare Ruimte op donderdag 27 mei 2027 in de Prodentfabriek, Amersfoort.
        Werksessie: {DOR_T[key]} (13.30-16.30 uur)

        Wijzigen of afmelden? Beantwoord dan deze e-mail.

        Met vriendelijke groet,
        Stadswerk
        """)


ONT26_SUBJECT = "Uitnodiging Bestuurdersontbijt Wonen en Ruimte - vrijdag 13 maart 2026"
ONT26_TEXT = T("""
    Geachte wethouder,

    Gedeputeerde Staten nodigen u van harte uit voor het Bestuurdersontbijt Wonen en Ruimte op vrijdag 13 maart 2026, van 07.30 tot 09.30 uur in het Provinciehuis (Brabantlaan 1, 's-Hertogenbosch).

    Aanmelden kan tot en met 6 maart 2026 door deze e-mail te beantwoorden.

    Met vriendelijke groet,
    Provincie Noord-Brabant
    """)
ONT27_SUBJECT = "Uitnodiging Bestuurdersontbijt Wonen en Ruimte - vrijdag 12 maart 2027"
ONT27_MID = svc_mid("ont27-invite", "brabant.nl")

WOO_CONFIRM_SUBJECT = "Bevestiging: Webinar Woo in de praktijk (17 februari 2027)"


def woo_confirm_text(name):
    return T(f"""
        Beste {name},

        Je bent aangemeld voor het webinar 'Woo in de praktijk: actief openbaar maken' op woensdag 17 februari 2027 van 12.00 tot 13.00 uur. De Zoom-link volgt een dag van tevoren.

        Groet,
        Kenniscentrum Woo
        """)


EDL_INVITE_SUBJECT = "Invitation: European Local Democracy Lab 2027 (Eupen & Brussels, 9-10 June)"
EDL_INVITE = T("""
    Dear colleagues,

    The European Local Democracy Lab 2027 brings together local politicians and officials working on citizen participation. It has two parts, and you may join one or both:

    - Wednesday 9 June 2027: study visit to the permanent citizens' dialogue in Ostbelgien, Parliament of the German-speaking Community, Eupen (09:00-17:00)
    - Thursday 10 June 2027: policy workshop 'From participation to decision', Square Brussels Meeting Centre (09:30-16:00)

    To register, reply to this e-mail and tell us which day(s) you will attend.

    Best regards,
    Eurocities Democracy Lab team
    """)


def gt(attr, text):
    """'>'-quoted block with an attribution line."""
    return "\n" + attr + "\n\n" + "\n".join(("> " + l).rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


def oq(frm, date, to, subject, text):
    return ([("Van", frm), ("Verzonden", nl_long(date)), ("Aan", to), ("Onderwerp", subject)], text)


def body(seed, text, client, quote=None, charset="utf-8", cte="quoted-printable", attachments=()):
    if client in ("outlook", "onprem"):
        return outlook_body(seed, text, charset=charset, cte=cte, quote=quote, attachments=attachments)
    if client == "gmail":
        return gmail_body(seed, text, cte=cte if cte != "quoted-printable" else "base64", quote=quote, attachments=attachments)
    if client == "webmail":
        return owa_body(seed, text + (gt(*quote) if quote else ""), charset="iso-8859-1" if charset == "utf-8" else charset)
    if client == "html":
        htm = "<html><body>" + "".join(f"<p>{esc(p)}</p>" for p in text.strip().split("\n\n")).replace("\n", "<br>") + "</body></html>\n"
        return text_part(htm, "html", charset, cte)
    if client == "thunderbird":
        return text_part(text + (gt(*quote) if quote else ""), "plain", "UTF-8", "8bit", quote_charset=False)
    return text_part(text + (gt(*quote) if quote else ""), "plain", charset, cte, quote_charset=False)


def mail(seed, date, name, address, to, subject, text, lbl, client="outlook", quote=None, charset="utf-8",
         cte="quoted-printable", attachments=(), **kw):
    root = body(seed, text, client, quote=quote, charset=charset, cte=cte, attachments=attachments)
    lang = kw.pop("lang", "nl-BE" if address.endswith(".be") else "nl-NL")
    data = human_mail(seed=seed, date=date, frm=addr(name, address), to=to, subject=subject, root=root,
                      client=client if client not in ("html", "plain") else "webmail", lang=lang, **kw)
    return M(date, data, lbl)


def L(kind, sessions=(), participants=(), review=False, note="", **kw):
    return label(kind, sessions, participants, review=review, note=note, **kw)


# ===================== Regionale ontmoetingen: registrations =====================

@message
def r_brugge_plain():
    return mail("r01", "2026-11-24 08:12", "Sofie Vanneste", "sofie.vanneste@zedelgem.be", RON,
                "Inschrijving regionale ontmoeting", T("""
        Dag VVSG,

        Ik zou graag aanwezig zijn op de ontmoeting in Brugge.

        Vriendelijke groeten

        Sofie Vanneste
        Gemeenteraadslid Zedelgem
        """), L("register", ["ron-brugge"], ["sofie.vanneste@zedelgem.be"],
                note="'Ik zou graag aanwezig zijn op' (no 'aanmelden'/'inschrijven' in the body); city only."))


@message
def r_gent_terse_phone():
    return mail("r02", "2026-11-24 22:47", "Els De Smet", "els.desmet@aalst.be", RON, "inschrijving",
                "gent. 2 pers: ikzelf + jan.peeters@aalst.be\n\nVerzonden vanaf mijn iPhone\n",
                L("register", ["ron-gent"], ["els.desmet@aalst.be", "jan.peeters@aalst.be"],
                  note="Terse phone note, lower-case city, colleague given only as an address."), client="iphone")


@message
def r_leuven_schrijf_mij_in():
    return mail("r03", "2026-11-25 10:30", "Bart Wouters", "bart.wouters@telenet.be", RON, "Leuven",
                T("""
        Beste,
        Ik schrijf mij in voor de avond in Leuven (1 juni).
        Mvg
        Bart Wouters
        OCMW-raadslid Kortenberg
        """), L("register", ["ron-leuven"], ["bart.wouters@telenet.be"],
                note="Flemish 'ik schrijf mij in'; private address; subject is just the city."), client="webmail")


@message
def r_waasland_region():
    return mail("r04", "2026-11-26 11:05", "Griet Claus", "griet.claus@beveren.be", RON,
                "Regionale ontmoeting", T("""
        Goedemiddag,

        Graag noteer ik mij voor de sessie voor het Waasland.

        Met vriendelijke groet,
        Griet Claus
        Schepen van Bestuurszaken – Gemeente Beveren-Kruibeke-Zwijndrecht
        """), L("register", ["ron-sint-niklaas"], ["griet.claus@beveren.be"],
                note="Region only ('het Waasland' = Sint-Niklaas); 'noteer ik mij' as the registration verb. Zwijndrecht in the signature is no session."),
                charset="windows-1252")


@message
def r_hasselt_numeric_date():
    return mail("r05", "2026-11-27 14:40", "Luc Vanderlinden", "luc.vanderlinden@genk.be", RON,
                "Aanwezigheid 03.06.2027", T("""
        Geachte,

        Hierbij bevestig ik mijn aanwezigheid op 03.06.2027.

        Hoogachtend,
        Luc Vanderlinden
        Gemeenteraadslid Genk
        """), L("register", ["ron-hasselt"], ["luc.vanderlinden@genk.be"],
                note="Only a numeric date with dots (3 juni = Hasselt); 'bevestig mijn aanwezigheid' means register."))


@message
def r_geel_venue():
    return mail("r06", "2026-11-30 09:02", "An Mertens", "an.mertens@mol.be", RON, "De Werft",
                T("""
        Hallo,

        Zet mij maar op de lijst voor De Werft.

        An Mertens
        raadslid Mol
        """), L("register", ["ron-geel"], ["an.mertens@mol.be"],
                note="Venue only (De Werft = Geel); 'zet mij maar op de lijst'."), client="apple")


@message
def r_same_as_last_year():
    return mail("r07", "2026-12-01 16:20", "Pieter De Smet", "pieter.desmet@lokeren.be", RON,
                "Re: " + RON_INVITE_SUBJECT, T("""
        Dag,

        Zelfde locatie als vorig jaar graag. Dat was voor mij het makkelijkst bereikbaar.

        Pieter
        """), L("register", [], ["pieter.desmet@lokeren.be"], review=True, sessions_alt=[["ron-sint-niklaas"]],
                note="'Zelfde locatie als vorig jaar': the session depends on knowledge we don't have (Lokeren suggests Waasland). A person asks."),
                client="gmail", in_reply_to=RON_INVITE_MID, references=RON_INVITE_MID)


@message
def r_gent_form_fields():
    return mail("r08", "2026-12-02 08:55", "Hilde Verstraete", "hilde.verstraete@zottegem.be", RON,
                "Inschrijvingsformulier", T("""
        Naam: Hilde Verstraete
        Functie: gemeenteraadslid
        Bestuur: Zottegem
        E-mail: hilde.verstraete@zottegem.be
        Gekozen ontmoeting: Oost-Vlaanderen (Gent)
        Dieetwensen: geen
        """), L("register", ["ron-gent"], ["hilde.verstraete@zottegem.be"],
                note="Typed as form fields, no sentence; region plus city in the field."), client="thunderbird")


@message
def r_geel_for_mayor():
    return mail("r09", "2026-12-03 10:15", "Secretariaat burgemeester Herentals", "secretariaat.burgemeester@herentals.be", RON,
                "Inschrijving burgemeester Koen Maes", T("""
        Goedemorgen,

        Burgemeester Koen Maes (koen.maes@herentals.be) is graag aanwezig op de regionale ontmoeting in Geel.

        Met vriendelijke groeten,
        Sabine Wuyts
        Secretariaat van de burgemeester
        """), L("register", ["ron-geel"], ["koen.maes@herentals.be"],
                note="A secretariat registers the mayor by address; the sender is not a participant."))


@message
def r_kortrijk_no_session():
    return mail("r10", "2026-12-04 13:33", "Ruth Vandamme", "ruth.vandamme@kortrijk.be", RON,
                "Inschrijving Kortrijk", T("""
        Beste

        Ik schrijf me in voor de sessie in Kortrijk.

        Ruth Vandamme
        """), L("register", [], ["ruth.vandamme@kortrijk.be"], review=True, sessions_alt=[["ron-brugge"]],
                note="There is no session in Kortrijk; West-Vlaanderen is Brugge but a person must ask."), client="gmail")


@message
def r_hasselt_typo():
    return mail("r11", "2026-12-07 19:58", "Ilse Jacobs", "ilse.jacobs@bilzen-hoeselt.be", RON, "inschrijving haselt",
                "Hoi,\n\nIk wil me graag inschrijven voor Haselt.\n\nGroeten,\nIlse\n",
                L("register", ["ron-hasselt"], ["ilse.jacobs@bilzen-hoeselt.be"],
                  note="Typo 'Haselt'; the sender's domain contains 'hoeselt', which must not be matched as a session."),
                client="iphone")


@message
def r_gent_mixed_english():
    return mail("r12", "2026-12-08 12:10", "Yasmina El Hadi", "yasmina.elhadi@merelbeke-melle.be", RON,
                "Meeting Gent 20/5", T("""
        Hi,

        I'd like to join the meeting in Gent on the 20th. Ik ben nieuw raadslid in Merelbeke-Melle, dus alle info is welkom!

        Groetjes,
        Yasmina
        """), L("register", ["ron-gent"], ["yasmina.elhadi@merelbeke-melle.be"],
                note="Mixed English/Dutch; 'join' as the registration verb."), client="gmail", lang="en-US")


@message
def r_leuven_colleagues_no_address():
    return mail("r13", "2026-12-09 15:45", "Griet Vandenbosch", "griet.vandenbosch@tienen.be", RON,
                "Inschrijving Leuven – Tienen", T("""
        Beste organisatie,

        Wij komen met drie vanuit Tienen naar Leuven: ikzelf, schepen Dirk Lemmens en raadslid Sarah Cools.

        Met vriendelijke groeten,
        Griet Vandenbosch
        Algemeen directeur Stad Tienen
        """), L("register", ["ron-leuven"], ["griet.vandenbosch@tienen.be"], review=True,
                note="Two colleagues named without an address: the sender can be registered, the others need follow-up."))


@message
def r_either_brugge_or_gent():
    return mail("r14", "2026-12-10 07:41", "Wout Deprez", "wout.deprez@deinze.be", RON, "Inschrijving",
                T("""
        Goeiemorgen,

        Brugge of Gent, om het even. Zet me maar waar nog plaats is.

        Wout Deprez
        """), L("register", [], ["wout.deprez@deinze.be"], review=True, sessions_alt=[["ron-brugge"], ["ron-gent"]],
                note="Either of two sessions; the event allows one and the choice is left to us: a person picks."), client="webmail")


@message
def r_geel_negation():
    return mail("r15", "2026-12-11 11:11", "Tom Verheyen", "tom.verheyen@herselt.be", RON,
                "Regionale ontmoeting", T("""
        Dag,

        Leuven is voor mij te ver rijden op een dinsdagavond, dus ik kies voor Geel.

        Met vriendelijke groet,
        Tom Verheyen
        Schepen Herselt
        """), L("register", ["ron-geel"], ["tom.verheyen@herselt.be"],
                note="Leuven is ruled out ('te ver'), Geel chosen; 'dinsdagavond' is true of both."))


@message
def r_brugge_dinsdag_de_18de():
    return mail("r16", "2026-12-14 20:03", "Nathalie D'hondt", "nathalie.dhondt@oostkamp.be", RON,
                "18 mei", T("""
        Beste,

        Ik zal er dinsdag de 18de bij zijn.

        Nathalie D'hondt
        OCMW-raadslid Oostkamp
        """), L("register", ["ron-brugge"], ["nathalie.dhondt@oostkamp.be"],
                note="'dinsdag de 18de' (plus '18 mei' in the subject) = Brugge; 'zal er bij zijn' as the registration."),
                client="apple")


@message
def r_sint_niklaas_reply_to_invitation():
    date = "2026-12-15 09:27"
    return mail("r17", date, "Kris Vermeulen", "kris.vermeulen@temse.be", RON, "RE: " + RON_INVITE_SUBJECT,
                "OK voor Sint-Niklaas.\n\nKris Vermeulen\nGemeenteraadslid Temse\n",
                L("register", ["ron-sint-niklaas"], ["kris.vermeulen@temse.be"],
                  note="Three words above the quoted invitation, which lists all six sessions."),
                quote=oq(f"VVSG <{RON}>", RON_INVITE_DATE, "Raadsleden Temse <raad@temse.be>", RON_INVITE_SUBJECT, ron_invite_text()),
                in_reply_to=RON_INVITE_MID, references=RON_INVITE_MID, utc=True)


@message
def r_tuesday_evening_ambiguous():
    return mail("r18", "2026-12-16 17:30", "Joris Claes", "joris.claes@lier.be", RON, "Inschrijving ontmoeting",
                T("""
        Hallo,

        Ik kan alleen op een dinsdagavond, dus graag inschrijven voor die sessie.

        Joris Claes
        """), L("register", [], ["joris.claes@lier.be"], review=True,
                sessions_alt=[["ron-brugge"], ["ron-leuven"], ["ron-geel"]],
                note="Three sessions are on a Tuesday evening (Brugge, Leuven, Geel): ambiguous."))


@message
def r_hasselt_limburgse():
    return mail("r19", "2027-01-05 10:00", "Sevda Yilmaz", "sevda.yilmaz@beringen.be", RON,
                "Limburgse ontmoeting", T("""
        Beste,

        Graag 1 plaats voor de Limburgse ontmoeting.

        Met vriendelijke groeten,
        Sevda Yilmaz
        Gemeenteraadslid Beringen
        """), L("register", ["ron-hasselt"], ["sevda.yilmaz@beringen.be"],
                note="Region as an adjective ('Limburgse') = Hasselt; 'graag 1 plaats' is the request."))


@message
def r_brugge_bullets_with_colleague():
    return mail("r20", "2027-01-06 14:22", "Lotte Vanhaecke", "lotte.vanhaecke@torhout.be", RON,
                "Inschrijving Brugge (2)", T("""
        Dag,

        Wij schrijven ons in voor Brugge:
        - mezelf
        - Ward Desmedt (ward.desmedt@torhout.be)

        Tot dan!
        Lotte
        """), L("register", ["ron-brugge"], ["lotte.vanhaecke@torhout.be", "ward.desmedt@torhout.be"],
                note="Bullet list: 'mezelf' plus a colleague with address. HTML only."), client="html")


@message
def r_forward_without_choice():
    date = "2027-01-07 08:48"
    inner = "Beste raadsleden,\n\nHieronder de uitnodiging van de VVSG. Inschrijven doen jullie zelf.\n\nGriffie Mortsel\n\n" + ron_invite_text()
    fwd = ([("From", "Griffie Mortsel <griffie@mortsel.be>"), ("Date", nl_gmail("2026-11-25 16:02")),
            ("Subject", "Fw: " + RON_INVITE_SUBJECT), ("To", "raadsleden@mortsel.be")], inner)
    data = human_mail(seed="r21", date=date, frm=addr("Raf Peeters", "raf.peeters@mortsel.be"), to=RON,
                      subject="Fwd: " + RON_INVITE_SUBJECT, client="gmail",
                      root=gmail_body("r21", "Graag inschrijven.\n\nRaf\n", forward=fwd))
    return M(date, data, L("register", [], ["raf.peeters@mortsel.be"], review=True,
                           note="Forward of the invitation (all six sessions) with only 'graag inschrijven': no choice made."))


# ===================== Dag van de Openbare Ruimte: registrations =====================

@message
def d_hitte_interest():
    return mail("d01", "2026-12-02 09:14", "Marloes Bakker", "m.bakker@zwolle.nl", DOR,
                "Aanmelding Dag van de Openbare Ruimte", T("""
        Goedemorgen,

        Mijn interesse gaat vooral uit naar hittestress; graag een plek in die werksessie.

        Met vriendelijke groet,

        Marloes Bakker
        Adviseur klimaatadaptatie | Gemeente Zwolle
        """), L("register", ["dor-hitte"], ["m.bakker@zwolle.nl"],
                note="Theme by its title word 'hittestress'; request phrased as 'graag een plek in die werksessie'."))


@message
def d_water_wadis():
    return mail("d02", "2026-12-09 13:50", "Ronald Kok", "r.kok@almere.nl", DOR, "Dag van de Openbare Ruimte 27 mei",
                T("""
        Hallo Stadswerk,

        Wij hebben de afgelopen twee jaar ruim veertig wadi's aangelegd en lopen tegen van alles aan. Ik sluit graag aan bij de sessie daarover.

        Groet,
        Ronald Kok
        Gemeente Almere, Stadsbeheer
        """), L("register", ["dor-water"], ["r.kok@almere.nl"],
                note="Alias in the plural ('wadi's') and 'de sessie daarover'; 'sluit graag aan' as the verb."))


@message
def d_groen_compound():
    return mail("d03", "2027-01-14 10:31", "Henk van Dijk", "h.vandijk@ede.nl", DOR, "Aanmelding: bomensessie 27 mei",
                "Graag aanmelden voor de bomensessie.\n\nGr. Henk van Dijk\nGemeente Ede\n",
                L("register", ["dor-groen"], ["h.vandijk@ede.nl"],
                  note="Compound 'bomensessie' (alias 'bomen' + 'sessie')."), client="plain", charset="us-ascii", cte="7bit")


@message
def d_beheer_spelen_verb():
    return mail("d04", "2027-01-19 11:20", "Sanne de Jong", "s.dejong@zaanstad.nl", DOR, "Aanmelding werksessie",
                T("""
        Beste organisatie,

        Ik meld me aan voor de werksessie over onderhoud. Bij ons spelen er veel vragen over de vervanging van bruggen en kademuren.

        Met vriendelijke groet,
        Sanne de Jong
        Assetmanager civiele kunstwerken, gemeente Zaanstad
        """), L("register", ["dor-beheer"], ["s.dejong@zaanstad.nl"],
                note="'onderhoud' is the Slim beheer alias; 'spelen' is a verb here (not Spelen en bewegen); 'Assetmanager' in the signature agrees."))


@message
def d_inclusief_after_deadline():
    return mail("d05", "2027-05-03 09:05", "Fenna Mulder", "f.mulder@groningen.nl", DOR, "aanmelding",
                T("""
        Goedemorgen,

        Graag meld ik mij aan voor de sessie over toegankelijkheid op 27 mei.

        Groet,
        Fenna Mulder
        """), L("register", ["dor-inclusief"], ["f.mulder@groningen.nl"], review=True,
                note="Sent 3 May, after the deadline (30 April 23:59), without any sign she knows."), client="gmail")


@message
def d_two_themes():
    return mail("d06", "2027-01-25 16:44", "Kees Brouwer", "k.brouwer@dordrecht.nl", DOR, "Dag van de Openbare Ruimte",
                T("""
        Hoi,

        Ik twijfel tussen hitte en water; schrijf me maar voor allebei in, dan kies ik op de dag zelf.

        Kees
        """), L("register", ["dor-hitte", "dor-water"], ["k.brouwer@dordrecht.nl"], review=True,
                note="Two parallel sessions at once in a one-session event."), client="apple")


@message
def d_unknown_theme():
    return mail("d07", "2027-02-01 08:30", "Jeroen Smit", "j.smit@apeldoorn.nl", DOR, "Aanmelding",
                T("""
        Goedemorgen,

        Graag aanmelden voor de werksessie Verkeersveiligheid op de Dag van de Openbare Ruimte.

        Met vriendelijke groet,
        Jeroen Smit
        """), L("register", [], ["j.smit@apeldoorn.nl"], review=True,
                note="There is no 'Verkeersveiligheid' session; a person has to offer the six that exist."))


@message
def d_inclusief_title_with_colleague():
    return mail("d08", "2027-02-08 14:02", "Amina Ouali", "a.ouali@rotterdam.nl", DOR,
                "Aanmelding 2 personen – Toegankelijke openbare ruimte", T("""
        Geachte heer/mevrouw,

        Graag meld ik mij en mijn collega Femke Post (f.post@rotterdam.nl) aan voor de werksessie Toegankelijke openbare ruimte.

        Met vriendelijke groet,

        Amina Ouali
        Beleidsadviseur Toegankelijkheid
        Gemeente Rotterdam
        """), L("register", ["dor-inclusief"], ["a.ouali@rotterdam.nl", "f.post@rotterdam.nl"],
                note="Full session title; sender plus colleague with address."))


@message
def d_two_people_two_sessions():
    return mail("d09", "2027-02-15 10:40", "Petra Lammers", "p.lammers@amersfoort.nl", DOR, "Aanmeldingen Amersfoort",
                T("""
        Beste,

        Ik doe Slim beheer, mijn collega Joost Smit (jo.smit@amersfoort.nl) gaat naar Bomen en biodiversiteit.

        Groeten,
        Petra Lammers
        """), L("register", ["dor-beheer", "dor-groen"], ["p.lammers@amersfoort.nl", "jo.smit@amersfoort.nl"], review=True,
                note="Two people, each for a different parallel session; as sets this is a clash and the split can't be expressed, so a person checks."))


@message
def d_spelen_for_colleague():
    return mail("d10", "2027-02-22 15:15", "Team Jeugd en Sport", "jeugdensport@gouda.nl", DOR,
                "Aanmelding namens team Jeugd & Sport", T("""
        Goedemiddag,

        Namens team Jeugd & Sport meld ik Mila Visser (m.visser@gouda.nl) aan voor de sessie Spelen en bewegen.

        Vriendelijke groet,
        Ruud Koster
        Teamleider Jeugd & Sport
        """), L("register", ["dor-spelen"], ["m.visser@gouda.nl"],
                note="A team mailbox registers one colleague by address; the sender is not a participant."))


@message
def d_water_form_html():
    htm = ('<html><body><table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Calibri">'
           '<tr><td><b>Naam</b></td><td>Wilco Hermsen</td></tr>'
           '<tr><td><b>Organisatie</b></td><td>Waterschap Rivierenland / gemeente Tiel</td></tr>'
           '<tr><td><b>E-mail</b></td><td>w.hermsen@tiel.nl</td></tr>'
           '<tr><td><b>Werksessie</b></td><td>regenwater</td></tr></table>'
           '<p>Groet, Wilco</p></body></html>\n')
    date = "2027-03-01 09:09"
    data = human_mail(seed="d11", date=date, frm=addr("Wilco Hermsen", "w.hermsen@tiel.nl"), to=DOR,
                      subject="Aanmelding DOR 2027", root=text_part(htm, "html", "utf-8", "quoted-printable"), client="webmail")
    return M(date, data, L("register", ["dor-water"], ["w.hermsen@tiel.nl"],
                           note="HTML table 'form' only; the choice is the alias 'regenwater'."))


@message
def d_groen_last_year_context():
    return mail("d12", "2027-03-10 12:12", "Ilona Schouten", "i.schouten@houten.nl", DOR, "Aanmelding werksessie",
                T("""
        Hallo,

        Vorig jaar was mijn collega erg enthousiast over de dag. Dit jaar wil ik zelf graag naar de sessie over biodiversiteit.

        Ilona Schouten
        Ecoloog, gemeente Houten
        """), L("register", ["dor-groen"], ["i.schouten@houten.nl"],
                note="'Vorig jaar' is context; the alias 'biodiversiteit' picks the session."), client="gmail")


# ===================== Bestuurdersontbijt: registrations =====================

@message
def o_schuif_aan():
    return mail("o01", "2026-12-03 07:15", "Lieke van Rooij", "l.vanrooij@oss.nl", ONT, "Re: " + ONT27_SUBJECT,
                "Ik schuif graag aan!\n\nLieke van Rooij\nWethouder Wonen gemeente Oss\n\nVerstuurd vanaf mijn iPhone\n",
                L("register", ["ontbijt-2027"], ["l.vanrooij@oss.nl"],
                  note="'Ik schuif graag aan' (idiom for joining a meal) to a single-session event."),
                client="iphone", in_reply_to=ONT27_MID, references=ONT27_MID)


@message
def o_for_alderman():
    return mail("o02", "2026-12-04 11:30", "Bestuurssecretariaat Tilburg", "bestuurssecretariaat@tilburg.nl", ONT,
                "Aanmelding wethouder Bouzid", T("""
        Goedemorgen,

        Wethouder Ahmed Bouzid (a.bouzid@tilburg.nl) neemt graag deel aan het bestuurdersontbijt op 12 maart.

        Met vriendelijke groet,
        Bestuurssecretariaat gemeente Tilburg
        """), L("register", ["ontbijt-2027"], ["a.bouzid@tilburg.nl"],
                note="Secretariat registers the wethouder by address; the mailbox is not a participant."))


@message
def o_last_year_was_good():
    return mail("o03", "2026-12-10 08:05", "Paul van Hout", "p.vanhout@boxtel.nl", ONT, "Bestuurdersontbijt",
                T("""
        Goedemorgen,

        Vorig jaar was het ontbijt erg geslaagd, dus ik ben er graag weer bij.

        Paul van Hout
        wethouder Boxtel
        """), L("register", ["ontbijt-2027"], ["p.vanhout@boxtel.nl"],
                note="'Vorig jaar' refers to the 2026 edition as context; the request is for 2027."))


@message
def o_reply_to_2026_invitation():
    date = "2026-11-28 10:20"
    return mail("o04", date, "Bram Hendrix", "b.hendrix@heeze-leende.nl", ONT, "RE: " + ONT26_SUBJECT,
                "Ja, ik kom.\n\nBram Hendrix\n",
                L("register", ["ontbijt-2026"], ["b.hendrix@heeze-leende.nl"], review=True, sessions_alt=[["ontbijt-2027"]],
                  note="Reply (Nov 2026) to the 2026 invitation, which is over and closed; he probably means 2027, but a person should check."),
                quote=oq(f"Provincie Noord-Brabant <{ONT}>", "2026-01-20 09:00", "Wethouders Brabant", ONT26_SUBJECT, ONT26_TEXT))


@message
def o_gluten_free():
    return mail("o05", "2027-01-12 09:45", "Marit Claassen", "m.claassen@eindhoven.nl", ONT, "Aanmelding ontbijt 12 maart",
                T("""
        Beste organisatie,

        Ik kom graag. Kleine kanttekening: ik eet glutenvrij.

        Hartelijke groet,
        Marit Claassen
        """), L("register", ["ontbijt-2027"], ["m.claassen@eindhoven.nl"], review="any",
                note="Registration plus a dietary remark for a breakfast: registering is right; whether someone must pass the diet on is a judgement call."))


@message
def o_with_advisor():
    return mail("o06", "2027-02-01 16:16", "Rik Verhoeven", "rik.verhoeven.wethouder@gmail.com", ONT, "ontbijt vrijdag 12/3",
                T("""
        Goedemiddag,

        Graag meld ik mij aan voor het ontbijt van vrijdag 12/3. Ik neem mijn beleidsadviseur mee: Noor Hendriks, noor.hendriks@veldhoven.nl

        Rik Verhoeven
        Wethouder Veldhoven
        """), L("register", ["ontbijt-2027"], ["rik.verhoeven.wethouder@gmail.com", "noor.hendriks@veldhoven.nl"],
                note="Gmail sender plus an adviser with address after a colon."), client="gmail")


# ===================== Woo webinar: registrations =====================

@message
def w_kijk_mee():
    return mail("w01", "2026-12-15 12:40", "Daan Vermeer", "d.vermeer@zeist.nl", WOO, "Woo webinar",
                "Ik kijk mee!\n\nDaan Vermeer\nWoo-coördinator gemeente Zeist\n",
                L("register", ["woo-webinar"], ["d.vermeer@zeist.nl"],
                  note="'Ik kijk mee' for a single online session."))


@message
def w_send_link():
    return mail("w02", "2027-01-05 10:10", "Anouk Visser", "anouk.visser@hilversum.nl", WOO, "Inloglink webinar",
                T("""
        Hallo,

        Kunt u mij de inloglink sturen voor het webinar van 17 februari?

        Groet,
        Anouk Visser
        Informatieadviseur
        """), L("register", ["woo-webinar"], ["anouk.visser@hilversum.nl"], review="any", kind_alt=["question"],
                note="Asks for the link, which is what registering gets you; registering is what a secretary would do, but treating it as a question is fine."))


@message
def w_team_leader_registers_two():
    return mail("w03", "2027-01-08 13:13", "Karin Hoek", "k.hoek@leiden.nl", WOO, "Aanmelding webinar 17/2", T("""
        Beste,

        Namens het team Informatiebeheer meld ik de volgende collega's aan:
        1. Lisa de Graaf – l.degraaf@leiden.nl
        2. Mohammed Amrani – m.amrani@leiden.nl

        Zelf kan ik helaas niet.

        Met vriendelijke groet,
        Karin Hoek
        Teamleider Informatiebeheer
        """), L("register", ["woo-webinar"], ["l.degraaf@leiden.nl", "m.amrani@leiden.nl"],
                note="Numbered list of two colleagues with addresses; the sender explicitly does not attend."))


@message
def w_plekje():
    return mail("w04", "2027-01-20 21:30", "Esther Blom", "estherblom@hotmail.com", WOO, "plekje",
                "Doe mij ook maar een plekje bij de Woo-sessie online.\nEsther Blom, gemeente Lelystad\n",
                L("register", ["woo-webinar"], ["estherblom@hotmail.com"],
                  note="Colloquial 'doe mij ook maar een plekje'; private address."), client="webmail")


@message
def w_last_minute():
    return mail("w05", "2027-02-16 16:50", "Thijs Bosman", "t.bosman@deventer.nl", WOO, "Morgen nog aanhaken?",
                T("""
        Hoi,

        Is het nog mogelijk om morgen aan te haken? Zo ja, graag aanmelden.

        Thijs
        """), L("register", ["woo-webinar"], ["t.bosman@deventer.nl"],
                note="'Is het nog mogelijk' is politeness, followed by 'zo ja, graag aanmelden'; no deadline, so just register."))


# ===================== Democracy Lab: registrations =====================

@message
def e_both_days():
    return mail("e01", "2026-12-01 15:00", "Marta Kowalska", "m.kowalska@gdansk.gda.pl", EDL, "Registration Democracy Lab",
                T("""
        Dear Democracy Lab team,

        I'd like to register for both days (Eupen and Brussels).

        Kind regards,
        Marta Kowalska
        Participation Office, City of Gdańsk
        """), L("register", ["edl-eupen", "edl-brussels"], ["m.kowalska@gdansk.gda.pl"],
                note="Both parts; the event has no per-participant limit."), lang="en-GB")


@message
def e_brussels_only():
    return mail("e02", "2026-12-07 18:25", "Sarah O'Connor", "sarah.oconnor@dublincity.ie", EDL, "Re: " + EDL_INVITE_SUBJECT,
                "Count me in for Brussels only - I can't travel on the 9th.\n\nSarah\n",
                L("register", ["edl-brussels"], ["sarah.oconnor@dublincity.ie"],
                  note="'Count me in'; the 9th (Eupen) is ruled out. Reply above the quoted invitation listing both."),
                client="gmail", quote=(f"On Mon, 30 Nov 2026 at 10:00, Eurocities Democracy Lab <{EDL}> wrote:", EDL_INVITE), lang="en-IE")


@message
def e_eupen_dutch():
    return mail("e03", "2027-01-11 09:35", "Lien Goossens", "lien.goossens@mechelen.be", EDL, "Studiebezoek Eupen",
                T("""
        Beste,

        Ik neem graag deel aan het studiebezoek in Eupen.

        Met vriendelijke groeten,
        Lien Goossens
        Stad Mechelen – Participatie
        """), L("register", ["edl-eupen"], ["lien.goossens@mechelen.be"],
                note="Dutch to an English-language event; 'neem graag deel'."))


@message
def e_colleague_only():
    return mail("e04", "2027-01-25 11:45", "Klaus Schmitz", "k.schmitz@aachen.de", EDL, "Registration of a colleague",
                T("""
        Hello,

        Please sign up my colleague Dr. Anna Weber (anna.weber@aachen.de) for the workshop day in Brussels. I will not attend myself.

        Best regards
        Klaus Schmitz
        Stadt Aachen, Bürgerbeteiligung
        """), L("register", ["edl-brussels"], ["anna.weber@aachen.de"],
                note="English; registers only a colleague; 'workshop day in Brussels'."), lang="de-DE")


@message
def e_ninth():
    return mail("e05", "2027-02-02 08:20", "Johan Lindqvist", "johan.lindqvist@malmo.se", EDL, "Democracy Lab",
                "Hi,\n\nI will attend on the 9th.\n\nJohan Lindqvist\nCity of Malmö\n",
                L("register", ["edl-eupen"], ["johan.lindqvist@malmo.se"],
                  note="Day of the month only (the 9th = Eupen)."), client="thunderbird", lang="en-GB")


@message
def e_german():
    return mail("e06", "2027-03-03 14:05", "Guido Kessler", "guido.kessler@eupen.be", EDL, "Anmeldung Studienbesuch",
                T("""
        Guten Tag,

        ich melde mich gerne für den Studienbesuch in Eupen am 9. Juni an.

        Mit freundlichen Grüßen
        Guido Kessler
        Stadt Eupen
        """), L("register", ["edl-eupen"], ["guido.kessler@eupen.be"],
                note="German ('ich melde mich ... an'); Eupen is German-speaking. Plain registration a secretary understands."),
                lang="de-BE")


# ===================== cancellations =====================

@message
def c_gent_forfait():
    return mail("c01", "2027-04-28 07:55", "Els De Smet", "els.desmet@aalst.be", RON, "Gent",
                "Ik moet helaas forfait geven voor Gent. Jan komt wel.\n\nEls\n\nVerzonden vanaf mijn iPhone\n",
                L("cancel", ["ron-gent"], ["els.desmet@aalst.be"],
                  note="Flemish 'forfait geven' = cancel; the colleague stays registered."), client="iphone")


@message
def c_hitte_vervallen():
    return mail("c02", "2027-03-22 10:05", "Marloes Bakker", "m.bakker@zwolle.nl", DOR, "Aanmelding hitte",
                T("""
        Goedemorgen,

        Mijn inschrijving voor hitte mag vervallen, er is intern iets tussengekomen.

        Groet,
        Marloes Bakker
        """), L("cancel", ["dor-hitte"], ["m.bakker@zwolle.nl"],
                note="'Mijn inschrijving ... mag vervallen' = cancel; theme by alias 'hitte'."))


@message
def c_ontbijt_12e():
    return mail("c03", "2027-03-01 18:40", "Lieke van Rooij", "l.vanrooij@oss.nl", ONT, "Ontbijt 12 maart",
                T("""
        Beste,

        Door een extra collegevergadering kan ik er op de 12e helaas niet bij zijn.

        Lieke
        """), L("cancel", ["ontbijt-2027"], ["l.vanrooij@oss.nl"],
                note="'kan er op de 12e niet bij zijn' = cancel of the single session; no 'afmelden'."), client="iphone")


@message
def c_woo_reply_confirmation():
    return mail("c04", "2027-02-10 09:12", "Daan Vermeer", "d.vermeer@zeist.nl", WOO, "RE: " + WOO_CONFIRM_SUBJECT,
                "Toch niet, sorry. Er is een crisisoverleg ingepland.\n\nDaan\n",
                L("cancel", ["woo-webinar"], ["d.vermeer@zeist.nl"],
                  note="'Toch niet' above the quoted confirmation."),
                quote=oq(f"Kenniscentrum Woo <{WOO}>", "2026-12-15 12:45", "Daan Vermeer", WOO_CONFIRM_SUBJECT, woo_confirm_text("Daan")))


@message
def c_edl_partial():
    return mail("c05", "2027-04-12 13:30", "Marta Kowalska", "m.kowalska@gdansk.gda.pl", EDL, "Change of plans",
                T("""
        Dear team,

        Unfortunately I have to withdraw from the study visit on 9 June. I will still attend the workshop in Brussels.

        Best,
        Marta
        """), L("cancel", ["edl-eupen"], ["m.kowalska@gdansk.gda.pl"],
                note="Partial withdrawal: Eupen only; Brussels explicitly kept."), lang="en-GB")


@message
def c_mayor_by_secretary():
    orig = "Burgemeester Koen Maes (koen.maes@herentals.be) is graag aanwezig op de regionale ontmoeting in Geel."
    return mail("c06", "2027-05-10 08:30", "Secretariaat burgemeester Herentals", "secretariaat.burgemeester@herentals.be", RON,
                "RE: Inschrijving burgemeester Koen Maes", T("""
        Goedemorgen,

        Door omstandigheden zal de burgemeester toch niet aanwezig kunnen zijn.

        Met vriendelijke groeten,
        Sabine Wuyts
        """), L("cancel", ["ron-geel"], ["koen.maes@herentals.be"],
                note="The secretariat cancels for the mayor; session and address only in the quoted original."),
                quote=oq("Secretariaat burgemeester Herentals", "2026-12-03 10:15", RON, "Inschrijving burgemeester Koen Maes", orig))


@message
def c_hasselt_uitschrijven():
    return mail("c07", "2027-05-02 20:10", "Sevda Yilmaz", "sevda.yilmaz@beringen.be", RON, "Uitschrijven",
                "Beste,\n\nGelieve mij uit te schrijven voor de ontmoeting in Hasselt.\n\nSevda Yilmaz\n",
                L("cancel", ["ron-hasselt"], ["sevda.yilmaz@beringen.be"],
                  note="Flemish 'uitschrijven voor de ontmoeting' = cancel the registration, not a newsletter unsubscribe."),
                client="webmail")


@message
def c_water_substitute():
    return mail("c08", "2027-04-20 11:00", "Ronald Kok", "r.kok@almere.nl", DOR, "Vervanging 27 mei",
                T("""
        Hallo,

        Ik kan helaas niet op 27 mei. Mijn collega Pim Dekker (p.dekker@almere.nl) neemt mijn plek in bij de sessie over water.

        Groet,
        Ronald
        """), L("cancel", ["dor-water"], ["r.kok@almere.nl"], review=True,
                note="Substitution: cancel the sender and register p.dekker@almere.nl in his place. Two actions in one mail."))


@message
def c_ontbijt_unspecified():
    return mail("c09", "2027-03-08 07:02", "Paul van Hout", "p.vanhout@boxtel.nl", ONT, "Afmelding",
                "Helaas moet ik mij afmelden.\n\nPaul van Hout\n",
                L("cancel", [], ["p.vanhout@boxtel.nl"], review="any", sessions_allowed=["ontbijt-2027"],
                  note="No session named, but the mailbox's only open event has one session; cancelling it or asking are both fine."),
                client="apple")


# ===================== changes =====================

@message
def h_brugge_to_gent():
    return mail("h01", "2027-01-18 12:00", "Sofie Vanneste", "sofie.vanneste@zedelgem.be", RON, "Wissel Brugge -> Gent",
                T("""
        Dag,

        Kan ik wisselen van Brugge naar Gent? Op de 18de heb ik gemeenteraad.

        Groetjes,
        Sofie
        """), L("change", ["ron-gent"], ["sofie.vanneste@zedelgem.be"], from_sessions=["ron-brugge"],
                note="'Kan ik wisselen van X naar Y' is a polite request, not a question."))


@message
def h_groen_to_water():
    return mail("h02", "2027-02-03 10:20", "Henk van Dijk", "h.vandijk@ede.nl", DOR, "Re: Aanmelding: bomensessie 27 mei",
                "Graag omzetten naar de sessie water i.p.v. groen.\n\nHenk\n",
                L("change", ["dor-water"], ["h.vandijk@ede.nl"], from_sessions=["dor-groen"],
                  note="'omzetten naar X i.p.v. Y'; 'groen' names the Bomen en biodiversiteit session (not an alias, but the only fit)."),
                client="plain", charset="us-ascii", cte="7bit")


@message
def h_edl_move():
    return mail("h03", "2027-02-20 09:40", "Johan Lindqvist", "johan.lindqvist@malmo.se", EDL, "Re: Democracy Lab",
                "Hi again,\n\nCould you move me from the Eupen visit to the Brussels workshop instead?\n\nThanks,\nJohan\n",
                L("change", ["edl-brussels"], ["johan.lindqvist@malmo.se"], from_sessions=["edl-eupen"],
                  note="English move between the two parts."), client="thunderbird", lang="en-GB")


@message
def h_by_dates():
    return mail("h04", "2027-02-24 19:45", "Bart Wouters", "bart.wouters@telenet.be", RON, "wijziging",
                "Beste,\nIn plaats van 1 juni wordt het voor mij 8 juni.\nMvg\nBart Wouters\n",
                L("change", ["ron-geel"], ["bart.wouters@telenet.be"], from_sessions=["ron-leuven"],
                  note="Change given by dates only: 1 juni (Leuven) to 8 juni (Geel)."), client="webmail")


@message
def h_no_target():
    return mail("h05", "2027-03-15 14:30", "Kris Vermeulen", "kris.vermeulen@temse.be", RON, "Sint-Niklaas",
                T("""
        Dag,

        Sint-Niklaas past toch niet meer. Welke andere data zijn er nog?

        Kris
        """), L("change", [], ["kris.vermeulen@temse.be"], from_sessions=["ron-sint-niklaas"], review=True,
                note="Wants to leave Sint-Niklaas but names no target and asks for options: a person answers."))


@message
def h_beheer_to_spelen_reply():
    date = "2027-03-15 10:05"
    return mail("h06", date, "Sanne de Jong", "s.dejong@zaanstad.nl", DOR, "Re: Bevestiging aanmelding Dag van de Openbare Ruimte",
                T("""
        Hoi,

        Na overleg met mijn teamleider ga ik toch liever naar spelen en bewegen, als dat nog kan.

        Sanne
        """), L("change", ["dor-spelen"], ["s.dejong@zaanstad.nl"], from_sessions=["dor-beheer"],
                note="New session in the body ('spelen en bewegen'); the old one only in the quoted confirmation. 'als dat nog kan' is politeness."),
                client="gmail", quote=(f"Op di 19 jan 2027 om 11:30 schreef Stadswerk <{DOR}>:", dor_confirm_text("dor-beheer", "Sanne de Jong")))


# ===================== questions =====================

@message
def q_sign_language():
    return mail("q01", "2027-01-13 10:00", "Wim Goris", "wim.goris@hasselt.be", RON, "Tolk VGT?",
                "Beste,\n\nIs er een tolk Vlaamse Gebarentaal voorzien in Hasselt? Dan schrijf ik mij in.\n\nWim Goris\n",
                L("question", ["ron-hasselt"], review=True,
                  note="Accessibility question; the registration is conditional ('dan schrijf ik mij in')."))


@message
def q_cost_non_members():
    return mail("q02", "2027-01-21 11:11", "Eva Wolters", "e.wolters@stichtsevecht.nl", DOR, "Kosten deelname",
                "Goedemiddag,\n\nWat kost deelname voor niet-leden van Stadswerk?\n\nMet vriendelijke groet,\nEva Wolters\n",
                L("question", [], review=True, note="Cost question; no session, no registration."))


@message
def q_ontbijt_time_parking():
    return mail("q03", "2027-02-25 17:20", "Marit Claassen", "m.claassen@eindhoven.nl", ONT, "Praktisch",
                "Hoi,\n\nHoe laat begint het precies en kan ik parkeren bij het provinciehuis?\n\nMarit\n",
                L("question", ["ontbijt-2027"], review=True, note="Practical question from a registered participant."),
                client="iphone")


@message
def q_recording():
    return mail("q04", "2027-02-09 08:44", "Sandra Kuiper", "s.kuiper@meppel.nl", WOO, "Opname webinar?",
                "Hallo,\n\nWordt het webinar opgenomen? Ik zit die middag in een raadsvergadering.\n\nSandra\n",
                L("question", ["woo-webinar"], review=True, note="Asks about a recording; not a registration."))


@message
def q_travel_reimbursement():
    return mail("q05", "2027-01-28 13:00", "Pierre Lambert", "p.lambert@liege.be", EDL, "Travel costs",
                "Hello,\n\nIs there any travel reimbursement for participants from outside the Flemish and Brussels region?\n\nRegards,\nPierre Lambert\n",
                L("question", [], review=True, note="English question about costs; no registration."), lang="fr-BE")


@message
def q_citizens_welcome():
    return mail("q06", "2026-12-20 15:30", "Johan Peeters", "johan.peeters64@telenet.be", RON, "vraagje",
                "Mogen ook gewone burgers komen of is het enkel voor mandatarissen? Ik woon in Geel.\n",
                L("question", [], review=True, note="Audience question from a resident; 'Geel' is where he lives, not a request."),
                client="webmail")


@message
def q_deadline_before_choosing():
    return mail("q07", "2027-03-30 10:30", "Nadia Bakkali", "n.bakkali@utrecht.nl", DOR, "Inschrijftermijn",
                T("""
        Goedemorgen,

        Tot wanneer kan ik me inschrijven? Ik wil eerst met mijn team overleggen welke sessie het wordt (waarschijnlijk hitte of water).

        Groet,
        Nadia
        """), L("question", [], review=True,
                note="Deadline question; two themes named as possibilities, nothing chosen yet."))


@message
def q_no_confirmation():
    return mail("q08", "2027-01-04 09:20", "An Mertens", "an.mertens@mol.be", RON, "Bevestiging?",
                "Hallo,\n\nIk heb nog geen bevestiging gekregen van mijn inschrijving voor Geel. Is die goed aangekomen?\n\nAn\n",
                L("question", ["ron-geel"], review=True, note="Asks about an earlier registration; not a new registration."),
                client="apple")


@message
def q_language():
    return mail("q09", "2027-02-11 12:00", "Ingrid Moens", "ingrid.moens@maasmechelen.be", EDL, "Taal / language",
                T("""
        Dear organisers,

        Are the sessions in English only? Our alderman speaks Dutch and German but his English is limited.

        Kind regards,
        Ingrid Moens
        """), L("question", [], review=True, note="Language question; no registration."))


# ===================== auto-replies =====================

@message
def a_ooo_exchange_dutch():
    prev = svc_mid("conf-bakker", "stadswerk.nl")
    return mail("a01", "2026-12-02 09:20", "Marloes Bakker", "m.bakker@zwolle.nl", DOR,
                "Automatisch antwoord: Bevestiging aanmelding Dag van de Openbare Ruimte", T("""
        Bedankt voor je bericht. Ik ben vandaag op cursus en lees mijn mail morgen weer. Voor de werksessie hittestress kun je terecht bij mijn collega p.vos@zwolle.nl.

        Marloes Bakker
        """), L("auto_reply", note="Exchange out-of-office (Auto-Submitted) to a confirmation; names a session and a colleague's address."),
                in_reply_to=prev, references=prev, utc=True,
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@message
def a_flemish_verlof_no_headers():
    return mail("a02", "2026-12-23 08:00", "Griet Claus", "griet.claus@beveren.be", RON,
                "Afwezig: Bevestiging inschrijving: Regionale ontmoeting Waasland (Sint-Niklaas)", T("""
        Beste,

        Ik ben met verlof tot en met maandag 4 januari. Uw mail wordt niet doorgestuurd.
        Voor dringende zaken kan u terecht bij het secretariaat: 03 750 15 11.

        Met vriendelijke groeten,
        Griet Claus
        """), L("auto_reply", note="Flemish out-of-office ('met verlof') with no auto headers; subject 'Afwezig:' names a session."),
                client="plain")


@message
def a_ooo_english():
    return mail("a03", "2026-12-07 18:26", "Sarah O'Connor", "sarah.oconnor@dublincity.ie", EDL,
                "Automatic reply: Registration confirmed - European Local Democracy Lab", T("""
        Thank you for your email. I am travelling until 14 December with limited access to email. I will respond on my return.

        Sarah O'Connor
        """), L("auto_reply", note="English out-of-office with Auto-Submitted: auto-replied."), lang="en-IE",
                extra=[("Auto-Submitted", "auto-replied")])


@message
def a_german_abwesenheit():
    return mail("a04", "2027-03-03 14:06", "Guido Kessler", "guido.kessler@eupen.be", EDL,
                "Abwesenheitsnotiz: Registration European Local Democracy Lab", T("""
        Vielen Dank für Ihre Nachricht. Ich bin bis zum 10. März nicht im Büro und habe keinen Zugriff auf meine E-Mails.

        Mit freundlichen Grüßen
        Guido Kessler
        """), L("auto_reply", note="German out-of-office (Auto-Submitted)."), lang="de-BE",
                extra=[("Auto-Submitted", "auto-replied")])


@message
def a_mailbox_not_read():
    return mail("a05", "2026-11-23 09:01", "Gemeente Stichtse Vecht", "raadsgriffie@stichtsevecht.nl", DOR,
                "Re: " + DOR_INVITE_SUBJECT, T("""
        Dit e-mailadres wordt niet meer gelezen. Stuur uw bericht aan griffie@stichtsevecht.nl.

        Dit is een automatisch bericht.
        """), L("auto_reply", note="'Mailbox not read any more' auto-reply to the invitation; names another address."),
                client="plain", extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply")],
                in_reply_to=DOR_INVITE_MID, references=DOR_INVITE_MID)


@message
def a_ticket_system():
    return mail("a06", "2026-11-23 09:03", "Stad Sint-Niklaas", "noreply@sint-niklaas.be", RON,
                f"Uw melding {RON_INVITE_SUBJECT} is geregistreerd [#2026-44817]", T("""
        Beste,

        Uw melding werd geregistreerd onder nummer 2026-44817 en doorgestuurd naar de bevoegde dienst. U krijgt zo snel mogelijk een antwoord.

        Dit is een automatisch gegenereerd bericht, gelieve hier niet op te antwoorden.

        Stad Sint-Niklaas – Klantencontact
        """), L("auto_reply", note="City case-system acknowledgement of the invitation; the sender is a session city."),
                client="plain", extra=[("X-Autoreply", "yes")], in_reply_to=RON_INVITE_MID, references=RON_INVITE_MID)


# ===================== bounces =====================

@message
def b_postfix_unknown():
    date = "2026-11-24 22:50"
    conf_mid = svc_mid("conf-peeters", "vvsg.be")
    orig = {"_arrival": "2026-11-24 22:49:58", "From": addr("VVSG", RON), "To": "jan.peeters@aalst.be",
            "Subject": ron_confirm_subject("ron-gent"), "Date": rfc_date("2026-11-24 22:49:57"),
            "Message-ID": conf_mid, "MIME-Version": "1.0", "Content-Type": 'text/plain; charset="utf-8"'}
    root = postfix_dsn("b01", date=date, mta="mx.vvsg.be", sender=RON, rcpt="jan.peeters@aalst.be", action="failed",
                       status="5.1.1", remote="mail.aalst.be",
                       diag="host mail.aalst.be[198.51.100.9] said: 550 5.1.1 <jan.peeters@aalst.be>: Recipient address rejected: User unknown (in reply to RCPT TO command)",
                       orig_headers=orig)
    hdrs = [("Return-Path", "<>"), ("Date", rfc_date(date)), ("From", "MAILER-DAEMON@mx.vvsg.be (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", RON), ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20261124215001.4Xq1Zp2bVz@mx.vvsg.be>")]
    return M(date, build_message(hdrs, root), L("bounce", review="any",
             note="Postfix 5.1.1 for the confirmation to a colleague registered by address; flagging or a person's follow-up are both fine."))


@message
def b_exchange_english():
    date = "2027-01-25 11:47"
    rcpt = "anna.weber@aachen.de"
    notice = T(f"""
        Your message to {rcpt} couldn't be delivered.

        anna.weber wasn't found at aachen.de.

        Diagnostic information for administrators:
        Generating server: DB9PR02MB7711.eurprd02.prod.outlook.com
        {rcpt}
        Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
        """)
    status = T(f"""
        Reporting-MTA: dns;DB9PR02MB7711.eurprd02.prod.outlook.com

        Final-Recipient: rfc822;{rcpt}
        Action: failed
        Status: 5.1.10
        Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound
        """)
    inner = build_message([("From", EDL), ("To", rcpt), ("Subject", "Registration confirmed - European Local Democracy Lab"),
                           ("Date", rfc_date("2027-01-25 11:46")), ("Message-ID", svc_mid("conf-weber", "eurocities.eu"))],
                          text_part("Dear Anna Weber,\n\nYou are registered for the policy workshop in Brussels on 10 June 2027.\n", "plain", "utf-8", "7bit"))
    root = multipart("report", [text_part(notice, "plain", "utf-8", "quoted-printable"),
                                raw_part(["Content-Type: message/delivery-status"], status),
                                Part(["Content-Type: message/rfc822"], inner)], "_b02_report_", params="; report-type=delivery-status")
    hdrs = [("From", addr("Microsoft Outlook", "postmaster@eurocities.onmicrosoft.com")), ("To", EDL), ("Date", rfc_date(date)),
            ("Subject", "Undeliverable: Registration confirmed - European Local Democracy Lab"),
            ("Message-ID", f"<{h('b02', 32)}@DB9PR02MB7711.eurprd02.prod.outlook.com>"), ("Auto-Submitted", "auto-replied")]
    return M(date, build_message(hdrs, root), L("bounce", review="any",
             note="English Exchange NDR for a confirmation to a colleague registered by someone else; original attached."))


@message
def b_gmail_not_found():
    date = "2027-02-08 14:05"
    text = T("""
        ** Adres niet gevonden **

        Je bericht is niet bezorgd bij f.post@rotterdam.nl omdat het adres niet is gevonden of geen e-mail kan ontvangen.

        Het antwoord van de externe server was:
        550 5.1.1 The email account that you tried to reach does not exist.
        """)
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hdrs = [("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", DOR), ("Date", rfc_date(date)),
            ("Subject", "Delivery Status Notification (Failure)"), ("Message-ID", f"<{h('b03', 24)}@mx.google.com>"),
            ("Auto-Submitted", "auto-replied")]
    return M(date, build_message(hdrs, root), L("bounce", review="any",
             note="Gmail-style Dutch DSN as plain text only (no multipart/report)."))


@message
def b_delayed():
    date = "2027-01-08 17:15"
    orig = {"_arrival": "2027-01-08 13:14:00", "_retry": "2027-01-13 13:14:00", "From": WOO, "To": "m.amrani@leiden.nl",
            "Subject": WOO_CONFIRM_SUBJECT, "Date": rfc_date("2027-01-08 13:13:59"),
            "Message-ID": svc_mid("conf-amrani", "kcwoo.nl")}
    root = postfix_dsn("b04", date=date, mta="mx.kcwoo.nl", sender=WOO, rcpt="m.amrani@leiden.nl", action="delayed",
                       status="4.4.1", delayed=True, diag="connect to mx.leiden.nl[203.0.113.8]:25: Connection timed out",
                       orig_headers=orig)
    hdrs = [("Return-Path", "<>"), ("Date", rfc_date(date)), ("From", "MAILER-DAEMON@mx.kcwoo.nl (Mail Delivery System)"),
            ("Subject", "Delayed Mail (still being retried)"), ("To", WOO), ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20270108161501.4Yb2@mx.kcwoo.nl>")]
    return M(date, build_message(hdrs, root), L("bounce", note="Delay warning (4.4.1): nothing to do yet."))


# ===================== calendar replies =====================

def cal(seed, date, who, who_addr, to, org, summary, start, end, location, partstat, comment="", lang="nl-BE"):
    root = outlook_imip(seed, partstat=partstat, who=who, who_addr=who_addr, org_name=org, org_addr=to,
                        summary=summary, start=start, end=end, location=location, stamp="20270101T000000Z",
                        comment=comment, lang=lang)
    return human_mail(seed=seed, date=date, frm=addr(who, who_addr), to=addr(org, to), subject=summary, root=root,
                      extra=[("Content-class", "urn:content-classes:calendarmessage")])


@message
def i_accept_gent():
    date = "2027-01-10 10:00"
    return M(date, cal("i01", date, "Hilde Verstraete", "hilde.verstraete@zottegem.be", RON, "VVSG",
                       "Geaccepteerd: Regionale ontmoeting Oost-Vlaanderen (Gent)", "20270520T193000", "20270520T220000",
                       "Het Pand\\, Onderbergen 1\\, 9000 Gent", "ACCEPTED"),
             L("calendar_reply", note="Outlook ACCEPTED, empty text part."))


@message
def i_accept_english():
    date = "2027-01-26 09:00"
    return M(date, cal("i02", date, "Anna Weber", "anna.weber@aachen.de", EDL, "Eurocities",
                       "Accepted: Policy workshop: from participation to decision", "20270610T093000", "20270610T160000",
                       "Square Brussels Meeting Centre", "ACCEPTED", lang="en-US"),
             L("calendar_reply", note="English Outlook 'Accepted:' reply."))


@message
def i_decline_with_comment():
    date = "2027-03-02 07:30"
    return M(date, cal("i03", date, "Lieke van Rooij", "l.vanrooij@oss.nl", ONT, "Provincie Noord-Brabant",
                       "Geweigerd: Bestuurdersontbijt Wonen en Ruimte", "20270312T073000", "20270312T093000",
                       "Provinciehuis Noord-Brabant", "DECLINED", comment="Zie mijn mail van gisteren\\, extra collegevergadering.",
                       lang="nl-NL"),
             L("calendar_reply", review="any", kind_alt=["cancel"], sessions_alt=[["ontbijt-2027"]],
               participants_alt=[["l.vanrooij@oss.nl"]],
               note="DECLINED with a comment pointing to her cancellation mail; cancelling or leaving it to a person are both fine."))


@message
def i_tentative():
    date = "2027-02-12 16:00"
    return M(date, cal("i04", date, "Thijs Bosman", "t.bosman@deventer.nl", WOO, "Kenniscentrum Woo",
                       "Voorlopig: Woo in de praktijk: actief openbaar maken (online)", "20270217T120000", "20270217T130000",
                       "Zoom", "TENTATIVE", comment="Misschien iets later.", lang="nl-NL"),
             L("calendar_reply", note="TENTATIVE ('Voorlopig:') with a short comment; neither a registration nor a cancellation."))


# ===================== newsletters, spam and other mail =====================

def newsletter(seed, date, frm_name, frm_addr, to, subject, blocks, unsub):
    plain = subject + "\n\n" + "\n\n".join(f"{t}\n{b}\nLees meer: {u}" for t, b, u in blocks) + f"\n\nUitschrijven: {unsub}\n"
    htm = newsletter_html(subject, blocks, f'<a href="{unsub}">Uitschrijven</a>')
    root = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                     text_part(htm, "html", "utf-8", "quoted-printable")], f"nl_{h(seed, 16)}")
    hdrs = [("From", addr(frm_name, frm_addr)), ("To", to), ("Subject", hv(subject)), ("Date", rfc_date(date)),
            ("Message-ID", f"<{h(seed, 20)}@{frm_addr.split('@')[1]}>"), ("List-Unsubscribe", f"<{unsub}>"),
            ("Precedence", "bulk")]
    return build_message(hdrs, root)


@message
def n_vvsg_newsletter():
    date = "2026-12-18 07:00"
    blocks = [("Regionale ontmoetingen: schrijf je in", "In mei en juni ontmoeten mandatarissen elkaar in Brugge, Gent, Sint-Niklaas, Leuven, Hasselt en Geel. Inschrijven via ontmoetingen@vvsg.be.",
               "https://www.vvsg.be/ontmoetingen"),
              ("Nieuw: handleiding deontologische code", "Een praktische gids voor raadsleden.", "https://www.vvsg.be/deontologie")]
    return M(date, newsletter("n01", date, "VVSG", "nieuwsbrief@vvsg.be", RON, "VVSG Lokaal – december 2026", blocks,
                              "https://www.vvsg.be/nb/uit?x=8f2"),
             L("other", note="Newsletter that lists every session city and the registration address."))


@message
def n_stadswerk_newsletter():
    date = "2027-02-04 07:30"
    blocks = [("Dag van de Openbare Ruimte: nog plek bij hitte en water", "Aanmelden kan tot 30 april. Werksessies over hittestress, wateroverlast, bomen, spelen, toegankelijkheid en beheer.",
               "https://www.stadswerk.nl/dor2027")]
    return M(date, newsletter("n02", date, "Stadswerk", "nieuws@stadswerk.nl", DOR, "Stadswerk Nieuws #3", blocks,
                              "https://www.stadswerk.nl/afmelden?u=33"),
             L("other", note="Organiser's own newsletter naming every theme alias."))


@message
def n_spam():
    date = "2027-01-30 04:12"
    htm = ('<html><body><p>Hello,</p><p>Planning a workshop day with parallel sessions? Our venue in Amersfoort has six breakout rooms. '
           'Reply with "interested" and we will send our rates. Register before 30 April for a 20% discount!</p>'
           '<p>Kind regards,<br>Venue Partners BV</p></body></html>\n')
    hdrs = [("From", addr("Venue Partners", "sales@venue-partners-mail.com")), ("To", DOR),
            ("Subject", "Your event on 27 May"), ("Date", rfc_date(date)), ("Message-ID", f"<{h('n03', 24)}@venue-partners-mail.com>")]
    return M(date, build_message(hdrs, text_part(htm, "html", "utf-8", "quoted-printable")),
             L("other", note="English sales spam mentioning registrations, the date and a deadline."))


@message
def n_phishing():
    date = "2027-02-14 02:20"
    text = ("Beste gebruiker,\n\nEr staan 3 aanmeldingen voor het webinar in quarantaine. Bevestig uw account binnen 24 uur "
            "om ze vrij te geven: https://kcwoo-login.web-verify.top/\n\nIT Servicedesk\n")
    hdrs = [("From", addr("IT Servicedesk", "servicedesk@web-verify.top")), ("To", WOO),
            ("Subject", "Actie vereist: 3 aanmeldingen in quarantaine"), ("Date", rfc_date(date)),
            ("Message-ID", f"<{h('n04', 24)}@web-verify.top>")]
    return M(date, build_message(hdrs, text_part(text, "plain", "utf-8", "7bit")),
             L("other", note="Dutch phishing about 'aanmeldingen'."))


@message
def n_thanks_merci():
    return mail("n05", "2026-12-03 10:40", "Sabine Wuyts", "secretariaat.burgemeester@herentals.be", RON,
                "RE: Bevestiging inschrijving: Regionale ontmoeting Kempen (Geel)",
                "Merci!\n\nSabine\n", L("other", note="One-word thank-you to a confirmation."),
                quote=oq(f"VVSG <{RON}>", "2026-12-03 10:20", "Secretariaat burgemeester Herentals",
                         ron_confirm_subject("ron-geel"), ron_confirm_text("ron-geel", "burgemeester Maes")))


@message
def n_unsubscribe():
    return mail("n06", "2027-01-15 20:00", "Marc Peeters", "marc.peeters@skynet.be", RON, "mailinglijst",
                "Ik ben sinds januari geen raadslid meer. Gelieve mij van jullie mailinglijst te halen.\n\nMarc Peeters\n",
                L("other", review=True, note="Asks to be removed from the mailing list; a person has to act."), client="webmail")


@message
def n_misdirected():
    return mail("n07", "2027-02-19 16:45", "Linda Smits", "l.smits@oisterwijk.nl", ONT, "Stukken BO Wonen",
                T("""
        Hoi Jeroen,

        Kun je mij de stukken van het bestuurlijk overleg Wonen van vorige week nog sturen? Ik kan ze niet vinden in iBabs.

        Groet,
        Linda
        """), L("other", review=True,
                note="Meant for a colleague ('Hoi Jeroen'), sent to the breakfast mailbox by autocomplete; a person should redirect."))


@message
def n_wrong_thread():
    return mail("n08", "2027-03-04 09:10", "Bram Hendrix", "b.hendrix@heeze-leende.nl", ONT, "RE: " + ONT26_SUBJECT,
                T("""
        Goedemorgen,

        Even los van het ontbijt: wie is bij de provincie het aanspreekpunt voor de woondeal Zuidoost-Brabant? Ik krijg geen antwoord op mijn mails.

        Bram
        """), L("other", review=True,
                note="Reply in an old invitation thread about something else entirely; a person should pass it on."),
                quote=oq(f"Provincie Noord-Brabant <{ONT}>", "2026-01-20 09:00", "Wethouders Brabant", ONT26_SUBJECT, ONT26_TEXT))


@message
def n_linkedin():
    date = "2027-01-09 11:00"
    text = "Kris Vermeulen heeft een bericht van u leuk gevonden: 'Inschrijvingen regionale ontmoetingen geopend!'\n\nBekijk op LinkedIn: https://www.linkedin.com/feed/\n"
    hdrs = [("From", addr("LinkedIn", "notifications-noreply@linkedin.com")), ("To", RON),
            ("Subject", "Kris Vermeulen reageerde op uw bericht"), ("Date", rfc_date(date)),
            ("Message-ID", f"<{h('n09', 24)}@linkedin.com>"), ("Auto-Submitted", "auto-generated"),
            ("List-Unsubscribe", "<https://www.linkedin.com/e/unsub>")]
    return M(date, build_message(hdrs, text_part(text, "plain", "utf-8", "quoted-printable")),
             L("other", kind_alt=["auto_reply"], note="Social-network notification quoting the registration announcement."))


@message
def n_read_receipt():
    date = "2027-01-11 09:40"
    rep = T("""
        Reporting-UA: Microsoft Outlook
        Final-Recipient: rfc822;lien.goossens@mechelen.be
        Disposition: manual-action/MDN-sent-manually; displayed
        """)
    root = multipart("report", [text_part("Uw bericht is gelezen op maandag 11 januari 2027 09:40.\n", "plain", "utf-8", "7bit"),
                                raw_part(["Content-Type: message/disposition-notification"], rep)],
                     "_rr_n10_", params="; report-type=disposition-notification")
    hdrs = [("From", addr("Lien Goossens", "lien.goossens@mechelen.be")), ("To", EDL),
            ("Subject", "Gelezen: Registration confirmed - European Local Democracy Lab"), ("Date", rfc_date(date)),
            ("Message-ID", f"<{h('n10', 24)}@mechelen.be>")]
    return M(date, build_message(hdrs, root), L("other", note="Outlook read receipt ('Gelezen:')."))


# --------------------------------------------------------------------------
# build + checks
# --------------------------------------------------------------------------

KINDS = ["register", "cancel", "change", "question", "auto_reply", "bounce", "calendar_reply", "other"]
NON_HUMAN = {"auto_reply", "bounce", "calendar_reply"}


def session_keys():
    with open(os.path.join(HERE, "catalogue.toml"), "rb") as f:
        cat = tomllib.load(f)
    return {s["key"] for ev in cat["events"] for s in ev["sessions"]}


def message_text(msg):
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


def check(records):
    keys = session_keys()
    problems = []
    seen_ids = set()
    lo, hi = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc), dt.datetime(2027, 6, 1, tzinfo=dt.timezone.utc)
    for rec in records:
        lab, name = rec["label"], rec["label"]["file"]
        raw = open(os.path.join(MSG_DIR, name), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for hdr in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[hdr]:
                problems.append(f"{name}: missing {hdr}")
        mid = str(msg["Message-ID"]).strip()
        if mid in seen_ids:
            problems.append(f"{name}: duplicate Message-ID {mid}")
        seen_ids.add(mid)
        when = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if not lo <= when < hi:
            problems.append(f"{name}: Date {when} outside Nov 2026 - May 2027")
        for part in msg.walk():
            if part.defects:
                problems.append(f"{name}: MIME defects {part.defects} in {part.get_content_type()}")
        try:
            text = message_text(msg).lower()
        except Exception as exc:  # decoding failure
            problems.append(f"{name}: cannot decode: {exc!r}")
            text = ""
        if lab["kind"] not in KINDS:
            problems.append(f"{name}: bad kind {lab['kind']}")
        if lab["review"] not in (True, False, "any"):
            problems.append(f"{name}: bad review {lab['review']!r}")
        for k in lab["sessions"] + lab.get("from_sessions", []):
            if k not in keys:
                problems.append(f"{name}: unknown session key {k}")
        if ("from_sessions" in lab) != (lab["kind"] == "change"):
            problems.append(f"{name}: from_sessions must be present exactly for change")
        if lab["kind"] in NON_HUMAN and (lab["sessions"] or lab["participants"]):
            problems.append(f"{name}: non-human mail must have empty sessions and participants")
        if lab["kind"] in ("question", "other") and lab["participants"]:
            problems.append(f"{name}: {lab['kind']} has participants")
        if lab["kind"] in ("register", "cancel", "change") and not lab["participants"]:
            problems.append(f"{name}: {lab['kind']} without participants")
        for p in lab["participants"]:
            if p != p.lower() or "@" not in p:
                problems.append(f"{name}: participant {p!r} not a lower-case address")
            if p not in text:
                problems.append(f"{name}: participant {p} does not occur in the message")
        if not lab["note"]:
            problems.append(f"{name}: empty note")
    return problems


def main():
    records = []
    for fn in MESSAGES:
        rec = fn()
        rec["name"] = fn.__name__
        records.append(rec)
    names = [r["name"] for r in records]
    assert len(names) == len(set(names))
    records.sort(key=lambda r: (dt.datetime.fromisoformat(r["date"]), r["name"]))

    if os.path.isdir(MSG_DIR):
        shutil.rmtree(MSG_DIR)
    os.makedirs(MSG_DIR)
    lines = []
    for i, rec in enumerate(records, 1):
        fname = f"{i:03d}.eml"
        with open(os.path.join(MSG_DIR, fname), "wb") as f:
            f.write(rec["data"])
        rec["label"] = {"file": fname, **rec["label"]}
        lines.append(json.dumps(rec["label"], ensure_ascii=False))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    problems = check(records)
    counts = {k: sum(1 for r in records if r["label"]["kind"] == k) for k in KINDS}
    review = {v: sum(1 for r in records if r["label"]["review"] == v) for v in (True, False, "any")}
    print(f"wrote {len(records)} messages to {MSG_DIR}")
    print("per kind: " + ", ".join(f"{k} {n}" for k, n in counts.items()))
    print(f"review: true {review[True]}, false {review[False]}, any {review['any']}")
    readme = os.path.join(HERE, "README.md")
    if os.path.exists(readme):
        text = open(readme, encoding="utf-8").read()
        for k, n in counts.items():
            if f"| {k} | {n} |" not in text:
                print(f"warning: README.md count table does not say '| {k} | {n} |'")
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ")
        sys.exit(1)
    print("checks passed")


if __name__ == "__main__":
    main()
