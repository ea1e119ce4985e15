"""Staff hear of new work by mail, and may answer that mail with a short decision.

A new review item is mailed to the secretariat (``[staff] notify``, or per event
``notify_events``) with the reason, the first lines of the mail and the candidate
sessions. Its Reply-To is the event's registration address with a plus tag carrying
the item's token (``d-loket+review-<token>@...``), and the subject carries it too, so
the answer comes back through the normal intake. ``pipeline`` hands such a message
here instead of to understanding.

What is obeyed: a mail whose From is one of ``[staff] addresses``, whose envelope
sender (when known) is that same address, that no authentication result marks as
failed, that is not automatic, and that carries the token of an open item. Its first
lines say what to do: "akkoord" (the proposal), "akkoord Assen" / "inschrijven Venlo"
(that session), "wachtlijst [plaats]", "negeren", "junk", "afgehandeld", or a line
"antwoord:" followed by the text for the participant. Anything else comes back as a
question; a refused sender gets nothing (they may be forging).
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailflow.apply.context import Context, RegistrationError
from mailflow.catalogue import Catalogue
from mailflow.config import Settings
from mailflow.db.models import AuditLog, InboundMessage, ReviewItem
from mailflow.outbound.outbox import enqueue
from mailflow.review import detail
from mailflow.review.decisions import StaffDecision, carry_out
from mailflow.review.queue import ReviewError
from mailflow.understand.parse import parse

TOKEN = re.compile(r"review-([A-Za-z0-9_-]{16,64})")
SUBJECT_TOKEN = re.compile(r"\[mailflow #\d+ ([A-Za-z0-9_-]{16,64})\]")
QUOTE_START = re.compile(
    r"^(>|-{2,}\s*$|_{5,}|Op .{4,120} (schreef|wrote)|On .{4,120} wrote|Van: |From: )", re.IGNORECASE
)
NOTIFY_WINDOW = dt.timedelta(days=2)  # items older than this when notify is switched on are not mailed


@dataclass(frozen=True)
class StaffReply:
    item_id: int
    sender: str
    decision: StaffDecision | None  # None: not understood
    problem: str = ""


def token_in(raw: bytes, delivered_to: Sequence[str]) -> str | None:
    """The review token of a staff answer: in the plus address it was sent to, or in the subject."""
    for address in delivered_to:
        found = TOKEN.search(address.split("@")[0])
        if found:
            return found.group(1)
    p = parse(raw[:65536])
    for address in (*p.to, *p.cc):
        found = TOKEN.search(address.split("@")[0])
        if found:
            return found.group(1)
    found = SUBJECT_TOKEN.search(p.subject)
    return found.group(1) if found else None


# ---------------------------------------------------------------- notify


def notify_new_items(db: Session, settings: Settings, catalogue: Catalogue, now: dt.datetime) -> list[int]:
    """Mail every open, not yet notified item to its secretariat address; returns the items mailed."""
    if not settings.staff.notify and not settings.staff.notify_events:
        return []
    items = db.scalars(
        select(ReviewItem)
        .where(
            ReviewItem.status == "open", ReviewItem.notified_at.is_(None), ReviewItem.created_at >= now - NOTIFY_WINDOW
        )
        .order_by(ReviewItem.id)
        .limit(50)
        .with_for_update(skip_locked=True)
    ).all()
    done = []
    for item in items:
        to = settings.staff.notify_address(item.event_key)
        item.notified_at = now
        if to is None or item.event_key is None or not any(e.key == item.event_key for e in catalogue.events):
            continue
        item.token = item.token or secrets.token_urlsafe(24)
        d = detail.detail(db, item.id, catalogue, "notify", now)
        enqueue(
            db,
            _notice(d, item.token, to, settings, catalogue),
            kind="staff_notice",
            dedup_key=f"staff_notice:{item.id}",
            now=now,
        )
        done.append(item.id)
    return done


def _notice(d: detail.ItemDetail, token: str, to: str, settings: Settings, catalogue: Catalogue) -> EmailMessage:
    event = catalogue.event(d.event_key or "")
    mailbox = settings.sender.address or event.mailbox
    local, _, domain = mailbox.partition("@")
    mail = d.mail
    lines = [f"Er wacht een nieuw bericht op u (#{d.id}, {event.title}).", "", f"Reden: {d.reason}"]
    if mail:
        lines += [
            f"Van: {mail.sender_name or ''} <{mail.sender or '-'}>",
            f"Onderwerp: {mail.subject}",
            "",
            *[f"  {ln}" for ln in mail.text.strip().splitlines()[:12]],
            "",
        ]
    proposed = [c for c in d.choices if c.proposed]
    lines += [
        "Voorstel: " + (", ".join(c.title for c in proposed) if proposed else "geen sessie gekozen"),
        "Kandidaten:",
    ]
    lines += [
        f"  - {c.city or c.key}: {c.title}" + ("" if c.free is None else f" ({c.free} plaatsen vrij)")
        for c in d.choices[:12]
    ]
    lines += [
        "",
        "Beantwoord deze mail met één regel, bijvoorbeeld:",
        "  akkoord                (het voorstel)",
        "  inschrijven Venlo      (een andere sessie)",
        "  wachtlijst",
        "  negeren",
        "  antwoord:              (en daaronder de tekst voor de deelnemer)",
        "",
        f"Of open het bericht: {settings.web.base_url}/review/{d.id}",
    ]
    msg = EmailMessage()
    msg["From"] = f"mailflow <{mailbox}>"
    msg["To"] = to
    msg["Reply-To"] = f"{local}+review-{token}@{domain}"
    msg["Subject"] = f"[mailflow #{d.id} {token}] {d.reason[:80]}"
    msg["Date"] = format_datetime(dt.datetime.now(dt.timezone.utc))
    msg["Message-ID"] = make_msgid(domain=settings.sender.domain)
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Mailflow-Kind"] = "staff_notice"
    msg.set_content("\n".join(lines) + "\n")
    return msg


# ---------------------------------------------------------------- answers


def read_reply(raw: bytes, item: detail.ItemDetail, envelope_from: str | None, settings: Settings) -> StaffReply:
    """Who sent the answer and what it decides (or why it cannot be obeyed)."""
    p = parse(raw)
    sender = (p.from_addr or "").lower()
    if sender not in settings.staff.addresses:
        return StaffReply(item.id, sender, None, "refused: not a staff address in [staff] addresses")
    if envelope_from and envelope_from.lower() != sender:
        return StaffReply(item.id, sender, None, "refused: the envelope sender differs from From")
    auth = " ".join(p.headers.get("authentication-results", [])).lower()
    if re.search(r"\b(dmarc|spf|dkim)=(fail|softfail)\b", auth):
        return StaffReply(item.id, sender, None, "refused: the sender's authentication failed")
    if (p.header("auto-submitted") or "no").lower() != "no":
        return StaffReply(item.id, sender, None, "refused: an automatic reply")
    return StaffReply(item.id, sender, parse_decision(own_words(p.text), item))


def own_words(text: str) -> list[str]:
    """The lines the staff member wrote, above the quoted notice."""
    lines = []
    for line in text.splitlines():
        if QUOTE_START.match(line.strip()):
            break
        lines.append(line.rstrip())
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def parse_decision(lines: list[str], item: detail.ItemDetail) -> StaffDecision | None:
    """The decision in the first non-empty line ("antwoord:" takes the lines after it as the text)."""
    words = [ln.strip() for ln in lines if ln.strip()]
    if not words:
        return None
    first = words[0]
    head = first.lower().rstrip(".!")
    if head.startswith("antwoord:"):
        at = next(n for n, ln in enumerate(lines) if ln.strip())
        text = "\n".join([first.split(":", 1)[1].strip(), *lines[at + 1 :]]).strip()
        return StaffDecision("answer", text=text) if text else None
    verb, _, rest = head.partition(" ")
    simple = {"negeren": "ignore", "junk": "junk", "afgehandeld": "handled"}
    if verb in simple and not rest:
        return StaffDecision(simple[verb])  # type: ignore[arg-type]
    if verb in ("akkoord", "ok", "inschrijven", "wachtlijst"):
        kind = "waitlist" if verb == "wachtlijst" else "register"
        if not rest:
            proposed = tuple(c.key for c in item.choices if c.proposed)
            return StaffDecision(kind, sessions=proposed) if proposed else None  # type: ignore[arg-type]
        found = _session_named(rest, item)
        return StaffDecision(kind, sessions=(found,)) if found else None  # type: ignore[arg-type]
    return None


def _session_named(words: str, item: detail.ItemDetail) -> str | None:
    words = words.strip().lower()
    hits = [
        c.key
        for c in item.choices
        if words in (c.key.lower(), (c.city or "").lower(), c.title.lower()) or (c.city or "").lower() == words
    ]
    return hits[0] if len(hits) == 1 else None


def handle_reply(db: Session, inbound_id: int, token: str, ctx: Context) -> str:
    """Carry out a staff answer by mail (or send the question back); returns the message's final state."""
    inbound = db.get_one(InboundMessage, inbound_id)
    item_row = db.scalar(select(ReviewItem).where(ReviewItem.token == token))
    now = ctx.now
    if item_row is None:
        return _finish(db, inbound, "ignored", "a staff answer with an unknown review token", now)
    item = detail.detail(db, item_row.id, ctx.catalogue, "mail", now)
    reply = read_reply(bytes(inbound.raw), item, inbound.envelope_from, ctx.settings)
    if reply.problem:
        return _finish(db, inbound, "ignored", f"staff answer for #{item.id} {reply.problem}", now)
    if item.status != "open":
        _answer_staff(
            db,
            ctx,
            inbound,
            reply.sender,
            item.id,
            f"Bericht #{item.id} was al afgehandeld door {item.resolved_by}: {item.resolution}",
        )
        return _finish(db, inbound, "processed", f"staff answer for #{item.id}: already resolved", now)
    if reply.decision is None:
        _answer_staff(
            db,
            ctx,
            inbound,
            reply.sender,
            item.id,
            f"Ik begreep uw antwoord over bericht #{item.id} niet. Antwoord met één regel: "
            '"akkoord", "akkoord <plaats>", "inschrijven <plaats>", "wachtlijst", "negeren", '
            f'of "antwoord:" met daaronder de tekst. Plaatsen: ' + ", ".join(c.city or c.key for c in item.choices),
        )
        return _finish(db, inbound, "processed", f"staff answer for #{item.id} not understood; asked back", now)
    try:
        with db.begin_nested():
            done = carry_out(db, item.id, reply.decision, reply.sender, ctx=ctx, take_over=True)
    except (ReviewError, RegistrationError) as exc:
        _answer_staff(
            db,
            ctx,
            inbound,
            reply.sender,
            item.id,
            f"Dit kon niet voor bericht #{item.id}: {exc}. Open {ctx.settings.web.base_url}/review/{item.id}",
        )
        return _finish(db, inbound, "processed", f"staff answer for #{item.id} could not be done: {exc}", now)
    _answer_staff(db, ctx, inbound, reply.sender, item.id, f"Gedaan voor bericht #{item.id}: {done.note}.")
    return _finish(db, inbound, "processed", f"staff answer by mail resolved #{item.id}: {done.note}", now)


