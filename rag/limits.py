"""Input limits shared by the library, the API, the UI and the CLI."""

from __future__ import annotations

from typing import Any

from rag.errors import InputError

K_MIN, K_MAX = 1, 50


def check_k(k: Any) -> int:
    """``k`` as an int from 1 to 50, or InputError saying so."""
    ok = isinstance(k, int) and not isinstance(k, bool)
    if isinstance(k, float) and k.is_integer():
        k, ok = int(k), True
    if not ok or not K_MIN <= k <= K_MAX:
        raise InputError(f"k must be a whole number from {K_MIN} to {K_MAX} (got {k!r}).")
    return int(k)


def check_length(text: str, limit: int) -> None:
    """InputError if a question or topic is longer than ``limit`` characters."""
    if len(text) > limit:
        raise InputError(
            f"The question or topic is {len(text):,} characters long; the limit is {limit:,}. "
            "Shorten it, or raise RAG_MAX_QUESTION_CHARS."
        )
