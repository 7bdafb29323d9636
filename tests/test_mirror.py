"""The in-process vector mirror: Chroma's hits without a Chroma call, fresh after changes."""

import json

import numpy as np
import pytest

from rag import mirror
from rag.index import Index, text_hash
from rag.mirror import _lists, _top, _train
from rag.retrieve import allowed_chunks, clean_filters
from rag.settings import Settings
from rag.store import chroma_where

from conftest import SEEDS

QUESTIONS = [
    "How many North Korean troops are in Russia?",
    "How much will the Varnholt tram extension cost?",
    "How many cases of Tarrow fever were recorded in June?",
    "What did the dockworkers at Port Calloway ask for?",
]
SEED_CHUNKS = 14  # chunks of the six seed articles (see test_seed_corpus_size)


def _ingested(tmp_path, fake, **settings) -> Index:
    idx = Index(Settings(data_dir=tmp_path / "data", **settings), embedder=fake)
    idx.ingest([SEEDS], progress=False)
    return idx


def _ranking(hits: list[tuple[str, float]]) -> dict[str, float]:
    return {cid: round(score, 5) for cid, score in hits}


def test_seed_corpus_size(tmp_path, fake_embedder):
    idx = _ingested(tmp_path, fake_embedder)
    assert idx.store.count() == SEED_CHUNKS


def test_mirror_returns_what_chroma_returns(tmp_path, fake_embedder):
    idx = _ingested(tmp_path, fake_embedder)
    version = idx.ensure_lexical()
    for q in QUESTIONS:
        vec = fake_embedder.embed([q])[0]
        mine = idx.nearest(vec, SEED_CHUNKS, None, None, version)
        theirs = idx.store.query(vec, SEED_CHUNKS)
        # Every chunk with the same cosine (to 5 places), best first on both sides.
        assert _ranking(mine) == _ranking(theirs)
        assert [s for _, s in mine] == sorted((s for _, s in mine), reverse=True)
    assert idx._mirror is not None and idx._mirror.complete
    assert idx._mirror.size == SEED_CHUNKS
    assert idx._mirror._snap is not None and idx._mirror._snap.centroids is None  # exact


def test_filtered_search_matches_chromas_where(tmp_path, fake_embedder):
    idx = _ingested(tmp_path, fake_embedder)
    version = idx.ensure_lexical()
    outlet = idx.list_articles()[0]["outlet"]
    for flt in ({"outlet": outlet}, {"published_from": "2024-11-01"}):
        clean = clean_filters(flt)
        allowed = allowed_chunks(idx.catalog, clean)
        assert allowed
        vec = fake_embedder.embed([QUESTIONS[0]])[0]
        mine = idx.nearest(vec, 100, clean, allowed, version)
        theirs = idx.store.query(vec, 100, chroma_where(clean))
        assert _ranking(mine) == _ranking(theirs)
        assert {cid for cid, _ in mine} == allowed


def test_ivf_above_the_exact_limit(tmp_path, fake_embedder):
    # Every list probed: the IVF search is exact. One list probed: a subset, scores unchanged.
    idx = _ingested(tmp_path, fake_embedder, mirror_exact_limit=5, mirror_nprobe=100)
    version = idx.ensure_lexical()
    vec = fake_embedder.embed([QUESTIONS[1]])[0]
    full = idx.nearest(vec, 20, None, None, version)
    assert _ranking(full) == _ranking(idx.store.query(vec, 20))
    snap = idx._mirror._snap
    assert snap is not None and snap.centroids is not None and snap.offsets is not None
    assert len(snap.centroids) == 3  # min(4 * sqrt(14), 14 // 4) lists
    assert snap.offsets[0] == 0 and snap.offsets[-1] == SEED_CHUNKS
    assert list(snap.assign) == sorted(snap.assign)  # rows grouped by list
    exact = _ranking(idx.store.query(vec, SEED_CHUNKS))
    idx._mirror.nprobe = 1
    one = idx.nearest(vec, 5, None, None, version)
    assert 1 <= len(one) <= 5
    assert all(exact[cid] == round(score, 5) for cid, score in one)


