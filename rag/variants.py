"""Quote variants: one statement as worded by different outlets, aligned word by word.

Outlets reword the same statement slightly: "We will not retreat from Kursk" becomes "we won't
retreat from Kursk", gets trimmed to a sub-span, extended by a clause, shortened with an
ellipsis, or re-punctuated. Two statements are *variants* when the speakers are compatible and
their normalised words overlap enough (``is_variant``). Each variant is then aligned against the
earliest wording (``align``, difflib on words) so the UI can show what an outlet changed.

Two levels of normalisation, on purpose:

- *comparison keys* (``words``): case-folded words with contractions expanded ("won't" ->
  "will not") and punctuation dropped, so cosmetic edits do not lower the similarity;
- *display words* (``display_words``): the words as printed, compared case- and
  apostrophe-insensitively, so an alignment still shows "will not" -> "won't" as a change.

A syndicated copy that was recorded but not indexed (rag/dedupe.py) has no attributions of its
own: ``locate`` finds the statement's wording in the copy's text. Grouping itself is
``rag.dedupe.group_statements``; ``who_said_across`` is who_said grouped that way.

The thresholds were chosen on tests/data/variants/pairs_dev.yaml only; precision and recall are
reported on pairs_heldout.yaml (labelled before measuring), by ``bench/variants_pairs.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any, Literal

from rag.quotes import same_person
from rag.types import Attribution

if TYPE_CHECKING:  # rag.dedupe imports this module
    from rag.dedupe import Reported
    from rag.index import Index
    from rag.settings import Settings

# Chosen on the dev pairs (bench/variants_pairs.py --dev prints each pair's scores): a pair is
# a variant when the word-sequence ratio reaches RATIO (dev positives reworded by one or two
# words score 0.76-1.0; same-template different statements, "no plans to raise fares" vs "no
# plans to cut services", score 0.74-0.80), or when the shorter quote is contained in the
# longer one — an outlet quoting a sub-span — with at most one word in ten missing, and is long
# enough to be a statement rather than a stock phrase ("this budget protects families").
RATIO = 0.82
CONTAINMENT = 0.9
MIN_CONTAINED_WORDS = 6
# Character-level ratio of the normalised word strings, so that a spelling variant of a short
# quote ("our harbour will reopen"/"our harbor ...": 0.98) still groups; the old rule here was
# 0.90, which grouped the dev negative "situation on the front"/"at the plant" (0.91).
CHARS = 0.95

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_CONTRACTIONS = {
    "won't": "will not",
    "can't": "can not",
    "cannot": "can not",
    "shan't": "shall not",
    "ain't": "is not",
    "let's": "let us",
    "it's": "it is",
    "that's": "that is",
    "there's": "there is",
    "what's": "what is",
    "he's": "he is",
    "she's": "she is",
}
_SUFFIXES = (("n't", " not"), ("'re", " are"), ("'ll", " will"), ("'ve", " have"), ("'m", " am"))
_SUFFIXES_D = (("'d", " would"),)

Op = Literal["equal", "del", "ins"]


def display_words(text: str) -> list[str]:
    """The words of a quote as printed, with their punctuation ("Kursk,"); bare punctuation
    tokens ("...", "—") are dropped."""
    return [t for t in text.split() if _WORD.search(t)]


def _key(word: str) -> str:
    """A printed word compared case-, punctuation- and apostrophe-insensitively."""
    return " ".join(_WORD.findall(word)).casefold().replace("’", "'")


def words(text: str) -> list[str]:
    """Comparison keys: case-folded words, contractions expanded, punctuation dropped."""
    out: list[str] = []
    for w in _WORD.findall(text):
        k = w.casefold().replace("’", "'")
        if k in _CONTRACTIONS:
            out += _CONTRACTIONS[k].split()
            continue
        for suffix, full in _SUFFIXES + _SUFFIXES_D:
            if k.endswith(suffix) and len(k) > len(suffix):
                out += (k[: -len(suffix)] + full).split()
                break
        else:
            out.append(k)
    # "per cent" (UK style) and "percent" are one word
    for i in range(len(out) - 1, 0, -1):
        if out[i] == "cent" and out[i - 1] == "per":
            out[i - 1 : i + 1] = ["percent"]
    return out


@dataclass(frozen=True)
class Similarity:
    """How close two quotes are: word-sequence ratio and containment of the shorter one."""

    ratio: float  # difflib ratio 2M/T over comparison keys
    containment: float  # matched words / words of the shorter quote
    shorter: int  # words in the shorter quote
    chars: float = 0.0  # character-level ratio of the normalised word strings

    def is_variant(self) -> bool:
        """The decision rule, with the module thresholds."""
        return (
            self.ratio >= RATIO
            or self.chars >= CHARS
            or (self.containment >= CONTAINMENT and self.shorter >= MIN_CONTAINED_WORDS)
        )


def similarity(a: str, b: str) -> Similarity:
    """Word-level similarity of two quotes (symmetric)."""
    from rapidfuzz import fuzz

    wa, wb = words(a), words(b)
    if not wa or not wb:
        return Similarity(0.0, 0.0, 0)
    sm = SequenceMatcher(None, wa, wb, autojunk=False)
    matched = sum(b.size for b in sm.get_matching_blocks())
    shorter = min(len(wa), len(wb))
    chars = fuzz.ratio(" ".join(wa), " ".join(wb)) / 100
    return Similarity(round(sm.ratio(), 4), round(matched / shorter, 4), shorter, round(chars, 4))


def compatible_speakers(a: Attribution, b: Attribution) -> bool:
    """Same speaker: equal names, one is the other's alias, or one name fits the other."""
    na, nb = a.speaker.casefold().strip(), b.speaker.casefold().strip()
    if na == nb:
        return True
    if nb in {x.casefold() for x in a.aliases} or na in {x.casefold() for x in b.aliases}:
        return True
    return same_person(a.speaker, b.speaker, fuzzy=False) or same_person(
        b.speaker, a.speaker, fuzzy=False
    )


