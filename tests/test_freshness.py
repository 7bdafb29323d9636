"""Freshness across processes: a long-lived reader sees another process's ingest and remove."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from rag.catalog import Catalog
from rag.index import Index
from rag.retrieve import retrieve
from rag.settings import Settings
from rag.types import Article

from conftest import ROOT, SEED_FILE

# Made-up towns so that only the new article can answer each question.
NEW_ARTICLES = [
    (
        "quillmoor",
        "Quillmoor reservoir reopens after repairs",
        "The Quillmoor reservoir reopened on Monday after a two-year repair of its dam. "
        "Engineer Petra Ostlund said the Quillmoor dam now holds 41 million cubic metres. "
        "Anglers returned to the Quillmoor shore within hours of the reopening.",
        "How much water does the Quillmoor dam hold?",
    ),
    (
        "brackenfold",
        "Brackenfold library wins architecture prize",
        "The Brackenfold public library won the national architecture prize this week. "
        "Its timber roof spans 63 metres without a single column, the jury said. "
        "Mayor Ines Varga said Brackenfold would open the library on Sundays from May.",
        "Which prize did the Brackenfold library win?",
    ),
    (
        "saltreach",
        "Saltreach ferry fares cut by a third",
        "Ferry fares between Saltreach and the mainland fall by a third from June. "
        "The Saltreach harbour board said a single crossing will cost 4 euros. "
        "Commuters in Saltreach had campaigned for cheaper fares for a decade.",
        "What will a Saltreach ferry crossing cost?",
    ),
]

READER = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, {root!r})
    import rag
    from rag.index import open_index
    for line in sys.stdin:
        q = line.strip()
        ids = [p.chunk.article_id for p in rag.retrieve(q, k=3)]
        ans = rag.answer(q, settings={{"llm": "extractive"}})
        cited = sorted({{c["article_id"] for c in ans.to_dict()["citations"].values()}})
        # What this process's vector store holds now, after a query gave it the chance to reload.
        idx = open_index()
        near = idx.store.query(idx.embedder.embed([q])[0], 3)
        dense = [cid.rsplit("-", 1)[0] for cid, _ in near]
        print(json.dumps({{"retrieved": ids, "cited": cited, "dense": dense}}), flush=True)
    """
)


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).parent / "newsrag"
    return subprocess.run(
        [str(exe), *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300
    )


@pytest.fixture
def reader_env(tmp_path):
    env = dict(os.environ, RAG_DATA_DIR=str(tmp_path / "data"), RAG_NO_PROGRESS="1")
    env.pop("RAG_LLM", None)
    return env


def test_reader_process_sees_cli_ingest_and_remove_within_one_query(tmp_path, reader_env):
    before, after = tmp_path / "before", tmp_path / "after"
    for i, (name, title, text, _) in enumerate(NEW_ARTICLES):
        folder = before if i == 0 else after
        folder.mkdir(exist_ok=True)
        (folder / f"{name}.json").write_text(json.dumps({"title": title, "text": text}))
    first = cli("ingest", str(SEED_FILE), str(before), env=reader_env)
    assert first.returncode == 0, first.stderr
    reader = subprocess.Popen(
        [sys.executable, "-c", READER.format(root=str(ROOT))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=reader_env,
        cwd=tmp_path,
    )

    def ask(q: str) -> dict:
        assert reader.stdin and reader.stdout
        reader.stdin.write(q + "\n")
        reader.stdin.flush()
        line = reader.stdout.readline()
        assert line, reader.stderr.read() if reader.stderr else ""
        return json.loads(line)

    def ids() -> dict[str, str]:
        cat = Catalog(tmp_path / "data" / "catalog.sqlite3")
        try:
            return {r["title"]: r["id"] for r in cat.list_articles()}
        finally:
            cat.close()

    try:
        # The reader opens its store, loads BM25 and caches chunks before the CLI writes.
        quill_id = ids()[NEW_ARTICLES[0][1]]
        got = ask(NEW_ARTICLES[0][3])
        assert (got["retrieved"][0], got["cited"], got["dense"][0]) == (
            quill_id,
            [quill_id],
            quill_id,
        )
        ing = cli("ingest", str(after), env=reader_env)
        assert ing.returncode == 0, ing.stderr
        assert ing.stdout.startswith("added 2, replaced 0, unchanged 0, skipped 0")
        for _, title, _, question in NEW_ARTICLES[1:]:
            new_id = ids()[title]
            got = ask(question)
            assert (got["retrieved"][0], got["cited"], got["dense"][0]) == (
                new_id,
                [new_id],
                new_id,
            ), (question, got)

        rm = cli("remove", quill_id, env=reader_env)
        assert rm.returncode == 0, rm.stderr
        got = ask(NEW_ARTICLES[0][3])
        assert quill_id not in got["retrieved"] + got["cited"] + got["dense"], got
        # The other articles are still served.
        brack_id = ids()[NEW_ARTICLES[1][1]]
        assert ask(NEW_ARTICLES[1][3])["cited"] == [brack_id]
    finally:
        if reader.stdin:
            reader.stdin.close()
        reader.wait(timeout=60)


def test_catalog_version_counts_every_change_to_the_complete_set(tmp_path):
    cat = Catalog(tmp_path / "c.sqlite3")
    art = Article(id="a1", title="T", text="Body.")
    seen = [cat.version()]
    cat.begin_article(art, [], [])  # pending articles are invisible: no change
    seen.append(cat.version())
    cat.complete_article("a1")
    seen.append(cat.version())
    cat.begin_article(art, [], [])  # complete -> pending (reindex) hides it again
    seen.append(cat.version())
    cat.complete_article("a1")
    seen.append(cat.version())
    cat.delete_article("a1")
    seen.append(cat.version())
    assert seen == ["", "", "1", "2", "3", "4"]
    # A clock-based version from an older catalog keeps counting up from where it was.
    cat.set_meta("version", "1732000000000000000")
    cat.complete_article("a1")
    assert cat.version() == "1732000000000000001"


def test_second_index_in_process_drops_removed_article_from_cached_chunks(tmp_path, fake_embedder):
    s = Settings(data_dir=tmp_path / "data", llm="extractive")
    writer = Index(s, embedder=fake_embedder)
    writer.ingest([SEED_FILE], progress=False)
    reader = Index(s, embedder=fake_embedder)
    q = "How many North Korean troops are in Russia?"
    assert {p.chunk.article_id for p in retrieve(q, index=reader)} == {"f594db8a5cb54cef"}
    writer.remove("f594db8a5cb54cef")
    assert retrieve(q, index=reader) == []
    writer.ingest([SEED_FILE], progress=False)
    assert {p.chunk.article_id for p in retrieve(q, index=reader)} == {"f594db8a5cb54cef"}
