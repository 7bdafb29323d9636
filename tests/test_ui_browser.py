"""The chat app in a real headless Chromium: streamed answer, sources, reload, library upload."""

from __future__ import annotations

import csv
import io
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gradio.utils import get_upload_folder
from playwright.sync_api import Browser, Page, expect

from rag.index import Index

from conftest import ARTIFACTS, WAIT, launch_app

pytestmark = pytest.mark.browser

SEED_TITLE = "Ukraine conflict escalates: 10,000 North Korean troops mobilized in Russia"
JEON_QUOTE = (
    "More than 10,000 North Korean troops have now been sent to Russia, and we "
    "understand that a significant number of them have moved to frontline areas, "
    "including Kursk"
)
UPLOAD_TITLE = "Kelmont harbour ferry fares rise by 8 percent"
UPLOAD_TEXT = f"""{UPLOAD_TITLE}

The Kelmont harbour authority said on Monday that ferry fares will rise by 8 percent in April.
"We have no other choice because fuel costs doubled," said harbour director Mara Quill.
A leaflet at the pier read <img src=x onerror="alert('xss')"> and [free tickets](javascript:alert(2)).
"""


@pytest.fixture
def app_url(seeded: Index) -> Iterator[str]:
    demo, url = launch_app(seeded)
    try:
        yield url
    finally:
        demo.close()


def _shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"ui-{name}.png"))


def _ask(page: Page, question: str, n_answers: int) -> Any:
    """Ask in the chat; wait for the streamed text, then for the verified final message."""
    page.locator("#question textarea").fill(question)
    page.locator("#ask").click()
    bot = page.locator("#chatbot [data-testid='bot']")
    expect(bot).to_have_count(n_answers, timeout=WAIT)
    expect(page.locator("#chatbot .answer-meta")).to_have_count(n_answers, timeout=WAIT)
    return page.locator("#chatbot details.sources").nth(n_answers - 1)


def test_chat_sources_reload_who_said_and_upload(
    app_url: str, browser: Browser, seeded: Index, seed_text: str, tmp_path: Path
) -> None:
    stats = seeded.stats()
    n_articles, n_chunks = stats["articles"], stats["chunks"]
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(app_url)
    expect(page.locator("#status")).to_contain_text(
        f"Index: {n_articles} articles, {n_chunks} chunks", timeout=WAIT
    )

    # 1. A question, streamed and then replaced by the verified answer with its sources.
    sources = _ask(page, "Who said what about Kursk?", 1)
    answer = page.locator("#chatbot [data-testid='bot']").first
    expect(answer).to_contain_text("Jeon Ha-kyou (South Korea's defence ministry spokesman):")
    expect(sources.locator(".source-title").first).to_have_text(SEED_TITLE)
    sources.locator("summary").click()
    marks = sources.locator("mark").all_text_contents()
    assert JEON_QUOTE in marks
    for text in marks:
        assert text in seed_text, text
    sources.locator("mark").first.scroll_into_view_if_needed()
    _shot(page, "chat-sources")

    # 2. A reload shows the same answer with the same sources (saved server-side).
    page.reload()
    expect(page.locator("#chatbot details.sources")).to_have_count(1, timeout=WAIT)
    assert page.locator("#chatbot details.sources mark").all_text_contents() == marks
    expect(page.locator("#chat-select input")).to_have_value(
        re.compile(r"^Who said what about Kursk\? · \d{4}-\d\d-\d\d \d\d:\d\d$")
    )

    # 3. Who said what: a sortable table and a CSV download.
    page.get_by_role("tab", name="Who said what").click()
    page.locator("#who-topic textarea").fill("x" * 50_000)  # refused with a message, at once
    page.locator("#who-run").click()
    expect(page.locator("#who-message")).to_contain_text(
        "The topic is 50000 characters long; the limit is 2000.", timeout=WAIT
    )
    page.locator("#who-topic textarea").fill("Kursk")
    page.locator("#who-run").click()
    expect(page.locator("#who-table")).to_contain_text("Patrick Ryder", timeout=WAIT)
    expect(page.locator("#who-table")).to_contain_text("Jeon Ha-kyou")
    with page.expect_download(timeout=WAIT) as dl:
        page.locator("#who-csv").click()
    rows = list(csv.DictReader(io.StringIO(Path(dl.value.path()).read_text(encoding="utf-8"))))
    assert {"Jeon Ha-kyou", "Patrick Ryder"} <= {r["speaker"] for r in rows}
    _shot(page, "who-said")
    # An exact phrase: the earliest article that carried it, and who said it.
    page.locator("#who-topic textarea").fill('"numbers that can be misleading"')
    page.locator("#who-run").click()
    expect(page.locator("#who-message")).to_contain_text(
        f"First carried by {SEED_TITLE}", timeout=WAIT
    )
    expect(page.locator("#who-message")).to_contain_text("said by Patrick Ryder")

    # 4. Library: upload a good and a bad file; the good one is listed, the bad one explained.
    good = tmp_path / "kelmont-fares.txt"
    good.write_text(UPLOAD_TEXT, encoding="utf-8")
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 not an article")
    page.get_by_role("tab", name="Library").click()
    expect(page.locator("#library-table")).to_contain_text(SEED_TITLE, timeout=WAIT)
    started = time.time() - 1
    page.locator("#upload input[type=file]").set_input_files([str(good), str(bad)])
    expect(page.locator("#library-table")).to_contain_text(UPLOAD_TITLE, timeout=WAIT)
    msg = page.locator("#ingest-message")
    expect(msg).to_contain_text(f"✓ added {UPLOAD_TITLE} (1 chunk)", timeout=WAIT)
    expect(msg).to_contain_text("✗ skipped scan.pdf: has unsupported type '.pdf'")
    # The uploads were deleted once ingested (Gradio would keep them forever).
    uploaded = [
        p
        for p in Path(get_upload_folder()).rglob("*")
        if p.name in (good.name, bad.name) and p.stat().st_mtime >= started
    ]
    assert uploaded == []
    expect(page.locator("#status")).to_contain_text(
        f"Index: {n_articles + 1} articles, {n_chunks + 1} chunks"
    )
    _shot(page, "library-upload")

    # 5. Injected HTML and links in an article are shown as text, never run or linked.
    page.get_by_role("tab", name="Chat").click()
    sources = _ask(page, "What did Mara Quill say about ferry fares?", 2)
    sources.locator("summary").click()
    expect(sources).to_contain_text("""<img src=x onerror="alert('xss')">""")
    expect(sources).to_contain_text("[free tickets](javascript:alert(2))")
    assert page.locator("#chatbot img[src='x']").count() == 0
    assert page.locator("#chatbot a[href^='javascript']").count() == 0
    assert dialogs == []
    sources.locator("blockquote").first.evaluate("el => el.scrollIntoView({block: 'center'})")
    _shot(page, "chat-injection")
    page.close()


