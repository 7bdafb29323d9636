"""The seventh blind held-out attribution set is exactly what its marked-up sources give."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
BASE = ROOT / "tests" / "data" / "attrib_heldout7"


def _parse_source(src: str) -> dict:
    """bench/attrib_data.py's parse_source, loaded by path (bench is not a package import)."""
    spec = importlib.util.spec_from_file_location(
        "bench_attrib_data", ROOT / "bench/attrib_data.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.parse_source(src)


def test_heldout7_is_built_from_its_sources() -> None:
    """gold.yaml and articles/*.json match src/*.txt, spans are exact, counts are as committed."""
    gold = yaml.safe_load((BASE / "gold.yaml").read_text(encoding="utf-8"))
    parsed: dict = {}
    for src in sorted((BASE / "src").glob("*.txt")):
        parsed.update(_parse_source(src.read_text(encoding="utf-8")))
    assert sorted(parsed) == sorted(gold)
    assert len(gold) == 8
    for name, items in gold.items():
        article = json.loads((BASE / "articles" / name).read_text(encoding="utf-8"))
        assert article == parsed[name][0]
        assert items == parsed[name][1]
        assert 600 <= len(article["text"].split()) <= 900
        for g in items:
            assert article["text"][g["start"] : g["end"]] == g["quote"]
    counts = Counter(g["category"] for items in gold.values() for g in items)
    assert counts == {
        "speech_quoted": 58,
        "speech_reported": 127,
        "other_quoted": 8,
        "other_reported": 35,
    }
