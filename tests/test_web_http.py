"""The staff pages and the JSON API over real HTTP against a running serve (no browser needed)."""

from __future__ import annotations

import http.cookiejar
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from sqlalchemy import select

from mailflow.db.models import AuditLog, ReviewItem
from mailflow.staff.accounts import add
from service_kit import Running, mails

PASSWORD = "correct horse battery staple"


class Client:
    """A browser without the browser: cookies kept, redirects not followed (tests look at them)."""

    def __init__(self, base: str) -> None:
        self.base, self.jar = base, http.cookiejar.CookieJar()

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args: Any, **kwargs: Any) -> None:
                return None

        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def call(
        self,
        method: str,
        path: str,
        data: dict[str, Any] | None = None,
        *,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], str]:
        body, hdrs = None, dict(headers or {})
        if json_body is not None:
            body, hdrs["Content-Type"] = json.dumps(json_body).encode(), "application/json"
        elif data is not None:
            body = urllib.parse.urlencode(data, doseq=True).encode()
            hdrs["Content-Type"] = "application/x-www-form-urlencoded"
        req = urllib.request.Request(self.base + path, data=body, method=method, headers=hdrs)
        try:
            with self.opener.open(req, timeout=20) as r:
                return r.status, dict(r.headers), r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read().decode("utf-8", "replace")

    def csrf(self, path: str) -> str:
        _, _, html = self.call("GET", path)
        found = re.search(r'name="csrf_token" value="([^"]+)"', html)
        assert found, html[:500]
        return found.group(1)

    def login(self, email: str, password: str = PASSWORD) -> int:
        token = self.csrf("/login")
        status, _, _ = self.call("POST", "/login", {"csrf_token": token, "email": email, "password": password})
        return status


def staff(running: Running, email: str, role: str = "secretariat", events: list[str] | None = None) -> str:
    with running.app.factory() as db, db.begin():
        add(db, email, PASSWORD, role, events=events)
    return email


def open_items(running: Running, n: int, timeout: float = 20.0) -> list[int]:
    deadline = time.monotonic() + timeout
    while True:
        with running.app.factory() as db:
            ids = list(db.scalars(select(ReviewItem.id).where(ReviewItem.status == "open").order_by(ReviewItem.id)))
        if len(ids) >= n or time.monotonic() > deadline:
            return ids
        time.sleep(0.1)


def test_nothing_answers_without_login_but_the_health_check(running: Running) -> None:
    c = Client(running.web_url)
    assert c.call("GET", "/health")[0] == 200
    status, headers, _ = c.call("GET", "/review")
    assert status == 303 and headers["location"].startswith("/login?next=/review")
    for path in ("/registrations/dia-demo/export.csv", "/digest", "/junk", "/review/1/attachment/0"):
        assert c.call("GET", path)[0] == 303, path
    assert c.call("GET", "/api/review")[0] == 401
    assert c.call("POST", "/review/bulk", {"action": "ignore"})[0] == 303
    assert "default-src 'none'" in headers["content-security-policy"]


def test_login_is_rate_limited_and_logout_ends_the_session(running: Running) -> None:
    # Five wrong passwords, then even the right one waits; a logout makes the old cookie worthless.
    staff(running, "sec@vng.example")
    c = Client(running.web_url)
    assert [c.login("sec@vng.example", "wrong password!") for _ in range(5)] == [401] * 5
    assert c.login("sec@vng.example") == 429
    other = Client(running.web_url)
    staff(running, "two@vng.example")
    assert other.login("two@vng.example") == 303
    assert other.call("GET", "/review")[0] == 200
    token = other.csrf("/review")
    assert other.call("POST", "/logout", {"csrf_token": token})[0] == 303
    assert other.call("GET", "/review")[0] == 303
    with running.app.factory() as db:
        assert db.scalar(select(AuditLog).where(AuditLog.action == "staff.login_failed")) is not None


def test_login_form_needs_its_csrf_cookie(running: Running) -> None:
    staff(running, "sec@vng.example")
    c = Client(running.web_url)
    status, _, html = c.call("POST", "/login", {"email": "sec@vng.example", "password": PASSWORD})
    assert status == 403 and "formulier is verlopen" in html


def test_two_staff_at_once_the_second_is_refused_politely(running: Running) -> None:
    # A opens the item (it is theirs for now); B sees who, and B's decision is refused until A is done;
    # after A resolved it, B's second resolve is refused with who did it.
    running.send("Is er parkeergelegenheid?", subject="Parkeren")
    [item] = open_items(running, 1)
    a, b = Client(running.web_url), Client(running.web_url)
    a.login(staff(running, "a@vng.example"))
    b.login(staff(running, "b@vng.example"))
    a_token = a.csrf(f"/review/{item}")
    status, _, html = b.call("GET", f"/review/{item}")
    assert "Iemand anders behandelt dit bericht nu: a@vng.example" in html
    b_token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    status, _, html = b.call("POST", f"/review/{item}/decide", {"csrf_token": b_token, "action": "handled"})
    assert status == 409 and "a@vng.example is handling this item right now" in html
    assert a.call("POST", f"/review/{item}/decide", {"csrf_token": a_token, "action": "handled"})[0] == 303
    status, _, html = b.call("POST", f"/review/{item}/decide", {"csrf_token": b_token, "action": "ignore"})
    assert status == 409 and "already resolved by a@vng.example" in html


