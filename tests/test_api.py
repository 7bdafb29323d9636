"""The REST API and the OpenAI-compatible endpoint, on a real server on 127.0.0.1.

Driven with httpx and with the real ``openai`` SDK; the index is the seed articles (real
MiniLM embeddings, extractive answers) or, where the model's words are the point, a FakeLLM.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import uvicorn
from fastapi import FastAPI

from rag.apikeys import KeyStore, RateLimiter
from rag.index import Index
from rag.settings import Settings
from rag.types import CANNOT_ANSWER
from ui.api import build_api

from conftest import FakeLLM, free_port

SEED_TITLE = "Ukraine conflict escalates: 10,000 North Korean troops mobilized in Russia"
TROOPS = "How many North Korean troops are in Russia?"
MISSING_KEY = {
    "error": {
        "message": "This API needs an API key: send the header 'Authorization: Bearer nr_...'. "
        "Create a key on the server with `newsrag api-key create --user NAME`.",
        "type": "missing_api_key",
        "code": 401,
    }
}
BAD_KEY = {
    "error": {
        "message": "The API key is not valid: it is unknown, revoked or mistyped. Create a new "
        "one on the server with `newsrag api-key create`, or see the active ones with "
        "`newsrag api-key list`.",
        "type": "invalid_api_key",
        "code": 401,
    }
}


@contextmanager
def running(app: FastAPI) -> Iterator[str]:
    """Serve ``app`` with uvicorn on a free loopback port; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@pytest.fixture
def keys(seeded: Index) -> KeyStore:
    return KeyStore(seeded.data_dir)


@pytest.fixture
def api(seeded: Index, keys: KeyStore) -> Iterator[tuple[str, str]]:
    """(base URL, an API key) of a server over the seed articles."""
    _, token = keys.create(user="ann", name="tests")
    with running(build_api(seeded, keys=keys)) as url:
        yield url, token


def _client(url: str, token: str | None = None) -> httpx.Client:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(base_url=url, headers=headers, timeout=120)


