"""The files in deploy/ are what an administrator copies: the unit must verify, the config must load."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from mailflow.config import parse_settings

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
VENV_MAILFLOW = "/opt/mailflow/venv/bin/mailflow"  # where the unit and docs/operations.md install it


def systemd_analyze() -> str:
    """The systemd-analyze binary; skip locally without it, fail under CI=true."""
    found = shutil.which("systemd-analyze")
    if found:
        return found
    reason = "systemd-analyze not installed (apt-get install systemd)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}; CI=true requires it")
    pytest.skip(reason)


def unit_for_this_machine(tmp_path: Path) -> Path:
    """deploy/mailflow.service with ExecStart pointing at this checkout's own `mailflow` script.

    `systemd-analyze verify` insists that the ExecStart binary exists; ours is the one
    pip installed beside the running interpreter. Nothing else in the unit changes.
    """
    text = (DEPLOY / "mailflow.service").read_text(encoding="utf-8")
    assert f"ExecStart={VENV_MAILFLOW} serve" in text
    mailflow = Path(sys.executable).parent / "mailflow"
    assert mailflow.exists(), f"{mailflow} missing: run `make test`, which installs the package"
    unit = tmp_path / "mailflow.service"
    unit.write_text(text.replace(VENV_MAILFLOW, str(mailflow)), encoding="utf-8")
    return unit


def settings_of(lines: list[str]) -> dict[str, dict[str, str]]:
    """The active ``key = value`` lines of a unit or config, by section: {section: {key: value}}."""
    found: dict[str, dict[str, str]] = {}
    section = ""
    for line in lines:
        if m := re.match(r"^\[(\w+)\]$", line.strip()):
            section = m.group(1)
        elif "=" in line and not line.lstrip().startswith("#"):
            key, value = line.split("=", 1)
            found.setdefault(section, {})[key.strip()] = value.strip()
    return found


def test_systemd_unit_verifies(tmp_path: Path) -> None:
    # `systemd-analyze verify` accepts the unit as shipped (only ExecStart's path adapted to this machine).
    done = subprocess.run(
        [systemd_analyze(), "verify", str(unit_for_this_machine(tmp_path))], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stderr.strip() == "", done.stderr


def test_systemd_unit_is_hardened(tmp_path: Path) -> None:
    # The promised hardening is there, and systemd's own exposure score rates the unit "OK" or better.
    service = settings_of((DEPLOY / "mailflow.service").read_text(encoding="utf-8").splitlines())["Service"]
    expected = {
        "User": "mailflow",
        "ProtectSystem": "strict",
        "ReadWritePaths": "/var/lib/mailflow",
        "NoNewPrivileges": "yes",
        "PrivateTmp": "yes",
        "Restart": "on-failure",
        "StateDirectory": "mailflow",
        "Environment": "MAILFLOW_CONFIG=/etc/mailflow/mailflow.toml",
    }
    assert {k: service.get(k) for k in expected} == expected
    assert service["ExecStart"].endswith("serve --config /etc/mailflow/mailflow.toml")
    done = subprocess.run(
        [
            systemd_analyze(),
            "security",
            "--offline=yes",
            "--threshold=30",
            "--no-pager",
            str(unit_for_this_machine(tmp_path)),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr


def with_mailbox_alternative(text: str) -> str:
    """The config with its commented-out ``# [mailbox]`` block switched on."""
    head, marker, block = text.partition("\n# [mailbox]\n")
    assert marker, "deploy/mailflow.toml has no commented-out [mailbox] alternative"
    return head + "\n[mailbox]\n" + re.sub(r"(?m)^# (\w+ = .*)$", r"\1", block)


def test_production_config_loads_as_shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every key loads as an administrator copies it, with its IMAP alternative switched on too
    # (/etc/mailflow moved into a temp dir, with the templates folder the docs create).
    monkeypatch.delenv("MAILFLOW_DATABASE_URL", raising=False)
    (tmp_path / "templates").mkdir()
    text = (DEPLOY / "mailflow.toml").read_text(encoding="utf-8").replace("/etc/mailflow/", f"{tmp_path}/")
    s, alternative = (
        parse_settings(tmp_path / "mailflow.toml", v, tomllib.loads(v)) for v in (text, with_mailbox_alternative(text))
    )
    assert s.database_url.startswith("postgresql://mailflow@/mailflow")
    assert s.catalogue_files == (tmp_path / "catalogue.toml",)
    smtp, out = s.smtp, s.outbound
    assert (smtp.listen_host, smtp.listen_port, smtp.lmtp) == ("127.0.0.1", 2525, True)
    assert (out.relay_port, out.starttls, out.user) == (587, True, "mailflow")
    assert out.password_file == tmp_path / "smtp-password"
    assert (out.retry_min_delay, out.give_up_after, s.templates.dir) == (300, 432000, tmp_path / "templates")
    [mailbox] = alternative.mailboxes
    assert (mailbox.port, mailbox.tls, mailbox.password_file) == (993, "implicit", tmp_path / "imap-password")
