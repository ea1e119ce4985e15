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
import functools
import os
import quopri
import struct
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from corpus_kit import (  # noqa: E402  (shared helpers: tests/corpus_kit.py)
    b64lines as b64, check_label, check_message, CRLF, EN_DAYS as DAYS_EN, EN_MONTHS as MONTHS_EN,
    encode_text as encode_body, esc, ew as kit_ew, h as sha, hv as kit_hv, local_tz as cet, NL_DAYS as DAGEN,
    NL_DAYS_SHORT as DAG_KORT, NL_MONTHS as MAANDEN, NL_MONTHS_SHORT as MND_KORT, report, session_keys, T,
    VTIMEZONE_WEST_EUROPE as VTZ, write_corpus,
)

HERE = os.path.dirname(os.path.abspath(__file__))
MSG_DIR = os.path.join(HERE, "messages")


# ==========================================================================
# helpers: text, dates
# ==========================================================================


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

ew = functools.partial(kit_ew, limit=70)
hv = functools.partial(kit_hv, limit=70)


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
                 images=None, attachments=()):
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


def apple_body(seed, text, *, quote=None, charset="utf-8"):
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
    if client == "outlook" or (client == "onprem" and (quote or images or attachments)):
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

# ---------------------------------------------------------------- Regiotour: registrations


@message
def rt_zwolle_plain_cp1252():
    return human("rt01", "2026-11-23 14:12", addr("Karin van der Veen", "K.vanderVeen@kampen.nl"), RT,
                 "Aanmelding regiobijeenkomst Zwolle", T("""
        Goedemiddag,

        Graag meld ik mij aan voor de regiobijeenkomst in Zwolle. Ik ben sinds maart raadslid voor de ChristenUnie in Kampen en ‘participatie’ is precies waar we als fractie mee worstelen.

        Met vriendelijke groet,

        Karin van der Veen
        Raadslid ChristenUnie Kampen
        Burgemeester Berghuisplein 1 | 8261 DD Kampen
        """), reg(["rt-zwolle"], ["k.vanderveen@kampen.nl"],
                  "Plain registration by city. Outlook, windows-1252 quoted-printable with curly quotes; address in mixed case."),
        charset="windows-1252", utc=True)


@message
def rt_haarlem_gmail():
    return human("rt02", "2026-11-23 21:48", addr("Jeroen Brink", "jeroenbrink.heemstede@gmail.com"), RT,
                 "Regiotour", T("""
        Hoi,

        Ik wil graag komen op 8 juni in Haarlem. Ik zit in de raad van Heemstede (VVD).

        Groeten,
        Jeroen Brink
        """), reg(["rt-haarlem"], ["jeroenbrink.heemstede@gmail.com"],
                  "City and date agree (Haarlem, 8 juni). Gmail, quoted-printable."), client="gmail")


@message
def rt_haarlemmermeer_not_haarlem():
    return human("rt03", "2026-11-24 09:05", addr("Sanne Kuipers", "sanne.kuipers@haarlemmermeer.nl"), RT,
                 "Aanmelding regiobijeenkomst Haarlemmermeer", T("""
        Goedemorgen,

        Hierbij meld ik mij aan voor de regiobijeenkomst bij ons in Haarlemmermeer. Komt die in het raadhuis in Hoofddorp of in een van de dorpen? Dan kan ik het alvast doorgeven aan onze fractie.

        Met vriendelijke groet,

        Sanne Kuipers
        Fractievoorzitter GroenLinks-PvdA Haarlemmermeer
        """), reg([], ["sanne.kuipers@haarlemmermeer.nl"],
                  "Asks for a session 'in Haarlemmermeer', a different municipality from Haarlem; there is none. She may well mean Haarlem (8 juni), but a person must ask.",
                  review=True, sessions_alt=[["rt-haarlem"]]))


@message
def rt_haarlem_signature_haarlemmermeer():
    images = {"griffie": ("image001.png@01DD6A21.7F3B0C40", "Gemeente Haarlemmermeer", 180, 44)}
    return human("rt04", "2026-11-25 16:31", addr("Bouwman, Thijs", "t.bouwman@haarlemmermeer.nl"), RT,
                 "Regiotour 8 juni", T("""
        Beste Team Regiotour,

        Ik kom graag naar de avond in Haarlem op 8 juni. Fijn dat het na werktijd is.

        Met vriendelijke groet,

        Thijs Bouwman
        Griffier
        Gemeente Haarlemmermeer
        Raadhuisplein 1 | 2132 TZ Hoofddorp
        Postbus 250 | 2130 AG Hoofddorp
        [[IMG:griffie]]
        """), reg(["rt-haarlem"], ["t.bouwman@haarlemmermeer.nl"],
                  "Haarlem requested; the signature and logo say Haarlemmermeer, which must not be read as a second city. Inline image in multipart/related."),
        images=images)


@message
def rt_den_bosch_alias():
    return human("rt05", "2026-11-26 10:14", addr("Marloes Verhagen", "m.verhagen@oss.nl"), RT,
                 "Aanmelding", T("""
        Beste organisatie,

        Ik meld me aan voor de Regiotour in Den Bosch op maandag 14 juni.

        Vriendelijke groet,
        Marloes Verhagen
        raadslid Oss
        """), reg(["rt-den-bosch"], ["m.verhagen@oss.nl"],
                  "'Den Bosch' is the alias of 's-Hertogenbosch. Plain text, Thunderbird."),
        client="thunderbird", charset="utf-8", cte="7bit")


@message
def rt_den_bosch_curly_apostrophe():
    return human("rt06", "2026-11-30 11:52", addr("Rik van Gestel", "r.vangestel@meierijstad.nl"), RT,
                 "Aanmelding regiobijeenkomst ’s-Hertogenbosch", T("""
        Geachte heer, mevrouw,

        Namens de griffie van Meierijstad meld ik mij aan voor de bijeenkomst in ’s‑Hertogenbosch (Verkadefabriek).

        Met vriendelijke groet,

        Rik van Gestel
        Raadsadviseur
        Gemeente Meierijstad
        """), reg(["rt-den-bosch"], ["r.vangestel@meierijstad.nl"],
                  "'s-Hertogenbosch with a typographic apostrophe and a non-breaking hyphen (U+2011) in body and encoded subject; 'namens de griffie' but registers himself."),
        charset="utf-8")


@message
def rt_zwijndrecht_not_zwolle():
    return human("rt07", "2026-12-01 08:44", addr("Ilse de Groot", "i.degroot@zwijndrecht.nl"), RT,
                 "Aanmelding Regiotour - gemeente Zwijndrecht", T("""
        Goedemorgen,

        Ik wil mij graag aanmelden voor de Regiotour voor onze regio. Ik ben raadslid in Zwijndrecht (Drechtsteden).

        Met vriendelijke groet,
        Ilse de Groot
        """), reg([], ["i.degroot@zwijndrecht.nl"],
                  "Zwijndrecht (Zuid-Holland) is not Zwolle and there is no Zuid-Holland session; 'onze regio' can't be resolved.",
                  review=True), client="owa", charset="iso-8859-1")


@message
def rt_utrecht_typo():
    return human("rt08", "2026-12-02 13:20", addr("Joyce Hamer", "joyce.hamer@woerden.nl"), RT,
                 "aanmelding regiotour utrect", T("""
        Hallo,

        graag aanmelden voor de bijeenkomst in Utrect, de ochtend van de 10e. Ik ben commissielid in Woerden.

        gr Joyce
        """), reg(["rt-utrecht"], ["joyce.hamer@woerden.nl"],
                  "Typo 'Utrect' (subject and body); 'de ochtend van de 10e' confirms Utrecht."), client="iphone", charset="utf-8")


@message
def rt_leeuwarden_typo():
    return human("rt09", "2026-12-03 19:05", addr("Hylke Dijkstra", "hylkedijkstra@hetnet.nl"), RT,
                 "Leeuwaarden", T("""
        Goedenavond,

        Hierbij wil ik me opgeven voor de regiobijeenkomst in Leeuwaarden op 16 juni.
        Ik ben burgerlid voor de FNP in de gemeente Waadhoeke.

        Met vriendelijke groeten,
        Hylke Dijkstra
        """), reg(["rt-leeuwarden"], ["hylkedijkstra@hetnet.nl"],
                  "Typo 'Leeuwaarden'; 16 juni confirms. Plain iso-8859-1, 8bit, no HTML."),
        client="plain", charset="iso-8859-1", cte="8bit")


@message
def rt_heuvelrug_signature_den_bosch():
    return human("rt10", "2026-12-03 10:40", addr("Ahmet Yildiz", "a.yildiz@heuvelrug.nl"), RT,
                 "Aanmelding Regiotour", T("""
        Beste mensen,

        Op 10 juni zit ik helaas bij een werkbezoek, dus ik kom naar de bijeenkomst in Den Bosch op 14 juni.

        Met vriendelijke groet,

        Ahmet Yildiz
        Wethouder
        Gemeente Utrechtse Heuvelrug
        Postbus 200 | 3940 AE Doorn
        """), reg(["rt-den-bosch"], ["a.yildiz@heuvelrug.nl"],
                  "Signature says 'Utrechtse Heuvelrug' (not Utrecht); 10 juni (the Utrecht date) is ruled out in the body; Den Bosch chosen."))


@message
def rt_maastricht_by_region_adjective():
    return human("rt11", "2026-12-04 09:33", addr("Paul Houben", "paul.houben@sittard-geleen.nl"), RT,
                 "Aanmelding Limburgse regiobijeenkomst", T("""
        Goedemorgen,

        Graag schrijf ik me in voor de Limburgse bijeenkomst van de Regiotour.

        Met vriendelijke groet,

        Paul Houben
        Raadslid Sittard-Geleen
        """), reg(["rt-maastricht"], ["paul.houben@sittard-geleen.nl"],
                  "Region given as an adjective ('Limburgse') = region Limburg = Maastricht."))


@message
def rt_leeuwarden_noord_nederland():
    return human("rt12", "2026-12-07 15:02", addr("Gerda Bakker", "g.bakker@tynaarlo.nl"), RT,
                 "Aanmelding", T("""
        Beste organisatie,

        Ik wil me graag aanmelden voor de regiobijeenkomst voor Noord-Nederland.

        Met vriendelijke groet,

        Gerda Bakker
        Griffier gemeente Tynaarlo
        """), reg(["rt-leeuwarden"], ["g.bakker@tynaarlo.nl"],
                  "'Noord-Nederland' = region Noord (Leeuwarden); must not be confused with region Noord-Holland (Haarlem)."),
        client="onprem", charset="us-ascii", cte="7bit")


@message
def rt_den_bosch_by_venue():
    return human("rt13", "2026-12-08 12:17", addr("Anouk Peters", "anouk.peters@vught.nl"), RT,
                 "Verkadefabriek", T("""
        Dag,

        Ik kom graag naar de bijeenkomst in de Verkadefabriek. Vanuit Vught is dat om de hoek.

        Groet,
        Anouk Peters
        commissielid Vught
        """), reg(["rt-den-bosch"], ["anouk.peters@vught.nl"],
                  "Session named only by venue (Verkadefabriek = 's-Hertogenbosch). Apple Mail."), client="apple")


@message
def rt_zwolle_by_address():
    return human("rt14", "2026-12-09 10:02", addr("Erik Nijland", "e.nijland@raalte.nl"), RT,
                 "Aanmelding regiotour", T("""
        Goedemorgen,

        Ik meld me aan voor de bijeenkomst op de Luttenbergstraat. Parkeren kan daar neem ik aan bij het provinciehuis zelf, maar dat zie ik dan wel.

        Met vriendelijke groet,
        Erik Nijland
        Raadslid gemeente Raalte
        """), reg(["rt-zwolle"], ["e.nijland@raalte.nl"],
                  "Session given only by street of the venue address (Luttenbergstraat 2 = Zwolle). The parking remark is not a question."))


@message
def rt_zwolle_dinsdag_22_6():
    return human("rt15", "2026-12-10 20:46", addr("Bram Wessels", "bramwessels@ziggo.nl"), RT,
                 "Aanmelding dinsdag 22/6", T("""
        Beste organisatie,

        Bij deze meld ik mij aan voor dinsdag 22/6. Ik ben raadslid in Dalfsen.

        Bram Wessels
        """), reg(["rt-zwolle"], ["bramwessels@ziggo.nl"],
                  "Date only ('dinsdag 22/6' = Zwolle). HTML-only message from a webmail client."), client="htmlonly")


@message
def rt_maastricht_vrijdagmiddag():
    return human("rt17", "2026-12-15 13:58", addr("Nicole Schreurs", "n.schreurs@heerlen.nl"), RT,
                 "Regiotour", T("""
        Goedemiddag,

        De vrijdagmiddag komt mij het beste uit, dus daar meld ik me graag voor aan.

        Met vriendelijke groet,

        Nicole Schreurs
        Raadsadviseur | Griffie Heerlen
        """), reg(["rt-maastricht"], ["n.schreurs@heerlen.nl"],
                  "Weekday only: the only Friday session is Maastricht (25 juni, 14.00). Sender is in Limburg too."))


@message
def rt_dinsdagavond_ambiguous():
    return human("rt18", "2026-12-16 22:10", addr("Lotte Veenstra", "lotte.veenstra@outlook.com"), RT,
                 "Aanmelding dinsdagavond", T("""
        Beste mensen,

        Overdag kan ik niet vanwege mijn werk, dus ik kom graag naar de dinsdagavond.

        Groetjes,
        Lotte Veenstra
        raadslid (Partij voor de Dieren)
        """), reg([], ["lotte.veenstra@outlook.com"],
                  "Two Tuesday-evening sessions (Haarlem 8 juni, Zwolle 22 juni) and no municipality given: ambiguous.",
                  review=True, sessions_alt=[["rt-haarlem"], ["rt-zwolle"]]), client="owa", charset="utf-8")


@message
def rt_utrecht_ochtendsessie():
    return human("rt19", "2026-12-17 09:26", addr("Hanneke Smit", "h.smit@nieuwegein.nl"), RT,
                 "Aanmelding", T("""
        Goedemorgen,

        's Avonds heb ik al genoeg vergaderingen, dus ik kies voor de ochtendsessie. Kunt u mij inschrijven?

        Met vriendelijke groet,
        Hanneke Smit
        Raadslid Nieuwegein
        """), reg(["rt-utrecht"], ["h.smit@nieuwegein.nl"],
                  "Time of day only: Utrecht (10 juni, 09.30) is the only morning session."))


@message
def rt_den_bosch_signature_maastricht():
    return human("rt20", "2026-12-18 11:04", addr("Ramon Lemmens", "ramon.lemmens@maastricht.nl"), RT,
                 "Aanmelding 14 juni", T("""
        Beste collega's,

        Op 25 juni ben ik op vakantie. Ik schrijf me daarom in voor de bijeenkomst in 's-Hertogenbosch.

        Met vriendelijke groet,

        Ramon Lemmens
        Raadsgriffier
        Gemeente Maastricht
        Mosae Forum 10 | 6211 DW Maastricht
        """), reg(["rt-den-bosch"], ["ramon.lemmens@maastricht.nl"],
                  "Signature names Maastricht and the date of the Maastricht session is ruled out; Den Bosch chosen."),
        client="onprem", charset="us-ascii", cte="7bit")


@message
def rt_leeuwarden_reply_to_invite():
    text = T("""
        Zet mij maar op de lijst voor Leeuwarden.

        Groet,
        Jelle Postma
        Gemeente Achtkarspelen
        """)
    quote = ol_quote(RT_FROM, RT_INVITE_DATE, "Raad Achtkarspelen <raad@achtkarspelen.nl>", RT_INVITE_SUBJECT, rt_invite())
    return human("rt21", "2026-12-21 10:11", addr("Postma, Jelle", "j.postma@achtkarspelen.nl"), RT,
                 "RE: " + RT_INVITE_SUBJECT, text, reg(["rt-leeuwarden"], ["j.postma@achtkarspelen.nl"],
                  "One line above the whole quoted invitation, which lists all six cities, dates, venues and addresses."),
        quote=quote, irt=RT_INVITE_MID, utc=True)


@message
def rt_zwolle_gmail_forward_choice():
    inner = T("""
        Hoi allemaal,

        Zie hieronder de uitnodiging voor de Regiotour. Aanmelden doe je zelf via het mailadres in de uitnodiging.

        Groet,
        Annelies (griffie Deventer)
        """) + "\n" + T("""
        ---------- Forwarded message ---------
        Van: Regiotour Raad & Inwoners <regiotour@raadsleden.nl>
        Date: ma 23 nov 2026 om 10:00
        Subject: Uitnodiging Regiotour Raad & Inwoners 2027
        """) + "\n" + rt_invite()
    pdfa = attach(pdf(["Regiotour Raad & Inwoners 2027"] + [f"{r[0]} - {r[1]} - {r[2][2]} juni - {r[5]}" for r in RTS.values()]),
                  "application/pdf", "Regiotour 2027 programma.pdf")
    return human("rt22", "2027-01-05 19:40", addr("Mustafa Aydin", "mustafa.aydin.raad@gmail.com"), RT,
                 "Fwd: Fwd: " + RT_INVITE_SUBJECT, T("""
        Goedenavond,

        Via onze griffie kreeg ik deze uitnodiging. Ik wil graag naar de avond in Zwolle (22 juni); Haarlem is voor mij te ver weg.

        Mvg,
        Mustafa Aydin
        gemeenteraad Deventer
        """), reg(["rt-zwolle"], ["mustafa.aydin.raad@gmail.com"],
                  "Gmail forward of a forward of the invitation (every city named, PDF attached); choice Zwolle in the top text, Haarlem ruled out."),
        client="gmail", forward=([("From", "Griffie Deventer <griffie@deventer.nl>"), ("Date", nl_gm("2026-12-02 09:15")),
                                  ("Subject", "Fwd: " + RT_INVITE_SUBJECT), ("To", "raadsleden@deventer.nl")], inner),
        attachments=[pdfa])


@message
def rt_gmail_forward_no_choice():
    return human("rt23", "2027-01-06 07:55", addr("Esther Koopman", "estherkoopman@gmail.com"), RT,
                 "Fwd: " + RT_INVITE_SUBJECT, T("""
        Graag aanmelden!

        Esther Koopman
        """), reg([], ["estherkoopman@gmail.com"],
                  "Forward of the invitation with only 'graag aanmelden': all six sessions are in the forwarded text, none chosen; no municipality in the signature.",
                  review=True), client="gmail",
        forward=([("From", RT_FROM), ("Date", nl_gm(RT_INVITE_DATE)), ("Subject", RT_INVITE_SUBJECT),
                  ("To", "estherkoopman@gmail.com")], rt_invite()))


@message
def rt_maastricht_fallback():
    return human("rt24", "2027-01-07 16:20", addr("Stijn Claessens", "s.claessens@venlo.nl"), RT,
                 "Aanmelding regiotour", T("""
        Goedemiddag,

        Ik meld me aan voor Maastricht, of anders Den Bosch als Maastricht vol zit.

        Met vriendelijke groet,

        Stijn Claessens
        Raadslid gemeente Venlo
        """), reg(["rt-maastricht"], ["s.claessens@venlo.nl"],
                  "Fallback choice: first choice Maastricht has room, so only Maastricht. Den Bosch is a fallback, not a second session."))


@message
def rt_negation_haarlem_lukt_niet():
    return human("rt25", "2027-01-08 09:48", addr("Femke Dekker", "f.dekker@purmerend.nl"), RT,
                 "Aanmelding Regiotour", T("""
        Beste organisatie,

        De bijeenkomst in Haarlem lukt mij helaas niet, die valt op onze raadsvergadering. Graag schrijf ik me daarom in voor Utrecht.

        Met vriendelijke groet,
        Femke Dekker
        Griffier gemeente Purmerend
        """), reg(["rt-utrecht"], ["f.dekker@purmerend.nl"],
                  "Negation: Haarlem (her own region) ruled out, Utrecht chosen."))


