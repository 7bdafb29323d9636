"""Shared helpers for the bench scripts: environment, stats, tables, results, Chroma server."""

from __future__ import annotations

import json
import os
import platform
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PY = sys.executable
DEFAULT_WORKDIR = Path(os.environ.get("NEWSRAG_BENCH_DIR", "/tmp/newsrag-bench"))


def setup_env() -> None:
    """Offline, quiet, reproducible: set before rag/chromadb are imported."""
    os.environ["ANONYMIZED_TELEMETRY"] = "False"
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
    os.environ["RAG_NO_PROGRESS"] = "1"
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


setup_env()


def pct(values: Sequence[float], p: float) -> float:
    """Percentile with linear interpolation (numpy's default), without numpy."""
    xs = sorted(values)
    if not xs:
        return float("nan")
    pos = (len(xs) - 1) * p / 100
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def summary_ms(seconds: Sequence[float]) -> dict[str, float]:
    """p50/p95/mean/min/max in milliseconds of a list of durations in seconds."""
    ms = [s * 1000 for s in seconds]
    if not ms:
        return {"n": 0}
    return {
        "n": len(ms),
        "p50_ms": round(pct(ms, 50), 2),
        "p95_ms": round(pct(ms, 95), 2),
        "mean_ms": round(statistics.fmean(ms), 2),
        "min_ms": round(min(ms), 2),
        "max_ms": round(max(ms), 2),
    }


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (ru_maxrss is KiB on Linux)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def rss_mb() -> float:
    """Current resident set size of this process."""
    import psutil

    return round(psutil.Process().memory_info().rss / 2**20, 1)


def machine() -> dict[str, Any]:
    """Where the numbers came from (the box is shared: load average matters)."""
    import psutil

    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "mem_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "loadavg": [round(x, 2) for x in os.getloadavg()],
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def write_results(name: str, data: dict[str, Any], quick: bool = False) -> Path:
    """bench/results/NAME.json (NAME.quick.json for --quick runs), with machine info."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"{name}{'.quick' if quick else ''}.json"
    data = {
        "benchmark": name,
        "command": " ".join([".venv/bin/python", *sys.argv]),
        "quick": quick,
        "machine": machine(),
    } | data
    tmp = out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=2, default=str) + "\n")
    tmp.replace(out)
    print(f"\nwrote {out.relative_to(ROOT)}")
    return out


def table(rows: Iterable[Sequence[Any]], headers: Sequence[str]) -> str:
    """A plain fixed-width text table."""
    rows = [
        ["" if v is None else (f"{v:,.2f}" if isinstance(v, float) else str(v)) for v in r]
        for r in rows
    ]
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    sep = "  ".join("-" * w for w in widths)
    body = ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join([line, sep, *body])


def fresh_dir(path: Path) -> Path:
    """An empty directory at ``path``."""
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ChromaServer:
    """``chroma run`` on 127.0.0.1 for the duration of a with-block (stopped by its pid)."""

    def __init__(self, path: Path, port: int | None = None) -> None:
        self.path = path
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = path.parent / f"chroma-server-{self.port}.log"

    def __enter__(self) -> ChromaServer:
        chroma = Path(PY).parent / "chroma"
        self.log_fh = open(self.log, "wb")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [
                str(chroma),
                "run",
                "--path",
                str(self.path),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
            ],
            stdout=self.log_fh,
            stderr=subprocess.STDOUT,
            env=os.environ.copy(),
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"chroma server exited; see {self.log}")
            try:
                with urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=1) as r:
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.3)
        self.__exit__()
        raise RuntimeError(f"chroma server did not start in 60 s; see {self.log}")

    def rss_mb(self) -> float | None:
        import psutil

        if self.proc is None or self.proc.poll() is not None:
            return None
        return round(psutil.Process(self.proc.pid).memory_info().rss / 2**20, 1)

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log_fh.close()


def run_child(args: list[str], timeout: float | None = None) -> dict[str, Any]:
    """Run ``python <args>`` and parse the JSON object its last stdout line holds."""
    proc = subprocess.run(
        [PY, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=os.environ.copy(),
        cwd=str(ROOT),
    )
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-3000:] + proc.stderr[-5000:])
        raise RuntimeError(f"child {args[:3]} failed with exit code {proc.returncode}")
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    return json.loads(lines[-1])


def emit(obj: dict[str, Any]) -> None:
    """A child's result: one JSON line on stdout, last."""
    sys.stdout.write(json.dumps(obj, default=str) + "\n")
    sys.stdout.flush()


class EmbedCache:
    """MiniLM vectors by text hash, shared by the bench scripts across runs.

    Built on rag's own catalog table (model, text_hash, vector), so the vectors are exactly
    those ``MiniLMEmbedder.embed`` returned; it lives in the bench work dir, not in any index.
    """

    def __init__(self, workdir: Path) -> None:
        from rag.catalog import Catalog

        workdir.mkdir(parents=True, exist_ok=True)
        self.catalog = Catalog(workdir / "embed-cache.sqlite3")
        self._embedder: Any = None

    @property
    def embedder(self) -> Any:
        if self._embedder is None:
            from rag.embed import MiniLMEmbedder

            self._embedder = MiniLMEmbedder()
        return self._embedder

    def vectors(self, texts: Sequence[str], *, label: str = "embed") -> list[list[float]]:
        """Cached vectors, embedding (and remembering) the texts not seen before."""
        from rag.embed import MINILM_NAME
        from rag.index import text_hash

        hashes = [text_hash(t) for t in texts]
        got = self.catalog.cached_vectors(MINILM_NAME, hashes)
        missing = sorted({h: t for h, t in zip(hashes, texts, strict=True) if h not in got}.items())
        if missing:
            t0 = time.perf_counter()
            step = 256
            for b in range(0, len(missing), step):
                part = missing[b : b + step]
                vecs = self.embedder.embed([t for _, t in part])
                self.catalog.cache_vectors(
                    MINILM_NAME, [(h, v) for (h, _), v in zip(part, vecs, strict=True)]
                )
                got.update((h, v) for (h, _), v in zip(part, vecs, strict=True))
                done = min(b + step, len(missing))
                el = time.perf_counter() - t0
                print(
                    f"  {label}: embedded {done}/{len(missing)} new texts ({done / el:.1f}/s)",
                    file=sys.stderr,
                    flush=True,
                )
        return [got[h] for h in hashes]

    def prime(self, catalog: Any, texts: Sequence[str]) -> None:
        """Copy the cached vectors of ``texts`` into an index catalog's embedding cache."""
        from rag.embed import MINILM_NAME
        from rag.index import text_hash

        vecs = self.vectors(texts, label="prime")
        catalog.cache_vectors(
            MINILM_NAME, [(text_hash(t), v) for t, v in zip(texts, vecs, strict=True)]
        )


def wait_http(url: str, proc: subprocess.Popen[bytes], timeout: float) -> None:
    """Return once ``url`` answers 200; exit if ``proc`` dies or ``timeout`` s pass."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise SystemExit(f"{proc.args!r} exited with status {proc.returncode}; see its log")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"nothing answered at {url} within {timeout:.0f} s")
