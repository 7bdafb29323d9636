"""The "Saved searches" tab: follow a who-said query, a topic or a speaker (rag/saved.py).

``SavedHandlers`` holds the logic (plain data in and out, unit-tested without a server);
``saved_tab()`` lays out the tab and wires its events. Saved searches belong to the login
when the app has one, else to the local owner that the CLI uses too. Opening the tab runs a
check of the owner's searches (webhooks are left to the CLI's check), so articles uploaded
in the Library tab count as new here as well.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from typing import Any

import gradio as gr

from rag.errors import RagError
from rag.index import Index
from rag.saved import KIND_LABELS, Match, SavedSearch, SavedSearches, owner_for, store_path
from ui import render

log = logging.getLogger(__name__)

KIND_CHOICES = [("Who said what", "who_said"), ("Topic", "topic"), ("Speaker", "speaker")]
EMPTY_LIST = (
    "<p>No saved searches yet. Type a who-said question, a topic or a person above and press "
    "<b>Save</b>; after each ingest, what is new shows here.</p>"
)
PICK_FIRST = "Pick a saved search first."


@dataclass
class SavedView:
    """The tab after a step: the list, its badge, the picker, and a message."""

    listing: str
    badge: str
    choices: list[tuple[str, str]]
    selected: str | None = None
    message: str = ""
    matches: str = ""
    counts: dict[int, int] = field(default_factory=dict)


BADGE_STYLE = (
    "background:#d93f0b;color:#fff;border-radius:9px;padding:0 7px;font-size:0.85em;font-weight:600"
)


def badge(n: int) -> str:
    """A red "N new" pill."""
    return f'<span class="saved-badge" style="{BADGE_STYLE}">{n} new</span>'


def badge_text(total: int) -> str:
    """The line over the list: how much is new since the owner's last visit."""
    if not total:
        return "<p>Nothing new since your last visit.</p>"
    return f"<p>{badge(total)} since your last visit</p>"


def tab_label(total: int) -> str:
    """The tab's title, with the count of new matches so it shows from any tab."""
    return f"Saved searches ({total} new)" if total else "Saved searches"


def match_markdown(matches: list[Match]) -> str:
    """New matches of one search as a Markdown list (article text is untrusted)."""
    if not matches:
        return "Nothing new since your last visit."
    return "\n".join(f"- {render.md_text(m.line())}" for m in matches)


class SavedHandlers:
    """Saved searches for the app: save, list with badges, show new, mark seen, remove."""

    def __init__(self, index: Index, store: SavedSearches | None = None) -> None:
        self.index = index
        self.note = ""  # said on every view when saved searches cannot be kept on disk
        if store is None:
            path = store_path(index.settings)
            try:
                store = SavedSearches(path)
            except (sqlite3.Error, OSError) as exc:
                # The app still starts from a read-only or full data directory (as chats do).
                self.note = (
                    f"Saved searches cannot be stored in {path.parent} ({exc}); they are kept "
                    "in memory until the app stops. Make the data directory writable "
                    "(RAG_DATA_DIR) to keep them."
                )
                log.warning("%s", self.note)
                store = SavedSearches(None)
        self.store = store

    def view(self, owner: str, *, message: str = "", selected: str | None = None) -> SavedView:
        """The owner's saved searches after checking them for new articles."""
        try:
            report = self.store.check(self.index, owner=owner, notify=False)
            failed = [f"{r.search} {r.summary()}" for r in report.results if r.error]
            if failed and not message:
                message = render.error_markdown("; ".join(failed))
        except RagError as exc:
            message = message or render.error_markdown(str(exc))
        except Exception as exc:  # the list still shows what was found before
            log.exception("checking saved searches failed")
            message = message or render.error_markdown(
                f"Could not check for new matches ({type(exc).__name__}); the details are in "
                "the server log."
            )
        searches = self.store.searches(owner)
        counts = self.store.unseen_counts(owner)
        lines = "".join(self._line(s, counts.get(s.id, 0)) for s in searches)
        choices = [(f"{s} ({counts.get(s.id, 0)} new)", str(s.id)) for s in searches]
        known = {value for _, value in choices}
        return SavedView(
            f'<ul class="saved-list">{lines}</ul>' if lines else EMPTY_LIST,
            badge_text(sum(counts.values())),
            choices,
            selected if selected in known else None,
            message or (render.error_markdown(self.note) if self.note else ""),
            counts=counts,
        )

    @staticmethod
    def _line(s: SavedSearch, new: int) -> str:
        kind = KIND_LABELS.get(s.kind, s.kind)
        pill = f" {badge(new)}" if new else ""
        return f"<li><b>#{s.id}</b> {kind}: {render.esc(s.query)}{pill}</li>"

    def save(self, owner: str, kind: str, query: str) -> SavedView:
        """Save a search for the owner; what is indexed now is not new to it."""
        try:
            s = self.store.add(owner, kind, query, index=self.index)
        except RagError as exc:
            return self.view(owner, message=render.error_markdown(str(exc)))
        return self.view(
            owner,
            message=f"Saved {render.md_text(str(s))}. New matches show here after each ingest.",
            selected=str(s.id),
        )

    def show(self, owner: str, search_id: str | None) -> str:
        """What one of the owner's searches found since the last visit."""
        if not search_id:
            return PICK_FIRST
        try:
            return match_markdown(self.store.unseen(owner, search_id))
        except RagError as exc:
            return render.error_markdown(str(exc))

    def mark_seen(self, owner: str, search_id: str | None) -> SavedView:
        """Mark one of the owner's searches seen: its badge goes back to zero."""
        if not search_id:
            return self.view(owner, message=PICK_FIRST)
        try:
            s = self.store.mark_seen(owner, search_id)
        except RagError as exc:
            return self.view(owner, message=render.error_markdown(str(exc)))
        return self.view(
            owner, message=f"Marked {render.md_text(str(s))} as seen.", selected=str(s.id)
        )

    def remove(self, owner: str, search_id: str | None) -> SavedView:
        """Forget one of the owner's saved searches."""
        if not search_id:
            return self.view(owner, message=PICK_FIRST)
        try:
            s = self.store.remove(owner, search_id)
        except RagError as exc:
            return self.view(owner, message=render.error_markdown(str(exc)))
        return self.view(owner, message=f"Removed {render.md_text(str(s))}.")