def test_trained_centres_are_saved_and_reused_by_the_next_process(
    tmp_path, fake_embedder, monkeypatch
):
    idx = _ingested(tmp_path, fake_embedder, mirror_exact_limit=5, mirror_nprobe=2)
    vec = fake_embedder.embed([QUESTIONS[1]])[0]
    first = idx.nearest(vec, 5, None, None, idx.ensure_lexical())
    saved = tmp_path / "data" / "mirror" / f"ivf-{fake_embedder.name}.npz"
    assert saved.exists() and not list(saved.parent.glob("*.tmp"))
    trained = idx._mirror._snap.centroids

    def no_training(*_args, **_kw):
        raise AssertionError("trained again")

    monkeypatch.setattr(mirror, "_train", no_training)
    fresh = Index(idx.settings, embedder=fake_embedder)
    assert fresh.nearest(vec, 5, None, None, fresh.ensure_lexical()) == first
    assert np.array_equal(fresh._mirror._snap.centroids, trained)


def test_an_ingest_that_outgrows_the_lists_trains_them_before_any_question(tmp_path, fake_embedder):
    idx = _ingested(tmp_path, fake_embedder, mirror_exact_limit=5)
    saved = tmp_path / "data" / "mirror" / f"ivf-{fake_embedder.name}.npz"
    with np.load(saved) as f:
        assert int(f["trained_on"]) == SEED_CHUNKS
    assert idx.mirror is not None and not idx.mirror.stale_lists(SEED_CHUNKS)
    assert idx.mirror.stale_lists(2 * SEED_CHUNKS + 1)  # doubled: trained again
    below = _ingested(tmp_path / "b", fake_embedder)  # under the exact limit: nothing to train
    assert not (tmp_path / "b" / "data" / "mirror").exists()
    assert below.mirror is not None and not below.mirror.stale_lists(SEED_CHUNKS)


def test_saved_centres_of_another_corpus_are_not_reused(tmp_path, fake_embedder, monkeypatch):
    idx = _ingested(tmp_path, fake_embedder, mirror_exact_limit=5)
    vec = fake_embedder.embed([QUESTIONS[1]])[0]
    idx.nearest(vec, 5, None, None, idx.ensure_lexical())
    saved = tmp_path / "data" / "mirror" / f"ivf-{fake_embedder.name}.npz"
    with np.load(saved) as f:
        parts = dict(f)
    np.savez(saved, **{**parts, "ids": np.array(["gone-1", "gone-2", parts["ids"][0]])})
    calls = []
    real = mirror._train
    monkeypatch.setattr(mirror, "_train", lambda *a, **kw: calls.append(1) or real(*a, **kw))
    fresh = Index(idx.settings, embedder=fake_embedder)
    fresh.nearest(vec, 5, None, None, fresh.ensure_lexical())
    assert calls == [1]  # two of the three saved ids are gone: trained again, and saved
    with np.load(saved) as f:
        assert len(f["ids"]) == SEED_CHUNKS and int(f["trained_on"]) == SEED_CHUNKS
    saved.write_bytes(b"not a numpy file")
    other = Index(idx.settings, embedder=fake_embedder)
    other.nearest(vec, 5, None, None, other.ensure_lexical())
    assert calls == [1, 1]


@pytest.mark.parametrize(
    ("n", "lists"), [(1, 1), (14, 3), (5_001, 283), (10_000, 400), (100_000, 1265)]
)
def test_list_count(n, lists):
    assert _lists(n) == lists


def test_wide_filter_over_ivf_asks_the_store(tmp_path, fake_embedder):
    idx = _ingested(tmp_path, fake_embedder, mirror_exact_limit=5)
    version = idx.ensure_lexical()
    vec = fake_embedder.embed([QUESTIONS[0]])[0]
    idx.nearest(vec, 5, None, None, version)
    clean = clean_filters({"published_from": "2000-01-01"})
    allowed = allowed_chunks(idx.catalog, clean)
    assert allowed is not None and len(allowed) > 5
    assert idx._mirror is not None and idx._mirror.complete
    assert idx._mirror.search(np.asarray(vec, dtype=np.float32), 5, allowed, version) is None
    got = idx.nearest(vec, 5, clean, allowed, version)
    assert got == idx.store.query(vec, 5, chroma_where(clean))


