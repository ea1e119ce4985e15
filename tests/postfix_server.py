"""A real Postfix (Debian's) started from a configuration in a temp dir, on loopback ports only.

Why a real one: the deployment recipe in deploy/postfix/ is a claim about what
Postfix does (which addresses it accepts, where it routes them, that it keeps
mail while mailflow is down); only Postfix itself can confirm it. ``postfix -c
DIR`` runs a private instance with its own queue beside the system's, which is
never touched (and never started).

The instance listens on 127.0.0.1 only (``inet_interfaces``, and every
``inet`` service in master.cf names 127.0.0.1), resolves nothing through DNS,
and sends whatever is not for a local table to ``default_transport``, which a
test points at a loopback peer: no mail can leave the machine. ``stop()`` ends
every process of the instance, found by its process group, even after a
failure. Postfix's master must start as root; without root or without Postfix
the fixture skips with a reason, and under ``CI=true`` it fails.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

POSTFIX = os.environ.get("MAILFLOW_POSTFIX", "/usr/sbin/postfix")
SBIN = Path(POSTFIX).parent

MAIN_CF = """\
# A private test instance: everything under {root}, loopback only, no DNS.
compatibility_level = 3.6
queue_directory = {root}/queue
data_directory = {root}/data
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = mail.example.nl
mydomain = example.nl
myorigin = $mydomain
alias_maps =
alias_database =
maillog_file = {root}/postfix.log
maillog_file_prefixes = {root}
smtpd_peername_lookup = no
smtp_dns_support_level = disabled
lmtp_dns_support_level = disabled
# Mail for no local table goes to a loopback peer of the test, never out.
default_transport = {default_transport}
relay_transport = {default_transport}
biff = no
"""

# Every service as in Debian's master.cf, but none chrooted (the queue is in a temp dir)
# and the one SMTP listener on a loopback port.
MASTER_CF = """\
127.0.0.1:{port} inet n - n - - smtpd
pickup    unix  n - n 60 1 pickup
cleanup   unix  n - n - 0 cleanup
qmgr      unix  n - n 300 1 qmgr
tlsmgr    unix  - - n 1000? 1 tlsmgr
rewrite   unix  - - n - - trivial-rewrite
bounce    unix  - - n - 0 bounce
defer     unix  - - n - 0 bounce
trace     unix  - - n - 0 bounce
verify    unix  - - n - 1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n - - proxymap
proxywrite unix - - n - 1 proxymap
smtp      unix  - - n - - smtp
relay     unix  - - n - - smtp
showq     unix  n - n - - showq
error     unix  - - n - - error
retry     unix  - - n - - error
discard   unix  - - n - - discard
local     unix  - n n - - local
virtual   unix  - n n - - virtual
lmtp      unix  - - n - - lmtp
anvil     unix  - - n - 1 anvil
scache    unix  - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def require_postfix() -> None:
    """Skip (locally) or fail (CI=true) when Postfix is missing or we cannot start it (not root)."""
    if not Path(POSTFIX).exists():
        reason = f"Postfix not installed at {POSTFIX} (apt-get install postfix)"
    elif os.geteuid() != 0:
        reason = "Postfix's master must be started as root"
    else:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}; CI=true requires the real Postfix peer")
    pytest.skip(reason)


