"""A real Dovecot IMAP server on a loopback port, for tests and benchmarks.

Why a real server: the mailbox worker's promises (no loss, no repeats, IDLE
latency, MOVE vs COPY, UIDVALIDITY) are properties of the conversation with a
server; a fake would only test our assumptions about IMAP. Debian's
``dovecot-imapd`` starts in well under a second from a config in a temp dir.

Use the ``dovecot`` fixture (import it into the test module), or ``Dovecot``
directly from a script. ``Dovecot(tls=True)`` also listens for implicit TLS on
``tls_port`` with a certificate from a throwaway CA (trustme) whose PEM file is
``ca_file``: a private CA the system does not trust. Without /usr/sbin/dovecot the fixture skips with a
reason; under ``CI=true`` it fails, because CI must exercise the real peer.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Callable, Iterator

import pytest
from imapclient import IMAPClient

DOVECOT = os.environ.get("MAILFLOW_DOVECOT", "/usr/sbin/dovecot")
PASSWORD = "secret"
USERS = ("alice", "bob", "carol")

CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
{ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = {login_user}
default_internal_user = {internal_user}
first_valid_uid = 1
last_valid_uid = 0
mail_location = maildir:{root}/mail/%u
mail_plugins =
mail_fsync = never
mailbox_idle_check_interval = 1 secs
imap_idle_notify_interval = 1 mins
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Dovecot:
    """One Dovecot master process with its own config, users, maildirs and log."""

    def __init__(self, root: Path | None = None, port: int | None = None, *, tls: bool = False) -> None:
        self.root = root or Path(tempfile.mkdtemp(prefix="mailflow-dovecot-"))
        self.root.chmod(0o755)  # the unprivileged mail user must traverse it
        self.host, self.port = "127.0.0.1", port or free_port()
        self.tls_port = free_port() if tls else 0
        self.ca_file = self.root / "ca.pem" if tls else None
        self.password = PASSWORD
        self.users = USERS
        self.proc: subprocess.Popen[bytes] | None = None
        self.conf = self.root / "dovecot.conf"
        self._write_config()

    @property
    def user(self) -> str:
        return self.users[0]

    def _ids(self) -> tuple[str, str, int, int]:
        """As root: Debian's dovenull/dovecot for the services and nobody for mail; else ourselves."""
        if os.geteuid() != 0:
            me = pwd.getpwuid(os.geteuid()).pw_name
            return me, me, os.geteuid(), os.getegid()
        try:
            pwd.getpwnam("dovenull"), pwd.getpwnam("dovecot")
            login, internal = "dovenull", "dovecot"
        except KeyError:
            login = internal = "nobody"
        nobody = pwd.getpwnam("nobody")
        return login, internal, nobody.pw_uid, nobody.pw_gid

    def _write_config(self) -> None:
        login, internal, uid, gid = self._ids()
        for sub in ("run", "state", "mail"):
            (self.root / sub).mkdir(exist_ok=True)
        if os.geteuid() == 0:
            os.chown(self.root / "mail", uid, gid)  # the mail user (nobody) writes the maildirs
        (self.root / "passwd").write_text("".join(f"{u}:{{PLAIN}}{PASSWORD}\n" for u in self.users))
        ssl = "ssl = no"
        if self.ca_file is not None:
            import trustme

            ca = trustme.CA()
            cert = ca.issue_cert(self.host)
            ca.cert_pem.write_to_path(str(self.ca_file))
            cert.cert_chain_pems[0].write_to_path(str(self.root / "server.pem"))
            cert.private_key_pem.write_to_path(str(self.root / "server.key"))
            ssl = f"ssl = yes\nssl_cert = <{self.root}/server.pem\nssl_key = <{self.root}/server.key"
        self.conf.write_text(
            CONFIG.format(
                root=self.root,
                port=self.port,
                login_user=login,
                ssl=ssl,
                tls_port=self.tls_port,
                internal_user=internal,
                uid=uid,
                gid=gid,
            )
        )

    def start(self, wait: float = 15.0) -> None:
        log = open(self.root / "stderr.log", "ab")
        self.proc = subprocess.Popen(
            [DOVECOT, "-c", str(self.conf), "-F"], stdout=log, stderr=log, start_new_session=True
        )
        log.close()
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"dovecot exited with {self.proc.returncode}:\n{self.logs()}")
            try:
                with socket.create_connection((self.host, self.port), timeout=0.5) as s:
                    if s.recv(64).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not listen on {self.host}:{self.port} within {wait}s:\n{self.logs()}")

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        self._reap_children()
        self.proc = None

    def _reap_children(self) -> None:
        """Kill any process of ours still holding the port (imap children outlive a SIGTERM'd master)."""
        for pid in self._pids(lambda comm: True):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def restart(self) -> None:
        self.stop()
        self.start()

    def _pids(self, want: Callable[[str], bool]) -> list[int]:
        """Processes of this instance: children of the master whose command matches ``want``."""
        if self.proc is None:
            return []
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            comm = stat[stat.index("(") + 1 : stat.rindex(")")]
            ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
            if ppid == self.proc.pid and want(comm):
                found.append(int(entry.name))
        return found

    def kill_sessions(self) -> int:
        """Drop every open IMAP connection (SIGKILL the imap children); returns how many."""
        pids = self._pids(lambda comm: comm == "imap" or comm.startswith("imap-login"))
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        return len(pids)

    def maildir(self, user: str, folder: str = "INBOX") -> Path:
        base = self.root / "mail" / user
        return base if folder == "INBOX" else base / f".{folder}"

    def reset_uidvalidity(self, user: str) -> None:
        """Make the server assign a new UIDVALIDITY (and new UIDs) to INBOX: stop, drop the uid list, start."""
        self.stop()
        for name in ("dovecot-uidlist", "dovecot.index", "dovecot.index.log", "dovecot.index.cache"):
            (self.maildir(user) / name).unlink(missing_ok=True)
        self.start()

    def client(self, user: str | None = None, password: str | None = None) -> IMAPClient:
        c = IMAPClient(self.host, self.port, ssl=False, timeout=10)
        c.login(user or self.user, password or self.password)
        return c

    def logs(self) -> str:
        parts = []
        for name in ("dovecot.log", "stderr.log"):
            p = self.root / name
            if p.exists():
                parts.append(p.read_text(errors="replace")[-4000:])
        return "\n".join(parts)

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


def require_dovecot() -> None:
    """Skip (locally) or fail (CI=true) when Dovecot is not installed."""
    if Path(DOVECOT).exists():
        return
    reason = f"Dovecot not installed at {DOVECOT} (apt-get install dovecot-imapd)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}; CI=true requires the real IMAP peer")
    pytest.skip(reason)


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    """A started Dovecot; users alice, bob, carol with password ``secret``; killed at teardown."""
    require_dovecot()
    server = Dovecot()
    try:
        server.start()
        yield server
    finally:
        server.cleanup()
