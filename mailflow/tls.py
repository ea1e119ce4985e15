"""TLS for our client connections (SMTP relay, IMAP): verified, with an optional private CA.

Certificates are always verified. A deployment whose relay or mail server uses
a certificate from its own CA names that CA's PEM file as ``ca_file``; it is
trusted in addition to the system's CAs. A certificate that does not verify is
a setting to fix, not a network hiccup, so ``untrusted`` words it as one: what
failed, where, and which key to set.
"""

from __future__ import annotations

import ssl
from pathlib import Path


def client_context(ca_file: Path | None = None) -> ssl.SSLContext:
    """The system's trusted CAs, plus those in ``ca_file`` when given."""
    context = ssl.create_default_context()
    if ca_file is not None:
        context.load_verify_locations(cafile=str(ca_file))
    return context


def check_ca_file(path: Path) -> str | None:
    """Why ``path`` cannot serve as ``ca_file`` (None when it can): missing, unreadable, or no certificates."""
    if not path.is_file():
        return f"no such file: {path}"
    try:
        ssl.create_default_context(cafile=str(path))
    except (ssl.SSLError, OSError) as exc:
        return f"{path} is not a PEM file of CA certificates ({getattr(exc, 'strerror', None) or exc})"
    return None


def untrusted(exc: ssl.SSLCertVerificationError, where: str, section: str) -> tuple[str, str]:
    """(message, key to fix) for a certificate that did not verify at ``where`` (host:port)."""
    reason = exc.verify_message or str(exc)
    if "hostname" in reason.lower() or "ip address mismatch" in reason.lower():
        key = f"[{section}] host" if section != "outbound" else "[outbound] relay"
        return (
            f"the TLS certificate of {where} is not valid for that name ({reason}); "
            f"set {key} to a name the certificate carries"
        ), key
    key = f"[{section}] ca_file"
    return (
        f"the TLS certificate of {where} is not trusted ({reason}); if it comes from a private CA, "
        f"set {key} to that CA's PEM file"
    ), key
