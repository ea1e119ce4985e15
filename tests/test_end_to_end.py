"""The whole loop over real peers: SMTP into `serve`, a registration, a confirmation at a real relay."""

from __future__ import annotations

import email
import email.policy
import smtplib
import time
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import select

from mailflow.db.models import InboundMessage, Registration, ReviewItem, SessionRow

from service_kit import ROOT, Running, service, worker_processes  # noqa: F401 - fixtures and helpers


def test_registration_mail_becomes_confirmation_with_invite(running: Running) -> None:
    # The core promise: a plain Dutch mail in, a Dutch confirmation with a valid invite out.
    mid = running.send("Goedemiddag,\n\nIk wil graag aansluiten in Utrecht.\n\nGroet, Petra")
    [(mail_from, rcpts, raw)] = running.wait_for_relay(1)
    assert rcpts == ["p.devries@gemeente.example"]
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["In-Reply-To"] == mid and mid in msg["References"]
    assert msg["Auto-Submitted"] == "auto-replied"
    text = msg.get_body(("plain",)).get_content()
    assert "Utrecht" in text and "juni 2030" in text
    cal_parts = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    assert cal_parts and cal_parts[0].get_param("method") == "REQUEST"
    cal = icalendar.Calendar.from_ical(cal_parts[0].get_content())
    assert cal["METHOD"] == "REQUEST"
    [vevent] = [c for c in cal.walk("VEVENT")]
    assert "p.devries@gemeente.example" in str(vevent["ATTENDEE"]).lower()
    assert "d-loket@vng.example" in str(vevent["ORGANIZER"]).lower()
    with running.app.factory() as db:
        reg = db.execute(select(Registration, SessionRow).join(SessionRow)).one()
        assert reg.SessionRow.key == "dia-demo-utrecht" and reg.Registration.status == "confirmed"
        assert str(vevent["UID"]) == reg.Registration.calendar_uid


def test_same_message_twice_is_processed_once(running: Running) -> None:
    # An MTA that retries after a lost 250 must not produce a second registration or reply.
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a.bakker@gemeente.example", "d-loket@vng.example", "Haarlem"
    msg["Message-ID"] = make_msgid(domain="gemeente.example")
    msg.set_content("Ik kom graag naar de sessie in Haarlem.")
    raw = msg.as_bytes()
    running.send("", raw=raw, sender="a.bakker@gemeente.example")
    running.send("", raw=raw, sender="a.bakker@gemeente.example")
    running.wait_for_relay(1)
    time.sleep(1.0)
    assert len(running.relay.messages) == 1
    with running.app.factory() as db:
        assert len(db.scalars(select(Registration)).all()) == 1


def test_bad_input_gets_answers_and_service_keeps_running(running: Running) -> None:
    # Wrong address, broken MIME and an empty mail: the right SMTP answers, review items, no crash.
    with smtplib.SMTP("127.0.0.1", running.port, timeout=10) as smtp:
        with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
            smtp.sendmail("x@gemeente.example", ["info@elders.example"], b"Subject: x\r\n\r\nhi\r\n")
        assert refused.value.recipients["info@elders.example"][0] == 550
        broken = (
            b"From: x@gemeente.example\r\nTo: d-loket@vng.example\r\nSubject: kapot\r\n"
            b"Message-ID: <broken@gemeente.example>\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/mixed; boundary="nope\r\n\r\n--zzz\r\n\xff\xfe garbage\r\n'
        )
        smtp.sendmail("x@gemeente.example", ["d-loket@vng.example"], broken)
        empty = b"From: y@gemeente.example\r\nTo: d-loket@vng.example\r\nMessage-ID: <empty@gemeente.example>\r\n\r\n"
        smtp.sendmail("y@gemeente.example", ["d-loket@vng.example"], empty)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with running.app.factory() as db:
            states = db.scalars(select(InboundMessage.state)).all()
        if states and all(s not in ("new", "processing") for s in states):
            break
        time.sleep(0.1)
    with running.app.factory() as db:
        assert sorted(db.scalars(select(InboundMessage.state)).all()) == ["review", "review"]
        assert len(db.scalars(select(ReviewItem)).all()) == 2
    running.send("Ik wil graag aansluiten in Arnhem.", sender="z@gemeente.example")
    assert len(running.wait_for_relay(1)) == 1


def test_oversized_message_is_refused(running: Running) -> None:
    # Over max_message_size (1 MB here): 552, and the next client is served.
    big = b"Subject: big\r\n\r\n" + (b"x" * 998 + b"\r\n") * 1200
    with smtplib.SMTP("127.0.0.1", running.port, timeout=30) as smtp:
        with pytest.raises(smtplib.SMTPException) as err:
            smtp.sendmail("x@gemeente.example", ["d-loket@vng.example"], big)
        assert "552" in str(err.value)
    running.send("Ik wil graag aansluiten in Assen.", sender="q@gemeente.example")
    assert len(running.wait_for_relay(1)) == 1


