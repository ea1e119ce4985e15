"""``mailflow eval`` scores exactly like the corpus's score.py."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path


from mailflow.evaluate.score import last_line, score
from mailflow.evaluate.report import explain_corpus, run_eval


def test_scoring_rules_on_small_input() -> None:
    # Critical = automatic action with wrong sessions; automation counts only correct automatic results.
    labels = [
        {"file": "a.eml", "kind": "register", "sessions": ["s1"], "participants": ["x@y.nl"], "review": False},
        {"file": "b.eml", "kind": "question", "sessions": [], "participants": [], "review": True},
        {"file": "c.eml", "kind": "other", "sessions": [], "participants": [], "review": False},
    ]
    results = [
        {"file": "a.eml", "kind": "register", "sessions": ["s2"], "participants": ["x@y.nl"], "review": False},
        {"file": "b.eml", "kind": "question", "sessions": [], "participants": [], "review": True},
        {"file": "c.eml", "kind": "other", "sessions": [], "participants": [], "review": False},
    ]
    sc = score(labels, results)
    assert sc.critical == ["a.eml"] and (sc.auto_num, sc.auto_den) == (1, 2)
    assert last_line(sc) == "critical=1 automation=50.0% total=3"


def test_missing_result_for_review_label_is_critical() -> None:
    sc = score([{"file": "a.eml", "kind": "question", "review": True}], [])
    assert sc.critical == ["a.eml"] and sc.missing == 1


def test_same_numbers_as_score_py(tmp_path: Path, shared_corpus: Path) -> None:
    # The last line of our report equals score.py's on the same explain output.
    results = tmp_path / "r.jsonl"
    results.write_text("\n".join(json.dumps(r) for r in explain_corpus(shared_corpus)), encoding="utf-8")
    score_py = shared_corpus / "score.py"
    theirs = (
        subprocess.run(
            [sys.executable, str(score_py), str(shared_corpus), str(results), "--list"],
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()
    )
    out = io.StringIO()
    assert run_eval(shared_corpus, list_misses=True, out=out) == 0
    ours = out.getvalue().strip().splitlines()
    assert ours[-1] == theirs[-1]
    assert ours[1:] == theirs[1:]
