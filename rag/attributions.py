"""Query-side "who said what": intent detection, speaker lookup and ranked attributions."""

from __future__ import annotations

import csv
import io
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, overload

from rag.dedupe import stories
from rag.index import Index, open_index
from rag.phrases import PhraseHit
from rag.quotes import resolve_speaker, speaker_names
from rag.retrieve import allowed_chunks, clean_filters, retrieve
from rag.settings import Settings, get_settings
from rag.text import content_words
from rag.types import Attribution, Passage

_WHO = re.compile(
    r"\bwho\s+(said|says|say|stated|claimed|warned|told|commented|spoke|quoted|argued)\b"
    r"|\bsaid\s+what\b|\bwhat\s+did\s+.+?\s+(say|said|tell|claim|state|warn)\b"
    r"|\bwhat\s+(does|do)\s+.+?\s+say\b|\bstatements?\b|\bquotes?\b|\bquoted\b"
    r"|\baccording\s+to\s+whom\b|\bwho\s+.*\b(comment|remark)",
    re.I,
)


def is_who_said(question: str) -> bool:
    """True for questions that ask who said what, or what a person said."""
    return bool(_WHO.search(question))


# A phrase the question quotes ("...", “...”), or the words after "who said".
# Outermost marks: a quoted phrase may hold quotes of its own.
_QUOTED_PHRASE = re.compile(r'["“](.+)["”]', re.S)
_WHO_SAID_PHRASE = re.compile(
    r"\bwho\s+(?:said|says|wrote|tweeted|stated|claimed|told\s+\w+|declared)\b[\s:,]*(.+)$",
    re.I | re.S,
)
# "Who said what about Kursk?" asks for statements on a topic, not for a phrase; "who said
# so/this/it?" points back. A phrase that merely starts with "some", "it" or "this" is one.
_NOT_A_PHRASE = re.compile(r"^(?:what|anything|something)\b|^(?:so|this|that|it)\W*$", re.I)
# A quoted or who-said phrase needs this many words to be looked up verbatim.
MIN_PHRASE_WORDS = 3
# "What did X say about Y": show X's best few statements on Y, not all of them.
BEST_STATEMENTS = 4
# Phrase hits looked at when finding the earliest article that carried a phrase.
ORIGIN_CANDIDATES = 20


def quoted_phrase(question: str) -> str | None:
    """The phrase a question quotes or asks "who said" about, if any."""
    m = _QUOTED_PHRASE.search(question)
    if m and len(m.group(1).split()) >= MIN_PHRASE_WORDS:
        return m.group(1).strip().strip(",.;:")
    m = _WHO_SAID_PHRASE.search(question.strip())
    if not m:
        return None
    phrase = m.group(1).strip().rstrip("?!. ").strip("\"'“”‘’ ")
    phrase = re.sub(r"^that\s+", "", phrase, flags=re.I)
    if _NOT_A_PHRASE.match(phrase) or len(phrase.split()) < MIN_PHRASE_WORDS + 1:
        return None
    return phrase


@dataclass
class PhraseMatch:
    """A verbatim (or near-verbatim) occurrence of a quoted phrase, with its statement."""

    passage: Passage
    hit: PhraseHit
    attribution: Attribution | None


def _covering(attrs: list[Attribution], hit: PhraseHit) -> Attribution | None:
    """The statement that holds the phrase: most overlap, else the one in the same sentence."""
    best, best_ov = None, 0
    for a in attrs:
        ov = min(a.end, hit.end) - max(a.start, hit.start)
        if ov > best_ov:
            best, best_ov = a, ov
    if best is not None:
        return best
    return next((a for a in attrs if a.sentence_start <= hit.start < a.sentence_end), None)


def phrase_lookup(
    question: str,
    index: Index,
    *,
    filters: dict[str, Any] | None = None,
    limit: int = 5,
) -> list[PhraseMatch]:
    """Passages that hold the phrase the question quotes, from the full-text index.

    Exact matches come first, fuzzy ones (rapidfuzz partial ratio) only when there is none;
    each comes with the attribution covering the phrase, when one does.
    """
    phrase = quoted_phrase(question)
    if not phrase:
        return []
    cat = index.catalog
    allowed = allowed_chunks(cat, clean_filters(filters))
    out: list[PhraseMatch] = []
    seen: set[str] = set()
    attrs_of: dict[str, list[Attribution]] = {}
    for hit in cat.find_phrase(phrase, limit=limit * 4):
        chunks = cat.article_chunks(hit.article_id)
        inside = [c for c in chunks if c.start <= hit.start < c.end]
        # Prefer the chunk that holds the whole phrase.
        inside.sort(key=lambda c: (c.end < hit.end, c.start))
        if not inside or inside[0].id in seen:
            continue
        chunk = inside[0]
        if allowed is not None and chunk.id not in allowed:
            continue
        seen.add(chunk.id)
        if hit.article_id not in attrs_of:
            attrs_of[hit.article_id] = cat.attributions([hit.article_id])
        attrs = attrs_of[hit.article_id]
        passage = Passage(
            chunk=chunk,
            fused_score=hit.score / 100,
            attributions=[a for a in attrs if a.start >= chunk.start and a.end <= chunk.end],
        )
        out.append(PhraseMatch(passage, hit, _covering(attrs, hit)))
        if len(out) == limit:
            break
    return out


