#!/usr/bin/env python3
"""Build mailflow's own labelled test corpus.

Writes messages/NNN.eml (raw RFC 5322, CRLF line endings) and labels.jsonl
next to this file, then checks the result. Deterministic (no randomness, no
clock, no network) and standard library only (Python 3.11+).

    python3 build.py

Every message is a function decorated with @message that returns
M(date, raw_bytes, label(...)). Files are numbered by Date, so adding a
message can renumber the ones after it.
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

# ==========================================================================
# helpers: text, dates
# ==========================================================================


def T(s):
    """Dedent a triple-quoted block; exactly one trailing newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


def sha(seed, n=32):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAG_KORT = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"]
MND_KORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def cet(d):
    """UTC offset for Amsterdam/Brussels local time d (naive)."""
    if dt.datetime(2027, 3, 28, 2) <= d < dt.datetime(2027, 10, 31, 3):
        return dt.timezone(dt.timedelta(hours=2))
    return dt.timezone(dt.timedelta(hours=1))


def when(s):
    """'2027-01-12 09:41' (Amsterdam/Brussels local) or '2027-01-12 09:41 +0000'."""
    parts = s.split(" ")
    d = dt.datetime.fromisoformat(parts[0] + " " + parts[1])
    if len(parts) == 3:
        sign = 1 if parts[2][0] == "+" else -1
        off = dt.timedelta(hours=int(parts[2][1:3]), minutes=int(parts[2][3:5])) * sign
        return d.replace(tzinfo=dt.timezone(off))
    return d.replace(tzinfo=cet(d))


def rfc_date(s, utc=False):
    d = when(s)
    if utc:
        d = d.astimezone(dt.timezone.utc)
    return email.utils.format_datetime(d)


def nl_full(s):
    """'dinsdag 23 februari 2027 14:05' (Outlook quote header)."""
    d = when(s)
    return f"{DAGEN[d.weekday()]} {d.day} {MAANDEN[d.month - 1]} {d.year} {d:%H:%M}"


def nl_gm(s):
    """'di 23 feb 2027 om 14:05' (Dutch Gmail attribution)."""
    d = when(s)
    return f"{DAG_KORT[d.weekday()]} {d.day} {MND_KORT[d.month - 1]} {d.year} om {d:%H:%M}"


def en_full(s):
    d = when(s)
    return f"{DAYS_EN[d.weekday()]}, {d.day} {MONTHS_EN[d.month - 1]} {d.year} {d:%H:%M}"


def en_gm(s):
    d = when(s)
    return f"{DAYS_EN[d.weekday()][:3]}, {d.day} {MONTHS_EN[d.month - 1][:3]} {d.year} at {d:%H:%M}"


def dag(y, m, d, year=False):
    x = dt.date(y, m, d)
    s = f"{DAGEN[x.weekday()]} {d} {MAANDEN[m - 1]}"
    return f"{s} {y}" if year else s


# ==========================================================================
# headers: RFC 2047, addresses, folding
# ==========================================================================

_QSAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def ew(text, charset="utf-8", mode="Q", limit=70):
    def enc(chunk):
        b = chunk.encode(charset)
        if mode == "B":
            return f"=?{charset}?B?{base64.b64encode(b).decode()}?="
        out = "".join("_" if c == " " else c if c in _QSAFE else "".join(f"={x:02X}" for x in c.encode(charset))
                      for c in chunk)
        return f"=?{charset}?Q?{out}?="
    words, cur = [], ""
    for c in text:
        if cur and len(enc(cur + c)) > limit:
            words.append(enc(cur))
            cur = c
        else:
            cur += c
    if cur:
        words.append(enc(cur))
    return (CRLF + " ").join(words)


def hv(text, charset="utf-8", mode="Q"):
    return text if text.isascii() else ew(text, charset, mode)


def addr(name, address, charset="utf-8", mode="Q"):
    if not name:
        return address
    if not name.isascii():
        return f"{ew(name, charset, mode)} <{address}>"
    if any(c in name for c in ',.;:()"@\''):
        return '"' + name.replace('"', '\\"') + f'" <{address}>'
    return f"{name} <{address}>"


def fold(name, value):
    line = f"{name}: {value}"
    if CRLF in value or len(line) <= 78:
        return line
    out, cur = [], f"{name}:"
    for word in value.split(" "):
        if len(cur) + 1 + len(word) > 78 and not cur.endswith(":"):
            out.append(cur)
            cur = " " + word
        else:
            cur += " " + word
    out.append(cur)
    return CRLF.join(out)


# ==========================================================================
# MIME parts
# ==========================================================================


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body

    def bytes(self):
        return (CRLF.join(self.headers) + CRLF + CRLF).encode("ascii") + self.body


