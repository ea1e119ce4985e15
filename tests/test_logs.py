"""Logs an operator can use: one line per message outcome and per reply, JSON for shippers, no SMTP chatter."""

from __future__ import annotations

import json
import logging
import os
import signal
import smtplib
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from mailflow.catalogue import Catalogue
from mailflow.config import Settings
from mailflow.intake.store import accept
from mailflow.logs import AsDebug, JsonFormatter
from mailflow.pipeline import Pipeline, process_pending

from support import at

ROOT = Path(__file__).resolve().parent.parent


def test_json_lines_carry_the_structured_fields() -> None:
    record = logging.LogRecord("mailflow.worker", logging.INFO, __file__, 1, "message %s: %s", ("<a@b>", "done"), None)
    record.message_id, record.registrations = "<a@b>", ["anna@x.nl -> dia-utrecht (confirmed)"]
    line = JsonFormatter().format(record)
    assert "\n" not in line
    data = json.loads(line)
    assert data["level"] == "INFO" and data["logger"] == "mailflow.worker" and data["message"] == "message <a@b>: done"
    assert data["message_id"] == "<a@b>" and data["registrations"] == ["anna@x.nl -> dia-utrecht (confirmed)"]
    assert data["time"].endswith("Z") and data["pid"] == os.getpid()


def test_smtp_chatter_is_relabelled_debug() -> None:
    record = logging.LogRecord("mail.log", logging.INFO, __file__, 1, "Peer: %r", ("127.0.0.1",), None)
    assert AsDebug().filter(record) and record.levelname == "DEBUG"


def test_one_info_line_per_message_outcome(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    # Who was registered for what, in one line per message, with the fields to index it by.
    now = at(2026, 11, 22, 12)
    raw = (
        b"From: Anna <anna@utrecht.nl>\r\nTo: d-loket@vng.nl\r\nSubject: Aanmelding\r\n"
        b"Message-ID: <log1@utrecht.nl>\r\nDate: Sun, 22 Nov 2026 10:00:00 +0100\r\n\r\n"
        b"Ik wil graag aansluiten in Utrecht.\r\n"
    )
    inbound = accept(synced, raw, source="smtp", received_at=now).id
    with caplog.at_level(logging.INFO, logger="mailflow.worker"):
        process_pending(Pipeline(catalogue, settings, synced, lambda: now))
    [line] = [r for r in caplog.records if r.name == "mailflow.worker"]
    fields: Any = line
    assert line.levelno == logging.INFO
    assert line.getMessage().startswith(
        f"message <log1@utrecht.nl> (#{inbound}) for dia: processed; "
        "anna@utrecht.nl -> dia-utrecht (confirmed); 1 reply queued"
    )
    assert (fields.message_id, fields.event, fields.outcome) == ("<log1@utrecht.nl>", "dia", "processed")
    assert fields.registrations == ["anna@utrecht.nl -> dia-utrecht (confirmed)"] and fields.review_item is None
    assert len(fields.outbound_ids) == 1


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def json_lines(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def wait_for(path: Path, found: Any, timeout: float = 60.0) -> list[dict[str, Any]]:
    """The log lines once ``found(lines)`` holds (every line must be JSON all the while)."""
    deadline = time.monotonic() + timeout
    while True:
        lines = json_lines(path) if path.exists() else []
        if found(lines) or time.monotonic() > deadline:
            return lines
        time.sleep(0.1)


def test_serve_logs_json_without_smtp_chatter(tmp_path: Path) -> None:
    # `mailflow serve --log-format json` as a log shipper sees it: every line one JSON object,
    # also from the worker process; the outcome and the delivered reply; no per-command SMTP lines.
    (tmp_path / "catalogue.toml").write_text(
        (ROOT / "demo" / "catalogue.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    port = free_port()
    (tmp_path / "mailflow.toml").write_text(
        f"""
[catalogue]
files = ["catalogue.toml"]
[intake.smtp]
listen = "127.0.0.1:{port}"
[sender]
domain = "mailflow.test"
[web]
enabled = false
""",
        encoding="utf-8",
    )
    log = tmp_path / "serve.log"
    with log.open("wb") as err:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "mailflow.cli",
                "serve",
                "--config",
                str(tmp_path / "mailflow.toml"),
                "--log-format",
                "json",
            ],
            stdout=subprocess.DEVNULL,
            stderr=err,
            cwd=tmp_path,
        )
    try:
        started = wait_for(log, lambda ls: any("intake on" in x["message"] for x in ls))
        assert any("intake on" in x["message"] for x in started), log.read_text()
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as smtp:
            smtp.sendmail(
                "p.devries@gemeente.example",
                ["d-loket@vng.example"],
                b"From: p.devries@gemeente.example\r\nTo: d-loket@vng.example\r\nSubject: Aanmelding\r\n"
                b"Message-ID: <json1@gemeente.example>\r\n\r\nIk wil graag aansluiten in Utrecht.\r\n",
            )
        lines = wait_for(log, lambda ls: any("delivered" in x["message"] for x in ls))
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(30)
    [outcome] = [x for x in lines if x.get("message_id") == "<json1@gemeente.example>" and "outcome" in x]
    assert outcome["level"] == "INFO" and outcome["outcome"] == "processed" and outcome["event"]
    assert outcome["registrations"] == ["p.devries@gemeente.example -> dia-demo-utrecht (confirmed)"]
    assert outcome["pid"] != proc.pid  # written by the worker process
    [sent] = [x for x in lines if "delivered" in x["message"]]
    assert sent["recipients"] == ["p.devries@gemeente.example"] and sent["outbound_id"] == outcome["outbound_ids"][0]
    assert not [x for x in lines if x["logger"] == "mail.log"]
    assert proc.returncode == 0 or proc.returncode == -signal.SIGINT
