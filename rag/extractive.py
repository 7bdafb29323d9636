"""Answers without an LLM: verbatim sentences and attributions, cited by passage number."""

from __future__ import annotations

import math
import re
from collections import Counter

from rag.text import content_words, split_sentences
from rag.types import Attribution, Passage


def _idf(docs: list[set[str]]) -> dict[str, float]:
    df: Counter[str] = Counter(w for d in docs for w in d)
    n = len(docs) or 1
    return {w: math.log(1 + n / c) for w, c in df.items()}


def best_sentences(
    question: str, passages: list[Passage], limit: int = 2, *, newest: bool = False
) -> list[tuple[int, str]]:
    """(passage number, sentence) pairs that best match the question's words.

    With ``newest`` ("the latest on ..."), sentences from the most recently published passage
    come first among those that match nearly as well as the best one.
    """
    cands: list[tuple[int, str, set[str]]] = []
    seen: set[str] = set()
    for n, p in enumerate(passages, 1):
        for s, e in split_sentences(p.chunk.text):
            sent = p.chunk.text[s:e].strip()
            if sent in seen or len(sent) < 20:
                continue
            seen.add(sent)
            cands.append((n, sent, set(content_words(sent))))
    if not cands:
        return []
    idf = _idf([c[2] for c in cands])
    q = set(content_words(question))
    scored = []
    for i, (n, sent, words) in enumerate(cands):
        overlap = sum(idf.get(w, 0.0) for w in q & words)
        # Earlier passages ranked better; a small prior breaks ties toward them.
        scored.append((overlap + 0.3 / n, overlap, -i, n, sent))
    scored.sort(reverse=True)
    # Later picks must match nearly as well as the best one, or they are off-topic filler.
    top = scored[0][1]
    if newest and top > 0:

        def day(n: int) -> int:
            d = passages[n - 1].chunk.published
            return d.toordinal() if d else 0

        good = [x for x in scored if x[1] >= 0.6 * top]
        latest = max(day(x[3]) for x in good)
        first = [x for x in good if day(x[3]) == latest]
        scored = first + [x for x in scored if x not in first]
    picked = [(n, sent) for _, ov, _, n, sent in scored[:limit] if ov > 0 and ov >= 0.6 * top]
    return picked or [(scored[0][3], scored[0][4])]


def sentences_reply(
    question: str, passages: list[Passage], limit: int = 2, *, newest: bool = False
) -> str:
    """A reply made of the best verbatim sentences, each with its passage marker."""
    parts = []
    for n, sent in best_sentences(question, passages, limit, newest=newest):
        if sent[-1] in ".!?":
            parts.append(f"{sent[:-1]} [{n}]{sent[-1]}")
        else:
            parts.append(f"{sent} [{n}]")
    return " ".join(parts)


def attributions_reply(
    attributions: list[Attribution], passages: list[Passage], per_speaker: int = 8
) -> str:
    """A who-said-what list grouped by speaker; quotes are copied verbatim from passages."""
    where: dict[tuple[str, int, int], int] = {}
    for n, p in enumerate(passages, 1):
        for a in p.attributions:
            where.setdefault((a.article_id, a.start, a.end), n)
    by_speaker: dict[str, list[Attribution]] = {}
    for a in attributions:
        if (a.article_id, a.start, a.end) in where:
            by_speaker.setdefault(a.speaker, []).append(a)
    lines: list[str] = []
    for speaker, items in by_speaker.items():
        role = next((a.role for a in items if a.role), "")
        lines.append(f"**{speaker}**" + (f" ({role})" if role else "") + ":")
        # Direct quotes first: they are the strongest evidence of who said what.
        items = sorted(items, key=lambda a: (a.kind != "direct", a.start))[:per_speaker]
        for a in sorted(items, key=lambda a: a.start):
            n = where[(a.article_id, a.start, a.end)]
            body = a.quote.strip().rstrip(".")
            if a.kind == "direct":
                lines.append(f'- {a.cue}: "{body}" [{n}]')
            else:
                lines.append(f"- {a.cue} (reported): {body} [{n}]")
    return "\n".join(lines)


_SPEAKER_HEADING = re.compile(r"^\*\*[^*\n]+\*\*(?: \([^\n]*\))?:$")


def prune_speakers(text: str) -> str:
    """Drop a speaker's heading when verification removed every statement under it."""
    lines = text.split("\n")
    kept = [
        line
        for i, line in enumerate(lines)
        if not _SPEAKER_HEADING.match(line)
        or (i + 1 < len(lines) and lines[i + 1].startswith("- "))
    ]
    return "\n".join(kept)
