"""newsrag retrieval vs a plain LangChain + Chroma pipeline: same corpus, questions and run.

    .venv/bin/python bench/langchain_compare.py                 # 10k newsrag chunks, both modes
    .venv/bin/python bench/langchain_compare.py --chunks 100000 # 100k (long: ~4x10k ingest time)
    .venv/bin/python bench/langchain_compare.py --quick         # 2k chunks, embedded only

Baseline (what a user would otherwise build): ``RecursiveCharacterTextSplitter(chunk_size=1000,
chunk_overlap=200)`` over each article text, the same MiniLM ONNX embedder wrapped as a
LangChain ``Embeddings``, ``langchain_chroma.Chroma`` with its defaults (L2 space, default
HNSW), ``similarity_search(question, k=5)``; in server mode ``Chroma(client=HttpClient)``.

newsrag: ``Index.ingest_articles`` and the public call ``rag.retrieve(question, k=5,
settings={...})`` (sentence-aligned ~200-token chunks, hybrid dense + BM25, settings given as
a dict the way a script would: since issue 12 they are built once, not per call).

Corpus: ``--real`` synthetic articles (bench/synth.py, seed 0) plus seeds/ are the *answer*
articles: their chunks are embedded for real on both sides (vectors cached in
<workdir>/embed-cache.sqlite3, so reruns are fast). Filler articles (seed 1) are added until
newsrag holds ``--chunks`` chunks; both sides index the same filler texts, chunked their own
way, and each filler chunk gets a real vector of its own side plus Gaussian noise
(``normalize(v + 0.5 * g / sqrt(384))``, as bench/retrieval.py's scaled corpus) instead of
thousands of ONNX runs. Filler vectors are therefore near-copies of answer-article vectors:
hard distractors for the dense side of both systems.

Questions: one per answer article plus 8 written for the seed articles. A *hit* is a returned
chunk of the right article that contains the whole evidence sentence (``evidence hit@5``);
``answer hit@5`` only needs the short answer. Latency includes the query embedding on both
sides; the two calls alternate per question so background load hits both alike.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402
    DEFAULT_WORKDIR,
    ROOT,
    ChromaServer,
    EmbedCache,
    fresh_dir,
    summary_ms,
    table,
    write_results,
)

SIGMA = 0.5

SEED_QUESTIONS = [
    (
        "How many confirmed cases of Tarrow fever were recorded in June?",
        "412 confirmed cases",
        "The Northmere Public Health Agency recorded 412 confirmed cases of Tarrow fever in June, "
        "nearly triple the 139 cases reported in May, the agency said on Tuesday.",
    ),
    (
        "How many isolation beds does Anton Feydl's hospital have?",
        "24 isolation beds",
        '"We have 24 isolation beds. At this rate, they will be full by the middle of August," '
        "Feydl said.",
    ),
    (
        "How much money did Carla Benning announce for mosquito control?",
        "5 million crowns",
        "Health minister Carla Benning announced an emergency fund of 5 million crowns for mosquito "
        "control on Wednesday.",
    ),
    (
        "How many dock workers walked off the job at Port Calloway?",
        "2,300 dock workers",
        "About 2,300 dock workers at Port Calloway walked off the job at 6 a.m. on Monday, beginning "
        "a 72-hour strike over the port's plan to install 18 automated container cranes.",
    ),
    (
        "What pay rise did the Port Calloway Authority offer the union?",
        "4.5 percent pay rise",
        "Ekdal added that the authority had offered a 4.5 percent pay rise over two years, which "
        "the union rejected on Friday.",
    ),
    (
        "How much will the Varnholt tram extension cost?",
        "186 million crowns",
        "The project is expected to cost 186 million crowns, according to the Varnholt Finance "
        "Committee.",
    ),
    (
        "How many passengers a day will the Eastgate tram extension serve?",
        "14,000 passengers a day",
        "She noted that the extension would add six stops and serve an estimated 14,000 passengers "
        "a day.",
    ),
    (
        "How many North Korean troops have been sent to Russia according to South Korea's defence "
        "ministry?",
        "More than 10,000 North Korean troops",
        '"More than 10,000 North Korean troops have now been sent to Russia, and we understand that '
        'a significant number of them have moved to frontline areas, including Kursk," said '
        "ministry spokesman Jeon Ha-kyou during a news conference.",
    ),
]


def make_embeddings(cache: EmbedCache, filler: dict[str, list[float]]) -> Any:
    """rag.embed.MiniLMEmbedder as a LangChain Embeddings (documents via the bench cache)."""
    from langchain_core.embeddings import Embeddings

    class MiniLMEmbeddings(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            real = [t for t in texts if t not in filler]
            got = dict(zip(real, cache.vectors(real, label="langchain docs"), strict=True))
            return [filler[t] if t in filler else got[t] for t in texts]

        def embed_query(self, text: str) -> list[float]:
            return cache.embedder.embed([text])[0]

    return MiniLMEmbeddings()


def corpus(n: int) -> tuple[list[Any], list[dict[str, str]]]:
    """Synthetic + seed answer articles and the questions with their article ids."""
    from bench.synth import generate
    from rag.ingest import iter_files, read_file

    c = generate(n, 0)
    seeds = [a for f in iter_files([ROOT / "seeds"]) for a in read_file(f)]
    qs = [
        {
            "question": q.question,
            "answer": q.answer,
            "evidence": q.evidence,
            "article_id": q.article_id,
            "source": "synthetic",
        }
        for q in c.questions
    ]
    for question, ans, ev in SEED_QUESTIONS:
        owner = [a for a in seeds if ev in a.text]
        assert len(owner) == 1 and ans in ev, f"seed evidence not found: {ev[:50]}"
        qs.append(
            {
                "question": question,
                "answer": ans,
                "evidence": ev,
                "article_id": owner[0].id,
                "source": "seeds",
            }
        )
    return c.articles + seeds, qs


def filler_articles(target_chunks: int, have: int, settings: Any) -> tuple[list[Any], list[str]]:
    """Seed-1 synthetic articles until newsrag would hold ``target_chunks`` chunks, and the
    texts of those chunks (chunked once here: chunking 100k chunks takes minutes)."""
    from bench.synth import iter_corpus
    from rag.chunk import chunk_for

    out, texts = [], []
    for art, _ in iter_corpus(1):
        if have >= target_chunks:
            break
        out.append(art)
        ch = chunk_for(art, settings)
        texts += [c.text for c in ch]
        have += len(ch)
    return out, texts


def noisy(real: Any, n: int, rng: Any) -> Any:
    """``n`` vectors, each a random real one plus Gaussian noise, re-normalized."""
    import numpy as np

    base = real[rng.integers(0, len(real), n)]
    out = base + rng.standard_normal(base.shape).astype(np.float32) * (
        SIGMA / np.sqrt(base.shape[1])
    )
    return out / np.linalg.norm(out, axis=1, keepdims=True)


def build_newsrag(
    settings: Any, answer: list[Any], filler: list[Any], fill_texts: list[str], cache: EmbedCache
) -> dict[str, Any]:
    """Ingest through the library (vectors pre-cached: real for answer chunks, noisy filler)."""
    import numpy as np

    import rag
    from rag.chunk import chunk_for
    from rag.embed import MINILM_NAME
    from rag.index import text_hash

    idx = rag.open_index(settings)
    real_texts = [c.text for a in answer for c in chunk_for(a, settings)]
    cache.prime(idx.catalog, real_texts)
    real = np.asarray(cache.vectors(real_texts), dtype=np.float32)
    vecs = noisy(real, len(fill_texts), np.random.default_rng(1))
    idx.catalog.cache_vectors(
        MINILM_NAME, [(text_hash(t), v.tolist()) for t, v in zip(fill_texts, vecs, strict=True)]
    )
    t = time.perf_counter()
    rep = idx.ingest_articles(answer + filler, progress=False)
    return {
        "chunks": idx.store.count(),
        "answer_chunks": len(real_texts),
        "avg_chunk_chars": round(sum(map(len, real_texts + fill_texts)) / idx.store.count()),
        "ingest_s_with_cached_vectors": round(time.perf_counter() - t, 1),
        "ingest_report": str(rep).splitlines()[0],
    }


def build_langchain(
    client: Any, answer: list[Any], filler: list[Any], cache: EmbedCache
) -> tuple[Any, dict[str, Any]]:
    """The plain pipeline: split, embed (noisy vectors for filler), Chroma defaults."""
    import numpy as np
    from langchain_chroma import Chroma
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)

    def docs(arts: list[Any]) -> list[Any]:
        return splitter.create_documents(
            [a.text for a in arts],
            metadatas=[{"article_id": a.id, "title": a.title} for a in arts],
        )

    real_docs, fill_docs = docs(answer), docs(filler)
    real = np.asarray(cache.vectors([d.page_content for d in real_docs]), dtype=np.float32)
    vecs = noisy(real, len(fill_docs), np.random.default_rng(2))
    fmap = {d.page_content: v.tolist() for d, v in zip(fill_docs, vecs, strict=True)}
    t = time.perf_counter()
    lc = Chroma(
        collection_name="langchain", embedding_function=make_embeddings(cache, fmap), client=client
    )
    all_docs = real_docs + fill_docs
    for b in range(0, len(all_docs), 5000):  # under Chroma's max batch
        lc.add_documents(all_docs[b : b + 5000])
    n = len(all_docs)
    return lc, {
        "chunks": n,
        "answer_chunks": len(real_docs),
        "avg_chunk_chars": round(sum(len(d.page_content) for d in all_docs) / n),
        "ingest_s_with_cached_vectors": round(time.perf_counter() - t, 1),
    }


def measure(over: dict[str, Any], lc: Any, qs: list[dict[str, str]]) -> dict[str, Any]:
    """Alternate rag.retrieve and similarity_search per question; latency and hits."""
    import rag

    for q in qs[:5]:  # warm-up: HNSW segments, BM25 load, ONNX session
        rag.retrieve(q["question"], k=5, settings=over)
        lc.similarity_search(q["question"], k=5)
    res: dict[str, dict[str, list[Any]]] = {
        name: {"lat": [], "hit": [], "ans": [], "hit1": []} for name in ("newsrag", "langchain")
    }
    for i, q in enumerate(qs):
        calls = [
            (
                "newsrag",
                lambda q=q: [
                    (p.chunk.article_id, p.text)
                    for p in rag.retrieve(q["question"], k=5, settings=over)
                ],
            ),
            (
                "langchain",
                lambda q=q: [
                    (d.metadata["article_id"], d.page_content)
                    for d in lc.similarity_search(q["question"], k=5)
                ],
            ),
        ]
        if i % 2:
            calls.reverse()
        for name, fn in calls:
            t = time.perf_counter()
            got = fn()
            res[name]["lat"].append(time.perf_counter() - t)
            mine = [(rank, txt) for rank, (aid, txt) in enumerate(got) if aid == q["article_id"]]
            res[name]["hit"].append(any(q["evidence"] in txt for _, txt in mine))
            res[name]["hit1"].append(any(q["evidence"] in txt for r, txt in mine if r == 0))
            res[name]["ans"].append(any(q["answer"] in txt for _, txt in mine))
    out: dict[str, Any] = {}
    for name, r in res.items():
        out[name] = {
            "latency": summary_ms(r["lat"]),
            "evidence_hit_at_5": round(sum(r["hit"]) / len(qs), 4),
            "evidence_hit_at_1": round(sum(r["hit1"]) / len(qs), 4),
            "answer_hit_at_5": round(sum(r["ans"]) / len(qs), 4),
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="2k chunks, 40 answer articles")
    ap.add_argument("--real", type=int, help="answer articles embedded for real (default 200)")
    ap.add_argument("--chunks", type=int, help="newsrag chunks in the index (default 10000)")
    ap.add_argument("--modes", default=None, help="embedded,server (default both; quick: embedded)")
    ap.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    a = ap.parse_args()
    n_real = a.real or (40 if a.quick else 200)
    target = a.chunks or (2000 if a.quick else 10000)
    modes = (a.modes or ("embedded" if a.quick else "embedded,server")).split(",")

    import chromadb
    from chromadb.config import Settings as ChromaSettings

    import rag
    from rag.settings import get_settings

    work = fresh_dir(a.workdir / f"langchain-{target}")
    cache = EmbedCache(a.workdir)
    answer, qs = corpus(n_real)
    s0 = rag.Settings(data_dir=work / "probe", llm="extractive")
    from rag.chunk import chunk_for

    have = sum(len(chunk_for(x, s0)) for x in answer)
    filler, fill_texts = filler_articles(target, have, s0)
    print(f"{len(answer)} answer + {len(filler)} filler articles; {len(qs)} questions", flush=True)

    out: dict[str, Any] = {
        "corpus": {
            "answer_articles": len(answer),
            "filler_articles": len(filler),
            "target_newsrag_chunks": target,
            "questions": len(qs),
            "filler_vectors": f"real vector + N(0, {SIGMA}/sqrt(384)) noise, re-normalized",
        }
    }
    rows = []
    chroma_cfg = ChromaSettings(anonymized_telemetry=False)
    for mode in modes:
        print(f"-- {mode}", flush=True)
        server = None
        if mode == "server":
            server = ChromaServer(work / "chroma-server").__enter__()
            host, port = "127.0.0.1", server.port
            client = chromadb.HttpClient(host=host, port=port, settings=chroma_cfg)
            over = {
                "data_dir": str(work / f"newsrag-{mode}"),
                "chroma_url": server.url,
                "llm": "extractive",
            }
        else:
            client = chromadb.PersistentClient(str(work / "langchain-chroma"), settings=chroma_cfg)
            over = {"data_dir": str(work / f"newsrag-{mode}"), "llm": "extractive"}
        try:
            nr_build = build_newsrag(get_settings(over), answer, filler, fill_texts, cache)
            lc, lc_build = build_langchain(client, answer, filler, cache)
            print(f"   built: newsrag {nr_build}, langchain {lc_build}", flush=True)
            got = measure(over, lc, qs)
        finally:
            if server is not None:
                server.__exit__()
        got["newsrag"] |= nr_build
        got["langchain"] |= lc_build
        got["ratio_p50_newsrag_over_langchain"] = round(
            got["newsrag"]["latency"]["p50_ms"] / got["langchain"]["latency"]["p50_ms"], 3
        )
        out[mode] = got
        for name in ("newsrag", "langchain"):
            o = got[name]
            rows.append(
                [
                    mode,
                    name,
                    o["chunks"],
                    f"{o['evidence_hit_at_5']:.3f}",
                    f"{o['evidence_hit_at_1']:.3f}",
                    f"{o['answer_hit_at_5']:.3f}",
                    o["latency"]["p50_ms"],
                    o["latency"]["p95_ms"],
                ]
            )
    print(
        table(
            rows,
            [
                "mode",
                "system",
                "chunks",
                "evid hit@5",
                "evid hit@1",
                "ans hit@5",
                "p50 ms",
                "p95 ms",
            ],
        )
    )
    out["notes"] = (
        "2-core machine shared with other agents: latencies noisy; calls alternated per "
        "question. Latency includes the query embedding on both sides; newsrag also runs "
        "BM25 + fusion + catalog reads."
    )
    write_results(f"langchain_compare{'' if target == 10000 else f'.{target}'}", out, quick=a.quick)


if __name__ == "__main__":
    main()
