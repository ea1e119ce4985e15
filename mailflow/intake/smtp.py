"""SMTP and LMTP intake: a thin aiosmtpd handler over the intake store.

The handler does two things only. ``handle_RCPT`` refuses addresses that are
not ours, so a misdirected mail bounces at the sender's MTA instead of becoming
our problem. ``handle_DATA`` commits the raw bytes (``store.accept_many``, the
batch form of ``accept``) and only then answers ``250``: once the peer hears "queued", the message is durable and
everything after (understanding, replies) may crash and resume.

Each session is ``smtp_session.IntakeSMTP`` (or ``IntakeLMTP``): aiosmtpd's, with
our replies, connection limits and a DATA that holds a message once
(``limits.py`` says how much the intake takes on at once).

The database work runs on writer threads so one slow commit never stalls the
other sessions on the event loop; messages arriving while a commit is in flight
are committed together next, each still before its own 250 (see groupcommit.py).

Replies carry enhanced status codes (RFC 3463) and never a Python error: any
unexpected failure becomes ``451 4.3.0``, which tells a real MTA to retry later.

SMTPUTF8 is not offered: replies could not be written to a non-ASCII address,
so such an address is refused at MAIL or RCPT with ``553 5.6.7`` (the sending
MTA bounces it with that reason) instead of being accepted and failing later.
Addresses longer than RFC 5321 allows are refused there too, on every database.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import weakref
from typing import Any, Callable

from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import SMTP, Envelope, Session
from sqlalchemy.orm import Session as DbSession, sessionmaker

from mailflow.addresses import address_problem
from mailflow.config import SmtpIntake
from mailflow.intake.groupcommit import GroupCommitter
from mailflow.intake.limits import IntakeLimits
from mailflow.intake.replies import (
    BAD_RECIPIENT,
    BAD_SENDER,
    NO_SUCH_ADDRESS,
    QUEUED,
    RCPT_OK,
    TEMP_FAILURE,
    TOO_BIG,
    per_recipient,
)
from mailflow.intake.smtp_session import IntakeLMTP, IntakeSMTP
from mailflow.intake.store import Incoming

log = logging.getLogger(__name__)


def split_recipient(addr: str) -> tuple[str, str | None, str]:
    """Split an envelope address into (local part, plus tag, domain); pure, no case changes.

    The tag is how replies can carry a token (``loket+<token>@...``) while still
    reaching the one registration address.

    >>> split_recipient("d-loket+abc@vng.nl")
    ('d-loket', 'abc', 'vng.nl')
    >>> split_recipient("D-Loket@VNG.nl")
    ('D-Loket', None, 'VNG.nl')
    >>> split_recipient("a+b+c@x.nl")
    ('a', 'b+c', 'x.nl')
    >>> split_recipient("a+@x.nl")
    ('a', '', 'x.nl')
    >>> split_recipient("postmaster")
    ('postmaster', None, '')
    """
    local, at, domain = addr.rpartition("@")
    if not at:
        local, domain = addr, ""
    base, plus, tag = local.partition("+")
    return base, (tag if plus else None), domain


def base_address(addr: str) -> str:
    """The address without its plus tag, lower-cased, for matching against our addresses.

    >>> base_address("D-Loket+Abc@VNG.nl")
    'd-loket@vng.nl'
    """
    local, _tag, domain = split_recipient(addr)
    return f"{local}@{domain}".lower() if domain else local.lower()


def _text(value: str) -> str:
    """Make a protocol string storable: aiosmtpd keeps undecodable bytes as surrogates."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class IntakeHandler:
    """aiosmtpd handler shared by the SMTP and LMTP servers: check recipients, store, answer.

    ``on_accept(id)`` runs on the event loop thread after the commit of a *new*
    message (a duplicate was announced when it first arrived); it must not
    block, e.g. ``loop.call_soon_threadsafe(event.set)`` or ``threading.Event.set``.
    """

    def __init__(
        self,
        factory: sessionmaker[DbSession],
        addresses: frozenset[str],
        max_size: int,
        on_accept: Callable[[int], None] | None = None,
        source: str = "smtp",
        *,
        committer: GroupCommitter | None = None,
    ):
        self.factory = factory
        self.addresses = frozenset(a.lower() for a in addresses)
        self.max_size = max_size
        self.on_accept = on_accept
        self.source = source
        self._committer = committer or GroupCommitter(factory)

    def use_addresses(self, addresses: frozenset[str]) -> None:
        """Accept mail for these addresses from now on (serve calls it when the catalogue is reloaded)."""
        new = frozenset(a.lower() for a in addresses)
        if new != self.addresses:
            log.info("intake now accepts mail for %s", ", ".join(sorted(new)) or "no address")
        self.addresses = new

    def is_ours(self, address: str) -> bool:
        """True for a registration address, in any case, with or without a plus tag."""
        return address.lower() in self.addresses or base_address(address) in self.addresses

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, mail_options: list[str]
    ) -> str:
        why = address_problem(address)
        if why is not None:
            return BAD_SENDER.format(why=why)
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 Ok"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        why = address_problem(address)
        if why is not None:
            return BAD_RECIPIENT.format(why=why)
        if not self.is_ours(address):
            return NO_SUCH_ADDRESS.format(addr=_text(address))
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return RCPT_OK

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        count = len(envelope.rcpt_tos) if isinstance(server, LMTP) else 1
        raw = envelope.original_content
        if raw is None or len(raw) > self.max_size:
            return per_recipient(TOO_BIG, count)
        item = Incoming(
            raw,
            self.source,
            envelope_from=_text(envelope.mail_from) if envelope.mail_from is not None else None,
            envelope_to=[_text(r) for r in envelope.rcpt_tos],
        )
        try:
            accepted = await self._committer.accept(item)
        except Exception:  # noqa: BLE001 - any storage failure means "not accepted, retry later"
            log.exception(
                "could not store a message from %s (peer %s); answered 451 so the sender retries",
                envelope.mail_from,
                session.peer,
            )
            return per_recipient(TEMP_FAILURE, count)
        if not accepted.duplicate and self.on_accept is not None:
            try:
                self.on_accept(accepted.id)
            except Exception:  # noqa: BLE001 - the message is committed; the worker's scan will find it
                log.exception("on_accept(%s) failed; the message is stored and will be picked up", accepted.id)
        return per_recipient(QUEUED.format(id=accepted.id), count)

    async def handle_exception(self, error: Exception) -> str:
        log.error("SMTP session error, answered 451: %r", error, exc_info=error)
        return TEMP_FAILURE

    def close(self) -> None:
        """Wait for commits in flight, then release the writer threads and connections. Blocking."""
        self._committer.close()


