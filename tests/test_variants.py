"""Quote variants across outlets: similarity, word alignment, grouping, and the who-said tab."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rag import who_said_across
from rag.dedupe import Outlet, Reported, group_statements
from rag.index import Index
from rag.settings import Settings
from rag.types import Attribution
from rag.variants import (
    Span,
    align,
    compatible_speakers,
    diff_text,
    display_words,
    is_variant,
    locate,
    similarity,
    words,
)
from ui import render
from ui.handlers import Handlers

DATA = Path(__file__).parent / "data" / "variants"
ARTICLES = sorted(DATA.glob("*.json"))
KURSK = "We will not retreat from Kursk, not one step, whatever they throw at us."


def attr(speaker: str, quote: str, **kw: object) -> Attribution:
    return Attribution(speaker, quote, "direct", "said", 0, len(quote), 0, len(quote), **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We won't retreat", ["we", "will", "not", "retreat"]),
        ("I CAN'T promise", ["i", "can", "not", "promise"]),
        ("It’s too early ... we’ll see", ["it", "is", "too", "early", "we", "will", "see"]),
        ("two per cent, not 3 percent", ["two", "percent", "not", "3", "percent"]),
        ("— ... !", []),
    ],
)
def test_comparison_words(text, expected):
    assert words(text) == expected


def test_display_words_keep_punctuation_and_drop_bare_marks():
    assert display_words("We will not retreat from Kursk ... whatever — they say.") == [
        "We",
        "will",
        "not",
        "retreat",
        "from",
        "Kursk",
        "whatever",
        "they",
        "say.",
    ]


@pytest.mark.parametrize(
    ("base", "variant", "expected"),
    [
        (
            "We will not retreat from Kursk",
            "we won't retreat from Kursk",
            [
                Span("equal", "we"),
                Span("del", "will not"),
                Span("ins", "won't"),
                Span("equal", "retreat from Kursk"),
            ],
        ),
        (
            KURSK,
            "We will not retreat from Kursk ... whatever they throw at us.",
            [
                Span("equal", "We will not retreat from Kursk"),
                Span("del", "not one step,"),
                Span("equal", "whatever they throw at us."),
            ],
        ),
        (
            "Our forces will hold the line",
            "Our forces will hold the line at the river.",
            [Span("equal", "Our forces will hold the line"), Span("ins", "at the river.")],
        ),
        (
            "FUEL COSTS DOUBLED, AND WE HAVE NO CHOICE",
            "Fuel costs doubled and we have no choice!",
            [Span("equal", "Fuel costs doubled and we have no choice!")],
        ),
        ("", "New words", [Span("ins", "New words")]),
    ],
)
def test_align_ops(base, variant, expected):
    assert align(base, variant) == expected


def test_align_ops_to_dict():
    assert [s.to_dict() for s in align("a b c", "a c d")] == [
        {"op": "equal", "words": "a"},
        {"op": "del", "words": "b"},
        {"op": "equal", "words": "c"},
        {"op": "ins", "words": "d"},
    ]


@pytest.mark.parametrize(
    ("a", "b", "ratio", "containment", "variant"),
    [
        ("We will not retreat from Kursk", "we won't retreat from Kursk", 1.0, 1.0, True),
        (KURSK, "We will not retreat from Kursk", 0.6, 1.0, True),  # a sub-span of 6 words
        ("It is too early to say.", "It is too early to say whether it works.", 0.8, 1.0, True),
        ("It is too early.", "It is too early to say whether it works.", 0.6154, 1.0, False),
        (
            "We have no plans to raise fares.",
            "We have no plans to cut services.",
            0.7143,
            0.7143,
            False,
        ),
        ("Our harbour will reopen", "Our harbor will reopen", 0.75, 0.75, True),  # chars 0.98
        ("", "anything", 0.0, 0.0, False),
    ],
)
def test_similarity_and_decision(a, b, ratio, containment, variant):
    s = similarity(a, b)
    assert (s.ratio, s.containment, s.is_variant()) == (ratio, containment, variant)
    assert similarity(b, a) == s


def test_speakers_must_be_compatible():
    base = attr("Aurel Maric", KURSK)
    assert compatible_speakers(base, attr("Maric", KURSK))
    assert compatible_speakers(base, attr("the colonel", KURSK, aliases=("Aurel Maric",)))
    assert not compatible_speakers(base, attr("Ilse Maric-Varga", KURSK))
    assert not is_variant(base, attr("Lena Ostrova", KURSK))
    assert is_variant(base, attr("A. Maric", "we won't retreat from Kursk, not one step"))


def test_locate_finds_a_copy_s_own_wording_up_to_its_quotation_marks():
    text = (
        "Officials said the bridges were damaged. \"We won't retreat from Kursk, not one step, "
        'whatever they may throw at us," Colonel Aurel Maric told reporters. "We will see."'
    )
    assert locate(text, KURSK) == (
        "We won't retreat from Kursk, not one step, whatever they may throw at us"
    )
    assert locate("Nothing about it here at all.", KURSK) is None
    # reported speech between two quotations is not widened to the gap between them
    between = (
        'He said "talks are over". The colonel added that we will not retreat from Kursk, not '
        'one step, whatever they throw at us, and then "no more questions" ended it.'
    )
    assert locate(between, KURSK) == (
        "we will not retreat from Kursk, not one step, whatever they throw at us"
    )
    assert locate(between.replace(' "no more', ' no more"'), KURSK) == (
        "we will not retreat from Kursk, not one step, whatever they throw at us"
    )


@pytest.fixture
def index(tmp_path: Path, fake_embedder) -> Index:
    idx = Index(Settings(data_dir=tmp_path / "data", llm="extractive"), embedder=fake_embedder)
    idx.ingest(ARTICLES, progress=False)
    return idx


KURSK_VARIANTS = [
    ("Eastbridge Herald", "2025-08-12", KURSK, [("equal", KURSK)]),
    (
        "Calder Wire",
        "2025-08-13",
        "We won't retreat from Kursk, not one step, whatever they throw at us",
        [
            ("equal", "We"),
            ("del", "will not"),
            ("ins", "won't"),
            ("equal", "retreat from Kursk, not one step, whatever they throw at us"),
        ],
    ),
    (  # the syndicated copy is not indexed: its wording is found in its own text
        "Northgate Post",
        "2025-08-14",
        "We won't retreat from Kursk, not one step, whatever they may throw at us",
        [
            ("equal", "We"),
            ("del", "will not"),
            ("ins", "won't"),
            ("equal", "retreat from Kursk, not one step, whatever they"),
            ("ins", "may"),
            ("equal", "throw at us"),
        ],
    ),
    (
        "Morrow Times",
        "2025-08-15",
        "We will not retreat from Kursk ... whatever they throw at us.",
        [
            ("equal", "We will not retreat from Kursk"),
            ("del", "not one step,"),
            ("equal", "whatever they throw at us."),
        ],
    ),
    (
        "Pellham Gazette",
        "2025-08-16",
        "We will not retreat from Kursk, not one step, whatever they throw at us, and we will "
        "bring every soldier home",
        [
            ("equal", "We will not retreat from Kursk, not one step, whatever they throw at us,"),
            ("ins", "and we will bring every soldier home"),
        ],
    ),
]


def _kursk(rows: list[Reported]) -> Reported:
    (row,) = [
        r for r in rows if r.attribution.speaker == "Aurel Maric" and "Kursk" in r.attribution.quote
    ]
    return row


def test_five_outlets_wording_of_one_statement_is_one_row_aligned_to_the_earliest(index):
    rows = group_statements(index.catalog.attributions(), index.data_dir)
    row = _kursk(rows)
    assert row.attribution.outlet == "Eastbridge Herald"
    assert row.summary() == (
        "reported by 5 outlets, first by Eastbridge Herald on 2025-08-12: Eastbridge Herald, "
        "Calder Wire, Northgate Post, Morrow Times, Pellham Gazette"
    )
    assert [
        (v.outlet, v.published, v.text, [(s.op, s.words) for s in v.diff]) for v in row.variants
    ] == KURSK_VARIANTS
    assert row.reworded == 4
    # The colonel's other statement stays its own row; the wire's other statements are
    # carried by the wire and its copy, word for word.
    assert [
        (r.attribution.quote, [o.outlet for o in r.outlets], r.reworded)
        for r in rows
        if r is not row and r.attribution.speaker in ("Aurel Maric", "Aid groups")
    ] == [
        (
            "civilians in border villages still lacked power and clean water",
            ["Calder Wire", "Northgate Post"],
            0,
        ),
        ("evacuation buses were running only twice a week", ["Calder Wire", "Northgate Post"], 0),
        ("We will not negotiate while our cities are being shelled", ["Pellham Gazette"], 0),
    ]


def test_grouped_statement_to_dict_names_the_first_appearance(index):
    d = _kursk(group_statements(index.catalog.attributions(), index.data_dir)).to_dict()
    assert (d["first"]["outlet"], d["first"]["published"], d["reworded"]) == (
        "Eastbridge Herald",
        "2025-08-12",
        4,
    )
    assert d["variants"][3] == {
        "outlet": "Morrow Times",
        "published": "2025-08-15",
        "article_id": d["outlets"][3]["article_id"],
        "text": "We will not retreat from Kursk ... whatever they throw at us.",
        "differs": True,
        "diff": [
            {"op": "equal", "words": "We will not retreat from Kursk"},
            {"op": "del", "words": "not one step,"},
            {"op": "equal", "words": "whatever they throw at us."},
        ],
    }


def test_who_said_across(index):
    rows = who_said_across("Maric Kursk retreat", index=index)
    row = _kursk(rows)
    assert [v.outlet for v in row.variants if v.differs] == [
        "Calder Wire",
        "Northgate Post",
        "Morrow Times",
        "Pellham Gazette",
    ]


EVIL = 'We <script>alert("x")</script> will & "win"'


def test_tracking_html_escapes_untrusted_quotes_and_outlets():
    first = attr("<b>Eve</b>", EVIL, outlet="Evil <i>Times</i>", article_id="a1")
    second = attr("<b>Eve</b>", EVIL + " <img src=x onerror=alert(1)>", article_id="a2")
    row = Reported(
        first,
        [
            Outlet("a1", "Evil <i>Times</i>", "", "", "2025-01-02", "a1", True),
            Outlet("a2", "B&B News", "", "", None, "a2", True),
        ],
        {"a1": first, "a2": second},
    )
    assert render.diff_html(row.variants[1].diff) == (
        # a bare "&" is punctuation, not a word: the diff drops it, the text keeps it
        "We &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; will &quot;win&quot; "
        "<ins>&lt;img src=x onerror=alert(1)&gt;</ins>"
    )
    assert render.tracking_html([row]) == (
        '<details class="quote-variants"><summary><b>&lt;b&gt;Eve&lt;/b&gt;</b>: '
        "“We &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; will &amp; &quot;win&quot;” — "
        "first in Evil &lt;i&gt;Times&lt;/i&gt; 2025-01-02; 2 outlets; wording differs in 1"
        "</summary><ul><li><b>Evil &lt;i&gt;Times&lt;/i&gt;</b> 2025-01-02: We &lt;script&gt;"
        "alert(&quot;x&quot;)&lt;/script&gt; will &amp; &quot;win&quot;</li><li><b>B&amp;B "
        "News</b> undated: We &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; will "
        "&quot;win&quot; <ins>&lt;img src=x onerror=alert(1)&gt;</ins></li></ul></details>"
    )
    assert render.tracking_html([Reported(first, row.outlets[:1], {"a1": first})]) == ""


def test_who_said_tab_shows_first_appearance_and_per_outlet_diffs(index, tmp_path):
    h = Handlers(index, index.settings, export_dir=tmp_path / "exports")
    v = h.who_said("Maric Kursk retreat")
    count, tracking = v.message.split("\n\n")
    assert count == "4 statements by 1 speaker."
    assert tracking == (
        '<details class="quote-variants"><summary><b>Aurel Maric</b>: “We will not retreat from '
        "Kursk, not one step, whatever they throw at us.” — first in Eastbridge Herald "
        "2025-08-12; 5 outlets; wording differs in 4</summary><ul>"
        "<li><b>Eastbridge Herald</b> 2025-08-12: We will not retreat from Kursk, not one step, "
        "whatever they throw at us.</li>"
        "<li><b>Calder Wire</b> 2025-08-13: We <del>will not</del> <ins>won&#x27;t</ins> retreat "
        "from Kursk, not one step, whatever they throw at us</li>"
        "<li><b>Northgate Post</b> 2025-08-14: We <del>will not</del> <ins>won&#x27;t</ins> "
        "retreat from Kursk, not one step, whatever they <ins>may</ins> throw at us</li>"
        "<li><b>Morrow Times</b> 2025-08-15: We will not retreat from Kursk <del>not one step,</del>"
        " whatever they throw at us.</li>"
        "<li><b>Pellham Gazette</b> 2025-08-16: We will not retreat from Kursk, not one step, "
        "whatever they throw at us, <ins>and we will bring every soldier home</ins></li>"
        "</ul></details>"
    )
    assert [r[4] for r in v.rows] == [
        "Pellham Gazette",
        "Morrow Times",
        "Calder Wire",
        "Eastbridge Herald",
    ]


def test_api_who_said_carries_grouped_statements(index, tmp_path):
    h = Handlers(index, index.settings, export_dir=tmp_path / "exports")
    res = h.api_who_said("Maric Kursk retreat")
    assert res["error"] is None and len(res["attributions"]) == 4
    (st,) = res["statements"]
    assert st["first"]["outlet"] == "Eastbridge Herald"
    assert [(v["outlet"], v["differs"]) for v in st["variants"]] == [
        ("Eastbridge Herald", False),
        ("Calder Wire", True),
        ("Northgate Post", True),
        ("Morrow Times", True),
        ("Pellham Gazette", True),
    ]
    json.dumps(res)  # JSON-ready


def test_diff_text_marks_deletions_and_insertions():
    assert diff_text(align("We will not retreat", "we won't retreat, ever")) == (
        "we [-will not-] {+won't+} retreat, {+ever+}"
    )


def test_cli_who_said_prints_how_outlets_reworded_a_statement(capsys, monkeypatch):
    from rag.cli import main

    monkeypatch.setenv("RAG_LLM", "extractive")
    assert main(["ingest", "--no-progress", *map(str, ARTICLES)]) == 0
    capsys.readouterr()
    assert main(["who-said", "Maric Kursk retreat"]) == 0
    out = capsys.readouterr().out
    assert (
        "    reported by 5 outlets, first by Eastbridge Herald on 2025-08-12: Eastbridge Herald, "
        "Calder Wire, Northgate Post, Morrow Times, Pellham Gazette\n"
        "    wording differs in 4:\n"
        "      Calder Wire 2025-08-13: We [-will not-] {+won't+} retreat from Kursk, not one step, "
        "whatever they throw at us\n"
        "      Northgate Post 2025-08-14: We [-will not-] {+won't+} retreat from Kursk, not one "
        "step, whatever they {+may+} throw at us\n"
        "      Morrow Times 2025-08-15: We will not retreat from Kursk [-not one step,-] whatever "
        "they throw at us.\n"
        "      Pellham Gazette 2025-08-16: We will not retreat from Kursk, not one step, whatever "
        "they throw at us, {+and we will bring every soldier home+}\n"
    ) in out
    assert out.count("wording differs") == 1


def test_grouping_prefilter_keeps_every_variant_pair(tmp_path):
    """The rapidfuzz bound only rules out pairs: grouping equals the plain pairwise rule."""
    quotes = [
        KURSK,
        "We won't retreat from Kursk",
        "we will not retreat",
        "Our harbour will reopen",
        "Our harbor will reopen",
        "It is too early to say.",
        "It is too early to say whether it works in older patients.",
        "Fuel costs doubled.",
        "Fuel costs fell.",
        "We will not retreat from Kursk ... whatever they throw at us.",
        "",
    ]
    attrs = [
        attr(speaker, q, article_id=f"a{i}-{k}")
        for k, speaker in enumerate(("Aurel Maric", "Maric", "Lena Ostrova"))
        for i, q in enumerate(quotes)
    ]
    expected: list[list[str]] = []
    for a in attrs:
        row = next((r for r in expected if any(is_variant(m, a) for m in r_attrs(r, attrs))), None)
        if row is None:
            expected.append([a.article_id])
        else:
            row.append(a.article_id)
    got = [[o.source for o in r.outlets] for r in group_statements(attrs, tmp_path)]
    assert got == expected
    assert len(got) == 15  # 6 statements per person, 2 people, plus 3 empty quotes


def r_attrs(ids: list[str], attrs: list[Attribution]) -> list[Attribution]:
    return [a for a in attrs if a.article_id in ids]


def test_two_statements_of_one_article_stay_two_rows(tmp_path):
    """A reported statement that embeds the direct quote is the extractor's business."""
    reported = attr(
        "Patrick Ryder",
        'much will depend on how they use this contingent and "how well integrated they are, '
        'what kind of combat experience they have."',
        article_id="a1",
    )
    direct = attr(
        "Patrick Ryder",
        "how well integrated they are, what kind of combat experience they have.",
        article_id="a1",
    )
    elsewhere = attr("Ryder", direct.quote, article_id="a2")
    assert is_variant(reported, direct)
    rows = group_statements([reported, direct, elsewhere], tmp_path)
    # another article's quote joins the earliest row it is a variant of
    assert [[o.source for o in r.outlets] for r in rows] == [["a1", "a2"], ["a1"]]
