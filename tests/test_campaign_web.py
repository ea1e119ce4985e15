"""The organisers' campaign pages over real HTTP against a running serve (one per module, to spare the cores).

Each test makes its own staff account, its own people (``p<i>@example.org`` from its own
range) in its own session and its own campaigns, so the tests do not see each other's
work. A test is judged by the pages, the database (ledger, audit log) and what the relay
receives. The last test checks the service functions the pages read, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from campaign_kit import seed
from mailflow.campaigns import service
from mailflow.campaigns.model import Audience, Draft, Schedule
from mailflow.catalogue import Catalogue
from mailflow.config import Settings
from mailflow.db.models import AuditLog, Campaign, CampaignRecipient
from mailflow.staff.i18n import EN
from mailflow.web.campaign_view import TEXTS
from mailflow.web.routes.campaigns import ALREADY
from service_kit import Mail, Running, service as serving
from support import at
from test_web_http import Client, staff

ROOT = Path(__file__).resolve().parent.parent
BODY = "Het programma voor {{ session.title }} volgt.\n\n{{ cancel_instructions }}"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    with serving(tmp_path_factory.mktemp("campaign-web")) as r:
        yield r


def organiser(running: Running, email: str, events: list[str] | None = None) -> Client:
    c = Client(running.web_url)
    assert c.login(staff(running, email, "organiser", events)) == 303
    return c


def create(c: Client, event: str = "dia-demo", **fields: object) -> tuple[int, dict[str, str], str]:
    data: dict[str, object] = {
        "csrf_token": c.csrf(f"/campaigns/{event}/new"),
        "status": "confirmed",
        "subject": "Programma {{ event.title }}",
        "body": BODY,
        "when": "draft",
    }
    data.update(fields)
    return c.call("POST", f"/campaigns/{event}/new", data)


def created_id(headers: dict[str, str]) -> int:
    found = re.match(r"/campaigns/c/(\d+)\?done=", headers["location"])
    assert found, headers["location"]
    return int(found.group(1))


def audit(running: Running, action: str, campaign_id: int) -> list[str]:
    with running.app.factory() as db:
        return list(
            db.scalars(
                select(AuditLog.actor).where(AuditLog.action == action, AuditLog.target == f"campaign:{campaign_id}")
            )
        )


def wait_until(condition: object, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def test_secretariat_is_refused_and_organisers_find_the_menu(served: Running) -> None:
    sec = Client(served.web_url)
    sec.login(staff(served, "sec-cw@vng.example"))
    for path in (
        "/campaigns",
        "/campaigns/dia-demo",
        "/campaigns/dia-demo/new",
        "/campaigns/c/1",
        "/campaigns/c/1/progress",
    ):
        assert sec.call("GET", path)[0] == 403, path
    token = sec.csrf("/review")
    assert sec.call("POST", "/campaigns/dia-demo/new", {"csrf_token": token, "subject": "x", "body": "y"})[0] == 403
    assert 'href="/campaigns"' not in sec.call("GET", "/review")[2]
    org = organiser(served, "org-menu@vng.example")
    assert 'href="/campaigns"' in org.call("GET", "/review")[2]
    status, _, html = org.call("GET", "/campaigns")
    assert status == 200 and 'href="/campaigns/dia-demo"' in html and 'href="/campaigns/peer-demo"' in html
    assert Client(served.web_url).call("GET", "/campaigns")[0] == 303  # no login: to the login form


def test_a_bad_template_is_shown_on_the_form_with_what_was_typed(served: Running) -> None:
    c = organiser(served, "org-bad@vng.example")
    before = _campaigns(served)
    status, _, html = create(
        c,
        subject="Over {{ event.title }}",
        body="Beste,\n{{ sesion.title }}",
        session=["dia-demo-arnhem"],
        late_joiners="1",
    )
    assert status == 400 and "body: unknown variable sesion" in html
    assert "Beste,\n{{ sesion.title }}</textarea>" in html and 'value="Over {{ event.title }}"' in html
    assert 'value="dia-demo-arnhem" checked' in html and 'id="c-late" name="late_joiners" value="1" checked' in html
    status, _, html = create(c, body="Hallo\n{% if %}\nx")
    assert status == 400 and "body, line 2:" in html
    status, _, html = create(c, body="Hallo\n{{ session.tittle }}")
    assert status == 400 and "has no attribute" in html and "tittle" in html
    status, _, html = create(c, when="at", at="morgen")
    assert status == 400 and "Vul een datum en tijd in" in html
    assert _campaigns(served) == before


def test_preview_for_a_chosen_recipient_with_sanitised_html(served: Running) -> None:
    seed(served.app.factory, "dia-demo-haarlem", 3, start=100)
    c = organiser(served, "org-preview@vng.example")
    status, headers, _ = create(
        c,
        session=["dia-demo-haarlem"],
        subject="Programma {{ session.title }}",
        html_body="<p>Hallo {{ name }}</p><script>window.x=1</script><img src=x onerror=y>",
    )
    assert status == 303 and headers["location"].endswith("?done=created")
    cid = created_id(headers)
    status, _, html = c.call("GET", headers["location"])
    assert status == 200 and "Klaar: campagne aangemaakt." in html
    assert "<dd>p100@example.org</dd>" in html and "Programma Regionale ontwerpsessie Noord-west" in html
    assert "Beste Deelnemer 100," in html and 'value="p102@example.org"' in html
    _, _, html = c.call("GET", f"/campaigns/c/{cid}?to=p102%40example.org")
    assert "<dd>p102@example.org</dd>" in html and "Beste Deelnemer 102," in html
    mailhtml = html.split('class="mailhtml">', 1)[1].split("</div>", 1)[0]
    assert "Hallo Deelnemer 102" in mailhtml and "<script" not in mailhtml and "onerror" not in mailhtml
    status, _, html = c.call("GET", f"/campaigns/c/{cid}?to=nobody%40example.org")
    assert status == 200 and "nobody@example.org is not in the audience" in html


def test_test_mail_goes_to_my_address_only_and_records_nothing(served: Running) -> None:
    seed(served.app.factory, "dia-demo-assen", 2, start=200)
    c = organiser(served, "org-test@vng.example")
    cid = created_id(create(c, session=["dia-demo-assen"], subject="Testronde {{ event.title }}")[1])
    token = c.csrf(f"/campaigns/c/{cid}")
    status, headers, _ = c.call(
        "POST", f"/campaigns/c/{cid}/test", {"csrf_token": token, "to": "", "as": "p201@example.org"}
    )
    assert status == 303 and "done=tested" in headers["location"]
    assert wait_until(lambda: any(b"Testronde" in raw for _f, _r, raw in served.relay.messages))
    [mail] = [Mail.parse(*m) for m in served.relay.messages if b"Testronde" in m[2]]
    assert mail.rcpts == ("org-test@vng.example",) and mail.to == ["org-test@vng.example"]
    assert mail.subject.startswith("[TEST] Testronde") and "Beste Deelnemer 201," in mail.text
    status, _, html = c.call("POST", f"/campaigns/c/{cid}/test", {"csrf_token": token, "to": "niet-een-adres"})
    assert status == 400 and "niet-een-adres is geen e-mailadres" in html
    with served.app.factory() as db:
        assert (
            db.scalar(select(func.count()).select_from(CampaignRecipient).where(CampaignRecipient.campaign_id == cid))
            == 0
        )


def test_schedule_at_a_moment_and_before_each_session_is_audited(served: Running) -> None:
    c = organiser(served, "org-plan@vng.example")
    cid = created_id(create(c, session=["dia-demo-breda"])[1])
    token = c.csrf(f"/campaigns/c/{cid}")
    status, headers, _ = c.call(
        "POST", f"/campaigns/c/{cid}/schedule", {"csrf_token": token, "when": "at", "at": "2030-06-01T09:00"}
    )
    assert status == 303 and headers["location"].endswith("?done=scheduled")
    with served.app.factory() as db:
        row = db.get_one(Campaign, cid)
        assert (row.status, row.send_at) == ("scheduled", dt.datetime(2030, 6, 1, 7, tzinfo=dt.timezone.utc))
    _, _, html = c.call("GET", f"/campaigns/c/{cid}")
    assert "2030-06-01 09:00 (Europe/Amsterdam)" in html and 'value="2030-06-01T09:00"' in html
    status, _, html = c.call(
        "POST",
        f"/campaigns/c/{cid}/schedule",
        {"csrf_token": token, "when": "before", "before_n": "0", "before_unit": "dagen"},
    )
    assert status == 400 and "een heel getal groter dan 0" in html
    assert 'id="w-before" name="when" value="before" checked' in html
    c.call(
        "POST",
        f"/campaigns/c/{cid}/schedule",
        {"csrf_token": token, "when": "before", "before_n": "3", "before_unit": "dagen"},
    )
    with served.app.factory() as db:
        row = db.get_one(Campaign, cid)
        assert (row.status, row.send_at, row.before_start) == ("scheduled", None, 3 * 86400)
    assert "3 dagen vóór elke sessie" in c.call("GET", "/campaigns/dia-demo")[2]
    assert audit(served, "campaign.schedule", cid) == ["org-plan@vng.example"] * 2


def test_send_now_queues_everyone_and_the_progress_page_follows_it(served: Running) -> None:
    people = seed(served.app.factory, "dia-demo-venlo", 120, start=300)
    c = organiser(served, "org-send@vng.example")
    cid = created_id(create(c, session=["dia-demo-venlo"], subject="Venlo-programma")[1])
    token = c.csrf(f"/campaigns/c/{cid}")
    status, headers, _ = c.call("POST", f"/campaigns/c/{cid}/send", {"csrf_token": token})
    assert status == 303 and headers["location"] == f"/campaigns/c/{cid}/progress?done=started"
    with served.app.factory() as db:
        assert (
            db.scalar(select(func.count()).select_from(CampaignRecipient).where(CampaignRecipient.campaign_id == cid))
            == 120
        )
    assert audit(served, "campaign.start", cid) == ["org-send@vng.example"]
    assert wait_until(lambda: _state(served, cid) == "done", 60)
    got = [r for _f, rcpts, raw in served.relay.messages if b"Venlo-programma" in raw for r in rcpts]
    assert sorted(got) == sorted(people)
    status, _, html = c.call("GET", f"/campaigns/c/{cid}/progress")
    assert status == 200 and 'http-equiv="refresh"' not in html
    assert '<td class="n-sent">120</td>' in html and "Ontvangers 1 tot en met 100 van 120" in html
    assert "p300@example.org" in html and "verstuurd" in html and "Volgende" in html
    _, _, html = c.call("GET", f"/campaigns/c/{cid}/progress?page=2")
    assert "Ontvangers 101 tot en met 120 van 120" in html and html.count('class="rs-sent"') == 20
    _, _, html = c.call("GET", "/campaigns/dia-demo")
    row = html.split(f'<a href="/campaigns/c/{cid}">', 1)[1].split("</tr>", 1)[0]
    assert "klaar" in row and "<td>120</td><td>0</td><td>0</td><td>0</td>" in row


def test_the_progress_page_refreshes_itself_while_sending(served: Running) -> None:
    # A "2 hours before each session" campaign that is sending (its sessions are years away, so serve
    # leaves it so): the page reloads itself; a draft's page does not.
    c = organiser(served, "org-live@vng.example")
    cid = created_id(
        create(
            c,
            event="peer-demo",
            session=["peer-demo-ghent"],
            subject="Ghent",
            when="before",
            before_n="2",
            before_unit="uren",
        )[1]
    )
    assert 'http-equiv="refresh"' not in c.call("GET", f"/campaigns/c/{cid}/progress")[2]
    with served.app.factory() as db, db.begin():
        db.get_one(Campaign, cid).status = "sending"
    _, _, html = c.call("GET", f"/campaigns/c/{cid}/progress")
    assert '<noscript><meta http-equiv="refresh" content="5"></noscript>' in html and "wordt verstuurd" in html
    assert 'src="/static/campaign-progress.js"' in html and "?live=0" in html  # the switch to stop it
    _, _, html = c.call("GET", f"/campaigns/c/{cid}/progress?live=0")
    assert 'http-equiv="refresh"' not in html and "Automatisch verversen" in html
    status, headers, _ = c.call("GET", "/static/campaign-progress.js")
    assert status == 200 and headers["content-type"].startswith("text/javascript")


def test_create_and_send_now_in_one_step(served: Running) -> None:
    people = seed(served.app.factory, "peer-demo-rotterdam", 2, start=450)
    c = organiser(served, "org-now@vng.example")
    status, headers, _ = create(
        c, event="peer-demo", session=["peer-demo-rotterdam"], subject="Rotterdam now", when="now"
    )
    assert status == 303 and headers["location"].endswith("?done=started")
    cid = created_id(headers)
    assert audit(served, "campaign.start", cid) == ["org-now@vng.example"]
    assert wait_until(lambda: _state(served, cid) == "done", 30)
    assert sorted(r for _f, rcpts, raw in served.relay.messages if b"Rotterdam now" in raw for r in rcpts) == people


def test_cancel_stops_a_scheduled_campaign_once(served: Running) -> None:
    c = organiser(served, "org-cancel@vng.example")
    cid = created_id(create(c, session=["dia-demo-utrecht"], when="before", before_n="2", before_unit="uren")[1])
    assert _state(served, cid) == "scheduled"
    token = c.csrf(f"/campaigns/c/{cid}")
    status, headers, _ = c.call("POST", f"/campaigns/c/{cid}/cancel", {"csrf_token": token})
    assert status == 303 and headers["location"].endswith("?done=cancelled") and _state(served, cid) == "cancelled"
    assert audit(served, "campaign.cancel", cid) == ["org-cancel@vng.example"]
    status, _, html = c.call("POST", f"/campaigns/c/{cid}/cancel", {"csrf_token": token})
    assert status == 409 and "Deze campagne is al geannuleerd." in html
    status, _, html = c.call("POST", f"/campaigns/c/{cid}/send", {"csrf_token": token})
    assert status == 409 and "was cancelled" in html


def test_a_post_without_the_csrf_token_is_refused(served: Running) -> None:
    c = organiser(served, "org-csrf@vng.example")
    cid = created_id(create(c, session=["dia-demo-utrecht"])[1])
    for action in ("send", "cancel", "schedule", "test"):
        status, _, html = c.call("POST", f"/campaigns/c/{cid}/{action}", {"to": "x@example.org", "when": "draft"})
        assert status == 403 and "formulier is verlopen" in html, action
        assert c.call("POST", f"/campaigns/c/{cid}/{action}", {"csrf_token": "forged", "when": "draft"})[0] == 403
    assert c.call("POST", "/campaigns/dia-demo/new", {"subject": "x", "body": "y"})[0] == 403
    assert _state(served, cid) == "draft" and audit(served, "campaign.start", cid) == []


def test_an_account_limited_to_one_event_sees_only_its_campaigns(served: Running) -> None:
    other = organiser(served, "org-all@vng.example")
    dia = created_id(create(other, session=["dia-demo-utrecht"], subject="Alleen voor dia")[1])
    c = organiser(served, "org-peer@vng.example", events=["peer-demo"])
    status, headers, _ = c.call("GET", "/campaigns")
    assert status == 303 and headers["location"] == "/campaigns/peer-demo"
    assert "Alleen voor dia" not in c.call("GET", "/campaigns/peer-demo")[2]
    for path in (
        "/campaigns/dia-demo",
        "/campaigns/dia-demo/new",
        f"/campaigns/c/{dia}",
        f"/campaigns/c/{dia}/progress",
    ):
        assert c.call("GET", path)[0] == 403, path
    token = c.csrf("/campaigns/peer-demo")
    assert c.call("POST", f"/campaigns/c/{dia}/cancel", {"csrf_token": token})[0] == 403
    assert create(c, event="peer-demo", exclude_campaign=str(dia))[0] == 400  # not one of this event's
    assert _state(served, dia) == "draft"


def test_english_pages_and_every_campaign_text_translated(served: Running) -> None:
    source = "".join(
        (ROOT / "mailflow" / "web" / name).read_text(encoding="utf-8")
        for name in ("campaign_form.py", "routes/campaigns.py")
    )
    problems = re.findall(r'FormProblem\("([^"]+)"', source)
    assert len(problems) >= 8
    assert [t for t in (*TEXTS, *problems, *ALREADY.values()) if t not in EN] == []
    c = organiser(served, "org-en@vng.example")
    c.call("GET", "/lang/en?next=/campaigns")
    _, _, html = c.call("GET", "/campaigns/dia-demo/new")
    assert '<html lang="en">' in html and "Create campaign" in html and "Send now" in html


def _campaigns(running: Running) -> int:
    with running.app.factory() as db:
        return db.scalar(select(func.count()).select_from(Campaign)) or 0


def _state(running: Running, campaign_id: int) -> str:
    with running.app.factory() as db:
        return db.get_one(Campaign, campaign_id).status


# ---------------------------------------------------------------- what the pages read, on both databases


def test_overview_recipients_and_audience_sample(
    synced: sessionmaker[Session], catalogue: Catalogue, settings: Settings
) -> None:
    now = at(2026, 11, 22, 12)
    emails = seed(synced, "dia-haarlem", 5)
    draft = Draft(
        Audience("dia", ("dia-haarlem",)),
        "Programma",
        "Tekst {{ name }}",
        late_joiners=True,
        schedule=Schedule(before_start=dt.timedelta(days=2)),
        created_by="org@vng.example",
    )
    with synced() as db, db.begin():
        cid = service.create(db, catalogue, settings, draft, now)
    with synced() as db:
        o = service.overview(db, cid)
        assert (o.status, o.before_start, o.late_joiners, o.audience.sessions) == (
            "scheduled",
            dt.timedelta(days=2),
            True,
            ("dia-haarlem",),
        )
        assert service.audience_sample(db, cid, limit=2) == (
            5,
            [(emails[0], "Deelnemer 0"), (emails[1], "Deelnemer 1")],
        )
        assert service.recipients(db, cid) == (0, [])
    with synced() as db, db.begin():
        service.set_schedule(db, cid, Schedule(), now, actor="org@vng.example")
        service.start(db, catalogue, settings, cid, now, actor="org@vng.example")
    with synced() as db:
        total, rows = service.recipients(db, cid, offset=3, limit=10)
        assert total == 5 and [r.email for r in rows] == sorted(emails)[3:] and rows[0].state == "pending"
        assert [x.campaign_id for x in service.overviews(db, ("dia",))] == [cid]
        assert service.overviews(db, ("vng",)) == []
        actions = list(
            db.scalars(select(AuditLog.action).where(AuditLog.target == f"campaign:{cid}").order_by(AuditLog.id))
        )
    assert actions == ["campaign.create", "campaign.schedule", "campaign.start"]
