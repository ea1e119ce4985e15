"""Reply -> OutgoingMail: pure composition of every mail mailflow sends.

The registration layer calls ``compose`` inside its transaction and hands the
result to the outbox, so this module must not touch the database, the network
or the clock (``now`` is passed in; only the Message-ID is random, as it must be).

Structure, chosen because it is what Google Calendar itself sends and what
Outlook, Gmail and Apple Mail all turn into an "accept" card::

    multipart/mixed
      multipart/alternative
        text/plain                                 (the same template data ...
        text/html                                   ... rendered twice)
        text/calendar; method=REQUEST|CANCEL       (inline iMIP part: Outlook/Gmail buttons)
      application/ics  invite.ics                  (Apple Mail; also per session when several)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
import secrets
from email.utils import format_datetime
from pathlib import Path
from typing import Any, Sequence

from jinja2 import Template

from mailflow.catalogue import Event, Session
from mailflow.config import Sender
from mailflow.outbound import mime
from mailflow.outbound.calendar import invite_ics
from mailflow.outbound.dates import format_moment, format_place, format_when, locale_for
from mailflow.outbound.echo import clean_name, clean_subject
from mailflow.outbound.greeting import greeting_name
from mailflow.outbound.templating import environment
from mailflow.outbound.types import Invite, OutgoingMail, Reply

_REPLY_PREFIX = re.compile(r"^\s*(re|antw|aw|sv|vs|réf)\s*:", re.IGNORECASE)
MAX_REFERENCES = 10


@dataclass(frozen=True)
class SessionView:
    """A session as the templates show it: everything already formatted for the reader."""

    key: str
    title: str
    when: str
    place: str
    city: str | None
    online: bool
    url: str | None = None  # the join link, when this mail may carry it
    link_release: str | None = None  # when the join link will be mailed, while it is held back


def compose(reply: Reply, sender: Sender, now: dt.datetime, *, templates: Path | None = None) -> OutgoingMail:
    """Build the complete, send-ready mail for ``reply``: CRLF bytes plus its envelope.

    ``templates`` is the configured override folder (``[templates] dir``); templates it
    lacks come from the ones mailflow ships.
    """
    lang = _lang(reply)
    if not (reply.to_name or "").startswith("\x01"):  # campaign placeholders are filled in later
        reply = replace(reply, to_name=clean_name(reply.to_name))  # greeting and To: as safe as we can make them
    env = environment(templates)
    context = template_context(reply, sender, lang, now)
    text_tmpl = env.get_template(template_name(lang, reply.template, "txt"))
    subject = _subject(reply, render_block(text_tmpl, "subject", context))
    context["subject"] = subject
    text = text_tmpl.render(context)
    html = env.get_template(template_name(lang, reply.template, "html")).render(context)
    body = [mime.text_part(text, "plain"), mime.text_part(html, "html")]
    groups = calendars(reply)
    if not groups:
        root = mime.multipart("alternative", body)
    else:
        inline, attachments = _calendar_parts(groups, reply, sender, now)
        root = mime.multipart("mixed", [mime.multipart("alternative", [*body, inline]), *attachments])
    mail_from = sender.address or reply.event.mailbox
    message_id = new_message_id(sender.domain, question=reply.template == "confirm_request")
    root.headers = [
        *_headers(reply, sender.display_name(lang), mail_from, message_id, now, subject),
        ("MIME-Version", "1.0"),
        *root.headers,
        ("Content-Language", locale_for(reply.event, lang).replace("_", "-")),
    ]
    return OutgoingMail(message_id=message_id, mail_from=mail_from, recipients=_recipients(reply), raw=root.to_bytes())


def new_message_id(domain: str, *, question: bool = False) -> str:
    """A Message-ID nobody can guess (128 random bits from ``secrets``): answering one proves the writer
    read that mail, which is what lets a reply cancel a registration. Our question 'reply ja to confirm'
    is marked ``confirm.`` so understanding knows an answer to it without the database.
    """
    token = secrets.token_hex(16)
    return f"<confirm.{token}@{domain}>" if question else f"<{token}@{domain}>"


def template_name(lang: str, template: str, kind: str) -> str:
    """``mail/<lang>/<template>.<kind>.j2``: the one naming rule, shared with ``templates check``."""
    return f"mail/{lang}/{template}.{kind}.j2"


def _recipients(reply: Reply) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for addr in (reply.to, *reply.cc):
        seen.setdefault(addr.lower(), addr)
    return tuple(seen.values())


def _lang(reply: Reply) -> str:
    """The template folder: English, or Dutch in the event's own variant (Flemish for an nl-BE event)."""
    lang = (reply.lang or reply.event.lang).lower()
    if lang.startswith("en"):
        return "en"
    return "nl-BE" if lang == "nl-be" or reply.event.mail_lang == "nl-BE" else "nl"


