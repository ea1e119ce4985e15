#!/usr/bin/env python3
"""Build the blind "heritage" test corpus.

Writes messages/NNN.eml (raw RFC 5322, CRLF line endings) and labels.jsonl
next to this file, then checks the result against catalogue.toml.
Deterministic: no randomness, no clock, no network; Python 3.11 stdlib only.

    python3 build.py
"""
import base64
import datetime as dt
import functools
import os
import quopri
import sys
import tomllib

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from corpus_kit import (  # noqa: E402  (shared helpers: tests/corpus_kit.py)
    ACTION, addr as kit_addr, attachment as kit_attachment, b64lines, build_message, check_label,
    check_message, CRLF, EN_DAYS, en_long, EN_MONTHS, esc, EXO_PREFIX, fold, h, hv, ics, label, M, make_pdf,
    make_png, multipart, NL_DAYS, nl_gmail, nl_long, NL_MONTHS, NL_MONTHS_SHORT, parse_local, Part, raw_part,
    report, rfc_date, svc_mid, T, text_part, thread_index, WORD_TAIL, write_corpus,
)

# this corpus also quotes display names with '|', and its attachments carry no size or description
addr = functools.partial(kit_addr, specials=',.;:()"@|')
attachment = functools.partial(kit_attachment, size=False, description=False)

HERE = os.path.dirname(os.path.abspath(__file__))
MSG_DIR = os.path.join(HERE, "messages")
with open(os.path.join(HERE, "catalogue.toml"), "rb") as _f:
    CATALOGUE = tomllib.load(_f)
SESSIONS = {s["key"]: s for ev in CATALOGUE["events"] for s in ev["sessions"]}

ERF = "erfgoed@scheldegem.be"
WS = "informatieavond@wsrivierenwaard.nl"
ERF_NAME = "Erfgoed Scheldegem"
WS_NAME = "Waterschap Rivierenwaard | Informatieavonden"


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------


def sdate(key, fmt="long"):
    """Human date/time of a session, e.g. 'zaterdag 10 april 2027 om 10u00'."""
    s = SESSIONS[key]
    a, b = s["starts"], s["ends"]
    day = f"{NL_DAYS[a.weekday()]} {a.day} {NL_MONTHS[a.month - 1]} {a.year}"
    if fmt == "be":
        return f"{day}, {a.hour}u{a.minute:02d} - {b.hour}u{b.minute:02d}"
    return f"{day}, {a:%H.%M} - {b:%H.%M} uur"


# --------------------------------------------------------------------------
# RFC 2047 / header helpers
# --------------------------------------------------------------------------

# --------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------


def flowed(text, width=72):
    """format=flowed (RFC 3676): long lines are wrapped, soft breaks end in a space."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        prefix = ""
        while line.startswith(">"):
            prefix += ">"
            line = line[1:]
        if prefix and line.startswith(" "):
            prefix += " "
            line = line[1:]
        line = line.rstrip(" ")
        if not prefix and (line.startswith(" ") or line.startswith("From ")):
            line = " " + line
        words = line.split(" ")
        cur = ""
        chunks = []
        for w in words:
            if cur and len(prefix) + len(cur) + len(w) + 1 > width:
                chunks.append(cur + " ")
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        chunks.append(cur)
        out.extend(prefix + c for c in chunks)
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# binary payloads: tiny PNG and PDF, generated deterministically
# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# message ids, received headers, whole messages
# --------------------------------------------------------------------------

def msgid(style, seed, domain):
    x = h(seed, 64)
    if style == "outlook":
        pfx = EXO_PREFIX[int(x[:2], 16) % len(EXO_PREFIX)] + str(1000 + int(x[2:6], 16) % 9000)
        nn = f"{int(x[6:8], 16) % 10 + 1:02d}"
        return f"<{pfx}{x[8:40].upper()}@{pfx}.eurprd{nn}.prod.outlook.com>"
    if style == "gmail":
        tok = base64.b64encode(bytes.fromhex(x[:60])).decode().replace("/", "_").replace("+", "-")[:52]
        return f"<CA{tok}@mail.gmail.com>"
    if style == "apple":
        u = x[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "thunderbird":
        u = x[:32]
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "ox":
        return f"<{int(x[:7], 16)}.{int(x[7:12], 16)}.{1800000000000 + int(x[12:20], 16) % 10**9}@{domain}>"
    if style == "samsung":
        return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@email.android.com>"
    if style == "outlook_desktop":
        return f"<{x[:4]}{int(x[4], 16) % 10}{x[5:8]}01dd{x[8:12]}${x[12:20]}${x[20:28]}@{domain}>"
    if style == "wlm":
        return f"<{x[:16].upper()}{x[16:20].upper()}@{x[20:26].upper()}>"
    return f"<{x[:14]}.{x[14:26]}@{domain}>"


def doc_ip(seed):
    x = h(seed + "ip", 8)
    net = ["192.0.2", "198.51.100", "203.0.113"][int(x[0], 16) % 3]
    return f"{net}.{int(x[1:3], 16) % 250 + 2}"


def received(seed, from_addr, to_addr, date, client):
    x = h(seed + "rcv", 24)
    to_dom = to_addr.split("@")[1]
    from_dom = from_addr.split("@")[1]
    ip = doc_ip(seed)
    if client in ("outlook", "owa"):
        host = f"EUR0{int(x[3], 16) % 5 + 1}-{['AM6', 'DB8', 'VI1', 'HE1'][int(x[4], 16) % 4]}-obe.outbound.protection.outlook.com"
    elif client in ("gmail", "samsung_gmail"):
        host = f"mail-wm1-f{int(x[3:5], 16) % 90 + 10}.google.com"
    elif from_dom == "gmail.com":
        host = f"smtp.gmail.com"
    elif from_dom in ("telenet.be",):
        host = "smtp.telenet.be"
    elif from_dom in ("skynet.be", "proximus.be"):
        host = "mailsec.proximus.be"
    elif from_dom in ("icloud.com", "me.com"):
        host = f"mr85p00im-ztdg0{int(x[3], 16) % 9 + 1}.me.com"
    elif from_dom in ("ziggo.nl", "upcmail.nl"):
        host = "smtp.ziggo.nl"
    elif from_dom in ("kpnmail.nl", "planet.nl", "hetnet.nl", "home.nl"):
        host = "smtp.kpnmail.nl"
    else:
        host = f"smtp.{from_dom}"
    qid = base64.b32encode(bytes.fromhex(x[6:22])).decode().rstrip("=")[:12]
    mx = {"scheldegem.be": "mx01.scheldegem.be", "wsrivierenwaard.nl": "mail.wsrivierenwaard.nl"}.get(to_dom, "mx." + to_dom)
    d = rfc_date(date)
    zone = "(CEST)" if d.endswith("+0200") else "(CET)"
    return (f"from {host} ({host} [{ip}]){CRLF}\tby {mx} (Postfix) with ESMTPS id 4{qid}"
            f"{CRLF}\tfor <{to_addr}>; {d} {zone}")


MAILERS = {
    "iphone": ("X-Mailer", "iPhone Mail (22D82)"),
    "ipad": ("X-Mailer", "iPad Mail (22D82)"),
    "apple": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "telenet": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev74"),
    "ox": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev74"),
    "wlm": ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
    "samsung": None,
}


# Outlook desktop sending through a consumer mailbox (POP/IMAP): classic
# Message-ID, X-Mailer, the provider's SMTP relay; no Exchange Online headers.
DESKTOP_OUTLOOK_DOMAINS = {"telenet.be", "skynet.be", "scarlet.be", "proximus.be", "ziggo.nl", "kpnmail.nl",
                           "planet.nl", "hetnet.nl", "home.nl", "upcmail.nl", "xs4all.nl", "gmail.com"}


def human_mail(*, seed, date, frm, to, subject, root, client="outlook", cc=None,
               reply_to=None, in_reply_to=None, references=None, extra=(),
               lang="nl-BE", utc=False, subj_charset="utf-8", subj_mode="Q", rcv_to=None):
    """Assemble a person-written message with headers typical for its client."""
    from_addr = frm.split("<")[-1].rstrip(">").strip()
    to_addr = (rcv_to or to).split("<")[-1].rstrip(">").strip()
    dom = from_addr.split("@")[1]
    style = {"outlook": "outlook", "owa": "outlook", "gmail": "gmail", "samsung_gmail": "gmail",
             "apple": "apple", "iphone": "apple", "ipad": "apple", "thunderbird": "thunderbird",
             "telenet": "ox", "ox": "ox", "samsung": "samsung", "wlm": "wlm"}.get(client, "other")
    desktop = client == "outlook" and dom in DESKTOP_OUTLOOK_DOMAINS
    if desktop:
        style = "outlook_desktop"
    mid = msgid(style, seed, dom)
    subj = hv(subject, subj_charset, subj_mode)
    hdrs = [("Received", received(seed, from_addr, to_addr, date, "outlook_desktop" if desktop else client))]
    if client in ("outlook", "owa"):
        topic = subject
        for p in ("RE: ", "Re: ", "FW: ", "Fw: ", "Antw: ", "TR: "):
            if topic.startswith(p):
                topic = topic[len(p):]
        if desktop:
            hdrs += [("From", frm), ("To", to), ("Cc", cc), ("Reply-To", reply_to),
                     ("References", references), ("In-Reply-To", in_reply_to),
                     ("Subject", subj), ("Date", rfc_date(date)), ("Message-ID", mid),
                     ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(seed)),
                     ("Content-Language", lang)]
            hdrs += list(extra)
            return build_message(hdrs, root), mid
        hdrs += [("From", frm), ("To", to), ("CC", cc), ("Reply-To", reply_to),
                 ("Subject", subj), ("Thread-Topic", hv(topic, subj_charset, subj_mode)),
                 ("Thread-Index", thread_index(seed)),
                 ("Date", rfc_date(date, utc=utc)), ("Message-ID", mid),
                 ("References", references), ("In-Reply-To", in_reply_to),
                 ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang)]
        hdrs += list(extra)
        return build_message(hdrs, root), mid
    if client in ("gmail", "samsung_gmail"):
        hdrs += [("References", references), ("In-Reply-To", in_reply_to),
                 ("From", frm), ("Date", rfc_date(date)), ("Message-ID", mid),
                 ("Subject", subj), ("To", to), ("Cc", cc), ("Reply-To", reply_to)]
        hdrs += list(extra)
        return build_message(hdrs, root, mime_first=True), mid
    hdrs += [("From", frm), ("To", to), ("Cc", cc), ("Reply-To", reply_to),
             ("Subject", subj), ("Date", rfc_date(date, utc=utc)), ("Message-ID", mid),
             ("In-Reply-To", in_reply_to), ("References", references)]
    m = MAILERS.get(client)
    if m:
        hdrs.append(m)
    if client == "thunderbird":
        hdrs.append(("Content-Language", lang))
    if client == "wlm":
        hdrs += [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("Importance", "Normal"),
                 ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")]
    hdrs += list(extra)
    return build_message(hdrs, root), mid


# --------------------------------------------------------------------------
# quoting: replies and forwards the way each client writes them
# --------------------------------------------------------------------------


class Q:
    """A quoted or forwarded earlier message."""

    def __init__(self, name, address, date, subject, text, to="", forward=False):
        self.name, self.address, self.date, self.subject = name, address, date, subject
        self.text, self.to, self.forward = text, to, forward


def gt(text, mark="> "):
    return "\n".join((mark + l).rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


def quote_plain(client, q, lang="nl"):
    """Plain-text rendering of a quote as the given client appends it."""
    d = dt.datetime.fromisoformat(q.date)
    who = f"{q.name} <{q.address}>"
    if client in ("outlook", "owa", "wlm"):
        if lang == "en":
            pairs = [("From", who), ("Sent", en_long(q.date)), ("To", q.to), ("Subject", q.subject)]
        else:
            pairs = [("Van", who), ("Verzonden", nl_long(q.date)), ("Aan", q.to), ("Onderwerp", q.subject)]
        sep = "________________________________\n" if client == "owa" else ""
        if client == "wlm":
            sep = "-----Oorspronkelijk bericht-----\n"
        return sep + "\n".join(f"{k}: {v}" for k, v in pairs if v) + "\n\n" + q.text
    if client in ("gmail", "samsung_gmail"):
        if q.forward:
            if lang == "en":
                return ("---------- Forwarded message ---------\n" f"From: {who}\nDate: {en_long(q.date)}\n"
                        f"Subject: {q.subject}\nTo: {q.to}\n\n\n" + q.text)
            return ("---------- Doorgestuurd bericht ---------\n" f"Van: {who}\nDate: {nl_gmail(q.date)}\n"
                    f"Subject: {q.subject}\nTo: {q.to}\n\n\n" + q.text)
        if lang == "en":
            return f"On {EN_DAYS[d.weekday()][:3]}, {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year} at {d:%H:%M}, {who} wrote:\n\n" + gt(q.text)
        return f"Op {nl_gmail(q.date)} schreef {who}:\n\n" + gt(q.text)
    if client in ("iphone", "ipad", "apple"):
        if q.forward:
            return (f"Begin doorgestuurd bericht:\n\nVan: {who}\nOnderwerp: {q.subject}\n"
                    f"Datum: {d.day} {NL_MONTHS[d.month - 1]} {d.year} om {d:%H:%M}:00 CET\nAan: {q.to}\n\n" + q.text)
        return f"Op {d.day} {NL_MONTHS_SHORT[d.month - 1]} {d.year} om {d:%H:%M} heeft {who} het volgende geschreven:\n\n" + gt(q.text)
    if client == "thunderbird":
        if q.forward:
            return (f"-------- Doorgestuurd bericht --------\nOnderwerp: \t{q.subject}\nDatum: \t{rfc_date(q.date)}\n"
                    f"Van: \t{who}\nAan: \t{q.to}\n\n\n\n" + q.text)
        return f"Op {d:%d-%m-%Y} om {d:%H:%M} schreef {q.name}:\n" + gt(q.text)
    if client in ("telenet", "ox", "roundcube", "webmail"):
        if q.forward:
            return (f"---------- Oorspronkelijk bericht ----------\nVan: {who}\nAan: {q.to}\n"
                    f"Datum: {d.day} {NL_MONTHS[d.month - 1]} {d.year} om {d:%H:%M}\nOnderwerp: {q.subject}\n\n" + q.text)
        return gt(f"Op {d.day} {NL_MONTHS[d.month - 1]} {d.year} om {d:%H:%M} schreef {who}:\n\n" + q.text)
    if client == "samsung":
        return (f"-------- Oorspronkelijk bericht --------\nVan: {who}\nDatum: {d:%d-%m-%y} {d:%H:%M} (GMT+01:00)\n"
                f"Aan: {q.to}\nOnderwerp: {q.subject}\n\n" + q.text)
    return gt(q.text)


# --------------------------------------------------------------------------
# body builders for common clients
# --------------------------------------------------------------------------

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=@CHARSET@">
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
--></style>
</head>
<body lang="@LANG@" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""
def word_paras(text):
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith("[[HTML]]"):
            out.append(line[8:])
        elif not line.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
    return "\n".join(out) + "\n"


def strip_html_markers(text):
    return "\n".join(l for l in text.split("\n") if not l.startswith("[[HTML]]"))


def html_table(rows, style="word"):
    """Rows of cells -> an HTML table (first row is the header)."""
    if style == "word":
        cell = '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">{}<o:p></o:p></p></td>'
        head = '<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>{}</b><o:p></o:p></p></td>'
        t = '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">'
    else:
        cell = '<td style="border:1px solid #999;padding:4px">{}</td>'
        head = '<th style="border:1px solid #999;padding:4px;background:#eee">{}</th>'
        t = '<table style="border-collapse:collapse" cellpadding="4">'
    out = [t]
    for i, r in enumerate(rows):
        out.append("<tr>" + "".join((head if i == 0 else cell).format(esc(c) if c else "&nbsp;") for c in r) + "</tr>")
    out.append("</table>")
    return "".join(out)


def table_plain(rows):
    """How Outlook renders a table in the text/plain alternative."""
    return "\n".join("\t".join(r) for r in rows) + "\n"


def outlook_body(seed, text, *, charset="utf-8", cte="quoted-printable", lang="NL-BE",
                 quote=None, qlang="nl", attachments=(), table=None, client="outlook"):
    """Outlook: multipart/alternative (text/plain + Word HTML). `[[TABLE]]` in
    the text is replaced by `table` (rows)."""
    plain = text
    body_html = None
    if table is not None:
        plain = text.replace("[[TABLE]]\n", table_plain(table))
        pre, post = text.split("[[TABLE]]\n")
        body_html = word_paras(pre) + html_table(table) + "\n" + word_paras(post)
    else:
        body_html = word_paras(text)
    if quote:
        qp = quote_plain(client, quote, qlang)
        plain += "\n" + qp
        head, _, qtext = qp.partition("\n\n")
        body_html += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                      '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">'
                      + "<br>\n".join(
                          f"<b>{esc(l.split(': ', 1)[0])}:</b> {esc(l.split(': ', 1)[1])}" if ": " in l else esc(l)
                          for l in head.split("\n") if l and not l.startswith("___") and not l.startswith("-----"))
                      + "<o:p></o:p></p>\n</div>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n" + word_paras(qtext))
    htm = WORD_HEAD.replace("@CHARSET@", charset).replace("@LANG@", lang) + body_html + WORD_TAIL
    b = h(seed, 32)
    root = multipart("alternative",
                     [text_part(plain, "plain", charset, cte), text_part(htm, "html", charset, cte)],
                     f"_000_{b[:24].upper()}_")
    if attachments:
        root = multipart("mixed", [root] + list(attachments), f"_004_{b[:24].upper()}_")
    return root


def div_lines(text, wrap="<div>{}</div>", empty="<div><br></div>"):
    return "".join(wrap.format(esc(l)) if l.strip() else empty for l in text.rstrip("\n").split("\n"))


def gmail_body(seed, text, *, cte="base64", quote=None, qlang="nl", attachments=(), table=None):
    plain = text
    if table is not None:
        plain = text.replace("[[TABLE]]\n", table_plain(table))
        pre, post = text.split("[[TABLE]]\n")
        htm = '<div dir="ltr">' + div_lines(pre) + html_table(table, "plain") + div_lines(post) + "</div>"
    else:
        htm = '<div dir="ltr">' + div_lines(text) + "</div>"
    if quote:
        qp = quote_plain("gmail", quote, qlang)
        plain += "\n" + qp
        if quote.forward:
            head, _, rest = qp.partition("\n\n\n")
            htm += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                    + "<br>".join(esc(l) for l in head.split("\n")) + "<br></div><br><br>"
                    + '<div dir="ltr">' + div_lines(rest) + "</div></div>")
        else:
            attr = qp.split("\n", 1)[0]
            htm += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                    + esc(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                    'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + div_lines(quote.text)
                    + "</blockquote></div>")
    htm += "\n"
    b = h(seed, 28)
    root = multipart("alternative",
                     [text_part(plain, "plain", "UTF-8", cte), text_part(htm, "html", "UTF-8", cte)],
                     f"000000000000{b[:16]}")
    if attachments:
        root = multipart("mixed", [root] + list(attachments), f"000000000000{b[16:28]}abcd")
    return root


def owa_body(seed, text, *, charset="iso-8859-1", cte="quoted-printable", quote=None, qlang="nl"):
    """Outlook.com / Hotmail web: multipart/alternative with a light HTML part."""
    plain = text
    if quote:
        plain += "\n" + quote_plain("owa", quote, qlang)
    style = "font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"
    divs = div_lines(text, f'<div class="elementToProof" style="{style}">{{}}</div>\n',
                     f'<div class="elementToProof" style="{style}"><br></div>\n')
    if quote:
        divs += '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n' + \
                '<div id="divRplyFwdMsg" dir="ltr">' + div_lines(quote_plain("owa", quote, qlang).split("\n", 1)[1]) + "</div>\n"
    htm = (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
           '</head>\n<body dir="ltr">\n' + divs + "</body>\n</html>\n")
    b = h(seed, 24).upper()
    return multipart("alternative", [text_part(plain, "plain", charset, cte), text_part(htm, "html", charset, cte)],
                     f"_000_{b}_")


def apple_body(seed, text, *, quote=None, html_alt=False, charset="utf-8", cte="quoted-printable", flowed_=False):
    """Apple Mail / iPhone: text/plain (optionally format=flowed) or multipart/alternative."""
    plain = text
    client = "iphone"
    if quote:
        plain += "\n" + quote_plain(client, quote)
    if flowed_:
        return text_part(flowed(plain), "plain", charset, cte, params="; format=flowed", quote_charset=False)
    if not html_alt:
        return text_part(plain, "plain", charset, cte, quote_charset=False)
    htm = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           + div_lines(text))
    if quote:
        attr, _, _ = quote_plain(client, quote).partition("\n")
        htm += ('<div><br><blockquote type="cite"><div>' + esc(attr) + "</div><br>" + div_lines(quote.text)
                + "</blockquote></div>")
    htm += "</body></html>\n"
    b = h(seed, 32).upper()
    bnd = f"Apple-Mail={b[:8]}-{b[8:12]}-{b[12:16]}-{b[16:20]}-{b[20:32]}"
    return multipart("alternative", [text_part(plain, "plain", charset, cte, quote_charset=False),
                                     text_part(htm, "html", charset, cte, quote_charset=False)], bnd)


def ox_body(seed, text, *, charset="UTF-8", cte="quoted-printable", quote=None, html_only=False):
    """Telenet / Open-Xchange webmail: multipart/alternative with <p> paragraphs."""
    plain = text
    if quote:
        plain += "\n" + quote_plain("telenet", quote)
    ps = "".join(f"<p>{esc(l)}</p>" if l.strip() else "<p><br></p>" for l in text.rstrip("\n").split("\n"))
    if quote:
        qp = quote_plain("telenet", quote)
        if quote.forward:
            ps += "<p><br></p><div>" + "".join(f"<p>{esc(l)}</p>" if l.strip() else "<p><br></p>" for l in qp.split("\n")) + "</div>"
        else:
            ps += ('<blockquote type="cite">' + "".join(f"<p>{esc(l[2:] if l.startswith('> ') else l.lstrip('>'))}</p>"
                                                      for l in qp.rstrip("\n").split("\n")) + "</blockquote>")
    htm = (f'<!doctype html>\n<html>\n <head>\n  <meta charset="{charset}">\n </head>\n <body>\n'
           f'  <div class="default-style">{ps}</div>\n </body>\n</html>\n')
    if html_only:
        return text_part(htm, "html", charset, cte, quote_charset=False)
    b = h(seed, 20)
    return multipart("alternative", [text_part(plain, "plain", charset, cte, quote_charset=False),
                                     text_part(htm, "html", charset, cte, quote_charset=False)],
                     f"----=_Part_{int(b[:6], 16)}_{int(b[6:14], 16)}.{1800000000000 + int(b[14:20], 16)}")


def samsung_body(seed, text, *, quote=None):
    plain = text + "\n\n\nVerzonden vanaf mijn Galaxy\n"
    htm = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body><div dir=\"auto\">" + \
          div_lines(text, '<div dir="auto">{}</div>', '<div dir="auto"><br></div>') + \
          '<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">' \
          '<div style="font-size:85%;color:#575757" dir="auto">Verzonden vanaf mijn Galaxy</div></div>'
    if quote:
        qp = quote_plain("samsung", quote)
        plain += "\n\n" + qp
        htm += '<div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>' + \
               div_lines(qp) + "</div></div>"
    htm += "</div></body></html>\n"
    b = h(seed, 20)
    return multipart("alternative", [text_part(plain, "plain", "UTF-8", "base64", quote_charset=False),
                                     text_part(htm, "html", "UTF-8", "base64", quote_charset=False)],
                     f"--_com.samsung.android.email_{int(b[:12], 16)}{int(b[12:20], 16) % 1000}")


def wlm_body(seed, text, *, charset="windows-1252", quote=None):
    """Windows Live Mail 2012: multipart/alternative, quoted-printable, old HTML."""
    plain = text
    if quote:
        plain += "\n" + quote_plain("wlm", quote)
    htm = ('<HTML><HEAD>\n<META content="text/html; charset=' + charset + '" http-equiv=Content-Type>\n'
           '<META name=GENERATOR content="MSHTML 11.00.10570.1001"></HEAD>\n<BODY style="PADDING-LEFT: 10px; PADDING-RIGHT: 10px; PADDING-TOP: 15px" \nid=MailContainerBody leftMargin=0 topMargin=0 CanvasTabStop="true" \nname="Compose message area">\n'
           + "".join(f'<DIV><FONT size=3 face=Calibri>{esc(l)}</FONT></DIV>\n' if l.strip() else "<DIV>&nbsp;</DIV>\n"
                     for l in text.rstrip("\n").split("\n")))
    if quote:
        htm += '<DIV style=\'FONT: 10pt Tahoma\'>\n<DIV><BR></DIV>\n<DIV style="BACKGROUND: #f5f5f5">' + \
               "".join(f"<DIV>{esc(l)}</DIV>\n" for l in quote_plain("wlm", quote).split("\n")) + "</DIV></DIV>\n"
    htm += "</BODY></HTML>\n"
    b = h(seed, 16).upper()
    return multipart("alternative", [text_part(plain, "plain", charset, "quoted-printable"),
                                     text_part(htm, "html", charset, "quoted-printable")],
                     f"----=_NextPart_000_{b[:4]}_01DD{b[4:8]}.{b[8:16]}", extra=())


def html_only_body(text, *, charset="UTF-8", cte="quoted-printable", table=None, font="Arial"):
    if table is not None:
        pre, post = text.split("[[TABLE]]\n")
        inner = div_lines(pre) + html_table(table, "plain") + div_lines(post)
    else:
        inner = div_lines(text)
    htm = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
           f'<body><div style="font-family:{font},sans-serif;font-size:10pt">' + inner + "</div></body></html>\n")
    return text_part(htm, "html", charset, cte, quote_charset=False)


# --------------------------------------------------------------------------
# one call per human-written message
# --------------------------------------------------------------------------


def send(seed, date, client, frm, to, subject, text, *, quote=None, qlang="nl", charset=None, cte=None,
         cc=None, reply_to=None, lang="nl-BE", utc=False, subj_charset="utf-8", subj_mode="Q",
         attachments=(), table=None, extra=(), html_alt=False, flowed_=False, reply=None):
    """Build a person's message with the given client. `reply` = Message-ID it answers."""
    if client in ("outlook",):
        root = outlook_body(seed, text, charset=charset or "utf-8", cte=cte or "quoted-printable",
                            lang=lang.upper(), quote=quote, qlang=qlang, attachments=attachments, table=table)
    elif client == "owa":
        root = owa_body(seed, text, charset=charset or "iso-8859-1", cte=cte or "quoted-printable", quote=quote, qlang=qlang)
    elif client in ("gmail",):
        root = gmail_body(seed, text, cte=cte or "base64", quote=quote, qlang=qlang, attachments=attachments, table=table)
    elif client in ("iphone", "ipad", "apple"):
        root = apple_body(seed, text, quote=quote, html_alt=html_alt, charset=charset or "utf-8",
                          cte=cte or "quoted-printable", flowed_=flowed_)
        if attachments:
            root = multipart("mixed", [root] + list(attachments), f"Apple-Mail-{h(seed, 20).upper()}")
    elif client == "thunderbird":
        plain = text + ("\n" + quote_plain("thunderbird", quote) if quote else "")
        root = text_part(flowed(plain), "plain", charset or "UTF-8", cte or "8bit",
                         params="; format=flowed", quote_charset=False)
        if attachments:
            root = multipart("mixed", [root] + list(attachments), f"------------{h(seed, 24)}")
    elif client in ("telenet", "ox"):
        root = ox_body(seed, text, charset=charset or "UTF-8", cte=cte or "quoted-printable", quote=quote)
    elif client == "ox_html":
        root = ox_body(seed, text, charset=charset or "UTF-8", cte=cte or "quoted-printable", quote=quote, html_only=True)
        client = "ox"
    elif client == "samsung":
        root = samsung_body(seed, text, quote=quote)
    elif client == "wlm":
        root = wlm_body(seed, text, charset=charset or "windows-1252", quote=quote)
    elif client == "html":
        root = html_only_body(text, charset=charset or "UTF-8", cte=cte or "quoted-printable", table=table)
        client = "webmail"
    elif client == "roundcube":
        plain = text + ("\n" + quote_plain("roundcube", quote) if quote else "")
        root = text_part(flowed(plain), "plain", charset or "UTF-8", cte or "quoted-printable",
                         params="; format=flowed", quote_charset=False)
    else:  # plain webmail
        plain = text + ("\n" + quote_plain("webmail", quote) if quote else "")
        root = text_part(plain, "plain", charset or "utf-8", cte or "quoted-printable")
    refs = reply
    return human_mail(seed=seed, date=date, frm=frm, to=to, subject=subject, root=root, client=client,
                      cc=cc, reply_to=reply_to, in_reply_to=reply, references=refs, extra=extra,
                      lang=lang, utc=utc, subj_charset=subj_charset, subj_mode=subj_mode)[0]


