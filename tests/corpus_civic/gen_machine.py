# Machine mail and other (20).
from gen_rest import *
import base64 as B

def b64(s):
    return B.encodebytes(s.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")).decode()

# ---------------------------------------------------------------- auto_reply (5)
add(outlook(("Oosterhuis, M.A. (Maarten)", "m.oosterhuis@provincie-utrecht.nl"), VRO,
    "Automatisch antwoord: Bevestiging aanmelding Netwerkbijeenkomst Woondeals", "2026-11-26 09:01",
    """Dank voor uw bericht. Ik ben tot en met maandag 7 december afwezig en heb geen toegang tot mijn e-mail. Voor dringende zaken kunt u contact opnemen met het secretariaat Wonen via wonen@provincie-utrecht.nl of 030 258 9111.

Met vriendelijke groet,
Maarten Oosterhuis
""", reply="<9f1e22ab.vro2027@mailflow.minvro.nl>",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "m.oosterhuis@provincie-utrecht.nl")]),
    "auto_reply", [], [], False, "Exchange out-of-office (Auto-Submitted) to a confirmation; names the event in the subject.")

add(gmail(("Dimitris Papadopoulos", "d.papadopoulos@thessaloniki.gr"), LCW, "Re: Zoom link - Webinar 2 - Affordable housing", "2027-02-24 14:02",
    """I am out of the office until 1 March with limited access to e-mail. I will reply when I am back.
Dimitris Papadopoulos
""", reply="<zl2.lcw2027@mailflow.eurocities-network.example>", extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]),
    "auto_reply", [], [], False, "Gmail vacation responder to the Zoom-link mail (sent via Gmail for a municipal address); names webinar 2 in the subject.")

add(plain(("Koen Maes", "koen.maes@tielt-winge.be"), OD, "Afwezigheidsmelding: Bevestiging inschrijving Opleidingsdag 2027",
    "2027-02-12 08:00", """Beste,

Ik ben afwezig van 12 tot en met 19 februari. Uw mail wordt niet doorgestuurd. Voor dringende vragen over aankopen kan u terecht bij aankoop@tielt-winge.be.

Met vriendelijke groeten,
Koen Maes
""", tz=BRU, cte="quoted-printable", charset="iso-8859-1"),
    "auto_reply", [], [], False, "Flemish out-of-office with no Auto-Submitted or X-Auto header; only the subject and wording give it away.")

add(plain(("Gemeente Lubbeek", "info@lubbeek.be"), OD, "Uw bericht werd goed ontvangen [ref. LUB-2026-118734]", "2026-12-01 09:30",
    """Beste,

Wij hebben uw e-mail goed ontvangen en hebben deze geregistreerd onder referentie LUB-2026-118734.
Uw bericht wordt zo snel mogelijk aan de bevoegde dienst bezorgd. U ontvangt binnen de 10 werkdagen een antwoord.

Dit is een automatisch bericht, gelieve hierop niet te antwoorden.

Gemeente Lubbeek
Gellenberg 18, 3210 Lubbeek
""", tz=BRU, cte="quoted-printable", extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]),
    "auto_reply", [], [], False, "Case-system acknowledgement from a general municipal address (invitation was sent there).")

