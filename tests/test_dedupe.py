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
