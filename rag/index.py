"""The Index ties catalog, vector store, BM25 and embedder together: ingest, remove, reindex."""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from rag.catalog import Catalog
from rag.chunk import chunk_for
from rag.dedupe import stories
from rag.embed import Embedder, get_embedder
from rag.errors import InputError, StoreError
from rag.ingest import FileProblem, iter_files, read_file
from rag.lexical import LexicalIndex
from rag.quotes import extract_attributions
from rag.settings import Settings, get_settings
from rag.store import ChromaStore, Store
from rag.types import Article, Chunk
from rag.web import is_url, read_web

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass
class IngestReport:
    """What one ingest call did, file by file."""

    added: list[dict[str, Any]] = field(default_factory=list)
    replaced: list[dict[str, Any]] = field(default_factory=list)
    unchanged: list[dict[str, Any]] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
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
        for a in self.added + self.replaced:
            lines.append(f"  + {a['id']}  {a['title']}  ({a['chunks']} chunks)")
        for p in self.problems:
            lines.append(f"  {'!' if p.skipped else '~'} {p}")
        return "\n".join(lines)


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
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.catalog = Catalog(self.data_dir / "catalog.sqlite3")
        self.embedder = embedder or get_embedder(self.settings)
        self.lexical = LexicalIndex(self.data_dir / "bm25")
        self._store = store
        self._lock = threading.RLock()

    @property
    def store(self) -> Store:
        """The vector store, opened on first use so listing works without Chroma."""
        if self._store is None:
            with self._lock:  # concurrent first use would open two clients
                if self._store is None:
                    self._store = self._open_store()
        return self._store

    def _open_store(self, recreate: bool = False) -> ChromaStore:
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
    def _writer(self):  # type: ignore[no-untyped-def]
        """One writer per data directory: Chroma's embedded store is not process-safe."""
        with self._lock:
            fh = open(self.data_dir / ".writer.lock", "w")  # noqa: SIM115
            try:
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError as exc:
                    raise StoreError(
                        f"Another newsrag process is writing to {self.data_dir}; wait for it to "
                        "finish, or point RAG_DATA_DIR elsewhere."
                    ) from exc
                yield
            finally:
                fh.close()

    def ingest(
        self,
        paths: Sequence[str | Path],
        *,
        progress: bool | Progress | None = None,
    ) -> IngestReport:
        """Read, chunk, embed and index articles; safe to repeat and to interrupt.

        Args:
            paths: files or directories of .txt/.md/.html/.json/.jsonl articles, or
                http(s) URLs of article pages and RSS/Atom feeds.
            progress: True for a terminal progress bar, or a callback(done, total, label).
        """
        report = IngestReport()
        articles: list[Article] = []
        seen: set[str] = set()
        web = read_web(paths, self.settings)  # page and feed URLs: rag/web.py
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
        with self._writer():
            # Syndicated copies of an indexed story are recorded, not embedded again (rag/dedupe.py).
            articles = stories(self.data_dir).fold(
                articles, report.problems, self.catalog.complete_ids()
            )
            self._ingest_articles(articles, report, progress)
        web.commit()  # feed items count as seen only once they are indexed
        return report

    def ingest_articles(
        self, articles: Sequence[Article], progress: bool | Progress | None = None
    ) -> IngestReport:
        """Index already-built Article objects (for scripts and benchmarks)."""
        report = IngestReport()
        with self._writer():
            self._ingest_articles(list(articles), report, progress)
        return report

    def _ingest_articles(
        self, articles: list[Article], report: IngestReport, progress: bool | Progress | None
    ) -> None:
        cat = self.catalog
        todo: list[tuple[Article, list[Chunk], list[str]]] = []
        for art in articles:
            status = cat.status(art.id)
            row = {"id": art.id, "title": art.title, "source": art.source}
            if status == "complete":
                report.unchanged.append(row | {"chunks": len(cat.article_chunks(art.id))})
                continue
            # Older versions of the same source are replaced once the new one is complete.
            old = [i for i in cat.ids_for_source(art.source) if i != art.id] if art.source else []
            todo.append((art, self._chunk(art), old))
        # Articles left pending by an interrupted ingest are finished first.
        for pid in cat.pending_ids():
            if any(a.id == pid for a, _, _ in todo):
                continue
            pending = cat.article(pid)
            if pending is not None:
                todo.insert(0, (pending, self._chunk(pending), []))
        total = sum(len(ch) for _, ch, _ in todo)
        tick = _progress(progress, total)
        done = 0
        batch: list[tuple[Article, list[Chunk], list[str]]] = []
        for item in todo:
            batch.append(item)
            if sum(len(c) for _, c, _ in batch) >= 64:
                done = self._flush(batch, report, tick, done, total)
                batch = []
        if batch:
            done = self._flush(batch, report, tick, done, total)
        tick(done, total, "done", True)
        if todo or self.lexical.stored_version() != cat.version():
            self.rebuild_lexical()

    def _chunk(self, art: Article) -> list[Chunk]:
        return chunk_for(art, self.settings)

    def _flush(
        self,
        batch: list[tuple[Article, list[Chunk], list[str]]],
        report: IngestReport,
        tick: Callable[..., None],
        done: int,
        total: int,
    ) -> int:
        cat = self.catalog
        for art, chunks, _ in batch:
            cat.begin_article(art, chunks, extract_attributions(art.text, article_id=art.id))
        all_chunks = [c for _, chunks, _ in batch for c in chunks]
        vectors = self._vectors(all_chunks, report)
        # Stale vectors from an interrupted run go first; then one upsert for the whole batch,
        # because Chroma's per-call overhead dwarfs the per-chunk cost.
        self.store.delete_articles([art.id for art, _, _ in batch])
        if all_chunks:
            self.store.add(all_chunks, vectors)
        for art, chunks, old in batch:
            cat.complete_article(art.id)
            row = {"id": art.id, "title": art.title, "source": art.source, "chunks": len(chunks)}
            if old:
                self.store.delete_articles(old)
                for old_id in old:
                    cat.delete_article(old_id)
            (report.replaced if old else report.added).append(row)
            done += len(chunks)
            tick(done, total, art.title[:40], False)
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
        report.chunks_embedded += len(missing)
        report.chunks_from_cache += len(chunks) - len(missing)
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
            arts = [a for a in (self.catalog.article(i) for i in ids) if a is not None]
            for a in arts:
                self.catalog.begin_article(a, [], [])  # back to pending until re-embedded
            self._ingest_articles([], report, progress)
        return report

    # -- reading ---------------------------------------------------------------------------
    def ensure_lexical(self) -> None:
        """Load the BM25 index, rebuilding it if an interrupted ingest left it stale."""
        if self.lexical.stored_version() != self.catalog.version():
            with self._lock:
                self.rebuild_lexical()
        self.lexical.load()

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
    """A tick(done, total, label, final) function for a callback, a tqdm bar, or nothing."""
    if callable(progress):
        cb = progress

        def tick_cb(done: int, total: int, label: str, final: bool) -> None:
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

    def tick(done: int, total: int, label: str, final: bool) -> None:
        bar.n = done
        bar.set_postfix_str(label, refresh=False)
        bar.refresh()
        if final:
            bar.close()

    return tick


_OPEN: dict[tuple[str, str, str], Index] = {}
_OPEN_LOCK = threading.Lock()


def open_index(settings: Settings | None = None) -> Index:
    """The shared Index for these settings' data dir, store and embedder (one per process)."""
    s = get_settings(settings)
    key = (str(Path(s.data_dir).expanduser().resolve()), s.chroma_url or "", s.embedder)
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
