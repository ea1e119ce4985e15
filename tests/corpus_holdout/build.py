#!/usr/bin/env python3
"""Build the blind holdout corpus (sports courses, school open days, chess open).

Writes messages/NNN.eml (raw RFC 5322, CRLF line endings) and labels.jsonl
next to this file, then checks the result. Deterministic: no randomness, no
clock, no network; Python 3.11 standard library only.

    python3 build.py
"""
import datetime as dt
import functools
import os
import quopri
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from corpus_kit import (  # noqa: E402  (shared helpers: tests/corpus_kit.py)
    addr, attachment, b64lines, BCRLF, build_message, check_label, check_message, CRLF, EN_DAYS, EN_MONTHS,
    esc, h, human_mail as kit_human_mail, hv, ics, label, M, make_pdf, make_png, multipart, nl_gmail, nl_long,
    NL_MONTHS, NL_MONTHS_SHORT, outlook_imip, outlook_quote_header, Part, postfix_dsn, raw_part, received,
    report, rfc_date, session_keys, svc_mid, T, text_part, WORD_HEAD, WORD_TAIL, write_corpus,
)

HERE = os.path.dirname(os.path.abspath(__file__))
MSG_DIR = os.path.join(HERE, "messages")


# --------------------------------------------------------------------------
# message ids, received headers, whole messages
# --------------------------------------------------------------------------

MX_HOSTS = {"sportbondoost.nl": "mx1.sportbondoost.nl", "meerwijkcollege.nl": "meerwijkcollege-nl.mail.protection.outlook.com",
            "sablonchess.be": "mx.sablonchess.be"}
human_mail = functools.partial(kit_human_mail, mx_hosts=MX_HOSTS, microsoft_mx=True)


# --------------------------------------------------------------------------
# body builders for common clients
# --------------------------------------------------------------------------

def table_rows(line):
    return [c.strip() for c in line.strip().strip("|").split("|")]


def html_table(rows, cell=lambda c: esc(c), attrs='border="1" cellspacing="0" cellpadding="4"'):
    out = [f"<table {attrs}>"]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{cell(c)}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def group_lines(text):
    """Split text into ('line', s) and ('table', rows) items; lines starting with '|' form tables."""
    items = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith("|"):
            if items and items[-1][0] == "table":
                items[-1][1].append(table_rows(line))
            else:
                items.append(("table", [table_rows(line)]))
        else:
            items.append(("line", line))
    return items


def plain_tables(text):
    """Plain-text rendering of '|' tables as mail clients do it: cells separated by tabs."""
    out = []
    for kind, v in group_lines(text):
        if kind == "table":
            out.extend("\t".join(r) for r in v)
        else:
            out.append(v)
    return "\n".join(out) + "\n"


def word_paras(text, images):
    out = []
    for kind, v in group_lines(text):
        if kind == "table":
            out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">')
            for r in v:
                out.append("<tr>" + "".join(f'<td width="160" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">{esc(c)}<o:p></o:p></p></td>' for c in r) + "</tr>")
            out.append("</table>")
            continue
        line = v
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
    for line in plain_tables(text).rstrip("\n").split("\n"):
        if line.startswith("[[IMG:") and line.endswith("]]"):
            lines.append(f"[{images[line[6:-2]][1]}]")
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


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
    "vvdeesch": [(0, 102, 51), (255, 255, 255), (0, 102, 51)],
    "utrecht": [(200, 16, 46), (255, 255, 255), (200, 16, 46)],
    "mechelen": [(255, 204, 0), (0, 0, 0), (255, 204, 0)],
}


def gmail_html_lines(text):
    out = []
    for kind, line in group_lines(text):
        if kind == "table":
            out.append(html_table(line, attrs='border="1" cellpadding="0" cellspacing="0" style="border-collapse:collapse"'))
            continue
        out.append(f"<div>{esc(line)}</div>" if line.strip() else "<div><br></div>")
    return "".join(out)


def gmail_body(seed, text, *, cte="base64", quote=None, forward=None, attachments=()):
    """Gmail: multipart/alternative with <div dir="ltr"> HTML.
    quote = (attribution_line, quoted_text) rendered with '> '.
    forward = (header_pairs, forwarded_text)."""
    plain = plain_tables(text)
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


def owa_body(seed, text, charset="iso-8859-1", cte="quoted-printable"):
    """Outlook.com / OWA: multipart/alternative with a light HTML part."""
    divs = "".join(
        f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{esc(l) if l.strip() else "<br>"}</div>\n'
        if k == "line" else html_table(l) + "\n" for k, l in group_lines(text))
    text = plain_tables(text)
    htm = (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
           '</head>\n<body dir="ltr">\n' + divs + "</body>\n</html>\n")
    b = h(seed, 24).upper()
    return multipart("alternative", [text_part(text, "plain", charset, cte), text_part(htm, "html", charset, cte)],
                     f"_000_{b}_")


# --------------------------------------------------------------------------
# more date formats, quoting and a single entry point for person-written mail
# --------------------------------------------------------------------------

OUTLOOK_LANG = {"nl": "nl-NL", "en": "en-GB", "nl-BE": "nl-BE", "fy": "nl-NL", "fr": "fr-BE"}


def D(s):
    return dt.datetime.fromisoformat(s)


def en_long(s):
    d = D(s)
    return f"{EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


class Q:
    """A message being quoted or forwarded."""

    def __init__(self, name, address, date, subject, text, to=""):
        self.name, self.address, self.date, self.subject, self.text, self.to = name, address, date, subject, text, to

    def who(self):
        return f"{self.name} <{self.address}>" if self.name else self.address

    def pairs(self, lang):
        if lang == "en":
            return [("From", self.who()), ("Sent", en_long(self.date)), ("To", self.to), ("Subject", self.subject)]
        return [("Van", self.who()), ("Verzonden", nl_long(self.date)), ("Aan", self.to), ("Onderwerp", self.subject)]

    def gmail_attr(self, lang):
        d = D(self.date)
        if lang == "en":
            return f"On {EN_DAYS[d.weekday()][:3]}, {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year} at {d:%H:%M}, {self.who()} wrote:"
        return f"Op {nl_gmail(self.date)} schreef {self.who()}:"

    def iphone_attr(self, lang):
        d = D(self.date)
        if lang == "en":
            return f"On {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}, at {d:%H:%M}, {self.who()} wrote:"
        return f"Op {d.day} {NL_MONTHS_SHORT[d.month - 1]} {d.year}, om {d:%H:%M} heeft {self.who()} het volgende geschreven:"

    def tb_attr(self, lang):
        d = D(self.date)
        if lang == "en":
            return f"On {d:%d/%m/%Y} {d:%H:%M}, {self.name or self.address} wrote:"
        return f"Op {d:%d-%m-%Y} om {d:%H:%M} schreef {self.name or self.address}:"

    def ox_attr(self, lang):
        d = D(self.date)
        return f"{self.who()} heeft op {d.day} {NL_MONTHS[d.month - 1]} {d.year} om {d:%H:%M} geschreven:"

    def rc_attr(self, lang):
        d = D(self.date)
        if lang == "en":
            return f"On {d:%Y-%m-%d %H:%M}, {self.name or self.address} wrote:"
        return f"Op {d:%Y-%m-%d %H:%M}, schreef {self.name or self.address}:"

    def android_block(self, lang):
        d = D(self.date)
        if lang == "en":
            return (f"-------- Original message --------\nFrom: {self.who()}\nDate: {d:%d/%m/%Y %H:%M} (GMT+01:00)\n"
                    f"To: {self.to}\nSubject: {self.subject}\n\n")
        return (f"-------- Oorspronkelijk bericht --------\nVan: {self.who()}\nDatum: {d:%d-%m-%y %H:%M} (GMT+01:00)\n"
                f"Aan: {self.to}\nOnderwerp: {self.subject}\n\n")


def qlines(text):
    return "\n".join(("> " + l).rstrip() if not l.startswith(">") else (">" + l).rstrip()
                     for l in text.rstrip("\n").split("\n")) + "\n"


