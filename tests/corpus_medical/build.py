#!/usr/bin/env python3
"""Build the blind 'medical' corpus: registration mail for an accredited
continuing-education programme (nascholing) of a university medical centre and
for an English-language international symposium on antimicrobial resistance.

Writes messages/NNN.eml (raw RFC 5322, CRLF line endings) and labels.jsonl next
to this file, then checks the result. Deterministic: no randomness, no clock,
no network; Python 3.11 standard library only.

    python3 build.py

All people, practices, pharmacies and most organisations are invented. Generic
mail providers (gmail.com, ziggo.nl, telenet.be, ...) are real, the mailboxes
on them are not. IP addresses come from the documentation ranges.
"""
import base64
import datetime as dt
import os
import quopri
import re
import sys
import textwrap
import tomllib

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from corpus_kit import (  # noqa: E402  (shared helpers: tests/corpus_kit.py)
    addr, attachment, b64lines, BCRLF, build_message, check_label, check_message, CRLF, EN_DAYS, en_long,
    EN_MONTHS, esc, gmail_body, h, hv, ics, make_pdf, msgid, multipart, NL_DAYS, NL_DAYS_SHORT, nl_gmail,
    nl_long, NL_MONTHS, NL_MONTHS_SHORT, outlook_body, outlook_imip, owa_body, Part, postfix_dsn, raw_part,
    report, rfc_date, svc_mid, T, text_part, thread_index, WORD_HEAD, word_paras, WORD_TAIL, write_corpus,
)

HERE = os.path.dirname(os.path.abspath(__file__))
MSG_DIR = os.path.join(HERE, "messages")


# --------------------------------------------------------------------------
# message ids, received headers, whole messages
# --------------------------------------------------------------------------

def received(seed, from_addr, to_addr, date, client):
    x = h(seed + "rcv", 24)
    to_dom = to_addr.split("@")[1]
    from_dom = from_addr.split("@")[1]
    ip = f"{[192, 198, 203][int(x[0], 16) % 3]}.{[0, 51, 0][int(x[0], 16) % 3]}.{[2, 100, 113][int(x[0], 16) % 3]}.{int(x[1:3], 16) % 250 + 2}"
    if client in ("outlook", "outlook_ios", "owa") and from_dom not in ("hotmail.com", "outlook.com", "live.nl", "hotmail.be"):
        host = f"EUR0{int(x[3], 16) % 5 + 1}-{['AM6', 'DB8', 'VI1', 'HE1'][int(x[4], 16) % 4]}-obe.outbound.protection.outlook.com"
    elif from_dom in ("gmail.com", "googlemail.com") or client == "gmail":
        host = f"mail-wm1-f{int(x[3:5], 16) % 90 + 10}.google.com"
    elif from_dom in ("hotmail.com", "outlook.com", "live.nl", "hotmail.be"):
        host = f"EUR0{int(x[3], 16) % 5 + 1}-{['AM6', 'DB8'][int(x[4], 16) % 2]}-obe.outbound.protection.outlook.com"
    elif from_dom in ("icloud.com", "me.com"):
        host = f"qs51p00im-qukt0{int(x[3], 16) % 9 + 1}0{int(x[4], 16) % 9 + 1}.me.com"
    elif from_dom == "telenet.be":
        host = f"michel.telenet-ops.be"
    else:
        host = f"smtp.{from_dom}"
    qid = base64.b32encode(bytes.fromhex(x[6:22])).decode().rstrip("=")[:12]
    mx = {"rijnlandumc.nl": "mx1.rijnlandumc.nl",
          "dcir-rotterdam.nl": "mail.dcir-rotterdam.nl"}.get(to_dom, "mx." + to_dom)
    d = rfc_date(date)
    zone = "(CEST)" if d.endswith("+0200") else "(CET)"
    return (f"from {host} ({host} [{ip}]){CRLF}\tby {mx} (Postfix) with ESMTPS id 4{qid}"
            f"{CRLF}\tfor <{to_addr}>; {d} {zone}")


def human_mail(*, seed, date, frm, to, subject, root, client="outlook", cc=None,
               reply_to=None, in_reply_to=None, references=None, extra=(),
               lang="nl-NL", utc=False, subj_charset="utf-8", subj_mode="Q",
               mid_domain=None, rcv_to=None):
    """Assemble a person-written message with headers typical for its client."""
    from_addr = frm.split("<")[-1].rstrip(">").strip()
    to_addr = (rcv_to or to).split(",")[0].split("<")[-1].rstrip(">").strip()
    dom = mid_domain or from_addr.split("@")[1]
    style = {"outlook": "outlook", "outlook_ios": "outlook", "owa": "outlook", "gmail": "gmail",
             "apple": "apple", "iphone": "apple", "ipad": "apple", "thunderbird": "thunderbird",
             "onprem": "onprem"}.get(client, "other")
    mid = msgid(style, seed, dom)
    subj = hv(subject, subj_charset, subj_mode)
    hdrs = [("Received", received(seed, from_addr, to_addr, date, client))]
    if client in ("outlook", "outlook_ios", "onprem", "owa"):
        topic = subject
        for p in ("RE: ", "FW: ", "Re: ", "Fw: ", "AW: ", "Antw: ", "Doorst: "):
            if topic.startswith(p):
                topic = topic[len(p):]
        hdrs += [("From", frm), ("To", to), ("CC", cc), ("Reply-To", reply_to),
                 ("Subject", subj), ("Thread-Topic", hv(topic, subj_charset, subj_mode)),
                 ("Thread-Index", thread_index(seed)),
                 ("Date", rfc_date(date, utc=utc)), ("Message-ID", mid),
                 ("References", references), ("In-Reply-To", in_reply_to),
                 ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang)]
        if client == "outlook_ios":
            hdrs.append(("X-Mailer", "Outlook for iOS"))
        hdrs += list(extra)
        return build_message(hdrs, root), mid
    if client == "gmail":
        hdrs += [("References", references), ("In-Reply-To", in_reply_to),
                 ("From", frm), ("Date", rfc_date(date)), ("Message-ID", mid),
                 ("Subject", subj), ("To", to), ("Cc", cc), ("Reply-To", reply_to)]
        hdrs += list(extra)
        return build_message(hdrs, root, mime_first=True), mid
    # apple, iphone, thunderbird, webmail, samsung, systems
    hdrs += [("From", frm), ("To", to), ("Cc", cc), ("Reply-To", reply_to),
             ("Subject", subj), ("Date", rfc_date(date)), ("Message-ID", mid),
             ("In-Reply-To", in_reply_to), ("References", references)]
    if client == "iphone":
        hdrs.append(("X-Mailer", "iPhone Mail (22C152)"))
    elif client == "ipad":
        hdrs.append(("X-Mailer", "iPad Mail (22C152)"))
    elif client == "apple":
        hdrs.append(("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"))
    elif client == "thunderbird":
        hdrs.append(("User-Agent", "Mozilla Thunderbird"))
        hdrs.append(("Content-Language", lang))
    hdrs += list(extra)
    return build_message(hdrs, root), mid
# body builders for common clients
# --------------------------------------------------------------------------

IMAGE_BANDS = {
    "zijl": [(0, 122, 135), (255, 255, 255), (0, 122, 135)],
    "apotheek": [(0, 150, 60), (255, 255, 255), (0, 150, 60)],
    "azs": [(0, 61, 121), (240, 240, 240), (0, 61, 121)],
    "ggd": [(230, 0, 126), (255, 255, 255)],
}


# --------------------------------------------------------------------------
# more clients: Apple Mail, iPhone, Thunderbird (format=flowed), Samsung,
# plain text, HTML only
# --------------------------------------------------------------------------

