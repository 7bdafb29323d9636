"""rag.eval: test-set schema, metric arithmetic, the shipped seed set, reports, resume."""

from __future__ import annotations

import csv
import json
from argparse import Namespace
from datetime import date
from pathlib import Path

import pytest
import yaml

import rag
import rag.eval.report as report
from rag import CANNOT_ANSWER
from rag.cli import cmd_eval
from rag.errors import EvalError
from rag.eval import (
    METRICS,
    Case,
    CaseRecord,
    CiteSpec,
    Expected,
    Target,
    compute_metrics,
    evaluate,
    load_testset,
    parse_case,
    parse_cases,
    parse_fail_under,
    percentile,
    score_case,
)
from rag.types import (
    Answer,
    AnswerSource,
    Chunk,
    Citation,
    Fallback,
    FallbackReason,
    Passage,
    Quote,
    Removal,
    RemovalKind,
)

from conftest import ROOT, FakeLLM

SEED_SET = ROOT / "tests" / "eval" / "dev.yaml"
HELDOUT_SET = ROOT / "tests" / "eval" / "heldout.yaml"
KURSK = "caliber-az-2024-11-05-north-korean-troops-kursk"


# -- schema -------------------------------------------------------------------------------
def _case(**over):
    base = {"id": "c1", "question": "How many troops?", "expected": {"answer_contains": "1"}}
    base.update(over)
    return {k: v for k, v in base.items() if v is not None}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("just text", "Case #1: must be a mapping with id, question and expected, got str"),
        (
            {"question": "q?", "expected": {"cannot_answer": True}},
            "Case #1, field 'id': is required",
        ),
        (
            _case(id="has space"),
            "Case 'has space', field 'id': must be a string of letters, digits, '_', '-', '.' "
            "or ':'",
        ),
        (_case(question=None), "Case 'c1', field 'question': is required"),
        (_case(question="  "), "Case 'c1', field 'question': must be a non-empty string"),
        (
            _case(answer="x"),
            "Case 'c1', field 'answer': unknown field (allowed: id, question, task, filters, "
            "history, k, article, topic, length, expected, tags, notes, today)",
        ),
        (
            _case(today="1 Sep 2025"),
            "Case 'c1', field 'today': must be a date like 2025-09-01, got '1 Sep 2025'",
        ),
        (
            _case(task="who_said", today="2025-09-01"),
            "Case 'c1', field 'today': only answer cases take a today date",
        ),
        (
            _case(task="chat"),
            "Case 'c1', field 'task': must be one of answer, who_said, summarize, got 'chat'",
        ),
        (
            _case(expected=None),
            "Case 'c1', field 'expected': is required (give answer_contains, speakers, must_cite "
            "or cannot_answer)",
        ),
        (
            _case(expected={}),
            "Case 'c1', field 'expected': is empty (give answer_contains, speakers, must_cite or "
            "cannot_answer)",
        ),
        (_case(expected=["10,000"]), "Case 'c1', field 'expected': must be a mapping, got list"),
        (
            _case(expected={"contains": "x"}),
            "Case 'c1', field 'expected.contains': unknown field (allowed: answer_contains, match, "
            "speakers, must_cite, cannot_answer)",
        ),
        (
            _case(expected={"answer_contains": []}),
            "Case 'c1', field 'expected.answer_contains': must be a string or a non-empty list of "
            "strings, got list",
        ),
        (
            _case(expected={"answer_contains": ["ok", 5]}),
            "Case 'c1', field 'expected.answer_contains[1]': must be a non-empty string",
        ),
        (
            _case(expected={"answer_contains": ["re:(unclosed"]}),
            "Case 'c1', field 'expected.answer_contains[0]': invalid regular expression "
            "'(unclosed': missing ), unterminated subpattern at position 0",
        ),
        (
            _case(expected={"answer_contains": "x", "match": "some"}),
            "Case 'c1', field 'expected.match': must be 'all' or 'any', got 'some'",
        ),
        (
            _case(expected={"speakers": ["Ryder"], "match": "any"}),
            "Case 'c1', field 'expected.match': needs answer_contains",
        ),
        (
            _case(expected={"speakers": [""]}),
            "Case 'c1', field 'expected.speakers[0]': must be a non-empty string",
        ),
        (
            _case(expected={"must_cite": [42]}),
            "Case 'c1', field 'expected.must_cite[0]': must be a non-empty string or a mapping "
            "with article and/or span",
        ),
        (
            _case(expected={"must_cite": [{"doc": "x"}]}),
            "Case 'c1', field 'expected.must_cite[0]': unknown key 'doc' (use article and/or span)",
        ),
        (
            _case(expected={"cannot_answer": "yes"}),
            "Case 'c1', field 'expected.cannot_answer': must be true or false, got 'yes'",
        ),
        (
            _case(expected={"cannot_answer": True, "speakers": ["Ryder"]}),
            "Case 'c1', field 'expected.cannot_answer': cannot be combined with answer_contains, "
            "speakers or must_cite",
        ),
        (
            _case(history=[["only the user"]]),
            "Case 'c1', field 'history[0]': must be a [user, assistant] pair of non-empty strings",
        ),
        (
            _case(history="earlier"),
            "Case 'c1', field 'history': must be a list of [user, assistant] pairs, got str",
        ),
        (
            _case(filters={"source": "x"}),
            "Case 'c1', field 'filters.source': unknown filter (use outlet, article_id, "
            "published_from, published_to, article)",
        ),
        (
            _case(filters={"outlet": 3}),
            "Case 'c1', field 'filters.outlet': must be a string or a list of strings",
        ),
        (_case(k=0), "Case 'c1', field 'k': must be a whole number from 1 to 50, got 0"),
        (
            _case(task="summarize", question=None),
            "Case 'c1', field 'article': summarize needs exactly one of article or topic",
        ),
        (
            _case(task="summarize", article="a", topic="b"),
            "Case 'c1', field 'article': summarize needs exactly one of article or topic",
        ),
        (
            _case(task="summarize", article="a", length="huge"),
            "Case 'c1', field 'length': must be short, medium, long or 1-20, got 'huge'",
        ),
        (
            _case(article="a"),
            "Case 'c1', field 'article': only summarize cases take an article (use "
            "filters.article to restrict retrieval)",
        ),
        (_case(length="short"), "Case 'c1', field 'length': only summarize cases take a length"),
        (
            _case(task="who_said", history=[["a", "b"]]),
            "Case 'c1', field 'history': only answer cases take a history",
        ),
    ],
)
def test_schema_errors_name_case_and_field(data, message):
    with pytest.raises(EvalError) as err:
        parse_case(data)
    assert str(err.value) == message


