"""Test-set schema and loading: YAML, JSON or JSONL cases validated into :class:`Case`.

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
      today: 2025-09-01                    # answer: the date "latest" / "in July" read against
      expected:                            # at least one of:
        answer_contains: ["10,000", "re:spokes(man|person)"]   # text or re: regex
        match: all                         # all (default) | any
        speakers: [Jeon Ha-kyou]           # people the answer must name
        must_cite: [caliber-az-..., "More than 10,000 North Korean troops"]
        cannot_answer: true                # the articles do not hold the answer

Article keys are a file's stem (``seeds/x.json`` -> ``x``), an exact title or an id (prefix);
any other ``must_cite`` string is an exact text span that must occur in an indexed article.
A broken case raises :class:`rag.errors.EvalError` naming the case id and the field.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from rag.errors import EvalError

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
    "today",
)
EXPECTED_FIELDS = ("answer_contains", "match", "speakers", "must_cite", "cannot_answer")


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
    today: date | None = None  # what rag.answer reads "latest" / "in July" against

    def digest(self) -> str:
        """Hash of the case as written; a changed case is re-run, not read from the cache."""
        blob = json.dumps(self.raw, sort_keys=True, default=str)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _label(cid: Any, pos: int) -> str:
    return f"Case {cid!r}" if isinstance(cid, str) and cid.strip() else f"Case #{pos}"


def case_error(label: str, fld: str, problem: str) -> EvalError:
    """The EvalError for a bad field: names the case and the field."""
    return EvalError(f"{label}, field {fld!r}: {problem}")


def _type(v: Any) -> str:
    return type(v).__name__


def _strings(label: str, fld: str, value: Any) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items:
        raise case_error(
            label, fld, f"must be a string or a non-empty list of strings, got {_type(value)}"
        )
    for i, item in enumerate(items):
        if not isinstance(item, str) or not item.strip():
            raise case_error(label, f"{fld}[{i}]", "must be a non-empty string")
    return tuple(s.strip() for s in items)


def _pattern(label: str, fld: str, pat: str) -> None:
    if pat.startswith("re:"):
        try:
            re.compile(pat[3:])
        except re.error as exc:
            raise case_error(label, fld, f"invalid regular expression {pat[3:]!r}: {exc}") from exc


def _parse_expected(label: str, value: Any) -> Expected:
    if value is None:
        raise case_error(
            label,
            "expected",
            "is required (give answer_contains, speakers, must_cite or cannot_answer)",
        )
    if not isinstance(value, dict):
        raise case_error(label, "expected", f"must be a mapping, got {_type(value)}")
    unknown = sorted(set(value) - set(EXPECTED_FIELDS))
    if unknown:
        raise case_error(
            label,
            f"expected.{unknown[0]}",
            f"unknown field (allowed: {', '.join(EXPECTED_FIELDS)})",
        )
    if not any(f in value for f in ("answer_contains", "speakers", "must_cite", "cannot_answer")):
        raise case_error(
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
        raise case_error(label, "expected.match", f"must be 'all' or 'any', got {match!r}")
    if "match" in value and not contains:
        raise case_error(label, "expected.match", "needs answer_contains")
    speakers = (
        _strings(label, "expected.speakers", value["speakers"]) if "speakers" in value else ()
    )
    cites: list[CiteSpec] = []
    if "must_cite" in value:
        raw = value["must_cite"]
        items = [raw] if isinstance(raw, (str, dict)) else raw
        if not isinstance(items, list) or not items:
            raise case_error(
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
                    raise case_error(
                        label, fld, f"unknown key {extra[0]!r} (use article and/or span)"
                    )
                art, span = item.get("article"), item.get("span")
                if art is None and span is None:
                    raise case_error(label, fld, "needs article and/or span")
                for name, v in (("article", art), ("span", span)):
                    if v is not None and (not isinstance(v, str) or not v.strip()):
                        raise case_error(label, f"{fld}.{name}", "must be a non-empty string")
                cites.append(
                    CiteSpec(
                        article=art.strip() if art else None, span=span.strip() if span else None
                    )
                )
            else:
                raise case_error(
                    label, fld, "must be a non-empty string or a mapping with article and/or span"
                )
    cannot = value.get("cannot_answer", False)
    if not isinstance(cannot, bool):
        raise case_error(label, "expected.cannot_answer", f"must be true or false, got {cannot!r}")
    if cannot and (contains or speakers or cites):
        raise case_error(
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
        raise case_error(
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
            raise case_error(
                label, f"history[{i}]", "must be a [user, assistant] pair of non-empty strings"
            )
        turns.append((pair[0].strip(), pair[1].strip()))
    return tuple(turns)


def _parse_filters(label: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise case_error(label, "filters", f"must be a mapping, got {_type(value)}")
    for key, v in value.items():
        if key not in FILTER_KEYS:
            raise case_error(
                label, f"filters.{key}", f"unknown filter (use {', '.join(FILTER_KEYS)})"
            )
        ok = isinstance(v, str) or (isinstance(v, list) and all(isinstance(x, str) for x in v))
        if not ok and not (key.startswith("published") and hasattr(v, "isoformat")):
            raise case_error(label, f"filters.{key}", "must be a string or a list of strings")
    if "article" in value and "article_id" in value:
        raise case_error(label, "filters.article", "give article or article_id, not both")
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
        raise case_error(label, "id", "is required")
    if not isinstance(cid, str) or not re.fullmatch(r"[\w.\-:]+", cid):
        raise case_error(label, "id", "must be a string of letters, digits, '_', '-', '.' or ':'")
    unknown = sorted(set(data) - set(CASE_FIELDS))
    if unknown:
        raise case_error(label, unknown[0], f"unknown field (allowed: {', '.join(CASE_FIELDS)})")
    task = data.get("task", "answer")
    if task not in TASKS:
        raise case_error(label, "task", f"must be one of {', '.join(TASKS)}, got {task!r}")
    question = data.get("question")
    if question is not None and (not isinstance(question, str) or not question.strip()):
        raise case_error(label, "question", "must be a non-empty string")
    article, topic = data.get("article"), data.get("topic")
    for name, v in (("article", article), ("topic", topic)):
        if v is not None and (not isinstance(v, str) or not v.strip()):
            raise case_error(label, name, "must be a non-empty string")
    if task == "summarize":
        if bool(article) == bool(topic):
            raise case_error(label, "article", "summarize needs exactly one of article or topic")
    else:
        if article is not None:
            raise case_error(
                label,
                "article",
                "only summarize cases take an article (use filters.article to restrict retrieval)",
            )
        if task == "answer" and topic is not None:
            raise case_error(label, "topic", "only who_said and summarize cases take a topic")
        if question is None and not (task == "who_said" and topic):
            raise case_error(label, "question", "is required")
    if task != "answer" and "history" in data:
        raise case_error(label, "history", "only answer cases take a history")
    history = _parse_history(label, data["history"]) if "history" in data else ()
    filters = _parse_filters(label, data["filters"]) if "filters" in data else {}
    if task == "summarize" and article and filters:
        raise case_error(label, "filters", "a summary of one article takes no filters")
    k = data.get("k")
    if k is not None and (isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= 50):
        raise case_error(label, "k", f"must be a whole number from 1 to 50, got {k!r}")
    length = data.get("length", "short")
    if "length" in data and task != "summarize":
        raise case_error(label, "length", "only summarize cases take a length")
    if not (
        length in LENGTHS
        or (isinstance(length, int) and not isinstance(length, bool) and 1 <= length <= 20)
    ):
        raise case_error(label, "length", f"must be short, medium, long or 1-20, got {length!r}")
    tags = _strings(label, "tags", data["tags"]) if "tags" in data else ()
    today = data.get("today")
    if today is not None:
        if task != "answer":
            raise case_error(label, "today", "only answer cases take a today date")
        if isinstance(today, str):
            try:
                today = date.fromisoformat(today)
            except ValueError:
                today = None
        if not isinstance(today, date):
            raise case_error(
                label, "today", f"must be a date like 2025-09-01, got {data['today']!r}"
            )
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
        today=today,
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
            raise case_error(f"Case {case.id!r}", "id", f"duplicates case #{seen[case.id]}")
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
