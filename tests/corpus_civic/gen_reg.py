# Registrations (55). Each add(...) = one message plus its label.
from clients import *

LCW = ("Liveable Cities Webinars", "webinars@eurocities-network.example")
OD = ("Opleidingsdag Dijleland", "opleidingsdag@ic-dijleland.be")
WLL = ("Waterschap Lek en Linge", "informatieavond@lekenlinge.nl")
VRO = ("Netwerkbijeenkomst Woondeals", "netwerkbijeenkomst@minvro.nl")
BRU = ZoneInfo("Europe/Brussels")

M = []
def add(built, kind, sessions, participants, review, note, **extra):
    raw, d = built
    lab = {"kind": kind, "sessions": sessions}
    if kind == "change":
        lab["from_sessions"] = extra.pop("from_sessions")
    lab.update({"participants": [p.lower() for p in participants], "review": review, "note": note})
    lab.update(extra)
    M.append((d, raw, lab))

WLL_INVITE = """Beste bewoner,

Waterschap Lek en Linge gaat de komende jaren de Lekdijk tussen Ameide en
Everdingen versterken. Voordat het ontwerp definitief wordt, horen we graag
wat u ervan vindt. Daarom organiseren we vijf informatieavonden:

- maandag 8 maart, Ameide, Dorpshuis De Ruimte (Dam 1)
- woensdag 10 maart, Tienhoven aan de Lek, Dorpshuis Tienhoven (Dorpsstraat 40)
- maandag 15 maart, Lexmond, Het Anker (Kerkplein 3)
- woensdag 17 maart, Hagestein, Dorpshuis De Biezen (Biezenstraat 2)
- maandag 22 maart, Everdingen, Zalencentrum De Lingehof (Voorstraat 55)

Alle avonden beginnen om 19.30 uur (inloop vanaf 19.00 uur) en duren tot
ongeveer 21.30 uur. Het programma is elke avond hetzelfde, u hoeft dus maar
een avond te bezoeken.

Aanmelden kan door een e-mail te sturen naar informatieavond@lekenlinge.nl
met uw naam en de avond van uw keuze.

Met vriendelijke groet,

Projectteam Dijkversterking Lekdijk
Waterschap Lek en Linge"""

VRO_INVITE = """Geachte relatie,

Graag nodigen wij u uit voor de Netwerkbijeenkomst Woondeals op donderdag
8 april 2027 van 13.00 tot 17.30 uur in het Atrium van het stadhuis van
Den Haag (Spui 70).

Twee jaar na het sluiten van de woondeals blikken we samen terug en vooruit:
wat werkt, waar lopen regio's tegenaan en wat is er nodig om het tempo vast
te houden? Na het plenaire deel gaan we in wisselende tafels met elkaar in
gesprek. We sluiten af met een borrel.

Er is plaats voor 150 deelnemers. Aanmelden kan tot 25 maart via
netwerkbijeenkomst@minvro.nl.

Met vriendelijke groet,

Directie Woningbouw
Ministerie van Volkshuisvesting en Ruimtelijke Ordening"""

# ---------------------------------------------------------------- webinars
add(outlook(("Siobhán Kelly", "siobhan.kelly@dublincity.ie"), LCW, "Registration - Liveable Cities webinars 2027",
    "2026-11-24 10:12", """Hello,

I would like to register for all four webinars in the Liveable Cities series, please.

Kind regards,
Siobhán

Siobhán Kelly
Senior Executive Planner | Climate Action Office
Dublin City Council | Civic Offices, Wood Quay, Dublin 8, D08 RF3F
T: +353 1 222 0000

Dublin City Council - Comhairle Cathrach Bhaile Átha Cliath
This e-mail and any files transmitted with it are confidential and intended solely for the use of the
individual or entity to whom they are addressed. If you have received this e-mail in error please notify
the sender. Any views or opinions presented are solely those of the author and do not necessarily
represent those of Dublin City Council.
""", charset="utf-8", lang="en-IE", tz=ZoneInfo("Europe/Dublin")),
    "register", ["lcw-heat", "lcw-housing", "lcw-logistics", "lcw-trust"], ["siobhan.kelly@dublincity.ie"], False,
    "All four webinars; the event allows four. Long Irish disclaimer.")

add(gmail(("Tomasz Nowak", "tomasz.nowak.krk@gmail.com"), LCW, "webinars", "2026-11-26 21:47",
    """hi, please sign me up for the heat one and the housing one. thanks!
Tomasz
"""), "register", ["lcw-heat", "lcw-housing"], ["tomasz.nowak.krk@gmail.com"], False,
    "Short, lower case; sessions by topic word ('heat', 'housing').")

add(outlook(("Wouter Brink", "w.brink@utrecht.nl"), LCW, "Aanmelding webinars", "2026-11-30 14:05",
    """Goedemiddag,

Graag meld ik mij aan voor twee webinars uit jullie reeks: die over hittestress in de openbare ruimte en die over emissievrije stadslogistiek. De andere twee sla ik over.

Excuses dat ik in het Nederlands schrijf, I can switch to English if needed.

Met vriendelijke groet,

Wouter Brink
Programmamanager Gezonde Verstedelijking
Gemeente Utrecht
Stadsplateau 1 | 3521 AZ Utrecht
"""), "register", ["lcw-heat", "lcw-logistics"], ["w.brink@utrecht.nl"], False,
    "Dutch writer to the English series; topics paraphrased in Dutch (hittestress, emissievrije stadslogistiek).")

