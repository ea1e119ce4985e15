#!/usr/bin/env python3
"""Build the fresh mailflow evaluation corpus (tests/corpus_fresh).

Writes messages/NNN.eml (raw RFC 5322, CRLF line endings) and labels.jsonl
next to this file, then checks the result. Deterministic: no randomness, no
clock, no network; Python 3.11 standard library only.

    python3 build.py
"""
import datetime as dt
import functools
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from corpus_kit import (  # noqa: E402  (shared helpers: tests/corpus_kit.py)
    addr, build_message, check_label, check_message, esc, gmail_body, h, human_mail as kit_human_mail, hv,
    label, M, multipart, nl_day, nl_gmail, nl_long, outlook_body, outlook_imip, owa_body, Part, postfix_dsn,
    raw_part, report, rfc_date, session_keys, svc_mid, T, text_part, write_corpus,
)

HERE = os.path.dirname(os.path.abspath(__file__))
MSG_DIR = os.path.join(HERE, "messages")


# --------------------------------------------------------------------------
# message ids, received headers, whole messages
# --------------------------------------------------------------------------

MX_HOSTS = {"vng.nl": "mx1.vng.nl", "igemo.be": "mx.igemo.be", "provincieantwerpen.be": "mail.provincieantwerpen.be",
            "platform31.nl": "mx.platform31.nl"}
human_mail = functools.partial(kit_human_mail, mx_hosts=MX_HOSTS)


# --------------------------------------------------------------------------
# body builders for common clients
# --------------------------------------------------------------------------

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

def check(records):
    keys = session_keys(HERE)
    problems = []
    seen_ids = set()
    lo, hi = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc), dt.datetime(2027, 6, 1, tzinfo=dt.timezone.utc)
    for rec in records:
        lab, name = rec["label"], rec["label"]["file"]
        raw = open(os.path.join(MSG_DIR, name), "rb").read()
        _, text, found = check_message(name, raw, seen_ids, lo, hi, "Nov 2026 - May 2027")
        problems += found
        problems += check_label(name, lab, keys, text)
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
    assert len(names) == len(set(names))
    records.sort(key=lambda r: (dt.datetime.fromisoformat(r["date"]), r["name"]))

    write_corpus(HERE, records)

    report(HERE, records, check(records))


if __name__ == "__main__":
    main()
