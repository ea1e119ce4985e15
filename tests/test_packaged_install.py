"""A normal install, as into /opt or a container: build the wheel, install it in a fresh
virtualenv and run a registration end to end from a folder that is not the checkout.

Everything mailflow reads at run time (mail templates, word lists, Alembic migrations)
must come from the installed package, not from the source tree an editable install
points at. Building and installing takes about half a minute (pip's cache makes the
dependencies quick), so one module-scoped fixture does it once for every test here.
"""

from __future__ import annotations

import email
import email.policy
import os
import shutil
import signal
import smtplib
import socket
import subprocess
import sys
import time
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Iterator

import icalendar
import pytest

ROOT = Path(__file__).resolve().parent.parent
# What the wheel is built from: the project without its tests, caches and local state.
NOT_SHIPPED = shutil.ignore_patterns(
    ".git", ".venv", "var", "build", "*.egg-info", "__pycache__", ".pytest_cache", "tests", "bench"
)


@dataclass(frozen=True)
class Installed:
    wheel: Path
    bin: Path  # the fresh virtualenv's bin/
    env: dict[str, str]  # a clean environment: no MAILFLOW_*, no PYTHONPATH, no active venv


def _run(args: list[str | Path], **kw: object) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, **kw)  # type: ignore[call-overload]
    assert done.returncode == 0, f"{' '.join(map(str, args))} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAILFLOW_", "PYTHON")) and k != "VIRTUAL_ENV"}
    source = tmp_path_factory.mktemp("source") / "mailflow"
    shutil.copytree(ROOT, source, ignore=NOT_SHIPPED)
    wheels = tmp_path_factory.mktemp("wheels")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", wheels, source], env=env)
    (wheel,) = wheels.glob("mailflow-*.whl")
    venv = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", venv], env=env)
    _run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", wheel], env=env)
    return Installed(wheel, venv / "bin", env)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class Site:
    """A deployment folder with its own config and catalogue; its Maildir does not exist yet."""

    folder: Path
    port: int

    @property
    def config(self) -> Path:
        return self.folder / "mailflow.toml"


@pytest.fixture
def site(tmp_path: Path) -> Site:
    site = Site(tmp_path / "site", _free_port())
    site.folder.mkdir()
    shutil.copy(ROOT / "demo" / "catalogue.toml", site.folder / "catalogue.toml")
    site.config.write_text(
        '[database]\nurl = "sqlite:///var/mailflow.db"\n'
        '[catalogue]\nfiles = ["catalogue.toml"]\n'
        f'[intake.smtp]\nlisten = "127.0.0.1:{site.port}"\n'
        '[outbound]\nmaildir = "lib/mailflow/outbox"\n'
        '[sender]\nname = "Secretariaat Democratie in Actie"\ndomain = "mailflow.test"\n'
        "[web]\nenabled = false\n",
        encoding="utf-8",
    )
    return site