def _login(browser: Browser, url: str, user: str, password: str) -> Page:
    """A fresh browser profile (own cookies and localStorage) logged in through the form."""
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(url)
    page.get_by_label("username").fill(user)
    page.get_by_label("password").fill(password)
    page.get_by_role("button", name="Login").click()
    _loaded(page)
    return page


def _loaded(page: Page) -> None:
    """Wait until the page-load event ran: it fills the library table, chats come with it."""
    page.get_by_role("tab", name="Library").click()
    expect(page.locator("#library-table")).to_contain_text(SEED_TITLE, timeout=WAIT)
    page.get_by_role("tab", name="Chat").click()


def test_two_logged_in_users_never_see_or_delete_each_others_chats(
    seeded: Index, browser: Browser
) -> None:
    demo, url = launch_app(seeded, auth=[("ann", "ann-pw-1"), ("bob", "bob-pw-2")])
    try:
        ann = _login(browser, url, "ann", "ann-pw-1")
        _ask(ann, "Who said what about Kursk?", 1)
        expect(ann.locator("#chat-select input")).to_have_value(
            re.compile(r"^Who said what about Kursk\? · ")
        )

        bob = _login(browser, url, "bob", "bob-pw-2")
        expect(bob.locator("#chat-select input")).to_have_value("")
        assert bob.locator("#chatbot [data-testid='bot']").count() == 0
        # Bob asks and then undoes his own turn: Undo reaches only his chat.
        _ask(bob, "How many North Korean troops are in Russia?", 1)
        bob.locator("#chatbot button[aria-label='Undo']").click()
        expect(bob.locator("#chatbot [data-testid='bot']")).to_have_count(0, timeout=WAIT)
        bob.reload()
        _loaded(bob)
        assert bob.locator("#chatbot [data-testid='bot']").count() == 0
        bob.locator("#chat-select input").click()  # the saved-chat list offers nothing
        expect(bob.get_by_role("option")).to_have_count(0)

        ann.reload()
        expect(ann.locator("#chatbot details.sources")).to_have_count(1, timeout=WAIT)
        expect(ann.locator("#chatbot [data-testid='user']")).to_have_text(
            ["Who said what about Kursk?"]
        )
        _shot(ann, "two-users-ann")
    finally:
        demo.close()
