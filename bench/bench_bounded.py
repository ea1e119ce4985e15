"""Benchmark: CPU per hostile message (issue 9, principle 6), against a bare mail-parser parse of the same bytes.

    .venv/bin/python bench/bench_bounded.py [--rounds 5]

Builds messages that once cost understanding seconds (a 1 MB single-line body,
a 200 KB subject, thousands of parts, deep nesting, "<" without ">", thousands
of header fields, a 3 MB attachment) and prints, per message, the least
process CPU time of ``Understander.understand`` over the rounds (the least is
the cost; the rest is the shared machine), next to ``mailparser.parse_from_bytes``
on the same bytes. The limits that bound the cost are in
``mailflow/understand/limits.py`` (see the README).
"""

from __future__ import annotations

import argparse
import logging
import tempfile
import time
from pathlib import Path
from typing import Callable

import mailparser

from mailflow.catalogue import load_catalogue
from mailflow.understand import Understander

import bench_explain

HEAD = (
    "From: Jan Smit <jan@gemeente.nl>\r\nTo: aanmelden@bench.nl\r\nMessage-ID: <h1@gemeente.nl>\r\n"
    "Date: Sun, 22 Nov 2026 10:00:00 +0100\r\n"
)
TARGET_MS = 100.0


def cases() -> dict[str, bytes]:
    reg = "Ik meld mij aan voor Utrecht."
    parts = "".join(f"--b\r\nContent-Type: text/plain\r\n\r\n{reg} ({i})\r\n" for i in range(5000))
    nest = "".join(f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n" for i in range(500))
    received = "".join(
        f"Received: from r{i}.example by mx.example; Sun, 22 Nov 2026 10:00:00 +0100\r\n" for i in range(20_000)
    )
    attachment = ("QUFB" * 19 + "\r\n") * 40_000
    return {
        "1 MB body on one line": (HEAD + f"Subject: Aanmelding\r\n\r\n{reg} " + "bla " * 250_000 + "\r\n").encode(),
        "200 KB subject": (HEAD + "Subject: Aanmelding " + "Utrecht 14 juni " * 13_000 + f"\r\n\r\n{reg}\r\n").encode(),
        "64 KB of sentences": (HEAD + "Subject: Vraag\r\n\r\n" + "Wij komen graag naar de sessie. " * 2000).encode(),
        "5,000 text parts": (
            HEAD + "Subject: Aanmelding\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/mixed; boundary=b\r\n\r\n" + parts + "--b--\r\n"
        ).encode(),
        "500 nested multiparts": (
            HEAD + "Subject: x\r\nMIME-Version: 1.0\r\n" + nest + f"Content-Type: text/plain\r\n\r\n{reg}\r\n"
        ).encode(),
        "900 KB of '<' in HTML": (
            HEAD + "Subject: x\r\nContent-Type: text/html\r\n\r\n" + "<p>a < b " * 100_000
        ).encode(),
        "20,000 header fields": (HEAD + received + f"Subject: x\r\n\r\n{reg}\r\n").encode(),
        "3 MB attachment": (
            HEAD + "Subject: Aanmelding\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
            f"{reg}\r\n--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
            "Content-Disposition: attachment; filename=a.pdf\r\n\r\n" + attachment + "--b--\r\n"
        ).encode(),
    }


def least_ms(run: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        run()
        best = min(best, time.process_time() - t0)
    return best * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    logging.getLogger("mailparser").setLevel(logging.CRITICAL)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "catalogue.toml"
        path.write_text(bench_explain.catalogue_toml(26), encoding="utf-8")
        u = Understander(load_catalogue([path]))
    print("| message | bytes | understand ms (least of rounds) | mailparser ms | outcome |")
    print("|---|---:|---:|---:|---|")
    worst = 0.0
    for name, raw in cases().items():
        ours = least_ms(lambda: u.understand(raw), a.rounds)
        bare = least_ms(lambda: mailparser.parse_from_bytes(raw), a.rounds)
        it = u.understand(raw)
        outcome = f"{it.kind}{', review' if it.review else ''}"
        worst = max(worst, ours)
        print(f"| {name} | {len(raw):,} | {ours:.1f} | {bare:.1f} | {outcome} |")
    print(f"\nworst {worst:.1f} ms; target < {TARGET_MS:.0f} ms: {'met' if worst < TARGET_MS else 'NOT met'}")


if __name__ == "__main__":
    main()