@message
def rt_negation_niet_zwolle_maar_leeuwarden():
    return human("rt26", "2027-01-11 14:30", addr("Roel Huisman", "r.huisman@hoogeveen.nl"), RT,
                 "Regiotour: niet Zwolle maar Leeuwarden",
                 # format=flowed: the trailing spaces mark soft line breaks
                 "Hallo,\n\nIk had eerst Zwolle in gedachten, maar ik wil me toch niet in Zwolle \n"
                 "maar in Leeuwarden aanmelden; de middag past beter.\n\nGroet,\nRoel Huisman\n\n-- \n"
                 "Roel Huisman | raadslid gemeente Hoogeveen\n", reg(["rt-leeuwarden"], ["r.huisman@hoogeveen.nl"],
                  "Negation in subject and body; Zwolle named twice but not wanted. Not a change: he never registered for Zwolle. format=flowed with a soft line break inside the key sentence."),
        client="thunderbird", flowed=True)


@message
def rt_secretary_for_mayor():
    text = T("""
        Goedemiddag,

        Namens burgemeester Van Dijk meld ik hem graag aan voor de regiobijeenkomst Oost in Zwolle op 22 juni. Zijn e-mailadres is h.vandijk@deventer.nl; wilt u de bevestiging rechtstreeks naar hem sturen?

        Met vriendelijke groet,

        Irma Scholten
        Bestuurssecretariaat
        Gemeente Deventer
        [[IMG:deventer]]
        """)
    images = {"deventer": ("image001.png@01DD72B4.1A2C9E10", "Gemeente Deventer", 150, 40)}
    return human("rt27", "2027-01-12 13:07", addr("Scholten, Irma", "i.scholten@deventer.nl"), RT,
                 "Aanmelding burgemeester Van Dijk - Regiotour Zwolle", text,
                 reg(["rt-zwolle"], ["h.vandijk@deventer.nl"],
                     "Secretary registers her burgemeester with his address; she is not a participant. Base64 bodies, B-encoded subject."),
                 cte="base64", images=images, smode="B", scs="utf-8")


@message
def rt_haarlem_three_colleagues():
    return human("rt28", "2027-01-13 10:55", addr("Youssef Amrani", "y.amrani@alkmaar.nl"), RT,
                 "Aanmelding 3 personen Haarlem", T("""
        Beste Team Regiotour,

        Wij komen met z'n drieën uit Alkmaar naar de bijeenkomst in Haarlem:

        - Youssef Amrani (y.amrani@alkmaar.nl)
        - Linda de Boer (l.deboer@alkmaar.nl)
        - Kees Molenaar (k.molenaar@alkmaar.nl)

        Met vriendelijke groet,

        Youssef Amrani
        Raadsadviseur, griffie Alkmaar
        """), reg(["rt-haarlem"], ["y.amrani@alkmaar.nl", "l.deboer@alkmaar.nl", "k.molenaar@alkmaar.nl"],
                  "Sender plus two colleagues with addresses in a bulleted list."),
        cc="l.deboer@alkmaar.nl, k.molenaar@alkmaar.nl")


@message
def rt_colleague_without_address():
    return human("rt29", "2027-01-14 15:40", addr("Dennis van Rooij", "d.vanrooij@waalwijk.nl"), RT,
                 "Aanmelding Den Bosch", T("""
        Goedemiddag,

        Ik meld mij aan voor 14 juni in Den Bosch. Mijn fractiegenoot Marieke Bos wil ook mee, kunt u haar ook aanmelden?

        Met vriendelijke groet,
        Dennis van Rooij
        Raadslid Waalwijk
        """), reg(["rt-den-bosch"], ["d.vanrooij@waalwijk.nl"],
                  "Colleague Marieke Bos named without an address: sender can be registered, colleague needs follow-up.",
                  review=True))


@message
def rt_two_people_two_sessions():
    return human("rt30", "2027-01-18 11:22", addr("Wendy Vos", "w.vos@veenendaal.nl"), RT,
                 "Aanmeldingen griffie Veenendaal", T("""
        Beste organisatie,

        Vanuit de griffie Veenendaal komen we met twee mensen, maar op verschillende dagen:
        ik kom naar Utrecht en mijn collega Timo Hendriks (t.hendriks@veenendaal.nl) gaat naar Zwolle, omdat hij op 10 juni niet kan.

        Met vriendelijke groet,
        Wendy Vos
        """), reg(["rt-utrecht", "rt-zwolle"], ["w.vos@veenendaal.nl", "t.hendriks@veenendaal.nl"],
                  "Two people, each for a different session (Wendy: Utrecht, Timo: Zwolle). The label format can't express who goes where, and registering both for both would break the one-session rule, so a person checks.",
                  review=True))


@message
def rt_subject_only():
    root = textp("\n", "plain", "us-ascii", "7bit", quoted=False)
    data = send(seed="rt31", date="2027-01-19 07:31", frm=addr("Jos Vaessen", "j.vaessen@kerkrade.nl"), to=RT,
                subject="Aanmelding regiobijeenkomst Maastricht 25 juni", root=root, client="iphone")
    return M("2027-01-19 07:31", data, reg(["rt-maastricht"], ["j.vaessen@kerkrade.nl"],
                                           "Everything is in the subject; the body is empty."))


@message
def rt_web_form_reply_to():
    date = "2027-01-20 12:03"
    text = T("""
        Er is een nieuw formulier ingevuld op raadsleden.nl.

        Formulier: Aanmelden Regiotour Raad & Inwoners 2027
        Naam: Marco Terpstra
        E-mail: marco.terpstra@hengelo.nl
        Gemeente: Hengelo
        Functie: Raadslid
        Bijeenkomst: Oost - Zwolle (dinsdag 22 juni, 19.30 uur)
        Opmerking: -

        Dit bericht is automatisch verzonden. Reageren kan via Reply-To.
        """)
    htm = ("<html><body><table style=\"font-family:Arial;font-size:13px\">"
           + "".join(f"<tr><td><b>{esc(a)}</b></td><td>{esc(b_)}</td></tr>" for a, b_ in
                     [("Formulier", "Aanmelden Regiotour Raad & Inwoners 2027"), ("Naam", "Marco Terpstra"),
                      ("E-mail", "marco.terpstra@hengelo.nl"), ("Gemeente", "Hengelo"), ("Functie", "Raadslid"),
                      ("Bijeenkomst", "Oost - Zwolle (dinsdag 22 juni, 19.30 uur)"), ("Opmerking", "-")])
           + "</table></body></html>\n")
    root = multi("alternative", [textp(text, "plain", "utf-8", "quoted-printable"), textp(htm, "html", "utf-8", "quoted-printable")],
                 "=_wpforms_8f2a61c0d3")
    data = send(seed="rt32", date=date, frm=addr("Raadsleden.nl", "noreply@raadsleden.nl"), to=RT,
                subject="[Formulier] Aanmelden Regiotour - Marco Terpstra", root=root, client="system",
                reply_to=addr("Marco Terpstra", "marco.terpstra@hengelo.nl"),
                extra=[("X-Mailer", "WPForms"), ("Auto-Submitted", "auto-generated")])
    return M(date, data, reg(["rt-zwolle"], ["marco.terpstra@hengelo.nl"],
                             "Web form relayed from noreply@ with Reply-To; Auto-Submitted is set, yet it is a real registration. The person is in the form fields."))


@message
def rt_unknown_city_middelburg():
    return human("rt33", "2027-01-21 10:36", addr("Sophie Geerse", "s.geerse@middelburg.nl"), RT,
                 "Aanmelding Regiotour", T("""
        Goedemorgen,

        Ik wil me graag aanmelden voor de regiobijeenkomst in Middelburg.

        Met vriendelijke groet,
        Sophie Geerse
        Raadslid Middelburg
        """), reg([], ["s.geerse@middelburg.nl"],
                  "There is no session in Middelburg (or Zeeland); a person has to ask which one she wants.",
                  review=True))


@message
def rt_english_writer_dutch_event():
    return human("rt34", "2027-01-25 17:45", addr("Daniel Murphy", "daniel.murphy@utrecht.nl"), RT,
                 "Registration Regiotour", T("""
        Hello,

        I'd like to register for the regional meeting in Utrecht on June 10th. I am a council member in Utrecht (my Dutch is fine for listening, so no interpretation needed).

        Best regards,
        Daniel Murphy
        """), reg(["rt-utrecht"], ["daniel.murphy@utrecht.nl"],
                  "English sender to a Dutch-language event; explicitly needs no interpretation, so nothing to ask."),
        lang="en-GB", wlang="EN-GB")


@message
def rt_two_sessions_one_allowed():
    return human("rt35", "2027-01-26 09:12", addr("Noëlle Jonker", "n.jonker@ijsselstein.nl", charset="windows-1252"), RT,
                 "Aanmelding Utrecht en Haarlem", T("""
        Beste organisatie,

        Ik ben zeer geïnteresseerd en wil graag naar twee bijeenkomsten: Utrecht én Haarlem, zodat ik de verschillen tussen de regio's kan zien.

        Met vriendelijke groet,
        Noëlle Jonker
        """), reg(["rt-utrecht", "rt-haarlem"], ["n.jonker@ijsselstein.nl"],
                  "Two sessions of an event that allows one per participant.", review=True))


@message
def rt_resident_lowercase():
    return human("rt36", "2027-01-28 21:14", addr("", "g.vandenakker1961@hotmail.com"), RT,
                 "regiotour", T("""
        goedenavond

        ik ben geen raadslid maar wel actief in de wijkraad in den bosch. mag ik ook komen op 14 juni? dan meld ik me bij deze aan

        gr gerard van den akker
        """), reg(["rt-den-bosch"], ["g.vandenakker1961@hotmail.com"],
                  "Resident, all lower case, no display name. The audience names council members, not residents, so whether he may come is a question for a person.",
                  review=True), client="owa", charset="utf-8")


@message
def rt_haarlem_iphone():
    return human("rt37", "2027-02-02 08:03", addr("Merel Visser", "m.visser@bloemendaal.nl"), RT,
                 "Aanmelding", T("""
        Hoi, meld me aan voor Haarlem 8 juni svp. Groet Merel Visser (griffie Bloemendaal)

        Verzonden vanaf mijn iPhone
        """), reg(["rt-haarlem"], ["m.visser@bloemendaal.nl"],
                  "One-line registration from an iPhone."), client="iphone", charset="utf-8", cte="7bit")


@message
def rt_city_date_conflict():
    return human("rt38", "2027-02-03 14:25", addr("Jan-Willem Mulder", "jw.mulder@enschede.nl"), RT,
                 "Aanmelding Zwolle", T("""
        Goedemiddag,

        Graag meld ik mij aan voor de bijeenkomst in Zwolle op 8 juni.

        Met vriendelijke groet,
        Jan-Willem Mulder
        Wethouder gemeente Enschede
        """), reg([], ["jw.mulder@enschede.nl"],
                  "City and date disagree: Zwolle is 22 juni, 8 juni is Haarlem. Zwolle is the likelier intent (Enschede is in Oost) but someone must check.",
                  review=True, sessions_alt=[["rt-zwolle"]]))


@message
def rt_last_year_maastricht():
    return human("rt39", "2027-02-04 10:18", addr("Lieke Janssen", "l.janssen@weert.nl"), RT,
                 "Regiotour 2027", T("""
        Beste organisatie,

        Vorig jaar was ik bij de bijeenkomst in Maastricht en dat beviel goed. Dit jaar wil ik graag een andere regio zien, dus ik meld me aan voor 's-Hertogenbosch.

        Vriendelijke groet,
        Lieke Janssen
        Raadslid Weert
        """), reg(["rt-den-bosch"], ["l.janssen@weert.nl"],
                  "Maastricht named as past context, not a request; Den Bosch chosen."), client="gmail", cte="base64")


# ---------------------------------------------------------------- Leiedal inspiratiedag: registrations


@message
def ld_bouwshift_cp1252():
    return human("ld01", "2027-02-02 10:21", addr("Wouter Vandenbroucke", "wouter.vandenbroucke@waregem.be"), LD,
                 "Inschrijving inspiratiedag", T("""
        Beste,

        Ik schrijf mij graag in voor de werkwinkel rond de bouwshift. Bij ons ligt het ruimtelijk beleidsplan net op tafel, dus dat komt op het juiste moment.

        Met vriendelijke groeten,

        Wouter Vandenbroucke
        Diensthoofd Omgeving – Stad Waregem
        Schakelstraat 2, 8790 Waregem
        """), reg(["ld-open-ruimte"], ["wouter.vandenbroucke@waregem.be"],
                  "Alias 'bouwshift' (Open ruimte). 'ruimtelijk beleidsplan' is context. windows-1252 quoted-printable with en dash."),
        charset="windows-1252", lang="nl-BE", wlang="NL-BE")


@message
def ld_droogte():
    return human("ld02", "2027-02-03 14:44", addr("Sarah Debaere", "sarah.debaere@zwevegem.be"), LD,
                 "Werkwinkel", T("""
        Dag Leiedal-team,

        Na de droge zomers van de laatste jaren is droogte bij ons een hot topic. Mag ik mij inschrijven voor die werkwinkel?

        Groetjes,
        Sarah Debaere
        Milieuambtenaar gemeente Zwevegem
        """), reg(["ld-water"], ["sarah.debaere@zwevegem.be"],
                  "Alias 'droogte' (Water en droogte); 'mag ik' is a polite form, not a question."),
        lang="nl-BE", wlang="NL-BE")


@message
def ld_mantelzorg_eenzaamheid():
    return human("ld03", "2027-02-05 09:10", addr("Annelies Vanhoutte", "annelies.vanhoutte@harelbeke.be"), LD,
                 "inschrijving 6 mei", T("""
        Goedemorgen,

        Als schepen van welzijn wil ik graag deelnemen aan de werkwinkel over mantelzorg en eenzaamheid in onze buurten.

        Vriendelijke groet,
        Annelies Vanhoutte
        Schepen van Welzijn, Senioren en Gezin
        Stad Harelbeke
        """), reg(["ld-zorg"], ["annelies.vanhoutte@harelbeke.be"],
                  "Aliases 'mantelzorg' and 'eenzaamheid' (Zorgzame buurten); 'schepen van welzijn' also points there."),
        client="apple", lang="nl-BE")


@message
def ld_alias_as_context():
    return human("ld04", "2027-02-08 11:33", addr("Pieter Lambrecht", "pieter.lambrecht@kuurne.be"), LD,
                 "Inschrijving werkwinkel", T("""
        Beste,

        Onze gemeente zit in een intergemeentelijke samenwerking rond wonen met Harelbeke en Lendelede, en daaruit kwam de vraag hoe we ons oude patrimonium energiezuinig krijgen. Ik kies dus voor de werkwinkel energie en renovatie.

        Met vriendelijke groeten,
        Pieter Lambrecht
        Stafmedewerker wonen, gemeente Kuurne
        """), reg(["ld-energie"], ["pieter.lambrecht@kuurne.be"],
                  "'intergemeentelijke samenwerking' is an alias of Samenwerken en fusie but occurs as background; the choice is Energie en renovatie."),
        lang="nl-BE", wlang="NL-BE")


@message
def ld_two_workshops():
    return human("ld05", "2027-02-10 16:05", addr("Jonas Verhaeghe", "jonas.verhaeghe@wevelgem.be"), LD,
                 "Inschrijving inspiratiedag Leiedal", T("""
        Beste,

        Ik zou graag naar de werkwinkel water én naar die over open ruimte gaan; beide thema's zitten in mijn takenpakket. Is dat mogelijk, of moet ik kiezen?

        Groeten,
        Jonas Verhaeghe
        Gemeente Wevelgem - dienst Omgeving
        """), reg(["ld-water", "ld-open-ruimte"], ["jonas.verhaeghe@wevelgem.be"],
                  "Two workshops that run at the same time (one per participant); he asks whether he must choose.",
                  review=True), client="thunderbird", lang="nl-BE")


@message
def ld_theme_missing():
    return human("ld06", "2027-02-11 10:02", addr("Tine Desmet", "tine.desmet@menen.be"), LD,
                 "Inschrijving werkwinkel mobiliteit", T("""
        Hallo,

        Graag schrijf ik mij in voor de werkwinkel mobiliteit op 6 mei.

        Groeten,
        Tine Desmet
        Mobiliteitsambtenaar stad Menen
        """), reg([], ["tine.desmet@menen.be"],
                  "There is no mobility workshop; a person has to offer the six that exist.", review=True),
        lang="nl-BE", wlang="NL-BE")


@message
def ld_colleague_with_address():
    return human("ld07", "2027-02-15 13:27", addr("Griet Vanneste", "griet.vanneste@anzegem.be"), LD,
                 "Inschrijving werkwinkel fusie - Anzegem", T("""
        Beste,

        Met de fusiegesprekken die bij ons lopen, schrijven onze algemeen directeur en ikzelf ons graag in voor werkwinkel 4 (samenwerken en fusie):

        - Griet Vanneste, griet.vanneste@anzegem.be
        - Koen Deprez, koen.deprez@anzegem.be

        Met vriendelijke groeten,
        Griet Vanneste
        Beleidscoördinator gemeente Anzegem
        """), reg(["ld-samenwerking"], ["griet.vanneste@anzegem.be", "koen.deprez@anzegem.be"],
                  "Sender plus colleague with address; workshop by number and title."),
        cc="koen.deprez@anzegem.be", lang="nl-BE", wlang="NL-BE")


@message
def ld_digitale_kloof_base64():
    return human("ld08", "2027-02-22 08:49", addr("Hannelore Goethals", "hannelore.goethals@kortrijk.be"), LD,
                 "Inschrijving werkwinkel digitale kloof", T("""
        Goeiemorgen,

        Ik werk in het Huis van de Burger en zie elke dag mensen die het e-loket niet kunnen gebruiken. Schrijf mij dus maar in voor de werkwinkel over de digitale kloof.

        Alvast bedankt,
        Hannelore Goethals
        Stad Kortrijk
        """), reg(["ld-digitaal"], ["hannelore.goethals@kortrijk.be"],
                  "Aliases 'digitale kloof' and 'e-loket'. Gmail-style base64 bodies, B-encoded subject."),
        client="gmail", cte="base64", smode="B", scs="utf-8")


@message
def ld_subject_only():
    root = textp("Verstuurd vanaf mijn iPhone\n", "plain", "us-ascii", "7bit", quoted=False)
    date = "2027-03-01 07:12"
    data = send(seed="ld09", date=date, frm=addr("Bart Cools", "bart.cools@avelgem.be"), to=LD,
                subject="Inschrijving werkwinkel water - Bart Cools (Avelgem)", root=root, client="iphone")
    return M(date, data, reg(["ld-water"], ["bart.cools@avelgem.be"], "Everything in the subject; the body is only the iPhone footer."))


@message
def ld_kabinet_for_schepen():
    return human("ld10", "2027-03-04 15:18", addr("Kabinet burgemeester Deerlijk", "kabinet@deerlijk.be"), LD,
                 "Inschrijving schepen Vercruysse", T("""
        Beste,

        Hierbij schrijven wij schepen Lieven Vercruysse (lieven.vercruysse@deerlijk.be) in voor de werkwinkel Zorgzame buurten.

        Met vriendelijke groeten,
        Kabinet van de burgemeester
        Gemeente Deerlijk
        """), reg(["ld-zorg"], ["lieven.vercruysse@deerlijk.be"],
                  "A cabinet mailbox registers a schepen by address; the mailbox itself is not a participant."),
        lang="nl-BE", wlang="NL-BE")


@message
def ld_register_with_question():
    return human("ld11", "2027-03-15 12:40", addr("Emma Vandamme", "emma.vandamme@spiere-helkijn.be"), LD,
                 "Inschrijving + vraagje", T("""
        Beste,

        Ik schrijf me in voor de werkwinkel over overstromingen en hemelwater.

        Ik ben rolstoelgebruiker. Is de zaal in Kortrijk Xpo vlot toegankelijk, en kan ik ergens dichtbij de ingang parkeren?

        Dank u,
        Emma Vandamme
        Gemeente Spiere-Helkijn
        """), reg(["ld-water"], ["emma.vandamme@spiere-helkijn.be"],
                  "Clear registration (aliases 'overstromingen', 'hemelwater'), but it also asks accessibility questions that need a person's answer (same convention as a registration with questions).",
                  review=True), lang="nl-BE", wlang="NL-BE")