def b64(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def encode_body(text, charset, cte):
    text = text.replace("\r\n", "\n")
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(charset)).replace(b"\n", b"\r\n")
    if cte == "base64":
        return b64(text.replace("\n", CRLF).encode(charset))
    data = text.replace("\n", CRLF).encode(charset)
    if cte == "7bit":
        assert data.isascii(), "non-ASCII text in a 7bit part"
    return data


def textp(text, sub="plain", charset="utf-8", cte="quoted-printable", params="", quoted=True, extra=()):
    cs = f'"{charset}"' if quoted else charset
    return Part([f"Content-Type: text/{sub}; charset={cs}{params}", f"Content-Transfer-Encoding: {cte}"] + list(extra),
                encode_body(text, charset, cte))


def multi(sub, parts, boundary, params="", preamble=None, extra=()):
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\r\n\r\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\r\n" + p.bytes() + b"\r\n"
    body += b"--" + boundary.encode() + b"--\r\n"
    return Part([f'Content-Type: multipart/{sub};{CRLF}\tboundary="{boundary}"{params}'] + list(extra), body)


def rawp(headers, text):
    return Part(headers, text.replace("\r\n", "\n").replace("\n", CRLF).encode("ascii"))


def attach(data, ctype, filename, inline=False, cid=None):
    hd = [f'Content-Type: {ctype}; name="{filename}"',
          f'Content-Disposition: {"inline" if inline else "attachment"}; filename="{filename}"; size={len(data)}']
    if cid:
        hd.append(f"Content-ID: <{cid}>")
    hd.append("Content-Transfer-Encoding: base64")
    return Part(hd, b64(data))


