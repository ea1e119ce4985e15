"""English for the organisers' campaign pages (Dutch is the source text), merged into ``i18n.EN``.

A table of its own so the campaign pages and the other staff pages can grow
their texts side by side without editing the same lines.
"""

from __future__ import annotations

EN: dict[str, str] = {
    # menu, list
    "Campagnes": "Campaigns",
    "Nieuwe campagne": "New campaign",
    "Campagnes van {event}": "Campaigns of {event}",
    "Doelgroep": "Audience",
    "Verstuurd": "Sent",
    "Wacht": "Pending",
    "Overgeslagen": "Skipped",
    "Mislukt": "Failed",
    "alle sessies": "all sessions",
    "zonder ontvangers van campagne {n}": "without the recipients of campaign {n}",
    "{n} {unit} vóór elke sessie": "{n} {unit} before each session",
    "met de hand": "by hand",
    "Nog geen campagnes voor dit evenement.": "No campaigns for this event yet.",
    # create form
    "Ander evenement": "Another event",
    "Voor wie": "For whom",
    "Sessies (niets aangevinkt: alle sessies)": "Sessions (none ticked: all sessions)",
    "Status van de inschrijving": "Registration status",
    "Niet naar wie deze eerdere campagne kreeg": "Not to whoever received this earlier campaign",
    "(geen)": "(none)",
    "De mail": "The mail",
    "Naam in de lijst (niet verplicht; anders het onderwerp)": "Name in the list (optional; else the subject)",
    "Aanhef, afsluiting, ondertekening en afmeldlink voegt mailflow zelf toe. U kunt deze variabelen gebruiken:":
        "mailflow adds the greeting, closing, signature and unsubscribe link itself. You can use these variables:",
    "Eigen HTML-versie (niet verplicht; anders gemaakt van de tekst)":
        "Your own HTML version (optional; else made from the text)",
    "Ook naar wie zich later inschrijft (met de bevestiging)":
        "Also to whoever registers later (with their confirmation)",
    "Persoonlijke agenda-uitnodiging bijvoegen": "Attach each participant's calendar invite",
    "Nog niet: bewaren als concept": "Not yet: keep as a draft",
    "Nu versturen": "Send now",
    "Op een moment": "At a moment",
    "Datum en tijd ({tz})": "Date and time ({tz})",
    "Een tijd vóór elke sessie (ieder krijgt hem vóór de eigen sessie)":
        "A time before each session (everyone gets it before their own session)",
    "Hoe lang vóór de sessie": "How long before the session",
    "Eenheid": "Unit",
    "Campagne aanmaken": "Create campaign",
    # one campaign
    "Campagne {n}": "Campaign {n}",
    "nu {n} personen": "now {n} people",
    "Nakomers": "Late joiners",
    "Agenda-uitnodiging": "Calendar invite",
    "Aangemaakt door": "Created by",
    "Voortgang": "Progress",
    "verstuurd {sent}, wacht {pending}, overgeslagen {skipped}, mislukt {failed}":
        "sent {sent}, pending {pending}, skipped {skipped}, failed {failed}",
    "Voortgang per ontvanger": "Progress per recipient",
    "Voorbeeld": "Preview",
    "Zoals deze ontvanger hem krijgt": "As this recipient gets it",
    "(de eerste)": "(the first)",
    "Tonen": "Show",
    "De keuzelijst toont de eerste {n} van {total} ontvangers.": "The list shows the first {n} of {total} recipients.",
    "Er is nog niemand in de doelgroep; het voorbeeld gebruikt een voorbeelddeelnemer.":
        "Nobody is in the audience yet; the preview uses a sample participant.",
    "Testmail": "Test mail",
    "Naar (uw eigen adres)": "To (your own address)",
    "Testmail versturen": "Send test mail",
    "Het onderwerp begint met [TEST]; er wordt niets als verstuurd genoteerd.":
        "The subject starts with [TEST]; nothing is recorded as sent.",
    "Planning": "Schedule",
    "Planning opslaan": "Save schedule",
    "Versturen": "Sending",
    "Versturen aan wie er nieuw bij kwam": "Send to whoever joined since",
    "Campagne annuleren": "Cancel campaign",
    "Deze campagne is geannuleerd: er wordt niets meer van verstuurd.":
        "This campaign was cancelled: nothing more of it is sent.",
    # progress
    "Deze pagina ververst zich elke {n} seconden zolang de campagne verstuurd wordt.":
        "This page refreshes every {n} seconds while the campaign is being sent.",
    "Niet meer automatisch verversen": "Stop refreshing automatically",
    "Automatisch verversen": "Refresh automatically",
    "Aantallen": "Counts",
    "Totaal": "Total",
    "Onbestelbaar gebleken na verzending": "Bounced after sending",
    "Afgemeld voor berichten over dit evenement": "Opted out of this event's follow-ups",
    "Ontvangers {first} tot en met {last} van {total}": "Recipients {first} to {last} of {total}",
    "Pogingen": "Attempts",
    "Laatste fout": "Last error",
    "Verstuurd op": "Sent at",
    "Bladeren": "Pages",
    "Vorige": "Previous",
    "Pagina {n} van {total}": "Page {n} of {total}",
    "Nog geen ontvangers: de doelgroep wordt vastgelegd zodra de campagne verstuurd wordt.":
        "No recipients yet: the audience is recorded when the campaign is sent.",
    # form problems
    "Kies wanneer de mail verstuurd wordt.": "Choose when the mail is sent.",
    "Vul een datum en tijd in, bijvoorbeeld 2030-06-07 09:00.": "Fill in a date and time, e.g. 2030-06-07 09:00.",
    "Vul in hoe lang vóór elke sessie: een heel getal groter dan 0.":
        "Fill in how long before each session: a whole number greater than 0.",
    "Kies de status van de inschrijvingen.": "Choose the status of the registrations.",
    "Kies een eerdere campagne van dit evenement om uit te sluiten.":
        "Choose an earlier campaign of this event to exclude.",
    "Vul het onderwerp in.": "Fill in the subject.",
    "Vul de tekst van de mail in.": "Fill in the text of the mail.",
    "{address} is geen e-mailadres; vul uw eigen adres in.": "{address} is not an e-mail address; fill in your own.",
    "Deze campagne is al geannuleerd.": "This campaign is already cancelled.",
    "Deze campagne is al helemaal verstuurd; er valt niets meer te annuleren.":
        "This campaign has been sent completely; there is nothing left to cancel.",
    # states, units, notices
    "concept": "draft",
    "gepland": "scheduled",
    "wordt verstuurd": "sending",
    "klaar": "done",
    "geannuleerd": "cancelled",
    "wacht": "pending",
    "verstuurd": "sent",
    "mislukt": "failed",
    "overgeslagen": "skipped",
    "op de wachtlijst": "waitlisted",
    "alle statussen": "every status",
    "campagne aangemaakt": "campaign created",
    "de campagne wordt verstuurd": "the campaign is being sent",
    "planning opgeslagen": "schedule saved",
    "campagne geannuleerd": "campaign cancelled",
    "testmail verstuurd": "test mail sent",
    "weken": "weeks",
    "dagen": "days",
    "uren": "hours",
    "minuten": "minutes",
}
