"""What a staff member decides about an item, in their terms, carried out through ``resolve``.

The page, the JSON API and an answer by mail all say the same things: register
these people for these sessions, waitlist them, cancel, move from one session to
another, answer (a standard text or one's own words), handled, ignore, junk. This
module turns each into the matching ``resolve`` call, after checking that no
colleague is handling the item right now.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Sequence

from sqlalchemy.orm import Session

from mailflow.apply.context import Context
from mailflow.review import claim
from mailflow.review.queue import ReviewError
from mailflow.review.resolve import Resolution, ReviewAction, resolve

Verb = Literal["register", "waitlist", "cancel", "move", "answer", "handled", "ignore", "junk"]
VERBS: tuple[str, ...] = ("register", "waitlist", "cancel", "move", "answer", "handled", "ignore", "junk")


@dataclass(frozen=True)
class StaffDecision:
    verb: Verb
    sessions: tuple[str, ...] = ()  # register, waitlist, cancel: the sessions; move: the one to join
    from_session: str | None = None  # move: the session to leave
    people: tuple[str, ...] = ()  # addresses; empty: the proposal's
    template: str | None = None  # answer with a standard text ...
    text: str | None = None  # ... or with one's own words


def carry_out(
    db: Session, item_id: int, d: StaffDecision, actor: str, *, ctx: Context, take_over: bool = False
) -> Resolution:
    """Carry out ``d`` on an open item in the caller's transaction; ReviewError says why not."""
    if d.verb not in VERBS:
        raise ReviewError(f"unknown decision {d.verb!r}; choose one of {', '.join(VERBS)}")
    if not take_over:
        claim.check_free(db, item_id, actor, ctx.now)
    people: Sequence[str] | None = list(d.people) or None
    if d.verb in ("register", "cancel"):
        if not d.sessions:
            raise ReviewError("choose at least one session")
        kind = "register" if d.verb == "register" else "cancel"
        return resolve(db, item_id, "accept", actor, ctx=ctx, kind=kind, sessions=list(d.sessions), participants=people)
    if d.verb == "waitlist":
        return resolve(db, item_id, "waitlist", actor, ctx=ctx, sessions=list(d.sessions), participants=people)
    if d.verb == "move":
        if not d.from_session or len(d.sessions) != 1:
            raise ReviewError("choose the session to leave and the one to join")
        return resolve(
            db,
            item_id,
            "accept",
            actor,
            ctx=ctx,
            kind="change",
            sessions=list(d.sessions),
            from_sessions=[d.from_session],
            participants=people,
        )
    if d.verb == "answer":
        if not d.text and not d.template:
            raise ReviewError("write an answer or choose a standard text")
        return resolve(
            db, item_id, "answer", actor, ctx=ctx, template=None if d.text else d.template, text=d.text or None
        )
    closing: ReviewAction = "handled" if d.verb == "handled" else "junk" if d.verb == "junk" else "ignore"
    return resolve(db, item_id, closing, actor, ctx=ctx)