def flow(text, width=72):
    """Wrap for format=flowed: soft breaks end in a space; quote prefixes kept."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        m = re.match(r"^(>+ ?)", line)
        prefix = m.group(1) if m else ""
        body = line[len(prefix):]
        if len(line) <= width:
            out.append(prefix + body.rstrip(" "))
            continue
        wrapped = textwrap.wrap(body, max(20, width - len(prefix)), break_long_words=False,
                                break_on_hyphens=False)
        out.extend(prefix + w + " " for w in wrapped[:-1])
        out.append(prefix + wrapped[-1])
    return "\n".join(out) + "\n"


def quote_lines(text):
    return "\n".join(("> " + l).rstrip() if not l.startswith(">") else (">" + l).rstrip()
                     for l in text.rstrip("\n").split("\n")) + "\n"


def div_lines(text, cls=None):
    c = f' class="{cls}"' if cls else ""
    return "".join(f"<div{c}>{esc(l)}</div>\n" if l.strip() else f"<div{c}><br></div>\n"
                   for l in text.rstrip("\n").split("\n"))


def apple_body(seed, text, *, attr=None, qtext=None, fwd=None, cte="quoted-printable", charset="utf-8"):
    """Apple Mail (macOS): multipart/alternative, plain + WebKit HTML, quotes as blockquote type=cite."""
    plain = text
    htm = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset='
           + charset + '"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
           'line-break: after-white-space;">' + div_lines(text))
    if attr:
        plain += "\n" + attr + "\n\n" + quote_lines(qtext)
        htm += ('<div><br><blockquote type="cite"><div>' + esc(attr) + '</div><br class="Apple-interchange-newline">'
                + div_lines(qtext) + "</blockquote></div>")
    if fwd:
        head, ftext = fwd
        plain += "\n" + head + "\n\n" + ftext
        htm += ('<div><br><blockquote type="cite">' + div_lines(head) + "<br>" + div_lines(ftext) + "</blockquote></div>")
    htm += "</body></html>\n"
    u = h(seed + "apple", 32).upper()
    return multipart("alternative", [text_part(plain, "plain", charset, cte, quote_charset=False),
                                     text_part(htm, "html", charset, cte, quote_charset=False)],
                     f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}")


def samsung_body(seed, text, *, quote_block=None):
    plain = text + ("\n" + quote_block if quote_block else "")
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
           '<div dir="auto">' + "<br>".join(esc(l) for l in text.rstrip("\n").split("\n")) + "</div>")
    if quote_block:
        htm += ('<div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>'
                + "<br>".join(esc(l) for l in quote_block.rstrip("\n").split("\n")) + "</div></div>")
    htm += "</body></html>\n"
    b = h(seed + "sam", 20)
    return multipart("alternative", [text_part(plain, "plain", "UTF-8", "base64", quote_charset=False),
                                     text_part(htm, "html", "UTF-8", "base64", quote_charset=False)],
                     f"--_com.samsung.android.email_{int(b[:12], 16)}")


def simple_html(text):
    return ('<!DOCTYPE html>\n<html><head><meta charset="UTF-8"></head><body>'
            + div_lines(text, "default-style") + "</body></html>\n")


class Q:
    """A message that is quoted or forwarded: who wrote it, when, to whom, subject, text, Message-ID."""

    def __init__(self, name, address, date, to, subject, text, mid=None):
        self.name, self.address, self.date, self.to = name, address, date, to
        self.subject, self.text, self.mid = subject, text, mid


def en_gmail(s):
    d = dt.datetime.fromisoformat(s)
    return f"{EN_DAYS[d.weekday()][:3]}, {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year} at {d:%H:%M}"


def attribution(q, style, en):
    d = dt.datetime.fromisoformat(q.date)
    who = f"{q.name} <{q.address}>"
    if style == "gmail":
        return f"On {en_gmail(q.date)} {who} wrote:" if en else f"Op {nl_gmail(q.date)} schreef {who}:"
    if style in ("apple", "iphone", "ipad"):
        if en:
            return f"On {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}, at {d:%H:%M}, {who} wrote:"
        return f"Op {d.day} {NL_MONTHS_SHORT[d.month - 1]} {d.year} om {d:%H:%M} heeft {who} het volgende geschreven:"
    if style == "thunderbird":
        return f"On {d:%d/%m/%Y %H:%M}, {q.name} wrote:" if en else f"Op {d:%d-%m-%Y} om {d:%H:%M} schreef {q.name}:"
    return f"{q.name} schreef op {d:%d-%m-%Y %H:%M}:"


def outlook_pairs(q, en):
    if en:
        return [("From", f"{q.name} <{q.address}>"), ("Sent", en_long(q.date)), ("To", q.to), ("Subject", q.subject)]
    return [("Van", f"{q.name} <{q.address}>"), ("Verzonden", nl_long(q.date)), ("Aan", q.to), ("Onderwerp", q.subject)]


NASCH = "nascholing@rijnlandumc.nl"
NASCH_NAME = "Nascholing Regionale Huisartsenacademie"
ISARP = "symposium@dcir-rotterdam.nl"
ISARP_NAME = "ISARP 2027 Secretariat"


def compose(seed, date, frm, subject, text, *, client="outlook", to=None, cc=None, reply_to=None,
            quote=None, fwd=None, lang="nl", charset="utf-8", cte=None, utc=False, attachments=(),
            images=None, extra=(), subj_charset="utf-8", subj_mode="Q", name_charset="utf-8",
            name_mode="Q", html=None, prev=None, mid_domain=None, root=None):
    """Build one person-written message. frm = (name, address); quote/fwd = Q."""
    name, address = frm
    frm_h = addr(name, address, name_charset, name_mode)
    if to is None:
        to = addr(NASCH_NAME, NASCH)
    en = lang.startswith("en")
    hlang = {"nl": "nl-NL", "en": "en-GB", "nl-BE": "nl-BE", "en-US": "en-US"}.get(lang, lang)
    irt = prev or (quote.mid if quote else None)
    q = quote or fwd
    if root is not None:
        pass
    elif client in ("outlook", "onprem", "outlook_ios"):
        oq = (outlook_pairs(q, en), q.text) if q else None
        root = outlook_body(seed, text, charset=charset, cte=cte or "quoted-printable",
                            lang="EN-GB" if en else ("NL-BE" if lang == "nl-BE" else "NL"),
                            quote=oq, images=images, attachments=attachments, date=date, bands=IMAGE_BANDS)
    elif client == "owa":
        full = text
        if q:
            full += "\n________________________________\n" + "\n".join(f"{k}: {v}" for k, v in outlook_pairs(q, en)) + "\n\n" + q.text
        root = owa_body(seed, full, charset=charset if charset != "utf-8" else "iso-8859-1", cte=cte or "quoted-printable")
    elif client == "gmail":
        gq = (attribution(quote, "gmail", en), quote.text) if quote else None
        gf = None
        if fwd:
            gf = ([("From" if en else "Van", f"{fwd.name} <{fwd.address}>"),
                   ("Date", en_gmail(fwd.date) if en else nl_gmail(fwd.date)),
                   ("Subject", fwd.subject), ("To", fwd.to)], fwd.text)
        root = gmail_body(seed, text, cte=cte or "base64", quote=gq, forward=gf, attachments=attachments,
                          fwd_label="---------- Forwarded message ---------" if en else "---------- Doorgestuurd bericht ---------")
    elif client == "apple":
        fw = None
        if fwd:
            d = dt.datetime.fromisoformat(fwd.date)
            if en:
                head = (f"Begin forwarded message:\n\nFrom: {fwd.name} <{fwd.address}>\nSubject: {fwd.subject}\n"
                        f"Date: {d.day} {EN_MONTHS[d.month - 1]} {d.year} at {d:%H:%M:%S} CET\nTo: {fwd.to}")
            else:
                head = (f"Begin doorgestuurd bericht:\n\nVan: {fwd.name} <{fwd.address}>\nOnderwerp: {fwd.subject}\n"
                        f"Datum: {d.day} {NL_MONTHS[d.month - 1]} {d.year} om {d:%H:%M:%S} CET\nAan: {fwd.to}")
            fw = (head, fwd.text)
        root = apple_body(seed, text, attr=attribution(quote, "apple", en) if quote else None,
                          qtext=quote.text if quote else None, fwd=fw, cte=cte or "quoted-printable", charset=charset)
        if attachments:
            root = multipart("mixed", [root] + list(attachments), f"Apple-Mail={h(seed + 'mx', 8).upper()}-mixed")
    elif client in ("iphone", "ipad"):
        full = text
        if quote:
            full += "\n" + attribution(quote, "iphone", en) + "\n\n" + quote_lines(quote.text)
        c = cte or ("7bit" if full.isascii() else "quoted-printable")
        root = text_part(full, "plain", charset, c, quote_charset=False)
    elif client == "thunderbird":
        full = text
        if quote:
            full += "\n" + attribution(quote, "thunderbird", en) + "\n" + quote_lines(quote.text)
        root = text_part(flow(full), "plain", "UTF-8", cte or "8bit", params="; format=flowed", quote_charset=False)
    elif client == "samsung":
        qb = None
        if quote:
            d = dt.datetime.fromisoformat(quote.date)
            qb = (("-------- Original message --------\nFrom: " if en else "-------- Oorspronkelijk bericht --------\nVan: ")
                  + f"{quote.name} <{quote.address}>\n" + ("Date: " if en else "Datum: ") + f"{d:%d-%m-%y %H:%M} (GMT+01:00)\n"
                  + ("To: " if en else "Aan: ") + f"{quote.to}\n" + ("Subject: " if en else "Onderwerp: ") + f"{quote.subject}\n\n"
                  + quote.text)
        root = samsung_body(seed, text, quote_block=qb)
    elif client == "html":
        root = text_part(html or simple_html(text), "html", charset, cte or "quoted-printable", quote_charset=False)
    elif client in ("plain", "webmail", "system"):
        full = text
        if quote:
            full += "\n" + attribution(quote, "plain", en) + "\n" + quote_lines(quote.text)
        c = cte or ("7bit" if full.isascii() else "quoted-printable")
        root = text_part(full, "plain", charset, c)
        if attachments:
            root = multipart("mixed", [root] + list(attachments), f"=_mix_{h(seed, 16)}")
    else:
        raise ValueError(client)
    hclient = {"plain": "webmail", "html": "webmail", "samsung": "samsung"}.get(client, client)
    data, mid = human_mail(seed=seed, date=date, frm=frm_h, to=to, subject=subject, root=root, client=hclient,
                           cc=cc, reply_to=reply_to, in_reply_to=irt, references=irt, extra=extra, lang=hlang,
                           utc=utc, subj_charset=subj_charset, subj_mode=subj_mode, mid_domain=mid_domain)
    return data


# --------------------------------------------------------------------------
# catalogue data and the organisers' own texts that people quote
# --------------------------------------------------------------------------

with open(os.path.join(HERE, "catalogue.toml"), "rb") as _f:
    CAT = tomllib.load(_f)
SESS = {}
for _ev in CAT["events"]:
    for _s in _ev["sessions"]:
        SESS[_s["key"]] = dict(_s, event=_ev["key"])


def hhmm(t, sep="."):
    return f"{t.hour:02d}{sep}{t.minute:02d}"


def nl_date(d, weekday=True, year=True):
    s = f"{d.day} {NL_MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")
    return f"{NL_DAYS[d.weekday()]} {s}" if weekday else s


def en_date(d, weekday=True):
    s = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    return f"{EN_DAYS[d.weekday()]} {s}" if weekday else s


def when_nl(key):
    s = SESS[key]
    return f"{nl_date(s['starts'])}, {hhmm(s['starts'])}-{hhmm(s['ends'])} uur"


def when_en(key):
    s = SESS[key]
    if s["starts"].date() != s["ends"].date():
        return f"{en_date(s['starts'])} {hhmm(s['starts'], ':')} – {en_date(s['ends'])} {hhmm(s['ends'], ':')}"
    return f"{en_date(s['starts'])}, {hhmm(s['starts'], ':')}-{hhmm(s['ends'], ':')}"


def where(key):
    s = SESS[key]
    return s["venue"] + (f", {s['address']}" if s.get("address") else "")


RHA_SIG = T("""
    Secretariaat Nascholing
    Regionale Huisartsenacademie – Rijnland UMC
    Hippocrateslaan 10, 2333 ZA Leiden
    nascholing@rijnlandumc.nl | 071 - 555 0190
    """)

INVITE_DATE = "2026-11-30 09:00"
INVITE_SUBJECT = "Uitnodiging nascholingsprogramma 2027 – Regionale Huisartsenacademie"
INVITE_MID = svc_mid("rha-invite-2027", "rijnlandumc.nl")


def invite_text():
    def mod(n, keys):
        t = SESS[keys[0]]["title"].split(" (")[0]
        lines = [t]
        for k in keys:
            s = SESS[k]
            lines.append(f"- {nl_date(s['starts'])} in {s['city']} ({s['venue'].split(' (')[0]})")
        return "\n".join(lines)

    ws = []
    for k in ["rha-ws-dermatoscopie", "rha-ws-echografie", "rha-ws-deprescribing", "rha-ws-chirurgie", "rha-ws-fto", "rha-ws-vallen"]:
        s = SESS[k]
        letter, title = s["title"].split(" – ", 1)
        extra = ", max. 12 deelnemers" if k == "rha-ws-echografie" else ""
        title = title.replace(" (hands-on)", ", hands-on")
        ws.append(f"- {letter[-1]}. {title} ({NL_DAYS_SHORT[s['starts'].weekday()]} {hhmm(s['starts'])}-{hhmm(s['ends'])}{extra})")
    return T("""
        Geachte collega,

        Graag nodigen wij u uit voor het geaccrediteerde nascholingsprogramma 2027 van de Regionale Huisartsenacademie van het Rijnland UMC, voor huisartsen, huisartsen in opleiding, praktijkondersteuners, praktijkverpleegkundigen en apothekers.

        AVONDMODULES FARMACOTHERAPIE IN DE EERSTE LIJN
        19.00-21.30 uur, 2 accreditatiepunten per module. U kunt één, meer of alle modules volgen.

        @M1@

        @M2@

        @M3@

        @M4@

        LUNCHWEBINAR
        Leefstijl als medicijn bij hypertensie
        - woensdag 17 februari 2027, 12.30-13.30 uur, online via Zoom (ook voor doktersassistenten)

        RIJNLANDSE HUISARTSENDAGEN 2027
        Donderdag 25 en vrijdag 26 maart 2027, Congrescentrum De Sleutelhof, Leiden. Beide middagen plenair programma (13.00-17.30 uur en 13.00-17.00 uur); 's ochtends parallelle workshops, maximaal 2 per deelnemer:
        @WS@
        De inschrijving voor de Huisartsendagen sluit op maandag 1 maart 2027.

        AANMELDEN
        Stuur een e-mail naar nascholing@rijnlandumc.nl met uw naam, functie, BIG-nummer (of registratienummer) en de onderdelen die u wilt volgen. U ontvangt per onderdeel een bevestiging.

        Met collegiale groet,

        @SIG@
        """).replace("@M1@", mod(1, ["rha-m1-leiden", "rha-m1-delft"])).replace("@M2@", mod(2, ["rha-m2-leiden"])) \
        .replace("@M3@", mod(3, ["rha-m3-leiden", "rha-m3-delft"])).replace("@M4@", mod(4, ["rha-m4-delft"])) \
        .replace("@WS@", "\n".join(ws)).replace("@SIG@", RHA_SIG.rstrip("\n"))


def invite_q(to):
    return Q("Regionale Huisartsenacademie", NASCH, INVITE_DATE, to, INVITE_SUBJECT, invite_text(), INVITE_MID)


REMINDER_DATE = "2027-02-15 09:00"
REMINDER_SUBJECT = "Nog twee weken: inschrijving Rijnlandse Huisartsendagen sluit 1 maart"
REMINDER_MID = svc_mid("rha-reminder-2027", "rijnlandumc.nl")
REMINDER_TEXT = T("""
    Geachte collega,

    Op donderdag 25 en vrijdag 26 maart 2027 vinden de Rijnlandse Huisartsendagen plaats in Congrescentrum De Sleutelhof in Leiden. De inschrijving sluit op maandag 1 maart.

    Er is nog plaats in de workshops A (dermatoscopie), C (deprescribing), D (kleine chirurgie), E (FTO) en F (valpreventie). Workshop B (point-of-care echografie) is volgeboekt.

    Aanmelden kan door deze e-mail te beantwoorden met de dag(en) en maximaal twee workshops.

    Met collegiale groet,

    Regionale Huisartsenacademie – Rijnland UMC
    """)

HD2026_DATE = "2025-12-01 09:00"
HD2026_SUBJECT = "Uitnodiging Rijnlandse Huisartsendagen 2026"
HD2026_MID = svc_mid("rha-hd2026-invite", "rijnlandumc.nl")
HD2026_TEXT = T("""
    Geachte collega,

    Op donderdag 26 en vrijdag 27 maart 2026 organiseert de Regionale Huisartsenacademie weer de Rijnlandse Huisartsendagen in Congrescentrum De Sleutelhof in Leiden. Thema dit jaar: 'De huisarts als regisseur'.

    Beide dagen een plenair middagprogramma, 's ochtends workshops. Het volledige programma vindt u op onze website.

    Inschrijven kan tot en met maandag 2 maart 2026 door te antwoorden op deze e-mail.

    Met collegiale groet,

    Regionale Huisartsenacademie – Rijnland UMC
    """)


def conf_subject(keys):
    if len(keys) == 1:
        s = SESS[keys[0]]
        return f"Bevestiging inschrijving: {s['title']}"
    return "Bevestiging inschrijving nascholing 2027"


def conf_text(keys, name):
    items = "\n".join(f"- {SESS[k]['title']}\n  {when_nl(k)}, {where(k)}" for k in keys)
    return T("""
        Beste @NAME@,

        Hartelijk dank voor uw inschrijving. Hierbij bevestigen wij uw deelname aan:

        @ITEMS@

        Wilt u zich afmelden of een andere datum kiezen? Beantwoord dan deze e-mail. Bij afmelding later dan 48 uur van tevoren brengen wij 35 euro administratiekosten in rekening.

        Met vriendelijke groet,

        @SIG@
        """).replace("@NAME@", name).replace("@ITEMS@", items).replace("@SIG@", RHA_SIG.rstrip("\n"))


def conf_q(keys, name, to, date, seed):
    return Q("Nascholing Regionale Huisartsenacademie", NASCH, date, to, conf_subject(keys),
             conf_text(keys, name), svc_mid("conf-" + seed, "rijnlandumc.nl"))


ISARP_INVITE_DATE = "2027-01-11 10:00"
ISARP_INVITE_SUBJECT = "Registration open: ISARP 2027, Rotterdam, 19-21 May 2027"
ISARP_INVITE_MID = svc_mid("isarp-invite", "dcir-rotterdam.nl")
ISARP_INVITE_TEXT = T("""
    Dear colleague,

    Registration is now open for ISARP 2027, the International Symposium on Antimicrobial Resistance in Primary and Long-term Care, at the Maas Congress Centre in Rotterdam.

    Programme
    - Wednesday 19 May: pre-conference workshops
      Morning (09:00-12:30): Workshop 1 - Antimicrobial stewardship in primary care; Workshop 2 - Genomic surveillance of AMR for beginners
      Afternoon (13:30-17:00): Workshop 3 - Infection prevention in long-term care facilities; Workshop 4 - One Health: antibiotic use in animals and humans
    - Thursday 20 and Friday 21 May: main conference (also available via livestream)
    - Thursday 20 May, 19:00: conference dinner at Harbour Hall

    You may book at most two pre-conference workshops (one morning, one afternoon). Workshops can be booked without the main conference.

    How to register
    Reply to this e-mail or write to symposium@dcir-rotterdam.nl with your name, affiliation and the parts you wish to attend. Registration closes on 30 April 2027.

    Kind regards,

    ISARP 2027 Secretariat
    Delta Centre for Infection Research (DCIR)
    Rotterdam, the Netherlands
    """)


def isarp_invite_q(to):
    return Q("ISARP 2027 Secretariat", ISARP, ISARP_INVITE_DATE, to, ISARP_INVITE_SUBJECT, ISARP_INVITE_TEXT, ISARP_INVITE_MID)


def isarp_conf_subject(keys):
    return "ISARP 2027 - registration confirmed"


def isarp_conf_text(keys, name):
    items = "\n".join(f"- {SESS[k]['title']}: {when_en(k)}" for k in keys)
    return T("""
        Dear @NAME@,

        Thank you for registering for ISARP 2027. We are pleased to confirm your registration for:

        @ITEMS@

        Venue: Maas Congress Centre, Maasboulevard 100, 3011 TX Rotterdam. An invoice will follow separately. If you need to change or cancel your registration, simply reply to this e-mail.

        Kind regards,

        ISARP 2027 Secretariat
        Delta Centre for Infection Research (DCIR)
        """).replace("@NAME@", name).replace("@ITEMS@", items)


def isarp_conf_q(keys, name, to, date, seed):
    return Q("ISARP 2027 Secretariat", ISARP, date, to, isarp_conf_subject(keys),
             isarp_conf_text(keys, name), svc_mid("iconf-" + seed, "dcir-rotterdam.nl"))


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------

MESSAGES = []


def L(kind, sessions=(), participants=(), review=False, note="", from_sessions=None, **alternatives):
    """alternatives: kind_alt, sessions_alt, participants_alt, sessions_allowed (see README)."""
    d = {"kind": kind, "sessions": list(sessions)}
    if kind == "change":
        d["from_sessions"] = list(from_sessions or [])
    d["participants"] = [p.lower() for p in participants]
    d["review"] = review
    d["note"] = note
    d.update(alternatives)
    return d


def add_raw(name, date, data, lbl):
    MESSAGES.append({"name": name, "date": date, "data": data[0] if isinstance(data, tuple) else data, "label": lbl})


def add(name, date, frm, subject, text, lbl, **kw):
    add_raw(name, date, compose(name, date, frm, subject, text, **kw), lbl)


def TO_ISARP():
    return addr(ISARP_NAME, ISARP)


MODULES = ["rha-m1-leiden", "rha-m1-delft", "rha-m2-leiden", "rha-m3-leiden", "rha-m3-delft", "rha-m4-delft"]


# ==========================================================================
# MESSAGES
# ==========================================================================

# ===================== avondmodules: registrations =====================

ZIJL_LOGO = {"zijl": ("image001.png@01DD6A21.4F0B2E10", "Huisartsenpraktijk De Zijl", 180, 52)}

add("m01", "2026-11-30 11:02", ("Anne-Marie Verschuur", "A.Verschuur@huisartsenpraktijkdezijl.nl"),
    "Aanmelding module 1 Leiden", T("""
        Geachte heer/mevrouw,

        Graag meld ik mij aan voor module 1 (diabetes type 2) op dinsdag 2 februari in Leiden.

        BIG-nummer: 39012345601

        Met vriendelijke groet,

        Anne-Marie Verschuur
        huisarts

        Huisartsenpraktijk De Zijl
        Zijlsingel 41 | 2315 KD Leiden
        T 071 - 512 33 80 | spoedlijn 071 - 512 33 81
        www.huisartsenpraktijkdezijl.nl
        [[IMG:zijl]]
        """),
    L("register", ["rha-m1-leiden"], ["a.verschuur@huisartsenpraktijkdezijl.nl"],
      note="Plain registration: module number, topic, weekday, date and city all agree. BIG number and phone numbers in the body; Outlook, windows-1252 quoted-printable, inline logo, address in mixed case."),
    charset="windows-1252", images=ZIJL_LOGO, utc=True, extra=[("X-MS-Has-Attach", "yes")])

add("m02", "2026-11-30 13:47", ("Joost Bakels", "joost.bakels.huisarts@gmail.com"),
    "Inschrijving avondmodules", T("""
        Beste nascholingscommissie,

        Ik wil me graag inschrijven voor module 1, 2 en 3, alle drie in Leiden.

        Groet,
        Joost Bakels
        waarnemend huisarts, BIG 69023456701
        """),
    L("register", ["rha-m1-leiden", "rha-m2-leiden", "rha-m3-leiden"], ["joost.bakels.huisarts@gmail.com"],
      note="Three modules by number, one city for all three (module 2 exists only in Leiden anyway). Gmail, base64."),
    client="gmail")

add("m03", "2026-11-30 16:20", ("Sophie Lammers", "s.lammers@gcstevenshof.nl"),
    "RE: " + INVITE_SUBJECT, T("""
        Ik doe graag mee met 1 en 3, beide in Leiden. Mijn BIG-nummer stuur ik morgen, die heb ik nu niet bij de hand.

        Groet,
        Sophie Lammers
        POH-S Gezondheidscentrum Stevenshof
        """),
    L("register", ["rha-m1-leiden", "rha-m3-leiden"], ["s.lammers@gcstevenshof.nl"],
      note="Two-line reply above the quoted invitation, which lists every module, date, city and workshop. '1 en 3' are module numbers. The missing BIG number does not block the registration."),
    quote=invite_q("s.lammers@gcstevenshof.nl"), to=addr("Regionale Huisartsenacademie", NASCH))

add("m04", "2026-12-01 08:12", ("Marijke van den Berg", "m.vandenberg@apotheekhaagpoort.nl"),
    "Inschrijving nascholing 2027", T("""
        Goedemorgen,

        Ik wil graag alle modules volgen behalve module 3 (COPD en astma doe ik al via de kaderopleiding). Waar mogelijk in Delft graag, dat is voor mij het dichtstbij.

        Met vriendelijke groet,

        drs. Marijke van den Berg
        openbaar apotheker
        Apotheek Haagpoort, Delft
        """),
    L("register", ["rha-m1-delft", "rha-m2-leiden", "rha-m4-delft"], ["m.vandenberg@apotheekhaagpoort.nl"],
      note="Exclusion ('alle modules behalve module 3') plus 'waar mogelijk in Delft': modules 1 and 4 in Delft, module 2 is only given in Leiden."),
    client="outlook")

add("m05", "2026-12-01 19:33", ("Rob Hoekstra", "r.hoekstra@apotheekdekolk.nl"),
    "Nascholing", T("""
        Beste mensen,

        Ik kom graag op 4 februari en op 15 april.

        Vriendelijke groet,
        Rob Hoekstra
        Apotheek De Kolk, Pijnacker
        """),
    L("register", ["rha-m1-delft", "rha-m3-delft"], ["r.hoekstra@apotheekdekolk.nl"],
      note="Sessions given only by date: 4 February = module 1 Delft, 15 April = module 3 Delft. Apple Mail."),
    client="apple")

add("m06", "2026-12-02 07:41", ("Fatima Ouali", "f.ouali@hadevliet.nl"),
    "Aanmelding", T("""
        Goedemorgen, ik wil me aanmelden voor de donderdagavond in februari. Ik ben POH-S bij HA De Vliet in Rijswijk.
        Gr Fatima

        Verstuurd vanaf mijn iPhone
        """),
    L("register", ["rha-m1-delft"], ["f.ouali@hadevliet.nl"],
      note="Weekday plus month only: the only Thursday evening in February is module 1 in Delft. Signature names Rijswijk, which is no session city."),
    client="iphone")

add("m07", "2026-12-02 12:15", ("Kok, Hendrik-Jan", "hj.kok@huisartsenvoorschoten.nl"),
    "Inschrijving diabetesavond", T("""
        Beste collega's,

        Kunt u mij inschrijven voor de avond over diabetesmedicatie? Ik werk in Voorschoten, dus Leiden ligt voor mij het meest voor de hand.

        Met collegiale groet,

        Hendrik-Jan Kok
        huisarts, Huisartsen Voorschoten
        """),
    L("register", ["rha-m1-leiden"], ["hj.kok@huisartsenvoorschoten.nl"],
      note="Module by paraphrase of its topic ('de avond over diabetesmedicatie'); city from 'Leiden ligt het meest voor de hand'."),
    utc=True)


def table_mail_m08():
    name, address = "Ingrid Smulders", "i.smulders@apotheekwestlandnoord.nl"
    rows = [("1 – Diabetes type 2", "", "X"), ("2 – Polyfarmacie ouderen", "X", "n.v.t."),
            ("3 – COPD en astma", "", ""), ("4 – Somberheid en angst", "n.v.t.", "X")]
    intro = "Goedenavond,\n\nHierbij mijn keuze voor de avondmodules, zie de tabel hieronder.\n"
    outro = "\nMet vriendelijke groet,\n\nIngrid Smulders\nApotheker, Apotheek Westland-Noord\n"
    # Outlook's plain-text rendering of a table: one cell per line
    plain = intro + "\n" + "\n".join(["Module", "Leiden", "Delft"] + [c if c else " " for r in rows for c in r]) + "\n" + outro
    cell = 'style="border:solid #8EAADB 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"'
    trs = '<tr><td {c}><p class="MsoNormal"><b>Module</b></p></td><td {c}><p class="MsoNormal"><b>Leiden</b></p></td><td {c}><p class="MsoNormal"><b>Delft</b></p></td></tr>\n'.format(c=cell)
    for r in rows:
        trs += "<tr>" + "".join(f'<td {cell}><p class="MsoNormal" align="center" style="text-align:center">{esc(v) if v else "&nbsp;"}<o:p></o:p></p></td>' for v in r) + "</tr>\n"
    body = (word_paras(intro, {}) + '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse;border:none">\n<tbody>\n' + trs + "</tbody></table>\n" + word_paras(outro, {}))
    htm = WORD_HEAD.replace("@CHARSET@", "utf-8").replace("@LANG@", "NL") + body + WORD_TAIL
    root = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                     text_part(htm, "html", "utf-8", "quoted-printable")], f"_000_{h('m08', 24).upper()}_")
    return compose("m08", "2026-12-03 21:05", (name, address), "Keuze avondmodules 2027", "", root=root)


add_raw("m08", "2026-12-03 21:05", table_mail_m08(),
        L("register", ["rha-m1-delft", "rha-m2-leiden", "rha-m4-delft"], ["i.smulders@apotheekwestlandnoord.nl"],
          note="Choice made with crosses in an HTML table (modules x Leiden/Delft, 'n.v.t.' where a module is not given). The text/plain part is Outlook's rendering with one cell per line, so the crosses lose their columns there."))

add("m09", "2026-12-04 10:30", ("Pieter Zwart", "p.zwart@huisartsenoegstgeest.nl"),
    "Module 3", T("""
        Beste organisatie,

        Graag zou ik me aanmelden voor module 3 (COPD/astma) in Leiden op 13 april, en mocht die vol zijn dan in Delft op de 15e.

        Groet,
        Pieter Zwart
        huisarts te Oegstgeest
        """),
    L("register", ["rha-m3-leiden"], ["p.zwart@huisartsenoegstgeest.nl"],
      note="Fallback ('mocht die vol zijn dan in Delft'): the first choice has room, so only Leiden. Thunderbird, format=flowed."),
    client="thunderbird")

add("m10", "2026-12-04 14:02", ("Eline Brouwer", "e.brouwer@praktijkdebuitenplaats.nl"),
    "Aanmelding module 1", T("""
        Hallo,

        Ik wil graag module 1 volgen in Delft – sorry, ik bedoel Leiden, op dinsdag 2 februari dus. Mijn collega mailde net dat zij naar Delft gaat, vandaar de verwarring.

        Hartelijke groet,
        Eline Brouwer
        Praktijk De Buitenplaats, Leiderdorp
        """),
    L("register", ["rha-m1-leiden"], ["e.brouwer@praktijkdebuitenplaats.nl"],
      note="Self-correction ('Delft – sorry, ik bedoel Leiden'), confirmed by 'dinsdag 2 februari'. The colleague who goes to Delft is only mentioned, not registered, so she needs no follow-up."))

add("m11", "2026-12-05 09:15", ("W. Schipper", "w.schipper@huisartsenkatwijkaanzee.nl"),
    "Inschrijving module 2", T("""
        Geachte heer/mevrouw,

        Graag meld ik me aan voor module 2 op 2 maart, als mijn dienst op de huisartsenpost het toelaat. Het rooster voor maart komt pas in januari uit; lukt het niet, dan meld ik me tijdig af.

        Met vriendelijke groet,

        Wouter Schipper
        Huisartsen Katwijk aan Zee
        BIG 09045678901
        """),
    L("register", ["rha-m2-leiden"], ["w.schipper@huisartsenkatwijkaanzee.nl"],
      note="Registration with a condition the sender will resolve himself ('als mijn dienst het toelaat ... dan meld ik me tijdig af'): register now, no follow-up needed."),
    charset="windows-1252")

add("m12", "2026-12-05 11:40", ("Karin de Haas", "k.dehaas@gcnoordwijk.nl"),
    "Module 4", T("""
        Beste mensen,

        Module 4 spreekt me erg aan, maar ik weet nog niet of ik op 20 mei kan: ik zit dan mogelijk in het buitenland. Ik laat het nog weten!

        Groetjes,
        Karin de Haas
        POH-GGZ, Gezondheidscentrum Noordwijk
        """),
    L("other", note="Future intent only ('ik laat het nog weten'): names module 4 and its date but asks for nothing yet. Nothing to register; an acknowledgement is optional.",
      kind_alt=["question"]),
    client="outlook")

add("m13", "2026-12-06 10:05", ("Bart Jongeneel", "b.jongeneel@gcleidsevaart.nl"),
    "Aanmelding module 1 (Leiden)", T("""
        Goedemorgen,

        Ik meld me aan voor module 1 in Leiden. Mijn collega's van het gezondheidscentrum melden zich zelf aan, die hebben de uitnodiging ook gekregen.

        Met vriendelijke groet,
        Bart Jongeneel, huisarts
        Gezondheidscentrum Leidse Vaart
        """),
    L("register", ["rha-m1-leiden"], ["b.jongeneel@gcleidsevaart.nl"],
      note="'Mijn collega's melden zich zelf aan': only the sender is registered and nobody needs follow-up."),
    client="owa", charset="iso-8859-1")

add("m14", "2026-12-07 09:20", ("Huisartsenpraktijk Hoflaan", "info@huisartsenhoflaan-delft.nl"),
    "Inschrijving dokter De Groot", T("""
        Goedemorgen,

        Namens dokter De Groot wil ik graag een inschrijving doorgeven voor module 1 en module 3, beide in Delft.
        Haar e-mailadres is p.degroot@huisartsenhoflaan-delft.nl, BIG-nummer 19034567801.

        Met vriendelijke groet,

        Sanne Bos
        doktersassistente
        Huisartsenpraktijk Hoflaan
        Hoflaan 3 | 2613 AB Delft
        """),
    L("register", ["rha-m1-delft", "rha-m3-delft"], ["p.degroot@huisartsenhoflaan-delft.nl"],
      note="An assistant registers her doctor from the practice mailbox and gives the doctor's own address; the practice mailbox and the assistant are not participants."))

add("m15", "2026-12-07 15:44", ("Assistentes Praktijk Zoeterwoude-Dorp", "assistentes@praktijkzoeterwoudedorp.nl"),
    "inschrijving dokter van Leeuwen", T("""
        Goedemiddag,

        Wilt u dokter Van Leeuwen inschrijven voor module 2 in maart? Zij heeft geen eigen mailadres bij ons, de bevestiging mag naar dit adres. Het BIG-nummer volgt.

        Groet,
        Mirjam
        assistente
        """),
    L("register", ["rha-m2-leiden"], ["assistentes@praktijkzoeterwoudedorp.nl"],
      review=True,
      note="On-behalf registration of a doctor without an address of her own; the shared practice mailbox is the only contact. Someone has to record the doctor's name (and later her BIG number) against that mailbox.",
      participants_alt=[[]]),
    client="plain")

add("m16", "2026-12-08 08:55", ("Lisa Hermans", "l.hermans@huisartsenwassenaar.nl"),
    "Aanmelding modules 1 en 3", T("""
        Beste organisatie,

        Mijn collega Tim van Rijn (in cc) en ik willen ons graag aanmelden voor module 1 en module 3, allebei in Leiden.

        Met vriendelijke groet,
        Lisa Hermans
        Huisartsen Wassenaar
        """),
    L("register", ["rha-m1-leiden", "rha-m3-leiden"], ["l.hermans@huisartsenwassenaar.nl", "t.vanrijn@huisartsenwassenaar.nl"],
      note="Sender plus a colleague whose address is only in Cc; both for the same two sessions."),
    cc=addr("Tim van Rijn", "t.vanrijn@huisartsenwassenaar.nl"))

add("m17", "2026-12-08 13:10", ("Marloes Kerkhof", "marloes.kerkhof@hotmail.com"),
    "opgeven module 3", T("""
        Hoi,

        Ik wil me opgeven voor module 3 in Delft samen met mijn collega-POH Ilse Vermeulen.

        Groetjes Marloes
        POH-S, Huisartsen Ackerswoude Pijnacker

        Verstuurd vanaf mijn iPhone
        """),
    L("register", ["rha-m3-delft"], ["marloes.kerkhof@hotmail.com"], review=True,
      note="Colleague Ilse Vermeulen named without an address: the sender can be registered, the colleague needs follow-up."),
    client="iphone")

add("m18", "2026-12-09 10:00", ("Gijs Moerman", "g.moerman@huisartsenmaasland.nl"),
    "Module 1: twee aanmeldingen", T("""
        Beste mensen,

        Ik kom op dinsdag 2 februari naar Leiden voor module 1. Mijn collega Mark Teunissen (m.teunissen@huisartsenmaasland.nl) werkt op dinsdagavond, dus hij gaat liever naar de herhaling in Delft op donderdag 4 februari.

        Met vriendelijke groet,
        Gijs Moerman
        huisarts, Huisartsen Maasland
        """),
    L("register", ["rha-m1-leiden", "rha-m1-delft"], ["g.moerman@huisartsenmaasland.nl", "m.teunissen@huisartsenmaasland.nl"],
      review="any",
      note="Two people, each for a different evening of the same module (sender Leiden, colleague with address Delft). Sessions and participants are the union; registering both people for both evenings would be wrong, so acting needs a per-person mapping or a person."))

add("m19", "2026-12-09 16:30", ("Nadia Amrani", "nadia.amrani.apotheker@gmail.com"),
    "Fwd: " + INVITE_SUBJECT, T("""
        Goedemiddag,

        Ik kreeg onderstaande uitnodiging van een collega doorgestuurd. Graag schrijf ik me in voor de COPD-avond in Delft.

        Met vriendelijke groet,
        Nadia Amrani
        apotheker, Apotheek Hof van Delfland
        """),
    L("register", ["rha-m3-delft"], ["nadia.amrani.apotheker@gmail.com"],
      note="Forward of the full invitation (every module and city); the choice is in the top text by topic ('COPD-avond') and city."),
    client="gmail", fwd=invite_q("Huisartsen Delfland <info@huisartsendelfland.nl>"))

add("m20", "2026-12-10 11:11", ("Vermeer, Daan", "d.vermeer@huisartsenrijnsburg.nl"),
    "FW: " + INVITE_SUBJECT, T("""
        Graag aanmelden, zie onderstaande.

        Groet Daan
        """),
    L("register", [], ["d.vermeer@huisartsenrijnsburg.nl"], review=True,
      note="Wants to register but names nothing; the forwarded invitation lists all modules, the webinar and the symposium with its workshops."),
    fwd=invite_q("Huisartsen Rijnsburg <praktijk@huisartsenrijnsburg.nl>"), utc=True)

add("m21", "2026-12-10 20:15", ("Yvonne Kramer", "yvonne.kramer@ziggo.nl"),
    "inschrijven alle modules", T("""
        Beste heer, mevrouw,

        Graag schrijf ik me in voor alle vier de modules. Ik ben praktijkverpleegkundige in Leidschendam.

        Met vriendelijke groet,
        Yvonne Kramer
        """),
    L("register", ["rha-m2-leiden", "rha-m4-delft"], ["yvonne.kramer@ziggo.nl"], review=True,
      note="'Alle vier de modules' without a city: modules 2 and 4 have a single evening, but for modules 1 and 3 Leiden or Delft has to be asked (Leidschendam lies between the two).",
      sessions_allowed=MODULES),
    client="plain", extra=[("X-Mailer", "Ziggo Webmail")])

add("m22", "2026-12-11 07:02", ("Jolien Maas", "jolienmaas.pvk@gmail.com"),
    "copd avond", T("""
        hoi! wil me graag opgeven voor copd avond in leiden 13 april. groetjes jolien (pvk praktijk de linde, leiden)

        Verstuurd vanaf mijn iPhone
        """),
    L("register", ["rha-m3-leiden"], ["jolienmaas.pvk@gmail.com"],
      note="All lower case from a phone; topic, city and date agree (module 3 Leiden)."),
    client="iphone")

add("m23", "2026-12-11 12:40", ("Ruud van Dijk", "ruud.vandijk@huisartsenleiderdorp.nl"),
    "aanmelding", T("""
        Beste,

        Ik schrijf me in voor de dinsdagavond in april.

        Ruud van Dijk
        huisarts Leiderdorp
        """),
    L("register", ["rha-m3-leiden"], ["ruud.vandijk@huisartsenleiderdorp.nl"],
      note="Weekday and month only: the Tuesday evening in April is module 3 in Leiden."),
    client="thunderbird")

add("m24", "2026-12-12 10:20", ("Chantal Meijer", "c.meijer@huisartsendelftzuid.nl"),
    "Aanmelding nascholing POH-GGZ", T("""
        Goedemorgen,

        Als POH-GGZ wil ik me graag aanmelden voor de avond over het afbouwen van antidepressiva in mei.

        Met vriendelijke groet,

        Chantal Meijer
        POH-GGZ | Huisartsen Delft-Zuid
        """),
    L("register", ["rha-m4-delft"], ["c.meijer@huisartsendelftzuid.nl"],
      note="Module 4 by paraphrase ('avond over het afbouwen van antidepressiva') and month; a POH-GGZ is in the audience."))

add("m25", "2026-12-13 20:48", ("Henk Postma", "henk.postma@kpnmail.nl"),
    "Nascholing", T("""
        Graag inschrijven voor de module over medicatie bij ouderen.
        Groet, H. Postma, waarnemend huisarts



        Verzonden vanaf mijn Galaxy
        """),
    L("register", ["rha-m2-leiden"], ["henk.postma@kpnmail.nl"],
      note="'De module over medicatie bij ouderen' is module 2 (polyfarmacie); the symposium workshops C (deprescribing) and F (valpreventie en medicatie bij ouderen) are similar but are workshops, not modules. Samsung Email, base64."),
    client="samsung")

add("m26", "2026-12-14 09:30", ("Tom Verhagen", "t.verhagen@apotheekdeposthoorn.nl"),
    "Aanmelding module 2 + vraag", T("""
        Geachte heer/mevrouw,

        Ik meld me aan voor module 2 op 2 maart.

        Is deze module ook geaccrediteerd voor apothekers (KABIZ)? En mag ik mijn apothekersassistente meenemen, of is de avond alleen voor apothekers en huisartsen?

        Met vriendelijke groet,
        Tom Verhagen
        Apotheek De Posthoorn
        """),
    L("register", ["rha-m2-leiden"], ["t.verhagen@apotheekdeposthoorn.nl"], review=True,
      note="Clear registration plus two questions (accreditation for pharmacists, bringing an assistant who is outside the audience) that need a person's answer."),
    charset="windows-1252")

add("m27", "2026-12-14 14:14", ("Jasper Wijnands", "j.wijnands@huisartsenlisse.nl"),
    "Aanmelding AIOS", T("""
        Beste organisatie,

        Als huisarts in opleiding (tweede jaar) wil ik me graag aanmelden voor module 1 en module 2, allebei in Leiden. Mijn opleider, dr. Kuipers, gaat ook mee naar module 2.

        Met vriendelijke groet,
        Jasper Wijnands
        AIOS, Huisartsenpraktijk Lisse
        """),
    L("register", ["rha-m1-leiden", "rha-m2-leiden"], ["j.wijnands@huisartsenlisse.nl"], review=True,
      note="Sender for two modules; his trainer dr. Kuipers comes to module 2 but is named without an address."))

add("m28", "2026-12-15 11:00", ("Sander Ruijs", "s.ruijs@xs4all.nl"),
    "Inschrijving modules", T("""
        Dag,

        Als waarnemend huisarts wil ik me inschrijven voor module 3 in Delft en voor module 4.

        Groet,
        Sander Ruijs
        BIG 49056789001
        """),
    L("register", ["rha-m3-delft", "rha-m4-delft"], ["s.ruijs@xs4all.nl"],
      note="Module 3 with a city, module 4 without one (it only runs in Delft)."),
    client="thunderbird")

add("m29", "2026-12-15 16:05", ("Jacqueline Vos", "j.vos@gcdekeurvorst.nl"),
    "Aanmelding drie huisartsen module 2", T("""
        Goedemiddag,

        Graag meld ik de volgende huisartsen van ons gezondheidscentrum aan voor module 2 (polyfarmacie) op dinsdag 2 maart:

        - Annemieke Bos, a.bos@gcdekeurvorst.nl
        - Rahul Kaya, r.kaya@gcdekeurvorst.nl
        - Evert Dekker, e.dekker@gcdekeurvorst.nl

        Zelf kom ik niet; ik ben de praktijkmanager.

        Met vriendelijke groet,
        Jacqueline Vos
        praktijkmanager Gezondheidscentrum De Keurvorst
        """),
    L("register", ["rha-m2-leiden"], ["a.bos@gcdekeurvorst.nl", "r.kaya@gcdekeurvorst.nl", "e.dekker@gcdekeurvorst.nl"],
      note="Practice manager registers three doctors (bulleted, with addresses) and explicitly not herself."))

add("m30", "2026-12-16 09:12", ("Frank Smit", "f.smit@huisartsenvalkenburg.nl"),
    "Module 1", T("""
        Geachte organisatie,

        Graag meld ik mij aan voor module 1 (diabetes).

        Met vriendelijke groet,
        F. Smit, huisarts
        """),
    L("register", [], ["f.smit@huisartsenvalkenburg.nl"], review=True,
      note="Module 1 runs in Leiden and in Delft and the sender does not say which; Valkenburg (ZH) is near Leiden but that is a guess.",
      sessions_allowed=["rha-m1-leiden", "rha-m1-delft"]))

add("m31", "2026-12-16 13:30", ("Hanneke Visser", "h.visser@huisartsenstompwijk.nl"),
    "aanmelding module 3", T("""
        Hallo,

        Ik wil me graag aanmelden voor module 3 op dinsdag 15 april.

        Met groet,
        Hanneke Visser
        """),
    L("register", [], ["h.visser@huisartsenstompwijk.nl"], review=True,
      note="Contradiction: 'dinsdag' points to Leiden (13 April), '15 april' to Delft (a Thursday). A person has to ask.",
      sessions_alt=[["rha-m3-leiden"], ["rha-m3-delft"]]),
    client="owa")

add("m32", "2026-12-17 10:45", ("Els van der Meer", "els.vdmeer@gmail.com"),
    "Aanmelding lunchwebinar", T("""
        Goedemorgen,

        Ik meld me aan voor het lunchwebinar op 17 februari. Ik stuur dit vanaf mijn privémail; wilt u de bevestiging en de Zoom-link naar mijn werkadres sturen: e.vandermeer@huisartsenleidenzuid.nl?

        Dank u wel!
        Els van der Meer
        praktijkverpleegkundige
        """),
    L("register", ["rha-webinar-leefstijl"], ["e.vandermeer@huisartsenleidenzuid.nl"],
      note="Sent from a private address but asks for everything to go to her work address: she is one person, registered under the work address.",
      participants_alt=[["els.vdmeer@gmail.com"]]),
    client="gmail")

add("m33", "2026-12-18 08:30", ("Ahmed Yilmaz", "a.yilmaz@huisartsendenhoorn.nl"),
    "Module 3 Delft", T("""
        Goedemorgen,

        Hierbij meld ik me aan voor module 3 in Delft (15 april). Onze praktijkmanager staat in de cc, zodat zij het in de agenda kan zetten.

        Met vriendelijke groet,
        Ahmed Yilmaz, huisarts
        Huisartsen Den Hoorn
        """),
    L("register", ["rha-m3-delft"], ["a.yilmaz@huisartsendenhoorn.nl"],
      note="Cc to the practice manager is for information only ('zodat zij het in de agenda kan zetten'); she is not a participant."),
    cc=addr("Praktijkmanager Huisartsen Den Hoorn", "praktijkmanager@huisartsendenhoorn.nl"))

add("m34", "2026-12-18 17:20", ("Kees Bosman", "k.bosman@hetnet.nl"),
    "Aanmelding module 4 Delft", "\n\n\nVerzonden vanaf mijn Galaxy\n",
    L("register", ["rha-m4-delft"], ["k.bosman@hetnet.nl"],
      note="Everything is in the subject; the body is only the phone footer."),
    client="samsung")

add("m35", "2026-12-21 09:00", ("Petra Groen", "petragroen@outlook.com"),
    "Webinar en module 4", T("""
        Beste,

        Ik wil me graag aanmelden voor het lunchwebinar in februari en voor module 4 (angst en somberheid).

        Groetjes,
        Petra Groen
        POH-GGZ
        """),
    L("register", ["rha-webinar-leefstijl", "rha-m4-delft"], ["petragroen@outlook.com"],
      note="Two different events in one mail: the webinar and module 4 (by paraphrase)."),
    client="owa")

add("m36", "2027-01-05 09:44", ("Erik Blom", "e.blom@huisartsenhillegom.nl"),
    "Inschrijving module 5", T("""
        Beste mensen,

        Ik wil me graag inschrijven voor module 5 over hartfalen. Ik meen dat die op de website stond?

        Met vriendelijke groet,
        Erik Blom
        """),
    L("register", [], ["e.blom@huisartsenhillegom.nl"], review=True,
      note="Module 5 (hartfalen) does not exist; there are four modules."))

add("m37", "2027-01-06 10:10", ("Noor Bakker", "noor.bakker@huisartsenmaassluis.nl"),
    "Aanmelding module 2 Delft", T("""
        Goedemorgen,

        Graag meld ik mij aan voor module 2 in Delft.

        Vriendelijke groet,
        Noor Bakker
        """),
    L("register", [], ["noor.bakker@huisartsenmaassluis.nl"], review=True,
      note="Module 2 is only given in Leiden; 'in Delft' asks for a session that does not exist. A person should offer Leiden.",
      sessions_alt=[["rha-m2-leiden"]]))

add("m38", "2027-01-07 22:10", ("Ricardo Sno", "r.sno@live.nl"),
    "aanmelding moduel 1", T("""
        Beste,

        graag aanmelden voor moduel 1 in Delf op 4 feb.

        mvg Ricardo Sno
        """),
    L("register", ["rha-m1-delft"], ["r.sno@live.nl"],
      note="Typos ('moduel', 'Delf'); the date 4 feb confirms module 1 Delft."),
    client="owa")

add("m40", "2027-02-05 08:30", ("Ellen Timmers", "e.timmers@huisartsendelfgauw.nl"),
    "Aanmelding module 1", T("""
        Goedemorgen,

        Graag meld ik me aan voor module 1 (diabetes) in Delft.

        Met vriendelijke groet,
        Ellen Timmers
        Huisartsen Delfgauw
        """),
    L("register", ["rha-m1-delft"], ["e.timmers@huisartsendelfgauw.nl"], review=True,
      note="Sent on 5 February: module 1 in Delft took place the evening before (and Leiden on 2 February). Nothing left to register for; a person should answer."))

add("m41", "2027-01-13 19:25", ("Arjen Doornbos", "a.doornbos@kpnmail.nl"), "Inschrijving", "",
    L("register", ["rha-m1-leiden", "rha-m3-leiden"], ["a.doornbos@kpnmail.nl"],
      note="Modules by topic ('COPD', 'diabetes'), with the city in parentheses. HTML-only webmail message."),
    client="html", html=('<!DOCTYPE html>\n<html><head><meta charset="UTF-8"></head><body>'
                         '<div class="default-style">Geachte heer/mevrouw,</div>\n<div class="default-style">&nbsp;</div>\n'
                         '<div class="default-style">Graag inschrijven voor de modules COPD (Leiden) en diabetes (Leiden).</div>\n'
                         '<div class="default-style">&nbsp;</div>\n<div class="default-style">Met vriendelijke groet,<br>A. Doornbos, huisarts</div>\n'
                         '</body></html>\n'),
    extra=[("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev61")])

add("m42", "2027-01-14 18:02", ("Gerda Wiersma", "gerda.wiersma@icloud.com"),
    "Inschrijving BIG 79067890101", T("""
        Graag inschrijven voor module 1 delft + module 3 delft

        Gerda Wiersma, huisarts

        Verstuurd vanaf mijn iPad
        """),
    L("register", ["rha-m1-delft", "rha-m3-delft"], ["gerda.wiersma@icloud.com"],
      note="Terse; BIG number in the subject (a number that is not a date)."),
    client="ipad")

add("m43", "2027-01-18 12:05", ("Jeroen Aalbers", "j.aalbers@huisartsenalphenwest.nl"),
    "Inschrijving Leidse avonden", T("""
        Beste organisatie,

        Graag schrijf ik me in voor alle modules die in Leiden worden gegeven.

        Met vriendelijke groet,
        Jeroen Aalbers
        huisarts, Alphen aan den Rijn
        """),
    L("register", ["rha-m1-leiden", "rha-m2-leiden", "rha-m3-leiden"], ["j.aalbers@huisartsenalphenwest.nl"],
      note="'Alle modules die in Leiden worden gegeven' = modules 1, 2 and 3 in Leiden; module 4 is only in Delft."))

add("m44", "2027-01-19 13:40", ("Willemijn de Bruin", "w.debruin@gcmerenwijk.nl"),
    "Module 1 Leiden", T("""
        Hallo,

        Ik meld me aan voor module 1 in Leiden. Is er vooraf iets te eten? Ik kom direct uit de praktijk.

        Groet,
        Willemijn de Bruin, POH-S
        """),
    L("register", ["rha-m1-leiden"], ["w.debruin@gcmerenwijk.nl"], review=True,
      note="Clear registration plus a practical question (food) that only a person can answer."),
    client="apple")

add("m45", "2027-01-20 10:31", ("Website Rijnland UMC", "noreply@rijnlandumc.nl"),
    "Webformulier: Aanmelding nascholing", T("""
        Er is een nieuw formulier ingevuld op www.rijnlandumc.nl/nascholing.

        Formulier: Aanmelding nascholing
        Naam: M. Peters
        Functie: Huisarts
        BIG-nummer: 59078901201
        E-mail: m.peters@huisartsenlisserbroek.nl
        Onderdeel: Module 3 - COPD en astma (Delft, 15 april 2027)
        Opmerking: -

        Dit bericht is automatisch verzonden. Beantwoorden gaat naar de indiener.
        """),
    L("register", ["rha-m3-delft"], ["m.peters@huisartsenlisserbroek.nl"],
      note="Web form relayed from the organiser's own no-reply address with Reply-To set to the participant; 'automatisch verzonden' but a real registration."),
    client="plain", reply_to="m.peters@huisartsenlisserbroek.nl", to=NASCH,
    extra=[("X-Mailer", "Drupal Webform 6.2")])

add("m47", "2027-01-26 11:15", ("Dr. Claire Hughes", "claire.hughes@huisartsenmorskwartier.nl"),
    "Registration modules 1 and 2", T("""
        Dear organisers,

        I am a GP in Leiden (originally from the UK). I would like to sign up for module 1 in Leiden and for module 2. Will the evenings be in Dutch? That's fine, just checking.

        Best wishes,
        Claire Hughes
        """),
    L("register", ["rha-m1-leiden", "rha-m2-leiden"], ["claire.hughes@huisartsenmorskwartier.nl"], review=True,
      note="English registration for a Dutch programme, plus a question about the language that a person should answer."),
    lang="en")

add("m48", "2027-02-02 12:04", ("Jan-Willem Oosterhuis", "jw.oosterhuis@huisartsenteylingen.nl"),
    "vanavond", T("""
        Is er vanavond nog plek? Dan kom ik graag.

        Jan-Willem Oosterhuis
        huisarts Teylingen

        Verstuurd vanaf mijn iPhone
        """),
    L("register", ["rha-m1-leiden"], ["jw.oosterhuis@huisartsenteylingen.nl"], review="any",
      note="'Vanavond' only makes sense with the Date (Tuesday 2 February: module 1 in Leiden). Conditional on room, which the service knows; same-day, so a person may also want to handle it."),
    client="iphone")


# ===================== Rijnlandse Huisartsendagen: registrations =====================

HD_DAYS = ["rha-hd-dag1", "rha-hd-dag2"]

add("h01", "2026-11-30 15:10", ("Maarten Kooistra", "m.kooistra@huisartsenvoorhout.nl"),
    "Aanmelding RHD 2027", T("""
        Beste organisatie,

        Graag meld ik me aan voor de RHD 2027, beide dagen, met de workshops A en F.

        Met collegiale groet,

        Maarten Kooistra
        huisarts, Huisartsen Voorhout
        """),
    L("register", HD_DAYS + ["rha-ws-dermatoscopie", "rha-ws-vallen"], ["m.kooistra@huisartsenvoorhout.nl"],
      note="'RHD' is the sender's acronym for the Rijnlandse Huisartsendagen (not an alias in the catalogue); both days plus workshops by letter, one each morning."))

add("h02", "2027-01-12 09:50", ("Emma Lindeboom", "e.lindeboom@gcdesterrenwacht.nl"),
    "Inschrijving Huisartsendagen", T("""
        Goedemorgen,

        Ik wil me inschrijven voor beide dagen van de Huisartsendagen en voor workshop B (echografie) en workshop D.

        Met vriendelijke groet,
        Emma Lindeboom
        Gezondheidscentrum De Sterrenwacht
        """),
    L("register", HD_DAYS + ["rha-ws-echografie", "rha-ws-chirurgie"], ["e.lindeboom@gcdesterrenwacht.nl"], review=True,
      note="Workshop B (echografie) is full; the days and workshop D are fine, but a person has to tell her about B (waiting list or another workshop)."))

add("h03", "2027-01-20 16:45", ("Thomas Hagen", "t.hagen@huisartsenleidschendam.nl"),
    "Huisartsendagen 25/26 maart", T("""
        Beste,

        Graag beide dagen, en workshop B (echo). Als die al vol is, dan graag workshop A.

        Groet,
        Thomas Hagen
        """),
    L("register", HD_DAYS + ["rha-ws-dermatoscopie"], ["t.hagen@huisartsenleidschendam.nl"], review="any",
      note="Fallback from a full workshop: B is full, so his own second choice A applies. Registering A automatically is right; a person may also want to offer the B waiting list.",
      sessions_alt=[HD_DAYS + ["rha-ws-echografie"]]),
    client="gmail", cte="quoted-printable", mid_domain="huisartsenleidschendam.nl")

add("h04", "2027-01-21 08:40", ("Sabine Koster", "s.koster@huisartsenzoetermeernoord.nl"),
    "Aanmelding symposium + workshops", T("""
        Geachte organisatie,

        Hierbij meld ik mij aan voor de Rijnlandse Huisartsendagen op 25 en 26 maart, met de workshops A, C en F.

        Met vriendelijke groet,
        Sabine Koster, huisarts
        """),
    L("register", HD_DAYS + ["rha-ws-dermatoscopie", "rha-ws-deprescribing", "rha-ws-vallen"], ["s.koster@huisartsenzoetermeernoord.nl"],
      review=True, note="Three workshops; at most two per participant. A and C do not overlap in time, so the time check alone does not catch it."))

add("h05", "2027-01-22 14:20", ("Rutger Veenstra", "r.veenstra@huisartsenrijswijkoost.nl"),
    "Vrijdag 26 maart", T("""
        Beste mensen,

        Voor vrijdag 26 maart wil ik me graag inschrijven voor workshop D (kleine chirurgie) en workshop E (FTO), en natuurlijk het middagprogramma.

        Groet,
        Rutger Veenstra
        """),
    L("register", ["rha-hd-dag2", "rha-ws-chirurgie", "rha-ws-fto"], ["r.veenstra@huisartsenrijswijkoost.nl"], review=True,
      note="Workshops D and E run at the same time (Friday 09.00-10.30); he has to choose."),
    client="thunderbird")

add("h06", "2027-01-25 19:12", ("Gonnie Wessels", "g.wessels@hetnet.nl"),
    "Inschrijving vrijdag", T("""
        Geachte heer/mevrouw,

        Ik kan alleen op vrijdag. Graag het middagprogramma en de workshop over vallen bij ouderen.

        Met vriendelijke groet,
        Gonnie Wessels
        praktijkverpleegkundige
        """),
    L("register", ["rha-hd-dag2", "rha-ws-vallen"], ["g.wessels@hetnet.nl"],
      note="Friday only: plenary day 2 plus workshop F by paraphrase ('vallen bij ouderen'). Careful: module 2 (polyfarmacie bij ouderen) is an evening module, not meant here."),
    client="plain", charset="iso-8859-1")

add("h07", "2027-01-26 09:05", ("Lucas de Graaf", "l.degraaf@huisartsendeleidsehout.nl"),
    "Huisartsendagen: alleen donderdag", T("""
        Goedemorgen,

        Ik kom alleen op donderdag 25 maart en wil dan graag de workshop kleine chirurgie volgen.

        Met vriendelijke groet,
        Lucas de Graaf
        """),
    L("register", ["rha-hd-dag1", "rha-ws-chirurgie"], ["l.degraaf@huisartsendeleidsehout.nl"], review=True,
      note="Workshop D (kleine chirurgie) is on Friday morning, but he comes only on Thursday. A person has to sort out which he means."))

add("h08", "2027-03-03 10:15", ("Anouk Prins", "a.prins@huisartsenkatwijkrijn.nl"),
    "Nog plek bij de Huisartsendagen?", T("""
        Beste organisatie,

        Ik weet dat de inschrijving is gesloten, maar is er misschien nog een plekje? Dan meld ik me graag aan voor beide dagen.

        Met vriendelijke groet,
        Anouk Prins
        """),
    L("register", HD_DAYS, ["a.prins@huisartsenkatwijkrijn.nl"], review=True,
      note="After the registration deadline (1 March 2027); the sender knows it is late."))

add("h09", "2027-03-04 16:30", ("Koen Dijkman", "k.dijkman@apotheekleiderdorpcentrum.nl"),
    "Inschrijving", T("""
        Beste,

        Graag schrijf ik me in voor de vrijdag van de Huisartsendagen, met workshop E.

        Groeten,
        Koen Dijkman
        apotheker
        """),
    L("register", ["rha-hd-dag2", "rha-ws-fto"], ["k.dijkman@apotheekleiderdorpcentrum.nl"], review=True,
      note="Sent on 4 March, after the 1 March deadline, without mentioning it; nothing else is wrong with the request."),
    client="apple")

add("h10", "2026-12-03 13:22", ("Brink, Herman", "h.brink@huisartsennoordwijkerhout.nl"),
    "RE: " + HD2026_SUBJECT, T("""
        Vorig jaar was het uitstekend, ik kom graag weer, beide dagen!

        Herman Brink
        """),
    L("register", ["rha-hd2026-dag1", "rha-hd2026-dag2"], ["h.brink@huisartsennoordwijkerhout.nl"], review=True,
      note="Reply (December 2026) to the 2025 invitation for the 2026 edition, which is closed. He almost certainly means 2027, but a person should check.",
      sessions_alt=[HD_DAYS]),
    quote=Q("Regionale Huisartsenacademie", NASCH, HD2026_DATE, "Herman Brink <h.brink@huisartsennoordwijkerhout.nl>",
            HD2026_SUBJECT, HD2026_TEXT, HD2026_MID), utc=True)

add("h11", "2026-12-12 11:48", ("Femke Jansen", "f.jansen@apotheekdebreestraat.nl"),
    "Aanmelding FTO-duo", T("""
        Goedemiddag,

        Huisarts Olaf Rietveld (cc) en ik vormen samen een FTO-groep en willen graag samen naar workshop E op vrijdag. We komen allebei ook naar beide plenaire middagen.

        Met vriendelijke groet,

        Femke Jansen
        apotheker, Apotheek De Breestraat
        """),
    L("register", HD_DAYS + ["rha-ws-fto"], ["f.jansen@apotheekdebreestraat.nl", "o.rietveld@huisartsenbreestraat.nl"],
      note="Pharmacist plus a GP colleague whose address is in Cc; same sessions for both."),
    cc=addr("Olaf Rietveld", "o.rietveld@huisartsenbreestraat.nl"), charset="windows-1252")


def table_mail_h12():
    name, address = "Nienke Boersma", "nienke.boersma@icloud.com"
    rows = [("Donderdag 25 maart – plenair", "X"), ("Vrijdag 26 maart – plenair", ""),
            ("Workshop A – Dermatoscopie", ""), ("Workshop C – Deprescribing", "X"),
            ("Workshop D – Kleine chirurgie", ""), ("Workshop E – FTO", ""), ("Workshop F – Valpreventie", "")]
    plain = ("Hallo,\n\nHieronder mijn keuzes voor de Huisartsendagen.\n\n"
             + "\n".join(f"{a}\t{b}" for a, b in rows)
             + "\n\nGroet,\nNienke Boersma\nhuisarts in opleiding\n")
    trs = "".join(f'<tr><td style="border:1px solid #999;padding:2px 6px">{esc(a)}</td>'
                  f'<td style="border:1px solid #999;padding:2px 6px;text-align:center">{esc(b) if b else "&nbsp;"}</td></tr>'
                  for a, b in rows)
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           '<div>Hallo,</div><div><br></div><div>Hieronder mijn keuzes voor de Huisartsendagen.</div><div><br></div>'
           '<table style="border-collapse:collapse"><tbody>' + trs + '</tbody></table>'
           '<div><br></div><div>Groet,</div><div>Nienke Boersma</div><div>huisarts in opleiding</div></body></html>\n')
    u = h("h12apple", 32).upper()
    root = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable", quote_charset=False),
                                     text_part(htm, "html", "utf-8", "quoted-printable", quote_charset=False)],
                     f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}")
    return compose("h12", "2027-01-18 21:40", (name, address), "Keuzes Huisartsendagen", "", client="apple", root=root)


add_raw("h12", "2027-01-18 21:40", table_mail_h12(),
        L("register", ["rha-hd-dag1", "rha-ws-deprescribing"], ["nienke.boersma@icloud.com"],
          note="Choices marked with an X in a two-column table (Apple Mail HTML; tab-separated in the plain part): Thursday plenary and workshop C. All other rows, including Friday, are empty."))

add("h13", "2026-12-14 08:05", ("Bas Terpstra", "b.terpstra@gcoudenhof.nl"),
    "Huisartsendagen 2027", T("""
        Beste organisatie,

        Ik schrijf me in voor de Huisartsendagen in maart.

        Met vriendelijke groet,
        Bas Terpstra, huisarts
        """),
    L("register", HD_DAYS, ["b.terpstra@gcoudenhof.nl"],
      note="'De Huisartsendagen' without a day = both plenary days; workshops are optional, so no choice is missing."))

add("h14", "2027-01-28 12:50", ("Ria Bakker", "r.bakker@huisartsenvoorschotenwest.nl"),
    "Workshop C", T("""
        Beste,

        Ik wil me graag aanmelden voor workshop C (deprescribing).

        Vriendelijke groet,
        Ria Bakker, POH-ouderen
        """),
    L("register", ["rha-ws-deprescribing"], ["r.bakker@huisartsenvoorschotenwest.nl"], review=True,
      note="A workshop without a congress day; the workshops are only for participants of the plenary programme that day, so a person should ask whether she also comes on Thursday."),
    client="owa")

add("h15", "2027-02-02 10:22", ("Assistentie GC De Klip", "assistentie@gezondheidscentrumdeklip.nl"),
    "Inschrijving 2 huisartsen Huisartsendagen", T("""
        Goedemorgen,

        Wilt u dr. Meijers (h.meijers@gezondheidscentrumdeklip.nl) en dr. Lam (k.lam@gezondheidscentrumdeklip.nl) inschrijven voor beide dagen van de Huisartsendagen?
        Dr. Meijers wil graag workshop A en D, dr. Lam workshop C en E.

        Met vriendelijke groet,
        Gerda, assistente
        Gezondheidscentrum De Klip
        """),
    L("register", HD_DAYS + ["rha-ws-dermatoscopie", "rha-ws-chirurgie", "rha-ws-deprescribing", "rha-ws-fto"],
      ["h.meijers@gezondheidscentrumdeklip.nl", "k.lam@gezondheidscentrumdeklip.nl"], review="any",
      note="An assistant registers two doctors (not herself) for both days, each with different workshops. The union has four workshops and D/E overlap, but per person it is two workshops without overlap; acting needs a per-person mapping."))

add("h16", "2027-02-08 15:35", ("Dewi Sutanto", "d.sutanto@huisartsenmonster.nl"),
    "Aanmelding + accreditatie POH", T("""
        Goedemiddag,

        Ik meld me aan voor beide dagen van de Huisartsendagen. Krijg ik als POH ook accreditatiepunten via het kwaliteitsregister van V&VN?

        Met vriendelijke groet,
        Dewi Sutanto
        POH-S Huisartsen Monster
        """),
    L("register", HD_DAYS, ["d.sutanto@huisartsenmonster.nl"], review=True,
      note="Registration plus an accreditation question that a person has to answer."))

add("h17", "2027-01-25 10:40", ("Pieter Van den Broeck", "pieter.vandenbroeck@telenet.be"),
    "Inschrijving Huisartsendagen", T("""
        Beste,

        Graag schrijf ik mij in voor de Huisartsendagen, beide dagen, en de workshop dermatoscopie.
        Kan ik hiervoor ook accreditering aanvragen bij het RIZIV? Ik ben huisarts in Essen, vlak over de grens.

        Met collegiale groeten,
        Dr. Pieter Van den Broeck
        """),
    L("register", HD_DAYS + ["rha-ws-dermatoscopie"], ["pieter.vandenbroeck@telenet.be"], review=True,
      note="Flemish GP: registration plus a question about Belgian accreditation (RIZIV)."),
    client="thunderbird", lang="nl-BE")

add("h18", "2027-02-10 08:12", ("Yusuf Demir", "y.demir@gcschilderswijk.nl"),
    "Wachtlijst echo-workshop", T("""
        Beste mensen,

        Ik zag in de uitnodiging dat workshop B maar 12 plaatsen heeft en hoor van collega's dat hij vol zit. Kunt u me op de wachtlijst zetten? Ik kom sowieso beide dagen en doe anders workshop D.

        Groet,
        Yusuf Demir
        """),
    L("register", HD_DAYS + ["rha-ws-chirurgie"], ["y.demir@gcschilderswijk.nl"], review=True,
      note="Both days plus workshop D for certain, and a waiting-list request for the full workshop B, which the service cannot do itself.",
      sessions_alt=[HD_DAYS + ["rha-ws-echografie", "rha-ws-chirurgie"], HD_DAYS + ["rha-ws-echografie"]]))

add("h19", "2027-02-20 11:30", ("Mulder, Caroline", "c.mulder@huisartsenwarmond.nl"),
    "Aanmelding ‘Huisartsendagen’ – alleen donderdag", T("""
        Goedemorgen,

        Hierbij meld ik me aan voor de ‘Huisartsendagen’ – alleen de donderdag – met workshop A ‘Dermatoscopie’.

        Met vriendelijke groet,
        Caroline Mulder
        """),
    L("register", ["rha-hd-dag1", "rha-ws-dermatoscopie"], ["c.mulder@huisartsenwarmond.nl"],
      note="Thursday only plus workshop A; windows-1252 with curly quotes and an en dash."),
    charset="windows-1252", subj_charset="windows-1252")

add("h20", "2027-02-24 20:05", ("Floor Hendriks", "floorhendriks.ha@gmail.com"),
    "Fwd: " + REMINDER_SUBJECT, T("""
        Ik schrijf me hierbij in voor beide dagen, workshops D en F.

        Floor Hendriks, huisarts
        """),
    L("register", HD_DAYS + ["rha-ws-chirurgie", "rha-ws-vallen"], ["floorhendriks.ha@gmail.com"],
      note="Forward of the reminder (which lists workshops that still have room and says B is full) with the choice on top; D and F do not overlap."),
    client="gmail", fwd=Q("Regionale Huisartsenacademie", NASCH, REMINDER_DATE, "floorhendriks.ha@gmail.com",
                          REMINDER_SUBJECT, REMINDER_TEXT, REMINDER_MID))

add("h21", "2027-02-26 09:55", ("Ingeborg Vlasman", "i.vlasman@gcwestwijk.nl"),
    "Inschrijving Huisartsendagen", T("""
        Geachte organisatie,

        Ik wil graag naar de workshop over het minderen van medicatie en de workshop over valpreventie, plus beide middagen.

        Met vriendelijke groet,
        Ingeborg Vlasman
        huisarts, Gezondheidscentrum Westwijk
        """),
    L("register", HD_DAYS + ["rha-ws-deprescribing", "rha-ws-vallen"], ["i.vlasman@gcwestwijk.nl"],
      note="Workshops C and F by paraphrase; 'beide middagen' = both plenary days."),
    client="outlook")


# ===================== webinar =====================

add("w01", "2026-12-02 10:10", ("Monique Verbeek", "m.verbeek@huisartsendekoog.nl"),
    "Aanmelding webinar", T("""
        Goedemorgen,

        Graag aanmelden voor het webinar van 17 februari. Ik ben doktersassistente bij Huisartsen De Koog.

        Groetjes,
        Monique Verbeek
        """),
    L("register", ["rha-webinar-leefstijl"], ["m.verbeek@huisartsendekoog.nl"],
      note="Doktersassistente for the webinar, which is open to doktersassistenten (unlike the modules)."))

add("w02", "2026-12-09 12:35", ("Thijs Roos", "t.roos@huisartsenbodegraven.nl"),
    "Lunchwebinar", T("""
        Beste,

        Ik wil me graag aanmelden voor het lunchwebinar over leefstijl en bloeddruk.

        Thijs Roos, huisarts
        """),
    L("register", ["rha-webinar-leefstijl"], ["t.roos@huisartsenbodegraven.nl"],
      note="Webinar by paraphrase ('leefstijl en bloeddruk')."),
    client="gmail", mid_domain="huisartsenbodegraven.nl")

add("w03", "2027-01-08 14:00", ("Anja de Wit", "a.dewit@gcdehoven.nl"),
    "Aanmelding webinar 17 februari – team GC De Hoven", T("""
        Goedemiddag,

        Wij volgen het webinar op 17 februari graag met een deel van het team. Wilt u de volgende personen aanmelden?

        - Anja de Wit (ikzelf), doktersassistente, a.dewit@gcdehoven.nl
        - Rianne Smits, doktersassistente, r.smits@gcdehoven.nl
        - Jeroen Kloos, POH-S, j.kloos@gcdehoven.nl
        - Priya Ramdin, huisarts, p.ramdin@gcdehoven.nl

        Met vriendelijke groet,
        Anja de Wit
        """),
    L("register", ["rha-webinar-leefstijl"], ["a.dewit@gcdehoven.nl", "r.smits@gcdehoven.nl", "j.kloos@gcdehoven.nl", "p.ramdin@gcdehoven.nl"],
      note="Team registration with four addresses, the sender included ('ikzelf'). The subject has an en dash (RFC 2047)."))

add("w04", "2027-02-16 21:30", ("Rianne Kool", "rianne.kool@me.com"),
    "Aanmelding webinar 17/2", "\n\nVerstuurd vanaf mijn iPhone\n",
    L("register", ["rha-webinar-leefstijl"], ["rianne.kool@me.com"],
      note="Subject only; the evening before the webinar."),
    client="iphone")

add("w05", "2027-02-17 13:50", ("Bram Vos", "b.vos@huisartsenleimuiden.nl"),
    "Webinar vandaag", T("""
        Hallo,

        Ik wilde me nog aanmelden voor het webinar van vandaag, maar ik zie dat het al voorbij is. Kan ik de opname nog krijgen?

        Groet,
        Bram Vos
        """),
    L("question", ["rha-webinar-leefstijl"], [], review=True,
      note="Sent after the webinar ended; asks for the recording, which is only for registered participants. A person decides.",
      kind_alt=["register"]),
    client="apple")

add("w06", "2027-01-29 10:05", ("Joke Verhoeven", "j.verhoeven@huisartsenzoeterwoude.nl"),
    "Aanmelding webinar / Teams?", T("""
        Goedemorgen,

        Ik meld me aan voor het webinar op 17 februari. Gaat dat via Microsoft Teams? Op de praktijkcomputers kunnen we geen Zoom gebruiken.

        Met vriendelijke groet,
        Joke Verhoeven
        """),
    L("register", ["rha-webinar-leefstijl"], ["j.verhoeven@huisartsenzoeterwoude.nl"], review=True,
      note="Registration plus a technical question (Teams versus Zoom)."))


# ===================== ISARP 2027: registrations =====================

add("i01", "2027-01-11 14:02", ("Whitfield, Sarah", "s.whitfield@northgatemedical.com"),
    "RE: " + ISARP_INVITE_SUBJECT, T("""
        Count me in for the main programme and the dinner, please.

        Best wishes,
        Sarah

        Dr Sarah Whitfield
        GP Partner | Northgate Medical Practice | Canterbury
        """),
    L("register", ["isarp-main", "isarp-dinner"], ["s.whitfield@northgatemedical.com"],
      note="Short reply above the quoted ISARP invitation, which lists all workshops, the livestream and the dinner."),
    to=TO_ISARP(), lang="en", quote=isarp_invite_q("s.whitfield@northgatemedical.com"), utc=True)

add("i02", "2027-01-12 08:31", ("Lars Nygaard", "lars.nygaard@gmail.com"),
    "ISARP 2027 registration", T("""
        Dear ISARP secretariat,

        I would like to register for ISARP 2027 (main conference).

        Name: Lars Nygaard, MD PhD
        Affiliation: Jutland Institute of General Practice, Aarhus

        Kind regards,
        Lars Nygaard
        """),
    L("register", ["isarp-main"], ["lars.nygaard@gmail.com"], note="Plain English registration for the main conference."),
    to=TO_ISARP(), lang="en", client="gmail")

add("i03", "2027-01-13 11:20", ("Maria Fernandes", "m.fernandes@centrosaudealfama.com"),
    "Registration ISARP", T("""
        Dear Sir/Madam,

        Please register me for the main conference plus pre-conference workshops 1 and 3.

        Maria Fernandes
        Centro de Saúde Alfama, Lisbon
        """),
    L("register", ["isarp-main", "isarp-pcw-stewardship", "isarp-pcw-ltc"], ["m.fernandes@centrosaudealfama.com"],
      note="Workshops by number, one morning and one afternoon."),
    to=TO_ISARP(), lang="en", client="owa")

add("i04", "2027-01-14 09:12", ("Post, J.W.", "jw.post@labmicrozuidwest.nl"),
    "ISARP registration", T("""
        Dear organisers,

        I'd like to attend both morning workshops on 19 May (stewardship and genomic surveillance) and the main conference.

        Kind regards,
        Jan Willem Post
        clinical microbiologist, Laboratorium Microbiologie Zuidwest
        """),
    L("register", ["isarp-main", "isarp-pcw-stewardship", "isarp-pcw-genomics"], ["jw.post@labmicrozuidwest.nl"], review=True,
      note="Workshops 1 and 2 run at the same time (both morning); he has to choose."),
    to=TO_ISARP(), lang="en")

add("i05", "2027-01-18 16:03", ("Chen Wei", "chen.wei.amr@outlook.com"),
    "Register ISARP", T("""
        Hello,

        Please register me for all four pre-conference workshops and the main conference.

        Thank you,
        Chen Wei
        """),
    L("register", ["isarp-main", "isarp-pcw-stewardship", "isarp-pcw-genomics", "isarp-pcw-ltc", "isarp-pcw-onehealth"],
      ["chen.wei.amr@outlook.com"], review=True,
      note="'All four workshops': two pairs run in parallel, at most two workshops are allowed, and five sessions exceed the event maximum of four."),
    to=ISARP, lang="en", client="owa")

add("i06", "2027-01-19 13:13", ("Amara Okoye", "amara.okoye@yahoo.com"),
    "Online registration ISARP 2027", T("""
        Dear Secretariat,

        I will attend online (livestream) as I cannot travel this year. Kindly register me.

        Regards,
        Dr Amara Okoye
        """),
    L("register", ["isarp-livestream"], ["amara.okoye@yahoo.com"],
      note="Livestream by the words 'online (livestream)'."),
    to=TO_ISARP(), lang="en", client="plain", extra=[("X-Mailer", "WebService/1.1.22876 YMailNorrin")])

add("i07", "2027-01-20 10:44", ("Tomasz Nowak", "t.nowak@przychodniawola.com"),
    "ISARP - registration (online for now)", T("""
        Dear ISARP team,

        Please register me for the conference via the livestream for now. If my travel grant is approved in March I will let you know and switch to attending in person.

        Best regards,
        Tomasz Nowak
        """),
    L("register", ["isarp-livestream"], ["t.nowak@przychodniawola.com"],
      note="Clear registration for the livestream now; the possible later switch is his to announce, so nothing to follow up yet."),
    to=TO_ISARP(), lang="en", client="thunderbird")

add("i08", "2027-01-21 11:55", ("Hilde Claes", "hilde.claes@azscheldeland.be"),
    "Registration of three colleagues - ISARP 2027", T("""
        Dear ISARP secretariat,

        Please register the following three colleagues from our antimicrobial stewardship team for the main conference and for workshop 3 (infection prevention in long-term care):

        - Dr. Sofie Wuyts, sofie.wuyts@azscheldeland.be
        - Bram De Smet, hospital pharmacist, bram.desmet@azscheldeland.be
        - Katrien Maes, infection prevention nurse, katrien.maes@azscheldeland.be

        I will not attend myself. Invoices can be sent to facturatie@azscheldeland.be, reference PO 2027-0412.

        Kind regards,
        Dr. Hilde Claes
        Head of the A-team, AZ Scheldeland
        """),
    L("register", ["isarp-main", "isarp-pcw-ltc"], ["sofie.wuyts@azscheldeland.be", "bram.desmet@azscheldeland.be", "katrien.maes@azscheldeland.be"],
      note="Team lead registers three colleagues with addresses and explicitly not herself; the invoice address is not a participant."),
    to=TO_ISARP(), lang="en", images={"azs": ("image001.png@01DD6C10.AA30F0E0", "AZ Scheldeland", 200, 40)},
    extra=[("X-MS-Has-Attach", "yes")])

add("i09", "2027-01-22 09:17", ("Jolien Peeters", "jolien.peeters@apotheekpeeters.be"),
    "Inschrijving ISARP", T("""
        Beste,

        Graag schrijf ik mij in voor het symposium en de workshop rond One Health. Alvast bedankt!

        Met vriendelijke groeten,
        Jolien Peeters
        Apotheek Peeters, Lier
        """),
    L("register", ["isarp-main", "isarp-pcw-onehealth"], ["jolien.peeters@apotheekpeeters.be"],
      note="Flemish pharmacist writing in Dutch to the English-language symposium; 'het symposium' = the main conference, workshop 4 by topic."),
    to=ISARP, lang="nl-BE", client="outlook")

add("i10", "2027-01-25 14:48", ("Marco de Lange", "m.delange@huisartsenkralingen.nl"),
    "Aanmelding ISARP", T("""
        Goedemiddag,

        Ik wil me graag aanmelden voor ISARP, plus de pre-conference workshop over stewardship in de eerste lijn.

        Met vriendelijke groet,
        Marco de Lange
        huisarts, Huisartsen Kralingen
        """),
    L("register", ["isarp-main", "isarp-pcw-stewardship"], ["m.delange@huisartsenkralingen.nl"],
      note="Dutch GP writing in Dutch: 'ISARP' = the main conference, plus workshop 1 by topic."),
    to=TO_ISARP())

add("i11", "2027-05-05 10:02", ("Ayesha Rahman", "ayesha.rahman.id@gmail.com"),
    "Late registration?", T("""
        Dear organisers,

        Is it still possible to register? I would like to attend the main conference in Rotterdam.

        Kind regards,
        Ayesha Rahman
        """),
    L("register", ["isarp-main"], ["ayesha.rahman.id@gmail.com"], review=True,
      note="After the registration deadline (30 April 2027)."),
    to=TO_ISARP(), lang="en", client="gmail")

add("i12", "2027-02-03 07:30", ("Oluwaseun Adeyemi", "o.adeyemi@lagosgp-research.com"),
    "Registration and visa invitation letter", T("""
        Dear ISARP 2027 Secretariat,

        Please register me for the main conference and pre-conference workshop 4 (One Health).

        I will need an official invitation letter for my Schengen visa application. Could you kindly issue one in my name as it appears in my passport: ADEYEMI, Oluwaseun Babatunde?

        Yours faithfully,
        Dr Oluwaseun Adeyemi
        """),
    L("register", ["isarp-main", "isarp-pcw-onehealth"], ["o.adeyemi@lagosgp-research.com"], review=True,
      note="Registration plus a request for a visa invitation letter, which a person has to issue."),
    to=TO_ISARP(), lang="en")

add("i13", "2027-02-04 12:12", ("Ingrid Solberg", "ingrid.solberg@outlook.com"),
    "ISARP", T("""
        Hi,

        I'd like to sign up for the main conference and the sequencing workshop on Wednesday morning.

        Cheers,
        Ingrid Solberg
        """),
    L("register", ["isarp-main", "isarp-pcw-genomics"], ["ingrid.solberg@outlook.com"],
      note="'The sequencing workshop' = workshop 2 (genomic surveillance), confirmed by 'Wednesday morning'."),
    to=ISARP, lang="en", client="owa")

add("i14", "2027-02-05 15:05", ("Lieke Bosma", "l.bosma@noordelijkinfectiecentrum.nl"),
    "Registration two participants", T("""
        Dear secretariat,

        My colleague and I would like to register for ISARP 2027. We both attend the main conference. I will join workshop 1 (stewardship); my colleague Dr. Youssef Hassan (y.hassan@noordelijkinfectiecentrum.nl) will take workshop 2 (genomic surveillance).

        Kind regards,
        Lieke Bosma
        """),
    L("register", ["isarp-main", "isarp-pcw-stewardship", "isarp-pcw-genomics"],
      ["l.bosma@noordelijkinfectiecentrum.nl", "y.hassan@noordelijkinfectiecentrum.nl"], review="any",
      note="Different workshops per person. The union holds two parallel morning workshops, but each person takes only one; acting needs a per-person mapping."),
    to=TO_ISARP(), lang="en")

add("i15", "2027-02-08 09:40", ("Dirk Mertens", "d.mertens@vlaamsinfectie-instituut.be"),
    "ISARP registration", T("""
        Dear colleagues,

        Please register me and my PhD student Lotte van Es for the main conference.

        Best regards,
        Prof. Dirk Mertens
        Vlaams Infectie-Instituut, Leuven
        """),
    L("register", ["isarp-main"], ["d.mertens@vlaamsinfectie-instituut.be"], review=True,
      note="PhD student named without an address: the sender can be registered, the student needs follow-up."),
    to=TO_ISARP(), lang="en", client="apple")

add("i16", "2027-02-10 17:22", ("ISARP website", "noreply@dcir-rotterdam.nl"),
    "[ISARP 2027] New registration request", T("""
        A new registration request was submitted on isarp2027.dcir-rotterdam.nl.

        First name: Hannah
        Last name: Becker
        E-mail: hannah.becker@praxis-becker-aachen.com
        Organisation: Hausarztpraxis Becker, Aachen
        Profession: General practitioner
        Sessions: Main conference; Conference dinner
        Dietary requirements: none
        Remarks:

        This message was generated automatically. Replies go to the participant.
        """),
    L("register", ["isarp-main", "isarp-dinner"], ["hannah.becker@praxis-becker-aachen.com"],
      note="Website form relayed from a no-reply address with Reply-To; the participant is in the form fields."),
    to=ISARP, lang="en", client="plain", reply_to="hannah.becker@praxis-becker-aachen.com",
    extra=[("X-Mailer", "WordPress/6.7; Contact Form 7")])

add("i17", "2027-02-12 12:00", ("Nikos Papadakis", "n.papadakis@athensprimarycare.com"),
    "Registration - Thursday only?", T("""
        Dear ISARP team,

        I can only attend on Thursday 20 May. Is there a day rate? If not, please register me for the full main conference anyway.

        Best,
        Nikos Papadakis
        """),
    L("register", ["isarp-main"], ["n.papadakis@athensprimarycare.com"], review=True,
      note="Registration for the main conference with a fee question (day rate) that a person has to answer first."),
    to=TO_ISARP(), lang="en", client="gmail", mid_domain="athensprimarycare.com")

add("i18", "2027-02-15 08:50", ("Eva Lindqvist", "eva.lindqvist.md@gmail.com"),
    "Pre-conference workshops only", T("""
        Dear organisers,

        I would like to attend the workshops on Wednesday: stewardship in the morning and long-term care in the afternoon. I will not attend the main conference.

        Kind regards,
        Eva Lindqvist
        """),
    L("register", ["isarp-pcw-stewardship", "isarp-pcw-ltc"], ["eva.lindqvist.md@gmail.com"],
      note="Workshops only, by topic and part of day; 'I will not attend the main conference' must not add it. Workshops can be booked on their own."),
    to=TO_ISARP(), lang="en", client="gmail")

add("i19", "2027-02-18 13:25", ("Marieke Hoogland", "m.hoogland@zorggroepdeltawonen.nl"),
    "Alleen workshop infectiepreventie", T("""
        Beste organisatie,

        Ik wil me graag aanmelden voor alleen de workshop infectiepreventie in het verpleeghuis op woensdagmiddag, niet voor het congres zelf.

        Met vriendelijke groet,
        Marieke Hoogland
        specialist ouderengeneeskunde, Zorggroep Delta Wonen
        """),
    L("register", ["isarp-pcw-ltc"], ["m.hoogland@zorggroepdeltawonen.nl"],
      note="Dutch: only workshop 3 by paraphrase, explicitly not the main conference ('niet voor het congres zelf')."),
    to=TO_ISARP())

add("i20", "2027-03-01 18:10", ("Priya Natarajan", "priya.natarajan@outlook.com"),
    "ISARP registration + dinner", T("""
        Hello,

        Please register me for the main conference and the conference dinner. I am vegan - could you pass this on to the caterer?

        Many thanks,
        Priya Natarajan
        """),
    L("register", ["isarp-main", "isarp-dinner"], ["priya.natarajan@outlook.com"], review=True,
      note="Registration plus a dietary requirement that a person has to pass on."),
    to=ISARP, lang="en", client="owa")

add("i21", "2027-03-10 09:33", ("Wim Korver", "w.korver@huisartsenschiedam.nl"),
    "Aanmelding module 3", T("""
        Goedemorgen,

        Graag meld ik me aan voor module 3 (COPD) in Leiden op 13 april.

        Met vriendelijke groet,
        Wim Korver, huisarts
        """),
    L("register", ["rha-m3-leiden"], ["w.korver@huisartsenschiedam.nl"], review=True,
      note="Sent to the AMR symposium mailbox, but asks for a nascholing module of the other organiser. The session exists; a person should forward it or tell him."),
    to=TO_ISARP())

add("i22", "2027-01-27 15:15", ("Sjoerd Bakker", "s.bakker@huisartsenvlaardingen.nl"),
    "Aanmelding AMR-symposium", T("""
        Beste mensen,

        Ik wil me aanmelden voor het AMR-symposium in Rotterdam in mei (alleen het hoofdprogramma).

        Met vriendelijke groet,
        Sjoerd Bakker
        """),
    L("register", ["isarp-main"], ["s.bakker@huisartsenvlaardingen.nl"], review=True,
      note="Sent to the nascholing mailbox for the other organiser's symposium; the session is clear, but the registration belongs to another organiser and mailbox."))

add("i23", "2027-04-20 22:41", ("James O'Connor", "jamesoconnor@icloud.com"),
    "ISARP", T("""
        Hi there, please sign me up for the main conference, the dinner and workshop 4. Thanks!
        James O'Connor, GP, Cork

        Sent from my iPhone
        """),
    L("register", ["isarp-main", "isarp-dinner", "isarp-pcw-onehealth"], ["jamesoconnor@icloud.com"],
      note="Three sessions in one line from a phone, before the deadline."),
    to=ISARP, lang="en", client="iphone")

add("i25", "2027-03-15 06:58", ("Rohan Mehta", "rohanmehta.md@yahoo.com"),
    "Registration for ISARP 2027", T("""
        Respected Sir/Madam,

        Kindly register me for the ISARP main conference.

        Thanks and regards,
        Dr. Rohan Mehta
        """),
    L("register", ["isarp-main"], ["rohanmehta.md@yahoo.com"], note="Plain text, base64-encoded body."),
    to=TO_ISARP(), lang="en", client="plain", cte="base64")

add("i26", "2027-02-22 10:20", ("Ana Kovač", "ana.kovac.zg@gmail.com"),
    "ISARP: one day in person, one day online", T("""
        Dear secretariat,

        I will attend the first day in person and the second day via the livestream. Please register me accordingly.

        Kind regards,
        Ana Kovač
        """),
    L("register", ["isarp-main", "isarp-livestream"], ["ana.kovac.zg@gmail.com"], review=True,
      note="Mixed attendance (day 1 in person, day 2 livestream); both sessions span both days, so a person has to decide how to book it. Sender name RFC 2047 B-encoded."),
    to=TO_ISARP(), lang="en", client="gmail", name_mode="B")


# ===================== cancellations =====================

add("c01", "2027-01-28 08:05", ("Anne-Marie Verschuur", "A.Verschuur@huisartsenpraktijkdezijl.nl"),
    "RE: " + conf_subject(["rha-m1-leiden"]), T("""
        Geachte heer/mevrouw,

        Helaas moet ik me afmelden: ik heb die avond toch dienst op de huisartsenpost.

        Met vriendelijke groet,
        Anne-Marie Verschuur
        """),
    L("cancel", ["rha-m1-leiden"], ["a.verschuur@huisartsenpraktijkdezijl.nl"],
      note="'Helaas moet ik me afmelden' above the quoted confirmation; the session comes from the subject and the quote only."),
    charset="windows-1252", utc=True,
    quote=conf_q(["rha-m1-leiden"], "Anne-Marie Verschuur", "Anne-Marie Verschuur <A.Verschuur@huisartsenpraktijkdezijl.nl>",
                 "2026-11-30 11:30", "verschuur"))

add("c02", "2027-01-20 21:14", ("Joost Bakels", "joost.bakels.huisarts@gmail.com"),
    "Afmelding", T("""
        Beste nascholingscommissie,

        Ik moet me helaas voor alle modules afmelden: per 1 februari ga ik in Groningen werken. Jammer, het programma zag er goed uit.

        Groet,
        Joost Bakels
        """),
    L("cancel", [], ["joost.bakels.huisarts@gmail.com"], review="any",
      note="'Voor alle modules' names no session; fine to cancel every module registration of the sender (he registered for 1, 2 and 3 in Leiden), or to let a person check.",
      sessions_allowed=MODULES),
    client="gmail")

add("c03", "2027-03-30 09:02", ("Huisartsenpraktijk Hoflaan", "info@huisartsenhoflaan-delft.nl"),
    "Afmelding dokter De Groot module 3", T("""
        Goedemorgen,

        Dokter De Groot kan helaas niet naar module 3 op 15 april in Delft. Wilt u haar afmelden? Zij staat in de cc.

        Met vriendelijke groet,
        Sanne Bos, doktersassistente
        """),
    L("cancel", ["rha-m3-delft"], ["p.degroot@huisartsenhoflaan-delft.nl"],
      note="Assistant cancels for her doctor, whose address is in Cc; the practice mailbox is not a participant."),
    cc=addr("P. de Groot", "p.degroot@huisartsenhoflaan-delft.nl"))

add("c04", "2027-03-10 12:44", ("Maarten Kooistra", "m.kooistra@huisartsenvoorhout.nl"),
    "RE: " + conf_subject(HD_DAYS + ["rha-ws-dermatoscopie", "rha-ws-vallen"]), T("""
        Beste organisatie,

        Workshop F lukt helaas toch niet, ik moet vrijdagochtend een spreekuur overnemen. De rest blijft staan.

        Groet,
        Maarten Kooistra
        """),
    L("cancel", ["rha-ws-vallen"], ["m.kooistra@huisartsenvoorhout.nl"],
      note="Partial cancellation: only workshop F; the quoted confirmation lists both days and workshops A and F, and 'de rest blijft staan'."),
    quote=conf_q(HD_DAYS + ["rha-ws-dermatoscopie", "rha-ws-vallen"], "Maarten Kooistra",
                 "Maarten Kooistra <m.kooistra@huisartsenvoorhout.nl>", "2026-11-30 16:00", "kooistra"))

add("c05", "2027-02-15 13:10", ("Thijs Roos", "t.roos@huisartsenbodegraven.nl"),
    "Afmelding webinar", T("""
        Beste,

        Ik kan helaas niet bij het webinar van woensdag zijn. Kan ik wel de opname ontvangen?

        Thijs Roos
        """),
    L("cancel", ["rha-webinar-leefstijl"], ["t.roos@huisartsenbodegraven.nl"], review=True,
      note="Cancellation of the webinar plus a request for the recording (only for registered participants), which a person has to decide on."),
    client="gmail", mid_domain="huisartsenbodegraven.nl")

add("c06", "2027-04-22 09:30", ("Whitfield, Sarah", "s.whitfield@northgatemedical.com"),
    "RE: ISARP 2027 - registration confirmed", T("""
        Dear Secretariat,

        I'm very sorry but I have to cancel my registration - our practice has lost two partners and I cannot get away in May.

        Best wishes,
        Sarah Whitfield
        """),
    L("cancel", ["isarp-main", "isarp-dinner"], ["s.whitfield@northgatemedical.com"],
      note="Cancels 'my registration' in a reply to the confirmation, which lists the main conference and the dinner.",
      sessions_alt=[[]]),
    to=TO_ISARP(), lang="en", utc=True,
    quote=isarp_conf_q(["isarp-main", "isarp-dinner"], "Dr Whitfield", "Whitfield, Sarah <s.whitfield@northgatemedical.com>",
                       "2027-01-11 15:00", "whitfield"))

add("c07", "2027-02-22 18:40", ("Rob Hoekstra", "r.hoekstra@apotheekdekolk.nl"),
    "Afmelding", T("""
        Beste mensen,

        Ik moet mij helaas afmelden voor de nascholing.

        Groet,
        Rob Hoekstra
        """),
    L("cancel", [], ["r.hoekstra@apotheekdekolk.nl"], review="any",
      note="No session named. Fine to act if the sender has exactly one upcoming registration (module 3 in Delft; module 1 is already past); otherwise a person must ask.",
      sessions_allowed=MODULES),
    client="apple")

add("c08", "2027-02-24 10:10", ("W. Schipper", "w.schipper@huisartsenkatwijkaanzee.nl"),
    "Module 2: vervanging", T("""
        Geachte heer/mevrouw,

        Het is zoals ik vreesde: ik heb op 2 maart dienst. Mijn collega Eva Roemer (e.roemer@huisartsenkatwijkaanzee.nl) neemt mijn plaats graag over.

        Met vriendelijke groet,
        Wouter Schipper
        """),
    L("cancel", ["rha-m2-leiden"], ["w.schipper@huisartsenkatwijkaanzee.nl"], review=True,
      note="Substitution: cancel the sender and register e.roemer@huisartsenkatwijkaanzee.nl in his place. Two actions in one mail; follows up his conditional registration.",
      kind_alt=["change"]),
    charset="windows-1252")

add("c09", "2027-05-10 08:45", ("Jolien Peeters", "jolien.peeters@apotheekpeeters.be"),
    "Workshop One Health", T("""
        Beste,

        Ik moet mij helaas verontschuldigen voor de workshop One Health op 19 mei. Mijn inschrijving voor het symposium zelf blijft wel staan.

        Met vriendelijke groeten,
        Jolien Peeters
        """),
    L("cancel", ["isarp-pcw-onehealth"], ["jolien.peeters@apotheekpeeters.be"],
      note="Flemish 'mij verontschuldigen' = cancel, only the workshop; the main conference stays."),
    to=ISARP, lang="nl-BE")

add("c10", "2027-04-13 17:35", ("Jolien Maas", "jolienmaas.pvk@gmail.com"),
    "vanavond", T("""
        ben ziek, kan vanavond helaas niet komen bij de copd avond. sorry!
        jolien

        Verstuurd vanaf mijn iPhone
        """),
    L("cancel", ["rha-m3-leiden"], ["jolienmaas.pvk@gmail.com"],
      note="Same-day cancellation from a phone; 'vanavond' plus the Date (Tuesday 13 April) = module 3 in Leiden."),
    client="iphone")

add("c11", "2027-02-04 10:20", ("Kok, Hendrik-Jan", "hj.kok@huisartsenvoorschoten.nl"),
    "Afwezig dinsdag", T("""
        Beste collega's,

        Afgelopen dinsdag was ik er helaas niet bij door een spoedvisite aan het eind van de middag; excuses dat ik me niet heb afgemeld. Ik neem aan dat ik de accreditatiepunten dan niet krijg? Kan ik de avond eventueel in Delft inhalen?

        Met collegiale groet,
        Hendrik-Jan Kok
        """),
    L("question", ["rha-m1-leiden"], [], review=True,
      note="After the fact: he missed module 1 in Leiden (2 February) and asks about points and about catching up in Delft - on the day of the Delft evening. Not a plain cancellation or change; a person decides.",
      kind_alt=["cancel", "change"]),
    utc=True)

add("c12", "2027-04-30 14:00", ("Marijke van den Berg", "m.vandenberg@apotheekhaagpoort.nl"),
    "RE: " + conf_subject(["rha-m1-delft", "rha-m2-leiden", "rha-m4-delft"]), T("""
        Goedemiddag,

        Module 4 lukt helaas niet meer, wilt u mij daarvoor afmelden?

        Met vriendelijke groet,
        Marijke van den Berg
        """),
    L("cancel", ["rha-m4-delft"], ["m.vandenberg@apotheekhaagpoort.nl"],
      note="Reply to a confirmation that lists three modules; only module 4 is cancelled."),
    quote=conf_q(["rha-m1-delft", "rha-m2-leiden", "rha-m4-delft"], "Marijke van den Berg",
                 "Marijke van den Berg <m.vandenberg@apotheekhaagpoort.nl>", "2026-12-01 09:00", "vandenberg"))

add("c13", "2027-03-22 16:16", ("Hilde Claes", "hilde.claes@azscheldeland.be"),
    "RE: ISARP 2027 - registration confirmed", T("""
        Dear secretariat,

        Please cancel the registration of Dr. Sofie Wuyts (sofie.wuyts@azscheldeland.be); she will be on maternity leave in May. The other two colleagues remain registered.

        Kind regards,
        Hilde Claes
        """),
    L("cancel", ["isarp-main", "isarp-pcw-ltc"], ["sofie.wuyts@azscheldeland.be"],
      note="Cancels one of three colleagues she registered; the quoted confirmation lists the main conference and workshop 3 for all three.",
      sessions_alt=[[]]),
    to=TO_ISARP(), lang="en",
    quote=Q("ISARP 2027 Secretariat", ISARP, "2027-01-21 14:00", "Hilde Claes <hilde.claes@azscheldeland.be>",
            "ISARP 2027 - registration confirmed",
            isarp_conf_text(["isarp-main", "isarp-pcw-ltc"], "Dr Claes").replace(
                "We are pleased to confirm your registration for:",
                "We are pleased to confirm the registration of Dr. Sofie Wuyts, Bram De Smet and Katrien Maes for:"),
            svc_mid("iconf-claes", "dcir-rotterdam.nl")))

add("c14", "2027-03-15 07:55", ("Nienke Boersma", "nienke.boersma@icloud.com"),
    "Re: " + conf_subject(["rha-hd-dag1", "rha-ws-deprescribing"]), T("""
        Hallo,

        Ik moet mij helaas afmelden voor de Huisartsendagen, mijn opleider heeft me die donderdag nodig.

        Groet,
        Nienke
        """),
    L("cancel", ["rha-hd-dag1", "rha-ws-deprescribing"], ["nienke.boersma@icloud.com"],
      note="'Afmelden voor de Huisartsendagen' in a reply to the confirmation of day 1 plus workshop C: both go.",
      sessions_alt=[["rha-hd-dag1"]]),
    client="apple",
    quote=conf_q(["rha-hd-dag1", "rha-ws-deprescribing"], "Nienke Boersma", "nienke.boersma@icloud.com",
                 "2027-01-19 09:00", "boersma"))

add("c15", "2027-03-02 13:05", ("Thomas Hagen", "t.hagen@huisartsenleidschendam.nl"),
    "Re: " + conf_subject(HD_DAYS + ["rha-ws-dermatoscopie"]), T("""
        Beste,

        Ik kom toch alleen op vrijdag. Workshop A op donderdag vervalt dan natuurlijk ook.

        Groet,
        Thomas Hagen
        """),
    L("cancel", ["rha-hd-dag1", "rha-ws-dermatoscopie"], ["t.hagen@huisartsenleidschendam.nl"],
      note="'Ik kom toch alleen op vrijdag' cancels Thursday; he spells out that workshop A (Thursday) goes too. Friday stays, so this is a partial cancellation, not a change."),
    client="gmail", cte="quoted-printable",
    quote=conf_q(HD_DAYS + ["rha-ws-dermatoscopie"], "Thomas Hagen", "t.hagen@huisartsenleidschendam.nl",
                 "2027-01-21 08:30", "hagen"))

add("c16", "2027-04-06 12:00", ("Lisa Hermans", "l.hermans@huisartsenwassenaar.nl"),
    "Afmelding Tim van Rijn module 3", T("""
        Beste organisatie,

        Mijn collega Tim van Rijn kan op 13 april helaas niet. Wilt u hem afmelden voor module 3? Ik kom zelf wel.

        Met vriendelijke groet,
        Lisa Hermans
        """),
    L("cancel", ["rha-m3-leiden"], ["t.vanrijn@huisartsenwassenaar.nl"],
      note="Cancels a colleague she registered herself (address in Cc); the sender stays registered."),
    cc=addr("Tim van Rijn", "t.vanrijn@huisartsenwassenaar.nl"))


# ===================== changes =====================

add("x01", "2027-01-20 12:30", ("Eline Brouwer", "e.brouwer@praktijkdebuitenplaats.nl"),
    "Module 1 ruilen", T("""
        Hallo,

        Kan ik module 1 toch ruilen naar Delft? Dinsdagavond blijkt toch niet te kunnen.

        Hartelijke groet,
        Eline Brouwer
        """),
    L("change", ["rha-m1-delft"], ["e.brouwer@praktijkdebuitenplaats.nl"], from_sessions=["rha-m1-leiden"],
      note="Same module, other city; 'kan ik ... ruilen?' is a polite request, not a question that needs a person. Follows her self-corrected registration for Leiden."))

add("x02", "2027-03-20 19:50", ("Nadia Amrani", "nadia.amrani.apotheker@gmail.com"),
    "Re: " + conf_subject(["rha-m3-delft"]), T("""
        Goedenavond,

        Ik wil liever naar de Leidse avond op 13 april; kan ik omboeken?

        Groet,
        Nadia
        """),
    L("change", ["rha-m3-leiden"], ["nadia.amrani.apotheker@gmail.com"], from_sessions=["rha-m3-delft"],
      note="Old session only in the subject and the quoted confirmation; new one by city adjective ('de Leidse avond') and date."),
    client="gmail",
    quote=conf_q(["rha-m3-delft"], "Nadia Amrani", "nadia.amrani.apotheker@gmail.com", "2026-12-10 09:00", "amrani"))

add("x03", "2027-02-03 11:11", ("Gonnie Wessels", "g.wessels@hetnet.nl"),
    "Andere workshop", T("""
        Geachte heer/mevrouw,

        Kan ik van workshop F naar workshop B (echo)?

        Met vriendelijke groet,
        Gonnie Wessels
        """),
    L("change", ["rha-ws-echografie"], ["g.wessels@hetnet.nl"], from_sessions=["rha-ws-vallen"], review=True,
      note="Target workshop B is full, and it is on Thursday while she registered for Friday only."),
    client="plain", charset="iso-8859-1")

add("x04", "2027-02-25 16:20", ("Mulder, Caroline", "c.mulder@huisartsenwarmond.nl"),
    "Wissel workshop", T("""
        Goedemiddag,

        Ik wil graag wisselen van workshop A naar workshop C, als dat kan. Donderdag blijft gewoon staan.

        Met vriendelijke groet,
        Caroline Mulder
        """),
    L("change", ["rha-ws-deprescribing"], ["c.mulder@huisartsenwarmond.nl"], from_sessions=["rha-ws-dermatoscopie"],
      note="Workshop swap on the same day, before the deadline; 'als dat kan' is politeness."),
    charset="windows-1252")

add("x05", "2027-02-12 08:20", ("Maarten Kooistra", "m.kooistra@huisartsenvoorhout.nl"),
    "Workshop wijzigen", T("""
        Beste organisatie,

        Ik wil graag een andere workshop in plaats van dermatoscopie. Welke hebben er nog plek op donderdag?

        Groet,
        Maarten Kooistra
        """),
    L("change", [], ["m.kooistra@huisartsenvoorhout.nl"], from_sessions=["rha-ws-dermatoscopie"], review=True,
      note="Wants to leave workshop A but names no target and asks which Thursday workshops have room (B is full, so only C)."))

add("x06", "2027-03-05 10:45", ("Maria Fernandes", "m.fernandes@centrosaudealfama.com"),
    "Change of workshop", T("""
        Dear Sir/Madam,

        Could I switch from workshop 3 to workshop 4? The rest of my registration stays the same.

        Maria Fernandes
        """),
    L("change", ["isarp-pcw-onehealth"], ["m.fernandes@centrosaudealfama.com"], from_sessions=["isarp-pcw-ltc"],
      note="Afternoon workshop swap (same slot), before the deadline."),
    to=TO_ISARP(), lang="en", client="owa")

add("x07", "2027-04-02 09:09", ("Lars Nygaard", "lars.nygaard@gmail.com"),
    "ISARP - switch to livestream", T("""
        Dear ISARP secretariat,

        Unfortunately I can no longer travel to Rotterdam in May. Could you switch my registration to the livestream?

        Kind regards,
        Lars Nygaard
        """),
    L("change", ["isarp-livestream"], ["lars.nygaard@gmail.com"], from_sessions=["isarp-main"],
      note="In person to online: from the main conference to the livestream."),
    to=TO_ISARP(), lang="en", client="gmail")

add("x08", "2026-12-16 08:15", ("Sander Ruijs", "s.ruijs@xs4all.nl"),
    "Correctie inschrijving", T("""
        Dag,

        Correctie op mijn mail van gisteren: module 3 wil ik in Leiden volgen, niet in Delft. Module 4 blijft Delft natuurlijk.

        Groet,
        Sander Ruijs
        """),
    L("change", ["rha-m3-leiden"], ["s.ruijs@xs4all.nl"], from_sessions=["rha-m3-delft"],
      note="Correction of yesterday's registration; module 4 (only in Delft) is unaffected."),
    client="thunderbird")

add("x09", "2027-01-27 20:20", ("Wouter Claessens", "wouter.claessens@telenet.be"),
    "Wissel workshop ISARP", T("""
        Beste,

        Ik zou graag wisselen van workshop 2 naar workshop 1. Voor de rest blijft alles hetzelfde.

        Met vriendelijke groeten,
        Wouter Claessens
        huisarts, Gent
        """),
    L("change", ["isarp-pcw-stewardship"], ["wouter.claessens@telenet.be"], from_sessions=["isarp-pcw-genomics"],
      note="Flemish GP writing in Dutch to the English symposium; morning workshop swap."),
    to=ISARP, lang="nl-BE", client="thunderbird")

add("x10", "2027-01-21 09:40", ("Huisartsenpraktijk Hoflaan", "info@huisartsenhoflaan-delft.nl"),
    "Wijziging module 1 dokter De Groot", T("""
        Goedemorgen,

        Dokter De Groot wil module 1 graag in Leiden volgen in plaats van in Delft; op donderdag heeft zij avondspreekuur. Zij staat in de cc.

        Met vriendelijke groet,
        Sanne Bos, doktersassistente
        """),
    L("change", ["rha-m1-leiden"], ["p.degroot@huisartsenhoflaan-delft.nl"], from_sessions=["rha-m1-delft"],
      note="Assistant moves her doctor (address in Cc) from the Delft to the Leiden evening of module 1."),
    cc=addr("P. de Groot", "p.degroot@huisartsenhoflaan-delft.nl"))

add("x11", "2027-02-26 07:48", ("Kim Laurens", "k.laurens@huisartsensassenheim.nl"),
    "RE: " + conf_subject(["rha-hd-dag2", "rha-ws-vallen"]), T("""
        Goedemorgen,

        Ik kom toch liever op donderdag dan op vrijdag; workshop F wordt dan workshop C. Lukt dat nog voor 1 maart?

        Groet,
        Kim Laurens
        """),
    L("change", ["rha-hd-dag1", "rha-ws-deprescribing"], ["k.laurens@huisartsensassenheim.nl"],
      from_sessions=["rha-hd-dag2", "rha-ws-vallen"],
      note="Two-part change (day and workshop) against the quoted confirmation; before the deadline, so the question is rhetorical."),
    quote=conf_q(["rha-hd-dag2", "rha-ws-vallen"], "Kim Laurens", "Kim Laurens <k.laurens@huisartsensassenheim.nl>",
                 "2027-01-12 10:00", "laurens"))

add("x12", "2027-03-31 14:25", ("Jeroen Aalbers", "j.aalbers@huisartsenalphenwest.nl"),
    "Module 3 naar Delft", T("""
        Beste organisatie,

        Ik wil module 3 graag in Delft doen in plaats van Leiden. Is dat nog mogelijk?

        Met vriendelijke groet,
        Jeroen Aalbers
        """),
    L("change", ["rha-m3-delft"], ["j.aalbers@huisartsenalphenwest.nl"], from_sessions=["rha-m3-leiden"],
      note="Module 3 from Leiden to Delft; his other Leiden modules are untouched."))


# ===================== questions =====================

add("q01", "2026-12-02 14:30", ("Priscilla Tjon", "p.tjon@huisartsenzoetermeeroost.nl"),
    "Vraag over inschrijving", T("""
        Goedemiddag,

        Kan ik me ook inschrijven als ik doktersassistente ben? De diabetes-avond lijkt me heel nuttig voor ons spreekuur.

        Met vriendelijke groet,
        Priscilla Tjon
        doktersassistente
        """),
    L("question", [], [], review=True,
      note="Eligibility question phrased like a request: doktersassistenten are not in the modules' audience. The diabetes evening runs in two cities, so no single session.",
      kind_alt=["register"]),
    client="outlook")

add("q02", "2026-12-04 09:05", ("Marleen Dekkers", "m.dekkers@huisartsenwateringen.nl"),
    "Accreditatie praktijkverpleegkundigen", T("""
        Beste,

        Worden de avondmodules ook geaccrediteerd voor praktijkverpleegkundigen (kwaliteitsregister V&VN)? Dan meld ik me daarna aan.

        Groet,
        Marleen Dekkers
        """),
    L("question", [], [], review=True, note="Accreditation question before registering ('dan meld ik me daarna aan')."),
    client="owa")

add("q03", "2026-12-08 17:45", ("Geert Mol", "g.mol@huisartsenkaag.nl"),
    "Parkeren Rijnland UMC", T("""
        Goedemiddag,

        Ik kom op 2 februari naar module 1 in Leiden. Kan ik 's avonds parkeren bij het Onderwijscentrum, en zo ja, moet ik betalen?

        Met vriendelijke groet,
        Geert Mol
        """),
    L("question", ["rha-m1-leiden"], [], review=True,
      note="Practical question about a session he is (presumably) registered for; 'ik kom ... naar module 1' is not a new registration request."))

add("q04", "2027-01-10 20:02", ("Sietske Hoekstra", "sietske.hoekstra@gmail.com"),
    "Module 2 online?", T("""
        Hallo,

        Kan ik module 2 ook online volgen? Ik woon in Gouda en het is op een dinsdagavond best ver.

        Groet,
        Sietske Hoekstra, POH
        """),
    L("question", ["rha-m2-leiden"], [], review=True,
      note="Asks whether an in-person module can be followed online; 'online' refers to no webinar."),
    client="gmail")

add("q05", "2027-01-14 11:35", ("Stefan Mulders", "s.mulders@apotheekdevaart.nl"),
    "Kosten avondmodules", T("""
        Geachte heer/mevrouw,

        Wat kost deelname aan de avondmodules voor apothekers? En ontvangen we een factuur op naam van de apotheek?

        Met vriendelijke groet,
        Stefan Mulders
        """),
    L("question", [], [], review=True, note="Fee and invoicing question."),
    charset="windows-1252")

add("q06", "2027-02-10 09:25", ("Annelies Koopman", "a.koopman@huisartsenzoeterwoude.nl"),
    "Geen bevestiging ontvangen", T("""
        Goedemorgen,

        Ik heb me begin december aangemeld voor module 2 (2 maart), maar nog geen bevestiging ontvangen. Staat mijn inschrijving goed?

        Met vriendelijke groet,
        Annelies Koopman
        """),
    L("question", ["rha-m2-leiden"], [], review=True,
      note="Asks about the status of an earlier registration; not a new one (registering again could create a duplicate)."),
    client="outlook")

add("q07", "2027-02-08 13:00", ("Laura Schouten", "l.schouten@huisartsendelfgauw.nl"),
    "Slides module 1", T("""
        Beste,

        Zijn de slides van module 1 (Delft, afgelopen donderdag) beschikbaar? Het was een leerzame avond.

        Groet,
        Laura Schouten
        """),
    L("question", ["rha-m1-delft"], [], review=True, note="Post-event request for slides."),
    client="apple")

add("q08", "2027-01-07 11:00", ("Noëlle Verstraete", "noelle.verstraete@skynet.be"),
    "Accreditering België", T("""
        Goeiedag,

        Ik ben huisarts in Wuustwezel en zou graag enkele avondmodules volgen. Is deze nascholing ook erkend voor accreditering in België? Anders heeft het voor mij weinig zin.

        Vriendelijke groeten,
        Dr. Noëlle Verstraete
        """),
    L("question", [], [], review=True, note="Flemish GP; accreditation question before any registration."),
    client="plain", lang="nl-BE", charset="iso-8859-1", name_charset="iso-8859-1")

add("q09", "2027-01-22 10:50", ("Mehmet Aydin", "m.aydin@huisartsenzoetermeercentrum.nl"),
    "Echo-workshop", T("""
        Goedemorgen,

        Is er nog plek in de echo-workshop op de Huisartsendagen?

        Groet,
        Mehmet Aydin
        """),
    L("question", ["rha-ws-echografie"], [], review=True,
      note="Availability question about the full workshop B; not a registration."))

add("q10", "2027-01-11 16:40", ("Julia Brandt", "julia.brandt@gmail.com"),
    "Modules in English?", T("""
        Hello,

        I'm a German GP working in a practice in The Hague. Are the evening modules taught in English, or only in Dutch? My Dutch is improving but not perfect yet.

        Thanks,
        Julia Brandt
        """),
    L("question", [], [], review=True, note="English language question to the Dutch nascholing mailbox."),
    lang="en", client="gmail")

add("q11", "2027-01-26 15:55", ("Hoogendoorn, R.", "r.hoogendoorn@zorgcentrumrijnhof.nl"),
    "Aanmelding module 2?", T("""
        Geachte organisatie,

        Graag zou ik me willen aanmelden voor module 2, maar ik ben specialist ouderengeneeskunde in een verpleeghuis en geen huisarts. Is dat een probleem?

        Met vriendelijke groet,
        Rosalie Hoogendoorn
        specialist ouderengeneeskunde, Zorgcentrum Rijnhof
        """),
    L("question", ["rha-m2-leiden"], [], review=True,
      note="Registration wish conditional on eligibility: elderly-care physicians are not in the listed audience.",
      kind_alt=["register"], participants_alt=[["r.hoogendoorn@zorgcentrumrijnhof.nl"]]))

add("q12", "2027-02-18 12:15", ("Dennis Klaver", "d.klaver@huisartsenleiden-noord.nl"),
    "Deadline Huisartsendagen", T("""
        Beste,

        Tot wanneer kan ik me inschrijven voor de Huisartsendagen? Ik wacht nog op mijn rooster.

        Dennis Klaver
        """),
    L("question", HD_DAYS, [], review=True, note="Deadline question about the symposium; no registration yet."),
    client="samsung")

add("q13", "2027-01-16 10:10", ("Grace Mwangi", "grace.mwangi@outlook.com"),
    "Registration fee nurses / PhD", T("""
        Dear organisers,

        What is the registration fee for nurses? And is there a reduced rate for PhD students?

        Best regards,
        Grace Mwangi
        """),
    L("question", [], [], review=True, note="Fee question for the symposium."),
    to=TO_ISARP(), lang="en", client="owa")

add("q14", "2027-02-01 09:45", ("Pablo Ruiz", "pablo.ruiz@gmail.com"),
    "Late abstract submission", T("""
        Dear ISARP committee,

        Is it still possible to submit an abstract for a poster? Our data on antibiotic prescribing in nursing homes in Valencia will be ready next week.

        Kind regards,
        Pablo Ruiz
        """),
    L("question", [], [], review=True, note="Abstract submission question; mentions nursing homes (the long-term care workshop topic) but asks for no session."),
    to=TO_ISARP(), lang="en", client="gmail")

add("q15", "2027-03-08 15:30", ("Sophie Laurent", "sophie.laurent@cabinetmedical-lille.com"),
    "Conference dinner", T("""
        Dear secretariat,

        Is the conference dinner included in the registration fee? And may I bring my partner (paying, of course)?

        Best regards,
        Sophie Laurent
        """),
    L("question", ["isarp-dinner"], [], review=True, note="Questions about the dinner; the partner has no address and is not registered."),
    to=ISARP, lang="en", client="apple")

add("q16", "2027-02-23 11:05", ("Henrik Olsen", "h.olsen@ringstedlaegehus.com"),
    "CME accreditation", T("""
        Dear ISARP organisers,

        Will ISARP 2027 be accredited for European CME credits (EACCME), and will the pre-conference workshops count separately?

        Kind regards,
        Henrik Olsen
        """),
    L("question", [], [], review=True, note="Accreditation question."),
    to=TO_ISARP(), lang="en", client="thunderbird")

add("q17", "2027-02-19 10:30", ("Samira El Idrissi", "s.elidrissi@huisartsenleidschendam.nl"),
    "Punt webinar GAIA", T("""
        Goedemorgen,

        Ik heb woensdag het webinar gevolgd maar ik zie mijn accreditatiepunt nog niet in GAIA. Moet ik nog iets doen?

        Met vriendelijke groet,
        Samira El Idrissi
        """),
    L("question", ["rha-webinar-leefstijl"], [], review=True, note="After the webinar: accreditation points not registered."),
    client="gmail", cte="quoted-printable")

add("q18", "2027-03-18 19:19", ("Kofi Mensah", "kofi.mensah@gmail.com"),
    "Hotel near venue", T("""
        Hi,

        Can you recommend a hotel near the Maas Congress Centre? I'm registered for the main conference and the workshops on Wednesday.

        Thanks,
        Kofi
        """),
    L("question", [], [], review=True,
      note="Hotel question; 'I'm registered for ...' describes an existing registration and does not ask for one.",
      sessions_alt=[["isarp-main"]]),
    to=TO_ISARP(), lang="en", client="gmail")


# ===================== machine mail helpers (adapted from the shared corpus build) =====================

def newsletter_html(title, blocks, footer, host="nieuws.example-mailer.nl", color="#00437a", more="Lees meer"):
    cells = "".join(
        f'<tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#222">'
        f'<h2 style="margin:0 0 8px;font-size:18px;color:{color}">{esc(t)}</h2>{esc(b)}'
        f'<br><a href="{u}" style="color:{color}">{more}</a></td></tr>'
        for t, b, u in blocks)
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f'<title>{esc(title)}</title></head><body style="margin:0;background:#f2f2f2">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">'
            f'<tr><td><img src="https://{host}/img/header-600.png" width="600" alt="{esc(title)}" style="display:block" /></td></tr>'
            + cells +
            f'<tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:12px;color:#777">{footer}</td></tr>'
            '</table></td></tr></table>'
            f'<img src="https://{host}/o/8f3a1c.gif" width="1" height="1" alt="" /></body></html>\n')



def sysmail(name, date, headers, root, lbl):
    add_raw(name, date, build_message(headers, root), lbl)


# ===================== auto replies =====================

add("a01", "2026-12-23 08:12", ("Hermans, Lisa", "l.hermans@huisartsenwassenaar.nl"),
    "Automatisch antwoord: Bevestiging inschrijving nascholing 2027", T("""
        Beste afzender,

        Van 23 december tot en met 3 januari ben ik afwezig. Uw e-mail wordt niet doorgestuurd.
        Voor spoedeisende zaken belt u de praktijk: 070 - 511 24 60. Voor overige vragen kunt u terecht bij mijn collega Tim van Rijn (t.vanrijn@huisartsenwassenaar.nl).

        Met vriendelijke groet,
        Lisa Hermans
        """),
    L("auto_reply", note="Exchange out-of-office with Auto-Submitted, in reply to a confirmation; the body names a colleague's address who is himself registered."),
    prev=svc_mid("conf-hermans", "rijnlandumc.nl"), utc=True,
    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "l.hermans@huisartsenwassenaar.nl")])

add("a02", "2026-12-24 07:30", ("Huisartsen Rijnsburg", "praktijk@huisartsenrijnsburg.nl"),
    "Re: " + INVITE_SUBJECT, T("""
        Geachte afzender,

        Onze praktijk is gesloten van vrijdag 24 december tot en met vrijdag 1 januari. Uw bericht wordt na de feestdagen gelezen.
        Voor spoed belt u 112. Voor dringende medische vragen buiten kantoortijd belt u de Huisartsenpost Leiden: 0900 - 555 1234.

        Fijne feestdagen,
        Huisartsen Rijnsburg
        """),
    L("auto_reply", note="Practice holiday notice with no Auto-Submitted or X-Auto header and a plain 'Re:' subject; only the wording gives it away."),
    client="plain", prev=INVITE_MID)

add("a03", "2026-12-07 09:25", ("Huisartsenpraktijk Hoflaan", "info@huisartsenhoflaan-delft.nl"),
    "Automatisch antwoord: Bevestiging inschrijving nascholing 2027", T("""
        Dit is een automatisch antwoord.

        Hartelijk dank voor uw bericht. Deze mailbox is NIET bedoeld voor medische vragen, het aanvragen van herhaalrecepten of het maken van afspraken; gebruik daarvoor ons patiëntenportaal.
        Wij reageren binnen 3 werkdagen.

        Bij spoed belt u 112 of tijdens kantoortijden de praktijk: 015 - 555 0700.

        Huisartsenpraktijk Hoflaan, Delft
        """),
    L("auto_reply", note="Practice mailbox autoresponder (Auto-Submitted, X-Autoreply) triggered by the confirmation sent after an assistant's on-behalf registration."),
    prev=svc_mid("conf-degroot", "rijnlandumc.nl"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])

add("a04", "2027-01-14 10:05", ("Maria Fernandes", "m.fernandes@centrosaudealfama.com"),
    "Automatic reply: ISARP 2027 - registration confirmed", T("""
        Estou ausente até 25 de janeiro, com acesso limitado ao e-mail.
        I am out of the office until 25 January with limited access to e-mail. For urgent matters please contact secretariado@centrosaudealfama.com.

        Maria Fernandes
        """),
    L("auto_reply", note="Bilingual (Portuguese/English) out-of-office, Auto-Submitted: auto-replied."),
    client="owa", to=TO_ISARP(), lang="en", prev=svc_mid("iconf-fernandes", "dcir-rotterdam.nl"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

add("a05", "2026-12-28 11:40", ("Nadia Amrani", "nadia.amrani.apotheker@gmail.com"),
    "Afwezig tot 4 januari", T("""
        Hallo,

        Ik ben tot en met 3 januari op vakantie en lees mijn mail niet. Voor de apotheek: bel 015 - 555 8800.

        Nadia
        """),
    L("auto_reply", note="Gmail vacation responder (Auto-Submitted: auto-replied) with its own subject, not 'Re:'."),
    client="gmail", prev=svc_mid("conf-amrani", "rijnlandumc.nl"), extra=[("Auto-Submitted", "auto-replied")])

add("a06", "2026-11-30 09:03", ("Apotheek De Kolk", "info@apotheekdekolk.nl"),
    "Ontvangen: " + INVITE_SUBJECT, T("""
        Geachte heer/mevrouw,

        Bedankt voor uw e-mail aan Apotheek De Kolk. Wij hebben uw bericht in goede orde ontvangen en reageren binnen twee werkdagen.

        Herhaalmedicatie bestellen? Gebruik de app of bel onze receptenlijn.

        Met vriendelijke groet,
        Apotheek De Kolk, Pijnacker
        """),
    L("auto_reply", note="Pharmacy acknowledgement of the invitation (X-Autoreply, Precedence: auto_reply, no Auto-Submitted)."),
    client="plain", prev=INVITE_MID, extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")])

add("a07", "2027-01-21 14:02", ("Hilde Claes", "hilde.claes@azscheldeland.be"),
    "Automatisch antwoord: ISARP 2027 - registration confirmed", T("""
        Beste,

        Ik ben met verlof tot en met 3 februari. Voor dringende vragen over antibioticabeleid kan u terecht bij a-team@azscheldeland.be.

        I am on leave until 3 February. For urgent matters please contact a-team@azscheldeland.be.

        Met vriendelijke groeten,
        Dr. Hilde Claes
        """),
    L("auto_reply", note="Flemish/English out-of-office (Auto-Submitted) in reply to the confirmation of the three colleagues she registered."),
    to=TO_ISARP(), lang="nl-BE", prev=svc_mid("iconf-claes", "dcir-rotterdam.nl"),
    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

add("a08", "2027-04-06 09:00", ("Sophie Lammers", "s.lammers@gcstevenshof.nl"),
    "Automatisch antwoord: Herinnering: Module 3 – COPD en astma, dinsdag 13 april (Leiden)", T("""
        Ik ben afwezig van 5 tot en met 16 april. Op dinsdag 13 april ben ik wel bij de COPD-nascholing in Leiden.
        Voor vragen over de POH-spreekuren kunt u bellen met Gezondheidscentrum Stevenshof, 071 - 555 3300.

        Sophie Lammers
        """),
    L("auto_reply", note="Out-of-office to a reminder that names module 3, the city and the date ('ik ben wel bij de COPD-nascholing'); only X-Auto-Response-Suppress, no Auto-Submitted."),
    prev=svc_mid("reminder-m3-lammers", "rijnlandumc.nl"), extra=[("X-Auto-Response-Suppress", "All")])

add("a09", "2027-02-04 12:30", ("Ingrid Solberg", "ingrid.solberg@outlook.com"),
    "Out of Office: ISARP 2027 - registration confirmed", T("""
        Thanks for your message. I'm travelling until 14 February and will reply when I'm back. For anything urgent, text me.

        Ingrid
        """),
    L("auto_reply", note="Outlook.com out-of-office identified only by subject and wording (X-Autorespond, no Auto-Submitted)."),
    client="owa", to=TO_ISARP(), lang="en", prev=svc_mid("iconf-solberg", "dcir-rotterdam.nl"),
    extra=[("X-Autorespond", "Out of Office")])


def mdn_a10():
    date = "2026-12-16 10:02"
    who, waddr = "Dekker, Evert", "e.dekker@gcdekeurvorst.nl"
    conf_mid = svc_mid("conf-dekker", "rijnlandumc.nl")
    human = T(f"""
        Uw bericht

          Aan: {waddr}
          Onderwerp: {conf_subject(['rha-m2-leiden'])}
          Verzonden: woensdag 16 december 2026 08:40:11 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

        is gelezen op woensdag 16 december 2026 10:02:03 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
        """)
    disp = T(f"""
        Reporting-UA: AM9PR09MB4411.eurprd09.prod.outlook.com; Microsoft Outlook 16.0
        Final-Recipient: rfc822;{waddr}
        Original-Message-ID: {conf_mid}
        Disposition: manual-action/MDN-sent-manually; displayed
        """)
    root = multipart("report", [text_part(human, "plain", "utf-8", "quoted-printable"),
                                raw_part(["Content-Type: message/disposition-notification"], disp)],
                     f"_002_{h('a10', 24).upper()}_", params="; report-type=disposition-notification")
    hdrs = [("Received", received("a10", waddr, NASCH, date, "outlook")),
            ("From", addr(who, waddr)), ("To", addr(NASCH_NAME, NASCH)),
            ("Subject", hv("Gelezen: " + conf_subject(["rha-m2-leiden"]))),
            ("Thread-Topic", hv(conf_subject(["rha-m2-leiden"]))), ("Date", rfc_date(date, utc=True)),
            ("Message-ID", msgid("outlook", "a10")), ("In-Reply-To", conf_mid), ("References", conf_mid),
            ("Content-Language", "nl-NL"), ("X-MS-Has-Attach", None)]
    return build_message(hdrs, root)


add_raw("a10", "2026-12-16 10:02", mdn_a10(),
        L("auto_reply", note="Read receipt (multipart/report; report-type=disposition-notification) for a module 2 confirmation; automatic, nothing to do.",
          kind_alt=["other"]))


# ===================== bounces =====================

def rha_conf_headers(rcpt, keys, seed, date):
    return {"_arrival": date, "From": addr(NASCH_NAME, NASCH), "To": rcpt,
            "Subject": hv(conf_subject(keys)), "Date": rfc_date(date),
            "Message-ID": svc_mid("conf-" + seed, "rijnlandumc.nl"), "MIME-Version": "1.0",
            "Content-Type": 'text/plain; charset="utf-8"', "Content-Transfer-Encoding": "quoted-printable"}


def b01():
    date = "2026-12-15 16:31"
    orig = rha_conf_headers("a.bos@gcdekeurvorst.nl", ["rha-m2-leiden"], "bos", "2026-12-15 16:30:12")
    root = postfix_dsn("b01", date=date, mta="mx1.rijnlandumc.nl", sender=NASCH, rcpt="a.bos@gcdekeurvorst.nl",
                       action="failed", status="5.1.1", remote="mx.gcdekeurvorst.nl",
                       diag="host mx.gcdekeurvorst.nl[198.51.100.83] said: 550 5.1.1 <a.bos@gcdekeurvorst.nl>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)",
                       orig_headers=orig)
    hdrs = [("Return-Path", "<>"), ("Received", f"by mx1.rijnlandumc.nl (Postfix){CRLF}\tid 4dKq7B2nZRz1xQv; {rfc_date(date)} (CET)"),
            ("Date", rfc_date(date)), ("From", "MAILER-DAEMON@mx1.rijnlandumc.nl (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", NASCH), ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20261215153101.4dKq7B2nZRz1xQv@mx1.rijnlandumc.nl>")]
    return build_message(hdrs, root)


add_raw("b01", "2026-12-15 16:31", b01(),
        L("bounce", review="any",
          note="Postfix DSN (5.1.1 user unknown) for the confirmation to one of three doctors a practice manager registered; probably a wrong address in her list. Flagging it automatically or showing it to a person are both fine."))


def b02():
    date = "2026-12-08 09:02"
    rcpt = "t.vanrijn@huisartsenwassenaar.nl"
    srv = "DB9PR02MB7120.eurprd02.prod.outlook.com"
    keys = ["rha-m1-leiden", "rha-m3-leiden"]
    conf_mid = svc_mid("conf-vanrijn", "rijnlandumc.nl")
    inner_hdrs = [("From", addr(NASCH_NAME, NASCH)), ("To", rcpt), ("Subject", conf_subject(keys)),
                  ("Date", rfc_date("2026-12-08 09:00")), ("Message-ID", conf_mid)]
    inner = build_message(inner_hdrs, text_part(conf_text(keys, "Tim van Rijn"), "plain", "utf-8", "quoted-printable"))
    notice = T(f"""
        Uw bericht aan {rcpt} kan niet worden bezorgd.

        Het postvak van de ontvanger is vol en kan momenteel geen berichten accepteren. Probeer het bericht later opnieuw te verzenden of neem op een andere manier contact op met de ontvanger.

        Diagnostische gegevens voor beheerders:

        Genererende server: {srv}

        {rcpt}
        Externe server heeft '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded' geretourneerd
        """)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           f'<p><b><font color="#000066" size="3" face="Arial">Uw bericht aan {rcpt} kan niet worden bezorgd.</font></b></p>'
           '<p><font size="2" face="Tahoma">Het postvak van de ontvanger is vol en kan momenteel geen berichten accepteren.</font></p>'
           f'<p><font size="2" face="Tahoma"><b>Diagnostische gegevens voor beheerders:</b><br>Genererende server: {srv}<br><br>{rcpt}<br>'
           'Externe server heeft &#39;554 5.2.2 mailbox full&#39; geretourneerd</font></p></body></html>\n')
    alt = multipart("alternative", [text_part(notice, "plain", "utf-8", "quoted-printable"),
                                    text_part(htm, "html", "utf-8", "quoted-printable")], "_000_7be21c0f3a9d4e22_")
    status = T(f"""
        Reporting-MTA: dns;{srv}
        Received-From-MTA: dns;mx1.rijnlandumc.nl
        Arrival-Date: {rfc_date('2026-12-08 09:00', utc=True)}

        Final-Recipient: rfc822;{rcpt}
        Action: failed
        Status: 5.2.2
        Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
        """)
    root = multipart("report", [alt, raw_part(["Content-Type: message/delivery-status"], status),
                                Part(["Content-Type: message/rfc822"], inner)],
                     "_001_7be21c0f3a9d4e22_", params="; report-type=delivery-status")
    hdrs = [("From", addr("Microsoft Outlook", "postmaster@huisartsenwassenaar.onmicrosoft.com")), ("To", NASCH),
            ("Date", rfc_date(date, utc=True)), ("Subject", hv("Onbestelbaar: " + conf_subject(keys))),
            ("Message-ID", f"<{h('b02', 32)}@{srv}>"), ("In-Reply-To", conf_mid), ("References", conf_mid),
            ("Thread-Topic", hv(conf_subject(keys))), ("Content-Language", "nl-NL"),
            ("X-MS-Exchange-Generated-Message-Source", "Mail Delivery Service"), ("Auto-Submitted", "auto-replied")]
    return build_message(hdrs, root)


add_raw("b02", "2026-12-08 09:02", b02(),
        L("bounce", review="any",
          note="Exchange Online NDR in Dutch ('Onbestelbaar', 5.2.2 mailbox full) for the confirmation to a colleague registered via Cc, with the full original (listing two modules) attached as message/rfc822."))


def b03():
    date = "2026-12-14 05:10"
    orig = rha_conf_headers("henk.postma@kpnmail.nl", ["rha-m2-leiden"], "postma", "2026-12-14 01:09:40")
    orig["_retry"] = "2026-12-19 01:09:40"
    root = postfix_dsn("b03", date=date, mta="mx1.rijnlandumc.nl", sender=NASCH, rcpt="henk.postma@kpnmail.nl",
                       action="delayed", status="4.4.1", delayed=True,
                       diag="connect to mx.kpnmail.nl[203.0.113.45]:25: Connection timed out", orig_headers=orig)
    hdrs = [("Return-Path", "<>"), ("Date", rfc_date(date)),
            ("From", "MAILER-DAEMON@mx1.rijnlandumc.nl (Mail Delivery System)"),
            ("Subject", "Delayed Mail (still being retried)"), ("To", NASCH), ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20261214041001.4dJv1Q0mC9z3pLk@mx1.rijnlandumc.nl>")]
    return build_message(hdrs, root)


add_raw("b03", "2026-12-14 05:10", b03(),
        L("bounce", note="Delay warning (Action: delayed, 4.4.1) for a confirmation; not a final failure, nothing to do yet."))


def b04():
    date = "2027-01-08 09:14"
    orig = rha_conf_headers("r.sno@live.nl", ["rha-m1-delft"], "sno", "2027-01-08 09:13:30")
    root = postfix_dsn("b04", date=date, mta="mx1.rijnlandumc.nl", sender=NASCH, rcpt="r.sno@live.nl",
                       action="failed", status="5.2.2", remote="eur.olc.protection.outlook.com",
                       diag="host eur.olc.protection.outlook.com[192.0.2.161] said: 552 5.2.2 Requested action aborted: mailbox full (in reply to end of DATA command)",
                       orig_headers=orig)
    hdrs = [("Return-Path", "<>"), ("Received", f"by mx1.rijnlandumc.nl (Postfix){CRLF}\tid 4fN2sW6gJ8z2vRt; {rfc_date(date)} (CET)"),
            ("Date", rfc_date(date)), ("From", "MAILER-DAEMON@mx1.rijnlandumc.nl (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", NASCH), ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20270108081401.4fN2sW6gJ8z2vRt@mx1.rijnlandumc.nl>")]
    return build_message(hdrs, root)


add_raw("b04", "2027-01-08 09:14", b04(),
        L("bounce", review="any", note="Postfix DSN 5.2.2 (mailbox full at live.nl) for a confirmation; the registration itself stands."))


def b05():
    date = "2026-12-07 09:31"
    rcpt = "p.degroot@huisartsenhoflaan-delft.nl"
    htm = T(f"""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>ZorgGuard</title></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#333">
        <table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #c8102e">
        <tr><td style="background:#c8102e;color:#fff;padding:8px 12px;font-size:15px"><b>ZorgGuard Mail Security</b> &ndash; melding</td></tr>
        <tr><td style="padding:12px">
        <p>Beste afzender,</p>
        <p>Uw bericht is door het beveiligingsbeleid van de ontvangende organisatie <b>in quarantaine geplaatst</b> en is (nog) niet afgeleverd.</p>
        <table cellpadding="3" style="font-size:12px">
        <tr><td><b>Ontvanger:</b></td><td>{rcpt}</td></tr>
        <tr><td><b>Onderwerp:</b></td><td>Bevestiging inschrijving nascholing 2027</td></tr>
        <tr><td><b>Ontvangen:</b></td><td>07-12-2026 09:30:44</td></tr>
        <tr><td><b>Reden:</b></td><td>Externe afzender niet op de vertrouwde lijst (policy ZG-EXT-07)</td></tr>
        <tr><td><b>Referentie:</b></td><td>ZG-Q-20261207-88213</td></tr>
        </table>
        <p>De ontvanger is op de hoogte gebracht en kan het bericht vrijgeven. Neemt u bij vragen contact op met de ICT-beheerder van de ontvangende organisatie.</p>
        <p style="color:#888;font-size:10px">Dit is een automatisch gegenereerd bericht. Antwoorden op dit bericht worden niet gelezen.</p>
        </td></tr></table></body></html>
        """)
    root = text_part(htm, "html", "utf-8", "quoted-printable")
    hdrs = [("Received", received("b05", "noreply@zorgguard-mailsecurity.com", NASCH, date, "system")),
            ("From", addr("ZorgGuard Mail Security", "noreply@zorgguard-mailsecurity.com")), ("To", NASCH),
            ("Subject", "[ZorgGuard] Bericht in quarantaine: Bevestiging inschrijving nascholing 2027"),
            ("Date", rfc_date(date)), ("Message-ID", f"<ZG-Q-20261207-88213.{h('b05', 10)}@relay2.zorgguard-mailsecurity.com>"),
            ("X-ZorgGuard-Notice", "quarantine-sender")]
    return build_message(hdrs, root)


add_raw("b05", "2026-12-07 09:31", b05(),
        L("bounce", review="any", kind_alt=["other", "auto_reply"],
          note="Non-standard HTML-only notice from the recipient's mail-security gateway: the confirmation to the doctor an assistant registered is held in quarantine, not delivered. No multipart/report, no DSN fields."))


def b06():
    date = "2027-01-18 16:20"
    rcpt = "chen.wei.amr@outlook.com"
    orig = {"_arrival": "2027-01-18 16:19:50", "From": addr(ISARP_NAME, ISARP), "To": rcpt,
            "Subject": "ISARP 2027 - your registration", "Date": rfc_date("2027-01-18 16:19:49"),
            "Message-ID": svc_mid("iack-chen", "dcir-rotterdam.nl"), "MIME-Version": "1.0",
            "Content-Type": 'text/plain; charset="utf-8"'}
    root = postfix_dsn("b06", date=date, mta="mail.dcir-rotterdam.nl", sender=ISARP, rcpt=rcpt,
                       action="failed", status="5.5.0", remote="outlook-com.olc.protection.outlook.com",
                       diag="host outlook-com.olc.protection.outlook.com[198.51.100.12] said: 550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). (in reply to RCPT TO command)",
                       orig_headers=orig)
    hdrs = [("Return-Path", "<>"), ("Received", f"by mail.dcir-rotterdam.nl (Postfix){CRLF}\tid 4fQx8M1cYtz5kDp; {rfc_date(date)} (CET)"),
            ("Date", rfc_date(date)), ("From", "MAILER-DAEMON@mail.dcir-rotterdam.nl (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", ISARP), ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20270118152001.4fQx8M1cYtz5kDp@mail.dcir-rotterdam.nl>")]
    return build_message(hdrs, root)


add_raw("b06", "2027-01-18 16:20", b06(),
        L("bounce", review="any", note="Postfix DSN (550 5.5.0 mailbox unavailable) at the symposium's MTA for the answer to an earlier registration."))


def b07():
    date = "2027-01-21 14:01"
    rcpt = "katrien.maes@azscheldeland.be"
    notice = T(f"""
        Delivery has failed to these recipients or groups:

        {rcpt}
        The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.

        Diagnostic information for administrators:

        Generating server: EXMBX02.azscheldeland.be

        {rcpt}
        #550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found ##

        Original message headers:
        """)
    hdr_block = T(f"""
        Received: from mail.dcir-rotterdam.nl (192.0.2.60) by EXEDGE01.azscheldeland.be
         (192.0.2.61) with Microsoft SMTP Server id 15.2.1544.4; Thu, 21 Jan 2027 14:01:02 +0100
        From: ISARP 2027 Secretariat <{ISARP}>
        To: {rcpt}
        Subject: ISARP 2027 - registration confirmed
        Date: Thu, 21 Jan 2027 14:00:58 +0100
        Message-ID: {svc_mid('iconf-maes', 'dcir-rotterdam.nl')}
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
        """)
    status = T(f"""
        Reporting-MTA: dns;EXMBX02.azscheldeland.be
        Received-From-MTA: dns;EXEDGE01.azscheldeland.be
        Arrival-Date: Thu, 21 Jan 2027 13:01:02 +0000

        Final-Recipient: rfc822;{rcpt}
        Action: failed
        Status: 5.1.1
        Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found
        """)
    root = multipart("report", [text_part(notice, "plain", "us-ascii", "7bit"),
                                raw_part(["Content-Type: message/delivery-status"], status),
                                raw_part(["Content-Type: text/rfc822-headers"], hdr_block)],
                     "_000_EXMBX02azscheldelandbe_", params="; report-type=delivery-status")
    hdrs = [("From", addr("Microsoft Exchange", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@azscheldeland.be")),
            ("To", ISARP), ("Date", rfc_date(date)), ("Subject", "Undeliverable: ISARP 2027 - registration confirmed"),
            ("Message-ID", f"<{h('b07', 32)}@EXMBX02.azscheldeland.be>"), ("Content-Language", "en-US"),
            ("X-MS-Exchange-Organization-SCL", "-1"), ("Auto-Submitted", "auto-replied")]
    return build_message(hdrs, root)


add_raw("b07", "2027-01-21 14:01", b07(),
        L("bounce", review="any",
          note="On-premises Exchange NDR in English (5.1.1) for the confirmation to one of three colleagues registered by their team lead; text/rfc822-headers."))


# ===================== calendar replies (iMIP) =====================

def ics_time(key, which):
    return SESS[key][which].strftime("%Y%m%dT%H%M%S")


def ics_loc(key):
    return where(key).replace(",", "\\,")


def cal_outlook(name, date, who, waddr, key, partstat, prefix, *, comment="", lang="nl-NL", org=(NASCH_NAME, NASCH),
                stamp=None, lbl=None, subject_title=None):
    title = subject_title or SESS[key]["title"]
    summary = f"{prefix}: {title}"
    root = outlook_imip(name, partstat=partstat, who=who, who_addr=waddr, org_name=org[0], org_addr=org[1],
                        summary=summary, start=ics_time(key, "starts"), end=ics_time(key, "ends"),
                        location=ics_loc(key), stamp=stamp or dt.datetime.fromisoformat(date).strftime("%Y%m%dT%H%M%SZ"),
                        comment=comment, lang=lang)
    data = compose(name, date, (who, waddr), summary, "", root=root, to=addr(*org), lang="en" if lang.startswith("en") else "nl",
                   utc=True, extra=[("Content-class", "urn:content-classes:calendarmessage")])
    add_raw(name, date, data, lbl)


cal_outlook("k01", "2026-12-07 10:30", "Bart Jongeneel", "b.jongeneel@gcleidsevaart.nl", "rha-m1-leiden", "ACCEPTED",
            "Geaccepteerd",
            lbl=L("calendar_reply", note="Outlook iMIP REPLY, PARTSTAT=ACCEPTED, for module 1 Leiden; empty text part."))

cal_outlook("k02", "2027-04-01 08:20", "Ahmed Yilmaz", "a.yilmaz@huisartsendenhoorn.nl", "rha-m3-delft", "DECLINED",
            "Geweigerd", comment="Ik ben die avond helaas verhinderd (waarneming)\\, wilt u mij afmelden? Groet\\, Ahmed Yilmaz",
            lbl=L("calendar_reply", review="any", kind_alt=["cancel"], sessions_alt=[["rha-m3-delft"]],
                  participants_alt=[["a.yilmaz@huisartsendenhoorn.nl"]],
                  note="iMIP REPLY, PARTSTAT=DECLINED, with a typed comment asking to be taken off module 3 Delft. Treating it as a cancellation or sending it to a person are both fine."))

cal_outlook("k05", "2026-12-20 19:45", "W. Schipper", "w.schipper@huisartsenkatwijkaanzee.nl", "rha-m2-leiden", "TENTATIVE",
            "Voorlopig",
            lbl=L("calendar_reply", note="Outlook iMIP REPLY, PARTSTAT=TENTATIVE ('Voorlopig'), from the sender who registered 'als mijn dienst het toelaat'; nothing to do."))

cal_outlook("k06", "2027-01-11 15:10", "Whitfield, Sarah", "s.whitfield@northgatemedical.com", "isarp-main", "ACCEPTED",
            "Accepted", lang="en-GB", org=(ISARP_NAME, ISARP), subject_title="ISARP 2027 - Main conference",
            lbl=L("calendar_reply", note="English Outlook iMIP REPLY (ACCEPTED) for the ISARP main conference."))


def cal_google(name, date, who, waddr, key, partstat, org, summary, lbl, uidseed):
    verb = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentatively accepted"}[partstat]
    s = SESS[key]
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REPLY", "BEGIN:VEVENT",
               "DTSTART:" + (s["starts"] - dt.timedelta(hours=2 if s["starts"].month in (4, 5) else 1)).strftime("%Y%m%dT%H%M%SZ"),
               "DTEND:" + (s["ends"] - dt.timedelta(hours=2 if s["ends"].month in (4, 5) else 1)).strftime("%Y%m%dT%H%M%SZ"),
               "DTSTAMP:" + dt.datetime.fromisoformat(date).strftime("%Y%m%dT%H%M%SZ"),
               f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", f"UID:{h(uidseed, 24)}@mailflow.{org[1].split('@')[1]}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN={who};X-NUM-GUESTS=0:mailto:{waddr}",
               "CREATED:20270111090210Z", "LAST-MODIFIED:" + dt.datetime.fromisoformat(date).strftime("%Y%m%dT%H%M%SZ"),
               "LOCATION:" + ics_loc(key), "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{summary}", "TRANSP:OPAQUE",
               "END:VEVENT", "END:VCALENDAR"])
    plain = T(f"""
        {who} has {verb} this invitation.

        {summary}
        {when_en(key)}
        Central European Time - Amsterdam

        Location
        {where(key)}

        Organiser
        {org[1]}

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    htm = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           f'<p><span>{esc(who)} has {verb} this invitation.</span></p><h2 style="font-size:20px">{esc(summary)}</h2>'
           f'<p>{esc(when_en(key))}<br>Central European Time - Amsterdam</p><p><b>Location</b><br>{esc(where(key))}</p>'
           f'<p><b>Organiser</b><br>{esc(org[1])}</p><p style="color:#70757a;font-size:12px">Invitation from Google Calendar</p></body></html>\n')
    b = h(name, 28)
    alt = multipart("alternative", [
        text_part(plain, "plain", "UTF-8", "base64", params="; format=flowed; delsp=yes", quote_charset=False),
        text_part(htm, "html", "UTF-8", "quoted-printable", quote_charset=False),
        Part(['Content-Type: text/calendar; charset="UTF-8"; method=REPLY', "Content-Transfer-Encoding: base64"],
             b64lines(cal.encode("utf-8")))], f"000000000000{b[:16]}")
    att = Part(['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                "Content-Transfer-Encoding: base64"], b64lines(cal.encode("utf-8")))
    root = multipart("mixed", [alt, att], f"000000000000{b[16:28]}ff01")
    st = s["starts"]
    subj = (f"{verb.capitalize()}: {summary} @ {EN_DAYS[st.weekday()][:3]} {st.day} {EN_MONTHS[st.month - 1][:3]} {st.year} "
            f"{hhmm(st, ':')} - {hhmm(s['ends'], ':')} ({org[1]})")
    data = compose(name, date, (who, waddr), subj, "", root=root, client="gmail", to=org[1], lang="en",
                   extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    add_raw(name, date, data, lbl)


cal_google("k03", "2027-01-13 08:05", "Lars Nygaard", "lars.nygaard@gmail.com", "isarp-main", "ACCEPTED",
           (ISARP_NAME, ISARP), "ISARP 2027 - Main conference",
           L("calendar_reply", note="Google Calendar REPLY (ACCEPTED), English UI, text/calendar inside multipart/alternative plus invite.ics."),
           "k03uid")

cal_google("k07", "2027-03-02 22:14", "Hannah Becker", "hannah.becker@praxis-becker-aachen.com", "isarp-dinner", "DECLINED",
           (ISARP_NAME, ISARP), "ISARP 2027 - Conference dinner",
           L("calendar_reply", review="any", kind_alt=["cancel"], sessions_alt=[["isarp-dinner"]],
             participants_alt=[["hannah.becker@praxis-becker-aachen.com"]],
             note="Google Calendar DECLINED for the dinner, no comment: may mean she cancels the dinner or only that she ignores the calendar entry."),
           "k07uid")


def cal_apple_k04():
    name, date = "k04", "2027-01-19 21:02"
    who, waddr = "Nienke Boersma", "nienke.boersma@icloud.com"
    key = "rha-hd-dag1"
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:-//Apple Inc.//iPhone 18.2//EN", "VERSION:2.0",
               "BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam", "BEGIN:DAYLIGHT", "DTSTART:19810329T020000",
               "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "TZNAME:CEST", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
               "END:DAYLIGHT", "BEGIN:STANDARD", "DTSTART:19961027T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
               "TZNAME:CET", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD", "END:VTIMEZONE",
               "BEGIN:VEVENT", f"ATTENDEE;CN={who};PARTSTAT=ACCEPTED:mailto:{waddr}",
               "DTSTAMP:20270119T200212Z", "DTSTART;TZID=Europe/Amsterdam:" + ics_time(key, "starts"),
               "DTEND;TZID=Europe/Amsterdam:" + ics_time(key, "ends"), "SEQUENCE:0",
               f"ORGANIZER;CN=Regionale Huisartsenacademie:mailto:{NASCH}",
               f"SUMMARY:{SESS[key]['title']}", f"UID:{h('k04uid', 24)}@mailflow.rijnlandumc.nl",
               "END:VEVENT", "END:VCALENDAR"])
    plain = f"{who} heeft uw uitnodiging voor \u201c{SESS[key]['title']}\u201d geaccepteerd.\n"
    u = h("k04apple", 32).upper()
    root = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable", quote_charset=False),
                                     Part(['Content-Type: text/calendar; charset=utf-8; method=REPLY',
                                           "Content-Transfer-Encoding: quoted-printable"],
                                          quopri.encodestring(cal.replace("\r\n", "\n").encode("utf-8")).replace(b"\n", BCRLF))],
                     f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}")
    data = compose(name, date, (who, waddr), f"Uitnodiging geaccepteerd: {SESS[key]['title']}", "", root=root,
                   client="iphone")
    add_raw(name, date, data, L("calendar_reply", note="Apple Calendar (iPhone) REPLY, ACCEPTED, for Thursday of the symposium; quoted-printable text/calendar."))


