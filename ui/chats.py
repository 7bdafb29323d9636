"""The chat store: saved chats and their turns, each turn with its rendered message (no gradio)."""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ui import render

log = logging.getLogger(__name__)


def now() -> str:
    """The current UTC time, ISO format, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _when(iso: str) -> str:
    """A stored UTC timestamp as short local time, for chat labels."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return "?"


class ChatStore:
    """Chats saved server-side in one JSON file; each turn keeps its rendered message, so a
    reload shows exactly the answer and sources that were produced together."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._data: dict[str, Any] = self._read()

    def _read(self) -> dict[str, Any]:
        if not self.path.exists():
            return {"version": 1, "seq": 0, "chats": {}}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or not isinstance(data.get("chats"), dict):
                raise ValueError("no chats mapping")
            return data
        except (OSError, ValueError) as exc:
            bad = self.path.with_name(f"{self.path.name}.unreadable-{int(time.time())}")
            log.warning(
                "Chat history %s is unreadable (%s); moved it to %s and started afresh",
                self.path,
                exc,
                bad.name,
            )
            self.path.replace(bad)
            return {"version": 1, "seq": 0, "chats": {}}

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(self._data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)

    def choices(self) -> list[tuple[str, str]]:
        """("title · last update", id) of every chat, most recently updated first."""
        with self._lock:
            chats = sorted(
                self._data["chats"].items(), key=lambda kv: kv[1].get("seq", 0), reverse=True
            )
            return [(f"{c['title']} · {_when(c.get('updated', ''))}", cid) for cid, c in chats]

    def latest(self) -> str | None:
        """Id of the most recently updated chat."""
        ch = self.choices()
        return ch[0][1] if ch else None

    def turns(self, chat_id: str | None) -> list[dict[str, Any]]:
        """The chat's turns (question, answer text, rendered message)."""
        with self._lock:
            chat = self._data["chats"].get(chat_id or "")
            return [dict(t) for t in chat["turns"]] if chat else []

    def append(self, chat_id: str, turn: dict[str, Any]) -> None:
        """Add a turn, creating the chat (titled by its first question) if needed."""
        with self._lock:
            chat = self._data["chats"].setdefault(
                chat_id, {"title": title_of(turn["question"]), "created": now(), "turns": []}
            )
            chat["turns"].append(turn)
            self._data["seq"] = chat["seq"] = int(self._data.get("seq", 0)) + 1
            chat["updated"] = now()
            self._write()

    def pop(self, chat_id: str | None) -> dict[str, Any] | None:
        """Remove and return the chat's last turn."""
        with self._lock:
            chat = self._data["chats"].get(chat_id or "")
            if not chat or not chat["turns"]:
                return None
            turn: dict[str, Any] = chat["turns"].pop()
            if not chat["turns"]:
                del self._data["chats"][chat_id]
            self._write()
            return turn

    def delete(self, chat_id: str | None) -> None:
        """Forget a chat."""
        with self._lock:
            if self._data["chats"].pop(chat_id or "", None) is not None:
                self._write()


def title_of(question: str) -> str:
    q = " ".join(question.split())
    return q if len(q) <= 60 else q[:59] + "…"


def new_chat_id() -> str:
    return uuid.uuid4().hex[:12]


def chat_messages(turns: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Chatbot messages for saved turns."""
    out = []
    for t in turns:
        out.append({"role": "user", "content": render.user_markdown(t["question"])})
        out.append({"role": "assistant", "content": t["message"]})
    return out
