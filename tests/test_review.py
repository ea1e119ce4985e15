"""The review queue: held messages carry a one-click proposal; resolving runs the normal path."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailflow.review import queue as review
from mailflow.review import resolve as resolving
from mailflow.catalogue import Catalogue
from mailflow.config import Policy, Settings
from mailflow.db.models import AuditLog, InboundMessage, Person, Registration, ReviewItem, SessionRow
from mailflow.intake.store import accept, message_id_of
from mailflow.apply.context import Context
from mailflow.understand.types import CalendarReply, Interpretation, Participant
from mailflow.pipeline import Pipeline, process_one

from support import ME, make_interp, raw_mail
from support import outbox as all_mail

STAFF = "medewerker@vng.nl"


def outbox(factory: sessionmaker[Session]) -> list[Any]:
    """The mail besides the writer's "we received it" acknowledgement that every hold sends."""
    return [s for s in all_mail(factory) if s.kind != "review_ack"]


def held(
    factory: sessionmaker[Session],
    catalogue: Catalogue,
    settings: Settings,
    now: dt.datetime,
    interp: Interpretation | Exception,
    n: int = 1,
) -> ReviewItem:
    """Run one message through the worker (understanding scripted) and return its open review item."""

    def understand(
        raw: bytes, catalogue: Catalogue, *, now: Any = None, own_addresses: Any = (), delivered_to: Any = (), **_: Any
    ) -> Interpretation:
        if isinstance(interp, Exception):
            raise interp
        return dataclasses.replace(interp, message_id=message_id_of(raw))

    inbound = accept(factory, raw_mail(n), source="file").id
    p = Pipeline(catalogue, settings, factory, lambda: now, understand=understand, max_attempts=1)
    assert process_one(p, inbound) == "review"
    with factory() as db:
        return db.scalars(select(ReviewItem).where(ReviewItem.inbound_id == inbound)).one()


def resolve(factory: sessionmaker[Session], ctx: Context, item_id: int, action: Any, **kw: Any) -> resolving.Resolution:
    with factory() as db, db.begin():
        return resolving.resolve(db, item_id, action, STAFF, ctx=ctx, **kw)


def state(factory: sessionmaker[Session], item: ReviewItem) -> tuple[str, str]:
    with factory() as db:
        it = db.get_one(ReviewItem, item.id)
        return it.status, db.get_one(InboundMessage, it.inbound_id).state


def active(factory: sessionmaker[Session]) -> list[tuple[str, str, str]]:
    with factory() as db:
        return [
            tuple(r)
            for r in db.execute(  # type: ignore[misc]
                select(Person.email, SessionRow.key, Registration.status)
                .join(Person, Person.id == Registration.person_id)
                .join(SessionRow, SessionRow.id == Registration.session_id)
                .order_by(Registration.id)
            )
        ]


@pytest.fixture
def ctx(catalogue: Catalogue, settings: Settings, now: dt.datetime) -> Context:
    return Context(catalogue, settings, now)


def test_hold_lists_item_with_prefilled_proposal(synced, catalogue, settings, now):
    # a late registration: held with reason and the requested session pre-filled
    item = held(synced, catalogue, settings, now, make_interp(sessions=["old-gent"], event_key="old"))
    with synced() as db:
        assert [i.id for i in review.list_open(db)] == [item.id]
        assert review.list_open(db, event_key="dia") == []
    assert "deadline for Dag van de lokale besturen has passed (2026-11-01" in item.reason and item.event_key == "old"
    assert item.candidates["sessions"] == ["old-gent"] and item.candidates["kind"] == "register"
    assert outbox(synced) == [] and [s.kind for s in all_mail(synced)] == ["review_ack"]


def test_hold_again_reopens_the_same_item(synced, catalogue, settings, now):
    item = held(synced, catalogue, settings, now, make_interp(sessions=[]))
    with synced() as db, db.begin():
        again = review.hold(db, item.inbound_id, "second look", ["second look"], {"code": "x"}, now=now)
    assert again.id == item.id
    with synced() as db:
        assert len(review.list_open(db)) == 1


def test_accept_late_registration_with_one_click(synced, catalogue, settings, now, ctx):
    item = held(synced, catalogue, settings, now, make_interp(sessions=["old-gent"], event_key="old"))
    result = resolve(synced, ctx, item.id, "accept")
    assert result.state == "processed" and len(result.registrations) == 1
    assert active(synced) == [(ME, "old-gent", "confirmed")]
    [sent] = outbox(synced)
    assert sent.kind == "confirmation" and sent.recipients == [ME]
    assert sent.msg["In-Reply-To"] == "<m1@utrecht.nl>"
    assert state(synced, item) == ("resolved", "processed")
    with synced() as db:
        it = db.get_one(ReviewItem, item.id)
        assert it.resolved_by == STAFF and it.resolution.startswith("accept")
        assert set(db.scalars(select(AuditLog.actor).where(AuditLog.action == "registration.create"))) == {STAFF}


def test_accept_with_chosen_session_and_participants(synced, catalogue, settings, now, ctx):
    # unknown session: the reviewer picks Arnhem and adds the colleague named without an address
    item = held(synced, catalogue, settings, now, make_interp(sessions=[]))
    assert [o["session_key"] for o in item.candidates["options"]] == ["dia-utrecht", "dia-arnhem", "dia-haarlem"]
    resolve(synced, ctx, item.id, "accept", sessions=["dia-arnhem"], participants=[ME, "joost@utrecht.nl"])
    assert active(synced) == [(ME, "dia-arnhem", "confirmed"), ("joost@utrecht.nl", "dia-arnhem", "confirmed")]
    assert sorted(s.recipients[0] for s in outbox(synced)) == ["anna@utrecht.nl", "joost@utrecht.nl"]


