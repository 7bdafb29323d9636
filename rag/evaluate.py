"""Evaluate prompt variants on a test set of cited news questions (``newsrag eval``).

A test set is a YAML file (a list of cases, or a mapping with ``cases:``), a JSON file of the
same shape, or JSONL with one case per line. A case::

    - id: kursk-troops                     # unique, required
      question: How many North Korean troops were sent to Russia?
      task: answer                         # answer (default) | who_said | summarize
      filters: {article: caliber-az-...}   # retrieval filters; "article" takes an article key
      history: [[user, assistant], ...]    # earlier turns, for follow-up questions
      k: 5                                 # passages for this case (default: --k / settings)
      article: sample-port-calloway-deal   # summarize: one article (key) ...
      topic: Port Calloway strike          # ... or a topic; who_said: topic (default question)
      length: short                        # summarize: short | medium | long | sentence count
      expected:                            # at least one of:
        answer_contains: ["10,000", "re:spokes(man|person)"]   # text or re: regex
        match: all                         # all (default) | any
        speakers: [Jeon Ha-kyou]           # people the answer must name
        must_cite: [caliber-az-..., "More than 10,000 North Korean troops"]
        cannot_answer: true                # the articles do not hold the answer

Article keys are a file's stem (``seeds/x.json`` -> ``x``), an exact title or an id (prefix);
any other ``must_cite`` string is an exact text span that must occur in an indexed article.
A broken case raises :class:`rag.errors.EvalError` naming the case id and the field.

Every case runs through :func:`rag.answer` (or :func:`rag.who_said` / :func:`rag.summarize`)
once per prompt variant; results are cached in ``OUT/cache.jsonl`` keyed by variant, case
content, ``Settings.fingerprint()``, backend, k and the indexed articles, so an interrupted
run resumes where it stopped. Cases that do not use the answer prompt (who_said, summarize)
run once and are shared by all variants. Extractive and openai cases run in a thread pool
(``--concurrency``, default 4); local ones run one at a time, as the embedded model is
serialised. A who_said case is scored on what :func:`rag.who_said` returns: each attribution
counts as a citation of the retrieved passage holding it. ``--fail-under METRIC=VALUE``
(VALUE as 0.95 or 95%) fails the run when any variant is below VALUE, or above it for the
lower-is-better metrics (``LOWER_IS_BETTER``).

Metrics (per variant; ``METRICS`` holds these definitions for the README). A passage *holds*
a ``must_cite`` item if it comes from that article (article key) or contains the whole span
(text span); a citation *covers* an item if its passage holds it.

- ``pass_rate``: share of cases whose checks (contains, speakers, cited, refusal,
  citations_valid) all passed.
- ``hit@1``, ``hit@5``: share of cases with ``must_cite`` where a passage ranked <= 1 / 5
  holds at least one item.
- ``recall@5``: share of ``must_cite`` items held by some passage ranked <= 5.
- ``mrr``: mean of 1 / rank of the first passage that holds an item (0 if none).
- ``citation_validity_raw``: before repair: share of citation markers the model wrote that
  number a passage it was shown: 1 - invalid / raw, from ``Answer.raw_citations`` and the
  ``citation [n]`` entries of ``Answer.removed``.
- ``citation_validity``: after repair: share of markers in the final text whose citation
  exists, points to one of the answer's passages and highlights spans inside it.
- ``citation_precision``: share of final citations (in cases with ``must_cite``) whose
  passage overlaps a ``must_cite`` span or comes from a ``must_cite`` article.
- ``citation_recall``: share of ``must_cite`` items covered by some final citation.
- ``quote_verification``: share of quotations in answers found in the cited passage.
- ``answer_correctness``: share of cases with ``answer_contains`` or ``speakers`` where the
  answer matches the patterns (all/any) and names every speaker (case-insensitive).
- ``cannot_answer_accuracy``: share of all cases where the answer refused exactly when the
  case expects ``cannot_answer``.
- ``true_refusal_rate``: share of ``cannot_answer`` cases that were refused.
- ``false_refusal_rate``: share of answerable cases that were refused (lower is better).
- ``fallback_rate``: share of LLM answers replaced by the extractive answer.
- ``latency_p50``, ``latency_p95``: percentiles (linear interpolation) of total seconds.
- ``prompt_tokens``, ``completion_tokens``: mean tokens per case that reported usage.
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import math
import os
import re
import sys
import threading
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from rag.errors import EvalError, RagError

if TYPE_CHECKING:  # imported lazily at run time: `newsrag eval --help` stays fast
    from rag.index import Index
    from rag.types import Answer

SCHEMA_VERSION = 2
TASKS = ("answer", "who_said", "summarize")
LENGTHS = ("short", "medium", "long")
FILTER_KEYS = ("outlet", "article_id", "published_from", "published_to", "article")
CASE_FIELDS = (
    "id",
    "question",
    "task",
    "filters",
    "history",
    "k",
    "article",
    "topic",
    "length",
    "expected",
    "tags",
    "notes",
)
EXPECTED_FIELDS = ("answer_contains", "match", "speakers", "must_cite", "cannot_answer")
CHECKS = (
    "contains",
    "speakers",
    "cited",
    "refusal",
    "citations_valid",
    "retrieved",
    "quotes_verified",
)
# Checks that decide whether a case passed; "retrieved" and "quotes_verified" are diagnostics.
PASS_CHECKS = ("contains", "speakers", "cited", "refusal", "citations_valid")

METRICS: dict[str, str] = {
    "pass_rate": "share of cases whose checks (contains, speakers, cited, refusal, citations_valid) all passed",
    "hit@1": "share of cases with must_cite whose top passage holds a must_cite item",
    "hit@5": "share of cases with must_cite where a passage ranked <= 5 holds a must_cite item",
    "recall@5": "share of must_cite items held by some passage ranked <= 5",
    "mrr": "mean reciprocal rank of the first passage holding a must_cite item (0 if none)",
    "citation_validity_raw": "before repair: share of the model's citation markers that number a passage it was shown (1 - invalid/raw)",
    "citation_validity": "after repair: share of final citation markers pointing to a given passage, with spans inside it",
    "citation_precision": "share of final citations whose passage overlaps a must_cite span or article",
    "citation_recall": "share of must_cite items covered by some final citation",
    "quote_verification": "share of quotations in answers found in the cited passage",
    "answer_correctness": "share of cases with answer_contains/speakers whose answer matches the patterns and names every speaker",
    "cannot_answer_accuracy": "share of all cases refused exactly when cannot_answer is expected",
    "true_refusal_rate": "share of cannot_answer cases that were refused",
    "false_refusal_rate": "share of answerable cases that were refused (lower is better)",
    "fallback_rate": "share of LLM answers replaced by the extractive answer",
    "latency_p50": "median seconds per case (lower is better)",
    "latency_p95": "95th percentile seconds per case (lower is better)",
    "prompt_tokens": "mean prompt tokens per case that reported usage (lower is better)",
    "completion_tokens": "mean completion tokens per case that reported usage",
}
LOWER_IS_BETTER = frozenset(
    {
        "false_refusal_rate",
        "fallback_rate",
        "latency_p50",
        "latency_p95",
        "prompt_tokens",
        "completion_tokens",
    }
)
RATE_METRICS = tuple(
    m for m in METRICS if not m.startswith(("latency", "prompt_tok", "completion_tok"))
)


# -- test set schema ----------------------------------------------------------------------
@dataclass(frozen=True)
class CiteSpec:
    """One ``must_cite`` item: an article key, a text span, or both (span in that article)."""

    article: str | None = None
    span: str | None = None

    @property
    def label(self) -> str:
        if self.article and self.span:
            return f"{self.article}: {self.span}"
        return self.article or self.span or ""


@dataclass(frozen=True)
class Expected:
    """What a case's answer must show."""

    answer_contains: tuple[str, ...] = ()
    match: str = "all"
    speakers: tuple[str, ...] = ()
    must_cite: tuple[CiteSpec, ...] = ()
    cannot_answer: bool = False