cal_apple_k04()


# ===================== newsletters, spam, phishing and other mail =====================

def newsletter(name, date, frm, to, subject, title, blocks, footer_html, footer_plain, unsub, list_id,
               host, lbl, color="#00437a", more="Lees meer", cte="quoted-printable", precedence="bulk", intro=""):
    plain = (intro + "\n\n" if intro else "") + "\n\n".join(f"{t}\n{b}\n{more}: {u}" for t, b, u in blocks) + "\n\n" + footer_plain + "\n"
    htm = newsletter_html(title, blocks, footer_html, host=host, color=color, more=more)
    root = multipart("alternative", [text_part(plain, "plain", "utf-8", cte), text_part(htm, "html", "utf-8", cte)],
                     f"b1_{h(name, 20)}")
    hdrs = [("Received", received(name, frm[1], to, date, "system")), ("From", addr(*frm)), ("To", to),
            ("Subject", hv(subject)), ("Date", rfc_date(date)), ("Message-ID", f"<{h(name, 20)}@{host}>"),
            ("List-Unsubscribe", unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("List-Id", list_id), ("Precedence", precedence), ("X-Campaign-ID", h(name + "c", 10))]
    sysmail(name, date, hdrs, root, lbl)


newsletter("o01", "2026-12-03 07:00", ("Eerstelijns Nascholingsagenda", "nieuwsbrief@nascholingsagenda-eerstelijn.nl"),
           NASCH, "Nascholingsagenda december: diabetes, COPD en leefstijl", "Nascholingsagenda",
           [("Rijnland UMC: avondmodules farmacotherapie 2027",
             "Vier avondmodules in Leiden en Delft over diabetes (2 en 4 februari), polyfarmacie (2 maart), COPD en astma (13 en 15 april) en antidepressiva (20 mei). Aanmelden via nascholing@rijnlandumc.nl.",
             "https://www.nascholingsagenda-eerstelijn.nl/a/88213"),
            ("Gratis lunchwebinar: leefstijl als medicijn",
             "Op woensdag 17 februari online van 12.30 tot 13.30 uur, 1 accreditatiepunt.",
             "https://www.nascholingsagenda-eerstelijn.nl/a/88214"),
            ("Rijnlandse Huisartsendagen 25-26 maart",
             "Twee dagen plenair programma met ochtendworkshops, waaronder echografie en kleine chirurgie.",
             "https://www.nascholingsagenda-eerstelijn.nl/a/88215")],
           'U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld op nascholingsagenda-eerstelijn.nl. '
           '<a href="https://www.nascholingsagenda-eerstelijn.nl/u/Zk31">Afmelden</a>',
           "U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden: https://www.nascholingsagenda-eerstelijn.nl/u/Zk31",
           "<https://www.nascholingsagenda-eerstelijn.nl/u/Zk31>, <mailto:unsubscribe-Zk31@nascholingsagenda-eerstelijn.nl>",
           "Nascholingsagenda <nieuwsbrief.nascholingsagenda-eerstelijn.nl>", "mail.nascholingsagenda-eerstelijn.nl",
           L("other", note="Aggregator newsletter (List-Unsubscribe, Precedence: bulk) that lists every module with dates, the webinar, the symposium and the registration address."))

newsletter("o02", "2027-01-19 06:30", ("Apotheek Actueel", "redactie@apotheekactueel-nieuws.nl"),
           NASCH, "Apotheek Actueel week 3: online nascholing, Microsoft Teams-training en meer", "Apotheek Actueel",
           [("Online nascholing in 2027",
             "Steeds meer regio's bieden webinars aan. Deze week: drie tips om online nascholing in te passen in het apotheekrooster.",
             "https://www.apotheekactueel-nieuws.nl/artikel/4411"),
            ("Gratis training Microsoft Teams voor apotheekteams",
             "Leer in 45 minuten hoe u efficiënt overlegt met huisartsen via Microsoft Teams. Aanmelden via de website.",
             "https://www.apotheekactueel-nieuws.nl/artikel/4412")],
           '<a href="https://www.apotheekactueel-nieuws.nl/afmelden?u=77Qm">Uitschrijven</a>',
           "Uitschrijven: https://www.apotheekactueel-nieuws.nl/afmelden?u=77Qm",
           "<https://www.apotheekactueel-nieuws.nl/afmelden?u=77Qm>", "<apotheekactueel.apotheekactueel-nieuws.nl>",
           "mail.apotheekactueel-nieuws.nl",
           L("other", note="Trade newsletter about online nascholing, webinars and a Microsoft Teams training; base64 parts."),
           color="#007a3d", cte="base64")

newsletter("o03", "2027-01-25 07:15", ("AMR Weekly", "digest@amrweekly-news.com"),
           ISARP, "AMR Weekly #212: new WHO priority list, ISARP registration open", "AMR Weekly",
           [("ISARP 2027 registration open",
             "The International Symposium on Antimicrobial Resistance in Primary and Long-term Care takes place in Rotterdam on 19-21 May, with pre-conference workshops on stewardship and genomic surveillance.",
             "https://amrweekly-news.com/r/212-1"),
            ("Webinar: carbapenemase producers in nursing homes",
             "Free online webinar on 3 February, 16:00 CET.", "https://amrweekly-news.com/r/212-2")],
           'You are subscribed as symposium@dcir-rotterdam.nl. <a href="https://amrweekly-news.com/unsubscribe/Kq8">Unsubscribe</a>',
           "You are subscribed as symposium@dcir-rotterdam.nl. Unsubscribe: https://amrweekly-news.com/unsubscribe/Kq8",
           "<https://amrweekly-news.com/unsubscribe/Kq8>", "AMR Weekly <weekly.amrweekly-news.com>", "mail.amrweekly-news.com",
           L("other", note="English newsletter to the symposium mailbox that advertises ISARP, its workshops and a webinar."),
           color="#8a1538", more="Read more", precedence="list")


def spam(name, date, frm, to, subject, htm, lbl, plain=None, extra=()):
    if plain:
        root = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                         text_part(htm, "html", "utf-8", "base64")], f"----=_NextPart_{h(name, 20)}")
    else:
        root = text_part(htm, "html", "utf-8", "quoted-printable")
    hdrs = [("Received", received(name, frm[1], to, date, "system")), ("From", addr(*frm)), ("To", to),
            ("Subject", hv(subject)), ("Date", rfc_date(date)), ("Message-ID", f"<{h(name, 24)}@{frm[1].split('@')[1]}>")]
    sysmail(name, date, hdrs + list(extra), root, lbl)


