"""Where retrieval time goes: newsrag and LangChain against their common floor (embed + Chroma).

    .venv/bin/python bench/langchain_compare.py --modes embedded   # builds the 10k indexes once
    .venv/bin/python bench/retrieve_floor.py [--chunks 10000] [--rounds 2] [--ef-search N]

Four pipelines per question, in rotating order so background load hits all alike, on the
indexes ``bench/langchain_compare.py`` built (embedded mode, same work dir):

- ``rag.retrieve(q, k=5)`` (hybrid: dense + BM25, fusion, diversity, passages, statements);
- ``similarity_search(q, k=5)`` of the plain LangChain + Chroma baseline;
- the floor of each: the same query embedding plus the bare Chroma query each one makes
  (newsrag: 50 ids and distances; LangChain: 5 documents with metadata and distances).

``ours - floor`` is what the hybrid adds; ``floor - floor`` says whether the vector queries
themselves differ (HNSW ef_search and neighbours, results asked for).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import DEFAULT_WORKDIR, EmbedCache, summary_ms, table, write_results  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--chunks", type=int, default=10000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--ef-search", type=int, help="newsrag HNSW ef_search (default: settings)")
    ap.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    a = ap.parse_args()

    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma

    import rag
    from bench.langchain_compare import corpus, make_embeddings
    from rag.index import open_index
    from rag.settings import get_settings

    work = a.workdir / f"langchain-{a.chunks}"
    if not (work / "built-embedded.json").exists():
        sys.exit(f"No indexes in {work}: run bench/langchain_compare.py --modes embedded first.")
    over: dict[str, Any] = {"data_dir": str(work / "newsrag-embedded"), "llm": "extractive"}
    if a.ef_search:
        over["ef_search"] = a.ef_search
    client = chromadb.PersistentClient(
        str(work / "langchain-chroma"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    lc = Chroma(
        collection_name="langchain",
        embedding_function=make_embeddings(EmbedCache(a.workdir), {}),
        client=client,
    )
    _, cases = corpus(200)
    questions = [c["question"] for c in cases]
    idx = open_index(get_settings(over))
    emb = idx.embedder
    n = max(idx.settings.candidates, 20)

    def lc_floor(q: str) -> Any:
        return lc._collection.query(
            query_embeddings=[emb.embed([q])[0]],
            n_results=5,
            include=["documents", "metadatas", "distances"],
        )

    pipelines = {
        "newsrag rag.retrieve": lambda q: rag.retrieve(q, k=5, settings=over),
        "langchain similarity_search": lambda q: lc.similarity_search(q, k=5),
        "newsrag floor (embed + Chroma 50 ids)": lambda q: idx.store.query(
            emb.embed([q])[0], n, None
        ),
        "langchain floor (embed + Chroma 5 docs)": lc_floor,
    }
    for q in questions[:10]:  # warm-up: ONNX session, HNSW segments, BM25
        for fn in pipelines.values():
            fn(q)
    names = list(pipelines)
    lat: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(a.rounds):
        for i, q in enumerate(questions):
            for name in names[i % 4 :] + names[: i % 4]:
                t = time.perf_counter()
                pipelines[name](q)
                lat[name].append(time.perf_counter() - t)
    p50 = {name: statistics.median(x) * 1000 for name, x in lat.items()}
    out: dict[str, Any] = {name: summary_ms(x) for name, x in lat.items()}
    out["newsrag_over_floor_ms"] = round(p50[names[0]] - p50[names[2]], 3)
    out["langchain_over_floor_ms"] = round(p50[names[1]] - p50[names[3]], 3)
    out["floor_difference_ms"] = round(p50[names[2]] - p50[names[3]], 3)
    out["ef_search"] = idx.settings.ef_search
    out["chunks"] = a.chunks
    rows = [[name, out[name]["p50_ms"], out[name]["p95_ms"]] for name in names]
    print(table(rows, ["pipeline", "p50 ms", "p95 ms"]))
    print(
        f"newsrag adds {out['newsrag_over_floor_ms']:.2f} ms over its floor, LangChain "
        f"{out['langchain_over_floor_ms']:.2f} ms; floors differ by {out['floor_difference_ms']:.2f} ms"
    )
    write_results(f"retrieve_floor{'' if a.chunks == 10000 else f'.{a.chunks}'}", out)


if __name__ == "__main__":
    main()
