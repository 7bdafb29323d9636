"""Syndicated copies: the same wire story in several outlets is one story, embedded once.

At ingest each article gets a MinHash signature over 5-word shingles (datasketch). An article
whose estimated Jaccard similarity to an indexed article *from another source* reaches
``THRESHOLD`` is not indexed again: it is recorded as another outlet of that story in
``<data_dir>/stories.sqlite3``. An article from the same source (an updated version of the
same page or file) goes the usual way and replaces the old one.

datasketch is imported here and nowhere else (lazily: it pulls in scipy, ~3 s).
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from rag.database import retry_locked
from rag.ingest import FileProblem
from rag.types import Article, Attribution
from rag.variants import CHARS, CONTAINMENT, RATIO, Variant, align, is_variant, locate
from rag.variants import words as quote_words

SHINGLE_WORDS = 5
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"  # datasketch 2.x: stored hash values must name their scheme
THRESHOLD = 0.6  # copies with edited headlines/paragraphs measured 0.71-0.87 (tests/data/web)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS members (
    source TEXT PRIMARY KEY,      -- file path or canonical URL
    story TEXT NOT NULL,          -- id of the story: the first article of it that was indexed
    article_id TEXT NOT NULL,
    embedded INTEGER NOT NULL,    -- 1: this copy is the indexed one; 0: recorded only
    outlet TEXT, title TEXT, url TEXT, published TEXT,
    sig BLOB NOT NULL,
    text TEXT                     -- a recorded copy's own text (its wording may differ)
);
CREATE INDEX IF NOT EXISTS members_story ON members(story);
CREATE INDEX IF NOT EXISTS members_article ON members(article_id);
"""


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[str]:
    """Lower-cased word k-grams (the whole text when it has fewer than k words)."""
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + k]) for i in range(max(1, len(words) - k + 1))}


