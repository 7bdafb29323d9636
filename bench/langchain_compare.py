"""newsrag retrieval vs a plain LangChain + Chroma pipeline: same corpus, questions and run.

    .venv/bin/python bench/langchain_compare.py                 # 10k newsrag chunks, both modes
    .venv/bin/python bench/langchain_compare.py --chunks 100000 # 100k (long: ~4x10k ingest time)
    .venv/bin/python bench/langchain_compare.py --quick         # 2k chunks, embedded only
    .venv/bin/python bench/langchain_compare.py --corpus long   # bench/data/long, alone + mixed

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

``--corpus long``: the ten hand-written 1,000-1,500-word articles in bench/data/long (real
vectors on both sides) and the questions of tests/eval/long.yaml that have ``must_cite``
(unanswerable cases are skipped; a summarize case asks its topic). Two sections per mode:
*alone* (only the long articles) and *mixed* (the long articles added to the synthetic answer
articles and filler above, up to ``--chunks``). A hit is a returned chunk that *holds* a
``must_cite`` item, as in rag.eval: it comes from that article (article key) or contains the
whole span (whitespace-squashed). Each question is asked ``--rounds`` times (default 3 for
long) for more latency samples; hits are scored on the first round; missed case ids are listed.
Results: bench/results/langchain_compare.long[.N].json.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
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

LONG_DIR = ROOT / "bench" / "data" / "long"
LONG_CASES = ROOT / "tests" / "eval" / "long.yaml"


def squash(text: str) -> str:
    """Whitespace runs as one space: chunkers may re-wrap lines, not words."""
    return " ".join(text.split())


def long_targets(
    must_cite: Sequence[tuple[str | None, str | None]], texts: dict[str, str], stems: dict[str, str]
) -> list[tuple[frozenset[str], str | None]]:
    """Resolve ``must_cite`` items ((article key, span) pairs) to (article ids, span or None).

    A bare string that is a file stem means the whole article; any other span must occur in
    an article (in ``spec.article`` if given). Raises ValueError naming an unknown key or span.
    """
    out: list[tuple[frozenset[str], str | None]] = []
    for article, span in must_cite:
        if article is not None and article not in stems:
            raise ValueError(f"must_cite article {article!r} is not a file stem in bench/data/long")
        if span is None or (article is None and span in stems):
            key = article if span is None else span
            assert key is not None
            out.append((frozenset([stems[key]]), None))
            continue
        pool = [stems[article]] if article else sorted(texts)
        owners = frozenset(a for a in pool if squash(span) in squash(texts[a]))
        if not owners:
            raise ValueError(f"must_cite span {span!r} occurs in no long article")
        out.append((owners, span))
    return out


def evidence_rank(q: dict[str, Any], got: Sequence[tuple[str, str]]) -> int | None:
    """Rank (0-based) of the first (article id, text) holding the question's evidence, or None.

    Synthetic questions: a chunk of ``article_id`` containing the whole ``evidence`` sentence.
    Long questions: a chunk holding any of ``targets`` (see :func:`long_targets`).
    """
    for rank, (aid, txt) in enumerate(got):
        if "targets" in q:
            flat = squash(txt)
            if any(
                aid in ids and (span is None or squash(span) in flat) for ids, span in q["targets"]
            ):
                return rank
        elif aid == q["article_id"] and q["evidence"] in txt:
            return rank
    return None


def long_corpus() -> tuple[list[Any], list[dict[str, Any]]]:
    """The long articles and the long.yaml questions that name their evidence."""
    from rag.eval.testset import load_testset
    from rag.ingest import read_file
    from rag.types import Article

    arts: list[Any] = []
    stems: dict[str, str] = {}
    for f in sorted(LONG_DIR.glob("*.json")):
        for a in read_file(f):
            assert isinstance(a, Article), f"{f}: {a}"
            arts.append(a)
            stems[f.stem] = a.id
    texts = {a.id: a.text for a in arts}
    qs = [
        {
            "id": c.id,
            # summarize cases retrieve by their topic (their question is "Summary of TOPIC")
            "question": c.topic if c.task == "summarize" and c.topic else c.question,
            "targets": long_targets(
                [(m.article, m.span) for m in c.expected.must_cite], texts, stems
            ),
            "source": "long",
        }
        for c in load_testset(LONG_CASES)
        if c.expected.must_cite
    ]
    return arts, qs


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
    from rag.types import Article

    c = generate(n, 0)
    seeds = [
        a
        for f in iter_files([ROOT / "seeds"])
        if isinstance(f, Path)
        for a in read_file(f)
        if isinstance(a, Article)
    ]
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


# The A/B variant of --chroma-too: newsrag with every dense query sent to Chroma, as before
# the in-process vector mirror.
CHROMA_QUERY = "newsrag (Chroma query)"


def measure(
    over: dict[str, Any],
    lc: Any,
    qs: list[dict[str, Any]],
    rounds: int = 1,
    chroma_too: bool = False,
) -> dict[str, Any]:
    """Alternate rag.retrieve and similarity_search per question; latency and hits.

    ``chroma_too`` adds newsrag with the vector mirror off, in the same rotation.
    """
    import rag

    variants = {"newsrag": over}
    if chroma_too:
        variants[CHROMA_QUERY] = over | {"vector_mirror": False}
    for q in qs[:5]:  # warm-up: HNSW segments, BM25 load, ONNX session, the vector mirror
        for v in variants.values():
            rag.retrieve(q["question"], k=5, settings=v)
        lc.similarity_search(q["question"], k=5)
    res: dict[str, dict[str, list[Any]]] = {
        name: {"lat": [], "hit": [], "ans": [], "hit1": [], "miss5": [], "miss1": []}
        for name in (*variants, "langchain")
    }
    for rnd in range(rounds):
        for i, q in enumerate(qs):
            calls = [
                (
                    name,
                    lambda q=q, v=v: [
                        (p.chunk.article_id, p.text)
                        for p in rag.retrieve(q["question"], k=5, settings=v)
                    ],
                )
                for name, v in variants.items()
            ]
            calls.append(
                (
                    "langchain",
                    lambda q=q: [
                        (d.metadata["article_id"], d.page_content)
                        for d in lc.similarity_search(q["question"], k=5)
                    ],
                )
            )
            # Rotate who goes first, so background load and caches favour no one.
            shift = (i + rnd) % len(calls)
            calls = calls[shift:] + calls[:shift]
            for name, fn in calls:
                t = time.perf_counter()
                got = fn()
                res[name]["lat"].append(time.perf_counter() - t)
                if rnd:  # later rounds only add latency samples: retrieval is deterministic
                    continue
                rank = evidence_rank(q, got)
                res[name]["hit"].append(rank is not None)
                res[name]["hit1"].append(rank == 0)
                if "id" in q:  # named cases: list the misses, to read the failures
                    if rank is None:
                        res[name]["miss5"].append(q["id"])
                    if rank != 0:
                        res[name]["miss1"].append(q["id"])
                if "answer" in q:
                    res[name]["ans"].append(
                        any(q["answer"] in txt for aid, txt in got if aid == q["article_id"])
                    )
    out: dict[str, Any] = {}
    for name, r in res.items():
        out[name] = {
            "latency": summary_ms(r["lat"]),
            "evidence_hit_at_5": round(sum(r["hit"]) / len(qs), 4),
            "evidence_hit_at_1": round(sum(r["hit1"]) / len(qs), 4),
        }
        if r["ans"]:
            out[name]["answer_hit_at_5"] = round(sum(r["ans"]) / len(qs), 4)
        if any("id" in q for q in qs):
            out[name]["missed_at_5"] = r["miss5"]
            out[name]["missed_at_1"] = r["miss1"]
    return out


def run_mode(
    mode: str,
    tag: str,
    work: Path,
    cache: EmbedCache,
    corpus_parts: tuple[list[Any], list[Any], list[str], list[dict[str, Any]]],
    rounds: int,
    reuse: bool = False,
    chroma_too: bool = False,
) -> dict[str, Any]:
    """Build both indexes for one mode (``tag`` keeps sections apart on disk) and measure.

    With ``reuse``, indexes that an earlier run of the same corpus built (recorded in
    ``built-<mode><tag>.json``) are measured again as they are: only the query code changed.
    """
    import json

    import chromadb
    from chromadb.config import Settings as ChromaSettings

    from rag.settings import get_settings

    answer, filler, fill_texts, qs = corpus_parts
    chroma_cfg = ChromaSettings(anonymized_telemetry=False)
    server = None
    if mode == "server":
        server = ChromaServer(work / f"chroma-server{tag}").__enter__()
        host, port = "127.0.0.1", server.port
        client = chromadb.HttpClient(host=host, port=port, settings=chroma_cfg)
        over = {
            "data_dir": str(work / f"newsrag-{mode}{tag}"),
            "chroma_url": server.url,
            "llm": "extractive",
        }
    else:
        client = chromadb.PersistentClient(
            str(work / f"langchain-chroma{tag}"), settings=chroma_cfg
        )
        over = {"data_dir": str(work / f"newsrag-{mode}{tag}"), "llm": "extractive"}
    record = work / f"built-{mode}{tag}.json"
    try:
        if reuse and record.exists():
            from langchain_chroma import Chroma

            built = json.loads(record.read_text())
            nr_build, lc_build = built["newsrag"], built["langchain"]
            lc = Chroma(
                collection_name="langchain",
                embedding_function=make_embeddings(cache, {}),
                client=client,
            )
            print(f"   reusing the indexes built {built['built_at']}", flush=True)
        else:
            nr_build = build_newsrag(get_settings(over), answer, filler, fill_texts, cache)
            lc, lc_build = build_langchain(client, answer, filler, cache)
            record.write_text(
                json.dumps(
                    {
                        "newsrag": nr_build,
                        "langchain": lc_build,
                        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
                    }
                )
            )
            print(f"   built: newsrag {nr_build}, langchain {lc_build}", flush=True)
        got = measure(over, lc, qs, rounds, chroma_too)
    finally:
        if server is not None:
            server.__exit__()
    got["newsrag"] |= nr_build
    if CHROMA_QUERY in got:
        got[CHROMA_QUERY] |= nr_build
    got["langchain"] |= lc_build
    got["ratio_p50_newsrag_over_langchain"] = round(
        got["newsrag"]["latency"]["p50_ms"] / got["langchain"]["latency"]["p50_ms"], 3
    )
    return got


def _systems(got: dict[str, Any]) -> list[str]:
    return [n for n in ("newsrag", CHROMA_QUERY, "langchain") if n in got]


def row(got: dict[str, Any], name: str) -> list[Any]:
    """One table row: chunks, hits, latency (answer hit "-" where not measured)."""
    o = got[name]
    ans = o.get("answer_hit_at_5")
    return [
        name,
        o["chunks"],
        f"{o['evidence_hit_at_5']:.3f}",
        f"{o['evidence_hit_at_1']:.3f}",
        "-" if ans is None else f"{ans:.3f}",
        o["latency"]["p50_ms"],
        o["latency"]["p95_ms"],
    ]


HEADERS = ["system", "chunks", "evid hit@5", "evid hit@1", "ans hit@5", "p50 ms", "p95 ms"]
NOTES = (
    "2-core machine shared with other agents: latencies noisy; calls alternated per "
    "question. Latency includes the query embedding on both sides; newsrag also runs "
    "BM25 + fusion + catalog reads."
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="2k chunks, 40 answer articles")
    ap.add_argument("--real", type=int, help="answer articles embedded for real (default 200)")
    ap.add_argument("--chunks", type=int, help="newsrag chunks in the index (default 10000)")
    ap.add_argument("--modes", default=None, help="embedded,server (default both; quick: embedded)")
    ap.add_argument(
        "--corpus",
        choices=("synthetic", "long"),
        default="synthetic",
        help="synthetic (default) or long: bench/data/long with tests/eval/long.yaml questions",
    )
    ap.add_argument(
        "--sections", default="alone,mixed", help="long only: alone, mixed (default both)"
    )
    ap.add_argument("--rounds", type=int, help="times each question is asked (long default 3)")
    ap.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    ap.add_argument(
        "--reuse",
        action="store_true",
        help="measure the indexes an earlier run of the same size built (skips the ingest)",
    )
    ap.add_argument(
        "--chroma-too",
        action="store_true",
        help="also measure newsrag with RAG_VECTOR_MIRROR=false (every dense query to Chroma)",
    )
    a = ap.parse_args()
    n_real = a.real or (40 if a.quick else 200)
    target = a.chunks or (2000 if a.quick else 10000)
    modes = (a.modes or ("embedded" if a.quick else "embedded,server")).split(",")
    if a.corpus == "long":
        main_long(a, n_real, target, modes)
        return

    import rag

    work = a.workdir / f"langchain-{target}"
    if not a.reuse:
        fresh_dir(work)
    work.mkdir(parents=True, exist_ok=True)
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
    for mode in modes:
        print(f"-- {mode}", flush=True)
        got = run_mode(
            mode,
            "",
            work,
            cache,
            (answer, filler, fill_texts, qs),
            a.rounds or 1,
            a.reuse,
            a.chroma_too,
        )
        out[mode] = got
        rows += [[mode, *row(got, name)] for name in _systems(got)]
    print(table(rows, ["mode", *HEADERS]))
    out["notes"] = NOTES
    write_results(f"langchain_compare{'' if target == 10000 else f'.{target}'}", out, quick=a.quick)


def main_long(a: argparse.Namespace, n_real: int, target: int, modes: list[str]) -> None:
    """``--corpus long``: the long articles alone, and mixed into the synthetic corpus."""
    import rag
    from rag.chunk import chunk_for

    work = a.workdir / f"langchain-long-{target}"
    if not a.reuse:
        fresh_dir(work)
    work.mkdir(parents=True, exist_ok=True)
    cache = EmbedCache(a.workdir)
    long_arts, qs = long_corpus()
    rounds = a.rounds or 3
    s0 = rag.Settings(data_dir=work / "probe", llm="extractive")
    sections = a.sections.split(",")
    out: dict[str, Any] = {
        "questions": len(qs),
        "question_source": "tests/eval/long.yaml cases with must_cite",
        "rounds": rounds,
    }
    rows = []
    for section in sections:
        if section == "alone":
            parts: tuple[list[Any], list[Any], list[str], list[dict[str, Any]]] = (
                long_arts,
                [],
                [],
                qs,
            )
        elif section == "mixed":
            answer = corpus(n_real)[0] + long_arts
            have = sum(len(chunk_for(x, s0)) for x in answer)
            filler, fill_texts = filler_articles(target, have, s0)
            parts = (answer, filler, fill_texts, qs)
        else:
            raise SystemExit(f"unknown section {section!r}: use alone and/or mixed")
        print(
            f"== {section}: {len(parts[0])} real + {len(parts[1])} filler articles; "
            f"{len(qs)} long questions x {rounds}",
            flush=True,
        )
        sec: dict[str, Any] = {
            "corpus": {
                "long_articles": len(long_arts),
                "real_articles": len(parts[0]),
                "filler_articles": len(parts[1]),
                "target_newsrag_chunks": target if section == "mixed" else None,
            }
        }
        for mode in modes:
            print(f"-- {section} {mode}", flush=True)
            got = run_mode(mode, f"-{section}", work, cache, parts, rounds, a.reuse, a.chroma_too)
            sec[mode] = got
            rows += [[section, mode, *row(got, name)] for name in _systems(got)]
        out[section] = sec
    print(table(rows, ["section", "mode", *HEADERS]))
    out["notes"] = NOTES + (
        " Long questions: few (n per round), so p50/p95 are rough; later rounds repeat them."
    )
    write_results(
        f"langchain_compare.long{'' if target == 10000 else f'.{target}'}", out, quick=a.quick
    )


if __name__ == "__main__":
    main()
