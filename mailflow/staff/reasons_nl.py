"""The Dutch for every English reason template, one anchored pattern each (see ``reasons``).

The patterns follow the f-strings where the reasons are made, so a new or
reworded reason shows as English until it gets a line here:
``tests/test_staff_reasons.py`` finds the templates in ``decide/`` and the
sentences in ``understand/`` and fails for one without a pattern, and measures
how much of the corpora's held reasons come out fully Dutch. Captured parts keep their names from the source
(``title``, ``email``, ``key``). Most specific first: the first match wins.
"""

from __future__ import annotations

import re

from mailflow.staff.reasons import Carry, Rule, listed

R = Rule

# --------------------------------------------------------------------------
# captured parts that are our own words, not the writer's or the catalogue's

_KINDS = {
    "register": "inschrijving",
    "cancel": "afmelding",
    "change": "wijziging",
    "question": "vraag",
    "other": "overig",
    "auto_reply": "automatisch antwoord",
    "bounce": "onbestelbare mail",
    "calendar_reply": "agenda-antwoord",
}
_PARTSTAT = {
    "accepted": "geaccepteerd",
    "declined": "afgeslagen",
    "tentative": "onder voorbehoud",
    "needs-action": "nog niet beantwoord",
    "delegated": "gedelegeerd",
}
_STATUS = {"confirmed": "bevestigd", "waitlisted": "wachtlijst", "cancelled": "afgemeld"}
_NAMES = {"(name not given)": "(naam niet gegeven)", "(the other person)": "(de andere persoon)"}
_VERBS = {"cancel": "afgemeld", "change": "gewijzigd"}


def _kind(value: str, carry: Carry) -> str:
    return _KINDS.get(value, carry(value))


def _partstat(value: str, carry: Carry) -> str:
    return _PARTSTAT.get(value.lower(), carry(value))


def _verb(value: str, carry: Carry) -> str:
    return _VERBS.get(value, carry(value))


def _name(value: str, carry: Carry) -> str:
    """A person as understanding names them: a name from the mail, or our placeholder for none."""
    return _NAMES.get(value, carry(value))


def _person(value: str, carry: Carry) -> str:
    """Who asks: an address, or "The mail" when ``explain`` judges the mail without a database."""
    return "De mail" if value == "The mail" else carry(value)


def _titles_or(value: str, carry: Carry) -> str:
    """ "'A' or 'B'" -> "'A' of 'B'" (only the word between the quoted titles changes)."""
    return "' of '".join(carry(t) for t in value.split("' or '"))


def _seats(value: str, carry: Carry) -> str:
    """ "a@x (key, confirmed), b@y (key, waitlisted)": the status words in Dutch."""
    return carry(re.sub(r", (confirmed|waitlisted|cancelled)\)", lambda m: f", {_STATUS[m.group(1)]})", value))


def _be(value: str, carry: Carry) -> str:
    """One session or several: "is"/"has" -> "is", "are"/"have" -> "zijn"."""
    return "is" if value in ("is", "has") else "zijn"


def _domain(value: str, carry: Carry) -> str:
    return "het From-domein" if value == "the From domain" else carry(value)


def _sender(value: str, carry: Carry) -> str:
    return "een onbekende afzender" if value == "an unknown sender" else carry(value)


def _limit(value: str, carry: Carry) -> str:
    return "het dagelijkse aantal" if value == "the daily number of" else carry(value)


# --------------------------------------------------------------------------
# fragments of lists inside a reason

