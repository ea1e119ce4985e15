"""Figures of the real-world check: one row per category, the targets of issue 9, the worst offenders."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable

from realworld_extract import CATEGORIES
from realworld_measure import SLOW_MS, Outcome

COLUMNS = (
    "messages",
    "crashes",
    "auto actions",
    "with reply",
    "other event",
    "in review",
    "marked bouncing",
    "wrong marks",
    "max CPU ms",
    "p99 CPU ms",
    f"> {SLOW_MS:.0f} ms",
)


@dataclass(frozen=True)
class Speed:
    """Understanding against a bare ``mailparser.parse_from_bytes`` loop over the same messages (CPU time)."""

    ours_s: float
    bare_s: float
    messages: int
    bare_errors: int

    @property
    def ratio(self) -> float:
        return self.bare_s / self.ours_s if self.ours_s else 0.0


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (0 for no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q / 100 * len(ordered)) - 1))]


def cpu(o: Outcome) -> float:
    """The CPU a message costs the worker: understanding plus deciding."""
    return o.cpu_understand_ms + o.cpu_decide_ms


def row(outs: list[Outcome]) -> dict[str, Any]:
    times = [cpu(o) for o in outs if o.error is None]
    return {
        "messages": len(outs),
        "crashes": sum(o.error is not None for o in outs),
        "auto actions": sum(bool(o.auto) for o in outs),
        "with reply": sum(bool(o.replies) for o in outs),
        "other event": sum(bool(o.other_event) for o in outs),
        "in review": sum(o.state == "review" for o in outs),
        "marked bouncing": sum(bool(o.marks) for o in outs),
        "wrong marks": sum(bool(o.wrong_marks) for o in outs),
        "max CPU ms": round(max(times, default=0.0), 1),
        "p99 CPU ms": round(percentile(times, 99), 1),
        f"> {SLOW_MS:.0f} ms": sum(t > SLOW_MS for t in times),
    }


def summary(outs: list[Outcome], speed: Speed | None) -> dict[str, Any]:
    rows = {c: row([o for o in outs if o.category == c]) for c in CATEGORIES}
    rows["all"] = row(outs)
    spam = [o for o in outs if o.category == "spam"]
    bounces = [o for o in outs if o.category == "bounce"]
    targets = {
        "automatic actions": (rows["all"]["auto actions"], "0"),
        "replies to junk (spam)": (sum(len(o.replies) for o in spam), "0"),
        "replies to bounces and list mail": (
            sum(len(o.replies) for o in outs if o.category in ("bounce", "list")),
            "0",
        ),
        "filed under another event: held or answered there": (
            sum(bool(o.other_event) and (o.state == "review" or bool(o.replies)) for o in outs),
            "0",
        ),
        "filed under another event: understood as it, then ignored": (
            sum(bool(o.other_event) and o.state != "review" and not o.replies for o in outs),
            "0",
        ),
        "spam in review": (
            f"{rows['spam']['in review']} of {len(spam)} ({100 * rows['spam']['in review'] / max(1, len(spam)):.0f} %)",
            "≤ 10 %",
        ),
        "bounces marking a wrong address": (sum(bool(o.wrong_marks) for o in bounces), "0"),
        "bounces marking only failed recipients": (
            f"{sum(bool(o.marks) and all(w is None for w in o.marks.values()) for o in bounces)} of "
            f"{sum(bool(o.marks) for o in bounces)} that mark",
            "all",
        ),
        "bounces with marks the oracle cannot check": (
            sum(bool(o.marks) and not o.wrong_marks and "unverified" in o.marks.values() for o in bounces),
            "—",
        ),
        "wrong bouncing marks from other categories": (
            sum(bool(o.wrong_marks) for o in outs if o.category != "bounce"),
            "0",
        ),
        "crashes": (rows["all"]["crashes"], "0"),
        f"messages over {SLOW_MS:.0f} ms CPU": (rows["all"][f"> {SLOW_MS:.0f} ms"], "0"),
    }
    if speed is not None:
        targets["understanding vs bare mailparser"] = (f"{100 * speed.ratio:.0f} %", "≥ 50 %")
    return {"rows": rows, "targets": targets}


def markdown(summ: dict[str, Any], speed: Speed | None) -> str:
    lines = ["| category | " + " | ".join(COLUMNS) + " |", "|---|" + "---:|" * len(COLUMNS)]
    for name, r in summ["rows"].items():
        if r["messages"]:
            cells = [f"{r[c]:,}" if isinstance(r[c], int) else str(r[c]) for c in COLUMNS]
            lines.append(f"| {'**all**' if name == 'all' else name} | " + " | ".join(cells) + " |")
    lines += ["", "| target | measured | goal |", "|---|---:|---:|"]
    lines += [f"| {k} | {v} | {goal} |" for k, (v, goal) in summ["targets"].items()]
    if speed is not None:
        lines += [
            "",
            f"Understanding {speed.messages / speed.ours_s:,.0f} msg/s vs bare "
            f"`mailparser.parse_from_bytes` {speed.messages / speed.bare_s:,.0f} msg/s on process CPU "
            f"time ({speed.messages:,} messages, alternating chunks; mailparser raised on "
            f"{speed.bare_errors}).",
        ]
    return "\n".join(lines)


def offenders(outs: list[Outcome], limit: int) -> str:
    """The findings a developer fixes, each with its file, so every one can be re-run with ``mailflow explain``."""
    parts: list[str] = []

    def section(title: str, items: Iterable[str]) -> None:
        items = list(items)
        if items:
            more = f" (first {limit} of {len(items)})" if len(items) > limit else ""
            parts.append(f"\n{title}{more}:\n" + "\n".join(f"  {x}" for x in items[:limit]))

    section("Crashes", (f"{o.file}: {o.error}" for o in outs if o.error))
    section("Automatic actions", (f"{o.file} [{o.category}]: {'; '.join(o.auto)} ({o.why})" for o in outs if o.auto))
    section(
        "Replies",
        (
            f"{o.file} [{o.category}, {o.kind}]: "
            + "; ".join(
                f"{r['template']} to {r['to']}" + (f" cc {', '.join(r['cc'])}" if r["cc"] else "") for r in o.replies
            )
            + f" -- {o.subject!r}"
            for o in outs
            if o.replies
        ),
    )
    section(
        "Filed under another event",
        (
            f"{o.file} [{o.category}]: {', '.join(o.other_event)} -- {o.subject!r} ({o.why})"
            for o in outs
            if o.other_event
        ),
    )
    section(
        "Wrong bouncing marks",
        (
            f"{o.file} [{o.category}]: " + ", ".join(f"{a} ({w})" for a, w in o.wrong_marks.items())
            for o in outs
            if o.wrong_marks
        ),
    )
    for cat in ("spam", "list", "ham"):
        reasons = Counter(_generic(o.reason) for o in outs if o.category == cat and o.state == "review")
        section(
            f"Why {cat} went to review (most common first reasons)", (f"{n:5}  {r}" for r, n in reasons.most_common())
        )
    slow = sorted((o for o in outs if o.error is None), key=cpu, reverse=True)
    section(
        "Slowest (CPU ms understanding+deciding, size)",
        (f"{cpu(o):8.1f} ms  {o.size / 1024:8.1f} KB  {o.file}" for o in slow[:limit] if cpu(o) > SLOW_MS / 4),
    )
    return "\n".join(parts)


def _generic(reason: str) -> str:
    """A review reason without the message's own words, so alike reasons count together."""
    return re.sub(r"\b\d+\b", "N", re.sub(r"([\"'“‘]).*?\1", "…", reason))[:140]
