"""'Who said "<phrase>"?' on the blind held-out set: right speaker and hit@5.

    .venv/bin/python bench/attributions_phrases.py [--set NAME] [--words 14] [--ask dropped]
        [--exclude NAME ...]

NAME is dev or heldout, heldout2 ... heldout19 (default heldout). Indexes every set together
with the seeds (260 articles with heldout19, so most of the corpus is distractors) in a fresh data
dir with the real embedder, then asks, for every labelled statement of the chosen set with at
least 8 words, ``Who said "<its first N words>"?`` through :func:`rag.answer` with the
extractive backend. Reported:

- ``right_speaker``: the answer's first attribution is the labelled speaker (normalised name
  or alias, as in bench/attributions.py);
- ``right_speaker_shown``: the same, and the answer text shows that speaker's heading (not
  "cannot answer" after verification);
- ``hit@5``: a passage among the first five holds the phrase's span;
- ``hit@5 retrieval only``: the same without the phrase index (plain hybrid retrieve), for
  comparison.

Results go to bench/results/attributions_phrases.json.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import setup_env  # noqa: E402

setup_env()

import yaml  # noqa: E402

from bench.attributions import SETS, add_exclude, speaker_ok  # noqa: E402
from rag.answer import answer  # noqa: E402
from rag.index import Index, close_all  # noqa: E402
from rag.retrieve import retrieve  # noqa: E402
from rag.settings import Settings  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "attributions_phrases.json"
MIN_WORDS = 8


def cases(folder: Path, words: int) -> list[dict[str, Any]]:
    """One question per labelled statement of at least MIN_WORDS words."""
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    out = []
    for name, items in sorted(gold.items()):
        title = json.loads((folder / "articles" / name).read_text(encoding="utf-8"))["title"]
        for g in items:
            toks = g["quote"].split()
            if len(toks) < MIN_WORDS:
                continue
            phrase = " ".join(toks[:words]).strip(",.;:\"'“”")
            start = g["start"] + g["quote"].find(phrase)
            out.append(
                {
                    "article": name.removesuffix(".json"),
                    "title": title,
                    "speaker": g["speaker"],
                    "category": g["category"],
                    "phrase": phrase,
                    "start": start,
                    "end": start + len(phrase),
                }
            )
    return out


def _dropped(phrase: str) -> str:
    words = phrase.split()
    del words[len(words) // 2]
    return 'Who said "' + " ".join(words) + '"?'


ASK = {
    "quoted": lambda phrase: f'Who said "{phrase}"?',
    "bare": lambda phrase: f"Who said {phrase}?",
    "dropped": _dropped,
}


def _holds(passages: list[Any], case: dict[str, Any]) -> bool:
    # Article ids are content hashes: the title names the article, the phrase its place.
    return any(
        p.chunk.title == case["title"] and case["phrase"] in p.chunk.text for p in passages[:5]
    )


def main() -> None:
    """Build the index, ask every question, print and save the rates."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--set", choices=sorted(SETS), default="heldout")
    ap.add_argument("--words", type=int, default=14)
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument(
        "--ask",
        choices=sorted(ASK),
        default="quoted",
        help="how the phrase is asked: quoted (default), bare (no quotation marks), "
        "dropped (quoted, its middle word left out, as when misremembered)",
    )
    add_exclude(ap)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newsrag-phrases-"))
    try:
        s = Settings(data_dir=work / "data", llm="extractive")
        idx = Index(s)
        t0 = time.perf_counter()
        keep = [name for name in sorted(SETS) if name not in args.exclude or name == args.set]
        src = [SETS[name] / "articles" for name in keep] + [ROOT / "seeds"]
        report = idx.ingest(src, progress=False)
        t_ingest = time.perf_counter() - t0
        todo = cases(SETS[args.set], args.words)
        rows = []
        for c in todo:
            q = ASK[args.ask](c["phrase"])
            ans = answer(q, index=idx)
            first = ans.attributions[0] if ans.attributions else None
            plain = retrieve(q, k=5, index=idx)
            rows.append(
                c
                | {
                    "named": first.speaker if first else None,
                    "right_speaker": bool(first and speaker_ok(first, c["speaker"])),
                    # ...and the answer text shows it (verification may have dropped it).
                    "right_shown": bool(
                        first
                        and speaker_ok(first, c["speaker"])
                        and f"**{first.speaker}**" in ans.text
                    ),
                    "hit5": _holds(ans.passages, c),
                    "hit5_retrieval_only": _holds(plain, c),
                }
            )
        n = len(rows)
        result = {
            "set": args.set,
            "words": args.words,
            "ask": args.ask,
            "articles_indexed": len(report.added),
            "ingest_s": round(t_ingest, 1),
            "questions": n,
            "right_speaker": round(sum(r["right_speaker"] for r in rows) / n, 4),
            "right_speaker_shown": round(sum(r["right_shown"] for r in rows) / n, 4),
            "hit@5": round(sum(r["hit5"] for r in rows) / n, 4),
            "hit@5_retrieval_only": round(sum(r["hit5_retrieval_only"] for r in rows) / n, 4),
            "wrong": [r for r in rows if not (r["right_speaker"] and r["hit5"])],
        }
        print(
            f"{args.set}: {n} questions over {result['articles_indexed']} indexed articles\n"
            f"  right speaker          {result['right_speaker']:.3f}\n"
            f"  ... shown in the text  {result['right_speaker_shown']:.3f}\n"
            f"  hit@5                  {result['hit@5']:.3f}\n"
            f"  hit@5 retrieval only   {result['hit@5_retrieval_only']:.3f}"
        )
        for r in result["wrong"]:
            print(
                f"  WRONG {r['article']}: want {r['speaker']!r} got {r['named']!r} "
                f"hit5={r['hit5']} {r['phrase'][:60]!r}"
            )
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        print(f"wrote {args.out}")
        idx.close()
    finally:
        close_all()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
