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
  threads (``processes = 0``, IMAP) starts a fresh interpreter instead
  (``python -m mailflow.budget``), slower to start but it cannot inherit a lock
  held by another thread.
"""

from __future__ import annotations

import math
import os
import pickle
import resource
import select
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from types import FrameType
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from mailflow.catalogue import Catalogue
    from mailflow.config import Worker
    from mailflow.understand.types import Interpretation

ISOLATE_ABOVE = 1024 * 1024  # bytes: larger messages are understood in a child process
MB = 1024 * 1024
WARM_UP_SECONDS = 30  # CPU seconds a child may take to load the word lists (a spawned one: ~3)
_WARM_UP = b"From: warm-up@mailflow.invalid\r\nSubject: warm-up\r\n\r\nIk wil graag aansluiten.\r\n"


@dataclass(frozen=True)
class Budget:
    """What understanding one message may cost ([worker] understand_seconds, understand_memory)."""

    seconds: float = 10.0  # CPU seconds
    memory: int = 512 * MB  # bytes a child process may add for one large message
    isolate_above: int = ISOLATE_ABOVE

    @classmethod
    def from_settings(cls, worker: Worker) -> "Budget":
        return cls(worker.understand_seconds, worker.understand_memory)


class OverBudget(Exception):
    """Understanding this message would cost more than the budget; ``reason`` says what, for the reviewer."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def understand_within(
    budget: Budget, understand: Callable[..., Interpretation], raw: bytes, catalogue: Catalogue, **kwargs: Any
) -> Interpretation:
    """``understand(raw, catalogue, **kwargs)``, or OverBudget when it would cost more than ``budget``."""
    if len(raw) > budget.isolate_above:
        return _isolated(budget, understand, raw, catalogue, kwargs)
    if threading.current_thread() is not threading.main_thread():
        return understand(raw, catalogue, **kwargs)  # no alarm off the main thread; the parser's bounds hold
    return _timed(budget, understand, raw, catalogue, kwargs)


def _too_slow(budget: Budget, raw: bytes) -> OverBudget:
    return OverBudget(
        f"Reading this message ({_size(raw)}) automatically took more than {budget.seconds:g} s of "
        "CPU time ([worker] understand_seconds), so it waits here for a person; the worker went "
        "on with the next message."
    )


def _too_big(budget: Budget, raw: bytes) -> OverBudget:
    return OverBudget(
        f"Reading this message ({_size(raw)}) automatically needed more than "
        f"{budget.memory // MB} MB of memory ([worker] understand_memory), so it waits here for "
        "a person; the worker went on with the next message."
    )


def _size(raw: bytes) -> str:
    return f"{len(raw) / MB:.1f} MB" if len(raw) >= MB else f"{len(raw) / 1024:.1f} KB"


class _Alarm(BaseException):
    """Raised by the CPU alarm; a BaseException so no ``except Exception`` inside understanding eats it."""


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise _Alarm()


def _timed(
    budget: Budget, understand: Callable[..., Interpretation], raw: bytes, catalogue: Catalogue, kwargs: dict[str, Any]
) -> Interpretation:
    previous = signal.signal(signal.SIGPROF, _alarm)
    signal.setitimer(signal.ITIMER_PROF, budget.seconds)
    try:
        return understand(raw, catalogue, **kwargs)
    except _Alarm:
        raise _too_slow(budget, raw) from None
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _isolated(
    budget: Budget, understand: Callable[..., Interpretation], raw: bytes, catalogue: Catalogue, kwargs: dict[str, Any]
) -> Interpretation:
    """Understand in a child process with CPU and memory limits; its answer comes back pickled over a pipe.

    Not ``multiprocessing.Process``: the worker processes are daemonic, and
    multiprocessing does not let a daemonic process have children.
    """
    job = (budget, understand, raw, catalogue, kwargs)
    deadline = budget.seconds * 3 + 30  # wall clock: a busy machine, and a spawned child's start-up
    if threading.active_count() == 1:
        data, signalled = _forked(job, deadline)
    else:
        data, signalled = _spawned(job, deadline)
    if not data:
        if signalled in (signal.SIGXCPU, signal.SIGKILL):
            raise _too_slow(budget, raw)
        raise _too_big(budget, raw)
    kind, value = pickle.loads(data)
    if kind == "ok":
        return value
    if kind == "memory":
        raise _too_big(budget, raw)
    raise RuntimeError(value)


