#!/usr/bin/env python3
"""Build the blind "network" test corpus.

Writes messages/NNN.eml (raw RFC 5322, CRLF line endings) and labels.jsonl
next to this file, then checks them. Deterministic: no randomness, no clock,
no network; Python 3.11 standard library only.

    python3 build.py

Events (see catalogue.toml): the TIDEWAYS Interreg North Sea project network
(events@tideways.eu: monthly Teams webinars, the Rotterdam partner meeting,
the closed Hamburg meeting) and the ministry's peer-learning series for
municipal climate officers (peerlearning@klimaatlokaal.nl).
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import functools
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from corpus_kit import (  # noqa: E402  (shared helpers: tests/corpus_kit.py)
    ACTION, addr as kit_addr, attachment, b64lines, build_message, check_label, check_message, CRLF, esc, h,
    hv, ics, label, make_pdf, make_png, multipart, Part, raw_part, report, session_keys, T, text_part,
    thread_index, VTIMEZONE_WEST_EUROPE as VTZ, WORD_TAIL, write_corpus,
)

# this corpus also quotes display names with an apostrophe
addr = functools.partial(kit_addr, specials=',.;:()"@\'')

HERE = os.path.dirname(os.path.abspath(__file__))
MSG_DIR = os.path.join(HERE, "messages")
TW = "events@tideways.eu"
PL = "peerlearning@klimaatlokaal.nl"
TW_NAME = "TIDEWAYS Events"
PL_NAME = "Peer learning Lokaal Klimaatbestendig"


# ==========================================================================
# small helpers
# ==========================================================================


# time zones: all input times are Europe/Amsterdam local time
DST_START_UTC = dt.datetime(2027, 3, 28, 1, 0, tzinfo=dt.timezone.utc)
DST_END_2026_UTC = dt.datetime(2026, 10, 25, 1, 0, tzinfo=dt.timezone.utc)


def ams(s):
    d = dt.datetime.fromisoformat(s)
    # summer time 2026 (until 25 Oct) and from 28 March 2027
    guess = d.replace(tzinfo=dt.timezone(dt.timedelta(hours=1)))
    summer = guess >= DST_START_UTC or guess < DST_END_2026_UTC
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=2 if summer else 1)))


def in_zone(s, zone):
    d = ams(s)
    summer = d >= DST_START_UTC or d < DST_END_2026_UTC
    off = {"cet": 1, "uk": 0, "pt": 0, "utc": None}[zone]
    if off is None:
        return d.astimezone(dt.timezone.utc)
    return d.astimezone(dt.timezone(dt.timedelta(hours=off + (1 if summer else 0))))


def rfc_date(s, zone="cet"):
    return email.utils.format_datetime(in_zone(s, zone))


DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "no": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
}
QH = {"en": ("From", "Sent", "To", "Cc", "Subject"), "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
      "da": ("Fra", "Sendt", "Til", "Cc", "Emne"), "no": ("Fra", "Sendt", "Til", "Kopi", "Emne"),
      "pt": ("De", "Enviado", "Para", "Cc", "Assunto"), "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
      "fr": ("De", "Envoyé", "À", "Cc", "Objet")}


def long_date(s, lang):
    """Outlook 'Sent:' line in the sender's UI language (local time as given)."""
    d = dt.datetime.fromisoformat(s)
    wd, mo = DAYS[lang][d.weekday()], MONTHS[lang][d.month - 1]
    t = f"{d:%H:%M}"
    return {
        "en": f"{wd}, {d.day} {mo} {d.year} {t}",
        "de": f"{wd}, {d.day}. {mo} {d.year} {t}",
        "da": f"{wd} {d.day}. {mo} {d.year} {t}",
        "no": f"{wd} {d.day}. {mo} {d.year} {t}",
        "pt": f"{wd}, {d.day} de {mo} de {d.year} {t}",
        "nl": f"{wd} {d.day} {mo} {d.year} {t}",
        "fr": f"{wd} {d.day} {mo} {d.year} {t}",
    }[lang]


# ==========================================================================
# RFC 2047 / header helpers
# ==========================================================================

def plain_addr(a):
    return a.split("<")[-1].rstrip(">").strip()


# ==========================================================================
# MIME parts
# ==========================================================================


