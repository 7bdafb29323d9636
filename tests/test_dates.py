"""rag.dates: date phrases in questions -> windows and recency; dates in answers."""

from datetime import date

import pytest

from rag.dates import DateQuery, dated_text, day_label, parse_dates, source_label, span_note
from rag.types import Chunk, Citation, Passage

TODAY = date(2025, 8, 13)  # a Wednesday
D = date


@pytest.mark.parametrize(
    ("question", "query", "start", "end", "recent"),
    [
        ("What is the latest on Tarrow fever?", "What is on Tarrow fever?", None, None, True),
        ("What did the most recent report say?", "What did report say?", None, None, True),
        ("Who is the newest member?", "Who is member?", None, None, True),
        ("What has Ryder said recently?", "What has Ryder said?", None, None, True),
        (
            "What did Ryder say in July 2025?",
            "What did Ryder say?",
            D(2025, 7, 1),
            D(2025, 7, 31),
            False,
        ),
        ("What happened in July?", "What happened?", D(2025, 7, 1), D(2025, 7, 31), False),
        # A month without a year is the latest one that has begun by today.
        ("What happened in August?", "What happened?", D(2025, 8, 1), D(2025, 8, 31), False),
        ("What happened in September?", "What happened?", D(2024, 9, 1), D(2024, 9, 30), False),
        ("What happened during 2024?", "What happened?", D(2024, 1, 1), D(2024, 12, 31), False),
        ("What happened in Feb. 2024?", "What happened?", D(2024, 2, 1), D(2024, 2, 29), False),
        ("Any news since March?", "Any news?", D(2025, 3, 1), None, False),
        ("Statements after March 2025?", "Statements?", D(2025, 4, 1), None, False),
        ("What was said before 2024?", "What was said?", None, D(2023, 12, 31), False),
        ("What was said before March 2024?", "What was said?", None, D(2024, 2, 29), False),
        ("What was agreed until Sept 2024?", "What was agreed?", None, D(2024, 9, 30), False),
        ("What happened last week?", "What happened?", D(2025, 8, 4), D(2025, 8, 10), False),
        ("What happened this week?", "What happened?", D(2025, 8, 11), D(2025, 8, 13), False),
        ("Reports from last month?", "Reports?", D(2025, 7, 1), D(2025, 7, 31), False),
        ("Who spoke this month?", "Who spoke?", D(2025, 8, 1), D(2025, 8, 13), False),
        ("Who won last year?", "Who won?", D(2024, 1, 1), D(2024, 12, 31), False),
        ("Who spoke in the past week?", "Who spoke?", D(2025, 8, 6), D(2025, 8, 13), False),
        ("Said in the past 3 days?", "Said?", D(2025, 8, 10), D(2025, 8, 13), False),
        ("Said in the last two months?", "Said?", D(2025, 6, 14), D(2025, 8, 13), False),
        (
            "What did the council say yesterday?",
            "What did the council say?",
            D(2025, 8, 12),
            D(2025, 8, 12),
            False,
        ),
        (
            "What changed between March and July 2025?",
            "What changed?",
            D(2025, 3, 1),
            D(2025, 7, 31),
            False,
        ),
        (
            "What changed from November to February?",
            "What changed?",
            D(2024, 11, 1),
            D(2025, 2, 28),
            False,
        ),
        (
            "What did Ryder say on 5 November 2024?",
            "What did Ryder say?",
            D(2024, 11, 5),
            D(2024, 11, 5),
            False,
        ),
        (
            "What did Ryder say on November 5, 2024?",
            "What did Ryder say?",
            D(2024, 11, 5),
            D(2024, 11, 5),
            False,
        ),
        ("The latest statements in 2024?", "statements?", D(2024, 1, 1), D(2024, 12, 31), True),
        # Two phrases narrow the window.
        (
            "Since March 2025, before July?",
            "Since March 2025, before July?",
            D(2025, 3, 1),
            D(2025, 6, 30),
            False,
        ),
        # "may" in lower case is the verb; no date phrase leaves the question as it was.
        ("What did they say in may?", "What did they say in may?", None, None, False),
        ("What happened in May?", "What happened?", D(2025, 5, 1), D(2025, 5, 31), False),
        (
            "How many troops were sent to Russia?",
            "How many troops were sent to Russia?",
            None,
            None,
            False,
        ),
        ("Who won the 2022 election?", "Who won the 2022 election?", None, None, False),
        # The future is not a publication date.
        ("Will the cranes arrive in 2026?", "Will the cranes arrive in 2026?", None, None, False),
        ("What opens in September 2025?", "What opens in September 2025?", None, None, False),
        ("Jobs guaranteed until 2030?", "Jobs guaranteed until 2030?", None, None, False),
        ("Said before 2026?", "Said before 2026?", None, None, False),
    ],
)
def test_parse_dates(question, query, start, end, recent):
    dq = parse_dates(question, TODAY)
    assert (dq.query, dq.published_from, dq.published_to, dq.recent) == (query, start, end, recent)