spam("o04", "2027-01-12 04:12", ("Praktijk Groei Academie", "info@praktijkgroei-academie.com"), NASCH,
     "GRATIS webinar: 30% meer online afspraken in uw praktijk",
     '<html><body style="font-family:Arial;font-size:14px"><p>Beste zorgprofessional,</p>'
     '<p>Wilt u uw agenda beter vullen? Meld u aan voor ons <b>gratis webinar</b> op donderdag 28 januari en ontdek hoe '
     'huisartsenpraktijken 30% meer <b>online</b> afspraken krijgen via Google.</p>'
     '<p><a href="https://praktijkgroei-academie.com/webinar?src=nl-hap" style="background:#ff6a00;color:#fff;padding:10px 18px;text-decoration:none">Ja, ik meld me aan</a></p>'
     '<p>Vol = vol: maximaal 100 deelnemers.</p><p style="font-size:11px;color:#999">Geen interesse? '
     '<a href="https://praktijkgroei-academie.com/optout">Uitschrijven</a></p></body></html>\n',
     L("other", note="Marketing spam, HTML only, for someone else's 'gratis webinar' with 'meld u aan' and 'online'."),
     extra=[("X-Mailer", "PHPMailer 6.9.1")])

spam("o05", "2027-02-09 03:41", ("Microsoft Teams", "teams-noreply@teams-notificatie.com"), NASCH,
     "U hebt 3 gemiste berichten in Microsoft Teams",
     '<html><body><div style="font-family:Segoe UI,Arial;font-size:14px;max-width:560px">'
     '<p style="font-size:18px"><b>Microsoft Teams</b></p><p>U hebt 3 gemiste berichten van <b>Nascholing - organisatie webinar</b>.</p>'
     '<p style="background:#f3f2f1;padding:10px">&quot;Kun je de deelnemerslijst van het webinar van 17 februari nog even checken? ...&quot;</p>'
     '<p><a href="https://teams-notificatie.com/l/chat?u=nascholing%40rijnlandumc.nl" style="background:#5b5fc7;color:#fff;padding:8px 16px;text-decoration:none">Antwoorden in Teams</a></p>'
     '<p style="font-size:11px;color:#666">U ontvangt deze melding omdat u lid bent van de organisatie.</p></div></body></html>\n',
     L("other", note="Phishing posing as a Microsoft Teams notification; quotes a fake chat message about the webinar's participant list."),
     plain="Microsoft Teams\n\nU hebt 3 gemiste berichten van Nascholing - organisatie webinar.\n\n\"Kun je de deelnemerslijst van het webinar van 17 februari nog even checken? ...\"\n\nAntwoorden in Teams: https://teams-notificatie.com/l/chat?u=nascholing%40rijnlandumc.nl\n",
     extra=[("X-Priority", "1")])

