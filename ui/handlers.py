"""What the chat app does, apart from its layout: plain data in, plain data out (no gradio).

``Handlers(index, settings)`` answers, finds statements, summarizes, ingests uploads and
removes articles; ``ui/app.py`` only lays out the page and turns these results into
component updates. Unit tests call the handlers directly.
"""

from __future__ import annotations

import logging
import math
import re
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import rag
from rag.attributions import PhraseOrigin, phrase_origin
from rag.dedupe import group_statements
from rag.errors import InputError, RagError
from rag.index import Index
from rag.llm import LLM
from rag.prompts import list_prompts
from rag.settings import Settings
from ui import render
from ui.chats import ChatStore, chat_messages, new_chat_id

log = logging.getLogger(__name__)

ALL_OUTLETS = "All outlets"
STREAM_EVERY_S = 0.05  # at most ~20 redraws a second while tokens arrive
K_MIN, K_MAX = 1, 50  # passages per request: bounded so one call cannot make megabytes
EXPORT_TTL_S = 3600  # who-said CSVs are for downloading now, not for keeping
EMPTY_TOPIC = "Type a topic or a person, for example Kursk."
CHAT_NOT_SAVED = (
    "This answer was not saved to your chats ({}); free disk space or check RAG_DATA_DIR."
)

Messages = list[dict[str, str]]
Choices = list[tuple[str, str]]
Progress = Callable[[int, int, str], None]


@dataclass
class ChatView:
    """The chat pane after a step: its messages, the open chat, and the saved-chat list.

    ``choices`` None means the saved-chat list is unchanged; otherwise ``selected`` is its value.
    """

    messages: Messages
    chat_id: str
    choices: Choices | None = None
    selected: str | None = None
    question: str = ""


@dataclass
class LibraryView:
    """Everything that shows the index: library rows, article choices, outlets, status line."""

    rows: list[list[Any]]
    articles: Choices
    outlets: list[str]
    status: str


@dataclass
class WhoSaidView:
    """The who-said tab after a search: table rows, a CSV file to download, and a message."""

    rows: list[list[Any]]
    csv_path: str | None
    message: str


def origin_markdown(origin: PhraseOrigin) -> str:
    """'First carried by <title> (<outlet>, <date>); said by <speaker> (<role>).' for the tab."""
    where = ", ".join(x for x in (origin.outlet, str(origin.published or "")) if x)
    head = "First carried by" if origin.exact else "Closest match (not verbatim) first in"
    text = f"{head} **{render.md_text(origin.title)}**" + (
        f" ({render.md_text(where)})" if where else ""
    )
    if origin.statement is None:
        text += "; no speaker is attributed there."
    else:
        role = f" ({render.md_text(origin.statement.role)})" if origin.statement.role else ""
        text += f"; said by **{render.md_text(origin.statement.speaker)}**{role}."
    if origin.carriers > 1:
        text += f" Carried by {origin.carriers} articles."
    return text


def llm_label(settings: Settings) -> str:
    """The answer backend and model, for the status line and the settings panel."""
    if settings.llm == "extractive":
        return "extractive (no LLM; answers quote the sources)"
    if settings.llm == "openai":
        where = f" at {settings.llm_base_url}" if settings.llm_base_url else ""
        return f"openai · {settings.llm_model}{where}"
    try:
        from rag.local_llm import resolve_model_path

        label = f"local · {resolve_model_path(settings.local_model).name}"
    except RagError as exc:
        return f"local · unavailable ({exc})"
    if not settings.answers_with_llm():
        # The bundled model answered fewer questions correctly than extractive (README).
        label += " (summaries; answers quote the sources)"
    return label


def filters(
    outlet: str | None, date_from: str | None, date_to: str | None, article_id: str | None = None
) -> dict[str, Any]:
    """Library filters from the form fields; blank fields and "All outlets" add nothing."""
    f: dict[str, Any] = {}
    if outlet and outlet != ALL_OUTLETS:
        f["outlet"] = outlet
    if date_from and date_from.strip():
        f["published_from"] = date_from.strip()
    if date_to and date_to.strip():
        f["published_to"] = date_to.strip()
    if article_id and article_id.strip():
        f["article_id"] = article_id.strip()
    return f