def is_variant(a: Attribution, b: Attribution) -> bool:
    """Whether two attributions are the same statement, possibly reworded by an outlet."""
    return compatible_speakers(a, b) and similarity(a.quote, b.quote).is_variant()


@dataclass(frozen=True)
class Span:
    """One run of an alignment: words kept, deleted from the earliest wording, or inserted."""

    op: Op
    words: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"op": self.op, "words": self.words}


def align(base: str, variant: str) -> list[Span]:
    """Word-level diff of ``variant`` against ``base`` (the earliest wording).

    Words compare case- and apostrophe-insensitively; kept words are shown as the variant
    prints them. A replaced run is a ``del`` of the base words followed by an ``ins``.
    """
    wa, wb = display_words(base), display_words(variant)
    sm = SequenceMatcher(None, [_key(w) for w in wa], [_key(w) for w in wb], autojunk=False)
    out: list[Span] = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            out.append(Span("equal", " ".join(wb[j1:j2])))
            continue
        if i2 > i1:
            out.append(Span("del", " ".join(wa[i1:i2])))
        if j2 > j1:
            out.append(Span("ins", " ".join(wb[j1:j2])))
    return out


def differs(spans: Sequence[Span]) -> bool:
    """Whether an alignment has any insertion or deletion."""
    return any(s.op != "equal" for s in spans)


def diff_text(spans: Sequence[Span]) -> str:
    """A word diff as plain text, wdiff style: ``We [-will not-] {+won't+} retreat``."""
    marks = {"del": "[-{}-]", "ins": "{{+{}+}}", "equal": "{}"}
    return " ".join(marks[s.op].format(s.words) for s in spans)


