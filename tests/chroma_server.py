"""A real ``chroma run`` server on 127.0.0.1 for tests; it can be killed and started again."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from conftest import free_port


class ChromaServer:
    """A ``chroma run`` process on a loopback port, restartable on the same port and data."""

    def __init__(self, path: Path, port: int | None = None) -> None:
        self.path, self.port = path, port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> ChromaServer:
        exe = Path(sys.executable).parent / "chroma"
        self.proc = subprocess.Popen(
            [str(exe), "run", "--path", str(self.path), "--host", "127.0.0.1"]
            + ["--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.time() + 60
        while True:
            # Ready means *our* process listens: a port from free_port() can be taken by another
            # suite's server before ours binds it, and that server would answer in our place.
            if self._listening():
                return self
            if time.time() > deadline or self.proc.poll() is not None:
                self.proc.kill()
                raise RuntimeError(f"chroma server did not start on port {self.port}")
            time.sleep(0.2)

    def _listening(self) -> bool:
        """Whether this server's process (or a child of it) listens on its port."""
        import psutil

        assert self.proc is not None
        try:
            root = psutil.Process(self.proc.pid)
            procs = [root, *root.children(recursive=True)]
            return any(
                c.status == psutil.CONN_LISTEN and c.laddr.port == self.port
                for p in procs
                for c in p.net_connections(kind="tcp")
            )
        except psutil.Error:  # it exited between the calls: start() sees that next
            return False

    def stop(self) -> None:
        """SIGKILL, like a crash: no clean shutdown."""
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=20)
