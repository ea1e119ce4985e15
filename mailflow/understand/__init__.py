"""Understanding: raw message bytes -> ``Interpretation`` (pure; no database, network or clock).

``Understander(catalogue, trust=...)`` builds the lexicon and the session index
once; ``understand()`` is a thin wrapper that keeps one Understander per
catalogue object and trust policy in a small explicit cache, so callers that
hold no Understander still pay the index cost only once.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterable

from mailflow.catalogue import Catalogue
from mailflow.config import Trust
from mailflow.understand.types import Interpretation
from mailflow.understand.understander import Understander

__all__ = ["Understander", "UnderstanderCache", "understand"]


class UnderstanderCache:
    """Remembers the Understander of the last few catalogues (by identity) and trust policies."""

    def __init__(self, size: int = 4) -> None:
        self.size = size
        self._items: list[tuple[Catalogue, Trust, Path | None, Understander]] = []

    def get(self, catalogue: Catalogue, trust: Trust | None = None, own_templates: Path | None = None) -> Understander:
        trust = trust or Trust()
        for cat, t, own, u in self._items:
            if cat is catalogue and t == trust and own == own_templates:
                return u
        u = Understander(catalogue, trust=trust, own_templates=own_templates)
        self._items = ([(catalogue, trust, own_templates, u)] + self._items)[: self.size]
        return u


_DEFAULT_CACHE = UnderstanderCache()


def understand(
    raw: bytes,
    catalogue: Catalogue,
    *,
    now: dt.datetime | None = None,
    own_addresses: Iterable[str] = (),
    delivered_to: Iterable[str] = (),
    envelope_from: str | None = None,
    message_domain: str | None = None,
    trust: Trust | None = None,
    own_templates: Path | None = None,
) -> Interpretation:
    """Interpret one message; never raises on bad input."""
    return _DEFAULT_CACHE.get(catalogue, trust, own_templates).understand(
        raw,
        now=now,
        own_addresses=own_addresses,
        delivered_to=delivered_to,
        envelope_from=envelope_from,
        message_domain=message_domain,
    )
