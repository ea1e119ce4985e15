"""The composition root: settings -> catalogue, engine, sessions, transports.

Built once per process by the CLI and passed down; nothing is created at import
time, so tests build their own with their own settings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from mailflow.catalogue import Catalogue, load_catalogue
from mailflow.config import Settings, load_settings
from mailflow.db.engine import make_engine, make_session_factory


class SchemaError(RuntimeError):
    """The database schema is older than this code; the message says what to run."""


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass
class App:
    settings: Settings
    catalogue: Catalogue
    engine: Engine
    factory: sessionmaker[Session]
    clock: Callable[[], dt.datetime] = utc_now

    @property
    def own_addresses(self) -> tuple[str, ...]:
        return self.settings.own_addresses(self.catalogue)

    def close(self) -> None:
        self.engine.dispose()


def build_app(settings: Settings, *, migrate: bool = False, sync: bool = False) -> App:
    """Wire the pieces; ``migrate`` upgrades the schema, ``sync`` loads the catalogue into it."""
    catalogue = load_catalogue(settings.catalogue_files)
    engine = make_engine(settings.database_url, sqlite_synchronous=settings.sqlite_synchronous)
    app = App(settings, catalogue, engine, make_session_factory(engine))
    if migrate:
        from mailflow.db.migrate import upgrade

        upgrade(engine)
    else:
        ensure_schema_current(engine)
    if sync:
        from mailflow.catalogue.sync import sync_catalogue

        with app.factory() as db, db.begin():
            sync_catalogue(db, catalogue)
    return app


def ensure_schema_current(engine: Engine) -> None:
    from mailflow.db.migrate import current_revision, head_revision

    current, head = current_revision(engine), head_revision()
    if current != head:
        raise SchemaError(
            f"database {engine.url.render_as_string(hide_password=True)} is at schema revision "
            f"{current or 'none'}, this mailflow needs {head}; run `mailflow db upgrade` first"
        )


def load_app(config: Path | None, *, migrate: bool = False, sync: bool = False) -> App:
    return build_app(load_settings(config), migrate=migrate, sync=sync)
