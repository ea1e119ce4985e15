"""One costly message cannot stall the worker (issue 13, point 3).

Understanding runs under a CPU-time alarm in the worker, and a message larger
than ``budget.ISOLATE_ABOVE`` in a child process with CPU and memory limits.
Over budget, the message goes to review with the reason and the worker goes on.
These tests use small budgets so they end quickly; nothing here measures speed.
"""

from __future__ import annotations

import base64
import dataclasses
import threading
from typing import Any

import pytest
from sqlalchemy import select

from mailflow.budget import MB
from mailflow.catalogue import Catalogue
from mailflow.config import Settings, Worker
from mailflow.db.models import InboundMessage, ReviewItem
from mailflow.intake.store import accept
from mailflow.pipeline import Pipeline, process_one, process_pending, understand_message

from support import outbox, raw_mail

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # the budget is not the database's concern


def spin(raw: bytes, catalogue: Catalogue, **kw: Any) -> Any:
    """An understanding that never ends (a pathological regex, say), except for the child's warm-up mail."""
    if b"warm-up@mailflow.invalid" in raw:
        return understand_message(raw, catalogue, **kw)
    n = 0
    while True:
        n += 1


def hog(raw: bytes, catalogue: Catalogue, **kw: Any) -> Any:
    """An understanding that wants ever more memory for big messages, and is normal otherwise."""
    if len(raw) > MB:
        grow = [bytearray(16 * MB) for _ in range(10_000)]
        return grow
    return understand_message(raw, catalogue, **kw)


def tight(settings: Settings, seconds: float = 1.0) -> Settings:
    return dataclasses.replace(settings, worker=Worker(understand_seconds=seconds, understand_memory=64 * MB))


