"""The embedded model's child process: a llama.cpp OpenAI-compatible server on loopback.

llama.cpp is native code. A build that does not fit the CPU dies with SIGILL, a big model can be
OOM-killed, and a wedged context can hang. None of that may take the app down, so the model never
runs in the serving process: newsrag starts ``python -m llama_cpp.server`` as a child on a free
127.0.0.1 port, talks to it with the same OpenAI client as any remote endpoint, and supervises it.
A child that dies, hangs or fails to start is reaped, answers fall back to the extractive path
with a reason, and the child is started again on a later call, after a growing backoff.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import logging
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rag.errors import LLMUnavailableError

log = logging.getLogger("newsrag.model")

BACKOFF_START = 2.0  # seconds before the first restart after a failure
BACKOFF_MAX = 60.0
_SIGNALS = {
    signal.SIGILL: "SIGILL (illegal instruction: this llama.cpp build does not fit the CPU; "
    "reinstall with scripts/install, which builds a portable one)",
    signal.SIGKILL: "SIGKILL (killed, often by the out-of-memory killer)",
    signal.SIGSEGV: "SIGSEGV (crashed)",
    signal.SIGABRT: "SIGABRT (aborted)",
    signal.SIGTERM: "SIGTERM (terminated)",
    signal.SIGBUS: "SIGBUS (crashed)",
}
_SERVERS: weakref.WeakSet[ModelServer] = weakref.WeakSet()


def describe_exit(code: int | None) -> str:
    """A readable reason for a child's exit status."""
    if code is None:
        return "still running"
    if code < 0:
        try:
            sig = signal.Signals(-code)
        except ValueError:
            return f"killed by signal {-code}"
        return "killed by " + _SIGNALS.get(sig, sig.name)
    return f"exited with status {code}"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Ask Linux to SIGTERM the child when newsrag dies, so no model is left orphaned."""
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class _Spawner:
    """Starts children from one long-lived thread.

    PR_SET_PDEATHSIG fires when the *thread* that forked the child exits, not the process: a
    model started from a short-lived thread (the app's warm-up, a request worker) was SIGTERMed
    as soon as that thread ended. Found by bench/soak.py.
    """

    def __init__(self) -> None:
        self._jobs: queue.Queue[tuple[Callable[[], Any], queue.Queue[tuple[bool, Any]]]] = (
            queue.Queue()
        )
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def run(self, fn: Callable[[], Any]) -> Any:
        """``fn()`` called on the spawner thread; its result, or its exception raised here."""
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._loop, name="newsrag-model-spawner", daemon=True
                )
                self._thread.start()
        done: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=1)
        self._jobs.put((fn, done))
        ok, value = done.get()
        if ok:
            return value
        raise value

    def _loop(self) -> None:
        while True:
            fn, done = self._jobs.get()
            try:
                done.put((True, fn()))
            except BaseException as exc:  # noqa: BLE001 - handed back to the caller
                done.put((False, exc))


_SPAWNER = _Spawner()


@dataclass
class ServerStatus:
    """What the supervisor knows about the child, for status lines and logs."""

    state: str  # stopped | starting | up | down
    pid: int | None
    url: str | None
    failures: int
    last_error: str
    retry_in: float

    def __str__(self) -> str:
        if self.state == "up":
            return "model running"
        if self.state == "down":
            wait = f"; retrying in {self.retry_in:.0f} s" if self.retry_in > 0 else ""
            return f"model down ({self.last_error}){wait}"
        return f"model {self.state}"


class ModelServer:
    """Starts, watches and stops one llama.cpp server child; thread-safe."""

    def __init__(
        self,
        model: Path,
        *,
        n_ctx: int = 4096,
        threads: int | None = None,
        threads_batch: int | None = None,
        start_timeout: float = 120.0,
        log_path: Path | None = None,
        command: Sequence[str] | None = None,
    ) -> None:
        self.model = Path(model)
        self.n_ctx = n_ctx
        cores = os.cpu_count() or 2
        # Generation leaves a core for the app and embedder; prompt processing, which is
        # most of an answer's time on 2 cores, uses them all (measured in bench/answer.py).
        self.threads = threads or max(1, cores - 1)
        self.threads_batch = threads_batch or cores
        self.start_timeout = start_timeout
        self.log_path = log_path
        self.command = list(command) if command else None  # tests: a fake server, {port} filled
        self.proc: subprocess.Popen[bytes] | None = None
        self.port: int | None = None
        self.state = "stopped"
        self.failures = 0
        self.last_error = ""
        self._backoff = BACKOFF_START
        self._next_try = 0.0
        self._lock = threading.RLock()
        _SERVERS.add(self)

    # -- lifecycle ---------------------------------------------------------------------------
    def _argv(self, port: int) -> list[str]:
        if self.command:
            return [a.replace("{port}", str(port)) for a in self.command]
        return [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(self.model),
            "--model_alias",
            self.model.name,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--n_ctx",
            str(self.n_ctx),
            "--n_threads",
            str(self.threads),
            "--n_threads_batch",
            str(self.threads_batch),
            "--seed",
            "0",
            # Queue concurrent requests instead of cutting off the answer being streamed.
            "--interrupt_requests",
            "False",
            "--verbose",
            "False",
        ]

    @property
    def url(self) -> str | None:
        """The OpenAI base URL of the running child."""
        return f"http://127.0.0.1:{self.port}/v1" if self.port else None

    def ensure(self) -> str:
        """The base URL of a running child, starting one if needed.

        Raises LLMUnavailableError while the model is down and its backoff has not passed,
        or when a start fails; the caller falls back to the extractive answer.
        """
        with self._lock:
            if self.proc is not None and self.proc.poll() is None and self.state == "up":
                return str(self.url)
            if self.proc is not None:
                self._failed(describe_exit(self.proc.poll()))
            wait = self._next_try - time.monotonic()
            if wait > 0:
                raise LLMUnavailableError(
                    f"The local model is down ({self.last_error}); newsrag retries in "
                    f"{wait:.0f} s and answers from the articles meanwhile."
                )
            self._start()
            return str(self.url)

    def _start(self) -> None:
        port = free_port()
        self.state = "starting"
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        try:
            argv = self._argv(port)
            self.proc = _SPAWNER.run(
                lambda: subprocess.Popen(
                    argv,
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=subprocess.STDOUT if self.log_path else subprocess.DEVNULL,
                    env=env,
                    preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
                )
            )
        except OSError as exc:
            self._failed(f"could not start: {exc}")
            raise LLMUnavailableError(
                f"Could not start the local model process: {exc}. Set RAG_LLM=extractive to "
                "answer without a model."
            ) from exc
        finally:
            if out is not subprocess.DEVNULL:
                out.close()  # type: ignore[union-attr]
        self.port = port
        log.info("started model process pid %s on port %s", self.proc.pid, port)
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            code = self.proc.poll()
            if code is not None:
                reason = describe_exit(code)
                self._failed(reason)
                raise LLMUnavailableError(
                    f"The local model process {reason} while loading {self.model.name}. Check "
                    "that RAG_LOCAL_MODEL is a valid .gguf file, or set RAG_LLM=extractive."
                    + self._log_hint()
                )
            if self._ready():
                self.state = "up"
                self._backoff = BACKOFF_START
                self.last_error = ""
                return
            time.sleep(0.1)
        self._failed(f"did not start within {self.start_timeout:g} s")
        raise LLMUnavailableError(
            f"The local model did not start within {self.start_timeout:g} s; newsrag answers "
            "from the articles meanwhile. Raise RAG_LOCAL_START_TIMEOUT on a slow machine."
        )

    def _log_hint(self) -> str:
        return f" Its log is {self.log_path}." if self.log_path else ""

    def _ready(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/models", timeout=1) as r:  # noqa: S310
                return bool(r.status == 200)
        except OSError:
            return False

    def _failed(self, reason: str) -> None:
        """Kill and reap the child, record why, and schedule the next start after a backoff."""
        self._kill()
        self.failures += 1
        self.state = "down"
        self.last_error = reason
        self._next_try = time.monotonic() + self._backoff
        log.warning("model process %s; next start in %.0f s", reason, self._backoff)
        self._backoff = min(self._backoff * 2, BACKOFF_MAX)

    def _kill(self) -> None:
        proc, self.proc, self.port = self.proc, None, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=10)  # reap: no zombie is left behind

    def report_failure(self, reason: str) -> None:
        """Called by the client when a request failed: a dead or hung child is replaced."""
        with self._lock:
            if self.proc is not None:
                code = self.proc.poll()
                self._failed(describe_exit(code) if code is not None else reason)

    def alive(self) -> bool:
        """Whether the child process is running."""
        with self._lock:
            return self.proc is not None and self.proc.poll() is None

    def exit_reason(self, wait: float = 0.0) -> str | None:
        """Why the child exited, if it did (waiting up to ``wait`` s for a dying one)."""
        with self._lock:
            if self.proc is None:
                return self.last_error or None
            try:
                code = self.proc.wait(timeout=wait) if wait else self.proc.poll()
            except subprocess.TimeoutExpired:
                code = None
            return describe_exit(code) if code is not None else None

    def status(self) -> ServerStatus:
        """The supervisor's view, for the status line."""
        with self._lock:
            if self.proc is not None and self.proc.poll() is not None and self.state == "up":
                self._failed(describe_exit(self.proc.poll()))
            return ServerStatus(
                state=self.state,
                pid=self.proc.pid if self.proc else None,
                url=self.url,
                failures=self.failures,
                last_error=self.last_error,
                retry_in=max(0.0, self._next_try - time.monotonic()) if self.state == "down" else 0,
            )

    def stop(self) -> None:
        """Terminate the child (politely, then by force) and reap it."""
        with self._lock:
            proc = self.proc
            if proc is not None and proc.poll() is None:
                proc.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=5)
            self._kill()
            self.state = "stopped"


@atexit.register
def _stop_all() -> None:
    """No model process outlives newsrag."""
    for server in list(_SERVERS):
        server.stop()
