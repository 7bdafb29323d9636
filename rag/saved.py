"""Saved searches and alerts: follow a who-said query, a topic or a speaker, hear what is new.

A saved search belongs to an owner (``user:NAME`` when the app has logins, ``local``
otherwise) and is kept in ``<data_dir>/saved.sqlite3`` (mode 0600). ``SavedSearches.check``
runs after each ingest and each ``watch`` poll:

- every complete article not seen by an earlier check is recorded as arriving now (a numbered
  check, ``seq``); a search only looks at articles that arrived after its own last check, so
  saving a search never reports the articles that were already there;
- the search's matches in those articles are stored once each (a statement is one speaker
  saying one quote, however many articles carry it; an article is its id), so "new" means
  never reported to this search before;
- a search with a webhook gets one JSON POST with its undelivered matches; a webhook that is
  down leaves them undelivered, and the next check sends them again. Ingest never fails
  because of a webhook.

The UI's "new since your last visit" counts matches found after the owner last marked the
search seen (``visited_seq``), separately from what the last check reported.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args
from urllib.parse import urlsplit

from rag.database import open_private
from rag.errors import InputError, RagError
from rag.quotes import resolve_speaker, speaker_names
from rag.settings import Settings, get_settings
from rag.text import content_words
from rag.types import Attribution, short_hash

if TYPE_CHECKING:
    from rag.index import Index

log = logging.getLogger(__name__)

Kind = Literal["who_said", "topic", "speaker"]
KINDS: tuple[str, ...] = get_args(Kind)
KIND_LABELS = {"who_said": "who said", "topic": "topic", "speaker": "speaker"}
LOCAL_OWNER = "local"  # the owner of saved searches when the app has no logins
FILE_NAME = "saved.sqlite3"
MAX_QUERY_CHARS = 300
# New articles are searched this many at a time, so that k (at most 50) covers each of them.
BATCH_ARTICLES = 10
# A topic alert needs a passage at least this close to the topic (MiniLM cosine), or one that
# holds every content word of it. Chosen on the fictional examples in tests/test_saved.py,
# where "bridge repairs" is 0.35 from a ferry-strike story and 0.53 from a bridge closure.
TOPIC_MIN_COSINE = 0.45
WEBHOOK_TIMEOUT_S = 5.0
WEBHOOK_TRIES = 3
WEBHOOK_BACKOFF_S = 0.5  # then doubled: 0.5 s, 1 s
EVENT = "newsrag.saved_search.new_matches"
SHOWN_PER_SEARCH = 5  # lines of new items per search in the CLI report

_SCHEMA = """
CREATE TABLE IF NOT EXISTS searches (
    id INTEGER PRIMARY KEY AUTOINCREMENT, owner TEXT NOT NULL, kind TEXT NOT NULL,
    query TEXT NOT NULL, webhook TEXT, created TEXT NOT NULL,
    checked_seq INTEGER NOT NULL, visited_seq INTEGER NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS searches_unique ON searches (owner, kind, query);
CREATE TABLE IF NOT EXISTS arrivals (article_id TEXT PRIMARY KEY, seq INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS matches (
    search_id INTEGER NOT NULL, key TEXT NOT NULL, type TEXT NOT NULL, seq INTEGER NOT NULL,
    found TEXT NOT NULL, data TEXT NOT NULL, notified INTEGER NOT NULL,
    PRIMARY KEY (search_id, key));
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def owner_for(user: str | None) -> str:
    """The owner of a user's saved searches: ``user:NAME``, or ``local`` without a login."""
    return f"user:{user.strip()}" if user and user.strip() else LOCAL_OWNER


def _now(now: datetime | None) -> str:
    return (now or datetime.now(UTC)).isoformat(timespec="seconds")


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


@dataclass(frozen=True)
class SavedSearch:
    """One followed who-said query, topic or speaker, and how far its owner has read."""

    id: int
    owner: str
    kind: str
    query: str
    webhook: str | None
    created: str
    checked_seq: int
    visited_seq: int

    def __str__(self) -> str:
        return f"#{self.id} {KIND_LABELS.get(self.kind, self.kind)}: {self.query}"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)


@dataclass(frozen=True)
class Match:
    """A statement or an article that a saved search found, and when it was found."""

    search_id: int
    key: str
    type: Literal["statement", "article"]
    found: str
    data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)

    def line(self) -> str:
        """One line for the CLI and the UI."""
        d = self.data
        where = f"{d.get('outlet') or '?'}, {d.get('published') or 'undated'}"
        if self.type == "article":
            return f"article: {d['title']} — {where}"
        role = f" ({d['role']})" if d.get("role") else ""
        quote = f'"{d["quote"]}"' if d.get("kind") == "direct" else d["quote"]
        return f"{d['speaker']}{role} {d['cue']} [{d['kind']}]: {quote} — {d['title']}, {where}"


