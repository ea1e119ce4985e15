"""mailflow.toml -> typed, validated settings.

One documented settings object, built once by the composition root and passed
down. A wrong value stops the start with one line that names the file, the line,
the key and what is expected, because the person reading it is an operator
editing a file, not a developer reading a traceback.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:
    from mailflow.catalogue import Catalogue

DEFAULT_CONFIG = "mailflow.toml"
TLS_MODES = ("implicit", "starttls", "none")


class ConfigError(ValueError):
    """The configuration is wrong; the message says where and what to do."""


@dataclass(frozen=True)
class SmtpIntake:
    listen_host: str = "127.0.0.1"
    listen_port: int = 2525
    addresses: tuple[str, ...] = ()  # empty: every event mailbox in the catalogue
    max_message_size: int = 25 * 1024 * 1024
    lmtp: bool = False
    max_connections: int = 100  # open sessions in all (beyond: 421)
    max_connections_per_client: int = 20  # from one IP address (Postfix opens up to 20 to one destination)
    max_data_in_flight: int = 256 * 1024 * 1024  # bytes of messages being received and stored at once (452)


@dataclass(frozen=True)
class Outbound:
    relay_host: str | None = None  # None: write to the Maildir instead
    relay_port: int = 25
    starttls: bool = False
    implicit_tls: bool = False
    user: str | None = None
    password_env: str | None = None
    password_file: Path | None = None
    maildir: Path = Path("var/outbox")
    ca_file: Path | None = None  # extra trusted CAs (PEM) for the relay's certificate
    retry_min_delay: float = 300.0  # seconds before the first retry; doubles up to retry_max_delay
    retry_max_delay: float = 3600.0
    give_up_after: float = 432000.0  # seconds since queued (5 days, Postfix's maximal_queue_lifetime)
    max_attempts: int = 0  # an extra cap on temporary failures; 0: none
    max_replies_per_day: int = 10
    timeout: float = 30.0

    def password(self) -> str | None:
        """Read the relay password at use time so it never sits in the TOML."""
        if self.password_file is not None:
            return self.password_file.read_text(encoding="utf-8").strip()
        if self.password_env:
            return os.environ.get(self.password_env)
        return None


@dataclass(frozen=True)
class Sender:
    name: str = ""  # "": the word for it in the mail's language (Secretariaat)
    address: str | None = None  # None: the event's registration address
    signature: str = ""
    domain: str = "mailflow.invalid"  # right-hand side of our Message-IDs
    name_en: str = ""  # the name on English mails; "": ``name``, else "Secretariat"

    def display_name(self, lang: str) -> str:
        """Who signs a mail in ``lang``: an English mail is not signed "Secretariaat"."""
        if lang == "en":
            return self.name_en or self.name or "Secretariat"
        return self.name or "Secretariaat"


@dataclass(frozen=True)
class Templates:
    dir: Path | None = None  # None: only the templates mailflow ships


SCHEDULE_NOTICES = ("ask", "send")


@dataclass(frozen=True)
class Policy:
    declined_invite_cancels: bool = False  # a DECLINED calendar reply cancels (else: review)
    waitlist: bool = True
    # A changed or cancelled session in a reloaded catalogue: "ask" waits for `events sync --notify`
    # (serve logs who is affected), "send" mails the calendar updates at once.
    notify_schedule_changes: str = "ask"


@dataclass(frozen=True)
class Trust:
    """Whose word about a message is believed: the receiving mail system's, as configured.

    ``authserv_id`` names the receiving system in Authentication-Results headers
    (RFC 8601). Only those headers are believed: any other one may have been
    written by the sender, who can claim whatever he likes. A spam verdict is
    only ever taken one way, to ignore a message: a sender who forges
    ``X-Spam-Flag: YES`` only silences his own mail, so honouring it needs no
    proof of which host added it. Understanding gets this small policy from the
    composition root; it reads no settings itself.
    """

    authserv_id: tuple[str, ...] = ()
    spam_headers: bool = True  # honour X-Spam-Flag/-Status, rspamd and Exchange SCL verdicts
    scl_junk: int = 5  # Exchange SCL at or above which a message is junk (1..9)


@dataclass(frozen=True)
class Worker:
    processes: int = 1  # 0: the pipeline runs inside the serve process
    batch: int = 100  # messages claimed per pass
    understand_seconds: float = 10.0  # CPU seconds understanding one message may take (else: review)
    understand_memory: int = 512 * 1024 * 1024  # bytes a large message's understanding may use (else: review)


@dataclass(frozen=True)
class Privacy:
    retain_days: int = 90  # raw mail and interpretations reduced this long after the event


@dataclass(frozen=True)
class Web:
    """The staff web application (``mailflow serve`` and ``mailflow web``)."""

    enabled: bool = True
    listen_host: str = "127.0.0.1"
    listen_port: int = 8000
    secret_key_env: str = "MAILFLOW_SECRET_KEY"
    secret_key_file: Path | None = None
    cookie_secure: bool = True  # false only for plain http on loopback (the demo)
    session_hours: float = 8.0  # a login lasts this long without use
    login_attempts: int = 5  # failed logins per account (and per client) ...
    login_window: float = 900.0  # ... within this many seconds before logins wait
    public_url: str = ""  # how staff reach the pages, for links in mails

    def secret_key(self) -> str | None:
        """The key that signs the pages' CSRF tokens; read at start, never from the TOML."""
        if self.secret_key_file is not None:
            try:
                value = self.secret_key_file.read_text(encoding="utf-8").strip()
            except OSError:
                return None
            return value or None
        return os.environ.get(self.secret_key_env) or None

    @property
    def base_url(self) -> str:
        return (self.public_url or f"http://{self.listen_host}:{self.listen_port}").rstrip("/")


