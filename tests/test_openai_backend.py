"""The OpenAI-compatible backend against a real llama.cpp server, plus failing endpoints."""

import http.server
import json
import socket
import subprocess
import sys
import threading
import time

import pytest

import rag.openai_api
from rag import answer
from rag.errors import ConfigError, LLMResponseError, LLMUnavailableError
from rag.local_llm import resolve_model_path
from rag.openai_api import OpenAIChat
from rag.settings import Settings
from rag.types import AnswerSource, Fallback, FallbackReason

from conftest import free_port

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def llama_server():
    """`python -m llama_cpp.server` with the bundled SmolLM2 GGUF on a loopback port."""
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(resolve_model_path(None)),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--n_ctx",
            "4096",
            "--model_alias",
            "smollm2",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError("llama_cpp.server exited") from None
            time.sleep(0.5)
    yield f"http://127.0.0.1:{port}/v1"
    proc.terminate()
    proc.wait(timeout=30)


def openai_settings(url: str, **kw) -> Settings:
    return Settings(llm="openai", llm_base_url=url, llm_model="smollm2", **kw)


def test_real_server_completes_and_streams(llama_server):
    chat = OpenAIChat(openai_settings(llama_server, max_tokens=20))
    msgs = [{"role": "user", "content": "Say hello."}]
    text = chat.complete(msgs)
    assert text.strip()
    assert chat.usage["prompt_tokens"] > 0
    assert "".join(chat.stream(msgs)).strip()


def test_real_server_answer_is_verified(llama_server, seeded):
    seeded.settings = openai_settings(llama_server, data_dir=seeded.settings.data_dir)
    ans = answer("How many North Korean troops are in Russia?", index=seeded)
    assert ans.citations, ans.raw_text
    assert ans.model == "openai:smollm2"
    assert ans.source in (AnswerSource.LLM, AnswerSource.EXTRACTIVE)
    ids = {p.chunk.id for p in ans.passages}
    assert all(c.passage.chunk.id in ids for c in ans.citations.values())
    assert ans.raw_text  # the server really answered


def test_endpoint_down_falls_back_with_clear_reason(seeded):
    port = free_port()
    seeded.settings = openai_settings(
        f"http://127.0.0.1:{port}/v1", llm_retries=0, data_dir=seeded.settings.data_dir
    )
    ans = answer("How many North Korean troops are in Russia?", index=seeded)
    assert ans.fallback == Fallback(
        FallbackReason.MODEL_DOWN,
        f"Cannot reach the LLM endpoint http://127.0.0.1:{port}/v1. Start the server "
        "or check RAG_LLM_BASE_URL; RAG_LLM=extractive answers without an LLM.",
    )
    assert ans.source is AnswerSource.EXTRACTIVE
    assert ans.citations


class _Handler(http.server.BaseHTTPRequestHandler):
    mode = "garbage"
    hits = 0

    def do_POST(self):  # noqa: N802
        type(self).hits += 1
        self.rfile.read(int(self.headers.get("content-length", 0)))
        if self.mode == "slow":
            time.sleep(3)
        if self.mode == "500":
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b"{}")
            return
        body = (
            b"<html>not json</html>"
            if self.mode == "garbage"
            else json.dumps(
                {
                    "id": "x",
                    "object": "chat.completion",
                    "created": 0,
                    "model": "m",
                    "choices": [
                        {
                            "index": 0,
                            "finish_reason": "stop",
                            "message": {"role": "assistant", "content": ""},
                        }
                    ],
                }
            ).encode()
        )
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *a):
        pass


@pytest.fixture
def bad_server():
    def start(mode):
        handler = type("H", (_Handler,), {"mode": mode, "hits": 0})
        srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
        return f"http://127.0.0.1:{srv.server_address[1]}/v1", handler

    servers: list = []
    yield start
    for s in servers:
        s.shutdown()


def test_garbage_reply_is_an_llm_response_error(bad_server):
    url, _ = bad_server("garbage")
    with pytest.raises(LLMResponseError) as exc:
        OpenAIChat(openai_settings(url, llm_retries=0)).complete([{"role": "user", "content": "x"}])
    assert str(exc.value) == (
        f"The LLM endpoint {url} returned a malformed response; check that it is OpenAI-compatible."
    )


