"""Malformed and hostile mail through the real worker (issue 13): processed, ignored or in review with a
reason, never a crash, never stuck, within the understanding budget.

The corpus (``hostile_mail.CORPUS``) runs at a twentieth of its size in ``make
test`` and at full size (25 MB parts, 3,000 nested multiparts, 20,000 parts, a
256 MB bomb, 10 MB lines) under the ``long`` marker, which ``.ci/run`` runs.
The budget is ``understand_seconds = 5``: whatever a message costs, it ends.
The hypothesis test builds random MIME trees with broken boundaries, unknown
charsets and encodings, 8-bit and NUL bytes.
"""

from __future__ import annotations

import dataclasses
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings as hypothesis_settings
from sqlalchemy import select

from mailflow.budget import ISOLATE_ABOVE
from mailflow.config import Worker
from mailflow.db.models import InboundMessage, ReviewItem
from mailflow.intake.store import accept
from mailflow.pipeline import Pipeline, process_one, understand_message

from hostile_mail import CORPUS, MB, hostile_message

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # what is stored is the same on both
FINAL = ("processed", "ignored", "review")


def pipeline(synced, catalogue, settings, now) -> Pipeline:  # type: ignore[no-untyped-def]
    budget = dataclasses.replace(settings, worker=Worker(understand_seconds=5.0, understand_memory=256 * MB))
    return Pipeline(catalogue, budget, synced, lambda: now)


def outcome(synced, inbound_id: int) -> tuple[str, int, str | None]:  # type: ignore[no-untyped-def]
    with synced() as db:
        row = db.get_one(InboundMessage, inbound_id)
        reason = db.scalar(select(ReviewItem.reason).where(ReviewItem.inbound_id == inbound_id))
        return row.state, row.attempts, reason


def run_corpus(name: str, scale: float, synced, catalogue, settings, now) -> None:  # type: ignore[no-untyped-def]
    raw = CORPUS[name](scale)
    inbound = accept(synced, raw, source="smtp", envelope_to=["d-loket@vng.nl"]).id
    understand_message(b"From: a@b.nl\r\n\r\nwarm\r\n", catalogue)  # word lists loaded, as in a worker
    tracemalloc.start()
    try:
        process_one(pipeline(synced, catalogue, settings, now), inbound)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    state, attempts, reason = outcome(synced, inbound)
    assert state in FINAL and attempts == 0, f"{name}: {state} after {attempts} failed attempts"
    assert state != "review" or (reason and len(reason) > 10), f"{name}: in review without a reason"
    if len(raw) <= ISOLATE_ABOVE:  # understood in the worker: its memory stays bounded
        assert peak < 64 * MB, f"{name}: {peak / MB:.0f} MB for a {len(raw) / 1024:.0f} KB message"


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_hostile_corpus_small(name: str, synced, catalogue, settings, now) -> None:
    run_corpus(name, 0.05, synced, catalogue, settings, now)


@pytest.mark.long
@pytest.mark.parametrize("name", sorted(CORPUS))
def test_hostile_corpus_full_size(name: str, synced, catalogue, settings, now) -> None:
    run_corpus(name, 1.0, synced, catalogue, settings, now)


@hypothesis_settings(
    max_examples=80,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(raw=hostile_message())
def test_any_mime_tree_ends_in_a_final_state(raw: bytes, synced, catalogue, settings, now) -> None:
    accepted = accept(synced, raw, source="smtp", envelope_to=["d-loket@vng.nl"])
    if accepted.duplicate:
        return
    process_one(pipeline(synced, catalogue, settings, now), accepted.id)
    state, attempts, reason = outcome(synced, accepted.id)
    assert state in FINAL and attempts == 0
    assert state != "review" or reason
