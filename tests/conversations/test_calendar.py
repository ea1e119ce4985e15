"""Conversations about calendars and replies (issue 10: points 10-14, 18-21, and what works today).

Each thread goes in through the real SMTP intake of a running ``serve`` and is judged only by
what comes out: the mails at the relay (recipients, kind, wording that matters, the invite's
METHOD/UID/SEQUENCE/DTSTART/LOCATION/URL) and the review queue.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from pathlib import Path
from typing import Callable
from zoneinfo import ZoneInfo

from sqlalchemy import select
from typer.testing import CliRunner

from mailflow.cli import app as cli
from mailflow.db.models import Registration, ReviewItem, SessionRow

from service_kit import ROOT, Mail, Running, mails, service

AMS = ZoneInfo("Europe/Amsterdam")
PETRA = "p.devries@gemeente.example"


def write(
    running: Running,
    body: str,
    *,
    sender: str = PETRA,
    name: str = "Petra de Vries",
    to: str = "d-loket@vng.example",
    subject: str = "Aanmelding",
    reply_to: Mail | None = None,
    headers: dict[str, str] | None = None,
) -> str:
    """A person's mail into the intake; ``reply_to`` makes it an answer to one of ours."""
    msg = EmailMessage()
    msg["From"], msg["To"] = formataddr((name, sender)), to
    msg["Subject"] = f"Re: {reply_to.subject}" if reply_to else subject
    msg["Message-ID"] = make_msgid(domain="gemeente.example")
    msg["Date"] = "Mon, 02 Jan 2029 10:00:00 +0100"
    if reply_to is not None:
        msg["In-Reply-To"] = msg["References"] = str(reply_to.msg["Message-ID"])
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body)
    running.send("", raw=msg.as_bytes(), sender=sender, to=to)
    return str(msg["Message-ID"])


def kind(mail: Mail) -> str:
    return str(mail.msg["X-Mailflow-Kind"])


def local(when: dt.datetime) -> tuple[int, int, int, int]:
    w = when.astimezone(AMS)
    return (w.month, w.day, w.hour, w.minute)


def review_items(running: Running) -> list[ReviewItem]:
    with running.app.factory() as db:
        return list(db.scalars(select(ReviewItem).order_by(ReviewItem.id)))


