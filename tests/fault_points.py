"""Where the fault injection kills ``serve``: one function per point, chosen by the seeded run.

Each point gets the world, the run's random generator and the run's messages
(Message-ID, raw bytes, sender), delivers them its way and kills serve once at
its moment. Messages the kill kept from being acknowledged stay pending in the
world and are delivered again after the restart, as an MTA would.

``POINTS`` maps a point's name to (the function, the worlds it applies to).
``mid_campaign`` schedules a campaign to everyone registered in the world so far
and kills serve while it is being sent; ``World.check`` holds its promise (one
mail per person and campaign) beside the others.
"""

from __future__ import annotations

import datetime as dt
import random
import socket
import subprocess
import sys
import threading
import time
from typing import Callable

from sqlalchemy import select

from mailflow.db.models import InboundMessage

from fault_world import MAILBOX, World

Message = tuple[str, bytes, str]  # Message-ID, raw bytes, sender
Point = Callable[[World, random.Random, list[Message]], None]
POINTS: dict[str, tuple[Point, tuple[str, ...], tuple[str, ...]]] = {}  # name -> (point, intakes, transports)


def register(
    name: str, point: Point, *, intakes: tuple[str, ...] = ("smtp",), transports: tuple[str, ...] = ("maildir", "relay")
) -> None:
    POINTS[name] = (point, intakes, transports)


def applicable(world: World) -> list[str]:
    return sorted(
        n
        for n, (_p, intakes, transports) in POINTS.items()
        if world.intake in intakes and world.transport in transports
    )


def _group(rng: random.Random) -> bool:
    """Mostly the whole process group (a power cut, systemd's SIGKILL); sometimes serve alone."""
    return rng.random() < 0.75


def _dialogue(port: int) -> tuple[socket.socket, Callable[[bytes], bytes]]:
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    reader = sock.makefile("rb")
    reader.readline()

    def say(line: bytes) -> bytes:
        sock.sendall(line)
        reply = reader.readline()
        while reply[3:4] == b"-":
            reply = reader.readline()
        return reply

    return sock, say


def _at_data(port: int, sender: str) -> socket.socket:
    """A connection that has said HELO, MAIL, RCPT and DATA: what follows is the message."""
    sock, say = _dialogue(port)
    for line in (
        b"HELO mta.test\r\n",
        f"MAIL FROM:<{sender}>\r\n".encode(),
        f"RCPT TO:<{MAILBOX}>\r\n".encode(),
        b"DATA\r\n",
    ):
        say(line)
    return sock


def during_data(world: World, rng: random.Random, msgs: list[Message]) -> None:
    """The last message is half sent when serve dies: never acknowledged, delivered again later."""
    for mid, raw, sender in msgs[:-1]:
        world.send(mid, raw, sender)
    mid, raw, sender = msgs[-1]
    sock = _at_data(world.port, sender)
    sock.sendall(raw[: rng.randint(1, len(raw) - 1)])
    world.pending[mid] = raw
    time.sleep(rng.uniform(0, 0.05))
    world.kill("during SMTP DATA", group=_group(rng))
    sock.close()


def between_commit_and_reply(world: World, rng: random.Random, msgs: list[Message]) -> None:
    """The last message is committed, and serve dies before (or as) its 250 goes out."""
    for mid, raw, sender in msgs[:-1]:
        world.send(mid, raw, sender)
    mid, raw, sender = msgs[-1]
    sock = _at_data(world.port, sender)
    sock.sendall(raw + b".\r\n")
    assert world.engine is not None
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        with world.engine.connect() as c:
            if c.scalar(select(InboundMessage.id).where(InboundMessage.message_id == mid)):
                break
        time.sleep(0.001)
    world.kill("between commit and reply", group=_group(rng))
    try:
        sock.settimeout(1)
        got = sock.makefile("rb").readline()
    except OSError:
        got = b""
    sock.close()
    (world.ack(mid, sender) if got.startswith(b"250") else world.pending.__setitem__(mid, raw))