def registration(body: str, sender: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = f"Jan Jansen <{sender}>", "d-loket@vng.example", "Aanmelding"
    msg["Date"], msg["Message-ID"] = formatdate(localtime=True), make_msgid(domain="gemeente.example")
    msg.set_content(body)
    return msg


def wait_for_replies(maildir: Path, n: int, serve: subprocess.Popen[str], timeout: float = 90.0) -> list[Path]:
    """The files in the Maildir's new/ once there are ``n`` (serve starts a worker process first)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = sorted((maildir / "new").glob("*")) if (maildir / "new").is_dir() else []
        if len(found) >= n:
            return found
        if serve.poll() is not None:
            break
        time.sleep(0.1)
    out = _stop(serve)
    raise AssertionError(f"{len(found)} of {n} replies in {maildir}; serve said:\n{out}")


def wait_for_port(port: int, serve: subprocess.Popen[str], timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and serve.poll() is None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"serve did not listen on {port}:\n{_stop(serve)}")


def _stop(serve: subprocess.Popen[str]) -> str:
    if serve.poll() is None:
        serve.send_signal(signal.SIGINT)  # Ctrl-C: serve stops its worker process and exits
        try:
            serve.wait(60)
        except subprocess.TimeoutExpired:
            serve.kill()
    out, _ = serve.communicate()
    return out


@contextmanager
def serving(installed: Installed, site: Site) -> Iterator[subprocess.Popen[str]]:
    """``mailflow serve`` run from the site folder (./mailflow.toml), stopped with Ctrl-C at the end."""
    proc = subprocess.Popen(
        [str(installed.bin / "mailflow"), "serve"],
        cwd=site.folder,
        env=installed.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            _stop(proc)


def dutch_confirmation_with_invite(path: Path) -> EmailMessage:
    msg: EmailMessage = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)  # type: ignore[assignment]
    assert msg["Content-Language"] == "nl-NL" and msg["X-Mailflow-Kind"] == "confirmation"
    text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Hartelijk dank voor uw aanmelding" in text and "Utrecht" in text
    ics = [p for p in msg.walk() if p.get_filename() == "invite.ics"]
    assert len(ics) == 1
    cal = icalendar.Calendar.from_ical(ics[0].get_payload(decode=True))
    assert str(cal["METHOD"]) == "REQUEST"
    return msg


def test_the_wheel_carries_every_file_read_at_run_time(installed: Installed) -> None:
    # Every template (any subfolder, any language), every migration and word list is in the wheel.
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    wanted = {
        f"mailflow/templates/{p.relative_to(ROOT / 'templates').as_posix()}"
        for p in (ROOT / "templates").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    wanted |= {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "mailflow" / "db" / "migrations").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    wanted |= {p.relative_to(ROOT).as_posix() for p in (ROOT / "mailflow" / "understand" / "lexicon").glob("*.toml")}
    assert {
        "mailflow/templates/mail/nl/confirmation.txt.j2",
        "mailflow/templates/web/item.html",
        "mailflow/templates/web/static/style.css",
    } <= wanted
    assert wanted - names == set()
    assert not [n for n in names if n.endswith(".pyc")]


def test_a_registration_is_answered_from_the_installed_package(installed: Installed, site: Site) -> None:
    # db upgrade, events sync, ingest an .eml, then serve sends that reply and answers one
    # more registration over SMTP: two Dutch confirmations with an invite in a Maildir that
    # did not exist before.
    mailflow = str(installed.bin / "mailflow")
    elsewhere = site.folder / "elsewhere"  # not the checkout, and not the config's folder either
    elsewhere.mkdir()
    config = ["--config", str(site.config)]
    for args in (["db", "upgrade"], ["events", "sync"], ["templates", "check"]):
        _run([mailflow, *args, *config], cwd=elsewhere, env=installed.env)
    eml = elsewhere / "aanmelding.eml"
    eml.write_bytes(registration("Ik wil graag aansluiten in Utrecht.", "j.jansen@gemeente.example").as_bytes())
    ingested = _run([mailflow, "ingest", *config, str(eml)], cwd=elsewhere, env=installed.env)
    assert "1 reply" in ingested.stdout and "failed" not in ingested.stdout, ingested.stdout

    maildir = site.folder / "lib" / "mailflow" / "outbox"
    assert not maildir.exists()
    with serving(installed, site) as serve:
        (first,) = wait_for_replies(maildir, 1, serve)
        assert dutch_confirmation_with_invite(first)["To"] == "Jan Jansen <j.jansen@gemeente.example>"
        wait_for_port(site.port, serve)
        with smtplib.SMTP("127.0.0.1", site.port, timeout=30) as smtp:
            smtp.send_message(registration("Graag aanmelden voor de sessie in Utrecht.", "p.devries@gemeente.example"))
        replies = wait_for_replies(maildir, 2, serve)
        second = next(p for p in replies if p != first)
        assert dutch_confirmation_with_invite(second)["To"] == "Jan Jansen <p.devries@gemeente.example>"
        assert {p.name for p in maildir.iterdir()} == {"cur", "new", "tmp"}
        out = _stop(serve)
        assert serve.returncode == 0, out
