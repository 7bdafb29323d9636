"""Score rule-based attribution extraction: the seed gold set and the dev and held-out sets.

``python bench/attributions.py`` prints three tables:

- the in-sample seed articles (tests/data/attributions_gold.yaml), per article;
- the development set (tests/data/attrib_dev, 41 articles, tuned on) per category;
- the blind held-out set (tests/data/attrib_heldout, 15 articles, never tuned on) per category;
- a second blind set (tests/data/attrib_heldout2, 5 articles) written after the first one's
  errors had been seen, to measure the changes made after that;
- a third blind set (tests/data/attrib_heldout3, 8 long articles of 600-800 words) labelled
  and committed before the second round of extraction changes was run on it;
- a fourth blind set (tests/data/attrib_heldout4, 5 long articles with unnamed sources,
  described speakers and campaigns) labelled and committed before the third round;
- a fifth blind set (tests/data/attrib_heldout5, 12 wire-style articles of 600-800 words)
  written by helper-blind and committed before any extractor was run on it.
- a sixth blind set (tests/data/attrib_heldout6, 12 wire-style articles of 630-750 words)
  written by helper-blind2 and committed before any extractor was run on it.
- a seventh blind set (tests/data/attrib_heldout7, 8 wire-style articles of 717-797 words)
  written by helper-blind3 and committed before any extractor was run on it.
- an eighth blind set (tests/data/attrib_heldout8, 15 wire-style articles of 668-893 words)
  written by helper-blind4 and committed before any extractor was run on it.
- a ninth blind set (tests/data/attrib_heldout9, 12 wire-style articles of 607-771 words)
  written by helper-blind5 and committed before any extractor was run on it.
- a tenth blind set (tests/data/attrib_heldout10, 12 wire-style articles of 607-741 words)
  written by helper-blind6 and committed before any extractor was run on it.

Categories follow issue 9: speech verb + quotation marks, reported speech verb, other cues
with quotation marks, other cues (belief, endorsement, "according to"). Results go to
bench/results/attributions.json and bench/results/attributions_sets.json.
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

from bench.attrib_data import SETS, one_to_one  # noqa: E402
from rag.quotes import OBJECT_VERBS, SAY_VERBS, extract_attributions  # noqa: E402
from rag.types import Attribution  # noqa: E402

GOLD = ROOT / "tests" / "data" / "attributions_gold.yaml"
SEEDS = ROOT / "seeds"
RESULTS = ROOT / "bench" / "results" / "attributions.json"
SETS_RESULTS = ROOT / "bench" / "results" / "attributions_sets.json"
CATEGORIES = ["speech_quoted", "speech_reported", "other_quoted", "other_reported"]
CATEGORY_LABELS = {
    "speech_quoted": "speech verb + quotation marks",
    "speech_reported": "speech verb, reported",
    "other_quoted": "other cues with quotation marks",
    "other_reported": "other cues: belief, endorsement, according to",
}
# Cues that are not speech verbs: belief, writing, endorsement and the like.
NON_SPEECH_CUES = frozenset(
    {"believes", "believed", "thinks", "think", "hopes", "fears", "expects", "wrote", "writes"}
    | {"tweeted", "tweets", "posted", "according to"}
)
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
    return one_to_one(sorted(cands, reverse=True))


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


# Words before a source that count it, not name it: "one Democratic strategist", "another
# aide", "two people familiar with the talks" are the labelled "Democratic strategist",
# "aide", "people familiar with the talks" (the labelled sets write both forms).
COUNTING_WORDS = frozenset(
    ["the", "a", "an", "one", "another", "two", "three", "four", "five", "several", "some", "both"]
)


def norm(name: str) -> str:
    """Case-folded name with collapsed whitespace and no leading article or count ("the",
    "a", "one", "another", "two" ...: "a nurse in the unit" and "nurse in the unit" are one
    source)."""
    words = name.casefold().replace("’", "'").replace("'s ", " ").split()
    while len(words) > 1 and words[0] in COUNTING_WORDS:
        words = words[1:]
    return " ".join(words)


def speaker_ok(found: Attribution, gold: str) -> bool:
    """Whether the found speaker (or one of its aliases) is the gold speaker."""
    return norm(gold) in {norm(n) for n in (found.speaker, *found.aliases)}


def spans_match(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap score, 0 unless the spans share 80% of the shorter and 50% of the longer."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    short = max(min(a[1] - a[0], b[1] - b[0]), 1)
    long_ = max(a[1] - a[0], b[1] - b[0], 1)
    return inter / long_ if inter >= 0.8 * short and inter >= 0.5 * long_ else 0.0


def category_of(a: Attribution) -> str:
    """The issue-9 category of an extracted attribution, from its kind and cue."""
    cue = a.cue.split()[0].lower() if a.cue else ""
    speech = cue in SAY_VERBS and cue not in NON_SPEECH_CUES and a.cue != "according to"
    if cue in OBJECT_VERBS and cue not in {"announced", "announces", "denied", "denies"}:
        speech = False
    if a.kind == "direct":
        return "speech_quoted" if speech else "other_quoted"
    return "speech_reported" if speech else "other_reported"


def _set_pairs(
    gold: list[dict[str, Any]], found: list[Attribution], check_speaker: bool
) -> list[tuple[int, int]]:
    """Greedy one-to-one (gold, found) pairs by span overlap, best first."""
    cands = []
    for gi, g in enumerate(gold):
        for fi, f in enumerate(found):
            if check_speaker and not speaker_ok(f, g["speaker"]):
                continue
            ov = spans_match((g["start"], g["end"]), (f.start, f.end))
            if ov > 0:
                cands.append((ov, gi, fi))
    return one_to_one(sorted(cands, key=lambda c: (-c[0], c[1], c[2])))


def _cat_rates(row: dict[str, int]) -> dict[str, Any]:
    """Precision, strict recall, span recall and speaker accuracy of one row of counts."""
    out: dict[str, Any] = dict(row)
    out["precision"] = round(row["correct"] / row["found"], 4) if row["found"] else 1.0
    out["recall"] = round(row["correct"] / row["gold"], 4) if row["gold"] else 1.0
    out["span_recall"] = round(row["span_matched"] / row["gold"], 4) if row["gold"] else 1.0
    sm = row["span_matched"]
    out["speaker_accuracy"] = round(row["speaker_right"] / sm, 4) if sm else 1.0
    return out


def run_set(folder: Path) -> dict[str, Any]:
    """Score every article of a dev/held-out folder per category; totals under "total"."""
    gold_all = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    keys = ("gold", "found", "correct", "span_matched", "speaker_right")
    counts = {c: dict.fromkeys(keys, 0) for c in [*CATEGORIES, "total"]}
    errors: dict[str, Any] = {}
    for name, gold in sorted(gold_all.items()):
        art = json.loads((folder / "articles" / name).read_text(encoding="utf-8"))
        text = art["text"]
        # The paper's name comes with the article, as it does at ingest.
        found = extract_attributions(text, article_id=name, outlet=art.get("outlet", ""))
        strict = _set_pairs(gold, found, True)
        spans = _set_pairs(gold, found, False)
        hit_g = {gi for gi, _ in strict}
        hit_f = {fi: gi for gi, fi in strict}
        span_f = {fi: gi for gi, fi in spans}
        for g in gold:
            for c in (g["category"], "total"):
                counts[c]["gold"] += 1
        for gi, _ in strict:
            for c in (gold[gi]["category"], "total"):
                counts[c]["correct"] += 1
        for gi, fi in spans:
            for c in (gold[gi]["category"], "total"):
                counts[c]["span_matched"] += 1
                counts[c]["speaker_right"] += speaker_ok(found[fi], gold[gi]["speaker"])
        nested = {
            fi
            for fi, f in enumerate(found)
            if fi not in hit_f
            and fi not in span_f
            and f.kind == "direct"
            and any(
                g["start"] <= f.start
                and f.end <= g["end"]
                and g["kind"] == "reported"
                and speaker_ok(f, g["speaker"])
                for g in gold
            )
        }
        for fi, f in enumerate(found):
            if fi in nested:
                # A quoted fragment inside a labelled reported statement of the same speaker
                # ('he was "stunned" by the veto'): neither a hit nor a false positive.
                continue
            gj = hit_f.get(fi, span_f.get(fi))
            cat = gold[gj]["category"] if gj is not None else category_of(f)
            for c in (cat, "total"):
                counts[c]["found"] += 1
        errors[name] = {
            "missed": [
                {
                    **g,
                    "span_found_as": next(
                        (found[fi].speaker for gj, fi in spans if gj == gi), None
                    ),
                }
                for gi, g in enumerate(gold)
                if gi not in hit_g
            ],
            "spurious": [
                {"speaker": f.speaker, "kind": f.kind, "cue": f.cue, "quote": f.quote}
                for fi, f in enumerate(found)
                if fi not in hit_f and fi not in span_f and fi not in nested
            ],
        }
    return {
        "rule": "speaker (normalised name or alias) and span overlap >= 0.8 of the shorter "
        "and >= 0.5 of the longer span; one-to-one; a quoted fragment inside a labelled "
        "reported statement of the same speaker is not counted",
        "articles": len(gold_all),
        "categories": {c: _cat_rates(counts[c]) for c in [*CATEGORIES, "total"]},
        "errors": errors,
    }


def set_table(name: str, result: dict[str, Any]) -> str:
    """Plain-text per-category table of one set."""
    head = (
        f"{name + ' (' + str(result['articles']) + ' articles)':<48} {'gold':>4} {'found':>5} "
        f"{'prec':>6} {'recall':>6} {'span-r':>6} {'spk-acc':>7}"
    )
    lines = [head, "-" * len(head)]
    for c, r in result["categories"].items():
        label = CATEGORY_LABELS.get(c, "TOTAL")
        lines.append(
            f"{label[:48]:<48} {r['gold']:>4} {r['found']:>5} {r['precision']:>6.3f} "
            f"{r['recall']:>6.3f} {r['span_recall']:>6.3f} {r['speaker_accuracy']:>7.3f}"
        )
    return "\n".join(lines)


def add_exclude(ap: argparse.ArgumentParser) -> None:
    """``--exclude NAME`` (repeatable): a blind set not yet run stays out, and so unseen."""
    ap.add_argument("--exclude", action="append", choices=sorted(SETS), default=[])


def main() -> None:
    """Print the tables and write bench/results/attributions*.json."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--sets-out", type=Path, default=SETS_RESULTS)
    ap.add_argument("--errors", action="store_true", help="list misses of the dev set too")
    add_exclude(ap)
    args = ap.parse_args()
    sets = {name: run_set(folder) for name, folder in SETS.items() if name not in args.exclude}
    for name, res in sets.items():
        print(set_table(name, res))
        print()
        if args.errors and name == "dev":
            for art, err in res["errors"].items():
                for g in err["missed"]:
                    extra = f" [span found as {g['span_found_as']!r}]" if g["span_found_as"] else ""
                    print(
                        f"  MISS {art}: {g['speaker']} ({g['category']}) {g['quote'][:70]!r}{extra}"
                    )
                for f in err["spurious"]:
                    print(f"  FP   {art}: {f['speaker']} ({f['cue']}) {f['quote'][:70]!r}")
    args.sets_out.parent.mkdir(parents=True, exist_ok=True)
    args.sets_out.write_text(
        json.dumps(sets, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
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
