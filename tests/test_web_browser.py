"""The staff pages in a real browser (Debian's Chromium via Playwright) against a real serve.

Mail goes in through the SMTP intake, staff act in the browser, and each test is
judged by what the relay receives and what the pages say. axe-core checks the main
pages for serious and critical WCAG 2.1 A/AA violations. With
MAILFLOW_SCREENSHOTS=1 the queue and an item are saved to docs/ (README images).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from browser_kit import axe_violations, staff_page
from mailflow.db.models import Registration, ReviewItem
from mailflow.staff.accounts import add
from service_kit import Running, mails

pytestmark = pytest.mark.peer("chromium")
PASSWORD = "correct horse battery staple"
DOCS = Path(__file__).resolve().parent.parent / "docs"


def add_staff(running: Running, email: str, role: str = "secretariat") -> str:
    with running.app.factory() as db, db.begin():
        add(db, email, PASSWORD, role, name=email.split("@")[0].title())
    return email


def wait_for_item(running: Running, n: int = 1, timeout: float = 20.0) -> list[int]:
    """The open review items once ``n`` exist (the worker holds them after the mail came in)."""
    deadline = time.monotonic() + timeout
    while True:
        with running.app.factory() as db:
            ids = list(db.scalars(select(ReviewItem.id).where(ReviewItem.status == "open").order_by(ReviewItem.id)))
        if len(ids) >= n or time.monotonic() > deadline:
            return ids
        time.sleep(0.1)


def test_resolve_an_smtp_item_by_choosing_a_session(running: Running, chromium: Any) -> None:
    # An unclear registration comes in by SMTP; staff log in, open it from the queue, tick Venlo and
    # register: the participant's confirmation with an invite reaches the relay, the item is closed.
    running.send(
        "Goedemiddag, ik wil mij graag aanmelden voor de ontwerpsessie. Groet, Petra",
        subject="Aanmelding ontwerpsessie",
    )
    [item_id] = wait_for_item(running)
    page = staff_page(chromium, running.web_url, add_staff(running, "sec@vng.example"), PASSWORD)
    assert page.url.endswith("/review")
    page.click(f"a[href='/review/{item_id}'] >> nth=0")
    assert "Goedemiddag, ik wil mij graag aanmelden" in page.inner_text("pre.mailtext")
    page.check("label:has-text('Venlo')")
    page.click("button[name=action][value=register]")
    assert "Klaar: ingeschreven." in page.inner_text("[role=status]")
    [mail] = [
        m
        for m in mails(running, 2)
        if "p.devries@gemeente.example" in m.rcpts and m.msg["X-Mailflow-Kind"] != "review_ack"
    ]
    assert mail.msg["X-Mailflow-Kind"] == "confirmation"
    assert [i.method for i in mail.invites] == ["REQUEST"]
    with running.app.factory() as db:
        assert db.get_one(ReviewItem, item_id).resolved_by == "sec@vng.example"


def test_answer_a_question_with_free_text_in_the_writers_thread(running: Running, chromium: Any) -> None:
    # "Is er parkeergelegenheid?" gets the staff member's own words, as a reply to the question.
    message_id = running.send("Is er parkeergelegenheid bij de locatie in Utrecht?", subject="Parkeren")
    [item_id] = wait_for_item(running)
    page = staff_page(chromium, running.web_url, add_staff(running, "sec@vng.example"), PASSWORD)
    page.goto(f"{running.web_url}/review/{item_id}")
    page.fill("#answer-text", "Ja, er is een parkeergarage naast het stadhuis.")
    page.click("form.decide-answer button[type=submit]")
    assert "Klaar: beantwoord." in page.inner_text("[role=status]")
    ack, mail = mails(running, 2)  # first the automatic "we received your question"
    assert (ack.msg["X-Mailflow-Kind"], mail.msg["X-Mailflow-Kind"]) == ("review_ack", "answer")
    assert mail.to == ["p.devries@gemeente.example"]
    assert mail.msg["In-Reply-To"] == message_id and message_id in str(mail.msg["References"])
    assert mail.subject == "Re: Parkeren"
    assert "parkeergarage naast het stadhuis" in mail.text


def test_undo_a_forged_cancellation(running: Running, chromium: Any) -> None:
    # A registration is cancelled by mistake (a colleague answered the confirmation from the shared
    # mailbox); staff restore it from the registrations page and the participant gets a confirmation
    # whose invite keeps the calendar UID with a higher SEQUENCE.
    running.send("Ik wil graag aansluiten in Utrecht.")
    confirmed = mails(running, 1)[0]
    cancel = (
        f"From: p.devries@gemeente.example\r\nTo: d-loket@vng.example\r\nSubject: Re: {confirmed.subject}\r\n"
        f"Message-ID: <wrong-cancel@gemeente.example>\r\nIn-Reply-To: {confirmed.msg['Message-ID']}\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\nIk moet helaas afzeggen voor Utrecht.\r\n"
    )
    running.send("", raw=cancel.encode(), sender="p.devries@gemeente.example")
    cancelled = mails(running, 2)[1]
    assert cancelled.invites[0].method == "CANCEL"
    page = staff_page(chromium, running.web_url, add_staff(running, "sec@vng.example"), PASSWORD)
    page.goto(f"{running.web_url}/registrations/dia-demo?status=cancelled")
    page.click("tr.st-cancelled button:has-text('Terugzetten')")
    assert "Klaar: teruggezet." in page.inner_text("[role=status]")
    restored = mails(running, 3)[2]
    assert restored.msg["X-Mailflow-Kind"] == "confirmation"
    [invite] = restored.invites
    assert invite.uid == confirmed.invites[0].uid and invite.sequence > cancelled.invites[0].sequence
    with running.app.factory() as db:
        assert [r.status for r in db.scalars(select(Registration))] == ["confirmed"]


def test_a_user_without_the_right_role_is_refused(running: Running, chromium: Any) -> None:
    # The secretariat may review but not manage accounts; without login nothing but /health answers.
    page = staff_page(chromium, running.web_url, add_staff(running, "sec@vng.example"), PASSWORD)
    response = page.goto(f"{running.web_url}/accounts")
    assert response.status == 403 and "Geen toegang" in page.inner_text("h1")
    anonymous = chromium.new_context().new_page()
    anonymous.goto(f"{running.web_url}/review")
    assert "/login" in anonymous.url
    assert anonymous.goto(f"{running.web_url}/health").status == 200


def test_a_script_in_the_mail_does_not_run(running: Running, chromium: Any) -> None:
    # A mail with a script (in text and HTML, and an onerror image) is shown as text; nothing executes.
    raw = (
        "From: Mallory <mallory@gemeente.example>\r\nTo: d-loket@vng.example\r\nSubject: Vraag <script>x</script>"
        "\r\nMessage-ID: <evil@gemeente.example>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
        "Heeft u een vraag? <script>window.pwned = 1</script>\r\n--b\r\nContent-Type: text/html\r\n\r\n"
        "<p>Heeft u een vraag?<script>window.pwned = 2</script><img src=x onerror='window.pwned=3'>"
        "<img src='http://127.0.0.1:9/track.png'></p>\r\n--b--\r\n"
    ).encode()
    running.send("", raw=raw, sender="mallory@gemeente.example")
    [item_id] = wait_for_item(running)
    page = staff_page(chromium, running.web_url, add_staff(running, "sec@vng.example"), PASSWORD)
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{running.web_url}/review/{item_id}")
    page.click("details summary")
    assert page.evaluate("window.pwned === undefined")
    assert "<script>window.pwned = 1</script>" in page.inner_text("pre.mailtext")
    assert page.locator(".mailhtml script, .mailhtml img").count() == 0
    assert not [u for u in requests if not u.startswith(running.web_url)]


def test_a_form_post_without_the_csrf_token_is_refused(running: Running, chromium: Any) -> None:
    # The same form with its token removed is refused, and nothing happens to the item.
    running.send("Is er parkeergelegenheid?", subject="Parkeren")
    [item_id] = wait_for_item(running)
    page = staff_page(chromium, running.web_url, add_staff(running, "sec@vng.example"), PASSWORD)
    page.goto(f"{running.web_url}/review/{item_id}")
    page.evaluate("document.querySelectorAll('form.decide-close input[name=csrf_token]').forEach(e => e.remove())")
    with page.expect_navigation() as nav:
        page.click("form.decide-close button[value=ignore]")
    assert nav.value.status == 403
    assert "formulier is verlopen" in page.inner_text("main")
    with running.app.factory() as db:
        assert db.get_one(ReviewItem, item_id).status == "open"


def test_pages_have_no_serious_accessibility_violations(running: Running, chromium: Any, axe_source: str) -> None:
    # WCAG 2.1 AA (axe-core): login, queue, item, registrations and digest, in Dutch and English.
    running.send("Goedemiddag, ik wil mij graag aanmelden voor de ontwerpsessie.", subject="Aanmelding")
    running.send("Is er parkeergelegenheid?", subject="Parkeren", sender="jan@gemeente.example")
    first, _ = wait_for_item(running, 2)
    login = chromium.new_context(bypass_csp=True).new_page()
    login.goto(f"{running.web_url}/login")
    found = {"login": axe_violations(login, axe_source)}
    page = staff_page(chromium, running.web_url, add_staff(running, "sec@vng.example"), PASSWORD)
    for name, path in [
        ("queue", "/review"),
        ("item", f"/review/{first}"),
        ("registrations", "/registrations/dia-demo"),
        ("digest", "/digest"),
        ("junk", "/junk"),
    ]:
        page.goto(running.web_url + path)
        found[name] = axe_violations(page, axe_source)
        if os.environ.get("MAILFLOW_SCREENSHOTS") == "1" and name in ("queue", "item"):
            page.screenshot(path=str(DOCS / f"screenshot-{name}.png"), full_page=True)
    page.goto(f"{running.web_url}/lang/en?next=/review/{first}")
    assert page.locator("html").get_attribute("lang") == "en" and "Decide" in page.inner_text("main")
    found["item (en)"] = axe_violations(page, axe_source)
    assert {k: v for k, v in found.items() if v} == {}


def test_keyboard_only_login_and_visible_focus(running: Running, chromium: Any) -> None:
    # Tab from the top of the login page reaches the skip link, then the fields; Enter logs in.
    add_staff(running, "sec@vng.example")
    page = chromium.new_context().new_page()
    page.goto(f"{running.web_url}/login")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.focus("#email")
    page.keyboard.type("sec@vng.example")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/review")
