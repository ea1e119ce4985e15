"""Accept a raw message: commit its bytes before anything else happens.

Every intake (SMTP, LMTP, IMAP, files) calls ``accept`` and only reports
success to its peer after it returns. Duplicates (same Message-ID, or same
bytes) are recognised by the database's unique indexes, so a message delivered
twice, or re-read after a crash, is stored and processed once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import Sequence

from sqlalchemy import Connection, or_, select
from sqlalchemy.orm import Session, sessionmaker

from mailflow.db.models import InboundMessage
from mailflow.db.upsert import insert_ignoring

_HEADERS = BytesHeaderParser(policy=compat32)
_TABLE = InboundMessage.__table__
_RETURNING = (_TABLE.c.sha256, _TABLE.c.id)


@dataclass(frozen=True)
class Accepted:
    id: int
    duplicate: bool


def message_id_of(raw: bytes) -> str | None:
    """The Message-ID header, normalised; None when missing or unusable."""
    try:
        value = _HEADERS.parsebytes(_header_block(raw)).get("Message-ID")
    except Exception:  # noqa: BLE001 - any header garbage means "no usable id"
        return None
    if value is None:
        return None
    value = " ".join(str(value).split()).strip()
    if not value or len(value) > 998:
        return None
    return value if value.startswith("<") else f"<{value.strip('<>')}>"


def _header_block(raw: bytes) -> bytes:
    """The header section up to and including the blank line (at most 64 KiB).

    The header parser would stop there anyway, but it still reads the whole body
    line by line; cutting first saves that (2x on a 5 KB mail, more on big ones).
    """
    head = raw[:65536]
    ends = [i + len(sep) for sep in (b"\r\n\r\n", b"\n\n") if (i := head.find(sep)) >= 0]
    return head[:min(ends)] if ends else head


@dataclass(frozen=True)
class Incoming:
    """One message to accept, with where it came from (the arguments of ``accept``)."""

    raw: bytes
    source: str
    source_ref: str | None = None
    envelope_from: str | None = None
    envelope_to: Sequence[str] | None = None
    received_at: dt.datetime | None = None


def accept(factory: sessionmaker[Session], raw: bytes, *, source: str, source_ref: str | None = None,
           envelope_from: str | None = None, envelope_to: Sequence[str] | None = None,
           received_at: dt.datetime | None = None) -> Accepted:
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
    inserted = {sha: id_ for sha, id_ in conn.execute(insert_ignoring(_TABLE, conn.dialect.name, _RETURNING),
                                                              params)}
    out: list[Accepted] = []
    for values in rows:
        new_id = inserted.pop(values["sha256"], None)
        if new_id is None:
            mid = values["message_id"]
            out.append(Accepted(_find(conn, str(values["sha256"]), None if mid is None else str(mid)), True))
        else:
            out.append(Accepted(new_id, False))
    return out


def _values(item: Incoming, now: dt.datetime) -> dict[str, object]:
    return dict(
        message_id=message_id_of(item.raw), sha256=hashlib.sha256(item.raw).hexdigest(), raw=item.raw,
        source=item.source, source_ref=item.source_ref, envelope_from=item.envelope_from,
        envelope_to=list(item.envelope_to) if item.envelope_to else None,
        received_at=item.received_at or now, state="new", attempts=0)


def _find(conn: Connection, sha: str, mid: str | None) -> int:
    """The row a conflicting insert ran into (same transaction, so also one inserted just now)."""
    cond = _TABLE.c.sha256 == sha
    if mid is not None:
        cond = or_(cond, _TABLE.c.message_id == mid)
    found = conn.execute(select(_TABLE.c.id).where(cond).order_by(_TABLE.c.id).limit(1)).scalar()
    if found is None:  # pragma: no cover - a conflict always leaves the other row behind
        raise RuntimeError(f"message {mid or sha} conflicted but no stored copy was found")
    return int(found)