def check_k(k: object, default: int | None) -> int | None:
    """``k`` as an int from 1 to 50; 0, None or "" give ``default``; InputError otherwise."""
    if k is None or k == "" or (k == 0 and not isinstance(k, bool)):
        return default
    n: int | None = None
    if isinstance(k, int) and not isinstance(k, bool):
        n = k
    elif isinstance(k, float | str):  # JSON clients may send 5.0 or "5"
        try:
            f = float(k)
        except ValueError:
            f = math.nan
        n = int(f) if f.is_integer() else None
    if n is None or not K_MIN <= n <= K_MAX:
        raise InputError(f"k must be a whole number from {K_MIN} to {K_MAX}; got {k!r}.")
    return n


def check_topic(topic: object, settings: Settings) -> str:
    """The stripped topic, or InputError if it is empty or longer than a question may be."""
    if not isinstance(topic, str) or not topic.strip():
        raise InputError(EMPTY_TOPIC)
    t = topic.strip()
    if len(t) > settings.max_question_chars:
        raise InputError(
            f"The topic is {len(t)} characters long; the limit is "
            f"{settings.max_question_chars}. Shorten it, or raise RAG_MAX_QUESTION_CHARS."
        )
    return t


def open_chats(data_dir: Path) -> ChatStore:
    """The chat store in ``data_dir``; in memory (with a warning) when it cannot be written,
    so the app still answers from a read-only or full data directory."""
    try:
        return ChatStore(data_dir / "chats.sqlite3", import_json=data_dir / "chats.json")
    except (sqlite3.Error, OSError) as exc:
        log.warning(
            "Chats cannot be saved in %s (%s); they are kept in memory until the app stops. "
            "Make the data directory writable (RAG_DATA_DIR) to keep them.",
            data_dir,
            exc,
        )
        return ChatStore(None)


def error_dict(message: str) -> dict[str, Any]:
    """The /ask and /summarize reply for a failure."""
    return {"error": message, "text": "", "citations": {}, "cannot_answer": False, "model": ""}


def unexpected(exc: Exception, what: str) -> str:
    """Log a bug with its traceback; the user gets one line that points at the log."""
    log.exception("Unexpected error while %s", what)
    return (
        f"Something went wrong while {what} ({type(exc).__name__}). The details are in the "
        "server log."
    )


