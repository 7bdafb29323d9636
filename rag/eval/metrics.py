"""Score one answer into a :class:`CaseRecord` and compute the metrics over many.

Metrics (per variant; ``METRICS`` holds these definitions for the README). A passage *holds*
a ``must_cite`` item if it comes from that article (article key) or contains the whole span
(text span); a citation *covers* an item if its passage holds it.

- ``pass_rate``: share of cases whose checks (contains, speakers, cited, refusal,
  citations_valid) all passed.
- ``hit@1``, ``hit@5``: share of cases with ``must_cite`` where a passage ranked <= 1 / 5
  holds at least one item.
- ``recall@5``: share of ``must_cite`` items held by some passage ranked <= 5.
- ``mrr``: mean of 1 / rank of the first passage that holds an item (0 if none).
- ``citation_validity_raw``: the quality figure for citations: share of the citation markers
  the model itself wrote that number a passage it was shown (1 - invalid / raw, from
  ``Answer.raw_citations`` and ``Answer.invalid_citations``), counted before any repair and
  kept when the answer fell back. Not measured when no model wrote text (extractive backend).
- ``citation_validity_repaired``: share of markers in the final text whose citation exists,
  points to one of the answer's passages and highlights spans inside it. The code drops
  invalid markers, so this is 1.0 by construction: a consistency check, not a quality figure.
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
- ``fallback_rate``: share of the answers a model was asked for (``Answer.model`` set) whose
  text was replaced by the extractive answer (``Answer.fallback`` set).
- ``latency_p50``, ``latency_p95``: percentiles (linear interpolation) of total seconds.
- ``prompt_tokens``, ``completion_tokens``: mean tokens over the cases that reported that count.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any

from rag.errors import EvalError
from rag.eval.targets import Target
from rag.eval.testset import Case
from rag.types import AnswerSource, Fallback, FallbackReason, Removal, RemovalKind

if TYPE_CHECKING:
    from rag.types import Answer

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
    "citation_validity_raw": "share of the citation markers the model wrote that number a passage it was shown, before repair (1 - invalid/raw); the citation quality figure",
    "citation_validity_repaired": "after the code's repair: share of final markers pointing to a given passage, spans inside it (1.0 by construction; a consistency check)",
    "citation_precision": "share of final citations whose passage overlaps a must_cite span or article",
    "citation_recall": "share of must_cite items covered by some final citation",
    "quote_verification": "share of quotations in answers found in the cited passage",
    "answer_correctness": "share of cases with answer_contains/speakers whose answer matches the patterns and names every speaker",
    "cannot_answer_accuracy": "share of all cases refused exactly when cannot_answer is expected",
    "true_refusal_rate": "share of cannot_answer cases that were refused",
    "false_refusal_rate": "share of answerable cases that were refused (lower is better)",
    "fallback_rate": "share of answers a model was asked for whose text was replaced by the extractive answer",
    "latency_p50": "median seconds per case (lower is better)",
    "latency_p95": "95th percentile seconds per case (lower is better)",
    "prompt_tokens": "mean prompt tokens over cases that reported them (lower is better)",
    "completion_tokens": "mean completion tokens over cases that reported them",
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


# -- the per-case record ---------------------------------------------------------------------
@dataclass(frozen=True)
class CitationRecord:
    """One final citation of an answer, checked against the passages and the targets."""

    number: int
    chunk_id: str
    article_id: str
    start: int
    end: int
    spans: tuple[tuple[int, int], ...]
    valid: bool  # its passage was given to the model and its spans lie inside it
    on_target: bool  # its passage overlaps a must_cite item


@dataclass(frozen=True)
class PassageRecord:
    """One passage the answer was built from, with its rank."""

    rank: int
    chunk_id: str
    article_id: str
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class QuoteRecord:
    """One quotation in the answer and whether it was found in the cited passage."""

    text: str
    verified: bool


@dataclass(frozen=True)
class CaseRecord:
    """Everything measured for one case under one prompt variant (a row of the report)."""

    case_id: str
    task: str
    question: str
    standalone_question: str = ""
    text: str = ""
    cannot_answer: bool = False
    expected_cannot_answer: bool = False
    mode: str = ""
    source: AnswerSource | None = None  # None when the run raised
    model: str = ""  # the model that was asked, "" if none
    prompt: str = ""
    fallback: Fallback | None = None
    failure: str | None = None  # "ExcType: message" when the run raised; "error" in JSON
    citations: tuple[CitationRecord, ...] = ()
    passages: tuple[PassageRecord, ...] = ()
    quotes: tuple[QuoteRecord, ...] = ()
    removed: tuple[Removal, ...] = ()
    targets: tuple[Target, ...] = ()
    target_ranks: tuple[int | None, ...] = ()  # best rank of a passage holding each target
    cited_targets: tuple[bool, ...] = ()  # whether a final citation covers each target
    markers: int = 0  # citation markers in the final text
    valid_markers: int = 0
    raw_markers: int = 0  # citation markers the model wrote, before repair
    raw_valid_markers: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    usage: dict[str, int] = field(default_factory=dict)
    checks: dict[str, bool | None] = field(default_factory=lambda: dict.fromkeys(CHECKS))
    passed: bool = False
    variant: str = ""

    @classmethod
    def error(cls, case: Case, exc: Exception, targets: Sequence[Target] = ()) -> CaseRecord:
        """The record of a case whose run raised: every applicable check fails."""
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
        return cls(
            case_id=case.id,
            task=case.task,
            question=case.question,
            expected_cannot_answer=exp.cannot_answer,
            failure=f"{type(exc).__name__}: {exc}",
            targets=tuple(targets),
            target_ranks=(None,) * len(targets),
            cited_targets=(False,) * len(targets),
            checks=checks,
        )

    @property
    def first_hit(self) -> int | None:
        """Rank of the first passage holding any target (None if none does)."""
        return min((x for x in self.target_ranks if x is not None), default=None)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (report.json and the resume cache)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if f.name in ("targets", "removed"):
                v = [t.to_dict() for t in v]
            elif f.name == "fallback":
                v = v.to_dict() if v else None
            elif f.name == "source":
                v = v.value if v else None
            elif f.name in ("citations", "passages", "quotes"):
                v = [asdict(x) for x in v]
                for x in v:
                    if "spans" in x:
                        x["spans"] = [list(s) for s in x["spans"]]
            elif isinstance(v, tuple):
                v = list(v)
            elif isinstance(v, dict):
                v = dict(v)
            out["error" if f.name == "failure" else f.name] = v
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CaseRecord:
        """Rebuild a record from :meth:`to_dict` output."""
        kw: dict[str, Any] = {}
        for f in fields(cls):
            key = "error" if f.name == "failure" else f.name
            if key not in d:
                continue
            v = d[key]
            if f.name == "targets":
                v = tuple(Target.from_dict(t) for t in v)
            elif f.name == "removed":
                v = tuple(
                    Removal(RemovalKind(r["kind"]), r["text"], r.get("detail", "")) for r in v
                )
            elif f.name == "fallback":
                v = Fallback(FallbackReason(v["reason"]), v.get("detail", "")) if v else None
            elif f.name == "source":
                v = AnswerSource(v) if v else None
            elif f.name == "citations":
                v = tuple(
                    CitationRecord(**{**c, "spans": tuple(tuple(s) for s in c["spans"])}) for c in v
                )
            elif f.name == "passages":
                v = tuple(PassageRecord(**p) for p in v)
            elif f.name == "quotes":
                v = tuple(QuoteRecord(**q) for q in v)
            elif isinstance(v, list):
                v = tuple(v)
            kw[f.name] = v
        return cls(**kw)


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

    ``Answer.raw_citations`` counts only markers a model wrote, and is kept when the answer
    fell back to the extractive one; the code's own (extractive) markers are not counted.
    """
    raw = max(ans.raw_citations, 0)
    return raw, raw - min(max(ans.invalid_citations, 0), raw)