# --------------------------------------------------------------------------
# texts the organisers sent, which residents quote
# --------------------------------------------------------------------------

ERF_ANN_DATE = "2027-02-08 10:00"
ERF_ANN_SUBJECT = "Erfgoedlente 2027: vaar, wandel en kijk mee naar de nieuwe Kaaibrug"
ERF_ANN_MID = svc_mid("erf-announcement", "scheldegem.be")


def erf_slots(prefix):
    out = []
    for k, s in SESSIONS.items():
        if k.startswith(prefix) and s.get("status") != "cancelled":
            a = s["starts"]
            out.append(f"  - {NL_DAYS[a.weekday()]} {a.day} {NL_MONTHS[a.month - 1]} om {a.hour}u{a.minute:02d}")
    return "\n".join(out)


def erf_announcement():
    return T("""
        Dag Scheldegemnaar,

        Deze lente zet de stad samen met het Havenbedrijf haar haven en oude stad in de kijker. Alle activiteiten zijn gratis, maar de plaatsen zijn beperkt: inschrijven is nodig.

        HAVENRONDVAART (75 min., vertrek aanlegsteiger Houtkaai)
        Zaterdag 10 april om 10u00, 11u30, 14u00 en 15u30
        Zaterdag 17 april om 10u00, 11u30, 13u30 en 15u00

        GEGIDSTE WANDELING DOOR DE OUDE STAD (2 uur, vertrek aan het Belfort)
        Zondag 7 maart, zondag 21 maart en zondag 4 april om 14u00
        Zondag 18 april om 10u30

        KINDERWORKSHOP 'BOUW JE EIGEN BRUG' (6-10 jaar, Museum Het Zoutpakhuis)
        Woensdag 31 maart en woensdag 14 april, 14u00-16u00

        WERFBEZOEK NIEUWE KAAIBRUG (vanaf 12 jaar, stevige schoenen)
        Zaterdag 20 maart en zaterdag 3 april, 10u00-11u30, afspraak aan de werfkeet Noorderkaai

        AVONDLEZING 'EEN NIEUWE BRUG OVER HET KAAIDOK'
        Donderdag 25 maart om 20u00, Auditorium Het Entrepot

        Inschrijven?
        Stuur een mail naar erfgoed@scheldegem.be met de naam en het e-mailadres van elke deelnemer en het tijdslot dat je kiest. Per persoon één tijdslot per activiteit en maximaal drie activiteiten. Kinderen voor de workshop schrijf je in met naam en leeftijd. Inschrijven kan tot en met woensdag 7 april.

        Tot binnenkort!

        Dienst Erfgoed - Stad Scheldegem
        in samenwerking met Havenbedrijf Scheldegem
        """)


def erf_confirm_subject(key):
    return f"Bevestiging inschrijving: {SESSIONS[key]['title']}"


def erf_confirm_text(key, name):
    s = SESSIONS[key]
    return T(f"""
        Dag {name},

        Bedankt voor je inschrijving. Je bent ingeschreven voor:

        {s['title']}
        {sdate(key, 'be')}
        {s['venue']}, {s['address']}

        Kan je toch niet komen? Antwoord dan op deze mail, dan geven we je plaats aan iemand op de wachtlijst.

        Met vriendelijke groeten,
        Dienst Erfgoed - Stad Scheldegem
        """)


def erf_confirm(key, name, address, date):
    """Q object for a confirmation the service sent."""
    return Q(ERF_NAME, ERF, date, erf_confirm_subject(key), erf_confirm_text(key, name), to=f"{name} <{address}>")


ERF_CANCEL_NOTICE_DATE = "2027-03-03 16:40"
ERF_CANCEL_NOTICE_SUBJECT = "Rondvaart zaterdag 17 april om 15u00 gaat niet door"
ERF_CANCEL_NOTICE = T("""
    Dag,

    Je schreef je in voor de havenrondvaart van zaterdag 17 april om 15u00. Helaas moeten we die rondvaart schrappen: de Zeesluis is die namiddag dicht voor onderhoud en de Scaldis III kan niet uitvaren.

    Wil je toch mee? Er zijn nog plaatsen op de andere rondvaarten van 17 april (10u00, 11u30 en 13u30). Laat ons gewoon weten welk uur je past.

    Onze excuses voor het ongemak.

    Dienst Erfgoed - Stad Scheldegem
    """)

WS_LETTER_DATE = "2027-02-22 09:00"
WS_LETTER_SUBJECT = "Uitnodiging informatieavonden dijkversterking Waaldijk"
WS_LETTER_MID = svc_mid("ws-letter", "wsrivierenwaard.nl")


def ws_letter():
    lines = []
    for k in ("ws-hoogwaarde", "ws-dreumelkerk", "ws-oosterlinge", "ws-varikhoven", "ws-neerhellouw"):
        s = SESSIONS[k]
        a = s["starts"]
        lines.append(f"- {NL_DAYS[a.weekday()]} {a.day} {NL_MONTHS[a.month - 1]}: {s['city']}, {s['venue']} ({s['address']})")
    return T("""
        Beste bewoner,

        De Waaldijk tussen Hoogwaarde en Neerhellouw voldoet niet meer aan de nieuwe veiligheidsnormen. Waterschap Rivierenwaard gaat de dijk de komende jaren versterken. Tijdens de informatieavonden vertellen wij u over de plannen, de planning en wat de werkzaamheden voor u betekenen. U kunt uw vragen stellen aan de projectmedewerkers en de omgevingsmanager.

        In elk dorp is er een avond met hetzelfde programma. De inloop is vanaf 19.00 uur, we beginnen om 19.30 uur.

        @LINES@

        Kunt u niet naar een van de dorpsavonden? Op dinsdag 6 april van 20.00 tot 21.30 uur is er een online informatieavond via Microsoft Teams.

        Aanmelden
        In verband met de zaalcapaciteit vragen wij u zich aan te melden via informatieavond@wsrivierenwaard.nl. Vermeld de naam en het e-mailadres van iedereen die komt en welke avond u kiest. U kunt één avond kiezen.

        Met vriendelijke groet,

        Marloes van Dijk
        Omgevingsmanager Dijkversterking Waaldijk
        Waterschap Rivierenwaard
        """).replace("@LINES@", "\n".join(lines))


def ws_village_invite(key):
    s = SESSIONS[key]
    a = s["starts"]
    return T(f"""
        Beste bewoner van {s['city']},

        Graag nodigen wij u uit voor de informatieavond over de versterking van de Waaldijk in uw dorp:

        {NL_DAYS[a.weekday()]} {a.day} {NL_MONTHS[a.month - 1]} {a.year}, inloop 19.00 uur, start 19.30 uur
        {s['venue']}, {s['address']}

        Aanmelden kan door op deze e-mail te reageren. Vermeld de naam en het e-mailadres van iedereen die komt.

        Met vriendelijke groet,

        Waterschap Rivierenwaard
        Team Dijkversterking Waaldijk
        """)


def ws_invite_subject(key):
    s = SESSIONS[key]
    a = s["starts"]
    return f"Uitnodiging informatieavond dijkversterking {s['city']} - {NL_DAYS[a.weekday()]} {a.day} {NL_MONTHS[a.month - 1]}"


def ws_confirm_subject(key):
    return f"Bevestiging aanmelding {SESSIONS[key]['title']}"


def ws_confirm_text(key, name):
    s = SESSIONS[key]
    where = "online via Microsoft Teams (de link ontvangt u een dag van tevoren)" if s.get("online") else f"{s['venue']}, {s['address']}"
    return T(f"""
        Beste {name},

        Bedankt voor uw aanmelding. U bent aangemeld voor:

        {s['title']}
        {sdate(key)}
        {where}

        Bent u verhinderd? Laat het ons weten door op deze e-mail te antwoorden.

        Met vriendelijke groet,

        Waterschap Rivierenwaard
        Team Dijkversterking Waaldijk
        """)


def ws_confirm(key, name, address, date):
    return Q(WS_NAME, WS, date, ws_confirm_subject(key), ws_confirm_text(key, name), to=f"{name} <{address}>")


# --------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------

MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


# session keys, short names used in the message functions
R10A, R10B, R10C, R10D = "erf-rondvaart-0410-1000", "erf-rondvaart-0410-1130", "erf-rondvaart-0410-1400", "erf-rondvaart-0410-1530"
R17A, R17B, R17C, R17D = "erf-rondvaart-0417-1000", "erf-rondvaart-0417-1130", "erf-rondvaart-0417-1330", "erf-rondvaart-0417-1500"
W07, W21, W04, W18 = "erf-wandeling-0307", "erf-wandeling-0321", "erf-wandeling-0404", "erf-wandeling-0418"
K31, K14 = "erf-workshop-0331", "erf-workshop-0414"
WF20, WF03 = "erf-werf-0320", "erf-werf-0403"
LZ = "erf-lezing-0325"
HOO, DRE, OOS, VAR, NEE, ONL = "ws-hoogwaarde", "ws-dreumelkerk", "ws-oosterlinge", "ws-varikhoven", "ws-neerhellouw", "ws-online"
ERF_ALL = [k for k in SESSIONS if k.startswith("erf-")]
WS_ALL = [k for k in SESSIONS if k.startswith("ws-")]

# @@MESSAGES@@

# ===================== Erfgoedlente: registrations =====================

@message
def erf_reg_simple_r10a():
    date = "2027-02-09 19:42"
    text = T("""
        Goedenavond,

        Graag schrijf ik mij in voor de havenrondvaart op zaterdag 10 april om 10u.

        Vriendelijke groeten,
        An De Schepper
        Tolhuisstraat 23
        2895 Scheldegem
        """)
    data = send("e01", date, "outlook", addr("An De Schepper", "an.deschepper@telenet.be"), ERF,
                "Inschrijving havenrondvaart", text, charset="windows-1252")
    return M(date, data, label("register", [R10A], ["an.deschepper@telenet.be"],
                               note="Plain registration: date and hour of one rondvaart. Home Outlook, windows-1252 quoted-printable."))


@message
def erf_reg_iphone_r17c():
    date = "2027-02-09 21:03"
    text = T("""
        Hoi, rondvaart 17/4 om 13u30 voor mij aub.
        Groetjes Bart

        Verstuurd vanaf mijn iPhone
        """)
    data = send("e02", date, "iphone", addr("Bart Van Hecke", "bart.vanhecke@gmail.com"), ERF,
                "Rondvaart", text)
    return M(date, data, label("register", [R17C], ["bart.vanhecke@gmail.com"],
                               note="Short phone mail; date written 17/4, hour 13u30 (only exists on 17 April anyway)."))


@message
def erf_reg_time_only_unique():
    date = "2027-02-10 08:15"
    text = T("""
        Dag,

        Ik zou graag mee willen met de rondvaart van 15u30.

        Mvg,
        Kevin Peeters
        """)
    data = send("e03", date, "gmail", addr("Kevin Peeters", "kevinpeeters84@gmail.com"), ERF,
                "inschrijving rondvaart 15u30", text, cte="quoted-printable")
    return M(date, data, label("register", [R10D], ["kevinpeeters84@gmail.com"],
                               note="Only the hour is given. 15u30 exists only on Saturday 10 April (17 April has 15u00), so the slot is determined."))


@message
def erf_reg_time_only_ambiguous():
    date = "2027-02-10 12:31"
    text = T("""
        Hallo,
        Graag inschrijven voor de boottocht van 11u30.
        Groeten
        Sandra Vermeulen
        """)
    data = send("e04", date, "samsung", addr("Sandra Vermeulen", "sandra.vermeulen@hotmail.com"), ERF,
                "Boottocht", text)
    return M(date, data, label("register", [], ["sandra.vermeulen@hotmail.com"], review=True,
                               note="'boottocht van 11u30' exists on both Saturdays (10 and 17 April); no date, so no session can be chosen. Samsung mail, base64 parts."))


@message
def erf_webform_single():
    date = "2027-02-10 16:02"
    text = T("""
        Er werd een formulier ingevuld op www.scheldegem.be.

        Formulier: Inschrijving Erfgoedlente 2027
        Naam: Joke Van de Velde
        E-mailadres: joke.vandevelde@gmail.com
        Telefoon: 0478 12 34 56
        Activiteit: Havenrondvaart - za 10/04 - 15u30
        Aantal deelnemers: 1
        Namen van de andere deelnemers:
        Opmerking:

        Dit bericht werd automatisch verstuurd. Antwoorden gaan naar de indiener van het formulier.
        """)
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hdrs = [("Received", received("e05", "noreply@scheldegem.be", ERF, date, "system")),
            ("From", addr("Stad Scheldegem - webformulier", "noreply@scheldegem.be")), ("To", ERF),
            ("Reply-To", addr("Joke Van de Velde", "joke.vandevelde@gmail.com")),
            ("Subject", "Webformulier: Inschrijving Erfgoedlente 2027 [#20418]"), ("Date", rfc_date(date)),
            ("Message-ID", f"<form.20418.{h('e05', 12)}@www.scheldegem.be>"), ("X-Mailer", "Drupal webform 6.2")]
    return M(date, build_message(hdrs, root), label("register", [R10D], ["joke.vandevelde@gmail.com"],
                                                    note="Website form relayed from noreply@ with Reply-To: the participant is the form's e-mail address, not the From address. One person."))


@message
def erf_reg_marleen_r17a():
    date = "2027-02-10 17:48"
    text = T("""
        Dag,

        Ik schrijf mij graag in voor de rondvaart op zaterdag 17 april om 10 uur.

        Met vriendelijke groeten
        Marleen Claeys
        """)
    data = send("e06", date, "telenet", addr("Marleen Claeys", "marleen.claeys@telenet.be"), ERF,
                "rondvaart 17 april", text)
    return M(date, data, label("register", [R17A], ["marleen.claeys@telenet.be"],
                               note="Simple registration, hour written as '10 uur'. Telenet webmail (Open-Xchange)."))


@message
def erf_reply_confirmation_thanks():
    date = "2027-02-10 18:05"
    q = erf_confirm(R17A, "Marleen Claeys", "marleen.claeys@telenet.be", "2027-02-10 17:55")
    text = T("""
        Super, tot dan!
        Marleen
        """)
    data = send("e07", date, "telenet", addr("Marleen Claeys", "marleen.claeys@telenet.be"), addr(ERF_NAME, ERF),
                "Re: " + erf_confirm_subject(R17A), text, quote=q, reply=svc_mid("conf-claeys", "scheldegem.be"))
    return M(date, data, label("other",
                               note="Thank-you reply above a quoted confirmation; names the session but asks for nothing."))


@message
def erf_reg_webform_three():
    date = "2027-02-11 07:58"
    text = T("""
        Er werd een formulier ingevuld op www.scheldegem.be.

        Formulier: Inschrijving Erfgoedlente 2027
        Naam: Tim Goris
        E-mailadres: tim.goris@outlook.be
        Telefoon:
        Activiteit: Havenrondvaart - za 17/04 - 10u00
        Aantal deelnemers: 3
        Namen van de andere deelnemers: Sofie Lenaerts, Lena Goris (5 jaar)
        Opmerking: We nemen een kinderwagen mee, is dat ok?

        Dit bericht werd automatisch verstuurd. Antwoorden gaan naar de indiener van het formulier.
        """)
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    hdrs = [("Received", received("e08", "noreply@scheldegem.be", ERF, date, "system")),
            ("From", addr("Stad Scheldegem - webformulier", "noreply@scheldegem.be")), ("To", ERF),
            ("Reply-To", addr("Tim Goris", "tim.goris@outlook.be")),
            ("Subject", "Webformulier: Inschrijving Erfgoedlente 2027 [#20431]"), ("Date", rfc_date(date)),
            ("Message-ID", f"<form.20431.{h('e08', 12)}@www.scheldegem.be>"), ("X-Mailer", "Drupal webform 6.2")]
    return M(date, build_message(hdrs, root), label("register", [R17A], ["tim.goris@outlook.be"], review=True,
                                                    note="Form for 3 people: two companions named without e-mail address, and a question about a pram. Only the form owner can be registered automatically."))


@message
def erf_reg_samsung_two_people():
    date = "2027-02-11 12:20"
    text = T("""
        Rondvaart 10/4 10u 2 pers.
        Mvg Patrick Smet
        """)
    data = send("e09", date, "samsung", addr("Patrick Smet", "patrick.smet@skynet.be"), ERF, "inschrijving", text)
    return M(date, data, label("register", [R10A], ["patrick.smet@skynet.be"], review=True,
                               note="'2 pers.': a second, unnamed person without an address. Household rule: every extra seat without an address needs a person."))


@message
def erf_reg_saturday_morning_first():
    date = "2027-02-11 18:20"
    text = T("""
        Goeienavond,

        Ik had graag een plaatsje gehad op de rondvaart op zaterdagvoormiddag 17 april, liefst de eerste afvaart.

        Groetjes,
        Mireille Dhaenens
        """)
    data = send("e10", date, "telenet", addr("Mireille Dhaenens", "mireille.dhaenens@telenet.be"), ERF,
                "Rondvaart zaterdagvoormiddag", text)
    return M(date, data, label("register", [R17A], ["mireille.dhaenens@telenet.be"],
                               note="Part of day plus 'de eerste afvaart': 17 April has two morning slots (10u00 and 11u30); the first is 10u00."))


@message
def erf_reg_household_four():
    date = "2027-02-12 20:45"
    text = T("""
        Dag erfgoeddienst,

        Wij komen met ons vieren (2 volwassenen en 2 kinderen van 7 en 10) naar de rondvaart van zaterdag 17 april om 11u30. De kinderen kijken er al naar uit!

        Groetjes,
        Els Verstraeten
        """)
    data = send("e11", date, "gmail", addr("Els Verstraeten", "els.verstraeten@gmail.com"), ERF,
                "Inschrijving rondvaart 17 april 11u30 - 4 personen", text)
    return M(date, data, label("register", [R17B], ["els.verstraeten@gmail.com"], review=True,
                               note="Household of four; three people without name or address. Sender registered, the extra seats need a person."))


@message
def erf_reg_elderly_walk_question():
    date = "2027-02-12 10:17"
    text = T("""
        Geachte mevrouw, mijnheer,

        In het Stadsblad las ik over de gegidste wandelingen door de oude stad. Ik ben een geboren en getogen Scheldegemnaar en ik zou graag deelnemen aan de wandeling van zondag 21 maart om 14 uur.

        Ik ben wel al 82 jaar en ik stap met een stok. Mag ik vragen hoe lang de wandeling is en of er onderweg eens gerust kan worden?

        Met de meeste hoogachting,

        Gustaaf Van Acker
        Begijnhofstraat 7
        2895 Scheldegem
        """)
    data = send("e12", date, "wlm", addr("Gustaaf Van Acker", "gustaaf.vanacker@skynet.be"), ERF,
                "Wandeling 21 maart", text)
    return M(date, data, label("register", [W21], ["gustaaf.vanacker@skynet.be"], review=True,
                               note="Elderly resident's letter: clear registration plus a question about length and rest stops. Windows Live Mail, windows-1252 quoted-printable."))


@message
def erf_reg_with_husband():
    date = "2027-02-13 10:05"
    text = T("""
        Goeiemorgen,

        Ik kom graag met mijn man naar de rondvaart van zaterdag 10 april om 11u30.

        Vriendelijke groet,
        Rita Goossens
        """)
    data = send("e13", date, "apple", addr("Rita Goossens", "rita.goossens@icloud.com"), ERF,
                "Havenrondvaart 10 april", text, html_alt=True)
    return M(date, data, label("register", [R10B], ["rita.goossens@icloud.com"], review=True,
                               note="'Ik kom met mijn man': the husband takes a seat but has no address (not even a name). Household rule: review. Apple Mail multipart/alternative."))


@message
def erf_reg_husband_in_cc():
    date = "2027-02-13 21:15"
    text = T("""
        Beste,

        Mijn man en ik zouden graag naar de lezing over de nieuwe Kaaibrug komen op 25 maart. Luc staat in cc, zijn adres is luc.verhaegen@skynet.be.

        Vriendelijke groeten,
        Ingrid Verhaegen
        """)
    data = send("e14", date, "owa", addr("Ingrid Verhaegen", "ingrid.verhaegen@hotmail.com"), ERF,
                "Inschrijving lezing 25 maart", text, cc=addr("Luc Verhaegen", "luc.verhaegen@skynet.be"))
    return M(date, data, label("register", [LZ], ["ingrid.verhaegen@hotmail.com", "luc.verhaegen@skynet.be"],
                               note="Husband comes along but this time with his address (in the text and in Cc), so both can be registered. Outlook.com, iso-8859-1."))


@message
def erf_reg_english_couple():
    date = "2027-02-14 11:26"
    text = T("""
        Hello,

        We'd like to join the harbour boat tour on Saturday 17 April at 10:00, myself and my husband Tom (tom.hargreaves@gmail.com). We moved to Scheldegem last year and would love to see the port from the water.

        Many thanks,
        Emma Hargreaves
        """)
    data = send("e15", date, "outlook", addr("Emma Hargreaves", "emma.hargreaves@outlook.com"), ERF,
                "Harbour boat tour 17 April", text, lang="en-GB")
    return M(date, data, label("register", [R17A], ["emma.hargreaves@outlook.com", "tom.hargreaves@gmail.com"],
                               note="English; 'harbour boat tour' = havenrondvaart, 10:00 on 17 April. Husband named with an address."))


@message
def erf_reg_table_family():
    date = "2027-02-15 19:30"
    rows = [["Naam", "E-mailadres"],
            ["Peter Wouters", "peter.wouters@telenet.be"],
            ["Griet Dhondt", "griet.dhondt@telenet.be"],
            ["Lotte Wouters", "lotte.wouters@gmail.com"]]
    text = T("""
        Dag,

        Hierbij onze inschrijving voor de gegidste wandeling van zondag 21 maart:

        [[TABLE]]

        Alvast bedankt!
        Peter Wouters
        """)
    data = send("e16", date, "outlook", addr("Peter Wouters", "peter.wouters@telenet.be"), ERF,
                "Wandeling 21/3 - familie Wouters", text, table=rows)
    return M(date, data, label("register", [W21], ["peter.wouters@telenet.be", "griet.dhondt@telenet.be", "lotte.wouters@gmail.com"],
                               note="Family of three in a Word HTML table, each with an address; the text/plain part has the tab-separated table."))


@message
def erf_reg_table_with_child():
    date = "2027-02-16 20:10"
    rows = [["Activiteit", "Datum", "Uur", "Naam", "E-mail"],
            ["Werfbezoek", "za 3 april", "10u", "Dirk Maes", "dirk.maes@proximus.be"],
            ["Werfbezoek", "za 3 april", "10u", "Jonas Maes (14 j.)", ""]]
    text = T("""
        Beste,

        Mijn zoon en ik willen graag de werf van de nieuwe brug bezoeken:

        [[TABLE]]

        Jonas heeft nog geen eigen e-mailadres.

        Groeten,
        Dirk Maes
        """)
    data = send("e17", date, "html", addr("Dirk Maes", "dirk.maes@proximus.be"), ERF,
                "Werfbezoek 3 april", text, table=rows)
    return M(date, data, label("register", [WF03], ["dirk.maes@proximus.be"], review=True,
                               note="HTML-only message with a table; second row (son, 14) has no e-mail address, so a person must add him."))


@message
def erf_reg_three_activities():
    date = "2027-02-17 09:12"
    text = T("""
        Goedemorgen,

        Graag schrijf ik mij in voor drie activiteiten van de Erfgoedlente:
        - de havenrondvaart van zaterdag 10 april om 10u00
        - de gegidste wandeling van zondag 21 maart
        - de avondlezing over de nieuwe Kaaibrug op 25 maart

        Met vriendelijke groeten,
        Geert Van Damme
        """)
    data = send("e18", date, "thunderbird", addr("Geert Van Damme", "geert.vandamme@scarlet.be"), ERF,
                "Inschrijving Erfgoedlente", text, lang="nl-BE")
    return M(date, data, label("register", [R10A, W21, LZ], ["geert.vandamme@scarlet.be"],
                               note="Three different activities in a list: exactly the maximum of three. Thunderbird format=flowed, 8bit."))


