"""Replies as files in a Maildir, for when no relay is configured: written exactly once, privately.

See ``MaildirTransport``; the failure classes are the transports' (``transport.py``).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from mailflow.config import ConfigError
from mailflow.outbound.transport import Refusals, TemporaryFailure


class MaildirTransport:
    """Deliver into a Maildir: one file per message in ``<path>/new``, written at most once.

    Used when no relay is configured (development, demos, or a secretariat that
    picks mail up with a local IMAP server); every reply stays inspectable.
    The folder and its ``cur``/``new``/``tmp`` are created when missing, also
    inside a folder that exists but is empty (as a deployment's ``install -d``
    or systemd's ``StateDirectory=`` leaves it), with mode 0700, and each file
    0600, because the replies carry names and addresses.

    A file is named by the SHA-256 of the mail's Message-ID (of its bytes when it
    has none) and linked into ``new/`` only when no file of that name is there
    yet, nor in ``cur/`` where a mail reader moves it (keeping the name before the
    ``:2,`` flags). So a mail written just before a crash, and not yet recorded as
    sent, is not written a second time after the restart: delivery to the Maildir
    is exactly once. The Message-ID, not the bytes, because campaign mail is
    composed when it is sent: after a crash the same mail comes out with another
    Date, but the same Message-ID.
    """

    idempotent = True

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._ready = False

    def open(self) -> None:
        """Create the Maildir now, so a folder that cannot be made stops the start, not every reply."""
        try:
            _maildir(self.path)
            self._ready = True
        except OSError as exc:
            raise ConfigError(
                f"[outbound] maildir: cannot create the Maildir {self.path}: "
                f"{exc.strerror or exc}; make the folder writable for the user that runs "
                "mailflow, or set [outbound] maildir to another folder"
            ) from None

    def close(self) -> None:
        pass

    def deliver(self, raw: bytes, mail_from: str, recipients: list[str]) -> Refusals:
        for attempt in (1, 2):
            try:
                if not self._ready:
                    _maildir(self.path)
                    self._ready = True
                write_once(self.path, raw)
                return {}
            except OSError as exc:
                self._ready = False  # the folder may have been moved away: set it up again once
                if attempt == 2:
                    raise TemporaryFailure(f"cannot write to Maildir {self.path}: {exc}") from exc
        return {}


_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(<[^<>\s]{3,900}>)[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)


def maildir_name(raw: bytes) -> str:
    """The file name of ``raw`` in the Maildir: a hash of its Message-ID, else of its bytes (no ``:``
    or ``/``; one name per mail, whatever else a resend changes)."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    found = _MESSAGE_ID.search(head)
    key = b"message-id " + found.group(1) if found else raw
    return f"{hashlib.sha256(key).hexdigest()[:40]}.mailflow"


def write_once(path: Path, raw: bytes) -> bool:
    """Write ``raw`` into ``path/new`` unless it is there (or in ``cur``) already; True when written.

    The bytes go to ``tmp/`` first, are synced, then hard-linked into ``new/``
    (a link never replaces an existing file) and the folder is synced: once this
    returns, the reply survives a power cut.
    """
    name = maildir_name(raw)
    if _present(path, name):
        return False
    tmp = path / "tmp" / f"{name}.{os.getpid()}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        _write_all(fd, raw)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path / "new" / name)
        written = True
    except FileExistsError:
        written = False
    finally:
        os.unlink(tmp)
    _sync_dir(path / "new")
    return written


def _write_all(fd: int, raw: bytes) -> None:
    view = memoryview(raw)
    while view:
        view = view[os.write(fd, view) :]


def _present(path: Path, name: str) -> bool:
    """Delivered before: in ``new/``, or in ``cur/`` under the same name plus a reader's suffix."""
    if (path / "new" / name).exists():
        return True
    try:
        with os.scandir(path / "cur") as entries:
            return any(e.name.startswith(name) for e in entries)
    except FileNotFoundError:
        return False


def _sync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _maildir(path: Path) -> None:
    """The Maildir at ``path`` with every subfolder in place, each mode 0700."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    for sub in ("tmp", "new", "cur"):
        (path / sub).mkdir(mode=0o700, exist_ok=True)
