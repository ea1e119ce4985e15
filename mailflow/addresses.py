"""What an e-mail address must be for mailflow to store it and write to it.

Checked where addresses enter (the SMTP/LMTP envelope, what understanding
found, what staff type), so both databases see the same values: PostgreSQL
refuses a value longer than its column (DataError) where SQLite stores it, and
a reply to an address we cannot put in a header fails only later, in the worker.

* At most 254 characters: RFC 5321's 256-octet path minus the angle brackets.
* ASCII only: mailflow does not speak SMTPUTF8 (RFC 6531), so it neither
  accepts such an address in the envelope nor answers one found in a header.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mailflow.understand.types import Interpretation

MAX_ADDRESS = 254  # RFC 5321 4.5.3.1.3: a path is at most 256 octets, "<" and ">" included
MAX_LOCAL_PART = 64


def address_problem(address: str) -> str | None:
    """Why ``address`` cannot be used, in words a sender or a member of staff can act on; None if fine.

    >>> address_problem("jan@gemeente.nl") is None
    True
    >>> address_problem("jöran@exämple.test")
    'the address jöran@exämple.test has non-ASCII characters, which mailflow cannot write to (no SMTPUTF8); use an address in plain ASCII'
    >>> address_problem("a" * 250 + "@x.nl")[:36]
    'the address is 255 characters long; '
    """
    if not address.isascii():
        return (
            f"the address {address} has non-ASCII characters, which mailflow cannot write to (no SMTPUTF8); "
            "use an address in plain ASCII"
        )
    if len(address) > MAX_ADDRESS:
        return f"the address is {len(address)} characters long; at most {MAX_ADDRESS} are allowed (RFC 5321)"
    local, at, _domain = address.rpartition("@")
    if at and len(local) > MAX_LOCAL_PART:
        return f"the part before @ is {len(local)} characters long; at most {MAX_LOCAL_PART} are allowed (RFC 5321)"
    return None


def keep_usable(interp: Interpretation) -> Interpretation:
    """``interp`` without the participants and reply address mailflow cannot write to, with the reason.

    Such a message goes to a person (review, the reason first) instead of
    failing three times in the worker: registering ``jöran@exämple.test`` would
    leave a confirmation that can never be sent. Unchanged when every address is fine.
    """
    reasons: list[str] = []
    participants = []
    for p in interp.participants:
        why = address_problem(p.email)
        if why is None:
            participants.append(p)
        else:
            reasons.append(f"{p.name or 'a participant'} cannot be registered: {why}")
    reply_to = interp.reply_to
    why = address_problem(reply_to) if reply_to else None
    if why is not None:
        reasons.append(f"the sender cannot be answered: {why}")
        reply_to = None
    if not reasons:
        return interp
    return replace(
        interp,
        participants=participants,
        reply_to=reply_to,
        review=True,
        may_reply=interp.may_reply and reply_to is not None,
        reasons=[*reasons, *interp.reasons],
    )
