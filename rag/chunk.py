"""Sentence-aware chunking with overlap; chunks keep exact offsets into the article text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rag.text import sentences
from rag.types import Article, Chunk

if TYPE_CHECKING:
    from rag.settings import Settings


def chunk_id(article_id: str, index: int) -> str:
    """A chunk's id: its article id and its position (``article_of`` reverses it)."""
    return f"{article_id}-{index:04d}"


def article_of(chunk_id: str) -> str:
    """The article id inside a chunk id, without a catalog read."""
    return chunk_id.rpartition("-")[0]


def chunk_article(
    article: Article,
    *,
    count_tokens: Callable[[str], int],
    target: int = 200,
    max_tokens: int = 250,
    overlap: int = 40,
) -> list[Chunk]:
    """Split ``article.text`` into chunks of whole sentences.

    Args:
        article: the article; chunk offsets point into ``article.text``.
        count_tokens: token counter of the embedding model (no special tokens).
        target: a chunk closes once it holds this many tokens.
        max_tokens: a chunk never grows past this, unless one sentence alone is longer.
        overlap: trailing whole sentences, up to this many tokens, open the next chunk.
    """
    text = article.text
    sents = sentences(text)
    if not sents:
        return []
    sizes = [count_tokens(text[s:e]) for _, s, e in sents]
    # Prefer closing at a paragraph end once the chunk is reasonably full.
    min_tokens = int(target * 0.75)
    groups: list[list[int]] = []
    current: list[int] = []
    tokens = 0
    for i, size in enumerate(sizes):
        if current:
            new_paragraph = sents[i][0] != sents[current[-1]][0]
            full = tokens >= target or tokens + size > max_tokens
            para_break = new_paragraph and tokens >= min_tokens and tokens + size > target
            if full or para_break:
                groups.append(current)
                current = _overlap_tail(current, sizes, overlap)
                tokens = sum(sizes[j] for j in current)
        current.append(i)
        tokens += size
    if current and (not groups or current[-1] != groups[-1][-1]):
        groups.append(current)

    chunks = []
    for idx, group in enumerate(groups):
        start = sents[group[0]][1]
        end = sents[group[-1]][2]
        body = text[start:end]
        chunks.append(
            Chunk(
                id=chunk_id(article.id, idx),
                article_id=article.id,
                index=idx,
                text=body,
                start=start,
                end=end,
                paragraph=sents[group[0]][0],
                paragraph_end=sents[group[-1]][0],
                n_tokens=count_tokens(body),
                title=article.title,
                outlet=article.outlet,
                published=article.published,
            )
        )
    return chunks


def _overlap_tail(group: list[int], sizes: list[int], overlap: int) -> list[int]:
    """The trailing sentences of ``group`` that fit in ``overlap`` tokens, never all of it."""
    tail: list[int] = []
    total = 0
    for j in reversed(group[1:]):
        if total + sizes[j] > overlap:
            break
        tail.insert(0, j)
        total += sizes[j]
    return tail


def chunk_for(article: Article, settings: Settings) -> list[Chunk]:
    """Chunks sized by ``settings`` and measured with the MiniLM tokenizer."""
    from rag.embed import count_tokens

    return chunk_article(
        article,
        count_tokens=count_tokens,
        target=settings.chunk_tokens,
        max_tokens=settings.chunk_max_tokens,
        overlap=settings.chunk_overlap,
    )