def test_full_session_waitlist_then_move_by_reply(running: Running) -> None:
    # Breda has two places in the demo: the third person is waitlisted, offered other cities,
    # and "ja, dan Arnhem" in reply moves her there with a new invite.
    for who in ("een@gemeente.example", "twee@gemeente.example"):
        running.send("Ik kom graag naar Breda.", sender=who)
    running.wait_for_relay(2)
    running.send("Ik kom graag naar Breda.", sender="drie@gemeente.example")
    relayed = running.wait_for_relay(3)
    waitlisted = email.message_from_bytes(relayed[2][2], policy=email.policy.default)
    assert waitlisted["X-Mailflow-Kind"] == "waitlisted"
    assert "Arnhem" in waitlisted.get_body(("plain",)).get_content()
    reply = EmailMessage()
    reply["From"], reply["To"] = "drie@gemeente.example", "d-loket@vng.example"
    reply["Subject"] = f"Re: {waitlisted['Subject']}"
    reply["Message-ID"] = make_msgid(domain="gemeente.example")
    reply["In-Reply-To"] = waitlisted["Message-ID"]
    reply["References"] = waitlisted["Message-ID"]
    reply.set_content("Ja, dan Arnhem.\n\nGroet, Drie")
    running.send("", raw=reply.as_bytes(), sender="drie@gemeente.example")
    moved = email.message_from_bytes(running.wait_for_relay(4)[3][2], policy=email.policy.default)
    assert moved["X-Mailflow-Kind"] == "moved"
    with running.app.factory() as db:
        rows = db.execute(
            select(SessionRow.key, Registration.status).join(Registration).where(Registration.status != "cancelled")
        ).all()
    assert sorted(rows) == [
        ("dia-demo-arnhem", "confirmed"),
        ("dia-demo-breda", "confirmed"),
        ("dia-demo-breda", "confirmed"),
    ]


def test_a_killed_worker_process_is_replaced_and_no_mail_is_lost(tmp_path: Path) -> None:
    # The worker runs in its own process; if the OS kills it, serve starts another and goes on.
    import os
    import signal

    from sqlalchemy import update

    from mailflow.intake.store import Incoming, store_batch
    from mailflow.pipeline import worker_identity

    with service(tmp_path, "[worker]\nprocesses = 1\n") as running:
        [child] = worker_processes(1)
        # two messages the child had claimed when it was killed: one in hand, one not yet started
        with running.app.factory() as db, db.begin():  # one transaction: the child never sees them "new"
            conn = db.connection()
            in_hand, waiting = (
                a.id
                for a in store_batch(
                    conn,
                    [
                        Incoming(
                            f"From: a{n}@x.nl\r\nTo: d-loket@vng.example\r\nMessage-ID: <held{n}@x.nl>\r\n\r\n"
                            "Ik kom naar Utrecht.\r\n".encode(),
                            "test",
                        )
                        for n in (1, 2)
                    ],
                )
            )
            conn.execute(
                update(InboundMessage)
                .where(InboundMessage.id.in_([in_hand, waiting]))
                .values(state="processing", claimed_by=worker_identity(child.pid))
            )
        os.kill(child.pid, signal.SIGKILL)
        child.join(5)
        running.send("Ik wil graag aansluiten in Utrecht.")
        assert len(running.wait_for_relay(2, timeout=30)) == 2  # the new mail and the released one
        [again] = worker_processes(1)
        assert again.pid != child.pid
        with running.app.factory() as db:
            assert db.get_one(InboundMessage, in_hand).state == "failed"  # retried after retry_after
            assert db.get_one(InboundMessage, waiting).state == "processed"
    assert worker_processes(0) == []


def test_a_worker_process_outlives_a_stray_sigterm_and_stops_with_serve(tmp_path: Path) -> None:
    # A service manager signals the whole group; the child must finish its message and stop
    # when serve tells it to, not half-way (the teardown checks that none is left running).
    import os
    import signal

    with service(tmp_path, "[worker]\nprocesses = 1\n") as running:
        [child] = worker_processes(1)
        os.kill(child.pid, signal.SIGTERM)
        time.sleep(0.5)
        assert child.is_alive()
        running.send("Ik wil graag aansluiten in Utrecht.")
        assert len(running.wait_for_relay(1)) == 1


def test_processes_zero_keeps_the_worker_in_the_serve_process(tmp_path: Path) -> None:
    with service(tmp_path, "[worker]\nprocesses = 0\n") as running:
        running.send("Ik wil graag aansluiten in Haarlem.")
        assert len(running.wait_for_relay(1)) == 1
        assert worker_processes(0, timeout=0) == []