def test_empty_reply_is_an_llm_response_error(bad_server):
    url, _ = bad_server("empty")
    with pytest.raises(LLMResponseError, match="returned an empty answer"):
        OpenAIChat(openai_settings(url, llm_retries=0)).complete([{"role": "user", "content": "x"}])


def test_slow_endpoint_times_out(bad_server):
    url, _ = bad_server("slow")
    with pytest.raises(LLMUnavailableError) as exc:
        OpenAIChat(openai_settings(url, llm_retries=0, llm_timeout=0.5)).complete(
            [{"role": "user", "content": "x"}]
        )
    assert str(exc.value) == (
        f"The LLM endpoint {url} did not answer within 0.5 s. Try again, "
        "raise RAG_LLM_TIMEOUT, or use RAG_LLM=extractive."
    )


def test_5xx_is_retried_a_bounded_number_of_times(bad_server):
    url, handler = bad_server("500")
    with pytest.raises(LLMUnavailableError) as exc:
        OpenAIChat(openai_settings(url, llm_retries=2)).complete([{"role": "user", "content": "x"}])
    assert handler.hits == 3
    assert str(exc.value) == (
        f"The LLM endpoint {url} failed with HTTP 500 after retries; try again later."
    )


def test_missing_key_for_openai_proper():
    with pytest.raises(ConfigError) as exc:
        OpenAIChat(Settings(llm="openai"))
    assert str(exc.value) == (
        "The openai backend needs an API key: set OPENAI_API_KEY, or set RAG_LLM_BASE_URL to a "
        "local OpenAI-compatible server, or use RAG_LLM=local."
    )


def test_real_calls_to_remote_hosts_are_blocked_in_tests(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-secret-value")
    chat = OpenAIChat(Settings(llm="openai"))
    assert rag.openai_api.ALLOW_REAL_CALLS is False
    with pytest.raises(LLMUnavailableError, match="Real calls to api.openai.com are disabled"):
        chat.complete([{"role": "user", "content": "x"}])
    assert "sk-test-secret-value" not in repr(chat.settings)
    assert Settings().public_dict()["openai_api_key"] == "***"


class _EmbedHandler(http.server.BaseHTTPRequestHandler):
    """An OpenAI-compatible /embeddings endpoint with deterministic 8-d vectors (reversed order,
    not normalised) so the client's sorting and normalisation are exercised."""

    def do_POST(self):  # noqa: N802
        req = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))))
        data = []
        for i, text in enumerate(req["input"]):
            vec = [float(len(w)) for w in (text.split() + [""] * 8)[:8]]
            vec[0] += 1.0
            data.append({"object": "embedding", "index": i, "embedding": vec})
        body = json.dumps(
            {
                "object": "list",
                "data": data[::-1],
                "model": req["model"],
                "usage": {"prompt_tokens": 1, "total_tokens": 1},
            }
        ).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *a):
        pass


def test_openai_embedder_end_to_end_with_reindex_guard(tmp_path):
    from rag.errors import EmbeddingMismatchError
    from rag.index import Index
    from rag.retrieve import retrieve

    from conftest import SEED_FILE

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _EmbedHandler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}/v1"
    try:
        s = Settings(
            data_dir=tmp_path / "d",
            embedder="openai",
            embed_base_url=url,
            embed_model="toy-embed",
            llm="extractive",
        )
        idx = Index(s)
        assert (idx.embedder.name, idx.embedder.dim) == ("openai:toy-embed", 8)
        vecs = idx.embedder.embed(["a bb", "ccc"])
        assert [round(x, 4) for x in vecs[1][:2]] == [1.0, 0.0]
        assert round(sum(x * x for x in vecs[0]), 6) == 1.0
        idx.ingest([SEED_FILE], progress=False)
        assert idx.store.count() == 4
        assert retrieve("Who is Jeon Ha-kyou?", index=idx)
        with pytest.raises(
            EmbeddingMismatchError, match="built with the embedding model 'openai:toy-embed'"
        ):
            Index(Settings(data_dir=tmp_path / "d")).store  # noqa: B018
    finally:
        srv.shutdown()
