"""Syndicated copies: near-duplicates across outlets become one story, embedded once."""

from __future__ import annotations

import pytest
from webserver import WEB, FixtureServer, Route

from rag.dedupe import shingles, signature, similarity, stories
from rag.index import Index

WIRE = ["ledger-rates-wire.html", "courier-rates-wire.html", "post-rates-wire.html"]


@pytest.fixture
def index(settings, fake_embedder):
    return Index(settings, embedder=fake_embedder)


def test_three_syndicated_copies_become_one_story_with_three_outlets(index):
    report = index.ingest([WEB / f for f in WIRE], progress=False)
    assert [a["title"] for a in report.added] == ["Central bank raises rates to 4.25 percent"]
    canonical = report.added[0]["id"]
    assert [str(p) for p in report.problems] == [
        f"{WEB / f}: near-duplicate of {canonical} (The Harbour Ledger: 'Central bank raises "
        "rates to 4.25 percent'); recorded as another outlet of that story, not indexed twice"
        for f in WIRE[1:]
    ]
    # embedded once: only the first copy's chunks are in the store
    assert (
        report.chunks_embedded
        == index.store.count()
        == len(index.catalog.article_chunks(canonical))
    )
    group = stories(index.data_dir).outlets([canonical])[canonical]
    assert [(o.outlet, o.published, o.embedded) for o in group] == [
        ("The Harbour Ledger", "2025-11-06", True),
        ("Northmere Courier", "2025-11-06", False),
        ("Varnholt Evening Post", "2025-11-06", False),
    ]
    assert [o.url for o in group] == [
        "https://harbourledger.example/business/2025/11/rates-rise",
        "https://northmerecourier.example/money/rates-up-again",
        "https://eveningpost.example/economy/2025/11/06/interest-rate",
    ]
    again = index.ingest([WEB / f for f in WIRE], progress=False)  # idempotent
    assert (len(again.unchanged), len(again.added), index.store.count()) == (
        1,
        0,
        report.chunks_embedded,
    )


def test_updated_version_of_a_syndicated_article_still_replaces_the_old(index):
    with FixtureServer() as srv:
        srv.routes["/robots.txt"] = Route(b"", content_type="text/plain")
        url = srv.page("/strike", "ledger-port-strike.html")
        first = index.ingest([url], progress=False)
        srv.page("/strike", "ledger-port-strike-corrected.html")
        second = index.ingest([url], progress=False)
    assert len(second.replaced) == 1 and not second.added and not second.problems
    (row,) = index.list_articles()
    assert row["id"] == second.replaced[0]["id"] != first.added[0]["id"]
    group = stories(index.data_dir).outlets([row["id"]])[row["id"]]
    assert [(o.article_id, o.embedded) for o in group] == [(row["id"], True)]


def test_different_stories_stay_apart(index):
    report = index.ingest(
        [WEB / "ledger-port-strike.html", WEB / "ledger-port-strike-update.html", WEB / WIRE[0]],
        progress=False,
    )
    assert len(report.added) == 3 and not report.problems


def test_similarity_of_signatures():
    a = "one two three four five six seven eight nine ten eleven twelve"
    assert shingles("One, two three four five six") == {
        "one two three four five",
        "two three four five six",
    }
    assert similarity(signature(a), signature(a)) == 1.0
    assert similarity(signature(a), signature("completely different words in this one")) < 0.1


def test_who_said_rows_group_one_statement_across_outlets(index, tmp_path):
    import json

    from rag.dedupe import group_statements

    # a fourth outlet's own story (not a copy) quoting the governor with one word changed
    own = {
        "title": "Savers cheer as rates climb",
        "outlet": "Calloway Daily",
        "published": "2025-11-07",
        "text": "Savers in Calloway welcomed the decision. Governor Elin Rasmussen said: "
        '"We will do whatever it takes to bring inflation back to two percent, even if that '
        'means a slower economy for a while."\n\nBanks were expected to follow within days.',
    }
    (tmp_path / "daily.json").write_text(json.dumps(own))
    report = index.ingest([WEB / f for f in WIRE] + [tmp_path / "daily.json"], progress=False)
    assert len(report.added) == 2
    attrs = index.catalog.attributions()
    rows = group_statements(attrs, index.data_dir)
    governor = [r for r in rows if "takes" in r.attribution.quote]
    assert len(governor) == 1
    assert governor[0].attribution.outlet == "The Harbour Ledger"  # the earliest carries the row
    assert governor[0].summary() == (
        "reported by 4 outlets, first by The Harbour Ledger on 2025-11-06: The Harbour Ledger, "
        "Northmere Courier, Varnholt Evening Post, Calloway Daily"
    )
    # the Post's copy cut the homeowners' paragraph, so that statement was not reported there
    assert [
        (r.attribution.speaker, [o.outlet for o in r.outlets])
        for r in rows
        if r.attribution.speaker != "Elin Rasmussen"
    ] == [
        ("Tomas Berg", ["The Harbour Ledger", "Northmere Courier", "Varnholt Evening Post"]),
        ("Tomas Berg", ["The Harbour Ledger", "Northmere Courier", "Varnholt Evening Post"]),
        ("Northmere Homeowners Association", ["The Harbour Ledger", "Northmere Courier"]),
    ]


def test_cli_who_said_says_reported_by_n_outlets(capsys, monkeypatch):
    from rag.cli import main

    monkeypatch.setenv("RAG_LLM", "extractive")
    assert main(["ingest", "--no-progress", *[str(WEB / f) for f in WIRE]]) == 0
    capsys.readouterr()
    assert main(["who-said", "interest rate inflation"]) == 0
    out = capsys.readouterr().out
    assert (
        '- Elin Rasmussen (Governor) said [direct]: "We will do what it takes to bring inflation '
        'back to two percent, even if that means a slower economy for a while"\n'
        "    Central bank raises rates to 4.25 percent — The Harbour Ledger, 2025-11-06, chars "
        "325-437\n"
        "    reported by 3 outlets, first by The Harbour Ledger on 2025-11-06: The Harbour "
        "Ledger, Northmere Courier, Varnholt Evening Post\n"
    ) in out