@dataclass(frozen=True)
class Delivery:
    """How one webhook POST went."""

    url: str
    ok: bool
    attempts: int
    status: int | None = None
    error: str = ""
    items: int = 0

    def __str__(self) -> str:
        if self.ok:
            return f"webhook {self.url}: delivered {self.items} item(s) (HTTP {self.status})"
        return (
            f"webhook {self.url} FAILED after {self.attempts} tries ({self.error}); "
            f"the {self.items} new item(s) are kept and will be sent again at the next check "
            "(`newsrag saved check`)"
        )


@dataclass
class SearchResult:
    """What one check found for one saved search."""

    search: SavedSearch
    new: list[Match] = field(default_factory=list)
    delivery: Delivery | None = None
    error: str = ""

    @property
    def statements(self) -> list[Match]:
        """The new statements."""
        return [m for m in self.new if m.type == "statement"]

    @property
    def articles(self) -> list[Match]:
        """The new articles."""
        return [m for m in self.new if m.type == "article"]

    def summary(self) -> str:
        """'2 new statements, 1 new article' or 'nothing new'."""
        if self.error:
            return f"not checked: {self.error}"
        parts = []
        for n, what in ((len(self.statements), "statement"), (len(self.articles), "article")):
            if n:
                parts.append(f"{n} new {what}{'s' if n != 1 else ''}")
        return ", ".join(parts) or "nothing new"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "search": self.search.to_dict(),
            "new": [m.to_dict() for m in self.new],
            "delivery": asdict(self.delivery) if self.delivery else None,
            "error": self.error,
        }


@dataclass
class CheckReport:
    """What one check found, search by search."""

    results: list[SearchResult] = field(default_factory=list)

    def __str__(self) -> str:
        lines = []
        for r in self.results:
            lines.append(f"Saved search {r.search}: {r.summary()}")
            for m in r.new[:SHOWN_PER_SEARCH]:
                lines.append(f"  + {m.line()}")
            if len(r.new) > SHOWN_PER_SEARCH:
                lines.append(f"  … and {len(r.new) - SHOWN_PER_SEARCH} more")
            if r.delivery is not None:
                lines.append(f"  {r.delivery}")
        return "\n".join(lines)

    @property
    def failed_deliveries(self) -> list[Delivery]:
        """Webhook POSTs that did not get through."""
        return [r.delivery for r in self.results if r.delivery and not r.delivery.ok]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"results": [r.to_dict() for r in self.results]}


# -- matching ------------------------------------------------------------------------------------
def statement_data(a: Attribution) -> dict[str, Any]:
    """The fields of a statement an alert carries."""
    return {
        "speaker": a.speaker,
        "role": a.role,
        "kind": a.kind,
        "cue": a.cue,
        "quote": a.quote,
        "article_id": a.article_id,
        "title": a.title,
        "outlet": a.outlet,
        "published": a.published.isoformat() if a.published else None,
        "start": a.start,
        "end": a.end,
    }


def statement_key(a: Attribution) -> str:
    """One key per speaker and quote, so a copy in another article is not new again."""
    return "s:" + short_hash(f"{_fold(a.speaker)}\n{_fold(a.quote)}", 16)


