"""The campaign use cases: create, preview, test, schedule, start, send, status, cancel.

The CLI calls these, and the organisers' web pages will call the same ones (no
rule lives in a route or a command). Functions that change data take the
caller's session and never commit, except ``send`` and ``tick``, which own
their transactions because they run for as long as the campaign takes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Callable

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from mailflow.campaigns import audience as aud
from mailflow.campaigns.compose import Prepared, Recipient, new_message_id, new_token
from mailflow.campaigns.delivery import Deliverer, Round, Tally, identity, prepare, release_dead
from mailflow.campaigns.model import (
    STATUSES,
    Audience,
    CampaignError,
    Draft,
    Overview,
    Preview,
    Problem,
    RecipientState,
    Report,
    Schedule,
)
from mailflow.campaigns.schedule import all_due_done, due_sessions
from mailflow.campaigns.templating import compile_templates
from mailflow.catalogue import Catalogue
from mailflow.config import Settings
from mailflow.db.models import AuditLog, Campaign, CampaignOptOut, CampaignRecipient, Person
from mailflow.outbound.sender import RetryPolicy
from mailflow.outbound.transport import Transport

SAMPLE = ("deelnemer@voorbeeld.invalid", "Voorbeeld Deelnemer")


def create(db: Session, catalogue: Catalogue, settings: Settings, draft: Draft, now: dt.datetime) -> int:
    """Check and store a new campaign (draft, or scheduled when it has a schedule); return its id."""
    a = draft.audience
    _check_audience(db, catalogue, a)
    templates = compile_templates(draft.subject, draft.body, draft.html_body)
    event = catalogue.event(a.event_key)
    # Render once per audience session with sample data: a misspelt attribute fails now, not in the send.
    probe = Prepared(
        0,
        event,
        catalogue,
        templates,
        settings.sender,
        settings.campaigns,
        template_dir=settings.templates.dir,
        now=now,
    )
    for key in a.sessions or tuple(s.key for s in event.sessions):
        probe.render_parts(Recipient(SAMPLE[0], SAMPLE[1], "confirmed", "<x@x>", new_token(), (key,)))
    row = Campaign(
        event_key=a.event_key,
        name=draft.name or " ".join(draft.subject.split())[:300],
        subject=draft.subject,
        body=draft.body,
        html_body=draft.html_body,
        audience=a.to_json(),
        status="draft",
        late_joiners=draft.late_joiners,
        attach_invite=draft.attach_invite,
        done_sessions=[],
        created_by=draft.created_by,
        created_at=now,
    )
    db.add(row)
    db.flush()
    if draft.schedule.at or draft.schedule.before_start:
        set_schedule(db, row.id, draft.schedule, now)
    _audit(db, now, draft.created_by or "cli", "campaign.create", row.id, {"audience": a.to_json()})
    return row.id


def _check_audience(db: Session, catalogue: Catalogue, a: Audience) -> None:
    try:
        event = catalogue.event(a.event_key)
    except KeyError:
        known = ", ".join(e.key for e in catalogue.events)
        raise CampaignError(f"no event {a.event_key!r} in the catalogue; known events: {known}") from None
    keys = {s.key for s in event.sessions}
    wrong = [k for k in a.sessions if k not in keys]
    if wrong:
        raise CampaignError(
            f"session {', '.join(wrong)} is not part of {a.event_key}; its sessions: {', '.join(sorted(keys))}"
        )
    if a.status not in STATUSES:
        raise CampaignError(f"status {a.status!r}: expected one of {', '.join(STATUSES)}")
    if a.exclude_campaign is not None and db.get(Campaign, a.exclude_campaign) is None:
        raise CampaignError(f"campaign {a.exclude_campaign} (to exclude its recipients) does not exist")


def get(db: Session, campaign_id: int) -> Campaign:
    row = db.get(Campaign, campaign_id)
    if row is None:
        raise CampaignError(f"campaign {campaign_id} does not exist; `mailflow campaign list` shows them")
    return row


def set_schedule(
    db: Session, campaign_id: int, schedule: Schedule, now: dt.datetime, actor: str | None = None
) -> Campaign:
    """Send at a moment, or ``before_start`` each session's start (executed by ``serve``).

    With ``actor`` (the web pages pass the staff member) the change is written to the audit log.
    """
    row = get(db, campaign_id)
    if row.status not in ("draft", "scheduled"):
        raise CampaignError(
            f"campaign {campaign_id} is {row.status}; only a draft or scheduled one can be (re)scheduled"
        )
    row.send_at = schedule.at
    row.before_start = int(schedule.before_start.total_seconds()) if schedule.before_start else None
    row.status = "scheduled" if (schedule.at or schedule.before_start) else "draft"
    if actor is not None:
        _audit(
            db,
            now,
            actor,
            "campaign.schedule",
            campaign_id,
            {"send_at": schedule.at.isoformat() if schedule.at else None, "before_start": row.before_start},
        )
    return row


def cancel(db: Session, campaign_id: int, now: dt.datetime, actor: str = "cli") -> Campaign:
    """Stop a campaign: nothing more of it is sent (what went out stays out)."""
    row = get(db, campaign_id)
    row.status, row.finished_at = "cancelled", now
    db.execute(
        update(CampaignRecipient)
        .where(CampaignRecipient.campaign_id == campaign_id, CampaignRecipient.state == "pending")
        .values(state="skipped", last_error="the campaign was cancelled before this mail went out")
        .execution_options(synchronize_session=False)
    )
    _audit(db, now, actor, "campaign.cancel", campaign_id, None)
    return row


def preview(
    db: Session, catalogue: Catalogue, settings: Settings, campaign_id: int, now: dt.datetime, email: str | None = None
) -> Preview:
    """The mail as one recipient would get it: ``email`` (must be in the audience) or the first one."""
    row = get(db, campaign_id)
    prepared = _prepared(row, catalogue, settings, now)
    recipient = _sample_recipient(db, row, email)
    subject, text, html = prepared.render_parts(recipient)
    return Preview(recipient.email, subject, text, html, prepared.assemble(recipient, subject, text, html))


def test(
    db: Session,
    catalogue: Catalogue,
    settings: Settings,
    campaign_id: int,
    to: str,
    transport: Transport,
    now: dt.datetime,
    email: str | None = None,
) -> Preview:
    """Send the preview to ``to`` (yourself), subject marked [TEST]; nothing is recorded in the ledger."""
    row = get(db, campaign_id)
    prepared = _prepared(row, catalogue, settings, now)
    r = _sample_recipient(db, row, email)
    r = Recipient(
        r.email,
        r.name,
        r.status,
        new_message_id(row.id, settings.sender.domain),
        r.token,
        r.sessions,
        r.invite_uid,
        r.invite_sequence,
    )
    subject, text, html = prepared.render_parts(r)
    subject = f"[TEST] {subject}"
    raw = prepared.assemble(r, subject, text, html, to=to)
    try:
        transport.deliver(raw, prepared.mail_from, [to])
    finally:
        transport.close()
    return Preview(to, subject, text, html, raw)


def _prepared(row: Campaign, catalogue: Catalogue, settings: Settings, now: dt.datetime) -> Prepared:
    found = prepare(row, catalogue, settings, now)
    if found is None:
        raise CampaignError(f"event {row.event_key} of campaign {row.id} is no longer in the catalogue")
    return found


def _sample_recipient(db: Session, row: Campaign, email: str | None) -> Recipient:
    audience = Audience.from_json(row.event_key, row.audience)
    found = aud.members(db, audience)
    if email:
        found = [m for m in found if m.email == email.strip().lower()]
        if not found:
            raise CampaignError(f"{email} is not in the audience of campaign {row.id}")
    if not found:
        keys = audience.sessions or ()
        return Recipient(SAMPLE[0], SAMPLE[1], "confirmed", "<preview@invalid>", new_token(), keys[:1] or ())
    m = found[0]
    ledger = db.execute(
        select(CampaignRecipient.message_id, CampaignRecipient.token).where(
            CampaignRecipient.campaign_id == row.id, CampaignRecipient.person_id == m.person_id
        )
    ).first()
    lead = m.lead
    return Recipient(
        m.email,
        m.name,
        lead.status,
        ledger.message_id if ledger else "<preview@invalid>",
        ledger.token if ledger else new_token(),
        tuple(dict.fromkeys(r.session_key for r in m.registrations)),
        lead.calendar_uid if lead.status == "confirmed" else None,
        lead.sequence,
    )


# ---------------------------------------------------------------- recording the audience


def start(
    db: Session, catalogue: Catalogue, settings: Settings, campaign_id: int, now: dt.datetime, actor: str = "cli"
) -> int:
    """Send now: record everyone in the audience (again: only the new ones are added); return how many."""
    row = get(db, campaign_id)
    if row.status == "cancelled":
        raise CampaignError(f"campaign {campaign_id} was cancelled")
    _prepared(row, catalogue, settings, now)  # refuses a campaign whose templates no longer compile
    audience = Audience.from_json(row.event_key, row.audience)
    added = aud.record(db, row.id, aud.members(db, audience), now=now, domain=settings.sender.domain)
    event = catalogue.event(row.event_key)
    row.done_sessions = sorted(set(row.done_sessions or []) | set(audience.sessions or (s.key for s in event.sessions)))
    if row.status in ("draft", "scheduled", "done"):
        row.status, row.started_at, row.finished_at = "sending", row.started_at or now, None
    _audit(db, now, actor, "campaign.start", row.id, {"recorded": added})
    return added


def record_due(db: Session, catalogue: Catalogue, settings: Settings, now: dt.datetime) -> list[int]:
    """What ``serve`` does each tick: start scheduled campaigns whose moment came, per session for
    relative ones; return the ids that recorded recipients."""
    started = []
    for row in db.scalars(select(Campaign).where(Campaign.status.in_(("scheduled", "sending")))):
        if row.status == "scheduled" and row.send_at is not None and row.send_at <= now:
            start(db, catalogue, settings, row.id, now, actor="serve")
            started.append(row.id)
        elif row.before_start is not None and _record_sessions(db, catalogue, settings, row, now):
            started.append(row.id)
    return started


def _record_sessions(db: Session, catalogue: Catalogue, settings: Settings, row: Campaign, now: dt.datetime) -> int:
    sessions = _sessions(catalogue, row)
    due = due_sessions(sessions, dt.timedelta(seconds=row.before_start or 0), row.done_sessions or [], now)
    if not due:
        return 0
    audience = Audience.from_json(row.event_key, row.audience)
    added = aud.record(db, row.id, aud.members(db, audience, sessions=due), now=now, domain=settings.sender.domain)
    row.done_sessions = sorted(set(row.done_sessions or []) | set(due))
    if row.status == "scheduled":
        row.status, row.started_at = "sending", now
    return added or len(due)


def _sessions(catalogue: Catalogue, row: Campaign) -> list[tuple[str, dt.datetime, dt.datetime]]:
    try:
        event = catalogue.event(row.event_key)
    except KeyError:
        return []
    wanted = set(Audience.from_json(row.event_key, row.audience).sessions)
    return [(s.key, s.starts, s.ends) for s in event.sessions if not wanted or s.key in wanted]


def finish_done(db: Session, catalogue: Catalogue, now: dt.datetime) -> list[int]:
    """Mark ``sending`` campaigns ``done`` once every recipient is handled and nothing more will become due."""
    done = []
    for row in db.scalars(select(Campaign).where(Campaign.status == "sending")):
        open_rows = db.scalar(
            select(func.count())
            .select_from(CampaignRecipient)
            .where(CampaignRecipient.campaign_id == row.id, CampaignRecipient.state.in_(("pending", "sending")))
        )
        if open_rows:
            continue
        if row.before_start is not None and not all_due_done(_sessions(catalogue, row), row.done_sessions or [], now):
            continue
        row.status, row.finished_at = "done", now
        done.append(row.id)
    return done


# ---------------------------------------------------------------- sending


def send(
    factory: sessionmaker[Session],
    catalogue: Catalogue,
    settings: Settings,
    campaign_id: int,
    clock: Callable[[], dt.datetime],
    *,
    progress: Callable[[Report, Tally], None] | None = None,
    deliverer: Deliverer | None = None,
    sleep: Callable[[float], None] | None = None,
    max_wait: float | None = None,
) -> Report:
    """Send a campaign now and return when every recipient is handled (sent, skipped or failed).

    Records the audience first (a re-run adds only new registrations), takes over
    rows that a killed process of this host left ``sending``, then delivers until
    nothing of this campaign is pending; a deferred mail (4xx) is waited for and
    tried again on the ``[outbound]`` retry schedule. A running ``serve`` may
    share the work: each row is claimed by one process. A settings error (relay
    login, certificate) stops with CampaignError naming the key to fix; the
    rest stays queued. ``max_wait``: give up waiting after that many seconds
    (the rest stays queued for ``serve`` or the next run).
    """
    import time

    pause = sleep or time.sleep
    now = clock()
    with factory() as db, db.begin():
        start(db, catalogue, settings, campaign_id, now)
    release_dead(factory, now)
    helpers = _helpers(settings, catalogue, campaign_id) if deliverer is None else []
    own = deliverer is None
    if own:
        mine = settings.campaigns.connections - sum(c for _p, c in helpers)
        deliverer = Deliverer(
            dataclasses.replace(settings, campaigns=dataclasses.replace(settings.campaigns, connections=mine)),
            catalogue,
        )
    assert deliverer is not None
    rnd = Round(factory, deliverer, RetryPolicy.from_settings(settings.outbound), identity(), clock)
    began, shown = time.monotonic(), [0.0]

    def show(t: Tally) -> None:
        if progress is not None and time.monotonic() - shown[0] >= PROGRESS_EVERY:
            shown[0] = time.monotonic()
            progress(counts(factory, campaign_id), t)

    try:
        while True:
            tally = rnd.run(settings.campaigns.batch, campaign_id=campaign_id, progress=show)
            if tally.settings_error:
                raise CampaignError(f"sending stopped: {tally.settings_error}; the rest stays queued")
            if tally.handled:
                continue
            report = counts(factory, campaign_id)
            if report.handled or (max_wait is not None and time.monotonic() - began > max_wait):
                break
            if progress is not None:
                progress(report, tally)
            pause(min(1.0, _seconds_to_next(factory, campaign_id, clock())))
    finally:
        if own:
            deliverer.close()
        for proc, _c in helpers:
            proc.join(timeout=60)
            if proc.is_alive():
                proc.terminate()
    with factory() as db, db.begin():
        finish_done(db, catalogue, clock())
    return status(factory, campaign_id)


def _helpers(settings: Settings, catalogue: Catalogue, campaign_id: int) -> list[tuple[Any, int]]:
    """``[campaigns] processes - 1`` helper processes (spawned: nothing inherited but what is passed),
    each with its share of the connections; composing is CPU work, and one process has one core."""
    import multiprocessing as mp

    from mailflow.campaigns.delivery import drain

    count = settings.campaigns.processes
    if count <= 1 or settings.database_url.endswith(":memory:"):
        return []
    share = [
        settings.campaigns.connections // count + (1 if i < settings.campaigns.connections % count else 0)
        for i in range(count)
    ]
    ctx = mp.get_context("spawn")
    out = []
    for connections in share[1:]:
        proc = ctx.Process(
            target=drain,
            args=(settings, catalogue, campaign_id, connections),
            name="mailflow-campaign-send",
            daemon=True,
        )
        proc.start()
        out.append((proc, connections))
    return out


PROGRESS_EVERY = 0.25  # seconds between progress reports while sending (each is a count query)


def counts(factory: sessionmaker[Session], campaign_id: int) -> Report:
    """Only the counts per state (what a progress bar needs), in one query."""
    with factory() as db:
        row = get(db, campaign_id)
        found = dict(
            db.execute(
                select(CampaignRecipient.state, func.count())
                .where(CampaignRecipient.campaign_id == campaign_id)
                .group_by(CampaignRecipient.state)
            ).all()
        )
        return Report(
            row.id,
            row.name,
            row.event_key,
            row.status,
            sent=found.get("sent", 0),
            skipped=found.get("skipped", 0),
            failed=found.get("failed", 0),
            pending=found.get("pending", 0) + found.get("sending", 0),
        )


def _seconds_to_next(factory: sessionmaker[Session], campaign_id: int, now: dt.datetime) -> float:
    with factory() as db:
        due = db.scalar(
            select(func.min(CampaignRecipient.due_at)).where(
                CampaignRecipient.campaign_id == campaign_id, CampaignRecipient.state.in_(("pending", "sending"))
            )
        )
    return max(0.05, (due - now).total_seconds()) if due else 0.05


# ---------------------------------------------------------------- reporting


def status(factory: sessionmaker[Session] | Session, campaign_id: int, *, problems: int = 50) -> Report:
    """Counts per state, the first ``problems`` not reached with their reason, bounced and opted-out addresses."""
    if isinstance(factory, Session):
        return _status(factory, campaign_id, problems)
    with factory() as db:
        return _status(db, campaign_id, problems)


def _status(db: Session, campaign_id: int, limit: int) -> Report:
    row = get(db, campaign_id)
    counts = dict(
        db.execute(
            select(CampaignRecipient.state, func.count())
            .where(CampaignRecipient.campaign_id == campaign_id)
            .group_by(CampaignRecipient.state)
        ).all()
    )
    listed = db.execute(
        select(Person.email, CampaignRecipient.state, CampaignRecipient.last_error)
        .join(Person, Person.id == CampaignRecipient.person_id)
        .where(
            CampaignRecipient.campaign_id == campaign_id,
            CampaignRecipient.state.in_(("failed", "skipped"))
            | ((CampaignRecipient.state == "pending") & CampaignRecipient.last_error.is_not(None)),
        )
        .order_by(CampaignRecipient.state, CampaignRecipient.id)
        .limit(limit)
    ).all()
    sent_to = select(CampaignRecipient.person_id).where(
        CampaignRecipient.campaign_id == campaign_id, CampaignRecipient.state == "sent"
    )
    bounced = db.scalars(
        select(Person.email).where(Person.id.in_(sent_to), Person.bouncing.is_(True)).order_by(Person.email)
    ).all()
    opted = db.scalars(
        select(Person.email)
        .join(CampaignOptOut, CampaignOptOut.person_id == Person.id)
        .where(CampaignOptOut.event_key == row.event_key)
        .order_by(Person.email)
    ).all()
    return Report(
        row.id,
        row.name,
        row.event_key,
        row.status,
        sent=counts.get("sent", 0),
        skipped=counts.get("skipped", 0),
        failed=counts.get("failed", 0),
        pending=counts.get("pending", 0) + counts.get("sending", 0),
        problems=tuple(Problem(e, s, r or "") for e, s, r in listed),
        bounced=tuple(bounced),
        opted_out=tuple(opted),
    )


def overview(db: Session, campaign_id: int) -> Overview:
    """Everything a page shows of one campaign, as plain data."""
    row = get(db, campaign_id)
    return Overview(
        row.id,
        row.event_key,
        row.name,
        row.subject,
        row.body,
        row.html_body,
        Audience.from_json(row.event_key, row.audience),
        row.status,
        row.send_at,
        dt.timedelta(seconds=row.before_start) if row.before_start is not None else None,
        bool(row.late_joiners),
        bool(row.attach_invite),
        row.created_by,
        row.created_at,
        _status(db, row.id, 0),
    )


def overviews(db: Session, event_keys: tuple[str, ...] | None = None) -> list[Overview]:
    """The campaigns of these events (None: all), newest first."""
    q = select(Campaign.id).order_by(Campaign.id.desc())
    if event_keys is not None:
        q = q.where(Campaign.event_key.in_(event_keys))
    return [overview(db, i) for i in db.scalars(q)]


def recipients(db: Session, campaign_id: int, *, offset: int = 0, limit: int = 100) -> tuple[int, list[RecipientState]]:
    """One page of the ledger (address order) and how many rows it has in all."""
    get(db, campaign_id)
    total = (
        db.scalar(
            select(func.count()).select_from(CampaignRecipient).where(CampaignRecipient.campaign_id == campaign_id)
        )
        or 0
    )
    rows = db.execute(
        select(
            Person.email,
            CampaignRecipient.state,
            CampaignRecipient.attempts,
            CampaignRecipient.last_error,
            CampaignRecipient.sent_at,
        )
        .join(Person, Person.id == CampaignRecipient.person_id)
        .where(CampaignRecipient.campaign_id == campaign_id)
        .order_by(Person.email)
        .offset(offset)
        .limit(limit)
    ).all()
    return total, [RecipientState(e, s, a or 0, err, at) for e, s, a, err, at in rows]


def audience_sample(db: Session, campaign_id: int, limit: int = 200) -> tuple[int, list[tuple[str, str | None]]]:
    """Who a preview can be shown for: the first ``limit`` of the audience now (address, name), and how many."""
    row = get(db, campaign_id)
    found = aud.members(db, Audience.from_json(row.event_key, row.audience))
    return len(found), [(m.email, m.name) for m in found[:limit]]


def list_campaigns(db: Session, event_key: str | None = None) -> list[Report]:
    q = select(Campaign.id).order_by(Campaign.id)
    if event_key:
        q = q.where(Campaign.event_key == event_key)
    return [_status(db, i, 0) for i in db.scalars(q)]


def _audit(
    db: Session, now: dt.datetime, actor: str, action: str, campaign_id: int, after: dict[str, object] | None
) -> None:
    db.connection().execute(
        insert(AuditLog),
        dict(at=now, actor=actor, action=action, target=f"campaign:{campaign_id}", before=None, after=after),
    )
