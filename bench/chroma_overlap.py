"""Can Python work (BM25, catalog reads) run beside a Chroma vector query and save its time?

    .venv/bin/python bench/chroma_overlap.py [--chunks 10000] [--queries 200]

Builds a throwaway embedded Chroma collection of random unit vectors (384 dimensions, cosine,
as newsrag's), then times the bare query newsrag makes (50 ids and distances) alone, and again
while another thread runs pure-Python work, as overlapping the hybrid's lexical half with the
vector query would. If the query released the GIL for its whole length, its time would not
change and the other thread would keep most of its speed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import numpy as np  # noqa: E402

from bench.common import summary_ms, table, write_results  # noqa: E402


def main() -> None:
    """Time the query alone and beside a busy thread; print a table and write JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chunks", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=200)
    args = ap.parse_args()

    import chromadb

    rng = np.random.default_rng(0)

    def unit(n: int) -> np.ndarray:
        v = rng.standard_normal((n, 384)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    with tempfile.TemporaryDirectory() as tmp:
        client = chromadb.PersistentClient(path=tmp)
        col = client.create_collection("overlap", metadata={"hnsw:space": "cosine"})
        vecs = unit(args.chunks)
        for a in range(0, args.chunks, 2000):
            col.add(
                ids=[str(i) for i in range(a, min(a + 2000, args.chunks))],
                embeddings=vecs[a : a + 2000],
            )
        queries = unit(args.queries)

        def query_all() -> list[float]:
            out = []
            for q in queries:
                t = time.perf_counter()
                col.query(query_embeddings=[q], n_results=50, include=["distances"])
                out.append(time.perf_counter() - t)
            return out

        query_all()  # warm the index
        alone = query_all()
        stop = threading.Event()
        done = [0]

        def busy() -> None:
            while not stop.is_set():
                sum(range(200))
                done[0] += 1

        th = threading.Thread(target=busy)
        th.start()
        t0 = time.perf_counter()
        beside = query_all()
        busy_s = time.perf_counter() - t0
        stop.set()
        th.join()
        busy_rate = done[0] / busy_s
        stop.clear()
        done[0] = 0
        th = threading.Thread(target=busy)
        th.start()
        time.sleep(1.0)
        stop.set()
        th.join()
        solo_rate = done[0] / 1.0

    result = {
        "chunks": args.chunks,
        "query_alone": summary_ms(alone),
        "query_beside_busy_thread": summary_ms(beside),
        "busy_thread_speed_kept": round(busy_rate / solo_rate, 3),
        "switch_interval_ms": sys.getswitchinterval() * 1000,
    }
    print(
        table(
            [
                ["alone", result["query_alone"]["p50_ms"], result["query_alone"]["p95_ms"], ""],
                [
                    "beside a busy Python thread",
                    result["query_beside_busy_thread"]["p50_ms"],
                    result["query_beside_busy_thread"]["p95_ms"],
                    result["busy_thread_speed_kept"],
                ],
            ],
            ["Chroma query (50 ids)", "p50 ms", "p95 ms", "other thread's speed kept"],
        )
    )
    write_results("chroma_overlap", result)


if __name__ == "__main__":
    main()
