"""Ingest: formats, bad input messages, idempotency, replacement, interruption."""

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

from rag.index import Index
from rag.ingest import article_id, parse_html, read_file
from rag.settings import Settings
from rag.types import Article

from conftest import ROOT, SEED_FILE


def write(p: Path, content: str | bytes) -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


def read_one(path: Path):
    items = list(read_file(path))
    assert len(items) == 1, items
    return items[0]


def test_seed_json_metadata():
    art = read_one(SEED_FILE)
    assert isinstance(art, Article)
    assert (art.id, art.outlet, art.author, art.published) == (
        "f594db8a5cb54cef",
        "Caliber.Az",
        "Tamilla Hasanova",
        date(2024, 11, 5),
    )
    assert art.title == "Ukraine conflict escalates: 10,000 North Korean troops mobilized in Russia"
    assert art.text.startswith("Approximately 10,000 North Korean servicemen")


def test_plain_text_title_from_first_line(tmp_path):
    art = read_one(write(tmp_path / "a.txt", "Harbour reopens\nThe harbour reopened today.\n"))
    assert (art.title, art.text) == ("Harbour reopens", "The harbour reopened today.")


def test_markdown_front_matter(tmp_path):
    md = "---\ntitle: Bridge vote\noutlet: Ledger\npublished: 2025-01-02\n---\n# Ignored?\nBody.\n"
    art = read_one(write(tmp_path / "a.md", md))
    assert (art.title, art.outlet, art.published, art.text) == (
        "Bridge vote",
        "Ledger",
        date(2025, 1, 2),
        "# Ignored?\nBody.",
    )


def test_html_article():
    html = """<html><head><title>T - Site</title><meta property="og:site_name" content="Site">
    <meta name="author" content="A. Writer"><meta property="article:published_time"
    content="2025-02-03T10:00:00Z"></head><body><nav>Menu</nav><h1>Real title</h1>
    <p>First &amp; foremost.</p><script>evil()</script><p>Second.</p></body></html>"""
    f = parse_html(html)
    assert (f["title"], f["outlet"], f["author"], f["published"], f["text"]) == (
        "Real title",
        "Site",
        "A Writer",  # trafilatura's author normalization drops the initial's period
        "2025-02-03",
        "First & foremost.\nSecond.",
    )


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", "", "is empty; add the article text and ingest it again"),
        ("blank.md", "  \n\n", "is empty; add the article text and ingest it again"),
        (
            "bin.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR",
            "looks like a binary file, not a text article; export it as .txt, .md, .html or .json first",
        ),
        (
            "bad.json",
            '{"title": "x", "text": ',
            "is not valid JSON (line 1, column 24: Expecting "
            "value); fix the file and ingest it again",
        ),
        ("notext.json", '{"title": "x"}', "has no 'text' field with the article body"),
        (
            "baddate.json",
            '{"title": "x", "text": "y", "published": "soon"}',
            "unreadable date 'soon'; use YYYY-MM-DD",
        ),
        ("onlytitle.txt", "Just a title\n", "has a title line but no article text below it"),
    ],
)
def test_bad_files_get_clear_messages(tmp_path, name, content, message):
    problem = read_one(write(tmp_path / name, content))
    assert problem.message == message
    assert problem.skipped


def test_non_utf8_is_decoded_with_a_note(tmp_path):
    text = "Café crème\nLe maire a déclaré que la fête aura lieu à l'été, près de la rivière."
    items = list(read_file(write(tmp_path / "latin.txt", text.encode("cp1252"))))
    assert items[0].skipped is False and items[0].message.startswith("was not UTF-8; read it as")
    assert items[1].title == "Café crème"


def test_undecodable_bytes_are_skipped_with_advice(tmp_path):
    data = bytes(range(128, 256)) * 4
    problem = read_one(write(tmp_path / "junk.txt", data))
    assert "iconv -f ENCODING -t UTF-8" in problem.message or "binary" in problem.message


def test_jsonl_reports_bad_lines_and_keeps_good(tmp_path):
    lines = ['{"title": "A", "text": "Alpha body."}', "{oops", '{"title": "B", "text": "Beta."}']
    items = list(read_file(write(tmp_path / "x.jsonl", "\n".join(lines))))
    assert [type(i).__name__ for i in items] == ["Article", "FileProblem", "Article"]
    assert str(items[1]).endswith(
        "x.jsonl:2: is not valid JSON (Expecting property name "
        "enclosed in double quotes); fix that line"
    )


def test_ingest_mixed_folder_keeps_good_files(tmp_path, fake_embedder):
    d = tmp_path / "in"
    write(d / "good.txt", "Good title\nA good body sentence.")
    write(d / "empty.txt", "")
    write(d / "bad.json", "{")
    idx = Index(Settings(data_dir=tmp_path / "data"), embedder=fake_embedder)
    report = idx.ingest([d, tmp_path / "missing.txt"], progress=False)
    assert [a["title"] for a in report.added] == ["Good title"]
    assert sorted(p.message.split(";")[0] for p in report.skipped) == [
        "does not exist",
        "is empty",
        "is not valid JSON (line 1, column 2: Expecting property name enclosed in double quotes)",
    ]


