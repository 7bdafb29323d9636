"""Pure functions that turn library results into chat Markdown/HTML (no gradio import).

Everything that comes from an article or a model (titles, passages, answer text, file names)
is untrusted: it is HTML-escaped here, and in Markdown contexts square brackets are escaped
too, so injected text can neither run script nor smuggle in links or tracking images.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rag.attributions import attributions_csv as attributions_csv  # re-exported for the UI
from rag.dedupe import Reported
from rag.types import Answer, Attribution, Citation
from rag.variants import Span

CURSOR = "▍"
WHO_COLUMNS = ["Speaker", "Role", "Quote", "Kind", "Outlet", "Date", "Passage"]
LIBRARY_COLUMNS = ["Title", "Outlet", "Published", "Chunks", "Id"]
CANNOT_ANSWER_HINT = (
    "Try other words, widen the filters in Settings, or add articles in the Library tab."
)


def esc(text: object) -> str:
    """Text escaped for an HTML element or attribute."""
    return html.escape(str(text), quote=True)


def md_text(text: str) -> str:
    """Untrusted text for a Markdown context: no raw HTML, no links or images."""
    return html.escape(text, quote=False).replace("[", "\\[").replace("]", "\\]")


_LIST_THEN_TEXT = re.compile(r"^([-*] .*)\n(?![-*] |\n)", re.M)


def answer_body(text: str) -> str:
    """Answer text for Markdown: escaped, with a blank line after a list before other text
    (so a who-said speaker line is not swallowed by the previous speaker's list)."""
    return _LIST_THEN_TEXT.sub(r"\1\n\n", md_text(text))


def merge_spans(
    spans: Iterable[tuple[int, int]], length: int, offset: int = 0
) -> list[tuple[int, int]]:
    """Spans shifted by ``-offset``, clipped to ``[0, length]``, sorted and merged."""
    clipped = sorted((max(0, s - offset), min(length, e - offset)) for s, e in spans)
    merged: list[tuple[int, int]] = []
    for s, e in clipped:
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def highlight(text: str, spans: Iterable[tuple[int, int]], offset: int = 0) -> str:
    """``text`` as HTML with ``<mark>`` around the spans; spans are offsets into the article,
    ``offset`` is where ``text`` starts in it (``chunk.start``). Newlines become ``<br>``."""
    out: list[str] = []
    pos = 0
    for s, e in merge_spans(spans, len(text), offset):
        out.append(esc(text[pos:s]))
        out.append(f"<mark>{esc(text[s:e])}</mark>")
        pos = e
    out.append(esc(text[pos:]))
    return "".join(out).replace("\n", "<br>")


def source_html(citation: Citation) -> str:
    """One source: ``[n]`` title, outlet, date, offsets, and the passage with its highlights."""
    c = citation.passage.chunk
    when = c.published.isoformat() if c.published else "undated"
    return (
        f'<div class="source"><p class="source-head"><b>[{citation.number}]</b> '
        f'<b class="source-title">{esc(c.title or "Untitled")}</b> — '
        f"{esc(c.outlet or 'unknown outlet')}, {when} "
        f'<span class="source-where">(article {esc(c.article_id)}, chars {c.start}–{c.end})'
        f"</span></p>"
        f'<blockquote class="passage">{highlight(c.text, citation.spans, c.start)}</blockquote>'
        f"</div>"
    )


def sources_html(citations: dict[int, Citation]) -> str:
    """The expandable Sources list, on one line so Markdown leaves it alone."""
    if not citations:
        return ""
    items = "".join(source_html(citations[n]) for n in sorted(citations))
    return (
        f'<details class="sources"><summary>Sources ({len(citations)})</summary>{items}</details>'
    )


def notes(ans: Answer) -> list[str]:
    """Short Markdown notes on what happened to the answer: fallback, removals, no answer."""
    out = []
    if ans.fallback:
        out.append(
            f"**Note:** {md_text(str(ans.fallback))}; the answer quotes the sources instead."
        )
    if ans.removed:
        n = len(ans.removed)
        what = (
            "statement that the sources did not support was"
            if n == 1
            else ("statements that the sources did not support were")
        )
        out.append(f"**Note:** {n} {what} removed.")
    if ans.cannot_answer:
        out.append(CANNOT_ANSWER_HINT)
    return out


def meta_html(ans: Answer) -> str:
    """A small footer naming the model; also marks the message as final."""
    model = f" · {esc(ans.model)}" if ans.model else ""
    return f'<div class="answer-meta">{esc(ans.mode)} · {esc(ans.source.value)}{model}</div>'


def answer_markdown(ans: Answer, heading: str | None = None) -> str:
    """The whole chat message: answer text, notes, sources and model, self-contained."""
    parts = [f"### {md_text(heading)}"] if heading else []
    parts.append(answer_body(ans.text))
    parts += notes(ans)
    if ans.citations:
        parts.append(sources_html(ans.citations))
    parts.append(meta_html(ans))
    return "\n\n".join(parts)


def streaming_markdown(text: str) -> str:
    """The partial answer while tokens arrive."""
    return answer_body(text) + CURSOR


def error_markdown(message: str) -> str:
    """A friendly error as a chat message."""
    return f"⚠ {md_text(message)}"


def user_markdown(question: str, limit: int = 2000) -> str:
    """The user's question as shown in the chat."""
    q = question.strip()
    return md_text(q if len(q) <= limit else q[:limit] + "…")


# -- tables ---------------------------------------------------------------------------------


def attribution_rows(attrs: Sequence[Attribution]) -> list[list[Any]]:
    """Rows for the who-said table, in WHO_COLUMNS order; Passage is ``article_id:start-end``
    (the quote's character offsets in the article text)."""
    return [
        [
            a.speaker,
            a.role,
            a.quote,
            a.kind,
            a.outlet,
            a.published.isoformat() if a.published else "",
            f"{a.article_id}:{a.start}-{a.end}",
        ]
        for a in attrs
    ]


def diff_html(spans: Sequence[Span]) -> str:
    """A word diff as HTML: words the earliest wording had are <del>, new words are <ins>."""
    tags = {"del": "<del>{}</del>", "ins": "<ins>{}</ins>", "equal": "{}"}
    return " ".join(tags[s.op].format(esc(s.words)) for s in spans)


def tracking_line(row: Reported) -> str:
    """'first in <outlet> <date>; N outlets; wording differs in M' (plain text)."""
    first = row.outlets[0]
    when = f" {first.published}" if first.published else ""
    n = len(row.outlets)
    return (
        f"first in {first.outlet or '?'}{when}; {_plural(n, 'outlet')}; "
        f"wording differs in {row.reworded}"
    )


def tracking_html(rows: Sequence[Reported]) -> str:
    """Statements carried by several outlets, each an expandable per-outlet word diff.

    One HTML block per statement with no blank line inside, so Markdown leaves it as HTML;
    every piece of article text is escaped.
    """
    out = []
    for row in rows:
        if len(row.outlets) < 2:
            continue
        a = row.attribution
        items = "".join(
            f"<li><b>{esc(v.outlet or '?')}</b> {esc(v.published or 'undated')}: "
            f"{diff_html(v.diff) if i else esc(v.text)}</li>"
            for i, v in enumerate(row.variants)
        )
        out.append(
            f'<details class="quote-variants"><summary><b>{esc(a.speaker)}</b>: '
            f"“{esc(row.variants[0].text)}” — {esc(tracking_line(row))}</summary>"
            f"<ul>{items}</ul></details>"
        )
    return "\n\n".join(out)


def _sorted_articles(articles: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(
        articles, key=lambda a: (a.get("published") or "", a.get("title") or ""), reverse=True
    )


def library_rows(articles: Sequence[dict[str, Any]]) -> list[list[Any]]:
    """Rows for the library table (newest first), in LIBRARY_COLUMNS order."""
    rows = []
    for a in _sorted_articles(articles):
        title = a["title"] + (
            "" if a.get("status", "complete") == "complete" else f" [{a['status']}]"
        )
        rows.append(
            [
                title,
                a.get("outlet") or "",
                a.get("published") or "undated",
                a.get("chunks", 0),
                a["id"],
            ]
        )
    return rows


def article_choices(articles: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """(label, id) pairs for article dropdowns, newest first."""
    return [
        (
            f"{a['title']} — {a.get('outlet') or 'unknown outlet'}, "
            f"{a.get('published') or 'undated'}",
            a["id"],
        )
        for a in _sorted_articles(articles)
    ]


def outlets(articles: Sequence[dict[str, Any]]) -> list[str]:
    """Distinct outlet names, sorted."""
    return sorted({a["outlet"] for a in articles if a.get("outlet")})


def status_markdown(llm: str, stats: dict[str, Any]) -> str:
    """The status line: backend and model, embedder, index size."""
    arts, chunks = stats.get("articles", 0), stats.get("chunks", 0)
    return (
        f"**LLM:** {md_text(llm)} · **Embedder:** {md_text(str(stats.get('embedder', '?')))}"
        f" · **Index:** {arts} article{'s' if arts != 1 else ''}, "
        f"{chunks} chunk{'s' if chunks != 1 else ''}"
    )


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def ingest_markdown(report: Any) -> str:
    """What an upload did, one line per file or article (an IngestReport)."""
    lines = [
        f"Added {_plural(len(report.added), 'article')}, replaced {len(report.replaced)}, "
        f"already indexed {len(report.unchanged)}, skipped {len(report.skipped)}."
    ]
    for a in report.added:
        lines.append(f"- ✓ added **{md_text(a['title'])}** ({_plural(a['chunks'], 'chunk')})")
    for a in report.replaced:
        lines.append(f"- ↻ replaced **{md_text(a['title'])}** ({_plural(a['chunks'], 'chunk')})")
    for a in report.unchanged:
        lines.append(f"- = already indexed: **{md_text(a['title'])}**")
    for p in report.problems:
        icon = "✗ skipped" if p.skipped else "⚠"
        lines.append(f"- {icon} `{Path(p.source).name.replace('`', '')}`: {md_text(p.message)}")
    return "\n".join(lines)