def until(check: Callable[[], bool], what: str, timeout: float = 15.0) -> None:
    """Wait for an effect of the running service (a reload, a queued mail); fail naming it."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def catalogue_copy(tmp_path: Path) -> Path:
    path = tmp_path / "catalogue.toml"
    path.write_text((ROOT / "demo" / "catalogue.toml").read_text(encoding="utf-8"), encoding="utf-8")
    return path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def session_sequence(running: Running, key: str) -> int:
    with running.app.factory() as db:
        return db.scalar(select(SessionRow.sequence).where(SessionRow.key == key)) or 0


# ---------------------------------------------------------------- what works today


def test_registration_is_confirmed_with_a_calendar_invite(running: Running) -> None:
    # "Ik wil graag aansluiten in Utrecht": a confirmation to the writer with a REQUEST at 09:00, SEQUENCE 0.
    write(running, "Ik wil graag aansluiten in Utrecht.")
    [mail] = mails(running, 1)
    assert kind(mail) == "confirmation" and mail.to == [PETRA] and mail.cc == []
    [invite] = mail.invites
    assert (invite.method, invite.sequence, local(invite.dtstart)) == ("REQUEST", 0, (6, 10, 9, 0))
    assert "Ontwerpsessies Democratie in Actie" in mail.text.split("--")[0]  # the event named in the body


def test_cancellation_removes_the_entry_with_the_same_uid(running: Running) -> None:
    # Register, then "afzeggen" in reply to the confirmation (which proves who asks): METHOD:CANCEL,
    # same UID, SEQUENCE 1.
    write(running, "Ik wil graag aansluiten in Utrecht.")
    confirmation = mails(running, 1)[0]
    first = confirmation.invites[0]
    write(running, "Ik moet helaas afzeggen voor Utrecht.", reply_to=confirmation)
    cancelled = mails(running, 2)[1]
    assert kind(cancelled) == "cancelled"
    assert [(i.method, i.uid, i.sequence) for i in cancelled.invites] == [("CANCEL", first.uid, 1)]


# ---------------------------------------------------------------- 10: a move updates the same entry


def test_a_move_updates_the_same_calendar_entry(running: Running) -> None:
    # Utrecht -> Haarlem: one REQUEST with the UID of the Utrecht invite, SEQUENCE 1, Haarlem's time; no CANCEL.
    write(running, "Ik wil graag aansluiten in Utrecht.")
    confirmation = mails(running, 1)[0]
    first = confirmation.invites[0]
    write(running, "Ik wil graag wisselen van Utrecht naar Haarlem.", reply_to=confirmation)
    moved = mails(running, 2)[1]
    assert kind(moved) == "moved" and moved.to == [PETRA]
    [invite] = moved.invites
    assert (invite.method, invite.uid, invite.sequence) == ("REQUEST", first.uid, 1)
    assert local(invite.dtstart) == (6, 17, 9, 30)
    assert not [p for p in moved.msg.walk() if p.get_filename() == "cancel.ics"]


# ---------------------------------------------------------------- 11: schedule changes


def test_a_schedule_change_waits_for_the_organiser_then_updates_the_calendars(tmp_path: Path) -> None:
    # Utrecht moves to 14:30 while serve runs: the default policy "ask" sends nothing by itself; after
    # `events sync --notify` the registrant gets the same UID with SEQUENCE 1 and DTSTART 14:30.
    path = catalogue_copy(tmp_path)
    with service(tmp_path, catalogue=path) as running:
        write(running, "Ik wil graag aansluiten in Utrecht.")
        first = mails(running, 1)[0].invites[0]
        edit(
            path,
            "starts = 2030-06-10T09:00:00\n  ends = 2030-06-10T12:00:00",
            "starts = 2030-06-10T14:30:00\n  ends = 2030-06-10T17:30:00",
        )
        until(lambda: session_sequence(running, "dia-demo-utrecht") == 1, "serve to reload the catalogue")
        listed = CliRunner().invoke(cli, ["events", "sync", "--config", str(tmp_path / "mailflow.toml")])
        assert listed.exit_code == 0, listed.output
        assert "dia-demo-utrecht (time or place changed): 1 registration(s): " + PETRA in listed.output
        assert "--notify" in listed.output and len(running.relay.messages) == 1
        sent = CliRunner().invoke(cli, ["events", "sync", "--notify", "--config", str(tmp_path / "mailflow.toml")])
        assert sent.exit_code == 0 and "1 mail(s) queued" in sent.output, sent.output
        update = mails(running, 2)[1]
    assert kind(update) == "schedule_update" and update.to == [PETRA]
    [invite] = update.invites
    assert (invite.method, invite.uid, invite.sequence) == ("REQUEST", first.uid, 1)
    assert local(invite.dtstart) == (6, 10, 14, 30) and "14:30" in update.text


def test_under_policy_send_serve_updates_the_calendars_itself(tmp_path: Path) -> None:
    # notify_schedule_changes = "send": a new place reaches the calendar without a command; a cancelled
    # session sends METHOD:CANCEL with the same UID.
    path = catalogue_copy(tmp_path)
    with service(tmp_path, '[policy]\nnotify_schedule_changes = "send"\n', catalogue=path) as running:
        write(running, "Ik wil graag aansluiten in Arnhem.")
        write(running, "Ik wil graag aansluiten in Assen.", sender="a.bakker@gemeente.example", name="Anne Bakker")
        arnhem, assen = sorted(mails(running, 2), key=lambda m: m.to)[::-1]
        edit(path, 'venue = "Provinciehuis Gelderland"', 'venue = "Musis Sacrum"')
        update = mails(running, 3)[2]
        edit(path, 'city = "Assen"\n', 'city = "Assen"\n  status = "cancelled"\n')
        cancel = mails(running, 4)[3]
    assert kind(update) == "schedule_update" and update.to == [PETRA]
    [moved] = update.invites
    assert (moved.method, moved.uid, moved.sequence) == ("REQUEST", arnhem.invites[0].uid, 1)
    assert moved.location is not None and "Musis Sacrum" in moved.location
    assert kind(cancel) == "session_cancelled" and cancel.to == ["a.bakker@gemeente.example"]
    assert [(i.method, i.uid, i.sequence) for i in cancel.invites] == [("CANCEL", assen.invites[0].uid, 1)]


# ---------------------------------------------------------------- 12: join links


def test_the_join_link_is_mailed_at_its_release_time_and_at_once_afterwards(tmp_path: Path) -> None:
    # The Teams session mails its link "three days before": the confirmation promises it and its invite has no
    # URL; when the release time has come (here: the organiser sets it in the past) serve mails it, with the
    # same UID, SEQUENCE 1 and the link as URL and in LOCATION; a later registrant has it straight away.
    path = catalogue_copy(tmp_path)
    link = "https://teams.example.com/l/meetup-join/economisch-herstel"  # released "3 days" before, in the demo
    with service(tmp_path, catalogue=path) as running:
        write(running, "Graag meld ik mij aan voor de bijeenkomst.", to="bijeenkomsten@m50.example")
        confirmation = mails(running, 1)[0]
        edit(path, 'online_url_release = "3 days"', "online_url_release = 2020-01-01T09:00:00")
        released = mails(running, 2)[1]
        write(
            running,
            "Graag meld ik mij aan voor de bijeenkomst.",
            to="bijeenkomsten@m50.example",
            sender="a.bakker@gemeente.example",
            name="Anne Bakker",
        )
        later = mails(running, 3)[2]
        with running.app.factory() as db:
            assert sorted(db.scalars(select(Registration.online_url_sent))) == [link, link]
    [first] = confirmation.invites
    assert first.url is None and link not in confirmation.text
    assert "De link om deel te nemen sturen wij u op maandag 9 september 2030 om 15:30" in confirmation.text
    assert kind(released) == "online_link" and released.to == [PETRA] and link in released.text
    [update] = released.invites
    assert (update.method, update.uid, update.sequence, update.url) == ("REQUEST", first.uid, 1, link)
    assert update.location is not None and link in update.location
    assert kind(later) == "confirmation" and later.invites[0].url == link and link in later.text


# ---------------------------------------------------------------- 13: held mail gets an answer


def test_held_mail_from_a_person_is_acknowledged(running: Running) -> None:
    # A city not in the catalogue, and "Assen" with an empty subject: each held for a colleague, and each
    # writer hears so at once; an out-of-office answer is held for nobody and answered by nobody.
    write(running, "Ik wil graag naar de sessie in Groningen.")
    write(running, "Assen", subject="", sender="a.bakker@gemeente.example", name="Anne Bakker")
    write(
        running,
        "Ik ben afwezig tot maandag.",
        sender="c.smit@gemeente.example",
        name="Cor Smit",
        subject="Automatisch antwoord: Aanmelding",
        headers={"Auto-Submitted": "auto-replied"},
    )
    acks = mails(running, 2)
    assert sorted((kind(m), m.to[0]) for m in acks) == [
        ("review_ack", "a.bakker@gemeente.example"),
        ("review_ack", PETRA),
    ]
    assert all("collega" in m.text and not m.invites for m in acks)
    until(lambda: len(review_items(running)) == 2, "two review items")


def test_a_second_session_a_move_elsewhere_and_a_late_registration_are_acknowledged(tmp_path: Path) -> None:
    # Over the per-person maximum (one session per person at d-loket), a move to a city without a session,
    # and a registration after the deadline: each held for a colleague, and each writer told so.
    path = catalogue_copy(tmp_path)
    edit(path, "registration_deadline = 2030-05-10T23:59:00", "registration_deadline = 2020-05-10T23:59:00")
    with service(tmp_path, catalogue=path) as running:
        write(running, "Ik wil graag aansluiten in Utrecht.")
        mails(running, 1)
        write(running, "Graag ook aanmelden voor Arnhem.")
        write(running, "Ik wil graag wisselen van Utrecht naar Groningen.")
        write(
            running,
            "Graag schrijf ik mij in voor de werksessie Mobiliteit.",
            to="planningsdag@regio.example",
            sender="a.bakker@gemeente.example",
            name="Anne Bakker",
            subject="Inschrijving",
        )
        acks = mails(running, 4)[1:]
        until(lambda: len(review_items(running)) == 3, "three review items")
        reasons = " | ".join(i.reason for i in review_items(running))
    assert sorted((kind(m), m.to[0]) for m in acks) == [
        ("review_ack", "a.bakker@gemeente.example"),
        ("review_ack", PETRA),
        ("review_ack", PETRA),
    ]
    assert all(not m.invites for m in acks)
    assert "deadline" in reasons and "Groningen" in reasons and "may take 1" in reasons
    flemish = next(m for m in acks if m.to == ["a.bakker@gemeente.example"])
    assert "Regionale planningsdag" in flemish.text and "Met vriendelijke groeten" in flemish.text


# ---------------------------------------------------------------- 14: registration plus question


def test_registration_with_a_question_registers_and_keeps_the_question(running: Running) -> None:
    # "Ik meld me aan voor Utrecht. Is er een lunch?": registered at once (confirmation with invite that
    # says the question was passed on), and only the question waits in the review queue.
    write(running, "Ik meld me aan voor Utrecht. Is er een lunch?")
    [mail] = mails(running, 1)
    assert kind(mail) == "confirmation" and mail.invites[0].method == "REQUEST"
    assert "Is er een lunch?" in mail.text and "collega" in mail.text
    until(lambda: len(review_items(running)) == 1, "the question in the review queue")
    [item] = review_items(running)
    assert item.candidates["kind"] == "question" and "Is er een lunch?" in item.reason
    with running.app.factory() as db:
        assert db.scalars(select(Registration.status)).all() == ["confirmed"]


# ---------------------------------------------------------------- 18-21: wording and who is told what


def test_an_outlook_last_first_name_is_greeted_first_name_first(running: Running) -> None:
    write(running, "Ik wil graag aansluiten in Venlo.", name="Janssen, Ruud", sender="r.janssen@gemeente.example")
    [mail] = mails(running, 1)
    assert mail.text.startswith("Beste Ruud Janssen,")


def test_a_flemish_event_answers_in_flemish(running: Running) -> None:
    write(
        running,
        "Graag schrijf ik mij in voor de werksessie Mobiliteit.",
        to="planningsdag@regio.example",
        subject="Inschrijving",
    )
    [mail] = mails(running, 1)
    assert "uw inschrijving voor Regionale planningsdag" in mail.text and "Met vriendelijke groeten" in mail.text
    assert "aanmeldsysteem" not in mail.text and mail.msg["Content-Language"] == "nl-BE"


def test_an_international_event_is_signed_in_english_with_the_time_zone(running: Running) -> None:
    write(
        running,
        "I would like to register for the session in Rotterdam.",
        to="peerlearning@network.example",
        subject="Registration",
    )
    [mail] = mails(running, 1)
    assert "Secretariaat" not in mail.text and "Secretariat" in mail.text
    assert re.search(r"10:00\u201315:00 \(CEST, UTC\+2\)", mail.text)
    assert "Secretariat" in str(mail.msg["From"])


def test_a_colleague_is_told_who_registered_them(running: Running) -> None:
    # Ruud registers himself and Jan: Jan's own confirmation names Ruud instead of thanking Jan for "uw aanmelding".
    write(
        running,
        "Ik meld mij en mijn collega Jan Smit (j.smit@gemeente.example) aan voor Utrecht.",
        name="Janssen, Ruud",
        sender="r.janssen@gemeente.example",
    )
    sent = {m.to[0]: m for m in mails(running, 2)}
    jan = sent["j.smit@gemeente.example"]
    assert kind(jan) == "confirmation" and jan.text.startswith("Beste Jan Smit,")
    assert "Ruud Janssen (r.janssen@gemeente.example) heeft u aangemeld" in jan.text and "uw aanmelding" not in jan.text
    assert "uw aanmelding" in sent["r.janssen@gemeente.example"].text
    assert jan.invites[0].uid != sent["r.janssen@gemeente.example"].invites[0].uid


def test_a_waitlisted_person_who_moves_is_not_told_they_cancelled(running: Running) -> None:
    # Breda is full (two places): the third writer is waitlisted and takes Arnhem instead; the mail says she
    # was on the waiting list and carries a new invite, not "U bent afgemeld" / "de oude afspraak vervalt".
    for n, who in enumerate(("een@gemeente.example", "twee@gemeente.example"), 1):
        write(running, "Ik kom graag naar Breda.", sender=who, name=f"Deelnemer {n}")
        mails(running, n)
    write(running, "Ik kom graag naar Breda.", sender="drie@gemeente.example", name="Deelnemer Drie")
    waitlisted = mails(running, 3)[2]
    assert kind(waitlisted) == "waitlisted" and not waitlisted.invites
    write(running, "Ja, dan Arnhem.", sender="drie@gemeente.example", name="Deelnemer Drie", reply_to=waitlisted)
    moved = mails(running, 4)[3]
    assert kind(moved) == "moved" and "wachtlijst" in moved.text
    assert "afgemeld" not in moved.text and "vervalt" not in moved.text and "U gaat niet meer" not in moved.text
    [invite] = moved.invites
    assert invite.method == "REQUEST" and local(invite.dtstart) == (6, 18, 14, 0)


def test_asking_again_recovers_a_lost_invite(running: Running) -> None:
    # "Already registered" carries the invite again: same UID, same SEQUENCE (nothing changed).
    write(running, "Ik wil graag aansluiten in Haarlem.")
    first = mails(running, 1)[0].invites[0]
    write(running, "Ik wil graag aansluiten in Haarlem. Ik kan de uitnodiging niet meer vinden.")
    again = mails(running, 2)[1]
    assert kind(again) == "already_registered"
    assert [(i.method, i.uid, i.sequence) for i in again.invites] == [("REQUEST", first.uid, 0)]
