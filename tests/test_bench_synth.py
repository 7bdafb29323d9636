"""The synthetic benchmark corpus (bench/synth.py) is deterministic and its answers are real."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.synth import generate, generate_articles, iter_corpus  # noqa: E402
from rag.ingest import article_id  # noqa: E402
from rag.text import normalize  # noqa: E402
from rag.types import Article  # noqa: E402


def test_same_seed_same_first_article() -> None:
    corpus = generate(3, seed=0)
    first = corpus.articles[0]
    assert first.id == "260268dc37a0f746"
    assert first.title == "Leaking roofs and cold classrooms at Tamorard Academy"
    assert first.outlet == "The Dunmere Standard"
    assert first.published == date(2024, 3, 23)
    q = corpus.questions[0]
    assert q.question == "How much will the renovation of Tamorard Academy cost?"
    assert q.answer == "69.8 million crowns"
    assert q.evidence == (
        "The renovation of Tamorard Academy will cost 69.8 million crowns and "
        "is due to finish by May 2025, the council said."
    )
    assert generate(3, seed=0) == corpus


def test_other_seed_other_corpus() -> None:
    first = generate(1, seed=42).articles[0]
    assert first.id == "e9d4456829d55f9b"
    assert first.title == "Osberg workers walk out in Torness"


def test_prefix_stable() -> None:
    assert generate(10, seed=3).articles[:4] == generate(4, seed=3).articles


def test_requested_count() -> None:
    for n in (0, 1, 7, 50):
        corpus = generate(n, seed=1)
        assert len(corpus.articles) == n
        assert len(corpus.questions) == n
    assert len(generate_articles(12, seed=5)) == 12


def test_answers_are_substrings_of_their_article() -> None:
    corpus = generate(200, seed=11)
    for art, q in zip(corpus.articles, corpus.questions, strict=True):
        assert isinstance(art, Article)
        assert q.article_id == art.id
        assert q.evidence in art.text
        assert q.answer in q.evidence
        # the evidence sentence is unique to its article
        assert art.text.count(q.evidence) == 1


def test_articles_are_well_formed() -> None:
    corpus = generate(300, seed=2)
    ids = [a.id for a in corpus.articles]
    assert len(set(ids)) == len(ids)
    assert len({q.question for q in corpus.questions}) == len(ids)
    for art in corpus.articles:
        assert art.id == article_id(art.text)
        assert normalize(art.text) == art.text
        assert 250 <= len(art.text.split()) <= 500
        assert '"' in art.text and " said" in art.text
        assert art.title and art.outlet and art.author and art.published


def test_iter_corpus_matches_generate() -> None:
    it = iter_corpus(seed=9)
    streamed = [next(it)[0] for _ in range(5)]
    assert streamed == generate(5, seed=9).articles