def score_case(case: Case, ans: Answer, targets: Sequence[Target] = ()) -> CaseRecord:
    """The per-case record: answer, citations, passages, counts and checks."""
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
    cits: list[CitationRecord] = []
    for n, c in sorted(ans.citations.items()):
        ch = c.passage.chunk
        given = by_id.get(ch.id)
        valid = given is not None and all(
            given.chunk.start <= s and e <= given.chunk.end for s, e in c.spans
        )
        cits.append(
            CitationRecord(
                number=n,
                chunk_id=ch.id,
                article_id=ch.article_id,
                start=ch.start,
                end=ch.end,
                spans=tuple((s, e) for s, e in c.spans),
                valid=valid,
                on_target=any(t.overlaps(ch.article_id, ch.start, ch.end) for t in targets),
            )
        )
    valid_numbers = {c.number for c in cits if c.valid}
    markers = parse_markers(ans.text)
    valid_markers = sum(1 for n in markers if n in valid_numbers)
    cited_targets = tuple(any(t.holds(c.article_id, c.start, c.end) for c in cits) for t in targets)
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
        checks["citations_valid"] = valid_markers == len(markers) and all(c.valid for c in cits)
    if ans.quotes:
        checks["quotes_verified"] = all(q.verified for q in ans.quotes)
    return CaseRecord(
        case_id=case.id,
        task=case.task,
        question=case.question,
        standalone_question=ans.standalone_question,
        text=ans.text,
        cannot_answer=bool(ans.cannot_answer),
        expected_cannot_answer=exp.cannot_answer,
        mode=ans.mode,
        source=ans.source,
        model=ans.model,
        prompt=ans.prompt,
        fallback=ans.fallback,
        citations=tuple(cits),
        passages=tuple(
            PassageRecord(
                rank=r,
                chunk_id=p.chunk.id,
                article_id=p.chunk.article_id,
                start=p.chunk.start,
                end=p.chunk.end,
                score=round(p.fused_score, 6),
            )
            for p, r in zip(passages, ranks, strict=True)
        ),
        quotes=tuple(QuoteRecord(q.text, q.verified) for q in ans.quotes),
        removed=tuple(ans.removed),
        targets=tuple(targets),
        target_ranks=tuple(target_ranks),
        cited_targets=cited_targets,
        markers=len(markers),
        valid_markers=valid_markers,
        raw_markers=raw,
        raw_valid_markers=raw_valid,
        timings={k: round(v, 4) for k, v in ans.timings.items()},
        usage=dict(ans.usage),
        checks=checks,
        passed=all(checks[c] for c in PASS_CHECKS if checks[c] is not None),
    )


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


