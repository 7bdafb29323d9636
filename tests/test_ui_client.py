"""The chat app's script API over a real seeded index, called with gradio_client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gradio_client import Client

from rag.errors import ConfigError
from rag.index import Index
from rag.settings import Settings
from rag.types import CANNOT_ANSWER
from ui.app import CSS, build_app, is_loopback, parse_auth, refusal_message, serve

from conftest import SEEDS, free_port

SEED_TITLE = "Ukraine conflict escalates: 10,000 North Korean troops mobilized in Russia"
EMPTY = (
    "The question is empty. Type a question about the indexed articles, for example "
    '"Who said what about Kursk?".'
)


def _launch(index: Index) -> tuple[Any, Client]:
    demo = build_app(index=index)
    _, url, _ = demo.launch(
        server_name="127.0.0.1",
        server_port=free_port(),
        prevent_thread_lock=True,
        quiet=True,
        css=CSS,
    )
    return demo, Client(url, verbose=False)


@pytest.fixture
def client(seeded: Index) -> Iterator[Client]:
    demo, c = _launch(seeded)
    try:
        yield c
    finally:
        c.close()
        demo.close()


def test_only_the_script_endpoints_are_public(client: Client) -> None:
    api = client.view_api(return_format="dict", print_info=False)
    assert sorted(api["named_endpoints"]) == ["/ask", "/summarize", "/who_said"]
    assert api["unnamed_endpoints"] == {}


def test_ask_returns_verified_citations(client: Client, seed_text: str) -> None:
    res = client.predict("How many North Korean troops are in Russia?", api_name="/ask")
    assert res["error"] is None
    assert res["cannot_answer"] is False
    assert res["model"] == "extractive"
    assert res["mode"] == "answer"
    assert "More than 10,000 North Korean troops have now been sent to Russia" in res["text"]
    assert "[1]" in res["text"]
    cit = res["citations"]["1"]
    assert (cit["title"], cit["outlet"], cit["published"]) == (
        SEED_TITLE,
        "Caliber.Az",
        "2024-11-05",
    )
    assert seed_text[cit["start"] : cit["end"]] == cit["text"]
    assert cit["spans"], cit
    for start, end in cit["spans"]:
        assert cit["start"] <= start < end <= cit["end"]
    assert [seed_text[s:e] for s, e in cit["spans"]][-1] == (
        "More than 10,000 North Korean troops have now been sent to Russia, and we understand "
        "that a significant number of them have moved to frontline areas, including Kursk"
    )


def test_ask_who_said_and_follow_up_with_history(client: Client) -> None:
    res = client.predict("Who said what about Kursk?", api_name="/ask")
    assert res["mode"] == "who_said"
    assert res["text"].startswith("**Jeon Ha-kyou** (South Korea's defence ministry spokesman):")
    assert "**Patrick Ryder**" in res["text"]
    assert {c["title"] for c in res["citations"].values()} == {SEED_TITLE}
    follow = client.predict(
        question="And what about Zelenskyy?",
        history=[["Who said what about Kursk?", res["text"]]],
        api_name="/ask",
    )
    assert follow["error"] is None
    assert follow["standalone_question"] == (
        "And what about Zelenskyy (follow-up to: Who said what about Kursk)?"
    )


def test_ask_errors_are_friendly_messages(client: Client) -> None:
    assert client.predict("", api_name="/ask") == {
        "error": EMPTY,
        "text": "",
        "citations": {},
        "cannot_answer": False,
        "model": "",
    }
    too_long = client.predict("x" * 2001, api_name="/ask")
    assert too_long["error"] == (
        "The question is 2001 characters long; the limit is 2000. "
        "Shorten it, or raise RAG_MAX_QUESTION_CHARS."
    )
    bad_date = client.predict(question="Kursk", published_from="last week", api_name="/ask")
    assert bad_date["error"].startswith("Filter published_from: ")
    nothing = client.predict("What is the weather on Mars in 3000?", api_name="/ask")
    assert (nothing["error"], nothing["text"], nothing["cannot_answer"], nothing["citations"]) == (
        None,
        CANNOT_ANSWER,
        True,
        {},
    )


def test_who_said_endpoint(client: Client, seed_text: str) -> None:
    res = client.predict(topic="Kursk", api_name="/who_said")
    assert res["error"] is None
    speakers = {a["speaker"] for a in res["attributions"]}
    assert {"Jeon Ha-kyou", "Patrick Ryder"} <= speakers
    for a in res["attributions"]:
        assert seed_text[a["start"] : a["end"]] == a["quote"]
        assert (a["title"], a["outlet"], a["published"]) == (SEED_TITLE, "Caliber.Az", "2024-11-05")
    ryder = next(a for a in res["attributions"] if a["speaker"] == "Patrick Ryder")
    assert ryder["role"] == "Major General; spokesperson for the U.S. Department of Defense"
    assert ryder["kind"] == "direct"


def test_summarize_endpoint(client: Client, seeded: Index) -> None:
    art = next(a for a in seeded.list_articles() if a["title"] == SEED_TITLE)
    res = client.predict(article_id=art["id"][:8], api_name="/summarize")
    assert res["error"] is None
    assert res["mode"] == "summary"
    assert res["question"] == f'Summary of the article "{SEED_TITLE}"'
    assert res["citations"] and {c["title"] for c in res["citations"].values()} == {SEED_TITLE}
    both = client.predict(article_id=art["id"], topic="Kursk", api_name="/summarize")
    assert both["error"] == "Give either article_id or topic to summarize, not both or neither."


def test_loopback_and_auth_parsing() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    assert parse_auth("ann:s3:cret") == ("ann", "s3:cret")
    assert parse_auth(None) is None and parse_auth("") is None
    with pytest.raises(ConfigError) as exc:
        parse_auth("ann-no-password")
    assert str(exc.value) == ("--auth / RAG_UI_AUTH must look like user:password (both non-empty).")


def test_serve_refuses_a_public_host_without_auth(capsys: pytest.CaptureFixture[str]) -> None:
    expected = (
        "Refusing to listen on 0.0.0.0 without a password: anyone who can reach this "
        "machine could use the app. Pass --auth user:password (or set "
        "RAG_UI_AUTH=user:password), or listen on 127.0.0.1."
    )
    assert refusal_message("0.0.0.0") == expected
    with pytest.raises(ConfigError) as exc:
        serve(host="0.0.0.0", port=free_port(), seeds=None)
    assert str(exc.value) == expected
    # The CLI turns it into a message and a non-zero exit status.
    from rag.cli import main

    assert main(["serve", "--host", "0.0.0.0", "--port", str(free_port()), "--no-seed"]) == 1
    assert capsys.readouterr().err == f"Error: {expected}\n"


def test_serve_seeds_first_run_and_requires_the_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings(data_dir=tmp_path / "fresh", llm="extractive")
    port = free_port()
    demo = serve(
        host="127.0.0.1",
        port=port,
        auth="ann:hunter2",
        seeds=str(SEEDS),
        settings=settings,
        block=False,
    )
    try:
        out = capsys.readouterr().out
        assert "First run: indexing the seed articles" in out
        assert f"newsrag chat: http://localhost:{port}  (login required; user 'ann')" in out
        assert "hunter2" not in out
        with pytest.raises(ValueError):
            Client(f"http://127.0.0.1:{port}/", verbose=False)
        c = Client(f"http://127.0.0.1:{port}/", auth=("ann", "hunter2"), verbose=False)
        res = c.predict(topic="Kursk", api_name="/who_said")
        assert "Patrick Ryder" in {a["speaker"] for a in res["attributions"]}
        c.close()
    finally:
        demo.close()


@pytest.mark.slow
def test_local_llm_answers_through_the_app(seeded: Index) -> None:
    """One real question to the embedded SmolLM2 model (llama.cpp) through /ask."""
    seeded.settings = seeded.settings.model_copy(update={"llm": "local"})
    demo, c = _launch(seeded)
    try:
        res = c.predict("How many North Korean troops are in Russia?", api_name="/ask")
    finally:
        c.close()
        demo.close()
    assert res["error"] is None
    assert res["text"].strip()
    assert SEED_TITLE in {cit["title"] for cit in res["citations"].values()}
    if res["fallback"]:  # the documented extractive fallback when the model's text fails checks
        assert res["model"] == "extractive (fallback from local:SmolLM2-135M-Instruct.Q4_1.gguf)"
    else:
        assert res["model"] == "local:SmolLM2-135M-Instruct.Q4_1.gguf"