@message
def ld_by_number_quoted_invite():
    quote = ol_quote(LD_FROM, LD_INVITE_DATE, "Gemeentebestuur Lendelede <gemeentebestuur@lendelede.be>",
                     LD_INVITE_SUBJECT, ld_invite())
    return human("ld12", "2027-03-22 09:55", addr("Joke Vandewalle", "joke.vandewalle@lendelede.be"), LD,
                 "RE: " + LD_INVITE_SUBJECT, T("""
        Beste,

        Voor mij graag nummer 5.

        Groeten,
        Joke Vandewalle
        Algemeen directeur Lendelede
        """), reg(["ld-energie"], ["joke.vandewalle@lendelede.be"],
                  "Workshop given only by its number; the quoted invitation numbers them (5 = Energie en renovatie)."),
        quote=quote, irt=LD_INVITE_MID, lang="nl-BE", wlang="NL-BE", utc=True)


@message
def ld_deadline_evening_in_time():
    return human("ld13", "2027-04-23 23:41", addr("Jens Maes", "jens.maes@wervik.be"), LD,
                 "Last minute inschrijving", T("""
        Beste,

        Net op tijd hoop ik: ik schrijf me in voor de werkwinkel digitale inclusie.

        Groet,
        Jens Maes
        ICT-coördinator stad Wervik
        """), reg(["ld-digitaal"], ["jens.maes@wervik.be"],
                  "Sent 23 April 23:41 CEST, 18 minutes before the deadline (23:59): in time."),
        client="gmail")


@message
def ld_after_deadline():
    return human("ld14", "2027-04-27 10:15", addr("Nele Vanlerberghe", "nele.vanlerberghe@kortrijk.be"), LD,
                 "Inschrijving werkwinkel energiecoach", T("""
        Beste,

        Ik zie dat de inschrijvingen officieel afgesloten zijn, maar is er nog een plaatsje in de werkwinkel over energiecoaches en renovatie? Ik zou heel graag komen.

        Vriendelijke groeten,
        Nele Vanlerberghe
        Stad Kortrijk - Energiehuis
        """), reg(["ld-energie"], ["nele.vanlerberghe@kortrijk.be"],
                  "Sent 27 April, after the deadline (23 April 23:59); she knows it is late.", review=True),
        lang="nl-BE", wlang="NL-BE")


@message
def ld_after_deadline_unaware():
    return human("ld15", "2027-05-03 08:30", addr("Ruben Deleu", "ruben.deleu@menen.be"), LD,
                 "inschrijving donderdag", T("""
        Dag,

        Voor donderdag schrijf ik me graag in voor de werkwinkel betonstop/open ruimte.

        mvg
        Ruben Deleu
        Dienst Ruimtelijke Ordening Menen
        """), reg(["ld-open-ruimte"], ["ruben.deleu@menen.be"],
                  "After the deadline (sent 3 May) without any sign the sender knows; 'Ruimtelijke Ordening' in the signature is also an alias of the same workshop.",
                  review=True), client="android", charset="utf-8")

# ---------------------------------------------------------------- Friese Gemeentedag: registrations


@message
def gd_ik_kom_graag():
    quote = ol_quote(GD_FROM, GD_INVITE_DATE, "Bestuurssecretariaat <bestuurssecretariaat@heerenveen.nl>",
                     GD_INVITE_SUBJECT, GD_INVITE)
    return human("gd01", "2027-01-12 09:02", addr("Sietske de Jong", "s.dejong@heerenveen.nl"), GD,
                 "RE: " + GD_INVITE_SUBJECT, T("""
        Ik kom graag.

        Sietske de Jong
        Gemeentesecretaris Heerenveen
        """), reg(["gd-2027"], ["s.dejong@heerenveen.nl"],
                  "'Ik kom graag' above the quoted invitation of a single-session event."),
        quote=quote, irt=GD_INVITE_MID, utc=True)


@message
def gd_reply_to_2026_invite():
    inner = GD26_INVITE
    quote = ol_quote(GD_FROM, "2026-04-14 10:00", "Burgemeester Harlingen <burgemeester@harlingen.nl>",
                     GD26_INVITE_SUBJECT, inner)
    return human("gd02", "2026-11-30 15:48", addr("Marten Wiersma", "m.wiersma@harlingen.nl"), GD,
                 "RE: " + GD26_INVITE_SUBJECT, T("""
        Goedemiddag,

        Ik kwam deze uitnodiging nog tegen in mijn inbox. Kan ik me hiervoor nog aanmelden?

        Met vriendelijke groet,
        Marten Wiersma
        Wethouder gemeente Harlingen
        """), reg(["gd-2026"], ["m.wiersma@harlingen.nl"],
                  "Reply (Nov 2026) to the 2026 invitation: that edition is over and closed. He may mean the 2027 day, which has not been announced yet; a person should answer.",
                  review=True, sessions_alt=[["gd-2027"]]),
        quote=quote, irt=svc_mid("gd26-invite", "fryslan.frl"))


@message
def gd_like_last_year():
    return human("gd03", "2027-01-13 11:15", addr("Anne Rienstra", "a.rienstra@sudwestfryslan.nl"), GD,
                 "Gemeentedag 4 juni", T("""
        Goeie,

        Net als vorig jaar ben ik er graag weer bij op de Gemeentedag. Vorig jaar was het erg geslaagd!

        Met groet,
        Anne Rienstra
        Griffier Súdwest-Fryslân
        """), reg(["gd-2027"], ["a.rienstra@sudwestfryslan.nl"],
                  "'Net als vorig jaar' refers to the 2026 edition as context; the request is for 4 juni 2027."),
        client="gmail")


@message
def gd_secretary_for_mayor_and_alderman():
    return human("gd04", "2027-01-18 10:30", addr("Jolanda Zijlstra", "j.zijlstra@dantumadiel.frl"), GD,
                 "Aanmelding Gemeentedag - burgemeester en wethouder Dantumadiel", T("""
        Goedemorgen,

        Namens de gemeente Dantumadiel meld ik de volgende personen aan voor de Friese Gemeentedag op 4 juni:

        - burgemeester Gerrit Hoekstra (g.hoekstra@dantumadiel.frl)
        - wethouder Klaske Bouma (k.bouma@dantumadiel.frl)

        Zelf kom ik niet.

        Met vriendelijke groet,
        Jolanda Zijlstra
        Bestuurssecretaresse
        """), reg(["gd-2027"], ["g.hoekstra@dantumadiel.frl", "k.bouma@dantumadiel.frl"],
                  "Secretary registers two officials with addresses and explicitly not herself."),
        charset="windows-1252", cte="quoted-printable")


@message
def gd_colleague_without_address():
    return human("gd05", "2027-01-19 14:02", addr("Douwe Kingma", "d.kingma@opsterland.nl"), GD,
                 "Aanmelding", T("""
        Hallo,

        Graag meld ik mij aan voor de Gemeentedag. Onze nieuwe wethouder wonen, Ytsje van der Meer, wil ook graag komen.

        Groet,
        Douwe Kingma
        Gemeente Opsterland
        """), reg(["gd-2027"], ["d.kingma@opsterland.nl"],
                  "Colleague named without an address; sender can be registered, the wethouder needs follow-up.",
                  review=True), client="onprem", charset="us-ascii", cte="7bit")


@message
def gd_frisian_greeting():
    return human("gd06", "2027-01-25 08:57", addr("Wâtse Hiemstra", "w.hiemstra@tytsjerksteradiel.nl"), GD,
                 "Oanmelding Gemeentedei", T("""
        Goeie,

        Hjirby meld ik my oan foar de Fryske Gemeentedei op 4 juny.

        Mei freonlike groetnis,
        Wâtse Hiemstra
        Wethâlder gemeente Tytsjerksteradiel
        """), reg(["gd-2027"], ["w.hiemstra@tytsjerksteradiel.nl"],
                  "Written in Frisian ('oanmelde', 'Gemeentedei', '4 juny'); a plain registration for the single session. Apple Mail, quoted-printable with a circumflex."),
        client="apple")


@message
def gd_sent_to_regiotour_mailbox():
    return human("gd07", "2027-02-01 10:44", addr("Baukje Terpstra", "b.terpstra@waadhoeke.nl"), RT,
                 "Aanmelding dag in Leeuwarden", T("""
        Goedemorgen,

        Graag meld ik me aan voor de dag in Leeuwarden op 4 juni in het WTC.

        Met vriendelijke groet,
        Baukje Terpstra
        Burgemeester gemeente Waadhoeke
        """), reg(["gd-2027"], ["b.terpstra@waadhoeke.nl"],
                  "Sent to the Regiotour mailbox, whose Leeuwarden session is 16 juni; 4 juni in the WTC is the Friese Gemeentedag. To is a hint, not proof: a person should pass it on or confirm.",
                  review=True, sessions_alt=[["rt-leeuwarden"]]))


# ---------------------------------------------------------------- Divosa online: registrations


@message
def dv_ik_kom_graag_quote():
    q = (f"Op {nl_full(DV_INVITE_DATE)} schreef Divosa Kennissessies <{DV}>:", DV_INVITE)
    return human("dv01", "2027-03-02 09:12", addr("Rianne Bos", "rianne.bos@almere.nl"), DV,
                 "Re: " + DV_INVITE_SUBJECT, T("""
        Ik kom graag!

        Rianne Bos
        Teamleider schuldhulpverlening, gemeente Almere
        """), reg(["dv-vroegsignalering"], ["rianne.bos@almere.nl"],
                  "'Ik kom graag' above the '>'-quoted invitation of a single online session."),
        client="thunderbird", quote=q, irt=DV_INVITE_MID)


@message
def dv_team_with_addresses():
    return human("dv02", "2027-03-03 11:40", addr("Sevda Kaya", "s.kaya@zaanstad.nl"), DV,
                 "Aanmelding kennissessie vroegsignalering (3 personen)", T("""
        Beste Divosa,

        Vanuit het team Geldzaken melden wij ons met drie personen aan voor de online sessie van 17 juni:

        Sevda Kaya - s.kaya@zaanstad.nl
        Ruud Koning - r.koning@zaanstad.nl
        Ayoub El Idrissi - a.elidrissi@zaanstad.nl

        Willen jullie de Teams-link naar alle drie sturen?

        Groet,
        Sevda
        """), reg(["dv-vroegsignalering"], ["s.kaya@zaanstad.nl", "r.koning@zaanstad.nl", "a.elidrissi@zaanstad.nl"],
                  "Three people with addresses on lines without bullets. Asking for the link for all three is part of the normal process, not a question."))


@message
def dv_colleague_no_address():
    return human("dv03", "2027-03-08 16:22", addr("Marc Lammers", "m.lammers@helmond.nl"), DV,
                 "Aanmelding 17 juni", T("""
        Hallo,

        Ik meld me aan voor de kennissessie van 17 juni. Kunnen jullie de link ook naar mijn collega Inge sturen? Zij wil ook meekijken.

        Groet,
        Marc Lammers
        Beleidsadviseur armoede en schulden
        """), reg(["dv-vroegsignalering"], ["m.lammers@helmond.nl"],
                  "Colleague 'Inge' without surname or address.", review=True), client="owa", charset="utf-8")


@message
def dv_subject_only_signature():
    root = textp(T("""
        --
        Met vriendelijke groet,

        Gerard Hofstede
        Adviseur Werk en Inkomen | Gemeente Emmen
        T 0591 68 55 55
        """), "plain", "utf-8", "quoted-printable")
    date = "2027-03-10 08:05"
    data = send(seed="dv04", date=date, frm=addr("Hofstede, Gerard", "g.hofstede@emmen.nl"), to=DV,
                subject="Aanmelding online kennissessie vroegsignalering 17/6", root=root, client="onprem")
    return M(date, data, reg(["dv-vroegsignalering"], ["g.hofstede@emmen.nl"], "Everything in the subject; the body is only a signature."))


@message
def dv_web_form():
    date = "2027-03-11 13:33"
    text = T("""
        Nieuwe aanmelding via divosa.nl/agenda

        Evenement: Online kennissessie Vroegsignalering van schulden (17-06-2027)
        Voornaam: Noor
        Achternaam: Benali
        Organisatie: Gemeente Schiedam
        E-mailadres: n.benali@schiedam.nl
        Dieetwensen: n.v.t.
        """)
    root = textp(text, "plain", "utf-8", "quoted-printable")
    data = send(seed="dv05", date=date, frm=addr("Divosa website", "no-reply@divosa.nl"), to=DV,
                subject="Nieuwe aanmelding: Vroegsignalering van schulden", root=root, client="system",
                reply_to="n.benali@schiedam.nl", extra=[("X-Mailer", "Drupal Webform")])
    return M(date, data, reg(["dv-vroegsignalering"], ["n.benali@schiedam.nl"],
                             "Website form relayed from no-reply@ with Reply-To; the 'Dieetwensen' field is irrelevant for an online session."))


@message
def dv_late_joiner_question():
    return human("dv06", "2027-04-06 10:08", addr("Yvonne Martens", "y.martens@dordrecht.nl"), DV,
                 "Aanmelding + vraag", T("""
        Goedemorgen,

        Ik meld me graag aan voor de kennissessie op 17 juni. Ik kan pas om 15.30 uur inbellen, is dat een probleem? En komt er een opname voor wie het begin mist?

        Met vriendelijke groet,
        Yvonne Martens
        Gemeente Dordrecht, Sociaal Domein
        """), reg(["dv-vroegsignalering"], ["y.martens@dordrecht.nl"],
                  "Registration plus two questions (joining late, recording) that need an answer.", review=True),
        client="gmail")

# ---------------------------------------------------------------- Peer learning (English event): registrations


@message
def pl_leuven_by_city_tampere():
    return human("pl01", "2026-12-02 11:20 +0200", addr("Aino Virtanen", "aino.virtanen@tampere.fi"), PL,
                 "Registration - peer learning visit Leuven", T("""
        Dear Ms Vandersteen,

        I would like to register for the first visit, in Leuven. I coordinate Tampere's participatory budgeting round and would be happy to present our experience with online voting if that is useful.

        Best regards,

        Aino Virtanen
        Special Planner, Democracy and Participation
        City of Tampere
        """), reg(["pl-leuven"], ["aino.virtanen@tampere.fi"],
                  "English registration by city; the offer to present is not a question. Sent from Finland (+0200)."),
        lang="en-US", wlang="EN-US")


@message
def pl_ghent_alias_cork():
    return human("pl02", "2026-12-03 09:02 +0000", addr("Ciarán O'Sullivan", "ciaran.osullivan@corkcity.ie"), PL,
                 "Peer learning - Ghent visit", T("""
        Hi,

        Please put me down for the Ghent visit in October. Looking forward to it.

        Thanks,
        Ciarán

        Ciarán O'Sullivan
        Community Engagement Officer | Cork City Council
        """), reg(["pl-gent"], ["ciaran.osullivan@corkcity.ie"],
                  "'Ghent' is the English alias of Gent. RFC 2047 encoded name with an apostrophe and fada."),
        lang="en-GB", wlang="EN-GB")


@message
def pl_june_9th_braga():
    return human("pl03", "2026-12-07 16:45 +0000", addr("Sofia Magalhães", "sofia.magalhaes@cm-braga.pt", charset="iso-8859-1"), PL,
                 "Registration", T("""
        Good afternoon,

        I am writing to register for the peer-learning day on June 9th. I will travel together with our deputy mayor; he will send his own registration.

        Kind regards,
        Sofia Magalhães
        Municipality of Braga - Department of Citizen Participation
        """), reg(["pl-leuven"], ["sofia.magalhaes@cm-braga.pt"],
                  "Date only ('June 9th' = Leuven). The deputy mayor will register himself: no colleague to follow up."),
        client="gmail", cte="base64")


@message
def pl_all_three_tartu():
    return human("pl04", "2026-12-09 10:10 +0200", addr("Kadri Tamm", "kadri.tamm@tartu.ee"), PL,
                 "Registration for all three visits", T("""
        Dear organisers,

        Tartu would like to take part in the full programme. Please register me for all three visits (Leuven, Eindhoven and Ghent).

        Best wishes,
        Kadri Tamm
        Participatory budgeting coordinator, Tartu City Government
        """), reg(["pl-leuven", "pl-eindhoven", "pl-gent"], ["kadri.tamm@tartu.ee"],
                  "All three sessions; the event has no per-participant limit."), client="thunderbird", lang="en-US")


@message
def pl_louvain_french_writer():
    return human("pl05", "2026-12-10 14:31", addr("Mathilde Rousseau", "m.rousseau@grenoble.fr"), PL,
                 "Inscription / registration peer learning", T("""
        Hello,

        Sorry for my English. I wish to register for the visit in Louvain in June. We start our own "budget participatif" next year and we want to learn from you.

        Best regards / Cordialement,
        Mathilde Rousseau
        Ville de Grenoble
        """), reg(["pl-leuven"], ["m.rousseau@grenoble.fr"],
                  "French exonym 'Louvain' (an alias of Leuven), English with French phrases."),
        client="apple")


@message
def pl_eindhoven_colleague_dutch():
    return human("pl06", "2026-12-14 09:37", addr("Joost van der Linden", "j.vanderlinden@leiden.nl"), PL,
                 "Registration Eindhoven visit (2 persons)", T("""
        Dear colleagues,

        Leiden would like to join the visit to Eindhoven on 15 September with two people: myself and my colleague Priya Ramdin (p.ramdin@leiden.nl).

        Kind regards,
        Joost van der Linden
        Senior adviseur participatie, Gemeente Leiden
        """), reg(["pl-eindhoven"], ["j.vanderlinden@leiden.nl", "p.ramdin@leiden.nl"],
                  "Dutch sender writing English; sender plus colleague with address."), lang="nl-NL", wlang="EN-GB")


@message
def pl_after_summer_lublin():
    return human("pl07", "2027-01-08 12:00", addr("Tomasz Nowak", "tomasz.nowak@lublin.eu"), PL,
                 "Peer learning programme - registration", T("""
        Dear Sir or Madam,

        Unfortunately June is impossible for us because of our own budget vote, but I would like to register for the two visits after the summer.

        Yours faithfully,
        Tomasz Nowak
        Lublin City Office, Social Participation Unit
        """), reg(["pl-eindhoven", "pl-gent"], ["tomasz.nowak@lublin.eu"],
                  "'The two visits after the summer' = Eindhoven (September) and Ghent (October); June (Leuven) ruled out."),
        lang="pl-PL", wlang="EN-GB")


@message
def pl_dutch_writer_gent():
    return human("pl08", "2027-01-12 15:15", addr("Lotte Peeters", "lotte.peeters@mechelen.be"), PL,
                 "Inschrijving bezoek Gent", T("""
        Dag Ellen,

        Ik wil me graag aanmelden voor het bezoek aan Gent in oktober. Mechelen zit zelf in de opstartfase van een burgerbudget, dus dat komt goed uit.

        Groetjes,
        Lotte Peeters
        Stad Mechelen
        """), reg(["pl-gent"], ["lotte.peeters@mechelen.be"],
                  "Flemish writer to the English-language event; plain registration."),
        client="gmail", lang="nl-BE")


@message
def pl_one_in_netherlands():
    return human("pl09", "2027-01-19 08:50", addr("Mette Sørensen", "mesoe@aarhus.dk", mode="B"), PL,
                 "Sign-up", T("""
        Hi Ellen,

        Count me in for the visit in the Netherlands. The Belgian ones clash with our council calendar, unfortunately.

        All the best,
        Mette Sørensen
        Aarhus Municipality
        """), reg(["pl-eindhoven"], ["mesoe@aarhus.dk"],
                  "'The visit in the Netherlands' = Eindhoven; the Belgian visits (Leuven, Ghent) are ruled out."),
        client="iphone", charset="utf-8")


