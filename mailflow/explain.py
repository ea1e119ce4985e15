"""``mailflow explain``: show how each message is understood and what would happen.

Changes nothing. JSON output (one object per line) is what ``score.py`` and
``mailflow eval`` read; the text output is for a secretary at a terminal.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, replace
from pathlib import Path
from typing import IO, Any, Iterable

from mailflow.catalogue import Catalogue
from mailflow.config import Trust
from mailflow.understand import Understander
from mailflow.understand.types import MACHINE_KINDS, SIDE_QUESTION, Evidence, Interpretation


def action_sentence(it: Interpretation) -> str:
    """One sentence a secretary understands: what the service would do with this mail."""
    who = ", ".join(p.email for p in it.participants) or "nobody"
    sessions = ", ".join(it.sessions) or "no session"
    if it.junk:
        first = it.reasons[0] if it.reasons else "junk"
        return f"ignore it as junk ({first[0].lower() + first[1:]}); no reply, not in the review queue"
    asked = [r for r in it.reasons if r.startswith(SIDE_QUESTION)]
    if it.review and it.kind == "register" and asked and len(asked) == len(it.reasons):
        # decide carries out the request and keeps only the question (unless a rule holds the request too)
        done = action_sentence(replace(it, review=False, reasons=[]))
        return f"{done}, and send the question to the review queue ({asked[0][len(SIDE_QUESTION) :]})"
    if it.review:
        first = it.reasons[0] if it.reasons else "it is unclear"
        told = " and tell the sender it arrived" if it.may_reply and it.kind not in MACHINE_KINDS else ""
        return f"send to the review queue ({first[0].lower() + first[1:]}){told}"
    if it.kind == "register":
        return f"register {who} for {sessions} and send a confirmation"
    proof = " if the request provably comes from them, else ask them to confirm first"
    if it.kind == "cancel":
        return f"cancel {who} for {sessions or 'the registration our mail was about'} and send a confirmation{proof}"
    if it.kind == "change":
        return f"move {who} from {', '.join(it.from_sessions)} to {sessions} and send a confirmation{proof}"
    if it.kind == "bounce":
        return ("mark " + ", ".join(it.bounced) + " as undeliverable") if it.bounced else "ignore (delivery delayed)"
    if it.kind == "calendar_reply" and it.calendar:
        return f"record the calendar answer {it.calendar.partstat.lower()} from {it.calendar.attendee}"
    return "ignore it; no reply"


def judged(it: Interpretation, catalogue: Catalogue) -> Interpretation:
    """The interpretation with the reasons of the rules that need no database (``decide.rules``):
    closed, deadline, too many, overlap, full and past, as the service itself would hold the mail."""
    from dataclasses import replace
    from mailflow.decide.rules import static_reasons

    extra = [r for r in static_reasons(it, catalogue) if r not in it.reasons]
    if not extra:
        return it
    return replace(it, review=True, reasons=[*it.reasons, *extra], confidence=min(it.confidence, 0.5))


def to_record(file: str, it: Interpretation) -> dict[str, Any]:
    return {
        "file": file,
        "message_id": it.message_id,
        "kind": it.kind,
        "sessions": it.sessions,
        "from_sessions": it.from_sessions,
        "participants": [{"email": p.email, "name": p.name, "role": p.role} for p in it.participants],
        "review": it.review,
        "reasons": it.reasons,
        "evidence": [_evidence(e) for e in it.evidence],
        "confidence": round(it.confidence, 2),
        "event": it.event_key,
        "language": it.language,
        "candidates": [{"session_key": c.session_key, "score": c.score, "why": c.why} for c in it.candidates],
        "alternatives": it.alternatives,
        "unnamed_colleagues": it.unnamed_colleagues,
        "may_reply": it.may_reply,
        "sender": it.sender,
        "calendar": asdict(it.calendar) if it.calendar else None,
        "bounced": it.bounced,
        "bounce_permanent": it.bounce_permanent,
        "junk": it.junk,
        "concerns_event": it.concerns_event,
        "judged_at": it.judged_at.isoformat() if it.judged_at else None,
        "action": action_sentence(it),
        "reply_to": it.reply_to,
        "envelope_from": it.envelope_from,
        "ours": it.ours,
        "answer": it.answer,
        "auth": asdict(it.auth) if it.auth else None,
    }


def _evidence(e: Evidence) -> dict[str, Any]:
    """Evidence as a plain dict; written out by hand because ``asdict`` deep-copies and is slow."""
    return {"what": e.what, "value": e.value, "source": e.source, "text": e.text, "confidence": e.confidence}


def _text(rec: dict[str, Any]) -> str:
    lines = [
        f"{rec['file']}: {rec['kind']}" + (" (needs review)" if rec["review"] else ""),
        f"  would: {rec['action']}",
    ]
    if rec["sessions"] or rec["from_sessions"]:
        frm = f"  from {', '.join(rec['from_sessions'])}" if rec["from_sessions"] else ""
        lines.append(f"  sessions: {', '.join(rec['sessions']) or '-'}{frm}")
    if rec["participants"]:
        lines.append("  people: " + ", ".join(p["email"] for p in rec["participants"]))
    for r in rec["reasons"]:
        lines.append(f"  - {r}")
    for e in rec["evidence"]:
        if e["what"] in ("kind", "session", "machine", "junk"):
            lines.append(f'    because {e["source"]}: "{e["text"]}" -> {e["value"]}')
    return "\n".join(lines)


def run_explain(
    files: Iterable[Path],
    catalogue: Catalogue,
    *,
    now: dt.datetime | None = None,
    own_addresses: Iterable[str] = (),
    as_json: bool = False,
    out: IO[str],
    trust: Trust | None = None,
    message_domain: str | None = None,
    own_templates: Path | None = None,
) -> int:
    """Explain every file; an unreadable file prints an error line and makes the exit code 1.

    ``trust``, ``message_domain`` and ``own_templates`` come from the configuration when one was read:
    which Authentication-Results are believed, which Message-IDs and which wording are ours."""
    u = Understander(catalogue, trust=trust, own_templates=own_templates)
    own = tuple(own_addresses)
    code = 0
    for f in files:
        try:
            raw = Path(f).read_bytes()
        except OSError as exc:
            code = 1
            msg = f"cannot read {f}: {exc.strerror or exc}"
            out.write((json.dumps({"file": str(f), "error": msg}) if as_json else f"{f}: error: {msg}") + "\n")
            continue
        it = u.understand(raw, now=now, own_addresses=own, message_domain=message_domain)
        rec = to_record(str(f), judged(it, catalogue))
        out.write((json.dumps(rec, ensure_ascii=False) if as_json else _text(rec)) + "\n")
    return code
