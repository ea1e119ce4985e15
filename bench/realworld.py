"""Real-world no-harm check (issue 9): public mail test collections through mailflow's real path.

    .venv/bin/python bench/realworld.py --extract     # first time: clone the sources, write ../realworld/
    .venv/bin/python bench/realworld.py               # measure; --json FILE for every message's outcome
    .venv/bin/python bench/realworld.py --only sisimai --list 50

Bounces, spam and phishing, list archives and MIME torture tests, all
readdressed to d-loket@vng.nl, should cause no automatic registration, no reply
to junk, nothing filed under another event, little review, bounce marks only
for the recipients that failed, and bounded CPU per message. The sources
(repository, commit, paths) are in ``bench/realworld_sources.toml``; the mail
itself stays outside the repository, in ``--dir`` (default ``../realworld``
beside the repository root). Optional: ``pip install flufl.bounce`` into the
venv adds GNU Mailman's detectors to the bounce oracle (the report says
whether it ran).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
import time
from pathlib import Path

import mailparser

from mailflow.catalogue import load_catalogue
from mailflow.config import Settings

import realworld_bounces
import realworld_extract
import realworld_report
from realworld_measure import Measurer, Outcome, readdress

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-11-22T12:00:00+01:00"  # the shared corpus's reference date: every 2027 event is open


def args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--extract", action="store_true", help="re-create --dir from the sources first (git clone)")
    p.add_argument(
        "--dir",
        type=Path,
        default=ROOT.parent / "realworld",
        help="where the messages are (default: ../realworld beside the repository)",
    )
    p.add_argument("--clones", type=Path, help="bare clones of the sources (default: DIR/.clones)")
    p.add_argument("--sources", type=Path, default=ROOT / "bench" / "realworld_sources.toml")
    p.add_argument("--catalogue", type=Path, default=ROOT.parent / "shared" / "corpus" / "catalogue.toml")
    p.add_argument("--mailbox", default="d-loket@vng.nl", help="the registration address every message is sent to")
    p.add_argument("--now", default=NOW, help=f"the moment messages are judged at (default {NOW})")
    p.add_argument("--only", nargs="*", default=None, help="measure only these sources (names in the list)")
    p.add_argument("--chunk", type=int, default=100, help="messages per alternating timing chunk")
    p.add_argument("--no-speed", action="store_true", help="skip the bare mailparser loop")
    p.add_argument("--list", type=int, default=15, metavar="N", help="offenders shown per finding (default 15)")
    p.add_argument("--json", type=Path, metavar="FILE", help="write the summary and every message's outcome")
    p.add_argument(
        "--delivered",
        type=Path,
        metavar="FILE",
        help="print FILE as the check delivers it (readdressed to --mailbox), for `mailflow explain`",
    )
    return p.parse_args(argv)


def collect(root: Path, sources: list[realworld_extract.Source]) -> list[tuple[Path, str, str, list[str] | None]]:
    """(file, source, category, published failed recipients) for every message on disk, in source order."""
    found = []
    for src in sources:
        folder = root / src.name
        if not folder.is_dir():
            raise SystemExit(f"{folder} is missing: run with --extract first (see bench/README.md)")
        exp_file = folder / realworld_extract.EXPECTED_FILE
        expected = json.loads(exp_file.read_text()) if exp_file.exists() else {}
        for f in sorted(folder.iterdir()):
            if f.is_file() and not f.name.startswith("."):
                found.append((f, src.name, src.category, expected.get(f.name)))
    return found


def bare(raws: list[bytes]) -> tuple[float, int]:
    """CPU seconds of a bare mail-parser loop over ``raws``, and how many it raised on."""
    errors = 0
    t0 = time.process_time()
    for raw in raws:
        try:
            mailparser.parse_from_bytes(raw)
        except Exception:  # noqa: BLE001 - counted: the baseline must finish too
            errors += 1
    return time.process_time() - t0, errors


def run(a: argparse.Namespace) -> tuple[list[Outcome], realworld_report.Speed | None]:
    sources = realworld_extract.load_sources(a.sources)
    if a.only is not None:
        sources = [s for s in sources if s.name in set(a.only)]
    if a.extract:
        realworld_extract.extract(
            sources, a.dir, a.clones or a.dir / ".clones", log=lambda m: print(m, file=sys.stderr)
        )
    catalogue = load_catalogue([a.catalogue])
    own = Settings(path=None).own_addresses(catalogue)
    m = Measurer(catalogue, a.mailbox, own, dt.datetime.fromisoformat(a.now))
    files = collect(a.dir, sources)
    outs: list[Outcome] = []
    ours_s = bare_s = 0.0
    bare_errors = 0
    for k in range(0, len(files), a.chunk):
        chunk = [(f, s, c, e, f.read_bytes()) for f, s, c, e in files[k : k + a.chunk]]
        delivered = [readdress(raw, a.mailbox)[0] for *_, raw in chunk]
        if not a.no_speed and (k // a.chunk) % 2:  # odd chunks: the baseline first, to share the machine's phases
            t, e = bare(delivered)
            bare_s, bare_errors = bare_s + t, bare_errors + e
        done = [m.measure(f.relative_to(a.dir), s, c, raw, e) for f, s, c, e, raw in chunk]
        outs += done
        ours_s += sum(o.cpu_understand_ms for o in done) / 1000
        if not a.no_speed and not (k // a.chunk) % 2:
            t, e = bare(delivered)
            bare_s, bare_errors = bare_s + t, bare_errors + e
        print(f"\r{len(outs):,} of {len(files):,} messages", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    speed = None if a.no_speed else realworld_report.Speed(ours_s, bare_s, len(outs), bare_errors)
    return outs, speed


def main(argv: list[str] | None = None) -> int:
    a = args(argv)
    if a.delivered:
        sys.stdout.buffer.write(readdress(a.delivered.read_bytes(), a.mailbox)[0])
        return 0
    logging.getLogger("mailparser").setLevel(logging.CRITICAL)
    outs, speed = run(a)
    summ = realworld_report.summary(outs, speed)
    counts = {}
    for o in outs:
        counts[o.source] = counts.get(o.source, 0) + 1
    print(
        f"Real-world no-harm check: {len(outs):,} messages to {a.mailbox}, judged at {a.now}; "
        f"bounce oracle: DSN fields, published expectations"
        + (", flufl.bounce" if realworld_bounces.flufl_available() else " (flufl.bounce not installed)")
    )
    print("Sources: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()) + "\n")
    print(realworld_report.markdown(summ, speed))
    print(realworld_report.offenders(outs, a.list))
    if a.json:
        a.json.write_text(
            json.dumps(
                {"summary": summ, "speed": speed.__dict__ if speed else None, "outcomes": [o.to_json() for o in outs]},
                ensure_ascii=False,
                indent=1,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
