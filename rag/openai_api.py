"""OpenAI-compatible chat and embeddings (the only ``openai`` import): OpenAI, vLLM, Ollama, llama.cpp."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

import numpy as np
import openai

from rag.errors import ConfigError, LLMError, LLMResponseError, LLMUnavailableError

if TYPE_CHECKING:
    from rag.settings import Settings

# Tests set this to False so nothing but loopback servers can be called by accident.
ALLOW_REAL_CALLS = True
PLACEHOLDER_KEY = "not-needed-for-local-servers"


def _check_allowed(base_url: str | None) -> None:
    host = urlparse(base_url).hostname if base_url else "api.openai.com"
    if not ALLOW_REAL_CALLS and host not in ("127.0.0.1", "localhost", "::1"):
        raise LLMUnavailableError(f"Real calls to {host} are disabled in this process (tests).")


def _client(
    settings: Settings,
    base_url: str | None,
    *,
    timeout: float | None = None,
    retries: int | None = None,
    keyless: bool = False,
) -> openai.OpenAI:
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    if keyless:
        key = None  # our own model process: never send the user's OpenAI key to it
    if not key and not base_url:
        raise ConfigError(
            "The openai backend needs an API key: set OPENAI_API_KEY, or set RAG_LLM_BASE_URL "
            "to a local OpenAI-compatible server, or use RAG_LLM=local."
        )
    return openai.OpenAI(
        api_key=key or PLACEHOLDER_KEY,
        base_url=base_url,
        timeout=settings.llm_timeout if timeout is None else timeout,
        max_retries=settings.llm_retries if retries is None else retries,
    )


def _translate(exc: Exception, where: str, timeout: float) -> Exception:
    """Map SDK exceptions to newsrag errors whose messages say what to do (never the key)."""
    if isinstance(exc, openai.APITimeoutError):
        return LLMUnavailableError(
            f"The LLM endpoint {where} did not answer within {timeout:g} s. Try again, raise "
            "RAG_LLM_TIMEOUT, or use RAG_LLM=extractive."
        )
    if isinstance(exc, openai.APIConnectionError):
        return LLMUnavailableError(
            f"Cannot reach the LLM endpoint {where}. Start the server or check RAG_LLM_BASE_URL; "
            "RAG_LLM=extractive answers without an LLM."
        )
    if isinstance(exc, openai.AuthenticationError):
        return ConfigError(f"The LLM endpoint {where} rejected the API key; check OPENAI_API_KEY.")
    if isinstance(exc, openai.NotFoundError):
        return ConfigError(
            f"The LLM endpoint {where} does not know this model; check RAG_LLM_MODEL."
        )
    if isinstance(exc, openai.RateLimitError):
        return LLMUnavailableError(
            f"The LLM endpoint {where} is rate limiting us after retries; "
            "wait a minute and try again."
        )
    if isinstance(exc, openai.APIStatusError):
        return LLMUnavailableError(
            f"The LLM endpoint {where} failed with HTTP "
            f"{exc.status_code} after retries; try again later."
        )
    if isinstance(exc, (ValueError, KeyError, TypeError, AttributeError, IndexError)):
        return LLMResponseError(
            f"The LLM endpoint {where} returned a malformed response; check "
            "that it is OpenAI-compatible."
        )
    return LLMError(f"The LLM call to {where} failed: {type(exc).__name__}")


class OpenAIChat:
    """Chat completions against any OpenAI-compatible endpoint."""

    def __init__(
        self,
        settings: Settings,
        *,
        base_url: str | None = None,
        model: str | None = None,
        name: str | None = None,
        timeout: float | None = None,
        retries: int | None = None,
    ) -> None:
        self.settings = settings
        self.base_url = base_url or settings.llm_base_url
        self.model = model or settings.llm_model
        self.name = name or f"openai:{self.model}"
        self.where = self.base_url or "api.openai.com"
        self.timeout = settings.llm_timeout if timeout is None else timeout
        self.usage: dict[str, int] = {}
        self._client = _client(
            settings, self.base_url, timeout=timeout, retries=retries, keyless=base_url is not None
        )

    def _kwargs(
        self, messages: list[dict[str, str]], max_tokens: int | None, grammar: str | None = None
    ) -> dict[str, Any]:
        kw: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "max_tokens": max_tokens or self.settings.max_tokens,
            "temperature": self.settings.temperature,
        }
        if grammar:
            # llama.cpp servers (llama_cpp.server, llama-server) constrain output to a GBNF grammar.
            kw["extra_body"] = {"grammar": grammar}
        return kw

    def complete(self, messages: list[dict[str, str]], *, max_tokens: int | None = None) -> str:
        """The full reply; empty or non-text replies raise LLMResponseError."""
        _check_allowed(self.base_url)
        try:
            resp = self._client.chat.completions.create(**self._kwargs(messages, max_tokens))
            text = resp.choices[0].message.content
        except openai.OpenAIError as exc:
            raise _translate(exc, self.where, self.timeout) from exc
        except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
            raise _translate(exc, self.where, self.timeout) from exc
        if not isinstance(text, str) or not text.strip():
            raise LLMResponseError(f"The LLM endpoint {self.where} returned an empty answer.")
        u = getattr(resp, "usage", None)
        self.usage = (
            {"prompt_tokens": u.prompt_tokens, "completion_tokens": u.completion_tokens}
            if u
            else {}
        )
        return text

    def stream(
        self,
        messages: list[dict[str, str]],
        *,
        max_tokens: int | None = None,
        grammar: str | None = None,
    ) -> Iterator[str]:
        """Reply deltas from a streamed completion (``grammar``: llama.cpp servers only)."""
        _check_allowed(self.base_url)
        self.usage = {}
        got = False
        try:
            events = self._client.chat.completions.create(
                stream=True, **self._kwargs(messages, max_tokens, grammar)
            )
            n = 0
            for ev in events:
                if not ev.choices:
                    continue
                delta = ev.choices[0].delta.content
                if delta:
                    got = True
                    n += 1
                    yield delta
            self.usage = {"completion_tokens": n}
        except openai.OpenAIError as exc:
            raise _translate(exc, self.where, self.timeout) from exc
        except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
            raise _translate(exc, self.where, self.timeout) from exc
        if not got:
            raise LLMResponseError(f"The LLM endpoint {self.where} returned an empty answer.")


class OpenAIEmbedder:
    """Embeddings from an OpenAI-compatible ``/embeddings`` endpoint, L2-normalized."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.base_url = settings.embed_base_url
        self.model = settings.embed_model
        self.name = f"openai:{self.model}"
        self._dim: int | None = None
        self._client = _client(settings, self.base_url)

    @property
    def dim(self) -> int:
        """Vector size, learned from one probe call."""
        if self._dim is None:
            self._dim = len(self.embed(["dimension probe"])[0])
        return self._dim

    def embed(self, texts: list[str]) -> list[list[float]]:
        """One unit vector per text, in order."""
        _check_allowed(self.base_url)
        out: list[list[float]] = []
        where = self.base_url or "api.openai.com"
        for b in range(0, len(texts), self.settings.embed_batch):
            part = texts[b : b + self.settings.embed_batch]
            try:
                resp = self._client.embeddings.create(model=self.model, input=part)
                vecs = np.array(
                    [d.embedding for d in sorted(resp.data, key=lambda d: d.index)],
                    dtype=np.float32,
                )
            except openai.OpenAIError as exc:
                raise _translate(exc, where, self.settings.llm_timeout) from exc
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise _translate(exc, where, self.settings.llm_timeout) from exc
            if vecs.shape[0] != len(part):
                raise LLMResponseError(
                    f"The embeddings endpoint {where} returned "
                    f"{vecs.shape[0]} vectors for {len(part)} texts."
                )
            vecs /= np.clip(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12, None)
            out.extend(vecs.tolist())
            self._dim = vecs.shape[1]
        return out
