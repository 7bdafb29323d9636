"""newsrag retrieval vs a plain LangChain + Chroma pipeline on the same corpus and questions.

    .venv/bin/python bench/langchain_compare.py          # 300 synthetic articles + seeds/
    .venv/bin/python bench/langchain_compare.py --quick  # 40 synthetic articles + seeds/

Baseline (what a user would otherwise build): ``RecursiveCharacterTextSplitter(chunk_size=1000,
chunk_overlap=200)`` over each article text, the same MiniLM ONNX embedder wrapped as a
LangChain ``Embeddings``, ``langchain_chroma.Chroma`` with its defaults (embedded, L2 space,
default HNSW), ``similarity_search(question, k=5)``.

newsrag: ``Index.ingest_articles`` / ``Index.ingest(seeds/)`` and ``rag.retrieve(question, k=5)``
(sentence-aligned ~200-token chunks, hybrid dense + BM25).

Both sides see the same article texts (``rag.ingest`` reading of seeds/, synthetic articles as
generated) and the same questions: one per synthetic article (bench/synth.py) plus 8 written
for the seed articles. A *hit* is a returned chunk of the right article that contains the whole
evidence sentence (``evidence hit@5``); ``answer hit@5`` only needs the short answer (e.g.
"412 confirmed cases"). Latency: both calls embed the query; they are timed alternately per
question so background load hits both alike. Document vectors come from the shared bench
embedding cache (same model, same vectors as a fresh embed), so the setup is fast on reruns.
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
    EmbedCache,
    fresh_dir,
    summary_ms,
    table,
    write_results,
)

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


def make_embeddings(cache: EmbedCache) -> Any:
    """rag.embed.MiniLMEmbedder as a LangChain Embeddings (documents via the bench cache)."""
    from langchain_core.embeddings import Embeddings

    class MiniLMEmbeddings(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return cache.vectors(texts, label="langchain docs")

        def embed_query(self, text: str) -> list[float]:
            return cache.embedder.embed([text])[0]

    return MiniLMEmbeddings()


def corpus(n: int) -> tuple[list[Any], list[dict[str, str]]]:
    """Synthetic + seed articles and the questions with their article ids."""
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--articles", type=int, help="synthetic articles (default 300; quick 40)")
    ap.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    a = ap.parse_args()
    n = a.articles or (40 if a.quick else 300)

    from langchain_chroma import Chroma
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    import rag
    from rag.chunk import chunk_for

    work = fresh_dir(a.workdir / ("langchain-quick" if a.quick else "langchain"))
    cache = EmbedCache(a.workdir)
    articles, qs = corpus(n)

    # newsrag
    s = rag.Settings(data_dir=work / "newsrag", llm="extractive")
    idx = rag.Index(s)
    texts = [c.text for art in articles for c in chunk_for(art, s)]
    cache.prime(idx.catalog, texts)
    t = time.perf_counter()
    rep = idx.ingest_articles(articles, progress=False)
    nr_ingest = time.perf_counter() - t
    nr_chunks = idx.store.count()

    # LangChain
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    docs = splitter.create_documents(
        [art.text for art in articles],
        metadatas=[{"article_id": art.id, "title": art.title} for art in articles],
    )
    emb = make_embeddings(cache)
    t = time.perf_counter()
    lc = Chroma(
        collection_name="langchain",
        embedding_function=emb,
        persist_directory=str(work / "langchain"),
    )
    lc.add_documents(docs)
    lc_ingest = time.perf_counter() - t

    cache.embedder.embed(["warm up"])
    for q in qs[:5]:
        rag.retrieve(q["question"], k=5, index=idx)
        lc.similarity_search(q["question"], k=5)

    res: dict[str, dict[str, Any]] = {
        name: {"lat": [], "hit": [], "ans": [], "hit1": []} for name in ("newsrag", "langchain")
    }
    for i, q in enumerate(qs):
        calls = [
            (
                "newsrag",
                lambda q=q: [
                    (p.chunk.article_id, p.text)
                    for p in rag.retrieve(q["question"], k=5, index=idx)
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

    def rate(name: str, key: str, source: str | None = None) -> float:
        vals = [
            v
            for v, q in zip(res[name][key], qs, strict=True)
            if source is None or q["source"] == source
        ]
        return sum(vals) / len(vals)

    out: dict[str, Any] = {
        "corpus": {
            "synthetic_articles": n,
            "seed_articles": len(articles) - n,
            "questions": len(qs),
        }
    }
    rows = []
    for name, chunks, avg in (
        ("newsrag", nr_chunks, sum(map(len, texts)) / len(texts)),
        ("langchain", len(docs), sum(len(d.page_content) for d in docs) / len(docs)),
    ):
        lat = summary_ms(res[name]["lat"])
        out[name] = {
            "chunks": chunks,
            "avg_chunk_chars": round(avg),
            "latency": lat,
            "evidence_hit_at_5": rate(name, "hit"),
            "evidence_hit_at_1": rate(name, "hit1"),
            "answer_hit_at_5": rate(name, "ans"),
            "evidence_hit_at_5_seeds": rate(name, "hit", "seeds"),
            "evidence_hit_at_5_synthetic": rate(name, "hit", "synthetic"),
        }
        o = out[name]
        rows.append(
            [
                name,
                chunks,
                round(avg),
                f"{o['evidence_hit_at_5']:.3f}",
                f"{o['evidence_hit_at_1']:.3f}",
                f"{o['answer_hit_at_5']:.3f}",
                f"{o['evidence_hit_at_5_seeds']:.3f}",
                lat["p50_ms"],
                lat["p95_ms"],
            ]
        )
    out["newsrag"]["ingest_s_with_cached_vectors"] = nr_ingest
    out["newsrag"]["ingest_report"] = str(rep).splitlines()[0]
    out["langchain"]["ingest_s_with_cached_vectors"] = lc_ingest
    ratio_hit = out["newsrag"]["evidence_hit_at_5"] / max(
        out["langchain"]["evidence_hit_at_5"], 1e-9
    )
    ratio_lat = out["newsrag"]["latency"]["p50_ms"] / out["langchain"]["latency"]["p50_ms"]
    out["ratio_newsrag_over_langchain"] = {"evidence_hit_at_5": ratio_hit, "latency_p50": ratio_lat}
    print(
        table(
            rows,
            [
                "system",
                "chunks",
                "avg chars",
                "evid hit@5",
                "evid hit@1",
                "ans hit@5",
                "seed hit@5",
                "p50 ms",
                "p95 ms",
            ],
        )
    )
    print(
        f"\nratio newsrag/langchain: evidence hit@5 x{ratio_hit:.2f}, query latency p50 "
        f"x{ratio_lat:.2f} ({len(qs)} questions; latency includes query embedding on both "
        "sides; newsrag also runs BM25 + fusion)"
    )
    out["notes"] = (
        "2-core machine shared with other engineers: latencies noisy; calls "
        "alternated per question."
    )
    write_results("langchain_compare", out, quick=a.quick)


if __name__ == "__main__":
    main()