# -- keys, errors and rate limits --------------------------------------------------------------
def test_missing_and_bad_keys_get_401_with_how_to_get_one(
    api: tuple[str, str], keys: KeyStore
) -> None:
    url, token = api
    with _client(url) as c:
        r = c.post("/api/v1/answer", json={"question": TROOPS})
        assert (r.status_code, r.json(), r.headers["www-authenticate"]) == (
            401,
            MISSING_KEY,
            "Bearer",
        )
        key_id = token.split("_")[1]
        for bad in (
            token[:-1] + ("A" if token[-1] != "A" else "B"),  # one character off
            f"nr_{key_id}_",  # no secret
            "nr_00000000_" + token.split("_", 2)[2],  # unknown id
            "sk-not-a-newsrag-key",
        ):
            r = c.get("/api/v1/articles", headers={"Authorization": f"Bearer {bad}"})
            assert (r.status_code, r.json()) == (401, BAD_KEY), bad
        assert c.get("/api/v1/articles", headers={"Authorization": f"Bearer {token}"}).is_success
        keys.revoke(key_id)
        r = c.get("/api/v1/articles", headers={"Authorization": f"Bearer {token}"})
        assert (r.status_code, r.json()) == (401, BAD_KEY)
    # The openai SDK shows the same message.
    bad_client = openai.OpenAI(base_url=f"{url}/v1", api_key="nr_12345678_wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as exc:
        bad_client.chat.completions.create(
            model="newsrag", messages=[{"role": "user", "content": TROOPS}]
        )
    assert exc.value.status_code == 401
    assert exc.value.body == BAD_KEY["error"]


def test_keyless_on_loopback_only_until_a_key_exists(seeded: Index, keys: KeyStore) -> None:
    with running(build_api(seeded, keys=keys)) as url, _client(url) as c:
        assert c.get("/api/v1/articles").status_code == 200
        # A page on another site (CSRF) and a rebound DNS name are not "you".
        r = c.get("/api/v1/articles", headers={"Origin": "https://evil.example"})
        assert (r.status_code, r.json()["error"]["message"]) == (
            403,
            "A request from a web page on another site needs an API key; send "
            "'Authorization: Bearer nr_...' (create a key with `newsrag api-key create`).",
        )
        r = c.get("/api/v1/articles", headers={"Host": "evil.example"})
        assert (r.status_code, r.json()["error"]["message"]) == (
            403,
            "Without an API key this server only answers requests addressed to localhost; send "
            "'Authorization: Bearer nr_...' (create a key with `newsrag api-key create`).",
        )
        host = url.removeprefix("http://")
        assert c.get("/api/v1/articles", headers={"Origin": f"http://{host}"}).status_code == 200
        # The first key switches keys on, without a restart.
        _, token = keys.create()
        assert (c.get("/api/v1/articles").status_code, c.get("/v1/models").json()) == (
            401,
            MISSING_KEY,
        )
        ok = c.get("/api/v1/articles", headers={"Authorization": f"Bearer {token}"})
        assert ok.status_code == 200


def test_with_logins_every_call_needs_a_key(seeded: Index, keys: KeyStore) -> None:
    with running(build_api(seeded, keys=keys, logins=["ann"])) as url, _client(url) as c:
        r = c.get("/api/v1/articles")
        assert (r.status_code, r.json()) == (401, MISSING_KEY)


def test_rate_limit_is_per_key_with_retry_after(seeded: Index, keys: KeyStore) -> None:
    now = [1000.0]
    limiter = RateLimiter(2, clock=lambda: now[0])
    _, ann = keys.create(user="ann")
    _, bob = keys.create(user="bob")
    with running(build_api(seeded, keys=keys, limiter=limiter)) as url:
        with _client(url, ann) as a, _client(url, bob) as b:
            assert [a.get("/v1/models").status_code for _ in range(2)] == [200, 200]
            r = a.get("/v1/models")
            assert (r.status_code, r.headers["retry-after"], r.json()) == (
                429,
                "30",
                {
                    "error": {
                        "message": "Too many requests for this API key: the limit is 2 a "
                        "minute. Retry in 30 s, or ask the server's owner to raise "
                        "RAG_API_RATE_PER_MINUTE.",
                        "type": "rate_limit_exceeded",
                        "code": 429,
                    }
                },
            )
            assert b.get("/v1/models").status_code == 200  # bob has his own bucket
            now[0] += 20  # 2/3 of a request refilled: 10 s to go
            r = a.get("/v1/models")
            assert (r.status_code, r.headers["retry-after"]) == (429, "10")
            now[0] += 10
            assert a.get("/v1/models").status_code == 200
        sdk = openai.OpenAI(base_url=f"{url}/v1", api_key=ann, max_retries=0)
        with pytest.raises(openai.RateLimitError) as exc:
            sdk.models.list()
        assert exc.value.response.headers["retry-after"] == "30"


def test_token_bucket_refills_at_the_rate_and_caps_the_burst() -> None:
    now = [0.0]
    rl = RateLimiter(60, clock=lambda: now[0])  # one a second, bursts of 60
    assert [rl.take("k") for _ in range(60)] == [0.0] * 60
    assert rl.take("k") == pytest.approx(1.0)
    now[0] += 0.5
    assert rl.take("k") == pytest.approx(0.5)
    now[0] += 3600  # an idle hour refills to the burst size, not beyond
    assert [rl.take("k") for _ in range(61)][-2:] == [0.0, pytest.approx(1.0)]
    assert RateLimiter(0).take("k") == 0.0  # 0 = no limit


def test_bad_requests_get_the_library_message(api: tuple[str, str]) -> None:
    url, token = api
    with _client(url, token) as c:
        cases: list[tuple[str, dict[str, Any], int, str]] = [
            (
                "/api/v1/answer",
                {"question": "  "},
                400,
                "The question is empty. Type a question about the indexed articles, for "
                'example "Who said what about Kursk?".',
            ),
            (
                "/api/v1/answer",
                {"question": TROOPS, "k": 51},
                400,
                "k must be a whole number from 1 to 50; got 51.",
            ),
            (
                "/api/v1/answer",
                {"question": TROOPS, "colour": "red"},
                422,
                "The request is not valid: colour: Extra inputs are not permitted. See "
                "/api/docs for the expected fields.",
            ),
            (
                "/api/v1/answer",
                {},
                422,
                "The request is not valid: question: Field required. See /api/docs for the "
                "expected fields.",
            ),
            (
                "/api/v1/who_said",
                {"topic": ""},
                400,
                "Type a topic or a person, for example Kursk.",
            ),
            (
                "/api/v1/summarize",
                {"article_id": "f594", "topic": "Kursk"},
                400,
                "Give either article_id or topic to summarize, not both or neither.",
            ),
            (
                "/v1/chat/completions",
                {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]},
                404,
                "The model 'gpt-4o' does not exist here; use 'newsrag' (GET /v1/models).",
            ),
            (
                "/v1/chat/completions",
                {"model": "newsrag", "messages": [{"role": "system", "content": "Be brief."}]},
                400,
                "The last message must be the user's question (role 'user'), not 'system'.",
            ),
            ("/api/v1/nothing", {}, 404, "No such endpoint: POST /api/v1/nothing; see /api/docs."),
        ]
        for path, body, status, message in cases:
            r = c.post(path, json=body)
            assert r.status_code == status, (path, body, r.text)
            err = r.json()["error"]
            assert err["code"] == status
            assert err["message"] == message
        r = c.post(
            "/api/v1/answer", content=b"{question", headers={"Content-Type": "application/json"}
        )
        assert (r.status_code, r.json()["error"]["message"]) == (
            422,
            "The request is not valid: the body is not valid JSON (Expecting property name "
            "enclosed in double quotes). See /api/docs for the expected fields.",
        )


