"""SQLite locking as the processes of `serve` rely on it: readers never wait, writers take turns."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from mailflow.db import engine as engine_mod
from mailflow.db.engine import make_engine, make_session_factory, read_only


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "x.db"
    e = make_engine(f"sqlite:///{path}")
    with e.begin() as c:
        c.execute(text("CREATE TABLE t (x INTEGER)"))
    e.dispose()
    return path


def other_writer(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    con.execute("BEGIN IMMEDIATE")
    return con


def test_a_reader_does_not_wait_for_a_writer(db_path: Path) -> None:
    # The worker reads a message's bytes while the intake commits the next one.
    holder = other_writer(db_path)
    factory = make_session_factory(make_engine(f"sqlite:///{db_path}"))
    started = time.monotonic()
    with factory() as db, db.begin():
        read_only(db)
        assert db.execute(text("SELECT count(*) FROM t")).scalar() == 0
    assert time.monotonic() - started < 1.0
    holder.execute("ROLLBACK")


def test_a_writer_gets_the_lock_as_soon_as_it_is_free(db_path: Path) -> None:
    # Polled every millisecond: a writer released after 0.2 s is followed at once, not after a backoff.
    holder = other_writer(db_path)
    threading.Timer(0.2, lambda: holder.execute("COMMIT")).start()
    factory = make_session_factory(make_engine(f"sqlite:///{db_path}"))
    with factory() as db, db.begin():
        db.execute(text("INSERT INTO t VALUES (1)"))
    with factory() as db:
        assert db.execute(text("SELECT count(*) FROM t")).scalar() == 1


def test_a_writer_gives_up_after_the_timeout(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_mod, "BEGIN_TIMEOUT", 0.2)
    holder = other_writer(db_path)
    factory = make_session_factory(make_engine(f"sqlite:///{db_path}"))
    with pytest.raises((OperationalError, sqlite3.OperationalError), match="locked"):
        with factory() as db, db.begin():
            db.execute(text("INSERT INTO t VALUES (1)"))
    holder.execute("ROLLBACK")


def test_the_database_and_its_wal_are_private_whatever_the_umask(tmp_path: Path) -> None:
    # Issue 13.9: under umask 022 the database, -wal and -shm files were 0644 (every local user
    # could read every message). mailflow creates the file 0600 (its new folder 0700) first, and
    # SQLite gives -wal and -shm the database file's mode.
    import os

    old = os.umask(0o022)
    try:
        path = tmp_path / "var" / "mailflow.db"
        e = make_engine(f"sqlite:///{path}")
        with e.begin() as c:
            c.execute(text("CREATE TABLE t (x INTEGER)"))
            c.execute(text("INSERT INTO t VALUES (1)"))
            modes = {p.name: p.stat().st_mode & 0o777 for p in path.parent.iterdir()}
        e.dispose()
    finally:
        os.umask(old)
    assert modes == {"mailflow.db": 0o600, "mailflow.db-wal": 0o600, "mailflow.db-shm": 0o600}
    assert path.parent.stat().st_mode & 0o777 == 0o700


def test_an_existing_world_readable_database_is_closed_to_other_users(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    sqlite3.connect(path).close()
    path.chmod(0o644)
    make_engine(f"sqlite:///{path}").dispose()
    assert path.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("setting", ["full", "normal"])
def test_every_commit_is_synced_unless_configured_otherwise(tmp_path: Path, setting: str) -> None:
    # Issue 13.10: "250" means on disk, also after a power cut (synchronous=FULL, 2); "normal" (1)
    # is the documented faster choice.
    e = make_engine(f"sqlite:///{tmp_path}/s.db", sqlite_synchronous=setting)
    with e.connect() as c:
        assert c.execute(text("PRAGMA synchronous")).scalar() == {"full": 2, "normal": 1}[setting]
    e.dispose()
    with pytest.raises(ValueError, match="sqlite_synchronous"):
        make_engine(f"sqlite:///{tmp_path}/s.db", sqlite_synchronous="off")
