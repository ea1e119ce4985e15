"""Staff hear of new items by mail and answer with a short decision, through the real intake and relay."""

from __future__ import annotations

import email.utils
import time
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import select

from mailflow.db.models import ReviewItem
from service_kit import Mail, Running, service

SECRETARIAT = "secretariaat@vng.example"
STAFF_MAIL = f'[staff]\nnotify = "{SECRETARIAT}"\naddresses = ["{SECRETARIAT}"]\n'


def of_kind(running: Running, kind: str, n: int, timeout: float = 20.0) -> list[Mail]:
    """The relay's mails of one kind (X-Mailflow-Kind), once there are ``n``; the digest may come too."""
    deadline = time.monotonic() + timeout
    while True:
        found = [m for m in (Mail.parse(*x) for x in list(running.relay.messages)) if m.msg["X-Mailflow-Kind"] == kind]
        if len(found) >= n or time.monotonic() > deadline:
            return found


def notice(running: Running, n: int) -> Mail:
    """The n-th staff notice the relay got, once it is there."""
    return of_kind(running, "staff_notice", n)[n - 1]


def answer(running: Running, to_notice: Mail, body: str, *, sender: str = SECRETARIAT) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"] = sender, str(to_notice.msg["Reply-To"])
    msg["Subject"] = f"Re: {to_notice.subject}"
    msg["Message-ID"] = email.utils.make_msgid(domain="vng.example")
    msg["In-Reply-To"] = str(to_notice.msg["Message-ID"])
    msg.set_content(body + "\n\n> " + to_notice.text.replace("\n", "\n> "))
    running.send("", raw=bytes(msg), sender=sender, to=str(to_notice.msg["Reply-To"]))


def resolved_by(running: Running, timeout: float = 20.0) -> list[str | None]:
    deadline = time.monotonic() + timeout
    while True:
        with running.app.factory() as db:
            found = list(db.scalars(select(ReviewItem.resolved_by)))
        if any(found) or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


def test_notice_then_inschrijven_venlo_registers_and_confirms(tmp_path: Path) -> None:
    # The unclear mail is mailed to the secretariat with its candidates; "inschrijven Venlo" registers the
    # participant for Venlo (confirmation with invite) and the staff member hears it was done.
    with service(tmp_path, STAFF_MAIL) as running:
        running.send("Goedemiddag, ik wil mij graag aanmelden voor de ontwerpsessie.", subject="Aanmelding")
        first = notice(running, 1)
        assert first.to == [SECRETARIAT] and "+review-" in str(first.msg["Reply-To"])
        assert "Venlo" in first.text and "inschrijven Venlo" in first.text and "/review/1" in first.text
        answer(running, first, "inschrijven Venlo")
        [confirmation] = of_kind(running, "confirmation", 1)
        assert confirmation.to == ["p.devries@gemeente.example"]
        assert [i.method for i in confirmation.invites] == ["REQUEST"]
        assert "Gedaan voor bericht #1" in notice(running, 2).text
        assert resolved_by(running) == [SECRETARIAT]


def test_an_unclear_answer_comes_back_as_a_question_and_a_forged_one_is_ignored(tmp_path: Path) -> None:
    with service(tmp_path, STAFF_MAIL) as running:
        running.send("Goedemiddag, ik wil mij graag aanmelden voor de ontwerpsessie.", subject="Aanmelding")
        first = notice(running, 1)
        answer(running, first, "akkoord", sender="mallory@gemeente.example")  # not a staff address
        answer(running, first, "misschien later?")
        question = notice(running, 2)
        assert question.to == [SECRETARIAT] and "begreep uw antwoord" in question.text
        assert "Venlo" in question.text
        time.sleep(1.0)
        assert len(of_kind(running, "staff_notice", 3, timeout=0)) == 2  # nothing went to mallory
        assert not [
            m for m in (Mail.parse(*x) for x in running.relay.messages) if "mallory@gemeente.example" in m.rcpts
        ]
        assert resolved_by(running, timeout=0.5) == [None]


def test_short_decisions_are_read_from_the_staff_members_own_lines() -> None:
    # Only the lines above the quoted notice count; a place must name exactly one candidate.
    import datetime as dt

    from mailflow.review.claim import Claim
    from mailflow.review.detail import Choice, ItemDetail
    from mailflow.decide.types import Proposal
    from mailflow.staff.by_mail import own_words, parse_decision

    def choice(key: str, city: str, proposed: bool = False) -> Choice:
        return Choice(key, f"Sessie {city}", city, None, 10, 0, proposed)

    item = ItemDetail(
        1,
        "open",
        "unknown_session",
        "r",
        [],
        "dia",
        dt.datetime.now(dt.timezone.utc),
        None,
        None,
        Proposal("register"),
        None,
        [],
        {},
        [choice("s-assen", "Assen", True), choice("s-venlo", "Venlo")],
        [],
        [],
        Claim(None, None, False),
        None,
    )
    read = lambda text: parse_decision(own_words(text), item)  # noqa: E731
    assert read("akkoord\n\nOp 2 dec. 2026 schreef mailflow:\n> inschrijven Venlo").sessions == ("s-assen",)
    assert read("Akkoord Venlo.").sessions == ("s-venlo",)
    assert read("inschrijven assen").verb == "register"
    assert read("wachtlijst").verb == "waitlist"
    assert read("negeren").verb == "ignore"
    assert (
        read("antwoord: Beste Petra,\nJa, er is parkeergelegenheid.\n\n> quote").text
        == "Beste Petra,\nJa, er is parkeergelegenheid."
    )
    assert read("inschrijven Zwolle") is None and read("misschien?") is None and read("> alleen quote") is None


def test_the_digest_is_due_once_its_time_has_passed() -> None:
    import datetime as dt

    from mailflow.config import Settings, Staff
    from mailflow.staff.schedule import digest_due

    s = Settings(path=None, staff=Staff(notify=SECRETARIAT, digest_time="07:30"))
    assert digest_due(s, dt.datetime(2026, 12, 2, 6, 0, tzinfo=dt.timezone.utc)) is None  # 07:00 local
    assert digest_due(s, dt.datetime(2026, 12, 2, 6, 31, tzinfo=dt.timezone.utc)) == "2026-12-02"
    assert digest_due(Settings(path=None), dt.datetime(2026, 12, 2, 12, tzinfo=dt.timezone.utc)) is None
