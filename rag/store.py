"""The vector store: a small interface and its Chroma implementation (the only chromadb import)."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any, Protocol, TypeVar
from urllib.parse import urlparse

# chromadb's telemetry is off: rag/__init__ (imported before this module) set the defaults.
import chromadb  # noqa: E402
from chromadb.api.shared_system_client import SharedSystemClient  # noqa: E402
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings  # noqa: E402
from chromadb.config import Settings as ChromaSettings  # noqa: E402
from chromadb.errors import NotFoundError  # noqa: E402
from chromadb.utils.embedding_functions import register_embedding_function  # noqa: E402

from rag.errors import EmbeddingMismatchError, StoreError, StoreUnavailableError
from rag.types import Chunk

log = logging.getLogger(__name__)
T = TypeVar("T")

# After a dropped connection or a stale collection handle: reconnect and retry at most this
# often per call, so a restarted server is used at once while a down one fails fast.
RECONNECT_TRIES = 2
RECONNECT_PAUSE_S = 0.2
# Chroma's HTTP client waits forever by default; a hung server must not hang every query.
HTTP_TIMEOUT_S = 60.0


class Store(Protocol):
    """Holds chunk vectors and answers nearest-neighbour queries."""

    def add(self, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]]) -> None:
        """Insert or replace chunks with their vectors."""
        ...

    def delete_articles(self, article_ids: Sequence[str]) -> None:
        """Remove every chunk of these articles."""
        ...

    def query(
        self, vector: Sequence[float], k: int, where: dict[str, Any] | None = None
    ) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity) of the ``k`` nearest chunks."""
        ...

    def count(self) -> int:
        """Number of stored chunks."""
        ...

    def reset(self) -> None:
        """Drop all vectors (before a re-index with another model)."""
        ...

    def reopen(self) -> None:
        """Show writes made by other processes since this store was opened."""
        ...


@register_embedding_function
class NewsragEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma-side handle on our embedder, so a collection reopens by name without a download."""

    def __init__(self, embedder: str = "minilm", model: str = "") -> None:
        self.embedder = embedder
        self.model = model

    def __call__(self, input: Documents) -> Embeddings:
        import numpy as np

        from rag.embed import get_embedder
        from rag.settings import Settings

        emb = get_embedder(
            Settings.model_validate(
                {"embedder": self.embedder, "embed_model": self.model or "text-embedding-3-small"}
            )
        )
        return [np.asarray(v, dtype=np.float32) for v in emb.embed(list(input))]

    @staticmethod
    def name() -> str:
        return "newsrag"

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"

    def supported_spaces(self) -> list[str]:  # type: ignore[override]
        return ["cosine"]

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> NewsragEmbeddingFunction:
        return NewsragEmbeddingFunction(config.get("embedder", "minilm"), config.get("model", ""))

    def get_config(self) -> dict[str, Any]:
        # No paths or secrets: the collection must reopen on any machine.
        return {"embedder": self.embedder, "model": self.model}


def published_number(d: date | None) -> int:
    """Dates as yyyymmdd integers, because Chroma filters compare numbers only."""
    return d.year * 10000 + d.month * 100 + d.day if d else 0


def chroma_where(filters: dict[str, Any] | None) -> dict[str, Any] | None:
    """Translate newsrag filters (outlet, article_id, published_from/to) to a Chroma ``where``."""
    if not filters:
        return None
    clauses: list[dict[str, Any]] = []
    for key in ("outlet", "article_id"):
        val = filters.get(key)
        if val:
            vals = [val] if isinstance(val, str) else list(val)
            clauses.append({key: vals[0]} if len(vals) == 1 else {key: {"$in": vals}})
    if filters.get("published_from"):
        clauses.append({"published": {"$gte": published_number(filters["published_from"])}})
    if filters.get("published_to"):
        clauses.append({"published": {"$lte": published_number(filters["published_to"])}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


class _ReadWriteLock:
    """Many queries at once, or one reopen with no query in flight (writers go first)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False

    @contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writer)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if not self._readers:
                    self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writer)
            self._writer = True
            self._cond.wait_for(lambda: self._readers == 0)
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


