"""JSON shapes of the REST API: pydantic mirrors of ``rag.types`` (their ``to_dict()`` form).

Each output model declares exactly the keys its dataclass's ``to_dict()`` gives (a test checks
that they stay equal), reusing the library's enums, so the OpenAPI schema documents the same
data the library returns. Output models allow extra keys, so a field the library adds later
still reaches clients before the schema documents it.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from rag.types import AnswerSource, FallbackReason, RemovalKind


class _Out(BaseModel):
    model_config = ConfigDict(extra="allow")


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


# -- mirrors of rag.types ----------------------------------------------------------------------
class ChunkOut(_Out):
    """A passage of an article (``rag.types.Chunk``); ``text == article.text[start:end]``."""

    chunk_id: str
    article_id: str
    title: str
    outlet: str
    published: date | None = Field(description="Publication date (YYYY-MM-DD), if known.")
    start: int = Field(description="Character offset of the passage in the article text.")
    end: int
    paragraph: int
    text: str


class AttributionOut(_Out):
    """Who said what (``rag.types.Attribution``): one statement and its speaker."""

    speaker: str
    quote: str = Field(description="The quote (direct) or the reported content (reported).")
    kind: Literal["direct", "reported"]
    cue: str = Field(description='The verb that attributes it, e.g. "said".')
    start: int = Field(description="Offset of the quote in the article text.")
    end: int
    sentence_start: int
    sentence_end: int
    role: str
    article_id: str
    aliases: list[str]
    title: str
    outlet: str
    published: date | None


class PassageOut(ChunkOut):
    """A retrieved passage with its scores (``rag.types.Passage``); rank starts at 1."""

    rank: int
    fused_score: float
    dense_score: float | None
    bm25_score: float | None
    attributions: list[AttributionOut]


class CitationOut(ChunkOut):
    """Citation ``[number]`` of an answer (``rag.types.Citation``) and its highlighted spans."""

    number: int
    spans: list[list[int]] = Field(
        description="[start, end] offsets in the article text of the sentences that support "
        "the claims citing it."
    )


class QuoteOut(_Out):
    """A quotation in the answer and whether it was found in the cited passage."""

    text: str
    citation: int
    verified: bool
    score: float
    start: int | None
    end: int | None


class RemovalOut(_Out):
    """Something the verifier removed from the model's reply (``rag.types.Removal``)."""

    kind: RemovalKind
    text: str
    detail: str


class FallbackOut(_Out):
    """Why the model's text was replaced by extractive text (``rag.types.Fallback``)."""

    reason: FallbackReason
    detail: str
    message: str


class AnswerOut(_Out):
    """A verified answer or summary (``rag.types.Answer.to_dict()``)."""

    question: str
    standalone_question: str = Field(description="The question after follow-up rewriting.")
    text: str = Field(description="The answer; each claim carries [n] citation markers.")
    cannot_answer: bool
    mode: str = Field(description='"answer", "who_said" or "summary".')
    source: AnswerSource = Field(description="Who wrote the text: llm, extractive, ...")
    model: str
    prompt: str
    citations: dict[str, CitationOut] = Field(description="Citation number -> its passage.")
    quotes: list[QuoteOut]
    attributions: list[AttributionOut]
    passages: list[PassageOut]
    timings: dict[str, float]
    usage: dict[str, int]
    removed: list[RemovalOut]
    raw_text: str = Field(description="What the model wrote, before verification.")
    raw_citations: int
    invalid_citations: int
    fallback: FallbackOut | None
    request_id: str = Field(
        description="Names this answer in the newsrag.trace log line and its trace spans."
    )


class PublicationOut(_Out):
    """One outlet's publication of a statement (``rag.speakers.Source``)."""

    article_id: str
    outlet: str
    title: str
    url: str
    published: date | None


class SpeakerOut(_Out):
    """Someone quoted in the articles (``rag.speakers.Speaker``)."""

    name: str = Field(description="The canonical name: the form most statements use.")
    aliases: list[str]
    role: str = Field(description="The role most of their statements come with.")
    roles: list[str] = Field(description="Every role the articles give, most used first.")
    statements: int
    first: date | None = Field(description="Date of their earliest statement.")
    last: date | None
    outlets: list[str]


class StatementOut(_Out):
    """One timeline row (``rag.speakers.Statement``): where the statement first appeared."""

    date: date | None
    outlet: str
    speaker: str
    role: str
    cue: str
    kind: Literal["direct", "reported"]
    text: str
    topics: list[str]
    first: PublicationOut = Field(description="The earliest outlet that carried it.")
    article_id: str = Field(description="The indexed copy that holds the passage.")
    chunk_id: str
    chunk_index: int
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    also: list[PublicationOut] = Field(description="Other outlets that carried it.")


class SpeakersOut(_Out):
    """GET /api/v1/speakers: everyone quoted, most statements first."""

    speakers: list[SpeakerOut]


class SpeakerPageOut(_Out):
    """GET /api/v1/speakers/{name} (``rag.speakers.SpeakerPage``): statements in date order."""

    speaker: SpeakerOut
    topics: dict[str, int] = Field(description="Timeline rows per topic.")
    timeline: list[StatementOut]


class SavedSearchOut(_Out):
    """A followed who-said query, topic or speaker (``rag.saved.SavedSearch``)."""

    id: int
    owner: str = Field(description='"user:NAME" for a key made with --user, else "local".')
    kind: Literal["who_said", "topic", "speaker"]
    query: str
    webhook: str | None
    created: str
    checked_seq: int
    visited_seq: int
    new_since_visit: int = Field(
        default=0, description="Matches found since the owner last marked it seen."
    )


class SavedListOut(_Out):
    """The caller's saved searches, oldest first."""

    saved: list[SavedSearchOut]


