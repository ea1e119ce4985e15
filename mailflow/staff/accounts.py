"""Staff accounts as a service: add, change, change the password, disable, list, check a password.

Passwords are stored only as argon2id hashes (argon2-cffi's defaults, RFC 9106's
second recommended profile); a hash made with older parameters is upgraded at the
next successful login. Every change writes the audit log with who made it (the
CLI's ``actor`` is "cli", the pages pass the admin's address). The CLI and the
accounts pages call the same functions, so the rules hold for both: at least one
active admin stays, and an admin cannot disable themselves or drop their own
admin role (they would lock themselves out halfway through a change).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mailflow.db.models import AuditLog, StaffSession, StaffUser
from mailflow.staff.roles import ROLES

MIN_PASSWORD = 12
MAX_EMAIL, MAX_NAME = 320, 300  # the columns' lengths: longer is refused, not cut or failed on PostgreSQL
_HASHER = PasswordHasher()
# A hash of a random password: checking an unknown address costs as much as a known one,
# so the time a login takes does not tell which addresses have accounts.
_DUMMY = _HASHER.hash("no such account: constant-time placeholder")


class AccountError(ValueError):
    """An account change that cannot be made; the message says why and what to do.

    ``kind`` names the rule for the pages, which word it in Dutch or English
    (``mailflow.web.account_form.REFUSALS``); the CLI prints the message as it is.
    """

    def __init__(self, message: str, kind: str = "other", **values: object) -> None:
        super().__init__(message)
        self.kind, self.values = kind, values


@dataclass(frozen=True)
class Account:
    """A staff member as the pages and the API see them: no hash."""

    id: int
    email: str
    name: str | None
    role: str
    active: bool
    events: tuple[str, ...] | None  # None: every event
    language: str | None

    def sees(self, event_key: str | None) -> bool:
        """May this account see items and registrations of ``event_key``?"""
        return self.events is None or event_key in self.events


def account(row: StaffUser) -> Account:
    return Account(
        row.id,
        row.email,
        row.name,
        row.role,
        bool(row.active),
        tuple(row.events) if row.events is not None else None,
        row.language,
    )


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(
            f"the password is too short: use at least {MIN_PASSWORD} characters (a few words make a good one)",
            "too_short",
            n=MIN_PASSWORD,
        )


def add(
    db: Session,
    email: str,
    password: str,
    role: str,
    *,
    name: str | None = None,
    events: Sequence[str] | None = None,
    language: str | None = None,
    actor: str = "cli",
    now: dt.datetime | None = None,
) -> Account:
    email = _email(email)
    _check_choices(role, language, name)
    check_password_rules(password)
    if db.scalar(select(StaffUser).where(StaffUser.email == email)) is not None:
        raise AccountError(
            f"{email} already has an account; change its password with `mailflow users passwd`", "exists", email=email
        )
    now = now or dt.datetime.now(dt.timezone.utc)
    row = StaffUser(
        email=email,
        name=name or None,
        password_hash=_HASHER.hash(password),
        role=role,
        active=True,
        events=list(events) if events else None,
        language=language,
        created_at=now,
    )
    db.add(row)
    db.flush()
    _audit(db, actor, "staff.add", email, None, {"role": role, "events": row.events}, now)
    return account(row)


def update(
    db: Session,
    email: str,
    *,
    name: str | None,
    role: str,
    events: Sequence[str] | None,
    language: str | None,
    actor: str = "cli",
    now: dt.datetime | None = None,
) -> Account:
    """Set name, role, event limit and language (all of them: a form sends every field).

    Audited with the fields that changed, before and after; nothing changed writes nothing.
    A role or limit change holds from the account's next request (sessions read the account each time).
    """
    row = _get(db, email)
    _check_choices(role, language, name)
    if row.role == "admin" and role != "admin":
        _keep_an_admin(db, row, actor, disabling=False)
    limit = sorted(set(events)) if events else None
    wanted: dict[str, object] = {"name": name or None, "role": role, "events": limit, "language": language}
    current: dict[str, object] = {
        "name": row.name,
        "role": row.role,
        "events": sorted(row.events) if row.events else None,
        "language": row.language,
    }
    changed = [k for k in wanted if wanted[k] != current[k]]
    if not changed:
        return account(row)
    row.name, row.role, row.language = name or None, role, language
    row.events = limit
    _audit(db, actor, "staff.update", row.email, {k: current[k] for k in changed}, {k: wanted[k] for k in changed}, now)
    return account(row)


def set_password(
    db: Session,
    email: str,
    password: str,
    *,
    actor: str = "cli",
    now: dt.datetime | None = None,
    keep_session: str | None = None,
) -> Account:
    """A new password; every session of the account ends (a stolen login stops working).

    ``keep_session`` (a session's token hash) spares the one a person changed their own password in.
    """
    check_password_rules(password)
    row = _get(db, email)
    row.password_hash = _HASHER.hash(password)
    ending = delete(StaffSession).where(StaffSession.user_id == row.id)
    if keep_session is not None:
        ending = ending.where(StaffSession.token_hash != keep_session)
    db.execute(ending)
    _audit(db, actor, "staff.passwd", row.email, None, None, now)
    return account(row)


def set_active(db: Session, email: str, active: bool, *, actor: str = "cli", now: dt.datetime | None = None) -> Account:
    row = _get(db, email)
    if not active:
        _keep_an_admin(db, row, actor, disabling=True)
    before = bool(row.active)
    row.active = active
    if not active:
        db.execute(delete(StaffSession).where(StaffSession.user_id == row.id))
    _audit(
        db, actor, "staff.enable" if active else "staff.disable", row.email, {"active": before}, {"active": active}, now
    )
    return account(row)


def list_accounts(db: Session) -> list[Account]:
    return [account(r) for r in db.scalars(select(StaffUser).order_by(StaffUser.email))]


def verify(db: Session, email: str, password: str) -> Account | None:
    """The active account with this address and password, else None (same work either way)."""
    row = db.scalar(select(StaffUser).where(StaffUser.email == email.strip().lower()))
    try:
        _HASHER.verify(row.password_hash if row is not None else _DUMMY, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None or not row.active:
        return None
    if _HASHER.check_needs_rehash(row.password_hash):
        row.password_hash = _HASHER.hash(password)
    return account(row)


def by_id(db: Session, user_id: int) -> Account | None:
    row = db.get(StaffUser, user_id)
    return account(row) if row is not None else None


def _check_choices(role: str, language: str | None, name: str | None) -> None:
    if name and len(name) > MAX_NAME:
        raise AccountError(f"the name is too long: at most {MAX_NAME} characters", "name", n=MAX_NAME)
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}", "role")
    if language not in (None, "nl", "en"):
        raise AccountError(f'unknown language {language!r}; choose "nl" or "en"', "language")


def _keep_an_admin(db: Session, row: StaffUser, actor: str, *, disabling: bool) -> None:
    """Refuse to disable or demote oneself, or the last active admin (nobody could manage accounts)."""
    if actor == row.email:
        raise AccountError(
            "you cannot disable your own account"
            if disabling
            else "you cannot take away your own admin role; ask another admin",
            "self_disable" if disabling else "self_demote",
        )
    if row.role != "admin" or not row.active:
        return
    # FOR UPDATE (PostgreSQL): two admins demoting each other at once cannot both see the other still there.
    admins = db.scalars(
        select(StaffUser.id).where(StaffUser.role == "admin", StaffUser.active.is_(True)).with_for_update()
    ).all()
    if not [i for i in admins if i != row.id]:
        raise AccountError(
            f"{row.email} is the last active admin; make another admin first", "last_admin", email=row.email
        )


def _get(db: Session, email: str) -> StaffUser:
    row = db.scalar(select(StaffUser).where(StaffUser.email == _email(email)))
    if row is None:
        raise AccountError(f"no account for {email}; `mailflow users list` shows them", "unknown", email=email)
    return row


def _email(email: str) -> str:
    email = email.strip().lower()
    if "@" not in email or " " in email or len(email) > MAX_EMAIL:
        raise AccountError(f"{email!r} is not an e-mail address", "email", email=email)
    return email


def _audit(
    db: Session,
    actor: str,
    action: str,
    target: str,
    before: dict | None,
    after: dict | None,
    now: dt.datetime | None,
) -> None:
    db.add(
        AuditLog(
            at=now or dt.datetime.now(dt.timezone.utc),
            actor=actor,
            action=action,
            target=f"staff:{target}",
            before=before,
            after=after,
        )
    )
