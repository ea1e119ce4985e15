"""The account forms: what an admin typed, kept as typed (never a password), and the refusals in words.

Kept apart from the routes so they stay a list of pages. The rules themselves
live in ``mailflow.staff.accounts`` (the CLI obeys the same ones); this module
only reads the fields, checks what a form alone can know (the repeated password,
events from the catalogue) and turns the service's ``AccountError.kind`` into
Dutch text that the i18n table translates. A refused form comes back filled in
as it was sent, except the password fields: a password is never written into a page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from starlette.datastructures import FormData

from mailflow.staff.accounts import Account, AccountError, check_password_rules
from mailflow.staff.roles import ROLES
from mailflow.web.routes.forms import many, text

# The roles in the reader's words, with what each may do (the issue: admin is "plus accounts").
ROLE_LABELS = {"secretariat": "Secretariaat", "organiser": "Organisator", "admin": "Beheerder"}
ROLE_HINTS = {
    "secretariat": "te beoordelen en inschrijvingen",
    "organiser": "ook evenementen en campagnes",
    "admin": "ook accounts",
}
LANGUAGE_LABELS = {"": "Standaard van mailflow", "nl": "Nederlands", "en": "English"}

# AccountError.kind -> Dutch text with the error's values; "other" shows the service's own message.
REFUSALS = {
    "too_short": "Het wachtwoord is te kort: gebruik minstens {n} tekens (een paar woorden maken een goed wachtwoord).",
    "exists": "{email} heeft al een account.",
    "email": "{email} is geen e-mailadres.",
    "role": "Kies een rol.",
    "language": "Kies een taal.",
    "name": "De naam is te lang: hoogstens {n} tekens.",
    "unknown": "Er is geen account voor {email}.",
    "self_disable": "U kunt uw eigen account niet uitschakelen.",
    "self_demote": "U kunt uzelf de rol beheerder niet afnemen; vraag dat aan een andere beheerder.",
    "last_admin": "{email} is de laatste actieve beheerder; maak eerst iemand anders beheerder.",
}
FIELDS = {
    "too_short": "password",
    "exists": "email",
    "email": "email",
    "role": "role",
    "language": "language",
    "self_demote": "role",
    "name": "name",
}
MISMATCH = "De twee wachtwoorden zijn niet gelijk; typ hetzelfde wachtwoord twee keer."
EMPTY_PASSWORD = "Vul het wachtwoord twee keer in."
WRONG_CURRENT = "Uw huidige wachtwoord klopt niet."
TOO_MANY = "Te veel mislukte pogingen. Probeer het over {n} seconden opnieuw."
OWN_PASSWORD = "Uw eigen wachtwoord wijzigt u bij Mijn account (met uw huidige wachtwoord)."
UNKNOWN_EVENT = "Kies alleen evenementen uit de lijst."
DONE = {
    "added": "account toegevoegd",
    "saved": "wijzigingen opgeslagen",
    "disabled": "account uitgeschakeld; de open sessies zijn beëindigd",
    "enabled": "account weer ingeschakeld",
    "password": "nieuw wachtwoord ingesteld; de open sessies zijn beëindigd",
    "own_password": "uw wachtwoord is gewijzigd; uw andere sessies zijn beëindigd",
    "language": "taal opgeslagen",
}
TEXTS = (
    tuple(ROLE_LABELS.values())
    + tuple(ROLE_HINTS.values())
    + tuple(LANGUAGE_LABELS.values())
    + tuple(REFUSALS.values())
    + tuple(DONE.values())
    + (MISMATCH, EMPTY_PASSWORD, WRONG_CURRENT, TOO_MANY, OWN_PASSWORD, UNKNOWN_EVENT)
)


class Refused(Exception):
    """A form that cannot be saved: Dutch text (an i18n key), its values, and the field it is about."""

    def __init__(self, message: str, field: str | None = None, **values: object) -> None:
        super().__init__(message)
        self.message, self.field, self.values = message, field, values


def refusal(exc: AccountError) -> Refused:
    """The service's refusal in the pages' words (its own English message when there are none)."""
    if exc.kind in REFUSALS:
        return Refused(REFUSALS[exc.kind], FIELDS.get(exc.kind), **exc.values)
    return Refused("{detail}", None, detail=str(exc))


@dataclass
class AccountForm:
    """The fields of "add" and "change" as strings, so a refused form comes back exactly as it was."""

    email: str = ""
    name: str = ""
    role: str = "secretariat"
    events: list[str] = field(default_factory=list)  # none ticked: every event
    language: str = ""  # "": the configured language

    @classmethod
    def read(cls, form: FormData) -> "AccountForm":
        return cls(
            email=text(form, "email").lower(),
            name=text(form, "name"),
            role=text(form, "role"),
            events=many(form, "event"),
            language=text(form, "language"),
        )

    @classmethod
    def of(cls, found: Account) -> "AccountForm":
        return cls(
            email=found.email,
            name=found.name or "",
            role=found.role,
            events=list(found.events or ()),
            language=found.language or "",
        )

    def check(self, known_events: Iterable[str]) -> None:
        """What the form alone can tell: a role and language from the lists, events from the catalogue."""
        if self.role not in ROLES:
            raise Refused(REFUSALS["role"], "role")
        if self.language not in LANGUAGE_LABELS:
            raise Refused(REFUSALS["language"], "language")
        if set(self.events) - set(known_events):
            raise Refused(UNKNOWN_EVENT, "events")


def new_password(form: FormData) -> str:
    """The new password from ``password`` and ``password2``: both filled in, equal, and within the rules."""
    first, second = str(form.get("password") or ""), str(form.get("password2") or "")
    if not first or not second:
        raise Refused(EMPTY_PASSWORD, "password")
    if first != second:
        raise Refused(MISMATCH, "password")
    try:
        check_password_rules(first)
    except AccountError as exc:
        raise refusal(exc) from None
    return first
