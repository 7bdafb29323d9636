"""The People tab: everyone quoted, and one speaker's statements over time (rag.speakers).

``PeopleHandlers`` turns form fields into library calls and plain rows (unit-testable without
a server); ``people_tab`` lays out the tab and wires its events, and nothing else.
"""

from __future__ import annotations

import re
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gradio as gr
import pandas as pd

from rag.errors import RagError
from rag.index import Index
from rag.speakers import (
    Speaker,
    SpeakerPage,
    speaker,
    speaker_csv,
    speaker_json,
    speakers,
    speakers_csv,
    speakers_json,
)
from ui import render
from ui.handlers import ALL_OUTLETS, EXPORT_TTL_S, unexpected

PEOPLE_COLUMNS = ["Speaker", "Role", "Statements", "First", "Last", "Also called"]
TIMELINE_COLUMNS = [
    "Date",
    "Outlet",
    "Cue",
    "Kind",
    "Statement",
    "Topics",
    "Also carried by",
    "Passage",
]
PICK_HINT = "Click a person in the table, or type a name, to see their statements."


@dataclass
class PeopleView:
    """The speaker list as table rows, plus outlet choices, a message and export files."""

    rows: list[list[Any]]
    names: list[str]
    outlets: list[str]
    message: str
    csv_path: str | None = None
    json_path: str | None = None


@dataclass
class PageView:
    """One speaker's page: a Markdown header, timeline rows and export files."""

    header: str
    rows: list[list[Any]]
    statements: list[dict[str, Any]] = field(default_factory=list)
    csv_path: str | None = None
    json_path: str | None = None


def _opt(text: str | None) -> str | None:
    return text.strip() if text and text.strip() else None


def passage_ref(s: dict[str, Any]) -> str:
    """The Passage cell: article id, passage number and the statement's character offsets."""
    return f"{s['article_id']} #{s['chunk_index']} chars {s['start']}-{s['end']}"


def people_rows(people: list[Speaker]) -> list[list[Any]]:
    """Rows for the people table, in PEOPLE_COLUMNS order."""
    return [
        [
            p.name,
            p.role,
            p.statements,
            p.first.isoformat() if p.first else "",
            p.last.isoformat() if p.last else "",
            ", ".join(p.aliases),
        ]
        for p in people
    ]


def timeline_rows(page: SpeakerPage) -> list[list[Any]]:
    """Rows for the timeline table, in TIMELINE_COLUMNS order."""
    rows = []
    for st in page.timeline:
        d = st.to_dict()
        rows.append(
            [
                d["date"] or "undated",
                st.outlet,
                st.cue,
                st.kind,
                f"“{st.text}”" if st.kind == "direct" else st.text,
                ", ".join(st.topics),
                ", ".join(str(o) for o in st.also),
                passage_ref(d),
            ]
        )
    return rows


def page_header(page: SpeakerPage) -> str:
    """Markdown above the timeline: name, role, aliases, dates and topic counts (escaped)."""
    sp = page.speaker
    lines = [f"### {render.md_text(sp.name)}"]
    if sp.role:
        lines.append(f"*{render.md_text(sp.role)}*")
    if sp.aliases:
        lines.append("Also called: " + render.md_text(", ".join(sp.aliases)))
    if sp.statements:
        n = sp.statements
        lines.append(
            f"**{n} statement{'s' if n != 1 else ''}**, {sp.first or 'undated'} to "
            f"{sp.last or 'undated'}"
        )
    else:
        lines.append("No statements match the filters.")
    if page.topics:
        topics = ", ".join(f"{t} ({n})" for t, n in page.topics.items())
        lines.append("Topics: " + render.md_text(topics))
    return "\n\n".join(lines)


