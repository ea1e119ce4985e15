"""A running serve follows its catalogue files: edits are validated, synced and used without a restart."""

from __future__ import annotations

import asyncio
import email
import email.policy
import logging
import os
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailflow.catalogue import Catalogue, load_catalogue
from mailflow.catalogue.reload import FileWatch, follow_catalogue
from mailflow.catalogue.sync import sync_catalogue
from mailflow.db.models import SessionRow

from service_kit import service, worker_processes

ROOT = Path(__file__).resolve().parent.parent
OLD_TIME = "starts = 2030-06-10T09:00:00\n  ends = 2030-06-10T12:00:00"
NEW_TIME = "starts = 2030-06-10T13:30:00\n  ends = 2030-06-10T16:30:00"


def demo_copy(tmp_path: Path) -> Path:
    path = tmp_path / "catalogue.toml"
    text = (ROOT / "demo" / "catalogue.toml").read_text(encoding="utf-8")
    assert OLD_TIME in text
    path.write_text(text, encoding="utf-8")
    return path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_file_watch_reacts_to_content_not_to_saving(tmp_path: Path) -> None:
    path = demo_copy(tmp_path)
    watch = FileWatch([path])
    assert watch.changed() is None
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # saved again, same content
    assert watch.changed() is None
    edit(path, "09:00:00", "09:15:00")  # same size
    new = watch.changed()
    assert new is not None
    watch.settle(new)
    assert watch.changed() is None and watch.changed(force=True) is None
    before = path.stat()
    edit(path, "09:15:00", "09:45:00")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # a clock that did not move
    assert watch.changed() is None and watch.changed(force=True) is not None  # SIGHUP looks anyway


def test_an_invalid_edit_is_an_error_and_the_old_catalogue_stays(
    tmp_path: Path, factory: sessionmaker[Session], caplog: pytest.LogCaptureFixture
) -> None:
    # A half-typed edit: ERROR with file:line, nothing handed on; the fix is synced and handed on.
    path = demo_copy(tmp_path)
    with factory() as db, db.begin():
        sync_catalogue(db, load_catalogue([path]))
    used: list[Catalogue] = []

    async def scenario() -> None:
        stop, hup = asyncio.Event(), asyncio.Event()
        task = asyncio.create_task(follow_catalogue([path], factory, stop, hup, used.append, interval=30))
        await asyncio.sleep(0)
        edit(path, "capacity = 60", 'capacity = "veel"')
        hup.set()
        for _ in range(200):
            if any(r.levelno == logging.ERROR for r in caplog.records):
                break
            await asyncio.sleep(0.02)
        edit(path, 'capacity = "veel"\n', "capacity = 60\n")
        edit(path, OLD_TIME, NEW_TIME)
        hup.set()
        for _ in range(200):
            if used:
                break
            await asyncio.sleep(0.02)
        stop.set()
        await asyncio.wait_for(task, 5)

    with caplog.at_level(logging.INFO, logger="mailflow.catalogue"):
        asyncio.run(scenario())
    [error] = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert f"{path}:" in error and "capacity" in error and "still using the previous one" in error
    [new] = used
    assert f"{new.session('dia-demo-utrecht').starts:%H:%M}" == "13:30"
    with factory() as db:
        row = db.scalars(select(SessionRow).where(SessionRow.key == "dia-demo-utrecht")).one()
        assert f"{row.starts.astimezone(new.event('dia-demo').tz):%H:%M}" == "13:30" and row.sequence == 1
    assert any("catalogue reloaded from" in r.getMessage() and "1 updated" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("processes", [0, 1])
def test_serve_answers_with_the_new_time_after_an_edit(tmp_path: Path, processes: int) -> None:
    # The secretariat moves a session to the afternoon while serve runs: the next confirmation
    # carries the new time, with no restart and no `mailflow events sync`.
    path = demo_copy(tmp_path)
    with service(tmp_path, f"[worker]\nprocesses = {processes}\n", catalogue=path) as running:
        worker_processes(processes)
        running.send("Ik wil graag aansluiten in Utrecht.", sender="een@gemeente.example")
        before = email.message_from_bytes(running.wait_for_relay(1)[0][2], policy=email.policy.default)
        assert "09:00" in before.get_body(("plain",)).get_content()
        edit(path, OLD_TIME, NEW_TIME)
        deadline = time.monotonic() + 20
        while running.app.catalogue.session("dia-demo-utrecht").starts.hour != 13 and time.monotonic() < deadline:
            time.sleep(0.05)
        running.send("Ik wil graag aansluiten in Utrecht.", sender="twee@gemeente.example")
        after = email.message_from_bytes(running.wait_for_relay(2)[1][2], policy=email.policy.default)
    text = after.get_body(("plain",)).get_content()
    assert "13:30" in text and "09:00" not in text


def test_sighup_to_the_process_group_reloads_and_keeps_the_workers(tmp_path: Path) -> None:
    # `kill -HUP` (here to the whole process group, as a closing terminal does) makes serve look
    # at once, even when size and modification time say nothing changed; the worker process
    # ignores the hang-up, gets the new catalogue from serve and confirms with the new time.
    import signal
    import smtplib
    import subprocess
    import sys

    from test_logs import free_port, json_lines, wait_for

    path = demo_copy(tmp_path)
    port = free_port()
    (tmp_path / "mailflow.toml").write_text(
        f'[catalogue]\nfiles = ["catalogue.toml"]\n[intake.smtp]\n'
        f'listen = "127.0.0.1:{port}"\n[web]\nenabled = false\n',
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
            start_new_session=True,
        )
    try:
        assert any(
            "intake on" in x["message"] for x in wait_for(log, lambda ls: any("intake on" in x["message"] for x in ls))
        ), log.read_text()
        before = path.stat()
        edit(path, OLD_TIME, NEW_TIME)  # same size ...
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # ... and the same time stamp
        time.sleep(3 * 2.0)  # the periodic look sees nothing
        assert not [x for x in json_lines(log) if "reloaded" in x["message"]]
        os.killpg(proc.pid, signal.SIGHUP)
        lines = wait_for(log, lambda ls: any("using the reloaded catalogue" in x["message"] for x in ls))
        assert any(x["message"].startswith("catalogue reloaded from") for x in lines), lines
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as smtp:
            smtp.sendmail(
                "drie@gemeente.example",
                ["d-loket@vng.example"],
                b"From: drie@gemeente.example\r\nTo: d-loket@vng.example\r\nSubject: Aanmelding\r\n"
                b"Message-ID: <hup1@gemeente.example>\r\n\r\nIk wil graag aansluiten in Utrecht.\r\n",
            )
        lines = wait_for(log, lambda ls: any("delivered" in x["message"] for x in ls))
        assert proc.poll() is None
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        proc.wait(30)
    [outcome] = [x for x in lines if x.get("message_id") == "<hup1@gemeente.example>"]
    assert outcome["pid"] != proc.pid and outcome["outcome"] == "processed"
    [reply] = list((tmp_path / "var" / "outbox" / "new").iterdir())
    text = email.message_from_bytes(reply.read_bytes(), policy=email.policy.default).get_body(("plain",)).get_content()
    assert "13:30" in text and "09:00" not in text
    assert all(x["level"] != "ERROR" for x in json_lines(log))
