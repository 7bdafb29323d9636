"""The Index ties catalog, vector store, BM25 and embedder together: ingest, remove, reindex."""

from __future__ import annotations

import errno
import fcntl
import hashlib
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

from rag.catalog import Catalog, disk_problem, storage_error
from rag.chunk import chunk_for
from rag.dedupe import stories
from rag.embed import Embedder, get_embedder
from rag.errors import InputError, RagError, StoreError
from rag.ingest import FileProblem, iter_files, read_file
from rag.lexical import LexicalIndex
from rag.mirror import VectorMirror, limit_blas_threads
from rag.quotes import extract_attributions
from rag.settings import Settings, get_settings
from rag.store import ChromaStore, Store, chroma_where
from rag.types import Article, Chunk
from rag.web import is_url, read_web

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]

# Chunks embedded and committed together: progress shows, and a kill loses at most one batch.
BATCH_CHUNKS = 256


@dataclass
class IngestReport:
    """What one ingest call did, file by file."""

    added: list[dict[str, Any]] = field(default_factory=list)
    replaced: list[dict[str, Any]] = field(default_factory=list)
    unchanged: list[dict[str, Any]] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    resumed: list[dict[str, Any]] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    chunks_embedded: int = 0
    chunks_from_cache: int = 0

    @property
    def skipped(self) -> list[FileProblem]:
        """Problems that kept a file or record out of the index."""
        return [p for p in self.problems if p.skipped]

    def __str__(self) -> str:
        lines = [
            f"added {len(self.added)}, replaced {len(self.replaced)}, unchanged "
            f"{len(self.unchanged)}, skipped {len(self.skipped)}; embedded "
            f"{self.chunks_embedded} chunks ({self.chunks_from_cache} from cache)"
        ]
        if self.resumed:
            lines.append(
                f"then finished {len(self.resumed)} article(s) an interrupted ingest left "
                "unfinished:"
            )
        for r in self.resumed:
            lines.append(
                f"  > {r['id']}  {r['title']}  ({r['stored_before']} of {r['chunks']} chunks "
                "were already stored)"
            )
        for a in self.added + self.replaced:
            lines.append(f"  + {a['id']}  {a['title']}  ({a['chunks']} chunks)")
        for p in self.problems:
            lines.append(f"  {'!' if p.skipped else '~'} {p}")
        if self.waiting:
            lines.append(
                f"{len(self.waiting)} article(s) an interrupted ingest left unfinished are "
                "still waiting; run `newsrag ingest` again without --no-resume to finish them."
            )
        return "\n".join(lines)


@dataclass
class _Job:
    """One article to index: its chunks, the chunks already stored, the versions it replaces."""

    article: Article
    chunks: list[Chunk]
    old: list[str]
    start: int
    begin: bool


@dataclass
class _Segment:
    """Chunks ``lo:hi`` of one job, written in one batch."""

    job: _Job
    lo: int
    hi: int


class _KeywordOnlyStore:
    """Stands in for a vector store that cannot be opened: no vector hits, every write refused."""

    def __init__(self, problem: StoreError) -> None:
        self.problem = problem

    def add(self, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]]) -> None:
        raise self.problem

    def delete_articles(self, article_ids: Sequence[str]) -> None:
        raise self.problem

    def query(
        self, vector: Sequence[float], k: int, where: dict[str, Any] | None = None
    ) -> list[tuple[str, float]]:
        return []

    def count(self) -> int:
        return 0

    def reset(self) -> None:
        raise self.problem

    def reopen(self) -> None:
        return None


def _same(stored: list[Chunk], chunks: list[Chunk]) -> bool:
    """Whether an unfinished article was chunked exactly as now, so its stored part is valid."""
    return [(c.id, c.start, c.end) for c in stored] == [(c.id, c.start, c.end) for c in chunks]


def _too_long(art: Article, n: int, limit: int, *, about: bool) -> FileProblem:
    size = f"about {n:,}" if about else f"{n:,}"
    return FileProblem(
        art.source or art.id,
        f"is too long to index as one article ({size} chunks; the limit is {limit:,}). "
        "Split it into smaller articles, or raise RAG_MAX_CHUNKS_PER_ARTICLE",
    )


