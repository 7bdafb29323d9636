"""Shared fixtures: a tmp data dir per test, deterministic fakes, a seeded index."""

from __future__ import annotations

import hashlib
import math
import os
import re
import shutil
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ["RAG_NO_PROGRESS"] = "1"

import rag.openai_api  # noqa: E402
from rag.index import Index, close_all  # noqa: E402
from rag.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILE = SEEDS / "caliber-az-2024-11-05-north-korean-troops-kursk.json"
DATA = Path(__file__).resolve().parent / "data"
ARTIFACTS = ROOT / "test-artifacts"

# Nothing but loopback servers may be called from tests.
rag.openai_api.ALLOW_REAL_CALLS = False
sys._newsrag_raise = False  # type: ignore[attr-defined]


class FakeLLM:
    """Deterministic LLM for unit tests: replies from a queue and records what it was sent."""

    name = "fake"

    def __init__(self, replies: list[str] | None = None) -> None:
        self.replies: list[str] = list(replies or [])
        self.history: list[list[dict[str, str]]] = []
        self.usage: dict[str, int] = {}
        self.fail: Exception | None = None
        self.grammars: list[str | None] = []  # the output grammar of each call (local models)

    def enqueue(self, replies: list[str]) -> FakeLLM:
        self.replies.extend(replies)
        return self

    def complete(self, messages, *, max_tokens=None) -> str:
        return "".join(self.stream(messages, max_tokens=max_tokens))

    def stream(self, messages, *, max_tokens=None, grammar=None) -> Iterator[str]:
        self.history.append(messages)
        self.grammars.append(grammar)
        if self.fail is not None:
            raise self.fail
        reply = (
            self.replies.pop(0)
            if self.replies
            else "I cannot answer this from the indexed articles."
        )
        self.usage = {
            "prompt_tokens": sum(len(m["content"].split()) for m in messages),
            "completion_tokens": len(reply.split()),
        }
        yield from re.findall(r"\S+\s*", reply)

    @property
    def last_prompt(self) -> str:
        return "\n".join(m["content"] for m in self.history[-1])


class FakeEmbedder:
    """Bag-of-words hashing embedder: texts sharing words are nearer, no model needed."""

    name = "fake-bow"
    dim = 64

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def embed(self, texts: list[str]) -> list[list[float]]:
        self.calls.append(list(texts))
        out = []
        for t in texts:
            v = [0.0] * self.dim
            for w in re.findall(r"[a-z0-9]+", t.lower()):
                v[int(hashlib.md5(w.encode()).hexdigest(), 16) % self.dim] += 1.0
            n = math.sqrt(sum(x * x for x in v)) or 1.0
            out.append([x / n for x in v])
        return out


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path, monkeypatch):
    """Every test gets its own data dir and no RAG_*/OPENAI_* settings from the machine."""
    for key in list(os.environ):
        if (key.startswith("RAG_") and key != "RAG_NO_PROGRESS") or key.startswith("OPENAI_"):
            monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("RAG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    yield
    close_all()


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data", llm="extractive")


@pytest.fixture
def fake_llm() -> FakeLLM:
    return FakeLLM()


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture(scope="session")
def _seeded_dir(tmp_path_factory) -> Path:
    """One real ingest of seeds/ (MiniLM + embedded Chroma), copied per test that needs it."""
    d = tmp_path_factory.mktemp("seeded") / "data"
    idx = Index(Settings(data_dir=d, llm="extractive"))
    report = idx.ingest([SEEDS], progress=False)
    assert not report.skipped, report
    idx.close()
    close_all()
    return d


@pytest.fixture
def seeded(_seeded_dir, tmp_path) -> Index:
    """An Index over the seed articles in this test's own data dir."""
    d = tmp_path / "data"
    shutil.rmtree(d, ignore_errors=True)
    shutil.copytree(_seeded_dir, d)
    return Index(Settings(data_dir=d, llm="extractive"))


@pytest.fixture
def seed_text() -> str:
    import json

    return json.loads(SEED_FILE.read_text(encoding="utf-8"))["text"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- the app in a real headless Chromium (the browser tests share these) ---------------------------
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WAIT = 90_000  # ms; the CI machine has two shared cores


def launch_app(index: Index, **launch: object) -> tuple[object, str]:
    """The Gradio app over ``index`` on a free loopback port: (demo, url); close the demo."""
    from ui.app import CSS, build_app

    demo = build_app(index=index)
    _, url, _ = demo.launch(
        server_name="127.0.0.1",
        server_port=free_port(),
        prevent_thread_lock=True,
        quiet=True,
        css=CSS,
        **launch,  # type: ignore[arg-type]
    )
    return demo, url


@pytest.fixture
def browser() -> Iterator[object]:
    """Headless Debian Chromium through Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()