@dataclass(frozen=True)
class Staff:
    """How staff hear of new work, and whose mailed decisions are obeyed."""

    notify: str | None = None  # secretariat address for new review items; None: no mail
    notify_events: tuple[tuple[str, str], ...] = ()  # (event key, address): per event, instead of notify
    addresses: tuple[str, ...] = ()  # staff addresses whose answers by mail are obeyed
    digest_time: str = "07:30"  # local time of the daily digest mail
    digest_to: str | None = None  # None: the notify address

    @property
    def mails(self) -> bool:
        """Whether serve mails anything to staff (notices or the digest)."""
        return bool(self.notify or self.notify_events or self.digest_to)

    def notify_address(self, event_key: str | None) -> str | None:
        for key, address in self.notify_events:
            if key == event_key:
                return address
        return self.notify


@dataclass(frozen=True)
class Campaigns:
    """Organisers' follow-ups ([campaigns]): how fast they go out and how people opt out."""

    per_minute: int = 0  # throttle: campaign mails per minute per sending process; 0: no limit
    connections: int = 4  # parallel SMTP connections to the relay while sending a campaign
    processes: int = 1  # `campaign send` shares the connections among this many processes
    batch: int = 200  # recipients claimed per round
    unsubscribe_url: str = ""  # e.g. "https://aanmelden.example.nl/u/"; the token is appended


@dataclass(frozen=True)
class Mailbox:
    """One IMAP mailbox to read ([mailbox] or [[mailboxes]])."""

    host: str
    port: int = 993
    tls: str = "implicit"
    user: str = ""
    password_env: str | None = None
    password_file: Path | None = None
    ca_file: Path | None = None  # extra trusted CAs (PEM) for the server's certificate
    oauth2_token_command: str | None = None
    oauth2_token_file: Path | None = None
    inbox: str = "INBOX"
    processed: str = "Verwerkt"
    review: str = "Te beoordelen"
    ignored: str = "Genegeerd"
    sent: str = "Sent"
    append_sent: bool = True
    poll_interval: float = 60.0
    idle: bool = True
    batch_size: int = 200
    timeout: float = 30.0
    name: str = ""
    address: str | None = None  # the registration address this mailbox receives: it decides the event

    def password(self) -> str | None:
        if self.password_file is not None:
            return self.password_file.read_text(encoding="utf-8").strip()
        if self.password_env:
            return os.environ.get(self.password_env)
        return None


@dataclass(frozen=True)
class Settings:
    path: Path | None
    database_url: str = "sqlite:///var/mailflow.db"
    sqlite_synchronous: str = "full"  # "full": every commit on disk before it counts; "normal": faster
    catalogue_files: tuple[Path, ...] = ()
    catalogue_web_file: Path | None = None  # where events made on the staff pages go (one of catalogue_files)
    language: str = "nl"
    timezone: str = "Europe/Amsterdam"
    smtp: SmtpIntake = field(default_factory=SmtpIntake)
    outbound: Outbound = field(default_factory=Outbound)
    sender: Sender = field(default_factory=Sender)
    policy: Policy = field(default_factory=Policy)
    mailboxes: tuple[Mailbox, ...] = ()
    worker: Worker = field(default_factory=Worker)
    trust: Trust = field(default_factory=Trust)
    templates: Templates = field(default_factory=Templates)
    web: Web = field(default_factory=Web)
    staff: Staff = field(default_factory=Staff)
    campaigns: Campaigns = field(default_factory=Campaigns)
    privacy: Privacy = field(default_factory=Privacy)

    def intake_addresses(self, catalogue: "Catalogue") -> frozenset[str]:
        if self.smtp.addresses:
            return frozenset(a.lower() for a in self.smtp.addresses)
        return frozenset(catalogue.mailboxes)

    def own_addresses(self, catalogue: "Catalogue") -> tuple[str, ...]:
        """Addresses that are ours: mail from them is never answered."""
        own = set(self.intake_addresses(catalogue)) | set(catalogue.mailboxes)
        if self.sender.address:
            own.add(self.sender.address.lower())
        return tuple(sorted(own))


