"""One Settings object, read from ``RAG_*`` environment variables (and ``.env``)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from rag.errors import ConfigError


def default_data_dir() -> Path:
    """``$XDG_DATA_HOME/newsrag`` or ``~/.local/share/newsrag``."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "newsrag"


class Settings(BaseSettings):
    """Every knob of newsrag; each field maps to the env var ``RAG_<FIELD>``."""

    model_config = SettingsConfigDict(
        env_prefix="RAG_", env_file=".env", extra="forbid", validate_assignment=True
    )

    # paths and store
    data_dir: Path = Field(
        default_factory=default_data_dir,
        description="Directory for the catalog, BM25 index, embedding cache and embedded Chroma.",
    )
    chroma_url: str | None = Field(
        default=None,
        description="URL of a Chroma server (http://127.0.0.1:8000); unset uses an embedded store.",
    )
    collection: str = Field(default="articles", description="Chroma collection name.")
    prompts_dir: Path | None = Field(
        default=None, description="Extra directory of prompt files; overrides shipped prompts."
    )
    seeds_dir: Path | None = Field(
        default=None, description="Articles ingested by `newsrag serve` on first run."
    )

    # embeddings
    embedder: Literal["minilm", "openai"] = Field(
        default="minilm", description="Embedding backend: offline MiniLM ONNX, or OpenAI API."
    )
    embed_model: str = Field(
        default="text-embedding-3-small", description="Model name for the openai embedder."
    )
    embed_base_url: str | None = Field(
        default=None, description="OpenAI-compatible base URL for embeddings."
    )
    embed_batch: int = Field(default=32, ge=1, le=512, description="Texts per embedding batch.")

    # chunking and retrieval
    chunk_tokens: int = Field(default=200, ge=32, le=256, description="Target chunk size, tokens.")
    chunk_max_tokens: int = Field(
        default=250,
        ge=32,
        le=256,
        description="Hard chunk size limit unless one sentence is longer.",
    )
    chunk_overlap: int = Field(
        default=40, ge=0, le=128, description="Tokens of whole sentences repeated between chunks."
    )
    max_chunks_per_article: int = Field(
        default=2000,
        ge=1,
        description="Most chunks one article may have (about 700 characters each); a longer "
        "article is skipped with a message to split it.",
    )
    k: int = Field(default=5, ge=1, le=50, description="Passages given to the answer step.")
    candidates: int = Field(
        default=50, ge=5, le=500, description="Candidates per retriever before fusion."
    )
    rrf_k: int = Field(default=60, ge=1, description="Reciprocal-rank-fusion constant.")
    per_article: int = Field(
        default=3, ge=0, description="Max passages per article when others qualify; 0 = no cap."
    )
    mmr: bool = Field(default=False, description="Re-rank with maximal marginal relevance.")
    mmr_lambda: float = Field(default=0.7, ge=0, le=1, description="MMR relevance weight.")
    min_relevance: float = Field(
        default=0.3,
        ge=-1,
        le=1,
        description="Cosine floor: no passage above it means 'cannot answer' without the LLM.",
    )
    ef_search: int = Field(default=256, ge=10, description="HNSW ef_search (recall vs speed).")
    ef_construction: int = Field(default=200, ge=10, description="HNSW ef_construction.")
    max_question_chars: int = Field(
        default=2000, ge=10, description="Longest question accepted, in characters."
    )

    # LLM
    llm: Literal["local", "openai", "extractive"] = Field(
        default="local", description="Answer backend: embedded GGUF, OpenAI-compatible, or none."
    )
    llm_base_url: str | None = Field(
        default=None, description="OpenAI-compatible endpoint (vLLM, Ollama, llama.cpp server)."
    )
    llm_model: str = Field(default="gpt-4o-mini", description="Model name for the openai backend.")
    openai_api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("RAG_OPENAI_API_KEY", "OPENAI_API_KEY"),
        description="API key for the openai backend (OPENAI_API_KEY); never logged.",
    )
    local_model: Path | None = Field(
        default=None, description="GGUF file for the local backend; default is SmolLM2-135M."
    )
    local_passages: int = Field(
        default=3,
        ge=0,
        description="Most passages the local model reads (0 = all k); its prompts are slow.",
    )
    local_ctx: int = Field(default=4096, ge=512, description="Context window for the local model.")
    local_threads: int | None = Field(default=None, description="CPU threads for llama.cpp.")
    temperature: float = Field(default=0.0, ge=0, le=2, description="Sampling temperature.")
    max_tokens: int = Field(default=320, ge=16, le=4096, description="Longest generated answer.")
    llm_timeout: float = Field(default=60.0, gt=0, description="Seconds before an LLM call fails.")
    llm_retries: int = Field(default=2, ge=0, le=10, description="Retries on 429/5xx/timeouts.")
    prompt: str = Field(
        default="answer_v2",
        description="Prompt variant used by rag.answer() (answer_v2 won the seed evaluation).",
    )
    llm_who_said: bool = Field(
        default=False,
        description="Let the LLM phrase who-said answers; off because small models misattribute.",
    )

    # UI
    ui_host: str = Field(default="127.0.0.1", description="Address the chat app listens on.")
    ui_port: int = Field(default=7860, description="Port the chat app listens on.")
    ui_auth: SecretStr | None = Field(
        default=None, description="user:password required when the app listens beyond loopback."
    )

    @field_validator("chroma_url", "llm_base_url", "embed_base_url")
    @classmethod
    def _strip_url(cls, v: str | None) -> str | None:
        return v.strip().rstrip("/") or None if v else None

    def fingerprint(self) -> str:
        """Hash of the answer-relevant settings, for eval caches and reports."""
        skip = {"openai_api_key", "ui_auth", "data_dir", "ui_host", "ui_port", "seeds_dir"}
        data = {k: str(v) for k, v in self.model_dump().items() if k not in skip}
        return hashlib.md5(json.dumps(data, sort_keys=True).encode()).hexdigest()[:10]

    def public_dict(self) -> dict[str, Any]:
        """Settings without secrets, safe to show or log."""
        d = self.model_dump(mode="json")
        for secret in ("openai_api_key", "ui_auth"):
            d[secret] = "***" if d.get(secret) else None
        return d


def get_settings(settings: Settings | dict[str, Any] | None = None) -> Settings:
    """Accept a Settings, a dict of overrides, or None (read the environment)."""
    if isinstance(settings, Settings):
        return settings
    try:
        return Settings(**(settings or {}))
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'settings'}: {e['msg']} (got {e['input']!r})"
            for e in exc.errors()
        )
        raise ConfigError(
            f"Invalid newsrag settings: {problems}. Check your RAG_* variables."
        ) from exc
