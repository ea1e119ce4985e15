"""Engines and sessions for SQLite (embedded, one writer) and PostgreSQL (shared, many workers).

SQLite runs in WAL mode with a busy timeout so the SMTP intake, the worker and
the sender can share one file without "database is locked" errors, with
``synchronous=FULL`` unless configured otherwise, and its file private (0600).
"""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)
BEGIN_TIMEOUT = 30.0  # seconds a transaction waits for SQLite's write lock
READ_ONLY = "mailflow_read_only"  # execution option: this transaction only reads


def read_only(db: Session) -> None:
    """Declare the session's next transaction a reader (call before its first statement).

    On SQLite it then begins DEFERRED and never waits for, or blocks, a writer;
    elsewhere it changes nothing.
    """
    db.connection(execution_options={READ_ONLY: True})


SYNCHRONOUS = ("full", "normal")


def make_engine(url: str, *, sqlite_synchronous: str = "full", **kwargs: Any) -> Engine:
    """An engine for ``url``; on SQLite every commit is synced to disk first (``sqlite_synchronous``).

    ``full`` (the default): a commit, the intake's before its "250" included,
    survives a power cut. ``normal``: in WAL mode the newest commits may be lost
    on a power cut (never on a crash of mailflow alone); see docs/guarantees.md.
    """
    if sqlite_synchronous not in SYNCHRONOUS:
        raise ValueError(f"sqlite_synchronous must be one of {SYNCHRONOUS}, got {sqlite_synchronous!r}")
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:" and not path.startswith("file:"):
            private_database_file(Path(path.split("?", 1)[0]))
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, **kwargs)
        event.listen(engine, "connect", functools.partial(_sqlite_pragmas, sqlite_synchronous.upper()))
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def private_database_file(path: Path) -> None:
    """Create the SQLite file mode 0600 (its folder 0700) before SQLite does, and take away what
    other users may do with an existing one and its -wal/-shm files.

    The database holds every message, name and address. SQLite creates the file
    with the process's umask (0644 under the usual 022) and gives its -wal and
    -shm files the database file's mode, so creating the file first is enough.
    An existing file keeps its owner and group bits (a restore may make it 0640
    for a backup group), but loses those for everyone else.
    """
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        return
    except FileExistsError:
        pass
    for each in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            mode = each.stat().st_mode & 0o777
            if mode & 0o007:
                os.chmod(each, mode & 0o770)
                log.warning("%s was readable by every user on this host (mode %o); now %o", each, mode, mode & 0o770)
        except FileNotFoundError:
            continue
        except PermissionError:
            log.warning("%s is readable by every user on this host and not ours to change; `chmod o-rwx` it", each)


def _sqlite_pragmas(synchronous: str, dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy issue BEGIN itself so that writers take the lock up front.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute(f"PRAGMA synchronous={synchronous}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    """BEGIN IMMEDIATE, retried every millisecond while another process holds the write lock.

    IMMEDIATE: a transaction that will write takes the lock at once, which avoids
    deadlock-style SQLITE_BUSY on lock upgrade between processes. The retry is
    ours because SQLite's own busy handler backs off to 25-100 ms sleeps: a
    worker process that commits every few milliseconds would then keep the lock
    from the SMTP intake, whose "250" waits on it, for seconds (seen at 100 msg/s).
    """
    raw = conn.connection.driver_connection
    if conn.get_execution_options().get(READ_ONLY):
        raw.execute("BEGIN")  # a reader: WAL gives it a snapshot without taking the write lock
        return
    raw.execute("PRAGMA busy_timeout=0")
    deadline = time.monotonic() + BEGIN_TIMEOUT
    try:
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if time.monotonic() > deadline:
                    raise sqlite3.OperationalError(
                        f"database is locked: no write lock within {BEGIN_TIMEOUT:.0f} s; another process "
                        "(a second `mailflow serve`? a long command?) is holding it"
                    ) from exc
                time.sleep(0.001)
    finally:
        raw.execute(f"PRAGMA busy_timeout={int(BEGIN_TIMEOUT * 1000)}")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"
