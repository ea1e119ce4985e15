"""Accounts managed in the browser, over real HTTP against one running serve (one per module, to spare the cores).

Admins add accounts, change role, name, events and language, disable and enable them and
set a new password for someone; every staff member changes their own password and language
at Mijn account. Each test makes its own accounts (addresses of its own), so the tests do not
see each other's work; failed logins are cleared before each test so the per-address limit
of one test does not fall on the next. A test is judged by the pages, by what the person
whose account changed can still do with their open session, and by the audit log.
The last tests check the service rules (last admin, audit of an update) on SQLite and PostgreSQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from mailflow.db.models import AuditLog, LoginAttempt, StaffUser
from mailflow.staff import accounts
from mailflow.staff.accounts import AccountError
from mailflow.staff.i18n import EN
from mailflow.web.account_form import TEXTS
from service_kit import Running, service as serving
from test_web_http import PASSWORD, Client, staff

NEW_PASSWORD = "a different long passphrase"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    with serving(tmp_path_factory.mktemp("accounts-web")) as r:
        yield r


@pytest.fixture
def running(served: Running) -> Running:
    with served.app.factory() as db, db.begin():
        db.execute(delete(LoginAttempt))
    return served


def logged_in(running: Running, email: str, role: str = "secretariat", events: list[str] | None = None) -> Client:
    c = Client(running.web_url)
    assert c.login(staff(running, email, role, events)) == 303
    return c


def account_id(running: Running, email: str) -> int:
    with running.app.factory() as db:
        return db.scalars(select(StaffUser.id).where(StaffUser.email == email)).one()


def audits(running: Running, email: str) -> list[tuple[str, str, Any, Any]]:
    """(actor, action, before, after) of the changes to ``email``'s account, oldest first."""
    with running.app.factory() as db:
        rows = db.scalars(select(AuditLog).where(AuditLog.target == f"staff:{email}").order_by(AuditLog.id))
        return [(r.actor, r.action, r.before, r.after) for r in rows]


def post(c: Client, page: str, action: str, **fields: Any) -> tuple[int, dict[str, str], str]:
    """A form on ``page`` sent to ``action`` with the page's CSRF token, as a browser would."""
    return c.call("POST", action, {"csrf_token": c.csrf(page), **fields})


def new_account(
    c: Client,
    email: str,
    role: str = "secretariat",
    events: list[str] | None = None,
    password: str = PASSWORD,
    again: str | None = None,
    **more: str,
) -> tuple[int, dict[str, str], str]:
    return post(
        c,
        "/accounts/new",
        "/accounts/new",
        email=email,
        role=role,
        event=events or [],
        password=password,
        password2=password if again is None else again,
        **more,
    )


def test_an_admin_adds_an_account_who_can_then_log_in(running: Running) -> None:
    admin = logged_in(running, "add-admin@vng.example", "admin")
    status, headers, _ = new_account(admin, "New.Person@vng.example", "organiser", name="Nieuwe Persoon", language="en")
    assert status == 303 and headers["location"] == "/accounts?done=added"
    _, _, html = admin.call("GET", "/accounts?done=added")
    assert "Klaar: account toegevoegd." in html and "new.person@vng.example" in html and "Nieuwe Persoon" in html
    person = Client(running.web_url)
    assert person.login("new.person@vng.example") == 303
    _, _, html = person.call("GET", "/review")
    assert "Logged in as Nieuwe Persoon" in html  # the account's language, chosen by the admin
    assert person.call("GET", "/campaigns")[0] == 200 and person.call("GET", "/accounts")[0] == 403
    [(actor, action, _before, after)] = [a for a in audits(running, "new.person@vng.example") if a[1] == "staff.add"]
    assert (actor, after) == ("add-admin@vng.example", {"role": "organiser", "events": None})


