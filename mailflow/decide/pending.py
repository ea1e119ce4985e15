"""The registered person's answer to our question 'reply ja to confirm'.

The question (``confirm_request``) went only to the registered address, under a
Message-ID nobody else has seen; the held request it was about is found through
it (``Snapshot.pending``). "ja" carries out that person's part of the request
with their authority; "nee" settles it without a change. Either way the rest of
the held request (other people in it) stays in the review queue.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from mailflow.decide.authority import authorise
from mailflow.decide.common import hold
from mailflow.decide.facts import Facts
from mailflow.decide.types import Decision, Ignore, SettlePending
from mailflow.understand.types import Participant


def settle(c: Facts, handlers: dict[str, Callable[[Facts], Decision]]) -> Decision:
    i, p = c.interp, c.snap.pending
    if p is None:
        return Decision(
            (Ignore("an answer to a question that is no longer open"),),
            "ignored",
            ("answer to our confirmation question: the request was already decided",),
        )
    done = SettlePending(p.item_id, p.inbound_id, p.asked, i.answer or "no")
    if i.answer != "yes":
        return Decision((done,), "processed", (f"{p.asked} said no: their registration stays as it is",))
    proposal = p.proposal
    person = next((x for x in proposal.participants if x.email == p.asked), Participant(p.asked, None, "sender"))
    asked = replace(
        i,
        kind=proposal.kind,  # type: ignore[arg-type]
        sessions=list(proposal.sessions),
        from_sessions=list(proposal.from_sessions),
        participants=[person],
        event_key=proposal.event_key or i.event_key,
        review=False,
        reasons=[],
    )
    facts = replace(c, interp=asked, confirmed=c.confirmed | {p.asked})
    handler = handlers.get(proposal.kind)
    if handler is None:
        return hold(c, "confirmed", f"{p.asked} confirmed a {proposal.kind} request that needs a person")
    d = authorise(facts, handler(facts))
    if d.state == "review":
        return d
    return Decision((*d.actions, done), "processed", (f"{p.asked} confirmed", *d.notes))
