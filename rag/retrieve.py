"""Hybrid retrieval: dense (Chroma) + BM25, fused by reciprocal rank, with per-article diversity."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import numpy as np

from rag.catalog import Catalog
from rag.chunk import article_of
from rag.errors import InputError
from rag.index import Index, open_index, text_hash
from rag.ingest import parse_date
from rag.limits import check_k, check_length
from rag.settings import Settings, get_settings
from rag.text import mentions, query_entities
from rag.types import Passage

# Candidates read from the catalog first, and the ones the relevance check looks at.
HEAD = 20


FILTER_KEYS = {"outlet", "article_id", "published_from", "published_to"}


def clean_filters(filters: dict[str, Any] | None) -> dict[str, Any]:
    """Validate filter keys and parse dates; unknown keys are an error, not silently ignored."""
    if not filters:
        return {}
    unknown = set(filters) - FILTER_KEYS
    if unknown:
        raise InputError(f"Unknown filter(s) {sorted(unknown)}; use {sorted(FILTER_KEYS)}.")
    out: dict[str, Any] = {}
    for key, val in filters.items():
        if val in (None, "", []):
            continue
        if key.startswith("published"):
            try:
                out[key] = parse_date(val)
            except ValueError as exc:
                raise InputError(f"Filter {key}: {exc}.") from exc
        else:
            out[key] = val
    return out


def allowed_chunks(catalog: Catalog, filters: dict[str, Any]) -> set[str] | None:
    """Chunk ids that pass the filters (None = no filter), for the BM25 side."""
    if not filters:
        return None
    rows = catalog.list_articles()
    keep = set()
    for r in rows:
        if r["status"] != "complete":
            continue
        if not _match(filters.get("outlet"), r["outlet"]):
            continue
        if not _match(filters.get("article_id"), r["id"]):
            continue
        pub = date.fromisoformat(r["published"]) if r["published"] else None
        if filters.get("published_from") and (pub is None or pub < filters["published_from"]):
            continue
        if filters.get("published_to") and (pub is None or pub > filters["published_to"]):
            continue
        keep.add(r["id"])
    return {c.id for a in keep for c in catalog.article_chunks(a)}


def _match(want: Any, have: str) -> bool:
    if not want:
        return True
    return have in ([want] if isinstance(want, str) else list(want))


def rrf(rankings: Sequence[Sequence[str]], k: int = 60) -> dict[str, float]:
    """Reciprocal-rank fusion: sum of 1/(k + rank) over the rankings an item appears in."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, 1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return scores


def retrieve(
    question: str,
    *,
    k: int | None = None,
    filters: dict[str, Any] | None = None,
    settings: Settings | dict[str, Any] | None = None,
    index: Index | None = None,
    floor: float | None = None,
    per_article: int | None = None,
) -> list[Passage]:
    """The ``k`` best passages for ``question``; empty when nothing clears the relevance floor.

    Args:
        question: the query text.
        k: passages to return (default ``settings.k``).
        filters: ``outlet``, ``article_id`` (str or list), ``published_from``/``published_to``.
        settings: Settings, a dict of overrides, or None for the environment.
        index: an open Index (default: the shared one for ``settings``).
        floor: cosine floor overriding ``settings.min_relevance``.
        per_article: cap per article overriding ``settings.per_article`` (0 = none).
    """
    s = get_settings(settings) if index is None else index.settings
    idx = index or open_index(s)
    k = check_k(s.k if k is None else k)
    floor = s.min_relevance if floor is None else floor
    flt = clean_filters(filters)
    question = question.strip()
    check_length(question, s.max_question_chars)
    if not question:
        return []
    version = idx.ensure_lexical()
    n = max(s.candidates, k * 4)
    allowed = allowed_chunks(idx.catalog, flt)
    vector = idx.embedder.embed([question])[0]
    qvec = np.asarray(vector, dtype=np.float32)
    dense = idx.nearest(vector, n, flt, allowed, version)
    lexical = idx.lexical.search(question, n, allowed)
    fused = rrf([[cid for cid, _ in dense], [cid for cid, _ in lexical]], s.rrf_k)
    dense_score = dict(dense)
    bm25_score = dict(lexical)
    # Complete articles only: half-ingested ones never show (the id names its article).
    complete = idx.catalog.complete_ids(version)
    order = sorted(fused, key=fused.__getitem__, reverse=True)
    # Only the head of the ranking is read from the catalog: the relevance check looks at the
    # first 20 and diversity rarely goes further; the rest is read only when it is needed.
    everything = not dense_score or s.mmr
    want = len(order) if everything else max(HEAD, 4 * k)
    head: list[str] = []
    pos = 0
    while pos < len(order) and len(head) < want:
        if article_of(order[pos]) in complete:
            head.append(order[pos])
        pos += 1

    def rest() -> list[str]:
        return [cid for cid in order[pos:] if article_of(cid) in complete]

    chunks = idx.catalog.chunks(head)
    if not dense_score:
        # No dense hit at all: BM25-only hits get a cosine (from the embedding cache) so one
        # floor applies to all. With dense hits this is skipped: a BM25-only hit ranks below
        # the dense top-n, so it cannot raise the best cosine, and it passes the weak-passage
        # filter by its BM25 score anyway; only the passages picked get their cosine below.
        _fill_cosines(idx, chunks.values(), qvec, dense_score)

    def passages(ids: list[str]) -> list[Passage]:
        return [
            Passage(
                chunk=chunks[cid],
                fused_score=fused[cid],
                dense_score=dense_score.get(cid),
                bm25_score=bm25_score.get(cid),
            )
            for cid in ids
            if cid in chunks
        ]

    candidates = passages(head)
    # The best cosine of a complete article: dense hits come best first.
    best = next((sc for cid, sc in dense if article_of(cid) in complete), None)
    if not relevant(question, candidates, floor, best=best):
        return []

    def usable(cands: list[Passage]) -> list[Passage]:
        # Weakly related passages (well under the floor, no keyword hit) only add noise.
        return [p for p in cands if (p.dense_score or -1) >= floor - 0.1 or p.bm25_score]

    if s.mmr:
        picked = _mmr(idx, usable(candidates), qvec, k, s.mmr_lambda)
    else:
        cap = s.per_article if per_article is None else per_article
        picked, settled = _diverse(usable(candidates), k, cap)
        more = [] if settled else rest()
        if more:
            chunks.update(idx.catalog.chunks(more))
            picked, _ = _diverse(usable(passages(head + more)), k, cap)
    # Picked BM25-only passages still report their cosine (looked up for these few only).
    missing = [p.chunk for p in picked if p.dense_score is None]
    if missing:
        cos: dict[str, float] = {}
        _fill_cosines(idx, missing, qvec, cos)
        for p in picked:
            if p.dense_score is None and p.chunk.id in cos:
                p.dense_score = cos[p.chunk.id]
    statements = idx.catalog.chunk_attributions([p.chunk for p in picked])
    for rank, p in enumerate(picked, 1):
        p.rank = rank
        p.attributions = statements[p.chunk.id]
    return picked


