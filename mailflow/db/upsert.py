"""INSERT ... ON CONFLICT DO NOTHING on SQLite and PostgreSQL, built once per table.

The database's unique indexes decide what may exist once (a message, a person,
a queued reply); inserting and letting the index refuse is both race-safe and
cheaper than looking first and catching an IntegrityError in a savepoint.
A statement object caches its compiled form, so each is built only once.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.sql.dml import Insert

_DIALECTS: dict[str, Callable[[Any], Any]] = {"sqlite": sqlite_insert, "postgresql": pg_insert}


@lru_cache(maxsize=32)
def insert_ignoring(table: Any, dialect: str, returning: tuple[Any, ...] = ()) -> Insert:
    """``INSERT`` that skips rows a unique index refuses; RETURNING names only the rows it wrote."""
    stmt = _insert(dialect, table).on_conflict_do_nothing()
    return stmt.returning(*returning) if returning else stmt


@lru_cache(maxsize=32)
def upsert_person(dialect: str) -> Insert:
    """One statement for "the person with this address": inserted when new, the name filled in when
    it was missing, and the row returned either way (as an ORM entity when run on a Session)."""
    from sqlalchemy import func

    from mailflow.db.models import Person

    stmt = _insert(dialect, Person)
    return stmt.on_conflict_do_update(
        index_elements=[Person.email],
        set_={"name": func.coalesce(Person.name, stmt.excluded.name)},
    ).returning(Person)


def _insert(dialect: str, target: Any) -> Any:
    """The dialect's own INSERT construct (the one with ON CONFLICT)."""
    try:
        return _DIALECTS[dialect](target)
    except KeyError:
        raise ValueError(f"mailflow supports SQLite and PostgreSQL, not {dialect!r}") from None
