"""newsrag: answers about news articles whose every citation is checked against the source."""

# Before anything else: chromadb, huggingface_hub and gradio read these when imported.
from rag import offline as _offline

_offline.set_offline_defaults()

from pathlib import Path as _Path  # noqa: E402
from typing import Any as _Any  # noqa: E402

from rag.answer import answer  # noqa: E402
from rag.attributions import who_said  # noqa: E402
from rag.errors import (  # noqa: E402
    ConfigError,
    EmbeddingMismatchError,
    EvalError,
    InputError,
    LLMError,
    LLMResponseError,
    LLMUnavailableError,
    PromptError,
    RagError,
    SpeakerNotFoundError,
    StoreError,
    StoreUnavailableError,
)
from rag.index import Index, IngestReport, open_index  # noqa: E402
from rag.retrieve import retrieve  # noqa: E402
from rag.settings import Settings, get_settings  # noqa: E402
from rag.speakers import Speaker, SpeakerPage, Statement, speaker, speakers  # noqa: E402
from rag.summarize import summarize  # noqa: E402
from rag.types import (  # noqa: E402
    CANNOT_ANSWER,
    Answer,
    AnswerSource,
    Article,
    Attribution,
    Chunk,
    Citation,
    Fallback,
    FallbackReason,
    Passage,
    Quote,
    Removal,
    RemovalKind,
)
from rag.variants import Variant, who_said_across  # noqa: E402


def ingest(
    paths: list[str | _Path] | str | _Path,
    *,
    settings: Settings | dict[str, _Any] | None = None,
    progress: _Any = None,
) -> IngestReport:
    """Ingest article files or folders into the index (idempotent; see Index.ingest)."""
    if isinstance(paths, (str, _Path)):
        paths = [paths]
    return open_index(get_settings(settings)).ingest(list(paths), progress=progress)


def as_retriever(**kwargs: _Any) -> _Any:
    """A LangChain ``BaseRetriever`` over the index (see rag.langchain)."""
    from rag.langchain import NewsragRetriever

    return NewsragRetriever(**kwargs)


__all__ = [
    "Answer",
    "AnswerSource",
    "Article",
    "Attribution",
    "CANNOT_ANSWER",
    "Chunk",
    "Citation",
    "ConfigError",
    "EmbeddingMismatchError",
    "EvalError",
    "Fallback",
    "FallbackReason",
    "Index",
    "IngestReport",
    "InputError",
    "LLMError",
    "LLMResponseError",
    "LLMUnavailableError",
    "Passage",
    "PromptError",
    "Quote",
    "RagError",
    "Removal",
    "RemovalKind",
    "Settings",
    "Speaker",
    "SpeakerNotFoundError",
    "SpeakerPage",
    "Statement",
    "StoreError",
    "StoreUnavailableError",
    "Variant",
    "answer",
    "as_retriever",
    "get_settings",
    "ingest",
    "open_index",
    "retrieve",
    "speaker",
    "speakers",
    "summarize",
    "who_said",
    "who_said_across",
]
