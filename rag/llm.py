"""The LLM interface and the factory that picks a backend from settings."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from rag.errors import ConfigError

if TYPE_CHECKING:
    from rag.settings import Settings

Message = dict[str, str]


@runtime_checkable
class LLM(Protocol):
    """A chat model: ``complete`` returns the reply; ``stream`` yields it in pieces."""

    name: str
    usage: dict[str, int]  # token counts of the last call, where the backend reports them

    def complete(self, messages: list[Message], *, max_tokens: int | None = None) -> str:
        """The full reply to ``messages``."""
        ...

    def stream(self, messages: list[Message], *, max_tokens: int | None = None) -> Iterator[str]:
        """The reply to ``messages`` as text deltas."""
        ...


_LOCK = threading.Lock()
_LLMS: dict[tuple[str, ...], LLM] = {}


def model_status(settings: Settings) -> str:
    """One line on the answer model's health, for status lines ("model down (...)")."""
    if settings.llm != "local":
        return ""
    with _LOCK:
        for key, llm in _LLMS.items():
            if key[0] == "local" and key[2] == str(settings.data_dir):
                return str(llm.status())  # type: ignore[attr-defined]
    return "model not started"


def close_llms() -> None:
    """Stop every model process this process started."""
    with _LOCK:
        for llm in _LLMS.values():
            close = getattr(llm, "close", None)
            if close is not None:
                close()
        _LLMS.clear()


def get_llm(settings: Settings, backend: str | None = None) -> LLM | None:
    """The LLM for ``backend`` (default ``settings.llm``); None for the extractive mode."""
    backend = backend or settings.llm
    if backend == "extractive":
        return None
    if backend == "local":
        from rag.local_llm import LocalLLM, resolve_model_path

        path = resolve_model_path(settings.local_model)
        # One model process per model file and data directory, shared by every caller.
        key: tuple[str, ...] = (
            "local",
            str(path),
            str(settings.data_dir),
            str(settings.local_ctx),
            str(settings.local_threads),
        )
        with _LOCK:
            if key not in _LLMS:
                _LLMS[key] = LocalLLM(path, settings)
            return _LLMS[key]
    if backend == "openai":
        from rag.openai_api import OpenAIChat

        return OpenAIChat(settings)
    raise ConfigError(f"Unknown LLM backend {backend!r}; use local, openai or extractive.")
