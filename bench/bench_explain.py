"""Benchmark: explain rate vs a bare mail-parser loop, and matching cost vs catalogue size.

    .venv/bin/python bench/bench_explain.py [--n 10000]

Generates typical ~5 KB registration mails deterministically (Outlook-style
multipart/alternative with a quoted invitation and a signature), runs
``mailparser.parse_from_bytes`` over them, then the full explain path
(understand + JSON record), on one core, in alternating chunks timed on process CPU time (so other load on a
shared machine does not skew the ratio), and prints a markdown table. Then it
times understanding with a catalogue of 26 and of 5,000 synthetic sessions.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

import mailparser

from mailflow.catalogue import load_catalogue
from mailflow.explain import to_record
from mailflow.understand import Understander

CITIES = ["Utrecht", "Haarlem", "Arnhem", "Assen", "Venlo", "Breda", "Zwolle", "Leeuwarden", "Maastricht", "Gouda"]
OPENERS = [
    "Graag meld ik mij aan voor de sessie in {c}.",
    "Ik kom graag naar {c} op {d} juni.",
    "Hierbij schrijf ik mij in voor de bijeenkomst in {c}.",
    "Helaas moet ik mij afmelden voor {c}.",
    "Is er parkeergelegenheid bij de locatie in {c}?",
]


def catalogue_toml(n_sessions: int) -> str:
    rnd = random.Random(7)
    parts = [
        '[[events]]\nkey = "bench"\nmailbox = "aanmelden@bench.nl"\ntitle = "Benchmarkdag"\n'
        "max_sessions_per_participant = 1\n"
    ]
    for i in range(n_sessions):
        city = CITIES[i % len(CITIES)] if i < len(CITIES) else f"Plaats{i:04d}"
        day, hour = 1 + i % 28, 9 + (i % 3) * 3
        parts.append(
            f'[[events.sessions]]\nkey = "s{i}"\ntitle = "Sessie {city} thema{rnd.randint(0, 9999)}"\n'
            f'city = "{city}"\nvenue = "Zaal{i} {city}"\nstarts = 2027-06-{day:02d}T{hour:02d}:00:00\n'
            f"ends = 2027-06-{day:02d}T{hour + 2:02d}:00:00\n"
        )
    return "\n".join(parts)


def message(i: int) -> bytes:
    rnd = random.Random(i)
    city, day = rnd.choice(CITIES[:6]), rnd.randint(1, 28)
    text = rnd.choice(OPENERS).format(c=city, d=day)
    sig = "Met vriendelijke groet,\n\nJan Jansen\nBeleidsadviseur\nGemeente Voorbeeld\nMarkt 1 | 1234 AB Voorbeeld\n"
    quote = (
        "Van: Team <aanmelden@bench.nl>\nVerzonden: maandag 1 maart 2027 10:00\nAan: Jan\nOnderwerp: Uitnodiging\n\n"
        + "".join(
            f"- {d} juni 2027, 14.00-17.00 uur: {c}, Stadhuis {c} (Markt {d}, {c})\n" for d, c in enumerate(CITIES, 1)
        )
        + "Met vriendelijke groet,\nHet team\n"
    ) * 2
    body = f"Goedemorgen,\n\n{text}\n\n{sig}\n{quote}"
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in body.splitlines()) + "</body></html>"
    return (
        f"From: Jan Jansen <jan{i}@voorbeeld.nl>\r\nTo: aanmelden@bench.nl\r\nSubject: Aanmelding {city}\r\n"
        f"Date: Mon, 01 Mar 2027 10:{i % 60:02d}:00 +0100\r\nMessage-ID: <{i}@voorbeeld.nl>\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/alternative; boundary="b{i}"\r\n\r\n--b{i}\r\n'
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n--b{i}\r\n"
        f"Content-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--b{i}--\r\n"
    ).encode()


def rate(fn, items) -> float:
    t = time.process_time()
    for x in items:
        fn(x)
    return len(items) / (time.process_time() - t)


def paired_rates(fa, fb, items, chunk: int = 500) -> tuple[float, float]:
    """Rates of two loops over the same items, run in alternating chunks on process CPU time.

    The machine is shared: measured one after the other, a change in load between the two
    loops moves the ratio by more than the code under test does."""
    ta = tb = 0.0
    for i in range(0, len(items), chunk):
        part = items[i : i + chunk]
        t = time.process_time()
        for x in part:
            fa(x)
        ta += time.process_time() - t
        t = time.process_time()
        for x in part:
            fb(x)
        tb += time.process_time() - t
    return len(items) / ta, len(items) / tb


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10000)
    n = ap.parse_args().n
    msgs = [message(i) for i in range(n)]
    avg = sum(map(len, msgs)) / n
    with tempfile.TemporaryDirectory() as tmp:
        cats = {}
        for size in (26, 5000):
            p = Path(tmp) / f"c{size}.toml"
            p.write_text(catalogue_toml(size), encoding="utf-8")
            cats[size] = load_catalogue([p])
    small = Understander(cats[26])
    bare, explain = paired_rates(
        mailparser.parse_from_bytes, lambda m: json.dumps(to_record("x.eml", small.understand(m))), msgs
    )
    print("| what | messages | avg size | msg/s |\n|---|---|---|---|")
    print(f"| bare mailparser.parse_from_bytes | {n} | {avg / 1024:.1f} KB | {bare:.0f} |")
    print(
        f"| explain (understand + JSON) | {n} | {avg / 1024:.1f} KB | {explain:.0f} ({100 * explain / bare:.0f} % of bare) |"
    )
    sample = msgs[: min(1000, n)]
    print("\n| catalogue | sessions | index build s | understand msg/s |\n|---|---|---|---|")
    for size, cat in cats.items():
        t = time.perf_counter()
        u = Understander(cat)
        build = time.perf_counter() - t
        print(f"| synthetic | {size} | {build:.2f} | {rate(u.understand, sample):.0f} |")


if __name__ == "__main__":
    main()
