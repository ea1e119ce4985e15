"""A real browser for the staff pages: Debian's Chromium driven by Playwright for Python.

Never `playwright install`: the browser is /usr/bin/chromium (`.ci/run` installs it).
Without it (or without axe-core from tests/a11y/, `npm ci --prefix tests/a11y`) the
browser tests skip locally and fail under CI=true.

- ``chromium``: a launched browser for one test module (Playwright's sync API keeps an event loop
  running in this thread while it is open; closing it after the module lets later tests use asyncio.run).
- ``staff_page(running, email, password)``: a fresh page logged in to the running serve.
- ``axe_violations(page)``: axe-core's serious and critical violations on the page.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
AXE = Path(__file__).resolve().parent / "a11y" / "node_modules" / "axe-core" / "axe.min.js"


def _missing(what: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is required under CI=true (.ci/run installs it)")
    pytest.skip(f"{what} is not installed here")


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    if not CHROMIUM.exists():
        _missing("Debian's chromium (/usr/bin/chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Playwright for Python")
        raise
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        _missing(f"axe-core ({AXE.relative_to(AXE.parents[3])}; npm ci --prefix tests/a11y)")
    return AXE.read_text(encoding="utf-8")


def staff_page(browser: Any, base_url: str, email: str, password: str) -> Any:
    """A new browser context (its own cookies), logged in through the login form like a person."""
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    page.goto(f"{base_url}/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    page.click("form.login button[type=submit]")
    page.wait_for_load_state()
    return page


def axe_violations(page: Any, source: str) -> list[dict[str, Any]]:
    """The serious and critical violations axe-core finds on the page as it is now (WCAG 2.1 A and AA)."""
    page.add_script_tag(content=source)
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
        return JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                                      nodes: v.nodes.map(n => n.target.join(' '))})));
    }""")
    return [v for v in json.loads(result) if v["impact"] in ("serious", "critical")]
