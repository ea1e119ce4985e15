"""Fault injection (issue 13): SIGKILL a real ``mailflow serve`` at chosen points, restart it, check every promise.

Seeded and bounded: ``--fault-runs N`` runs (default 6, what ``make test`` does;
``make long`` runs 200 and ``.ci/run`` 150 as a separate invocation: ``pytest -m faults --fault-runs N``),
``--fault-seed S`` (default 13) makes a run reproducible, ``--fault-report FILE``
writes the summary. Each run picks a world (SQLite or PostgreSQL; Maildir or
relay; SMTP or IMAP intake; round robin so a few runs cover them all), a kill
point (``fault_points.POINTS``) and 2 to 8 registrations from new senders, kills
serve there, restarts it, delivers again what was not acknowledged, and then
checks, for everything acknowledged in that world so far (``World.check``):

* every acknowledged message stored and processed exactly once, each sender
  registered once;
* every reply sent, within a minute of the restart (nothing waits for a lease);
* each reply delivered once: in the Maildir always, through a relay except the
  one it had accepted just before the kill (the documented window);
* IMAP: each message in exactly one folder, INBOX empty, each reply in Sent once.
"""

from __future__ import annotations

import random
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from fault_points import POINTS, applicable
from fault_world import World, registration

pytestmark = [pytest.mark.faults, pytest.mark.peer("postgresql"), pytest.mark.peer("dovecot")]


@dataclass(frozen=True)
class Spec:
    name: str
    db: str
    transport: str
    intake: str


WORLDS = (
    Spec("sqlite-maildir-smtp", "sqlite", "maildir", "smtp"),
    Spec("postgresql-relay-smtp", "postgresql", "relay", "smtp"),
    Spec("sqlite-maildir-imap", "sqlite", "maildir", "imap"),
    Spec("sqlite-relay-smtp", "sqlite", "relay", "smtp"),
    Spec("postgresql-maildir-smtp", "postgresql", "maildir", "smtp"),
    Spec("postgresql-relay-imap", "postgresql", "relay", "imap"),
)


@dataclass
class Tally:
    runs: Counter[str]
    messages: int = 0
    redelivered: int = 0
    doubles: int = 0
    slowest: float = 0.0


def test_fault_injection(request: pytest.FixtureRequest, pg_url: str) -> None:
    runs = int(request.config.getoption("--fault-runs"))
    seed = int(request.config.getoption("--fault-seed"))
    rng = random.Random(seed)
    root = Path(tempfile.mkdtemp(prefix="mailflow-faults-"))
    worlds: dict[str, World] = {}
    tally = Tally(Counter())
    try:
        for run in range(runs):
            world = _world(worlds, WORLDS[run % len(WORLDS)], root, request)
            point = rng.choice(applicable(world))
            msgs = [
                (mid, raw, f"p{run}-{n}@gemeente.test")
                for n in range(rng.randint(2, 8))
                for mid, raw in [registration(run, n)]
            ]
            if world.proc is None or world.proc.poll() is not None:
                world.start()
            POINTS[point][0](world, rng, msgs)
            world.kill("end of run")  # a point that found nothing to do still ends in a kill
            tally.redelivered += len(world.pending)
            world.start()
            world.redeliver()
            settled = world.settle()
            problems = world.check(settled)
            tally.runs[f"{point} ({world.name})"] += 1
            tally.messages += len(msgs)
            tally.slowest = max(tally.slowest, settled)
            assert not problems, (
                f"seed {seed}, run {run}, {world.name}, killed {point}: "
                + "; ".join(problems[:10])
                + f"\n--- serve log ---\n{world.log_tail()}"
            )
        tally.doubles = sum(w.doubles() for w in worlds.values())
    finally:
        for w in worlds.values():
            w.drop()
            if w.dovecot is not None:
                w.dovecot.cleanup()
        _report(request, seed, runs, tally, worlds)


def _world(worlds: dict[str, World], spec: Spec, root: Path, request: pytest.FixtureRequest) -> World:
    if spec.name in worlds:
        return worlds[spec.name]
    dovecot = None
    if spec.intake == "imap":
        from imap_server import Dovecot, require_dovecot

        require_dovecot()
        dovecot = Dovecot()
        dovecot.start()
    world = World(spec.name, spec.db, spec.transport, spec.intake, root / spec.name, dovecot=dovecot)
    world.create()
    worlds[spec.name] = world
    return world


def _report(request: pytest.FixtureRequest, seed: int, runs: int, tally: Tally, worlds: dict[str, World]) -> None:
    lines = [
        f"fault injection: seed {seed}, {sum(tally.runs.values())} of {runs} runs done, "
        f"{tally.messages} registrations, {sum(len(w.kills) for w in worlds.values())} SIGKILLs, "
        f"{tally.redelivered} messages delivered again after a restart, {tally.doubles} replies doubled "
        f"inside the window, slowest settle {tally.slowest:.1f} s"
    ]
    lines += [f"  {n:4d} x {what}" for what, n in sorted(tally.runs.items())]
    text = "\n".join(lines)
    path = request.config.getoption("--fault-report")
    if path:
        Path(path).write_text(text + "\n", encoding="utf-8")
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line("")
        reporter.write_line(text)
