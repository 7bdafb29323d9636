"""The People tab in a real headless Chromium: list, filters, a speaker's timeline, downloads."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect
from test_speakers import FARES, ORDER, SPEAKERS

from rag.index import Index

from conftest import ARTIFACTS, WAIT, launch_app

pytestmark = pytest.mark.browser


@pytest.fixture
def app_url(settings, fake_embedder) -> Iterator[str]:
    idx = Index(settings, embedder=fake_embedder)
    idx.ingest([SPEAKERS / f for f in ORDER], progress=False)
    demo, url = launch_app(idx)
    try:
        yield url
    finally:
        demo.close()


def _rows(page, elem_id: str) -> list[list[str]]:
    """The visible cells of a Gradio Dataframe, row by row."""
    return page.locator(f"#{elem_id} [role=row].virtual-row").evaluate_all(
        "rows => rows.map(r => [...r.querySelectorAll('[role=gridcell]')]"
        ".map(c => c.innerText.trim()))"
    )


def test_people_tab_lists_speakers_and_shows_a_timeline(app_url: str, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1300})
    page.goto(app_url)
    page.get_by_role("tab", name="People").click()
    table = page.locator("#people-table")
    expect(table).to_contain_text("Tomas Brenn", timeout=WAIT)
    expect(page.locator("#people-message")).to_contain_text("4 people quoted.")
    assert [r[:3] for r in _rows(page, "people-table")] == [
        ["Ilsa Varga", "Kelmont transport commissioner", "7"],
        ["Mirela Osk", "Councillor", "2"],
        ["city transport office", "organisation", "1"],
        ["Tomas Brenn", "union's regional organiser", "1"],
    ]
    with page.expect_download(timeout=WAIT) as dl:
        page.locator("#people-json").click()
    listed = json.loads(Path(dl.value.path()).read_text(encoding="utf-8"))
    assert [(p["name"], p["statements"]) for p in listed] == [
        ("Ilsa Varga", 7),
        ("Mirela Osk", 2),
        ("city transport office", 1),
        ("Tomas Brenn", 1),
    ]

    # Clicking a person opens their timeline, earliest first; the wire copy is one row.
    table.get_by_text("Ilsa Varga", exact=True).click()
    header = page.locator("#people-header")
    expect(header).to_contain_text("7 statements, 2025-01-20 to 2025-07-02", timeout=WAIT)
    expect(header).to_contain_text("Also called: Ilsa Varga-Lind, Varga")
    expect(header).to_contain_text("Topics: Kelmont (6), Varnholt (3), Saltmarsh (2)")
    timeline = page.locator("#people-timeline")
    expect(timeline).to_contain_text("Saltmarsh Gazette", timeout=WAIT)
    rows = _rows(page, "people-timeline")
    assert [(r[0], r[1], r[6]) for r in rows] == [
        ("2025-01-20", "The Harbour Ledger", ""),
        ("2025-03-03", "Northmere Courier", "The Harbour Ledger (2025-03-04)"),
        ("2025-03-03", "Northmere Courier", "The Harbour Ledger (2025-03-04)"),
        ("2025-03-03", "Northmere Courier", "The Harbour Ledger (2025-03-04)"),
        ("2025-06-15", "Varnholt Evening Post", ""),
        ("2025-06-15", "Varnholt Evening Post", ""),
        ("2025-07-02", "Saltmarsh Gazette", ""),
    ]

    # A row opens its passage with the statement highlighted.
    timeline.get_by_text(f"{FARES} #0 chars 264-376").click()
    mark = page.locator("#people-passage mark")
    expect(mark).to_have_text(
        "Nobody likes paying more, but the night trams have been full since the autumn and "
        "we cannot run them on goodwill",
        timeout=WAIT,
    )
    expect(page.locator("#people-passage a")).to_have_attribute(
        "href", "https://harbourledger.example/city/2025/03/tram-fares"
    )
    expect(page.locator("#people-passage")).to_contain_text(
        "The Harbour Ledger, 2025-03-04 · open · first in Northmere Courier, 2025-03-03"
    )
    page.locator("#people-passage").scroll_into_view_if_needed()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "ui-people.png"), full_page=True)

    # Filters: one outlet from a date on; the CSV download has the same rows.
    page.locator("#people-since textarea, #people-since input").first.fill("2025-03-01")
    page.locator("#people-outlet input").fill("The Harbour Ledger")
    page.get_by_role("option", name="The Harbour Ledger").click()
    page.locator("#people-apply").click()
    expect(header).to_contain_text("3 statements, 2025-03-04 to 2025-03-04", timeout=WAIT)
    expect(page.locator("#people-message")).to_contain_text("3 people quoted.")
    with page.expect_download(timeout=WAIT) as dl:
        page.locator("#speaker-csv").click()
    got = list(csv.DictReader(io.StringIO(Path(dl.value.path()).read_text(encoding="utf-8"))))
    assert [(r["date"], r["outlet"], r["start"], r["also_carried_by"]) for r in got] == [
        ("2025-03-04", "The Harbour Ledger", "190", ""),
        ("2025-03-04", "The Harbour Ledger", "264", ""),
        ("2025-03-04", "The Harbour Ledger", "751", ""),
    ]

    # A name nobody has: the message offers the close one.
    page.locator("#people-pick input").fill("Mirela Oskar")
    page.locator("#people-show").click()
    expect(header).to_contain_text(
        "No speaker named 'Mirela Oskar' in the indexed articles. Did you mean Mirela Osk?",
        timeout=WAIT,
    )
    page.close()
