"""Saved searches and alerts: fictional articles, a real webhook receiver on 127.0.0.1."""

from __future__ import annotations

import json
import re
import stat
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from webserver import FixtureServer, Route, rss

from rag.cli import main
from rag.errors import InputError, StoreError
from rag.index import Index
from rag.saved import (
    EVENT,
    LOCAL_OWNER,
    Delivery,
    SavedSearches,
    check_after_ingest,
    owner_for,
    post_webhook,
    store_path,
)
from rag.settings import Settings

from conftest import FakeEmbedder, free_port

NOW = datetime(2031, 3, 6, 9, 0, tzinfo=UTC)
STAMP = "2031-03-06T09:00:00+00:00"
ANN, BOB = "user:ann", "user:bob"

# Fictional articles: a fare rise (ingested first), then a strike ending and a bridge closure.
FARES = {
    "title": "Kelmont ferry fares rise by 8 percent",
    "outlet": "Kelmont Gazette",
    "published": "2031-03-03",
    "url": "https://gazette.example/fares",
    "text": (
        "The Kelmont harbour authority said on Monday that ferry fares will rise by 8 percent "
        'in April.\n"We have no other choice because fuel costs doubled," said harbour director '
        "Mara Quill.\nCouncillor Tobias Wren said the increase would hurt commuters on the island."
    ),
}
STRIKE = {
    "title": "Kelmont ferry strike ends",
    "outlet": "Harbour Post",
    "published": "2031-03-05",
    "url": "https://post.example/strike",
    "text": (
        "Ferry crews in Kelmont ended a two-day strike on Wednesday after a pay deal.\n"
        '"The boats will sail again on Thursday morning," said Mara Quill, the harbour '
        "director.\nQuill added that the timetable would stay the same."
    ),
}
BRIDGE = {
    "title": "Dunmore bridge closes for repairs",
    "outlet": "Dunmore Courier",
    "published": "2031-03-05",
    "url": "",
    "text": "The Dunmore bridge will close for six weeks of repairs from May.",
}

# Another outlet's piece repeats one of her sentences word for word and adds a new one.
REPEAT = {
    "title": "Kelmont boats back on Thursday",
    "outlet": "Island Radio",
    "published": "2031-03-06",
    "text": (
        "Ferry services in Kelmont resume this week, the operators confirmed.\n"
        '"The boats will sail again on Thursday morning," said Mara Quill, the harbour '
        'director.\n"Passengers should book early," Quill said.'
    ),
}

BOATS = {
    "speaker": "Mara Quill",
    "role": "harbour director",
    "kind": "direct",
    "cue": "said",
    "quote": "The boats will sail again on Thursday morning",
    "title": "Kelmont ferry strike ends",
    "outlet": "Harbour Post",
    "published": "2031-03-05",
}
TIMETABLE = {
    "speaker": "Mara Quill",
    "role": "harbour director",
    "kind": "reported",
    "cue": "added",
    "quote": "the timetable would stay the same",
    "title": "Kelmont ferry strike ends",
    "outlet": "Harbour Post",
    "published": "2031-03-05",
}


def write(tmp_path: Path, name: str, article: dict[str, str]) -> str:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(article), encoding="utf-8")
    return str(path)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    return {
        "fares": write(tmp_path, "fares", FARES),
        "strike": write(tmp_path, "strike", STRIKE),
        "bridge": write(tmp_path, "bridge", BRIDGE),
    }


@pytest.fixture
def index(tmp_path: Path) -> Index:
    return Index(Settings(data_dir=tmp_path / "data", llm="extractive"), embedder=FakeEmbedder())


@pytest.fixture
def store(index: Index) -> Iterator[SavedSearches]:
    s = SavedSearches(store_path(index.settings))
    yield s
    s.close()


def ids(index: Index) -> dict[str, str]:
    return {a["title"]: a["id"] for a in index.list_articles()}


def statement(data: dict[str, object], index: Index, text: str) -> dict[str, object]:
    """The full alert record of a statement: offsets looked up in the article text."""
    aid = ids(index)[str(data["title"])]
    start = text.index(str(data["quote"]))
    return {**data, "article_id": aid, "start": start, "end": start + len(str(data["quote"]))}