def flowed(text, width=72):
    """RFC 3676 format=flowed: soft breaks end in a space; quoted lines kept."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">") or line == "-- " or len(line) <= width:
            out.append(line.rstrip(" ") if line != "-- " else line)
            continue
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return "\n".join(out) + "\n"


# ==========================================================================
# binary payloads
# ==========================================================================


# ==========================================================================
# message ids, trace headers, whole messages
# ==========================================================================

EXO = ["AM9PR09MB", "DB9PR02MB", "PA4PR03MB", "VI1PR07MB", "AS8PR04MB", "DU0PR10MB", "GV1PR08MB", "LO2P265MB", "CWLP123MB"]


def msgid(style, seed, domain):
    x = h(seed, 64)
    if style == "outlook":
        pfx = EXO[int(x[:2], 16) % len(EXO)] + str(1000 + int(x[2:6], 16) % 9000)
        nn = f"{int(x[6:8], 16) % 10 + 1:02d}"
        geo = "GBRP" if pfx.startswith(("LO", "CW")) else f"eurprd{nn}"
        return f"<{pfx}{x[8:40].upper()}@{pfx}.{geo}.prod.outlook.com>"
    if style == "gmail":
        tok = base64.b64encode(bytes.fromhex(x[:60])).decode().replace("/", "_").replace("+", "-")[:52]
        return f"<CA{tok}@mail.gmail.com>"
    if style == "apple":
        u = x[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "thunderbird":
        u = x[:32]
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "onprem":
        return f"<{x[:32]}@EXCH0{int(x[32], 16) % 4 + 1}.{domain}>"
    return f"<{x[:14]}.{x[14:26]}@{domain}>"


def svc_mid(seed, dom="tideways.eu"):
    x = h(seed, 24)
    return f"<{x[:8]}.{x[8:20]}@mailflow.{dom}>"


def doc_ip(seed):
    x = h(seed + "ip", 8)
    nets = ["192.0.2", "198.51.100", "203.0.113"]
    return f"{nets[int(x[0], 16) % 3]}.{int(x[1:3], 16) % 250 + 2}"


def mx_for(to_addr):
    dom = to_addr.split("@")[1]
    return {"tideways.eu": "mx1.tideways.eu", "klimaatlokaal.nl": "mail.klimaatlokaal.nl"}.get(dom, "mx." + dom)


def received(seed, from_addr, to_addr, date, client):
    x = h(seed + "rcv", 24)
    from_dom = from_addr.split("@")[1]
    if client in ("outlook", "outlook_ios", "owa_o365"):
        host = f"EUR0{int(x[3], 16) % 5 + 1}-{['AM6', 'DB8', 'VI1', 'HE1', 'DB3'][int(x[4], 16) % 5]}-obe.outbound.protection.outlook.com"
    elif client in ("gmail",) or from_dom == "gmail.com":
        host = f"mail-ej1-f{int(x[3:5], 16) % 90 + 10}.google.com"
    elif from_dom in ("icloud.com", "me.com"):
        host = "qs51p00im-qukt01071501.me.com"
    else:
        host = f"smtp.{from_dom}"
    qid = base64.b32encode(bytes.fromhex(x[6:22])).decode().rstrip("=")[:12]
    d = rfc_date(date)
    zone = "(CEST)" if d.endswith("+0200") else "(CET)"
    return (f"from {host} ({host} [{doc_ip(seed)}]){CRLF}\tby {mx_for(to_addr)} (Postfix) with ESMTPS id 4{qid}"
            f"{CRLF}\tfor <{to_addr}>; {d} {zone}")


# ==========================================================================
# body renderers for the clients people use
# ==========================================================================

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
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle18
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
def word_paras(text, images=None):
    images = images or {}
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith("[[IMG:") and line.endswith("]]"):
            cid, alt, w, hgt, _ = images[line[6:-2]]
            out.append(f'<p class="MsoNormal"><img width="{w}" height="{hgt}" style="width:{w / 96:.4f}in;height:{hgt / 96:.4f}in" '
                       f'id="Picture_x0020_1" src="cid:{cid}" alt="{esc(alt)}"><o:p></o:p></p>')
        elif line.startswith("[[HTML]]"):
            out.append(line[8:])
        elif line.startswith("[[PLAIN]]"):
            continue
        elif not line.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
    return "\n".join(out) + "\n"


def plain_of(text, images=None):
    images = images or {}
    lines = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith("[[IMG:") and line.endswith("]]"):
            lines.append(f"[{images[line[6:-2]][1]}]")
        elif line.startswith("[[HTML]]"):
            continue
        elif line.startswith("[[PLAIN]]"):
            lines.append(line[9:])
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


def gdivs(text):
    return "".join(f"<div>{esc(l)}</div>" if l.strip() else "<div><br></div>" for l in text.rstrip("\n").split("\n"))


class Q:
    """A quoted or forwarded earlier message.
    style: 'outlook' (header block, no prefix), 'attr' (attribution line + '> ' prefix),
    'gfwd' (Gmail forward block), 'afwd' (Apple Mail 'Begin forwarded message:')."""

    def __init__(self, style, text, pairs=None, attr=None, lang="en"):
        self.style, self.text, self.pairs, self.attr, self.lang = style, text, pairs, attr, lang


def oq(lang, frm, sent, to, subject, text, cc=None):
    l = QH[lang]
    pairs = [(l[0], frm), (l[1], long_date(sent, lang)), (l[2], to)]
    if cc:
        pairs.append((l[3], cc))
    pairs.append((l[4], subject))
    return Q("outlook", text, pairs=pairs, lang=lang)


def aq(attr, text):
    return Q("attr", text, attr=attr)


def gfwd(pairs, text):
    return Q("gfwd", text, pairs=pairs)


def afwd(pairs, text):
    return Q("afwd", text, pairs=pairs)


def render_plain_quote(q):
    if q.style == "outlook":
        return "\n" + "\n".join(f"{k}: {v}" for k, v in q.pairs) + "\n\n" + q.text
    if q.style == "attr":
        return "\n" + q.attr + "\n\n" + quote_lines(q.text)
    if q.style == "gfwd":
        return "\n---------- Forwarded message ---------\n" + "\n".join(f"{k}: {v}" for k, v in q.pairs) + "\n\n\n" + q.text
    if q.style == "afwd":
        return "\n\nBegin forwarded message:\n\n" + "\n".join(f"{k}: {v}" for k, v in q.pairs) + "\n\n" + q.text
    raise ValueError(q.style)


def render_html_quote(q, flavour):
    if q.style == "outlook":
        return ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">'
                + "<br>\n".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in q.pairs) + "<o:p></o:p></p>\n</div>\n"
                + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + word_paras(q.text))
    if q.style == "attr":
        if flavour == "gmail":
            return ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(q.attr)
                    + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                    + gdivs(q.text) + "</blockquote></div>")
        return ('<div><br><blockquote type="cite"><div>' + esc(q.attr) + "</div><br>" + gdivs(q.text) + "</blockquote></div>")
    if q.style == "gfwd":
        return ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                + "".join(f"{esc(k)}: {esc(v)}<br>" for k, v in q.pairs) + "</div><br><br>" + gdivs(q.text) + "</div>")
    if q.style == "afwd":
        return ("<div><br><blockquote type=\"cite\"><div>Begin forwarded message:</div><br>"
                + "".join(f"<div><b>{esc(k)}: </b>{esc(v)}</div>" for k, v in q.pairs) + "<br>" + gdivs(q.text) + "</blockquote></div>")
    raise ValueError(q.style)


def outlook_root(seed, text, *, charset="utf-8", cte="quoted-printable", lang="EN-GB", quote=None,
                 images=None, attachments=(), html_extra=None):
    images = images or {}
    plain = plain_of(text, images)
    body_html = word_paras(text, images)
    if html_extra:
        body_html += html_extra
    if quote:
        plain += render_plain_quote(quote)
        body_html += render_html_quote(quote, "outlook")
    htm = WORD_HEAD.replace("@CHARSET@", charset).replace("@LANG@", lang) + body_html + WORD_TAIL
    b = h(seed, 32)
    root = multipart("alternative", [text_part(plain, "plain", charset, cte), text_part(htm, "html", charset, cte)],
                     f"_000_{b[:24].upper()}_")
    if images:
        parts = [root]
        for key, (cid, alt, w, hgt, bands) in images.items():
            parts.append(attachment(make_png(w, hgt, bands), "image/png", cid.split("@")[0], disposition="inline", cid=cid))
        root = multipart("related", parts, f"_004_{b[:24].upper()}_", params='; type="multipart/alternative"')
    if attachments:
        root = multipart("mixed", [root] + list(attachments), f"_005_{b[:24].upper()}_")
    return root


def gmail_root(seed, text, *, cte="base64", quote=None, attachments=()):
    plain = text
    htm = '<div dir="ltr">' + gdivs(text) + "</div>"
    if quote:
        plain += render_plain_quote(quote)
        htm += render_html_quote(quote, "gmail")
    htm += "\n"
    b = h(seed, 28)
    root = multipart("alternative", [text_part(plain, "plain", "UTF-8", cte, quote_charset=False),
                                     text_part(htm, "html", "UTF-8", cte, quote_charset=False)], f"000000000000{b[:16]}")
    if attachments:
        root = multipart("mixed", [root] + list(attachments), f"000000000000{b[16:28]}abcd")
    return root


def apple_root(seed, text, *, quote=None, html_alt=True, charset="utf-8", attachments=()):
    plain = text + (render_plain_quote(quote) if quote else "")
    b = "Apple-Mail=_" + h(seed, 32).upper()[:8] + "-" + h(seed, 32).upper()[8:12] + "-" + h(seed, 32).upper()[12:16] + "-" + h(seed, 32).upper()[16:20] + "-" + h(seed, 32).upper()[20:32]
    if not html_alt:
        root = text_part(plain, "plain", charset, "quoted-printable", quote_charset=False)
    else:
        htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
               '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
               + gdivs(text) + (render_html_quote(quote, "apple") if quote else "") + "</body></html>\n")
        root = multipart("alternative", [text_part(plain, "plain", charset, "quoted-printable", quote_charset=False),
                                         text_part(htm, "html", charset, "quoted-printable", quote_charset=False)], b)
    if attachments:
        root = multipart("mixed", [root] + list(attachments), b + "x")
    return root


def owa_root(seed, text, *, charset="utf-8", cte="quoted-printable", quote=None):
    plain = text + (render_plain_quote(quote) if quote else "")
    divs = "".join(
        f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{esc(l) if l.strip() else "<br>"}</div>\n'
        for l in text.rstrip("\n").split("\n"))
    if quote:
        divs += '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        if quote.style == "outlook":
            divs += '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' + \
                "<br>".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in quote.pairs) + "</font><div>&nbsp;</div></div>\n" + gdivs(quote.text)
        else:
            divs += gdivs(quote.attr or "") + gdivs(quote.text)
    htm = (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
           '</head>\n<body dir="ltr">\n' + divs + "</body>\n</html>\n")
    b = h(seed, 24).upper()
    return multipart("alternative", [text_part(plain, "plain", charset, cte), text_part(htm, "html", charset, cte)], f"_000_{b}_")


def tb_root(text, *, quote=None, charset="UTF-8"):
    plain = text + (render_plain_quote(quote) if quote else "")
    return text_part(flowed(plain), "plain", charset, "8bit", params="; format=flowed", quote_charset=False)


def plain_root(text, *, quote=None, charset="utf-8", cte="quoted-printable", quote_charset=False):
    plain = text + (render_plain_quote(quote) if quote else "")
    return text_part(plain, "plain", charset, cte, quote_charset=quote_charset)


def html_only_root(htm, charset="UTF-8", cte="quoted-printable"):
    return text_part(htm, "html", charset, cte, quote_charset=False)


# ==========================================================================
# assembling a person-written message
# ==========================================================================

MAILER = {"outlook": None, "outlook_ios": None, "gmail": None,
          "apple": "Apple Mail (2.3826.400.131.1.6)", "iphone": "iPhone Mail (22D72)", "ipad": "iPad Mail (22D72)",
          "thunderbird": None, "owa": None, "webmail": None, "system": None, "onprem": None}


def person_mail(*, seed, date, frm, to, subject, root, client="outlook", zone="cet", cc=None, reply_to=None,
                irt=None, refs=None, extra=(), lang="en-GB", subj_charset="utf-8", subj_mode="Q", sender=None,
                mid_domain=None, rcv_to=None):
    from_addr = plain_addr(frm)
    to_addr = plain_addr((rcv_to or to).split(",")[0])
    dom = mid_domain or from_addr.split("@")[1]
    style = {"outlook": "outlook", "outlook_ios": "outlook", "owa": "outlook", "gmail": "gmail", "apple": "apple",
             "iphone": "apple", "ipad": "apple", "thunderbird": "thunderbird", "onprem": "onprem"}.get(client, "other")
    mid = msgid(style, seed, dom)
    subj = hv(subject, subj_charset, subj_mode)
    if refs is None and irt:
        refs = irt
    hdrs = [("Received", received(seed, from_addr, to_addr, date, client))]
    if client in ("outlook", "outlook_ios", "owa", "onprem"):
        topic = subject
        for p in ("RE: ", "Re: ", "AW: ", "SV: ", "FW: ", "Fwd: ", "WG: ", "VS: ", "RV: ", "TR: ", "Antw: ", "Doorst: "):
            if topic.startswith(p):
                topic = topic[len(p):]
        hdrs += [("From", frm), ("Sender", sender), ("To", to), ("CC", cc), ("Reply-To", reply_to), ("Subject", subj),
                 ("Thread-Topic", hv(topic, subj_charset, subj_mode)), ("Thread-Index", thread_index(seed)),
                 ("Date", rfc_date(date, "utc" if client != "onprem" else zone)), ("Message-ID", mid),
                 ("References", refs), ("In-Reply-To", irt),
                 ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang)]
        if client == "outlook_ios":
            hdrs.append(("X-MS-Exchange-Organization-ClientType", "MobileOutlook"))
        hdrs += list(extra)
        return build_message(hdrs, root)
    if client == "gmail":
        hdrs += [("References", refs), ("In-Reply-To", irt), ("From", frm), ("Date", rfc_date(date, zone)),
                 ("Message-ID", mid), ("Subject", subj), ("To", to), ("Cc", cc), ("Reply-To", reply_to)]
        hdrs += list(extra)
        return build_message(hdrs, root, mime_first=True)
    hdrs += [("From", frm), ("Sender", sender), ("To", to), ("Cc", cc), ("Reply-To", reply_to), ("Subject", subj),
             ("Date", rfc_date(date, zone)), ("Message-ID", mid), ("In-Reply-To", irt), ("References", refs)]
    if MAILER.get(client):
        hdrs.append(("X-Mailer", MAILER[client]))
    if client == "thunderbird":
        hdrs.append(("User-Agent", "Mozilla Thunderbird"))
        hdrs.append(("Content-Language", lang))
    hdrs += list(extra)
    return build_message(hdrs, root)


# ==========================================================================
# registry and labels
# ==========================================================================

MESSAGES = []


def add(tag, date, data, lbl):
    MESSAGES.append({"tag": tag, "date": date, "data": data, "label": lbl})


def mail(tag, date, frm, to, subject, text, lbl, *, client="outlook", quote=None, charset="utf-8", cte=None,
         lang="en-GB", olang="EN-GB", images=None, attachments=(), html_override=None, html_extra=None, **kw):
    """Person-written mail. frm/to are header strings (use addr())."""
    seed = tag
    if client in ("outlook", "onprem"):
        root = outlook_root(seed, text, charset=charset, cte=cte or "quoted-printable", lang=olang, quote=quote,
                            images=images, attachments=attachments, html_extra=html_extra)
    elif client in ("owa", "outlook_ios", "webmail_owa"):
        root = owa_root(seed, text, charset=charset, cte=cte or "quoted-printable", quote=quote)
    elif client == "gmail":
        root = gmail_root(seed, text, cte=cte or "base64", quote=quote, attachments=attachments)
    elif client == "apple":
        root = apple_root(seed, text, quote=quote, attachments=attachments)
    elif client in ("iphone", "ipad"):
        root = plain_root(text, quote=quote, charset=charset, cte=cte or "quoted-printable")
    elif client == "thunderbird":
        root = tb_root(text, quote=quote)
    elif client == "html_only":
        root = html_only_root(html_override, cte=cte or "quoted-printable")
    elif client in ("plain", "webmail", "system"):
        root = plain_root(text, quote=quote, charset=charset, cte=cte or "quoted-printable", quote_charset=True)
    else:
        raise ValueError(client)
    real_client = {"html_only": kw.pop("as_client", "webmail"), "plain": kw.pop("as_client", "webmail")}.get(client, client)
    data = person_mail(seed=seed, date=date, frm=frm, to=to, subject=subject, root=root, client=real_client, lang=lang, **kw)
    add(tag, date, data, lbl)


# ==========================================================================
# texts the organisers sent and people quote
# ==========================================================================

SECR_SIG = T("""
    TIDEWAYS project secretariat
    Maasdelta University - Centre for Port and Delta Resilience
    Zuidkade 120, 3072 AP Rotterdam, The Netherlands
    events@tideways.eu | www.tideways.eu

    TIDEWAYS is co-funded by the European Union through the Interreg North Sea Programme 2021-2027.
    """)

WEB = {  # key: (date text, short date, title)
    "tw-web-01": ("Thursday 14 January 2027", "14 Jan", "Heat stress at terminals - protecting workers and equipment"),
    "tw-web-02": ("Thursday 18 February 2027", "18 Feb", "Sediment and dredging strategies under sea-level rise"),
    "tw-web-03": ("Thursday 18 March 2027", "18 Mar", "Nature-Based Solutions for port edges and quays (NBS)"),
    "tw-web-04": ("Thursday 15 April 2027", "15 Apr", "Climate Risk Assessment for port infrastructure (CRA)"),
    "tw-web-05": ("Thursday 20 May 2027", "20 May", "Financing adaptation - EU funds, insurance and green bonds"),
    "tw-web-06": ("Thursday 17 June 2027", "17 Jun", "Digital twins and early warning for port operations"),
}

WEB_ANN_SUBJECT = "TIDEWAYS webinar series 2027 - save the dates and register"
WEB_ANN_DATE = "2026-11-20 11:00"
WEB_ANN_MID = svc_mid("web-announcement")


def web_announcement():
    lines = "\n".join(f"- {d}, 10:00-11:30 CET: {t}" for d, _, t in WEB.values())
    return T("""
        Dear partners, dear colleagues,

        In 2027 TIDEWAYS continues its monthly webinar series on climate-adaptive ports. All webinars take place on a Thursday from 10:00 to 11:30 CET in Microsoft Teams.

        Programme
        @LINES@

        How to register: reply to this e-mail (or write to events@tideways.eu) and tell us which webinar(s) you want to follow. Please register every person separately with name and e-mail address. The Teams link is sent a few days before each webinar to everyone who registered.

        The webinars are open to project partners, associated partners and interested professionals from port authorities, municipalities, consultancies and research. Please share this invitation in your network.

        Kind regards,

        Annelies Verkerk
        Project manager
        """).replace("@LINES@", lines) + SECR_SIG


def web_confirm_subject(key):
    return f"Registration confirmed: TIDEWAYS webinar {WEB[key][0].split(' ', 1)[1]} - {WEB[key][2]}"


def web_confirm_text(key, name):
    d, _, t = WEB[key]
    return T(f"""
        Dear {name},

        Thank you for registering for the TIDEWAYS webinar

        {t}
        {d}, 10:00-11:30 CET, Microsoft Teams

        The Teams link will be sent to you a few days before the webinar. If you cannot attend, please reply to this e-mail so that we can update the list.

        Kind regards,
        TIDEWAYS Events
        """) + SECR_SIG


RTM_INV_SUBJECT = "Invitation: TIDEWAYS 4th partner meeting, Rotterdam 23-24 March 2027"
RTM_INV_DATE = "2027-01-12 10:00"
RTM_INV_MID = svc_mid("rtm-invitation")

RTM_FORM = T("""
    Name:
    Organisation:
    E-mail:
    Plenary 23 March (in person / online):
    Site visit (A / B / C / none):
    Conference dinner (yes / no):
    Boat study visit 24 March (yes / no):
    WP sessions and SteerCo 24 March (yes / no):
    """)


def rtm_invitation():
    return T("""
        Dear TIDEWAYS partners,

        We are happy to invite you to the 4th TIDEWAYS partner meeting, hosted by Maasdelta University in Rotterdam on Tuesday 23 and Wednesday 24 March 2027.

        PROGRAMME

        Tuesday 23 March
        09:30-12:30  Partner meeting plenary, Maasdelta University, Zuidkade Building (Zuidkade 120, Rotterdam). You can attend in person or follow the plenary online via Microsoft Teams.
        14:00-17:30  Site visits (parallel, please choose one):
          A. Heat and flood resilience at a container terminal - Delta Gateway Terminal, Maasvlakte (max. 20 persons, valid ID required)
          B. Storm surge barrier and dike reinforcement - Keringhuis at the Maeslantkering, Hoek van Holland (max. 25)
          C. Floating and adaptive waterfront development - Floating Office, Merwe-Vierhavens (M4H) (max. 25)
        19:00-22:30  Conference dinner on board the SS Rotterdam (max. 60)

        Wednesday 24 March
        09:00-12:00  Study visit by boat: the port from the water (departure Willemsplein pier)
        13:00-16:00  Work package sessions and Steering Committee, Zuidkade Building

        WHO
        Project partners and associated partners, max. 3 persons per partner organisation. The online option is only available for the Tuesday morning plenary.

        REGISTRATION
        Please register before Friday 5 March 2027 by replying to this e-mail with the form below, one form per person. You will receive a confirmation.

        @FORM@
        Travel and accommodation are at your own cost and eligible under your partner budget. A list of hotels near the venue will follow.

        Kind regards,

        Annelies Verkerk and Tom Bakker
        """).replace("@FORM@", RTM_FORM) + SECR_SIG


RTM_TITLES = {
    "tw-rtm-d1-onsite": "Tue 23 March 09:30-12:30 - Partner meeting plenary (in person), Zuidkade Building",
    "tw-rtm-d1-online": "Tue 23 March 09:30-12:30 - Partner meeting plenary (online, Microsoft Teams)",
    "tw-rtm-visit-terminal": "Tue 23 March 14:00-17:30 - Site visit A: container terminal, Maasvlakte",
    "tw-rtm-visit-barrier": "Tue 23 March 14:00-17:30 - Site visit B: storm surge barrier and dike, Hoek van Holland",
    "tw-rtm-visit-m4h": "Tue 23 March 14:00-17:30 - Site visit C: floating and adaptive waterfront, M4H",
    "tw-rtm-dinner": "Tue 23 March 19:00-22:30 - Conference dinner, SS Rotterdam",
    "tw-rtm-boat": "Wed 24 March 09:00-12:00 - Study visit by boat",
    "tw-rtm-d2-plenary": "Wed 24 March 13:00-16:00 - Work package sessions and Steering Committee",
}
RTM_CONF_SUBJECT = "Your registration: TIDEWAYS partner meeting Rotterdam, 23-24 March 2027"


def rtm_confirm_text(name, keys):
    items = "\n".join(f"- {RTM_TITLES[k]}" for k in keys)
    return T("""
        Dear @NAME@,

        Thank you for your registration. We have registered you for:

        @ITEMS@

        Practical information (hotels, how to reach the venue, the boat pier) follows in February. If your plans change, please reply to this e-mail.

        Kind regards,
        TIDEWAYS Events
        """).replace("@NAME@", name).replace("@ITEMS@", items) + SECR_SIG


HH_INV_SUBJECT = "Invitation: TIDEWAYS 3rd partner meeting, Hamburg 13-14 October 2026"
HH_INV_DATE = "2026-08-20 14:00"
HH_INV_MID = svc_mid("hh-invitation")


def hh_invitation():
    return T("""
        Dear TIDEWAYS partners,

        The 3rd TIDEWAYS partner meeting takes place in Hamburg on Tuesday 13 and Wednesday 14 October 2026 at the Elbkai Forum (Am Sandtorkai 50, 20457 Hamburg), kindly hosted by our partner Elbe Küsteninstitut.

        Tuesday 13 October: plenary (09:30-12:30), site visit HafenCity flood protection (14:00-17:00), partner dinner (19:00)
        Wednesday 14 October: work package sessions and Steering Committee (09:00-13:00)

        Please register by replying to this e-mail before 25 September 2026.

        Kind regards,

        Annelies Verkerk
        """) + SECR_SIG


PL_INV_SUBJECT = "Uitnodiging: Peer learning klimaatadaptatie voor gemeenten | Peer learning on climate adaptation"
PL_INV_DATE = "2027-01-19 09:30"
PL_INV_MID = svc_mid("pl-invitation", "klimaatlokaal.nl")

PL_SIG = T("""
    Programmateam Lokaal Klimaatbestendig
    Ministerie van Infrastructuur en Waterstaat
    peerlearning@klimaatlokaal.nl
    """)
PLS = {  # key: (long date, region, venue, city)
    "pl-zwolle": ("donderdag 8 april 2027", "Noord en Oost", "Provinciehuis Overijssel, Luttenbergstraat 2", "Zwolle"),
    "pl-den-bosch": ("dinsdag 13 april 2027", "Zuid", "Provinciehuis Noord-Brabant, Brabantlaan 1", "'s-Hertogenbosch"),
    "pl-delft": ("dinsdag 20 april 2027", "West", "Stadskantoor Delft, Stationsplein 1", "Delft"),
}


def pl_invitation():
    lines = "\n".join(f"- {d}, 13.00-16.30 uur: regio {r}, {v}, {c}" for d, r, v, c in PLS.values())
    return T("""
        Beste klimaatambtenaar,

        Hoe maak je van een klimaatstresstest een uitvoeringsagenda? Hoe krijg je de wijk mee bij het afkoppelen van regenwater? In april 2027 organiseert het programma Lokaal Klimaatbestendig van het ministerie van Infrastructuur en Waterstaat drie regionale peer-learningsessies voor gemeentelijke klimaatambtenaren. Het programma is in alle drie de regio's hetzelfde: je leert van elkaars aanpak, met een korte inleiding en werktafels.

        @LINES@

        Aanmelden kan tot en met vrijdag 26 maart 2027 door deze e-mail te beantwoorden met je naam, gemeente en de sessie van je keuze. Per deelnemer is er plaats in één sessie. De voertaal is Nederlands; de materialen zijn ook in het Engels beschikbaar.

        -- English --
        Municipal climate officers are invited to three regional peer-learning sessions in April 2027 (Zwolle 8 April, 's-Hertogenbosch 13 April, Delft 20 April, 13:00-16:30). Reply to this e-mail by 26 March 2027 with your name, municipality and preferred session. One session per person. The sessions are in Dutch; materials are available in English.

        Met vriendelijke groet,

        """).replace("@LINES@", lines) + PL_SIG


def pl_confirm_subject(key):
    return f"Bevestiging aanmelding: Peer learning regio {PLS[key][1]} ({PLS[key][3]})"


def pl_confirm_text(key, name):
    d, r, v, c = PLS[key]
    return T(f"""
        Beste {name},

        Bedankt voor je aanmelding. Je bent ingeschreven voor:

        Peer learning regio {r}
        {d}, 13.00-16.30 uur
        {v}, {c}

        Ongeveer een week van tevoren ontvang je het programma. Kun je toch niet? Beantwoord dan deze e-mail, dan geven we je plek aan een collega.

        Met vriendelijke groet,

        """) + PL_SIG


# disclaimers and footers people paste under their signature
DISC_DE = ("Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige "
           "Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten "
           "Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.")
DISC_DK = ("Denne e-mail kan indeholde fortrolige oplysninger. Hvis du ikke er den rette modtager, bedes du straks give afsenderen "
           "besked og slette e-mailen. Læs om, hvordan vi behandler personoplysninger, på vadehavshavne.dk/persondata.")
DISC_PT = ("Esta mensagem e quaisquer ficheiros anexos são confidenciais e destinam-se exclusivamente ao(s) destinatário(s) "
           "indicado(s). Se recebeu esta mensagem por engano, por favor informe o remetente e elimine-a. "
           "Antes de imprimir este e-mail pense bem se tem mesmo de o fazer.")
DISC_NO = ("Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for mottakeren. Dersom du har mottatt "
           "e-posten ved en feil, vennligst gi beskjed til avsender og slett meldingen.")
DISC_NL = ("De informatie verzonden met dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik van deze "
           "informatie door anderen dan de geadresseerde is niet toegestaan. Aan dit bericht kunnen geen rechten worden ontleend.")
DISC_FR = ("Ce message et toutes les pièces jointes sont confidentiels et établis à l'attention exclusive de ses destinataires. "
           "Toute utilisation ou diffusion non autorisée est interdite. Si vous recevez ce message par erreur, merci de le "
           "détruire et d'en avertir immédiatement l'expéditeur.")
DISC_UK = ("This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in "
           "error, please notify the sender and delete it. Orwell Harbour Authority is a trust port registered in England and "
           "Wales. Read our privacy notice online at www.orwellharbour.co.uk/privacy.")
DISC_BE = ("Dit bericht en eventuele bijlagen zijn vertrouwelijk en enkel bestemd voor de geadresseerde(n). Scheldepoort nv - "
           "RPR Gent - BTW BE 0412.345.678. Denk aan het milieu voor u deze e-mail afdrukt.")

LOGO = {
    "jadeems": ("image001.png@01DD6A11.5C0E2B30", "Jade-Ems Hafengesellschaft", 180, 40, [(0, 75, 135), (255, 255, 255), (0, 75, 135)]),
    "vadehav": ("image001.png@01DD6B02.7A1C3D40", "Vadehavets Havne", 160, 44, [(0, 110, 140), (230, 240, 245)]),
    "apst": ("image002.png@01DD6C55.1E2F3A50", "APST - Administração Portuária do Sado-Tejo", 200, 50, [(0, 51, 102), (0, 153, 204)]),
    "scheldepoort": ("image001.png@01DD6D10.4B5C6D70", "Scheldepoort", 150, 40, [(200, 30, 40), (255, 255, 255)]),
    "vestland": ("image001.png@01DD6E21.9A8B7C60", "Vestlandshavn IKS", 170, 46, [(10, 60, 110), (240, 200, 0)]),
}


# ==========================================================================
# people who write more than once
# ==========================================================================

JUERGEN = ("Prof. Dr. Jürgen Hoffmeister", "juergen.hoffmeister@jadeems-hafen.de")
SABINE = ("Sabine Kröger", "s.kroeger@jadeems-hafen.de")
FLORIAN = ("Florian Weiß", "f.weiss@jadeems-hafen.de")
KATRIN = ("Katrin Albers", "k.albers@hs-weserkueste.de")
KELLER = ("Keller, Matthias", "m.keller@elbe-ki.de")
LENA = ("Vogt, Lena", "l.vogt@elbe-ki.de")
HANNA = ("Schulte, Hanna", "h.schulte@elbe-ki.de")
TOBIAS = ("Tobias Brandt", "tobias.brandt@gmx.de")
SOREN = ("Søren Kjærgaard", "sk@vadehavshavne.dk")
METTE = ("Mette Lykke Poulsen", "mlp@vadehavshavne.dk")
HENRIK = ("Henrik Dalsgaard", "hd@vadehavshavne.dk")
ANNESOFIE = ("Anne-Sofie Holm", "ash@nbr-raadgivning.dk")
RASMUS = ("Rasmus Østergaard", "ro@limfjordhavn.dk")
JENS = ("Jens Bøgh", "jb@limfjordhavn.dk")
CAMILLA = ("Camilla Friis", "cf@limfjordhavn.dk")
PIETER = ("Vandamme Pieter", "pieter.vandamme@scheldepoort.be")
ELS = ("De Wachter Els", "els.dewachter@scheldepoort.be")
SOFIE = ("Claeys Sofie", "sofie.claeys@scheldepoort.be")
BRAM = ("Goossens Bram", "bram.goossens@scheldepoort.be")
NATHALIE = ("Nathalie Dubois", "nathalie.dubois@hydrolab-wallonie.be")
WOUTER = ("Maes Wouter", "wouter.maes@vki.be")
INGRID = ("Ingrid Solberg", "ingrid.solberg@vestlandshavn.no")
KARI = ("Kari Nilsen", "kari.nilsen@vestlandshavn.no")
LARS = ("Lars Eriksen", "lars.eriksen@vestlandshavn.no")
OYVIND = ("Øyvind Hansen", "oyvind.hansen@agderhavn.no")
SILJE = ("Silje Bakken", "silje.bakken@havforsk-sor.no")
ERLEND = ("Erlend Myhre", "erlend.myhre@online.no")
FIONA = ("MacLeod, Fiona", "fiona.macleod@orwellharbour.co.uk")
RACHEL = ("Rachel Okonjo", "rachel.okonjo@orwellharbour.co.uk")
JAMES = ("Whitfield, James", "j.whitfield@humberports-partnership.org.uk")
HAMISH = ("Grant, Hamish", "h.grant@humberports-partnership.org.uk")
TOM = ("Tom Ashworth", "tom@tynemarine.co.uk")
GARETH = ("Gareth Pryce", "gareth.pryce@yahoo.co.uk")
JOAO = ("João Ferreira", "joao.ferreira@apst.pt")
ANASOFIA = ("Ana Sofia Marques", "asmarques@apst.pt")
CONCEICAO = ("Conceição Lopes", "conceicao.lopes@apst.pt")
RUI = ("Rui Carvalho", "rui.carvalho@iec-porto.pt")
INES = ("Inês Gonçalves", "ines.goncalves@iec-porto.pt")
MARTA = ("Marta Ribeiro", "martaribeiro.eng@gmail.com")
JEROEN = ("Visser, Jeroen", "j.visser@drechthaven.nl")
MARLOES = ("Marloes de Graaf", "m.degraaf@scheldemondhavens.nl")


def A(p, charset="utf-8", mode="Q"):
    return addr(p[0], p[1], charset, mode)


TWA = addr(TW_NAME, TW)
PLA = addr(PL_NAME, PL)
ALL_WEB = ["tw-web-01", "tw-web-02", "tw-web-03", "tw-web-04", "tw-web-05", "tw-web-06"]
ALL_RTM = ["tw-rtm-d1-onsite", "tw-rtm-d1-online", "tw-rtm-visit-terminal", "tw-rtm-visit-barrier",
           "tw-rtm-visit-m4h", "tw-rtm-dinner", "tw-rtm-boat", "tw-rtm-d2-plenary"]
ALL_PL = ["pl-zwolle", "pl-den-bosch", "pl-delft"]


def web_ann_quote(lang, to):
    return oq(lang, f"{TW_NAME} <{TW}>", WEB_ANN_DATE, to, WEB_ANN_SUBJECT, web_announcement())


def rtm_inv_quote(lang, to, date=RTM_INV_DATE):
    return oq(lang, f"{TW_NAME} <{TW}>", date, to, RTM_INV_SUBJECT, rtm_invitation())


def pl_inv_quote(to, lang="nl"):
    return oq(lang, f"{PL_NAME} <{PL}>", PL_INV_DATE, to, PL_INV_SUBJECT, pl_invitation())


# ==========================================================================
# TIDEWAYS webinars: registrations
# ==========================================================================

mail("web_all_six_soren", "2026-11-20 15:02", A(SOREN), TWA, "SV: " + WEB_ANN_SUBJECT, T("""
    Dear Annelies,

    Thank you for the nice programme. Please sign me up for all six webinars, they are all relevant for us in Esbjerg.

    Med venlig hilsen / Best regards

    Søren Kjærgaard
    Projektleder, Klimatilpasning | Project manager, Climate adaptation
    Vadehavets Havne A/S
    Havnepladsen 4, DK-6700 Esbjerg
    Mobil: +45 21 47 83 90
    sk@vadehavshavne.dk | www.vadehavshavne.dk
    [[IMG:vadehav]]
    """) + "\n" + DISC_DK + "\n",
     label("register", ALL_WEB, [SOREN[1]],
           note="'All six webinars' expands to every session of the series; reply above the quoted announcement that lists all six. Danish Outlook quote header (Fra/Sendt/Til/Emne), inline logo, Danish disclaimer."),
     quote=web_ann_quote("da", "Søren Kjærgaard <sk@vadehavshavne.dk>"), images={"vadehav": LOGO["vadehav"]},
     lang="da-DK", olang="DA", irt=WEB_ANN_MID, extra=[("X-MS-Has-Attach", "yes")])

mail("web_assistant_juergen", "2026-11-23 09:14", A(SABINE), TWA, "Registration webinars Prof. Dr. Hoffmeister", T("""
    Dear Sir or Madam,

    on behalf of Prof. Dr. Hoffmeister I would like to register him for the following webinars:

    - 18.02.2027 Sediment and dredging strategies
    - 18.03.2027 Nature-Based Solutions

    Please send the invitations directly to his e-mail address juergen.hoffmeister@jadeems-hafen.de, with me in copy.

    With kind regards / Mit freundlichen Grüßen
    i.A. Sabine Kröger
    Assistenz der Geschäftsführung

    Jade-Ems Hafengesellschaft mbH
    Am Nordhafen 12 · 26382 Wilhelmshaven
    Tel. +49 4421 98765-10 · Fax +49 4421 98765-99
    Geschäftsführer: Prof. Dr. Jürgen Hoffmeister · Amtsgericht Oldenburg HRB 204711
    """) + "\n" + DISC_DE + "\n",
     label("register", ["tw-web-02", "tw-web-03"], [JUERGEN[1]],
           note="Assistant ('i.A.') registers her director, whose address is given and in Cc; she herself is not a participant. Dates in German numeric format (18.02.2027). windows-1252 quoted-printable."),
     charset="windows-1252", cc=A(JUERGEN), lang="de-DE", olang="DE")

mail("web_sediment_joao", "2026-11-24 16:31", A(JOAO), TW, "Webinar sediment", T("""
    Good afternoon,

    I would like to participate in the webinar about the sediment, in February. In APST we have a big problem with the siltation of the access channel of Setúbal, so this theme is very actual for us.

    Best regards,

    João Ferreira
    Engenheiro Civil | Divisão de Infraestruturas Portuárias
    APST - Administração Portuária do Sado-Tejo, S.A.
    Praça da República, 2904-508 Setúbal, Portugal
    Tel. +351 265 000 123

    """) + DISC_PT + "\n",
     label("register", ["tw-web-02"], [JOAO[1]],
           note="Session by paraphrase ('the webinar about the sediment, in February'); Portuguese false friend 'actual'. Gmail (Workspace), base64, Portuguese disclaimer."),
     client="gmail", zone="pt")

# Apple Mail without HTML part: build directly
add("web_nbs_gareth", "2026-11-26 20:48", person_mail(
    seed="web_nbs_gareth", date="2026-11-26 20:48", frm=A(GARETH), to=TW, subject="webinars", zone="uk", client="apple",
    root=apple_root("web_nbs_gareth", T("""
        Hi,

        Sign me up for the NBS one please.

        Cheers,
        Gareth

        --
        Gareth Pryce CEng MICE
        Independent coastal engineer, Ipswich
        07700 900 417
        """), html_alt=False)),
    label("register", ["tw-web-03"], [GARETH[1]],
          note="Session only by the acronym NBS (Nature-Based Solutions, March). Apple Mail plain text; independent consultant, within the webinar audience."))

mail("web_two_dates_ingrid", "2026-11-30 13:05", A(INGRID), TW, "Registration TIDEWAYS webinars", T("""
    Hello,

    I would like to register to two of the webinars: the one on 18/3 and the one on 20/5. The others are colliding with our board meetings, unfortunately.

    Med vennlig hilsen / Kind regards

    Ingrid Solberg
    Rådgiver klima og miljø | Adviser climate and environment
    Vestlandshavn IKS
    Sjøgaten 3, NO-5003 Bergen
    Tlf: +47 55 00 12 34
    [[IMG:vestland]]
    """) + "\n" + DISC_NO + "\n",
     label("register", ["tw-web-03", "tw-web-05"], [INGRID[1]],
           note="Two webinars given only as day/month (18/3 = NBS, 20/5 = financing). Norwegian signature and disclaimer, inline logo."),
     images={"vestland": LOGO["vestland"]}, lang="nb-NO", olang="NO-BOK")

mail("web_cra_katrin_offer", "2026-12-07 08:12", A(KATRIN), TW, "CRA-Webinar 15.04.", T("""
    Dear TIDEWAYS team,

    hereby I would like to register myself for the CRA-Webinar on 15.04. Also I would be interested to present our risk matrix for the Weser ports in this webinar, if you still search for speakers. But this is only an offer, you decide.

    Best regards
    Katrin Albers

    -- 
    Dr.-Ing. Katrin Albers
    Hochschule Weserküste | Institut für Wasserbau und Hafenplanung
    An der Karlstadt 8 | 27568 Bremerhaven
    Tel. +49 471 4823-117
    """),
     label("register", ["tw-web-04"], [KATRIN[1]], review=True,
           note="Clear registration (CRA acronym, 15.04.), but she also offers to present in the webinar; someone on the team has to answer that offer. Thunderbird format=flowed 8bit."),
     client="thunderbird", lang="de-DE")

mail("web_financing_mette_team_self", "2026-12-09 11:40", A(METTE), TW, "Webinar 20 May - financing", T("""
    Dear secretariat,

    Please register me for the webinar on financing adaptation (20 May).

    My colleagues Henrik Dalsgaard (hd@vadehavshavne.dk) and Søren Kjærgaard (sk@vadehavshavne.dk) are also interested, but they will register themselves when they know their calendars.

    Venlig hilsen
    Mette Lykke Poulsen
    Økonomi- og fundingansvarlig | Finance and funding
    Vadehavets Havne A/S
    Havnepladsen 4, DK-6700 Esbjerg
    """) + "\n" + DISC_DK + "\n",
     label("register", ["tw-web-05"], [METTE[1]],
           note="Two colleagues are named with addresses but 'will register themselves': only the sender is registered."),
     lang="da-DK", olang="DA")

mail("web_nonexistent_offshore", "2026-12-14 17:20", A(TOM), TW, "Webinar - offshore wind landfalls", T("""
    Hi there,

    Could you put me down for the webinar on offshore wind cable landfalls and port adaptation? A colleague mentioned you had one in the spring.

    Thanks,
    Tom

    Tom Ashworth
    Director | Tyneside Marine Consultancy Ltd
    Quayside House, Newcastle upon Tyne NE1 3DX
    Registered in England and Wales No. 08123456
    """),
     label("register", [], [TOM[1]], review=True,
           note="Asks for a webinar topic that is not in the series (offshore wind landfalls); 'in the spring' could be March, April or May. The signature's 'Registered in England' is not a registration."),
     client="owa", zone="uk", lang="en-GB")

mail("web_feb_and_dt_rui", "2026-12-15 10:02", A(RUI), TW, "Inscrição webinars / registration", T("""
    Dear Sirs,

    I want to register in the webinar of February and in the one of the digital twins.

    Thank you and best regards,

    Rui Carvalho
    Investigador | Researcher
    IEC - Instituto de Engenharia Costeira
    Rua do Campo Alegre 823, 4150-180 Porto

    """) + DISC_PT + "\n",
     label("register", ["tw-web-02", "tw-web-06"], [RUI[1]],
           note="One webinar by month, one by topic ('the digital twins' = June). Portuguese subject encoded (RFC 2047), Portuguese disclaimer."),
     zone="pt", lang="pt-PT", olang="PT")

mail("web_german_tobias", "2027-01-07 19:33", A(TOBIAS), TW, "Anmeldung Webinar Sediment 18.02.", T("""
    Sehr geehrte Damen und Herren,

    hiermit melde ich mich zum Webinar "Sediment and dredging strategies" am 18. Februar an.

    Mit freundlichen Grüßen
    Tobias Brandt
    Dipl.-Ing. Küsteningenieurwesen, freiberuflich
    Hamburg
    """),
     label("register", ["tw-web-02"], [TOBIAS[1]],
           note="Written entirely in German to an English-language event. GMX webmail, plain text, quoted-printable."),
     client="plain", as_client="webmail", lang="de-DE", extra=[("X-Mailer", "GMX Mail")])

mail("web_heat_silje", "2027-01-05 09:12", A(SILJE), TW, "Heat stress webinar 14 Jan", T("""
    Hi,

    Happy new year! I'd like to register for the heat stress webinar next week.

    Best,
    Silje Bakken
    Forsker | Researcher
    Havforsk Sør AS, Kristiansand
    """),
     label("register", ["tw-web-01"], [SILJE[1]],
           note="January webinar by topic; 'next week' agrees with 14 January. Gmail (Workspace)."),
     client="gmail", cte="quoted-printable")

add("web_same_day_erlend", "2027-01-14 09:20", person_mail(
    seed="web_same_day_erlend", date="2027-01-14 09:20", frm=A(ERLEND), to=TW, subject="Today's webinar?", client="iphone",
    root=plain_root(T("""
        Hello, is it still possible to join today's webinar on heat stress? I only saw the announcement now. Please send me the link.

        Erlend Myhre
        Agder fylkeskommune, klimarådgiver

        Sendt fra min iPhone
        """))),
    label("register", ["tw-web-01"], [ERLEND[1]], review=True,
          note="Registration 40 minutes before the January webinar starts; the Teams links went out days ago, so a person has to send the link by hand now."))

mail("web_past_january_wouter", "2027-01-18 10:44", A(WOUTER), TW, "Inschrijving webinar / registration webinar", T("""
    Goeiemorgen,

    I would like to register for the webinar about heat stress in January. Could you send me the Teams link?

    Met vriendelijke groeten / Kind regards

    Wouter Maes
    Wetenschappelijk medewerker kustbeheer
    Vlaams Kustinstituut (VKI)
    Wandelaarkaai 7, 8400 Oostende
    """) + "\n" + DISC_BE.replace("Scheldepoort nv - RPR Gent - BTW BE 0412.345.678", "VKI vzw") + "\n",
     label("register", ["tw-web-01"], [WOUTER[1]], review=True,
           note="Asks for the January webinar on 18 January, four days after it took place (14 January): cannot be granted, a person should answer (recording?)."),
     lang="nl-BE", olang="NL-BE")

mail("web_all_except_april_els", "2027-01-25 14:18", A(ELS), TW, "Registration webinars 2027", T("""
    Beste Annelies, dear Annelies,

    Please register me for all the webinars except the one in April (I am on holiday then).

    Met vriendelijke groeten / Kind regards

    Els De Wachter
    Projectcoördinator Klimaatadaptatie
    Scheldepoort nv
    Kattendijkdok-Oostkaai 22, 2000 Antwerpen
    T +32 3 000 12 34
    [[IMG:scheldepoort]]
    """) + "\n" + DISC_BE + "\n",
     label("register", ["tw-web-02", "tw-web-03", "tw-web-05", "tw-web-06"], [ELS[1]],
           note="'All webinars except April' on 25 January: the January webinar is already over, so February, March, May and June."),
     images={"scheldepoort": LOGO["scheldepoort"]}, lang="nl-BE", olang="NL-BE")

TABLE_HTML = """<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Name</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>E-mail</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>18/2 Sediment</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>18/3 NBS</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>15/4 CRA</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>20/5 Financing</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>17/6 Digital twins</b></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Pieter Vandamme</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:pieter.vandamme@scheldepoort.be">pieter.vandamme@scheldepoort.be</a></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center">X</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center">X</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">&nbsp;</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">&nbsp;</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center">X</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Sofie Claeys</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:sofie.claeys@scheldepoort.be">sofie.claeys@scheldepoort.be</a></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">&nbsp;</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center">X</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center">X</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">&nbsp;</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">&nbsp;</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Bram Goossens</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:bram.goossens@scheldepoort.be">bram.goossens@scheldepoort.be</a></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center">X</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">&nbsp;</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">&nbsp;</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">&nbsp;</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">&nbsp;</p></td></tr>
</table>
"""

mail("web_html_table_pieter", "2027-01-21 16:05", A(PIETER), TWA, "Registrations Scheldepoort - TIDEWAYS webinars", T("""
    Dear Tom,

    Below you find who of our team follows which webinar. Can you register us accordingly?

    """) + "\n[[HTML]]" + TABLE_HTML.replace("\n", "") + "\n" + "".join("[[PLAIN]]" + r + "\n" for r in [
        "Name\tE-mail\t18/2 Sediment\t18/3 NBS\t15/4 CRA\t20/5 Financing\t17/6 Digital twins",
        "Pieter Vandamme\tpieter.vandamme@scheldepoort.be\tX\tX\t\t\tX",
        "Sofie Claeys\tsofie.claeys@scheldepoort.be\t\tX\tX\t\t",
        "Bram Goossens\tbram.goossens@scheldepoort.be\tX\t\t\t\t"]) + "\n" + T("""

    Alvast bedankt!

    Pieter Vandamme
    Havenkapitein a.i. - Afdeling Infrastructuur
    Scheldepoort nv
    """) + "\n" + DISC_BE + "\n",
     label("register", ["tw-web-02", "tw-web-03", "tw-web-04", "tw-web-06"],
           [PIETER[1], SOFIE[1], BRAM[1]], review="any",
           note="Three colleagues with different webinars per person in an HTML table (the plain part has tab-separated rows). The flat label is the union of sessions and people; registering everyone for everything would be wrong, so acting per person or asking a person are both fine."),
     lang="nl-BE", olang="NL-BE")


KELLER_NOTE = T("""
    Liebe Frau Vogt,

    bitte melden Sie mich für das Webinar im Februar an (Sediment). Danke!

    MK
    """)

mail("web_forward_keller", "2027-01-26 08:41", A(LENA), TWA, "WG: WG: " + WEB_ANN_SUBJECT, T("""
    Dear TIDEWAYS team,

    please find below the request of Dr. Keller. Could you register him for the webinar in February? His e-mail address you find in the mail below.

    Thank you and best regards

    Lena Vogt
    Sekretariat Dr. Matthias Keller

    Elbe Küsteninstitut gGmbH
    Am Sandtorkai 50 | 20457 Hamburg
    Tel. +49 40 3344 5500
    Geschäftsführer: Dr. Matthias Keller | Registergericht Hamburg HRB 98765
    """) + "\n" + DISC_DE + "\n",
     label("register", ["tw-web-02"], [KELLER[1]],
           note="Forward within the organisation: the director's note to his assistant sits in the quoted header block (Von: Keller, Matthias <m.keller@elbe-ki.de>), and the announcement with all six webinars is quoted below it. The assistant is not a participant."),
     quote=oq("de", "Keller, Matthias <m.keller@elbe-ki.de>", "2027-01-25 18:12", "Vogt, Lena <l.vogt@elbe-ki.de>",
              "WG: " + WEB_ANN_SUBJECT, KELLER_NOTE + "\n" + "\n".join(
                  f"{k}: {v}" for k, v in [("Von", f"{TW_NAME} <{TW}>"), ("Gesendet", long_date(WEB_ANN_DATE, "de")),
                                           ("An", "Keller, Matthias <m.keller@elbe-ki.de>"), ("Betreff", WEB_ANN_SUBJECT)])
              + "\n\n" + web_announcement()),
     lang="de-DE", olang="DE")

mail("web_march_plus_question_conceicao", "2027-01-28 11:27", A(CONCEICAO), TW, "Webinar March + presentation January", T("""
    Dear colleagues,

    I would like to register for the March webinar.

    Also, I could not follow the webinar of January about the heat stress. Is it possible to send me the presentation or the recording? Our terminal operators asked about it.

    Thank you very much.

    Com os melhores cumprimentos / Best regards,
    Conceição Lopes
    Técnica Superior de Ambiente
    APST - Administração Portuária do Sado-Tejo, S.A.
    [[IMG:apst]]

    """) + DISC_PT + "\n",
     label("register", ["tw-web-03"], [CONCEICAO[1]], review=True,
           note="Registration for 'the March webinar' plus a request for the January slides/recording that a person must answer."),
     images={"apst": LOGO["apst"]}, zone="pt", lang="pt-PT", olang="PT", charset="iso-8859-1")

mail("web_self_correction_florian", "2027-02-03 13:50", A(FLORIAN), TW, "Registration webinar", T("""
    Hello,

    please register me for the webinar of 18 February.

    Correction - sorry, I meant the one in March (NBS). On 18 Feb I have a Aufsichtsratssitzung (board meeting). So only March, please.

    Thanks and best regards
    Florian Weiß
    Referent Umwelt und Nachhaltigkeit
    Jade-Ems Hafengesellschaft mbH
    """) + "\n" + DISC_DE + "\n",
     label("register", ["tw-web-03"], [FLORIAN[1]],
           note="Self-correction inside the mail: February is withdrawn, only March (NBS) is wanted. RFC 2047 name with ß."),
     lang="de-DE", olang="DE")

add("web_subject_only_rachel", "2027-02-08 07:52", person_mail(
    seed="web_subject_only_rachel", date="2027-02-08 07:52", frm=A(RACHEL), to=TW, zone="uk", client="iphone",
    subject="Registration - webinar Digital Twins (June)",
    root=plain_root("\n\nSent from my iPhone\n", charset="us-ascii", cte="7bit")),
    label("register", ["tw-web-06"], [RACHEL[1]],
          note="Everything is in the subject; the body is only the iPhone footer."))

mail("web_may_join_late_oyvind", "2027-02-10 15:15", A(OYVIND), TW, "Sediment webinar 18 Feb", T("""
    Hi,

    I'd like to register to the webinar on sediment (18 February). If my meeting at the municipality runs late I may join 15 minutes later, I hope that is no problem.

    Vennlig hilsen
    Øyvind Hansen
    Havnesjef | Harbour master
    Agder Havn KF, Kristiansand
    """) + "\n" + DISC_NO + "\n",
     label("register", ["tw-web-02"], [OYVIND[1]],
           note="Caveat about joining late needs no action; a plain registration by topic and date."),
     lang="nb-NO", olang="NO-BOK")

mail("web_subcontractor_can_i", "2027-02-16 12:03", A(ANNESOFIE), TW, "Sign up for Thursday?", T("""
    Dear TIDEWAYS secretariat,

    Can I sign up for the sediment webinar on Thursday even if I only work for a subcontractor of a partner? We do the hydraulic modelling for Vadehavets Havne.

    Med venlig hilsen
    Anne-Sofie Holm
    Senior hydraulic engineer
    Nørgaard & Bech Rådgivning ApS
    Strandvejen 102, DK-2900 Hellerup
    """),
     label("register", ["tw-web-02"], [ANNESOFIE[1]], kind_alt=["question"],
           note="Phrased as an eligibility question, but the webinar audience explicitly includes consultancies, so it is a registration for Thursday 18 February (sediment). Compare the Rotterdam terminal visit, where the same question is a real question."),
     lang="da-DK", olang="DA")

mail("web_no_link_rasmus", "2027-02-17 16:48", A(RASMUS), TW, "No Teams link for tomorrow", T("""
    Hello,

    I am registered for the sediment webinar tomorrow but I did not receive any Teams link yet. Also not in spam. Can you send it again?

    Venlig hilsen
    Rasmus Østergaard
    Limfjord Havneselskab A/S
    """),
     label("question", ["tw-web-02"], [], review=True,
           note="Registered participant asks for the missing Teams link; not a new registration."),
     lang="da-DK", olang="DA")

mail("web_colleague_no_address_fiona", "2027-02-22 10:31", A(FIONA), TW, "CRA webinar 15 April - two from Orwell", T("""
    Dear Tom,

    Could you please register me for the CRA webinar on 15 April? My colleague Priya Raman from our asset management team would also like to attend; please add her too.

    Many thanks,
    Fiona

    Dr Fiona MacLeod
    Head of Environment and Climate
    Orwell Harbour Authority
    The Quay, Ipswich IP3 0AA
    """) + "\n" + DISC_UK + "\n",
     label("register", ["tw-web-04"], [FIONA[1]], review=True,
           note="Colleague Priya Raman named without an e-mail address: the sender can be registered, the colleague needs follow-up. Disclaimer says 'registered in England' and 'online'."),
     zone="uk", lang="en-GB")

mail("web_forwarded_can_i_join_james", "2027-02-24 09:05", A(JAMES), TWA, "FW: " + WEB_ANN_SUBJECT, T("""
    Hello,

    My colleague forwarded me your announcement below. Can I also join the NBS webinar in March?

    Kind regards,
    James Whitfield
    Senior Environmental Planner
    Humber Ports Partnership
    """),
     label("register", ["tw-web-03"], [JAMES[1]],
           note="'Can I also join' is a request, not a question: the webinars are open. Forward from a colleague (Outlook header block) above the announcement that lists all six."),
     quote=oq("en", "Grant, Hamish <h.grant@humberports-partnership.org.uk>", "2027-02-23 17:30",
              "Whitfield, James <j.whitfield@humberports-partnership.org.uk>", "FW: " + WEB_ANN_SUBJECT,
              "James - this might be of interest, esp. the NBS one. H.\n\n" + "\n".join(
                  f"{k}: {v}" for k, v in [("From", f"{TW_NAME} <{TW}>"), ("Sent", long_date(WEB_ANN_DATE, "en")),
                                           ("To", "Grant, Hamish <h.grant@humberports-partnership.org.uk>"), ("Subject", WEB_ANN_SUBJECT)])
              + "\n\n" + web_announcement()),
     zone="uk", lang="en-GB")

mail("web_director_no_address_kari", "2027-03-01 08:55", A(KARI), TW, "Webinar 15 April - Lars Eriksen", T("""
    Good morning,

    Our director Lars Eriksen wishes to attend the CRA webinar on 15 April. Please send the link directly to him.

    Med vennlig hilsen
    Kari Nilsen
    Direktørens kontor | Office of the Director
    Vestlandshavn IKS
    """) + "\n" + DISC_NO + "\n",
     label("register", ["tw-web-04"], [], review=True,
           note="Registration on behalf of the director without his address ('send the link directly to him'); the secretary is not the participant. A person has to ask for or look up the address."),
     lang="nb-NO", olang="NO-BOK")

mail("web_green_bonds_hanna", "2027-03-09 14:40", A(HANNA), TW, "Registration webinar", T("""
    Dear colleagues,

    I want to register for the webinar about green bonds and insurance.

    Best regards
    Hanna Schulte
    Elbe Küsteninstitut gGmbH
    """) + "\n" + DISC_DE + "\n",
     label("register", ["tw-web-05"], [HANNA[1]],
           note="Topic paraphrase of the May webinar (financing: insurance and green bonds)."),
     lang="de-DE", olang="DE")

mail("web_this_thursday_nathalie", "2027-03-16 11:11", A(NATHALIE), TW, "Inscription webinar jeudi", T("""
    Bonjour,

    I would like to subscribe to the webinar of this Thursday about nature-based solutions. Is it still possible?

    Bien à vous,

    Nathalie Dubois
    Chargée de recherche
    Hydrolab Wallonie asbl
    Rue du Port 12, 5000 Namur
    """) + "\n" + DISC_FR + "\n",
     label("register", ["tw-web-03"], [NATHALIE[1]], review="any",
           note="Relative date: sent Tuesday 16 March, 'this Thursday' = 18 March (NBS). The Teams invitations went out on 15 March, so whether the service can handle the link itself depends on its setup."),
     lang="fr-BE", olang="FR-BE")

mail("web_wrong_date_jens", "2027-03-22 13:30", A(JENS), TW, "Webinar 22 April", T("""
    Hi,

    Please register me for the webinar on 22 April.

    Best regards
    Jens Bøgh
    Limfjord Havneselskab A/S
    """),
     label("register", [], [JENS[1]], review=True, sessions_alt=[["tw-web-04"]],
           note="There is no webinar on 22 April; the April webinar is on the 15th. Probably CRA, but a person should check."),
     lang="da-DK", olang="DA")

mail("web_remaining_marta", "2027-04-20 21:14", A(MARTA), TW, "webinars", T("""
    Hello,

    I just started at a consultancy in Porto that works for APST. Could you register me for the remaining webinars of this year?

    Thank you!
    Marta Ribeiro
    """),
     label("register", ["tw-web-05", "tw-web-06"], [MARTA[1]],
           note="'The remaining webinars' on 20 April = May and June."),
     client="gmail", zone="pt", cte="quoted-printable")

add("web_portuguese_ines", "2027-02-25 15:20", person_mail(
    seed="web_portuguese_ines", date="2027-02-25 15:20", frm=A(INES), to=TW, zone="pt", client="apple",
    subject="Inscrição webinar 18 de março",
    root=apple_root("web_portuguese_ines", T("""
        Boa tarde,

        Gostaria de me inscrever no webinar sobre soluções baseadas na natureza (18 de março).

        Obrigada e cumprimentos,
        Inês Gonçalves
        IEC - Instituto de Engenharia Costeira, Porto
        """))),
    label("register", ["tw-web-03"], [INES[1]],
          note="Written in Portuguese: 'soluções baseadas na natureza' = Nature-Based Solutions, 18 de março. Apple Mail multipart/alternative; encoded subject."))

mail("web_recorded_question_jeroen", "2026-12-18 10:10", A(JEROEN), TW, "Recordings?", T("""
    Hi Annelies,

    Will the webinars be recorded? If yes, I would rather watch them afterwards; if not, please register me for April.

    Groet,
    Jeroen Visser
    Drechthaven | Asset management
    """) + "\n" + DISC_NL + "\n",
     label("question", ["tw-web-04"], [], review=True,
           note="Conditional request that depends on the answer to a question (recordings); nothing can be booked until a person answers."),
     lang="nl-NL", olang="NL")

mail("web_students_question", "2027-01-29 14:02", A(SILJE), TW, "Students in the webinars?", T("""
    Hi,

    Are the webinars also open for master students? I supervise two students on port adaptation who would love to follow the CRA and digital twin ones.

    Best,
    Silje
    """),
     label("question", ["tw-web-04", "tw-web-06"], [], review=True,
           note="Eligibility question about students; names sessions but no one to register (no names, no addresses)."),
     client="gmail", cte="base64")

mail("web_teams_blocked_question", "2027-02-12 09:40", A(KELLER), TW, "Teams link / alternative?", T("""
    Dear TIDEWAYS team,

    Our IT department blocks Microsoft Teams meetings from external tenants. Is it possible to receive a Zoom link or a dial-in for the webinar on 18 February, for which I am registered?

    Mit freundlichen Grüßen
    Dr. Matthias Keller
    Geschäftsführer
    Elbe Küsteninstitut gGmbH
    """) + "\n" + DISC_DE + "\n",
     label("question", ["tw-web-02"], [], review=True,
           note="Technical question about joining online (Teams blocked); mentions 'Teams', 'link' and a session date but asks for no booking."),
     lang="de-DE", olang="DE")

mail("web_wrong_mailbox_rotterdam", "2027-02-02 12:12", addr("Kuipers, Sanne", "s.kuipers@rotterdam.nl"), PL,
     "Registration TIDEWAYS webinar 18 March", T("""
    Hello,

    I would like to register for the TIDEWAYS webinar on nature-based solutions on 18 March.

    Kind regards,
    Sanne Kuipers
    Adviseur klimaatadaptatie
    Gemeente Rotterdam
    """),
     label("register", ["tw-web-03"], ["s.kuipers@rotterdam.nl"], review="any",
           note="A TIDEWAYS webinar registration sent to the ministry's peer-learning mailbox. The request itself is clear; registering it or passing it to a person are both fine."),
     lang="nl-NL", olang="NL")

# --- webinar changes and cancellations

mail("web_change_apr_to_may_katrin", "2027-04-06 08:20", A(KATRIN), TW, "CRA webinar -> May", T("""
    Dear TIDEWAYS team,

    unfortunately I have now a conflict on 15.04. Could you move me to the May webinar instead?

    Best regards
    Katrin Albers

    -- 
    Dr.-Ing. Katrin Albers
    Hochschule Weserküste | Institut für Wasserbau und Hafenplanung
    """),
     label("change", ["tw-web-05"], [KATRIN[1]], from_sessions=["tw-web-04"],
           note="Move from the April (15.04., CRA in the subject) to the May webinar."),
     client="thunderbird", lang="de-DE")

mail("web_change_feb_to_mar_tobias", "2027-02-12 18:02", A(TOBIAS), TW, "Umbuchung Webinar", T("""
    Hallo,

    bitte buchen Sie mich vom Webinar "Sediment" (18.2.) auf das NBS-Webinar im März um. Am 18. Februar habe ich einen Ortstermin.

    Danke und Gruß
    Tobias Brandt
    """),
     label("change", ["tw-web-03"], [TOBIAS[1]], from_sessions=["tw-web-02"],
           note="German 'umbuchen' = rebook: from the sediment webinar (18.2.) to the NBS webinar in March."),
     client="plain", as_client="webmail", lang="de-DE", extra=[("X-Mailer", "GMX Mail")])

WEB_CONF_FIONA = web_confirm_text("tw-web-04", "Fiona MacLeod")
mail("web_cancel_reply_fiona", "2027-04-13 07:58", A(FIONA), TWA, "RE: " + web_confirm_subject("tw-web-04"), T("""
    Dear Tom,

    I'm afraid I can no longer make it on Thursday - the harbour inspection has been moved to that morning. Sorry for the short notice.

    Best wishes,
    Fiona
    """),
     label("cancel", ["tw-web-04"], [FIONA[1]],
           note="'Thursday' only makes sense with the quoted confirmation (15 April, CRA). Reply to a confirmation."),
     quote=oq("en", f"{TW_NAME} <{TW}>", "2027-02-22 10:40", "MacLeod, Fiona <fiona.macleod@orwellharbour.co.uk>",
              web_confirm_subject("tw-web-04"), WEB_CONF_FIONA),
     irt=svc_mid("conf-web-fiona"), zone="uk", lang="en-GB")

mail("web_cancel_financing_soren", "2027-03-30 09:25", A(SOREN), TW, "Financing webinar", T("""
    Hi Tom,

    I registered for all webinars, but please take me off the financing one in May - Mette covers that topic for us.

    Venlig hilsen
    Søren
    """) + "\n" + DISC_DK + "\n",
     label("cancel", ["tw-web-05"], [SOREN[1]],
           note="Partial cancellation of one webinar out of six; mentions 'all webinars' and a colleague's first name."),
     lang="da-DK", olang="DA")

add("web_cancel_tomorrow_ines", "2027-03-17 19:40", person_mail(
    seed="web_cancel_tomorrow_ines", date="2027-03-17 19:40", frm=A(INES), to=TW, zone="pt", client="iphone",
    subject="Tomorrow webinar",
    root=plain_root(T("""
        Good evening, sorry but I cannot attend tomorrow's webinar, I have to go to a site in Aveiro. Please remove my inscription.

        Inês

        Enviado do meu iPhone
        """))),
    label("cancel", ["tw-web-03"], [INES[1]],
          note="'Tomorrow's webinar' sent on 17 March = 18 March (NBS); 'inscription' is Portuguese for registration."))

mail("web_cancel_all_remaining_rui", "2027-03-01 10:02", A(RUI), TW, "Unregister webinars", T("""
    Dear Sirs,

    Due to too many obligations this semester, please unregister me from all the remaining webinars.

    Best regards,
    Rui Carvalho
    IEC - Instituto de Engenharia Costeira

    """) + DISC_PT + "\n",
     label("cancel", [], [RUI[1]], review="any", sessions_allowed=["tw-web-03", "tw-web-04", "tw-web-05", "tw-web-06"],
           note="Cancels 'all the remaining webinars' without naming them; the right set is his own future registrations (he registered for February and June). Acting on the registry or asking a person are both fine."),
     zone="pt", lang="pt-PT", olang="PT")

mail("web_question_recording_nathalie", "2027-01-20 09:58", A(NATHALIE), TW, "Recording heat stress webinar", T("""
    Bonjour,

    I missed the webinar on heat stress last week. Is there a recording available? If yes, could you send it to me?

    Merci d'avance,
    Nathalie Dubois
    Hydrolab Wallonie asbl
    """) + "\n" + DISC_FR + "\n",
     label("question", ["tw-web-01"], [], review=True,
           note="Asks for the recording of a past webinar; not a registration."),
     lang="fr-BE", olang="FR-BE")

mail("web_thanks_oyvind", "2027-02-18 13:02", A(OYVIND), TW, "Thanks!", T("""
    Hi,

    Thanks for this morning's webinar, very insightful - especially the Danish case on sediment bypassing. Looking forward to the next one.

    Vennlig hilsen
    Øyvind
    """),
     label("other", note="Thank-you note after the sediment webinar; mentions the topic and 'the next one' but asks for nothing."),
     lang="nb-NO", olang="NO-BOK")


# ==========================================================================
# TIDEWAYS partner meeting Rotterdam
# ==========================================================================


def form(name, org, mail_, plen, visit, dinner, boat, d2):
    return T(f"""
        Name: {name}
        Organisation: {org}
        E-mail: {mail_}
        Plenary 23 March (in person / online): {plen}
        Site visit (A / B / C / none): {visit}
        Conference dinner (yes / no): {dinner}
        Boat study visit 24 March (yes / no): {boat}
        WP sessions and SteerCo 24 March (yes / no): {d2}
        """)


mail("rtm_henrik_skip_dinner", "2027-01-12 16:40", A(HENRIK), TWA, "SV: " + RTM_INV_SUBJECT, T("""
    Dear Annelies and Tom,

    Hereby I register for the partner meeting in Rotterdam: plenary in person, site visit B (the barrier), the boat trip and the WP sessions on Wednesday. The dinner I must skip, I take the evening train to Hamburg for another meeting.

    Venlig hilsen
    Henrik Dalsgaard
    Havneingeniør | Port engineer
    Vadehavets Havne A/S
    """) + "\n" + DISC_DK + "\n",
     label("register", ["tw-rtm-d1-onsite", "tw-rtm-visit-barrier", "tw-rtm-boat", "tw-rtm-d2-plenary"], [HENRIK[1]],
           note="Four sessions in prose; the dinner is explicitly skipped (negation). Reply above the quoted invitation, which names every session and the empty form."),
     quote=rtm_inv_quote("da", "Henrik Dalsgaard <hd@vadehavshavne.dk>"), irt=RTM_INV_MID, lang="da-DK", olang="DA")

mail("rtm_form_fiona", "2027-01-13 09:05", A(FIONA), TWA, "RE: " + RTM_INV_SUBJECT,
     "Dear Annelies,\n\nPlease find my registration below.\n\n"
     + form("Dr Fiona MacLeod", "Orwell Harbour Authority", "fiona.macleod@orwellharbour.co.uk", "in person", "A", "no", "yes", "yes")
     + "\nBest wishes,\nFiona\n\n" + DISC_UK + "\n",
     label("register", ["tw-rtm-d1-onsite", "tw-rtm-visit-terminal", "tw-rtm-boat", "tw-rtm-d2-plenary"], [FIONA[1]],
           note="Filled-in registration form above the quoted invitation (which repeats the empty form and all options). Dinner 'no'."),
     quote=rtm_inv_quote("en", "MacLeod, Fiona <fiona.macleod@orwellharbour.co.uk>"), irt=RTM_INV_MID, zone="uk")

mail("rtm_fallback_joao", "2027-01-13 12:48", A(JOAO), TW, "Partner meeting Rotterdam - registration", T("""
    Dear Annelies,

    I register for the plenary in person and for the terminal visit, or the dike tour if that one is full.

    Best regards,
    João Ferreira
    APST - Administração Portuária do Sado-Tejo, S.A.

    """) + DISC_PT + "\n",
     label("register", ["tw-rtm-d1-onsite", "tw-rtm-visit-terminal"], [JOAO[1]],
           note="Fallback choice: terminal visit first, 'the dike tour' (site visit B) only if the terminal is full. Labels do not depend on who is registered, so the first choice."),
     client="gmail", zone="pt")

mail("rtm_both_days_katrin", "2027-01-14 07:55", A(KATRIN), TW, "Partner meeting Rotterdam", T("""
    Dear Annelies,

    I will join the partner meeting in Rotterdam on 23 and 24 March.

    Best regards
    Katrin

    -- 
    Dr.-Ing. Katrin Albers
    Hochschule Weserküste | Institut für Wasserbau und Hafenplanung
    """),
     label("register", ["tw-rtm-d1-onsite", "tw-rtm-d2-plenary"], [KATRIN[1]], review="any",
           sessions_alt=[["tw-rtm-d1-onsite", "tw-rtm-d2-plenary", "tw-rtm-boat"]],
           note="'The partner meeting on 23 and 24 March' clearly means both plenaries in person; site visit, dinner and boat are optional extras she does not choose. Registering the plenaries (with or without the boat) or asking her are both fine."),
     client="thunderbird", lang="de-DE")

mail("rtm_online_only_silje", "2027-01-15 10:20", A(SILJE), TW, "Rotterdam - online", T("""
    Hi Tom,

    Unfortunately our travel budget does not allow the trip to Rotterdam this time, so I will follow the plenary on Tuesday morning online. Please register me for the online option.

    Best,
    Silje Bakken
    Havforsk Sør AS
    """),
     label("register", ["tw-rtm-d1-online"], [SILJE[1]],
           note="Hybrid plenary: the online session of day 1."),
     client="gmail", cte="base64")

mail("rtm_colleagues_split_pieter", "2027-01-15 15:33", A(PIETER), TW, "Registration Scheldepoort - partner meeting", T("""
    Dear Tom,

    For the partner meeting we come with two persons. We both come to the plenary in person and join the boat on Wednesday morning. For the site visits, I take the terminal visit (A), my colleague Sofie Claeys (sofie.claeys@scheldepoort.be) the floating office (C).

    Met vriendelijke groeten,
    Pieter Vandamme
    Scheldepoort nv
    """) + "\n" + DISC_BE + "\n",
     label("register", ["tw-rtm-d1-onsite", "tw-rtm-boat", "tw-rtm-visit-terminal", "tw-rtm-visit-m4h"],
           [PIETER[1], SOFIE[1]], review="any",
           note="Two people, shared sessions (plenary, boat) plus a different site visit each. The flat label is the union; the two site visits run at the same time, so per-person handling or review are both fine."),
     cc=A(SOFIE), lang="nl-BE", olang="NL-BE")

mail("rtm_online_and_onsite_james", "2027-01-18 11:45", A(JAMES), TW, "Partner meeting - in person AND online?", T("""
    Hello Tom,

    I'd like to register for the plenary both in person and online, as I'm not sure yet whether I can travel (waiting for approval from our board). Then I can decide later.

    Kind regards,
    James Whitfield
    Humber Ports Partnership
    """),
     label("register", ["tw-rtm-d1-onsite", "tw-rtm-d1-online"], [JAMES[1]], review=True,
           note="Asks for both options of the hybrid plenary (same time, same group) to decide later; a person has to handle it."),
     zone="uk")

mail("rtm_sent_on_behalf_juergen", "2027-01-18 14:10", A(JUERGEN), TWA, "Anmeldung / registration partner meeting Rotterdam", T("""
    Dear Ms Verkerk,

    on behalf of Prof. Dr. Hoffmeister I register him for the partner meeting in Rotterdam as follows:

    - Plenary on 23.03. in person
    - Site visit B (Maeslantkering)
    - Boat tour on 24.03.
    - WP sessions and Steering Committee on 24.03.

    A dinner participation is unfortunately not possible for him.

    Mit freundlichen Grüßen / Kind regards
    i.A. Sabine Kröger
    Assistenz der Geschäftsführung
    Jade-Ems Hafengesellschaft mbH
    """) + "\n" + DISC_DE + "\n",
     label("register", ["tw-rtm-d1-onsite", "tw-rtm-visit-barrier", "tw-rtm-boat", "tw-rtm-d2-plenary"], [JUERGEN[1]],
           note="Sent by the assistant from the director's mailbox ('Sender:' is the assistant, 'From:' the director); the participant is the From address. Dinner declined. German date format."),
     sender=A(SABINE), lang="de-DE", olang="DE", charset="windows-1252")

LIMFJORD_TABLE = (
    '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Calibri;font-size:11pt">'
    '<tr style="background:#DDEBF7"><th>Name</th><th>E-mail</th><th>Plenary 23/3</th><th>Site visit</th><th>Dinner</th><th>Boat 24/3</th><th>WP/SteerCo 24/3</th></tr>'
    '<tr><td>Rasmus &Oslash;stergaard</td><td>ro@limfjordhavn.dk</td><td>in person</td><td>A</td><td>&ndash;</td><td>yes</td><td>yes</td></tr>'
    '<tr><td>Jens B&oslash;gh</td><td>jb@limfjordhavn.dk</td><td>in person</td><td>B</td><td>&ndash;</td><td>yes</td><td>&ndash;</td></tr>'
    '<tr><td>Camilla Friis</td><td>cf@limfjordhavn.dk</td><td>in person</td><td>C</td><td>&ndash;</td><td>yes</td><td>&ndash;</td></tr>'
    '</table>')

mail("rtm_table_limfjord", "2027-01-19 13:14", A(RASMUS), TW, "Limfjord Havneselskab - 3 persons Rotterdam", T("""
    Dear Tom,

    We will be three from Limfjord Havneselskab. Please see the table with our choices.

    """) + "\n[[HTML]]" + LIMFJORD_TABLE + "\n" + "".join("[[PLAIN]]" + r + "\n" for r in [
        "Name | E-mail | Plenary 23/3 | Site visit | Dinner | Boat 24/3 | WP/SteerCo 24/3",
        "Rasmus Østergaard | ro@limfjordhavn.dk | in person | A | - | yes | yes",
        "Jens Bøgh | jb@limfjordhavn.dk | in person | B | - | yes | -",
        "Camilla Friis | cf@limfjordhavn.dk | in person | C | - | yes | -"]) + "\n" + T("""

    Venlig hilsen
    Rasmus Østergaard
    Udviklingschef | Head of development
    Limfjord Havneselskab A/S
    """),
     label("register", ["tw-rtm-d1-onsite", "tw-rtm-visit-terminal", "tw-rtm-visit-barrier", "tw-rtm-visit-m4h",
                        "tw-rtm-boat", "tw-rtm-d2-plenary"], [RASMUS[1], JENS[1], CAMILLA[1]], review="any",
           note="HTML table, one row per person with different site visits (A/B/C by letter) and only one of them on day 2; no dinner ('-'). The flat label is the union; per-person handling or review are both fine."),
     lang="da-DK", olang="DA")

mail("rtm_four_from_apst", "2027-01-20 17:02", A(ANASOFIA), TW, "Registration APST team - Rotterdam", T("""
    Dear Annelies,

    From APST we would like to participate with four persons in the plenary (in person) and the boat visit:

    - Ana Sofia Marques, asmarques@apst.pt
    - Conceição Lopes, conceicao.lopes@apst.pt
    - Tiago Sousa, tiago.sousa@apst.pt
    - Duarte Almeida, duarte.almeida@apst.pt

    Our colleague João Ferreira already registered himself.

    Com os melhores cumprimentos,
    Ana Sofia Marques
    Coordenadora de Projetos Europeus
    APST - Administração Portuária do Sado-Tejo, S.A.
    [[IMG:apst]]

    """) + DISC_PT + "\n",
     label("register", ["tw-rtm-d1-onsite", "tw-rtm-boat"],
           ["asmarques@apst.pt", CONCEICAO[1], "tiago.sousa@apst.pt", "duarte.almeida@apst.pt"], review=True,
           note="Four people plus João already registered: five from one partner, while the invitation allows max. 3 per partner organisation. A person must decide."),
     images={"apst": LOGO["apst"]}, zone="pt", lang="pt-PT", olang="PT")

mail("rtm_self_correction_wouter", "2027-01-21 09:30", A(WOUTER), TW, "Registration partner meeting", T("""
    Dear Tom,

    I register for the plenary in person and site visit C (M4H).

    Sorry, I mixed up the letters - I mean the storm surge barrier, so B. Not the floating office.

    Met vriendelijke groeten,
    Wouter Maes
    Vlaams Kustinstituut (VKI)
    """),
     label("register", ["tw-rtm-d1-onsite", "tw-rtm-visit-barrier"], [WOUTER[1]],
           note="Self-correction: site visit C is withdrawn in favour of B (storm surge barrier)."),
     lang="nl-BE", olang="NL-BE")

mail("rtm_wednesday_only_oyvind", "2027-01-22 08:14", A(OYVIND), TW, "Rotterdam - only Wednesday", T("""
    Hi,

    I can only be in Rotterdam on the Wednesday. Please register me for the boat trip and the afternoon sessions.

    Vennlig hilsen
    Øyvind Hansen
    Agder Havn KF
    """) + "\n" + DISC_NO + "\n",
     label("register", ["tw-rtm-boat", "tw-rtm-d2-plenary"], [OYVIND[1]],
           note="Day 2 only: boat trip and the afternoon work package sessions."),
     lang="nb-NO", olang="NO-BOK")

mail("rtm_if_flight_allows_ingrid", "2027-01-25 12:55", A(INGRID), TW, "Registration Rotterdam", T("""
    Hello Tom,

    Please register me for the plenary (in person) and the M4H visit on day 1. The boat trip on Wednesday I would like to join too if my flight allows - my flight back to Bergen is at 13:40, I still need to check with our travel agency.

    Med vennlig hilsen
    Ingrid Solberg
    Vestlandshavn IKS
    """) + "\n" + DISC_NO + "\n",
     label("register", ["tw-rtm-d1-onsite", "tw-rtm-visit-m4h", "tw-rtm-boat"], [INGRID[1]], review="any",
           sessions_alt=[["tw-rtm-d1-onsite", "tw-rtm-visit-m4h"]],
           note="Day 1 is firm; the boat trip is conditional ('if my flight allows'). Registering it tentatively, leaving it out, or asking are all reasonable."),
     lang="nb-NO", olang="NO-BOK")

mail("rtm_dinner_full_jeroen", "2027-01-26 16:22", A(JEROEN), TW, "Dinner 23 March", T("""
    Hi Tom,

    I'm already registered for the plenary and the barrier visit. Could you add the dinner on the SS Rotterdam as well?

    Groet,
    Jeroen Visser
    Drechthaven | Asset management
    """) + "\n" + DISC_NL + "\n",
     label("register", ["tw-rtm-dinner"], [JEROEN[1]], review=True,
           note="Only the dinner is asked for, and the dinner is full: waiting list, a person has to answer. The sessions he already has are only mentioned."),
     lang="nl-NL", olang="NL")

mail("rtm_register_plus_question_rachel", "2027-01-27 11:02", A(RACHEL), TW, "Rotterdam registration + terminal visit question", T("""
    Hi Tom,

    I'd like to register for the plenary in person and site visit A (terminal). Do we need to bring safety shoes and a high-vis vest to the terminal, and is a driving licence enough as ID or do I need my passport?

    Thanks,
    Rachel Okonjo
    Climate Resilience Officer
    Orwell Harbour Authority
    """) + "\n" + DISC_UK + "\n",
     label("register", ["tw-rtm-d1-onsite", "tw-rtm-visit-terminal"], [RACHEL[1]], review=True,
           note="Clear registration plus practical questions (safety gear, ID) that a person has to answer."),
     zone="uk")

mail("rtm_subcontractor_question", "2027-01-28 10:12", A(ANNESOFIE), TW, "Terminal visit - subcontractor", T("""
    Dear TIDEWAYS secretariat,

    Can I sign up for the terminal visit in Rotterdam if I only work for a subcontractor of a partner? We do the hydraulic modelling for Vadehavets Havne, and the terminal case is very close to our work.

    Med venlig hilsen
    Anne-Sofie Holm
    Nørgaard & Bech Rådgivning ApS
    """),
     label("question", ["tw-rtm-visit-terminal"], [], review=True,
           note="Eligibility question phrased like a request: the partner meeting is for partners and associated partners only, so a person must decide. Same sender and phrasing as the webinar message, different answer."),
     lang="da-DK", olang="DA")

mail("rtm_reunion_ines", "2027-01-30 10:48", A(INES), TW, "Confirmation of presence - Rotterdam", T("""
    Dear Annelies,

    I confirm my presence in the reunion of partners in Rotterdam, on both days, in presential mode, and also in the visit to the port by boat.

    Best regards,
    Inês Gonçalves
    IEC - Instituto de Engenharia Costeira, Porto
    """),
     label("register", ["tw-rtm-d1-onsite", "tw-rtm-boat", "tw-rtm-d2-plenary"], [INES[1]],
           note="Portuguese turns of phrase: 'reunion' (reunião = meeting), 'presential' (in person), 'confirm my presence' is a registration. Both plenaries in person plus the boat."),
     zone="pt", client="apple")

mail("rtm_german_hanna", "2027-02-03 15:05", A(HANNA), TW, "Anmeldung Partnertreffen Rotterdam", T("""
    Liebe Frau Verkerk,

    hiermit melde ich mich für das Partnertreffen in Rotterdam an: für das Plenum am 23. März vor Ort und für die Besichtigung des Sturmflutwehrs am Nachmittag. Am Abend und am Mittwoch bin ich leider nicht dabei.

    Viele Grüße
    Hanna Schulte
    Elbe Küsteninstitut gGmbH
    """) + "\n" + DISC_DE + "\n",
     label("register", ["tw-rtm-d1-onsite", "tw-rtm-visit-barrier"], [HANNA[1]],
           note="Written in German: 'Plenum vor Ort' = plenary in person, 'Sturmflutwehr' = storm surge barrier (B); evening and Wednesday explicitly excluded."),
     lang="de-DE", olang="DE")

mail("rtm_day2_online_question_erlend", "2027-02-15 09:44", A(ERLEND), TW, "Rotterdam day 2", T("""
    Hello,

    Please register me for the WP sessions and SteerCo on Wednesday afternoon. Can day 2 also be followed online? In that case I would prefer that and save the trip.

    Regards,
    Erlend Myhre
    Agder fylkeskommune
    """),
     label("register", ["tw-rtm-d2-plenary"], [ERLEND[1]], review=True,
           note="Registration plus a question whose answer may change it (day 2 has no online option)."),
     client="owa")

mail("rtm_marloes_tb", "2027-02-22 20:05", A(MARLOES), TW, "Aanmelding partner meeting Rotterdam", T("""
    Dear Tom,

    Hereby my registration for the partner meeting: plenary in person, site visit C (floating office at M4H) and the WP sessions on Wednesday afternoon. No boat and no dinner for me.

    Kind regards,
    Marloes de Graaf
    Scheldemond Havens | Beleidsadviseur klimaat
    """),
     label("register", ["tw-rtm-d1-onsite", "tw-rtm-visit-m4h", "tw-rtm-d2-plenary"], [MARLOES[1]],
           note="Three sessions, boat and dinner explicitly excluded. Thunderbird format=flowed."),
     client="thunderbird", lang="nl-NL")

mail("rtm_before_deadline_hamish", "2027-03-04 23:10", A(HAMISH), TWA, "RE: " + RTM_INV_SUBJECT,
     "Hi Tom,\n\nJust in time I hope:\n\n"
     + form("Hamish Grant", "Humber Ports Partnership", "h.grant@humberports-partnership.org.uk", "in person", "A", "no", "no", "no")
     + "\nCheers,\nHamish\n",
     label("register", ["tw-rtm-d1-onsite", "tw-rtm-visit-terminal"], [HAMISH[1]],
           note="Form filled in on 4 March 23:10, before the deadline (5 March 23:59)."),
     quote=rtm_inv_quote("en", "Grant, Hamish <h.grant@humberports-partnership.org.uk>"), irt=RTM_INV_MID, zone="uk")

mail("rtm_late_kristian", "2027-03-08 08:33", addr("Kristian Vik", "kristian.vik@agderhavn.no"), TW, "Late registration Rotterdam", T("""
    Dear Tom,

    Sorry for the late registration, I was on paternity leave. I would like to join the plenary in person on 23 March and the boat trip on 24 March.

    Vennlig hilsen
    Kristian Vik
    Agder Havn KF
    """) + "\n" + DISC_NO + "\n",
     label("register", ["tw-rtm-d1-onsite", "tw-rtm-boat"], ["kristian.vik@agderhavn.no"], review=True,
           note="Registration dated 8 March, after the deadline (5 March 23:59)."),
     lang="nb-NO", olang="NO-BOK")

mail("rtm_late_boat_nathalie", "2027-03-15 14:27", A(NATHALIE), TW, "Boat trip 24 March", T("""
    Bonjour,

    I know the deadline has passed, but could I still join the boat trip on 24 March? I am in Rotterdam that day for another meeting.

    Bien à vous,
    Nathalie Dubois
    Hydrolab Wallonie asbl
    """) + "\n" + DISC_FR + "\n",
     label("register", ["tw-rtm-boat"], [NATHALIE[1]], review=True,
           note="Late registration (after 5 March) for the boat trip; she knows it is late."),
     lang="fr-BE", olang="FR-BE")

mail("rtm_online_plus_floating_bram", "2027-01-29 12:00", A(BRAM), TW, "Partner meeting", T("""
    Dag Tom,

    I would like to join the visit to the floating office. The plenary in the morning I follow online, I come from another appointment in Antwerp.

    Groeten,
    Bram Goossens
    Scheldepoort nv
    """) + "\n" + DISC_BE + "\n",
     label("register", ["tw-rtm-d1-online", "tw-rtm-visit-m4h"], [BRAM[1]],
           note="Floating office = site visit C; plenary online. Online in the morning and on site in the afternoon is allowed."),
     lang="nl-BE", olang="NL-BE")

mail("rtm_hamburg_thread_nils", "2027-01-14 08:05", addr("Nils Brekke", "nils.brekke@vestlandshavn.no"), TWA,
     "SV: " + HH_INV_SUBJECT, T("""
    Dear Annelies,

    Yes, I will participate in the partner meeting, in person.

    Med vennlig hilsen
    Nils Brekke
    Vestlandshavn IKS
    """) + "\n" + DISC_NO + "\n",
     label("register", ["tw-hh-plenary"], ["nils.brekke@vestlandshavn.no"], review=True,
           sessions_alt=[["tw-rtm-d1-onsite"], ["tw-rtm-d1-onsite", "tw-rtm-d2-plenary"]],
           note="Reply (January 2027) to the August 2026 Hamburg invitation: that meeting is over and closed. He probably means Rotterdam (invited two days earlier), but a person should check."),
     quote=oq("no", f"{TW_NAME} <{TW}>", HH_INV_DATE, "Nils Brekke <nils.brekke@vestlandshavn.no>", HH_INV_SUBJECT, hh_invitation()),
     irt=HH_INV_MID, lang="nb-NO", olang="NO-BOK")

mail("rtm_forward_for_soren", "2027-01-20 09:10", A(METTE), TWA, "VS: " + RTM_INV_SUBJECT, T("""
    Dear Tom,

    Søren asked me to register him, as he is travelling this week: plenary in person, site visit A, no dinner, and the boat trip yes. His e-mail is sk@vadehavshavne.dk.

    Venlig hilsen
    Mette Lykke Poulsen
    Vadehavets Havne A/S
    """) + "\n" + DISC_DK + "\n",
     label("register", ["tw-rtm-d1-onsite", "tw-rtm-visit-terminal", "tw-rtm-boat"], [SOREN[1]],
           note="Colleague forwards the invitation and registers someone else (address given); she herself is not a participant. The forwarded invitation lists every session."),
     quote=rtm_inv_quote("da", "Mette Lykke Poulsen <mlp@vadehavshavne.dk>"), lang="da-DK", olang="DA")

mail("rtm_online_morning_terminal_rui", "2027-01-22 16:40", A(RUI), TW, "Registration partner meeting", T("""
    Dear Annelies,

    My flight arrives at Schiphol at 11:05, so I will follow the morning plenary online and join the terminal visit in the afternoon. The day after I must return to Porto early.

    Best regards,
    Rui Carvalho
    IEC - Instituto de Engenharia Costeira

    """) + DISC_PT + "\n",
     label("register", ["tw-rtm-d1-online", "tw-rtm-visit-terminal"], [RUI[1]],
           note="Online plenary plus an on-site afternoon visit; nothing on day 2."),
     zone="pt", lang="pt-PT", olang="PT")

LIEVEN_HTML = ('<!DOCTYPE html>\n<html><head><meta charset="UTF-8"></head><body>'
               '<div class="default-style">Dear TIDEWAYS secretariat,</div>\n<div class="default-style">&nbsp;</div>\n'
               '<div class="default-style">Hereby I register for the partner meeting in Rotterdam:</div>\n<ul>\n'
               '<li>plenary on Tuesday morning (in person)</li>\n<li>site visit B: storm surge barrier</li>\n'
               '<li>boat study visit on Wednesday</li>\n<li>WP sessions / SteerCo on Wednesday afternoon</li>\n</ul>\n'
               '<div class="default-style">Kind regards,</div>\n<div class="default-style">Lieven Martens</div>\n'
               '<div class="default-style">VKI - Vlaams Kustinstituut (associated partner)</div>\n</body></html>\n')
add("rtm_html_only_lieven", "2027-02-26 21:47", person_mail(
    seed="rtm_html_only_lieven", date="2027-02-26 21:47", frm=addr("Lieven Martens", "lieven.martens@telenet.be"), to=TW,
    subject="Registration partner meeting Rotterdam", client="webmail", root=html_only_root(LIEVEN_HTML),
    extra=[("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62")]),
    label("register", ["tw-rtm-d1-onsite", "tw-rtm-visit-barrier", "tw-rtm-boat", "tw-rtm-d2-plenary"], ["lieven.martens@telenet.be"],
          note="HTML-only message with a bullet list; private address of an associated partner."))

mail("rtm_two_visits_tobias", "2027-03-02 10:18", A(TOBIAS), TW, "Site visits Rotterdam", T("""
    Hello,

    I work for Elbe Küsteninstitut as associated expert. I would like to join both the terminal and the barrier visit - is that possible if the bus goes from one to the other?

    Best regards
    Tobias Brandt
    """),
     label("register", ["tw-rtm-visit-terminal", "tw-rtm-visit-barrier"], [TOBIAS[1]], review=True,
           note="Two parallel site visits (same time, one per person); he also asks whether it is possible."),
     client="plain", as_client="webmail", extra=[("X-Mailer", "GMX Mail")])

mail("rtm_dinner_waitlist_question_rachel", "2027-02-19 09:15", A(RACHEL), TW, "Dinner waiting list", T("""
    Hi Tom,

    I asked to be added to the dinner and got a message that it is fully booked and I'm on the waiting list. Is there any chance that places become available? I need to know whether to book a later train.

    Thanks,
    Rachel
    """) + "\n" + DISC_UK + "\n",
     label("question", ["tw-rtm-dinner"], [], review=True,
           note="Question about the full dinner's waiting list; not a new registration."),
     zone="uk")

mail("rtm_dinner_director_late", "2027-03-10 11:20", A(LENA), TW, "Conference dinner Dr. Keller", T("""
    Dear TIDEWAYS team,

    Dr. Keller has decided at short notice to come to Rotterdam for the conference dinner on 23 March only. Could you please register him (m.keller@elbe-ki.de)?

    Best regards
    Lena Vogt
    Sekretariat Dr. Matthias Keller
    Elbe Küsteninstitut gGmbH
    """) + "\n" + DISC_DE + "\n",
     label("register", ["tw-rtm-dinner"], [KELLER[1]], review=True,
           note="On-behalf registration with the director's address, but for the full dinner and after the deadline."),
     lang="de-DE", olang="DE")

mail("rtm_hotel_question", "2027-02-11 14:05", A(ANASOFIA), TW, "Hotels Rotterdam", T("""
    Dear Annelies,

    Is there a hotel block or a discount code for the partner meeting? Our finance department needs the hotel confirmation before 15 February.

    Com os melhores cumprimentos,
    Ana Sofia Marques
    APST

    """) + DISC_PT + "\n",
     label("question", [], [], review=True, note="Practical question about hotels; no session."),
     zone="pt", lang="pt-PT", olang="PT")

mail("rtm_costs_question", "2027-02-23 13:37", A(OYVIND), TW, "Eligible costs Rotterdam", T("""
    Hi,

    A question from our controller: can the boat trip and the dinner be reported as travel and accommodation costs under Interreg, or are they paid by the lead partner?

    Vennlig hilsen
    Øyvind Hansen
    Agder Havn KF
    """),
     label("question", [], [], review=True,
           note="Budget question that names two sessions (boat, dinner) without asking for either."),
     lang="nb-NO", olang="NO-BOK")

mail("rtm_wheelchair_boat", "2027-02-09 10:55", A(CAMILLA), TW, "Boat trip accessibility", T("""
    Dear Tom,

    I am registered for the boat trip on 24 March. Is the boat wheelchair accessible? I use a wheelchair since an accident last autumn.

    Venlig hilsen
    Camilla Friis
    Limfjord Havneselskab A/S
    """),
     label("question", ["tw-rtm-boat"], [], review=True,
           note="Accessibility question about a session she is already registered for."),
     lang="da-DK", olang="DA")

mail("rtm_no_confirmation_hamish", "2027-03-08 12:01", A(HAMISH), TW, "Did my registration arrive?", T("""
    Hi Tom,

    I sent my form on Thursday night just before the deadline but have not received a confirmation yet. Could you check that I'm registered for the plenary and the terminal visit?

    Cheers,
    Hamish
    """),
     label("question", ["tw-rtm-d1-onsite", "tw-rtm-visit-terminal"], [], review=True,
           note="Status question about an earlier registration; not a new (late) registration."),
     zone="uk")

# --- Rotterdam changes

mail("rtm_change_to_online_katrin", "2027-02-01 09:02", A(KATRIN), TW, "Change registration Rotterdam", T("""
    Dear Annelies,

    due to budget cuts at the Hochschule I cannot travel to Rotterdam. Please change my registration for Tuesday morning from in person to online, and cancel my participation on Wednesday.

    Best regards
    Katrin

    -- 
    Dr.-Ing. Katrin Albers
    Hochschule Weserküste
    """),
     label("change", ["tw-rtm-d1-online"], [KATRIN[1]], from_sessions=["tw-rtm-d1-onsite", "tw-rtm-d2-plenary"],
           note="In person to online for the day 1 plenary, plus cancelling day 2: both left sessions are named."),
     client="thunderbird", lang="de-DE")

mail("rtm_change_terminal_to_floating_joao", "2027-02-02 11:30", A(JOAO), TW, "Change site visit", T("""
    Dear Annelies,

    Could I switch from the terminal visit to the visit of the floating office? A colleague of the port of Sines told me the terminal visit is more for operations people.

    Best regards,
    João
    """),
     label("change", ["tw-rtm-visit-m4h"], [JOAO[1]], from_sessions=["tw-rtm-visit-terminal"],
           note="Site visit swap A to C, phrased as a question ('Could I switch')."),
     client="gmail", zone="pt")

mail("rtm_change_colleague_sofie", "2027-02-03 08:47", A(PIETER), TW, "Change site visit Sofie Claeys", T("""
    Dear Tom,

    Please move my colleague Sofie Claeys (sofie.claeys@scheldepoort.be) from site visit C to B. The floating office she visited already last year.

    Met vriendelijke groeten,
    Pieter Vandamme
    Scheldepoort nv
    """) + "\n" + DISC_BE + "\n",
     label("change", ["tw-rtm-visit-barrier"], [SOFIE[1]], from_sessions=["tw-rtm-visit-m4h"],
           note="Change for a colleague (address given); the sender's own registration is untouched."),
     lang="nl-BE", olang="NL-BE")

mail("rtm_change_online_to_onsite_silje", "2027-02-17 14:12", A(SILJE), TW, "Good news - Rotterdam in person", T("""
    Hi Tom,

    Good news, I got travel approval after all! Please change my registration from online to in person, and add me to the barrier tour in the afternoon if there is still place.

    Best,
    Silje
    """),
     label("change", ["tw-rtm-d1-onsite", "tw-rtm-visit-barrier"], [SILJE[1]], from_sessions=["tw-rtm-d1-online"],
           note="Hybrid switch online to in person plus an added site visit ('the barrier tour' = B)."),
     client="gmail", cte="base64")

mail("rtm_change_strike_marloes", "2027-03-22 18:30", A(MARLOES), TW, "Tomorrow: online instead", T("""
    Dear Tom,

    The trains are on strike tomorrow, so I cannot be in Rotterdam in time. Please switch me to online for the morning plenary. I will try to come for day 2.

    Kind regards,
    Marloes
    """),
     label("change", ["tw-rtm-d1-online"], [MARLOES[1]], from_sessions=["tw-rtm-d1-onsite"],
           note="Last-minute switch to online for 'tomorrow' (23 March); the other sessions stay as they are."),
     client="thunderbird", lang="nl-NL")

mail("rtm_change_followup_james", "2027-02-09 07:41", A(JAMES), TW, "Re: Partner meeting - in person AND online?", T("""
    Hi Tom,

    Sorted my travel - in person it is, so please drop the online one. And could you add me to site visit C and the dinner?

    James

    Sent from Outlook for iOS
    """),
     label("change", ["tw-rtm-visit-m4h", "tw-rtm-dinner"], [JAMES[1]], from_sessions=["tw-rtm-d1-online"], review=True,
           note="Follow-up to his 'both in person and online' mail: drop the online plenary, add site visit C and the dinner. The dinner is full, so a person has to answer."),
     client="outlook_ios", zone="uk")

# --- Rotterdam cancellations

mail("rtm_cancel_colleague_sofie", "2027-03-01 16:10", A(PIETER), TW, "Sofie Claeys - cancellation", T("""
    Dear Tom,

    Unfortunately Sofie Claeys cannot come to Rotterdam after all, she has to replace me at a Port Council meeting. Please cancel her registration (sofie.claeys@scheldepoort.be). I still come.

    Met vriendelijke groeten,
    Pieter Vandamme
    """) + "\n" + DISC_BE + "\n",
     label("cancel", [], [SOFIE[1]], review="any", sessions_allowed=ALL_RTM,
           note="Cancels a colleague's whole Rotterdam registration without listing sessions (she had plenary, boat and a site visit). Cancelling all her Rotterdam sessions or asking are both fine; the sender stays."),
     lang="nl-BE", olang="NL-BE")

mail("rtm_cancel_dinner_waitlist_jeroen", "2027-02-05 12:20", A(JEROEN), TW, "Dinner waiting list", T("""
    Hi Tom,

    Please remove me from the dinner waiting list - I have another engagement that evening now.

    Groet,
    Jeroen
    """) + "\n" + DISC_NL + "\n",
     label("cancel", ["tw-rtm-dinner"], [JEROEN[1]], note="Withdraws his dinner request (waiting list)."),
     lang="nl-NL", olang="NL")

CONC_CONF = rtm_confirm_text("Conceição Lopes", ["tw-rtm-d1-onsite", "tw-rtm-boat"])
mail("rtm_substitute_conceicao", "2027-02-08 17:45", A(CONCEICAO), TWA, "RE: " + RTM_CONF_SUBJECT, T("""
    Dear Tom,

    Unfortunately I cannot go to Rotterdam. My colleague Tiago Sousa (tiago.sousa@apst.pt) will take my place.

    Com os melhores cumprimentos,
    Conceição Lopes
    APST

    """) + DISC_PT + "\n",
     label("cancel", ["tw-rtm-d1-onsite", "tw-rtm-boat"], [CONCEICAO[1]], review=True,
           note="Substitution: cancel the sender (sessions from the quoted confirmation) and register a colleague in her place. Two actions in one mail."),
     quote=oq("pt", f"{TW_NAME} <{TW}>", "2027-01-21 09:12", "Conceição Lopes <conceicao.lopes@apst.pt>", RTM_CONF_SUBJECT, CONC_CONF),
     irt=svc_mid("conf-rtm-conceicao"), zone="pt", lang="pt-PT", olang="PT")

FLO_CONF = rtm_confirm_text("Florian Weiß", ["tw-rtm-d1-onsite", "tw-rtm-visit-terminal", "tw-rtm-boat", "tw-rtm-d2-plenary"])
mail("rtm_cancel_german_florian", "2027-02-10 10:02", A(FLORIAN), TWA, "AW: " + RTM_CONF_SUBJECT, T("""
    Sehr geehrte Damen und Herren,

    leider muss ich meine Teilnahme am Partnertreffen in Rotterdam absagen, da ich an diesen Tagen in einer Ausschreibung eingebunden bin.

    Mit freundlichen Grüßen
    Florian Weiß
    Referent Umwelt und Nachhaltigkeit
    Jade-Ems Hafengesellschaft mbH
    """) + "\n" + DISC_DE + "\n",
     label("cancel", ["tw-rtm-d1-onsite", "tw-rtm-visit-terminal", "tw-rtm-boat", "tw-rtm-d2-plenary"], [FLORIAN[1]],
           note="German 'absagen' = cancel; the sessions to cancel are the four in the quoted confirmation (German Outlook header Von/Gesendet/An/Betreff)."),
     quote=oq("de", f"{TW_NAME} <{TW}>", "2027-01-19 10:30", "Weiß, Florian <f.weiss@jadeems-hafen.de>", RTM_CONF_SUBJECT, FLO_CONF),
     irt=svc_mid("conf-rtm-florian"), lang="de-DE", olang="DE")

mail("rtm_cancel_ill_hanna", "2027-03-19 07:12", A(HANNA), TW, "Absage Rotterdam / cancellation", T("""
    Dear Annelies,

    I am ill and the doctor says I cannot travel next week. Please cancel everything for me in Rotterdam. I am very sorry.

    Hanna Schulte
    """) + "\n" + DISC_DE + "\n",
     label("cancel", [], [HANNA[1]], review="any", sessions_allowed=ALL_RTM,
           note="'Cancel everything for me in Rotterdam' without a list; she had the plenary and site visit B. Cancelling all her Rotterdam sessions or asking are both fine."),
     lang="de-DE", olang="DE")

mail("rtm_cancel_boat_danish", "2027-03-16 08:05", A(JENS), TW, "Afbud boat trip", T("""
    Hi Tom,

    Unfortunately I must melde afbud for the boat trip on Wednesday, I have to fly home Tuesday evening. The plenary and site visit B I keep.

    Best regards
    Jens Bøgh
    Limfjord Havneselskab A/S
    """),
     label("cancel", ["tw-rtm-boat"], [JENS[1]],
           note="Danish 'melde afbud' = send apologies / cancel; only the boat trip, the other sessions stay."),
     lang="da-DK", olang="DA")

# --- Hamburg (closed) and related

mail("hh_minutes_question", "2026-11-25 13:40", A(KATRIN), TW, "Minutes Hamburg", T("""
    Dear Annelies,

    when will the minutes and the presentations of the Hamburg meeting be available? I need them for our internal report.

    Best regards
    Katrin Albers
    """),
     label("question", ["tw-hh-plenary"], [], review=True,
           note="Question about the past Hamburg meeting; the event is closed, nothing to book."),
     client="thunderbird", lang="de-DE")

add("hh_thanks_photos", "2026-11-16 10:30", person_mail(
    seed="hh_thanks_photos", date="2026-11-16 10:30", frm=A(HANNA), to=TW, subject="Photos HafenCity walk",
    client="outlook", lang="de-DE",
    root=outlook_root("hh_thanks_photos", T("""
        Dear Annelies,

        thank you again for the good meeting in Hamburg. As promised, attached two photos of the HafenCity flood protection walk for the newsletter.

        Best regards
        Hanna Schulte
        Elbe Küsteninstitut gGmbH
        """), lang="DE", attachments=[
        attachment(make_png(64, 40, [(90, 120, 150), (200, 200, 190)]), "image/png", "HafenCity_walk_1.png"),
        attachment(make_png(64, 40, [(60, 90, 60), (180, 190, 200)]), "image/png", "HafenCity_walk_2.png")])),
    label("other", note="Thank-you with photos of the past Hamburg site visit (image attachments); mentions the session but asks for nothing to be booked."))


# ==========================================================================
# Peer learning klimaatadaptatie (ministry, Dutch)
# ==========================================================================

GEM_DISC = ("Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, wordt u "
            "vriendelijk verzocht dit aan de afzender te melden. De gemeente staat door de elektronische verzending van dit "
            "bericht niet in voor de juiste en volledige overbrenging van de inhoud.")

mail("pl_zwolle_plain", "2027-01-19 14:22", addr("Jansen, Femke", "f.jansen@zwolle.nl"), PL, "Aanmelding peer learning Zwolle", T("""
    Goedemiddag,

    Graag meld ik mij aan voor de peer-learningsessie in Zwolle.

    Met vriendelijke groet,

    Femke Jansen
    Adviseur klimaatadaptatie
    Gemeente Zwolle | Team Water en Klimaat
    """) + "\n" + GEM_DISC + "\n",
     label("register", ["pl-zwolle"], ["f.jansen@zwolle.nl"], note="Plain registration by city."),
     lang="nl-NL", olang="NL")

mail("pl_reply_invite_zwolle", "2027-01-19 11:05", addr("Wessels, Harm", "h.wessels@kampen.nl"), PLA, "RE: " + PL_INV_SUBJECT, T("""
    Ja, ik kom naar Zwolle.

    Harm Wessels
    Gemeente Kampen, beleidsmedewerker water
    """),
     label("register", ["pl-zwolle"], ["h.wessels@kampen.nl"],
           note="Short reply above the quoted invitation, which lists all three sessions and the English summary."),
     quote=pl_inv_quote("Wessels, Harm <h.wessels@kampen.nl>"), irt=PL_INV_MID, lang="nl-NL", olang="NL")

mail("pl_den_bosch_alias", "2027-01-20 08:58", addr("Heijden, Mark van der", "m.vanderheijden@oss.nl"), PLA, "RE: " + PL_INV_SUBJECT, T("""
    Ik kom graag naar Den Bosch.

    Mark van der Heijden
    Beleidsadviseur Klimaat & Water
    Gemeente Oss
    """) + "\n" + GEM_DISC + "\n",
     label("register", ["pl-den-bosch"], ["m.vanderheijden@oss.nl"],
           note="'Den Bosch' is the everyday name of 's-Hertogenbosch (an alias). Reply above the quoted invitation."),
     quote=pl_inv_quote("Heijden, Mark van der <m.vanderheijden@oss.nl>"), irt=PL_INV_MID, lang="nl-NL", olang="NL")

mail("pl_english_west", "2027-01-20 13:40", addr("Osei, Daniel", "d.osei@rotterdam.nl"), PL, "Peer learning - West region", T("""
    Dear organisers,

    I'd like to join the peer-learning session for the West region. I'm a climate adaptation officer at the municipality of Rotterdam; my Dutch is fine for listening, so no problem with the language.

    Kind regards,
    Daniel Osei
    Gemeente Rotterdam | Stadsbeheer, team Klimaatadaptatie
    """),
     label("register", ["pl-delft"], ["d.osei@rotterdam.nl"],
           note="English registration by region (West = Delft); the language remark needs no answer."),
     lang="en-GB", olang="EN-GB")

mail("pl_region_noord_oost", "2027-01-21 10:15", addr("Anouk Smit", "a.smit@deventer.nl"), PL, "Aanmelding", T("""
    Beste programmateam,

    Hierbij meld ik mij aan voor de sessie regio Noord en Oost.

    Groet,
    Anouk Smit
    Gemeente Deventer
    """),
     label("register", ["pl-zwolle"], ["a.smit@deventer.nl"], note="Session by region only (Noord en Oost = Zwolle)."),
     client="plain", as_client="onprem", charset="us-ascii", cte="7bit")

mail("pl_provinciehuis_brabant", "2027-01-22 15:30", addr("Ruud Verbeek", "r.verbeek@tilburg.nl"), PL, "Peer learning", T("""
    Hallo,

    Ik wil graag meedoen aan de sessie in het provinciehuis in Brabant.

    Met vriendelijke groet,
    Ruud Verbeek
    Programmamanager Klimaatadaptatie, gemeente Tilburg
    """),
     label("register", ["pl-den-bosch"], ["r.verbeek@tilburg.nl"],
           note="Session by venue and province ('provinciehuis in Brabant' = Provinciehuis Noord-Brabant, 's-Hertogenbosch)."),
     lang="nl-NL", olang="NL")

mail("pl_signature_zwolle_wants_delft", "2027-01-25 09:09", addr("Bosman, Gert", "g.bosman@zwolle.nl"), PL, "Aanmelding sessie Delft", T("""
    Goedemorgen,

    Ik wil graag naar Delft (20 april); op 8 april ben ik op vakantie.

    Met vriendelijke groet,

    Gert Bosman
    Senior adviseur water en klimaat
    Gemeente Zwolle
    Stadskantoor, Lübeckplein 2, 8017 JZ Zwolle
    """) + "\n" + GEM_DISC + "\n",
     label("register", ["pl-delft"], ["g.bosman@zwolle.nl"],
           note="Asks for Delft; his signature says Gemeente Zwolle and he rules out 8 April (the Zwolle date)."),
     lang="nl-NL", olang="NL")

mail("pl_two_sessions", "2027-01-26 11:48", addr("Boer, Lisa de", "l.deboer@apeldoorn.nl"), PL, "Aanmelding Zwolle en Delft", T("""
    Beste organisatie,

    Ik zou graag zowel in Zwolle als in Delft aansluiten, om de aanpak in de twee regio's te vergelijken. Kan dat?

    Met vriendelijke groet,
    Lisa de Boer
    Gemeente Apeldoorn
    """),
     label("register", ["pl-zwolle", "pl-delft"], ["l.deboer@apeldoorn.nl"], review=True,
           note="Two sessions while the series allows one per participant (and the programme is the same)."),
     lang="nl-NL", olang="NL")

mail("pl_three_colleagues", "2027-01-27 14:00", addr("Kaya, Emre", "e.kaya@eindhoven.nl"), PL, "Aanmelding 3 personen Den Bosch", T("""
    Goedemiddag,

    Graag melden wij ons met drie collega's aan voor de sessie in 's-Hertogenbosch op 13 april:

    - Emre Kaya (e.kaya@eindhoven.nl)
    - Sanne Vermeulen (s.vermeulen@eindhoven.nl)
    - Joris Peeters (j.peeters@eindhoven.nl)

    Met vriendelijke groet,

    Emre Kaya
    Teamleider Klimaatadaptatie
    Gemeente Eindhoven
    """) + "\n" + GEM_DISC + "\n",
     label("register", ["pl-den-bosch"], ["e.kaya@eindhoven.nl", "s.vermeulen@eindhoven.nl", "j.peeters@eindhoven.nl"],
           note="Sender plus two colleagues, all with addresses, one session."),
     cc="s.vermeulen@eindhoven.nl, j.peeters@eindhoven.nl", lang="nl-NL", olang="NL")

mail("pl_colleagues_split", "2027-01-28 16:25", addr("Linda Hoekstra", "l.hoekstra@breda.nl"), PL, "Aanmelding peer learning Breda", T("""
    Beste,

    Ik ga naar Den Bosch, mijn collega Youssef Amrani (y.amrani@breda.nl) gaat naar Delft, dan verdelen we het.

    Groet,
    Linda Hoekstra
    Gemeente Breda
    """),
     label("register", ["pl-den-bosch", "pl-delft"], ["l.hoekstra@breda.nl", "y.amrani@breda.nl"], review="any",
           note="Two colleagues, each to a different session (one session per person is respected). The flat label is the union; per-person handling or review are both fine."),
     lang="nl-NL", olang="NL")

mail("pl_by_date", "2027-02-01 10:02", addr("Bas Timmermans", "b.timmermans@helmond.nl"), PL, "Peer learning 13 april", T("""
    Goedemorgen,

    Ik meld me aan voor de sessie op 13 april.

    Bas Timmermans
    Gemeente Helmond
    """),
     label("register", ["pl-den-bosch"], ["b.timmermans@helmond.nl"], note="Session by date only (13 april)."),
     client="gmail", cte="quoted-printable", mid_domain="helmond.nl")

mail("pl_fallback_delft", "2027-02-02 13:13", addr("Koster, Ilse", "i.koster@dordrecht.nl"), PL, "Aanmelding peer learning", T("""
    Hallo,

    Graag meld ik me aan voor Delft, en als dat vol is voor Den Bosch.

    Met vriendelijke groet,
    Ilse Koster
    Gemeente Dordrecht | Klimaatadaptatie
    """),
     label("register", ["pl-delft"], ["i.koster@dordrecht.nl"],
           note="Fallback: Delft first, Den Bosch only if Delft is full; first choice."),
     lang="nl-NL", olang="NL")

mail("pl_unknown_city", "2027-02-04 09:31", addr("Dijkstra, Pieter", "p.dijkstra@groningen.nl"), PL, "Aanmelding sessie Groningen", T("""
    Goedemorgen,

    Graag meld ik mij aan voor de peer-learningsessie in Groningen.

    Met vriendelijke groet,
    Pieter Dijkstra
    Gemeente Groningen
    """),
     label("register", [], ["p.dijkstra@groningen.nl"], review=True,
           note="There is no session in Groningen (nearest is Zwolle, regio Noord en Oost); a person has to ask."),
     lang="nl-NL", olang="NL")

mail("pl_waterschap_question", "2027-02-08 11:11", addr("Vos, Marieke", "m.vos@ws-vechtdelta.nl"), PL, "Aanmelden als waterschap?", T("""
    Beste organisatie,

    Kan ik mij als medewerker van een waterschap ook aanmelden voor de sessie in Zwolle? Wij werken in de regio nauw samen met de gemeenten aan de stresstesten.

    Met vriendelijke groet,
    Marieke Vos
    Waterschap Vechtdelta
    """),
     label("question", ["pl-zwolle"], [], review=True,
           note="Eligibility question phrased like a request: the audience is municipal climate officers, a water board employee needs a decision."),
     lang="nl-NL", olang="NL")

mail("pl_on_behalf_teamleider", "2027-02-09 09:45", addr("Secretariaat Ruimte", "secretariaat.ruimte@zoetermeer.nl"), PL,
     "Aanmelding peer learning Delft - R. Mahabier", T("""
    Geachte heer/mevrouw,

    Namens onze teamleider Klimaat, de heer Rajesh Mahabier, meld ik hem aan voor de peer-learningsessie in Delft op 20 april. Zijn e-mailadres is r.mahabier@zoetermeer.nl.

    Met vriendelijke groet,

    Carla Meijer
    Secretariaat Ruimtelijke Ontwikkeling
    Gemeente Zoetermeer
    """) + "\n" + GEM_DISC + "\n",
     label("register", ["pl-delft"], ["r.mahabier@zoetermeer.nl"],
           note="Secretariat registers the team leader with his address; the shared secretariat mailbox is not a participant."),
     lang="nl-NL", olang="NL")

mail("pl_forward_colleague_choice", "2027-02-10 12:40", addr("Meulenbelt, Jorien", "j.meulenbelt@hengelo.nl"), PLA, "FW: " + PL_INV_SUBJECT, T("""
    Beste programmateam,

    Via mijn collega kreeg ik onderstaande uitnodiging. Ik meld me aan voor Zwolle.

    Met vriendelijke groet,
    Jorien Meulenbelt
    Gemeente Hengelo
    """),
     label("register", ["pl-zwolle"], ["j.meulenbelt@hengelo.nl"],
           note="Forward from a colleague of the full invitation; the choice (Zwolle) is in the top text."),
     quote=oq("nl", "Ties Brinkman <t.brinkman@hengelo.nl>", "2027-02-09 16:02", "Meulenbelt, Jorien <j.meulenbelt@hengelo.nl>",
              "FW: " + PL_INV_SUBJECT, "Iets voor jou?\n\nTies\n\n" + "\n".join(
                  f"{k}: {v}" for k, v in [("Van", f"{PL_NAME} <{PL}>"), ("Verzonden", long_date(PL_INV_DATE, "nl")),
                                           ("Aan", "Ties Brinkman <t.brinkman@hengelo.nl>"), ("Onderwerp", PL_INV_SUBJECT)])
              + "\n\n" + pl_invitation()),
     lang="nl-NL", olang="NL")

mail("pl_late", "2027-03-29 09:20", addr("Rutten, Koen", "k.rutten@venlo.nl"), PL, "Nog aanmelden Den Bosch?", T("""
    Goedemorgen,

    Ik zie dat de aanmeldtermijn vrijdag is verlopen, maar is er nog plek in Den Bosch op 13 april? Dan meld ik me daarvoor aan.

    Groet,
    Koen Rutten
    Gemeente Venlo
    """),
     label("register", ["pl-den-bosch"], ["k.rutten@venlo.nl"], review=True,
           note="Registration dated 29 March, after the deadline (26 March 23:59)."),
     lang="nl-NL", olang="NL")

mail("pl_register_plus_question", "2027-03-05 10:10", addr("Brouwer, Esther", "e.brouwer@ede.nl"), PL, "Aanmelding + vraag", T("""
    Beste,

    Ik meld mij aan voor de sessie in Zwolle. Is er een lunch voorafgaand aan de sessie, of moet ik zelf iets regelen? En is het provinciehuis goed bereikbaar met het ov?

    Met vriendelijke groet,
    Esther Brouwer
    Gemeente Ede
    """),
     label("register", ["pl-zwolle"], ["e.brouwer@ede.nl"], review=True,
           note="Clear registration plus practical questions (lunch, public transport) for a person."),
     lang="nl-NL", olang="NL")

add("pl_subject_only", "2027-03-10 07:45", person_mail(
    seed="pl_subject_only", date="2027-03-10 07:45", frm=addr("Wouter Smeets", "w.smeets@westland.nl"), to=PL, client="iphone",
    subject="Aanmelding peer learning Delft 20/4", root=plain_root("\n\nVerstuurd vanaf mijn iPhone\n", charset="us-ascii", cte="7bit")),
    label("register", ["pl-delft"], ["w.smeets@westland.nl"], note="Everything in the subject; body only the iPhone footer."))

mail("pl_english_question_language", "2027-02-22 14:14", addr("Weber, Anna", "a.weber@eindhoven.nl"), PL, "Registration peer learning Den Bosch", T("""
    Dear organisers,

    Could you register me for the session in Den Bosch? I moved from Germany last year and my Dutch is still basic. Will there be English-speaking tables, or is everything in Dutch?

    Kind regards,
    Anna Weber
    Climate adaptation advisor, Gemeente Eindhoven
    """),
     label("register", ["pl-den-bosch"], ["a.weber@eindhoven.nl"], review=True,
           note="Registration plus a language question that needs an answer; Eindhoven already sends three people, but there is no per-organisation limit in this series."),
     lang="en-GB", olang="EN-GB")

mail("pl_web_form_relay", "2027-02-25 08:15", addr("Gemeente Almere", "noreply@almere.nl"), PL, "Formulier Aanmelding externe bijeenkomst ingevuld", T("""
    Er is een formulier ingevuld via het intranet.

    Formulier:      Aanmelding externe bijeenkomst
    Ingediend op:   25-02-2027 08:15

    Naam:           Nadia el Idrissi
    E-mailadres:    n.elidrissi@almere.nl
    Afdeling:       Stadsbeheer / Klimaat
    Bijeenkomst:    Peer learning klimaatadaptatie (ministerie IenW)
    Voorkeur:       Noord en Oost - 8 april
    Opmerkingen:    -

    Dit is een automatisch gegenereerd bericht.
    """),
     label("register", ["pl-zwolle"], ["n.elidrissi@almere.nl"],
           note="Intranet form relayed from a noreply address with Reply-To; the participant is in the form fields. Says 'automatisch gegenereerd' but is a real registration."),
     client="system", reply_to=addr("Nadia el Idrissi", "n.elidrissi@almere.nl"))

mail("pl_negation", "2027-03-18 13:00", addr("Tjeerd Hoekstra", "t.hoekstra@meppel.nl"), PL, "peer learning", T("""
    Hoi,

    Zwolle lukt niet (dan zit ik bij de raad), dus dan liever Delft.

    Groet,
    Tjeerd Hoekstra
    Gemeente Meppel
    """),
     label("register", ["pl-delft"], ["t.hoekstra@meppel.nl"],
           note="Negation: Zwolle ruled out, Delft chosen, although Meppel lies in regio Noord en Oost."),
     client="gmail", cte="base64", mid_domain="meppel.nl")

mail("pl_typos", "2027-02-03 21:30", addr("sandra de graaf", "sandradegraaf@hotmail.com"), PL, "aanmeldng", T("""
    hallo,

    ik wil me aanmelden voor de peerlearning sesie in Hertogenbos op 13 april. ik werk als klimaatadviseur bij gemeente Vught (gedetacheerd).

    groet sandra
    """),
     label("register", ["pl-den-bosch"], ["sandradegraaf@hotmail.com"],
           note="Typos ('Hertogenbos', 'sesie', 'aanmeldng'); date confirms 's-Hertogenbosch. Private address, seconded municipal adviser."),
     client="owa", charset="iso-8859-1")

mail("pl_colleague_no_address", "2027-02-12 10:55", addr("Groot, Maaike de", "m.degroot@leiden.nl"), PL, "Aanmelding Delft", T("""
    Goedemorgen,

    Ik meld mij aan voor de sessie klimaatadaptatie in Delft, samen met mijn collega Mark Zwart van stadsbeheer.

    Met vriendelijke groet,
    Maaike de Groot
    Gemeente Leiden
    """),
     label("register", ["pl-delft"], ["m.degroot@leiden.nl"], review=True,
           note="Colleague named without an e-mail address: sender can be registered, colleague needs follow-up."),
     lang="nl-NL", olang="NL")

mail("pl_just_before_deadline", "2027-03-26 22:47", addr("Kevin Bakker", "k.bakker@vlaardingen.nl"), PL, "Aanmelding peer learning West", T("""
    Goedenavond,

    Net op tijd hoop ik: graag meld ik mij aan voor de peer learning in Delft.

    Groet,
    Kevin Bakker
    Gemeente Vlaardingen
    """),
     label("register", ["pl-delft"], ["k.bakker@vlaardingen.nl"],
           note="Sent 26 March 22:47, before the deadline of 26 March 23:59."),
     lang="nl-NL", olang="NL")

mail("pl_forward_no_choice", "2027-01-20 16:05", addr("Ramdin, Shanti", "s.ramdin@schiedam.nl"), PLA, "FW: " + PL_INV_SUBJECT, T("""
    Hierbij meld ik mij aan, zie onderstaande uitnodiging.

    Met vriendelijke groet,
    Shanti Ramdin
    Gemeente Schiedam
    """),
     label("register", [], ["s.ramdin@schiedam.nl"], review=True,
           note="Wants to register but names no session; the forwarded invitation lists all three. Schiedam would point to West (Delft), but that is a guess."),
     quote=pl_inv_quote("Ramdin, Shanti <s.ramdin@schiedam.nl>"), lang="nl-NL", olang="NL")

PL_HTML = ('<!DOCTYPE html>\n<html><head><meta charset="UTF-8"></head><body>'
           '<div class="default-style">Geachte heer/mevrouw,</div>\n<div class="default-style">&nbsp;</div>\n'
           '<div class="default-style">Hierbij meld ik mij aan voor de <b>peer learning klimaatadaptatie</b> in <b>Zwolle</b> op 8 april.</div>\n'
           '<div class="default-style">&nbsp;</div>\n<div class="default-style">Met vriendelijke groet,</div>\n'
           '<div class="default-style">Gerrit Mulder</div>\n<div class="default-style">Beleidsmedewerker duurzaamheid, gemeente Hardenberg</div>\n'
           '</body></html>\n')
add("pl_html_only", "2027-02-17 20:33", person_mail(
    seed="pl_html_only", date="2027-02-17 20:33", frm=addr("Gerrit Mulder", "gerritmulder@kpnmail.nl"), to=PL,
    subject="Aanmelding peer learning", client="webmail", root=html_only_root(PL_HTML),
    extra=[("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62")]),
    label("register", ["pl-zwolle"], ["gerritmulder@kpnmail.nl"], note="HTML-only message from a private webmail address."))

mail("pl_english_zwolle_german", "2027-03-03 09:50", addr("Schmidt, Jonas", "j.schmidt@enschede.nl"), PL, "Peer learning session Zwolle", T("""
    Dear Sir or Madam,

    hereby I register for the peer learning session in Zwolle on 8 April. I am the new climate officer of Enschede (before I worked for the city of Münster).

    With kind regards
    Jonas Schmidt
    Gemeente Enschede
    """),
     label("register", ["pl-zwolle"], ["j.schmidt@enschede.nl"],
           note="English with German phrasing ('hereby I register'); mentions Münster, which is irrelevant."),
     lang="en-GB", olang="EN-GB")

mail("pl_wrong_mailbox_tideways", "2027-02-16 10:40", addr("Kuipers, Sanne", "s.kuipers@rotterdam.nl"), TW,
     "Aanmelding peer learning Delft", T("""
    Beste,

    Graag meld ik mij aan voor de peer-learningsessie klimaatadaptatie in Delft op 20 april.

    Met vriendelijke groet,
    Sanne Kuipers
    Gemeente Rotterdam
    """),
     label("register", ["pl-delft"], ["s.kuipers@rotterdam.nl"], review="any",
           note="A peer-learning registration sent to the TIDEWAYS mailbox (the same officer earlier sent a TIDEWAYS registration to the ministry). Registering or passing to a person are both fine."),
     lang="nl-NL", olang="NL")

mail("pl_flemish_question", "2027-02-19 11:20", addr("Wauters Tine", "tine.wauters@kortrijk.be"), PL, "Deelname vanuit Vlaanderen?", T("""
    Dag,

    Via een collega-klimaatambtenaar uit Breda hoorde ik van jullie peer learning. Mogen wij als Vlaamse stad ook deelnemen, bijvoorbeeld in Den Bosch? Wij werken rond dezelfde thema's (ontharding, waterbuffering).

    Met vriendelijke groeten,
    Tine Wauters
    Klimaatambtenaar Stad Kortrijk
    """),
     label("question", ["pl-den-bosch"], [], review=True,
           note="Flemish eligibility question: a Belgian city asks whether it may join the Dutch series."),
     lang="nl-BE", olang="NL-BE")

mail("pl_same_programme_question", "2027-01-21 15:02", addr("Lammers, Rik", "r.lammers@almere.nl"), PL, "Vraag over de sessies", T("""
    Beste,

    Is het programma in de drie regio's hetzelfde, of verschillen de thema's? Dan kies ik de sessie die het beste bij ons past.

    Groet,
    Rik Lammers
    Gemeente Almere
    """),
     label("question", [], [], review=True, note="Question about the programme before choosing; no registration yet."),
     lang="nl-NL", olang="NL")

mail("pl_pe_points_question", "2027-03-02 16:44", addr("Ingrid van Dam", "i.vandam@delft.nl"), PL, "Accreditatie?", T("""
    Beste,

    Ik sta ingeschreven voor 20 april in Delft. Levert de sessie PE-punten op of een deelnamecertificaat? Dat is voor mijn opleidingsplan.

    Groet,
    Ingrid van Dam
    Gemeente Delft
    """),
     label("question", ["pl-delft"], [], review=True, note="Question about accreditation for a session she is registered for."),
     client="gmail", cte="quoted-printable", mid_domain="delft.nl")

# --- peer learning changes and cancellations

mail("pl_change_zwolle_to_den_bosch", "2027-02-15 09:30", addr("Anouk Smit", "a.smit@deventer.nl"), PL, "Wijziging aanmelding", T("""
    Beste programmateam,

    8 april kan ik toch niet. Kunt u mij overzetten naar de sessie in Den Bosch op 13 april?

    Groet,
    Anouk Smit
    Gemeente Deventer
    """),
     label("change", ["pl-den-bosch"], ["a.smit@deventer.nl"], from_sessions=["pl-zwolle"],
           note="Change by date (8 april = Zwolle) to Den Bosch."),
     client="plain", as_client="onprem", charset="us-ascii", cte="7bit")

MVDH_CONF = pl_confirm_text("pl-den-bosch", "Mark van der Heijden")
mail("pl_cancel_reply_confirmation", "2027-02-18 13:20", addr("Heijden, Mark van der", "m.vanderheijden@oss.nl"), PLA,
     "RE: " + pl_confirm_subject("pl-den-bosch"), T("""
    Helaas moet ik mij afmelden, er is op 13 april een bestuurlijk overleg ingepland waar ik bij moet zijn.

    Mark van der Heijden
    Gemeente Oss
    """) + "\n" + GEM_DISC + "\n",
     label("cancel", ["pl-den-bosch"], ["m.vanderheijden@oss.nl"],
           note="'Afmelden' above the quoted confirmation for Den Bosch."),
     quote=oq("nl", f"{PL_NAME} <{PL}>", "2027-01-20 09:10", "Heijden, Mark van der <m.vanderheijden@oss.nl>",
              pl_confirm_subject("pl-den-bosch"), MVDH_CONF),
     irt=svc_mid("conf-pl-mvdh", "klimaatlokaal.nl"), lang="nl-NL", olang="NL")

mail("pl_cancel_colleague", "2027-03-01 11:00", addr("Kaya, Emre", "e.kaya@eindhoven.nl"), PL, "Afmelding Joris Peeters", T("""
    Goedemorgen,

    Mijn collega Joris Peeters (j.peeters@eindhoven.nl) kan helaas niet mee naar 's-Hertogenbosch. Wilt u hem afmelden? Sanne en ik komen wel.

    Met vriendelijke groet,
    Emre Kaya
    Gemeente Eindhoven
    """),
     label("cancel", ["pl-den-bosch"], ["j.peeters@eindhoven.nl"],
           note="Cancels one colleague he registered himself; the sender and Sanne stay."),
     lang="nl-NL", olang="NL")

add("pl_cancel_iphone", "2027-03-23 07:15", person_mail(
    seed="pl_cancel_iphone", date="2027-03-23 07:15", frm=addr("Bas Timmermans", "b.timmermans@helmond.nl"), to=PL,
    client="iphone", subject="13/4",
    root=plain_root("Kan helaas niet op 13/4. Groet, Bas\n\nVerstuurd vanaf mijn iPhone\n")),
    label("cancel", ["pl-den-bosch"], ["b.timmermans@helmond.nl"],
          note="Very short cancellation by date only ('kan niet op 13/4' = Den Bosch)."))

mail("pl_change_no_target", "2027-03-15 15:15", addr("Jansen, Femke", "f.jansen@zwolle.nl"), PL, "Aanmelding Zwolle", T("""
    Goedemiddag,

    Ik had mij aangemeld voor Zwolle, maar 8 april lukt toch niet. Is er een andere mogelijkheid?

    Met vriendelijke groet,
    Femke Jansen
    Gemeente Zwolle
    """) + "\n" + GEM_DISC + "\n",
     label("change", [], ["f.jansen@zwolle.nl"], from_sessions=["pl-zwolle"], review=True,
           note="Wants to leave Zwolle but names no target; a person should offer Den Bosch or Delft."),
     lang="nl-NL", olang="NL")

mail("pl_change_english_switch", "2027-03-09 10:30", addr("Osei, Daniel", "d.osei@rotterdam.nl"), PL, "Switch session", T("""
    Hi,

    Could you switch me from Delft to Zwolle? On 20 April I will be on leave after all; 8 April suits better.

    Thanks,
    Daniel
    """),
     label("change", ["pl-zwolle"], ["d.osei@rotterdam.nl"], from_sessions=["pl-delft"],
           note="English 'switch me from Delft to Zwolle', with the Delft date (20 April) given as the reason."),
     lang="en-GB", olang="EN-GB")

mail("pl_cancel_unspecified", "2027-03-30 08:50", addr("Brouwer, Esther", "e.brouwer@ede.nl"), PL, "Afmelding", T("""
    Beste,

    Ik meld me af voor de peer learning. Er is intern een reorganisatie en ik kan er niet bij zijn.

    Met vriendelijke groet,
    Esther Brouwer
    """),
     label("cancel", [], ["e.brouwer@ede.nl"], review="any", sessions_allowed=ALL_PL,
           note="No session named; with one session per participant the service can cancel her only registration (Zwolle), or a person can check."),
     lang="nl-NL", olang="NL")


# ==========================================================================
# machine mail: iMIP calendar replies
# ==========================================================================

def ical_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


WEB_START = {"tw-web-01": "20270114", "tw-web-02": "20270218", "tw-web-03": "20270318", "tw-web-04": "20270415",
             "tw-web-05": "20270520", "tw-web-06": "20270617"}


def web_summary(key):
    return f"TIDEWAYS webinar: {WEB[key][2]}"


def outlook_imip(seed, *, partstat, who, who_addr, org_name, org_addr, summary, start, end, location, stamp,
                 uid, comment="", lang="en-US"):
    cn = f'"{who}"' if any(c in who for c in ",;:") else who
    lines = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ
    lines += ["BEGIN:VEVENT", f"ATTENDEE;PARTSTAT={partstat};CN={cn}:mailto:{who_addr}",
              f"COMMENT;LANGUAGE={lang}:{ical_text(comment)}" if comment else f"COMMENT;LANGUAGE={lang}:\\n",
              f"SUMMARY;LANGUAGE={lang}:{ical_text(summary)}",
              f"DTSTART;TZID=W. Europe Standard Time:{start}", f"DTEND;TZID=W. Europe Standard Time:{end}",
              f"UID:{uid}", f"ORGANIZER;CN={org_name}:mailto:{org_addr}", "CLASS:PUBLIC", "PRIORITY:5",
              f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
              f"LOCATION;LANGUAGE={lang}:{ical_text(location)}", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{-(int(h(seed, 7), 16))}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{ {'DECLINED': 'FREE', 'TENTATIVE': 'TENTATIVE'}.get(partstat, 'BUSY') }",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    b = h(seed, 24).upper()
    plain = comment + "\n" if comment else "\n"
    return multipart("alternative", [
        text_part(plain, "plain", "utf-8", "base64"),
        Part(['Content-Type: text/calendar; charset="utf-8"; method=REPLY', "Content-Transfer-Encoding: base64"],
             b64lines(cal.encode("utf-8"))),
    ], f"_000_{b}_")


def web_uid(key):
    return f"{h(key + 'uid', 24)}-{WEB_START[key]}@mailflow.tideways.eu"


def cal_outlook_web(tag, date, person, key, partstat, prefix, *, comment="", lang="en-US", zone="cet", lbl):
    d = WEB_START[key]
    root = outlook_imip(tag, partstat=partstat, who=person[0], who_addr=person[1], org_name=TW_NAME, org_addr=TW,
                        summary=web_summary(key), start=d + "T100000", end=d + "T113000", location="Microsoft Teams Meeting",
                        stamp=ams(date).astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ"), uid=web_uid(key),
                        comment=comment, lang=lang)
    inv = svc_mid("teams-invite-" + key)
    data = person_mail(seed=tag, date=date, frm=A(person), to=TWA, subject=f"{prefix}: {web_summary(key)}", root=root,
                       lang=lang, irt=inv, zone=zone, extra=[("Content-class", "urn:content-classes:calendarmessage")])
    add(tag, date, data, lbl)


cal_outlook_web("cal_accept_oyvind", "2027-02-15 11:02", OYVIND, "tw-web-02", "ACCEPTED", "Accepted",
                lbl=label("calendar_reply", note="Outlook iMIP REPLY (ACCEPTED) to the Teams invitation for the sediment webinar; empty text part."))
cal_outlook_web("cal_accept_german_florian", "2027-03-15 10:40", FLORIAN, "tw-web-03", "ACCEPTED", "Angenommen", lang="de-DE",
                lbl=label("calendar_reply", note="German Outlook 'Angenommen:' (ACCEPTED) for the NBS webinar."))
cal_outlook_web("cal_accept_danish_soren", "2027-03-15 12:20", SOREN, "tw-web-03", "ACCEPTED", "Accepteret", lang="da-DK",
                lbl=label("calendar_reply", note="Danish Outlook 'Accepteret:' (ACCEPTED) for the NBS webinar."))
cal_outlook_web("cal_decline_pt_rui", "2027-02-16 09:12", RUI, "tw-web-02", "DECLINED", "Recusado", lang="pt-PT", zone="pt",
                comment="Desculpem, tenho uma reunião na Câmara Municipal nesse dia. Rui",
                lbl=label("calendar_reply", review="any", kind_alt=["cancel"], sessions_alt=[["tw-web-02"]],
                          participants_alt=[[RUI[1]]],
                          note="Portuguese Outlook 'Recusado:' (DECLINED) with a typed comment (a meeting at the town hall). Treating it as a cancellation of the sediment webinar or sending it to a person are both fine."))
cal_outlook_web("cal_tentative_fiona", "2027-04-12 17:05", FIONA, "tw-web-04", "TENTATIVE", "Tentative", lang="en-GB", zone="uk",
                comment="Might have to drop out - our harbour inspection may be moved to that morning.",
                lbl=label("calendar_reply", note="Outlook TENTATIVE with a comment about maybe dropping out; no action yet (she cancels the next day in a separate mail)."))
cal_outlook_web("cal_accept_norwegian_ingrid", "2027-03-16 08:30", INGRID, "tw-web-03", "ACCEPTED", "Godtatt", lang="nb-NO",
                lbl=label("calendar_reply", note="Norwegian Outlook 'Godtatt:' (ACCEPTED)."))
cal_outlook_web("cal_decline_sofie", "2027-04-12 11:11", SOFIE, "tw-web-04", "DECLINED", "Declined", lang="nl-BE",
                lbl=label("calendar_reply", review="any", kind_alt=["cancel"], sessions_alt=[["tw-web-04"]],
                          participants_alt=[[SOFIE[1]]],
                          note="Outlook DECLINED without comment for the CRA webinar (Flemish sender, English subject prefix). Cancellation or review are both fine."))


def google_reply(tag, date, person, key, partstat, verb, zone="cet"):
    d = WEB_START[key]
    summary = web_summary(key)
    dd = dt.date(int(d[:4]), int(d[4:6]), int(d[6:]))
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:REPLY", "BEGIN:VEVENT", f"DTSTART:{d}T090000Z", f"DTEND:{d}T103000Z",
               f"DTSTAMP:{ams(date).astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ')}",
               f"ORGANIZER;CN={TW_NAME}:mailto:{TW}", f"UID:{web_uid(key)}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN={person[0]};X-NUM-GUESTS=0:mailto:{person[1]}",
               "LOCATION:Microsoft Teams Meeting", "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{ical_text(summary)}",
               "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    when = f"{dd:%A} {dd.day} {dd:%B} {dd.year} ⋅ 10:00 – 11:30"
    plain = T(f"""
        {person[0]} has {verb} this invitation.

        {summary}
        {when}
        Central European Time - Amsterdam

        Location
        Microsoft Teams Meeting

        Organiser
        {TW}

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    htm = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           f'<p>{esc(person[0])} has {verb} this invitation.</p><h2 style="font-size:20px">{esc(summary)}</h2>'
           f'<p>{esc(when)}<br>Central European Time - Amsterdam</p><p><b>Location</b><br>Microsoft Teams Meeting</p>'
           f'<p><b>Organiser</b><br>{TW}</p><p style="color:#70757a;font-size:12px">Invitation from Google Calendar</p></body></html>\n')
    b = h(tag, 28)
    alt = multipart("alternative", [
        text_part(plain, "plain", "UTF-8", "base64", params="; format=flowed; delsp=yes", quote_charset=False),
        text_part(htm, "html", "UTF-8", "quoted-printable", quote_charset=False),
        Part(['Content-Type: text/calendar; charset="UTF-8"; method=REPLY', "Content-Transfer-Encoding: base64"],
             b64lines(cal.encode("utf-8")))], f"000000000000{b[:16]}")
    att = Part(['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                "Content-Transfer-Encoding: base64"], b64lines(cal.encode("utf-8")))
    root = multipart("mixed", [alt, att], f"000000000000{b[16:28]}ff01")
    word = {"accepted": "Accepted", "declined": "Declined", "tentatively accepted": "Tentatively accepted"}[verb]
    subj = f"{word}: {summary} @ {dd:%a} {dd.day} {dd:%b} {dd.year} 10:00 - 11:30 (CET) ({TW})"
    return person_mail(seed=tag, date=date, frm=A(person), to=TW, subject=subj, root=root, client="gmail", zone=zone,
                       irt=svc_mid("teams-invite-" + key),
                       extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])


add("cal_google_tentative_joao", "2027-02-15 14:30", google_reply("cal_google_tentative_joao", "2027-02-15 14:30", JOAO, "tw-web-02",
                                                                  "TENTATIVE", "tentatively accepted", zone="pt"),
    label("calendar_reply", note="Google Calendar REPLY, PARTSTAT=TENTATIVE ('Tentatively accepted'), text/calendar inside multipart/alternative plus invite.ics."))
add("cal_google_accept_silje", "2027-01-11 13:20", google_reply("cal_google_accept_silje", "2027-01-11 13:20", SILJE, "tw-web-01",
                                                                "ACCEPTED", "accepted"),
    label("calendar_reply", note="Google Calendar REPLY, PARTSTAT=ACCEPTED for the heat stress webinar."))


def apple_reply(tag, date, person, key, zone="uk"):
    d = WEB_START[key]
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REPLY", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.3//EN", "BEGIN:VEVENT",
               f"UID:{web_uid(key)}", f"DTSTART;TZID=Europe/Amsterdam:{d}T100000", f"DTEND;TZID=Europe/Amsterdam:{d}T113000",
               f"DTSTAMP:{ams(date).astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ')}", "SEQUENCE:0",
               f"SUMMARY:{ical_text(web_summary(key))}", f"ORGANIZER;CN={TW_NAME}:mailto:{TW}",
               f"ATTENDEE;CN={person[0]};PARTSTAT=ACCEPTED:mailto:{person[1]}", "END:VEVENT", "END:VCALENDAR"])
    b = "Apple-Mail=_" + h(tag, 32).upper()
    root = multipart("mixed", [
        text_part(f"{person[0]} has accepted the invitation.\n", "plain", "us-ascii", "7bit", quote_charset=False),
        Part(['Content-Type: text/calendar; method=REPLY; name="iCal-20270315-101204.ics"',
              'Content-Disposition: attachment; filename="iCal-20270315-101204.ics"', "Content-Transfer-Encoding: 7bit"],
             cal.encode("ascii"))], b)
    return person_mail(seed=tag, date=date, frm=A(person), to=TW, subject=f"Accepted: {web_summary(key)}", root=root,
                       client="apple", zone=zone)