def test_reingest_is_idempotent_and_embeds_nothing(tmp_path, fake_embedder):
    idx = Index(Settings(data_dir=tmp_path / "data"), embedder=fake_embedder)
    first = idx.ingest([SEED_FILE], progress=False)
    calls = len(fake_embedder.calls)
    again = idx.ingest([SEED_FILE], progress=False)
    assert (len(first.added), first.chunks_embedded) == (1, 4)
    assert (len(again.added), len(again.unchanged), again.chunks_embedded) == (0, 1, 0)
    assert len(fake_embedder.calls) == calls
    assert idx.store.count() == 4


def test_changed_article_replaces_old_chunks_and_reuses_vectors(tmp_path, fake_embedder):
    f = write(tmp_path / "a.json", json.dumps({"title": "T", "text": "One sentence here. " * 80}))
    idx = Index(Settings(data_dir=tmp_path / "data"), embedder=fake_embedder)
    first = idx.ingest([f], progress=False)
    write(f, json.dumps({"title": "T", "text": "One sentence here. " * 80 + "A new ending."}))
    second = idx.ingest([f], progress=False)
    assert [r["id"] for r in second.replaced] != [r["id"] for r in first.added]
    assert len(idx.list_articles()) == 1
    assert idx.store.count() == len(idx.catalog.article_chunks(second.replaced[0]["id"]))
    assert second.chunks_from_cache >= 1  # unchanged chunks were not embedded again


def test_remove_and_list(tmp_path, fake_embedder):
    idx = Index(Settings(data_dir=tmp_path / "data"), embedder=fake_embedder)
    idx.ingest([SEED_FILE], progress=False)
    assert [(r["id"], r["chunks"], r["status"]) for r in idx.list_articles()] == [
        ("f594db8a5cb54cef", 4, "complete")
    ]
    assert idx.remove("f594") == "f594db8a5cb54cef"
    assert idx.list_articles() == [] and idx.store.count() == 0
    with pytest.raises(Exception, match="No article with id 'f594'; run `newsrag list`"):
        idx.remove("f594")


def test_failure_midway_leaves_article_invisible_then_next_ingest_finishes(tmp_path, fake_embedder):
    idx = Index(Settings(data_dir=tmp_path / "data"), embedder=fake_embedder)
    real_add = idx.store.add

    def boom(chunks, vectors):
        raise KeyboardInterrupt  # as if the process were stopped during the write

    idx.store.add = boom  # type: ignore[method-assign]
    with pytest.raises(KeyboardInterrupt):
        idx.ingest([SEED_FILE], progress=False)
    assert idx.catalog.pending_ids() == ["f594db8a5cb54cef"]
    assert idx.catalog.counts() == {"articles": 0, "chunks": 0}
    idx.store.add = real_add  # type: ignore[method-assign]
    report = idx.ingest([], progress=False)  # finishes pending work even with no new paths
    assert [r["id"] for r in report.added] == ["f594db8a5cb54cef"]
    assert idx.catalog.pending_ids() == [] and idx.store.count() == 4


def test_kill_9_during_ingest_then_resume(tmp_path):
    """A real ingest process is killed with SIGKILL; the next ingest completes the index."""
    d = tmp_path / "many"
    for i in range(40):
        write(
            d / f"a{i:02d}.json",
            json.dumps(
                {
                    "title": f"Article {i}",
                    "text": " ".join(
                        f"Sentence {j} of article {i} talks about harbour {i * j}."
                        for j in range(60)
                    ),
                }
            ),
        )
    data = tmp_path / "data"
    code = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from rag.index import Index
        from rag.settings import Settings
        idx = Index(Settings(data_dir={str(data)!r}))
        idx.batch_chunks = 32  # several commits, so the kill lands between two of them
        idx.ingest([{str(d)!r}], progress=False)
    """)
    env = dict(os.environ, RAG_DATA_DIR=str(data))
    proc = subprocess.Popen([sys.executable, "-c", code], env=env)
    deadline = time.time() + 120
    idx_probe = None
    while time.time() < deadline:
        time.sleep(0.5)
        if (data / "catalog.sqlite3").exists():
            idx_probe = idx_probe or __import__("sqlite3").connect(data / "catalog.sqlite3")
            n = idx_probe.execute("SELECT COUNT(*) FROM articles WHERE status='complete'")
            if n.fetchone()[0] >= 3:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    if idx_probe:
        idx_probe.close()
    idx = Index(Settings(data_dir=data))
    before = idx.catalog.counts()["articles"]
    assert 3 <= before < 40
    idx.ingest([d], progress=False)
    assert idx.catalog.counts()["articles"] == 40
    assert idx.catalog.pending_ids() == []
    assert idx.store.count() == idx.catalog.counts()["chunks"]


def test_article_id_is_hash_of_normalized_text():
    assert article_id("Hello  world\r\n") == article_id("Hello  world")
    assert len(article_id("x")) == 16