def test_a_refused_form_keeps_its_values_but_never_the_password(running: Running) -> None:
    admin = logged_in(running, "form-admin@vng.example", "admin")
    status, _, html = new_account(
        admin,
        "kept@vng.example",
        "organiser",
        ["planningsdag-demo"],
        password="lang genoeg wachtwoord",
        again="ander lang wachtwoord",
        name="Kees Kept",
    )
    assert status == 400 and "De twee wachtwoorden zijn niet gelijk" in html
    assert 'value="kept@vng.example"' in html and 'value="Kees Kept"' in html
    assert re.search(r'value="organiser" checked', html) and re.search(r'value="planningsdag-demo" checked', html)
    assert 'value="dia-demo" checked' not in html
    assert "lang genoeg wachtwoord" not in html and "ander lang wachtwoord" not in html
    assert 'aria-invalid="true" aria-describedby="err-password' in html
    status, _, html = new_account(admin, "kept@vng.example", password="kort")
    assert status == 400 and "Het wachtwoord is te kort: gebruik minstens 12 tekens" in html
    status, _, html = new_account(admin, "form-admin@vng.example")
    assert status == 400 and "form-admin@vng.example heeft al een account." in html
    status, _, html = new_account(admin, "not an address")
    assert status == 400 and "is geen e-mailadres" in html
    status, _, html = new_account(admin, "kept@vng.example", "owner")
    assert status == 400 and "Kies een rol." in html
    status, _, html = new_account(admin, "kept@vng.example", events=["no-such-event"])
    assert status == 400 and "Kies alleen evenementen uit de lijst." in html
    status, _, html = new_account(admin, "kept@vng.example", name="K" * 301)
    assert status == 400 and "De naam is te lang: hoogstens 300 tekens." in html and 'value="' + "K" * 301 in html
    status, _, html = new_account(admin, "k" * 320 + "@vng.example")
    assert status == 400 and "is geen e-mailadres" in html
    admin.call("GET", "/lang/en?next=/accounts/new")
    status, _, html = new_account(admin, "kept@vng.example", password="short")
    assert status == 400 and "The password is too short: use at least 12 characters" in html
    with running.app.factory() as db:
        assert db.scalar(select(StaffUser).where(StaffUser.email == "kept@vng.example")) is None


def test_a_role_change_holds_at_the_persons_next_request(running: Running) -> None:
    person = logged_in(running, "role-person@vng.example")
    assert person.call("GET", "/campaigns")[0] == 403
    admin = logged_in(running, "role-admin@vng.example", "admin")
    page = f"/accounts/{account_id(running, 'role-person@vng.example')}"
    status, headers, _ = post(admin, page, page, role="organiser", name="Rolf")
    assert status == 303 and headers["location"] == f"{page}?done=saved"
    assert person.call("GET", "/campaigns")[0] == 200  # the same session, the new role
    _, _, html = admin.call("GET", f"{page}?done=saved")
    assert "Klaar: wijzigingen opgeslagen." in html and 'value="Rolf"' in html
    [change] = [a for a in audits(running, "role-person@vng.example") if a[1] == "staff.update"]
    assert change == (
        "role-admin@vng.example",
        "staff.update",
        {"name": None, "role": "secretariat"},
        {"name": "Rolf", "role": "organiser"},
    )


def test_limiting_an_account_to_one_event_hides_the_others(running: Running) -> None:
    person = logged_in(running, "limit-person@vng.example")
    assert person.call("GET", "/registrations/dia-demo")[0] == 200
    admin = logged_in(running, "limit-admin@vng.example", "admin")
    page = f"/accounts/{account_id(running, 'limit-person@vng.example')}"
    assert post(admin, page, page, role="secretariat", event="planningsdag-demo")[0] == 303
    assert person.call("GET", "/registrations/dia-demo")[0] == 403
    status, headers, _ = person.call("GET", "/registrations")
    assert status == 303 and headers["location"] == "/registrations/planningsdag-demo"
    _, _, html = admin.call("GET", "/accounts")
    assert re.search(r"limit-person@vng.example</a></td><td></td><td>Secretariaat</td><td>planningsdag-demo<", html)
    assert post(admin, page, page, role="secretariat")[0] == 303  # nothing ticked: every event
    assert person.call("GET", "/registrations/dia-demo")[0] == 200