def compute_metrics(records: Sequence[CaseRecord]) -> dict[str, float | None]:
    """Every metric in :data:`METRICS` over one variant's records (None = not measured)."""
    m: dict[str, float | None] = {}
    n = len(records)
    m["pass_rate"] = _ratio(sum(r.passed for r in records), n)
    with_targets = [r for r in records if r.targets]
    firsts = [r.first_hit for r in with_targets]
    for cut in (1, 5):
        m[f"hit@{cut}"] = _ratio(sum(1 for f in firsts if f is not None and f <= cut), len(firsts))
    all_ranks = [x for r in with_targets for x in r.target_ranks]
    m["recall@5"] = _ratio(sum(1 for x in all_ranks if x is not None and x <= 5), len(all_ranks))
    m["mrr"] = _ratio(sum(1.0 / f for f in firsts if f), len(firsts))
    m["citation_validity_raw"] = _ratio(
        sum(r.raw_valid_markers for r in records), sum(r.raw_markers for r in records)
    )
    m["citation_validity_repaired"] = _ratio(
        sum(r.valid_markers for r in records), sum(r.markers for r in records)
    )
    tc = [c for r in with_targets for c in r.citations]
    m["citation_precision"] = _ratio(sum(1 for c in tc if c.on_target), len(tc))
    covered = [x for r in with_targets for x in r.cited_targets]
    m["citation_recall"] = _ratio(sum(covered), len(covered))
    quotes = [q for r in records for q in r.quotes]
    m["quote_verification"] = _ratio(sum(1 for q in quotes if q.verified), len(quotes))
    graded = [
        r for r in records if r.checks["contains"] is not None or r.checks["speakers"] is not None
    ]
    m["answer_correctness"] = _ratio(
        sum(
            1
            for r in graded
            if r.checks["contains"] is not False and r.checks["speakers"] is not False
        ),
        len(graded),
    )
    m["cannot_answer_accuracy"] = _ratio(sum(1 for r in records if r.checks["refusal"]), n)
    neg = [r for r in records if r.expected_cannot_answer]
    pos = [r for r in records if not r.expected_cannot_answer]
    m["true_refusal_rate"] = _ratio(sum(r.cannot_answer for r in neg), len(neg))
    m["false_refusal_rate"] = _ratio(sum(r.cannot_answer for r in pos), len(pos))
    asked = [r for r in records if r.model]  # a model was asked, whatever answered
    m["fallback_rate"] = _ratio(sum(1 for r in asked if r.fallback is not None), len(asked))
    lat = [r.timings["total"] for r in records if "total" in r.timings]
    m["latency_p50"] = percentile(lat, 50)
    m["latency_p95"] = percentile(lat, 95)
    for key in ("prompt_tokens", "completion_tokens"):
        # Only cases that reported this count: a streamed reply may report just one of them.
        counts = [r.usage[key] for r in records if key in r.usage]
        m[key] = _ratio(sum(counts), len(counts))
    return {k: m[k] for k in METRICS}


def parse_fail_under(items: Iterable[str]) -> list[tuple[str, float]]:
    """``METRIC=VALUE`` gates (VALUE may be a percentage) -> (metric, threshold)."""
    out = []
    for item in items:
        name, sep, val = item.partition("=")
        name = name.strip()
        if name == "citation_validity":
            raise EvalError(
                f"--fail-under {item!r}: citation_validity is now citation_validity_raw (the "
                "model's own markers) or citation_validity_repaired (after repair, 1.0 by "
                "construction)"
            )
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