def brief(report) -> list[tuple[int, str, list[tuple[str, str]]]]:
    """(search id, summary, [(type, quote or title)]) per checked search."""
    return [
        (
            r.search.id,
            r.summary(),
            [(m.type, m.data.get("quote") or m.data["title"]) for m in r.new],
        )
        for r in report.results
    ]


# -- a webhook receiver -----------------------------------------------------------------------------
class Receiver:
    """A real HTTP server on 127.0.0.1 that records each POSTed JSON body."""

    def __init__(self, port: int | None = None, statuses: list[int] | None = None) -> None:
        self.bodies: list[dict[str, object]] = []
        self.headers: list[dict[str, str]] = []
        self.statuses = list(statuses or [])
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                n = int(self.headers.get("Content-Length", "0"))
                receiver.bodies.append(json.loads(self.rfile.read(n)))
                receiver.headers.append({k.lower(): v for k, v in self.headers.items()})
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port or 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


# -- what is new -----------------------------------------------------------------------------------
def test_a_speaker_gets_exactly_the_statements_and_articles_ingested_after_saving(
    index: Index, store: SavedSearches, files: dict[str, str]
) -> None:
    index.ingest([files["fares"]], progress=False)
    s = store.add(LOCAL_OWNER, "speaker", "  Mara   Quill ", index=index, now=NOW)
    assert (s.id, s.owner, s.kind, s.query, s.webhook, s.created) == (
        1,
        "local",
        "speaker",
        "Mara Quill",
        None,
        STAMP,
    )
    # The fare article was there before the search was saved: nothing is new.
    assert brief(store.check(index, now=NOW)) == [(1, "nothing new", [])]
    index.ingest([files["strike"], files["bridge"]], progress=False)
    report = store.check(index, now=NOW)
    (result,) = report.results
    assert [m.to_dict() for m in result.new] == [
        {
            "search_id": 1,
            "key": result.new[0].key,
            "type": "statement",
            "found": STAMP,
            "data": statement(BOATS, index, STRIKE["text"]),
        },
        {
            "search_id": 1,
            "key": result.new[1].key,
            "type": "statement",
            "found": STAMP,
            "data": statement(TIMETABLE, index, STRIKE["text"]),
        },
        {
            "search_id": 1,
            "key": f"a:{ids(index)[STRIKE['title']]}",
            "type": "article",
            "found": STAMP,
            "data": {
                "article_id": ids(index)[STRIKE["title"]],
                "title": "Kelmont ferry strike ends",
                "outlet": "Harbour Post",
                "published": "2031-03-05",
                "url": "https://post.example/strike",
            },
        },
    ]
    assert str(report).splitlines() == [
        "Saved search #1 speaker: Mara Quill: 2 new statements, 1 new article",
        '  + Mara Quill (harbour director) said [direct]: "The boats will sail again on '
        'Thursday morning" — Kelmont ferry strike ends, Harbour Post, 2031-03-05',
        "  + Mara Quill (harbour director) added [reported]: the timetable would stay the same"
        " — Kelmont ferry strike ends, Harbour Post, 2031-03-05",
        "  + article: Kelmont ferry strike ends — Harbour Post, 2031-03-05",
    ]
    # Reported once: the next check has nothing new.
    assert brief(store.check(index, now=NOW)) == [(1, "nothing new", [])]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Quill", 2),  # the surname alone
        ("mara quill", 2),  # any case
        ("Tobias Wren", 0),  # spoke only in the article that was there before
        ("Harbour Post", 0),  # an outlet is not a speaker
    ],
)
def test_speaker_names_match_by_alias_and_case(
    index: Index, store: SavedSearches, files: dict[str, str], query: str, found: int
) -> None:
    index.ingest([files["fares"]], progress=False)
    store.add(LOCAL_OWNER, "speaker", query, index=index)
    index.ingest([files["strike"]], progress=False)
    (result,) = store.check(index).results
    assert len(result.statements) == found
    assert len(result.articles) == (1 if found else 0)


