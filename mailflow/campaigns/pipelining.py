"""An SMTP relay client that pipelines (RFC 2920) when the relay offers it.

smtplib waits for the answer to MAIL, then to RCPT, then to DATA, then to the
message: four round trips per mail. A campaign sends thousands of mails over a
few connections from threads that share one interpreter lock, so each round
trip is also a wait for the lock; with PIPELINING (Postfix offers it, as do
most relays) MAIL, RCPT and DATA go in one write and the answers are read
together: two round trips. Failures are raised as the smtplib exceptions
``SmtpRelay.deliver`` already sorts into temporary and permanent ones, so retry
rules stay in one place. A relay without PIPELINING gets plain smtplib.
"""

from __future__ import annotations

import re
import smtplib

from mailflow.outbound.transport import SmtpRelay

_LEADING_DOT = re.compile(rb"(?m)^\.")


class PipeliningRelay(SmtpRelay):
    """``SmtpRelay`` with MAIL/RCPT/DATA pipelined when the relay announces PIPELINING."""

    def _send(self, raw: bytes, mail_from: str, recipients: list[str]) -> dict[str, tuple[int, bytes]]:
        if self._smtp is None:
            self._smtp = self._connect()
        if not self._smtp.has_extn("pipelining"):
            return super()._send(raw, mail_from, recipients)
        try:
            return _pipelined(self._smtp, raw, mail_from, recipients)
        except smtplib.SMTPServerDisconnected:
            pass
        except smtplib.SMTPResponseException as exc:
            if exc.smtp_code != 421:
                raise
        self._drop()  # the relay dropped an idle connection, or is closing it (421): once more
        self._smtp = self._connect()
        return _pipelined(self._smtp, raw, mail_from, recipients)


def _pipelined(smtp: smtplib.SMTP, raw: bytes, mail_from: str, recipients: list[str]) -> dict[str, tuple[int, bytes]]:
    """One pipelined transaction; returns the refused recipients (as ``sendmail`` does) or raises."""
    commands = [f"MAIL FROM:<{mail_from}>", *(f"RCPT TO:<{r}>" for r in recipients), "DATA"]
    smtp.send("\r\n".join(commands) + "\r\n")
    mail = smtp.getreply()
    refused = {}
    for rcpt in recipients:
        code, text = smtp.getreply()
        if code not in (250, 251):
            refused[rcpt] = (code, text)
    data = smtp.getreply()
    if mail[0] != 250 or len(refused) == len(recipients) or data[0] != 354:
        if data[0] == 354:  # the relay wants a message although nothing can be delivered: end it empty
            smtp.send(b".\r\n")
            smtp.getreply()
        smtp.rset()
        if mail[0] != 250:
            raise smtplib.SMTPSenderRefused(mail[0], mail[1], mail_from)
        if len(refused) == len(recipients):
            raise smtplib.SMTPRecipientsRefused(refused)
        raise smtplib.SMTPDataError(*data)
    body = _LEADING_DOT.sub(b"..", raw)
    smtp.send(body + (b"" if body.endswith(b"\r\n") else b"\r\n") + b".\r\n")
    code, text = smtp.getreply()
    if code != 250:
        smtp.rset()
        raise smtplib.SMTPDataError(code, text)
    return refused
