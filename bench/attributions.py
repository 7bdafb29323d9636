"""Score rule-based attribution extraction against tests/data/attributions_gold.yaml."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.quotes import extract_attributions  # noqa: E402
from rag.types import Attribution  # noqa: E402

GOLD = ROOT / "tests" / "data" / "attributions_gold.yaml"
SEEDS = ROOT / "seeds"
RESULTS = ROOT / "bench" / "results" / "attributions.json"
# A found statement matches a gold one when their spans share this share of characters.
MIN_OVERLAP = 0.8


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters over the longer of the two spans."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / max(a[1] - a[0], b[1] - b[0], 1)


def gold_spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Every occurrence of a gold quote in the article text."""
    spans, pos = [], text.find(quote)
    while pos >= 0:
        spans.append((pos, pos + len(quote)))
        pos = text.find(quote, pos + 1)
    if not spans:
        raise ValueError(f"gold quote not in text: {quote[:60]!r}")
    return spans


def _pairs(
    text: str, gold: list[dict[str, str]], found: list[Attribution], check_speaker: bool
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of gold items to found attributions, best overlap first."""
    cands = []
    for gi, g in enumerate(gold):
        for fi, f in enumerate(found):
            if check_speaker and f.speaker != g["speaker"]:
                continue
            ov = max(overlap(s, (f.start, f.end)) for s in gold_spans(text, g["quote"]))
            if ov >= MIN_OVERLAP:
                cands.append((ov, gi, fi))
    used_g: set[int] = set()
    used_f: set[int] = set()
    pairs = []
    for _, gi, fi in sorted(cands, reverse=True):
        if gi not in used_g and fi not in used_f:
            used_g.add(gi)
            used_f.add(fi)
            pairs.append((gi, fi))
    return pairs


def score(text: str, gold: list[dict[str, str]], found: list[Attribution]) -> dict[str, Any]:
    """Counts and rates for one article: correct = same speaker and overlap >= 0.8."""
    correct = len(_pairs(text, gold, found, check_speaker=True))
    span_pairs = _pairs(text, gold, found, check_speaker=False)
    right_speaker = sum(1 for gi, fi in span_pairs if found[fi].speaker == gold[gi]["speaker"])
    return {
        "gold": len(gold),
        "found": len(found),
        "correct": correct,
        "span_matched": len(span_pairs),
        "speaker_right": right_speaker,
    }


def rates(row: dict[str, Any]) -> dict[str, Any]:
    """Add precision, recall and speaker accuracy (over span-matched statements)."""
    row = dict(row)
    row["precision"] = row["correct"] / row["found"] if row["found"] else 1.0
    row["recall"] = row["correct"] / row["gold"] if row["gold"] else 1.0
    sm = row["span_matched"]
    row["speaker_accuracy"] = row["speaker_right"] / sm if sm else 1.0
    return row


def run(gold_path: Path = GOLD, seeds: Path = SEEDS) -> dict[str, Any]:
    """Extract from every article in the gold file and score it; totals under "total"."""
    gold_all = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    per: dict[str, Any] = {}
    total = {"gold": 0, "found": 0, "correct": 0, "span_matched": 0, "speaker_right": 0}
    misses: dict[str, Any] = {}
    for name, gold in gold_all.items():
        text = json.loads((seeds / name).read_text(encoding="utf-8"))["text"]
        found = extract_attributions(text, article_id=name)
        row = score(text, gold, found)
        per[name] = rates(row)
        for k in total:
            total[k] += row[k]
        hit_g = {gi for gi, _ in _pairs(text, gold, found, True)}
        hit_f = {fi for _, fi in _pairs(text, gold, found, True)}
        misses[name] = {
            "missed": [g for gi, g in enumerate(gold) if gi not in hit_g],
            "spurious": [
                {"speaker": f.speaker, "kind": f.kind, "quote": f.quote}
                for fi, f in enumerate(found)
                if fi not in hit_f
            ],
        }
    return {"articles": per, "total": rates(total), "errors": misses}


def table(result: dict[str, Any]) -> str:
    """Plain-text table of the per-article and total scores."""
    head = f"{'article':<52} {'gold':>4} {'found':>5} {'corr':>4} {'prec':>6} {'rec':>6} {'spk':>6}"
    lines = [head, "-" * len(head)]
    rows = [*result["articles"].items(), ("TOTAL", result["total"])]
    for name, r in rows:
        lines.append(
            f"{name[:52]:<52} {r['gold']:>4} {r['found']:>5} {r['correct']:>4} "
            f"{r['precision']:>6.3f} {r['recall']:>6.3f} {r['speaker_accuracy']:>6.3f}"
        )
    return "\n".join(lines)


def main() -> None:
    """Print the table and write bench/results/attributions.json."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args()
    result = run(args.gold)
    print(table(result))
    for name, err in result["errors"].items():
        for g in err["missed"]:
            print(f"  missed   {name}: {g['speaker']} {g['kind']} {g['quote'][:70]!r}")
        for f in err["spurious"]:
            print(f"  spurious {name}: {f['speaker']} {f['kind']} {f['quote'][:70]!r}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")


if __name__ == "__main__":
    main()