def speaker_matches(name: str, attrs: Sequence[Attribution]) -> list[Attribution]:
    """The statements whose speaker is ``name``: full name, alias or surname, any case."""
    names = speaker_names(list(attrs))
    want = _fold(name)
    hit = {c for c, ns in names.items() if want in {_fold(n) for n in ns}}
    if not hit:
        found = resolve_speaker(name, sorted(names))
        hit = {found} if found else set()
    return [a for a in attrs if a.speaker in hit]


def _batches(ids: Sequence[str], size: int = BATCH_ARTICLES) -> Iterable[list[str]]:
    for i in range(0, len(ids), size):
        yield list(ids[i : i + size])


def find_matches(
    kind: str, query: str, index: Index, article_ids: Sequence[str]
) -> tuple[list[Attribution], list[str]]:
    """The statements and the article ids among ``article_ids`` that match a saved search.

    A speaker matches their statements; a who-said query the statements ``who_said`` finds;
    a topic the articles ``retrieve`` finds relevant. Statements bring their articles along.
    """
    if not article_ids:
        return [], []
    ids = sorted(article_ids)
    attrs: list[Attribution] = []
    if kind == "speaker":
        for batch in _batches(ids, 500):  # SQLite caps the parameters of one query
            attrs.extend(speaker_matches(query, index.catalog.attributions(batch)))
    elif kind == "who_said":
        from rag.attributions import who_said

        for batch in _batches(ids):
            got = who_said(query, filters={"article_id": batch}, k=5 * len(batch), index=index)
            attrs.extend(got)
    elif kind == "topic":
        from rag.retrieve import retrieve

        found: list[str] = []
        words = set(content_words(query))
        for batch in _batches(ids):
            for p in retrieve(query, filters={"article_id": batch}, k=5 * len(batch), index=index):
                # Retrieval's floor suits ranking passages for a question; an alert needs a
                # passage that is clearly about the topic, or names every word of it.
                on_topic = (p.dense_score or -1.0) >= TOPIC_MIN_COSINE or (
                    words and words <= set(content_words(p.chunk.text))
                )
                if on_topic and p.chunk.article_id not in found:
                    found.append(p.chunk.article_id)
        published = {aid: _published(index, aid) for aid in found}
        return [], sorted(found, key=lambda aid: (published[aid], aid))
    else:
        raise InputError(_kind_problem(kind))
    # Oldest first, each article's statements in text order: an alert reads as a timeline.
    attrs.sort(key=lambda a: (a.published or date.min, a.article_id, a.start))
    articles: list[str] = []
    for a in attrs:
        if a.article_id not in articles:
            articles.append(a.article_id)
    return attrs, articles


def _published(index: Index, article_id: str) -> date:
    art = index.catalog.article(article_id)
    return (art.published if art else None) or date.min


def _kind_problem(kind: str) -> str:
    return f"Unknown saved-search kind {kind!r}; use {', '.join(KINDS)}."


def check_query(kind: str, query: str) -> str:
    """The query, trimmed, or InputError saying what to fix."""
    if kind not in KINDS:
        raise InputError(_kind_problem(kind))
    q = " ".join(str(query or "").split())
    if not q:
        what = {"who_said": "who-said question", "topic": "topic", "speaker": "speaker's name"}
        raise InputError(f"Give the {what[kind]} to save.")
    if len(q) > MAX_QUERY_CHARS:
        raise InputError(
            f"A saved search is at most {MAX_QUERY_CHARS} characters (got {len(q):,}); shorten it."
        )
    return q


def check_webhook(url: str | None) -> str | None:
    """The webhook URL, or InputError unless it is an http(s) URL with a host."""
    if url is None or not url.strip():
        return None
    u = url.strip()
    parts = urlsplit(u)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"The webhook must be an http:// or https:// URL with a host (got {u!r}).")
    return u