def signature(text: str) -> np.ndarray:
    """MinHash hash values of the text's shingles."""
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return np.asarray(m.hashvalues, dtype=np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


@dataclass(frozen=True)
class Outlet:
    """One outlet's copy of a story."""

    article_id: str
    outlet: str
    title: str
    url: str
    published: str | None
    source: str
    embedded: bool
    text: str | None = None  # recorded copies only; the indexed copy's text is in the catalog

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (without the copy's text)."""
        d = self.__dict__.copy()
        d.pop("text")
        return d


class Stories:
    """Story groups of one data directory (written only under the index's writer lock)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
        retry_locked(lambda: self._db.executescript(_SCHEMA))  # other processes open it too
        self._lock = threading.Lock()

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def fold(
        self, articles: Sequence[Article], notes: list[FileProblem], live: AbstractSet[str]
    ) -> list[Article]:
        """The articles to index; near-duplicates of an indexed story are recorded instead.

        Args:
            articles: articles read by this ingest.
            notes: where a note per recorded copy is appended.
            live: ids of the complete articles in the catalog (stale rows are ignored).
        """
        if not articles:
            return []
        from datasketch import MinHash, MinHashLSH

        lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        sigs: dict[str, np.ndarray] = {}
        story_of: dict[str, str] = {}
        with self._lock:
            rows = self._db.execute(
                "SELECT source, story, article_id, sig FROM members WHERE embedded = 1"
            ).fetchall()
        for source, story, aid, blob in rows:
            if aid in live:
                sig = np.frombuffer(blob, dtype=np.uint32)
                lsh.insert(
                    source, MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=sig)
                )
                sigs[source], story_of[source] = sig, story
        keep: list[Article] = []
        for art in articles:
            if art.id in live:  # this exact text is indexed already: the index says unchanged
                keep.append(art)
                continue
            sig = signature(art.text)
            mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=sig)
            others = [s for s in lsh.query(mh) if s != art.source]
            best = max(others, key=lambda s: similarity(sig, sigs[s]), default=None)
            if best is not None and similarity(sig, sigs[best]) >= THRESHOLD:
                story = story_of[best]
                self._put(art, story, sig, embedded=False)
                canonical = self._canonical(story)
                notes.append(
                    FileProblem(
                        art.source,
                        f"near-duplicate of {canonical.article_id} ({canonical.outlet or '?'}:"
                        f" {canonical.title!r}); recorded as another outlet of that story, "
                        "not indexed twice",
                        skipped=False,
                    )
                )
                continue
            story = story_of.get(art.source) or self._story_of_source(art.source) or art.id
            self._put(art, story, sig, embedded=True)
            if art.source in sigs:
                lsh.remove(art.source)
            lsh.insert(art.source, mh)
            sigs[art.source], story_of[art.source] = sig, story
            keep.append(art)
        return keep

    def _story_of_source(self, source: str) -> str | None:
        with self._lock:
            row = self._db.execute(
                "SELECT story FROM members WHERE source = ? AND embedded = 1", (source,)
            ).fetchone()
        return row[0] if row else None

    def _put(self, art: Article, story: str, sig: np.ndarray, *, embedded: bool) -> None:
        with self._lock, self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO members VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    art.source,
                    story,
                    art.id,
                    int(embedded),
                    art.outlet,
                    art.title,
                    art.url,
                    art.published.isoformat() if art.published else None,
                    sig.tobytes(),
                    None if embedded else art.text,
                ),
            )

    def _canonical(self, story: str) -> Outlet:
        return next(o for o in self.outlets_of_story(story) if o.embedded)

    def outlets_of_story(self, story: str) -> list[Outlet]:
        """Every outlet's copy of a story, earliest first (undated last; ties in ingest order)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT article_id, outlet, title, url, published, source, embedded, text "
                "FROM members WHERE story = ? ORDER BY rowid",
                (story,),
            ).fetchall()
        outs = [
            Outlet(r[0], r[1] or "", r[2] or "", r[3] or "", r[4], r[5], bool(r[6]), r[7])
            for r in rows
        ]
        return sorted(outs, key=lambda o: (o.published is None, o.published or ""))

    def outlets(self, article_ids: Iterable[str]) -> dict[str, list[Outlet]]:
        """For indexed article ids: all outlets of their story (just the article if alone)."""
        out: dict[str, list[Outlet]] = {}
        for aid in set(article_ids):
            with self._lock:
                row = self._db.execute(
                    "SELECT story FROM members WHERE article_id = ? AND embedded = 1", (aid,)
                ).fetchone()
            if row:
                out[aid] = self.outlets_of_story(row[0])
        return out


_OPEN: dict[str, Stories] = {}
_OPEN_LOCK = threading.Lock()


def stories(data_dir: Path) -> Stories:
    """The shared Stories of a data directory (one connection per process)."""
    path = Path(data_dir).expanduser() / "stories.sqlite3"
    key = str(path.resolve())
    with _OPEN_LOCK:
        if key not in _OPEN:
            path.parent.mkdir(parents=True, exist_ok=True)
            _OPEN[key] = Stories(path)
        return _OPEN[key]


# -- who said it, across outlets ------------------------------------------------------------
def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _carries(text: str, quote: str) -> bool:
    """Whether a copy's text carries the statement, allowing small wording edits."""
    from rapidfuzz import fuzz

    q, t = _words(quote), _words(text)
    return q in t or fuzz.partial_ratio(q, t) >= 90


@dataclass
class Reported:
    """One statement, with every outlet that carried it, earliest first.

    ``variants`` gives each outlet's wording aligned against the earliest one (rag/variants.py);
    it is computed on first use, since speaker pages group thousands of rows and show few.
    """

    attribution: Attribution  # from the earliest indexed article that carries it
    outlets: list[Outlet]
    # outlet source -> the statement as that article printed it (recorded copies: located in
    # the copy's own text on first use of ``variants``)
    wordings: dict[str, Attribution | str] = field(default_factory=dict, repr=False)

    def summary(self) -> str:
        """'reported by 3 outlets, first by X on 2025-11-06: X, Y, Z'."""
        first = self.outlets[0]
        when = f" on {first.published}" if first.published else ""
        names = ", ".join(o.outlet or "?" for o in self.outlets)
        n = len(self.outlets)
        return f"reported by {n} outlet{'s' if n != 1 else ''}, first by {first.outlet or '?'}{when}: {names}"

    @cached_property
    def variants(self) -> list[Variant]:
        """Each outlet's wording, earliest first, with a word diff against the earliest."""
        texts = [self._wording(o) for o in self.outlets]
        base = texts[0] if texts else self.attribution.quote
        return [
            Variant(o.outlet, o.published, o.article_id, t, align(base, t))
            for o, t in zip(self.outlets, texts, strict=True)
        ]

    def _wording(self, o: Outlet) -> str:
        w = self.wordings.get(o.source)
        if isinstance(w, Attribution):
            return w.quote
        if isinstance(w, str):  # a recorded copy's text: find how it words the statement
            return locate(w, self.attribution.quote) or self.attribution.quote
        return self.attribution.quote

    @property
    def reworded(self) -> int:
        """How many outlets word the statement differently from the earliest one."""
        return sum(v.differs for v in self.variants)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, with the earliest appearance and every outlet's wording."""
        first = self.outlets[0].to_dict() if self.outlets else None
        return self.attribution.to_dict() | {
            "outlets": [o.to_dict() for o in self.outlets],
            "first": first,
            "reworded": self.reworded,
            "variants": [v.to_dict() for v in self.variants],
        }


def group_statements(attrs: Sequence[Attribution], data_dir: Path) -> list[Reported]:
    """Who-said rows grouped across outlets: the same speaker's same statement (syndicated
    copies, or a reworded, trimmed or extended quote in another article: ``is_variant``) is
    one row; rows keep their order."""
    groups = stories(data_dir).outlets(a.article_id for a in attrs)
    rows: list[Reported] = []
    row_of: list[int] = []  # attrs[j] -> index of its row
    by_article: dict[str, list[int]] = {}
    for a, candidates in zip(attrs, _candidates(attrs), strict=True):
        own = [
            o
            for o in groups.get(a.article_id, [])
            if o.embedded or (o.text is not None and _carries(o.text, a.quote))
        ] or [Outlet(a.article_id, a.outlet, a.title, "", _iso(a.published), a.article_id, True)]
        # The earliest row with a member that is a variant of this statement. Two statements
        # of one article are two statements (a reported one may embed a direct quote): only a
        # near-identical repeat joins, as before variants were grouped.
        same = by_article.setdefault(a.article_id, []) if a.article_id else []
        hit = next(
            (
                row_of[j]
                for j in sorted({*candidates, *same}, key=lambda j: (row_of[j], j))
                if (
                    _repeat(attrs[j], a)
                    if a.article_id and attrs[j].article_id == a.article_id
                    else is_variant(attrs[j], a)
                )
            ),
            None,
        )
        same.append(len(row_of))
        if hit is None:
            row_of.append(len(rows))
            row = Reported(a, list(own))
            _note_wordings(row, own, a)
            rows.append(row)
            continue
        row_of.append(hit)
        row = rows[hit]
        seen = {o.source for o in row.outlets}
        row.outlets += [o for o in own if o.source not in seen]
        _note_wordings(row, own, a)
        if (_iso(a.published) or "9999") < (_iso(row.attribution.published) or "9999"):
            row.attribution = a
    for row in rows:
        row.outlets.sort(key=lambda o: (o.published is None, o.published or ""))
    return rows


_BLOCK = 256  # statements compared per rapidfuzz call (memory: _BLOCK x len(attrs) floats)


def _candidates(attrs: Sequence[Attribution]) -> Iterator[list[int]]:
    """For each statement in turn, the earlier ones that could be its variant.

    A speaker page groups thousands of statements, so pairs are ruled out in C first with
    rapidfuzz: the LCS of two word sequences bounds difflib's matched words from above, so
    a pair whose LCS ratio and containment are both under the thresholds (and whose
    character ratio is under CHARS) cannot be a variant. ``is_variant`` decides the rest.
    """
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import Indel

    keys = [quote_words(a.quote) for a in attrs]
    vocab: dict[str, int] = {}
    ints = [[vocab.setdefault(w, len(vocab)) for w in k] for k in keys]
    joined = [" ".join(k) for k in keys]
    lens = np.array([len(k) for k in keys], dtype=np.float64)
    eps = 1e-6
    for lo in range(0, len(attrs), _BLOCK):
        hi = min(len(attrs), lo + _BLOCK)
        sim = process.cdist(ints[lo:hi], ints[:hi], scorer=Indel.normalized_similarity)
        chars = process.cdist(
            joined[lo:hi], joined[:hi], scorer=fuzz.ratio, score_cutoff=CHARS * 100
        )
        for i in range(lo, hi):
            if not keys[i]:
                yield []
                continue
            r, n = sim[i - lo, :i], lens[i]
            lcs = r * (lens[:i] + n) / 2
            ok = (
                (r >= RATIO - eps)
                | (lcs >= CONTAINMENT * np.minimum(lens[:i], n) - eps)
                | (chars[i - lo, :i] > 0)
            ) & (lens[:i] > 0)
            yield [int(j) for j in np.nonzero(ok)[0]]


def _repeat(m: Attribution, a: Attribution) -> bool:
    """The same speaker's near-identical statement (the rule before variants were grouped)."""
    from rapidfuzz import fuzz

    same_speaker = m.speaker.casefold() == a.speaker.casefold()
    return same_speaker and fuzz.ratio(_words(m.quote), _words(a.quote)) >= 90


def _note_wordings(row: Reported, own: list[Outlet], a: Attribution) -> None:
    for o in own:
        if o.source not in row.wordings:
            row.wordings[o.source] = a if o.embedded or o.text is None else o.text


def _iso(d: Any) -> str | None:
    return d.isoformat() if d else None
