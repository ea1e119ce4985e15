"""``mailflow eval``: score understanding on a labelled corpus, as the corpus's score.py does.

Each message is judged at its own received time (no --now), through the same
code path as ``mailflow explain``. The scoring itself is a set of pure
functions over label and result dicts, so it can be unit-tested and compared
line by line with score.py.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from email.utils import parseaddr
from pathlib import Path
from typing import IO, Any

KINDS = ["register", "cancel", "change", "question", "auto_reply", "bounce", "calendar_reply", "other"]
ACTION = {"register", "cancel", "change"}
SHORT = {
    "register": "reg",
    "cancel": "can",
    "change": "chg",
    "question": "qst",
    "auto_reply": "auto",
    "bounce": "bnc",
    "calendar_reply": "cal",
    "other": "oth",
    "missing": "miss",
    "invalid": "inv",
}


def norm_email(p: Any) -> str | None:
    if isinstance(p, dict):
        v = p.get("email") or p.get("address") or p.get("addr") or ""
    elif isinstance(p, str):
        v = p
    else:
        return None
    v = v.strip()
    if "<" in v:
        v = parseaddr(v)[1] or v
    return v.strip().strip("<>").lower() or None


def norm_result(r: Any) -> dict[str, Any] | None:
    """A result reduced to what is scored, or None when it is unusable."""
    if not isinstance(r, dict) or not isinstance(r.get("kind"), str) or not isinstance(r.get("review"), bool):
        return None
    sess = r.get("sessions") or []
    if isinstance(sess, str):
        sess = [sess]
    parts = r.get("participants") or []
    if not isinstance(sess, list) or not isinstance(parts, list):
        return None
    sess = [s.get("key") if isinstance(s, dict) else s for s in sess]
    emails = {e for e in (norm_email(p) for p in parts) if e}
    return dict(
        kind=r["kind"].strip().lower(),
        sessions={str(s) for s in sess if s},
        participants=emails,
        review=r["review"],
        from_sessions=r.get("from_sessions"),
    )


@dataclass
class Score:
    total: int = 0
    conf: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    kind_ok: int = 0
    sess_n: int = 0
    sess_ok: int = 0
    part_ok: int = 0
    sess_all_n: int = 0
    sess_all_ok: int = 0
    part_all_ok: int = 0
    tp: int = 0
    tn: int = 0
    fp: int = 0
    fn: int = 0
    dropped: int = 0
    missing: int = 0
    invalid: int = 0
    critical: list[str] = field(default_factory=list)
    auto_num: int = 0
    auto_den: int = 0
    fails: list[tuple[str, dict, dict | None, list[str]]] = field(default_factory=list)

    @property
    def automation(self) -> float:
        return pct(self.auto_num, self.auto_den)


def pct(a: int, b: int) -> float:
    return 100.0 * a / b if b else 0.0


def collect(raw_results: list[Any]) -> tuple[dict[str, dict], set[str]]:
    results: dict[str, dict] = {}
    invalid: set[str] = set()
    for r in raw_results:
        if not isinstance(r, dict) or not isinstance(r.get("file"), str):
            continue
        base = Path(r["file"]).name
        nr = norm_result(r)
        if nr is None:
            invalid.add(base)
            results.pop(base, None)
        else:
            invalid.discard(base)
            results[base] = nr
    return results, invalid


def score(labels: list[dict], raw_results: list[Any]) -> Score:
    """Score results against labels with score.py's definitions."""
    results, invalid = collect(raw_results)
    sc = Score(total=len(labels))
    for lab in labels:
        _score_one(sc, lab, results.get(lab["file"]), lab["file"] in invalid)
    return sc


def _checks(lab: dict, res: dict) -> tuple[bool, bool, bool]:
    lsess = set(lab.get("sessions", []))
    allowed = set(lab.get("sessions_allowed", [])) | lsess if "sessions_allowed" in lab else None
    kind_ok = res["kind"] in {lab["kind"], *lab.get("kind_alt", [])}
    sess_ok = (
        res["sessions"] == lsess
        or res["sessions"] in [set(a) for a in lab.get("sessions_alt", [])]
        or (allowed is not None and res["sessions"] <= allowed)
    )
    lparts = {p.lower() for p in lab.get("participants", [])}
    part_ok = res["participants"] == lparts or res["participants"] in [
        {p.lower() for p in a} for a in lab.get("participants_alt", [])
    ]
    return kind_ok, sess_ok, part_ok


def _score_one(sc: Score, lab: dict, res: dict | None, invalid: bool) -> None:
    lk, lrev, problems = lab["kind"], lab["review"], []
    if res is None:
        status = "invalid" if invalid else "missing"
        setattr(sc, status, getattr(sc, status) + 1)
        sc.conf[lk][status] += 1
        problems.append(status.upper())
        kind_ok = sess_ok = part_ok = False
        is_crit = lrev is True
        sc.fn += lrev is True
    else:
        sc.conf[lk][res["kind"] if res["kind"] in KINDS else "?" + res["kind"]] += 1
        kind_ok, sess_ok, part_ok = _checks(lab, res)
        if not kind_ok:
            problems.append("kind")
        if lk in ACTION or res["kind"] in ACTION:
            problems += [n for n, ok in (("sessions", sess_ok), ("participants", part_ok)) if not ok]
        _review(sc, lrev, res["review"], problems)
        is_crit = res["review"] is False and (
            lrev is True or (res["kind"] in ACTION and not (kind_ok and sess_ok and part_ok))
        )
        sc.dropped += lk in ACTION and lrev is False and res["review"] is False and res["kind"] not in ACTION
    sc.kind_ok += kind_ok
    if lk in ACTION:
        sc.sess_all_n += 1
        sc.sess_all_ok += sess_ok
        sc.part_all_ok += part_ok
        if lrev is not True:
            sc.sess_n += 1
            sc.sess_ok += sess_ok
            sc.part_ok += part_ok
    if lrev is False:
        sc.auto_den += 1
        correct = res is not None and kind_ok and (lk not in ACTION or (sess_ok and part_ok))
        sc.auto_num += res is not None and res["review"] is False and correct
    if is_crit:
        sc.critical.append(lab["file"])
        problems.insert(0, "CRITICAL")
    if problems:
        sc.fails.append((lab["file"], lab, res, problems))


def _review(sc: Score, lrev: Any, rrev: bool, problems: list[str]) -> None:
    if not isinstance(lrev, bool):
        return
    if lrev and rrev:
        sc.tp += 1
    elif lrev:
        sc.fn += 1
        problems.append("review")
    elif rrev:
        sc.fp += 1
        problems.append("review")
    else:
        sc.tn += 1


def last_line(sc: Score) -> str:
    return f"critical={len(sc.critical)} automation={sc.automation:.1f}% total={sc.total}"


def run_eval(corpus_dir: Path, list_misses: bool, out: IO[str]) -> int:
    """Entry point of ``mailflow eval`` (the report lives in evaluation_report)."""
    from mailflow.evaluate.report import run_eval as _run

    return _run(corpus_dir, list_misses, out)