def png(w, h_, colours):
    rows = b"".join(b"\x00" + bytes(colours[(y * len(colours)) // h_]) * w for y in range(h_))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h_, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def pdf(lines):
    def e(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 56 790 Td 16 TL " + " ".join(f"({e(x)}) '" for x in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out, offs = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + "".join(f"{o:010d} 00000 n \n" for o in offs).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def esc(s):
    return html.escape(s, quote=False)


def quote_gt(text):
    return "\n".join(("> " + l).rstrip() if not l.startswith(">") else (">" + l).rstrip()
                     for l in text.rstrip("\n").split("\n")) + "\n"


# ==========================================================================
# client body styles
# ==========================================================================

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=@CS@">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
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
span.E-mailStijl18
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:11.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="@LANG@" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def word_html(text, images=None):
    images = images or {}
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith("[[IMG:"):
            cid, alt, w, hh = images[line[6:-2]]
            out.append(f'<p class="MsoNormal"><img width="{w}" height="{hh}" style="width:{w / 96:.4f}in;height:{hh / 96:.4f}in" '
                       f'id="Afbeelding_x0020_1" src="cid:{cid}" alt="{esc(alt)}"><o:p></o:p></p>')
        elif not line.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif line.startswith("- ") or line.startswith("• "):
            out.append('<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-18.0pt">'
                       f'<span style="mso-list:Ignore">&#8226;&nbsp;&nbsp;</span>{esc(line[2:])}<o:p></o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
    return "\n".join(out) + "\n"


def plain_img(text, images):
    return "\n".join(f"[{images[l[6:-2]][1]}]" if l.startswith("[[IMG:") else l
                     for l in text.rstrip("\n").split("\n")) + "\n"


def outlook_body(seed, text, *, charset="utf-8", cte="quoted-printable", lang="NL", quote=None,
                 images=None, attachments=(), html_quote_only=False):
    """Outlook desktop / new Outlook: multipart/alternative (plain + Word HTML),
    optionally inside multipart/related (inline images) and multipart/mixed.
    quote = (list of (label, value) header pairs, quoted text)."""
    images = images or {}
    plain, body = plain_img(text, images), word_html(text, images)
    if quote:
        pairs, qtext = quote
        plain += "\n" + "\n".join(f"{k}: {v}" for k, v in pairs) + "\n\n" + qtext
        body += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                 '<p class="MsoNormal">' + "<br>\n".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in pairs)
                 + "<o:p></o:p></p>\n</div>\n" + word_html(qtext))
    htm = WORD_HEAD.replace("@CS@", charset).replace("@LANG@", lang) + body + "</div>\n</body>\n</html>\n"
    b = sha(seed)[:24].upper()
    root = multi("alternative", [textp(plain, "plain", charset, cte), textp(htm, "html", charset, cte)], f"_000_{b}_")
    if images:
        parts = [root]
        for key, (cid, alt, w, hh) in images.items():
            parts.append(attach(png(w, hh, LOGO_COLOURS[key]), "image/png", cid.split("@")[0], inline=True, cid=cid))
        root = multi("related", parts, f"_004_{b}_", params='; type="multipart/alternative"')
    if attachments:
        root = multi("mixed", [root] + list(attachments), f"_005_{b}_")
    return root


LOGO_COLOURS = {
    "zwolle": [(0, 84, 159), (255, 255, 255), (0, 84, 159)],
    "kortrijk": [(226, 0, 26), (255, 255, 255)],
    "leuven": [(200, 16, 46), (255, 255, 255), (200, 16, 46)],
    "deventer": [(0, 0, 0), (255, 204, 0)],
    "griffie": [(30, 60, 120), (240, 240, 240)],
}


def gm_html(text):
    return "".join(f"<div>{esc(l)}</div>" if l.strip() else "<div><br></div>" for l in text.rstrip("\n").split("\n"))


def gmail_body(seed, text, *, cte="quoted-printable", quote=None, forward=None, attachments=()):
    """Gmail web: multipart/alternative with <div dir="ltr">.
    quote = (attribution, quoted text); forward = (pairs, forwarded text)."""
    plain, htm = text, '<div dir="ltr">' + gm_html(text) + "</div>"
    if quote:
        attr, q = quote
        plain += "\n" + attr + "\n\n" + quote_gt(q)
        htm += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + esc(attr)
                + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + gm_html(q) + "</blockquote></div>")
    if forward:
        pairs, ftext = forward
        plain += "\n---------- Forwarded message ---------\n" + "\n".join(f"{k}: {v}" for k, v in pairs) + "\n\n\n" + ftext
        htm += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                + "".join(f"{esc(k)}: {esc(v)}<br>" for k, v in pairs) + '</div><br><br><div dir="ltr">' + gm_html(ftext) + "</div></div>")
    htm += "\n"
    b = sha(seed, 28)
    root = multi("alternative", [textp(plain, "plain", "UTF-8", cte, quoted=False), textp(htm, "html", "UTF-8", cte, quoted=False)],
                 f"000000000000{b[:16]}")
    if attachments:
        root = multi("mixed", [root] + list(attachments), f"000000000000{b[16:28]}fa2e")
    return root


def apple_body(seed, text, *, quote=None, sig_iphone=False, charset="utf-8"):
    """Apple Mail (macOS): multipart/alternative, plain + light HTML; '>' quoting."""
    plain = text
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           + "".join(f"<div>{esc(l)}</div>" if l.strip() else "<div><br></div>" for l in text.rstrip("\n").split("\n")))
    if quote:
        attr, q = quote
        plain += "\n" + attr + "\n\n" + quote_gt(q)
        htm += (f'<div><br><blockquote type="cite"><div>{esc(attr)}</div><br>'
                + "".join(f"<div>{esc(l)}</div>" if l.strip() else "<div><br></div>" for l in q.rstrip("\n").split("\n"))
                + "</blockquote></div>")
    htm += "</body></html>\n"
    b = sha(seed, 32).upper()
    return multi("alternative", [textp(plain, "plain", charset, "quoted-printable", quoted=False),
                                 textp(htm, "html", charset, "quoted-printable", quoted=False)],
                 f"Apple-Mail={b[:8]}-{b[8:12]}-{b[12:16]}-{b[16:20]}-{b[20:32]}")


def owa_body(seed, text, charset="iso-8859-1", cte="quoted-printable"):
    """outlook.com / OWA: plain + light HTML with elementToProof divs."""
    divs = "".join(f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; '
                   f'font-size: 12pt; color: rgb(0, 0, 0);">{esc(l) if l.strip() else "<br>"}</div>\n'
                   for l in text.rstrip("\n").split("\n"))
    htm = (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
           + divs + "</body>\n</html>\n")
    return multi("alternative", [textp(text, "plain", charset, cte), textp(htm, "html", charset, cte)], f"_000_{sha(seed, 24).upper()}_")


def html_only(text, charset="utf-8", cte="quoted-printable", font="Arial"):
    htm = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
           f'<body><div style="font-family:{font},sans-serif;font-size:13px">'
           + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in text.strip("\n").split("\n\n"))
           + "</div></body></html>\n")
    return textp(htm, "html", charset, cte)


# ==========================================================================
# message ids, trace headers, assembly
# ==========================================================================

EXO = ["AM0PR02MB", "DB7PR05MB", "PAXPR09MB", "VI1PR04MB", "AS2PR07MB", "DU2PR10MB", "GV2PR01MB", "AM8PR06MB"]


