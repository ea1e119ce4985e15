"""Alembic migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError, OperationalError

from mailflow.db.engine import make_engine
from mailflow.db.migrate import current_revision, head_revision, upgrade
from mailflow.db.models import Base

PG_URL = os.environ.get("MAILFLOW_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def pg_schema_engine() -> Iterator[Engine]:
    try:
        admin = make_engine(PG_URL)
        with admin.connect() as c:
            c.execute(text("select 1"))
    except OperationalError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL at {PG_URL} is required under CI=true: {exc.orig}")
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}")
    schema = f"mig_{uuid.uuid4().hex[:10]}"
    with admin.begin() as c:
        c.execute(text(f"CREATE SCHEMA {schema}"))
    engine = make_engine(PG_URL, connect_args={"options": f"-csearch_path={schema}"})
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as c:
            c.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        e = make_engine(f"sqlite:///{tmp_path}/m.db")
        yield e
        e.dispose()
    else:
        yield from pg_schema_engine()


def test_upgrade_matches_models_and_is_idempotent(engine: Engine) -> None:
    # `mailflow db upgrade` twice is safe, and the result is what the ORM expects.
    upgrade(engine)
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_database_enforces_the_invariants(engine: Engine) -> None:
    # One active registration per person and session; lower-case e-mail addresses.
    upgrade(engine)
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO events (id, key, mailbox, title, language, timezone, status) "
                "VALUES (1, 'e', 'a@b.nl', 'E', 'nl', 'Europe/Amsterdam', 'open')"
            )
        )
        c.execute(
            text(
                "INSERT INTO sessions (id, key, event_id, title, starts, ends, online, status, sequence) "
                "VALUES (1, 's', 1, 'S', '2030-01-01 09:00', '2030-01-01 10:00', false, 'open', 0)"
            )
        )
        c.execute(
            text("INSERT INTO people (id, email, bouncing, created_at) VALUES (1, 'p@x.nl', false, '2026-01-01')")
        )
    reg = (
        "INSERT INTO registrations (person_id, session_id, status, calendar_uid, sequence, created_at, updated_at)"
        " VALUES (1, 1, :st, :uid, 0, '2026-01-01', '2026-01-01')"
    )
    with engine.begin() as c:
        c.execute(text(reg), {"st": "cancelled", "uid": "u1"})
        c.execute(text(reg), {"st": "confirmed", "uid": "u2"})
    with pytest.raises(IntegrityError):
        with engine.begin() as c:
            c.execute(text(reg), {"st": "waitlisted", "uid": "u3"})
    with pytest.raises(IntegrityError):
        with engine.begin() as c:
            c.execute(
                text("INSERT INTO people (email, bouncing, created_at) VALUES ('Upper@x.nl', false, '2026-01-01')")
            )


def test_0002_copies_queued_recipients_so_the_daily_limit_still_counts_them(engine: Engine) -> None:
    # Mail queued before the upgrade must count towards max_replies_per_day after it.
    import datetime as dt

    from sqlalchemy.orm import Session

    from mailflow.apply.snapshot import replies_today_many

    upgrade(engine, "0001")
    now = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.timezone.utc)
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO outbound_messages (id, message_id, kind, mail_from, recipients, raw, state, "
                "attempts, next_attempt_at, created_at) VALUES (1, '<m1@x>', 'confirmation', 'a@b.nl', "
                ":rcpt, :raw, 'sent', 1, :at, :at)"
            ),
            {"rcpt": '["Jan@X.nl", "cc@x.nl"]', "raw": b"x", "at": now - dt.timedelta(hours=1)},
        )
    upgrade(engine)
    with Session(engine) as db:
        assert replies_today_many(db, ["jan@x.nl", "cc@x.nl", "other@x.nl"], now) == {"jan@x.nl": 1, "cc@x.nl": 1}
        assert replies_today_many(db, ["jan@x.nl"], now + dt.timedelta(days=1)) == {}


def test_0004_keys_stored_messages_so_their_redeliveries_are_still_recognised(engine: Engine) -> None:
    # A message stored before the upgrade, delivered again after it (another Received header),
    # is the same message; a different mail reusing its Message-ID is a new one. Queued replies
    # count give_up_after from when they were created, and keep their recipient rows.
    import datetime as dt

    from mailflow.db.engine import make_session_factory
    from mailflow.db.models import OutboundMessage
    from mailflow.intake.store import accept

    upgrade(engine, "0003")
    raw = (
        b"From: a@x.nl\r\nTo: d-loket@vng.nl\r\nMessage-ID: <old@x.nl>\r\nDate: Sun, 22 Nov 2026 10:00:00 +0100"
        b"\r\n\r\nUtrecht graag.\r\n"
    )
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO inbound_messages (id, message_id, sha256, raw, source, received_at, state, "
                "attempts) VALUES (7, '<old@x.nl>', 'abc', :raw, 'smtp', '2026-11-22 09:00', 'processed', 1)"
            ),
            {"raw": raw},
        )
        c.execute(
            text(
                "INSERT INTO outbound_messages (id, message_id, kind, mail_from, recipients, raw, state, "
                "attempts, next_attempt_at, created_at) VALUES (3, '<r@x>', 'confirmation', 'a@b.nl', "
                "'[\"a@x.nl\"]', :raw, 'queued', 2, :at, :at)"
            ),
            {"raw": b"x", "at": dt.datetime(2026, 11, 22, 9)},
        )
        c.execute(
            text("INSERT INTO outbound_recipients (outbound_id, address, created_at) VALUES (3, 'a@x.nl', :at)"),
            {"at": dt.datetime(2026, 11, 22, 9)},
        )
    upgrade(engine)
    factory = make_session_factory(engine)
    with factory() as db:
        row = db.get_one(OutboundMessage, 3)
        assert row.queued_at == row.created_at == dt.datetime(2026, 11, 22, 9, tzinfo=dt.timezone.utc)
        assert len(db.scalars(text("SELECT id FROM outbound_recipients")).all()) == 1
    again = accept(factory, b"Received: from mx2 by mx1\r\n" + raw, source="smtp")
    assert (again.id, again.duplicate) == (7, True)
    other = accept(factory, raw.replace(b"Utrecht", b"Arnhem"), source="smtp")
    assert not other.duplicate and other.id != 7


def test_0006_keeps_the_sequence_calendars_last_saw(engine: Engine) -> None:
    # Before 0006 the SEQUENCE sent was the registration's plus its session's; after it the registration
    # holds the whole number. An invite already out (session moved once, registration changed once: 2)
    # must not be followed by a lower SEQUENCE, and the entry counts as showing the current session.
    upgrade(engine, "0004")
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO events (id, key, mailbox, title, language, timezone, status) "
                "VALUES (1, 'e', 'a@b.nl', 'E', 'nl', 'Europe/Amsterdam', 'open')"
            )
        )
        c.execute(
            text(
                "INSERT INTO sessions (id, key, event_id, title, starts, ends, online, status, sequence) "
                "VALUES (1, 's', 1, 'S', '2030-01-01 09:00', '2030-01-01 10:00', false, 'open', 1)"
            )
        )
        c.execute(
            text("INSERT INTO people (id, email, bouncing, created_at) VALUES (1, 'p@x.nl', false, '2026-01-01')")
        )
        c.execute(
            text(
                "INSERT INTO registrations (person_id, session_id, status, calendar_uid, sequence, created_at, "
                "updated_at) VALUES (1, 1, 'confirmed', 'u1', 1, '2026-01-01', '2026-01-01')"
            )
        )
    upgrade(engine)
    with engine.connect() as c:
        row = c.execute(text("SELECT sequence, session_sequence, online_url_sent FROM registrations")).one()
    assert tuple(row) == (2, 1, None)
