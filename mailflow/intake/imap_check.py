"""``mailflow mailbox check``: can we get in, and what is there? Changes nothing on the server.

Shares ``connect`` and ``resolve_folders`` with the worker, so a passing check
means the worker will connect the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from mailflow.config import Mailbox
from mailflow.intake.imap_conn import (
    NETWORK_ERRORS,
    MailboxAuthError,
    MailboxTLSError,
    close_quietly,
    connect,
    error_text,
    resolve_folders,
)


@dataclass(frozen=True)
class FolderCount:
    name: str
    messages: int
    unseen: int


@dataclass
class MailboxReport:
    """What ``mailflow mailbox check`` prints: can we get in, and what is there."""

    name: str
    ok: bool
    error: str | None = None
    capabilities: tuple[str, ...] = ()
    idle: bool = False
    move: bool = False
    uidvalidity: int | None = None
    folders: list[FolderCount] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # will be created by the worker


def check_mailbox(mailbox: Mailbox) -> MailboxReport:
    """Connect, authenticate, list folders with counts; change nothing on the server."""
    try:
        client = connect(mailbox)
    except MailboxAuthError as exc:
        return MailboxReport(mailbox.name, False, f"authentication failed: {exc}")
    except MailboxTLSError as exc:
        return MailboxReport(mailbox.name, False, str(exc))
    except NETWORK_ERRORS as exc:
        return MailboxReport(
            mailbox.name, False, f"cannot connect to {mailbox.host}:{mailbox.port} (tls={mailbox.tls}): {exc}"
        )
    try:
        return _inspect(client, mailbox)
    except (IMAPClientError, *NETWORK_ERRORS) as exc:
        return MailboxReport(mailbox.name, False, f"connected, but the server failed: {error_text(exc)}")
    finally:
        close_quietly(client)


def _inspect(client: IMAPClient, mailbox: Mailbox) -> MailboxReport:
    caps = tuple(c.decode() if isinstance(c, bytes) else str(c) for c in client.capabilities())
    roles = resolve_folders(client, mailbox, create=False)
    names = [name for flags, _d, name in client.list_folders() if b"\\Noselect" not in flags]
    counts = [_count(client, name) for name in names]
    present = {c.name for c in counts}
    missing = [f for f in roles.values() if f not in present and f.upper() != "INBOX"]
    uidvalidity = int(client.folder_status(roles["inbox"], [b"UIDVALIDITY"])[b"UIDVALIDITY"])
    return MailboxReport(
        mailbox.name, True, None, caps, "IDLE" in caps, "MOVE" in caps, uidvalidity, counts, roles, missing
    )


def _count(client: IMAPClient, name: str) -> FolderCount:
    status = client.folder_status(name, [b"MESSAGES", b"UNSEEN"])
    return FolderCount(name, int(status[b"MESSAGES"]), int(status[b"UNSEEN"]))


def render_report(report: MailboxReport) -> list[str]:
    """Lines for the terminal: one status line, then a folder table; the error says what to do."""
    if not report.ok:
        return [f"{report.name}: FAILED: {report.error}"]
    lines = [
        f"{report.name}: OK (UIDVALIDITY {report.uidvalidity}; "
        f"{'IDLE' if report.idle else 'no IDLE: polling'}; {'MOVE' if report.move else 'no MOVE: COPY+EXPUNGE'})"
    ]
    width = max([len(f.name) for f in report.folders] + [len(m) for m in report.missing] + [6])
    role_of = {folder: role for role, folder in report.roles.items()}
    for f in report.folders:
        role = f"  <- {role_of[f.name]}" if f.name in role_of else ""
        lines.append(f"  {f.name:<{width}}  {f.messages:>7} messages  {f.unseen:>7} unseen{role}")
    for folder in report.missing:
        lines.append(f"  {folder:<{width}}  (missing; the worker creates it)  <- {role_of.get(folder, '')}")
    return lines
