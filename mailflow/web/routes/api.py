"""The JSON API: the staff pages' operations for other systems (OpenAPI at /api/openapi.json).

Same accounts, roles, event limits and use cases as the pages. Log in with
``POST /api/login`` for a bearer token; a browser session cookie works too, with
the ``X-CSRF-Token`` header on every change.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field

from mailflow.apply import registrations as regs
from mailflow.apply.context import RegistrationError
from mailflow.review import detail, queue
from mailflow.review.decisions import StaffDecision, carry_out
from mailflow.review.queue import ReviewError
from mailflow.review.resolve import resolve_many
from mailflow.roster import query
from mailflow.staff import login as logins
from mailflow.web import security

router = APIRouter(prefix="/api", tags=["staff"])


class LoginIn(BaseModel):
    email: str
    password: str


class LoginOut(BaseModel):
    token: str = Field(description="Send as 'Authorization: Bearer <token>'.")
    email: str
    role: str
    expires_in: int


class ItemOut(BaseModel):
    id: int
    status: str
    code: str
    reason: str
    event: str | None
    created_at: dt.datetime
    sender: str | None
    subject: str
    first_line: str
    handled_by: str | None


class ChoiceOut(BaseModel):
    key: str
    title: str
    free: int | None
    proposed: bool


class ItemDetailOut(ItemOut):
    reasons: list[str]
    text: str
    proposal: dict[str, object]
    sessions: list[ChoiceOut]
    people: list[str]
    resolution: str | None
    resolved_by: str | None


class DecisionIn(BaseModel):
    verb: Literal["register", "waitlist", "cancel", "move", "answer", "handled", "ignore", "junk"]
    sessions: list[str] = []
    from_session: str | None = None
    people: list[str] = []
    template: Literal["unknown_session", "closed", "review_ack"] | None = None
    text: str | None = None
    take_over: bool = False


class BulkIn(BaseModel):
    action: Literal["ignore", "junk"]
    items: list[int]


class DoneOut(BaseModel):
    ok: bool = True
    registrations: list[int] = []
    outbound: list[int] = []
    note: str = ""


class SessionOut(BaseModel):
    key: str
    title: str
    capacity: int | None
    confirmed: int
    waitlisted: int
    cancelled: int


class RegistrationOut(BaseModel):
    id: int
    email: str
    name: str | None
    session: str
    status: str
    created_at: dt.datetime


class RegisterIn(BaseModel):
    email: str
    session: str
    name: str | None = None
    waitlist: bool = False


class MoveIn(BaseModel):
    to_session: str | None = Field(default=None, description="For move: the session to move to.")


@router.post("/login", response_model=LoginOut)
def api_login(body: LoginIn, request: Request) -> LoginOut:
    web = security.services(request)
    w = web.app.settings.web
    with web.transaction() as db:
        result = logins.log_in(
            db,
            body.email,
            body.password,
            security.client_address(request),
            now=web.now(),
            attempts=w.login_attempts,
            window=w.login_window,
            session_hours=w.session_hours,
        )
    if result.wait_seconds:
        raise HTTPException(
            429,
            f"too many failed logins; try again in {result.wait_seconds} s",
            headers={"Retry-After": str(result.wait_seconds)},
        )
    if result.token is None or result.account is None:
        raise HTTPException(401, "wrong e-mail address or password")
    return LoginOut(
        token=result.token, email=result.account.email, role=result.account.role, expires_in=int(w.session_hours * 3600)
    )


@router.post("/logout", response_model=DoneOut)
async def api_logout(request: Request) -> DoneOut:
    who = security.caller(request)
    await security.check_csrf(request, who)
    web = security.services(request)
    with web.transaction() as db:
        logins.log_out(db, who.token, now=web.now())
    return DoneOut()


@router.get("/review", response_model=list[ItemOut])
def api_queue(
    request: Request,
    status: str = "open",
    event: str | None = None,
    code: str | None = None,
    older_than_hours: float | None = None,
) -> list[ItemOut]:
    who = security.require(request, "review")
    web = security.services(request)
    f = queue.Filter(
        status=status, event_keys=who.account.events, event_key=event, code=code, older_than_hours=older_than_hours
    )
    with web.reading() as db:
        rows = detail.summaries(db, queue.list_items(db, f, now=web.now()), who.email, web.now())
    return [
        ItemOut(
            id=r.id,
            status=r.status,
            code=r.code,
            reason=r.reason,
            event=r.event_key,
            created_at=r.created_at,
            sender=r.sender,
            subject=r.subject,
            first_line=r.first_line,
            handled_by=r.claim.holder,
        )
        for r in rows
    ]


@router.get("/review/{item_id}", response_model=ItemDetailOut)
def api_item(request: Request, item_id: int) -> ItemDetailOut:
    who = security.require(request, "review")
    web = security.services(request)
    try:
        with web.reading() as db:
            d = detail.detail(db, item_id, web.app.catalogue, who.email, web.now())
    except ReviewError as exc:
        raise HTTPException(404, str(exc)) from None
    security.require_event(who, d.event_key)
    return ItemDetailOut(
        id=d.id,
        status=d.status,
        code=d.code,
        reason=d.reason,
        event=d.event_key,
        created_at=d.created_at,
        sender=d.mail.sender if d.mail else None,
        subject=d.mail.subject if d.mail else "",
        first_line=d.mail.first_line if d.mail else "",
        handled_by=d.claim.holder,
        reasons=d.reasons,
        text=d.mail.text if d.mail else "",
        proposal=d.proposal.to_json(),
        sessions=[ChoiceOut(key=c.key, title=c.title, free=c.free, proposed=c.proposed) for c in d.choices],
        people=[p for p, _, _ in d.people],
        resolution=d.resolution,
        resolved_by=d.resolved_by,
    )


@router.post("/review/{item_id}/decision", response_model=DoneOut)
async def api_decide(request: Request, item_id: int, body: DecisionIn) -> DoneOut:
    who = security.require(request, "review")
    await security.check_csrf(request, who)
    web = security.services(request)
    d = StaffDecision(
        verb=body.verb,
        sessions=tuple(body.sessions),
        from_session=body.from_session,
        people=tuple(body.people),
        template=body.template,
        text=body.text,
    )
    try:
        with web.transaction() as db:
            _visible(db, who, [item_id])
            done = carry_out(db, item_id, d, who.email, ctx=web.context(who.account), take_over=body.take_over)
    except (ReviewError, RegistrationError) as exc:
        raise HTTPException(409, str(exc)) from None
    web.on_queued()
    return DoneOut(registrations=done.registrations, outbound=done.outbound, note=done.note)


@router.post("/review/bulk", response_model=DoneOut)
async def api_bulk(request: Request, body: BulkIn) -> DoneOut:
    who = security.require(request, "review")
    await security.check_csrf(request, who)
    web = security.services(request)
    try:
        with web.transaction() as db:
            _visible(db, who, body.items)
            done = resolve_many(db, body.items, body.action, who.email, ctx=web.context(who.account))
    except (ReviewError, RegistrationError) as exc:
        raise HTTPException(409, str(exc)) from None
    return DoneOut(note=f"{len(done)} item(s) {body.action}")


@router.get("/events/{event_key}/sessions", response_model=list[SessionOut])
def api_sessions(request: Request, event_key: str) -> list[SessionOut]:
    who = security.require(request, "registrations")
    security.require_event(who, event_key)
    with security.services(request).reading() as db:
        return [
            SessionOut(
                key=c.key,
                title=c.title,
                capacity=c.capacity,
                confirmed=c.confirmed,
                waitlisted=c.waitlisted,
                cancelled=c.cancelled,
            )
            for c in query.session_counts(db, event_key)
        ]


@router.get("/events/{event_key}/registrations", response_model=list[RegistrationOut])
def api_registrations(
    request: Request, event_key: str, session: str | None = None, status: str | None = None, q: str | None = None
) -> list[RegistrationOut]:
    who = security.require(request, "registrations")
    security.require_event(who, event_key)
    with security.services(request).reading() as db:
        rows = query.registrations(db, event_key, session_key=session, status=status, search=q)
    return [
        RegistrationOut(
            id=r.id, email=r.email, name=r.name, session=r.session, status=r.status, created_at=r.created_at
        )
        for r in rows
    ]


@router.post("/events/{event_key}/registrations", response_model=RegistrationOut)
async def api_register(request: Request, event_key: str, body: RegisterIn) -> RegistrationOut:
    who = security.require(request, "registrations")
    security.require_event(who, event_key)
    await security.check_csrf(request, who)
    web = security.services(request)
    ctx = web.context(who.account)
    if not ctx.catalogue.has_session(body.session) or ctx.catalogue.event_of(body.session).key != event_key:
        raise HTTPException(422, f"{body.session!r} is not a session of {event_key}")
    try:
        with web.transaction() as db:
            reg = regs.register(db, body.email, body.session, ctx=ctx, name=body.name, waitlist=body.waitlist)
            row = query.registration(db, reg.id)
    except RegistrationError as exc:
        raise HTTPException(409, str(exc)) from None
    web.on_queued()
    assert row is not None
    return RegistrationOut(
        id=row.id, email=row.email, name=row.name, session=row.session, status=row.status, created_at=row.created_at
    )


@router.post("/registrations/{registration_id}/{verb}", response_model=DoneOut)
async def api_change(
    request: Request, registration_id: int, verb: Literal["cancel", "restore", "move"], body: MoveIn | None = None
) -> DoneOut:
    who = security.require(request, "registrations")
    await security.check_csrf(request, who)
    web = security.services(request)
    with web.reading() as db:
        row = query.registration(db, registration_id)
    if row is None:
        raise HTTPException(404, f"registration {registration_id} does not exist")
    security.require_event(who, row.event)
    ctx = web.context(who.account)
    try:
        with web.transaction() as db:
            if verb == "cancel":
                reg = regs.cancel(db, registration_id, ctx=ctx)
            elif verb == "restore":
                reg = regs.restore(db, registration_id, ctx=ctx)
            else:
                if body is None or not body.to_session:
                    raise RegistrationError('name the session to move to: {"to_session": "..."}')
                reg = regs.move(db, registration_id, body.to_session, ctx=ctx)
    except RegistrationError as exc:
        raise HTTPException(409, str(exc)) from None
    web.on_queued()
    return DoneOut(registrations=[reg.id], note=f"{verb}: registration {reg.id} is {reg.status}")


def _visible(db: object, who: security.Caller, ids: list[int]) -> None:
    from mailflow.web.routes.review import _check_items_visible

    _check_items_visible(db, who, ids)
