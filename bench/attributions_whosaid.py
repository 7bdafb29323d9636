"""'Who said "<phrase>"?' in seconds: the answer's speaker from the article text alone.

    .venv/bin/python bench/attributions_whosaid.py [--set NAME ...] [--out FILE] [--wrong]

For every labelled statement of 8+ words of each blind set (the questions of
bench/attributions_phrases.py, first 14 words), the speaker the answer would name is worked
out the way :func:`rag.answer` does once the phrase index has found the span: the extracted
statement covering the span (:func:`rag.attributions._covering`), else the referred-to body
(:func:`rag.phrases.uncovered_statement`). No index, no retrieval, no embedding, so a set
takes about a second instead of the full bench's 40 minutes.

It measures the speaker choice only: bench/attributions_phrases.py also checks retrieval
(hit@5) and what the answer text shows, and stays the figure to report. On heldout137-140 at
3c42510 the two agreed within one answer per set (0.952, 0.914, 0.968, 0.949 here against
0.952, 0.910, 0.968, 0.949). Results go to bench/results/attributions_whosaid.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import setup_env  # noqa: E402

setup_env()

from bench.attrib_data import SETS  # noqa: E402
from bench.attributions import speaker_ok  # noqa: E402
from bench.attributions_phrases import cases  # noqa: E402
from rag.attributions import _covering  # noqa: E402
from rag.phrases import PhraseHit, uncovered_statement  # noqa: E402
from rag.quotes import extract_attributions  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "attributions_whosaid.json"


def run_set(name: str, words: int = 14) -> dict[str, Any]:
    """Right speakers for one set's questions, and the wrong ones."""
    folder = SETS[name]
    texts: dict[str, tuple[str, list[Any]]] = {}
    right = 0
    wrong = []
    qs = cases(folder, words)
    for c in qs:
        art = c["article"]
        if art not in texts:
            text = json.loads((folder / "articles" / f"{art}.json").read_text(encoding="utf-8"))
            # The paper's name comes with the article, as it does at ingest.
            found = extract_attributions(
                text["text"], article_id=art, outlet=text.get("outlet", "")
            )
            texts[art] = (text["text"], found)
        text, attrs = texts[art]
        # The exact hit the phrase index gives for the question's phrase.
        first = _covering(attrs, PhraseHit(art, c["start"], c["end"], 100.0, True))
        if first is None:
            first = uncovered_statement(text, attrs, c["start"], c["end"])
        if first is not None and speaker_ok(first, c["speaker"]):
            right += 1
        else:
            wrong.append(
                {
                    "article": art,
                    "start": c["start"],
                    "speaker": c["speaker"],
                    "named": first.speaker if first else None,
                    "phrase": c["phrase"],
                }
            )
    n = max(len(qs), 1)
    return {"questions": len(qs), "right_speaker": round(right / n, 4), "wrong": wrong}


def main() -> None:
    """Print the table and write the JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", choices=sorted(SETS), help="default: every blind set")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--wrong", action="store_true", help="list the wrong answers")
    args = ap.parse_args()
    names = args.set or [s for s in SETS if s.startswith("heldout")]
    results = {}
    print(f"{'set':<12} {'questions':>9} {'right speaker':>13}")
    for name in names:
        r = results[name] = run_set(name)
        print(f"{name:<12} {r['questions']:>9} {r['right_speaker']:>13.3f}", flush=True)
        if args.wrong:
            for w in r["wrong"]:
                print(f"    want {w['speaker']!r} got {w['named']!r}: {w['phrase'][:60]!r}")
    total = sum(r["questions"] for r in results.values())
    right = sum(round(r["right_speaker"] * r["questions"]) for r in results.values())
    print(f"{'TOTAL':<12} {total:>9} {right / max(total, 1):>13.3f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