def test_duplicate_ids_and_file_level_errors(tmp_path):
    with pytest.raises(EvalError, match=r"^Case 'c1', field 'id': duplicates case #1$"):
        parse_cases([_case(), _case()])
    with pytest.raises(EvalError, match="a mapping test set needs a 'cases' list"):
        parse_cases({"case": []})
    with pytest.raises(EvalError, match="expected a non-empty list of cases"):
        parse_cases([])
    with pytest.raises(EvalError, match=r"Test set .*missing.yaml does not exist"):
        load_testset(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(_case()) + "\n{not json\n")
    with pytest.raises(EvalError, match=r"bad.jsonl, line 2: not valid JSON"):
        load_testset(bad)
    broken = tmp_path / "broken.yaml"
    broken.write_text("cases: [\n")
    with pytest.raises(EvalError, match="is not valid YAML"):
        load_testset(broken)


def test_case_forms_are_normalised(tmp_path):
    c = parse_case(
        {
            "id": "f",
            "question": "And him?",
            "history": [{"user": "Who is Ryder?", "assistant": "A spokesperson [1]."}],
            "filters": {"article": KURSK},
            "expected": {
                "answer_contains": "x",
                "speakers": "Patrick Ryder",
                "must_cite": [KURSK, {"article": KURSK, "span": "Ryder"}],
            },
        }
    )
    assert c.history == (("Who is Ryder?", "A spokesperson [1]."),)
    assert c.expected.speakers == ("Patrick Ryder",)
    assert [s.label for s in c.expected.must_cite] == [KURSK, f"{KURSK}: Ryder"]
    w = parse_case(
        {
            "id": "w",
            "task": "who_said",
            "topic": "Kursk",
            "expected": {"speakers": ["Patrick Ryder"]},
        }
    )
    assert w.question == "Who said what about Kursk?"
    # today: a YAML date or an ISO string; absent means rag.answer's own date.
    assert parse_case(_case(today="2025-09-01")).today == date(2025, 9, 1)
    assert parse_case(_case(today=date(2025, 9, 1))).today == date(2025, 9, 1)
    assert parse_case(_case()).today is None
    jl = tmp_path / "t.jsonl"
    jl.write_text(json.dumps(_case()) + "\n\n" + json.dumps(_case(id="c2")) + "\n")
    assert [c.id for c in load_testset(jl)] == ["c1", "c2"]


