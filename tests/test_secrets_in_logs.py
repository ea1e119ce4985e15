"""Passwords and tokens never reach the log (issue 13, privacy): a real serve at its most verbose.

``mailflow serve --verbose`` logs in to a relay that demands AUTH (password from
a file), to a real Dovecot (password from the environment) and tries XOAUTH2
with a token from a command on a second mailbox (refused: Dovecot here offers
no XOAUTH2, so the failure path is logged too). A registration goes through.
Then not one of the three secrets may appear in what serve wrote.
"""

from __future__ import annotations

import os
import signal
import smtplib
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from imap_server import Dovecot, require_dovecot
from service_kit import free_port

ROOT = Path(__file__).resolve().parent.parent
RELAY_PASSWORD = "relay-Pa55-9f1c2e"
TOKEN = "ya29.token-7d3b90c1-never-log-me"
IMAP_PASSWORD = "imap-Pa55-41aa07"


class Relay:
    def __init__(self) -> None:
        self.received: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append(envelope.original_content)
        return "250 OK"


@pytest.mark.peer("dovecot")
@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # the test relay, on loopback
def test_passwords_and_tokens_are_never_logged(tmp_path: Path) -> None:
    require_dovecot()
    dovecot = Dovecot()
    dovecot.password = IMAP_PASSWORD  # one that cannot occur in a log by chance
    (dovecot.root / "passwd").write_text("".join(f"{u}:{{PLAIN}}{IMAP_PASSWORD}\n" for u in dovecot.users))
    dovecot.start()
    relay = Relay()

    def check(server: Any, session: Any, envelope: Any, mechanism: str, auth: Any) -> AuthResult:
        return AuthResult(success=(auth.login, auth.password) == (b"mailflow", RELAY_PASSWORD.encode()))

    controller = Controller(
        relay, hostname="127.0.0.1", port=free_port(), authenticator=check, auth_require_tls=False, auth_required=True
    )
    controller.start()
    port = free_port()
    (tmp_path / "smtp-password").write_text(RELAY_PASSWORD + "\n", encoding="utf-8")
    (tmp_path / "mailflow.toml").write_text(
        f"""
[database]
url = "sqlite:///{tmp_path}/mf.db"
[catalogue]
files = ["{ROOT}/demo/catalogue.toml"]
[intake.smtp]
listen = "127.0.0.1:{port}"
[web]
enabled = false
[outbound]
relay = "smtp://127.0.0.1:{controller.port}"
user = "mailflow"
password_file = "smtp-password"
[[mailboxes]]
name = "plain"
host = "127.0.0.1"
port = {dovecot.port}
tls = "none"
user = "{dovecot.user}"
password_env = "SECRET_IMAP_PASSWORD"
address = "d-loket@vng.example"
[[mailboxes]]
name = "oauth"
host = "127.0.0.1"
port = {dovecot.port}
tls = "none"
user = "bob"
oauth2_token_command = "echo {TOKEN}"
address = "planningsdag@regio.example"
""",
        encoding="utf-8",
    )
    env = dict(os.environ, SECRET_IMAP_PASSWORD=dovecot.password)
    log = tmp_path / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "mailflow.cli", "serve", "--verbose", "--config", str(tmp_path / "mailflow.toml")],
            stdout=out,
            stderr=out,
            env=env,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                with smtplib.SMTP("127.0.0.1", port, timeout=5) as smtp:
                    smtp.sendmail(
                        "jan@gemeente.example",
                        ["d-loket@vng.example"],
                        b"From: Jan <jan@gemeente.example>\r\nTo: d-loket@vng.example\r\n"
                        b"Subject: Aanmelding\r\nMessage-ID: <s1@gemeente.example>\r\n\r\n"
                        b"Ik wil graag aansluiten in Utrecht.\r\n",
                    )
                break
            except OSError:
                time.sleep(0.2)
        while time.monotonic() < deadline and not (
            relay.received and b"oauth" in log.read_bytes() and b"mailbox plain: connected" in log.read_bytes()
        ):
            time.sleep(0.2)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(60)
        controller.stop()
        dovecot.cleanup()
    written = log.read_text(errors="replace")
    assert relay.received, "the reply never reached the relay (the relay login failed?):\n" + written[-3000:]
    assert "mailbox plain: connected" in written and "mailbox oauth" in written
    for secret in (RELAY_PASSWORD, dovecot.password, TOKEN):
        assert secret not in written, f"{secret!r} is in the log"
