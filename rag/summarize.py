"""rag.summarize(): cited summaries of one article, or map-reduce over a topic's articles."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from rag.cite import Verified, format_passages, verify
from rag.errors import InputError
from rag.generate import Outcome, generate, run
from rag.index import Index, open_index
from rag.llm import LLM, get_llm
from rag.prompts import load_prompt
from rag.retrieve import retrieve
from rag.settings import Settings, get_settings
from rag.text import content_words, split_sentences
from rag.types import CANNOT_ANSWER, Answer, AnswerSource, Passage

LENGTHS = {"short": 3, "medium": 5, "long": 8}


def _sentences_for(length: str | int) -> int:
    if isinstance(length, int):
        return max(1, min(length, 20))
    if length not in LENGTHS:
        raise InputError(f"Unknown summary length {length!r}; use short, medium, long or a number.")
    return LENGTHS[length]


def extractive_summary(passages: list[Passage], numbers: list[int], n: int, topic: str = "") -> str:
    """The ``n`` most central sentences, in article order, each cited by passage number."""
    seen: set[str] = set()
    sents: list[tuple[int, int, int, str]] = []  # (article pos, passage no, order, text)
    for p, num in zip(passages, numbers, strict=True):
        for s, e in split_sentences(p.chunk.text):
            t = p.chunk.text[s:e].strip()
            if t in seen or len(t) < 25:
                continue
            seen.add(t)
            sents.append((p.chunk.start + s, num, len(sents), t))
    if not sents:
        return ""
    tf: Counter[str] = Counter(w for *_, t in sents for w in set(content_words(t)))
    topic_words = set(content_words(topic))
    first = min(sents)[0]

    def score(item: tuple[int, int, int, str]) -> float:
        words = set(content_words(item[3]))
        base = sum(tf[w] for w in words) / (len(words) ** 0.5 or 1)
        lead = 1.5 if item[0] == first else 1.0  # news leads carry the gist
        return base * lead + 2.0 * len(words & topic_words)

    top = sorted(sents, key=score, reverse=True)[:n]
    parts = []
    for _, num, _, t in sorted(top):
        parts.append(f"{t[:-1]} [{num}]{t[-1]}" if t[-1] in ".!?" else f"{t} [{num}]")
    return " ".join(parts)


def summarize(
    *,
    article_id: str | None = None,
    topic: str | None = None,
    length: str | int = "short",
    filters: dict[str, Any] | None = None,
    k: int = 12,
    llm: LLM | None = None,
    backend: str | None = None,
    prompt: str = "summarize",
    settings: Settings | dict[str, Any] | None = None,
    index: Index | None = None,
) -> Answer:
    """Summarise one article, or all coverage of a topic, with verified citations.

    Args:
        article_id: id (or unique prefix) of one indexed article.
        topic: a subject; the best passages are grouped per article (map) and combined (reduce).
        length: ``short`` (3 sentences), ``medium`` (5), ``long`` (8) or a sentence count.
        filters: retrieval filters for a topic summary.
        k: passages retrieved for a topic summary.
        llm: an LLM object instead of the configured backend.
        backend: ``local``, ``openai`` or ``extractive``.
        prompt: the map prompt name (kind ``summarize``).
        settings: Settings, a dict of overrides, or None.
        index: an open Index (default: the shared one).
    """
    t0 = time.perf_counter()
    if bool(article_id) == bool(topic):
        raise InputError("Give either article_id or topic to summarize, not both or neither.")
    s = get_settings(settings) if index is None else index.settings
    idx = index or open_index(s)
    n = _sentences_for(length)
    model = llm if llm is not None else get_llm(s, backend or s.llm)
    if article_id:
        ids = idx.catalog.find_article_ids(article_id.strip())
        if len(ids) != 1:
            raise InputError(f"No single article matches id {article_id!r}; run `newsrag list`.")
        chunks = idx.catalog.article_chunks(ids[0])
        passages = [Passage(chunk=c, rank=i + 1) for i, c in enumerate(chunks)]
        subject = f'the article "{chunks[0].title}"' if chunks else "the article"
        question = f"Summary of {subject}"
    else:
        question = f"Summary of coverage about {topic}"
        subject = f"the coverage of {topic}"
        passages = retrieve(str(topic), k=k, filters=filters, index=idx, per_article=0)
    ans = Answer(
        question=question,
        text="",
        passages=passages,
        mode="summary",
        model=model.name if model else "",
        prompt=prompt,
        standalone_question=question,
        source=AnswerSource.LLM if model is not None else AnswerSource.EXTRACTIVE,
    )
    ans.timings["retrieve"] = time.perf_counter() - t0
    if not passages:
        ans.text, ans.cannot_answer = CANNOT_ANSWER, True
        ans.source, ans.model = AnswerSource.NONE, ""
        ans.timings["total"] = time.perf_counter() - t0
        return ans
    # Group by article; numbers are global so map outputs stay valid in the reduce step.
    groups: dict[str, list[int]] = {}
    for i, p in enumerate(passages, 1):
        groups.setdefault(p.chunk.article_id, []).append(i)
    per_article = n if len(groups) == 1 else max(2, n // len(groups) + 1)
    pieces: list[str] = []
    t1 = time.perf_counter()
    from_model = False
    for _aid, nums in groups.items():
        sub = [passages[i - 1] for i in nums]
        subject_here = subject if article_id else f"{topic} in this article"
        piece, used_model = _map(
            model, s, prompt, subject_here, sub, nums, passages, per_article, topic or "", ans
        )
        from_model = from_model or used_model
        if len(groups) > 1:
            c = sub[0].chunk
            when = c.published.isoformat() if c.published else "undated"
            # The header is its own lead-in line, so its date is not checked as a claim.
            pieces.append(f"**{c.title}** ({c.outlet or 'unknown outlet'}, {when}):\n{piece}")
        else:
            pieces.append(piece)
    combined = "\n\n".join(pieces)
    if model is not None and len(groups) > 1:
        tmpl = load_prompt("reduce", s.prompts_dir, kind="reduce")
        messages = tmpl.render(topic=str(topic), summaries=combined, length=f"{n} sentences")
        out = _generate(model, messages, passages, lambda: (combined, passages), ans)
        if out.source is AnswerSource.LLM and not out.verified.cannot_answer:
            combined, from_model = out.verified.text, True
    final = verify(combined, passages)
    ans.timings["generate"] = time.perf_counter() - t1
    _fill(ans, final)
    ans.source = AnswerSource.LLM if from_model else AnswerSource.EXTRACTIVE
    ans.timings["total"] = time.perf_counter() - t0
    return ans


def _generate(
    model: LLM,
    messages: list[dict[str, str]],
    passages: list[Passage],
    extractive: Callable[[], tuple[str, list[Passage]]],
    ans: Answer,
) -> Outcome:
    """One map or reduce step through the shared generate -> verify -> fall back path."""
    # Keep the prompt's global numbers: the combined text is verified again at the end.
    out = run(
        generate(model, messages, passages, extractive=extractive, renumber=False, auto_cite=True)
    )
    ans.raw_text += out.raw_text + "\n"
    ans.removed += out.removed
    ans.raw_citations += out.raw_citations
    ans.invalid_citations += out.invalid_citations
    if out.fallback is not None and ans.fallback is None:
        ans.fallback = out.fallback
    return out


def _map(
    model: LLM | None,
    s: Settings,
    prompt: str,
    subject: str,
    sub: list[Passage],
    nums: list[int],
    passages: list[Passage],
    n: int,
    topic: str,
    ans: Answer,
) -> tuple[str, bool]:
    """One article's summary piece, and whether the model wrote it."""

    def extractive() -> tuple[str, list[Passage]]:
        return extractive_summary(sub, nums, n, topic), passages

    if model is None:
        return extractive()[0], False
    tmpl = load_prompt(prompt, s.prompts_dir, kind="summarize")
    blocks = format_passages(sub)
    for local, glob in reversed(list(enumerate(nums, 1))):
        blocks = blocks.replace(f'<passage id="{local}"', f'<passage id="{glob}"')
    messages = tmpl.render(subject=subject, passages=blocks, length=f"{n} sentences")
    out = _generate(model, messages, passages, extractive, ans)
    if out.verified.cannot_answer:
        # A summary of passages that exist is never "cannot answer": quote them instead.
        return extractive()[0], False
    return out.verified.text, out.source is AnswerSource.LLM


def _fill(ans: Answer, v: Verified) -> None:
    ans.text = v.text or CANNOT_ANSWER
    ans.cannot_answer = v.cannot_answer or not v.text
    ans.citations = v.citations
    ans.quotes = v.quotes
    ans.removed += v.removed
