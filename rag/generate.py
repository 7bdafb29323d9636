"""Generate, verify, fall back: the one place where model text becomes a verified answer.

Answers and summaries both go through :func:`generate`: the model's reply is streamed, checked
claim by claim (rag.cite), and replaced by the caller's extractive text when the model failed,
was down, wrote nothing verifiable, or wandered off the question. The outcome says which
happened with typed values (AnswerSource, Fallback, Removal), never free text.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field, replace

from rag.cite import Verified, verify
from rag.errors import LLMError, LLMUnavailableError
from rag.llm import LLM, Message
from rag.text import content_words, split_sentences
from rag.types import (
    AnswerSource,
    Fallback,
    FallbackReason,
    Passage,
    Removal,
    RemovalKind,
)


@dataclass
class Outcome:
    """The verified text and where it came from, plus what the model got wrong on the way."""

    verified: Verified
    source: AnswerSource
    fallback: Fallback | None = None
    removed: list[Removal] = field(default_factory=list)
    raw_text: str = ""
    raw_citations: int = 0
    invalid_citations: int = 0
    usage: dict[str, int] = field(default_factory=dict)
    first_token: float | None = None  # seconds from ``t0`` to the model's first delta
    # (stage, start, end) in perf_counter seconds: "generate" (model or extractive text) and
    # "verify" (checking it), in order; tracing turns them into timings and spans.
    stages: list[tuple[str, float, float]] = field(default_factory=list)

    def seconds(self, stage: str) -> float:
        """Total seconds spent in ``stage``."""
        return sum(e - s for name, s, e in self.stages if name == stage)


def focus(question: str, passages: list[Passage], width: int) -> list[Passage]:
    """Each passage cut to its best-matching sentence and ``width`` sentences either side.

    A small local model reads ~130 prompt tokens/s on 2 cores, so it gets the sentences around
    each hit rather than whole 200-token chunks. Offsets stay article offsets, so citations into
    a window still point into the article.
    """
    words = set(content_words(question))
    out: list[Passage] = []
    for p in passages:
        c = p.chunk
        sents = split_sentences(c.text)
        if len(sents) <= 2 * width + 1:
            out.append(p)
            continue
        scores = [len(words & set(content_words(c.text[s:e]))) for s, e in sents]
        order = sorted(range(len(sents)), key=lambda i: (-scores[i], i))
        best = order[0]
        lo, hi = max(0, best - width), min(len(sents), best + width + 1)
        # A runner-up hit nearly as good as the best (a lead that says "servicemen" where the
        # question says "troops") stays in the window too.
        second = order[1]
        if scores[second] and scores[second] >= 0.75 * scores[best]:
            lo, hi = min(lo, second), max(hi, second + 1)
        s0, e0 = sents[lo][0], sents[hi - 1][1]
        chunk = replace(c, text=c.text[s0:e0], start=c.start + s0, end=c.start + e0)
        out.append(replace(p, chunk=chunk))
    return out


def _restore(verified: Verified, full: list[Passage]) -> Verified:
    """Citations of windowed passages point back at the full passages (same chunk ids)."""
    by_id = {p.chunk.id: p for p in full}
    for cit in verified.citations.values():
        cit.passage = by_id.get(cit.passage.chunk.id, cit.passage)
    return verified


def _off_topic(question: str, text: str) -> bool:
    return not set(content_words(question)) & set(content_words(text))


def generate(
    model: LLM | None,
    messages: list[Message] | None,
    shown: list[Passage],
    *,
    extractive: Callable[[], tuple[str, list[Passage]]],
    speakers: dict[str, set[str]] | None = None,
    question: str | None = None,
    full: list[Passage] | None = None,
    auto_cite: bool = True,
    renumber: bool = True,
    max_tokens: int | None = None,
    t0: float | None = None,
) -> Generator[str, None, Outcome]:
    """Stream the model's reply, verify it against ``shown``, fall back to ``extractive()``.

    Yields text deltas (the model's, then the fallback's if it replaced them) and returns the
    Outcome. ``extractive`` returns (reply with [n] markers, the passages it numbers).
    ``question`` enables the off-topic check; ``full`` maps windowed passages back.
    """
    t0 = time.perf_counter() if t0 is None else t0
    out: Outcome | None = None
    if model is not None and messages is not None:
        out = yield from _model_outcome(
            model,
            messages,
            shown,
            speakers=speakers,
            question=question,
            auto_cite=auto_cite,
            renumber=renumber,
            max_tokens=max_tokens,
            t0=t0,
        )
        if out.fallback is None:
            if full is not None:
                _restore(out.verified, full)
            return out
    g0 = time.perf_counter()
    reply, numbered = extractive()
    g1 = time.perf_counter()
    verified = verify(reply, numbered, speakers=speakers, renumber=renumber)
    stages = [("generate", g0, g1), ("verify", g1, time.perf_counter())]
    if out is None:
        yield verified.text
        return Outcome(
            verified=verified, source=AnswerSource.EXTRACTIVE, raw_text=reply, stages=stages
        )
    out.stages += stages
    yield "\n\n" + verified.text
    out.verified = verified
    out.source = AnswerSource.EXTRACTIVE
    return out


def _model_outcome(
    model: LLM,
    messages: list[Message],
    shown: list[Passage],
    *,
    speakers: dict[str, set[str]] | None,
    question: str | None,
    auto_cite: bool,
    renumber: bool,
    max_tokens: int | None,
    t0: float,
) -> Generator[str, None, Outcome]:
    raw: list[str] = []
    first: float | None = None
    empty = Verified(text="")
    g0 = time.perf_counter()
    try:
        for delta in model.stream(messages, max_tokens=max_tokens):
            if first is None:
                first = time.perf_counter() - t0
            raw.append(delta)
            yield delta
    except LLMError as exc:
        # A model process that is down differs from one that answered badly: both fall back.
        down = isinstance(exc, LLMUnavailableError)
        reason = FallbackReason.MODEL_DOWN if down else FallbackReason.LLM_FAILED
        return Outcome(
            empty,
            AnswerSource.LLM,
            Fallback(reason, str(exc)),
            raw_text="".join(raw),
            first_token=first,
            stages=[("generate", g0, time.perf_counter())],
        )
    text = "".join(raw)
    g1 = time.perf_counter()
    v = verify(text, shown, speakers=speakers, auto_cite=auto_cite, renumber=renumber)
    stages = [("generate", g0, g1), ("verify", g1, time.perf_counter())]
    out = Outcome(
        verified=v,
        source=AnswerSource.LLM,
        removed=list(v.removed),
        raw_text=text,
        raw_citations=v.raw_citations,
        invalid_citations=v.invalid_citations,
        usage=dict(model.usage),
        first_token=first,
        stages=stages,
    )
    if question and v.text and not v.cannot_answer and _off_topic(question, v.text):
        out.fallback = Fallback(FallbackReason.OFF_TOPIC)
        out.removed.append(Removal(RemovalKind.OFF_TOPIC, v.text))
    elif not v.cannot_answer and not v.text:
        out.fallback = Fallback(FallbackReason.NOTHING_VERIFIED)
    return out


def run(gen: Iterator[str] | Generator[str, None, Outcome]) -> Outcome:
    """Drain a :func:`generate` stream and return its Outcome."""
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