# -- the endpoints -----------------------------------------------------------------------------
def test_answer_json_has_verified_citations(api: tuple[str, str], seed_text: str) -> None:
    url, token = api
    with _client(url, token) as c:
        r = c.post("/api/v1/answer", json={"question": TROOPS, "k": 4})
    assert r.status_code == 200
    res = r.json()
    assert (res["question"], res["cannot_answer"], res["source"], res["mode"]) == (
        TROOPS,
        False,
        "extractive",
        "answer",
    )
    assert "More than 10,000 North Korean troops have now been sent to Russia" in res["text"]
    assert sorted(res["citations"]) == ["1"]
    assert "[1]" in res["text"]
    cit = res["citations"]["1"]
    assert (cit["number"], cit["title"], cit["outlet"], cit["published"]) == (
        1,
        SEED_TITLE,
        "Caliber.Az",
        "2024-11-05",
    )
    assert len(cit["chunk_id"]) > 0 and cit["article_id"] == res["passages"][0]["article_id"]
    assert seed_text[cit["start"] : cit["end"]] == cit["text"]
    assert [seed_text[s:e] for s, e in cit["spans"]][-1] == (
        "More than 10,000 North Korean troops have now been sent to Russia, and we understand "
        "that a significant number of them have moved to frontline areas, including Kursk"
    )
    assert [p["rank"] for p in res["passages"]] == list(range(1, len(res["passages"]) + 1))
    assert len(res["passages"]) <= 4


def test_answer_follow_up_uses_the_history(api: tuple[str, str]) -> None:
    url, token = api
    with _client(url, token) as c:
        first = c.post("/api/v1/answer", json={"question": "Who said what about Kursk?"}).json()
        follow = c.post(
            "/api/v1/answer",
            json={
                "question": "And what about Zelenskyy?",
                "history": [{"question": "Who said what about Kursk?", "answer": first["text"]}],
            },
        ).json()
        nothing = c.post("/api/v1/answer", json={"question": "What is the weather on Mars?"})
    assert first["mode"] == "who_said"
    assert first["text"].startswith("**Jeon Ha-kyou** (South Korea's defence ministry spokesman):")
    assert follow["standalone_question"] == (
        "And what about Zelenskyy (follow-up to: Who said what about Kursk)?"
    )
    assert (nothing.json()["text"], nothing.json()["cannot_answer"]) == (CANNOT_ANSWER, True)