def _answer_staff(db: Session, ctx: Context, inbound: InboundMessage, to: str, item_id: int, text: str) -> None:
    p = parse(bytes(inbound.raw)[:65536])
    event_mailbox = next(iter(ctx.catalogue.mailboxes), "mailflow@invalid")
    msg = EmailMessage()
    msg["From"] = f"mailflow <{ctx.settings.sender.address or event_mailbox}>"
    msg["To"] = to
    msg["Subject"] = f"Re: {p.subject}" if p.subject else f"mailflow #{item_id}"
    msg["Date"] = format_datetime(ctx.now)
    msg["Message-ID"] = make_msgid(domain=ctx.settings.sender.domain)
    if p.message_id:
        msg["In-Reply-To"] = msg["References"] = p.message_id
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Mailflow-Kind"] = "staff_notice"
    msg.set_content(text + "\n")
    enqueue(db, msg, kind="staff_notice", inbound_id=inbound.id, dedup_key=f"staff_reply:{inbound.id}", now=ctx.now)


def _finish(db: Session, inbound: InboundMessage, state: str, note: str, now: dt.datetime) -> str:
    before = inbound.state
    inbound.state, inbound.processed_at, inbound.error = state, now, None
    db.add(
        AuditLog(
            at=now,
            actor="mail",
            action=f"inbound.{state}",
            target=f"inbound:{inbound.id}",
            before={"state": before},
            after={"state": state, "notes": [note]},
        )
    )
    return state
