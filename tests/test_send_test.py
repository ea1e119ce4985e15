"""`mailflow send-test` against the real intake, in the protocol the configuration names (SMTP or LMTP)."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from mailflow.cli import app
from mailflow.config import load_settings
from mailflow.db.engine import make_engine, make_session_factory
from mailflow.db.models import Base, InboundMessage
from mailflow.intake.smtp import start_intake

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_config(tmp_path: Path, *, lmtp: bool, port: int) -> Path:
    p = tmp_path / "mailflow.toml"
    p.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path}/mf.db"\n'
        f'[catalogue]\nfiles = ["{ROOT}/demo/catalogue.toml"]\n'
        f'[intake.smtp]\nlisten = "127.0.0.1:{port}"\nlmtp = {str(lmtp).lower()}\n'
        "[web]\nenabled = false\n",
        encoding="utf-8",
    )
    return p


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    """An event loop in a background thread for the intake, as `mailflow serve` has."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    yield loop
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)
    loop.close()


@pytest.mark.parametrize("lmtp", [False, True], ids=["smtp", "lmtp"])
def test_send_test_speaks_the_intakes_protocol(tmp_path: Path, loop: asyncio.AbstractEventLoop, lmtp: bool) -> None:
    # Defect 7: with `lmtp = true` send-test used SMTP and got "500 HELO not recognized"; now it is stored.
    config = write_config(tmp_path, lmtp=lmtp, port=free_port())
    settings = load_settings(config)
    engine = make_engine(settings.database_url)
    Base.metadata.create_all(engine)
    factory = make_session_factory(engine)
    server = asyncio.run_coroutine_threadsafe(
        start_intake(settings.smtp, frozenset({"d-loket@vng.example"}), factory), loop
    ).result(15)
    try:
        res = runner.invoke(app, ["send-test", "--config", str(config), "--body", "Ik kom naar Utrecht."])
        assert res.exit_code == 0, res.output
        assert f"via {'LMTP' if lmtp else 'SMTP'} 127.0.0.1:{server.port}" in res.output
    finally:
        asyncio.run_coroutine_threadsafe(server.stop(), loop).result(15)
    with factory() as db:
        [row] = db.scalars(select(InboundMessage)).all()
    engine.dispose()
    assert row.source == ("lmtp" if lmtp else "smtp") and row.envelope_to == ["d-loket@vng.example"]
    assert b"Ik kom naar Utrecht." in row.raw


def test_send_test_without_a_running_intake_says_what_to_check(tmp_path: Path) -> None:
    # Nobody listens: one line naming the address, the protocol and what to check, exit code 2.
    config = write_config(tmp_path, lmtp=True, port=free_port())
    res = runner.invoke(app, ["send-test", "--config", str(config)])
    assert res.exit_code == 2
    assert "over LMTP" in res.output and "is `mailflow serve` running" in res.output