add("cal_apple_accept_gareth", "2027-03-15 10:12", apple_reply("cal_apple_accept_gareth", "2027-03-15 10:12", GARETH, "tw-web-03"),
    label("calendar_reply", note="Apple Calendar REPLY (ACCEPTED) as a .ics attachment in multipart/mixed."))

PL_ZUID_UID = f"{h('pl-den-bosch-uid', 24)}-20270413@mailflow.klimaatlokaal.nl"
add("cal_pl_accept_emre", "2027-03-31 09:00", person_mail(
    seed="cal_pl_accept_emre", date="2027-03-31 09:00", frm=addr("Kaya, Emre", "e.kaya@eindhoven.nl"), to=PLA,
    subject="Geaccepteerd: Peer learning regio Zuid ('s-Hertogenbosch)", lang="nl-NL",
    root=outlook_imip("cal_pl_accept_emre", partstat="ACCEPTED", who="Kaya, Emre", who_addr="e.kaya@eindhoven.nl",
                      org_name=PL_NAME, org_addr=PL, summary="Peer learning regio Zuid ('s-Hertogenbosch)",
                      start="20270413T130000", end="20270413T163000",
                      location="Provinciehuis Noord-Brabant, Brabantlaan 1, 's-Hertogenbosch",
                      stamp="20270331T070000Z", uid=PL_ZUID_UID, lang="nl-NL"),
    extra=[("Content-class", "urn:content-classes:calendarmessage")]),
    label("calendar_reply", note="Dutch Outlook 'Geaccepteerd:' for the Den Bosch peer-learning session."))

