"""A read-only, missing or full data directory: one line saying what to do; reads go on."""

import errno
import multiprocessing
import sqlite3
from pathlib import Path

import pytest

import rag.catalog
from rag.cli import main
from rag.database import retry_locked
from rag.errors import StoreError
from rag.index import Index
from rag.lexical import LexicalIndex
from rag.settings import Settings

from conftest import DATA, SEED_FILE

READ_ONLY = (
    "Error: The data directory {d} is read-only, so nothing can be added or removed; make it "
    "writable, or point RAG_DATA_DIR at a writable folder. Searching and answering still work.\n"
)
FULL = (
    "The disk holding the data directory {d} is full; free some space, or point RAG_DATA_DIR "
    "at a disk with room, then run the command again."
)


@pytest.fixture
def indexed(tmp_path, fake_embedder):
    idx = Index(Settings(data_dir=tmp_path / "data"), embedder=fake_embedder)
    idx.ingest([SEED_FILE], progress=False)
    idx.close()
    return tmp_path / "data"


@pytest.fixture
def read_only(monkeypatch):
    """SQLite refuses every writable open, as on a read-only mount; read-only URIs still work."""
    real = sqlite3.connect

    def connect(database, *args, uri=False, **kwargs):
        if not uri:
            raise sqlite3.OperationalError("unable to open database file")
        return real(database, *args, uri=uri, **kwargs)

    monkeypatch.setattr(rag.catalog.sqlite3, "connect", connect)


def test_read_only_data_dir_lists_and_searches_but_refuses_writes(
    indexed, read_only, monkeypatch, capsys
):
    assert main(["list"]) == 0
    assert capsys.readouterr().out.startswith("f594db8a5cb54cef  2024-11-05  Caliber.Az")
    for argv in (["ingest", str(DATA / "injection-article.json")], ["remove", "f594"]):
        assert main(argv) == 1
        assert capsys.readouterr().err == READ_ONLY.format(d=indexed)
    assert Index(Settings(data_dir=indexed)).catalog.read_only


def test_read_only_store_falls_back_to_keyword_search(indexed, read_only, fake_embedder):
    def unopenable(*a, **k):
        raise StoreError("Cannot open the embedded Chroma store: attempt to write a readonly db")

    idx = Index(Settings(data_dir=indexed), embedder=fake_embedder)
    idx._open_chroma = unopenable  # type: ignore[method-assign]
    from rag.retrieve import retrieve

    got = retrieve("How many North Korean troops are in Russia?", index=idx)
    assert [p.chunk.article_id for p in got][:1] == ["f594db8a5cb54cef"]
    assert got[0].dense_score is not None  # scored with the cached vector
    with pytest.raises(StoreError, match="is read-only, so nothing can be added or removed"):
        idx.ingest([DATA / "injection-article.json"], progress=False)


def test_missing_data_dir_that_cannot_be_created(monkeypatch, capsys):
    monkeypatch.setenv("RAG_DATA_DIR", "/proc/newsrag-nowhere/data")
    assert main(["list"]) == 1
    assert capsys.readouterr().err == (
        "Error: The data directory /proc/newsrag-nowhere/data does not exist and cannot be "
        "created; create it, or point RAG_DATA_DIR at a writable folder.\n"
    )


def test_full_disk_during_ingest_is_one_line_and_reads_keep_working(
    indexed, fake_embedder, monkeypatch, capsys
):
    def no_space(self, ids, texts, version):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(LexicalIndex, "build", no_space)
    idx = Index(Settings(data_dir=indexed), embedder=fake_embedder)
    with pytest.raises(StoreError) as err:
        idx.ingest([DATA / "injection-article.json"], progress=False)
    assert str(err.value) == FULL.format(d=indexed)
    from rag.retrieve import retrieve

    got = retrieve("How many North Korean troops are in Russia?", index=idx)
    assert got[0].chunk.article_id == "f594db8a5cb54cef"


def test_full_disk_in_sqlite_is_the_same_line(tmp_path):
    cat = rag.catalog.Catalog(tmp_path / "c.sqlite3")
    with pytest.raises(StoreError) as err, cat._write():
        raise sqlite3.OperationalError("database or disk is full")
    assert str(err.value) == FULL.format(d=tmp_path)


def test_cli_shows_no_traceback_unless_debug(monkeypatch, capsys):
    import rag.cli

    def boom(ns):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(rag.cli, "cmd_list", boom)
    assert main(["list"]) == 1
    assert capsys.readouterr().err == (
        "Error: unexpected RuntimeError: boom. Run the command again with --debug to see the "
        "traceback, and report it.\n"
    )
    with pytest.raises(RuntimeError):
        main(["list", "--debug"])
    with pytest.raises(RuntimeError):
        main(["--debug", "list"])


def test_retry_locked_waits_out_locked_and_busy_but_not_other_errors():
    answers = iter(["database is locked", "database table is locked", "database is busy", "ok"])
    calls = []

    def step():
        calls.append(1)
        a = next(answers)
        if a != "ok":
            raise sqlite3.OperationalError(a)
        return a

    assert retry_locked(step) == "ok"
    assert len(calls) == 4

    def broken():
        calls.append(2)
        raise sqlite3.OperationalError("no such table: articles")

    with pytest.raises(sqlite3.OperationalError, match="^no such table: articles$"):
        retry_locked(broken)
    assert calls.count(2) == 1  # not retried


def test_retry_locked_gives_up_after_its_timeout():
    def locked():
        raise sqlite3.OperationalError("database is locked")

    with pytest.raises(sqlite3.OperationalError, match="^database is locked$"):
        retry_locked(locked, timeout=0.05)


def _open_catalog(path: str, barrier) -> str:
    barrier.wait()
    try:
        rag.catalog.Catalog(Path(path)).close()
        return "ok"
    except StoreError as exc:
        return str(exc)


def test_four_processes_opening_one_new_catalog_at_once_all_succeed(tmp_path):
    # Before the retry, 12 of 20 such races had a process fail with "database is locked"
    # (the WAL switch deadlocks) or "duplicate column name: n_stored" (both migrated).
    context = multiprocessing.get_context("fork")
    for i in range(8):
        path = str(tmp_path / f"d{i}" / "catalog.sqlite3")
        with context.Manager() as manager, context.Pool(4) as pool:
            barrier = manager.Barrier(4)
            assert pool.starmap(_open_catalog, [(path, barrier)] * 4) == ["ok"] * 4
        db = sqlite3.connect(path)
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        columns = [r[1] for r in db.execute("PRAGMA table_info(articles)")]
        assert columns.count("n_stored") == 1
        db.close()