# -- webhooks ------------------------------------------------------------------------------------
def post_webhook(
    url: str,
    payload: dict[str, Any],
    *,
    timeout: float = WEBHOOK_TIMEOUT_S,
    tries: int = WEBHOOK_TRIES,
    backoff: float = WEBHOOK_BACKOFF_S,
    sleep: Callable[[float], None] = time.sleep,
    user_agent: str | None = None,
) -> Delivery:
    """POST ``payload`` to ``url``, retrying refused connections, timeouts, 429 and 5xx."""
    from rag.web import USER_AGENT, FetchError, post_json

    items = len(payload.get("statements", [])) + len(payload.get("articles", []))
    status: int | None = None
    error = ""
    for attempt in range(1, tries + 1):
        if attempt > 1:
            sleep(backoff * 2 ** (attempt - 2))
        try:
            status = post_json(url, payload, timeout=timeout, user_agent=user_agent or USER_AGENT)
        except FetchError as exc:
            status, error = None, str(exc)
            continue
        if 200 <= status < 300:
            return Delivery(url, True, attempt, status, "", items)
        error = f"HTTP {status}"
        if status != 429 and status < 500:  # the receiver refuses it: asking again won't help
            return Delivery(url, False, attempt, status, error, items)
    return Delivery(url, False, tries, status, error, items)


def webhook_payload(search: SavedSearch, new: Sequence[Match], checked_at: str) -> dict[str, Any]:
    """The JSON body POSTed to a saved search's webhook."""
    return {
        "event": EVENT,
        "checked_at": checked_at,
        "search": {
            "id": search.id,
            "owner": search.owner,
            "kind": search.kind,
            "query": search.query,
        },
        "statements": [m.data for m in new if m.type == "statement"],
        "articles": [m.data for m in new if m.type == "article"],
    }


# -- the store -----------------------------------------------------------------------------------
_COLUMNS = "id, owner, kind, query, webhook, created, checked_seq, visited_seq"


