"""One Settings object, read from ``RAG_*`` environment variables (and ``.env``)."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections import OrderedDict
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
        env_prefix="RAG_", env_file=".env", extra="forbid", frozen=True
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
    vector_mirror: bool = Field(
        default=True,
        description="Search an in-process copy of the vectors (from the catalog's vector cache) "
        "instead of querying Chroma, which stays the store of record; false = always Chroma.",
    )
    mirror_exact_limit: int = Field(
        default=5_000,
        ge=0,
        description="Up to this many chunks the mirror searches exactly; above, an IVF index.",
    )
    mirror_nprobe: int = Field(
        default=16, ge=1, description="IVF lists searched per query above the exact limit."
    )
    blas_threads: int = Field(
        default=1,
        ge=0,
        description="Threads for numpy's BLAS in this process, set once when the vector mirror "
        "starts (ONNX already uses every core for the query embedding); 0 = leave as is.",
    )
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
        default=2,
        ge=0,
        description="Most passages the local model reads (0 = all k); 2 keeps its first token "
        "under 1.5 s on 2 cores (bench/answer.py).",
    )
    local_ctx: int = Field(default=4096, ge=512, description="Context window for the local model.")
    local_threads: int | None = Field(
        default=None,
        description="CPU threads the model generates with (default: all cores but one; prompt "
        "processing always uses every core).",
    )
    local_timeout: float = Field(
        default=45.0,
        gt=0,
        description="Seconds the model process may take to answer before it is killed and "
        "restarted, and the answer quotes the articles instead.",
    )
    local_start_timeout: float = Field(
        default=120.0, gt=0, description="Seconds the model process may take to load."
    )
    local_window: int = Field(
        default=0,
        ge=0,
        le=5,
        description="Sentences of context the local model reads on each side of the best "
        "matching sentence of a passage (0 = the sentence alone); it reads whole passages "
        "when RAG_LOCAL_WINDOW is large.",
    )
    temperature: float = Field(default=0.0, ge=0, le=2, description="Sampling temperature.")
    max_tokens: int = Field(default=320, ge=16, le=4096, description="Longest generated answer.")
    llm_timeout: float = Field(default=60.0, gt=0, description="Seconds before an LLM call fails.")
    llm_retries: int = Field(default=2, ge=0, le=10, description="Retries on 429/5xx/timeouts.")
    prompt: str = Field(
        default="answer_v2",
        description="Prompt variant used by rag.answer() (answer_v2 won the seed evaluation).",
    )
    answer_with: Literal["auto", "llm", "extractive"] = Field(
        default="auto",
        description="Who writes answers to questions: the LLM, or verbatim extractive sentences. "
        "auto = extractive when the LLM is the bundled SmolLM2-135M (it answered fewer questions "
        "correctly than extractive on both test sets; see README), the LLM otherwise. Summaries "
        "always use the LLM.",
    )
    llm_who_said: bool = Field(
        default=False,
        description="Let the LLM phrase who-said answers; off because small models misattribute.",
    )

    # web ingest
    web_timeout: float = Field(
        default=10.0, gt=0, description="Seconds before fetching one web page or feed fails."
    )
    web_max_mb: float = Field(
        default=5.0, gt=0, description="Largest web page or feed fetched, in megabytes."
    )
    web_user_agent: str = Field(
        default="newsrag/0.1 (+https://github.com/newsrag/newsrag; respects robots.txt)",
        description="User-Agent sent with web requests; robots.txt is read for 'newsrag'.",
    )

    # UI
    ui_host: str = Field(default="127.0.0.1", description="Address the chat app listens on.")
    ui_port: int = Field(default=7860, description="Port the chat app listens on.")
    ui_auth: SecretStr | None = Field(
        default=None, description="user:password required when the app listens beyond loopback."
    )

    # REST and OpenAI-compatible API (ui/api.py)
    api_rate_per_minute: int = Field(
        default=60,
        ge=0,
        description="Requests a minute that each API key (or the keyless loopback caller) may "
        "make to /api/v1 and /v1, in bursts of up to as many; more get HTTP 429 with "
        "Retry-After. 0 = no limit.",
    )

    # dates and tracing (issue 13)
    answer_dates: bool = Field(
        default=True,
        description="Put each cited source's outlet and date after its first citation "
        '("[1] (Caliber.Az, 5 Nov 2024)") and note when the sources span several dates.',
    )
    trace_log: bool = Field(
        default=False,
        description="Write one JSON line per answer (request id, per-stage timings, passage "
        "ids; never question or article text) to the 'newsrag.trace' logger, stderr by default.",
    )
    otel: bool = Field(
        default=False,
        description="Export OpenTelemetry spans per answer stage; needs `pip install "
        "'newsrag[otel]'` and a tracer provider (the global one unless set in rag.trace).",
    )

    # several processes sharing one data directory
    writer_wait: float = Field(
        default=120.0,
        ge=0,
        description="Seconds an ingest or remove waits for another process's write to the same "
        "data directory to finish before giving up (0: refuse at once).",
    )

    # output constraints for the embedded model (issue 8)
    local_grammar: bool = Field(
        default=False,
        description="Constrain the embedded model's answers with a llama.cpp grammar: one or two "
        "sentences, each ending with a citation of a passage it was shown, or the cannot-answer "
        "sentence. Verification is unchanged. Off by default: with the bundled model it made "
        "decoding ~40% slower and did not lower the fallback rate (README, Numbers).",
    )

    # web ingest asked for by remote callers
    api_web_private: bool = Field(
        default=False,
        description="Let URL ingest through the REST API fetch loopback, private, link-local "
        "and other non-public addresses (checked on every redirect). Off: a remote caller "
        "cannot make the server read its own network; `newsrag ingest` is not limited.",
    )

    @field_validator("chroma_url", "llm_base_url", "embed_base_url")
    @classmethod
    def _strip_url(cls, v: str | None) -> str | None:
        return v.strip().rstrip("/") or None if v else None

    def answers_with_llm(self) -> bool:
        """Whether rag.answer() asks the configured LLM by default (see ``answer_with``)."""
        if self.answer_with != "auto":
            return self.answer_with == "llm"
        return self.llm == "openai" or (self.llm == "local" and self.local_model is not None)

    def fingerprint(self) -> str:
        """Hash of the answer-relevant settings, for eval caches and reports."""
        skip = {"openai_api_key", "ui_auth", "data_dir", "ui_host", "ui_port", "seeds_dir"}
        skip |= {"api_rate_per_minute", "writer_wait"}  # serving knobs do not change answers
        skip |= {"trace_log", "otel"}  # observability, not answers
        data = {k: str(v) for k, v in self.model_dump().items() if k not in skip}
        return hashlib.md5(json.dumps(data, sort_keys=True).encode()).hexdigest()[:10]

    def public_dict(self) -> dict[str, Any]:
        """Settings without secrets, safe to show or log."""
        d = self.model_dump(mode="json")
        for secret in ("openai_api_key", "ui_auth"):
            d[secret] = "***" if d.get(secret) else None
        return d


# Building a Settings reads the environment and .env and validates ~40 fields (~10 ms), so
# get_settings() keeps the ones it built, keyed on everything they were read from.
_CACHE: OrderedDict[tuple[Any, ...], Settings] = OrderedDict()
_CACHE_SIZE = 64
_CACHE_LOCK = threading.Lock()


def _env_snapshot() -> tuple[Any, ...]:
    """What a Settings() is read from: RAG_* / OPENAI_API_KEY / XDG_DATA_HOME / HOME and .env."""
    # os.environ decodes every key and value on iteration (~40 us here); the raw bytes
    # mapping behind it gives the same answer without that, and is read per query.
    raw = getattr(os.environ, "_data", None)
    if isinstance(raw, dict):
        env: tuple[Any, ...] = tuple(
            sorted((k, v) for k, v in raw.items() if k[:4].upper() == b"RAG_" or k in _RAW_KEYS)
        )
    else:  # pragma: no cover - not CPython on POSIX
        env = tuple(
            sorted(
                (k, v)
                for k, v in os.environ.items()
                if k.upper().startswith("RAG_") or k in ("OPENAI_API_KEY", "XDG_DATA_HOME", "HOME")
            )
        )
    try:
        st = os.stat(".env")
        dotenv: tuple[Any, ...] = (os.getcwd(), st.st_mtime_ns, st.st_size)
    except OSError:
        dotenv = ()
    return env, dotenv


_RAW_KEYS = {b"OPENAI_API_KEY", b"XDG_DATA_HOME", b"HOME"}


def _freeze(value: Any) -> Any:
    """A hashable stand-in for an override value (raises TypeError when there is none)."""
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple, set, frozenset)):
        return (type(value).__name__, tuple(_freeze(v) for v in value))
    hash(value)
    return (type(value).__name__, value)


def get_settings(settings: Settings | dict[str, Any] | None = None) -> Settings:
    """Accept a Settings, a dict of overrides, or None (read the environment).

    The result for None or a dict is built once per environment snapshot and override set,
    not per call; Settings are frozen, so sharing one is safe (use ``model_copy(update=...)``).
    """
    if isinstance(settings, Settings):
        return settings
    overrides = settings or {}
    try:
        key: tuple[Any, ...] | None = (_env_snapshot(), _freeze(overrides))
    except TypeError:
        key = None  # an unhashable override: build it every time rather than guess
    if key is not None:
        with _CACHE_LOCK:
            hit = _CACHE.get(key)
            if hit is not None:
                _CACHE.move_to_end(key)
                return hit
    try:
        built = Settings(**overrides)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'settings'}: {e['msg']} (got {e['input']!r})"
            for e in exc.errors()
        )
        raise ConfigError(
            f"Invalid newsrag settings: {problems}. Check your RAG_* variables."
        ) from exc
    if key is not None:
        with _CACHE_LOCK:
            _CACHE[key] = built
            while len(_CACHE) > _CACHE_SIZE:
                _CACHE.popitem(last=False)
    return built
