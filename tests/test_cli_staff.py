"""The staff commands: accounts with passwords from standard input, registrations list and export."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailflow.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


@pytest.fixture
def config(tmp_path: Path) -> Path:
    p = tmp_path / "mailflow.toml"
    p.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path}/mf.db"\n[catalogue]\nfiles = ["{ROOT}/demo/catalogue.toml"]\n',
        encoding="utf-8",
    )
    assert runner.invoke(app, ["db", "upgrade", "--config", str(p)]).exit_code == 0
    assert runner.invoke(app, ["events", "sync", "--config", str(p)]).exit_code == 0
    return p


def test_users_add_reads_the_password_twice_from_stdin(config: Path) -> None:
    # As the README says: the password twice on standard input; mismatches and short ones are refused.
    cmd = [
        sys.executable,
        "-m",
        "mailflow.cli",
        "users",
        "add",
        "Anna@VNG.example",
        "--role",
        "secretariat",
        "--config",
        str(config),
    ]
    ok = subprocess.run(
        cmd, input="lang genoeg wachtwoord\nlang genoeg wachtwoord\n", capture_output=True, text=True, timeout=60
    )
    assert ok.returncode == 0, ok.stderr
    assert "anna@vng.example (secretariat) created" in ok.stdout and "/login" in ok.stdout
    differ = runner.invoke(
        app,
        ["users", "add", "b@vng.example", "--role", "admin", "--config", str(config)],
        input="lang genoeg wachtwoord\nanders wachtwoord!!\n",
    )
    assert differ.exit_code == 2 and "differ" in differ.output
    short = runner.invoke(
        app, ["users", "add", "c@vng.example", "--role", "admin", "--config", str(config)], input="kort\nkort\n"
    )
    assert short.exit_code == 2 and "too short" in short.output
    again = runner.invoke(
        app,
        ["users", "add", "anna@vng.example", "--role", "admin", "--config", str(config)],
        input="lang genoeg wachtwoord\nlang genoeg wachtwoord\n",
    )
    assert again.exit_code == 2 and "already has an account" in again.output
    runner.invoke(app, ["users", "disable", "anna@vng.example", "--config", str(config)])
    listing = runner.invoke(app, ["users", "list", "--config", str(config)])
    assert "anna@vng.example  secretariat  all events  disabled" in listing.output
    changed = runner.invoke(
        app,
        ["users", "passwd", "anna@vng.example", "--config", str(config)],
        input="nieuw lang wachtwoord\nnieuw lang wachtwoord\n",
    )
    assert changed.exit_code == 0, changed.output


def test_users_disable_keeps_the_last_active_admin(config: Path) -> None:
    # The same rule as the accounts page: with one active admin, disabling them is refused with why.
    made = runner.invoke(
        app,
        ["users", "add", "boss@vng.example", "--role", "admin", "--config", str(config)],
        input="lang genoeg wachtwoord\nlang genoeg wachtwoord\n",
    )
    assert made.exit_code == 0, made.output
    refused = runner.invoke(app, ["users", "disable", "boss@vng.example", "--config", str(config)])
    assert refused.exit_code == 2 and "last active admin" in refused.output


def test_registrations_list_and_export_csv_to_stdout(config: Path, tmp_path: Path) -> None:
    # Imported registrations are listed and exported with the stable header (email, name, session, status);
    # a name that looks like a formula is written as text.
    mail = tmp_path / "m.eml"
    mail.write_bytes(
        b'From: "=1+2" <p@gemeente.example>\r\nTo: d-loket@vng.example\r\nSubject: Aanmelding\r\n'
        b"Message-ID: <e1@gemeente.example>\r\n\r\nIk wil graag aansluiten in Utrecht.\r\n"
    )
    assert runner.invoke(app, ["ingest", "--config", str(config), str(mail)]).exit_code == 0
    listed = runner.invoke(app, ["registrations", "list", "--event", "dia-demo", "--config", str(config)])
    assert "dia-demo-utrecht: 1 confirmed" in listed.output and "p@gemeente.example" in listed.output
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "mailflow.cli",
            "registrations",
            "export",
            "--event",
            "dia-demo",
            "--format",
            "csv",
            "--config",
            str(config),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert {"email", "name", "session", "status"} <= set(rows[0])
    assert [(r["email"], r["session"], r["status"]) for r in rows] == [
        ("p@gemeente.example", "dia-demo-utrecht", "confirmed")
    ]
    assert rows[0]["name"] == "'=1+2"  # shown as text by a spreadsheet, never evaluated
    xlsx = tmp_path / "r.xlsx"
    done = runner.invoke(
        app,
        [
            "registrations",
            "export",
            "--event",
            "dia-demo",
            "--format",
            "xlsx",
            "-o",
            str(xlsx),
            "--config",
            str(config),
        ],
    )
    assert done.exit_code == 0 and xlsx.read_bytes()[:2] == b"PK"
    unknown = runner.invoke(app, ["registrations", "export", "--event", "nope", "--config", str(config)])
    assert unknown.exit_code == 2 and "no event 'nope'" in unknown.output


def test_the_pages_refuse_to_start_without_a_secret_key(config: Path) -> None:
    # serve and web both stop with one line that says how to make a key (or how to leave the pages out).
    for command in ("serve", "web"):
        r = subprocess.run(
            [sys.executable, "-m", "mailflow.cli", command, "--config", str(config)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "MAILFLOW_SECRET_KEY": ""},
        )
        assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
        assert "secret key" in r.stderr and "secret_key_file" in r.stderr and r.stderr.strip().count("\n") == 0


def test_mailflow_web_serves_the_pages_alone(config: Path, tmp_path: Path) -> None:
    # `mailflow web` with the key in the environment: /health answers, /review wants a login; Ctrl-C stops it.
    import signal
    import socket
    import time
    import urllib.error
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with config.open("a", encoding="utf-8") as f:
        f.write(f'[web]\nlisten = "127.0.0.1:{port}"\n')
    proc = subprocess.Popen(
        [sys.executable, "-m", "mailflow.cli", "web", "--config", str(config)],
        env={**os.environ, "MAILFLOW_SECRET_KEY": "k" * 40},
        stderr=subprocess.PIPE,
    )
    try:
        deadline, body = time.monotonic() + 30, b""
        while time.monotonic() < deadline:
            try:
                body = urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        assert body == b'{"status":"ok"}'

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
                return None

        try:
            urllib.request.build_opener(NoRedirect).open(f"http://127.0.0.1:{port}/review", timeout=5)
            raise AssertionError("the queue answered without a login")
        except urllib.error.HTTPError as exc:
            assert exc.code == 303 and exc.headers["location"].startswith("/login")
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(20) == 0
