"""The embedded model's process: start time, prompt-prefix (KV cache) reuse, threads, recovery.

    .venv/bin/python bench/model_process.py

Starts the bundled SmolLM2 in its supervised child (rag.model_server) and measures:
* start: spawn until the child answers /v1/models;
* prefix reuse: time to first token for a RAG-sized prompt whose system prompt the child has
  just seen (only the question and passages are new) against the same prompt after a request
  with a different system prompt (everything is new); llama.cpp keeps the KV cache of the
  longest common token prefix between consecutive requests;
* recovery: SIGKILL the child, then time until a new child has answered again;
* child RSS after answering.
Prints a table and writes bench/results/model_process.json.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import setup_env, table, write_results  # noqa: E402


def main() -> None:
    setup_env()
    import psutil

    import rag.model_server as ms
    from rag.local_llm import LocalLLM, resolve_model_path
    from rag.prompts import load_prompt
    from rag.settings import Settings

    ms.BACKOFF_START = 0.0
    s = Settings(llm="local", data_dir=Path("/tmp/newsrag-bench-model"))
    llm = LocalLLM(resolve_model_path(None), s)
    t = time.perf_counter()
    llm.load()
    start_s = time.perf_counter() - t
    tmpl = load_prompt("answer_v2", None, kind="answer")
    passages = (
        '<passage id="1" title="T" outlet="O" date="2024-11-05">\nApproximately 10,000 North '
        "Korean servicemen have been stationed in Russia, with a significant number sent to "
        "frontline areas.\n</passage>"
    )

    def ttft(messages: list[dict[str, str]]) -> float:
        t0 = time.perf_counter()
        for _ in llm.stream(messages, max_tokens=8):
            return time.perf_counter() - t0
        return float("nan")

    def msgs(q: str, system_prefix: str = "") -> list[dict[str, str]]:
        m = tmpl.render(question=q, passages=passages, cannot_answer="I cannot answer.")
        m[0]["content"] = system_prefix + m[0]["content"]
        return m

    rows: list[list[Any]] = []
    warm, cold = [], []
    for i in range(5):
        ttft(msgs(f"Question {i}: how many troops?"))  # the system prompt is now cached
        warm.append(ttft(msgs(f"Another question {i}: where are the troops?")))
        ttft(msgs("Unrelated.", system_prefix=f"Variant {i}. "))  # evict: new system prompt
        cold.append(ttft(msgs(f"Another question {i}: where are the troops?")))
    warm.sort()
    cold.sort()
    child = psutil.Process(llm.server.proc.pid)  # type: ignore[union-attr]
    rss = child.memory_info().rss / 2**20
    pid = child.pid
    os.kill(pid, signal.SIGKILL)
    t = time.perf_counter()
    with contextlib.suppress(Exception):  # the first call after the kill may fail over
        ttft(msgs("After the crash?"))
    ttft(msgs("After the restart?"))
    recover_s = time.perf_counter() - t
    llm.close()
    res = {
        "start_s": start_s,
        "ttft_system_prompt_cached_p50_s": warm[2],
        "ttft_system_prompt_new_p50_s": cold[2],
        "child_rss_mb": rss,
        "recovery_after_sigkill_s": recover_s,
        "threads": llm.server.threads,
        "threads_batch": llm.server.threads_batch,
        "loadavg": list(os.getloadavg()),
    }
    rows = [
        ["model process start", f"{start_s:.2f} s"],
        ["TTFT, system prompt cached (p50 of 5)", f"{warm[2] * 1000:.0f} ms"],
        ["TTFT, system prompt new (p50 of 5)", f"{cold[2] * 1000:.0f} ms"],
        ["model process RSS", f"{rss:.0f} MB"],
        ["SIGKILL -> answering again", f"{recover_s:.2f} s"],
        ["threads generate / prompt", f"{llm.server.threads} / {llm.server.threads_batch}"],
    ]
    print(table(rows, ["what", "result"]))
    write_results("model_process", res)


if __name__ == "__main__":
    main()
