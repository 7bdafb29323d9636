"""Plain data passed between the pipeline stages; no I/O and no SDK imports."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Literal


def short_hash(text: str, n: int = 5) -> str:
    """A short stable hex key for ``text``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


@dataclass(frozen=True)
class Article:
    """One news article as read from a file; ``text`` is the body that offsets point into."""

    id: str
    title: str
    text: str
    outlet: str = ""
    author: str = ""
    published: date | None = None
    url: str = ""
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        return d


@dataclass(frozen=True)
class Chunk:
    """A sentence-aligned span of an article: ``article.text[start:end] == text``."""

    id: str
    article_id: str
    index: int
    text: str
    start: int
    end: int
    paragraph: int
    paragraph_end: int
    n_tokens: int
    title: str = ""
    outlet: str = ""
    published: date | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form with the article metadata a citation needs."""
        return {
            "chunk_id": self.id,
            "article_id": self.article_id,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "start": self.start,
            "end": self.end,
            "paragraph": self.paragraph,
            "text": self.text,
        }

    @property
    def key(self) -> str:
        """Short stable key derived from article id and chunk index."""
        return short_hash(f"{self.article_id}:{self.index}")


@dataclass(frozen=True)
class Attribution:
    """Who said what: one statement with its speaker, found in an article's text.

    ``start``/``end`` are character offsets of the quote (direct) or the reported
    content (reported) in the article text; ``sentence_start``/``sentence_end``
    cover the whole sentence that carries the attribution.
    """

    speaker: str
    quote: str
    kind: Literal["direct", "reported"]
    cue: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    role: str = ""
    article_id: str = ""
    aliases: tuple[str, ...] = ()
    title: str = ""
    outlet: str = ""
    published: date | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        d = asdict(self)
        d["aliases"] = list(self.aliases)
        d["published"] = self.published.isoformat() if self.published else None
        return d


@dataclass
class Passage:
    """A retrieved chunk with its scores; ``rank`` starts at 1."""

    chunk: Chunk
    fused_score: float = 0.0
    dense_score: float | None = None
    bm25_score: float | None = None
    rank: int = 0
    attributions: list[Attribution] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The chunk text."""
        return self.chunk.text

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return self.chunk.to_dict() | {
            "rank": self.rank,
            "fused_score": self.fused_score,
            "dense_score": self.dense_score,
            "bm25_score": self.bm25_score,
            "attributions": [a.to_dict() for a in self.attributions],
        }

    def __str__(self) -> str:
        c = self.chunk
        when = c.published.isoformat() if c.published else "undated"
        return (
            f"#{self.rank} {c.title} ({c.outlet or 'unknown outlet'}, {when}) "
            f"chars {c.start}-{c.end} score={self.fused_score:.4f}\n{c.text}"
        )


@dataclass
class Citation:
    """Citation ``[number]`` in an answer: the passage and the highlighted article spans."""

    number: int
    passage: Passage
    spans: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return (
            {"number": self.number}
            | self.passage.chunk.to_dict()
            | {"spans": [list(s) for s in self.spans]}
        )


@dataclass
class Quote:
    """A quoted phrase from the answer and whether it was found in the cited passage."""

    text: str
    citation: int
    verified: bool
    score: float
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)


CANNOT_ANSWER = "I cannot answer this from the indexed articles."


class AnswerSource(StrEnum):
    """Where an answer's text came from."""

    LLM = "llm"  # the model's own sentences, each verified against its citations
    EXTRACTIVE = "extractive"  # verbatim sentences chosen by the code
    ATTRIBUTIONS = "attributions"  # who-said list built from extracted attributions
    NONE = "none"  # nothing relevant was retrieved: the cannot-answer reply


class FallbackReason(StrEnum):
    """Why the model's text was replaced by the extractive answer."""

    MODEL_DOWN = "model_down"  # the model process or endpoint could not be used
    LLM_FAILED = "llm_failed"  # the call failed: timeout, crash, garbage reply
    OFF_TOPIC = "off_topic"  # the verified text did not address the question
    NOTHING_VERIFIED = "nothing_verified"  # no sentence survived verification


_FALLBACK_TEXT = {
    FallbackReason.MODEL_DOWN: "the model is not available",
    FallbackReason.LLM_FAILED: "LLM failed",
    FallbackReason.OFF_TOPIC: "the model's answer did not address the question",
    FallbackReason.NOTHING_VERIFIED: "the model's answer had no sentence the code could verify",
}