def msgid(style, seed, dom):
    x = sha(seed, 64)
    if style == "outlook":
        p = EXO[int(x[:2], 16) % len(EXO)] + str(1000 + int(x[2:6], 16) % 9000)
        return f"<{p}{x[8:40].upper()}@{p}.eurprd{int(x[6:8], 16) % 9 + 1:02d}.prod.outlook.com>"
    if style == "gmail":
        return "<CA" + base64.b64encode(bytes.fromhex(x[:60])).decode().replace("/", "-").replace("+", "_")[:54] + "@mail.gmail.com>"
    if style == "apple":
        u = x[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{dom}>"
    if style == "thunderbird":
        return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{dom}>"
    if style == "onprem":
        return f"<{x[:32]}@EXCH0{int(x[32], 16) % 3 + 1}.{dom}>"
    return f"<{x[:16]}.{x[16:28]}@{dom}>"


def svc_mid(seed, dom):
    return f"<mf.{sha(seed, 10)}.{sha(seed + 'x', 12)}@{dom}>"


def ip(seed):
    x = int(sha(seed + "ip", 6), 16)
    return [f"192.0.2.{x % 250 + 3}", f"198.51.100.{x % 250 + 3}", f"203.0.113.{x % 250 + 3}"][x % 3]


MX = {"raadsleden.nl": "mx1.raadsleden.nl", "leiedal.be": "mail.leiedal.be", "fryslan.frl": "mx.fryslan.frl",
      "divosa.nl": "mx.divosa.nl", "leuven.be": "smtp-in.leuven.be", "griffiers.nl": "mx.griffiers.nl"}


def received(seed, from_addr, to_addr, date, client):
    x = sha(seed + "rcv", 24)
    fdom, tdom = from_addr.split("@")[1], to_addr.split("@")[1]
    if client in ("outlook", "owa", "onprem_o365"):
        host = f"EUR0{int(x[0], 16) % 5 + 1}-{['AM0', 'DB3', 'VI1', 'HE1', 'DU2'][int(x[1], 16) % 5]}-obe.outbound.protection.outlook.com"
    elif client == "gmail":
        host = f"mail-ej1-f{int(x[2:4], 16) % 90 + 10}.google.com"
    elif client in ("apple", "iphone") and fdom in ("icloud.com", "me.com"):
        host = f"mr85p00im-ztdg{int(x[2:6], 16) % 90000 + 10000}.me.com"
    elif fdom in ("ziggo.nl", "kpnmail.nl", "telenet.be", "skynet.be", "proximus.be", "xs4all.nl", "hetnet.nl"):
        host = f"smtp{int(x[2], 16) % 4 + 1}.{fdom}"
    else:
        host = f"mail{int(x[2], 16) % 3 + 1}.{fdom}"
    qid = base64.b32encode(bytes.fromhex(x[6:22])).decode().rstrip("=")[:12]
    mx = MX.get(tdom, "mx." + tdom)
    return (f"from {host} ({host} [{ip(seed)}]){CRLF}\tby {mx} (Postfix) with ESMTPS id 4{qid}{CRLF}"
            f"\tfor <{to_addr}>; {rfc_date(date)}")


def assemble(headers, root, mime_first=False):
    lines, placed = [], False
    for k, v in headers:
        if v is None:
            continue
        assert v.isascii(), (k, v)
        if mime_first and not placed and k not in ("Received", "Return-Path"):
            lines.append("MIME-Version: 1.0")
            placed = True
        lines.append(fold(k, v))
    if not placed:
        lines.append("MIME-Version: 1.0")
    return (CRLF.join(lines + root.headers) + CRLF + CRLF).encode("ascii") + root.body


def bare(a):
    return a.split("<")[-1].rstrip(">").strip()


def send(*, seed, date, frm, to, subject, root, client="outlook", cc=None, reply_to=None, irt=None,
         extra=(), lang="nl-NL", utc=False, scs="utf-8", smode="Q", mid_dom=None):
    """Put headers typical for the client around a body."""
    fa, ta = bare(frm), bare(to.split(",")[0])
    style = {"outlook": "outlook", "owa": "outlook", "onprem": "onprem", "gmail": "gmail", "apple": "apple",
             "iphone": "apple", "thunderbird": "thunderbird"}.get(client, "other")
    mid = msgid(style, seed, mid_dom or fa.split("@")[1])
    subj = hv(subject, scs, smode)
    refs = irt
    hd = [("Received", received(seed, fa, ta, date, client))]
    if client in ("outlook", "owa", "onprem"):
        topic = subject
        for p in ("RE: ", "FW: ", "Re: ", "Fw: ", "AW: ", "Antw: ", "Doorst: "):
            if topic.startswith(p):
                topic = topic[len(p):]
        hd += [("From", frm), ("To", to), ("CC", cc), ("Reply-To", reply_to), ("Subject", subj),
               ("Thread-Topic", hv(topic, scs, smode)),
               ("Thread-Index", base64.b64encode(bytes.fromhex("01" + sha(seed + "ti", 42))).decode()),
               ("Date", rfc_date(date, utc=utc)), ("Message-ID", mid), ("References", refs), ("In-Reply-To", irt),
               ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang)]
        if client == "outlook" and b"Content-Disposition:" in root.bytes():
            hd.append(("X-MS-Has-Attach", "yes"))
        hd += list(extra)
        return assemble(hd, root)
    if client == "gmail":
        hd += [("References", refs), ("In-Reply-To", irt), ("From", frm), ("Date", rfc_date(date)), ("Message-ID", mid),
               ("Subject", subj), ("To", to), ("Cc", cc), ("Reply-To", reply_to)] + list(extra)
        return assemble(hd, root, mime_first=True)
    hd += [("From", frm), ("To", to), ("Cc", cc), ("Reply-To", reply_to), ("Subject", subj), ("Date", rfc_date(date)),
           ("Message-ID", mid), ("In-Reply-To", irt), ("References", refs)]
    if client == "iphone":
        hd.append(("X-Mailer", "iPhone Mail (22D72)"))
    elif client == "apple":
        hd.append(("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"))
    elif client == "thunderbird":
        hd.append(("User-Agent", "Mozilla Thunderbird"))
        hd.append(("Content-Language", lang))
    elif client == "android":
        hd.append(("X-Mailer", "Samsung Email"))
    hd += list(extra)
    return assemble(hd, root)


