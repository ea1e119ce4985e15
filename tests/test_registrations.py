"""registrations: decisions applied to a real database, with replies in the outbox of the same transaction."""

from __future__ import annotations

import datetime as dt
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailflow.apply import registrations as regs
from mailflow.catalogue import Catalogue
from mailflow.config import Outbound, Policy, Settings
from mailflow.db.models import AuditLog, InboundMessage, Person, Registration, SessionRow
from mailflow.decide import decide
from mailflow.intake.store import accept
from mailflow.apply.snapshot import read_snapshot
from mailflow.understand.types import CalendarReply, Participant

from support import ME, TRUSTED, handle, make_interp, outbox, raw_mail


def registrations(factory: sessionmaker[Session], key: str | None = None) -> list[tuple[str, str, str]]:
    """(email, session, status) of every registration, oldest first."""
    with factory() as db:
        q = (
            select(Person.email, SessionRow.key, Registration.status)
            .join(Person, Person.id == Registration.person_id)
            .join(SessionRow, SessionRow.id == Registration.session_id)
            .order_by(Registration.id)
        )
        if key:
            q = q.where(SessionRow.key == key)
        return [tuple(r) for r in db.execute(q)]  # type: ignore[misc]


def uid_of(factory: sessionmaker[Session], email: str, key: str) -> str:
    with factory() as db:
        return (
            db.scalars(
                select(Registration.calendar_uid)
                .join(Person, Person.id == Registration.person_id)
                .join(SessionRow, SessionRow.id == Registration.session_id)
                .where(Person.email == email, SessionRow.key == key)
                .order_by(Registration.id.desc())
            ).first()
            or ""
        )


def fill(factory: sessionmaker[Session], ctx: regs.Context, key: str, *emails: str) -> None:
    with factory() as db, db.begin():
        for e in emails:
            regs.register(db, e, key, ctx=ctx, notify=False)


@pytest.fixture
def ctx(catalogue: Catalogue, settings: Settings, now: dt.datetime) -> regs.Context:
    return regs.Context(catalogue, settings, now, actor="staff@vng.nl")


def test_registration_reply_audit_and_state_commit_together(synced, catalogue, settings, now):
    # one mail: a confirmed registration, a threaded confirmation with its invite, audit, state processed
    inbound, _ = handle(synced, catalogue, settings, now, make_interp(sessions=["dia-utrecht"]))
    assert registrations(synced) == [(ME, "dia-utrecht", "confirmed")]
    [sent] = outbox(synced)
    uid = uid_of(synced, ME, "dia-utrecht")
    assert uid.endswith("@mailflow.test")
    assert (sent.kind, sent.recipients, sent.dedup_key) == ("confirmation", [ME], f"{inbound}:confirmation:{ME}")
    assert sent.invites == {("REQUEST", uid, 0)}
    with synced() as db:
        row = db.get_one(InboundMessage, inbound)
        assert row.state == "processed"
        assert sent.msg["In-Reply-To"] == row.message_id and row.message_id in sent.msg["References"]
        actions = set(db.scalars(select(AuditLog.action)))
    assert {"registration.create", "inbound.processed"} <= actions


def test_full_session_waitlists_and_offers_alternatives(synced, catalogue, settings, now, ctx):
    fill(synced, ctx, "dia-utrecht", "a@x.nl", "b@x.nl")
    handle(synced, catalogue, settings, now, make_interp(sessions=["dia-utrecht"]))
    assert registrations(synced, "dia-utrecht")[-1] == (ME, "dia-utrecht", "waitlisted")
    [sent] = outbox(synced)
    assert sent.kind == "waitlisted" and not sent.invites
    assert "Sessie dia-arnhem" in sent.text and "Sessie dia-haarlem" in sent.text


def test_cancellation_promotes_oldest_waitlisted_in_same_transaction(synced, catalogue, settings, now, ctx):
    fill(synced, ctx, "dia-utrecht", ME, "b@x.nl", "c@x.nl", "d@x.nl")
    assert [s for _, _, s in registrations(synced)] == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
    uid = uid_of(synced, ME, "dia-utrecht")
    handle(synced, catalogue, settings, now, make_interp("cancel", ["dia-utrecht"], auth=TRUSTED))
    assert [s for _, _, s in registrations(synced)] == ["cancelled", "confirmed", "confirmed", "waitlisted"]
    sent = {s.kind: s for s in outbox(synced)}
    assert sent["cancelled"].recipients == [ME] and sent["cancelled"].invites == {("CANCEL", uid, 1)}
    promoted = sent["promoted"]
    assert promoted.recipients == ["c@x.nl"]
    assert promoted.invites == {("REQUEST", uid_of(synced, "c@x.nl", "dia-utrecht"), 1)}