def test_another_index_sees_ingest_and_remove(tmp_path, fake_embedder):
    """Two Index objects on one data directory stand for two processes (the real two-process
    case is in test_freshness.py): the reader's mirror follows the writer's changes."""
    reader = _ingested(tmp_path, fake_embedder)
    writer = Index(reader.settings, embedder=fake_embedder)
    q = "How deep is the Quillmoor reservoir?"
    vec = fake_embedder.embed([q])[0]
    before = reader.nearest(vec, 3, None, None, reader.ensure_lexical())
    assert reader._mirror is not None and reader._mirror.size == SEED_CHUNKS
    new = tmp_path / "quillmoor.json"
    new.write_text(
        json.dumps(
            {
                "title": "Quillmoor reservoir reopens",
                "text": "The Quillmoor reservoir is 31 metres deep, the water board said.",
            }
        )
    )
    writer.ingest([new], progress=False)
    after = reader.nearest(vec, 3, None, None, reader.ensure_lexical())
    assert reader._mirror.size == SEED_CHUNKS + 1
    top = after[0][0]
    assert top not in {cid for cid, _ in before}
    assert reader.catalog.chunks([top])[top].title == "Quillmoor reservoir reopens"
    writer.remove(top.rpartition("-")[0])
    again = reader.nearest(vec, 3, None, None, reader.ensure_lexical())
    assert reader._mirror.size == SEED_CHUNKS
    assert _ranking(again) == _ranking(before)


def test_missing_vectors_fall_back_to_the_store(tmp_path, fake_embedder):
    idx = _ingested(tmp_path, fake_embedder)
    idx.catalog._db.execute(
        "DELETE FROM embeddings WHERE rowid IN (SELECT rowid FROM embeddings LIMIT 3)"
    )
    idx.catalog._db.commit()
    fresh = Index(idx.settings, embedder=fake_embedder)
    version = fresh.ensure_lexical()
    vec = fake_embedder.embed([QUESTIONS[2]])[0]
    got = fresh.nearest(vec, 10, None, None, version)
    assert fresh._mirror is not None and not fresh._mirror.complete
    assert _ranking(got) == _ranking(fresh.store.query(vec, 10))


def test_mirror_can_be_turned_off(tmp_path, fake_embedder):
    idx = _ingested(tmp_path, fake_embedder, vector_mirror=False)
    vec = fake_embedder.embed([QUESTIONS[0]])[0]
    got = idx.nearest(vec, 5, None, None, idx.ensure_lexical())
    assert idx._mirror is None
    assert got == idx.store.query(vec, 5)


def test_training_is_seeded_and_fills_every_list():
    rng = np.random.default_rng(1)
    centres = rng.standard_normal((4, 16)).astype(np.float32)
    mat = np.repeat(centres, 50, axis=0) + 0.01 * rng.standard_normal((200, 16)).astype(np.float32)
    mat /= np.linalg.norm(mat, axis=1, keepdims=True)
    a, b = _train(mat, 4), _train(mat, 4)
    assert np.array_equal(a, b)
    near = np.argmax(mat @ a.T, axis=1)
    # Each true cluster lands in one list of its own.
    assert sorted(len(set(near[i * 50 : (i + 1) * 50])) for i in range(4)) == [1, 1, 1, 1]
    assert len(set(near)) == 4


@pytest.mark.parametrize("n", [1, 5, 50])
def test_top_is_best_first(n):
    ids = [f"c{i}" for i in range(10)]
    scores = np.array([0.1, 0.9, 0.3, 0.9, 0.5, 0.0, 0.7, 0.2, 0.8, 0.4], dtype=np.float32)
    got = _top(ids, np.arange(10), scores, n)
    want = ["c1", "c3", "c8", "c6", "c4", "c9", "c2", "c7", "c0", "c5"][:n]
    assert [cid for cid, _ in got] == want


