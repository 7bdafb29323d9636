"""An in-process copy of the chunk vectors, searched without a call into Chroma.

Chroma stays the store of record; the mirror is rebuilt from the catalog's vector cache, so
each process keeps its own copy and brings it up to date when the catalog version changes (the
same check that keeps BM25 fresh). Up to ``exact_limit`` vectors it searches exactly (one
matrix-vector product); above that it uses an inverted-file index: 4·√n spherical k-means lists,
``nprobe`` of them searched per query. The trained centres are saved beside the catalog
(``mirror/``), so a new process only assigns rows to them instead of training again.
"""

from __future__ import annotations

import logging
import math
import os
import threading
from collections.abc import Callable, Collection, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from rag.catalog import Catalog
from rag.chunk import article_of

log = logging.getLogger(__name__)
_blas_threads = 0  # what limit_blas_threads last set (0 = never)

Hasher = Callable[[str], str]
_KEEP_IDS = 512  # ids saved with trained centres: enough to tell this corpus from another
# From this many lists (4·√n: about 62,500 chunks) a question reads the centroids of its
# COARSE_GROUPS nearest groups only (of √lists groups: 8 of 36 at 100k chunks).
COARSE_MIN_LISTS = 1000
COARSE_GROUPS = 8


@dataclass(frozen=True)
class _Snapshot:
    """One consistent state: rows, their ids and (above the exact limit) the IVF lists."""

    ids: list[str]
    mat: np.ndarray  # (n, dim) float32, unit rows; in list order when centroids is set
    assign: np.ndarray  # (n,) list number of each row (all 0 without centroids)
    centroids: np.ndarray | None = None  # (lists, dim)
    offsets: np.ndarray | None = None  # (lists + 1,) row range of each list
    trained_on: int = 0  # rows when the centroids were trained
    rows: dict[str, int] = field(default_factory=dict)  # id -> row, filled on first filter
    coarse: _Coarse | None = None  # centres of the centroids, from COARSE_MIN_LISTS lists


@dataclass(frozen=True)
class _Coarse:
    """The centroids grouped under √lists centres of their own, so a question reads the
    centroids of its few nearest groups instead of all of them (1.9 MB at 100k chunks, most of
    it out of cache once the question has been embedded)."""

    centres: np.ndarray  # (groups, dim) unit rows
    grouped: np.ndarray  # (lists, dim) the centroids, group by group
    order: np.ndarray  # (lists,) list number of each row of ``grouped``
    bounds: tuple[int, ...]  # (groups + 1) row range of each group in ``grouped``, plain ints


def limit_blas_threads(n: int) -> None:
    """Run this process's BLAS (numpy's matrix products) on ``n`` threads; 0 leaves it alone.

    Process-wide and set once: on a small machine ONNX Runtime already keeps every core busy
    embedding the question, and BLAS threads spinning beside it slow both (2 cores, 10k
    chunks: the search 2.1 -> 5.1 ms and the next embedding 6.8 -> 11.5 ms at p50).
    """
    global _blas_threads
    if n <= 0 or n == _blas_threads:
        return
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=n, user_api="blas")  # as a call, the limit stays
    except Exception as exc:  # an unknown BLAS build: searches still work, a bit slower
        log.debug("could not limit BLAS threads: %s", exc)
    _blas_threads = n


