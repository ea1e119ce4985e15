"""Product text for staff (pages and CLI): Dutch first (the source strings), English beside it.

Templates write ``{{ _("Te beoordelen") }}``; a missing English entry shows the
Dutch (``tests/test_web_i18n.py`` checks there is none). The language is the
``lang`` cookie (the switch in every page), else the account's, else
``[mailflow] language``.
"""

from __future__ import annotations

from typing import Callable

from mailflow.staff.i18n_accounts import EN as ACCOUNTS_EN
from mailflow.staff.i18n_campaigns import EN as CAMPAIGNS_EN
from mailflow.staff.i18n_catalogue import EN_CATALOGUE

LANGUAGES = ("nl", "en")

EN: dict[str, str] = {
    # frame
    "Naar de inhoud": "Skip to content",
    "Hoofdmenu": "Main menu",
    "Te beoordelen": "Review queue",
    "Inschrijvingen": "Registrations",
    "Junk": "Junk",
    "Automatische mail": "Machine mail",
    "Overzicht": "Digest",
    "Accounts": "Accounts",
    "Uitloggen": "Log out",
    "Ingelogd als": "Logged in as",
    "Taal": "Language",
    "English": "English",
    "Nederlands": "Nederlands",
    "mailflow voor het secretariaat": "mailflow for the secretariat",
    # login
    "Inloggen": "Log in",
    "E-mailadres": "E-mail address",
    "Wachtwoord": "Password",
    "Onjuist e-mailadres of wachtwoord.": "Wrong e-mail address or password.",
    "Te veel mislukte pogingen. Probeer het over {n} seconden opnieuw.": "Too many failed attempts. Try again in {n} seconds.",
    "U bent uitgelogd.": "You are logged out.",
    "Uw sessie is verlopen. Log opnieuw in.": "Your session has expired. Please log in again.",
    # errors
    "Geen toegang": "No access",
    "Uw account heeft hiervoor niet de juiste rol.": "Your account does not have the role for this.",
    "Dit formulier is verlopen of niet van deze site. Laad de pagina opnieuw en probeer het nog eens.": "This form has expired or did not come from this site. Reload the page and try again.",
    "Niet gevonden": "Not found",
    "Deze pagina bestaat niet (meer).": "This page does not exist (any more).",
    "Dit kon niet": "This could not be done",
    "Terug": "Back",
    # queue
    "Open": "Open",
    "Afgehandeld": "Resolved",
    "Alle": "All",
    "Filter": "Filter",
    "Filteren": "Apply filter",
    "Evenement": "Event",
    "Alle evenementen": "All events",
    "Reden": "Reason",
    "Alle redenen": "All reasons",
    "Ouder dan": "Older than",
    "Elke leeftijd": "Any age",
    "1 uur": "1 hour",
    "1 dag": "1 day",
    "3 dagen": "3 days",
    "1 week": "1 week",
    "Status": "Status",
    "Open per reden": "Open items by reason",
    "Niets te beoordelen. Alles is afgehandeld.": "Nothing to review. Everything is handled.",
    "Nr.": "No.",
    "Van": "From",
    "Onderwerp": "Subject",
    "Ontvangen": "Received",
    "Begin van de tekst": "Start of the text",
    "Kies": "Select",
    "Selecteer bericht {n}": "Select message {n}",
    "Geselecteerde berichten": "Selected messages",
    "Negeren": "Ignore",
    "Als junk markeren": "Mark as junk",
    "Wordt behandeld door {who}": "Being handled by {who}",
    "(geen onderwerp)": "(no subject)",
    # reasons (codes, see REASONS)
    "Heeft een mens nodig": "Needs a person",
    "Sessie niet duidelijk": "Session not clear",
    "Meer dan één lezing": "More than one reading",
    "Vraag": "Question",
    "Aanmelding gesloten": "Registration closed",
    "Sessie vol": "Session full",
    "Niet duidelijk wie": "Who is meant is not clear",
    "Geen inschrijving gevonden": "No registration found",
    "Al ingeschreven": "Already registered",
    "Sessies tegelijk": "Sessions at the same time",
    "Agenda-antwoord": "Calendar answer",
    "Uitnodiging afgeslagen": "Declined invitation",
    "Onbestelbare mail": "Undeliverable mail",
    "Niet leesbaar": "Could not be read",
    "Teruggezet in de wachtrij": "Moved back to the queue",
    "Deelnemer onbestelbaar": "Participant's mail bounces",
    "Sessie al voorbij": "Session already over",
    "Bevestigd verzoek": "Confirmed request",
    "Te veel sessies": "Too many sessions",
    "Voorwaarde niet vervuld": "Requirement not met",
    "Niemand te mailen": "Nobody can be mailed",
    "Leeg afzenderadres": "Empty return path",
    "Afzendercontrole mislukt": "Sender check failed",
    "Veel anderen aangemeld": "Many others registered",
    "Vult de sessie": "Fills the session",
    "Niet aangetoond wie schrijft": "Writer's authority not shown",
    "Daglimiet bereikt": "Daily limit reached",
    "Te groot om te lezen": "Too large to read",
    # item
    "Bericht {n}": "Message {n}",
    "Het oorspronkelijke bericht": "The original message",
    "Aan": "To",
    "Datum": "Date",
    "Tekst": "Text",
    "Opmaak (veilig weergegeven, zonder afbeeldingen of scripts)": "Formatted (shown safely, without images or scripts)",
    "Bijlagen": "Attachments",
    "Downloaden": "Download",
    "Hoe mailflow het las": "How mailflow read it",
    "Waarom dit bij u ligt": "Why this needs you",
    "Soort": "Kind",
    "Voorstel": "Proposal",
    "Gemarkeerd in de tekst: waar mailflow zijn lezing op baseert.": "Marked in the text: what mailflow based its reading on.",
    "Besluiten": "Decide",
    "Sessies": "Sessions",
    "Personen": "People",
    "Andere personen (één e-mailadres per regel)": "Other people (one e-mail address a line)",
    "Inschrijven": "Register",
    "Op wachtlijst": "Waitlist",
    "Afmelden": "Cancel registration",
    "Verplaatsen": "Move",
    "Van sessie": "From session",
    "Naar sessie": "To session",
    "Beantwoorden": "Answer",
    "Antwoord met een standaardtekst": "Answer with a standard text",
    "Of schrijf zelf een antwoord": "Or write your own answer",
    "Uw antwoord (gaat in de draad van de schrijver)": "Your answer (goes into the writer's thread)",
    "Antwoord versturen": "Send answer",
    "Welke sessie bedoelt u? (met de open sessies)": "Which session do you mean? (with the open sessions)",
    "Bericht ontvangen": "Message received",
    "Geen standaardtekst": "No standard text",
    "Afsluiten zonder inschrijving": "Close without registering",
    "Afgehandeld (zelf beantwoord)": "Handled (answered by hand)",
    "Overnemen": "Take over",
    "Iemand anders behandelt dit bericht nu: {who}, sinds {since}.": "Someone else is handling this message now: {who}, since {since}.",
    "Dit bericht is al afgehandeld door {who}: {what}": "This message was resolved already by {who}: {what}",
    "Klaar: {what}.": "Done: {what}.",
    "ingeschreven": "registered",
    "op de wachtlijst gezet": "waitlisted",
    "afgemeld": "cancelled",
    "verplaatst": "moved",
    "beantwoord": "answered",
    "gemarkeerd als afgehandeld": "marked as handled",
    "genegeerd": "ignored",
    "als junk gemarkeerd": "marked as junk",
    "teruggezet": "restored",
    "teruggezet in de wachtrij": "moved back to the queue",
    "Volgende": "Next",
    "Bladeren": "Pages",
    "Pagina {n}": "Page {n}",
    "Kandidaten": "Candidates",
    "geen": "none",
    "vol": "full",
    "plaatsen vrij": "places free",
    # registrations
    "Kies een evenement.": "Choose an event.",
    "Sessie": "Session",
    "Alle sessies": "All sessions",
    "Zoeken": "Search",
    "Naam, e-mailadres of organisatie": "Name, e-mail address or organisation",
    "Bevestigd": "Confirmed",
    "Wachtlijst": "Waitlist",
    "Afgemeld": "Cancelled",
    "Capaciteit": "Capacity",
    "Vrij": "Free",
    "onbeperkt": "unlimited",
    "Naam": "Name",
    "Organisatie": "Organisation",
    "Acties": "Actions",
    "Exporteren": "Export",
    "CSV": "CSV",
    "Excel (XLSX)": "Excel (XLSX)",
    "Iemand inschrijven": "Register someone",
    "Naam (niet verplicht)": "Name (optional)",
    "Terugzetten": "Restore",
    "Geschiedenis": "History",
    "Geen inschrijvingen gevonden.": "No registrations found.",
    "confirmed": "confirmed",
    "waitlisted": "waitlisted",
    "cancelled": "cancelled",
    "bevestigd": "confirmed",
    "wachtlijst": "waitlist",
    "Sessies van {event}": "Sessions of {event}",
    "Inschrijvingen van {email}": "Registrations of {email}",
    "Alle mail en wijzigingen": "All mail and changes",
    "Binnen": "In",
    "Uit": "Out",
    "Wijziging": "Change",
    "Wat": "What",
    "Wanneer": "When",
    "Soort bericht": "Kind of message",
    "Terug naar de wachtrij": "Back to the queue",
    "Geen berichten.": "No messages.",
    "Berichten die als junk zijn herkend (spam, nieuwsbrieven, lijstmail). Ze krijgen geen antwoord.": "Messages recognised as junk (spam, newsletters, list mail). They get no answer.",
    "Automatische berichten: afwezigheidsmeldingen, onbestelbare mail en agenda-antwoorden.": "Machine mail: out-of-office replies, undeliverable mail and calendar answers.",
    # digest
    "Overzicht van vandaag": "Today's digest",
    "Nieuwe inschrijvingen (24 uur)": "New registrations (24 hours)",
    "Open berichten naar leeftijd": "Open items by age",
    "Wachtlijsten": "Waitlists",
    "Onbestelbare adressen": "Bounced addresses",
    "Sessies die bijna vol zijn": "Sessions near capacity",
    "jonger dan 1 dag": "younger than 1 day",
    "1 tot 3 dagen": "1 to 3 days",
    "ouder dan 3 dagen": "older than 3 days",
    "Aantal": "Count",
    "Geen.": "None.",
    "Adres": "Address",
    # command line
    "{n} open bericht(en)": "{n} open item(s)",
    "voorstel": "proposal",
    "Bericht {n} bestaat niet.": "Item {n} does not exist.",
    "Status: {status}": "Status: {status}",
    "Afgehandeld door {who}: {what}": "Resolved by {who}: {what}",
    # accounts
    "Rol": "Role",
    "Actief": "Active",
    "Evenementen": "Events",
    "alle": "all",
    "ja": "yes",
    "nee": "no",
}

