"""The blind held-out attribution sets are exactly what their marked-up sources give."""

from __future__ import annotations

import functools
import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


@functools.cache
def _builder():  # type: ignore[no-untyped-def]
    """bench/attrib_data.py, loaded by path (bench is not a package import)."""
    spec = importlib.util.spec_from_file_location(
        "bench_attrib_data", ROOT / "bench/attrib_data.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _parse_source(src: str) -> dict:
    """bench/attrib_data.py's parse_source."""
    return _builder().parse_source(src)


def test_build_removes_an_article_left_by_a_renamed_slug(tmp_path: Path) -> None:
    """A slug renamed between builds leaves no second copy of the story in articles/."""
    src = ROOT / "tests" / "data" / "attrib_heldout98" / "src" / "h98a.txt"
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "h98a.txt").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "old-slug.json").write_text("{}", encoding="utf-8")
    gold = _builder().build(tmp_path)
    assert "old-slug.json" not in gold
    assert sorted(x.name for x in (tmp_path / "articles").glob("*.json")) == sorted(gold)
    assert len(gold) == 2


# Articles and statements per category, as committed before the extractor first ran on each set
# (quoted, reported, other quoted, other reported).
COMMITTED = {
    "attrib_heldout5": (12, 80, 183, 21, 55),
    "attrib_heldout6": (12, 80, 191, 17, 40),
    "attrib_heldout7": (8, 58, 127, 8, 35),
    "attrib_heldout8": (15, 149, 234, 25, 55),
    "attrib_heldout9": (12, 154, 167, 17, 33),
    "attrib_heldout10": (12, 138, 162, 21, 45),
    "attrib_heldout11": (10, 130, 140, 11, 25),
    "attrib_heldout12": (10, 99, 125, 25, 87),
    "attrib_heldout13": (11, 97, 141, 28, 86),
    "attrib_heldout14": (11, 99, 124, 24, 90),
    "attrib_heldout15": (11, 94, 128, 25, 88),
    "attrib_heldout16": (11, 96, 126, 27, 92),
    "attrib_heldout17": (11, 98, 135, 26, 97),
    "attrib_heldout18": (11, 103, 156, 27, 90),
    "attrib_heldout19": (11, 95, 126, 34, 86),
    "attrib_heldout20": (11, 98, 134, 26, 94),
    "attrib_heldout21": (11, 100, 120, 27, 93),
    "attrib_heldout22": (11, 100, 126, 29, 89),
    "attrib_heldout23": (11, 93, 119, 26, 100),
    "attrib_heldout24": (11, 102, 132, 26, 84),
    "attrib_heldout25": (11, 104, 136, 22, 91),
    "attrib_heldout26": (11, 103, 130, 23, 91),
    "attrib_heldout27": (11, 91, 128, 24, 93),
    "attrib_heldout28": (11, 88, 137, 25, 85),
    "attrib_heldout29": (11, 95, 137, 24, 84),
    "attrib_heldout30": (11, 98, 130, 21, 86),
    "attrib_heldout31": (11, 99, 129, 24, 83),
    "attrib_heldout32": (11, 93, 139, 22, 86),
    "attrib_heldout34": (11, 101, 150, 18, 69),
    "attrib_heldout33": (11, 88, 149, 22, 86),
    "attrib_heldout35": (11, 94, 133, 24, 89),
    "attrib_heldout36": (11, 103, 117, 28, 88),
    "attrib_heldout37": (11, 94, 130, 26, 96),
    "attrib_heldout38": (11, 104, 128, 25, 92),
    "attrib_heldout39": (11, 91, 137, 22, 91),
    "attrib_heldout40": (11, 103, 132, 26, 88),
    "attrib_heldout41": (11, 102, 127, 27, 92),
    "attrib_heldout42": (11, 103, 149, 20, 80),
    "attrib_heldout43": (11, 92, 123, 27, 88),
    "attrib_heldout44": (11, 115, 134, 19, 81),
    "attrib_heldout46": (11, 89, 149, 19, 78),
    "attrib_heldout45": (11, 79, 141, 20, 79),
    "attrib_heldout47": (11, 93, 143, 24, 81),
    "attrib_heldout48": (11, 94, 126, 28, 95),
    "attrib_heldout49": (11, 104, 128, 25, 96),
    "attrib_heldout50": (11, 99, 124, 25, 88),
    "attrib_heldout51": (11, 107, 135, 26, 87),
    "attrib_heldout52": (11, 108, 107, 27, 81),
    "attrib_heldout53": (11, 99, 128, 25, 92),
    "attrib_heldout54": (11, 103, 132, 24, 80),
    "attrib_heldout55": (11, 102, 131, 21, 92),
    "attrib_heldout56": (11, 95, 144, 22, 85),
    "attrib_heldout57": (11, 120, 146, 24, 82),
    "attrib_heldout58": (11, 92, 120, 21, 84),
    "attrib_heldout59": (11, 95, 135, 26, 95),
    "attrib_heldout60": (11, 90, 136, 26, 86),
    "attrib_heldout61": (11, 110, 128, 26, 85),
    "attrib_heldout62": (11, 97, 130, 26, 88),
    "attrib_heldout63": (11, 103, 128, 28, 84),
    "attrib_heldout64": (11, 94, 158, 27, 84),
    "attrib_heldout65": (11, 100, 141, 25, 85),
    "attrib_heldout66": (11, 99, 146, 21, 82),
    "attrib_heldout67": (11, 104, 119, 27, 89),
    "attrib_heldout68": (11, 86, 143, 21, 80),
    "attrib_heldout69": (11, 105, 129, 23, 83),
    "attrib_heldout70": (11, 85, 137, 21, 90),
    "attrib_heldout71": (11, 96, 134, 28, 86),
    "attrib_heldout72": (11, 89, 129, 28, 94),
    "attrib_heldout73": (11, 94, 127, 24, 96),
    "attrib_heldout74": (11, 102, 118, 27, 93),
    "attrib_heldout75": (11, 98, 126, 26, 90),
    "attrib_heldout76": (11, 103, 122, 22, 93),
    "attrib_heldout77": (11, 107, 117, 23, 94),
    "attrib_heldout78": (11, 89, 145, 26, 83),
    "attrib_heldout79": (11, 93, 124, 28, 97),
    "attrib_heldout80": (11, 101, 140, 18, 88),
    "attrib_heldout81": (11, 92, 134, 31, 81),
    "attrib_heldout82": (11, 103, 125, 24, 91),
    "attrib_heldout83": (11, 104, 132, 25, 91),
    "attrib_heldout84": (11, 105, 126, 23, 85),
    "attrib_heldout85": (11, 96, 125, 28, 90),
    "attrib_heldout86": (11, 98, 116, 26, 99),
    "attrib_heldout87": (11, 103, 130, 25, 91),
    "attrib_heldout88": (11, 91, 138, 25, 92),
    "attrib_heldout89": (11, 93, 137, 29, 81),
    "attrib_heldout90": (11, 95, 152, 23, 56),
    "attrib_heldout91": (11, 95, 151, 25, 61),
    "attrib_heldout92": (11, 90, 152, 17, 53),
    "attrib_heldout93": (11, 94, 180, 18, 64),
    "attrib_heldout94": (11, 86, 135, 31, 67),
    "attrib_heldout95": (11, 102, 143, 19, 63),
    "attrib_heldout96": (11, 88, 148, 17, 59),
    "attrib_heldout97": (11, 95, 163, 17, 54),
    "attrib_heldout98": (11, 85, 146, 19, 67),
    "attrib_heldout99": (11, 90, 155, 25, 59),
    "attrib_heldout100": (11, 83, 151, 24, 52),
    "attrib_heldout101": (11, 95, 132, 28, 57),
    "attrib_heldout102": (11, 74, 138, 24, 59),
    "attrib_heldout103": (11, 94, 150, 28, 60),
    "attrib_heldout104": (11, 95, 155, 21, 66),
    "attrib_heldout105": (11, 92, 147, 21, 57),
    "attrib_heldout107": (11, 85, 159, 19, 74),
    "attrib_heldout106": (11, 98, 148, 25, 57),
    "attrib_heldout108": (11, 96, 152, 16, 52),
    "attrib_heldout109": (11, 84, 134, 20, 64),
    "attrib_heldout110": (11, 100, 154, 20, 71),
    "attrib_heldout111": (11, 94, 150, 21, 75),
    "attrib_heldout112": (11, 99, 154, 21, 57),
    "attrib_heldout113": (11, 85, 164, 21, 60),
    "attrib_heldout114": (11, 81, 156, 17, 57),
    "attrib_heldout115": (11, 86, 163, 19, 59),
    "attrib_heldout116": (11, 84, 153, 22, 72),
    "attrib_heldout117": (11, 95, 158, 20, 55),
    "attrib_heldout118": (11, 103, 166, 23, 63),
    "attrib_heldout119": (11, 90, 132, 15, 57),
    "attrib_heldout120": (11, 86, 136, 20, 68),
    "attrib_heldout121": (11, 93, 162, 20, 55),
    "attrib_heldout122": (11, 86, 160, 22, 67),
    "attrib_heldout123": (11, 90, 179, 27, 52),
    "attrib_heldout124": (11, 83, 153, 29, 59),
    "attrib_heldout125": (11, 88, 156, 25, 71),
    "attrib_heldout126": (11, 82, 178, 21, 60),
    "attrib_heldout127": (11, 85, 151, 26, 61),
    "attrib_heldout128": (11, 80, 167, 27, 66),
    "attrib_heldout129": (11, 80, 161, 28, 75),
    "attrib_heldout130": (11, 83, 171, 26, 60),
    "attrib_heldout131": (11, 84, 170, 23, 58),
    "attrib_heldout132": (11, 93, 155, 28, 66),
    "attrib_heldout133": (11, 74, 176, 27, 57),
    "attrib_heldout134": (11, 77, 171, 28, 56),
    "attrib_heldout135": (11, 89, 156, 21, 61),
    "attrib_heldout136": (11, 74, 186, 23, 49),
    "attrib_heldout137": (11, 81, 174, 21, 51),
    "attrib_heldout138": (11, 82, 169, 25, 62),
    "attrib_heldout139": (11, 89, 160, 21, 68),
    "attrib_heldout140": (11, 75, 186, 26, 54),
    "attrib_heldout141": (11, 82, 179, 25, 56),
    "attrib_heldout142": (11, 86, 181, 23, 52),
    "attrib_heldout143": (11, 91, 207, 20, 45),
    "attrib_heldout144": (11, 91, 176, 24, 55),
    "attrib_heldout145": (11, 73, 191, 22, 55),
    "attrib_heldout146": (11, 84, 166, 22, 49),
    "attrib_heldout147": (11, 86, 180, 27, 52),
    "attrib_heldout148": (11, 79, 190, 22, 49),
    "attrib_heldout149": (11, 81, 178, 23, 54),
    "attrib_heldout150": (11, 83, 184, 23, 47),
    "attrib_heldout151": (11, 76, 163, 24, 59),
    "attrib_heldout152": (11, 79, 179, 22, 55),
    "attrib_heldout153": (11, 89, 163, 28, 56),
    "attrib_heldout154": (11, 87, 182, 23, 41),
    "attrib_heldout155": (11, 89, 155, 24, 58),
    "attrib_heldout156": (11, 91, 168, 19, 52),
    "attrib_heldout157": (11, 84, 172, 24, 50),
    "attrib_heldout158": (11, 84, 179, 23, 54),
    "attrib_heldout159": (11, 93, 166, 27, 50),
    "attrib_heldout160": (11, 90, 177, 25, 48),
}


