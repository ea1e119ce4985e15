"""Accept a raw message: commit its bytes before anything else happens.

Every intake (SMTP, LMTP, IMAP, files) calls ``accept`` and only reports
success to its peer after it returns. Redeliveries (the same bytes, or the same
Message-ID, From, Date and text under other trace headers; see
``redelivery.py``) are recognised by the database's unique indexes, so a
message delivered twice, or re-read after a crash, is stored and processed once.
A different mail that reuses a Message-ID is stored, processed, and noted (on
the row and as a warning), never dropped as "already known".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass
from typing import Sequence

from sqlalchemy import Connection, bindparam, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from mailflow.db.models import InboundMessage
from mailflow.db.upsert import insert_ignoring
from mailflow.intake.redelivery import identify

log = logging.getLogger("mailflow.intake")
_TABLE = InboundMessage.__table__
_RETURNING = (_TABLE.c.sha256, _TABLE.c.id)
_SAME_ID = (
    select(_TABLE.c.id, _TABLE.c.message_id)
    .where(_TABLE.c.message_id.in_(bindparam("mids", expanding=True)))
    .order_by(_TABLE.c.id)
)
_NOTE = update(InboundMessage).where(InboundMessage.id == bindparam("row")).values(note=bindparam("text"))


@dataclass(frozen=True)
class Accepted:
    id: int
    duplicate: bool


def message_id_of(raw: bytes) -> str | None:
    """The Message-ID header, normalised; None when missing or unusable."""
    return identify(raw).message_id


@dataclass(frozen=True)
class Incoming:
    """One message to accept, with where it came from (the arguments of ``accept``)."""

    raw: bytes
    source: str
    source_ref: str | None = None
    envelope_from: str | None = None
    envelope_to: Sequence[str] | None = None
    received_at: dt.datetime | None = None


def accept(
    factory: sessionmaker[Session],
    raw: bytes,
    *,
    source: str,
    source_ref: str | None = None,
    envelope_from: str | None = None,
    envelope_to: Sequence[str] | None = None,
    received_at: dt.datetime | None = None,
) -> Accepted:
    """Commit the raw bytes (state ``new``) and return the row id; idempotent."""
    return accept_many(factory, [Incoming(raw, source, source_ref, envelope_from, envelope_to, received_at)])[0]


def accept_many(factory: sessionmaker[Session], items: Sequence[Incoming]) -> list[Accepted]:
    """Commit several messages in ONE transaction (group commit); all or nothing; idempotent.

    A busy SMTP intake gathers the messages that arrive while the previous
    commit runs and stores them together: the commit, the transaction set-up and
    the thread hand-off are paid once per batch instead of once per message.
    Nothing is acknowledged before the batch has committed. Duplicates, also
    within the batch, resolve to the row that was there first.
    """
    with factory() as db, db.begin():
        return store_batch(db.connection(), items)


def store_batch(conn: Connection, items: Sequence[Incoming]) -> list[Accepted]:
    """``accept_many`` inside a transaction the caller owns (e.g. on a connection it keeps open)."""
    now = dt.datetime.now(dt.timezone.utc)
    rows = [_values(item, now) for item in items]
    if not rows:
        return []
    # One multi-row INSERT; RETURNING names the rows that were new by their sha256,
    # every other item conflicted (here or earlier) and is looked up.
    params = rows[0] if len(rows) == 1 else rows  # a lone row skips the executemany machinery
    inserted = {sha: id_ for sha, id_ in conn.execute(insert_ignoring(_TABLE, conn.dialect.name, _RETURNING), params)}
    out: list[Accepted] = []
    new_ids: dict[int, str] = {}
    for values in rows:
        new_id = inserted.pop(values["sha256"], None)
        if new_id is None:
            key = values["redelivery_key"]
            out.append(Accepted(_find(conn, str(values["sha256"]), None if key is None else str(key)), True))
        else:
            out.append(Accepted(new_id, False))
            if values["message_id"] is not None:
                new_ids[new_id] = str(values["message_id"])
    if new_ids:
        _note_reused_ids(conn, new_ids)
    return out


def _values(item: Incoming, now: dt.datetime) -> dict[str, object]:
    ident = identify(item.raw)
    return dict(
        message_id=ident.message_id,
        redelivery_key=ident.redelivery_key,
        sha256=hashlib.sha256(item.raw).hexdigest(),
        raw=item.raw,
        source=item.source,
        source_ref=item.source_ref,
        envelope_from=item.envelope_from,
        envelope_to=list(item.envelope_to) if item.envelope_to else None,
        received_at=item.received_at or now,
        state="new",
        attempts=0,
    )


def _find(conn: Connection, sha: str, key: str | None) -> int:
    """The row a conflicting insert ran into (same transaction, so also one inserted just now)."""
    cond = _TABLE.c.sha256 == sha
    if key is not None:
        cond = or_(cond, _TABLE.c.redelivery_key == key)
    found = conn.execute(select(_TABLE.c.id).where(cond).order_by(_TABLE.c.id).limit(1)).scalar()
    if found is None:  # pragma: no cover - a conflict always leaves the other row behind
        raise RuntimeError(f"message {key or sha} conflicted but no stored copy was found")
    return int(found)


def _note_reused_ids(conn: Connection, new_ids: dict[int, str]) -> None:
    """Note on each new row whose Message-ID an earlier, different mail already used.

    Not an error: the mail is processed like any other. The note (and the
    warning) tell a person reading the row why two messages share one id.
    """
    first: dict[str, int] = {}
    for row_id, mid in conn.execute(_SAME_ID, {"mids": sorted(set(new_ids.values()))}):
        first.setdefault(mid, row_id)
    notes = [(row_id, mid, first[mid]) for row_id, mid in sorted(new_ids.items()) if first.get(mid, row_id) < row_id]
    if not notes:
        return
    conn.execute(
        _NOTE,
        [
            {
                "row": row_id,
                "text": f"Message-ID {mid} was used before by message #{earlier} with "
                "another sender, date or text; stored and processed as a message of its own",
            }
            for row_id, mid, earlier in notes
        ],
    )
    for row_id, mid, earlier in notes:
        log.warning(
            "message #%s reuses Message-ID %s of message #%s with another sender, date or text; "
            "stored and processed as a message of its own",
            row_id,
            mid,
            earlier,
            extra={"inbound_id": row_id, "message_id": mid},
        )