def test_who_said_search_and_summarize(api: tuple[str, str], seed_text: str) -> None:
    url, token = api
    with _client(url, token) as c:
        who = c.post("/api/v1/who_said", json={"topic": " Kursk ", "k": 5}).json()
        search = c.post("/api/v1/search", json={"query": "Kursk", "k": 2}).json()
        arts = c.get("/api/v1/articles").json()["articles"]
        seed_id = next(a["id"] for a in arts if a["title"] == SEED_TITLE)
        summary = c.post("/api/v1/summarize", json={"article_id": seed_id[:8]}).json()
        outlet = c.post(
            "/api/v1/search", json={"query": "Kursk", "outlet": "No Such Outlet"}
        ).json()
    assert who["topic"] == "Kursk"
    ryder = next(a for a in who["attributions"] if a["speaker"] == "Patrick Ryder")
    assert (ryder["kind"], ryder["role"], ryder["published"]) == (
        "direct",
        "Major General; spokesperson for the U.S. Department of Defense",
        "2024-11-05",
    )
    for a in who["attributions"]:
        assert seed_text[a["start"] : a["end"]] == a["quote"]
    assert search["query"] == "Kursk"
    assert [p["rank"] for p in search["passages"]] == [1, 2]
    assert search["passages"][0]["title"] == SEED_TITLE
    assert {"fused_score", "dense_score", "bm25_score"} <= set(search["passages"][0])
    assert outlet["passages"] == []
    assert (summary["mode"], summary["question"]) == (
        "summary",
        f'Summary of the article "{SEED_TITLE}"',
    )
    assert {cit["title"] for cit in summary["citations"].values()} == {SEED_TITLE}