RTM_UID = f"{h('rtm-uid', 24)}-20270323@mailflow.tideways.eu"
add("cal_rtm_tentative_german", "2027-03-12 16:40", person_mail(
    seed="cal_rtm_tentative_german", date="2027-03-12 16:40", frm=A(JUERGEN), to=TWA, lang="de-DE",
    subject="Mit Vorbehalt angenommen: TIDEWAYS 4th partner meeting Rotterdam",
    root=outlook_imip("cal_rtm_tentative_german", partstat="TENTATIVE", who="Hoffmeister, Jürgen", who_addr=JUERGEN[1],
                      org_name=TW_NAME, org_addr=TW, summary="TIDEWAYS 4th partner meeting Rotterdam",
                      start="20270323T093000", end="20270324T160000", location="Maasdelta University, Zuidkade 120, Rotterdam",
                      stamp="20270312T154000Z", uid=RTM_UID, lang="de-DE"),
    sender=A(SABINE), extra=[("Content-class", "urn:content-classes:calendarmessage")]),
    label("calendar_reply", note="German Outlook 'Mit Vorbehalt angenommen:' (TENTATIVE) for the Rotterdam meeting, sent by the assistant on behalf of the director."))


# ==========================================================================
# machine mail: auto-replies
# ==========================================================================