def test_disabling_ends_the_open_session_and_the_login_until_enabled_again(running: Running) -> None:
    person = logged_in(running, "off-person@vng.example")
    admin = logged_in(running, "off-admin@vng.example", "admin")
    page = f"/accounts/{account_id(running, 'off-person@vng.example')}"
    status, headers, _ = post(admin, page, f"{page}/active", active="0")
    assert status == 303 and headers["location"] == f"{page}?done=disabled"
    status, headers, _ = person.call("GET", "/review")
    assert status == 303 and headers["location"].startswith("/login")
    assert Client(running.web_url).login("off-person@vng.example") == 401
    _, _, html = admin.call("GET", f"{page}?done=disabled")
    assert "uitgeschakeld" in html and "Account weer inschakelen" in html
    assert post(admin, page, f"{page}/active", active="yes")[0] == 303  # not a button of ours: no change
    assert Client(running.web_url).login("off-person@vng.example") == 401
    assert post(admin, page, f"{page}/active", active="1")[0] == 303
    assert Client(running.web_url).login("off-person@vng.example") == 303
    assert [a[:2] for a in audits(running, "off-person@vng.example") if a[1] in ("staff.disable", "staff.enable")] == [
        ("off-admin@vng.example", "staff.disable"),
        ("off-admin@vng.example", "staff.enable"),
    ]


def test_a_disabled_accounts_session_is_refused_even_if_its_row_survived(running: Running) -> None:
    # Belt and braces: an account switched off by any other route (a database edit, an older
    # process) is refused by security.caller itself, not only by the deletion of its sessions.
    person = logged_in(running, "raw-off@vng.example")
    with running.app.factory() as db, db.begin():
        db.scalars(select(StaffUser).where(StaffUser.email == "raw-off@vng.example")).one().active = False
    assert person.call("GET", "/review")[0] == 303
    assert person.call("GET", "/api/review")[0] == 401


def test_an_admin_sets_a_new_password_for_someone(running: Running) -> None:
    person = logged_in(running, "pw-person@vng.example")
    admin = logged_in(running, "pw-admin@vng.example", "admin")
    page = f"/accounts/{account_id(running, 'pw-person@vng.example')}"
    status, _, html = post(admin, page, f"{page}/password", password=NEW_PASSWORD, password2=NEW_PASSWORD + "!")
    assert status == 400 and "De twee wachtwoorden zijn niet gelijk" in html and NEW_PASSWORD not in html
    status, headers, _ = post(admin, page, f"{page}/password", password=NEW_PASSWORD, password2=NEW_PASSWORD)
    assert status == 303 and headers["location"] == f"{page}?done=password"
    assert person.call("GET", "/review")[0] == 303  # the old session ended
    assert Client(running.web_url).login("pw-person@vng.example") == 401
    assert Client(running.web_url).login("pw-person@vng.example", NEW_PASSWORD) == 303
    assert ("pw-admin@vng.example", "staff.passwd", None, None) in audits(running, "pw-person@vng.example")
    own = f"/accounts/{account_id(running, 'pw-admin@vng.example')}"
    status, _, html = post(admin, page, f"{own}/password", password=NEW_PASSWORD, password2=NEW_PASSWORD)
    assert status == 400 and "Uw eigen wachtwoord wijzigt u bij Mijn account" in html


