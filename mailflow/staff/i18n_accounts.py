"""English for the accounts pages and Mijn account (the Dutch is the key), kept beside i18n.py's table.

A file of its own so the accounts work and other page groups do not edit the same lines.
"""

from __future__ import annotations

EN: dict[str, str] = {
    # frame and list
    "Mijn account": "My account",
    "Account": "Account",
    "Account toevoegen": "Add account",
    "Ook op de server te beheren met": "Also managed on the server with",
    "Terug naar de accounts": "Back to the accounts",
    # roles
    "Secretariaat": "Secretariat",
    "Organisator": "Organiser",
    "Beheerder": "Administrator",
    "te beoordelen en inschrijvingen": "review queue and registrations",
    "ook evenementen en campagnes": "also events and campaigns",
    "ook accounts": "also accounts",
    # the forms
    "E-mailadres (om mee in te loggen)": "E-mail address (to log in with)",
    "Evenementen (niets aangevinkt: alle evenementen)": "Events (none ticked: every event)",
    "niet meer in de catalogus": "no longer in the catalogue",
    "Voorkeurstaal": "Preferred language",
    "Standaard van mailflow": "mailflow's default",
    "Eerste wachtwoord": "First password",
    "Nieuw wachtwoord": "New password",
    "Nieuw wachtwoord nog een keer": "New password again",
    "Wachtwoord nog een keer": "Password again",
    "Huidig wachtwoord": "Current password",
    "Minstens {n} tekens; een paar woorden maken een goed wachtwoord.": "At least {n} characters; a few words make a good password.",
    "Geef het wachtwoord op een veilige manier door; de nieuwe gebruiker kan het wijzigen bij Mijn account.": "Pass the password on safely; the new user can change it under My account.",
    "Gegevens": "Details",
    "Wijzigingen opslaan": "Save changes",
    "Toegang": "Access",
    "actief": "active",
    "uitgeschakeld": "disabled",
    "Dit is uw eigen account.": "This is your own account.",
    "Een uitgeschakeld account kan niet meer inloggen; open sessies worden meteen beëindigd. Het account en wat "
    "het deed blijven bewaard.": "A disabled account can no longer log in; its open sessions end at once. The account and what it did "
    "are kept.",
    "Account uitschakelen": "Disable account",
    "Account weer inschakelen": "Enable account again",
    "Nieuw wachtwoord instellen": "Set a new password",
    "De open sessies van dit account worden beëindigd.": "This account's open sessions end.",
    "Wachtwoord instellen": "Set password",
    "Uw eigen wachtwoord wijzigen bij Mijn account": "Change your own password under My account",
    "Wachtwoord wijzigen": "Change password",
    "Uw andere sessies (bijvoorbeeld op een andere computer) worden beëindigd.": "Your other sessions (on another computer, say) end.",
    "Taal opslaan": "Save language",
    # refusals
    "Het wachtwoord is te kort: gebruik minstens {n} tekens (een paar woorden maken een goed wachtwoord).": "The password is too short: use at least {n} characters (a few words make a good one).",
    "De twee wachtwoorden zijn niet gelijk; typ hetzelfde wachtwoord twee keer.": "The two passwords differ; type the same password twice.",
    "Vul het wachtwoord twee keer in.": "Fill in the password twice.",
    "Uw huidige wachtwoord klopt niet.": "Your current password is not right.",
    "Uw eigen wachtwoord wijzigt u bij Mijn account (met uw huidige wachtwoord).": "You change your own password under My account (with your current password).",
    "Kies alleen evenementen uit de lijst.": "Choose only events from the list.",
    "Kies een rol.": "Choose a role.",
    "Kies een taal.": "Choose a language.",
    "De naam is te lang: hoogstens {n} tekens.": "The name is too long: at most {n} characters.",
    "{email} heeft al een account.": "{email} already has an account.",
    "{email} is geen e-mailadres.": "{email} is not an e-mail address.",
    "Er is geen account voor {email}.": "There is no account for {email}.",
    "U kunt uw eigen account niet uitschakelen.": "You cannot disable your own account.",
    "U kunt uzelf de rol beheerder niet afnemen; vraag dat aan een andere beheerder.": "You cannot take away your own administrator role; ask another administrator.",
    "{email} is de laatste actieve beheerder; maak eerst iemand anders beheerder.": "{email} is the last active administrator; make someone else an administrator first.",
    # done
    "account toegevoegd": "account added",
    "wijzigingen opgeslagen": "changes saved",
    "account uitgeschakeld; de open sessies zijn beëindigd": "account disabled; its open sessions have ended",
    "account weer ingeschakeld": "account enabled again",
    "nieuw wachtwoord ingesteld; de open sessies zijn beëindigd": "new password set; the open sessions have ended",
    "uw wachtwoord is gewijzigd; uw andere sessies zijn beëindigd": "your password has been changed; your other sessions have ended",
    "taal opgeslagen": "language saved",
}
