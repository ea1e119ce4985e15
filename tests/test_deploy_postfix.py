"""The deployment recipe over real peers: swaks -> Postfix -> LMTP -> `mailflow serve` -> Postfix -> Dovecot.

Postfix runs from a temp dir with the files in deploy/postfix/ themselves (only
paths and port numbers are filled in), so a passing test means the recipe an
administrator copies works. Participants' mail servers are played by Dovecot:
Postfix hands everything that is not local (``default_transport``) to
Dovecot's LMTP, so a reply reaches a participant only if Postfix agreed to
relay it for mailflow. Every peer listens on 127.0.0.1 only.
"""

from __future__ import annotations

import email
import email.policy
import os
import shutil
import signal
import smtplib
import socket
import sqlite3
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import pytest
import trustme

from imap_server import Dovecot, require_dovecot
from postfix_server import Postfix, free_port, require_postfix

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
REGISTRATION = "aanmelden@example.nl"  # the address used throughout deploy/
LMTPD = Path("/usr/lib/dovecot/lmtp")
SWAKS = shutil.which("swaks") or "/usr/bin/swaks"
SETUPS = ["main.cf.virtual-domain", "main.cf.local-domain", "main.cf.relay-domain"]
RELAY_PASSWORD = "relay-secret"
UNKNOWN_USER = {
    "main.cf.virtual-domain": "User unknown in virtual mailbox table",
    "main.cf.local-domain": "User unknown in local recipient table",
    "main.cf.relay-domain": "User unknown in relay recipient table",
}


def require_peers() -> None:
    """Postfix, Dovecot with its LMTP server, and swaks: skip locally without them, fail under CI=true."""
    require_postfix()
    require_dovecot()
    missing = [name for name, path in (("dovecot-lmtpd", LMTPD), ("swaks", Path(SWAKS))) if not path.exists()]
    if missing:
        reason = f"not installed: {', '.join(missing)} (apt-get install {' '.join(missing)})"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}; CI=true requires the real peers")
        pytest.skip(reason)


def snippet(name: str, **replace: str) -> str:
    """A file from deploy/ with paths and ports filled in; each placeholder must be in it."""
    text = (DEPLOY / name).read_text(encoding="utf-8")
    for old, new in replace.items():
        assert old in text, f"deploy/{name} no longer contains {old!r}; update the test or the file"
        text = text.replace(old, new)
    return text


class ParticipantServer(Dovecot):
    """The participants' mail server: the test Dovecot, also accepting mail over LMTP (users alice, bob, carol)."""

    def __init__(self) -> None:
        self.lmtp_port = free_port()
        super().__init__()

    def _write_config(self) -> None:
        super()._write_config()
        conf = self.conf.read_text()
        assert "protocols = imap\n" in conf, "tests/imap_server.py changed its protocols line; update this"
        conf = conf.replace("protocols = imap\n", "protocols = imap lmtp\n")
        self.conf.write_text(
            conf
            + (
                "auth_username_format = %Ln\n"  # alice@gemeente.example is the user alice
                "service lmtp {\n  inet_listener lmtp {\n"
                f"    address = 127.0.0.1\n    port = {self.lmtp_port}\n  }}\n}}\n"
            )
        )

    def wait_for(self, user: str, count: int, timeout: float = 60.0) -> list[EmailMessage]:
        """The first ``count`` messages in the user's INBOX, once there are that many."""
        deadline = time.monotonic() + timeout
        while True:
            with self.client(user) as c:
                c.select_folder("INBOX", readonly=True)
                uids = c.search("ALL")
                if len(uids) >= count:
                    fetched = c.fetch(uids[:count], ["RFC822"])
                    return [
                        email.message_from_bytes(fetched[u][b"RFC822"], policy=email.policy.default)
                        for u in uids[:count]
                    ]  # type: ignore[misc]
            if time.monotonic() > deadline:
                raise AssertionError(f"{user} has {len(uids)} message(s) after {timeout}s, expected {count}")
            time.sleep(0.3)


