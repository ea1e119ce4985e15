"""Load: N registration mails from 16 SMTP clients as fast as serve takes them; nothing lost, memory bounded.

Starts `mailflow serve` (SQLite by default, Maildir outbox, one worker process)
on loopback, sends --messages distinct registrations from --clients connections
as fast as each "250" comes back (a closed loop: an overloaded server slows the
clients instead of queueing), and meanwhile
- notes when each reply became visible in the database (polled every 10 ms,
  as bench_latency.py does): the time from "250" to a reply in the outbox;
- samples the resident memory of serve and of serve with its worker processes (and their children)
  every 100 ms (a forked child's shared pages count twice in the sum).
After the last "250" it waits (bounded) until every acknowledged message is in a
final state and every reply is in the Maildir, and checks that nothing was lost. Prints one table row for bench/README.md; exit status 0 when
nothing was lost.

    .venv/bin/python bench/bench_load.py                       # 10,000 messages, 16 clients
    .venv/bin/python bench/bench_load.py -n 2000 --db postgresql
"""

from __future__ import annotations

import argparse
from email.policy import SMTP
import os
import platform
import smtplib
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_latency import OutboxWatcher, free_port, message, wait_port, write_config  # noqa: E402

PG = "postgresql://postgres@127.0.0.1:5432/test"


