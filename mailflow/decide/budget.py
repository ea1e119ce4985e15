"""The daily mail budget: count every mail a message would send before sending any.

``[outbound] max_replies_per_day`` protects people and us against mail loops
and robots. It is judged on the whole decision: a mail that would send 500
copies to one address is over the limit before the first is sent. A limit
meant for robots must never make a registration change invisible: a decision
that changes registrations while a mail about it may not be sent is held for
review instead (a person sees it); a decision that changes nothing simply
sends fewer mails.
"""

from __future__ import annotations

from collections import Counter

from mailflow.decide.common import hold
from mailflow.decide.facts import Facts
from mailflow.decide.types import Cancel, Decision, Move, Register, Reply

CODE = "daily_limit"


def over_budget(c: Facts, replies: list[Reply]) -> list[str]:
    """The addresses these replies would take past the daily limit, counting today's mails and these."""
    planned = Counter(a.lower() for r in replies for a in dict.fromkeys((r.to, *r.cc)))
    s = c.snap
    if s.reply_limit <= 0:
        return sorted(a for a in planned if a in s.over_limit)
    return sorted(a for a, n in planned.items() if s.sent_today.get(a, 0) + n > s.reply_limit)


def within_budget(c: Facts, d: Decision) -> Decision:
    if c.staff:
        return d  # a person decided: the limit is for robots
    over = over_budget(c, d.of(Reply))
    if not over:
        return d
    changes = d.of(Register) + d.of(Cancel) + d.of(Move)
    if changes:
        limit = c.snap.reply_limit or "the daily number of"
        return hold(
            c,
            CODE,
            f"{', '.join(over)} would get more than {limit} mails from us in 24 hours "
            "(the limit against mail loops); the change waits for a person so it is not made "
            "without a word",
            ack=False,
        )
    kept = tuple(a for a in d.actions if not (isinstance(a, Reply) and {a.to, *a.cc} & set(over)))
    return Decision(kept, d.state, (*d.notes, f"no mail to {', '.join(over)}: daily limit reached"))
