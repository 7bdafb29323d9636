"""The chat app in a real browser: page load, time to first streamed token, full answer, memory.

    .venv/bin/python bench/ui.py            # 3 page loads, 2 questions, embedded SmolLM2 model
    .venv/bin/python bench/ui.py --backend extractive

The app runs as its own process, exactly as ``newsrag serve`` starts it (``ui.app.serve``: fresh
data dir, seeds/ ingested on first run, the local model loaded in the background), so its
memory is measured apart from the browser and this script:

* startup: process start until the page answers HTTP 200 (includes ingesting seeds/);
* idle RSS: once the app's RSS has been stable for 3 s (model loaded, nothing asked yet);
* peak RSS: the kernel's high-water mark (VmHWM in /proc/PID/status) after all questions;
* page load: ``page.goto`` until the question box is visible, in a fresh browser context
  (no cache), and the browser's own ``load`` event time (Navigation Timing);
* per question, in a new chat: from the click on Ask (inside the page) to the first streamed
  text in the answer bubble (TTFT), and to the verified final message (the one carrying the
  sources and the model footer), both timed in the page with a MutationObserver.

Headless Chromium is /usr/bin/chromium (Debian package); never ``playwright install``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402
    DEFAULT_WORKDIR,
    PY,
    ROOT,
    free_port,
    fresh_dir,
    table,
    wait_http,
    write_results,
)

QUESTIONS = ["Who said what about Kursk?", "How many North Korean troops are in Russia?"]
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
OBSERVE = """
() => {
  const root = document.querySelector('#chatbot');
  const bots0 = root.querySelectorAll('[data-testid=bot]').length;
  const metas0 = root.querySelectorAll('.answer-meta').length;
  const b = window.__bench = {t0: performance.now(), first: null, final: null, error: null};
  const obs = new MutationObserver(() => {
    const bots = root.querySelectorAll('[data-testid=bot]');
    const last = bots.length > bots0 ? bots[bots.length - 1].textContent : '';
    const text = last.replace('\\u258d', '').trim();
    if (b.first === null && text.length > 0) b.first = performance.now();
    if (text.startsWith('\\u26a0')) { b.error = text; b.final = performance.now(); }
    if (root.querySelectorAll('.answer-meta').length > metas0) b.final = performance.now();
    if (b.final !== null) obs.disconnect();
  });
  obs.observe(root, {subtree: true, childList: true, characterData: true});
  document.querySelector('#ask').click();
}
"""


def rss_mb(pid: int) -> float:
    import psutil

    return round(psutil.Process(pid).memory_info().rss / 2**20, 1)


def hwm_mb(pid: int) -> float:
    """Peak RSS of a live process (VmHWM, kB)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def wait_idle(pid: int, settle: float = 3.0, timeout: float = 120.0) -> float:
    """RSS once it has changed by less than 2 MB for ``settle`` seconds."""
    end = time.monotonic() + timeout
    last, since = rss_mb(pid), time.monotonic()
    while time.monotonic() < end:
        time.sleep(0.25)
        now = rss_mb(pid)
        if abs(now - last) > 2:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= settle:
            return now
    return rss_mb(pid)


def ask(page: Any, question: str, timeout_s: float) -> dict[str, Any]:
    page.locator("#new-chat").click()
    page.wait_for_function("document.querySelectorAll('#chatbot [data-testid=bot]').length == 0")
    page.locator("#question textarea").fill(question)
    page.evaluate(OBSERVE)
    page.wait_for_function("window.__bench.final !== null", timeout=timeout_s * 1000)
    b = page.evaluate("window.__bench")
    meta = page.locator("#chatbot .answer-meta").last
    return {
        "question": question,
        "first_token_s": round((b["first"] - b["t0"]) / 1000, 3) if b["first"] else None,
        "total_s": round((b["final"] - b["t0"]) / 1000, 3),
        "model": meta.text_content() if not b["error"] else None,
        "error": b["error"],
        "sources": page.locator("#chatbot details.sources").last.locator(".source").count()
        if not b["error"]
        else 0,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--backend", default="local", choices=["local", "extractive", "openai"])
    ap.add_argument("--loads", type=int, default=3, help="page loads to time")
    ap.add_argument("--timeout", type=float, default=300, help="seconds per answer")
    ns = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    work = fresh_dir(DEFAULT_WORKDIR / "ui")
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    env = os.environ | {
        "RAG_DATA_DIR": str(work / "data"),
        "RAG_LLM": ns.backend,
        "GRADIO_ANALYTICS_ENABLED": "False",
        "HF_HUB_OFFLINE": "1",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("RAG_UI_AUTH", None)
    code = (
        "from ui.app import serve; "
        f"serve(host='127.0.0.1', port={port}, seeds={str(ROOT / 'seeds')!r})"
    )
    log = (work / "app.log").open("wb")
    t0 = time.monotonic()
    proc = subprocess.Popen(
        [PY, "-c", code], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        wait_http(url, proc, timeout=300)
        startup_s = time.monotonic() - t0
        idle = wait_idle(proc.pid)
        loads: list[dict[str, float]] = []
        answers: list[dict[str, Any]] = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            for _ in range(ns.loads):
                ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
                page = ctx.new_page()
                t = time.perf_counter()
                page.goto(url)
                page.locator("#question textarea").wait_for(state="visible")
                ready = time.perf_counter() - t
                nav = page.evaluate("performance.getEntriesByType('navigation')[0].toJSON()")
                loads.append(
                    {
                        "ready_s": round(ready, 3),
                        "load_event_s": round(nav["loadEventEnd"] / 1000, 3),
                    }
                )
                ctx.close()
            ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = ctx.new_page()
            page.goto(url)
            page.locator("#question textarea").wait_for(state="visible")
            for q in QUESTIONS:
                answers.append(ask(page, q, ns.timeout))
            ctx.close()
            browser.close()
        peak = hwm_mb(proc.pid)
        after = rss_mb(proc.pid)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()

    print(
        f"app: backend {ns.backend}, started (seeds ingested) in {startup_s:.1f} s; "
        f"RSS idle {idle:.0f} MB, after answers {after:.0f} MB, peak {peak:.0f} MB"
    )
    print()
    print(
        table(
            [[i + 1, x["ready_s"], x["load_event_s"]] for i, x in enumerate(loads)],
            ["page load", "question box visible (s)", "load event (s)"],
        )
    )
    print()
    print(
        table(
            [
                [
                    a["question"],
                    a["first_token_s"],
                    a["total_s"],
                    a["sources"],
                    a["model"] or a["error"],
                ]
                for a in answers
            ],
            ["question", "first token (s)", "full answer (s)", "sources", "answered by"],
        )
    )
    write_results(
        "ui",
        {
            "backend": ns.backend,
            "startup_s": round(startup_s, 2),
            "rss_mb": {"idle": idle, "after_answers": after, "peak": peak},
            "page_load": loads,
            "page_load_median_s": round(statistics.median(x["ready_s"] for x in loads), 3),
            "answers": answers,
        },
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
