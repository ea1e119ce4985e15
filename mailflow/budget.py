"""Understanding one message within a time and memory budget, so one message cannot stall the worker.

An 18 MB text once took the only worker almost six minutes and 836 MB. The
parser now reads a bounded part of each message, but a budget is the promise
that holds whatever the parser does: a message that costs more goes to review
with the reason, and the worker goes on with the next one.

* Up to ``ISOLATE_ABOVE`` bytes (nearly every message), understanding runs in
  the worker itself, under a CPU-time alarm (``ITIMER_PROF``) when it runs on
  the main thread, as in the worker processes: two system calls, nothing else.
* A larger message is understood in a child process with its own limits: CPU
  time (``RLIMIT_CPU``, and a wall-clock deadline as a backstop) and address
  space (``RLIMIT_AS``: what it had at the start plus the memory budget). The
  worker process is single-threaded, so the child is forked, warm; a caller with
  threads (``processes = 0``, IMAP) spawns a fresh interpreter instead, which
  is slower to start but cannot inherit a lock held by another thread.
"""

from __future__ import annotations

import math
import multiprocessing
import multiprocessing.connection
import resource
import signal
import threading
from dataclasses import dataclass
from types import FrameType
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from mailflow.catalogue import Catalogue
    from mailflow.config import Worker
    from mailflow.understand.types import Interpretation

ISOLATE_ABOVE = 1024 * 1024    # bytes: larger messages are understood in a child process
MB = 1024 * 1024
_WARM_UP = b"From: warm-up@mailflow.invalid\r\nSubject: warm-up\r\n\r\nIk wil graag aansluiten.\r\n"


@dataclass(frozen=True)
class Budget:
    """What understanding one message may cost ([worker] understand_seconds, understand_memory)."""

    seconds: float = 10.0                 # CPU seconds
    memory: int = 512 * MB                # bytes a child process may add for one large message
    isolate_above: int = ISOLATE_ABOVE

    @classmethod
    def from_settings(cls, worker: Worker) -> "Budget":
        return cls(worker.understand_seconds, worker.understand_memory)


class OverBudget(Exception):
    """Understanding this message would cost more than the budget; ``reason`` says what, for the reviewer."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def understand_within(budget: Budget, understand: Callable[..., Interpretation], raw: bytes,
                      catalogue: Catalogue, **kwargs: Any) -> Interpretation:
    """``understand(raw, catalogue, **kwargs)``, or OverBudget when it would cost more than ``budget``."""
    if len(raw) > budget.isolate_above:
        return _isolated(budget, understand, raw, catalogue, kwargs)
    if threading.current_thread() is not threading.main_thread():
        return understand(raw, catalogue, **kwargs)   # no alarm off the main thread; the parser's bounds hold
    return _timed(budget, understand, raw, catalogue, kwargs)


def _too_slow(budget: Budget, raw: bytes) -> OverBudget:
    return OverBudget(f"Reading this message ({_size(raw)}) automatically took more than {budget.seconds:g} s of "
                      "CPU time ([worker] understand_seconds), so it waits here for a person; the worker went "
                      "on with the next message.")


def _too_big(budget: Budget, raw: bytes) -> OverBudget:
    return OverBudget(f"Reading this message ({_size(raw)}) automatically needed more than "
                      f"{budget.memory // MB} MB of memory ([worker] understand_memory), so it waits here for "
                      "a person; the worker went on with the next message.")


def _size(raw: bytes) -> str:
    return f"{len(raw) / MB:.1f} MB" if len(raw) >= MB else f"{len(raw) / 1024:.1f} KB"


class _Alarm(BaseException):
    """Raised by the CPU alarm; a BaseException so no ``except Exception`` inside understanding eats it."""


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise _Alarm()


def _timed(budget: Budget, understand: Callable[..., Interpretation], raw: bytes, catalogue: Catalogue,
           kwargs: dict[str, Any]) -> Interpretation:
    previous = signal.signal(signal.SIGPROF, _alarm)
    signal.setitimer(signal.ITIMER_PROF, budget.seconds)
    try:
        return understand(raw, catalogue, **kwargs)
    except _Alarm:
        raise _too_slow(budget, raw) from None
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _isolated(budget: Budget, understand: Callable[..., Interpretation], raw: bytes, catalogue: Catalogue,
              kwargs: dict[str, Any]) -> Interpretation:
    """Understand in a child process with CPU and memory limits; its answer comes back over a pipe."""
    ctx: Any = multiprocessing.get_context("fork" if threading.active_count() == 1 else "spawn")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(send, budget, understand, raw, catalogue, kwargs),
                        name="mailflow-understand", daemon=True)
    child.start()
    send.close()
    deadline = budget.seconds * 3 + 30          # wall clock: a busy machine, and a spawned child's start-up
    try:
        answer = receive.recv() if receive.poll(deadline) else None
    except EOFError:                             # the child died without a word: killed at a limit
        answer = None
    finally:
        receive.close()
        child.join(5)
        if child.is_alive():
            child.kill()
            child.join(5)
    if answer is None:
        if child.exitcode in (-signal.SIGXCPU, -signal.SIGKILL, None):
            raise _too_slow(budget, raw)
        raise _too_big(budget, raw)
    kind, value = answer
    if kind == "ok":
        return value  # type: ignore[no-any-return]
    if kind == "memory":
        raise _too_big(budget, raw)
    if kind == "time":
        raise _too_slow(budget, raw)
    raise RuntimeError(value)


def _child(send: multiprocessing.connection.Connection, budget: Budget, understand: Callable[..., Interpretation],
           raw: bytes, catalogue: Catalogue, kwargs: dict[str, Any]) -> None:
    """In the child: set the limits, understand, send the answer (or what went wrong) back."""
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_IGN)      # the worker decides when this child ends
    try:   # word lists and indexes first (a forked warm child has them: milliseconds): not the message's cost
        understand(_WARM_UP, catalogue)
    except Exception:  # noqa: BLE001 - the real call below reports whatever is wrong
        pass
    used = resource.getrusage(resource.RUSAGE_SELF)
    cpu = math.ceil(budget.seconds + used.ru_utime + used.ru_stime)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_AS, (_address_space() + budget.memory,) * 2)
    try:
        interp = understand(raw, catalogue, **kwargs)
        # The parser never raises: it turns a MemoryError into "could not be read (MemoryError)".
        hit = any("MemoryError" in r for r in getattr(interp, "reasons", ()))
        answer: tuple[str, Any] = ("memory", None) if hit else ("ok", interp)
    except MemoryError:
        answer = ("memory", None)
    except Exception as exc:  # noqa: BLE001 - reported to the worker, which records it on the message
        answer = ("error", f"{type(exc).__name__}: {exc}")
    try:
        send.send(answer)
    except MemoryError:
        send.send(("memory", None))


def _address_space() -> int:
    """This process's virtual memory size now (``VmSize``), the base its limit is added to."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0
