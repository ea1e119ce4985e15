"""The review and registration use cases the staff pages call, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from mailflow.apply import registrations as regs
from mailflow.apply.context import Context, RegistrationError
from mailflow.db.models import AuditLog, InterpretationRow, ReviewItem
from mailflow.review import claim
from mailflow.review.decisions import StaffDecision, carry_out
from mailflow.review.ignored import list_set_aside, requeue
from mailflow.review.queue import Filter, ReviewError, counts_by_reason, list_items
from mailflow.review.resolve import resolve_many
from mailflow.roster import export, query
from mailflow.staff import accounts, login
from mailflow.staff.roles import may

from support import ME, make_interp, outbox
from test_review import active, held

STAFF, OTHER = "a@secretariaat.nl", "b@secretariaat.nl"


@pytest.fixture
def ctx(catalogue, settings, now) -> Context:
    return Context(catalogue, settings, now)


def decide(factory, ctx: Context, item_id: int, d: StaffDecision, actor: str = STAFF, **kw):  # type: ignore[no-untyped-def]
    with factory() as db, db.begin():
        return carry_out(db, item_id, d, actor, ctx=ctx, **kw)


def test_waitlist_from_review_answers_in_the_thread(synced, catalogue, settings, now, ctx):
    item = held(synced, catalogue, settings, now, make_interp(sessions=[]))
    decide(synced, ctx, item.id, StaffDecision("waitlist", sessions=("dia-utrecht",)))
    assert active(synced) == [(ME, "dia-utrecht", "waitlisted")]
    [sent] = [m for m in outbox(synced) if m.kind != "review_ack"]  # the hold's acknowledgement came first
    assert sent.kind == "waitlisted" and sent.msg["In-Reply-To"] == "<m1@utrecht.nl>"


def test_free_text_answer_and_its_audit(synced, catalogue, settings, now, ctx):
    item = held(synced, catalogue, settings, now, make_interp("question", [], subject="Parkeren"))
    decide(synced, ctx, item.id, StaffDecision("answer", text="Ja, er is een parkeergarage."))
    sent = outbox(synced)[-1]  # after the automatic "we received your question"
    assert sent.kind == "answer" and "parkeergarage" in sent.text and sent.msg["Subject"] == "Re: Parkeren"
    with synced() as db:
        audit = db.scalar(select(AuditLog).where(AuditLog.action == "review.resolve"))
        assert audit.actor == STAFF and audit.before["status"] == "open" and audit.after["action"] == "answer"
        assert audit.after["outbound"]


def test_empty_answer_and_unknown_template_are_refused(synced, catalogue, settings, now, ctx):
    item = held(synced, catalogue, settings, now, make_interp("question", []))
    with pytest.raises(ReviewError, match="write an answer"):
        decide(synced, ctx, item.id, StaffDecision("answer"))
    with pytest.raises(ReviewError, match="unknown answer template"):
        decide(synced, ctx, item.id, StaffDecision("answer", template="confirmation"))


def test_move_from_review(synced, catalogue, settings, now, ctx):
    with synced() as db, db.begin():
        regs.register(db, ME, "dia-utrecht", ctx=ctx, notify=False)
    item = held(synced, catalogue, settings, now, make_interp("change", []))
    decide(synced, ctx, item.id, StaffDecision("move", sessions=("dia-haarlem",), from_session="dia-utrecht"))
    assert active(synced) == [(ME, "dia-haarlem", "confirmed")]  # the registration itself moves (one calendar entry)


def test_claim_keeps_a_colleague_out_until_it_lapses_or_is_taken_over(synced, catalogue, settings, now, ctx):
    item = held(synced, catalogue, settings, now, make_interp("question", []))
    with synced() as db, db.begin():
        assert claim.claim(db, item.id, STAFF, now).mine
    with synced() as db, db.begin():
        theirs = claim.claim(db, item.id, OTHER, now + dt.timedelta(minutes=5))
        assert (theirs.holder, theirs.mine) == (STAFF, False)
    with pytest.raises(ReviewError, match="a@secretariaat.nl is handling"):
        decide(synced, ctx, item.id, StaffDecision("handled"), actor=OTHER)
    later = Context(catalogue, settings, now + dt.timedelta(minutes=claim.CLAIM_MINUTES + 1))
    decide(synced, later, item.id, StaffDecision("handled"), actor=OTHER)
    with pytest.raises(ReviewError, match="already resolved by b@secretariaat.nl"):
        decide(synced, later, item.id, StaffDecision("ignore"), actor=STAFF, take_over=True)


def test_bulk_junk_then_back_to_the_queue(synced, catalogue, settings, now, ctx):
    items = [held(synced, catalogue, settings, now, make_interp("question", []), n=n) for n in range(3)]
    with synced() as db:
        assert counts_by_reason(db) == {"question": 3}
    with synced() as db, db.begin():
        resolve_many(db, [i.id for i in items], "junk", STAFF, ctx=ctx)
    with pytest.raises(ReviewError, match="only ignore and junk"):
        with synced() as db, db.begin():
            resolve_many(db, [items[0].id], "accept", STAFF, ctx=ctx)
    with synced() as db:
        junk = list_set_aside(db, "junk")
        assert len(junk) == 3 and junk[0].reason == f"marked as junk by {STAFF}"
        assert list_items(db, Filter(), now=now) == []
    with synced() as db, db.begin():
        again = requeue(db, junk[0].inbound_id, STAFF, now)
    with synced() as db:
        item = db.get_one(ReviewItem, again)
        assert item.status == "open" and item.candidates["code"] == "moved_back"
        assert len(list_set_aside(db, "junk")) == 2
        assert (
            db.scalar(select(InterpretationRow.data).where(InterpretationRow.inbound_id == junk[0].inbound_id))["junk"]
            is True
        )
    with pytest.raises(ReviewError, match="not set aside"):
        with synced() as db, db.begin():
            requeue(db, junk[0].inbound_id, STAFF, now)


def test_restore_a_cancelled_registration_keeps_its_calendar_uid(synced, ctx):
    with synced() as db, db.begin():
        reg = regs.register(db, ME, "dia-utrecht", ctx=ctx)
        uid = reg.calendar_uid
    with synced() as db, db.begin():
        regs.cancel(db, reg.id, ctx=ctx)
    with synced() as db, db.begin():
        restored = regs.restore(db, reg.id, ctx=ctx)
        assert (restored.id, restored.status, restored.calendar_uid) == (reg.id, "confirmed", uid)
    kinds = [(s.kind, sorted(i[0] for i in s.invites)) for s in outbox(synced)]
    assert kinds == [("confirmation", ["REQUEST"]), ("cancelled", ["CANCEL"]), ("confirmation", ["REQUEST"])]
    assert max(i[2] for i in outbox(synced)[2].invites) > max(i[2] for i in outbox(synced)[1].invites)
    with pytest.raises(RegistrationError, match="not cancelled"):
        with synced() as db, db.begin():
            regs.restore(db, reg.id, ctx=ctx)


def test_roster_counts_search_and_formula_safe_export(synced, ctx):
    with synced() as db, db.begin():
        regs.register(db, ME, "dia-utrecht", ctx=ctx, name="=cmd|' /C calc'!A0", notify=False)
        regs.register(db, "joost@utrecht.nl", "dia-utrecht", ctx=ctx, name="Joost", notify=False, waitlist=True)
    with synced() as db:
        counts = {c.key: (c.confirmed, c.waitlisted, c.free) for c in query.session_counts(db, "dia")}
        assert counts["dia-utrecht"] == (1, 1, 1)
        assert [r.email for r in query.registrations(db, "dia", search="JOOST")] == ["joost@utrecht.nl"]
        rows = query.registrations(db, "dia")
    text = export.to_csv(rows)
    assert "'=cmd|" in text and ",=cmd" not in text
    assert export.safe_cell("+31 6 1234") == "'+31 6 1234" and export.safe_cell("Anna") == "Anna"
    from io import BytesIO

    from openpyxl import load_workbook

    ws = load_workbook(BytesIO(export.to_xlsx(rows))).active
    assert ws["B2"].value.startswith("'=") and ws["B2"].data_type == "s"


def test_accounts_roles_and_sessions(synced, now):
    with synced() as db, db.begin():
        accounts.add(db, "Anna@VNG.nl", "een lang wachtwoord", "secretariat", events=["dia"], now=now)
    with synced() as db, db.begin():
        ok = login.log_in(
            db, "anna@vng.nl", "een lang wachtwoord", "127.0.0.1", now=now, attempts=3, window=60, session_hours=1
        )
        assert ok.account is not None and ok.account.sees("dia") and not ok.account.sees("vng")
    with synced() as db, db.begin():
        assert login.session_account(db, ok.token, now=now, session_hours=1) is not None
        assert login.session_account(db, ok.token, now=now + dt.timedelta(hours=2), session_hours=1) is None
        accounts.set_password(db, "anna@vng.nl", "nog een lang wachtwoord", now=now)
    with synced() as db:
        assert login.session_account(db, ok.token, now=now, session_hours=1) is None  # a new password logs out
    assert may("secretariat", "review") and not may("secretariat", "accounts") and may("admin", "accounts")
    assert may("organiser", "events") and not may("secretariat", "events") and not may("nobody", "review")
    with pytest.raises(accounts.AccountError, match="unknown role"):
        with synced() as db, db.begin():
            accounts.add(db, "x@vng.nl", "een lang wachtwoord", "boss")


def test_the_queue_pages_through_every_item_with_or_without_a_reason_filter(synced, now) -> None:
    # The queue showed the first 200 and no way to the rest; now it pages, also when filtered by reason.
    from mailflow.review.queue import hold

    with synced() as db, db.begin():
        for n in range(25):
            code = "question" if n % 2 else "full"
            hold(db, None, f"item {n}", [f"item {n}"], {"code": code, "kind": "other"}, now=now)
    with synced() as db:
        pages = [list_items(db, Filter(), now=now, limit=10, offset=o) for o in (0, 10, 20)]
        assert [len(p) for p in pages] == [10, 10, 5]
        ids = [i.id for p in pages for i in p]
        assert ids == sorted(ids) and len(set(ids)) == 25
        questions = [list_items(db, Filter(code="question"), now=now, limit=5, offset=o) for o in (0, 5, 10)]
        assert [len(p) for p in questions] == [5, 5, 2]
        assert all(i.reason.endswith(tuple("13579")) for p in questions for i in p)
