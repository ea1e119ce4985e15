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
        if page.name != "base.html" and not page.name.startswith("_"):  # _name.html: macros, not pages
            assert page.read_text(encoding="utf-8").startswith('{% extends "web/base.html" %}'), page.name


def test_every_reason_code_mailflow_gives_has_words() -> None:
    # A code shown as "many_others" to Dutch staff is what the secretariat issue complained of: every
    # code a hold can carry (literal codes in decide/, rule objects, CODE constants) has a label.
    import re
    from pathlib import Path

    from mailflow.staff.i18n import REASONS

    src = Path(__file__).resolve().parents[1] / "mailflow"
    found: set[str] = set()
    patterns = (
        r'hold\(\s*c,\s*"([a-z_]+)"',
        r'\bproblem\(\s*"([a-z_]+)"',
        r'\bcode: str = "([a-z_]+)"',
        r'^CODE = "([a-z_]+)"',
        r'"code": "([a-z_]+)"',
        r'\bcode="([a-z_]+)"',
    )
    for path in src.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern in patterns:
            found.update(re.findall(pattern, text, flags=re.M))
    assert len(found) > 20
    assert sorted(found - REASONS.keys()) == []
