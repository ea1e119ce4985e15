"""Logging for the long-running commands: readable text, or one JSON object per line for log shippers.

What an operator needs from the log is what happened to each message and each
reply (one INFO line each, see ``outcomes.py`` and the sender), and anything to
fix. aiosmtpd logs every SMTP command at INFO on ``mail.log``; that chatter
would bury those lines, so it is only shown with ``--verbose``, as DEBUG.

In JSON each line carries ``time`` (UTC, ISO 8601), ``level``, ``logger``,
``message``, ``pid`` and the structured fields a call passed with ``extra=``
(``message_id``, ``event``, ``outcome``, ``registrations``, ``review_item``,
``outbound_id``, ``recipients`` ...), so a log shipper can index them without
parsing the text.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from typing import Any

FORMATS = ("text", "json")
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
SMTP_CHATTER = "mail.log"  # aiosmtpd's logger
# Attributes every LogRecord has; anything else on a record came from ``extra=``.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    """One JSON object per record, on one line."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "pid": record.process,
        }
        out.update({k: v for k, v in vars(record).items() if k not in _STANDARD and not k.startswith("_")})
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            out["exception"] = record.exc_text
        return json.dumps(out, ensure_ascii=False, default=str)


class AsDebug(logging.Filter):
    """Relabel a chatty library's INFO records as DEBUG (they pass only where DEBUG is wanted)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.INFO:
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return True


def formatter(fmt: str) -> logging.Formatter:
    if fmt not in FORMATS:
        raise ValueError(f"log format {fmt!r}: expected one of {', '.join(FORMATS)}")
    return JsonFormatter() if fmt == "json" else logging.Formatter(TEXT_FORMAT)


def setup_logging(level: int = logging.INFO, fmt: str = "text") -> None:
    """Configure the root logger of this process (a no-op where handlers exist, as in tests)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter(fmt))
    logging.basicConfig(level=level, handlers=[handler])
    logging.getLogger("alembic").setLevel(logging.WARNING)
    chatter = logging.getLogger(SMTP_CHATTER)
    if level > logging.DEBUG:
        chatter.setLevel(logging.WARNING)
    elif not any(isinstance(f, AsDebug) for f in chatter.filters):
        chatter.addFilter(AsDebug())
