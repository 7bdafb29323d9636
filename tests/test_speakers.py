"""Speaker pages on fictional articles: one commissioner quoted by four outlets, one wire copy."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from rag.cli import main
from rag.errors import InputError, SpeakerNotFoundError
from rag.index import Index
from rag.speakers import (
    TIMELINE_COLUMNS,
    canonical_names,
    headline_topics,
    speaker,
    speaker_csv,
    speaker_json,
    speakers,
    speakers_csv,
    speakers_json,
)
from rag.types import Attribution

from conftest import DATA, ROOT

SPEAKERS = DATA / "speakers"
# The Ledger's copy is ingested first, so it is the indexed one; the Courier ran the same wire
# story a day earlier and is only recorded as another outlet of it.
ORDER = [
    "ledger-depot-budget.json",
    "ledger-tram-fares.json",
    "courier-tram-fares.json",
    "post-night-trams.json",
    "gazette-signals.json",
]
DEPOT, FARES, NIGHT, SIGNALS = (
    "8f3ffcf88dbc10df",
    "ea6ff73d0430f8ed",
    "b8c6b3dc74bec376",
    "b991dee9e40ce103",
)
COURIER_COPY = "976b9c1fa5268161"
LEDGER, COURIER, POST, GAZETTE = (
    "The Harbour Ledger",
    "Northmere Courier",
    "Varnholt Evening Post",
    "Saltmarsh Gazette",
)


@pytest.fixture
def index(settings, fake_embedder) -> Index:
    idx = Index(settings, embedder=fake_embedder)
    report = idx.ingest([SPEAKERS / f for f in ORDER], progress=False)
    assert [a["id"] for a in report.added] == [DEPOT, FARES, NIGHT, SIGNALS]
    assert len(report.problems) == 1  # the Courier's copy: recorded, not indexed
    return idx


def _text(name: str) -> str:
    return json.loads((SPEAKERS / name).read_text(encoding="utf-8"))["text"]


def test_speakers_lists_everyone_with_counts_dates_roles_and_aliases(index):
    people = speakers(index=index)
    assert [
        (p.name, p.aliases, p.role, p.statements, p.first, p.last, p.outlets) for p in people
    ] == [
        (
            "Ilsa Varga",
            ("Ilsa Varga-Lind", "Varga"),  # "Ilsa Varga-Lind" in the Gazette is the same person
            "Kelmont transport commissioner",
            7,  # the wire story's three statements count once, not once per outlet
            date(2025, 1, 20),
            date(2025, 7, 2),
            (LEDGER, COURIER, POST, GAZETTE),
        ),
        ("Mirela Osk", (), "Councillor", 2, date(2025, 1, 20), date(2025, 7, 2), (GAZETTE, LEDGER)),
        # "the city transport office said": an organisation speaks (issue 9), once per story.
        (
            "city transport office",
            (),
            "organisation",
            1,
            date(2025, 3, 3),
            date(2025, 3, 3),
            (COURIER, LEDGER),
        ),
        (
            "Tomas Brenn",
            (),
            "union's regional organiser",
            1,
            date(2025, 3, 3),
            date(2025, 3, 3),
            (COURIER, LEDGER),
        ),
    ]
    assert people[0].roles == (
        "Kelmont transport commissioner",
        "Commissioner",
        "city's transport commissioner",
        "city transport commissioner",
    )
    assert str(people[3]) == (
        "Tomas Brenn (union's regional organiser): 1 statement, 2025-03-03 to 2025-03-03"
    )


def test_timeline_is_in_date_order_and_a_syndicated_statement_is_one_row(index):
    page = speaker("Ilsa Varga", index=index)
    rows = [
        (str(s.date), s.outlet, s.cue, s.kind, s.article_id, s.chunk_id, s.start, s.end)
        for s in page.timeline
    ]
    assert rows == [
        ("2025-01-20", LEDGER, "said", "direct", DEPOT, f"{DEPOT}-0000", 127, 209),
        # First seen in the Courier (a day before the Ledger); the passage is the Ledger's.
        ("2025-03-03", COURIER, "said", "reported", FARES, f"{FARES}-0000", 190, 261),
        ("2025-03-03", COURIER, "said", "direct", FARES, f"{FARES}-0000", 264, 376),
        ("2025-03-03", COURIER, "said", "reported", FARES, f"{FARES}-0000", 751, 821),
        ("2025-06-15", POST, "said", "direct", NIGHT, f"{NIGHT}-0000", 155, 213),
        ("2025-06-15", POST, "added", "reported", NIGHT, f"{NIGHT}-0000", 302, 370),
        ("2025-07-02", GAZETTE, "said", "reported", SIGNALS, f"{SIGNALS}-0000", 183, 263),
    ]
    fares = page.timeline[2]
    assert fares.text == (
        "Nobody likes paying more, but the night trams have been full since the autumn "
        "and we cannot run them on goodwill"
    )
    assert _text("ledger-tram-fares.json")[fares.start : fares.end] == fares.text
    assert fares.first.to_dict() == {
        "article_id": COURIER_COPY,
        "outlet": COURIER,
        "title": "Kelmont tram fares set to rise as Varnholt line opens",
        "url": "https://northmerecourier.example/transport/kelmont-fares",
        "published": "2025-03-03",
    }
    assert [o.to_dict() for o in fares.also] == [
        {
            "article_id": FARES,
            "outlet": LEDGER,
            "title": "Kelmont tram fares to rise as Varnholt line opens",
            "url": "https://harbourledger.example/city/2025/03/tram-fares",
            "published": "2025-03-04",
        }
    ]
    signals = page.timeline[-1]
    assert (signals.role, signals.text) == (
        "city transport commissioner",
        "the signals would cut the journey from the harbour to the campus by four minutes",
    )
    assert _text("gazette-signals.json")[signals.start : signals.end] == signals.text


def test_topics_are_the_names_in_each_statements_headline(index):
    page = speaker("Ilsa Varga", index=index)
    assert page.topics == {"Kelmont": 6, "Varnholt": 3, "Saltmarsh": 2, "Saltmarsh Road": 1}
    assert [s.topics for s in page.timeline[:2]] == [("Kelmont",), ("Kelmont", "Varnholt")]


@pytest.mark.parametrize(
    ("title", "text", "topics"),
    [
        (
            "Kelmont tram fares to rise as Varnholt line opens",
            "Fares rise in Kelmont. The Varnholt line opens.",
            ("Kelmont", "Varnholt"),
        ),
        # A word capitalised only at the start of a sentence is not a name.
        (
            "Fares: Kelmont North Korean trams",
            "Fares rise. North Korean and Kelmont trams.",
            ("Kelmont", "Korean"),
        ),
        (
            "Fares: Kelmont North Korean trams",
            "Trams of North Korean Kelmont.",
            ("Kelmont North Korean",),
        ),
        ("Kelmont: Varnholt's trams", "In Kelmont and Varnholt's depot.", ("Kelmont", "Varnholt")),
        ("Council approves budget", "The council approved it.", ()),
    ],
)
def test_headline_topics(title, text, topics):
    assert headline_topics(title, text) == topics


def _attr(name: str) -> Attribution:
    return Attribution(name, "q", "direct", "said", 0, 1, 0, 1)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # A surname joins the one full name it fits; the commonest form is canonical.
        (
            ["Ilsa Varga", "Ilsa Varga", "Varga"],
            {"Ilsa Varga": "Ilsa Varga", "Varga": "Ilsa Varga"},
        ),
        (
            ["Ilsa Varga-Lind", "Ilsa Varga"],
            {"Ilsa Varga-Lind": "Ilsa Varga", "Ilsa Varga": "Ilsa Varga"},
        ),
        # Two people it could be: the surname stays on its own.
        (
            ["Patrick Ryder", "Winona Ryder", "Ryder"],
            {"Patrick Ryder": "Patrick Ryder", "Winona Ryder": "Winona Ryder", "Ryder": "Ryder"},
        ),
        # One letter apart is another person across articles (no typo tolerance).
        (["Jan Berg", "Jan Borg"], {"Jan Berg": "Jan Berg", "Jan Borg": "Jan Borg"}),
    ],
)
def test_canonical_names(names, expected):
    assert canonical_names([_attr(n) for n in names]) == expected


@pytest.mark.parametrize(
    "name", ["Ilsa Varga", "ilsa varga", "VARGA", "Ilsa  Varga", "Ilsa Varga-Lind", "Ilse Varga"]
)
def test_lookup_by_alias_surname_case_or_one_typo(index, name):
    assert speaker(name, index=index).speaker.name == "Ilsa Varga"


def test_filters_choose_which_publications_count(index):
    ledger = speaker("Varga", outlets=LEDGER, index=index)
    assert [(str(s.date), s.outlet, s.start, len(s.also)) for s in ledger.timeline] == [
        ("2025-01-20", LEDGER, 127, 0),
        ("2025-03-04", LEDGER, 190, 0),  # the Courier's earlier copy is filtered out
        ("2025-03-04", LEDGER, 264, 0),
        ("2025-03-04", LEDGER, 751, 0),
    ]
    assert ledger.topics == {"Kelmont": 4, "Varnholt": 3}
    summer = speaker("Varga", since="2025-03-04", until=date(2025, 6, 30), index=index)
    assert [(str(s.date), s.outlet, s.start) for s in summer.timeline] == [
        ("2025-03-04", LEDGER, 190),
        ("2025-03-04", LEDGER, 264),
        ("2025-03-04", LEDGER, 751),
        ("2025-06-15", POST, 155),
        ("2025-06-15", POST, 302),
    ]
    assert (summer.speaker.statements, summer.speaker.first, summer.speaker.last) == (
        5,
        date(2025, 3, 4),
        date(2025, 6, 15),
    )
    gazette = speakers(outlets=["saltmarsh gazette"], index=index)  # outlet names in any case
    assert [(p.name, p.statements) for p in gazette] == [("Ilsa Varga", 1), ("Mirela Osk", 1)]
    assert speakers(since="2026-01-01", index=index) == []
    nothing = speaker("Tomas Brenn", since="2026-01-01", index=index)
    assert (nothing.timeline, nothing.topics, nothing.speaker.statements) == ([], {}, 0)
    assert str(nothing) == "Tomas Brenn — union's regional organiser\nNo statements match."


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda i: speaker("Mirela Oskar", index=i),
            SpeakerNotFoundError,
            "No speaker named 'Mirela Oskar' in the indexed articles. Did you mean Mirela Osk? "
            "`newsrag speakers` (or rag.speakers()) lists everyone quoted.",
        ),
        (
            lambda i: speaker("Zebulon Quaddle", index=i),
            SpeakerNotFoundError,
            "No speaker named 'Zebulon Quaddle' in the indexed articles. "
            "`newsrag speakers` (or rag.speakers()) lists everyone quoted.",
        ),
        (
            lambda i: speaker("  ", index=i),
            InputError,
            "Give a speaker's name, for example Patrick Ryder.",
        ),
        (
            lambda i: speaker("Varga", since="March 2025", index=i),
            InputError,
            "since/until: unreadable date 'March 2025'; use YYYY-MM-DD.",
        ),
        (
            lambda i: speakers(since="2025-06-01", until="2025-01-01", index=i),
            InputError,
            "since (2025-06-01) is after until (2025-01-01); swap them.",
        ),
        (
            lambda i: speakers(outlets=["Daily Planet"], index=i),
            InputError,
            "No articles from outlet(s) 'Daily Planet'; the outlets are: Northmere Courier, "
            "Saltmarsh Gazette, The Harbour Ledger, Varnholt Evening Post.",
        ),
    ],
)
def test_bad_input_says_what_to_do(index, call, error, message):
    with pytest.raises(error) as exc:
        call(index)
    assert str(exc.value) == message


def test_two_speakers_a_surname_could_mean(settings, fake_embedder, tmp_path):
    folder = tmp_path / "arts"
    folder.mkdir()
    for i, name in enumerate(["Anna Lund", "Erik Lund"]):
        (folder / f"{i}.json").write_text(
            json.dumps(
                {
                    "title": f"Report {i}",
                    "outlet": "Test Wire",
                    "published": f"2025-05-0{i + 1}",
                    "text": f"Budget news.\n{name}, the treasurer, said the budget for year {i} "
                    "would be balanced by the end of the spring.\nLund added that the harbour "
                    "tax would not rise before the summer.",
                }
            ),
            encoding="utf-8",
        )
    idx = Index(settings, embedder=fake_embedder)
    idx.ingest([folder], progress=False)
    # Both articles call their treasurer "Lund": an alias two speakers share.
    assert [(p.name, p.aliases) for p in speakers(index=idx)] == [
        ("Anna Lund", ("Lund",)),
        ("Erik Lund", ("Lund",)),
    ]
    with pytest.raises(SpeakerNotFoundError) as exc:
        speaker("Lund", index=idx)
    assert (
        str(exc.value) == "'Lund' could be Anna Lund, Erik Lund; give the full name of one of them."
    )


def test_empty_index(settings, fake_embedder):
    idx = Index(settings, embedder=fake_embedder)
    assert speakers(index=idx) == []
    with pytest.raises(SpeakerNotFoundError) as exc:
        speaker("Ilsa Varga", index=idx)
    assert str(exc.value) == (
        "No speaker named 'Ilsa Varga': no statements are indexed yet; ingest articles first."
    )


def test_csv_and_json_exports(index):
    people = speakers(index=index)
    assert speakers_csv(people).splitlines() == [
        "name,role,statements,first,last,aliases,outlets",
        "Ilsa Varga,Kelmont transport commissioner,7,2025-01-20,2025-07-02,Ilsa Varga-Lind; Varga,"
        "The Harbour Ledger; Northmere Courier; Varnholt Evening Post; Saltmarsh Gazette",
        "Mirela Osk,Councillor,2,2025-01-20,2025-07-02,,Saltmarsh Gazette; The Harbour Ledger",
        "city transport office,organisation,1,2025-03-03,2025-03-03,,"
        "Northmere Courier; The Harbour Ledger",
        "Tomas Brenn,union's regional organiser,1,2025-03-03,2025-03-03,,"
        "Northmere Courier; The Harbour Ledger",
    ]
    assert json.loads(speakers_json(people)) == [p.to_dict() for p in people]
    page = speaker("Tomas Brenn", index=index)
    rows = list(csv.DictReader(io.StringIO(speaker_csv(page))))
    assert list(rows[0]) == TIMELINE_COLUMNS
    assert rows == [
        {
            "date": "2025-03-03",
            "outlet": COURIER,
            "speaker": "Tomas Brenn",
            "role": "union's regional organiser",
            "cue": "said",
            "kind": "direct",
            "text": "Passengers will pay more and wait longer, because the depot is still short "
            "of forty drivers",
            "topics": "Kelmont; Varnholt",
            "title": "Kelmont tram fares set to rise as Varnholt line opens",
            "url": "https://northmerecourier.example/transport/kelmont-fares",
            "article_id": FARES,
            "chunk_id": f"{FARES}-0000",
            "start": "466",
            "end": "557",
            "also_carried_by": "The Harbour Ledger (2025-03-04)",
        }
    ]
    data = json.loads(speaker_json(page))
    assert data == page.to_dict()
    assert data["topics"] == {"Kelmont": 1, "Varnholt": 1}
    assert data["timeline"][0]["also"][0]["article_id"] == FARES


# -- CLI ----------------------------------------------------------------------------------------
def test_cli_speakers_and_speaker(index, capsys):
    assert main(["speakers"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "   7  2025-01-20 to 2025-07-02  Ilsa Varga  (Kelmont transport commissioner)",
        "   2  2025-01-20 to 2025-07-02  Mirela Osk  (Councillor)",
        "   1  2025-03-03 to 2025-03-03  city transport office  (organisation)",
        "   1  2025-03-03 to 2025-03-03  Tomas Brenn  (union's regional organiser)",
    ]
    assert main(["speakers", "--outlet", GAZETTE, "--json"]) == 0
    assert [(p["name"], p["statements"]) for p in json.loads(capsys.readouterr().out)] == [
        ("Ilsa Varga", 1),
        ("Mirela Osk", 1),
    ]
    assert main(["speaker", "brenn"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Tomas Brenn — union's regional organiser",
        "1 statement, 2025-03-03 to 2025-03-03",
        "Topics: Kelmont (1), Varnholt (1)",
        "",
        '2025-03-03  Northmere Courier  said [direct]: "Passengers will pay more and wait longer, '
        'because the depot is still short of forty drivers"',
        f"    Kelmont tram fares set to rise as Varnholt line opens — article {FARES}, passage 0, "
        "chars 466-557  https://northmerecourier.example/transport/kelmont-fares",
        "    also carried by: The Harbour Ledger (2025-03-04)",
    ]
    args = ["speaker", "Varga", "--since", "2025-06-01", "--outlet", POST, "--format", "csv"]
    assert main(args) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["date"], r["cue"], r["start"]) for r in rows] == [
        ("2025-06-15", "said", "155"),
        ("2025-06-15", "added", "302"),
    ]
    assert main(["speaker", "Varga", "--until", "2025-02-01", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["article_id"] for s in data["timeline"]] == [DEPOT]
    assert main(["speakers", "--since", "2030-01-01"]) == 0
    assert capsys.readouterr().out == (
        "No attributed statements match. Widen the filters, or `newsrag ingest` articles.\n"
    )


def test_cli_unknown_speaker_is_one_line_and_exit_1(index, capsys):
    assert main(["speaker", "Mirela Oskar"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "Error: No speaker named 'Mirela Oskar' in the indexed articles. Did you mean Mirela "
        "Osk? `newsrag speakers` (or rag.speakers()) lists everyone quoted.\n"
    )


def test_cli_entry_point_in_a_subprocess(index, settings):
    index.close()
    exe = Path(sys.executable).parent / "newsrag"
    out = subprocess.run(
        [str(exe), "speaker", "Ilsa Varga", "--since", "2025-07-01"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**__import__("os").environ, "RAG_DATA_DIR": str(settings.data_dir)},
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[:5] == [
        "Ilsa Varga — Kelmont transport commissioner",
        "Also called: Ilsa Varga-Lind, Varga",
        "1 statement, 2025-07-02 to 2025-07-02",
        "Topics: Saltmarsh Road (1)",
        "",
    ]


def test_same_quote_in_two_different_articles_is_one_row(settings, fake_embedder, tmp_path):
    quote = "We will not raise the harbour tax this year"
    bodies = {
        "wire": (
            "Test Wire",
            "2025-05-02",
            f'The council met on Friday to discuss the ferry budget.\n"{quote}," said Anna Lund, '
            "the treasurer, after a long debate about the new pier and its lights.",
        ),
        "paper": (
            "Other Paper",
            "2025-05-01",
            f'Shop owners asked about costs at a market hall meeting.\n"{quote}," said Anna Lund, '
            "the treasurer, to applause from the stall holders in the old hall.",
        ),
    }
    folder = tmp_path / "arts"
    folder.mkdir()
    for slug, (outlet, published, text) in bodies.items():
        (folder / f"{slug}.json").write_text(
            json.dumps(
                {
                    "title": f"{outlet} report",
                    "outlet": outlet,
                    "published": published,
                    "text": text,
                }
            ),
            encoding="utf-8",
        )
    idx = Index(settings, embedder=fake_embedder)
    report = idx.ingest([folder], progress=False)
    assert len(report.added) == 2 and not report.problems  # two stories, not one syndicated
    (row,) = speaker("Anna Lund", index=idx).timeline
    assert (row.text, row.outlet, str(row.date), [str(o) for o in row.also]) == (
        quote,
        "Other Paper",
        "2025-05-01",
        ["Test Wire (2025-05-02)"],
    )
    assert row.article_id == row.first.article_id  # the earliest copy holds the passage