def prepare(total: int, size: int) -> list[tuple[str, str, bytes]]:
    """(Message-ID, sender, bytes) of each registration, padded with a text attachment to ``size`` bytes."""
    out = []
    for m in map(message, range(total)):
        if size:
            m.add_attachment(("x" * 76 + "\n") * (size // 77), filename="bijlage.txt")
        out.append((str(m["Message-ID"]), str(m["From"]).split("<")[-1].rstrip(">"), m.as_bytes(policy=SMTP)))
    return out


def send_all(
    port: int, prepared: list[tuple[str, str, bytes]], clients: int
) -> tuple[dict[str, float], list[str], int]:
    """Every message, from ``clients`` connections, each tried again after a 4xx as an MTA would
    (at most 50 times); Message-ID -> time of its 250, the refusals, and how many 4xx came back."""
    acked: dict[str, float] = {}
    errors: list[str] = []
    deferred = [0]
    lock = threading.Lock()

    def run(k: int) -> None:
        smtp = smtplib.SMTP("127.0.0.1", port, timeout=120)
        for i in range(k, len(prepared), clients):
            mid, sender, raw = prepared[i]
            for _attempt in range(50):
                try:
                    smtp.sendmail(sender, ["d-loket@vng.example"], raw)
                except smtplib.SMTPResponseException as exc:
                    if 400 <= exc.smtp_code < 500:
                        with lock:
                            deferred[0] += 1
                        time.sleep(0.5)
                        if exc.smtp_code == 421:
                            smtp = smtplib.SMTP("127.0.0.1", port, timeout=120)
                        continue
                    with lock:
                        errors.append(f"{mid}: {exc}")
                    break
                with lock:
                    acked[mid] = time.time()
                break
        smtp.quit()

    threads = [threading.Thread(target=run, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return acked, errors, deferred[0]


class MemorySampler(threading.Thread):
    """Peak resident memory (VmRSS) of a process and its children, sampled every 100 ms."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.serve_peak, self.stop = pid, 0, 0, threading.Event()

    def _tree(self) -> list[int]:
        pids, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            pids.append(pid)
            try:
                todo += [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
            except OSError:
                pass
        return pids

    def run(self) -> None:
        while not self.stop.is_set():
            sizes = {pid: self._rss(pid) for pid in self._tree()}
            self.peak = max(self.peak, sum(sizes.values()))
            self.serve_peak = max(self.serve_peak, sizes.get(self.pid, 0))
            time.sleep(0.1)

    @staticmethod
    def _rss(pid: int) -> int:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
        except OSError:
            pass
        return 0


def maildir_count(folder: Path) -> int:
    return sum(1 for _ in (folder / "new").iterdir()) if (folder / "new").exists() else 0


def progress(url: str, acked: set[str]) -> tuple[int, int, int]:
    """(acknowledged messages in a final state, replies queued, replies not yet sent)."""
    from sqlalchemy import func, select

    from mailflow.db.engine import make_engine
    from mailflow.db.models import InboundMessage, OutboundMessage

    engine = make_engine(url)
    try:
        with engine.connect() as c:
            final = set(
                c.scalars(
                    select(InboundMessage.message_id).where(
                        InboundMessage.state.in_(("processed", "review", "ignored"))
                    )
                )
            )
            replies = c.scalar(select(func.count()).select_from(OutboundMessage)) or 0
            unsent = (
                c.scalar(select(func.count()).select_from(OutboundMessage).where(OutboundMessage.state != "sent")) or 0
            )
    finally:
        engine.dispose()
    return len(acked & final), replies, unsent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", "--messages", type=int, default=10_000)
    ap.add_argument("-c", "--clients", type=int, default=16)
    ap.add_argument("--workers", type=int, default=1, help="[worker] processes")
    ap.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    ap.add_argument("--settle", type=float, default=600, help="seconds to wait for the last replies")
    ap.add_argument("--size", type=int, default=0, help="pad each message to about this many bytes")
    ap.add_argument("--synchronous", choices=("full", "normal"), default="full", help="[database] sqlite_synchronous")
    args = ap.parse_args(argv)
    prepared = prepare(args.messages, args.size)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        port = free_port()
        cfg = write_config(tmp, port, args.messages, args.workers)
        cfg.write_text(
            cfg.read_text(encoding="utf-8").replace(
                "[database]\n", f'[database]\nsqlite_synchronous = "{args.synchronous}"\n', 1
            ),
            encoding="utf-8",
        )
        env = dict(os.environ)
        if args.db == "postgresql":
            schema = f"load_{uuid.uuid4().hex[:8]}"
            subprocess.run(
                ["psql", "-h", "127.0.0.1", "-U", "postgres", "test", "-qc", f"CREATE SCHEMA {schema}"],
                check=True,
                env=dict(env, PGOPTIONS="--client-min-messages=warning"),
            )
            env["MAILFLOW_DATABASE_URL"] = f"{PG}?options=-csearch_path%3D{schema}"
        subprocess.run(
            [sys.executable, "-m", "mailflow.cli", "db", "upgrade", "--config", str(cfg)],
            check=True,
            capture_output=True,
            env=env,
        )
        log = open(tmp / "serve.log", "wb")
        proc = subprocess.Popen(
            [sys.executable, "-m", "mailflow.cli", "serve", "--config", str(cfg)],
            stdout=subprocess.DEVNULL,
            stderr=log,
            env=env,
        )
        sampler = MemorySampler(proc.pid)
        try:
            try:
                wait_port(port, timeout=120)
            except SystemExit:
                print((tmp / "serve.log").read_text(errors="replace")[-3000:], file=sys.stderr)
                raise
            sampler.start()
            watcher = OutboxWatcher(tmp / "mf.db") if args.db == "sqlite" else None
            if watcher:
                watcher.start()
            began = time.time()
            acked, errors, deferred = send_all(port, prepared, args.clients)
            sent_for = time.time() - began
            url = env.get("MAILFLOW_DATABASE_URL") or f"sqlite:///{tmp}/mf.db"
            deadline = time.monotonic() + args.settle
            while time.monotonic() < deadline:
                final, replies, unsent = progress(url, set(acked))
                if final == len(acked) and unsent == 0:
                    break
                time.sleep(0.5)
            done_for = time.time() - began
            written = watcher.wait_for(replies, timeout=1) if watcher else {}
            delivered = maildir_count(tmp / "outbox")
        finally:
            sampler.stop.set()
            proc.terminate()
            proc.wait(60)
            log.close()
            if args.db == "postgresql":
                subprocess.run(
                    ["psql", "-h", "127.0.0.1", "-U", "postgres", "test", "-qc", f"DROP SCHEMA {schema} CASCADE"],
                    check=False,
                    env=dict(env, PGOPTIONS="--client-min-messages=warning"),
                )
    lost = len(acked) - final + (replies - delivered)  # not finished, or a reply that never left
    lat = sorted(written[m] - t for m, t in acked.items() if m in written)
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else []
    timing = (
        f"250 -> reply in outbox p50 {q[49] * 1000:,.0f} ms, p99 {q[98] * 1000:,.0f} ms"
        if q
        else "250 -> reply timed on SQLite only"
    )
    size = f" × {len(prepared[0][2]) / 2**20:.1f} MB" if args.size else ""
    print(
        f"| load | {args.messages:,} registrations{size}, {args.clients} SMTP clients as fast as answered, "
        f"{args.db}{'' if args.db != 'sqlite' else ' ' + args.synchronous.upper()}, {args.workers} worker process(es), Maildir | {len(acked):,} acknowledged in {sent_for:.0f} s "
        f"({len(acked) / sent_for:.0f} msg/s), all done in {done_for:.0f} s ({replies:,} replies, "
        f"{len(acked) - replies:,} to review); {timing}; peak RSS of serve (intake, sender) "
        f'{sampler.serve_peak / 2**20:,.0f} MB, with its workers {sampler.peak / 2**20:,.0f} MB; {deferred} "try again later" | lost {lost}, refused {len(errors)} | '
        f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPU | "
        f"`bench/bench_load.py -n {args.messages} -c {args.clients} --db {args.db}"
        + (f" --workers {args.workers}" if args.workers != 1 else "")
        + (f" --size {args.size}" if args.size else "")
        + (f" --synchronous {args.synchronous}" if args.synchronous != "full" else "")
        + "` |",
        flush=True,
    )
    for e in errors[:5]:
        print("refused:", e, file=sys.stderr)
    return 0 if lost == 0 and not errors and len(acked) == args.messages else 1


if __name__ == "__main__":
    sys.exit(main())
