"""BM25 search: our top-k over matching rows gives bm25s's own ranking."""

from __future__ import annotations

import pytest

from rag.lexical import LexicalIndex, tokenize

TEXTS = [
    "Dock workers at Port Calloway walked off the job over automated cranes.",
    "The union said the cranes would cut 400 jobs; the port offered a pay rise.",
    "Varnholt council approved the tram extension to Eastgate.",
    "Tram passengers in Varnholt will get six new stops.",
    "Fever cases tripled in June, the health agency said.",
    "The port authority and the union meet a mediator on Thursday.",
]


@pytest.fixture
def lex(tmp_path):
    li = LexicalIndex(tmp_path / "bm25")
    li.build([f"c{i}" for i in range(len(TEXTS))], TEXTS, "1")
    return li


@pytest.mark.parametrize(
    "query", ["port union cranes", "tram Varnholt stops", "fever June", "mediator Thursday port"]
)
def test_search_matches_bm25s_ranking(lex, query):
    toks = [t for t in tokenize(query) if t in lex._vocab]
    docs, scores = lex._model.retrieve([toks], k=len(TEXTS), show_progress=False, n_threads=0)
    want = [(f"c{int(d)}", float(s)) for d, s in zip(docs[0], scores[0], strict=True) if s > 0]
    got = lex.search(query, len(TEXTS))
    assert [c for c, _ in got] == [c for c, _ in want]
    assert [round(s, 5) for _, s in got] == [round(s, 5) for _, s in want]


def test_search_k_and_allowed(lex):
    full = lex.search("port union cranes tram", 6)
    assert lex.search("port union cranes tram", 2) == full[:2] and len(full) == 5
    assert [c for c, _ in lex.search("port union cranes", 5, allowed={"c5", "c2"})] == ["c5"]
    assert lex.search("port", 5, allowed={"c2"}) == []
    assert lex.search("nothing matches here", 5) == []


def test_top_k_through_the_rare_word_floor_equals_the_full_ranking(tmp_path):
    """The score floor from the rarest words keeps exactly the full ranking's top k, ties
    broken by row, on a corpus with many equal scores."""
    import random

    rnd = random.Random(7)
    words = ["harbor", "crane", "union", "tram", "fever", "council", "budget", "ferry"]
    texts = [" ".join(rnd.choices(words, k=rnd.randint(1, 4))) for _ in range(400)]
    li = LexicalIndex(tmp_path / "bm25")
    li.build([f"c{i}" for i in range(len(texts))], texts, "1")
    for query in ["harbor crane", "union tram fever", "ferry", "budget council harbor"]:
        full = li.search(query, 400)
        assert len(full) > 60
        # Equal scores are common here: the ranking breaks them by row, every time.
        assert sum(a[1] == b[1] for a, b in zip(full, full[1:], strict=False)) > 20
        for k in (1, 5, 20, 50):
            assert li.search(query, k) == full[:k]
