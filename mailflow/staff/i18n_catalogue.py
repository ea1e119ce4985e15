"""English for the organisers' catalogue pages (issue 12), kept beside ``i18n.EN`` so the areas merge cleanly."""

from __future__ import annotations

EN_CATALOGUE: dict[str, str] = {
    # frame and lists
    "Evenementen": "Events",
    "Nieuw evenement": "New event",
    "Catalogus downloaden (TOML)": "Download the catalogue (TOML)",
    "Wijzigingen hier komen in de catalogusbestanden (TOML) en gaan door dezelfde controle als `mailflow events sync`.":
        "Changes made here go into the catalogue files (TOML) and through the same checks as `mailflow events sync`.",
    "Sleutel": "Key",
    "open": "open",
    "gesloten": "closed",
    "geannuleerd": "cancelled",
    "online": "online",
    "Opgeslagen.": "Saved.",
    "Opgeslagen; {n} agenda-update(s) in de wachtrij gezet.": "Saved; {n} calendar update(s) queued.",
    # event form
    "Titel": "Title",
    "Aanmeldadres": "Registration address",
    "Het e-mailadres waarop mensen zich aanmelden.": "The e-mail address people register at.",
    "Tijdzone": "Time zone",
    "Bijvoorbeeld Europe/Amsterdam of Europe/Brussels.": "For example Europe/Amsterdam or Europe/Brussels.",
    "Organisator": "Organiser",
    "Doelgroep": "Audience",
    "Aanmelden kan tot": "Registration closes at",
    "Leeg: tot het begin van de sessie.": "Empty: until the session starts.",
    "Hoogstens zoveel sessies per deelnemer": "At most this many sessions per participant",
    "Leeg: geen grens.": "Empty: no limit.",
    "Locatie": "Venue",
    "Voor sessies die zelf geen locatie noemen.": "For sessions that name no venue of their own.",
    "Beschrijving": "Description",
    "Geannuleerd annuleert alle sessies; wie ingeschreven is krijgt bericht.":
        "Cancelled cancels every session; whoever is registered is told.",
    "Kleine letters, cijfers en '-', bijvoorbeeld jeugd-2030; verandert later niet.":
        "Lower-case letters, digits and '-', for example youth-2030; it does not change later.",
    "Kleine letters, cijfers en '-', bijvoorbeeld utrecht-2030; verandert later niet.":
        "Lower-case letters, digits and '-', for example utrecht-2030; it does not change later.",
    "Nederlands (België)": "Dutch (Belgium)",
    "Nederlands (Nederland)": "Dutch (Netherlands)",
    "Eerste sessie": "First session",
    "Opslaan": "Save",
    "Alle evenementen": "All events",
    "Sessie toevoegen": "Add a session",
    "Sessies importeren (CSV of Excel)": "Import sessions (CSV or Excel)",
    # session form
    "Sessie wijzigen": "Change session",
    "Terug naar {event}": "Back to {event}",
    "Begin": "Start",
    "Einde": "End",
    "Tijd in de tijdzone van het evenement.": "Time in the event's time zone.",
    "Plaats": "Place",
    "Regio": "Region",
    "Leeg: die van het evenement.": "Empty: the event's.",
    "Leeg: dat van het evenement.": "Empty: the event's.",
    "Online sessie": "Online session",
    "Link om deel te nemen": "Link to join",
    "Teams, Zoom of een andere link die begint met https://.": "Teams, Zoom or another link starting with https://.",
    "Link versturen": "Send the link",
    "Leeg: met de bevestiging. Of een moment (2030-06-10 09:00), of een tijd voor het begin: 3 dagen, 48 uur.":
        "Empty: with the confirmation. Or a moment (2030-06-10 09:00), or a time before the start: 3 days, 48 hours.",
    "Aanmelden": "Registration",
    "Leeg: onbeperkt.": "Empty: unlimited.",
    "Geannuleerd: wie ingeschreven is krijgt bericht.": "Cancelled: whoever is registered is told.",
    "Niet opgeslagen. Verbeter wat hieronder staat en sla opnieuw op.":
        "Not saved. Correct what is listed below and save again.",
    # confirmation
    "Wijziging bevestigen": "Confirm the change",
    "Het catalogusbestand is intussen gewijzigd. Controleer wie er nu bericht krijgt en bevestig opnieuw.":
        "The catalogue file has changed meanwhile. Check who will be told now and confirm again.",
    "Deze wijziging verandert de tijd of plaats van sessies waarvoor mensen zijn ingeschreven, of annuleert ze. "
    "Hun agenda-afspraak klopt dan niet meer.":
        "This change moves sessions people are registered for to another time or place, or cancels them. "
        "Their calendar entry will then be wrong.",
    "nieuwe tijd of plaats": "new time or place",
    "{n} inschrijving(en) krijgen bericht:": "{n} registration(s) will be told:",
    "Voorbeeld van het bericht": "Preview of the message",
    "Met een bijgewerkte agenda-afspraak (dezelfde afspraak, nieuwe tijd of plaats).":
        "With an updated calendar entry (the same entry, new time or place).",
    "Met een annulering van de agenda-afspraak; de inschrijving vervalt.":
        "With a cancellation of the calendar entry; the registration lapses.",
    "Opslaan en berichten versturen": "Save and send the updates",
    "Opslaan zonder te versturen": "Save without sending",
    "De instelling notify_schedule_changes staat op send: de berichten gaan altijd mee.":
        "The setting notify_schedule_changes is send: the updates always go out.",
    "Zonder versturen blijven de berichten klaarstaan; `mailflow events sync --notify` verstuurt ze later.":
        "Without sending, the updates stay waiting; `mailflow events sync --notify` sends them later.",
    "Annuleren, niets opslaan": "Cancel, save nothing",
    # import
    "Sessies importeren": "Import sessions",
    "Het bestand kan zo niet worden gebruikt:": "The file cannot be used like this:",
    "kolom {where}": "column {where}",
    "Voorbeeld: {n} rij(en), {good} zonder fouten": "Preview: {n} row(s), {good} without errors",
    "Rij": "Row",
    "Fouten": "Errors",
    "wordt overgeslagen": "skipped",
    "wijzigen": "change",
    "toevoegen": "add",
    "rij {row}, kolom {where}": "row {row}, column {where}",
    "{n} rij(en) verwerken": "Apply {n} row(s)",
    "{n} rij(en) verwerken en berichten versturen": "Apply {n} row(s) and send the updates",
    "{n} rij(en) verwerken zonder te versturen": "Apply {n} row(s) without sending",
    "Bestand kiezen": "Choose a file",
    "Een CSV- of Excel-bestand (XLSX) met een rij per sessie. De eerste rij noemt de kolommen: key, title, starts, "
    "ends, city, venue, address, capacity, online, online_url, online_url_release, status, description. Een "
    "bestaande key wijzigt die sessie (lege cellen blijven zoals ze zijn), een nieuwe key voegt een sessie toe.":
        "A CSV or Excel (XLSX) file with one row per session. The first row names the columns: key, title, starts, "
        "ends, city, venue, address, capacity, online, online_url, online_url_release, status, description. An "
        "existing key changes that session (empty cells stay as they are), a new key adds a session.",
    "Bestand": "File",
    "Voorbeeld tonen": "Show a preview",
    # problems (catalogue.fields, catalogue.table_import, the routes)
    "vul dit in": "fill this in",
    "onbekend veld {name}; toegestaan zijn: {allowed}": "unknown field {name}; allowed are: {allowed}",
    "verwacht een datum en tijd zoals 2030-06-10 09:00, niet {value}":
        "expected a date and time such as 2030-06-10 09:00, not {value}",
    "verwacht een heel getal van {n} of meer": "expected a whole number of {n} or more",
    "verwacht een heel getal van {n} of meer, niet {value}": "expected a whole number of {n} or more, not {value}",
    "verwacht ja of nee, niet {value}": "expected yes or no, not {value}",
    "verwacht tekst, niet {value}": "expected text, not {value}",
    "gebruik alleen kleine letters, cijfers, '-', '_' of '.', zoals utrecht-2030":
        "use only lower-case letters, digits, '-', '_' or '.', such as utrecht-2030",
    "verwacht een webadres dat begint met https://, zoals de Teams- of Zoom-link":
        "expected a web address starting with https://, such as the Teams or Zoom link",
    "verwacht een moment zoals 2030-06-10 09:00 of een tijd voor het begin zoals '3 dagen' of '48 uur'":
        "expected a moment such as 2030-06-10 09:00 or a time before the start such as '3 days' or '48 hours'",
    "kies een van: {choices}": "choose one of: {choices}",
    "verwacht een e-mailadres zoals aanmelden@example.nl": "expected an e-mail address such as register@example.org",
    "het bestand is leeg; de eerste rij noemt de kolommen, zoals key, title, starts, ends":
        "the file is empty; the first row names the columns, such as key, title, starts, ends",
    "te veel rijen ({n}); hoogstens {max} sessies per keer": "too many rows ({n}); at most {max} sessions at a time",
    "onbekende kolom {name}; gebruik: {allowed}": "unknown column {name}; use: {allowed}",
    "kolom {name} staat er twee keer in": "column {name} is there twice",
    "de kolom key ontbreekt: elke rij noemt de sessie die ze toevoegt of wijzigt":
        "the column key is missing: every row names the session it adds or changes",
    "sessie {key} staat ook in rij {n}": "session {key} is in row {n} too",
    "geen key: noem de sessie die deze rij toevoegt of wijzigt": "no key: name the session this row adds or changes",
    "dit CSV-bestand is geen tekst in UTF-8; sla het op als 'CSV UTF-8'":
        "this CSV file is not UTF-8 text; save it as 'CSV UTF-8'",
    "dit is geen Excel-bestand (XLSX) dat te lezen is; sla het op als .xlsx of als CSV":
        "this is not an Excel file (XLSX) that can be read; save it as .xlsx or as CSV",
    "sessie {key} hoort bij evenement {event}": "session {key} belongs to event {event}",
    "een nieuwe sessie heeft {name} nodig": "a new session needs {name}",
    "het einde moet na het begin liggen ({starts})": "the end must be after the start ({starts})",
    "kies een CSV- of XLSX-bestand met een rij per sessie": "choose a CSV or XLSX file with one row per session",
    "het bestand is groter dan 2 MB; splits het in delen": "the file is larger than 2 MB; split it into parts",
}