@message
def erf_reg_four_activities():
    date = "2027-02-18 13:20"
    text = T("""
        Hallo!

        Ik ben een echte fan van onze haven, dus ik wil overal bij zijn :-)
        Rondvaart: za 17/4 om 13u30
        Wandeling: zo 4/4
        Werfbezoek: za 3/4
        Lezing: do 25/3

        Groetjes,
        Nathalie Bracke
        """)
    data = send("e19", date, "gmail", addr("Nathalie Bracke", "nathalie.bracke@gmail.com"), ERF,
                "Inschrijving", text)
    return M(date, data, label("register", [R17C, W04, WF03, LZ], ["nathalie.bracke@gmail.com"], review=True,
                               note="Four activities, one more than the maximum of three per person. Sessions are what she asks for."))


@message
def erf_reg_english_french_speaker():
    date = "2027-02-18 15:02"
    text = T("""
        Hello,

        I am Françoise Dubois, I live in Scheldegem since 2 years. I would like to register for the walk in the old town on 21 march. Is the guide speaking only Dutch? I understand a little bit but not everything.

        Merci beaucoup and kind regards,
        Françoise Dubois
        """)
    data = send("e20", date, "outlook", addr("Françoise Dubois", "francoise.dubois@skynet.be", "iso-8859-1"), ERF,
                "Registration walk 21 march", text, lang="fr-BE", charset="iso-8859-1")
    return M(date, data, label("register", [W21], ["francoise.dubois@skynet.be"], review=True,
                               note="French-speaking resident writing English: registration plus a question about the guide's language. RFC 2047 ISO-8859-1 name."))


@message
def erf_reg_two_rondvaarten():
    date = "2027-02-19 16:40"
    text = T("""
        Dag,

        Ik wil graag twee keer mee met de havenrondvaart: op zaterdag 10 april om 10u en op zaterdag 17 april om 13u30. Ik heb veertig jaar in de haven gewerkt en wil het graag eens in beide richtingen zien.

        Vriendelijke groeten,
        Roland Verbist
        """)
    data = send("e21", date, "outlook", addr("Roland Verbist", "roland.verbist@telenet.be"), ERF,
                "2x rondvaart", text)
    return M(date, data, label("register", [R10A, R17C], ["roland.verbist@telenet.be"], review=True,
                               note="Two rondvaart slots for one person; the rule is one slot per activity."))


@message
def erf_reg_telenet_iso():
    date = "2027-02-19 20:55"
    text = T("""
        Beste,

        Graag één plaats voor de havenrondvaart van zaterdag 17 april om 11u30.

        Dank u wel en tot dan,
        Frieda Mertens
        """)
    data = send("e22", date, "telenet", addr("Frieda Mertens", "frieda.mertens@telenet.be", "iso-8859-1"), ERF,
                "Inschrijving rondvaart", text, charset="iso-8859-1")
    return M(date, data, label("register", [R17B], ["frieda.mertens@telenet.be"],
                               note="One seat, clear slot. Telenet webmail with iso-8859-1 quoted-printable ('één')."))


@message
def erf_reg_fallback_open():
    date = "2027-02-20 11:02"
    text = T("""
        Hallo, ik had graag de rondvaart van 11u30 op 10/4, of anders die van 15u30 als die vol is.
        Tine

        Verstuurd vanaf mijn iPhone
        """)
    data = send("e23", date, "iphone", addr("Tine Mertens", "tine.mertens@icloud.com"), ERF, "Rondvaart 10/4", text)
    return M(date, data, label("register", [R10B], ["tine.mertens@icloud.com"],
                               note="Fallback: first choice 11u30 on 10 April is open, so only that one. The fallback must not be registered too."))


@message
def erf_reg_walk_0307_before():
    date = "2027-02-20 14:33"
    text = T("""
        Dag,

        Is er nog plaats op de wandeling van zondag 7 maart? Dan schrijf ik me daarvoor in.

        Groeten,
        Koen Bauwens
        """)
    data = send("e24", date, "gmail", addr("Koen Bauwens", "koen.bauwens@gmail.com"), ERF,
                "Wandeling 7 maart", text, cte="quoted-printable")
    return M(date, data, label("register", [W07], ["koen.bauwens@gmail.com"],
                               note="Sent 20 February, before the 7 March walk took place; 'is er nog plaats? dan schrijf ik me in' is a registration."))


@message
def erf_reg_again_no_confirmation():
    date = "2027-02-20 18:10"
    text = T("""
        Dag,

        Ik had me vorige week al ingeschreven maar ik heb nog geen bevestiging gekregen. Voor de zekerheid nog eens: rondvaart zaterdag 10/4 om 10u, 1 persoon.

        Michiel Jacobs
        """)
    data = send("e25", date, "gmail", addr("Michiel Jacobs", "michiel.jacobs@gmail.com"), ERF,
                "Re: inschrijving rondvaart", text)
    return M(date, data, label("register", [R10A], ["michiel.jacobs@gmail.com"], review=True, kind_alt=["question"],
                               note="Repeats an earlier registration because no confirmation arrived: the registration itself is clear, but someone should check why the confirmation did not arrive."))


@message
def erf_reg_gmail_terse():
    date = "2027-02-09 22:30"
    text = T("""
        zaterdag 10/04 - 10u00 - rondvaart - 1 persoon
        Michiel Jacobs
        """)
    data = send("e26", date, "gmail", addr("Michiel Jacobs", "michiel.jacobs@gmail.com"), ERF,
                "inschrijving rondvaart", text)
    return M(date, data, label("register", [R10A], ["michiel.jacobs@gmail.com"],
                               note="Terse one-liner; Gmail base64 parts."))


@message
def erf_reg_exclusion_date():
    date = "2027-02-21 10:30"
    text = T("""
        Hallo,

        Op 10 april kan ik niet (communiefeest van mijn petekind), dus graag de rondvaart van 17 april om 11u30.

        Groetjes,
        Hanne De Cock
        """)
    data = send("e27", date, "telenet", addr("Hanne De Cock", "hanne.decock@telenet.be"), ERF, "Rondvaart", text)
    return M(date, data, label("register", [R17B], ["hanne.decock@telenet.be"],
                               note="Exclusion: 10 April ruled out, 17 April 11u30 chosen; '11u30' alone would be ambiguous."))


@message
def erf_reg_walk_selfcorrect():
    date = "2027-02-22 08:47"
    text = T("""
        Goeiemorgen,

        Graag 1 plaats voor de wandeling van 21 maart - sorry, ik bedoel 4 april, op 21 maart ben ik in Gent.

        Groet,
        Wannes Derycke
        """)
    data = send("e28", date, "gmail", addr("Wannes Derycke", "wannes.derycke@gmail.com"), ERF, "Wandeling", text)
    return M(date, data, label("register", [W04], ["wannes.derycke@gmail.com"],
                               note="Self-correction inside one sentence: 21 March replaced by 4 April."))


@message
def erf_reg_lecture_description():
    date = "2027-02-23 07:55"
    text = T("""
        Goeiemorgen,

        Ik zou graag naar die avond gaan waar ze uitleggen hoe de nieuwe brug over het dok gebouwd wordt. Kan ik mij daarvoor inschrijven?

        Groetjes,
        Ilse Van Gucht

        Verzonden vanaf mijn iPad
        """)
    data = send("e29", date, "ipad", addr("Ilse Van Gucht", "ilse.vangucht@telenet.be"), ERF, "Nieuwe brug", text)
    return M(date, data, label("register", [LZ], ["ilse.vangucht@telenet.be"],
                               note="Session named only by description ('de avond waar ze uitleggen hoe de nieuwe brug gebouwd wordt') = the lecture; not the site visit, which is in the morning. 'Kan ik mij inschrijven?' is a polite request."))


@message
def erf_reg_apple_flowed_son():
    date = "2027-02-23 21:40"
    text = T("""
        Dag,

        Mijn zoon Robbe (16 jaar, robbe.lambrecht@gmail.com) en ik willen heel graag de werf van de nieuwe brug bezoeken op zaterdag 3 april. Stevige schoenen hebben we.

        Vriendelijke groeten,
        Kristof Lambrecht
        """)
    data = send("e30", date, "apple", addr("Kristof Lambrecht", "kristof.lambrecht@icloud.com"), ERF,
                "Werfbezoek 3 april", text, flowed_=True)
    return M(date, data, label("register", [WF03], ["kristof.lambrecht@icloud.com", "robbe.lambrecht@gmail.com"],
                               note="Father and son (16, above the minimum age of 12), both with an address. Apple Mail text/plain format=flowed."))


@message
def erf_reg_werf_date_cp1252():
    date = "2027-02-24 09:05"
    text = T("""
        Goedemorgen,

        Ik schrijf me in voor het bezoek aan de werf van de nieuwe brug op zaterdag 3 april. Ik ben ingenieur op rust en volg de werken al maanden vanop de kaai – ik kijk ernaar uit!

        Met vriendelijke groeten,
        Marc Desmedt
        """)
    data = send("e31", date, "outlook", addr("Marc Desmedt", "marc.desmedt@telenet.be"), ERF,
                "Werfbezoek Kaaibrug 3 april", text, charset="windows-1252")
    return M(date, data, label("register", [WF03], ["marc.desmedt@telenet.be"],
                               note="Site visit by date; windows-1252 quoted-printable with an en dash."))


@message
def erf_reg_saturday_afternoon_any():
    date = "2027-02-24 14:10"
    text = T("""
        Dag,

        Ik zou graag mee op de havenrondvaart op zaterdagnamiddag 10 april. Het uur maakt mij niet uit.

        Groeten,
        Bert Stevens
        """)
    data = send("e32", date, "outlook", addr("Bert Stevens", "bert.stevens@outlook.be"), ERF,
                "Havenrondvaart zaterdagnamiddag", text)
    return M(date, data, label("register", [R10D], ["bert.stevens@outlook.be"], review="any",
                               note="Saturday afternoon 10 April has 14u00 (full) and 15u30 (open); any hour is fine for him, so 15u30. Acting on that or letting a person pick are both acceptable."))


@message
def erf_reg_workshop_child():
    date = "2027-02-25 20:20"
    text = T("""
        Hallo,

        Ik wil mijn dochter Fien (8 jaar) inschrijven voor de kinderworkshop 'Bouw je eigen brug' op woensdag 14 april.

        Groetjes,
        Sofie Van Damme
        """)
    data = send("e33", date, "gmail", addr("Sofie Van Damme", "sofie.vandamme@gmail.com"), ERF,
                "Inschrijving kinderworkshop", text)
    return M(date, data, label("register", [K14], [], review=True, participants_alt=[["sofie.vandamme@gmail.com"]],
                               note="Parent registers a child (name and age, as the workshop asks); the child has no address and the parent does not take part. Participants could also be read as the parent's address the registration is kept under."))


@message
def erf_reg_werf_young_daughter():
    date = "2027-02-26 18:25"
    text = T("""
        Dag,

        Mijn dochter van 10 is helemaal gebeten door bruggen en kranen. Mogen wij samen mee op het werfbezoek van zaterdag 3 april?

        Groetjes,
        Stijn Willems
        """)
    data = send("e34", date, "telenet", addr("Stijn Willems", "stijn.willems@telenet.be", "iso-8859-1"), ERF,
                "werfbezoek", text, charset="iso-8859-1")
    return M(date, data, label("register", [WF03], ["stijn.willems@telenet.be"], review=True,
                               note="Father plus a 10-year-old daughter: the site visit is from 12 years and the daughter has no address. Phrased as 'mogen wij mee?'."))


@message
def erf_reg_nonexistent_tour():
    date = "2027-02-26 22:12"
    text = T("""
        Dag,

        Wij zouden graag mee op de avondrondvaart met de verlichte kranen. Op welke datum is die?

        Groetjes,
        Jolien Baert

        Verzonden vanaf mijn iPad
        """)
    data = send("e35", date, "ipad", addr("Jolien Baert", "jolien.baert@telenet.be"), ERF, "avondrondvaart", text)
    return M(date, data, label("register", [], ["jolien.baert@telenet.be"], review=True,
                               note="Asks for an evening cruise that does not exist (all rondvaarten are daytime), for an unspecified 'wij'."))


@message
def erf_reg_neighbours_self():
    date = "2027-02-27 09:50"
    text = T("""
        Dag,

        Graag schrijf ik mij in voor de rondvaart van zaterdag 17 april om 13u30. Mijn buren, de familie Boel, gaan ook mee, maar zij schrijven zich zelf in.

        Met vriendelijke groeten,
        Martine Lievens
        """)
    data = send("e36", date, "telenet", addr("Martine Lievens", "martine.lievens@telenet.be"), ERF,
                "Rondvaart 17 april 13u30", text)
    return M(date, data, label("register", [R17C], ["martine.lievens@telenet.be"],
                               note="Neighbours are mentioned but register themselves: only the sender."))


@message
def erf_reg_nonexistent_time():
    date = "2027-02-27 15:05"
    text = T("""
        Hoi,

        Voor mij een plaatsje op de rondvaart van 17 april om 13u aub.

        Thx!
        Yannick Ghijs
        """)
    data = send("e37", date, "gmail", addr("Yannick Ghijs", "yannick.ghijs@gmail.com"), ERF, "rondvaart", text)
    return M(date, data, label("register", [], ["yannick.ghijs@gmail.com"], review=True, sessions_alt=[[R17C]],
                               note="There is no 13u00 slot; 13u30 on 17 April is the likely one, but the sender should confirm."))


@message
def erf_reg_question_helmet():
    date = "2027-02-28 10:40"
    text = T("""
        Dag,

        Ik schrijf me in voor het werfbezoek op zaterdag 3 april. Moet ik zelf een helm meebrengen, of wordt die voorzien? En mag ik foto's nemen op de werf?

        Groetjes,
        Ward Vandenbroucke
        """)
    data = send("e38", date, "gmail", addr("Ward Vandenbroucke", "ward.vandenbroucke@gmail.com"), ERF,
                "Werfbezoek 3/4", text, cte="quoted-printable")
    return M(date, data, label("register", [WF03], ["ward.vandenbroucke@gmail.com"], review=True,
                               note="Registration plus two questions (helmet, photos) that need an answer."))


@message
def erf_reg_weekday_mismatch():
    date = "2027-02-28 17:20"
    text = T("""
        Beste,

        Hierbij mijn inschrijving voor de havenrondvaart op zaterdag 11 april om 10u.

        Vriendelijke groet,
        Luc Vercammen
        """)
    data = send("e39", date, "outlook", addr("Luc Vercammen", "luc.vercammen@telenet.be"), ERF,
                "Havenrondvaart", text)
    return M(date, data, label("register", [R10A], ["luc.vercammen@telenet.be"], review=True, sessions_alt=[[]],
                               note="'zaterdag 11 april' does not exist: Saturday is 10 April, 11 April is a Sunday. Probably 10 April 10u, but a person should check."))


@message
def erf_reg_on_behalf_with_address():
    date = "2027-03-01 08:30"
    text = T("""
        Goedemorgen,

        Mijn vader, Jozef Martens, zou graag naar de lezing over de nieuwe Kaaibrug komen op donderdag 25 maart. Hij heeft een eigen e-mailadres: jozef.martens@skynet.be. Ik kom zelf niet mee.

        Alvast bedankt,
        Sarah Martens
        """)
    data = send("e40", date, "outlook", addr("Sarah Martens", "sarah.martens@outlook.com"), ERF,
                "Inschrijving lezing voor mijn vader", text)
    return M(date, data, label("register", [LZ], ["jozef.martens@skynet.be"],
                               note="Daughter registers her father with his own address; she explicitly does not come, so she is not a participant."))


@message
def erf_reg_fallback_first_full():
    date = "2027-03-01 19:55"
    text = T("""
        Dag,

        Graag een plaats op de rondvaart van zaterdag 10 april om 14u, en als die volzet is dan maar om 15u30.

        Mvg,
        Dries Wuyts
        """)
    data = send("e41", date, "gmail", addr("Dries Wuyts", "dries.wuyts@gmail.com"), ERF, "rondvaart 10 april", text)
    return M(date, data, label("register", [R10D], ["dries.wuyts@gmail.com"],
                               note="Fallback with a full first choice: 14u00 is full in the catalogue, so the authorised fallback 15u30 is the registration."))


@message
def erf_forward_from_neighbour():
    date = "2027-03-01 21:18"
    inner = T("""
        Hoi Lieve,

        Ik heb me ingeschreven voor de wandeling van zondag 21 maart. Ga je mee? Dan kunnen we nadien een koffie drinken op de Grote Markt.

        Groetjes,
        Magda
        """) + "\n" + "-" * 10 + " Doorgestuurd bericht " + "-" * 10 + "\n" + \
        f"Van: {ERF_NAME} <{ERF}>\nOnderwerp: {ERF_ANN_SUBJECT}\n\n" + erf_announcement()
    q = Q("Magda Deprez", "magda.deprez@telenet.be", "2027-03-01 20:02", "Fwd: " + ERF_ANN_SUBJECT, inner,
          to="Lieve Hendrickx <lieve.hendrickx@gmail.com>", forward=True)
    text = T("""
        Dag,

        Mijn buurvrouw stuurde me dit door. Ik ga graag met haar mee op de wandeling van 21 maart. Zij is al ingeschreven.

        Lieve Hendrickx
        """)
    data = send("e42", date, "gmail", addr("Lieve Hendrickx", "lieve.hendrickx@gmail.com"), ERF,
                "Fwd: Fwd: " + ERF_ANN_SUBJECT, text, quote=q)
    return M(date, data, label("register", [W21], ["lieve.hendrickx@gmail.com"],
                               note="Forward of a neighbour's forward of the announcement (every slot listed). Neighbour's address occurs but she is already registered; only the sender."))


@message
def erf_reg_subject_only():
    date = "2027-03-02 12:15"
    text = T("""


        Hugo Claus
        Vleeshouwersstraat 4
        2895 Scheldegem
        0475 88 21 09
        """)
    data = send("e43", date, "outlook", addr("Hugo Claus", "hugo.claus@telenet.be"), ERF,
                "Inschrijving lezing nieuwe Kaaibrug 25/3", "\n" + text)
    return M(date, data, label("register", [LZ], ["hugo.claus@telenet.be"],
                               note="Everything is in the subject; the body is only a signature."))


@message
def erf_reg_workshop_full_two_kids():
    date = "2027-03-04 13:30"
    text = T("""
        Beste,

        Graag schrijf ik mijn zonen Wout (7) en Mathis (9) in voor de workshop 'Bouw je eigen brug' van woensdag 31 maart.

        Met vriendelijke groeten,
        Evelien Pauwels
        """)
    data = send("e44", date, "outlook", addr("Evelien Pauwels", "evelien.pauwels@scheldegem-school.be"), ERF,
                "Workshop 31 maart", text)
    return M(date, data, label("register", [K31], [], review=True, participants_alt=[["evelien.pauwels@scheldegem-school.be"]],
                               note="Two children without addresses for the 31 March workshop, which is full."))


@message
def erf_reg_different_slots_two_people():
    date = "2027-03-02 19:12"
    text = T("""
        Dag,

        Ik schrijf mij in voor de rondvaart van zaterdag 10 april om 10u. Mijn zus Veerle Bogaert (veerle.bogaert@telenet.be) kan die dag niet en gaat mee op zaterdag 17 april om 11u30.

        Groeten,
        Kaat Bogaert
        """)
    data = send("e45", date, "outlook", addr("Kaat Bogaert", "kaat.bogaert@gmail.com"), ERF,
                "Inschrijving rondvaart (2 personen, 2 data)", text)
    return M(date, data, label("register", [R10A, R17B], ["kaat.bogaert@gmail.com", "veerle.bogaert@telenet.be"], review=True,
                               note="Two people on two different slots. The label's sets cannot say who goes when; registering both for both would be wrong, so a person must do it."))


@message
def erf_reg_on_behalf_no_address():
    date = "2027-03-02 20:40"
    text = T("""
        Beste,

        Mijn vader, Frans Aerts (82), zou heel graag mee willen met de wandeling van zondag 4 april. Hij heeft zelf geen e-mail; u mag de bevestiging naar mij sturen. Mijn broer brengt hem naar de Grote Markt en haalt hem nadien weer op.

        Vriendelijke groeten,
        Katrien Aerts
        """)
    data = send("e46", date, "gmail", addr("Katrien Aerts", "katrien.aerts@gmail.com"), ERF,
                "Wandeling 4 april voor mijn vader", text)
    return M(date, data, label("register", [W04], [], review=True, participants_alt=[["katrien.aerts@gmail.com"]],
                               note="Daughter registers her father, who has no address; she does not come herself and the brother only drives. A person must register him under her address."))


@message
def erf_reg_colloquial_two():
    date = "2027-03-03 07:38"
    text = T("""
        Morgen! Voor mij graag de boottocht van 17/4 om 10u en de brugwerf op 3/4.
        Groetjes Jens

        Verstuurd vanaf mijn iPhone
        """)
    data = send("e47", date, "iphone", addr("Jens Moens", "jens.moens@hotmail.com"), ERF, "inschrijving", text)
    return M(date, data, label("register", [R17A, WF03], ["jens.moens@hotmail.com"],
                               note="Colloquial names: 'boottocht' = rondvaart, 'brugwerf' = site visit of the new bridge. Two different activities."))


@message
def erf_reg_future_intent_husband():
    date = "2027-03-03 14:22"
    text = T("""
        Dag,

        Schrijf mij al in voor de lezing van 25 maart. Ik laat nog weten of mijn man meekomt, dat hangt af van zijn werk.

        Groetjes,
        Nadine Coppens
        """)
    data = send("e48", date, "telenet", addr("Nadine Coppens", "nadine.coppens@telenet.be"), ERF, "lezing 25/3", text)
    return M(date, data, label("register", [LZ], ["nadine.coppens@telenet.be"],
                               note="Future intent about the husband: he is not registered by this mail, so nothing is pending; only the sender now."))


@message
def erf_reg_scouts_group():
    date = "2027-03-03 18:30"
    text = T("""
        Dag,

        Ik ben leiding bij de Welpen van Scouts Sint-Jozef Scheldegem. Kunnen we met onze groep (14 kinderen van 8 tot 11 jaar en 2 leiders) mee op de rondvaart van zaterdag 17 april om 10u?

        Stevige linker!
        Arno Verschueren (Akela)
        """)
    data = send("e49", date, "outlook", addr("Arno Verschueren", "akela@scoutssintjozef.be"), ERF,
                "Groepsinschrijving rondvaart 17/4", text)
    return M(date, data, label("register", [R17A], ["akela@scoutssintjozef.be"], review=True, kind_alt=["question"],
                               note="Group of 16 for a 24-seat boat, phrased as a question; 15 people without addresses."))


@message
def erf_reg_lecture_friend():
    date = "2027-03-04 11:50"
    text = T("""
        Dag,

        Mijn vriendin Hilde De Clercq (hilde.declercq@hotmail.com) en ik komen graag naar de avondlezing over de Kaaibrug.

        Groetjes,
        Veronique Maes
        """)
    data = send("e50", date, "gmail", addr("Veronique Maes", "veronique.maes@gmail.com"), ERF, "Avondlezing", text)
    return M(date, data, label("register", [LZ], ["veronique.maes@gmail.com", "hilde.declercq@hotmail.com"],
                               note="Friend named with an address: two participants."))


@message
def erf_reg_cancelled_slot():
    date = "2027-03-05 10:15"
    text = T("""
        Goedemorgen,

        Graag een inschrijving voor de rondvaart van zaterdag 17 april om 15u.

        Met vriendelijke groet,
        Annemie Lauwers
        """)
    data = send("e51", date, "outlook", addr("Annemie Lauwers", "annemie.lauwers@telenet.be"), ERF,
                "Rondvaart 17 april 15u", text)
    return M(date, data, label("register", [R17D], ["annemie.lauwers@telenet.be"], review=True,
                               note="Asks for the 17 April 15u00 rondvaart, which is cancelled (status)."))


@message
def erf_reg_self_and_neighbour_noemail():
    date = "2027-03-05 16:45"
    text = T("""
        Geachte,

        Ik wil mij graag inschrijven voor de wandeling van zondag 21 maart. Mijn buurvrouw, mevrouw Janssens, wil ook graag mee, maar zij heeft geen computer. Kan ik haar ook inschrijven?

        Met beleefde groeten,
        Paula Verheyen
        Kapelstraat 19
        2895 Scheldegem
        """)
    data = send("e52", date, "wlm", addr("Paula Verheyen", "paula.verheyen@skynet.be"), ERF,
                "inschrijving wandeling", text, charset="iso-8859-1")
    return M(date, data, label("register", [W21], ["paula.verheyen@skynet.be"], review=True,
                               note="Neighbour without e-mail to be registered too: sender yes, neighbour needs a person. Windows Live Mail iso-8859-1."))


@message
def erf_reg_workshop_either():
    date = "2027-03-06 09:10"
    text = T("""
        Hallo,
        Workshop bouw je eigen brug voor onze Nora (6 jaar). 31/3 of 14/4, maakt ons niet uit.
        Dank je!
        Lies
        """)
    data = send("e53", date, "samsung", addr("Lies Baeten", "lies.baeten@gmail.com"), ERF, "Workshop", text)
    return M(date, data, label("register", [K14], [], review=True, participants_alt=[["lies.baeten@gmail.com"]],
                               note="Either workshop date is fine; 31 March is full, so 14 April. The child has no address: review."))


@message
def erf_reg_pdf_form():
    date = "2027-03-06 11:30"
    text = T("""
        Goeiedag,

        Zie bijlage.

        Roger Verbeke
        """)
    pdf = make_pdf(["Inschrijvingsformulier Erfgoedlente 2027",
                    "Naam: Roger Verbeke",
                    "E-mail: roger.verbeke@skynet.be",
                    "Activiteit: Havenrondvaart",
                    "Datum en uur: zaterdag 10 april, 10u00",
                    "Aantal personen: 1"])
    att = attachment(pdf, "application/pdf", "inschrijving_erfgoedlente.pdf")
    data = send("e54", date, "outlook", addr("Roger Verbeke", "roger.verbeke@skynet.be"), ERF,
                "Inschrijving", text, attachments=[att])
    return M(date, data, label("register", [R10A], ["roger.verbeke@skynet.be"], review=True, sessions_alt=[[]],
                               note="The choice is only inside an attached PDF form ('Zie bijlage'); the mail text names no session. A person has to open the attachment."))