spam("o06", "2027-02-16 06:05", ("Zoom Video Communications", "no-reply@zoom-accountservice.com"), NASCH,
     "Actie vereist: uw Zoom-webinarlicentie wordt morgen opgeschort",
     '<html><body style="font-family:Lato,Arial;font-size:14px"><p>Beste accounthouder,</p>'
     '<p>De betaling voor uw <b>Zoom Webinars 500</b>-licentie is mislukt. Uw geplande webinar van <b>17 februari 2027</b> '
     'wordt automatisch geannuleerd als u uw betaalgegevens niet binnen 24 uur bijwerkt.</p>'
     '<p><a href="https://zoom-accountservice.com/billing/update?id=rijnlandumc">Betaalgegevens bijwerken</a></p>'
     '<p>Met vriendelijke groet,<br>Zoom Billing Team</p></body></html>\n',
     L("other", note="Phishing about the (real) webinar date and its Zoom licence; HTML only. Mentions 'webinar', 'geannuleerd' and a date."))

spam("o07", "2027-01-28 02:20", ("Dr. Emily Carter | GCIDAR 2027", "speakers@gcidar-congress.com"), ISARP,
     "Invitation to speak: 5th Global Congress on Infectious Diseases & Antimicrobial Resistance (Dubai, hybrid)",
     '<html><body style="font-family:Georgia,serif;font-size:14px"><p>Dear Colleague,</p>'
     '<p>Based on your eminent contribution to the field of antimicrobial resistance, the Organizing Committee is delighted '
     'to invite you as a <b>Keynote/Plenary Speaker</b> at the 5th Global Congress on Infectious Diseases &amp; Antimicrobial '
     'Resistance (GCIDAR 2027), 14-15 October 2027, Dubai, UAE (<b>in-person and online</b>).</p>'
     '<p>Kindly confirm your participation and submit your abstract by replying to this email. Early-bird registration ends soon.</p>'
     '<p>Warm regards,<br>Dr. Emily Carter<br>Program Manager, GCIDAR 2027</p>'
     '<p style="font-size:10px;color:#999">To unsubscribe reply with REMOVE in the subject.</p></body></html>\n',
     L("other", note="Predatory-conference spam inviting the symposium mailbox to speak; full of 'register', 'abstract', 'online'."))

