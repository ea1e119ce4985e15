"""The organisers' campaign pages in a real browser (Debian's Chromium via Playwright) against a real serve.

An organiser writes a campaign in the form (first with a misspelt variable, which the
form shows with the text kept), previews it, sends it and follows the progress page
until the relay has every mail. axe-core checks each campaign page, in Dutch and in
English, for serious and critical WCAG 2.1 A/AA violations (the same check as
tests/test_web_browser.py, in its own file so the other staff pages' list stays as it is).
"""

from __future__ import annotations

from typing import Any

import pytest

from browser_kit import axe_violations, staff_page
from campaign_kit import seed
from mailflow.staff.accounts import add
from service_kit import Running

pytestmark = pytest.mark.peer("chromium")
PASSWORD = "correct horse battery staple"


def organiser(running: Running, email: str = "org@vng.example") -> str:
    with running.app.factory() as db, db.begin():
        add(db, email, PASSWORD, "organiser", name="Olga Organisator")
    return email


def test_write_preview_send_and_follow_a_campaign_with_accessible_pages(
    running: Running, chromium: Any, axe_source: str
) -> None:
    people = seed(running.app.factory, "dia-demo-utrecht", 3)
    page = staff_page(chromium, running.web_url, organiser(running), PASSWORD)
    found: dict[str, list[dict[str, Any]]] = {}
    page.click("nav a[href='/campaigns']")
    found["events"] = axe_violations(page, axe_source)
    page.click("a[href='/campaigns/dia-demo']")
    page.click("a[href='/campaigns/dia-demo/new']")
    found["new"] = axe_violations(page, axe_source)

    page.check("label:has-text('Regionale ontwerpsessie Midden-west')")
    page.fill("#c-subject", "Programma {{ event.title }}")
    page.fill("#c-body", "Het programma voor {{ sesion.title }} volgt.")
    page.click("form.campaign button[type=submit]")
    assert "body: unknown variable sesion" in page.inner_text("[role=alert]")
    assert page.input_value("#c-subject") == "Programma {{ event.title }}"
    found["new with error"] = axe_violations(page, axe_source)

    page.fill("#c-body", "Het programma voor {{ session.title }} volgt.")
    page.click("form.campaign button[type=submit]")
    assert "Klaar: campagne aangemaakt." in page.inner_text("[role=status]")
    assert "Beste Deelnemer 0," in page.inner_text("pre.mailtext")
    page.select_option("#p-to", "p2@example.org")
    page.click("form.filters button[type=submit]")
    assert "Beste Deelnemer 2," in page.inner_text("pre.mailtext")
    found["campaign"] = axe_violations(page, axe_source)

    page.click("form.campaign-send button")
    assert "/progress" in page.url
    found["progress"] = axe_violations(page, axe_source)
    # The small script swaps in fresh counts without a reload, until the campaign is done.
    page.evaluate("window.notReloaded = true")
    page.wait_for_function(
        "document.querySelector('td.n-sent').textContent === '3' && !document.getElementById('live').dataset.refresh",
        timeout=30_000,
    )
    assert page.evaluate("window.notReloaded") is True
    assert "klaar" in page.inner_text("#live-summary") and page.locator("tr.rs-sent").count() == 3
    assert sorted(r for m in running.wait_for_relay(3) for r in m[1]) == people

    page.goto(f"{running.web_url}/lang/en?next=/campaigns/dia-demo")
    assert page.locator("html").get_attribute("lang") == "en" and "Campaigns" in page.inner_text("h1")
    found["list (en)"] = axe_violations(page, axe_source)
    page.click("tbody a")
    found["campaign (en)"] = axe_violations(page, axe_source)
    assert {k: v for k, v in found.items() if v} == {}