def test_changing_ones_own_password_needs_the_current_one(running: Running) -> None:
    me = logged_in(running, "own@vng.example")
    elsewhere = Client(running.web_url)
    assert elsewhere.login("own@vng.example") == 303
    _, _, html = me.call("GET", "/my-account")
    assert "<h1>Mijn account</h1>" in html and 'href="/my-account" aria-current="page"' in html
    status, _, html = post(
        me,
        "/my-account",
        "/my-account/password",
        current="not my password",
        password=NEW_PASSWORD,
        password2=NEW_PASSWORD,
    )
    assert status == 400 and "Uw huidige wachtwoord klopt niet." in html
    assert "not my password" not in html and NEW_PASSWORD not in html
    status, _, html = post(
        me, "/my-account", "/my-account/password", current=PASSWORD, password="kort", password2="kort"
    )
    assert status == 400 and "te kort" in html
    status, headers, _ = post(
        me, "/my-account", "/my-account/password", current=PASSWORD, password=NEW_PASSWORD, password2=NEW_PASSWORD
    )
    assert status == 303 and headers["location"] == "/my-account?done=own_password"
    _, _, html = me.call("GET", "/my-account?done=own_password")  # this session goes on ...
    assert "Klaar: uw wachtwoord is gewijzigd" in html
    assert elsewhere.call("GET", "/review")[0] == 303  # ... the other one ended
    assert Client(running.web_url).login("own@vng.example", NEW_PASSWORD) == 303
    actions = [(a[0], a[1]) for a in audits(running, "own@vng.example")]
    assert ("own@vng.example", "staff.passwd") in actions
    with running.app.factory() as db:
        assert (
            db.scalar(
                select(AuditLog).where(AuditLog.action == "staff.recheck_failed", AuditLog.actor == "own@vng.example")
            )
            is not None
        )


def test_guessing_the_current_password_meets_the_login_limit(running: Running) -> None:
    me = logged_in(running, "guess@vng.example")
    for _ in range(5):
        assert (
            post(
                me,
                "/my-account",
                "/my-account/password",
                current="guess",
                password=NEW_PASSWORD,
                password2=NEW_PASSWORD,
            )[0]
            == 400
        )
    status, _, html = post(
        me, "/my-account", "/my-account/password", current=PASSWORD, password=NEW_PASSWORD, password2=NEW_PASSWORD
    )
    assert status == 400 and "Te veel mislukte pogingen" in html


def test_the_preferred_language_is_saved_with_the_account(running: Running) -> None:
    me = logged_in(running, "taal@vng.example")
    status, _, _ = post(me, "/my-account", "/my-account/language", language="en")
    assert status == 303
    _, _, html = me.call("GET", "/my-account?done=language")
    assert "<h1>My account</h1>" in html and "Done: language saved." in html
    assert ("taal@vng.example", "staff.update", {"language": None}, {"language": "en"}) in audits(
        running, "taal@vng.example"
    )
    status, _, html = post(me, "/my-account", "/my-account/language", language="fr")
    assert status == 400 and "Choose a language." in html


def test_secretariat_and_organisers_may_not_manage_accounts(running: Running) -> None:
    target = account_id(running, staff(running, "target@vng.example"))
    for email, role in (("no-sec@vng.example", "secretariat"), ("no-org@vng.example", "organiser")):
        c = logged_in(running, email, role)
        token = c.csrf("/my-account")
        for path in ("/accounts", "/accounts/new", f"/accounts/{target}"):
            assert c.call("GET", path)[0] == 403, (role, path)
        for path, fields in (
            ("/accounts/new", {"email": "x@vng.example", "role": "admin", "password": PASSWORD, "password2": PASSWORD}),
            (f"/accounts/{target}", {"role": "admin"}),
            (f"/accounts/{target}/active", {"active": "0"}),
            (f"/accounts/{target}/password", {"password": PASSWORD, "password2": PASSWORD}),
        ):
            assert c.call("POST", path, {"csrf_token": token, **fields})[0] == 403, (role, path)
        assert 'href="/accounts"' not in c.call("GET", "/my-account")[2]
    with running.app.factory() as db:
        assert db.scalar(select(StaffUser).where(StaffUser.email == "x@vng.example")) is None
        assert db.scalars(select(StaffUser).where(StaffUser.id == target)).one().role == "secretariat"


