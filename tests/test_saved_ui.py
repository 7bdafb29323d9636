"""The Saved searches tab: its handlers with exact results, then the real page in Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_saved import FARES, STRIKE, write

from rag.index import Index
from rag.saved import SavedSearches, store_path
from rag.settings import Settings
from ui.saved import BADGE_STYLE, EMPTY_LIST, PICK_FIRST, SavedHandlers

from conftest import ARTIFACTS, FakeEmbedder

ANN, BOB = "user:ann", "user:bob"
PILL = f'<span class="saved-badge" style="{BADGE_STYLE}">'
NOTHING = "<p>Nothing new since your last visit.</p>"
BOATS_LINE = (
    '- Mara Quill (harbour director) said \\[direct\\]: "The boats will sail again on Thursday '
    'morning" — Kelmont ferry strike ends, Harbour Post, 2031-03-05'
)


@pytest.fixture
def index(tmp_path: Path) -> Index:
    idx = Index(Settings(data_dir=tmp_path / "data", llm="extractive"), embedder=FakeEmbedder())
    idx.ingest([write(tmp_path, "fares", FARES)], progress=False)
    return idx


@pytest.fixture
def h(index: Index) -> Iterator[SavedHandlers]:
    handlers = SavedHandlers(index)
    yield handlers
    handlers.store.close()


def test_save_then_a_badge_counts_what_is_new_until_marked_seen(
    h: SavedHandlers, index: Index, tmp_path: Path
) -> None:
    assert h.view(ANN).listing == EMPTY_LIST
    v = h.save(ANN, "speaker", "Mara Quill")
    assert v.message == "Saved #1 speaker: Mara Quill. New matches show here after each ingest."
    assert v.listing == '<ul class="saved-list"><li><b>#1</b> speaker: Mara Quill</li></ul>'
    assert (v.badge, v.choices, v.selected) == (
        NOTHING,
        [("#1 speaker: Mara Quill (0 new)", "1")],
        "1",
    )
    assert h.show(ANN, "1") == "Nothing new since your last visit."
    index.ingest([write(tmp_path, "strike", STRIKE)], progress=False)  # e.g. `newsrag ingest`
    v = h.view(ANN)  # the page opens: the owner's searches are checked, then counted
    assert v.badge == f"<p>{PILL}3 new</span> since your last visit</p>"
    assert v.listing == (
        f'<ul class="saved-list"><li><b>#1</b> speaker: Mara Quill {PILL}3 new</span></li></ul>'
    )
    assert v.choices == [("#1 speaker: Mara Quill (3 new)", "1")]
    assert h.show(ANN, "1").splitlines() == [
        BOATS_LINE,
        "- Mara Quill (harbour director) added \\[reported\\]: the timetable would stay the same "
        "— Kelmont ferry strike ends, Harbour Post, 2031-03-05",
        "- article: Kelmont ferry strike ends — Harbour Post, 2031-03-05",
    ]
    assert h.view(ANN).counts == {1: 3}  # looking does not mark them seen
    v = h.mark_seen(ANN, "1")
    assert (v.message, v.badge, v.counts) == (
        "Marked #1 speaker: Mara Quill as seen.",
        NOTHING,
        {1: 0},
    )
    assert h.show(ANN, "1") == "Nothing new since your last visit."


def test_owners_are_kept_apart_and_bad_input_gets_a_message(h: SavedHandlers) -> None:
    h.save(ANN, "topic", "ferry <b>fares</b>")
    v = h.view(ANN)
    assert v.listing == (  # the query is the user's text: escaped
        '<ul class="saved-list"><li><b>#1</b> topic: ferry &lt;b&gt;fares&lt;/b&gt;</li></ul>'
    )
    assert h.view(BOB).listing == EMPTY_LIST
    missing = "⚠ No saved search #1; run `newsrag saved list` to see their ids."
    assert h.show(BOB, "1") == missing
    assert h.mark_seen(BOB, "1").message == missing
    assert h.remove(BOB, "1").message == missing
    assert h.save(BOB, "speaker", " ").message == "⚠ Give the speaker's name to save."
    assert h.show(BOB, None) == PICK_FIRST
    assert h.mark_seen(BOB, None).message == PICK_FIRST
    assert h.remove(ANN, "1").message == "Removed #1 topic: ferry &lt;b&gt;fares&lt;/b&gt;."
    assert h.view(ANN).listing == EMPTY_LIST


def test_the_cli_and_the_app_without_login_share_the_local_owner(
    h: SavedHandlers, index: Index
) -> None:
    with SavedSearches(store_path(index.settings)) as cli_store:
        cli_store.add("local", "speaker", "Tobias Wren", index=index)
    assert h.view("local").choices == [("#1 speaker: Tobias Wren (0 new)", "1")]


def test_an_unwritable_data_dir_keeps_saved_searches_in_memory_and_says_so(index: Index) -> None:
    store_path(index.settings).mkdir()  # a folder where the file should be: it cannot open
    h = SavedHandlers(index)
    note = (
        f"⚠ Saved searches cannot be stored in {index.settings.data_dir} (\\[Errno 21\\] Is a "
        f"directory: '{store_path(index.settings)}'); they are kept in memory until the app "
        "stops. Make the data directory writable (RAG_DATA_DIR) to keep them."
    )
    assert h.view(ANN).message == note
    assert h.save(ANN, "topic", "ferry").message.startswith("Saved #1 topic: ferry.")
    assert h.view(ANN).choices == [("#1 topic: ferry (0 new)", "1")]


# -- the real page ----------------------------------------------------------------------------------
@pytest.mark.browser
def test_saved_searches_tab_in_chromium_per_login(index: Index, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    from conftest import CHROMIUM_ARGS, WAIT, launch_app

    demo, url = launch_app(index, auth=[("ann", "ann-pw-1"), ("bob", "bob-pw-2")])
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)

            def login(user: str, password: str):  # type: ignore[no-untyped-def]
                page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
                page.goto(url)
                page.get_by_label("username").fill(user)
                page.get_by_label("password").fill(password)
                page.get_by_role("button", name="Login").click()
                page.get_by_role("tab", name="Saved searches").click()
                return page

            ann = login("ann", "ann-pw-1")
            expect(ann.locator("#saved-list")).to_contain_text(
                "No saved searches yet", timeout=WAIT
            )
            ann.locator("#saved-kind").get_by_label("Speaker").check()
            ann.locator("#saved-query textarea").fill("Mara Quill")
            ann.locator("#saved-save").click()
            expect(ann.locator("#saved-message")).to_have_text(
                "Saved #1 speaker: Mara Quill. New matches show here after each ingest.",
                timeout=WAIT,
            )
            expect(ann.locator("#saved-badge")).to_have_text("Nothing new since your last visit.")

            # A new article arrives (an ingest from the CLI, or an upload): the badge shows it.
            index.ingest([write(tmp_path, "strike", STRIKE)], progress=False)
            ann.reload()
            # The tab's title counts the news from any tab, once the page has loaded.
            expect(ann.get_by_role("tab", name="Saved searches (3 new)")).to_be_visible(
                timeout=WAIT
            )
            ann.get_by_role("tab", name="Saved searches").click()
            expect(ann.locator("#saved-badge")).to_have_text(
                "3 new since your last visit", timeout=WAIT
            )
            expect(ann.locator("#saved-list li")).to_have_text(["#1 speaker: Mara Quill 3 new"])
            ann.locator("#saved-select input").click()
            ann.get_by_role("option", name="#1 speaker: Mara Quill (3 new)").click()
            expect(ann.locator("#saved-new li")).to_have_count(3, timeout=WAIT)
            expect(ann.locator("#saved-new li").first).to_have_text(
                BOATS_LINE[2:].replace("\\", "")
            )
            ARTIFACTS.mkdir(exist_ok=True)
            ann.screenshot(path=str(ARTIFACTS / "ui-saved-searches.png"))
            ann.locator("#saved-seen").click()
            expect(ann.locator("#saved-badge")).to_have_text(
                "Nothing new since your last visit.", timeout=WAIT
            )
            expect(ann.locator("#saved-list li")).to_have_text(["#1 speaker: Mara Quill"])
            expect(ann.get_by_role("tab", name="Saved searches", exact=True)).to_be_visible()

            # Bob sees none of Ann's searches; he saves the topic he typed under Who said what.
            bob = login("bob", "bob-pw-2")
            expect(bob.locator("#saved-list")).to_contain_text(
                "No saved searches yet", timeout=WAIT
            )
            bob.get_by_role("tab", name="Who said what").click()
            bob.locator("#who-topic textarea").fill("Who said what about the ferry strike?")
            bob.get_by_role("tab", name="Saved searches").click()
            bob.locator("#saved-use-topic").click()
            expect(bob.locator("#saved-query textarea")).to_have_value(
                "Who said what about the ferry strike?", timeout=WAIT
            )
            bob.locator("#saved-save").click()
            expect(bob.locator("#saved-list li")).to_have_text(
                ["#2 who said: Who said what about the ferry strike?"], timeout=WAIT
            )
            browser.close()
    finally:
        demo.close()
    with SavedSearches(store_path(index.settings)) as store:
        assert [(s.owner, s.query) for s in store.searches()] == [
            (ANN, "Mara Quill"),
            (BOB, "Who said what about the ferry strike?"),
        ]