def saved_tab(index: Index, *, topic: Any = None) -> SavedHandlers:
    """The "Saved searches" tab, inside the app's ``gr.Tabs``; ``topic`` is the who-said box."""
    h = SavedHandlers(index)

    def owner(request: gr.Request | None) -> str:
        # The login is read from the request on every event, never taken from the page.
        return owner_for(getattr(request, "username", None))

    def updates(v: SavedView) -> tuple[Any, ...]:
        return (
            v.listing,
            v.badge,
            gr.update(choices=v.choices, value=v.selected),
            v.message,
            gr.update(label=tab_label(sum(v.counts.values()))),
        )

    def refresh(request: gr.Request) -> tuple[Any, ...]:
        return updates(h.view(owner(request)))

    def save(kind: str, query: str, request: gr.Request) -> tuple[Any, ...]:
        v = h.save(owner(request), kind, query)
        return (*updates(v), h.show(owner(request), v.selected) if v.selected else "")

    def show(search_id: str | None, request: gr.Request) -> str:
        return h.show(owner(request), search_id)

    def seen(search_id: str | None, request: gr.Request) -> tuple[Any, ...]:
        v = h.mark_seen(owner(request), search_id)
        return (*updates(v), h.show(owner(request), v.selected) if v.selected else "")

    def remove(search_id: str | None, request: gr.Request) -> tuple[Any, ...]:
        return (*updates(h.remove(owner(request), search_id)), "")

    def use_topic(text: str) -> tuple[str, str]:
        return "who_said", text

    private: dict[str, Any] = {"api_visibility": "private"}
    with gr.Tab(tab_label(0), id="saved", elem_id="saved-tab") as tab:
        gr.Markdown(
            "Follow a who-said question, a topic or a person. After each ingest (and each "
            "`newsrag watch` poll) newsrag looks for new statements and articles that match."
        )
        with gr.Row():
            kind = gr.Radio(
                KIND_CHOICES, value="who_said", label="Kind", scale=2, elem_id="saved-kind"
            )
            query = gr.Textbox(
                label="Question, topic or person",
                placeholder="Who said what about Kursk?",
                scale=4,
                elem_id="saved-query",
            )
        with gr.Row():
            save_btn = gr.Button("Save", variant="primary", elem_id="saved-save")
            use_btn = gr.Button(
                "Use the Who said what topic", elem_id="saved-use-topic", visible=topic is not None
            )
            check_btn = gr.Button("Check now", elem_id="saved-check")
        message = gr.Markdown(elem_id="saved-message")
        badge = gr.HTML(elem_id="saved-badge")
        listing = gr.HTML(EMPTY_LIST, elem_id="saved-list")
        with gr.Row():
            pick = gr.Dropdown(
                [], value=None, label="Saved search", scale=4, elem_id="saved-select"
            )
            seen_btn = gr.Button("Mark seen", scale=1, elem_id="saved-seen")
            remove_btn = gr.Button("Remove", variant="stop", scale=1, elem_id="saved-remove")
        matches = gr.Markdown(elem_id="saved-new")

    outs = [listing, badge, pick, message, tab]
    gr.on(None, refresh, None, outs, **private)  # on page load: the badge shows at once
    tab.select(refresh, None, outs, **private)
    check_btn.click(refresh, None, outs, **private)
    for trigger in (save_btn.click, query.submit):
        trigger(save, [kind, query], [*outs, matches], **private)
    pick.input(show, [pick], [matches], **private)
    seen_btn.click(seen, [pick], [*outs, matches], **private)
    remove_btn.click(remove, [pick], [*outs, matches], **private)
    if topic is not None:
        use_btn.click(use_topic, [topic], [kind, query], queue=False, **private)
    return h
