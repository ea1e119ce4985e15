"""Unsubscribe tokens and campaign Message-IDs as text: pure, so understanding may use them.

Nothing here touches the database; ``optout`` resolves a token to a person.
"""

from __future__ import annotations

import base64
import re
import secrets

_TOKEN = re.compile(r"^[a-z2-7]{24}$")
CAMPAIGN_ID_PREFIX = "<campaign."


def new_token() -> str:
    """A personal unsubscribe key: 120 random bits, lower-case base32 (safe in a local part, any case-folding)."""
    return base64.b32encode(secrets.token_bytes(15)).decode("ascii").lower()


def is_token(text: str) -> bool:
    return bool(_TOKEN.match(text))


def new_message_id(campaign_id: int, domain: str) -> str:
    """Fixed when the ledger row is made, so a resend carries the same Message-ID and replies trace back."""
    return f"{CAMPAIGN_ID_PREFIX}{campaign_id}.{secrets.token_hex(10)}@{domain}>"


def is_campaign_message_id(text: str) -> bool:
    """Looks like one of our campaign Message-IDs (the ledger decides whether it really is)."""
    return text.strip().startswith(CAMPAIGN_ID_PREFIX)


def unsubscribe_address(mailbox: str, token: str) -> str:
    """``d-loket+u-<token>@vng.nl``: reaches the intake like the mailbox itself."""
    local, _, domain = mailbox.partition("@")
    return f"{local}+u-{token}@{domain}"


def token_of(address: str) -> str | None:
    """The unsubscribe token in a plus-address, else None.

    >>> token_of("d-loket+u-5j2ucxtmftniziktb2xymnqg@vng.nl")
    '5j2ucxtmftniziktb2xymnqg'
    >>> token_of("d-loket+abc@vng.nl") is None
    True
    """
    local = address.strip().lower().partition("@")[0]
    _base, plus, tag = local.partition("+")
    if plus and tag.startswith("u-") and is_token(tag[2:]):
        return tag[2:]
    return None