def phrase_first(
    question: str,
    passages: list[Passage],
    index: Index,
    *,
    filters: dict[str, Any] | None = None,
    matches: list[PhraseMatch] | None = None,
) -> tuple[list[Passage], list[Attribution] | None]:
    """Passages with those holding the quoted phrase first, and the statements that cover it.

    Questions without a quoted phrase, or whose phrase is nowhere, get their passages back
    unchanged and None; a phrase found outside any statement gives an empty list, so that
    the answer shows the sentence rather than guess a speaker. ``matches``: the question's
    :func:`phrase_lookup`, when the caller has it already.
    """
    if matches is None:
        matches = phrase_lookup(question, index, filters=filters)
    if not matches:
        return passages, None
    first = [m.passage for m in matches]
    ids = {p.chunk.id for p in first}
    merged = first + [p for p in passages if p.chunk.id not in ids]
    for rank, p in enumerate(merged, 1):
        p.rank = rank
    statements: list[Attribution] = []
    for m in matches:
        a = m.attribution
        if a is not None and a not in statements and (m.hit.exact or not statements):
            statements.append(a)
    # Exact hits name one statement; the first is the one the question quotes.
    return merged, statements[:1] if matches[0].hit.exact else statements


@dataclass
class PhraseOrigin:
    """The earliest article that carried a quoted phrase, and who said it there."""

    phrase: str
    title: str
    outlet: str
    published: date | None
    article_id: str
    statement: Attribution | None  # the statement covering the phrase; None if nobody's
    carriers: int  # articles (syndicated copies included) that carry the phrase
    exact: bool


def phrase_origin(
    question: str, index: Index, *, filters: dict[str, Any] | None = None
) -> PhraseOrigin | None:
    """Where the phrase a question quotes was first published, and its speaker.

    Looks the phrase up like :func:`phrase_first` (exact matches only, when there are any),
    then takes the earliest by publication date among the matching articles and their
    syndicated copies (undated last). None when the question quotes no phrase or it is nowhere.
    """
    matches = phrase_lookup(question, index, filters=filters, limit=ORIGIN_CANDIDATES)
    if not matches:
        return None
    exact = [m for m in matches if m.hit.exact] or matches
    # (published, title, outlet, article_id, match) for every copy that carries the phrase.
    copies: dict[tuple[str, str], tuple[date | None, str, str, str, PhraseMatch]] = {}
    outlets = stories(index.data_dir).outlets(m.hit.article_id for m in exact)
    for m in exact:
        c = m.passage.chunk
        copies.setdefault(
            (c.article_id, c.outlet), (c.published, c.title, c.outlet, c.article_id, m)
        )
        for o in outlets.get(c.article_id, []):
            when = date.fromisoformat(o.published[:10]) if o.published else None
            copies.setdefault((o.article_id, o.outlet), (when, o.title, o.outlet, o.article_id, m))
    when, title, outlet, aid, m = min(
        copies.values(), key=lambda x: (x[0] is None, x[0] or date.min, x[3], x[2])
    )
    return PhraseOrigin(
        phrase=quoted_phrase(question) or "",
        title=title,
        outlet=outlet,
        published=when,
        article_id=aid,
        statement=m.attribution,
        carriers=len(copies),
        exact=m.hit.exact,
    )


def named_speaker(question: str, known: list[str], aliases: dict[str, set[str]]) -> str | None:
    """The known speaker a question names ("What did Jeong say?" -> "Jeon Ha-kyou"), if any."""
    low = question.lower()
    for canonical, names in aliases.items():
        # Only capitalised names count: an org alias like "agency" is too generic to match.
        if any(
            re.search(rf"\b{re.escape(n.lower())}\b", low)
            for n in names
            if len(n) > 2 and n[:1].isupper()
        ):
            return canonical
    for tok in re.findall(r"\b[A-Z][\w\-']+(?:\s+[A-Z][\w\-']+)*", question):
        hit = resolve_speaker(tok, known)
        if hit:
            return hit
    return None