@dataclass(frozen=True)
class Case:
    """One validated test case."""

    id: str
    question: str
    task: str = "answer"
    filters: dict[str, Any] = field(default_factory=dict)
    history: tuple[tuple[str, str], ...] = ()
    k: int | None = None
    article: str | None = None
    topic: str | None = None
    length: str | int = "short"
    expected: Expected = field(default_factory=Expected)
    tags: tuple[str, ...] = ()
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def digest(self) -> str:
        """Hash of the case as written; a changed case is re-run, not read from the cache."""
        blob = json.dumps(self.raw, sort_keys=True, default=str)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _label(cid: Any, pos: int) -> str:
    return f"Case {cid!r}" if isinstance(cid, str) and cid.strip() else f"Case #{pos}"


def _fail(label: str, fld: str, problem: str) -> EvalError:
    return EvalError(f"{label}, field {fld!r}: {problem}")


def _type(v: Any) -> str:
    return type(v).__name__


def _strings(label: str, fld: str, value: Any) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items:
        raise _fail(
            label, fld, f"must be a string or a non-empty list of strings, got {_type(value)}"
        )
    for i, item in enumerate(items):
        if not isinstance(item, str) or not item.strip():
            raise _fail(label, f"{fld}[{i}]", "must be a non-empty string")
    return tuple(s.strip() for s in items)


def _pattern(label: str, fld: str, pat: str) -> None:
    if pat.startswith("re:"):
        try:
            re.compile(pat[3:])
        except re.error as exc:
            raise _fail(label, fld, f"invalid regular expression {pat[3:]!r}: {exc}") from exc


def _parse_expected(label: str, value: Any) -> Expected:
    if value is None:
        raise _fail(
            label,
            "expected",
            "is required (give answer_contains, speakers, must_cite or cannot_answer)",
        )
    if not isinstance(value, dict):
        raise _fail(label, "expected", f"must be a mapping, got {_type(value)}")
    unknown = sorted(set(value) - set(EXPECTED_FIELDS))
    if unknown:
        raise _fail(
            label,
            f"expected.{unknown[0]}",
            f"unknown field (allowed: {', '.join(EXPECTED_FIELDS)})",
        )
    if not any(f in value for f in ("answer_contains", "speakers", "must_cite", "cannot_answer")):
        raise _fail(
            label,
            "expected",
            "is empty (give answer_contains, speakers, must_cite or cannot_answer)",
        )
    contains: tuple[str, ...] = ()
    if "answer_contains" in value:
        contains = _strings(label, "expected.answer_contains", value["answer_contains"])
        for i, pat in enumerate(contains):
            _pattern(label, f"expected.answer_contains[{i}]", pat)
    match = value.get("match", "all")
    if match not in ("all", "any"):
        raise _fail(label, "expected.match", f"must be 'all' or 'any', got {match!r}")
    if "match" in value and not contains:
        raise _fail(label, "expected.match", "needs answer_contains")
    speakers = (
        _strings(label, "expected.speakers", value["speakers"]) if "speakers" in value else ()
    )
    cites: list[CiteSpec] = []
    if "must_cite" in value:
        raw = value["must_cite"]
        items = [raw] if isinstance(raw, (str, dict)) else raw
        if not isinstance(items, list) or not items:
            raise _fail(
                label,
                "expected.must_cite",
                f"must be a string, a mapping or a non-empty list, got {_type(raw)}",
            )
        for i, item in enumerate(items):
            fld = f"expected.must_cite[{i}]"
            if isinstance(item, str) and item.strip():
                cites.append(CiteSpec(article=None, span=item.strip()))
            elif isinstance(item, dict):
                extra = sorted(set(item) - {"article", "span"})
                if extra:
                    raise _fail(label, fld, f"unknown key {extra[0]!r} (use article and/or span)")
                art, span = item.get("article"), item.get("span")
                if art is None and span is None:
                    raise _fail(label, fld, "needs article and/or span")
                for name, v in (("article", art), ("span", span)):
                    if v is not None and (not isinstance(v, str) or not v.strip()):
                        raise _fail(label, f"{fld}.{name}", "must be a non-empty string")
                cites.append(
                    CiteSpec(
                        article=art.strip() if art else None, span=span.strip() if span else None
                    )
                )
            else:
                raise _fail(
                    label, fld, "must be a non-empty string or a mapping with article and/or span"
                )
    cannot = value.get("cannot_answer", False)
    if not isinstance(cannot, bool):
        raise _fail(label, "expected.cannot_answer", f"must be true or false, got {cannot!r}")
    if cannot and (contains or speakers or cites):
        raise _fail(
            label,
            "expected.cannot_answer",
            "cannot be combined with answer_contains, speakers or must_cite",
        )
    return Expected(
        answer_contains=contains,
        match=match,
        speakers=speakers,
        must_cite=tuple(cites),
        cannot_answer=cannot,
    )


