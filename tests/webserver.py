"""A real HTTP server on 127.0.0.1 serving fixture pages and feeds, for the web ingest tests."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

WEB = Path(__file__).resolve().parent / "data" / "web"


@dataclass
class Route:
    """One response: status, body, headers; ``etag`` turns on conditional GET."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: float | None = None
    delay: float = 0.0


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    status: int


class FixtureServer:
    """ThreadingHTTPServer in a thread; ``routes`` may be changed while it runs."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                route = server.routes.get(self.path)
                headers = {k.lower(): v for k, v in self.headers.items()}
                if route is None:
                    self._send(404, b"<html><body>Not found</body></html>", "text/html", {})
                    server.hits.append(Hit(self.path, headers, 404))
                    return
                if route.delay:
                    time.sleep(route.delay)
                extra = dict(route.headers)
                if route.etag:
                    extra["ETag"] = route.etag
                if route.last_modified:
                    extra["Last-Modified"] = formatdate(route.last_modified, usegmt=True)
                fresh = (route.etag and headers.get("if-none-match") == route.etag) or (
                    route.last_modified
                    and headers.get("if-modified-since") == extra.get("Last-Modified")
                )
                status = 304 if fresh else route.status
                server.hits.append(Hit(self.path, headers, status))
                self._send(status, b"" if fresh else route.body, route.content_type, extra)

            def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str]) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    for k, v in extra.items():
                        self.send_header(k, v)
                    if status != 304:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if status != 304:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def page(self, path: str, fixture: str, **kw: object) -> str:
        """Serve tests/data/web/<fixture> at ``path``; returns the full URL."""
        self.routes[path] = Route(body=(WEB / fixture).read_bytes(), **kw)  # type: ignore[arg-type]
        return self.url + path

    def paths(self) -> list[str]:
        """Paths requested so far, robots.txt excluded."""
        return [h.path for h in self.hits if h.path != "/robots.txt"]

    def __enter__(self) -> FixtureServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def rss(items: list[tuple[str, str, str]], title: str = "The Harbour Ledger: News") -> bytes:
    """An RSS 2.0 feed of (guid, link, title) items, newest first."""
    body = "".join(
        f'<item><title>{t}</title><link>{link}</link><guid isPermaLink="false">{guid}</guid>'
        f"<pubDate>Mon, 10 Mar 2025 07:45:00 GMT</pubDate><description>{t}</description></item>"
        for guid, link, t in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://harbourledger.example/</link>"
        f"<description>Latest news</description>{body}</channel></rss>"
    ).encode()


def atom(entries: list[tuple[str, str, str]]) -> bytes:
    """An Atom feed of (id, link, title) entries."""
    body = "".join(
        f'<entry><id>{i}</id><title>{t}</title><link href="{link}"/>'
        "<updated>2025-04-02T18:20:00Z</updated></entry>"
        for i, link, t in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Northmere Courier</title><id>urn:courier</id>"
        f"<updated>2025-04-02T18:20:00Z</updated>{body}</feed>"
    ).encode()
