"""Send due campaign mails: claim ledger rows, compose and deliver over parallel connections, record.

The ledger row (``campaign_recipients``) is the unit, as an outbox row is for
replies, with the sender's state machine::

    pending --claim--> sending --250--> sent
                          |--4xx/network--> pending (later, backoff) ... --> failed (give_up_after)
                          |--5xx-----------> failed (the relay's answer kept as the reason)
                          |--opted out, bounced, no longer registered--> skipped
    sending, lease expired or its process gone --claim again--> sending

Mail is composed here, from the ledger row and the registrations, instead of
being stored as bytes: the Message-ID was fixed when the row was recorded, so a
resend is the same mail. Outcomes are recorded in one transaction per
``RECORD_WINDOW`` of deliveries. That window is the at-least-once part, as for
the outbox sender: a crash after the relay's 250 and before the record resends
those mails (same Message-ID) when the row is claimed again; nothing recorded
``sent`` is ever sent again, and nothing claimed is lost.
"""

from __future__ import annotations

import concurrent.futures as cf
import datetime as dt
import logging
import os
import queue
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session, sessionmaker

from mailflow.campaigns.audience import Member, members, skip_reason
from mailflow.campaigns.compose import Prepared, Recipient
from mailflow.campaigns.model import Audience, CampaignError
from mailflow.campaigns.pipelining import PipeliningRelay
from mailflow.campaigns.templating import compile_templates
from mailflow.catalogue import Catalogue
from mailflow.config import Settings
from mailflow.db.models import Campaign, CampaignRecipient
from mailflow.outbound.sender import RetryPolicy, backoff
from mailflow.outbound.transport import PermanentFailure, SettingsFailure, TemporaryFailure, Transport, make_transport

log = logging.getLogger("mailflow.campaigns")
LEASE = dt.timedelta(minutes=10)
RECORD_WINDOW = 0.05  # seconds of deliveries recorded in one transaction (the at-least-once window)
_LEDGER = CampaignRecipient


def identity(pid: int | None = None) -> str:
    """How a sending process signs its claims (host:pid), so its rows can be taken over when it is gone."""
    return f"{socket.gethostname()}:{os.getpid() if pid is None else pid}"


@dataclass(frozen=True)
class Claimed:
    id: int
    campaign_id: int
    person_id: int
    message_id: str
    token: str
    attempts: int
    created_at: dt.datetime


@dataclass
class Tally:
    """What one call delivered, for progress bars and logs."""

    sent: int = 0
    failed: int = 0
    skipped: int = 0
    deferred: int = 0
    settings_error: str | None = None

    @property
    def handled(self) -> int:
        return self.sent + self.failed + self.skipped + self.deferred


class Throttle:
    """At most ``per_minute`` deliveries a minute from this process, evenly spaced; 0: no limit."""

    def __init__(self, per_minute: int) -> None:
        self.gap = 60.0 / per_minute if per_minute > 0 else 0.0
        self._next = time.monotonic()
        self._lock = threading.Lock()

    def wait(self) -> None:
        if not self.gap:
            return
        with self._lock:
            now = time.monotonic()
            slot = max(self._next, now)
            self._next = slot + self.gap
        if slot > now:
            time.sleep(slot - now)


@dataclass
class Deliverer:
    """Sends claimed rows over up to ``connections`` relay connections (one transport per thread)."""

    settings: Settings
    catalogue: Catalogue
    make: Callable[[], Transport] | None = None
    _local: threading.local = field(default_factory=threading.local)
    _transports: list[Transport] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.throttle = Throttle(self.settings.campaigns.per_minute)
        self.pool = cf.ThreadPoolExecutor(self.settings.campaigns.connections, thread_name_prefix="campaign-smtp")

    def transport(self) -> Transport:
        found: Transport | None = getattr(self._local, "transport", None)
        if found is None:
            found = (self.make or (lambda: campaign_transport(self.settings)))()
            self._local.transport = found
            with self._lock:
                self._transports.append(found)
        return found

    def send(self, raw: bytes, mail_from: str, rcpt: str) -> Exception | None:
        self.throttle.wait()
        try:
            self.transport().deliver(raw, mail_from, [rcpt])
        except (PermanentFailure, TemporaryFailure) as exc:
            return exc
        except Exception as exc:  # noqa: BLE001 - a transport bug must not stop the campaign or lose a row
            log.exception("campaign mail: unexpected transport error")
            return TemporaryFailure(f"{type(exc).__name__}: {exc}")
        return None

    def hang_up(self) -> None:
        """Close the relay connections between passes (each reconnects on its next mail): an idle
        connection would only be dropped by the relay's timeout."""
        with self._lock:
            for t in self._transports:
                t.close()

    def close(self) -> None:
        self.pool.shutdown(wait=True)
        for t in self._transports:
            t.close()
        self._transports.clear()


