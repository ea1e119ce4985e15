"""Small asyncio helpers shared by the long-running loops (worker, sender)."""

from __future__ import annotations

import asyncio
from typing import Sequence


async def wait_any(events: Sequence[asyncio.Event], timeout: float) -> None:
    """Return when any of ``events`` is set or ``timeout`` passes, leaving no waiter behind."""
    waiters = [asyncio.create_task(e.wait()) for e in events]
    try:
        await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for w in waiters:
            w.cancel()