class Postfix:
    """One private Postfix instance: our base main.cf and master.cf, plus what ``add`` appends."""

    def __init__(self, *, default_transport: str, port: int | None = None) -> None:
        # Not under pytest's tmp_path: Postfix's unprivileged daemons must traverse the path.
        self.root = Path(tempfile.mkdtemp(prefix="mailflow-postfix-"))
        self.root.chmod(0o755)
        self.etc = self.root / "etc"
        self.queue = self.root / "queue"
        self.port = port or free_port()
        self.etc.mkdir()
        (self.root / "data").mkdir()
        shutil.chown(self.root / "data", user="postfix")  # the master's lock files; it refuses others
        self.queue.mkdir()
        (self.etc / "main.cf").write_text(MAIN_CF.format(root=self.root, default_transport=default_transport))
        (self.etc / "master.cf").write_text(MASTER_CF.format(port=self.port))
        self.master_pid: int | None = None

    def add(self, name: str, text: str) -> None:
        """Append to a file in the config directory (main.cf, master.cf) or write a new one (a table)."""
        with open(self.etc / name, "a", encoding="utf-8") as f:
            f.write(text)

    def run(self, *argv: str, check: bool = True, timeout: float = 30) -> subprocess.CompletedProcess[str]:
        """Run a Postfix command (postfix, postmap, postqueue, postconf) against this instance."""
        done = subprocess.run(
            [str(SBIN / argv[0]), "-c", str(self.etc), *argv[1:]], capture_output=True, text=True, timeout=timeout
        )
        if check and done.returncode != 0:
            # Postfix's commands log to the maillog file, not to stderr: show both.
            raise RuntimeError(f"{' '.join(argv)} exited with {done.returncode}: {done.stderr.strip()}\n{self.logs()}")
        return done

    def postmap(self, table: Path) -> None:
        self.run("postmap", f"hash:{table}")

    def start(self, wait: float = 30.0) -> None:
        self.run("postfix", "check")
        self.run("postfix", "start")
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            pid_file = self.queue / "pid" / "master.pid"
            if self.master_pid is None and pid_file.exists():
                text = pid_file.read_text().strip()
                self.master_pid = int(text) if text.isdigit() else None
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    s.settimeout(5)
                    if s.recv(64).startswith(b"220") and self.master_pid is not None:
                        return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"postfix did not answer on 127.0.0.1:{self.port} within {wait}s:\n{self.logs()}")

    def stop(self) -> None:
        """Stop the instance and make sure none of its processes is left, whatever state it is in."""
        if self.master_pid is None:
            return
        self.run("postfix", "stop", check=False)
        deadline = time.monotonic() + 15
        while self.pids() and time.monotonic() < deadline:
            time.sleep(0.1)
        for pid in self.pids():
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + 5
        while self.pids() and time.monotonic() < deadline:
            time.sleep(0.05)
        left = self.pids()
        self.master_pid = None
        if left:
            raise RuntimeError(f"postfix processes {left} survived SIGKILL")

    def pids(self) -> list[int]:
        """Live processes of this instance: the master runs in a process group of its own."""
        if self.master_pid is None:
            return []
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2 :].split()
            if fields[0] != "Z" and int(fields[2]) == self.master_pid:  # state, ppid, pgrp
                found.append(int(entry.name))
        return found

    def listening(self) -> set[str]:
        """The local addresses (IPv4 and IPv6) on which this instance's processes accept TCP connections."""
        inodes: set[str] = set()
        for pid in self.pids():
            try:
                for fd in Path(f"/proc/{pid}/fd").iterdir():
                    target = os.readlink(fd)
                    if target.startswith("socket:["):
                        inodes.add(target[8:-1])
            except OSError:
                continue
        found = set()
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            for line in Path(table).read_text().splitlines()[1:]:
                cols = line.split()
                if cols[3] == "0A" and cols[9] in inodes:  # 0A: LISTEN
                    found.add(_address(cols[1]))
        return found

    def queue_ids(self) -> list[str]:
        """IDs of the messages in the queue (deferred or active), from ``postqueue -j``."""
        import json

        out = self.run("postqueue", "-j").stdout
        return [json.loads(line)["queue_id"] for line in out.splitlines() if line.strip()]

    def wait_until_empty(self, timeout: float = 30.0) -> list[str]:
        """Poll the queue until it is empty or ``timeout`` passes; returns what is still queued."""
        deadline = time.monotonic() + timeout
        while (left := self.queue_ids()) and time.monotonic() < deadline:
            time.sleep(0.2)
        return left

    def flush(self) -> None:
        """``postqueue -f``: what an administrator runs when mailflow is back after an outage."""
        self.run("postqueue", "-f")

    def logs(self) -> str:
        log = self.root / "postfix.log"
        return log.read_text(errors="replace")[-6000:] if log.exists() else "(no postfix.log)"

    def cleanup(self) -> None:
        try:
            self.stop()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def _address(hex_addr: str) -> str:
    """'0100007F:1F90' (from /proc/net/tcp) -> '127.0.0.1:8080'; IPv6 addresses in brackets."""
    host, port = hex_addr.split(":")
    raw = bytes.fromhex(host)
    if len(raw) == 4:
        return f"{socket.inet_ntop(socket.AF_INET, raw[::-1])}:{int(port, 16)}"
    words = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))
    return f"[{socket.inet_ntop(socket.AF_INET6, words)}]:{int(port, 16)}"
