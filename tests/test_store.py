"""The Chroma store, embedded and against a real `chroma run` server on 127.0.0.1."""

import shutil
import subprocess
import sys
import threading

import pytest
from chroma_server import ChromaServer

from rag.errors import EmbeddingMismatchError, StoreUnavailableError
from rag.index import Index
from rag.retrieve import retrieve
from rag.settings import Settings
from rag.store import ChromaStore, chroma_where

from conftest import SEED_FILE, free_port


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    """A real Chroma server process on a free loopback port."""
    server = ChromaServer(tmp_path_factory.mktemp("chroma-server")).start()
    yield server.url
    server.stop()


@pytest.fixture(params=["embedded", "server"])
def store_settings(request, tmp_path):
    if request.param == "server":
        url = request.getfixturevalue("chroma_server")
        coll = f"t{abs(hash(request.node.name)) % 10**8}"
        return Settings(data_dir=tmp_path / "data", chroma_url=url, collection=coll)
    return Settings(data_dir=tmp_path / "data")


def test_ingest_search_and_delete(store_settings):
    idx = Index(store_settings)
    idx.ingest([SEED_FILE], progress=False)
    assert idx.store.count() == 4
    passages = retrieve("How many North Korean troops are in Russia?", k=2, index=idx)
    assert [p.chunk.id for p in passages] == ["f594db8a5cb54cef-0000", "f594db8a5cb54cef-0001"]
    assert passages[0].chunk.start == 0 and passages[0].chunk.end == 847
    assert passages[0].dense_score > 0.6 and passages[0].bm25_score > 0
    idx.remove("f594db8a5cb54cef")
    assert idx.store.count() == 0


def test_filters_translate_to_chroma_where():
    from datetime import date

    assert chroma_where({"outlet": "A", "published_from": date(2024, 1, 2)}) == {
        "$and": [{"outlet": "A"}, {"published": {"$gte": 20240102}}]
    }
    assert chroma_where({"article_id": ["a", "b"]}) == {"article_id": {"$in": ["a", "b"]}}
    assert chroma_where({}) is None


def test_unreachable_server_gives_clear_error(tmp_path):
    port = free_port()
    with pytest.raises(StoreUnavailableError) as exc:
        Index(Settings(data_dir=tmp_path / "d", chroma_url=f"http://127.0.0.1:{port}")).store  # noqa: B018
    assert str(exc.value).startswith(f"Cannot reach the Chroma server at http://127.0.0.1:{port}")
    assert "unset RAG_CHROMA_URL to use the embedded store" in str(exc.value)


def test_embedding_model_mismatch_then_reindex(tmp_path, fake_embedder):
    s = Settings(data_dir=tmp_path / "data")
    Index(s, embedder=fake_embedder).ingest([SEED_FILE], progress=False)
    with pytest.raises(EmbeddingMismatchError) as exc:
        ChromaStore(
            path=str(tmp_path / "data" / "chroma"), embedder_name="all-MiniLM-L6-v2-int8", dim=384
        )
    assert str(exc.value) == (
        "The index was built with the embedding model 'fake-bow', but the settings select "
        "'all-MiniLM-L6-v2-int8'. Run `newsrag reindex` to re-embed every article with the new "
        "model, or switch RAG_EMBEDDER back."
    )
    idx = Index(s)  # the real MiniLM embedder
    report = idx.reindex(progress=False)
    assert (len(report.added), report.chunks_embedded) == (1, 4)
    assert idx.store.count() == 4
    assert retrieve("Kursk", k=1, index=idx)[0].chunk.article_id == "f594db8a5cb54cef"


def _in_new_process(path: str, line: str) -> str:
    """Run ``line`` with ``col`` = the 'articles' collection at ``path``, in a fresh Python."""
    code = (
        "import chromadb, rag.store\n"
        f"col = chromadb.PersistentClient({path!r}).get_collection('articles')\n{line}\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False", "PATH": "/usr/bin:/bin"},
    )
    return out.stdout.strip()


def test_opening_applies_the_configured_ef_search(tmp_path, fake_embedder):
    """ef_search is the one HNSW setting Chroma can change later: RAG_EF_SEARCH needs no reindex."""
    path = str(tmp_path / "chroma")
    ChromaStore(path=path, embedder_name="fake-bow", dim=64, ef_search=256)

    def ef(store: ChromaStore) -> int:
        return store._collection.configuration["hnsw"]["ef_search"]

    again = ChromaStore(path=path, embedder_name="fake-bow", dim=64, ef_search=96)
    assert ef(again) == 96
    assert ef(ChromaStore(path=path, embedder_name="fake-bow", dim=64, ef_search=96)) == 96
    got = _in_new_process(path, "print(col.configuration['hnsw']['ef_search'])")
    assert got == "96"


def test_collection_reopens_in_new_process_without_download(tmp_path):
    s = Settings(data_dir=tmp_path / "data")
    Index(s).ingest([SEED_FILE], progress=False)
    got = _in_new_process(
        str(tmp_path / "data" / "chroma"), "print(col.count(), col.metadata['embedding_model'])"
    )
    assert got == "4 all-MiniLM-L6-v2-int8"
    shutil.rmtree(tmp_path / "data")


