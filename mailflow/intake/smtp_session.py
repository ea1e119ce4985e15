"""The SMTP and LMTP sessions: aiosmtpd's, with our replies, connection limits and a leaner DATA.

Three changes to aiosmtpd's protocol, all about what one client can cost us:

* its stock refusals are rewritten to our texts (``replies.STOCK_*``);
* a connection beyond ``IntakeLimits`` is answered ``421`` and closed before
  a session exists;
* DATA is read into one growing buffer instead of a list of line objects that
  is joined at the end (which held a message about three times over), and the
  bytes count against the intake's ``max_data_in_flight`` while the message is
  received and stored. Dot-unstuffing, the size and line limits and the replies
  are aiosmtpd's.
"""

from __future__ import annotations

import asyncio
import enum
from typing import Any, AnyStr, Awaitable

from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import MISSING, SMTP

from mailflow.intake.limits import IntakeLimits
from mailflow.intake.replies import NO_ROOM, STOCK_DATA_REPLIES, STOCK_REPLIES, per_recipient

CHECK_EVERY = 64 * 1024  # bytes received between two looks at the bytes-in-flight budget


class _Data(enum.Enum):
    NOMINAL = 0
    TOO_MUCH = 1  # over the message size limit
    TOO_LONG = 2  # a line over the line length limit
    NO_ROOM = 3  # over the intake's bytes in flight


class _Session:
    """Mixed into aiosmtpd's SMTP and LMTP classes (before them in the MRO)."""

    # RFC 5321 caps lines at 1000 octets, but sloppy mailers exceed it; refusing
    # would lose a sign-up, so take long lines and let the understanding cope.
    line_length_limit = 1 << 20
    limits: IntakeLimits | None = None  # set by the server for each new session
    _client: str | None = None  # the address counted in ``limits`` while connected
    _reserved = 0  # bytes of the current message counted in ``limits``

    def push(self, status: AnyStr) -> Awaitable[None]:
        # Plain function returning SMTP.push's coroutine: no extra coroutine per reply.
        if isinstance(status, str):
            if status in STOCK_DATA_REPLIES:
                envelope = getattr(self, "envelope", None)
                count = len(envelope.rcpt_tos) if isinstance(self, LMTP) and envelope is not None else 1
                status = per_recipient(STOCK_DATA_REPLIES[status], count)
            else:
                status = STOCK_REPLIES.get(status, status)
        return super().push(status)  # type: ignore[misc]

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if self.limits is not None and getattr(self, "_original_transport", None) is None and self._client is None:
            peer = transport.get_extra_info("peername")
            client = str(peer[0]) if isinstance(peer, tuple) and peer else "?"
            refusal = self.limits.connect(client)
            if refusal is not None:
                transport.write(f"{refusal}\r\n".encode("ascii"))  # type: ignore[attr-defined]
                transport.close()
                self._refused = True
                return
            self._client = client
        super().connection_made(transport)  # type: ignore[misc]

    def connection_lost(self, error: Exception | None) -> None:
        if getattr(self, "_refused", False):
            return
        if self.limits is not None and self._client is not None:
            self.limits.disconnect(self._client)
            self._client = None
        self._release()
        super().connection_lost(error)  # type: ignore[misc]

    def _release(self) -> None:
        if self.limits is not None and self._reserved:
            self.limits.give(self._reserved)
        self._reserved = 0

    def _reserve(self, size: int) -> bool:
        if self.limits is None:
            return True
        if not self.limits.take(size):
            return False
        self._reserved += size
        return True

    async def smtp_DATA(self, arg: str) -> None:
        s: Any = self
        if await s.check_helo_needed() or await s.check_auth_needed("DATA"):
            return
        if not s.envelope.rcpt_tos:
            await s.push("503 Error: need RCPT command")
            return
        if arg:
            await s.push("501 Syntax: DATA")
            return
        await s.push("354 End data with <CR><LF>.<CR><LF>")
        try:
            state, data = await self._receive(s)
            if state is not _Data.NOMINAL:  # refused: answered (once per recipient on LMTP), then reset
                self._release()
                await s.push(
                    per_recipient(NO_ROOM, len(s.envelope.rcpt_tos) if isinstance(self, LMTP) else 1)
                    if state is _Data.NO_ROOM
                    else "500 Line too long (see RFC5321 4.5.3.1.6)"
                    if state is _Data.TOO_LONG
                    else "552 Error: Too much mail data"
                )
                s._set_post_data_state()
                return
            s.envelope.content = s.envelope.original_content = data
            del data
            status = await s._call_handler_hook("DATA") if "DATA" in s._handle_hooks else MISSING
        finally:
            self._release()  # stored (or refused): no longer in flight
        s._set_post_data_state()
        await s.push("250 OK" if status is MISSING else status)

    async def _receive(self, s: Any) -> tuple[_Data, bytes]:
        """Read the message up to the lone dot into one buffer, undoing dot-stuffing line by line."""
        data = bytearray()
        limit = s.data_size_limit
        state, received, checked = _Data.NOMINAL, 0, 0
        fragments: list[bytes] = []
        while s.transport is not None:
            try:
                line: bytes = await s._reader.readuntil(b"\r\n")
            except asyncio.CancelledError:
                s._writer.close()
                raise
            except asyncio.LimitOverrunError as e:
                state = _Data.TOO_LONG if state is _Data.NOMINAL else state
                data = bytearray()
                line = await s._reader.read(e.consumed)
            if not fragments and line == b".\r\n":
                break
            received += len(line)
            if state is _Data.NOMINAL and limit and received > limit:
                state, data = _Data.TOO_MUCH, bytearray()
            if state is _Data.NOMINAL and received - checked >= CHECK_EVERY:
                if not self._reserve(received - checked):
                    state, data = _Data.NO_ROOM, bytearray()
                checked = received
            fragments.append(line)
            if line.endswith(b"\r\n"):
                if state is _Data.NOMINAL:
                    whole = line if len(fragments) == 1 else b"".join(fragments)
                    if len(whole) > self.line_length_limit:
                        state, data = _Data.TOO_LONG, bytearray()
                    else:
                        data += memoryview(whole)[1:] if whole[:1] == b"." else whole
                fragments.clear()
        if state is _Data.NOMINAL and not self._reserve(received - checked):
            state, data = _Data.NO_ROOM, bytearray()
        return state, bytes(data)


class IntakeSMTP(_Session, SMTP):  # type: ignore[misc]  # push() returns SMTP.push's awaitable on purpose
    """SMTP with mailflow's replies and limits."""


class IntakeLMTP(_Session, LMTP):  # type: ignore[misc]  # as IntakeSMTP
    """LMTP (for a local Postfix/Dovecot delivering via ``lmtp:``) with mailflow's replies and limits."""
