"""Score rule-based attribution extraction on held-out fictional articles.

The articles in tests/data/heldout/ were written and labelled (gold.yaml) blind, before the
extractor was run on them; they are not used by any test or tuning loop.

A found attribution is correct when its speaker equals the gold speaker (or the gold speaker
is among its ``aliases``) and its [start, end) span overlaps the gold quote's span by at least
0.8 of the shorter of the two spans. Speaker names are compared after case-folding, collapsing
whitespace and dropping a leading "the" ("The Ministry of Transport" == "Ministry of
Transport"); the strict, unnormalised count is reported too. Matching is one-to-one, best
overlap first.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.attrib_data import one_to_one  # noqa: E402
from rag.quotes import extract_attributions  # noqa: E402
from rag.types import Attribution  # noqa: E402

DATA = ROOT / "tests" / "data" / "heldout"
GOLD = DATA / "gold.yaml"
RESULTS = ROOT / "bench" / "results" / "attributions_heldout.json"
MIN_OVERLAP = 0.8


def norm(name: str) -> str:
    """Case-folded name with collapsed whitespace and no leading "the"."""
    words = name.casefold().split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def speaker_ok(found: Attribution, gold: str, strict: bool = False) -> bool:
    """Whether the found speaker (or one of its aliases) is the gold speaker."""
    names = [found.speaker, *found.aliases]
    if strict:
        return gold in names
    return norm(gold) in {norm(n) for n in names}


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters over the shorter of the two spans."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / max(min(a[1] - a[0], b[1] - b[0]), 1)


def gold_span(text: str, quote: str) -> tuple[int, int]:
    """The gold quote's span in the text (first occurrence)."""
    pos = text.find(quote)
    if pos < 0:
        raise ValueError(f"gold quote not in text: {quote[:60]!r}")
    return pos, pos + len(quote)


def match(
    text: str,
    gold: list[dict[str, str]],
    found: list[Attribution],
    check_speaker: bool = True,
    strict: bool = False,
) -> list[tuple[int, int]]:
    """Greedy one-to-one (gold index, found index) pairs, best overlap first."""
    cands = []
    for gi, g in enumerate(gold):
        gs = gold_span(text, g["quote"])
        for fi, f in enumerate(found):
            if check_speaker and not speaker_ok(f, g["speaker"], strict):
                continue
            ov = overlap(gs, (f.start, f.end))
            if ov >= MIN_OVERLAP:
                cands.append((ov, gi, fi))
    return one_to_one(sorted(cands, key=lambda c: (-c[0], c[1], c[2])))


def rates(row: dict[str, Any]) -> dict[str, Any]:
    """Add precision and recall to a row of counts."""
    row = dict(row)
    row["precision"] = round(row["correct"] / row["found"], 4) if row["found"] else 1.0
    row["recall"] = round(row["correct"] / row["gold"], 4) if row["gold"] else 1.0
    return row


def run(gold_path: Path = GOLD, data: Path = DATA) -> dict[str, Any]:
    """Extract from every held-out article and score it; totals under "total"."""
    gold_all = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    keys = ("gold", "found", "correct", "correct_strict_name", "span_matched")
    total = dict.fromkeys(keys, 0)
    per: dict[str, Any] = {}
    errors: dict[str, Any] = {}
    for name, gold in gold_all.items():
        text = json.loads((data / name).read_text(encoding="utf-8"))["text"]
        found = extract_attributions(text, article_id=name)
        pairs = match(text, gold, found)
        spans = match(text, gold, found, check_speaker=False)
        row = {
            "gold": len(gold),
            "found": len(found),
            "correct": len(pairs),
            "correct_strict_name": len(match(text, gold, found, strict=True)),
            "span_matched": len(spans),
        }
        per[name] = rates(row)
        for k in keys:
            total[k] += row[k]
        hit_g = {gi for gi, _ in pairs}
        hit_f = {fi for _, fi in pairs}
        span_of = dict(spans)
        errors[name] = {
            "missed": [
                {
                    **g,
                    "span_found_as": (found[span_of[gi]].speaker if gi in span_of else None),
                }
                for gi, g in enumerate(gold)
                if gi not in hit_g
            ],
            "false_positives": [
                {"speaker": f.speaker, "kind": f.kind, "quote": f.quote, "start": f.start}
                for fi, f in enumerate(found)
                if fi not in hit_f
            ],
            "found": [
                {"speaker": f.speaker, "kind": f.kind, "quote": f.quote, "aliases": f.aliases}
                for f in found
            ],
        }
    return {
        "rule": "speaker match (normalised name or alias) and span overlap >= 0.8 of shorter",
        "articles": per,
        "total": rates(total),
        "errors": errors,
    }


def table(result: dict[str, Any]) -> str:
    """Plain-text table of the per-article and total scores."""
    head = f"{'article':<28} {'gold':>4} {'found':>5} {'correct':>7} {'prec':>6} {'recall':>6}"
    lines = [head, "-" * len(head)]
    for name, r in [*result["articles"].items(), ("TOTAL", result["total"])]:
        lines.append(
            f"{name.removesuffix('.json')[:28]:<28} {r['gold']:>4} {r['found']:>5} "
            f"{r['correct']:>7} {r['precision']:>6.3f} {r['recall']:>6.3f}"
        )
    return "\n".join(lines)


def main() -> None:
    """Print the table and errors, write bench/results/attributions_heldout.json."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args()
    result = run(args.gold)
    print(table(result))
    t = result["total"]
    print(
        f"span-matched (any speaker): {t['span_matched']}; "
        f"correct with exact, unnormalised names: {t['correct_strict_name']}"
    )
    for name, err in result["errors"].items():
        for g in err["missed"]:
            extra = f" [span found, speaker={g['span_found_as']!r}]" if g["span_found_as"] else ""
            print(f"  MISS {name}: {g['speaker']} ({g['kind']}) {g['quote'][:60]!r}{extra}")
        for f in err["false_positives"]:
            print(f"  FP   {name}: {f['speaker']} ({f['kind']}) {f['quote'][:60]!r}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")


if __name__ == "__main__":
    main()
