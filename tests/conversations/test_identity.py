"""Conversations about who is who (issue 10): each thread goes in through the real SMTP intake and is
judged only by the mails that come out of the real relay (recipients, kind, invite) and the review queue.

The threads: a stranger or a forged From cannot cancel someone (1, 2), people named without an address,
per-person sessions and "mezelf" (3-5), the sender's address is never taken from the display name (6),
our own text pasted back never acts (7), one mail cannot mail hundreds of strangers (8), the daily limit
never hides a change (9), a bare reply to our mail is understood (15), a bounced participant is reviewed
and answered again when they write (16), and no backscatter (17).
"""

from __future__ import annotations

import smtplib
import time
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from sqlalchemy import func, select

from mailflow.db.models import InboundMessage, OutboundMessage, ReviewItem
from mailflow.review import queue as review
from service_kit import Mail, Running, service

TO = "d-loket@vng.example"
JAN = "j.jansen@gemeente.example"
BRAM = "b.visser@gemeente.example"
TRUST = '[trust]\nauthserv_id = ["mx.vng.example"]\n'


@dataclass
class Thread:
    """One conversation with a running service: send mail in, read what came out since the last look."""

    running: Running
    seen: int = 0

    def send(
        self,
        body: str,
        *,
        sender: str = JAN,
        name: str | None = "Jan Jansen",
        subject: str = "Aanmelding",
        envelope: str | None = None,
        headers: tuple[tuple[str, str], ...] = (),
        raw: bytes | None = None,
    ) -> str:
        msg = EmailMessage()
        msg["From"] = f"{name} <{sender}>" if name else sender
        msg["To"], msg["Subject"], msg["Date"] = TO, subject, formatdate(localtime=True)
        msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2])
        for key, value in headers:
            msg[key] = value
        msg.set_content(body)
        with smtplib.SMTP("127.0.0.1", self.running.port, timeout=10) as smtp:
            smtp.sendmail(sender if envelope is None else envelope, [TO], raw if raw is not None else msg.as_bytes())
        return str(msg["Message-ID"])

    def reply(self, to: Mail, body: str, *, sender: str = JAN, quote: bool = False) -> str:
        """Answer one of our mails as a mail client does: In-Reply-To and References, optionally quoted."""
        ours = str(to.msg["Message-ID"])
        text = body + ("\n\n" + "\n".join("> " + line for line in to.text.splitlines()) if quote else "")
        return self.send(
            text, sender=sender, subject=f"Re: {to.subject}", headers=(("In-Reply-To", ours), ("References", ours))
        )

    def mails(self, timeout: float = 20.0) -> list[Mail]:
        """Every mail that came out since the last call, once the service has nothing left to do."""
        deadline = time.monotonic() + timeout
        while True:
            with self.running.app.factory() as db:
                busy = db.scalar(
                    select(func.count())
                    .select_from(InboundMessage)
                    .where(InboundMessage.state.in_(("new", "processing", "failed")))
                )
                queued = db.scalar(
                    select(func.count())
                    .select_from(OutboundMessage)
                    .where(OutboundMessage.state.in_(("queued", "sending")))
                )
                sent = db.scalar(
                    select(func.count()).select_from(OutboundMessage).where(OutboundMessage.state == "sent")
                )
            if (
                not busy and not queued and len(self.running.relay.messages) >= (sent or 0)
            ) or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        out = [Mail.parse(*m) for m in self.running.relay.messages[self.seen :]]
        self.seen += len(out)
        return out

    def review(self) -> list[ReviewItem]:
        with self.running.app.factory() as db:
            return review.list_open(db)


def kind(m: Mail) -> str:
    return str(m.msg["X-Mailflow-Kind"])


def summary(mails: list[Mail]) -> list[tuple[str, tuple[str, ...]]]:
    """(kind, recipients) of each mail, sorted: what a conversation test compares."""
    return sorted((kind(m), m.rcpts) for m in mails)


def registered(t: Thread, body: str = "Ik wil graag aansluiten in Arnhem.", sender: str = JAN) -> Mail:
    t.send(body, sender=sender)
    [confirmation] = t.mails()
    assert (kind(confirmation), confirmation.rcpts) == ("confirmation", (sender,))
    return confirmation