# ==========================================================================
# registry of messages and labels
# ==========================================================================

MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


def label(kind, sessions=(), participants=(), review=False, note="", from_sessions=None, **alt):
    d = {"kind": kind, "sessions": list(sessions)}
    if kind == "change":
        d["from_sessions"] = list(from_sessions or [])
    d["participants"] = [p.lower() for p in participants]
    d["review"] = review
    d["note"] = note
    d.update(alt)
    return d


def M(date, data, lbl):
    return {"date": date, "data": data, "label": lbl}


def reg(sessions, participants, note, review=False, **alt):
    return label("register", sessions, participants, review, note, **alt)


def human(seed, date, frm, to, subject, text, lbl, *, client="outlook", charset="utf-8", cte="quoted-printable",
          quote=None, forward=None, images=None, attachments=(), cc=None, reply_to=None, irt=None, extra=(),
          lang="nl-NL", utc=False, scs="utf-8", smode="Q", flowed=False, wlang="NL"):
    """Shorthand: body in the client's usual MIME shape, then headers, then M()."""
    if client == "outlook" or client == "onprem" and (quote or images or attachments):
        root = outlook_body(seed, text, charset=charset, cte=cte, lang=wlang, quote=quote, images=images, attachments=attachments)
    elif client == "gmail":
        root = gmail_body(seed, text, cte=cte, quote=quote, forward=forward, attachments=attachments)
    elif client == "apple":
        root = apple_body(seed, text, quote=quote, charset=charset)
    elif client == "owa":
        root = owa_body(seed, text, charset=charset, cte=cte)
    elif client == "htmlonly":
        root = html_only(text, charset=charset, cte=cte)
    else:  # iphone, thunderbird, onprem plain, android, webmail: plain text
        body = text
        if quote:
            body += "\n" + quote[0] + "\n\n" + quote_gt(quote[1])
        root = textp(body, "plain", charset, cte, params="; format=flowed" if flowed else "", quoted=client == "onprem")
        if attachments:
            root = multi("mixed", [root] + list(attachments), f"----=_Part_{int(sha(seed, 8), 16) % 900000}_{sha(seed, 10)}")
    data = send(seed=seed, date=date, frm=frm, to=to, subject=subject, root=root,
                client="plain" if client == "htmlonly" else client, cc=cc, reply_to=reply_to, irt=irt,
                extra=extra, lang=lang, utc=utc, scs=scs, smode=smode)
    return M(date, data, lbl)


# ==========================================================================
# the organisers' own mail that people reply to, forward and quote
# ==========================================================================

RT = "regiotour@raadsleden.nl"
LD = "inspiratiedag@leiedal.be"
GD = "gemeentedag@fryslan.frl"
DV = "kennissessies@divosa.nl"
PL = "peerlearning@leuven.be"
VVG = "congres@griffiers.nl"