class Handlers:
    """The app's actions over one index; every method returns plain data."""

    def __init__(
        self,
        index: Index,
        settings: Settings | None = None,
        *,
        chats: ChatStore | None = None,
        export_dir: Path | None = None,
        llm: LLM | None = None,
        import_owner: str | None = None,
        upload_dir: Path | None = None,
    ) -> None:
        self.index = index
        self.llm = llm  # None: the backend the settings name
        # Uploaded files live here until ingested; ingest() deletes them (and nothing outside).
        self.upload_dir = upload_dir.resolve() if upload_dir is not None else None
        self.settings = settings or index.settings
        s = self.settings
        data = Path(s.data_dir).expanduser()
        self.chats = chats or open_chats(data)
        # Chats from an old shared chats.json go to the named owner, else to the first visitor.
        if import_owner:
            self.chats.claim_imported(import_owner)
        self._unclaimed = self.chats.has_imported()
        self.export_dir = export_dir or Path(tempfile.mkdtemp(prefix="newsrag-ui-"))
        self.export_dir.mkdir(parents=True, exist_ok=True)
        self.label = llm_label(s)
        try:
            names = [p.name for p in list_prompts(s.prompts_dir, kind="answer")]
        except RagError:
            names = []
        if s.prompt not in names:
            names.insert(0, s.prompt)
        self.prompt_names = names

    # -- the index ------------------------------------------------------------------------------
    def llm_line(self) -> str:
        """The backend label plus the model process's health ("model down (...)")."""
        from rag.llm import model_status

        health = model_status(self.settings)
        return f"{self.label} · {health}" if health else self.label

    def status(self) -> str:
        """The status line: backend and model health, embedder, index size."""
        return render.status_markdown(self.llm_line(), self.index.stats())

    def library(self) -> LibraryView:
        """The library table, article choices, outlets and status line."""
        arts = self.index.list_articles()
        return LibraryView(
            rows=render.library_rows(arts),
            articles=render.article_choices(arts),
            outlets=[ALL_OUTLETS, *render.outlets(arts)],
            status=render.status_markdown(self.llm_line(), self.index.stats()),
        )

    # -- script API (JSON) ----------------------------------------------------------------------
    def api_ask(
        self,
        question: str,
        k: int = 0,
        outlet: str = "",
        published_from: str = "",
        published_to: str = "",
        prompt: str = "",
        history: list[list[str]] | None = None,
    ) -> dict[str, Any]:
        """Answer a question with verified citations; returns Answer.to_dict() plus 'error'."""
        try:
            ans = rag.answer(
                question,
                k=check_k(k, None),
                filters=filters(outlet, published_from, published_to),
                history=[(str(u), str(a)) for u, a in (history or [])],
                prompt=prompt or None,
                llm=self.llm,
                index=self.index,
            )
        except RagError as exc:
            return error_dict(str(exc))
        except Exception as exc:
            return error_dict(unexpected(exc, "answering"))
        return ans.to_dict() | {"error": None}

    def api_who_said(
        self,
        topic: str,
        outlet: str = "",
        published_from: str = "",
        published_to: str = "",
        k: int = 10,
    ) -> dict[str, Any]:
        """Who said what about a topic: a list of attributions plus 'error'."""
        try:
            attrs = rag.who_said(
                check_topic(topic, self.settings),
                filters=filters(outlet, published_from, published_to),
                k=check_k(k, 10) or 10,
                index=self.index,
            )
        except RagError as exc:
            return {"error": str(exc), "topic": topic, "attributions": []}
        except Exception as exc:
            return {
                "error": unexpected(exc, "finding statements"),
                "topic": topic,
                "attributions": [],
            }
        try:  # each statement once across outlets: where it appeared first, every wording
            statements = [r.to_dict() for r in group_statements(attrs, self.index.data_dir)]
        except Exception as exc:
            return {
                "error": unexpected(exc, "grouping statements across outlets"),
                "topic": topic,
                "attributions": [a.to_dict() for a in attrs],
            }
        return {
            "error": None,
            "topic": topic,
            "attributions": [a.to_dict() for a in attrs],
            "statements": statements,
        }

    def api_summarize(
        self, article_id: str = "", topic: str = "", length: str = "short"
    ) -> dict[str, Any]:
        """A cited summary of one article (id or prefix) or of a topic's coverage."""
        try:
            ans = rag.summarize(
                article_id=article_id or None,
                topic=check_topic(topic, self.settings) if topic else None,
                length=int(length) if str(length).isdigit() else length,
                llm=self.llm,
                index=self.index,
            )
        except RagError as exc:
            return error_dict(str(exc))
        except Exception as exc:
            return error_dict(unexpected(exc, "summarizing"))
        return ans.to_dict() | {"error": None}

    # -- chat -----------------------------------------------------------------------------------
    def ask(
        self,
        owner: str,
        question: str,
        chat_id: str,
        k: float = 0,
        outlet: str = "",
        date_from: str = "",
        date_to: str = "",
        prompt: str = "",
    ) -> Iterator[ChatView]:
        """Stream one chat turn: the question with a cursor, partial text, then the final
        message, which is saved to the owner's chat; errors end the stream as a warning
        message (not saved)."""
        chat_id = chat_id or new_chat_id()
        turns = self.chats.turns(owner, chat_id)
        shown = chat_messages(turns)
        question = question or ""

        def view(content: str) -> ChatView:
            return ChatView(
                [*shown, user, {"role": "assistant", "content": content}],
                chat_id,
                question=question,
            )

        if not question.strip():
            try:
                rag.answer(question, index=self.index)
            except RagError as exc:
                yield ChatView(
                    [*shown, {"role": "assistant", "content": render.error_markdown(str(exc))}],
                    chat_id,
                    question=question,
                )
            return
        user = {"role": "user", "content": render.user_markdown(question)}
        yield view(render.CURSOR)
        history = [(t["question"], t["answer"]) for t in turns]
        partial: list[str] = []
        last = 0.0
        try:
            stream = rag.answer(
                question,
                k=check_k(k, None),
                stream=True,
                filters=filters(outlet, date_from, date_to),
                history=history,
                prompt=prompt or None,
                llm=self.llm,
                index=self.index,
            )
            final = None
            for item in stream:
                if isinstance(item, rag.Answer):
                    final = item
                    break
                partial.append(item)
                if time.monotonic() - last > STREAM_EVERY_S:
                    last = time.monotonic()
                    yield view(render.streaming_markdown("".join(partial)))
            if final is None:  # pragma: no cover - the pipeline always ends with an Answer
                raise RuntimeError("the answer pipeline ended without an answer")
        except RagError as exc:
            yield view(render.error_markdown(str(exc)))
            return
        except Exception as exc:
            yield view(render.error_markdown(unexpected(exc, "answering")))
            return
        message = render.answer_markdown(final)
        turn = {"question": question.strip(), "answer": final.text, "message": message}
        try:
            self.chats.append(owner, chat_id, turn | {"model": final.model})
        except (sqlite3.Error, OSError) as exc:  # a full or read-only disk: still answer
            log.warning("Could not save a chat turn: %s", exc)
            yield view(f"{message}\n\n{render.error_markdown(CHAT_NOT_SAVED.format(exc))}")
            return
        done = view(message)
        done.choices, done.selected = self.chats.choices(owner), chat_id
        yield done

    def retry(self, owner: str, chat_id: str, last_q: str) -> tuple[Messages, str]:
        """Drop the last turn so its question can be asked again; (messages, question)."""
        turns = self.chats.turns(owner, chat_id)
        if turns and (not last_q or turns[-1]["question"] == last_q.strip()):
            popped = self.chats.pop(owner, chat_id)
            last_q = popped["question"] if popped else last_q
        return chat_messages(self.chats.turns(owner, chat_id)), last_q

    def undo(self, owner: str, chat_id: str, last_q: str) -> ChatView:
        """Remove the last turn of the owner's chat and give its question back for editing."""
        turn = self.chats.pop(owner, chat_id)
        remaining = self.chats.turns(owner, chat_id)
        return ChatView(
            chat_messages(remaining),
            chat_id,
            choices=self.chats.choices(owner),
            selected=chat_id if remaining else None,
            question=turn["question"] if turn else last_q,
        )

    def new_chat(self, owner: str) -> ChatView:
        """An empty chat with a fresh id; the owner's saved list unselected."""
        return ChatView([], new_chat_id(), choices=self.chats.choices(owner), selected=None)

    def open_chat(self, owner: str, chat_id: str | None) -> ChatView:
        """One of the owner's saved chats (or a new one when none is picked)."""
        cid = chat_id or new_chat_id()
        return ChatView(chat_messages(self.chats.turns(owner, cid)), cid)

    def load(self, owner: str) -> ChatView:
        """The page on (re)load: the owner's latest chat, open."""
        if self._unclaimed:
            self._unclaimed = False
            self.chats.claim_imported(owner)
        cid = self.chats.latest(owner)
        return ChatView(
            chat_messages(self.chats.turns(owner, cid)),
            cid or new_chat_id(),
            choices=self.chats.choices(owner),
            selected=cid,
        )

    # -- other tabs -----------------------------------------------------------------------------
    def who_said(
        self, topic: str, outlet: str = "", date_from: str = "", date_to: str = ""
    ) -> WhoSaidView:
        """Statements about a topic as table rows plus a CSV file of them."""
        origin = None
        try:
            topic = check_topic(topic, self.settings)
            where = filters(outlet, date_from, date_to)
            attrs = rag.who_said(topic, filters=where, index=self.index)
            # A quoted phrase ("...") also says where it was first published.
            origin = phrase_origin(topic, self.index, filters=where)
        except RagError as exc:
            return WhoSaidView([], None, render.error_markdown(str(exc)))
        except Exception as exc:
            return WhoSaidView(
                [], None, render.error_markdown(unexpected(exc, "finding statements"))
            )
        if origin is not None and origin.statement is not None:
            first = origin.statement
            attrs = [
                first,
                *(a for a in attrs if (a.article_id, a.start) != (first.article_id, first.start)),
            ]
        if not attrs:
            return WhoSaidView(
                [],
                None,
                origin_markdown(origin)
                if origin
                else f"No attributed statements about {render.md_text(topic.strip())!s} found.",
            )
        self.prune_exports()
        slug = re.sub(r"[^a-z0-9]+", "-", topic.lower()).strip("-")[:40] or "topic"
        path = self.export_dir / f"who-said-{slug}-{uuid.uuid4().hex[:6]}.csv"
        path.write_text(render.attributions_csv(attrs), encoding="utf-8")
        people = len({a.speaker for a in attrs})
        n = len(attrs)
        count = (
            f"{n} statement{'s' if n != 1 else ''} by {people} speaker{'s' if people != 1 else ''}."
        )
        message = f"{origin_markdown(origin)}\n\n{count}" if origin else count
        # Statements that several outlets carried: where each appeared first, and how its
        # wording differs between them (expandable per-outlet diffs).
        tracking = render.tracking_html(group_statements(attrs, self.index.data_dir))
        return WhoSaidView(
            render.attribution_rows(attrs),
            str(path),
            f"{message}\n\n{tracking}" if tracking else message,
        )

    def prune_exports(self, now: float | None = None) -> None:
        """Delete CSV exports older than EXPORT_TTL_S, so the export folder does not grow."""
        cutoff = (time.time() if now is None else now) - EXPORT_TTL_S
        for p in self.export_dir.glob("who-said-*.csv"):
            try:
                if p.stat().st_mtime < cutoff:
                    p.unlink()
            except OSError:  # removed meanwhile by another request
                pass

    def summarize(self, article_id: str | None, topic: str, length: str) -> str:
        """A cited summary of the picked article, or of a topic when one is typed."""
        if not (topic and topic.strip()) and not article_id:
            return render.error_markdown("Pick an article or type a topic to summarize.")
        try:
            if topic and topic.strip():
                ans = rag.summarize(
                    topic=check_topic(topic, self.settings),
                    length=length,
                    llm=self.llm,
                    index=self.index,
                )
            else:
                ans = rag.summarize(
                    article_id=article_id, length=length, llm=self.llm, index=self.index
                )
        except RagError as exc:
            return render.error_markdown(str(exc))
        except Exception as exc:
            return render.error_markdown(unexpected(exc, "summarizing"))
        return render.answer_markdown(ans, heading=ans.question)

    def ingest(self, paths: list[str] | None, progress: Progress | None = None) -> str:
        """Add uploaded files to the index, then delete the uploads; a Markdown report, one
        line per file."""
        if not paths:
            return "Choose one or more article files first."
        try:
            report = self.index.ingest(paths, progress=progress)
            return render.ingest_markdown(report)
        except RagError as exc:
            return render.error_markdown(str(exc))
        except Exception as exc:
            return render.error_markdown(unexpected(exc, "adding articles"))
        finally:
            self.discard_uploads(paths)

    def discard_uploads(self, paths: list[str]) -> None:
        """Delete uploaded files (only those inside ``upload_dir``) and their emptied folders.

        The index keeps each article's text, so the upload is no longer needed; without this
        the upload folder only ever grows.
        """
        if self.upload_dir is None:
            return
        for p in paths:
            path = Path(p)
            try:
                real = path.resolve()
                if self.upload_dir not in real.parents or path.is_symlink() or real.is_dir():
                    continue
                real.unlink(missing_ok=True)
                if real.parent != self.upload_dir:
                    real.parent.rmdir()  # Gradio puts each upload in its own folder
            except OSError as exc:  # not empty, already gone, or not ours to delete
                log.debug("Kept upload %s: %s", p, exc)

    def remove(self, article_id: str | None) -> str:
        """Remove one article from the index; a one-line Markdown message."""
        if not article_id:
            return "Pick an article to remove first."
        title = next(
            (a["title"] for a in self.index.list_articles() if a["id"] == article_id), article_id
        )
        try:
            removed = self.index.remove(article_id)
            return f"Removed **{render.md_text(title)}** ({removed})."
        except RagError as exc:
            return render.error_markdown(str(exc))
        except Exception as exc:
            return render.error_markdown(unexpected(exc, "removing the article"))