LANGUAGES = ("nl", "nl-BE", "en")  # the template folders _lang chooses from


def international(event: Event, lang: str) -> bool:
    """Readers who may live in another time zone: an English-language event, or an English reply."""
    return event.language == "en" or lang == "en"


def session_view(session: Session, event: Event, lang: str, now: dt.datetime | None = None) -> SessionView:
    """``now`` decides whether the join link may be shown yet (without it: never)."""
    locale = locale_for(event, lang)
    url = session.link_at(now) if now is not None else None
    release = session.link_release()
    held = release is not None and url is None and session.online_url is not None
    return SessionView(
        key=session.key,
        title=session.title,
        when=format_when(session.starts, session.ends, locale, event.tz, international(event, lang)),
        place=format_place(session, lang),
        city=session.city,
        online=session.online,
        url=url,
        link_release=format_moment(release, locale, event.tz) if held and release else None,
    )


def template_context(reply: Reply, sender: Sender, lang: str, now: dt.datetime | None = None) -> dict[str, Any]:
    """The one set of data both the text and the HTML template render from."""
    event = reply.event

    def views(sessions: Sequence[Session]) -> list[SessionView]:
        return [session_view(s, event, lang, now) for s in sessions]

    alternatives = views(reply.alternatives)
    example = next((a.city or a.title for a in alternatives), None)
    return {
        "lang": lang,
        "event": event,
        # a composer's placeholder ("\x01...": campaigns fill in each name later) passes through as it is
        "to_name": reply.to_name if (reply.to_name or "").startswith("\x01") else greeting_name(reply.to_name),
        "to": reply.to,
        # who asked for it, when not the reader: a colleague who registered them, or a requester
        "registered_by": _by(reply.registered_by) or reply.extra.get("requested_by"),
        "from_waitlist": reply.from_waitlist,
        "question": reply.question,
        "sessions": views(reply.sessions),
        "from_sessions": views(reply.from_sessions),
        "alternatives": alternatives,
        "example": example,
        "participants": list(reply.participants),
        "has_invite": any(i.method == "REQUEST" for i in reply.invites),
        "has_cancel": any(i.method == "CANCEL" for i in reply.invites),
        "sender_name": sender.display_name(lang),
        "signature": sender.signature.strip(),
        "mailbox": sender.address or event.mailbox,
        "extra": reply.extra,
    }


def render_block(template: Template, block: str, context: dict[str, Any]) -> str:
    """Render one block (the subject) on its own, whitespace collapsed to one line."""
    text = "".join(template.blocks[block](template.new_context(context)))
    return " ".join(text.split())


def _subject(reply: Reply, template_subject: str) -> str:
    """'Re: <original>' when we answer a mail, so it threads everywhere; else the template's.

    A colleague someone else registered never saw that mail: they get the template's subject.
    The original is cleaned and cut to ``echo.SUBJECT_LIMIT`` characters: a
    10 MB subject must not make a 10 MB reply.
    """
    original = clean_subject(reply.original_subject)
    if reply.in_reply_to and original and reply.template != "campaign" and not reply.registered_by:
        return original if _REPLY_PREFIX.match(original) else f"Re: {original}"
    return template_subject


