"""Run one real-world message through mailflow's real path and say what harm it would do.

Each message is readdressed to one registration mailbox (by default
``d-loket@vng.nl``, whose event is ``dia-2027`` in the shared catalogue),
understood exactly as the worker does (``Understander.understand`` with our
own addresses, the mailbox as envelope recipient and a fixed ``now``) and decided against an empty database
state (``decide`` with a ``Snapshot`` that holds only our own addresses, as
``read_snapshot`` returns for people nobody has registered). Nothing is
written anywhere: understanding and deciding are pure.

What counts as harm, per message:

* an automatic action: Register, Cancel or Move in a decision that is not a
  hold (the worker would apply it without anyone looking);
* a reply that would be queued, and to whom;
* filing under another event: the interpretation, a reply, the review
  proposal or a chosen session belongs to an event other than the mailbox's;
* review: the decision holds the message for a person (a cost for spam);
* addresses marked as bouncing, judged against ``realworld_bounces.oracle``.
"""

from __future__ import annotations

import datetime as dt
import re
import signal
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mailflow.catalogue import Catalogue
from mailflow.config import Policy
from mailflow.decide import decide
from mailflow.decide.types import Cancel, Hold, MarkBouncing, Move, Register, Reply, Snapshot
from mailflow.understand import Understander
from mailflow.understand.types import Interpretation

import realworld_bounces

SLOW_MS = 100.0  # principle 6: no message over 100 ms of CPU
TIMEOUT_S = 120  # wall clock per message; past it the message counts as a crash ("timeout")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_TO_FIELD = re.compile(rb"(?im)^to[ \t]*:.*(?:\r?\n[ \t].*)*(?:\r?\n)?")


