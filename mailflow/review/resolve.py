"""Resolve a held message: accept the pre-filled proposal (or a corrected one), answer, mark handled, ignore.

A held item carries a plain-words reason and a pre-filled proposal (kind,
sessions, participants), so accepting is one click; accepting runs the same
``decide`` + ``apply`` path as the worker, with the reviewer's authority to
override deadlines and per-event limits.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from email.utils import getaddresses
from typing import Any, Literal, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailflow.apply import snapshot
from mailflow.apply.notify import may_send
from mailflow.apply.context import Context
from mailflow.apply.registrations import apply
from mailflow.db.models import AuditLog, InboundMessage, InterpretationRow, ReviewItem
from mailflow.decide import decide
from mailflow.decide.types import Decision, Proposal, Register, Reply
from mailflow.review.queue import ReviewError
from mailflow.understand.types import Interpretation, Participant


ReviewAction = Literal["accept", "answer", "handled", "ignore", "waitlist", "junk"]
ACTIONS: tuple[str, ...] = ("accept", "answer", "handled", "ignore", "waitlist", "junk")
ACCEPTABLE = ("register", "cancel", "change")
ANSWER_TEMPLATES: tuple[str, ...] = ("unknown_session", "closed", "review_ack")
BULK_ACTIONS: tuple[str, ...] = ("ignore", "junk")


@dataclass(frozen=True)
class Resolution:
    item_id: int
    action: str
    state: str  # the inbound message's final state
    registrations: list[int] = field(default_factory=list)
    outbound: list[int] = field(default_factory=list)
    note: str = ""


def resolve(
    db: Session,
    item_id: int,
    action: ReviewAction,
    actor: str,
    *,
    ctx: Context,
    kind: str | None = None,
    sessions: Sequence[str] | None = None,
    from_sessions: Sequence[str] | None = None,
    participants: Sequence[str] | None = None,
    template: str | None = None,
    note: str = "",
    text: str | None = None,
) -> Resolution:
    """Resolve an open item; runs in the caller's transaction.

    - ``accept``: carry out the proposal, optionally with other kind/sessions/participants.
    - ``answer``: reply in the writer's thread: ``text`` (a staff member's own words), or a
      template: "unknown_session" or "closed" (with the open sessions), or "review_ack".
    - ``waitlist``: put the participants on the waitlist of the sessions, with the "waitlisted" mail.
    - ``handled``: a person answered by hand; nothing is sent.
    - ``ignore``: nothing to do; the message ends as ``ignored``.
    - ``junk``: as ignore, and the message is listed with the junk from then on.
    """
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
    decision = _decision(db, ctx, item, action, proposal, interp, template, text)
    applied = apply(db, decision, ctx, inbound_id=item.inbound_id)
    if action == "junk":
        _mark_junk(db, item, actor)
    summary = note or "; ".join(decision.notes) or action
    before = {
        "status": "open",
        "kind": proposal.kind,
        "sessions": list(proposal.sessions),
        "participants": [p.email for p in proposal.participants],
    }
    item.status, item.resolution, item.resolved_by, item.resolved_at = (
        "resolved",
        f"{action}: {summary}",
        actor,
        ctx.now,
    )
    item.claimed_by, item.claimed_at = None, None
    db.add(
        AuditLog(
            at=ctx.now,
            actor=actor,
            action="review.resolve",
            target=f"review:{item.id}",
            before=before,
            after={
                "action": action,
                "resolution": item.resolution,
                "registrations": applied.registrations,
                "outbound": applied.outbound,
            },
        )
    )
    return Resolution(item.id, action, decision.state, applied.registrations, applied.outbound, summary)


def resolve_many(
    db: Session, item_ids: Sequence[int], action: ReviewAction, actor: str, *, ctx: Context
) -> list[Resolution]:
    """Ignore or junk several items at once (twelve mails from a helpdesk robot); all or none."""
    if action not in BULK_ACTIONS:
        raise ReviewError(f"only {' and '.join(BULK_ACTIONS)} can be done to several items at once")
    return [resolve(db, i, action, actor, ctx=ctx) for i in dict.fromkeys(item_ids)]


def _mark_junk(db: Session, item: ReviewItem, actor: str) -> None:
    """Junk by a person: the message's reading says so, so the junk list shows it with who decided."""
    if item.inbound_id is None:
        return
    row = db.scalar(select(InterpretationRow).where(InterpretationRow.inbound_id == item.inbound_id))
    if row is not None:
        data = dict(row.data)
        data["junk"], data["junk_by"] = True, actor
        data["reasons"] = [f"marked as junk by {actor}", *(data.get("reasons") or [])]
        row.data = data


