"""decide(): pure rules over hand-built interpretations and snapshots."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from mailflow.catalogue import Catalogue
from mailflow.config import Policy
from mailflow.decide import decide
from mailflow.decide.types import (ActiveRegistration, Cancel, Decision, Hold, Ignore, MarkBouncing, Move, Register,
                               Reply, Snapshot)
from mailflow.understand.types import CalendarReply, Candidate, Interpretation, Participant

from support import ME, at, make_interp as interp


def reg(key: str, status: str = "confirmed", email: str = ME, id: int = 7, uid: str = "u7@x") -> ActiveRegistration:
    return ActiveRegistration(id=id, email=email, session_key=key, status=status, calendar_uid=uid)


def run(i: Interpretation, catalogue: Catalogue, now: dt.datetime, snap: Snapshot | None = None,
        policy: Policy | None = None, **kw: Any) -> Decision:
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


def test_reply_goes_to_reply_to_not_from(catalogue, now):
    # a web form relayed from no-reply: answer the Reply-To address
    i = interp(sessions=["dia-utrecht"], sender="anna@utrecht.nl", reply_to="anna.prive@gmail.com",
               language="en")
    [r] = replies(run(i, catalogue, now))
    assert r.to == "anna.prive@gmail.com" and r.lang == "en"


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


def test_capacity_counts_colleagues_in_the_same_message(catalogue, now):
    # one place left, two people: the second is waitlisted
    i = interp(sessions=["dia-utrecht"], participants=[Participant(ME), Participant("bob@utrecht.nl")])
    d = run(i, catalogue, now, Snapshot(confirmed={"dia-utrecht": 1}))
    assert [(a.person.email, a.waitlist) for a in d.of(Register)] == [(ME, False), ("bob@utrecht.nl", True)]
    assert [(r.template, r.to) for r in replies(d)] == [("confirmation", ME), ("waitlisted", "bob@utrecht.nl")]


def test_colleagues_each_get_their_own_confirmation(catalogue, now):
    # sender registers herself and a colleague: two mails, no Cc (sender participates)
    i = interp(sessions=["dia-haarlem"], participants=[Participant(ME), Participant("bob@utrecht.nl", "Bob")])
    rs = replies(run(i, catalogue, now))
    assert [(r.to, r.person, r.cc) for r in rs] == [(ME, ME, ()), ("bob@utrecht.nl", "bob@utrecht.nl", ())]


def test_secretary_registering_her_mayor_is_cc_d(catalogue, now):
    # the sender is not a participant: the mayor gets the confirmation, the secretary a Cc
    i = interp(sessions=["dia-haarlem"], sender="secr@utrecht.nl", reply_to="secr@utrecht.nl",
               participants=[Participant("burgemeester@utrecht.nl", "Burgemeester", "on_behalf")])
    [r] = replies(run(i, catalogue, now))
    assert (r.to, r.cc, r.person) == ("burgemeester@utrecht.nl", ("secr@utrecht.nl",), "burgemeester@utrecht.nl")


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
    d = run(interp(sessions=["dia-arnhem"]), catalogue, now, Snapshot(registrations=(waiting,)))
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
    assert "closed on 2026-11-01" in d.hold.reason
    assert acked_only(d)


def test_closed_edition_offers_open_sessions_at_the_same_mailbox(catalogue, now):
    # a reply to last year's invitation: the new edition at the same address is the likely choice
    import dataclasses
    new = dataclasses.replace(catalogue.event("vng"), key="old-2027", mailbox="aanmelden@provincieantwerpen.be",
                              sessions=(dataclasses.replace(catalogue.session("vng-alv"), key="new-gent",
                                                            event_key="old-2027"),))
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


@pytest.mark.parametrize("snap_kw", [
    {"bouncing": frozenset({ME})}, {"over_limit": frozenset({ME})}, {"own_addresses": frozenset({ME})}])
def test_no_reply_to_bouncing_over_limit_or_own(catalogue, now, snap_kw):
    d = run(interp(sessions=["dia-utrecht"]), catalogue, now, Snapshot(**snap_kw))
    assert d.state == "processed" and d.of(Register) and not replies(d)


def test_no_reply_when_may_reply_is_false(catalogue, now):
    d = run(interp(sessions=["dia-utrecht"], may_reply=False), catalogue, now)
    assert d.of(Register) and not replies(d)


def test_bouncing_cc_is_dropped_but_participant_still_answered(catalogue, now):
    i = interp(sessions=["dia-haarlem"], sender="secr@utrecht.nl", reply_to="secr@utrecht.nl",
               participants=[Participant("bm@utrecht.nl")])
    [r] = replies(run(i, catalogue, now, Snapshot(bouncing=frozenset({"secr@utrecht.nl"}))))
    assert (r.to, r.cc) == ("bm@utrecht.nl", ())


# --------------------------------------------------------------------------
# cancel and change


def test_cancel_named_session(catalogue, now):
    r = reg("dia-utrecht")
    d = run(interp("cancel", ["dia-utrecht"]), catalogue, now, Snapshot(registrations=(r,)))
    assert d.state == "processed" and d.of(Cancel) == [Cancel(r)]
    [m] = replies(d)
    assert (m.template, m.sessions, m.person) == ("cancelled", ("dia-utrecht",), ME)


def test_cancel_without_session_and_exactly_one_registration(catalogue, now):
    r = reg("dia-arnhem")
    d = run(interp("cancel"), catalogue, now, Snapshot(registrations=(r,)))
    assert d.of(Cancel) == [Cancel(r)]


def test_cancel_without_session_and_several_registrations_goes_to_review(catalogue, now):
    snap = Snapshot(registrations=(reg("vng-plenair", id=1, uid="a"), reg("vng-avond", id=2, uid="b")))
    d = run(interp("cancel", event_key="vng"), catalogue, now, snap)
    assert d.state == "review" and d.hold.candidates.code == "ambiguous"


def test_cancel_without_registration_goes_to_review(catalogue, now):
    d = run(interp("cancel", ["dia-utrecht"]), catalogue, now)
    assert d.state == "review" and d.hold.candidates.code == "no_registration"


def test_cancel_for_a_colleague_ccs_the_sender(catalogue, now):
    r = reg("dia-utrecht", email="bob@utrecht.nl")
    i = interp("cancel", ["dia-utrecht"], participants=[Participant("bob@utrecht.nl")])
    d = run(i, catalogue, now, Snapshot(registrations=(r,)))
    [m] = replies(d)
    assert (m.to, m.cc) == ("bob@utrecht.nl", (ME,))


def test_change_moves_between_named_sessions(catalogue, now):
    r = reg("dia-utrecht")
    i = interp("change", ["dia-haarlem"], from_sessions=["dia-utrecht"])
    d = run(i, catalogue, now, Snapshot(registrations=(r,)))
    assert d.state == "processed" and d.of(Move) == [Move(r, "dia-haarlem", False)]
    [m] = replies(d)
    assert (m.template, m.from_sessions, m.sessions) == ("moved", ("dia-utrecht",), ("dia-haarlem",))


def test_change_without_from_uses_the_only_registration(catalogue, now):
    r = reg("dia-utrecht")
    d = run(interp("change", ["dia-arnhem"]), catalogue, now, Snapshot(registrations=(r,)))
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
    snap = Snapshot(registrations=(reg("vng-plenair", id=1, uid="a"), a))
    i = interp("change", ["vng-middag-b"], from_sessions=["vng-middag-a"], event_key="vng")
    assert run(i, catalogue, now, snap).of(Move) == [Move(a, "vng-middag-b", False)]


# --------------------------------------------------------------------------
# questions, machine mail, calendar replies, bounces


def test_question_goes_to_review_with_ack(catalogue, now):
    d = run(interp("question", ["dia-utrecht"], review=True, reasons=["parking question"]), catalogue, now)
    assert d.state == "review" and d.hold.reason == "parking question"
    [r] = replies(d)
    assert r.template == "review_ack" and r.person is None and r.to == ME


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
    d = run(i, catalogue, now, Snapshot(registrations=(r, reg("vng-avond", id=8, uid="other"))),
            Policy(declined_invite_cancels=True))
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