spam("o08", "2027-02-24 13:33", ("Rachel Moore", "rachel.moore@medleads-data.com"), ISARP,
     "ISARP 2027 Attendees Email List",
     '<html><body style="font-family:Calibri,Arial;font-size:14px"><p>Hi,</p>'
     '<p>Would you be interested in acquiring the <b>ISARP 2027 Attendees Email List</b>?</p>'
     '<p>List includes: Name, Title, Organisation, Email, Phone. Counts: 2,450 verified contacts.</p>'
     '<p>Please let me know your interest and I will send pricing.</p><p>Regards,<br>Rachel Moore<br>Marketing Executive</p>'
     '</body></html>\n',
     L("other", note="Classic attendee-list spam naming the symposium."))

spam("o09", "2027-03-04 11:47", ("ISARP Housing Bureau", "reservations@eventhousing-europe.com"), ISARP,
     "ISARP 2027 - Official hotel rates expiring: Rotterdam 19-21 May",
     '<html><body style="font-family:Arial;font-size:14px"><p>Dear Exhibitor/Attendee,</p>'
     '<p>We are the official housing provider for <b>ISARP 2027</b> in Rotterdam. Our group rates near the Maas Congress Centre '
     'expire this Friday. To secure rooms for your delegation (19-21 May), reply with the number of rooms and nights.</p>'
     '<p>Best regards,<br>Reservations Team<br>Event Housing Europe</p></body></html>\n',
     L("other", note="Hotel-booking scam claiming to be the official housing provider; names the venue and dates."))


