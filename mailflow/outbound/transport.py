"""Thin transports for the sender: an SMTP relay, or a Maildir (``maildir.py``) when there is no relay.

A transport only delivers bytes and sorts failures into two classes, because
that is all the sender needs to decide between "retry later" and "give up":

* TemporaryFailure: 4xx replies, refused connections, timeouts;
  SettingsFailure, a kind of it: an untrusted TLS certificate, a refused login,
  a relay that wants STARTTLS (an operator must fix a key, named in the error,
  and the mail should then still go out);
* PermanentFailure: 5xx replies about the message or all of its recipients.

A relay may also take a mail for some recipients and refuse others: ``deliver``
then returns the refusals per address, and the sender records each recipient's
outcome (a retry goes only to the ones deferred with a 4xx).

smtplib is used (not aiosmtplib) because the sender runs in a worker thread and
a plain blocking client with a timeout is the simplest correct thing there.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from typing import Protocol

from mailflow.config import Outbound
from mailflow.tls import client_context, untrusted

log = logging.getLogger(__name__)


Refusals = dict[str, tuple[int, str]]  # recipient as given -> (SMTP code, the relay's words)


class TemporaryFailure(Exception):
    """Try again later: the relay or the network said 'not now'."""

    def __init__(self, message: str, refusals: Refusals | None = None) -> None:
        super().__init__(message)
        self.refusals: Refusals = refusals or {}  # per recipient, when every one was refused


class SettingsFailure(TemporaryFailure):
    """Our settings, not the mail: keep it queued and tell the operator which ``key`` to fix."""

    def __init__(self, message: str, key: str) -> None:
        super().__init__(message)
        self.key = key


class PermanentFailure(Exception):
    """Do not try again: the relay rejected the message or every recipient for good."""

    def __init__(self, message: str, refusals: Refusals | None = None) -> None:
        super().__init__(message)
        self.refusals: Refusals = refusals or {}


class Transport(Protocol):
    #: True when delivering the same bytes twice leaves one copy (a Maildir file named by its
    #: content); the sender then records outcomes in batches. False (a relay): each delivery is
    #: recorded at once, so a crash can double at most the one in hand.
    idempotent: bool

    def open(self) -> None:
        """Get ready at start; raise ConfigError when a setting has to change first."""

    def deliver(self, raw: bytes, mail_from: str, recipients: list[str]) -> Refusals:
        """Deliver once; return the recipients refused while others were accepted (empty: all taken)."""

    def close(self) -> None:
        """The batch is done: let go of connections (the next delivery opens what it needs)."""


def _describe(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else message
    return f"{code} {text}".strip()


class SmtpRelay:
    """Hand messages to one SMTP relay (Postfix, an ESP, Exchange Online).

    One connection serves a whole batch (EHLO, STARTTLS and AUTH once, then one
    transaction per message, as Postfix's own SMTP client does); the sender
    closes it after the batch. A connection the relay dropped in between is
    opened again once before a delivery counts as failed.
    """

    idempotent = False

    def __init__(self, outbound: Outbound) -> None:
        if not outbound.relay_host:
            raise ValueError("SmtpRelay needs outbound.relay_host; use MaildirTransport without a relay")
        self.outbound = outbound
        self._smtp: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        o = self.outbound
        assert o.relay_host is not None
        context = client_context(o.ca_file)
        if o.implicit_tls:
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(o.relay_host, o.relay_port, timeout=o.timeout, context=context)
        else:
            smtp = smtplib.SMTP(o.relay_host, o.relay_port, timeout=o.timeout)
        try:
            smtp.ehlo()
            if o.starttls and not o.implicit_tls:
                smtp.starttls(context=context)
                smtp.ehlo()
            if o.user:
                _login(smtp, o.user, o.password() or "")
        except BaseException:
            smtp.close()
            raise
        return smtp

    def open(self) -> None:
        """Nothing yet: the relay is reached on the first delivery, so a relay that is down
        at start delays replies (they wait in the outbox) instead of stopping the intake."""

    def close(self) -> None:
        if self._smtp is not None:
            _quit(self._smtp)
            self._smtp = None

    def _send(self, raw: bytes, mail_from: str, recipients: list[str]) -> dict[str, tuple[int, bytes]]:
        """sendmail on the open connection; a connection the relay dropped or is closing (421) is
        replaced once. smtplib sends RSET itself after a refused transaction, so a refusal
        leaves the connection ready for the next message."""
        if self._smtp is not None:
            try:
                return self._smtp.sendmail(mail_from, recipients, raw)
            except smtplib.SMTPServerDisconnected:
                self._drop()
            except smtplib.SMTPResponseException as exc:
                if exc.smtp_code != 421:
                    raise
                self._drop()
        self._smtp = self._connect()
        return self._smtp.sendmail(mail_from, recipients, raw)

    def _drop(self) -> None:
        if self._smtp is not None:
            self._smtp.close()
            self._smtp = None

    def deliver(self, raw: bytes, mail_from: str, recipients: list[str]) -> Refusals:
        """Send once; raise TemporaryFailure or PermanentFailure, return once accepted for at least one
        recipient, with the refusals of the others."""
        try:
            refused = self._send(raw, mail_from, recipients)
        except smtplib.SMTPRecipientsRefused as exc:
            raise _refused(exc.recipients) from exc
        except smtplib.SMTPAuthenticationError as exc:
            self._drop()
            raise SettingsFailure(
                f"relay login failed: {_describe(exc.smtp_code, exc.smtp_error)}; check "
                "[outbound] user and the password (password_env or password_file)",
                "[outbound] user",
            ) from exc
        except smtplib.SMTPNotSupportedError as exc:
            self._drop()
            raise SettingsFailure(str(exc), "[outbound] starttls") from exc
        except ssl.SSLCertVerificationError as exc:
            self._drop()
            o = self.outbound
            raise SettingsFailure(*untrusted(exc, f"relay {o.relay_host}:{o.relay_port}", "outbound")) from exc
        except smtplib.SMTPResponseException as exc:  # sender refused, data refused, greeting refused
            text = _describe(exc.smtp_code, exc.smtp_error)
            if exc.smtp_code in _CONFIG_CODES:  # about our settings, not the message: keep it
                self._drop()
                hint, key = _CONFIG_CODES[exc.smtp_code]
                raise SettingsFailure(f"{text} ({hint})", key) from exc
            if 500 <= exc.smtp_code < 600 and not isinstance(exc, smtplib.SMTPConnectError):
                raise PermanentFailure(text) from exc
            self._drop()
            raise TemporaryFailure(text) from exc
        except (smtplib.SMTPException, OSError) as exc:  # disconnects, timeouts, refused, TLS errors
            self._drop()
            raise TemporaryFailure(f"{type(exc).__name__}: {exc}") from exc
        # Accepted for some recipients: the others are recorded one by one (retrying the whole
        # mail would send the accepted ones a second copy).
        return {rcpt: (code, _describe(code, msg)) for rcpt, (code, msg) in refused.items()}


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """AUTH PLAIN when offered (the connection is already encrypted), else smtplib's own choice.

    smtplib.login tries every mechanism in turn after a refusal, which turns a
    clear "535 wrong password" into a timeout with some servers; one mechanism
    keeps the relay's own answer for the operator.
    """
    if not smtp.has_extn("auth"):
        hint = (
            "it offers STARTTLS: set [outbound] starttls = true"
            if smtp.has_extn("starttls") and not isinstance(smtp.sock, ssl.SSLSocket)
            else "leave [outbound] user empty if it needs none"
        )
        raise smtplib.SMTPNotSupportedError(f"the relay offers no login (AUTH) on this connection; {hint}")
    offered = smtp.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" not in offered:
        smtp.login(user, password)
        return
    smtp.user, smtp.password = user, password
    code, resp = smtp.auth("PLAIN", smtp.auth_plain, initial_response_ok=True)
    if code not in (235, 503):
        raise smtplib.SMTPAuthenticationError(code, resp)


_CONFIG_CODES = {
    530: (
        "the relay requires STARTTLS or a login first: set [outbound] starttls = true and user",
        "[outbound] starttls",
    ),
    534: ("the relay wants a stronger login mechanism", "[outbound] user"),
    538: (
        "the relay requires encryption for this login: set [outbound] starttls = true or use smtps://",
        "[outbound] starttls",
    ),
}


def _refused(recipients: dict[str, tuple[int, bytes]]) -> Exception:
    """Every recipient refused: permanent only when every refusal is a 5xx."""
    refusals = {rcpt: (code, _describe(code, msg)) for rcpt, (code, msg) in recipients.items()}
    detail = "; ".join(f"{rcpt}: {text}" for rcpt, (_code, text) in refusals.items())
    if recipients and all(500 <= code < 600 for code, _ in recipients.values()):
        return PermanentFailure(f"all recipients refused: {detail}", refusals)
    return TemporaryFailure(f"recipients refused: {detail}", refusals)


def _quit(smtp: smtplib.SMTP) -> None:
    """QUIT politely, but a failing QUIT after an accepted message is no failure."""
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def make_transport(outbound: Outbound) -> SmtpRelay | MaildirTransport:
    """The relay when one is configured, else the Maildir at ``outbound.maildir`` (``maildir.py``)."""
    if outbound.relay_host:
        return SmtpRelay(outbound)
    return MaildirTransport(outbound.maildir)


from mailflow.outbound.maildir import MaildirTransport, maildir_name, write_once  # noqa: E402 - it needs the failures above

__all__ = [
    "MaildirTransport",
    "PermanentFailure",
    "Refusals",
    "SettingsFailure",
    "SmtpRelay",
    "TemporaryFailure",
    "Transport",
    "make_transport",
    "maildir_name",
    "write_once",
]