class IntakeServer:
    """The listening socket for one handler; ``port`` holds the bound port after ``start()``."""

    def __init__(
        self,
        handler: IntakeHandler,
        *,
        host: str = "127.0.0.1",
        port: int = 2525,
        lmtp: bool = False,
        hostname: str | None = None,
        limits: IntakeLimits | None = None,
    ):
        self.handler, self.host, self.port, self.lmtp = handler, host, port, lmtp
        self.limits = limits or IntakeLimits()
        # gethostname() never touches DNS, unlike aiosmtpd's default socket.getfqdn().
        self.hostname = hostname or socket.gethostname() or "mailflow"
        self._server: asyncio.base_events.Server | None = None
        self._sessions: weakref.WeakSet[SMTP] = weakref.WeakSet()

    def _protocol(self) -> SMTP:
        cls = IntakeLMTP if self.lmtp else IntakeSMTP
        proto = cls(
            self.handler,
            data_size_limit=self.handler.max_size,
            enable_SMTPUTF8=False,
            decode_data=False,
            hostname=self.hostname,
            ident="mailflow",
            loop=asyncio.get_running_loop(),
        )
        proto.limits = self.limits
        self._sessions.add(proto)
        return proto

    async def start(self) -> None:
        # An OSError (port in use, no permission) propagates as is: the caller names the setting.
        self._server = await asyncio.get_running_loop().create_server(self._protocol, host=self.host, port=self.port)
        self.port = self._server.sockets[0].getsockname()[1]
        log.info("%s intake listening on %s:%s", "LMTP" if self.lmtp else "SMTP", self.host, self.port)

    async def stop(self) -> None:
        """Stop listening, let commits in flight finish and answer, then drop open sessions."""
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        await asyncio.get_running_loop().run_in_executor(None, self.handler.close)
        await asyncio.sleep(0.05)  # let sessions whose commit just finished send their 250
        for proto in list(self._sessions):
            if proto.transport is not None:
                proto.transport.close()

    async def __aenter__(self) -> "IntakeServer":
        await self.start()
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.stop()


async def start_intake(
    settings_smtp: SmtpIntake,
    addresses: frozenset[str],
    factory: sessionmaker[DbSession],
    on_accept: Callable[[int], None] | None = None,
    *,
    hostname: str | None = None,
) -> IntakeServer:
    """Build the handler from settings and start listening; call ``await server.stop()`` to end."""
    if not addresses:
        log.warning("SMTP intake has no registration addresses: every recipient will be refused (550)")
    source = "lmtp" if settings_smtp.lmtp else "smtp"
    handler = IntakeHandler(factory, addresses, settings_smtp.max_message_size, on_accept, source)
    limits = IntakeLimits(
        settings_smtp.max_connections, settings_smtp.max_connections_per_client, settings_smtp.max_data_in_flight
    )
    server = IntakeServer(
        handler,
        host=settings_smtp.listen_host,
        port=settings_smtp.listen_port,
        lmtp=settings_smtp.lmtp,
        hostname=hostname,
        limits=limits,
    )
    try:
        await server.start()
    except BaseException:
        handler.close()
        raise
    return server