def test_waitlisted_person_taking_alternative_is_moved(synced, catalogue, settings, now, ctx):
    # "ja, dan Arnhem" from someone on the Utrecht waitlist: the registration moves (one row, one UID)
    fill(synced, ctx, "dia-utrecht", "a@x.nl", "b@x.nl", ME)
    uid = uid_of(synced, ME, "dia-utrecht")
    handle(synced, catalogue, settings, now, make_interp(sessions=["dia-arnhem"], auth=TRUSTED))
    assert registrations(synced)[2:] == [(ME, "dia-arnhem", "confirmed")]
    [sent] = outbox(synced)
    assert sent.kind == "moved"
    assert sent.invites == {("REQUEST", uid, 1)}  # nothing to cancel in a calendar
    text = sent.msg.get_body(("plain",)).get_content()
    assert "wachtlijst" in text and "afgemeld" not in text and "vervalt" not in text


def test_change_of_confirmed_place_moves_the_same_calendar_entry_and_promotes(synced, catalogue, settings, now, ctx):
    # the calendar entry follows the registration: same UID, next SEQUENCE, no second UID to cancel
    fill(synced, ctx, "dia-utrecht", ME, "b@x.nl", "c@x.nl")
    old = uid_of(synced, ME, "dia-utrecht")
    handle(
        synced,
        catalogue,
        settings,
        now,
        make_interp("change", ["dia-haarlem"], from_sessions=["dia-utrecht"], auth=TRUSTED),
    )
    sent = {s.kind: s for s in outbox(synced)}
    assert sent["moved"].invites == {("REQUEST", old, 1)} and uid_of(synced, ME, "dia-haarlem") == old
    assert sent["promoted"].recipients == ["c@x.nl"]
    assert registrations(synced, "dia-utrecht")[1] == ("c@x.nl", "dia-utrecht", "confirmed")


def test_secretary_registering_mayor_is_told_separately(synced, catalogue, settings, now):
    # the mayor's own confirmation with his invite; the secretary a separate note without one
    i = make_interp(
        sessions=["dia-haarlem"],
        sender="secr@utrecht.nl",
        reply_to="secr@utrecht.nl",
        participants=[Participant("bm@utrecht.nl", "Burgemeester", "on_behalf")],
    )
    handle(synced, catalogue, settings, now, i)
    mayor, secr = outbox(synced)
    assert (mayor.kind, mayor.recipients) == ("confirmation", ["bm@utrecht.nl"])
    assert {m for m, _, _ in mayor.invites} == {"REQUEST"}
    assert (secr.kind, secr.recipients, secr.invites) == ("registered_others", ["secr@utrecht.nl"], set())
    assert registrations(synced) == [("bm@utrecht.nl", "dia-haarlem", "confirmed")]


def test_colleagues_each_get_own_invite(synced, catalogue, settings, now):
    i = make_interp(
        sessions=["vng-plenair"], event_key="vng", participants=[Participant(ME), Participant("bob@utrecht.nl")]
    )
    handle(synced, catalogue, settings, now, i)
    by_to = {s.recipients[0]: s for s in outbox(synced)}
    for who in (ME, "bob@utrecht.nl"):
        assert by_to[who].invites == {("REQUEST", uid_of(synced, who, "vng-plenair"), 0)}


def test_applying_the_same_decision_twice_changes_nothing(synced, catalogue, settings, now):
    inbound = accept(synced, raw_mail(1), source="file").id
    i = make_interp(sessions=["dia-utrecht"])
    with synced() as db, db.begin():
        decision = decide(i, read_snapshot(db, i, catalogue, settings, now), catalogue, settings.policy, now)
    for _ in range(2):
        with synced() as db, db.begin():
            regs.apply(db, decision, regs.Context(catalogue, settings, now), inbound_id=inbound)
    assert len(registrations(synced)) == 1 and len(outbox(synced)) == 1


