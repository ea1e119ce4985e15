"""The scored targets: 0 critical errors and automation >= 95 % on the labelled corpora."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mailflow.evaluate.score import score
from mailflow.evaluate.report import explain_corpus

OWN = Path(__file__).parent / "corpus"
TARGET_AUTOMATION = 95.0


@pytest.mark.parametrize("name", ["shared", "tests"])
def test_corpus_targets(name: str, request: pytest.FixtureRequest) -> None:
    # No automatic wrong action on any labelled corpus, and at least 95 % automation on each.
    corpus: Path = request.getfixturevalue("shared_corpus") if name == "shared" else OWN
    labels = [json.loads(x) for x in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    sc = score(labels, explain_corpus(corpus))
    assert sc.critical == []
    assert sc.automation >= TARGET_AUTOMATION


# The blind corpora (issue 9): written by people who never read the code, for events unlike the shared
# catalogue's. Their first scores (before any change made for them) are in their README and in the
# project README; the floors below are what general changes reached, and critical must stay 0.
BLIND_FLOORS = {
    "corpus_medical": 47.0,
    "corpus_heritage": 56.0,
    "corpus_network": 55.0,
    "corpus_holdout": 48.0,
    "corpus_civic": 61.0,
}


@pytest.mark.parametrize("name", sorted(BLIND_FLOORS))
def test_blind_corpus_floors(name: str) -> None:
    corpus = Path(__file__).parent / name
    labels = [json.loads(x) for x in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    sc = score(labels, explain_corpus(corpus))
    assert sc.critical == []
    assert sc.automation >= BLIND_FLOORS[name]
