"""Pipeline cost per registration, in process: understand + decide + apply + compose + outbox.

No SMTP and no sender: N registration mails are committed to a fresh SQLite
(or --database URL) database, then the worker's ``process_pending`` runs until
all are done. Prints CPU and wall time per message, and with --profile the top
of a cProfile table, so a change to the hot path can be weighed in seconds.

    .venv/bin/python bench/bench_pipeline.py [-n 1000] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_latency import message, write_config  # noqa: E402

from mailflow.app import load_app  # noqa: E402
from mailflow.intake.store import Incoming, accept_many  # noqa: E402
from mailflow.pipeline import Pipeline, process_pending  # noqa: E402


def run(n: int, database: str | None, profile: bool) -> tuple[float, float, int]:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        cfg = write_config(tmp, 2525, n)
        if database:
            text = cfg.read_text(encoding="utf-8").replace(f"sqlite:///{tmp}/mf.db", database)
            cfg.write_text(text, encoding="utf-8")
        app = load_app(cfg, migrate=True, sync=True)
        try:
            items = [Incoming(message(i).as_bytes(), "bench") for i in range(n)]
            for k in range(0, n, 500):
                accept_many(app.factory, items[k : k + 500])
            pipe = Pipeline(app.catalogue, app.settings, app.factory, app.clock)
            process_pending(pipe, batch=1)  # warm-up: word lists, templates, first queries
            prof = cProfile.Profile() if profile else None
            cpu, wall, done = time.process_time(), time.perf_counter(), 1
            if prof:
                prof.enable()
            while k := process_pending(pipe, batch=100):
                done += k
            if prof:
                prof.disable()
                pstats.Stats(prof).sort_stats("cumulative").print_stats(45)
            return time.process_time() - cpu, time.perf_counter() - wall, done - 1
        finally:
            app.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--database", help="a database URL instead of a fresh SQLite file (must be empty)")
    ap.add_argument("--profile", action="store_true", help="print a cProfile table of the timed loop")
    args = ap.parse_args()
    cpu, wall, done = run(args.n, args.database, args.profile)
    print(
        f"| pipeline | {done} registrations | {cpu / done * 1000:.2f} ms CPU/msg | "
        f"{wall / done * 1000:.2f} ms wall/msg | {done / wall:.0f} msg/s |"
    )


if __name__ == "__main__":
    main()