class VectorMirror:
    """The vectors of every complete chunk, held in memory for fast dense search."""

    def __init__(
        self,
        catalog: Catalog,
        model: str,
        hasher: Hasher,
        *,
        exact_limit: int = 5_000,
        nprobe: int = 16,
        save_dir: Path | None = None,
    ) -> None:
        self.catalog = catalog
        self.save_dir = save_dir
        self.model = model
        self.hasher = hasher
        self.exact_limit = exact_limit
        self.nprobe = nprobe
        self._lock = threading.Lock()
        self._snap: _Snapshot | None = None
        self._stamps: dict[str, float] = {}  # article id -> ingested_at of the rows held
        self._version: str | None = None
        self._missing = 0  # complete chunks without a cached vector: search falls back

    @property
    def size(self) -> int:
        """Vectors held."""
        snap = self._snap
        return 0 if snap is None else len(snap.ids)

    @property
    def complete(self) -> bool:
        """Whether every complete chunk of the synced version has its vector here."""
        return self._version is not None and self._missing == 0

    def search(
        self, qvec: np.ndarray, n: int, allowed: Collection[str] | None, version: str
    ) -> list[tuple[str, float]] | None:
        """The ``n`` nearest chunks as (id, cosine), best first; None = ask the store instead.

        ``allowed`` limits the search to these chunk ids (filters); ``version`` is the catalog
        version the caller just read.
        """
        if version != self._version:
            self.sync(version)
        snap = self._snap
        if snap is None or self._missing or not snap.ids:
            return None if snap is None or self._missing else []
        q = np.asarray(qvec, dtype=np.float32)
        if allowed is not None:
            if len(allowed) > self.exact_limit and snap.centroids is not None:
                return None  # a wide filter over an IVF index: Chroma filters better
            return _subset(snap, q, allowed, n)
        if snap.centroids is None or snap.offsets is None:
            return _top(snap.ids, np.arange(len(snap.ids)), snap.mat @ q, n)
        probe = _probe(snap, q, self.nprobe)
        starts, ends = snap.offsets[probe], snap.offsets[probe + 1]
        sizes = ends - starts
        total = int(sizes.sum())
        if total < n:  # sparse lists: fall back to everything
            return _top(snap.ids, np.arange(len(snap.ids)), snap.mat @ q, n)
        # Each list's scores straight into one buffer: no per-list arrays to concatenate.
        scores = np.empty(total, dtype=np.float32)
        at = 0
        for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
            np.matmul(snap.mat[a:b], q, out=scores[at : at + b - a])
            at += b - a
        # Row of a score: its list's first row plus its place within the list, worked out
        # for the n best only (the buffer holds the lists in row order, so ties keep it).
        ends_at = np.cumsum(sizes)

        def rows_of(pos: np.ndarray) -> np.ndarray:
            k = np.searchsorted(ends_at, pos, side="right")
            return starts[k] + pos - (ends_at[k] - sizes[k])

        return _top(snap.ids, rows_of, scores, n)

    def stale_lists(self, n: int) -> bool:
        """Whether ``n`` rows need IVF lists trained: above the exact limit, none saved fit."""
        if n <= self.exact_limit:
            return False
        snap, path = self._snap, self._path()
        trained_on = snap.trained_on if snap is not None and snap.centroids is not None else 0
        if not trained_on and path is not None:
            try:
                with np.load(path, allow_pickle=False) as f:
                    trained_on = int(f["trained_on"])
            except Exception:  # none saved, or unreadable: train
                return True
        return not trained_on or _outgrown(n, trained_on)

    def vectors(self, ids: Collection[str]) -> dict[str, np.ndarray]:
        """The unit vectors held for these chunk ids (those it has)."""
        snap = self._snap
        if snap is None:
            return {}
        rows = _rows(snap)
        return {c: snap.mat[rows[c]] for c in ids if c in rows}

    def sync(self, version: str) -> None:
        """Bring the copy up to the catalog: add new articles' vectors, drop removed ones."""
        with self._lock:
            if version == self._version:
                return
            stamps = self.catalog.complete_stamps()
            gone = {a for a, t in self._stamps.items() if stamps.get(a) != t}
            new = [a for a, t in stamps.items() if self._stamps.get(a) != t]
            if not gone and not new and self._snap is not None:
                self._version = version
                return
            snap = self._snap
            if snap is None:
                ids: list[str] = []
                mat = np.zeros((0, 0), dtype=np.float32)
                assign = np.zeros(0, dtype=np.int64)
            else:
                keep = np.fromiter(
                    (article_of(c) not in gone for c in snap.ids), dtype=bool, count=len(snap.ids)
                )
                ids = [c for c, k in zip(snap.ids, keep, strict=True) if k]
                mat, assign = snap.mat[keep], snap.assign[keep]
            add_ids, add_mat, missing = self._load(new)
            if len(add_ids):
                mat = add_mat if mat.size == 0 else np.vstack([mat, add_mat])
                ids = ids + add_ids
                assign = np.concatenate([assign, np.zeros(len(add_ids), dtype=np.int64)])
            self._snap = self._layout(ids, mat, assign, len(add_ids), snap)
            self._stamps = {a: t for a, t in stamps.items() if a not in missing}
            self._missing = sum(missing.values())
            if self._missing:
                log.info(
                    "%d chunks have no cached vector; dense search asks the store",
                    self._missing,
                )
            self._version = version

    def _load(self, articles: list[str]) -> tuple[list[str], np.ndarray, dict[str, int]]:
        """Ids and unit vectors of these articles' chunks; articles with chunks missing one."""
        ids: list[str] = []
        vecs: list[np.ndarray] = []
        missing: dict[str, int] = {}
        for b in range(0, len(articles), 200):
            chunk_ids, texts = self.catalog.chunk_texts(articles[b : b + 200])
            hashes = [self.hasher(t) for t in texts]
            blobs = self.catalog.vector_blobs(self.model, hashes)
            for cid, h in zip(chunk_ids, hashes, strict=True):
                blob = blobs.get(h)
                if blob is None:
                    a = article_of(cid)
                    missing[a] = missing.get(a, 0) + 1
                    continue
                ids.append(cid)
                vecs.append(np.frombuffer(blob, dtype=np.float32))
        if missing:
            keep = [i for i, c in enumerate(ids) if article_of(c) not in missing]
            ids, vecs = [ids[i] for i in keep], [vecs[i] for i in keep]
        if not vecs:
            return [], np.zeros((0, 0), dtype=np.float32), missing
        mat = np.vstack(vecs).astype(np.float32)
        norms = np.linalg.norm(mat, axis=1, keepdims=True)
        mat /= np.where(norms == 0, 1, norms)
        return ids, mat, missing

    def _layout(
        self, ids: list[str], mat: np.ndarray, assign: np.ndarray, added: int, old: _Snapshot | None
    ) -> _Snapshot:
        """Exact below the limit; IVF lists above it (trained again when the size doubled)."""
        n = len(ids)
        if n <= self.exact_limit or mat.size == 0:
            return _Snapshot(ids, mat, np.zeros(n, dtype=np.int64))
        centroids = old.centroids if old is not None else None
        trained_on = old.trained_on if old is not None else 0
        if centroids is None:
            centroids, trained_on = self._saved(ids, mat.shape[1])
        if centroids is None or _outgrown(n, trained_on):
            with _all_cores():
                centroids = _train(mat, _lists(n))
                assign = _nearest(mat, centroids)
            trained_on = n
            self._save(centroids, trained_on, ids)
        elif added or old is None or old.centroids is None:
            fresh = n - added if old is not None and old.centroids is not None else 0
            # Every core for a whole assignment only: a few new rows are not worth the
            # thread-pool set-up on the query path.
            with _all_cores() if fresh == 0 else nullcontext():
                assign[fresh:] = _nearest(mat[fresh:], centroids)
        order = np.argsort(assign, kind="stable")
        assign = assign[order]
        offsets = np.searchsorted(assign, np.arange(len(centroids) + 1))
        coarse = None
        if len(centroids) >= COARSE_MIN_LISTS:
            # The groups of centroids kept from the last snapshot: same centroids, same groups.
            kept = old.coarse if old is not None and old.centroids is centroids else None
            coarse = kept or _group(centroids)
        return _Snapshot(
            [ids[i] for i in order], mat[order], assign, centroids, offsets, trained_on, {}, coarse
        )

    def _path(self) -> Path | None:
        if self.save_dir is None:
            return None
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in self.model)
        return self.save_dir / f"ivf-{safe}.npz"

    def _saved(self, ids: list[str], dim: int) -> tuple[np.ndarray | None, int]:
        """Centres another process trained on this corpus, if the file fits it."""
        path = self._path()
        if path is None or not path.exists():
            return None, 0
        try:
            with np.load(path, allow_pickle=False) as f:
                centroids = f["centroids"].astype(np.float32)
                trained_on = int(f["trained_on"])
                sample = [str(c) for c in f["ids"]]
        except Exception as exc:  # torn or foreign file: train again (and overwrite it)
            log.info("ignoring saved IVF centres %s: %s", path, exc)
            return None, 0
        held = set(ids)
        # Centres of another corpus (the data replaced since) would leave lists lopsided.
        if centroids.ndim != 2 or centroids.shape[1] != dim or not sample:
            return None, 0
        if sum(c in held for c in sample) < len(sample) / 2:
            return None, 0
        return centroids, trained_on

    def _save(self, centroids: np.ndarray, trained_on: int, ids: list[str]) -> None:
        path = self._path()
        if path is None:
            return
        step = max(1, len(ids) // _KEEP_IDS)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as fh:
                np.savez(
                    fh,
                    centroids=centroids,
                    trained_on=np.int64(trained_on),
                    ids=np.array(ids[::step][:_KEEP_IDS]),
                )
            os.replace(tmp, path)  # whole or absent: a reader never sees half a file
        except OSError as exc:  # a read-only data directory: train again next process
            log.info("cannot save IVF centres to %s: %s", path, exc)
            tmp.unlink(missing_ok=True)


@contextmanager
def _all_cores() -> Iterator[None]:
    """BLAS on every core for a while: training and whole assignments, once per process."""
    try:
        from threadpoolctl import threadpool_limits

        ctx: AbstractContextManager[object] = threadpool_limits(
            limits=os.cpu_count() or 1, user_api="blas"
        )
    except Exception:  # an unknown BLAS build: the same work on the threads it has
        ctx = nullcontext()
    with ctx:
        yield


def _outgrown(n: int, trained_on: int) -> bool:
    """Whether lists trained on ``trained_on`` rows no longer fit ``n`` (doubled or halved)."""
    return n > 2 * trained_on or n < trained_on // 2


def _lists(n: int) -> int:
    """IVF lists for n rows: 4·√n (short lists, so the probed ones hold few rows)."""
    return max(1, min(round(4 * math.sqrt(n)), n // 4))


def _subset(
    snap: _Snapshot, q: np.ndarray, allowed: Collection[str], n: int
) -> list[tuple[str, float]]:
    rows = _rows(snap)
    idx = np.fromiter((rows[c] for c in allowed if c in rows), dtype=np.int64)
    if not len(idx):
        return []
    return _top(snap.ids, idx, snap.mat[idx] @ q, n)


def _rows(snap: _Snapshot) -> dict[str, int]:
    """Row of each id (a dict of 100k ids: built once per snapshot, on first need)."""
    if not snap.rows:
        snap.rows.update((c, i) for i, c in enumerate(snap.ids))
    return snap.rows


def _top(
    ids: list[str],
    idx: np.ndarray | Callable[[np.ndarray], np.ndarray],
    scores: np.ndarray,
    n: int,
) -> list[tuple[str, float]]:
    """The n best of ``scores`` (rows ``idx``, or the rows ``idx`` maps positions to), best
    first."""
    part = np.argpartition(-scores, n)[:n] if len(scores) > n else np.arange(len(scores))
    part = np.sort(part)  # equal scores keep row order, whatever argpartition did
    part = part[np.argsort(-scores[part], kind="stable")]
    rows = idx(part) if callable(idx) else idx[part]
    # One tolist() per array: numpy scalars one by one cost ~1 µs each.
    return [(ids[r], s) for r, s in zip(rows.tolist(), scores[part].tolist(), strict=True)]


def _train(mat: np.ndarray, lists: int, iterations: int = 8) -> np.ndarray:
    """Spherical k-means centroids on a sample (seeded, so every process trains the same)."""
    rng = np.random.default_rng(0)
    # 16 rows per list and k-means++ seeds drawn from the first 2 per list: at 100k rows and
    # 1,265 lists that trains in ~6 s on 2 cores, with recall@50 as with 64 rows per list.
    sample = mat[rng.choice(len(mat), min(len(mat), 16 * lists), replace=False)]
    seeds = sample[: min(len(sample), 2 * lists)]  # the sample is already in random order
    # k-means++ seeding: each new centre drawn by its distance to the nearest one so far, so
    # two centres rarely start in one cluster (and leave another without a list).
    cent = np.empty((lists, mat.shape[1]), dtype=np.float32)
    cent[0] = seeds[rng.integers(len(seeds))]
    dist = np.maximum(0.0, 1.0 - seeds @ cent[0])
    for i in range(1, lists):
        total = float(dist.sum())
        pick = rng.choice(len(seeds), p=dist / total) if total > 0 else rng.integers(len(seeds))
        cent[i] = seeds[pick]
        dist = np.minimum(dist, np.maximum(0.0, 1.0 - seeds @ cent[i]))
    for _ in range(iterations):
        near = _nearest(sample, cent)
        order = np.argsort(near, kind="stable")
        counts = np.bincount(near, minlength=lists)
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        sums = np.zeros_like(cent)
        if (counts > 0).any():  # per-list sums of the sorted rows (np.add.at is far slower)
            sums[counts > 0] = np.add.reduceat(sample[order], starts[counts > 0], axis=0)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        filled = norms[:, 0] > 0
        cent[filled] = sums[filled] / norms[filled]  # an empty list keeps its old centre
    return cent


def _probe(snap: _Snapshot, q: np.ndarray, nprobe: int) -> np.ndarray:
    """The lists to search for ``q``: the ``nprobe`` with the nearest centroids, in list order
    (so equal scores keep row order, whatever argpartition did)."""
    cent = snap.centroids
    assert cent is not None
    nprobe = min(nprobe, len(cent))
    coarse = snap.coarse
    if coarse is None:
        return _best(cent @ q, nprobe)
    # The centroids of the nearest groups only: at 100k chunks 8 of 36 groups, about a fifth
    # of the centroids, and the same lists as reading them all on the 208 bench questions.
    read = min(COARSE_GROUPS, len(coarse.centres))
    bounds = coarse.bounds
    spans = [(bounds[g], bounds[g + 1]) for g in _best(coarse.centres @ q, read).tolist()]
    near = np.empty(sum(b - a for a, b in spans), dtype=np.float32)
    at = 0
    for a, b in spans:
        np.matmul(coarse.grouped[a:b], q, out=near[at : at + b - a])
        at += b - a
    if len(near) <= nprobe:
        # Groups too small to hold nprobe lists: every centroid, as without groups.
        return _best(cent @ q, nprobe)
    lists = np.concatenate([coarse.order[a:b] for a, b in spans])
    return np.sort(lists[_best(near, nprobe)])


def _best(scores: np.ndarray, n: int) -> np.ndarray:
    """Positions of the ``n`` highest scores, in position order."""
    return np.sort(np.argpartition(-scores, n - 1)[:n])


def _group(cent: np.ndarray, iterations: int = 10) -> _Coarse:
    """√lists seeded spherical k-means centres over the centroids themselves."""
    groups = max(1, round(math.sqrt(len(cent))))
    rng = np.random.default_rng(0)
    centres = cent[rng.choice(len(cent), groups, replace=False)].copy()
    for _ in range(iterations):
        near = np.argmax(cent @ centres.T, axis=1)
        for g in range(groups):
            members = cent[near == g]
            if len(members):
                v = members.sum(axis=0)
                centres[g] = v / max(float(np.linalg.norm(v)), 1e-12)
    near = np.argmax(cent @ centres.T, axis=1)
    order = np.argsort(near, kind="stable")
    bounds = np.searchsorted(near[order], np.arange(groups + 1))
    return _Coarse(centres.astype(np.float32), cent[order].copy(), order, tuple(bounds.tolist()))


def _nearest(mat: np.ndarray, cent: np.ndarray, batch: int = 8192) -> np.ndarray:
    out = np.empty(len(mat), dtype=np.int64)
    for b in range(0, len(mat), batch):
        out[b : b + batch] = np.argmax(mat[b : b + batch] @ cent.T, axis=1)
    return out