# --------------------------------------------------------------------------


class _Doc:
    """Typed reads from one TOML document, with file:line in every error."""

    def __init__(self, path: Path, text: str, data: dict[str, Any]):
        self.path, self.lines, self.data = path, text.splitlines(), data

    def line_of(self, section: str, key: str | None) -> int:
        header = re.compile(r"^\s*\[\[?\s*" + re.escape(section) + r"\s*\]\]?\s*(#.*)?$")
        start = None
        for n, line in enumerate(self.lines, 1):
            if start is None and header.match(line):
                start = n
                if key is None:
                    return n
            elif start is not None and key is not None:
                if re.match(r"^\s*\[", line):
                    break
                if re.match(rf"^\s*{re.escape(key)}\s*=", line):
                    return n
        return start or 1

    def error(self, section: str, key: str | None, expected: str) -> ConfigError:
        where = f"{self.path}:{self.line_of(section, key)}"
        name = f"[{section}] {key}" if key else f"[{section}]"
        return ConfigError(f"{where}: {name}: {expected}")

    def table(self, section: str, allowed: set[str], raw: Any = None) -> dict[str, Any]:
        if raw is None:
            raw = self.data
            for part in section.split("."):
                raw = raw.get(part, {}) if isinstance(raw, dict) else {}
        if not isinstance(raw, dict):
            raise self.error(section, None, "expected a table")
        for key in raw:
            if key == "password":
                raise self.error(section, key, "never put a password in the file; use password_env or password_file")
            if key not in allowed and not isinstance(raw[key], dict):
                raise self.error(section, key, f"unknown key; known keys are {', '.join(sorted(allowed))}")
        return raw

    def get(self, section: str, t: dict[str, Any], key: str, kind: type, default: Any, expected: str) -> Any:
        v = t.get(key, default)
        if v is default:
            return v
        if kind is int and (isinstance(v, bool) or not isinstance(v, int)):
            raise self.error(section, key, expected)
        if kind is float and (isinstance(v, bool) or not isinstance(v, (int, float))):
            raise self.error(section, key, expected)
        if kind in (str, bool, list) and not isinstance(v, kind):
            raise self.error(section, key, expected)
        return v


def _hostport(doc: _Doc, section: str, key: str, value: str) -> tuple[str, int]:
    m = re.match(r"^\[?([A-Za-z0-9_.:-]+?)\]?:(\d{1,5})$", value.strip())
    if not m or not 0 < int(m.group(2)) < 65536:
        raise doc.error(section, key, f"expected HOST:PORT such as 127.0.0.1:2525, got {value!r}")
    return m.group(1), int(m.group(2))


def _relay(doc: _Doc, value: str) -> tuple[str | None, int, bool]:
    """Parse ``smtp://HOST:PORT`` (or ``smtps://`` for implicit TLS); empty means Maildir."""
    if not value.strip():
        return None, 25, False
    m = re.match(r"^(smtps?)://\[?([A-Za-z0-9_.:-]+?)\]?(?::(\d{1,5}))?/?$", value.strip())
    if not m:
        raise doc.error("outbound", "relay", f'expected "smtp://HOST:PORT" (or "" for the Maildir), got {value!r}')
    implicit = m.group(1) == "smtps"
    return m.group(2), int(m.group(3) or (465 if implicit else 25)), implicit


def _path(base: Path, value: str) -> Path:
    p = Path(value).expanduser()
    return p if p.is_absolute() else (base / p)


