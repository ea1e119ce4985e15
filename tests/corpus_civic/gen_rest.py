# Cancel, change, question, machine mail and other (45).
from gen_reg import *
import base64 as _b64

def q(text):
    return "\n".join("> " + l if l else ">" for l in text.split("\n"))

def outlook_quote(frm, sent, to, subject, body):
    return (f"\n________________________________\nVan: {frm}\nVerzonden: {sent}\nAan: {to}\nOnderwerp: {subject}\n\n{body}")

def outlook_quote_en(frm, sent, to, subject, body):
    return (f"\n________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{body}")

def od_confirm(name, ws):
    return f"""Beste {name},

Bedankt voor je inschrijving voor de Opleidingsdag lokale besturen 2027 op donderdag 18 maart in Zaal De Kaai (Vaartkom 5, 3000 Leuven).

Je bent ingeschreven voor: {ws}

Onthaal vanaf 8.30 uur, de workshops lopen van 9.00 tot 12.30 uur. Na de workshops is er een broodjeslunch.

Met vriendelijke groeten,
Team Opleidingen
Intercommunale Dijleland"""

def lcw_confirm(name, titles):
    lst = "\n".join("- " + t for t in titles)
    return f"""Dear {name},

Thank you for registering for the Liveable Cities Webinar Series 2027. You are registered for:

{lst}

You will receive the Zoom link one week before each webinar. All times are Brussels time (CET/CEST).

Kind regards,
The Liveable Cities team
European Cities Network"""

# ---------------------------------------------------------------- cancel (10)
add(outlook(("Siobhán Kelly", "siobhan.kelly@dublincity.ie"), LCW, "RE: Your registration - Liveable Cities Webinar Series 2027",
    "2026-12-20 11:30", """Hi,

Could you take me off the logistics webinar (7 April)? It clashes with our budget meeting. I'll still attend the other three.

Thanks,
Siobhán
""" + outlook_quote_en("Liveable Cities Webinars <webinars@eurocities-network.example>", "25 November 2026 09:00",
    "Siobhán Kelly <siobhan.kelly@dublincity.ie>", "Your registration - Liveable Cities Webinar Series 2027",
    lcw_confirm("Siobhán", ["Webinar 1 - Cooling the city: heat resilience in public space (3 February 2027, 14:00)",
        "Webinar 2 - Affordable housing: what can cities actually do? (3 March 2027, 14:00)",
        "Webinar 3 - Zero-emission city logistics (7 April 2027, 10:00)",
        "Webinar 4 - Algorithms, AI and public trust in local government (5 May 2027, 14:00)"])),
    charset="utf-8", lang="en-IE", reply="<a41c9e2f.7b11@mailflow.eurocities-network.example>", tz=ZoneInfo("Europe/Dublin")),
    "cancel", ["lcw-logistics"], ["siobhan.kelly@dublincity.ie"], False,
    "Partial cancellation: only webinar 3; the quoted confirmation lists all four.")

add(outlook(("Jolien Wouters", "jolien.wouters@herent.be"), OD, "RE: Bevestiging inschrijving Opleidingsdag 2027",
    "2027-01-10 10:02", """Dag,

Ik moet me helaas verontschuldigen, ik ben die week met verlof. Mag mijn inschrijving geschrapt worden?

Groeten,
Jolien
""" + outlook_quote("Opleidingsdag Dijleland <opleidingsdag@ic-dijleland.be>", "woensdag 25 november 2026 10:15",
    "Jolien Wouters <jolien.wouters@herent.be>", "Bevestiging inschrijving Opleidingsdag 2027",
    od_confirm("Jolien", "Workshop 1 - Overheidsopdrachten: van bestek tot gunning")),
    tz=BRU, lang="nl-BE", reply="<c0ffee12.od2027@mailflow.ic-dijleland.be>"),
    "cancel", ["od-overheidsopdrachten"], ["jolien.wouters@herent.be"], False,
    "Flemish 'mij verontschuldigen'; the workshop is only in the quoted confirmation.")

add(gmail(("Jan de Vries", "jan.devries.ameide@gmail.com"), WLL, "Re: Aanmelding Ameide 3 personen", "2027-02-26 18:40",
    """Goedenavond,

Ik kan op 8 maart helaas zelf niet, wilt u mij afmelden? Ria en Henk Blom komen wel gewoon.

Groet,
Jan de Vries

Op wo 13 jan 2027 om 20:22 schreef Jan de Vries <jan.devries.ameide@gmail.com>:
> Goedenavond,
>
> Ik meld mij en mijn buren aan voor de avond in Ameide op 8 maart:
>
> - Jan de Vries (jan.devries.ameide@gmail.com)
> - Ria Blom (ria.blom@hotmail.com)
> - Henk Blom (henk.blom@hotmail.com)
""", reply="<CAJdv0001ameide@mail.gmail.com>"),
    "cancel", ["wll-ameide"], ["jan.devries.ameide@gmail.com"], False,
    "Cancels only himself; the neighbours (addresses in the quote) stay registered.")