def test_shipped_seed_set_is_valid_and_covers_the_issue():
    cases = load_testset(SEED_SET)
    assert len(cases) >= 25
    tags = [t for c in cases for t in c.tags]
    assert sum(c.expected.cannot_answer for c in cases) >= 5
    assert sum(bool(c.history) for c in cases) >= 2
    assert {c.task for c in cases} == {"answer", "who_said", "summarize"}
    for tag in ("who_said", "number", "role", "summary", "followup", "multi"):
        assert tag in tags, tag


def test_heldout_set_resolves_and_shares_nothing_with_dev(seeded):
    # Only validity is checked here: prompts are never chosen on the held-out set.
    from rag.eval import Articles, resolve_case

    dev, held = load_testset(SEED_SET), load_testset(HELDOUT_SET)
    assert len(held) == 30
    assert not {c.id for c in dev} & {c.id for c in held}
    assert not {c.question for c in dev} & {c.question for c in held}
    articles = Articles(seeded)
    resolved = [resolve_case(c, articles) for c in held]  # EvalError on a bad key or span
    assert sum(len(targets) for targets, _, _ in resolved) == 26
    assert sum(c.expected.cannot_answer for c in held) == 4


def test_unknown_article_key_or_span_is_an_eval_error(seeded):
    cases = [parse_case(_case(expected={"must_cite": ["no such text anywhere"]}))]
    with pytest.raises(EvalError) as err:
        evaluate(cases, index=seeded, backend="extractive")
    assert str(err.value) == (
        "Case 'c1', field 'expected.must_cite[0]': 'no such text anywhere' is not an article "
        "key and does not occur in any indexed article"
    )
    cases = [parse_case(_case(filters={"article": "nope"}))]
    with pytest.raises(
        EvalError,
        match=r"field 'filters.article': no indexed article has the "
        r"key 'nope'",
    ):
        evaluate(cases, index=seeded, backend="extractive")


# -- metric arithmetic on hand-built answers ------------------------------------------------
ART = "A" * 100 + "Ryder said the troops arrived." + "B" * 100 + "The fund is 5 million." + "C" * 50


def _passage(n: int, start: int, end: int, article: str = "art1") -> Passage:
    chunk = Chunk(
        id=f"{article}-{n}",
        article_id=article,
        index=n,
        text=ART[start:end],
        start=start,
        end=end,
        paragraph=0,
        paragraph_end=0,
        n_tokens=10,
    )
    return Passage(chunk=chunk, rank=n)


def _hand_built() -> tuple[Case, Answer, list[Target]]:
    p1, p2, p3 = _passage(1, 0, 100), _passage(2, 90, 260), _passage(3, 0, 300, "art2")
    ryder = ART.index("Ryder said")
    targets = [
        Target("Ryder said ...", (("art1", ryder, ryder + 30),)),
        Target("art2", (("art2", 0, 300),), whole_article=True),
        Target("missing", (("art9", 0, 10),)),
    ]
    ans = Answer(
        question="q",
        text='Ryder said "the troops arrived" [1]. The fund is big [2][3]. Extra [4].',
        passages=[p1, p2, p3],
        citations={
            1: Citation(1, p2, [(ryder, ryder + 30)]),
            2: Citation(2, p1, [(0, 10)]),
            3: Citation(3, _passage(9, 0, 10, "art3"), [(0, 10)]),
        },
        quotes=[Quote("the troops arrived", 1, True, 100.0), Quote("made up", 0, False, 0.0)],
        raw_text="Ryder [2]. Fund [1][7]. Made up [9]. Extra [3].",
        raw_citations=5,
        invalid_citations=2,
        removed=[
            Removal(RemovalKind.INVALID_CITATION, "[7]"),
            Removal(RemovalKind.INVALID_CITATION, "[9]"),
            Removal(RemovalKind.UNCITED, "Made up."),
        ],
        timings={"total": 2.0},
        usage={"prompt_tokens": 100, "completion_tokens": 20},
        source=AnswerSource.LLM,
        model="fake",
    )
    case = Case(
        id="h",
        question="q",
        expected=Expected(
            answer_contains=("ryder", "re:fund is \\w+"), speakers=("Patrick Ryder",)
        ),
    )
    return case, ans, targets


