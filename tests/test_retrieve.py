"""Hybrid retrieval on the seed index: fusion, floors, filters, diversity."""

import pytest

from rag.errors import InputError
from rag.retrieve import retrieve, rrf


def test_rrf_exact():
    scores = rrf([["a", "b"], ["b", "c"]], k=60)
    assert scores == pytest.approx({"a": 1 / 61, "b": 1 / 62 + 1 / 61, "c": 1 / 62})


def test_passages_carry_scores_offsets_and_attributions(seeded):
    ps = retrieve("What did Ryder say about numbers?", k=3, index=seeded)
    top = ps[0]
    assert (top.rank, top.chunk.id, top.chunk.start, top.chunk.end) == (
        1,
        "f594db8a5cb54cef-0002",
        1765,
        2596,
    )
    assert top.dense_score > 0.3 and top.bm25_score > 0 and top.fused_score > 0
    assert "numbers that can be misleading." in [a.quote for a in top.attributions]


@pytest.mark.parametrize(
    "question",
    [
        "What is the capital of France?",
        "Who won the 2022 World Cup?",
        "How many troops does France have?",
        "Tell me about the Kremlin's budget.",
    ],
)
def test_off_topic_questions_find_nothing(seeded, question):
    assert retrieve(question, index=seeded) == []


@pytest.mark.parametrize(
    ("question", "chunk"),
    [
        ("Who is Jeon Ha-kyou?", "f594db8a5cb54cef-0000"),
        ("What did Jeong say?", "f594db8a5cb54cef-0001"),
        ("What did Zelenskyy say?", "f594db8a5cb54cef-0003"),
    ],
)
def test_names_are_found_even_with_low_cosine(seeded, question, chunk):
    assert retrieve(question, index=seeded)[0].chunk.id == chunk


def test_filters(seeded):
    assert {
        p.chunk.outlet
        for p in retrieve(
            "troops strike fever tram",
            k=10,
            index=seeded,
            filters={"outlet": "Caliber.Az"},
            floor=-1,
        )
    } == {"Caliber.Az"}
    assert retrieve("Kursk", index=seeded, filters={"published_to": "2020-01-01"}) == []
    with pytest.raises(InputError, match=r"^Unknown filter\(s\) \['author'\]"):
        retrieve("Kursk", index=seeded, filters={"author": "x"})
    with pytest.raises(InputError, match="^Filter published_from: unreadable date"):
        retrieve("Kursk", index=seeded, filters={"published_from": "yesterday"})


def test_per_article_cap_leaves_room_for_other_articles(seeded):
    ps = retrieve("North Korean troops strike workers cranes", k=5, index=seeded, floor=-1)
    per = {}
    for p in ps:
        per[p.chunk.article_id] = per.get(p.chunk.article_id, 0) + 1
    assert max(per.values()) <= 3 and len(per) >= 2


def test_mmr_option(seeded):
    seeded.settings = seeded.settings.model_copy(update={"mmr": True})
    ps = retrieve("Kursk", k=3, index=seeded)
    assert len({p.chunk.id for p in ps}) == 3


def test_langchain_retriever(seeded):
    from rag import as_retriever

    docs = as_retriever(settings=seeded.settings, k=2).invoke("How many North Korean troops?")
    assert [d.id for d in docs] == ["f594db8a5cb54cef-0000", "f594db8a5cb54cef-0001"]
    assert docs[0].metadata["start"] == 0 and docs[0].metadata["title"].startswith("Ukraine")