RT_FROM = addr("Regiotour Raad & Inwoners", RT)
LD_FROM = addr("Leiedal Inspiratiedag", LD)
GD_FROM = addr("Provincie Fryslân - Gemeentedag", GD)
DV_FROM = addr("Divosa Kennissessies", DV)
PL_FROM = addr("Peer Learning Leuven", PL)
VVG_FROM = addr("Vereniging van Griffiers - Congres", VVG)

# key: (region, city, (y, m, d), start, end, venue, address)
RTS = {
    "rt-haarlem": ("Noord-Holland", "Haarlem", (2027, 6, 8), "19.30", "22.00", "Philharmonie Haarlem", "Lange Begijnestraat 11, Haarlem"),
    "rt-utrecht": ("Midden-Nederland", "Utrecht", (2027, 6, 10), "09.30", "12.30", "TivoliVredenburg", "Vredenburgkade 11, Utrecht"),
    "rt-den-bosch": ("Brabant", "'s-Hertogenbosch", (2027, 6, 14), "14.00", "17.00", "Verkadefabriek", "Boschdijkstraat 45, 's-Hertogenbosch"),
    "rt-leeuwarden": ("Noord", "Leeuwarden", (2027, 6, 16), "14.00", "17.00", "Blokhuispoort", "Blokhuisplein 40, Leeuwarden"),
    "rt-zwolle": ("Oost", "Zwolle", (2027, 6, 22), "19.30", "22.00", "Provinciehuis Overijssel", "Luttenbergstraat 2, Zwolle"),
    "rt-maastricht": ("Limburg", "Maastricht", (2027, 6, 25), "14.00", "17.00", "Gouvernement aan de Maas", "Limburglaan 10, Maastricht"),
}
RT_INVITE_SUBJECT = "Uitnodiging Regiotour Raad & Inwoners 2027"
RT_INVITE_DATE = "2026-11-23 10:00"
RT_INVITE_MID = svc_mid("rt-invite", "raadsleden.nl")


def rt_invite():
    rows = "\n".join(f"- {dag(*d)} {s}-{e} uur | {reg_} | {venue}, {adr}"
                     for reg_, city, d, s, e, venue, adr in RTS.values())
    return T("""
        Beste raadsleden, commissieleden, griffiers en collegeleden,

        Hoe betrek je inwoners bij de keuzes van de raad, zonder dat participatie een verplicht nummer wordt? In juni 2027 trekt de Regiotour Raad & Inwoners door het land. In zes bijeenkomsten wisselen raadsleden ervaringen uit, met praktijkvoorbeelden uit de regio en een korte training 'het goede gesprek met inwoners'.

        Programma
        @ROWS@

        Aanmelden
        Stuur een mail naar regiotour@raadsleden.nl en vermeld naar welke bijeenkomst u komt. U kunt één bijeenkomst kiezen. Meldt u ook collega's aan, vermeld dan hun naam en e-mailadres.

        Met vriendelijke groet,

        Team Regiotour
        Nederlandse Vereniging voor Raadsleden | ministerie van BZK
        """).replace("@ROWS@", rows)


def rt_confirm_subject(key):
    return f"Bevestiging: Regiobijeenkomst {RTS[key][0]} ({RTS[key][1]})"


def rt_confirm(key, name):
    reg_, city, (y, m, d), s, e, venue, adr = RTS[key]
    return T(f"""
        Beste {name},

        Bedankt voor uw aanmelding voor de Regiotour Raad & Inwoners. U staat ingeschreven voor:

        Regiobijeenkomst {reg_} ({city})
        {dag(y, m, d, True)}, {s}-{e} uur
        {venue}, {adr}

        Kunt u onverhoopt niet komen? Beantwoord dan deze e-mail, dan geven we uw plek door aan iemand op de wachtlijst.

        Met vriendelijke groet,
        Team Regiotour
        """)


LDS = {  # key: (number, title, short)
    "ld-open-ruimte": (1, "Open ruimte en bouwshift", "Hoe vrijwaren we de open ruimte in een verstedelijkte regio?"),
    "ld-water": (2, "Water en droogte", "Van hemelwaterplan tot droogteprotocol."),
    "ld-zorg": (3, "Zorgzame buurten", "Eenzaamheid, mantelzorg en buurtwerk in kleine kernen."),
    "ld-samenwerking": (4, "Samenwerken en fusie", "Wat leren we van de fusies van 2025?"),
    "ld-energie": (5, "Energie en renovatie", "Warmtenetten, energiecoaches en collectieve renovatie."),
    "ld-digitaal": (6, "Digitale inclusie", "Niemand uit de boot: e-loketten en digibanken."),
}
LD_INVITE_SUBJECT = "Uitnodiging Inspiratiedag Zuid-West-Vlaanderen - donderdag 6 mei 2027"
LD_INVITE_DATE = "2027-02-01 09:00"
LD_INVITE_MID = svc_mid("ld-invite", "leiedal.be")


