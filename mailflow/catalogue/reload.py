"""A running ``serve`` follows the catalogue files: no restart after editing a session's time.

Every few seconds (and at once on SIGHUP) ``serve`` looks at the configured
catalogue files: their size and modification time first, which costs nothing,
and only when those moved, their content hash, so saving a file unchanged
reloads nothing. A changed catalogue is loaded and validated; an invalid one is
an ERROR with file:line and ``serve`` keeps answering with the catalogue it has,
as a half-typed edit must not take registration down. A valid one is synced
into the database (the same sync as ``mailflow events sync``, whose report is
logged) before the worker uses it, because registrations refer to session rows.
The caller then hands the new catalogue to whatever uses it (``on_change``).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from sqlalchemy.orm import Session, sessionmaker

from mailflow.aio import wait_any
from mailflow.catalogue import Catalogue, CatalogueError, load_catalogue
from mailflow.catalogue.sync import SyncReport, sync_catalogue

log = logging.getLogger("mailflow.catalogue")
CHECK_INTERVAL = 2.0  # seconds between looks at the files

Stamp = tuple[tuple[str, int, int], ...]


def stamp(paths: Sequence[Path]) -> Stamp:
    """(path, mtime in ns, size) of each file; a missing file reads as (path, -1, -1)."""
    out = []
    for p in paths:
        try:
            st = os.stat(p)
            out.append((str(p), st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((str(p), -1, -1))
    return tuple(out)


def content_hash(paths: Sequence[Path]) -> str:
    """sha256 over the files' names and bytes (a missing or unreadable file counts as such)."""
    digest = hashlib.sha256()
    for p in paths:
        digest.update(str(p).encode() + b"\0")
        try:
            digest.update(p.read_bytes())
        except OSError as exc:
            digest.update(f"\0unreadable: {exc.strerror}".encode())
        digest.update(b"\0")
    return digest.hexdigest()


class FileWatch:
    """What the catalogue files looked like when they were last loaded (or found invalid)."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self.paths = tuple(paths)
        self._stamp, self._hash = stamp(self.paths), content_hash(self.paths)

    def changed(self, force: bool = False) -> str | None:
        """The new content hash when the files changed since ``settle``; ``force`` skips the stat shortcut."""
        now = stamp(self.paths)
        if now == self._stamp and not force:
            return None
        self._stamp = now
        new = content_hash(self.paths)
        return None if new == self._hash else new

    def settle(self, new_hash: str) -> None:
        """This content has been dealt with (loaded, or reported invalid): do not act on it again."""
        self._hash = new_hash

    def recheck(self) -> None:
        """Dealing with the change failed for a passing reason (the database): look again next time."""
        self._stamp = ()


@dataclass(frozen=True)
class Reloaded:
    catalogue: Catalogue
    report: SyncReport


def reload_catalogue(paths: Sequence[Path], factory: sessionmaker[Session]) -> Reloaded:
    """Load and validate the files, then sync them into the database; raises CatalogueError or a database error."""
    catalogue = load_catalogue(paths)
    with factory() as db, db.begin():
        report = sync_catalogue(db, catalogue)
    return Reloaded(catalogue, report)


async def follow_catalogue(
    paths: Sequence[Path],
    factory: sessionmaker[Session],
    stop: asyncio.Event,
    hup: asyncio.Event,
    on_change: Callable[[Catalogue], None],
    *,
    interval: float = CHECK_INTERVAL,
    watch: FileWatch | None = None,
) -> None:
    """Until ``stop``: every ``interval`` seconds, or when ``hup`` is set, reload a changed catalogue.

    ``watch``: the files as they were when the catalogue in use was loaded (serve takes it before it
    says it is ready, so an edit right after that is not mistaken for the starting point).
    """
    watch = watch or FileWatch(paths)
    while not stop.is_set():
        await wait_any((stop, hup), interval)
        if stop.is_set():
            return
        forced = hup.is_set()
        hup.clear()
        new_hash = await asyncio.to_thread(watch.changed, forced)
        if new_hash is None:
            if forced:
                log.info("catalogue files unchanged; nothing to reload")
            continue
        await _reload(watch, new_hash, factory, on_change)


async def _reload(
    watch: FileWatch, new_hash: str, factory: sessionmaker[Session], on_change: Callable[[Catalogue], None]
) -> None:
    names = ", ".join(str(p) for p in watch.paths)
    try:
        done = await asyncio.to_thread(reload_catalogue, watch.paths, factory)
    except CatalogueError as exc:
        watch.settle(new_hash)
        log.error(
            "catalogue not reloaded, still using the previous one: %s; fix the file and save it again "
            "(`mailflow events check FILE` shows every mistake)",
            exc,
        )
        return
    except Exception:  # noqa: BLE001 - e.g. the database is down: keep the old catalogue, try again
        watch.recheck()
        log.exception("catalogue changed but could not be synced into the database; trying again in a moment")
        return
    watch.settle(new_hash)
    on_change(done.catalogue)
    log.info(
        "catalogue reloaded from %s: %s",
        names,
        str(done.report).replace("\n", ";"),
        extra={"events": len(done.catalogue.events), "sessions": len(done.catalogue.sessions)},
    )
