"""Run the staff web application with uvicorn inside an asyncio loop we own.

``mailflow serve`` runs it beside the intake and sender; ``mailflow web`` alone.
The socket is bound here, so a port in use is one clear error naming ``[web]
listen`` (uvicorn would exit the process), and uvicorn's own signal handlers are
left out: serve decides when everything stops.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Generator
from contextlib import contextmanager
from typing import Any, Callable

import uvicorn

from mailflow.app import App
from mailflow.config import ConfigError

log = logging.getLogger("mailflow.web")


class WebSecretMissing(ConfigError):
    """No secret key: the pages refuse to start rather than sign with a guessable one."""


class _Embedded(uvicorn.Server):
    @contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield  # the caller owns SIGINT/SIGTERM


def secret_of(app: App) -> str:
    w = app.settings.web
    secret = w.secret_key()
    if not secret or len(secret) < 32:
        where = f"the file {w.secret_key_file}" if w.secret_key_file else f"${w.secret_key_env}"
        problem = "is missing or empty" if not secret else "is shorter than 32 characters"
        raise WebSecretMissing(
            f"[web] the secret key in {where} {problem}; create one with "
            f"`python3 -c 'import secrets; print(secrets.token_urlsafe(48))' > FILE` and set [web] secret_key_file "
            "(or the environment variable named by secret_key_env), or set [web] enabled = false"
        )
    return secret


def bind(app: App) -> socket.socket:
    w = app.settings.web
    family = socket.AF_INET6 if ":" in w.listen_host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((w.listen_host, w.listen_port))
    except OSError as exc:
        sock.close()
        raise ConfigError(
            f"[web] listen: cannot listen on {w.listen_host}:{w.listen_port}: {exc.strerror}; "
            "change [web] listen or stop what uses that port"
        ) from None
    sock.listen(128)
    sock.setblocking(False)
    return sock


def build(app: App, on_queued: Callable[[], None] | None = None) -> Any:
    """The FastAPI app; seconds of imports and route building, so callers run it in a thread."""
    from mailflow.web.factory import create_web_app

    return create_web_app(app, secret=secret_of(app), on_queued=on_queued)


async def run_web(
    app: App,
    stop: asyncio.Event,
    *,
    on_queued: Callable[[], None] | None = None,
    sock: socket.socket | None = None,
    on_ready: Callable[[int], None] | None = None,
    fastapi_app: Any = None,
) -> None:
    """Serve the staff pages until ``stop`` is set (the app is built in a thread unless given)."""
    if fastapi_app is None:
        fastapi_app = await asyncio.to_thread(build, app, on_queued)
    sock = sock or bind(app)
    port = int(sock.getsockname()[1])
    config = uvicorn.Config(
        fastapi_app, lifespan="off", access_log=False, log_level="warning", proxy_headers=False, server_header=False
    )
    server = _Embedded(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started and not task.done():
        await asyncio.sleep(0.02)
    if server.started:
        log.info("staff pages on http://%s:%d/review", app.settings.web.listen_host, port)
        if on_ready is not None:
            on_ready(port)
    try:
        await asyncio.wait([task, asyncio.create_task(stop.wait())], return_when=asyncio.FIRST_COMPLETED)
    finally:
        server.should_exit = True
        await asyncio.gather(task, return_exceptions=True)
        sock.close()