def test_score_case_counts_exactly():
    case, ans, targets = _hand_built()
    rec = score_case(case, ans, targets)
    # Target 1 is held by passage 2 (passage 1 ends before it ends); art2 by passage 3.
    assert rec.target_ranks == (2, 3, None)
    assert [c.valid for c in rec.citations] == [True, True, False]  # [3] is not given
    assert [c.on_target for c in rec.citations] == [True, False, False]
    assert rec.cited_targets == (True, False, False)
    assert (rec.markers, rec.valid_markers) == (4, 2)  # [4] has no citation at all
    assert (rec.raw_markers, rec.raw_valid_markers) == (5, 3)  # [7] and [9] invalid
    assert rec.checks == {
        "contains": True,
        "speakers": False,
        "cited": False,
        "refusal": True,
        "citations_valid": False,
        "retrieved": False,
        "quotes_verified": False,
    }
    assert rec.passed is False


def test_case_record_round_trips_through_json():
    case, ans, targets = _hand_built()
    rec = score_case(case, ans, targets)
    data = json.loads(json.dumps(rec.to_dict()))
    assert list(data)[:13] == [
        "case_id",
        "task",
        "question",
        "standalone_question",
        "text",
        "cannot_answer",
        "expected_cannot_answer",
        "mode",
        "source",
        "model",
        "prompt",
        "fallback",
        "error",
    ]
    assert data["citations"][0] == {
        "number": 1,
        "chunk_id": "art1-2",
        "article_id": "art1",
        "start": 90,
        "end": 260,
        "spans": [[100, 130]],
        "valid": True,
        "on_target": True,
    }
    assert (data["source"], data["model"], data["fallback"]) == ("llm", "fake", None)
    assert data["removed"][0] == {"kind": "invalid_citation", "text": "[7]", "detail": ""}
    assert CaseRecord.from_dict(data) == rec
    fell = CaseRecord(
        case_id="f",
        task="answer",
        question="q",
        source=AnswerSource.EXTRACTIVE,
        fallback=Fallback(FallbackReason.NOTHING_VERIFIED),
    )
    data = json.loads(json.dumps(fell.to_dict()))
    assert data["fallback"] == {
        "reason": "nothing_verified",
        "detail": "",
        "message": "the model's answer had no sentence the code could verify",
    }
    assert CaseRecord.from_dict(data) == fell


def test_error_record_fails_every_applicable_check():
    case = Case(
        id="e",
        question="q",
        expected=Expected(answer_contains=("x",), must_cite=(CiteSpec(article="a"),)),
    )
    target = Target("a", (("a", 0, 5),), whole_article=True)
    rec = CaseRecord.error(case, EvalError("boom"), [target])
    assert rec.failure == "EvalError: boom"
    assert rec.to_dict()["error"] == "EvalError: boom"
    assert rec.checks == {
        "contains": False,
        "speakers": None,
        "cited": False,
        "refusal": False,
        "citations_valid": None,
        "retrieved": False,
        "quotes_verified": None,
    }
    assert (rec.target_ranks, rec.cited_targets, rec.passed) == ((None,), (False,), False)


def test_who_said_returns_the_passages_holding_each_attribution(seeded):
    attrs, passages = rag.who_said("Kursk", k=5, index=seeded, with_passages=True)
    assert attrs == rag.who_said("Kursk", k=5, index=seeded)
    assert [p.rank for p in passages] == list(range(1, len(passages) + 1))
    assert {"Jeon Ha-kyou", "Patrick Ryder"} <= {a.speaker for a in attrs}
    for a in attrs:
        assert any(
            p.chunk.article_id == a.article_id and p.chunk.start <= a.start and a.end <= p.chunk.end
            for p in passages
        )


