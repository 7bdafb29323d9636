"""The chat app as `newsrag serve` runs it (mounted in the API's server) in headless Chromium:
login, a cited answer, an upload; and the API and the app see the same library."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, expect
from test_ui_browser import _ask, _login, _shot

from rag.apikeys import KeyStore
from rag.index import Index
from ui.app import serve

from conftest import WAIT, free_port

pytestmark = pytest.mark.browser

JEON_QUOTE = (
    "More than 10,000 North Korean troops have now been sent to Russia, and we "
    "understand that a significant number of them have moved to frontline areas, "
    "including Kursk"
)


def test_served_app_and_api_share_logins_and_library(
    seeded: Index,
    browser: Browser,
    tmp_path: Path,
) -> None:
    _, token = KeyStore(seeded.data_dir).create(user="ann")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    served = serve(port=port, auth="ann:pw-1", seeds=None, settings=seeded.settings, block=False)
    api = httpx.Client(
        base_url=f"{url}/api/v1", headers={"Authorization": f"Bearer {token}"}, timeout=120
    )
    try:
        page = _login(browser, f"{url}/", "ann", "pw-1")
        sources = _ask(page, "How many North Korean troops are in Russia?", 1)
        sources.locator("summary").click()
        assert JEON_QUOTE in sources.locator("mark").all_text_contents()
        _shot(page, "served-chat")

        # Added through the app's Library tab: the API lists it.
        upload = tmp_path / "ferry.txt"
        upload.write_text(
            "Kelmont ferry timetable changes\n\nThe Kelmont ferry will leave every 20 minutes "
            "from May, harbour director Mara Quill said on Monday.\n",
            encoding="utf-8",
        )
        page.get_by_role("tab", name="Library").click()
        page.locator("#upload input[type=file]").set_input_files([str(upload)])
        expect(page.locator("#ingest-message")).to_contain_text(
            "✓ added Kelmont ferry timetable changes (1 chunk)", timeout=WAIT
        )
        titles = [a["title"] for a in api.get("/articles").json()["articles"]]
        assert "Kelmont ferry timetable changes" in titles

        # Removed through the API: the app's library no longer shows it after a reload.
        aid = next(
            a["id"]
            for a in api.get("/articles").json()["articles"]
            if a["title"] == "Kelmont ferry timetable changes"
        )
        assert api.delete(f"/articles/{aid}").json() == {"removed": aid}
        page.reload()
        page.get_by_role("tab", name="Library").click()
        expect(page.locator("#library-table")).to_contain_text("Ukraine conflict", timeout=WAIT)
        expect(page.locator("#library-table")).not_to_contain_text("Kelmont ferry")
        _shot(page, "served-library")
        page.close()
    finally:
        api.close()
        served.close()
