"""rag.trace: one JSON line per answer with per-stage timings; OpenTelemetry spans per stage."""

import json
import logging
import sys

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

import rag.trace
from rag import answer
from rag.errors import ConfigError
from rag.index import Index

QUESTION = "How many North Korean troops are in Russia?"


def reopen(seeded: Index, **update) -> Index:
    s = seeded.settings.model_copy(update=update)
    seeded.close()
    return Index(s)


@pytest.fixture
def spans():
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    rag.trace.set_tracer_provider(provider)
    yield exporter
    rag.trace.set_tracer_provider(None)


def test_trace_log_writes_one_json_line_without_text_or_secrets(seeded, caplog):
    idx = reopen(seeded, trace_log=True, openai_api_key="sk-test-not-logged")
    caplog.set_level(logging.INFO, logger="newsrag.trace")
    ans = answer(QUESTION, index=idx)
    lines = [r.getMessage() for r in caplog.records if r.name == "newsrag.trace"]
    assert len(lines) == 1
    rec = json.loads(lines[0])
    assert sorted(rec) == [
        "cannot_answer",
        "citations",
        "event",
        "fallback",
        "mode",
        "model",
        "passages",
        "prompt",
        "question_chars",
        "removed",
        "request_id",
        "source",
        "timings_ms",
        "usage",
    ]
    assert (rec["event"], rec["request_id"], rec["source"], rec["question_chars"]) == (
        "answer",
        ans.request_id,
        "extractive",
        len(QUESTION),
    )
    assert len(ans.request_id) == 32 and int(ans.request_id, 16) >= 0
    assert list(rec["timings_ms"]) == ["condense", "retrieve", "generate", "verify", "total"]
    assert rec["timings_ms"]["total"] >= rec["timings_ms"]["retrieve"] > 0
    assert rec["passages"] == [p.chunk.id for p in ans.passages]
    assert rec["citations"] == {"1": ans.citations[1].passage.chunk.id}
    # Neither the question, nor article text, nor the API key is logged.
    assert QUESTION not in lines[0]
    assert all(p.chunk.text[:40] not in lines[0] for p in ans.passages)
    assert "sk-test" not in lines[0]


def test_trace_log_is_off_by_default(seeded, caplog):
    caplog.set_level(logging.INFO, logger="newsrag.trace")
    ans = answer(QUESTION, index=seeded)
    assert [r for r in caplog.records if r.name == "newsrag.trace"] == []
    # The stage timings are on the Answer either way.
    assert list(ans.timings) == ["condense", "retrieve", "generate", "verify", "total"]


def test_otel_spans_per_stage_under_one_answer_span(seeded, spans):
    ans = answer(QUESTION, index=reopen(seeded, otel=True))
    done = spans.get_finished_spans()
    assert [s.name for s in done] == [
        "newsrag.condense",
        "newsrag.retrieve",
        "newsrag.generate",
        "newsrag.verify",
        "newsrag.answer",
    ]
    root = done[-1]
    assert root.parent is None
    assert root.attributes["newsrag.request_id"] == ans.request_id
    assert root.attributes["newsrag.source"] == "extractive"
    for child in done[:-1]:
        assert child.parent.span_id == root.context.span_id
        assert child.context.trace_id == root.context.trace_id
        assert root.start_time <= child.start_time <= child.end_time <= root.end_time


def test_otel_fallback_traces_both_generations(seeded, spans, fake_llm):
    fake_llm.enqueue(["The answer is: 1 2 3 banana [42]"])
    answer(QUESTION, index=reopen(seeded, otel=True), llm=fake_llm)
    assert [s.name for s in spans.get_finished_spans()] == [
        "newsrag.condense",
        "newsrag.retrieve",
        "newsrag.generate",  # the model's reply
        "newsrag.verify",
        "newsrag.generate",  # the extractive fallback
        "newsrag.verify",
        "newsrag.answer",
    ]


def test_otel_cannot_answer_has_no_generation(seeded, spans):
    answer("What is the capital of France?", index=reopen(seeded, otel=True))
    assert [s.name for s in spans.get_finished_spans()] == [
        "newsrag.condense",
        "newsrag.retrieve",
        "newsrag.answer",
    ]


def test_otel_is_off_by_default(seeded, spans):
    answer(QUESTION, index=seeded)
    assert spans.get_finished_spans() == ()


def test_otel_enabled_without_opentelemetry_says_how_to_install(seeded, monkeypatch):
    monkeypatch.setitem(sys.modules, "opentelemetry", None)
    with pytest.raises(ConfigError) as err:
        answer(QUESTION, index=reopen(seeded, otel=True))
    assert str(err.value) == (
        "RAG_OTEL is on but OpenTelemetry is not installed. Run "
        "`pip install 'newsrag[otel]'` (opentelemetry-api and opentelemetry-sdk), "
        "or unset RAG_OTEL."
    )


def test_failed_request_is_traced_by_error_type(seeded, caplog, spans):
    from rag.errors import InputError

    idx = reopen(seeded, trace_log=True, otel=True)
    caplog.set_level(logging.INFO, logger="newsrag.trace")
    with pytest.raises(InputError):
        answer("   ", index=idx)
    (line,) = [r.getMessage() for r in caplog.records if r.name == "newsrag.trace"]
    rec = json.loads(line)
    assert (sorted(rec), rec["event"], rec["error"], list(rec["timings_ms"])) == (
        ["error", "event", "request_id", "timings_ms"],
        "answer",
        "InputError",
        ["total"],
    )
    (root,) = spans.get_finished_spans()
    assert (root.name, root.attributes["newsrag.error"]) == ("newsrag.answer", "InputError")
    assert root.attributes["newsrag.request_id"] == rec["request_id"]