def test_compute_metrics_exact_values():
    case, ans, targets = _hand_built()
    r1 = score_case(case, ans, targets)
    ok = Answer(
        question="q2",
        text="The fund is 5 million [1].",
        passages=[_passage(1, 0, 300)],
        timings={"total": 4.0},
        source=AnswerSource.EXTRACTIVE,
    )
    ok.citations = {1: Citation(1, ok.passages[0], [(230, 252)])}
    ok.raw_text = "The fund is 5 million [1]."  # the code's own marker: not a model's
    case2 = Case(
        id="ok",
        question="q2",
        expected=Expected(answer_contains=("5 million", "nothing"), match="any", must_cite=()),
    )
    fund = ART.index("The fund")
    r2 = score_case(case2, ok, [Target("fund", (("art1", fund, fund + 22),))])
    refused = Answer(
        question="q3",
        text=CANNOT_ANSWER,
        cannot_answer=True,
        timings={"total": 1.0},
        source=AnswerSource.NONE,
    )
    r3 = score_case(Case(id="no", question="q3", expected=Expected(cannot_answer=True)), refused)
    wrong = Answer(
        question="q4",
        text=CANNOT_ANSWER,
        cannot_answer=True,
        timings={"total": 10.0},
        source=AnswerSource.EXTRACTIVE,
        model="fake",
        fallback=Fallback(FallbackReason.LLM_FAILED, "timed out"),
        usage={"completion_tokens": 10},  # a stream that reports no prompt count
    )
    r4 = score_case(Case(id="w", question="q4", expected=Expected(answer_contains=("x",))), wrong)
    m = compute_metrics([r1, r2, r3, r4])
    assert set(m) == set(METRICS)
    assert m["pass_rate"] == 2 / 4  # r2 and r3
    assert m["hit@1"] == 1 / 2  # r1 first hit at rank 2, r2 at rank 1
    assert m["hit@5"] == 2 / 2
    assert m["recall@5"] == 3 / 4  # r1: 2 of 3 targets, r2: 1 of 1
    assert m["mrr"] == pytest.approx((1 / 2 + 1) / 2)
    assert m["citation_validity_raw"] == pytest.approx(3 / 5)  # only r1 has model markers
    assert m["citation_validity_repaired"] == pytest.approx((2 + 1) / (4 + 1))
    assert m["citation_precision"] == pytest.approx((1 + 1) / (3 + 1))
    assert m["citation_recall"] == pytest.approx((1 + 1) / (3 + 1))
    assert m["quote_verification"] == 1 / 2
    assert m["answer_correctness"] == 1 / 3  # r1 misses the speaker, r4 refused
    assert m["cannot_answer_accuracy"] == 3 / 4
    assert m["true_refusal_rate"] == 1.0
    assert m["false_refusal_rate"] == 1 / 3
    assert m["fallback_rate"] == 1 / 2  # LLM answers: r1 (fake) and r4 (fake, fell back)
    assert m["latency_p50"] == pytest.approx(3.0)
    assert m["latency_p95"] == pytest.approx(4.0 + 0.85 * 6.0)
    assert (m["prompt_tokens"], m["completion_tokens"]) == (100.0, 15.0)
    assert compute_metrics([r3])["hit@5"] is None  # nothing to retrieve: not measured


def test_percentile_and_fail_under_parsing():
    assert percentile([], 50) is None
    assert percentile([3.0], 95) == 3.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5
    assert parse_fail_under(["hit@5=0.95", "answer_correctness=80%"]) == [
        ("hit@5", 0.95),
        ("answer_correctness", 0.8),
    ]
    with pytest.raises(EvalError, match=r"--fail-under 'hit@10=1': use METRIC=VALUE"):
        parse_fail_under(["hit@10=1"])
    with pytest.raises(EvalError, match=r"'high' is not a number"):
        parse_fail_under(["mrr=high"])
    with pytest.raises(EvalError) as err:
        parse_fail_under(["citation_validity=1"])
    assert str(err.value) == (
        "--fail-under 'citation_validity=1': citation_validity is now citation_validity_raw "
        "(the model's own markers) or citation_validity_repaired (after repair, 1.0 by "
        "construction)"
    )


# -- running the shipped seed set ------------------------------------------------------------
def test_seed_set_extractive_meets_thresholds(seeded):
    rep = evaluate(SEED_SET, index=seeded, backend="extractive", prompts=["answer"])
    m = rep.metrics["answer"]
    errors = [r.failure for r in rep.records["answer"] if r.failure]
    assert errors == []
    assert m["hit@5"] >= 0.95
    assert m["recall@5"] >= 0.95
    assert m["citation_validity_repaired"] == 1.0
    # No model wrote anything: the model-quality figures are not measured, not 100%.
    assert (m["citation_validity_raw"], m["fallback_rate"]) == (None, None)
    assert {r.source for r in rep.records["answer"]} == {
        AnswerSource.EXTRACTIVE,
        AnswerSource.ATTRIBUTIONS,
        AnswerSource.NONE,
    }
    assert m["cannot_answer_accuracy"] >= 0.9
    assert m["false_refusal_rate"] == 0.0
    # Measured 0.938 (30/32) on the 6 seed articles; extractive picks whole sentences, so a
    # number in a sentence that shares few words with the question is sometimes missed.
    assert m["answer_correctness"] >= 0.8
    assert m["citation_recall"] >= 0.9
    assert m["quote_verification"] in (None, 1.0)


