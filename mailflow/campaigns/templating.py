"""The organiser's subject and body: Jinja2 in the sandbox, with a fixed, documented set of variables.

Organisers are trusted with their own event but not with the server, so their
templates run in ``SandboxedEnvironment`` (no attribute tricks, no access to
Python internals). Every name a template uses must be one of ``VARIABLES``:
``check`` refuses anything else at create and preview time, and rendering uses
``StrictUndefined``, so a misspelt ``{{ sesion.title }}`` is an error shown to
the organiser with its line, never a blank in 3,000 mails.
"""

from __future__ import annotations

import html
import re
import traceback
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateError, TemplateSyntaxError, meta
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from mailflow.campaigns.model import CampaignError

VARIABLES: dict[str, str] = {
    "name": "the participant's name, or empty when we do not know it",
    "email": "the participant's address",
    "status": "their registration: confirmed, waitlisted or cancelled",
    "event": "event.title, event.organiser",
    "session": "their session: session.title, .date, .time, .when (date and time), .place, .city, .online",
    "sessions": "all their sessions in this campaign's audience, each like `session`",
    "online_link": "the join link of an online session, or empty until it is released",
    "cancel_instructions": 'personal words on how to cancel (reply "afmelden")',
    "change_instructions": "personal words on how to change to another session",
    "unsubscribe_url": "their personal link (or mail address) to stop receiving follow-ups",
}
PARTS = ("subject", "body", "html_body")


@dataclass(frozen=True)
class SessionVars:
    """A session as a campaign template sees it: everything already formatted in the event's language."""

    key: str
    title: str
    date: str
    time: str
    when: str
    place: str
    city: str
    online: bool


@dataclass(frozen=True)
class EventVars:
    key: str
    title: str
    organiser: str


@dataclass(frozen=True)
class UserTemplates:
    """The compiled subject, text body and (optional) HTML body of one campaign."""

    subject: Template
    body: Template
    html_body: Template | None
    personal_subject: bool  # False: the subject renders the same for everyone (rendered once)


@lru_cache(maxsize=2)
def _env(autoescape: bool) -> SandboxedEnvironment:
    return SandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=autoescape,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def check(part: str, source: str) -> Template:
    """Compile one part and refuse unknown names; the error names the part, the line and the known names."""
    env = _env(part == "html_body")
    try:
        ast = env.parse(source, name=part)
    except TemplateSyntaxError as exc:
        raise CampaignError(f"{part}, line {exc.lineno}: {exc.message}") from None
    unknown = sorted(meta.find_undeclared_variables(ast) - VARIABLES.keys())
    if unknown:
        raise CampaignError(
            f"{part}: unknown variable{'s' if len(unknown) > 1 else ''} "
            f"{', '.join(unknown)}; known are {', '.join(VARIABLES)}"
        )
    code = env.compile(source, name=part, filename=part)  # the filename puts the part's lines in tracebacks
    return env.template_class.from_code(env, code, env.make_globals(None))


def compile_templates(subject: str, body: str, html_body: str | None) -> UserTemplates:
    if not subject.strip():
        raise CampaignError("subject: empty; write the subject line of the mail")
    if not body.strip():
        raise CampaignError("body: empty; write the text of the mail")
    subj = check("subject", subject)
    names = meta.find_undeclared_variables(_env(False).parse(subject))
    return UserTemplates(
        subj,
        check("body", body),
        check("html_body", html_body) if html_body else None,
        personal_subject=bool(names - {"event"}),
    )


def render(part: str, template: Template, context: dict[str, Any]) -> str:
    """Render one part, turning any template error into one line naming the part and its line."""
    try:
        return template.render(context)
    except TemplateError as exc:
        raise CampaignError(f"{part}{_line(exc, part)}: {exc.message or type(exc).__name__}") from None
    except (TypeError, ValueError, ArithmeticError, LookupError) as exc:
        raise CampaignError(f"{part}{_line(exc, part)}: {exc}") from None


def _line(exc: BaseException, part: str) -> str:
    """', line N' from Jinja's rewritten traceback, whose frames carry the template's own lines."""
    lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == part]
    return f", line {lines[-1]}" if lines else ""


def subject_line(text: str) -> str:
    return " ".join(text.split())


_PARAGRAPH = re.compile(r"\n\s*\n")
_URL = re.compile(r"(https?://[^\s<>\"']+[^\s<>\"'.,;:!?)])")


def text_to_html(text: str) -> Markup:
    """The HTML version of a text body: escaped, paragraphs at blank lines, line breaks kept, links clickable."""
    escaped = _URL.sub(r'<a href="\1">\1</a>', html.escape(text.replace("\r\n", "\n").strip(), quote=True))
    paras = _PARAGRAPH.split(escaped)
    return Markup("\n".join("<p>" + p.replace("\n", "<br>\n") + "</p>" for p in paras))
