"""The newsrag chat app (Gradio): a thin edge over the ``rag`` library.

``build_app()`` returns the Blocks (tests launch it on a free port); ``serve()`` is what
``newsrag serve`` runs: it checks host and auth, seeds an empty index, and launches.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rag.offline import set_offline_defaults

set_offline_defaults()  # before gradio, which reads GRADIO_ANALYTICS_ENABLED when imported

import gradio as gr  # noqa: E402
import pandas as pd  # noqa: E402
import uvicorn  # noqa: E402
from gradio.utils import get_upload_folder as gradio_upload_folder  # noqa: E402

from rag.errors import ConfigError, RagError  # noqa: E402
from rag.index import Index, open_index  # noqa: E402
from rag.settings import Settings, get_settings  # noqa: E402
from ui import render  # noqa: E402
from ui.chats import ChatStore as ChatStore  # noqa: E402  (re-exported for tests and scripts)
from ui.chats import new_browser_id, owner_of  # noqa: E402
from ui.handlers import ALL_OUTLETS, EXPORT_TTL_S, ChatView, Handlers  # noqa: E402
from ui.handlers import llm_label as llm_label  # noqa: E402
from ui.people import people_tab  # noqa: E402
from ui.saved import saved_tab  # noqa: E402

log = logging.getLogger(__name__)

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
        "machine could use the app. Pass --auth-file PATH (a file of user:password lines) "
        "or set RAG_UI_AUTH=user:password, or listen on 127.0.0.1."
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


def read_auth_file(path: str | Path) -> list[tuple[str, str]]:
    """Logins from a file of ``user:password`` lines (``#`` comments and blank lines skipped).

    A file keeps the password out of the process list, where ``--auth user:password`` shows
    it to every user of the machine. Errors name the line, never the password.
    """
    p = Path(path).expanduser()
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
        raise ConfigError(
            f"Cannot read the auth file {p} ({reason}). Create it with one user:password "
            "per line, readable only by you (chmod 600)."
        ) from None
    users: list[tuple[str, str]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        user, sep, password = line.strip().partition(":")
        if not sep or not user.strip() or not password:
            raise ConfigError(
                f"Line {n} of the auth file {p} must look like user:password (both non-empty)."
            )
        if user.strip() in {u for u, _ in users}:
            raise ConfigError(f"Line {n} of the auth file {p} repeats the user {user.strip()!r}.")
        users.append((user.strip(), password))
    if not users:
        raise ConfigError(f"The auth file {p} has no user:password line; add one.")
    if p.stat().st_mode & 0o077:
        log.warning("The auth file %s is readable by others; run: chmod 600 %s", p, p)
    return users


def build_app(
    settings: Settings | dict[str, Any] | None = None,
    index: Index | None = None,
    *,
    import_owner: str | None = None,
) -> gr.Blocks:
    """The chat app over ``index`` (default: the shared index for ``settings``).

    Chats belong to the logged-in user, or without a login to a random id that the browser
    keeps in its localStorage; ``import_owner`` receives chats from an old shared chats.json.
    """
    s = index.settings if index is not None and settings is None else get_settings(settings)
    h = Handlers(
        index if index is not None else open_index(s),
        s,
        import_owner=import_owner,
        upload_dir=Path(gradio_upload_folder()),
    )
    label, prompt_names = h.label, h.prompt_names

    def owner(request: gr.Request, known: str) -> str:
        """Whose chats: the login when there is one (checked on every event, never taken from
        the page), else the browser's owner that on_load put in server-side session state."""
        who = owner_of(getattr(request, "username", None), None)
        return who or known or f"session:{request.session_hash}"

    # Each function below only turns a handler's plain result into component updates.
    def library_updates() -> tuple[Any, ...]:
        lib = h.library()
        return (
            pd.DataFrame(lib.rows, columns=render.LIBRARY_COLUMNS),
            gr.update(choices=lib.articles, value=None),
            gr.update(choices=lib.articles),
            gr.update(choices=lib.outlets),
            lib.status,
        )

    def chat_select_update(v: ChatView) -> Any:
        return gr.skip() if v.choices is None else gr.update(choices=v.choices, value=v.selected)

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
        known: str,
        request: gr.Request,
    ) -> Iterator[tuple[Any, ...]]:
        who = owner(request, known)
        for v in h.ask(who, question, chat_id, k, outlet, date_from, date_to, prompt):
            yield v.messages, v.chat_id, chat_select_update(v), v.question

    def retry(chat_id: str, last_q: str, known: str, request: gr.Request) -> tuple[Any, ...]:
        return h.retry(owner(request, known), chat_id, last_q)

    def undo(chat_id: str, last_q: str, known: str, request: gr.Request) -> tuple[Any, ...]:
        v = h.undo(owner(request, known), chat_id, last_q)
        return v.messages, v.question, chat_select_update(v)

    def new_chat(known: str, request: gr.Request) -> tuple[Any, ...]:
        v = h.new_chat(owner(request, known))
        return v.messages, v.chat_id, chat_select_update(v), ""

    def open_chat(chat_id: str | None, known: str, request: gr.Request) -> tuple[Any, ...]:
        v = h.open_chat(owner(request, known), chat_id)
        return v.messages, v.chat_id, ""

    def on_load(browser: Any, request: gr.Request) -> tuple[Any, ...]:
        who = owner_of(getattr(request, "username", None), browser)
        if who is None:  # first visit without a login: this browser gets its own id
            browser = new_browser_id()
            who = owner_of(None, browser)
        assert who is not None
        v = h.load(who)
        return (browser, who, v.messages, v.chat_id, chat_select_update(v), *library_updates())

    def who_said_ui(topic: str, outlet: str, date_from: str, date_to: str) -> tuple[Any, ...]:
        v = h.who_said(topic, outlet, date_from, date_to)
        return (
            pd.DataFrame(v.rows, columns=render.WHO_COLUMNS),
            gr.update(value=v.csv_path, visible=v.csv_path is not None),
            v.message,
        )

    def summarize_ui(
        article_id: str | None, topic: str, length: str, progress: gr.Progress = gr.Progress()
    ) -> str:
        progress(None, desc="Summarizing")
        return h.summarize(article_id, topic, length)

    def ingest_ui(
        files: list[str] | None, progress: gr.Progress = gr.Progress()
    ) -> tuple[Any, ...]:
        paths = [f if isinstance(f, str) else getattr(f, "name", str(f)) for f in files or []]
        if paths:
            progress(0, desc=f"Reading {len(paths)} file{'s' if len(paths) != 1 else ''}")

        def tick(done: int, total: int, what: str) -> None:
            if total:
                progress((done, total), desc=f"Embedding: {what}", unit="chunks")

        return (h.ingest(paths, tick), None, *library_updates())

    def remove_ui(article_id: str | None) -> tuple[Any, ...]:
        return (h.remove(article_id), *library_updates())

    # -- layout -------------------------------------------------------------------------------
    # Gradio's own copies of downloads and uploads (this app's only) go after an hour.
    with gr.Blocks(
        title="newsrag", analytics_enabled=False, delete_cache=(EXPORT_TTL_S, EXPORT_TTL_S)
    ) as demo:
        chat_id = gr.State("")
        chat_owner = gr.State("")  # server-side: the page cannot change whose chats it sees
        browser_id = gr.BrowserState(
            None, storage_key="newsrag-browser-id", secret=h.chats.secret("browser-state")
        )
        pending_q = gr.State("")
        last_q = gr.State("")
        with gr.Row():
            gr.Markdown("## newsrag — cited answers from news articles")
        status = gr.Markdown(h.status(), elem_id="status")
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
                        label='Topic, person, or "exact phrase" (who said it first)',
                        placeholder='Kursk, or "numbers that can be misleading"',
                        scale=5,
                        elem_id="who-topic",
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
            saved_tab(h.index, topic=who_in)  # ui/saved.py: follow a topic or a speaker
            people_tab(h.index)

        lib_outputs = [lib_table, remove_dd, sum_article, outlet_in, status]
        chat_inputs = [pending_q, chat_id, k_in, outlet_in, from_in, to_in, prompt_in, chat_owner]
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
        rt = chatbot.retry(retry, [chat_id, last_q, chat_owner], [chatbot, pending_q], **private)
        ask_events.append(rt.then(respond, chat_inputs, chat_outputs, **private))
        chatbot.undo(undo, [chat_id, last_q, chat_owner], [chatbot, q_in, chat_select], **private)
        new_outputs = [chatbot, chat_id, chat_select, q_in]
        chatbot.clear(new_chat, [chat_owner], new_outputs, **private)
        new_btn.click(new_chat, [chat_owner], new_outputs, **private)
        chat_select.input(open_chat, [chat_select, chat_owner], [chatbot, chat_id, q_in], **private)
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
        demo.load(
            on_load,
            [browser_id],
            [browser_id, chat_owner, chatbot, chat_id, chat_select, *lib_outputs],
            **private,
        )

        gr.api(h.api_ask, api_name="ask")
        gr.api(h.api_who_said, api_name="who_said")
        gr.api(h.api_summarize, api_name="summarize")

    demo.queue(default_concurrency_limit=CONCURRENCY)
    return demo