add(outlook(("Karin Holm", "karin.holm@malmo.se"), LCW, "Registration on behalf of Deputy Mayor Anna Lindqvist",
    "2026-12-02 09:31", """Dear organisers,

On behalf of Deputy Mayor Anna Lindqvist (anna.lindqvist@malmo.se) I would like to register her for the second and the fourth webinar (housing and AI/public trust). I am not attending myself.

Could you send the Zoom links directly to her address, with me in copy?

Best regards

Karin Holm
Executive Assistant to the Deputy Mayor
City of Malmö – Stadskontoret
205 80 Malmö, Sweden
""", charset="utf-8", lang="sv-SE"),
    "register", ["lcw-housing", "lcw-trust"], ["anna.lindqvist@malmo.se"], False,
    "Assistant registers the deputy mayor (address given) for webinars 2 and 4; the assistant is not a participant. 'Me in copy' is a normal request.")

add(gmail(("Lotte Van Damme", "lotte.vandamme@stad.gent"), LCW, "Registration webinar series", "2026-12-03 16:20",
    """Dear,

I'd like to follow all sessions of the webinar series except the third one (logistics is not really my field).

Kind regards,
Lotte Van Damme
Stad Gent - Dienst Milieu en Klimaat
""", cte="base64"),
    "register", ["lcw-heat", "lcw-housing", "lcw-trust"], ["lotte.vandamme@stad.gent"], False,
    "Exclusion: 'all except the third' = webinars 1, 2 and 4. Flemish writer in English; base64 body.")