class PeopleHandlers:
    """The People tab's actions over one index; every method returns plain data."""

    def __init__(self, index: Index, export_dir: Path | None = None) -> None:
        self.index = index
        self.export_dir = export_dir or Path(tempfile.mkdtemp(prefix="newsrag-people-"))
        self.export_dir.mkdir(parents=True, exist_ok=True)

    def _filters(self, outlet: str | None, since: str | None, until: str | None) -> dict[str, Any]:
        return {
            "since": _opt(since),
            "until": _opt(until),
            "outlets": None if not outlet or outlet == ALL_OUTLETS else outlet,
        }

    def listing(self, outlet: str | None, since: str | None, until: str | None) -> PeopleView:
        """Everyone quoted under the filters, with the outlets to choose from."""
        try:
            everyone = speakers(index=self.index)
            f = self._filters(outlet, since, until)
            people = speakers(index=self.index, **f) if any(f.values()) else everyone
        except RagError as exc:
            return PeopleView([], [], [], render.error_markdown(str(exc)))
        except Exception as exc:
            return PeopleView([], [], [], render.error_markdown(unexpected(exc, "listing people")))
        outlets = sorted({o for p in everyone for o in p.outlets})
        if not people:
            return PeopleView([], [], outlets, "Nobody is quoted in the articles that match.")
        self.prune()
        n = len(people)
        return PeopleView(
            people_rows(people),
            [p.name for p in people],
            outlets,
            f"{n} {'person' if n == 1 else 'people'} quoted. {PICK_HINT}",
            self._export("people", "people.csv", speakers_csv(people)),
            self._export("people", "people.json", speakers_json(people)),
        )

    def page(
        self, name: str | None, outlet: str | None, since: str | None, until: str | None
    ) -> PageView:
        """One speaker's header, timeline rows and export files."""
        if not name or not name.strip():
            return PageView(PICK_HINT, [])
        try:
            page = speaker(name, index=self.index, **self._filters(outlet, since, until))
        except RagError as exc:
            return PageView(render.error_markdown(str(exc)), [])
        except Exception as exc:
            return PageView(render.error_markdown(unexpected(exc, "opening a speaker page")), [])
        self.prune()
        slug = re.sub(r"[^a-z0-9]+", "-", page.speaker.name.lower()).strip("-")[:40] or "speaker"
        return PageView(
            page_header(page),
            timeline_rows(page),
            [s.to_dict() for s in page.timeline],
            self._export(slug, f"{slug}.csv", speaker_csv(page)),
            self._export(slug, f"{slug}.json", speaker_json(page)),
        )

    def passage(self, statements: list[dict[str, Any]], ref: str | None) -> str:
        """The passage that holds the statement whose Passage cell is ``ref``, highlighted."""
        st = next((s for s in statements if passage_ref(s) == ref), None)
        if st is None:
            return ""
        chunk = self.index.catalog.chunks([st["chunk_id"]]).get(st["chunk_id"])
        if chunk is None:
            return render.error_markdown("That article was removed; refresh the list.")
        # The passage is the indexed copy's; say so when the statement first ran elsewhere.
        art = self.index.catalog.article(chunk.article_id)
        url = art.url if art else ""
        where = f"{chunk.outlet or 'unknown outlet'}, {chunk.published or 'undated'}"
        link = (
            f' · <a href="{render.esc(url)}" target="_blank" rel="noopener">open</a>'
            if url.startswith(("https://", "http://"))
            else ""
        )
        first = st["first"]
        if first["article_id"] != chunk.article_id:
            link += (
                f" · first in {render.esc(first['outlet'] or 'another outlet')}, "
                f"{render.esc(first['published'] or 'undated')}"
            )
        body = render.highlight(chunk.text, [(st["start"], st["end"])], chunk.start)
        return (
            f'<div class="people-passage"><p><b>{render.esc(chunk.title)}</b> — '
            f"{render.esc(where)}{link} · passage {chunk.index}, chars {chunk.start}-{chunk.end}"
            f"</p><blockquote>{body}</blockquote></div>"
        )

    def _export(self, slug: str, name: str, text: str) -> str:
        # A folder per export keeps the download's file name readable and never shared.
        folder = self.export_dir / f"{slug}-{uuid.uuid4().hex[:8]}"
        folder.mkdir(parents=True)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    def prune(self, now: float | None = None) -> None:
        """Delete exports older than EXPORT_TTL_S, so the export folder does not grow."""
        cutoff = (time.time() if now is None else now) - EXPORT_TTL_S
        for folder in self.export_dir.iterdir():
            try:
                if folder.stat().st_mtime < cutoff:
                    for f in folder.iterdir():
                        f.unlink()
                    folder.rmdir()
            except OSError:  # removed meanwhile by another request
                pass