def test_date_dev_set_passes_every_case(seeded):
    # issue 13: "latest", publication months, since/before, this week, spans, fallback notes.
    rep = evaluate(
        ROOT / "tests" / "eval" / "dates-dev.yaml",
        index=seeded,
        backend="extractive",
        prompts=["answer"],
    )
    failed = [r.case_id for r in rep.records["answer"] if not r.passed]
    assert (failed, len(rep.records["answer"])) == ([], 9)


def test_reports_written_with_expected_keys(seeded, tmp_path):
    cases = load_testset(SEED_SET)[:6]
    out = tmp_path / "out"
    rep = evaluate(
        cases, index=seeded, backend="extractive", prompts=["answer", "answer_v2"], out=out
    )
    paths = rep.write(out)
    data = json.loads(paths["json"].read_text())
    assert {
        "testset",
        "backend",
        "k",
        "variants",
        "fingerprints",
        "metric_definitions",
        "metrics",
        "best_variant",
        "comparisons",
        "cases",
    } <= set(data)
    assert data["variants"] == ["answer", "answer_v2"]
    assert set(data["metrics"]["answer"]) == set(METRICS)
    assert data["comparisons"] == {"answer_v2": {"won": [], "lost": []}}
    rec = data["cases"]["answer"][0]
    assert {
        "case_id",
        "text",
        "citations",
        "passages",
        "timings",
        "usage",
        "checks",
        "passed",
        "variant",
    } <= set(rec)
    assert {"chunk_id", "article_id", "start", "end", "rank"} <= set(rec["passages"][0])
    with paths["csv"].open() as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 12
    assert {
        "variant",
        "case_id",
        "passed",
        "contains",
        "cited",
        "refusal",
        "latency_s",
        "text",
    } <= set(rows[0])
    page = paths["html"].read_text()
    assert page.count("<svg") == 1 and "<rect" in page
    assert "answer_v2 vs answer: won 0, lost 0" in page
    assert "kursk-troop-count" in page
    table = rep.table()
    assert table.splitlines()[0].split() == ["metric", "answer", "answer_v2"]


def test_variant_diff_with_fake_llm(seeded, tmp_path):
    """B wins a case A loses: a fake model invents a citation for A and answers for B."""
    case = parse_case(
        {
            "id": "troops",
            "question": "How many North Korean troops were sent?",
            "expected": {"answer_contains": "10,000", "must_cite": [KURSK]},
        }
    )
    good = "Approximately 10,000 North Korean servicemen have been stationed in Russia [1]."
    llm = FakeLLM([CANNOT_ANSWER, good + " [9]"])
    rep = evaluate(
        [case],
        index=seeded,
        backend="local",
        prompts=["answer", "answer_v2"],
        llm=llm,
        concurrency=1,
    )
    assert rep.comparisons() == {"answer_v2": {"won": ["troops"], "lost": []}}
    a, b = rep.metrics["answer"], rep.metrics["answer_v2"]
    assert (a["answer_correctness"], b["answer_correctness"]) == (0.0, 1.0)
    assert b["citation_validity_raw"] == 0.5 and b["citation_validity_repaired"] == 1.0
    assert a["false_refusal_rate"] == 1.0
    assert rep.best_variant() == "answer_v2"
    assert "answer_v2 vs answer: won 1, lost 0" in report.render_html(rep)


