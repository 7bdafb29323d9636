"""Query-side "who said what": intent detection, speaker lookup and ranked attributions."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from typing import Any, Literal, overload

from rag.index import Index, open_index
from rag.quotes import resolve_speaker, speaker_names
from rag.retrieve import retrieve
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
            text = a.quote
            if article_texts and a.article_id in article_texts:
                text = article_texts[a.article_id][a.sentence_start : a.sentence_end]
            overlap = len(topic & set(content_words(text)))
            found.append((overlap, order, a))
            order += 1
    if speaker and topic and any(o > 0 for o, _, _ in found):
        found = [f for f in found if f[0] > 0]
    elif topic and article_texts:
        # "About Kursk": only articles that mention the topic at all qualify.
        on_topic = {aid for aid, t in article_texts.items() if topic & set(content_words(t))}
        if on_topic:
            found = [f for f in found if f[2].article_id in on_topic]
    # Keep the article's own order; it reads as a story.
    return [a for _, _, a in sorted(found, key=lambda f: f[1])]


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
        topic: a subject ("Kursk") or a question naming a speaker ("what did Ryder say").
        filters: ``outlet``, ``article_id``, ``published_from``/``published_to``.
        k: passages to search for statements.
        settings: Settings, dict of overrides, or None.
        index: an open Index (default: the shared one).
        with_passages: also return the retrieved passages the attributions come from.
    """
    s = get_settings(settings) if index is None else index.settings
    idx = index or open_index(s)
    passages = retrieve(topic, k=k, filters=filters, index=idx)
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
