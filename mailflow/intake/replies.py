"""What the SMTP/LMTP intake answers: one text per situation, with enhanced status codes (RFC 3463).

aiosmtpd refuses some things itself; its stock texts are rewritten to these so
every refusal reads the same. The ones that end DATA are, on LMTP, repeated once
per recipient as the protocol requires (``per_recipient``).
"""

from __future__ import annotations

from mailflow.intake.limits import NO_ROOM, TOO_MANY, TOO_MANY_FROM_YOU

__all__ = [
    "BAD_RECIPIENT",
    "BAD_SENDER",
    "LINE_TOO_LONG",
    "NO_ROOM",
    "NO_SMTPUTF8",
    "NO_SUCH_ADDRESS",
    "NOT_ASCII",
    "QUEUED",
    "RCPT_OK",
    "STOCK_DATA_REPLIES",
    "STOCK_REPLIES",
    "TEMP_FAILURE",
    "TOO_BIG",
    "TOO_MANY",
    "TOO_MANY_FROM_YOU",
    "per_recipient",
]

RCPT_OK = "250 2.1.5 Ok"
QUEUED = "250 2.0.0 Ok: queued as {id}"
NO_SUCH_ADDRESS = "550 5.1.1 <{addr}>: no such registration address"
TOO_BIG = "552 5.3.4 Message too big"
TEMP_FAILURE = "451 4.3.0 Temporary failure, try again later"
LINE_TOO_LONG = "500 5.5.2 Line too long"
NOT_ASCII = (
    "553 5.6.7 Non-ASCII addresses are not supported here (no SMTPUTF8); "
    "please write from and to an address in plain ASCII"
)
NO_SMTPUTF8 = "555 5.6.7 SMTPUTF8 is not supported here; please use addresses in plain ASCII"
BAD_SENDER = "501 5.1.7 Sender address refused: {why}"
BAD_RECIPIENT = "501 5.1.3 Recipient address refused: {why}"

STOCK_REPLIES = {
    "552 Error: message size exceeds fixed maximum message size": TOO_BIG,
    "500 Error: strict ASCII mode": NOT_ASCII,  # a command argument with 8-bit bytes
    "501 Error: SMTPUTF8 disabled": NO_SMTPUTF8,
}
STOCK_DATA_REPLIES = {
    "552 Error: Too much mail data": TOO_BIG,
    "500 Line too long (see RFC5321 4.5.3.1.6)": LINE_TOO_LONG,
}


def per_recipient(status: str, count: int) -> str:
    """LMTP answers DATA once per accepted recipient (RFC 2033 4.2); SMTP once."""
    return "\r\n".join([status] * max(count, 1))