class Mailflow:
    """`mailflow serve` as the systemd unit runs it: its own process, stopped with SIGTERM."""

    def __init__(self, root: Path, lmtp_port: int, outbound: str, env: dict[str, str] | None = None) -> None:
        self.root, self.port, self.env = root, lmtp_port, {**os.environ, **(env or {})}
        self.config = root / "mailflow.toml"
        catalogue = (ROOT / "demo" / "catalogue.toml").read_text(encoding="utf-8")
        (root / "catalogue.toml").write_text(catalogue.replace("d-loket@vng.example", REGISTRATION), encoding="utf-8")
        self.config.write_text(
            f"""
[database]
url = "sqlite:///mailflow.db"
[catalogue]
files = ["catalogue.toml"]
[intake.smtp]
listen = "127.0.0.1:{lmtp_port}"
lmtp = true
[outbound]
{outbound}
timeout = 10
[sender]
domain = "example.nl"
[web]
enabled = false
""",
            encoding="utf-8",
        )
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, wait: float = 60.0) -> None:
        log = open(self.root / "serve.log", "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mailflow.cli", "serve", "--config", str(self.config)],
            stdout=log,
            stderr=log,
            start_new_session=True,
            cwd=self.root,
            env=self.env,
        )
        log.close()
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"mailflow serve exited with {self.proc.returncode}:\n{self.logs()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    s.settimeout(5)
                    if s.recv(64).startswith(b"220"):
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"mailflow serve did not answer LMTP within {wait}s:\n{self.logs()}")

    def stop(self) -> None:
        """SIGTERM as `systemctl stop` sends it; SIGKILL to the whole group if it does not end in time."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                pass
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)  # worker processes left behind, if any
        except ProcessLookupError:
            pass
        self.proc.wait(10)
        self.proc = None

    def registrations(self) -> list[tuple[str, str, str]]:
        with sqlite3.connect(self.root / "mailflow.db") as db:
            return sorted(
                db.execute(
                    "SELECT p.email, s.key, r.status FROM registrations r JOIN people p ON p.id = r.person_id "
                    "JOIN sessions s ON s.id = r.session_id"
                ).fetchall()
            )

    def logs(self) -> str:
        log = self.root / "serve.log"
        return log.read_text(errors="replace")[-6000:] if log.exists() else "(no serve.log)"


@dataclass
class Deployment:
    postfix: Postfix
    participants: ParticipantServer
    mailflow: Mailflow
    submission: int = 0  # the submission port, when mailflow relays through it

    def swaks(self, sender: str, to: str, body: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                SWAKS,
                "--server",
                f"127.0.0.1:{self.postfix.port}",
                "--helo",
                "client.gemeente.example",
                "--from",
                sender,
                "--to",
                to,
                "--header",
                "Subject: Aanmelding",
                "--body",
                body,
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )

    def register(self, sender: str, body: str) -> None:
        done = self.swaks(sender, REGISTRATION, body)
        assert done.returncode == 0 and "250 2.0.0 Ok: queued" in done.stdout, done.stdout + self.postfix.logs()

    def explain(self) -> str:
        return f"--- postfix.log\n{self.postfix.logs()}\n--- serve.log\n{self.mailflow.logs()}"


@contextmanager
def deployment(
    tmp_path: Path, setup: str, edit: dict[str, str] | None = None, relay: str = "mynetworks"
) -> Iterator[Deployment]:
    """Dovecot, Postfix configured from deploy/postfix/ (``setup`` with the replacements in ``edit``),
    and mailflow (configured, not started) relaying its replies through Postfix's port 25 from
    ``mynetworks`` (mailflow on the same host) or through the ``submission`` port with STARTTLS and
    a login checked by Dovecot (mailflow on another host)."""
    require_peers()
    with ExitStack() as stack:  # stops whatever was started, in reverse order, also after a failure
        participants = ParticipantServer()
        stack.callback(participants.cleanup)
        postfix = Postfix(default_transport=f"lmtp:inet:127.0.0.1:{participants.lmtp_port}")
        stack.callback(postfix.cleanup)
        etc, lmtp_port = f"{postfix.etc}/", free_port()
        postfix.add(
            "main.cf",
            snippet(f"postfix/{setup}", **(edit or {})).replace("/etc/postfix/", etc)
            + snippet("postfix/main.cf.relay-replies"),
        )
        postfix.add(
            "mailflow_transport", snippet("postfix/mailflow_transport", **{"127.0.0.1:2525": f"127.0.0.1:{lmtp_port}"})
        )
        postfix.add("vmailbox", "secretariaat@example.nl  example.nl/secretariaat/\n")  # a server's own mailboxes
        postfix.postmap(postfix.etc / "mailflow_transport")
        postfix.postmap(postfix.etc / "vmailbox")
        listening = {f"127.0.0.1:{postfix.port}"}
        if relay == "submission":
            submission = free_port()
            listening.add(f"127.0.0.1:{submission}")
            env = {"SSL_CERT_FILE": str(submission_port(postfix, participants, submission, tmp_path))}
            outbound = (
                f'relay = "smtp://127.0.0.1:{submission}"\nstarttls = true\nuser = "mailflow"\n'
                'password_file = "relay-password"'
            )
            (tmp_path / "relay-password").write_text(f"{RELAY_PASSWORD}\n")
        else:
            env, outbound = {}, f'relay = "smtp://127.0.0.1:{postfix.port}"'
        mailflow = Mailflow(tmp_path, lmtp_port, outbound, env)
        stack.callback(mailflow.stop)
        postfix.start()  # first: Dovecot puts its auth socket into Postfix's queue directory
        participants.start()
        assert postfix.listening() == listening, "postfix listens beyond its loopback ports"
        yield Deployment(postfix, participants, mailflow, submission if relay == "submission" else 0)


def submission_port(postfix: Postfix, participants: ParticipantServer, port: int, tmp_path: Path) -> Path:
    """Configure the submission snippets (Postfix and Dovecot) on ``port``; returns the CA file to trust."""
    ca = trustme.CA()
    cert = ca.issue_cert("mail.example.nl", "127.0.0.1")
    cert.cert_chain_pems[0].write_to_path(tmp_path / "cert.pem")
    cert.private_key_pem.write_to_path(tmp_path / "key.pem")
    ca.cert_pem.write_to_path(tmp_path / "ca.pem")
    postfix.add(
        "master.cf",
        snippet(
            "postfix/master.cf.submission", **{"submission inet n       -       y": f"127.0.0.1:{port} inet n - n"}
        ),
    )
    postfix.add(
        "main.cf",
        snippet(
            "postfix/main.cf.submission",
            **{
                "/etc/ssl/certs/mail.example.nl.pem": str(tmp_path / "cert.pem"),
                "/etc/ssl/private/mail.example.nl.key": str(tmp_path / "key.pem"),
                "/etc/postfix/": f"{postfix.etc}/",
            },
        ),
    )
    postfix.add("mailflow_senders", snippet("postfix/mailflow_senders"))
    postfix.postmap(postfix.etc / "mailflow_senders")
    passwd = participants.root / "mailflow.passwd"
    passwd.write_text(f"mailflow:{{PLAIN}}{RELAY_PASSWORD}\n")
    with open(participants.conf, "a", encoding="utf-8") as conf:
        conf.write(
            snippet(
                "dovecot/mailflow-sasl.conf",
                **{
                    "/var/spool/postfix/private/auth": f"{postfix.queue}/private/auth",
                    "/etc/dovecot/mailflow.passwd": str(passwd),
                },
            )
        )
    return tmp_path / "ca.pem"


@pytest.fixture(params=SETUPS)
def deployed(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Deployment]:
    with deployment(tmp_path, request.param) as d:
        yield d


def test_registration_through_postfix_is_confirmed_in_the_participants_mailbox(deployed: Deployment) -> None:
    # The recipe end to end, for each way the registration domain can sit in Postfix: swaks to Postfix,
    # LMTP to mailflow, the confirmation relayed by Postfix (mynetworks) into alice's Dovecot INBOX.
    deployed.mailflow.start()
    deployed.register("alice@gemeente.example", "Ik wil graag aansluiten in Utrecht.")
    [reply] = deployed.participants.wait_for("alice", 1)
    assert reply["X-Mailflow-Kind"] == "confirmation", deployed.explain()
    assert REGISTRATION in reply["From"] and "Utrecht" in reply.get_body(("plain",)).get_content()
    assert any(p.get_content_type() == "text/calendar" for p in reply.walk())
    assert deployed.mailflow.registrations() == [("alice@gemeente.example", "dia-demo-utrecht", "confirmed")]


@pytest.mark.parametrize("setup", SETUPS)
def test_postfix_refuses_unknown_addresses_of_the_registration_domain(tmp_path: Path, setup: str) -> None:
    # The recipient table is what makes the address valid: an unknown one is refused at RCPT, not bounced later.
    with deployment(tmp_path, setup) as d:
        done = d.swaks("alice@gemeente.example", "onbekend@example.nl", "Hallo")
        assert (
            done.returncode != 0
            and f"550 5.1.1 <onbekend@example.nl>: Recipient address rejected: {UNKNOWN_USER[setup]}" in done.stdout
        ), done.stdout


@pytest.mark.parametrize(
    "setup, edit",
    [
        (
            "main.cf.virtual-domain",
            {
                "virtual_mailbox_maps = hash:/etc/postfix/mailflow_transport": "virtual_mailbox_maps = hash:/etc/postfix/vmailbox"
            },
        ),
        ("main.cf.local-domain", {"$alias_maps hash:/etc/postfix/mailflow_transport": "$alias_maps"}),
    ],
    ids=["virtual-domain", "local-domain"],
)
def test_transport_maps_alone_make_postfix_refuse_the_registration_address(
    tmp_path: Path, setup: str, edit: dict[str, str]
) -> None:
    # Defect 10: the old README recipe (transport_maps, the registration address in no recipient table)
    # makes Postfix refuse every registration.
    with deployment(tmp_path, setup, edit) as d:
        done = d.swaks("alice@gemeente.example", REGISTRATION, "Ik wil graag aansluiten in Utrecht.")
        assert done.returncode != 0 and UNKNOWN_USER[setup] in done.stdout, done.stdout


def test_postfix_keeps_mail_while_mailflow_is_down_and_delivers_it_after(tmp_path: Path) -> None:
    # An outage of mailflow loses nothing: Postfix accepts and defers, `postqueue -f` hands it over when it is back.
    with deployment(tmp_path, "main.cf.virtual-domain") as d:
        d.mailflow.start()
        d.register("alice@gemeente.example", "Ik wil graag aansluiten in Utrecht.")
        d.participants.wait_for("alice", 1)
        d.mailflow.stop()
        d.register("bob@gemeente.example", "Ik kom graag naar Haarlem.")
        deadline = time.monotonic() + 30
        while "status=deferred" not in d.postfix.logs() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert "status=deferred" in d.postfix.logs() and len(d.postfix.queue_ids()) == 1, d.explain()
        d.mailflow.start()
        d.postfix.flush()
        [reply] = d.participants.wait_for("bob", 1)
        assert reply["X-Mailflow-Kind"] == "confirmation", d.explain()
        assert d.postfix.wait_until_empty() == [], d.explain()
        assert d.mailflow.registrations() == [
            ("alice@gemeente.example", "dia-demo-utrecht", "confirmed"),
            ("bob@gemeente.example", "dia-demo-haarlem", "confirmed"),
        ]


def test_replies_relayed_through_the_submission_port_with_starttls_and_login(tmp_path: Path) -> None:
    # mailflow on another host: its replies go through Postfix's submission port (STARTTLS, a login
    # Dovecot checks, a private CA mailflow trusts) and reach the participant.
    with deployment(tmp_path, "main.cf.virtual-domain", relay="submission") as d:
        d.mailflow.start()
        d.register("carol@gemeente.example", "Ik wil graag aansluiten in Utrecht.")
        [reply] = d.participants.wait_for("carol", 1)
        assert reply["X-Mailflow-Kind"] == "confirmation", d.explain()
        assert "sasl_username=mailflow" in d.postfix.logs()


def test_submission_port_wants_tls_a_login_and_a_registration_address_as_sender(tmp_path: Path) -> None:
    # The submission snippet is no open relay: no AUTH before STARTTLS, no relaying without a login,
    # and the login mailflow may send only as the addresses in mailflow_senders.
    with deployment(tmp_path, "main.cf.virtual-domain", relay="submission") as d:
        context = ssl.create_default_context(cafile=str(tmp_path / "ca.pem"))
        with smtplib.SMTP("127.0.0.1", d.submission, timeout=10) as smtp:
            smtp.ehlo()
            assert not smtp.has_extn("auth")
            smtp.starttls(context=context)
            smtp.ehlo()
            assert smtp.has_extn("auth")
            with pytest.raises(smtplib.SMTPRecipientsRefused):
                smtp.sendmail(REGISTRATION, ["alice@gemeente.example"], b"Subject: x\r\n\r\nx\r\n")
        with smtplib.SMTP("127.0.0.1", d.submission, timeout=10) as smtp:
            smtp.starttls(context=context)
            smtp.login("mailflow", RELAY_PASSWORD)
            with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
                smtp.sendmail("secretariaat@example.nl", ["alice@gemeente.example"], b"Subject: x\r\n\r\nx\r\n")
            assert b"not owned by user mailflow" in refused.value.recipients["alice@gemeente.example"][1]
            assert smtp.sendmail(REGISTRATION, ["alice@gemeente.example"], b"Subject: ok\r\n\r\nx\r\n") == {}
        assert [m["Subject"] for m in d.participants.wait_for("alice", 1)] == ["ok"]
