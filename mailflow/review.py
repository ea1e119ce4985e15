"""The review queue as a service: hold a message for a person, list what is open, resolve it.

Modelled on Mailman's moderator: one use-case API that the worker, the web
pages and the CLI all call. A held item carries a plain-words reason and a
pre-filled proposal (kind, sessions, participants), so accepting is one click;
accepting runs the same ``decide`` + ``apply`` path as the worker, with the
reviewer's authority to override deadlines and per-event limits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from email.utils import getaddresses
from typing import TYPE_CHECKING, Any, Literal, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailflow import snapshot
from mailflow.db.models import AuditLog, InboundMessage, InterpretationRow, ReviewItem
from mailflow.decide import decide
from mailflow.decision import Decision, Proposal, Reply
from mailflow.notify import may_send
from mailflow.understand.types import Interpretation, Participant

if TYPE_CHECKING:
    from mailflow.registrations import Context

ReviewAction = Literal["accept", "answer", "handled", "ignore"]
ACTIONS: tuple[str, ...] = ("accept", "answer", "handled", "ignore")
ACCEPTABLE = ("register", "cancel", "change")


class ReviewError(ValueError):
    """A resolution that cannot be carried out; the message is shown to the reviewer."""


@dataclass(frozen=True)
class Resolution:
    item_id: int
    action: str
    state: str                                   # the inbound message's final state
    registrations: list[int] = field(default_factory=list)
    outbound: list[int] = field(default_factory=list)
    note: str = ""


def hold(db: Session, inbound_id: int | None, reason: str, reasons: Sequence[str], candidates: dict[str, Any],
         *, event_key: str | None = None, actor: str = "worker", now: dt.datetime | None = None) -> ReviewItem:
    """Open (or re-open) the review item of a message and put the message in state ``review``."""
    now = now or dt.datetime.now(dt.timezone.utc)
    item = None
    if inbound_id is not None:
        item = db.scalar(select(ReviewItem).where(ReviewItem.inbound_id == inbound_id))
        inbound = db.get_one(InboundMessage, inbound_id)
        inbound.state = "review"
    if item is None:
        item = ReviewItem(inbound_id=inbound_id, created_at=now)
        db.add(item)
    item.event_key, item.reason, item.reasons, item.candidates = event_key, reason, list(reasons), candidates
    item.status, item.resolution, item.resolved_by, item.resolved_at = "open", None, None, None
    db.flush()
    db.add(AuditLog(at=now, actor=actor, action="review.hold", target=f"review:{item.id}", before=None,
                    after={"inbound": inbound_id, "reason": reason}))
    return item


def list_open(db: Session, *, event_key: str | None = None, limit: int = 200) -> list[ReviewItem]:
    """Open items, oldest first (first come, first served)."""
    q = select(ReviewItem).where(ReviewItem.status == "open")
    if event_key is not None:
        q = q.where(ReviewItem.event_key == event_key)
    return list(db.scalars(q.order_by(ReviewItem.id).limit(limit)))


def resolve(db: Session, item_id: int, action: ReviewAction, actor: str, *, ctx: Context,
            kind: str | None = None, sessions: Sequence[str] | None = None,
            from_sessions: Sequence[str] | None = None, participants: Sequence[str] | None = None,
            template: Literal["unknown_session", "closed"] | None = None, note: str = "") -> Resolution:
    """Resolve an open item; runs in the caller's transaction.

    - ``accept``: carry out the proposal, optionally with other kind/sessions/participants.
    - ``answer``: send the "unknown session" or "closed" answer with the open sessions.
    - ``handled``: a person answered by hand; nothing is sent.
    - ``ignore``: nothing to do; the message ends as ``ignored``.
    """
    from mailflow import registrations   # registrations imports this module for hold()

    if action not in ACTIONS:
        raise ReviewError(f"unknown action {action!r}; expected one of {', '.join(ACTIONS)}")
    item = db.scalar(select(ReviewItem).where(ReviewItem.id == item_id).with_for_update())
    if item is None:
        raise ReviewError(f"review item {item_id} does not exist")
    if item.status != "open":
        raise ReviewError(f"review item {item_id} was already resolved by {item.resolved_by}")
    ctx = replace(ctx, actor=actor)
    proposal = _proposal(item, kind, sessions, from_sessions, participants)
    interp = _interpretation(db, item, proposal)
    decision = _decision(db, ctx, item, action, proposal, interp, template)
    applied = registrations.apply(db, decision, ctx, inbound_id=item.inbound_id)
    summary = note or "; ".join(decision.notes) or action
    item.status, item.resolution, item.resolved_by, item.resolved_at = "resolved", f"{action}: {summary}", \
        actor, ctx.now
    db.add(AuditLog(at=ctx.now, actor=actor, action="review.resolve", target=f"review:{item.id}",
                    before={"status": "open"}, after={"action": action, "resolution": item.resolution}))
    return Resolution(item.id, action, decision.state, applied.registrations, applied.outbound, summary)


def _decision(db: Session, ctx: Context, item: ReviewItem, action: str, proposal: Proposal,
              interp: Interpretation, template: str | None) -> Decision:
    if action == "accept":
        if proposal.kind not in ACCEPTABLE:
            raise ReviewError(f"nothing to accept for a {proposal.kind!r} message: choose register, cancel or "
                              "change, or resolve it as handled or ignored")
        snap = snapshot.read_snapshot(db, interp, ctx.catalogue, ctx.settings, ctx.now)
        decision = decide(interp, snap, ctx.catalogue, ctx.settings.policy, ctx.now, staff=True)
        if decision.state == "review":
            raise ReviewError(f"cannot accept: {decision.hold.reason if decision.hold else 'needs a person'}")
        return decision
    if action == "answer":
        return _answer(db, ctx, item, proposal, interp, template)
    state = "ignored" if action == "ignore" else "processed"
    return Decision((), state, (f"review: {action}",))  # type: ignore[arg-type]


def _answer(db: Session, ctx: Context, item: ReviewItem, proposal: Proposal, interp: Interpretation,
            template: str | None) -> Decision:
    event_key = proposal.event_key
    if not event_key:
        raise ReviewError("cannot answer: the message is not linked to an event")
    if not interp.may_reply or not interp.reply_to or not may_send(db, ctx, interp.reply_to):
        raise ReviewError("cannot answer: the sender may not be mailed (automatic or list mail, no address, "
                          "bouncing, one of ours, or over today's limit)")
    code = (item.candidates or {}).get("code")
    chosen = template or ("closed" if code == "closed" else "unknown_session")
    event = ctx.catalogue.event(event_key)
    open_now = tuple(s.key for s in event.sessions if event.session_open(s, ctx.now))
    refs = tuple(interp.references) + ((interp.message_id,) if interp.message_id else ())
    reply = Reply(template=chosen, event_key=event_key, to=interp.reply_to.lower(), to_name=interp.sender_name,  # type: ignore[arg-type]
                  sessions=proposal.sessions, alternatives=open_now, lang=interp.language,
                  in_reply_to=interp.message_id, references=refs, subject=interp.subject or None)
    return Decision((reply,), "processed", (f"answered with {chosen}",))


def _proposal(item: ReviewItem, kind: str | None, sessions: Sequence[str] | None,
              from_sessions: Sequence[str] | None, participants: Sequence[str] | None) -> Proposal:
    p = Proposal.from_json(item.candidates or {})
    names = {x.email: x for x in p.participants}
    return replace(
        p, kind=kind or p.kind,
        sessions=tuple(p.sessions if sessions is None else sessions),
        from_sessions=tuple(p.from_sessions if from_sessions is None else from_sessions),
        participants=p.participants if participants is None else tuple(
            names.get(e.lower(), Participant(e.lower(), None, "colleague")) for e in participants))


def _interpretation(db: Session, item: ReviewItem, p: Proposal) -> Interpretation:
    """The reviewer's version of the message: the proposal plus how to answer the original."""
    data: dict[str, Any] = {}
    if item.inbound_id is not None:
        row = db.scalar(select(InterpretationRow).where(InterpretationRow.inbound_id == item.inbound_id))
        data = dict(row.data) if row is not None else _headers_of(db.get_one(InboundMessage, item.inbound_id))
    return Interpretation(
        message_id=data.get("message_id"), kind=p.kind, sessions=list(p.sessions),  # type: ignore[arg-type]
        from_sessions=list(p.from_sessions), participants=list(p.participants), review=False,
        event_key=p.event_key, language=data.get("language") or "nl", sender=data.get("sender"),
        sender_name=data.get("sender_name"), reply_to=data.get("reply_to"), subject=data.get("subject") or "",
        references=list(data.get("references") or []), may_reply=bool(data.get("may_reply", True)))


def _headers_of(inbound: InboundMessage) -> dict[str, Any]:
    """When understanding itself failed: enough of the headers to answer the sender."""
    headers = BytesHeaderParser(policy=default_policy).parsebytes(inbound.raw[:65536])
    sender = next((a for _, a in getaddresses([str(headers.get("From", ""))]) if a), None)
    reply_to = next((a for _, a in getaddresses([str(headers.get("Reply-To", ""))]) if a), sender)
    return {"message_id": inbound.message_id, "sender": sender.lower() if sender else None,
            "reply_to": reply_to.lower() if reply_to else None, "subject": str(headers.get("Subject", "")),
            "references": [], "may_reply": True}
