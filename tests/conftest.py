"""Shared test fixtures. Keep this file small; document each fixture here.

Plain helpers and test data (``make_catalogue``, ``make_interp``, ``outbox`` ...)
live in ``tests/support.py``.

Time and catalogue
- ``now``: the corpus reference moment, 2026-11-22 12:00 Europe/Amsterdam (aware).
- ``catalogue``: ``support.make_catalogue()``, three small events built in code.
- ``settings``: default settings with our address ``aanmelden@mailflow.test``
  and Message-IDs under ``mailflow.test``.

Shared corpus
- ``shared_corpus``: ``../shared/corpus`` beside the checkout (``support.SHARED_CORPUS``).
  Tests that use it skip when it is absent, and fail instead when ``CI=true``
  (CI lays shared/ beside its clone, so a missing corpus there is a broken setup).

Options
- ``--fault-runs N`` / ``--fault-seed S`` / ``--fault-report FILE``: the fault injection
  (tests/test_faults.py, marker ``faults``): 6 runs by default, 200 in ``make long``, 150 in ``.ci/run``.

Databases (real ones, no mocks)
- ``db_url``: parametrised over ``sqlite`` (a fresh file in tmp_path) and
  ``postgresql`` (127.0.0.1:5432, user postgres, database ``test``, one schema
  per test session, selected by ``options=-csearch_path=<schema>`` in the URL).
  PostgreSQL tests skip when the server is unreachable, and fail instead when
  ``CI=true``.
- ``engine`` / ``factory``: an engine and session factory on ``db_url`` with all
  tables created (``Base.metadata.create_all``); PostgreSQL tables are emptied
  after each test.
- ``synced``: ``factory`` with ``catalogue`` synced into it (events and sessions rows).
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from mailflow.catalogue import Catalogue
from mailflow.config import Sender, Settings
from mailflow.db.engine import make_engine, make_session_factory
from mailflow.db.models import Base

from support import SHARED_CORPUS, at, make_catalogue

pytest_plugins = ("imap_server", "service_kit", "browser_kit")  # fixtures: ``dovecot`` (a real Dovecot),
#                                                             ``running`` (serve), ``chromium`` (a real browser)

PG_BASE = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--fault-runs", default="6", help="fault injection: runs (make long: 200, CI: 150)")
    parser.addoption("--fault-seed", default="13", help="fault injection: random seed")
    parser.addoption("--fault-report", default="", help="fault injection: write the summary to this file")


@pytest.fixture
def now() -> dt.datetime:
    return at(2026, 11, 22, 12)


@pytest.fixture
def catalogue() -> Catalogue:
    return make_catalogue()


@pytest.fixture
def settings() -> Settings:
    return Settings(
        path=None, sender=Sender(name="Secretariaat", address="aanmelden@mailflow.test", domain="mailflow.test")
    )


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    if not (SHARED_CORPUS / "labels.jsonl").is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(
                f"the shared corpus is required under CI=true: no labels.jsonl in {SHARED_CORPUS} "
                "(../shared/corpus beside the checkout)"
            )
        pytest.skip("the shared corpus (../shared/corpus beside the checkout) is absent")
    return SHARED_CORPUS


# --------------------------------------------------------------------------
# databases


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A URL into a fresh schema of the local PostgreSQL, dropped at the end of the session."""
    schema = f"mf_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_BASE, connect_args={"connect_timeout": 3})
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # noqa: BLE001 - any failure to connect means "no peer"
        admin.dispose()
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL at 127.0.0.1:5432 is required under CI=true: {exc}")
        pytest.skip(f"PostgreSQL at 127.0.0.1:5432 is not reachable: {type(exc).__name__}")
    url = f"{PG_BASE}?options=-csearch_path%3D{schema}"
    engine = make_engine(url)
    Base.metadata.create_all(engine)
    engine.dispose()
    yield url
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.peer("postgresql"))])
def db_url(request: pytest.FixtureRequest, tmp_path: object) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/mailflow.db"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    Base.metadata.create_all(engine)
    yield engine
    if engine.dialect.name == "postgresql":
        names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        with engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture
def factory(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture
def synced(factory: sessionmaker[Session], catalogue: Catalogue) -> sessionmaker[Session]:
    from mailflow.catalogue.sync import sync_catalogue  # imported here: a broken module fails its tests only

    with factory() as db, db.begin():
        sync_catalogue(db, catalogue)
    return factory
