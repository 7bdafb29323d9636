"""The pure functions behind the chat app: a hand-built Answer in, exact Markdown/HTML out."""

from __future__ import annotations

from datetime import date

import pytest

from rag.index import IngestReport
from rag.ingest import FileProblem
from rag.types import (
    CANNOT_ANSWER,
    Answer,
    AnswerSource,
    Attribution,
    Chunk,
    Citation,
    Fallback,
    FallbackReason,
    Passage,
    Removal,
    RemovalKind,
)
from ui import render

ARTICLE = (
    "Harbour news.\n"
    'Mara Quill said: "We <b>will</b> raise fares by 8%." Critics & unions objected.\n'
    "A note read <script>alert(1)</script> [click](http://evil.example)."
)
START = 14  # the chunk starts after the first line
QUOTE = (32, 64)  # 'We <b>will</b> raise fares by 8%' in ARTICLE
CLAIM = (67, 92)  # 'Critics & unions objected'

PASSAGE_HTML = (
    "Mara Quill said: &quot;<mark>We &lt;b&gt;will&lt;/b&gt; raise fares by 8%</mark>.&quot; "
    "<mark>Critics &amp; unions objected</mark>.<br>A note read "
    "&lt;script&gt;alert(1)&lt;/script&gt; [click](http://evil.example)."
)
SOURCES_HTML = (
    '<details class="sources"><summary>Sources (1)</summary><div class="source">'
    '<p class="source-head"><b>[1]</b> <b class="source-title">Fares &lt;rise&gt; &amp; more</b>'
    ' — Kelmont Post, 2025-04-01 <span class="source-where">(article abc123, chars 14–161)'
    f'</span></p><blockquote class="passage">{PASSAGE_HTML}</blockquote></div></details>'
)


@pytest.fixture
def citation() -> Citation:
    chunk = Chunk(
        id="abc123:0",
        article_id="abc123",
        index=0,
        text=ARTICLE[START:],
        start=START,
        end=len(ARTICLE),
        paragraph=1,
        paragraph_end=2,
        n_tokens=30,
        title="Fares <rise> & more",
        outlet="Kelmont Post",
        published=date(2025, 4, 1),
    )
    # Overlapping, out-of-chunk and out-of-article spans must be merged or dropped.
    spans = [QUOTE, CLAIM, (QUOTE[0] + 3, QUOTE[0] + 10), (0, 5), (500, 600)]
    return Citation(number=1, passage=Passage(chunk=chunk, rank=1), spans=spans)


def test_fixture_offsets_point_at_the_intended_text() -> None:
    assert ARTICLE[QUOTE[0] : QUOTE[1]] == "We <b>will</b> raise fares by 8%"
    assert ARTICLE[CLAIM[0] : CLAIM[1]] == "Critics & unions objected"


def test_highlight_marks_exact_chunk_relative_offsets_and_escapes(citation: Citation) -> None:
    chunk = citation.passage.chunk
    assert render.highlight(chunk.text, citation.spans, chunk.start) == PASSAGE_HTML


def test_highlight_edge_cases() -> None:
    assert render.highlight("a<b", []) == "a&lt;b"
    assert render.highlight("abcdef", [(0, 2), (1, 3), (5, 9)]) == (
        "<mark>abc</mark>de<mark>f</mark>"
    )
    assert render.highlight("x\ny", [(10, 12)], offset=10) == "<mark>x<br></mark>y"
    assert render.merge_spans([(5, 5), (3, 1)], 10) == []


def test_sources_html_is_one_escaped_details_block(citation: Citation) -> None:
    assert render.sources_html({1: citation}) == SOURCES_HTML
    assert "<script>" not in SOURCES_HTML
    assert "\n" not in SOURCES_HTML  # one line: Markdown leaves an HTML block alone
    assert render.sources_html({}) == ""


def test_answer_markdown_keeps_answer_notes_and_sources_together(citation: Citation) -> None:
    ans = Answer(
        question="What did Mara Quill say?",
        text='Mara Quill said "We <b>will</b> raise fares by 8%" [1]. See [x](http://evil.example).',
        citations={1: citation},
        model="local:SmolLM2",
        removed=[Removal(RemovalKind.UNSUPPORTED, "Fares are free [1].")],
    )
    assert render.answer_markdown(ans) == (
        'Mara Quill said "We &lt;b&gt;will&lt;/b&gt; raise fares by 8%" \\[1\\]. '
        "See \\[x\\](http://evil.example).\n\n"
        "**Note:** 1 statement that the sources did not support was removed.\n\n"
        f"{SOURCES_HTML}\n\n"
        '<div class="answer-meta">answer · llm · local:SmolLM2</div>'
    )


def test_answer_markdown_fallback_and_cannot_answer_notes() -> None:
    ans = Answer(
        question="q",
        text=CANNOT_ANSWER,
        cannot_answer=True,
        source=AnswerSource.NONE,
        fallback=Fallback(FallbackReason.LLM_FAILED, "model <down>"),
        removed=[Removal(RemovalKind.UNCITED, "a"), Removal(RemovalKind.UNCITED, "b")],
    )
    assert render.answer_markdown(ans, heading="Summary of [x]") == (
        "### Summary of \\[x\\]\n\n"
        "I cannot answer this from the indexed articles.\n\n"
        "**Note:** LLM failed: model &lt;down&gt;; the answer quotes the sources instead.\n\n"
        "**Note:** 2 statements that the sources did not support were removed.\n\n"
        "Try other words, widen the filters in Settings, or add articles in the Library tab."
        "\n\n"
        '<div class="answer-meta">answer · none</div>'
    )


