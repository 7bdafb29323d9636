"""Quoted-phrase lookup: the FTS5 phrase index (rag/phrases.py) and who-said-<phrase> answers."""

from __future__ import annotations

import sqlite3

import pytest

from rag import phrases
from rag.answer import answer
from rag.attributions import phrase_lookup, quoted_phrase, rank_attributions
from rag.catalog import Catalog
from rag.types import Article, Attribution, Chunk, Passage

TEXT = (
    "The pier closed on Monday.\n\n"
    '"We will rebuild the pier before the summer season," said harbour master Ines Kolar.\n\n'
    "The  council’s budget  has no money for it, according to the Dunmore Gazette."
)


@pytest.fixture
def catalog(tmp_path) -> Catalog:
    cat = Catalog(tmp_path / "catalog.sqlite3")
    cat.begin_article(Article(id="pier", title="Pier", text=TEXT), [], [])
    cat.complete_article("pier")
    return cat


@pytest.mark.parametrize(
    ("phrase", "span", "exact"),
    [
        ("We will rebuild the pier", (29, 53), True),
        ("we WILL rebuild the pier", (29, 53), True),
        # Whitespace runs and curly quotes do not matter.
        ("The council's budget has no money", (114, 149), True),
        # Punctuation between the words does not either.
        ("pier before the summer season said harbour master", (49, 100), True),
        # One word changed: found fuzzily (the alignment takes the opening mark along).
        ("we shall rebuild the pier before the summer", (28, 71), False),
        # A word left out or put in: matched word by word (characters scored these 80-84).
        ("we will rebuild the pier before summer season", (29, 78), False),
        ("we will quickly rebuild the pier before the summer season", (29, 78), False),
    ],
)
def test_lookup_spans(catalog, phrase, span, exact):
    hits = catalog.find_phrase(phrase)
    assert [(h.article_id, h.start, h.end, h.exact) for h in hits][:1] == [("pier", *span, exact)]
    if exact:
        assert hits[0].score >= 99.0
        words = phrases.normalise(TEXT[span[0] : span[1]]).replace('," ', " ").split()
        assert words == phrases.normalise(phrase).split()


def test_lookup_misses_unrelated_and_unparsable(catalog):
    assert catalog.find_phrase("tram extension to the airport") == []
    # Words from two sentences, or the same words in another order, are not the phrase.
    assert catalog.find_phrase("harbour master Ines Kolar has no money for the pier") == []
    assert catalog.find_phrase("the council will rebuild the Monday budget") == []
    assert catalog.find_phrase('"" AND OR NEAR(') == []
    assert catalog.find_phrase("   ") == []


def test_pending_and_removed_articles_are_not_searched(catalog):
    other = Article(id="tram", title="Tram", text="The tram line opens in May, the mayor said.")
    catalog.begin_article(other, [], [])
    assert catalog.find_phrase("tram line opens in May") == []  # pending
    catalog.complete_article("tram")
    assert [h.article_id for h in catalog.find_phrase("tram line opens in May")] == ["tram"]
    catalog.delete_article("tram")
    assert catalog.find_phrase("tram line opens in May") == []


def test_existing_catalog_is_indexed_once_on_open(tmp_path):
    path = tmp_path / "old.sqlite3"
    cat = Catalog(path)
    cat.begin_article(Article(id="pier", title="Pier", text=TEXT), [], [])
    cat.complete_article("pier")
    cat.close()
    # A catalog written before the phrase index existed: no rows, no version.
    db = sqlite3.connect(str(path))
    db.execute("DROP TABLE phrases")
    db.execute("DELETE FROM meta WHERE key='phrases_version'")
    db.commit()
    db.close()
    again = Catalog(path)
    assert [h.start for h in again.find_phrase("rebuild the pier")] == [37]


def test_replacing_an_article_drops_only_its_rows(catalog):
    """Deletes go through the phrase_rows side table (no full FTS scan), and only hit one article."""
    other = Article(id="tram", title="Tram", text="The tram line opens in May.\n\nIt is late.")
    catalog.begin_article(other, [], [])
    catalog.complete_article("tram")
    db = catalog._db
    count = "SELECT article_id, count(*) FROM phrases GROUP BY article_id ORDER BY article_id"
    assert db.execute(count).fetchall() == [("pier", 3), ("tram", 2)]
    edited = Article(id="tram", title="Tram", text="The ferry timetable changes next week.")
    catalog.begin_article(edited, [], [])
    catalog.complete_article("tram")
    assert db.execute(count).fetchall() == [("pier", 3), ("tram", 1)]
    assert db.execute("SELECT count(*) FROM phrase_rows").fetchone() == (4,)
    assert catalog.find_phrase("tram line opens in May") == []
    assert [h.start for h in catalog.find_phrase("ferry timetable changes")] == [4]