def test_accept_that_cannot_be_done_explains_and_leaves_item_open(synced, catalogue, now):
    settings = Settings(path=None, policy=Policy(waitlist=False))
    ctx = Context(catalogue, settings, now)
    item = held(synced, catalogue, settings, now, make_interp(sessions=[]))
    with synced() as db, db.begin():
        for who in ("a@x.nl", "b@x.nl"):
            from mailflow.apply.registrations import register

            register(db, who, "dia-utrecht", ctx=ctx, notify=False)
    with pytest.raises(review.ReviewError, match="full"):
        resolve(synced, ctx, item.id, "accept", sessions=["dia-utrecht"])
    assert state(synced, item) == ("open", "review")


def test_answer_sends_unknown_session_with_open_sessions(synced, catalogue, settings, now, ctx):
    item = held(synced, catalogue, settings, now, make_interp(sessions=[]))
    resolve(synced, ctx, item.id, "answer")
    [sent] = outbox(synced)
    assert sent.kind == "unknown_session" and sent.recipients == [ME]
    assert "Sessie dia-arnhem" in sent.text
    assert state(synced, item) == ("resolved", "processed")


def test_answer_closed_for_a_closed_item(synced, catalogue, settings, now, ctx):
    item = held(synced, catalogue, settings, now, make_interp(sessions=["old-gent"], event_key="old"))
    resolve(synced, ctx, item.id, "answer")
    assert [s.kind for s in outbox(synced)] == ["closed"]


@pytest.mark.parametrize("action,final", [("handled", "processed"), ("ignore", "ignored")])
def test_handled_and_ignore_send_nothing(synced, catalogue, settings, now, ctx, action, final):
    item = held(synced, catalogue, settings, now, make_interp("other", review=True, reasons=["unsubscribe"]))
    result = resolve(synced, ctx, item.id, action)
    assert result.state == final and state(synced, item) == ("resolved", final)
    assert outbox(synced) == []


def test_resolving_twice_is_refused(synced, catalogue, settings, now, ctx):
    item = held(synced, catalogue, settings, now, make_interp(sessions=[]))
    resolve(synced, ctx, item.id, "handled")
    with pytest.raises(review.ReviewError, match="already resolved"):
        resolve(synced, ctx, item.id, "ignore")
    with pytest.raises(review.ReviewError, match="unknown action"):
        resolve(synced, ctx, item.id, "delete")


def test_accept_needs_an_action_kind_and_answer_an_answerable_sender(synced, catalogue, settings, now, ctx):
    # an unsubscribe request from a list address: nothing to accept, nobody to answer
    item = held(synced, catalogue, settings, now, make_interp("other", review=True, may_reply=False))
    with pytest.raises(review.ReviewError, match="nothing to accept"):
        resolve(synced, ctx, item.id, "accept")
    with pytest.raises(review.ReviewError, match="cannot answer"):
        resolve(synced, ctx, item.id, "answer")
    assert state(synced, item) == ("open", "review")


def test_question_gets_ack_then_reviewer_registers_it(synced, catalogue, settings, now, ctx):
    # a question about Haarlem: review_ack now; the reviewer decides it is a registration after all
    item = held(
        synced,
        catalogue,
        settings,
        now,
        make_interp("question", ["dia-haarlem"], review=True, participants=[], concerns_event=True),
    )
    assert [s.kind for s in all_mail(synced)] == ["review_ack"]
    resolve(synced, ctx, item.id, "accept", kind="register", participants=[ME])
    assert active(synced) == [(ME, "dia-haarlem", "confirmed")]


def test_failed_message_can_be_accepted_using_its_headers(synced, catalogue, settings, now, ctx):
    # understanding crashed: the reviewer fills in the action; the answer goes to the From address
    item = held(synced, catalogue, settings, now, RuntimeError("boom"))
    assert item.candidates["code"] == "failed"
    resolve(synced, ctx, item.id, "accept", kind="register", sessions=["dia-haarlem"], participants=[ME])
    [sent] = outbox(synced)
    assert sent.recipients == [ME] and sent.msg["In-Reply-To"] == "<m1@utrecht.nl>"


def test_declined_invitation_accepted_as_cancellation(synced, catalogue, settings, now, ctx):
    with synced() as db, db.begin():
        from mailflow.apply.registrations import register

        uid = register(db, ME, "dia-arnhem", ctx=ctx, notify=False).calendar_uid
    i = make_interp("calendar_reply", calendar=CalendarReply(uid, "DECLINED", ME), participants=[])
    item = held(synced, catalogue, settings, now, i)
    assert item.candidates["kind"] == "cancel" and item.candidates["sessions"] == ["dia-arnhem"]
    resolve(synced, ctx, item.id, "accept")
    assert active(synced) == [(ME, "dia-arnhem", "cancelled")]
    assert [(s.kind, s.invites) for s in outbox(synced)] == [("cancelled", {("CANCEL", uid, 1)})]


def test_participant_override_keeps_known_names(synced, catalogue, settings, now, ctx):
    i = make_interp(sessions=["dia-utrecht", "dia-haarlem"], participants=[Participant(ME, "Anna de Vries")])
    item = held(synced, catalogue, settings, now, i)
    resolve(synced, ctx, item.id, "accept", sessions=["dia-haarlem"], participants=[ME.upper()])
    with synced() as db:
        assert db.scalars(select(Person.name).where(Person.email == ME)).one() == "Anna de Vries"