def test_lcel_chain_from_readme(seeded):
    from langchain_core.prompts import ChatPromptTemplate
    from langchain_core.runnables import RunnablePassthrough

    from rag import as_retriever
    from rag.langchain import format_docs

    prompt = ChatPromptTemplate.from_template("Context:\n{context}\n\nQuestion: {question}")
    chain = {
        "context": as_retriever(k=2, settings=seeded.settings) | format_docs,
        "question": RunnablePassthrough(),
    } | prompt
    text = chain.invoke("How many North Korean troops are in Russia?").to_string()
    assert text.startswith(
        "Human: Context:\n[1] Ukraine conflict escalates: 10,000 North Korean troops mobilized "
        "in Russia (Caliber.Az, 2024-11-05)\nApproximately 10,000 North Korean servicemen"
    )
    assert text.endswith("Question: How many North Korean troops are in Russia?")


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Summary of Aldern River floods", ["Aldern", "River"]),
        ("Latest on Kursk", ["Kursk"]),
        ("Quotes from Patrick Ryder", ["Patrick", "Ryder"]),
        ("What did Ryder say?", ["Ryder"]),
        ("Zelenskyy said what?", ["Zelenskyy"]),
        ("Ryder Summary", ["Ryder", "Summary"]),
    ],
)
def test_a_capitalised_opener_is_not_a_name(question, names):
    from rag.text import query_entities

    assert query_entities(question) == names


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("ryder said", "ryder", True),
        ("mr. ryder's office", "ryder", True),
        ("ryders said", "ryder", False),
        ("snyder_ryder", "ryder", False),
        ("oryder ryder2 (ryder)", "ryder", True),
        ("kursk", "kursk", True),
        ("élkursk kursk", "kursk", True),
        ("élkursk", "kursk", False),
        ("x²kursk", "kursk", False),
        ("", "kursk", False),
        ("a  b", "", True),
        ("ab", "", False),
    ],
)
def test_has_word_is_the_whole_word_pattern(text, word, found):
    import re

    from rag.text import has_word

    assert has_word(text, word) is found
    assert (re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", text) is not None) is found


def test_has_word_agrees_with_the_pattern_on_random_text():
    import random
    import re

    from rag.text import has_word

    rng = random.Random(7)
    alphabet = "ab _-.'é2²\n"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        word = "".join(rng.choice("ab_é") for _ in range(rng.randint(1, 3)))
        want = re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", text) is not None
        assert has_word(text, word) is want, (text, word)


def test_a_request_opening_with_a_common_word_still_finds_passages(seeded):
    ps = retrieve("Summary of North Korean troops in Kursk", index=seeded)
    assert ps and ps[0].chunk.article_id == "f594db8a5cb54cef"


HEAD_QUESTIONS = [
    "What did Ryder say about numbers?",
    "Who said what about Kursk?",
    "How many confirmed cases of Tarrow fever were recorded in June?",
    "What did officials say about the budget?",
]


@pytest.mark.parametrize(("k", "per_article"), [(3, 2), (8, 1), (8, 0), (12, 3)])
def test_reading_only_the_head_gives_the_same_passages(seeded, monkeypatch, k, per_article):
    """retrieve reads the first HEAD candidates from the catalog; the answer must not change."""
    import sys

    mod = sys.modules["rag.retrieve"]

    def run() -> list[tuple[str, float, list[str]]]:
        out = []
        for q in HEAD_QUESTIONS:
            for p in retrieve(q, k=k, per_article=per_article, index=seeded):
                out.append((p.chunk.id, round(p.fused_score, 9), [a.quote for a in p.attributions]))
        return out

    reads: list[int] = []
    real = seeded.catalog.chunks
    monkeypatch.setattr(
        seeded.catalog, "chunks", lambda ids: reads.append(len(list(ids))) or real(ids)
    )
    lazy = run()
    assert reads and max(reads[:1]) <= max(mod.HEAD, 4 * k)
    monkeypatch.setattr(mod, "HEAD", 10_000)
    assert run() == lazy
    assert lazy  # the questions do find passages


def test_diverse_says_whether_later_candidates_could_matter():
    import sys

    from rag.types import Chunk, Passage

    diverse = sys.modules["rag.retrieve"]._diverse

    def p(cid: str, art: str, score: float) -> Passage:
        chunk = Chunk(cid, art, 0, "x", 0, 1, 0, 0, 1)
        return Passage(chunk=chunk, fused_score=score)

    cands = [p("a-0", "a", 0.9), p("a-1", "a", 0.8), p("b-0", "b", 0.7), p("a-2", "a", 0.6)]
    picked, settled = diverse(cands, 2, 1)
    assert ([x.chunk.id for x in picked], settled) == (["a-0", "b-0"], True)
    # Only one other article in sight: the overflow fills in, but more candidates could differ.
    picked, settled = diverse(cands, 3, 1)
    assert ([x.chunk.id for x in picked], settled) == (["a-0", "a-1", "b-0"], False)
    assert diverse(cands, 4, 0)[1] is True and diverse(cands, 5, 0)[1] is False


def test_attributions_within_spans_match_a_full_read(seeded):
    cat = seeded.catalog
    every = cat.attributions()
    art = every[0].article_id
    chunks = [c for c in cat.article_chunks(art)][:2]
    spans = [(c.article_id, c.start, c.end) for c in chunks]
    want = [
        a.quote
        for a in every
        if any(a.article_id == s[0] and a.start >= s[1] and a.end <= s[2] for s in spans)
    ]
    assert [a.quote for a in cat.attributions(within=spans)] == want
    assert len(want) >= 2
    assert cat.attributions(within=[]) == []


def test_chunk_attributions_equal_the_joined_read_per_chunk(seeded):
    """retrieve's one read gives each chunk exactly the joined query's statements, in order."""
    cat = seeded.catalog
    every = cat.attributions()
    arts = list(dict.fromkeys(a.article_id for a in every))
    assert len(arts) >= 2
    chunks = [c for art in arts for c in cat.article_chunks(art)[::2]]
    got = cat.chunk_attributions(list(cat.chunks([c.id for c in chunks]).values()))
    assert list(got) == [c.id for c in chunks]
    for c in chunks:
        assert got[c.id] == [
            a
            for a in every
            if a.article_id == c.article_id and a.start >= c.start and a.end <= c.end
        ]
    assert sum(map(len, got.values())) >= 4
    assert all(a.title and a.published for stated in got.values() for a in stated)
    assert cat.chunk_attributions([]) == {}


def test_a_statement_read_from_a_row_equals_the_dataclass_built_one():
    """The catalog fills a statement's fields at once; the result is the constructor's, field
    for field, so a field added to Attribution without a column here fails this test."""
    from dataclasses import fields
    from datetime import date

    from rag.catalog import _statement
    from rag.types import Attribution

    row = ("a1", "Ann Bee", "", None, "reported", "the levy passed", 10, 25, 0, 40, '["Bee"]')
    got = _statement(row, "Levy vote", "", date(2026, 3, 1))
    want = Attribution(
        speaker="Ann Bee",
        quote="the levy passed",
        kind="reported",
        cue="",
        start=10,
        end=25,
        sentence_start=0,
        sentence_end=40,
        role="",
        article_id="a1",
        aliases=("Bee",),
        title="Levy vote",
        outlet="",
        published=date(2026, 3, 1),
    )
    assert got == want and hash(got) == hash(want) and repr(got) == repr(want)
    assert set(vars(got)) == {f.name for f in fields(Attribution)}
    assert _statement(row[:10] + ("[]",), "", "", None).aliases == ()
    with pytest.raises(AttributeError):
        got.speaker = "someone else"  # type: ignore[misc]


def test_chunk_attributions_in_batches_and_once_per_chunk(seeded, monkeypatch):
    """Past the UNION limit the read goes in batches; a chunk asked twice is read once."""
    cat = seeded.catalog
    arts = list(dict.fromkeys(a.article_id for a in cat.attributions()))
    chunks = list(cat.chunks([c.id for art in arts for c in cat.article_chunks(art)]).values())
    whole = cat.chunk_attributions(chunks)
    monkeypatch.setattr("rag.catalog.UNION_LIMIT", 2)
    assert cat.chunk_attributions(chunks) == whole
    assert cat.chunk_attributions(chunks + chunks[:1]) == whole
    assert len(chunks) > 2 and sum(map(len, whole.values())) >= 4


def test_chunk_statements_are_read_through_the_span_index(seeded):
    """A chunk's statements: the range test runs in the (article_id, start, end) index."""
    db = seeded.catalog._db
    plan = db.execute(
        'EXPLAIN QUERY PLAN SELECT quote FROM attributions WHERE article_id=? AND start>=? AND "end"<=?',
        ("a", 0, 10),
    ).fetchall()
    assert [row[-1] for row in plan] == [
        "SEARCH attributions USING INDEX attributions_span (article_id=? AND start>?)"
    ]


def test_attributions_within_several_articles_equal_the_joined_read(seeded):
    """The span filter returns the same objects, in the same order, as a full read."""
    cat = seeded.catalog
    every = cat.attributions()
    arts = list(dict.fromkeys(a.article_id for a in every))
    assert len(arts) >= 2
    spans = [(c.article_id, c.start, c.end) for art in arts for c in cat.article_chunks(art)[::2]]
    want = [
        a
        for a in every
        if any(a.article_id == s[0] and a.start >= s[1] and a.end <= s[2] for s in spans)
    ]
    got = cat.attributions(within=spans)
    assert got == want
    assert {a.article_id for a in got} == set(arts)
    assert all(a.title and a.published for a in got)
    # Both paths agree when an article id list is given too (that one stays on the join).
    assert cat.attributions(arts[:1], within=spans) == [a for a in want if a.article_id == arts[0]]
