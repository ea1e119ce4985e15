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

from sqlalchemy import or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from mailflow.db.models import InboundMessage

_HEADERS = BytesHeaderParser(policy=compat32)


@dataclass(frozen=True)
class Accepted:
    id: int
    duplicate: bool


def message_id_of(raw: bytes) -> str | None:
    """The Message-ID header, normalised; None when missing or unusable."""
    try:
        value = _HEADERS.parsebytes(raw[:65536]).get("Message-ID")
    except Exception:  # noqa: BLE001 - any header garbage means "no usable id"
        return None
    if value is None:
        return None
    value = " ".join(str(value).split()).strip()
    if not value or len(value) > 998:
        return None
    return value if value.startswith("<") else f"<{value.strip('<>')}>"


def accept(factory: sessionmaker[Session], raw: bytes, *, source: str, source_ref: str | None = None,
           envelope_from: str | None = None, envelope_to: Sequence[str] | None = None,
           received_at: dt.datetime | None = None) -> Accepted:
    """Commit the raw bytes (state ``new``) and return the row id; idempotent."""
    sha = hashlib.sha256(raw).hexdigest()
    mid = message_id_of(raw)
    values = dict(
        message_id=mid, sha256=sha, raw=raw, source=source, source_ref=source_ref,
        envelope_from=envelope_from, envelope_to=list(envelope_to) if envelope_to else None,
        received_at=received_at or dt.datetime.now(dt.timezone.utc), state="new", attempts=0)
    with factory() as db, db.begin():
        insert = sqlite_insert if db.get_bind().dialect.name == "sqlite" else pg_insert
        new_id = db.scalar(insert(InboundMessage).values(**values).on_conflict_do_nothing()
                           .returning(InboundMessage.id))
    if new_id is not None:
        return Accepted(new_id, False)
    found = _find(factory, sha, mid)
    if found is None:  # pragma: no cover - a conflict always leaves the other row behind
        raise RuntimeError(f"message {mid or sha} conflicted but no stored copy was found")
    return Accepted(found, True)


def _find(factory: sessionmaker[Session], sha: str, mid: str | None) -> int | None:
    cond = InboundMessage.sha256 == sha
    if mid is not None:
        cond = or_(cond, InboundMessage.message_id == mid)
    with factory() as db:
        return db.scalar(select(InboundMessage.id).where(cond).limit(1))