def test_a_topic_and_a_who_said_query_match_only_the_new_articles_about_them(
    index: Index, store: SavedSearches, files: dict[str, str]
) -> None:
    index.ingest([files["fares"]], progress=False)
    store.add(LOCAL_OWNER, "topic", "bridge repairs", index=index)
    store.add(LOCAL_OWNER, "who_said", "Who said what about the ferry strike?", index=index)
    store.add(LOCAL_OWNER, "topic", "ferry crews on strike", index=index)
    store.add(LOCAL_OWNER, "topic", "ferry fares", index=index)  # only the old article
    index.ingest([files["strike"], files["bridge"]], progress=False)
    assert brief(store.check(index)) == [
        (1, "1 new article", [("article", "Dunmore bridge closes for repairs")]),
        (
            2,
            "2 new statements, 1 new article",
            [
                ("statement", "The boats will sail again on Thursday morning"),
                ("statement", "the timetable would stay the same"),
                ("article", "Kelmont ferry strike ends"),
            ],
        ),
        (3, "1 new article", [("article", "Kelmont ferry strike ends")]),
        (4, "nothing new", []),
    ]


def test_new_statements_come_oldest_first_and_a_repeat_keeps_its_earliest_source(
    index: Index, store: SavedSearches, files: dict[str, str], tmp_path: Path
) -> None:
    store.add(LOCAL_OWNER, "speaker", "Mara Quill", index=index)
    later = write(tmp_path, "repeat", REPEAT)  # 2031-03-06, repeats her boats sentence
    index.ingest([later, files["strike"]], progress=False)  # 2031-03-05
    got = ids(index)
    # Article ids are content hashes: their order is not the date order this test checks.
    assert sorted(got.values())[0] == got[REPEAT["title"]]
    (result,) = store.check(index).results
    assert [
        (m.type, m.data.get("quote") or m.data["title"], m.data["article_id"]) for m in result.new
    ] == [
        ("statement", "The boats will sail again on Thursday morning", got[STRIKE["title"]]),
        ("statement", "the timetable would stay the same", got[STRIKE["title"]]),
        ("statement", "Passengers should book early", got[REPEAT["title"]]),
        ("article", "Kelmont ferry strike ends", got[STRIKE["title"]]),
        ("article", "Kelmont boats back on Thursday", got[REPEAT["title"]]),
    ]


def test_a_statement_carried_again_by_another_article_is_not_new_again(
    index: Index, store: SavedSearches, files: dict[str, str], tmp_path: Path
) -> None:
    store.add(LOCAL_OWNER, "speaker", "Mara Quill", index=index)
    index.ingest([files["strike"]], progress=False)
    assert brief(store.check(index))[0][1] == "2 new statements, 1 new article"
    index.ingest([write(tmp_path, "repeat", REPEAT)], progress=False)
    assert brief(store.check(index)) == [
        (
            1,
            "1 new statement, 1 new article",
            [
                ("statement", "Passengers should book early"),
                ("article", "Kelmont boats back on Thursday"),
            ],
        )
    ]


