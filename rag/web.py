"""Articles from the web: pages fetched with httpx, text and metadata by trafilatura, feeds.

``read_urls(urls, data_dir)`` turns page and feed URLs into Articles (or a FileProblem per URL
that failed: 404, timeout, not HTML, no article text, redirect loop, robots.txt says no), the
way ``rag.ingest.read_file`` does for files. Feeds (RSS/Atom, read with feedparser) are polled
with conditional GET; what was seen is kept in ``<data_dir>/feeds.json`` and only saved once
the caller has indexed the new items, so an interrupted ingest fetches them again.

httpx, trafilatura and feedparser are imported here and nowhere else in the library.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import os
import socket
import threading
import time
import urllib.robotparser
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from rag.ingest import FileProblem, decode, make_article
from rag.settings import Settings
from rag.types import Article

log = logging.getLogger(__name__)

USER_AGENT = "newsrag/0.1 (+https://github.com/newsrag/newsrag; respects robots.txt)"
ROBOTS_AGENT = "newsrag"
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
    "application/xml",
    "text/xml",
)


def is_url(value: str | Path) -> bool:
    """Whether an ingest argument is a web address rather than a path."""
    return isinstance(value, str) and value.strip().lower().startswith(("http://", "https://"))


class FetchError(Exception):
    """One URL could not be fetched; the message says why and what to do (no URL in it)."""


@dataclass
class Page:
    """A fetched response body with what the ingest needs to know about it."""

    url: str  # after redirects
    status: int
    content_type: str
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def is_feed(self) -> bool:
        """RSS/Atom by declared type, or by the first tag when the type is generic."""
        if self.content_type in FEED_TYPES[:4]:
            return True
        head = self.content[:1024].lstrip().lower()
        if self.content_type in HTML_TYPES and head.startswith((b"<!doctype", b"<html")):
            return False
        return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def address_kind(ip: str) -> str | None:
    """Why an address is not on the public internet ("loopback", "private", ...), or None."""
    addr = ipaddress.ip_address(ip)
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    for kind in ("loopback", "unspecified", "link_local", "multicast", "private", "reserved"):
        if getattr(addr, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if addr.is_global else "non-public"


def resolve_host(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (an IP literal resolves to itself)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


class Fetcher:
    """GET with a user agent, timeouts, a size cap, a redirect cap and robots.txt.

    With ``allow_private=False`` every request, redirects included, is refused before it is
    sent when its host resolves to a loopback, private, link-local or other non-public
    address, so a remote caller cannot make the server read its own network.
    """

    def __init__(
        self,
        *,
        timeout: float = 10.0,
        max_bytes: int = 5 * 1024 * 1024,
        user_agent: str = USER_AGENT,
        transport: httpx.BaseTransport | None = None,
        allow_private: bool = True,
        resolve: Callable[[str, int], list[str]] = resolve_host,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.user_agent = user_agent
        self.allow_private = allow_private
        self._resolve = resolve
        self._client = httpx.Client(
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(timeout),
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            transport=transport,
            event_hooks={"request": [self._check_address]},
        )
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def _check_address(self, request: httpx.Request) -> None:
        if self.allow_private:
            return
        host = request.url.host
        port = request.url.port or (443 if request.url.scheme == "https" else 80)
        try:
            addresses = self._resolve(host, port)
        except OSError as exc:
            raise FetchError(f"host {host} cannot be resolved ({exc}); check the address") from exc
        for ip in addresses:
            kind = address_kind(ip)
            if kind is not None:
                # The server's own network is off limits to remote callers; the DNS answer is
                # checked here, and a host that re-resolves differently at connect time (DNS
                # rebinding) is a known gap, so keep the server behind a firewall as well.
                raise FetchError(
                    f"{host} is a {kind} address ({ip}); web ingest through the API only "
                    "fetches public addresses (run `newsrag ingest` on the server, or set "
                    "RAG_API_WEB_PRIVATE=true)"
                )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def allowed(self, url: str) -> bool:
        """What the site's robots.txt says about ``url`` for newsrag (cached per origin)."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            rp = self._robots.get(origin)
        if rp is None:
            rp = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
            try:
                r = self._client.get(origin + "/robots.txt")
                status, body = r.status_code, r.text
            except httpx.HTTPError:
                status, body = 0, ""  # unreachable robots.txt: the page fetch will say why
            if status in (401, 403):  # as urllib.robotparser: a locked robots.txt means no
                rp.parse(["User-agent: *", "Disallow: /"])
            else:  # a missing robots.txt (404) allows everything
                rp.parse(body.splitlines() if 200 <= status < 300 else [])
            with self._lock:
                self._robots[origin] = rp
        return rp.can_fetch(ROBOTS_AGENT, url)

    def get(self, url: str, *, headers: dict[str, str] | None = None) -> Page:
        """The body of ``url``, or FetchError with a one-line reason."""
        if not self.allowed(url):
            raise FetchError(
                f"robots.txt of {urlsplit(url).netloc} does not allow newsrag to fetch it; "
                "skipped (ask the site, or save the article as a file)"
            )
        try:
            with self._client.stream("GET", url, headers=headers or {}) as r:
                if r.status_code == 304:
                    return Page(str(r.url), 304, "", b"", dict(r.headers))
                if r.status_code >= 400:
                    raise FetchError(
                        f"answered HTTP {r.status_code} {r.reason_phrase}; check the address"
                    )
                declared = int(r.headers.get("content-length") or 0)
                if declared > self.max_bytes:
                    raise FetchError(self._too_big())
                buf = bytearray()
                for part in r.iter_bytes():
                    buf += part
                    if len(buf) > self.max_bytes:
                        raise FetchError(self._too_big())
                ctype = r.headers.get("content-type", "").split(";")[0].strip().lower()
                return Page(str(r.url), r.status_code, ctype, bytes(buf), dict(r.headers))
        except httpx.TooManyRedirects as exc:
            raise FetchError(
                f"redirects more than {MAX_REDIRECTS} times (a redirect loop?); open it in a "
                "browser to find the article's final address"
            ) from exc
        except httpx.TimeoutException as exc:
            raise FetchError(
                f"timed out after {self.timeout:g} s; try again later or raise RAG_WEB_TIMEOUT"
            ) from exc
        except httpx.HTTPError as exc:
            raise FetchError(
                f"cannot be reached ({type(exc).__name__}: {exc}); check the address and "
                "your connection"
            ) from exc

    def _too_big(self) -> str:
        return (
            f"is larger than {self.max_bytes // 1048576 or 1} MB; save the article text as "
            "a file and ingest that"
        )


