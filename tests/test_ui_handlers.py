"""The chat app's handlers without Gradio: a small fake-embedded index, FakeLLM, exact results."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from rag.errors import InputError
from rag.index import Index
from rag.settings import Settings
from ui import render
from ui.chats import ChatStore, chat_messages, owner_of
from ui.handlers import ALL_OUTLETS, EXPORT_TTL_S, Handlers, check_k

from conftest import FakeEmbedder, FakeLLM

FERRY_TITLE = "Kelmont harbour ferry fares rise by 8 percent"
FERRY = f"""{FERRY_TITLE}

The Kelmont harbour authority said on Monday that ferry fares will rise by 8 percent in April.
"We have no other choice because fuel costs doubled," said harbour director Mara Quill.
"""
ANN, BOB = "user:ann", "user:bob"
BRIDGE_TITLE = "Dunmore bridge closes for repairs"
BRIDGE = f"""{BRIDGE_TITLE}

The Dunmore bridge will close for six weeks of repairs from May, the city council said.
"""


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    ferry = tmp_path / "kelmont-fares.txt"
    ferry.write_text(FERRY, encoding="utf-8")
    bridge = tmp_path / "dunmore-bridge.txt"
    bridge.write_text(BRIDGE, encoding="utf-8")
    return [str(ferry), str(bridge)]


@pytest.fixture
def index(tmp_path: Path, fake_embedder: FakeEmbedder) -> Index:
    return Index(Settings(data_dir=tmp_path / "data", llm="extractive"), embedder=fake_embedder)


@pytest.fixture
def h(index: Index, files: list[str], fake_llm: FakeLLM, tmp_path: Path) -> Handlers:
    handlers = Handlers(index, index.settings, llm=fake_llm, export_dir=tmp_path / "exports")
    handlers.ingest(files)
    return handlers


def test_ingest_reports_each_file_and_the_library_shows_them(
    index: Index, files: list[str], tmp_path: Path
) -> None:
    h = Handlers(index, index.settings)
    assert h.ingest([]) == "Choose one or more article files first."
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4")
    ticks: list[tuple[int, int, str]] = []
    msg = h.ingest([*files, str(bad)], lambda d, t, w: ticks.append((d, t, w)))
    assert msg.splitlines() == [
        "Added 2 articles, replaced 0, already indexed 0, skipped 1.",
        f"- ✓ added **{FERRY_TITLE}** (1 chunk)",
        f"- ✓ added **{BRIDGE_TITLE}** (1 chunk)",
        "- ✗ skipped `scan.pdf`: has unsupported type '.pdf'; use .txt, .md, .html, .json or .jsonl",
    ]
    assert ticks and ticks[-1][:2] == (2, 2)
    lib = h.library()
    assert [r[:4] for r in lib.rows] == [  # undated: newest-first falls back to title, Z-A
        [FERRY_TITLE, "", "undated", 1],
        [BRIDGE_TITLE, "", "undated", 1],
    ]
    assert {label.split(" — ")[0] for label, _ in lib.articles} == {FERRY_TITLE, BRIDGE_TITLE}
    assert lib.outlets == [ALL_OUTLETS]
    assert lib.status.endswith("**Index:** 2 articles, 2 chunks")


def test_remove_an_article(h: Handlers) -> None:
    assert h.remove(None) == "Pick an article to remove first."
    aid = next(a["id"] for a in h.index.list_articles() if a["title"] == BRIDGE_TITLE)
    assert h.remove(aid) == f"Removed **{BRIDGE_TITLE}** ({aid})."
    assert [a["title"] for a in h.index.list_articles()] == [FERRY_TITLE]
    assert h.remove("zzz") == render.error_markdown(
        "No article with id 'zzz'; run `newsrag list` to see ids."
    )


def test_ask_streams_then_saves_the_turn_and_sends_history(h: Handlers, fake_llm: FakeLLM) -> None:
    views = list(h.ask(ANN, "Why will ferry fares rise?", ""))
    chat_id = views[0].chat_id
    user = {"role": "user", "content": "Why will ferry fares rise?"}
    assert views[0].messages == [user, {"role": "assistant", "content": render.CURSOR}]
    assert views[0].choices is None and views[-1].question == "Why will ferry fares rise?"
    final = views[-1]
    assert final.chat_id == chat_id and final.selected == chat_id
    assert final.messages[0] == user
    assert final.messages[1]["content"] == (  # FakeLLM's default reply: cannot answer
        "I cannot answer this from the indexed articles.\n\n"
        f"{render.CANNOT_ANSWER_HINT}\n\n"
        '<div class="answer-meta">answer · llm · fake</div>'
    )
    assert [cid for _, cid in final.choices or []] == [chat_id]
    assert "fuel costs doubled" in fake_llm.last_prompt  # the ferry passage reached the model
    (turn,) = h.chats.turns(ANN, chat_id)
    assert (turn["question"], turn["message"]) == (
        "Why will ferry fares rise?",
        final.messages[1]["content"],
    )
    # A follow-up in the same chat carries the first turn as history.
    list(h.ask(ANN, "And when?", chat_id))
    assert "Question: And when (follow-up to: Why will ferry fares rise)?" in fake_llm.last_prompt
    assert [t["question"] for t in h.chats.turns(ANN, chat_id)] == [
        "Why will ferry fares rise?",
        "And when?",
    ]


def test_ask_an_empty_question_shows_the_error_and_saves_nothing(h: Handlers) -> None:
    (view,) = list(h.ask(ANN, "  ", "c1"))
    assert view.messages == [
        {
            "role": "assistant",
            "content": render.error_markdown(
                "The question is empty. Type a question about the indexed articles, for "
                'example "Who said what about Kursk?".'
            ),
        }
    ]
    assert h.chats.turns(ANN, "c1") == [] and view.choices is None


def test_undo_retry_new_and_load(h: Handlers) -> None:
    list(h.ask(ANN, "Why will ferry fares rise?", "c1"))
    list(h.ask(ANN, "When does the bridge close?", "c1"))
    undone = h.undo(ANN, "c1", "When does the bridge close?")
    assert undone.question == "When does the bridge close?"
    assert len(undone.messages) == 2 and undone.selected == "c1"
    messages, q = h.retry(ANN, "c1", "Why will ferry fares rise?")
    assert (messages, q) == ([], "Why will ferry fares rise?")
    assert h.load(ANN).messages == [] and h.load(ANN).choices == []
    fresh = h.new_chat(ANN)
    assert fresh.messages == [] and len(fresh.chat_id) == 12 and fresh.selected is None


def test_who_said_rows_csv_and_messages(h: Handlers) -> None:
    v = h.who_said("ferry fares")
    assert v.message == "2 statements by 2 speakers."
    aid = next(a["id"] for a in h.index.list_articles() if a["title"] == FERRY_TITLE)
    assert v.rows == [
        [
            "Kelmont harbour authority",
            "organisation",
            "ferry fares will rise by 8 percent in April",
            "reported",
            "",
            "",
            f"{aid}:50-93",
        ],
        [
            "Mara Quill",
            "harbour director",
            "We have no other choice because fuel costs doubled",
            "direct",
            "",
            "",
            f"{aid}:96-146",
        ],
    ]
    assert v.csv_path is not None
    rows = list(csv.DictReader(io.StringIO(Path(v.csv_path).read_text(encoding="utf-8"))))
    assert [(r["speaker"], r["start"], r["end"]) for r in rows] == [
        ("Kelmont harbour authority", "50", "93"),
        ("Mara Quill", "96", "146"),
    ]
    assert h.who_said(" ").message == render.error_markdown(
        "Type a topic or a person, for example Kursk."
    )
    none = h.who_said("bridge repairs")
    assert (none.rows, none.csv_path, none.message) == (
        [],
        None,
        "No attributed statements about bridge repairs found.",
    )


def test_summarize_needs_an_article_or_a_topic(h: Handlers) -> None:
    assert h.summarize(None, " ", "short") == render.error_markdown(
        "Pick an article or type a topic to summarize."
    )
    aid = next(a["id"] for a in h.index.list_articles() if a["title"] == FERRY_TITLE)
    out = h.summarize(aid, "", "short")
    assert out.startswith(f'### Summary of the article "{FERRY_TITLE}"')


def test_api_errors_are_plain_dicts(h: Handlers) -> None:
    assert h.api_ask("")["error"].startswith("The question is empty.")
    assert h.api_summarize(article_id="x", topic="y")["error"] == (
        "Give either article_id or topic to summarize, not both or neither."
    )
    res = h.api_who_said("ferry fares")
    assert res["error"] is None
    assert [a["speaker"] for a in res["attributions"]] == [
        "Kelmont harbour authority",
        "Mara Quill",
    ]


# -- per-user chats ------------------------------------------------------------------------------
TURN = {
    "question": "Who said what about Kursk?",
    "answer": "A [1].",
    "message": 'A \\[1\\].\n\n<details class="sources">…</details>',
    "model": "extractive",
    "created": "2026-01-02T03:04:05+00:00",
}


def test_one_users_chats_are_invisible_and_untouchable_to_another(h: Handlers) -> None:
    list(h.ask(ANN, "Why will ferry fares rise?", "c1"))
    ann_turns = h.chats.turns(ANN, "c1")
    assert len(ann_turns) == 1
    # Bob opens the page: nothing of Ann's is listed or shown, even given her chat id.
    assert h.load(BOB).choices == [] and h.load(BOB).messages == []
    assert h.open_chat(BOB, "c1").messages == []
    # Bob's undo, retry and delete on Ann's chat id change nothing of hers.
    assert h.undo(BOB, "c1", "").messages == []
    assert h.retry(BOB, "c1", "") == ([], "")
    h.chats.delete(BOB, "c1")
    # Bob asking under the same chat id starts his own chat.
    list(h.ask(BOB, "When does the bridge close?", "c1"))
    assert h.chats.turns(ANN, "c1") == ann_turns
    assert [t["question"] for t in h.chats.turns(BOB, "c1")] == ["When does the bridge close?"]
    assert [c for _, c in h.chats.choices(ANN)] == ["c1"] == [c for _, c in h.chats.choices(BOB)]
    assert h.load(ANN).messages == chat_messages(ann_turns)


def test_chat_store_is_owner_only_append_only_and_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "data" / "chats.sqlite3"
    store = ChatStore(path)
    store.append(ANN, "c1", TURN)
    before = store._db.total_changes
    store.append(ANN, "c1", TURN | {"question": "And Zelenskyy?"})
    assert store._db.total_changes - before == 2  # one turn row inserted, one chat row touched
    store.append(ANN, "c2", TURN | {"question": "x" * 80})
    for p in path.parent.iterdir():  # the database and its -wal/-shm files
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
    store.close()
    again = ChatStore(path)  # what a restarted server sees
    assert again.turns(ANN, "c1") == [TURN, TURN | {"question": "And Zelenskyy?"}]
    labels = again.choices(ANN)
    assert [cid for _, cid in labels] == ["c2", "c1"]
    assert re.fullmatch(r"x{59}… · \d{4}-\d\d-\d\d \d\d:\d\d", labels[0][0]), labels
    assert labels[1][0].startswith("Who said what about Kursk? · ")
    assert again.pop(ANN, "c2") == TURN | {"question": "x" * 80}
    assert again.latest(ANN) == "c1" and again.choices(BOB) == []
    assert again.secret("s") == again.secret("s") != ChatStore(tmp_path / "other.db").secret("s")


def test_an_old_chats_json_is_imported_once_for_the_first_visitor(
    index: Index, tmp_path: Path
) -> None:
    old = {
        "version": 1,
        "seq": 3,
        "chats": {
            "old2": {"title": "B", "seq": 3, "turns": [TURN | {"question": "Second chat"}]},
            "old1": {"title": "A", "seq": 2, "turns": [TURN, TURN | {"question": "Again"}]},
        },
    }
    legacy = tmp_path / "data" / "chats.json"
    legacy.write_text(json.dumps(old), encoding="utf-8")
    h = Handlers(index, index.settings)
    assert not legacy.exists()
    (moved,) = (tmp_path / "data").glob("chats.json.imported-*")
    assert stat.S_IMODE(moved.stat().st_mode) == 0o600
    first = h.load(ANN)
    assert [cid for _, cid in first.choices or []] == ["old2", "old1"]
    assert [t["question"] for t in h.chats.turns(ANN, "old1")] == [TURN["question"], "Again"]
    assert h.load(BOB).choices == []
    # Read once: a restart does not import again, and Ann keeps her chats.
    h2 = Handlers(index, index.settings)
    assert h2.load(BOB).choices == [] and len(h2.load(ANN).choices or []) == 2


def test_an_unreadable_chats_json_is_moved_aside(index: Index, tmp_path: Path) -> None:
    legacy = tmp_path / "data" / "chats.json"
    legacy.write_text("{not json", encoding="utf-8")
    h = Handlers(index, index.settings, import_owner=ANN)
    assert h.load(ANN).choices == []
    assert [
        p.name.startswith("chats.json.unreadable-") for p in legacy.parent.glob("chats.j*")
    ] == [True]


@pytest.mark.parametrize(
    ("username", "browser", "owner"),
    [
        ("ann", None, "user:ann"),
        ("ann", "0" * 32, "user:ann"),
        (None, "0123456789abcdef" * 2, "browser:0123456789abcdef0123456789abcdef"),
        (None, None, None),
        (None, "user:ann", None),
        (None, "0" * 31, None),
        (None, {"id": "x"}, None),
    ],
)
def test_owner_of(username: str | None, browser: object, owner: str | None) -> None:
    assert owner_of(username, browser) == owner


def test_ingest_deletes_the_uploaded_files_and_nothing_else(
    index: Index, files: list[str], tmp_path: Path
) -> None:
    uploads = tmp_path / "uploads"
    up1, up2 = uploads / "a1b2" / "kelmont-fares.txt", uploads / "c3d4" / "scan.pdf"
    for p, src in ((up1, files[0]), (up2, None)):
        p.parent.mkdir(parents=True)
        p.write_bytes(Path(src).read_bytes() if src else b"%PDF-1.4")
    (uploads / "c3d4" / "other-upload.txt").write_text("not part of this ingest")
    outside = tmp_path / "mine.txt"  # a path outside the upload folder is never deleted
    outside.write_text(BRIDGE, encoding="utf-8")
    h = Handlers(index, index.settings, upload_dir=uploads)
    msg = h.ingest([str(up1), str(up2), str(outside)])
    assert msg.startswith("Added 2 articles, replaced 0, already indexed 0, skipped 1.")
    assert sorted(str(p.relative_to(uploads)) for p in uploads.rglob("*")) == [
        "c3d4",
        "c3d4/other-upload.txt",
    ]
    assert outside.exists()
    # Also after a failed ingest.
    up3 = uploads / "e5f6" / "x.txt"
    up3.parent.mkdir()
    up3.write_text("x")
    index.ingest = None  # type: ignore[assignment]  # makes ingest raise TypeError
    assert h.ingest([str(up3)]) == render.error_markdown(
        "Something went wrong while adding articles (TypeError). The details are in the server log."
    )
    assert not up3.parent.exists()


# -- bounded inputs ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("k", "expected"),
    [(None, 10), (0, 10), ("", 10), (1, 1), (50, 50), (5.0, 5), ("7", 7)],
)
def test_check_k_accepts_whole_numbers_from_1_to_50(k: object, expected: int) -> None:
    assert check_k(k, 10) == expected


@pytest.mark.parametrize("k", [-3, 51, 1e6, 2.5, "ten", True, float("nan"), [3]])
def test_check_k_refuses_the_rest(k: object) -> None:
    with pytest.raises(InputError) as exc:
        check_k(k, 10)
    assert str(exc.value) == f"k must be a whole number from 1 to 50; got {k!r}."


def test_the_who_said_tab_refuses_a_huge_topic_with_the_message(h: Handlers) -> None:
    v = h.who_said("x" * 50_000)
    assert (v.rows, v.csv_path, v.message) == (
        [],
        None,
        render.error_markdown(
            "The topic is 50000 characters long; the limit is 2000. Shorten it, or raise "
            "RAG_MAX_QUESTION_CHARS."
        ),
    )
    assert h.summarize(None, "y" * 2001, "short") == render.error_markdown(
        "The topic is 2001 characters long; the limit is 2000. Shorten it, or raise "
        "RAG_MAX_QUESTION_CHARS."
    )
    assert h.api_who_said("ferry fares", k=-3)["error"] == (
        "k must be a whole number from 1 to 50; got -3."
    )


# -- a data directory that cannot be written -----------------------------------------------------
def test_chats_stay_in_memory_when_the_data_dir_cannot_hold_them(
    index: Index, files: list[str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "data" / "chats.sqlite3").mkdir()  # the store's file cannot be created
    h = Handlers(index, index.settings)
    assert h.chats.path is None
    assert "Chats cannot be saved in" in caplog.text
    h.ingest(files)
    list(h.ask(ANN, "Why will ferry fares rise?", "c1"))
    assert [t["question"] for t in h.chats.turns(ANN, "c1")] == ["Why will ferry fares rise?"]


def test_an_answer_that_cannot_be_saved_is_still_shown_with_a_note(
    h: Handlers, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(h.chats, "append", full)
    final = list(h.ask(ANN, "Why will ferry fares rise?", "c1"))[-1]
    assert final.choices is None
    assert final.messages[1]["content"].endswith(
        '<div class="answer-meta">answer · llm · fake</div>\n\n'
        + render.error_markdown(
            "This answer was not saved to your chats (database or disk is full); free disk "
            "space or check RAG_DATA_DIR."
        )
    )


def test_old_csv_exports_are_pruned_on_the_next_search(h: Handlers) -> None:
    first = Path(h.who_said("ferry fares").csv_path or "")
    old = time.time() - EXPORT_TTL_S - 1
    os.utime(first, (old, old))
    second = Path(h.who_said("Mara Quill").csv_path or "")
    assert sorted(h.export_dir.iterdir()) == [second]


def test_status_line_says_when_the_model_process_is_down(index: Index, tmp_path: Path):
    from rag.llm import close_llms, get_llm

    s = index.settings.model_copy(update={"llm": "local"})
    h = Handlers(index, s, export_dir=tmp_path / "exports")
    llm = get_llm(s)
    try:
        assert h.status().startswith(
            "**LLM:** local · SmolLM2-135M-Instruct.Q4_1.gguf (summaries; answers quote the "
            "sources) · model stopped · **Embedder:**"
        )
        llm.server.state, llm.server.last_error = "down", "killed by SIGKILL"
        llm.server._next_try = time.monotonic() + 30.4
        assert h.status().startswith(
            "**LLM:** local · SmolLM2-135M-Instruct.Q4_1.gguf (summaries; answers quote the "
            "sources) · model down (killed by SIGKILL); "
            "retrying in 30 s"
        )
    finally:
        close_llms()


PIER_QUOTE = "We will not rush a decision this big"
PIER_EARLY = {
    "title": "Kelmont pier vote delayed",
    "outlet": "Harbor Wire",
    "published": "2025-03-02",
    "text": "Kelmont Pier Vote Delayed\n\nThe Kelmont council delayed its vote on the old pier "
    "on Sunday after engineers asked for more time.\n\n"
    f'"{PIER_QUOTE}," said council leader Ines Arnott.\n',
}
PIER_LATE = {
    "title": "Council week in review",
    "outlet": "Valley Standard",
    "published": "2025-03-09",
    "text": "Council Week In Review\n\nThe budget committee met three times this week and "
    "agreed to fund two new lifeguard posts on the north beach.\n\nLibrary hours will grow in "
    "April, the committee chair, Tomas Ferrow, said.\n\nOn the pier, Ines Arnott repeated what "
    f'she had said a week earlier. "{PIER_QUOTE}," Arnott said.\n',
}


@pytest.fixture
def pier(index: Index, tmp_path: Path) -> Handlers:
    """Two articles carrying the same quote; the later one is ingested first."""
    paths = []
    for name, art in (("late.json", PIER_LATE), ("early.json", PIER_EARLY)):
        p = tmp_path / name
        p.write_text(json.dumps(art), encoding="utf-8")
        paths.append(str(p))
    h = Handlers(index, index.settings, export_dir=tmp_path / "exports")
    for p in paths:
        h.ingest([p])
    return h


def test_who_said_tab_exact_phrase_names_the_earliest_article_and_speaker(pier: Handlers) -> None:
    v = pier.who_said(f'"{PIER_QUOTE}"')
    early = next(a["id"] for a in pier.index.list_articles() if a["title"] == PIER_EARLY["title"])
    start = PIER_EARLY["text"].index(PIER_QUOTE)
    assert v.message == (
        "First carried by **Kelmont pier vote delayed** (Harbor Wire, 2025-03-02); said by "
        "**Ines Arnott** (council leader). Carried by 2 articles.\n\n1 statement by 1 speaker."
    )
    assert v.rows[0] == [
        "Ines Arnott",
        "council leader",
        PIER_QUOTE,
        "direct",
        "Harbor Wire",
        "2025-03-02",
        f"{early}:{start}-{start + len(PIER_QUOTE)}",
    ]
    assert len(v.rows) == 1


def test_who_said_tab_phrase_outside_any_statement_names_nobody(pier: Handlers) -> None:
    v = pier.who_said('"agreed to fund two new lifeguard posts"')
    assert (v.rows, v.csv_path, v.message) == (
        [],
        None,
        "First carried by **Council week in review** (Valley Standard, 2025-03-09); no speaker "
        "is attributed there.",
    )


def test_who_said_tab_phrase_respects_the_outlet_filter(pier: Handlers) -> None:
    v = pier.who_said(f'"{PIER_QUOTE}"', outlet="Valley Standard")
    assert v.message.startswith(
        "First carried by **Council week in review** (Valley Standard, 2025-03-09); said by "
        "**Ines Arnott**."
    )
    assert [r[4] for r in v.rows] == ["Valley Standard"]


def test_who_said_tab_phrase_first_carried_by_a_syndicated_copy(
    index: Index, tmp_path: Path
) -> None:
    """The wire copy indexed first was published later: the earlier outlet is named."""
    body = PIER_EARLY["text"].replace(
        "The Kelmont council", "KELMONT ({}) — The Kelmont council"
    ) + (
        "\nThe pier was built in 1911 and has been closed to cars since a storm cracked two of "
        "its concrete pilings in 2023. Engineers told the council last month that repairs "
        "would cost about $14 million, and that a new pier would cost nearly twice as much. "
        "Fishermen who tie up at the pier have asked the council to keep it open to boats "
        "while the work is done, and the harbour master said he would try to find them "
        "moorings elsewhere in the bay until the council decides what to do.\n"
    )
    late = PIER_EARLY | {
        "outlet": "Valley Standard",
        "published": "2025-03-04",
        "text": body.format("Valley Standard"),
    }
    early = PIER_EARLY | {
        "outlet": "Harbor Wire",
        "published": "2025-03-02",
        "text": body.format("Harbor Wire"),
    }
    h = Handlers(index, index.settings, export_dir=tmp_path / "exports")
    for name, art in (("late.json", late), ("early.json", early)):
        p = tmp_path / name
        p.write_text(json.dumps(art), encoding="utf-8")
        h.ingest([str(p)])
    assert len(h.index.list_articles()) == 1  # one story, embedded once
    v = h.who_said(f'"{PIER_QUOTE}"')
    assert v.message == (
        "First carried by **Kelmont pier vote delayed** (Harbor Wire, 2025-03-02); said by "
        "**Ines Arnott** (council leader). Carried by 2 articles.\n\n1 statement by 1 speaker."
        '\n\n<details class="quote-variants"><summary><b>Ines Arnott</b>: “We will not rush a '
        "decision this big” — first in Harbor Wire 2025-03-02; 2 outlets; wording differs in 0"
        "</summary><ul><li><b>Harbor Wire</b> 2025-03-02: We will not rush a decision this big"
        "</li><li><b>Valley Standard</b> 2025-03-04: We will not rush a decision this big</li>"
        "</ul></details>"
    )
    assert [r[0] for r in v.rows] == ["Ines Arnott"]
