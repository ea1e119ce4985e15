"""The participant's own invite for a campaign mail, written from one cached calendar per session.

``outbound.calendar.invite_ics`` builds the personal VEVENT properties with
icalendar objects, about 0.5 ms per mail: more than all the rest of a campaign
mail together. A campaign's invites differ only in UID, SEQUENCE and ATTENDEE
(DTSTAMP is the campaign's moment), so each session's calendar is built once
by ``invite_ics`` itself with placeholders, and per recipient only those three
content lines are written and folded as icalendar folds them. A test holds the
result byte-equal to ``invite_ics``; anything unusual (a UID or name that needs
escaping) takes ``invite_ics`` itself.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from icalendar.parser import foldline, param_value

from mailflow.catalogue import Event, Session
from mailflow.outbound.calendar import invite_ics
from mailflow.outbound.types import Invite

_UID, _MAIL = "mf-placeholder-uid@invalid", "mf-placeholder@invalid"
_CN_QUOTED = " '"  # icalendar quotes a CN with these (Parameters.quote_also)
_PLAIN = re.compile(r"^[A-Za-z0-9 .@_+'-]*$")  # needs no TEXT or RFC 6868 escaping


@dataclass(frozen=True)
class _Shape:
    """A session's calendar as folded lines, with the places of the three personal lines."""

    lines: tuple[bytes, ...]
    uid: int
    sequence: int
    attendee: int


@dataclass
class InviteWriter:
    event: Event
    organizer_email: str
    organizer_name: str
    now: dt.datetime
    _shapes: dict[str, _Shape] = field(default_factory=dict)

    def ics(self, session: Session, uid: str, sequence: int, email: str, name: str | None) -> bytes:
        """Byte for byte what ``invite_ics`` writes for this one REQUEST invite."""
        if not (_PLAIN.match(uid) and _PLAIN.match(email) and _PLAIN.match(name or "")):
            return self._slow(session, uid, sequence, email, name)
        shape = self._shape(session)
        lines = list(shape.lines)
        lines[shape.uid] = _fold(f"UID:{uid}")
        lines[shape.sequence] = _fold(f"SEQUENCE:{sequence}")
        cn = f";CN={param_value(name, always_quote=any(c in name for c in _CN_QUOTED))}" if name else ""
        lines[shape.attendee] = _fold(
            f"ATTENDEE{cn};PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:{email}"
        )
        return b"".join(lines)

    def _slow(self, session: Session, uid: str, sequence: int, email: str, name: str | None) -> bytes:
        invite = Invite(uid, sequence, "REQUEST", session, email, name)
        return invite_ics([invite], self.event, self.organizer_email, self.organizer_name, "REQUEST", self.now)

    def _shape(self, session: Session) -> _Shape:
        found = self._shapes.get(session.key)
        if found is None:
            sample = self._slow(session, _UID, 0, _MAIL, None)
            lines = _logical_lines(sample)
            at = {
                name: next(i for i, line in enumerate(lines) if line.startswith(name.encode()))
                for name in ("UID:", "SEQUENCE:", "ATTENDEE")
            }
            found = _Shape(tuple(lines), at["UID:"], at["SEQUENCE:"], at["ATTENDEE"])
            self._shapes[session.key] = found
        return found


def _logical_lines(ics: bytes) -> list[bytes]:
    """Each content line with its continuation lines, CRLFs included, in order."""
    out: list[bytes] = []
    for physical in ics.split(b"\r\n")[:-1]:
        if physical.startswith(b" ") and out:
            out[-1] += physical + b"\r\n"
        else:
            out.append(physical + b"\r\n")
    return out


def _fold(line: str) -> bytes:
    """icalendar's folding (74 octets a line) for plain ASCII, else icalendar's own ``foldline``."""
    if line.isascii() and "\\" not in line and "^" not in line:
        chunks = [line[i : i + 74] for i in range(0, len(line), 74)] or [""]
        return ("\r\n ".join(chunks) + "\r\n").encode("ascii")
    return (foldline(line) + "\r\n").encode("utf-8")