def campaign_transport(settings: Settings) -> Transport:
    """The relay (pipelining when it offers it), else the Maildir, as for replies."""
    if settings.outbound.relay_host:
        return PipeliningRelay(settings.outbound)
    return make_transport(settings.outbound)


# ---------------------------------------------------------------- claim and record


def release_dead(factory: sessionmaker[Session], now: dt.datetime) -> int:
    """Rows left ``sending`` by a process of this host that no longer exists become due at once."""
    host = socket.gethostname()
    with factory() as db, db.begin():
        owners = set(
            db.scalars(
                select(_LEDGER.claimed_by)
                .where(_LEDGER.state == "sending", _LEDGER.claimed_by.like(f"{host}:%"))
                .distinct()
            )
        )
        dead = [o for o in owners if o and o.rsplit(":", 1)[1].isdigit() and not _alive(int(o.rsplit(":", 1)[1]))]
        if not dead:
            return 0
        released = db.execute(
            update(_LEDGER)
            .where(_LEDGER.state == "sending", _LEDGER.claimed_by.in_(dead))
            .values(due_at=now)
            .returning(_LEDGER.id)
            .execution_options(synchronize_session=False)
        ).all()
        return len(released)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def claim(
    factory: sessionmaker[Session],
    now: dt.datetime,
    batch: int,
    *,
    worker: str,
    campaign_id: int | None = None,
    lease: dt.timedelta = LEASE,
) -> list[Claimed]:
    """Mark up to ``batch`` due rows ``sending`` (ours until ``now + lease``) and commit.

    PostgreSQL: ``FOR UPDATE SKIP LOCKED`` lets several processes share a campaign.
    SQLite: ``BEGIN IMMEDIATE`` serialises writers; the conditional UPDATE is the claim.
    Rows of a cancelled campaign are not taken.
    """
    live = select(Campaign.id).where(Campaign.status != "cancelled")
    due = _LEDGER.state.in_(("pending", "sending")) & (_LEDGER.due_at <= now) & _LEDGER.campaign_id.in_(live)
    if campaign_id is not None:
        due = due & (_LEDGER.campaign_id == campaign_id)
    with factory() as db, db.begin():
        ids = list(
            db.scalars(
                select(_LEDGER.id)
                .where(due)
                .order_by(_LEDGER.due_at, _LEDGER.id)
                .limit(batch)
                .with_for_update(skip_locked=True)
            )
        )
        if not ids:
            return []
        rows = db.execute(
            update(_LEDGER)
            .where(_LEDGER.id.in_(ids) & due)
            .values(state="sending", attempts=_LEDGER.attempts + 1, due_at=now + lease, claimed_by=worker)
            .returning(
                _LEDGER.id,
                _LEDGER.campaign_id,
                _LEDGER.person_id,
                _LEDGER.message_id,
                _LEDGER.token,
                _LEDGER.attempts,
                _LEDGER.created_at,
            )
            .execution_options(synchronize_session=False)
        ).all()
    return sorted((Claimed(*r) for r in rows), key=lambda c: c.id)


_FINISH = (
    update(_LEDGER)
    .where((_LEDGER.id == bindparam("row")) & (_LEDGER.state == "sending") & (_LEDGER.claimed_by == bindparam("me")))
    .values(
        state=bindparam("new_state"), sent_at=bindparam("at"), last_error=bindparam("error"), due_at=bindparam("due")
    )
)