def test_articles_upload_list_delete_round_trip(tmp_path: Path, fake_embedder: Any) -> None:
    # The bag-of-words fake embedder scores one word against a passage low: no relevance floor.
    settings = Settings(data_dir=tmp_path / "data", llm="extractive", min_relevance=0.0)
    index = Index(settings, embedder=fake_embedder)
    story = "Varnholt ferry every ten minutes\n\n" + (
        "Varnholt's harbour ferry will run every ten minutes from June, the transport board "
        'said on Tuesday. "Nobody should wait half an hour for a boat," board chair Edda '
        "Lindqvist said."
    )
    (tmp_path / "ferry.txt").write_text(story, encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02" * 100)
    with running(build_api(index)) as url, _client(url) as c:
        assert c.get("/api/v1/articles").json() == {"articles": []}
        with (tmp_path / "ferry.txt").open("rb") as f:
            r = c.post("/api/v1/articles", files=[("files", ("ferry.txt", f, "text/plain"))])
        assert r.status_code == 201, r.text
        added = r.json()["added"]
        assert [(a["source"], a["chunks"]) for a in added] == [("ferry.txt", 1)]
        aid = added[0]["id"]
        assert str(tmp_path) not in r.text and "newsrag-api-" not in r.text
        # Again: unchanged, 200.
        with (tmp_path / "ferry.txt").open("rb") as f:
            again = c.post("/api/v1/articles", files=[("files", ("ferry.txt", f, "text/plain"))])
        assert (again.status_code, [a["id"] for a in again.json()["unchanged"]]) == (200, [aid])
        listed = c.get("/api/v1/articles").json()["articles"]
        assert [(a["id"], a["chunks"], a["status"]) for a in listed] == [(aid, 1, "complete")]
        who = c.post("/api/v1/who_said", json={"topic": "ferry"}).json()["attributions"]
        assert [(a["speaker"], a["quote"]) for a in who] == [
            ("Edda Lindqvist", "Nobody should wait half an hour for a boat")
        ]
        with (tmp_path / "blob.txt").open("rb") as f:
            bad = c.post("/api/v1/articles", files=[("files", ("blob.txt", f, "text/plain"))])
        assert bad.status_code == 422
        assert bad.json()["error"]["message"].startswith("No article was added: blob.txt: ")
        empty = c.post("/api/v1/articles", data={"urls": ["ftp://example.com/x"]})
        assert (empty.status_code, empty.json()["error"]["message"]) == (
            400,
            "Not a web address: 'ftp://example.com/x'; urls must start with http(s)://.",
        )
        assert c.post("/api/v1/articles").json()["error"]["message"] == (
            "Send article files (multipart field 'files') or web addresses (field 'urls')."
        )
        gone = c.delete(f"/api/v1/articles/{aid[:6]}")
        assert (gone.status_code, gone.json()) == (200, {"removed": aid})
        assert c.get("/api/v1/articles").json() == {"articles": []}
        again_gone = c.delete(f"/api/v1/articles/{aid}")
        assert (again_gone.status_code, again_gone.json()["error"]["message"]) == (
            404,
            f"No article with id '{aid}'; GET /api/v1/articles lists the ids.",
        )


def test_articles_by_url_from_a_web_server(tmp_path: Path, fake_embedder: Any) -> None:
    from webserver import FixtureServer

    # The fixture server is on 127.0.0.1, which remote callers may not reach by default.
    s = Settings(data_dir=tmp_path / "data", llm="extractive", api_web_private=True)
    index = Index(s, embedder=fake_embedder)
    with FixtureServer() as web, running(build_api(index)) as url, _client(url) as c:
        page = web.page("/news/port-strike", "ledger-port-strike.html")
        r = c.post("/api/v1/articles", data={"urls": [page, f"{web.url}/missing"]})
        assert r.status_code == 201, r.text
        body = r.json()
        assert [a["title"] for a in body["added"]] == [
            "Port Calloway dock workers strike over automated cranes"
        ]
        assert [(p["source"], p["message"], p["skipped"]) for p in body["problems"]] == [
            (f"{web.url}/missing", "answered HTTP 404 Not Found; check the address", True)
        ]


def test_api_url_ingest_does_not_reach_the_servers_network(
    tmp_path: Path, fake_embedder: Any
) -> None:
    from webserver import FixtureServer

    index = Index(Settings(data_dir=tmp_path / "data", llm="extractive"), embedder=fake_embedder)
    with FixtureServer() as web, running(build_api(index)) as url, _client(url) as c:
        page = web.page("/news/port-strike", "ledger-port-strike.html")
        r = c.post("/api/v1/articles", data={"urls": [page]})
        assert (r.status_code, r.json()["error"]["message"]) == (
            422,
            f"No article was added: {page}: 127.0.0.1 is a loopback address (127.0.0.1); web "
            "ingest through the API only fetches public addresses (run `newsrag ingest` on the "
            "server, or set RAG_API_WEB_PRIVATE=true)",
        )
        assert web.paths() == []


# -- OpenAI-compatible ---------------------------------------------------------------------------
@pytest.fixture
def fake_chat(seeded: Index, keys: KeyStore) -> Iterator[tuple[openai.OpenAI, FakeLLM]]:
    """An OpenAI client for a server whose answers come from a FakeLLM (then verified)."""
    fake = FakeLLM()
    _, token = keys.create(user="ann")
    with running(build_api(seeded, keys=keys, llm=fake)) as url:
        yield openai.OpenAI(base_url=f"{url}/v1", api_key=token, max_retries=0), fake


# The second sentence cites a passage that was never given: the verifier drops it.
FIRST = "More than 10,000 North Korean troops have now been sent to Russia [1]."
REPLY = f"{FIRST} The troops also landed on the Moon [9]."
# What survives verification, with the source's outlet and date after its first citation.
VERIFIED = (
    "More than 10,000 North Korean troops have now been sent to Russia [1] "
    "(Caliber.Az, 5 Nov 2024)."
)


def test_openai_sdk_chat_gets_the_verified_answer_and_sources(
    fake_chat: tuple[openai.OpenAI, FakeLLM], seed_text: str
) -> None:
    client, fake = fake_chat
    fake.enqueue([REPLY])
    res = client.chat.completions.create(
        model="newsrag", messages=[{"role": "user", "content": TROOPS}]
    )
    msg = res.choices[0].message
    assert (res.object, res.model, res.choices[0].finish_reason, msg.role) == (
        "chat.completion",
        "newsrag",
        "stop",
        "assistant",
    )
    assert msg.content == (
        f'{VERIFIED}\n\nSources:\n[1] {SEED_TITLE} — Caliber.Az, 2024-11-05: "More than 10,000 '
        "North Korean troops have now been sent to Russia, and we understand that a "
        "significant number of them…"
    )
    sources = res.model_extra["newsrag_sources"]  # type: ignore[index]
    assert [(s["number"], s["title"], s["published"]) for s in sources] == [
        (1, SEED_TITLE, "2024-11-05")
    ]
    assert seed_text[sources[0]["start"] : sources[0]["end"]] == sources[0]["text"]
    assert res.usage is not None and res.usage.completion_tokens == len(REPLY.split())
    assert re.fullmatch(r"chatcmpl-[0-9a-f]{32}", res.id), res.id
    # The passages (and the question) reached the model.
    assert TROOPS in fake.last_prompt and '<passage id="1"' in fake.last_prompt


def test_openai_sdk_streaming_sends_only_verified_text(
    fake_chat: tuple[openai.OpenAI, FakeLLM],
) -> None:
    client, fake = fake_chat
    fake.enqueue([REPLY])
    stream = client.chat.completions.create(
        model="newsrag",
        messages=[{"role": "user", "content": TROOPS}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text.startswith(VERIFIED + "\n\nSources:\n[1] ") and "Moon" not in text
    assert len([c for c in chunks if c.choices and c.choices[0].delta.content]) > 5
    assert chunks[0].choices[0].delta.role == "assistant"
    last = next(c for c in reversed(chunks) if c.choices)
    assert last.choices[0].finish_reason == "stop"
    assert [s["number"] for s in last.model_extra["newsrag_sources"]] == [1]  # type: ignore[index]
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens == len(REPLY.split())


def test_openai_sdk_chat_history_and_sources_off(
    fake_chat: tuple[openai.OpenAI, FakeLLM],
) -> None:
    client, fake = fake_chat
    fake.enqueue([REPLY, FIRST])
    first = client.chat.completions.create(
        model="newsrag", messages=[{"role": "user", "content": TROOPS}]
    )
    follow = client.chat.completions.create(
        model="newsrag",
        messages=[
            {"role": "system", "content": "You are terse."},
            {"role": "user", "content": TROOPS},
            {"role": "assistant", "content": first.choices[0].message.content or ""},
            {"role": "user", "content": [{"type": "text", "text": "And in Kursk?"}]},
        ],
        extra_body={"newsrag_sources_in_text": False},
    )
    assert follow.choices[0].message.content == VERIFIED
    # The follow-up was rewritten with the earlier question before retrieval and the model.
    assert f"And in Kursk (follow-up to: {TROOPS.rstrip('?')})?" in fake.last_prompt
    models = client.models.list()
    assert [m.id for m in models.data] == ["newsrag"]
    assert client.models.retrieve("newsrag").owned_by == "newsrag"


def test_openai_sdk_errors_carry_the_message(
    fake_chat: tuple[openai.OpenAI, FakeLLM],
) -> None:
    client, _ = fake_chat
    with pytest.raises(openai.BadRequestError) as exc:
        client.chat.completions.create(model="newsrag", messages=[{"role": "user", "content": ""}])
    assert exc.value.body == {
        "message": "The question is empty. Type a question about the indexed articles, for "
        'example "Who said what about Kursk?".',
        "type": "invalid_request",
        "code": 400,
    }
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": TROOPS}], stream=True
        )


def test_openapi_docs_list_every_endpoint(api: tuple[str, str]) -> None:
    url, _ = api
    with _client(url) as c:
        spec = c.get("/api/openapi.json").json()
        docs = c.get("/api/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    assert sorted((m.upper(), p) for p, ops in spec["paths"].items() for m in ops) == [
        ("DELETE", "/api/v1/articles/{article_id}"),
        ("DELETE", "/api/v1/saved/{search_id}"),
        ("GET", "/api/v1/articles"),
        ("GET", "/api/v1/saved"),
        ("GET", "/api/v1/saved/{search_id}"),
        ("GET", "/api/v1/speakers"),
        ("GET", "/api/v1/speakers/{name}"),
        ("GET", "/v1/models"),
        ("GET", "/v1/models/{model}"),
        ("POST", "/api/v1/answer"),
        ("POST", "/api/v1/articles"),
        ("POST", "/api/v1/saved"),
        ("POST", "/api/v1/saved/{search_id}/seen"),
        ("POST", "/api/v1/search"),
        ("POST", "/api/v1/summarize"),
        ("POST", "/api/v1/who_said"),
        ("POST", "/v1/chat/completions"),
    ]
    answer = spec["components"]["schemas"]["AnswerOut"]
    assert answer["properties"]["source"] == {
        "$ref": "#/components/schemas/AnswerSource",
        "description": "Who wrote the text: llm, extractive, ...",
    }
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"


def test_unexpected_errors_are_one_json_line_that_points_at_the_log(
    fake_chat: tuple[openai.OpenAI, FakeLLM], monkeypatch: pytest.MonkeyPatch
) -> None:
    client, fake = fake_chat
    fake.fail = RuntimeError("boom")
    with pytest.raises(openai.InternalServerError) as exc:
        client.chat.completions.create(
            model="newsrag", messages=[{"role": "user", "content": TROOPS}]
        )
    assert exc.value.body == {
        "message": "Something went wrong while answering (RuntimeError). The details are in "
        "the server log.",
        "type": "server_error",
        "code": 500,
    }

    def full_disk(*args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("ui.api._save_uploads", full_disk)
    r = httpx.post(
        str(client.base_url).replace("/v1/", "/api/v1/articles"),
        headers={"Authorization": f"Bearer {client.api_key}"},
        files=[("files", ("a.txt", b"A\n\nB", "text/plain"))],
    )
    assert (r.status_code, r.json()["error"]["message"]) == (
        500,
        "Something went wrong while handling POST /api/v1/articles (OSError). The details are "
        "in the server log.",
    )


def test_chat_question_and_sources_text() -> None:
    from ui.api import chat_question, sources_text
    from ui.api_models import ChatMessage, SourceOut

    q, history = chat_question(
        [
            ChatMessage(role="system", content="Be brief."),
            ChatMessage(role="user", content="Who said what?"),
            ChatMessage(role="assistant", content="Kim said so [1].\n\nSources:\n[1] T — O"),
            ChatMessage(role="user", content=[{"type": "text", "text": "And Lee?"}]),
        ]
    )
    assert (q, history) == (
        "And Lee?",
        [
            {"role": "user", "content": "Who said what?"},
            {"role": "assistant", "content": "Kim said so [1]."},
        ],
    )
    base = {
        "chunk_id": "c",
        "article_id": "a",
        "title": "Ferry",
        "outlet": "",
        "published": None,
        "start": 100,
        "end": 160,
        "paragraph": 0,
        "text": "Intro words here.  The ferry will run\nevery ten minutes, she said.",
    }
    sources = [
        SourceOut.model_validate(base | {"number": 1, "spans": [[118, 160]], "url": ""}),
        SourceOut.model_validate(
            base
            | {"number": 2, "spans": [], "url": "https://x.example/f", "published": "2025-06-01"}
        ),
    ]
    assert sources_text(sources, quote_chars=30) == (
        "Sources:\n"
        "[1] Ferry — unknown outlet, undated: The ferry will run every ten…\n"
        "[2] Ferry — unknown outlet, 2025-06-01, https://x.example/f: Intro words here. The ferry…"
    )


def test_chat_id_is_the_request_id_of_the_trace_log(
    fake_chat: tuple[openai.OpenAI, FakeLLM], seeded: Index, caplog: pytest.LogCaptureFixture
) -> None:
    client, fake = fake_chat
    seeded.settings = seeded.settings.model_copy(update={"trace_log": True})
    caplog.set_level(logging.INFO, logger="newsrag.trace")
    fake.enqueue([REPLY])
    res = client.chat.completions.create(
        model="newsrag", messages=[{"role": "user", "content": TROOPS}]
    )
    traces = [json.loads(r.getMessage()) for r in caplog.records if r.name == "newsrag.trace"]
    assert [f"chatcmpl-{t['request_id']}" for t in traces] == [res.id]


def test_speakers_list_page_filters_and_csv(api: tuple[str, str], seeded: Index) -> None:
    import rag
    from rag.errors import SpeakerNotFoundError

    url, token = api
    with _client(url, token) as c:
        people = c.get("/api/v1/speakers").json()["speakers"]
        page = c.get("/api/v1/speakers/Ryder").json()
        later = c.get("/api/v1/speakers", params={"since": "2025-01-01"}).json()["speakers"]
        csv_text = c.get(
            "/api/v1/speakers/Patrick Ryder", params={"format": "csv", "outlet": ["Caliber.Az"]}
        )
        missing = c.get("/api/v1/speakers/Nobody Atall")
        bad_date = c.get("/api/v1/speakers", params={"since": "yesterday"})
    assert people[0] == {
        "name": "Patrick Ryder",
        "aliases": ["Ryder"],
        "role": "Major General; spokesperson for the U.S. Department of Defense",
        "roles": ["Major General; spokesperson for the U.S. Department of Defense"],
        "statements": 12,
        "first": "2024-11-05",
        "last": "2024-11-05",
        "outlets": ["Caliber.Az"],
    }
    assert page["speaker"] == people[0]
    assert page["topics"] == {"North Korean": 12, "Russia": 12, "Ukraine": 12}
    first = page["timeline"][0]
    assert (first["date"], first["cue"], first["kind"], first["first"]["title"]) == (
        "2024-11-05",
        "stated",
        "direct",
        SEED_TITLE,
    )
    assert "Patrick Ryder" not in {p["name"] for p in later}  # he spoke in 2024 only
    assert csv_text.headers["content-type"].startswith("text/csv")
    assert csv_text.text.splitlines()[0] == (
        "date,outlet,speaker,role,cue,kind,text,topics,title,url,article_id,chunk_id,start,end,"
        "also_carried_by"
    )
    assert len(csv_text.text.splitlines()) == 13
    with pytest.raises(SpeakerNotFoundError) as exc:
        rag.speaker("Nobody Atall", index=seeded)
    assert (missing.status_code, missing.json()["error"]["message"]) == (404, str(exc.value))
    assert (bad_date.status_code, bad_date.json()["error"]["message"]) == (
        400,
        "since/until: unreadable date 'yesterday'; use YYYY-MM-DD.",
    )


def test_saved_searches_belong_to_the_keys_user_and_see_api_ingests(
    tmp_path: Path, fake_embedder: Any
) -> None:
    settings = Settings(data_dir=tmp_path / "data", llm="extractive", min_relevance=0.0)
    index = Index(settings, embedder=fake_embedder)
    keys = KeyStore(settings.data_dir)
    _, ann = keys.create(user="ann")
    _, bob = keys.create(user="bob")
    story = (
        "Varnholt ferry every ten minutes\n\nVarnholt's harbour ferry will run every ten minutes "
        'from June, the transport board said on Tuesday. "Nobody should wait half an hour for '
        'a boat," board chair Edda Lindqvist said.\n'
    )
    with (
        running(build_api(index, keys=keys)) as url,
        _client(url, ann) as a,
        _client(url, bob) as b,
    ):
        r = a.post("/api/v1/saved", json={"kind": "speaker", "query": " Edda  Lindqvist "})
        assert r.status_code == 201, r.text
        saved = r.json()
        assert (saved["id"], saved["owner"], saved["kind"], saved["query"]) == (
            1,
            "user:ann",
            "speaker",
            "Edda Lindqvist",
        )
        dup = a.post("/api/v1/saved", json={"kind": "speaker", "query": "Edda Lindqvist"})
        assert (dup.status_code, dup.json()["error"]["message"]) == (
            400,
            "This search is already saved as #1; remove it first to change it.",
        )
        bad = a.post("/api/v1/saved", json={"kind": "person", "query": "Edda"})
        assert bad.json()["error"]["message"] == (
            "Unknown saved-search kind 'person'; use who_said, topic, speaker."
        )
        up = a.post(
            "/api/v1/articles", files=[("files", ("ferry.txt", story.encode(), "text/plain"))]
        )
        assert up.status_code == 201
        assert up.json()["saved_searches"].splitlines() == [
            "Saved search #1 speaker: Edda Lindqvist: 1 new statement, 1 new article",
            '  + Edda Lindqvist (board chair) said [direct]: "Nobody should wait half an '
            'hour for a boat" — Varnholt ferry every ten minutes, ?, undated',
            "  + article: Varnholt ferry every ten minutes — ?, undated",
        ]
        assert [x["new_since_visit"] for x in a.get("/api/v1/saved").json()["saved"]] == [2]
        new = a.get("/api/v1/saved/1").json()["new"]
        assert [(m["type"], m["data"].get("speaker")) for m in new] == [
            ("statement", "Edda Lindqvist"),
            ("article", None),
        ]
        # Bob sees none of Ann's searches, and cannot touch them.
        assert b.get("/api/v1/saved").json() == {"saved": []}
        for call in (b.get, b.delete):
            r = call("/api/v1/saved/1")
            assert (r.status_code, r.json()["error"]["message"]) == (
                404,
                "No saved search #1; GET /api/v1/saved lists yours.",
            )
        assert a.post("/api/v1/saved/1/seen").json()["new_since_visit"] == 0
        assert a.delete("/api/v1/saved/1").json()["query"] == "Edda Lindqvist"
        assert a.get("/api/v1/saved").json() == {"saved": []}
