"""Request tracing: one JSON log line per answer, and optional OpenTelemetry spans.

With ``RAG_TRACE_LOG=1`` every :func:`rag.answer` call writes one JSON object to the
``newsrag.trace`` logger (INFO; to stderr when logging is not configured): a request id, the
seconds spent per stage (condense, retrieve, generate, verify, total) and what came out (source,
fallback, passage and citation ids). It never holds the question, the article text or secrets.

With ``RAG_OTEL=1`` the same stages become OpenTelemetry spans: a ``newsrag.answer`` span
with one child per stage (``newsrag.condense``, ``newsrag.retrieve``, ``newsrag.generate``,
``newsrag.verify``), on the tracer provider set with :func:`set_tracer_provider` or the global
one. This is the only module that imports opentelemetry (``pip install 'newsrag[otel]'``).
"""

from __future__ import annotations

import json
import logging
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rag.errors import ConfigError
from rag.settings import Settings
from rag.types import Answer

LOGGER = "newsrag.trace"
STAGES = ("condense", "retrieve", "generate", "verify")
OTEL_MISSING = (
    "RAG_OTEL is on but OpenTelemetry is not installed. Run "
    "`pip install 'newsrag[otel]'` (opentelemetry-api and opentelemetry-sdk), or unset RAG_OTEL."
)

log = logging.getLogger(LOGGER)
_provider: Any = None  # a TracerProvider set by the application or a test; None = global


def set_tracer_provider(provider: Any) -> None:
    """Send newsrag's spans to ``provider`` (an OpenTelemetry TracerProvider; None = global)."""
    global _provider
    _provider = provider


def _tracer() -> Any:
    try:
        from opentelemetry import trace as otel_trace
    except ImportError as exc:
        raise ConfigError(OTEL_MISSING) from exc
    return otel_trace.get_tracer("newsrag", tracer_provider=_provider)


def _ensure_handler() -> None:
    """Trace lines go to stderr unless the application configured logging itself."""
    if log.handlers or logging.getLogger().handlers:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


class Trace:
    """One request's stages, timed with perf_counter; written out by :meth:`finish`."""

    def __init__(self, settings: Settings, *, name: str = "answer") -> None:
        self.name = name
        self.request_id = uuid.uuid4().hex
        self.log_enabled = settings.trace_log
        self.otel_enabled = settings.otel
        self.tracer: Any = _tracer() if self.otel_enabled else None  # fail before any work
        if self.log_enabled:
            _ensure_handler()
        self.t0 = time.perf_counter()
        self._epoch0 = time.time_ns()
        self.stages: list[tuple[str, float, float]] = []

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Time the block as stage ``name``."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self.stages.append((name, start, time.perf_counter()))

    def add(self, stages: list[tuple[str, float, float]]) -> None:
        """Stages timed elsewhere (rag.generate's Outcome.stages)."""
        self.stages.extend(stages)

    def timings(self) -> dict[str, float]:
        """Seconds per stage (summed when a stage ran twice), in STAGES order."""
        out: dict[str, float] = {}
        for stage in STAGES:
            spent = [e - s for name, s, e in self.stages if name == stage]
            if spent:
                out[stage] = sum(spent)
        return out

    def record(self, ans: Answer, total: float) -> dict[str, Any]:
        """The JSON-ready trace of one answer: ids, timings and outcome, no text."""
        return {
            "event": self.name,
            "request_id": self.request_id,
            "timings_ms": {k: round(v * 1000, 3) for k, v in ans.timings.items()}
            | {"total": round(total * 1000, 3)},
            "mode": ans.mode,
            "source": ans.source.value,
            "model": ans.model,
            "prompt": ans.prompt,
            "cannot_answer": ans.cannot_answer,
            "fallback": ans.fallback.reason.value if ans.fallback else None,
            "question_chars": len(ans.question),
            "passages": [p.chunk.id for p in ans.passages],
            "citations": {str(n): c.passage.chunk.id for n, c in sorted(ans.citations.items())},
            "removed": len(ans.removed),
            "usage": dict(ans.usage),
        }

    def finish(self, ans: Answer) -> None:
        """Log the JSON line and/or export the spans, as the settings ask."""
        end = time.perf_counter()
        if self.log_enabled:
            log.info(json.dumps(self.record(ans, end - self.t0)))
        if self.tracer is not None:
            self._export(ans, end)

    def fail(self, exc: BaseException) -> None:
        """Log and export a request that raised: its stages so far and the error's type."""
        end = time.perf_counter()
        error = type(exc).__name__
        if self.log_enabled:
            timings = {k: round(v * 1000, 3) for k, v in self.timings().items()}
            record = {
                "event": self.name,
                "request_id": self.request_id,
                "timings_ms": timings | {"total": round((end - self.t0) * 1000, 3)},
                "error": error,
            }
            log.info(json.dumps(record))
        if self.tracer is not None:
            self._spans({"newsrag.request_id": self.request_id, "newsrag.error": error}, end)

    def _ns(self, t: float) -> int:
        return self._epoch0 + int((t - self.t0) * 1e9)

    def _export(self, ans: Answer, end: float) -> None:
        attributes = {
            "newsrag.request_id": self.request_id,
            "newsrag.source": ans.source.value,
            "newsrag.model": ans.model,
            "newsrag.passages": len(ans.passages),
            "newsrag.citations": len(ans.citations),
            "newsrag.cannot_answer": ans.cannot_answer,
        }
        self._spans(attributes, end)

    def _spans(self, attributes: dict[str, Any], end: float) -> None:
        # Spans are made from the recorded times, after the fact: the stages run inside
        # generators (streaming), where an active span would leak across yields.
        from opentelemetry import trace as otel_trace

        root = self.tracer.start_span(
            f"newsrag.{self.name}", start_time=self._ns(self.t0), attributes=attributes
        )
        ctx = otel_trace.set_span_in_context(root)
        for name, start, stop in sorted(self.stages, key=lambda s: s[1]):
            span = self.tracer.start_span(
                f"newsrag.{name}", context=ctx, start_time=self._ns(start)
            )
            span.end(end_time=self._ns(stop))
        root.end(end_time=self._ns(end))