@message
def pl_eindhofen_typo():
    return human("pl10", "2027-02-02 10:05", addr("Katrin Vogel", "katrin.vogel@stadt.freiburg.de"), PL,
                 "Anmeldung / registration Eindhofen", T("""
        Dear team,

        hereby I register for the peer learning in Eindhofen in september.

        With kind regards
        Katrin Vogel
        Stadt Freiburg im Breisgau, Referat für Bürgerbeteiligung
        """), reg(["pl-eindhoven"], ["katrin.vogel@stadt.freiburg.de"],
                  "Typo 'Eindhofen'; September confirms Eindhoven. German signature, iso-8859-1 body."),
        charset="iso-8859-1", lang="de-DE", wlang="DE")


@message
def pl_colleague_no_address_bergen():
    return human("pl11", "2027-02-10 13:40", addr("Ingrid Haugland", "ingrid.haugland@bergen.kommune.no"), PL,
                 "Registration Leuven", T("""
        Hello,

        Please register me for the Leuven visit. Our councillor Erik Solberg would also like to come; could you add him?

        Regards,
        Ingrid Haugland
        Bergen kommune
        """), reg(["pl-leuven"], ["ingrid.haugland@bergen.kommune.no"],
                  "Colleague (a councillor) named without an address.", review=True), lang="nb-NO", wlang="EN-GB")


@message
def pl_count_me_in_no_choice():
    q = (f"On {en_gm(PL_INVITE_DATE)} Peer Learning Leuven <{PL}> wrote:", pl_invite())
    return human("pl12", "2027-02-18 18:22", addr("Ana Kovač", "ana.kovac@rijeka.hr"), PL,
                 "Re: " + PL_INVITE_SUBJECT, T("""
        Count me in!

        Ana
        """), reg([], ["ana.kovac@rijeka.hr"],
                  "'Count me in' to an event with three visits on different dates; the quote lists all three and she may take one, two or all of them. A person must ask.",
                  review=True), client="gmail", quote=q, irt=PL_INVITE_MID)

# ---------------------------------------------------------------- Griffierscongres: registrations


@message
def vvg_three_parts():
    return human("vvg01", "2027-02-16 10:12", addr("Marieke Hoogland", "m.hoogland@amstelveen.nl"), VVG,
                 "Aanmelding jaarcongres", T("""
        Beste congresteam,

        Graag meld ik mij aan voor het jaarcongres:
        - het ochtendprogramma
        - ronde 1: AI op de griffie
        - ronde 2: jongeren en de raad

        Met vriendelijke groet,
        Marieke Hoogland
        Griffier gemeente Amstelveen
        """), reg(["vvg-plenair", "vvg-r1-ai", "vvg-r2-jongeren"], ["m.hoogland@amstelveen.nl"],
                  "Plenary plus one session in each round: three parts, the maximum."))


@message
def vvg_amesfoort_morning_only():
    return human("vvg02", "2027-02-17 08:40", addr("Henk Lubbers", "h.lubbers@oldambt.nl"), VVG,
                 "aanmelding congres Amesfoort", T("""
        Goedemorgen,

        Ik kom naar het congres in Amesfoort, maar alleen 's ochtends. 's Middags heb ik een raadsvergadering.

        Groet,
        Henk Lubbers
        Griffier Oldambt
        """), reg(["vvg-plenair"], ["h.lubbers@oldambt.nl"],
                  "Typo 'Amesfoort' (Amersfoort); morning only = plenary; afternoon explicitly excluded."),
        client="onprem", charset="us-ascii", cte="7bit")


@message
def vvg_two_in_round_one():
    return human("vvg03", "2027-02-18 14:55", addr("Saskia Brouwer", "saskia.brouwer@barneveld.nl"), VVG,
                 "Aanmelding congres 30 september", T("""
        Beste organisatie,

        Ik meld me aan voor de ochtend en voor de sessies over ondermijning en over de rekenkamer. Beide onderwerpen spelen bij ons.

        Met vriendelijke groet,
        Saskia Brouwer
        Raadsadviseur, griffie Barneveld
        """), reg(["vvg-plenair", "vvg-r1-ondermijning", "vvg-r1-rekenkamer"], ["saskia.brouwer@barneveld.nl"],
                  "Ondermijning and rekenkamer are both in round 1 (same time); three parts in total, but two clash.",
                  review=True))


@message
def vvg_four_parts():
    return human("vvg04", "2027-02-22 09:30", addr("Frank Mertens", "f.mertens@roosendaal.nl"), VVG,
                 "Inschrijving jaarcongres", T("""
        Goedemorgen,

        Ik schrijf me in voor het hele programma: de ochtend, in ronde 1 de rekenkamer, in ronde 2 de raadsenquête en daarna de borrel.

        Met vriendelijke groet,
        Frank Mertens
        Griffier Roosendaal
        """), reg(["vvg-plenair", "vvg-r1-rekenkamer", "vvg-r2-raadsenquete", "vvg-borrel"], ["f.mertens@roosendaal.nl"],
                  "Four parts, one more than the maximum of three; no clash.", review=True),
        charset="windows-1252", smode="Q")


@message
def vvg_whole_day_no_choice():
    return human("vvg05", "2027-02-23 16:18", addr("Ingrid Wolters", "i.wolters@lochem.nl"), VVG,
                 "Aanmelding", T("""
        Beste mensen,

        Ik ben er de hele dag bij! Welke workshops ik kies weet ik nog niet.

        Groeten,
        Ingrid Wolters
        Griffie Lochem
        """), reg(["vvg-plenair"], ["i.wolters@lochem.nl"],
                  "'De hele dag' but no workshop choice: the plenary is clear; rounds and borrel are not (and all of it would exceed the limit).",
                  review=True, sessions_alt=[["vvg-plenair", "vvg-borrel"]]), client="gmail")


@message
def vvg_by_aliases_no_plenary():
    return human("vvg06", "2027-03-01 11:11", addr("Bas Kroon", "b.kroon@hoorn.nl"), VVG,
                 "Congres: rekenkamer + enquête", T("""
        Hallo,

        De ochtend sla ik over (ik zit dan nog in een commissie), maar 's middags kom ik graag naar de sessie over de rekenkamercommissie en daarna die over de enquête.

        Bas Kroon
        Raadsadviseur Hoorn
        """), reg(["vvg-r1-rekenkamer", "vvg-r2-raadsenquete"], ["b.kroon@hoorn.nl"],
                  "Aliases 'rekenkamercommissie' and 'enquête'; plenary explicitly skipped."),
        client="apple")


@message
def vvg_chatgpt_and_borrel():
    return human("vvg07", "2027-03-03 20:05", addr("Rosa Meijer", "rosa.meijer@gooisemeren.nl"), VVG,
                 "Aanmelding", T("""
        Hoi,

        Ik wil graag naar de sessie over ChatGPT en Copilot op de griffie, en ik blijf voor de borrel.

        Groetjes,
        Rosa Meijer
        Griffie Gooise Meren
        """), reg(["vvg-r1-ai", "vvg-borrel"], ["rosa.meijer@gooisemeren.nl"],
                  "AI session by aliases 'ChatGPT'/'Copilot' plus borrel; no plenary mentioned."),
        client="iphone", charset="utf-8")


@message
def vvg_with_colleague():
    return human("vvg08", "2027-03-05 10:45", addr("Joost Claassen", "j.claassen@arnhem.nl"), VVG,
                 "Aanmelding jaarcongres griffie Arnhem", T("""
        Beste congresteam,

        Mijn collega Fleur Hermans (f.hermans@arnhem.nl) en ik melden ons aan voor het plenaire ochtendprogramma en in de tweede ronde voor de sessie over integriteit.

        Met vriendelijke groet,

        Joost Claassen
        Griffier gemeente Arnhem
        """), reg(["vvg-plenair", "vvg-r2-integriteit"], ["j.claassen@arnhem.nl", "f.hermans@arnhem.nl"],
                  "Two people with addresses, same two parts."))


@message
def vvg_secretary_for_griffier():
    return human("vvg09", "2027-03-09 09:20", addr("Secretariaat Griffie Ede", "griffie@ede.nl"), VVG,
                 "Aanmelding griffier Ede", T("""
        Goedemorgen,

        Hierbij melden wij onze griffier, mevrouw A. de Vries (a.devries@ede.nl), aan voor het congres: ochtendprogramma, ronde 2 integriteit en de netwerkborrel.

        Met vriendelijke groet,
        Secretariaat griffie Ede
        """), reg(["vvg-plenair", "vvg-r2-integriteit", "vvg-borrel"], ["a.devries@ede.nl"],
                  "A secretariat mailbox registers the griffier for three parts; the mailbox is not a participant."))


@message
def vvg_jongerenraad():
    return human("vvg10", "2027-03-16 13:02", addr("Thomas Bakker", "thomas.bakker@zwolle.nl"), VVG,
                 "Aanmelding congres", T("""
        Beste,

        Wij hebben net een jongerenraad opgericht, dus ik kom graag naar die sessie en naar de ochtend.

        Met vriendelijke groet,
        Thomas Bakker
        Raadsadviseur | Griffie Zwolle
        [[IMG:zwolle]]
        """), reg(["vvg-r2-jongeren", "vvg-plenair"], ["thomas.bakker@zwolle.nl"],
                  "Alias 'jongerenraad' (Jongeren en de raad) plus the morning; Zwolle in the signature is irrelevant for this event. Inline logo."),
        images={"zwolle": ("image001.png@01DD8A10.3C5E7F20", "Gemeente Zwolle", 140, 40)})


@message
def vvg_two_people_split_rounds():
    return human("vvg11", "2027-03-24 11:48", addr("Esra Demir", "e.demir@schiedam.nl"), VVG,
                 "Aanmelding 2 personen griffie Schiedam", T("""
        Beste congresteam,

        Mijn collega Niels de Wit (n.dewit@schiedam.nl) en ik komen allebei naar de ochtend. ’s Middags verdelen we het: ik ga naar ondermijning, Niels naar de rekenkamer.

        Met vriendelijke groet,
        Esra Demir
        """), reg(["vvg-plenair", "vvg-r1-ondermijning", "vvg-r1-rekenkamer"], ["e.demir@schiedam.nl", "n.dewit@schiedam.nl"],
                  "Two people who split a round (each takes one round-1 session); as sets this looks like a clash, and the per-person split can't be expressed, so a person checks.",
                  review=True), charset="windows-1252")


@message
def vvg_is_het_nog_mogelijk():
    return human("vvg12", "2027-05-18 15:30", addr("Pim Schouten", "p.schouten@katwijk.nl"), VVG,
                 "Aanmelding congres 30/9", T("""
        Goedemiddag,

        Is het nog mogelijk om aan te schuiven? Ik meld me graag aan voor de ochtend en ronde 2, integriteit.

        Met vriendelijke groet,
        Pim Schouten
        Griffier Katwijk
        """), reg(["vvg-plenair", "vvg-r2-integriteit"], ["p.schouten@katwijk.nl"],
                  "'Is het nog mogelijk' is politeness: the congress has no deadline and is months away."), client="owa", charset="utf-8")

# ---------------------------------------------------------------- cancellations


@message
def cancel_rt_zwolle_explicit():
    return human("x01", "2027-03-02 10:05", addr("Karin van der Veen", "k.vanderveen@kampen.nl"), RT,
                 "Afmelding regiobijeenkomst Zwolle", T("""
        Goedemorgen,

        Op 22 juni is er een extra raadsvergadering ingepland, dus ik moet me helaas afmelden voor de bijeenkomst in Zwolle.

        Met vriendelijke groet,
        Karin van der Veen
        Raadslid ChristenUnie Kampen
        """), label("cancel", ["rt-zwolle"], ["k.vanderveen@kampen.nl"],
                    note="Explicit cancellation by city; 'extra raadsvergadering' is the reason."),
        charset="windows-1252", utc=True)


@message
def cancel_rt_unspecified():
    return human("x02", "2027-03-09 19:30", addr("Hanneke Smit", "h.smit@nieuwegein.nl"), RT,
                 "Afmelden", T("""
        Beste organisatie,

        Door omstandigheden kan ik toch niet komen. Wilt u mij afmelden?

        Met vriendelijke groet,
        Hanneke Smit
        """), label("cancel", [], ["h.smit@nieuwegein.nl"], review="any",
                    note="No session named and not a reply. Fine to act if she has exactly one Regiotour registration (the event allows one); otherwise a person asks.",
                    sessions_allowed=list(RTS)), client="iphone", charset="utf-8")


@message
def cancel_rt_for_colleague():
    return human("x03", "2027-03-15 11:20", addr("Youssef Amrani", "y.amrani@alkmaar.nl"), RT,
                 "Afmelding Kees Molenaar - Haarlem", T("""
        Beste Team Regiotour,

        Onze collega Kees Molenaar (k.molenaar@alkmaar.nl) kan helaas niet mee naar Haarlem op 8 juni. Linda en ik komen wel.

        Met vriendelijke groet,
        Youssef Amrani
        """), label("cancel", ["rt-haarlem"], ["k.molenaar@alkmaar.nl"],
                    note="Cancels one colleague of a group registration; the sender and Linda stay registered."))


@message
def cancel_rt_reply_to_confirmation():
    conf = rt_confirm("rt-maastricht", "Paul Houben")
    quote = ol_quote(RT_FROM, "2026-12-04 09:40", "Houben, Paul <paul.houben@sittard-geleen.nl>",
                     rt_confirm_subject("rt-maastricht"), conf)
    return human("x04", "2027-04-12 08:31", addr("Houben, Paul", "paul.houben@sittard-geleen.nl"), RT,
                 "RE: " + rt_confirm_subject("rt-maastricht"), T("""
        Goedemorgen,

        Helaas ben ik verhinderd. Geeft u mijn plek maar aan iemand van de wachtlijst.

        Groet,
        Paul Houben
        """), label("cancel", ["rt-maastricht"], ["paul.houben@sittard-geleen.nl"],
                    note="'Helaas verhinderd' above the quoted confirmation; the session comes from subject and quote."),
        quote=quote, irt=svc_mid("conf-houben", "raadsleden.nl"), utc=True)


@message
def cancel_ld_verontschuldigen():
    return human("x05", "2027-04-28 09:15", addr("Sarah Debaere", "sarah.debaere@zwevegem.be"), LD,
                 "Verontschuldiging werkwinkel water en droogte", T("""
        Beste,

        Ik moet mij helaas verontschuldigen voor de werkwinkel Water en droogte van 6 mei: die dag is er een schepencollege met spoedpunten. Mijn excuses.

        Vriendelijke groeten,
        Sarah Debaere
        """), label("cancel", ["ld-water"], ["sarah.debaere@zwevegem.be"],
                    note="Flemish 'mij verontschuldigen' = cancel. After the registration deadline, but cancelling is still fine."),
        lang="nl-BE", wlang="NL-BE")


@message
def cancel_ld_gsm_reply():
    conf = ld_confirm("ld-open-ruimte", "Wouter Vandenbroucke")
    q = (f"Op 2 feb. 2027 om 10:35 heeft Leiedal Inspiratiedag <{LD}> het volgende geschreven:", conf)
    return human("x06", "2027-05-04 07:48", addr("Wouter Vandenbroucke", "wouter.vandenbroucke@waregem.be"), LD,
                 "Re: Bevestiging inschrijving Inspiratiedag", T("""
        Dag, ik wil mij graag afmelden, er is iets tussengekomen. Sorry voor de late melding.

        Wouter

        Verzonden vanaf mijn iPhone
        """), label("cancel", ["ld-open-ruimte"], ["wouter.vandenbroucke@waregem.be"],
                    note="Flemish 'afmelden' from a phone; the workshop (1: Open ruimte) is only in the '>'-quoted confirmation."),
        client="iphone", quote=q, irt=svc_mid("conf-vandenbroucke", "leiedal.be"))


@message
def cancel_pl_ghent_english():
    return human("x07", "2027-03-18 14:02 +0000", addr("Ciarán O'Sullivan", "ciaran.osullivan@corkcity.ie"), PL,
                 "Cancel registration - Ghent", T("""
        Hi,

        Unfortunately I need to cancel my registration for the Ghent visit in October; our budget cycle has been moved.

        Apologies,
        Ciarán
        """), label("cancel", ["pl-gent"], ["ciaran.osullivan@corkcity.ie"], note="English 'cancel' with the session named."),
        lang="en-GB", wlang="EN-GB")


@message
def cancel_pl_cant_make_it_colleague_stays():
    conf = pl_confirm("pl-eindhoven", "Joost van der Linden")
    quote = ol_quote(PL_FROM, "2026-12-14 10:02", "Linden, Joost van der <j.vanderlinden@leiden.nl>",
                     "Confirmation: Peer-learning visit 2: Eindhoven", conf, lang="en")
    return human("x08", "2027-04-20 16:40", addr("Linden, Joost van der", "j.vanderlinden@leiden.nl"), PL,
                 "RE: Confirmation: Peer-learning visit 2: Eindhoven", T("""
        Dear colleagues,

        I'm afraid I can't make it to Eindhoven after all. Priya will still come, so please keep her registration.

        Kind regards,
        Joost
        """), label("cancel", ["pl-eindhoven"], ["j.vanderlinden@leiden.nl"],
                    note="'Can't make it' above the quoted confirmation; only the sender cancels, the colleague stays (her address is not in this mail, only her name)."),
        quote=quote, irt=svc_mid("conf-vanderlinden", "leuven.be"), wlang="EN-GB")


@message
def cancel_vvg_borrel_only():
    return human("x09", "2027-04-01 12:12", addr("Rosa Meijer", "rosa.meijer@gooisemeren.nl"), VVG,
                 "Borrel", T("""
        Hoi,

        Kleine wijziging: de borrel laat ik toch schieten, ik moet die avond op tijd thuis zijn. De AI-sessie blijft staan.

        Groetjes,
        Rosa
        """), label("cancel", ["vvg-borrel"], ["rosa.meijer@gooisemeren.nl"],
                    note="Partial cancellation ('laat ik schieten'); the AI session stays. Called 'wijziging' but nothing new is booked."),
        client="iphone", charset="utf-8")


@message
def cancel_gd_secretary_for_mayor():
    return human("x10", "2027-05-10 09:40", addr("Jolanda Zijlstra", "j.zijlstra@dantumadiel.frl"), GD,
                 "Afmelding burgemeester Hoekstra - Gemeentedag", T("""
        Goedemorgen,

        Burgemeester Hoekstra (g.hoekstra@dantumadiel.frl) moet zich helaas afmelden voor de Gemeentedag van 4 juni in verband met een andere verplichting. Wethouder Bouma komt wel.

        Met vriendelijke groet,
        Jolanda Zijlstra
        Bestuurssecretaresse
        """), label("cancel", ["gd-2027"], ["g.hoekstra@dantumadiel.frl"],
                    note="Secretary cancels the burgemeester only; the wethouder stays."),
        charset="windows-1252")


@message
def cancel_dv_reply_to_confirmation():
    q = (f"Op 2 mrt 2027, om 09:20 schreef Divosa Kennissessies <{DV}>:", dv_confirm("Rianne Bos"))
    return human("x11", "2027-05-25 17:02", addr("Rianne Bos", "rianne.bos@almere.nl"), DV,
                 "Re: Bevestiging aanmelding kennissessie 17 juni", T("""
        Beste Divosa,

        Ik kan er op 17 juni toch niet bij zijn, sorry. Ik kijk wel of er later een opname of verslag komt.

        Groet,
        Rianne
        """), label("cancel", ["dv-vroegsignalering"], ["rianne.bos@almere.nl"],
                    note="Cancellation of the single online session, reply with '>' quote; mentioning a possible recording is not a question."),
        client="thunderbird", quote=q, irt=svc_mid("conf-bos", "divosa.nl"))


