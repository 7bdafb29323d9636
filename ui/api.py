"""The REST API and the OpenAI-compatible chat endpoint, served beside the chat app.

``build_api(index, settings)`` returns a FastAPI app; ``serve()`` in ``ui/app.py`` mounts the
Gradio app into it, so one server (one port, one process) answers both. Routes only turn JSON
into library calls and results (or ``RagError``) into JSON; the work is in ``rag``.

Who may call it:

- With logins (``--auth-file`` / ``RAG_UI_AUTH``), every request needs an API key, sent as
  ``Authorization: Bearer nr_...`` (create one with ``newsrag api-key create``).
- Without logins the server only listens on loopback. Once any API key exists, keys are
  required there too; before that, local callers need none, but a browser page from another
  site (an ``Origin`` other than this server) or a request for a non-loopback ``Host`` (DNS
  rebinding) is refused, since on loopback those are the only callers who are not you.
- Each key (or the keyless local caller) may make ``RAG_API_RATE_PER_MINUTE`` requests a minute.

Endpoints: ``/api/v1/answer``, ``who_said``, ``summarize``, ``search`` (POST, JSON);
``/api/v1/speakers[/{name}]`` (GET); ``/api/v1/articles`` (GET list, POST files or URLs,
DELETE ``/{id}``); ``/api/v1/saved`` (saved searches of the key's user); and the
OpenAI-compatible ``/v1/chat/completions`` and ``/v1/models``, whose one model is ``newsrag``.

Chat replies are newsrag's verified answers: citations are ``[n]`` in the text, followed by a
``Sources:`` list (unless the request sets ``newsrag_sources_in_text`` false), and the extra
field ``newsrag_sources`` (on the response, or on the last chunk of a stream) lists the cited
passages. A stream sends the verified text once it is checked, never the model's draft.

Errors, whatever the endpoint, are ``{"error": {"message", "type", "code"}}`` (OpenAI's shape,
so the ``openai`` SDK shows the message). The OpenAPI docs are at ``/api/docs``.
"""

from __future__ import annotations

import json
import logging
import math
import re
import shutil
import sqlite3
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypedDict
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, File, Form, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

import rag
from rag.apikeys import KeyStore, RateLimiter
from rag.catalog import storage_error
from rag.errors import (
    ConfigError,
    InputError,
    LLMError,
    LLMUnavailableError,
    PromptError,
    RagError,
    SpeakerNotFoundError,
    StoreError,
)
from rag.index import Index, IngestReport
from rag.llm import LLM
from rag.saved import SavedSearches, check_after_ingest, owner_for, store_path
from rag.settings import Settings
from rag.types import Answer
from ui.api_models import (
    AnswerOut,
    AnswerRequest,
    ArticlesOut,
    ChatMessage,
    ChatRequest,
    ErrorBody,
    Filters,
    IngestOut,
    RemovedOut,
    SavedListOut,
    SavedNewOut,
    SavedSearchOut,
    SaveRequest,
    SearchOut,
    SearchRequest,
    SourceOut,
    SpeakerPageOut,
    SpeakersOut,
    SummarizeRequest,
    WhoSaidOut,
    WhoSaidRequest,
)
from ui.app import is_loopback
from ui.handlers import check_k, check_topic, filters, unexpected

log = logging.getLogger(__name__)

PREFIX = "/api/v1"
MODEL_ID = "newsrag"
MAX_UPLOAD_MB = 50  # per request; larger collections go in with `newsrag ingest` on the server
CONCURRENCY = 4  # requests answering at once, as many as the chat app's queue runs
SOURCES_HEADING = "Sources:"

MISSING_KEY = (
    "This API needs an API key: send the header 'Authorization: Bearer nr_...'. Create a key "
    "on the server with `newsrag api-key create --user NAME`."
)
BAD_KEY = (
    "The API key is not valid: it is unknown, revoked or mistyped. Create a new one on the "
    "server with `newsrag api-key create`, or see the active ones with `newsrag api-key list`."
)
RATE_LIMITED = (
    "Too many requests for this API key: the limit is {n} a minute. Retry in {s} s, or ask "
    "the server's owner to raise RAG_API_RATE_PER_MINUTE."
)
CROSS_SITE = (
    "A request from a web page on another site needs an API key; send 'Authorization: Bearer "
    "nr_...' (create a key with `newsrag api-key create`)."
)
NOT_LOCAL_HOST = (
    "Without an API key this server only answers requests addressed to localhost; send "
    "'Authorization: Bearer nr_...' (create a key with `newsrag api-key create`)."
)

