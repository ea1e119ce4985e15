"""What the receiving mail system says about the sender: trusted Authentication-Results (RFC 8601).

Anybody can write an Authentication-Results header into a mail, so only the
headers whose authserv-id names our own receiving system (``[trust] authserv_id``)
are read; the rest are ignored. The result is a reading, not a judgement: which
domains passed DMARC, DKIM or SPF and whether DMARC failed. ``decide`` judges
whether that proves a registered address (``decide/rules.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import authres


@dataclass(frozen=True)
class SenderAuth:
    """The trusted verdicts about one message, as plain data."""

    authserv_id: str
    dmarc: str | None = None  # "pass", "fail", "none", ... for the From domain
    dmarc_domain: str | None = None  # header.from of the DMARC result
    passed: tuple[str, ...] = ()  # domains that passed: DMARC header.from, DKIM header.d, SPF mailfrom

    def verifies(self, address: str) -> bool:
        """True when a passing check is aligned with ``address``'s domain (RFC 7489 relaxed alignment,
        approximated safely: the same domain, or one a parent of the other, never a bare top-level name)."""
        domain = address.rpartition("@")[2].lower()
        return bool(domain) and any(aligned(domain, d) for d in self.passed)


def aligned(a: str, b: str) -> bool:
    """``mail.gemeente.nl`` and ``gemeente.nl`` are aligned; ``evil.nl`` and ``gemeente.nl`` are not.

    Nobody but the owner of a domain can make DKIM or SPF pass for it, so
    accepting a parent domain (the organisational domain) is as safe as DMARC's
    relaxed mode; a bare top-level name such as ``nl`` never aligns.

    >>> aligned("gemeente.nl", "mail.gemeente.nl"), aligned("gemeente.nl", "evil.nl"), aligned("a.nl", "nl")
    (True, False, False)
    """
    a, b = a.lower().strip("."), b.lower().strip(".")
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return "." in short and (long == short or long.endswith("." + short))


def sender_auth(values: Iterable[str], authserv_ids: Iterable[str]) -> SenderAuth | None:
    """The verdicts of the first trusted Authentication-Results header (the receiving system's), or None."""
    trusted = {i.lower() for i in authserv_ids}
    if not trusted:
        return None
    for value in values:
        try:
            header = authres.AuthenticationResultsHeader.parse("Authentication-Results: " + " ".join(value.split()))
        except Exception:  # noqa: BLE001 - a malformed header is simply not believed
            continue
        if (header.authserv_id or "").lower() not in trusted:
            continue
        return _verdicts(header)
    return None


def _verdicts(header: authres.AuthenticationResultsHeader) -> SenderAuth:
    dmarc = dmarc_domain = None
    passed: list[str] = []
    for result in header.results:
        method, verdict = (result.method or "").lower(), (result.result or "").lower()
        props = {f"{p.type}.{p.name}".lower(): (p.value or "") for p in result.properties}
        if method == "dmarc" and dmarc is None:
            dmarc, dmarc_domain = verdict, props.get("header.from", "").lower() or None
            if verdict == "pass" and dmarc_domain:
                passed.append(dmarc_domain)
        elif method == "dkim" and verdict == "pass" and props.get("header.d"):
            passed.append(props["header.d"].lower())
        elif method == "spf" and verdict == "pass":
            domain = (props.get("smtp.mailfrom") or "").rpartition("@")[2].lower()
            if domain:
                passed.append(domain)
    return SenderAuth(
        authserv_id=(header.authserv_id or "").lower(),
        dmarc=dmarc,
        dmarc_domain=dmarc_domain,
        passed=tuple(dict.fromkeys(passed)),
    )