def codes(t: Thread) -> list[str]:
    return [(i.candidates or {}).get("code", "") for i in t.review()]


# --------------------------------------------------------------------------
# 1, 2: who may cancel


def test_a_stranger_cannot_cancel_jan_who_is_asked_and_confirms(running: Running) -> None:
    # point 1: the stranger's request changes nothing; Jan is asked at his own address, the stranger only
    # hears it was received (without Jan's data); Jan's "ja" cancels, with the same calendar UID
    t = Thread(running)
    confirmation = registered(t)
    [invite] = confirmation.invites
    t.send(
        f"Graag de aanmelding van {JAN} voor Arnhem annuleren.",
        sender="stranger@evil.example",
        name=None,
        subject="Annulering",
    )
    out = t.mails()
    assert summary(out) == [("confirm_request", (JAN,)), ("request_received", ("stranger@evil.example",))]
    told = next(m for m in out if kind(m) == "request_received")
    assert JAN not in told.text and "Arnhem" not in told.text and not told.cc
    question = next(m for m in out if kind(m) == "confirm_request")
    assert "stranger@evil.example" in question.text and not question.invites
    assert codes(t) == ["unproven"]
    t.reply(question, "Ja, dat klopt.")
    [cancelled] = t.mails()
    assert (kind(cancelled), cancelled.rcpts) == ("cancelled", (JAN,))
    [cancel] = cancelled.invites
    assert (cancel.method, cancel.uid, cancel.sequence, cancel.dtstart) == ("CANCEL", invite.uid, 1, invite.dtstart)
    assert t.review() == []


def test_a_no_to_our_question_keeps_the_registration(running: Running) -> None:
    # Jan says "nee": nothing changes, nothing more is sent, the request leaves the queue
    t = Thread(running)
    registered(t)
    t.send(f"Graag de aanmelding van {JAN} voor Arnhem annuleren.", sender="stranger@evil.example", name=None)
    question = next(m for m in t.mails() if kind(m) == "confirm_request")
    t.reply(question, "Nee, dat was ik niet.")
    assert t.mails() == [] and t.review() == []


def test_a_forged_from_with_a_reply_to_reaches_the_real_person_only(running: Running) -> None:
    # point 2: From Bram, Reply-To and envelope the attacker: Bram keeps his place and is asked, the attacker
    # hears nothing
    t = Thread(running)
    registered(t, "Ik kom graag naar Breda.", sender=BRAM)
    t.send(
        "Ik moet helaas afzeggen voor Breda",
        sender=BRAM,
        name="Bram Visser",
        envelope="attacker@evil.example",
        headers=(("Reply-To", "attacker@evil.example"),),
        subject="Afmelding",
    )
    out = t.mails()
    assert summary(out) == [("confirm_request", (BRAM,))]
    assert all("attacker@evil.example" not in m.rcpts for m in out)
    assert codes(t) == ["unproven"]


def test_a_reply_to_our_confirmation_cancels_at_once(running: Running) -> None:
    # the reply carries our unguessable Message-ID: proof enough, and it names the registration
    t = Thread(running)
    confirmation = registered(t)
    t.reply(confirmation, "Ik moet helaas afzeggen voor Arnhem.", quote=True)
    [cancelled] = t.mails()
    assert (kind(cancelled), cancelled.rcpts, cancelled.invites[0].method) == ("cancelled", (JAN,), "CANCEL")


def test_a_bare_reply_without_the_quote_is_understood(running: Running) -> None:
    # point 15: "Ik moet helaas afzeggen" with In-Reply-To only: our mail says which registration
    t = Thread(running)
    confirmation = registered(t)
    [invite] = confirmation.invites
    t.reply(confirmation, "Ik moet helaas afzeggen")
    [cancelled] = t.mails()
    assert kind(cancelled) == "cancelled" and cancelled.invites[0].uid == invite.uid
    assert t.review() == []


