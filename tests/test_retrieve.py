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


def test_a_request_opening_with_a_common_word_still_finds_passages(seeded):
    ps = retrieve("Summary of North Korean troops in Kursk", index=seeded)
    assert ps and ps[0].chunk.article_id == "f594db8a5cb54cef"
