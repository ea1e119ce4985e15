"""The organisers' catalogue pages over real HTTP against a running serve: edits land in the TOML file,
go through the sync's change detection, and a moved session's registrants get their calendar update."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import time
import tomllib
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from mailflow.catalogue import load_catalogue
from mailflow.catalogue.fields import Problem
from mailflow.db.models import AuditLog, Registration, SessionRow
from mailflow.staff.i18n import EN
from service_kit import ROOT, Running, mails, service
from test_web_http import Client, staff

EVENT, SESSION = "dia-demo", "dia-demo-utrecht"
SESSION_PAGE = f"/events/{EVENT}/sessions/{SESSION}"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Running, Path]]:
    catalogue = tmp_path / "catalogue.toml"
    shutil.copy(ROOT / "demo" / "catalogue.toml", catalogue)
    with service(tmp_path, catalogue=catalogue) as running:
        yield running, catalogue


def organiser(
    running: Running, email: str = "org@vng.example", role: str = "organiser", events: list[str] | None = None
) -> Client:
    c = Client(running.web_url)
    assert c.login(staff(running, email, role, events)) == 303
    return c


def form_of(c: Client, path: str) -> dict[str, str]:
    """The form's fields as the page fills them in (inputs, the selected option, textareas)."""
    status, _, html = c.call("GET", path)
    assert status == 200, html[:300]
    fields = {
        m.group(1): _unescape(m.group(2))
        for m in re.finditer(r'<input id="f-[^"]*" name="([^"]+)" type="[^"]+" value="([^"]*)"', html)
    }
    for name, body in re.findall(r'<select id="f-[^"]*" name="([^"]+)"[^>]*>(.*?)</select>', html, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected', body)
        fields[name] = chosen.group(1) if chosen else ""
    for name, body in re.findall(r'<textarea id="f-[^"]*" name="([^"]+)"[^>]*>(.*?)</textarea>', html, re.S):
        fields[name] = _unescape(body)
    if re.search(r'name="online" value="1" checked', html):
        fields["online"] = "1"
    fields["csrf_token"] = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    return fields


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


def register(running: Running, c: Client, *people: str) -> list[Any]:
    """Register people for SESSION through the registrations page; their confirmations (with invites)."""
    for email in people:
        token = c.csrf(f"/registrations/{EVENT}")
        status, _, _ = c.call(
            "POST",
            f"/registrations/{EVENT}/add",
            {"csrf_token": token, "email": email, "name": email.split("@")[0].title(), "session": SESSION},
        )
        assert status == 303
    got = mails(running, len(people))
    assert len(got) == len(people)
    return got


def hidden(html: str) -> dict[str, str]:
    return {
        m.group(1): _unescape(m.group(2))
        for m in re.finditer(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html)
    }


def test_moving_a_session_asks_shows_who_and_the_mail_then_sends_calendar_updates(world: tuple[Running, Path]) -> None:
    running, path = world
    c = organiser(running)
    confirmations = register(running, c, "anna@gemeente.example", "bram@gemeente.example")
    first = {m.to[0]: m.invites[0] for m in confirmations}
    fields = form_of(c, SESSION_PAGE)
    assert fields["starts"] == "2030-06-10T09:00" and fields["capacity"] == "60"
    fields.update(starts="2030-06-11T13:00", ends="2030-06-11T16:00")
    status, _, html = c.call("POST", SESSION_PAGE, fields)
    assert status == 200 and "Wijziging bevestigen" in html
    assert "anna@gemeente.example" in html and "bram@gemeente.example" in html and "2 inschrijving(en)" in html
    assert "Voorbeeld van het bericht" in html and "11 juni 2030" in html  # the new date in the mail preview
    assert "2030-06-10T09:00:00" in path.read_text(encoding="utf-8")  # nothing written yet
    confirm = hidden(html)
    assert confirm["starts"] == "2030-06-11T13:00" and confirm["version"]
    status, headers, _ = c.call("POST", SESSION_PAGE, {**confirm, "confirm": "send"})
    assert status == 303 and headers["location"].startswith(f"/events/{EVENT}?done=sent&n=2")
    updates = mails(running, 4)[2:]
    assert sorted(m.to[0] for m in updates) == ["anna@gemeente.example", "bram@gemeente.example"]
    for m in updates:
        [invite] = m.invites
        assert invite.method == "REQUEST" and invite.uid == first[m.to[0]].uid
        assert invite.sequence == first[m.to[0]].sequence + 1
        assert invite.dtstart.replace(tzinfo=None) == dt.datetime(2030, 6, 11, 13, 0)
    text = path.read_text(encoding="utf-8")
    assert "starts = 2030-06-11T13:00:00" in text and "# Demo catalogue" in text  # comments kept
    reloaded = load_catalogue([path])
    assert reloaded.session(SESSION).starts.replace(tzinfo=None) == dt.datetime(2030, 6, 11, 13, 0)
    with running.app.factory() as db:
        entry = db.scalar(select(AuditLog).where(AuditLog.action == "catalogue.session_update"))
        assert entry is not None and entry.actor == "org@vng.example"
        assert entry.before is not None and entry.before["starts"] == "2030-06-10T09:00:00"
        assert entry.after is not None and entry.after["starts"] == "2030-06-11T13:00:00"
        assert db.scalar(select(SessionRow.sequence).where(SessionRow.key == SESSION)) == 1
    status, _, html = c.call("GET", f"/events/{EVENT}?done=sent&n=2")
    assert "2 agenda-update(s)" in html
    time.sleep(3)  # serve's file watcher (every 2 s) reloads the new file and finds the database in line
    with running.app.factory() as db:
        assert db.scalar(select(SessionRow.sequence).where(SessionRow.key == SESSION)) == 1
    assert len(mails(running, 5, timeout=1)) == 4


def test_save_without_sending_leaves_the_updates_waiting(world: tuple[Running, Path]) -> None:
    running, path = world
    c = organiser(running)
    register(running, c, "anna@gemeente.example")
    fields = form_of(c, SESSION_PAGE)
    fields.update(city="Amersfoort", venue="Het Eemhuis")
    status, _, html = c.call("POST", SESSION_PAGE, fields)
    assert status == 200 and "anna@gemeente.example" in html
    status, headers, _ = c.call("POST", SESSION_PAGE, {**hidden(html), "confirm": "quiet"})
    assert status == 303 and "done=saved" in headers["location"]
    assert 'city = "Amersfoort"' in path.read_text(encoding="utf-8")
    assert len(mails(running, 2, timeout=2)) == 1  # only the confirmation
    with running.app.factory() as db:
        reg = db.scalar(select(Registration))
        seq = db.scalar(select(SessionRow.sequence).where(SessionRow.key == SESSION))
        assert reg is not None and reg.session_sequence < (seq or 0)  # `events sync --notify` would still send it


def test_capacity_edit_saves_at_once_without_notifications(world: tuple[Running, Path]) -> None:
    running, path = world
    c = organiser(running)
    register(running, c, "anna@gemeente.example")
    fields = form_of(c, SESSION_PAGE)
    fields["capacity"] = "75"
    status, headers, _ = c.call("POST", SESSION_PAGE, fields)
    assert status == 303 and "done=saved" in headers["location"]
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    [utrecht] = [s for s in data["events"][0]["sessions"] if s["key"] == SESSION]
    assert utrecht["capacity"] == 75
    assert running.app.catalogue.session(SESSION).capacity == 75
    assert len(mails(running, 2, timeout=2)) == 1
    with running.app.factory() as db:
        assert db.scalar(select(SessionRow.capacity).where(SessionRow.key == SESSION)) == 75
        assert db.scalar(select(SessionRow.sequence).where(SessionRow.key == SESSION)) == 0


def test_cancelling_a_session_tells_the_registrants_with_a_cancel(world: tuple[Running, Path]) -> None:
    running, _ = world
    c = organiser(running)
    [confirmation] = register(running, c, "anna@gemeente.example")
    fields = form_of(c, SESSION_PAGE)
    fields["status"] = "cancelled"
    status, _, html = c.call("POST", SESSION_PAGE, fields)
    assert status == 200 and "geannuleerd" in html and "anna@gemeente.example" in html
    assert c.call("POST", SESSION_PAGE, {**hidden(html), "confirm": "send"})[0] == 303
    [_, cancel] = mails(running, 2)
    [invite] = cancel.invites
    assert invite.method == "CANCEL" and invite.uid == confirmation.invites[0].uid


def test_errors_are_shown_on_the_form_with_the_values_kept(world: tuple[Running, Path]) -> None:
    running, path = world
    c = organiser(running)
    before = path.read_text(encoding="utf-8")
    fields = form_of(c, SESSION_PAGE)
    fields.update(ends="2030-06-10T08:00", title="Nieuwe titel")
    status, _, html = c.call("POST", SESSION_PAGE, fields)
    assert status == 400 and "het einde moet na het begin liggen" in html and 'value="Nieuwe titel"' in html
    assert 'aria-invalid="true"' in html
    status, _, html = c.call("POST", SESSION_PAGE, {**fields, "ends": "2030-06-10T12:00", "colour": "red"})
    assert status == 400 and "onbekend veld colour" in html
    status, _, html = c.call("POST", SESSION_PAGE, {**fields, "ends": "morgen", "capacity": "veel"})
    assert status == 400 and "verwacht een datum en tijd" in html and "verwacht een heel getal" in html
    status, _, html = c.call("POST", SESSION_PAGE, {**fields, "ends": "2030-06-10T12:00", "online_url": "teams"})
    assert status == 400 and "https://" in html
    c.call("GET", "/lang/en")
    c.jar.set_cookie(_cookie("lang", "en"))
    status, _, html = c.call("POST", SESSION_PAGE, {**fields, "ends": "2030-06-10T12:00", "capacity": "veel"})
    assert status == 400 and "expected a whole number" in html and "Not saved" in html
    assert path.read_text(encoding="utf-8") == before


def test_add_a_session_and_a_new_event(world: tuple[Running, Path]) -> None:
    running, path = world
    c = organiser(running, role="admin")
    token = c.csrf(f"/events/{EVENT}/sessions/new")
    status, headers, html = c.call(
        "POST",
        f"/events/{EVENT}/sessions/new",
        {
            "csrf_token": token,
            "key": "dia-demo-zwolle",
            "title": "Regionale ontwerpsessie Oost",
            "starts": "2030-07-01T09:00",
            "ends": "2030-07-01T12:00",
            "city": "Zwolle",
            "capacity": "25",
            "status": "open",
        },
    )
    assert status == 303, html[:2000]
    assert running.app.catalogue.session("dia-demo-zwolle").city == "Zwolle"
    token = c.csrf("/events/new")
    status, _, html = c.call(
        "POST",
        "/events/new",
        {
            "csrf_token": token,
            "key": "jeugd-2030",
            "title": "Jeugddag",
            "mailbox": "jeugd@vng.example",
            "language": "nl",
            "timezone": "Europe/Amsterdam",
            "session_key": "jeugd-2030-a",
            "session_title": "Ochtend",
            "session_starts": "2030-09-01T09:00",
            "session_ends": "2030-09-01T08:00",
        },
    )
    assert status == 400 and "must be later than starts" in html and 'value="Jeugddag"' in html
    status, headers, _ = c.call(
        "POST",
        "/events/new",
        {
            "csrf_token": token,
            "key": "jeugd-2030",
            "title": "Jeugddag",
            "mailbox": "jeugd@vng.example",
            "language": "nl",
            "timezone": "Europe/Amsterdam",
            "session_key": "jeugd-2030-a",
            "session_title": "Ochtend",
            "session_starts": "2030-09-01T09:00",
            "session_ends": "2030-09-01T12:00",
        },
    )
    assert status == 303 and headers["location"].startswith("/events/jeugd-2030")
    cat = load_catalogue([path])
    assert cat.event("jeugd-2030").sessions[0].key == "jeugd-2030-a" and cat.has_session("dia-demo-zwolle")
    with running.app.factory() as db:
        assert db.scalar(select(SessionRow.id).where(SessionRow.key == "jeugd-2030-a")) is not None
        actions = set(db.scalars(select(AuditLog.action).where(AuditLog.action.like("catalogue.%"))))
        assert {"catalogue.session_create", "catalogue.event_create"} <= actions


def _import(c: Client, data: bytes, filename: str) -> tuple[int, str]:
    token = c.csrf(f"/events/{EVENT}/import")
    boundary = uuid.uuid4().hex
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n{token}\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    import urllib.request

    req = urllib.request.Request(
        c.base + f"/events/{EVENT}/import",
        data=body,
        method="POST",
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    try:
        with c.opener.open(req, timeout=20) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


CSV = (
    "key;title;starts;ends;city;capacity\n"
    "dia-demo-leiden;Sessie Leiden;2030-07-02 09:00;2030-07-02 12:00;Leiden;30\n"
    "dia-demo-gouda;Sessie Gouda;2030-07-03 09:00;2030-07-03 12:00;Gouda;veel\n"
    "dia-demo-haarlem;;;;;45\n"
)


def test_csv_import_reports_the_bad_row_and_applies_the_good_ones_after_confirmation(
    world: tuple[Running, Path],
) -> None:
    running, path = world
    c = organiser(running)
    before = path.read_text(encoding="utf-8")
    status, html = _import(c, CSV.encode("utf-8"), "sessies.csv")
    assert status == 200, html[:2000]
    assert "rij 3, kolom F (capacity)" in html and "verwacht een heel getal" in html
    assert "2 zonder fouten" in html
    assert path.read_text(encoding="utf-8") == before  # a preview writes nothing
    form = hidden(html)
    status, headers, _ = c.call("POST", f"/events/{EVENT}/import", {**form, "confirm": "apply"})
    assert status == 303
    cat = load_catalogue([path])
    assert cat.session("dia-demo-leiden").capacity == 30 and cat.session("dia-demo-haarlem").capacity == 45
    assert not cat.has_session("dia-demo-gouda")
    assert cat.session("dia-demo-haarlem").city == "Haarlem"  # empty cells leave values as they are


def test_xlsx_import_with_typed_cells_and_a_bad_type(world: tuple[Running, Path]) -> None:
    running, path = world
    c = organiser(running)
    book = Workbook()
    sheet = book.active
    sheet.append(["key", "title", "starts", "ends", "capacity", "online"])
    sheet.append(
        ["dia-demo-online", "Online sessie", dt.datetime(2030, 7, 5, 10), dt.datetime(2030, 7, 5, 11), 100, True]
    )
    sheet.append(["dia-demo-fout", "Fout", "volgende week", dt.datetime(2030, 7, 6, 11), 10.5, "ja"])
    sheet.append(["dia-demo-laat", "Laat", dt.datetime(2030, 7, 6, 11), dt.datetime(2030, 7, 6, 10), 5, None])
    out = io.BytesIO()
    book.save(out)
    status, html = _import(c, out.getvalue(), "sessies.xlsx")
    assert status == 200, html[:2000]
    assert "rij 3, kolom C (starts)" in html and "rij 3, kolom E (capacity)" in html
    assert "rij 4, kolom D (ends)" in html and "1 zonder fouten" in html
    status, _, _ = c.call("POST", f"/events/{EVENT}/import", {**hidden(html), "confirm": "apply"})
    assert status == 303
    cat = load_catalogue([path])
    assert cat.session("dia-demo-online").online and cat.session("dia-demo-online").capacity == 100
    assert not cat.has_session("dia-demo-fout") and not cat.has_session("dia-demo-laat")


def test_import_of_an_unreadable_or_unknown_column_file_applies_nothing(world: tuple[Running, Path]) -> None:
    running, _ = world
    c = organiser(running)
    status, html = _import(c, b"key,colour\nx,red\n", "s.csv")
    assert status == 400 and "onbekende kolom colour" in html and 'value="apply"' not in html
    status, html = _import(c, b"PK\x03\x04 not really a workbook", "s.xlsx")
    assert status == 400 and "geen Excel-bestand" in html


def test_export_round_trips_through_the_loader(world: tuple[Running, Path], tmp_path: Path) -> None:
    running, path = world
    c = organiser(running)
    status, headers, text = c.call("GET", "/events/export.toml")
    assert status == 200 and "attachment" in headers["content-disposition"]
    exported = tmp_path / "exported.toml"
    exported.write_text(text, encoding="utf-8")
    assert load_catalogue([exported]).events == load_catalogue([path]).events


def test_roles_event_limits_and_csrf(world: tuple[Running, Path]) -> None:
    running, path = world
    sec = Client(running.web_url)
    sec.login(staff(running, "sec@vng.example"))
    for p in ("/events", SESSION_PAGE, "/events/export.toml", f"/events/{EVENT}/import", "/events/new"):
        assert sec.call("GET", p)[0] == 403, p
    token = sec.csrf("/review")
    assert sec.call("POST", SESSION_PAGE, {"csrf_token": token, "capacity": "1"})[0] == 403
    limited = organiser(running, "lim@vng.example", events=["planningsdag-demo"])
    assert limited.call("GET", SESSION_PAGE)[0] == 403
    assert limited.call("GET", "/events/new")[0] == 403
    status, _, html = limited.call("GET", "/events")
    assert status == 200 and "planningsdag-demo" in html and "dia-demo" not in html
    c = organiser(running)
    fields = form_of(c, SESSION_PAGE)
    before = path.read_text(encoding="utf-8")
    status, _, html = c.call("POST", SESSION_PAGE, {**fields, "csrf_token": "forged", "capacity": "1"})
    assert status == 403 and "formulier is verlopen" in html
    status, _, html = c.call("POST", SESSION_PAGE, {k: v for k, v in fields.items() if k != "csrf_token"})
    assert status == 403
    assert path.read_text(encoding="utf-8") == before
    assert "/events" in c.call("GET", "/review")[2] and 'href="/events"' not in sec.call("GET", "/review")[2]


def test_every_problem_text_has_english() -> None:
    # The problems are built in code (not in templates), so the page test does not see them.
    sources = [
        ROOT / "mailflow" / "catalogue" / "fields.py",
        ROOT / "mailflow" / "catalogue" / "table_import.py",
        *(ROOT / "mailflow" / "web" / "routes").glob("*.py"),
    ]
    texts = set()
    for source in sources:
        code = source.read_text(encoding="utf-8")
        for m in re.finditer(r'Problem\(((?:"[^"]*"\s*)+)', code):
            texts.add("".join(re.findall(r'"([^"]*)"', m.group(1))))
    assert texts and sorted(t for t in texts if t not in EN) == []
    assert Problem("vul dit in").text in EN


def _cookie(name: str, value: str) -> Any:
    import http.cookiejar

    return http.cookiejar.Cookie(
        0, name, value, None, False, "127.0.0.1", False, False, "/", True, False, None, False, None, None, {}
    )


def test_a_file_changed_after_the_preview_asks_again(world: tuple[Running, Path]) -> None:
    # Someone edits the file by hand between the confirmation page and the click: the page is shown again
    # (on the new file), nothing is saved and nothing sent until confirmed once more.
    running, path = world
    c = organiser(running)
    register(running, c, "anna@gemeente.example")
    fields = form_of(c, SESSION_PAGE)
    fields.update(starts="2030-06-10T10:00")
    status, _, html = c.call("POST", SESSION_PAGE, fields)
    assert status == 200
    path.write_text(path.read_text(encoding="utf-8").replace("capacity = 60", "capacity = 61"), encoding="utf-8")
    status, _, html = c.call("POST", SESSION_PAGE, {**hidden(html), "confirm": "send"})
    assert status == 200 and "intussen gewijzigd" in html
    assert "2030-06-10T09:00:00" in path.read_text(encoding="utf-8")
    status, _, _ = c.call("POST", SESSION_PAGE, {**hidden(html), "confirm": "send"})
    assert status == 303
    text = path.read_text(encoding="utf-8")
    assert "starts = 2030-06-10T10:00:00" in text
    assert len(mails(running, 2)) == 2


def test_cancelling_the_event_asks_about_every_session_with_registrants(world: tuple[Running, Path]) -> None:
    running, path = world
    c = organiser(running)
    register(running, c, "anna@gemeente.example")
    fields = form_of(c, f"/events/{EVENT}")
    assert fields["title"] == "Ontwerpsessies Democratie in Actie"
    fields["status"] = "cancelled"
    status, _, html = c.call("POST", f"/events/{EVENT}", fields)
    assert status == 200 and SESSION in html and "anna@gemeente.example" in html
    assert c.call("POST", f"/events/{EVENT}", {**hidden(html), "confirm": "quiet"})[0] == 303
    assert load_catalogue([path]).event(EVENT).status == "cancelled"
    with running.app.factory() as db:
        entry = db.scalar(select(AuditLog).where(AuditLog.action == "catalogue.event_update"))
        assert entry is not None and entry.before == {"status": None} and entry.after is not None
        assert entry.after["status"] == "cancelled"


def test_a_half_saved_hand_edit_is_an_error_on_the_page_not_a_500(world: tuple[Running, Path]) -> None:
    running, path = world
    c = organiser(running)
    fields = form_of(c, SESSION_PAGE)
    path.write_text(path.read_text(encoding="utf-8") + "\n[[events]\nkey = ", encoding="utf-8")
    status, _, html = c.call("POST", SESSION_PAGE, {**fields, "capacity": "61"})
    assert status == 400 and "not valid TOML" in html and "mailflow events check" in html
    status, _, html = c.call("GET", SESSION_PAGE)
    assert status == 409 and "not valid TOML" in html
    assert c.call("GET", f"/events/{EVENT}")[0] == 409


def test_a_file_the_service_may_not_write_is_said_and_nothing_is_saved(
    world: tuple[Running, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # As in production with the catalogue in /etc (read-only for the service): the page says so.
    running, path = world
    c = organiser(running)
    register(running, c, "anna@gemeente.example")

    def refuse(target: Path, text: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("mailflow.apply.catalogue_edit.write_atomic", refuse)
    fields = form_of(c, SESSION_PAGE)
    fields.update(starts="2030-06-10T10:00")
    status, _, html = c.call("POST", SESSION_PAGE, fields)
    status, _, html = c.call("POST", SESSION_PAGE, {**hidden(html), "confirm": "send"})
    assert status == 409 and "could not be written (Permission denied)" in html and "operations.md" in html
    with running.app.factory() as db:
        assert db.scalar(select(SessionRow.sequence).where(SessionRow.key == SESSION)) == 0
        assert db.scalar(select(AuditLog).where(AuditLog.action == "catalogue.session_update")) is None
    assert len(mails(running, 2, timeout=2)) == 1
