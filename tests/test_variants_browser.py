"""The Who-said tab in a real headless Chromium: where a quote appeared first, per-outlet diffs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from rag.index import Index
from rag.settings import Settings

from conftest import ARTIFACTS, WAIT, launch_app

pytestmark = pytest.mark.browser

DATA = Path(__file__).parent / "data" / "variants"


@pytest.fixture
def app_url(tmp_path: Path, fake_embedder) -> Iterator[str]:
    index = Index(Settings(data_dir=tmp_path / "data", llm="extractive"), embedder=fake_embedder)
    index.ingest(sorted(DATA.glob("*.json")), progress=False)
    demo, url = launch_app(index)
    try:
        yield url
    finally:
        demo.close()


def test_who_said_tab_shows_first_outlet_and_expandable_word_diffs(
    app_url: str, browser: Browser
) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(app_url)
    page.get_by_role("tab", name="Who said what").click()
    page.locator("#who-topic textarea").fill("Maric Kursk retreat")
    page.locator("#who-run").click()
    block = page.locator("#who-message details.quote-variants")
    expect(block).to_have_count(1, timeout=WAIT)
    expect(block.locator("summary")).to_contain_text(
        "first in Eastbridge Herald 2025-08-12; 5 outlets; wording differs in 4"
    )
    block.locator("summary").click()
    items = block.locator("li")
    expect(items).to_have_count(5)
    expect(items.nth(1)).to_contain_text("Calder Wire 2025-08-13")
    assert block.locator("del").all_text_contents() == ["will not", "will not", "not one step,"]
    assert block.locator("ins").all_text_contents() == [
        "won't",
        "won't",
        "may",
        "and we will bring every soldier home",
    ]
    ARTIFACTS.mkdir(exist_ok=True)
    block.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "ui-who-said-variants.png"))
