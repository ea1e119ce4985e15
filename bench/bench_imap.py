"""IMAP mailbox benchmark: a burst of registration mails into a shared mailbox on a real Dovecot.

What it answers: with the mailbox worker running (in IDLE), how fast does a
burst of N registration mails appended to INBOX get accepted, processed and
moved out, and how fast do the replies land in the outbox? And is every
original afterwards in the folder its outcome says, exactly once?

Processing is the real pipeline (``mailflow.worker.process_one``: understand,
decide, apply, compose) when it is importable, else the injected stand-in
from the tests; the output says which. Dovecot runs on loopback from a config
in a temp dir (tests/imap_server.py); the database is a fresh SQLite file.

    .venv/bin/python bench/bench_imap.py                  # 1,000 mails, burst while running
    .venv/bin/python bench/bench_imap.py --mode backlog   # append first, then start the worker
    .venv/bin/python bench/bench_imap.py --injected       # force the stand-in processing step
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from sqlalchemy import create_engine, func, select  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from imap_server import Dovecot  # noqa: E402
from mailflow.catalogue import load_catalogue  # noqa: E402
from mailflow.config import Mailbox, Sender, Settings  # noqa: E402
from mailflow.db.engine import make_engine, make_session_factory  # noqa: E402
from mailflow.db.models import Base, InboundMessage, OutboundMessage  # noqa: E402
from mailflow.intake.imap import MailboxWorker  # noqa: E402

CITIES = ("Utrecht", "Haarlem", "Arnhem", "Assen", "Venlo")
FOLDER = {"processed": "Verwerkt", "review": "Te beoordelen", "ignored": "Genegeerd", "failed": "Te beoordelen"}


def messages(n: int) -> list[bytes]:
    out = []
    for i in range(n):
        msg = EmailMessage()
        msg["From"] = f"Deelnemer {i} <deelnemer{i}@gemeente{i % 97}.example>"
        msg["To"], msg["Subject"] = "d-loket@vng.example", "Aanmelding ontwerpsessie"
        msg["Message-ID"] = f"<bench-imap-{i}-{time.time_ns()}@gemeente.example>"
        msg["Date"] = "Tue, 3 Mar 2026 10:00:00 +0100"
        msg.set_content(
            f"Goedemiddag,\n\nIk wil graag aansluiten bij de sessie in {CITIES[i % len(CITIES)]}."
            f"\n\nMet vriendelijke groet,\nDeelnemer {i}\n"
        )
        out.append(msg.as_bytes().replace(b"\n", b"\r\n"))
    return out


def make_process(
    factory: sessionmaker[Session], settings: Settings, injected: bool
) -> tuple[str, Callable[[int], str]]:
    if not injected:
        try:
            from mailflow.app import utc_now
            from mailflow.catalogue.sync import sync_catalogue
            from mailflow.pipeline import Pipeline, process_one
        except ImportError as exc:
            print(f"real pipeline not importable ({exc}); using the injected stand-in")
        else:
            catalogue = load_catalogue(settings.catalogue_files)
            with factory() as db, db.begin():
                sync_catalogue(db, catalogue)
            pipeline = Pipeline(catalogue=catalogue, settings=settings, session_factory=factory, clock=utc_now)
            return "real pipeline (understand + decide + apply + compose)", lambda i: process_one(pipeline, i)
    from imap_worker_proc import simple_process

    return "injected stand-in (tests/imap_worker_proc.simple_process)", simple_process(factory)


def folder_counts(server: Dovecot) -> dict[str, int]:
    with server.client() as c:
        names = ["INBOX", *sorted(set(FOLDER.values()))]
        return {f: int(c.folder_status(f, [b"MESSAGES"])[b"MESSAGES"]) if c.folder_exists(f) else 0 for f in names}


def verify(server: Dovecot, observer: sessionmaker[Session], sent_ids: list[str]) -> tuple[bool, str]:
    """Every original in exactly one folder, the one its database state says."""
    where: dict[str, list[str]] = {}
    with server.client() as c:
        for folder in ("INBOX", *sorted(set(FOLDER.values()))):
            if not c.folder_exists(folder):
                continue
            c.select_folder(folder, readonly=True)
            for item in c.fetch(c.search(["ALL"]), ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]).values():
                mid = item[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().split(":", 1)[1].strip()
                where.setdefault(mid, []).append(folder)
    with observer() as db:
        state = {m: s for m, s in db.execute(select(InboundMessage.message_id, InboundMessage.state))}
    problems = [
        f"{m}: in {where.get(m)}, state {state.get(m)}"
        for m in sent_ids
        if where.get(m) != [FOLDER.get(state.get(m, ""), "?")]
    ]
    return not problems, "; ".join(problems[:5]) or "every original exactly once, in its outcome's folder"


@dataclass
class Result:
    appended: float
    moved: float
    outbox: float
    states: Counter[str]
    outbox_rows: int
    ok: bool
    detail: str


def setup(server: Dovecot, tmp: Path, batch: int) -> tuple[Settings, sessionmaker[Session], sessionmaker[Session]]:
    """A fresh SQLite database, and settings with one mailbox on the Dovecot."""
    (tmp / "pw").write_text(server.password)
    url = f"sqlite:///{tmp}/mf.db"
    engine = make_engine(url)
    Base.metadata.create_all(engine)
    mailbox = Mailbox(
        host=server.host,
        port=server.port,
        tls="none",
        user=server.user,
        password_file=tmp / "pw",
        batch_size=batch,
        poll_interval=60.0,
        name="bench",
    )
    settings = Settings(
        path=None,
        database_url=url,
        catalogue_files=(ROOT / "demo" / "catalogue.toml",),
        sender=Sender(domain="mailflow.test"),
        mailboxes=(mailbox,),
    )
    # the observer reads without the app engine's BEGIN IMMEDIATE, so watching does not slow the worker
    return settings, make_session_factory(engine), make_session_factory(create_engine(url))


def wait_done(server: Dovecot, observer: sessionmaker[Session], n: int, t0: float) -> tuple[float, float]:
    """Seconds from t0 until every original left INBOX, and until every processed one has its reply."""
    t_moved = t_outbox = None
    while t_moved is None or t_outbox is None:
        counts = folder_counts(server)
        if t_moved is None and counts["INBOX"] == 0 and sum(counts.values()) == n:
            t_moved = time.monotonic() - t0
        with observer() as db:
            processed = db.scalar(select(func.count()).where(InboundMessage.state == "processed")) or 0
            replies = db.scalar(select(func.count(func.distinct(OutboundMessage.inbound_id)))) or 0
        if t_outbox is None and t_moved is not None and replies >= processed:
            t_outbox = time.monotonic() - t0
        if time.monotonic() - t0 > 1800:
            raise SystemExit("gave up after 30 minutes")
        time.sleep(0.2)
    return t_moved, t_outbox


def run(
    server: Dovecot,
    settings: Settings,
    factory: sessionmaker[Session],
    observer: sessionmaker[Session],
    process: Callable[[int], str],
    n: int,
    mode: str,
) -> Result:
    mails = messages(n)
    ids = [m.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0].decode() for m in mails]
    worker = MailboxWorker(settings.mailboxes[0], factory, process)
    thread = threading.Thread(target=worker.run, daemon=True)
    try:
        if mode == "burst":  # the worker is connected and in IDLE first
            thread.start()
            while not worker.folders:
                time.sleep(0.05)
            time.sleep(0.5)
        t0 = time.monotonic()
        with server.client() as c:
            for raw in mails:
                c.append("INBOX", raw)
        appended = time.monotonic() - t0
        if mode == "backlog":  # measure the processing of a full INBOX only
            t0 = time.monotonic()
            thread.start()
        moved, outbox = wait_done(server, observer, n, t0)
    finally:
        worker.stop.set()
        if thread.is_alive():
            thread.join(30)
    ok, detail = verify(server, observer, ids)
    with observer() as db:
        states = Counter(db.scalars(select(InboundMessage.state)).all())
        rows = db.scalar(select(func.count()).select_from(OutboundMessage)) or 0
    return Result(appended, moved, outbox, states, rows, ok, detail)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--mode", choices=("burst", "backlog"), default="burst")
    ap.add_argument("--injected", action="store_true", help="use the stand-in processing step")
    a = ap.parse_args()
    server, tmp = Dovecot(), Path(tempfile.mkdtemp(prefix="mailflow-bench-imap-"))
    server.start()
    try:
        settings, factory, observer = setup(server, tmp, a.batch)
        label, process = make_process(factory, settings, a.injected)
        r = run(server, settings, factory, observer, process, a.n, a.mode)
    finally:
        server.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)
    start = "first append" if a.mode == "burst" else "worker start"
    print(
        f"mailflow IMAP benchmark, {dt.date.today()}, Python {platform.python_version()}, "
        f"{platform.machine()}, Dovecot on loopback, SQLite (WAL)"
    )
    print(f"processing: {label}; mode: {a.mode}; batch_size {a.batch}; {a.n} messages")
    print(f"append ({a.n} APPENDs, one connection): {r.appended:.2f} s = {a.n / r.appended:.0f} msg/s")
    print(f"{start} -> all processed and moved: {r.moved:.2f} s = {a.n / r.moved:.1f} msg/s")
    print(f"{start} -> every reply in the outbox: {r.outbox:.2f} s = {a.n / r.outbox:.1f} msg/s")
    print(f"outcomes: {dict(r.states)}; outbox rows: {r.outbox_rows}")
    print(f"verification: {'OK' if r.ok else 'FAILED'}: {r.detail}")
    raise SystemExit(0 if r.ok else 1)


if __name__ == "__main__":
    main()
