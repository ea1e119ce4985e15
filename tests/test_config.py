"""Settings: defaults, environment overrides, and one clear line for every mistake."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mailflow.config import ConfigError, Trust, load_settings

ROOT = Path(__file__).resolve().parent.parent


def cfg(tmp_path: Path, body: str) -> Path:
    (tmp_path / "cat.toml").write_text((ROOT / "demo" / "catalogue.toml").read_text(encoding="utf-8"), encoding="utf-8")
    p = tmp_path / "mailflow.toml"
    p.write_text('[catalogue]\nfiles = ["cat.toml"]\n' + body, encoding="utf-8")
    return p


def test_worker_processes_default_to_one_and_can_be_zero(tmp_path: Path) -> None:
    assert load_settings(cfg(tmp_path, "")).worker.processes == 1
    assert load_settings(cfg(tmp_path, "[worker]\nprocesses = 0\n")).worker.processes == 0


def test_repository_config_loads() -> None:
    # The shipped mailflow.toml is the documented reference; it must load as it is.
    s = load_settings(ROOT / "mailflow.toml")
    assert s.smtp.listen_port == 2525
    assert s.outbound.relay_host is None
    assert s.database_url.endswith("/var/mailflow.db")


def test_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    s = load_settings(cfg(tmp_path, ""))
    assert s.catalogue_files == (tmp_path / "cat.toml",)
    assert s.database_url == f"sqlite:///{tmp_path}/var/mailflow.db"
    assert s.outbound.maildir == tmp_path / "var" / "outbox"


def test_environment_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = cfg(tmp_path, "")
    monkeypatch.setenv("MAILFLOW_CONFIG", str(p))
    monkeypatch.setenv("MAILFLOW_DATABASE_URL", "postgresql://u@127.0.0.1/x")
    s = load_settings(None)
    assert s.path == p and s.database_url == "postgresql://u@127.0.0.1/x"


def test_relay_and_password_from_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELAYPW", "s3cret")
    s = load_settings(
        cfg(
            tmp_path,
            '[outbound]\nrelay = "smtp://127.0.0.1:1025"\nstarttls = true\nuser = "u"\npassword_env = "RELAYPW"\n',
        )
    )
    assert (s.outbound.relay_host, s.outbound.relay_port, s.outbound.starttls) == ("127.0.0.1", 1025, True)
    assert s.outbound.password() == "s3cret"


@pytest.mark.parametrize(
    "body, needle",
    [
        ('[intake.smtp]\nlisten = "localhost"\n', "mailflow.toml:4: [intake.smtp] listen: expected HOST:PORT"),
        ('[outbound]\nrelay = "http://x"\n', "mailflow.toml:4: [outbound] relay"),
        ('[outbound]\npassword = "x"\n', "never put a password in the file"),
        ('[database]\nurl = "mysql://x"\n', "[database] url: expected a sqlite:/// or postgresql:// URL"),
        ('[intake.smtp]\nmax_message_size = "big"\n', "max_message_size: expected a size in bytes"),
        ('[sender]\nnmae = "x"\n', "[sender] nmae: unknown key"),
        ('[mailbox]\nhost = "h"\ntls = "ssl"\n', '[mailbox] tls: expected "implicit", "starttls" or "none"'),
        ("[weird]\n", "[weird]: unknown section"),
        ("[worker]\nprocesses = -1\n", "mailflow.toml:4: [worker] processes: expected 0 to 64 processes, got -1"),
        ('[worker]\nprocesses = "two"\n', "[worker] processes: expected a whole number of processes"),
        ("[worker]\nbatch = 0\n", "[worker] batch: expected 1 to 10000 messages"),
        ('[templates]\ndir = "eigen"\n', "mailflow.toml:4: [templates] dir: "),
        ('[templates]\ndir = "cat.toml"\n', "cat.toml is not a folder"),
        ("[templates]\ndir = 3\n", '[templates] dir: expected a folder such as "templates-local"'),
        ('[templates]\nfolder = "x"\n', "[templates] folder: unknown key; known keys are dir"),
        ('[outbound]\nca_file = "missing.pem"\n', "mailflow.toml:4: [outbound] ca_file: no such file: "),
        ('[outbound]\nca_file = "cat.toml"\n', "[outbound] ca_file: "),
        ('[mailbox]\nhost = "h"\nca_file = "nope.pem"\n', "mailflow.toml:5: [mailbox] ca_file: no such file"),
        ("[outbound]\nretry_min_delay = 0\n", "[outbound] retry_min_delay: expected at least 1 seconds"),
        (
            "[outbound]\nretry_min_delay = 600\nretry_max_delay = 60\n",
            "mailflow.toml:5: [outbound] retry_max_delay: expected at least retry_min_delay (600 s)",
        ),
        ('[outbound]\ngive_up_after = "5d"\n', "[outbound] give_up_after: expected a number of seconds"),
        ("[outbound]\nmax_attempts = -1\n", "[outbound] max_attempts: expected 0 (no limit) or more"),
        ("[trust]\nscl_junk = 0\n", "mailflow.toml:4: [trust] scl_junk: expected a whole number from 1 to 9"),
        ('[trust]\nspam_headers = "yes"\n', "[trust] spam_headers: expected true or false"),
        ('[trust]\nauthserv_id = "mx.vng.nl"\n', "[trust] authserv_id: expected a list of host names"),
        ("[trust]\nspam_header = true\n", "[trust] spam_header: unknown key"),
        ("[campaigns]\nper_minute = -5\n", "mailflow.toml:4: [campaigns] per_minute: expected 0 (no limit) or more"),
        ("[campaigns]\nconnections = 0\n", "[campaigns] connections: expected 1 to 32 connections"),
        ('[campaigns]\nunsubscribe_url = "http://x.nl/u/"\n', "[campaigns] unsubscribe_url: expected an https:// URL"),
        (
            '[database]\nsqlite_synchronous = "off"\n',
            'mailflow.toml:4: [database] sqlite_synchronous: expected "full" or "normal", got \'off\'',
        ),
        ("[worker]\nunderstand_seconds = 0\n", "[worker] understand_seconds: expected at least 0.1 seconds"),
        ("[worker]\nunderstand_memory = 1000\n", "[worker] understand_memory: expected at least 67108864 bytes"),
    ],
)
def test_mistakes_name_file_line_and_key(tmp_path: Path, body: str, needle: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_settings(cfg(tmp_path, body))
    assert needle in str(err.value)


def test_template_folder_is_relative_to_the_config_file_and_optional(tmp_path: Path) -> None:
    assert load_settings(cfg(tmp_path, "")).templates.dir is None
    (tmp_path / "eigen").mkdir()
    assert load_settings(cfg(tmp_path, '[templates]\ndir = "eigen"\n')).templates.dir == tmp_path / "eigen"


def test_a_missing_template_folder_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        load_settings(cfg(tmp_path, '[templates]\ndir = "eigen"\n'))
    assert str(err.value) == (
        f"{tmp_path}/mailflow.toml:4: [templates] dir: {tmp_path}/eigen does not exist; "
        "create it with your own templates in the built-in layout "
        "(e.g. mail/nl/confirmation.txt.j2), or remove the key"
    )


def test_trust_defaults_and_values(tmp_path: Path) -> None:
    # the receiving system's spam verdict is honoured unless switched off; authserv_id names that system
    assert load_settings(cfg(tmp_path, "")).trust == Trust(authserv_id=(), spam_headers=True, scl_junk=5)
    s = load_settings(cfg(tmp_path, '[trust]\nauthserv_id = ["MX.vng.nl"]\nspam_headers = false\nscl_junk = 7\n'))
    assert s.trust == Trust(authserv_id=("mx.vng.nl",), spam_headers=False, scl_junk=7)


def test_mailboxes_one_and_many(tmp_path: Path) -> None:
    s = load_settings(
        cfg(
            tmp_path,
            '[[mailboxes]]\nhost = "a"\ntls = "none"\nuser = "x"\n[[mailboxes]]\nhost = "b"\nprocessed = "Done"\n',
        )
    )
    assert [(m.host, m.port, m.processed) for m in s.mailboxes] == [("a", 143, "Verwerkt"), ("b", 993, "Done")]


def test_cli_reports_one_line_not_a_traceback(tmp_path: Path) -> None:
    # A wrong value stops the start with one clear line on stderr and exit code 2.
    p = cfg(tmp_path, '[intake.smtp]\nlisten = "nowhere"\n')
    r = subprocess.run(
        [sys.executable, "-m", "mailflow.cli", "serve", "--config", str(p)], capture_output=True, text=True, timeout=60
    )
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert r.stderr.strip().count("\n") == 0 and "listen" in r.stderr


def test_retry_schedule_and_ca_file(tmp_path: Path) -> None:
    # Defaults close to an MTA's: 5 min doubling to 1 h, for 5 days, no attempt cap; ca_file is
    # relative to the config file and must hold certificates.
    import trustme

    o = load_settings(cfg(tmp_path, "")).outbound
    assert (o.retry_min_delay, o.retry_max_delay, o.give_up_after, o.max_attempts, o.ca_file) == (
        300,
        3600,
        432000,
        0,
        None,
    )
    trustme.CA().cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    s = load_settings(
        cfg(
            tmp_path,
            '[outbound]\nca_file = "ca.pem"\nretry_min_delay = 60\ngive_up_after = 86400\n'
            '[mailbox]\nhost = "h"\nca_file = "ca.pem"\n',
        )
    )
    assert s.outbound.ca_file == tmp_path / "ca.pem" and s.mailboxes[0].ca_file == tmp_path / "ca.pem"
    assert (s.outbound.retry_min_delay, s.outbound.retry_max_delay, s.outbound.give_up_after) == (60, 3600, 86400)