def ld_invite():
    rows = "\n".join(f"{n}. {t} - {s}" for n, t, s in LDS.values())
    return T("""
        Beste schepenen, algemeen directeurs en collega's,

        Op donderdag 6 mei 2027 organiseert Leiedal in Kortrijk Xpo (Doorniksesteenweg 216, 8500 Kortrijk) de Inspiratiedag Zuid-West-Vlaanderen. In de namiddag (13.30-16.30 uur) lopen zes werkwinkels tegelijk; u kiest er één.

        De werkwinkels
        @ROWS@

        Inschrijven
        Antwoord op deze mail met uw keuze, uiterlijk vrijdag 23 april 2027. Schrijft u ook collega's in, vermeld dan hun e-mailadres.

        Met vriendelijke groeten,

        Het Leiedal-team
        """).replace("@ROWS@", rows)


def ld_confirm(key, name):
    n, t, s = LDS[key]
    return T(f"""
        Beste {name},

        Bedankt voor uw inschrijving. U neemt op donderdag 6 mei 2027 van 13.30 tot 16.30 uur deel aan werkwinkel {n}: {t}, in Kortrijk Xpo.

        Wilt u wisselen of kan u niet komen? Laat het ons weten via inspiratiedag@leiedal.be.

        Met vriendelijke groeten,
        Het Leiedal-team
        """)


GD_INVITE_SUBJECT = "Uitnodiging Friese Gemeentedag 2027 - vrijdag 4 juni"
GD_INVITE_DATE = "2027-01-11 11:00"
GD_INVITE_MID = svc_mid("gd-invite", "fryslan.frl")
GD_INVITE = T("""
    Geachte burgemeesters, wethouders, gemeentesecretarissen en griffiers,

    Op vrijdag 4 juni 2027 organiseert de provincie Fryslân de Friese Gemeentedag in WTC Expo, Heliconweg 52 in Leeuwarden (9.30-16.00 uur). Het thema dit jaar is 'Mienskip en bestuur: samen aan de slag met de woningopgave'.

    U kunt zich aanmelden door op deze e-mail te reageren.

    Met vriendelijke groet,

    Provincie Fryslân
    Team Bestuurlijke Zaken
    """)
GD26_INVITE_SUBJECT = "Uitnodiging Friese Gemeentedag 2026 - vrijdag 5 juni"
GD26_INVITE = T("""
    Geachte burgemeesters, wethouders, gemeentesecretarissen en griffiers,

    Op vrijdag 5 juni 2026 vindt de Friese Gemeentedag plaats in WTC Expo in Leeuwarden. Aanmelden kan tot en met 29 mei 2026 door te reageren op deze e-mail.

    Met vriendelijke groet,

    Provincie Fryslân
    Team Bestuurlijke Zaken
    """)

DV_INVITE_SUBJECT = "Uitnodiging online kennissessie Vroegsignalering van schulden (17 juni)"
DV_INVITE_DATE = "2027-03-01 13:00"
DV_INVITE_MID = svc_mid("dv-invite", "divosa.nl")
DV_INVITE = T("""
    Beste collega's in het sociaal domein,

    Op donderdag 17 juni 2027 van 15.00 tot 16.30 uur organiseert Divosa een online kennissessie over vroegsignalering van schulden. Twee gemeenten laten zien hoe zij signalen van woningcorporaties en energieleveranciers oppakken, en we bespreken de nieuwe handreiking.

    De sessie vindt plaats via Microsoft Teams. Aanmelden kan door op deze mail te reageren; u ontvangt de link een week vooraf.

    Met vriendelijke groet,
    Divosa
    """)


def dv_confirm(name):
    return T(f"""
        Beste {name},

        U bent aangemeld voor de online kennissessie Vroegsignalering van schulden op donderdag 17 juni 2027, 15.00-16.30 uur (Microsoft Teams). De Teams-link volgt een week van tevoren.

        Met vriendelijke groet,
        Divosa
        """)


PLS = {
    "pl-leuven": ("Leuven", "Wednesday 9 June 2027", "Leuven City Hall, Grote Markt 9, 3000 Leuven"),
    "pl-eindhoven": ("Eindhoven", "Wednesday 15 September 2027", "Evoluon, Noord Brabantlaan 1A, Eindhoven"),
    "pl-gent": ("Ghent", "Wednesday 13 October 2027", "De Krook, Miriam Makebaplein 1, 9000 Gent"),
}
PL_INVITE_SUBJECT = "Invitation: Peer Learning Programme on Participatory Budgeting 2027"
PL_INVITE_DATE = "2026-12-01 10:30"
PL_INVITE_MID = svc_mid("pl-invite", "leuven.be")