def test_the_first_query_puts_blas_on_the_configured_threads(tmp_path, fake_embedder):
    from threadpoolctl import threadpool_info

    idx = _ingested(tmp_path, fake_embedder, blas_threads=1)
    idx.nearest(fake_embedder.embed([QUESTIONS[0]])[0], 3, None, None, idx.ensure_lexical())
    assert {p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"} == {1}


def test_bm25_only_picks_get_their_cosine_from_the_mirror(tmp_path, fake_embedder):
    idx = _ingested(tmp_path, fake_embedder)
    vec = fake_embedder.embed([QUESTIONS[0]])[0]
    idx.nearest(vec, 3, None, None, idx.ensure_lexical())
    assert idx.mirror is not None
    some = sorted(idx.store.ids())[:3]
    held = idx.mirror.vectors(some)
    assert sorted(held) == some
    cached = {
        c.id: idx.catalog.cached_vectors(fake_embedder.name, [text_hash(c.text)])
        for c in idx.catalog.chunks(some).values()
    }
    for cid, v in held.items():
        (want,) = cached[cid].values()
        assert np.allclose(v, np.asarray(want) / np.linalg.norm(want), atol=1e-6)


def _clustered(n_lists: int, dim: int = 32, seed: int = 3, spread: float = 0.8) -> np.ndarray:
    """Centroids around 32 topics, as a news corpus's lists gather around its subjects."""
    rng = np.random.default_rng(seed)
    topics = rng.normal(size=(32, dim))
    topics /= np.linalg.norm(topics, axis=1, keepdims=True)
    cent = np.repeat(topics, n_lists // 32, axis=0)
    cent += spread * rng.normal(size=cent.shape) / np.sqrt(dim)
    return (cent / np.linalg.norm(cent, axis=1, keepdims=True)).astype(np.float32)


def test_centroids_are_grouped_once_each_in_seeded_groups():
    cent = _clustered(416)
    coarse = mirror._group(cent)
    again = mirror._group(cent)
    assert len(coarse.centres) == 20  # √416 groups, rounded
    assert sorted(coarse.order.tolist()) == list(range(416))  # every list in one group
    assert coarse.bounds[0] == 0 and coarse.bounds[-1] == 416
    assert np.array_equal(coarse.grouped, cent[coarse.order])
    assert np.array_equal(coarse.order, again.order) and np.array_equal(
        coarse.centres, again.centres
    )


def test_grouped_probe_reads_fewer_centroids_and_finds_the_lists_a_full_read_finds():
    cent = _clustered(1024)
    rng = np.random.default_rng(5)
    coarse = mirror._group(cent)
    flat = mirror._Snapshot([], np.zeros((0, 32), np.float32), np.zeros(0, np.int64), cent)
    grouped = mirror._Snapshot(
        [], np.zeros((0, 32), np.float32), np.zeros(0, np.int64), cent, coarse=coarse
    )
    same = 0
    for _ in range(50):
        # A question near one list's centroid, as real questions sit near their passages.
        q = cent[rng.integers(1024)] + rng.normal(scale=0.05, size=32).astype(np.float32)
        q /= np.linalg.norm(q)
        want = mirror._probe(flat, q, 16)
        got = mirror._probe(grouped, q, 16)
        assert list(got) == sorted(got) and len(got) == 16
        assert int(np.argmax(cent @ q)) in got  # the nearest list is always among them
        same += set(got) == set(want)
    assert same >= 48
    reads = sum(
        int(coarse.bounds[g + 1] - coarse.bounds[g])
        for g in np.argsort(-(coarse.centres @ q))[: mirror.COARSE_GROUPS]
    )
    assert reads < 1024 // 2


def test_an_index_with_enough_lists_groups_its_centroids(tmp_path, fake_embedder, monkeypatch):
    monkeypatch.setattr(mirror, "COARSE_MIN_LISTS", 3)
    idx = _ingested(tmp_path, fake_embedder, mirror_exact_limit=5, mirror_nprobe=100)
    version = idx.ensure_lexical()
    vec = fake_embedder.embed([QUESTIONS[1]])[0]
    full = idx.nearest(vec, 20, None, None, version)
    snap = idx._mirror._snap
    assert snap is not None and snap.coarse is not None
    assert sorted(snap.coarse.order.tolist()) == list(range(len(snap.centroids)))
    assert _ranking(full) == _ranking(idx.store.query(vec, 20))


def test_groups_too_small_for_the_probe_count_read_every_centroid():
    cent = _clustered(64)
    coarse = mirror._group(cent)
    flat = mirror._Snapshot([], np.zeros((0, 32), np.float32), np.zeros(0, np.int64), cent)
    grouped = mirror._Snapshot(
        [], np.zeros((0, 32), np.float32), np.zeros(0, np.int64), cent, coarse=coarse
    )
    q = cent[7]
    # 8 of 8 groups hold all 64 lists; asking for 64 probes needs every one of them.
    assert list(mirror._probe(grouped, q, 64)) == list(range(64))
    assert list(mirror._probe(grouped, q, 5)) == list(mirror._probe(flat, q, 5))
