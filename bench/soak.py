"""Soak and fault test: concurrent users against the served app while things break.

    .venv/bin/python bench/soak.py                      # 20 users, 10 min, extractive backend
    .venv/bin/python bench/soak.py --minutes 1 --backends extractive,local
    .venv/bin/python bench/soak.py --minutes 1 --kill-model   # also kill the model process once

For each backend the script starts, as separate processes:

* ``chroma run`` on 127.0.0.1 (the app uses it through ``RAG_CHROMA_URL``);
* the app, exactly as ``newsrag serve`` starts it, seeded with seeds/.

Then ``--users`` threads ask questions through the app's ``/ask`` API for ``--minutes``,
while, at fixed points of the run:

* 30%: a second process runs ``newsrag ingest`` on new articles (then their questions join in);
* 45%: a second process runs ``newsrag remove`` on one seed article;
* 60%: the Chroma server is killed with SIGKILL and restarted 3 s later on the same port;
* 75% (``--kill-model``): one child process of the app whose command line holds
  ``llama_cpp.server`` is killed (the lead's model server; skipped if there is none).

It reports answers served, errors (with their first lines; how many were in flight during the
Chroma outage, and how many started after the server was back), p50/p95 latency, app and
Chroma RSS over time, whether new articles were found after the ingest, and whether every
citation points at a complete article whose text at the cited offsets is the cited text (and
never at the removed article once its removal finished).
It is clean when errors happened only while Chroma was down, every new article was found,
the removed one never cited after its removal, and every citation checked out.
Numbers from this shared 2-core machine are noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import contextlib

from bench.common import (  # noqa: E402
    DEFAULT_WORKDIR,
    PY,
    ROOT,
    free_port,
    fresh_dir,
    summary_ms,
    table,
    wait_http,
    write_results,
)

SEED_QUESTIONS = [
    ("How many North Korean troops are in Russia?", "f594db8a5cb54cef"),
    ("Who said what about Kursk?", "f594db8a5cb54cef"),
    ("Why did the Port Calloway dock workers strike?", None),
    ("What did the Varnholt council approve?", None),
    ("How many Tarrow fever cases were reported?", None),
]
REMOVED = "f594db8a5cb54cef"  # removed mid-run: no answer may cite it afterwards
NEW_ARTICLES = [
    (
        f"soak{i}",
        f"{town} opens a new {thing}",
        f"The town of {town} opened its new {thing} on Tuesday. Mayor {mayor} said the "
        f"{thing} cost {cost} million euros and would serve {people} residents. "
        f"Residents of {town} had waited {years} years for the {thing}.",
        f"How much did the new {thing} in {town} cost?",
    )
    for i, (town, thing, mayor, cost, people, years) in enumerate(
        [
            ("Quillmoor", "swimming pool", "Petra Ostlund", 12, "9,000", 6),
            ("Brackenfold", "library", "Ines Varga", 8, "14,000", 11),
            ("Saltreach", "ferry pier", "Tomas Hale", 21, "5,500", 4),
            ("Dunmere", "fire station", "Aiko Brandt", 5, "7,200", 9),
            ("Highcombe", "cycle bridge", "Lena Moritz", 3, "3,100", 3),
        ]
    )
]


class Chroma:
    """A ``chroma run`` process that can be killed and restarted on the same port."""

    def __init__(self, path: Path, log: Path) -> None:
        self.path, self.log = path, log
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        exe = Path(PY).parent / "chroma"
        with open(self.log, "ab") as fh:
            self.proc = subprocess.Popen(
                [str(exe), "run", "--path", str(self.path), "--host", "127.0.0.1"]
                + ["--port", str(self.port)],
                stdout=fh,
                stderr=subprocess.STDOUT,
            )
        wait_http(f"{self.url}/api/v2/heartbeat", self.proc, 60)

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


def tree_rss_mb(pid: int) -> float | None:
    """RSS of a process and its children (the model server is a child of the app)."""
    import psutil

    try:
        p = psutil.Process(pid)
        procs = [p, *p.children(recursive=True)]
    except psutil.Error:
        return None
    total = 0
    for q in procs:
        with contextlib.suppress(psutil.Error):
            total += q.memory_info().rss
    return round(total / 2**20, 1)


def kill_model_child(app_pid: int) -> str:
    """SIGKILL one child of the app running ``llama_cpp.server``; what happened, in words."""
    import psutil

    for child in psutil.Process(app_pid).children(recursive=True):
        try:
            if "llama_cpp.server" in " ".join(child.cmdline()):
                child.kill()
                return f"killed model server pid {child.pid}"
        except psutil.Error:
            continue
    return "no llama_cpp.server child found; nothing killed"


class Catalog:
    """Read-only look-ups in the app's catalog, to check every citation."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._texts: dict[str, str | None] = {}

    def complete_text(self, article_id: str) -> str | None:
        with self._lock:
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30)
            try:
                row = db.execute(
                    "SELECT text FROM articles WHERE id=? AND status='complete'", (article_id,)
                ).fetchone()
            finally:
                db.close()
        return row[0] if row else None