def text_hash(text: str) -> str:
    """Key of the embedding cache."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Index:
    """All indexed articles of one data directory; one writer process at a time."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        embedder: Embedder | None = None,
        store: Store | None = None,
    ) -> None:
        self.settings = get_settings(settings)
        self.data_dir = Path(self.settings.data_dir).expanduser()
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise storage_error(exc, self.data_dir) from exc
        self.catalog = Catalog(self.data_dir / "catalog.sqlite3")
        self.embedder = embedder or get_embedder(self.settings)
        self.lexical = LexicalIndex(self.data_dir / "bm25")
        self._store = store
        self._lock = threading.RLock()
        self.batch_chunks = BATCH_CHUNKS
        # Queries must not wait for this process's own ingest, which holds _lock throughout.
        self._refresh_lock = threading.Lock()
        self._writing = False
        # Chunks and vector-cache keys made while another process held the writer lock.
        self._chunk_memo: dict[str, tuple[Article, list[Chunk]]] = {}
        self._ahead_hashes: set[str] = set()
        # The catalog version this process's views (store, BM25, caches) reflect.
        self._seen_version = self.catalog.version()
        self._lexical_checked: str | None = None  # catalog version of the last BM25 check
        self._mirror: VectorMirror | None = None

    @property
    def store(self) -> Store:
        """The vector store, opened on first use so listing works without Chroma."""
        if self._store is None:
            with self._lock:  # concurrent first use would open two clients
                if self._store is None:
                    self._store = self._open_store()
        return self._store

    def _open_store(self, recreate: bool = False) -> Store:
        try:
            return self._open_chroma(recreate)
        except StoreError as exc:
            problem = disk_problem(exc, self.data_dir)
            if self.settings.chroma_url or not (problem or self.catalog.read_only):
                raise
            # Embedded Chroma writes as it opens, so a read-only or full data directory cannot
            # open it; search then runs on BM25, scored with the cached vectors.
            problem = problem or storage_error(exc, self.data_dir)
            log.warning("Searching by keyword only. %s", problem)
            return _KeywordOnlyStore(problem)

    def _open_chroma(self, recreate: bool) -> ChromaStore:
        s = self.settings
        store = ChromaStore(
            path=None if s.chroma_url else str(self.data_dir / "chroma"),
            url=s.chroma_url,
            collection=s.collection,
            embedder_name=self.embedder.name,
            embedder_kind=s.embedder,
            dim=self.embedder.dim,
            ef_search=s.ef_search,
            ef_construction=s.ef_construction,
            recreate=recreate,
        )
        return store

    # -- writing --------------------------------------------------------------------------
    @contextmanager
    def _writer(self, ahead: Iterator[None] | None = None):  # type: ignore[no-untyped-def]
        """One writer per data directory: Chroma's embedded store is not process-safe.

        ``ahead`` is work worth doing while another process writes (one step per ``next``).
        """
        if self.catalog.read_only:
            raise self.catalog.write_problem or storage_error(
                PermissionError(errno.EROFS, "read-only"), self.data_dir
            )
        with self._lock:
            try:
                fh = open(self.data_dir / ".writer.lock", "w")  # noqa: SIM115
            except OSError as exc:
                raise storage_error(exc, self.data_dir) from exc
            try:
                self._take_writer_lock(fh, ahead)
                # Catch up with the last writer first; from here on every change is our own.
                self.refresh()
                self._writing = True
                try:
                    yield
                except OSError as exc:  # BM25 files, lock file: the disk filled or went away
                    problem = disk_problem(exc, self.data_dir)
                    if problem is None:
                        raise
                    raise problem from exc
                finally:
                    self._writing = False
                    self._seen_version = self.catalog.version()
            finally:
                fh.close()

    def _take_writer_lock(self, fh: Any, ahead: Iterator[None] | None = None) -> None:
        """Wait up to ``writer_wait`` seconds for another process's write, so that two app
        processes ingesting at once both get their articles in, one after the other.

        Meanwhile the steps of ``ahead`` run (embedding into the shared cache), and the wait
        is counted from when they are done.
        """
        wait = self.settings.writer_wait
        deadline: float | None = None  # set once there is nothing left to do but wait
        told = False
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                pass
            if wait and not told:
                log.warning(
                    "Another newsrag process is writing to %s; waiting up to %g s for it "
                    "(RAG_WRITER_WAIT).",
                    self.data_dir,
                    wait,
                )
                told = True
            if ahead is not None and wait:
                try:
                    next(ahead)
                    continue
                except StopIteration:
                    pass
                except RagError as err:  # only a head start: the write does it all anyway
                    log.warning("embedding ahead stopped: %s", err)
                ahead = None
            if deadline is None:
                deadline = time.monotonic() + wait
            if time.monotonic() >= deadline:
                waited = f" (waited {wait:g} s)" if wait else ""
                raise StoreError(
                    f"Another newsrag process is writing to {self.data_dir}{waited}; wait "
                    "for it to finish, or point RAG_DATA_DIR elsewhere."
                )
            time.sleep(0.1)

    def ingest(
        self,
        paths: Sequence[str | Path],
        *,
        progress: bool | Progress | None = None,
        resume: bool = True,
        allow_private: bool = True,
    ) -> IngestReport:
        """Read, chunk, embed and index articles; safe to repeat and to interrupt.

        Args:
            paths: files or directories of .txt/.md/.html/.json/.jsonl articles, or
                http(s) URLs of article pages and RSS/Atom feeds.
            progress: True for a terminal progress bar, or a callback(done, total, label).
            resume: also finish articles an interrupted ingest left, after these files.
            allow_private: URLs may point at loopback/private addresses (False for URLs that
                a remote caller sent).
        """
        report = IngestReport()
        articles: list[Article] = []
        seen: set[str] = set()
        # page and feed URLs: rag/web.py
        web = read_web(paths, self.settings, allow_private=allow_private)
        files = [p for p in paths if not is_url(p)]
        for item in chain(iter_files(files), [web.items]):
            if isinstance(item, FileProblem):
                report.problems.append(item)
                continue
            for got in read_file(item) if isinstance(item, Path) else item:
                if isinstance(got, FileProblem):
                    report.problems.append(got)
                elif got.id in seen:
                    report.problems.append(
                        FileProblem(
                            got.source,
                            f"repeats article {got.id} given earlier in this ingest; kept one copy",
                        )
                    )
                else:
                    seen.add(got.id)
                    articles.append(got)
        try:
            ahead = self._embed_ahead(articles) if self._embeds_alongside() else None
            with self._writer(ahead):
                # Syndicated copies of an indexed story are recorded, not embedded again
                # (rag/dedupe.py).
                articles = stories(self.data_dir).fold(
                    articles, report.problems, self.catalog.complete_ids()
                )
                self._ingest_articles(articles, report, progress, resume)
        finally:
            self._chunk_memo.clear()
            self._ahead_hashes.clear()
        web.commit()  # feed items count as seen only once they are indexed
        return report

    def _embeds_alongside(self) -> bool:
        """Whether embedding while another process ingests adds throughput: not when a local
        embedder already uses every core (the two would only slow each other down)."""
        threads = getattr(self.embedder, "threads", None)
        return threads is None or threads < (os.cpu_count() or 1)

    def _embed_ahead(self, articles: Sequence[Article]) -> Iterator[None]:
        """Embed new articles' chunks into the shared vector cache, one batch per step.

        Runs only while another process holds the writer lock, so two processes ingesting
        at once embed side by side and only the (short) writes take turns.
        """
        model = self.embedder.name
        limit = self.settings.max_chunks_per_article
        per_chunk = 5 * max(self.settings.chunk_tokens - self.settings.chunk_overlap, 16)
        for art in articles:
            if self.catalog.status(art.id) == "complete" or len(art.text) // per_chunk > limit:
                continue
            chunks = chunk_for(art, self.settings)
            self._chunk_memo[art.id] = (art, chunks)
            yield
            if len(chunks) > limit:
                continue
            for b in range(0, len(chunks), self.batch_chunks):
                texts = {text_hash(c.text): c.text for c in chunks[b : b + self.batch_chunks]}
                have = self.catalog.cached_vectors(model, list(texts))
                missing = [h for h in texts if h not in have]
                if missing:
                    vectors = self.embedder.embed([texts[h] for h in missing])
                    self.catalog.cache_vectors(model, list(zip(missing, vectors, strict=True)))
                    self._ahead_hashes.update(missing)
                yield

    def ingest_articles(
        self, articles: Sequence[Article], progress: bool | Progress | None = None
    ) -> IngestReport:
        """Index already-built Article objects (for scripts and benchmarks)."""
        report = IngestReport()
        with self._writer():
            self._ingest_articles(list(articles), report, progress)
        return report

    def _ingest_articles(
        self,
        articles: list[Article],
        report: IngestReport,
        progress: bool | Progress | None,
        resume_pending: bool = True,
    ) -> None:
        cat = self.catalog
        limit = self.settings.max_chunks_per_article
        fresh: list[_Job] = []
        for art in articles:
            status = cat.status(art.id)
            row = {"id": art.id, "title": art.title, "source": art.source}
            if status == "complete":
                report.unchanged.append(row | {"chunks": len(cat.article_chunks(art.id))})
                continue
            # About 5 characters per token, and each chunk adds target minus overlap tokens.
            per_chunk = 5 * max(self.settings.chunk_tokens - self.settings.chunk_overlap, 16)
            rough = len(art.text) // per_chunk
            if rough > 2 * limit:  # clearly too long: say so before spending a minute chunking
                report.problems.append(_too_long(art, rough, limit, about=True))
                continue
            chunks = self._chunk(art)
            if len(chunks) > limit:
                report.problems.append(_too_long(art, len(chunks), limit, about=False))
                continue
            # Older versions of the same source are replaced once the new one is complete.
            old = [i for i in cat.ids_for_source(art.source) if i != art.id] if art.source else []
            start = 0
            if status == "pending" and _same(cat.pending_chunks(art.id), chunks):
                start = cat.stored_count(art.id)
            fresh.append(_Job(art, chunks, old, start, begin=start == 0))
        # Articles an interrupted ingest left pending go after the files asked for now, so a
        # big unfinished one never holds those up.
        given = {j.article.id for j in fresh}
        resume: list[_Job] = []
        for pid in cat.pending_ids():
            pending = cat.article(pid)
            if pid in given or pending is None:
                continue
            if not resume_pending:
                report.waiting.append(pid)
                continue
            complete = cat.complete_ids()
            old = [i for i in cat.ids_for_source(pending.source) if i in complete and i != pid]
            chunks = cat.pending_chunks(pid)
            if not chunks:  # recorded without chunks: chunk it again
                resume.append(_Job(pending, self._chunk(pending), old, 0, begin=True))
            else:
                resume.append(_Job(pending, chunks, old, cat.stored_count(pid), begin=False))
        total = sum(len(j.chunks) - j.start for j in fresh + resume)
        tick = _progress(progress, total)
        done = self._run_jobs(fresh, report, tick, 0, total)
        if resume:
            if fresh:  # the new articles are searchable before the resumed work starts
                self.rebuild_lexical()
            for j in resume:
                report.resumed.append(
                    {
                        "id": j.article.id,
                        "title": j.article.title,
                        "chunks": len(j.chunks),
                        "stored_before": j.start,
                    }
                )
            titles = "; ".join(j.article.title[:60] for j in resume[:3])
            more = f" and {len(resume) - 3} more" if len(resume) > 3 else ""
            tick(
                done,
                total,
                f"Resuming {len(resume)} article(s) an interrupted ingest left unfinished, after "
                f"the new files: {titles}{more}",
                False,
                True,
            )
            done = self._run_jobs(resume, report, tick, done, total)
        tick(done, total, "done", True)
        if fresh or resume or self.lexical.stored_version() != cat.version():
            self.rebuild_lexical()
        if fresh or resume:
            self._warm_mirror()

    def _chunk(self, art: Article) -> list[Chunk]:
        memo = self._chunk_memo.pop(art.id, None)  # chunked while waiting for the lock
        return memo[1] if memo is not None and memo[0] is art else chunk_for(art, self.settings)

    def _run_jobs(
        self,
        jobs: list[_Job],
        report: IngestReport,
        tick: Callable[..., None],
        done: int,
        total: int,
    ) -> int:
        """Embed and store ``jobs`` in batches of about ``batch_chunks`` chunks, each committed."""
        batch: list[_Segment] = []
        size = 0
        for job in jobs:
            if job.begin:
                attrs = extract_attributions(
                    job.article.text, article_id=job.article.id, outlet=job.article.outlet
                )
                self.catalog.begin_article(job.article, job.chunks, attrs)
            lo = job.start
            while True:
                hi = min(len(job.chunks), lo + max(self.batch_chunks - size, 1))
                batch.append(_Segment(job, lo, hi))
                size += hi - lo
                lo = hi
                if size >= self.batch_chunks:
                    done = self._flush(batch, report, tick, done, total)
                    batch, size = [], 0
                if lo >= len(job.chunks):
                    break
        if batch:
            done = self._flush(batch, report, tick, done, total)
        return done

    def _flush(
        self,
        batch: list[_Segment],
        report: IngestReport,
        tick: Callable[..., None],
        done: int,
        total: int,
    ) -> int:
        """One embed call and one store write for the batch, then its progress is recorded."""
        cat = self.catalog
        chunks = [c for seg in batch for c in seg.job.chunks[seg.lo : seg.hi]]
        vectors = self._vectors(chunks, report)
        # Vectors left by an interrupted run of a restarted article go first; then one upsert,
        # because Chroma's per-call overhead dwarfs the per-chunk cost.
        stale = [seg.job.article.id for seg in batch if seg.job.begin and seg.lo == 0]
        if stale:
            self.store.delete_articles(stale)
        if chunks:
            self.store.add(chunks, vectors)
        for seg in batch:
            art, job = seg.job.article, seg.job
            if seg.hi < len(job.chunks):
                cat.mark_stored(art.id, seg.hi)  # a kill from here on resumes after this batch
                continue
            cat.complete_article(art.id)
            row = {
                "id": art.id,
                "title": art.title,
                "source": art.source,
                "chunks": len(job.chunks),
            }
            if job.old:
                self.store.delete_articles(job.old)
                for old_id in job.old:
                    cat.delete_article(old_id)
            (report.replaced if job.old else report.added).append(row)
        done += len(chunks)
        tick(done, total, batch[-1].job.article.title[:40], False)
        return done

    def _vectors(self, chunks: list[Chunk], report: IngestReport) -> list[list[float]]:
        """Vectors for chunks, from the cache when this exact text was embedded before."""
        model = self.embedder.name
        hashes = [text_hash(c.text) for c in chunks]
        cached = self.catalog.cached_vectors(model, hashes)
        missing = sorted({h for h in hashes if h not in cached})
        if missing:
            by_hash = {text_hash(c.text): c.text for c in chunks}
            fresh = self.embedder.embed([by_hash[h] for h in missing])
            self.catalog.cache_vectors(model, list(zip(missing, fresh, strict=True)))
            cached.update(zip(missing, fresh, strict=True))
        # Chunks this call embedded while waiting for the lock count as embedded, not cached.
        ahead = sum(1 for h in set(hashes) if h in self._ahead_hashes)
        self._ahead_hashes.difference_update(hashes)
        report.chunks_embedded += len(missing) + ahead
        report.chunks_from_cache += len(chunks) - len(missing) - ahead
        return [cached[h] for h in hashes]

    def rebuild_lexical(self) -> None:
        """Rebuild the BM25 index from the catalog's complete chunks."""
        ids, texts = self.catalog.all_chunk_texts()
        self.lexical.build(ids, texts, self.catalog.version() or "0")

    def remove(self, article_id: str) -> str:
        """Remove one article (a unique id prefix is enough); returns the full id."""
        matches = self.catalog.find_article_ids(article_id.strip()) if article_id.strip() else []
        if not matches:
            raise InputError(f"No article with id {article_id!r}; run `newsrag list` to see ids.")
        if len(matches) > 1:
            raise InputError(
                f"Id prefix {article_id!r} matches {len(matches)} articles; give more characters."
            )
        with self._writer():
            self.store.delete_articles([matches[0]])
            self.catalog.delete_article(matches[0])
            self.rebuild_lexical()
        return matches[0]

    def reindex(self, progress: bool | Progress | None = None) -> IngestReport:
        """Drop the vectors and re-embed every article with the configured embedder."""
        report = IngestReport()
        with self._writer():
            self._store = self._open_store(recreate=True)
            ids = sorted(self.catalog.complete_ids())
            # Back to pending until re-embedded; the recorded chunks are reused.
            self.catalog.mark_pending(ids)
            jobs = []
            for aid in ids:
                art = self.catalog.article(aid)
                if art is not None:
                    chunks = self.catalog.pending_chunks(aid)
                    jobs.append(_Job(art, chunks or self._chunk(art), [], 0, begin=not chunks))
            total = sum(len(j.chunks) for j in jobs)
            tick = _progress(progress, total)
            done = self._run_jobs(jobs, report, tick, 0, total)
            tick(done, total, "done", True)
            self.rebuild_lexical()
        return report

    # -- reading ---------------------------------------------------------------------------
    def refresh(self, version: str | None = None) -> bool:
        """Reload what another process changed (vector store view, caches); cheap otherwise.

        Costs one SQLite read when nothing changed (none when the caller read ``version``);
        True if the views were reloaded.
        """
        if version is None:
            version = self.catalog.version()
        if version == self._seen_version:
            return False
        with self._refresh_lock:
            if version == self._seen_version:
                return False
            if self._writing:
                # Our own ingest made the change, and our views already show it.
                self._seen_version = version
                return False
            log.info("catalog changed (%s -> %s); reloading", self._seen_version, version)
            self.catalog.forget_cached()
            reopen = getattr(self._store, "reopen", None)
            if reopen is not None:
                reopen()
            self._seen_version = version
            return True

    def ensure_lexical(self) -> str:
        """Bring this process up to date before a query: catalog views, vectors and BM25.

        Returns the catalog version it checked (one SQLite read per query serves every check).
        """
        version = self.catalog.version()
        self.refresh(version)
        if version == self._lexical_checked and self.lexical.loaded_version() == version:
            return version  # nothing changed since the last query: skip the file reads
        stale = self.lexical.stored_version() != version
        if stale and not self._writing and not self.catalog.read_only:
            # An interrupted ingest left BM25 behind; rebuild it unless a writer is at work
            # (it rebuilds when done, and two builders would race on the same folder).
            self._rebuild_lexical_if_idle()
        self.lexical.load()
        self._lexical_checked = version
        return version

    @property
    def mirror(self) -> VectorMirror | None:
        """The in-process vector mirror, once a query has started it (None before)."""
        return self._mirror

    def nearest(
        self,
        vector: Sequence[float],
        n: int,
        filters: dict[str, Any] | None,
        allowed: set[str] | None,
        version: str,
    ) -> list[tuple[str, float]]:
        """The n chunks nearest to a query vector, as (id, cosine), best first.

        Served by the in-process mirror when it holds every complete chunk's vector (no Chroma
        call: about 0.5 ms against 2.2 ms at 10k chunks, bench/mirror.py), else by the store. ``allowed`` is the
        filters' chunk ids (None = no filter); ``version`` the catalog version just read.
        """
        store = self.store
        if self.settings.vector_mirror and isinstance(store, ChromaStore):
            mirror = self._open_mirror()
            hits = mirror.search(np.asarray(vector, dtype=np.float32), n, allowed, version)
            if hits is not None:
                return hits
        return store.query(vector, n, chroma_where(filters))

    def _open_mirror(self) -> VectorMirror:
        mirror = self._mirror
        if mirror is None:
            s = self.settings
            limit_blas_threads(s.blas_threads)
            mirror = self._mirror = VectorMirror(
                self.catalog,
                self.embedder.name,
                text_hash,
                exact_limit=s.mirror_exact_limit,
                nprobe=s.mirror_nprobe,
                save_dir=self.data_dir / "mirror",
            )
        return mirror

    def _warm_mirror(self) -> None:
        """Train the mirror's lists at the end of an ingest that outgrew them, so the first
        question after it does not wait for that (6.5 s at 100k chunks on 2 cores)."""
        if not self.settings.vector_mirror or not isinstance(self.store, ChromaStore):
            return
        mirror = self._open_mirror()
        try:
            chunks = self.store.count()
            if mirror.stale_lists(chunks):
                log.info("training the vector mirror's lists for %d chunks", chunks)
                mirror.sync(self.catalog.version())
        except Exception as exc:  # the ingest is done; the first question trains instead
            log.warning("could not train the vector mirror's lists: %s", exc)

    def _rebuild_lexical_if_idle(self) -> None:
        if not self._lock.acquire(blocking=False):
            return
        try:
            with open(self.data_dir / ".writer.lock", "w") as fh:
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    return
                self.rebuild_lexical()
        except OSError as exc:
            # Read-only or full: answer from the BM25 index on disk, however old.
            log.warning("cannot rebuild the keyword index in %s: %s", self.data_dir, exc)
        finally:
            self._lock.release()

    def list_articles(self) -> list[dict[str, Any]]:
        """Indexed articles with their chunk counts."""
        return self.catalog.list_articles()

    def stats(self) -> dict[str, Any]:
        """Counts and backends, for status lines."""
        c = self.catalog.counts()
        return c | {
            "embedder": self.embedder.name,
            "store": self.settings.chroma_url or str(self.data_dir / "chroma"),
        }

    def close(self) -> None:
        """Release the catalog connection."""
        self.catalog.close()