@message
def erf_reg_elderly_with_wife():
    date = "2027-02-15 14:02"
    text = T("""
        Geachte Dienst Erfgoed,

        Met veel belangstelling lazen mijn echtgenote en ik over de avondlezing "Een nieuwe brug over het Kaaidok" op donderdag 25 maart.

        Wij zouden deze lezing graag bijwonen en verzoeken u vriendelijk ons beiden in te schrijven.

        Met oprechte dank en hoogachtend,

        Albert Dewaele
        Leopoldlaan 112
        2895 Scheldegem
        """)
    data = send("e55", date, "wlm", addr("Albert Dewaele", "albert.dewaele@skynet.be"), ERF,
                "Avondlezing 25 maart", text, charset="iso-8859-1")
    return M(date, data, label("register", [LZ], ["albert.dewaele@skynet.be"], review=True,
                               note="Formal letter: 'mijn echtgenote en ik ... ons beiden'. Wife without name or address: review."))


@message
def erf_reply_announcement_couple():
    date = "2027-02-08 13:10"
    q = Q(ERF_NAME, ERF, ERF_ANN_DATE, ERF_ANN_SUBJECT, erf_announcement(), to="Jan De Wolf <jan.dewolf@telenet.be>")
    text = T("""
        Ja graag! De boot van 13u30 op 17/4 voor mij en mijn vrouw Mieke (mieke.dewolf@telenet.be).

        Jan De Wolf
        """)
    data = send("e56", date, "outlook", addr("Jan De Wolf", "jan.dewolf@telenet.be"), addr(ERF_NAME, ERF),
                "RE: " + ERF_ANN_SUBJECT, text, quote=q, reply=ERF_ANN_MID)
    return M(date, data, label("register", [R17C], ["jan.dewolf@telenet.be", "mieke.dewolf@telenet.be"],
                               note="Reply above the quoted announcement, which lists every slot of every activity. Wife named with an address."))


@message
def erf_reply_announcement_two_places():
    date = "2027-02-08 15:40"
    q = Q(ERF_NAME, ERF, ERF_ANN_DATE, ERF_ANN_SUBJECT, erf_announcement(), to="bieke.devos@gmail.com")
    text = T("""
        Graag 2 plaatsen voor de rondvaart!
        Bieke De Vos
        """)
    data = send("e57", date, "gmail", addr("Bieke De Vos", "bieke.devos@gmail.com"), addr(ERF_NAME, ERF),
                "Re: " + ERF_ANN_SUBJECT, text, quote=q, reply=ERF_ANN_MID)
    return M(date, data, label("register", [], ["bieke.devos@gmail.com"], review=True,
                               note="No slot chosen (eight rondvaarten in the quoted announcement) and a second, unnamed seat."))


@message
def erf_reply_confirm_add_daughter():
    date = "2027-02-15 09:12"
    q = erf_confirm(R17A, "Marleen Claeys", "marleen.claeys@telenet.be", "2027-02-10 17:55")
    text = T("""
        Dag,

        Mag mijn dochter Noor ook mee op dezelfde boot? Haar e-mailadres is noor.claeys@gmail.com.

        Marleen
        """)
    data = send("e58", date, "telenet", addr("Marleen Claeys", "marleen.claeys@telenet.be"), addr(ERF_NAME, ERF),
                "Re: " + erf_confirm_subject(R17A), text, quote=q, reply=svc_mid("conf-claeys", "scheldegem.be"))
    return M(date, data, label("register", [R17A], ["noor.claeys@gmail.com"],
                               note="Reply to her own confirmation: the slot comes only from the quoted confirmation ('dezelfde boot'). Only the daughter is new; the sender is already registered."))


@message
def erf_reg_walk_elimination():
    date = "2027-03-11 20:00"
    text = T("""
        Beste,

        Ik zou graag mee willen op een van de gegidste wandelingen door de oude stad, maar op 21 maart en 4 april ben ik er niet.

        Vriendelijke groeten,
        Carine Smolders
        """)
    data = send("e59", date, "outlook", addr("Carine Smolders", "carine.smolders@telenet.be"), ERF,
                "Gegidste wandeling", text)
    return M(date, data, label("register", [W18], ["carine.smolders@telenet.be"], review="any",
                               note="Only exclusions: on 11 March the walk of 7 March is past, and she rules out 21 March and 4 April, which leaves 18 April. Acting on the elimination or asking are both acceptable."))


@message
def erf_reg_werf_closed():
    date = "2027-03-12 13:14"
    text = T("""
        Dag,

        Is er nog plaats voor het werfbezoek van zaterdag 20 maart? Ik schrijf me graag in.

        Groeten,
        Thomas Cools
        """)
    data = send("e60", date, "gmail", addr("Thomas Cools", "thomas.cools@gmail.com"), ERF, "werfbezoek 20/3", text)
    return M(date, data, label("register", [WF20], ["thomas.cools@gmail.com"], review=True,
                               note="The 20 March site visit is closed (status): list already given to the contractor."))


@message
def erf_reg_past_walk():
    date = "2027-03-12 09:40"
    text = T("""
        Geachte,

        Mijn kleinzoon toonde mij op de computer dat er een wandeling door de oude stad is op zondag 7 maart. Kan ik daar nog aan deelnemen?

        Met vriendelijke groeten,
        Jeanne Peeters
        """)
    data = send("e61", date, "wlm", addr("Jeanne Peeters", "jeanne.peeters@skynet.be"), ERF, "wandeling", text)
    return M(date, data, label("register", [W07], ["jeanne.peeters@skynet.be"], review=True,
                               note="Sent 12 March for the walk of 7 March, which has already taken place."))


@message
def erf_reg_elderly_alone():
    date = "2027-03-08 10:25"
    text = T("""
        Geachte mevrouw, mijnheer,

        Hierbij schrijf ik mij in voor de gegidste wandeling van zondag 4 april om 14 uur.

        Ik kom alleen; mijn vrouw is helaas slecht te been en blijft thuis.

        Met vriendelijke groeten,
        Willy Schepens
        """)
    data = send("e62", date, "outlook", addr("Willy Schepens", "willy.schepens@telenet.be"), ERF,
                "Inschrijving wandeling 4 april", text, charset="windows-1252")
    return M(date, data, label("register", [W04], ["willy.schepens@telenet.be"],
                               note="Wife is mentioned but explicitly does not come: only the sender, no review."))


@message
def erf_reg_for_husband_only():
    date = "2027-03-08 21:30"
    text = T("""
        Hallo,

        Mijn man Dirk Pauwels (dirk.pauwels@telenet.be) wil graag naar de lezing over de nieuwe brug op 25 maart. Ik ga zelf niet mee, ik heb die avond koor.

        Groetjes,
        Anja
        """)
    data = send("e63", date, "gmail", addr("Anja Pauwels", "anja.pauwels@gmail.com"), ERF, "lezing", text)
    return M(date, data, label("register", [LZ], ["dirk.pauwels@telenet.be"],
                               note="On-behalf registration of the husband with his address; the sender is not a participant."))


@message
def erf_reg_lecture_three():
    date = "2027-03-09 18:05"
    text = T("""
        Dag,

        We komen met drie naar de lezing van donderdag 25 maart.

        Mvg
        Bram Luyten
        """)
    data = send("e64", date, "outlook", addr("Bram Luyten", "bram.luyten@outlook.be"), ERF, "Lezing 25/3", text)
    return M(date, data, label("register", [LZ], ["bram.luyten@outlook.be"], review=True,
                               note="'We komen met drie': two unnamed people without addresses."))


@message
def erf_reg_lecture_rfc2047():
    date = "2027-03-10 12:48"
    text = T("""
        Beste,

        Graag schrijf ik me in voor de lezing 'Een nieuwe brug over het Kaaidok' op donderdag 25 maart.

        Vriendelijke groeten,
        Anaïs Deconinck
        """)
    data = send("e65", date, "telenet", addr("Anaïs Deconinck", "anais.deconinck@telenet.be", "iso-8859-1", "B"), ERF,
                "Inschrijving lezing 25/3 – Kaaibrug", text, charset="iso-8859-1", subj_charset="utf-8", subj_mode="B")
    return M(date, data, label("register", [LZ], ["anais.deconinck@telenet.be"],
                               note="Lecture by its title; B-encoded ISO-8859-1 name, B-encoded UTF-8 subject (en dash), iso-8859-1 body."))


@message
def erf_reg_iphone_walk_0418():
    date = "2027-03-14 10:02"
    text = T("""
        Wandeling 18/4 aub
        Greet

        Verstuurd vanaf mijn iPhone
        """)
    data = send("e66", date, "iphone", addr("Greet Vandeputte", "greet.vandeputte@icloud.com"), ERF, "Wandeling", text)
    return M(date, data, label("register", [W18], ["greet.vandeputte@icloud.com"],
                               note="Four words: walk by date only."))


@message
def erf_reg_conditional_weather():
    date = "2027-03-22 19:10"
    text = T("""
        Dag,

        Als het weer meezit kom ik naar de wandeling van zondag 4 april. Mag ik me al inschrijven? Als het giet, laat ik het wel weten.

        Groetjes,
        Lieselot Dierickx
        """)
    data = send("e67", date, "apple", addr("Lieselot Dierickx", "lieselot.dierickx@me.com"), ERF, "wandeling 4 april",
                text, html_alt=True, lang="nl-BE")
    return M(date, data, label("register", [W04], ["lieselot.dierickx@me.com"], review="any",
                               note="Conditional on the weather, but she asks to be registered now and promises to cancel; registering or having a person look are both fine."))


@message
def erf_reg_late_single():
    date = "2027-04-08 09:15"
    text = T("""
        Dag,

        Ik zie nu pas dat de inschrijvingen gisteren afgelopen zijn. Is er toch nog plaats voor mij op de wandeling van zondag 18 april?

        Groetjes,
        Elke Govaerts
        """)
    data = send("e68", date, "gmail", addr("Elke Govaerts", "elke.govaerts@gmail.com"), ERF, "Wandeling 18 april", text)
    return M(date, data, label("register", [W18], ["elke.govaerts@gmail.com"], review=True,
                               note="Sent 8 April, after the deadline (7 April 23:59); she knows it is late."))


@message
def erf_reg_late_household():
    date = "2027-04-09 18:30"
    text = T("""
        Hallo, kunnen we morgen nog mee op de boot van 11u30? Met 2 volwassenen.
        Groetjes Sam

        Verstuurd vanaf mijn iPhone
        """)
    data = send("e69", date, "iphone", addr("Sam Vervoort", "sam.vervoort@gmail.com"), ERF, "Rondvaart morgen", text)
    return M(date, data, label("register", [R10B], ["sam.vervoort@gmail.com"], review=True,
                               note="'morgen' from a mail dated Friday 9 April = 10 April, so 11u30 is determined; but it is after the deadline and there is an unnamed second adult."))


@message
def erf_reg_late_deadline_day():
    date = "2027-04-07 22:48"
    text = T("""
        Dag,

        Net op tijd hoop ik: graag 1 plaats voor de rondvaart van zaterdag 17 april om 13u30.

        Groeten,
        Bavo Claessens
        """)
    data = send("e70", date, "gmail", addr("Bavo Claessens", "bavo.claessens@gmail.com"), ERF, "Rondvaart 17/4 13u30", text)
    return M(date, data, label("register", [R17C], ["bavo.claessens@gmail.com"],
                               note="Sent 7 April 22:48, on the last day before the deadline (23:59): still in time."))


# ===================== Erfgoedlente: cancellations =====================

@message
def erf_cancel_r10d():
    date = "2027-03-20 11:40"
    text = T("""
        Dag,

        Ik moet me helaas afmelden voor de rondvaart van zaterdag 10 april om 15u30. Er is een familiefeest tussengekomen.

        Mvg,
        Kevin Peeters
        """)
    data = send("c01", date, "gmail", addr("Kevin Peeters", "kevinpeeters84@gmail.com"), ERF, "Afmelding rondvaart", text,
                cte="quoted-printable")
    return M(date, data, label("cancel", [R10D], ["kevinpeeters84@gmail.com"],
                               note="Explicit cancellation with date and hour."))


@message
def erf_cancel_household_reply_confirm():
    date = "2027-04-02 08:05"
    q = erf_confirm(R17B, "Els Verstraeten", "els.verstraeten@gmail.com", "2027-02-13 09:20")
    text = T("""
        Dag,

        Helaas kunnen we niet komen, we moeten die zaterdag naar een begrafenis in Limburg. Geef onze plaatsen maar aan iemand anders.

        Els
        """)
    data = send("c02", date, "gmail", addr("Els Verstraeten", "els.verstraeten@gmail.com"), addr(ERF_NAME, ERF),
                "Re: " + erf_confirm_subject(R17B), text, quote=q, reply=svc_mid("conf-verstraeten", "scheldegem.be"))
    return M(date, data, label("cancel", [R17B], ["els.verstraeten@gmail.com"], review="any",
                               note="Reply to the confirmation: 'we' cancel the whole household (four seats, three of them without addresses, entered by hand). Cancelling the sender is right; whether the extra seats follow automatically depends on how they were recorded, so a person looking is fine too. The slot is only in the quote/subject."))


@message
def erf_cancel_for_father():
    date = "2027-03-22 17:35"
    text = T("""
        Dag,

        Mijn vader Jozef Martens (jozef.martens@skynet.be) kan helaas niet naar de lezing van donderdag; hij is gevallen en moet rusten. Mag u hem uitschrijven?

        Alvast bedankt,
        Sarah Martens
        """)
    data = send("c03", date, "outlook", addr("Sarah Martens", "sarah.martens@outlook.com"), ERF,
                "Afmelding lezing Jozef Martens", text)
    return M(date, data, label("cancel", [LZ], ["jozef.martens@skynet.be"],
                               note="Cancels for her father (she registered him); 'de lezing van donderdag' = 25 March; Flemish 'uitschrijven' = cancel."))


@message
def erf_cancel_partial_husband():
    date = "2027-03-29 09:20"
    text = T("""
        Goeiemorgen,

        Mijn man kan toch niet mee op de rondvaart van 10 april, hij moet werken. Ik kom wel.

        Groetjes,
        Rita Goossens
        """)
    data = send("c04", date, "apple", addr("Rita Goossens", "rita.goossens@icloud.com"), ERF, "Rondvaart 10 april",
                text, html_alt=True)
    return M(date, data, label("cancel", [R10B], [], review=True,
                               note="Releases only the husband's seat (no address); the sender stays registered. Cancelling the sender's registration would be wrong."))


@message
def erf_cancel_unspecified():
    date = "2027-03-15 07:48"
    text = T("""
        Ik kan toch niet komen, mag u mij schrappen? Sorry!
        Bart

        Verstuurd vanaf mijn iPhone
        """)
    data = send("c05", date, "iphone", addr("Bart Van Hecke", "bart.vanhecke@gmail.com"), ERF, "Afmelding", text)
    return M(date, data, label("cancel", [], ["bart.vanhecke@gmail.com"], review="any", sessions_allowed=ERF_ALL,
                               note="No session named. Fine to act if the sender has exactly one registration; otherwise a person must ask."))


@message
def erf_cancel_one_family_member():
    date = "2027-03-17 20:30"
    text = T("""
        Dag,

        Wij moeten ons helaas gedeeltelijk verontschuldigen voor de wandeling van zondag: onze dochter Lotte (lotte.wouters@gmail.com) heeft die dag een wedstrijd. Griet en ik komen wel.

        Groeten,
        Peter Wouters
        """)
    data = send("c06", date, "outlook", addr("Peter Wouters", "peter.wouters@telenet.be"), ERF,
                "Wandeling zondag – Lotte verontschuldigd", text)
    return M(date, data, label("cancel", [W21], ["lotte.wouters@gmail.com"],
                               note="Partial cancellation for one family member (with address). 'zondag' in a mail of Wednesday 17 March = 21 March; Flemish 'verontschuldigen'."))


@message
def erf_cancel_cancelled_session():
    date = "2027-03-04 08:55"
    q = Q(ERF_NAME, ERF, ERF_CANCEL_NOTICE_DATE, ERF_CANCEL_NOTICE_SUBJECT, ERF_CANCEL_NOTICE,
          to="wim.desmet@gmail.com")
    text = T("""
        Jammer. Schrap mij dan maar, de andere uren passen niet.
        Wim
        """)
    data = send("c07", date, "gmail", addr("Wim Desmet", "wim.desmet@gmail.com"), addr(ERF_NAME, ERF),
                "Re: " + ERF_CANCEL_NOTICE_SUBJECT, text, quote=q, reply=svc_mid("erf-cancel-notice", "scheldegem.be"))
    return M(date, data, label("cancel", [R17D], ["wim.desmet@gmail.com"],
                               note="Reply to the organiser's notice that 17 April 15u00 is cancelled: he drops out rather than moving. The quoted notice also names the three other slots."))


@message
def erf_cancel_workshop_child():
    date = "2027-03-30 21:05"
    text = T("""
        Hallo,

        Fien kan toch niet naar de workshop op 14 april, ze gaat mee op kamp met de chiro. Sorry voor het ongemak!

        Sofie Van Damme
        """)
    data = send("c08", date, "gmail", addr("Sofie Van Damme", "sofie.vandamme@gmail.com"), ERF, "Workshop Fien", text)
    return M(date, data, label("cancel", [K14], [], review=True, participants_alt=[["sofie.vandamme@gmail.com"]],
                               note="Cancels the child's workshop seat; the child has no address (registered through the parent), same as the registration."))


@message
def erf_cancel_english():
    date = "2027-04-12 18:22"
    text = T("""
        Hi,

        Sorry, we can no longer make the boat tour on Saturday 17 April at 10:00 - Tom has to travel for work. Could you please cancel for both of us?

        Best wishes,
        Emma
        """)
    data = send("c09", date, "outlook", addr("Emma Hargreaves", "emma.hargreaves@outlook.com"), ERF,
                "Cancellation boat tour 17 April", text, lang="en-GB", cc=addr("Tom Hargreaves", "tom.hargreaves@gmail.com"))
    return M(date, data, label("cancel", [R17A], ["emma.hargreaves@outlook.com", "tom.hargreaves@gmail.com"],
                               note="English cancellation for the sender and her husband (address in Cc)."))


@message
def erf_cancel_one_of_three():
    date = "2027-03-19 16:10"
    text = T("""
        Dag,

        De avondlezing van 25 maart lukt mij toch niet. De rondvaart en de wandeling blijven wel staan.

        Groeten,
        Geert Van Damme
        """)
    data = send("c10", date, "thunderbird", addr("Geert Van Damme", "geert.vandamme@scarlet.be"), ERF,
                "Afmelding lezing", text, lang="nl-BE")
    return M(date, data, label("cancel", [LZ], ["geert.vandamme@scarlet.be"],
                               note="Cancels one of three registrations and says the other two stay."))


# ===================== Erfgoedlente: changes =====================

@message
def erf_change_hour_same_day():
    date = "2027-03-12 08:20"
    text = T("""
        Goeiemorgen,

        Ik ben ingeschreven voor de rondvaart van 10 april om 10u. Kan dat in plaats daarvan 11u30 worden? Dan kan ik eerst nog naar de markt.

        Vriendelijke groeten,
        An De Schepper
        """)
    data = send("x01", date, "outlook", addr("An De Schepper", "an.deschepper@telenet.be"), ERF,
                "Wijziging rondvaart", text, charset="windows-1252")
    return M(date, data, label("change", [R10B], ["an.deschepper@telenet.be"], from_sessions=[R10A],
                               note="Move within the same Saturday, 10u00 to 11u30."))


@message
def erf_change_from_cancelled():
    date = "2027-03-04 09:40"
    q = Q(ERF_NAME, ERF, ERF_CANCEL_NOTICE_DATE, ERF_CANCEL_NOTICE_SUBJECT, ERF_CANCEL_NOTICE,
          to="johan.coppens@telenet.be")
    text = T("""
        Dag,

        Geen probleem. Zet mij dan maar op 13u30.

        Johan Coppens
        """)
    data = send("x02", date, "telenet", addr("Johan Coppens", "johan.coppens@telenet.be"), addr(ERF_NAME, ERF),
                "Re: " + ERF_CANCEL_NOTICE_SUBJECT, text, quote=q, reply=svc_mid("erf-cancel-notice", "scheldegem.be"))
    return M(date, data, label("change", [R17C], ["johan.coppens@telenet.be"], from_sessions=[R17D],
                               note="Reply to the cancellation notice: the old (cancelled) slot and the date of the new one come only from the quote; '13u30' = 17 April 13u30."))


@message
def erf_change_to_full():
    date = "2027-03-16 12:12"
    text = T("""
        Hallo,

        Ik sta ingeschreven voor de rondvaart van 10 april om 15u30. Zou ik kunnen wisselen naar die van 14u?

        Groetjes,
        Joke Van de Velde
        """)
    data = send("x03", date, "gmail", addr("Joke Van de Velde", "joke.vandevelde@gmail.com"), ERF, "wissel rondvaart", text)
    return M(date, data, label("change", [R10C], ["joke.vandevelde@gmail.com"], from_sessions=[R10D], review=True,
                               note="Target 14u00 on 10 April is full; the move cannot be granted automatically."))


@message
def erf_change_no_target():
    date = "2027-03-15 13:25"
    text = T("""
        Dag,

        De wandeling van 21 maart past toch niet, mijn dochter verhuist dat weekend. Is er nog een andere datum waarop ik mee kan?

        Lieve Hendrickx
        """)
    data = send("x04", date, "gmail", addr("Lieve Hendrickx", "lieve.hendrickx@gmail.com"), ERF, "wandeling 21 maart", text)
    return M(date, data, label("change", [], ["lieve.hendrickx@gmail.com"], from_sessions=[W21], review=True,
                               note="Wants to leave 21 March but names no new date (4 or 18 April would be possible)."))


@message
def erf_change_for_father():
    date = "2027-03-20 10:05"
    text = T("""
        Beste,

        Mijn vader Staf Lemmens (staf.lemmens@skynet.be) staat ingeschreven voor de rondvaart van zaterdag 10 april om 10u, maar hij zou liever op zaterdag 17 april om 10u gaan, dan kan mijn broer mee. Kan dat nog?

        Vriendelijke groeten,
        Ann Lemmens
        """)
    data = send("x05", date, "gmail", addr("Ann Lemmens", "ann.lemmens@gmail.com"), ERF, "Wijziging rondvaart Staf Lemmens", text)
    return M(date, data, label("change", [R17A], ["staf.lemmens@skynet.be"], from_sessions=[R10A],
                               note="Change for someone else (father, with address); the brother is only given as the reason, not registered."))


@message
def erf_change_household():
    date = "2027-03-18 19:44"
    text = T("""
        Dag,
        Wij staan op 10/4 om 10u. Kunnen we met ons tweetjes naar 11u30 op dezelfde dag?
        Mvg Patrick
        """)
    data = send("x06", date, "samsung", addr("Patrick Smet", "patrick.smet@skynet.be"), ERF, "Re: inschrijving", text)
    return M(date, data, label("change", [R10B], ["patrick.smet@skynet.be"], from_sessions=[R10A], review=True,
                               note="Household move ('met ons tweetjes'): the second person has no address, so a person has to move that seat too."))


@message
def erf_change_reply_confirm_quoted():
    date = "2027-03-10 07:25"
    q = erf_confirm(R10B, "Tine Mertens", "tine.mertens@icloud.com", "2027-02-20 11:10")
    text = T("""
        Kan ik in de plaats naar die van 15u30?
        Tine

        Verstuurd vanaf mijn iPhone
        """)
    data = send("x07", date, "iphone", addr("Tine Mertens", "tine.mertens@icloud.com"), addr(ERF_NAME, ERF),
                "Re: " + erf_confirm_subject(R10B), text, quote=q, reply=svc_mid("conf-mertens", "scheldegem.be"))
    return M(date, data, label("change", [R10D], ["tine.mertens@icloud.com"], from_sessions=[R10B],
                               note="Old slot only in the quoted confirmation; '15u30' exists only on 10 April. Her earlier fallback was 15u30 too."))


# ===================== Erfgoedlente: questions =====================

@message
def erf_q_wheelchair():
    date = "2027-02-15 11:30"
    text = T("""
        Dag,

        Is de Scaldis III toegankelijk met een rolstoel? Mijn moeder zou graag mee op de rondvaart van 17 april, maar ze kan niet meer stappen.

        Vriendelijke groeten,
        Hilde Wauters
        """)
    data = send("q01", date, "outlook", addr("Hilde Wauters", "hilde.wauters@telenet.be"), ERF,
                "Rolstoel op de rondvaart?", text)
    return M(date, data, label("question", [], [], review=True,
                               note="Accessibility question; 17 April has four slots, so no session is clear."))


@message
def erf_q_eligibility_nonresident():
    date = "2027-02-16 20:35"
    text = T("""
        Hallo,

        Mag ik me inschrijven voor de rondvaart van 10 april om 11u30 als ik niet in Scheldegem woon? Ik woon in Temse, net over de Schelde.

        Groetjes,
        Jelle Bosmans
        """)
    data = send("q02", date, "gmail", addr("Jelle Bosmans", "jelle.bosmans@gmail.com"), ERF,
                "Inschrijven als niet-inwoner?", text)
    return M(date, data, label("question", [R10B], [], review=True, kind_alt=["register"],
                               participants_alt=[["jelle.bosmans@gmail.com"]],
                               note="Eligibility question phrased like a request ('Mag ik me inschrijven...als ik niet in Scheldegem woon?'); the audience is residents, so someone must decide."))


@message
def erf_q_werf_age():
    date = "2027-02-17 12:50"
    text = T("""
        Goeiemiddag,

        Vanaf welke leeftijd mag je mee naar de werf van de nieuwe brug? Mijn zoon is 11, maar wordt in mei 12.

        Groeten,
        Pieter-Jan Hermans
        """)
    data = send("q03", date, "outlook", addr("Pieter-Jan Hermans", "pj.hermans@outlook.be"), ERF, "Werfbezoek leeftijd", text)
    return M(date, data, label("question", [], [], review=True,
                               note="Age question about the site visit (both dates possible); not a registration."))