def test_store_reconnects_after_chroma_server_restart(tmp_path, fake_embedder):
    server = ChromaServer(tmp_path / "server").start()
    try:
        s = Settings(data_dir=tmp_path / "data", chroma_url=server.url)
        idx = Index(s, embedder=fake_embedder)
        idx.ingest([SEED_FILE], progress=False)
        store = idx.store
        q = "How many North Korean troops are in Russia?"
        want = [p.chunk.id for p in retrieve(q, k=2, index=idx)]
        assert want == ["f594db8a5cb54cef-0000", "f594db8a5cb54cef-0003"]
        vec = fake_embedder.embed([q])[0]

        server.stop()
        # Every call during the outage fails at once, with the one-line message, from any thread.
        errors: list[str] = []

        def ask() -> None:
            try:
                store.query(vec, 2)
            except StoreUnavailableError as exc:
                errors.append(str(exc))

        threads = [threading.Thread(target=ask) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        assert (
            errors
            == [
                f"Cannot reach the Chroma server at {server.url} (ConnectError). Start it with "
                "`chroma run --path DIR --host 127.0.0.1 --port 8000`, or unset RAG_CHROMA_URL to "
                "use the embedded store."
            ]
            * 4
        )
        # Questions still get answers: the in-process vector mirror serves dense search, and
        # Chroma is needed only to write. Without the mirror the outage is the same error.
        assert [p.chunk.id for p in retrieve(q, k=2, index=idx)] == want
        no_mirror = Index(
            s.model_copy(update={"vector_mirror": False}), embedder=fake_embedder, store=store
        )
        with pytest.raises(StoreUnavailableError):
            retrieve(q, k=2, index=no_mirror)

        server.start()  # same port, same data
        # The very next call succeeds, on the same store object: nothing was reopened by hand.
        assert [p.chunk.id for p in retrieve(q, k=2, index=idx)] == want
        assert idx.store is store
        assert store.count() == 4
        # Writes work again too.
        idx.remove("f594db8a5cb54cef")
        assert store.count() == 0
    finally:
        server.stop()


def test_store_reopens_collection_the_server_no_longer_knows(tmp_path, fake_embedder):
    """A collection dropped and recreated behind our back (another process's reindex, a
    restored server) is looked up again by name instead of failing on its old id forever."""
    import chromadb

    server = ChromaServer(tmp_path / "server").start()
    try:
        s = Settings(data_dir=tmp_path / "data", chroma_url=server.url)
        idx = Index(s, embedder=fake_embedder)
        idx.ingest([SEED_FILE], progress=False)
        store = idx.store
        old_id = store.collection.id
        other = ChromaStore(url=server.url, embedder_name="fake-bow", dim=64, recreate=True)
        vecs = fake_embedder.embed(["Kursk troops"])
        other.add(idx.catalog.article_chunks("f594db8a5cb54cef")[:1], vecs)
        assert store.count() == 1
        assert store.collection.id != old_id
        c = chromadb.HttpClient(host="127.0.0.1", port=server.port)
        assert c.get_collection("articles").id == store.collection.id
    finally:
        server.stop()


def test_hung_chroma_server_times_out_with_one_line_then_recovers(
    tmp_path, fake_embedder, monkeypatch
):
    import os
    import signal
    import time

    import rag.store

    monkeypatch.setattr(rag.store, "HTTP_TIMEOUT_S", 1.0)
    server = ChromaServer(tmp_path / "server").start()
    try:
        idx = Index(
            Settings(data_dir=tmp_path / "data", chroma_url=server.url), embedder=fake_embedder
        )
        idx.ingest([SEED_FILE], progress=False)
        vec = fake_embedder.embed(["Kursk"])[0]
        assert len(idx.store.query(vec, 2)) == 2
        os.kill(server.proc.pid, signal.SIGSTOP)  # alive but silent
        try:
            t = time.monotonic()
            with pytest.raises(StoreUnavailableError) as exc:
                idx.store.query(vec, 2)
            waited = time.monotonic() - t
        finally:
            os.kill(server.proc.pid, signal.SIGCONT)
        assert str(exc.value).startswith(
            f"Cannot reach the Chroma server at {server.url} (ReadTimeout)."
        )
        assert 1.0 <= waited < 10  # one timeout, not a retry loop (and never forever)
        assert len(idx.store.query(vec, 2)) == 2
    finally:
        server.stop()


def test_test_server_is_not_ready_when_another_process_holds_its_port(tmp_path):
    """The helper must not take another listener on its port for its own server."""
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = ChromaServer(tmp_path / "server", port=port)
        with pytest.raises(RuntimeError) as exc:
            server.start()
    assert str(exc.value) == f"chroma server did not start on port {port}"
    assert server.proc is not None and server.proc.poll() is not None


def test_two_processes_creating_the_collection_at_once_share_it(chroma_server, monkeypatch):
    """B looked before A created the collection, then A won the create: B opens A's."""
    from chromadb.errors import NotFoundError

    name = "race-created"
    first = ChromaStore(url=chroma_server, collection=name, embedder_name="fake-bow", dim=64)
    real_connect = ChromaStore._connect

    class LateLooker:
        def __init__(self, client):
            self.client, self.looked = client, 0

        def get_collection(self, n):
            self.looked += 1
            if self.looked == 1:  # what B saw before A's create landed
                raise NotFoundError(f"Collection [{n}] does not exist")
            return self.client.get_collection(n)

        def __getattr__(self, attr):
            return getattr(self.client, attr)

    monkeypatch.setattr(ChromaStore, "_connect", lambda self: LateLooker(real_connect(self)))
    second = ChromaStore(url=chroma_server, collection=name, embedder_name="fake-bow", dim=64)
    assert second.client.looked == 2
    assert second.collection.id == first.collection.id