def test_a_search_that_fails_is_reported_and_catches_up_at_the_next_check(
    index: Index, store: SavedSearches, files: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import rag.saved

    store.add(LOCAL_OWNER, "topic", "bridge repairs", index=index)
    store.add(LOCAL_OWNER, "speaker", "Mara Quill", index=index)
    index.ingest([files["strike"], files["bridge"]], progress=False)
    real = rag.saved.find_matches

    def store_down(kind, query, idx, article_ids):
        if kind == "topic":
            raise StoreError("Cannot reach the Chroma server; start it or unset RAG_CHROMA_URL.")
        return real(kind, query, idx, article_ids)

    monkeypatch.setattr(rag.saved, "find_matches", store_down)
    report = store.check(index)
    assert [r.summary() for r in report.results] == [
        "not checked: Cannot reach the Chroma server; start it or unset RAG_CHROMA_URL.",
        "2 new statements, 1 new article",
    ]
    assert str(report).splitlines()[0] == (
        "Saved search #1 topic: bridge repairs: not checked: Cannot reach the Chroma server; "
        "start it or unset RAG_CHROMA_URL."
    )
    monkeypatch.setattr(rag.saved, "find_matches", real)
    assert brief(store.check(index)) == [
        (1, "1 new article", [("article", "Dunmore bridge closes for repairs")]),
        (2, "nothing new", []),
    ]


# -- owners ----------------------------------------------------------------------------------------
def test_each_owner_sees_changes_and_checks_only_their_own_searches(
    index: Index, store: SavedSearches, files: dict[str, str]
) -> None:
    assert (owner_for("ann"), owner_for(None), owner_for("  ")) == (ANN, "local", "local")
    a = store.add(ANN, "speaker", "Mara Quill", index=index)
    b = store.add(BOB, "speaker", "Mara Quill", index=index)  # the same search, another owner
    assert [s.id for s in store.searches(ANN)] == [a.id]
    assert [s.id for s in store.searches(BOB)] == [b.id]
    msg = f"No saved search #{a.id}; run `newsrag saved list` to see their ids."
    for call in (store.get, store.remove, store.mark_seen, store.unseen):
        with pytest.raises(InputError) as err:
            call(BOB, a.id)
        assert str(err.value) == msg
    index.ingest([files["strike"]], progress=False)
    # Ann's page checks only Ann's searches; Bob's still sees the article at his own check.
    assert brief(store.check(index, owner=ANN, notify=False)) == [
        (a.id, "2 new statements, 1 new article", brief(store.check(index, owner=BOB))[0][2])
    ]
    assert store.unseen_counts(ANN) == {a.id: 3}
    assert store.unseen_counts(BOB) == {b.id: 3}
    store.mark_seen(ANN, a.id)
    assert store.unseen_counts(ANN) == {a.id: 0}
    assert store.unseen_counts(BOB) == {b.id: 3}
    assert [m.data.get("quote") for m in store.unseen(BOB, b.id)] == [
        "The boats will sail again on Thursday morning",
        "the timetable would stay the same",
        None,
    ]
    assert store.remove(BOB, b.id).id == b.id
    assert store.searches(BOB) == [] and [s.id for s in store.searches()] == [a.id]


@pytest.mark.parametrize(
    ("kind", "query", "webhook", "message"),
    [
        ("mood", "x", None, "Unknown saved-search kind 'mood'; use who_said, topic, speaker."),
        ("speaker", "  ", None, "Give the speaker's name to save."),
        ("topic", "", None, "Give the topic to save."),
        ("who_said", "\n", None, "Give the who-said question to save."),
        (
            "topic",
            "x" * 301,
            None,
            "A saved search is at most 300 characters (got 301); shorten it.",
        ),
        (
            "topic",
            "Kursk",
            "ftp://example.org/hook",
            "The webhook must be an http:// or https:// URL with a host "
            "(got 'ftp://example.org/hook').",
        ),
        (
            "topic",
            "Kursk",
            "http:///hook",
            "The webhook must be an http:// or https:// URL with a host (got 'http:///hook').",
        ),
    ],
)
def test_bad_input_says_what_to_fix(
    index: Index, store: SavedSearches, kind: str, query: str, webhook: str | None, message: str
) -> None:
    with pytest.raises(InputError) as err:
        store.add(LOCAL_OWNER, kind, query, index=index, webhook=webhook)
    assert str(err.value) == message
    assert store.searches() == []


def test_saving_the_same_search_twice_names_the_first(index: Index, store: SavedSearches) -> None:
    store.add(LOCAL_OWNER, "topic", "Kursk", index=index)
    with pytest.raises(InputError) as err:
        store.add(LOCAL_OWNER, "topic", " Kursk ", index=index)
    assert str(err.value) == "This search is already saved as #1; remove it first to change it."


def test_the_file_is_owner_only(index: Index, store: SavedSearches) -> None:
    mode = stat.S_IMODE(store_path(index.settings).stat().st_mode)
    assert mode == 0o600


# -- webhooks --------------------------------------------------------------------------------------
def test_webhook_receives_exactly_the_new_matches(
    index: Index, store: SavedSearches, files: dict[str, str], receiver: Receiver
) -> None:
    index.ingest([files["fares"]], progress=False)
    store.add(LOCAL_OWNER, "speaker", "Mara Quill", index=index, webhook=receiver.url)
    assert brief(store.check(index, now=NOW)) == [(1, "nothing new", [])]
    assert receiver.bodies == []  # nothing new: nothing is POSTed
    index.ingest([files["strike"], files["bridge"]], progress=False)
    report = store.check(index, now=NOW)
    assert receiver.bodies == [
        {
            "event": EVENT,
            "checked_at": STAMP,
            "search": {"id": 1, "owner": "local", "kind": "speaker", "query": "Mara Quill"},
            "statements": [
                statement(BOATS, index, STRIKE["text"]),
                statement(TIMETABLE, index, STRIKE["text"]),
            ],
            "articles": [
                {
                    "article_id": ids(index)[STRIKE["title"]],
                    "title": "Kelmont ferry strike ends",
                    "outlet": "Harbour Post",
                    "published": "2031-03-05",
                    "url": "https://post.example/strike",
                }
            ],
        }
    ]
    assert receiver.headers[0]["content-type"] == "application/json"
    assert receiver.headers[0]["user-agent"].startswith("newsrag/")
    assert report.results[0].delivery == Delivery(receiver.url, True, 1, 200, "", 3)
    assert (
        str(report).splitlines()[-1] == f"  webhook {receiver.url}: delivered 3 item(s) (HTTP 200)"
    )
    # Delivered once: the next check sends nothing.
    store.check(index, now=NOW)
    assert len(receiver.bodies) == 1


def test_a_webhook_that_is_down_keeps_the_matches_and_the_next_check_sends_them(
    index: Index, store: SavedSearches, files: dict[str, str]
) -> None:
    port = free_port()  # nothing listens here yet
    url = f"http://127.0.0.1:{port}/hook"
    store.add(LOCAL_OWNER, "speaker", "Mara Quill", index=index, webhook=url)
    index.ingest([files["strike"]], progress=False)
    slept: list[float] = []

    def post(u: str, payload: dict[str, object]) -> Delivery:
        return post_webhook(u, payload, sleep=slept.append, timeout=2)

    report = store.check(index, now=NOW, post=post)
    assert slept == [0.5, 1.0]  # three tries, backing off
    (failed,) = report.failed_deliveries
    assert (failed.ok, failed.attempts, failed.status, failed.items) == (False, 3, None, 3)
    assert failed.error.startswith("cannot connect (ConnectError: ")
    assert str(report).splitlines()[-1] == (
        f"  webhook {url} FAILED after 3 tries ({failed.error}); the 3 new item(s) are kept "
        "and will be sent again at the next check (`newsrag saved check`)"
    )
    assert [m.type for m in report.results[0].new] == ["statement", "statement", "article"]
    assert len(index.list_articles()) == 1  # the ingest itself is not affected
    # The receiver comes up; the next check sends the kept matches, though none is new now.
    receiver = Receiver(port)
    try:
        again = store.check(index, now=NOW, post=post)
        assert again.results[0].new == []
        assert again.results[0].delivery == Delivery(url, True, 1, 200, "", 3)
        (body,) = receiver.bodies
        assert [x["quote"] for x in body["statements"]] == [  # type: ignore[union-attr,index]
            "The boats will sail again on Thursday morning",
            "the timetable would stay the same",
        ]
        assert [x["title"] for x in body["articles"]] == [  # type: ignore[union-attr,index]
            "Kelmont ferry strike ends"
        ]
    finally:
        receiver.close()


def test_a_check_from_the_app_leaves_the_webhook_to_the_next_full_check(
    index: Index, store: SavedSearches, files: dict[str, str], receiver: Receiver
) -> None:
    store.add(ANN, "speaker", "Mara Quill", index=index, webhook=receiver.url)
    index.ingest([files["strike"]], progress=False)
    seen_in_app = store.check(index, owner=ANN, notify=False, now=NOW)  # Ann opens the tab
    assert brief(seen_in_app)[0][1] == "2 new statements, 1 new article"
    assert seen_in_app.results[0].delivery is None and receiver.bodies == []
    after_ingest = store.check(index, now=NOW)  # the next `newsrag ingest`: nothing new...
    assert brief(after_ingest) == [(1, "nothing new", [])]
    assert after_ingest.results[0].delivery == Delivery(receiver.url, True, 1, 200, "", 3)
    (body,) = receiver.bodies  # ...but the webhook still hears of the three matches
    assert [len(body["statements"]), len(body["articles"])] == [2, 1]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("statuses", "attempts", "ok", "error", "slept"),
    [
        ([503, 200], 2, True, "", [0.5]),  # a server error is tried again
        ([429, 429, 429], 3, False, "HTTP 429", [0.5, 1.0]),  # so is "too many requests"
        ([400], 1, False, "HTTP 400", []),  # a refusal is not
        ([410], 1, False, "HTTP 410", []),
    ],
)
def test_webhook_retries_server_errors_only(
    statuses: list[int], attempts: int, ok: bool, error: str, slept: list[float]
) -> None:
    r = Receiver(statuses=statuses)
    waits: list[float] = []
    try:
        d = post_webhook(r.url, {"statements": [{}], "articles": []}, sleep=waits.append)
    finally:
        r.close()
    assert (d.ok, d.attempts, d.error, d.items) == (ok, attempts, error, 1)
    assert d.status == (200 if ok else statuses[-1])
    assert waits == slept and len(r.bodies) == attempts