EN.update(CAMPAIGNS_EN)
EN.update(EN_CATALOGUE)
EN.update(ACCOUNTS_EN)

Translate = Callable[..., str]

# The reason codes decide gives a held item, in plain Dutch words (English above).
REASONS: dict[str, str] = {
    "needs_review": "Heeft een mens nodig",
    "unknown_session": "Sessie niet duidelijk",
    "ambiguous": "Meer dan één lezing",
    "question": "Vraag",
    "closed": "Aanmelding gesloten",
    "full": "Sessie vol",
    "no_participant": "Niet duidelijk wie",
    "no_registration": "Geen inschrijving gevonden",
    "already_registered": "Al ingeschreven",
    "overlap": "Sessies tegelijk",
    "calendar": "Agenda-antwoord",
    "calendar_declined": "Uitnodiging afgeslagen",
    "bounce": "Onbestelbare mail",
    "failed": "Niet leesbaar",
    "moved_back": "Teruggezet in de wachtrij",
    "bounce_participant": "Deelnemer onbestelbaar",
    "past": "Sessie al voorbij",
    "confirmed": "Bevestigd verzoek",
    "too_many": "Te veel sessies",
    "requires": "Voorwaarde niet vervuld",
    "no_mail": "Niemand te mailen",
    "null_sender": "Leeg afzenderadres",
    "sender_check": "Afzendercontrole mislukt",
    "many_others": "Veel anderen aangemeld",
    "fills_session": "Vult de sessie",
    "unproven": "Niet aangetoond wie schrijft",
    "daily_limit": "Daglimiet bereikt",
    "over_budget": "Te groot om te lezen",
}


def translator(lang: str) -> Translate:
    """``_(text, **values)`` for ``lang``: the English text (or the Dutch when missing), formatted."""
    table = EN if lang == "en" else {}

    def _(text: str, **values: object) -> str:
        out = table.get(text, text)
        return out.format(**values) if values else out

    return _


def reason(code: str, _: Translate) -> str:
    """A reason code in the reader's words (an unknown code as it is)."""
    return _(REASONS[code]) if code in REASONS else code


def choose(cookie: str | None, account_language: str | None, default: str) -> str:
    """The switch in the page first (a deliberate choice), then the account's, then the configured one."""
    for lang in (cookie, account_language, default):
        if lang in LANGUAGES:
            return lang
    return "nl"