add(outlook(("Ilse Verbeek", "i.verbeek@rotterdam.nl"), LCW, "Registrations Rotterdam - webinar 4 (AI and public trust)",
    "2026-12-07 11:02", """Dear colleagues,

We would like to register three people from the City of Rotterdam for webinar 4, Algorithms, AI and public trust in local government:

Name            | E-mail                 | Department
Ilse Verbeek    | i.verbeek@rotterdam.nl | Information management
Mehmet Yildiz   | m.yildiz@rotterdam.nl  | Data & Analytics
Joris Kamp      | j.kamp@rotterdam.nl    | Legal affairs

Thank you in advance.

Kind regards,
Ilse Verbeek
Gemeente Rotterdam | Cluster Dienstverlening
""", lang="en-GB", html_text="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="NL"><div class="WordSection1">
<p class="MsoNormal">Dear colleagues,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We would like to register three people from the City of Rotterdam for webinar 4, <i>Algorithms, AI and public trust in local government</i>:</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td><b>E-mail</b></td><td><b>Department</b></td></tr>
<tr><td>Ilse Verbeek</td><td><a href="mailto:i.verbeek@rotterdam.nl">i.verbeek@rotterdam.nl</a></td><td>Information management</td></tr>
<tr><td>Mehmet Yildiz</td><td><a href="mailto:m.yildiz@rotterdam.nl">m.yildiz@rotterdam.nl</a></td><td>Data &amp; Analytics</td></tr>
<tr><td>Joris Kamp</td><td><a href="mailto:j.kamp@rotterdam.nl">j.kamp@rotterdam.nl</a></td><td>Legal affairs</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Thank you in advance.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards,<br>Ilse Verbeek<br>Gemeente Rotterdam | Cluster Dienstverlening</p>
</div></body></html>
"""), "register", ["lcw-trust"], ["i.verbeek@rotterdam.nl", "m.yildiz@rotterdam.nl", "j.kamp@rotterdam.nl"], False,
    "Three people (sender included) in a table; HTML part has a real <table>.")

add(gmail(("Elena Rossi", "elena.rossi@comune.bologna.it"), LCW, "Webinar on affordable housing", "2026-12-09 12:40",
    """Good morning,

my colleague Marco Bianchi and I would like to participate in the webinar on affordable housing in March. We both work in the Housing Department of the Comune di Bologna.

Thank you and best regards,
Elena Rossi

--
Elena Rossi
Settore Politiche Abitative
Comune di Bologna
"""), "register", ["lcw-housing"], ["elena.rossi@comune.bologna.it"], True,
    "Colleague Marco Bianchi named without an address: sender can be registered, colleague needs follow-up.")

add(plain(("Jakub Dvořák", "jakub.dvorak@praha.eu"), LCW, "Re: Liveable Cities Webinar Series 2027",
    "2026-12-14 08:55", """Hello,

please register me for the session on 7 April. The time (10:00) suits me better than the afternoon slots.

Best,
Jakub Dvořák
Prague Institute of Planning and Development
""", xmailer="Mozilla Thunderbird 128.5.0", params="; format=flowed"),
    "register", ["lcw-logistics"], ["jakub.dvorak@praha.eu"], False,
    "Session given only by date (7 April = webinar 3, the only morning slot). Thunderbird, 8bit UTF-8.")

add(outlook(("Aino Virtanen", "aino.virtanen@hel.fi"), LCW, "AI webinar", "2026-12-18 13:14",
    """Hi,

I'll join the AI and public trust webinar in May. The rest of my team will register themselves later once they have checked their calendars, so this is just for me for now.

Thanks,
Aino

Aino Virtanen
Chief Digital Officer's Office, City of Helsinki
""", charset="utf-8", lang="fi-FI"),
    "register", ["lcw-trust"], ["aino.virtanen@hel.fi"], False,
    "Colleagues will register themselves later: nothing to do for them, only the sender is registered.")

add(outlook(("Pierre Lambert", "p.lambert@mairie-lyon.fr"), LCW, "Webinar 3 February", "2027-01-05 17:48",
    """Dear organisers,

I would like to attend the webinar on 3 February about heat in public space, but only if my council committee meeting that afternoon finishes early. Could you register me anyway? If I cannot make it I will let you know.

Best regards,
Pierre Lambert
Direction de l'Écologie Urbaine
Ville de Lyon
""", charset="utf-8", lang="fr-FR"),
    "register", ["lcw-heat"], ["p.lambert@mairie-lyon.fr"], True,
    "Conditional intent ('only if my meeting finishes early'); a person should decide how to handle it.")

add(iphone(("Sarah O'Connor", "sarah.oconnor@corkcity.ie"), LCW, "Sign up", "2027-01-12 07:22",
    """Hi, can you put me down for Cooling the city and Affordable housing pls
Sarah O'Connor, Cork City Council""", footer="Sent from my iPhone", tz=ZoneInfo("Europe/Dublin")),
    "register", ["lcw-heat", "lcw-housing"], ["sarah.oconnor@corkcity.ie"], False,
    "Sessions named by part of their titles; iPhone, short.")

add(outlook(("Marta García", "mgarcia@bcn.cat"), LCW, "Registration webinars 1 and 2", "2027-02-15 10:03",
    """Hello,

I have just seen your announcement. Please register me for the heat resilience webinar and the affordable housing webinar.

Thank you,
Marta García
Ajuntament de Barcelona – Ecologia Urbana
""", charset="utf-8", lang="es-ES"),
    "register", ["lcw-heat", "lcw-housing"], ["mgarcia@bcn.cat"], True,
    "Sent 15 Feb 2027: webinar 1 (heat) already took place on 3 Feb; housing is fine. A person should tell her about webinar 1 (recording?).")

add(gmail(("Dimitris Papadopoulos", "d.papadopoulos@thessaloniki.gr"), LCW, "registraton webinars", "2027-01-20 19:10",
    """Dear sir/madam

I want to registrate for the webinar on affordible housing and also the logistcs one (zero emision).

Thank you
Dimitris Papadopoulos
Municipality of Thessaloniki
"""), "register", ["lcw-housing", "lcw-logistics"], ["d.papadopoulos@thessaloniki.gr"], False,
    "Typos: 'registraton', 'affordible', 'logistcs', 'emision'.")

add(outlook(("Hans Müller", "hans.mueller@stadt-muenster.de"), LCW, "Anmeldung / registration webinar", "2027-02-22 15:30",
    """Dear Sir or Madam,

please register me for webinar 3 – sorry, I mean webinar 4, the one on AI and public trust. Logistics is handled by my colleague.

Mit freundlichen Grüßen / Kind regards

Hans Müller
Stadt Münster – Amt für Digitalisierung
Stadthaus 3, Albersloher Weg 33, 48155 Münster
""", charset="utf-8", lang="de-DE"),
    "register", ["lcw-trust"], ["hans.mueller@stadt-muenster.de"], False,
    "Self-correction: webinar 3 corrected to webinar 4; only webinar 4 is wanted.")

add(plain(("European Cities Network", "noreply@eurocities-network.example"), LCW,
    "New form submission: Webinar registration", "2027-03-10 11:41", """A new form submission was received on eurocities-network.example.

Form:          Liveable Cities Webinar Series 2027 - registration
Submitted:     10/03/2027 11:41 CET

First name:    Ana
Last name:     Sousa
Email:         ana.sousa@cm-porto.pt
Organisation:  Câmara Municipal do Porto
Position:      Mobility planner
Webinars:      [x] Webinar 3 - Zero-emission city logistics
               [x] Webinar 4 - Algorithms, AI and public trust in local government
Newsletter:    No

This message was generated automatically. Reply to this e-mail to contact the submitter.
""", cte="quoted-printable", reply_to=("Ana Sousa", "ana.sousa@cm-porto.pt"), tz=BRU,
    extra=[("Auto-Submitted", "auto-generated")]),
    "register", ["lcw-logistics", "lcw-trust"], ["ana.sousa@cm-porto.pt"], False,
    "Website form relayed from noreply@ with Reply-To and Auto-Submitted; a real registration for webinars 3 and 4.")

# ---------------------------------------------------------------- opleidingsdag
add(outlook(("Jolien Wouters", "jolien.wouters@herent.be"), OD, "inschrijving opleidingsdag", "2026-11-25 09:17",
    """Goeiemorgen,

Graag schrijf ik mij in voor de workshop rond overheidsopdrachten op de opleidingsdag van 18 maart.

Met vriendelijke groeten,

Jolien Wouters
Aankoopdienst
Gemeente Herent | Wijgmaalsesteenweg 17, 3020 Herent
016 85 30 00 | www.herent.be
""", tz=BRU, lang="nl-BE"),
    "register", ["od-overheidsopdrachten"], ["jolien.wouters@herent.be"], False,
    "Flemish, workshop by theme word.")

add(gmail(("Pieter Janssens", "pieter.janssens@kortenberg.be"), OD, "Opleidingsdag 18/3", "2026-11-27 14:33",
    """Dag,

Ik zou graag deelnemen aan de workshop over gegevensbescherming en informatieveiligheid.

Mvg
Pieter Janssens
informatieveiligheidsconsulent - gemeente & OCMW Kortenberg
""", tz=BRU), "register", ["od-privacy"], ["pieter.janssens@kortenberg.be"], False,
    "Paraphrase 'gegevensbescherming' for the privacy workshop.")

add(outlook(("Griet Claes", "griet.claes@bertem.be"), OD, "Inschrijving workshop klimaat - 2 personen", "2026-12-01 11:25",
    """Beste,

Wij komen met twee naar de workshop rond het lokaal energie- en klimaatpact: ikzelf en mijn collega An Peeters (an.peeters@bertem.be).

Alvast bedankt.

Vriendelijke groeten,
Griet Claes
Duurzaamheidsambtenaar
Gemeente Bertem
""", cc=[("An Peeters", "an.peeters@bertem.be")], tz=BRU, lang="nl-BE"),
    "register", ["od-klimaat"], ["griet.claes@bertem.be", "an.peeters@bertem.be"], False,
    "Sender plus colleague with address (also in Cc), same workshop.")

add(outlook(("Secretariaat burgemeester Tervuren", "secretariaat.burgemeester@tervuren.be"), OD,
    "Inschrijving burgemeester - opleidingsdag", "2026-12-04 08:50",
    """Goedemorgen,

Namens burgemeester Marc Verhaegen (marc.verhaegen@tervuren.be) schrijf ik hem graag in voor workshop 6 over AI en chatbots.

Met vriendelijke groeten,

Nathalie Dubois
Kabinetsmedewerker burgemeester
Gemeente Tervuren
Markt 7 A, 3080 Tervuren

Disclaimer: Dit bericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde. Indien u niet
de geadresseerde bent, wordt u verzocht de afzender te verwittigen en het bericht te verwijderen.
""", tz=BRU, lang="nl-BE"),
    "register", ["od-ai"], ["marc.verhaegen@tervuren.be"], False,
    "Cabinet mailbox registers the mayor (address given); the mailbox is not a participant.")

add(plain(("Sven De Smet", "sven.desmet@oud-heverlee.be"), OD, "inschrijving", "2026-12-08 16:02",
    """Hallo,

Ik had graag ingeschreven voor de opleidingsdag. Liefst de workshop burgerparticipatie, en anders die over privacy.

Groeten,
Sven De Smet
Gemeente Oud-Heverlee - dienst communicatie en participatie
""", xmailer="Microsoft Outlook 16.0", tz=BRU, cte="quoted-printable", charset="iso-8859-1"),
    "register", ["od-participatie"], ["sven.desmet@oud-heverlee.be"], False,
    "Fallback 'liefst X, en anders Y': the first choice (participatie) is what is asked.")

add(outlook(("Katrien Wuyts", "katrien.wuyts@bierbeek.be"), OD, "Opleidingsdag – 2 workshops?", "2026-12-10 13:41",
    """Dag,

Ik wil me inschrijven voor de opleidingsdag en zou graag zowel de workshop overheidsopdrachten als die over de BBC en de financiële rapportering volgen. Ik zie nu pas dat ze allebei 's voormiddags zijn – kan ik dan de ene tot de pauze en de andere na de pauze doen?

Groetjes,
Katrien Wuyts
Financieel directeur
Gemeente & OCMW Bierbeek
""", tz=BRU, lang="nl-BE"),
    "register", ["od-overheidsopdrachten", "od-financien"], ["katrien.wuyts@bierbeek.be"], True,
    "Two parallel workshops (one per participant) plus a question whether she can split the morning.")

add(outlook(("Dirk Vandenberghe", "dirk.vandenberghe@huldenberg.be"), OD, "inschrijving workshop personeel", "2026-12-15 10:20",
    """Goedemorgen,

Ik zou mij graag inschrijven voor de workshop rond HR en personeelsbeleid op de opleidingsdag.

Mvg,
Dirk Vandenberghe
Personeelsdienst Huldenberg
""", tz=BRU, lang="nl-BE"),
    "register", [], ["dirk.vandenberghe@huldenberg.be"], True,
    "Asks for a HR/personeelsbeleid workshop that does not exist.")

add(gmail(("Els Mertens", "els.mertens@lubbeek.be"), OD, "Opleidingsdag Dijleland", "2027-01-07 09:05",
    """Goeiemorgen,

Mijn collega Wouter van de dienst financiën en ikzelf zouden graag naar de workshop over de BBC gaan.

Dank je wel!
Els Mertens
Gemeente Lubbeek
""", tz=BRU), "register", ["od-financien"], ["els.mertens@lubbeek.be"], True,
    "Colleague Wouter named without address.")

add(outlook(("Rachel Adams", "rachel.adams@leuven.be"), OD, "Training day 18 March", "2027-01-14 15:16",
    """Hello,

I'm the new data protection officer at the City of Leuven and my Dutch isn't quite there yet, so I hope English is OK. I would like to attend the privacy and information security workshop on 18 March.

Many thanks,
Rachel Adams
DPO | Stad Leuven
Professor Van Overstraetenplein 1, 3000 Leuven
""", tz=BRU, lang="en-GB"),
    "register", ["od-privacy"], ["rachel.adams@leuven.be"], False,
    "English writer to the Flemish training day; workshop by topic.")

add(outlook(("Hanne Jacobs", "hanne.jacobs@boutersem.be"), OD, "Inschrijving workshop 6", "2027-01-21 11:44",
    """Dag allemaal,

Hierbij schrijf ik mij in voor de workshop 'Slim aan de slag met AI'. Mijn collega's van de dienst communicatie schrijven zich later zelf in, zij moeten nog even met hun diensthoofd afstemmen.

Groeten,
Hanne Jacobs
Gemeente Boutersem
""", tz=BRU, lang="nl-BE"),
    "register", ["od-ai"], ["hanne.jacobs@boutersem.be"], False,
    "Colleagues will register themselves later; only the sender now.")

add(iphone(("Bart Peeters", "bart.peeters@holsbeek.be"), OD, "inschrijving", "2027-02-02 18:31",
    """Hallo ik wil mij graag inschrijven vr de workshop rond het klimaatpakt (LEKP) op de opleidingsdag vd intercommunale. Bart Peeters, omgevingsambtenaar Holsbeek""",
    footer="Verzonden vanaf mijn iPhone", tz=BRU),
    "register", ["od-klimaat"], ["bart.peeters@holsbeek.be"], False,
    "Phone mail with abbreviations ('vr', 'vd') and 'klimaatpakt'.")

add(outlook(("Tine Hermans", "tine.hermans@rotselaar.be"), OD, "Inschrijving opleidingsdag - privacy", "2027-03-08 08:37",
    """Goedemorgen,

Ik weet dat ik laat ben, maar is het nog mogelijk om me in te schrijven voor de workshop privacy en informatieveiligheid op 18 maart?

Vriendelijke groeten,
Tine Hermans
Gemeente Rotselaar
""", tz=BRU, lang="nl-BE"),
    "register", ["od-privacy"], ["tine.hermans@rotselaar.be"], True,
    "Sent 8 March 2027, after the registration deadline (5 March 23:59).")

add(outlook(("Koen Maes", "koen.maes@tielt-winge.be"), OD, "Inschrijving opleidingsdag: workshop overheidsopdrachten",
    "2027-02-11 12:02", """
Koen Maes
Aankoopdienst | Gemeente Tielt-Winge
Kerkstraat 1, 3390 Tielt-Winge
""", tz=BRU, lang="nl-BE"),
    "register", ["od-overheidsopdrachten"], ["koen.maes@tielt-winge.be"], False,
    "Everything is in the subject; the body is only a signature.")

OD_INVITE = """Beste collega,

Op donderdag 18 maart 2027 organiseert Intercommunale Dijleland opnieuw de Opleidingsdag lokale besturen in Zaal De Kaai (Vaartkom 5, 3000 Leuven).

In de voormiddag (9.00 - 12.30 uur) kan je kiezen uit zes parallelle workshops:

1. Overheidsopdrachten: van bestek tot gunning
2. Privacy en informatieveiligheid
3. Beleids- en beheerscyclus en financiële rapportering
4. Burgerparticipatie die werkt
5. Lokaal energie- en klimaatpact in de praktijk
6. Slim aan de slag met AI en chatbots

Je kan één workshop volgen. Inschrijven kan tot en met 5 maart 2027 via opleidingsdag@ic-dijleland.be, met vermelding van je naam, bestuur en gekozen workshop.

Na de workshops is er een broodjeslunch.

Met vriendelijke groeten,
Team Opleidingen
Intercommunale Dijleland"""

add(outlook(("Lieve Goossens", "lieve.goossens@glabbeek.be"), OD, "FW: Uitnodiging Opleidingsdag lokale besturen 2027", "2027-02-16 20:15",
    """Dag,

Ik kom graag naar de opleidingsdag. Zet mij maar op de lijst.

Groetjes
Lieve Goossens
Gemeente Glabbeek

""" + "________________________________\nVan: Opleidingsdag Dijleland <opleidingsdag@ic-dijleland.be>\nVerzonden: dinsdag 12 januari 2027 10:00\nAan: Personeel Glabbeek <personeel@glabbeek.be>\nOnderwerp: Uitnodiging Opleidingsdag lokale besturen 2027\n\n"
    + OD_INVITE + "\n", tz=BRU, lang="nl-BE"),
    "register", [], ["lieve.goossens@glabbeek.be"], True,
    "Forward of the invitation, which lists all six workshops; she chooses none. One must be chosen.")

add(outlook(("Ruben Claessens", "ruben.claessens@begijnendijk.be"), OD, "inschrijving workshop", "2027-02-24 14:58",
    """Dag,

Graag inschrijven voor workshop 3 … nee wacht, ik bedoel workshop 4, burgerparticipatie. Sorry!

Ruben Claessens
Gemeente Begijnendijk
""", tz=BRU, lang="nl-BE"),
    "register", ["od-participatie"], ["ruben.claessens@begijnendijk.be"], False,
    "Self-correction: workshop 3 corrected to workshop 4 (burgerparticipatie).")

# ---------------------------------------------------------------- waterschap
add(plain(("Gerrit van Dijk", "gvandijk54@kpnmail.nl"), WLL, "informatieavond", "2026-11-23 19:48",
    """Geachte heer/mevrouw,

Mijn vrouw en ik komen graag naar de avond in Lexmond.

Met vriendelijke groet,
G. van Dijk
Lakerveld 12, Lexmond
""", cte="7bit", charset="us-ascii", xmailer="KPN Mail"),
    "register", ["wll-lexmond"], ["gvandijk54@kpnmail.nl"], True,
    "Wife comes too but has no name or address: a second seat to note or ask about.")

add(gmail(("Marleen Bos", "marleenbos@ziggo.nl"), WLL, "aanmelding informatie avond hagenstein", "2026-11-28 10:30",
    """Hallo,

Ik wil me graag aanmelden voor de informatie avond over de dijk in hagenstein.

Groetjes Marleen Bos
"""), "register", ["wll-hagestein"], ["marleenbos@ziggo.nl"], False,
    "Typo 'hagenstein' for Hagestein; lower case.")

add(plain(("Johan Verkerk", "johan.verkerk@hetnet.nl"), WLL, "Aanmelding", "2026-12-05 09:12",
    """Goedemorgen,

Hierbij meld ik mij aan voor de informatieavond van woensdag 10 maart.

Groet,
Johan Verkerk
""", cte="quoted-printable", xmailer="Microsoft Windows Live Mail 16.4.3528.331"),
    "register", ["wll-tienhoven"], ["johan.verkerk@hetnet.nl"], False,
    "Session by date only (10 maart = Tienhoven aan de Lek).")

add(gmail(("Annet de Groot", "annet.degroot@gmail.com"), WLL, "Aanmelding bijeenkomst dijkversterking", "2026-12-11 13:05",
    """Beste,

Graag meld ik me aan voor de bijeenkomst in Het Anker.

Annet de Groot
""", cte="base64"), "register", ["wll-lexmond"], ["annet.degroot@gmail.com"], False,
    "Session by venue (Het Anker = Lexmond). Base64.")

add(outlook(("Frank Hol", "f.hol@outlook.com"), WLL, "Aanmelden informatieavond Vianen", "2026-12-16 21:02",
    """Goedenavond,

Graag wil ik mij aanmelden voor de informatieavond in Vianen over de dijkversterking.

Groet,
Frank Hol
""", charset="utf-8"),
    "register", [], ["f.hol@outlook.com"], True,
    "No evening in Vianen; a person has to point him to one of the five villages.")

add(plain(("Loonbedrijf Kok", "info@loonbedrijfkok.nl"), WLL, "aanmelding", "2026-12-21 07:15",
    """Goedemorgen

Graag aanmelden voor de avond in Everdingen, of anders Hagestein als Everdingen vol is.

Dick Kok
Loonbedrijf Kok
Everdingen
""", cte="quoted-printable", xmailer="Microsoft Outlook 16.0"),
    "register", ["wll-everdingen"], ["info@loonbedrijfkok.nl"], False,
    "Fallback 'X, of anders Y': the first choice Everdingen is asked (capacity is not the label's concern). Company info@ address is the participant.")

add(gmail(("Wilma Stam", "wilma.stam@live.nl"), WLL, "Informatieavond dijk", "2027-01-04 16:44",
    """Hallo,

Ik zou graag naar een informatieavond komen. 15 maart kan ik niet, dus doe maar de avond in Ameide.

Vriendelijke groet,
Wilma Stam
"""), "register", ["wll-ameide"], ["wilma.stam@live.nl"], False,
    "Negation: 15 maart (Lexmond) ruled out, Ameide chosen.")

add(outlook(("James Whitfield", "j.whitfield@gmail.com"), WLL, "Information evening dike", "2027-01-08 10:10",
    """Dear Sir/Madam,

We own a field and a barn along the Lekdijk just outside Everdingen. My Dutch is limited, so apologies for writing in English. I would like to attend the information evening in Everdingen.

Kind regards,
James Whitfield
""", charset="utf-8", lang="en-GB"),
    "register", ["wll-everdingen"], ["j.whitfield@gmail.com"], False,
    "English writer to the Dutch water board; village named.")

add(gmail(("Jan de Vries", "jan.devries.ameide@gmail.com"), WLL, "Aanmelding Ameide 3 personen", "2027-01-13 20:22",
    """Goedenavond,

Ik meld mij en mijn buren aan voor de avond in Ameide op 8 maart:

- Jan de Vries (jan.devries.ameide@gmail.com)
- Ria Blom (ria.blom@hotmail.com)
- Henk Blom (henk.blom@hotmail.com)

Wij wonen alle drie aan de Lekdijk West.

Met vriendelijke groet,
Jan de Vries
"""), "register", ["wll-ameide"], ["jan.devries.ameide@gmail.com", "ria.blom@hotmail.com", "henk.blom@hotmail.com"], False,
    "Three residents in a bulleted list, all with addresses.")

add(iphone(("Ingrid Molenaar", "i.molenaar@xs4all.nl"), WLL, "Tienhoven", "2027-01-18 22:40",
    """Goedenavond, als mijn dienst het toelaat kom ik naar de avond in Tienhoven (ik werk in ploegen in het ziekenhuis). Zet me maar vast op de lijst, ik hoor pas eind februari mijn rooster.
Ingrid Molenaar"""),
    "register", ["wll-tienhoven"], ["i.molenaar@xs4all.nl"], True,
    "Conditional: depends on her shift roster.")

add(plain(("Cor Verhoef", "cor.verhoef@planet.nl"), WLL, "Aanmelding informatieavonden", "2027-01-25 11:11",
    """Geacht waterschap,

Ik wil mij graag aanmelden voor de avonden in Ameide én in Lexmond. Ik heb grond aan beide kanten en wil bij beide horen wat er speelt.

Hoogachtend,
C. Verhoef
""", cte="quoted-printable", xmailer="Mozilla Thunderbird 115.9.0"),
    "register", ["wll-ameide", "wll-lexmond"], ["cor.verhoef@planet.nl"], True,
    "Two evenings asked; the event allows one per participant (the programme is the same).")

add(outlook(("Marian Hoogendoorn", "marian@jachthavenhagestein.nl"), WLL, "Aanmelding informatieavond Hagestein",
    "2027-02-01 09:40", """Goedemorgen,

Namens Jachthaven Hagestein wil ik onze bedrijfsleider Peter Kwakernaak (p.kwakernaak@jachthavenhagestein.nl) aanmelden voor de informatieavond in Hagestein. Ik kan zelf helaas niet.

Met vriendelijke groet,
Marian Hoogendoorn
Jachthaven Hagestein B.V.
"""), "register", ["wll-hagestein"], ["p.kwakernaak@jachthavenhagestein.nl"], False,
    "Registers someone else only; the sender explicitly is not coming.")

add(gmail(("Willeke Terlouw", "wterlouw@zeelandnet.nl"), WLL, "Fwd: Uitnodiging informatieavonden dijkversterking", "2027-02-09 14:27",
    """Ik kom graag naar de avond bij ons in het dorp.

Willeke Terlouw
Lakerveld 88
4128 LR Lexmond

---------- Forwarded message ---------
From: Waterschap Lek en Linge <informatieavond@lekenlinge.nl>
Date: ma 18 jan 2027 om 10:00
Subject: Uitnodiging informatieavonden dijkversterking
To: <wterlouw@zeelandnet.nl>

""" + WLL_INVITE + "\n"), "register", ["wll-lexmond"], ["wterlouw@zeelandnet.nl"], True,
    "'De avond bij ons in het dorp': the village is only in her signature (Lexmond). The forwarded invitation lists all five. Reasonable inference, but a person should confirm.")

add(html_only(("Fatima El Idrissi", "fatima.elidrissi@hotmail.nl"), WLL, "aanmelden", "2027-02-17 12:12",
    """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">Goedemiddag,</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;"><br></div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">Ik wil graag komen naar de informatieavond op <b>22 maart in Everdingen</b>.</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;"><br></div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">Groetjes,<br>Fatima El Idrissi</div>
<div id="appendonsend"></div>
</body></html>
""", xmailer=None),
    "register", ["wll-everdingen"], ["fatima.elidrissi@hotmail.nl"], False,
    "HTML-only (Outlook.com web); date and village agree.")

add(iphone(("Kees Bikker", "keesbikker@icloud.com"), WLL, "Aanmelden", "2027-02-23 07:03",
    """Aanmelden Tienhoven 10/3. Groet Kees Bikker"""),
    "register", ["wll-tienhoven"], ["keesbikker@icloud.com"], False,
    "Very short phone mail; village plus numeric date.")

# ---------------------------------------------------------------- ministerie
add(outlook(("Oosterhuis, M.A. (Maarten)", "m.oosterhuis@provincie-utrecht.nl"), VRO,
    "Aanmelding Netwerkbijeenkomst Woondeals 8 april 2027", "2026-11-24 15:50",
    """Geachte heer, mevrouw,

Hierbij meld ik mij aan voor de Netwerkbijeenkomst Woondeals op donderdag 8 april 2027 in Den Haag.

Met vriendelijke groet,

drs. M.A. (Maarten) Oosterhuis
Senior beleidsadviseur Wonen
Provincie Utrecht | Domein Fysieke Leefomgeving
Archimedeslaan 6 | 3584 BA Utrecht
T 030 258 9111

Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, wordt u
vriendelijk verzocht dit aan de afzender te melden. De provincie Utrecht staat niet in voor de juiste en
volledige overbrenging van de inhoud van een verzonden e-mail, noch voor tijdige ontvangst daarvan.
"""), "register", ["vro-netwerk-2027"], ["m.oosterhuis@provincie-utrecht.nl"], False,
    "Formal registration with long disclaimer; display name in 'Surname, initials' form.")

add(outlook(("Lammers, Petra", "p.lammers@zwolle.nl"), VRO, "Aanmelding wethouder Bakkali", "2026-12-01 10:06",
    """Goedemorgen,

Graag meld ik wethouder Ahmed Bakkali aan voor de netwerkbijeenkomst op 8 april. Zijn e-mailadres is a.bakkali@zwolle.nl. Wilt u de bevestiging ook naar mij sturen? Dan zet ik het in zijn agenda.

Met vriendelijke groet,

Petra Lammers
Bestuurssecretaris
Gemeente Zwolle
"""), "register", ["vro-netwerk-2027"], ["a.bakkali@zwolle.nl"], False,
    "Secretary registers the wethouder only; request to copy her is routine.")

add(outlook(("Linda Kuiper", "l.kuiper@amersfoort.nl"), VRO, "Aanmelding netwerkbijeenkomst - 3 personen Amersfoort",
    "2026-12-06 14:21", """Beste organisatie,

Vanuit de gemeente Amersfoort komen wij graag met drie personen naar de netwerkbijeenkomst:

1. Linda Kuiper, programmamanager wonen
2. Ruud Smit (r.smit@amersfoort.nl), accountmanager woningbouw
3. Yvonne Tan (y.tan@amersfoort.nl), strategisch adviseur

Ruud en Yvonne staan in de cc.

Groet,
Linda Kuiper
Gemeente Amersfoort
""", cc=[("Ruud Smit", "r.smit@amersfoort.nl"), ("Yvonne Tan", "y.tan@amersfoort.nl")]),
    "register", ["vro-netwerk-2027"], ["l.kuiper@amersfoort.nl", "r.smit@amersfoort.nl", "y.tan@amersfoort.nl"], False,
    "Sender plus two colleagues with addresses (also in Cc); numbered list.")

add(outlook(("David Mensah", "d.mensah@portaal.nl"), VRO, "Networking event 8 April", "2026-12-12 09:25",
    """Dear organisers,

I work for a housing association in Utrecht and would very much like to attend the networking event on housing deals in The Hague on 8 April. I understand Dutch well but prefer to write in English.

Kind regards,
David Mensah
Portaal – Strategy & Development
""", charset="utf-8", lang="en-GB"),
    "register", ["vro-netwerk-2027"], ["d.mensah@portaal.nl"], False,
    "English writer to the Dutch ministry; housing associations are in the audience.")

add(outlook(("Erik Schouten", "e.schouten@dordrecht.nl"), VRO, "Aanmelding", "2026-12-17 16:33",
    """Hoi,

Ik kom graag naar de netwerkbijeenkomst op 8 april en neem collega Sanne de Lange mee, die is bij ons de trekker van de woondeal Drechtsteden.

Groet,
Erik Schouten
Gemeente Dordrecht
"""), "register", ["vro-netwerk-2027"], ["e.schouten@dordrecht.nl"], True,
    "Colleague Sanne de Lange named without address.")

add(gmail(("Noor Hamdi", "n.hamdi@haarlemmermeer.nl"), VRO, "Re: Uitnodiging Netwerkbijeenkomst Woondeals 8 april", "2027-01-11 08:14",
    """Ik kom graag!

Noor Hamdi
Gemeente Haarlemmermeer

Op ma 4 jan 2027 om 10:00 schreef Netwerkbijeenkomst Woondeals <netwerkbijeenkomst@minvro.nl>:

""" + "\n".join("> " + l if l else ">" for l in VRO_INVITE.split("\n")) + "\n",
    reply="<20270104100000.5f2a9c@minvro.nl>"),
    "register", ["vro-netwerk-2027"], ["n.hamdi@haarlemmermeer.nl"], False,
    "'Ik kom graag' above the quoted invitation of a single-session event.")

add(outlook(("Bas Hendriks", "bas.hendriks@leiden.nl"), VRO, "Netwerkbijeenkomst 8 april", "2027-01-26 12:48",
    """Goedemiddag,

Ik ben er graag bij, mits de commissievergadering die ochtend niet uitloopt. Wilt u mij alvast inschrijven? Mocht het niet lukken, dan meld ik me tijdig af.

Met vriendelijke groet,
Bas Hendriks
Gemeente Leiden
"""), "register", ["vro-netwerk-2027"], ["bas.hendriks@leiden.nl"], True,
    "Conditional registration ('mits ... niet uitloopt').")

add(outlook(("Monique Verbeek", "m.verbeek@woonstichting-vecht.nl"), VRO, "Aanmelding directeur-bestuurder",
    "2027-02-04 11:30", """Geachte organisatie,

Graag meld ik onze directeur-bestuurder, de heer F. Wolters (f.wolters@woonstichting-vecht.nl), aan voor de Netwerkbijeenkomst Woondeals. Mocht hij op het laatste moment verhinderd zijn, dan komt zijn plaatsvervanger mevrouw L. Groen (l.groen@woonstichting-vecht.nl) in zijn plaats.

Met vriendelijke groet,

Monique Verbeek
Managementassistent
Woonstichting Vecht
"""), "register", ["vro-netwerk-2027"], ["f.wolters@woonstichting-vecht.nl"], True,
    "Registers the director; his deputy is a possible substitute, not a second participant. A person should note the substitution arrangement.",
    participants_alt=[["f.wolters@woonstichting-vecht.nl", "l.groen@woonstichting-vecht.nl"]])

add(gmail(("Tessa Bouwman", "tessabouwman.wonen@gmail.com"), VRO, "aanmelding 8 april", "2027-03-02 22:05",
    """Goedenavond,

Via een collega hoorde ik van de netwerkbijeenkomst woondeals. Ik ben zelfstandig adviseur en werk voor de regio Foodvalley aan hun woondeal. Is dit nog mogelijk? Ik wil me graag aanmelden.

Hartelijke groet,
Tessa Bouwman
""", cte="base64"), "register", ["vro-netwerk-2027"], ["tessabouwman.wonen@gmail.com"], False,
    "'Is dit nog mogelijk?' is politeness: before the 25 March closing date mentioned in the invitation, capacity not an issue. Base64.")

add(outlook(("Hilde Zwart", "h.zwart@groningen.nl"), VRO, "Aanmelding twee collega's gemeente Groningen", "2027-03-15 09:58",
    """Goedemorgen,

Zelf ben ik helaas verhinderd op 8 april, maar ik meld graag twee collega's aan voor de netwerkbijeenkomst:

T. Boer – T.Boer@groningen.nl
A. Prins – A.Prins@groningen.nl

Met vriendelijke groet,
Hilde Zwart
Gemeente Groningen
""", charset="utf-8"),
    "register", ["vro-netwerk-2027"], ["T.Boer@groningen.nl", "A.Prins@groningen.nl"], False,
    "Registers two colleagues (mixed-case addresses) but not herself.")