def test_version_one_index_is_rebuilt_with_row_map(tmp_path):
    path = tmp_path / "v1.sqlite3"
    cat = Catalog(path)
    cat.begin_article(Article(id="pier", title="Pier", text=TEXT), [], [])
    cat.complete_article("pier")
    cat.close()
    # Version 1 had the FTS rows but no phrase_rows map.
    db = sqlite3.connect(str(path))
    db.execute("DROP TABLE phrase_rows")
    db.execute("UPDATE meta SET value='1' WHERE key='phrases_version'")
    db.commit()
    db.close()
    again = Catalog(path)
    assert again._db.execute("SELECT count(*) FROM phrase_rows").fetchone() == (3,)
    assert again._db.execute("SELECT count(*) FROM phrases").fetchone() == (3,)
    assert [h.start for h in again.find_phrase("rebuild the pier")] == [37]


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ('Who said "we will rebuild the pier"?', "we will rebuild the pier"),
        ("Who said “numbers that can be misleading”?", "numbers that can be misleading"),
        ("who said the tariffs will hurt farmers twice?", "the tariffs will hurt farmers twice"),
        ("Who said that the pier would reopen in May?", "the pier would reopen in May"),
        ('Where does "the largest army in Europe" come from?', "the largest army in Europe"),
        ("Who said what about Kursk?", None),
        ("Who said that?", None),
        ("Who said anything about the budget cuts?", None),
        ("Who said it was a mistake to close the port?", "it was a mistake to close the port"),
        ("Who said this is a disaster for the city?", "this is a disaster for the city"),
        ("Who said some families had waited two years?", "some families had waited two years"),
        ("Who said so many people would lose their jobs", "so many people would lose their jobs"),
        ('What did "Ryder" say?', None),
        ("What did Ryder say about Kursk?", None),
    ],
)
def test_quoted_phrase(question, phrase):
    assert quoted_phrase(question) == phrase


def test_who_said_phrase_names_the_one_speaker(seeded):
    ans = answer('Who said "numbers that can be misleading"?', index=seeded)
    assert [(a.speaker, a.quote) for a in ans.attributions] == [
        ("Patrick Ryder", "numbers that can be misleading.")
    ]
    assert ans.text.startswith(
        "**Patrick Ryder** (Major General; spokesperson for the U.S. Department of Defense):\n"
        '- urged caution: "numbers that can be misleading" [1]'
    )
    assert "numbers that can be misleading" in ans.passages[0].chunk.text


def test_who_said_phrase_fuzzy(seeded):
    matches = phrase_lookup(
        'Who said "a small number of forces capable of largely defeating the strategic goals"?',
        seeded,
    )
    assert matches and not matches[0].hit.exact
    assert matches[0].attribution is not None
    assert matches[0].attribution.speaker == "Patrick Ryder"
    assert matches[0].attribution.cue == "pointed"


def test_phrase_lookup_respects_filters_and_removal(seeded):
    q = 'Who said "numbers that can be misleading"?'
    assert phrase_lookup(q, seeded, filters={"outlet": "Nobody's Gazette"}) == []
    art = phrase_lookup(q, seeded)[0].passage.chunk.article_id
    seeded.remove(art)
    assert phrase_lookup(q, seeded) == []


def _attr(quote: str, start: int) -> Attribution:
    return Attribution(
        speaker="Ines Kolar",
        quote=quote,
        kind="direct",
        cue="said",
        start=start,
        end=start + len(quote),
        sentence_start=start,
        sentence_end=start + len(quote),
        article_id="a",
    )


def test_what_did_x_say_about_y_shows_best_few_first():
    quotes = [
        "The pier budget is tight.",
        "The pier will reopen in May.",
        "Tourists love the pier.",
        "The ferry timetable changes in May and the pier stays open.",
        "Ferry crews are on strike.",
        "The pier needs new pilings.",
        "The pier is old.",
    ]
    attrs, pos = [], 0
    for q in quotes:
        attrs.append(_attr(q, pos))
        pos += len(q) + 1
    text = " ".join(quotes)
    chunk = Chunk(
        id="a:0",
        article_id="a",
        index=0,
        start=0,
        end=len(text),
        text=text,
        paragraph=0,
        paragraph_end=0,
        n_tokens=40,
        title="t",
    )
    got = rank_attributions(
        "What did Ines Kolar say about the pier pilings?",
        [Passage(chunk=chunk, attributions=attrs)],
        speaker="Ines Kolar",
    )
    # The rare word first ("pilings"), then the common one in story order, four at most.
    assert [a.quote for a in got] == [
        "The pier needs new pilings.",
        "The pier budget is tight.",
        "The pier will reopen in May.",
        "Tourists love the pier.",
    ]