add(outlook(("Lammers, Petra", "p.lammers@zwolle.nl"), VRO, "Afmelding wethouder Bakkali 8 april", "2027-02-10 13:12",
    """Goedemiddag,

Wethouder Bakkali (a.bakkali@zwolle.nl) moet zich helaas afmelden voor de netwerkbijeenkomst van 8 april; er is die middag een extra raadsvergadering ingepland.

Met vriendelijke groet,
Petra Lammers
Bestuurssecretaris Gemeente Zwolle
"""), "cancel", ["vro-netwerk-2027"], ["a.bakkali@zwolle.nl"], False,
    "Secretary cancels for the wethouder she registered.")

add(plain(("Johan Verkerk", "johan.verkerk@hetnet.nl"), WLL, "intrekken aanmelding", "2027-02-20 10:30",
    """Goedemorgen,

Wilt u mijn aanmelding voor de informatieavond intrekken? Het komt er niet van.

Groet,
Johan Verkerk
""", cte="quoted-printable", xmailer="Microsoft Windows Live Mail 16.4.3528.331"),
    "cancel", [], ["johan.verkerk@hetnet.nl"], "any",
    "No evening named. Fine to act if he has exactly one registration (he registered for 10 maart, Tienhoven); otherwise a person must ask.",
    sessions_allowed=["wll-ameide", "wll-tienhoven", "wll-lexmond", "wll-hagestein", "wll-everdingen"])

add(outlook(("Karin Holm", "karin.holm@malmo.se"), LCW, "Cancellation - Deputy Mayor Lindqvist", "2027-03-01 08:45",
    """Dear organisers,

Unfortunately Deputy Mayor Anna Lindqvist (anna.lindqvist@malmo.se) can no longer attend any of the webinars due to a change in her portfolio. Please cancel all her registrations.

Best regards
Karin Holm
City of Malmö
""", charset="utf-8", lang="sv-SE"),
    "cancel", [], ["anna.lindqvist@malmo.se"], "any",
    "Cancel 'all her registrations' without naming them (she was registered for webinars 2 and 4). Acting on all of them or showing it to a person are both fine.",
    sessions_allowed=["lcw-heat", "lcw-housing", "lcw-logistics", "lcw-trust"])

add(gmail(("Pieter Janssens", "pieter.janssens@kortenberg.be"), OD, "Re: Opleidingsdag 18/3", "2027-03-02 09:20",
    """Dag,

Ik kan er op 18 maart toch niet bij zijn. Mijn collega Eva Smets (eva.smets@kortenberg.be) neemt mijn plaats in de workshop privacy over, als dat kan.

Mvg
Pieter
""", tz=BRU, cc=[("Eva Smets", "eva.smets@kortenberg.be")]),
    "cancel", ["od-privacy"], ["pieter.janssens@kortenberg.be"], True,
    "Substitution: cancel the sender and register eva.smets@kortenberg.be in his place; two actions in one mail.")

add(outlook(("James Whitfield", "j.whitfield@gmail.com"), WLL, "Information evening Everdingen - cancellation", "2027-03-12 17:05",
    """Dear Sir/Madam,

I'm sorry, but I won't be able to come to the information evening in Everdingen on 22 March after all. Please remove my name from the list.

Kind regards,
James Whitfield
""", charset="utf-8", lang="en-GB"),
    "cancel", ["wll-everdingen"], ["j.whitfield@gmail.com"], False,
    "English cancellation by village and date.")

add(outlook(("Oosterhuis, M.A. (Maarten)", "m.oosterhuis@provincie-utrecht.nl"), VRO,
    "Afmelding Netwerkbijeenkomst Woondeals 8 april", "2027-03-25 16:12",
    """Geachte heer, mevrouw,

Helaas moet ik mij afmelden voor de netwerkbijeenkomst op 8 april. Mijn collega's van de provincie zijn via andere kanalen aangemeld.

Met vriendelijke groet,

drs. M.A. (Maarten) Oosterhuis
Senior beleidsadviseur Wonen
Provincie Utrecht

Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, wordt u
vriendelijk verzocht dit aan de afzender te melden.
"""), "cancel", ["vro-netwerk-2027"], ["m.oosterhuis@provincie-utrecht.nl"], False,
    "Plain cancellation of a single-session event; mention of colleagues asks for nothing.")