class MatchOut(_Out):
    """A statement or article a saved search found (``rag.saved.Match``)."""

    search_id: int
    key: str
    type: Literal["statement", "article"]
    found: str = Field(description="When the check found it (UTC, ISO 8601).")
    data: dict[str, Any] = Field(description="The statement (speaker, quote, ...) or article.")


class SavedNewOut(_Out):
    """GET /api/v1/saved/{id}: the search and what it found since the last visit."""

    search: SavedSearchOut
    new: list[MatchOut]


class SaveRequest(_In):
    """POST /api/v1/saved: follow a who-said query, a topic or a speaker."""

    kind: str = Field(examples=["speaker"], description="who_said, topic or speaker.")
    query: str = Field(examples=["Patrick Ryder"])
    webhook: str | None = Field(
        default=None, description="An http(s) URL that gets a JSON POST with new matches."
    )


# -- requests ------------------------------------------------------------------------------------
class Filters(_In):
    """Which articles a request looks at; every field is optional."""

    outlet: str = Field(default="", description="Only this outlet.")
    published_from: str = Field(default="", description="Published on or after YYYY-MM-DD.")
    published_to: str = Field(default="", description="Published on or before YYYY-MM-DD.")
    article_id: str = Field(default="", description="Only this article (id).")


class Turn(_In):
    """One earlier exchange of a conversation."""

    question: str
    answer: str


class AnswerRequest(Filters):
    """POST /api/v1/answer."""

    question: str = Field(examples=["How many North Korean troops are in Russia?"])
    k: int | None = Field(default=None, description="Passages to retrieve (1-50).")
    prompt: str = Field(default="", description="Prompt variant, e.g. answer_v2.")
    history: list[Turn] = Field(default_factory=list, description="Earlier turns, oldest first.")


class WhoSaidRequest(Filters):
    """POST /api/v1/who_said."""

    topic: str = Field(examples=["Kursk"])
    k: int = Field(default=10, description="Passages to search for statements (1-50).")


class WhoSaidOut(_Out):
    """Statements about a topic."""

    topic: str
    attributions: list[AttributionOut]


class SummarizeRequest(_In):
    """POST /api/v1/summarize: an article (id or unique prefix) or a topic, not both."""

    article_id: str = ""
    topic: str = ""
    length: str | int = Field(default="short", description="short, medium, long or sentences.")


class SearchRequest(Filters):
    """POST /api/v1/search."""

    query: str = Field(examples=["Kursk"])
    k: int = Field(default=5, description="Passages to return (1-50).")


class SearchOut(_Out):
    """Ranked passages for a query."""

    query: str
    passages: list[PassageOut]


class ArticleOut(_Out):
    """An indexed article (a row of ``Index.list_articles()``)."""

    id: str
    title: str
    outlet: str | None
    author: str | None
    published: date | None
    url: str | None
    chunks: int
    status: str = Field(description='"complete", or "pending" while an ingest is unfinished.')
    source: str | None


class ArticlesOut(_Out):
    """Every indexed article, newest first."""

    articles: list[ArticleOut]


class IngestedOut(_Out):
    """One article an ingest added, replaced or found unchanged."""

    id: str
    title: str
    source: str
    chunks: int


class ProblemOut(_Out):
    """An input that was skipped (or a note about one), with what to do."""

    source: str
    message: str
    skipped: bool


class IngestOut(_Out):
    """What POST /api/v1/articles did (``rag.index.IngestReport``)."""

    added: list[IngestedOut]
    replaced: list[IngestedOut]
    unchanged: list[IngestedOut]
    problems: list[ProblemOut]
    chunks_embedded: int
    chunks_from_cache: int
    message: str = Field(description="The report as text, one line per article.")
    saved_searches: str = Field(
        default="", description="What saved searches found in the new articles (as the CLI says)."
    )


class RemovedOut(_Out):
    """DELETE /api/v1/articles/{id}."""

    removed: str = Field(description="The full id of the removed article.")


class ErrorBody(_Out):
    """Every error: ``{"error": {"message", "type", "code"}}`` (OpenAI's shape)."""

    error: dict[str, Any] = Field(
        examples=[{"message": "The question is empty. ...", "type": "invalid_request", "code": 400}]
    )


# -- OpenAI-compatible chat --------------------------------------------------------------------
class ContentPart(BaseModel):
    """A part of a message's content; only text parts are read."""

    model_config = ConfigDict(extra="allow")
    type: str
    text: str = ""


class ChatMessage(BaseModel):
    """One message of an OpenAI chat request."""

    model_config = ConfigDict(extra="allow")
    role: str
    content: str | list[ContentPart] | None = None

    def plain(self) -> str:
        """The message's text (text parts joined)."""
        if isinstance(self.content, list):
            return "".join(p.text for p in self.content if p.type == "text")
        return self.content or ""


class StreamOptions(BaseModel):
    """``stream_options`` of an OpenAI chat request."""

    model_config = ConfigDict(extra="allow")
    include_usage: bool = False


class ChatRequest(BaseModel):
    """POST /v1/chat/completions. OpenAI parameters other than these are accepted and ignored."""

    model_config = ConfigDict(extra="allow")
    model: str = Field(examples=["newsrag"])
    messages: list[ChatMessage]
    stream: bool = False
    stream_options: StreamOptions | None = None
    newsrag_sources_in_text: bool = Field(
        default=True,
        description="Append a 'Sources:' list to the message text, for clients that do not "
        "read newsrag_sources.",
    )


class SourceOut(CitationOut):
    """One entry of ``newsrag_sources``: citation [number] with its article and passage."""

    url: str = Field(default="", description="The article's web address, if it has one.")