# -- extraction ---------------------------------------------------------------------------
def extract_html(html: str, url: str | None = None) -> dict[str, Any]:
    """Main text and metadata of an article page (trafilatura), as make_article fields.

    Navigation, ads, related links and comments are dropped; raises ValueError when no
    article text is left.
    """
    import trafilatura

    doc: Any = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    text = (doc.text or "").strip() if doc is not None else ""
    title = (doc.title or "").strip() if doc is not None else ""
    # trafilatura keeps the headline as the first line of the body; the title has it.
    first, _, rest = text.partition("\n")
    if title and first.strip() == title:
        text = rest.strip()
    if doc is None or not text:
        raise ValueError(
            "has no article text that could be extracted (a front page, a paywall, or a "
            "page built by JavaScript?)"
        )
    return {
        "title": title,
        "text": text,
        "outlet": (doc.sitename or doc.hostname or "").strip(),
        "author": (doc.author or "").strip(),
        "published": doc.date or None,
        "url": (doc.url or url or "").strip(),
    }


def page_article(page: Page, requested: str) -> Article:
    """An Article from a fetched HTML page; its source is the canonical URL, so an updated
    version of the same story replaces the old one."""
    declared = page.headers.get("content-type", "")
    charset = declared.split("charset=")[-1].strip() if "charset=" in declared else None
    try:
        html, _ = decode(page.content, charset)
    except UnicodeError as exc:
        raise ValueError(str(exc)) from exc
    fields = extract_html(html, page.url)
    canonical = fields["url"] or page.url
    if not fields["outlet"]:
        fields["outlet"] = urlsplit(canonical).netloc
    fields["url"] = canonical
    return make_article(fields, canonical)


# -- feeds --------------------------------------------------------------------------------
class FeedState:
    """``<data_dir>/feeds.json``: per feed, its validators and the entries already ingested."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.data = {}

    def feed(self, url: str) -> dict[str, Any]:
        """The state of one feed (created empty)."""
        return self.data.setdefault(url, {"etag": None, "last_modified": None, "seen": []})

    def save(self) -> None:
        """Write atomically: a crash leaves the old file, never half a file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(self.data, indent=1, sort_keys=True), encoding="utf-8")
        tmp.replace(self.path)


@dataclass
class WebResult:
    """What read_urls found: articles and problems, plus ``commit`` to record feed progress."""

    items: list[Article | FileProblem] = field(default_factory=list)
    commit: Callable[[], None] = lambda: None


def _entry_key(entry: Any) -> str:
    return str(entry.get("id") or entry.get("link") or entry.get("title") or "")