def test_a_trusted_dmarc_pass_cancels_and_an_untrusted_one_does_not(tmp_path: Path) -> None:
    # only our receiving system's Authentication-Results count ([trust] authserv_id)
    with service(tmp_path, TRUST) as running:
        t = Thread(running)
        registered(t)
        forged = "elsewhere.example; dmarc=pass header.from=gemeente.example"
        t.send("Ik moet helaas afzeggen voor Arnhem.", headers=(("Authentication-Results", forged),))
        assert summary(t.mails()) == [("confirm_request", (JAN,))]
        real = "mx.vng.example; dkim=pass header.d=gemeente.example; dmarc=pass header.from=gemeente.example"
        t.send("Ik moet helaas afzeggen voor Arnhem.", headers=(("Authentication-Results", real),))
        assert summary(t.mails()) == [("cancelled", (JAN,))]


# --------------------------------------------------------------------------
# 3-6: who is registered


def test_a_person_named_without_an_address_goes_to_review(running: Running) -> None:
    # point 3: "Wethouder Bos" has no address: nobody is registered, and the sender is not taken instead
    t = Thread(running)
    t.send("Wethouder Bos komt graag naar Utrecht.", sender="p.devries@gemeente.example", name="Petra de Vries")
    assert summary(t.mails()) == [("review_ack", ("p.devries@gemeente.example",))] and len(t.review()) == 1


def test_people_going_to_different_sessions_go_to_review(running: Running) -> None:
    # point 4: per-person sessions cannot be booked as one set
    t = Thread(running)
    t.send(
        "Ik ga naar Utrecht en mijn collega Quinten Hendriks (q.hendriks@gemeente.example) gaat naar Haarlem.",
        sender="p.devries@gemeente.example",
        name="Petra de Vries",
    )
    assert summary(t.mails()) == [("review_ack", ("p.devries@gemeente.example",))] and len(t.review()) == 1


def test_myself_and_a_colleague_each_get_their_own_confirmation(running: Running) -> None:
    # point 5: "mezelf" registers the sender; the colleague's own confirmation says who registered him
    t = Thread(running)
    t.send(
        "Graag meld ik mezelf en mijn collega Quinten Hendriks (q.hendriks@gemeente.example) aan voor Haarlem.",
        sender="p.devries@gemeente.example",
        name="Petra de Vries",
    )
    out = t.mails()
    assert summary(out) == [
        ("confirmation", ("p.devries@gemeente.example",)),
        ("confirmation", ("q.hendriks@gemeente.example",)),
    ]
    quinten = next(m for m in out if m.rcpts == ("q.hendriks@gemeente.example",))
    assert "Petra de Vries (p.devries@gemeente.example) heeft u aangemeld" in quinten.text and not quinten.cc
    assert all(i.method == "REQUEST" for m in out for i in m.invites)


def test_someone_registered_by_another_is_told_who_did_it(running: Running) -> None:
    # the mayor gets his own confirmation with the invite, the secretary a separate note without one
    t = Thread(running)
    t.send(
        "Graag meld ik de burgemeester (burgemeester@gemeente.example) aan voor Utrecht.",
        sender="p.devries@gemeente.example",
        name="Petra de Vries",
    )
    out = t.mails()
    assert summary(out) == [
        ("confirmation", ("burgemeester@gemeente.example",)),
        ("registered_others", ("p.devries@gemeente.example",)),
    ]
    mayor = next(m for m in out if kind(m) == "confirmation")
    note = next(m for m in out if kind(m) == "registered_others")
    assert "Petra de Vries (p.devries@gemeente.example) heeft u aangemeld" in mayor.text
    assert mayor.invites[0].method == "REQUEST"
    assert not note.invites and not mayor.cc and not note.cc


def test_the_address_is_never_taken_from_the_display_name(running: Running) -> None:
    # point 6: an encoded display name that decodes to an address is only a name
    t = Thread(running)
    raw = (
        b"From: =?utf-8?q?victim10=40evil=2Etest?= <i10@senders.example>\r\nTo: "
        + TO.encode()
        + b"\r\nSubject: Aanmelding\r\nMessage-ID: <i10@senders.example>\r\nDate: "
        + formatdate().encode()
        + b"\r\n\r\nIk wil graag aansluiten in Utrecht.\r\n"
    )
    t.send("", sender="i10@senders.example", raw=raw)
    [confirmation] = t.mails()
    assert (kind(confirmation), confirmation.rcpts) == ("confirmation", ("i10@senders.example",))


