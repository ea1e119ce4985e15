"""The text report of ``mailflow eval`` (same layout and numbers as the corpus's score.py)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import IO, Any

from mailflow.catalogue import load_catalogue
from mailflow.evaluate.score import KINDS, SHORT, Score, last_line, pct, score
from mailflow.explain import judged, to_record
from mailflow.understand import Understander


def report(sc: Score, corpus: str, n_results: int, list_misses: bool) -> list[str]:
    out = [
        f"corpus: {corpus}  labels: {sc.total}  results read: {n_results}",
        f"missing results: {sc.missing}   invalid results: {sc.invalid}",
        "",
    ]
    cols = KINDS + sorted({c for row in sc.conf.values() for c in row if c not in KINDS})
    out.append("confusion matrix (rows = label kind, columns = result kind)")
    out.append(" " * 16 + "".join(f"{(SHORT.get(c) or c)[:6]:>7}" for c in cols) + f"{'n':>6}")
    for k in KINDS:
        row = sc.conf.get(k, Counter())
        n = sum(row.values())
        if n:
            out.append(f"{k:16}" + "".join(f"{row.get(c, 0):>7}" for c in cols) + f"{n:>6}")
    out += [
        "",
        f"kind accuracy:                {sc.kind_ok}/{sc.total} = {pct(sc.kind_ok, sc.total):.1f}%"
        "  (kind_alt accepted)",
        f"session exact match:          {sc.sess_ok}/{sc.sess_n} = {pct(sc.sess_ok, sc.sess_n):.1f}%"
        "  (register/cancel/change labels with review false/any)",
        f"  all register/cancel/change: {sc.sess_all_ok}/{sc.sess_all_n} = {pct(sc.sess_all_ok, sc.sess_all_n):.1f}%",
        f"participant-set match:        {sc.part_ok}/{sc.sess_n} = {pct(sc.part_ok, sc.sess_n):.1f}%  (same subset)",
        f"  all register/cancel/change: {sc.part_all_ok}/{sc.sess_all_n} = {pct(sc.part_all_ok, sc.sess_all_n):.1f}%",
        f"review precision:             {sc.tp}/{sc.tp + sc.fp} = {pct(sc.tp, sc.tp + sc.fp):.1f}%   "
        "(positive = routed to a human; labels 'any' excluded)",
        f"review recall:                {sc.tp}/{sc.tp + sc.fn} = {pct(sc.tp, sc.tp + sc.fn):.1f}%",
        f"silently dropped actions:     {sc.dropped}  (label register/cancel/change with review=false, "
        "result non-action kind with review=false)",
        "",
        f"CRITICAL ERRORS:              {len(sc.critical)}",
        f"AUTOMATION RATE:              {sc.auto_num}/{sc.auto_den} = {sc.automation:.1f}%",
    ]
    if list_misses:
        out += ["", f"failing messages ({len(sc.fails)}):"] + [_miss(*f) for f in sc.fails]
    out += ["", last_line(sc)]
    return out


def _miss(f: str, lab: dict, res: dict | None, problems: list[str]) -> str:
    exp = (
        f"kind={lab['kind']} sessions={sorted(lab.get('sessions', []))} "
        f"participants={sorted(lab.get('participants', []))} review={lab['review']}"
    )
    got = (
        "no usable result"
        if res is None
        else (
            f"kind={res['kind']} sessions={sorted(res['sessions'])} "
            f"participants={sorted(res['participants'])} review={res['review']}"
        )
    )
    return f"{f} [{','.join(problems)}] expected: {exp} | got: {got} | {lab.get('note', '')}"


def explain_corpus(corpus: Path) -> list[dict[str, Any]]:
    """Run every message through the explain code path, judged at its own received time."""
    catalogue = load_catalogue([corpus / "catalogue.toml"])
    u = Understander(catalogue)
    return [
        to_record(str(f), judged(u.understand(f.read_bytes()), catalogue))
        for f in sorted((corpus / "messages").glob("*.eml"))
    ]


def run_eval(corpus_dir: Path, list_misses: bool, out: IO[str]) -> int:
    corpus_dir = Path(corpus_dir)
    try:
        labels = [
            json.loads(line)
            for line in (corpus_dir / "labels.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    except (OSError, json.JSONDecodeError) as exc:
        out.write(f"error: cannot read {corpus_dir / 'labels.jsonl'}: {exc}\n")
        return 2
    results = explain_corpus(corpus_dir)
    sc = score(labels, results)
    out.write("\n".join(report(sc, str(corpus_dir), len(results), list_misses)) + "\n")
    return 0
