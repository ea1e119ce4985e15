"""Who holds a claim on a row, and whether that process still lives.

Workers (inbound) and senders (outbound) sign the rows they take with
``host:pid``. A process that no longer exists is certainly not working on its
claims, so a restarted ``serve`` (or a periodic look) can release them at once
instead of waiting for the lease. Only this host's processes can be judged;
another host's claims, and a pid that was reused by another program, wait for
the lease as before.
"""

from __future__ import annotations

import os
import socket


def identity(pid: int | None = None) -> str:
    """How a process signs its claims: unique among the processes sharing one database."""
    return f"{socket.gethostname()}:{os.getpid() if pid is None else pid}"


def local_prefix() -> str:
    """The start of every identity of this host (``host:``), for a LIKE over ``claimed_by``."""
    return f"{socket.gethostname()}:"


def is_dead_local(owner: str | None) -> bool:
    """True when ``owner`` is a process of this host that no longer exists."""
    if not owner or not owner.startswith(local_prefix()):
        return False
    pid = owner.rsplit(":", 1)[1]
    return pid.isdigit() and not alive(int(pid))


def alive(pid: int) -> bool:
    """Whether a process with this pid exists and runs (one we may not signal counts as running).

    A zombie (exited, not yet reaped: an orphan whose new parent does not reap,
    as some container inits do not) is dead for this purpose.
    """
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True