def _decision(
    db: Session,
    ctx: Context,
    item: ReviewItem,
    action: str,
    proposal: Proposal,
    interp: Interpretation,
    template: str | None,
    text: str | None = None,
) -> Decision:
    if action == "accept":
        if proposal.kind not in ACCEPTABLE:
            raise ReviewError(
                f"nothing to accept for a {proposal.kind!r} message: choose register, cancel or "
                "change, or resolve it as handled or ignored"
            )
        snap = snapshot.read_snapshot(db, interp, ctx.catalogue, ctx.settings, ctx.now)
        decision = decide(interp, snap, ctx.catalogue, ctx.settings.policy, ctx.now, staff=True)
        if decision.state == "review":
            raise ReviewError(f"cannot accept: {decision.hold.reason if decision.hold else 'needs a person'}")
        return decision
    if action == "answer":
        return _answer(db, ctx, item, proposal, interp, template, text)
    if action == "waitlist":
        return _waitlist(db, ctx, proposal, interp)
    state = "ignored" if action in ("ignore", "junk") else "processed"
    return Decision((), state, (f"review: {action}",))  # type: ignore[arg-type]


def _answer(
    db: Session,
    ctx: Context,
    item: ReviewItem,
    proposal: Proposal,
    interp: Interpretation,
    template: str | None,
    text: str | None = None,
) -> Decision:
    event_key = proposal.event_key
    if not event_key:
        raise ReviewError("cannot answer: the message is not linked to an event")
    _check_may_reply(db, ctx, interp)
    assert interp.reply_to is not None  # checked just above
    if text is not None and not text.strip():
        raise ReviewError("cannot answer: the answer is empty; write the text, or choose a template")
    if template is not None and template not in ANSWER_TEMPLATES:
        raise ReviewError(f"unknown answer template {template!r}; choose one of {', '.join(ANSWER_TEMPLATES)}")
    code = (item.candidates or {}).get("code")
    chosen = "answer" if text else template or ("closed" if code == "closed" else "unknown_session")
    event = ctx.catalogue.event(event_key)
    open_now = tuple(s.key for s in event.sessions if event.session_open(s, ctx.now))
    refs = tuple(interp.references) + ((interp.message_id,) if interp.message_id else ())
    reply = Reply(
        template=chosen,  # type: ignore[arg-type]
        event_key=event_key,
        to=interp.reply_to.lower(),
        to_name=interp.sender_name,
        sessions=proposal.sessions,
        alternatives=open_now,
        lang=interp.language,
        in_reply_to=interp.message_id,
        references=refs,
        subject=interp.subject or None,
        body=text.strip() if text else None,
    )
    return Decision((reply,), "processed", (f"answered with {chosen}",))


def _check_may_reply(db: Session, ctx: Context, interp: Interpretation) -> None:
    if not interp.may_reply or not interp.reply_to or not may_send(db, ctx, interp.reply_to):
        raise ReviewError(
            "cannot answer: the sender may not be mailed (automatic or list mail, no address, "
            "bouncing, one of ours, or over today's limit)"
        )