# understand/coverage.py: what of the request the chosen sessions do not explain
LEFT = (
    R(
        r"'(?P<t>.+?)' refers back to a session that was not chosen",
        "'{t}' verwijst naar een sessie die niet is gekozen",
    ),
    R(r"'(?P<t>.+?)' matches no session", "'{t}' past bij geen enkele sessie"),
    R(r"'(?P<t>.+?)' points to a session that was not chosen", "'{t}' wijst naar een sessie die niet is gekozen"),
    R(
        r"'(?P<t>.+?)' names an event of which no session was chosen",
        "'{t}' noemt een evenement waarvan geen sessie is gekozen",
    ),
    R(
        r"'(?P<t>.+?)' asks for several parts without naming them all",
        "'{t}' vraagt om meerdere onderdelen zonder ze allemaal te noemen",
    ),
    R(r"'(?P<t>.+?)' names no session we know", "'{t}' noemt geen sessie die wij kennen"),
    R(
        r"'(?P<t>.+?)' does not fit the session it seems to name",
        "'{t}' past niet bij de sessie die het lijkt te noemen",
    ),
    R(r"'(?P<t>.+?)' offers a choice between sessions", "'{t}' laat de keuze tussen sessies aan ons"),
)

# decide/common.py notes and decide/authority.py: what was done, or what is asked
DONE = (
    R(r"register (?P<email>\S+) for (?P<key>\S+)", "{email} ingeschreven voor {key}"),
    R(r"waitlist (?P<email>\S+) for (?P<key>\S+)", "{email} op de wachtlijst voor {key}"),
    R(r"move (?P<email>\S+) from (?P<old>\S+) to (?P<new>\S+)", "{email} verplaatsen van {old} naar {new}"),
    R(r"cancel (?P<email>\S+) for (?P<key>\S+)", "{email} afmelden voor {key}"),
    R(r"nothing to change", "niets te wijzigen"),
    R(r"no mail to (?P<emails>.+): daily limit reached", "geen mail aan {emails}: daglimiet bereikt"),
    R(r"(?P<who>\S+) confirmed", "{who} heeft bevestigd"),
)

# understander._unread: what of a long mail went unread
UNREAD = (
    R(r"the subject's first (?P<n>[\d,]+) characters", "de eerste {n} tekens van het onderwerp"),
    R(
        r"the first (?P<n>[\d,]+) characters of the sender's own words",
        "de eerste {n} tekens van wat de afzender zelf schreef",
    ),
    R(r"the start of the message text", "het begin van de berichttekst"),
)

AUTH = (
    R(r"no trusted sender authentication", "geen vertrouwde afzendercontrole"),
    R(r"(?P<by>\S+) did not authenticate (?P<sender>\S+)", "{by} heeft {sender} niet geauthenticeerd"),
)

# --------------------------------------------------------------------------
# whole reasons

