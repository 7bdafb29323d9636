"""The People tab's handlers, called without a server."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from test_speakers import FARES, ORDER, SPEAKERS

from rag.index import Index
from ui.handlers import ALL_OUTLETS, EXPORT_TTL_S
from ui.people import PICK_HINT, PeopleHandlers


@pytest.fixture
def handlers(settings, fake_embedder, tmp_path) -> PeopleHandlers:
    idx = Index(settings, embedder=fake_embedder)
    idx.ingest([SPEAKERS / f for f in ORDER], progress=False)
    return PeopleHandlers(idx, export_dir=tmp_path / "exports")


def test_listing_rows_outlets_and_exports(handlers):
    v = handlers.listing(ALL_OUTLETS, "", "")
    assert v.rows == [
        [
            "Ilsa Varga",
            "Kelmont transport commissioner",
            7,
            "2025-01-20",
            "2025-07-02",
            "Ilsa Varga-Lind, Varga",
        ],
        ["Mirela Osk", "Councillor", 2, "2025-01-20", "2025-07-02", ""],
        ["city transport office", "organisation", 1, "2025-03-03", "2025-03-03", ""],
        ["Tomas Brenn", "union's regional organiser", 1, "2025-03-03", "2025-03-03", ""],
    ]
    assert v.outlets == [
        "Northmere Courier",
        "Saltmarsh Gazette",
        "The Harbour Ledger",
        "Varnholt Evening Post",
    ]
    assert v.message == f"4 people quoted. {PICK_HINT}"
    assert Path(v.csv_path).name == "people.csv"
    assert Path(v.csv_path).read_text(encoding="utf-8").splitlines()[2] == (
        "Mirela Osk,Councillor,2,2025-01-20,2025-07-02,,Saltmarsh Gazette; The Harbour Ledger"
    )
    assert [p["name"] for p in json.loads(Path(v.json_path).read_text())] == v.names
    # Filters narrow the list but not the outlet choices.
    gazette = handlers.listing("Saltmarsh Gazette", "", " ")
    assert [r[:3] for r in gazette.rows] == [
        ["Ilsa Varga", "Kelmont transport commissioner", 1],
        ["Mirela Osk", "Councillor", 1],
    ]
    assert gazette.outlets == v.outlets
    assert handlers.listing(ALL_OUTLETS, "2030-01-01", "").message == (
        "Nobody is quoted in the articles that match."
    )
    bad = handlers.listing(ALL_OUTLETS, "soon", "")
    assert (bad.rows, bad.message) == (
        [],
        "⚠ since/until: unreadable date 'soon'; use YYYY-MM-DD.",
    )


def test_page_header_timeline_and_passage(handlers):
    v = handlers.page("brenn", ALL_OUTLETS, "", "")
    assert v.header == (
        "### Tomas Brenn\n\n*union's regional organiser*\n\n**1 statement**, 2025-03-03 to "
        "2025-03-03\n\nTopics: Kelmont (1), Varnholt (1)"
    )
    ref = f"{FARES} #0 chars 466-557"
    assert v.rows == [
        [
            "2025-03-03",
            "Northmere Courier",
            "said",
            "direct",
            "“Passengers will pay more and wait longer, because the depot is still short of "
            "forty drivers”",
            "Kelmont, Varnholt",
            "The Harbour Ledger (2025-03-04)",
            ref,
        ]
    ]
    assert Path(v.csv_path).name == "tomas-brenn.csv"
    assert json.loads(Path(v.json_path).read_text())["speaker"]["name"] == "Tomas Brenn"
    html = handlers.passage(v.statements, ref)
    assert html.startswith(
        '<div class="people-passage"><p><b>Kelmont tram fares to rise as Varnholt line opens</b>'
        " — The Harbour Ledger, 2025-03-04 · "
        '<a href="https://harbourledger.example/city/2025/03/tram-fares" target="_blank" '
        'rel="noopener">open</a> · first in Northmere Courier, 2025-03-03 · passage 0, '
        "chars 0-822</p><blockquote>"
    )
    assert (
        "<mark>Passengers will pay more and wait longer, because the depot is still short of "
        "forty drivers</mark>" in html
    )
    assert handlers.passage(v.statements, "nothing") == ""


def test_page_messages(handlers):
    assert handlers.page("", ALL_OUTLETS, "", "").header == PICK_HINT
    assert handlers.page("Mirela Oskar", ALL_OUTLETS, "", "").header == (
        "⚠ No speaker named 'Mirela Oskar' in the indexed articles. Did you mean "
        "Mirela Osk? `newsrag speakers` (or rag.speakers()) lists everyone quoted."
    )
    none = handlers.page("Tomas Brenn", "Varnholt Evening Post", "", "")
    assert (none.rows, none.header.splitlines()[-1]) == ([], "No statements match the filters.")


def test_old_exports_are_pruned(handlers):
    old = handlers.listing(ALL_OUTLETS, "", "").csv_path
    past = os.stat(old).st_mtime - EXPORT_TTL_S - 10
    os.utime(Path(old).parent, (past, past))
    new = handlers.listing(ALL_OUTLETS, "", "").csv_path
    assert not Path(old).exists() and Path(new).exists()