def auto_mail(tag, date, frm, to, subject, text, lbl, *, client="outlook", irt=None, extra=(), lang="en-GB",
              olang="EN-GB", zone="cet", html=True):
    if client == "outlook" and html:
        root = outlook_root(tag, text, lang=olang)
    else:
        root = plain_root(text, quote_charset=True)
    data = person_mail(seed=tag, date=date, frm=frm, to=to, subject=subject, root=root, client=client, irt=irt,
                       extra=extra, lang=lang, zone=zone)
    add(tag, date, data, lbl)


AUTO_HDRS = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

auto_mail("auto_ooo_german_juergen", "2027-02-15 10:05", A(JUERGEN), TWA, "Automatische Antwort: " + web_summary("tw-web-02"), T("""
    Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 19.02.2027, nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Frau Sabine Kröger (s.kroeger@jadeems-hafen.de, Tel. +49 4421 98765-10).

    Thank you for your message. I am out of the office until Friday 19 February 2027 with limited access to e-mail. For urgent matters please contact Ms Sabine Kröger (s.kroeger@jadeems-hafen.de).

    Prof. Dr. Jürgen Hoffmeister
    Geschäftsführer | Jade-Ems Hafengesellschaft mbH
    """),
          label("auto_reply", note="German/English Exchange out-of-office (Auto-Submitted) to the Teams invitation; names a colleague with address and the webinar in the subject."),
          irt=svc_mid("teams-invite-tw-web-02"), extra=AUTO_HDRS, lang="de-DE", olang="DE")