@message
def cancel_with_substitute():
    return human("x12", "2027-04-14 13:50", addr("Femke Dekker", "f.dekker@purmerend.nl"), RT,
                 "Afmelding + vervanging Utrecht", T("""
        Beste organisatie,

        Ik kan zelf helaas niet naar Utrecht op 10 juni. Mijn collega Joris Prins (j.prins@purmerend.nl) neemt mijn plek graag over. Kunt u dat regelen?

        Met vriendelijke groet,
        Femke Dekker
        Griffier gemeente Purmerend
        """), label("cancel", ["rt-utrecht"], ["f.dekker@purmerend.nl"], review=True,
                    note="Substitution: cancel the sender and register j.prins@purmerend.nl in her place. Two actions in one mail."))


@message
def cancel_vvg_whole_congress():
    return human("x13", "2027-05-12 10:10", addr("Marieke Hoogland", "m.hoogland@amstelveen.nl"), VVG,
                 "Intrekken aanmelding jaarcongres", T("""
        Beste congresteam,

        Helaas moet ik mijn aanmelding voor het jaarcongres intrekken; ik heb per 1 september een nieuwe baan buiten het griffievak.

        Met vriendelijke groet,
        Marieke Hoogland
        """), label("cancel", [], ["m.hoogland@amstelveen.nl"], review="any",
                    note="Withdraws from the whole congress without naming parts: cancelling all of her congress registrations is right; a person checking is fine too.",
                    sessions_allowed=list(VVGS)))


@message
def cancel_rt_by_date_only():
    return human("x14", "2027-05-06 21:03", addr("Bram Wessels", "bramwessels@ziggo.nl"), RT,
                 "Re: Aanmelding dinsdag 22/6", T("""
        Beste organisatie,

        Ik kan op de 22e toch niet. Wilt u mij van de deelnemerslijst halen?

        Bram Wessels
        """), label("cancel", ["rt-zwolle"], ["bramwessels@ziggo.nl"],
                    note="Date only ('de 22e' = Zwolle, also in the subject). HTML-only like his registration."),
        client="htmlonly")


@message
def cancel_pl_one_of_three():
    return human("x15", "2027-05-19 09:25 +0300", addr("Kadri Tamm", "kadri.tamm@tartu.ee"), PL,
                 "Change of plans - Leuven", T("""
        Dear organisers,

        Please take me off the Leuven visit in June. Eindhoven and Ghent still stand.

        Best wishes,
        Kadri
        """), label("cancel", ["pl-leuven"], ["kadri.tamm@tartu.ee"],
                    note="Partial cancellation: one of three visits; the other two are explicitly kept. Subject says 'change' but nothing new is booked."),
        client="thunderbird", lang="en-US")


@message
def cancel_rt_other_city_as_reason():
    return human("x16", "2027-05-20 08:22", addr("Marloes Verhagen", "m.verhagen@oss.nl"), RT,
                 "Afmelding 14 juni", T("""
        Goedemorgen,

        Ik moet op 14 juni voor mijn werk in Haarlem zijn, dus ik meld me af voor Den Bosch.

        Vriendelijke groet,
        Marloes Verhagen
        """), label("cancel", ["rt-den-bosch"], ["m.verhagen@oss.nl"],
                    note="Haarlem (another session city) is only the reason; the cancellation is for Den Bosch."),
        client="thunderbird", cte="7bit")

# ---------------------------------------------------------------- changes


@message
def change_rt_haarlem_to_utrecht():
    return human("h01", "2027-02-08 22:15", addr("Jeroen Brink", "jeroenbrink.heemstede@gmail.com"), RT,
                 "Wijziging: Haarlem -> Utrecht", T("""
        Hoi,

        Kan ik wisselen van Haarlem naar Utrecht? Op 8 juni blijkt er een commissievergadering te zijn.

        Groeten,
        Jeroen Brink
        """), label("change", ["rt-utrecht"], ["jeroenbrink.heemstede@gmail.com"], from_sessions=["rt-haarlem"],
                    note="Explicit switch; 'kan ik' is politeness."), client="gmail")


@message
def change_rt_target_only_quoted_confirmation():
    conf = rt_confirm("rt-leeuwarden", "Jelle Postma")
    quote = ol_quote(RT_FROM, "2026-12-21 10:30", "Postma, Jelle <j.postma@achtkarspelen.nl>",
                     rt_confirm_subject("rt-leeuwarden"), conf)
    return human("h02", "2027-02-24 13:35", addr("Postma, Jelle", "j.postma@achtkarspelen.nl"), RT,
                 "RE: " + rt_confirm_subject("rt-leeuwarden"), T("""
        Hallo,

        Zou ik in plaats hiervan naar Zwolle kunnen komen? De middag in Leeuwarden gaat niet meer lukken, 's avonds wel.

        Groet,
        Jelle
        """), label("change", ["rt-zwolle"], ["j.postma@achtkarspelen.nl"], from_sessions=["rt-leeuwarden"],
                    note="Target in the body; old session from subject and quoted confirmation ('in plaats hiervan')."),
        quote=quote, irt=svc_mid("conf-postma", "raadsleden.nl"), utc=True)


@message
def change_rt_no_target():
    return human("h03", "2027-03-04 10:44", addr("Erik Nijland", "e.nijland@raalte.nl"), RT,
                 "Andere bijeenkomst?", T("""
        Goedemorgen,

        Ik sta ingeschreven voor Zwolle, maar die avond past toch niet. Ik wil graag naar een andere bijeenkomst. Welke heeft nog plek?

        Met vriendelijke groet,
        Erik Nijland
        """), label("change", [], ["e.nijland@raalte.nl"], from_sessions=["rt-zwolle"], review=True,
                    note="Wants to leave Zwolle but names no target; a person has to suggest one."))


@message
def change_vvg_round2_for_self_only():
    return human("h04", "2027-04-06 09:10", addr("Joost Claassen", "j.claassen@arnhem.nl"), VVG,
                 "Wijziging aanmelding congres", T("""
        Beste congresteam,

        Kleine wijziging voor mij: in ronde 2 ga ik liever naar de raadsenquête dan naar integriteit. Voor Fleur blijft het zoals het was.

        Met vriendelijke groet,
        Joost Claassen
        """), label("change", ["vvg-r2-raadsenquete"], ["j.claassen@arnhem.nl"], from_sessions=["vvg-r2-integriteit"],
                    note="Swap within round 2 for the sender only; the colleague (named, no address) is unchanged."))


@message
def change_ld_before_deadline():
    return human("h05", "2027-04-02 11:05", addr("Pieter Lambrecht", "pieter.lambrecht@kuurne.be"), LD,
                 "Wijziging werkwinkel", T("""
        Beste,

        Ik ben ingeschreven voor energie en renovatie, maar ik zou toch liever naar de werkwinkel over samenwerking en fusie gaan. Kan dat nog?

        Groeten,
        Pieter Lambrecht
        """), label("change", ["ld-samenwerking"], ["pieter.lambrecht@kuurne.be"], from_sessions=["ld-energie"],
                    note="Workshop switch before the deadline; 'kan dat nog' is politeness."), lang="nl-BE", wlang="NL-BE")


@message
def change_ld_after_deadline():
    return human("h06", "2027-04-29 15:30", addr("Hannelore Goethals", "hannelore.goethals@kortrijk.be"), LD,
                 "Wissel werkwinkel", T("""
        Goeiemiddag,

        Ik weet dat de inschrijvingen afgesloten zijn, maar zou ik nog kunnen wisselen van digitale inclusie naar zorgzame buurten? Mijn collega van welzijn is uitgevallen.

        Groeten,
        Hannelore
        """), label("change", ["ld-zorg"], ["hannelore.goethals@kortrijk.be"], from_sessions=["ld-digitaal"], review=True,
                    note="Switch requested after the deadline (23 April); a person decides."), client="gmail", cte="base64")


@message
def change_pl_eindhoven_to_ghent():
    return human("h07", "2027-03-10 08:40", addr("Mette Sørensen", "mesoe@aarhus.dk"), PL,
                 "Re: Sign-up", T("""
        Hi Ellen,

        Our council calendar moved, so could you switch me from Eindhoven to Ghent?

        Thanks!
        Mette
        """), label("change", ["pl-gent"], ["mesoe@aarhus.dk"], from_sessions=["pl-eindhoven"],
                    note="English switch between visits."), client="iphone", charset="utf-8")


@message
def change_rt_for_colleague():
    return human("h08", "2027-03-22 14:14", addr("Youssef Amrani", "y.amrani@alkmaar.nl"), RT,
                 "Wijziging Linda de Boer", T("""
        Beste Team Regiotour,

        Kunt u onze collega Linda de Boer (l.deboer@alkmaar.nl) omzetten van Haarlem naar Utrecht? Zij kan 's avonds niet meer.

        Met vriendelijke groet,
        Youssef Amrani
        """), label("change", ["rt-utrecht"], ["l.deboer@alkmaar.nl"], from_sessions=["rt-haarlem"],
                    note="Change for a colleague with address; the sender himself stays in Haarlem."))


@message
def change_rt_by_dates():
    return human("h09", "2027-04-07 12:01", addr("Joyce Hamer", "joyce.hamer@woerden.nl"), RT,
                 "ruilen", T("""
        Hoi,

        kan ik naar de 16e in plaats van de 10e? Dan kan ik meteen bij mijn zus in Friesland langs.

        gr Joyce
        """), label("change", ["rt-leeuwarden"], ["joyce.hamer@woerden.nl"], from_sessions=["rt-utrecht"],
                    note="Change by dates only: from 10 juni (Utrecht) to 16 juni (Leeuwarden); Friesland is a hint."),
        client="iphone", charset="utf-8")


@message
def change_vvg_reply_to_confirmation():
    conf = vvg_confirm(["vvg-plenair", "vvg-r2-jongeren"], "Thomas Bakker")
    quote = ol_quote(VVG_FROM, "2027-03-16 14:00", "Bakker, Thomas <thomas.bakker@zwolle.nl>",
                     "Bevestiging aanmelding jaarcongres 2027", conf)
    return human("h10", "2027-04-19 10:22", addr("Bakker, Thomas", "thomas.bakker@zwolle.nl"), VVG,
                 "RE: Bevestiging aanmelding jaarcongres 2027", T("""
        Beste,

        Graag zou ik toch naar integriteit gaan in plaats van jongeren; onze jongerenraad presenteert zich die dag al elders.

        Met vriendelijke groet,
        Thomas Bakker
        """), label("change", ["vvg-r2-integriteit"], ["thomas.bakker@zwolle.nl"], from_sessions=["vvg-r2-jongeren"],
                    note="Swap in round 2 above the quoted confirmation (which also lists the plenary, untouched). 'jongerenraad' appears again as context."),
        quote=quote, irt=svc_mid("conf-bakker", "griffiers.nl"), utc=True)

# ---------------------------------------------------------------- questions


def question(sessions, note):
    return label("question", sessions, [], True, note)


@message
def q_parking_den_bosch():
    return human("q01", "2027-03-01 09:30", addr("Lieke Janssen", "l.janssen@weert.nl"), RT,
                 "Parkeren Verkadefabriek", T("""
        Goedemorgen,

        Ik sta ingeschreven voor 14 juni in de Verkadefabriek. Kan ik daar in de buurt parkeren, of is het beter om met de trein te komen?

        Groet,
        Lieke Janssen
        """), question(["rt-den-bosch"], "Parking question about a session she is registered for."))


@message
def q_wheelchair_leeuwarden():
    return human("q02", "2027-03-05 14:12", addr("Geert Smeenge", "g.smeenge@ooststellingwerf.nl"), RT,
                 "Toegankelijkheid Blokhuispoort", T("""
        Beste organisatie,

        Ik overweeg naar de bijeenkomst in Leeuwarden te komen, maar ik zit in een rolstoel. Is de zaal in de Blokhuispoort drempelvrij en is er een invalidentoilet? Dan meld ik me daarna aan.

        Met vriendelijke groet,
        Geert Smeenge
        Raadslid Ooststellingwerf
        """), question(["rt-leeuwarden"], "Accessibility question before registering ('dan meld ik me daarna aan'): not yet a registration."))


@message
def q_dietary_leiedal():
    return human("q03", "2027-03-08 10:50", addr("Yasmina El Khatib", "yasmina.elkhatib@menen.be"), LD,
                 "Lunch inspiratiedag", T("""
        Beste,

        Is er op 6 mei een broodjeslunch voorzien vóór de werkwinkels? Ik eet halal en glutenvrij; waar kan ik dat doorgeven?

        Vriendelijke groeten,
        Yasmina El Khatib
        """), question([], "Dietary question about the day as a whole; no workshop named, no registration."),
        lang="nl-BE", wlang="NL-BE", charset="iso-8859-1")


@message
def q_slides_divosa():
    return human("q04", "2027-03-12 11:33", addr("Ruud Koning", "r.koning@zaanstad.nl"), DV,
                 "Presentaties kennissessie", T("""
        Hallo,

        Worden de slides van de kennissessie op 17 juni na afloop gedeeld? Een paar collega's kunnen niet live meekijken.

        Groet,
        Ruud Koning
        Team Geldzaken Zaanstad
        """), question(["dv-vroegsignalering"], "Asks whether the slides will be shared."))


@message
def q_bring_colleague_english():
    return human("q05", "2027-03-15 09:00 +0000", addr("Siobhan Kelly", "siobhan.kelly@corkcity.ie"), PL,
                 "Bringing a colleague?", T("""
        Hello,

        I'm registered for Ghent. Can I bring a colleague from our finance department, or is the visit limited to one person per city?

        Thanks,
        Siobhan Kelly
        Cork City Council
        """), question(["pl-gent"], "'Can I bring a colleague?': no colleague named, so nothing to register yet."),
        lang="en-GB", wlang="EN-GB")


@message
def q_only_borrel():
    return human("q06", "2027-03-17 16:40", addr("Nadia Boukhari", "n.boukhari@utrecht.nl"), VVG,
                 "Alleen de borrel?", T("""
        Beste,

        Overdag heb ik het congres niet kunnen inplannen. Is het mogelijk om alleen voor de netwerkborrel aan te schuiven, en kost dat dan ook de volledige congresprijs?

        Groet,
        Nadia Boukhari
        Griffie Utrecht
        """), question(["vvg-borrel"], "Asks whether the borrel can be attended on its own and what it costs; not yet a registration."))


@message
def q_who_may_attend_regiotour():
    return human("q07", "2026-11-26 15:05", addr("Hans Brouwer", "h.brouwer@velsen.nl"), RT,
                 "Vraag over doelgroep Regiotour", T("""
        Goedemiddag,

        In uw uitnodiging staan raadsleden en commissieleden genoemd. Zijn ook steunfractieleden en burgerleden welkom? Dan zet ik het door naar onze fracties.

        Met vriendelijke groet,
        Hans Brouwer
        Griffier gemeente Velsen
        """), question([], "Question about who may attend; no session, no registration."))


@message
def q_travel_costs_english():
    return human("q08", "2026-12-05 12:20 +0100", addr("Paweł Zieliński", "pawel.zielinski@lublin.eu"), PL,
                 "Travel and accommodation costs", T("""
        Dear organisers,

        Before our city registers: are travel and accommodation costs covered by the programme, or do participating cities pay their own?

        Kind regards,
        Paweł Zieliński
        """), question([], "Question about costs before registering; encoded Polish name."), lang="pl-PL", wlang="EN-GB")


@message
def q_programme_gemeentedag():
    return human("q09", "2027-02-10 10:00", addr("Klaas Jan Bosma", "kj.bosma@harlingen.nl"), GD,
                 "Programma Gemeentedag", T("""
        Goedemorgen,

        Wanneer wordt het programma van de Gemeentedag bekend? En is er na afloop nog een gezamenlijk diner? Dat bepaalt of ik met de auto of de trein kom.

        Groet,
        Klaas Jan Bosma
        Gemeentesecretaris Harlingen
        """), question(["gd-2027"], "Programme and dinner question; no registration."), client="onprem", charset="utf-8")


@message
def q_no_confirmation_leiedal():
    return human("q10", "2027-03-20 09:12", addr("Annelies Vanhoutte", "annelies.vanhoutte@harelbeke.be"), LD,
                 "Bevestiging ontvangen?", T("""
        Goeiemorgen,

        Begin februari schreef ik me in voor de werkwinkel zorgzame buurten, maar ik heb nog geen bevestiging gekregen. Sta ik wel op de lijst?

        Vriendelijke groet,
        Annelies Vanhoutte
        """), question(["ld-zorg"], "Asks about an earlier registration (missing confirmation); not a new registration."),
        client="apple", lang="nl-BE")


@message
def q_teams_link_missing():
    return human("q11", "2027-05-28 16:55", addr("Marc Lammers", "m.lammers@helmond.nl"), DV,
                 "Teams-link?", T("""
        Hallo,

        Ik had me aangemeld voor 17 juni, maar zie nog geen Teams-link. Komt die nog of is er iets misgegaan?

        Groet,
        Marc
        """), question(["dv-vroegsignalering"], "Missing Teams link (the link goes out a week before, so not due yet); a person answers."),
        client="owa", charset="utf-8")


@message
def q_sign_language_utrecht():
    return human("q12", "2027-01-28 13:13", addr("Mirjam Kok", "m.kok@zeist.nl"), RT,
                 "Tolk NGT Utrecht", T("""
        Beste organisatie,

        Ik ben doof en wil graag naar de bijeenkomst in Utrecht. Is er een tolk Nederlandse Gebarentaal aanwezig, of mag ik zelf een tolk meenemen? Dan meld ik me aan.

        Met vriendelijke groet,
        Mirjam Kok
        Raadslid Zeist
        """), question(["rt-utrecht"], "Interpreter question; registration is conditional ('dan meld ik me aan')."))


@message
def q_deadline_and_raadslid():
    return human("q13", "2027-02-12 11:11", addr("Stijn Vandeputte", "stijn.vandeputte@wevelgem.be"), LD,
                 "Vraag inspiratiedag", T("""
        Beste,

        Tot wanneer kan men zich inschrijven voor de inspiratiedag? En mogen ook gemeenteraadsleden deelnemen, of is het enkel voor schepenen en personeel?

        Met vriendelijke groeten,
        Stijn Vandeputte
        Gemeenteraadslid Wevelgem
        """), question([], "Deadline and audience question; no workshop chosen."), lang="nl-BE", wlang="NL-BE")


@message
def q_pe_points_congress():
    return human("q14", "2027-03-29 08:58", addr("Dirk Wouters", "d.wouters@gemeentebest.nl"), VVG,
                 "Accreditatie congres", T("""
        Goedemorgen,

        Levert het jaarcongres PE-punten op voor de opleiding tot raadsadviseur? Onze opleider vraagt ernaar.

        Met vriendelijke groet,
        Dirk Wouters
        Griffie gemeente Best
        """), question([], "Accreditation question about the congress in general."), client="onprem", charset="us-ascii", cte="7bit")


@message
def q_hotel_leuven_english():
    return human("q15", "2027-04-08 17:30 +0200", addr("Aino Virtanen", "aino.virtanen@tampere.fi"), PL,
                 "Hotel in Leuven / dinner", T("""
        Dear Ellen,

        Could you recommend a hotel within walking distance of City Hall for the night before the visit? And is there a dinner on 9 June, so I can plan my flights?

        Best regards,
        Aino
        """), question(["pl-leuven"], "Hotel and dinner questions about the Leuven visit she is registered for."), lang="en-US", wlang="EN-US")


@message
def q_online_haarlem():
    return human("q16", "2027-04-15 20:44", addr("Merel Visser", "m.visser@bloemendaal.nl"), RT,
                 "Online volgen?", T("""
        Hoi,

        Is de bijeenkomst in Haarlem ook online te volgen? Een paar raadsleden van ons zijn die avond op reis maar willen wel meekijken.

        Groet, Merel

        Verzonden vanaf mijn iPhone
        """), question(["rt-haarlem"], "Asks about online attendance of the Haarlem session."), client="iphone", charset="utf-8")

