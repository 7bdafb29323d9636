"""Evidence matching of bench/langchain_compare.py, on toy texts and the long corpus."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.langchain_compare import evidence_rank, long_corpus, long_targets, squash  # noqa: E402

TEXTS = {
    "id-a": "The levee gave way\nat 2:40 a.m. on Monday.",
    "id-b": "Nobody was hurt. The levee held.",
}
STEMS = {"stem-a": "id-a", "stem-b": "id-b"}


def test_squash() -> None:
    assert squash("  gave way\n at\t2:40 ") == "gave way at 2:40"


def test_long_targets_stem_span_and_article_span() -> None:
    got = long_targets(
        [(None, "stem-b"), (None, "gave way at 2:40"), (None, "The levee"), ("stem-b", "held")],
        TEXTS,
        STEMS,
    )
    assert got == [
        (frozenset({"id-b"}), None),
        (frozenset({"id-a"}), "gave way at 2:40"),
        (frozenset({"id-a", "id-b"}), "The levee"),
        (frozenset({"id-b"}), "held"),
    ]


def test_long_targets_errors() -> None:
    with pytest.raises(ValueError, match=r"^must_cite article 'stem-c' is not a file stem"):
        long_targets([("stem-c", "held")], TEXTS, STEMS)
    with pytest.raises(ValueError, match=r"^must_cite span 'gave way' occurs in no long article$"):
        long_targets([("stem-b", "gave way")], TEXTS, STEMS)


def test_evidence_rank_long_question() -> None:
    q = {"targets": long_targets([(None, "gave way at 2:40")], TEXTS, STEMS)}
    wrong_article = ("id-b", "The levee gave way at 2:40 a.m.")
    split_span = ("id-a", "The levee gave way")
    whole = ("id-a", "levee gave\n way at 2:40 a.m.")
    assert evidence_rank(q, [wrong_article, split_span, whole]) == 2
    assert evidence_rank(q, [whole]) == 0
    assert evidence_rank(q, [wrong_article, split_span]) is None
    anywhere = {"targets": long_targets([(None, "stem-b")], TEXTS, STEMS)}
    assert evidence_rank(anywhere, [split_span, ("id-b", "Nobody")]) == 1


def test_evidence_rank_synthetic_question() -> None:
    q = {"article_id": "id-a", "evidence": "gave way"}
    assert evidence_rank(q, [("id-b", "gave way"), ("id-a", "it gave way")]) == 1
    assert evidence_rank(q, [("id-a", "gave\nway")]) is None  # synthetic: exact, as before


def test_long_corpus_resolves_every_case() -> None:
    arts, qs = long_corpus()
    assert len(arts) == 10
    assert len(qs) == 35  # the 40 cases of long.yaml less 5 unanswerable
    by_id = {a.id: a for a in arts}
    first = qs[0]
    assert first["id"] == "vickery-bundler-total"
    [(ids, span)] = first["targets"]
    assert span == "collected $94 million from other donors between January and March"
    assert [by_id[i].title for i in ids] == [
        "Vickery's volunteer fundraisers brought in $94 million as joint committee sent "
        "$8.6 million to state parties"
    ]
    multi = next(q for q in qs if q["id"] == "multi-flood-who-said")
    assert len(multi["targets"]) == 2 and all(s is None for _, s in multi["targets"])
    summary = next(q for q in qs if q["id"] == "multi-flood-summary")
    assert summary["question"] == "Aldern River floods at Pellham Ford and the flood wall plan"
