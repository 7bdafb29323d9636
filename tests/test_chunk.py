"""Chunk boundaries on the seed article, asserted exactly."""

from pathlib import Path

import pytest

from rag.chunk import chunk_article
from rag.embed import count_tokens
from rag.ingest import read_file
from rag.text import split_sentences
from rag.types import Article

from conftest import SEED_FILE


@pytest.fixture(scope="module")
def seed() -> Article:
    art = next(read_file(Path(SEED_FILE)))
    assert isinstance(art, Article)
    return art


def spans(chunks):
    return [(c.index, c.start, c.end, c.paragraph, c.paragraph_end, c.n_tokens) for c in chunks]


def test_seed_chunks_default_sizes(seed):
    chunks = chunk_article(seed, count_tokens=count_tokens)
    assert spans(chunks) == [
        (0, 0, 847, 0, 3, 165),
        (1, 659, 1764, 3, 5, 233),
        (2, 1765, 2596, 6, 7, 165),
        (3, 2597, 3113, 8, 9, 103),
    ]
    assert chunks[0].id == "f594db8a5cb54cef-0000"
    assert chunks[1].text.startswith("Jeong added that while there was no new information")
    assert chunks[1].text.endswith('"could be significant in terms of combat capability."')
    for c in chunks:
        assert seed.text[c.start : c.end] == c.text
        assert (c.title, c.outlet, str(c.published)) == (seed.title, "Caliber.Az", "2024-11-05")


def test_seed_chunks_small_target_with_overlap(seed):
    chunks = chunk_article(seed, count_tokens=count_tokens, target=100, max_tokens=150, overlap=40)
    assert spans(chunks) == [
        (0, 0, 658, 0, 2, 133),
        (1, 659, 1394, 3, 4, 148),
        (2, 1395, 1764, 5, 5, 85),
        (3, 1765, 2289, 6, 7, 101),
        (4, 2290, 2797, 7, 8, 101),
        (5, 2597, 3113, 8, 9, 103),
    ]
    # Chunks 4 and 5 overlap by one whole sentence.
    assert seed.text[2597:2797].startswith("Ryder concluded by stating")


def test_no_chunk_cuts_a_sentence_or_quote(seed):
    starts = {s for _, s, _ in ((0, s, e) for s, e in split_sentences(seed.text))}
    for c in chunk_article(seed, count_tokens=count_tokens, target=60, max_tokens=80, overlap=20):
        assert c.start in starts or seed.text[c.start - 1] == "\n"
        assert c.text.count('"') % 2 == 0, c.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", ["One.", "Two."]),
        ('He said, "Go now. Then stop." She left.', ['He said, "Go now. Then stop."', "She left."]),
        ("Maj. Gen. Patrick Ryder spoke. Next.", ["Maj. Gen. Patrick Ryder spoke.", "Next."]),
        ("The U.S. Department said no. Fine.", ["The U.S. Department said no.", "Fine."]),
        ("J. Smith arrived. It rained.", ["J. Smith arrived.", "It rained."]),
        ("Is it? yes it is.", ["Is it? yes it is."]),
        ("See No. 10 Downing. Done.", ["See No. 10 Downing.", "Done."]),
    ],
)
def test_split_sentences(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_oversized_sentence_is_its_own_chunk():
    long = "Word " + "word " * 300
    art = Article(id="x", title="t", text=f"Short one. {long.strip()}. Short two.")
    chunks = chunk_article(art, count_tokens=count_tokens, target=50, max_tokens=60, overlap=0)
    assert [c.text[:10] for c in chunks] == ["Short one.", "Word word ", "Short two."]
