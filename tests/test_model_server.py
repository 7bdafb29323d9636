"""The embedded model runs in a supervised child: crashes, hangs and bad files never stop answers.

Fake children (tests/fake_model_server.py) die, hang or raise SIGILL on cue; the real
llama_cpp.server is used for the bad-GGUF case and in tests/test_local_llm.py.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

import rag.model_server as ms
from rag import answer
from rag.errors import LLMUnavailableError
from rag.local_llm import LocalLLM
from rag.model_server import ModelServer, describe_exit
from rag.settings import Settings
from rag.types import AnswerSource, FallbackReason

FAKE = Path(__file__).with_name("fake_model_server.py")
QUESTION = "How many North Korean troops are in Russia?"
pytestmark = pytest.mark.server


def fake_command(mode: str) -> list[str]:
    return [sys.executable, str(FAKE), "--mode", mode, "--port", "{port}"]


def local_llm(settings: Settings, mode: str, *, timeout: float = 20.0) -> LocalLLM:
    s = settings.model_copy(update={"local_timeout": timeout, "local_start_timeout": 20.0})
    server = ModelServer(Path("fake.gguf"), start_timeout=20.0, command=fake_command(mode))
    return LocalLLM(Path("fake.gguf"), s, server=server)


def no_zombies() -> list[str]:
    """Children of this test process that are zombies (exited but never reaped)."""
    return [
        f"{c.pid} {c.name()}"
        for c in psutil.Process().children(recursive=True)
        if c.status() == psutil.STATUS_ZOMBIE
    ]


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch):
    monkeypatch.setattr(ms, "BACKOFF_START", 0.2)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (0, "exited with status 0"),
        (3, "exited with status 3"),
        (
            -signal.SIGILL,
            "killed by SIGILL (illegal instruction: this llama.cpp build does not "
            "fit the CPU; reinstall with scripts/install, which builds a portable one)",
        ),
        (-signal.SIGKILL, "killed by SIGKILL (killed, often by the out-of-memory killer)"),
        (None, "still running"),
    ],
)
def test_exit_reasons_are_readable(code, text):
    assert describe_exit(code) == text


def test_healthy_child_answers_through_the_openai_client(seeded):
    llm = local_llm(seeded.settings, "ok")
    try:
        ans = answer(QUESTION, index=seeded, llm=llm)
        assert ans.source is AnswerSource.LLM and ans.fallback is None
        assert ans.text == (
            "More than 10,000 North Korean troops have now been sent to Russia [1] "
            "(Caliber.Az, 5 Nov 2024)."
        )
        assert ans.model == "local:fake.gguf"
        assert llm.status().state == "up"
    finally:
        llm.close()
    assert no_zombies() == []


@pytest.mark.parametrize(
    ("mode", "why"),
    [
        ("die", "killed by SIGKILL"),
        ("sigill", "killed by SIGILL"),
        ("hang", "did not answer within 2 s"),
    ],
)
def test_crashed_or_hung_child_costs_one_answer_its_model_text(seeded, mode, why):
    llm = local_llm(seeded.settings, mode, timeout=2.0)
    try:
        llm.load()
        pid = llm.server.proc.pid
        ans = answer(QUESTION, index=seeded, llm=llm)
        # The answer still comes, from the articles, and says why.
        assert ans.source is AnswerSource.EXTRACTIVE
        assert ans.fallback.reason is FallbackReason.MODEL_DOWN
        assert why in ans.fallback.detail
        assert "10,000" in ans.text and ans.citations
        # The child is gone and reaped; the status line says the model is down.
        assert not psutil.pid_exists(pid) or psutil.Process(pid).status() != "zombie"
        status = llm.status()
        assert status.state == "down" and why in status.last_error
        assert str(status).startswith(f"model down ({status.last_error})")
        assert no_zombies() == []
        # While the backoff runs, answers fall back at once instead of waiting on a model.
        llm.server._next_try = time.monotonic() + 30
        t0 = time.perf_counter()
        again = answer(QUESTION, index=seeded, llm=llm)
        assert time.perf_counter() - t0 < 5
        assert again.fallback.reason is FallbackReason.MODEL_DOWN
        assert "retries in" in again.fallback.detail
        # After the backoff a new child is started; a healthy one answers with its own text.
        llm.server._next_try = 0
        llm.server.command = fake_command("ok")
        healed = answer(QUESTION, index=seeded, llm=llm)
        assert healed.source is AnswerSource.LLM and healed.fallback is None
        assert llm.server.failures == 1 and llm.status().state == "up"
    finally:
        llm.close()
    assert no_zombies() == []


def test_child_that_fails_to_start_gives_a_clear_reason(seeded):
    llm = local_llm(seeded.settings, "exit")
    with pytest.raises(LLMUnavailableError) as exc:
        llm.load()
    assert str(exc.value).startswith(
        "The local model process exited with status 3 while loading fake.gguf. Check that "
        "RAG_LOCAL_MODEL is a valid .gguf file, or set RAG_LLM=extractive."
    )
    ans = answer(QUESTION, index=seeded, llm=llm)
    assert (
        ans.source is AnswerSource.EXTRACTIVE and ans.fallback.reason is FallbackReason.MODEL_DOWN
    )
    assert no_zombies() == []


def test_a_file_that_is_not_a_gguf_never_takes_the_app_down(seeded, tmp_path):
    bogus = tmp_path / "model.gguf"
    bogus.write_bytes(b"this is not a gguf file\n" * 100)
    s = seeded.settings.model_copy(update={"llm": "local", "local_model": bogus})
    llm = LocalLLM(bogus, s)
    try:
        ans = answer(QUESTION, index=seeded, llm=llm)
        assert ans.source is AnswerSource.EXTRACTIVE
        assert ans.fallback.reason is FallbackReason.MODEL_DOWN
        assert "while loading model.gguf" in ans.fallback.detail
        assert "10,000" in ans.text
        assert (s.data_dir / "model.log").is_file()  # llama.cpp's own words, for the operator
    finally:
        llm.close()
    assert no_zombies() == []


def test_model_process_dies_with_newsrag(tmp_path):
    """A killed newsrag leaves no orphaned model process (PR_SET_PDEATHSIG)."""
    code = (
        "import sys, time; from pathlib import Path; from rag.model_server import ModelServer;"
        f"s = ModelServer(Path('f.gguf'), command={fake_command('ok')!r}); s.ensure();"
        "print(s.proc.pid, flush=True); time.sleep(60)"
    )
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    child = int(parent.stdout.readline())
    assert psutil.pid_exists(child)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.time() + 10
    while time.time() < deadline and psutil.pid_exists(child):
        try:
            if psutil.Process(child).status() == psutil.STATUS_ZOMBIE:
                break
        except psutil.NoSuchProcess:
            break
        time.sleep(0.1)
    alive = psutil.pid_exists(child) and psutil.Process(child).status() != psutil.STATUS_ZOMBIE
    assert not alive


def test_model_started_from_a_short_lived_thread_outlives_it(seeded):
    """PR_SET_PDEATHSIG follows the forking thread: the app's warm-up thread must not take the
    model down with it when it ends (found by bench/soak.py)."""
    import threading

    llm = local_llm(seeded.settings, "ok")
    try:
        t = threading.Thread(target=llm.load)
        t.start()
        t.join()
        time.sleep(1.0)
        assert llm.server.alive(), llm.server.exit_reason()
        assert answer(QUESTION, index=seeded, llm=llm).source is AnswerSource.LLM
    finally:
        llm.close()
