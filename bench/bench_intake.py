"""Durable intake benchmark: mailflow's SMTP intake vs. a bare aiosmtpd + SQLite INSERT.

What it answers: how much does "accept, then think" (dedup by Message-ID and
sha256, a SQLAlchemy insert, group commit on a writer thread, all before 250)
cost compared with the least a durable SMTP server can do (one INSERT + COMMIT
on the event loop, then 250)?

Both servers run in their own process (so the clients do not take the server's
GIL), on 127.0.0.1, each with a fresh SQLite file in WAL mode with
synchronous=FULL (mailflow's default: each commit is on disk before its 250;
``--synchronous normal`` measures the faster, less durable setting on both). The clients are threads in this process, each keeping one
connection open for many messages, like a real MTA. Every run checks that the
server stored exactly the messages it acknowledged. With --rounds N the two
servers alternate; the ratio is the median over rounds of ours/bare within the
same round (robust against a busy machine), msg/s are each server's best round,
and the server's CPU time per message is printed too.

    .venv/bin/python bench/bench_intake.py                 # 10,000 messages, 16 clients
    .venv/bin/python bench/bench_intake.py -n 2000 --rounds 3
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import platform
import smtplib
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path

ADDR = "d-loket@vng.nl"
FROM = "bench@gemeente.nl"
HOST = "127.0.0.1"
TARGET = 0.80

_PARAGRAPH = (
    "Beste organisatie,\r\n\r\nHierbij meld ik mij aan voor de regiobijeenkomst in Utrecht op "
    "dinsdag 14 april. Mijn collega Petra de Vries komt ook mee; haar adres is\r\n"
    "petra.devries@gemeente.nl. Wij nemen graag deel aan de middagsessie over\r\n"
    "dienstverlening en het omgevingsloket.\r\n\r\n"
)


def make_messages(count: int, size: int) -> list[bytes]:
    """``count`` distinct RFC 5322 messages of about ``size`` bytes (distinct Message-IDs)."""
    body = (_PARAGRAPH * (size // len(_PARAGRAPH) + 1))[: max(size - 400, 0)]
    body = body[: body.rfind("\r\n") + 2] if "\r\n" in body else body
    return [
        (
            f"From: Deelnemer {n} <p{n}@gemeente.nl>\r\nTo: {ADDR}\r\nSubject: Aanmelding {n}\r\n"
            f"Message-ID: <bench-{n}-{time.time_ns()}@gemeente.nl>\r\nDate: Tue, 3 Mar 2026 10:00:00 +0100\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}"
        ).encode()
        for n in range(count)
    ]


# ---------------------------------------------------------------- servers (child process)


class BareHandler:
    """The floor: one INSERT + COMMIT on the event loop, then 250. No dedup, no thread hop."""

    def __init__(self, path: Path, synchronous: str):
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute(f"PRAGMA synchronous={synchronous.upper()}")
        self.db.execute("CREATE TABLE raw (id INTEGER PRIMARY KEY, bytes BLOB NOT NULL)")

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.db.execute("BEGIN IMMEDIATE")
        cur = self.db.execute("INSERT INTO raw(bytes) VALUES (?)", (envelope.original_content,))  # type: ignore[attr-defined]
        self.db.execute("COMMIT")
        return f"250 2.0.0 Ok: queued as {cur.lastrowid}"

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM raw").fetchone()[0])


def _serve_bare(path: Path, conn: Connection, synchronous: str) -> None:
    from aiosmtpd.smtp import SMTP

    handler = BareHandler(path, synchronous)
    cpu = [0.0]

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: SMTP(
                handler,
                data_size_limit=25 * 1024 * 1024,
                enable_SMTPUTF8=True,
                decode_data=False,
                hostname="bench",
                loop=loop,
            ),
            HOST,
            0,
        )
        conn.send(server.sockets[0].getsockname()[1])
        cpu[0] = time.process_time()
        await loop.run_in_executor(None, conn.recv)
        server.close()
        await server.wait_closed()

    asyncio.run(main())
    conn.send((handler.count(), time.process_time() - cpu[0]))


def _serve_mailflow(path: Path, conn: Connection, synchronous: str) -> None:
    from sqlalchemy import func, select

    from mailflow.config import SmtpIntake
    from mailflow.db.engine import make_engine, make_session_factory
    from mailflow.db.models import Base, InboundMessage
    from mailflow.intake.smtp import start_intake

    engine = make_engine(f"sqlite:///{path}", sqlite_synchronous=synchronous)
    Base.metadata.create_all(engine)
    factory = make_session_factory(engine)
    woken = 0
    cpu = [0.0]

    def on_accept(_id: int) -> None:
        nonlocal woken
        woken += 1

    async def main() -> None:
        settings = SmtpIntake(listen_host=HOST, listen_port=0, addresses=(ADDR,))
        server = await start_intake(settings, frozenset({ADDR}), factory, on_accept, hostname="bench")
        conn.send(server.port)
        cpu[0] = time.process_time()
        await asyncio.get_running_loop().run_in_executor(None, conn.recv)
        await server.stop()

    asyncio.run(main())
    with factory() as db:
        stored = db.scalar(select(func.count()).select_from(InboundMessage)) or 0
    conn.send((stored if stored == woken else -1, time.process_time() - cpu[0]))


SERVERS = {"bare": _serve_bare, "mailflow": _serve_mailflow}


# ---------------------------------------------------------------- clients (this process)


def _client(
    port: int, messages: list[bytes], start: threading.Barrier, deadline: float, sent: list[int], errors: list[str]
) -> None:
    try:
        with smtplib.SMTP(HOST, port, timeout=60) as smtp:
            smtp.ehlo("bench.client")
            start.wait()
            for raw in messages:
                if time.monotonic() > deadline:
                    errors.append("deadline reached")
                    return
                smtp.sendmail(FROM, [ADDR], raw)
                sent.append(1)
    except Exception as exc:  # noqa: BLE001 - report, the summary says the run is invalid
        errors.append(f"{type(exc).__name__}: {exc}")
        start.abort()


def run_once(
    kind: str, messages: list[bytes], clients: int, timeout: float, synchronous: str = "full"
) -> tuple[float, float]:
    """(messages per second, server CPU µs per message); raises if anything was lost or refused."""
    ctx = mp.get_context("spawn")
    with tempfile.TemporaryDirectory(prefix=f"bench-{kind}-") as tmp:
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=SERVERS[kind], args=(Path(tmp) / "intake.db", child, synchronous), daemon=True)
        proc.start()
        try:
            if not parent.poll(60):
                raise RuntimeError(f"{kind} server did not start within 60 s")
            port = parent.recv()
            shares = [messages[i::clients] for i in range(clients)]
            start = threading.Barrier(clients + 1)
            deadline = time.monotonic() + timeout
            sent: list[int] = []
            errors: list[str] = []
            threads = [
                threading.Thread(target=_client, args=(port, s, start, deadline, sent, errors), daemon=True)
                for s in shares
            ]
            for t in threads:
                t.start()
            try:
                start.wait(60)
            except threading.BrokenBarrierError:
                pass  # a client failed to connect; its error is reported below
            began = time.perf_counter()
            for t in threads:
                t.join(max(deadline - time.monotonic(), 0) + 5)
            elapsed = time.perf_counter() - began
            parent.send("stop")
            stored, cpu = parent.recv() if parent.poll(120) else (None, 0.0)
        finally:
            proc.join(30)
            if proc.is_alive():
                proc.kill()
    if errors:
        raise RuntimeError(f"{kind}: {len(errors)} client error(s), first: {errors[0]}")
    if len(sent) != len(messages) or stored != len(messages):
        raise RuntimeError(f"{kind}: sent {len(sent)}, server stored {stored}, expected {len(messages)}")
    return len(messages) / elapsed, cpu / len(messages) * 1e6


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("-n", "--messages", type=int, default=10_000, help="messages per server (default 10000)")
    p.add_argument("-c", "--clients", type=int, default=16, help="parallel SMTP connections (default 16)")
    p.add_argument("--size", type=int, default=5_000, help="approximate message size in bytes (default 5000)")
    p.add_argument("--rounds", type=int, default=1, help="alternate bare/mailflow this many times, keep the best")
    p.add_argument("--timeout", type=float, default=300, help="give up on a run after this many seconds")
    p.add_argument(
        "--synchronous",
        choices=("full", "normal"),
        default="full",
        help="SQLite's synchronous setting for both servers (default full, as mailflow ships)",
    )
    args = p.parse_args(argv)

    best: dict[str, tuple[float, float]] = {"bare": (0.0, 0.0), "mailflow": (0.0, 0.0)}
    paired: list[float] = []
    for r in range(args.rounds):
        messages = make_messages(args.messages, args.size)  # fresh Message-IDs per round
        rates: dict[str, float] = {}
        for kind in ("bare", "mailflow") if r % 2 == 0 else ("mailflow", "bare"):
            rate, cpu = run_once(kind, messages, args.clients, args.timeout, args.synchronous)
            best[kind], rates[kind] = max(best[kind], (rate, cpu)), rate
            print(f"round {r + 1}: {kind:8s} {rate:8.0f} msg/s, server CPU {cpu:5.0f} µs/msg", file=sys.stderr)
        paired.append(rates["mailflow"] / rates["bare"])
    (ours, ours_cpu), (bare, bare_cpu) = best["mailflow"], best["bare"]
    ratio, median = ours / bare, statistics.median(paired)
    size = len(make_messages(1, args.size)[0])
    print(HEADER)
    print(
        f"| intake | {args.messages:,} msgs × {size / 1000:.1f} KB, {args.clients} SMTP clients on 1 connection "
        f"each, SQLite WAL, synchronous={args.synchronous.upper()} | {ours:,.0f} msg/s ({ours_cpu:,.0f} µs CPU/msg) | bare aiosmtpd + INSERT: "
        f"{bare:,.0f} msg/s ({bare_cpu:,.0f} µs CPU/msg) | {median:.0%} (≥ {TARGET:.0%}); "
        f"best vs best {ratio:.0%} "
        f"| {platform.python_implementation()} {platform.python_version()}, {mp.cpu_count()} CPU "
        f"| `bench/bench_intake.py -n {args.messages} --rounds {args.rounds} --synchronous {args.synchronous}` |"
    )
    return 0 if median >= TARGET else 1


HEADER = (
    "| benchmark | workload | result | baseline | ratio (target) | machine | command |\n|---|---|---|---|---|---|---|"
)


if __name__ == "__main__":
    sys.exit(main())