def references(reply: Reply) -> list[str]:
    """Original References plus the original Message-ID, deduplicated, first + last few kept."""
    refs: list[str] = []
    for found in (*reply.references, *([reply.in_reply_to] if reply.in_reply_to else [])):
        ref = mime.message_id(found)
        if ref is not None and ref not in refs:
            refs.append(ref)
    if len(refs) > MAX_REFERENCES:
        refs = refs[:1] + refs[-(MAX_REFERENCES - 1) :]
    return refs


def _headers(
    reply: Reply, sender_name: str, mail_from: str, message_id: str, now: dt.datetime, subject: str
) -> list[tuple[str, str]]:
    """Top-level headers, in the order mail clients show them."""
    headers = [
        ("From", mime.address("From", sender_name, mail_from)),
        ("To", mime.address("To", reply.to_name, mime.one_line(reply.to))),
    ]
    cc = [mime.one_line(a) for a in _recipients(reply)[1:]]
    if cc:
        headers.append(("Cc", ",\n ".join(cc)))
    headers += [
        ("Subject", mime.text_header("Subject", subject)),
        ("Date", format_datetime(now.astimezone(dt.timezone.utc))),
        ("Message-ID", message_id),
    ]
    in_reply_to = mime.message_id(reply.in_reply_to or "")
    if in_reply_to:
        headers.append(("In-Reply-To", in_reply_to))
    refs = references(reply)
    if refs:
        headers.append(("References", "\n ".join(refs)))
    # RFC 3834: a response to a mail is auto-replied; a campaign is auto-generated.
    headers += [
        ("Auto-Submitted", "auto-replied" if reply.in_reply_to else "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-Mailflow-Kind", reply.template),
    ]
    return headers


def calendars(reply: Reply) -> list[tuple[str, list[Invite]]]:
    """Invites grouped by METHOD, REQUEST first; a CANCEL whose UID is re-requested is dropped
    because the REQUEST with the higher SEQUENCE already updates that entry."""
    requests = [i for i in reply.invites if i.method == "REQUEST"]
    requested = {i.uid for i in requests}
    cancels = [i for i in reply.invites if i.method == "CANCEL" and i.uid not in requested]
    return [(m, group) for m, group in (("REQUEST", requests), ("CANCEL", cancels)) if group]


def _ics(invites: Sequence[Invite], reply: Reply, sender: Sender, method: str, now: dt.datetime) -> bytes:
    return invite_ics(
        invites, reply.event, sender.address or reply.event.mailbox, sender.display_name(_lang(reply)), method, now
    )


def _calendar_parts(
    groups: list[tuple[str, list[Invite]]], reply: Reply, sender: Sender, now: dt.datetime
) -> tuple[mime.Part, list[mime.Part]]:
    """The inline iMIP part for the main method, and the .ics attachments.

    Outlook reads only the first VEVENT of an iMIP part, so with several sessions
    each also gets its own attachment that opens as a separate meeting.
    """
    method, invites = groups[0]
    inline = _ics(invites, reply, sender, method, now)
    attachments = []
    for n_group, (method, invites) in enumerate(groups):
        stem = "invite" if method == "REQUEST" else "cancel"
        if len(invites) == 1:
            # the first group's calendar was just built for the inline part: same input, same bytes
            data = inline if n_group == 0 else _ics(invites, reply, sender, method, now)
            attachments.append(mime.attachment(data, "application/ics", f"{stem}.ics"))
            continue
        for n, invite in enumerate(invites, 1):
            attachments.append(
                mime.attachment(_ics([invite], reply, sender, method, now), "application/ics", f"{stem}-{n}.ics")
            )
    return mime.calendar_part(inline, groups[0][0]), attachments


def _by(who: str | None) -> str | None:
    """ "Janssen, Ruud (r.janssen@x)" -> "Ruud Janssen (r.janssen@x)": the name as a reader says it."""
    if not who:
        return None
    name, sep, rest = who.partition(" (")
    return f"{greeting_name(name) or name}{sep}{rest}"
