"""The in-process vector mirror against the Chroma query it replaces, on a built bench index.

    .venv/bin/python bench/langchain_compare.py --modes embedded        # builds the 10k index
    .venv/bin/python bench/mirror.py [--chunks 10000] [--rounds 3]

On the newsrag index ``bench/langchain_compare.py`` built (embedded mode, same work dir), for
the real query vectors of its questions (MiniLM, embedded once, outside the timings):

- latency of the dense candidate search newsrag makes per question (50 ids and cosines):
  ``Index.nearest`` through the mirror, and ``ChromaStore.query`` (HNSW, ef_search 256);
  the two alternate per question;
- recall@5 and recall@50 of each against exact search over every vector (numpy, by cosine);
- the mirror's first load from the catalog's vector cache (the cost of the first question in a
  new process, or after another process changed the catalog), its memory, and its mode (exact
  up to ``RAG_MIRROR_EXACT_LIMIT`` chunks, IVF lists above). Above the limit the first load is
  timed twice: training the lists (the bench deletes the saved centres first), then in a second
  Index that reads the centres the first one saved.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import DEFAULT_WORKDIR, EmbedCache, summary_ms, table, write_results  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--chunks", type=int, default=10000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--nprobe", type=int, help="IVF lists probed (default: settings)")
    ap.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    a = ap.parse_args()

    from bench.langchain_compare import corpus
    from rag.index import Index
    from rag.settings import Settings

    work = a.workdir / f"langchain-{a.chunks}"
    data = work / "newsrag-embedded"
    if not (work / "built-embedded.json").exists():
        sys.exit(f"No index in {work}: run bench/langchain_compare.py --modes embedded first.")
    over: dict[str, Any] = {"data_dir": str(data), "llm": "extractive"}
    if a.nprobe:
        over["mirror_nprobe"] = a.nprobe
    _, qs = corpus(200)
    cache = EmbedCache(a.workdir)
    vecs = np.asarray(cache.vectors([q["question"] for q in qs]), dtype=np.float32)
    shutil.rmtree(data / "mirror", ignore_errors=True)  # the bench's own copy: train afresh
    loads = []
    for _ in range(2):  # the first trains and saves the lists; the second reads them
        idx = Index(Settings(**over))
        version = idx.ensure_lexical()
        t = time.perf_counter()
        idx.nearest(vecs[0], 50, None, None, version)
        loads.append(time.perf_counter() - t)
    train_s, load_s = loads
    store = idx.store
    mirror = idx._mirror
    assert mirror is not None and mirror.complete, "the mirror did not load every vector"
    snap = mirror._snap
    assert snap is not None
    mode = "exact" if snap.centroids is None else f"IVF {len(snap.centroids)} lists"

    lat: dict[str, list[float]] = {"mirror": [], "chroma": []}
    got: dict[str, list[list[str]]] = {"mirror": [], "chroma": []}
    for rnd in range(a.rounds):
        for i, v in enumerate(vecs):
            calls = [
                ("mirror", lambda v=v: idx.nearest(v, 50, None, None, version)),
                ("chroma", lambda v=v: store.query(v.tolist(), 50)),
            ]
            if (i + rnd) % 2:
                calls.reverse()
            for name, fn in calls:
                t = time.perf_counter()
                hits = fn()
                lat[name].append(time.perf_counter() - t)
                if rnd == 0:
                    got[name].append([cid for cid, _ in hits])

    # Exact neighbours over every vector the mirror holds (the same set Chroma holds).
    exact = [[snap.ids[j] for j in np.argsort(-(snap.mat @ v), kind="stable")[:50]] for v in vecs]

    def recall(name: str, k: int) -> float:
        return round(
            float(
                np.mean(
                    [
                        len(set(g[:k]) & set(e[:k])) / k
                        for g, e in zip(got[name], exact, strict=True)
                    ]
                )
            ),
            4,
        )

    out: dict[str, Any] = {
        "chunks": mirror.size,
        "questions": len(qs),
        "rounds": a.rounds,
        "mode": mode,
        "nprobe": mirror.nprobe,
        "first_load_s": round(load_s, 2),
        "first_load_training_s": round(train_s, 2),
        "mirror_mb": round(snap.mat.nbytes / 2**20, 1),
    }
    rows = []
    for name in ("mirror", "chroma"):
        s = summary_ms(lat[name])
        out[name] = {"latency": s, "recall_at_5": recall(name, 5), "recall_at_50": recall(name, 50)}
        rows.append(
            [
                name,
                mode if name == "mirror" else "HNSW",
                out[name]["recall_at_5"],
                out[name]["recall_at_50"],
                s["p50_ms"],
                s["p95_ms"],
            ]
        )
    print(table(rows, ["search", "index", "recall@5", "recall@50", "p50 ms", "p95 ms"]))
    print(
        f"{mirror.size} chunks; first load {out['first_load_s']} s "
        f"({out['first_load_training_s']} s when it trains the lists); "
        f"{out['mirror_mb']} MB of vectors in memory"
    )
    write_results(f"mirror{'' if a.chunks == 10000 else f'.{a.chunks}'}", out)


if __name__ == "__main__":
    main()