def big_mail(n: int, size: int) -> bytes:
    """A registration with a base64 text part of ``size`` bytes of letters after the request."""
    text = ("Ik wil graag aansluiten in Haarlem.\r\n" + "blabla " * (size // 7)).encode()
    body = base64.encodebytes(text).replace(b"\n", b"\r\n")
    return (
        f"From: Jan <jan{n}@gemeente.nl>\r\nTo: d-loket@vng.nl\r\nSubject: Aanmelding\r\n"
        f"Message-ID: <big{n}@gemeente.nl>\r\nDate: Sun, 22 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    ).encode() + body


def padded_mail(n: int, size: int) -> bytes:
    """A registration with a PDF of ``size`` bytes attached: large, but cheap to understand."""
    pdf = base64.encodebytes(b"%PDF-1.4 " + b"\0" * size).replace(b"\n", b"\r\n")
    return (
        (
            f"From: Jan <jan{n}@gemeente.nl>\r\nTo: d-loket@vng.nl\r\nSubject: Aanmelding\r\n"
            f"Message-ID: <pad{n}@gemeente.nl>\r\nDate: Sun, 22 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n'
            "Ik wil graag aansluiten in Haarlem.\r\n--b\r\nContent-Type: application/pdf; name=a.pdf\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n"
        ).encode()
        + pdf
        + b"--b--\r\n"
    )


def outcome(factory: Any) -> dict[int, tuple[str, str | None]]:
    with factory() as db:
        reasons = dict(db.execute(select(ReviewItem.inbound_id, ReviewItem.reason)).all())
        return {i: (s, reasons.get(i)) for i, s in db.execute(select(InboundMessage.id, InboundMessage.state))}


def test_a_message_over_the_cpu_budget_goes_to_review_and_the_worker_goes_on(synced, catalogue, settings, now):
    # In the worker itself (the main thread): the alarm stops it after the budget.
    costly = accept(synced, raw_mail(1), source="smtp", envelope_to=["d-loket@vng.nl"]).id

    def understand(raw: bytes, cat: Catalogue, **kw: Any) -> Any:
        return spin(raw, cat) if b"<m1@" in raw else understand_message(raw, cat, **kw)

    normal = accept(
        synced, raw_mail(2, body="Ik wil graag aansluiten in Haarlem."), source="smtp", envelope_to=["d-loket@vng.nl"]
    ).id
    understand_message(raw_mail(0), catalogue)  # warm, as worker processes are before they take mail
    p = Pipeline(catalogue, tight(settings, 0.5), synced, lambda: now, understand=understand)
    assert process_pending(p) == 2
    got = outcome(synced)
    assert got[costly][0] == "review" and "more than 0.5 s of CPU time ([worker] understand_seconds)" in got[costly][1]
    assert got[normal] == ("processed", None) and len(outbox(synced)) == 1
    with synced() as db:
        item = db.scalars(select(ReviewItem)).one()
        assert item.event_key == "dia" and db.get_one(InboundMessage, costly).attempts == 0


def test_a_large_message_over_the_memory_budget_goes_to_review(synced, catalogue, settings, now):
    # Above ISOLATE_ABOVE the understanding runs in a child with an address-space limit.
    big = accept(synced, big_mail(1, 2 * MB), source="smtp", envelope_to=["d-loket@vng.nl"]).id
    p = Pipeline(catalogue, tight(settings, 30), synced, lambda: now, understand=hog)
    assert process_pending(p) == 1
    state, reason = outcome(synced)[big]
    assert state == "review" and "more than 64 MB of memory ([worker] understand_memory)" in (reason or "")


def test_a_large_message_over_the_cpu_budget_is_stopped_in_its_child(synced, catalogue, settings, now):
    big = accept(synced, big_mail(1, 2 * MB), source="smtp", envelope_to=["d-loket@vng.nl"]).id
    p = Pipeline(catalogue, tight(settings, 1), synced, lambda: now, understand=spin)
    assert process_pending(p) == 1
    state, reason = outcome(synced)[big]
    assert state == "review" and "more than 1 s of CPU time" in (reason or "")


def test_an_18_mb_base64_text_no_longer_stalls_the_only_worker(synced, catalogue, settings, now):
    # The message, with the real understanding: within the budget it is understood,
    # past it (or past what mailflow reads of a message) a person reads it, with the reason; either
    # way the registration after it is answered.
    big = accept(synced, big_mail(1, 18 * MB), source="smtp", envelope_to=["d-loket@vng.nl"]).id
    after = accept(
        synced, raw_mail(2, body="Ik wil graag aansluiten in Haarlem."), source="smtp", envelope_to=["d-loket@vng.nl"]
    ).id
    p = Pipeline(catalogue, tight(settings, 3), synced, lambda: now)
    assert process_pending(p) == 2
    got = outcome(synced)
    assert got[big][0] in ("processed", "review") and got[after] == ("processed", None)
    if got[big][0] == "review":
        reason = got[big][1] or ""
        assert "([worker] understand_" in reason or "longer than mailflow reads" in reason


def test_a_caller_with_threads_gets_a_spawned_child(synced, catalogue, settings, now):
    # serve with processes = 0 (and the IMAP threads) must not fork: the child is a fresh
    # interpreter, and a large registration is still understood and answered.
    big = accept(synced, padded_mail(1, MB), source="smtp", envelope_to=["d-loket@vng.nl"]).id
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        p = Pipeline(catalogue, tight(settings, 30), synced, lambda: now)
        assert process_pending(p) == 1
    finally:
        stop.set()
    assert outcome(synced)[big] == ("processed", None)


def _process_in_a_daemon(url: str, inbound_id: int, answer: Any) -> None:
    """What a worker process does (serve starts them daemonic), in a process of its own."""
    from mailflow.db.engine import make_engine, make_session_factory
    from support import make_catalogue

    from mailflow.config import Settings
    import datetime as dt

    engine = make_engine(url)
    p = Pipeline(
        make_catalogue(),
        Settings(path=None),
        make_session_factory(engine),
        lambda: dt.datetime(2026, 11, 22, 12, tzinfo=dt.timezone.utc),
    )
    answer.put(process_one(p, inbound_id))
    engine.dispose()


def test_a_daemonic_worker_process_understands_a_large_message(synced, db_url):
    # serve's worker processes are daemonic, and multiprocessing refuses children to those: the
    # isolation must not depend on it (it forks by itself), or every message over 1 MB fails.
    import multiprocessing

    big = accept(synced, padded_mail(1, MB), source="smtp", envelope_to=["d-loket@vng.nl"]).id
    ctx = multiprocessing.get_context("spawn")
    answer = ctx.Queue()
    worker = ctx.Process(target=_process_in_a_daemon, args=(db_url, big, answer), daemon=True)
    worker.start()
    worker.join(120)
    assert answer.get(timeout=5) == "processed", outcome(synced)[big]


def test_with_threads_running_the_spawned_child_still_judges_cpu_time(synced, catalogue, settings, now):
    # With another thread alive (serve's IMAP threads) the child is a fresh interpreter; it could not
    # import a function defined outside the package and died at start, which read as "more than 64 MB".
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        test_a_large_message_over_the_cpu_budget_is_stopped_in_its_child(synced, catalogue, settings, now)
    finally:
        stop.set()


def test_a_child_that_cannot_start_is_an_error_not_a_memory_verdict(db_url, catalogue) -> None:
    import sys
    import types

    from mailflow.budget import Budget, _spawned

    ghost = types.ModuleType("mailflow_ghost_module")  # importable here only: the child cannot find it
    exec("def understand(raw, catalogue, **kw):\n    return None\n", ghost.__dict__)
    sys.modules["mailflow_ghost_module"] = ghost
    try:
        with pytest.raises(RuntimeError, match="understanding child process failed: .*mailflow_ghost_module"):
            _spawned((Budget(1, 64 * MB), ghost.understand, b"x", catalogue, {}), 60)
    finally:
        del sys.modules["mailflow_ghost_module"]
