"""The accounts pages and Mijn account in a real browser (Debian's Chromium via Playwright) against a real serve.

An admin adds an account through the form (first with two different passwords, which
the form shows with everything else kept), limits it to an event and disables it; the
new colleague's browser is then sent to the login page. Every page is checked with
axe-core, in Dutch and English, for serious and critical WCAG 2.1 A/AA violations (the
same check as tests/test_web_browser.py, in its own file so that list stays as it is).
"""

from __future__ import annotations

from typing import Any

import pytest

from browser_kit import axe_violations, staff_page
from mailflow.staff.accounts import add
from service_kit import Running

pytestmark = pytest.mark.peer("chromium")
PASSWORD = "correct horse battery staple"


def admin(running: Running, email: str = "admin@vng.example") -> str:
    with running.app.factory() as db, db.begin():
        add(db, email, PASSWORD, "admin", name="Anne Admin")
    return email


def test_add_limit_and_disable_an_account_on_accessible_pages(running: Running, chromium: Any, axe_source: str) -> None:
    page = staff_page(chromium, running.web_url, admin(running), PASSWORD)
    found: dict[str, list[dict[str, Any]]] = {}
    page.click("nav a[href='/accounts']")
    found["accounts"] = axe_violations(page, axe_source)
    page.click("a[href='/accounts/new']")
    found["new"] = axe_violations(page, axe_source)

    page.fill("#a-email", "bram@vng.example")
    page.fill("#a-name", "Bram Bakker")
    page.check("#a-role-organiser")
    page.check("label:has-text('planningsdag-demo')")
    page.fill("#a-password", "een lang genoeg wachtwoord")
    page.fill("#a-password2", "een ander lang wachtwoord")
    page.click("form.account button[type=submit]")
    assert "De twee wachtwoorden zijn niet gelijk" in page.inner_text("[role=alert]")
    assert page.input_value("#a-email") == "bram@vng.example" and page.is_checked("#a-role-organiser")
    assert page.input_value("#a-password") == ""
    found["new with error"] = axe_violations(page, axe_source)

    page.fill("#a-password", "een lang genoeg wachtwoord")
    page.fill("#a-password2", "een lang genoeg wachtwoord")
    page.click("form.account button[type=submit]")
    assert "Klaar: account toegevoegd." in page.inner_text("[role=status]")
    bram = staff_page(chromium, running.web_url, "bram@vng.example", "een lang genoeg wachtwoord")
    assert bram.url.endswith("/review")

    page.click("a:has-text('bram@vng.example')")
    found["account"] = axe_violations(page, axe_source)
    page.click("form.account-active button")
    assert "Klaar: account uitgeschakeld" in page.inner_text("[role=status]")
    bram.goto(f"{running.web_url}/registrations")
    assert "/login" in bram.url

    page.click("a[href='/my-account']")
    found["my account"] = axe_violations(page, axe_source)
    page.fill("#m-current", "wrong password")
    page.fill("#m-password", "een nieuw lang wachtwoord")
    page.fill("#m-password2", "een nieuw lang wachtwoord")
    page.click("form.own-password button[type=submit]")
    assert "Uw huidige wachtwoord klopt niet." in page.inner_text("[role=alert]")
    found["my account with error"] = axe_violations(page, axe_source)

    page.goto(f"{running.web_url}/lang/en?next=/accounts/new")
    assert page.locator("html").get_attribute("lang") == "en" and "Add account" in page.inner_text("h1")
    found["new (en)"] = axe_violations(page, axe_source)
    page.goto(f"{running.web_url}/my-account")
    assert "My account" in page.inner_text("h1")
    found["my account (en)"] = axe_violations(page, axe_source)
    assert {k: v for k, v in found.items() if v} == {}
