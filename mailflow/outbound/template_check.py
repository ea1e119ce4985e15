"""``mailflow templates check``: render every mail with sample data before a real person gets one.

An organisation that writes its own templates (``[templates] dir``) finds a typo
here, with the file and line, instead of in the worker's log after a registration
failed. Each notification is rendered in every language, text and HTML with the
subject block, through ``compose`` itself: the same loader chain, undefined-variable
strictness and data as real mail. Files that no rendering reaches (a base layout)
are at least compiled.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import get_args
from zoneinfo import ZoneInfo

from jinja2 import Environment, TemplateError, TemplateSyntaxError, UndefinedError, meta

from mailflow.catalogue import Event, Session
from mailflow.config import Sender
from mailflow.outbound.compose import LANGUAGES, compose, template_context
from mailflow.outbound.templating import PackagedTemplates, environment
from mailflow.outbound.types import Invite, Reply, Template

NOW = dt.datetime(2030, 5, 1, 8, 30, tzinfo=dt.timezone.utc)


@dataclass(frozen=True)
class Problem:
    """One template error, where it is: the file as the loader found it, and the line."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}" if self.line else f"{self.file}: {self.message}"


@dataclass(frozen=True)
class Unused:
    """An override file that is no built-in template's name and that no template includes."""

    file: str
    did_you_mean: str | None


@dataclass
class CheckReport:
    renderings: int = 0
    problems: list[Problem] = field(default_factory=list)
    unused: list[Unused] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_templates(override: Path | None, sender: Sender) -> CheckReport:
    """Compile every template and render every notification in every language; collect what fails."""
    env = environment(override)
    report = CheckReport()
    for name in env.list_templates(extensions=["j2"]):
        try:
            env.get_template(name)
        except TemplateError as exc:
            _add(report, _locate(exc, name))
    for lang in LANGUAGES:
        for template in get_args(Template):
            for reply in samples(template, lang):
                report.renderings += 1
                try:
                    compose(reply, sender, NOW, templates=override)
                except TemplateError as exc:
                    problem = _locate(exc, f"mail/{lang}/{template}")
                    if isinstance(exc, UndefinedError):
                        names = ", ".join(sorted({*template_context(reply, sender, lang), "subject"}))
                        problem = Problem(problem.file, problem.line, f"{problem.message} (templates get: {names})")
                    _add(report, problem)
    if override is not None:
        report.unused = _unused(env, override)
    return report


def _add(report: CheckReport, problem: Problem) -> None:
    if problem not in report.problems:  # the same mistake seen by several renderings: once
        report.problems.append(problem)


def _locate(exc: TemplateError, rendering: str) -> Problem:
    """File and line of the template that failed: the parser says it for syntax errors, the
    traceback (which Jinja rewrites to point into the templates) for everything at render time."""
    message = f"{type(exc).__name__}: {exc.message or exc}"
    if isinstance(exc, TemplateSyntaxError):
        return Problem(exc.filename or exc.name or rendering, exc.lineno, message)
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith(".j2")]
    if frames:
        return Problem(frames[-1].filename, frames[-1].lineno, message)
    return Problem(rendering, None, message)


def _unused(env: Environment, override: Path) -> list[Unused]:
    """Override files that are no built-in template's name and that no template includes:
    most likely a misspelt name, so the built-in one is still used."""
    builtin = set(PackagedTemplates().list_templates())
    referenced: set[str] = set()
    for name in env.list_templates(extensions=["j2"]):
        try:
            source = env.loader.get_source(env, name)[0]  # type: ignore[union-attr]
            referenced |= {r for r in meta.find_referenced_templates(env.parse(source)) if r}
        except TemplateError:
            continue  # reported already
    own = sorted(p.relative_to(override).as_posix() for p in override.rglob("*.j2") if p.is_file())
    return [
        Unused(str(override / n), next(iter(difflib.get_close_matches(n, builtin, n=1)), None))
        for n in own
        if n not in builtin and n not in referenced
    ]


# ---------------------------------------------------------------- sample data


def _session(key: str, city: str, day: int, online: bool = False) -> Session:
    tz = ZoneInfo("Europe/Amsterdam")
    return Session(
        key=key,
        event_key="sample",
        title=f"Regiobijeenkomst {city}",
        city=city,
        venue=None if online else f"Stadhuis {city}",
        address=None if online else f"Markt 1, {city}",
        online=online,
        starts=dt.datetime(2030, 6, day, 9, 30, tzinfo=tz),
        ends=dt.datetime(2030, 6, day, 12, 0, tzinfo=tz),
    )


def samples(template: str, lang: str) -> list[Reply]:
    """A full and a bare reply for ``template``: every optional part present, then none."""
    utrecht, arnhem, online = (
        _session("utrecht", "Utrecht", 10),
        _session("arnhem", "Arnhem", 17),
        _session("online", "Online", 24, online=True),
    )
    webinar = dataclasses.replace(
        online, key="webinar", online_url="https://meet.example.nl/j/123", online_url_release=dt.timedelta(days=3)
    )  # link held back at NOW
    live = dataclasses.replace(online, key="live", online_url="https://meet.example.nl/j/456")
    event = Event(
        key="sample",
        mailbox="aanmelden@example.nl",
        title="Kennisdag Jeugd & Gezin",
        language=lang,
        timezone="Europe/Amsterdam",
        sessions=(utrecht, arnhem, online),
    )

    def invite(s: Session, method: str) -> Invite:
        return Invite(
            uid=f"{s.key}@example.nl",
            sequence=1,
            method=method,  # type: ignore[arg-type]
            session=s,
            attendee_email="jan@example.org",
            attendee_name="Jan de Vries",
        )

    extra = {"subject": "Praktische informatie", "body": "Beste deelnemers,\n\nTot ziens in juni."}
    full = Reply(
        template=template,  # type: ignore[arg-type]
        event=event,
        to="jan@example.org",
        to_name="Vries, Jan de",
        sessions=(utrecht, arnhem, webinar, live),
        from_sessions=(online,),
        alternatives=(arnhem, online),
        invites=(invite(utrecht, "REQUEST"), invite(online, "CANCEL")),
        in_reply_to="<vraag-1@example.org>",
        references=("<eerder@example.org>",),
        original_subject="Aanmelding kennisdag",
        participants=("jan@example.org", "els@example.org"),
        extra={**extra, "requested_by": "Petra de Vries <petra@example.org>", "request": "change"},
        registered_by="Els Bakker",
        from_waitlist=True,
        question="Is er een lunch?",
    )
    bare = Reply(
        template=template,  # type: ignore[arg-type]
        event=event,
        to="jan@example.org",
        sessions=(utrecht,),
        extra=extra,
    )
    return [full, bare]