_DECIDE = (
    # decide/__init__.py, messages.py, pending.py
    R(
        r"this (?P<kind>\S+) message needs a person's check",
        "dit bericht ({kind}) moet door een mens worden bekeken",
        kind=_kind,
    ),
    R(r"a delivery report needs a person's check", "een afleverbericht moet door een mens worden bekeken"),
    R(r"a question for the organisers", "een vraag voor de organisatie"),
    R(
        r"Mail to a participant could not be delivered \(permanent failure\): (?P<seats>.+) holds a place but "
        r"cannot be reached; a person decides whether to keep it",
        "Mail aan een deelnemer kon niet worden afgeleverd (blijvende fout): {seats} heeft een plaats maar is "
        "onbereikbaar; een mens beslist of die plaats blijft",
        seats=_seats,
    ),
    R(r"a calendar reply we could not read", "een agenda-antwoord dat wij niet konden lezen"),
    R(r"calendar reply with status (?P<status>\S+)", "agenda-antwoord met status {status}", status=_partstat),
    R(
        r"calendar reply (?P<status>\S+): nothing to change",
        "agenda-antwoord {status}: niets te wijzigen",
        status=_partstat,
    ),
    R(
        r"an invitation was declined, but UID (?P<uid>.+) matches no active registration",
        "een uitnodiging is afgeslagen, maar UID {uid} hoort bij geen actieve inschrijving",
    ),
    R(
        r"(?P<email>\S+) declined the invitation for (?P<key>\S+) with the comment: (?P<comment>.+)",
        "{email} sloeg de uitnodiging voor {key} af met de opmerking: {comment}",
    ),
    R(r"(?P<email>\S+) declined the invitation for (?P<key>\S+)", "{email} sloeg de uitnodiging voor {key} af"),
    R(
        r"Done as asked \((?P<done>.*)\); the mail also asks a question: (?P<q>.*)",
        "Gedaan zoals gevraagd ({done}); de mail stelt ook een vraag: {q}",
        done=listed(DONE),
    ),
    R(
        r"(?P<who>\S+) confirmed a (?P<kind>\S+) request that needs a person",
        "{who} bevestigde een verzoek ({kind}) dat een mens nodig heeft",
        kind=_kind,
    ),
    R(r"(?P<who>\S+) said no: their registration stays as it is", "{who} zei nee: de inschrijving blijft zoals die is"),
    # decide/change.py, common.py, register.py
    R(r"no session (?P<keys>.+) exists", "er bestaat geen sessie {keys}"),
    R(r"whose registration to cancel is not clear", "het is niet duidelijk wiens inschrijving moet worden afgemeld"),
    R(r"whose registration to change is not clear", "het is niet duidelijk wiens inschrijving moet worden gewijzigd"),
    R(r"no session to move to was named", "er is geen sessie genoemd om naar over te stappen"),
    R(
        r"the sessions to move to belong to different events",
        "de sessies om naar over te stappen horen bij verschillende evenementen",
    ),
    R(
        r"the sessions asked for belong to events at different addresses",
        "de gevraagde sessies horen bij evenementen met verschillende adressen",
    ),
    R(r"no session could be determined from the message", "uit het bericht viel geen sessie op te maken"),
    R(r"nobody to register was found in the message", "in het bericht is niemand gevonden om in te schrijven"),
    R(
        r"cannot pair (?P<n>\d+) session\(s\) to leave with (?P<m>\d+) to join",
        "{n} sessie(s) om te verlaten passen niet bij {m} om naar over te stappen",
    ),
    R(
        r"(?P<email>\S+) is already registered for the session to move to",
        "{email} is al ingeschreven voor de sessie om naar over te stappen",
    ),
    R(r"(?P<title>.+) is full; (?P<email>\S+) keeps (?P<key>\S+)", "{title} is vol; {email} houdt {key}"),
    R(r"(?P<title>.+) is full and the waitlist is off", "{title} is vol en de wachtlijst staat uit"),
    R(
        r"(?P<email>\S+) is on the waitlist for (?P<key>\S+) and asks for (?P<title>.+), which is full too",
        "{email} staat op de wachtlijst voor {key} en vraagt om {title}, die ook vol is",
    ),
    R(
        r"(?P<email>\S+) has no active registration for (?P<keys>.+)",
        "{email} heeft geen actieve inschrijving voor {keys}",
    ),
    R(r"(?P<email>\S+) has no active registration", "{email} heeft geen actieve inschrijving"),
    R(
        r"(?P<email>\S+) has (?P<n>\d+) registrations(?: for (?P<event>.+?))?; which one to (?P<verb>\S+) is not said",
        "{email} heeft {n} inschrijvingen{event}; de mail zegt niet welke moet worden {verb}",
        event=lambda v, carry: " voor " + carry(v),
        verb=_verb,
    ),
    # decide/rules.py
    R(r"'(?P<title>.+)' has already taken place", "'{title}' heeft al plaatsgevonden"),
    R(r"(?P<names>'.+') (?P<be>is|are) fully booked", "{names} {be} volgeboekt", be=_be),
    R(
        r"The registration deadline for (?P<event>.+) has passed \((?P<deadline>[\d-]+ [\d:]+); (?P<names>'.+')\)",
        "De inschrijftermijn voor {event} is verstreken ({deadline}; {names})",
    ),
    R(r"Registration is closed for (?P<names>'.+')", "De inschrijving is gesloten voor {names}"),
    R(
        r"(?P<names>'.+') (?P<be>has|have) already started or taken place",
        "{names} {be} al begonnen of voorbij",
        be=_be,
    ),
    R(
        r"(?P<person>.+) asks for (?P<n>\d+) session\(s\) of (?P<event>.+?)(?: and already has (?P<have>\d+))?; "
        r"one person may take (?P<max>\d+)",
        "{person} vraagt om {n} sessie(s) van {event}{have}; één persoon mag er {max} nemen",
        person=_person,
        have=lambda v, carry: f" en heeft er al {v}",
    ),
    R(r"'(?P<a>.+)' and '(?P<b>.+)' take place at the same time", "'{a}' en '{b}' vinden tegelijk plaats"),
    R(
        r"(?P<event>.+) is only for participants of (?P<names>'.+'); The mail has none of them",
        "{event} is alleen voor deelnemers van {names}; de mail noemt geen van die sessies",
        names=_titles_or,
    ),
    R(
        r"(?P<event>.+) is only for participants of (?P<names>'.+'); (?P<person>\S+) has none of them",
        "{event} is alleen voor deelnemers van {names}; {person} heeft geen van die sessies",
        names=_titles_or,
    ),
    R(r"no address", "geen adres"),
    R(r"(?P<email>\S+) is one of our own addresses", "{email} is een van onze eigen adressen"),
    R(
        r"the mail may not be answered \(automatic, a list, no return path, or a no-reply sender\)",
        "de mail mag niet worden beantwoord (automatisch, een lijst, geen afzenderadres of een no-reply-afzender)",
    ),
    R(r"mail to (?P<email>\S+) bounces", "mail aan {email} komt onbestelbaar terug"),
    R(
        r"The mail came with an empty return path \(MAIL FROM:<>\), which only automatic mail uses; nobody is "
        r"answered and a person decides",
        "De mail kwam met een leeg afzenderadres (MAIL FROM:<>), dat alleen automatische mail gebruikt; niemand "
        "krijgt antwoord en een mens beslist",
    ),
    R(
        r"Our mail system \((?P<by>.+?)\) found that the sender check \(DMARC\) failed for (?P<domain>.+): the From "
        r"address may be forged; nobody is answered",
        "Ons mailsysteem ({by}) stelde vast dat de afzendercontrole (DMARC) mislukte voor {domain}: het From-adres "
        "kan vervalst zijn; niemand krijgt antwoord",
        domain=_domain,
    ),
    R(
        r"The mail registers (?P<n>\d+) other people \(at most (?P<max>\d+) without a check\); each would get a mail "
        r"from us without having written",
        "De mail schrijft {n} andere mensen in (zonder controle ten hoogste {max}); ieder van hen zou mail van ons "
        "krijgen zonder zelf te hebben geschreven",
    ),
    R(
        r"The mail registers (?P<n>\d+) people for '(?P<title>.+)' and fills it \((?P<cap>\d+) places\)",
        "De mail schrijft {n} mensen in voor '{title}' en maakt die daarmee vol ({cap} plaatsen)",
    ),
    # decide/authority.py, budget.py
    R(
        r"The request \((?P<what>.+)\) does not provably come from (?P<people>.+?): sent by (?P<sender>.+?)"
        r"(?: \((?P<auth>[^()]+)\))?, not a reply to our mail to them; we asked them to confirm by replying 'ja'",
        "Het verzoek ({what}) komt niet aantoonbaar van {people}: verstuurd door {sender}{auth}, geen antwoord op "
        "onze mail aan hen; wij hebben gevraagd het te bevestigen door 'ja' te antwoorden",
        what=listed(DONE),
        sender=_sender,
        auth=lambda v, carry: f" ({listed(AUTH)(v, carry)})",
    ),
    R(
        r"(?P<emails>.+) would get more than (?P<limit>.+?) mails from us in 24 hours \(the limit against mail "
        r"loops\); the change waits for a person so it is not made without a word",
        "{emails} zou in 24 uur meer dan {limit} mails van ons krijgen (de grens tegen mail-lussen); de wijziging "
        "wacht op een mens, zodat die niet zonder bericht gebeurt",
        limit=_limit,
    ),
)

