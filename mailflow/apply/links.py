"""Join links of online sessions, mailed at their release time ("the link is mailed a few days before").

A session with ``online_url`` and ``online_url_release`` keeps the link out of
confirmations until the release moment; from then on every confirmation carries
it (``registrations._invite`` records it on the row), and ``send_due`` mails it,
with the calendar entry updated (same UID, SEQUENCE + 1, URL and LOCATION), to
everyone who was registered before. ``registrations.online_url_sent`` is the
record: a registration gets a link exactly once, also across restarts, and
again only when the organiser changes the link.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from mailflow.apply import snapshot
from mailflow.apply.context import Context
from mailflow.apply.notify import notify_person
from mailflow.apply.registrations import _audit, _invite
from mailflow.db.models import Person, Registration, SessionRow


@dataclass
class LinksSent:
    registrations: list[int] = field(default_factory=list)
    outbound: list[int] = field(default_factory=list)


def due_sessions(ctx: Context) -> dict[str, str]:
    """Session key -> join link, for sessions whose link may go out now and that have not ended."""
    return {
        s.key: url
        for s in ctx.catalogue.sessions
        if s.ends > ctx.now and s.status != "cancelled" and (url := s.link_at(ctx.now)) is not None
    }


def send_due(db: Session, ctx: Context) -> LinksSent:
    """Mail the join link to every confirmed registration that does not have it yet; in the caller's transaction."""
    due = due_sessions(ctx)
    done = LinksSent()
    if not due:
        return done
    snapshot.lock_sessions(db, due)
    rows = db.execute(
        select(Registration, Person, SessionRow)
        .join(Person, Person.id == Registration.person_id)
        .join(SessionRow, SessionRow.id == Registration.session_id)
        .where(
            Registration.status == "confirmed",
            or_(
                *(
                    (SessionRow.key == key) & Registration.online_url_sent.is_distinct_from(url)
                    for key, url in due.items()
                )
            ),
        )
        .order_by(Registration.id)
    ).all()
    for reg, person, srow in rows:
        before = reg.online_url_sent
        reg.sequence, reg.updated_at = reg.sequence + 1, ctx.now
        invite = _invite(ctx, reg, person, srow, "REQUEST")  # records the link on the row
        _audit(
            db,
            ctx,
            "registration.online_link",
            f"registration:{reg.id}",
            {"online_url": before},
            {"online_url": reg.online_url_sent, "sequence": reg.sequence},
        )
        out = notify_person(db, ctx, "online_link", person, srow, [invite], reg)
        done.registrations.append(reg.id)
        done.outbound += [out] if out else []
    return done
