"""The Chroma store, embedded and against a real `chroma run` server on 127.0.0.1."""

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rag.errors import EmbeddingMismatchError, StoreUnavailableError
from rag.index import Index
from rag.retrieve import retrieve
from rag.settings import Settings
from rag.store import ChromaStore, chroma_where

from conftest import SEED_FILE, free_port


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    """A real Chroma server process on a free loopback port."""
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    exe = Path(sys.executable).parent / "chroma"
    proc = subprocess.Popen(
        [str(exe), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import chromadb

    deadline = time.time() + 60
    while True:
        try:
            chromadb.HttpClient(host="127.0.0.1", port=port).heartbeat()
            break
        except Exception:
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError("chroma server did not start") from None
            time.sleep(0.3)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=20)


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


def test_collection_reopens_in_new_process_without_download(tmp_path):
    s = Settings(data_dir=tmp_path / "data")
    Index(s).ingest([SEED_FILE], progress=False)
    code = (
        "import chromadb, rag.store\n"
        f"c = chromadb.PersistentClient({str(tmp_path / 'data' / 'chroma')!r})\n"
        "col = c.get_collection('articles')\n"
        "print(col.count(), col.metadata['embedding_model'])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False", "PATH": "/usr/bin:/bin"},
    )
    assert out.stdout.strip() == "4 all-MiniLM-L6-v2-int8"
    shutil.rmtree(tmp_path / "data")