# ---------------------------------------------------------------- auto-replies


def auto(seed, date, frm, to, subject, text, note, *, client="outlook", extra=(), irt=None, charset="utf-8",
         cte="quoted-printable", lang="nl-NL", wlang="NL"):
    return human(seed, date, frm, to, subject, text, label("auto_reply", note=note), client=client, extra=extra,
                 irt=irt, charset=charset, cte=cte, lang=lang, wlang=wlang, utc=client == "outlook")


@message
def auto_exchange_ooo_dutch():
    conf = svc_mid("conf-bouwman", "raadsleden.nl")
    return auto("a01", "2026-11-25 16:45", addr("Bouwman, Thijs", "t.bouwman@haarlemmermeer.nl"), RT,
                "Automatisch antwoord: " + rt_confirm_subject("rt-haarlem"), T("""
        Dank voor uw bericht. Van 25 november tot en met 2 december ben ik afwezig. Voor zaken die niet kunnen wachten kunt u contact opnemen met de griffie via griffie@haarlemmermeer.nl.

        Met vriendelijke groet,
        Thijs Bouwman
        """), "Exchange out-of-office (Auto-Submitted, X-Auto-Response-Suppress) to a confirmation; the subject names the Haarlem session and the body a generic address.",
                irt=conf, extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                 ("X-MS-Exchange-Inbox-Rules-Loop", "t.bouwman@haarlemmermeer.nl")])


@message
def auto_ooo_english():
    return auto("a02", "2027-05-12 09:05 +0200", addr("Aino Virtanen", "aino.virtanen@tampere.fi"), PL,
                "Automatic reply: Programme: Peer-learning visit 1: Leuven (9 June)", T("""
        Thank you for your message. I am on annual leave until 24 May and will reply when I am back.

        Aino Virtanen
        City of Tampere
        """), "English out-of-office from Exchange Online with Auto-Submitted: auto-replied.",
                irt=svc_mid("programme-leuven", "leuven.be"), lang="en-US", wlang="EN-US",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@message
def auto_ooo_no_headers():
    return auto("a03", "2026-12-23 09:02", addr("Bakker, Gerda", "g.bakker@tynaarlo.nl"), RT,
                "Afwezig: Regiotour Raad & Inwoners - praktische informatie", T("""
        Ik ben afwezig tot en met maandag 4 januari 2027. Uw e-mail wordt niet doorgestuurd. In dringende gevallen kunt u bellen met 0592 266 600.

        Gerda Bakker
        """), "Out-of-office without any Auto-Submitted or X-Auto* header; only subject and wording show it. Plain text.",
                client="onprem", charset="us-ascii", cte="7bit", irt=svc_mid("rt-practical-info", "raadsleden.nl"))


@message
def auto_ticket_system():
    date = "2026-11-23 10:03"
    text = T("""
        Geachte heer/mevrouw,

        Wij hebben uw e-mail in goede orde ontvangen. Uw bericht is geregistreerd onder meldingsnummer M2611-04417 en doorgestuurd naar de betreffende afdeling. U ontvangt binnen tien werkdagen een reactie.

        Dit is een automatisch bericht; u kunt hier niet op antwoorden.

        Met vriendelijke groet,
        Gemeente Meierijstad
        Klant Contact Centrum
        """)
    root = multi("alternative", [textp(text, "plain", "utf-8", "quoted-printable"), html_only(text, font="Verdana")],
                 "----=_Part_44017_1903728871.1795428180311")
    data = send(seed="a04", date=date, frm=addr("Gemeente Meierijstad", "noreply@meierijstad.nl"), to=RT,
                subject=f"Ontvangstbevestiging uw bericht [M2611-04417] - {RT_INVITE_SUBJECT}", root=root, client="system",
                irt=RT_INVITE_MID, extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "TOPdesk"), ("Precedence", "auto_reply")])
    return M(date, data, label("auto_reply", note="Case-system (TOPdesk) acknowledgement of the invitation sent to a general address; the subject repeats the invitation subject."))


@message
def auto_gmail_vacation():
    return auto("a05", "2027-01-06 10:41", addr("Esther Koopman", "estherkoopman@gmail.com"), RT,
                "Op vakantie", T("""
        Hoi! Ik ben tot 15 januari op vakantie en lees mijn mail niet. Daarna reageer ik zo snel mogelijk.

        Esther
        """), "Gmail vacation responder (Auto-Submitted: auto-replied); the subject is whatever the user typed.",
                client="gmail", irt=svc_mid("rt-ask-koopman", "raadsleden.nl"), extra=[("Auto-Submitted", "auto-replied")])


@message
def auto_flemish_verlof():
    return auto("a06", "2027-04-02 11:06", addr("Pieter Lambrecht", "pieter.lambrecht@kuurne.be"), LD,
                "Automatisch antwoord: Uw wijziging Inspiratiedag", T("""
        Beste,

        Ik ben met verlof tot en met maandag 12 april. Voor dringende vragen over wonen kan u terecht bij mijn collega Evelien Callens (evelien.callens@kuurne.be) of via 056 73 24 00.

        Vriendelijke groeten,
        Pieter Lambrecht
        """), "Flemish out-of-office ('met verlof') naming a colleague's address, which must not be registered.",
                irt=svc_mid("conf-change-lambrecht", "leiedal.be"), lang="nl-BE", wlang="NL-BE",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@message
def auto_ooo_session_in_subject_onprem():
    return auto("a07", "2027-03-16 14:02", addr("Bakker, Thomas", "thomas.bakker@zwolle.nl"), VVG,
                "Automatisch antwoord: Bevestiging aanmelding jaarcongres 2027", T("""
        Ik ben vandaag en morgen niet bereikbaar. Voor vragen over de griffie of het congres van de Vereniging van Griffiers kunt u terecht bij griffie@zwolle.nl. Vanaf vrijdag lees ik mijn mail weer.

        Met vriendelijke groet,
        Thomas Bakker
        """), "On-premises Exchange out-of-office with only X-Auto-Response-Suppress; subject and body both mention the congress.",
                client="outlook", irt=svc_mid("conf-bakker", "griffiers.nl"),
                extra=[("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Organization-AutoReplied", "OOF")])


@message
def auto_mailbox_not_monitored():
    return auto("a08", "2027-02-15 09:31", addr("Griffie Lelystad", "griffie.oud@lelystad.nl"), VVG,
                "Dit e-mailadres is niet meer in gebruik", T("""
        Dit e-mailadres wordt niet meer gelezen. Uw bericht is niet doorgestuurd.

        Voor de griffie van Lelystad mailt u voortaan naar griffie@lelystad.nl.
        """), "'Mailbox no longer monitored' auto-reply to the congress invitation (Auto-Submitted).",
                client="onprem", charset="utf-8", irt=VVG_INVITE_MID, extra=[("Auto-Submitted", "auto-replied")])


@message
def auto_french_reponse_automatique():
    return auto("a09", "2026-12-10 14:40", addr("Mathilde Rousseau", "m.rousseau@grenoble.fr"), PL,
                "Réponse automatique : Confirmation: Peer-learning visit 1: Leuven", T("""
        Bonjour,

        Je suis absente jusqu'au lundi 4 janvier inclus. Pour toute urgence, merci de contacter le service Participation citoyenne.

        Cordialement,
        Mathilde Rousseau
        """), "French out-of-office (Réponse automatique) from Exchange; iso-8859-1 body.",
                charset="iso-8859-1", lang="fr-FR", wlang="FR", irt=svc_mid("conf-rousseau", "leuven.be"),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@message
def auto_generic_municipality():
    date = "2027-02-01 09:04"
    text = T("""
        Bedankt voor uw e-mail aan gemeente Zwevegem.

        Wij behandelen uw bericht zo snel mogelijk, uiterlijk binnen vijf werkdagen. Voor dringende zaken belt u naar 056 76 55 00.

        Dit is een automatisch antwoord.
        """)
    root = textp(text, "plain", "utf-8", "quoted-printable")
    data = send(seed="a10", date=date, frm=addr("Gemeente Zwevegem", "info@zwevegem.be"), to=LD,
                subject="Re: " + LD_INVITE_SUBJECT, root=root, client="system", irt=LD_INVITE_MID,
                extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    return M(date, data, label("auto_reply", note="Generic municipal auto-reply with 'Re:' subject; only X-Autoreply/Precedence headers give it away."))

# ---------------------------------------------------------------- bounces


def postfix_report(seed, *, mta, sender, rcpt, action, status, diag, orig, arrival, remote=None, retry=None):
    delayed = action == "delayed"
    head = T(f"""
        This is the mail system at host {mta}.

        """)
    if delayed:
        head += T("""
            ####################################################################
            # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
            ####################################################################

            Your message could not be delivered for more than 4 hour(s).
            It will be retried until it is 5 day(s) old.
            """)
    else:
        head += T("""
            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.
            """)
    head += "\n" + T(f"""
        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <{rcpt}>: {diag}
        """)
    qid = base64.b32encode(bytes.fromhex(sha(seed + "q", 16))).decode().rstrip("=")[:11]
    st = [f"Reporting-MTA: dns; {mta}", f"X-Postfix-Queue-ID: 4{qid}", f"X-Postfix-Sender: rfc822; {sender}",
          f"Arrival-Date: {rfc_date(arrival)}", "", f"Final-Recipient: rfc822; {rcpt}",
          f"Original-Recipient: rfc822;{rcpt}", f"Action: {action}", f"Status: {status}"]
    if remote:
        st.append(f"Remote-MTA: dns; {remote}")
    st.append(f"Diagnostic-Code: {'X-Postfix' if delayed else 'smtp'}; {diag}")
    if retry:
        st.append(f"Will-Retry-Until: {rfc_date(retry)}")
    parts = [rawp(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], head),
             rawp(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], "\n".join(st) + "\n"),
             rawp(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                  "\n".join(f"{k}: {v}" for k, v in orig) + "\n")]
    b = f"{sha(seed, 12).upper()}.{1790000000 + int(sha(seed, 6), 16) % 9999999}/{mta}"
    return multi("report", parts, b, params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message.",
                 extra=["Content-Transfer-Encoding: 7bit"])


def daemon_headers(date, mta, to, subject, seed, extra=()):
    return [("Return-Path", "<>"),
            ("Received", f"by {mta} (Postfix){CRLF}\tid 4{sha(seed + 'id', 11).upper()}; {rfc_date(date)}"),
            ("Date", rfc_date(date)), ("From", f"MAILER-DAEMON@{mta} (Mail Delivery System)"), ("Subject", subject),
            ("To", to), ("Auto-Submitted", "auto-replied"),
            ("Message-Id", f"<{when(date).strftime('%Y%m%d%H%M%S')}.4{sha(seed + 'id', 11).upper()}@{mta}>")] + list(extra)


@message
def bounce_postfix_user_unknown():
    date = "2027-01-19 09:41"
    conf = svc_mid("conf-hendriks-t", "raadsleden.nl")
    orig = [("Received", f"from mailflow.raadsleden.nl (mailflow.raadsleden.nl [192.0.2.61]) by mx1.raadsleden.nl (Postfix) with ESMTPS id 4Vx1Lq0Pz3z2Ks; {rfc_date('2027-01-19 09:40')}"),
            ("From", RT_FROM), ("To", "t.hendriks@veenendaal.nl"), ("Subject", rt_confirm_subject("rt-zwolle")),
            ("Date", rfc_date("2027-01-19 09:40")), ("Message-ID", conf), ("MIME-Version", "1.0"),
            ("Content-Type", 'text/plain; charset="utf-8"')]
    root = postfix_report("b01", mta="mx1.raadsleden.nl", sender=RT, rcpt="t.hendriks@veenendaal.nl", action="failed",
                          status="5.1.1", remote="mail.veenendaal.nl", arrival="2027-01-19 09:40",
                          diag="host mail.veenendaal.nl[198.51.100.40] said: 550 5.1.1 <t.hendriks@veenendaal.nl>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)",
                          orig=orig)
    data = assemble(daemon_headers(date, "mx1.raadsleden.nl", RT, "Undelivered Mail Returned to Sender", "b01"), root)
    return M(date, data, label("bounce", review="any",
                               note="Postfix DSN 5.1.1 for the confirmation to a colleague registered by someone else (sent after a person handled that mail); text/rfc822-headers. Flagging automatically or showing a person are both fine."))


@message
def bounce_exchange_ndr_english_rfc822():
    date = "2026-12-14 10:05"
    rcpt = "p.ramdin@leiden.nl"
    srv = "AM8PR06MB7311.eurprd06.prod.outlook.com"
    conf = svc_mid("conf-ramdin", "leuven.be")
    inner = assemble([("From", PL_FROM), ("To", rcpt), ("Subject", "Confirmation: Peer-learning visit 2: Eindhoven"),
                      ("Date", rfc_date("2026-12-14 10:03")), ("Message-ID", conf)],
                     textp(pl_confirm("pl-eindhoven", "Priya Ramdin"), "plain", "utf-8", "quoted-printable"))
    notice = T(f"""
        Your message to {rcpt} couldn't be delivered.

        {rcpt.split('@')[0]} wasn't found at leiden.nl.

        Action Required
        Unknown To address

        How to Fix It
        The address may be misspelled or may not exist. Try one or more of the following:
        - Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon.
        - Contact the recipient by some other means (by phone, for example) and ask them to tell you their email address.

        Diagnostic information for administrators:

        Generating server: {srv}

        {rcpt}
        Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
        """)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           f'<div style="font-family:Segoe UI,Arial;font-size:16px">Your message to <a href="mailto:{rcpt}">{rcpt}</a> couldn\'t be delivered.</div>'
           f'<div><b>{rcpt.split("@")[0]}</b> wasn\'t found at <b>leiden.nl</b>.</div>'
           '<div style="color:#c00000">Action Required: Unknown To address</div>'
           f'<div style="font-size:12px">Generating server: {srv}<br>Remote server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound\'</div>'
           '</body></html>\n')
    alt = multi("alternative", [textp(notice, "plain", "utf-8", "quoted-printable"), textp(htm, "html", "utf-8", "quoted-printable")],
                "_000_4f1e2c0a9b7d4e51_")
    st = T(f"""
        Reporting-MTA: dns;{srv}
        Received-From-MTA: dns;smtp-out.leuven.be
        Arrival-Date: {rfc_date('2026-12-14 10:03', utc=True)}

        Final-Recipient: rfc822;{rcpt}
        Action: failed
        Status: 5.1.10
        Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
        """)
    root = multi("report", [alt, rawp(["Content-Type: message/delivery-status"], st), Part(["Content-Type: message/rfc822"], inner)],
                 "_001_4f1e2c0a9b7d4e51_", params="; report-type=delivery-status")
    hd = [("From", addr("Microsoft Outlook", "postmaster@leuven.onmicrosoft.com")), ("To", PL), ("Date", rfc_date(date, utc=True)),
          ("Subject", "Undeliverable: Confirmation: Peer-learning visit 2: Eindhoven"), ("Message-ID", f"<{sha('b02', 32)}@{srv}>"),
          ("In-Reply-To", conf), ("References", conf), ("Content-Language", "en-US"),
          ("X-MS-Exchange-Generated-Message-Source", "Mail Delivery Service"), ("Auto-Submitted", "auto-replied")]
    return M(date, assemble(hd, root), label("bounce", review="any",
                                             note="Exchange Online NDR (English) with the confirmation attached as message/rfc822; the colleague's address was probably mistyped. Either automatic flagging or a person."))


@message
def bounce_postfix_delayed():
    date = "2027-01-12 17:10"
    orig = [("From", RT_FROM), ("To", "h.vandijk@deventer.nl"), ("Subject", rt_confirm_subject("rt-zwolle")),
            ("Date", rfc_date("2027-01-12 13:09")), ("Message-ID", svc_mid("conf-vandijk", "raadsleden.nl"))]
    root = postfix_report("b03", mta="mx1.raadsleden.nl", sender=RT, rcpt="h.vandijk@deventer.nl", action="delayed",
                          status="4.4.1", arrival="2027-01-12 13:09", retry="2027-01-17 13:09",
                          diag="connect to mx.deventer.nl[203.0.113.17]:25: Connection timed out", orig=orig)
    data = assemble(daemon_headers(date, "mx1.raadsleden.nl", RT, "Delayed Mail (still being retried)", "b03"), root)
    return M(date, data, label("bounce", note="Postfix delay warning (Action: delayed, 4.4.1): not a failure; nothing to do yet."))


@message
def bounce_gmail_dns_error():
    date = "2027-02-22 09:02"
    rcpt = "jan.vermeersch@kortrjik.be"
    conf = svc_mid("conf-vermeersch", "leiedal.be")
    text = T(f"""

        ** Address not found **

        Your message wasn't delivered to {rcpt} because the domain kortrjik.be couldn't be found. Check for typos or unnecessary spaces and try again.

        Learn more at https://support.google.com/mail/answer/6596

        The response was:

        DNS Error: DNS type 'mx' lookup of kortrjik.be responded with code NXDOMAIN Domain name not found: kortrjik.be
        """)
    htm = ('<html><head></head><body><table cellpadding="0" cellspacing="0" style="max-width:600px"><tr><td>'
           '<h2 style="font-family:Google Sans,Roboto,Arial">Address not found</h2>'
           f'<p style="font-family:Roboto,Arial">Your message wasn\'t delivered to <b>{rcpt}</b> because the domain kortrjik.be couldn\'t be found. '
           'Check for typos or unnecessary spaces and try again.</p>'
           '<p style="font-family:Roboto,Arial;color:#666">The response was:<br>DNS Error: DNS type \'mx\' lookup of kortrjik.be responded with code NXDOMAIN</p>'
           '</td></tr></table></body></html>\n')
    alt = multi("alternative", [textp(text, "plain", "UTF-8", "quoted-printable", quoted=False),
                                textp(htm, "html", "UTF-8", "quoted-printable", quoted=False)], "000000000000b1e0f605fa1c0de1")
    st = T(f"""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: {rfc_date('2027-02-22 09:01')}
        X-Original-Message-ID: {conf}

        Final-Recipient: rfc822; {rcpt}
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of kortrjik.be responded with code NXDOMAIN Domain name not found: kortrjik.be
        Last-Attempt-Date: {rfc_date('2027-02-22 09:02')}
        """)
    orig = "\n".join([f"From: {LD_FROM}", f"To: {rcpt}", "Subject: Bevestiging inschrijving Inspiratiedag 6 mei",
                      f"Date: {rfc_date('2027-02-22 09:01')}", f"Message-ID: {conf}"]) + "\n"
    root = multi("report", [alt, rawp(["Content-Type: message/delivery-status"], st),
                            rawp(["Content-Type: text/rfc822-headers"], orig)],
                 "000000000000b1d2f605fa1c0de0", params="; report-type=delivery-status")
    hd = [("Received", f"by 2002:a05:6400:1f0c:b0:27d:4e8:19c3 with SMTP id q12csp40211ecb;{CRLF}\t{rfc_date(date)}"),
          ("Return-Path", "<>"), ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", LD),
          ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Failure)"),
          ("References", conf), ("In-Reply-To", conf), ("X-Failed-Recipients", rcpt),
          ("Message-ID", f"<{sha('b04', 20)}.{sha('b04x', 8)}.0@mx.google.com>"), ("Date", rfc_date(date))]
    return M(date, assemble(hd, root, mime_first=True), label("bounce", review="any",
                                                            note="Google Workspace DSN 'Address not found' (NXDOMAIN for the typo domain kortrjik.be) for the confirmation of a registration that is not in this corpus; multipart/report."))