def test_daily_reply_limit_per_address(synced, catalogue, now):
    # at most two mails a day: the third registration waits in review instead of happening unseen
    settings = Settings(path=None, outbound=Outbound(max_replies_per_day=2))
    for key in ("vng-plenair", "vng-avond", "vng-alv"):
        _, decision = handle(synced, catalogue, settings, now, make_interp(sessions=[key], event_key="vng"))
    assert decision.state == "review" and decision.hold and decision.hold.candidates.code == "daily_limit"
    assert len(registrations(synced)) == 2 and len(outbox(synced)) == 2
    handle(
        synced, catalogue, settings, now + dt.timedelta(hours=25), make_interp(sessions=["vng-alv"], event_key="vng")
    )
    assert len(registrations(synced)) == 3 and len(outbox(synced)) == 3


def test_a_bounced_participant_is_reviewed_and_answered_when_they_write(synced, catalogue, settings, now, ctx):
    # the permanent bounce of a participant's mail: a review item (a seat held by someone unreachable);
    # their own later mail is handled normally, answered, and the address counts as working again
    fill(synced, ctx, "dia-haarlem", "bob@utrecht.nl")
    _, decision = handle(
        synced,
        catalogue,
        settings,
        now,
        make_interp("bounce", bounced=["bob@utrecht.nl"], bounce_permanent=True, may_reply=False),
    )
    assert decision.state == "review" and decision.hold and decision.hold.candidates.code == "bounce_participant"
    with synced() as db:
        assert db.scalars(select(Person.bouncing).where(Person.email == "bob@utrecht.nl")).one() is True
    i = make_interp(
        "cancel",
        ["dia-haarlem"],
        sender="bob@utrecht.nl",
        reply_to="bob@utrecht.nl",
        participants=[Participant("bob@utrecht.nl")],
        auth=TRUSTED,
    )
    handle(synced, catalogue, settings, now, i)
    assert registrations(synced) == [("bob@utrecht.nl", "dia-haarlem", "cancelled")]
    assert [(s.kind, s.recipients) for s in outbox(synced)] == [("cancelled", ["bob@utrecht.nl"])]
    with synced() as db:
        assert db.scalars(select(Person.bouncing).where(Person.email == "bob@utrecht.nl")).one() is False


def test_a_bare_reply_to_our_confirmation_cancels_the_registration_it_reported(synced, catalogue, settings, now):
    # "Ik moet helaas afzeggen" answering our confirmation: the mail names the registration and proves the writer
    handle(synced, catalogue, settings, now, make_interp(sessions=["vng-plenair", "vng-avond"], event_key="vng"))
    [confirmation] = outbox(synced)
    i = make_interp("cancel", [], event_key="vng", ours=[str(confirmation.msg["Message-ID"])])
    _, decision = handle(synced, catalogue, settings, now, i)
    assert decision.state == "processed"
    assert {(k, st) for _, k, st in registrations(synced)} == {("vng-plenair", "cancelled"), ("vng-avond", "cancelled")}


def test_declined_invite_cancels_by_uid_when_policy_allows(synced, catalogue, now, ctx):
    settings = Settings(path=None, policy=Policy(declined_invite_cancels=True))
    fill(synced, ctx, "dia-arnhem", ME)
    uid = uid_of(synced, ME, "dia-arnhem")
    i = make_interp("calendar_reply", calendar=CalendarReply(uid, "DECLINED", ME))
    _, decision = handle(synced, catalogue, settings, now, i)
    assert decision.state == "processed"
    assert registrations(synced) == [(ME, "dia-arnhem", "cancelled")]
    [sent] = outbox(synced)
    assert sent.invites == {("CANCEL", uid, 1)}


def test_review_decision_creates_item_and_only_acknowledges(synced, catalogue, settings, now):
    inbound, decision = handle(synced, catalogue, settings, now, make_interp(sessions=["old-gent"], event_key="old"))
    assert decision.state == "review"
    from mailflow.review.queue import list_open

    with synced() as db:
        [item] = list_open(db)
        assert db.get_one(InboundMessage, inbound).state == "review"
    assert item.inbound_id == inbound and item.candidates["code"] == "closed"
    assert item.candidates["sessions"] == ["old-gent"] and item.candidates["participants"][0]["email"] == ME
    assert [s.kind for s in outbox(synced)] == ["review_ack"] and registrations(synced) == []


