"""Two app-like processes sharing one data directory and one real Chroma server.

Each worker process does what a `newsrag serve` process does with its index: it keeps one
shared Index open (rag.open_index) and answers and ingests through it. Nothing is lost when
both ingest at once, and each sees the other's articles on its next question.
"""

from __future__ import annotations

import fcntl
import json
import os
import queue
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from chroma_server import ChromaServer

from rag.catalog import Catalog
from rag.errors import StoreError
from rag.index import Index
from rag.settings import Settings

from conftest import ROOT, SEED_FILE

SEED_ID = "f594db8a5cb54cef"
SEED_Q = "How many North Korean troops are in Russia?"

WORKER = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, {root!r})
    import rag
    from rag.index import open_index
    idx = open_index()
    print(json.dumps({{"ready": True}}), flush=True)
    for line in sys.stdin:
        cmd = json.loads(line)
        try:
            if cmd["op"] == "ingest":
                rep = idx.ingest(cmd["paths"], progress=False)
                out = {{"added": sorted(a["id"] for a in rep.added), "skipped": len(rep.skipped)}}
            elif cmd["op"] == "remove":
                out = {{"removed": idx.remove(cmd["id"])}}
            else:
                ans = rag.answer(cmd["q"], settings={{"llm": "extractive"}})
                cited = {{c["article_id"] for c in ans.to_dict()["citations"].values()}}
                out = {{"cited": sorted(cited)}}
        except rag.RagError as exc:
            out = {{"error": str(exc)}}
        print(json.dumps(out), flush=True)
    """
)

# Made-up towns, each with its own project and number, so exactly one article answers each.
TOWNS = [
    ("Ashvale", "tram depot", 14),
    ("Brindlemoor", "salt warehouse", 23),
    ("Corrowick", "ice rink", 31),
    ("Dunharrow", "grain silo", 47),
    ("Elmsgate", "bus terminal", 52),
    ("Fennick", "sea wall", 68),
    ("Glasspool", "observatory", 71),
    ("Hollowmere", "water tower", 89),
    ("Ivybridge Vale", "cable car", 93),
    ("Jasperfield", "rowing club", 104),
    ("Kestrelby", "bird sanctuary", 117),
    ("Larchmont Edge", "opera house", 125),
]


def article(town: str, thing: str, n: int) -> dict[str, str]:
    return {
        "title": f"{town} approves a new {thing}",
        "text": f"The {town} council approved a new {thing} on Tuesday. Councillor Mara "
        f"Quist said the {town} {thing} would cost {n} million crowns. Work on the {thing} "
        f"in {town} starts in spring.",
    }


def question(town: str, thing: str) -> str:
    return f"How much will the {thing} in {town} cost?"


class Worker:
    """One worker process; each command is one JSON line in and one JSON line out."""

    def __init__(self, env: dict[str, str], cwd: Path) -> None:
        # Its stderr goes to a file, so a worker that dies or hangs says why in the failure.
        self.err_path = cwd / f"worker-{len(list(cwd.glob('worker-*.err')))}.err"
        with self.err_path.open("w") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", WORKER.format(root=str(ROOT))],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=err,
                text=True,
                env=env,
                cwd=cwd,
            )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout
        for line in self.proc.stdout:
            self.lines.put(line)

    def send(self, **cmd: object) -> None:
        assert self.proc.stdin
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()

    def result(self, timeout: float = 120) -> dict:
        try:
            return json.loads(self.lines.get(timeout=timeout))
        except queue.Empty:
            tail = self.err_path.read_text(errors="replace")[-3000:]
            raise AssertionError(
                f"worker gave no line in {timeout:.0f} s (exit code {self.proc.poll()}); "
                f"its stderr ends:\n{tail}"
            ) from None

    def ask(self, q: str) -> list[str]:
        self.send(op="ask", q=q)
        return self.result()["cited"]

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def write_articles(folder: Path, towns: list[tuple[str, str, int]]) -> list[str]:
    folder.mkdir()
    for town, thing, n in towns:
        (folder / f"{town.lower().replace(' ', '-')}.json").write_text(
            json.dumps(article(town, thing, n))
        )
    return sorted(str(p) for p in folder.iterdir())


def _shared_chroma(tmp_path: Path) -> tuple[ChromaServer, Path, dict[str, str]]:
    """A started Chroma server, the shared data dir and the environment of every process."""
    server = ChromaServer(tmp_path / "chroma").start()
    data = tmp_path / "data"
    env = dict(
        os.environ,
        RAG_DATA_DIR=str(data),
        RAG_CHROMA_URL=server.url,
        RAG_LLM="extractive",
        RAG_NO_PROGRESS="1",
    )
    return server, data, env


def test_two_processes_ingest_at_once_and_see_each_others_articles(tmp_path):
    server, data, env = _shared_chroma(tmp_path)
    groups = [TOWNS[0:3], TOWNS[3:6], TOWNS[6:9], TOWNS[9:12]]
    folders = [write_articles(tmp_path / f"g{i}", g) for i, g in enumerate(groups)]
    a, b = Worker(env, tmp_path), Worker(env, tmp_path)
    try:
        # Two processes load the embedder at once on two cores, beside a busy test run.
        assert (a.result(300), b.result(300)) == ({"ready": True}, {"ready": True})
        # Both have loaded their views of the (empty) index before anything is written.
        assert (a.ask(SEED_Q), b.ask(SEED_Q)) == ([], [])

        # A ingests; B sees the article on its very next question.
        a.send(op="ingest", paths=[str(SEED_FILE)])
        assert a.result() == {"added": [SEED_ID], "skipped": 0}
        assert b.ask(SEED_Q) == [SEED_ID]

        # Both ingest while a third writer holds the lock: they wait for it instead of
        # refusing, then each gets its articles in.
        with open(data / ".writer.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            a.send(op="ingest", paths=folders[0])
            b.send(op="ingest", paths=folders[1])
            with pytest.raises(queue.Empty):
                a.lines.get(timeout=1.5)
            assert b.lines.empty()
        got_a, got_b = a.result(), b.result()
        # And both at once with nobody else holding the lock.
        a.send(op="ingest", paths=folders[2])
        b.send(op="ingest", paths=folders[3])
        got_c, got_d = a.result(), b.result()
        assert [len(g["added"]) for g in (got_a, got_b, got_c, got_d)] == [3, 3, 3, 3], (
            got_a,
            got_b,
            got_c,
            got_d,
        )

        cat = Catalog(data / "catalog.sqlite3")
        try:
            ids = {r["title"]: r["id"] for r in cat.list_articles()}
            assert cat.pending_ids() == []
            assert len(ids) == 1 + len(TOWNS)
            chunk_ids = {c.id for aid in ids.values() for c in cat.article_chunks(aid)}
        finally:
            cat.close()
        # Nothing lost in Chroma either: exactly the catalog's chunks.
        idx = Index(Settings(data_dir=data, chroma_url=server.url))
        assert idx.store.ids() == chunk_ids  # type: ignore[attr-defined]
        assert idx.lexical.stored_version() == idx.catalog.version()
        idx.close()

        # Each process finds the articles the other one ingested, on its next question.
        for worker, group in ((a, groups[1] + groups[3]), (b, groups[0] + groups[2])):
            for town, thing, n in group:
                want = ids[article(town, thing, n)["title"]]
                assert worker.ask(question(town, thing)) == [want], (town, thing)

        # A removal in one process is gone from the other's next answer.
        a.send(op="remove", id=SEED_ID)
        assert a.result() == {"removed": SEED_ID}
        assert SEED_ID not in b.ask(SEED_Q)
    finally:
        a.close()
        b.close()
        server.stop()


@pytest.mark.parametrize(
    ("wait", "suffix"),
    [(0.0, ""), (0.4, " (waited 0.4 s)")],
)
def test_writer_gives_up_after_writer_wait_with_one_line(tmp_path, fake_embedder, wait, suffix):
    data = tmp_path / "data"
    idx = Index(Settings(data_dir=data, writer_wait=wait), embedder=fake_embedder)
    with open(data / ".writer.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with pytest.raises(StoreError) as exc:
            idx.ingest([SEED_FILE], progress=False)
    assert str(exc.value) == (
        f"Another newsrag process is writing to {data}{suffix}; wait for it to finish, or "
        "point RAG_DATA_DIR elsewhere."
    )
    # Once the other writer is done, the same call goes through.
    assert [a["id"] for a in idx.ingest([SEED_FILE], progress=False).added] == [SEED_ID]


def test_waiting_writer_embeds_into_the_shared_cache_before_it_gets_the_lock(
    tmp_path, fake_embedder
):
    import time

    from rag.chunk import chunk_for
    from rag.index import text_hash
    from rag.ingest import read_file

    data = tmp_path / "data"
    s = Settings(data_dir=data, writer_wait=30)
    idx = Index(s, embedder=fake_embedder)
    (art,) = read_file(SEED_FILE)
    hashes = [text_hash(c.text) for c in chunk_for(art, s)]
    other = Catalog(data / "catalog.sqlite3")  # what another process would see
    result: dict = {}
    with open(data / ".writer.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        worker = threading.Thread(target=lambda: result.update(r=idx.ingest([SEED_FILE])))
        worker.start()
        deadline = time.monotonic() + 30
        while len(other.cached_vectors("fake-bow", hashes)) < len(hashes):
            assert time.monotonic() < deadline, "nothing embedded while waiting"
            time.sleep(0.05)
        # Embedded, but not written: the article waits for the lock.
        assert (other.status(SEED_ID), worker.is_alive()) == (None, True)
    worker.join(timeout=30)
    report = result["r"]
    assert ([a["id"] for a in report.added], report.chunks_embedded, report.chunks_from_cache) == (
        [SEED_ID],
        4,
        0,
    )
    assert other.status(SEED_ID) == "complete"
    other.close()


@pytest.mark.parametrize(("threads", "alongside"), [(None, True), (1, True), (4, False)])
def test_embeds_alongside_another_writer_only_with_spare_cores(
    tmp_path, fake_embedder, monkeypatch, threads, alongside
):
    # A local embedder on every core would only slow the other process down.
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    if threads is not None:
        monkeypatch.setattr(fake_embedder, "threads", threads, raising=False)
    idx = Index(Settings(data_dir=tmp_path / "data"), embedder=fake_embedder)
    assert idx._embeds_alongside() is alongside


def _wait_app(port: int, proc: subprocess.Popen, log: Path, timeout: float = 120) -> None:
    """Until ``proc`` itself listens on ``port`` (not some other server that took the port
    first: six test suites share this machine) and answers 200."""
    import time
    import urllib.request

    import psutil

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"the app exited: {log.read_text()[-2000:]}"
        listening = any(
            c.status == psutil.CONN_LISTEN and c.laddr.port == port
            for c in psutil.Process(proc.pid).net_connections(kind="tcp")
        )
        if listening:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
        time.sleep(0.3)
    raise AssertionError(f"the app on port {port} did not answer in {timeout} s")


def test_two_served_apps_see_two_concurrent_cli_ingests(tmp_path):
    """Two `serve` processes behind one Chroma server; two `newsrag ingest` at once."""
    from gradio_client import Client

    from conftest import free_port

    server, data, env = _shared_chroma(tmp_path)
    groups = [TOWNS[0:4], TOWNS[4:8]]
    folders = [tmp_path / "g0", tmp_path / "g1"]
    for folder, group in zip(folders, groups, strict=True):
        write_articles(folder, group)
    ports = [free_port(), free_port()]
    logs = [tmp_path / f"app{i}.log" for i in range(2)]
    apps = [
        subprocess.Popen(
            [sys.executable, "-c", f"from ui.app import serve; serve(host='127.0.0.1', port={p})"],
            cwd=ROOT,
            env=env,
            stdout=log.open("wb"),
            stderr=subprocess.STDOUT,
        )
        for p, log in zip(ports, logs, strict=True)
    ]
    try:
        for p, app, log in zip(ports, apps, logs, strict=True):
            _wait_app(p, app, log)
        clients = [Client(f"http://127.0.0.1:{p}/", verbose=False) for p in ports]

        def cited(client: Client, q: str) -> list[str]:
            try:
                res = client.predict(q, api_name="/ask")
            except Exception as exc:  # show what the apps said
                tails = "\n".join(log.read_text()[-3000:] for log in logs)
                raise AssertionError(f"/ask failed: {exc!r}\n{tails}") from exc
            assert res["error"] is None, res["error"]
            return sorted({c["article_id"] for c in (res["citations"] or {}).values()})

        q0 = question(*groups[0][0][:2])
        assert [cited(c, q0) for c in clients] == [[], []]  # both apps are up, index empty
        exe = Path(sys.executable).parent / "newsrag"
        ingests = [
            subprocess.Popen(
                [str(exe), "ingest", str(f)], env=env, cwd=tmp_path, stdout=subprocess.PIPE
            )
            for f in folders
        ]
        outs = [p.communicate(timeout=180)[0].decode() for p in ingests]
        assert [p.returncode for p in ingests] == [0, 0], outs
        assert [o.splitlines()[0] for o in outs] == [
            "added 4, replaced 0, unchanged 0, skipped 0; embedded 4 chunks (0 from cache)"
        ] * 2
        cat = Catalog(data / "catalog.sqlite3")
        ids = {r["title"]: r["id"] for r in cat.list_articles()}
        cat.close()
        # Each app answers every new article's question from the right article.
        for client in clients:
            for town, thing, n in groups[0] + groups[1]:
                assert cited(client, question(town, thing)) == [
                    ids[article(town, thing, n)["title"]]
                ]
    finally:
        for app in apps:
            app.terminate()
        for app in apps:
            try:
                app.wait(timeout=30)
            except subprocess.TimeoutExpired:
                app.kill()
        server.stop()