def flow(text):
    """format=flowed: soft-wrap long lines at 72 with a trailing space, space-stuff."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        line = line.rstrip(" ")
        if line.startswith(">") or len(line) <= 76:
            out.append((" " + line) if line.startswith(("From ", " ")) else line)
            continue
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > 72:
                out.append(cur + " ")
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return "\n".join(out) + "\n"


def simple_html(text, pfx="<div>", sfx="</div>", empty="<div><br></div>"):
    out = []
    for kind, v in group_lines(text):
        if kind == "table":
            out.append(html_table(v))
        else:
            out.append(f"{pfx}{esc(v)}{sfx}" if v.strip() else empty)
    return "\n".join(out) + "\n"


def body_for(client, seed, text, *, lang="nl", quote=None, fwd=None, charset=None, cte=None,
             attachments=(), images=None, date=None):
    q = quote or fwd
    otag = OUTLOOK_LANG.get(lang, "nl-NL")
    if client in ("outlook", "onprem"):
        qq = (q.pairs(lang), q.text) if q else None
        return outlook_body(seed, text, charset=charset or "utf-8", cte=cte or "quoted-printable",
                            lang=otag.upper(), quote=qq, attachments=attachments, images=images, date=date)
    if client in ("owa", "outlook_ios"):
        full = text
        if q:
            full += "\n________________________________\n" + "\n".join(f"{k}: {v}" for k, v in q.pairs(lang)) + "\n\n" + q.text
        root = owa_body(seed, full, charset=charset or "utf-8", cte=cte or "quoted-printable")
    elif client == "gmail":
        root = gmail_body(seed, text, cte=cte or "quoted-printable",
                          quote=(quote.gmail_attr(lang), quote.text) if quote else None,
                          forward=(fwd.pairs("en" if lang == "en" else "nl_gmail"), fwd.text) if fwd else None)
        if attachments:
            root = multipart("mixed", [root] + list(attachments), f"000000000000{h(seed, 12)}mx")
        return root
    elif client in ("iphone", "ipad"):
        full = text
        if quote:
            full += "\n" + quote.iphone_attr(lang) + "\n\n" + qlines(quote.text)
        if fwd:
            hdr = "Begin forwarded message:" if lang == "en" else "Begin doorgestuurd bericht:"
            pairs = [("From" if lang == "en" else "Van", fwd.who()), ("Date" if lang == "en" else "Datum", nl_long(fwd.date) if lang != "en" else en_long(fwd.date)),
                     ("To" if lang == "en" else "Aan", fwd.to), ("Subject" if lang == "en" else "Onderwerp", fwd.subject)]
            full += "\n" + hdr + "\n\n" + qlines("\n".join(f"{k}: {v}" for k, v in pairs) + "\n\n" + fwd.text)
        root = text_part(full, "plain", charset or "utf-8", cte or "quoted-printable", quote_charset=False)
    elif client == "apple":
        plain, htm = text, simple_html(text)
        if quote:
            plain += "\n" + quote.iphone_attr(lang) + "\n\n" + qlines(quote.text)
            htm += (f'<div><br><blockquote type="cite"><div>{esc(quote.iphone_attr(lang))}</div><br>'
                    + simple_html(quote.text) + "</blockquote></div>\n")
        htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
               '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n'
               + htm + "</body></html>\n")
        root = multipart("alternative", [text_part(plain_tables(plain), "plain", "utf-8", cte or "quoted-printable", quote_charset=False),
                                         text_part(htm, "html", "utf-8", cte or "quoted-printable", quote_charset=False)],
                         f"Apple-Mail={h(seed, 32).upper()[:8]}-{h(seed, 32).upper()[8:12]}-{h(seed, 32).upper()[12:16]}")
    elif client == "android":
        plain = text
        if q:
            plain += "\n\n" + q.android_block(lang) + q.text
        htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
               + simple_html(plain, '<div dir="auto">', "</div>", '<div dir="auto"><br></div>') + "</body></html>\n")
        root = multipart("alternative", [text_part(plain_tables(plain), "plain", "UTF-8", cte or "base64"),
                                         text_part(htm, "html", "UTF-8", cte or "base64")],
                         f"--_com.samsung.android.email_{int(h(seed, 12), 16)}")
    elif client == "ox":
        plain = text
        htm_body = simple_html(text, "<p>", "</p>", "<p>&nbsp;</p>")
        if q:
            plain += "\n\n> " + q.ox_attr(lang) + "\n>\n>\n" + qlines(q.text)
            htm_body += ('<blockquote type="cite">\n<p>' + esc(q.ox_attr(lang)) + "</p>\n"
                         + simple_html(q.text, "<p>", "</p>", "<p>&nbsp;</p>") + "</blockquote>\n")
        htm = ('<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n'
               + htm_body + ' </body>\n</html>\n')
        if charset == "html-only":
            root = text_part(htm, "html", "UTF-8", cte or "quoted-printable", quote_charset=False)
        else:
            root = multipart("alternative", [text_part(plain_tables(plain), "plain", "UTF-8", cte or "quoted-printable", quote_charset=False),
                                             text_part(htm, "html", "UTF-8", cte or "quoted-printable", quote_charset=False)],
                             f"----=_Part_{int(h(seed, 8), 16) % 999999}_{int(h(seed + 'b', 8), 16) % 99999999}.{1797000000000 + int(h(seed, 6), 16)}")
    elif client in ("thunderbird", "roundcube"):
        full = text
        if q:
            full += "\n" + (q.tb_attr(lang) if client == "thunderbird" else q.rc_attr(lang)) + "\n" + qlines(q.text)
        root = text_part(flow(plain_tables(full)), "plain", charset or "UTF-8",
                         cte or ("8bit" if client == "thunderbird" else "quoted-printable"),
                         params="; format=flowed", quote_charset=False)
    elif client == "html_only":
        full = simple_html(text, "<p>", "</p>", "<p>&nbsp;</p>")
        if q:
            full += ("<hr><p><b>Van:</b> " + esc(q.who()) + "<br><b>Datum:</b> " + esc(nl_long(q.date))
                     + "<br><b>Onderwerp:</b> " + esc(q.subject) + "</p>" + simple_html(q.text, "<p>", "</p>", ""))
        htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
               '<body style="font-family:Verdana,Arial,sans-serif;font-size:10pt">\n' + full + "</body></html>\n")
        root = text_part(htm, "html", charset or "utf-8", cte or "quoted-printable")
    else:  # plain / system
        full = text
        if q:
            full += "\n" + q.tb_attr(lang) + "\n" + qlines(q.text)
        cs = charset or ("us-ascii" if full.isascii() else "utf-8")
        root = text_part(plain_tables(full), "plain", cs, cte or ("7bit" if full.isascii() else "quoted-printable"))
    if attachments:
        root = multipart("mixed", [root] + list(attachments), f"----=_mixed_{h(seed, 20)}")
    return root


def mail(seed, date, frm, to, subject, text, lbl, *, client="outlook", lang="nl", quote=None, fwd=None,
         charset=None, cte=None, cc=None, reply_to=None, in_reply_to=None, extra=(), attachments=(),
         subj_charset="utf-8", subj_mode="Q", name_charset="utf-8", name_mode="Q", utc=False, images=None):
    """One person-written message: frm = (name, address); returns M(...)."""
    name, address = frm
    root = body_for(client, seed, text, lang=lang, quote=quote, fwd=fwd, charset=charset, cte=cte,
                    attachments=attachments, images=images, date=date)
    irt = in_reply_to
    if quote is not None and irt is None:
        irt = svc_mid("q-" + seed, to.split("@")[-1].rstrip(">"))
    hx = list(extra)
    if attachments or images:
        hx.append(("X-MS-Has-Attach", "yes")) if client in ("outlook", "onprem") else None
    data = human_mail(seed=seed, date=date, frm=addr(name, address, name_charset, name_mode), to=to,
                      subject=subject, root=root, client=client, cc=cc, reply_to=reply_to,
                      in_reply_to=irt, references=irt, extra=hx, lang=OUTLOOK_LANG.get(lang, "nl-NL"),
                      utc=utc, subj_charset=subj_charset, subj_mode=subj_mode)
    return M(date, data, lbl)


# --------------------------------------------------------------------------
# the organisers, their announcements and confirmations
# --------------------------------------------------------------------------

SBO = "cursussen@sportbondoost.nl"
SBO_NAME = "Sportbond Oost | Opleidingen"
MWC = "info@meerwijkcollege.nl"
MWC_NAME = "Meerwijk College"
SAB = "tournament@sablonchess.be"
SAB_NAME = "Sablon International Chess Club"

SBO_SESS = {  # key: (short title, when, where)
    "sbo-scheids-hengelo": ("Basiscursus verenigingsscheidsrechter, reeks Hengelo", "zaterdag 6, 13 en 20 februari 2027, 09.00-12.30 uur", "Clubhuis VV De Esch, Eschweg 40, Hengelo"),
    "sbo-scheids-apeldoorn": ("Basiscursus verenigingsscheidsrechter, reeks Apeldoorn", "zaterdag 13, 20 en 27 februari 2027, 09.00-12.30 uur", "Clubhuis Sportpark Berg en Bos, Sportlaan 12, Apeldoorn"),
    "sbo-ehbo-deventer": ("Opfrisavond EHBO/AED Deventer", "dinsdag 2 februari 2027, 19.30-22.00 uur", "Sportcentrum De Worp-Oost, Worpplein 3, Deventer"),
    "sbo-ehbo-hengelo": ("Opfrisavond EHBO/AED Hengelo", "donderdag 4 februari 2027, 19.30-22.00 uur", "Clubhuis HC Tuindorp, Tuindorpstraat 88, Hengelo"),
    "sbo-ehbo-apeldoorn": ("Opfrisavond EHBO/AED Apeldoorn", "woensdag 10 februari 2027, 19.30-22.00 uur", "Sporthal Zevenhuizen, Zevenhuizerweg 21, Apeldoorn"),
    "sbo-ehbo-doetinchem": ("Opfrisavond EHBO/AED Doetinchem", "maandag 15 februari 2027, 19.30-22.00 uur", "Clubhuis VV Slingeland, Slingelandweg 5, Doetinchem"),
    "sbo-jt-ochtend-positiespel": ("Workshopdag jeugdtrainers - ochtend: A. Positiespel en kleine partijen", "zaterdag 6 maart 2027, 09.30-12.00 uur", "Sportcentrum De Pelikaan, Pelikaanweg 2, Zwolle"),
    "sbo-jt-ochtend-ouders": ("Workshopdag jeugdtrainers - ochtend: B. Ouders langs de lijn", "zaterdag 6 maart 2027, 09.30-12.00 uur", "Sportcentrum De Pelikaan, Pelikaanweg 2, Zwolle"),
    "sbo-jt-ochtend-keepers": ("Workshopdag jeugdtrainers - ochtend: C. Keeperstraining voor de jeugd", "zaterdag 6 maart 2027, 09.30-12.00 uur", "Sportcentrum De Pelikaan, Pelikaanweg 2, Zwolle"),
    "sbo-jt-middag-blessures": ("Workshopdag jeugdtrainers - middag: D. Warming-up en blessurepreventie", "zaterdag 6 maart 2027, 13.30-16.00 uur", "Sportcentrum De Pelikaan, Pelikaanweg 2, Zwolle"),
    "sbo-jt-middag-coachen": ("Workshopdag jeugdtrainers - middag: E. Coachen en motiveren van tieners", "zaterdag 6 maart 2027, 13.30-16.00 uur", "Sportcentrum De Pelikaan, Pelikaanweg 2, Zwolle"),
    "sbo-jt-middag-veiligheid": ("Workshopdag jeugdtrainers - middag: F. Sociale veiligheid en VOG", "zaterdag 6 maart 2027, 13.30-16.00 uur", "Sportcentrum De Pelikaan, Pelikaanweg 2, Zwolle"),
    "sbo-info-12jan": ("Online informatieavond vrijwilligerscursussen", "dinsdag 12 januari 2027, 20.00-21.00 uur", "online via Microsoft Teams"),
    "sbo-info-3feb": ("Online informatieavond vrijwilligerscursussen", "woensdag 3 februari 2027, 20.00-21.00 uur", "online via Microsoft Teams"),
}

SBO_ANN_SUBJECT = "Cursusaanbod voorjaar 2027: scheidsrechters, EHBO en jeugdtrainers"
SBO_ANN_DATE = "2026-12-01 09:00"
SBO_ANN = T("""
    Beste bestuurders, trainers en vrijwilligers,

    Ook dit voorjaar organiseert Sportbond Oost cursussen voor de vrijwilligers van onze aangesloten verenigingen. Deelname is gratis voor leden van aangesloten clubs.

    1. Basiscursus verenigingsscheidsrechter (drie zaterdagochtenden, 09.00-12.30 uur)
    - Reeks Hengelo: 6, 13 en 20 februari 2027, clubhuis VV De Esch, Eschweg 40, Hengelo
    - Reeks Apeldoorn: 13, 20 en 27 februari 2027, clubhuis Sportpark Berg en Bos, Sportlaan 12, Apeldoorn
    Eén aanmelding geldt voor alle drie de ochtenden. Minimumleeftijd 16 jaar. Aanmelden kan tot en met maandag 1 februari 2027.

    2. Opfriscursus EHBO en reanimatie/AED (avonden, 19.30-22.00 uur)
    - dinsdag 2 februari 2027: Deventer, Sportcentrum De Worp-Oost
    - donderdag 4 februari 2027: Hengelo, clubhuis HC Tuindorp
    - woensdag 10 februari 2027: Apeldoorn, Sporthal Zevenhuizen
    - maandag 15 februari 2027: Doetinchem, clubhuis VV Slingeland
    Per persoon één avond.

    3. Workshopdag jeugdtrainers, zaterdag 6 maart 2027, Sportcentrum De Pelikaan, Zwolle
    Ochtend (09.30-12.00), kies er één:
    A. Positiespel en kleine partijen in de onderbouw
    B. Ouders langs de lijn: lastige gesprekken
    C. Keeperstraining voor de jeugd
    Middag (13.30-16.00), kies er één:
    D. Warming-up en blessurepreventie
    E. Coachen en motiveren van tieners
    F. Sociale veiligheid en VOG in het jeugdteam

    4. Online informatieavond (Microsoft Teams, 20.00-21.00 uur)
    dinsdag 12 januari 2027 of woensdag 3 februari 2027

    Aanmelden: mail naar cursussen@sportbondoost.nl met je naam, je vereniging en de cursus (met plaats of workshops) van je keuze. Meld je meer mensen van je club aan? Vermeld dan van iedereen het e-mailadres.

    Sportieve groet,

    Team Opleidingen
    Sportbond Oost
    """)


def sbo_conf_subject(key):
    return f"Bevestiging aanmelding: {SBO_SESS[key][0]}"


def sbo_conf(key, name):
    title, when, where = SBO_SESS[key]
    return T(f"""
        Beste {name},

        Bedankt voor je aanmelding. Je bent ingeschreven voor:

        {title}
        Wanneer: {when}
        Waar: {where}

        Kun je toch niet? Laat het ons weten door op deze mail te reageren, dan geven we je plek aan iemand anders.

        Sportieve groet,

        Team Opleidingen
        Sportbond Oost
        """)


def sbo_conf_q(key, name, date, to):
    return Q(SBO_NAME, SBO, date, sbo_conf_subject(key), sbo_conf(key, name), to)


SBO_ANN_Q = lambda to="": Q("Sportbond Oost", "nieuws@sportbondoost.nl", SBO_ANN_DATE, SBO_ANN_SUBJECT, SBO_ANN, to or "Secretariaten aangesloten verenigingen")

MWC_SESS = {
    "mwc-open-23jan-1000": ("Open dag, rondleiding 10.00 uur", "zaterdag 23 januari 2027, 10.00-11.15 uur"),
    "mwc-open-23jan-1130": ("Open dag, rondleiding 11.30 uur", "zaterdag 23 januari 2027, 11.30-12.45 uur"),
    "mwc-open-23jan-1300": ("Open dag, rondleiding 13.00 uur", "zaterdag 23 januari 2027, 13.00-14.15 uur"),
    "mwc-open-6feb-1000": ("Open dag, rondleiding 10.00 uur", "zaterdag 6 februari 2027, 10.00-11.15 uur"),
    "mwc-open-6feb-1130": ("Open dag, rondleiding 11.30 uur", "zaterdag 6 februari 2027, 11.30-12.45 uur"),
    "mwc-open-6feb-1300": ("Open dag, rondleiding 13.00 uur", "zaterdag 6 februari 2027, 13.00-14.15 uur"),
    "mwc-ouderavond-klas1": ("Ouderavond leerjaar 1", "maandag 25 januari 2027, 19.30-21.00 uur"),
    "mwc-ouderavond-klas2": ("Ouderavond leerjaar 2", "dinsdag 26 januari 2027, 19.30-21.00 uur"),
    "mwc-ouderavond-klas3": ("Ouderavond leerjaar 3 (profielkeuze)", "donderdag 28 januari 2027, 19.30-21.00 uur"),
    "mwc-ouderavond-klas4": ("Ouderavond leerjaar 4", "maandag 1 februari 2027, 19.30-21.00 uur"),
    "mwc-ouderavond-klas5": ("Ouderavond leerjaar 5", "dinsdag 2 februari 2027, 19.30-21.00 uur"),
    "mwc-ouderavond-klas6": ("Ouderavond leerjaar 6", "woensdag 3 februari 2027, 19.30-21.00 uur"),
    "mwc-meeloop-10feb": ("Meeloopdag", "woensdag 10 februari 2027, 08.30-12.30 uur"),
    "mwc-meeloop-17feb": ("Meeloopdag", "woensdag 17 februari 2027, 08.30-12.30 uur"),
    "mwc-meeloop-3mrt": ("Meeloopdag", "woensdag 3 maart 2027, 08.30-12.30 uur"),
}

MWC_INV_SUBJECT = "Open dagen en meeloopdagen Meerwijk College"
MWC_INV_DATE = "2026-12-08 16:00"
MWC_INV = T("""
    Beste ouders en verzorgers van leerlingen in groep 7 en 8,

    Uw kind gaat binnenkort naar de middelbare school. Op het Meerwijk College (mavo, havo, vwo) bent u van harte welkom om kennis te maken.

    Open dagen
    Op zaterdag 23 januari en zaterdag 6 februari 2027 geven leerlingen en docenten rondleidingen door de school. De rondleidingen starten om 10.00, 11.30 en 13.00 uur en duren ongeveer 75 minuten. Meld u per gezin aan voor één rondleiding via info@meerwijkcollege.nl en vermeld de datum en het tijdstip.

    Meeloopdagen voor groep 8
    Op woensdag 10 februari, woensdag 17 februari en woensdag 3 maart 2027 kunnen leerlingen uit groep 8 een ochtend meelopen met de lessen in de brugklas (08.30-12.30 uur). Er is plaats voor 12 leerlingen per dag. Aanmelden kan door een ouder of door de leerling zelf; vermeld de naam van de leerling en de basisschool.

    Wij zien u graag!

    Met vriendelijke groet,

    Meerwijk College
    Lange Meerlaan 2, Houten
    """)
MWC_INV_Q = lambda to="": Q(MWC_NAME, "nieuwsbrief@meerwijkcollege.nl", MWC_INV_DATE, MWC_INV_SUBJECT, MWC_INV, to or "ouders groep 7/8")

MWC_OA_SUBJECT = "Uitnodiging ouderavonden januari/februari 2027"
MWC_OA_DATE = "2027-01-11 12:30"
MWC_OA = T("""
    Beste ouders en verzorgers,

    Graag nodigen wij u uit voor de ouderavond van het leerjaar van uw kind. Alle avonden zijn van 19.30 tot 21.00 uur in de aula.

    - Leerjaar 1: maandag 25 januari
    - Leerjaar 2: dinsdag 26 januari
    - Leerjaar 3 (profielkeuze): donderdag 28 januari
    - Leerjaar 4 (havo 4 en vwo 4, PTA): maandag 1 februari
    - Leerjaar 5 (havo 5 examenklas en vwo 5): dinsdag 2 februari
    - Leerjaar 6 (vwo 6 examenklas): woensdag 3 februari

    Wilt u zich aanmelden via info@meerwijkcollege.nl? Vermeld de naam en de klas van uw kind. Heeft u kinderen in verschillende leerjaren, dan bent u op al die avonden welkom.

    Met vriendelijke groet,

    Teamleiders Meerwijk College
    """)
MWC_OA_Q = lambda to="": Q(MWC_NAME, "nieuwsbrief@meerwijkcollege.nl", MWC_OA_DATE, MWC_OA_SUBJECT, MWC_OA, to or "ouders Meerwijk College")


def mwc_conf_subject(key):
    return f"Bevestiging: {MWC_SESS[key][0]} {MWC_SESS[key][1].split(',')[0]}"


def mwc_conf(key, name):
    title, when = MWC_SESS[key]
    return T(f"""
        Beste {name},

        Hartelijk dank voor uw aanmelding. Wij verwachten u op:

        {title}
        {when}
        Meerwijk College, Lange Meerlaan 2, Houten

        Kunt u onverhoopt niet komen? Laat het ons weten door op deze e-mail te antwoorden.

        Met vriendelijke groet,

        Meerwijk College
        """)


def mwc_conf_q(key, name, date, to):
    return Q(MWC_NAME, MWC, date, mwc_conf_subject(key), mwc_conf(key, name), to)


SAB_SESS = {
    "sablon-open-a": ("Open A (rating 1800+)", "Saturday 6 March 10:00 - Sunday 7 March 18:00"),
    "sablon-open-b": ("Challengers B (under 1800)", "Saturday 6 March 10:00 - Sunday 7 March 18:00"),
    "sablon-junior": ("Junior Rapid (under 16)", "Sunday 7 March 10:00 - 16:00"),
    "sablon-blitz": ("Friday Blitz", "Friday 5 March 19:30 - 22:30"),
}

SAB_ANN_SUBJECT = "Sablon Spring Open 2027 - 5-7 March - entries open"
SAB_ANN_DATE = "2026-12-10 19:00"
SAB_ANN = T("""
    Dear chess friends,

    The Sablon Spring Open returns to Espace Marolles (Rue Haute 190, 1000 Brussels) from 5 to 7 March 2027.

    Sections
    - Open A: FIDE-rated, for players rated 1800 or more. 5 rounds, Saturday 6 March 10:00 to Sunday 7 March 18:00.
    - Challengers B: for players under 1800 or unrated. Same schedule as Open A.
    - Junior Rapid: for players under 16 (born 2011 or later). Sunday 7 March, 10:00-16:00.
    - Friday Blitz (3+2, 9 rounds): Friday 5 March, 19:30-22:30.

    Each player can enter one weekend section (A, B or Junior) and, if you like, the Friday Blitz.

    How to enter: email tournament@sablonchess.be with your name, FIDE ID or rating, club and the section(s). Club secretaries are welcome to enter several members; please give each player's email address. The entry deadline is Friday 26 February 2027.

    See you at the board,

    Sablon International Chess Club
    """)
SAB_ANN_Q = lambda to="": Q(SAB_NAME, "news@sablonchess.be", SAB_ANN_DATE, SAB_ANN_SUBJECT, SAB_ANN, to or "members@sablonchess.be")


def sab_conf_subject(key):
    return f"Entry confirmed: Sablon Spring Open 2027 - {SAB_SESS[key][0]}"


def sab_conf(key, name):
    title, when = SAB_SESS[key]
    return T(f"""
        Dear {name},

        Thank you for your entry. You are registered for:

        {title}
        {when}
        Espace Marolles, Rue Haute 190, 1000 Brussels

        If you cannot play after all, just reply to this email so we can give your place to someone else.

        Best regards,

        Tournament desk
        Sablon International Chess Club
        """)


def sab_conf_q(key, name, date, to):
    return Q(SAB_NAME, SAB, date, sab_conf_subject(key), sab_conf(key, name), to)


# --------------------------------------------------------------------------
# the messages
# --------------------------------------------------------------------------

MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


L = label


# ===================== Sportbond Oost: registrations =====================

@message
def sbo_reg_secretary_table():
    text = T("""
        Goedemiddag,

        Namens VV De Esch meld ik de volgende leden aan voor de basiscursus verenigingsscheidsrechter in Hengelo (6, 13 en 20 februari):

        | Naam | E-mailadres | Geboortejaar |
        | Tim Grootenhuis | tim.grootenhuis@gmail.com | 2008 |
        | Lisa Brinkhuis | lisabrinkhuis@hotmail.com | 1995 |
        | Gerrit ter Horst | g.terhorst@vvdeesch.nl | 1961 |

        Zelf kom ik niet, ik fluit al jaren.

        Met sportieve groet,

        Henk Oude Nijhuis
        Secretaris VV De Esch
        Eschweg 40, Hengelo
        06-41228390
        [[IMG:vvdeesch]]
        """)
    return mail("s01", "2026-12-01 14:22", ("Henk Oude Nijhuis", "secretaris@vvdeesch.nl"), SBO,
                "Aanmelding scheidsrechterscursus Hengelo - VV De Esch", text,
                L("register", ["sbo-scheids-hengelo"], ["tim.grootenhuis@gmail.com", "lisabrinkhuis@hotmail.com", "g.terhorst@vvdeesch.nl"],
                  note="Club secretary registers three members from a table (Word HTML table, tab-separated in the plain part); he says he is not coming himself, so he is not a participant. The series is one session."),
                charset="windows-1252", images={"vvdeesch": ("image001.png@01DD2A41.7B3C9E10", "Logo VV De Esch", 120, 60)})


@message
def sbo_reg_ehbo_hengelo_simple():
    text = T("""
        Hoi,

        Ik wil me graag aanmelden voor de EHBO opfriscursus in Hengelo. Ik ben trainster van de JO11-2 bij HC Tuindorp.

        Groetjes,
        Sanne Kuipers
        """)
    return mail("s02", "2026-12-02 20:41", ("Sanne Kuipers", "sannekuipers93@gmail.com"), SBO, "EHBO opfriscursus", text,
                L("register", ["sbo-ehbo-hengelo"], ["sannekuipers93@gmail.com"], note="Plain registration by town. Gmail, quoted-printable."),
                client="gmail")


@message
def sbo_reg_reply_to_announcement():
    text = T("""
        Hallo,

        Ik doe graag mee aan de EHBO-avond bij ons in het clubhuis. Kan ik meteen mijn diploma laten aftekenen, want dat verloopt in maart.

        Groet,
        Wilma Groothuis
        HC Tuindorp
        """)
    return mail("s03", "2026-12-02 09:14", ("Groothuis, Wilma", "w.groothuis@hctuindorp.nl"), SBO,
                "RE: " + SBO_ANN_SUBJECT, text,
                L("register", ["sbo-ehbo-hengelo"], ["w.groothuis@hctuindorp.nl"], review=True,
                  note="Reply above the quoted announcement (which lists every course and town). 'Bij ons in het clubhuis' + HC Tuindorp signature = the Hengelo evening at Clubhuis HC Tuindorp. Also asks to have her diploma signed off, which needs a person."),
                quote=SBO_ANN_Q("w.groothuis@hctuindorp.nl"))


@message
def sbo_other_forward_to_wrong_address():
    text = T("""
        Allen,

        Zie onderstaand aanbod van de bond. Wie wil er naar de EHBO-avond of de scheidsrechterscursus? Laat het me voor 15 december weten, dan geef ik iedereen in één keer op.

        Groet,
        Jan Wentink
        voorzitter VV Brummen
        """)
    return mail("s04", "2026-12-03 08:30", ("Jan Wentink", "voorzitter@vvbrummen.nl"), SBO, "FW: " + SBO_ANN_SUBJECT, text,
                L("other", review=True,
                  note="The chairman forwards the announcement to his members but sent it to the course mailbox by mistake. No one is registered yet; misdirected mail, a person should tell him."),
                fwd=SBO_ANN_Q("voorzitter@vvbrummen.nl"), cc="Bestuur VV Brummen <bestuur@vvbrummen.nl>")


@message
def sbo_reg_scheids_series_starting_13feb():
    text = T("""
        Goedemorgen,

        Graag aanmelden voor de scheidsrechterscursus die op 13 februari begint.

        Gr Bart Nijenhuis
        VV Oeken

        Verstuurd vanaf mijn iPhone
        """)
    return mail("s05", "2026-12-03 07:12", ("Bart Nijenhuis", "bartnijenhuis@kpnmail.nl"), SBO, "Aanmelding scheidsrechterscursus", text,
                L("register", ["sbo-scheids-apeldoorn"], ["bartnijenhuis@kpnmail.nl"],
                  note="13 February falls in both series, but only the Apeldoorn series begins that day ('die op 13 februari begint'). iPhone, text/plain."),
                client="iphone")


@message
def sbo_reg_ehbo_by_weekday_date():
    text = T("""
        Goedemorgen,

        Hierbij meld ik me aan voor de opfrisavond EHBO/AED op woensdag 10 februari. Ik ben teammanager bij AV Sprinkhaan en onze vorige cursus is alweer drie jaar geleden – hoog tijd dus.

        Met vriendelijke groet,

        Marjolein van Dijk
        Teammanager jeugd AV Sprinkhaan
        """)
    return mail("s06", "2026-12-04 10:15", ("Marjolein van Dijk", "m.vandijk@avsprinkhaan.nl"), SBO, "Aanmelding opfriscursus EHBO", text,
                L("register", ["sbo-ehbo-apeldoorn"], ["m.vandijk@avsprinkhaan.nl"],
                  note="Session given only by weekday and date (woensdag 10 februari = Apeldoorn). Outlook, windows-1252 quoted-printable with an en dash."),
                charset="windows-1252", utc=True)


@message
def sbo_reg_forwarded_by_member():
    text = T("""
        Hoi,

        Ik kreeg dit doorgestuurd van onze voorzitter. Ik wil graag de scheidsrechterscursus doen, de reeks in Apeldoorn.

        Groet,
        Thijs Lubbers (VV Loenermark)
        """)
    q = SBO_ANN_Q("voorzitter@vvloenermark.nl")
    return mail("s07", "2026-12-04 19:20", ("Thijs Lubbers", "thijslubbers@gmail.com"), SBO, "Fwd: " + SBO_ANN_SUBJECT, text,
                L("register", ["sbo-scheids-apeldoorn"], ["thijslubbers@gmail.com"],
                  note="Gmail forward of the full announcement (both series, all towns) with the choice above it: the Apeldoorn series."),
                client="gmail", fwd=q)


@message
def sbo_reg_jt_keepers_blessures():
    text = T("""
        Goedendag,

        Ik wil mij graag opgeven voor de workshopdag jeugdtrainers op 6 maart in Zwolle. ’s Ochtends wil ik naar de keeperstraining en ’s middags naar warming-up en blessurepreventie.

        Ik ben keeperstrainer bij SC Berkum.

        Met vriendelijke groet,
        Frank Wolters
        """)
    return mail("s08", "2026-12-05 11:30", ("Frank Wolters", "f.wolters@kpnmail.nl"), SBO, "Opgave workshopdag", text,
                L("register", ["sbo-jt-ochtend-keepers", "sbo-jt-middag-blessures"], ["f.wolters@kpnmail.nl"],
                  note="One morning and one afternoon workshop by name. KPN webmail (Open-Xchange), curly apostrophes."),
                client="ox")


@message
def sbo_reg_jt_letters():
    text = T("""
        Hallo,

        Voor de workshopdag graag A en E.

        Yvonne Bosch
        jeugdcoördinator ZVV Hattem
        """)
    return mail("s09", "2026-12-06 21:03", ("Yvonne Bosch", "yvonnebosch.jeugd@gmail.com"), SBO, "workshopdag", text,
                L("register", ["sbo-jt-ochtend-positiespel", "sbo-jt-middag-coachen"], ["yvonnebosch.jeugd@gmail.com"],
                  note="Workshops given only by their letters from the announcement (A = positiespel, E = coachen)."),
                client="gmail", cte="base64")


@message
def sbo_reg_jt_colleagues_split():
    text = T("""
        Beste Sportbond Oost,

        Vanuit onze jeugdafdeling gaan twee trainers naar de workshopdag op 6 maart:

        - Kees Bruins (kees.bruins@svschalkhaar.nl): ochtend Ouders langs de lijn, middag Sociale veiligheid en VOG
        - Ilse Menkveld (ilse.menkveld@gmail.com): ochtend positiespel, middag coachen van tieners

        Ikzelf kan helaas niet.

        Met vriendelijke groet,

        Peter Schuurman
        Jeugdvoorzitter SV Schalkhaar
        """)
    return mail("s10", "2026-12-07 13:40", ("Schuurman, Peter", "p.schuurman@svschalkhaar.nl"), SBO, "Aanmelding workshopdag jeugdtrainers", text,
                L("register", ["sbo-jt-ochtend-ouders", "sbo-jt-middag-veiligheid", "sbo-jt-ochtend-positiespel", "sbo-jt-middag-coachen"],
                  ["kees.bruins@svschalkhaar.nl", "ilse.menkveld@gmail.com"], review=True,
                  note="Two colleagues, each with their own morning+afternoon pair, in one mail; the sender does not come. The flat label lists the union, which would be wrong for each person (two morning workshops each), so a person must do the per-person booking."))


@message
def sbo_reg_ehbo_split_towns():
    text = T("""
        Goedemorgen,

        Ik meld mij aan voor de EHBO-avond in Deventer. Mijn collega Ruud Hofstede (r.hofstede@hcdeventer.nl) kan op dinsdag niet en wil graag naar Hengelo.

        Groet,
        Annet Heijink
        HC Deventer
        """)
    return mail("s11", "2026-12-09 09:02", ("Annet Heijink", "annet.heijink@hcdeventer.nl"), SBO, "EHBO opfrisavonden", text,
                L("register", ["sbo-ehbo-deventer", "sbo-ehbo-hengelo"], ["annet.heijink@hcdeventer.nl", "r.hofstede@hcdeventer.nl"], review=True,
                  note="Two people to two different evenings (Deventer for her, Hengelo for Ruud). One evening per person; the flat label cannot say who goes where, so a person books it."))


@message
def sbo_reg_info_february_hotmail():
    text = T("""
        Goedenavond,

        graag aanmelden voor de online infoavond in februari. Ik ben nieuw in het bestuur van VV Gorssel en wil weten wat jullie allemaal aanbieden.

        mvg Dennis Wiegerinck
        """)
    return mail("s12", "2026-12-10 22:47", ("Dennis Wiegerinck", "d.wiegerinck@hotmail.com"), SBO, "info avond", text,
                L("register", ["sbo-info-3feb"], ["d.wiegerinck@hotmail.com"], note="Online info evening by month only (February = 3 February). Outlook.com, ISO-8859-1."),
                client="owa", charset="iso-8859-1")


@message
def sbo_reg_fallback():
    text = T("""
        Goedemorgen,

        Graag aanmelden voor de EHBO opfriscursus. Liefst in Apeldoorn, lukt dat niet dan Hengelo.

        Joyce Hendriksen
        Kantine & EHBO, SV Twello
        """)
    return mail("s13", "2026-12-12 10:12", ("Joyce Hendriksen", "joycehendriksen@gmail.com"), SBO, "Aanmelding EHBO", text,
                L("register", ["sbo-ehbo-apeldoorn"], ["joycehendriksen@gmail.com"],
                  note="First choice with a fallback: Apeldoorn is open, so the registration is Apeldoorn; Hengelo is only a fallback."),
                client="gmail")


@message
def sbo_reg_scheids_20feb_ambiguous():
    text = T("""
        Ik wil graag meedoen aan de scheidsrechterscursus. Zaterdag 20 februari kan ik in ieder geval, de rest moet ik nog zien.

        Groet Kevin (SV Bathmen)
        """)
    return mail("s14", "2026-12-14 12:05", ("Kevin Lammers", "kevinlammers@ziggo.nl"), SBO, "Scheidsrechterscursus", text,
                L("register", [], ["kevinlammers@ziggo.nl"], review=True, sessions_allowed=["sbo-scheids-hengelo", "sbo-scheids-apeldoorn"],
                  note="20 February is part of both series, so the series cannot be determined; he is also unsure about the other Saturdays. Samsung Android, base64."),
                client="android")


@message
def sbo_reg_exclusion_two_left():
    text = T("""
        Beste mensen,

        Ik wil graag de opfriscursus EHBO volgen. Op maandag en dinsdag heb ik training, dus die avonden vallen af. Verder maakt het mij niet uit waar.

        Wim Roelofs
        trainer SV Heeten
        """)
    return mail("s15", "2026-12-15 19:55", ("Wim Roelofs", "wim.roelofs@xs4all.nl"), SBO, "opfriscursus EHBO", text,
                L("register", [], ["wim.roelofs@xs4all.nl"], review=True, sessions_allowed=["sbo-ehbo-hengelo", "sbo-ehbo-apeldoorn"],
                  note="Exclusion by weekday leaves two evenings (Hengelo on Thursday, Apeldoorn on Wednesday); no choice between them. Thunderbird, format=flowed."),
                client="thunderbird")


@message
def sbo_reg_scheids_exclusion_one_left():
    text = T("""
        Goedemorgen,

        Ik wil me aanmelden voor de basiscursus scheidsrechter. Apeldoorn is voor mij te ver rijden, dus ik doe graag mee met de andere reeks.

        Met vriendelijke groet,

        Mark Siemerink
        Bouwbedrijf Siemerink | Borne
        """)
    return mail("s16", "2026-12-16 08:40", ("Mark Siemerink", "m.siemerink@bouwbedrijfsiemerink.nl"), SBO, "Aanmelding basiscursus scheidsrechter", text,
                L("register", ["sbo-scheids-hengelo"], ["m.siemerink@bouwbedrijfsiemerink.nl"],
                  note="Exclusion: not Apeldoorn, 'de andere reeks' = Hengelo. The word Apeldoorn is the only town in the message."))


@message
def sbo_reg_thursday_evening():
    text = T("""
        Ik kom graag donderdagavond naar de EHBO opfriscursus 🙂

        Esther Klein Kranenbarg
        kantinecommissie HC Tuindorp

        Verstuurd vanaf mijn iPhone
        """)
    return mail("s17", "2026-12-17 12:20", ("Esther Klein Kranenbarg", "estherkk@icloud.com"), SBO, "EHBO 🙂", text,
                L("register", ["sbo-ehbo-hengelo"], ["estherkk@icloud.com"],
                  note="Weekday plus part of day: 'donderdagavond' is the Hengelo evening (4 February). Emoji in a UTF-8 body."),
                client="iphone", subj_mode="B")


@message
def sbo_reg_paraphrase_ouders():
    text = T("""
        Beste cursusorganisatie,

        Ik zou graag meedoen aan de workshop over hoe je als trainer omgaat met ouders die langs de zijlijn staan te schreeuwen. Alleen 's ochtends, 's middags moet ik zelf fluiten.

        Met vriendelijke groet,
        Gerard Pasman
        trainer JO12-1 VV Wijhe '92
        """)
    return mail("s18", "2026-12-18 20:30", ("Gerard Pasman", "gerard.pasman@ziggo.nl"), SBO, "workshop ouders", text,
                L("register", ["sbo-jt-ochtend-ouders"], ["gerard.pasman@ziggo.nl"],
                  note="Workshop B by paraphrase; morning only, which is allowed. Ziggo webmail (Open-Xchange)."),
                client="ox")


@message
def sbo_reg_reanimatie_deventer_polite_question_form():
    text = T("""
        Goedemiddag,

        Mijn reanimatiediploma moet worden opgefrist. Kan ik meedoen in Deventer?

        Met vriendelijke groet,
        Ahmed Bouzid
        DVC'26 Deventer
        """)
    return mail("s19", "2026-12-19 13:05", ("Ahmed Bouzid", "a.bouzid.dvc@gmail.com"), SBO, "Opfriscursus reanimatie", text,
                L("register", ["sbo-ehbo-deventer"], ["a.bouzid.dvc@gmail.com"],
                  note="A request phrased as a polite question ('Kan ik meedoen in Deventer?'); reanimatie = the EHBO/AED evening. A careful secretary simply registers him."),
                client="gmail")


@message
def sbo_reg_frisian():
    text = T("""
        Hoi,

        Ik wol my graach oanmelde foar de EHBO-jûn yn Deventer op 2 febrewaris. Ik bin trainer by de JO13 fan SV Colmschate.

        Groetnis,
        Sjoerd de Vries
        """)
    return mail("s20", "2027-01-04 19:40", ("Sjoerd de Vries", "sjoerd.devries@hotmail.com"), SBO, "Oanmelding EHBO-jûn Deventer", text,
                L("register", ["sbo-ehbo-deventer"], ["sjoerd.devries@hotmail.com"], note="Written in Frisian; town and date both point to Deventer."),
                client="owa", subj_mode="B")


@message
def sbo_reg_aed_acronym():
    text = T("""
        Hoi, ik wil graag naar de AED/reanimatie-avond in Apeldoorn.

        Groet, Linda Wessels
        AV Sprinkhaan

        Outlook voor iOS downloaden<https://aka.ms/o0ukef>
        """)
    return mail("s21", "2027-01-05 18:04", ("Linda Wessels", "linda.wessels@outlook.com"), SBO, "Aanmelding AED avond Apeldoorn", text,
                L("register", ["sbo-ehbo-apeldoorn"], ["linda.wessels@outlook.com"], note="Acronym AED names the EHBO/AED refresher. Outlook for iOS."),
                client="outlook_ios")


@message
def sbo_reg_english():
    text = T("""
        Hi,

        I coach the U10 girls at HC Apeldoorn and would like to sign up for the first-aid refresher evening in Apeldoorn (10 February).

        Thanks!
        Olivia Brennan
        """)
    return mail("s22", "2027-01-06 12:12", ("Olivia Brennan", "olivia.brennan@protonmail.com"), SBO, "First aid refresher - Apeldoorn", text,
                L("register", ["sbo-ehbo-apeldoorn"], ["olivia.brennan@protonmail.com"], note="English registration for a Dutch course; town and date agree."),
                client="plain", lang="en")


@message
def sbo_reg_vog_keepers_apple():
    text = T("""
        Hallo,

        Voor de workshopdag in Zwolle: ’s ochtends de keepers en ’s middags de VOG-workshop graag.

        Groeten,
        Tom Veldhuis
        keeperstrainer Go Ahead Kampen jeugd
        """)
    return mail("s23", "2027-01-06 20:18", ("Tom Veldhuis", "tomveldhuis@me.com"), SBO, "Workshopdag 6 maart", text,
                L("register", ["sbo-jt-ochtend-keepers", "sbo-jt-middag-veiligheid"], ["tomveldhuis@me.com"],
                  note="Morning and afternoon by short names; 'VOG' is the acronym in workshop F's title. Apple Mail, multipart/alternative."),
                client="apple")


@message
def sbo_reg_self_correction():
    text = T("""
        Graag aanmelden voor de EHBO-avond in Deventer op 2 februari.

        O wacht, dan hebben we ALV bij de club. Maak er maar Apeldoorn van (10 februari).

        Jeroen Pieper
        """)
    return mail("s24", "2027-01-07 21:15", ("Jeroen Pieper", "jeroenpieper@gmail.com"), SBO, "EHBO avond", text,
                L("register", ["sbo-ehbo-apeldoorn"], ["jeroenpieper@gmail.com"],
                  note="Self-correction inside one message: Deventer is withdrawn, Apeldoorn is the request."),
                client="gmail")


@message
def sbo_other_future_intent():
    text = T("""
        Goedemiddag,

        Ik denk erover om mee te doen aan de scheidsrechterscursus in Apeldoorn. Ik werk in ploegendienst en weet pas half januari of ik de zaterdagen vrij kan krijgen. Ik laat het dan nog weten.

        Groetjes,
        Ria Kamphuis
        """)
    return mail("s25", "2027-01-08 14:30", ("Ria Kamphuis", "ria.kamphuis@hotmail.nl"), SBO, "scheidsrechterscursus", text,
                L("other", review=False, kind_alt=["question"],
                  note="Future intent only ('ik laat het nog weten'); nothing to register or answer yet. Registering her now would be wrong."),
                client="owa")


@message
def sbo_reg_conditional_if_room():
    text = T("""
        Beste,

        Als er nog plek is in Hengelo, meld mij dan aan voor de scheidsrechterscursus.

        Sjaak Mulder
        VV Lochem
        """)
    return mail("s26", "2027-01-09 10:10", ("Sjaak Mulder", "s.mulder@vvlochem.nl"), SBO, "Scheidsrechterscursus Hengelo", text,
                L("register", ["sbo-scheids-hengelo"], ["s.mulder@vvlochem.nl"],
                  note="'Als er nog plek is' is the normal condition of any registration; the Hengelo series is open, so this is a plain registration."))


@message
def sbo_other_nobody_this_year():
    text = T("""
        Beste Sportbond,

        Dank voor het cursusaanbod. Dit voorjaar melden wij vanuit onze vereniging niemand aan: we hebben genoeg scheidsrechters en onze EHBO'ers zijn vorig jaar al opgefrist. Volgend seizoen doen we graag weer mee.

        Met vriendelijke groet,

        Secretariaat VV Wilp
        """)
    return mail("s27", "2027-01-10 15:30", ("Secretariaat VV Wilp", "secretariaat@vvwilp.nl"), SBO, "RE: " + SBO_ANN_SUBJECT, text,
                L("other", note="Reply to the announcement (quoted, with every session) that registers nobody; nothing to do."),
                quote=SBO_ANN_Q("secretariaat@vvwilp.nl"))


@message
def sbo_reg_age_question():
    text = T("""
        Hallo,

        Ik wil graag meedoen met de scheidsrechterscursus in Hengelo. Ik ben wel pas 15 (16 in april), is dat een probleem? Ik fluit al wedstrijden van de JO11.

        Groetjes Daan Slot
        """)
    return mail("s28", "2027-01-11 16:45", ("Daan Slot", "daanslot2011@gmail.com"), SBO, "scheidsrechterscursus", text,
                L("register", ["sbo-scheids-hengelo"], ["daanslot2011@gmail.com"], review=True, kind_alt=["question"],
                  note="Registration plus an eligibility question: the course is from 16 and he is 15, so a person must decide."),
                client="gmail")


@message
def sbo_reg_typos_phone():
    text = "hoi ik wil me aanmeldn voor ehbo opfris in apeldorn woensdag 10 feb, gr bram\n"
    return mail("s29", "2027-01-11 23:10", ("Bram Oosterhof", "bramoosterhof@gmail.com"), SBO, "ehbo", text,
                L("register", ["sbo-ehbo-apeldoorn"], ["bramoosterhof@gmail.com"], note="Typos ('aanmeldn', 'apeldorn'), no capitals; weekday and date confirm Apeldoorn."),
                client="android")


@message
def sbo_reg_with_two_questions():
    text = T("""
        Goedemorgen,

        Hierbij meld ik mij aan voor de EHBO-opfrisavond in Apeldoorn.

        Twee vragen: krijg ik na afloop een certificaat dat ik kan laten zien voor mijn trainerslicentie? En is er parkeergelegenheid bij de sporthal?

        Met vriendelijke groet,

        Monique ter Haar
        Hoofdtrainer HVV Rapiditas
        """)
    return mail("s30", "2027-01-12 09:30", ("Monique ter Haar", "m.terhaar@hvvrapiditas.nl"), SBO, "Aanmelding EHBO Apeldoorn + vragen", text,
                L("register", ["sbo-ehbo-apeldoorn"], ["m.terhaar@hvvrapiditas.nl"], review=True,
                  note="Clear registration plus two questions that need an answer from a person."),
                charset="windows-1252")


@message
def sbo_reg_webform():
    text = T("""
        Er is een formulier ingevuld op www.sportbondoost.nl/cursussen

        Naam: Nadia El Idrissi
        E-mail: nadia.elidrissi@gmail.com
        Vereniging: HV Olympia Deventer
        Cursus: Opfriscursus EHBO/AED
        Plaats/datum: Deventer - 2 februari
        Opmerking: -

        --
        Dit bericht is automatisch verstuurd door de website van Sportbond Oost.
        """)
    root = text_part(text, "plain", "utf-8", "quoted-printable")
    data = human_mail(seed="s31", date="2027-01-12 14:02", frm=addr("Sportbond Oost website", "noreply@sportbondoost.nl"), to=SBO,
                      subject="Webformulier: aanmelding cursus", root=root, client="system",
                      reply_to=addr("Nadia El Idrissi", "nadia.elidrissi@gmail.com"), mid_domain="web.sportbondoost.nl")
    return M("2027-01-12 14:02", data, L("register", ["sbo-ehbo-deventer"], ["nadia.elidrissi@gmail.com"],
                                         note="Website form relayed from a no-reply address with Reply-To; the participant is the address in the form, not the sender."))


@message
def sbo_reg_on_behalf_with_address():
    text = T("""
        Goedemiddag,

        Ik wil graag onze trainer Mustafa Kaya aanmelden voor de EHBO-avond in Deventer. Zijn e-mailadres is mustafa.kaya@gmail.com.

        Met sportieve groet,

        Erik Haverkamp
        Wedstrijdsecretaris VV Diepenveen
        """)
    return mail("s32", "2027-01-13 11:11", ("Erik Haverkamp", "wedstrijdsecretaris@vvdiepenveen.nl"), SBO, "Aanmelding EHBO Deventer", text,
                L("register", ["sbo-ehbo-deventer"], ["mustafa.kaya@gmail.com"],
                  note="On-behalf registration with the trainer's address; the secretary only registers someone else and is left out."))


@message
def sbo_reg_info_past_session():
    text = T("""
        Goedemorgen,

        Graag meld ik me aan voor de online informatieavond op dinsdag 12 januari.

        Hartelijke groet,
        Hanneke Mensink
        secretaris KV Vios Eefde
        """)
    return mail("s33", "2027-01-14 08:05", ("Hanneke Mensink", "hannekemensink@icloud.com"), SBO, "Informatieavond", text,
                L("register", ["sbo-info-12jan"], ["hannekemensink@icloud.com"], review=True, sessions_alt=[["sbo-info-3feb"]],
                  note="Sent two days after the 12 January info evening: the requested session is in the past. A person should offer 3 February."),
                client="apple")


@message
def sbo_reg_on_behalf_without_address():
    text = T("""
        Beste Sportbond Oost,

        Graag wil ik onze nieuwe jeugdtrainer Mehmet Yilmaz aanmelden voor de workshopdag in Zwolle: ochtend workshop A en middag workshop D. Hij heeft zelf nog geen mailadres dat hij gebruikt, dus stuur de bevestiging maar naar mij.

        Met vriendelijke groet,
        Gerda Bulten
        jeugdsecretariaat VV Emst
        """)
    return mail("s34", "2027-01-14 20:20", ("Gerda Bulten", "gerda.bulten@kpnmail.nl"), SBO, "aanmelding workshopdag", text,
                L("register", ["sbo-jt-ochtend-positiespel", "sbo-jt-middag-blessures"], [], review=True,
                  participants_alt=[["gerda.bulten@kpnmail.nl"]],
                  note="Registers only someone else, who has no address. The person to register has no address, so participants is empty and review is true; using her address as the contact is also acceptable."),
                client="ox")


@message
def sbo_reg_self_plus_colleague_without_address():
    text = T("""
        Hey,

        Ik en mijn collega-trainer Harm willen allebei naar de EHBO in Hengelo op 4 februari. Kan dat?

        Roy Oude Vrielink
        JO15-1 VV Rood Zwart Hengelo

        Verstuurd vanaf mijn iPhone
        """)
    return mail("s35", "2027-01-15 07:44", ("Roy Oude Vrielink", "royov@gmail.com"), SBO, "EHBO Hengelo 2x", text,
                L("register", ["sbo-ehbo-hengelo"], ["royov@gmail.com"], review=True,
                  note="Sender plus a colleague named without an address (Harm): the sender is registered, the colleague needs a person."),
                client="iphone")


@message
def sbo_reg_several_events():
    text = T("""
        Goedemorgen,

        Ik wil me graag aanmelden voor:
        - de online informatieavond van 3 februari
        - de EHBO-opfrisavond in Deventer
        - de scheidsrechterscursus, reeks Hengelo

        Met vriendelijke groet,

        Karin Stegeman
        Vrijwilligerscoördinator v.v. De Volharding Olst
        """)
    return mail("s36", "2027-01-16 10:00", ("Karin Stegeman", "k.stegeman@devolharding-olst.nl"), SBO, "Aanmeldingen cursussen", text,
                L("register", ["sbo-info-3feb", "sbo-ehbo-deventer", "sbo-scheids-hengelo"], ["k.stegeman@devolharding-olst.nl"],
                  note="Three courses of three different events in one list, one session each: all allowed."))


@message
def sbo_reg_nonexistent_town():
    text = T("""
        Hallo,

        Graag aanmelden voor de EHBO-avond in Enschede.

        Femke Olthof
        Sportclub Enschede
        """)
    return mail("s37", "2027-01-17 11:45", ("Femke Olthof", "femkeolthof@gmail.com"), SBO, "EHBO Enschede", text,
                L("register", [], ["femkeolthof@gmail.com"], review=True,
                  note="Asks for a town without an EHBO evening (Enschede); the nearest is Hengelo, but a person should check."),
                client="gmail")


@message
def sbo_reg_workshop_g_nonexistent():
    text = T("""
        Goedemorgen,

        Voor de workshopdag op 6 maart graag ochtend workshop A en middag workshop G (tactiek 11 tegen 11).

        Groet,
        Hidde Kampman
        VV Heino
        """)
    return mail("s38", "2027-01-18 08:55", ("Hidde Kampman", "h.kampman@vvheino.nl"), SBO, "Workshopdag 6 maart", text,
                L("register", ["sbo-jt-ochtend-positiespel"], ["h.kampman@vvheino.nl"], review=True,
                  note="Morning workshop A exists; afternoon workshop 'G' does not. Register A only after a person has checked the afternoon."))


@message
def sbo_reg_info_no_date():
    text = T("""
        Meld me aan voor de informatieavond.

        Gr. Michel Bannink

        Outlook voor iOS downloaden<https://aka.ms/o0ukef>
        """)
    return mail("s39", "2027-01-18 19:31", ("Michel Bannink", "michel.bannink@outlook.com"), SBO, "infoavond", text,
                L("register", ["sbo-info-3feb"], ["michel.bannink@outlook.com"],
                  note="No date given, but the 12 January evening is already past when this is sent; only 3 February remains."),
                client="outlook_ios")


@message
def sbo_reg_subject_only():
    text = "\n\nVerstuurd vanaf mijn iPhone\n"
    return mail("s40", "2027-01-19 07:58", ("Koen Haarman", "koen.haarman@gmail.com"), SBO, "Aanmelding EHBO avond Deventer", text,
                L("register", ["sbo-ehbo-deventer"], ["koen.haarman@gmail.com"], note="Everything is in the subject; the body is only the iPhone signature."),
                client="iphone")


@message
def sbo_reg_jt_no_workshop_choice():
    text = T("""
        Goedemiddag,

        Ik kom graag naar de workshopdag voor jeugdtrainers in Zwolle op 6 maart.

        Met sportieve groet,

        Dirk-Jan Mensink
        Technisch coördinator jeugd SV Broekland
        """)
    return mail("s41", "2027-01-20 13:10", ("Dirk-Jan Mensink", "dj.mensink@svbroekland.nl"), SBO, "Workshopdag jeugdtrainers", text,
                L("register", [], ["dj.mensink@svbroekland.nl"], review=True,
                  note="Registers for the workshop day without choosing workshops; the day exists only as six workshop sessions."))


@message
def sbo_reg_jt_two_mornings():
    text = T("""
        Hoi!

        Voor de workshopdag wil ik graag naar A en B. Ze lijken me allebei interessant, kan dat?

        Lotte Huisman
        MHC Zwolle jeugd
        """)
    return mail("s42", "2027-01-21 21:40", ("Lotte Huisman", "lottehuisman@gmail.com"), SBO, "workshops", text,
                L("register", ["sbo-jt-ochtend-positiespel", "sbo-jt-ochtend-ouders"], ["lottehuisman@gmail.com"], review=True,
                  note="Two morning workshops that run at the same time (group 'ochtend'); cannot be granted as asked."),
                client="gmail")


@message
def sbo_reg_ehbo_doetinchem_cancelled():
    text = T("""
        Goedenavond,

        Graag aanmelden voor de opfriscursus EHBO op 15 februari in Doetinchem. Ik ben trainer bij VV Slingeland, dus dat is lekker dichtbij.

        Groet,
        Rik Lensink

        Verzonden vanaf mijn Samsung Galaxy smartphone.
        """)
    return mail("s43", "2027-01-22 19:31", ("Rik Lensink", "riklensink@live.nl"), SBO, "Aanmelden EHBO opfris Doetinchem", text,
                L("register", ["sbo-ehbo-doetinchem"], ["riklensink@live.nl"], review=True,
                  note="Asks for the Doetinchem evening, which is cancelled in the catalogue; a person should offer another evening."),
                client="android")


@message
def sbo_reg_scheids_saturday_mornings():
    text = T("""
        Goedemorgen,

        Ik doe graag mee met de zaterdagochtenden in Hengelo voor scheidsrechters.

        Vriendelijke groet,
        Erwin Kuipers
        """)
    return mail("s44", "2027-01-23 09:20", ("Erwin Kuipers", "erwin.kuipers@kpnplanet.nl"), SBO, "scheidsrechters", text,
                L("register", ["sbo-scheids-hengelo"], ["erwin.kuipers@kpnplanet.nl"],
                  note="Series by paraphrase ('de zaterdagochtenden in Hengelo'); Hengelo also has an EHBO evening, but that is on a Thursday evening."),
                client="ox")


@message
def sbo_reg_jt_html_table_four():
    text = T("""
        Beste Sportbond Oost,

        Hierbij de aanmeldingen van SV Enter voor de workshopdag op 6 maart. Alle vier kiezen ze dezelfde workshops.

        | Naam | E-mail | Ochtend | Middag |
        | Bas Wolterink | bas.wolterink@sventer.nl | B | F |
        | Nicole Pierik | nicolepierik@gmail.com | B | F |
        | Stefan Lansink | s.lansink@hetnet.nl | B | F |
        | Fenna Wessels | fenna.wessels@sventer.nl | B | F |

        Met vriendelijke groet,

        Karin Nijboer
        namens de jeugdcommissie SV Enter
        """)
    return mail("s45", "2027-01-25 12:02", ("Jeugdcommissie SV Enter", "jeugdcommissie@sventer.nl"), SBO, "Aanmeldingen workshopdag SV Enter", text,
                L("register", ["sbo-jt-ochtend-ouders", "sbo-jt-middag-veiligheid"],
                  ["bas.wolterink@sventer.nl", "nicolepierik@gmail.com", "s.lansink@hetnet.nl", "fenna.wessels@sventer.nl"],
                  note="Four trainers in an HTML table, all with workshop letters B and F; the committee mailbox only registers others."))


@message
def sbo_reg_info_wednesday():
    text = "Meld mij aan voor de online avond van woensdag aub. Gr Petra Smit, SV Epe\n\nVerstuurd vanaf mijn iPhone\n"
    return mail("s46", "2027-01-26 12:49", ("Petra Smit", "petra.smit72@gmail.com"), SBO, "online avond", text,
                L("register", ["sbo-info-3feb"], ["petra.smit72@gmail.com"], note="Weekday only: the Wednesday info evening is 3 February (12 January was a Tuesday and is past)."),
                client="iphone")


@message
def sbo_reg_scheids_last_lesson_27feb():
    text = T("""
        Goedemiddag,

        Ik wil graag de scheidsrechterscursus volgen waarvan de laatste les op 27 februari is.

        Groeten,
        Ruben Jansen
        """)
    return mail("s47", "2027-01-27 15:33", ("Ruben Jansen", "rubenjansen@outlook.com"), SBO, "Scheidsrechterscursus", text,
                L("register", ["sbo-scheids-apeldoorn"], ["rubenjansen@outlook.com"], note="Series identified by its last date (27 February = Apeldoorn)."),
                client="owa")


@message
def sbo_reg_scheids_just_before_deadline():
    text = T("""
        Net op tijd hoop ik: graag aanmelden voor de scheidsrechterscursus (reeks Hengelo).

        Lars Eshuis
        VV Delden
        """)
    return mail("s48", "2027-02-01 21:48", ("Lars Eshuis", "lars@eshuis-online.nl"), SBO, "Aanmelding scheidsrechterscursus Hengelo", text,
                L("register", ["sbo-scheids-hengelo"], ["lars@eshuis-online.nl"], note="Sent on the deadline day before 23:59: still on time."),
                client="thunderbird")


@message
def sbo_reg_scheids_late():
    text = T("""
        Goedemorgen,

        Is het nog mogelijk om in te stromen bij de scheidsrechterscursus in Apeldoorn? Ik zag de mail nu pas. Ik wil me graag aanmelden.

        Sven Hulshof
        """)
    return mail("s49", "2027-02-03 08:15", ("Sven Hulshof", "svenhulshof@gmail.com"), SBO, "Scheidsrechterscursus Apeldoorn", text,
                L("register", ["sbo-scheids-apeldoorn"], ["svenhulshof@gmail.com"], review=True,
                  note="Registration after the 1 February deadline; a person decides whether a late entry is allowed."),
                client="gmail")


# ===================== Sportbond Oost: cancellations and changes =====================

@message
def sbo_change_question_form():
    text = T("""
        Hoi,

        Kan ik van Deventer naar Apeldoorn wisselen? Op 2 februari blijkt er toch een bestuursvergadering te zijn.

        Groet,
        Annet Heijink
        HC Deventer
        """)
    return mail("c01", "2027-01-24 16:20", ("Annet Heijink", "annet.heijink@hcdeventer.nl"), SBO, "Wisselen EHBO-avond", text,
                L("change", ["sbo-ehbo-apeldoorn"], ["annet.heijink@hcdeventer.nl"], from_sessions=["sbo-ehbo-deventer"],
                  note="Change request phrased as a question ('Kan ik ... wisselen?'): from Deventer to Apeldoorn."))


@message
def sbo_change_from_cancelled_session():
    notice = T("""
        Beste cursist,

        Helaas moeten we de opfrisavond EHBO/AED in Doetinchem van maandag 15 februari laten vervallen: de zaal is niet beschikbaar. Je kunt zonder kosten overstappen naar Deventer (2 februari), Hengelo (4 februari) of Apeldoorn (10 februari). Laat ons weten welke avond je wilt.

        Sportieve groet,
        Team Opleidingen
        Sportbond Oost
        """)
    q = Q(SBO_NAME, SBO, "2027-01-20 11:00", "Opfrisavond EHBO Doetinchem vervalt", notice, "marloes.hilderink@gmail.com")
    text = "Jammer! Zet mij dan maar op Apeldoorn.\n\nMarloes\n"
    return mail("c02", "2027-01-20 18:34", ("Marloes Hilderink", "marloes.hilderink@gmail.com"), SBO, "Re: Opfrisavond EHBO Doetinchem vervalt", text,
                L("change", ["sbo-ehbo-apeldoorn"], ["marloes.hilderink@gmail.com"], from_sessions=["sbo-ehbo-doetinchem"],
                  note="Reply to the cancellation notice of the Doetinchem evening; the old session is only in the quoted notice. Moves to Apeldoorn."),
                client="android", quote=q)


@message
def sbo_change_no_target():
    text = T("""
        Donderdag 4 februari kan ik toch niet, we hebben een toernooi. Is er nog een andere avond?

        Esther

        Verstuurd vanaf mijn iPhone
        """)
    return mail("c03", "2027-01-27 08:02", ("Esther Klein Kranenbarg", "estherkk@icloud.com"), SBO, "Re: " + sbo_conf_subject("sbo-ehbo-hengelo"), text,
                L("change", [], ["estherkk@icloud.com"], from_sessions=["sbo-ehbo-hengelo"], review=True, kind_alt=["cancel"],
                  note="Leaves the Hengelo evening and asks for another without naming one; a person must offer a choice."),
                client="iphone", quote=sbo_conf_q("sbo-ehbo-hengelo", "Esther", "2026-12-17 12:31", "estherkk@icloud.com"))


@message
def sbo_cancel_reply_confirmation():
    text = T("""
        Hoi,

        Helaas moet ik afzeggen, ik heb die avond een teamuitje met mijn meiden. Sorry!

        Groetjes,
        Sanne
        """)
    return mail("c04", "2027-01-28 21:12", ("Sanne Kuipers", "sannekuipers93@gmail.com"), SBO, "Re: " + sbo_conf_subject("sbo-ehbo-hengelo"), text,
                L("cancel", ["sbo-ehbo-hengelo"], ["sannekuipers93@gmail.com"],
                  note="Cancellation as a reply to the confirmation; the session is named only in the subject and the quoted confirmation."),
                client="gmail", quote=sbo_conf_q("sbo-ehbo-hengelo", "Sanne", "2026-12-02 20:50", "sannekuipers93@gmail.com"))


@message
def sbo_cancel_member_by_secretary():
    text = T("""
        Goedemorgen,

        Lisa Brinkhuis (lisabrinkhuis@hotmail.com) kan helaas niet meedoen aan de scheidsrechterscursus in Hengelo: ze heeft haar enkel gebroken. Tim en Gerrit komen wel gewoon.

        Met sportieve groet,

        Henk Oude Nijhuis
        Secretaris VV De Esch
        """)
    return mail("c05", "2027-01-29 09:25", ("Henk Oude Nijhuis", "secretaris@vvdeesch.nl"), SBO, "Afmelding scheidsrechterscursus", text,
                L("cancel", ["sbo-scheids-hengelo"], ["lisabrinkhuis@hotmail.com"],
                  note="Secretary cancels one member by address; the two others named (without addresses) stay registered and are not part of the cancellation."),
                charset="windows-1252")


@message
def sbo_cancel_with_substitute():
    text = T("""
        Goedemiddag,

        Voor de EHBO-avond in Deventer kan ik helaas niet. Mijn clubgenoot Erik Brouwer (erik.brouwer@devolharding-olst.nl) gaat in mijn plaats. De informatieavond en de scheidsrechterscursus blijven voor mij gewoon staan.

        Met vriendelijke groet,

        Karin Stegeman
        Vrijwilligerscoördinator v.v. De Volharding Olst
        """)
    return mail("c06", "2027-01-29 13:47", ("Karin Stegeman", "k.stegeman@devolharding-olst.nl"), SBO, "Wijziging EHBO Deventer", text,
                L("cancel", ["sbo-ehbo-deventer"], ["k.stegeman@devolharding-olst.nl"], review=True,
                  note="Cancels one of her three registrations and names a substitute with an address; the substitute must be registered too, so a person handles the swap. Her other two sessions stay."))


@message
def sbo_cancel_unspecified():
    text = T("""
        Goedemiddag,

        Ik wil mijn aanmelding graag intrekken.

        Groet,
        Joyce Hendriksen
        """)
    return mail("c07", "2027-01-30 12:40", ("Joyce Hendriksen", "joycehendriksen@gmail.com"), SBO, "Afmelding", text,
                L("cancel", [], ["joycehendriksen@gmail.com"], review="any",
                  note="Cancellation that names no course; the right action depends on what she is registered for (one EHBO evening)."),
                client="gmail")


@message
def sbo_change_workshop_reply():
    text = T("""
        Goedemiddag,

        Ik wil ’s ochtends toch liever naar positiespel in plaats van de keeperstraining. De middag blijft hetzelfde.

        Met vriendelijke groet,
        Frank Wolters
        """)
    return mail("c08", "2027-01-31 14:05", ("Frank Wolters", "f.wolters@kpnmail.nl"), SBO, "Re: " + sbo_conf_subject("sbo-jt-ochtend-keepers"), text,
                L("change", ["sbo-jt-ochtend-positiespel"], ["f.wolters@kpnmail.nl"], from_sessions=["sbo-jt-ochtend-keepers"],
                  note="Swaps the morning workshop only (keepers -> positiespel); the afternoon stays and is not part of the change. Reply to the confirmation, KPN webmail."),
                client="ox", quote=sbo_conf_q("sbo-jt-ochtend-keepers", "Frank", "2026-12-05 11:42", "f.wolters@kpnmail.nl"))


@message
def sbo_change_member_by_secretary():
    text = T("""
        Goedemorgen,

        Mustafa Kaya (mustafa.kaya@gmail.com) kan vanavond niet in Deventer, hij moet werken. Kan hij in plaats daarvan naar Apeldoorn op 10 februari?

        Met sportieve groet,

        Erik Haverkamp
        Wedstrijdsecretaris VV Diepenveen
        """)
    return mail("c09", "2027-02-02 10:03", ("Erik Haverkamp", "wedstrijdsecretaris@vvdiepenveen.nl"), SBO, "Wijziging EHBO Mustafa Kaya", text,
                L("change", ["sbo-ehbo-apeldoorn"], ["mustafa.kaya@gmail.com"], from_sessions=["sbo-ehbo-deventer"],
                  note="Change for someone else, on the day of the session ('vanavond' = Deventer, 2 February): Deventer -> Apeldoorn."))


@message
def sbo_cancel_info_tonight():
    text = T("""
        Hallo,

        Ik kan vanavond toch niet bij de online informatieavond zijn. Sorry voor de late afmelding.

        mvg Dennis Wiegerinck
        """)
    return mail("c10", "2027-02-03 15:10", ("Dennis Wiegerinck", "d.wiegerinck@hotmail.com"), SBO, "afmelding infoavond", text,
                L("cancel", ["sbo-info-3feb"], ["d.wiegerinck@hotmail.com"], note="'Vanavond' on 3 February = the 3 February info evening."),
                client="owa", charset="iso-8859-1")


# ===================== Sportbond Oost: questions =====================

@message
def sbo_q_price_non_members():
    text = T("""
        Goedemiddag,

        Wat kost de scheidsrechterscursus voor iemand van een vereniging die niet bij jullie is aangesloten? En moet je dan alle drie de zaterdagen aanwezig zijn?

        Met vriendelijke groet,
        Gijs Bolhuis
        """)
    return mail("q01", "2026-12-11 15:40", ("Gijs Bolhuis", "gijs.bolhuis@planet.nl"), SBO, "Vraag over kosten", text,
                L("question", [], [], review=True, note="Question about price and attendance; no registration and no specific series."),
                client="ox")


@message
def sbo_q_ehbo_validity():
    text = T("""
        Hallo,

        Telt de opfrisavond ook als herhalingsles voor mijn EHBO-diploma van Het Oranje Kruis? Anders moet ik die apart doen.

        Groetjes,
        Marit Schutte
        """)
    return mail("q02", "2026-12-20 11:02", ("Marit Schutte", "marit.schutte@gmail.com"), SBO, "Vraagje EHBO", text,
                L("question", [], [], review=True, note="Question about accreditation; mentions the refresher evening but asks for nothing to be booked."),
                client="gmail")


@message
def sbo_q_eligibility_phrased_as_request():
    text = T("""
        Beste Sportbond Oost,

        Ik wil graag de scheidsrechterscursus volgen, maar mijn korfbalvereniging is niet bij jullie aangesloten. Mag ik me toch aanmelden voor de reeks in Hengelo?

        Met vriendelijke groet,

        Jolanda Bruggink
        KV Dindoa
        """)
    return mail("q03", "2026-12-22 10:17", ("Jolanda Bruggink", "jolanda.bruggink@kvdindoa.nl"), SBO, "Aanmelding scheidsrechterscursus?", text,
                L("question", ["sbo-scheids-hengelo"], [], review=True, kind_alt=["register"],
                  note="Eligibility question phrased like a registration: she is not from an affiliated club and asks whether she may register for Hengelo."))


@message
def sbo_q_recording_past():
    text = T("""
        Goedemorgen,

        Ik kon gisteravond niet bij de online informatieavond zijn. Is er een opname die ik kan terugkijken?

        Vriendelijke groet,
        Gerrit Jan Eggink
        """)
    return mail("q04", "2027-01-13 09:12", ("Gerrit Jan Eggink", "gj.eggink@kpnmail.nl"), SBO, "Opname informatieavond", text,
                L("question", ["sbo-info-12jan"], [], review=True, note="Asks for a recording of the past 12 January evening ('gisteravond')."),
                client="ox")


@message
def sbo_q_frisian_lunch():
    text = T("""
        Hoi,

        Is der by de workshopdei yn Swolle ek in lunch, of moatte wy sels wat meinimme?

        Groetnis,
        Anneke Hoekstra
        SC Steenwijkerwold
        """)
    return mail("q05", "2027-01-19 20:05", ("Anneke Hoekstra", "anneke.hoekstra@gmail.com"), SBO, "Fraach oer de workshopdei", text,
                L("question", [], [], review=True, note="Frisian question about lunch at the workshop day (Swolle = Zwolle); no workshop named."),
                client="gmail")


@message
def sbo_q_doetinchem_rumour():
    text = T("""
        Goedemiddag,

        Ik hoorde van een clubgenoot dat de avond in Doetinchem niet doorgaat. Klopt dat? Ik had gepland om daarheen te gaan.

        Met vriendelijke groet,
        Bert Hulshof
        """)
    return mail("q06", "2027-01-21 13:15", ("Bert Hulshof", "berthulshof@hotmail.com"), SBO, "EHBO Doetinchem", text,
                L("question", ["sbo-ehbo-doetinchem"], [], review=True, note="Question about the cancelled Doetinchem evening; not a registration ('had gepland')."),
                client="owa")


@message
def sbo_q_am_i_registered():
    text = T("""
        Ik weet niet meer of ik me nou heb aangemeld voor de scheidsrechterscursus in Apeldoorn. Kunnen jullie dat even checken?

        Groet Bart

        Verstuurd vanaf mijn iPhone
        """)
    return mail("q07", "2027-01-24 10:41", ("Bart Nijenhuis", "bartnijenhuis@kpnmail.nl"), SBO, "Aanmelding?", text,
                L("question", ["sbo-scheids-apeldoorn"], [], review=True,
                  note="Asks whether an earlier registration exists; not a new registration."),
                client="iphone")


@message
def sbo_q_absent_one_saturday():
    text = T("""
        Hoi,

        Ik kan op zaterdag 20 februari helaas niet (bruiloft van mijn zus). De andere twee ochtenden ben ik er wel. Krijg ik dan toch mijn certificaat?

        Groet,
        Thijs Lubbers
        """)
    return mail("q08", "2027-02-08 17:50", ("Thijs Lubbers", "thijslubbers@gmail.com"), SBO, "Re: " + sbo_conf_subject("sbo-scheids-apeldoorn"), text,
                L("question", ["sbo-scheids-apeldoorn"], [], review=True, kind_alt=["other"],
                  note="Misses one morning of the series but stays registered; asks about the certificate. Not a cancellation."),
                client="gmail", quote=sbo_conf_q("sbo-scheids-apeldoorn", "Thijs", "2026-12-04 19:31", "thijslubbers@gmail.com"))


# ===================== Sportbond Oost: other mail =====================

@message
def sbo_other_thanks_info_evening():
    text = T("""
        Goedemorgen,

        Bedankt voor de leuke en duidelijke informatieavond gisteren! Ik ga het aanbod met ons bestuur bespreken.

        Groet,
        Jurgen Smeenk
        """)
    return mail("o01", "2027-01-13 07:40", ("Jurgen Smeenk", "jurgen.smeenk@gmail.com"), SBO, "Informatieavond", text,
                L("other", note="Thank-you note after the 12 January info evening; nothing to do."),
                client="gmail")


@message
def sbo_other_misdirected_match_change():
    text = T("""
        Goedemorgen,

        De wedstrijd JO13-2 VV Lochem – SV Epe van aanstaande zaterdag is in overleg verplaatst naar 10.30 uur. Willen jullie dit aanpassen in het programma?

        Met sportieve groet,

        Wedstrijdsecretariaat VV Lochem
        """)
    return mail("o02", "2027-01-16 09:30", ("Wedstrijdsecretariaat VV Lochem", "wedstrijdzaken@vvlochem.nl"), SBO, "Verplaatsing JO13-2 zaterdag", text,
                L("other", review=True, note="Misdirected competition mail (match rescheduled) sent to the course mailbox; a person should forward it."),
                charset="windows-1252")


@message
def sbo_other_unsubscribe():
    text = T("""
        Geachte heer/mevrouw,

        Ik ben per 1 januari gestopt als secretaris van VV Oene. Wilt u dit adres uit uw mailinglijst voor cursussen halen? De nieuwe secretaris neemt zelf contact met u op.

        Met vriendelijke groet,
        H. Veldkamp
        """)
    return mail("o03", "2027-01-28 10:05", ("H. Veldkamp", "h.veldkamp@home.nl"), SBO, "Afmelden mailinglijst", text,
                L("other", review=True, note="Unsubscribe request; 'afmelden' here means leaving the mailing list, not cancelling a course."),
                client="plain")


@message
def sbo_other_own_notice_copy():
    text = T("""
        Beste cursist,

        Helaas moeten we de opfrisavond EHBO/AED in Doetinchem van maandag 15 februari laten vervallen: de zaal is niet beschikbaar. Je kunt zonder kosten overstappen naar Deventer (2 februari), Hengelo (4 februari) of Apeldoorn (10 februari). Laat ons weten welke avond je wilt.

        Sportieve groet,
        Team Opleidingen
        Sportbond Oost
        """)
    root = outlook_body("o04", text)
    data = human_mail(seed="o04", date="2027-01-20 11:00", frm=addr(SBO_NAME, SBO), to=addr(SBO_NAME, SBO),
                      subject="Opfrisavond EHBO Doetinchem vervalt", root=root, mid_domain="sportbondoost.nl")
    return M("2027-01-20 11:00", data, L("other",
             note="The organiser's own notice (sent to the participants in Bcc) arriving back in the mailbox; From is the mailbox itself. Names sessions and 'overstappen', but nobody asks for anything."))


@message
def sbo_other_new_secretary_address():
    text = T("""
        Beste Sportbond Oost,

        Ons secretariaat heeft een nieuw e-mailadres: secretariaat@vvwijhe92.nl. Wilt u dat aanpassen in uw verenigingsbestand? Het oude adres vervalt per 1 maart.

        Met vriendelijke groet,
        Bestuur VV Wijhe '92
        """)
    return mail("o05", "2027-02-05 11:20", ("VV Wijhe '92", "info@vvwijhe92.nl"), SBO, "Nieuw e-mailadres secretariaat", text,
                L("other", review=True, note="Administrative change (new club address) that someone has to process; no course named."))


# ===================== Meerwijk College: open days =====================

@message
def mwc_reg_open_23jan_1000():
    text = T("""
        Goedenavond,

        Wij willen graag komen op zaterdag 23 januari om 10.00 uur.

        Groet,
        Marieke de Groot (moeder van Jesse, groep 8 De Wegwijzer)

        Verstuurd vanaf mijn iPhone
        """)
    return mail("m01", "2026-12-08 20:15", ("Marieke de Groot", "mariekedegroot@icloud.com"), MWC, "Open dag", text,
                L("register", ["mwc-open-23jan-1000"], ["mariekedegroot@icloud.com"],
                  note="Open-day booking per household: the parent is the participant; the child who comes along is not a separate participant."),
                client="iphone")


@message
def mwc_reg_open_6feb_halftwaalf():
    text = T("""
        Beste meneer/mevrouw,

        Wij komen graag naar de open dag op 6 februari, de rondleiding van half twaalf.

        Met vriendelijke groet,
        Rachid Amrani
        """)
    return mail("m02", "2026-12-09 12:30", ("Rachid Amrani", "rachid.amrani@gmail.com"), MWC, "Aanmelding open dag", text,
                L("register", ["mwc-open-6feb-1130"], ["rachid.amrani@gmail.com"], note="Time in words: 'half twaalf' = 11.30."),
                client="gmail", cte="base64")


@message
def mwc_reg_open_6feb_one_oclock():
    text = "Hallo wij komen zaterdag 6 feb om 1 uur met z'n drieën naar de open dag. Gr Kim Rutten\n"
    return mail("m03", "2026-12-10 07:55", ("Kim Rutten", "kimrutten@live.nl"), MWC, "open dag", text,
                L("register", ["mwc-open-6feb-1300"], ["kimrutten@live.nl"],
                  note="'Om 1 uur' = 13.00; 'met z'n drieën' is the household, not three separate participants."),
                client="android")


@message
def mwc_reg_open_time_only():
    text = T("""
        Goedemorgen,

        Graag aanmelden voor de open dag om 11.30 uur.

        Met vriendelijke groet,
        Anita Verbeek
        """)
    return mail("m04", "2026-12-11 09:05", ("Anita Verbeek", "anita.verbeek@hotmail.com"), MWC, "Open dag", text,
                L("register", [], ["anita.verbeek@hotmail.com"], review=True, sessions_allowed=["mwc-open-23jan-1130", "mwc-open-6feb-1130"],
                  note="Time without a date: 11.30 exists on both Saturdays."),
                client="owa")


@message
def mwc_change_self_correction_followup():
    text = T("""
        Beste meneer/mevrouw,

        Correctie op mijn vorige mail: niet 6 februari maar 23 januari, zelfde tijd (half twaalf). Excuus voor de verwarring.

        Met vriendelijke groet,
        Rachid Amrani
        """)
    return mail("m05", "2026-12-11 19:02", ("Rachid Amrani", "rachid.amrani@gmail.com"), MWC, "Re: Aanmelding open dag", text,
                L("change", ["mwc-open-23jan-1130"], ["rachid.amrani@gmail.com"], from_sessions=["mwc-open-6feb-1130"],
                  note="Follow-up that corrects his own earlier registration (no confirmation quoted): 6 Feb 11.30 -> 23 Jan 11.30."),
                client="gmail", quote=Q("Rachid Amrani", "rachid.amrani@gmail.com", "2026-12-09 12:30", "Aanmelding open dag",
                                        "Beste meneer/mevrouw,\n\nWij komen graag naar de open dag op 6 februari, de rondleiding van half twaalf.\n\nMet vriendelijke groet,\nRachid Amrani\n", MWC))


@message
def mwc_reg_open_date_only():
    text = T("""
        Goedemiddag,

        Wij komen graag op 23 januari naar de open dag, de tijd maakt ons niet uit.

        Groeten,
        Paul en Ingrid Hoogendoorn
        """)
    return mail("m06", "2026-12-12 14:44", ("Paul Hoogendoorn", "p.hoogendoorn@ziggo.nl"), MWC, "open dag 23 januari", text,
                L("register", [], ["p.hoogendoorn@ziggo.nl"], review=True,
                  sessions_allowed=["mwc-open-23jan-1000", "mwc-open-23jan-1130", "mwc-open-23jan-1300"],
                  note="Date without a time ('de tijd maakt niet uit'); one of the three 23 January tours must be picked by a person."),
                client="ox")


@message
def mwc_reg_open_first_saturday_afternoon():
    text = T("""
        Hallo,

        Wij willen graag naar de eerste open dag, ’s middags.

        Groetjes,
        Noëlle Lammers
        """)
    return mail("m07", "2026-12-13 10:20", ("Noëlle Lammers", "noelle.lammers@me.com"), MWC, "Open dag", text,
                L("register", ["mwc-open-23jan-1300"], ["noelle.lammers@me.com"],
                  note="'De eerste open dag, 's middags' = 23 January, 13.00 (the only afternoon tour that day)."),
                client="apple", name_mode="B")


@message
def mwc_reg_open_two_slots():
    text = T("""
        Hoi,

        Wij willen graag op 23 januari om 10 uur komen, en op 6 februari om 13 uur (dan komt mijn man met onze zoon nog een keer, hij kan de eerste keer niet).

        Groet,
        Nadia Bakker
        """)
    return mail("m08", "2026-12-14 21:30", ("Nadia Bakker", "nadiabakker@gmail.com"), MWC, "Open dagen", text,
                L("register", ["mwc-open-23jan-1000", "mwc-open-6feb-1300"], ["nadiabakker@gmail.com"], review=True,
                  note="Two tours for one household where one is allowed; the second visit is for her husband (no address)."),
                client="gmail")


@message
def mwc_reg_open_with_child_named():
    text = T("""
        Goedemiddag,

        Mijn dochter Noor (groep 8, De Regenboog) en ik komen graag op 6 februari om 10:00 naar de open dag.

        Met vriendelijke groet,

        Esther van Wijk
        """)
    return mail("m09", "2026-12-15 13:12", ("Esther van Wijk", "e.vanwijk@vanwijkadvies.nl"), MWC, "Aanmelding open dag 6 februari", text,
                L("register", ["mwc-open-6feb-1000"], ["e.vanwijk@vanwijkadvies.nl"],
                  note="Household booking; the child is named but comes along with the parent, which is how open days work (not a person without an address to register)."))


@message
def mwc_reg_open_reply_to_invitation():
    text = T("""
        Goedendag,

        Wij kiezen voor 13.00 uur op de tweede zaterdag.

        Vriendelijke groet,
        Harm Vos
        """)
    return mail("m10", "2026-12-16 18:40", ("Harm Vos", "harm.vos@kpnmail.nl"), MWC, "Re: " + MWC_INV_SUBJECT, text,
                L("register", ["mwc-open-6feb-1300"], ["harm.vos@kpnmail.nl"],
                  note="Reply above the quoted invitation (all dates, times and the trial days): 'de tweede zaterdag' = 6 February, 13.00."),
                client="ox", quote=MWC_INV_Q("harm.vos@kpnmail.nl"))


@message
def mwc_reg_open_flemish():
    text = T("""
        Goeiedag,

        Wij zouden graag inschrijven voor de opendeurdag op zaterdag 6 februari om 10u. We zijn recent verhuisd van Mechelen naar Houten en zoeken een school voor onze zoon.

        Met vriendelijke groeten,
        Griet Van den Broeck
        """)
    return mail("m11", "2026-12-17 20:05", ("Griet Van den Broeck", "griet.vandenbroeck@telenet.be"), MWC, "Inschrijving opendeurdag", text,
                L("register", ["mwc-open-6feb-1000"], ["griet.vandenbroeck@telenet.be"],
                  note="Flemish wording ('opendeurdag', 'inschrijven', '10u'). Roundcube, format=flowed."),
                client="roundcube", lang="nl-BE")


@message
def mwc_reg_open_english_with_question():
    text = T("""
        Dear Sir or Madam,

        We'd like to attend the open day on Saturday 23 January at 11:30. Is the tour also available in English? Our son has been at an international school in Singapore and his Dutch is still limited.

        Kind regards,
        Priya Raman
        """)
    return mail("m12", "2026-12-18 08:45", ("Priya Raman", "priya.raman@philips-expats.com"), MWC, "Open day 23 January", text,
                L("register", ["mwc-open-23jan-1130"], ["priya.raman@philips-expats.com"], review=True,
                  note="English registration plus a question that needs an answer (tour in English)."),
                lang="en")


@message
def mwc_q_open_day_group7():
    text = T("""
        Hallo,

        Is de open dag ook geschikt voor kinderen uit groep 7? Of kunnen we beter volgend jaar komen?

        Groetjes,
        Linda Koster
        """)
    return mail("m13", "2026-12-10 21:14", ("Linda Koster", "lindakoster@gmail.com"), MWC, "Open dag groep 7", text,
                L("question", [], [], review=True, note="Audience question; no tour chosen."),
                client="gmail")


@message
def mwc_q_walk_in():
    text = "Moeten we ons echt aanmelden voor de open dag of kunnen we gewoon binnenlopen?\n\nGr Mark\n\nVerstuurd vanaf mijn iPhone\n"
    return mail("m14", "2026-12-20 11:11", ("Mark Janssen", "markjanssen@kpnmail.nl"), MWC, "Open dag", text,
                L("question", [], [], review=True, note="Asks whether registration is needed; not a registration."),
                client="iphone")


@message
def mwc_reg_open_two_households():
    text = T("""
        Goedemiddag,

        Ik kom op 23 januari om 11.30 uur met mijn zoon Luuk. Mijn buurvrouw Petra komt met haar dochter ook mee, zij heeft geen mail – kunnen jullie haar ook noteren?

        Groet,
        Wendy Scholten
        """)
    return mail("m15", "2027-01-04 14:15", ("Wendy Scholten", "wendy.scholten@gmail.com"), MWC, "Open dag 23 jan", text,
                L("register", ["mwc-open-23jan-1130"], ["wendy.scholten@gmail.com"], review=True,
                  note="Her own household plus a second household (neighbour Petra) named without an address: a person must register the neighbour."),
                client="gmail")


@message
def mwc_reg_open_past():
    text = T("""
        Goedenavond,

        Graag aanmelden voor de open dag van 23 januari, 11.30 uur.

        Met vriendelijke groet,
        Jan-Willem Maas
        """)
    return mail("m16", "2027-01-24 20:10", ("Jan-Willem Maas", "jw.maas@xs4all.nl"), MWC, "Aanmelding open dag", text,
                L("register", ["mwc-open-23jan-1130"], ["jw.maas@xs4all.nl"], review=True, sessions_alt=[["mwc-open-6feb-1130"]],
                  note="Sent the day after the 23 January open day: the requested tour is in the past. A person should offer 6 February."),
                client="thunderbird")


@message
def mwc_change_open_time_same_day():
    text = T("""
        Goeiedag,

        Kunnen we in plaats van 10u om 11u30 komen (zelfde dag)? Onze zoon heeft 's ochtends nog voetbal.

        Groetjes,
        Griet
        """)
    return mail("m17", "2027-01-30 09:40", ("Griet Van den Broeck", "griet.vandenbroeck@telenet.be"), MWC, "Re: " + mwc_conf_subject("mwc-open-6feb-1000"), text,
                L("change", ["mwc-open-6feb-1130"], ["griet.vandenbroeck@telenet.be"], from_sessions=["mwc-open-6feb-1000"],
                  note="Reply to the confirmation (6 February 10.00); moves to 11.30 the same day."),
                client="roundcube", lang="nl-BE", quote=mwc_conf_q("mwc-open-6feb-1000", "mevrouw Van den Broeck", "2026-12-18 09:00", "griet.vandenbroeck@telenet.be"))


@message
def mwc_cancel_open_reply():
    text = T("""
        Beste,

        Helaas kunnen we zaterdag niet komen, Noor heeft een hockeytoernooi. Jammer!

        Met vriendelijke groet,
        Esther van Wijk
        """)
    return mail("m18", "2027-02-04 12:25", ("Esther van Wijk", "e.vanwijk@vanwijkadvies.nl"), MWC, "RE: " + mwc_conf_subject("mwc-open-6feb-1000"), text,
                L("cancel", ["mwc-open-6feb-1000"], ["e.vanwijk@vanwijkadvies.nl"],
                  note="Cancellation as a reply to the confirmation; 'zaterdag' plus the quoted confirmation = 6 February 10.00."),
                quote=mwc_conf_q("mwc-open-6feb-1000", "mevrouw Van Wijk", "2026-12-15 13:20", "e.vanwijk@vanwijkadvies.nl"))


@message
def mwc_other_thanks_open_day():
    text = "Bedankt voor de fijne rondleiding vanochtend! Onze dochter is enthousiast.\n\nHartelijke groet,\nMarieke de Groot\n\nVerstuurd vanaf mijn iPhone\n"
    return mail("m19", "2027-01-23 18:30", ("Marieke de Groot", "mariekedegroot@icloud.com"), MWC, "Open dag", text,
                L("other", note="Thank-you note after the open day; nothing to do."),
                client="iphone")


# ===================== Meerwijk College: parents' evenings =====================

@message
def mwc_reg_oa_klas2():
    text = "Ik meld mij aan voor de ouderavond van klas 2. Mijn zoon Thijs zit in 2B.\n\nGroet, Ilse Brouwer\n\nVerstuurd vanaf mijn iPhone\n"
    return mail("m20", "2027-01-11 18:30", ("Ilse Brouwer", "ilsebrouwer@icloud.com"), MWC, "Ouderavond klas 2", text,
                L("register", ["mwc-ouderavond-klas2"], ["ilsebrouwer@icloud.com"],
                  note="Parents' evening by year; naming the child and class is what the invitation asks and does not add a participant."),
                client="iphone")


@message
def mwc_reg_oa_two_years():
    text = T("""
        Goedemiddag,

        Wij komen graag naar de ouderavond van klas 1 (Lotte, 1C) en van klas 4 (Daan, H4a).

        Met vriendelijke groet,

        Frank Meijer
        """)
    return mail("m21", "2027-01-12 13:05", ("Frank Meijer", "f.meijer@meijer-installatietechniek.nl"), MWC, "Aanmelding ouderavonden", text,
                L("register", ["mwc-ouderavond-klas1", "mwc-ouderavond-klas4"], ["f.meijer@meijer-installatietechniek.nl"],
                  note="Two parents' evenings for children in two years; allowed (no session limit for this event)."),
                charset="windows-1252")


@message
def mwc_reg_oa_by_date():
    text = T("""
        Goedenavond,

        Wij komen met z'n tweeën naar de ouderavond op donderdag 28 januari.

        Groet,
        Monique en Peter de Bruijn
        """)
    return mail("m22", "2027-01-12 21:50", ("Monique de Bruijn", "mdebruijn@ziggo.nl"), MWC, "ouderavond", text,
                L("register", ["mwc-ouderavond-klas3"], ["mdebruijn@ziggo.nl"],
                  note="By date only (28 January = leerjaar 3). Two parents of one household, one address."),
                client="ox")


@message
def mwc_reg_oa_profielkeuze():
    text = T("""
        Hallo,

        Graag aanmelden voor de avond over de profielkeuze.

        Groeten,
        Saskia Timmermans (moeder van Bram, 3A)
        """)
    return mail("m23", "2027-01-13 08:20", ("Saskia Timmermans", "saskia.timmermans@gmail.com"), MWC, "Ouderavond", text,
                L("register", ["mwc-ouderavond-klas3"], ["saskia.timmermans@gmail.com"], note="By topic: the profielkeuze evening is leerjaar 3 (class 3A confirms)."),
                client="gmail", cte="base64")


@message
def mwc_reg_oa_partner_with_address():
    text = T("""
        Beste school,

        Mijn man (r.dejong@ziggo.nl) en ik komen allebei naar de ouderavond van leerjaar 1. Onze dochter Fenne zit in 1A.

        Groet,
        Anouk de Jong
        """)
    return mail("m24", "2027-01-13 19:45", ("Anouk de Jong", "anouk.dejong@me.com"), MWC, "Ouderavond leerjaar 1", text,
                L("register", ["mwc-ouderavond-klas1"], ["anouk.dejong@me.com", "r.dejong@ziggo.nl"],
                  note="Sender plus partner named with an address: both are participants."),
                client="apple")


@message
def mwc_reg_oa_examenklas_ambiguous():
    text = T("""
        Goedemorgen,

        Graag aanmelden voor de ouderavond van de examenklas.

        Groet,
        Sandra Hermsen
        """)
    return mail("m25", "2027-01-14 08:12", ("Sandra Hermsen", "sandra.hermsen@hotmail.com"), MWC, "ouderavond examenklas", text,
                L("register", [], ["sandra.hermsen@hotmail.com"], review=True, sessions_allowed=["mwc-ouderavond-klas5", "mwc-ouderavond-klas6"],
                  note="'De examenklas' is havo 5 (leerjaar 5) or vwo 6 (leerjaar 6); no class given."),
                client="owa")


@message
def mwc_reg_oa_vwo6():
    text = T("""
        Hallo,

        Onze dochter Eva zit in V6b; wij komen graag naar de ouderavond.

        Groeten,
        Hans Wolters
        """)
    return mail("m26", "2027-01-14 22:03", ("Hans Wolters", "hanswolters@gmail.com"), MWC, "Ouderavond", text,
                L("register", ["mwc-ouderavond-klas6"], ["hanswolters@gmail.com"], note="Year only through the child's class code V6b = vwo 6 = leerjaar 6."),
                client="gmail")


@message
def mwc_reg_oa_forwarded_by_mentor():
    text = T("""
        Hoi,

        Deze kwam bij mij binnen als mentor. Mevrouw Bakker wil zich aanmelden voor de ouderavond van klas 1, zie onder.

        Groet,
        Jeroen Smit
        Mentor 1C
        """)
    fw = Q("M. Bakker", "m.bakker78@hotmail.com", "2027-01-14 20:31", "ouderavond",
           "Beste meneer Smit,\n\nWij willen graag komen op de ouderavond van 25 januari.\n\nGroet,\nMonique Bakker (moeder van Sem, 1C)\n",
           "Smit, Jeroen <j.smit@meerwijkcollege.nl>")
    return mail("m27", "2027-01-15 08:10", ("Smit, Jeroen", "j.smit@meerwijkcollege.nl"), MWC, "FW: ouderavond", text,
                L("register", ["mwc-ouderavond-klas1"], ["m.bakker78@hotmail.com"],
                  note="A teacher forwards a parent's registration; the participant is the parent in the forwarded header, not the teacher."),
                fwd=fw)


@message
def mwc_reg_oa_havo5_html_only():
    text = T("""
        Geachte heer, mevrouw,

        Hierbij meld ik mij aan voor de ouderavond havo 5 op dinsdag 2 februari.

        Met vriendelijke groet,
        Yvonne Kramer
        """)
    return mail("m28", "2027-01-18 11:30", ("Yvonne Kramer", "yvonne.kramer@planet.nl"), MWC, "Ouderavond havo 5", text,
                L("register", ["mwc-ouderavond-klas5"], ["yvonne.kramer@planet.nl"], note="HTML-only message; havo 5 and the date both point to leerjaar 5."),
                client="html_only")


@message
def mwc_change_oa_wrong_year():
    text = T("""
        Goedemorgen,

        Ik had me per ongeluk voor de ouderavond van klas 2 aangemeld, maar mijn dochter zit in klas 3. Kunt u dat aanpassen?

        Met vriendelijke groet,
        Petra Huisman
        """)
    return mail("m29", "2027-01-20 09:50", ("Petra Huisman", "petra.huisman@kpnmail.nl"), MWC, "Ouderavond: verkeerde klas", text,
                L("change", ["mwc-ouderavond-klas3"], ["petra.huisman@kpnmail.nl"], from_sessions=["mwc-ouderavond-klas2"],
                  note="Change from leerjaar 2 to leerjaar 3 without a quoted confirmation."),
                client="ox")


@message
def mwc_cancel_oa_partner():
    text = T("""
        Beste school,

        Mijn man (r.dejong@ziggo.nl) kan toch niet mee naar de ouderavond van maandag; wilt u hem afmelden? Ik kom wel.

        Groet,
        Anouk de Jong
        """)
    return mail("m30", "2027-01-24 10:02", ("Anouk de Jong", "anouk.dejong@me.com"), MWC, "Re: " + mwc_conf_subject("mwc-ouderavond-klas1"), text,
                L("cancel", ["mwc-ouderavond-klas1"], ["r.dejong@ziggo.nl"],
                  note="Cancels only the partner; the sender stays registered."),
                client="apple", quote=mwc_conf_q("mwc-ouderavond-klas1", "mevrouw De Jong", "2027-01-13 20:00", "anouk.dejong@me.com"))


@message
def mwc_reg_oa_past():
    text = "Graag aanmelden voor de ouderavond van klas 1. Gr. Kees van Dam\n\nVerstuurd vanaf mijn iPhone\n"
    return mail("m31", "2027-01-27 07:15", ("Kees van Dam", "keesvandam@gmail.com"), MWC, "ouderavond", text,
                L("register", ["mwc-ouderavond-klas1"], ["keesvandam@gmail.com"], review=True,
                  note="Sent two days after the leerjaar 1 evening (25 January): the session is in the past."),
                client="iphone")


@message
def mwc_q_oa_end_time():
    text = T("""
        Hallo,

        Hoe laat is de ouderavond van klas 4 afgelopen? Ik moet daarna nog naar mijn werk.

        Groet,
        Erik Vermeulen
        """)
    return mail("m32", "2027-01-29 16:40", ("Erik Vermeulen", "erik.vermeulen@kpnmail.nl"), MWC, "ouderavond klas 4", text,
                L("question", ["mwc-ouderavond-klas4"], [], review=True, note="Practical question about one evening; not a registration."),
                client="ox")


@message
def mwc_other_sick_report():
    text = "Goedemorgen, Daan de Wit uit 2B is vandaag ziek en blijft thuis. Groet, Karin de Wit\n\nVerstuurd vanaf mijn iPhone\n"
    return mail("m33", "2027-01-19 07:35", ("Karin de Wit", "karindewit@gmail.com"), MWC, "Ziekmelding Daan de Wit 2B", text,
                L("other", review=True, note="Sick report sent to the events address; misdirected, someone must pass it on to attendance."),
                client="iphone")


# ===================== Meerwijk College: trial days for pupils =====================

@message
def mwc_reg_meeloop_child_17feb():
    text = T("""
        Geachte heer/mevrouw,

        Graag wil ik mijn zoon Mees de Boer (groep 8, OBS De Vlinder in Houten) aanmelden voor de meeloopdag van 17 februari.

        Met vriendelijke groet,

        Arjan de Boer
        """)
    return mail("m34", "2026-12-09 10:30", ("Arjan de Boer", "a.deboer@deboer-hoveniers.nl"), MWC, "Aanmelding meeloopdag", text,
                L("register", ["mwc-meeloop-17feb"], [], review=True, participants_alt=[["a.deboer@deboer-hoveniers.nl"]],
                  note="Parent registers his child, who has no address. The person to register is the child, so participants is empty and review is true; the parent's address as contact is accepted too."))


@message
def mwc_reg_meeloop_pupil_self():
    text = T("""
        Hoi,

        ik ben Fleur van Leeuwen uit groep 8 van De Kompas en ik wil graag meelopen op 3 maart.

        Groetjes Fleur
        """)
    return mail("m35", "2027-01-08 16:22", ("Fleur van Leeuwen", "fleurvanleeuwen2014@gmail.com"), MWC, "meelopen", text,
                L("register", ["mwc-meeloop-3mrt"], ["fleurvanleeuwen2014@gmail.com"],
                  note="The pupil registers herself from her own address, which the invitation allows."),
                client="gmail")


@message
def mwc_q_meeloop_group7_request():
    text = T("""
        Goedemiddag,

        Mag mijn zoon uit groep 7 ook meelopen op 3 maart? Dan meld ik hem graag aan. Hij heet Tim Aksoy.

        Met vriendelijke groet,
        Serkan Aksoy
        """)
    return mail("m36", "2027-01-10 13:33", ("Serkan Aksoy", "s.aksoy@aksoy-bouw.nl"), MWC, "Meeloopdag groep 7", text,
                L("question", ["mwc-meeloop-3mrt"], [], review=True, kind_alt=["register"],
                  note="Eligibility question phrased as a conditional registration: trial days are for groep 8."))


@message
def mwc_reg_meeloop_teacher_three():
    text = T("""
        Beste collega's van het Meerwijk,

        Drie leerlingen uit mijn groep 8 willen graag meelopen op woensdag 3 maart: Sara Bouali, Milan Verhoeven en Tess Kok. Hun ouders hebben toestemming gegeven. Ik breng ze zelf en haal ze om half één weer op.

        Met vriendelijke groet,

        Annemiek Roos
        Leerkracht groep 8, CBS De Regenboog
        """)
    return mail("m37", "2027-01-12 15:05", ("Annemiek Roos", "a.roos@cbsderegenboog-houten.nl"), MWC, "Meeloopdag 3 maart - 3 leerlingen", text,
                L("register", ["mwc-meeloop-3mrt"], [], review=True,
                  note="A primary-school teacher registers three pupils without addresses; she is not a participant herself."))


@message
def mwc_reg_meeloop_twins():
    text = T("""
        Goedemiddag,

        Graag melden wij onze tweeling Sem en Lieke Peters (groep 8, De Brink) aan voor de meeloopdag op 17 februari.

        Vriendelijke groet,
        Joost Peters
        """)
    return mail("m38", "2027-01-16 12:00", ("Joost Peters", "joost.peters@kpnmail.nl"), MWC, "Meeloopdag tweeling", text,
                L("register", ["mwc-meeloop-17feb"], [], review=True, participants_alt=[["joost.peters@kpnmail.nl"]],
                  note="Two children without addresses; review true. KPN webmail."),
                client="ox")


@message
def mwc_reg_meeloop_child_with_address():
    text = T("""
        Beste,

        Mijn dochter Julia (julia.vermeer2014@gmail.com) wil graag meelopen op 17 februari. Zij zit in groep 8 van de Montessorischool Houten.

        Groetjes,
        Carolien Vermeer
        """)
    return mail("m39", "2027-01-19 21:15", ("Carolien Vermeer", "carolien.vermeer@icloud.com"), MWC, "Meeloopdag", text,
                L("register", ["mwc-meeloop-17feb"], ["julia.vermeer2014@gmail.com"],
                  note="The child is named with her own address, so she is the participant and the parent is left out."),
                client="apple")


@message
def mwc_reg_meeloop_full():
    text = T("""
        Hallo,

        Wij willen onze dochter Amber Smits (groep 8, OBS Het Spectrum) graag aanmelden voor de meeloopdag op 10 februari.

        Groet,
        Mirjam Smits
        """)
    return mail("m40", "2027-01-21 10:48", ("Mirjam Smits", "mirjamsmits@gmail.com"), MWC, "meeloopdag 10 februari", text,
                L("register", ["mwc-meeloop-10feb"], [], review=True, participants_alt=[["mirjamsmits@gmail.com"]],
                  note="Asks for the 10 February trial day, which is full; the child has no address either."),
                client="gmail")


@message
def mwc_reg_meeloop_fallback_full():
    text = T("""
        Goedemorgen,

        Onze zoon Finn Dekker (finn.dekker@outlook.com) wil graag meelopen op 10 februari, en als dat vol is op 17 februari. Hij zit in groep 8 van De Zonnewijzer.

        Met vriendelijke groet,
        Rob Dekker
        """)
    return mail("m41", "2027-01-22 08:30", ("Rob Dekker", "rob.dekker@outlook.com"), MWC, "Meeloopdag Finn", text,
                L("register", ["mwc-meeloop-17feb"], ["finn.dekker@outlook.com"], review="any", sessions_alt=[["mwc-meeloop-10feb"]],
                  note="First choice 10 February is full, so the stated fallback (17 February) applies; registering the fallback automatically or asking a person are both fine."),
                client="owa")


@message
def mwc_q_meeloop_waitlist():
    text = T("""
        Goedemiddag,

        Ik zag op de site dat de meeloopdag van 10 februari vol is. Is er een wachtlijst? Onze zoon kan alleen op die dag.

        Met vriendelijke groet,
        Bas Hoekstra
        """)
    return mail("m42", "2027-01-23 14:02", ("Bas Hoekstra", "bas.hoekstra@gmail.com"), MWC, "Wachtlijst meeloopdag", text,
                L("question", ["mwc-meeloop-10feb"], [], review=True, note="Asks about a waiting list for the full trial day; no child named to register."),
                client="gmail")


@message
def mwc_change_meeloop_child():
    text = T("""
        Goedemorgen,

        Mees kan toch niet op 17 februari, hij heeft die dag een afspraak bij de orthodontist. Kan hij op 3 maart komen?

        Met vriendelijke groet,
        Arjan de Boer
        """)
    return mail("m43", "2027-02-11 08:05", ("Arjan de Boer", "a.deboer@deboer-hoveniers.nl"), MWC, "RE: " + mwc_conf_subject("mwc-meeloop-17feb"), text,
                L("change", ["mwc-meeloop-3mrt"], [], from_sessions=["mwc-meeloop-17feb"], review=True,
                  participants_alt=[["a.deboer@deboer-hoveniers.nl"]],
                  note="Moves his child (no address) from 17 February to 3 March; reply to the confirmation. Same child rule as the registration: review true."),
                quote=mwc_conf_q("mwc-meeloop-17feb", "meneer De Boer", "2026-12-09 11:00", "a.deboer@deboer-hoveniers.nl"))


# ===================== Sablon Spring Open =====================

@message
def sab_reg_open_a():
    text = T("""
        Hi,

        Please enter me in the Open A section. FIDE ID 4673821, rating 1943. Club: Sablon ICC.

        Best,
        Tomasz Wierzbicki
        """)
    return mail("x01", "2026-12-11 09:14", ("Tomasz Wierzbicki", "tomasz.wierzbicki@gmail.com"), SAB, "Entry Spring Open", text,
                L("register", ["sablon-open-a"], ["tomasz.wierzbicki@gmail.com"], note="Plain entry by section name; rating fits Open A."),
                client="gmail", lang="en")


@message
def sab_q_b_fide_rated():
    text = T("""
        Hello,

        Is the Challengers section FIDE rated? I don't have a FIDE ID yet, do I need one to play?

        Thanks,
        Ana Ferreira
        """)
    return mail("x02", "2026-12-12 17:30", ("Ana Ferreira", "ana.ferreira.bxl@gmail.com"), SAB, "Question about section B", text,
                L("question", ["sablon-open-b"], [], review=True, note="Question about section B; nothing to enter yet."),
                client="gmail", lang="en")


@message
def sab_reg_secretary_four_b():
    text = T("""
        Dear organisers,

        On behalf of Tervuren Chess Club I would like to enter the following members in the Challengers B section:

        | Name | Email | Rating |
        | Jan Vermeulen | jan.vermeulen@tervurenchess.be | 1654 |
        | Chidi Okonkwo | c.okonkwo@tervurenchess.be | 1588 |
        | Sofie Maes | sofie.maes@telenet.be | 1420 |
        | Marc Dubois | marc.dubois@skynet.be | unrated |

        I will not play myself this time.

        Kind regards,

        Hilde Janssens
        Secretary, Tervuren Chess Club
        """)
    return mail("x03", "2026-12-14 20:02", ("Hilde Janssens", "secretary@tervurenchess.be"), SAB, "Entries Tervuren CC - Challengers B", text,
                L("register", ["sablon-open-b"], ["jan.vermeulen@tervurenchess.be", "c.okonkwo@tervurenchess.be", "sofie.maes@telenet.be", "marc.dubois@skynet.be"],
                  note="Club secretary enters four members (all section B, all with addresses) from a table; she does not play."),
                lang="en")


@message
def sab_reg_b_plus_blitz():
    text = T("""
        Hi there,

        I'd like to play in the B section and the blitz on Friday. Rating 1712, club Excelsior Brussels.

        Cheers,
        Liam O'Connor
        """)
    return mail("x04", "2026-12-15 12:45", ("Liam O'Connor", "liam.oconnor@icloud.com"), SAB, "Spring Open entry", text,
                L("register", ["sablon-open-b", "sablon-blitz"], ["liam.oconnor@icloud.com"],
                  note="One weekend section plus the Friday Blitz: the allowed combination."),
                client="apple", lang="en")


@message
def sab_reg_a_and_b():
    text = T("""
        Hello,

        Please put me down for A and B, whichever has the better prize fund in the end.

        Rgds,
        Dmitri Volkov
        """)
    return mail("x05", "2026-12-16 23:10", ("Dmitri Volkov", "d.volkov@proton.me"), SAB, "entry", text,
                L("register", ["sablon-open-a", "sablon-open-b"], ["d.volkov@proton.me"], review=True,
                  note="Two weekend sections that run at the same time (group 'weekend'); cannot be granted as asked."),
                client="plain", lang="en")


@message
def sab_reg_a_rating_too_low():
    text = T("""
        Dear tournament desk,

        Please enter me in Open A. My FIDE rating is 1720, but I have been playing well lately and would like the stronger field.

        Kind regards,
        Pieter Claes
        """)
    return mail("x06", "2026-12-17 19:20", ("Pieter Claes", "pieter.claes@telenet.be"), SAB, "Entry Open A", text,
                L("register", ["sablon-open-a"], ["pieter.claes@telenet.be"], review=True,
                  note="Asks for Open A with a rating below the 1800 floor; a person decides (or moves him to B)."),
                client="owa", lang="en")


@message
def sab_reg_junior_child():
    text = T("""
        Dear organisers,

        I would like to register my daughter Emma (11) for the junior rapid on Sunday. She plays at the Woluwe youth club and has a Belgian rating of 1150.

        Best regards,
        Katrien Willems
        """)
    return mail("x07", "2026-12-18 08:55", ("Katrien Willems", "katrien.willems@skynet.be"), SAB, "Junior Rapid - Emma Willems", text,
                L("register", ["sablon-junior"], [], review=True, participants_alt=[["katrien.willems@skynet.be"]],
                  note="Parent registers a child without an address: the child is the person to register, so participants is empty and review is true."),
                lang="en")


@message
def sab_cal_accept_outlook():
    cal_root = outlook_imip("x08", partstat="ACCEPTED", who="Laurent, Isabelle", who_addr="i.laurent@consilium-staff.eu",
                            org_name="Sablon International Chess Club", org_addr=SAB,
                            summary="Accepted: Sablon Spring Open 2027 - Open A", start="20270306T100000", end="20270307T180000",
                            location="Espace Marolles\\, Rue Haute 190\\, 1000 Brussels", stamp="20270113T080201Z", lang="en-GB")
    data = human_mail(seed="x08", date="2027-01-13 09:02", frm=addr("Laurent, Isabelle", "i.laurent@consilium-staff.eu"),
                      to=addr(SAB_NAME, SAB), subject="Accepted: Sablon Spring Open 2027 - Open A", root=cal_root,
                      lang="en-GB", extra=[("Content-class", "urn:content-classes:calendarmessage")])
    return M("2027-01-13 09:02", data, L("calendar_reply", note="iMIP REPLY (ACCEPTED) from Outlook for the Open A calendar item; subject names the section."))


@message
def sab_reg_parent_and_son():
    text = T("""
        Hello,

        My son Lucas (lucas.martens09@gmail.com) would like to play the Junior section, and I'll play in B myself (rating 1530).

        Thanks!
        Geert Martens
        """)
    return mail("x09", "2027-01-05 21:00", ("Geert Martens", "geert.martens@gmail.com"), SAB, "Entries Martens", text,
                L("register", ["sablon-junior", "sablon-open-b"], ["geert.martens@gmail.com", "lucas.martens09@gmail.com"], review=True,
                  note="Father and son with addresses going to different sections; the flat label cannot say who plays which, and either one in both would break the one-section rule."),
                client="gmail", lang="en")


@message
def sab_q_entry_fee():
    text = T("""
        Hi,

        What is the entry fee for the weekend and how do I pay? Bank transfer or on the day?

        Thanks,
        Rui Santos
        """)
    return mail("x10", "2027-01-06 10:10", ("Rui Santos", "rui.santos@outlook.com"), SAB, "Entry fee?", text,
                L("question", [], [], review=True, note="Question about fees; no section."),
                client="owa", lang="en")


@message
def sab_reg_flemish_dutch():
    text = T("""
        Dag,

        Graag inschrijven voor groep B en voor de blitz op vrijdagavond, ELO 1650. Ik speel bij Schaakclub Leuven Centraal.

        Groetjes,
        Wouter Peeters
        """)
    return mail("x11", "2027-01-07 18:33", ("Wouter Peeters", "wouter.peeters@telenet.be"), SAB, "Inschrijving Spring Open", text,
                L("register", ["sablon-open-b", "sablon-blitz"], ["wouter.peeters@telenet.be"], note="Flemish player writing in Dutch to the English-language club: 'groep B' plus the Friday blitz."),
                client="roundcube", lang="nl-BE")


@message
def sab_reg_french_blitz():
    text = T("""
        Bonjour,

        Je souhaite m'inscrire au blitz du vendredi soir. Elo 1805.

        Cordialement,
        Hélène Dubois
        """)
    return mail("x12", "2027-01-08 12:00", ("Hélène Dubois", "helene.dubois@skynet.be"), SAB, "Inscription blitz", text,
                L("register", ["sablon-blitz"], ["helene.dubois@skynet.be"], note="French entry for the Friday blitz only."),
                client="plain", lang="fr", name_charset="iso-8859-1")


@message
def sab_reg_kids_paraphrase_question():
    text = T("""
        Hi,

        Can my two kids play in the kids' tournament on Sunday? They're 9 and 12. Names: Noah and Mila Peeters. They both play at school club level.

        Thanks a lot,
        Laura Peeters
        """)
    return mail("x13", "2027-01-09 15:45", ("Laura Peeters", "laura.peeters@gmail.com"), SAB, "Kids tournament", text,
                L("register", ["sablon-junior"], [], review=True, kind_alt=["question"], participants_alt=[["laura.peeters@gmail.com"]],
                  note="Paraphrase 'kids' tournament on Sunday' = Junior Rapid; two children without addresses; phrased as a question."),
                client="apple", lang="en")


@message
def sab_reg_no_section_rating():
    text = T("""
        Sign me up for the Spring Open! I'm rated 1550.

        Ben Hughes
        """)
    return mail("x14", "2027-01-11 07:50", ("Ben Hughes", "ben.hughes.chess@gmail.com"), SAB, "Spring Open", text,
                L("register", [], ["ben.hughes.chess@gmail.com"], review=True, sessions_alt=[["sablon-open-b"]],
                  note="No section named; the rating (1550) only fits B, so B is a reasonable guess, but a person should confirm."),
                client="gmail", lang="en")


@message
def sab_reg_with_question():
    text = T("""
        Dear organisers,

        Please enter me in A (FIDE 2104, ID 205118). Is there a vegetarian lunch option on Saturday?

        Best regards,
        Isabelle Laurent
        """)
    return mail("x15", "2027-01-12 11:11", ("Isabelle Laurent", "i.laurent@consilium-staff.eu"), SAB, "Entry Open A + question", text,
                L("register", ["sablon-open-a"], ["i.laurent@consilium-staff.eu"], review=True,
                  note="Entry plus a question that needs an answer."),
                lang="en")


@message
def sab_reg_bye_request():
    text = T("""
        Hello,

        Please enter me in Open A (rating 1987). I will need a half-point bye in round 1 on Saturday morning, because my train from Amsterdam only arrives at 12:30.

        Regards,
        Joris van der Linden
        """)
    return mail("x16", "2027-01-14 22:40", ("Joris van der Linden", "joris@vanderlinden.nu"), SAB, "Entry Open A with bye round 1", text,
                L("register", ["sablon-open-a"], ["joris@vanderlinden.nu"], review=True,
                  note="Entry with a special request (half-point bye) that the tournament director must approve."),
                client="thunderbird", lang="en")


@message
def sab_reg_seniors_nonexistent():
    text = T("""
        Good morning,

        I'd like to enter the seniors 65+ section.

        Yours,
        Gerald Fitzpatrick
        """)
    return mail("x17", "2027-01-15 09:00", ("Gerald Fitzpatrick", "g.fitzpatrick@btinternet.com"), SAB, "Seniors section", text,
                L("register", [], ["g.fitzpatrick@btinternet.com"], review=True, note="Asks for a section that does not exist."),
                client="plain", lang="en")


@message
def sab_reg_secretary_mixed_sections():
    text = T("""
        Dear Sablon team,

        Entries from Excelsior Brussels:

        | Player | Email | Section |
        | Karel Simons | karel.simons@excelsior-chess.be | Open A |
        | Yara Haddad | yara.haddad@gmail.com | Challengers B |
        | Olivier Lambert | o.lambert@excelsior-chess.be | Open A + Friday Blitz |

        Many thanks,
        Nathalie Gérard
        Club secretary
        """)
    return mail("x18", "2027-01-18 14:20", ("Nathalie Gérard", "secretariat@excelsior-chess.be"), SAB, "Excelsior entries", text,
                L("register", ["sablon-open-a", "sablon-open-b", "sablon-blitz"],
                  ["karel.simons@excelsior-chess.be", "yara.haddad@gmail.com", "o.lambert@excelsior-chess.be"], review=True,
                  note="Three players with addresses in different sections; the union would put everyone in A and B at once, so a person books each player."),
                lang="en", name_charset="iso-8859-1", name_mode="Q")


@message
def sab_q_arbiter_volunteer():
    text = T("""
        Hello,

        I'm a licensed national arbiter and could help out on Saturday. Who should I contact about that?

        Best,
        Koen Vandenberghe
        """)
    return mail("x19", "2027-01-19 13:13", ("Koen Vandenberghe", "koen.vandenberghe@telenet.be"), SAB, "Arbiter help", text,
                L("question", [], [], review=True, kind_alt=["other"], note="Offers help as an arbiter; not an entry as a player."),
                client="roundcube", lang="en")


@message
def sab_reg_stronger_players_paraphrase():
    text = T("""
        Hi,

        I'd like to play in the rated section for the stronger players (I'm 1890).

        Thanks,
        Marta Nowak
        """)
    return mail("x20", "2027-01-20 19:05", ("Marta Nowak", "marta.nowak@gmail.com"), SAB, "Spring Open entry", text,
                L("register", ["sablon-open-a"], ["marta.nowak@gmail.com"], note="Section by paraphrase (the stronger-player section = Open A); rating fits."),
                client="gmail", lang="en")


@message
def sab_reg_speed_chess_friday():
    text = "Friday evening speed chess for me please! Just that, can't do the weekend.\n\nSam\n\nSent from my iPhone\n"
    return mail("x21", "2027-01-22 12:30", ("Sam Whitfield", "sam.whitfield@icloud.com"), SAB, "Friday", text,
                L("register", ["sablon-blitz"], ["sam.whitfield@icloud.com"], note="Blitz by paraphrase ('Friday evening speed chess'); explicitly not the weekend."),
                client="iphone", lang="en")


@message
def sab_change_a_to_b():
    text = T("""
        Hi,

        Could you move me from A to B? On second thought I'd rather have a chance at a prize.

        Tomasz
        """)
    return mail("x22", "2027-01-25 10:30", ("Tomasz Wierzbicki", "tomasz.wierzbicki@gmail.com"), SAB, "Re: " + sab_conf_subject("sablon-open-a"), text,
                L("change", ["sablon-open-b"], ["tomasz.wierzbicki@gmail.com"], from_sessions=["sablon-open-a"], review=True,
                  note="Change A -> B for a player whose entry gave rating 1943: B is for players under 1800, so a person must decide."),
                client="gmail", lang="en", quote=sab_conf_q("sablon-open-a", "Tomasz", "2026-12-11 09:30", "tomasz.wierzbicki@gmail.com"))


@message
def sab_other_thanks():
    text = "Thanks, see you in March!\n\nSam\n\nSent from my iPhone\n"
    return mail("x23", "2027-01-26 08:00", ("Sam Whitfield", "sam.whitfield@icloud.com"), SAB, "Re: " + sab_conf_subject("sablon-blitz"), text,
                L("other", note="Thank-you reply to a confirmation; nothing to do."),
                client="iphone", lang="en", quote=sab_conf_q("sablon-blitz", "Sam", "2027-01-22 13:00", "sam.whitfield@icloud.com"))


@message
def sab_cancel_reply_conf():
    text = T("""
        Hi,

        I have to withdraw, family emergency. Sorry!

        Liam
        """)
    return mail("x24", "2027-02-20 16:10", ("Liam O'Connor", "liam.oconnor@icloud.com"), SAB, "Re: " + sab_conf_subject("sablon-open-b"), text,
                L("cancel", ["sablon-open-b"], ["liam.oconnor@icloud.com"], review="any", sessions_alt=[["sablon-open-b", "sablon-blitz"]],
                  note="Withdrawal as a reply to the section B confirmation. He also entered the blitz; 'withdraw' may mean the whole tournament, so cancelling B only, B plus blitz, or asking a person are all defensible."),
                client="apple", lang="en", quote=sab_conf_q("sablon-open-b", "Liam", "2026-12-15 13:00", "liam.oconnor@icloud.com"))


@message
def sab_cancel_blitz_only():
    text = T("""
        Hello,

        Please take me off the Friday blitz, I'm still playing in B on the weekend.

        Thanks,
        Wouter
        """)
    return mail("x25", "2027-02-22 09:45", ("Wouter Peeters", "wouter.peeters@telenet.be"), SAB, "Friday blitz", text,
                L("cancel", ["sablon-blitz"], ["wouter.peeters@telenet.be"],
                  note="Cancels only the blitz; section B is named as staying."),
                client="roundcube", lang="en")


@message
def sab_cancel_member_by_secretary():
    text = T("""
        Dear organisers,

        Please withdraw Sofie Maes (sofie.maes@telenet.be) from the Challengers B section; she is ill. The other three Tervuren players are still coming.

        Kind regards,
        Hilde Janssens
        Secretary, Tervuren Chess Club
        """)
    return mail("x26", "2027-02-24 18:05", ("Hilde Janssens", "secretary@tervurenchess.be"), SAB, "Withdrawal Sofie Maes", text,
                L("cancel", ["sablon-open-b"], ["sofie.maes@telenet.be"], note="Secretary withdraws one member by address."),
                lang="en")


@message
def sab_reg_just_before_deadline():
    text = "Last-minute entry for Challengers B please. Rating 1490, club Anderlecht.\n\nYusuf\n"
    return mail("x27", "2027-02-26 22:10", ("Yusuf Demir", "yusuf.demir@hotmail.com"), SAB, "entry B", text,
                L("register", ["sablon-open-b"], ["yusuf.demir@hotmail.com"], note="Entry on the deadline day, before 23:59: on time."),
                client="owa", lang="en")


@message
def sab_reg_late():
    text = T("""
        Dear organisers,

        Is it too late to enter? I'd love to play in the Open A (rating 2011). I only just heard about the tournament.

        Best wishes,
        Henrik Andersen
        """)
    return mail("x28", "2027-02-28 11:20", ("Henrik Andersen", "henrik.andersen@gmail.com"), SAB, "Late entry Open A", text,
                L("register", ["sablon-open-a"], ["henrik.andersen@gmail.com"], review=True,
                  note="Entry after the 26 February deadline; a person decides on late entries."),
                lang="en")


# ===================== machine-mail helpers (from the shared corpus generator) =====================

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
            f'<tr><td><img src="https://cdn.mailpost-nieuws.nl/img/header-600.png" width="600" alt="{esc(title)}" style="display:block" /></td></tr>'
            + cells +
            f'<tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:12px;color:#777">{footer}</td></tr>'
            '</table></td></tr></table>'
            '<img src="https://cdn.mailpost-nieuws.nl/o/8f3a1c.gif" width="1" height="1" alt="" /></body></html>\n')



# ===================== auto-replies =====================

def auto_reply(seed, date, frm, to, subject, text, lbl, *, client="outlook", headers=(), in_reply_to=None, lang="nl", html=False):
    root = outlook_body(seed, text, lang=OUTLOOK_LANG.get(lang, "nl-NL").upper()) if client == "outlook" else (
        multipart("alternative", [text_part(text, "plain", "utf-8", "quoted-printable"),
                                  text_part("<html><body>" + simple_html(text, "<p>", "</p>", "") + "</body></html>\n", "html", "utf-8", "quoted-printable")],
                  f"----=_Part_{h(seed, 10)}") if html else text_part(text, "plain", "utf-8", "quoted-printable"))
    irt = in_reply_to or svc_mid("ar-" + seed, to.split("@")[-1].rstrip(">"))
    data = human_mail(seed=seed, date=date, frm=addr(*frm), to=to, subject=subject, root=root, client=client,
                      in_reply_to=irt, references=irt, extra=list(headers), lang=OUTLOOK_LANG.get(lang, "nl-NL"))
    return M(date, data, lbl)


EXO_AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]


@message
def auto_ooo_exchange_club():
    text = T("""
        Beste afzender,

        Ik ben tot en met vrijdag 4 december afwezig. Voor zaken rond de accommodatie kunt u contact opnemen met secretaris@vvdeesch.nl.

        Met sportieve groet,
        Gerrit ter Horst
        """)
    return auto_reply("a01", "2026-12-01 14:40", ("Gerrit ter Horst", "g.terhorst@vvdeesch.nl"), SBO,
                      "Automatisch antwoord: " + sbo_conf_subject("sbo-scheids-hengelo"), text,
                      L("auto_reply", note="Exchange out-of-office (Auto-Submitted) to the confirmation; subject names the Hengelo series, body gives another address."),
                      headers=EXO_AUTO)


@message
def auto_ooo_english_club_member():
    text = T("""
        Thank you for your message. I am travelling until 6 January with limited access to email.

        Chidi Okonkwo
        """)
    return auto_reply("a02", "2026-12-14 20:10", ("Chidi Okonkwo", "c.okonkwo@tervurenchess.be"), SAB,
                      "Automatic reply: " + sab_conf_subject("sablon-open-b"), text,
                      L("auto_reply", note="English out-of-office (Auto-Submitted: auto-replied) to an entry confirmation."),
                      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], lang="en")


@message
def auto_ooo_without_headers():
    text = T("""
        Bedankt voor je mail. Ik ben tot en met 10 januari op wintersport en lees mijn mail niet. Daarna reageer ik zo snel mogelijk.

        Groet,
        Bart Nijenhuis
        """)
    return auto_reply("a03", "2027-01-05 08:00", ("Bart Nijenhuis", "bartnijenhuis@kpnmail.nl"), SBO,
                      "Re: " + sbo_conf_subject("sbo-scheids-apeldoorn"), text,
                      L("auto_reply", note="Holiday notice with no Auto-Submitted or X-Autoreply header and an ordinary 'Re:' subject; only the wording gives it away."),
                      client="system")


@message
def auto_vacation_gmail_flemish():
    text = T("""
        Dag,

        Ik ben met vakantie tot 20 januari en lees mijn mails niet. Voor dringende zaken kan je mij bellen op 0475 12 34 56.

        Groetjes,
        Laura
        """)
    return auto_reply("a04", "2027-01-10 09:12", ("Laura Peeters", "laura.peeters@gmail.com"), SAB, "Re: Kids tournament", text,
                      L("auto_reply", note="Gmail vacation responder in Flemish Dutch (Auto-Submitted: auto-replied) to the club's reply about the junior section."),
                      client="gmail", headers=[("Auto-Submitted", "auto-replied")], lang="nl-BE")


@message
def auto_school_ticket():
    text = T("""
        Geachte afzender,

        Bedankt voor uw bericht aan CBS De Regenboog. Wij nemen binnen twee werkdagen contact met u op.

        Dit is een automatisch bericht; u hoeft hier niet op te reageren.

        Administratie CBS De Regenboog
        """)
    return auto_reply("a05", "2027-01-12 15:20", ("CBS De Regenboog", "administratie@cbsderegenboog-houten.nl"), MWC,
                      "Ontvangen: RE: Meeloopdag 3 maart - 3 leerlingen", text,
                      L("auto_reply", note="Primary school's ticket acknowledgement; subject names the trial day and three pupils."),
                      client="system", html=True, headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])


@message
def auto_ooo_outlookcom_parent():
    text = T("""
        Ik ben afwezig tot en met 18 januari. Uw e-mail wordt niet doorgestuurd.

        Sandra Hermsen
        """)
    return auto_reply("a06", "2027-01-14 09:02", ("Sandra Hermsen", "sandra.hermsen@hotmail.com"), MWC,
                      "Automatisch antwoord: RE: ouderavond examenklas", text,
                      L("auto_reply", note="Outlook.com automatic reply to the school's follow-up question about which exam class."),
                      headers=EXO_AUTO)


@message
def auto_ooo_with_redirect_for_registrations():
    text = T("""
        Ik ben afwezig tot en met 25 januari.

        Voor aanmeldingen voor cursussen, de EHBO en de workshopdag kunt u mailen naar jeugd@vvheino.nl. Zij melden u dan aan.

        Hidde Kampman
        """)
    return auto_reply("a07", "2027-01-18 10:30", ("Hidde Kampman", "h.kampman@vvheino.nl"), SBO,
                      "Afwezig: Re: Workshopdag 6 maart", text,
                      L("auto_reply", note="Out-of-office (X-Autoreply) whose text talks about registrations and gives another address; nobody is registering."),
                      client="system", headers=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")])


@message
def auto_helpdesk_ticket():
    text = T("""
        Beste klant,

        Uw verzoek (#48213) is ontvangen. Een medewerker van Sportbedrijf Apeldoorn neemt binnen drie werkdagen contact met u op.

        Onderwerp: Zaalreservering 10 februari - EHBO opfrisavond
        Status: Open

        U kunt op deze e-mail reageren om informatie toe te voegen aan uw verzoek.

        Sportbedrijf Apeldoorn | Reserveringen
        """)
    return auto_reply("a08", "2027-01-26 11:02", ("Sportbedrijf Apeldoorn | Reserveringen", "reserveringen@sportbedrijf-apeldoorn.nl"), SBO,
                      "[#48213] Uw verzoek is ontvangen: Zaalreservering 10 februari - EHBO opfrisavond", text,
                      L("auto_reply", note="Helpdesk ticket acknowledgement from the venue's booking system; names the Apeldoorn evening."),
                      client="system", html=True, headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "true")])


@message
def auto_address_no_longer_used():
    text = T("""
        Dit e-mailadres is niet meer in gebruik. Mail voor het secretariaat van SV Bathmen voortaan naar secretaris@svbathmen.nl.

        Dit is een automatisch bericht.
        """)
    return auto_reply("a09", "2027-01-28 10:09", ("SV Bathmen secretariaat", "secretariaat@svbathmen.nl"), SBO, "Automatisch antwoord: Re: Scheidsrechterscursus", text,
                      L("auto_reply", note="Automatic 'address no longer in use' notice with a new address; not a change of registration."),
                      client="system", headers=[("Auto-Submitted", "auto-replied")])


@message
def auto_ooo_bilingual_fr_en():
    text = T("""
        Je suis absente jusqu'au 1er mars. / I am out of the office until 1 March.

        Pour toute urgence / for urgent matters: dgb.secretariat@consilium-staff.eu

        Isabelle Laurent
        """)
    return auto_reply("a10", "2027-02-24 12:00", ("Laurent, Isabelle", "i.laurent@consilium-staff.eu"), SAB,
                      "Absence du bureau / Out of office: Sablon Spring Open 2027 - practical information", text,
                      L("auto_reply", note="Bilingual French/English out-of-office to the club's practical-information mail."),
                      headers=EXO_AUTO, lang="en")


# ===================== bounces =====================

def dsn_headers(date, mta, to, subject="Undelivered Mail Returned to Sender"):
    qid = h(date + mta, 12).upper()
    return [("Return-Path", "<>"), ("Received", f"by {mta} (Postfix){CRLF}\tid 4{qid}; {rfc_date(date)} (CET)"),
            ("Date", rfc_date(date)), ("From", f"MAILER-DAEMON@{mta} (Mail Delivery System)"),
            ("Subject", subject), ("To", to), ("Auto-Submitted", "auto-replied"),
            ("Message-Id", f"<{D(date):%Y%m%d%H%M%S}.4{qid}@{mta}>")]


@message
def bounce_postfix_user_unknown():
    date = "2026-12-07 13:52"
    rcpt = "kees.bruins@svschalkhaar.nl"
    orig = {"_arrival": "2026-12-07 13:51:58", "From": addr(SBO_NAME, SBO), "To": rcpt,
            "Subject": "Je aanmelding voor de workshopdag jeugdtrainers", "Date": rfc_date("2026-12-07 13:51:57"),
            "Message-ID": svc_mid("sbo-kees", "sportbondoost.nl"), "MIME-Version": "1.0",
            "Content-Type": 'text/plain; charset="utf-8"', "Content-Transfer-Encoding": "quoted-printable"}
    root = postfix_dsn("b01", date=date, mta="mx1.sportbondoost.nl", sender=SBO, rcpt=rcpt, action="failed", status="5.1.1",
                       remote="mail.svschalkhaar.nl",
                       diag=f"host mail.svschalkhaar.nl[198.51.100.54] said: 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)",
                       orig_headers=orig)
    return M(date, build_message(dsn_headers(date, "mx1.sportbondoost.nl", SBO), root),
             L("bounce", review="any", note="Postfix DSN, 5.1.1 user unknown, for mail to a trainer registered by his club secretary; text/rfc822-headers. Flagging automatically or showing a person are both fine."))


@message
def bounce_delay_warning():
    date = "2026-12-17 23:30"
    rcpt = "pieter.claes@telenet.be"
    orig = {"_arrival": "2026-12-17 19:29:40", "_retry": "2026-12-22 19:29:40", "From": addr(SAB_NAME, SAB), "To": rcpt,
            "Subject": "Re: Entry Open A", "Date": rfc_date("2026-12-17 19:29:39"),
            "Message-ID": svc_mid("sab-claes", "sablonchess.be"), "MIME-Version": "1.0", "Content-Type": 'text/plain; charset="utf-8"'}
    root = postfix_dsn("b02", date=date, mta="mx.sablonchess.be", sender=SAB, rcpt=rcpt, action="delayed", status="4.4.1", delayed=True,
                       diag="connect to mx.telenet-ops.be[192.0.2.91]:25: Connection timed out", orig_headers=orig)
    return M(date, build_message(dsn_headers(date, "mx.sablonchess.be", SAB, "Delayed Mail (still being retried)"), root),
             L("bounce", note="Delay warning (Action: delayed, 4.4.1), not a final failure; nothing to do yet."))


@message
def bounce_exchange_ndr_dutch():
    date = "2027-01-15 08:21"
    rcpt = "m.bakker78@hotmail.com"
    srv = "AM9PR09MB4411.eurprd09.prod.outlook.com"
    conf_mid = svc_mid("mwc-bakker", "meerwijkcollege.nl")
    inner = build_message([("From", addr(MWC_NAME, MWC)), ("To", rcpt), ("Subject", mwc_conf_subject("mwc-ouderavond-klas1")),
                           ("Date", rfc_date("2027-01-15 08:20")), ("Message-ID", conf_mid)],
                          text_part(mwc_conf("mwc-ouderavond-klas1", "mevrouw Bakker"), "plain", "utf-8", "quoted-printable"))
    notice = T(f"""
        Uw bericht heeft deze ontvangers niet bereikt:

        {rcpt}

        Het postvak van de ontvanger is vol en kan op dit moment geen berichten meer ontvangen. Probeer het bericht later opnieuw te verzenden of neem op een andere manier contact op met de ontvanger.

        Diagnostische gegevens voor beheerders:

        Genererende server: {srv}

        {rcpt}
        Externe server heeft '552 5.2.2 Requested mail action aborted: exceeded storage allocation (QuotaExceeded)' geretourneerd
        """)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<p><b><font color="#000066" size="3" face="Arial">Uw bericht heeft deze ontvangers niet bereikt:</font></b></p>'
           f'<p><a href="mailto:{rcpt}">{rcpt}</a></p>'
           '<p><font size="2" face="Tahoma">Het postvak van de ontvanger is vol en kan op dit moment geen berichten meer ontvangen.</font></p>'
           f'<p><font size="2" face="Tahoma"><b>Diagnostische gegevens voor beheerders:</b><br>Genererende server: {srv}<br>{rcpt}<br>'
           'Externe server heeft &#39;552 5.2.2 Requested mail action aborted: exceeded storage allocation (QuotaExceeded)&#39; geretourneerd</font></p></body></html>\n')
    alt = multipart("alternative", [text_part(notice, "plain", "utf-8", "quoted-printable"), text_part(htm, "html", "utf-8", "quoted-printable")],
                    "_000_5e1a9b0c33d24f7a_")
    status = T(f"""
        Reporting-MTA: dns;{srv}
        Received-From-MTA: dns;{srv}
        Arrival-Date: {rfc_date('2027-01-15 08:20', utc=True)}

        Final-Recipient: rfc822;{rcpt}
        Action: failed
        Status: 5.2.2
        Diagnostic-Code: smtp;552 5.2.2 Requested mail action aborted: exceeded storage allocation (QuotaExceeded)
        """)
    root = multipart("report", [alt, raw_part(["Content-Type: message/delivery-status"], status), Part(["Content-Type: message/rfc822"], inner)],
                     "_001_5e1a9b0c33d24f7a_", params="; report-type=delivery-status")
    hdrs = [("From", addr("Microsoft Outlook", "postmaster@meerwijkcollege.onmicrosoft.com")), ("To", MWC),
            ("Date", rfc_date(date, utc=True)), ("Subject", "Onbestelbaar: " + mwc_conf_subject("mwc-ouderavond-klas1")),
            ("Message-ID", f"<{h('b03', 32)}@{srv}>"), ("In-Reply-To", conf_mid), ("References", conf_mid),
            ("Content-Language", "nl-NL"), ("X-MS-Exchange-Generated-Message-Source", "Mail Delivery Service"),
            ("Auto-Submitted", "auto-replied")]
    return M(date, build_message(hdrs, root), L("bounce", review="any",
             note="Exchange Online NDR in Dutch ('Onbestelbaar', 5.2.2 mailbox full) for the confirmation to a parent registered through her child's mentor; original attached as message/rfc822."))


@message
def bounce_qmail_nonstandard():
    date = "2026-12-22 10:40"
    rcpt = "jolanda.brugink@kvdindoa.nl"
    text = T(f"""
        Hi. This is the qmail-send program at mail.kvdindoa.nl.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <{rcpt}>:
        Sorry, no mailbox here by that name. (#5.1.1)

        --- Below this line is a copy of the message.

        Return-Path: <{SBO}>
        Received: from mx1.sportbondoost.nl (mx1.sportbondoost.nl [192.0.2.17])
          by mail.kvdindoa.nl with ESMTP; {rfc_date('2026-12-22 10:39')}
        From: {SBO_NAME} <{SBO}>
        To: {rcpt}
        Subject: Re: Aanmelding scheidsrechterscursus?
        Date: {rfc_date('2026-12-22 10:39')}

        Beste Jolanda,

        Leden van niet-aangesloten verenigingen kunnen meedoen als er plaats is. Wil je je aanmelden voor de reeks in Hengelo?
        """)
    root = text_part(text, "plain", "us-ascii", "7bit")
    hdrs = [("Return-Path", "<>"), ("Date", rfc_date(date)), ("From", "MAILER-DAEMON@mail.kvdindoa.nl"), ("To", SBO),
            ("Subject", "failure notice"), ("Message-ID", f"<{D(date):%Y%m%d%H%M%S}.qmail.{h('b04', 8)}@mail.kvdindoa.nl>")]
    return M(date, build_message(hdrs, root), L("bounce", review="any",
             note="Old-style qmail bounce: plain text, no multipart/report and no Auto-Submitted; the answer to a question went to a mistyped address (one g). The quoted original names the Hengelo series."))


@message
def bounce_nonstandard_dutch_text():
    date = "2027-01-25 12:10"
    rcpt = "s.lansink@hetnet.nl"
    text = T(f"""
        Dit is een automatisch bericht van de mailserver smtp.hetnet-mail.nl.

        Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:

            {rcpt}

        Reden: het postvak van de ontvanger bestaat niet (meer).

        Oorspronkelijk bericht:
            Van: {SBO_NAME} <{SBO}>
            Onderwerp: {sbo_conf_subject('sbo-jt-ochtend-ouders')}
            Datum: {rfc_date('2027-01-25 12:08')}
        """)
    root = text_part(text, "plain", "iso-8859-1", "quoted-printable")
    hdrs = [("Return-Path", "<>"), ("Date", rfc_date(date)), ("From", "Mail Delivery Subsystem <MAILER-DAEMON@smtp.hetnet-mail.nl>"),
            ("To", SBO), ("Subject", "Bericht niet afgeleverd"), ("Message-ID", f"<{h('b05', 20)}@smtp.hetnet-mail.nl>")]
    return M(date, build_message(hdrs, root), L("bounce", review="any",
             note="Non-standard Dutch bounce (text/plain, ISO-8859-1, no DSN) for a trainer registered in the SV Enter table."))


@message
def bounce_mailbox_full():
    date = "2027-01-31 14:20"
    rcpt = "f.wolters@kpnmail.nl"
    orig = {"_arrival": "2027-01-31 14:19:01", "From": addr(SBO_NAME, SBO), "To": rcpt,
            "Subject": "Wijziging: " + sbo_conf_subject("sbo-jt-ochtend-positiespel"), "Date": rfc_date("2027-01-31 14:19:00"),
            "Message-ID": svc_mid("sbo-wolters2", "sportbondoost.nl"), "MIME-Version": "1.0", "Content-Type": 'text/plain; charset="utf-8"'}
    root = postfix_dsn("b06", date=date, mta="mx1.sportbondoost.nl", sender=SBO, rcpt=rcpt, action="failed", status="5.2.2",
                       remote="mx.kpnmail.nl",
                       diag=f"host mx.kpnmail.nl[203.0.113.25] said: 552 5.2.2 <{rcpt}>: Mailbox full (in reply to RCPT TO command)",
                       orig_headers=orig)
    return M(date, build_message(dsn_headers(date, "mx1.sportbondoost.nl", SBO), root),
             L("bounce", review="any", note="Postfix DSN 5.2.2 (mailbox full) for the confirmation of a workshop change."))


@message
def bounce_remote_mta_after_accept():
    date = "2027-02-24 18:40"
    rcpt = "marc.dubois@skynet.be"
    orig = {"_arrival": "2027-02-24 18:39:10", "From": addr(SAB_NAME, SAB), "To": rcpt,
            "Subject": "Sablon Spring Open 2027 - practical information", "Date": rfc_date("2027-02-24 18:39:00"),
            "Message-ID": svc_mid("sab-prac-dubois", "sablonchess.be"), "MIME-Version": "1.0", "Content-Type": 'text/plain; charset="utf-8"'}
    root = postfix_dsn("b07", date=date, mta="mail.skynet.be", sender=SAB, rcpt=rcpt, action="failed", status="5.2.1",
                       diag="local delivery failed: 550 5.2.1 mailbox disabled, not accepting messages", orig_headers=orig)
    return M(date, build_message(dsn_headers(date, "mail.skynet.be", SAB), root),
             L("bounce", review="any", note="Bounce generated by the recipient's provider after accepting the message (mailbox disabled); practical-information mail to a player entered by his club."))


# ===================== calendar replies =====================

def generic_imip(seed, *, prodid, partstat, who, who_addr, org_name, org_addr, summary, start, end, location, stamp, comment=""):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid}", "METHOD:REPLY", "BEGIN:VEVENT",
             f"UID:{h(seed + 'uid', 24)}@mailflow.{org_addr.split('@')[1]}", f"DTSTAMP:{stamp}",
             f"DTSTART;TZID=Europe/Amsterdam:{start}", f"DTEND;TZID=Europe/Amsterdam:{end}",
             f"SUMMARY:{summary}", f"LOCATION:{location}", f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
             f"ATTENDEE;CN={who};PARTSTAT={partstat}:mailto:{who_addr}", "SEQUENCE:0"]
    if comment:
        lines.append(f"COMMENT:{comment}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


@message
def cal_accept_outlook_ehbo():
    root = outlook_imip("i01", partstat="ACCEPTED", who="Monique ter Haar", who_addr="m.terhaar@hvvrapiditas.nl",
                        org_name="Sportbond Oost | Opleidingen", org_addr=SBO, summary="Geaccepteerd: Opfrisavond EHBO/AED Apeldoorn",
                        start="20270210T193000", end="20270210T220000", location="Sporthal Zevenhuizen\\, Zevenhuizerweg 21\\, Apeldoorn",
                        stamp="20270113T090002Z")
    data = human_mail(seed="i01", date="2027-01-13 10:00", frm=addr("Monique ter Haar", "m.terhaar@hvvrapiditas.nl"),
                      to=addr(SBO_NAME, SBO), subject="Geaccepteerd: Opfrisavond EHBO/AED Apeldoorn", root=root,
                      extra=[("Content-class", "urn:content-classes:calendarmessage")])
    return M("2027-01-13 10:00", data, L("calendar_reply", note="Outlook iMIP REPLY, PARTSTAT=ACCEPTED, empty text part."))


@message
def cal_tentative_outlook_oa():
    root = outlook_imip("i02", partstat="TENTATIVE", who="Frank Meijer", who_addr="f.meijer@meijer-installatietechniek.nl",
                        org_name="Meerwijk College", org_addr=MWC, summary="Voorlopig: Ouderavond leerjaar 4",
                        start="20270201T193000", end="20270201T210000", location="Meerwijk College\\, aula", stamp="20270113T065001Z")
    data = human_mail(seed="i02", date="2027-01-13 07:50", frm=addr("Frank Meijer", "f.meijer@meijer-installatietechniek.nl"),
                      to=addr(MWC_NAME, MWC), subject="Voorlopig: Ouderavond leerjaar 4", root=root,
                      extra=[("Content-class", "urn:content-classes:calendarmessage")])
    return M("2027-01-13 07:50", data, L("calendar_reply", note="Outlook iMIP REPLY, PARTSTAT=TENTATIVE; no change to the registration."))


@message
def cal_accept_apple_open_day():
    cal = generic_imip("i03", prodid="-//Apple Inc.//iPhone OS 18.2//EN", partstat="ACCEPTED", who="Marieke de Groot",
                       who_addr="mariekedegroot@icloud.com", org_name="Meerwijk College", org_addr=MWC,
                       summary="Open dag Meerwijk College - rondleiding 10.00 uur", start="20270123T100000", end="20270123T111500",
                       location="Meerwijk College\\, Lange Meerlaan 2\\, Houten", stamp="20261209T063012Z")
    root = multipart("alternative", [text_part("Marieke de Groot heeft uw uitnodiging geaccepteerd.\n", "plain", "utf-8", "quoted-printable", quote_charset=False),
                                     Part(['Content-Type: text/calendar; charset=utf-8; method=REPLY', "Content-Transfer-Encoding: quoted-printable"],
                                          quopri.encodestring(cal.encode("utf-8")).replace(b"\r\n", b"\n").replace(b"\n", BCRLF))],
                     f"Apple-Mail={h('i03', 8).upper()}-CAL")
    data = human_mail(seed="i03", date="2026-12-09 07:30", frm=addr("Marieke de Groot", "mariekedegroot@icloud.com"), to=MWC,
                      subject="Uitnodiging geaccepteerd: Open dag Meerwijk College - rondleiding 10.00 uur", root=root, client="iphone")
    return M("2026-12-09 07:30", data, L("calendar_reply", note="Apple Calendar (iOS) iMIP REPLY, ACCEPTED, quoted-printable text/calendar."))


@message
def cal_accept_google_info():
    who, who_addr = "Petra Smit", "petra.smit72@gmail.com"
    summary = "Online informatieavond vrijwilligerscursussen"
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:20270203T190000Z", "DTEND:20270203T200000Z", "DTSTAMP:20270126T121012Z",
               f"ORGANIZER;CN=Sportbond Oost:mailto:{SBO}", f"UID:{h('i04uid', 24)}-20270203@mailflow.sportbondoost.nl",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={who};X-NUM-GUESTS=0:mailto:{who_addr}",
               "LOCATION:Microsoft Teams", "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{summary}", "TRANSP:OPAQUE",
               "END:VEVENT", "END:VCALENDAR"])
    plain = T(f"""
        {who} heeft deze uitnodiging geaccepteerd.

        {summary}
        woensdag 3 februari 2027 ⋅ 20:00 – 21:00
        Midden-Europese tijd - Amsterdam

        Locatie
        Microsoft Teams

        Organisator
        {SBO}

        Uitnodiging van Google Agenda: https://calendar.google.com/calendar/
        """)
    alt = multipart("alternative", [text_part(plain, "plain", "UTF-8", "base64", quote_charset=False),
                                    Part(['Content-Type: text/calendar; charset="UTF-8"; method=REPLY', "Content-Transfer-Encoding: 7bit"], cal.encode("utf-8"))],
                    f"000000000000{h('i04', 16)}")
    att = Part(['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                "Content-Transfer-Encoding: base64"], b64lines(cal.encode("utf-8")))
    root = multipart("mixed", [alt, att], f"000000000000{h('i04', 12)}ff02")
    data = human_mail(seed="i04", date="2027-01-26 13:10", frm=addr(who, who_addr), to=SBO,
                      subject=f"Geaccepteerd: {summary} @ wo 3 feb 2027 20:00 - 21:00 (CET) ({SBO})", root=root, client="gmail",
                      extra=[("Sender", "Google Agenda <calendar-notification@google.com>")])
    return M("2027-01-26 13:10", data, L("calendar_reply", note="Google Calendar REPLY (ACCEPTED), Dutch UI, text/calendar plus invite.ics; online session."))


@message
def cal_decline_with_comment_one_saturday():
    comment = "Ik kan op 13 februari niet\\, de andere twee zaterdagen ben ik er gewoon. Groet\\, Sjaak"
    root = outlook_imip("i05", partstat="DECLINED", who="Sjaak Mulder", who_addr="s.mulder@vvlochem.nl",
                        org_name="Sportbond Oost | Opleidingen", org_addr=SBO,
                        summary="Geweigerd: Scheidsrechterscursus reeks Hengelo - les 2", start="20270213T090000", end="20270213T123000",
                        location="Clubhuis VV De Esch\\, Eschweg 40\\, Hengelo", stamp="20270205T161001Z", comment=comment)
    data = human_mail(seed="i05", date="2027-02-05 17:10", frm=addr("Sjaak Mulder", "s.mulder@vvlochem.nl"), to=addr(SBO_NAME, SBO),
                      subject="Geweigerd: Scheidsrechterscursus reeks Hengelo - les 2", root=root,
                      extra=[("Content-class", "urn:content-classes:calendarmessage")])
    return M("2027-02-05 17:10", data, L("calendar_reply", review=True,
             note="DECLINED for one morning of the series with a typed comment that he attends the other two; cancelling the series automatically would be wrong, and the comment needs a person."))


@message
def cal_decline_ox_open_day():
    cal = generic_imip("i06", prodid="-//Open-Xchange//7.10.6-Rev62//EN", partstat="DECLINED", who="Harm Vos",
                       who_addr="harm.vos@kpnmail.nl", org_name="Meerwijk College", org_addr=MWC,
                       summary="Open dag Meerwijk College - rondleiding 13.00 uur", start="20270206T130000", end="20270206T141500",
                       location="Meerwijk College\\, Lange Meerlaan 2\\, Houten", stamp="20270201T184500Z")
    plain = "Harm Vos heeft de afspraak \"Open dag Meerwijk College - rondleiding 13.00 uur\" afgewezen.\n"
    root = multipart("alternative", [text_part(plain, "plain", "UTF-8", "quoted-printable", quote_charset=False),
                                     Part(['Content-Type: text/calendar; charset=UTF-8; method=REPLY', "Content-Transfer-Encoding: 7bit"], cal.encode("utf-8"))],
                     f"----=_Part_{h('i06', 10)}_cal")
    data = human_mail(seed="i06", date="2027-02-01 19:45", frm=addr("Harm Vos", "harm.vos@kpnmail.nl"), to=MWC,
                      subject="Afgewezen: Open dag Meerwijk College - rondleiding 13.00 uur", root=root, client="ox")
    return M("2027-02-01 19:45", data, L("calendar_reply", review="any", kind_alt=["cancel"], sessions_alt=[["mwc-open-6feb-1300"]],
             participants_alt=[["harm.vos@kpnmail.nl"]],
             note="Open-Xchange iMIP REPLY, DECLINED, no comment. Treating it as a cancellation of the 6 February 13.00 tour or sending it to a person are both fine."))


@message
def cal_decline_google_blitz():
    who, who_addr = "Hélène Dubois", "helene.dubois@skynet.be"
    summary = "Sablon Spring Open 2027 - Friday Blitz"
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:20270305T183000Z", "DTEND:20270305T213000Z", "DTSTAMP:20270221T101500Z",
               f"ORGANIZER;CN=Sablon International Chess Club:mailto:{SAB}", f"UID:{h('i07uid', 24)}-20270305@mailflow.sablonchess.be",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN={who};X-NUM-GUESTS=0:mailto:{who_addr}",
               "LOCATION:Espace Marolles\\, Rue Haute 190\\, 1000 Brussels", "SEQUENCE:0", "STATUS:CONFIRMED",
               f"SUMMARY:{summary}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    plain = T(f"""
        {who} has declined this invitation.

        {summary}
        Friday 5 March 2027 ⋅ 19:30 – 22:30
        Central European Time - Brussels

        Location
        Espace Marolles, Rue Haute 190, 1000 Brussels

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    htm = (f'<!doctype html><html><body><p>{esc(who)} has declined this invitation.</p><h2>{esc(summary)}</h2>'
           '<p>Friday 5 March 2027 &#8901; 19:30 &ndash; 22:30</p></body></html>\n')
    alt = multipart("alternative", [text_part(plain, "plain", "UTF-8", "base64", params="; format=flowed; delsp=yes", quote_charset=False),
                                    text_part(htm, "html", "UTF-8", "quoted-printable", quote_charset=False),
                                    Part(['Content-Type: text/calendar; charset="UTF-8"; method=REPLY', "Content-Transfer-Encoding: 7bit"], cal.encode("utf-8"))],
                    f"000000000000{h('i07', 16)}")
    data = human_mail(seed="i07", date="2027-02-21 11:15", frm=addr(who, who_addr), to=SAB,
                      subject=f"Declined: {summary} @ Fri 5 Mar 2027 19:30 - 22:30 (CET) ({SAB})", root=alt, client="gmail",
                      extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    return M("2027-02-21 11:15", data, L("calendar_reply", review="any", kind_alt=["cancel"], sessions_alt=[["sablon-blitz"]],
             participants_alt=[["helene.dubois@skynet.be"]],
             note="Google Calendar REPLY, DECLINED, English UI, for the blitz she entered; automatic cancellation or a person are both fine. RFC 2047 name."))


# ===================== newsletters, spam, phishing, gateway notices =====================

def bulk(seed, date, frm, to, subject, root, extra=()):
    hdrs = [("Received", received(seed, frm.split("<")[-1].rstrip(">"), to, date, "system", mx_hosts=MX_HOSTS, microsoft_mx=True)),
            ("From", frm), ("To", to), ("Subject", hv(subject)), ("Date", rfc_date(date)),
            ("Message-ID", f"<{h(seed, 24)}@{frm.split('@')[-1].rstrip('>')}>")] + list(extra)
    return build_message(hdrs, root)


@message
def newsletter_sportaccent():
    blocks = [("Nieuw: online cursus sportiviteit & respect", "Vanaf februari kunnen trainers en scheidsrechters de online module Sportiviteit & Respect volgen. Ook leuk voor je EHBO-vrijwilligers.", "https://www.sportaccent-overijssel.nl/nieuws/online-module"),
              ("Subsidie voor AED's bij sportparken", "Verenigingen in Overijssel kunnen tot 1 maart subsidie aanvragen voor een AED en een cursus reanimatie.", "https://www.sportaccent-overijssel.nl/subsidie-aed")]
    plain = "Sportaccent Overijssel - nieuwsbrief december\n\n" + "\n\n".join(f"{t}\n{b}\nLees meer: {u}" for t, b, u in blocks) + \
        "\n\nAfmelden: https://www.sportaccent-overijssel.nl/nieuwsbrief/afmelden?u=9f2c\n"
    htm = newsletter_html("Sportaccent Overijssel", blocks, 'Geen nieuwsbrief meer? <a href="https://www.sportaccent-overijssel.nl/nieuwsbrief/afmelden?u=9f2c">Afmelden</a>')
    root = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"), text_part(htm, "html", "utf-8", "quoted-printable")], "nb_sportaccent_2026_12")
    data = bulk("n01", "2026-12-15 07:00", "Sportaccent Overijssel <nieuwsbrief@sportaccent-overijssel.nl>", SBO,
                "Nieuwsbrief december: online cursus, AED-subsidie", root,
                [("List-Unsubscribe", "<https://www.sportaccent-overijssel.nl/nieuwsbrief/afmelden?u=9f2c>, <mailto:afmelden@sportaccent-overijssel.nl?subject=9f2c>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    return M("2026-12-15 07:00", data, L("other", note="Newsletter with List-Unsubscribe that talks about online courses, EHBO, AED and reanimatie."))


@message
def newsletter_education():
    blocks = [("Open dagen in coronavrije tijden: wat werkt?", "Scholen melden meer bezoekers bij rondleidingen met tijdsloten. Lees hoe drie scholen hun open dag en meeloopdagen organiseren.", "https://www.schoolleidersnieuws.nl/artikel/open-dagen"),
              ("Webinar ouderbetrokkenheid", "Op 9 februari een online webinar over ouderavonden die ouders echt bereiken. Aanmelden via de website.", "https://www.schoolleidersnieuws.nl/webinar")]
    plain = "Schoolleidersnieuws - week 1\n\n" + "\n\n".join(f"{t}\n{b}\nLees meer: {u}" for t, b, u in blocks) + "\n\nUitschrijven: https://www.schoolleidersnieuws.nl/u/44aa\n"
    htm = newsletter_html("Schoolleidersnieuws", blocks, '<a href="https://www.schoolleidersnieuws.nl/u/44aa">Uitschrijven</a>')
    root = multipart("alternative", [text_part(plain, "plain", "utf-8", "base64"), text_part(htm, "html", "utf-8", "base64")], "=_sln_2027w01")
    data = bulk("n02", "2027-01-07 06:30", "Schoolleidersnieuws <redactie@schoolleidersnieuws.nl>", MWC, "Schoolleidersnieuws – week 1", root,
                [("List-Unsubscribe", "<https://www.schoolleidersnieuws.nl/u/44aa>"), ("List-Id", "<week.schoolleidersnieuws.nl>"), ("Precedence", "list")])
    return M("2027-01-07 06:30", data, L("other", note="Education newsletter (List-Unsubscribe, base64) about open days, trial days and parents' evenings; RFC 2047 subject."))


@message
def newsletter_chess():
    blocks = [("Spring tournaments across Benelux", "From the Sablon Spring Open in Brussels to weekend opens in Leiden and Luxembourg: entries are open now.", "https://news.chesseuropeweekly.eu/spring"),
              ("Online blitz arena every Friday", "Join our free online blitz arena on Friday evenings. No registration needed.", "https://news.chesseuropeweekly.eu/arena")]
    plain = "Chess Europe Weekly\n\n" + "\n\n".join(f"{t}\n{b}\nRead more: {u}" for t, b, u in blocks) + "\n\nUnsubscribe: https://news.chesseuropeweekly.eu/unsub/77\n"
    htm = newsletter_html("Chess Europe Weekly", blocks, '<a href="https://news.chesseuropeweekly.eu/unsub/77">Unsubscribe</a>')
    root = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"), text_part(htm, "html", "utf-8", "quoted-printable")], "cew_2027_02")
    data = bulk("n03", "2027-01-14 18:00", "Chess Europe Weekly <newsletter@chesseuropeweekly.eu>", SAB, "Chess Europe Weekly: spring opens and Friday blitz", root,
                [("List-Unsubscribe", "<https://news.chesseuropeweekly.eu/unsub/77>"), ("Precedence", "bulk")])
    return M("2027-01-14 18:00", data, L("other", note="English chess newsletter mentioning this tournament, entries and an online Friday blitz."))


@message
def spam_sport_online_english():
    htm = ('<html><body style="font-family:Arial;font-size:14px"><p>Hi there,</p>'
           '<p>Is your <b>sports club</b> still managing courses and registrations by email? With <b>ClubStack</b> your members sign up online, '
           'pay online and get automatic reminders. Clubs see <b>40% more course sign-ups</b>.</p>'
           '<p><a href="https://clubstack-growth.io/demo?ref=sbo">Book a free online demo</a></p><p>Cheers,<br>Jake<br>ClubStack Growth Team</p>'
           '<p style="font-size:11px;color:#888">Not interested? <a href="https://clubstack-growth.io/optout">Unsubscribe</a></p></body></html>\n')
    root = text_part(htm, "html", "utf-8", "quoted-printable")
    data = bulk("n04", "2027-01-09 03:12", "Jake from ClubStack <jake@clubstack-growth.io>", SBO, "Quick question about your course sign-ups", root,
                [("X-Mailer", "PHPMailer 6.9.1")])
    return M("2027-01-09 03:12", data, L("other", note="English sales spam, HTML only; mentions sport, online sign-ups and registrations."))


@message
def spam_trophies_dutch():
    htm = ('<html><body><table width="600" align="center"><tr><td style="font-family:Verdana;font-size:13px">'
           '<h1 style="color:#c00">Sportprijzen en bekers: 30% korting!</h1>'
           '<p>Bestel nu bekers, medailles en EHBO-koffers voor uw sportvereniging. Alleen deze week <b>30% korting</b> op het hele assortiment.</p>'
           '<p><a href="https://bekerdeal-sport.shop/actie">Bekijk de aanbieding</a></p>'
           '<p style="font-size:10px">Afmelden? <a href="https://bekerdeal-sport.shop/afmelden">Klik hier</a></p></td></tr></table></body></html>\n')
    plain = "Sportprijzen en bekers: 30% korting!\n\nBestel nu bekers, medailles en EHBO-koffers voor uw sportvereniging.\nhttps://bekerdeal-sport.shop/actie\n"
    root = multipart("alternative", [text_part(plain, "plain", "windows-1252", "quoted-printable"), text_part(htm, "html", "windows-1252", "quoted-printable")],
                     "----=_NextPart_000_0A1B_01DD7C2E.3F1A2B00")
    data = bulk("n05", "2027-02-02 05:40", "BekerDeal <aanbiedingen@bekerdeal-sport.shop>", SBO, "Sportprijzen en bekers: 30% korting", root,
                [("List-Unsubscribe", "<https://bekerdeal-sport.shop/afmelden>")])
    return M("2027-02-02 05:40", data, L("other", note="Dutch commercial spam (sport trophies, EHBO kits), windows-1252."))


@message
def phishing_m365_school():
    htm = ('<html><body><div style="font-family:Segoe UI,Arial;font-size:14px">'
           '<p>Beste gebruiker van info@meerwijkcollege.nl,</p>'
           '<p>Het wachtwoord van uw Microsoft 365-account verloopt <b>vandaag</b>. Om te voorkomen dat aanmeldingen en andere berichten worden geweigerd, '
           'moet u uw huidige wachtwoord bevestigen.</p>'
           '<p><a href="https://office365-wachtwoord-verlengen.com/meerwijkcollege.nl" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Wachtwoord behouden</a></p>'
           '<p>Microsoft 365 Beveiliging</p></div></body></html>\n')
    root = text_part(htm, "html", "utf-8", "base64")
    data = bulk("n06", "2027-01-18 04:22", "Microsoft 365 <security-noreply@office365-wachtwoord-verlengen.com>", MWC,
                "Uw wachtwoord verloopt vandaag – actie vereist", root, [("X-Priority", "1")])
    return M("2027-01-18 04:22", data, L("other", note="Dutch phishing posing as Microsoft 365; mentions registrations ('aanmeldingen')."))


@message
def phishing_docusign_invoice():
    htm = ('<html><body style="font-family:Helvetica,Arial"><table width="560" align="center"><tr><td>'
           '<p style="font-size:18px">Sportbond Oost heeft u een document gestuurd om te bekijken en te ondertekenen.</p>'
           '<p><b>Cursusfactuur voorjaar 2027 - EHBO en scheidsrechters.pdf</b></p>'
           '<p><a href="https://docu-sign-review.net/envelope/8812" style="background:#ffc423;padding:10px 20px;color:#000;text-decoration:none">DOCUMENT BEKIJKEN</a></p>'
           '<p style="font-size:11px;color:#666">Dit bericht is verzonden via DocuSign Electronic Signature Service.</p></td></tr></table></body></html>\n')
    root = text_part(htm, "html", "utf-8", "quoted-printable")
    data = bulk("n07", "2027-01-27 06:05", "DocuSign via Sportbond Oost <dse@docu-sign-review.net>", SBO,
                "Voltooien met DocuSign: Cursusfactuur voorjaar 2027", root)
    return M("2027-01-27 06:05", data, L("other", note="Phishing that imitates a DocuSign envelope 'from' the organiser itself, with course names in the document title."))


@message
def phishing_microsoft_english():
    plain = T("""
        Microsoft account

        Unusual sign-in activity

        We detected something unusual about a recent sign-in to the Microsoft account tournament@sablonchess.be.

        Sign-in details
        Country/region: Russia/Moscow
        IP address: 203.0.113.66
        Platform: Windows 10
        Browser: Firefox

        If this wasn't you, please secure your account online now: https://account-live-verify.com/secure

        Thanks,
        The Microsoft account team
        """)
    root = text_part(plain, "plain", "utf-8", "7bit")
    data = bulk("n08", "2027-02-09 02:10", "Microsoft account team <no-reply@account-live-verify.com>", SAB,
                "Microsoft account unusual sign-in activity", root)
    return M("2027-02-09 02:10", data, L("other", note="English phishing ('unusual sign-in', Microsoft, secure your account online); plain text, documentation IP."))


@message
def gateway_quarantine_digest():
    rows = [["Afzender", "Onderwerp", "Ontvangen", "Reden"],
            ["jeugd@vvrijssen.nl", "Aanmelding EHBO Hengelo - 3 trainers", "29-01-2027 06:12", "Bijlage met macro's (aanmeldingen.xlsm)"],
            ["promo@bekerdeal-sport.shop", "LAATSTE KANS: bekers -40%", "29-01-2027 03:40", "Spam"],
            ["noreply@account-live-verify.com", "Mailbox storage full", "29-01-2027 02:05", "Phishing"]]
    htm = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:13px">'
           '<h2>MailShield: quarantaineoverzicht voor cursussen@sportbondoost.nl</h2>'
           '<p>De volgende berichten zijn de afgelopen 24 uur in quarantaine geplaatst. Berichten worden na 14 dagen verwijderd.</p>'
           + html_table(rows) +
           '<p><a href="https://portal.mailshield-gateway.nl/q/release?id=77120">Berichten bekijken of vrijgeven</a></p>'
           '<p style="color:#777;font-size:11px">Dit is een automatisch bericht van MailShield E-mail Security.</p></body></html>\n')
    root = text_part(htm, "html", "utf-8", "quoted-printable")
    data = bulk("n09", "2027-01-29 07:00", "MailShield Quarantaine <quarantine@mailshield-gateway.nl>", SBO,
                "Quarantaineoverzicht: 3 berichten vastgehouden", root, [("Auto-Submitted", "auto-generated")])
    return M("2027-01-29 07:00", data, L("other", review=True,
             note="Security-gateway HTML digest (auto-generated) listing held messages; one is a club's registration of three trainers with a macro attachment, so a person should look at releasing it."))


@message
def sbo_reg_names_only_in_attachment():
    text = T("""
        Goedemorgen,

        In de bijlage vindt u de aanmeldingen van VV Rijssen voor de EHBO-avond in Hengelo (drie trainers).

        Met sportieve groet,

        Gert Nijkamp
        Secretaris VV Rijssen
        """)
    pdf = make_pdf(["Aanmeldingen VV Rijssen - Opfrisavond EHBO/AED Hengelo, 4 februari 2027",
                    "1. Wouter Kamphuis - w.kamphuis@vvrijssen.nl",
                    "2. Sandra Pol - sandrapol@gmail.com",
                    "3. Jeroen Hofman - j.hofman@vvrijssen.nl"])
    att = attachment(pdf, "application/pdf", "Aanmeldingen EHBO VV Rijssen.pdf", date="2027-01-29 08:30")
    return mail("s50", "2027-01-29 08:30", ("Gert Nijkamp", "secretaris@vvrijssen.nl"), SBO, "Aanmeldingen EHBO Hengelo VV Rijssen", text,
                L("register", ["sbo-ehbo-hengelo"], [], review=True,
                  note="The session is clear (Hengelo), but the three people and their addresses are only in the attached PDF; the secretary registers only others. A person must take the names from the attachment."),
                attachments=[att])


# --------------------------------------------------------------------------
# build + checks
# --------------------------------------------------------------------------

ALLOWED_KEYS = {"file", "kind", "sessions", "from_sessions", "participants", "review", "note",
                "kind_alt", "sessions_alt", "participants_alt", "sessions_allowed"}


def check(records):
    keys = session_keys(HERE)
    problems = []
    seen_ids = set()
    lo, hi = dt.datetime(2026, 11, 15, tzinfo=dt.timezone.utc), dt.datetime(2027, 4, 1, tzinfo=dt.timezone.utc)
    for rec in records:
        lab, name = rec["label"], rec["label"]["file"]
        raw = open(os.path.join(MSG_DIR, name), "rb").read()
        _, text, found = check_message(name, raw, seen_ids, lo, hi, "mid-Nov 2026 - Mar 2027")
        problems += found
        problems += check_label(name, lab, keys, text)
        if set(lab) - ALLOWED_KEYS:
            problems.append(f"{name}: unknown label fields {set(lab) - ALLOWED_KEYS}")
        if lab["kind"] == "other" and lab["sessions"]:
            problems.append(f"{name}: other has sessions")
        if lab["kind"] == "question" and lab["review"] is not True:
            problems.append(f"{name}: questions always need review")
        if lab["kind"] in ("register", "cancel", "change") and not lab["participants"] and lab["review"] is not True:
            problems.append(f"{name}: {lab['kind']} without participants must go to review")
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

    write_corpus(HERE, records)

    names = [f"{r['label']['file']} {r['name']}" for r in records] if "--names" in sys.argv else []
    report(HERE, records, check(records), names)


if __name__ == "__main__":
    main()