def _parse_history(label: str, value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        raise _fail(
            label, "history", f"must be a list of [user, assistant] pairs, got {_type(value)}"
        )
    turns = []
    for i, item in enumerate(value):
        pair: Any = None
        if isinstance(item, list) and len(item) == 2:
            pair = item
        elif isinstance(item, dict) and set(item) == {"user", "assistant"}:
            pair = [item["user"], item["assistant"]]
        if pair is None or not all(isinstance(x, str) and x.strip() for x in pair):
            raise _fail(
                label, f"history[{i}]", "must be a [user, assistant] pair of non-empty strings"
            )
        turns.append((pair[0].strip(), pair[1].strip()))
    return tuple(turns)


def _parse_filters(label: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(label, "filters", f"must be a mapping, got {_type(value)}")
    for key, v in value.items():
        if key not in FILTER_KEYS:
            raise _fail(label, f"filters.{key}", f"unknown filter (use {', '.join(FILTER_KEYS)})")
        ok = isinstance(v, str) or (isinstance(v, list) and all(isinstance(x, str) for x in v))
        if not ok and not (key.startswith("published") and hasattr(v, "isoformat")):
            raise _fail(label, f"filters.{key}", "must be a string or a list of strings")
    if "article" in value and "article_id" in value:
        raise _fail(label, "filters.article", "give article or article_id, not both")
    return dict(value)


def parse_case(data: Any, pos: int = 1) -> Case:
    """Validate one case mapping; ``pos`` (1-based) names cases that have no id."""
    if not isinstance(data, dict):
        raise EvalError(
            f"Case #{pos}: must be a mapping with id, question and expected, got {_type(data)}"
        )
    label = _label(data.get("id"), pos)
    cid = data.get("id")
    if cid is None:
        raise _fail(label, "id", "is required")
    if not isinstance(cid, str) or not re.fullmatch(r"[\w.\-:]+", cid):
        raise _fail(label, "id", "must be a string of letters, digits, '_', '-', '.' or ':'")
    unknown = sorted(set(data) - set(CASE_FIELDS))
    if unknown:
        raise _fail(label, unknown[0], f"unknown field (allowed: {', '.join(CASE_FIELDS)})")
    task = data.get("task", "answer")
    if task not in TASKS:
        raise _fail(label, "task", f"must be one of {', '.join(TASKS)}, got {task!r}")
    question = data.get("question")
    if question is not None and (not isinstance(question, str) or not question.strip()):
        raise _fail(label, "question", "must be a non-empty string")
    article, topic = data.get("article"), data.get("topic")
    for name, v in (("article", article), ("topic", topic)):
        if v is not None and (not isinstance(v, str) or not v.strip()):
            raise _fail(label, name, "must be a non-empty string")
    if task == "summarize":
        if bool(article) == bool(topic):
            raise _fail(label, "article", "summarize needs exactly one of article or topic")
    else:
        if article is not None:
            raise _fail(
                label,
                "article",
                "only summarize cases take an article (use filters.article to restrict retrieval)",
            )
        if task == "answer" and topic is not None:
            raise _fail(label, "topic", "only who_said and summarize cases take a topic")
        if question is None and not (task == "who_said" and topic):
            raise _fail(label, "question", "is required")
    if task != "answer" and "history" in data:
        raise _fail(label, "history", "only answer cases take a history")
    history = _parse_history(label, data["history"]) if "history" in data else ()
    filters = _parse_filters(label, data["filters"]) if "filters" in data else {}
    if task == "summarize" and article and filters:
        raise _fail(label, "filters", "a summary of one article takes no filters")
    k = data.get("k")
    if k is not None and (isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= 50):
        raise _fail(label, "k", f"must be a whole number from 1 to 50, got {k!r}")
    length = data.get("length", "short")
    if "length" in data and task != "summarize":
        raise _fail(label, "length", "only summarize cases take a length")
    if not (
        length in LENGTHS
        or (isinstance(length, int) and not isinstance(length, bool) and 1 <= length <= 20)
    ):
        raise _fail(label, "length", f"must be short, medium, long or 1-20, got {length!r}")
    tags = _strings(label, "tags", data["tags"]) if "tags" in data else ()
    expected = _parse_expected(label, data.get("expected"))
    if not question:
        question = (
            f"Summary of {article or topic}"
            if task == "summarize"
            else f"Who said what about {topic}?"
        )
    return Case(
        id=cid,
        question=question.strip(),
        task=task,
        filters=filters,
        history=history,
        k=k,
        article=article,
        topic=topic,
        length=length,
        expected=expected,
        tags=tags,
        raw=data,
    )


def parse_cases(data: Any, source: str = "test set") -> list[Case]:
    """Validate a loaded test set (a list of cases or a mapping with ``cases``)."""
    if isinstance(data, dict):
        extra = sorted(set(data) - {"cases", "name", "description"})
        if "cases" not in data or extra:
            raise EvalError(
                f"{source}: a mapping test set needs a 'cases' list (and may have "
                "name and description)"
            )
        data = data["cases"]
    if not isinstance(data, list) or not data:
        raise EvalError(f"{source}: expected a non-empty list of cases")
    cases: list[Case] = []
    seen: dict[str, int] = {}
    for pos, item in enumerate(data, 1):
        case = parse_case(item, pos)
        if case.id in seen:
            raise _fail(f"Case {case.id!r}", "id", f"duplicates case #{seen[case.id]}")
        seen[case.id] = pos
        cases.append(case)
    return cases


def load_testset(path: str | Path) -> list[Case]:
    """Read and validate a YAML, JSON or JSONL test set."""
    p = Path(path)
    if not p.is_file():
        raise EvalError(f"Test set {p} does not exist; give a .yaml, .json or .jsonl file.")
    text = p.read_text(encoding="utf-8")
    if p.suffix.lower() == ".jsonl":
        data: Any = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                data.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise EvalError(f"Test set {p}, line {n}: not valid JSON ({exc.msg})") from exc
    else:
        try:
            data = yaml.safe_load(text)  # JSON is YAML too
        except yaml.YAMLError as exc:
            raise EvalError(f"Test set {p} is not valid YAML: {exc}") from exc
    return parse_cases(data, f"Test set {p}")


# -- resolving article keys and spans against the index ------------------------------------
@dataclass(frozen=True)
class Target:
    """A resolved ``must_cite`` item: where in which articles it occurs."""

    label: str
    locations: tuple[tuple[str, int, int], ...]  # (article_id, start, end)
    whole_article: bool = False

    def holds(self, article_id: str, start: int, end: int) -> bool:
        """True if the range (a passage) holds this item."""
        for aid, s, e in self.locations:
            if aid == article_id and (self.whole_article or (start <= s and e <= end)):
                return True
        return False

    def overlaps(self, article_id: str, start: int, end: int) -> bool:
        """True if the range shares at least one character with this item."""
        for aid, s, e in self.locations:
            if aid == article_id and (self.whole_article or (start < e and s < end)):
                return True
        return False

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "whole_article": self.whole_article,
            "locations": [list(loc) for loc in self.locations],
        }


class Articles:
    """Article keys (file stem, title, id) and texts of the complete indexed articles."""

    def __init__(self, index: Index) -> None:
        self.rows = [r for r in index.list_articles() if r["status"] == "complete"]
        self.texts: dict[str, str] = {}
        for r in self.rows:
            art = index.catalog.article(r["id"])
            self.texts[r["id"]] = art.text if art else ""
        self.keys: dict[str, set[str]] = {}
        for r in self.rows:
            for key in (Path(r.get("source") or "").stem, (r["title"] or "").casefold(), r["id"]):
                if key:
                    self.keys.setdefault(key, set()).add(r["id"])

    def signature(self) -> str:
        """Changes when the set of indexed articles changes."""
        blob = json.dumps(sorted((r["id"], r["chunks"]) for r in self.rows))
        return hashlib.sha256(blob.encode()).hexdigest()[:12]

    def resolve(self, key: str) -> str | None:
        """The article id for a file stem, title or id (unique prefix of 6+ characters)."""
        for k in (key, key.casefold()):
            ids = self.keys.get(k)
            if ids and len(ids) == 1:
                return next(iter(ids))
        if re.fullmatch(r"[0-9a-f]{6,16}", key):
            hits = [aid for aid in self.texts if aid.startswith(key)]
            if len(hits) == 1:
                return hits[0]
        return None

    def find(self, span: str, article_id: str | None = None) -> list[tuple[str, int, int]]:
        """Every occurrence of ``span`` (exact text) in the indexed articles."""
        out = []
        for aid, text in self.texts.items():
            if article_id and aid != article_id:
                continue
            i = text.find(span)
            while i >= 0:
                out.append((aid, i, i + len(span)))
                i = text.find(span, i + 1)
        return out


def resolve_case(case: Case, articles: Articles) -> tuple[list[Target], dict[str, Any], str | None]:
    """(must_cite targets, retrieval filters with article keys resolved, summary article id)."""
    label = f"Case {case.id!r}"
    targets: list[Target] = []
    for i, spec in enumerate(case.expected.must_cite):
        fld = f"expected.must_cite[{i}]"
        aid = None
        if spec.article:
            aid = articles.resolve(spec.article)
            if aid is None:
                raise _fail(
                    label,
                    f"{fld}.article" if spec.span else fld,
                    f"no indexed article has the key {spec.article!r} (file stem, title or id)",
                )
        if spec.span is None:
            assert aid is not None
            targets.append(Target(spec.label, ((aid, 0, len(articles.texts[aid])),), True))
            continue
        if aid is None:
            whole = articles.resolve(spec.span)
            if whole is not None:
                targets.append(Target(spec.label, ((whole, 0, len(articles.texts[whole])),), True))
                continue
        locs = articles.find(spec.span, aid)
        if not locs:
            where = f"article {spec.article!r}" if aid else "any indexed article"
            raise _fail(
                label,
                f"{fld}.span" if spec.article else fld,
                f"{spec.span!r} is not an article key and does not occur in {where}",
            )
        targets.append(Target(spec.label, tuple(locs)))
    filters = dict(case.filters)
    if "article" in filters:
        keys = filters.pop("article")
        ids = []
        for key in [keys] if isinstance(keys, str) else keys:
            aid = articles.resolve(key)
            if aid is None:
                raise _fail(label, "filters.article", f"no indexed article has the key {key!r}")
            ids.append(aid)
        filters["article_id"] = ids[0] if len(ids) == 1 else ids
    summary_id = None
    if case.task == "summarize" and case.article:
        summary_id = articles.resolve(case.article)
        if summary_id is None:
            raise _fail(label, "article", f"no indexed article has the key {case.article!r}")
    return targets, filters, summary_id


# -- scoring one answer -----------------------------------------------------------------
def _norm_text(s: str) -> str:
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", s).strip().casefold()


def contains_ok(text: str, patterns: Sequence[str], match: str = "all") -> bool:
    """Whether ``text`` holds the patterns: plain text case-insensitively, ``re:`` as regex."""
    if not patterns:
        return True
    low = _norm_text(text)
    hits = []
    for pat in patterns:
        if pat.startswith("re:"):
            hits.append(re.search(pat[3:], text, re.I) is not None)
        else:
            hits.append(_norm_text(pat) in low)
    return all(hits) if match == "all" else any(hits)


def speakers_ok(text: str, speakers: Sequence[str]) -> bool:
    """Whether every expected speaker is named in ``text`` (case-insensitive, full name)."""
    low = _norm_text(text)
    return all(_norm_text(s) in low for s in speakers)


def _raw_markers(ans: Answer) -> tuple[int, int]:
    """(citation markers the model wrote, how many numbered a passage it was shown).

    From ``Answer.raw_citations`` and the ``citation [n] ...`` entries of ``Answer.removed``,
    which the library keeps even when the answer fell back to the extractive one.
    """
    invalid = ans.invalid_citations
    raw = max(ans.raw_citations, 0)
    return raw, raw - min(invalid, raw)


def score_case(case: Case, ans: Answer, targets: Sequence[Target] = ()) -> dict[str, Any]:
    """The per-case record (JSON-ready): answer, citations, passages, counts and checks."""
    from rag.cite import parse_markers, strip_markers

    passages = sorted(ans.passages, key=lambda p: p.rank or 0)
    by_id = {p.chunk.id: p for p in passages}
    ranks = [p.rank or i for i, p in enumerate(passages, 1)]
    target_ranks: list[int | None] = []
    for t in targets:
        hit = [
            r
            for p, r in zip(passages, ranks, strict=True)
            if t.holds(p.chunk.article_id, p.chunk.start, p.chunk.end)
        ]
        target_ranks.append(min(hit) if hit else None)
    cits: list[dict[str, Any]] = []
    for n, c in sorted(ans.citations.items()):
        ch = c.passage.chunk
        given = by_id.get(ch.id)
        valid = given is not None and all(
            given.chunk.start <= s and e <= given.chunk.end for s, e in c.spans
        )
        cits.append(
            {
                "number": n,
                "chunk_id": ch.id,
                "article_id": ch.article_id,
                "start": ch.start,
                "end": ch.end,
                "spans": [list(s) for s in c.spans],
                "valid": valid,
                "on_target": any(t.overlaps(ch.article_id, ch.start, ch.end) for t in targets),
            }
        )
    valid_numbers = {c["number"] for c in cits if c["valid"]}
    markers = parse_markers(ans.text)
    valid_markers = sum(1 for n in markers if n in valid_numbers)
    cited_targets = [
        any(t.holds(c["article_id"], c["start"], c["end"]) for c in cits) for t in targets
    ]
    raw, raw_valid = _raw_markers(ans)
    exp = case.expected
    plain = strip_markers(ans.text)
    checks: dict[str, bool | None] = dict.fromkeys(CHECKS)
    if exp.answer_contains:
        checks["contains"] = not ans.cannot_answer and contains_ok(
            plain, exp.answer_contains, exp.match
        )
    if exp.speakers:
        checks["speakers"] = not ans.cannot_answer and speakers_ok(plain, exp.speakers)
    if targets:
        checks["cited"] = all(cited_targets)
        checks["retrieved"] = all(r is not None for r in target_ranks)
    checks["refusal"] = bool(ans.cannot_answer) == exp.cannot_answer
    if markers or cits:
        checks["citations_valid"] = valid_markers == len(markers) and all(c["valid"] for c in cits)
    if ans.quotes:
        checks["quotes_verified"] = all(q.verified for q in ans.quotes)
    return {
        "case_id": case.id,
        "task": case.task,
        "question": case.question,
        "standalone_question": ans.standalone_question,
        "text": ans.text,
        "cannot_answer": bool(ans.cannot_answer),
        "expected_cannot_answer": exp.cannot_answer,
        "mode": ans.mode,
        "model": ans.model,
        "prompt": ans.prompt,
        "fallback": str(ans.fallback) if ans.fallback else "",
        "error": None,
        "citations": cits,
        "passages": [
            {
                "rank": r,
                "chunk_id": p.chunk.id,
                "article_id": p.chunk.article_id,
                "start": p.chunk.start,
                "end": p.chunk.end,
                "score": round(p.fused_score, 6),
            }
            for p, r in zip(passages, ranks, strict=True)
        ],
        "quotes": [{"text": q.text, "verified": q.verified} for q in ans.quotes],
        "removed": [str(r) for r in ans.removed],
        "targets": [t.to_dict() for t in targets],
        "target_ranks": target_ranks,
        "cited_targets": cited_targets,
        "markers": len(markers),
        "valid_markers": valid_markers,
        "raw_markers": raw,
        "raw_valid_markers": raw_valid,
        "timings": {k: round(v, 4) for k, v in ans.timings.items()},
        "usage": dict(ans.usage),
        "checks": checks,
        "passed": all(checks[c] for c in PASS_CHECKS if checks[c] is not None),
    }


def error_record(case: Case, exc: Exception, targets: Sequence[Target] = ()) -> dict[str, Any]:
    """A record for a case whose run raised: every applicable check fails."""
    exp = case.expected
    checks: dict[str, bool | None] = dict.fromkeys(CHECKS)
    for name, applies in (
        ("contains", exp.answer_contains),
        ("speakers", exp.speakers),
        ("cited", targets),
        ("retrieved", targets),
        ("refusal", True),
    ):
        if applies:
            checks[name] = False
    return {
        "case_id": case.id,
        "task": case.task,
        "question": case.question,
        "standalone_question": "",
        "text": "",
        "cannot_answer": False,
        "expected_cannot_answer": exp.cannot_answer,
        "mode": "",
        "model": "",
        "prompt": "",
        "fallback": "",
        "error": f"{type(exc).__name__}: {exc}",
        "citations": [],
        "passages": [],
        "quotes": [],
        "removed": [],
        "targets": [t.to_dict() for t in targets],
        "target_ranks": [None] * len(targets),
        "cited_targets": [False] * len(targets),
        "markers": 0,
        "valid_markers": 0,
        "raw_markers": 0,
        "raw_valid_markers": 0,
        "timings": {},
        "usage": {},
        "checks": checks,
        "passed": False,
    }


# -- metrics -----------------------------------------------------------------------------
def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q``-th percentile (0-100) by linear interpolation; None for no values."""
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def compute_metrics(records: Sequence[dict[str, Any]]) -> dict[str, float | None]:
    """Every metric in :data:`METRICS` over one variant's records (None = not measured)."""
    m: dict[str, float | None] = {}
    n = len(records)
    m["pass_rate"] = _ratio(sum(r["passed"] for r in records), n)
    with_targets = [r for r in records if r["targets"]]
    firsts = [
        min((x for x in r["target_ranks"] if x is not None), default=None) for r in with_targets
    ]
    for cut in (1, 5):
        m[f"hit@{cut}"] = _ratio(sum(1 for f in firsts if f is not None and f <= cut), len(firsts))
    all_ranks = [x for r in with_targets for x in r["target_ranks"]]
    m["recall@5"] = _ratio(sum(1 for x in all_ranks if x is not None and x <= 5), len(all_ranks))
    m["mrr"] = _ratio(sum(1.0 / f for f in firsts if f), len(firsts))
    m["citation_validity_raw"] = _ratio(
        sum(r["raw_valid_markers"] for r in records), sum(r["raw_markers"] for r in records)
    )
    m["citation_validity"] = _ratio(
        sum(r["valid_markers"] for r in records), sum(r["markers"] for r in records)
    )
    tc = [c for r in with_targets for c in r["citations"]]
    m["citation_precision"] = _ratio(sum(1 for c in tc if c["on_target"]), len(tc))
    covered = [x for r in with_targets for x in r["cited_targets"]]
    m["citation_recall"] = _ratio(sum(covered), len(covered))
    quotes = [q for r in records for q in r["quotes"]]
    m["quote_verification"] = _ratio(sum(1 for q in quotes if q["verified"]), len(quotes))
    graded = [
        r
        for r in records
        if r["checks"]["contains"] is not None or r["checks"]["speakers"] is not None
    ]
    m["answer_correctness"] = _ratio(
        sum(
            1
            for r in graded
            if r["checks"]["contains"] is not False and r["checks"]["speakers"] is not False
        ),
        len(graded),
    )
    m["cannot_answer_accuracy"] = _ratio(sum(1 for r in records if r["checks"]["refusal"]), n)
    neg = [r for r in records if r["expected_cannot_answer"]]
    pos = [r for r in records if not r["expected_cannot_answer"]]
    m["true_refusal_rate"] = _ratio(sum(r["cannot_answer"] for r in neg), len(neg))
    m["false_refusal_rate"] = _ratio(sum(r["cannot_answer"] for r in pos), len(pos))
    llm = [
        r
        for r in records
        if r["model"] and r["model"] not in ("extractive", "attributions", "none", "who_said")
    ]
    m["fallback_rate"] = _ratio(sum(1 for r in llm if r["fallback"]), len(llm))
    lat = [r["timings"]["total"] for r in records if "total" in r["timings"]]
    m["latency_p50"] = percentile(lat, 50)
    m["latency_p95"] = percentile(lat, 95)
    used = [r["usage"] for r in records if r["usage"]]
    m["prompt_tokens"] = _ratio(sum(u.get("prompt_tokens", 0) for u in used), len(used))
    m["completion_tokens"] = _ratio(sum(u.get("completion_tokens", 0) for u in used), len(used))
    return {k: m[k] for k in METRICS}


def parse_fail_under(items: Iterable[str]) -> list[tuple[str, float]]:
    """``METRIC=VALUE`` gates (VALUE may be a percentage) -> (metric, threshold)."""
    out = []
    for item in items:
        name, sep, val = item.partition("=")
        name = name.strip()
        if not sep or name not in METRICS:
            raise EvalError(
                f"--fail-under {item!r}: use METRIC=VALUE with METRIC one of {', '.join(METRICS)}"
            )
        try:
            v = float(val.strip().rstrip("%")) / (100.0 if val.strip().endswith("%") else 1.0)
        except ValueError as exc:
            raise EvalError(f"--fail-under {item!r}: {val!r} is not a number") from exc
        out.append((name, v))
    return out


# -- running ---------------------------------------------------------------------------
@dataclass
class EvalReport:
    """Results of :func:`evaluate`: per-variant records and metrics, with report writers."""

    testset: str
    backend: str
    k: int
    variants: list[str]
    records: dict[str, list[dict[str, Any]]]
    metrics: dict[str, dict[str, float | None]]
    fingerprints: dict[str, str] = field(default_factory=dict)
    ran: int = 0
    cached: int = 0
    created: str = ""

    def best_variant(self, metric: str = "answer_correctness") -> str:
        """The variant with the best value of ``metric`` (first one on ties)."""
        sign = -1.0 if metric in LOWER_IS_BETTER else 1.0

        def key(v: str) -> float:
            x = self.metrics[v].get(metric)
            return -math.inf if x is None else sign * x

        return max(self.variants, key=key)

    def comparisons(self) -> dict[str, dict[str, list[str]]]:
        """For each variant after the first: case ids it won and lost against the first."""
        base = {r["case_id"]: r for r in self.records[self.variants[0]]}
        out: dict[str, dict[str, list[str]]] = {}
        for v in self.variants[1:]:
            won: list[str] = []
            lost: list[str] = []
            for r in self.records[v]:
                a = base.get(r["case_id"])
                if a is None or a["passed"] == r["passed"]:
                    continue
                (won if r["passed"] else lost).append(r["case_id"])
            out[v] = {"won": won, "lost": lost}
        return out

    def failures(self, gates: Sequence[tuple[str, float]]) -> list[str]:
        """One message per (variant, gate) that is not met."""
        msgs = []
        for v in self.variants:
            for name, thr in gates:
                val = self.metrics[v].get(name)
                if val is None:
                    msgs.append(
                        f"{name} was not measured for variant {v} "
                        f"(needs {'<=' if name in LOWER_IS_BETTER else '>='} {thr:g})"
                    )
                elif name in LOWER_IS_BETTER and val > thr:
                    msgs.append(f"{name} = {val:.4g} > {thr:g} for variant {v}")
                elif name not in LOWER_IS_BETTER and val < thr:
                    msgs.append(f"{name} = {val:.4g} < {thr:g} for variant {v}")
        return msgs

    def to_dict(self) -> dict[str, Any]:
        """The report.json content."""
        return {
            "schema": SCHEMA_VERSION,
            "testset": self.testset,
            "created": self.created,
            "backend": self.backend,
            "k": self.k,
            "variants": self.variants,
            "fingerprints": self.fingerprints,
            "ran": self.ran,
            "cached": self.cached,
            "metric_definitions": METRICS,
            "metrics": self.metrics,
            "best_variant": self.best_variant(),
            "comparisons": self.comparisons(),
            "cases": self.records,
        }

    def table(self) -> str:
        """Metrics as a plain-text table, variants side by side."""
        head = ["metric", *self.variants]
        rows = [head]
        for name in METRICS:
            rows.append([name, *(_fmt(name, self.metrics[v][name]) for v in self.variants)])
        comp = self.comparisons()
        if comp:
            rows.append(
                [
                    f"cases won/lost vs {self.variants[0]}",
                    "",
                    *(
                        f"+{len(comp[v]['won'])} / -{len(comp[v]['lost'])}"
                        for v in self.variants[1:]
                    ),
                ]
            )
        widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
        lines = []
        for i, r in enumerate(rows):
            lines.append(
                "  ".join(
                    c.ljust(w) if j == 0 else c.rjust(w)
                    for j, (c, w) in enumerate(zip(r, widths, strict=True))
                )
            )
            if i == 0:
                lines.append("  ".join("-" * w for w in widths))
        return "\n".join(lines)

    def write(self, out: str | Path) -> dict[str, Path]:
        """Write report.json, cases.csv and report.html into ``out``."""
        d = Path(out)
        d.mkdir(parents=True, exist_ok=True)
        paths = {"json": d / "report.json", "csv": d / "cases.csv", "html": d / "report.html"}
        paths["json"].write_text(
            json.dumps(self.to_dict(), indent=2, default=str) + "\n", encoding="utf-8"
        )
        with paths["csv"].open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(
                [
                    "variant",
                    "case_id",
                    "task",
                    "question",
                    "passed",
                    *CHECKS,
                    "cannot_answer",
                    "first_hit_rank",
                    "citations",
                    "raw_markers",
                    "raw_valid_markers",
                    "latency_s",
                    "prompt_tokens",
                    "completion_tokens",
                    "model",
                    "fallback",
                    "error",
                    "text",
                ]
            )
            for v in self.variants:
                for r in self.records[v]:
                    first = min((x for x in r["target_ranks"] if x is not None), default="")
                    w.writerow(
                        [
                            v,
                            r["case_id"],
                            r["task"],
                            r["question"],
                            r["passed"],
                            *("" if r["checks"][c] is None else r["checks"][c] for c in CHECKS),
                            r["cannot_answer"],
                            first,
                            len(r["citations"]),
                            r["raw_markers"],
                            r["raw_valid_markers"],
                            r["timings"].get("total", ""),
                            r["usage"].get("prompt_tokens", ""),
                            r["usage"].get("completion_tokens", ""),
                            r["model"],
                            r["fallback"],
                            r["error"] or "",
                            r["text"],
                        ]
                    )
        paths["html"].write_text(render_html(self), encoding="utf-8")
        return paths


def _fmt(name: str, v: float | None) -> str:
    if v is None:
        return "-"
    if name.startswith("latency"):
        return f"{v:.2f}s"
    if name.endswith("tokens"):
        return f"{v:.1f}"
    if name == "mrr":
        return f"{v:.3f}"
    return f"{100 * v:.1f}%"


def _fingerprint(index: Index, backend: str, k: int, prompt: str) -> str:
    s = index.settings.model_copy(update={"llm": backend, "k": k, "prompt": prompt})
    return s.fingerprint()


def _who_said_answer(case: Case, filters: dict[str, Any], k: int, index: Index) -> Answer:
    """Run rag.who_said and present its attributions as a cited Answer for scoring."""
    from rag.attributions import who_said
    from rag.retrieve import retrieve
    from rag.types import Answer, Chunk, Citation, Passage

    t0 = time.perf_counter()
    topic = case.topic or case.question
    attrs = who_said(topic, filters=filters or None, k=k, index=index)
    t1 = time.perf_counter()
    # who_said() does not return its passages; the same retrieval gives the same ones.
    passages = retrieve(topic, k=k, filters=filters or None, index=index)
    ans = Answer(
        question=topic,
        text="",
        passages=passages,
        mode="who_said",
        model="attributions",
        prompt="",
        standalone_question=topic,
    )
    lines = []
    for n, a in enumerate(attrs, 1):
        home = next(
            (
                p
                for p in passages
                if p.chunk.article_id == a.article_id
                and p.chunk.start <= a.start
                and a.end <= p.chunk.end
            ),
            None,
        )
        if home is None:  # not inside a retrieved passage: recorded, and counted invalid
            home = Passage(
                chunk=Chunk(
                    id=f"attribution:{a.article_id}:{a.start}",
                    article_id=a.article_id,
                    index=-1,
                    text=a.quote,
                    start=a.sentence_start,
                    end=a.sentence_end,
                    paragraph=0,
                    paragraph_end=0,
                    n_tokens=0,
                )
            )
        ans.citations[n] = Citation(number=n, passage=home, spans=[(a.start, a.end)])
        role = f" ({a.role})" if a.role else ""
        quote = f'"{a.quote}"' if a.kind == "direct" else a.quote
        lines.append(f"{a.speaker}{role} {a.cue}: {quote} [{n}]")
    ans.attributions = attrs
    ans.text = "\n".join(lines)
    ans.cannot_answer = not attrs
    ans.timings = {"retrieve": t1 - t0, "total": t1 - t0}
    return ans


def run_case(
    case: Case,
    *,
    variant: str,
    backend: str,
    k: int,
    index: Index,
    targets: Sequence[Target] = (),
    filters: dict[str, Any] | None = None,
    summary_id: str | None = None,
    llm: Any = None,
) -> dict[str, Any]:
    """Run one case with one prompt variant and score it (RagErrors become error records)."""
    import rag

    flt = filters if filters is not None else dict(case.filters)
    try:
        if case.task == "answer":
            ans = rag.answer(
                case.question,
                k=case.k or k,
                filters=flt or None,
                history=list(case.history) or None,
                prompt=variant,
                llm=llm,
                backend=backend,
                index=index,
            )
        elif case.task == "summarize":
            kw: dict[str, Any] = {"k": case.k} if case.k else {}
            ans = rag.summarize(
                article_id=summary_id,
                topic=None if summary_id else case.topic,
                length=case.length,
                filters=flt or None,
                llm=llm,
                backend=backend,
                index=index,
                **kw,
            )
        else:
            ans = _who_said_answer(case, flt, case.k or 10, index)
    except RagError as exc:
        return error_record(case, exc, targets)
    return score_case(case, ans, targets)


def _read_cache(path: Path) -> dict[str, dict[str, Any]]:
    got: dict[str, dict[str, Any]] = {}
    if not path.is_file():
        return got
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            item = json.loads(line)
            got[item["key"]] = item["record"]
        except (json.JSONDecodeError, KeyError, TypeError):
            continue  # a line cut short by an interrupted run
    return got


def evaluate(
    testset: str | Path | Sequence[Case],
    *,
    prompts: Sequence[str] | None = None,
    backend: str | None = None,
    k: int | None = None,
    settings: Any = None,
    index: Index | None = None,
    out: str | Path | None = None,
    concurrency: int | None = None,
    use_cache: bool = True,
    progress: bool | None = None,
    llm: Any = None,
) -> EvalReport:
    """Run every case for every prompt variant and compute the metrics.

    Args:
        testset: a test set file, or already parsed cases.
        prompts: answer prompt variants to compare (default ``settings.prompt``).
        backend: ``local``, ``openai`` or ``extractive`` (default ``settings.llm``).
        k: passages per answer (default ``settings.k``; a case's own ``k`` wins).
        settings: Settings or overrides, used when no ``index`` is given.
        index: an open Index (default: the shared one for ``settings``).
        out: directory holding ``cache.jsonl`` (no cache without it).
        concurrency: worker threads; the local backend always runs one at a time.
        use_cache: False ignores cached results (new results are still written).
        progress: show a tqdm bar (default: on a terminal, unless RAG_NO_PROGRESS=1).
        llm: an LLM object for every case instead of the backend's (tests).
    """
    from rag.index import open_index
    from rag.prompts import load_prompt
    from rag.settings import get_settings

    cases = load_testset(testset) if isinstance(testset, (str, Path)) else list(testset)
    idx = index or open_index(get_settings(settings))
    s = idx.settings
    backend = backend or s.llm
    k = k or s.k
    variants = list(dict.fromkeys(prompts or [s.prompt]))
    for v in variants:
        load_prompt(v, s.prompts_dir, kind="answer")  # PromptError for unknown variants
    articles = Articles(idx)
    resolved = {c.id: resolve_case(c, articles) for c in cases}
    corpus = articles.signature()
    fps = {v: _fingerprint(idx, backend, k, v) for v in variants}
    shared_fp = _fingerprint(idx, backend, k, "*")
    model_name = getattr(llm, "name", "") if llm is not None else ""

    def key_for(case: Case, variant: str) -> str:
        uses_prompt = case.task == "answer"
        parts = [
            SCHEMA_VERSION,
            variant if uses_prompt else "*",
            case.id,
            case.digest(),
            fps[variant] if uses_prompt else shared_fp,
            backend,
            k,
            corpus,
            model_name,
        ]
        return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:24]

    cache_path = Path(out) / "cache.jsonl" if out is not None else None
    cached = _read_cache(cache_path) if cache_path and use_cache else {}
    jobs: dict[str, Case] = {}
    for v in variants:
        for c in cases:
            jobs.setdefault(key_for(c, v), c)
    # The variant a shared job runs with only matters for answer cases.
    job_variant = {}
    for v in reversed(variants):
        for c in cases:
            job_variant[key_for(c, v)] = v
    todo = [key for key in jobs if key not in cached]
    results: dict[str, dict[str, Any]] = {key: cached[key] for key in jobs if key in cached}
    lock = threading.Lock()
    fh = None
    if cache_path is not None:
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        fh = cache_path.open("a", encoding="utf-8")
    workers = 1 if backend == "local" and llm is None else max(1, concurrency or 4)
    show = sys.stderr.isatty() if progress is None else progress
    from tqdm import tqdm

    bar = tqdm(
        total=len(todo),
        desc="eval",
        unit="case",
        file=sys.stderr,
        disable=not show or os.environ.get("RAG_NO_PROGRESS") == "1",
    )

    def work(key: str) -> None:
        case = jobs[key]
        targets, flt, sid = resolved[case.id]
        rec = run_case(
            case,
            variant=job_variant[key],
            backend=backend,
            k=k,
            index=idx,
            targets=targets,
            filters=flt,
            summary_id=sid,
            llm=llm,
        )
        with lock:
            results[key] = rec
            if fh is not None and rec["error"] is None:
                fh.write(json.dumps({"key": key, "record": rec}, default=str) + "\n")
                fh.flush()
            bar.update(1)
            bar.set_postfix_str(case.id, refresh=False)

    if todo and workers > 1:
        # Index.store, the BM25 index and the embedder load lazily and not thread-safely:
        # open them here, before the worker threads race to do it.
        _ = idx.store
        idx.ensure_lexical()
        idx.embedder.embed(["warm up"])
    try:
        if workers == 1:
            for key in todo:
                work(key)
        else:
            pool = ThreadPoolExecutor(max_workers=workers)
            try:
                for fut in as_completed([pool.submit(work, key) for key in todo]):
                    fut.result()
            finally:
                # On Ctrl-C or an error, drop queued cases; finished ones are in the cache.
                pool.shutdown(wait=True, cancel_futures=True)
    finally:
        bar.close()
        if fh is not None:
            fh.close()
    records: dict[str, list[dict[str, Any]]] = {}
    for v in variants:
        records[v] = [dict(results[key_for(c, v)], variant=v) for c in cases]
    return EvalReport(
        testset=str(testset) if isinstance(testset, (str, Path)) else "<cases>",
        backend=backend,
        k=k,
        variants=variants,
        records=records,
        metrics={v: compute_metrics(records[v]) for v in variants},
        fingerprints=fps,
        ran=len(todo),
        cached=len(jobs) - len(todo),
        created=datetime.now(UTC).isoformat(timespec="seconds"),
    )