def test_streaming_error_and_user_messages() -> None:
    assert render.streaming_markdown("Partial <i>x</i> [1") == "Partial &lt;i&gt;x&lt;/i&gt; \\[1▍"
    assert render.error_markdown("The question is empty.") == "⚠ The question is empty."
    assert render.user_markdown("  <img src=x onerror=alert(1)>  ") == (
        "&lt;img src=x onerror=alert(1)&gt;"
    )
    assert render.user_markdown("abcdef", limit=3) == "abc…"


ATTRS = [
    Attribution(
        speaker="Mara Quill",
        quote="We will raise fares by 8%",
        kind="direct",
        cue="said",
        start=32,
        end=57,
        sentence_start=14,
        sentence_end=66,
        role="harbour director",
        article_id="abc123",
        title="Fares rise",
        outlet="Kelmont Post",
        published=date(2025, 4, 1),
    ),
    Attribution(
        speaker="Union",
        quote='=HYPERLINK("http://evil")',
        kind="reported",
        cue="claimed",
        start=70,
        end=95,
        sentence_start=67,
        sentence_end=96,
        article_id="abc123",
        title="Fares rise",
        outlet="Kelmont Post",
    ),
]


def test_attribution_rows_and_csv() -> None:
    assert render.attribution_rows(ATTRS) == [
        [
            "Mara Quill",
            "harbour director",
            "We will raise fares by 8%",
            "direct",
            "Kelmont Post",
            "2025-04-01",
            "abc123:32-57",
        ],
        ["Union", "", '=HYPERLINK("http://evil")', "reported", "Kelmont Post", "", "abc123:70-95"],
    ]
    assert render.attributions_csv(ATTRS) == (
        "speaker,role,kind,cue,quote,outlet,published,title,article_id,start,end\n"
        "Mara Quill,harbour director,direct,said,We will raise fares by 8%,Kelmont Post,"
        "2025-04-01,Fares rise,abc123,32,57\n"
        'Union,,reported,claimed,"\'=HYPERLINK(""http://evil"")",Kelmont Post,,Fares rise,'
        "abc123,70,95\n"
    )


ARTICLES = [
    {
        "id": "a1",
        "title": "Old story",
        "outlet": "Post",
        "published": "2024-01-02",
        "chunks": 3,
        "status": "complete",
    },
    {
        "id": "b2",
        "title": "New story",
        "outlet": "",
        "published": None,
        "chunks": 1,
        "status": "pending",
    },
    {
        "id": "c3",
        "title": "Newest story",
        "outlet": "Ledger",
        "published": "2025-05-06",
        "chunks": 2,
        "status": "complete",
    },
]


def test_library_rows_choices_and_outlets() -> None:
    assert render.library_rows(ARTICLES) == [
        ["Newest story", "Ledger", "2025-05-06", 2, "c3"],
        ["Old story", "Post", "2024-01-02", 3, "a1"],
        ["New story [pending]", "", "undated", 1, "b2"],
    ]
    assert render.article_choices(ARTICLES) == [
        ("Newest story — Ledger, 2025-05-06", "c3"),
        ("Old story — Post, 2024-01-02", "a1"),
        ("New story — unknown outlet, undated", "b2"),
    ]
    assert render.outlets(ARTICLES) == ["Ledger", "Post"]


def test_status_markdown() -> None:
    assert render.status_markdown(
        "local · SmolLM2", {"articles": 1, "chunks": 10, "embedder": "minilm"}
    ) == ("**LLM:** local · SmolLM2 · **Embedder:** minilm · **Index:** 1 article, 10 chunks")


def test_ingest_markdown_lists_every_file() -> None:
    report = IngestReport(
        added=[{"id": "a1", "title": "Ferry <fares>", "source": "/tmp/x/a.txt", "chunks": 1}],
        unchanged=[{"id": "b2", "title": "Old", "source": "/tmp/x/b.txt", "chunks": 2}],
        problems=[
            FileProblem("/tmp/gradio/123/bad.pdf", "has unsupported type '.pdf'"),
            FileProblem(
                "/tmp/gradio/9/latin.txt", "was not UTF-8; read it as cp1252", skipped=False
            ),
        ],
    )
    assert render.ingest_markdown(report) == (
        "Added 1 article, replaced 0, already indexed 1, skipped 1.\n"
        "- ✓ added **Ferry &lt;fares&gt;** (1 chunk)\n"
        "- = already indexed: **Old**\n"
        "- ✗ skipped `bad.pdf`: has unsupported type '.pdf'\n"
        "- ⚠ `latin.txt`: was not UTF-8; read it as cp1252"
    )


def test_answer_body_keeps_each_speaker_out_of_the_previous_list() -> None:
    text = '**A** (x):\n- said: "q" [1]\n- added: y [2]\n**B**:\n- said: z [3]\n\nDone.'
    assert render.answer_body(text) == (
        '**A** (x):\n- said: "q" \\[1\\]\n- added: y \\[2\\]\n\n**B**:\n- said: z \\[3\\]\n\nDone.'
    )
