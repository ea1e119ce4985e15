"""IMAP connection primitives: connect, authenticate, find or create folders, move, check.

Kept apart from the worker loop so that ``mailflow mailbox check`` and the
worker share exactly the same connection code: if the check passes, the worker
connects the same way. Every socket call carries the mailbox's timeout, so a
silent server can stall a mailbox for at most ``timeout`` seconds, never hang it.
"""

from __future__ import annotations

import logging
import shlex
import socket
import ssl
import subprocess
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

from imapclient import IMAPClient, SocketTimeout
from imapclient.imapclient import SENT
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from mailflow.config import Mailbox
from mailflow.tls import client_context, untrusted

log = logging.getLogger("mailflow.imap")

#: Errors after which reconnecting (with backoff) is the right answer.
NETWORK_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    socket.timeout,
    ssl.SSLError,
    IMAPClientAbortError,
    ConnectionError,
    EOFError,
)
DELETED = b"\\Deleted"
SEEN = b"\\Seen"


class MailboxAuthError(Exception):
    """Login refused or credentials missing: retrying quickly will not help, a person must act."""


class MailboxTLSError(Exception):
    """The server's certificate does not verify: a setting to fix (``key``), not a network hiccup."""

    def __init__(self, message: str, key: str) -> None:
        super().__init__(message)
        self.key = key


def connect(mailbox: Mailbox) -> IMAPClient:
    """Open, secure and authenticate a connection as configured.

    Raises MailboxAuthError, MailboxTLSError (an untrusted certificate: the
    message names ``ca_file``) or a network error.
    """
    timeout = SocketTimeout(connect=mailbox.timeout, read=mailbox.timeout)
    context = client_context(mailbox.ca_file) if mailbox.tls != "none" else None
    try:
        client = IMAPClient(
            mailbox.host, mailbox.port, ssl=mailbox.tls == "implicit", ssl_context=context, timeout=timeout
        )
    except ssl.SSLCertVerificationError as exc:
        raise MailboxTLSError(*untrusted(exc, f"{mailbox.host}:{mailbox.port}", "mailbox")) from None
    try:
        if mailbox.tls == "starttls":
            client.starttls(context)
        authenticate(client, mailbox)
    except ssl.SSLCertVerificationError as exc:
        close_quietly(client)
        raise MailboxTLSError(*untrusted(exc, f"{mailbox.host}:{mailbox.port}", "mailbox")) from None
    except BaseException:
        close_quietly(client)
        raise
    return client


def authenticate(client: IMAPClient, mailbox: Mailbox) -> None:
    """LOGIN with the password, or XOAUTH2 when a token source is configured (Microsoft 365, Google)."""
    where = f"{mailbox.host}:{mailbox.port}"
    token = oauth2_token(mailbox)
    password = None if token is not None else _password(mailbox)
    try:
        if token is not None:
            client.oauth2_login(mailbox.user, token)
        else:
            client.login(mailbox.user, password or "")
    except LoginError as exc:
        how = "XOAUTH2 token" if token is not None else "password"
        raise MailboxAuthError(
            f"login refused by {where} for user {mailbox.user!r} ({error_text(exc)}); "
            f"check the {how} and that IMAP access is enabled for this account"
        ) from None


def _password(mailbox: Mailbox) -> str:
    try:
        password = mailbox.password()
    except OSError as exc:
        raise MailboxAuthError(f"cannot read password_file {mailbox.password_file}: {exc.strerror}") from None
    if not password:
        who = f"user {mailbox.user!r} at {mailbox.host}:{mailbox.port}"
        if mailbox.password_env:
            raise MailboxAuthError(
                f"environment variable {mailbox.password_env} (password_env) is not set or "
                f"empty for {who}; export it, or use password_file"
            )
        raise MailboxAuthError(
            f"no credentials for {who}: set password_env or password_file, or oauth2_token_command / oauth2_token_file"
        )
    return password