@dataclass
class Variant:
    """One outlet's wording of a statement, aligned against the earliest wording."""

    outlet: str
    published: str | None
    article_id: str
    text: str
    diff: list[Span] = field(default_factory=list)

    @property
    def differs(self) -> bool:
        """Whether this wording differs from the earliest one (beyond case and punctuation)."""
        return differs(self.diff)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "outlet": self.outlet,
            "published": self.published,
            "article_id": self.article_id,
            "text": self.text,
            "differs": self.differs,
            "diff": [s.to_dict() for s in self.diff],
        }


# -- finding a quote's wording in a copy that has only text -----------------------------------
MAX_WIDEN_WORDS = 20  # a copy's extension of a quote, not a whole paragraph
_OPEN_QUOTES = '"“«'
_CLOSE_QUOTES = '"”»'


def locate(text: str, quote: str) -> str | None:
    """The wording of ``quote`` in ``text`` (a syndicated copy's own text), or None if absent.

    The best-matching word window is found with difflib; it is widened to the enclosing
    quotation marks when they are near, so a copy that extended the quote shows the extension.
    """
    qw = words(quote)
    if not qw:
        return None
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    keys: list[str] = []
    owner: list[int] = []  # comparison key -> index of its display token
    for i, (_, _, w) in enumerate(toks):
        for k in words(w):
            keys.append(k)
            owner.append(i)
    sm = SequenceMatcher(None, keys, qw, autojunk=False)
    best: tuple[float, int, int] | None = None
    # Candidate windows start at each long match of the quote's first words; difflib's own
    # blocks would chain scattered stop words across the whole article.
    for blk in sm.get_matching_blocks():
        if blk.size == 0:
            continue
        lo = max(0, blk.a - blk.b)
        for width in {len(qw), len(qw) + 5, max(1, len(qw) - 5)}:
            hi = min(len(keys), lo + width)
            win = SequenceMatcher(None, keys[lo:hi], qw, autojunk=False)
            matched = sum(b.size for b in win.get_matching_blocks())
            score = matched / len(qw)
            if (
                best is None
                or score > best[0]
                or (score == best[0] and hi - lo < best[2] - best[1])
            ):
                best = (score, lo, hi)
    if best is None or best[0] < CONTAINMENT:
        return None
    _, lo, hi = best
    # Trim unmatched words at both ends of the window.
    win = SequenceMatcher(None, keys[lo:hi], qw, autojunk=False)
    blocks = [b for b in win.get_matching_blocks() if b.size]
    lo, hi = lo + blocks[0].a, lo + blocks[-1].a + blocks[-1].size
    start, end = toks[owner[lo]][0], toks[owner[hi - 1]][1]
    opening = max(text.rfind(c, max(0, start - 200), start) for c in _OPEN_QUOTES)
    closes = [i for c in _CLOSE_QUOTES if (i := text.find(c, end, end + 200)) >= 0]
    if opening >= 0 and closes:
        close = min(closes)
        before, after = text[opening + 1 : start], text[end:close]
        if (
            not any(c in before + after for c in '"“”\n')
            # an opening mark is followed by a word, a closing one follows one: this is not
            # the gap between two other quotations
            and text[opening + 1 : opening + 2] not in " \t.,;:!?)"
            and not text[close - 1 : close].isspace()
            and len(_WORD.findall(before + after)) <= MAX_WIDEN_WORDS
        ):
            start, end = opening + 1, close
    return text[start:end].strip(" ,.;:") or None


def who_said_across(
    topic: str,
    *,
    filters: dict[str, Any] | None = None,
    k: int = 10,
    settings: Settings | dict[str, Any] | None = None,
    index: Index | None = None,
) -> list[Reported]:
    """``rag.who_said`` grouped across outlets: each statement once, with the outlet and date
    where it appeared first (``outlets[0]``) and every outlet's wording (``variants``)."""
    from rag.attributions import who_said
    from rag.dedupe import group_statements
    from rag.index import open_index
    from rag.settings import get_settings

    idx = index or open_index(get_settings(settings))
    attrs = who_said(topic, filters=filters, k=k, index=idx)
    return group_statements(attrs, idx.data_dir)