def rank_attributions(
    question: str,
    passages: list[Passage],
    *,
    speaker: str | None = None,
    article_texts: dict[str, str] | None = None,
) -> list[Attribution]:
    """Attributions in the passages, for ``speaker`` if given, topic matches first, deduped."""
    seen: set[tuple[str, int, int]] = set()
    found: list[tuple[float, int, Attribution]] = []
    aliases = speaker_names([a for p in passages for a in p.attributions])
    name_words = {w for names in aliases.values() for n in names for w in content_words(n)}
    topic = set(content_words(question)) - name_words - {"say", "said", "statement", "quote"}
    order = 0
    for p in passages:
        for a in p.attributions:
            key = (a.article_id, a.start, a.end)
            if key in seen or (speaker and a.speaker != speaker):
                continue
            seen.add(key)
            overlap = len(topic & set(content_words(_text_of(a, article_texts))))
            found.append((overlap, order, a))
            order += 1
    if speaker and topic and any(o > 0 for o, _, _ in found):
        # "What did X say about Y": X's statements most about Y, the best few only; a word
        # few of them use (rare, so specific) counts for more than one most of them use.
        bags = {id(a): topic & set(content_words(_text_of(a, article_texts))) for _, _, a in found}
        df = Counter(w for bag in bags.values() for w in bag)
        weight = {w: math.log(1 + len(found) / c) for w, c in df.items()}
        ranked = sorted(
            ((sum(weight[w] for w in bags[id(a)]), order, a) for _, order, a in found),
            key=lambda f: (-f[0], f[1]),
        )
        return [a for score, _, a in ranked[:BEST_STATEMENTS] if score > 0]
    elif topic and article_texts:
        # "About Kursk": only articles that mention the topic at all qualify.
        on_topic = {aid for aid, t in article_texts.items() if topic & set(content_words(t))}
        if on_topic:
            found = [f for f in found if f[2].article_id in on_topic]
    # Keep the article's own order; it reads as a story.
    return [a for _, _, a in sorted(found, key=lambda f: f[1])]


def _text_of(a: Attribution, article_texts: dict[str, str] | None) -> str:
    """The whole sentence of a statement when the article text is known, else the quote."""
    if article_texts and a.article_id in article_texts:
        return article_texts[a.article_id][a.sentence_start : a.sentence_end]
    return a.quote


@overload
def who_said(
    topic: str,
    *,
    filters: dict[str, Any] | None = ...,
    k: int = ...,
    settings: Settings | dict[str, Any] | None = ...,
    index: Index | None = ...,
    with_passages: Literal[False] = ...,
) -> list[Attribution]: ...


@overload
def who_said(
    topic: str,
    *,
    filters: dict[str, Any] | None = ...,
    k: int = ...,
    settings: Settings | dict[str, Any] | None = ...,
    index: Index | None = ...,
    with_passages: Literal[True],
) -> tuple[list[Attribution], list[Passage]]: ...


def who_said(
    topic: str,
    *,
    filters: dict[str, Any] | None = None,
    k: int = 10,
    settings: Settings | dict[str, Any] | None = None,
    index: Index | None = None,
    with_passages: bool = False,
) -> list[Attribution] | tuple[list[Attribution], list[Passage]]:
    """Who said what about ``topic``: verified attributions from the most relevant passages.

    Args:
        topic: a subject ("Kursk"), a question naming a speaker ("what did Ryder say"), or a
            quoted phrase ('who said "numbers that can be misleading"').
        filters: ``outlet``, ``article_id``, ``published_from``/``published_to``.
        k: passages to search for statements.
        settings: Settings, dict of overrides, or None.
        index: an open Index (default: the shared one).
        with_passages: also return the retrieved passages the attributions come from.
    """
    s = get_settings(settings) if index is None else index.settings
    idx = index or open_index(s)
    passages = retrieve(topic, k=k, filters=filters, index=idx)
    passages, quoted = phrase_first(topic, passages, idx, filters=filters)
    if quoted is not None:
        # A quoted phrase names one statement: that one, not everything nearby; found outside
        # any statement, it names nobody.
        return (quoted, passages) if with_passages else quoted
    aliases, _ = idx.catalog.speakers()
    speaker = named_speaker(topic, sorted(aliases), aliases)
    texts = idx.catalog.article_texts({p.chunk.article_id for p in passages})
    attrs = rank_attributions(topic, passages, speaker=speaker, article_texts=texts)
    return (attrs, passages) if with_passages else attrs


CSV_COLUMNS = [
    "speaker",
    "role",
    "kind",
    "cue",
    "quote",
    "outlet",
    "published",
    "title",
    "article_id",
    "start",
    "end",
]


def _cell(value: object) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    s = "" if value is None else str(value)
    return "'" + s if s[:1] in ("=", "+", "-", "@", "\t", "\r") else s


def attributions_csv(attrs: Sequence[Attribution]) -> str:
    """The who-said table as CSV text."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for a in attrs:
        w.writerow(
            [
                _cell(v)
                for v in (
                    a.speaker,
                    a.role,
                    a.kind,
                    a.cue,
                    a.quote,
                    a.outlet,
                    a.published.isoformat() if a.published else "",
                    a.title,
                    a.article_id,
                    a.start,
                    a.end,
                )
            ]
        )
    return buf.getvalue()