def oauth2_token(mailbox: Mailbox) -> str | None:
    """Fetch a fresh access token (tokens expire hourly, so this runs on every connect)."""
    if mailbox.oauth2_token_file is not None:
        try:
            token = mailbox.oauth2_token_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise MailboxAuthError(
                f"cannot read oauth2_token_file {mailbox.oauth2_token_file}: {exc.strerror}"
            ) from None
        if not token:
            raise MailboxAuthError(f"oauth2_token_file {mailbox.oauth2_token_file} is empty")
        return token
    if not mailbox.oauth2_token_command:
        return None
    try:
        done = subprocess.run(
            shlex.split(mailbox.oauth2_token_command),
            capture_output=True,
            text=True,
            timeout=mailbox.timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise MailboxAuthError(f"oauth2_token_command {mailbox.oauth2_token_command!r} could not run: {exc}") from None
    token = done.stdout.strip()
    if done.returncode != 0 or not token:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise MailboxAuthError(
            f"oauth2_token_command {mailbox.oauth2_token_command!r} failed (exit {done.returncode}): {tail}"
        )
    return token


def close_quietly(client: IMAPClient) -> None:
    """Log out if the connection still works, else just close the socket."""
    try:
        client.logout()
    except Exception:  # noqa: BLE001 - the connection is being dropped anyway
        try:
            client.shutdown()
        except Exception:  # noqa: BLE001
            pass


def error_text(exc: BaseException) -> str:
    text = str(exc)
    return text.decode(errors="replace") if isinstance(text, bytes) else text.strip("b'\"")


def resolve_folders(client: IMAPClient, mailbox: Mailbox, *, create: bool) -> dict[str, str]:
    """Map each role (inbox, processed, review, ignored, sent) to a folder on the server.

    A configured name that does not exist is looked for under the personal
    namespace prefix (Cyrus and Courier want ``INBOX.Verwerkt``); the Sent
    folder falls back to the server's SPECIAL-USE \\Sent folder (Exchange
    calls it "Sent Items", Gmail "[Gmail]/Sent Mail") before one is created.
    """
    existing = {name for _flags, _delim, name in client.list_folders()}
    prefix = _personal_prefix(client)
    roles = {
        "inbox": mailbox.inbox,
        "processed": mailbox.processed,
        "review": mailbox.review,
        "ignored": mailbox.ignored,
    }
    if mailbox.append_sent:
        roles["sent"] = mailbox.sent
    resolved: dict[str, str] = {}
    for role, name in roles.items():
        if name in existing or (role == "inbox" and name.upper() == "INBOX"):
            resolved[role] = name
        elif prefix and prefix + name in existing:
            resolved[role] = prefix + name
        elif role == "sent" and (special := client.find_special_folder(SENT)):
            log.info(
                "mailbox %s: using the server's Sent folder %r (configured %r does not exist)",
                mailbox.name,
                special,
                name,
            )
            resolved[role] = special
        else:
            target = prefix + name if prefix and not name.startswith(prefix) else name
            if create:
                _create(client, mailbox, target)
            resolved[role] = target
    return resolved


def _personal_prefix(client: IMAPClient) -> str:
    """Non-empty only for servers whose folders must live under e.g. ``INBOX.``."""
    try:
        if not client.has_capability("NAMESPACE"):
            return ""
        personal = client.namespace().personal
    except IMAPClientError:
        return ""
    if not personal:
        return ""
    prefix = personal[0][0]
    return prefix.decode() if isinstance(prefix, bytes) else str(prefix or "")


def _create(client: IMAPClient, mailbox: Mailbox, folder: str) -> None:
    try:
        client.create_folder(folder)
        log.info("mailbox %s: created folder %r", mailbox.name, folder)
    except IMAPClientError as exc:
        if "exist" not in str(exc).lower():  # another client created it in the meantime: fine
            raise IMAPClientError(
                f"cannot create folder {folder!r}: {error_text(exc)}; create it by hand or "
                "configure an existing folder name"
            ) from None
    try:
        client.subscribe_folder(folder)  # so that mail clients of the shared mailbox show it
    except IMAPClientError:
        pass


def move_messages(client: IMAPClient, uids: Sequence[int], folder: str, *, use_move: bool) -> None:
    """Move UIDs out of the selected folder: atomic MOVE, else COPY + \\Deleted + (UID) EXPUNGE.

    Plain EXPUNGE (no UIDPLUS) also removes messages someone else flagged
    \\Deleted in that folder; that is what their own client would do next, and
    is only used when the server offers nothing better.
    """
    if not uids:
        return
    if use_move:
        client.move(list(uids), folder)
        return
    client.copy(list(uids), folder)
    client.add_flags(list(uids), [DELETED], silent=True)
    if client.has_capability("UIDPLUS"):
        client.uid_expunge(list(uids))
    else:
        client.expunge()


def chunked(items: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for i in range(0, len(items), max(1, size)):
        yield items[i : i + size]


@dataclass(frozen=True)
class Oversized:
    """A message larger than the intake takes (``[intake.smtp] max_message_size``): not fetched."""

    size: int


def fetch_bodies(
    client: IMAPClient, uids: Sequence[int], max_bytes: int, max_size: int | None = None
) -> Iterator[tuple[int, bytes | Oversized | None]]:
    """BODY.PEEK[] of ``uids`` (\\Seen untouched), never holding more than ``max_bytes`` of bodies at once.

    RFC822.SIZE first, so one FETCH is never a whole mailbox; a message over
    ``max_size`` is not fetched at all but reported as ``Oversized``; a group the
    server refuses is retried message by message, and a message that still
    cannot be fetched is reported as None (the caller sends both to review).
    UIDs expunged meanwhile by someone else are simply not yielded.
    """
    sizes = {uid: int(d.get(b"RFC822.SIZE", 0)) for uid, d in client.fetch(list(uids), ["RFC822.SIZE"]).items()}
    group: list[int] = []
    total = 0
    for uid in (u for u in uids if u in sizes):
        if max_size is not None and sizes[uid] > max_size:
            yield uid, Oversized(sizes[uid])
            continue
        if group and total + sizes[uid] > max_bytes:
            yield from _fetch_group(client, group)
            group, total = [], 0
        group.append(uid)
        total += sizes[uid]
    if group:
        yield from _fetch_group(client, group)


def _fetch_group(client: IMAPClient, uids: list[int]) -> Iterator[tuple[int, bytes | None]]:
    try:
        data = client.fetch(uids, ["BODY.PEEK[]"])
    except IMAPClientError:
        if len(uids) == 1:
            yield uids[0], None
            return
        for uid in uids:
            yield from _fetch_group(client, [uid])
        return
    for uid in uids:
        item = data.pop(uid, None)  # let each body go once the caller has committed it
        if item is not None:
            yield uid, item.get(b"BODY[]")
