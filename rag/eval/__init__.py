"""Evaluate prompt variants on a test set of cited news questions (``newsrag eval``).

The package is split by job:

- :mod:`rag.eval.testset`: the test-set schema and loading (:class:`Case`);
- :mod:`rag.eval.targets`: resolving article keys and ``must_cite`` spans in the index;
- :mod:`rag.eval.runner`: :func:`evaluate`, the threaded runner and its resume cache;
- :mod:`rag.eval.metrics`: scoring one answer into a :class:`CaseRecord`, and the metrics;
- :mod:`rag.eval.report`: :class:`EvalReport`, the terminal table, JSON, CSV, HTML and SVG.

``--fail-under METRIC=VALUE`` (VALUE as 0.95 or 95%) fails the run when any variant is below
VALUE, or above it for the lower-is-better metrics (``LOWER_IS_BETTER``).
"""

from __future__ import annotations

from rag.eval.metrics import (
    CHECKS,
    LOWER_IS_BETTER,
    METRICS,
    PASS_CHECKS,
    RATE_METRICS,
    CaseRecord,
    CitationRecord,
    PassageRecord,
    QuoteRecord,
    compute_metrics,
    contains_ok,
    parse_fail_under,
    percentile,
    score_case,
    speakers_ok,
)
from rag.eval.report import SCHEMA_VERSION, EvalReport, render_html, svg_chart
from rag.eval.runner import evaluate, run_case
from rag.eval.targets import Articles, Target, resolve_case
from rag.eval.testset import Case, CiteSpec, Expected, load_testset, parse_case, parse_cases

__all__ = [
    "CHECKS",
    "LOWER_IS_BETTER",
    "METRICS",
    "PASS_CHECKS",
    "RATE_METRICS",
    "SCHEMA_VERSION",
    "Articles",
    "Case",
    "CaseRecord",
    "CitationRecord",
    "CiteSpec",
    "EvalReport",
    "Expected",
    "PassageRecord",
    "QuoteRecord",
    "Target",
    "compute_metrics",
    "contains_ok",
    "evaluate",
    "load_testset",
    "parse_case",
    "parse_cases",
    "parse_fail_under",
    "percentile",
    "render_html",
    "resolve_case",
    "run_case",
    "score_case",
    "speakers_ok",
    "svg_chart",
]