# --------------------------------------------------------------------------
# 7-9: our own text, many strangers, the daily limit


def test_our_own_text_echoed_or_forwarded_never_cancels(running: Running) -> None:
    # point 7: an autoresponder echo without quote marks and a forward with our confirmation pasted in
    # both contain 'Beantwoord dan deze e-mail met "afmelden"'; neither cancels, and Jan still can
    t = Thread(running)
    confirmation = registered(t)
    t.send("Bedankt voor uw bericht.\n\n" + confirmation.text, subject="Re: " + confirmation.subject)
    t.send("Ter info, zie hieronder.\n\n" + confirmation.text, subject="Fwd: " + confirmation.subject)
    assert [kind(m) for m in t.mails()] == []
    t.reply(confirmation, "Ik moet helaas afzeggen.")
    assert [kind(m) for m in t.mails()] == ["cancelled"]


def test_one_mail_naming_many_colleagues_mails_none_of_them(running: Running) -> None:
    # point 8: twenty colleagues with addresses: held for a person before anyone is mailed
    t = Thread(running)
    names = "\n".join(f"- Collega {n} (collega{n}@gemeente.example)" for n in range(20))
    t.send(
        f"Graag meld ik de volgende collega's aan voor Utrecht:\n{names}",
        sender="p.devries@gemeente.example",
        name="Petra de Vries",
    )
    assert summary(t.mails()) == [("review_ack", ("p.devries@gemeente.example",))] and codes(t) == ["many_others"]


def test_the_daily_limit_never_hides_a_change(running: Running) -> None:
    # point 9: after 10 mails to Jan in 24 hours, his cancellation waits in review instead of happening unseen
    t = Thread(running)
    confirmation = registered(t)
    for _ in range(9):
        t.send("Ik wil graag aansluiten in Arnhem.")
    assert [kind(m) for m in t.mails()] == ["already_registered"] * 9
    t.reply(confirmation, "Ik moet helaas afzeggen.")
    assert t.mails() == [] and codes(t) == ["daily_limit"]


# --------------------------------------------------------------------------
# 16, 17: bounces and backscatter


def test_a_bounced_participant_is_reviewed_and_answered_when_they_write(running: Running) -> None:
    # point 16: the permanent bounce of Jan's confirmation becomes a review item; his own later mail is
    # handled normally and answered
    t = Thread(running)
    confirmation = registered(t)
    dsn = (
        f"From: Mail Delivery System <MAILER-DAEMON@gemeente.example>\r\nTo: {TO}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn1@gemeente.example>\r\n"
        f"Date: {formatdate()}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nYour mail could not be delivered.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; gemeente.example\r\n\r\n"
        f"Final-Recipient: rfc822; {JAN}\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--b--\r\n"
    ).encode()
    t.send("", sender="", raw=dsn)
    assert t.mails() == [] and codes(t) == ["bounce_participant"]
    t.reply(confirmation, "Ik moet helaas afzeggen voor Arnhem.")
    assert summary(t.mails()) == [("cancelled", (JAN,))]


def test_a_null_return_path_is_never_answered(running: Running) -> None:
    # point 17: MAIL FROM:<> is for automatic mail; a person decides, nobody is mailed
    t = Thread(running)
    t.send("Ik wil graag aansluiten in Utrecht.", envelope="")
    assert t.mails() == [] and codes(t) == ["null_sender"]


def test_a_failed_sender_check_holds_the_mail_without_a_reply(tmp_path: Path) -> None:
    # point 17: DMARC failed according to our own receiving system
    with service(tmp_path, TRUST) as running:
        t = Thread(running)
        t.send(
            "Ik wil graag aansluiten in Utrecht.",
            headers=(("Authentication-Results", "mx.vng.example; dmarc=fail header.from=gemeente.example"),),
        )
        assert t.mails() == [] and codes(t) == ["sender_check"]


def test_a_reply_to_in_another_domain_is_not_answered(running: Running) -> None:
    # point 17: the confirmation goes to the registered From address, never to a third party's Reply-To
    t = Thread(running)
    t.send("Ik wil graag aansluiten in Utrecht.", headers=(("Reply-To", "someone@elsewhere.example"),))
    assert summary(t.mails()) == [("confirmation", (JAN,))]