def test_check_after_ingest_never_raises_and_is_silent_without_saved_searches(
    index: Index, files: dict[str, str]
) -> None:
    index.ingest([files["fares"]], progress=False)
    assert check_after_ingest(index) == ""
    assert not store_path(index.settings).exists()  # not created just to find nothing
    store_path(index.settings).write_bytes(b"not a database at all" * 100)
    msg = check_after_ingest(index)
    assert msg.startswith("Saved searches were not checked (DatabaseError: ")
    assert msg.endswith("); the ingest is done.")


# -- the command line ------------------------------------------------------------------------------
def test_cli_saves_lists_checks_after_ingest_and_removes(
    tmp_path: Path, files: dict[str, str], receiver: Receiver, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["saved", "list"]) == 0
    assert main(["saved", "check"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        'No saved searches. Add one: newsrag saved add --kind speaker "NAME"',
        "No saved searches to check.",
    ]
    assert main(["ingest", files["fares"], "--no-progress"]) == 0
    assert "Saved search" not in capsys.readouterr().out  # none saved: ingest output as before
    assert main(["saved", "add", "--kind", "speaker", "Mara Quill", "--webhook", receiver.url]) == 0
    assert main(["saved", "add", "--kind", "topic", "bridge repairs", "--user", "ann"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Saved search #1 speaker: Mara Quill for local, webhook {receiver.url}. "
        "New matches show after each ingest.",
        "Saved search #2 topic: bridge repairs for user:ann. New matches show after each ingest.",
    ]
    assert main(["ingest", files["strike"], "--no-progress"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("added 1, replaced 0, unchanged 0, skipped 0;")
    assert out[2:] == [
        "Saved search #1 speaker: Mara Quill: 2 new statements, 1 new article",
        '  + Mara Quill (harbour director) said [direct]: "The boats will sail again on '
        'Thursday morning" — Kelmont ferry strike ends, Harbour Post, 2031-03-05',
        "  + Mara Quill (harbour director) added [reported]: the timetable would stay the same"
        " — Kelmont ferry strike ends, Harbour Post, 2031-03-05",
        "  + article: Kelmont ferry strike ends — Harbour Post, 2031-03-05",
        f"  webhook {receiver.url}: delivered 3 item(s) (HTTP 200)",
        "Saved search #2 topic: bridge repairs: nothing new",
    ]
    (body,) = receiver.bodies
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", str(body["checked_at"]))
    assert body["search"] == {"id": 1, "owner": "local", "kind": "speaker", "query": "Mara Quill"}
    assert main(["saved", "list"]) == 0
    assert main(["saved", "list", "--user", "ann"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"#1 speaker: Mara Quill  (local, 3 new since last visit)  webhook {receiver.url}",
        "#2 topic: bridge repairs  (user:ann, 0 new since last visit)",
        "#2 topic: bridge repairs  (user:ann, 0 new since last visit)",
    ]
    assert main(["saved", "check"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Saved search #1 speaker: Mara Quill: nothing new",
        "Saved search #2 topic: bridge repairs: nothing new",
    ]
    assert main(["ingest", files["bridge"], "--no-progress"]) == 0
    assert capsys.readouterr().out.splitlines()[2:] == [
        "Saved search #1 speaker: Mara Quill: nothing new",
        "Saved search #2 topic: bridge repairs: 1 new article",
        "  + article: Dunmore bridge closes for repairs — Dunmore Courier, 2031-03-05",
    ]
    assert len(receiver.bodies) == 1  # nothing new for the search with the webhook
    assert main(["saved", "list", "--user", "ann"]) == 0
    assert capsys.readouterr().out == (
        "#2 topic: bridge repairs  (user:ann, 1 new since last visit)\n"
    )
    assert main(["saved", "remove", "2", "--user", "bob"]) == 1
    assert capsys.readouterr().err == (
        "Error: No saved search #2; run `newsrag saved list` to see their ids.\n"
    )
    assert main(["saved", "remove", "2"]) == 0
    assert main(["saved", "list", "--json"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Removed saved search #2 topic: bridge repairs.\n")
    listed = json.loads(out.split("\n", 1)[1])
    assert [(s["id"], s["query"], s["new_since_visit"]) for s in listed] == [(1, "Mara Quill", 3)]


def test_cli_ingest_succeeds_when_the_webhook_is_down(
    files: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("rag.saved.WEBHOOK_BACKOFF_S", 0.0)
    url = f"http://127.0.0.1:{free_port()}/hook"
    assert main(["saved", "add", "--kind", "speaker", "Quill", "--webhook", url]) == 0
    assert main(["ingest", files["strike"], "--no-progress"]) == 0  # the ingest still succeeds
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith(f"  webhook {url} FAILED after 3 tries (cannot connect (")
    assert out[-1].endswith(
        "the 3 new item(s) are kept and will be sent again at the next check "
        "(`newsrag saved check`)"
    )
    assert main(["list", "--json"]) == 0
    assert [a["title"] for a in json.loads(capsys.readouterr().out)] == [STRIKE["title"]]
    # `saved check` reports the failure in its exit status, for cron jobs.
    assert main(["saved", "check"]) == 1


def test_each_watch_round_reports_saved_searches(capsys: pytest.CaptureFixture[str]) -> None:
    # A real feed on 127.0.0.1 whose one item is a port-strike story (tests/data/web).
    with FixtureServer() as srv:
        srv.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow:\n", content_type="text/plain")
        page = srv.page("/news/strike", "ledger-port-strike.html")
        srv.routes["/feed.xml"] = Route(
            rss([("ledger-1", page, "Port strike")]), content_type="application/rss+xml"
        )
        assert main(["saved", "add", "--kind", "speaker", "Ines Ekdal"]) == 0
        assert main(["watch", srv.url + "/feed.xml", "--rounds", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\] round 1: added 1, .*", lines[1])
    assert lines[-4:] == [
        "Saved search #1 speaker: Ines Ekdal: 2 new statements, 1 new article",
        "  + Ines Ekdal (Port Calloway Authority spokesperson) said [reported]: the authority "
        "had offered a 4.5 percent pay rise over two years, which the union rejected on Friday "
        "— Port Calloway dock workers strike over automated cranes, The Harbour Ledger, "
        "2025-03-10",
        '  + Ines Ekdal (Port Calloway Authority spokesperson) said [direct]: "We have tried to '
        'meet the workers halfway, and we will keep trying" — Port Calloway dock workers strike '
        "over automated cranes, The Harbour Ledger, 2025-03-10",
        "  + article: Port Calloway dock workers strike over automated cranes — The Harbour "
        "Ledger, 2025-03-10",
    ]
