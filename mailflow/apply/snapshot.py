"""Read the state one decision needs, inside the transaction that will apply it.

Reading and applying in one transaction, with the session rows that can gain
confirmed places locked first (``FOR UPDATE`` on PostgreSQL; SQLite's
``BEGIN IMMEDIATE`` already admits one writer), means two workers can never
both take the last place of a session. On PostgreSQL the registrations are read
again after the locks, which may have waited for another writer; on SQLite
nothing can have changed since the transaction began.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from sqlalchemy import Connection, bindparam, func, or_, select
from sqlalchemy.orm import Session

from mailflow.apply.answered import our_mails, pending_change
from mailflow.catalogue import Catalogue
from mailflow.config import Settings
from mailflow.db.models import OutboundRecipient, Person, Registration, SessionRow
from mailflow.decide.types import ActiveRegistration, Snapshot
from mailflow.understand.types import Interpretation

DAY = dt.timedelta(hours=24)
LOCKED = "mailflow.locked_sessions"  # Session.info key: rows locked by this unit of work


def involved_addresses(interp: Interpretation) -> set[str]:
    found = {p.email for p in interp.participants}
    found |= {a for a in (interp.sender, interp.reply_to) if a}
    found |= set(interp.bounced)
    if interp.calendar and interp.calendar.attendee:
        found.add(interp.calendar.attendee)
    return {a.lower() for a in found}


# Built once: constructing a select is a noticeable share of a query's cost, and a
# prebuilt statement with expanding IN parameters also reuses its compiled form.
_LOCK = (
    select(SessionRow)
    .where(SessionRow.key.in_(bindparam("keys", expanding=True)))
    .order_by(SessionRow.id)
    .with_for_update()
)
_ACTIVE = (
    select(Registration.id, Person.email, SessionRow.key, Registration.status, Registration.calendar_uid)
    .join(Person, Person.id == Registration.person_id)
    .join(SessionRow, SessionRow.id == Registration.session_id)
    .order_by(Registration.id)
)
_ACTIVE_BY_EMAIL = _ACTIVE.where(
    Registration.status != "cancelled", Person.email.in_(bindparam("emails", expanding=True))
)
_ACTIVE_BY_EMAIL_OR_UID = _ACTIVE.where(
    Registration.status != "cancelled",
    or_(Person.email.in_(bindparam("emails", expanding=True)), Registration.calendar_uid == bindparam("uid")),
)
_CONFIRMED = (
    select(SessionRow.key, func.count(Registration.id))
    .join(Registration, Registration.session_id == SessionRow.id)
    .where(SessionRow.key.in_(bindparam("keys", expanding=True)), Registration.status == "confirmed")
    .group_by(SessionRow.key)
)
_REPLIES = (
    select(OutboundRecipient.address, func.count())
    .where(
        OutboundRecipient.address.in_(bindparam("addresses", expanding=True)),
        OutboundRecipient.created_at > bindparam("since"),
    )
    .group_by(OutboundRecipient.address)
)
_BOUNCING = select(Person.email).where(Person.email.in_(bindparam("emails", expanding=True)), Person.bouncing.is_(True))


def lock_sessions(db: Session, keys: Iterable[str]) -> list[SessionRow]:
    """Lock session rows in id order (a fixed order, so two workers cannot deadlock on them)."""
    keys = sorted(set(keys))
    if not keys:
        return []
    rows = list(db.scalars(_LOCK, {"keys": keys}))
    _locked(db).update((r.key, r) for r in rows)
    return rows


def locked_session(db: Session, key: str) -> SessionRow | None:
    """A session row this transaction already locked (and so holds in memory), else None."""
    return _locked(db).get(key) if db.in_transaction() else None


def _locked(db: Session) -> dict[str, SessionRow]:
    """The rows locked in the current transaction; a new transaction starts with none."""
    tx = db.get_transaction()
    held = db.info.get(LOCKED)
    if held is None or held[0] is not tx:
        held = db.info[LOCKED] = (tx, {})
    return held[1]


def _core(db: Session) -> Connection:
    """The session's connection, for plain-column reads that need no ORM (pending changes flushed first)."""
    db.flush()
    return db.connection()


def active_registrations(db: Session, emails: Iterable[str], uid: str | None = None) -> list[ActiveRegistration]:
    params: dict[str, object] = {"emails": sorted(set(emails))}
    if uid:
        params["uid"] = uid
    rows = _core(db).execute(_ACTIVE_BY_EMAIL_OR_UID if uid else _ACTIVE_BY_EMAIL, params)
    return [ActiveRegistration(*r) for r in rows]


def confirmed_counts(db: Session, keys: Iterable[str]) -> dict[str, int]:
    keys = sorted(set(keys))
    if not keys:
        return {}
    return {k: n for k, n in _core(db).execute(_CONFIRMED, {"keys": keys})}


def replies_today(db: Session, address: str, now: dt.datetime) -> int:
    """Mails queued to ``address`` (To or Cc) in the 24 hours before ``now``."""
    return replies_today_many(db, [address], now).get(address.lower(), 0)


def replies_today_many(db: Session, addresses: Iterable[str], now: dt.datetime) -> dict[str, int]:
    """``replies_today`` for several addresses in one indexed query; absent means 0."""
    wanted = sorted({a.lower() for a in addresses})
    if not wanted:
        return {}
    return {a: n for a, n in _core(db).execute(_REPLIES, {"addresses": wanted, "since": now - DAY})}


def bouncing(db: Session, emails: Iterable[str]) -> frozenset[str]:
    return frozenset(_core(db).scalars(_BOUNCING, {"emails": sorted(set(emails))}))


def read_snapshot(
    db: Session, interp: Interpretation, catalogue: Catalogue, settings: Settings, now: dt.datetime
) -> Snapshot:
    """Everything ``decide`` reads about the people and sessions this message touches."""
    replied = our_mails(db, interp.ours)
    pending = pending_change(db, replied) if interp.answer else None
    emails = involved_addresses(interp) | {a for m in replied for a in m.recipients}
    if pending is not None:
        emails.add(pending.asked)
    uid = interp.calendar.uid if interp.calendar else None
    regs = active_registrations(db, emails, uid)
    asked = [k for k in (*interp.sessions, *interp.from_sessions) if catalogue.has_session(k)]
    lock_sessions(db, [*asked, *(r.session_key for r in regs)])
    if db.get_bind().dialect.name != "sqlite":
        regs = active_registrations(db, emails, uid)  # again: the locks may have waited for a writer
    event_keys = {catalogue.event_of(k).key for k in asked}
    event_keys |= {catalogue.event_of(r.session_key).key for r in regs if catalogue.has_session(r.session_key)}
    if interp.event_key:
        event_keys.add(interp.event_key)
    keys = [s.key for s in catalogue.sessions if s.event_key in event_keys]
    limit = settings.outbound.max_replies_per_day
    everyone = emails | {r.email for r in regs}
    sent = replies_today_many(db, everyone, now)
    return Snapshot(
        registrations=tuple(regs),
        confirmed=confirmed_counts(db, keys),
        over_limit=frozenset(a for a in everyone if sent.get(a, 0) >= limit),
        bouncing=bouncing(db, everyone),
        own_addresses=frozenset(a.lower() for a in settings.own_addresses(catalogue)),
        sent_today=sent,
        reply_limit=limit,
        replied_to=replied,
        pending=pending,
    )
