"""API keys for scripts that call the REST API, and a per-key rate limiter.

A key looks like ``nr_<id>_<secret>``: ``id`` (8 hex characters) names the key in listings and
``newsrag api-key revoke``; only the SHA-256 of the secret is stored, in
``<data_dir>/apikeys.sqlite3``. The token is shown once, when the key is created. The secret is
32 random bytes, so a fast hash is enough (there is nothing to guess a dictionary against).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from rag.catalog import storage_error
from rag.database import open_read_only
from rag.errors import InputError

log = logging.getLogger(__name__)

PREFIX = "nr_"
KEYS_FILE = "apikeys.sqlite3"
LAST_USED_EVERY_S = 60.0  # last_used is a hint for `api-key list`, not a log: one write a minute

_SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    id TEXT PRIMARY KEY,
    secret_sha256 TEXT NOT NULL,
    user TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    last_used TEXT,
    revoked TEXT
)
"""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _sha256(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def split_token(token: str) -> tuple[str, str] | None:
    """``(id, secret)`` from ``nr_<id>_<secret>``, or None when it is not shaped like a key."""
    t = token.strip()
    if not t.startswith(PREFIX):
        return None
    key_id, sep, secret = t[len(PREFIX) :].partition("_")
    if (
        not sep
        or len(key_id) != 8
        or not secret
        or any(c not in "0123456789abcdef" for c in key_id)
    ):
        return None
    return key_id, secret


@dataclass(frozen=True)
class ApiKey:
    """One stored key, without its secret."""

    id: str
    user: str = ""
    name: str = ""
    created: str = ""
    last_used: str | None = None
    revoked: str | None = None

    @property
    def active(self) -> bool:
        """Not revoked."""
        return self.revoked is None


class KeyStore:
    """The API keys of one data directory (SQLite; safe across threads and processes)."""

    def __init__(self, data_dir: str | Path, *, read_only_ok: bool = False) -> None:
        """Open (or create) the key store; ``read_only_ok`` lets a server start on a read-only
        data directory, where no key can be added (and, without the file, none exists)."""
        self.path = Path(data_dir).expanduser() / KEYS_FILE
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = self._open(self.path)
        except (sqlite3.Error, OSError) as exc:
            if not read_only_ok:
                raise storage_error(exc, self.path.parent) from exc
            log.warning("API keys are read-only: %s", storage_error(exc, self.path.parent))
            self._db = self._open_read_only()
        self._lock = threading.Lock()
        self._touched: dict[str, float] = {}

    @staticmethod
    def _open(path: Path | str) -> sqlite3.Connection:
        db = sqlite3.connect(path, timeout=10, check_same_thread=False)
        if not db.execute("SELECT 1 FROM sqlite_master WHERE name='api_keys'").fetchone():
            with db:  # only a new file is written to: a read-only one still opens
                db.execute(_SCHEMA)
        return db

    def _open_read_only(self) -> sqlite3.Connection:
        """The existing file read-only (as the catalog does), or an empty store in memory."""
        db = open_read_only(self.path, "SELECT COUNT(*) FROM api_keys", timeout=10)
        return db if db is not None else self._open(":memory:")

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def create(self, *, user: str = "", name: str = "") -> tuple[ApiKey, str]:
        """A new key and its token (the only time the token is available)."""
        user, name = user.strip(), name.strip()
        secret = secrets.token_urlsafe(32)
        with self._lock, self._db:
            while True:  # 2^32 ids: a clash is unlikely, but the id must be unique
                key_id = secrets.token_hex(4)
                if not self._db.execute("SELECT 1 FROM api_keys WHERE id=?", (key_id,)).fetchone():
                    break
            created = _now()
            self._db.execute(
                "INSERT INTO api_keys (id, secret_sha256, user, name, created) VALUES (?,?,?,?,?)",
                (key_id, _sha256(secret), user, name, created),
            )
        return ApiKey(key_id, user, name, created), f"{PREFIX}{key_id}_{secret}"

    def list(self, *, include_revoked: bool = False) -> list[ApiKey]:
        """Keys, oldest first; revoked ones only when asked."""
        sql = "SELECT id, user, name, created, last_used, revoked FROM api_keys"
        if not include_revoked:
            sql += " WHERE revoked IS NULL"
        with self._lock:
            rows = self._db.execute(sql + " ORDER BY created, id").fetchall()
        return [ApiKey(*r) for r in rows]

    def has_active(self) -> bool:
        """Whether any key is active (then the API asks every caller for one)."""
        with self._lock:
            row = self._db.execute("SELECT 1 FROM api_keys WHERE revoked IS NULL LIMIT 1")
            return row.fetchone() is not None

    def revoke(self, key_id: str) -> ApiKey:
        """Revoke the key with this id (or a token that contains it); returns it."""
        parts = split_token(key_id)
        kid = parts[0] if parts else key_id.strip().removeprefix(PREFIX)
        with self._lock, self._db:
            row = self._db.execute(
                "SELECT id, user, name, created, last_used, revoked FROM api_keys WHERE id=?",
                (kid,),
            ).fetchone()
            if row is None:
                raise InputError(
                    f"No API key with id {kid!r}; run `newsrag api-key list` to see the ids."
                )
            key = ApiKey(*row)
            if key.revoked is not None:
                return key
            revoked = _now()
            self._db.execute("UPDATE api_keys SET revoked=? WHERE id=?", (revoked, kid))
        return ApiKey(key.id, key.user, key.name, key.created, key.last_used, revoked)

    def verify(self, token: str) -> ApiKey | None:
        """The active key this token belongs to, or None (unknown, revoked or mistyped)."""
        parts = split_token(token)
        if parts is None:
            return None
        key_id, secret = parts
        with self._lock:
            row = self._db.execute(
                "SELECT id, user, name, created, last_used, revoked, secret_sha256 FROM api_keys "
                "WHERE id=?",
                (key_id,),
            ).fetchone()
        if row is None or not hmac.compare_digest(row[6], _sha256(secret)) or row[5] is not None:
            return None
        key = ApiKey(*row[:6])
        self._touch(key_id)
        return key

    def _touch(self, key_id: str) -> None:
        now = time.monotonic()
        if now - self._touched.get(key_id, -math.inf) < LAST_USED_EVERY_S:
            return
        self._touched[key_id] = now
        try:
            with self._lock, self._db:
                self._db.execute("UPDATE api_keys SET last_used=? WHERE id=?", (_now(), key_id))
        except sqlite3.Error:  # a read-only data dir still serves requests
            pass


class RateLimiter:
    """A token bucket per caller: ``per_minute`` requests a minute, bursts up to that many."""

    def __init__(self, per_minute: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # caller -> (tokens, when)
        self._lock = threading.Lock()

    def take(self, caller: str) -> float:
        """Spend one request; 0 if allowed, else the seconds until the next one is."""
        if self.per_minute <= 0:
            return 0.0
        rate = self.per_minute / 60.0
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.get(caller, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - last) * rate)
            if tokens >= 1.0:
                self._buckets[caller] = (tokens - 1.0, now)
                return 0.0
            self._buckets[caller] = (tokens, now)
            return (1.0 - tokens) / rate
