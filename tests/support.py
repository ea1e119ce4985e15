"""Test data and helpers shared by the service tests (plain functions; fixtures live in conftest.py).

- ``at(y, m, d, hh, mm)``: an aware Europe/Amsterdam moment.
- ``make_catalogue()``: three small events that exercise every rule (see its docstring).
- ``ME`` and ``make_interp(kind, sessions, **fields)``: an Interpretation of a mail from ``ME``;
  ``TRUSTED`` (``auth=TRUSTED``): our receiving system authenticated the sender's domain utrecht.nl,
  which proves a change of the sender's own registration (``decide/authority.py``).
- ``raw_mail(n, ...)``: a minimal RFC 5322 message with Message-ID ``<m{n}@utrecht.nl>``.
- ``handle(factory, catalogue, settings, now, interp)``: what the worker does for one
  understood message (store a raw mail, snapshot, decide, apply), minus the claim.
- ``outbox(factory)``: the queued replies, parsed, oldest first (``Sent``).
- ``SHARED_CORPUS``: the shared labelled corpus, ``../shared/corpus`` beside the checkout
  (tests reach it through the ``shared_corpus`` fixture, which skips or fails when it is absent).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import uuid
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailflow.catalogue import Catalogue, Event
from mailflow.catalogue import Session as CatSession
from mailflow.config import Settings
from mailflow.understand.authentication import SenderAuth
from mailflow.understand.types import Interpretation, Participant

if TYPE_CHECKING:
    from mailflow.decide.types import Decision

AMS = ZoneInfo("Europe/Amsterdam")
ME = "anna@utrecht.nl"
ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"  # beside the checkout, wherever that is


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> dt.datetime:
    """An aware Amsterdam moment, for readable test data."""
    return dt.datetime(y, m, d, hh, mm, tzinfo=AMS)


def make_catalogue() -> Catalogue:
    """Three events that exercise every rule.

    - ``dia`` (one session per participant): ``dia-utrecht`` (capacity 2),
      ``dia-arnhem`` (capacity 2), ``dia-haarlem`` (no capacity limit).
    - ``vng`` (at most 3 sessions): ``vng-plenair``; ``vng-middag-a`` and
      ``vng-middag-b`` at the same time; ``vng-avond``; ``vng-alv``.
    - ``old`` (deadline 2026-11-01, long past on ``now``): ``old-gent``.
    """

    def s(
        key: str,
        ev: str,
        start: dt.datetime,
        hours: int,
        cap: int | None = None,
        city: str | None = None,
    ) -> CatSession:
        return CatSession(
            key=key,
            event_key=ev,
            title=f"Sessie {key}",
            starts=start,
            ends=start + dt.timedelta(hours=hours),
            city=city,
            venue=f"Zaal {key}",
            capacity=cap,
        )

    dia = Event(
        key="dia",
        mailbox="d-loket@vng.nl",
        title="Democratie in Actie",
        language="nl",
        timezone="Europe/Amsterdam",
        max_sessions_per_participant=1,
        sessions=(
            s("dia-utrecht", "dia", at(2027, 6, 14, 9), 3, 2, "Utrecht"),
            s("dia-arnhem", "dia", at(2027, 6, 22, 14), 3, 2, "Arnhem"),
            s("dia-haarlem", "dia", at(2027, 6, 21, 9, 30), 3, None, "Haarlem"),
        ),
    )
    vng = Event(
        key="vng",
        mailbox="jaarcongres@vng.nl",
        title="VNG Jaarcongres",
        language="nl",
        timezone="Europe/Amsterdam",
        max_sessions_per_participant=3,
        sessions=(
            s("vng-plenair", "vng", at(2027, 6, 8, 10), 2),
            s("vng-middag-a", "vng", at(2027, 6, 8, 14), 2, 1),
            s("vng-middag-b", "vng", at(2027, 6, 8, 14), 2),
            s("vng-avond", "vng", at(2027, 6, 8, 19), 3),
            s("vng-alv", "vng", at(2027, 6, 9, 10), 2),
        ),
    )
    old = Event(
        key="old",
        mailbox="aanmelden@provincieantwerpen.be",
        title="Dag van de lokale besturen",
        language="nl-BE",
        timezone="Europe/Brussels",
        registration_deadline=at(2026, 11, 1, 23, 59),
        sessions=(s("old-gent", "old", at(2027, 1, 10, 9), 8),),
    )
    return Catalogue((dia, vng, old))


# Our receiving system authenticated a sender at utrecht.nl (DMARC pass): proof for ME's own registrations.
TRUSTED = SenderAuth("mx.vng.nl", "pass", "utrecht.nl", ("utrecht.nl",))


def make_interp(kind: str = "register", sessions: list[str] | None = None, **kw: Any) -> Interpretation:
    """An Interpretation as understanding would produce it for a mail from ``ME`` to Democratie in Actie."""
    base: dict[str, Any] = dict(
        message_id="<m1@utrecht.nl>",
        kind=kind,
        sessions=sessions or [],
        sender=ME,
        reply_to=ME,
        participants=[Participant(ME, "Anna")] if kind in ("register", "cancel", "change") else [],
        event_key="dia",
        language="nl",
        subject="Aanmelding",
        references=["<r0@vng.nl>"],
    )
    base.update(kw)
    return Interpretation(**base)


def raw_mail(
    n: int | str,
    sender: str = "anna@utrecht.nl",
    subject: str = "Aanmelding",
    body: str = "Utrecht graag.",
) -> bytes:
    return (
        f"From: {sender}\r\nTo: d-loket@vng.nl\r\nSubject: {subject}\r\n"
        f"Message-ID: <m{n}@utrecht.nl>\r\nDate: Sun, 22 Nov 2026 10:00:00 +0100\r\n\r\n{body}\r\n"
    ).encode()


@dataclass(frozen=True)
class Sent:
    kind: str
    recipients: list[str]
    dedup_key: str | None
    msg: EmailMessage

    @property
    def text(self) -> str:
        part = self.msg.get_body(preferencelist=("plain",))
        return part.get_content() if part is not None else ""

    @property
    def invites(self) -> set[tuple[str, str, int]]:
        """(METHOD, UID, SEQUENCE) of every calendar part and attachment."""
        import icalendar

        found = set()
        for part in self.msg.walk():
            if part.get_content_type() in ("text/calendar", "application/ics"):
                cal = icalendar.Calendar.from_ical(bytes(part.get_payload(decode=True)))  # type: ignore[arg-type]
                for ev in cal.walk("VEVENT"):
                    found.add((str(cal["METHOD"]), str(ev["UID"]), int(ev.get("SEQUENCE", 0))))
        return found


def outbox(factory: sessionmaker[Session]) -> list[Sent]:
    from mailflow.db.models import OutboundMessage

    with factory() as db:
        rows = db.scalars(select(OutboundMessage).order_by(OutboundMessage.id)).all()
        return [
            Sent(r.kind, list(r.recipients), r.dedup_key, email.message_from_bytes(r.raw, policy=default_policy))  # type: ignore[arg-type]
            for r in rows
        ]


def handle(
    factory: sessionmaker[Session], catalogue: Catalogue, settings: Settings, now: dt.datetime, interp: Interpretation
) -> tuple[int, Decision]:
    """What the worker does for one understood message, minus the claim."""
    from mailflow.apply import registrations as regs
    from mailflow.decide import decide
    from mailflow.intake.store import accept
    from mailflow.apply.snapshot import read_snapshot

    n = uuid.uuid4().hex[:12]
    inbound = accept(factory, raw_mail(n), source="file").id
    interp = dataclasses.replace(interp, message_id=f"<m{n}@utrecht.nl>")
    with factory() as db, db.begin():
        decision = decide(interp, read_snapshot(db, interp, catalogue, settings, now), catalogue, settings.policy, now)
        regs.apply(db, decision, regs.Context(catalogue, settings, now), inbound_id=inbound)
    return inbound, decision