def test_resume_reads_the_cache(seeded, tmp_path, monkeypatch):
    wanted = (
        "kursk-troop-count",
        "kursk-role-jeon",
        "kursk-who-said-task",
        "kursk-summary",
        "none-capital",
    )
    cases = [c for c in load_testset(SEED_SET) if c.id in wanted]
    assert len(cases) == 5
    calls: list[str] = []
    real = rag.answer

    def counting(question, **kw):
        calls.append(question)
        return real(question, **kw)

    monkeypatch.setattr(rag, "answer", counting)
    out = tmp_path / "out"
    first = evaluate(cases, index=seeded, backend="extractive", out=out, concurrency=2)
    n_answer = sum(c.task == "answer" for c in cases)
    assert len(calls) == n_answer and first.ran == 5 and first.cached == 0
    lines = (out / "cache.jsonl").read_text().splitlines()
    assert len(lines) == 5
    second = evaluate(cases, index=seeded, backend="extractive", out=out)
    assert len(calls) == n_answer  # nothing re-run
    assert (second.ran, second.cached) == (0, 5)
    assert second.metrics == first.metrics
    # A second variant re-runs only the answer cases; who_said/summarize are shared.
    third = evaluate(
        cases, index=seeded, backend="extractive", out=out, prompts=["answer", "answer_v2"]
    )
    assert third.ran == n_answer and len(calls) == 2 * n_answer
    # --no-cache ignores what is there.
    evaluate(cases, index=seeded, backend="extractive", out=out, use_cache=False)
    assert len(calls) == 3 * n_answer
    # Editing a case invalidates just that case.
    edited = [
        parse_case({**cases[0].raw, "question": "How many troops went to Russia?"}),
        *cases[1:],
    ]
    again = evaluate(edited, index=seeded, backend="extractive", out=out)
    assert (again.ran, again.cached) == (1, 4)


# -- CLI --------------------------------------------------------------------------------
def _ns(tmp_path: Path, testset: Path, **over) -> Namespace:
    base = {
        "testset": testset,
        "prompts": None,
        "backend": "extractive",
        "k": None,
        "out": tmp_path / "out",
        "fail_under": [],
        "concurrency": None,
        "no_cache": False,
        "seeds": ROOT / "seeds",
    }
    base.update(over)
    return Namespace(**base)


def test_cli_ingests_seeds_reports_and_gates(tmp_path, capsys):
    small = tmp_path / "small.yaml"
    cases = yaml.safe_load(SEED_SET.read_text())["cases"]
    small.write_text(
        yaml.safe_dump(
            [c for c in cases if c["id"] in ("kursk-troop-count", "none-capital", "tram-vote")]
        )
    )
    code = cmd_eval(_ns(tmp_path, small, fail_under=["hit@5=0.9", "cannot_answer_accuracy=100%"]))
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "citation_validity" in out.out and "Reports:" in out.out
    assert (tmp_path / "out" / "report.html").is_file()
    code = cmd_eval(
        _ns(tmp_path, small, seeds=None, fail_under=["latency_p95=0", "answer_correctness=1.01"])
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "FAILED --fail-under: answer_correctness = 1 < 1.01 for variant answer" in err
    assert "FAILED --fail-under: latency_p95 = " in err and "> 0 for variant answer" in err


def test_cli_reports_eval_errors_through_newsrag(tmp_path, capsys):
    from rag.cli import main

    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: x\n  question: q\n")
    assert main(["eval", str(bad), "--backend", "extractive"]) == 1
    assert (
        "Error: Case 'x', field 'expected': is required (give answer_contains, speakers, "
        "must_cite or cannot_answer)"
    ) in capsys.readouterr().err


# -- the embedded LLM, for real -----------------------------------------------------------
@pytest.mark.slow
def test_local_llm_small_subset(seeded):
    wanted = [
        "kursk-troop-count",
        "fever-june-cases",
        "tram-vote",
        "none-capital",
        "kursk-who-said",
    ]
    cases = [c for c in load_testset(SEED_SET) if c.id in wanted]
    # The bundled model answers only when asked to (answer_with=auto picks extractive for it).
    seeded.settings = seeded.settings.model_copy(update={"answer_with": "llm"})
    rep = evaluate(cases, index=seeded, backend="local", prompts=["answer"])
    m = rep.metrics["answer"]
    recs = rep.records["answer"]
    assert [r.failure for r in recs] == [None] * len(wanted)
    assert any(r.model.startswith("local:") for r in recs)
    assert m["citation_validity_repaired"] == 1.0
    assert m["hit@5"] >= 0.95
    assert m["cannot_answer_accuracy"] >= 0.8
    assert m["prompt_tokens"] and m["prompt_tokens"] > 0
    assert m["completion_tokens"] and m["completion_tokens"] > 0
