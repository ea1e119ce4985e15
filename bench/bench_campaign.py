"""Campaign benchmark: personalised campaign mail with an invite vs. Postfix's smtp-source.

What it answers: how fast does ``mailflow campaign send`` deliver a personalised
campaign (own name, own session, own cancel instructions, own unsubscribe token,
own calendar invite attached) to a loopback SMTP sink, next to the fastest thing
that can send mail of the same size to the same sink: Postfix's ``smtp-source``
(Debian package postfix, the binary used directly; no Postfix MTA is started).

The sink is Postfix's ``smtp-sink`` on 127.0.0.1 (it accepts and discards). Both
senders use 4 parallel connections and send the same number of messages;
smtp-source's payload is sized to our average mail. Our side runs in a child
process (interpreter start and imports not counted, SQLite ledger, the real
``campaigns.service.send``); each side's peak memory is its process's max RSS.
The two alternate round by round; the ratio is the median of ours/smtp-source
within a round (a busy moment hits both sides of a pair).

    .venv/bin/python bench/bench_campaign.py                  # 10,000 recipients, 3 rounds
    .venv/bin/python bench/bench_campaign.py -n 2000 --rounds 1
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

TARGET, AIM = 0.10, 0.25
BODY = """Het programma voor {{ session.title }} op {{ session.date }} ({{ session.time }}) staat nu online.
U bent {{ 'ingeschreven' if status == 'confirmed' else 'op de wachtlijst' }} voor {{ session.place }}.

Deelnemen op afstand kan via: {{ online_link or 'de link volgt een paar dagen voor de bijeenkomst' }}.
Neem gerust uw collega's mee; meld hen wel even aan door deze e-mail te beantwoorden met hun naam en adres.

{{ cancel_instructions }}
{{ change_instructions }}
"""
CATALOGUE = """
[[events]]
key = "bench"
mailbox = "aanmelden@bench.example"
title = "Kennisdag Dienstverlening"
language = "nl"
timezone = "Europe/Amsterdam"
{sessions}
"""
SESSION = """
  [[events.sessions]]
  key = "bench-{n}"
  title = "Regiobijeenkomst {city}"
  city = "{city}"
  starts = 2030-06-1{n}T09:30:00
  ends = 2030-06-1{n}T12:30:00
  venue = "Stadhuis {city}"
  address = "Markt {n}, {city}"
"""
CITIES = ("Utrecht", "Zwolle", "Arnhem", "Breda")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_sink(port: int) -> subprocess.Popen[bytes]:
    sink = shutil.which("smtp-sink") or "/usr/sbin/smtp-sink"
    user = ["-u", "nobody"] if os.geteuid() == 0 else []
    proc = subprocess.Popen(
        [sink, *user, f"127.0.0.1:{port}", "1000"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc
        except OSError:
            time.sleep(0.05)
    raise SystemExit("smtp-sink did not start (apt-get install postfix: it ships smtp-sink and smtp-source)")


def run_smtp_source(port: int, n: int, size: int) -> tuple[float, int]:
    """(msg/s, peak RSS KB) of smtp-source sending ``n`` messages of ``size`` bytes over 4 connections."""
    source = shutil.which("smtp-source") or "/usr/sbin/smtp-source"
    # GNU time measures the peak of smtp-source itself (a fork of this big Python process would count
    # the parent's pages until exec).
    with tempfile.NamedTemporaryFile("r") as peak:
        start = time.perf_counter()
        proc = subprocess.run(
            [
                "/usr/bin/time",
                "-f",
                "%M",
                "-o",
                peak.name,
                source,
                "-d",
                "-s",
                "4",
                "-m",
                str(n),
                "-l",
                str(size),
                "-f",
                "bench@bench.example",
                "-t",
                "p@example.org",
                f"127.0.0.1:{port}",
            ],
            stdout=subprocess.DEVNULL,
            check=False,
        )
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            raise SystemExit(f"smtp-source failed with status {proc.returncode}")
        return n / elapsed, int(peak.read().strip().splitlines()[-1])


def setup(folder: Path, port: int, n: int, processes: int) -> Path:
    """A config, catalogue and SQLite database with ``n`` registrations spread over 4 sessions."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from mailflow.app import build_app
    from mailflow.config import load_settings
    from campaign_kit import seed

    (folder / "catalogue.toml").write_text(
        CATALOGUE.format(sessions="".join(SESSION.format(n=i, city=c) for i, c in enumerate(CITIES))), encoding="utf-8"
    )
    config = folder / "mailflow.toml"
    config.write_text(
        f"""
[database]
url = "sqlite:///{folder}/bench.db"
[catalogue]
files = ["{folder}/catalogue.toml"]
[outbound]
relay = "smtp://127.0.0.1:{port}"
[sender]
domain = "bench.example"
signature = "Team Kennisdag | 030 123 45 67"
[campaigns]
connections = 4
processes = {processes}
batch = 500
unsubscribe_url = "https://aanmelden.bench.example/u/"
""".replace("{processes}", str(processes)),
        encoding="utf-8",
    )
    app = build_app(load_settings(config), migrate=True, sync=True)
    per = n // len(CITIES)
    for i in range(len(CITIES)):
        seed(
            app.factory,
            f"bench-{i}",
            per + (n % len(CITIES) if i == 0 else 0),
            start=i * per + min(i, 1) * (n % len(CITIES)),
            name="Deelnemer",
        )
    app.close()
    return config


