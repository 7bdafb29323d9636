"""End-to-end answer latency, memory and citation checks: embedded LLM vs extractive mode.

    .venv/bin/python bench/answer.py                      # seeds/ and bench/data/long, 20 questions each
    .venv/bin/python bench/answer.py --corpora synthetic  # 200 synthetic articles
    .venv/bin/python bench/answer.py --quick              # 3 questions per corpus

For each corpus (the articles in seeds/; ten 1,000-1,500-word articles in bench/data/long; 200
synthetic articles from bench/synth.py) and backend (``local``: the bundled SmolLM2-135M GGUF in
its model process; ``extractive``: no LLM), side by side on the same questions, a fresh process
opens the index and calls ``rag.answer(question, backend=..., stream=True)``:

* the first call is the *cold* answer (model load included); the process's peak RSS is read
  right after it (ru_maxrss = "peak RSS of a process that has answered once");
* then every question is answered (warm) and timed: time to first streamed text (TTFT, also
  ``answer.timings['first_token']``), total, and for ``local`` decode tokens/s =
  (deltas - 1) / (time of last delta - time of first delta), one delta = one token in llama.cpp
  streaming; ``usage`` gives prompt/completion tokens.

Correctness: each question has accepted answer values (seeds: written below; synthetic: the
number in the generated answer); an answer is *correct* if its text states one of them.

Citation checks per answer: *all citations verify* = every final citation's passage is one of the
retrieved passages, its chunk text equals the stored article text at its offsets, its
highlighted spans lie inside the chunk, and every Quote in ``answer.quotes`` is ``verified``.
Also counted: model-produced citation markers (``raw_citations``), statements/citations the
code removed (``answer.removed``), answers replaced by the extractive fallback
(``answer.fallback``) and cannot-answer replies.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402
    DEFAULT_WORKDIR,
    ROOT,
    EmbedCache,
    emit,
    fresh_dir,
    peak_rss_mb,
    run_child,
    summary_ms,
    table,
    write_results,
)

# (question, accepted answer values: the answer is *correct* if its text contains any of them)
SEED_QUESTIONS = [
    ("How many confirmed cases of Tarrow fever were recorded in June?", ["412"]),
    ("Where were most of the new Tarrow fever cases found?", ["Osk", "Vellbridge"]),
    ("How is Tarrow fever spread?", ["mosquito"]),
    ("How many Tarrow fever patients have been admitted to hospital?", ["37", "19"]),
    ("How much money did Carla Benning announce for mosquito control?", ["5 million"]),
    ("When are results of the Tarrow fever vaccine trial expected?", ["2026"]),
    ("How many isolation beds does Anton Feydl's hospital have?", ["24"]),
    ("How many dock workers walked off the job at Port Calloway?", ["2,300"]),
    ("Why are the Port Calloway dock workers on strike?", ["automat", "cranes"]),
    ("How many crane operators would remain at Port Calloway under the automation plan?", ["95"]),
    ("What pay rise did the Port Calloway Authority offer the union?", ["4.5", "5.2"]),
    ("How much will each day of the Port Calloway strike cost local businesses?", ["3.1 million"]),
    ("When will the first automated cranes arrive at Port Calloway?", ["March 2026"]),
    ("How did the Varnholt City Council vote on the tram extension?", ["9 to 4", "9-4"]),
    ("How much will the Varnholt tram extension cost?", ["186 million"]),
    ("When will the first trams run to Eastgate?", ["2027"]),
    ("How many bridges in Varnholt are rated in poor condition?", ["37"]),
    ("How many North Korean troops have been sent to Russia?", ["10,000"]),
    ("Which news agency reported the South Korean defence ministry's assessment?", ["Yonhap"]),
    ("How long will construction of the Varnholt tram extension last?", ["30 months"]),
]


def questions(corpus: str, n: int, synth_articles: int) -> list[tuple[str, list[str]]]:
    """Questions with accepted answer values (synthetic: the number in the known answer)."""
    if corpus == "seeds":
        return SEED_QUESTIONS[:n]
    if corpus == "long":
        from bench.long_questions import QUESTIONS

        return QUESTIONS[:n]
    from bench.synth import generate

    out = []
    for q in generate(synth_articles, 0).questions[:n]:
        m = re.search(r"\d[\d,.]*\d|\d", q.answer)
        out.append((q.question, [m.group(0) if m else q.answer]))
    return out


def correct(text: str, accepted: list[str]) -> bool:
    """Whether an answer states one of the accepted values (numbers as whole numbers)."""
    for val in accepted:
        if re.fullmatch(r"[\d,.]+", val):
            if re.search(rf"(?<![\d,.]){re.escape(val)}(?![\d]|[,.]\d)", text):
                return True
        elif val.lower() in text.lower():
            return True
    return False


def child_build(corpus: str, data_dir: Path, workdir: Path, synth_articles: int) -> None:
    import rag
    from rag.chunk import chunk_for

    fresh_dir(data_dir)
    idx = rag.Index(rag.Settings(data_dir=data_dir, llm="extractive"))
    if corpus == "seeds":
        rep = idx.ingest([ROOT / "seeds"], progress=False)
    elif corpus == "long":
        rep = idx.ingest([ROOT / "bench" / "data" / "long"], progress=False)
    else:
        from bench.synth import generate

        arts = generate(synth_articles, 0).articles
        s = idx.settings
        texts = [c.text for a in arts for c in chunk_for(a, s)]
        EmbedCache(workdir).prime(idx.catalog, texts)
        rep = idx.ingest_articles(arts, progress=False)
    emit({"articles": len(rep.added), "chunks": idx.store.count()})


def _check(idx: Any, ans: Any) -> bool:
    """Every final citation points at a retrieved passage whose text is the stored source."""
    retrieved = {p.chunk.id for p in ans.passages}
    for cit in ans.citations.values():
        c = cit.passage.chunk
        if c.id not in retrieved:
            return False
        art = idx.catalog.article(c.article_id)
        if art is None or art.text[c.start : c.end] != c.text:
            return False
        if any(not (c.start <= s <= e <= c.end) for s, e in cit.spans):
            return False
    return all(q.verified for q in ans.quotes)


def child_run(
    corpus: str,
    backend: str,
    data_dir: Path,
    qs: list[tuple[str, list[str]]],
    threads: int | None,
) -> None:
    import rag

    idx = rag.Index(rag.Settings(data_dir=data_dir, llm=backend, local_threads=threads))

    def one(q: str, accepted: list[str]) -> dict[str, Any]:
        t0 = time.perf_counter()
        first = None
        deltas = 0
        ans = None
        for item in rag.answer(q, backend=backend, index=idx, stream=True):
            now = time.perf_counter() - t0
            if isinstance(item, str):
                if first is None:
                    first = now
                deltas += 1
            else:
                ans = item
        total = time.perf_counter() - t0
        assert ans is not None
        comp = ans.usage.get("completion_tokens", 0)
        llm_first = ans.timings.get("first_token")
        decode = None
        if comp > 1 and llm_first is not None:
            # the last raw delta comes before verification; generate ends right after it
            t_gen_end = ans.timings["retrieve"] + ans.timings["generate"]
            decode = (comp - 1) / max(t_gen_end - llm_first, 1e-9)
        return {
            "question": q,
            "ttft_s": first,
            "total_s": total,
            "timings": ans.timings,
            "usage": ans.usage,
            "decode_tok_s": decode,
            "model": ans.model,
            "source": ans.source.value,
            "mode": ans.mode,
            "stream_pieces": deltas,
            "citations": len(ans.citations),
            "raw_citations": ans.raw_citations,
            "removed": [r.to_dict() for r in ans.removed],
            "fallback": ans.fallback.to_dict() if ans.fallback else None,
            "cannot_answer": ans.cannot_answer,
            "quotes": len(ans.quotes),
            "unverified_quotes": sum(not x.verified for x in ans.quotes),
            "all_citations_verify": _check(idx, ans),
            "accepted": accepted,
            "correct": correct(ans.text, accepted),
            "text": ans.text[:400],
        }

    cold = one(*qs[0])
    rss_once = peak_rss_mb()
    runs = [one(q, acc) for q, acc in qs]
    emit(
        {
            "cold": cold,
            "peak_rss_mb_after_one_answer": rss_once,
            "runs": runs,
            "peak_rss_mb_end": peak_rss_mb(),
        }
    )


def summarize(r: dict[str, Any]) -> dict[str, Any]:
    runs = r["runs"]
    cited = [x for x in runs if x["citations"]]
    dec = [x["decode_tok_s"] for x in runs if x["decode_tok_s"]]
    comp = sum(x["usage"].get("completion_tokens", 0) for x in runs)
    gen = sum(x["timings"].get("generate", 0) for x in runs)
    return {
        "answers": len(runs),
        "ttft": summary_ms([x["ttft_s"] for x in runs]),
        "llm_first_token": summary_ms(
            [x["timings"]["first_token"] for x in runs if "first_token" in x["timings"]]
        ),
        "total": summary_ms([x["total_s"] for x in runs]),
        "retrieve": summary_ms([x["timings"]["retrieve"] for x in runs]),
        "decode_tok_s_median": sorted(dec)[len(dec) // 2] if dec else None,
        "completion_tok_per_generate_s": comp / gen if comp and gen else None,
        "prompt_tokens_mean": (sum(x["usage"].get("prompt_tokens", 0) for x in runs) / len(runs)),
        "completion_tokens_mean": comp / len(runs),
        "cold_total_s": r["cold"]["total_s"],
        "peak_rss_mb_after_one_answer": r["peak_rss_mb_after_one_answer"],
        "answers_with_citations": len(cited),
        "all_citations_verify": (
            sum(x["all_citations_verify"] for x in cited) / len(cited) if cited else None
        ),
        "all_citations_verify_all_answers": sum(x["all_citations_verify"] for x in runs)
        / len(runs),
        "raw_citations": sum(x["raw_citations"] for x in runs),
        "final_citations": sum(x["citations"] for x in runs),
        "removed_items": sum(len(x["removed"]) for x in runs),
        "answers_with_removals": sum(bool(x["removed"]) for x in runs),
        "removed_kinds": _kinds(runs),
        "fallbacks": sum(bool(x["fallback"]) for x in runs),
        # share of model answers where the model added nothing verifiable (text replaced)
        "fallback_rate": (
            sum(bool(x["fallback"]) for x in runs if x["model"])
            / max(1, sum(bool(x["model"]) for x in runs))
        ),
        "model_text_kept": sum(x["source"] == "llm" for x in runs),
        "cannot_answer": sum(x["cannot_answer"] for x in runs),
        "unverified_quotes": sum(x["unverified_quotes"] for x in runs),
        "correct": sum(x["correct"] for x in runs) / len(runs),
        # answers without the known value that nevertheless passed every citation check
        "verified_but_wrong": sum(
            x["all_citations_verify"]
            and x["citations"]
            and not x["correct"]
            and not x["cannot_answer"]
            for x in runs
        ),
    }


def _kinds(runs: list[dict[str, Any]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for x in runs:
        for item in x["removed"]:
            out[item["kind"]] = out.get(item["kind"], 0) + 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--questions", type=int, help="questions per corpus (default 20; quick 3)")
    ap.add_argument("--synth-articles", type=int, help="synthetic corpus (default 200; quick 30)")
    ap.add_argument("--backends", default="local,extractive")
    ap.add_argument("--corpora", default="seeds,long", help="seeds, long, synthetic")
    ap.add_argument(
        "--local-threads",
        type=int,
        help="llama.cpp threads (RAG_LOCAL_THREADS); default: the library's (all cores)",
    )
    ap.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--backend", help=argparse.SUPPRESS)
    ap.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args()
    nq = a.questions or (3 if a.quick else 20)
    ns = a.synth_articles or (30 if a.quick else 200)
    if a.child == "build":
        return child_build(a.corpus, a.data_dir, a.workdir, ns)
    if a.child == "run":
        return child_run(
            a.corpus, a.backend, a.data_dir, questions(a.corpus, nq, ns), a.local_threads
        )

    work = a.workdir / ("answer-quick" if a.quick else "answer")
    out: dict[str, Any] = {
        "questions_per_corpus": nq,
        "synthetic_articles": ns,
        "local_threads": a.local_threads or "library default (os.cpu_count())",
        "loadavg_start": list(os.getloadavg()),
        "corpora": {},
    }
    rows = []
    for corpus in a.corpora.split(","):
        d = work / corpus
        built = run_child(
            [
                __file__,
                "--child",
                "build",
                "--corpus",
                corpus,
                "--data-dir",
                str(d),
                "--workdir",
                str(a.workdir),
                "--synth-articles",
                str(ns),
            ]
        )
        out["corpora"][corpus] = {"index": built}
        for backend in a.backends.split(","):
            t = time.time()
            extra = ["--local-threads", str(a.local_threads)] if a.local_threads else []
            r = run_child(
                [
                    __file__,
                    "--child",
                    "run",
                    "--corpus",
                    corpus,
                    "--backend",
                    backend,
                    "--data-dir",
                    str(d),
                    "--questions",
                    str(nq),
                    "--synth-articles",
                    str(ns),
                    *extra,
                ]
            )
            s = summarize(r)
            print(f"{corpus}/{backend}: {time.time() - t:.0f} s", flush=True)
            out["corpora"][corpus][backend] = {"summary": s, "raw": r}
            rows.append(
                [
                    corpus,
                    backend,
                    s["ttft"]["p50_ms"],
                    s["total"]["p50_ms"],
                    s["total"]["p95_ms"],
                    f"{s['decode_tok_s_median']:.1f}" if s["decode_tok_s_median"] else "-",
                    f"{s['cold_total_s']:.1f}",
                    f"{s['peak_rss_mb_after_one_answer']:.0f}",
                    f"{s['answers_with_citations']}/{s['answers']}",
                    f"{s['all_citations_verify']:.2f}"
                    if s["all_citations_verify"] is not None
                    else "-",
                    f"{s['raw_citations']}->{s['final_citations']}",
                    s["removed_items"],
                    f"{s['fallback_rate']:.0%}" if backend != "extractive" else "-",
                    s["cannot_answer"],
                    f"{s['correct']:.2f}",
                    s["verified_but_wrong"],
                ]
            )
    print()
    print(
        table(
            rows,
            [
                "corpus",
                "backend",
                "TTFT p50 ms",
                "total p50 ms",
                "total p95 ms",
                "decode tok/s",
                "cold s",
                "RSS MB",
                "cited",
                "cites verify",
                "raw->final cites",
                "removed",
                "fallback rate",
                "cannot",
                "correct",
                "verified, no answer",
            ],
        )
    )
    print(
        "(RSS = peak RSS of a process that has answered once; cites verify = share of cited "
        "answers whose every citation/quote checks out; removed = statements/citations the "
        "code dropped from model output; correct = answer text states the known value; verified, "
        "no answer = every citation checks out, yet the known value is missing: off-topic "
        "statements, or false ones that reuse a cited number under another name)"
    )
    for corpus in out["corpora"]:
        ex = out["corpora"][corpus].get("extractive")
        if ex:
            p50 = ex["summary"]["total"]["p50_ms"]
            print(
                f"extractive {corpus}: p50 {p50} ms (target < 100 ms: "
                f"{'PASS' if p50 < 100 else 'FAIL'})"
            )
    out["notes"] = "2-core machine shared with other engineers: timings noisy, read p50s."
    write_results("answer", out, quick=a.quick)


if __name__ == "__main__":
    main()