@message
def bounce_exim_mailbox_full():
    date = "2027-01-19 09:12"
    rcpt = "mesoe@aarhus.dk"
    text = T(f"""
        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          {rcpt}
            host mx.aarhus.dk [198.51.100.88]
            SMTP error from remote mail server after RCPT TO:<{rcpt}>:
            552 5.2.2 Mailbox full - quota exceeded
        """)
    st = T(f"""
        Reporting-MTA: dns; smtp-out.leuven.be

        Action: failed
        Final-Recipient: rfc822;{rcpt}
        Status: 5.2.2
        Remote-MTA: dns; mx.aarhus.dk
        Diagnostic-Code: smtp; 552 5.2.2 Mailbox full - quota exceeded
        """)
    orig = "\n".join([f"From: {PL_FROM}", f"To: {rcpt}", "Subject: Confirmation: Peer-learning visit 2: Eindhoven",
                      f"Date: {rfc_date('2027-01-19 09:11')}", f"Message-ID: {svc_mid('conf-sorensen', 'leuven.be')}"]) + "\n"
    root = multi("report", [rawp(["Content-Type: text/plain; charset=us-ascii"], text),
                            rawp(["Content-Type: message/delivery-status"], st),
                            rawp(["Content-Type: text/rfc822-headers"], orig)],
                 "1795519920-eximdsn-1804289383", params="; report-type=delivery-status")
    hd = [("Return-Path", "<>"), ("Received", f"from Debian-exim by smtp-out.leuven.be with local (Exim 4.97){CRLF}\tid 1tYk9A-00017e-2b{CRLF}\tfor {PL}; {rfc_date(date)}"),
          ("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied"),
          ("From", addr("Mail Delivery System", "Mailer-Daemon@smtp-out.leuven.be")), ("To", PL),
          ("Content-Transfer-Encoding", "7bit"), ("Subject", "Mail delivery failed: returning message to sender"),
          ("Message-Id", "<E1tYk9A-00017e-2b@smtp-out.leuven.be>"), ("Date", rfc_date(date))]
    return M(date, assemble(hd, root), label("bounce", review="any",
                                             note="Exim 'Mail delivery failed' (552 5.2.2 mailbox full) for a confirmation; permanent per the server, though the address is right."))


@message
def bounce_exchange_ndr_dutch_invitation():
    date = "2027-02-15 09:33"
    rcpt = "p.devries@raad-lelystad.nl"
    srv = "DB7PR05MB4410.eurprd05.prod.outlook.com"
    notice = T(f"""
        Uw bericht heeft deze ontvanger niet bereikt: {rcpt}

        Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het adres en probeer het opnieuw.

        Diagnostische gegevens voor beheerders:
        Genererende server: {srv}
        {rcpt}
        Externe server heeft '550 5.4.1 Recipient address rejected: Access denied' geretourneerd
        """)
    st = T(f"""
        Reporting-MTA: dns;{srv}
        Received-From-MTA: dns;mx.griffiers.nl
        Arrival-Date: {rfc_date('2027-02-15 09:30', utc=True)}

        Final-Recipient: rfc822;{rcpt}
        Action: failed
        Status: 5.4.1
        Diagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied
        """)
    orig = "\n".join([f"From: {VVG_FROM}", f"To: {rcpt}", f"Subject: {VVG_INVITE_SUBJECT}",
                      f"Date: {rfc_date(VVG_INVITE_DATE)}", f"Message-ID: {VVG_INVITE_MID}"]) + "\n"
    root = multi("report", [textp(notice, "plain", "utf-8", "quoted-printable"), rawp(["Content-Type: message/delivery-status"], st),
                            rawp(["Content-Type: text/rfc822-headers"], orig)],
                 "_002_ab91c07e55d34f2a_", params="; report-type=delivery-status")
    hd = [("From", addr("Microsoft Outlook", "postmaster@griffiers.onmicrosoft.com")), ("To", VVG), ("Date", rfc_date(date, utc=True)),
          ("Subject", "Onbestelbaar: " + VVG_INVITE_SUBJECT), ("Message-ID", f"<{sha('b06', 32)}@{srv}>"),
          ("In-Reply-To", VVG_INVITE_MID), ("References", VVG_INVITE_MID), ("Content-Language", "nl-NL"),
          ("X-MS-Exchange-Generated-Message-Source", "Mail Delivery Service"), ("Auto-Submitted", "auto-replied")]
    return M(date, assemble(hd, root), label("bounce",
                                             note="Dutch Exchange NDR ('Onbestelbaar') for the mass invitation to an old address, not for a registration: nothing to act on."))


@message
def bounce_exchange_delayed_dutch():
    date = "2027-03-05 15:02"
    rcpt = "f.hermans@arnhem.nl"
    srv = "PAXPR09MB6120.eurprd09.prod.outlook.com"
    conf = svc_mid("conf-hermans-f", "griffiers.nl")
    notice = T(f"""
        Aflevering is vertraagd voor deze ontvangers of groepen:

        {rcpt}

        Onderwerp: Bevestiging aanmelding jaarcongres 2027

        Dit bericht is nog niet afgeleverd. Er wordt geprobeerd het bericht opnieuw af te leveren.

        De server probeert het bericht nog 1 dag, 19 uur en 55 minuten te verzenden. U wordt hiervan op de hoogte gesteld als het bericht dan niet kan worden afgeleverd.
        """)
    st = T(f"""
        Reporting-MTA: dns;{srv}
        Received-From-MTA: dns;mx.griffiers.nl
        Arrival-Date: {rfc_date('2027-03-05 10:58', utc=True)}

        Final-Recipient: rfc822;{rcpt}
        Action: delayed
        Status: 4.4.7
        Will-Retry-Until: {rfc_date('2027-03-07 10:58', utc=True)}
        X-Display-Name: Fleur Hermans
        """)
    orig = "\n".join([f"From: {VVG_FROM}", f"To: {rcpt}", "Subject: Bevestiging aanmelding jaarcongres 2027",
                      f"Message-ID: {conf}"]) + "\n"
    root = multi("report", [textp(notice, "plain", "utf-8", "quoted-printable"), rawp(["Content-Type: message/delivery-status"], st),
                            rawp(["Content-Type: text/rfc822-headers"], orig)],
                 "_003_77de0c2b19f04c8e_", params="; report-type=delivery-status")
    hd = [("From", addr("Microsoft Outlook", "postmaster@griffiers.onmicrosoft.com")), ("To", VVG), ("Date", rfc_date(date, utc=True)),
          ("Subject", "Vertraagd: Bevestiging aanmelding jaarcongres 2027"), ("Message-ID", f"<{sha('b07', 32)}@{srv}>"),
          ("In-Reply-To", conf), ("References", conf), ("Content-Language", "nl-NL"),
          ("X-MS-Exchange-Generated-Message-Source", "Mail Delivery Service"), ("Auto-Submitted", "auto-replied")]
    return M(date, assemble(hd, root), label("bounce", note="Exchange 'Vertraagd' delay notice (Action: delayed, 4.4.7); nothing to do yet."))


@message
def bounce_policy_rejected():
    date = "2027-03-04 15:20"
    orig = [("From", LD_FROM), ("To", "kabinet@deerlijk.be"), ("Subject", "Bevestiging inschrijving Inspiratiedag 6 mei"),
            ("Date", rfc_date("2027-03-04 15:19")), ("Message-ID", svc_mid("conf-kabinet-deerlijk", "leiedal.be"))]
    root = postfix_report("b08", mta="mail.leiedal.be", sender=LD, rcpt="kabinet@deerlijk.be", action="failed",
                          status="5.7.1", remote="deerlijk-be.mail.protection.outlook.com", arrival="2027-03-04 15:19",
                          diag="host deerlijk-be.mail.protection.outlook.com[203.0.113.52] said: 550 5.7.1 Service unavailable, Client host [192.0.2.77] blocked using Spamhaus. (in reply to RCPT TO command)",
                          orig=orig)
    data = assemble(daemon_headers(date, "mail.leiedal.be", LD, "Undelivered Mail Returned to Sender", "b08"), root)
    return M(date, data, label("bounce", review="any",
                               note="Postfix DSN 5.7.1: the recipient's filter blocked the organiser's server (blocklist); the confirmation did not arrive. Someone may need to act, automatic flagging is fine too."))

# ---------------------------------------------------------------- calendar replies (iMIP)


def ics(lines):
    """Fold iCalendar lines at 75 octets, CRLF separated."""
    out = []
    for line in lines:
        b = line.encode("utf-8")
        first = True
        while len(b) > (75 if first else 74):
            cut = 75 if first else 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append((b"" if first else b" ").decode() + b[:cut].decode("utf-8"))
            b, first = b[cut:], False
        out.append(("" if first else " ") + b.decode("utf-8"))
    return "\r\n".join(out) + "\r\n"


def outlook_reply(seed, date, who, who_addr, org_name, org_addr, prefix, summary, start, end, location, partstat,
                  comment="", lang="nl-NL", utc=True):
    cn = f'"{who}"' if any(c in who for c in ",;:") else who
    lines = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
        "BEGIN:VEVENT", f"ATTENDEE;PARTSTAT={partstat};CN={cn}:mailto:{who_addr}",
        f"COMMENT;LANGUAGE={lang}:{comment or chr(92) + 'n'}",
        f"SUMMARY;LANGUAGE={lang}:{prefix}: {summary}",
        f"DTSTART;TZID=W. Europe Standard Time:{start}", f"DTEND;TZID=W. Europe Standard Time:{end}",
        f"UID:{sha(seed + 'uid', 26)}@mailflow.{org_addr.split('@')[1]}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}", "CLASS:PUBLIC", "PRIORITY:5",
        f"DTSTAMP:{when(date).astimezone(dt.timezone.utc):%Y%m%dT%H%M%SZ}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        f"LOCATION;LANGUAGE={lang}:{location}", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{ {'ACCEPTED': 'BUSY', 'TENTATIVE': 'TENTATIVE', 'DECLINED': 'FREE'}[partstat] }",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    plain = (comment.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";") + "\n") if comment else "\n"
    root = multi("alternative", [textp(plain, "plain", "utf-8", "base64"),
                                 Part(['Content-Type: text/calendar; charset="utf-8"; method=REPLY', "Content-Transfer-Encoding: base64"],
                                      b64(cal.encode("utf-8")))], f"_000_{sha(seed, 24).upper()}_")
    return send(seed=seed, date=date, frm=addr(who, who_addr), to=addr(org_name, org_addr), subject=f"{prefix}: {summary}",
                root=root, utc=utc, lang=lang, extra=[("Content-class", "urn:content-classes:calendarmessage")])


@message
def cal_outlook_accepted_dutch():
    date = "2026-12-07 15:40"
    data = outlook_reply("k01", date, "Bakker, Gerda", "g.bakker@tynaarlo.nl", "Regiotour Raad & Inwoners", RT,
                         "Geaccepteerd", "Regiobijeenkomst Noord (Leeuwarden)", "20270616T140000", "20270616T170000",
                         "Blokhuispoort\\, Blokhuisplein 40\\, Leeuwarden", "ACCEPTED")
    return M(date, data, label("calendar_reply", note="Outlook iMIP REPLY, PARTSTAT=ACCEPTED, 'Geaccepteerd:' subject, empty text part."))


@message
def cal_outlook_accepted_english():
    date = "2026-12-02 12:05 +0200"
    data = outlook_reply("k02", date, "Virtanen Aino", "aino.virtanen@tampere.fi", "Peer Learning Leuven", PL,
                         "Accepted", "Peer-learning visit 1: Leuven", "20270609T100000", "20270609T163000",
                         "Leuven City Hall\\, Grote Markt 9\\, 3000 Leuven", "ACCEPTED", lang="en-US")
    return M(date, data, label("calendar_reply", note="English Outlook 'Accepted:' iMIP reply for the Leuven visit."))


@message
def cal_outlook_tentative():
    date = "2027-02-19 08:15"
    data = outlook_reply("k03", date, "Saskia Brouwer", "saskia.brouwer@barneveld.nl", "Vereniging van Griffiers - Congres", VVG,
                         "Voorlopig", "Jaarcongres Vereniging van Griffiers 2027", "20270930T093000", "20270930T183000",
                         "De Flint\\, Coninckstraat 60\\, Amersfoort", "TENTATIVE",
                         comment="Ik weet nog niet zeker of ik de hele dag kan.")
    return M(date, data, label("calendar_reply", note="PARTSTAT=TENTATIVE ('Voorlopig:') with a short comment; neither a registration nor a cancellation."))


@message
def cal_outlook_declined_with_comment():
    date = "2027-05-12 10:14"
    data = outlook_reply("k04", date, "Marieke Hoogland", "m.hoogland@amstelveen.nl", "Vereniging van Griffiers - Congres", VVG,
                         "Geweigerd", "Jaarcongres 2027 - ochtendprogramma (plenair)", "20270930T093000", "20270930T121500",
                         "De Flint\\, Coninckstraat 60\\, Amersfoort", "DECLINED",
                         comment="Ik kom helaas niet\\, zie mijn mail van vanochtend.")
    return M(date, data, label("calendar_reply", review="any", kind_alt=["cancel"], sessions_alt=[["vvg-plenair"]],
                               participants_alt=[["m.hoogland@amstelveen.nl"]],
                               note="DECLINED with a comment that refers to her cancellation mail; treating it as a cancellation of the plenary or leaving it to a person are both fine."))