add(outlook(("Ilse Verbeek", "i.verbeek@rotterdam.nl"), LCW, "Change in Rotterdam registrations webinar 4", "2027-01-28 14:40",
    """Dear colleagues,

Please remove my colleague Joris Kamp (j.kamp@rotterdam.nl) from webinar 4. Mehmet and I will still attend.

Kind regards,
Ilse Verbeek
Gemeente Rotterdam
""", lang="en-GB"),
    "cancel", ["lcw-trust"], ["j.kamp@rotterdam.nl"], False,
    "Cancels a colleague she registered; sender and Mehmet stay.")

# ---------------------------------------------------------------- change (6)
add(gmail(("Annet de Groot", "annet.degroot@gmail.com"), WLL, "Andere avond", "2027-01-06 19:30",
    """Beste,

Ik sta ingeschreven voor de avond in Lexmond, maar op 15 maart ben ik jarig. Kan ik in plaats daarvan naar Hagestein komen?

Annet de Groot
"""), "change", ["wll-hagestein"], ["annet.degroot@gmail.com"], False,
    "Switch Lexmond -> Hagestein; 'kan ik' is a polite request, not a question.", from_sessions=["wll-lexmond"])

add(plain(("Sven De Smet", "sven.desmet@oud-heverlee.be"), OD, "RE: Bevestiging inschrijving Opleidingsdag 2027", "2027-01-19 11:50",
    """Hallo,

Ik zou toch liever naar de andere workshop gaan die ik had opgegeven, die over privacy. Kan dat nog aangepast worden?

Groeten,
Sven
""" + outlook_quote("Opleidingsdag Dijleland <opleidingsdag@ic-dijleland.be>", "woensdag 9 december 2026 09:02",
    "Sven De Smet <sven.desmet@oud-heverlee.be>", "Bevestiging inschrijving Opleidingsdag 2027",
    od_confirm("Sven", "Workshop 4 - Burgerparticipatie die werkt")),
    xmailer="Microsoft Outlook 16.0", tz=BRU, cte="quoted-printable", charset="iso-8859-1",
    reply="<b7d1e0aa.od2027@mailflow.ic-dijleland.be>"),
    "change", ["od-privacy"], ["sven.desmet@oud-heverlee.be"], False,
    "Old workshop only in the quoted confirmation; new one named ('die over privacy', his earlier fallback).",
    from_sessions=["od-participatie"])

add(gmail(("Tomasz Nowak", "tomasz.nowak.krk@gmail.com"), LCW, "change webinar", "2027-02-08 20:55",
    """hi again, instead of the housing webinar could you put me down for the logistics one? the heat one was great btw
Tomasz
"""), "change", ["lcw-logistics"], ["tomasz.nowak.krk@gmail.com"], False,
    "Swap housing -> logistics; compliment about webinar 1 is incidental.", from_sessions=["lcw-housing"])

add(outlook(("Hanne Jacobs", "hanne.jacobs@boutersem.be"), OD, "Andere workshop?", "2027-02-12 10:15",
    """Dag,

Ik had me ingeschreven voor de workshop over AI, maar na het lezen van de beschrijving blijkt dat niet echt wat ik zocht. Mag ik van workshop veranderen? Welke zijn er nog vrij?

Groeten,
Hanne Jacobs
""", tz=BRU, lang="nl-BE"),
    "change", [], ["hanne.jacobs@boutersem.be"], True,
    "Wants to leave the AI workshop but names no target; asks what is still free.", from_sessions=["od-ai"])

add(iphone(("Kees Bikker", "keesbikker@icloud.com"), WLL, "Wijziging", "2027-02-25 12:30",
    """Kan ik ipv 10 maart naar de avond van 22 maart? Groet Kees Bikker"""),
    "change", ["wll-everdingen"], ["keesbikker@icloud.com"], False,
    "Both sessions by date only (10 maart = Tienhoven, 22 maart = Everdingen).", from_sessions=["wll-tienhoven"])

add(outlook(("Secretariaat burgemeester Tervuren", "secretariaat.burgemeester@tervuren.be"), OD,
    "Wijziging workshop burgemeester Verhaegen", "2027-03-03 09:12",
    """Goedemorgen,

Burgemeester Verhaegen (marc.verhaegen@tervuren.be) wil graag wisselen van workshop: in plaats van AI en chatbots volgt hij liever de workshop over het lokaal energie- en klimaatpact.

Met vriendelijke groeten,
Nathalie Dubois
Kabinetsmedewerker burgemeester, Gemeente Tervuren
""", tz=BRU, lang="nl-BE"),
    "change", ["od-klimaat"], ["marc.verhaegen@tervuren.be"], False,
    "Cabinet moves the mayor from AI to klimaat, before the deadline.", from_sessions=["od-ai"])