def relevant(
    question: str, candidates: list[Passage], floor: float, *, best: float | None = None
) -> bool:
    """Whether the candidates can answer at all: every name the question uses must occur in
    them, and either the best cosine clears the floor or a named entity matched by keyword.

    ``best`` is the best cosine over all candidates when ``candidates`` is only their head.
    """
    if not candidates:
        return False
    names = query_entities(question)
    if names:
        top = [p.chunk.text.lower() for p in candidates[:HEAD]]
        for name in names:
            # Exact word matches first: the fuzzy look (one typo) scans every word of a
            # passage, so it runs only when no passage has the name as written.
            if not any(mentions(t, name, fuzzy=False) for t in top) and not any(
                mentions(t, name) for t in top
            ):
                return False
    if best is None:
        best = max((p.dense_score or -1.0) for p in candidates)
    if best >= floor:
        return True
    return bool(names) and any(p.bm25_score for p in candidates[:HEAD])


def _diverse(cands: list[Passage], k: int, per_article: int) -> tuple[list[Passage], bool]:
    """Top ``k`` with at most ``per_article`` from one article while others are available.

    The flag says whether candidates after ``cands`` could not have changed the pick (``k``
    were found before the end), so a caller that passed only the head may stop there.
    """
    if per_article <= 0:
        return cands[:k], len(cands) >= k
    picked: list[Passage] = []
    counts: dict[str, int] = {}
    overflow: list[Passage] = []
    for p in cands:
        a = p.chunk.article_id
        if counts.get(a, 0) < per_article:
            picked.append(p)
            counts[a] = counts.get(a, 0) + 1
        else:
            overflow.append(p)
        if len(picked) == k:
            return sorted(picked, key=lambda p: -p.fused_score), True
    picked += overflow[: k - len(picked)]
    return sorted(picked, key=lambda p: -p.fused_score), False


def _mmr(idx: Index, cands: list[Passage], qvec: np.ndarray, k: int, lam: float) -> list[Passage]:
    """Maximal marginal relevance over the candidates' cached vectors."""
    vecs = _vectors(idx, [p.chunk for p in cands])
    picked: list[Passage] = []
    rest = [p for p in cands if p.chunk.id in vecs]
    while rest and len(picked) < k:

        def gain(p: Passage) -> float:
            v = vecs[p.chunk.id]
            sim_q = float(np.dot(v, qvec))
            sim_p = max((float(np.dot(v, vecs[q.chunk.id])) for q in picked), default=0.0)
            return lam * sim_q - (1 - lam) * sim_p

        best = max(rest, key=gain)
        picked.append(best)
        rest.remove(best)
    return picked


def _fill_cosines(idx: Index, chunks: Any, qvec: np.ndarray, into: dict[str, float]) -> None:
    """Cosine to the query for chunks without a dense score, from cached vectors."""
    for cid, vec in _vectors(idx, [c for c in chunks if c.id not in into]).items():
        into[cid] = float(np.dot(vec, qvec))


def _vectors(idx: Index, chunks: Sequence[Any]) -> dict[str, np.ndarray]:
    if not chunks:
        return {}
    # In memory when the vector mirror holds them; else from the catalog's cache.
    held = idx.mirror.vectors([c.id for c in chunks]) if idx.mirror is not None else {}
    chunks = [c for c in chunks if c.id not in held]
    if not chunks:
        return held
    hashes = {c.id: text_hash(c.text) for c in chunks}
    got = idx.catalog.cached_vectors(idx.embedder.name, list(hashes.values()))
    return held | {
        cid: np.asarray(got[h], dtype=np.float32) for cid, h in hashes.items() if h in got
    }
