"""SQLite files in the data directory: owner-only stores, and read-only opens of existing ones."""

from __future__ import annotations

import os
import sqlite3
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def retry_locked(step: Callable[[], T], *, timeout: float = 30.0) -> T:
    """Run ``step`` again while SQLite answers "locked" or "busy", for up to ``timeout`` s."""
    # Two processes opening one new file at once can deadlock on the switch to WAL (each
    # holds a read lock and wants the write lock). SQLite then answers "database is locked"
    # at once rather than calling its busy handler, so the waiting has to happen here.
    deadline = time.monotonic() + timeout
    pause = 0.01
    while True:
        try:
            return step()
        except sqlite3.OperationalError as exc:
            message = str(exc)
            if ("locked" not in message and "busy" not in message) or (
                time.monotonic() >= deadline
            ):
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


def open_private(path: Path | None) -> sqlite3.Connection:
    """An autocommit, thread-shared connection to an owner-only (0600) WAL file; None: in memory."""
    if path is None:
        return sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Create the file owner-only before SQLite opens it; the -wal/-shm files copy its mode.
    os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
    os.chmod(path, 0o600)
    db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    db.execute("PRAGMA busy_timeout = 5000")
    retry_locked(lambda: db.execute("PRAGMA journal_mode = WAL"))
    return db


def open_read_only(path: Path, probe: str, *, timeout: float) -> sqlite3.Connection | None:
    """The existing file read-only, if ``probe`` (a query) runs on it; else None."""
    if not path.exists():
        return None
    uri = "file:" + urllib.parse.quote(str(path.resolve()))
    # mode=ro still needs to create the WAL index file; immutable=1 reads the file as is
    # (complete once the last writer closed, which checkpoints the WAL).
    for flags in ("?mode=ro", "?immutable=1"):
        try:
            db = sqlite3.connect(uri + flags, uri=True, check_same_thread=False, timeout=timeout)
            db.execute(probe).fetchone()
            return db
        except sqlite3.Error:
            continue
    return None