def test_parse_dates_records_the_phrases_and_filters():
    dq = parse_dates("What is the latest Ryder said since March 2025?", TODAY)
    assert dq == DateQuery(
        query="What is Ryder said?",
        published_from=D(2025, 3, 1),
        published_to=None,
        recent=True,
        phrases=("the latest", "since March 2025"),
    )
    assert dq.filters() == {"published_from": D(2025, 3, 1)}
    assert parse_dates("What happened?", TODAY).filters() == {}


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("What happened in July 2025?", "in July 2025"),
        ("What happened in 2024?", "in 2024"),
        ("What did Ryder say on 5 November 2024?", "on 5 Nov 2024"),
        ("Any news since March?", "since 1 Mar 2025"),
        ("What was said before 2024?", "up to 31 Dec 2023"),
        ("What changed from November to February?", "between 1 Nov 2024 and 28 Feb 2025"),
        ("What is the latest?", ""),
    ],
)
def test_describe(question, words):
    assert parse_dates(question, TODAY).describe() == words


def _cit(n: int, outlet: str, published: date | None) -> Citation:
    chunk = Chunk(
        id=f"a{n}-0000",
        article_id=f"a{n}",
        index=0,
        text="x",
        start=0,
        end=1,
        paragraph=0,
        paragraph_end=0,
        n_tokens=1,
        title="T",
        outlet=outlet,
        published=published,
    )
    return Citation(number=n, passage=Passage(chunk=chunk, rank=n))


CITES = {
    1: _cit(1, "Caliber.Az", D(2024, 11, 5)),
    2: _cit(2, "Varnholt Ledger", D(2025, 3, 12)),
    3: _cit(3, "Caliber.Az", D(2024, 11, 5)),
    4: _cit(4, "", None),
}


def test_dated_text_labels_each_source_once():
    text = "A rose [1]. B fell [2][1]. C held [3].\n- D [4]"
    assert dated_text(text, CITES) == (
        "A rose [1] (Caliber.Az, 5 Nov 2024). B fell [2][1] (Varnholt Ledger, 12 Mar 2025). "
        "C held [3].\n- D [4] (undated)"
    )
    assert dated_text("No markers.", CITES) == "No markers."
    assert dated_text("Unknown [9].", CITES) == "Unknown [9]."


def test_span_note_only_when_dates_differ():
    assert span_note(CITES) == "Sources span 5 Nov 2024 – 12 Mar 2025."
    assert span_note({1: CITES[1], 3: CITES[3], 4: CITES[4]}) == ""
    assert span_note({}) == ""


@pytest.mark.parametrize(
    ("outlet", "published", "label"),
    [
        ("Caliber.Az", D(2024, 11, 5), "Caliber.Az, 5 Nov 2024"),
        ("Caliber.Az", None, "Caliber.Az, undated"),
        ("", D(2025, 3, 12), "12 Mar 2025"),
        ("", None, "undated"),
    ],
)
def test_source_label(outlet, published, label):
    assert source_label(outlet, published) == label
    assert day_label(D(2025, 12, 31)) == "31 Dec 2025"


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        (
            'Who said "the review board recommended discipline in 31 cases between 2020 and 2025"?',
            None,
        ),
        ("Who said “her insurance plan had stopped covering the drug in January”?", None),
        (
            "who said the records of 130 million Americans were stolen last year",
            "the records of 130 million Americans were stolen last year",
        ),
    ],
)
def test_dates_inside_a_quoted_phrase_are_the_quotes(question, phrase):
    dq = parse_dates(question, TODAY, phrase=phrase)
    assert (dq.published_from, dq.published_to, dq.recent, dq.phrases, dq.query) == (
        None,
        None,
        False,
        (),
        question,
    )


def test_a_date_outside_the_quote_still_filters():
    dq = parse_dates('Who said "cases rose in January" in March 2025?', TODAY)
    assert (dq.published_from, dq.published_to, dq.phrases, dq.query) == (
        date(2025, 3, 1),
        date(2025, 3, 31),
        ("in March 2025",),
        'Who said "cases rose in January"?',
    )
