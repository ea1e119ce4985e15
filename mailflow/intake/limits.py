"""How much the SMTP/LMTP intake takes on at once: connections in all, per client, and bytes in flight.

Without limits, 3,000 idle connections were all accepted and 16 concurrent
23 MB messages took ``serve`` to 1.2 GB. Beyond a limit the intake answers with
a 4xx, which a real MTA treats as "try again later", so nothing is lost:

* more than ``max_connections`` open sessions, or more than
  ``max_connections_per_client`` from one address: ``421 4.7.0`` at connect;
* more than ``max_data_in_flight`` bytes of messages being received and stored
  at once: the message that would cross it gets ``452 4.3.1`` after its DATA
  (the bytes received so far are dropped at once, the rest read and discarded).

Memory then stays below a known bound (see ``docs/guarantees.md``): the
intake holds each message being received once (one buffer; the line list of
aiosmtpd held it about three times), and at most ``max_data_in_flight`` of them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

TOO_MANY = "421 4.7.0 Too many connections; try again later"
TOO_MANY_FROM_YOU = "421 4.7.0 Too many connections from your address; try again later"
NO_ROOM = "452 4.3.1 Too much mail being received at once; try again later"


@dataclass
class IntakeLimits:
    """The counters, shared by every session of one intake server (all on its event loop thread)."""

    max_connections: int = 100
    per_client: int = 20
    max_bytes: int = 256 * 1024 * 1024
    connections: int = 0
    by_client: Counter[str] = field(default_factory=Counter)
    in_flight: int = 0

    def connect(self, client: str) -> str | None:
        """Admit a connection from ``client`` (an IP address); the refusal to send instead, if any."""
        if self.connections >= self.max_connections:
            return TOO_MANY
        if self.by_client[client] >= self.per_client:
            return TOO_MANY_FROM_YOU
        self.connections += 1
        self.by_client[client] += 1
        return None

    def disconnect(self, client: str) -> None:
        self.connections -= 1
        self.by_client[client] -= 1
        if self.by_client[client] <= 0:
            del self.by_client[client]

    def take(self, size: int) -> bool:
        """Reserve ``size`` more bytes for a message being received; False when that would be too many."""
        if self.in_flight + size > self.max_bytes:
            return False
        self.in_flight += size
        return True

    def give(self, size: int) -> None:
        self.in_flight -= size