add("o10", "2027-02-03 08:40", ("Sophie Lammers", "s.lammers@gcstevenshof.nl"),
    "Dank voor gisteravond", T("""
        Goedemorgen,

        Dank voor de leerzame avond gisteren over diabetes! Vooral de casuïstiek met de apotheker was erg nuttig. Tot april!

        Groet,
        Sophie Lammers
        """),
    L("other", note="Thank-you after module 1 Leiden; 'tot april' refers to her existing module 3 registration, not a new request."))

add("o11", "2026-12-02 09:40", ("Fatima Ouali", "f.ouali@hadevliet.nl"),
    "Re: " + conf_subject(["rha-m1-delft"]), T("""
        Top, dank u wel!

        Verstuurd vanaf mijn iPhone
        """),
    L("other", note="Thank-you reply above the quoted confirmation (module 1 Delft); asks for nothing."),
    client="iphone", quote=conf_q(["rha-m1-delft"], "Fatima Ouali", "f.ouali@hadevliet.nl", "2026-12-02 09:00", "ouali"))

add("o12", "2026-12-01 15:00", ("Gerrit Smeenk", "g.smeenk@planet.nl"),
    "Mailinglijst", T("""
        Geachte heer/mevrouw,

        Sinds 1 september ben ik met pensioen, maar ik ontvang nog steeds uw uitnodigingen voor nascholing. Wilt u mij van de mailinglijst halen?

        Met vriendelijke groet,
        G. Smeenk, oud-huisarts
        """),
    L("other", review=True, note="Unsubscribe request from a retired GP; nothing to register, but a person has to act on it."),
    client="plain")

