"""docs/guarantees.md names, for each promise, the test that proves it: every name it gives must exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_test_the_guarantees_name_exists() -> None:
    text = (ROOT / "docs" / "guarantees.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`(test_\w+)::(test_\w+)`", text))
    modules = set(re.findall(r"`(test_\w+)`", text)) - {t for _m, t in named}
    assert len(named) >= 30
    missing = [
        f"{m}::{t}"
        for m, t in sorted(named)
        if not re.search(rf"^def {t}\(", (ROOT / "tests" / f"{m}.py").read_text(encoding="utf-8"), re.M)
    ]
    missing += [m for m in sorted(modules) if not (ROOT / "tests" / f"{m}.py").exists()]
    assert missing == [], f"docs/guarantees.md names tests that do not exist: {missing}"