def mid_processing(world: World, rng: random.Random, msgs: list[Message]) -> None:
    """A burst from three connections; serve dies at a random moment while taking and processing it."""
    killer = threading.Timer(
        rng.uniform(0.0, 0.8), world.kill, args=("while processing",), kwargs={"group": _group(rng)}
    )
    killer.start()
    shares = [msgs[i::3] for i in range(3)]
    threads = [threading.Thread(target=lambda share=share: [world.send(*m) for m in share]) for share in shares]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    killer.join()


def while_sending_relay(world: World, rng: random.Random, msgs: list[Message]) -> None:
    """The relay kills serve while taking the k-th reply: before it keeps the mail (no copy, sent again
    later) or after (the copy arrived but serve never heard 250: the documented window)."""
    assert world.relay is not None
    keep, countdown = rng.random() < 0.5, [rng.randint(1, len(msgs))]

    def trap(mid: str) -> str | None:
        countdown[0] -= 1
        if countdown[0] > 0:
            return None
        world.relay.trap = None  # type: ignore[union-attr]
        if keep:
            with world.relay.lock:  # type: ignore[union-attr]
                world.relay.received.append((mid, time.time()))  # type: ignore[union-attr]
            world.allowed_doubles.add(mid)
        world.kill("while sending (relay " + ("kept it" if keep else "had not kept it") + ")", group=_group(rng))
        return "250 2.0.0 Ok" if keep else "451 4.3.0 Try later"

    world.relay.trap = trap
    for m in msgs:
        world.send(*m)
    deadline = time.monotonic() + 20
    while world.relay.trap is not None and time.monotonic() < deadline:
        time.sleep(0.02)
    world.relay.trap = None
    world.kill("while sending (late)", group=_group(rng))


def while_sending_maildir(world: World, rng: random.Random, msgs: list[Message]) -> None:
    """Serve dies as soon as the first of this run's replies is in the Maildir: the sender is mid-round."""
    before = sum(world.delivered().values())
    for m in msgs:
        world.send(*m)
    deadline = time.monotonic() + 20
    while sum(world.delivered().values()) == before and time.monotonic() < deadline:
        time.sleep(0.002)
    world.kill("while sending (Maildir)", group=_group(rng))


def mid_imap(world: World, rng: random.Random, msgs: list[Message]) -> None:
    """Messages appended to INBOX; serve dies while accepting, processing or moving them."""
    client = world.dovecot.client()
    try:
        for mid, raw, sender in msgs:
            client.append("INBOX", raw)
            world.ack(mid, sender)
    finally:
        client.logout()
    time.sleep(rng.uniform(0.0, 2.0))
    world.kill("mid IMAP accept/move", group=_group(rng))


def mid_campaign(world: World, rng: random.Random, msgs: list[Message]) -> None:
    """This run's registrations, then a campaign to everyone registered in the world (created with the
    CLI, sent by serve when its moment comes); serve dies after a random number of its mails left."""
    for m in msgs:
        world.send(*m)
    world.settle()
    body = world.root / "campaign.txt"
    body.write_text("Beste {{ name }},\n\nHet programma volgt binnenkort.\n", encoding="utf-8")
    at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mailflow.cli",
            "campaign",
            "create",
            "--event",
            "faults",
            "--subject",
            "Praktische informatie",
            "--body-file",
            str(body),
            "--at",
            at,
            "--config",
            str(world.root / "mailflow.toml"),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    before = world.campaign_copies()
    kill_after = before + rng.randint(0, len(world.acked) - 1)
    deadline = time.monotonic() + 30
    while world.campaign_copies() <= kill_after and time.monotonic() < deadline:
        time.sleep(0.002)
    world.kill("mid campaign", group=_group(rng))


register("during_data", during_data)
register("between_commit_and_reply", between_commit_and_reply)
register("mid_processing", mid_processing)
register("while_sending", while_sending_relay, transports=("relay",))
register("while_sending_maildir", while_sending_maildir, transports=("maildir",))
register("mid_imap", mid_imap, intakes=("imap",))
register("mid_campaign", mid_campaign)
