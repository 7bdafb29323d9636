"""Precision/recall of quote-variant grouping on labelled pairs (rag.variants thresholds).

``python bench/variants_pairs.py`` scores tests/data/variants/pairs_heldout.yaml (never tuned
on); ``--dev`` scores pairs_dev.yaml (the thresholds were chosen on it) and prints a sweep of
ratio thresholds with each pair's scores, to show why RATIO/CONTAINMENT are where they are.
Results go to bench/results/variants_pairs.json.
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

from rag import variants  # noqa: E402

DATA = ROOT / "tests" / "data" / "variants"


def score(pairs: list[dict[str, Any]]) -> dict[str, Any]:
    """Confusion counts, precision and recall of is_variant over labelled pairs."""
    tp = fp = fn = tn = 0
    errors = []
    for p in pairs:
        got = variants.similarity(p["a"], p["b"]).is_variant()
        tp += got and p["variant"]
        fp += got and not p["variant"]
        fn += not got and p["variant"]
        tn += not got and not p["variant"]
        if got != p["variant"]:
            errors.append({"a": p["a"], "b": p["b"], "label": p["variant"]})
    return {
        "pairs": len(pairs),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "recall": round(tp / (tp + fn), 3) if tp + fn else None,
        "errors": errors,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", action="store_true", help="score the dev pairs and show a sweep")
    ns = ap.parse_args()
    name = "pairs_dev.yaml" if ns.dev else "pairs_heldout.yaml"
    pairs = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    if ns.dev:
        for p in pairs:
            s = variants.similarity(p["a"], p["b"])
            print(
                f"{int(p['variant'])} r={s.ratio:.2f} c={s.containment:.2f} n={s.shorter:2d}  {p['b']}"
            )
    res = score(pairs)
    res["thresholds"] = {
        "ratio": variants.RATIO,
        "containment": variants.CONTAINMENT,
        "min_contained_words": variants.MIN_CONTAINED_WORDS,
        "chars": variants.CHARS,
    }
    print(json.dumps({k: v for k, v in res.items() if k != "errors"}))
    for e in res["errors"]:
        print(f"  wrong (label {e['label']}): {e['a']!r} ~ {e['b']!r}")
    out = ROOT / "bench" / "results" / "variants_pairs.json"
    old = json.loads(out.read_text()) if out.exists() else {}
    old["dev" if ns.dev else "heldout"] = res
    out.write_text(json.dumps(old, indent=2) + "\n")


if __name__ == "__main__":
    main()