def _forked(job: tuple[Any, ...], deadline: float) -> tuple[bytes, int | None]:
    """Fork (warm: the word lists are already loaded), run ``_run`` in the child; (its answer, its signal)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        try:
            os.close(read_end)
            with os.fdopen(write_end, "wb") as out:
                out.write(pickle.dumps(_run(*job)))
        finally:
            os._exit(0)
    os.close(write_end)
    chunks: list[bytes] = []
    end = time.monotonic() + deadline
    with os.fdopen(read_end, "rb", buffering=0) as pipe:
        while time.monotonic() < end and select.select([pipe], [], [], max(0.0, end - time.monotonic()))[0]:
            chunk = pipe.read(1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
        else:
            os.kill(pid, signal.SIGKILL)  # past the deadline
    _, status = os.waitpid(pid, 0)
    return b"".join(chunks), os.WTERMSIG(status) if os.WIFSIGNALED(status) else None


def _spawned(job: tuple[Any, ...], deadline: float) -> tuple[bytes, int | None]:
    """A fresh interpreter (``python -m mailflow.budget``) runs ``_run``: no lock of another thread inherited."""
    # the child imports what the job names (the understanding function) from the same places as we do
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    child = subprocess.Popen(
        [sys.executable, "-m", "mailflow.budget"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        data, err = child.communicate(pickle.dumps(job), timeout=deadline)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        return b"", signal.SIGKILL
    if child.returncode > 0 and not data:  # it could not start or crashed: not the message's cost
        last = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit status {child.returncode}"]
        raise RuntimeError(f"the understanding child process failed: {last[0][:300]}")
    return data, -child.returncode if child.returncode < 0 else None


def _run(
    budget: Budget, understand: Callable[..., Interpretation], raw: bytes, catalogue: Catalogue, kwargs: dict[str, Any]
) -> tuple[str, Any]:
    """In the child: set the limits, understand; the answer, or what went wrong."""
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_IGN)  # the worker decides when this child ends
    _cpu_limit(budget.seconds + WARM_UP_SECONDS)
    try:  # word lists and indexes first (a forked warm child has them: milliseconds): not the message's cost
        understand(_WARM_UP, catalogue)
    except Exception:  # noqa: BLE001 - the real call below reports whatever is wrong
        pass
    _cpu_limit(budget.seconds)
    resource.setrlimit(resource.RLIMIT_AS, (_address_space() + budget.memory,) * 2)
    try:
        interp = understand(raw, catalogue, **kwargs)
        # The parser never raises: it turns a MemoryError into "could not be read (MemoryError)".
        hit = any("MemoryError" in r for r in getattr(interp, "reasons", ()))
        return ("memory", None) if hit else ("ok", interp)
    except MemoryError:
        return ("memory", None)
    except Exception as exc:  # noqa: BLE001 - reported to the worker, which records it on the message
        return ("error", f"{type(exc).__name__}: {exc}")


def _main() -> None:
    """``python -m mailflow.budget``: the spawned child reads its job from stdin, writes the answer to stdout."""
    job = pickle.loads(sys.stdin.buffer.read())
    try:
        answer = pickle.dumps(_run(*job))
    except MemoryError:
        answer = pickle.dumps(("memory", None))
    sys.stdout.buffer.write(answer)
    sys.stdout.buffer.flush()


def _cpu_limit(seconds: float) -> None:
    """At most ``seconds`` more CPU time for this process (SIGXCPU ends it); only ever lowered."""
    used = resource.getrusage(resource.RUSAGE_SELF)
    cpu = math.ceil(seconds + used.ru_utime + used.ru_stime)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))


def _address_space() -> int:
    """This process's virtual memory size now (``VmSize``), the base its limit is added to."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


if __name__ == "__main__":
    _main()