# --------------------------------------------------------------------------
# use-case API (web, CLI)


def test_register_use_case_is_idempotent_and_waitlists_when_full(synced, ctx):
    with synced() as db, db.begin():
        first = regs.register(db, "A@X.nl", "vng-middag-a", ctx=ctx)
        again = regs.register(db, "a@x.nl", "vng-middag-a", ctx=ctx)
        second = regs.register(db, "b@x.nl", "vng-middag-a", ctx=ctx)
        assert first.id == again.id and (first.status, second.status) == ("confirmed", "waitlisted")
    assert [(s.kind, s.recipients) for s in outbox(synced)] == [
        ("confirmation", ["a@x.nl"]),
        ("waitlisted", ["b@x.nl"]),
    ]
    with synced() as db:
        actors = set(db.scalars(select(AuditLog.actor)))
    assert actors == {"staff@vng.nl"}


def test_cancel_and_move_use_cases(synced, ctx):
    with synced() as db, db.begin():
        a = regs.register(db, "a@x.nl", "vng-middag-a", ctx=ctx)
        b = regs.register(db, "b@x.nl", "vng-middag-a", ctx=ctx)
        moved = regs.move(db, a.id, "vng-middag-b", ctx=ctx)  # frees middag-a: b is promoted
        assert db.get_one(Registration, b.id).status == "confirmed"
        with pytest.raises(regs.RegistrationError, match="full"):
            regs.move(db, moved.id, "vng-middag-a", ctx=ctx)
        regs.cancel(db, moved.id, ctx=ctx)
        with pytest.raises(regs.RegistrationError, match="not active"):
            regs.cancel(db, moved.id, ctx=ctx)
    kinds = [s.kind for s in outbox(synced)]
    assert kinds == ["confirmation", "waitlisted", "moved", "promoted", "cancelled"]


def test_promotion_skips_sessions_that_have_started(synced, catalogue, settings):
    later = catalogue.session("dia-utrecht").starts + dt.timedelta(minutes=5)
    early = regs.Context(catalogue, settings, later - dt.timedelta(days=30))
    fill(synced, early, "dia-utrecht", "a@x.nl", "b@x.nl", "c@x.nl")
    with synced() as db, db.begin():
        a = db.scalars(select(Registration).order_by(Registration.id)).first()
        regs.cancel(db, a.id, ctx=regs.Context(catalogue, settings, later))
    assert registrations(synced)[2] == ("c@x.nl", "dia-utrecht", "waitlisted")


def test_unknown_session_key_is_a_clear_error(synced, ctx):
    with synced() as db, db.begin(), pytest.raises(regs.RegistrationError, match="catalogue sync"):
        regs.register(db, "a@x.nl", "nope", ctx=ctx)


def test_snapshot_reads_registrations_counts_limits_and_bounces(synced, catalogue, now, ctx):
    # the facts decide() sees: own registrations, confirmed counts, reply counts (To and Cc), bouncing
    settings = Settings(path=None, outbound=Outbound(max_replies_per_day=1))
    fill(synced, ctx, "dia-utrecht", "j_de.vries@x.nl", "b@x.nl")
    i = make_interp(
        sessions=["vng-plenair"],
        event_key="vng",
        sender="secr@x.nl",
        reply_to="secr@x.nl",
        participants=[Participant("j_de.vries@x.nl")],
    )
    handle(synced, catalogue, settings, now, i)  # a mail to j_de.vries, a note to secr
    assert [s.recipients for s in outbox(synced)] == [["j_de.vries@x.nl"], ["secr@x.nl"]]
    with synced() as db, db.begin():
        regs.mark_bouncing(db, "b@x.nl", ctx)
        i2 = make_interp(
            sessions=["dia-utrecht"],
            participants=[Participant("b@x.nl"), Participant("jxde.vries@x.nl")],
            sender="secr@x.nl",
            reply_to="secr@x.nl",
        )
        snap = read_snapshot(db, i2, catalogue, settings, now)
    assert {(r.email, r.session_key) for r in snap.registrations} == {("b@x.nl", "dia-utrecht")}
    assert snap.confirmed == {"dia-utrecht": 2}
    assert snap.over_limit == {"secr@x.nl"}  # jxde.vries does not match j_de.vries
    assert snap.bouncing == {"b@x.nl"}
    assert "d-loket@vng.nl" in snap.own_addresses
