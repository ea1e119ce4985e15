"""Replies and notifications: compose a mail and put it in the outbox of the caller's transaction.

Who may be mailed is decided here for mail that answers nobody (promotions,
staff actions): never our own addresses, never a bouncing address, never more
than ``max_replies_per_day`` to one address. Replies to a message were already
filtered by ``decide``, which saw the same facts in its snapshot.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from mailflow.apply import snapshot
from mailflow.apply.context import Context
from mailflow.db.models import OutboundRegistration, Person, Registration, SessionRow
from mailflow.decide.types import Reply
from mailflow.outbound.outbox import enqueue
from mailflow.outbound.types import Invite, Template
from mailflow.outbound.types import Reply as Mail

# Mails that report nothing of the addressee's own registrations: a reply to them identifies none.
_NOT_ABOUT_REGISTRATIONS = frozenset(
    {"request_received", "registered_others", "review_ack", "unknown_session", "closed", "campaign"}
)
_LATEST = (
    select(Registration.id, SessionRow.key)
    .join(Person, Person.id == Registration.person_id)
    .join(SessionRow, SessionRow.id == Registration.session_id)
    .where(Person.email == bindparam("email"), SessionRow.key.in_(bindparam("keys", expanding=True)))
    .order_by(Registration.id.desc())
)


def may_send(db: Session, ctx: Context, address: str) -> bool:
    """The rules for mail nobody asked for in this message: not ours, not bouncing, not over the limit."""
    a = address.lower()
    if a in {x.lower() for x in ctx.settings.own_addresses(ctx.catalogue)}:
        return False
    if a in snapshot.bouncing(db, [a]):
        return False
    return snapshot.replies_today(db, a, ctx.now) < ctx.settings.outbound.max_replies_per_day


def notify_person(
    db: Session,
    ctx: Context,
    template: Template,
    person: Person,
    srow: SessionRow,
    invites: list[Invite],
    reg: Registration,
    *,
    from_session: SessionRow | None = None,
    from_waitlist: bool = False,
) -> int | None:
    """A mail about one registration changed by staff, a freed place or the organiser (not an answer to a mail)."""
    if not may_send(db, ctx, person.email):
        return None
    cat = ctx.catalogue
    mail = Mail(
        template=template,
        event=cat.event_of(srow.key),
        to=person.email,
        to_name=person.name,
        sessions=(cat.session(srow.key),),
        invites=tuple(invites),
        from_sessions=(cat.session(from_session.key),) if from_session else (),
        participants=(person.email,),
        from_waitlist=from_waitlist,
    )
    out = send(db, ctx, mail, dedup_key=f"{template}:{reg.id}:{reg.sequence}", registration_id=reg.id)
    if out is not None:
        link(db, out, [reg.id])
    return out


def send(
    db: Session,
    ctx: Context,
    mail: Mail,
    *,
    cc: tuple[str, ...] = (),
    dedup_key: str | None = None,
    inbound_id: int | None = None,
    registration_id: int | None = None,
) -> int | None:
    """Compose ``mail`` and put it in the outbox of this transaction; None when deduplicated."""
    if cc:
        mail = replace(mail, cc=cc)
    return enqueue(
        db,
        ctx.compose(mail),
        kind=mail.template,
        inbound_id=inbound_id,
        registration_id=registration_id,
        dedup_key=dedup_key,
        now=ctx.now,
    )


def send_planned(
    db: Session,
    ctx: Context,
    plan: Reply,
    invites: list[tuple[str, Invite]],
    inbound_id: int | None,
    *,
    from_waitlist: bool = False,
) -> int | None:
    """The mail ``decide`` planned, with the invites of the registrations this decision touched.

    A reply without a name for its reader (a colleague named only by address) takes the
    name we know for that address, so it says "Beste Ruud Janssen" rather than "Geachte heer/mevrouw".
    """
    cat = ctx.catalogue
    about = set(plan.sessions) | set(plan.from_sessions)
    mail = Mail(
        template=plan.template,
        event=cat.event(plan.event_key),
        to=plan.to,
        to_name=plan.to_name or known_name(db, plan.to),
        sessions=tuple(cat.session(k) for k in plan.sessions if cat.has_session(k)),
        from_sessions=tuple(cat.session(k) for k in plan.from_sessions if cat.has_session(k)),
        alternatives=tuple(cat.session(k) for k in plan.alternatives if cat.has_session(k)),
        invites=tuple(i for key, i in invites if key in about),
        in_reply_to=plan.in_reply_to,
        references=plan.references,
        original_subject=plan.subject,
        lang=plan.lang,
        participants=plan.participants,
        registered_by=plan.registered_by,
        from_waitlist=from_waitlist,
        question=plan.question,
        extra={
            k: v for k, v in (("requested_by", plan.requested_by), ("request", plan.request), ("body", plan.body)) if v
        },
    )
    key = f"{inbound_id}:{plan.template}:{plan.to}" if inbound_id is not None else None
    out = send(db, ctx, mail, cc=plan.cc, dedup_key=key, inbound_id=inbound_id)
    if out is not None and plan.template not in _NOT_ABOUT_REGISTRATIONS and about:
        link(db, out, _reported(db, plan.person or plan.to, about))
    return out


def _reported(db: Session, email: str, keys: set[str]) -> list[int]:
    """The registrations a mail about ``keys`` reports: the newest of the person's for each session."""
    found: dict[str, int] = {}
    for reg_id, key in db.execute(_LATEST, {"email": email.lower(), "keys": sorted(keys)}):
        found.setdefault(key, reg_id)
    return sorted(found.values())


def link(db: Session, outbound_id: int, registration_ids: list[int]) -> None:
    """Remember which registrations a mail reported, so a reply to it is about them (``apply.answered``)."""
    if registration_ids:
        db.execute(
            insert(OutboundRegistration),
            [{"outbound_id": outbound_id, "registration_id": r} for r in dict.fromkeys(registration_ids)],
        )


def known_name(db: Session, address: str) -> str | None:
    return db.scalar(select(Person.name).where(Person.email == address.lower()))
