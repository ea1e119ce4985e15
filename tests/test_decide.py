"""decide(): pure rules over hand-built interpretations and snapshots."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from mailflow.catalogue import Catalogue
from mailflow.config import Policy
from mailflow.decide import decide
from mailflow.decide.types import (
    ActiveRegistration,
    Cancel,
    ClearBouncing,
    Decision,
    Hold,
    Ignore,
    MarkBouncing,
    Move,
    OurMail,
    Register,
    Reply,
    Snapshot,
)
from mailflow.understand.types import CalendarReply, Candidate, Interpretation, Participant

from support import ME, at, make_interp as interp


def reg(key: str, status: str = "confirmed", email: str = ME, id: int = 7, uid: str = "u7@x") -> ActiveRegistration:
    return ActiveRegistration(id=id, email=email, session_key=key, status=status, calendar_uid=uid)


def answered(*to: str) -> tuple[OurMail, ...]:
    """The message answers our earlier mail to ``to`` (default: the writer): proof it is theirs."""
    return (OurMail("<q1@mailflow.test>", "confirmation", to or (ME,)),)


def run(
    i: Interpretation,
    catalogue: Catalogue,
    now: dt.datetime,
    snap: Snapshot | None = None,
    policy: Policy | None = None,
    **kw: Any,
) -> Decision:
    return decide(i, snap or Snapshot(), catalogue, policy or Policy(), now, **kw)


def acked_only(d: Decision) -> bool:
    """The only mail of a hold: 'we received it; a colleague will look at it', to the writer."""
    return [(r.template, r.to) for r in replies(d)] == [("review_ack", ME)]


def replies(d: Decision) -> list[Reply]:
    return d.of(Reply)


# --------------------------------------------------------------------------
# register


def test_register_confirms_and_replies_threaded(catalogue, now):
    # a plain registration: one Register, one threaded confirmation to the reply address
    d = run(interp(sessions=["dia-utrecht"]), catalogue, now)
    assert d.state == "processed"
    assert d.of(Register) == [Register(Participant(ME, "Anna"), "dia-utrecht", False)]
    [r] = replies(d)
    assert (r.template, r.to, r.cc, r.person, r.sessions) == ("confirmation", ME, (), ME, ("dia-utrecht",))
    assert r.in_reply_to == "<m1@utrecht.nl>"
    assert r.references == ("<r0@vng.nl>", "<m1@utrecht.nl>")
    assert r.lang == "nl" and r.event_key == "dia"


def test_a_confirmation_goes_to_the_registered_address_not_reply_to(catalogue, now):
    # a notice about a registration always goes to the registered address, whatever Reply-To says
    i = interp(sessions=["dia-utrecht"], sender="anna@utrecht.nl", reply_to="anna.prive@gmail.com", language="en")
    [r] = replies(run(i, catalogue, now))
    assert r.to == "anna@utrecht.nl" and r.cc == () and r.lang == "en"


def test_full_session_waitlists_and_offers_alternatives_with_room(catalogue, now):
    # capacity 2 reached: waitlisted, alternatives = open sessions of the event that have room
    snap = Snapshot(confirmed={"dia-utrecht": 2, "dia-arnhem": 2})
    d = run(interp(sessions=["dia-utrecht"]), catalogue, now, snap)
    assert d.state == "processed"
    assert d.of(Register) == [Register(Participant(ME, "Anna"), "dia-utrecht", True)]
    [r] = replies(d)
    assert r.template == "waitlisted"
    assert r.alternatives == ("dia-haarlem",)


def test_full_session_without_waitlist_goes_to_review(catalogue, now):
    # policy.waitlist off: a full session needs a person
    snap = Snapshot(confirmed={"dia-utrecht": 2})
    d = run(interp(sessions=["dia-utrecht"]), catalogue, now, snap, Policy(waitlist=False))
    assert d.state == "review" and d.hold.candidates.code == "full"
    assert acked_only(d)


def test_one_mail_that_would_fill_a_session_goes_to_review(catalogue, now):
    # one place left, two people in one mail: a person looks before the session is filled
    i = interp(sessions=["dia-utrecht"], participants=[Participant(ME), Participant("bob@utrecht.nl")])
    d = run(i, catalogue, now, Snapshot(confirmed={"dia-utrecht": 1}))
    assert d.state == "review" and d.hold.candidates.code == "fills_session" and acked_only(d)


def test_capacity_counts_colleagues_in_the_same_message(catalogue, now):
    # one place left, two people, accepted by a reviewer: the second is waitlisted
    i = interp(sessions=["dia-utrecht"], participants=[Participant(ME), Participant("bob@utrecht.nl")])
    d = run(i, catalogue, now, Snapshot(confirmed={"dia-utrecht": 1}), staff=True)
    assert [(a.person.email, a.waitlist) for a in d.of(Register)] == [(ME, False), ("bob@utrecht.nl", True)]
    assert [(r.template, r.to) for r in replies(d)] == [("confirmation", ME), ("waitlisted", "bob@utrecht.nl")]


def test_colleagues_each_get_their_own_confirmation(catalogue, now):
    # sender registers herself and a colleague: two mails, no Cc (sender participates)
    i = interp(sessions=["dia-haarlem"], participants=[Participant(ME), Participant("bob@utrecht.nl", "Bob")])
    rs = replies(run(i, catalogue, now))
    assert [(r.to, r.person, r.cc) for r in rs] == [(ME, ME, ()), ("bob@utrecht.nl", "bob@utrecht.nl", ())]


def test_secretary_registering_her_mayor_is_told_separately(catalogue, now):
    # the sender is not a participant: the mayor gets his own confirmation saying who registered him
    # (not threaded into a conversation he never saw), the secretary a separate note; nobody in Cc
    i = interp(
        sessions=["dia-haarlem"],
        sender="secr@utrecht.nl",
        reply_to="secr@utrecht.nl",
        sender_name="Secretariaat Utrecht",
        participants=[Participant("burgemeester@utrecht.nl", "Burgemeester", "on_behalf")],
    )
    mayor, secr = replies(run(i, catalogue, now))
    assert (mayor.template, mayor.to, mayor.cc, mayor.in_reply_to) == (
        "confirmation",
        "burgemeester@utrecht.nl",
        (),
        None,
    )
    assert mayor.requested_by == "Secretariaat Utrecht <secr@utrecht.nl>"
    assert (secr.template, secr.to, secr.participants) == (
        "registered_others",
        "secr@utrecht.nl",
        ("burgemeester@utrecht.nl",),
    )


def test_already_registered_is_not_doubled(catalogue, now):
    # registering again for the same session: no Register, an already_registered reply
    d = run(interp(sessions=["dia-utrecht"]), catalogue, now, Snapshot(registrations=(reg("dia-utrecht"),)))
    assert d.state == "processed" and not d.of(Register)
    assert [r.template for r in replies(d)] == ["already_registered"]


def test_one_session_event_second_session_goes_to_review(catalogue, now):
    # confirmed for Utrecht, asks for Arnhem in a one-session event: a person decides
    d = run(interp(sessions=["dia-arnhem"]), catalogue, now, Snapshot(registrations=(reg("dia-utrecht"),)))
    assert d.state == "review" and d.hold.candidates.code == "too_many"
    assert acked_only(d) and not d.of(Register)


def test_two_sessions_of_one_session_event_go_to_review(catalogue, now):
    d = run(interp(sessions=["dia-utrecht", "dia-haarlem"]), catalogue, now)
    assert d.state == "review" and d.hold.candidates.code == "too_many"
    assert d.hold.candidates.sessions == ("dia-utrecht", "dia-haarlem")


def test_waitlisted_person_taking_the_alternative_is_moved(catalogue, now):
    # "ja, dan Arnhem": waitlisted for Utrecht, one session per person -> Move + "moved" mail
    waiting = reg("dia-utrecht", "waitlisted")
    d = run(interp(sessions=["dia-arnhem"]), catalogue, now, Snapshot(registrations=(waiting,), replied_to=answered()))
    assert d.state == "processed"
    assert d.of(Move) == [Move(waiting, "dia-arnhem", False)]
    [r] = replies(d)
    assert (r.template, r.from_sessions, r.sessions) == ("moved", ("dia-utrecht",), ("dia-arnhem",))


def test_waitlisted_person_asking_for_a_full_alternative_goes_to_review(catalogue, now):
    snap = Snapshot(registrations=(reg("dia-utrecht", "waitlisted"),), confirmed={"dia-arnhem": 2})
    d = run(interp(sessions=["dia-arnhem"]), catalogue, now, snap)
    assert d.state == "review" and d.hold.candidates.code == "full"


def test_max_sessions_counts_existing_registrations(catalogue, now):
    # vng allows 3: two held + two asked = 4 -> review
    snap = Snapshot(registrations=(reg("vng-plenair", id=1, uid="a"), reg("vng-avond", id=2, uid="b")))
    d = run(interp(sessions=["vng-alv", "vng-middag-b"], event_key="vng"), catalogue, now, snap)
    assert d.state == "review" and d.hold.candidates.code == "too_many"


def test_overlapping_requested_sessions_go_to_review(catalogue, now):
    d = run(interp(sessions=["vng-middag-a", "vng-middag-b"], event_key="vng"), catalogue, now)
    assert d.state == "review" and d.hold.candidates.code == "overlap"


def test_overlap_with_existing_registration_goes_to_review(catalogue, now):
    snap = Snapshot(registrations=(reg("vng-middag-a"),))
    d = run(interp(sessions=["vng-middag-b"], event_key="vng"), catalogue, now, snap)
    assert d.state == "review" and d.hold.candidates.code == "overlap"


def test_several_sessions_within_limits_are_registered(catalogue, now):
    i = interp(sessions=["vng-plenair", "vng-middag-b", "vng-avond"], event_key="vng")
    d = run(i, catalogue, now)
    assert [a.session_key for a in d.of(Register)] == ["vng-plenair", "vng-middag-b", "vng-avond"]
    [r] = replies(d)
    assert r.sessions == ("vng-plenair", "vng-middag-b", "vng-avond")


def test_closed_event_goes_to_review_with_open_sessions_as_candidates(catalogue, now):
    # deadline passed: review, nothing sent, candidates are what is still open (none for 'old')
    d = run(interp(sessions=["old-gent"], event_key="old"), catalogue, now)
    assert d.state == "review" and d.hold.candidates.code == "closed"
    assert "deadline for Dag van de lokale besturen has passed (2026-11-01" in d.hold.reason
    assert acked_only(d)


def test_closed_edition_offers_open_sessions_at_the_same_mailbox(catalogue, now):
    # a reply to last year's invitation: the new edition at the same address is the likely choice
    import dataclasses

    new = dataclasses.replace(
        catalogue.event("vng"),
        key="old-2027",
        mailbox="aanmelden@provincieantwerpen.be",
        sessions=(dataclasses.replace(catalogue.session("vng-alv"), key="new-gent", event_key="old-2027"),),
    )
    cat = Catalogue((*catalogue.events, new))
    d = run(interp(sessions=["old-gent"], event_key="old"), cat, now)
    assert [c.session_key for c in d.hold.candidates.options] == ["new-gent"]


def test_deadline_is_judged_at_the_message_date(catalogue, now):
    # a message dated before the deadline, processed after it, is on time
    i = interp(sessions=["old-gent"], event_key="old", judged_at=at(2026, 10, 30, 10))
    assert run(i, catalogue, now).state == "processed"


def test_message_judged_after_the_deadline_is_late_even_if_processed_earlier(catalogue, now):
    # the message's moment decides (corpus 075), not the processing clock
    i = interp(sessions=["old-gent"], event_key="old", judged_at=at(2026, 11, 2, 9))
    assert run(i, catalogue, at(2026, 10, 30)).hold.candidates.code == "closed"


def test_started_session_is_closed(catalogue):
    later = at(2027, 6, 14, 10)
    d = run(interp(sessions=["dia-utrecht"]), catalogue, later)
    assert d.state == "review" and d.hold.candidates.code == "closed"
    assert {c.session_key for c in d.hold.candidates.options} == {"dia-arnhem", "dia-haarlem"}


def test_unknown_session_goes_to_review_with_open_sessions(catalogue, now):
    d = run(interp(sessions=[]), catalogue, now)
    assert d.state == "review" and d.hold.candidates.code == "unknown_session"
    assert [c.session_key for c in d.hold.candidates.options] == ["dia-utrecht", "dia-arnhem", "dia-haarlem"]
    assert d.hold.candidates.participants == (Participant(ME, "Anna"),)
    assert acked_only(d)


def test_unknown_session_prefers_understanding_candidates(catalogue, now):
    cands = [Candidate("dia-arnhem", 0.6, "nearest to Zwolle")]
    d = run(interp(sessions=[], candidates=cands), catalogue, now)
    assert list(d.hold.candidates.options) == cands


def test_session_key_not_in_catalogue_goes_to_review(catalogue, now):
    d = run(interp(sessions=["dia-zwolle"]), catalogue, now)
    assert d.state == "review" and d.hold.candidates.code == "unknown_session"


def test_review_flag_holds_with_prefilled_proposal_and_an_acknowledgement(catalogue, now):
    # colleague without address: understanding asks for review; proposal is one-click ready
    i = interp(sessions=["dia-utrecht"], review=True, reasons=["colleague Joost named without an address"])
    d = run(i, catalogue, now)
    assert d.state == "review" and acked_only(d) and not d.of(Register)
    p = d.hold.candidates
    assert (p.kind, p.sessions, p.event_key) == ("register", ("dia-utrecht",), "dia")
    assert d.hold.reason == "colleague Joost named without an address"


def test_no_participant_goes_to_review(catalogue, now):
    d = run(interp(sessions=["dia-utrecht"], participants=[]), catalogue, now)
    assert d.state == "review" and d.hold.candidates.code == "no_participant"


# --------------------------------------------------------------------------
# who may be answered


def test_no_reply_to_our_own_address(catalogue, now):
    d = run(interp(sessions=["dia-utrecht"]), catalogue, now, Snapshot(own_addresses=frozenset({ME})))
    assert d.state == "processed" and d.of(Register) and not replies(d)


def test_a_bouncing_address_that_writes_is_answered_again(catalogue, now):
    # their own mail proves the address works: answered, and no longer marked as bouncing
    d = run(interp(sessions=["dia-utrecht"]), catalogue, now, Snapshot(bouncing=frozenset({ME})))
    assert d.of(Register) and [r.to for r in replies(d)] == [ME] and d.of(ClearBouncing) == [ClearBouncing(ME)]


@pytest.mark.parametrize("snap_kw", [{"over_limit": frozenset({ME})}, {"sent_today": {ME: 10}, "reply_limit": 10}])
def test_the_daily_limit_never_hides_a_registration(catalogue, now, snap_kw):
    # over the limit against mail loops: the registration waits for a person instead of happening unseen
    d = run(interp(sessions=["dia-utrecht"]), catalogue, now, Snapshot(**snap_kw))
    assert d.state == "review" and d.hold.candidates.code == "daily_limit" and not d.of(Register)
    assert not replies(d)


def test_the_daily_limit_counts_the_mails_a_message_would_send(catalogue, now):
    # 9 mails today and a decision that would send 2 more to the same address: over before sending
    i = interp(
        sessions=["vng-plenair"],
        event_key="vng",
        sender="secr@utrecht.nl",
        reply_to="secr@utrecht.nl",
        participants=[Participant("a@utrecht.nl"), Participant("b@utrecht.nl")],
    )
    ok = run(i, catalogue, now, Snapshot(sent_today={"secr@utrecht.nl": 9}, reply_limit=10))
    assert ok.state == "processed" and [r.to for r in replies(ok)][-1] == "secr@utrecht.nl"
    over = run(i, catalogue, now, Snapshot(sent_today={"a@utrecht.nl": 10}, reply_limit=10))
    assert over.state == "review" and over.hold.candidates.code == "daily_limit"


def test_more_than_a_few_others_goes_to_review(catalogue, now):
    # one mail naming many colleagues would mail all of them: a person looks first
    people = [Participant(f"p{n}@utrecht.nl") for n in range(6)]
    d = run(interp(sessions=["dia-haarlem"], participants=people), catalogue, now)
    assert d.state == "review" and d.hold.candidates.code == "many_others" and acked_only(d)


def test_no_reply_when_may_reply_is_false(catalogue, now):
    d = run(interp(sessions=["dia-utrecht"], may_reply=False), catalogue, now)
    assert d.of(Register) and not replies(d)


def test_a_bouncing_participant_is_not_mailed_but_the_writer_is(catalogue, now):
    i = interp(
        sessions=["dia-haarlem"],
        sender="secr@utrecht.nl",
        reply_to="secr@utrecht.nl",
        participants=[Participant("bm@utrecht.nl")],
    )
    [r] = replies(run(i, catalogue, now, Snapshot(bouncing=frozenset({"bm@utrecht.nl"}))))
    assert (r.template, r.to, r.cc) == ("registered_others", "secr@utrecht.nl", ())


# --------------------------------------------------------------------------
# cancel and change


def test_cancel_named_session(catalogue, now):
    r = reg("dia-utrecht")
    d = run(interp("cancel", ["dia-utrecht"]), catalogue, now, Snapshot(registrations=(r,), replied_to=answered()))
    assert d.state == "processed" and d.of(Cancel) == [Cancel(r)]
    [m] = replies(d)
    assert (m.template, m.sessions, m.person) == ("cancelled", ("dia-utrecht",), ME)


def test_cancel_without_session_and_exactly_one_registration(catalogue, now):
    r = reg("dia-arnhem")
    d = run(interp("cancel"), catalogue, now, Snapshot(registrations=(r,), replied_to=answered()))
    assert d.of(Cancel) == [Cancel(r)]


def test_cancel_without_session_and_several_registrations_goes_to_review(catalogue, now):
    snap = Snapshot(registrations=(reg("vng-plenair", id=1, uid="a"), reg("vng-avond", id=2, uid="b")))
    d = run(interp("cancel", event_key="vng"), catalogue, now, snap)
    assert d.state == "review" and d.hold.candidates.code == "ambiguous"


def test_cancel_without_registration_goes_to_review(catalogue, now):
    d = run(interp("cancel", ["dia-utrecht"]), catalogue, now)
    assert d.state == "review" and d.hold.candidates.code == "no_registration"


def test_a_cancellation_for_someone_else_asks_that_person_first(catalogue, now):
    # Anna cancels Bob: nothing changes; Bob is asked to confirm, Anna hears only that it was received
    r = reg("dia-utrecht", email="bob@utrecht.nl")
    i = interp("cancel", ["dia-utrecht"], participants=[Participant("bob@utrecht.nl")])
    d = run(i, catalogue, now, Snapshot(registrations=(r,), replied_to=answered()))
    assert d.state == "review" and d.hold.candidates.code == "unproven" and not d.of(Cancel)
    ask, told = replies(d)
    assert (ask.template, ask.to, ask.cc, ask.sessions, ask.request) == (
        "confirm_request",
        "bob@utrecht.nl",
        (),
        ("dia-utrecht",),
        "cancel",
    )
    assert (told.template, told.to, told.sessions, told.participants) == ("request_received", ME, (), ())


def test_a_cancellation_for_someone_else_is_carried_out_once_confirmed(catalogue, now):
    # a reviewer accepting it is proof enough; the notice goes to Bob and says who asked
    r = reg("dia-utrecht", email="bob@utrecht.nl")
    i = interp("cancel", ["dia-utrecht"], participants=[Participant("bob@utrecht.nl")])
    d = run(i, catalogue, now, Snapshot(registrations=(r,)), staff=True)
    [m] = replies(d)
    assert d.of(Cancel) == [Cancel(r)] and (m.to, m.cc, m.requested_by) == ("bob@utrecht.nl", (), ME)


def test_an_unproven_cancellation_of_ones_own_registration_asks_first(catalogue, now):
    # From says Anna, but nothing proves it: Anna is asked at her registered address, nobody else is told
    r = reg("dia-utrecht")
    d = run(interp("cancel", ["dia-utrecht"]), catalogue, now, Snapshot(registrations=(r,)))
    assert d.state == "review" and d.hold.candidates.code == "unproven"
    assert [(m.template, m.to) for m in replies(d)] == [("confirm_request", ME)]
    assert "does not provably come from anna@utrecht.nl" in d.hold.reason


def test_a_trusted_dmarc_pass_proves_the_sender(catalogue, now):
    from mailflow.understand.authentication import SenderAuth

    r = reg("dia-utrecht")
    i = interp("cancel", ["dia-utrecht"], auth=SenderAuth("mx.vng.nl", "pass", "utrecht.nl", ("utrecht.nl",)))
    assert run(i, catalogue, now, Snapshot(registrations=(r,))).of(Cancel) == [Cancel(r)]
    other = interp("cancel", ["dia-utrecht"], auth=SenderAuth("mx.vng.nl", "pass", "evil.test", ("evil.test",)))
    assert run(other, catalogue, now, Snapshot(registrations=(r,))).state == "review"


def test_a_failed_sender_check_holds_without_any_reply(catalogue, now):
    from mailflow.understand.authentication import SenderAuth

    i = interp(sessions=["dia-utrecht"], auth=SenderAuth("mx.vng.nl", "fail", "utrecht.nl", ()))
    d = run(i, catalogue, now)
    assert d.state == "review" and d.hold.candidates.code == "sender_check" and not replies(d)


def test_a_null_return_path_holds_without_any_reply(catalogue, now):
    d = run(interp("question", ["dia-utrecht"], envelope_from=""), catalogue, now)
    assert d.state == "review" and d.hold.candidates.code == "null_sender" and not replies(d)


def test_change_moves_between_named_sessions(catalogue, now):
    r = reg("dia-utrecht")
    i = interp("change", ["dia-haarlem"], from_sessions=["dia-utrecht"])
    d = run(i, catalogue, now, Snapshot(registrations=(r,), replied_to=answered()))
    assert d.state == "processed" and d.of(Move) == [Move(r, "dia-haarlem", False)]
    [m] = replies(d)
    assert (m.template, m.from_sessions, m.sessions) == ("moved", ("dia-utrecht",), ("dia-haarlem",))


def test_change_without_from_uses_the_only_registration(catalogue, now):
    r = reg("dia-utrecht")
    d = run(interp("change", ["dia-arnhem"]), catalogue, now, Snapshot(registrations=(r,), replied_to=answered()))
    assert d.of(Move) == [Move(r, "dia-arnhem", False)]


def test_change_without_target_goes_to_review(catalogue, now):
    i = interp("change", [], from_sessions=["dia-utrecht"])
    d = run(i, catalogue, now, Snapshot(registrations=(reg("dia-utrecht"),)))
    assert d.state == "review" and d.hold.candidates.code == "unknown_session"


def test_change_to_full_session_goes_to_review(catalogue, now):
    snap = Snapshot(registrations=(reg("dia-utrecht"),), confirmed={"dia-arnhem": 2})
    d = run(interp("change", ["dia-arnhem"], from_sessions=["dia-utrecht"]), catalogue, now, snap)
    assert d.state == "review" and d.hold.candidates.code == "full"


def test_change_into_overlap_goes_to_review(catalogue, now):
    # swapping plenair for middag-b while holding middag-a
    snap = Snapshot(registrations=(reg("vng-plenair", id=1, uid="a"), reg("vng-middag-a", id=2, uid="b")))
    i = interp("change", ["vng-middag-b"], from_sessions=["vng-plenair"], event_key="vng")
    d = run(i, catalogue, now, snap)
    assert d.state == "review" and d.hold.candidates.code == "overlap"


def test_afternoon_swap_is_allowed(catalogue, now):
    a = reg("vng-middag-a", id=2, uid="b")
    snap = Snapshot(registrations=(reg("vng-plenair", id=1, uid="a"), a), replied_to=answered())
    i = interp("change", ["vng-middag-b"], from_sessions=["vng-middag-a"], event_key="vng")
    assert run(i, catalogue, now, snap).of(Move) == [Move(a, "vng-middag-b", False)]


# --------------------------------------------------------------------------
# questions, machine mail, calendar replies, bounces


def test_question_goes_to_review_with_ack(catalogue, now):
    d = run(
        interp("question", ["dia-utrecht"], review=True, reasons=["parking question"], concerns_event=True),
        catalogue,
        now,
    )
    assert d.state == "review" and d.hold.reason == "parking question"
    [r] = replies(d)
    assert r.template == "review_ack" and r.person is None and r.to == ME


def test_question_about_something_else_waits_unanswered(catalogue, now):
    # "Can you handle USD 87M?" read as a question: a person sees it, the sender learns nothing
    d = run(interp("question", review=True, reasons=["a question"], concerns_event=False), catalogue, now)
    assert d.state == "review" and not replies(d)


@pytest.mark.parametrize("kind", ["question", "other", "register"])
def test_junk_is_ignored_with_its_reason_never_answered_or_held(catalogue, now, kind):
    i = interp(
        kind,
        ["dia-utrecht"],
        junk=True,
        may_reply=False,
        review=kind == "question",
        concerns_event=True,
        reasons=["The receiving mail system marked this as spam"],
    )
    d = run(i, catalogue, now)
    assert d.state == "ignored" and not replies(d) and d.hold is None and not d.of(Register)
    assert d.notes == ("junk: The receiving mail system marked this as spam",)


def test_question_ack_respects_may_reply(catalogue, now):
    d = run(interp("question", may_reply=False), catalogue, now)
    assert d.state == "review" and not replies(d)


@pytest.mark.parametrize("kind", ["auto_reply", "other"])
def test_machine_and_other_are_ignored_silently(catalogue, now, kind):
    d = run(interp(kind, may_reply=False), catalogue, now)
    assert d.state == "ignored" and d.of(Ignore) and not replies(d)


def test_other_with_review_is_held_and_acknowledged(catalogue, now):
    # a person wrote: they hear it arrived and a colleague looks at it (issue 10, point 13)
    d = run(interp("other", review=True, reasons=["unsubscribe request"]), catalogue, now)
    assert d.state == "review" and acked_only(d)


@pytest.mark.parametrize("partstat", ["ACCEPTED", "TENTATIVE"])
def test_calendar_accept_is_processed_silently(catalogue, now, partstat):
    i = interp("calendar_reply", calendar=CalendarReply("u7@x", partstat, ME), may_reply=False)
    d = run(i, catalogue, now, Snapshot(registrations=(reg("dia-utrecht"),)))
    assert d.state == "processed" and d.actions == ()


def test_calendar_decline_goes_to_review_by_default(catalogue, now):
    i = interp("calendar_reply", calendar=CalendarReply("u7@x", "DECLINED", ME, "alleen de avond niet"))
    d = run(i, catalogue, now, Snapshot(registrations=(reg("dia-utrecht"),)))
    assert d.state == "review" and not d.of(Cancel)
    p = d.hold.candidates
    assert (p.kind, p.sessions, [x.email for x in p.participants]) == ("cancel", ("dia-utrecht",), [ME])
    assert "alleen de avond niet" in d.hold.reason


def test_calendar_decline_cancels_the_matching_registration_when_policy_says_so(catalogue, now):
    r = reg("dia-utrecht", uid="u7@x")
    i = interp("calendar_reply", calendar=CalendarReply("u7@x", "DECLINED", ME))
    d = run(
        i,
        catalogue,
        now,
        Snapshot(registrations=(r, reg("vng-avond", id=8, uid="other"))),
        Policy(declined_invite_cancels=True),
    )
    assert d.state == "processed" and d.of(Cancel) == [Cancel(r)]


def test_calendar_decline_for_unknown_uid_goes_to_review(catalogue, now):
    i = interp("calendar_reply", calendar=CalendarReply("nope", "DECLINED", ME))
    d = run(i, catalogue, now, policy=Policy(declined_invite_cancels=True))
    assert d.state == "review" and d.hold.candidates.code == "calendar_declined"


def test_permanent_bounce_marks_addresses_without_reply(catalogue, now):
    i = interp("bounce", bounced=["Bob@Utrecht.nl"], bounce_permanent=True, may_reply=False)
    d = run(i, catalogue, now)
    assert d.state == "processed" and d.actions == (MarkBouncing("bob@utrecht.nl"),)


def test_delay_warning_is_ignored(catalogue, now):
    d = run(interp("bounce", bounced=["bob@utrecht.nl"], bounce_permanent=False), catalogue, now)
    assert d.state == "ignored" and not d.of(MarkBouncing)


# --------------------------------------------------------------------------
# staff override (one-click accept from review)


def test_staff_accept_skips_deadline_but_keeps_capacity(catalogue, now):
    d = run(interp(sessions=["old-gent"], event_key="old"), catalogue, now, staff=True)
    assert d.state == "processed" and d.of(Register)
    snap = Snapshot(confirmed={"dia-utrecht": 2})
    d2 = run(interp(sessions=["dia-utrecht", "dia-haarlem"]), catalogue, now, snap, staff=True)
    assert {(a.session_key, a.waitlist) for a in d2.of(Register)} == {("dia-utrecht", True), ("dia-haarlem", False)}


def test_holds_are_the_only_action_on_review(catalogue, now):
    # nothing is half-done: the hold and the writer's acknowledgement, no registration
    d = run(interp(sessions=["dia-utrecht", "dia-haarlem"]), catalogue, now)
    assert [type(a) for a in d.actions] == [Hold, Reply] and acked_only(d)


# --------------------------------------------------------------------------
# the registered person's answer to our question, bounces of participants


def pending(
    asked: str = "bob@utrecht.nl",
    kind: str = "cancel",
    sessions: tuple[str, ...] = ("dia-utrecht",),
    others: tuple[Participant, ...] = (),
) -> Any:
    from mailflow.decide.types import PendingChange, Proposal

    proposal = Proposal(
        kind=kind,
        event_key="dia",
        sessions=sessions,
        participants=(Participant(asked, None, "colleague"), *others),
        code="unproven",
    )
    return PendingChange(item_id=3, inbound_id=11, proposal=proposal, asked=asked)


def test_yes_to_our_question_carries_out_that_persons_part(catalogue, now):
    from mailflow.decide.types import SettlePending

    r = reg("dia-utrecht", email="bob@utrecht.nl")
    i = interp("other", sender="bob@utrecht.nl", reply_to="bob@utrecht.nl", answer="yes")
    d = run(i, catalogue, now, Snapshot(registrations=(r,), pending=pending()))
    assert d.state == "processed" and d.of(Cancel) == [Cancel(r)]
    assert d.of(SettlePending) == [SettlePending(3, 11, "bob@utrecht.nl", "yes")]
    [m] = replies(d)
    assert (m.template, m.to, m.in_reply_to) == ("cancelled", "bob@utrecht.nl", "<m1@utrecht.nl>")


def test_yes_confirms_only_the_person_asked(catalogue, now):
    # a held request for two people: Bob's yes cancels Bob only
    r, c = reg("dia-utrecht", email="bob@utrecht.nl"), reg("dia-utrecht", email="carla@utrecht.nl", id=8, uid="c")
    i = interp("other", sender="bob@utrecht.nl", reply_to="bob@utrecht.nl", answer="yes")
    d = run(
        i, catalogue, now, Snapshot(registrations=(r, c), pending=pending(others=(Participant("carla@utrecht.nl"),)))
    )
    assert d.of(Cancel) == [Cancel(r)]


def test_no_to_our_question_changes_nothing(catalogue, now):
    from mailflow.decide.types import SettlePending

    i = interp("other", sender="bob@utrecht.nl", reply_to="bob@utrecht.nl", answer="no")
    d = run(i, catalogue, now, Snapshot(registrations=(reg("dia-utrecht", email="bob@utrecht.nl"),), pending=pending()))
    assert d.of(SettlePending) == [SettlePending(3, 11, "bob@utrecht.nl", "no")] and not d.of(Cancel)
    assert not replies(d)


def test_an_answer_to_a_question_already_decided_is_ignored(catalogue, now):
    d = run(interp("other", answer="yes"), catalogue, now)
    assert d.state == "ignored"


def test_a_bounced_participant_is_held_for_review(catalogue, now):
    r = reg("dia-utrecht", email="bob@utrecht.nl")
    i = interp("bounce", bounced=["bob@utrecht.nl"], bounce_permanent=True, may_reply=False)
    d = run(i, catalogue, now, Snapshot(registrations=(r,)))
    assert d.state == "review" and d.hold.candidates.code == "bounce_participant"
    assert d.of(MarkBouncing) == [MarkBouncing("bob@utrecht.nl")]
    assert d.hold.candidates.kind == "cancel" and d.hold.candidates.sessions == ("dia-utrecht",)


def test_a_bare_reply_cancels_the_registration_our_mail_reported(catalogue, now):
    # two registrations in the event; the answered mail was about one of them
    a, b = reg("vng-plenair", id=1, uid="a"), reg("vng-avond", id=2, uid="b")
    snap = Snapshot(registrations=(a, b), replied_to=(OurMail("<q@mf>", "confirmation", (ME,), (2,)),))
    assert run(interp("cancel", event_key="vng"), catalogue, now, snap).of(Cancel) == [Cancel(b)]


def test_explain_judges_the_rules_that_need_no_database(catalogue, now):
    # the same words as decide: closed, too many, overlap, past
    from mailflow.decide.rules import static_reasons

    assert "deadline" in static_reasons(interp(sessions=["old-gent"], judged_at=now), catalogue)[0]
    assert "same time" in static_reasons(interp(sessions=["vng-middag-a", "vng-middag-b"], judged_at=now), catalogue)[0]
    assert (
        "one person may take 1"
        in static_reasons(interp(sessions=["dia-utrecht", "dia-arnhem"], judged_at=now), catalogue)[0]
    )
    assert static_reasons(interp(sessions=["dia-utrecht"], judged_at=now), catalogue) == []
    late = interp("cancel", ["dia-utrecht"], judged_at=at(2027, 7, 1))
    assert static_reasons(late, catalogue) == ["'Sessie dia-utrecht' has already taken place"]