_UNDERSTAND = (
    # understand/intent.py
    R(r"The sender asks a question a person must answer", "De afzender stelt een vraag die een mens moet beantwoorden"),
    R(r"The mail also asks a question: (?P<q>.*)", "De mail stelt ook een vraag: {q}"),
    R(
        r"The mail asks for more than one thing \(a registration and a cancellation\)",
        "De mail vraagt om meer dan één ding (een inschrijving en een afmelding)",
    ),
    R(
        r"Someone else takes the sender's place: that is a cancellation and a new registration",
        "Iemand anders neemt de plaats van de afzender in: dat is een afmelding en een nieuwe inschrijving",
    ),
    R(
        r"The sender asks for the whole event without naming the parts",
        "De afzender vraagt om het hele evenement zonder de onderdelen te noemen",
    ),
    R(r"The sender has not decided yet", "De afzender heeft nog niet besloten"),
    R(
        r"The mail seems meant for someone else; a person should tell the sender",
        "De mail lijkt voor iemand anders bedoeld; een mens moet dat de afzender laten weten",
    ),
    R(
        r"The mail asks for nothing \(a thank-you or a notice\)",
        "De mail vraagt nergens om (een bedankje of een mededeling)",
    ),
    R(r"The mail asks for nothing we recognise", "De mail vraagt niets wat wij herkennen"),
    R(r"The sender asks to be taken off a mailing list", "De afzender vraagt om van een mailinglijst af te gaan"),
    R(r"This looks like advertising or phishing", "Dit lijkt reclame of phishing"),
    # understand/sessions.py
    R(
        r"A date in the mail matches no session of this event",
        "Een datum in de mail past bij geen sessie van dit evenement",
    ),
    R(
        r"The date and the time in the mail point to different sessions",
        "De datum en de tijd in de mail wijzen naar verschillende sessies",
    ),
    R(
        r"The place and the date in the mail point to different sessions",
        "De plaats en de datum in de mail wijzen naar verschillende sessies",
    ),
    # understand/people.py
    R(
        r"The mail asks for '(?P<party>.+)' but names nobody else with an e-mail address",
        "De mail vraagt om '{party}' maar noemt niemand anders met een e-mailadres",
    ),
    R(
        r"The mail says the others will register themselves; it registers nobody",
        "De mail zegt dat de anderen zich zelf aanmelden; er wordt niemand ingeschreven",
    ),
    R(
        r"The sender registers someone else without giving that person's address",
        "De afzender schrijft iemand anders in zonder het adres van die persoon te geven",
    ),
    R(
        r"The mail is about someone other than the sender, without that person's address",
        "De mail gaat over iemand anders dan de afzender, zonder het adres van die persoon",
    ),
    R(
        r"The mail is about (?P<who>.+), whose address is not given",
        "De mail gaat over {who}, van wie het adres ontbreekt",
    ),
    R(r"(?P<name>.+) is named without an e-mail address", "{name} wordt genoemd zonder e-mailadres", name=_name),
    # understand/understander.py and coverage.py
    R(
        r"Part of the request is not accounted for: (?P<left>.+)",
        "Een deel van het verzoek is niet verklaard: {left}",
        left=listed(LEFT),
    ),
    R(
        r"Different people ask for different sessions; a person should register each one",
        "Verschillende mensen vragen om verschillende sessies; een mens moet ieder van hen inschrijven",
    ),
    R(
        r"The request depends on a condition or is not final: '(?P<c>.*)'",
        "Het verzoek hangt af van een voorwaarde of is nog niet definitief: '{c}'",
    ),
    R(
        r"The mail names (?P<names>'.+'), which belongs to another event than the one this address is for",
        "De mail noemt {names}, wat bij een ander evenement hoort dan dat van dit adres",
    ),
    R(r"There is no session in (?P<places>.+)", "Er is geen sessie in {places}"),
    R(r"The mail names no session", "De mail noemt geen sessie"),
    R(r"The mail does not say which session to cancel", "De mail zegt niet welke sessie moet worden afgemeld"),
    R(
        r"The mail does not say which session the sender wants instead",
        "De mail zegt niet naar welke sessie de afzender wil overstappen",
    ),
    R(
        r"The mail does not say which session the sender is leaving",
        "De mail zegt niet welke sessie de afzender verlaat",
    ),
    R(
        r"The session was taken from the quoted mail, not from the sender's words",
        "De sessie komt uit de geciteerde mail, niet uit wat de afzender zelf schreef",
    ),
    R(r"Nobody to register could be found in the mail", "In de mail is niemand gevonden om in te schrijven"),
    R(
        r"Whose registration this is about could not be found in the mail",
        "Uit de mail blijkt niet om wiens inschrijving het gaat",
    ),
    R(
        r"The answer names a session but does not say it is a registration",
        "Het antwoord noemt een sessie maar zegt niet dat het een inschrijving is",
    ),
    R(
        r"The mail names a session but does not say what the writer wants",
        "De mail noemt een sessie maar zegt niet wat de schrijver wil",
    ),
    R(
        r"The mail is longer than mailflow reads \((?P<unread>.+)\); a person should read the rest",
        "De mail is langer dan mailflow leest ({unread}); een mens moet de rest lezen",
        unread=listed(UNREAD, " and ", " en "),
    ),
    R(r"The message could not be read(?P<why> \(.+\))?", "Het bericht kon niet worden gelezen{why}"),
    R(r"The message has no text", "Het bericht heeft geen tekst"),
    R(r"The message is malformed: (?P<defects>.+)", "Het bericht is beschadigd: {defects}"),
    R(
        r"The mail was sent to the unsubscribe address of a campaign mail",
        "De mail is gestuurd naar het afmeldadres van een campagnemail",
    ),
    R(
        r"The sender answers a campaign mail asking for no more follow-ups",
        "De afzender antwoordt op een campagnemail en vraagt om geen vervolgmails meer",
    ),
    # understand/machine.py
    R(
        r"This is a notice of a mail-security gateway \((?P<gw>.+)\) about mail it holds; it may hold a registration "
        r"for this event: release it there if so",
        "Dit is een melding van een mailbeveiliging ({gw}) over mail die daar is tegengehouden; daar kan een "
        "inschrijving voor dit evenement bij zitten: geef die daar dan vrij",
    ),
    R(
        r"This is a notice of a mail-security gateway \((?P<gw>.+)\) about mail it holds; nothing in it concerns "
        r"this event",
        "Dit is een melding van een mailbeveiliging ({gw}) over mail die daar is tegengehouden; niets ervan gaat "
        "over dit evenement",
    ),
    R(
        r"This is a notice of a mail-security gateway \((?P<gw>.+)\) about mail it holds",
        "Dit is een melding van een mailbeveiliging ({gw}) over mail die daar is tegengehouden",
    ),
    R(r"This is our own mail coming back", "Dit is onze eigen mail die terugkomt"),
    R(r"The subject says this is an automatic reply", "Het onderwerp zegt dat dit een automatisch antwoord is"),
    R(r"This is a read receipt", "Dit is een leesbevestiging"),
    R(r"The text is an out-of-office message", "De tekst is een afwezigheidsmelding"),
    R(r"The mail says it was sent automatically", "De mail zegt dat hij automatisch is verstuurd"),
    R(r"The mail says it is an automatic reply", "De mail zegt dat hij een automatisch antwoord is"),
    R(r"The mail carries an auto-reply header", "De mail heeft een kopregel voor automatische antwoorden"),
    R(r"Exchange marks this as an automatic reply", "Exchange markeert dit als automatisch antwoord"),
    R(r"This is a calendar answer \((?P<status>.+)\)", "Dit is een agenda-antwoord ({status})", status=_partstat),
    R(
        r"The calendar answer declines with a comment a person should read",
        "Het agenda-antwoord slaat de uitnodiging af met een opmerking die een mens moet lezen",
    ),
    R(
        r"This is a spam complaint report \(ARF\) from a mail provider",
        "Dit is een spamklacht (ARF) van een mailprovider",
    ),
    R(
        r"A delivery report that names no recipient we can read",
        "Een afleverbericht waarin wij geen ontvanger kunnen lezen",
    ),
    R(r"A mail we sent could not be delivered", "Een mail van ons kon niet worden afgeleverd"),
    R(
        r"A mail we sent is delayed; the mail system keeps trying",
        "Een mail van ons is vertraagd; het mailsysteem blijft het proberen",
    ),
    # understand/junk.py (the junk list shows these)
    R(
        r"The receiving mail system(?P<by> \(\S+\))? marked this as spam",
        "Het ontvangende mailsysteem{by} markeerde dit als spam",
    ),
    R(
        r"The receiving mail system \(rspamd\) judged this spam \((?P<action>.+)\)",
        "Het ontvangende mailsysteem (rspamd) beoordeelde dit als spam ({action})",
    ),
    R(
        r"The receiving mail system \(Exchange\) rates this as spam \(SCL (?P<scl>-?\d+)\)",
        "Het ontvangende mailsysteem (Exchange) beoordeelt dit als spam (SCL {scl})",
    ),
    R(
        r"The receiving mail system tagged the subject as spam",
        "Het ontvangende mailsysteem markeerde het onderwerp als spam",
    ),
    R(r"This is a mailing-list message", "Dit is een bericht van een mailinglijst"),
    R(r"This is bulk mail from campaign software", "Dit is massamail uit campagnesoftware"),
    R(r"This is bulk mail", "Dit is massamail"),
    R(r"The subject carries a mailing-list tag", "Het onderwerp heeft het label van een mailinglijst"),
    R(r"This looks like a scam or phishing", "Dit lijkt oplichting of phishing"),
)