@message
def erf_q_school_class():
    date = "2027-02-18 10:05"
    text = T("""
        Beste,

        Ik ben juf van het vijfde leerjaar van Basisschool De Kaai (22 leerlingen). Wij werken dit trimester rond de haven. Is het mogelijk om met de klas een rondvaart te doen op een weekdag, bijvoorbeeld in de week van 12 april?

        Met vriendelijke groeten,
        Juf Leen Van Geel
        Basisschool De Kaai
        """)
    data = send("q04", date, "outlook", addr("Leen Van Geel", "leen.vangeel@bsdekaai.be"), ERF,
                "Rondvaart voor een klas?", text)
    return M(date, data, label("question", [], [], review=True,
                               note="School asks for a class trip on a weekday; no such session exists. A question, not a registration."))


@message
def erf_q_no_confirmation():
    date = "2027-02-24 16:30"
    text = T("""
        Beste,

        Ik heb me vorige week ingeschreven voor de wandeling, maar ik heb nog niets ontvangen. Ben ik wel ingeschreven?

        Groeten,
        Koen Bauwens
        """)
    data = send("q05", date, "gmail", addr("Koen Bauwens", "koen.bauwens@gmail.com"), ERF, "Bevestiging?", text,
                cte="quoted-printable")
    return M(date, data, label("question", [], [], review=True,
                               note="Asks whether an earlier registration went through ('de wandeling', no date); nothing to register or cancel."))


@message
def erf_q_walk_length():
    date = "2027-02-25 13:15"
    text = T("""
        Dag,

        Hoe lang is de wandeling van 4 april, in kilometer? En kan het met een buggy?

        Groetjes,
        Tinne Aerts
        """)
    data = send("q06", date, "telenet", addr("Tinne Aerts", "tinne.aerts@telenet.be"), ERF, "wandeling 4 april", text)
    return M(date, data, label("question", [W04], [], review=True,
                               note="Practical question about one walk; no request to register."))


@message
def erf_q_parking():
    date = "2027-03-01 10:10"
    text = T("""
        Hallo,

        Kan ik met de auto parkeren aan de Houtkaai als ik meega op de rondvaart, of is dat betalend?

        Dank je,
        Stefaan De Meyer
        """)
    data = send("q07", date, "gmail", addr("Stefaan De Meyer", "stefaan.demeyer@gmail.com"), ERF, "parking Houtkaai", text)
    return M(date, data, label("question", [], [], review=True,
                               note="Parking question; 'als ik meega' is not a registration."))


@message
def erf_q_dog():
    date = "2027-03-02 18:50"
    text = T("""
        Mag onze hond mee op de rondvaart? Hij is klein en braaf 🐶
        Groetjes, Zoë

        Verstuurd vanaf mijn iPhone
        """)
    data = send("q08", date, "iphone", addr("Zoë Wyns", "zoe.wyns@icloud.com"), ERF, "Hond mee op de boot? 🐶", text,
                subj_mode="B")
    return M(date, data, label("question", [], [], review=True,
                               note="Question only (dog on board); emoji in the body (UTF-8 quoted-printable) and in the B-encoded subject; Q-encoded name."))


@message
def erf_q_english_lecture():
    date = "2027-03-05 09:35"
    text = T("""
        Hi,

        Is the lecture about the new bridge on 25 March in English or Dutch? And will the slides be shared afterwards? I'm an engineering student and would love to attend if I can follow it.

        Thanks,
        Rahul Menon
        """)
    data = send("q09", date, "gmail", addr("Rahul Menon", "rahul.menon@student.kuleuven.be"), ERF,
                "Lecture 25 March - language?", text, qlang="en")
    return M(date, data, label("question", [LZ], [], review=True,
                               note="English question; 'would love to attend if I can follow it' is conditional interest, not a registration."))


@message
def erf_q_full_waitlist():
    date = "2027-03-08 14:40"
    text = T("""
        Dag,

        Op de website zie ik dat de rondvaart van 14u op 10 april volzet is. Is er een wachtlijst?

        Groeten,
        Kathleen Geerts
        """)
    data = send("q10", date, "gmail", addr("Kathleen Geerts", "kathleen.geerts@gmail.com"), ERF, "Wachtlijst rondvaart", text)
    return M(date, data, label("question", [R10C], [], review=True, kind_alt=["register"],
                               participants_alt=[["kathleen.geerts@gmail.com"]],
                               note="Asks about a waiting list for the full 14u00 slot; could be read as asking to be put on it."))


# ===================== builders for machine mail =====================

def postfix_dsn(seed, *, date, mta, sender, rcpt, action, status, diag, orig_headers, remote=None, delayed=False):
    b = f"{h(seed, 12).upper()}.{1795000000 + int(h(seed, 6), 16) % 9999999}/{mta}"
    head = (T("""
        ####################################################################
        # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
        ####################################################################

        Your message could not be delivered for more than 4 hour(s).
        It will be retried until it is 5 day(s) old.
        """) if delayed else T("""
        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.
        """))
    notice = (f"This is the mail system at host {mta}.\n\n" + head + "\n" + T("""
        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system
        """) + f"\n<{rcpt}>: {diag}\n")
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
                 "\n".join(fold(k, v) for k, v in orig_headers.items() if not k.startswith("_")) + "\n"),
    ]
    return multipart("report", parts, b, params="; report-type=delivery-status",
                     extra=["Content-Transfer-Encoding: 7bit"], preamble="This is a MIME-encapsulated message.")


def dsn_message(seed, date, mta, mailbox, root, subject="Undelivered Mail Returned to Sender"):
    d = parse_local(date).astimezone(dt.timezone.utc)
    qid = base64.b32encode(bytes.fromhex(h(seed + "id", 16))).decode().rstrip("=")[:12]
    hdrs = [("Return-Path", "<>"), ("Received", f"by {mta} (Postfix){CRLF}\tid 4{qid}; {rfc_date(date)}"),
            ("Date", rfc_date(date)), ("From", f"MAILER-DAEMON@{mta} (Mail Delivery System)"),
            ("Subject", subject), ("To", mailbox), ("Auto-Submitted", "auto-replied"),
            ("Message-Id", f"<{d:%Y%m%d%H%M%S}.4{qid}@{mta}>")]
    return build_message(hdrs, root)


def confirm_headers(conf_mid, frm, rcpt, subject, date):
    return {"_arrival": date, "Received": f"from mailflow.{frm.split('@')[1]} (mailflow.{frm.split('@')[1]} [192.0.2.44]) by mx01.{frm.split('@')[1]} (Postfix) with ESMTPS id 4Tq7Rk1cXlz4w for <{rcpt}>; {rfc_date(date)}",
            "From": frm, "To": rcpt, "Subject": hv(subject), "Date": rfc_date(date), "Message-ID": conf_mid,
            "MIME-Version": "1.0", "Content-Type": 'text/plain; charset="utf-8"', "Content-Transfer-Encoding": "quoted-printable"}


def ooo(seed, date, frm, to, subject, text, *, client="outlook", auto=True, lang="nl-BE", reply=None, extra_hdrs=(),
        charset=None):
    extra = list(extra_hdrs)
    if auto:
        extra += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    return send(seed, date, client, frm, to, subject, text, lang=lang, reply=reply, extra=extra, charset=charset)


def outlook_imip(seed, *, partstat, who, who_addr, org_name, org_addr, summary, start, end, location, stamp,
                 comment="", lang="nl-BE"):
    lines = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:Romance Standard Time",
             "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
             "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
             "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]
    cn = f'"{who}"' if any(c in who for c in ",;:") else who
    lines += ["BEGIN:VEVENT", f"ATTENDEE;PARTSTAT={partstat};CN={cn}:mailto:{who_addr}"]
    lines.append(f"COMMENT;LANGUAGE={lang}:{comment}" if comment else f"COMMENT;LANGUAGE={lang}:\\n")
    lines += [f"SUMMARY;LANGUAGE={lang}:{summary}",
              f"DTSTART;TZID=Romance Standard Time:{start}", f"DTEND;TZID=Romance Standard Time:{end}",
              f"UID:{h(seed + 'uid', 24)}-{start[:8]}@mailflow.{org_addr.split('@')[1]}",
              f"ORGANIZER;CN={org_name}:mailto:{org_addr}", "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}",
              "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", f"LOCATION;LANGUAGE={lang}:{location}",
              "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if partstat == 'DECLINED' else ('TENTATIVE' if partstat == 'TENTATIVE' else 'BUSY')}",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    plain = comment.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";") + "\n" if comment else "\n"
    b = h(seed, 24).upper()
    return multipart("alternative", [
        text_part(plain, "plain", "utf-8", "base64"),
        Part(['Content-Type: text/calendar; charset="utf-8"; method=REPLY', "Content-Transfer-Encoding: base64"],
             b64lines(cal.encode("utf-8"))),
    ], f"_000_{b}_")


def imip_mail(seed, date, who, who_addr, to, subject, root, client="outlook", lang="nl-BE", extra=()):
    return human_mail(seed=seed, date=date, frm=addr(who, who_addr), to=to, subject=subject, root=root,
                      client=client, lang=lang, extra=[("Content-class", "urn:content-classes:calendarmessage")] + list(extra))[0]


def google_imip(seed, *, partstat, who, who_addr, org_name, org_addr, summary, start_utc, end_utc, location,
                stamp, human_when, lang="nl"):
    uid = f"{h(seed + 'uid', 24)}-{start_utc[:8]}@mailflow.{org_addr.split('@')[1]}"
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REPLY", "BEGIN:VEVENT", f"DTSTART:{start_utc}",
               f"DTEND:{end_utc}", f"DTSTAMP:{stamp}",
               f"ORGANIZER;CN={org_name}:mailto:{org_addr}", f"UID:{uid}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN={who};X-NUM-GUESTS=0:mailto:{who_addr}",
               f"LOCATION:{location}", "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{summary}", "TRANSP:OPAQUE",
               "END:VEVENT", "END:VCALENDAR"])
    loc_plain = location.replace("\\,", ",")
    if lang == "en":
        verb = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentatively accepted"}[partstat]
        plain = T(f"""
            {who} has {verb} this invitation.

            {summary}
            {human_when}

            Location
            {loc_plain}

            Organiser
            {org_addr}

            Invitation from Google Calendar: https://calendar.google.com/calendar/
            """)
        intro = f"{who} has {verb} this invitation."
    else:
        verb = {"ACCEPTED": "geaccepteerd", "DECLINED": "afgewezen", "TENTATIVE": "voorlopig geaccepteerd"}[partstat]
        plain = T(f"""
            {who} heeft deze uitnodiging {verb}.

            {summary}
            {human_when}

            Locatie
            {loc_plain}

            Organisator
            {org_addr}

            Uitnodiging van Google Agenda: https://calendar.google.com/calendar/
            """)
        intro = f"{who} heeft deze uitnodiging {verb}."
    htm = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           f'<p>{esc(intro)}</p><h2 style="font-size:20px">{esc(summary)}</h2><p>{esc(human_when)}</p>'
           f'<p><b>{"Location" if lang == "en" else "Locatie"}</b><br>{esc(loc_plain)}</p></body></html>\n')
    b = h(seed, 28)
    alt = multipart("alternative", [
        text_part(plain, "plain", "UTF-8", "base64", params="; format=flowed; delsp=yes", quote_charset=False),
        text_part(htm, "html", "UTF-8", "quoted-printable", quote_charset=False),
        Part(['Content-Type: text/calendar; charset="UTF-8"; method=REPLY', "Content-Transfer-Encoding: base64"],
             b64lines(cal.encode("utf-8"))),
    ], f"000000000000{b[:16]}")
    att = Part(['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                "Content-Transfer-Encoding: base64"], b64lines(cal.encode("utf-8")))
    return multipart("mixed", [alt, att], f"000000000000{b[16:28]}ff01")


def newsletter_html(title, blocks, footer, color="#0b4f6c"):
    cells = "".join(
        f'<tr><td style="padding:16px 24px;border-bottom:1px solid #e5e5e5"><h2 style="margin:0 0 8px;font-size:18px;color:{color}">{esc(t)}</h2>'
        f'<p style="margin:0 0 8px;font-size:14px;line-height:1.5">{esc(b)}</p><a href="{u}" style="color:{color}">Lees meer</a></td></tr>'
        for t, b, u in blocks)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + esc(title) + '</title></head>'
            '<body style="margin:0;background:#f2f2f2"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif">'
            f'<tr><td style="background:{color};color:#fff;padding:20px 24px;font-size:22px;font-weight:bold">' + esc(title) + '</td></tr>'
            + cells + '<tr><td style="padding:16px 24px;font-size:11px;color:#888">' + footer + '</td></tr></table></body></html>\n')


def system_mail(seed, date, frm, to, subject, root, extra=(), mid_domain=None):
    dom = mid_domain or frm.split("<")[-1].rstrip(">").split("@")[1]
    from_addr = frm.split("<")[-1].rstrip(">").strip()
    hdrs = [("Received", received(seed, from_addr, to.split("<")[-1].rstrip(">"), date, "system")),
            ("From", frm), ("To", to), ("Subject", hv(subject)), ("Date", rfc_date(date)),
            ("Message-ID", f"<{h(seed, 24)}@{dom}>")] + list(extra)
    return build_message(hdrs, root)


# ===================== Erfgoedlente: auto-replies =====================

@message
def erf_auto_exchange_confirmation():
    date = "2027-02-09 19:51"
    text = T("""
        Beste,

        Ik ben afwezig tot en met maandag 15 februari en heb geen toegang tot mijn mailbox. Voor dringende zaken kan u terecht bij mijn collega Kris Van Dyck (kris.vandyck@vandenbroeck-advocaten.be).

        Met vriendelijke groeten,
        An De Schepper
        """)
    prev = svc_mid("conf-deschepper", "scheldegem.be")
    data = send("a01", date, "outlook", addr("An De Schepper", "an.deschepper@vandenbroeck-advocaten.be"), ERF,
                "Automatisch antwoord: " + erf_confirm_subject(R10A), text, reply=prev,
                extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                       ("X-MS-Exchange-Inbox-Rules-Loop", "an.deschepper@vandenbroeck-advocaten.be")])
    return M(date, data, label("auto_reply",
                               note="Exchange out-of-office (Auto-Submitted) from a forwarded work mailbox; subject names the rondvaart and the body gives a colleague's address."))


@message
def erf_auto_french_announcement():
    date = "2027-02-08 10:01"
    text = T("""
        Bonjour,

        Je suis absente jusqu'au 19 février inclus. Votre message sera traité à mon retour.
        Pour toute urgence, veuillez contacter le secrétariat au 03 775 12 00.

        Cordialement,
        Sophie Lambert
        """)
    data = ooo("a02", date, addr("Sophie Lambert", "sophie.lambert@skynet.be"), ERF,
               "Réponse automatique : " + ERF_ANN_SUBJECT, text, lang="fr-BE", reply=ERF_ANN_MID)
    return M(date, data, label("auto_reply", note="French out-of-office to the announcement (Auto-Submitted: auto-replied)."))


@message
def erf_auto_gmail_vacation():
    date = "2027-02-08 10:03"
    text = T("""
        Hallo!

        Wij zijn op skivakantie tot 21 februari en lezen onze mails niet. Tot later!

        Tom & Sarah
        """)
    root = text_part(text, "plain", "UTF-8", "quoted-printable", quote_charset=False)
    data = human_mail(seed="a03", date=date, frm=addr("Tom Vandeputte", "tom.vandeputte@gmail.com"), to=ERF,
                      subject="Op skivakantie", root=root, client="gmail", in_reply_to=ERF_ANN_MID,
                      references=ERF_ANN_MID, extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])
    return M(date, data, label("auto_reply", note="Gmail vacation responder to the announcement: own subject, Auto-Submitted and Precedence: bulk."))


@message
def erf_auto_no_headers():
    date = "2027-02-08 10:14"
    text = T("""
        Beste,

        Ik ben met vakantie tot en met 20 februari en lees mijn e-mails niet. Dringend? Bel 0475 31 22 90.

        Groeten,
        Guido Verbruggen
        """)
    data = send("a04", date, "telenet", addr("Guido Verbruggen", "guido.verbruggen@telenet.be"), ERF,
                "Re: " + ERF_ANN_SUBJECT, text, reply=ERF_ANN_MID)
    return M(date, data, label("auto_reply",
                               note="Out-of-office without any Auto-Submitted or X-Auto header and a plain 'Re:' subject; only the wording gives it away."))


@message
def erf_auto_english():
    date = "2027-03-03 16:41"
    text = T("""
        Thank you for your message. I am travelling until 12 March with limited access to email.
        For urgent matters please contact my assistant at office@hargreaves-consult.co.uk.

        Kind regards,
        Tom Hargreaves
        """)
    data = send("a05", date, "outlook", addr("Tom Hargreaves", "tom.hargreaves@hargreaves-consult.co.uk"), ERF,
                "Automatic reply: " + ERF_CANCEL_NOTICE_SUBJECT, text, lang="en-GB",
                reply=svc_mid("erf-cancel-notice", "scheldegem.be"),
                extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    return M(date, data, label("auto_reply", note="English out-of-office in answer to the cancellation notice; mentions another address."))


@message
def erf_auto_school_secretariat():
    date = "2027-02-18 14:22"
    text = T("""
        Beste ouder, beste afzender,

        Bedankt voor uw bericht. Het secretariaat van Basisschool De Kaai is gesloten tijdens de krokusvakantie. Wij beantwoorden uw mail vanaf maandag 22 februari.

        Met vriendelijke groeten,
        Het schoolteam
        """)
    data = send("a06", date, "outlook", addr("Basisschool De Kaai", "secretariaat@bsdekaai.be"), ERF,
                "Automatisch antwoord: RE: Rondvaart voor een klas?", text,
                reply=svc_mid("erf-answer-school", "scheldegem.be"),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return M(date, data, label("auto_reply", note="School secretariat auto-reply to the organiser's answer about a class trip."))


# ===================== Erfgoedlente: bounces =====================

@message
def erf_bounce_user_unknown():
    date = "2027-02-15 19:36"
    rcpt = "griet.dhondt@telenet.be"
    conf_mid = svc_mid("conf-dhondt", "scheldegem.be")
    orig = confirm_headers(conf_mid, ERF, rcpt, erf_confirm_subject(W21), "2027-02-15 19:35:58")
    root = postfix_dsn("b01", date=date, mta="mx01.scheldegem.be", sender=ERF, rcpt=rcpt, action="failed",
                       status="5.1.1", remote="mx.telenet-ops.be",
                       diag=f"host mx.telenet-ops.be[198.51.100.33] said: 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown (in reply to RCPT TO command)",
                       orig_headers=orig)
    return M(date, dsn_message("b01", date, "mx01.scheldegem.be", ERF, root), label("bounce", review="any",
             note="Postfix DSN (5.1.1) for the confirmation to a family member registered in a table; multipart/report with text/rfc822-headers. Flagging automatically or showing a person are both fine."))


@message
def erf_bounce_gmail_quota():
    date = "2027-02-15 19:38"
    rcpt = "lotte.wouters@gmail.com"
    conf_mid = svc_mid("conf-lotte", "scheldegem.be")
    orig = confirm_headers(conf_mid, ERF, rcpt, erf_confirm_subject(W21), "2027-02-15 19:36:02")
    root = postfix_dsn("b02", date=date, mta="mx01.scheldegem.be", sender=ERF, rcpt=rcpt, action="failed",
                       status="5.2.2", remote="gmail-smtp-in.l.google.com",
                       diag="host gmail-smtp-in.l.google.com[203.0.113.27] said: 552-5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm (in reply to end of DATA command)",
                       orig_headers=orig)
    return M(date, dsn_message("b02", date, "mx01.scheldegem.be", ERF, root), label("bounce", review="any",
             note="Permanent over-quota bounce (5.2.2) from Gmail for a confirmation."))


@message
def erf_bounce_delayed():
    date = "2027-02-13 01:15"
    rcpt = "gustaaf.vanacker@skynet.be"
    conf_mid = svc_mid("conf-vanacker", "scheldegem.be")
    orig = confirm_headers(conf_mid, ERF, rcpt, erf_confirm_subject(W21), "2027-02-12 21:10:11")
    orig["_retry"] = "2027-02-17 21:10:11"
    root = postfix_dsn("b03", date=date, mta="mx01.scheldegem.be", sender=ERF, rcpt=rcpt, action="delayed",
                       status="4.4.1", delayed=True,
                       diag="connect to mx.skynet.be[198.51.100.87]:25: Connection timed out", orig_headers=orig)
    return M(date, dsn_message("b03", date, "mx01.scheldegem.be", ERF, root, "Delayed Mail (still being retried)"),
             label("bounce", note="Delay warning (Action: delayed, 4.4.1): not a final failure; nothing to do yet."))


@message
def erf_bounce_qmail_plain():
    date = "2027-03-04 19:02"
    text = T("""
        Hi. This is the qmail-send program at mail.hostingvlaanderen.be.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <akela@scoutssintjozef.be>:
        Sorry, no mailbox here by that name. (#5.1.1)

        --- Below this line is a copy of the message.

        Return-Path: <erfgoed@scheldegem.be>
        Received: (qmail 30211 invoked from network); 4 Mar 2027 18:01:57 -0000
        From: Erfgoed Scheldegem <erfgoed@scheldegem.be>
        To: Arno Verschueren <akela@scoutssintjozef.be>
        Subject: RE: Groepsinschrijving rondvaart 17/4
        Date: Thu, 4 Mar 2027 19:01:55 +0100

        Dag Arno,

        Bedankt voor je mail. Voor groepen van meer dan tien personen
        voorzien we een aparte afvaart; we nemen hierover nog contact op.

        Dienst Erfgoed - Stad Scheldegem
        """)
    root = text_part(text, "plain", "us-ascii", "7bit")
    hdrs = [("Return-Path", "<>"), ("Received", received("b04", "mailer-daemon@mail.hostingvlaanderen.be", ERF, date, "system")),
            ("Date", rfc_date(date)), ("From", "MAILER-DAEMON@mail.hostingvlaanderen.be"), ("To", ERF),
            ("Subject", "failure notice"), ("Message-ID", f"<bounce.{h('b04', 16)}@mail.hostingvlaanderen.be>")]
    return M(date, build_message(hdrs, root), label("bounce", review="any",
             note="Non-standard qmail bounce: plain text, no multipart/report, no Auto-Submitted; the returned message is the organiser's answer to the scouts."))


@message
def erf_bounce_quarantine_gateway():
    date = "2027-03-04 13:41"
    htm = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px;color:#222">'
           '<table width="640" cellpadding="12" style="border:1px solid #d0d0d0"><tr><td style="background:#1d3c78;color:#fff;font-size:16px">'
           '<b>SecureMail Gateway</b> &ndash; Bericht tegengehouden / Message held</td></tr><tr><td>'
           '<p>Uw bericht werd niet afgeleverd en staat in quarantaine.</p>'
           '<table cellpadding="4" style="font-size:13px">'
           '<tr><td><b>Van:</b></td><td>erfgoed@scheldegem.be</td></tr>'
           '<tr><td><b>Aan:</b></td><td>evelien.pauwels@scheldegem-school.be</td></tr>'
           '<tr><td><b>Onderwerp:</b></td><td>RE: Workshop 31 maart</td></tr>'
           '<tr><td><b>Reden:</b></td><td>Policy: external sender, attachment type not allowed</td></tr>'
           '<tr><td><b>Datum:</b></td><td>04-03-2027 13:40</td></tr></table>'
           '<p>De ontvanger of de beheerder kan het bericht vrijgeven. U hoeft niets te doen.</p>'
           '<p style="color:#888;font-size:11px">Dit is een automatisch bericht. Antwoord niet op deze e-mail.<br>'
           'Scholengroep Schelde-Rupel &ndash; ICT-dienst</p></td></tr></table></body></html>\n')
    root = text_part(htm, "html", "utf-8", "quoted-printable")
    data = system_mail("b05", date, addr("SecureMail Gateway", "quarantine@mailgw.scheldegem-school.be"), ERF,
                       "[Quarantaine] Uw bericht aan evelien.pauwels@scheldegem-school.be werd tegengehouden", root,
                       extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "SecureMail Gateway 10.3")])
    return M(date, data, label("bounce", review="any", kind_alt=["other", "auto_reply"],
                               note="HTML-only quarantine notice from the recipient's mail-security gateway: the organiser's reply is held, not bounced. Delivery-status mail without multipart/report."))


# ===================== Erfgoedlente: calendar replies =====================

@message
def erf_cal_apple_accept():
    date = "2027-02-24 07:12"
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//iPhone OS 18.3//EN", "METHOD:REPLY",
               "BEGIN:VEVENT", "DTSTART;TZID=Europe/Brussels:20270403T100000", "DTEND;TZID=Europe/Brussels:20270403T113000",
               "DTSTAMP:20270224T061200Z", f"ORGANIZER;CN=Erfgoed Scheldegem:mailto:{ERF}",
               f"UID:{h('erf-werf-uid', 24)}-20270403@mailflow.scheldegem.be",
               "ATTENDEE;CN=Kristof Lambrecht;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED:mailto:kristof.lambrecht@icloud.com",
               "SUMMARY:Werfbezoek nieuwe Kaaibrug", "LOCATION:Werfkeet Noorderkaai\\, Noorderkaai 40\\, 2895 Scheldegem",
               "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    plain = "Kristof Lambrecht heeft je uitnodiging voor 'Werfbezoek nieuwe Kaaibrug' geaccepteerd.\n"
    root = multipart("mixed", [
        text_part(plain, "plain", "utf-8", "7bit", quote_charset=False),
        Part(['Content-Type: text/calendar; method=REPLY; charset=utf-8', 'Content-Disposition: attachment; filename="iCal-20270224-071200.ics"',
              "Content-Transfer-Encoding: quoted-printable"], quopri.encodestring(cal.encode("utf-8"))),
    ], f"Apple-Mail-{h('c11', 20).upper()}")
    data = human_mail(seed="c11", date=date, frm=addr("Kristof Lambrecht", "kristof.lambrecht@icloud.com"), to=ERF,
                      subject="Uitnodiging geaccepteerd: Werfbezoek nieuwe Kaaibrug", root=root, client="iphone")
    return M(date, data, label("calendar_reply", note="Apple Calendar iMIP REPLY (ACCEPTED) as a quoted-printable .ics attachment."))


