"""Verbatim phrase lookup: a SQLite FTS5 index of every paragraph, kept in the catalog file.

The catalog calls :func:`add_article` when it records an article and :func:`delete_article`
when it drops one, inside the same transaction, so the phrase index never disagrees with the
catalog. :func:`lookup` finds a phrase exactly (an FTS5 phrase query, then the exact
characters) and, failing that, fuzzily (FTS5 keyword candidates ranked by rapidfuzz's
partial ratio), and returns character spans in the article text. Only complete articles are
searched, as everywhere else.

:func:`uncovered_statement` names the speaker of a phrase that no extracted statement covers,
when its sentence says whose it is by reference only ("..., the company said", "according to
the department") and an earlier statement names that body.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from rag.quotes import (
    COMPANY_HEADS,
    GROUP_ROLE,
    ORG_HEADS,
    ORG_ROLE,
    PRONOUN_REACH,
    RECORD_ROLE,
    SAY_VERBS,
)
from rag.text import STOPWORDS, split_paragraphs, split_sentences
from rag.types import Attribution

__all__ = [
    "PhraseHit",
    "add_article",
    "delete_article",
    "ensure",
    "lookup",
    "normalise",
    "uncovered_statement",
]

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
# A fuzzy word run may be this many words shorter or longer than the phrase.
FUZZY_SLACK = 2
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
        best = (al.score, al.dest_start, al.dest_end) if al is not None else (0.0, 0, 0)
        # Characters punish a word left out or put in ("had insured the for about" scores
        # 80 against "had insured the satellite for about"); words in order do not.
        best = max(best, _word_alignment(words, text))
        if best[0] >= MIN_FUZZY:
            scored.append(PhraseHit(aid, start + best[1], start + best[2], best[0], False))
    scored.sort(key=lambda h: -h.score)
    return scored[:limit]


def _word_alignment(words: list[str], text: str) -> tuple[float, int, int]:
    """(score 0-100, start, end) of the run of ``text``'s words most like ``words``, in order.

    The score is the Indel similarity of the two word sequences: one word left out of a
    14-word phrase scores 96, one changed 93, two changed 86.
    """
    toks = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+", normalise(text))]
    n = len(words)
    want = set(words)
    heads = set(words[: FUZZY_SLACK + 1])
    best = (0.0, 0, 0)
    for i, (_, _, w) in enumerate(toks):
        if w not in heads:
            continue  # a run starts on one of the phrase's first words
        for size in range(max(1, n - FUZZY_SLACK), n + FUZZY_SLACK + 1):
            run = toks[i : i + size]
            if len(run) < size:
                break
            score = 100 * Indel.normalized_similarity(words, [t[2] for t in run])
            if score > best[0]:
                # The span ends on the last word the phrase has.
                last = max(k for k, t in enumerate(run) if t[2] in want)
                best = (score, run[0][0], run[last][1])
    return best


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


# -- a phrase outside every extracted statement ---------------------------------------------------
# A cue whose subject only refers back to a body quoted earlier: "..., the company said",
# "the department said in a statement", "according to the agency". The noun must name a body
# (ORG_HEADS): "the report said" or "its investor filings" name no earlier speaker.
_REFERRING_CUE = re.compile(
    r"\b(?:the\s+(?P<noun>[a-z]+)\s+(?:also\s+)?(?P<verb>[a-z]+)|according\s+to\s+the\s+(?P<acc>[a-z]+))\b",
    re.I,
)
# Nouns that may mean any body quoted last.
_ANY_BODY = frozenset({"group", "organization", "organisation", "coalition"})
# Bodies that "the company" does not stand for (a department, a center, a court).
_NOT_COMPANIES = (
    ORG_HEADS
    - COMPANY_HEADS
    - {"company", "group", "corporation", "firm"}
    - {"inc", "corp", "ltd", "services", "airline", "airlines", "network", "trust", "fund"}
)


def _is_body(a: Attribution) -> bool:
    """Whether a speaker is an organisation rather than a person or a crowd."""
    words = a.speaker.split()
    last = words[-1].lower() if words else ""
    return (
        a.role not in (GROUP_ROLE, RECORD_ROLE)
        and (
            a.role == ORG_ROLE
            or last in ORG_HEADS
            # People are shortened to a surname; bodies to a first word ("Mercora" for Mercora
            # Biologics) or a common noun ("the department").
            or any(x[:1].islower() or (len(words) > 1 and x == words[0]) for x in a.aliases)
        )
    )


def _fits(a: Attribution, noun: str) -> bool:
    """Whether "the <noun>" can mean ``a``'s speaker."""
    if not _is_body(a):
        return False
    names = {re.sub(r"['’]s$", "", w.lower()) for n in (a.speaker, *a.aliases) for w in n.split()}
    if noun in ("company", "firm"):
        return not names & _NOT_COMPANIES  # a business, not a department or a center
    return noun in _ANY_BODY or noun in names  # "the department" must be a department


def uncovered_statement(
    text: str, attributions: Sequence[Attribution], start: int, end: int
) -> Attribution | None:
    """The statement holding ``text[start:end]`` when no extracted one covers it, or None.

    Only a sentence that says whose it is by reference ("..., the company said", "according
    to the department") gets a speaker: the nearest earlier statement, at most PRONOUN_REACH
    paragraphs back, by a body that reference can mean. The statement is the part of the
    sentence on the phrase's side of the cue, kind "reported".
    """
    paras = split_paragraphs(text)
    here = next((i for i, (s, e) in enumerate(paras) if s <= start < e), None)
    if here is None:
        return None
    ps, pe = paras[here]
    sent = next(((s, e) for s, e in split_sentences(text, ps, pe) if s <= start < e), None)
    if sent is None or any(
        a.sentence_start < sent[1] and sent[0] < a.sentence_end for a in attributions
    ):
        return None  # someone's statement is in this sentence: that is for the extractor
    s0, s1 = sent
    for m in _REFERRING_CUE.finditer(text, s0, s1):
        if m.start() < end and start < m.end():
            continue  # the cue is inside the phrase: the phrase is not the statement
        noun = (m.group("acc") or m.group("noun")).lower()
        verb = "according to" if m.group("acc") else m.group("verb").lower()
        if noun not in ORG_HEADS or verb not in SAY_VERBS | {"according to"}:
            continue
        first_para = paras[max(0, here - PRONOUN_REACH)][0]
        earlier = [a for a in attributions if first_para <= a.start and a.end <= s0 and a.speaker]
        who = next((a for a in sorted(earlier, key=lambda a: -a.end) if _fits(a, noun)), None)
        if who is None:
            return None
        if start < m.start():
            a, b = s0, m.start()
        else:  # "The company said in a filing that ...": from the clause the phrase opens
            a, b = m.end(), s1
            that = list(re.finditer(r"\bthat\s+", text[a:start]))
            a = a + that[-1].end() if that else a
        a, b = _trim(text, a, b)
        if not a <= start < b:
            return None
        return replace(
            who,
            quote=text[a:b],
            kind="reported",
            cue=verb,
            start=a,
            end=b,
            sentence_start=s0,
            sentence_end=s1,
        )
    return None


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """A statement's span without the punctuation around it."""
    while a < b and text[a] in " ,;:—–-\n":
        a += 1
    while b > a and text[b - 1] in " ,;:.—–-\n":
        b -= 1
    return a, b
