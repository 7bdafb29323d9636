"""Run every case for every prompt variant, in threads, with a resumable cache.

Every case runs through :func:`rag.answer` (or :func:`rag.who_said` / :func:`rag.summarize`)
once per prompt variant; results are cached in ``OUT/cache.jsonl`` keyed by variant, case
content, ``Settings.fingerprint()``, backend, k and the indexed articles, so an interrupted
run resumes where it stopped. Cases that do not use the answer prompt (who_said, summarize)
run once and are shared by all variants. Extractive and openai cases run in a thread pool
(``--concurrency``, default 4); local ones run one at a time, as the embedded model is
serialised. A who_said case is scored on what :func:`rag.who_said` returns: each attribution
counts as a citation of the retrieved passage holding it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rag.errors import RagError
from rag.eval.metrics import CaseRecord, compute_metrics, score_case
from rag.eval.report import SCHEMA_VERSION, EvalReport
from rag.eval.targets import Articles, Target, resolve_case
from rag.eval.testset import Case, load_testset

if TYPE_CHECKING:  # imported lazily at run time: `newsrag eval --help` stays fast
    from rag.index import Index
    from rag.types import Answer


def _fingerprint(index: Index, backend: str, k: int, prompt: str) -> str:
    s = index.settings.model_copy(update={"llm": backend, "k": k, "prompt": prompt})
    return s.fingerprint()


def _who_said_answer(case: Case, filters: dict[str, Any], k: int, index: Index) -> Answer:
    """Run rag.who_said and present its attributions as a cited Answer for scoring."""
    from rag.attributions import who_said
    from rag.types import Answer, AnswerSource, Citation

    t0 = time.perf_counter()
    topic = case.topic or case.question
    attrs, passages = who_said(topic, filters=filters or None, k=k, index=index, with_passages=True)
    t1 = time.perf_counter()
    ans = Answer(
        question=topic,
        text="",
        passages=passages,
        mode="who_said",
        source=AnswerSource.ATTRIBUTIONS,
        model="",
        prompt="",
        standalone_question=topic,
    )
    lines = []
    for n, a in enumerate(attrs, 1):
        # The passage holding the statement, else one overlapping it (whose citation then
        # scores invalid: its span leaks out), else none (the marker scores invalid).
        same = [p for p in passages if p.chunk.article_id == a.article_id]
        home = next(
            (p for p in same if p.chunk.start <= a.start and a.end <= p.chunk.end),
            next((p for p in same if p.chunk.start < a.end and a.start < p.chunk.end), None),
        )
        if home is not None:
            ans.citations[n] = Citation(number=n, passage=home, spans=[(a.start, a.end)])
        role = f" ({a.role})" if a.role else ""
        quote = f'"{a.quote}"' if a.kind == "direct" else a.quote
        lines.append(f"{a.speaker}{role} {a.cue}: {quote} [{n}]")
    ans.attributions = attrs
    ans.text = "\n".join(lines)
    ans.cannot_answer = not attrs
    if not attrs:
        ans.source = AnswerSource.NONE
    ans.timings = {"retrieve": t1 - t0, "total": t1 - t0}
    return ans


def run_case(
    case: Case,
    *,
    variant: str,
    backend: str,
    k: int,
    index: Index,
    targets: Sequence[Target] = (),
    filters: dict[str, Any] | None = None,
    summary_id: str | None = None,
    llm: Any = None,
) -> CaseRecord:
    """Run one case with one prompt variant and score it (RagErrors become error records)."""
    import rag

    flt = filters if filters is not None else dict(case.filters)
    try:
        if case.task == "answer":
            ans = rag.answer(
                case.question,
                k=case.k or k,
                filters=flt or None,
                history=list(case.history) or None,
                prompt=variant,
                llm=llm,
                backend=backend,
                index=index,
                today=case.today,
            )
        elif case.task == "summarize":
            kw: dict[str, Any] = {"k": case.k} if case.k else {}
            ans = rag.summarize(
                article_id=summary_id,
                topic=None if summary_id else case.topic,
                length=case.length,
                filters=flt or None,
                llm=llm,
                backend=backend,
                index=index,
                **kw,
            )
        else:
            ans = _who_said_answer(case, flt, case.k or 10, index)
    except RagError as exc:
        return CaseRecord.error(case, exc, targets)
    return score_case(case, ans, targets)


def _read_cache(path: Path) -> dict[str, CaseRecord]:
    got: dict[str, CaseRecord] = {}
    if not path.is_file():
        return got
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            item = json.loads(line)
            got[item["key"]] = CaseRecord.from_dict(item["record"])
        except (json.JSONDecodeError, KeyError, TypeError, ValueError):
            continue  # a line cut short by an interrupted run
    return got


def evaluate(
    testset: str | Path | Sequence[Case],
    *,
    prompts: Sequence[str] | None = None,
    backend: str | None = None,
    k: int | None = None,
    settings: Any = None,
    index: Index | None = None,
    out: str | Path | None = None,
    concurrency: int | None = None,
    use_cache: bool = True,
    progress: bool | None = None,
    llm: Any = None,
) -> EvalReport:
    """Run every case for every prompt variant and compute the metrics.

    Args:
        testset: a test set file, or already parsed cases.
        prompts: answer prompt variants to compare (default ``settings.prompt``).
        backend: ``local``, ``openai`` or ``extractive`` (default ``settings.llm``).
        k: passages per answer (default ``settings.k``; a case's own ``k`` wins).
        settings: Settings or overrides, used when no ``index`` is given.
        index: an open Index (default: the shared one for ``settings``).
        out: directory holding ``cache.jsonl`` (no cache without it).
        concurrency: worker threads; the local backend always runs one at a time.
        use_cache: False ignores cached results (new results are still written).
        progress: show a tqdm bar (default: on a terminal, unless RAG_NO_PROGRESS=1).
        llm: an LLM object for every case instead of the backend's (tests).
    """
    from rag.index import open_index
    from rag.prompts import load_prompt
    from rag.settings import get_settings

    cases = load_testset(testset) if isinstance(testset, (str, Path)) else list(testset)
    idx = index or open_index(get_settings(settings))
    s = idx.settings
    backend = backend or s.llm
    k = k or s.k
    variants = list(dict.fromkeys(prompts or [s.prompt]))
    for v in variants:
        load_prompt(v, s.prompts_dir, kind="answer")  # PromptError for unknown variants
    articles = Articles(idx)
    resolved = {c.id: resolve_case(c, articles) for c in cases}
    corpus = articles.signature()
    fps = {v: _fingerprint(idx, backend, k, v) for v in variants}
    shared_fp = _fingerprint(idx, backend, k, "*")
    model_name = getattr(llm, "name", "") if llm is not None else ""

    def key_for(case: Case, variant: str) -> str:
        uses_prompt = case.task == "answer"
        parts = [
            SCHEMA_VERSION,
            variant if uses_prompt else "*",
            case.id,
            case.digest(),
            fps[variant] if uses_prompt else shared_fp,
            backend,
            k,
            corpus,
            model_name,
        ]
        return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:24]

    cache_path = Path(out) / "cache.jsonl" if out is not None else None
    cached = _read_cache(cache_path) if cache_path and use_cache else {}
    jobs: dict[str, Case] = {}
    for v in variants:
        for c in cases:
            jobs.setdefault(key_for(c, v), c)
    # The variant a shared job runs with only matters for answer cases.
    job_variant = {}
    for v in reversed(variants):
        for c in cases:
            job_variant[key_for(c, v)] = v
    todo = [key for key in jobs if key not in cached]
    results: dict[str, CaseRecord] = {key: cached[key] for key in jobs if key in cached}
    lock = threading.Lock()
    fh = None
    if cache_path is not None:
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        fh = cache_path.open("a", encoding="utf-8")
    workers = 1 if backend == "local" and llm is None else max(1, concurrency or 4)
    show = sys.stderr.isatty() if progress is None else progress
    from tqdm import tqdm

    bar = tqdm(
        total=len(todo),
        desc="eval",
        unit="case",
        file=sys.stderr,
        disable=not show or os.environ.get("RAG_NO_PROGRESS") == "1",
    )

    def work(key: str) -> None:
        case = jobs[key]
        targets, flt, sid = resolved[case.id]
        rec = run_case(
            case,
            variant=job_variant[key],
            backend=backend,
            k=k,
            index=idx,
            targets=targets,
            filters=flt,
            summary_id=sid,
            llm=llm,
        )
        with lock:
            results[key] = rec
            if fh is not None and rec.failure is None:
                fh.write(json.dumps({"key": key, "record": rec.to_dict()}, default=str) + "\n")
                fh.flush()
            bar.update(1)
            bar.set_postfix_str(case.id, refresh=False)

    if todo and workers > 1:
        # Index.store, the BM25 index and the embedder load lazily and not thread-safely:
        # open them here, before the worker threads race to do it.
        _ = idx.store
        idx.ensure_lexical()
        idx.embedder.embed(["warm up"])
    try:
        if workers == 1:
            for key in todo:
                work(key)
        else:
            pool = ThreadPoolExecutor(max_workers=workers)
            try:
                for fut in as_completed([pool.submit(work, key) for key in todo]):
                    fut.result()
            finally:
                # On Ctrl-C or an error, drop queued cases; finished ones are in the cache.
                pool.shutdown(wait=True, cancel_futures=True)
    finally:
        bar.close()
        if fh is not None:
            fh.close()
    records: dict[str, list[CaseRecord]] = {}
    for v in variants:
        records[v] = [replace(results[key_for(c, v)], variant=v) for c in cases]
    return EvalReport(
        testset=str(testset) if isinstance(testset, (str, Path)) else "<cases>",
        backend=backend,
        k=k,
        variants=variants,
        records=records,
        metrics={v: compute_metrics(records[v]) for v in variants},
        fingerprints=fps,
        ran=len(todo),
        cached=len(jobs) - len(todo),
        created=datetime.now(UTC).isoformat(timespec="seconds"),
    )