auto_mail("auto_ooo_danish_henrik", "2027-01-12 16:55", A(HENRIK), TWA, "Autosvar: " + RTM_CONF_SUBJECT, T("""
    Tak for din mail. Jeg er på ferie til og med mandag den 25. januar og læser ikke mails i perioden. Ved presserende henvendelser kontakt venligst Mette Lykke Poulsen, mlp@vadehavshavne.dk, tlf. +45 76 12 00 00.

    Thank you for your e-mail. I am on holiday until Monday 25 January. For urgent matters please contact Mette Lykke Poulsen, mlp@vadehavshavne.dk.

    Venlig hilsen
    Henrik Dalsgaard
    """),
          label("auto_reply", note="Danish out-of-office ('Autosvar:') to his Rotterdam confirmation, with X-Auto-Response-Suppress but no Auto-Submitted header."),
          irt=svc_mid("conf-rtm-henrik"), extra=[("X-Auto-Response-Suppress", "All")], lang="da-DK", olang="DA")

auto_mail("auto_ooo_pt_conceicao", "2027-01-28 11:40", A(CONCEICAO), TW, "Resposta automática: " + web_confirm_subject("tw-web-03"), T("""
    Estarei ausente do escritório até dia 8 de fevereiro, com acesso limitado ao e-mail. Para assuntos urgentes, contacte por favor a Eng.ª Ana Sofia Marques (asmarques@apst.pt).

    I am out of the office until 8 February with limited access to e-mail. For urgent matters please contact Ana Sofia Marques (asmarques@apst.pt).

    Conceição Lopes
    APST - Administração Portuária do Sado-Tejo, S.A.
    """),
          label("auto_reply", note="Portuguese/English out-of-office with no automatic-reply headers at all; only subject and wording give it away. Names a colleague's address."),
          client="system", irt=svc_mid("conf-web-conceicao"), zone="pt", lang="pt-PT")

