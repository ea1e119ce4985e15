"""A database that goes away under a working worker (issue 13, point 2), on a real PostgreSQL.

The worker's own login is switched off and its connections terminated in the
middle of a batch, as a restarted or failed-over server does: nothing may stay
``processing`` once the database is back, nothing is counted against the mail,
and every message is processed exactly once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from mailflow.catalogue import Catalogue
from mailflow.config import Settings
from mailflow.db.engine import make_engine, make_session_factory
from mailflow.db.models import InboundMessage, Registration
from mailflow.intake.store import accept
from mailflow.pipeline import Pipeline, _pass, process_pending, understand_message, worker_identity

from support import raw_mail

pytestmark = pytest.mark.peer("postgresql")


@pytest.fixture
def worker_role(pg_url: str, synced: sessionmaker[Session]) -> Iterator[tuple[str, Any]]:
    """A login role of its own for the worker, on the test schema; yields (its URL, the admin engine)."""
    role = f"mf_worker_{uuid.uuid4().hex[:8]}"
    url = make_url(pg_url)
    schema = url.query["options"].split("=", 1)[1]
    admin = create_engine(url.set(query={}), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        c.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO "{role}"'))
        c.execute(text(f'GRANT ALL ON ALL TABLES IN SCHEMA "{schema}" TO "{role}"'))
        c.execute(text(f'GRANT ALL ON ALL SEQUENCES IN SCHEMA "{schema}" TO "{role}"'))
    try:
        yield url.set(username=role).render_as_string(hide_password=False), (admin, role)
    finally:
        with admin.connect() as c:
            c.execute(text(f'ALTER ROLE "{role}" LOGIN'))
            c.execute(text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}'"))
            c.execute(text(f'DROP OWNED BY "{role}"'))
            c.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_database_outage_mid_batch_strands_nothing(
    worker_role, synced, catalogue: Catalogue, settings: Settings, now: dt.datetime
) -> None:
    # The fifth message's transaction loses its connection and the database refuses new ones:
    # the worker cannot even record the failure. Once the database is back, its next pass gives
    # the batch back and processes every message once, none counted as a failed attempt.
    url, (admin, role) = worker_role
    n = 20
    for i in range(n):
        accept(
            synced,
            raw_mail(i, sender=f"p{i}@utrecht.nl", body="Ik wil graag aansluiten in Haarlem."),
            source="smtp",
            envelope_to=["d-loket@vng.nl"],
        )
    calls = 0

    def understand_then_fail_over(raw: bytes, cat: Catalogue, **kw: Any):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 5:
            with admin.connect() as c:
                c.execute(text(f'ALTER ROLE "{role}" NOLOGIN'))
                c.execute(text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}'"))
        return understand_message(raw, cat, **kw)

    engine = make_engine(url, connect_args={"connect_timeout": 3})
    try:
        p = Pipeline(
            catalogue,
            settings,
            make_session_factory(engine),
            lambda: now,
            understand=understand_then_fail_over,
            worker_id=worker_identity(os.getpid()),
        )
        with pytest.raises(Exception):
            process_pending(p, batch=100)
        with synced() as db:
            stuck = db.scalar(select(func.count()).where(InboundMessage.state == "processing"))
        assert stuck == n - 4  # the database was gone: not even the give-back could be written
        with admin.connect() as c:
            c.execute(text(f'ALTER ROLE "{role}" LOGIN'))
        assert _pass(dataclasses.replace(p, understand=understand_message), 100, True, True) == n - 4
    finally:
        engine.dispose()
    with synced() as db:
        states = dict(db.execute(select(InboundMessage.state, func.count()).group_by(InboundMessage.state)).all())
        attempts = db.scalar(select(func.max(InboundMessage.attempts)))
        registrations = db.scalar(select(func.count()).select_from(Registration))
    assert states == {"processed": n} and attempts == 0 and registrations == n