def _login_note(users: list[str]) -> str:
    if len(users) == 1:
        return f"  (login required; user {users[0]!r})"
    return f"  (login required; users {', '.join(repr(u) for u in users)})"


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


@dataclass
class Served:
    """A running ``newsrag serve``: the chat app and the API on one server; ``close()`` stops it."""

    app: Any  # the FastAPI app: the API's routes, with the chat app mounted at /
    blocks: gr.Blocks
    server: uvicorn.Server
    url: str
    thread: threading.Thread | None = None

    def close(self) -> None:
        """Stop the server and the chat app's queue."""
        self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(timeout=30)
        self.blocks.close(verbose=False)


def _listen(host: str, port: int) -> socket.socket:
    """A bound socket, or ConfigError saying why not (uvicorn would exit the process)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        raise ConfigError(
            f"Cannot listen on {host}:{port} ({exc.strerror or exc}); is another newsrag "
            "running there? Pick another port with --port or RAG_UI_PORT."
        ) from None
    return sock


def serve(
    host: str | None = None,
    port: int | None = None,
    auth: str | None = None,
    seeds: str | Path | None = None,
    *,
    auth_file: str | Path | None = None,
    settings: Settings | dict[str, Any] | None = None,
    block: bool = True,
) -> Served:
    """Start the chat app and the REST API on one server (what ``newsrag serve`` runs).

    The API (``/api/v1``, ``/v1/chat/completions``; docs at ``/api/docs``) takes API keys
    from ``newsrag api-key create``; with logins, every API call needs one (see ui/api.py).

    Args:
        host: address to listen on (default ``RAG_UI_HOST``, 127.0.0.1). Any address beyond
            loopback requires ``auth``.
        port: port (default ``RAG_UI_PORT``, 7860).
        auth: ``user:password`` (default ``RAG_UI_AUTH``); never printed.
        auth_file: a file of ``user:password`` lines, one login each (instead of ``auth``).
        seeds: folder of articles ingested when the index is empty; None skips seeding.
        settings: Settings or overrides (default: the environment).
        block: False returns right after starting (for tests, scripts and benchmarks).
    Raises:
        ConfigError: a non-loopback host without auth, malformed auth, both auth and
            auth_file, or a port that is taken.
    """
    from ui.api import build_api  # ui.api uses this module's helpers

    s = get_settings(settings)
    host = host or s.ui_host
    port = port or s.ui_port
    if auth is not None and auth_file is not None:
        raise ConfigError("Give --auth or --auth-file, not both.")
    if auth_file is not None:
        creds: list[tuple[str, str]] | None = read_auth_file(auth_file)
    else:
        one = parse_auth(
            auth if auth is not None else (s.ui_auth.get_secret_value() if s.ui_auth else None)
        )
        creds = [one] if one else None
    if creds is None and not is_loopback(host):
        raise ConfigError(refusal_message(host))
    sock = _listen(host, port)
    try:
        idx = open_index(s)
        seed_if_empty(idx, seeds)
        _warm_up(s)
        # Chats from an old shared chats.json go to the login (with none, to the first browser).
        demo = build_app(s, idx, import_owner=f"user:{creds[0][0]}" if creds else None)
        app = build_api(idx, s, logins=[u for u, _ in creds] if creds else ())
        app = gr.mount_gradio_app(
            app,
            demo,
            path="/",
            server_name=host,
            server_port=port,
            auth=creds,
            css=CSS,
            show_error=False,
            footer_links=["api", "settings"],
        )
    except BaseException:
        sock.close()
        raise
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    url = f"http://{shown}:{port}"
    print(
        f"newsrag chat: {url}" + (_login_note([u for u, _ in creds]) if creds else ""),
        flush=True,
    )
    print(f"newsrag API: {url}/api/docs (keys: newsrag api-key create)", flush=True)
    # Access logs stay off: request lines are not needed, and nothing may log a key.
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    server = uvicorn.Server(config)
    served = Served(app, demo, server, url)
    if block:
        server.run(sockets=[sock])
        return served
    served.thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="newsrag-serve", daemon=True
    )
    served.thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not served.thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise ConfigError(f"The server on {host}:{port} did not start; see the log above.")
        time.sleep(0.01)
    return served