@dataclass
class Outcome:
    """Everything the report needs about one message."""

    file: str
    source: str
    category: str
    size: int
    kind: str = ""
    state: str = ""
    auto: list[str] = field(default_factory=list)
    replies: list[dict[str, Any]] = field(default_factory=list)
    other_event: list[str] = field(default_factory=list)
    why: str = ""
    reason: str = ""  # the review queue's first line, when the message is held
    marks: dict[str, str | None] = field(default_factory=dict)  # address -> None (right) or what is wrong
    cpu_understand_ms: float = 0.0
    cpu_decide_ms: float = 0.0
    error: str | None = None
    subject: str = ""
    sender: str | None = None

    @property
    def wrong_marks(self) -> dict[str, str]:
        return {a: w for a, w in self.marks.items() if w is not None and w != "unverified"}

    def to_json(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["wrong_marks"] = self.wrong_marks
        return d


def readdress(raw: bytes, mailbox: str) -> tuple[bytes, list[str]]:
    """The message as delivered to ``mailbox``: every To field replaced by one ``To: mailbox``.

    Cc and everything else stay, so a Cc'd person or list is still there to be
    confused with a participant. Returns the new bytes and the original To addresses.
    """
    end = _HEADER_END.search(raw)
    head, rest = (raw[: end.start()], raw[end.start() :]) if end else (raw, b"")
    nl = b"\r\n" if b"\r\n" in head[:2000] else b"\n"
    fields = list(_TO_FIELD.finditer(head + nl))
    original = [a for f in fields for a in realworld_bounces.addresses(f.group(0)[3:].decode("latin-1"))]
    new_to = b"To: " + mailbox.encode() + nl
    if not fields:
        return new_to + head + rest, original
    body = head + nl
    out = body[: fields[0].start()] + new_to
    pos = fields[0].end()
    for f in fields[1:]:
        out += body[pos : f.start()]
        pos = f.end()
    out += body[pos:]
    return out[: -len(nl)] + rest, original


class Measurer:
    """Holds the catalogue-wide objects (built once) and judges one message at a time."""

    def __init__(self, catalogue: Catalogue, mailbox: str, own: tuple[str, ...], now: dt.datetime) -> None:
        self.catalogue, self.mailbox, self.now = catalogue, mailbox.lower(), now
        self.home = {e.key for e in catalogue.events_for_mailbox(self.mailbox)}
        if not self.home:
            raise ValueError(f"no event in the catalogue has the mailbox {mailbox}")
        self.own = own
        self.understander = Understander(catalogue)
        self.snapshot = Snapshot(own_addresses=frozenset(a.lower() for a in own))
        self.policy = Policy()

    def measure(self, path: Path, source: str, category: str, raw: bytes, expected: list[str] | None = None) -> Outcome:
        """Judge one message; any exception (or a run past ``TIMEOUT_S``) is recorded, never raised."""
        out = Outcome(str(path), source, category, len(raw))
        delivered, original_to = readdress(raw, self.mailbox)
        previous = signal.signal(signal.SIGALRM, _timeout)
        signal.alarm(TIMEOUT_S)
        stage = "understanding"
        try:
            t0 = time.process_time()
            # as the worker has it from SMTP/LMTP or the IMAP mailbox: the envelope recipient is the mailbox,
            # also for a file whose To cannot be rewritten (a BSMTP transcript has no header block)
            it = self.understander.understand(
                delivered, now=self.now, own_addresses=self.own, delivered_to=(self.mailbox,)
            )
            t1 = time.process_time()
            stage = "deciding"
            decision = decide(it, self.snapshot, self.catalogue, self.policy, self.now)
            t2 = time.process_time()
            out.cpu_understand_ms, out.cpu_decide_ms = (t1 - t0) * 1000, (t2 - t1) * 1000
            stage = "judging"
            self._judge(out, it, decision, raw, original_to, expected)
        except BaseException as exc:  # noqa: BLE001 - a crash is a finding, printed with its file
            if isinstance(exc, KeyboardInterrupt):
                raise
            out.error = f"{stage}: {type(exc).__name__}: {exc}"[:500]
            out.why = traceback.format_exc(limit=-3)[-1500:]
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
        return out

    def _judge(
        self,
        out: Outcome,
        it: Interpretation,
        decision: Any,
        raw: bytes,
        original_to: list[str],
        expected: list[str] | None,
    ) -> None:
        out.kind, out.state, out.subject, out.sender = it.kind, decision.state, it.subject[:120], it.sender
        out.reason = decision.hold.reason if decision.hold else ""
        if decision.state != "review":
            for a in decision.actions:
                if isinstance(a, Register):
                    out.auto.append(f"register {a.person.email} for {a.session_key}")
                elif isinstance(a, Cancel):
                    out.auto.append(f"cancel {a.registration.email} for {a.registration.session_key}")
                elif isinstance(a, Move):
                    out.auto.append(f"move {a.registration.email} to {a.to_session}")
        for r in decision.of(Reply):
            out.replies.append({"template": str(r.template), "to": r.to, "cc": list(r.cc), "event": r.event_key})
        out.other_event = self._other_events(it, decision)
        if out.other_event or out.auto:
            out.why = (
                "; ".join(f"{c.session_key}: {c.why}" for c in it.candidates[:3])
                or "; ".join(f"{e.value} <- {e.text!r}" for e in it.evidence if e.what == "session")[:300]
            )
        marked = [m.address for m in decision.of(MarkBouncing)]
        if marked:
            o = realworld_bounces.oracle(raw, original_to, expected)
            out.marks = {a: o.judge(a) for a in marked}

    def _other_events(self, it: Interpretation, decision: Any) -> list[str]:
        """Where this message would be filed under an event that does not own its mailbox."""
        found: list[str] = []

        def note(event: str | None, what: str) -> None:
            if event and event not in self.home and f"{event} ({what})" not in found:
                found.append(f"{event} ({what})")

        note(it.event_key, "understood")
        for key in [*it.sessions, *it.from_sessions]:
            if self.catalogue.has_session(key):
                note(self.catalogue.event_of(key).key, f"session {key}")
        for r in decision.of(Reply):
            note(r.event_key, f"reply {r.template}")
        for h in decision.of(Hold):
            note(h.candidates.event_key, "review proposal")
            for key in h.candidates.sessions:
                if self.catalogue.has_session(key):
                    note(self.catalogue.event_of(key).key, f"proposed session {key}")
        return found


def _timeout(signum: int, frame: object) -> None:
    raise TimeoutError(f"still running after {TIMEOUT_S} s")