@message
def erf_cal_outlook_tentative():
    date = "2027-03-04 20:15"
    root = outlook_imip("c12", partstat="TENTATIVE", who="Hugo Claus", who_addr="hugo.claus@telenet.be",
                        org_name="Erfgoed Scheldegem", org_addr=ERF,
                        summary="Voorlopig: Avondlezing 'Een nieuwe brug over het Kaaidok'",
                        start="20270325T200000", end="20270325T213000",
                        location="Auditorium Het Entrepot\\, Entrepotkaai 5\\, 2895 Scheldegem", stamp="20270304T191500Z")
    data = imip_mail("c12", date, "Hugo Claus", "hugo.claus@telenet.be", addr(ERF_NAME, ERF),
                     "Voorlopig: Avondlezing 'Een nieuwe brug over het Kaaidok'", root)
    return M(date, data, label("calendar_reply", note="Outlook iMIP REPLY with PARTSTAT=TENTATIVE; nothing changes in his registration."))


@message
def erf_cal_google_decline_nl():
    date = "2027-04-13 08:40"
    root = google_imip("c13", partstat="DECLINED", who="Noor Claeys", who_addr="noor.claeys@gmail.com",
                       org_name="Erfgoed Scheldegem", org_addr=ERF, summary="Havenrondvaart zaterdag 17 april, 10u00",
                       start_utc="20270417T080000Z", end_utc="20270417T091500Z",
                       location="Aanlegsteiger Houtkaai\\, Houtkaai 2\\, 2895 Scheldegem", stamp="20270413T064000Z",
                       human_when="zaterdag 17 apr 2027 ⋅ 10:00 – 11:15 (Midden-Europese zomertijd - Brussel)")
    data = human_mail(seed="c13", date=date, frm=addr("Noor Claeys", "noor.claeys@gmail.com"), to=ERF,
                      subject="Afgewezen: Havenrondvaart zaterdag 17 april, 10u00 @ za 17 apr 2027 10:00 - 11:15 (CEST) (erfgoed@scheldegem.be)",
                      root=root, client="gmail", extra=[("Sender", "Google Agenda <calendar-notification@google.com>")])
    return M(date, data, label("calendar_reply", review="any", kind_alt=["cancel"], sessions_alt=[[R17A]],
                               participants_alt=[["noor.claeys@gmail.com"]],
                               note="Google Calendar DECLINED (Dutch UI) for the rondvaart her mother added her to; treating it as a cancellation or sending it to a person are both fine."))


# ===================== Erfgoedlente: other mail =====================

@message
def erf_newsletter_erfgoedcel():
    date = "2027-03-01 07:00"
    blocks = [
        ("Erfgoedlente in Scheldegem",
         "Vaar mee op een havenrondvaart op 10 of 17 april, wandel met een gids door de oude stad of bezoek de werf van de nieuwe Kaaibrug. Inschrijven via erfgoed@scheldegem.be.",
         "https://www.erfgoedcelscheldeland.be/agenda/erfgoedlente-scheldegem"),
        ("Erfgoeddepot zoekt vrijwilligers",
         "Help je mee bij het registreren van de collectie van het voormalige havenmuseum? Elke dinsdagvoormiddag.",
         "https://www.erfgoedcelscheldeland.be/vrijwilligers"),
    ]
    plain = "Nieuwsbrief Erfgoedcel Scheldeland - maart 2027\n\n" + "\n\n".join(f"{t}\n{b}\nLees meer: {u}" for t, b, u in blocks) + \
        "\n\nJe ontvangt deze nieuwsbrief omdat je partner bent van de erfgoedcel.\nUitschrijven: https://www.erfgoedcelscheldeland.be/nieuwsbrief/uit?id=8Ff3q\n"
    htm = newsletter_html("Nieuwsbrief Erfgoedcel Scheldeland", blocks,
                          'Je ontvangt deze nieuwsbrief omdat je partner bent van de erfgoedcel. '
                          '<a href="https://www.erfgoedcelscheldeland.be/nieuwsbrief/uit?id=8Ff3q">Uitschrijven</a>')
    root = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                     text_part(htm, "html", "utf-8", "quoted-printable")], "b1_8Ff3qEcSnb202703")
    data = system_mail("n01", date, addr("Erfgoedcel Scheldeland", "nieuwsbrief@erfgoedcelscheldeland.be"), ERF,
                       "Nieuwsbrief maart: Erfgoedlente, vrijwilligers en meer", root,
                       extra=[("List-Unsubscribe", "<https://www.erfgoedcelscheldeland.be/nieuwsbrief/uit?id=8Ff3q>, <mailto:uit-8Ff3q@erfgoedcelscheldeland.be>"),
                              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                              ("List-Id", "Nieuwsbrief Erfgoedcel <nieuwsbrief.erfgoedcelscheldeland.be>"), ("Precedence", "bulk")])
    return M(date, data, label("other", note="Newsletter (List-Unsubscribe) that promotes the rondvaarten and names the registration address."))


@message
def erf_newsletter_rederij():
    date = "2027-03-09 06:30"
    blocks = [
        ("Vaar mee deze lente!",
         "Vanaf 1 april varen we opnieuw elke zaterdag en zondag: rondvaart door de haven om 11u00 en 14u00, en op vrijdagavond een sunset cruise met hapjes.",
         "https://www.rederijscaldis.be/lente"),
        ("Boek een boot voor je groep",
         "Communie, personeelsfeest of schoolreis? De Scaldis III vaart ook op maat voor groepen tot 60 personen.",
         "https://www.rederijscaldis.be/groepen"),
    ]
    plain = "Rederij Scaldis - lentenieuws\n\n" + "\n\n".join(f"{t}\n{b}\n{u}" for t, b, u in blocks) + \
        "\n\nAfmelden: https://www.rederijscaldis.be/afmelden?u=31c9\n"
    htm = newsletter_html("Rederij Scaldis - lentenieuws", blocks,
                          '<a href="https://www.rederijscaldis.be/afmelden?u=31c9">Afmelden</a> | Rederij Scaldis bv, Houtkaai 1, Scheldegem',
                          color="#c0392b")
    root = multipart("alternative", [text_part(plain, "plain", "utf-8", "base64"),
                                     text_part(htm, "html", "utf-8", "base64")], "=_scaldis_lente_2027")
    data = system_mail("n02", date, addr("Rederij Scaldis", "info@rederijscaldis.be"), ERF,
                       "Vaar mee deze lente – rondvaarten én sunset cruises", root,
                       extra=[("List-Unsubscribe", "<https://www.rederijscaldis.be/afmelden?u=31c9>"), ("Precedence", "list"),
                              ("X-Mailer", "MailPoet 4.51")], mid_domain="mail.rederijscaldis.be")
    return M(date, data, label("other", note="Commercial newsletter of the boat company: talks about rondvaarten at 11u00 and 14u00 on Saturdays, but is not a registration."))


@message
def erf_spam_online_events():
    date = "2027-02-16 04:12"
    htm = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">'
           '<p>Hi there,</p><p>I saw you are organising boat tours and guided walks in your region this spring. '
           'Are you still taking registrations by email? With <b>TicketWave</b> your residents register online in 30 seconds, '
           'and you get automatic reminders, waitlists and QR check-in.</p>'
           '<p><a href="https://ticketwave-events.io/demo?src=erfgoed">Book a free online demo</a></p>'
           '<p>Cheers,<br>Jake Morrison<br>Partnerships, TicketWave</p>'
           '<p style="font-size:11px;color:#999">Not interested? <a href="https://ticketwave-events.io/optout">Unsubscribe</a></p></body></html>\n')
    root = text_part(htm, "html", "utf-8", "quoted-printable")
    data = system_mail("n03", date, addr("Jake from TicketWave", "jake@ticketwave-events.io"), ERF,
                       "Registrations for your boat tours?", root, extra=[("X-Mailer", "PHPMailer 6.9.1")])
    return M(date, data, label("other", note="English sales spam, HTML only; mentions boat tours, registrations, 'online' and 'region'."))


@message
def erf_phishing_microsoft_region():
    date = "2027-03-02 05:47"
    plain = T("""
        Microsoft 365

        Beste gebruiker van erfgoed@scheldegem.be,

        Uw mailbox wordt op 5 maart gemigreerd naar een nieuwe datacenter-region (West-Europa 2). Om verlies van berichten te voorkomen moet u uw account vóór de migratie online bevestigen.

        Account bevestigen: https://m365-region-migratie.com/scheldegem.be/verify

        Niet bevestigde accounts worden tijdelijk geblokkeerd.

        Microsoft Online Services Team
        """)
    htm = ('<html><body><div style="font-family:Segoe UI,Arial;font-size:14px"><p style="font-size:20px;color:#737373">Microsoft 365</p>'
           '<p>Beste gebruiker van erfgoed@scheldegem.be,</p>'
           '<p>Uw mailbox wordt op 5 maart gemigreerd naar een nieuwe datacenter-<b>region</b> (West-Europa 2). '
           'Om verlies van berichten te voorkomen moet u uw account v&oacute;&oacute;r de migratie <b>online</b> bevestigen.</p>'
           '<p><a href="https://m365-region-migratie.com/scheldegem.be/verify" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Account bevestigen</a></p>'
           '<p>Niet bevestigde accounts worden tijdelijk geblokkeerd.</p><p>Microsoft Online Services Team</p></div></body></html>\n')
    root = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                     text_part(htm, "html", "utf-8", "base64")], "----=_NextPart_000_0031_01DD8C11.4A2F7E10")
    data = system_mail("n04", date, addr("Microsoft 365", "no-reply@m365-region-migratie.com"), ERF,
                       "Actie vereist: uw mailbox wordt gemigreerd naar een nieuwe region", root, extra=[("X-Priority", "1")])
    return M(date, data, label("other", note="Dutch phishing posing as Microsoft 365 ('region' migration, confirm 'online')."))


@message
def erf_phishing_invoice():
    date = "2027-03-15 11:03"
    text = T("""
        Geachte klant,

        Volgens onze administratie staat factuur 2027-0412 voor de huur van de Scaldis III (havenrondvaarten 10 en 17 april) nog open. Bedrag: EUR 4.860,00.

        Gelieve binnen 48 uur te betalen via onderstaande beveiligde link om een aanmaning en extra kosten te vermijden:
        https://betaal-rederijscaldis.be-invoice.net/2027-0412

        Met vriendelijke groeten,
        Boekhouding Rederij Scaldis
        """)
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    data = system_mail("n05", date, addr("Rederij Scaldis - Boekhouding", "facturatie@rederijscaldis-be.com"), ERF,
                       "Herinnering: openstaande factuur 2027-0412", root)
    return M(date, data, label("other", note="Invoice phishing from a look-alike domain that names both rondvaart dates."))


@message
def erf_quarantine_digest_own():
    date = "2027-03-09 07:00"
    rows = [("guido.verbruggen@telenet.be", "Inschrijving rondvaart 17 april", "08-03-2027 21:14", "Spam score 6.1 (BAYES_80, HTML_IMAGE_ONLY)"),
            ("promo@zonnepanelen-deals.eu", "Uw dak verdient beter", "08-03-2027 23:40", "Spam score 14.3"),
            ("noreply@dhl-pakket-status.com", "Uw pakket kon niet worden bezorgd", "09-03-2027 02:12", "Phishing URL")]
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:13px"><h3>MailShield - dagelijks quarantaineoverzicht</h3>'
           '<p>Voor: erfgoed@scheldegem.be<br>Er staan 3 nieuwe berichten in quarantaine. Berichten worden na 14 dagen verwijderd.</p>'
           '<table cellpadding="4" style="border-collapse:collapse" border="1"><tr><th>Van</th><th>Onderwerp</th><th>Ontvangen</th><th>Reden</th><th></th></tr>'
           + "".join(f'<tr><td>{esc(a)}</td><td>{esc(s)}</td><td>{d}</td><td>{esc(r)}</td>'
                     f'<td><a href="https://mailshield.scheldegem.be/release?id={h(a, 10)}">Vrijgeven</a></td></tr>' for a, s, d, r in rows)
           + '</table><p style="color:#888;font-size:11px">ICT-dienst Stad Scheldegem</p></body></html>\n')
    root = text_part(htm, "html", "utf-8", "quoted-printable")
    data = system_mail("n06", date, addr("MailShield Quarantaine", "quarantaine@mailshield.scheldegem.be"), ERF,
                       "Quarantaineoverzicht: 3 nieuwe berichten", root, extra=[("Auto-Submitted", "auto-generated")])
    return M(date, data, label("other", review=True,
                               note="Own mail gateway's quarantine digest. One held message is clearly a registration ('Inschrijving rondvaart 17 april'): a person should release it. Not itself a registration."))


@message
def erf_other_thanks_walk():
    date = "2027-03-21 18:40"
    text = T("""
        Dag,

        Bedankt voor de prachtige wandeling van vandaag! Onze gids Roland wist zoveel te vertellen over de oude kaaien en de pakhuizen. Echt een aanrader.

        Groetjes,
        Lotte
        """)
    data = send("o01", date, "gmail", addr("Lotte Wouters", "lotte.wouters@gmail.com"), ERF, "Merci!", text)
    return M(date, data, label("other", note="Thank-you note after the walk; nothing to do."))


@message
def erf_other_photos():
    date = "2027-04-11 20:05"
    text = T("""
        Dag erfgoeddienst,

        Hierbij enkele foto's van de rondvaart van gisteren (11u30). Jullie mogen ze gebruiken voor de website of het Stadsblad, met vermelding van mijn naam.

        Vriendelijke groeten,
        Rita Goossens
        """)
    atts = [attachment(make_png(64, 40, [(40, 90, 160), (200, 200, 210), (90, 70, 50)]), "image/png", f"IMG_41{n}.png")
            for n in (27, 31)]
    data = send("o02", date, "apple", addr("Rita Goossens", "rita.goossens@icloud.com"), ERF, "Foto's rondvaart",
                text, attachments=atts)
    return M(date, data, label("other", note="Photos after the rondvaart (two attachments); names a slot but asks for nothing."))


@message
def erf_other_misdirected_premie():
    date = "2027-02-23 10:48"
    text = T("""
        Geachte,

        Wij zijn eigenaar van een beschermd herenhuis aan de Oude Vismarkt 9 en willen volgend jaar de voorgevel laten restaureren. Graag had ik de aanvraagformulieren voor de erfgoedpremie ontvangen. In bijlage vindt u alvast de offerte van de aannemer.

        Met vriendelijke groeten,
        Bernard Van Rompuy
        """)
    pdf = make_pdf(["Offerte 2027-031 - Restauratie voorgevel Oude Vismarkt 9",
                    "Reinigen en voegen baksteen, herstel natuursteen, schilderwerk ramen",
                    "Totaal excl. btw: EUR 38.400"])
    att = attachment(pdf, "application/pdf", "Offerte_gevel_OudeVismarkt9.pdf")
    data = send("o03", date, "outlook", addr("Bernard Van Rompuy", "bernard.vanrompuy@telenet.be"), ERF,
                "Aanvraag erfgoedpremie gevel", text, attachments=[att])
    return M(date, data, label("other", review=True,
                               note="Mail for the heritage service's other work (restoration grant), PDF attached; not about the events, but someone must pass it on."))


@message
def erf_other_unsubscribe():
    date = "2027-03-02 09:05"
    q = Q(ERF_NAME, ERF, ERF_ANN_DATE, ERF_ANN_SUBJECT, erf_announcement(), to="rik.vanhoof@gmail.com")
    text = T("""
        Gelieve mij uit te schrijven van jullie mailinglijst. Ik woon al drie jaar niet meer in Scheldegem.

        Rik Van Hoof
        """)
    data = send("o04", date, "gmail", addr("Rik Van Hoof", "rik.vanhoof@gmail.com"), addr(ERF_NAME, ERF),
                "Re: " + ERF_ANN_SUBJECT, text, quote=q, reply=ERF_ANN_MID)
    return M(date, data, label("other", review=True,
                               note="'uitschrijven' here means the mailing list, not a registration (in Flemish it often means cancel); reply quoting the announcement. A person must remove him."))


@message
def erf_other_internal_staff():
    date = "2027-03-18 15:22"
    text = T("""
        Dag collega's,

        Ter info: ik heb de definitieve deelnemerslijst voor het werfbezoek van zaterdag 20 maart aan de aannemer (Bouwcombinatie Kaaibrug) bezorgd. Er staan 15 namen op, de lijst is dus afgesloten.

        Kunnen jullie de twee mensen op de wachtlijst laten weten dat ze welkom zijn op 3 april? Het gaat om thomas.cools@gmail.com en een dame die telefonisch belde (nummer staat in het dossier).

        Bedankt!
        Katrien Moens
        Projectingenieur Kaaibrug
        Havenbedrijf Scheldegem
        """)
    data = send("o05", date, "outlook", addr("Katrien Moens", "katrien.moens@havenscheldegem.be"), ERF,
                "Werfbezoek 20/3 - lijst naar aannemer", text)
    return M(date, data, label("other", review=True,
                               note="Internal mail from the port's engineer to the team mailbox: mentions a participant's address and a session but is an instruction to staff, not a registration."))


@message
def erf_other_complaint_bridge():
    date = "2027-03-26 08:50"
    text = T("""
        Goedemorgen,

        Gisteren was ik op de lezing over de nieuwe brug. Mooi verhaal, maar intussen ligt mijn straat (Noorderkaai) al veertien maanden open en rijden de vrachtwagens van de werf al om zes uur 's morgens voorbij. Wanneer komt daar eindelijk een einde aan? Ik verwacht een antwoord van iemand die er iets over te zeggen heeft.

        Met vriendelijke groeten,
        Eddy Vermeulen
        Noorderkaai 18
        """)
    data = send("o06", date, "wlm", addr("Eddy Vermeulen", "eddy.vermeulen@skynet.be"), ERF, "Werf Noorderkaai", text)
    return M(date, data, label("other", review=True, kind_alt=["question"],
                               note="Complaint about the building site after attending the lecture; needs a person (to pass on to the port), but is not about a registration."))


# ===================== Waterschap: registrations =====================

@message
def ws_reply_letter_neerhellouw():
    date = "2027-02-22 11:02"
    q = Q(WS_NAME, WS, WS_LETTER_DATE, WS_LETTER_SUBJECT, ws_letter(), to="Gerrit Brouwer <gerritbrouwer@ziggo.nl>")
    text = T("""
        Ik kom graag, Neerhellouw.

        Gerrit Brouwer

        Verstuurd vanaf mijn iPhone
        """)
    data = send("w01", date, "iphone", addr("Gerrit Brouwer", "gerritbrouwer@ziggo.nl"), addr(WS_NAME, WS),
                "Re: " + WS_LETTER_SUBJECT, text, quote=q, reply=WS_LETTER_MID, lang="nl-NL")
    return M(date, data, label("register", [NEE], ["gerritbrouwer@ziggo.nl"],
                               note="Two-word reply above the quoted letter that lists all five villages and the online evening."))


@message
def ws_simple_hoogwaarde():
    date = "2027-02-22 11:15"
    text = T("""
        Goedemorgen,

        Graag meld ik mij aan voor de informatieavond in Hoogwaarde.

        Met vriendelijke groet,
        Wim van den Berg
        Dijkweg 31, Hoogwaarde
        """)
    data = send("w02", date, "outlook", addr("Wim van den Berg", "w.vandenberg@ziggo.nl"), WS,
                "Aanmelding informatieavond Hoogwaarde", text, lang="nl-NL")
    return M(date, data, label("register", [HOO], ["w.vandenberg@ziggo.nl"], note="Plain registration by village."))


@message
def ws_wife_varikhoven():
    date = "2027-02-23 19:30"
    text = T("""
        Goedenavond,

        Mijn vrouw en ik komen naar de avond in Varikhoven.

        Groet,
        Henk Jansen
        """)
    data = send("w03", date, "ox", addr("Henk Jansen", "henkjansen@kpnmail.nl"), WS, "Informatieavond", text, lang="nl-NL")
    return M(date, data, label("register", [VAR], ["henkjansen@kpnmail.nl"], review=True,
                               note="'Mijn vrouw en ik': the wife takes a seat but has no name or address (household rule). KPN webmail (Open-Xchange)."))


@message
def ws_typo_dremelkerk_full():
    date = "2027-02-24 08:12"
    text = T("""
        Goedemorgen, ik wil mij graag aanmelden voor de bijeenkomst in Dremelkerk.
        Groet, Sjaak

        Verstuurd vanaf mijn iPhone
        """)
    data = send("w04", date, "iphone", addr("Sjaak de Groot", "sjaakdegroot@hetnet.nl"), WS, "Aanmelding", text, lang="nl-NL")
    return M(date, data, label("register", [DRE], ["sjaakdegroot@hetnet.nl"], review=True,
                               note="Typo 'Dremelkerk' = Dreumelkerk, which is full (status)."))


@message
def ws_typo_neerhelouw():
    date = "2027-02-25 12:40"
    text = T("""
        Hallo,

        Ik kom graag naar de informatieavond in Neerhelouw op 31 maart.

        Groetjes,
        Fenna Bakker
        """)
    data = send("w05", date, "gmail", addr("Fenna Bakker", "fennabakker@gmail.com"), WS, "aanmelding 31 maart", text)
    return M(date, data, label("register", [NEE], ["fennabakker@gmail.com"],
                               note="Typo 'Neerhelouw' (Neerhellouw), confirmed by the date 31 March."))


@message
def ws_elderly_letter_wife():
    date = "2027-02-25 15:20"
    text = T("""
        Geacht Waterschap,

        Naar aanleiding van uw brief van 22 februari jl. willen mijn vrouw Gerda en ik ons graag aanmelden voor de informatieavond in Varikhoven op donderdag 25 maart a.s.

        Ons huis staat direct aan de dijk (Dijkweg 14) en wij maken ons zorgen over de plannen. Wij hopen dat er die avond ook tijd is om individueel met iemand te spreken.

        Hoogachtend,

        J.A. (Jan) Verhoeven
        Dijkweg 14
        4179 VH Varikhoven
        """)
    data = send("w06", date, "wlm", addr("J.A. Verhoeven", "ja.verhoeven@planet.nl"), WS,
                "Aanmelding informatieavond Varikhoven", text, lang="nl-NL")
    return M(date, data, label("register", [VAR], ["ja.verhoeven@planet.nl"], review=True,
                               note="Formal letter: wife named (Gerda) without an address, and a request for an individual talk. Windows Live Mail, windows-1252."))


@message
def ws_selfcorrect_village():
    date = "2027-02-26 09:05"
    text = T("""
        Goedemorgen,

        Graag een aanmelding voor de informatieavond in Hoogwaarde - sorry, ik bedoel Oosterlinge. Hoogwaarde is waar mijn moeder woont.

        Met vriendelijke groet,
        Ria Smits
        """)
    data = send("w07", date, "outlook", addr("Ria Smits", "ria.smits@upcmail.nl"), WS, "Aanmelding", text, lang="nl-NL")
    return M(date, data, label("register", [OOS], ["ria.smits@upcmail.nl"],
                               note="Self-correction: Hoogwaarde replaced by Oosterlinge."))


@message
def ws_by_dijkvak():
    date = "2027-02-27 10:30"
    text = T("""
        Goedendag,

        Ik woon in dijkvak C en kom graag naar de informatieavond voor ons dijkvak.

        Met vriendelijke groet,
        Arjen Mulder
        """)
    data = send("w08", date, "thunderbird", addr("Arjen Mulder", "arjen.mulder@xs4all.nl"), WS,
                "Informatieavond dijkvak C", text, lang="nl-NL")
    return M(date, data, label("register", [OOS], ["arjen.mulder@xs4all.nl"],
                               note="Session named by region only: dijkvak C = Oosterlinge. Thunderbird format=flowed."))


@message
def ws_postal_other_village():
    date = "2027-02-28 20:15"
    text = T("""
        Beste mensen,

        Ik woon aan de Molenkade 3 in Varikhoven, maar op donderdagavond heb ik altijd koor. Daarom kom ik liever naar de avond in Neerhellouw. Kan dat?

        Vriendelijke groet,
        Trudy Hermsen
        Molenkade 3
        4179 VH Varikhoven
        """)
    data = send("w09", date, "outlook", addr("Trudy Hermsen", "trudy.hermsen@home.nl"), WS, "Aanmelding", text, lang="nl-NL")
    return M(date, data, label("register", [NEE], ["trudy.hermsen@home.nl"],
                               note="Postal address and signature say Varikhoven; she asks for Neerhellouw. 'Kan dat?' is politeness: every evening is open to everyone."))


@message
def ws_online_simple():
    date = "2027-03-01 13:22"
    text = T("""
        Hallo,

        Ik volg graag de online avond. Ik woon inmiddels in Utrecht maar heb nog een perceel aan de dijk.

        Groet,
        Maarten Kuipers
        """)
    data = send("w10", date, "gmail", addr("Maarten Kuipers", "maarten.kuipers@gmail.com"), WS, "online avond", text)
    return M(date, data, label("register", [ONL], ["maarten.kuipers@gmail.com"], note="Online evening; the Utrecht address is background."))


@message
def ws_son_for_father():
    date = "2027-03-01 18:40"
    text = T("""
        Goedemiddag,

        Namens mijn vader, Hendrik Bosman, wil ik hem aanmelden voor de informatieavond in Neerhellouw op 31 maart. Zijn e-mailadres is h.bosman@kpnmail.nl. Ik breng hem, maar ga zelf niet mee naar binnen.

        Met vriendelijke groet,
        Erik Bosman
        """)
    data = send("w11", date, "outlook", addr("Erik Bosman", "erik.bosman@bosman-installatietechniek.nl"), WS,
                "Aanmelding H. Bosman Neerhellouw", text, lang="nl-NL")
    return M(date, data, label("register", [NEE], ["h.bosman@kpnmail.nl"],
                               note="Son registers his father with the father's address; he only drives him there."))


@message
def ws_village_and_online_two_people():
    date = "2027-03-02 08:50"
    text = T("""
        Goedemorgen,

        Ik kom naar de avond in Hoogwaarde. Mijn zoon Thijs (thijs.kuipers@gmail.com) woont in Utrecht en volgt liever de online avond.

        Met vriendelijke groet,
        Anneke Kuipers
        """)
    data = send("w12", date, "outlook", addr("Anneke Kuipers", "anneke.kuipers@ziggo.nl"), WS,
                "Aanmelding Hoogwaarde + online", text, lang="nl-NL")
    return M(date, data, label("register", [HOO, ONL], ["anneke.kuipers@ziggo.nl", "thijs.kuipers@gmail.com"], review=True,
                               note="Two people, each to a different session; the sets cannot say who goes where, so a person must register them."))


