"""Logging in and staying logged in: rate-limited password checks and server-side sessions.

The browser gets a random token; the database keeps only its SHA-256, so a copy
of the database logs nobody in. Failed logins are rows (per account and per
client address) so the limit holds across processes and restarts; after
``attempts`` failures within ``window`` seconds for one account (four times as
many for one client address, which a whole office may share behind NAT) the next
try waits until the oldest of them has aged out, and the page says how long.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from mailflow.db.models import AuditLog, LoginAttempt, StaffSession
from mailflow.staff import accounts
from mailflow.staff.accounts import Account


CLIENT_FACTOR = 4  # one client address may fail this many times more than one account


@dataclass(frozen=True)
class LoginResult:
    account: Account | None = None
    token: str | None = None  # the cookie value, when logged in
    wait_seconds: int = 0  # > 0: too many failures, try again after this


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def log_in(
    db: Session,
    email: str,
    password: str,
    client: str,
    *,
    now: dt.datetime,
    attempts: int,
    window: float,
    session_hours: float,
) -> LoginResult:
    keys = [f"email:{email.strip().lower()}"[:400], f"ip:{client}"[:400]]
    wait = _wait(db, keys, now, attempts, window)
    if wait:
        return LoginResult(wait_seconds=wait)
    found = accounts.verify(db, email, password)
    if found is None:
        db.add_all([LoginAttempt(key=k, at=now) for k in keys])
        db.add(
            AuditLog(
                at=now,
                actor=email.strip().lower()[:320] or "-",
                action="staff.login_failed",
                target=f"client:{client}"[:300],
                before=None,
                after=None,
            )
        )
        return LoginResult()
    db.execute(delete(LoginAttempt).where(LoginAttempt.key == keys[0]))
    token = secrets.token_urlsafe(32)
    db.add(
        StaffSession(
            token_hash=token_hash(token),
            user_id=found.id,
            created_at=now,
            last_seen_at=now,
            expires_at=now + dt.timedelta(hours=session_hours),
        )
    )
    db.add(
        AuditLog(
            at=now, actor=found.email, action="staff.login", target=f"client:{client}"[:300], before=None, after=None
        )
    )
    return LoginResult(account=found, token=token)


def recheck(
    db: Session, email: str, password: str, client: str, *, now: dt.datetime, attempts: int, window: float
) -> LoginResult:
    """The current password asked again (changing one's own password), under the same limit as a login.

    A left-open session must not become a way to guess the password without limit: each wrong
    answer counts as a failed login for the account and the client address, and is audited.
    """
    keys = [f"email:{email.strip().lower()}"[:400], f"ip:{client}"[:400]]
    wait = _wait(db, keys, now, attempts, window)
    if wait:
        return LoginResult(wait_seconds=wait)
    found = accounts.verify(db, email, password)
    if found is None:
        db.add_all([LoginAttempt(key=k, at=now) for k in keys])
        db.add(
            AuditLog(
                at=now,
                actor=email.strip().lower()[:320],
                action="staff.recheck_failed",
                target=f"client:{client}"[:300],
                before=None,
                after=None,
            )
        )
    return LoginResult(account=found)


def _wait(db: Session, keys: list[str], now: dt.datetime, attempts: int, window: float) -> int:
    since = now - dt.timedelta(seconds=window)
    db.execute(delete(LoginAttempt).where(LoginAttempt.at < since))
    worst = 0
    for key in keys:
        limit = attempts * (CLIENT_FACTOR if key.startswith("ip:") else 1)
        count, oldest = db.execute(
            select(func.count(), func.min(LoginAttempt.at)).where(LoginAttempt.key == key, LoginAttempt.at >= since)
        ).one()
        if count >= limit and oldest is not None:
            oldest = oldest if oldest.tzinfo else oldest.replace(tzinfo=dt.timezone.utc)
            worst = max(worst, int((oldest - since).total_seconds()) + 1)
    return worst


def session_account(
    db: Session, token: str | None, *, now: dt.datetime, session_hours: float
) -> tuple[Account, int] | None:
    """The account and session id behind a cookie token, sliding the expiry; None when not valid."""
    if not token:
        return None
    row = db.scalar(select(StaffSession).where(StaffSession.token_hash == token_hash(token)))
    if row is None or row.expires_at <= now:
        return None
    found = accounts.by_id(db, row.user_id)
    if found is None or not found.active:
        return None
    if (now - row.last_seen_at).total_seconds() > 60:  # one write a minute, not one per request
        row.last_seen_at, row.expires_at = now, now + dt.timedelta(hours=session_hours)
    return found, row.id


def log_out(db: Session, token: str | None, *, now: dt.datetime) -> None:
    if not token:
        return
    row = db.scalar(select(StaffSession).where(StaffSession.token_hash == token_hash(token)))
    if row is not None:
        db.delete(row)
        found = accounts.by_id(db, row.user_id)
        db.add(
            AuditLog(
                at=now,
                actor=found.email if found else "-",
                action="staff.logout",
                target="web",
                before=None,
                after=None,
            )
        )