auto_mail("auto_ooo_norwegian_ingrid", "2027-03-15 09:02", A(INGRID), TWA, "Automatisk svar: " + web_summary("tw-web-03"), T("""
    Takk for e-posten din. Jeg er på reise 15. mars og svarer når jeg er tilbake på kontoret 16. mars.

    Thank you for your e-mail. I am travelling on 15 March and will reply when I am back in the office on 16 March.

    Ingrid Solberg
    Vestlandshavn IKS
    """),
          label("auto_reply", note="Norwegian out-of-office (Auto-Submitted) to the NBS Teams invitation; dates in the body."),
          irt=svc_mid("teams-invite-tw-web-03"), extra=AUTO_HDRS, lang="nb-NO", olang="NO-BOK")

auto_mail("auto_ooo_dutch_femke", "2027-01-19 14:30", addr("Jansen, Femke", "f.jansen@zwolle.nl"), PLA,
          "Automatisch antwoord: " + pl_confirm_subject("pl-zwolle"), T("""
    Dank voor je bericht. Ik ben tot en met woensdag 27 januari niet op kantoor. Voor dringende zaken over klimaatadaptatie kun je terecht bij Gert Bosman (g.bosman@zwolle.nl).

    Met vriendelijke groet,
    Femke Jansen
    Gemeente Zwolle
    """),
          label("auto_reply", note="Dutch Exchange out-of-office to her peer-learning confirmation; names a colleague who later registers for another session."),
          irt=svc_mid("conf-pl-femke", "klimaatlokaal.nl"), extra=AUTO_HDRS, lang="nl-NL", olang="NL")

auto_mail("auto_ooo_french_nathalie", "2027-03-17 08:00", A(NATHALIE), TWA, "Réponse automatique : " + web_summary("tw-web-03"), T("""
    Bonjour,

    Je suis absente du 17 au 19 mars inclus. Je traiterai votre message à mon retour. En cas d'urgence, veuillez contacter secretariat@hydrolab-wallonie.be.

    I am out of the office from 17 to 19 March. In case of urgency please contact secretariat@hydrolab-wallonie.be.

    Nathalie Dubois
    """),
          label("auto_reply", note="French/English out-of-office (Auto-Submitted) to the NBS Teams link; the webinar date falls in her absence, but that is for a person or nobody to conclude."),
          irt=svc_mid("teams-invite-tw-web-03"), extra=AUTO_HDRS, lang="fr-BE", olang="FR-BE")

auto_mail("auto_ooo_english_james", "2027-02-24 09:10", A(JAMES), TWA, "Out of Office: " + web_confirm_subject("tw-web-03"), T("""
    Thank you for your email. I am on annual leave until Monday 1 March and will respond on my return. If your enquiry is urgent, please contact Hamish Grant at h.grant@humberports-partnership.org.uk.

    James Whitfield
    Humber Ports Partnership
    """),
          label("auto_reply", note="English out-of-office with only X-Autoreply (no Auto-Submitted); names a colleague's address."),
          client="onprem", irt=svc_mid("conf-web-james"), extra=[("X-Autoreply", "yes")], zone="uk")

auto_mail("auto_ticket_orwell", "2027-01-12 10:01", addr("Orwell Harbour Authority", "enquiries@orwellharbour.co.uk"), TW,
          "[OHA-REQ-20417] We have received your enquiry: " + RTM_INV_SUBJECT, T("""
    Dear Sender,

    Thank you for contacting Orwell Harbour Authority. Your enquiry has been logged with reference OHA-REQ-20417 and will be passed to the relevant department. We aim to respond within 5 working days.

    Please do not reply to this automated message.

    Orwell Harbour Authority - Customer Services
    """),
          label("auto_reply", note="Helpdesk ticket acknowledgement of the Rotterdam invitation sent to a general address; subject carries the event title."),
          client="system", irt=RTM_INV_MID, zone="uk",
          extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])

auto_mail("auto_left_org_bram", "2027-02-15 10:06", A(BRAM), TWA, "Automatisch antwoord: " + web_summary("tw-web-02"), T("""
    Beste,

    Bram Goossens is niet langer werkzaam bij Scheldepoort nv. Uw e-mail wordt niet doorgestuurd. Voor vragen over het TIDEWAYS-project kunt u terecht bij Pieter Vandamme (pieter.vandamme@scheldepoort.be).

    Bram Goossens no longer works at Scheldepoort nv. Your e-mail will not be forwarded.
    """),
          label("auto_reply", review="any",
                note="Auto-reply saying the person has left the organisation; he is still registered for Rotterdam and webinars. Ignoring it or showing it to a person (to clean up his registrations) are both fine."),
          irt=svc_mid("teams-invite-tw-web-02"), extra=AUTO_HDRS, lang="nl-BE", olang="NL-BE")

auto_mail("auto_gmx_tobias", "2027-03-15 09:30", A(TOBIAS), TW, "Abwesenheitsnotiz: " + web_summary("tw-web-03"), T("""
    Ich bin bis zum 22.03. im Urlaub und habe keinen Zugriff auf meine E-Mails. / I am on holiday until 22 March.

    Tobias Brandt
    """),
          label("auto_reply", note="GMX vacation autoresponder (Auto-Submitted: auto-replied), German with English line."),
          client="system", irt=svc_mid("teams-invite-tw-web-03"),
          extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "GMX Autoresponder")], lang="de-DE")

auto_mail("auto_ack_municipality", "2027-01-19 09:32", addr("Gemeente Zoetermeer", "noreply@zoetermeer.nl"), PL,
          "Ontvangstbevestiging: " + PL_INV_SUBJECT + " [Z-2027-004512]", T("""
    Geachte heer/mevrouw,

    Hartelijk dank voor uw e-mail. Wij hebben uw bericht ontvangen en geregistreerd onder zaaknummer Z-2027-004512. U ontvangt binnen vijf werkdagen een reactie van de behandelend afdeling.

    Dit is een automatisch gegenereerd bericht. U kunt niet op dit bericht reageren.

    Klantcontactcentrum
    Gemeente Zoetermeer
    """),
          label("auto_reply", note="Municipal case-system acknowledgement of the peer-learning invitation sent to a general address ('geregistreerd' is not a registration)."),
          client="system", irt=PL_INV_MID,
          extra=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")], lang="nl-NL")


# ==========================================================================
# machine mail: bounces
# ==========================================================================


def postfix_dsn(seed, *, date, mta, sender, rcpt, action, status, diag, orig_headers, remote=None, delayed=False):
    b = f"{h(seed, 12).upper()}.{1795000000 + int(h(seed, 6), 16) % 9999999}/{mta}"
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
    notice = head + T(f"""

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <{rcpt}>: {diag}
        """)
    qid = base64.b32encode(bytes.fromhex(h(seed + "q", 16))).decode().rstrip("=")[:11]
    lines = [f"Reporting-MTA: dns; {mta}", f"X-Postfix-Queue-ID: 4{qid}", f"X-Postfix-Sender: rfc822; {sender}",
             f"Arrival-Date: {rfc_date(orig_headers['_arrival'])}", "", f"Final-Recipient: rfc822; {rcpt}",
             f"Original-Recipient: rfc822;{rcpt}", f"Action: {action}", f"Status: {status}"]
    if remote:
        lines.append(f"Remote-MTA: dns; {remote}")
    lines.append(f"Diagnostic-Code: {'X-Postfix; ' if delayed else 'smtp; '}{diag}")
    if delayed:
        lines.append(f"Will-Retry-Until: {rfc_date(orig_headers['_retry'])}")
    parts = [raw_part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notice),
             raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], "\n".join(lines) + "\n"),
             raw_part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                      "\n".join(f"{k}: {v}" for k, v in orig_headers.items() if not k.startswith("_")) + "\n")]
    return multipart("report", parts, b, params="; report-type=delivery-status",
                     extra=["Content-Transfer-Encoding: 7bit"], preamble="This is a MIME-encapsulated message.")


def postfix_bounce(tag, date, mta, sender_box, rcpt, orig_subject, orig_from, status, diag, lbl, remote=None,
                   action="failed", delayed=False, subject="Undelivered Mail Returned to Sender"):
    conf_mid = svc_mid("orig-" + tag, sender_box.split("@")[1])
    arrival = (ams(date) - dt.timedelta(minutes=1 if not delayed else 250)).strftime("%Y-%m-%d %H:%M")
    orig = {"_arrival": arrival, "_retry": (ams(date) + dt.timedelta(days=5)).strftime("%Y-%m-%d %H:%M"),
            "From": orig_from, "To": rcpt, "Subject": orig_subject, "Date": rfc_date(arrival),
            "Message-ID": conf_mid, "MIME-Version": "1.0", "Content-Type": 'text/plain; charset="utf-8"',
            "Content-Transfer-Encoding": "quoted-printable"}
    root = postfix_dsn(tag, date=date, mta=mta, sender=sender_box, rcpt=rcpt, action=action, status=status,
                       diag=diag, orig_headers=orig, remote=remote, delayed=delayed)
    qid = base64.b32encode(bytes.fromhex(h(tag + "r", 16))).decode().rstrip("=")[:12]
    hdrs = [("Return-Path", "<>"), ("Received", f"by {mta} (Postfix){CRLF}\tid 4{qid}; {rfc_date(date)}"),
            ("Date", rfc_date(date)), ("From", f"MAILER-DAEMON@{mta} (Mail Delivery System)"),
            ("Subject", subject), ("To", sender_box), ("Auto-Submitted", "auto-replied"),
            ("Message-Id", f"<{ams(date).strftime('%Y%m%d%H%M%S')}.4{qid}@{mta}>")]
    add(tag, date, build_message(hdrs, root), lbl)


postfix_bounce("bounce_pl_user_unknown", "2027-01-27 14:02", "mail.klimaatlokaal.nl", PL, "s.vermeulen@eindhoven.nl",
               pl_confirm_subject("pl-den-bosch"), addr(PL_NAME, PL), "5.1.1",
               "host mx1.eindhoven.nl[198.51.100.63] said: 550 5.1.1 <s.vermeulen@eindhoven.nl>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)",
               label("bounce", review="any",
                     note="Postfix DSN (5.1.1 user unknown) for the confirmation to a colleague registered by address in a group registration. Flagging automatically or showing a person are both fine."),
               remote="mx1.eindhoven.nl")
postfix_bounce("bounce_delay_keller", "2027-02-15 14:20", "mx1.tideways.eu", TW, "m.keller@elbe-ki.de",
               web_summary("tw-web-02"), addr(TW_NAME, TW), "4.4.1",
               "connect to mail.elbe-ki.de[203.0.113.25]:25: Connection timed out",
               label("bounce", note="Delay warning (Action: delayed, 4.4.1) for a Teams invitation; not a final failure, nothing to do yet."),
               action="delayed", delayed=True, subject="Delayed Mail (still being retried)")
postfix_bounce("bounce_gmail_full_marta", "2027-04-20 21:20", "mx1.tideways.eu", TW, "martaribeiro.eng@gmail.com",
               "Registration confirmed: TIDEWAYS webinars 20 May and 17 June 2027", addr(TW_NAME, TW), "5.2.2",
               "host gmail-smtp-in.l.google.com[192.0.2.27] said: 552-5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm (in reply to end of DATA command)",
               label("bounce", review="any",
                     note="Permanent 5.2.2 mailbox-full bounce from Gmail for a webinar confirmation; automatic flagging or a person's follow-up are both fine."),
               remote="gmail-smtp-in.l.google.com")


def exchange_ndr(tag, date, *, lang, rcpt, orig_subject, orig_text, status, diag, srv, box, box_name, lbl):
    orig_mid = svc_mid("orig-" + tag, box.split("@")[1])
    inner = build_message([("From", addr(box_name, box)), ("To", rcpt), ("Subject", hv(orig_subject)),
                           ("Date", rfc_date(date)), ("Message-ID", orig_mid)],
                          text_part(orig_text, "plain", "utf-8", "quoted-printable"))
    if lang == "de":
        head = "Die Nachricht konnte nicht an folgende Empfänger übermittelt werden:"
        expl = {"5.2.2": "Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger."}[status]
        diag_head, gen = "Diagnoseinformationen für Administratoren:", "Generierender Server"
        subj = "Unzustellbar: " + orig_subject
    elif lang == "nl":
        head = "Uw bericht heeft deze ontvangers niet bereikt:"
        expl = "Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger en probeer het bericht opnieuw te verzenden."
        diag_head, gen = "Diagnostische gegevens voor beheerders:", "Genererende server"
        subj = "Onbestelbaar: " + orig_subject
    else:
        head = "Your message to " + rcpt + " couldn't be delivered."
        expl = "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk."
        diag_head, gen = "Diagnostic information for administrators:", "Generating server"
        subj = "Undeliverable: " + orig_subject
    notice = f"{head}\n\n{rcpt}\n\n{expl}\n\n{diag_head}\n\n{gen}: {srv}\n\n{rcpt}\n{diag}\n"
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           f'<p><b><font color="#000066" size="3" face="Arial">{esc(head)}</font></b></p>'
           f'<p><a href="mailto:{rcpt}">{rcpt}</a></p><p><font size="2" face="Tahoma">{esc(expl)}</font></p>'
           f'<p><font size="2" face="Tahoma"><b>{esc(diag_head)}</b><br>{esc(gen)}: {srv}<br><br>{rcpt}<br>{esc(diag)}</font></p>'
           '</body></html>\n')
    b = h(tag, 16)
    alt = multipart("alternative", [text_part(notice, "plain", "utf-8", "quoted-printable"),
                                    text_part(htm, "html", "utf-8", "quoted-printable")], f"_000_{b}_")
    status_txt = T(f"""
        Reporting-MTA: dns;{srv}
        Received-From-MTA: dns;{mx_for(box)}
        Arrival-Date: {rfc_date(date, 'utc')}

        Final-Recipient: rfc822;{rcpt}
        Action: failed
        Status: {status}
        Diagnostic-Code: smtp;{diag}
        """)
    root = multipart("report", [alt, raw_part(["Content-Type: message/delivery-status"], status_txt),
                                Part(["Content-Type: message/rfc822"], inner)], f"_001_{b}_",
                     params="; report-type=delivery-status")
    hdrs = [("From", addr("Microsoft Outlook", f"postmaster@{rcpt.split('@')[1]}")), ("To", box),
            ("Date", rfc_date(date, "utc")), ("Subject", hv(subj)), ("Message-ID", f"<{h(tag, 32)}@{srv}>"),
            ("In-Reply-To", orig_mid), ("References", orig_mid), ("Thread-Topic", hv(orig_subject)),
            ("X-MS-Exchange-Generated-Message-Source", "Mail Delivery Service"), ("Auto-Submitted", "auto-replied")]
    add(tag, date, build_message(hdrs, root), lbl)


exchange_ndr("bounce_exchange_duarte", "2027-01-20 17:10", lang="en", rcpt="duarte.almeida@apst.pt",
             orig_subject=RTM_CONF_SUBJECT, orig_text=rtm_confirm_text("Duarte Almeida", ["tw-rtm-d1-onsite", "tw-rtm-boat"]),
             status="5.1.10", diag="Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
             srv="DB9PR02MB7358.eurprd02.prod.outlook.com", box=TW, box_name=TW_NAME,
             lbl=label("bounce", review="any",
                       note="Exchange Online NDR (English) for the Rotterdam confirmation to an address typed by a colleague; the original with the session list is attached as message/rfc822. Automatic flagging or review are both fine."))
exchange_ndr("bounce_exchange_german_full", "2027-02-03 15:10", lang="de", rcpt="h.schulte@elbe-ki.de",
             orig_subject=RTM_CONF_SUBJECT,
             orig_text=rtm_confirm_text("Hanna Schulte", ["tw-rtm-d1-onsite", "tw-rtm-visit-barrier"]),
             status="5.2.2", diag="Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'",
             srv="FR3P281MB1234.DEUP281.PROD.OUTLOOK.COM", box=TW, box_name=TW_NAME,
             lbl=label("bounce", review="any",
                       note="German Exchange NDR ('Unzustellbar', mailbox full 5.2.2) for a Rotterdam confirmation; the original with two sessions is attached as message/rfc822. Either outcome is fine."))
exchange_ndr("bounce_nl_invitation", "2027-01-19 09:40", lang="nl", rcpt="klimaatteam@hoogeveen.nl",
             orig_subject=PL_INV_SUBJECT, orig_text=pl_invitation(),
             status="5.1.10", diag="Externe server heeft '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' geretourneerd",
             srv="AM8PR07MB1234.eurprd07.prod.outlook.com", box=PL, box_name=PL_NAME,
             lbl=label("bounce", review="any",
                       note="Dutch Exchange NDR ('Onbestelbaar') for the invitation to a team address; the attached original lists all three sessions and the registration instructions."))

QMAIL = T("""
    Hi. This is the qmail-send program at mail-out.telenet-ops.be.
    I'm afraid I wasn't able to deliver your message to the following addresses.
    This is a permanent error; I've given up. Sorry it didn't work out.

    <lieven.martens@telenet.be>:
    198.51.100.80 does not like recipient.
    Remote host said: 552 5.2.2 <lieven.martens@telenet.be>: Mailbox quota exceeded
    Giving up on 198.51.100.80.

    --- Below this line is a copy of the message.

    Return-Path: <events@tideways.eu>
    Received: from mx1.tideways.eu (mx1.tideways.eu [192.0.2.10])
      by mail-out.telenet-ops.be with ESMTP; 26 Feb 2027 21:50:12 +0100
    From: TIDEWAYS Events <events@tideways.eu>
    To: lieven.martens@telenet.be
    Subject: Your registration: TIDEWAYS partner meeting Rotterdam, 23-24 March 2027
    Date: Fri, 26 Feb 2027 21:50:10 +0100

    Dear Lieven Martens,

    Thank you for your registration. We have registered you for:

    - Tue 23 March 09:30-12:30 - Partner meeting plenary (in person), Zuidkade Building
    - Tue 23 March 14:00-17:30 - Site visit B: storm surge barrier and dike, Hoek van Holland
    - Wed 24 March 09:00-12:00 - Study visit by boat
    - Wed 24 March 13:00-16:00 - Work package sessions and Steering Committee
    """)
add("bounce_qmail_nonstandard", "2027-02-26 21:51", build_message([
    ("Return-Path", "<>"), ("Received", f"(qmail 28311 invoked for bounce); {rfc_date('2027-02-26 21:51')}"),
    ("Date", rfc_date("2027-02-26 21:51")), ("From", "MAILER-DAEMON@mail-out.telenet-ops.be"), ("To", TW),
    ("Subject", "failure notice"), ("Message-ID", "<20270226205112.28311.qmail@mail-out.telenet-ops.be>")],
    text_part(QMAIL, "plain", "us-ascii", "7bit", quote_charset=False)),
    label("bounce", review="any",
          note="Non-standard qmail bounce: plain text, no multipart/report, subject 'failure notice'; mailbox over quota; the copied confirmation lists four sessions. Flagging automatically or showing a person are both fine."))


# ==========================================================================
# newsletters, spam, phishing, misdirected and other mail
# ==========================================================================


def newsletter_html(title, blocks, footer, img_host):
    cells = "".join(
        f'<tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#222">'
        f'<h2 style="margin:0 0 8px;font-size:18px;color:#0b3d6b">{esc(t)}</h2>{esc(b)}'
        f'<br><a href="{u}" style="color:#0b3d6b">Read more</a></td></tr>' for t, b, u in blocks)
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f'<title>{esc(title)}</title></head><body style="margin:0;background:#eef2f5">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">'
            f'<tr><td><img src="https://{img_host}/img/header-600.png" width="600" alt="{esc(title)}" style="display:block" /></td></tr>'
            + cells + f'<tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:12px;color:#777">{footer}</td></tr>'
            f'</table></td></tr></table><img src="https://{img_host}/o/7d1e2a.gif" width="1" height="1" alt="" /></body></html>\n')