# The most specific class first: LLMUnavailableError before LLMError.
_STATUS: list[tuple[type[RagError], int, str]] = [
    (SpeakerNotFoundError, 404, "not_found"),
    (InputError, 400, "invalid_request"),
    (PromptError, 400, "invalid_request"),
    (ConfigError, 500, "server_error"),
    (StoreError, 503, "unavailable"),
    (LLMUnavailableError, 503, "unavailable"),
    (LLMError, 502, "model_error"),
    (RagError, 500, "server_error"),
]
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "No API key, or a key that is not valid."},
    429: {"model": ErrorBody, "description": "Rate limit; see the Retry-After header."},
    400: {"model": ErrorBody, "description": "Bad input; the message says what to change."},
}


class ApiError(Exception):
    """An HTTP error with a one-line message that says what to do."""

    def __init__(
        self, status: int, message: str, kind: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.kind, self.headers = status, message, kind, headers

    @classmethod
    def of(cls, exc: RagError) -> ApiError:
        """The status and type for a library error; its message unchanged."""
        status, kind = next((s, k) for t, s, k in _STATUS if isinstance(exc, t))
        return cls(status, str(exc), kind)

    def response(self) -> JSONResponse:
        """The JSON error response."""
        body = {"error": {"message": self.message, "type": self.kind, "code": self.status}}
        return JSONResponse(body, status_code=self.status, headers=self.headers)


@contextmanager
def library_errors(what: str, busy: threading.BoundedSemaphore | None = None) -> Iterator[None]:
    """RagError -> ApiError with its message; anything else -> 500 that points at the log.

    ``busy`` bounds how many requests run the pipeline at once (as the chat app's queue does);
    the others wait for a turn rather than all competing for the CPU and the model.
    """
    try:
        if busy is not None:
            with busy:
                yield
        else:
            yield
    except ApiError:
        raise
    except RagError as exc:
        raise ApiError.of(exc) from None
    except Exception as exc:
        raise ApiError(500, unexpected(exc, what), "server_error") from None


@dataclass(frozen=True)
class Caller:
    """Who made a request: an API key and its user ("" for none), or the keyless local caller."""

    key_id: str | None
    user: str = ""

    @property
    def owner(self) -> str:
        """Whose saved searches: the key's user, as their login in the app, else "local"."""
        return owner_for(self.user or None)


class Gate:
    """The FastAPI dependency that checks the API key and the rate limit of every request."""

    def __init__(self, keys: KeyStore, limiter: RateLimiter, logins: Sequence[str] = ()) -> None:
        self.keys, self.limiter, self.logins = keys, limiter, list(logins)

    def __call__(
        self,
        request: Request,
        bearer: HTTPAuthorizationCredentials | None = Depends(  # noqa: B008
            HTTPBearer(auto_error=False, description="An API key: nr_...")
        ),
    ) -> Caller:
        if bearer is not None:
            key = self.keys.verify(bearer.credentials)
            if key is None:
                raise ApiError(401, BAD_KEY, "invalid_api_key", {"WWW-Authenticate": "Bearer"})
            caller = Caller(key.id, key.user)
        elif self.logins or self.keys.has_active():
            raise ApiError(401, MISSING_KEY, "missing_api_key", {"WWW-Authenticate": "Bearer"})
        else:
            self._check_local(request)
            caller = Caller(None)
        wait = self.limiter.take(caller.key_id or "local")
        if wait > 0:
            s = max(1, math.ceil(wait - 1e-6))  # whole seconds, not 10.000001 -> 11
            raise ApiError(
                429,
                RATE_LIMITED.format(n=self.limiter.per_minute, s=s),
                "rate_limit_exceeded",
                {"Retry-After": str(s)},
            )
        return caller

    @staticmethod
    def _check_local(request: Request) -> None:
        """Keyless calls: only from this machine's own programs, not from other sites' pages."""
        host = request.headers.get("host", "")
        name = urlsplit(f"//{host}").hostname or ""
        if not is_loopback(name):
            raise ApiError(403, NOT_LOCAL_HOST, "forbidden")
        origin = request.headers.get("origin")  # browsers send it on cross-site requests
        if origin is not None and (origin == "null" or urlsplit(origin).netloc != host):
            raise ApiError(403, CROSS_SITE, "forbidden")


def _problem(e: dict[str, Any]) -> str:
    """One validation error as ``field.path: what is wrong``."""
    if e.get("type") == "json_invalid":
        return f"the body is not valid JSON ({(e.get('ctx') or {}).get('error', 'malformed')})"
    where = ".".join(str(p) for p in e["loc"] if p != "body") or "the body"
    return f"{where}: {e['msg']}"


def _filters(f: Filters) -> dict[str, Any]:
    return filters(f.outlet, f.published_from, f.published_to, f.article_id)


class SpeakerWindow(TypedDict):
    """The date range and outlets of a speakers request, as rag.speakers keywords."""

    since: str | None
    until: str | None
    outlets: list[str] | None


@dataclass(frozen=True)
class SpeakerQuery:
    """The query of a speakers endpoint: which statements, and CSV instead of JSON."""

    window: SpeakerWindow
    csv: bool


def _speaker_query(csv_help: str) -> Callable[..., SpeakerQuery]:
    """The query parameters both speakers endpoints declare; ``csv_help`` describes csv."""

    # One dependency for all four, so the OpenAPI docs keep format after the filters.
    def query(
        since: str = Query("", description="Statements published on or after YYYY-MM-DD."),
        until: str = Query("", description="Statements published on or before YYYY-MM-DD."),
        outlet: list[str] = Query([], description="Only these outlets (repeat for several)."),
        format: Literal["json", "csv"] = Query("json", description=csv_help),
    ) -> SpeakerQuery:
        window: SpeakerWindow = {
            "since": since or None,
            "until": until or None,
            "outlets": outlet or None,
        }
        return SpeakerQuery(window, format == "csv")

    return query


def _answer_out(ans: Answer) -> AnswerOut:
    return AnswerOut.model_validate(ans.to_dict())


def _report_out(report: IngestReport, rename: Callable[[str], str]) -> IngestOut:
    def rows(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [r | {"source": rename(str(r.get("source", "")))} for r in items]

    text = str(report)
    for tmp_source in {str(p.source) for p in report.problems} | {
        str(r.get("source", "")) for r in report.added + report.replaced + report.unchanged
    }:
        if tmp_source:
            text = text.replace(tmp_source, rename(tmp_source))
    return IngestOut.model_validate(
        {
            "added": rows(report.added),
            "replaced": rows(report.replaced),
            "unchanged": rows(report.unchanged),
            "problems": [
                {"source": rename(str(p.source)), "message": p.message, "skipped": p.skipped}
                for p in report.problems
            ],
            "chunks_embedded": report.chunks_embedded,
            "chunks_from_cache": report.chunks_from_cache,
            "message": text,
        }
    )


def chat_question(messages: list[ChatMessage]) -> tuple[str, list[dict[str, str]]]:
    """The question (the last message, from the user) and the earlier user/assistant turns."""
    if not messages:
        raise InputError("messages is empty; send at least one message with role 'user'.")
    if messages[-1].role != "user":
        raise InputError(
            f"The last message must be the user's question (role 'user'), not "
            f"{messages[-1].role!r}."
        )
    history = []
    for m in messages[:-1]:
        if m.role in ("user", "assistant"):
            text = m.plain()
            if m.role == "assistant":  # the Sources list this endpoint appended
                text = text.split(f"\n\n{SOURCES_HEADING}\n", 1)[0]
            history.append({"role": m.role, "content": text})
    return messages[-1].plain(), history


def sources_text(sources: list[SourceOut], quote_chars: int = 120) -> str:
    """The Sources list appended to a chat message, one line per citation:
    ``[n] Title — Outlet, date, URL: the supporting sentence…``."""
    lines = [SOURCES_HEADING]
    for s in sources:
        when = s.published.isoformat() if s.published else "undated"
        where = ", ".join(x for x in (s.outlet or "unknown outlet", when, s.url) if x)
        # The sentence that supports the claim tells readers apart passages of one article.
        a, b = s.spans[0] if s.spans else (s.start, s.end)
        quote = " ".join(s.text[a - s.start : b - s.start].split())
        if len(quote) > quote_chars:
            quote = quote[:quote_chars].rsplit(" ", 1)[0] + "…"
        lines.append(f"[{s.number}] {s.title} — {where}: {quote}")
    return "\n".join(lines)


def build_api(
    index: Index,
    settings: Settings | None = None,
    *,
    logins: Sequence[str] = (),
    keys: KeyStore | None = None,
    limiter: RateLimiter | None = None,
    llm: LLM | None = None,
    concurrency: int = CONCURRENCY,
) -> FastAPI:
    """The API over ``index``; ``logins`` are the app's users (then every call needs a key).

    ``keys`` and ``limiter`` default to the data directory's key store and
    ``settings.api_rate_per_minute``; ``llm`` replaces the configured backend (tests).
    """
    s = settings or index.settings
    keys = keys or KeyStore(Path(s.data_dir), read_only_ok=True)
    limiter = limiter or RateLimiter(s.api_rate_per_minute)
    gate = Gate(keys, limiter, logins)
    busy = threading.BoundedSemaphore(concurrency)
    started = int(time.time())
    app = FastAPI(
        title="newsrag API",
        version=_version(),
        summary="Cited answers from news articles; every citation is checked against the source.",
        description=__doc__,
        docs_url="/api/docs",
        openapi_url="/api/openapi.json",
        redoc_url=None,
    )

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> JSONResponse:
        # uvicorn logs the traceback; the client gets one line in the usual shape.
        msg = (
            f"Something went wrong while handling {request.method} {request.url.path} "
            f"({type(exc).__name__}). The details are in the server log."
        )
        return ApiError(500, msg, "server_error").response()

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(_problem(e) for e in exc.errors())
        msg = f"The request is not valid: {problems}. See /api/docs for the expected fields."
        return ApiError(422, msg, "invalid_request").response()

    authed: dict[str, Any] = {"responses": _ERRORS}

    # -- /api/v1 --------------------------------------------------------------------------------
    @app.post(f"{PREFIX}/answer", tags=["newsrag"], **authed)
    def post_answer(req: AnswerRequest, caller: Caller = Depends(gate)) -> AnswerOut:
        """Answer a question with citations the code has checked against the articles."""
        with library_errors("answering", busy):
            ans = rag.answer(
                req.question,
                k=check_k(req.k, None),
                filters=_filters(req),
                history=[(t.question, t.answer) for t in req.history],
                prompt=req.prompt or None,
                llm=llm,
                index=index,
            )
        return _answer_out(ans)

    @app.post(f"{PREFIX}/who_said", tags=["newsrag"], **authed)
    def post_who_said(req: WhoSaidRequest, caller: Caller = Depends(gate)) -> WhoSaidOut:
        """Who said what about a topic or a person: each statement with its speaker."""
        with library_errors("finding statements", busy):
            topic = check_topic(req.topic, s)
            attrs = rag.who_said(
                topic, filters=_filters(req), k=check_k(req.k, 10) or 10, index=index
            )
        return WhoSaidOut.model_validate(
            {"topic": topic, "attributions": [a.to_dict() for a in attrs]}
        )

    @app.post(f"{PREFIX}/summarize", tags=["newsrag"], **authed)
    def post_summarize(req: SummarizeRequest, caller: Caller = Depends(gate)) -> AnswerOut:
        """A cited summary of one article (id or unique prefix) or of a topic's coverage."""
        with library_errors("summarizing", busy):
            length: str | int = req.length
            if isinstance(length, str) and length.isdigit():
                length = int(length)
            ans = rag.summarize(
                article_id=req.article_id or None,
                topic=check_topic(req.topic, s) if req.topic else None,
                length=length,
                llm=llm,
                index=index,
            )
        return _answer_out(ans)

    @app.post(f"{PREFIX}/search", tags=["newsrag"], **authed)
    def post_search(req: SearchRequest, caller: Caller = Depends(gate)) -> SearchOut:
        """Ranked passages for a query (what an answer would read), with their scores."""
        from rag.attributions import phrase_first

        with library_errors("searching", busy):
            query = check_topic(req.query, s)
            k = check_k(req.k, 5) or 5
            f = _filters(req)
            passages = rag.retrieve(query, k=k, filters=f, index=index)
            passages = phrase_first(query, passages, index, filters=f)[0][:k]
        return SearchOut.model_validate(
            {"query": query, "passages": [p.to_dict() for p in passages]}
        )

    @app.get(f"{PREFIX}/speakers", tags=["speakers"], **authed)
    def get_speakers(
        caller: Caller = Depends(gate),
        q: SpeakerQuery = Depends(_speaker_query("csv: a CSV file.")),
    ) -> Any:
        """Everyone quoted in the indexed articles, most statements first."""
        from rag.speakers import speakers_csv

        with library_errors("listing speakers", busy):
            people = rag.speakers(**q.window, index=index)
        if q.csv:
            return PlainTextResponse(speakers_csv(people), media_type="text/csv")
        return SpeakersOut.model_validate({"speakers": [p.to_dict() for p in people]})

    @app.get(
        f"{PREFIX}/speakers/{{name}}",
        tags=["speakers"],
        **(authed | {"responses": _ERRORS | {404: {"model": ErrorBody}}}),
    )
    def get_speaker(
        name: str,
        caller: Caller = Depends(gate),
        q: SpeakerQuery = Depends(_speaker_query("csv: the timeline as CSV.")),
    ) -> Any:
        """One speaker (a name, alias or surname): statements in date order, topic counts."""
        from rag.speakers import speaker_csv

        with library_errors("finding the speaker", busy):
            page = rag.speaker(name, **q.window, index=index)
        if q.csv:
            return PlainTextResponse(speaker_csv(page), media_type="text/csv")
        return SpeakerPageOut.model_validate(page.to_dict())

    @app.get(f"{PREFIX}/articles", tags=["articles"], **authed)
    def get_articles(caller: Caller = Depends(gate)) -> ArticlesOut:
        """Every indexed article, newest first."""
        with library_errors("listing articles"):
            rows = index.list_articles()
        return ArticlesOut.model_validate({"articles": rows})

    @app.post(
        f"{PREFIX}/articles",
        tags=["articles"],
        status_code=201,
        **(authed | {"responses": _ERRORS | {200: {"description": "Nothing new was added."}}}),
    )
    def post_articles(
        caller: Caller = Depends(gate),
        files: list[UploadFile] = File(  # noqa: B008
            default=[], description="Article files: .txt, .md, .html, .json, .jsonl."
        ),
        urls: list[str] = Form(  # noqa: B008
            default=[], description="Web pages or RSS/Atom feeds to fetch and add."
        ),
    ) -> Any:
        """Add articles from uploaded files and/or URLs (201 when something was added).

        An input that cannot be read is listed under ``problems``; when nothing could be
        added at all the answer is 422 with the reasons.
        """
        urls = [u.strip() for u in urls if u.strip()]
        if not files and not urls:
            raise ApiError(
                400,
                "Send article files (multipart field 'files') or web addresses (field 'urls').",
                "invalid_request",
            )
        bad = [u for u in urls if not u.lower().startswith(("http://", "https://"))]
        if bad:
            raise ApiError(
                400,
                f"Not a web address: {bad[0]!r}; urls must start with http(s)://.",
                "invalid_request",
            )
        tmp = Path(tempfile.mkdtemp(prefix="newsrag-api-"))
        try:
            paths = _save_uploads(files, tmp)
            with library_errors("adding articles"):
                report = index.ingest(
                    [*paths, *urls],
                    progress=False,
                    allow_private=index.settings.api_web_private,
                )
                # As after `newsrag ingest`: saved searches report (and POST) what is new.
                alerts = check_after_ingest(index) if report.added or report.replaced else ""

            def rename(source: str) -> str:
                # The client knows its file by name, not by this server's temporary path.
                return Path(source).name if source.startswith(str(tmp)) else source

            out = _report_out(report, rename)
            out.saved_searches = alerts
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        if report.added or report.replaced:
            return JSONResponse(out.model_dump(mode="json"), status_code=201)
        if report.unchanged:
            return JSONResponse(out.model_dump(mode="json"), status_code=200)
        reasons = "; ".join(f"{p.source}: {p.message}" for p in out.problems) or "no articles"
        raise ApiError(422, f"No article was added: {reasons}", "invalid_request")

    @app.delete(f"{PREFIX}/articles/{{article_id}}", tags=["articles"], **authed)
    def delete_article(article_id: str, caller: Caller = Depends(gate)) -> RemovedOut:
        """Remove one article (its id, or a unique prefix of it) from the index."""
        with library_errors("removing the article"):
            if not index.catalog.find_article_ids(article_id.strip()):
                raise ApiError(
                    404,
                    f"No article with id {article_id!r}; GET {PREFIX}/articles lists the ids.",
                    "not_found",
                )
            removed = index.remove(article_id)
        return RemovedOut(removed=removed)

    # -- saved searches (rag/saved.py) ----------------------------------------------------------
    @contextmanager
    def saved_store() -> Iterator[SavedSearches]:
        with library_errors("reading saved searches"):
            try:
                store = SavedSearches(store_path(s))
            except (sqlite3.Error, OSError) as exc:
                raise storage_error(exc, Path(s.data_dir).expanduser()) from exc
            with store:
                yield store

    def saved_out(store: SavedSearches, owner: str, search: Any) -> SavedSearchOut:
        unseen = store.unseen_counts(owner).get(search.id, 0)
        return SavedSearchOut.model_validate(search.to_dict() | {"new_since_visit": unseen})

    @app.get(f"{PREFIX}/saved", tags=["saved searches"], **authed)
    def list_saved(caller: Caller = Depends(gate)) -> SavedListOut:
        """The caller's saved searches, with how many matches are new since the last visit."""
        with saved_store() as store:
            rows = [saved_out(store, caller.owner, x) for x in store.searches(caller.owner)]
        return SavedListOut(saved=rows)

    @app.post(f"{PREFIX}/saved", tags=["saved searches"], status_code=201, **authed)
    def add_saved(req: SaveRequest, caller: Caller = Depends(gate)) -> SavedSearchOut:
        """Follow a who-said query, a topic or a speaker; articles indexed later are checked."""
        with saved_store() as store:
            search = store.add(caller.owner, req.kind, req.query, index=index, webhook=req.webhook)
            return saved_out(store, caller.owner, search)

    @app.get(f"{PREFIX}/saved/{{search_id}}", tags=["saved searches"], **authed)
    def get_saved(search_id: str, caller: Caller = Depends(gate)) -> SavedNewOut:
        """One saved search and the matches found since the last visit (oldest first)."""
        with saved_store() as store:
            search = _own_search(store, caller.owner, search_id)
            new = [m.to_dict() for m in store.unseen(caller.owner, search.id)]
            return SavedNewOut.model_validate(
                {"search": saved_out(store, caller.owner, search), "new": new}
            )

    @app.post(f"{PREFIX}/saved/{{search_id}}/seen", tags=["saved searches"], **authed)
    def saved_seen(search_id: str, caller: Caller = Depends(gate)) -> SavedSearchOut:
        """Mark what the search found so far as seen."""
        with saved_store() as store:
            _own_search(store, caller.owner, search_id)
            return saved_out(store, caller.owner, store.mark_seen(caller.owner, search_id))

    @app.delete(f"{PREFIX}/saved/{{search_id}}", tags=["saved searches"], **authed)
    def delete_saved(search_id: str, caller: Caller = Depends(gate)) -> SavedSearchOut:
        """Stop following a search; returns it as it was."""
        with saved_store() as store:
            _own_search(store, caller.owner, search_id)
            return saved_out(store, caller.owner, store.remove(caller.owner, search_id))

    # -- OpenAI-compatible ----------------------------------------------------------------------
    model_card = {"id": MODEL_ID, "object": "model", "created": started, "owned_by": "newsrag"}

    @app.get("/v1/models", tags=["openai"], **authed)
    def list_models(caller: Caller = Depends(gate)) -> dict[str, Any]:
        """The one model this server offers: ``newsrag``."""
        return {"object": "list", "data": [model_card]}

    @app.get("/v1/models/{model}", tags=["openai"], **authed)
    def get_model(model: str, caller: Caller = Depends(gate)) -> dict[str, Any]:
        """One model by id."""
        _check_model(model)
        return model_card

    @app.post("/v1/chat/completions", tags=["openai"], **authed)
    def chat_completions(req: ChatRequest, caller: Caller = Depends(gate)) -> Any:
        """Chat with newsrag's verified answers; OpenAI's request and response shapes.

        The reply cites passages as [n] in its text, followed (unless
        ``newsrag_sources_in_text`` is false) by a ``Sources:`` list. The extra field
        ``newsrag_sources`` (on the response, or on the last chunk when streaming) lists the
        cited passages: number, article id, title, outlet, published, url, text and offsets.
        Streaming sends the verified answer in word-sized pieces once it is checked; the
        model's unverified draft is never sent.
        """
        _check_model(req.model)
        with library_errors("answering", busy):
            question, history = chat_question(req.messages)
            ans = rag.answer(question, history=history, llm=llm, index=index)
            sources = _sources(ans, index)
        content = ans.text
        if req.newsrag_sources_in_text and sources:
            content += "\n\n" + sources_text(sources)
        sources_json = [x.model_dump(mode="json") for x in sources]
        usage = {
            "prompt_tokens": int(ans.usage.get("prompt_tokens", 0)),
            "completion_tokens": int(ans.usage.get("completion_tokens", 0)),
        }
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        head = {
            # The answer's request id, so a reply can be found in the trace log.
            "id": f"chatcmpl-{ans.request_id or uuid.uuid4().hex}",
            "created": int(time.time()),
            "model": MODEL_ID,
            "system_fingerprint": s.fingerprint(),
        }
        if not req.stream:
            return head | {
                "object": "chat.completion",
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": "stop",
                        "logprobs": None,
                    }
                ],
                "usage": usage,
                "newsrag_sources": sources_json,
            }
        with_usage = bool(req.stream_options and req.stream_options.include_usage)
        return StreamingResponse(
            _sse(head, content, sources_json, usage if with_usage else None),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache"},
        )

    def _check_model(model: str) -> None:
        if model != MODEL_ID:
            raise ApiError(
                404,
                f"The model {model!r} does not exist here; use {MODEL_ID!r} (GET /v1/models).",
                "model_not_found",
            )

    # Anything else under the API's prefixes is a JSON 404, not the chat app's page.
    for prefix in (PREFIX, "/v1"):

        @app.api_route(
            f"{prefix}/{{rest:path}}",
            methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            include_in_schema=False,
        )
        def _no_such_endpoint(request: Request, rest: str) -> JSONResponse:
            return ApiError(
                404,
                f"No such endpoint: {request.method} {request.url.path}; see /api/docs.",
                "not_found",
            ).response()

    return app