@message
def ws_neighbour_noemail_and_self():
    date = "2027-03-02 19:55"
    text = T("""
        Hallo,

        Ik kom graag naar de avond in Oosterlinge. Mijn buurman, meneer Van Gelder, wil ook graag komen maar hij heeft geen e-mail. Kunt u hem ook op de lijst zetten?

        Groetjes,
        Sanne Hoekstra
        """)
    data = send("w13", date, "apple", addr("Sanne Hoekstra", "sanne.hoekstra@icloud.com"), WS, "Aanmelding Oosterlinge",
                text, html_alt=True, lang="nl-NL")
    return M(date, data, label("register", [OOS], ["sanne.hoekstra@icloud.com"], review=True,
                               note="Sender plus a neighbour without e-mail: sender can be registered, neighbour needs a person."))


@message
def ws_by_date():
    date = "2027-03-03 07:45"
    text = T("""
        Goedemorgen,

        Ik wil graag komen op de avond van 25 maart.

        Groet,
        Bas Timmermans
        """)
    data = send("w14", date, "apple", addr("Bas Timmermans", "bas.timmermans@me.com"), WS, "25 maart", text, lang="nl-NL")
    return M(date, data, label("register", [VAR], ["bas.timmermans@me.com"], note="By date only: 25 March = Varikhoven."))


@message
def ws_table_association():
    date = "2027-03-03 21:10"
    rows = [["Naam", "Adres", "E-mail"],
            ["Ineke Wolters (voorzitter)", "Dijkweg 2", "ineke.wolters@ziggo.nl"],
            ["Piet Roelofs", "Dijkweg 8", "p.roelofs@kpnmail.nl"],
            ["Marijke van Dam", "Kade 11", "marijkevandam@gmail.com"],
            ["Hans Lodewijks", "Kade 15", "hans.lodewijks@hetnet.nl"]]
    text = T("""
        Geachte heer/mevrouw,

        Namens Bewonersvereniging Dijkzicht Varikhoven meld ik de volgende personen aan voor de informatieavond in Varikhoven op 25 maart:

        [[TABLE]]

        Met vriendelijke groet,
        Ineke Wolters
        Voorzitter Bewonersvereniging Dijkzicht
        """)
    data = send("w15", date, "outlook", addr("Ineke Wolters", "ineke.wolters@ziggo.nl"), WS,
                "Aanmelding bewonersvereniging Dijkzicht - Varikhoven", text, table=rows, lang="nl-NL")
    return M(date, data, label("register", [VAR], ["ineke.wolters@ziggo.nl", "p.roelofs@kpnmail.nl", "marijkevandam@gmail.com", "hans.lodewijks@hetnet.nl"],
                               note="Residents' association registers four people in an HTML table, sender included; all with addresses."))


@message
def ws_thursday_ambiguous():
    date = "2027-03-04 12:05"
    text = T("""
        Ik kom donderdagavond naar de informatieavond over de dijk.
        Gr. Kees
        """)
    data = send("w16", date, "samsung", addr("Kees Verbeek", "kees.verbeek@live.nl"), WS, "dijk", text, lang="nl-NL")
    return M(date, data, label("register", [], ["kees.verbeek@live.nl"], review=True,
                               note="'donderdagavond': two evenings are on a Thursday (18 March Dreumelkerk, 25 March Varikhoven); no village given."))


@message
def ws_forward_neighbour():
    date = "2027-03-04 16:30"
    inner = T("""
        Hoi Joke,

        Heb jij deze ook gekregen? Ik ga naar de avond in Varikhoven, misschien kunnen we samen.

        Groet, Marijke
        """) + "\n" + "-" * 10 + " Doorgestuurd bericht " + "-" * 10 + "\n" + \
        f"Van: {WS_NAME} <{WS}>\nOnderwerp: {WS_LETTER_SUBJECT}\n\n" + ws_letter()
    q = Q("Marijke van Dam", "marijkevandam@gmail.com", "2027-03-04 09:12", "Fwd: " + WS_LETTER_SUBJECT, inner,
          to="Joke Hendriks <joke.hendriks52@gmail.com>", forward=True)
    text = T("""
        Goedemiddag,

        Via mijn buurvrouw kreeg ik onderstaande uitnodiging. Ik wil me ook graag aanmelden voor Varikhoven.

        Joke Hendriks
        """)
    data = send("w17", date, "gmail", addr("Joke Hendriks", "joke.hendriks52@gmail.com"), WS,
                "Fwd: Fwd: " + WS_LETTER_SUBJECT, text, quote=q)
    return M(date, data, label("register", [VAR], ["joke.hendriks52@gmail.com"],
                               note="Forward of a neighbour's forward; the neighbour (already registered via the association) appears with her address but is not a participant."))


@message
def ws_by_venue():
    date = "2027-03-05 10:20"
    text = T("""
        Goedemorgen,

        Ik meld mij aan voor de avond in De Waardhof.

        Vriendelijke groet,
        Gert-Jan Dekker
        """)
    data = send("w18", date, "ox_html", addr("Gert-Jan Dekker", "gj.dekker@kpnmail.nl"), WS, "Aanmelding", text, lang="nl-NL")
    return M(date, data, label("register", [HOO], ["gj.dekker@kpnmail.nl"],
                               note="Session named by venue only (Dorpshuis De Waardhof = Hoogwaarde). HTML-only webmail message."))


@message
def ws_full_dreumelkerk():
    date = "2027-03-06 09:30"
    text = T("""
        Goedemorgen,

        Wij wonen aan de Veerweg in Dreumelkerk. Ik meld mij aan voor de avond in Dreumelkerk op 18 maart.

        Met vriendelijke groet,
        Lidwien Claassen
        """)
    data = send("w19", date, "gmail", addr("Lidwien Claassen", "lidwien.claassen@gmail.com"), WS,
                "Aanmelding Dreumelkerk 18 maart", text)
    return M(date, data, label("register", [DRE], ["lidwien.claassen@gmail.com"], review=True,
                               note="Clear registration for Dreumelkerk, which is full."))


@message
def ws_nonexistent_village():
    date = "2027-03-06 14:45"
    text = T("""
        Geachte heer/mevrouw,

        Graag meld ik mij aan voor de informatieavond in Hellouwen.

        Met vriendelijke groet,
        Joost van Wijk
        """)
    data = send("w20", date, "outlook", addr("Joost van Wijk", "joostvanwijk@planet.nl"), WS, "Aanmelding informatieavond",
                text, lang="nl-NL")
    return M(date, data, label("register", [], ["joostvanwijk@planet.nl"], review=True,
                               note="'Hellouwen' is not one of the villages; close to Neerhellouw but not a plain typo. A person should ask."))


@message
def ws_farmer_full_alternative():
    date = "2027-03-07 12:10"
    text = T("""
        Goedemiddag,

        Als eigenaar van de percelen langs de dijk bij Dreumelkerk wilde ik naar de avond in Dreumelkerk, maar volgens uw website is die vol. Kan ik dan naar de avond in Hoogwaarde komen?

        Met vriendelijke groet,
        Gerard van der Linden
        Melkveebedrijf Van der Linden
        """)
    data = send("w21", date, "outlook", addr("Gerard van der Linden", "info@melkveebedrijfvanderlinden.nl"), WS,
                "Informatieavond", text, lang="nl-NL")
    return M(date, data, label("register", [HOO], ["info@melkveebedrijfvanderlinden.nl"],
                               note="Knows Dreumelkerk is full and asks for Hoogwaarde instead: register Hoogwaarde, not Dreumelkerk."))


@message
def ws_fallback_full():
    date = "2027-03-08 08:35"
    text = T("""
        Goedemorgen,

        Graag een aanmelding voor Dreumelkerk, en als dat vol is dan Hoogwaarde.

        Met vriendelijke groet,
        Lisa van Rooij
        """)
    data = send("w22", date, "outlook", addr("Lisa van Rooij", "lisa.vanrooij@hotmail.com"), WS, "Aanmelding", text, lang="nl-NL")
    return M(date, data, label("register", [HOO], ["lisa.vanrooij@hotmail.com"],
                               note="Fallback with a full first choice: Dreumelkerk is full, so the authorised fallback Hoogwaarde."))


@message
def ws_reg_question_schuur():
    date = "2027-03-09 10:40"
    text = T("""
        Geacht waterschap,

        Ik kom naar de informatieavond in Oosterlinge op 23 maart. Wordt er die avond ook gesproken over de grond die nodig is voor de verbreding? Mijn schuur staat namelijk precies aan de teen van de dijk en ik wil weten of die weg moet.

        Met vriendelijke groet,
        W. (Willem) Hak
        Dorpsstraat 88, Oosterlinge
        """)
    data = send("w23", date, "wlm", addr("Willem Hak", "w.hak@hetnet.nl"), WS, "Informatieavond Oosterlinge", text, lang="nl-NL")
    return M(date, data, label("register", [OOS], ["w.hak@hetnet.nl"], review=True,
                               note="Registration plus a personal question (his barn); needs a person. Windows Live Mail."))


@message
def ws_exclusion_previous_round():
    date = "2027-03-10 20:20"
    text = T("""
        Hallo,

        Niet in Hoogwaarde graag (daar was ik bij de vorige ronde al), liever de avond in Neerhellouw.

        Groet,
        Daan Vos
        """)
    data = send("w24", date, "gmail", addr("Daan Vos", "daan.vos@gmail.com"), WS, "Aanmelding Neerhellouw", text)
    return M(date, data, label("register", [NEE], ["daan.vos@gmail.com"],
                               note="Exclusion of Hoogwaarde, then Neerhellouw chosen."))


@message
def ws_reply_village_invite_two():
    date = "2027-03-10 09:15"
    q = Q(WS_NAME, WS, "2027-03-08 10:00", ws_invite_subject(OOS), ws_village_invite(OOS), to="familie.brink@gmail.com")
    text = T("""
        Goedemorgen,

        Wij komen met z'n tweeën.

        Groet,
        Familie Brink
        """)
    data = send("w25", date, "gmail", addr("Familie Brink", "familie.brink@gmail.com"), addr(WS_NAME, WS),
                "Re: " + ws_invite_subject(OOS), text, quote=q, reply=svc_mid("ws-invite-oos", "wsrivierenwaard.nl"))
    return M(date, data, label("register", [OOS], ["familie.brink@gmail.com"], review=True,
                               note="Reply to the Oosterlinge invitation: the village comes from the quote; 'met z'n tweeën' adds one unnamed person."))


@message
def ws_reply_village_invite_ik_kom():
    date = "2027-03-11 07:50"
    q = Q(WS_NAME, WS, "2027-03-08 10:00", ws_invite_subject(OOS), ws_village_invite(OOS), to="Hans Pieters <hans.pieters@ziggo.nl>")
    text = T("""
        Ik kom.

        Hans Pieters
        """)
    data = send("w26", date, "outlook", addr("Hans Pieters", "hans.pieters@ziggo.nl"), addr(WS_NAME, WS),
                "RE: " + ws_invite_subject(OOS), text, quote=q, reply=svc_mid("ws-invite-oos", "wsrivierenwaard.nl"), lang="nl-NL")
    return M(date, data, label("register", [OOS], ["hans.pieters@ziggo.nl"],
                               note="'Ik kom.' above the quoted village invitation: the session is only in the quote."))


@message
def ws_two_people_two_villages():
    date = "2027-03-11 18:25"
    text = T("""
        Goedenavond,

        Ik ga naar de avond in Hoogwaarde. Mijn buurman Kees van Leeuwen (kees.vanleeuwen@planet.nl) gaat naar Oosterlinge, daar heeft hij zijn land.

        Groet,
        Bert Schouten
        """)
    data = send("w27", date, "outlook", addr("Bert Schouten", "bert.schouten@ziggo.nl"), WS, "Aanmeldingen", text, lang="nl-NL")
    return M(date, data, label("register", [HOO, OOS], ["bert.schouten@ziggo.nl", "kees.vanleeuwen@planet.nl"], review=True,
                               note="Two people to two different villages in one mail; per-person mapping cannot be expressed in sets."))


@message
def ws_typo_oosterlinde():
    date = "2027-03-12 12:12"
    text = T("""
        Graag aanmelden voor de avond in Oosterlinde op 23 maart.
        Mvg Ellen Kok
        """)
    data = send("w28", date, "samsung", addr("Ellen Kok", "ellen.kok@live.nl"), WS, "aanmelden", text, lang="nl-NL")
    return M(date, data, label("register", [OOS], ["ellen.kok@live.nl"],
                               note="Typo 'Oosterlinde', confirmed by the date 23 March."))


@message
def ws_english_online_question():
    date = "2027-03-13 15:00"
    text = T("""
        Hello,

        I live in Varikhoven (I moved here from Germany last year) and I would like to attend the online evening on 6 April. Will it be in Dutch only? My Dutch is improving but not perfect yet.

        Kind regards,
        Jonas Richter
        """)
    data = send("w29", date, "gmail", addr("Jonas Richter", "jonas.richter@gmx.de"), WS, "Online information evening", text)
    return M(date, data, label("register", [ONL], ["jonas.richter@gmx.de"], review=True,
                               note="English: registration for the online evening plus a language question."))


@message
def ws_subject_only():
    date = "2027-03-14 17:00"
    text = T("""


        Met vriendelijke groet,

        Ilona de Bruin
        Kerkpad 9
        Neerhellouw
        """)
    data = send("w30", date, "outlook", addr("Ilona de Bruin", "ilona.debruin@kpnmail.nl"), WS,
                "Aanmelding informatieavond Neerhellouw", "\n" + text, lang="nl-NL")
    return M(date, data, label("register", [NEE], ["ilona.debruin@kpnmail.nl"],
                               note="Request only in the subject; body is a greeting and signature."))


@message
def ws_apple_couple():
    date = "2027-03-15 20:45"
    text = T("""
        Goedenavond,

        Wij, Jan en Marga de Wit (marga.dewit@ziggo.nl), komen graag naar de avond in Varikhoven.

        Hartelijke groet,
        Jan de Wit
        """)
    data = send("w31", date, "apple", addr("Jan de Wit", "jan.dewit@ziggo.nl"), WS, "Varikhoven", text, html_alt=True, lang="nl-NL")
    return M(date, data, label("register", [VAR], ["jan.dewit@ziggo.nl", "marga.dewit@ziggo.nl"],
                               note="Couple, wife's address given in brackets: both registered."))


@message
def ws_future_intent_husband():
    date = "2027-03-16 09:20"
    text = T("""
        Goedemorgen,

        Zet mij maar op de lijst voor Neerhellouw. Of mijn man ook komt weet ik nog niet, dat laat ik nog weten.

        Groet,
        Annelies Post
        """)
    data = send("w32", date, "gmail", addr("Annelies Post", "annelies.post@gmail.com"), WS, "Neerhellouw", text)
    return M(date, data, label("register", [NEE], ["annelies.post@gmail.com"],
                               note="Future intent about the husband: not registered now; only the sender."))


@message
def ws_past_hoogwaarde():
    date = "2027-03-19 10:05"
    text = T("""
        Goedemorgen,

        Kan ik nog komen naar de informatieavond in Hoogwaarde? Ik was de brief kwijtgeraakt.

        Met vriendelijke groet,
        Tonny Verschoor
        """)
    data = send("w33", date, "outlook", addr("Tonny Verschoor", "tonny.verschoor@ziggo.nl"), WS, "Informatieavond", text, lang="nl-NL")
    return M(date, data, label("register", [HOO], ["tonny.verschoor@ziggo.nl"], review=True,
                               note="Sent 19 March; the Hoogwaarde evening was on 16 March. Past session."))


@message
def ws_online_conditional():
    date = "2027-03-25 21:30"
    text = T("""
        Hallo,

        Ik meld me aan voor de online avond van 6 april, als het me tenminste lukt met Teams. Mijn kleinzoon gaat me helpen.

        Groetjes,
        Riet Hoogendoorn
        """)
    data = send("w34", date, "gmail", addr("Riet Hoogendoorn", "riet.hoogendoorn@gmail.com"), WS, "online avond", text)
    return M(date, data, label("register", [ONL], ["riet.hoogendoorn@gmail.com"], review="any",
                               note="Registers for the online evening with a technical condition; the grandson only helps. Acting or a person looking are both fine."))


@message
def ws_same_day_online():
    date = "2027-04-06 17:30"
    text = T("""
        Goedemiddag,

        Kan ik vanavond nog meedoen met de online informatieavond? Graag de link.

        Met vriendelijke groet,
        Peter Lagerweij
        """)
    data = send("w35", date, "outlook", addr("Peter Lagerweij", "peter.lagerweij@outlook.com"), WS, "Online avond vanavond", text, lang="nl-NL")
    return M(date, data, label("register", [ONL], ["peter.lagerweij@outlook.com"],
                               note="Same-day registration for the online evening (no deadline, mail sent before 20:00); 'graag de link' is what a registration produces anyway."))


# ===================== Waterschap: cancellations =====================

@message
def ws_cancel_oosterlinge():
    date = "2027-03-20 09:45"
    text = T("""
        Goedemorgen,

        Helaas kan ik dinsdag niet naar de informatieavond in Oosterlinge; mijn moeder is opgenomen in het ziekenhuis. Wilt u mij afmelden?

        Met vriendelijke groet,
        Ria Smits
        """)
    data = send("wc1", date, "outlook", addr("Ria Smits", "ria.smits@upcmail.nl"), WS, "Afmelding Oosterlinge", text, lang="nl-NL")
    return M(date, data, label("cancel", [OOS], ["ria.smits@upcmail.nl"], note="Explicit cancellation by village."))


@message
def ws_cancel_reply_confirmation():
    date = "2027-03-24 07:10"
    q = ws_confirm(VAR, "Bas Timmermans", "bas.timmermans@me.com", "2027-03-03 07:50")
    text = T("""
        Moet helaas afzeggen ivm ziekte.
        Bas

        Verstuurd vanaf mijn iPhone
        """)
    data = send("wc2", date, "iphone", addr("Bas Timmermans", "bas.timmermans@me.com"), addr(WS_NAME, WS),
                "Re: " + ws_confirm_subject(VAR), text, quote=q, reply=svc_mid("ws-conf-timmermans", "wsrivierenwaard.nl"), lang="nl-NL")
    return M(date, data, label("cancel", [VAR], ["bas.timmermans@me.com"],
                               note="'afzeggen' above the quoted confirmation; the village comes from the subject and quote."))


@message
def ws_cancel_wife_only():
    date = "2027-03-22 20:00"
    text = T("""
        Goedenavond,

        Mijn vrouw komt donderdag toch niet mee, ze heeft griep. Ik kom wel.

        Groet,
        Henk Jansen
        """)
    data = send("wc3", date, "ox", addr("Henk Jansen", "henkjansen@kpnmail.nl"), WS, "Re: Informatieavond", text, lang="nl-NL")
    return M(date, data, label("cancel", [VAR], [], review=True,
                               note="Releases only the wife's seat (no address; 'donderdag' = Varikhoven, his registration); the sender stays. Cancelling him would be wrong."))


@message
def ws_change_to_online():
    date = "2027-03-29 18:20"
    text = T("""
        Goedenavond,

        Ik kan toch niet naar de avond in Neerhellouw op woensdag. Dan volg ik de online avond van 6 april.

        Gerrit Brouwer
        """)
    data = send("wc4", date, "iphone", addr("Gerrit Brouwer", "gerritbrouwer@ziggo.nl"), WS, "Neerhellouw", text, lang="nl-NL")
    return M(date, data, label("change", [ONL], ["gerritbrouwer@ziggo.nl"], from_sessions=[NEE],
                               note="Starts like a cancellation but names a new session: a change from Neerhellouw to online."))


@message
def ws_cancel_unspecified():
    date = "2027-03-20 12:30"
    text = T("""
        Ik kan toch niet komen. Wilt u mij afmelden?
        Mvg Ellen Kok
        """)
    data = send("wc5", date, "samsung", addr("Ellen Kok", "ellen.kok@live.nl"), WS, "afmelden", text, lang="nl-NL")
    return M(date, data, label("cancel", [], ["ellen.kok@live.nl"], review="any", sessions_allowed=WS_ALL,
                               note="No session named. Fine to act if the sender has exactly one registration (one evening per person here); otherwise a person must ask."))


@message
def ws_cancel_for_father():
    date = "2027-03-24 13:15"
    text = T("""
        Goedemiddag,

        Mijn vader Hendrik Bosman (h.bosman@kpnmail.nl) kan toch niet naar de avond in Neerhellouw; hij ligt in het ziekenhuis. Wilt u hem afmelden?

        Met vriendelijke groet,
        Erik Bosman
        """)
    data = send("wc6", date, "outlook", addr("Erik Bosman", "erik.bosman@bosman-installatietechniek.nl"), WS,
                "Afmelding H. Bosman", text, lang="nl-NL")
    return M(date, data, label("cancel", [NEE], ["h.bosman@kpnmail.nl"], note="Cancellation for the father the son registered."))


# ===================== Waterschap: changes =====================

@message
def ws_change_hoogwaarde_varikhoven():
    date = "2027-03-09 12:50"
    text = T("""
        Goedemiddag,

        Ik heb me aangemeld voor Hoogwaarde, maar op 16 maart moet ik werken. Kan ik naar de avond in Varikhoven komen?

        Met vriendelijke groet,
        Wim van den Berg
        """)
    data = send("wx1", date, "outlook", addr("Wim van den Berg", "w.vandenberg@ziggo.nl"), WS, "Wijziging aanmelding", text, lang="nl-NL")
    return M(date, data, label("change", [VAR], ["w.vandenberg@ziggo.nl"], from_sessions=[HOO],
                               note="Switch between villages; 'Kan ik...?' is a polite request."))


@message
def ws_change_to_full():
    date = "2027-03-12 16:40"
    text = T("""
        Hallo,

        Ik had me voor Neerhellouw aangemeld, maar ik wil toch liever naar Dreumelkerk, dan kan ik met mijn broer mee.

        Groet,
        Daan Vos
        """)
    data = send("wx2", date, "gmail", addr("Daan Vos", "daan.vos@gmail.com"), WS, "wijziging", text)
    return M(date, data, label("change", [DRE], ["daan.vos@gmail.com"], from_sessions=[NEE], review=True,
                               note="Target Dreumelkerk is full; the brother is a reason, not a participant."))


@message
def ws_change_no_target():
    date = "2027-03-13 11:05"
    text = T("""
        Goedemorgen,

        Op 23 maart kan ik toch niet. Is er nog een andere avond waar ik heen kan?

        Groet,
        Arjen Mulder
        """)
    data = send("wx3", date, "thunderbird", addr("Arjen Mulder", "arjen.mulder@xs4all.nl"), WS, "Re: Informatieavond dijkvak C",
                text, lang="nl-NL")
    return M(date, data, label("change", [], ["arjen.mulder@xs4all.nl"], from_sessions=[OOS], review=True,
                               note="Leaves 23 March (Oosterlinge) without naming a new evening."))


@message
def ws_change_reply_confirm_date():
    date = "2027-03-15 08:25"
    q = ws_confirm(OOS, "Hans Pieters", "hans.pieters@ziggo.nl", "2027-03-11 08:00")
    text = T("""
        Goedemorgen,

        Toch liever de 31e, als dat nog kan.

        Hans Pieters
        """)
    data = send("wx4", date, "outlook", addr("Hans Pieters", "hans.pieters@ziggo.nl"), addr(WS_NAME, WS),
                "RE: " + ws_confirm_subject(OOS), text, quote=q, reply=svc_mid("ws-conf-pieters", "wsrivierenwaard.nl"), lang="nl-NL")
    return M(date, data, label("change", [NEE], ["hans.pieters@ziggo.nl"], from_sessions=[OOS],
                               note="Reply to the Oosterlinge confirmation; new evening given only as 'de 31e' = 31 March, Neerhellouw."))


# ===================== Waterschap: questions =====================

@message
def ws_q_report():
    date = "2027-02-23 14:30"
    text = T("""
        Geachte heer/mevrouw,

        Ik kan helaas geen van de avonden bijwonen. Komt er een verslag of presentatie online te staan?

        Met vriendelijke groet,
        Dirk Meijer
        """)
    data = send("wq1", date, "outlook", addr("Dirk Meijer", "dirk.meijer@ziggo.nl"), WS, "Verslag informatieavond", text, lang="nl-NL")
    return M(date, data, label("question", [], [], review=True,
                               note="Cannot come to any evening and asks for a report; no registration. Mentions 'online'."))


@message
def ws_q_registration_required():
    date = "2027-02-24 21:10"
    text = T("""
        Hoi,

        Is aanmelden verplicht? Ik weet nog niet of ik kan, dat hangt van mijn diensten af.

        Groetjes,
        Chloë de Haan
        """)
    data = send("wq2", date, "gmail", addr("Chloë de Haan", "chloe.dehaan@gmail.com"), WS, "aanmelden verplicht?", text)
    return M(date, data, label("question", [], [], review=True, note="Asks whether registration is required; undecided, not a registration."))


@message
def ws_q_eligibility():
    date = "2027-02-26 16:55"
    text = T("""
        Goedemiddag,

        Mag ik me ook aanmelden voor de avond in Oosterlinge als ik niet aan de dijk woon? Ik woon in het dorp zelf, maar mijn kinderen gaan naar school langs de dijk en ik maak me zorgen over het bouwverkeer.

        Met vriendelijke groet,
        Chantal Peters
        """)
    data = send("wq3", date, "outlook", addr("Chantal Peters", "chantal.peters@hotmail.com"), WS, "Vraag informatieavond", text, lang="nl-NL")
    return M(date, data, label("question", [OOS], [], review=True, kind_alt=["register"],
                               participants_alt=[["chantal.peters@hotmail.com"]],
                               note="Eligibility question phrased like a request ('Mag ik me ook aanmelden ... als ik niet aan de dijk woon?')."))