def newsletter(tag, date, frm, to, subject, title, blocks, unsub, list_id, img_host, lbl, cte="quoted-printable", intro=""):
    plain = (intro + "\n\n" if intro else "") + title + "\n\n" + "\n\n".join(f"{t}\n{b}\nRead more: {u}" for t, b, u in blocks) + \
        f"\n\nYou receive this newsletter because you subscribed.\nUnsubscribe: {unsub}\n"
    htm = newsletter_html(title, blocks, f'You receive this newsletter because you subscribed. <a href="{unsub}">Unsubscribe</a>', img_host)
    root = multipart("alternative", [text_part(plain, "plain", "utf-8", cte), text_part(htm, "html", "utf-8", cte)],
                     f"b1_{h(tag, 20)}")
    fa = plain_addr(frm)
    hdrs = [("Received", received(tag, fa, plain_addr(to), date, "system")), ("From", frm), ("To", to),
            ("Subject", hv(subject)), ("Date", rfc_date(date)), ("Message-ID", f"<{h(tag, 20)}@{fa.split('@')[1]}>"),
            ("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe-{h(tag, 8)}@{fa.split('@')[1]}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", list_id), ("Precedence", "bulk")]
    add(tag, date, build_message(hdrs, root), lbl)


newsletter("news_interreg", "2026-12-10 07:30", addr("Interreg North Sea", "newsletter@interregnorthsea-news.eu"), TW,
           "North Sea Newsletter | December 2026", "Interreg North Sea Programme - Newsletter December 2026", [
               ("Register now: online webinar on simplified cost options",
                "The Joint Secretariat organises an online webinar on 21 January 2027 for all project partners. Register via the programme website.",
                "https://www.interregnorthsea-news.eu/events/sco-webinar"),
               ("Projects in the spotlight: climate-adaptive ports",
                "TIDEWAYS brings together port authorities from six countries in the North Sea region. Its partner meeting in Rotterdam in March includes site visits and a boat trip.",
                "https://www.interregnorthsea-news.eu/projects/tideways"),
               ("Fourth call: results per region", "See which regions were most successful in the fourth call.",
                "https://www.interregnorthsea-news.eu/call4")],
           "https://www.interregnorthsea-news.eu/u/Qx81", "Interreg North Sea <newsletter.interregnorthsea-news.eu>",
           "www.interregnorthsea-news.eu",
           label("other", note="Programme newsletter (List-Unsubscribe, Precedence: bulk) that says 'register', 'online webinar', 'region' and mentions the Rotterdam site visits and boat trip."))

newsletter("news_kennisportaal", "2027-02-11 08:00", addr("Kennisportaal Klimaatadaptatie", "nieuwsbrief@klimaatadaptatie-kennis.nl"), PL,
           "Nieuwsbrief Klimaatadaptatie - februari 2027", "Nieuwsbrief Klimaatadaptatie | februari 2027", [
               ("Peer learning voor gemeenten in Zwolle, Den Bosch en Delft",
                "Het ministerie organiseert in april drie regionale peer-learningsessies. Aanmelden via peerlearning@klimaatlokaal.nl.",
                "https://www.klimaatadaptatie-kennis.nl/agenda/peer-learning"),
               ("Webinar: hittestress in de wijk", "Doe op 4 maart online mee met ons webinar over hitteplannen.",
                "https://www.klimaatadaptatie-kennis.nl/webinar-hitte")],
           "https://www.klimaatadaptatie-kennis.nl/nieuwsbrief/afmelden?id=77a", "<nieuwsbrief.klimaatadaptatie-kennis.nl>",
           "www.klimaatadaptatie-kennis.nl",
           label("other", note="Dutch newsletter that names all three peer-learning cities and the registration address, plus a different webinar."),
           cte="base64")

newsletter("news_ports_weekly", "2027-01-28 06:45", addr("Ports & Coasts Weekly", "weekly@portsandcoasts-media.com"), TW,
           "Ports & Coasts Weekly #312: Storm surge season, digital twins, and more",
           "Ports & Coasts Weekly #312", [
               ("Register for our free webinar: Digital twins for terminals",
                "Join us online on 25 February. Seats are limited - register today.",
                "https://portsandcoasts-media.com/webinars/digital-twins"),
               ("Maeslantkering closes twice in one week", "The storm surge barrier near Rotterdam was closed during two January storms.",
                "https://portsandcoasts-media.com/news/maeslant")],
           "https://portsandcoasts-media.com/unsubscribe?u=9f2c", "<weekly.portsandcoasts-media.com>", "portsandcoasts-media.com",
           label("other", note="Trade newsletter with its own 'register for our webinar' on digital twins and a Maeslantkering item: keywords of TIDEWAYS sessions in unrelated mail."))


def bulk(tag, date, frm, to, subject, root, lbl, extra=()):
    fa = plain_addr(frm)
    hdrs = [("Received", received(tag, fa, plain_addr(to), date, "system")), ("From", frm), ("To", to),
            ("Subject", hv(subject)), ("Date", rfc_date(date)), ("Message-ID", f"<{h(tag, 24)}@{fa.split('@')[1]}>")]
    hdrs += list(extra)
    add(tag, date, build_message(hdrs, root), lbl)


bulk("spam_teams_webinar_vendor", "2027-02-03 04:12", addr("Olivia | StageCast", "olivia@stagecast-webinars.io"), TW,
     "Your Microsoft Teams webinars deserve better", html_only_root(
         '<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">'
         '<p>Hi there,</p><p>I saw that TIDEWAYS runs a monthly <b>webinar</b> series on Microsoft Teams and registers attendees by e-mail. '
         'With <b>StageCast for Teams</b> you get registration pages, automatic reminders and attendance reports for every region.</p>'
         '<p><a href="https://stagecast-webinars.io/demo?ref=tideways">Book a 15-minute demo</a></p>'
         '<p>Best,<br>Olivia<br>StageCast</p><p style="font-size:11px;color:#999">Not interested? '
         '<a href="https://stagecast-webinars.io/optout">Opt out</a>.</p></body></html>\n'),
     label("other", note="Sales spam, HTML only, full of 'webinar', 'Microsoft Teams', 'registration', 'region'."),
     extra=[("X-Mailer", "PHPMailer 6.9.1")])

bulk("spam_attendee_list", "2027-01-25 02:40", addr("Megan Clarke", "megan.clarke@eventlists-pro.net"), TW,
     "RE: TIDEWAYS Partner Meeting Rotterdam - Attendee list", plain_root(T("""
    Hi,

    Would you be interested in acquiring the Attendees List of TIDEWAYS 4th Partner Meeting Rotterdam 2027?

    Counts: 1,240 contacts with name, title, company, phone and verified email.

    Let me know your interest and I will send the cost.

    Regards,
    Megan Clarke
    Event Data Specialist

    If you do not wish to receive further emails, reply with "Leave Out".
    """)),
     label("other", note="Classic attendee-list spam with a fake 'RE:' subject naming the Rotterdam meeting."))

bulk("spam_hotel_scam", "2027-02-04 15:05", addr("Conference Housing Desk", "reservations@eu-conference-housing.com"), TW,
     "TIDEWAYS Partner Meeting Rotterdam - official hotel block (deadline)", multipart("alternative", [
         text_part(T("""
             Dear Organizer,

             We are the official housing provider for the TIDEWAYS Partner Meeting in Rotterdam (23-24 March 2027). Rooms at the group rate are almost sold out. Please confirm the rooming list for your participants and the credit card guarantee before Friday.

             Reservations Team
             EU Conference Housing
             """), "plain", "utf-8", "quoted-printable"),
         text_part('<html><body><p>Dear Organizer,</p><p>We are the <b>official housing provider</b> for the TIDEWAYS Partner Meeting in Rotterdam '
                   '(23-24 March 2027). Rooms at the group rate are almost sold out. Please confirm the rooming list for your participants '
                   'and the credit card guarantee before Friday.</p><p>Reservations Team<br>EU Conference Housing</p></body></html>\n',
                   "html", "utf-8", "quoted-printable")], "----=_Part_4471_1029384756.1801234567890"),
     label("other", note="Hotel-block scam aimed at event organisers; names the Rotterdam meeting and 'participants'. Nothing to register."))

bulk("phish_teams_missed", "2027-02-19 06:22", addr("Microsoft Teams", "no-reply@teams-notify-mail.com"), TW,
     "You have 3 missed messages in Microsoft Teams", multipart("alternative", [
         text_part("You have 3 new messages in the chat 'TIDEWAYS webinar 18 Feb'.\n\nView messages: https://teams-notify-mail.com/l/8a7c\n\n"
                   "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\n", "plain", "utf-8", "7bit"),
         text_part('<html><body style="font-family:Segoe UI,Arial"><p>You have <b>3 new messages</b> in the chat <b>TIDEWAYS webinar 18 Feb</b>.</p>'
                   '<p><a href="https://teams-notify-mail.com/l/8a7c" style="background:#5b5fc7;color:#fff;padding:8px 16px;text-decoration:none">View messages</a></p>'
                   '<p style="font-size:11px;color:#888">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></body></html>\n',
                   "html", "utf-8", "base64")], "----=_NextPart_000_0031_01DD91B2.6A2D3E40"),
     label("other", note="Phishing imitating a Microsoft Teams notification about a chat named after a webinar."),
     extra=[("X-Priority", "1")])

bulk("phish_recording_shared", "2027-03-19 05:51", addr("SharePoint Online", "share@m365-docsecure.net"), TW,
     "Webinar recording shared with you: 'TIDEWAYS NBS webinar 18-03-2027.mp4'", html_only_root(
         '<html><body style="font-family:Segoe UI,Arial;font-size:14px"><p>Annelies Verkerk shared a file with you</p>'
         '<p><b>TIDEWAYS NBS webinar 18-03-2027.mp4</b></p><p>Sign in with your Microsoft 365 account to view the recording online.</p>'
         '<p><a href="https://m365-docsecure.net/s/tideways.eu/rec">Open</a></p></body></html>\n', cte="base64"),
     label("other", note="Credential phishing pretending a colleague shared the webinar recording (names the NBS webinar, 'online')."))

bulk("phish_mailbox_dutch", "2027-03-04 05:47", addr("Microsoft 365 Beheer", "no-reply@m365-mailbeheer.com"), PL,
     "Actie vereist: mailbox peerlearning@klimaatlokaal.nl wordt gedeactiveerd", html_only_root(
         '<html><body><div style="font-family:Segoe UI,Arial;font-size:14px"><p>Beste gebruiker van peerlearning@klimaatlokaal.nl,</p>'
         '<p>Uw mailbox wordt binnen 24 uur gedeactiveerd. Nieuwe berichten (waaronder aanmeldingen) worden dan geweigerd.</p>'
         '<p><a href="https://m365-mailbeheer.com/klimaatlokaal.nl/verify">Mailbox nu verifiëren</a></p>'
         '<p>Met vriendelijke groet,<br>Microsoft 365 Beheer</p></div></body></html>\n'),
     label("other", note="Dutch phishing ('mailbox wordt gedeactiveerd') mentioning 'aanmeldingen'."), extra=[("X-Priority", "1")])

QUAR_HTML = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">'
             '<table width="640" cellpadding="6" style="border:1px solid #ccc"><tr><td style="background:#1f3b5c;color:#fff"><b>MailShield Secure Gateway</b> - Quarantine summary for events@tideways.eu</td></tr>'
             '<tr><td>The following messages were held in quarantine in the last 24 hours. Messages are deleted after 14 days.</td></tr>'
             '<tr><td><table width="100%" cellpadding="4" style="border-collapse:collapse;font-size:12px">'
             '<tr style="background:#eee"><th align="left">Received</th><th align="left">From</th><th align="left">Subject</th><th align="left">Reason</th><th></th></tr>'
             '<tr><td>2027-02-21 23:14</td><td>promo@cheap-flights-deals.biz</td><td>Last minute flights to Rotterdam!!!</td><td>Spam</td><td><a href="https://mailshield.maasdelta.nl/q/rel?id=91a">Release</a></td></tr>'
             '<tr><td>2027-02-22 02:03</td><td>invoice@dhl-parcel-track.co</td><td>Your parcel is waiting</td><td>Phishing</td><td><a href="https://mailshield.maasdelta.nl/q/rel?id=91b">Release</a></td></tr>'
             '<tr><td>2027-02-22 08:47</td><td>asmarques@apst.pt</td><td>RE: Registration APST team - Rotterdam (3 attachments)</td><td>Attachment policy (.docm)</td><td><a href="https://mailshield.maasdelta.nl/q/rel?id=91c">Release</a></td></tr>'
             '</table></td></tr><tr><td style="font-size:11px;color:#666">This is an automated message from MailShield. Do not reply.</td></tr></table></body></html>\n')
bulk("quarantine_notice", "2027-02-22 09:00", addr("MailShield Quarantine", "quarantine@mailshield.maasdelta.nl"), TW,
     "Quarantine summary for events@tideways.eu: 3 messages held", html_only_root(QUAR_HTML),
     label("other", review=True,
           note="Mail-security gateway quarantine digest, HTML only. One held message is probably a partner's registration reply (Rotterdam, from APST); a person should decide whether to release it. Not a registration itself."),
     extra=[("Auto-Submitted", "auto-generated")])

mail("misdirected_deliverable", "2027-02-26 16:44", A(WOUTER), TW, "D3.2 draft - Coastal risk indicators - for review", T("""
    Dear Annelies, dear WP3 colleagues,

    Attached you find the draft of deliverable D3.2 (coastal risk indicators) for your review. Comments are welcome until 12 March, so we can discuss them in the WP sessions in Rotterdam.

    Met vriendelijke groeten,
    Wouter Maes
    VKI
    """),
     label("other", review=True,
           note="Deliverable draft sent to the events mailbox instead of the WP3 list; mentions the Rotterdam WP sessions but is not a registration. A person should forward it."),
     attachments=[attachment(make_pdf(["TIDEWAYS D3.2 - Coastal risk indicators (DRAFT v0.7)", "Work package 3", "VKI, February 2027"]),
                             "application/pdf", "TIDEWAYS_D3.2_draft_v0.7.pdf")],
     lang="nl-BE", olang="NL-BE", extra=[("X-MS-Has-Attach", "yes")])

mail("misdirected_citizen", "2027-03-08 19:40", addr("J. Kramer", "jkramer1961@ziggo.nl"), PL, "Wateroverlast in onze straat", T("""
    Geachte heer/mevrouw,

    Al voor de derde keer dit jaar staat onze kelder onder water na een flinke bui. De gemeente Amersfoort reageert niet op mijn meldingen. Ik las dat uw ministerie iets met klimaatadaptatie doet, dus ik hoop dat u hier iets mee kunt.

    Met vriendelijke groet,
    J. Kramer
    Amersfoort
    """),
     label("other", review=True, note="Misdirected citizen complaint about flooding sent to the peer-learning mailbox; a person should reply or refer."),
     client="thunderbird", lang="nl-NL")

mail("other_thanks_confirmation", "2027-01-21 12:05", A(WOUTER), TWA, "RE: " + RTM_CONF_SUBJECT, T("""
    Thanks Tom, see you in Rotterdam!

    Wouter
    """),
     label("other", note="Thank-you reply above a quoted confirmation that lists two sessions; asks for nothing."),
     quote=oq("nl", f"{TW_NAME} <{TW}>", "2027-01-21 09:40", "Maes Wouter <wouter.maes@vki.be>", RTM_CONF_SUBJECT,
              rtm_confirm_text("Wouter Maes", ["tw-rtm-d1-onsite", "tw-rtm-visit-barrier"])),
     irt=svc_mid("conf-rtm-wouter"), lang="nl-BE", olang="NL-BE")

mail("other_unsubscribe", "2027-03-03 11:05", addr("Peter Holt", "peter.holt@btinternet.com"), TW, "Remove from list", T("""
    Hello,

    I retired from the port authority last year, but I still receive your webinar announcements and invitations. Please remove me from your mailing list.

    Regards,
    Peter Holt
    """),
     label("other", review=True, note="Unsubscribe request: nothing to register, but a person has to act on it."),
     client="plain", as_client="webmail", zone="uk")

mail("other_internal_forward_cc", "2027-01-16 10:22", A(JAMES), A(HAMISH),
     "FW: " + RTM_INV_SUBJECT, T("""
    Hamish,

    See below - could you go to Rotterdam instead of me? I have the Humber Estuary board that week. If yes, please register yourself with the form.

    J.
    """),
     label("other", note="Internal forward to a colleague with the events mailbox in Cc; nobody is registered yet ('register yourself'). The forwarded invitation lists every session."),
     quote=rtm_inv_quote("en", "Whitfield, James <j.whitfield@humberports-partnership.org.uk>"), cc=TWA, zone="uk",
     rcv_to=TW)

mail("other_future_intent", "2027-01-14 12:12", A(ANASOFIA), TW, "Rotterdam - APST", T("""
    Dear Annelies,

    Thank you for the invitation. We plan to come to Rotterdam with two or three persons from APST; I will send you the names and the forms next week, after our internal meeting.

    Com os melhores cumprimentos,
    Ana Sofia Marques
    APST

    """) + DISC_PT + "\n",
     label("other", review="any", kind_alt=["question"],
           note="Announces a future registration without names or sessions; nothing to book now. Filing it or showing it to a person are both fine."),
     zone="pt", lang="pt-PT", olang="PT")

mail("other_noted_teams_link", "2027-02-15 16:00", A(HANNA), TWA, "AW: Teams link: " + web_summary("tw-web-02"), T("""
    Thank you, noted.

    Hanna
    """),
     label("other", note="'Noted' reply above the quoted Teams-link mail (webinar title, date, meeting link); asks for nothing."),
     quote=oq("de", f"{TW_NAME} <{TW}>", "2027-02-15 09:00", "Schulte, Hanna <h.schulte@elbe-ki.de>",
              "Teams link: " + web_summary("tw-web-02"),
              "Dear participant,\n\nBelow you find the Microsoft Teams link for Thursday's webinar (18 February, 10:00-11:30 CET).\n\n"
              "Join the meeting now: https://teams.microsoft.com/l/meetup-join/19%3ameeting_TIDEWAYS02\nMeeting ID: 381 552 907 114\nPasscode: Tw8xQ2\n\n"
              "Kind regards,\nTIDEWAYS Events\n"),
     lang="de-DE", olang="DE")

mail("other_js_reminder", "2027-03-01 09:00", addr("Joint Secretariat Interreg North Sea", "js-reporting@interregnorthsea-news.eu"), TW,
     "Reminder: Progress report period 5 due 31 March 2027 - TIDEWAYS", T("""
    Dear lead partner,

    This is a reminder that the progress report for reporting period 5 of TIDEWAYS is due on 31 March 2027 in the Jems monitoring system. Please also upload the participant lists of events held in the period (e.g. the Hamburg partner meeting and the online webinars).

    Kind regards,
    Joint Secretariat
    Interreg North Sea Programme
    """),
     label("other", review=True,
           note="Programme reporting reminder sent to the events mailbox; asks for participant lists of past events, which a person must pass on. Mentions Hamburg and the webinars."),
     client="system")

mail("other_slides_rotterdam", "2027-03-18 17:25", A(SILJE), TW, "Slides WP4 session Rotterdam", T("""
    Hi Tom,

    Attached my slides for the WP4 session on Wednesday afternoon (15 minutes). Could you put them on the laptop in the room?

    Best,
    Silje
    """),
     label("other", review=True,
           note="Speaker sends slides for the day 2 WP session; needs a person, not a registration change."),
     client="gmail", attachments=[attachment(make_pdf(["TIDEWAYS WP4 - Monitoring pilots", "Havforsk Sor, March 2027"]),
                                             "application/pdf", "TIDEWAYS_WP4_Rotterdam_Bakken.pdf")])


# ==========================================================================
# a few more replies to confirmations and undecided hybrid choices
# ==========================================================================

RACHEL_CONF = rtm_confirm_text("Rachel Okonjo", ["tw-rtm-d1-onsite", "tw-rtm-visit-terminal"])
mail("rtm_add_boat_reply_rachel", "2027-02-02 08:30", A(RACHEL), TWA, "RE: " + RTM_CONF_SUBJECT, T("""
    Hi Tom,

    Thanks for the answers about the terminal visit. Could you add the boat trip on Wednesday morning as well? I managed to move my return flight.

    Rachel
    """),
     label("register", ["tw-rtm-boat"], [RACHEL[1]],
           note="Adds one session in a reply to her confirmation; the quoted confirmation lists the plenary and the terminal visit, which she already has and must not be re-registered or changed."),
     quote=oq("en", f"{TW_NAME} <{TW}>", "2027-01-28 09:40", "Rachel Okonjo <rachel.okonjo@orwellharbour.co.uk>", RTM_CONF_SUBJECT, RACHEL_CONF),
     irt=svc_mid("conf-rtm-rachel"), zone="uk")

FIONA_CONF = rtm_confirm_text("Fiona MacLeod", ["tw-rtm-d1-onsite", "tw-rtm-visit-terminal", "tw-rtm-boat", "tw-rtm-d2-plenary"])
mail("rtm_change_reply_quote_only_fiona", "2027-02-25 12:15", A(FIONA), TWA, "RE: " + RTM_CONF_SUBJECT, T("""
    Dear Tom,

    Could I rather go to the floating one? Our planning team is designing a floating pontoon and I'd love to see the Floating Office.

    Best wishes,
    Fiona
    """),
     label("change", ["tw-rtm-visit-m4h"], [FIONA[1]], from_sessions=["tw-rtm-visit-terminal"],
           note="The session she leaves (terminal visit) appears only in the quoted confirmation, as the one site visit among four sessions; 'the floating one' = site visit C."),
     quote=oq("en", f"{TW_NAME} <{TW}>", "2027-01-13 09:20", "MacLeod, Fiona <fiona.macleod@orwellharbour.co.uk>", RTM_CONF_SUBJECT, FIONA_CONF),
     irt=svc_mid("conf-rtm-fiona"), zone="uk")

mail("rtm_undecided_hybrid_niels", "2027-02-12 11:50", addr("Niels Juhl", "nj@vadehavshavne.dk", "iso-8859-1"), TW,
     "Tilmelding – partner meeting Rotterdam", T("""
    Hello Tom,

    Please register me for the plenary on 23 March. I do not know yet if I come in person or follow online - it depends on the budget for Q1, I will let you know.

    Venlig hilsen
    Niels Juhl
    Vadehavets Havne A/S
    """) + "\n" + DISC_DK + "\n",
     label("register", [], ["nj@vadehavshavne.dk"], review=True,
           sessions_alt=[["tw-rtm-d1-onsite"], ["tw-rtm-d1-online"]],
           note="Hybrid plenary without a choice between in person and online; a person must follow up. Base64-encoded (B) subject with an en dash, ISO-8859-1 name."),
     subj_mode="B", lang="da-DK", olang="DA", charset="iso-8859-1")

mail("hh_late_apology", "2026-11-18 09:15", addr(OYVIND[0], OYVIND[1], "iso-8859-1"), TW, "Hamburg", T("""
    Hi Annelies,

    Sorry that I never cancelled for Hamburg - I was ill that week and forgot to tell you. I hope the dinner place was not wasted.

    Vennlig hilsen
    Øyvind
    """),
     label("other", note="After-the-fact apology for a no-show at the closed Hamburg meeting; nothing to cancel any more. ISO-8859-1 encoded name."),
     lang="nb-NO", olang="NO-BOK")


# ==========================================================================
# build + checks
# ==========================================================================

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
        elif ctype == "message/delivery-status":
            chunks.append(str(part.get_payload()))
    return "\n".join(chunks)


def check(records):
    keys = session_keys(HERE)
    problems = []
    seen_ids = set()
    lo, hi = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc), dt.datetime(2027, 5, 1, tzinfo=dt.timezone.utc)
    for rec in records:
        lab, name = rec["label"], rec["label"]["file"]
        raw = open(os.path.join(MSG_DIR, name), "rb").read()
        _, text, found = check_message(name, raw, seen_ids, lo, hi, "Nov 2026 - Apr 2027")
        problems += found
        problems += check_label(name, lab, keys, text)
        if lab["kind"] == "other" and lab["sessions"]:
            problems.append(f"{name}: other has sessions")
        if lab["kind"] == "question" and lab["review"] is not True:
            problems.append(f"{name}: questions always need review")
        if lab["kind"] in ACTION and not lab["participants"] and lab["review"] is not True:
            problems.append(f"{name}: {lab['kind']} without participants must have review true")
    return problems


def main():
    records = list(MESSAGES)
    tags = [r["tag"] for r in records]
    dup = {t for t in tags if tags.count(t) > 1}
    assert not dup, f"duplicate tags: {dup}"
    records.sort(key=lambda r: (ams(r["date"]), r["tag"]))

    write_corpus(HERE, records)
    index = [f"{rec['label']['file']}\t{rec['tag']}" for rec in records]

    report(HERE, records, check(records), index if "--index" in sys.argv else [])


if __name__ == "__main__":
    main()