def _own_search(store: SavedSearches, owner: str, search_id: str) -> Any:
    """The owner's saved search, or 404 (another owner's searches do not exist for them)."""
    try:
        return store.get(owner, search_id)
    except InputError:
        raise ApiError(
            404,
            f"No saved search #{search_id}; GET {PREFIX}/saved lists yours.",
            "not_found",
        ) from None


def _sources(ans: Answer, index: Index) -> list[SourceOut]:
    """The cited passages of an answer with each article's URL."""
    urls: dict[str, str] = {}
    out = []
    for n, cit in sorted(ans.citations.items()):
        aid = cit.passage.chunk.article_id
        if aid not in urls:
            art = index.catalog.article(aid)
            urls[aid] = art.url if art is not None else ""
        out.append(SourceOut.model_validate(cit.to_dict() | {"number": n, "url": urls[aid]}))
    return out


def _sse(
    head: dict[str, Any],
    content: str,
    sources: list[dict[str, Any]],
    usage: dict[str, int] | None,
) -> Iterator[str]:
    """An OpenAI chat completion stream: role, the text in word pieces, stop (+ sources)."""

    def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        body = head | {
            "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
        }
        return f"data: {json.dumps(body | extra, ensure_ascii=False)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    for piece in re.findall(r"\s*\S+", content) or [content]:
        yield chunk({"content": piece})
    yield chunk({}, "stop", newsrag_sources=sources)
    if usage is not None:
        body = head | {"object": "chat.completion.chunk", "choices": [], "usage": usage}
        yield f"data: {json.dumps(body)}\n\n"
    yield "data: [DONE]\n\n"


def _save_uploads(files: list[UploadFile], folder: Path) -> list[Path]:
    """Write uploads into ``folder`` under their own names (the extension picks the reader)."""
    paths: list[Path] = []
    total = 0
    for i, f in enumerate(files):
        name = Path(f.filename or "").name or f"upload-{i}.txt"
        # One folder per file: two uploads with the same name must not overwrite each other.
        dest = folder / str(i) / name
        dest.parent.mkdir()
        with dest.open("wb") as out:
            while block := f.file.read(1 << 20):
                total += len(block)
                if total > MAX_UPLOAD_MB * 1024 * 1024:
                    raise ApiError(
                        413,
                        f"The upload is larger than {MAX_UPLOAD_MB} MB; send fewer files at "
                        "once, or run `newsrag ingest` on the server.",
                        "too_large",
                    )
                out.write(block)
        paths.append(dest)
    return paths


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsrag")
    except PackageNotFoundError:  # pragma: no cover - running from a checkout
        return "0"