class SavedSearches:
    """Saved searches of every owner in one SQLite file; reads and writes name the owner."""

    def __init__(self, path: Path | None) -> None:
        """Open (or create) the store at ``path``; None keeps it in memory."""
        self.path = path
        self._lock = threading.RLock()
        self._db = open_private(path)  # owner-only: webhook URLs may carry tokens
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> SavedSearches:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the check counter and the arrivals ledger ----------------------------------------------
    def _next_seq(self) -> int:
        row = self._db.execute("SELECT value FROM meta WHERE key = 'seq'").fetchone()
        seq = int(row[0]) + 1 if row else 1
        self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('seq', ?)", (str(seq),))
        return seq

    def _record_arrivals(self, complete: Iterable[str], seq: int) -> None:
        self._db.executemany(
            "INSERT OR IGNORE INTO arrivals (article_id, seq) VALUES (?, ?)",
            [(a, seq) for a in complete],
        )

    # -- saved searches ---------------------------------------------------------------------------
    def add(
        self,
        owner: str,
        kind: str,
        query: str,
        *,
        index: Index,
        webhook: str | None = None,
        now: datetime | None = None,
    ) -> SavedSearch:
        """Save a search for ``owner``; what ``index`` already holds is not new to it."""
        q = check_query(kind, query)
        hook = check_webhook(webhook)
        complete = index.catalog.complete_ids()
        with self._lock, self._db:
            self._db.execute("BEGIN IMMEDIATE")
            dup = self._db.execute(
                "SELECT id FROM searches WHERE owner = ? AND kind = ? AND query = ?",
                (owner, kind, q),
            ).fetchone()
            if dup:
                raise InputError(
                    f"This search is already saved as #{dup[0]}; remove it first to change it."
                )
            # Articles here now arrive in a check of their own, which this search starts after
            # and earlier searches have yet to look at.
            seq = self._next_seq()
            self._record_arrivals(complete, seq)
            sid = self._db.execute(
                "INSERT INTO searches (owner, kind, query, webhook, created, checked_seq, "
                "visited_seq) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (owner, kind, q, hook, _now(now), seq, seq),
            ).lastrowid
        return self.get(owner, int(sid or 0))

    def searches(self, owner: str | None = None) -> list[SavedSearch]:
        """The owner's saved searches (every owner's for None), oldest first."""
        sql = f"SELECT {_COLUMNS} FROM searches"
        args: tuple[str, ...] = ()
        if owner is not None:
            sql, args = sql + " WHERE owner = ?", (owner,)
        with self._lock:
            rows = self._db.execute(sql + " ORDER BY id", args).fetchall()
        return [SavedSearch(*r) for r in rows]

    def get(self, owner: str | None, search_id: int | str) -> SavedSearch:
        """One of the owner's saved searches (anyone's for None), or InputError."""
        try:
            sid = int(str(search_id).lstrip("#"))
        except ValueError:
            sid = -1
        with self._lock:
            row = self._db.execute(
                f"SELECT {_COLUMNS} FROM searches WHERE id = ?", (sid,)
            ).fetchone()
        if row is None or (owner is not None and row[1] != owner):
            raise InputError(
                f"No saved search #{search_id}; run `newsrag saved list` to see their ids."
            )
        return SavedSearch(*row)

    def remove(self, owner: str | None, search_id: int | str) -> SavedSearch:
        """Delete one of the owner's saved searches (anyone's for None) and its matches."""
        s = self.get(owner, search_id)
        with self._lock, self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("DELETE FROM matches WHERE search_id = ?", (s.id,))
            self._db.execute("DELETE FROM searches WHERE id = ?", (s.id,))
        return s

    # -- visits -----------------------------------------------------------------------------------
    def unseen(self, owner: str, search_id: int | str) -> list[Match]:
        """Matches found since the owner last marked the search seen, oldest first."""
        s = self.get(owner, search_id)
        return self._matches(s.id, "seq > ?", s.visited_seq)

    def unseen_counts(self, owner: str) -> dict[int, int]:
        """Search id -> number of matches new since the owner's last visit."""
        with self._lock:
            rows = self._db.execute(
                "SELECT s.id, COUNT(m.key) FROM searches s LEFT JOIN matches m "
                "ON m.search_id = s.id AND m.seq > s.visited_seq WHERE s.owner = ? GROUP BY s.id",
                (owner,),
            ).fetchall()
        return {int(i): int(n) for i, n in rows}

    def mark_seen(self, owner: str, search_id: int | str) -> SavedSearch:
        """Mark everything the search found so far as seen by its owner."""
        s = self.get(owner, search_id)
        with self._lock, self._db:
            # Everything found so far, by any check, is older than the current check number.
            self._db.execute(
                "UPDATE searches SET visited_seq = MAX(visited_seq, "
                "(SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'seq')) WHERE id = ?",
                (s.id,),
            )
        return self.get(owner, s.id)

    def _matches(self, search_id: int, where: str, *args: Any) -> list[Match]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT search_id, key, type, found, data FROM matches WHERE search_id = ? "
                f"AND {where} ORDER BY seq, rowid",
                (search_id, *args),
            ).fetchall()
        return [Match(int(r[0]), r[1], r[2], r[3], json.loads(r[4])) for r in rows]

    # -- checking ---------------------------------------------------------------------------------
    def check(
        self,
        index: Index,
        *,
        owner: str | None = None,
        notify: bool = True,
        now: datetime | None = None,
        post: Callable[[str, dict[str, Any]], Delivery] | None = None,
    ) -> CheckReport:
        """Find what is new for each saved search (the owner's, or all) and send webhooks.

        Args:
            index: the index whose new articles are searched.
            owner: check only this owner's searches (the others see the same articles later).
            notify: POST to webhooks; False leaves their matches for the next check to send.
            now: the check's time (tests pin it).
            post: ``post(url, payload) -> Delivery`` (default: ``post_webhook``).
        """
        stamp = _now(now)
        complete = index.catalog.complete_ids()
        with self._lock, self._db:
            self._db.execute("BEGIN IMMEDIATE")
            seq = self._next_seq()
            self._record_arrivals(complete, seq)
        report = CheckReport()
        for s in self.searches(owner):
            result = SearchResult(s)
            report.results.append(result)
            with self._lock:
                rows = self._db.execute(
                    "SELECT article_id FROM arrivals WHERE seq > ? AND seq <= ?",
                    (s.checked_seq, seq),
                ).fetchall()
            fresh = [r[0] for r in rows if r[0] in complete]
            try:
                attrs, article_ids = find_matches(s.kind, s.query, index, fresh)
            except RagError as exc:
                result.error = str(exc)
                continue
            except Exception as exc:  # one bad search must not stop the others, nor an ingest
                log.exception("saved search %s failed", s)
                result.error = f"unexpected {type(exc).__name__}: {exc}"
                continue
            result.new = self._record(s, seq, stamp, attrs, article_ids, index)
        if notify:
            self._deliver(report, stamp, post)
        return report

    def _record(
        self,
        s: SavedSearch,
        seq: int,
        stamp: str,
        attrs: list[Attribution],
        article_ids: list[str],
        index: Index,
    ) -> list[Match]:
        """Store the matches this search has not seen before; those are the new ones."""
        items: list[tuple[str, Literal["statement", "article"], dict[str, Any]]] = []
        for a in attrs:
            items.append((statement_key(a), "statement", statement_data(a)))
        for aid in article_ids:
            art = index.catalog.article(aid)
            if art is None:  # removed while we looked
                continue
            data = {
                "article_id": art.id,
                "title": art.title,
                "outlet": art.outlet,
                "published": art.published.isoformat() if art.published else None,
                "url": art.url,
            }
            items.append((f"a:{aid}", "article", data))
        new: list[Match] = []
        with self._lock, self._db:
            self._db.execute("BEGIN IMMEDIATE")
            for key, typ, data in items:
                cur = self._db.execute(
                    "INSERT OR IGNORE INTO matches (search_id, key, type, seq, found, data, "
                    "notified) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (s.id, key, typ, seq, stamp, json.dumps(data), 0 if s.webhook else 1),
                )
                if cur.rowcount:
                    new.append(Match(s.id, key, typ, stamp, data))
            self._db.execute(
                "UPDATE searches SET checked_seq = MAX(checked_seq, ?) WHERE id = ?", (seq, s.id)
            )
        return new

    def _deliver(
        self,
        report: CheckReport,
        stamp: str,
        post: Callable[[str, dict[str, Any]], Delivery] | None,
    ) -> None:
        send = post or post_webhook
        for r in report.results:
            if not r.search.webhook:
                continue
            pending = self._matches(r.search.id, "notified = 0")
            if not pending:
                continue
            r.delivery = send(r.search.webhook, webhook_payload(r.search, pending, stamp))
            if r.delivery.ok:
                with self._lock, self._db:
                    self._db.executemany(
                        "UPDATE matches SET notified = 1 WHERE search_id = ? AND key = ?",
                        [(m.search_id, m.key) for m in pending],
                    )


def store_path(settings: Settings | dict[str, Any] | None = None) -> Path:
    """Where the saved searches of this data directory live."""
    return Path(get_settings(settings).data_dir).expanduser() / FILE_NAME


def open_saved(settings: Settings | dict[str, Any] | None = None) -> SavedSearches:
    """The saved searches of the settings' data directory."""
    return SavedSearches(store_path(settings))


def check_after_ingest(index: Index) -> str:
    """The saved-search report to print after an ingest or poll ("" when none are saved).

    Never raises: a broken saved-search file must not make a finished ingest look failed.
    """
    path = Path(index.settings.data_dir).expanduser() / FILE_NAME
    if not path.exists():
        return ""
    try:
        with SavedSearches(path) as store:
            if not store.searches():
                return ""
            report = store.check(index)
    except Exception as exc:
        return f"Saved searches were not checked ({type(exc).__name__}: {exc}); the ingest is done."
    return str(report)
