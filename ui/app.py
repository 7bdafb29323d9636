"""The newsrag chat app (Gradio): a thin edge over the ``rag`` library.

``build_app()`` returns the Blocks (tests launch it on a free port); ``serve()`` is what
``newsrag serve`` runs: it checks host and auth, seeds an empty index, and launches.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import os
import re
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rag.offline import set_offline_defaults

set_offline_defaults()  # before gradio, which reads GRADIO_ANALYTICS_ENABLED when imported

import gradio as gr  # noqa: E402
import pandas as pd  # noqa: E402

import rag  # noqa: E402
from rag.errors import ConfigError, RagError  # noqa: E402
from rag.index import Index, open_index  # noqa: E402
from rag.prompts import list_prompts  # noqa: E402
from rag.settings import Settings, get_settings  # noqa: E402
from ui import render  # noqa: E402

log = logging.getLogger(__name__)

ALL_OUTLETS = "All outlets"
CONCURRENCY = 4
CSS = """
.sources summary { cursor: pointer; font-weight: 600; }
.sources .source { margin: 0.6em 0; }
.sources .source-head { margin: 0 0 0.2em 0; font-size: 0.95em; }
.sources .source-title { font-weight: 600; }
.sources .source-where { opacity: 0.65; font-size: 0.85em; }
.sources blockquote.passage { margin: 0 0 0.4em 0; padding: 0.2em 0 0.2em 0.75em;
  border-left: 3px solid #c9c9c9; font-size: 0.92em; }
.sources mark, #summary-output mark { background: #ffe58a; color: inherit; padding: 0 1px; }
.answer-meta { font-size: 0.78em; opacity: 0.6; margin-top: 0.4em; }
#status { font-size: 0.9em; }
"""
EXAMPLES = ["Who said what about Kursk?", "How many North Korean troops are in Russia?"]


def refusal_message(host: str) -> str:
    """Why serve() will not listen on a non-loopback ``host`` without a password."""
    return (
        f"Refusing to listen on {host} without a password: anyone who can reach this "
        "machine could use the app. Pass --auth user:password (or set "
        "RAG_UI_AUTH=user:password), or listen on 127.0.0.1."
    )


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    h = host.strip().strip("[]").lower()
    if h == "localhost":
        return True
    try:
        return ipaddress.ip_address(h).is_loopback
    except ValueError:
        return False


def parse_auth(auth: str | None) -> tuple[str, str] | None:
    """``"user:password"`` as a tuple; ConfigError (without the password) when malformed."""
    if auth is None or not str(auth).strip():
        return None
    user, sep, password = str(auth).partition(":")
    if not sep or not user.strip() or not password:
        raise ConfigError("--auth / RAG_UI_AUTH must look like user:password (both non-empty).")
    return user.strip(), password


def llm_label(settings: Settings) -> str:
    """The answer backend and model, for the status line and the settings panel."""
    if settings.llm == "extractive":
        return "extractive (no LLM; answers quote the sources)"
    if settings.llm == "openai":
        where = f" at {settings.llm_base_url}" if settings.llm_base_url else ""
        return f"openai · {settings.llm_model}{where}"
    try:
        from rag.local_llm import resolve_model_path

        return f"local · {resolve_model_path(settings.local_model).name}"
    except RagError as exc:
        return f"local · unavailable ({exc})"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _when(iso: str) -> str:
    """A stored UTC timestamp as short local time, for chat labels."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return "?"


class ChatStore:
    """Chats saved server-side in one JSON file; each turn keeps its rendered message, so a
    reload shows exactly the answer and sources that were produced together."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._data: dict[str, Any] = self._read()

    def _read(self) -> dict[str, Any]:
        if not self.path.exists():
            return {"version": 1, "seq": 0, "chats": {}}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or not isinstance(data.get("chats"), dict):
                raise ValueError("no chats mapping")
            return data
        except (OSError, ValueError) as exc:
            bad = self.path.with_name(f"{self.path.name}.unreadable-{int(time.time())}")
            log.warning(
                "Chat history %s is unreadable (%s); moved it to %s and started afresh",
                self.path,
                exc,
                bad.name,
            )
            self.path.replace(bad)
            return {"version": 1, "seq": 0, "chats": {}}

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(self._data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)

    def choices(self) -> list[tuple[str, str]]:
        """("title · last update", id) of every chat, most recently updated first."""
        with self._lock:
            chats = sorted(
                self._data["chats"].items(), key=lambda kv: kv[1].get("seq", 0), reverse=True
            )
            return [(f"{c['title']} · {_when(c.get('updated', ''))}", cid) for cid, c in chats]

    def latest(self) -> str | None:
        """Id of the most recently updated chat."""
        ch = self.choices()
        return ch[0][1] if ch else None

    def turns(self, chat_id: str | None) -> list[dict[str, Any]]:
        """The chat's turns (question, answer text, rendered message)."""
        with self._lock:
            chat = self._data["chats"].get(chat_id or "")
            return [dict(t) for t in chat["turns"]] if chat else []

    def append(self, chat_id: str, turn: dict[str, Any]) -> None:
        """Add a turn, creating the chat (titled by its first question) if needed."""
        with self._lock:
            chat = self._data["chats"].setdefault(
                chat_id, {"title": _title(turn["question"]), "created": _now(), "turns": []}
            )
            chat["turns"].append(turn)
            self._data["seq"] = chat["seq"] = int(self._data.get("seq", 0)) + 1
            chat["updated"] = _now()
            self._write()

    def pop(self, chat_id: str | None) -> dict[str, Any] | None:
        """Remove and return the chat's last turn."""
        with self._lock:
            chat = self._data["chats"].get(chat_id or "")
            if not chat or not chat["turns"]:
                return None
            turn: dict[str, Any] = chat["turns"].pop()
            if not chat["turns"]:
                del self._data["chats"][chat_id]
            self._write()
            return turn

    def delete(self, chat_id: str | None) -> None:
        """Forget a chat."""
        with self._lock:
            if self._data["chats"].pop(chat_id or "", None) is not None:
                self._write()


def _title(question: str) -> str:
    q = " ".join(question.split())
    return q if len(q) <= 60 else q[:59] + "…"


def _new_chat_id() -> str:
    return uuid.uuid4().hex[:12]


def chat_messages(turns: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Chatbot messages for saved turns."""
    out = []
    for t in turns:
        out.append({"role": "user", "content": render.user_markdown(t["question"])})
        out.append({"role": "assistant", "content": t["message"]})
    return out


def _filters(
    outlet: str | None, date_from: str | None, date_to: str | None, article_id: str | None = None
) -> dict[str, Any]:
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


def _error_dict(message: str) -> dict[str, Any]:
    return {"error": message, "text": "", "citations": {}, "cannot_answer": False, "model": ""}


def _unexpected(exc: Exception, what: str) -> str:
    log.exception("Unexpected error while %s", what)
    return (
        f"Something went wrong while {what} ({type(exc).__name__}). The details are in the "
        "server log."
    )


def build_app(
    settings: Settings | dict[str, Any] | None = None, index: Index | None = None
) -> gr.Blocks:
    """The chat app over ``index`` (default: the shared index for ``settings``)."""
    s = index.settings if index is not None and settings is None else get_settings(settings)
    idx = index if index is not None else open_index(s)
    store = ChatStore(Path(s.data_dir).expanduser() / "chats.json")
    export_dir = Path(tempfile.mkdtemp(prefix="newsrag-ui-"))
    label = llm_label(s)
    try:
        prompt_names = [p.name for p in list_prompts(s.prompts_dir, kind="answer")]
    except RagError:
        prompt_names = []
    if s.prompt not in prompt_names:
        prompt_names.insert(0, s.prompt)

    # -- library helpers ---------------------------------------------------------------------
    def library_updates() -> tuple[Any, ...]:
        arts = idx.list_articles()
        choices = render.article_choices(arts)
        return (
            pd.DataFrame(render.library_rows(arts), columns=render.LIBRARY_COLUMNS),
            gr.update(choices=choices, value=None),
            gr.update(choices=choices),
            gr.update(choices=[ALL_OUTLETS, *render.outlets(arts)]),
            render.status_markdown(label, idx.stats()),
        )

    # -- script API (non-streaming, JSON) --------------------------------------------------------
    def api_ask(
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
                k=int(k) or None,
                filters=_filters(outlet, published_from, published_to),
                history=[(str(u), str(a)) for u, a in (history or [])],
                prompt=prompt or None,
                index=idx,
            )
        except RagError as exc:
            return _error_dict(str(exc))
        except Exception as exc:
            return _error_dict(_unexpected(exc, "answering"))
        return ans.to_dict() | {"error": None}

    def api_who_said(
        topic: str, outlet: str = "", published_from: str = "", published_to: str = "", k: int = 10
    ) -> dict[str, Any]:
        """Who said what about a topic: a list of attributions plus 'error'."""
        try:
            attrs = rag.who_said(
                topic,
                filters=_filters(outlet, published_from, published_to),
                k=int(k) or 10,
                index=idx,
            )
        except RagError as exc:
            return {"error": str(exc), "topic": topic, "attributions": []}
        except Exception as exc:
            return {
                "error": _unexpected(exc, "finding statements"),
                "topic": topic,
                "attributions": [],
            }
        return {"error": None, "topic": topic, "attributions": [a.to_dict() for a in attrs]}

    def api_summarize(
        article_id: str = "", topic: str = "", length: str = "short"
    ) -> dict[str, Any]:
        """A cited summary of one article (id or prefix) or of a topic's coverage."""
        try:
            ans = rag.summarize(
                article_id=article_id or None,
                topic=topic or None,
                length=int(length) if str(length).isdigit() else length,
                index=idx,
            )
        except RagError as exc:
            return _error_dict(str(exc))
        except Exception as exc:
            return _error_dict(_unexpected(exc, "summarizing"))
        return ans.to_dict() | {"error": None}

    # -- chat ---------------------------------------------------------------------------------
    def take_question(text: str) -> tuple[str, str]:
        return "", text

    def respond(
        question: str,
        chat_id: str,
        k: float,
        outlet: str,
        date_from: str,
        date_to: str,
        prompt: str,
    ) -> Iterator[tuple[Any, ...]]:
        chat_id = chat_id or _new_chat_id()
        turns = store.turns(chat_id)
        shown = chat_messages(turns)
        question = question or ""
        if not question.strip():
            try:
                rag.answer(question, index=idx)
            except RagError as exc:
                yield (
                    [*shown, {"role": "assistant", "content": render.error_markdown(str(exc))}],
                    chat_id,
                    gr.skip(),
                    question,
                )
            return
        user = {"role": "user", "content": render.user_markdown(question)}
        yield (
            [*shown, user, {"role": "assistant", "content": render.CURSOR}],
            chat_id,
            gr.skip(),
            question,
        )
        history = [(t["question"], t["answer"]) for t in turns]
        partial: list[str] = []
        last = 0.0
        try:
            stream = rag.answer(
                question,
                k=int(k) or None,
                stream=True,
                filters=_filters(outlet, date_from, date_to),
                history=history,
                prompt=prompt or None,
                index=idx,
            )
            final = None
            for item in stream:
                if isinstance(item, rag.Answer):
                    final = item
                    break
                partial.append(item)
                if time.monotonic() - last > 0.05:
                    last = time.monotonic()
                    msg = render.streaming_markdown("".join(partial))
                    yield (
                        [*shown, user, {"role": "assistant", "content": msg}],
                        chat_id,
                        gr.skip(),
                        question,
                    )
            if final is None:  # pragma: no cover - the pipeline always ends with an Answer
                raise RuntimeError("the answer pipeline ended without an answer")
        except RagError as exc:
            yield (
                [*shown, user, {"role": "assistant", "content": render.error_markdown(str(exc))}],
                chat_id,
                gr.skip(),
                question,
            )
            return
        except Exception as exc:
            msg = render.error_markdown(_unexpected(exc, "answering"))
            yield (
                [*shown, user, {"role": "assistant", "content": msg}],
                chat_id,
                gr.skip(),
                question,
            )
            return
        message = render.answer_markdown(final)
        store.append(
            chat_id,
            {
                "question": question.strip(),
                "answer": final.text,
                "message": message,
                "model": final.model,
                "created": _now(),
            },
        )
        yield (
            [*shown, user, {"role": "assistant", "content": message}],
            chat_id,
            gr.update(choices=store.choices(), value=chat_id),
            question,
        )

    def retry(chat_id: str, last_q: str) -> tuple[Any, ...]:
        turns = store.turns(chat_id)
        if turns and (not last_q or turns[-1]["question"] == last_q.strip()):
            last_q = store.pop(chat_id)["question"]  # type: ignore[index]
        return chat_messages(store.turns(chat_id)), last_q

    def undo(chat_id: str, last_q: str) -> tuple[Any, ...]:
        turn = store.pop(chat_id)
        q = turn["question"] if turn else last_q
        return (
            chat_messages(store.turns(chat_id)),
            q,
            gr.update(choices=store.choices(), value=chat_id if store.turns(chat_id) else None),
        )

    def new_chat() -> tuple[Any, ...]:
        return [], _new_chat_id(), gr.update(choices=store.choices(), value=None), ""

    def open_chat(chat_id: str | None) -> tuple[Any, ...]:
        cid = chat_id or _new_chat_id()
        return chat_messages(store.turns(cid)), cid, ""

    def on_load() -> tuple[Any, ...]:
        cid = store.latest()
        return (
            chat_messages(store.turns(cid)),
            cid or _new_chat_id(),
            gr.update(choices=store.choices(), value=cid),
            *library_updates(),
        )

    # -- other tabs ---------------------------------------------------------------------------
    def who_said_ui(topic: str, outlet: str, date_from: str, date_to: str) -> tuple[Any, ...]:
        empty = pd.DataFrame([], columns=render.WHO_COLUMNS)
        if not topic or not topic.strip():
            return (
                empty,
                gr.update(value=None, visible=False),
                render.error_markdown("Type a topic or a person, for example Kursk."),
            )
        try:
            attrs = rag.who_said(
                topic.strip(), filters=_filters(outlet, date_from, date_to), index=idx
            )
        except RagError as exc:
            return empty, gr.update(value=None, visible=False), render.error_markdown(str(exc))
        except Exception as exc:
            return (
                empty,
                gr.update(value=None, visible=False),
                render.error_markdown(_unexpected(exc, "finding statements")),
            )
        if not attrs:
            return (
                empty,
                gr.update(value=None, visible=False),
                f"No attributed statements about {render.md_text(topic.strip())!s} found.",
            )
        slug = re.sub(r"[^a-z0-9]+", "-", topic.lower()).strip("-")[:40] or "topic"
        path = export_dir / f"who-said-{slug}-{uuid.uuid4().hex[:6]}.csv"
        path.write_text(render.attributions_csv(attrs), encoding="utf-8")
        people = len({a.speaker for a in attrs})
        return (
            pd.DataFrame(render.attribution_rows(attrs), columns=render.WHO_COLUMNS),
            gr.update(value=str(path), visible=True),
            f"{len(attrs)} statements by {people} speaker{'s' if people != 1 else ''}.",
        )

    def summarize_ui(
        article_id: str | None, topic: str, length: str, progress: gr.Progress = gr.Progress()
    ) -> str:
        progress(None, desc="Summarizing")
        if not (topic and topic.strip()) and not article_id:
            return render.error_markdown("Pick an article or type a topic to summarize.")
        try:
            if topic and topic.strip():
                ans = rag.summarize(topic=topic.strip(), length=length, index=idx)
            else:
                ans = rag.summarize(article_id=article_id, length=length, index=idx)
        except RagError as exc:
            return render.error_markdown(str(exc))
        except Exception as exc:
            return render.error_markdown(_unexpected(exc, "summarizing"))
        return render.answer_markdown(ans, heading=ans.question)

    def ingest_ui(
        files: list[str] | None, progress: gr.Progress = gr.Progress()
    ) -> tuple[Any, ...]:
        if not files:
            return ("Choose one or more article files first.", None, *library_updates())
        paths = [f if isinstance(f, str) else getattr(f, "name", str(f)) for f in files]
        progress(0, desc=f"Reading {len(paths)} file{'s' if len(paths) != 1 else ''}")

        def tick(done: int, total: int, what: str) -> None:
            if total:
                progress((done, total), desc=f"Embedding: {what}", unit="chunks")

        try:
            report = idx.ingest(paths, progress=tick)
            msg = render.ingest_markdown(report)
        except RagError as exc:
            msg = render.error_markdown(str(exc))
        except Exception as exc:
            msg = render.error_markdown(_unexpected(exc, "adding articles"))
        return (msg, None, *library_updates())

    def remove_ui(article_id: str | None) -> tuple[Any, ...]:
        if not article_id:
            return ("Pick an article to remove first.", *library_updates())
        title = next((a["title"] for a in idx.list_articles() if a["id"] == article_id), article_id)
        try:
            removed = idx.remove(article_id)
            msg = f"Removed **{render.md_text(title)}** ({removed})."
        except RagError as exc:
            msg = render.error_markdown(str(exc))
        except Exception as exc:
            msg = render.error_markdown(_unexpected(exc, "removing the article"))
        return (msg, *library_updates())

    # -- layout -------------------------------------------------------------------------------
    with gr.Blocks(title="newsrag", analytics_enabled=False) as demo:
        chat_id = gr.State("")
        pending_q = gr.State("")
        last_q = gr.State("")
        with gr.Row():
            gr.Markdown("## newsrag — cited answers from news articles")
        status = gr.Markdown(render.status_markdown(label, idx.stats()), elem_id="status")
        with gr.Sidebar(label="Settings", position="right", open=True, width=300):
            gr.Markdown("### Settings")
            k_in = gr.Slider(1, 20, value=s.k, step=1, label="Passages per answer (k)", elem_id="k")
            outlet_in = gr.Dropdown(
                [ALL_OUTLETS], value=ALL_OUTLETS, label="Outlet", elem_id="outlet"
            )
            from_in = gr.Textbox(
                label="Published from", placeholder="YYYY-MM-DD", elem_id="date-from"
            )
            to_in = gr.Textbox(label="Published to", placeholder="YYYY-MM-DD", elem_id="date-to")
            prompt_in = gr.Dropdown(
                prompt_names, value=s.prompt, label="Prompt variant", elem_id="prompt"
            )
            gr.Textbox(label, label="Backend and model", interactive=False, elem_id="backend")
            gr.Markdown("Filters apply to chat answers and to *Who said what*.")
        with gr.Tabs():
            with gr.Tab("Chat", id="chat"):
                with gr.Row():
                    chat_select = gr.Dropdown(
                        [], value=None, label="Saved chats", scale=4, elem_id="chat-select"
                    )
                    new_btn = gr.Button("New chat", scale=1, elem_id="new-chat")
                chatbot = gr.Chatbot(
                    label="Answers",
                    elem_id="chatbot",
                    height=560,
                    buttons=["copy", "copy_all"],
                    feedback_options=None,
                    layout="panel",
                    placeholder=(
                        "Ask about the indexed articles. Every [n] marker points to a passage "
                        "listed under **Sources**."
                    ),
                    examples=[{"text": e} for e in EXAMPLES],
                )
                with gr.Row():
                    q_in = gr.Textbox(
                        placeholder="Ask a question, e.g. Who said what about Kursk?",
                        show_label=False,
                        scale=6,
                        lines=1,
                        max_lines=6,
                        elem_id="question",
                        autofocus=True,
                    )
                    send_btn = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                    stop_btn = gr.Button("Stop", scale=1, elem_id="stop")
            with gr.Tab("Who said what", id="who"):
                with gr.Row():
                    who_in = gr.Textbox(
                        label="Topic or person", placeholder="Kursk", scale=5, elem_id="who-topic"
                    )
                    who_btn = gr.Button(
                        "Find statements", variant="primary", scale=1, elem_id="who-run"
                    )
                who_msg = gr.Markdown(elem_id="who-message")
                who_table = gr.Dataframe(
                    pd.DataFrame([], columns=render.WHO_COLUMNS),
                    interactive=False,
                    wrap=True,
                    elem_id="who-table",
                    label="Statements (click a header to sort)",
                    column_widths=["12%", "15%", "38%", "8%", "9%", "8%", "10%"],
                )
                who_csv = gr.DownloadButton("Download CSV", visible=False, elem_id="who-csv")
            with gr.Tab("Summarize", id="summarize"):
                with gr.Row():
                    sum_article = gr.Dropdown(
                        [], value=None, label="Article", scale=3, elem_id="sum-article"
                    )
                    sum_topic = gr.Textbox(
                        label="…or a topic (used instead of the article)",
                        scale=2,
                        elem_id="sum-topic",
                    )
                    sum_len = gr.Radio(
                        ["short", "medium", "long"],
                        value="short",
                        label="Length",
                        scale=1,
                        elem_id="sum-length",
                    )
                sum_btn = gr.Button("Summarize", variant="primary", elem_id="sum-run")
                sum_out = gr.Markdown(elem_id="summary-output")
            with gr.Tab("Library", id="library"):
                lib_table = gr.Dataframe(
                    pd.DataFrame([], columns=render.LIBRARY_COLUMNS),
                    interactive=False,
                    wrap=True,
                    elem_id="library-table",
                    label="Indexed articles",
                    column_widths=["46%", "20%", "11%", "7%", "16%"],
                )
                upload = gr.File(
                    label="Add articles (.txt, .md, .html, .json, .jsonl; several at once)",
                    file_count="multiple",
                    type="filepath",
                    height=150,
                    elem_id="upload",
                )
                ingest_msg = gr.Markdown(elem_id="ingest-message")
                with gr.Row():
                    remove_dd = gr.Dropdown(
                        [], value=None, label="Remove an article", scale=4, elem_id="remove-article"
                    )
                    remove_btn = gr.Button("Remove", variant="stop", scale=1, elem_id="remove")

        lib_outputs = [lib_table, remove_dd, sum_article, outlet_in, status]
        chat_inputs = [pending_q, chat_id, k_in, outlet_in, from_in, to_in, prompt_in]
        chat_outputs = [chatbot, chat_id, chat_select, last_q]
        private: dict[str, Any] = {"api_visibility": "private"}

        ask_events = []
        for trigger in (q_in.submit, send_btn.click):
            ev = trigger(take_question, [q_in], [q_in, pending_q], queue=False, **private)
            ask_events.append(ev.then(respond, chat_inputs, chat_outputs, **private))

        def example(data: gr.SelectData) -> str:
            return str(data.value["text"])

        ex = chatbot.example_select(example, None, [pending_q], queue=False, **private)
        ask_events.append(ex.then(respond, chat_inputs, chat_outputs, **private))
        rt = chatbot.retry(retry, [chat_id, last_q], [chatbot, pending_q], **private)
        ask_events.append(rt.then(respond, chat_inputs, chat_outputs, **private))
        chatbot.undo(undo, [chat_id, last_q], [chatbot, q_in, chat_select], **private)
        chatbot.clear(new_chat, None, [chatbot, chat_id, chat_select, q_in], **private)
        new_btn.click(new_chat, None, [chatbot, chat_id, chat_select, q_in], **private)
        chat_select.input(open_chat, [chat_select], [chatbot, chat_id, q_in], **private)
        stop_btn.click(None, None, None, cancels=ask_events, **private)

        who_in.submit(
            who_said_ui,
            [who_in, outlet_in, from_in, to_in],
            [who_table, who_csv, who_msg],
            **private,
        )
        who_btn.click(
            who_said_ui,
            [who_in, outlet_in, from_in, to_in],
            [who_table, who_csv, who_msg],
            **private,
        )
        sum_btn.click(summarize_ui, [sum_article, sum_topic, sum_len], [sum_out], **private)
        upload.upload(
            ingest_ui,
            [upload],
            [ingest_msg, upload, *lib_outputs],
            concurrency_id="index-write",
            concurrency_limit=1,
            **private,
        )
        remove_btn.click(
            remove_ui,
            [remove_dd],
            [ingest_msg, *lib_outputs],
            concurrency_id="index-write",
            concurrency_limit=1,
            **private,
        )
        demo.load(on_load, None, [chatbot, chat_id, chat_select, *lib_outputs], **private)

        gr.api(api_ask, api_name="ask")
        gr.api(api_who_said, api_name="who_said")
        gr.api(api_summarize, api_name="summarize")

    demo.queue(default_concurrency_limit=CONCURRENCY)
    return demo


def seed_if_empty(index: Index, seeds: str | Path | None) -> None:
    """Ingest ``seeds`` when the index has no articles yet (first run)."""
    if seeds is None or index.list_articles():
        return
    path = Path(seeds).expanduser()
    if not path.exists():
        print(
            f"The index is empty and there are no seed articles at {path}; add articles in "
            "the Library tab or with `newsrag ingest`."
        )
        return
    print(f"First run: indexing the seed articles in {path} ...", flush=True)
    print(index.ingest([path], progress=None), flush=True)


def _warm_up(settings: Settings) -> None:
    """Load the embedded model in the background so the first answer does not wait for it."""
    if settings.llm != "local":
        return

    def load() -> None:
        try:
            from rag.llm import get_llm

            llm = get_llm(settings)
            if llm is not None and hasattr(llm, "load"):
                llm.load()
        except RagError as exc:
            log.warning("Could not load the local model: %s", exc)

    threading.Thread(target=load, name="newsrag-warm-up", daemon=True).start()


def serve(
    host: str | None = None,
    port: int | None = None,
    auth: str | None = None,
    seeds: str | Path | None = None,
    *,
    settings: Settings | dict[str, Any] | None = None,
    block: bool = True,
) -> gr.Blocks:
    """Start the chat app (what ``newsrag serve`` runs).

    Args:
        host: address to listen on (default ``RAG_UI_HOST``, 127.0.0.1). Any address beyond
            loopback requires ``auth``.
        port: port (default ``RAG_UI_PORT``, 7860).
        auth: ``user:password`` (default ``RAG_UI_AUTH``); never printed.
        seeds: folder of articles ingested when the index is empty; None skips seeding.
        settings: Settings or overrides (default: the environment).
        block: False returns right after launching (for scripts and benchmarks).
    Raises:
        ConfigError: a non-loopback host without auth, or malformed auth.
    """
    s = get_settings(settings)
    host = host or s.ui_host
    port = port or s.ui_port
    creds = parse_auth(
        auth if auth is not None else (s.ui_auth.get_secret_value() if s.ui_auth else None)
    )
    if creds is None and not is_loopback(host):
        raise ConfigError(refusal_message(host))
    idx = open_index(s)
    seed_if_empty(idx, seeds)
    _warm_up(s)
    demo = build_app(s, idx)
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    print(
        f"newsrag chat: http://{shown}:{port}"
        + (f"  (login required; user {creds[0]!r})" if creds else ""),
        flush=True,
    )
    demo.launch(
        server_name=host,
        server_port=port,
        auth=creds,
        css=CSS,
        quiet=True,
        show_error=False,
        prevent_thread_lock=not block,
        footer_links=["api", "settings"],
    )
    return demo