# ---------------------------------------------------------------- question (9)
add(outlook(("Nicolás Ferreira", "n.ferreira@lisboa.pt"), LCW, "Recordings?", "2026-11-29 13:10",
    """Hello,

Will the webinars be recorded? I'm very interested in the housing one on 3 March, but I have a council session at that time. If there is a recording I'd rather register and watch it later.

Best regards,
Nicolás Ferreira
Câmara Municipal de Lisboa
""", charset="utf-8", lang="pt-PT", tz=ZoneInfo("Europe/Lisbon")),
    "question", ["lcw-housing"], [], True,
    "Question about recordings; registration depends on the answer.")

add(gmail(("Sofie Vermeulen", "sofie.vermeulen@keerbergen.be"), OD, "vraagje opleidingsdag", "2026-12-13 15:00",
    """Dag,

Is er een kost verbonden aan de opleidingsdag? En is de lunch inbegrepen? Dan kan ik het aan mijn diensthoofd voorleggen.

Groetjes,
Sofie Vermeulen
""", tz=BRU), "question", [], [], True, "Cost and lunch question; no registration yet.")

add(plain(("Hennie Slob", "h.slob@vianen-online.nl"), WLL, "Mag ik ook komen?", "2026-12-22 20:05",
    """Geachte heer/mevrouw,

Kan ik ook nog aansluiten bij een van de avonden als ik niet aan de dijk woon maar in Vianen? Ik fiets er dagelijks over en ben benieuwd wat er gaat gebeuren.

Vriendelijke groet,
Hennie Slob
""", cte="quoted-printable"),
    "question", [], [], True, "Phrased like a request, but asks whether non-residents may come; no evening chosen.")

add(outlook(("Judith Kramer", "j.kramer@regiofoodvalley.nl"), VRO, "Later aansluiten 8 april?", "2027-01-09 10:44",
    """Goedemorgen,

Kan ik nog aansluiten bij de netwerkbijeenkomst als ik pas om 15.00 uur binnen kan zijn? Dan meld ik mij aan, anders laat ik het aan mijn collega.

Met vriendelijke groet,
Judith Kramer
Regio Foodvalley
"""), "question", ["vro-netwerk-2027"], [], True,
    "'Kan ik nog aansluiten als...' is a question; registration depends on the answer.")

add(gmail(("Olivia Bennett", "olivia.bennett@bristol.gov.uk"), LCW, "Webinar 1 - same-day registration?", "2027-01-22 17:12",
    """Hi there,

Can I still join webinar 1 if I register on the day itself? I'm not sure yet whether I'll be free on 3 February.

Thanks,
Olivia
""", tz=ZoneInfo("Europe/London")), "question", ["lcw-heat"], [], True,
    "Question about late registration for webinar 1; not a registration.")

add(plain(("Gerda Bouman", "gerda.bouman@online.nl"), WLL, "Toegankelijkheid Hagestein", "2027-02-03 14:14",
    """Goedemiddag,

Is Dorpshuis De Biezen in Hagestein goed toegankelijk met een rolstoel? Mijn man wil graag mee naar de avond.

Met vriendelijke groet,
Gerda Bouman
""", cte="quoted-printable"),
    "question", ["wll-hagestein"], [], True, "Accessibility question about the Hagestein venue.")

add(outlook(("Griet Claes", "griet.claes@bertem.be"), OD, "Nog een collega voor workshop klimaat?", "2027-02-19 11:02",
    """Dag,

Mogen wij met nog een derde collega naar de workshop klimaat, of is er een maximum per bestuur? Dan weet ik of ik hem nog moet inschrijven.

Groeten,
Griet Claes
Gemeente Bertem
""", tz=BRU, lang="nl-BE"),
    "question", ["od-klimaat"], [], True, "Asks whether a third colleague may join; no one named to register.")

add(outlook(("Erik Schouten", "e.schouten@dordrecht.nl"), VRO, "Corporatie meenemen?", "2027-03-04 15:35",
    """Hoi,

Is het ook mogelijk om iemand van onze woningcorporatie mee te nemen naar de netwerkbijeenkomst? Of moeten zij zich zelf aanmelden?

Groet,
Erik
"""), "question", ["vro-netwerk-2027"], [], True, "Question about bringing a corporation contact.")

add(gmail(("Elena Rossi", "elena.rossi@comune.bologna.it"), LCW, "Zoom link webinar 2?", "2027-02-27 09:40",
    """Good morning,

Did I register correctly for the housing webinar next Wednesday? I have not received a Zoom link yet, and neither has my colleague.

Thank you,
Elena Rossi
"""), "question", ["lcw-housing"], [], True, "Asks about her registration status / missing Zoom link.")