def test_forms_without_the_csrf_token_are_refused(running: Running) -> None:
    admin = logged_in(running, "csrf-admin@vng.example", "admin")
    target = account_id(running, staff(running, "csrf-target@vng.example"))
    for path, fields in (
        (
            "/accounts/new",
            {"email": "csrf-new@vng.example", "role": "admin", "password": PASSWORD, "password2": PASSWORD},
        ),
        (f"/accounts/{target}", {"role": "admin"}),
        (f"/accounts/{target}/active", {"active": "0"}),
        (f"/accounts/{target}/password", {"password": NEW_PASSWORD, "password2": NEW_PASSWORD}),
        ("/my-account/password", {"current": PASSWORD, "password": NEW_PASSWORD, "password2": NEW_PASSWORD}),
        ("/my-account/language", {"language": "en"}),
    ):
        for token in ("", "forged"):
            status, _, html = admin.call("POST", path, {"csrf_token": token, **fields} if token else fields)
            assert status == 403 and "formulier is verlopen" in html, path
    with running.app.factory() as db:
        assert db.scalar(select(StaffUser).where(StaffUser.email == "csrf-new@vng.example")) is None
        row = db.scalars(select(StaffUser).where(StaffUser.id == target)).one()
        assert (row.role, row.active) == ("secretariat", True)
    assert Client(running.web_url).login("csrf-target@vng.example") == 303


def test_an_admin_cannot_disable_or_demote_themselves(running: Running) -> None:
    admin = logged_in(running, "self-admin@vng.example", "admin")
    page = f"/accounts/{account_id(running, 'self-admin@vng.example')}"
    status, _, html = post(admin, page, f"{page}/active", active="0")
    assert status == 409 and "U kunt uw eigen account niet uitschakelen." in html
    status, _, html = post(admin, page, page, role="secretariat", name="Zelf")
    assert status == 400 and "U kunt uzelf de rol beheerder niet afnemen" in html
    assert 'value="Zelf"' in html and 'value="secretariat" checked' in html  # the form as sent
    assert admin.call("GET", "/accounts")[0] == 200
    assert "Nieuw wachtwoord instellen" not in admin.call("GET", page)[2]  # own password: at Mijn account
    assert [a for a in audits(running, "self-admin@vng.example") if a[1] != "staff.add"] == []


def test_the_last_active_admin_stays(factory: sessionmaker[Session]) -> None:
    # The CLI obeys the rule too: with one active admin, neither disabling nor demoting them works;
    # once a second admin exists, either may be done (by the other admin or on the server).
    with factory() as db, db.begin():
        accounts.add(db, "only@vng.example", PASSWORD, "admin")
        accounts.add(db, "sec@vng.example", PASSWORD, "secretariat")
    for change in (
        lambda db: accounts.set_active(db, "only@vng.example", False),
        lambda db: accounts.update(db, "only@vng.example", name=None, role="organiser", events=None, language=None),
    ):
        with pytest.raises(AccountError) as refused, factory() as db, db.begin():
            change(db)
        assert refused.value.kind == "last_admin" and "last active admin" in str(refused.value)
    with factory() as db, db.begin():
        accounts.update(
            db, "sec@vng.example", name=None, role="admin", events=None, language=None, actor="only@vng.example"
        )
        accounts.set_active(db, "only@vng.example", False, actor="sec@vng.example")
    with factory() as db:
        assert [(a.email, a.role, a.active) for a in accounts.list_accounts(db)] == [
            ("only@vng.example", "admin", False),
            ("sec@vng.example", "admin", True),
        ]


def test_an_update_is_audited_with_what_changed_only(factory: sessionmaker[Session]) -> None:
    with factory() as db, db.begin():
        accounts.add(db, "a@vng.example", PASSWORD, "secretariat", events=["b-event", "a-event"])
    with factory() as db, db.begin():
        accounts.update(
            db,
            "a@vng.example",
            name=None,
            role="secretariat",
            events=["a-event", "b-event"],
            language=None,
            actor="boss@vng.example",
        )  # the same, in another order
        accounts.update(
            db,
            "a@vng.example",
            name="A",
            role="secretariat",
            events=["a-event"],
            language="nl",
            actor="boss@vng.example",
        )
    with factory() as db:
        rows = db.scalars(select(AuditLog).where(AuditLog.action == "staff.update")).all()
        assert [(r.actor, r.before, r.after) for r in rows] == [
            (
                "boss@vng.example",
                {"name": None, "events": ["a-event", "b-event"], "language": None},
                {"name": "A", "events": ["a-event"], "language": "nl"},
            )
        ]


def test_every_accounts_text_has_an_english_translation() -> None:
    assert sorted(t for t in TEXTS if t not in EN) == []
