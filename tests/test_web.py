"""Web ingest: pages and feeds from a real HTTP server on 127.0.0.1, boilerplate removed."""

from __future__ import annotations

import json
from datetime import date

import pytest
from webserver import WEB, FixtureServer, Route, atom, rss

from rag.cli import main
from rag.index import Index
from rag.ingest import read_file
from rag.web import USER_AGENT, parse_interval

LEDGER_TEXT = (
    "About 2,300 dock workers at Port Calloway walked off the job at 6 a.m. on Monday, "
    "beginning a 72-hour strike over the port's plan to install 18 automated container "
    "cranes.\n"
    "The Calloway Dockworkers Union said the cranes would eliminate as many as 400 jobs over "
    'five years. "Nobody asked the people who load these ships whether a robot should do '
    'it," union secretary Hallam Pryce told reporters outside the main gate.\n'
    "Port Calloway Authority spokesperson Ines Ekdal said the authority had offered a 4.5 "
    'percent pay rise over two years, which the union rejected on Friday. "We have tried to '
    'meet the workers halfway, and we will keep trying," Ekdal said.\n'
    "Shipping lines began diverting vessels to the smaller harbour at Wendmouth on Sunday "
    "evening. Three container ships were anchored offshore by midday, according to harbour "
    "master Tobias Lind.\n"
    "The strike is the first at the port since 2011, when a two-day walkout over night-shift "
    "pay ended with a mediated settlement. Talks are scheduled to resume on Thursday under a "
    "mediator appointed by the regional labour court."
)
BOILERPLATE = [
    "ADVERTISEMENT",
    "Refinance your boat",
    "Read more",
    "Related stories",
    "Ferry fares",
    "Solidarity",
    "Subscribe",
    "cookies",
    "Most read",
    "All rights reserved",
    "Share on",
]
ROBOTS = b"User-agent: newsrag\nDisallow: /private/\n\nUser-agent: *\nDisallow:\n"


@pytest.fixture
def server():
    with FixtureServer() as srv:
        srv.routes["/robots.txt"] = Route(ROBOTS, content_type="text/plain")
        yield srv


@pytest.fixture
def index(settings, fake_embedder):
    return Index(settings, embedder=fake_embedder)


def test_news_page_is_ingested_with_only_the_story_and_its_metadata(server, index):
    url = server.page("/news/2025/03/port-calloway-strike", "ledger-port-strike.html")
    report = index.ingest([url], progress=False)
    assert [a["title"] for a in report.added] == [
        "Port Calloway dock workers strike over automated cranes"
    ]
    art = index.catalog.article(report.added[0]["id"])
    assert art.text == LEDGER_TEXT
    assert not [b for b in BOILERPLATE if b in art.text]
    canonical = "https://harbourledger.example/news/2025/03/port-calloway-strike"
    assert (art.outlet, art.author, art.published, art.url, art.source) == (
        "The Harbour Ledger",
        "Mira Okonkwo",
        date(2025, 3, 10),
        canonical,
        canonical,
    )
    # robots.txt first, then the page, both with our user agent
    assert [(h.path, h.headers["user-agent"]) for h in server.hits] == [
        ("/robots.txt", USER_AGENT),
        ("/news/2025/03/port-calloway-strike", USER_AGENT),
    ]


def test_local_html_file_drops_boilerplate_too(tmp_path):
    (art,) = list(read_file(WEB / "courier-tram-vote.html"))
    assert (art.title, art.outlet, art.author, art.published, art.url) == (
        "Varnholt council approves Eastgate tram extension",
        "Northmere Courier",
        "Jonas Weller",
        date(2025, 4, 2),
        "https://northmerecourier.example/local/varnholt-tram-vote",
    )
    assert art.text.startswith("Varnholt city council on Tuesday approved")
    assert art.text.endswith("expected to run to Eastgate in late 2028.")
    for noise in ("Claim offer", "newsletter", "You may also like", "white elephant", "Photo:"):
        assert noise not in art.text


