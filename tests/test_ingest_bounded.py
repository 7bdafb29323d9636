"""Bounded, resumable ingest: batches, a chunk cap per article, resuming after a kill."""

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from rag.index import Index
from rag.ingest import article_id, read_file
from rag.settings import Settings

from conftest import ROOT, SEED_FILE

TESTS = Path(__file__).resolve().parent


def numbered_text(n_sentences: int, topic: str = "harbour") -> str:
    """Distinct sentences (so no two chunks share a cache entry), 8 to a paragraph."""
    paras = []
    for p in range(0, n_sentences, 8):
        paras.append(
            " ".join(
                f"Report {i} on the {topic} says costs rose by {i % 97} percent in week {i}."
                for i in range(p, min(p + 8, n_sentences))
            )
        )
    return "\n\n".join(paras)


def test_twenty_mb_article_is_refused_in_seconds_and_other_files_go_in(tmp_path, fake_embedder):
    folder = tmp_path / "in"
    folder.mkdir()
    body = numbered_text(280_000)
    assert 19_500_000 < len(body) < 20 * 1024 * 1024
    (folder / "huge.txt").write_text("A very long report\n" + body)
    (folder / "small.json").write_text(SEED_FILE.read_text())
    idx = Index(Settings(data_dir=tmp_path / "data"), embedder=fake_embedder)
    t0 = time.monotonic()
    report = idx.ingest([folder], progress=False)
    elapsed = time.monotonic() - t0
    assert [a["id"] for a in report.added] == ["f594db8a5cb54cef"]
    assert [str(p) for p in report.skipped] == [
        f"{folder / 'huge.txt'}: is too long to index as one article (about "
        f"{len(body) // 800:,} chunks; the limit is 2,000). Split it into smaller articles, "
        "or raise RAG_MAX_CHUNKS_PER_ARTICLE"
    ]
    assert elapsed < 30, elapsed
    assert idx.catalog.pending_ids() == []


def test_chunk_cap_counts_exactly_when_close(tmp_path, fake_embedder):
    s = Settings(data_dir=tmp_path / "data", max_chunks_per_article=3)
    report = Index(s, embedder=fake_embedder).ingest([SEED_FILE], progress=False)
    assert [str(p) for p in report.skipped] == [
        f"{SEED_FILE}: is too long to index as one article (4 chunks; the limit is 3). "
        "Split it into smaller articles, or raise RAG_MAX_CHUNKS_PER_ARTICLE"
    ]
    assert report.added == [] and fake_embedder.calls == []


def test_batches_commit_progress_and_resume_after_new_files(tmp_path, fake_embedder):
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"title": "Big report", "text": numbered_text(116)}))
    idx = Index(Settings(data_dir=tmp_path / "data"), embedder=fake_embedder)
    idx.batch_chunks = 4
    assert len(idx._chunk(next(read_file(big)))) == 10
    real_add = idx.store.add
    calls = []

    def add_then_die(chunks, vectors):
        calls.append(len(chunks))
        if len(calls) == 2:
            raise KeyboardInterrupt  # as if stopped while writing the second batch
        real_add(chunks, vectors)

    idx.store.add = add_then_die  # type: ignore[method-assign]
    with pytest.raises(KeyboardInterrupt):
        idx.ingest([big], progress=False)
    idx.store.add = real_add  # type: ignore[method-assign]
    big_id = idx.catalog.pending_ids()[0]
    assert (calls, idx.catalog.stored_count(big_id), idx.store.count()) == ([4, 4], 4, 4)

    ticks = []
    fake_embedder.calls.clear()
    report = idx.ingest([SEED_FILE], progress=lambda d, t, label: ticks.append((d, t, label)))
    # The file asked for goes first; the unfinished article follows, from its 5th chunk.
    assert [a["id"] for a in report.added] == ["f594db8a5cb54cef", big_id]
    assert report.resumed == [
        {"id": big_id, "title": "Big report", "chunks": 10, "stored_before": 4}
    ]
    assert ticks == [
        (4, 10, "Ukraine conflict escalates: 10,000 North"),
        (
            4,
            10,
            "Resuming 1 article(s) an interrupted ingest left unfinished, after the new files: "
            "Big report",
        ),
        (8, 10, "Big report"),
        (10, 10, "Big report"),
        (10, 10, "done"),
    ]
    # Chunks 5-8 were embedded before the failure and come from the cache; 9-10 are new.
    assert (report.chunks_embedded, report.chunks_from_cache) == (4 + 2, 4)
    assert idx.store.count() == 14 and idx.catalog.pending_ids() == []
    assert "then finished 1 article(s) an interrupted ingest left unfinished:" in str(report)
    assert f"  > {big_id}  Big report  (4 of 10 chunks were already stored)" in str(report)


KILLED = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {tests!r})
    sys.path.insert(0, {root!r})
    from conftest import FakeEmbedder
    from rag.index import Index
    from rag.settings import Settings

    class SlowEmbedder(FakeEmbedder):
        def embed(self, texts):
            time.sleep(0.05 * len(texts))
            return super().embed(texts)

    idx = Index(Settings(data_dir={data!r}), embedder=SlowEmbedder())
    idx.batch_chunks = 8
    idx.ingest([{path!r}], progress=lambda d, t, label: print(d, t, flush=True))
    """
)


def test_kill_9_mid_article_then_other_ingest_proceeds_and_finishes_it(tmp_path, fake_embedder):
    text = numbered_text(664, topic="tram")
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"title": "Tram report", "text": text}))
    data = tmp_path / "data"
    script = KILLED.format(tests=str(TESTS), root=str(ROOT), data=str(data), path=str(big))
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, RAG_DATA_DIR=str(data)),
    )
    assert proc.stdout
    total = 0
    for line in proc.stdout:
        done, total = map(int, line.split())
        if done >= 16:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert total == 60

    idx = Index(Settings(data_dir=data), embedder=fake_embedder)
    big_id = article_id(text)
    stored = idx.catalog.stored_count(big_id)
    assert idx.catalog.pending_ids() == [big_id] and 16 <= stored < 60
    report = idx.ingest([SEED_FILE], progress=False)
    assert [a["id"] for a in report.added] == ["f594db8a5cb54cef", big_id]
    assert report.resumed == [
        {"id": big_id, "title": "Tram report", "chunks": 60, "stored_before": stored}
    ]
    # Nothing stored before the kill is embedded or written again.
    assert report.chunks_embedded + report.chunks_from_cache == 4 + 60 - stored
    assert idx.catalog.pending_ids() == []
    assert idx.store.count() == 64 == idx.catalog.counts()["chunks"]


def test_sentence_splitting_is_linear_in_article_length():
    from rag.text import sentences

    text = numbered_text(16_000)  # about 1.1 MB; quadratic splitting took minutes here
    t0 = time.monotonic()
    spans = sentences(text)
    assert (len(spans), spans[1], spans[-1][0]) == (16_000, (0, 64, 127), 1999)
    assert time.monotonic() - t0 < 5
