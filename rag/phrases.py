"""Verbatim phrase lookup: a SQLite FTS5 index of every paragraph, kept in the catalog file.

The catalog calls :func:`add_article` when it records an article and :func:`delete_article`
when it drops one, inside the same transaction, so the phrase index never disagrees with the
catalog. :func:`lookup` finds a phrase exactly (an FTS5 phrase query, then the exact
characters) and, failing that, fuzzily (FTS5 keyword candidates ranked by rapidfuzz's
partial ratio), and returns character spans in the article text. Only complete articles are
searched, as everywhere else.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from rapidfuzz import fuzz

from rag.text import STOPWORDS, split_paragraphs

__all__ = ["PhraseHit", "add_article", "delete_article", "ensure", "lookup", "normalise"]

SCHEMA = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS phrases USING fts5("
    "article_id UNINDEXED, start UNINDEXED, text, tokenize='unicode61 remove_diacritics 2')"
)
# FTS5 cannot index an UNINDEXED column, so "delete this article's rows" would scan the whole
# index (quadratic ingest: 100k chunks took ~20 minutes). This side table maps article ids to
# FTS rowids through an ordinary B-tree index.
ROWS_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS phrase_rows (row INTEGER PRIMARY KEY, article_id TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS phrase_rows_article ON phrase_rows(article_id)",
)
# Bump when what is indexed changes: existing catalogs are re-indexed once on open.
VERSION = "2"
# A fuzzy hit needs this partial ratio (0-100) against the paragraph.
MIN_FUZZY = 85.0
# Keyword candidates scored by rapidfuzz for a fuzzy lookup.
FUZZY_CANDIDATES = 60
_QUOTE_MAP = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " "})


@dataclass(frozen=True)
class PhraseHit:
    """Where a phrase occurs: article, [start, end) in its text, and how well it matched."""

    article_id: str
    start: int
    end: int
    score: float  # 100 for an exact match
    exact: bool


def normalise(s: str) -> str:
    """Same-length form for matching: lower case, straight quotes."""
    return s.translate(_QUOTE_MAP).lower()


def ensure(db: sqlite3.Connection) -> None:
    """Create the index; fill it from the catalog's articles if it is new or outdated."""
    db.execute(SCHEMA)
    for stmt in ROWS_SCHEMA:
        db.execute(stmt)
    row = db.execute("SELECT value FROM meta WHERE key='phrases_version'").fetchone()
    if row and row[0] == VERSION:
        return
    with db:
        db.execute("DELETE FROM phrases")
        db.execute("DELETE FROM phrase_rows")
        for aid, text in db.execute("SELECT id, text FROM articles").fetchall():
            _insert(db, aid, text or "")
        db.execute("INSERT OR REPLACE INTO meta VALUES ('phrases_version', ?)", (VERSION,))


def add_article(db: sqlite3.Connection, article_id: str, text: str) -> None:
    """Index an article's paragraphs (replacing any earlier version of it)."""
    delete_article(db, article_id)
    _insert(db, article_id, text)


def _insert(db: sqlite3.Connection, article_id: str, text: str) -> None:
    rows = []
    for s, e in split_paragraphs(text):
        cur = db.execute(
            "INSERT INTO phrases (article_id, start, text) VALUES (?,?,?)",
            (article_id, s, text[s:e]),
        )
        rows.append((cur.lastrowid, article_id))
    db.executemany("INSERT INTO phrase_rows (row, article_id) VALUES (?,?)", rows)


def delete_article(db: sqlite3.Connection, article_id: str) -> None:
    """Drop an article from the index."""
    rows = [
        r for (r,) in db.execute("SELECT row FROM phrase_rows WHERE article_id=?", (article_id,))
    ]
    if rows:
        db.executemany("DELETE FROM phrases WHERE rowid=?", [(r,) for r in rows])
        db.execute("DELETE FROM phrase_rows WHERE article_id=?", (article_id,))


def _words(phrase: str) -> list[str]:
    return re.findall(r"\w+", normalise(phrase))


def _rows(db: sqlite3.Connection, match: str, limit: int) -> list[tuple[str, int, str]]:
    """(article_id, paragraph start, paragraph text) of complete articles, best BM25 first."""
    try:
        return db.execute(
            "SELECT p.article_id, p.start, p.text FROM phrases p JOIN articles a "
            "ON a.id = p.article_id WHERE a.status='complete' AND phrases MATCH ? "
            "ORDER BY rank LIMIT ?",
            (match, limit),
        ).fetchall()
    except sqlite3.OperationalError:
        # A query FTS5 cannot parse matches nothing rather than failing the question.
        return []


def lookup(db: sqlite3.Connection, phrase: str, *, limit: int = 10) -> list[PhraseHit]:
    """Where ``phrase`` occurs: exact matches first, else fuzzy ones (partial ratio >= 85)."""
    words = _words(phrase)
    if not words:
        return []
    target = " ".join(normalise(phrase).split())
    hits: list[PhraseHit] = []
    fts_phrase = '"' + " ".join(words) + '"'
    for aid, start, text in _rows(db, fts_phrase, 200):
        # FTS5 ignores punctuation; the exact characters decide (whitespace collapsed).
        flat, offsets = _flatten(text)
        pos = flat.find(target)
        while pos >= 0:
            a, b = offsets[pos], offsets[pos + len(target) - 1] + 1
            hits.append(PhraseHit(aid, start + a, start + b, 100.0, True))
            pos = flat.find(target, pos + 1)
        if not any(h.article_id == aid and h.start >= start for h in hits):
            # Same words, different punctuation: still a verbatim match of the words.
            a, b = _word_span(text, words)
            if b > a:
                hits.append(PhraseHit(aid, start + a, start + b, 99.0, True))
    if hits:
        return hits[:limit]
    keys = [w for w in dict.fromkeys(words) if w not in STOPWORDS and len(w) > 2] or words
    cands = _rows(db, " OR ".join(f'"{w}"' for w in keys), FUZZY_CANDIDATES)
    scored = []
    for aid, start, text in cands:
        al = fuzz.partial_ratio_alignment(target, normalise(text))
        if al is not None and al.score >= MIN_FUZZY:
            scored.append(
                PhraseHit(aid, start + al.dest_start, start + al.dest_end, al.score, False)
            )
    scored.sort(key=lambda h: -h.score)
    return scored[:limit]


def _flatten(text: str) -> tuple[str, list[int]]:
    """Normalised text with whitespace runs collapsed, and each character's original offset."""
    out: list[str] = []
    offsets: list[int] = []
    prev_space = False
    for i, c in enumerate(normalise(text)):
        if c.isspace():
            if prev_space:
                continue
            c, prev_space = " ", True
        else:
            prev_space = False
        out.append(c)
        offsets.append(i)
    return "".join(out), offsets


def _word_span(text: str, words: list[str]) -> tuple[int, int]:
    """Span of the first run of ``words`` in ``text``, ignoring punctuation between them."""
    toks = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+", normalise(text))]
    n = len(words)
    for i in range(len(toks) - n + 1):
        if all(toks[i + j][2] == words[j] for j in range(n)):
            return toks[i][0], toks[i + n - 1][1]
    return 0, 0
