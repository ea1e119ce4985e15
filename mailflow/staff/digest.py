"""The daily digest: what staff should know this morning, as a page and as a mail.

New registrations of the last day, open review items by age, waitlists, bounced
addresses and sessions near capacity: read-only queries, one dataclass, so the
dashboard page and the mail say the same.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailflow.db.models import EventRow, Person, Registration, ReviewItem, SessionRow

NEAR_CAPACITY = 0.8


@dataclass(frozen=True)
class SessionLine:
    event: str
    session: str
    title: str
    confirmed: int
    waitlisted: int
    capacity: int | None


@dataclass
class Digest:
    at: dt.datetime
    new_registrations: list[tuple[str, str, int]] = field(default_factory=list)  # (event, session, count)
    open_by_age: dict[str, int] = field(default_factory=dict)  # "lt1d" | "1to3d" | "gt3d"
    waitlists: list[SessionLine] = field(default_factory=list)
    bounced: list[str] = field(default_factory=list)
    near_capacity: list[SessionLine] = field(default_factory=list)

    @property
    def new_total(self) -> int:
        return sum(n for _, _, n in self.new_registrations)


def build(db: Session, now: dt.datetime, *, events: tuple[str, ...] | None = None) -> Digest:
    d = Digest(at=now)
    since = now - dt.timedelta(days=1)
    q = (
        select(EventRow.key, SessionRow.key, func.count())
        .select_from(Registration)
        .join(SessionRow, SessionRow.id == Registration.session_id)
        .join(EventRow, EventRow.id == SessionRow.event_id)
        .where(Registration.created_at >= since, Registration.status != "cancelled")
        .group_by(EventRow.key, SessionRow.key)
        .order_by(EventRow.key, SessionRow.key)
    )
    if events is not None:
        q = q.where(EventRow.key.in_(events))
    d.new_registrations = [(e, s, int(n)) for e, s, n in db.execute(q)]
    d.open_by_age = {"lt1d": 0, "1to3d": 0, "gt3d": 0}
    items = select(ReviewItem.created_at).where(ReviewItem.status == "open")
    if events is not None:
        items = items.where(ReviewItem.event_key.in_(events))
    for (created,) in db.execute(items):
        age = now - created
        d.open_by_age["lt1d" if age < dt.timedelta(days=1) else "1to3d" if age < dt.timedelta(days=3) else "gt3d"] += 1
    for line in _sessions(db, events):
        if line.waitlisted:
            d.waitlists.append(line)
        if line.capacity and line.confirmed >= NEAR_CAPACITY * line.capacity:
            d.near_capacity.append(line)
    d.bounced = list(
        db.scalars(select(Person.email).where(Person.bouncing.is_(True)).order_by(Person.email).limit(100))
    )
    return d


def _sessions(db: Session, events: tuple[str, ...] | None) -> list[SessionLine]:
    counts: dict[tuple[int, str], int] = {
        (sid, st): int(n)
        for sid, st, n in db.execute(
            select(Registration.session_id, Registration.status, func.count()).group_by(
                Registration.session_id, Registration.status
            )
        )
    }
    q = (
        select(SessionRow.id, EventRow.key, SessionRow.key, SessionRow.title, SessionRow.capacity)
        .join(EventRow, EventRow.id == SessionRow.event_id)
        .order_by(EventRow.key, SessionRow.starts)
    )
    if events is not None:
        q = q.where(EventRow.key.in_(events))
    return [
        SessionLine(e, s, t, counts.get((sid, "confirmed"), 0), counts.get((sid, "waitlisted"), 0), cap)
        for sid, e, s, t, cap in db.execute(q)
    ]


def as_mail(d: Digest, *, to: str, sender: str, domain: str, base_url: str) -> EmailMessage:
    """The digest as a plain-text mail to the secretariat (Dutch, with the page's address)."""
    lines = [f"Overzicht van mailflow, {d.at:%Y-%m-%d %H:%M} UTC", "", f"Nieuwe inschrijvingen (24 uur): {d.new_total}"]
    lines += [f"  {e} / {s}: {n}" for e, s, n in d.new_registrations]
    lines += [
        "",
        "Open berichten: jonger dan 1 dag {lt1d}, 1 tot 3 dagen {1to3d}, ouder dan 3 dagen {gt3d}".format(
            **d.open_by_age
        ),
        "",
        "Wachtlijsten:",
    ]
    lines += [f"  {w.event} / {w.session}: {w.waitlisted}" for w in d.waitlists] or ["  geen"]
    lines += ["", "Sessies die bijna vol zijn:"]
    lines += [f"  {s.event} / {s.session}: {s.confirmed} van {s.capacity}" for s in d.near_capacity] or ["  geen"]
    lines += ["", "Onbestelbare adressen:"] + ([f"  {b}" for b in d.bounced] or ["  geen"])
    lines += ["", f"Alles op een rij: {base_url}/digest", f"Te beoordelen: {base_url}/review"]
    msg = EmailMessage()
    msg["From"], msg["To"] = sender, to
    msg["Subject"] = f"mailflow: dagoverzicht {d.at:%Y-%m-%d}"
    msg["Date"], msg["Message-ID"] = format_datetime(d.at), make_msgid(domain=domain)
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Mailflow-Kind"] = "staff_digest"
    msg.set_content("\n".join(lines) + "\n")
    return msg