def test_each_bad_url_gets_a_clear_message_and_the_good_one_still_goes_in(server, index):
    s = index.settings.model_copy(update={"web_timeout": 0.5})
    index.settings = s
    good = server.page("/news/tram", "courier-tram-vote.html")
    server.routes["/slow"] = Route(b"<html></html>", delay=2.0)
    server.routes["/report.pdf"] = Route(b"%PDF-1.7 ...", content_type="application/pdf")
    server.routes["/loop"] = Route(status=302, headers={"Location": "/loop"})
    front = server.page("/", "ledger-front-page.html")
    blocked = server.page("/private/leak", "ledger-port-strike.html")
    u = server.url
    report = index.ingest(
        [f"{u}/gone", f"{u}/slow", f"{u}/report.pdf", front, f"{u}/loop", blocked, good],
        progress=False,
    )
    assert [a["title"] for a in report.added] == [
        "Varnholt council approves Eastgate tram extension"
    ]
    assert [str(p) for p in report.problems] == [
        f"{u}/gone: answered HTTP 404 Not Found; check the address",
        f"{u}/slow: timed out after 0.5 s; try again later or raise RAG_WEB_TIMEOUT",
        f"{u}/report.pdf: is application/pdf, not an HTML page or a feed; save its text as a "
        "file and ingest that",
        f"{front}: has no article text that could be extracted (a front page, a paywall, or a "
        "page built by JavaScript?)",
        f"{u}/loop: redirects more than 5 times (a redirect loop?); open it in a browser to "
        "find the article's final address",
        f"{blocked}: robots.txt of {u[7:]} does not allow newsrag to fetch it; skipped (ask "
        "the site, or save the article as a file)",
    ]
    assert "/private/leak" not in server.paths()


def test_oversized_page_is_refused(server, settings, fake_embedder):
    idx = Index(settings.model_copy(update={"web_max_mb": 0.01}), embedder=fake_embedder)
    server.routes["/big"] = Route(b"<html><body><p>" + b"word " * 4000 + b"</p></body></html>")
    report = idx.ingest([server.url + "/big"], progress=False)
    assert [str(p) for p in report.problems] == [
        f"{server.url}/big: is larger than 1 MB; save the article text as a file and ingest that"
    ]


def _feed_items(server, n):
    pages = [
        ("/news/strike", "ledger-port-strike.html"),
        ("/news/tram", "courier-tram-vote.html"),
        ("/news/strike-update", "ledger-port-strike-update.html"),
    ][:n]
    for path, fixture in pages:
        server.page(path, fixture)
    return [(f"ledger-{i}", server.url + p, f) for i, (p, f) in enumerate(pages)]


def test_feed_is_ingested_and_polling_again_adds_only_new_items(server, index, settings):
    server.routes["/feed.xml"] = Route(
        rss(_feed_items(server, 2)), content_type="application/rss+xml", etag='"v1"'
    )
    feed = server.url + "/feed.xml"
    first = index.ingest([feed], progress=False)
    assert len(first.added) == 2 and not first.skipped
    assert [str(p) for p in first.problems] == [f"{feed}: feed has 2 new item(s)"]
    state = json.loads((settings.data_dir / "feeds.json").read_text())
    assert (state[feed]["etag"], state[feed]["seen"]) == ('"v1"', ["ledger-0", "ledger-1"])

    server.hits.clear()
    again = index.ingest([feed], progress=False)  # unchanged: the server answers 304
    assert (again.added, [str(p) for p in again.problems]) == (
        [],
        [f"{feed}: feed not modified since the last poll"],
    )
    feed_hits = [h for h in server.hits if h.path != "/robots.txt"]
    assert [(h.path, h.headers.get("if-none-match"), h.status) for h in feed_hits] == [
        ("/feed.xml", '"v1"', 304)
    ]

    server.routes["/feed.xml"] = Route(
        rss(_feed_items(server, 3)), content_type="application/rss+xml", etag='"v2"'
    )
    server.hits.clear()
    third = index.ingest([feed], progress=False)
    assert server.paths() == ["/feed.xml", "/news/strike-update"]
    assert [a["title"] for a in third.added + third.replaced] == [
        "Port Calloway strike enters second day as talks stall"
    ]


def test_feed_item_that_fails_is_tried_again_next_poll(server, index):
    server.routes["/atom.xml"] = Route(
        atom([("urn:1", server.url + "/news/later", "Later")]),
        content_type="application/atom+xml",
        last_modified=1_741_600_000,
    )
    feed = server.url + "/atom.xml"
    first = index.ingest([feed], progress=False)
    assert [str(p) for p in first.problems] == [
        f"{feed}: feed has 1 new item(s)",
        f"{server.url}/news/later: answered HTTP 404 Not Found; check the address",
    ]
    server.page("/news/later", "courier-tram-vote.html")
    server.routes["/atom.xml"].last_modified = 1_741_700_000  # the feed changed
    second = index.ingest([feed], progress=False)
    assert [a["title"] for a in second.added] == [
        "Varnholt council approves Eastgate tram extension"
    ]


def test_updated_page_replaces_the_old_version(server, index):
    url = server.page("/news/strike", "ledger-port-strike.html")
    index.ingest([url], progress=False)
    server.page("/news/strike", "ledger-port-strike-corrected.html")
    report = index.ingest([url], progress=False)
    assert len(report.replaced) == 1 and not report.added
    rows = index.list_articles()
    assert len(rows) == 1 and "2,400 dock workers" in index.catalog.article(rows[0]["id"]).text


