"""The chat store: every user's saved chats in one SQLite file (no gradio).

Each chat belongs to one owner (``user:NAME`` when the app has a login, ``browser:ID`` when it
does not) and every read and write names that owner, so nobody can see, list, change or delete
another owner's chats. A turn is one appended row holding its rendered message, so a reload
shows exactly the answer and sources that were produced together; history is never rewritten.
The file is created mode 0600.
"""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rag.database import open_private
from ui import render

log = logging.getLogger(__name__)

IMPORTED = "imported:"  # owner of chats read from an old chats.json until someone claims them
TURN_FIELDS = ("question", "answer", "message", "model", "created")
_BROWSER_ID = re.compile(r"[0-9a-f]{32}")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS chats (
    owner TEXT NOT NULL, id TEXT NOT NULL, title TEXT NOT NULL,
    created TEXT NOT NULL, updated TEXT NOT NULL, last_turn INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (owner, id));
CREATE TABLE IF NOT EXISTS turns (
    n INTEGER PRIMARY KEY AUTOINCREMENT, owner TEXT NOT NULL, chat_id TEXT NOT NULL,
    question TEXT NOT NULL, answer TEXT NOT NULL, message TEXT NOT NULL,
    model TEXT NOT NULL DEFAULT '', created TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS turns_of_chat ON turns (owner, chat_id, n);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def now() -> str:
    """The current UTC time, ISO format, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _when(iso: str) -> str:
    """A stored UTC timestamp as short local time, for chat labels."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return "?"


def new_browser_id() -> str:
    """A random id that names one browser's chats when the app has no login."""
    return uuid.uuid4().hex


def owner_of(username: str | None, browser_id: object) -> str | None:
    """Whose chats these are: the logged-in user, else a well-formed browser id, else None."""
    if username:
        return f"user:{username}"
    if isinstance(browser_id, str) and _BROWSER_ID.fullmatch(browser_id):
        return f"browser:{browser_id}"
    return None


class ChatStore:
    """Saved chats in a SQLite file; every method takes the owner whose chats it touches."""

    def __init__(self, path: Path | None, *, import_json: Path | None = None) -> None:
        """Open (or create) the store at ``path``; None keeps chats in memory only."""
        self.path = path
        self._lock = threading.Lock()
        self._db = open_private(path)
        self._db.executescript(_SCHEMA)
        if import_json is not None and import_json.exists():
            self._import_json(import_json)

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._db.close()

    # -- reading ---------------------------------------------------------------------------------
    def choices(self, owner: str) -> list[tuple[str, str]]:
        """("title · last update", id) of the owner's chats, most recently updated first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, title, updated FROM chats WHERE owner = ? "
                "ORDER BY last_turn DESC, rowid DESC",
                (owner,),
            ).fetchall()
        return [(f"{title} · {_when(updated)}", cid) for cid, title, updated in rows]

    def latest(self, owner: str) -> str | None:
        """Id of the owner's most recently updated chat."""
        ch = self.choices(owner)
        return ch[0][1] if ch else None

    def turns(self, owner: str, chat_id: str | None) -> list[dict[str, Any]]:
        """The turns of the owner's chat (question, answer text, rendered message, ...)."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {', '.join(TURN_FIELDS)} FROM turns WHERE owner = ? AND chat_id = ? "
                "ORDER BY n",
                (owner, chat_id or ""),
            ).fetchall()
        return [dict(zip(TURN_FIELDS, r, strict=True)) for r in rows]

    # -- writing ---------------------------------------------------------------------------------
    def append(self, owner: str, chat_id: str, turn: dict[str, Any]) -> None:
        """Add one turn, creating the owner's chat (titled by its first question) if needed."""
        created = str(turn.get("created") or now())
        values = [str(turn.get(f) or "") for f in TURN_FIELDS[:-1]]
        with self._lock, self._db:
            self._db.execute("BEGIN IMMEDIATE")
            n = self._db.execute(
                f"INSERT INTO turns (owner, chat_id, {', '.join(TURN_FIELDS)}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (owner, chat_id, *values, created),
            ).lastrowid
            self._db.execute(
                "INSERT INTO chats (owner, id, title, created, updated, last_turn) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (owner, id) DO UPDATE SET "
                "updated = excluded.updated, last_turn = excluded.last_turn",
                (owner, chat_id, title_of(str(turn["question"])), created, now(), n),
            )

    def pop(self, owner: str, chat_id: str | None) -> dict[str, Any] | None:
        """Remove and return the last turn of the owner's chat (the chat goes with its last)."""
        with self._lock, self._db:
            self._db.execute("BEGIN IMMEDIATE")
            row = self._db.execute(
                f"SELECT n, {', '.join(TURN_FIELDS)} FROM turns WHERE owner = ? AND chat_id = ? "
                "ORDER BY n DESC LIMIT 1",
                (owner, chat_id or ""),
            ).fetchone()
            if row is None:
                return None
            self._db.execute("DELETE FROM turns WHERE n = ?", (row[0],))
            left = self._db.execute(
                "SELECT MAX(n) FROM turns WHERE owner = ? AND chat_id = ?", (owner, chat_id)
            ).fetchone()[0]
            if left is None:
                self._db.execute("DELETE FROM chats WHERE owner = ? AND id = ?", (owner, chat_id))
            else:
                self._db.execute(
                    "UPDATE chats SET last_turn = ? WHERE owner = ? AND id = ?",
                    (left, owner, chat_id),
                )
        return dict(zip(TURN_FIELDS, row[1:], strict=True))

    def delete(self, owner: str, chat_id: str | None) -> None:
        """Forget one of the owner's chats."""
        with self._lock, self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute(
                "DELETE FROM turns WHERE owner = ? AND chat_id = ?", (owner, chat_id or "")
            )
            self._db.execute("DELETE FROM chats WHERE owner = ? AND id = ?", (owner, chat_id or ""))

    def secret(self, name: str) -> str:
        """A random secret kept in the store (made on first use), e.g. to seal browser state."""
        with self._lock, self._db:
            self._db.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
                (f"secret:{name}", secrets.token_urlsafe(24)),
            )
            row = self._db.execute(
                "SELECT value FROM meta WHERE key = ?", (f"secret:{name}",)
            ).fetchone()
        return str(row[0])

    # -- chats.json from before the SQLite store -------------------------------------------------
    def has_imported(self) -> bool:
        """Whether chats imported from an old chats.json still wait for an owner."""
        with self._lock:
            row = self._db.execute("SELECT 1 FROM chats WHERE owner = ? LIMIT 1", (IMPORTED,))
            return row.fetchone() is not None

    def claim_imported(self, owner: str) -> int:
        """Give chats imported from an old chats.json to ``owner``; how many were claimed.

        The old file was shared by everyone who used the app, so its chats go to one owner:
        the first to open the page after the upgrade (serve() names the first login instead).
        """
        with self._lock, self._db:
            self._db.execute("BEGIN IMMEDIATE")
            n = self._db.execute(
                "UPDATE chats SET owner = ? WHERE owner = ?", (owner, IMPORTED)
            ).rowcount
            self._db.execute("UPDATE turns SET owner = ? WHERE owner = ?", (owner, IMPORTED))
        return int(n)

    def _import_json(self, path: Path) -> None:
        """Read an old chats.json once into the store, then move it aside."""
        stamp = int(time.time())
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            chats = data["chats"] if isinstance(data, dict) else None
            if not isinstance(chats, dict):
                raise ValueError("no chats mapping")
            ordered = sorted(chats.items(), key=lambda kv: int(kv[1].get("seq", 0)))
            for cid, chat in ordered:
                for turn in chat.get("turns", []):
                    self.append(IMPORTED, str(cid), turn)
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            bad = path.with_name(f"{path.name}.unreadable-{stamp}")
            log.warning("Chat history %s is unreadable (%s); moved it to %s", path, exc, bad.name)
            path.replace(bad)
            return
        done = path.with_name(f"{path.name}.imported-{stamp}")
        path.replace(done)
        os.chmod(done, 0o600)
        log.info("Imported %d chats from %s into %s", len(chats), path, self.path)


def title_of(question: str) -> str:
    """A chat's title: its first question on one line, at most 60 characters."""
    q = " ".join(question.split())
    return q if len(q) <= 60 else q[:59] + "…"


def new_chat_id() -> str:
    """A fresh chat id."""
    return uuid.uuid4().hex[:12]


def chat_messages(turns: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Chatbot messages for saved turns."""
    out = []
    for t in turns:
        out.append({"role": "user", "content": render.user_markdown(t["question"])})
        out.append({"role": "assistant", "content": t["message"]})
    return out