@pytest.mark.parametrize("name", sorted(COMMITTED))
def test_blind_set_is_built_from_its_sources(name: str) -> None:
    """gold.yaml and articles/*.json match src/*.txt, spans are exact, counts are as committed."""
    base = ROOT / "tests" / "data" / name
    gold = yaml.safe_load((base / "gold.yaml").read_text(encoding="utf-8"))
    parsed: dict = {}
    for src in sorted((base / "src").glob("*.txt")):
        parsed.update(_parse_source(src.read_text(encoding="utf-8")))
    assert sorted(parsed) == sorted(gold)
    n_articles, *per_category = COMMITTED[name]
    assert len(gold) == n_articles
    # (No article left over from an earlier build under another slug.)
    assert sorted(x.name for x in (base / "articles").glob("*.json")) == sorted(gold)
    for art, items in gold.items():
        article = json.loads((base / "articles" / art).read_text(encoding="utf-8"))
        assert article == parsed[art][0]
        assert items == parsed[art][1]
        assert 600 <= len(article["text"].split()) <= 900
        for g in items:
            assert article["text"][g["start"] : g["end"]] == g["quote"]
    counts = Counter(g["category"] for items in gold.values() for g in items)
    kinds = ["speech_quoted", "speech_reported", "other_quoted", "other_reported"]
    assert counts == dict(zip(kinds, per_category, strict=True))
