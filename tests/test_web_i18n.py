"""Every Dutch text on the staff pages has its English beside it."""

from __future__ import annotations

import re
from pathlib import Path

from mailflow.staff.i18n import EN, REASONS
from mailflow.web.pages import MENU, STATUS

PAGES = Path(__file__).resolve().parent.parent / "templates" / "web"


def test_every_page_text_has_an_english_translation() -> None:
    found = set()
    for page in PAGES.glob("*.html"):
        found |= set(re.findall(r"""_\(\s*["']([^"']+)["']""", page.read_text(encoding="utf-8")))
    found |= {label for _, _, label in MENU} | set(STATUS.values()) | set(REASONS.values())
    missing = sorted(t for t in found if t not in EN)
    assert missing == []


def test_every_page_declares_its_language() -> None:
    assert '<html lang="{{ lang }}">' in (PAGES / "base.html").read_text(encoding="utf-8")
    for page in PAGES.glob("*.html"):
        if page.name != "base.html" and not page.name.startswith("_"):   # _name.html: macros, not pages
            assert page.read_text(encoding="utf-8").startswith('{% extends "web/base.html" %}'), page.name