class Soak:
    """One backend's run: processes, users, faults and the record of what happened."""

    def __init__(self, args: argparse.Namespace, backend: str, work: Path) -> None:
        self.args, self.backend, self.work = args, backend, work
        self.data = work / "data"
        self.chroma = Chroma(work / "chroma", work / "chroma.log")
        self.port = free_port()
        self.results: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.rss: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.new_ready = threading.Event()
        self.removing_from: float | None = None
        self.removed_at: float | None = None
        self.outage: tuple[float, float] | None = None
        self.t0 = 0.0
        self.unfinished = 0

    def env(self) -> dict[str, str]:
        env = os.environ | {
            "RAG_DATA_DIR": str(self.data),
            "RAG_CHROMA_URL": self.chroma.url,
            "RAG_LLM": self.backend,
            # The bundled model only writes summaries by default; the soak makes it answer.
            "RAG_ANSWER_WITH": "llm" if self.backend == "local" else "auto",
            "RAG_NO_PROGRESS": "1",
        }
        env.pop("RAG_UI_AUTH", None)
        return env

    def event(self, what: str, **extra: Any) -> None:
        e = {"t_s": round(time.monotonic() - self.t0, 1), "event": what} | extra
        print(f"  [{e['t_s']:6.1f}s] {what} {json.dumps(extra) if extra else ''}", flush=True)
        with self.lock:
            self.events.append(e)

    def run(self) -> dict[str, Any]:
        from gradio_client import Client

        self.chroma.start()
        code = (
            "from ui.app import serve; "
            f"serve(host='127.0.0.1', port={self.port}, seeds={str(ROOT / 'seeds')!r})"
        )
        with open(self.work / "app.log", "wb") as log:
            app = subprocess.Popen(
                [PY, "-c", code], cwd=ROOT, env=self.env(), stdout=log, stderr=subprocess.STDOUT
            )
        try:
            url = f"http://127.0.0.1:{self.port}/"
            wait_http(url, app, 300)
            self.catalog = Catalog(self.data / "catalog.sqlite3")
            clients = [Client(url, verbose=False) for _ in range(self.args.users)]
            self.t0 = time.monotonic()
            duration = self.args.minutes * 60
            users = [
                threading.Thread(target=self.user, args=(c, i), daemon=True)
                for i, c in enumerate(clients)
            ]
            for u in users:
                u.start()
            sampler = threading.Thread(target=self.sample, args=(app.pid,), daemon=True)
            sampler.start()
            self.faults(app.pid, duration)
            self.stop.set()
            # Requests in flight may finish; whatever is still waiting after --timeout is counted.
            deadline = time.monotonic() + self.args.timeout
            for u in users:
                u.join(timeout=max(0.0, deadline - time.monotonic()))
            self.unfinished = sum(u.is_alive() for u in users)
            sampler.join(timeout=10)
        finally:
            app.terminate()
            try:
                app.wait(timeout=30)
            except subprocess.TimeoutExpired:
                app.kill()
            self.chroma.stop()
        return self.report()

    def at(self, fraction: float, duration: float) -> bool:
        """Sleep until ``fraction`` of the run; False if the run is over."""
        while not self.stop.is_set():
            left = self.t0 + duration * fraction - time.monotonic()
            if left <= 0:
                return True
            time.sleep(min(left, 0.5))
        return False

    def faults(self, app_pid: int, duration: float) -> None:
        newsrag = str(Path(PY).parent / "newsrag")
        folder = fresh_dir(self.work / "new")
        for name, title, text, _ in NEW_ARTICLES:
            (folder / f"{name}.json").write_text(json.dumps({"title": title, "text": text}))
        if self.at(0.30, duration):
            t = time.monotonic()
            out = subprocess.run(
                [newsrag, "ingest", str(folder)], env=self.env(), capture_output=True, text=True
            )
            self.event(
                "ingest from a second process",
                rc=out.returncode,
                seconds=round(time.monotonic() - t, 1),
                first_line=(out.stdout or out.stderr).splitlines()[0][:160],
            )
            if out.returncode == 0:
                self.new_ready.set()
        if self.at(0.45, duration):
            self.removing_from = time.monotonic()
            out = subprocess.run(
                [newsrag, "remove", REMOVED], env=self.env(), capture_output=True, text=True
            )
            self.removed_at = time.monotonic()
            self.event("remove from a second process", rc=out.returncode, out=out.stdout.strip())
        if self.at(0.60, duration):
            t = time.monotonic()
            self.chroma.kill()
            self.event("chroma server killed (SIGKILL)")
            time.sleep(3)
            self.chroma.start()
            self.outage = (t, time.monotonic())
            self.event("chroma server restarted", down_s=round(self.outage[1] - t, 1))
        if self.args.kill_model and self.at(0.75, duration):
            self.event("model kill", result=kill_model_child(app_pid))
        self.at(1.0, duration)

    def sample(self, app_pid: int) -> None:
        while not self.stop.is_set():
            pid = self.chroma.proc.pid if self.chroma.proc else None
            with self.lock:
                self.rss.append(
                    {
                        "t_s": round(time.monotonic() - self.t0, 1),
                        "app_mb": tree_rss_mb(app_pid),
                        "chroma_mb": tree_rss_mb(pid) if pid else None,
                    }
                )
            self.stop.wait(self.args.sample_s)

    def user(self, client: Any, n: int) -> None:
        rnd = random.Random(n)
        while not self.stop.is_set():
            pool = list(SEED_QUESTIONS)
            if self.new_ready.is_set():
                pool += [(q, None) for *_, q in NEW_ARTICLES] * 2
            question, _ = rnd.choice(pool)
            started = time.monotonic()
            try:
                res = client.predict(question, api_name="/ask")
                error = res.get("error")
            except Exception as exc:
                res, error = {}, f"{type(exc).__name__}: {exc}"
            ended = time.monotonic()
            record = {
                "t_s": round(started - self.t0, 2),
                "t_end_s": round(ended - self.t0, 2),
                "question": question,
                "seconds": ended - started,
                "error": (str(error).splitlines() or [""])[0][:200] if error else None,
                "cannot_answer": bool(res.get("cannot_answer")),
                "answered_by": f"{res.get('source')}/{res.get('model')}"
                + (f" (fallback: {str(res['fallback'])[:80]})" if res.get("fallback") else ""),
                "bad_citations": self.check_citations(res, started),
                "cited": sorted(
                    {c.get("article_id") for c in (res.get("citations") or {}).values()}
                ),
            }
            with self.lock:
                self.results.append(record)

    def check_citations(self, res: dict[str, Any], started: float) -> list[str]:
        """Citations that do not point at the cited text of a complete article."""
        bad = []
        for num, c in (res.get("citations") or {}).items():
            aid = c.get("article_id")
            if aid == REMOVED and self.removed_at is not None and started > self.removed_at:
                bad.append(f"[{num}] cites {aid}, removed before the question was asked")
                continue
            text = self.catalog.complete_text(aid)
            if text is None:
                if aid == REMOVED and self.removing_from is not None:
                    continue  # asked while the removal was under way: either answer is right
                bad.append(f"[{num}] cites {aid}, which is not a complete article")
            elif text[c["start"] : c["end"]] != c.get("text"):
                bad.append(f"[{num}] text differs from {aid}[{c['start']}:{c['end']}]")
        return bad

    def report(self) -> dict[str, Any]:
        rs = self.results
        ok = [r for r in rs if not r["error"]]
        # An error belongs to the outage when the request was in flight while Chroma was down
        # (a request queued in the app before the kill reaches Chroma during it).
        failed = [r for r in rs if r["error"]]
        in_outage: list[dict[str, Any]] = []
        after_restart: list[dict[str, Any]] = []
        if self.outage:
            down, up = self.outage[0] - self.t0, self.outage[1] - self.t0
            in_outage = [r for r in failed if r["t_s"] <= up and r["t_end_s"] >= down]
            after_restart = [r for r in failed if r["t_s"] > up]
        outside = [r for r in failed if r not in in_outage]
        new_q = {q: None for *_, q in NEW_ARTICLES}
        after_ingest = [r for r in ok if r["question"] in new_q]
        found_new = [r for r in after_ingest if not r["cannot_answer"] and r["cited"]]
        removed_cited_after = [
            r
            for r in ok
            if self.removed_at is not None
            and r["t_s"] > self.removed_at - self.t0
            and REMOVED in r["cited"]
        ]
        errors = Counter(r["error"] for r in rs if r["error"])
        answered_by = Counter(r["answered_by"] for r in ok)
        bad = sum(1 for r in ok if r["bad_citations"])
        # Clean: errors only while Chroma was down, every fault handled, every citation right.
        clean = (
            not outside
            and not self.unfinished
            and len(found_new) == len(after_ingest) > 0
            and not removed_cited_after
            and not bad
            and all(e.get("rc", 0) == 0 for e in self.events)
        )
        return {
            "clean": clean,
            "backend": self.backend,
            "users": self.args.users,
            "minutes": self.args.minutes,
            "requests": len(rs),
            "answers_served": len(ok),
            "errors": len(rs) - len(ok),
            "errors_in_chroma_outage_window": len(in_outage),
            "errors_outside_outage": len(outside),
            "errors_started_after_restart": len(after_restart),
            "outside_outage_examples": [
                {k: r[k] for k in ("t_s", "t_end_s", "question", "error")} for r in outside[:5]
            ],
            "unfinished_at_end": self.unfinished,
            "error_kinds": dict(errors.most_common(8)),
            "answered_by": dict(answered_by.most_common(8)),
            "latency": summary_ms([r["seconds"] for r in ok]),
            "answers_per_s": round(len(ok) / (self.args.minutes * 60), 2),
            "new_article_questions_answered": f"{len(found_new)}/{len(after_ingest)}",
            "removed_article_cited_after_removal": len(removed_cited_after),
            "answers_with_bad_citations": bad,
            "bad_citation_examples": [b for r in ok for b in r["bad_citations"]][:5],
            "events": self.events,
            "rss_mb": self.rss,
        }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--minutes", type=float, default=10.0, help="run length per backend")
    p.add_argument("--users", type=int, default=20)
    p.add_argument("--backends", default="extractive", help="comma list: extractive,local")
    p.add_argument("--kill-model", action="store_true", help="kill one llama_cpp.server child")
    p.add_argument("--sample-s", type=float, default=5.0, help="RSS sampling interval")
    p.add_argument("--timeout", type=float, default=120.0, help="longest wait for one answer")
    p.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR / "soak")
    args = p.parse_args()
    out: dict[str, Any] = {"runs": []}
    for backend in [b.strip() for b in args.backends.split(",") if b.strip()]:
        print(f"\n== {backend}: {args.users} users for {args.minutes:g} min", flush=True)
        work = fresh_dir(args.workdir / backend)
        out["runs"].append(Soak(args, backend, work).run())
    rows = []
    for r in out["runs"]:
        lat = r["latency"]
        app_mb = [s["app_mb"] for s in r["rss_mb"] if s["app_mb"]]
        rows.append(
            [
                r["backend"],
                r["answers_served"],
                r["errors"],
                r["errors_in_chroma_outage_window"],
                r["errors_started_after_restart"],
                lat.get("p50_ms"),
                lat.get("p95_ms"),
                f"{app_mb[0]:.0f}->{max(app_mb):.0f}->{app_mb[-1]:.0f}" if app_mb else "-",
                r["new_article_questions_answered"],
                r["removed_article_cited_after_removal"],
                r["answers_with_bad_citations"],
            ]
        )
    print()
    print(
        table(
            rows,
            [
                "backend",
                "answers",
                "errors",
                "in outage",
                "after restart",
                "p50 ms",
                "p95 ms",
                "app RSS MB first->max->last",
                "new found",
                "removed cited",
                "bad citations",
            ],
        )
    )
    for r in out["runs"]:
        print(f"\n{r['backend']} answers came from:")
        for k, v in r["answered_by"].items():
            print(f"  {v:5d}  {k}")
        if r["error_kinds"]:
            print(f"\n{r['backend']} errors:")
            for k, v in r["error_kinds"].items():
                print(f"  {v:5d}  {k}")
        print(f"\n{r['backend']} SOAK CLEAN: {'yes' if r['clean'] else 'NO'}")
    write_results("soak", out, quick=args.minutes < 10)


if __name__ == "__main__":
    main()
