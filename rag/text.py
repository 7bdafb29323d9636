"""Paragraph and sentence segmentation that never splits inside a quotation."""

from __future__ import annotations

import re
import unicodedata

# Words that end in a period without ending a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "maj",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "sen",
        "rep",
        "gov",
        "pres",
        "st",
        "jr",
        "sr",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "vol",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "corp",
        "ltd",
        "co",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "approx",
        "est",
        "dept",
        # Titles before a name ("Del. Renata Kilbourne", "Rev. Ana Ruiz").
        "del",
        "rev",
        "atty",
        "det",
        "supt",
        "univ",
        "mt",
        "ft",
        "rev",
        "hon",
    ]
)

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+)")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NEXT_CHAR = re.compile(r"\s+(\S)")
_SPACE = re.compile(r"\s*")
_OPEN_QUOTES = "“«"
_CLOSE_QUOTES = "”»"


def normalize(text: str) -> str:
    """NFKC, unified newlines and collapsed blank runs: the form ids are hashed from."""
    text = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[ \t\u00a0]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blank-line separated if the text has blank lines, else one per line."""
    sep = re.compile(r"\n\s*\n") if "\n\n" in text else re.compile(r"\n+")
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in sep.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        # Trim whitespace so spans start and end on text.
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _quote_depth_changes(segment: str) -> int:
    """Net change of 'inside a quotation' parity caused by ``segment`` (straight and curly)."""
    return (
        segment.count('"') % 2
        + sum(segment.count(q) for q in _OPEN_QUOTES)
        - sum(segment.count(q) for q in _CLOSE_QUOTES)
    )


def _is_abbreviation(text: str, dot: int) -> bool:
    """True if the period at ``dot`` ends an abbreviation or an initial."""
    # Look only just before the dot: searching all of text[:dot] made long articles quadratic.
    m = _LAST_WORD.search(text, max(0, dot - 64), dot)
    if not m:
        return False
    word = m.group(1)
    low = word.lower().rstrip(".")
    if low in ABBREVIATIONS:
        return True
    if word in ("v", "vs") and re.match(r"\.\s+[A-Z]", text[dot : dot + 3]):
        return True  # "Grants Pass v. Johnson": a case's name, not a sentence's end
    if low in ("no", "nos"):
        # "No. 10" is an abbreviation; "said no." ends a sentence.
        return bool(re.match(r"\.\s*\d", text[dot : dot + 4]))
    if word == "X" and re.search(r"\b(?:on|via|to)\s+X$", text[max(0, dot - 8) : dot]):
        return False  # "wrote on X. His campaign said": the platform, not an initial
    # A lone capital letter is an initial ("J. Smith"), not the end of a sentence.
    return len(word) == 1 and word.isupper()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]``; quotations are never split."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    sent_start = start
    straight_open = False
    curly_depth = 0
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        seg = text[pos : m.end()]
        straight_open ^= seg.count('"') % 2 == 1
        curly_depth += sum(seg.count(q) for q in _OPEN_QUOTES) - sum(
            seg.count(q) for q in _CLOSE_QUOTES
        )
        curly_depth = max(curly_depth, 0)
        pos = m.end()
        if straight_open or curly_depth:
            continue
        dot = m.start()
        if text[dot] == "." and _is_abbreviation(text, dot):
            continue
        nxt = _NEXT_CHAR.match(text, m.end(), end)
        if nxt and (nxt.group(1).islower() or nxt.group(1) in ",;:"):
            continue
        spans.append((sent_start, m.end()))
        ws = _SPACE.match(text, m.end(), end)
        sent_start = ws.end() if ws else m.end()
    if sent_start < end and text[sent_start:end].strip():
        e = end
        while e > sent_start and text[e - 1].isspace():
            e -= 1
        spans.append((sent_start, e))
    return spans


def sentences(text: str) -> list[tuple[int, int, int]]:
    """All sentence spans of ``text`` as (paragraph index, start, end)."""
    out = []
    for p, (ps, pe) in enumerate(split_paragraphs(text)):
        for s, e in split_sentences(text, ps, pe):
            out.append((p, s, e))
    return out


_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "about",
        "from",
        "into",
        "over",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "them",
        "his",
        "her",
        "their",
        "we",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "not",
        "no",
        "than",
        "then",
        "there",
        "here",
        "so",
        "such",
        "can",
        "could",
        "would",
        "should",
        "will",
        "may",
        "might",
        "must",
        "also",
        "just",
        "only",
        "very",
        "said",
        "says",
        "tell",
        "told",
        "say",
        "any",
        "some",
        "all",
        "more",
        "most",
        "other",
        "much",
        "many",
        "up",
        "out",
        "off",
    ]
)


def content_words(text: str) -> list[str]:
    """Lower-cased words minus stopwords, with a light plural strip, for lexical overlap."""
    words = []
    for w in _WORD.findall(text.lower()):
        w = w.replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        if w in STOPWORDS or len(w) < 2:
            continue
        if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        words.append(w)
    return words


_NOT_NAMES = STOPWORDS | frozenset(
    [
        "did",
        "tell",
        "give",
        "list",
        "summarize",
        "summarise",
        "describe",
        "explain",
        "according",
        "please",
        "yes",
        "i",
    ]
)


# Common words that open a request ("Summary of the floods", "Latest on Kursk"): capitalised only
# because they come first, so reading them as names would make retrieval demand them in every passage.
_OPENERS = frozenset(
    [
        "summary",
        "summaries",
        "overview",
        "background",
        "details",
        "coverage",
        "news",
        "latest",
        "recent",
        "update",
        "updates",
        "recap",
        "brief",
        "briefly",
        "report",
        "reports",
        "quotes",
        "statements",
        "timeline",
        "show",
        "find",
        "search",
        "compare",
        "any",
        "anything",
        "everything",
        "articles",
        "article",
        "story",
        "stories",
        "key",
        "main",
        "what's",
        "whats",
    ]
)


def query_entities(question: str) -> list[str]:
    """Capitalised names in a question ("Jeon Ha-kyou", "France"), minus question words."""
    out = []
    for i, tok in enumerate(re.findall(r"[A-Za-z][\w.\-']*", question)):
        tok = tok.rstrip(".'").removesuffix("'s")
        if i == 0 and tok.lower() in _OPENERS:
            continue
        if tok[:1].isupper() and tok.lower() not in _NOT_NAMES and len(tok) > 1:
            out.append(tok)
    return out


def has_word(text: str, word: str) -> bool:
    """True if ``word`` occurs in ``text`` with no word character (``\\w``) on either side.

    The same test as ``(?<!\\w)word(?!\\w)``, without compiling a pattern per word: every
    query checks its names on 20 passages, and each new name cost a regex compile.
    """
    if not word:  # the pattern's answer for an empty word: any spot between two non-words
        return re.search(r"(?<!\w)(?!\w)", text) is not None
    at = text.find(word)
    size = len(word)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + size] if at + size < len(text) else " "
        # \w is exactly str.isalnum() or "_" (SRE's Unicode word test).
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        at = text.find(word, at + 1)
    return False


def mentions(text: str, name: str, *, fuzzy: bool = True) -> bool:
    """True if ``name`` occurs in ``text`` as a word, or nearly (one typo in a long name)."""
    low = text.lower()
    n = name.lower()
    if has_word(low, n):
        return True
    if not fuzzy or len(n) < 5:
        return False
    from rapidfuzz import fuzz

    words = set(re.findall(r"[\w.\-']+", low))
    return any(abs(len(w) - len(n)) <= 2 and fuzz.ratio(w, n) >= 85 for w in words)
