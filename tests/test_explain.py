"""``mailflow explain``: one JSON line per file, errors per file, exit code 1 at the end."""

from __future__ import annotations

import io
import json
from pathlib import Path

from mailflow.catalogue import load_catalogue
from mailflow.explain import run_explain


def test_json_lines_and_unreadable_file(shared_corpus: Path, tmp_path: Path) -> None:
    # An unreadable file gives an error line and exit code 1, but the other files still run.
    cat = load_catalogue([shared_corpus / "catalogue.toml"])
    messages = shared_corpus / "messages"
    files = [messages / "003.eml", tmp_path / "nonexistent.eml", messages / "005.eml"]
    out = io.StringIO()
    assert run_explain(files, cat, as_json=True, out=out) == 1
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert "error" in lines[1] and lines[0]["kind"] == "register" and lines[2]["kind"] == "other"
    for key in (
        "file",
        "message_id",
        "kind",
        "sessions",
        "from_sessions",
        "participants",
        "review",
        "reasons",
        "evidence",
        "confidence",
        "event",
        "language",
        "candidates",
        "alternatives",
        "action",
    ):
        assert key in lines[0]
    assert lines[0]["action"].startswith("register m.verhoef@amersfoort.nl for dia-utrecht")


def test_text_output(shared_corpus: Path) -> None:
    cat = load_catalogue([shared_corpus / "catalogue.toml"])
    out = io.StringIO()
    assert run_explain([shared_corpus / "messages" / "030.eml"], cat, as_json=False, out=out) == 0
    assert "Joost van Dam is named without an e-mail address" in out.getvalue()
