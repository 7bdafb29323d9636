"""A cheap guess whether a question is English, so others get a plain "English only" reply."""

from __future__ import annotations

import re

ENGLISH_ONLY = (
    "Only questions in English are supported: the articles, the search and the answer checks "
    "are English. Please ask again in English."
)

# Function words, grouped per language; no foreign one is also an English word ("in", "die").
_ENGLISH_WORDS = (
    "the a an of to and is are was were what who whom which how many much did does do said",
    "say says about on at for with from by when where why has have had there their they he",
    "she it its this that these those been be will would could should not",
)
_FOREIGN_WORDS = (
    "der das und ist sind wie viele wer über nicht ein eine sagte wurde mit dem",  # German
    "le la les est sont combien qui quoi des du une selon avec pour dans",  # French
    "el los las es cuántos cuántas quién qué dijo sobre una hay del para como",  # Spanish
    "il gli sono quanti quante chi che detto della delle",  # Italian
    "os quantos quem disse são uma não",  # Portuguese
    "het een zijn hoeveel zei niet van",  # Dutch
)
_ENGLISH = frozenset(w for line in _ENGLISH_WORDS for w in line.split())
_FOREIGN = frozenset(w for line in _FOREIGN_WORDS for w in line.split())
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def looks_english(text: str) -> bool:
    """False only when ``text`` is clearly in another language (script or function words)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 8:
        return True  # too short to tell; let the normal path answer
    latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f")
    if latin / len(letters) < 0.5:
        return False  # mostly Cyrillic, Greek, CJK, Arabic, ...
    words = [w.lower() for w in _WORD.findall(text)]
    english = sum(w in _ENGLISH for w in words)
    foreign = sum(w in _FOREIGN for w in words)
    return not (foreign >= 2 and foreign > english)