@dataclass(frozen=True)
class Fallback:
    """Why an answer or summary fell back to extractive text, with the detail."""

    reason: FallbackReason
    detail: str = ""

    def __str__(self) -> str:
        base = _FALLBACK_TEXT[self.reason]
        return f"{base}: {self.detail}" if self.detail else base

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"reason": self.reason.value, "detail": self.detail, "message": str(self)}


class RemovalKind(StrEnum):
    """Why the verifier removed something the model wrote."""

    INVALID_CITATION = "invalid_citation"  # a citation number that named no given passage
    UNCITED = "uncited"  # a claim with no citation that could be attached
    UNVERIFIED_QUOTE = "unverified_quote"  # a quotation not found in the cited passage
    NUMBER = "number"  # a number, date or amount absent from the supporting sentences
    SPEAKER = "speaker"  # a speaker who does not appear in the cited passage
    NAME = "name"  # a proper name absent from the supporting sentences
    NEGATION = "negation"  # the claim negates (or drops the negation of) its source
    UNSUPPORTED = "unsupported"  # too little content overlap with the supporting sentences
    OFF_TOPIC = "off_topic"  # verified text that did not address the question
    DUPLICATE = "duplicate"  # a claim that repeats one already kept (small models loop)


_REMOVAL_TEXT = {
    RemovalKind.INVALID_CITATION: "citation {text} to a passage that was not given",
    RemovalKind.UNCITED: "uncited: {text}",
    RemovalKind.UNVERIFIED_QUOTE: 'unverified quote: "{text}"',
    RemovalKind.NUMBER: "numbers not in cited sentences: {text}",
    RemovalKind.SPEAKER: "speaker not in cited passages: {text}",
    RemovalKind.NAME: "name not in cited sentences: {text}",
    RemovalKind.NEGATION: "negation does not match the source: {text}",
    RemovalKind.UNSUPPORTED: "not supported by cited passages: {text}",
    RemovalKind.OFF_TOPIC: "off topic: {text}",
    RemovalKind.DUPLICATE: "repeated: {text}",
}


@dataclass(frozen=True)
class Removal:
    """One thing the verifier removed from the model's reply; ``detail`` names the culprit."""

    kind: RemovalKind
    text: str
    detail: str = ""

    def __str__(self) -> str:
        msg = _REMOVAL_TEXT[self.kind].format(text=self.text)
        return f"{msg} ({self.detail})" if self.detail else msg

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"kind": self.kind.value, "text": self.text, "detail": self.detail}


@dataclass
class Answer:
    """The result of :func:`rag.answer`: cited text plus everything needed to check it."""

    question: str
    text: str
    citations: dict[int, Citation] = field(default_factory=dict)
    passages: list[Passage] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    cannot_answer: bool = False
    source: AnswerSource = AnswerSource.LLM
    model: str = ""  # the model that was asked (even if its text was replaced); "" if none
    prompt: str = ""
    mode: str = "answer"
    standalone_question: str = ""
    timings: dict[str, float] = field(default_factory=dict)
    usage: dict[str, int] = field(default_factory=dict)
    removed: list[Removal] = field(default_factory=list)
    raw_text: str = ""
    raw_citations: int = 0  # citation markers the model wrote (before any repair)
    invalid_citations: int = 0  # of those, markers that named no given passage
    fallback: Fallback | None = None
    request_id: str = ""  # matches the newsrag.trace log line and span of this request

    def __str__(self) -> str:
        lines = [self.text]
        if self.citations:
            lines.append("")
            lines.append("References:")
            for n, cit in sorted(self.citations.items()):
                c = cit.passage.chunk
                when = c.published.isoformat() if c.published else "undated"
                lines.append(
                    f"[{n}] {c.title} — {c.outlet or 'unknown outlet'}, {when} "
                    f"(chars {c.start}-{c.end})"
                )
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "question": self.question,
            "standalone_question": self.standalone_question,
            "text": self.text,
            "cannot_answer": self.cannot_answer,
            "mode": self.mode,
            "source": self.source.value,
            "model": self.model,
            "prompt": self.prompt,
            "citations": {str(n): c.to_dict() for n, c in sorted(self.citations.items())},
            "quotes": [q.to_dict() for q in self.quotes],
            "attributions": [a.to_dict() for a in self.attributions],
            "passages": [p.to_dict() for p in self.passages],
            "timings": self.timings,
            "usage": self.usage,
            "removed": [r.to_dict() for r in self.removed],
            "raw_text": self.raw_text,
            "raw_citations": self.raw_citations,
            "invalid_citations": self.invalid_citations,
            "fallback": self.fallback.to_dict() if self.fallback else None,
            "request_id": self.request_id,
        }