def child(config: Path) -> None:
    """Create a fresh campaign and send it; print elapsed seconds, mean size and peak RSS as JSON."""
    import resource

    from mailflow.app import load_app
    from mailflow.campaigns import service
    from mailflow.campaigns.model import Audience, Draft

    app = load_app(config)
    now = dt.datetime.now(dt.timezone.utc)
    with app.factory() as db, db.begin():
        cid = service.create(
            db,
            app.catalogue,
            app.settings,
            Draft(
                Audience("bench", (), "all"),
                "Programma {{ session.title }}",
                BODY,
                attach_invite=True,
                name=f"bench {uuid.uuid4().hex[:6]}",
            ),
            now,
        )
        sample = service.preview(db, app.catalogue, app.settings, cid, now).raw
    start = time.perf_counter()
    cpu = time.process_time()
    report = service.send(app.factory, app.catalogue, app.settings, cid, app.clock)
    elapsed = time.perf_counter() - start
    helpers = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        json.dumps(
            {
                "elapsed": elapsed,
                "sent": report.sent,
                "failed": report.failed,
                "size": len(sample),
                "cpu": time.process_time() - cpu + helpers.ru_utime + helpers.ru_stime,
                "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                "children_maxrss": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
            }
        )
    )
    app.close()


def run_ours(config: Path, n: int) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", str(config)], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise SystemExit(f"campaign send failed:\n{proc.stderr}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    if result["sent"] != n:
        raise SystemExit(f"sent {result['sent']} of {n}")
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=10_000, help="recipients (default 10,000)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--processes", type=int, default=1, help="[campaigns] processes sharing the 4 connections")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return 0
    port = free_port()
    sink = start_sink(port)
    rows = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            config = setup(Path(tmp), port, args.n, args.processes)
            for r in range(args.rounds):
                ours = run_ours(config, args.n)
                payload = max(int(ours["size"]) - 200, 100)  # smtp-source adds ~200 bytes of headers
                theirs, their_rss = run_smtp_source(port, args.n, payload)
                mine = args.n / ours["elapsed"]
                peak = max(int(ours["maxrss"]), int(ours["children_maxrss"]))
                rows.append((mine, theirs, peak, their_rss, ours["size"], ours["cpu"] / args.n))
                print(
                    f"round {r + 1}: ours {mine:,.0f} msg/s ({ours['cpu'] / args.n * 1e6:,.0f} µs CPU/msg, "
                    f"{peak / 1024:,.0f} MB peak per process), smtp-source {theirs:,.0f} msg/s "
                    f"({their_rss / 1024:,.1f} MB peak), mail {int(ours['size']):,} bytes, "
                    f"ratio {mine / theirs:.1%}",
                    flush=True,
                )
    finally:
        sink.send_signal(signal.SIGTERM)
        sink.wait(10)
    ratio = statistics.median(m / t for m, t, *_ in rows)
    best, best_theirs = max(r[0] for r in rows), max(r[1] for r in rows)
    size = rows[0][4]
    print(
        f"| campaign | {args.n:,} personalised mails × {size / 1000:.1f} KB with invite, 4 connections, "
        f"{args.processes} process(es), loopback smtp-sink, SQLite ledger | {best:,.0f} msg/s, peak "
        f"{max(r[2] for r in rows) / 1024:,.0f} MB per process "
        f"| smtp-source -s 4: {best_theirs:,.0f} msg/s, peak {max(r[3] for r in rows) / 1024:,.1f} MB | "
        f"{ratio:.1%} median (≥ {TARGET:.0%}, aim {AIM:.0%}) | Python {platform.python_version()}, "
        f"{os.cpu_count()} CPU | `bench/bench_campaign.py -n {args.n} --rounds {args.rounds}` |"
    )
    return 0 if ratio >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