add(outlook(("Hans Müller", "hans.mueller@stadt-muenster.de"), LCW, "Automatic reply: Your registration - Liveable Cities Webinar Series 2027",
    "2027-02-23 09:00", """Vielen Dank für Ihre Nachricht. Ich bin bis zum 2. März nicht im Büro. / Thank you for your message. I am out of the office until 2 March. In urgent cases please contact digitalisierung@stadt-muenster.de.

Hans Müller
""", charset="utf-8", lang="de-DE", reply="<hm1.lcw2027@mailflow.eurocities-network.example>",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    "auto_reply", [], [], False, "German/English Exchange out-of-office to a confirmation.")

# ---------------------------------------------------------------- bounce (3)
add(raw("2026-12-08 11:05", """Return-Path: <>
Received: from mx.rotterdam.nl (mx.rotterdam.nl [192.0.2.41])
	by mx1.eurocities-network.example (Postfix) with ESMTPS id 7F2A11C0042
	for <webinars@eurocities-network.example>; Tue, 08 Dec 2026 11:05:04 +0100 (CET)
Date: Tue, 08 Dec 2026 11:05:04 +0100 (CET)
From: MAILER-DAEMON@mail.eurocities-network.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: webinars@eurocities-network.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7F2A11C0042.1766146804/mail.eurocities-network.example"
Message-Id: <20261219122004.7F2A11C0042@mail.eurocities-network.example>

This is a MIME-encapsulated message.

--7F2A11C0042.1766146804/mail.eurocities-network.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.eurocities-network.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.yildiz@rotterdam.nl>: host mx.rotterdam.nl[192.0.2.41] said: 550 5.1.1
    <m.yildiz@rotterdam.nl>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--7F2A11C0042.1766146804/mail.eurocities-network.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.eurocities-network.example
X-Postfix-Queue-ID: 7F2A11C0042
X-Postfix-Sender: rfc822; webinars@eurocities-network.example
Arrival-Date: Tue, 08 Dec 2026 11:05:02 +0100 (CET)

Final-Recipient: rfc822; m.yildiz@rotterdam.nl
Original-Recipient: rfc822;m.yildiz@rotterdam.nl
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.rotterdam.nl
Diagnostic-Code: smtp; 550 5.1.1 <m.yildiz@rotterdam.nl>: Recipient address
    rejected: User unknown in virtual mailbox table

--7F2A11C0042.1766146804/mail.eurocities-network.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Liveable Cities Webinars <webinars@eurocities-network.example>
To: m.yildiz@rotterdam.nl
Subject: Your registration - Liveable Cities Webinar Series 2027
Date: Tue, 08 Dec 2026 11:05:00 +0100
Message-ID: <e81f.lcw2027@mailflow.eurocities-network.example>

--7F2A11C0042.1766146804/mail.eurocities-network.example--
"""), "bounce", [], [], "any",
    "Postfix DSN 5.1.1 for the confirmation to a colleague registered in a table by Ilse Verbeek (probably a wrong address) (multipart/report, text/rfc822-headers). Flagging automatically or showing a person are both fine.")

add(raw("2027-03-16 10:03", """From: Microsoft Outlook <postmaster@minvro.onmicrosoft.com>
To: netwerkbijeenkomst@minvro.nl
Date: Tue, 16 Mar 2027 09:03:00 +0000
Subject: Onbestelbaar: Bevestiging aanmelding Netwerkbijeenkomst Woondeals 8 april
Message-ID: <77ab12cd90ef4410a2b3@AM9PR09MB4411.eurprd09.prod.outlook.com>
In-Reply-To: <tb1.vro2027@mailflow.minvro.nl>
References: <tb1.vro2027@mailflow.minvro.nl>
Content-Language: nl-NL
X-MS-Exchange-Generated-Message-Source: Mail Delivery Service
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report;
	boundary="_001_77ab12cd90ef4410_"; report-type=delivery-status

--_001_77ab12cd90ef4410_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Uw bericht heeft deze ontvangers niet bereikt:

T.Boer@groningen.nl

Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-ma=
iladres van de ontvanger en probeer het bericht opnieuw te verzenden.

Diagnostische gegevens voor beheerders:

Genererende server: AM9PR09MB4411.eurprd09.prod.outlook.com

T.Boer@groningen.nl
Externe server heeft '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient =
not found by SMTP address lookup' geretourneerd

--_001_77ab12cd90ef4410_
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR09MB4411.eurprd09.prod.outlook.com
Received-From-MTA: dns;mail.minvro.nl
Arrival-Date: Tue, 16 Mar 2027 09:02:00 +0000

Final-Recipient: rfc822;T.Boer@groningen.nl
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_001_77ab12cd90ef4410_
Content-Type: message/rfc822

From: Netwerkbijeenkomst Woondeals <netwerkbijeenkomst@minvro.nl>
To: T.Boer@groningen.nl
Subject: Bevestiging aanmelding Netwerkbijeenkomst Woondeals 8 april
Date: Tue, 16 Mar 2027 10:02:00 +0100
Message-ID: <tb1.vro2027@mailflow.minvro.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Beste heer/mevrouw Boer,

Hierbij bevestigen wij uw aanmelding voor de Netwerkbijeenkomst Woondeals o=
p donderdag 8 april 2027 van 13.00 tot 17.30 uur in het Atrium van het stad=
huis van Den Haag (Spui 70).

Met vriendelijke groet,
Directie Woningbouw
Ministerie van Volkshuisvesting en Ruimtelijke Ordening

--_001_77ab12cd90ef4410_--
"""), "bounce", [], [], "any",
    "Exchange NDR in Dutch for the confirmation to a colleague registered by a secretary (probably a wrong address); original attached as message/rfc822.")

add(raw("2027-02-24 06:12", """Return-Path: <>
Date: Wed, 24 Feb 2027 06:12:40 +0100 (CET)
From: MAILER-DAEMON@mail.lekenlinge.nl (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: informatieavond@lekenlinge.nl
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3C91A2E0113.1771909960/mail.lekenlinge.nl"
Message-Id: <20270224051240.9B01A2E0200@mail.lekenlinge.nl>

This is a MIME-encapsulated message.

--3C91A2E0113.1771909960/mail.lekenlinge.nl
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.lekenlinge.nl.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<keesbikker@icloud.com>: host mx01.mail.icloud.com[192.0.2.17] said: 421 4.7.0
    [CS01] Message rejected due to local policy, try again later (in reply
    to end of DATA command)

--3C91A2E0113.1771909960/mail.lekenlinge.nl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.lekenlinge.nl
X-Postfix-Queue-ID: 3C91A2E0113
X-Postfix-Sender: rfc822; informatieavond@lekenlinge.nl
Arrival-Date: Tue, 23 Feb 2027 07:04:10 +0100 (CET)

Final-Recipient: rfc822; keesbikker@icloud.com
Original-Recipient: rfc822;keesbikker@icloud.com
Action: delayed
Status: 4.7.0
Remote-MTA: dns; mx01.mail.icloud.com
Diagnostic-Code: smtp; 421 4.7.0 [CS01] Message rejected due to local policy,
    try again later
Will-Retry-Until: Sun, 28 Feb 2027 07:04:10 +0100 (CET)

--3C91A2E0113.1771909960/mail.lekenlinge.nl
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Waterschap Lek en Linge <informatieavond@lekenlinge.nl>
To: keesbikker@icloud.com
Subject: Bevestiging aanmelding informatieavond Tienhoven aan de Lek
Date: Tue, 23 Feb 2027 07:04:10 +0100
Message-ID: <kb1.wll2027@mailflow.lekenlinge.nl>

--3C91A2E0113.1771909960/mail.lekenlinge.nl--
"""), "bounce", [], [], False, "Postfix delay warning (Action: delayed, 4.7.0); not a final failure, nothing to do yet.")

# ---------------------------------------------------------------- calendar_reply (3)
ICS_ACC = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Lotte Van Damme:mailto:lotte.vandamme@stad.gent
SUMMARY;LANGUAGE=nl-BE:Geaccepteerd: Webinar 2 - Affordable housing: what can cities actually do?
DTSTART;TZID=Romance Standard Time:20270303T140000
DTEND;TZID=Romance Standard Time:20270303T153000
UID:lcw-housing-20270303@mailflow.eurocities-network.example
ORGANIZER;CN=Liveable Cities Webinars:mailto:webinars@eurocities-network.example
DTSTAMP:20270225T081500Z
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Zoom
END:VEVENT
END:VCALENDAR
"""
add(raw("2027-02-25 09:15", """Received: from EUR02-DB5-obe.outbound.protection.outlook.com (EUR02-DB5-obe.outbound.protection.outlook.com [192.0.2.88])
	by mx1.eurocities-network.example (Postfix) with ESMTPS id 4K8QW1
	for <webinars@eurocities-network.example>; Thu, 25 Feb 2027 09:15:00 +0100 (CET)
From: Lotte Van Damme <lotte.vandamme@stad.gent>
To: Liveable Cities Webinars <webinars@eurocities-network.example>
Subject: Geaccepteerd: Webinar 2 - Affordable housing: what can cities
 actually do?
Thread-Topic: Webinar 2 - Affordable housing: what can cities actually do?
Date: Thu, 25 Feb 2027 08:15:00 +0000
Message-ID: <AM8PR06MB7012A1B2C3D4E5F60718293A4B5C6D7E@AM8PR06MB7012.eurprd06.prod.outlook.com>
Content-Language: nl-BE
Content-class: urn:content-classes:calendarmessage
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_AM8PR06MB7012A1B2C3D4_"

--_000_AM8PR06MB7012A1B2C3D4_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64


--_000_AM8PR06MB7012A1B2C3D4_
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: base64

""" + b64(ICS_ACC) + """
--_000_AM8PR06MB7012A1B2C3D4_--
"""), "calendar_reply", [], [], False, "Outlook iMIP REPLY (ACCEPTED) for webinar 2, Dutch UI, empty text part.")

ICS_DEC = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20270322T183000Z
DTEND:20270322T203000Z
DTSTAMP:20270305T201100Z
ORGANIZER;CN=Waterschap Lek en Linge:mailto:informatieavond@lekenlinge.nl
UID:wll-everdingen-20270322@mailflow.lekenlinge.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=James Whitfield;X-NUM-GUESTS=0:mailto:j.whitfield@gmail.com
CREATED:20270110090000Z
LAST-MODIFIED:20270305T201100Z
LOCATION:Zalencentrum De Lingehof, Voorstraat 55, Everdingen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Informatieavond Everdingen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
add(raw("2027-03-05 21:11", """Received: from mail-wr1-f41.google.com (mail-wr1-f41.google.com [203.0.113.41])
	by mx1.lekenlinge.nl (Postfix) with ESMTPS id 4R2ZP9
	for <informatieavond@lekenlinge.nl>; Fri, 05 Mar 2027 21:11:00 +0100 (CET)
MIME-Version: 1.0
From: James Whitfield <j.whitfield@gmail.com>
Date: Fri, 05 Mar 2027 21:11:00 +0100
Message-ID: <CAJw3hF1t_declined0322x9Q@mail.gmail.com>
Subject: Declined: Informatieavond Everdingen @ Mon 22 Mar 2027 19:30 - 21:30
 (CET) (informatieavond@lekenlinge.nl)
To: informatieavond@lekenlinge.nl
Sender: Google Calendar <calendar-notification@google.com>
Content-Type: multipart/mixed;
	boundary="00000000000077aa11bb22cc33dd"

--00000000000077aa11bb22cc33dd
Content-Type: multipart/alternative;
	boundary="00000000000077aa11bb22cc33de"

--00000000000077aa11bb22cc33de
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: base64

""" + b64("""James Whitfield has declined this invitation.

Informatieavond Everdingen
Monday 22 March 2027 ⋅ 19:30 – 21:30
Central European Time - Amsterdam

Location
Zalencentrum De Lingehof, Voorstraat 55, Everdingen

Organiser
informatieavond@lekenlinge.nl

Invitation from Google Calendar
""") + """
--00000000000077aa11bb22cc33de
Content-Type: text/calendar; charset="UTF-8"; method=REPLY
Content-Transfer-Encoding: 7bit

""" + ICS_DEC + """
--00000000000077aa11bb22cc33de--

--00000000000077aa11bb22cc33dd
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

""" + b64(ICS_DEC) + """
--00000000000077aa11bb22cc33dd--
"""), "calendar_reply", [], [], "any",
    "Google Calendar REPLY, PARTSTAT=DECLINED, English UI, for the Everdingen evening (he cancels by mail a week later). Treating it as a cancellation or sending it to a person are both fine.",
    kind_alt=["cancel"], sessions_alt=[["wll-everdingen"]], participants_alt=[["j.whitfield@gmail.com"]])

ICS_TEN = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=TENTATIVE;CN=Linda Kuiper:mailto:l.kuiper@amersfoort.nl
COMMENT;LANGUAGE=nl-NL:Onder voorbehoud van de raadsagenda.
SUMMARY;LANGUAGE=nl-NL:Voorlopig: Netwerkbijeenkomst Woondeals
DTSTART;TZID=W. Europe Standard Time:20270408T130000
DTEND;TZID=W. Europe Standard Time:20270408T173000
UID:vro-netwerk-20270408@mailflow.minvro.nl
ORGANIZER;CN=Netwerkbijeenkomst Woondeals:mailto:netwerkbijeenkomst@minvro.nl
DTSTAMP:20270112T103000Z
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Atrium Stadhuis Den Haag\\, Spui 70\\, Den Haag
END:VEVENT
END:VCALENDAR
"""
add(raw("2027-01-12 11:30", """From: Linda Kuiper <l.kuiper@amersfoort.nl>
To: Netwerkbijeenkomst Woondeals <netwerkbijeenkomst@minvro.nl>
Subject: Voorlopig: Netwerkbijeenkomst Woondeals
Thread-Topic: Netwerkbijeenkomst Woondeals
Date: Tue, 12 Jan 2027 10:30:00 +0000
Message-ID: <GV2PR07MB9921F00DBA11C0DE55AA66BB77CC88DD@GV2PR07MB9921.eurprd07.prod.outlook.com>
Content-Language: nl-NL
Content-class: urn:content-classes:calendarmessage
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_GV2PR07MB9921F00DBA11_"

--_000_GV2PR07MB9921F00DBA11_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Onder voorbehoud van de raadsagenda.

--_000_GV2PR07MB9921F00DBA11_
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: base64

""" + b64(ICS_TEN) + """
--_000_GV2PR07MB9921F00DBA11_--
"""), "calendar_reply", [], [], False,
    "Outlook iMIP REPLY with PARTSTAT=TENTATIVE and a short comment; she is already registered, nothing changes.")

# ---------------------------------------------------------------- other (9)
NEWS = """European Cities Network – Newsletter January 2027

In this issue
- Liveable Cities Webinar Series 2027: four webinars, register now
- Call for good practices: nature-based solutions
- Member news from Ghent, Malmö and Porto

LIVEABLE CITIES WEBINAR SERIES 2027
Cooling the city (3 February), Affordable housing (3 March), Zero-emission city logistics (7 April) and Algorithms, AI and public trust (5 May). Register by e-mail to webinars@eurocities-network.example – places are limited!

You receive this newsletter because you are subscribed with {addr}.
Unsubscribe: https://news.eurocities-network.example/u/8f2c1a
"""
add(raw("2027-01-15 10:00", """From: European Cities Network <newsletter@news.eurocities-network.example>
To: webinars@eurocities-network.example
Subject: Newsletter January 2027 | Liveable Cities webinars: register now
Date: Fri, 15 Jan 2027 10:00:00 +0100
Message-ID: <nl-2027-01.8f2c1a@news.eurocities-network.example>
List-Unsubscribe: <https://news.eurocities-network.example/u/8f2c1a>, <mailto:unsubscribe@news.eurocities-network.example?subject=8f2c1a>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="nl-bnd-8f2c1a"

--nl-bnd-8f2c1a
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

""" + b64(NEWS.format(addr="webinars@eurocities-network.example")) + """
--nl-bnd-8f2c1a
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

""" + b64("<html><body><table width='600'><tr><td><h1>Newsletter January 2027</h1>"
    "<h2>Liveable Cities Webinar Series 2027</h2><p>Cooling the city (3 February), Affordable housing (3 March), "
    "Zero-emission city logistics (7 April) and Algorithms, AI and public trust (5 May).</p>"
    "<p><a href='mailto:webinars@eurocities-network.example'>Register now</a></p>"
    "<p style='font-size:10px'><a href='https://news.eurocities-network.example/u/8f2c1a'>Unsubscribe</a></p></td></tr></table></body></html>\n") + """
--nl-bnd-8f2c1a--
"""), "other", [], [], False,
    "The network's own newsletter (List-Unsubscribe, Precedence: bulk) naming all four webinars and the registration address.")

add(html_only(("EventBoost Pro", "hello@eventboost-pro.example"), VRO, "Verdubbel uw aanmeldingen voor 8 april 🚀", "2027-02-02 07:45",
    """<html><body style="font-family:Arial">
<h2>Meer deelnemers voor uw netwerkbijeenkomst?</h2>
<p>Beste organisator,</p>
<p>Wij zagen dat u op <b>8 april</b> een netwerkbijeenkomst organiseert in Den Haag. Met EventBoost Pro verdubbelt u het aantal aanmeldingen, automatiseert u bevestigingen en vult u elke zaal.</p>
<p><a href="https://eventboost-pro.example/demo?utm_source=cold">Plan vandaag nog een gratis demo</a></p>
<p style="font-size:9px;color:#999">Geen interesse? <a href="https://eventboost-pro.example/unsub">Afmelden</a>. EventBoost Pro B.V., Postbus 1234, Amsterdam.</p>
</body></html>
"""), "other", [], [], False, "Dutch sales spam, HTML only; uses 'aanmeldingen' and 'afmelden' and names the date.")

add(html_only(("Microsoft 365 Beheer", "no-reply@m365-secure-login.example"), WLL, "Actie vereist: uw mailbox informatieavond@lekenlinge.nl is bijna vol",
    "2027-02-18 03:12", """<html><body style="font-family:Segoe UI,Arial">
<p>Beste gebruiker,</p>
<p>Uw mailbox <b>informatieavond@lekenlinge.nl</b> heeft 98% van de opslaglimiet bereikt. Nieuwe aanmeldingen en berichten worden binnen 24 uur geweigerd.</p>
<p><a href="https://m365-secure-login.example/lekenlinge/verify">Klik hier om uw opslag gratis te verhogen</a></p>
<p>Met vriendelijke groet,<br>Microsoft 365 Beheerteam</p>
</body></html>
"""), "other", [], [], False, "Phishing ('mailbox bijna vol'), HTML only.")

add(gmail(("Annet de Groot", "annet.degroot@gmail.com"), WLL, "Re: Bevestiging wijziging informatieavond", "2027-01-07 08:20",
    """Dank u wel voor de snelle aanpassing! Tot 17 maart in Hagestein.

Annet

Op do 7 jan 2027 om 08:05 schreef Waterschap Lek en Linge <informatieavond@lekenlinge.nl>:
> Beste mevrouw De Groot,
>
> Wij hebben uw aanmelding gewijzigd. U bent nu aangemeld voor de
> informatieavond in Hagestein op woensdag 17 maart om 19.30 uur in Dorpshuis
> De Biezen (Biezenstraat 2).
>
> Met vriendelijke groet,
> Projectteam Dijkversterking Lekdijk
""", reply="<ag2.wll2027@mailflow.lekenlinge.nl>"),
    "other", [], [], False, "Thank-you reply to a change confirmation; names Hagestein but asks for nothing.")

add(outlook(("Lotte Van Damme", "lotte.vandamme@stad.gent"), LCW, "Thanks for yesterday!", "2027-03-04 09:40",
    """Hi all,

Just a quick note to say thanks for yesterday's housing webinar – really inspiring, especially the Vienna case. I'll share the slides with my colleagues once you send them around.

See you at the AI one in May!

Lotte
""", charset="utf-8", lang="nl-BE", tz=BRU),
    "other", [], [], False, "Thank-you note after webinar 2; mentions webinar 4 she is already registered for, asks for nothing new.")

add(outlook(("Rob van Leeuwen", "r.vanleeuwen@vijfheerenlanden.nl"), WLL, "Stukken overleg grondverwerving perceel 14B", "2027-01-27 16:20",
    """Hoi Marloes,

Zoals besproken hierbij de stukken voor het overleg van donderdag over de grondverwerving bij perceel 14B. Kun jij de taxatie nog even checken voordat we het naar de eigenaar sturen?

Groet,
Rob van Leeuwen
Gemeente Vijfheerenlanden | Grondzaken
""", charset="utf-8"),
    "other", [], [], True, "Misdirected mail meant for a colleague (Marloes) about land acquisition; a person should tell the sender.")

add(plain(("Peter Smits", "peter.smits@upcmail.nl"), LCW, "unsubscribe", "2027-01-19 22:10",
    """Please remove me from your mailing list. I retired last year and no longer work for the city.

P. Smits
""", cte="7bit", charset="us-ascii"),
    "other", [], [], True, "Unsubscribe request: nothing to register, but a person has to act on it.")

add(outlook(("Haagse Catering Company", "sales@haagsecatering.example"), VRO, "Offerte catering 8 april – vrijblijvend", "2027-02-15 10:00",
    """Geachte organisatie,

Via onze contacten bij het stadhuis hoorden wij dat u op 8 april een netwerkbijeenkomst organiseert in het Atrium. Graag bieden wij u vrijblijvend onze borrel- en lunchpakketten aan, vanaf € 18,50 p.p.

Bijgaand vindt u onze brochure. Wij horen graag van u!

Met vriendelijke groet,
Sandra Jonker
Haagse Catering Company
""", charset="utf-8"),
    "other", [], [], False, "Unsolicited catering offer naming the date and venue; no action needed.")

add(gmail(("Hendrik Vermeer", "hvermeer.lexmond@gmail.com"), WLL, "Wateroverlast achter mijn schuur", "2027-03-03 19:55",
    """Geachte heer/mevrouw,

Sinds de werkzaamheden aan de sloot achter ons perceel aan de Lakerveld staat er na elke regenbui water achter mijn schuur. Ik heb al twee keer gebeld maar er is niemand geweest. Wie kan hier naar kijken? Ik zie nu dat er informatieavonden zijn, maar ik wil niet tot 15 maart wachten.

Met vriendelijke groet,
Hendrik Vermeer
Lakerveld 31, Lexmond
06-12345678
"""), "other", [], [], True,
    "Complaint about flooding sent to the information-evening address; mentions the Lexmond date but registers nothing. Must be passed on by a person.")
