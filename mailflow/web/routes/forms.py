"""Reading posted forms: plain helpers shared by the routes (no rules, only parsing)."""

from __future__ import annotations

from starlette.datastructures import FormData


def text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def many(form: FormData, name: str) -> list[str]:
    return [v.strip() for v in form.getlist(name) if isinstance(v, str) and v.strip()]


def addresses(form: FormData, name: str) -> list[str]:
    """Addresses typed one per line (or separated by commas or spaces)."""
    raw = text(form, name).replace(",", " ").split()
    return [a.lower() for a in raw if "@" in a]


def safe_next(target: str | None, default: str = "/review") -> str:
    """Only a path on this site: never an open redirect."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default
