"""The organisers' catalogue pages in a real browser: a session moved by a person with the form, the
confirmation and the calendar update; axe-core on every catalogue page (Dutch and English)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser_kit import axe_violations, staff_page
from mailflow.staff.accounts import add
from service_kit import ROOT, Running, mails, service

pytestmark = pytest.mark.peer("chromium")
PASSWORD = "correct horse battery staple"
SESSION_PAGE = "/events/dia-demo/sessions/dia-demo-utrecht"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Running, Path]]:
    catalogue = tmp_path / "catalogue.toml"
    shutil.copy(ROOT / "demo" / "catalogue.toml", catalogue)
    with service(tmp_path, catalogue=catalogue) as running:
        with running.app.factory() as db, db.begin():
            add(db, "org@vng.example", PASSWORD, "organiser", name="Olga Organisator")
        yield running, catalogue


def register(page: Any, base: str, email: str) -> None:
    page.goto(f"{base}/registrations/dia-demo")
    page.fill("#add-email", email)
    page.select_option("#add-session", "dia-demo-utrecht")
    page.click("form.add button[type=submit]")
    page.wait_for_load_state()


def test_a_person_moves_a_session_and_confirms_the_update(
    world: tuple[Running, Path], chromium: Any, axe_source: str
) -> None:
    running, path = world
    page = staff_page(chromium, running.web_url, "org@vng.example", PASSWORD)
    register(page, running.web_url, "anna@gemeente.example")
    [confirmation] = mails(running, 1)
    found: dict[str, Any] = {}
    for name, where in [
        ("events", "/events"),
        ("event", "/events/dia-demo"),
        ("session", SESSION_PAGE),
        ("new session", "/events/dia-demo/sessions/new"),
        ("import", "/events/dia-demo/import"),
        ("new event", "/events/new"),
    ]:
        page.goto(running.web_url + where)
        found[name] = axe_violations(page, axe_source)
    page.goto(running.web_url + SESSION_PAGE)
    page.fill("#f-ends", "2030-06-10T08:00")
    page.click("main form button.primary")
    assert "het einde moet na het begin liggen" in page.inner_text("main")
    found["session with errors"] = axe_violations(page, axe_source)
    page.fill("#f-starts", "2030-06-10T13:00")
    page.fill("#f-ends", "2030-06-10T16:00")
    page.click("main form button.primary")
    assert "anna@gemeente.example" in page.inner_text("main")
    found["confirm"] = axe_violations(page, axe_source)
    page.click("button[value=send]")
    page.wait_for_load_state()
    assert "agenda-update" in page.inner_text("main")
    [update] = mails(running, 2)[1:]
    assert update.invites[0].uid == confirmation.invites[0].uid
    assert update.invites[0].sequence == confirmation.invites[0].sequence + 1
    assert "starts = 2030-06-10T13:00:00" in path.read_text(encoding="utf-8")
    page.goto(f"{running.web_url}/lang/en?next={SESSION_PAGE}")
    assert "Change session" in page.inner_text("main")
    found["session (en)"] = axe_violations(page, axe_source)
    assert {k: v for k, v in found.items() if v} == {}
