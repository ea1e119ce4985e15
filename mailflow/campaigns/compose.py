"""One campaign's mail: what everyone shares is rendered once, only the personal parts per recipient.

Composing is the cost of a campaign (the relay is fast), so ``Prepared`` does at
the start what is the same for every recipient: the language's layout (greeting,
closing, signature, footer) rendered once with markers where the name, the body
and the unsubscribe link go, the session lines formatted once per session, the
subject rendered once when it names nobody, the MIME skeleton and the constant
headers written once. Per recipient it renders the organiser's body (text, and
HTML when written), fills the markers, encodes (C codecs) and joins bytes.

Structure: multipart/alternative (text, HTML), inside multipart/mixed when the
participant's own calendar invite is attached (their registration's UID and
SEQUENCE, so it updates the entry they already have).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import secrets
from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from mailflow.campaigns.invite import InviteWriter
from mailflow.campaigns.tokens import new_message_id, new_token, unsubscribe_address
from mailflow.campaigns.templating import EventVars, SessionVars, UserTemplates, render, subject_line, text_to_html
from mailflow.catalogue import Catalogue, Event
from mailflow.config import Campaigns, Sender
from mailflow.outbound import mime
from mailflow.outbound.compose import render_block, template_context, template_name
from mailflow.outbound.dates import format_day, format_place, format_time, format_when, locale_for
from mailflow.outbound.templating import environment
from mailflow.outbound.types import Reply

NAME, BODY, UNSUB = "\x01MFNAME\x01", "\x01MFBODY\x01", "\x01MFUNSUB\x01"


@dataclass(frozen=True)
class Recipient:
    """One person as a campaign mail addresses them (read from the ledger and their registrations)."""

    email: str
    name: str | None
    status: str  # their registration: confirmed | waitlisted | cancelled
    message_id: str
    token: str
    sessions: tuple[str, ...]  # session keys; the first is the registration's own
    invite_uid: str | None = None  # a confirmed registration's calendar UID ...
    invite_sequence: int = 0  # ... and the SEQUENCE it was last sent with
    id: int = 0  # ledger row (0 for previews and tests)


@dataclass(frozen=True)
class Layout:
    """The language's frame around the organiser's text, split at the body."""

    before: str
    after: str


def unsubscribe_target(event: Event, token: str, settings: Campaigns) -> str:
    """The personal unsubscribe link: the web page when configured, else a mail to our plus-address."""
    if settings.unsubscribe_url:
        return settings.unsubscribe_url + token
    return f"mailto:{unsubscribe_address(event.mailbox, token)}?subject=unsubscribe"


__all__ = ["Prepared", "Recipient", "new_message_id", "new_token", "unsubscribe_target"]


@dataclass
class Prepared:
    """Everything one campaign's mails share, built once; ``mail`` personalises it."""

    campaign_id: int
    event: Event
    catalogue: Catalogue
    templates: UserTemplates
    sender: Sender
    settings: Campaigns
    attach_invite: bool = False
    template_dir: Path | None = None
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))
    lang: str = field(init=False)
    _sessions: dict[str, SessionVars] = field(init=False, default_factory=dict)
    _instructions: dict[tuple[str, str], tuple[str, str]] = field(init=False, default_factory=dict)
    _layouts: dict[tuple[str, bool], Layout] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.lang = self.event.lang
        self.locale = locale_for(self.event, self.lang)
        self.mail_from = self.sender.address or self.event.mailbox
        self.event_vars = EventVars(self.event.key, self.event.title, self.event.organiser or "")
        self.subject_once = (
            None
            if self.templates.personal_subject
            else subject_line(render("subject", self.templates.subject, {"event": self.event_vars}))
        )
        self.date = format_datetime(self.now.astimezone(dt.timezone.utc))
        self.mixed = f"=_mfc_{secrets.token_hex(12)}"  # "=_" never occurs in QP or base64 text
        self.alternative = f"=_mfa_{secrets.token_hex(12)}"
        self.fixed_headers = self._fixed_headers()
        self.subject_header = (
            None if self.subject_once is None else f"Subject: {mime.text_header('Subject', self.subject_once)}"
        )
        self.invites = InviteWriter(self.event, self.mail_from, self.sender.name, self.now)

    # ---------------------------------------------------------------- shared, built once

    def _fixed_headers(self) -> list[str]:
        list_id = mime.text_header("List-Id", self.event.title).replace('"', "")
        return [
            f"From: {mime.address('From', self.sender.name, self.mail_from)}",
            f"Date: {self.date}",
            "Auto-Submitted: auto-generated",
            "Precedence: bulk",
            "X-Auto-Response-Suppress: All",
            f"List-Id: {list_id} <{self.event.key}.campaigns.{self.sender.domain}>",
            "X-Mailflow-Kind: campaign",
            f"X-Mailflow-Campaign: {self.campaign_id}",
        ]

    def session(self, key: str) -> SessionVars:
        found = self._sessions.get(key)
        if found is None:
            s, tz = self.catalogue.session(key), self.event.tz
            found = SessionVars(
                key=s.key,
                title=s.title,
                date=format_day(s.starts, self.locale, tz),
                time=f"{format_time(s.starts, self.locale, tz)}\u2013{format_time(s.ends, self.locale, tz)}",
                when=format_when(s.starts, s.ends, self.locale, tz),
                place=format_place(s, self.lang),
                city=s.city or "",
                online=s.online,
            )
            self._sessions[key] = found
        return found

    def instructions(self, status: str, key: str) -> tuple[str, str]:
        """(cancel, change) sentences for a registration status and session, rendered once each."""
        found = self._instructions.get((status, key))
        if found is None:
            env = environment(self.template_dir)
            tmpl = env.get_template(template_name(self.lang, "campaign_instructions", "txt"))
            ctx = {"event": self.event, "session": self.session(key)}
            cancel = (
                ""
                if status == "cancelled"
                else render_block(tmpl, "cancel_waitlisted" if status == "waitlisted" else "cancel", ctx)
            )
            found = (cancel, render_block(tmpl, "change", ctx))
            self._instructions[(status, key)] = found
        return found

    def layout(self, kind: str, named: bool) -> Layout:
        """The layout of ``campaign.<kind>.j2`` with markers, rendered once per kind and greeting."""
        found = self._layouts.get((kind, named))
        if found is None:
            env = environment(self.template_dir)
            reply = Reply(
                template="campaign",
                event=self.event,
                to=self.event.mailbox,
                to_name=NAME if named else None,
                extra={"body": BODY, "body_html": Markup(BODY), "subject": "", "unsubscribe_url": UNSUB},
            )
            ctx = template_context(reply, self.sender, self.lang)
            ctx["subject"] = ""
            text = env.get_template(template_name(self.lang, "campaign", kind)).render(ctx)
            before, _, after = text.partition(BODY)
            found = Layout(before, after)
            self._layouts[(kind, named)] = found
        return found

    # ---------------------------------------------------------------- per recipient

    def context(self, r: Recipient) -> dict[str, Any]:
        """The documented variables (templating.VARIABLES) for one recipient."""
        sessions = [self.session(k) for k in r.sessions if self.catalogue.has_session(k)]
        first = sessions[0] if sessions else None
        cancel, change = self.instructions(r.status, first.key) if first else ("", "")
        return {
            "name": r.name or "",
            "email": r.email,
            "status": r.status,
            "event": self.event_vars,
            "session": first,
            "sessions": sessions,
            "online_link": self.online_link(r.sessions),
            "cancel_instructions": cancel,
            "change_instructions": change,
            "unsubscribe_url": unsubscribe_target(self.event, r.token, self.settings),
        }

    def online_link(self, keys: tuple[str, ...]) -> str | None:
        """The join link of the recipient's online session, once released (None before, or when there is none).

        The catalogue fields (``online_url`` and its release moment) come from the
        calendar work; read defensively so campaigns work with or without them.
        """
        for key in keys:
            if not self.catalogue.has_session(key):
                continue
            s = self.catalogue.session(key)
            link = getattr(s, "online_url", None)
            release = getattr(s, "online_url_release", None) or getattr(s, "online_url_from", None)
            if link and (not isinstance(release, dt.datetime) or release <= self.now):
                return str(link)
        return None

    def render_parts(self, r: Recipient) -> tuple[str, str, str]:
        """(subject, text, html) for one recipient, frame included."""
        ctx = self.context(r)
        subject = self.subject_once or subject_line(render("subject", self.templates.subject, ctx))
        body = render("body", self.templates.body, ctx).strip("\n")
        if self.templates.html_body is not None:
            html_body = Markup(render("html_body", self.templates.html_body, ctx))
        else:
            html_body = text_to_html(body)
        named = bool(r.name)
        unsub = ctx["unsubscribe_url"]
        t, h = self.layout("txt", named), self.layout("html", named)
        text = t.before.replace(NAME, r.name or "") + body + t.after.replace(UNSUB, unsub)
        name_html = str(escape(r.name or ""))
        html = h.before.replace(NAME, name_html) + html_body + h.after.replace(UNSUB, str(escape(unsub)))
        return subject, text, html

    def mail(self, r: Recipient) -> bytes:
        """The send-ready CRLF bytes for one recipient."""
        subject, text, html = self.render_parts(r)
        return self.assemble(r, subject, text, html)

    def assemble(self, r: Recipient, subject: str, text: str, html: str, to: str | None = None) -> bytes:
        headers = [
            *self.fixed_headers,
            f"To: {mime.address('To', r.name, to or r.email)}",
            self.subject_header
            if subject == self.subject_once and self.subject_header
            else f"Subject: {mime.text_header('Subject', subject)}",
            f"Message-ID: {r.message_id}",
            *self._unsubscribe_headers(r.token),
            "MIME-Version: 1.0",
        ]
        alt = [
            f"--{self.alternative}",
            *_TEXT_HEADERS,
            "",
            _qp(text),
            f"--{self.alternative}",
            *_HTML_HEADERS,
            "",
            _qp(html),
            f"--{self.alternative}--",
        ]
        ics = self._invite(r) if self.attach_invite else None
        language = f"Content-Language: {self.locale.replace('_', '-')}"
        if ics is None:
            lines = [
                *headers,
                f'Content-Type: multipart/alternative; boundary="{self.alternative}"',
                language,
                "",
                *alt,
            ]
        else:
            lines = [
                *headers,
                f'Content-Type: multipart/mixed; boundary="{self.mixed}"',
                language,
                "",
                f"--{self.mixed}",
                f'Content-Type: multipart/alternative; boundary="{self.alternative}"',
                "",
                *alt,
                f"--{self.mixed}",
                *_ICS_HEADERS,
                "",
                base64.encodebytes(ics).decode("ascii").rstrip("\n"),
                f"--{self.mixed}--",
            ]
        return ("\n".join(lines) + "\n").replace("\n", "\r\n").encode("ascii")

    def _unsubscribe_headers(self, token: str) -> list[str]:
        """RFC 2369 List-Unsubscribe, plus RFC 8058 one-click when there is an HTTPS link to POST to."""
        mailto = f"<mailto:{unsubscribe_address(self.event.mailbox, token)}?subject=unsubscribe>"
        if not self.settings.unsubscribe_url:
            return [f"List-Unsubscribe: {mailto}"]
        return [
            f"List-Unsubscribe: <{self.settings.unsubscribe_url}{token}>,\n {mailto}",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        ]

    def _invite(self, r: Recipient) -> bytes | None:
        if r.invite_uid is None or not r.sessions or not self.catalogue.has_session(r.sessions[0]):
            return None
        session = self.catalogue.session(r.sessions[0])
        return self.invites.ics(session, r.invite_uid, r.invite_sequence, r.email, r.name)


_TEXT_HEADERS = ('Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable")
_HTML_HEADERS = ('Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable")
_ICS_HEADERS = (
    'Content-Type: application/ics; name="invite.ics"',
    "Content-Transfer-Encoding: base64",
    'Content-Disposition: attachment; filename="invite.ics"',
)


def _qp(text: str) -> str:
    return binascii.b2a_qp(text.replace("\r\n", "\n").encode("utf-8"), istext=True).decode("ascii").rstrip("\n")