def _waitlist(db: Session, ctx: Context, proposal: Proposal, interp: Interpretation) -> Decision:
    """Waitlist the participants for the chosen sessions (a place may free up), answered in the thread."""
    if not proposal.sessions or not proposal.participants:
        raise ReviewError("cannot waitlist: choose the session(s) and the people")
    unknown = [k for k in proposal.sessions if not ctx.catalogue.has_session(k)]
    if unknown:
        raise ReviewError(f"cannot waitlist: no session {', '.join(unknown)} exists")
    events = {ctx.catalogue.event_of(k).key for k in proposal.sessions}
    if len(events) != 1:
        raise ReviewError("cannot waitlist: the sessions belong to different events")
    event_key = events.pop()
    actions: list[Any] = [Register(p, k, waitlist=True) for p in proposal.participants for k in proposal.sessions]
    replies: list[Reply] = []
    if interp.may_reply and interp.reply_to and may_send(db, ctx, interp.reply_to):
        event = ctx.catalogue.event(event_key)
        alternatives = tuple(
            s.key for s in event.sessions if event.session_open(s, ctx.now) and s.key not in proposal.sessions
        )
        refs = tuple(interp.references) + ((interp.message_id,) if interp.message_id else ())
        replies.append(
            Reply(
                template="waitlisted",
                event_key=event_key,
                to=interp.reply_to.lower(),
                to_name=interp.sender_name,
                sessions=proposal.sessions,
                alternatives=alternatives,
                participants=tuple(p.email for p in proposal.participants),
                lang=interp.language,
                in_reply_to=interp.message_id,
                references=refs,
                subject=interp.subject or None,
            )
        )
    notes = tuple(f"waitlist {p.email} for {k}" for p in proposal.participants for k in proposal.sessions)
    return Decision((*actions, *replies), "processed", notes)


def _proposal(
    item: ReviewItem,
    kind: str | None,
    sessions: Sequence[str] | None,
    from_sessions: Sequence[str] | None,
    participants: Sequence[str] | None,
) -> Proposal:
    p = Proposal.from_json(item.candidates or {})
    names = {x.email: x for x in p.participants}
    return replace(
        p,
        kind=kind or p.kind,
        sessions=tuple(p.sessions if sessions is None else sessions),
        from_sessions=tuple(p.from_sessions if from_sessions is None else from_sessions),
        participants=p.participants
        if participants is None
        else tuple(names.get(e.lower(), Participant(e.lower(), None, "colleague")) for e in participants),
    )


def _interpretation(db: Session, item: ReviewItem, p: Proposal) -> Interpretation:
    """The reviewer's version of the message: the proposal plus how to answer the original."""
    data: dict[str, Any] = {}
    if item.inbound_id is not None:
        row = db.scalar(select(InterpretationRow).where(InterpretationRow.inbound_id == item.inbound_id))
        data = dict(row.data) if row is not None else _headers_of(db.get_one(InboundMessage, item.inbound_id))
    return Interpretation(
        message_id=data.get("message_id"),
        kind=p.kind,  # type: ignore[arg-type]
        sessions=list(p.sessions),
        from_sessions=list(p.from_sessions),
        participants=list(p.participants),
        review=False,
        event_key=p.event_key,
        language=data.get("language") or "nl",
        sender=data.get("sender"),
        sender_name=data.get("sender_name"),
        reply_to=data.get("reply_to"),
        subject=data.get("subject") or "",
        references=list(data.get("references") or []),
        may_reply=bool(data.get("may_reply", True)),
    )


def _headers_of(inbound: InboundMessage) -> dict[str, Any]:
    """When understanding itself failed: enough of the headers to answer the sender."""
    headers = BytesHeaderParser(policy=default_policy).parsebytes(inbound.raw[:65536])
    sender = next((a for _, a in getaddresses([str(headers.get("From", ""))]) if a), None)
    reply_to = next((a for _, a in getaddresses([str(headers.get("Reply-To", ""))]) if a), sender)
    return {
        "message_id": inbound.message_id,
        "sender": sender.lower() if sender else None,
        "reply_to": reply_to.lower() if reply_to else None,
        "subject": str(headers.get("Subject", "")),
        "references": [],
        "may_reply": True,
    }
