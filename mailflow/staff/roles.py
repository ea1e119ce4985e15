"""Roles and what each may do: one table, read by the web pages, the API and the navigation.

Three kinds of staff, each able to do what the one before can: the secretariat
works the review queue and the registrations, organisers also run events and
follow-ups (issue 12 adds those pages), admins also manage accounts. A page
names the permission it needs, never a role, so adding a page never means
touching every role check.
"""

from __future__ import annotations

from typing import Literal

Role = Literal["secretariat", "organiser", "admin"]
ROLES: tuple[Role, ...] = ("secretariat", "organiser", "admin")
Permission = Literal["review", "registrations", "events", "followups", "accounts"]

GRANTS: dict[str, frozenset[str]] = {
    "secretariat": frozenset({"review", "registrations"}),
    "organiser": frozenset({"review", "registrations", "events", "followups"}),
    "admin": frozenset({"review", "registrations", "events", "followups", "accounts"}),
}


def may(role: str, permission: str) -> bool:
    """True when ``role`` grants ``permission``; an unknown role grants nothing."""
    return permission in GRANTS.get(role, frozenset())