def read_urls(
    urls: Sequence[str],
    data_dir: Path,
    *,
    fetcher: Fetcher | None = None,
    timeout: float = 10.0,
    max_bytes: int = 5 * 1024 * 1024,
    user_agent: str = USER_AGENT,
    allow_private: bool = True,
) -> WebResult:
    """Fetch pages and feeds; a feed contributes the pages of entries not ingested before."""
    own = fetcher is None
    f = fetcher or Fetcher(
        timeout=timeout, max_bytes=max_bytes, user_agent=user_agent, allow_private=allow_private
    )
    state = FeedState(Path(data_dir) / "feeds.json")
    result = WebResult()
    pending: dict[str, list[str]] = {}
    validators: dict[str, tuple[str | None, str | None]] = {}
    try:
        for url in dict.fromkeys(u.strip() for u in urls):
            headers = {}
            known = state.data.get(url)
            if known:  # conditional GET: a feed we polled before
                if known.get("etag"):
                    headers["If-None-Match"] = known["etag"]
                if known.get("last_modified"):
                    headers["If-Modified-Since"] = known["last_modified"]
            try:
                page = f.get(url, headers=headers)
            except FetchError as exc:
                result.items.append(FileProblem(url, str(exc)))
                continue
            if page.status == 304:
                result.items.append(
                    FileProblem(url, "feed not modified since the last poll", False)
                )
                continue
            if page.is_feed:
                at = len(result.items)
                new, seen = _read_feed(f, url, page, state, result)
                pending[url] = seen
                validators[url] = (page.headers.get("etag"), page.headers.get("last-modified"))
                result.items.insert(at, FileProblem(url, f"feed has {new} new item(s)", False))
                continue
            result.items.append(_page_item(page, url))
    finally:
        if own:
            f.close()

    def commit() -> None:
        for url, seen in pending.items():
            st = state.feed(url)
            st["seen"] = sorted(set(st["seen"]) | set(seen))
            st["etag"], st["last_modified"] = validators[url]
            st["checked"] = datetime.now(UTC).isoformat(timespec="seconds")
        if pending:
            state.save()

    result.commit = commit
    return result


def read_web(
    paths: Sequence[str | Path], settings: Settings, *, allow_private: bool = True
) -> WebResult:
    """read_urls for the URLs among ingest arguments (an empty result when there are none)."""
    urls = [str(p).strip() for p in paths if is_url(p)]
    if not urls:
        return WebResult()
    return read_urls(
        urls,
        Path(settings.data_dir).expanduser(),
        timeout=settings.web_timeout,
        max_bytes=int(settings.web_max_mb * 1024 * 1024),
        user_agent=settings.web_user_agent,
        allow_private=allow_private,
    )


def _page_item(page: Page, requested: str) -> Article | FileProblem:
    if page.content_type and page.content_type not in HTML_TYPES:
        return FileProblem(
            requested,
            f"is {page.content_type}, not an HTML page or a feed; save its text as a file "
            "and ingest that",
        )
    try:
        return page_article(page, requested)
    except ValueError as exc:
        return FileProblem(requested, str(exc))


def _read_feed(
    f: Fetcher, url: str, page: Page, state: FeedState, result: WebResult
) -> tuple[int, list[str]]:
    """Append the articles of unseen entries; returns (new entries, keys to mark seen)."""
    import feedparser

    parsed = feedparser.parse(page.content)  # bytes: feedparser never fetches by itself
    if not parsed.entries and parsed.bozo:
        result.items.append(
            FileProblem(url, "looks like a feed but cannot be parsed; check the feed address")
        )
        return 0, []
    seen = set(state.data.get(url, {}).get("seen", []))
    new = 0
    done: list[str] = []
    for entry in parsed.entries:
        key = _entry_key(entry)
        link = entry.get("link")
        if not key or key in seen:
            continue
        new += 1
        if not link:
            result.items.append(FileProblem(f"{url} [{key}]", "feed item has no link; skipped"))
            done.append(key)
            continue
        link = urljoin(page.url, link)
        try:
            item = _page_item(f.get(link), link)
        except FetchError as exc:
            item = FileProblem(link, str(exc))  # not marked seen: tried again next poll
        result.items.append(item)
        if isinstance(item, Article):
            done.append(key)
    return new, done


def watch(
    feeds: Sequence[str],
    *,
    every: float,
    ingest: Callable[[list[str]], Any],
    rounds: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
    echo: Callable[[str], None] = print,
) -> int:
    """Poll ``feeds`` every ``every`` seconds, logging what each round added; returns rounds."""
    n = 0
    while rounds is None or n < rounds:
        if n:
            sleep(every)
        n += 1
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
        try:
            report = ingest(list(feeds))
        except Exception as exc:  # keep polling: one bad round must not stop the watcher
            echo(f"[{stamp}] round {n} failed: {exc}")
            continue
        echo(f"[{stamp}] round {n}: {report}")
    return n


def parse_interval(text: str) -> float:
    """'90s', '15m', '2h' or plain seconds -> seconds."""
    t = text.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600}
    try:
        value = float(t[:-1]) * units[t[-1]] if t and t[-1] in units else float(t)
    except ValueError:
        value = -1
    if value <= 0:
        raise ValueError(f"unreadable interval {text!r}; use e.g. 90s, 15m or 2h")
    return value


def post_json(
    url: str, body: dict[str, Any], *, timeout: float, user_agent: str = USER_AGENT
) -> int:
    """POST ``body`` as JSON to ``url`` (a webhook); its HTTP status, or FetchError saying why."""
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    headers = {"User-Agent": user_agent, "Content-Type": "application/json"}
    try:
        # No redirects: a webhook that moved should be saved again with its new address.
        r = httpx.post(url, content=data, headers=headers, timeout=timeout)
    except httpx.TimeoutException as exc:
        raise FetchError(f"timed out after {timeout:g}s") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot connect ({type(exc).__name__}: {exc})") from exc
    return r.status_code