# -- HTML report -------------------------------------------------------------------------
_COLORS = ("#4C78A8", "#F58518", "#54A24B", "#E45756", "#72B7B2", "#B279A2", "#9D755D")


def svg_chart(metrics: dict[str, dict[str, float | None]], names: Sequence[str]) -> str:
    """A grouped bar chart (inline SVG) of the 0-1 metrics ``names``, one bar per variant."""
    variants = list(metrics)
    bar_w, gap, left, top, height = 14, 18, 44, 24, 220
    group_w = bar_w * len(variants) + gap
    width = left + group_w * len(names) + 20
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{top + height + 130}" role="img" aria-label="metrics per variant" '
        'font-family="sans-serif" font-size="11">'
    ]
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        y = top + height * (1 - tick)
        parts.append(
            f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
        )
        parts.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{int(tick * 100)}%</text>'
        )
    for i, name in enumerate(names):
        x0 = left + i * group_w + gap / 2
        for j, v in enumerate(variants):
            val = metrics[v].get(name)
            if val is None:
                continue
            h = height * max(0.0, min(1.0, val))
            x = x0 + j * bar_w
            parts.append(
                f'<rect x="{x:.1f}" y="{top + height - h:.1f}" width="{bar_w - 2}" '
                f'height="{h:.1f}" fill="{_COLORS[j % len(_COLORS)]}">'
                f"<title>{html.escape(v)} {html.escape(name)}: {100 * val:.1f}%"
                "</title></rect>"
            )
        cx = x0 + bar_w * len(variants) / 2
        parts.append(
            f'<text transform="translate({cx:.1f},{top + height + 8}) rotate(45)" '
            f'text-anchor="start">{html.escape(name)}</text>'
        )
    for j, v in enumerate(variants):
        x = left + j * 140
        parts.append(
            f'<rect x="{x}" y="4" width="10" height="10" '
            f'fill="{_COLORS[j % len(_COLORS)]}"/><text x="{x + 14}" y="13">'
            f"{html.escape(v)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _checks_html(r: dict[str, Any]) -> str:
    out = []
    for c in CHECKS:
        v = r["checks"][c]
        if v is not None:
            out.append(f'<span class="{"ok" if v else "bad"}">{c}</span>')
    return " ".join(out) + (
        f' <span class="bad">{html.escape(r["error"])}</span>' if r["error"] else ""
    )


def render_html(rep: EvalReport) -> str:
    """The self-contained report.html: metrics table, SVG chart and per-case diffs."""
    e = html.escape
    best = {m: rep.best_variant(m) for m in METRICS}
    rows = []
    for m in METRICS:
        cells = "".join(
            f'<td class="{"best" if len(rep.variants) > 1 and best[m] == v else ""}">'
            f"{_fmt(m, rep.metrics[v][m])}</td>"
            for v in rep.variants
        )
        rows.append(f'<tr><th title="{e(METRICS[m])}">{e(m)}</th>{cells}</tr>')
    diffs = []
    for v, d in rep.comparisons().items():
        a = {r["case_id"]: r for r in rep.records[rep.variants[0]]}
        b = {r["case_id"]: r for r in rep.records[v]}
        diffs.append(
            f"<h3>{e(v)} vs {e(rep.variants[0])}: won {len(d['won'])}, lost {len(d['lost'])}</h3>"
        )
        if not d["won"] and not d["lost"]:
            diffs.append("<p>No case changed outcome.</p>")
            continue
        diffs.append(
            f"<table><tr><th>case</th><th>outcome</th><th>{e(rep.variants[0])}</th>"
            f"<th>{e(v)}</th></tr>"
        )
        for outcome in ("won", "lost"):
            for cid in d[outcome]:
                ra, rb = a[cid], b[cid]
                diffs.append(
                    f"<tr><td><b>{e(cid)}</b><br>{e(ra['question'])}</td>"
                    f'<td class="{"ok" if outcome == "won" else "bad"}">{outcome}</td>'
                    f"<td>{_checks_html(ra)}<pre>{e(ra['text'][:800])}</pre></td>"
                    f"<td>{_checks_html(rb)}<pre>{e(rb['text'][:800])}</pre></td></tr>"
                )
        diffs.append("</table>")
    case_rows = []
    for i, r0 in enumerate(rep.records[rep.variants[0]]):
        row: list[str] = []
        for v in rep.variants:
            r = rep.records[v][i]
            row.append(
                f'<td><span class="{"ok" if r["passed"] else "bad"}">'
                f"{'pass' if r['passed'] else 'FAIL'}</span> {_checks_html(r)}"
                f"<details><summary>answer</summary><pre>{e(r['text'])}</pre>"
                f"</details></td>"
            )
        case_rows.append(
            f"<tr><td><b>{e(r0['case_id'])}</b> <i>{e(r0['task'])}</i><br>"
            f"{e(r0['question'])}</td>{''.join(row)}</tr>"
        )
    heads = "".join(f"<th>{e(v)}</th>" for v in rep.variants)
    defs = "".join(f"<dt>{e(m)}</dt><dd>{e(d)}</dd>" for m, d in METRICS.items())
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsrag eval: {e(rep.testset)}</title>
<style>
body {{ font-family: sans-serif; margin: 2em; color: #222; }}
table {{ border-collapse: collapse; margin: 1em 0; }}
td, th {{ border: 1px solid #ccc; padding: 4px 8px; vertical-align: top; text-align: left; }}
td.best {{ font-weight: bold; background: #eef7ee; }}
.ok {{ color: #1a7f37; }} .bad {{ color: #c62828; font-weight: bold; }}
span.ok, span.bad {{ font-size: 0.8em; margin-right: 4px; }}
pre {{ white-space: pre-wrap; max-width: 40em; font-size: 0.85em; }}
dt {{ font-weight: bold; }}
</style></head><body>
<h1>newsrag evaluation</h1>
<p>Test set <code>{e(rep.testset)}</code>, backend <b>{e(rep.backend)}</b>, k={rep.k},
{len(rep.records[rep.variants[0]])} cases, created {e(rep.created)};
{rep.ran} run, {rep.cached} from cache. Best variant by answer correctness:
<b>{e(rep.best_variant())}</b>.</p>
<h2>Metrics</h2>
<table><tr><th>metric</th>{heads}</tr>{"".join(rows)}</table>
{svg_chart(rep.metrics, RATE_METRICS)}
<h2>Where variants differ</h2>
{"".join(diffs) or "<p>Only one variant was evaluated.</p>"}
<h2>All cases</h2>
<table><tr><th>case</th>{heads}</tr>{"".join(case_rows)}</table>
<h2>Metric definitions</h2><dl>{defs}</dl>
</body></html>
"""


# -- CLI ---------------------------------------------------------------------------------
def cli_main(ns: Any) -> int:
    """``newsrag eval``: run, print the table, write the reports, apply --fail-under gates."""
    from rag.index import open_index
    from rag.settings import get_settings

    gates = parse_fail_under(ns.fail_under or [])
    cases = load_testset(ns.testset)
    s = get_settings({"llm": ns.backend} if ns.backend else None)
    idx = open_index(s)
    if ns.seeds is not None:
        if not Path(ns.seeds).exists():
            raise EvalError(f"--seeds {ns.seeds} does not exist")
        print(idx.ingest([ns.seeds], progress=None), file=sys.stderr)
    t0 = time.perf_counter()
    rep = evaluate(
        cases,
        prompts=ns.prompts,
        backend=ns.backend,
        k=ns.k,
        index=idx,
        out=ns.out,
        concurrency=ns.concurrency,
        use_cache=not ns.no_cache,
    )
    rep.testset = str(ns.testset)
    paths = rep.write(ns.out)
    print(rep.table())
    print(
        f"\n{len(cases)} cases x {len(rep.variants)} variant(s): {rep.ran} run, "
        f"{rep.cached} from cache, {time.perf_counter() - t0:.1f}s. "
        f"Best variant (answer correctness): {rep.best_variant()}."
    )
    print(f"Reports: {paths['json']}, {paths['csv']}, {paths['html']}")
    failed = rep.failures(gates)
    for msg in failed:
        print(f"FAILED --fail-under: {msg}", file=sys.stderr)
    return 1 if failed else 0