@message
def ws_q_project_timing():
    date = "2027-03-01 09:10"
    text = T("""
        Geachte heer/mevrouw,

        Wanneer beginnen de werkzaamheden ter hoogte van Dijkweg 40-60 in Hoogwaarde? Wij willen dit jaar onze keuken verbouwen en willen weten of de weg bereikbaar blijft.

        Met vriendelijke groet,
        Yvonne Gerritsen
        """)
    data = send("wq4", date, "outlook", addr("Yvonne Gerritsen", "y.gerritsen@kpnmail.nl"), WS, "Planning werkzaamheden", text, lang="nl-NL")
    return M(date, data, label("question", [], [], review=True,
                               note="Question about the works themselves, sent to the evenings mailbox; names Hoogwaarde but no evening."))


@message
def ws_q_wheelchair():
    date = "2027-03-20 18:05"
    text = T("""
        Is de kerkzaal in Neerhellouw toegankelijk met een rolstoel? Mijn man zit sinds kort in een rolstoel.
        Groet, Annelies

        Verstuurd vanaf mijn iPhone
        """)
    data = send("wq5", date, "iphone", addr("Annelies Post", "annelies.post@gmail.com"), WS, "Rolstoel", text, lang="nl-NL")
    return M(date, data, label("question", [NEE], [], review=True,
                               note="Accessibility question about the evening she registered for; implies the husband may come but does not register him."))


@message
def ws_q_no_teams_link():
    date = "2027-04-05 19:40"
    text = T("""
        Goedenavond,

        Ik heb me aangemeld voor de online avond van morgen, maar ik heb nog geen Teams-link ontvangen. Kunt u die sturen?

        Groet,
        Maarten Kuipers
        """)
    data = send("wq6", date, "gmail", addr("Maarten Kuipers", "maarten.kuipers@gmail.com"), WS, "Teams-link", text)
    return M(date, data, label("question", [ONL], [], review=True,
                               note="Registered person asks for the missing Teams link; contains 'online' and 'Teams'."))


@message
def ws_q_missed_online():
    date = "2027-04-07 10:15"
    text = T("""
        Goedemorgen,

        Ik heb de online avond gisteren gemist. Kan ik me nog aanmelden voor een volgende keer, of is er een opname?

        Met vriendelijke groet,
        Karin Boersma
        """)
    data = send("wq7", date, "gmail", addr("Karin Boersma", "karin.boersma@gmail.com"), WS, "Online avond gemist", text)
    return M(date, data, label("question", [ONL], [], review=True, kind_alt=["register"], participants_alt=[["karin.boersma@gmail.com"]],
                               note="After the last evening: asks about a recording or a next time; 'kan ik me nog aanmelden' for a session that is over."))


# ===================== Waterschap: machine mail =====================

@message
def ws_auto_no_headers():
    date = "2027-02-23 09:02"
    text = T("""
        Beste afzender,

        Ik ben tot en met 5 maart op vakantie. Uw e-mail wordt niet doorgestuurd. Na mijn terugkomst beantwoord ik uw bericht zo snel mogelijk.

        Met vriendelijke groet,
        Wim van den Berg
        """)
    data = send("wa1", date, "webmail", addr("Wim van den Berg", "w.vandenberg@ziggo.nl"), WS,
                "Re: " + ws_confirm_subject(HOO), text, reply=svc_mid("ws-conf-vandenberg", "wsrivierenwaard.nl"), lang="nl-NL")
    return M(date, data, label("auto_reply",
                               note="Out-of-office to a confirmation without any auto header and a plain 'Re:' subject that names the Hoogwaarde evening."))


@message
def ws_auto_municipality_ticket():
    date = "2027-02-22 09:04"
    text = T("""
        Geachte heer/mevrouw,

        Hartelijk dank voor uw e-mail aan gemeente Waalzande. Wij hebben uw bericht ontvangen en geregistreerd onder zaaknummer 2027-004517. U ontvangt binnen tien werkdagen een reactie.

        Dit is een automatisch gegenereerd bericht; u kunt hier niet op reageren.

        Met vriendelijke groet,
        Klantcontactcentrum gemeente Waalzande
        """)
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:10pt">'
           + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n")) + "</body></html>\n")
    root = multipart("alternative", [text_part(text, "plain", "utf-8", "quoted-printable"),
                                     text_part(htm, "html", "utf-8", "quoted-printable")], "----=_Part_4517_20270222.0904")
    data = system_mail("wa2", date, addr("Gemeente Waalzande", "noreply@waalzande.nl"), WS,
                       f"Ontvangstbevestiging: {WS_LETTER_SUBJECT} [2027-004517]", root,
                       extra=[("In-Reply-To", WS_LETTER_MID), ("References", WS_LETTER_MID),
                              ("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    return M(date, data, label("auto_reply", note="Municipal case-system acknowledgement of the letter sent to its general address."))


@message
def ws_auto_exchange():
    date = "2027-03-08 10:01"
    text = T("""
        Dank voor uw bericht. Ik ben tot en met 19 maart met verlof. Voor zaken rond de dijkversterking kunt u contact opnemen met de omgevingsdienst via omgeving@waalzande.nl.

        Met vriendelijke groet,
        Frank Aalbers
        Beleidsmedewerker Ruimte, gemeente Waalzande
        """)
    data = send("wa3", date, "outlook", addr("Frank Aalbers", "f.aalbers@waalzande.nl"), WS,
                "Automatisch antwoord: " + ws_invite_subject(OOS), text, lang="nl-NL",
                reply=svc_mid("ws-invite-oos", "wsrivierenwaard.nl"),
                extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    return M(date, data, label("auto_reply", note="Exchange out-of-office to the Oosterlinge invitation; subject names the village and date."))


@message
def ws_auto_xautoreply_only():
    date = "2027-02-25 12:52"
    text = T("""
        Hallo,

        Ik ben tot 8 maart in het buitenland en heb beperkt toegang tot mijn mail. Ik reageer na terugkomst.

        Groet, Fenna
        """)
    data = send("wa4", date, "gmail", addr("Fenna Bakker", "fennabakker@gmail.com"), WS,
                "Afwezig: " + ws_confirm_subject(NEE), text, reply=svc_mid("ws-conf-bakker", "wsrivierenwaard.nl"),
                extra=[("X-Autoreply", "yes")])
    return M(date, data, label("auto_reply", note="Vacation reply with only X-Autoreply (no Auto-Submitted); subject 'Afwezig:' plus the confirmation subject."))


@message
def ws_bounce_exchange_ndr():
    date = "2027-03-03 21:12"
    rcpt = "hans.lodewijks@hetnet.nl"
    srv = "DU0PR10MB7712.eurprd10.prod.outlook.com"
    subj = ws_confirm_subject(VAR)
    conf_text = ws_confirm_text(VAR, "Hans Lodewijks")
    conf_mid = svc_mid("ws-conf-lodewijks", "wsrivierenwaard.nl")
    inner = build_message([("From", addr(WS_NAME, WS)), ("To", rcpt), ("Subject", subj),
                           ("Date", rfc_date("2027-03-03 21:11")), ("Message-ID", conf_mid)],
                          text_part(conf_text, "plain", "utf-8", "quoted-printable"))
    notice = T(f"""
        Uw bericht heeft deze ontvangers niet bereikt:

        {rcpt}

        Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger en probeer het bericht opnieuw te verzenden.

        Diagnostische gegevens voor beheerders:

        Genererende server: {srv}

        {rcpt}
        Externe server heeft '550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown' geretourneerd
        """)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<p><b><font color="#000066" size="3" face="Arial">Uw bericht heeft deze ontvangers niet bereikt:</font></b></p>'
           f'<p><a href="mailto:{rcpt}">{rcpt}</a></p><p><font size="2" face="Tahoma">Het e-mailadres dat u hebt ingevoerd, is niet gevonden.</font></p>'
           '</body></html>\n')
    alt = multipart("alternative", [text_part(notice, "plain", "utf-8", "quoted-printable"),
                                    text_part(htm, "html", "utf-8", "quoted-printable")], "_000_7a1e3b2c9d0f4e21_")
    status = T(f"""
        Reporting-MTA: dns;{srv}
        Received-From-MTA: dns;mail.wsrivierenwaard.nl
        Arrival-Date: {rfc_date('2027-03-03 21:11', utc=True)}

        Final-Recipient: rfc822;{rcpt}
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns;mx.kpnmail.nl
        Diagnostic-Code: smtp;550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown
        """)
    root = multipart("report", [alt, raw_part(["Content-Type: message/delivery-status"], status),
                                Part(["Content-Type: message/rfc822"], inner)],
                     "_001_7a1e3b2c9d0f4e21_", params="; report-type=delivery-status")
    hdrs = [("From", addr("Microsoft Outlook", "postmaster@wsrivierenwaard.onmicrosoft.com")), ("To", WS),
            ("Date", rfc_date(date, utc=True)), ("Subject", "Onbestelbaar: " + subj),
            ("Message-ID", f"<{h('wb1', 32)}@{srv}>"), ("In-Reply-To", conf_mid), ("References", conf_mid),
            ("Content-Language", "nl-NL"), ("X-MS-Exchange-Generated-Message-Source", "Mail Delivery Service"),
            ("Auto-Submitted", "auto-replied")]
    return M(date, build_message(hdrs, root), label("bounce", review="any",
             note="Exchange Online NDR in Dutch ('Onbestelbaar') for one of the association's members, with the original as message/rfc822."))


@message
def ws_bounce_sendmail():
    date = "2027-03-15 20:52"
    rcpt = "marga.dewit@ziggo.nl"
    conf_mid = svc_mid("ws-conf-dewit", "wsrivierenwaard.nl")
    orig = confirm_headers(conf_mid, WS, rcpt, ws_confirm_subject(VAR), "2027-03-15 20:50:40")
    notice = T(f"""
        The original message was received at Mon, 15 Mar 2027 20:50:41 +0100
        from mailflow.wsrivierenwaard.nl [192.0.2.44]

           ----- The following addresses had permanent fatal errors -----
        <{rcpt}>
            (reason: 550 5.1.1 Mailbox unavailable)

           ----- Transcript of session follows -----
        ... while talking to mx.ziggo.nl.:
        >>> RCPT To:<{rcpt}>
        <<< 550 5.1.1 Mailbox unavailable
        550 5.1.1 <{rcpt}>... User unknown
        """)
    status = T(f"""
        Reporting-MTA: dns; mail.wsrivierenwaard.nl
        Received-From-MTA: DNS; mailflow.wsrivierenwaard.nl
        Arrival-Date: {rfc_date('2027-03-15 20:50:41')}

        Final-Recipient: RFC822; {rcpt}
        Action: failed
        Status: 5.1.1
        Remote-MTA: DNS; mx.ziggo.nl
        Diagnostic-Code: SMTP; 550 5.1.1 Mailbox unavailable
        Last-Attempt-Date: {rfc_date(date)}
        """)
    root = multipart("report", [
        raw_part(["Content-Type: text/plain; charset=us-ascii"], notice),
        raw_part(["Content-Type: message/delivery-status"], status),
        raw_part(["Content-Type: text/rfc822-headers"], "\n".join(fold(k, v) for k, v in orig.items() if not k.startswith("_")) + "\n"),
    ], f"2B{h('wb2', 10).upper()}.1742068352/mail.wsrivierenwaard.nl", params="; report-type=delivery-status")
    hdrs = [("Return-Path", "<>"), ("Date", rfc_date(date)),
            ("From", "Mail Delivery Subsystem <MAILER-DAEMON@mail.wsrivierenwaard.nl>"), ("To", WS),
            ("Subject", "Returned mail: see transcript for details"), ("Auto-Submitted", "auto-generated (failure)"),
            ("Message-ID", f"<2027031519{h('wb2', 8)}@mail.wsrivierenwaard.nl>")]
    return M(date, build_message(hdrs, root), label("bounce", review="any",
             note="Sendmail-style DSN ('Returned mail: see transcript') for the confirmation to the wife of a registered couple."))


@message
def ws_cal_outlook_accept():
    date = "2027-03-02 08:10"
    root = outlook_imip("wi1", partstat="ACCEPTED", who="Maarten Kuipers", who_addr="maarten.kuipers@gmail.com",
                        org_name="Waterschap Rivierenwaard", org_addr=WS, lang="nl-NL",
                        summary="Geaccepteerd: Online informatieavond dijkversterking Waaldijk",
                        start="20270406T200000", end="20270406T213000", location="Microsoft Teams-vergadering",
                        stamp="20270302T071000Z")
    data = imip_mail("wi1", date, "Maarten Kuipers", "maarten.kuipers@gmail.com", addr(WS_NAME, WS),
                     "Geaccepteerd: Online informatieavond dijkversterking Waaldijk", root, lang="nl-NL")
    return M(date, data, label("calendar_reply", note="Outlook iMIP REPLY (ACCEPTED) to the Teams invitation for the online evening; 'Microsoft Teams' in the location."))


@message
def ws_cal_google_accept_en():
    date = "2027-03-14 09:30"
    root = google_imip("wi2", partstat="ACCEPTED", who="Jonas Richter", who_addr="jonas.richter@gmx.de",
                       org_name="Waterschap Rivierenwaard", org_addr=WS, summary="Online informatieavond dijkversterking Waaldijk",
                       start_utc="20270406T180000Z", end_utc="20270406T193000Z", location="Microsoft Teams",
                       stamp="20270314T083000Z", human_when="Tuesday 6 Apr 2027 ⋅ 20:00 – 21:30 (Central European Summer Time - Amsterdam)",
                       lang="en")
    data = human_mail(seed="wi2", date=date, frm=addr("Jonas Richter", "jonas.richter@gmx.de"), to=WS,
                      subject="Accepted: Online informatieavond dijkversterking Waaldijk @ Tue 6 Apr 2027 20:00 - 21:30 (CEST) (informatieavond@wsrivierenwaard.nl)",
                      root=root, client="gmail", extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    return M(date, data, label("calendar_reply", note="Google Calendar ACCEPTED, English UI, text/calendar inside multipart/alternative plus invite.ics."))


@message
def ws_cal_outlook_decline():
    date = "2027-04-01 22:05"
    root = outlook_imip("wi3", partstat="DECLINED", who="Riet Hoogendoorn", who_addr="riet.hoogendoorn@gmail.com",
                        org_name="Waterschap Rivierenwaard", org_addr=WS, lang="nl-NL",
                        summary="Geweigerd: Online informatieavond dijkversterking Waaldijk",
                        start="20270406T200000", end="20270406T213000", location="Microsoft Teams-vergadering",
                        stamp="20270401T200500Z")
    data = imip_mail("wi3", date, "Riet Hoogendoorn", "riet.hoogendoorn@gmail.com", addr(WS_NAME, WS),
                     "Geweigerd: Online informatieavond dijkversterking Waaldijk", root, lang="nl-NL")
    return M(date, data, label("calendar_reply", review="any", kind_alt=["cancel"], sessions_alt=[[ONL]],
                               participants_alt=[["riet.hoogendoorn@gmail.com"]],
                               note="Outlook iMIP DECLINED without comment for the online evening she registered for; cancelling automatically or asking a person are both fine."))


@message
def ws_cal_decline_with_change():
    date = "2027-03-03 19:40"
    comment = "Ik kom liever naar de avond in Hoogwaarde\\, dat is dichterbij. Kunt u mij daarvoor inschrijven?"
    root = outlook_imip("wi4", partstat="DECLINED", who="Thijs Kuipers", who_addr="thijs.kuipers@gmail.com",
                        org_name="Waterschap Rivierenwaard", org_addr=WS, lang="nl-NL",
                        summary="Geweigerd: Online informatieavond dijkversterking Waaldijk",
                        start="20270406T200000", end="20270406T213000", location="Microsoft Teams-vergadering",
                        stamp="20270303T184000Z", comment=comment)
    data = imip_mail("wi4", date, "Thijs Kuipers", "thijs.kuipers@gmail.com", addr(WS_NAME, WS),
                     "Geweigerd: Online informatieavond dijkversterking Waaldijk", root, lang="nl-NL")
    return M(date, data, label("calendar_reply", review=True, kind_alt=["change"], sessions_alt=[[HOO]],
                               participants_alt=[["thijs.kuipers@gmail.com"]],
                               note="Calendar DECLINED whose typed comment asks to move to Hoogwaarde: machine format, but a request a person must handle."))


# ===================== Waterschap: other mail =====================

@message
def ws_newsletter():
    date = "2027-03-03 07:30"
    blocks = [
        ("Informatieavonden dijkversterking Waaldijk",
         "In maart praten we u in Hoogwaarde, Dreumelkerk, Oosterlinge, Varikhoven en Neerhellouw bij over de versterking van de Waaldijk. Op 6 april is er ook een online avond.",
         "https://www.wsrivierenwaard.nl/waaldijk"),
        ("Droge voeten, schoon water",
         "Na de natte winter staan de gemalen weer op normaal peil. Lees hoe we het water afvoeren.",
         "https://www.wsrivierenwaard.nl/nieuws/gemalen"),
    ]
    plain = "Nieuwsbrief Waterschap Rivierenwaard - maart 2027\n\n" + "\n\n".join(f"{t}\n{b}\nLees meer: {u}" for t, b, u in blocks) + \
        "\n\nAfmelden voor deze nieuwsbrief: https://nieuwsbrief.wsrivierenwaard.nl/afmelden?e=inf0\n"
    htm = newsletter_html("Nieuwsbrief Waterschap Rivierenwaard", blocks,
                          '<a href="https://nieuwsbrief.wsrivierenwaard.nl/afmelden?e=inf0">Afmelden</a>', color="#00689d")
    root = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                     text_part(htm, "html", "utf-8", "quoted-printable")], "b1_wsrw_nb_202703")
    data = system_mail("wn1", date, addr("Waterschap Rivierenwaard", "nieuwsbrief@wsrivierenwaard.nl"), WS,
                       "Nieuwsbrief maart: informatieavonden Waaldijk", root,
                       extra=[("List-Unsubscribe", "<https://nieuwsbrief.wsrivierenwaard.nl/afmelden?e=inf0>, <mailto:afmelden@nieuwsbrief.wsrivierenwaard.nl>"),
                              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
                       mid_domain="nieuwsbrief.wsrivierenwaard.nl")
    return M(date, data, label("other", note="The water board's own newsletter (List-Unsubscribe) naming every village, the dates and the online evening."))


@message
def ws_spam_seo():
    date = "2027-03-04 03:22"
    text = T("""
        Hello,

        I was checking your website wsrivierenwaard.nl and noticed it is not ranking on page 1 of Google or Microsoft Bing for important keywords in your region.

        We can get you more online visibility within 30 days. Can I send you a free quote?

        Regards,
        Ryan Cooper
        Senior SEO Consultant
        """)
    root = text_part(text, "plain", "utf-8", "7bit")
    data = system_mail("wn2", date, addr("Ryan Cooper", "ryan.seoexperts@outlook-mailer.biz"), WS, "Re: website ranking", root)
    return M(date, data, label("other", note="English SEO spam with a fake 'Re:'; mentions Microsoft, online and region."))


@message
def ws_phishing_teams_voicemail():
    date = "2027-03-17 02:58"
    htm = ('<html><body><div style="font-family:Segoe UI,Arial;font-size:14px">'
           '<p><b>Microsoft Teams</b></p><p>U hebt een nieuw voicemailbericht (0:47) van +31 6 1234 5678.</p>'
           '<p><a href="https://teams-voicemail-online.com/listen?m=informatieavond" style="background:#6264a7;color:#fff;padding:8px 16px;text-decoration:none">Online beluisteren</a></p>'
           '<p style="font-size:11px;color:#888">Microsoft Corporation, One Microsoft Way, Redmond</p></div></body></html>\n')
    root = text_part(htm, "html", "utf-8", "base64")
    data = system_mail("wn3", date, addr("Microsoft Teams", "noreply@teams-voicemail-online.com"), WS,
                       "Nieuw voicemailbericht voor informatieavond@wsrivierenwaard.nl", root)
    return M(date, data, label("other", note="Phishing posing as a Microsoft Teams voicemail ('online beluisteren'); HTML only, base64."))


@message
def ws_spam_solar_region():
    date = "2027-03-18 11:11"
    text = T("""
        Beste bewoner,

        Goed nieuws: in uw regio is er dit voorjaar extra subsidie voor zonnepanelen en thuisbatterijen! Doe vandaag nog de gratis dakcheck en bespaar tot 1.200 euro per jaar.

        Check direct of uw postcode in aanmerking komt: https://zonnedeal-regio.nl/check

        Met zonnige groet,
        Team ZonneDeal
        """)
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    data = system_mail("wn4", date, addr("ZonneDeal", "aanbod@zonnedeal-regio.nl"), WS, "Extra subsidie in uw regio", root,
                       extra=[("List-Unsubscribe", "<https://zonnedeal-regio.nl/uit>")])
    return M(date, data, label("other", note="Dutch spam about solar subsidies 'in uw regio'."))


@message
def ws_other_misdirected_tax():
    date = "2027-03-02 11:40"
    text = T("""
        Geachte heer/mevrouw,

        Ik heb een aanslag waterschapsbelasting ontvangen (aanslagnummer 4412.887.31) voor een woning die ik al in november heb verkocht. Kunt u de aanslag aanpassen? De akte van levering stuur ik mee.

        Met vriendelijke groet,
        Robert Smulders
        """)
    pdf = make_pdf(["Akte van levering (uittreksel)", "Woning Veerweg 12, Dreumelkerk", "Datum levering: 18 november 2026"])
    att = attachment(pdf, "application/pdf", "akte_levering_veerweg12.pdf")
    data = send("wo1", date, "outlook", addr("Robert Smulders", "r.smulders@ziggo.nl"), WS, "Aanslag waterschapsbelasting",
                text, attachments=[att], lang="nl-NL")
    return M(date, data, label("other", review=True,
                               note="Misdirected: a tax question for the water board's tax department, with a PDF; a person must forward it."))


@message
def ws_other_thanks():
    date = "2027-03-24 08:30"
    text = T("""
        Goedemorgen,

        Dank voor de heldere avond gisteren in De Zwaan. Fijn dat er zoveel tijd was voor vragen. Ik ben benieuwd naar het vervolg.

        Met vriendelijke groet,
        Sanne Hoekstra
        """)
    data = send("wo2", date, "apple", addr("Sanne Hoekstra", "sanne.hoekstra@icloud.com"), WS, "Bedankt", text, lang="nl-NL")
    return M(date, data, label("other", note="Thank-you note after the Oosterlinge evening; nothing to do."))


# ===================== a few more =====================

@message
def erf_reg_cp1252_q_subject():
    date = "2027-03-13 11:20"
    text = T("""
        Goeiedag,

        Graag schrijf ik mij en mijn dochter Amélie (amelie.vandewalle@telenet.be) in voor de gegidste wandeling van zondag 18 april in de voormiddag.

        Met vriendelijke groeten,
        Hélène Van de Walle
        """)
    data = send("e71", date, "outlook", addr("Hélène Van de Walle", "helene.vandewalle@telenet.be", "windows-1252"), ERF,
                "Inschrijving wandeling – 18/4", text, charset="windows-1252", subj_charset="windows-1252")
    return M(date, data, label("register", [W18], ["helene.vandewalle@telenet.be", "amelie.vandewalle@telenet.be"],
                               note="Mother and daughter, both with addresses. Q-encoded windows-1252 name and subject, windows-1252 quoted-printable body."))


@message
def erf_reply_confirm_other_session():
    date = "2027-03-06 15:35"
    q = erf_confirm(R17C, "Martine Lievens", "martine.lievens@telenet.be", "2027-02-27 10:02")
    text = T("""
        Dag,

        Bedankt voor de bevestiging! Ik wil ook nog graag mee op de wandeling van zondag 4 april.

        Groetjes,
        Martine
        """)
    data = send("e72", date, "telenet", addr("Martine Lievens", "martine.lievens@telenet.be"), addr(ERF_NAME, ERF),
                "Re: " + erf_confirm_subject(R17C), text, quote=q, reply=svc_mid("conf-lievens", "scheldegem.be"))
    return M(date, data, label("register", [W04], ["martine.lievens@telenet.be"],
                               note="Reply to a rondvaart confirmation that asks for a walk: the quoted and subject session (17 April 13u30) is not the request and is already hers."))


@message
def ws_other_nobody_registers():
    date = "2027-03-05 19:05"
    text = T("""
        Goedenavond,

        Ik heb uw brief ontvangen, dank daarvoor. Zelf kan ik op geen van de avonden, maar mijn buurman Dick Hoving is erg geïnteresseerd. Hij meldt zich zelf aan.

        Met vriendelijke groet,
        Gerda Willemsen
        """)
    data = send("w36", date, "ox", addr("Gerda Willemsen", "gerda.willemsen@kpnmail.nl"), WS, "Re: informatieavonden",
                text, lang="nl-NL")
    return M(date, data, label("other",
                               note="Registers nobody: she cannot come and the neighbour will register himself. Nothing to do."))


# @@END MESSAGES@@

# --------------------------------------------------------------------------
# build + checks
# --------------------------------------------------------------------------

def check(records):
    keys = set(SESSIONS)
    problems = []
    seen_ids = set()
    lo, hi = dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc), dt.datetime(2027, 6, 1, tzinfo=dt.timezone.utc)
    for rec in records:
        lab, name = rec["label"], rec["label"]["file"]
        raw = open(os.path.join(MSG_DIR, name), "rb").read()
        _, text, found = check_message(name, raw, seen_ids, lo, hi, "Jan - May 2027")
        problems += found
        problems += check_label(name, lab, keys, text)
        if lab["kind"] == "question" and lab["review"] is not True:
            problems.append(f"{name}: questions always need review")
        if lab["kind"] in ACTION and not lab["participants"] and lab["review"] is not True:
            problems.append(f"{name}: {lab['kind']} without participants must have review true")
    return problems


def main():
    records = []
    for fn in MESSAGES:
        rec = fn()
        rec["name"] = fn.__name__
        records.append(rec)
    names = [r["name"] for r in records]
    assert len(names) == len(set(names)), "duplicate message function names"
    records.sort(key=lambda r: (dt.datetime.fromisoformat(r["date"]), r["name"]))

    write_corpus(HERE, records)

    problems = check(records)
    per_event = {"erf": 0, "ws": 0}
    for r in records:
        ks = r["label"]["sessions"] + r["label"].get("from_sessions", [])
        for ev in per_event:
            if any(k.startswith(ev + "-") for k in ks):
                per_event[ev] += 1
    report(HERE, records, problems, [f"by event: erfgoedlente {per_event['erf']}, waterschap {per_event['ws']}"])


if __name__ == "__main__":
    main()