class ChromaStore:
    """Chunks in a Chroma collection, embedded (PersistentClient) or on a server (HttpClient)."""

    def __init__(
        self,
        *,
        path: str | None = None,
        url: str | None = None,
        collection: str = "articles",
        embedder_name: str,
        embedder_kind: str = "minilm",
        dim: int,
        ef_search: int = 256,
        ef_construction: int = 200,
        recreate: bool = False,
    ) -> None:
        self.url = url
        self.name = collection
        self.embedder_name = embedder_name
        self.embedder_kind = embedder_kind
        self.dim = dim
        self.hnsw = {
            "space": "cosine",
            "ef_search": ef_search,
            "ef_construction": ef_construction,
            "max_neighbors": 32,
        }
        self.path = path or "."
        self._rw = _ReadWriteLock()
        # Bumped by every reconnect, so threads that failed together reconnect only once.
        self._generation = 0
        self.client: Any = self._connect()
        if recreate:
            self._drop()
        self._collection = self._open()

    def _connect(self) -> Any:
        settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        try:
            if self.url:
                u = urlparse(self.url if "://" in self.url else f"http://{self.url}")
                client = chromadb.HttpClient(
                    host=u.hostname or "127.0.0.1",
                    port=u.port or (443 if u.scheme == "https" else 8000),
                    ssl=u.scheme == "https",
                    settings=settings,
                )
                session = getattr(getattr(client, "_server", None), "_session", None)
                if session is not None:
                    session.timeout = HTTP_TIMEOUT_S
                client.heartbeat()
                return client
            return chromadb.PersistentClient(path=self.path, settings=settings)
        except Exception as exc:
            raise self._unavailable(exc) from exc

    def reopen(self) -> None:
        """Show other processes' writes: an embedded client never rereads what it loaded.

        A server already shows every write; its collection is looked up again only because
        another process may have recreated it (``newsrag reindex``).
        """
        with self._rw.write():
            if not self.url:
                # Chroma shares one System per path in a process and would hand back the stale
                # one; forget it so the next client loads the store from disk. The old System is
                # freed once nothing refers to it (checked: RSS flat over 30 reopens).
                ident = getattr(self.client, "_identifier", None)
                with SharedSystemClient._refcount_lock:
                    SharedSystemClient._identifier_to_system.pop(ident, None)  # type: ignore[arg-type]
                    SharedSystemClient._identifier_to_refcount.pop(ident, None)  # type: ignore[arg-type]
                self.client = self._connect()
            self._collection = self._open()

    def _call(self, op: Callable[[Any], T]) -> T:
        """Run ``op(collection)``; on a server, reconnect and retry after a dropped connection.

        A restarted Chroma server is used again by the next call; while it is down each call
        fails at once with StoreUnavailableError. Every operation retried here is idempotent
        (query, count, get, upsert, delete).
        """
        for attempt in range(RECONNECT_TRIES + 1):
            with self._rw.read():
                col, generation = self._collection, self._generation
                try:
                    return op(col)
                except Exception as exc:
                    failure = exc
            if not self.url or not _reconnectable(failure) or attempt == RECONNECT_TRIES:
                break
            if attempt:
                time.sleep(RECONNECT_PAUSE_S)
            try:
                self._reconnect(generation)
            except StoreUnavailableError:
                break  # the server is still down: say so now instead of waiting
        raise self._unavailable(failure) from failure

    def _reconnect(self, generation: int) -> None:
        """A new HTTP client and collection handle, unless another thread just made them."""
        # Ask first on the old client, whose requests time out: building a new one makes
        # requests without a timeout, and must not hang behind the write lock.
        for attempt in range(2):  # the first may meet a pooled connection the restart closed
            try:
                self.client.heartbeat()
                break
            except Exception as exc:
                if attempt or _timed_out(exc):
                    raise self._unavailable(exc) from exc
        with self._rw.write():
            if generation != self._generation:
                return
            old = self.client
            self.client = self._connect()
            self._collection = self._open()
            self._generation += 1
            # Each HttpClient owns its System and connection pool; free the old one.
            ident = getattr(old, "_identifier", None)
            with SharedSystemClient._refcount_lock:
                SharedSystemClient._identifier_to_system.pop(ident, None)  # type: ignore[arg-type]
                SharedSystemClient._identifier_to_refcount.pop(ident, None)  # type: ignore[arg-type]
            with contextlib.suppress(Exception):
                old._server._session.close()
        log.info("reconnected to the Chroma server at %s", self.url)

    def _unavailable(self, exc: Exception) -> StoreError:
        if self.url:
            return StoreUnavailableError(
                f"Cannot reach the Chroma server at {self.url} ({type(exc).__name__}). "
                "Start it with `chroma run --path DIR --host 127.0.0.1 --port 8000`, "
                "or unset RAG_CHROMA_URL to use the embedded store."
            )
        return StoreError(f"Cannot open the embedded Chroma store: {exc}")

    def _open(self) -> Any:
        try:
            for attempt in range(2):
                try:
                    col = self.client.get_collection(self.name)
                except Exception as exc:
                    if not _is_not_found(exc):
                        raise
                    col = None
                if col is not None:
                    meta = col.metadata or {}
                    built_with = meta.get("embedding_model")
                    if built_with and built_with != self.embedder_name:
                        raise EmbeddingMismatchError(
                            f"The index was built with the embedding model {built_with!r}, but "
                            f"the settings select {self.embedder_name!r}. Run `newsrag reindex` "
                            "to re-embed every article with the new model, or switch "
                            "RAG_EMBEDDER back."
                        )
                    self._apply_ef_search(col)
                    return col
                try:
                    return self.client.create_collection(
                        self.name,
                        embedding_function=NewsragEmbeddingFunction(self.embedder_kind, ""),
                        metadata={"embedding_model": self.embedder_name, "dim": self.dim},
                        configuration={"hnsw": self.hnsw},
                    )
                except Exception as exc:
                    # Another process created it since we looked (two apps starting on a
                    # fresh server): open theirs.
                    if attempt or "already exists" not in str(exc):
                        raise
            raise AssertionError("unreachable")  # pragma: no cover
        except StoreError:
            raise
        except Exception as exc:
            raise self._unavailable(exc) from exc

    def _apply_ef_search(self, col: Any) -> None:
        """Give an existing collection the configured ef_search (the one setting Chroma lets
        change after creation), so RAG_EF_SEARCH works without a reindex."""
        want = self.hnsw["ef_search"]
        try:
            have = (col.configuration or {}).get("hnsw", {}).get("ef_search")
            if have is not None and have != want:
                col.modify(configuration={"hnsw": {"ef_search": want}})
                log.info("HNSW ef_search %s -> %s", have, want)
        except Exception as exc:  # an old server or a read-only store: keep searching as built
            log.warning("could not set HNSW ef_search to %s: %s", want, exc)

    def add(self, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]]) -> None:
        """Upsert chunks in batches below Chroma's maximum batch size."""
        batch = 1000
        for b in range(0, len(chunks), batch):
            part = chunks[b : b + batch]
            kw: dict[str, Any] = {
                "ids": [c.id for c in part],
                "embeddings": [list(v) for v in vectors[b : b + batch]],
                "documents": [c.text for c in part],
                "metadatas": [
                    {
                        "article_id": c.article_id,
                        "index": c.index,
                        "outlet": c.outlet,
                        "title": c.title,
                        "published": published_number(c.published),
                        "start": c.start,
                        "end": c.end,
                    }
                    for c in part
                ],
            }
            self._call(lambda col: col.upsert(**kw))  # noqa: B023 (runs before kw changes)

    def delete_articles(self, article_ids: Sequence[str]) -> None:
        """Delete by metadata so partially written articles are cleaned too."""
        ids = list(article_ids)
        if not ids:
            return
        where = {"article_id": ids[0]} if len(ids) == 1 else {"article_id": {"$in": ids}}
        self._call(lambda col: col.delete(where=where))

    def query(
        self, vector: Sequence[float], k: int, where: dict[str, Any] | None = None
    ) -> list[tuple[str, float]]:
        """Nearest chunks by cosine similarity (1 - cosine distance)."""
        # Chroma 1.x caps n_results at the collection size itself; a count() first would
        # cost a second round trip per query.
        res = self._call(
            lambda col: col.query(
                query_embeddings=[list(vector)],
                n_results=k,
                where=where,
                include=["distances"],
            )
        )
        ids = res["ids"][0]
        dists = res["distances"][0]
        return [(i, 1.0 - float(d)) for i, d in zip(ids, dists, strict=True)]

    def count(self) -> int:
        """Number of stored chunks."""
        return int(self._call(lambda col: col.count()))

    def ids(self, article_id: str | None = None) -> set[str]:
        """Every stored chunk id (of one article if given)."""
        where = {"article_id": article_id} if article_id else None
        return set(self._call(lambda col: col.get(where=where, include=[]))["ids"])

    def reset(self) -> None:
        """Drop and recreate the collection for the current embedder."""
        self._drop()
        self._collection = self._open()

    def _drop(self) -> None:
        try:
            try:
                self.client.delete_collection(self.name)
            except Exception as exc:
                if not _is_not_found(exc):
                    raise
        except Exception as exc:
            raise self._unavailable(exc) from exc

    @property
    def collection(self) -> Any:
        """The underlying Chroma collection (for LangChain or direct use)."""
        return self._collection


def _reconnectable(exc: Exception) -> bool:
    """A dropped or refused connection, or a collection handle the server no longer knows."""
    if isinstance(exc, NotFoundError):
        return True
    # A server that answers too slowly is not helped by a new connection.
    return _httpx_error(exc, "TransportError") and not _timed_out(exc)


def _timed_out(exc: Exception) -> bool:
    return _httpx_error(exc, "TimeoutException")


def _httpx_error(exc: Exception, name: str) -> bool:
    """Whether ``exc`` is httpx's ``name`` error, by name: httpx belongs to rag/web.py."""
    return any(c.__name__ == name and c.__module__.startswith("httpx") for c in type(exc).__mro__)


def _is_not_found(exc: Exception) -> bool:
    text = f"{type(exc).__name__} {exc}".lower()
    return "notfound" in text or "does not exist" in text or "not found" in text