def _download(path: str | None) -> Any:
    return gr.update(value=path, visible=path is not None)


def people_tab(index: Index) -> None:
    """The People tab; call inside ``gr.Tabs()`` of the app's Blocks."""
    h = PeopleHandlers(index)
    private: dict[str, Any] = {"api_visibility": "private"}

    def listing(outlet: str, since: str, until: str) -> tuple[Any, ...]:
        v = h.listing(outlet, since, until)
        return (
            pd.DataFrame(v.rows, columns=PEOPLE_COLUMNS),
            gr.update(choices=[ALL_OUTLETS, *v.outlets]),
            gr.update(choices=v.names),
            v.message,
            _download(v.csv_path),
            _download(v.json_path),
        )

    def page(name: str, outlet: str, since: str, until: str) -> tuple[Any, ...]:
        v = h.page(name, outlet, since, until)
        return (
            v.header,
            pd.DataFrame(v.rows, columns=TIMELINE_COLUMNS),
            v.statements,
            "",
            _download(v.csv_path),
            _download(v.json_path),
        )

    def pick_row(evt: gr.SelectData) -> str:
        return str(evt.row_value[0])

    def show_passage(statements: list[dict[str, Any]], evt: gr.SelectData) -> str:
        return h.passage(statements, str(evt.row_value[-1]))

    with gr.Tab("People", id="people") as tab:
        with gr.Row():
            since = gr.Textbox(label="Since", placeholder="YYYY-MM-DD", elem_id="people-since")
            until = gr.Textbox(label="Until", placeholder="YYYY-MM-DD", elem_id="people-until")
            outlet = gr.Dropdown(
                [ALL_OUTLETS], value=ALL_OUTLETS, label="Outlet", elem_id="people-outlet"
            )
            apply = gr.Button("Apply filters", elem_id="people-apply")
        message = gr.Markdown(elem_id="people-message")
        table = gr.Dataframe(
            pd.DataFrame([], columns=PEOPLE_COLUMNS),
            interactive=False,
            wrap=True,
            elem_id="people-table",
            label="People quoted (click a row to see their statements)",
            column_widths=["20%", "30%", "10%", "11%", "11%", "18%"],
        )
        with gr.Row():
            list_csv = gr.DownloadButton("People (CSV)", visible=False, elem_id="people-csv")
            list_json = gr.DownloadButton("People (JSON)", visible=False, elem_id="people-json")
        with gr.Row():
            pick = gr.Dropdown(
                [],
                value=None,
                label="Speaker (name, alias or surname)",
                allow_custom_value=True,
                scale=4,
                elem_id="people-pick",
            )
            show = gr.Button("Show statements", variant="primary", scale=1, elem_id="people-show")
        header = gr.Markdown(PICK_HINT, elem_id="people-header")
        timeline = gr.Dataframe(
            pd.DataFrame([], columns=TIMELINE_COLUMNS),
            interactive=False,
            wrap=True,
            elem_id="people-timeline",
            label="Statements, earliest first (click a row to read the passage)",
            column_widths=["9%", "12%", "7%", "7%", "33%", "11%", "11%", "10%"],
        )
        with gr.Row():
            page_csv = gr.DownloadButton("Statements (CSV)", visible=False, elem_id="speaker-csv")
            page_json = gr.DownloadButton(
                "Statements (JSON)", visible=False, elem_id="speaker-json"
            )
        passage = gr.HTML(elem_id="people-passage")
        statements = gr.State([])

    filters = [outlet, since, until]
    list_out = [table, outlet, pick, message, list_csv, list_json]
    page_in = [pick, *filters]
    page_out = [header, timeline, statements, passage, page_csv, page_json]
    tab.select(listing, filters, list_out, **private)
    apply.click(listing, filters, list_out, **private).then(page, page_in, page_out, **private)
    table.select(pick_row, None, [pick], **private).then(page, page_in, page_out, **private)
    show.click(page, page_in, page_out, **private)
    pick.select(page, page_in, page_out, **private)
    timeline.select(show_passage, [statements], [passage], **private)