add("o13", "2027-01-04 08:10", ("J. de Ridder", "jderidder1951@ziggo.nl"),
    "Herhaalrecept", T("""
        Goedemorgen dokter,

        Mijn metformine is bijna op. Kunt u een nieuw recept naar de apotheek sturen? Mijn geboortedatum is 12-03-1951.

        Met vriendelijke groet,
        Jan de Ridder
        """),
    L("other", review=True,
      note="Misdirected patient mail (repeat prescription) that mentions metformin - the topic of module 1. A person should tell the sender to contact his own practice."),
    client="plain")

add("o14", "2027-02-12 16:48", ("Bakker, Yvette", "y.bakker@rijnlandumc.nl"),
    "Dienstrooster SEH maart - definitief", T("""
        Hoi allemaal,

        Hierbij het definitieve dienstrooster van de SEH voor maart. Ruilen graag vóór 20 februari via mij. Let op: op 2 maart is de nascholing voor de arts-assistenten verplaatst naar de middag.

        Groet,
        Yvette Bakker
        planner Spoedeisende Hulp
        """),
    L("other", review=True,
      note="Internal mail sent to the wrong list (the emergency department roster); mentions 'nascholing' and 2 March, the module 2 date. A person should alert the sender."),
    to="nascholing@rijnlandumc.nl",
    attachments=[attachment(make_pdf(["Dienstrooster SEH - maart 2027", "Week 9: ...", "Week 10: ..."]),
                            "application/pdf", "Rooster SEH maart 2027 def.pdf", date="2027-02-12 16:48")],
    extra=[("X-MS-Has-Attach", "yes")])


def quarantine_digest_o15():
    date = "2027-03-29 07:00"
    rows = [("29-03-2027 05:12", "noreply@pharma-offers-europe.com", "Special offer: GLP-1 agonists wholesale", "Spam"),
            ("28-03-2027 22:47", "r.wolters@huisartsenhazerswoude.nl", "Aanmelding module 3 COPD (Leiden)", "Bijlage (.docm)"),
            ("28-03-2027 14:03", "invoice@docusign-secure-files.com", "Factuur 2027-0331 ter ondertekening", "Phishing")]
    trs = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td><td>{esc(d)}</td>"
                  f'<td><a href="https://quarantine.rijnlandumc.nl/release?id={h(c, 12)}">Vrijgeven</a></td></tr>' for a, b, c, d in rows)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body style="font-family:Arial,sans-serif;font-size:12px">'
           '<h3>Quarantaine-overzicht voor nascholing@rijnlandumc.nl</h3>'
           '<p>De volgende berichten zijn de afgelopen 24 uur tegengehouden. Ze worden na 14 dagen automatisch verwijderd.</p>'
           '<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:12px">'
           '<tr><th>Ontvangen</th><th>Afzender</th><th>Onderwerp</th><th>Reden</th><th></th></tr>' + trs +
           '</table><p style="color:#777">Rijnland UMC ICT - E-mailbeveiliging</p></body></html>\n')
    root = text_part(htm, "html", "utf-8", "quoted-printable")
    hdrs = [("Received", received("o15", "quarantine@rijnlandumc.nl", NASCH, date, "system")),
            ("From", addr("E-mailbeveiliging Rijnland UMC", "quarantine@rijnlandumc.nl")), ("To", NASCH),
            ("Subject", "Quarantaine-overzicht: 3 berichten tegengehouden"), ("Date", rfc_date(date)),
            ("Message-ID", f"<qd.{h('o15', 16)}@quarantine.rijnlandumc.nl>"), ("Auto-Submitted", "auto-generated")]
    return build_message(hdrs, root)


add_raw("o15", "2027-03-29 07:00", quarantine_digest_o15(),
        L("other", review=True, kind_alt=["auto_reply"],
          note="Daily quarantine digest of the organiser's own gateway; one held message looks like a real registration for module 3 ('Aanmelding module 3 COPD (Leiden)', .docm attachment). A person has to decide whether to release it; the digest itself registers nobody."))

add("o16", "2027-01-07 14:25", ("Vermeulen, Bas", "bas.vermeulen@nordvita-pharma.com"),
    "Sponsoring Rijnlandse Huisartsendagen 2027", T("""
        Geachte organisatie,

        NordVita Pharma Benelux ondersteunt graag de Rijnlandse Huisartsendagen 2027, bijvoorbeeld met een stand of een sponsored lunchsessie over GLP-1-agonisten. Uiteraard conform de Gedragscode Geneesmiddelenreclame.

        Zullen we hiervoor binnenkort een kort Teams-overleg plannen?

        Met vriendelijke groet,
        Bas Vermeulen
        Key Account Manager Eerstelijn, NordVita Pharma Benelux
        """),
    L("other", review="any",
      note="Sponsorship offer from a pharmaceutical company (with 'Teams-overleg'); no registration. Whether someone answers is a business decision."))

add("o17", "2027-02-25 21:10", ("Prof. dr. Marianne Eikelboom", "m.eikelboom@rijnlandumc.nl"),
    "Presentatie module 2 (2 maart)", T("""
        Beste collega's van de nascholing,

        Hierbij alvast mijn presentatie voor de avond over polyfarmacie van 2 maart. Kunnen jullie zorgen dat er een clicker is? Ik neem zelf twee casussen op papier mee.

        Hartelijke groet,
        Marianne Eikelboom
        klinisch geriater
        """),
    L("other", review=True,
      note="A speaker sends her slides for module 2 and asks for a clicker; names the module and date but registers nobody. Needs a person."),
    attachments=[attachment(make_pdf(["Polyfarmacie bij kwetsbare ouderen", "Module 2 - 2 maart 2027", "Prof. dr. M. Eikelboom"]),
                            "application/pdf", "Module 2 polyfarmacie - Eikelboom.pdf", date="2027-02-25 21:10")],
    extra=[("X-MS-Has-Attach", "yes")])

add("o18", "2027-02-17 14:05", ("Monique Verbeek", "m.verbeek@huisartsendekoog.nl"),
    "Webinar", T("""
        Hallo,

        Het webinar was top, ik heb er veel van geleerd! Alleen haperde het geluid af en toe. Misschien iets voor de volgende keer.

        Groetjes,
        Monique
        """),
    L("other", note="Feedback after the webinar; nothing to act on."))

add("o19", "2027-04-25 10:10", ("Jamie O'Connor", "jamesoconnor@icloud.com"),
    "Re: ISARP 2027 - registration confirmed", T("""
        Brilliant, thanks a million. See you in Rotterdam!

        Sent from my iPhone
        """),
    L("other", note="English thank-you reply above the quoted confirmation listing three sessions; asks for nothing."),
    to=ISARP, lang="en", client="iphone",
    quote=isarp_conf_q(["isarp-main", "isarp-dinner", "isarp-pcw-onehealth"], "Dr O'Connor", "jamesoconnor@icloud.com",
                       "2027-04-21 09:00", "oconnor"))

add("o20", "2027-03-12 09:00", ("Journal of Antimicrobial Practice - Editorial Office", "editorial@jap-journal.com"),
    "Invitation to review manuscript JAP-2027-0312", T("""
        Dear Dr. Verbrugh,

        In view of your expertise, I would like to invite you to review the manuscript "Antibiotic prescribing for respiratory tract infections in Dutch out-of-hours primary care: a cohort study" (JAP-2027-0312).

        Please let us know within 7 days whether you accept.

        Sincerely,
        Editorial Office, Journal of Antimicrobial Practice
        """),
    L("other", review=True,
      note="Misdirected: a review invitation meant for a named researcher arrived at the symposium mailbox; a person should forward it or tell the journal."),
    to=ISARP, lang="en", client="plain")


# --------------------------------------------------------------------------
# build + checks
# --------------------------------------------------------------------------

def check(records):
    keys = set(SESS)
    problems = []
    seen_ids = set()
    lo, hi = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc), dt.datetime(2027, 6, 1, tzinfo=dt.timezone.utc)
    for rec in records:
        lab, name = rec["label"], rec["label"]["file"]
        raw = open(os.path.join(MSG_DIR, name), "rb").read()
        _, text, found = check_message(name, raw, seen_ids, lo, hi, "Nov 2026 - May 2027")
        problems += found
        problems += check_label(name, lab, keys, text)
        if lab["kind"] == "change" and lab["from_sessions"] and set(lab["from_sessions"]) == set(lab["sessions"]):
            problems.append(f"{name}: change without a change")
        if lab["kind"] == "other" and lab["sessions"]:
            problems.append(f"{name}: other has sessions")
        if lab["kind"] == "question" and lab["review"] is not True:
            problems.append(f"{name}: questions always need review")
        if lab["kind"] in ("register", "cancel", "change") and not lab["participants"]:
            problems.append(f"{name}: {lab['kind']} without participants")
    return problems


def main():
    records = []
    for rec in MESSAGES:
        records.append(dict(rec))
    names = [r["name"] for r in records]
    assert len(names) == len(set(names)), "duplicate message names"
    records.sort(key=lambda r: (dt.datetime.fromisoformat(r["date"]), r["name"]))

    write_corpus(HERE, records)

    names = [f"{r['label']['file']} {r['name']}" for r in records] if os.environ.get("SHOW_NAMES") else []
    report(HERE, records, check(records), names)


if __name__ == "__main__":
    main()
