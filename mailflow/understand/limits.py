"""How much of a message understanding reads: the limits that bound the cost of one message.

A 210 KB subject once cost 2.6 s and a 1.6 MB one-line body over 20 s, because
every stage read everything. Now parse reads at most these amounts (see
``parse.py``) and the request is read from the sender's first ``OWN_LIMIT``
characters (``understander.py``); a mail that may go on past what was read
goes to a person. The README's "Bounded cost per message" lists them.
"""

from __future__ import annotations

import re

OWN_LIMIT = 2_500  # characters of the sender's own words read as the request (about 12 µs each)
SUBJECT_LIMIT = 1_000  # characters of the subject
HEADER_LIMIT = 4_000  # characters of any other header field
HEADER_FIELDS = 300  # header fields read (Received chains of loops run to thousands)
PART_LIMIT = 64 * 1024  # characters read from each text part
HTML_LIMIT = 128 * 1024  # characters of HTML markup converted to text, per part
TEXT_PARTS = 8  # text parts read (plain and HTML); the rest are not looked at
PARTS_WALKED = 200  # MIME parts looked at in all
TEXT_LIMIT = 64 * 1024  # characters of body text in all
RAW_LIMIT = 1024 * 1024  # bytes of the message parsed: the sender's words come before the attachments
MULTIPARTS = 64  # multipart containers parsed (boundary parameters); the rest is not read
_BOUNDARY = re.compile(rb"boundary\s*=", re.IGNORECASE)
DELIMITERS = 500  # lines starting with "--" (part delimiters) parsed: a part costs the parser a message
_DELIMITER = re.compile(rb"\n--")


def bounded(raw: bytes) -> tuple[bytes, bool]:
    """At most ``RAW_LIMIT`` bytes, ``MULTIPARTS`` multipart containers and ``DELIMITERS`` part delimiters,
    cut at a line end; True when something was cut.

    The sender's words come first and attachments after them; and the standard
    parser checks every line against every open boundary, so deep nesting (a
    hostile message nests hundreds) would cost it time in the square of the depth."""
    limit = min(len(raw), RAW_LIMIT)
    counts = (raw.count(b"oundary", 0, limit) + raw.count(b"OUNDARY", 0, limit), raw.count(b"\n--", 0, limit))
    for rx, most, seen in ((_BOUNDARY, MULTIPARTS, counts[0]), (_DELIMITER, DELIMITERS, counts[1])):
        if seen <= most:  # counted in C first: the pattern runs only on the rare message that has more
            continue
        for n, m in enumerate(rx.finditer(raw, 0, limit)):
            if n == most:
                limit = m.start()
                break
    if limit == len(raw):
        return raw, False
    end = raw.rfind(b"\n", 0, limit)
    return raw[: end + 1 if end > 0 else limit], True