def _progress(progress: bool | Progress | None, total: int) -> Callable[..., None]:
    """A tick(done, total, label, final, note) function for a callback, a tqdm bar, or nothing.

    A ``note`` label is a whole line worth showing on its own, not a bar caption.
    """
    if callable(progress):
        cb = progress

        def tick_cb(done: int, total: int, label: str, final: bool, note: bool = False) -> None:
            cb(done, total, label)

        return tick_cb
    show = sys.stderr.isatty() if progress is None else progress
    if not show or total == 0:
        return lambda *a: None
    from tqdm import tqdm

    bar = tqdm(
        total=total,
        unit="chunk",
        desc="ingest",
        file=sys.stderr,
        disable=os.environ.get("RAG_NO_PROGRESS") == "1",
    )

    def tick(done: int, total: int, label: str, final: bool, note: bool = False) -> None:
        if note:
            bar.write(label, file=sys.stderr)
        else:
            bar.n = done
            bar.set_postfix_str(label, refresh=False)
        bar.refresh()
        if final:
            bar.close()

    return tick


_OPEN: dict[tuple[str, str, str], Index] = {}
_OPEN_LOCK = threading.Lock()


@lru_cache(maxsize=64)
def _resolved(path: str) -> str:
    """An absolute data-dir path, resolved once per spelling (a per-query stat walk otherwise)."""
    return str(Path(path).expanduser().resolve())


def open_index(settings: Settings | None = None) -> Index:
    """The shared Index for these settings' data dir, store and embedder (one per process)."""
    s = get_settings(settings)
    key = (_resolved(str(s.data_dir)), s.chroma_url or "", s.embedder)
    with _OPEN_LOCK:
        idx = _OPEN.get(key)
        if idx is None:
            idx = _OPEN[key] = Index(s)
        else:
            idx.settings = s
        return idx


def close_all() -> None:
    """Forget shared indexes (tests switch data dirs)."""
    with _OPEN_LOCK:
        for idx in _OPEN.values():
            idx.close()
        _OPEN.clear()