_SENT = (
    update(_LEDGER)
    .where(
        _LEDGER.id.in_(bindparam("rows", expanding=True))
        & (_LEDGER.state == "sending")
        & (_LEDGER.claimed_by == bindparam("me"))
    )
    .values(state="sent", sent_at=bindparam("at"), last_error=None, due_at=bindparam("at"))
)


def record(factory: sessionmaker[Session], outcomes: list[dict[str, object]]) -> None:
    """Record outcomes, each only while we still hold the claim, in one transaction.

    Deliveries (nearly all outcomes) become one UPDATE per moment and sender;
    the rest one parameter set each."""
    if not outcomes:
        return
    sent: dict[tuple[object, object], list[object]] = {}
    other = []
    for o in outcomes:
        if o["new_state"] == "sent":
            sent.setdefault((o["at"], o["me"]), []).append(o["row"])
        else:
            other.append(o)
    with factory() as db, db.begin():
        conn = db.connection()
        for (at, me), rows in sent.items():
            conn.execute(_SENT, {"rows": rows, "at": at, "me": me})
        if other:
            conn.execute(_FINISH, other)


def outcome(
    item: Claimed, error: Exception | None, now: dt.datetime, retry: RetryPolicy, worker: str
) -> dict[str, object]:
    """What a row becomes after one attempt (the parameters of ``_FINISH``)."""
    out: dict[str, object] = {"row": item.id, "me": worker, "at": None, "error": None, "due": now}
    if error is None:
        return out | {"new_state": "sent", "at": now}
    text = str(error)[:2000]
    if isinstance(error, PermanentFailure):
        return out | {"new_state": "failed", "error": text}
    if not isinstance(error, SettingsFailure) and retry.gives_up(item.attempts, item.created_at, now):
        return out | {"new_state": "failed", "error": f"gave up after {item.attempts} attempts: {text}"[:2000]}
    return out | {"new_state": "pending", "error": text, "due": now + backoff(item.attempts, retry)}


def skipped(item: Claimed, reason: str, now: dt.datetime, worker: str) -> dict[str, object]:
    return {"row": item.id, "me": worker, "at": None, "error": reason, "due": now, "new_state": "skipped"}


# ---------------------------------------------------------------- one round


@dataclass
class Round:
    """Claim one batch, build each mail's recipient from the registrations, deliver, record."""

    factory: sessionmaker[Session]
    deliverer: Deliverer
    retry: RetryPolicy
    worker: str
    clock: Callable[[], dt.datetime]
    prepared: dict[int, Prepared] = field(default_factory=dict)

    def run(
        self, batch: int, *, campaign_id: int | None = None, progress: Callable[[Tally], None] | None = None
    ) -> Tally:
        now = self.clock()
        claimed = claim(self.factory, now, batch, worker=self.worker, campaign_id=campaign_id)
        tally = Tally()
        if not claimed:
            return tally
        plans, skips = self._plan(claimed, now)
        pending: list[dict[str, object]] = list(skips)
        tally.skipped += len(skips)
        results: queue.SimpleQueue[tuple[Claimed, Exception | None]] = queue.SimpleQueue()
        for item, prepared, r in plans:
            self.deliverer.pool.submit(self._one, prepared, item, r, results)
        left, since, stamp = len(plans), time.monotonic(), self.clock()  # one moment per recorded window
        while left or pending:
            try:
                item, error = results.get(timeout=RECORD_WINDOW) if left else results.get_nowait()
                left -= 1
                row = outcome(item, error, stamp, self.retry, self.worker)
                pending.append(row)
                _count(tally, row, error)
            except queue.Empty:
                pass
            if pending and (time.monotonic() - since >= RECORD_WINDOW or not left):
                record(self.factory, pending)
                if progress is not None:
                    progress(tally)
                pending, since, stamp = [], time.monotonic(), self.clock()
        return tally

    def _one(
        self,
        prepared: Prepared,
        item: Claimed,
        r: Recipient,
        results: queue.SimpleQueue[tuple[Claimed, Exception | None]],
    ) -> None:
        """Compose and deliver one mail (in a connection thread); the outcome goes to ``results``."""
        error: Exception | None
        try:
            error = self.deliverer.send(prepared.mail(r), prepared.mail_from, r.email)
        except CampaignError as exc:  # a template that fails for this person: theirs fails, not the rest
            error = PermanentFailure(f"the campaign text cannot be rendered for this recipient: {exc}")
        except Exception as exc:  # noqa: BLE001 - never lose the outcome of a claimed row
            log.exception("campaign mail #%s could not be composed", item.id)
            error = TemporaryFailure(f"{type(exc).__name__}: {exc}")
        results.put((item, error))

    def _plan(
        self, claimed: list[Claimed], now: dt.datetime
    ) -> tuple[list[tuple[Claimed, Prepared, Recipient]], list[dict[str, object]]]:
        plans, skips = [], []
        by_campaign: dict[int, list[Claimed]] = {}
        for item in claimed:
            by_campaign.setdefault(item.campaign_id, []).append(item)
        with self.factory() as db:
            for campaign_id, items in by_campaign.items():
                campaign = db.get_one(Campaign, campaign_id)
                prepared = self._prepared(campaign, now)
                audience = Audience.from_json(campaign.event_key, campaign.audience)
                found = {m.person_id: m for m in members(db, audience, people=[i.person_id for i in items])}
                for item in items:
                    member = found.get(item.person_id)
                    reason = (
                        skip_reason(member)
                        if member
                        else f"no longer {audience.status if audience.status != 'all' else 'registered'} for this audience"
                    )
                    if reason or prepared is None or member is None:
                        skips.append(
                            skipped(item, reason or "the event is no longer in the catalogue", now, self.worker)
                        )
                        continue
                    plans.append((item, prepared, _recipient(item, member)))
        return plans, skips

    def _prepared(self, campaign: Campaign, now: dt.datetime) -> Prepared | None:
        found = self.prepared.get(campaign.id)
        if found is None:
            found = prepare(campaign, self.deliverer.catalogue, self.deliverer.settings, now)
            if found is not None:
                self.prepared[campaign.id] = found
        return found


