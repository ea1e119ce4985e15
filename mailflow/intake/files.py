"""File intake: .eml files, mbox files and Maildir folders through the same ``accept``.

For loading an archive (a mailbox exported from Outlook or Thunderbird, a
folder of saved mails) or replaying mail by hand. Every message gets a
``source_ref`` (the file, or ``file#n`` for the n-th message of an mbox) so
``mailflow explain`` can point back at where it came from.

Bytes are stored exactly as read, line endings included: the understanding
copes with LF and CRLF, and rewriting would change the sha256 that makes a
second import of the same archive a no-op. Only the mbox "From " separator is
removed, by the standard library, since it is not part of the message.

What is an mbox is decided by the name (``.mbox``/``.mbx``) or by the operator
(``--mbox``), never by a leading "From " line: a saved bounce starts with one
too, and splitting it at the unescaped "From " of the returned original turns
that original into a second inbound message, which could then be registered.
"""

from __future__ import annotations

import mailbox
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from sqlalchemy.orm import Session, sessionmaker

from mailflow.intake.store import accept

SOURCE = "file"
MBOX_SUFFIXES = (".mbox", ".mbx")
MESSAGE_SUFFIXES = (".eml", *MBOX_SUFFIXES)  # what a plain directory walk picks up
_REF_MAX = 500  # inbound_messages.source_ref column width


@dataclass
class IngestReport:
    """What an import did: counts, the new row ids, one line per thing that could not be read,
    and hints (read, but perhaps not as the operator meant)."""

    new: int = 0
    duplicate: int = 0
    unreadable: list[str] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"{self.new} new, {self.duplicate} already known, {len(self.unreadable)} unreadable"


def ingest_paths(
    factory: sessionmaker[Session], paths: Iterable[str | os.PathLike[str]], *, mbox: bool = False
) -> IngestReport:
    """Store every message found under ``paths``; each commit is its own (idempotent) transaction.

    ``mbox`` reads the files named in ``paths`` as mbox files whatever their
    name (files found by walking a folder go by their suffix). A file that
    cannot be read is reported and skipped; a database error is not the file's
    fault and propagates, so the caller can say the database is down instead
    of blaming thousands of files.
    """
    report = IngestReport()
    for path in paths:
        for ref, raw in iter_messages(Path(path), report.unreadable, mbox=mbox, hints=report.hints):
            result = accept(factory, raw, source=SOURCE, source_ref=_ref(ref))
            if result.duplicate:
                report.duplicate += 1
            else:
                report.new += 1
                report.ids.append(result.id)
    return report


def iter_messages(
    path: Path, errors: list[str], *, mbox: bool = False, hints: list[str] | None = None
) -> Iterator[tuple[str, bytes]]:
    """Yield (source_ref, raw bytes) for each message under ``path``; append problems to ``errors``.

    ``path`` is split as an mbox when its name ends in .mbox/.mbx or ``mbox`` is
    true; anything else is one message (see the module docstring for why).
    """
    if path.is_dir():
        if is_maildir(path):
            yield from _maildir(path, errors)
            return
        try:
            children = sorted(path.iterdir())
        except OSError as exc:
            errors.append(f"{path}: cannot list the folder: {exc.strerror}")
            return
        for child in children:
            if child.name.startswith("."):
                continue
            if child.is_dir() or child.name.lower().endswith(MESSAGE_SUFFIXES):
                yield from iter_messages(child, errors, hints=hints)
        return
    if mbox or path.name.lower().endswith(MBOX_SUFFIXES):
        yield from _mbox(path, errors)
        return
    for ref, raw in _single(path, errors):
        if raw.startswith(b"From ") and hints is not None:
            hints.append(
                f"{path}: starts with a 'From ' line but was read as one message; "
                "if it is an mbox file, import it with --mbox"
            )
        yield ref, raw


def is_maildir(path: Path) -> bool:
    """A Maildir has cur/ and new/ (tmp/ holds deliveries in progress, which we never read)."""
    return (path / "cur").is_dir() and (path / "new").is_dir()


def _single(path: Path, errors: list[str]) -> Iterator[tuple[str, bytes]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        errors.append(f"{path}: cannot read: {exc.strerror or exc}")
        return
    if not raw.strip():
        errors.append(f"{path}: empty file, not a message")
        return
    yield str(path.absolute()), raw


def _maildir(path: Path, errors: list[str]) -> Iterator[tuple[str, bytes]]:
    # Read new/ and cur/ directly rather than via mailbox.Maildir, so source_ref is
    # the real file name; Maildir++ subfolders (.Sent, .Trash) are left alone on purpose.
    for sub in ("new", "cur"):
        try:
            files = sorted(p for p in (path / sub).iterdir() if not p.name.startswith(".") and p.is_file())
        except OSError as exc:
            errors.append(f"{path / sub}: cannot list the folder: {exc.strerror}")
            continue
        for file in files:
            yield from _single(file, errors)


def _mbox(path: Path, errors: list[str]) -> Iterator[tuple[str, bytes]]:
    try:
        box = mailbox.mbox(str(path), create=False)
        keys = box.keys()
    except (OSError, mailbox.Error) as exc:
        errors.append(f"{path}: cannot read as mbox: {exc}")
        return
    where = str(path.absolute())
    if not keys:
        box.close()
        if path.stat().st_size:
            errors.append(
                f"{path}: no messages found: an mbox file starts with a 'From ' line; save a single message as .eml"
            )
        return
    try:
        for n, key in enumerate(keys, 1):
            try:
                raw = box.get_bytes(key)
            except (OSError, mailbox.Error, KeyError) as exc:
                errors.append(f"{path}#{n}: cannot read message {n}: {exc}")
                continue
            if not raw.strip():
                errors.append(f"{path}#{n}: empty message")
                continue
            yield f"{where}#{n}", raw
    finally:
        box.close()


def _ref(ref: str) -> str:
    """Keep the informative end of a very long path within the column width."""
    return ref if len(ref) <= _REF_MAX else "..." + ref[-(_REF_MAX - 3) :]