def pl_invite():
    rows = "\n".join(f"- Visit {i}: {c}, {d}, 10:00-16:30, {v}" for i, (c, d, v) in enumerate(PLS.values(), 1))
    return T("""
        Dear colleagues,

        The City of Leuven and Eurocities invite officials and elected members of mid-sized European cities to a peer-learning programme on participatory budgeting. Each visit combines site visits, a session with residents who proposed projects, and a peer review of one guest city's approach.

        @ROWS@

        You can join one, two or all three visits. To register, reply to this email and tell us which visit(s) you will attend. Working language: English.

        Kind regards,

        Ellen Vandersteen
        International Relations, City of Leuven
        """).replace("@ROWS@", rows)


def pl_confirm(key, name):
    c, d, v = PLS[key]
    return T(f"""
        Dear {name},

        Thank you for registering. We are pleased to confirm your place for the peer-learning visit to {c} on {d} (10:00-16:30), {v}.

        A detailed programme will follow four weeks before the visit.

        Kind regards,
        Peer Learning team, City of Leuven
        """)


VVGS = {
    "vvg-plenair": "Ochtendprogramma (plenair), 9.30-12.15 uur",
    "vvg-r1-ondermijning": "Ronde 1 (13.30-14.45): Ondermijning en de rol van de raad",
    "vvg-r1-rekenkamer": "Ronde 1 (13.30-14.45): Samenwerken met je rekenkamer",
    "vvg-r1-ai": "Ronde 1 (13.30-14.45): AI op de griffie",
    "vvg-r2-jongeren": "Ronde 2 (15.15-16.30): Jongeren en de raad",
    "vvg-r2-integriteit": "Ronde 2 (15.15-16.30): Integriteit van politieke ambtsdragers",
    "vvg-r2-raadsenquete": "Ronde 2 (15.15-16.30): De raadsenquête in de praktijk",
    "vvg-borrel": "Netwerkborrel, 16.45-18.30 uur",
}
VVG_INVITE_SUBJECT = "Jaarcongres Vereniging van Griffiers - 30 september 2027, Amersfoort"
VVG_INVITE_DATE = "2027-02-15 09:30"
VVG_INVITE_MID = svc_mid("vvg-invite", "griffiers.nl")
VVG_INVITE = T("""
    Beste griffiers en griffiemedewerkers,

    Noteer donderdag 30 september 2027 alvast in uw agenda: dan vindt het jaarcongres van de Vereniging van Griffiers plaats in De Flint, Coninckstraat 60 in Amersfoort.

    Programma
    - 9.30-12.15 uur: plenair ochtendprogramma met de jaarrede en een debat over de toekomst van het griffiersvak
    - 13.30-14.45 uur, ronde 1 (kies één): Ondermijning en de rol van de raad | Samenwerken met je rekenkamer | AI op de griffie
    - 15.15-16.30 uur, ronde 2 (kies één): Jongeren en de raad | Integriteit van politieke ambtsdragers | De raadsenquête in de praktijk
    - 16.45-18.30 uur: netwerkborrel

    Aanmelden: mail naar congres@griffiers.nl welke onderdelen u bijwoont. U kunt zich voor ten hoogste drie onderdelen inschrijven (bijvoorbeeld de ochtend, één ronde en de borrel), zodat iedereen een plek heeft.

    Met vriendelijke groet,

    Bestuur Vereniging van Griffiers
    """)


def vvg_confirm(keys, name):
    rows = "\n".join(f"- {VVGS[k]}" for k in keys)
    return T(f"""
        Beste {name},

        Dank voor uw aanmelding voor het jaarcongres op donderdag 30 september 2027 in De Flint, Amersfoort. U staat ingeschreven voor:

        @ROWS@

        Wijzigen of afmelden kan via congres@griffiers.nl.

        Met vriendelijke groet,
        Congresteam Vereniging van Griffiers
        """).replace("@ROWS@", rows)


def ol_quote(frm, date, to, subject, text, lang="nl"):
    """Outlook quote header block, Dutch or English labels."""
    if lang == "en":
        return ([("From", frm), ("Sent", en_full(date)), ("To", to), ("Subject", subject)], text)
    return ([("Van", frm), ("Verzonden", nl_full(date)), ("Aan", to), ("Onderwerp", subject)], text)


# ==========================================================================
# the messages
# ==========================================================================