def test_cli_ingest_url_and_watch(server, capsys, monkeypatch):
    url = server.page("/news/tram", "courier-tram-vote.html")
    server.routes["/feed.xml"] = Route(
        rss([("t1", url, "Tram")]), content_type="application/rss+xml", etag='"a"'
    )
    assert main(["ingest", "--no-progress", server.url + "/gone"]) == 1
    assert (
        f"{server.url}/gone: answered HTTP 404 Not Found; check the address"
        in capsys.readouterr().out
    )
    assert main(["watch", server.url + "/feed.xml", "--every", "0.01s", "--rounds", "2"]) == 0
    lines = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("[")]
    assert [ln.split("] ", 1)[1] for ln in lines] == [
        "round 1: added 1, replaced 0, unchanged 0, skipped 0; embedded 1 chunks (0 from cache)",
        "round 2: added 0, replaced 0, unchanged 0, skipped 0; embedded 0 chunks (0 from cache)",
    ]


@pytest.mark.parametrize(
    ("text", "seconds"), [("15m", 900.0), ("90s", 90.0), ("2h", 7200.0), ("30", 30.0)]
)
def test_parse_interval(text, seconds):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "0m", "soon", "-5s"])
def test_parse_interval_rejects(text):
    with pytest.raises(ValueError, match="use e.g. 90s, 15m or 2h"):
        parse_interval(text)


def test_rag_ingest_takes_urls(server, settings):
    import rag

    url = server.page("/news/tram", "courier-tram-vote.html")
    report = rag.ingest([url], settings=settings, progress=False)
    assert [(a["title"], a["source"]) for a in report.added] == [
        (
            "Varnholt council approves Eastgate tram extension",
            "https://northmerecourier.example/local/varnholt-tram-vote",
        )
    ]


def test_web_libraries_are_imported_in_one_module_each():
    from pathlib import Path

    import rag

    root = Path(rag.__file__).parent
    owners = {
        "import httpx": "web.py",
        "import trafilatura": "web.py",
        "import feedparser": "web.py",
        "from datasketch": "dedupe.py",
    }
    for needle, owner in owners.items():
        found = sorted(p.name for p in root.glob("*.py") if needle in p.read_text())
        assert found == [owner], (needle, found)


@pytest.mark.parametrize(
    ("ip", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("169.254.169.254", "link-local"),
        ("::ffff:10.0.0.1", "private"),
        ("0.0.0.0", "unspecified"),
        ("100.64.0.1", "non-public"),
        ("93.184.216.34", None),
        ("2606:4700::1111", None),
    ],
)
def test_address_kind(ip, kind):
    from rag.web import address_kind

    assert address_kind(ip) == kind


def test_remote_url_ingest_refuses_the_servers_own_network(server, index):
    """URLs a remote caller sends (allow_private=False) never reach loopback addresses."""
    page = server.page("/news/port-strike", "ledger-port-strike.html")
    report = index.ingest([page], progress=False, allow_private=False)
    assert report.added == []
    assert [str(p) for p in report.problems] == [
        f"{page}: 127.0.0.1 is a loopback address (127.0.0.1); web ingest through the API only "
        "fetches public addresses (run `newsrag ingest` on the server, or set "
        "RAG_API_WEB_PRIVATE=true)"
    ]
    assert server.paths() == []  # not even robots.txt was asked for
    # The local user (CLI, library default) may read a local server.
    assert [a["title"] for a in index.ingest([page], progress=False).added] == [
        "Port Calloway dock workers strike over automated cranes"
    ]


def test_a_redirect_into_a_private_network_is_refused():
    """Every hop is checked: a public page that redirects to an intranet host is refused.

    No request leaves the process: httpx.MockTransport answers, and the resolver is fake.
    """
    import httpx

    from rag.web import Fetcher, FetchError

    sent: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(302, headers={"Location": "http://intranet.example/admin"})

    addresses = {"news.example": ["93.184.216.34"], "intranet.example": ["10.0.0.7"]}
    with (
        Fetcher(
            transport=httpx.MockTransport(handle),
            allow_private=False,
            resolve=lambda host, port: addresses[host],
        ) as f,
        pytest.raises(FetchError) as exc,
    ):
        f.get("http://news.example/story")
    assert str(exc.value) == (
        "intranet.example is a private address (10.0.0.7); web ingest through the API only "
        "fetches public addresses (run `newsrag ingest` on the server, or set "
        "RAG_API_WEB_PRIVATE=true)"
    )
    assert sent == ["http://news.example/robots.txt", "http://news.example/story"]
