"""Resolve a case's article keys and ``must_cite`` spans against the indexed articles.

A passage *holds* a ``must_cite`` item if it comes from that article (article key) or
contains the whole span (text span); a citation *covers* an item if its passage holds it.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rag.eval.testset import Case, case_error

if TYPE_CHECKING:
    from rag.index import Index


@dataclass(frozen=True)
class Target:
    """A resolved ``must_cite`` item: where in which articles it occurs."""

    label: str
    locations: tuple[tuple[str, int, int], ...]  # (article_id, start, end)
    whole_article: bool = False

    def holds(self, article_id: str, start: int, end: int) -> bool:
        """True if the range (a passage) holds this item."""
        for aid, s, e in self.locations:
            if aid == article_id and (self.whole_article or (start <= s and e <= end)):
                return True
        return False

    def overlaps(self, article_id: str, start: int, end: int) -> bool:
        """True if the range shares at least one character with this item."""
        for aid, s, e in self.locations:
            if aid == article_id and (self.whole_article or (start < e and s < end)):
                return True
        return False

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "label": self.label,
            "whole_article": self.whole_article,
            "locations": [list(loc) for loc in self.locations],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Target:
        """Rebuild a target from :meth:`to_dict` output (the resume cache)."""
        locs = tuple((str(a), int(s), int(e)) for a, s, e in d["locations"])
        return cls(d["label"], locs, bool(d["whole_article"]))


class Articles:
    """Article keys (file stem, title, id) and texts of the complete indexed articles."""

    def __init__(self, index: Index) -> None:
        self.rows = [r for r in index.list_articles() if r["status"] == "complete"]
        self.texts: dict[str, str] = {}
        for r in self.rows:
            art = index.catalog.article(r["id"])
            self.texts[r["id"]] = art.text if art else ""
        self.keys: dict[str, set[str]] = {}
        for r in self.rows:
            for key in (Path(r.get("source") or "").stem, (r["title"] or "").casefold(), r["id"]):
                if key:
                    self.keys.setdefault(key, set()).add(r["id"])

    def signature(self) -> str:
        """Changes when the set of indexed articles changes."""
        blob = json.dumps(sorted((r["id"], r["chunks"]) for r in self.rows))
        return hashlib.sha256(blob.encode()).hexdigest()[:12]

    def resolve(self, key: str) -> str | None:
        """The article id for a file stem, title or id (unique prefix of 6+ characters)."""
        for k in (key, key.casefold()):
            ids = self.keys.get(k)
            if ids and len(ids) == 1:
                return next(iter(ids))
        if re.fullmatch(r"[0-9a-f]{6,16}", key):
            hits = [aid for aid in self.texts if aid.startswith(key)]
            if len(hits) == 1:
                return hits[0]
        return None

    def find(self, span: str, article_id: str | None = None) -> list[tuple[str, int, int]]:
        """Every occurrence of ``span`` (exact text) in the indexed articles."""
        out = []
        for aid, text in self.texts.items():
            if article_id and aid != article_id:
                continue
            i = text.find(span)
            while i >= 0:
                out.append((aid, i, i + len(span)))
                i = text.find(span, i + 1)
        return out


def resolve_case(case: Case, articles: Articles) -> tuple[list[Target], dict[str, Any], str | None]:
    """(must_cite targets, retrieval filters with article keys resolved, summary article id)."""
    label = f"Case {case.id!r}"
    targets: list[Target] = []
    for i, spec in enumerate(case.expected.must_cite):
        fld = f"expected.must_cite[{i}]"
        aid = None
        if spec.article:
            aid = articles.resolve(spec.article)
            if aid is None:
                raise case_error(
                    label,
                    f"{fld}.article" if spec.span else fld,
                    f"no indexed article has the key {spec.article!r} (file stem, title or id)",
                )
        if spec.span is None:
            assert aid is not None
            targets.append(Target(spec.label, ((aid, 0, len(articles.texts[aid])),), True))
            continue
        if aid is None:
            whole = articles.resolve(spec.span)
            if whole is not None:
                targets.append(Target(spec.label, ((whole, 0, len(articles.texts[whole])),), True))
                continue
        locs = articles.find(spec.span, aid)
        if not locs:
            where = f"article {spec.article!r}" if aid else "any indexed article"
            raise case_error(
                label,
                f"{fld}.span" if spec.article else fld,
                f"{spec.span!r} is not an article key and does not occur in {where}",
            )
        targets.append(Target(spec.label, tuple(locs)))
    filters = dict(case.filters)
    if "article" in filters:
        keys = filters.pop("article")
        ids = []
        for key in [keys] if isinstance(keys, str) else keys:
            aid = articles.resolve(key)
            if aid is None:
                raise case_error(
                    label, "filters.article", f"no indexed article has the key {key!r}"
                )
            ids.append(aid)
        filters["article_id"] = ids[0] if len(ids) == 1 else ids
    summary_id = None
    if case.task == "summarize" and case.article:
        summary_id = articles.resolve(case.article)
        if summary_id is None:
            raise case_error(label, "article", f"no indexed article has the key {case.article!r}")
    return targets, filters, summary_id