def test_bulk_junk_clears_a_robots_items_and_one_click_brings_one_back(running: Running) -> None:
    # Three mails from a helpdesk robot go to junk at once; the junk list shows them; one goes back.
    for n in range(3):
        running.send(
            f"Uw melding {n} is ontvangen, vraag: wanneer is het?",
            subject=f"Ticket {n}",
            sender="helpdesk@gemeente.example",
        )
    items = open_items(running, 3)
    c = Client(running.web_url)
    c.login(staff(running, "sec@vng.example"))
    token = c.csrf("/review")
    status, headers, _ = c.call("POST", "/review/bulk", {"csrf_token": token, "action": "junk", "item": items})
    assert status == 303 and headers["location"] == "/review?done=junk&n=3"
    assert open_items(running, 0) == []
    _, _, html = c.call("GET", "/junk")
    inbound = [int(i) for i in re.findall(r'action="/inbound/(\d+)/requeue"', html)]
    assert len(inbound) == 3 and "als junk gemarkeerd door sec@vng.example" in html  # stored English, shown Dutch
    status, headers, _ = c.call("POST", f"/inbound/{inbound[0]}/requeue", {"csrf_token": token})
    assert status == 303 and len(open_items(running, 1)) == 1


def test_json_api_login_queue_decision_and_registrations(running: Running) -> None:
    # Another system logs in for a bearer token and does what the pages do; the schema is published.
    running.send("Goedemiddag, ik wil mij graag aanmelden voor de ontwerpsessie.", subject="Aanmelding")
    [item] = open_items(running, 1)
    staff(running, "api@vng.example")
    c = Client(running.web_url)
    status, _, body = c.call("POST", "/api/login", json_body={"email": "api@vng.example", "password": PASSWORD})
    assert status == 200
    auth = {"Authorization": f"Bearer {json.loads(body)['token']}"}
    status, _, body = c.call("GET", "/api/review", headers=auth)
    assert status == 200 and [i["id"] for i in json.loads(body)] == [item]
    status, _, body = c.call("GET", f"/api/review/{item}", headers=auth)
    assert "dia-demo-venlo" in [s["key"] for s in json.loads(body)["sessions"]]
    status, _, body = c.call(
        "POST",
        f"/api/review/{item}/decision",
        headers=auth,
        json_body={"verb": "register", "sessions": ["dia-demo-venlo"]},
    )
    assert status == 200, body
    [reg] = json.loads(body)["registrations"]
    assert [m.msg["X-Mailflow-Kind"] for m in mails(running, 2)] == ["review_ack", "confirmation"]
    status, _, body = c.call("GET", "/api/events/dia-demo/registrations?session=dia-demo-venlo", headers=auth)
    assert [(r["email"], r["status"]) for r in json.loads(body)] == [("p.devries@gemeente.example", "confirmed")]
    assert c.call("POST", f"/api/registrations/{reg}/cancel", headers=auth, json_body={})[0] == 200
    assert c.call("POST", f"/api/registrations/{reg}/restore", headers=auth, json_body={})[0] == 200
    status, _, body = c.call("POST", f"/api/registrations/{reg}/restore", headers=auth, json_body={})
    assert status == 409 and "not cancelled" in body
    _, _, schema = c.call("GET", "/api/openapi.json")
    assert "/api/review/{item_id}/decision" in json.loads(schema)["paths"]


def test_api_with_the_cookie_needs_the_csrf_header(running: Running) -> None:
    c = Client(running.web_url)
    c.login(staff(running, "sec@vng.example"))
    status, _, _ = c.call("POST", "/api/review/bulk", json_body={"action": "ignore", "items": []})
    assert status == 403
    token = c.csrf("/review")
    status, _, _ = c.call(
        "POST", "/api/review/bulk", json_body={"action": "ignore", "items": []}, headers={"X-CSRF-Token": token}
    )
    assert status == 200


def test_an_account_limited_to_one_event_sees_only_that_event(running: Running) -> None:
    running.send("Is er parkeergelegenheid?", subject="Parkeren")
    [item] = open_items(running, 1)
    c = Client(running.web_url)
    c.login(staff(running, "peer@vng.example", events=["peer-demo"]))
    _, _, html = c.call("GET", "/review")
    assert f'href="/review/{item}"' not in html
    assert c.call("GET", f"/review/{item}")[0] == 403
    assert c.call("GET", "/registrations/dia-demo")[0] == 403
    assert c.call("GET", "/registrations/peer-demo")[0] == 200


def test_export_csv_and_xlsx_from_the_registrations_page(running: Running) -> None:
    running.send("Ik wil graag aansluiten in Utrecht.")
    mails(running, 1)
    c = Client(running.web_url)
    c.login(staff(running, "sec@vng.example"))
    status, headers, body = c.call("GET", "/registrations/dia-demo/export.csv")
    assert status == 200 and "attachment" in headers["content-disposition"]
    assert body.lstrip("\ufeff").startswith("email,name,organisation,event,session,")
    assert "p.devries@gemeente.example" in body
    status, headers, _ = c.call("GET", "/registrations/dia-demo/export.xlsx")
    assert status == 200 and "spreadsheetml" in headers["content-type"]


def test_a_long_queue_pages_and_every_reason_reads_in_words(running: Running) -> None:
    # 105 open items: the page shows 100 and a link to the next; the reason filter offers every code.
    from mailflow.review.queue import hold

    with running.app.factory() as db, db.begin():
        for n in range(105):
            hold(db, None, f"item {n}", [f"item {n}"], {"code": "many_others", "kind": "register"})
    c = Client(running.web_url)
    c.login(staff(running, "pager@vng.example"))
    status, _, first = c.call("GET", "/review")
    assert status == 200 and 'rel="next"' in first and "Veel anderen aangemeld" in first
    assert "many_others</" not in first
    status, _, second = c.call("GET", "/review?status=open&page=2")
    assert status == 200 and 'rel="prev"' in second and 'rel="next"' not in second
    shown = set(re.findall(r'href="/review/(\d+)"', first)) | set(re.findall(r'href="/review/(\d+)"', second))
    assert len(shown) >= 105