def prepare(campaign: Campaign, catalogue: Catalogue, settings: Settings, now: dt.datetime) -> Prepared | None:
    """The campaign's shared mail parts; None when its event left the catalogue."""
    try:
        event = catalogue.event(campaign.event_key)
    except KeyError:
        return None
    return Prepared(
        campaign.id,
        event,
        catalogue,
        compile_templates(campaign.subject, campaign.body, campaign.html_body),
        settings.sender,
        settings.campaigns,
        attach_invite=campaign.attach_invite,
        template_dir=settings.templates.dir,
        now=now,
    )


def _recipient(item: Claimed, m: Member) -> Recipient:
    lead = m.lead
    return Recipient(
        email=m.email,
        name=m.name,
        status=lead.status,
        message_id=item.message_id,
        token=item.token,
        sessions=tuple(dict.fromkeys(r.session_key for r in m.registrations)),
        invite_uid=lead.calendar_uid if lead.status == "confirmed" else None,
        invite_sequence=lead.sequence,
        id=item.id,
    )


def _count(tally: Tally, row: dict[str, object], error: Exception | None) -> None:
    state = row["new_state"]
    if state == "sent":
        tally.sent += 1
    elif state == "failed":
        tally.failed += 1
    else:
        tally.deferred += 1
        if isinstance(error, SettingsFailure):
            tally.settings_error = str(error)


def drain(settings: Settings, catalogue: Catalogue, campaign_id: int, connections: int) -> None:
    """A helper process of ``campaigns.service.send``: its own engine and connections, claiming rows of
    one campaign until none is due. Claims keep it from taking a row another process holds."""
    import dataclasses

    from mailflow.db.engine import make_engine, make_session_factory

    engine = make_engine(settings.database_url)
    mine = dataclasses.replace(settings, campaigns=dataclasses.replace(settings.campaigns, connections=connections))
    deliverer = Deliverer(mine, catalogue)
    rnd = Round(
        make_session_factory(engine),
        deliverer,
        RetryPolicy.from_settings(settings.outbound),
        identity(),
        lambda: dt.datetime.now(dt.timezone.utc),
    )
    try:
        while rnd.run(settings.campaigns.batch, campaign_id=campaign_id).handled:
            pass
    finally:
        deliverer.close()
        engine.dispose()