def _sqlite_url(base: Path, url: str) -> str:
    """Make a relative SQLite path relative to the config file, not to the working directory."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith("sqlite:////") and url != "sqlite:///:memory:":
        return prefix + str(_path(base, url[len(prefix) :]))
    return url


def find_config(path: Path | None) -> Path | None:
    if path is not None:
        return path
    env = os.environ.get("MAILFLOW_CONFIG")
    if env:
        return Path(env)
    default = Path(DEFAULT_CONFIG)
    return default if default.exists() else None


def load_settings(path: Path | None = None) -> Settings:
    """Load settings from ``--config``, ``$MAILFLOW_CONFIG`` or ./mailflow.toml; raise ConfigError."""
    found = find_config(path)
    if found is None:
        raise ConfigError(
            "no configuration found: pass --config PATH, set MAILFLOW_CONFIG, or run from a folder with mailflow.toml"
        )
    try:
        text = found.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{found}: cannot read configuration: {exc.strerror}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{found}: not valid TOML: {exc}") from None
    return parse_settings(found, text, data)


def parse_settings(path: Path, text: str, data: dict[str, Any]) -> Settings:
    doc = _Doc(path, text, data)
    base = path.resolve().parent
    known = {
        "mailflow",
        "database",
        "catalogue",
        "intake",
        "outbound",
        "sender",
        "policy",
        "mailbox",
        "mailboxes",
        "worker",
        "templates",
        "trust",
        "web",
        "staff",
        "campaigns",
        "privacy",
    }
    for key in data:
        if key not in known:
            raise doc.error(key, None, f"unknown section; known sections are {', '.join(sorted(known))}")
    g = doc.table("mailflow", {"language", "timezone"})
    language = doc.get("mailflow", g, "language", str, "nl", 'expected "nl" or "en"')
    if language not in ("nl", "en"):
        raise doc.error("mailflow", "language", f'expected "nl" or "en", got {language!r}')
    tzname = doc.get("mailflow", g, "timezone", str, "Europe/Amsterdam", "expected an IANA time zone name")
    try:
        ZoneInfo(tzname)
    except (ZoneInfoNotFoundError, ValueError):
        raise doc.error(
            "mailflow", "timezone", f"expected an IANA time zone such as Europe/Amsterdam, got {tzname!r}"
        ) from None

    d = doc.table("database", {"url", "sqlite_synchronous"})
    url = doc.get(
        "database", d, "url", str, "sqlite:///var/mailflow.db", 'expected a URL such as "sqlite:///var/mailflow.db"'
    )
    synchronous = doc.get("database", d, "sqlite_synchronous", str, "full", 'expected "full" or "normal"')
    if synchronous not in ("full", "normal"):
        raise doc.error("database", "sqlite_synchronous", f'expected "full" or "normal", got {synchronous!r}')
    url = os.environ.get("MAILFLOW_DATABASE_URL") or url
    if not re.match(r"^(sqlite|postgresql)(\+\w+)?://", url):
        raise doc.error("database", "url", f"expected a sqlite:/// or postgresql:// URL, got {url!r}")
    url = _sqlite_url(base, url)

    c = doc.table("catalogue", {"files", "web_file"})
    files = doc.get("catalogue", c, "files", list, [], 'expected a list of paths such as ["demo/catalogue.toml"]')
    if not all(isinstance(f, str) for f in files):
        raise doc.error("catalogue", "files", 'expected a list of paths such as ["demo/catalogue.toml"]')
    if not files:
        raise doc.error("catalogue", "files", "name at least one catalogue file")
    web_file = doc.get("catalogue", c, "web_file", str, "", 'expected a path such as "catalogue-web.toml"')
    if web_file and web_file not in files:
        raise doc.error(
            "catalogue",
            "web_file",
            f"{web_file!r} is not one of [catalogue] files; add it there too "
            "(the staff pages write new events into a file that is loaded)",
        )

    settings = Settings(
        path=path,
        database_url=url,
        sqlite_synchronous=synchronous,
        catalogue_files=tuple(_path(base, f) for f in files),
        catalogue_web_file=_path(base, web_file) if web_file else None,
        language=language,
        timezone=tzname,
        smtp=_smtp(doc),
        outbound=_outbound(doc, base),
        sender=_sender(doc),
        policy=_policy(doc),
        mailboxes=_mailboxes(doc, base),
        worker=_worker(doc),
        templates=_templates(doc, base),
        trust=_trust(doc),
        web=_web(doc, base),
        staff=_staff(doc),
        campaigns=_campaigns(doc),
        privacy=_privacy(doc),
    )
    return settings


def _web(doc: _Doc, base: Path) -> Web:
    sec = "web"
    w = doc.table(
        sec,
        {
            "enabled",
            "listen",
            "secret_key_env",
            "secret_key_file",
            "cookie_secure",
            "session_hours",
            "login_attempts",
            "login_window",
            "public_url",
        },
    )
    for key in ("secret_key", "secret"):
        if key in w:
            raise doc.error(sec, key, "never put the secret key in the file; use secret_key_file or secret_key_env")
    host, port = _hostport(doc, sec, "listen", doc.get(sec, w, "listen", str, "127.0.0.1:8000", "expected HOST:PORT"))
    key_file = doc.get(sec, w, "secret_key_file", str, "", "expected a path")
    hours = float(doc.get(sec, w, "session_hours", float, 8.0, "expected a number of hours"))
    if not 0 < hours <= 24 * 31:
        raise doc.error(sec, "session_hours", f"expected 0 to 744 hours, got {hours:g}")
    attempts = doc.get(sec, w, "login_attempts", int, 5, "expected a whole number")
    if attempts < 1:
        raise doc.error(sec, "login_attempts", f"expected 1 or more, got {attempts}")
    url = doc.get(sec, w, "public_url", str, "", 'expected a URL such as "https://mailflow.example.nl"')
    if url and not re.match(r"^https?://", url):
        raise doc.error(sec, "public_url", f'expected a URL such as "https://mailflow.example.nl", got {url!r}')
    return Web(
        enabled=doc.get(sec, w, "enabled", bool, True, "expected true or false"),
        listen_host=host,
        listen_port=port,
        secret_key_env=doc.get(sec, w, "secret_key_env", str, "MAILFLOW_SECRET_KEY", "expected a variable name"),
        secret_key_file=_path(base, key_file) if key_file else None,
        cookie_secure=doc.get(sec, w, "cookie_secure", bool, True, "expected true or false"),
        session_hours=hours,
        login_attempts=attempts,
        login_window=_seconds(doc, sec, w, "login_window", 900.0, 1.0),
        public_url=url,
    )


def _address(doc: _Doc, sec: str, key: str, value: Any) -> str:
    if not isinstance(value, str) or "@" not in value:
        raise doc.error(sec, key, f"expected an e-mail address, got {value!r}")
    return value.strip().lower()


def _staff(doc: _Doc) -> Staff:
    sec = "staff"
    s = doc.table(sec, {"notify", "notify_events", "addresses", "digest_time", "digest_to"})
    notify = doc.get(sec, s, "notify", str, "", "expected an e-mail address")
    events = s.get("notify_events", {})
    if not isinstance(events, dict):
        raise doc.error(sec, "notify_events", 'expected a table such as { dia = "secretariaat@example.nl" }')
    addresses = doc.get(sec, s, "addresses", list, [], "expected a list of e-mail addresses")
    digest_time = doc.get(sec, s, "digest_time", str, "07:30", 'expected a time such as "07:30"')
    if not re.match(r"^([01]\d|2[0-3]):[0-5]\d$", digest_time):
        raise doc.error(sec, "digest_time", f'expected a time such as "07:30", got {digest_time!r}')
    digest_to = doc.get(sec, s, "digest_to", str, "", "expected an e-mail address")
    return Staff(
        notify=_address(doc, sec, "notify", notify) if notify else None,
        notify_events=tuple((str(k), _address(doc, sec, "notify_events", v)) for k, v in events.items()),
        addresses=tuple(_address(doc, sec, "addresses", a) for a in addresses),
        digest_time=digest_time,
        digest_to=_address(doc, sec, "digest_to", digest_to) if digest_to else None,
    )


def _smtp(doc: _Doc) -> SmtpIntake:
    s = doc.table(
        "intake.smtp",
        {
            "listen",
            "addresses",
            "max_message_size",
            "lmtp",
            "max_connections",
            "max_connections_per_client",
            "max_data_in_flight",
        },
    )
    host, port = _hostport(
        doc, "intake.smtp", "listen", doc.get("intake.smtp", s, "listen", str, "127.0.0.1:2525", "expected HOST:PORT")
    )
    addresses = doc.get("intake.smtp", s, "addresses", list, [], "expected a list of addresses")
    for a in addresses:
        if not isinstance(a, str) or "@" not in a:
            raise doc.error("intake.smtp", "addresses", f"expected e-mail addresses, got {a!r}")
    size = doc.get("intake.smtp", s, "max_message_size", int, 25 * 1024 * 1024, "expected a size in bytes")
    if size < 1024:
        raise doc.error("intake.smtp", "max_message_size", "expected a size in bytes of at least 1024")
    lmtp = doc.get("intake.smtp", s, "lmtp", bool, False, "expected true or false")
    total = _count(doc, "intake.smtp", s, "max_connections", 100)
    per_client = _count(doc, "intake.smtp", s, "max_connections_per_client", 20)
    in_flight = doc.get("intake.smtp", s, "max_data_in_flight", int, 256 * 1024 * 1024, "expected a size in bytes")
    if in_flight < size:
        raise doc.error(
            "intake.smtp",
            "max_data_in_flight",
            f"expected at least max_message_size ({size} bytes), "
            f"or no message that large could ever be taken; got {in_flight}",
        )
    return SmtpIntake(host, port, tuple(a.lower() for a in addresses), size, lmtp, total, per_client, in_flight)


def _count(doc: _Doc, section: str, t: dict[str, Any], key: str, default: int) -> int:
    value = doc.get(section, t, key, int, default, "expected a whole number of at least 1")
    if value < 1:
        raise doc.error(section, key, f"expected a whole number of at least 1, got {value}")
    return int(value)


def _ca_file(doc: _Doc, base: Path, section: str, t: dict[str, Any]) -> Path | None:
    """``ca_file``: a PEM file of extra trusted CAs, checked now so a typo stops the start, not the mail."""
    value = doc.get(section, t, "ca_file", str, "", "expected the path of a PEM file")
    if not value:
        return None
    path = _path(base, value)
    from mailflow.tls import check_ca_file

    problem = check_ca_file(path)
    if problem:
        raise doc.error(
            section,
            "ca_file",
            f"{problem}; name the PEM file of the CA that signed the server's "
            "certificate (relative to this file), or remove the key",
        )
    return path


def _seconds(doc: _Doc, section: str, t: dict[str, Any], key: str, default: float, minimum: float) -> float:
    value = float(doc.get(section, t, key, float, default, "expected a number of seconds"))
    if value < minimum:
        raise doc.error(section, key, f"expected at least {minimum:g} seconds, got {value:g}")
    return value


def _outbound(doc: _Doc, base: Path) -> Outbound:
    sec = "outbound"
    o = doc.table(
        sec,
        {
            "relay",
            "starttls",
            "user",
            "password_env",
            "password_file",
            "maildir",
            "ca_file",
            "retry_min_delay",
            "retry_max_delay",
            "give_up_after",
            "max_attempts",
            "max_replies_per_day",
            "timeout",
        },
    )
    host, port, implicit = _relay(doc, doc.get(sec, o, "relay", str, "", 'expected "smtp://HOST:PORT"'))
    pw_file = doc.get(sec, o, "password_file", str, "", "expected a path")
    min_delay = _seconds(doc, sec, o, "retry_min_delay", 300.0, 1.0)
    max_delay = _seconds(doc, sec, o, "retry_max_delay", max(3600.0, min_delay), 1.0)
    if max_delay < min_delay:
        raise doc.error(
            sec, "retry_max_delay", f"expected at least retry_min_delay ({min_delay:g} s), got {max_delay:g}"
        )
    max_attempts = doc.get(sec, o, "max_attempts", int, 0, "expected a whole number (0: no limit)")
    if max_attempts < 0:
        raise doc.error(sec, "max_attempts", f"expected 0 (no limit) or more, got {max_attempts}")
    return Outbound(
        relay_host=host,
        relay_port=port,
        implicit_tls=implicit,
        starttls=doc.get(sec, o, "starttls", bool, False, "expected true or false"),
        user=doc.get(sec, o, "user", str, "", "expected a string") or None,
        password_env=doc.get(sec, o, "password_env", str, "MAILFLOW_SMTP_PASSWORD", "expected a variable name"),
        password_file=_path(base, pw_file) if pw_file else None,
        maildir=_path(base, doc.get(sec, o, "maildir", str, "var/outbox", "expected a path")),
        ca_file=_ca_file(doc, base, sec, o),
        retry_min_delay=min_delay,
        retry_max_delay=max_delay,
        give_up_after=_seconds(doc, sec, o, "give_up_after", 432000.0, 0.0),
        max_attempts=max_attempts,
        max_replies_per_day=doc.get(sec, o, "max_replies_per_day", int, 10, "expected a whole number"),
        timeout=float(doc.get(sec, o, "timeout", float, 30.0, "expected seconds")),
    )


def _sender(doc: _Doc) -> Sender:
    s = doc.table("sender", {"name", "name_en", "address", "signature", "domain"})
    address = doc.get("sender", s, "address", str, "", "expected an e-mail address") or None
    if address and "@" not in address:
        raise doc.error("sender", "address", f"expected an e-mail address, got {address!r}")
    return Sender(
        name=doc.get("sender", s, "name", str, "", "expected a string"),
        name_en=doc.get("sender", s, "name_en", str, "", "expected a string"),
        address=address.lower() if address else None,
        signature=doc.get("sender", s, "signature", str, "", "expected a string"),
        domain=doc.get("sender", s, "domain", str, "mailflow.invalid", "expected a domain name"),
    )


def _templates(doc: _Doc, base: Path) -> Templates:
    t = doc.table("templates", {"dir"})
    value = doc.get("templates", t, "dir", str, "", 'expected a folder such as "templates-local"')
    if not value:
        return Templates()
    folder = _path(base, value)
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise doc.error(
            "templates",
            "dir",
            f"{folder} {what}; create it with your own templates in the "
            "built-in layout (e.g. mail/nl/confirmation.txt.j2), or remove the key",
        )
    return Templates(dir=folder)


def _privacy(doc: _Doc) -> Privacy:
    p = doc.table("privacy", {"retain_days"})
    days = doc.get("privacy", p, "retain_days", int, 90, "expected a whole number of days")
    if days < 1:
        raise doc.error("privacy", "retain_days", f"expected at least 1 day, got {days}")
    return Privacy(retain_days=days)


def _policy(doc: _Doc) -> Policy:
    p = doc.table("policy", {"declined_invite_cancels", "waitlist", "notify_schedule_changes"})
    notices = doc.get("policy", p, "notify_schedule_changes", str, "ask", 'expected "ask" or "send"')
    if notices not in SCHEDULE_NOTICES:
        raise doc.error(
            "policy",
            "notify_schedule_changes",
            f'expected "ask" (wait for `mailflow events sync '
            f'--notify`) or "send" (mail the updates at once), got {notices!r}',
        )
    return Policy(
        declined_invite_cancels=doc.get("policy", p, "declined_invite_cancels", bool, False, "expected true or false"),
        waitlist=doc.get("policy", p, "waitlist", bool, True, "expected true or false"),
        notify_schedule_changes=notices,
    )


def _worker(doc: _Doc) -> Worker:
    w = doc.table("worker", {"processes", "batch", "understand_seconds", "understand_memory"})
    processes = doc.get("worker", w, "processes", int, 1, "expected a whole number of processes (0 or more)")
    if not 0 <= processes <= 64:
        raise doc.error("worker", "processes", f"expected 0 to 64 processes, got {processes}")
    batch = doc.get("worker", w, "batch", int, 100, "expected a whole number of messages")
    if not 1 <= batch <= 10_000:
        raise doc.error("worker", "batch", f"expected 1 to 10000 messages, got {batch}")
    seconds = _seconds(doc, "worker", w, "understand_seconds", 10.0, 0.1)
    memory = doc.get("worker", w, "understand_memory", int, 512 * 1024 * 1024, "expected a size in bytes")
    if memory < 64 * 1024 * 1024:
        raise doc.error("worker", "understand_memory", f"expected at least 67108864 bytes (64 MB), got {memory}")
    return Worker(processes=processes, batch=batch, understand_seconds=seconds, understand_memory=memory)


def _trust(doc: _Doc) -> Trust:
    t = doc.table("trust", {"authserv_id", "spam_headers", "scl_junk"})
    ids = doc.get("trust", t, "authserv_id", list, [], 'expected a list of host names such as ["mx.vng.nl"]')
    if not all(isinstance(i, str) and i.strip() and not any(c.isspace() for c in i.strip()) for i in ids):
        raise doc.error("trust", "authserv_id", 'expected a list of host names such as ["mx.vng.nl"]')
    scl = doc.get("trust", t, "scl_junk", int, 5, "expected a whole number from 1 to 9")
    if not 1 <= scl <= 9:
        raise doc.error(
            "trust",
            "scl_junk",
            f"expected a whole number from 1 to 9 (Exchange's spam confidence "
            f"level; 5 is where Outlook's junk folder starts), got {scl}",
        )
    return Trust(
        authserv_id=tuple(i.strip().lower() for i in ids),
        spam_headers=doc.get("trust", t, "spam_headers", bool, True, "expected true or false"),
        scl_junk=scl,
    )


def _campaigns(doc: _Doc) -> Campaigns:
    sec = "campaigns"
    c = doc.table(sec, {"per_minute", "connections", "processes", "batch", "unsubscribe_url"})
    per_minute = doc.get(sec, c, "per_minute", int, 0, "expected a whole number of mails per minute (0: no limit)")
    if per_minute < 0:
        raise doc.error(sec, "per_minute", f"expected 0 (no limit) or more, got {per_minute}")
    connections = doc.get(sec, c, "connections", int, 4, "expected a whole number of connections")
    if not 1 <= connections <= 32:
        raise doc.error(sec, "connections", f"expected 1 to 32 connections, got {connections}")
    processes = doc.get(sec, c, "processes", int, 1, "expected a whole number of processes")
    if not 1 <= processes <= min(connections, 16):
        raise doc.error(
            sec,
            "processes",
            f"expected 1 to {min(connections, 16)} processes (at most one per connection), got {processes}",
        )
    batch = doc.get(sec, c, "batch", int, 200, "expected a whole number of recipients")
    if not 1 <= batch <= 10_000:
        raise doc.error(sec, "batch", f"expected 1 to 10000 recipients, got {batch}")
    url = doc.get(sec, c, "unsubscribe_url", str, "", 'expected a URL such as "https://aanmelden.example.nl/u/"')
    if url and not re.match(r"^https://[^\s/]+/\S*$", url):
        raise doc.error(
            sec,
            "unsubscribe_url",
            "expected an https:// URL (one-click unsubscribe needs HTTPS, "
            f'RFC 8058) such as "https://aanmelden.example.nl/u/", got {url!r}',
        )
    return Campaigns(
        per_minute=per_minute, connections=connections, processes=processes, batch=batch, unsubscribe_url=url
    )


MAILBOX_KEYS = {
    "host",
    "port",
    "tls",
    "user",
    "password_env",
    "password_file",
    "ca_file",
    "oauth2_token_command",
    "oauth2_token_file",
    "inbox",
    "processed",
    "review",
    "ignored",
    "sent",
    "append_sent",
    "poll_interval",
    "idle",
    "batch_size",
    "timeout",
    "name",
    "address",
}


def _mailboxes(doc: _Doc, base: Path) -> tuple[Mailbox, ...]:
    raws: list[tuple[str, dict[str, Any]]] = []
    if "mailbox" in doc.data:
        raws.append(("mailbox", doc.data["mailbox"]))
    for m in doc.data.get("mailboxes", []) or []:
        raws.append(("mailboxes", m))
    return tuple(_mailbox(doc, base, sec, raw) for sec, raw in raws)


def _mailbox(doc: _Doc, base: Path, sec: str, raw: Any) -> Mailbox:
    m = doc.table(sec, MAILBOX_KEYS, raw)
    host = doc.get(sec, m, "host", str, "", "expected a host name")
    if not host:
        raise doc.error(sec, "host", 'missing: name the IMAP server, e.g. host = "imap.example.nl"')
    tls = doc.get(sec, m, "tls", str, "implicit", 'expected "implicit", "starttls" or "none"')
    if tls not in TLS_MODES:
        raise doc.error(sec, "tls", f'expected "implicit", "starttls" or "none", got {tls!r}')
    port = doc.get(sec, m, "port", int, 993 if tls == "implicit" else 143, "expected a port number")

    def s(key: str, default: str) -> str:
        return str(doc.get(sec, m, key, str, default, "expected a string"))

    pw_file, tok_file = s("password_file", ""), s("oauth2_token_file", "")
    user = s("user", "")
    address = (s("address", "") or (user if "@" in user else "")).lower() or None
    if address is not None and "@" not in address:
        raise doc.error(sec, "address", f"expected the registration address this mailbox receives, got {address!r}")
    return Mailbox(
        host=host,
        port=port,
        tls=tls,
        user=s("user", ""),
        password_env=s("password_env", "") or None,
        password_file=_path(base, pw_file) if pw_file else None,
        ca_file=_ca_file(doc, base, sec, m),
        oauth2_token_command=s("oauth2_token_command", "") or None,
        oauth2_token_file=_path(base, tok_file) if tok_file else None,
        inbox=s("inbox", "INBOX"),
        processed=s("processed", "Verwerkt"),
        review=s("review", "Te beoordelen"),
        ignored=s("ignored", "Genegeerd"),
        sent=s("sent", "Sent"),
        append_sent=doc.get(sec, m, "append_sent", bool, True, "expected true or false"),
        poll_interval=float(doc.get(sec, m, "poll_interval", float, 60.0, "expected seconds")),
        idle=doc.get(sec, m, "idle", bool, True, "expected true or false"),
        batch_size=doc.get(sec, m, "batch_size", int, 200, "expected a whole number"),
        timeout=float(doc.get(sec, m, "timeout", float, 30.0, "expected seconds")),
        name=s("name", "") or f"{s('user', '')}@{host}",
        address=address,
    )