_SERVICE = (
    # mailflow/budget.py via pipeline.py, worker_claims.py
    R(
        r"Reading this message \((?P<size>[^)]+)\) automatically took more than (?P<s>\S+) s of CPU time "
        r"\(\[worker\] understand_seconds\), so it waits here for a person; the worker went on with the next message\.",
        "Dit bericht ({size}) automatisch lezen kostte meer dan {s} s processortijd ([worker] understand_seconds); "
        "daarom wacht het hier op een mens en ging de worker door met het volgende bericht.",
    ),
    R(
        r"Reading this message \((?P<size>[^)]+)\) automatically needed more than (?P<mb>\d+) MB of memory "
        r"\(\[worker\] understand_memory\), so it waits here for a person; the worker went on with the next message\.",
        "Dit bericht ({size}) automatisch lezen had meer dan {mb} MB geheugen nodig ([worker] understand_memory); "
        "daarom wacht het hier op een mens en ging de worker door met het volgende bericht.",
    ),
    R(
        r"This message could not be processed automatically \((?P<n>\d+) attempts\)\. Last error: (?P<error>.*)",
        "Dit bericht kon niet automatisch worden verwerkt ({n} pogingen). Laatste fout: {error}",
    ),
    # mailflow/review: lines added to an item
    R(r"moved back to the queue by (?P<who>.+)", "teruggezet in de wachtrij door {who}"),
    R(r"marked as junk by (?P<who>.+)", "als junk gemarkeerd door {who}"),
    R(r"(?P<who>\S+) confirmed it by mail; carried out", "{who} heeft het per mail bevestigd; uitgevoerd"),
    R(r"(?P<who>\S+) said no by mail; nothing changed", "{who} heeft per mail nee gezegd; niets gewijzigd"),
)

RULES: tuple[Rule, ...] = (*_SERVICE, *_UNDERSTAND, *_DECIDE)
"""Every whole reason; ``_UNDERSTAND`` before ``_DECIDE``, whose generic "<title> is ..." patterns come last."""

EVERY: tuple[Rule, ...] = (*RULES, *LEFT, *DONE, *UNREAD, *AUTH)
"""Whole reasons and the fragments inside them: what the test of the source's templates matches against."""