def google_reply(seed, date, who, who_addr, org, summary, when_line, location, partstat, start_utc, end_utc, lang="en"):
    verb = {("en", "ACCEPTED"): "has accepted this invitation.", ("en", "DECLINED"): "has declined this invitation.",
            ("nl", "ACCEPTED"): "heeft deze uitnodiging geaccepteerd.", ("nl", "DECLINED"): "heeft deze uitnodiging afgewezen."}[(lang, partstat)]
    head = {("en", "ACCEPTED"): "Accepted", ("en", "DECLINED"): "Declined",
            ("nl", "ACCEPTED"): "Geaccepteerd", ("nl", "DECLINED"): "Geweigerd"}[(lang, partstat)]
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:REPLY", "BEGIN:VEVENT", f"DTSTART:{start_utc}", f"DTEND:{end_utc}",
               f"DTSTAMP:{when(date).astimezone(dt.timezone.utc):%Y%m%dT%H%M%SZ}",
               f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", f"UID:{sha(seed + 'uid', 26)}@mailflow.{org[1].split('@')[1]}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN={who};X-NUM-GUESTS=0:mailto:{who_addr}",
               f"LOCATION:{location.replace(',', chr(92) + ',')}", "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{summary}",
               "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    plain = T(f"""
        {who} {verb}

        {summary}
        {when_line}

        {location}

        {"Organisator" if lang == "nl" else "Organiser"}
        {org[1]}

        {"Uitnodiging van Google Agenda" if lang == "nl" else "Invitation from Google Calendar"}: https://calendar.google.com/calendar/
        """)
    htm = (f'<!doctype html><html><body><p>{esc(who)} {esc(verb)}</p><h2>{esc(summary)}</h2><p>{esc(when_line)}</p>'
           f'<p>{esc(location)}</p><p>{esc(org[1])}</p></body></html>\n')
    b = sha(seed, 28)
    alt = multi("alternative", [textp(plain, "plain", "UTF-8", "quoted-printable", params="; format=flowed; delsp=yes", quoted=False),
                                textp(htm, "html", "UTF-8", "quoted-printable", quoted=False),
                                Part(['Content-Type: text/calendar; charset="UTF-8"; method=REPLY', "Content-Transfer-Encoding: base64"],
                                     b64(cal.encode("utf-8")))], f"000000000000{b[:16]}")
    att = Part(['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                "Content-Transfer-Encoding: base64"], b64(cal.encode("utf-8")))
    root = multi("mixed", [alt, att], f"000000000000{b[16:28]}c0de")
    return send(seed=seed, date=date, frm=addr(who, who_addr), to=org[1], subject=f"{head}: {summary} @ {when_line} ({org[1]})",
                root=root, client="gmail", extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])


@message
def cal_google_accepted_english():
    date = "2027-01-06 08:10"
    data = google_reply("k05", date, "Mustafa Aydin", "mustafa.aydin.raad@gmail.com", ("Regiotour Raad & Inwoners", RT),
                        "Regiobijeenkomst Oost (Zwolle)", "Tue 22 Jun 2027 19:30 - 22:00 (CEST)",
                        "Provinciehuis Overijssel, Luttenbergstraat 2, Zwolle", "ACCEPTED", "20270622T173000Z", "20270622T200000Z")
    return M(date, data, label("calendar_reply", note="Google Calendar ACCEPTED with an English UI, text/calendar in multipart/alternative plus invite.ics."))


@message
def cal_apple_accepted():
    date = "2026-12-08 12:40"
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.2//EN", "CALSCALE:GREGORIAN", "METHOD:REPLY",
               "BEGIN:VEVENT", "DTSTART;TZID=Europe/Amsterdam:20270614T140000", "DTEND;TZID=Europe/Amsterdam:20270614T170000",
               "DTSTAMP:20261208T114000Z", f"UID:{sha('k06uid', 26)}@mailflow.raadsleden.nl",
               f"ORGANIZER;CN=Regiotour Raad & Inwoners:mailto:{RT}",
               "ATTENDEE;CN=Anouk Peters;CUTYPE=INDIVIDUAL;EMAIL=anouk.peters@vught.nl;PARTSTAT=ACCEPTED:mailto:anouk.peters@vught.nl",
               "SEQUENCE:0", "SUMMARY:Regiobijeenkomst Brabant ('s-Hertogenbosch)",
               "LOCATION:Verkadefabriek\\, Boschdijkstraat 45\\, 's-Hertogenbosch", "END:VEVENT", "END:VCALENDAR"])
    root = multi("mixed", [textp("\n", "plain", "us-ascii", "7bit", quoted=False),
                           Part(['Content-Type: text/calendar; charset=utf-8; method=REPLY; name="iCal-20261208-124000.ics"',
                                 'Content-Disposition: attachment; filename="iCal-20261208-124000.ics"',
                                 "Content-Transfer-Encoding: quoted-printable"],
                                quopri.encodestring(cal.replace("\r\n", "\n").encode("utf-8")).replace(b"\n", b"\r\n"))],
                 "Apple-Mail=3E2C7A10-5B1F-4C8E-9D2A-0F6B7E41C9D3")
    data = send(seed="k06", date=date, frm=addr("Anouk Peters", "anouk.peters@vught.nl"), to=RT,
                subject="Uitnodiging geaccepteerd: Regiobijeenkomst Brabant ('s-Hertogenbosch)", root=root, client="apple")
    return M(date, data, label("calendar_reply", note="Apple Calendar iMIP REPLY (ACCEPTED) as an .ics attachment in multipart/mixed, Dutch subject."))


@message
def cal_google_declined_dutch():
    date = "2027-05-27 11:30"
    data = google_reply("k07", date, "Noor Benali", "n.benali@schiedam.nl", ("Divosa Kennissessies", DV),
                        "Online kennissessie Vroegsignalering van schulden", "do 17 jun 2027 15:00 - 16:30 (CEST)",
                        "Microsoft Teams-vergadering", "DECLINED", "20270617T130000Z", "20270617T143000Z", lang="nl")
    return M(date, data, label("calendar_reply", review="any", kind_alt=["cancel"], sessions_alt=[["dv-vroegsignalering"]],
                               participants_alt=[["n.benali@schiedam.nl"]],
                               note="Google Workspace DECLINED with a Dutch UI ('Geweigerd:'), no comment. Treating it as a cancellation or leaving it to a person are both fine."))


@message
def cal_outlook_accepted_teams():
    date = "2027-03-03 12:02"
    data = outlook_reply("k08", date, "Sevda Kaya", "s.kaya@zaanstad.nl", "Divosa Kennissessies", DV,
                         "Geaccepteerd", "Online kennissessie Vroegsignalering van schulden", "20270617T150000", "20270617T163000",
                         "Microsoft Teams-vergadering", "ACCEPTED")
    return M(date, data, label("calendar_reply", note="Outlook ACCEPTED for the Teams session; location is 'Microsoft Teams-vergadering'."))

# ---------------------------------------------------------------- other: newsletters, spam, thanks, misdirected, receipts


def newsletter(seed, date, frm, to, subject, title, blocks, footer_text, unsub, cte, list_id, precedence="bulk", extra=()):
    plain = f"{title}\n\n" + "\n\n".join(f"{t}\n{b_}\nLees meer: {u}" for t, b_, u in blocks) + f"\n\n{footer_text}\nAfmelden: {unsub}\n"
    cells = "".join(f'<tr><td style="padding:12px 24px"><h2 style="font-size:18px;color:#1d3c78">{esc(t)}</h2>'
                    f'<p>{esc(b_)}</p><p><a href="{u}">Lees meer</a></p></td></tr>' for t, b_, u in blocks)
    htm = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title></head>'
           '<body style="margin:0;background:#eef1f5"><table width="600" align="center" style="background:#fff;font-family:Arial">'
           f'<tr><td style="background:#1d3c78;color:#fff;padding:18px 24px;font-size:22px">{esc(title)}</td></tr>{cells}'
           f'<tr><td style="padding:12px 24px;font-size:11px;color:#888">{esc(footer_text)} <a href="{unsub}">Afmelden</a></td></tr>'
           '</table></body></html>\n')
    root = multi("alternative", [textp(plain, "plain", "utf-8", cte), textp(htm, "html", "utf-8", cte)], f"=_nl_{sha(seed, 20)}")
    hd = [("Received", received(seed, bare(frm), to, date, "system")), ("From", frm), ("To", to), ("Subject", hv(subject)),
          ("Date", rfc_date(date)), ("Message-ID", f"<{sha(seed, 24)}@{bare(frm).split('@')[1]}>"),
          ("List-Unsubscribe", f"<{unsub}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("List-Id", list_id), ("Precedence", precedence)] + list(extra)
    return assemble(hd, root)


@message
def other_newsletter_nvvr():
    date = "2026-12-01 07:00"
    blocks = [("Regiotour 2027: meld je aan",
               "In juni komt de Regiotour Raad & Inwoners naar Haarlem, Utrecht, Den Bosch, Leeuwarden, Zwolle en Maastricht. Aanmelden via regiotour@raadsleden.nl.",
               "https://www.raadsleden.nl/regiotour"),
              ("Nieuw: e-learning raadsvoorstellen lezen", "Leer in vijf korte modules snel de kern uit een raadsvoorstel halen.",
               "https://www.raadsleden.nl/e-learning")]
    data = newsletter("o01", date, addr("Nederlandse Vereniging voor Raadsleden", "nieuwsbrief@raadsleden.nl"), RT,
                      "Raadsledennieuws december: Regiotour, e-learning en meer", "Raadsledennieuws | december 2026", blocks,
                      "U ontvangt deze nieuwsbrief als lid van de NVvR.", "https://nieuws.raadsleden.nl/afmelden?u=Zx81Qa",
                      "quoted-printable", "<raadsledennieuws.raadsleden.nl>")
    return M(date, data, label("other", note="Newsletter (List-Unsubscribe, Precedence: bulk) that names every Regiotour city and the registration address."))


@message
def other_newsletter_leiedal_base64():
    date = "2027-03-10 08:00"
    blocks = [("Nog plaats in de werkwinkels van 6 mei",
               "Voor de werkwinkels rond water, energie en renovatie en zorgzame buurten zijn nog plaatsen. Inschrijven kan tot 23 april.",
               "https://www.leiedal.be/inspiratiedag"),
              ("Nieuwe kaart open ruimte", "De geactualiseerde kaart van de open ruimte in de regio staat online.",
               "https://www.leiedal.be/kaarten")]
    data = newsletter("o02", date, addr("Leiedal", "nieuwsbrief@leiedal.be"), LD, "Leiedal Nieuws – maart 2027",
                      "Leiedal Nieuws – maart 2027", blocks, "Je krijgt deze mail als abonnee van Leiedal Nieuws.",
                      "https://www.leiedal.be/nieuwsbrief/uitschrijven?id=K2f9", "base64", "<nieuws.leiedal.be>", precedence="list")
    return M(date, data, label("other", note="Flemish newsletter from the organiser itself, naming workshops and aliases; base64 parts, encoded subject."))


@message
def other_spam_english_html():
    date = "2027-01-30 03:12"
    htm = ('<html><body style="font-family:Helvetica,Arial"><p>Hello Regiotour team,</p>'
           '<p>I saw your regional sessions in Haarlem, Zwolle and Maastricht. Do you want <b>page #1 on Google</b> for '
           '"council training Netherlands"? We guarantee 10x more registrations in 30 days.</p>'
           '<p><a href="https://rank-rocket-seo.biz/offer?c=raadsleden">Claim your free audit</a></p>'
           '<p>Regards,<br>Jason Miller<br>Rank Rocket SEO</p>'
           '<p style="font-size:10px;color:#aaa">Reply STOP to unsubscribe.</p></body></html>\n')
    root = textp(htm, "html", "utf-8", "quoted-printable")
    hd = [("Received", received("o03", "jason@rank-rocket-seo.biz", RT, date, "system")),
          ("From", addr("Jason Miller", "jason@rank-rocket-seo.biz")), ("To", RT), ("Subject", "Re: your registrations"),
          ("Date", rfc_date(date)), ("Message-ID", f"<{sha('o03', 22)}@rank-rocket-seo.biz>"), ("X-Mailer", "PHPMailer 6.9.1")]
    return M(date, assemble(hd, root), label("other", note="English SEO spam, HTML only, fake 'Re:' subject; names three session cities and 'registrations'."))


@message
def other_phishing_dutch():
    date = "2027-02-24 06:20"
    plain = T("""
        Beste gebruiker van inspiratiedag@leiedal.be,

        Uw wachtwoord verloopt vandaag. Om te voorkomen dat inschrijvingen en andere berichten verloren gaan, bevestigt u uw huidige wachtwoord via onderstaande link:

        https://leiedal-be.m365-verificatie.com/login

        Met vriendelijke groeten,
        IT-dienst
        """)
    htm = ('<html><body><div style="font-family:Segoe UI,Arial;font-size:14px"><p>Beste gebruiker van inspiratiedag@leiedal.be,</p>'
           '<p>Uw wachtwoord <b>verloopt vandaag</b>. Om te voorkomen dat inschrijvingen en andere berichten verloren gaan, '
           'bevestigt u uw huidige wachtwoord.</p><p><a href="https://leiedal-be.m365-verificatie.com/login" '
           'style="background:#0078d4;color:#fff;padding:8px 14px;text-decoration:none">Wachtwoord behouden</a></p>'
           '<p>Met vriendelijke groeten,<br>IT-dienst</p></div></body></html>\n')
    root = multi("alternative", [textp(plain, "plain", "utf-8", "quoted-printable"), textp(htm, "html", "utf-8", "base64")],
                 "----=_NextPart_000_0031_01DD8E6B.2C7A1F30")
    hd = [("Received", received("o04", "it-dienst@m365-verificatie.com", LD, date, "system")),
          ("From", addr("IT-dienst Leiedal", "it-dienst@m365-verificatie.com")), ("To", LD),
          ("Subject", "Actie vereist: wachtwoord van inspiratiedag@leiedal.be verloopt vandaag"), ("Date", rfc_date(date)),
          ("Message-ID", f"<{sha('o04', 22)}@m365-verificatie.com>"), ("X-Priority", "1 (Highest)")]
    return M(date, assemble(hd, root), label("other", note="Dutch credential phishing that mentions 'inschrijvingen'."))


@message
def other_phishing_docusign_english():
    date = "2027-04-21 02:48"
    htm = ('<html><body style="font-family:Arial"><table width="560" style="border:1px solid #ddd"><tr><td style="background:#1e1e1e;color:#fff;padding:14px">DocuSign</td></tr>'
           '<tr><td style="padding:16px"><p>Ellen Vandersteen sent you a document to review and sign:</p>'
           '<p><b>Peer_Learning_Attendee_List_FINAL.pdf</b></p>'
           '<p><a href="https://docusign-secure-review.net/env/8f2c" style="background:#ffc820;padding:10px 18px;color:#000;text-decoration:none">REVIEW DOCUMENT</a></p>'
           '<p style="font-size:11px;color:#666">Do not share this email. This link expires in 24 hours.</p></td></tr></table></body></html>\n')
    root = textp(htm, "html", "utf-8", "quoted-printable")
    hd = [("Received", received("o05", "dse@docusign-secure-review.net", PL, date, "system")),
          ("From", addr("Ellen Vandersteen via DocuSign", "dse@docusign-secure-review.net")), ("To", PL),
          ("Subject", "Please review: Peer Learning attendee list"), ("Date", rfc_date(date)),
          ("Message-ID", f"<{sha('o05', 22)}@docusign-secure-review.net>")]
    return M(date, assemble(hd, root), label("other", note="English DocuSign-style phishing using the organiser's own name; HTML only."))


@message
def other_thanks_dutch():
    conf = rt_confirm("rt-zwolle", "Marco Terpstra")
    q = (f"Op 20 jan 2027 om 12:10 heeft Regiotour Raad & Inwoners <{RT}> het volgende geschreven:", conf)
    return human("o06", "2027-01-20 12:31", addr("Marco Terpstra", "marco.terpstra@hengelo.nl"), RT,
                 "Re: " + rt_confirm_subject("rt-zwolle"), T("""
        Top, dank je wel! Tot 22 juni in Zwolle.

        Marco

        Verzonden vanaf mijn iPhone
        """), label("other", note="Thank-you reply to a confirmation; names city and date but asks for nothing."),
        client="iphone", quote=q, irt=svc_mid("conf-terpstra", "raadsleden.nl"))


@message
def other_thanks_english():
    q = (f"On {en_gm('2026-12-09 10:30')} Peer Learning Leuven <{PL}> wrote:", pl_confirm("pl-leuven", "Kadri Tamm"))
    return human("o07", "2026-12-09 12:02 +0200", addr("Kadri Tamm", "kadri.tamm@tartu.ee"), PL,
                 "Re: Confirmation: Peer-learning visits 2027", T("""
        Many thanks, Ellen - see you in Leuven!

        Kadri
        """), label("other", note="English thank-you above a quoted confirmation."), client="thunderbird", quote=q,
        irt=svc_mid("conf-tamm", "leuven.be"), lang="en-US")


@message
def other_misdirected_resident():
    return human("o08", "2027-02-03 18:25", addr("Tineke Hoekstra", "tinekehoekstra@kpnmail.nl"), GD,
                 "Container niet geleegd", T("""
        Geachte heer/mevrouw,

        Voor de derde keer deze maand is onze groene container aan de Tuinstraat in Franeker niet geleegd. Kunt u hier iets aan doen?

        Met vriendelijke groet,
        Tineke Hoekstra
        """), label("other", review=True,
                    note="Misdirected complaint for a municipality (waste collection) sent to the province's event mailbox; a person should redirect the sender."),
        client="owa", charset="iso-8859-1")


@message
def other_misdirected_fractie_pdf():
    pdfa = attach(pdf(["Concept-motie Jongeren aan het woord", "De raad van de gemeente Lochem, in vergadering bijeen,",
                       "verzoekt het college een jongerenraad in te stellen ..."]), "application/pdf", "Concept-motie jongerenraad.pdf")
    return human("o09", "2027-03-11 22:40", addr("Ingrid Wolters", "i.wolters@lochem.nl"), VVG,
                 "concept motie jongerenraad", T("""
        Hoi allemaal,

        Hierbij de concept-motie voor dinsdag. Graag jullie reacties voor zondagavond, dan kan ik hem maandag bij de griffie indienen.

        Groet,
        Ingrid
        """), label("other", review=True,
                    note="Misdirected: a draft motion meant for a party group, sent to the congress address (autocomplete). 'jongerenraad' is an alias of a congress session but nothing is asked."),
        attachments=[pdfa])


@message
def other_unsubscribe_request():
    return human("o10", "2027-01-14 09:00", addr("Frans Kuiper", "fkuiper@xs4all.nl"), RT,
                 "Graag van de lijst", T("""
        Goedemorgen,

        Ik ben per 1 januari gestopt als raadslid in Zaanstad. Wilt u mij van uw mailinglijst halen? Ik krijg nog steeds uitnodigingen voor de Regiotour.

        Met vriendelijke groet,
        Frans Kuiper
        """), label("other", review=True, note="Asks to be removed from the mailing list; someone has to act on it."),
        client="thunderbird", flowed=True)


def mdn(seed, date, frm, to, subject_prefix, orig_subject, orig_mid, lang, ua, utc=True):
    if lang == "nl":
        text = T(f"""
            Uw bericht

                Aan: {to}
                Onderwerp: {orig_subject}

            is gelezen op {nl_full(date)}.
            """)
    else:
        text = T(f"""
            Your message

                To: {to}
                Subject: {orig_subject}

            was read on {en_full(date)}.
            """)
    fa = bare(frm)
    notif = (f"Reporting-UA: {ua}\nFinal-Recipient: rfc822;{fa}\nOriginal-Message-ID: {orig_mid}\n"
             "Disposition: manual-action/MDN-sent-manually; displayed\n")
    root = multi("report", [textp(text, "plain", "utf-8", "quoted-printable"),
                            rawp(["Content-Type: message/disposition-notification"], notif)],
                 f"_mdn_{sha(seed, 20)}_", params="; report-type=disposition-notification")
    return send(seed=seed, date=date, frm=frm, to=to, subject=f"{subject_prefix}: {orig_subject}", root=root, utc=utc,
                lang="nl-NL" if lang == "nl" else "en-US")


@message
def other_read_receipt_dutch():
    date = "2026-11-24 08:12"
    data = mdn("o11", date, addr("Griffie Achtkarspelen", "griffie@achtkarspelen.nl"), RT, "Gelezen",
               RT_INVITE_SUBJECT, RT_INVITE_MID, "nl", "griffie@achtkarspelen.nl; Microsoft Outlook 16.0")
    return M(date, data, label("other", note="Outlook read receipt ('Gelezen:'), multipart/report; report-type=disposition-notification."))


@message
def other_read_receipt_english():
    date = "2026-12-01 14:03 +0100"
    data = mdn("o12", date, addr("Hans Weber", "hans.weber@linz.at"), PL, "Read",
               PL_INVITE_SUBJECT, PL_INVITE_MID, "en", "OX App Suite", utc=False)
    return M(date, data, label("other", note="English read receipt ('Read:') from a non-Outlook client; message/disposition-notification."))


@message
def other_vendor_spam_dutch():
    date = "2027-02-20 10:05"
    text = T("""
        Beste organisator,

        Wij zagen dat u op 30 september een congres organiseert in De Flint. Voor congressen leveren wij badges, lanyards en een registratie-app met QR-scan bij de ingang. Nu met 15% vroegboekkorting.

        Mag ik u volgende week even bellen?

        Met vriendelijke groet,
        Rick Snoeijers
        BadgeDirect B.V.
        """)
    return human("o13", date, addr("Rick Snoeijers", "rick@badgedirect-events.nl"), VVG,
                 "Badges en registratie voor uw congres van 30 september", text,
                 label("other", note="Dutch cold sales mail about the congress; asks to call but needs no action."),
                 client="gmail", extra=[("List-Unsubscribe", "<mailto:unsubscribe@badgedirect-events.nl>")])


@message
def other_newsletter_eurocities():
    date = "2027-04-14 09:00"
    blocks = [("Participatory budgeting: peer learning in Leuven, Eindhoven and Ghent",
               "Registration for the 2027 visits is open. Leuven on 9 June, Eindhoven on 15 September, Ghent on 13 October.",
               "https://eurocities.eu/events/pb-peer-learning"),
              ("New report: trust in local democracy", "Survey results from 60 member cities.", "https://eurocities.eu/reports/trust")]
    data = newsletter("o14", date, addr("Eurocities", "newsletter@eurocities.eu"), PL, "Eurocities Flash | April 2027",
                      "Eurocities Flash | April 2027", blocks, "You receive this newsletter because you subscribed at eurocities.eu.",
                      "https://eurocities.eu/newsletter/unsubscribe?u=ab12", "quoted-printable", "<flash.eurocities.eu>")
    return M(date, data, label("other", note="English newsletter that lists all three peer-learning visits with dates."))


@message
def other_teams_notification():
    date = "2027-03-02 09:45"
    text = T("""
        Rianne Bos heeft je een bericht gestuurd in Microsoft Teams

        "Hoi! Heb je die kennissessie van 17 juni al gezien? Ik heb me net aangemeld."

        Beantwoorden in Teams: https://teams.microsoft.com/l/message/19:9a1c...

        Je ontvangt deze e-mail omdat je meldingen hebt ingeschakeld. Meldingsinstellingen wijzigen in Teams.
        """)
    root = multi("alternative", [textp(text, "plain", "utf-8", "quoted-printable"), html_only(text, font="Segoe UI")],
                 f"--_=_teams_{sha('o15', 16)}")
    hd = [("Received", received("o15", "noreply@email.teams.microsoft.com", DV, date, "outlook")),
          ("From", addr("Microsoft Teams", "noreply@email.teams.microsoft.com")), ("To", DV),
          ("Subject", "Rianne Bos heeft je een bericht gestuurd"), ("Date", rfc_date(date, utc=True)),
          ("Message-ID", f"<{sha('o15', 30)}@odspnotify>"), ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]
    return M(date, assemble(hd, root), label("other", kind_alt=["auto_reply"],
                                             note="Teams chat notification relayed to the shared mailbox (Auto-Submitted: auto-generated); quotes someone saying she registered, but it is not a registration. Machine mail either way, so auto_reply is accepted too."))


@message
def other_invitation_passed_on():
    return human("o16", "2027-02-02 11:45", addr("Griffie Oost Gelre", "griffie@oostgelre.nl"), LD,
                 "RE: " + LD_INVITE_SUBJECT, T("""
        Geachte organisatie,

        Dank voor de uitnodiging. Wij zijn een Nederlandse gemeente en vallen niet onder de regio Kortrijk; mogelijk staat ons adres per abuis in uw verzendlijst. We sturen de uitnodiging niet door.

        Met vriendelijke groet,
        Griffie Oost Gelre
        """), label("other", review=True,
                    note="Recipient says the invitation reached them by mistake (wrong mailing list); a person may fix the list. No registration."),
        quote=ol_quote(LD_FROM, LD_INVITE_DATE, "griffie@oostgelre.nl", LD_INVITE_SUBJECT, ld_invite()), irt=LD_INVITE_MID, utc=True)


# ==========================================================================
# build and check
# ==========================================================================

FIELDS = {"file", "kind", "sessions", "from_sessions", "participants", "review", "note",
          "kind_alt", "sessions_alt", "participants_alt", "sessions_allowed"}


def check(records):
    keys = session_keys(HERE)
    problems, seen = [], set()
    lo = dt.datetime(2026, 11, 23, tzinfo=cet(dt.datetime(2026, 11, 23)))
    hi = dt.datetime(2027, 6, 1, tzinfo=cet(dt.datetime(2027, 6, 1)))
    for rec in records:
        lab = rec["label"]
        name = lab["file"]
        raw = open(os.path.join(MSG_DIR, name), "rb").read()
        _, text, found = check_message(name, raw, seen, lo, hi, "2026-11-23 .. 2027-05-31")
        problems += found
        problems += check_label(name, lab, keys, text)
        if set(lab) - FIELDS:
            problems.append(f"{name}: unknown label fields {set(lab) - FIELDS}")
        if lab["kind"] == "other" and lab["sessions"]:
            problems.append(f"{name}: other has sessions")
        if lab["kind"] == "question" and lab["review"] is not True:
            problems.append(f"{name}: questions always need review")
        if lab["kind"] in ("register", "cancel", "change") and not lab["participants"]:
            problems.append(f"{name}: {lab['kind']} without participants")
    return problems


def main():
    records = []
    for fn in MESSAGES:
        rec = fn()
        rec["name"] = fn.__name__
        records.append(rec)
    names = [r["name"] for r in records]
    assert len(names) == len(set(names)), "duplicate message function names"
    records.sort(key=lambda r: (when(r["date"]), r["name"]))
    write_corpus(HERE, records)

    report(HERE, records, check(records))


if __name__ == "__main__":
    main()
