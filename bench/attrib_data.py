"""Build the attribution dev and held-out sets from their marked-up sources.

Each source file (tests/data/attrib_dev/src/*.txt, tests/data/attrib_heldout*/src/*.txt) holds
articles separated by ``=== slug`` lines, each with ``title:``, ``outlet:``, ``published:``
header lines, a blank line and the body. Every statement in the body is marked inline as
``[[c|Speaker|words]]``, where ``c`` is its category:

- ``q``: speech verb and quotation marks (direct, "..., X said");
- ``r``: speech verb, reported speech (reported, "X says it raised $18 million");
- ``o``: other cue with quotation marks (direct: wrote in an ad, tweeted, in a statement: "...");
- ``b``: other cues: belief, endorsement, "according to" (reported).

The marks are removed from the text; the labels keep the exact span. ``build`` writes one
JSON article per slug (the seeds' shape) and ``gold.yaml`` beside the ``src`` folder.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
# The dev set and the blind held-out sets, in the order they were written; a new blind set
# joins by having its src/ folder, so two people writing sets never edit the same line.
SETS = {
    "dev": DATA / "attrib_dev",
    "heldout": DATA / "attrib_heldout",
    **{
        f"heldout{n}": DATA / f"attrib_heldout{n}"
        # (Every numbered set on disk, heldout2 upwards, in number order.)
        for n in sorted(
            int(p.name.removeprefix("attrib_heldout"))
            for p in DATA.glob("attrib_heldout*")
            if p.name.removeprefix("attrib_heldout").isdigit()
        )
        if n >= 2 and (DATA / f"attrib_heldout{n}" / "src").is_dir()
    },
}
CATEGORIES = {
    "q": ("speech_quoted", "direct"),
    "r": ("speech_reported", "reported"),
    "o": ("other_quoted", "direct"),
    "b": ("other_reported", "reported"),
}
_MARK = re.compile(r"\[\[([qrob])\|([^|\]]+)\|(.*?)\]\]")


def one_to_one(ranked: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one (gold, found) pairs from (score, gold, found) candidates, best first."""
    used_g: set[int] = set()
    used_f: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, fi in ranked:
        if gi not in used_g and fi not in used_f:
            used_g.add(gi)
            used_f.add(fi)
            pairs.append((gi, fi))
    return pairs


def parse_body(body: str) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and gold labels (speaker, kind, category, quote, start, end) of one body."""
    out: list[str] = []
    gold: list[dict[str, Any]] = []
    pos = length = 0
    for m in _MARK.finditer(body):
        out.append(body[pos : m.start()])
        length += m.start() - pos
        words = m.group(3)
        if "[[" in words:
            raise ValueError(f"nested mark in {words[:60]!r}")
        category, kind = CATEGORIES[m.group(1)]
        gold.append(
            {
                "speaker": m.group(2).strip(),
                "kind": kind,
                "category": category,
                "quote": words,
                "start": length,
                "end": length + len(words),
            }
        )
        out.append(words)
        length += len(words)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unparsed mark near {text[text.find('[[') :][:60]!r}")
    return text, gold


def parse_source(src: str) -> dict[str, tuple[dict[str, str], list[dict[str, Any]]]]:
    """slug -> (article dict, gold labels) for every article of one source file."""
    articles: dict[str, tuple[dict[str, str], list[dict[str, Any]]]] = {}
    for block in re.split(r"^=== ", src, flags=re.M)[1:]:
        slug, _, rest = block.partition("\n")
        head, _, body = rest.partition("\n\n")
        meta = dict(line.split(": ", 1) for line in head.strip().splitlines())
        text, gold = parse_body(body.strip())
        article = {
            "title": meta["title"],
            "text": text,
            "outlet": meta["outlet"],
            "author": meta.get("author", ""),
            "published": meta["published"],
            "url": "",
        }
        articles[slug.strip() + ".json"] = (article, gold)
    return articles


def build(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """Write ``folder``/articles/*.json and ``folder``/gold.yaml from ``folder``/src/*.txt."""
    gold_all: dict[str, list[dict[str, Any]]] = {}
    (folder / "articles").mkdir(exist_ok=True)
    for src in sorted((folder / "src").glob("*.txt")):
        for name, (article, gold) in parse_source(src.read_text(encoding="utf-8")).items():
            if name in gold_all:
                raise ValueError(f"duplicate article {name}")
            (folder / "articles" / name).write_text(
                json.dumps(article, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
            gold_all[name] = gold
    for stale in (folder / "articles").glob("*.json"):
        # A slug renamed since the last build leaves its old article behind, which the
        # phrase bench would index as a second copy of the story.
        if stale.name not in gold_all:
            stale.unlink()
    header = (
        "# Generated by `python bench/attrib_data.py build` from src/*.txt: do not edit.\n"
        "# speaker, kind (direct/reported), category, quote and its [start, end) in the text.\n"
    )
    (folder / "gold.yaml").write_text(
        header + yaml.safe_dump(gold_all, allow_unicode=True, sort_keys=True, width=1000),
        encoding="utf-8",
    )
    return gold_all


def main() -> None:
    """Build one or both sets and print their sizes."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("action", choices=["build"])
    ap.add_argument("--set", choices=[*SETS, "all"], default="all")
    args = ap.parse_args()
    for name, folder in SETS.items():
        if args.set in (name, "all") and (folder / "src").is_dir():
            gold = build(folder)
            words = sum(
                len(json.loads((folder / "articles" / a).read_text())["text"].split()) for a in gold
            )
            n = sum(len(g) for g in gold.values())
            print(f"{name}: {len(gold)} articles, {words} words, {n} labelled statements")


if __name__ == "__main__":
    main()