def test_phrase_module_normalise_keeps_length():
    s = "“Curly” and ’s\u00a0x"
    assert len(phrases.normalise(s)) == len(s)


def test_cli_search_finds_a_quoted_phrase_first(seeded, capsys):
    from rag.cli import main

    want = phrase_lookup('"numbers that can be misleading"', seeded)[0].passage.chunk.id
    assert main(["search", '"numbers that can be misleading"', "-k", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"#1 [{want}] ")
    assert "numbers that can be misleading" in out.split("\n#2 ")[0]


def test_who_said_function_returns_the_quoted_statement_only(seeded):
    from rag.attributions import who_said

    got = who_said('who said "numbers that can be misleading"', index=seeded)
    assert [(a.speaker, a.cue, a.quote) for a in got] == [
        ("Patrick Ryder", "urged caution", "numbers that can be misleading.")
    ]


# -- a phrase outside every extracted statement ----------------------------------------------------
REFERRED = (
    "FENWICK — The drugmaker Halvern Biologics said on Thursday that its vaccine cut hospital "
    "stays by half.\n\n"
    "Police arrested 12 people, according to the Fenwick Police Department.\n\n"
    "The vaccine is given in two doses. About 9,000 adults took part in the trial, the company "
    "said.\n\n"
    "Two men were charged with assault, the department said in a statement, and one officer "
    "was hurt. The company said in a filing that it could not yet price the vaccine. Two "
    "more were arrested on Friday, according to the department.\n\n"
    "The cost was not known, the report said. Sales will start in May, according to its "
    "filings. The district said the clinics would open in June. Mara Quell said she was "
    "pleased.\n\n"
    "One.\n\nTwo.\n\nThree.\n\nFour.\n\nTrials resume in March, the company said."
)


def _said(speaker: str, quote: str, aliases: tuple[str, ...] = (), role: str = "") -> Attribution:
    start = REFERRED.index(quote)
    s0 = REFERRED.rfind("\n", 0, start) + 1
    return Attribution(
        speaker, quote, "reported", "said", start, start + len(quote), s0, start + len(quote),
        role=role, aliases=aliases, article_id="fen",
    )  # fmt: skip


REFERRED_ATTRS = [
    _said("Halvern Biologics", "its vaccine cut hospital stays by half", ("Halvern",)),
    _said(
        "Fenwick Police Department", "Police arrested 12 people", ("department",), "organisation"
    ),
    _said("Mara Quell", "she was pleased"),
]


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        # "the company" skips the nearer department: a business, not a public body.
        ("About 9,000 adults took", ("Halvern Biologics", "said", "About 9,000 adults took part in the trial")),
        # "the department" must be a department; the statement is the clause before the cue.
        ("Two men were charged", ("Fenwick Police Department", "said", "Two men were charged with assault")),
        # After the cue, the statement starts at its that-clause.
        ("it could not yet price", ("Halvern Biologics", "said", "it could not yet price the vaccine")),
        (
            "more were arrested on Friday",
            ("Fenwick Police Department", "according to", "Two more were arrested on Friday"),
        ),
        # No referring cue, a document, a possessive, a body nobody named: no speaker.
        ("The vaccine is given in two doses", None),
        ("The cost was not known", None),
        ("Sales will start in May", None),
        ("the clinics would open in June", None),
        # The company was last quoted more than three paragraphs back.
        ("Trials resume in March", None),
    ],
)  # fmt: skip
def test_uncovered_statement_names_the_speaker_a_reference_points_to(phrase, want):
    start = REFERRED.index(phrase)
    got = phrases.uncovered_statement(REFERRED, REFERRED_ATTRS, start, start + len(phrase))
    assert (got and (got.speaker, got.cue, got.quote)) == want
    if got is not None:
        assert REFERRED[got.start : got.end] == got.quote
        assert (got.kind, got.article_id) == ("reported", "fen")


def test_uncovered_statement_leaves_a_sentence_with_a_statement_to_the_extractor():
    start = REFERRED.index("Mara Quell said")
    assert phrases.uncovered_statement(REFERRED, REFERRED_ATTRS, start, start + 10) is None
