"""Citations the code can vouch for: number passages, parse markers, verify claims and quotes.

Verification is claim-level: each sentence of a reply is aligned to the one or two sentences of
its cited passages that support it best, and every number, proper name, negation, quotation and
speaker in the claim must be backed by those sentences, not merely somewhere in the passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from rag.text import STOPWORDS, content_words, mentions, split_sentences
from rag.types import (
    CANNOT_ANSWER,
    Attribution,
    Citation,
    Passage,
    Quote,
    Removal,
    RemovalKind,
)

# [1], [1, 2], [1][2], [1 and 2], [1-3], [Passage 2], [source 1]
MARKER = re.compile(
    r"\[\s*(?:(?:passage|passages|source|sources|doc|document)\s*)?#?"
    r"(\d+(?:\s*(?:,|;|&|and|-|–)\s*(?:passage\s*)?#?\d+)*)\s*\]",
    re.I,
)
QUOTE = re.compile(r"[\"“]([^\"“”]{3,}?)[\"”]")
NUMBER = re.compile(r"\d[\d,.]*\d|\d")
FUZZY_THRESHOLD = 90.0
SUPPORT_THRESHOLD = 0.6  # share of a claim's content words its aligned sentences must hold
PAIR_THRESHOLD = 0.4  # a second aligned sentence must carry this share on its own
# An uncited claim gets the passage holding this share of its words; the sentence-level checks
# that follow still decide whether it stays.
AUTO_CITE_THRESHOLD = 0.7
# Small models open with filler ("The answer is: ..."); it is not a claim of its own.
LEAD_IN = re.compile(
    r"^\s*(?:the\s+answer\s+is\s*:?|answer\s*:|according\s+to\s+the\s+(?:passages?|articles?)"
    r"(?:\s*\d+)?\s*,?)\s*",
    re.I,
)
_TAG = re.compile(r"</?\s*passage[^>]*>", re.I)


# Sentences addressed to an AI rather than to readers: prompt-injection attempts in articles.
INJECTION = re.compile(
    r"ignore\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier)\s+"
    r"(?:instructions?|prompts?|messages?)"
    r"|disregard\s+(?:all\s+|the\s+)?(?:previous|prior|above|earlier)"
    r"|\byou\s+are\s+now\b|developer\s+mode|system\s+prompt|new\s+instructions?"
    r"|(?:^|\s)(?:system|assistant)\s*:|reply\s+only\s+with|</?\s*passage",
    re.I,
)
REDACTED = "[text addressed to an AI assistant removed]"


def injection_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` that try to instruct the model."""
    return [(s, e) for s, e in split_sentences(text) if INJECTION.search(text[s:e])]


def masked(text: str) -> str:
    """``text`` with injection sentences blanked, same length so offsets still hold."""
    for s, e in injection_spans(text):
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def prompt_text(text: str) -> str:
    """Passage text as the model sees it: injection sentences replaced by a notice."""
    spans = injection_spans(text)
    for s, e in reversed(spans):
        text = text[:s] + REDACTED + text[e:]
    return _TAG.sub(" ", text)


def format_passages(passages: list[Passage]) -> str:
    """Numbered, delimited passage blocks; article text cannot close its own block."""
    blocks = []
    for i, p in enumerate(passages, 1):
        c = p.chunk
        when = c.published.isoformat() if c.published else "undated"
        body = prompt_text(c.text)
        title = _TAG.sub(" ", c.title).replace('"', "'")
        outlet = c.outlet.replace('"', "'")
        blocks.append(
            f'<passage id="{i}" title="{title}" outlet="{outlet}" date="{when}">\n'
            f"{body}\n</passage>"
        )
    return "\n\n".join(blocks)


def citation_grammar(n_passages: int, *, sentences: int = 2) -> str:
    """A llama.cpp GBNF grammar: the cannot-answer sentinel, or 1..``sentences`` sentences that
    each end with one citation of a passage shown ("... strike [1]." or "... strike. [1]").

    Small models forget markers and then nothing they write can be checked against one passage;
    forcing a marker (of a passage that exists) after every sentence lets the claim-level checks
    do their work. It changes what the model may write, not what verification accepts. Lines,
    list numbers and markup cannot be written, and generation stops after the last sentence.
    """
    n = max(1, min(n_passages, 9))
    sentinel = CANNOT_ANSWER.replace("\\", "\\\\").replace('"', '\\"')
    more = ' (" " sent)?' * (max(1, sentences) - 1)
    return "\n".join(
        [
            "root ::= cannot | sent" + more,
            f'cannot ::= "{sentinel}"',
            'sent ::= first body (" [" cite "]." | ". [" cite "]")',
            # No list numbers: a sentence starts with a capital or a quotation mark.
            "first ::= [A-Z\"$']",
            # A full stop ends the sentence unless a digit follows it ("5.2 percent").
            'body ::= ([^\\[\\]\\n<>.] | "." [0-9])+',
            f"cite ::= [1-{n}]",
        ]
    )


def parse_markers(text: str) -> list[int]:
    """Every cited number in order of appearance, ranges expanded ("[1-3]" -> 1, 2, 3)."""
    nums: list[int] = []
    for m in MARKER.finditer(text):
        body = m.group(1)
        for part in re.split(r"\s*(?:,|;|&|and)\s*", body, flags=re.I):
            part = re.sub(r"(?i)passage|#", "", part).strip()
            if re.fullmatch(r"\d+\s*[-–]\s*\d+", part):
                a, b = (int(x) for x in re.split(r"[-–]", part))
                if 0 < b - a < 20:
                    nums.extend(range(a, b + 1))
                    continue
            if part.isdigit():
                nums.append(int(part))
    return nums


def strip_markers(text: str) -> str:
    """Text without citation markers."""
    text = re.sub(r"[ \t]{2,}", " ", MARKER.sub("", text))
    return re.sub(r"\s+([.,;:!?])", r"\1", text).strip()


def _norm(s: str) -> str:
    s = s.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", s).strip().lower()


def find_quote(quote: str, passage_text: str) -> tuple[float, int, int] | None:
    """(score, start, end) of ``quote`` inside ``passage_text``: exact, else fuzzy >= 90.

    A fuzzy match forgives spacing, punctuation and spelling variants, never a changed word:
    "the old ones thrive" does not match "the old ones crumble" however long the quote.
    """
    q = _norm(quote).strip(" .,;:")
    if not q:
        return None
    low = passage_text.replace("’", "'").replace("“", '"').replace("”", '"').lower()
    collapsed = re.sub(r"\s+", " ", low)
    if collapsed == low:
        i = low.find(q)
        if i >= 0:
            return 100.0, i, i + len(q)
    al = fuzz.partial_ratio_alignment(q, low)
    if (
        al is not None
        and al.score >= FUZZY_THRESHOLD
        and _same_words(q, low[al.dest_start : al.dest_end])
    ):
        return float(al.score), al.dest_start, al.dest_end
    return None


def _same_words(quote: str, source: str) -> bool:
    """Every word of the quote is in the source span, exactly or as a spelling variant."""
    have = re.findall(r"[\w']+", source)
    for w in re.findall(r"[\w']+", quote):
        if w in have:
            continue
        if len(w) < 5 or not any(fuzz.ratio(w, h) >= 80 for h in have):
            return False
    return True


def support(claim: str, passages_text: str) -> float:
    """Share of the claim's content words found in the passages (1.0 if it has none)."""
    words = set(content_words(strip_markers(claim)))
    if not words:
        return 1.0
    have = set(content_words(passages_text))
    return len(words & have) / len(words)


def claim_names(claim: str) -> list[str]:
    """Capitalised words of a claim that are not its first word: names to ground."""
    words = re.findall(r"[A-Za-z][\w\-']*", strip_markers(claim).replace("*", ""))
    names = []
    for w in words[1:]:
        w = w.removesuffix("'s").rstrip("'")
        if w[:1].isupper() and w.lower() not in STOPWORDS and len(w) > 1:
            names.append(w)
    return names


NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
    if i > 1  # "one" and "zero" are too common in paraphrase ("one of the") to be claims
} | {"thirty": "30", "forty": "40", "fifty": "50", "hundred": "100", "dozen": "12"}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", re.I)


def _number_key(n: str) -> str:
    """A number as compared: "10,000" and "10000." are the same."""
    return n.replace(",", "").rstrip(".")


def _numbers(text: str) -> set[str]:
    """Numbers in digits or words ("five" and "5" are the same claim)."""
    found = {_number_key(n) for n in NUMBER.findall(text)}
    found |= {NUMBER_WORDS[w.lower()] for w in _NUMBER_WORD.findall(text)}
    return found


def _words(text: str) -> list[str]:
    """Content words without bare numbers: numbers are checked on their own."""
    return [w for w in content_words(text) if not w.replace("-", "").isdigit()]


def best_sentence(claim: str, passage: Passage) -> tuple[int, int]:
    """Article span of the passage sentence that best supports ``claim``."""
    c = passage.chunk
    words = set(content_words(strip_markers(claim)))
    best = (c.start, c.end)
    best_score = -1.0
    for s, e in split_sentences(c.text):
        have = set(content_words(c.text[s:e]))
        score = len(words & have) / (len(have) ** 0.5 or 1)
        if score > best_score:
            best, best_score = (c.start + s, c.start + e), score
    return best


NEGATION = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|neither|nor|cannot|without)\b|n['’]t\b", re.I
)
# Verbs that make a sentence a statement by someone: its speaker must be the one who spoke.
SPEECH_CUE = re.compile(
    r"\b(?:said|says|say|stated|states|told|tells|according\s+to|announced|claimed|claims|"
    r"argued|warned|noted|added|disclosed|confirmed|denied|explained|urged|insisted|wrote|"
    r"tweeted|called|described|reported|declared|stressed|emphasi[sz]ed|acknowledged|"
    r"admitted|asserted|suggested|predicted|promised|vowed|estimated)\b",
    re.I,
)


@dataclass
class Verified:
    """Outcome of checking a model's reply against the passages it was given."""

    text: str
    citations: dict[int, Citation] = field(default_factory=dict)
    quotes: list[Quote] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    raw_citations: int = 0
    invalid_citations: int = 0
    auto_cited: int = 0
    cannot_answer: bool = False


def is_cannot_answer(text: str) -> bool:
    """True if the reply is (or starts with) the cannot-answer sentinel."""
    t = _norm(strip_markers(text))
    sentinel = _norm(CANNOT_ANSWER).rstrip(".")
    return (
        t.startswith(sentinel) or t.startswith("i cannot answer") or t.startswith("i can't answer")
    )


@dataclass(frozen=True)
class _Sentence:
    """One sentence of a cited passage, masked for injections, with its content words."""

    number: int  # prompt number of the passage
    start: int  # offsets in the chunk text
    end: int
    text: str
    words: frozenset[str]


@dataclass
class Alignment:
    """The one or two passage sentences that best support a claim, and how much they cover."""

    sentences: list[_Sentence]
    coverage: float

    @property
    def text(self) -> str:
        """The aligned sentences joined."""
        return " ".join(s.text for s in self.sentences)


def _split_reply(body: str) -> list[str]:
    sents: list[str] = []
    for s, e in split_sentences(body):
        # "... border. [1]" splits after the period; the marker belongs to that sentence.
        if sents and not strip_markers(body[s:e]):
            sents[-1] += " " + body[s:e]
        else:
            sents.append(body[s:e])
    return sents


class Verifier:
    """Checks a reply sentence by sentence against the passages it cites; collects the result.

    One Verifier serves one reply: it owns the renumbering (prompt number -> answer number),
    the highlighted spans per citation, and the removals.
    """

    def __init__(
        self,
        passages: list[Passage],
        *,
        speakers: dict[str, set[str]] | None = None,
        auto_cite: bool = False,
        renumber: bool = True,
    ) -> None:
        self.passages = passages
        self.speakers = speakers or {}
        self.auto_cite = auto_cite
        self.renumber = renumber
        self.out = Verified(text="")
        self.numbering: dict[int, int] = {}  # prompt number -> answer number
        self.spans: dict[int, list[tuple[int, int]]] = {}
        self._sentence_cache: dict[int, list[_Sentence]] = {}
        self._masked: dict[int, str] = {}
        self._kept: list[str] = []  # normalised claims already accepted
        # Capitalised words used mid-sentence anywhere in the passages, plus speaker names:
        # a claim's first word is checked as a name only if it is one of these.
        self._proper: set[str] = {
            w.lower() for names in self.speakers.values() for n in names for w in n.split()
        }
        for p in passages:
            for m in re.finditer(r"(?<=[a-z,;] )([A-Z][\w\-']+)", p.chunk.text):
                self._proper.add(m.group(1).removesuffix("'s").lower())

    # -- passage helpers -------------------------------------------------------------------
    def masked_text(self, n: int) -> str:
        """Passage ``n``'s text with injection sentences blanked (offsets kept)."""
        if n not in self._masked:
            self._masked[n] = masked(self.passages[n - 1].chunk.text)
        return self._masked[n]

    def sentences(self, n: int) -> list[_Sentence]:
        """Passage ``n``'s sentences (empty ones dropped)."""
        if n not in self._sentence_cache:
            text = self.masked_text(n)
            self._sentence_cache[n] = [
                _Sentence(n, s, e, text[s:e], frozenset(_words(text[s:e])))
                for s, e in split_sentences(text)
                if text[s:e].strip()
            ]
        return self._sentence_cache[n]

    def _position(self, sent: _Sentence) -> int:
        return self.sentences(sent.number).index(sent)

    def align(self, claim: str, valid: list[int]) -> Alignment:
        """The best supporting sentence of the cited passages, plus a second one if it pulls
        its own weight (each must carry PAIR_THRESHOLD of the claim alone)."""
        words = set(_words(claim))
        cands = [s for n in valid for s in self.sentences(n)]
        if not cands:
            return Alignment([], 0.0)
        if not words:
            return Alignment([cands[0]], 1.0)

        def cov(ws: frozenset[str] | set[str]) -> float:
            return len(words & ws) / len(words)

        # Ties go to the shorter sentence: it says less that the claim could lean on.
        best = max(cands, key=lambda s: (cov(s.words), -len(s.words)))
        picked = [best]
        covered = set(best.words)
        second = None
        for s in cands:
            if s is best or cov(s.words) < PAIR_THRESHOLD or not (words & s.words) - covered:
                continue
            # Within one passage only the next or previous sentence may complete a claim;
            # joining distant sentences is how a number gets pinned on the wrong subject.
            if s.number == best.number and abs(self._position(s) - self._position(best)) != 1:
                continue
            if second is None or cov(covered | s.words) > cov(covered | second.words):
                second = s
        if second is not None:
            picked.append(second)
            covered |= second.words
        picked.sort(key=lambda s: (s.number, s.start))
        return Alignment(picked, cov(covered))

    def _attributions_in(self, sent: _Sentence) -> list[Attribution]:
        """Attributions whose sentence overlaps ``sent`` (article offsets)."""
        p = self.passages[sent.number - 1]
        a0, a1 = p.chunk.start + sent.start, p.chunk.start + sent.end
        return [a for a in p.attributions if a.sentence_start < a1 and a0 < a.sentence_end]

    def _speakers_in(self, text: str, min_len: int = 0) -> set[str]:
        """Canonical speakers one of whose names (longer than ``min_len``) occurs in ``text``."""
        low = text.lower()
        return {
            canonical
            for canonical, names in self.speakers.items()
            if any(
                re.search(rf"\b{re.escape(n.lower())}\b", low) for n in names if len(n) > min_len
            )
        }

    def _names_allowed(self, al: Alignment, named: set[str]) -> str:
        """Text a claim's names may come from: the aligned sentences, plus the speakers and
        aliases of attributions in them (so "Patrick Ryder" matches "He said"), and their
        roles when the claim names them ("Ryder, the Pentagon spokesman")."""
        extra: list[str] = []
        for sent in al.sentences:
            for a in self._attributions_in(sent):
                extra.extend([a.speaker, *a.aliases])
                if a.speaker in named:
                    extra.append(a.role)
        for canonical in self._speakers_in(al.text, min_len=2):
            extra.extend([canonical, *self.speakers[canonical]])
        return al.text + " " + " ".join(x for x in extra if x)

    def _owners(
        self, al: Alignment, quote_spans: list[tuple[int, tuple[int, int]]]
    ) -> list[set[str]]:
        """Speakers behind the claim, one set per piece of evidence: per quotation if it has
        any, else per aligned sentence (empty sets for sentences nobody is quoted in)."""
        found: list[set[str]] = []
        if quote_spans:
            for n, (q0, q1) in quote_spans:
                attrs = self.passages[n - 1].attributions
                found.append({a.speaker for a in attrs if a.start < q1 and q0 < a.end})
            return found
        return [{a.speaker for a in self._attributions_in(sent)} for sent in al.sentences]

    def _claim_names(self, claim: str) -> list[str]:
        names = claim_names(claim)
        first = re.match(r"\W*([A-Za-z][\w\-']*)", strip_markers(claim).replace("*", ""))
        if first:
            w = first.group(1).removesuffix("'s").rstrip("'")
            if w[:1].isupper() and w.lower() not in STOPWORDS and w.lower() in self._proper:
                names.insert(0, w)
        return names

    def _unbound_number(self, claim: str, al: Alignment) -> str | None:
        """Why a number in the claim belongs to another subject in the source, if it does.

        The claim's first name before a number is that number's subject; in the source sentence
        holding the number, that name (or, for a statement, its speaker) must come before it.
        """
        text = strip_markers(claim)
        names = [n for n in self._claim_names(claim) if n.lower() not in _CALENDAR]
        for m in NUMBER.finditer(text):
            num = _number_key(m.group(0))
            subject = next((n for n in names if 0 <= text.find(n) < m.start()), None)
            if subject is None:
                continue
            bound = found = False
            for sent in al.sentences:
                for sm in NUMBER.finditer(sent.text):
                    if _number_key(sm.group(0)) != num:
                        continue
                    found = True
                    speakers = " ".join(
                        " ".join([a.speaker, *a.aliases]) for a in self._attributions_in(sent)
                    )
                    if mentions(sent.text[: sm.start()] + " " + speakers, subject):
                        bound = True
            if found and not bound:
                return f"{num} belongs to another subject than {subject} in: {al.text}"
        return None

    # -- the checks ------------------------------------------------------------------------
    def _remove(self, kind: RemovalKind, claim: str, detail: str = "") -> None:
        self.out.removed.append(Removal(kind, claim, detail))

    def _citations(self, sent: str) -> list[int]:
        cited = parse_markers(sent)
        self.out.raw_citations += len(cited)
        valid: list[int] = []
        for n in cited:
            if 1 <= n <= len(self.passages):
                if n not in valid:
                    valid.append(n)
            else:
                self.out.invalid_citations += 1
                self._remove(RemovalKind.INVALID_CITATION, f"[{n}]")
        return valid

    def check(self, sent: str) -> str | None:
        """The sentence with answer-numbered markers if every check passes, else None."""
        valid = self._citations(sent)
        claim = strip_markers(sent)
        lead = LEAD_IN.match(claim)
        if lead and lead.end() < len(claim):
            rest = claim[lead.end() :]
            claim = rest[:1].upper() + rest[1:]
        if not claim:
            return None
        key = _norm(claim).rstrip(".!?")
        if len(key) > 20 and any(fuzz.ratio(key, k) >= 90 for k in self._kept):
            self._remove(RemovalKind.DUPLICATE, claim)
            return None
        mark = (len(self.out.removed), len(self.out.quotes))
        new = self._check(claim, valid)
        if new is None and valid and self.auto_cite:
            new = self._recite(claim, valid, mark)
        if new is not None:
            self._kept.append(key)
        return new

    def _auto_passage(self, claim: str) -> int | None:
        """The passage holding AUTO_CITE_THRESHOLD of the claim's words (the best such)."""
        if not self.passages or not content_words(claim):
            return None
        scores = [support(claim, self.masked_text(i + 1)) for i in range(len(self.passages))]
        best = max(range(len(self.passages)), key=lambda i: scores[i])
        return best + 1 if scores[best] >= AUTO_CITE_THRESHOLD else None

    def _recite(self, claim: str, cited: list[int], mark: tuple[int, int]) -> str | None:
        """A claim its own citation does not back, checked in full against each other passage
        (most of its words first), as if it had cited that one; the first that backs it wins.

        Small models cite [1] by habit, and a grammar makes them cite something. The claim
        must pass every check against the new passage exactly as a claim citing it would, or
        it stays removed with the removal its own citation earned.
        """
        others = [n for n in range(1, len(self.passages) + 1) if n not in cited]
        if not content_words(claim):
            return None
        others.sort(key=lambda n: -support(claim, self.masked_text(n)))
        for n in others:
            removed, quotes = len(self.out.removed), len(self.out.quotes)
            again = self._check(claim, [n])
            if again is not None:
                # What the wrong citation earned (a removal, an unverified quote) is void.
                del self.out.removed[mark[0] : removed]
                del self.out.quotes[mark[1] : quotes]
                self.out.auto_cited += 1
                return again
            del self.out.removed[removed:]
            del self.out.quotes[quotes:]
        return None

    def _check(self, claim: str, valid: list[int]) -> str | None:
        if not valid and self.auto_cite:
            best = self._auto_passage(claim)
            if best is not None:
                valid = [best]
                self.out.auto_cited += 1
        if not valid:
            # Only lead-ins ("**Patrick Ryder** (role):") may stand without a citation.
            if claim.endswith(":") and len(claim.split()) <= 30 and not QUOTE.search(claim):
                return claim
            self._remove(RemovalKind.UNCITED, claim)
            return None
        # Every quotation must be found in one of the cited passages.
        quotes: list[Quote] = []
        quote_spans: list[tuple[int, tuple[int, int]]] = []
        quoted_sents: list[_Sentence] = []
        for m in QUOTE.finditer(claim):
            q = m.group(1)
            if len(q.split()) < 2:
                continue
            hit = None
            for n in valid:
                found = find_quote(q, self.masked_text(n))
                if found:
                    hit = (n, found)
                    break
            if hit is None:
                self.out.quotes.append(Quote(text=q, citation=0, verified=False, score=0.0))
                self._remove(RemovalKind.UNVERIFIED_QUOTE, q)
                return None
            n, (score, s, e) = hit
            c = self.passages[n - 1].chunk
            quote_spans.append((n, (c.start + s, c.start + e)))
            quotes.append(
                Quote(
                    text=q,
                    citation=0,
                    verified=True,
                    score=score,
                    start=c.start + s,
                    end=c.start + e,
                )
            )
            quoted_sents.extend(x for x in self.sentences(n) if x.start < e and s < x.end)
        al = self.align(claim, valid)
        for x in quoted_sents:
            # The sentence a quotation sits in supports the claim too, whatever the overlap.
            if x not in al.sentences:
                al.sentences.append(x)
        aligned = al.text
        # Numbers, dates and amounts must come from the aligned sentences, not anywhere in the
        # passage ("$137 million" from the next sentence cannot be pinned on another subject).
        missing = sorted(_numbers(claim) - _numbers(aligned))
        if missing:
            self._remove(RemovalKind.NUMBER, claim, f"{', '.join(missing)} not in: {aligned}")
            return None
        # ...and belong to the same subject: "Vickery's committee transferred $2.4 million" is
        # false when the source says a committee supporting Rowe did, and Vickery comes later.
        unbound = self._unbound_number(claim, al)
        if unbound:
            self._remove(RemovalKind.NUMBER, claim, unbound)
            return None
        # A named speaker must appear in a cited passage: no words put in the wrong mouth.
        named = self._speakers_in(claim)
        for canonical in sorted(named):
            names = self.speakers[canonical]
            in_passage = any(
                any(n.lower() in self.masked_text(k).lower() for n in names)
                or any(a.speaker == canonical for a in self.passages[k - 1].attributions)
                for k in valid
            )
            if not in_passage:
                self._remove(
                    RemovalKind.SPEAKER, claim, f"{canonical} is not in the cited passages"
                )
                return None
        # ...and the statement must be theirs: the quote's (or sentence's) attributed speaker.
        if named and (quote_spans or SPEECH_CUE.search(claim)):
            # Every piece of evidence that is someone's statement must be a named speaker's.
            for owners in self._owners(al, quote_spans):
                if owners and not owners & named:
                    self._remove(
                        RemovalKind.SPEAKER,
                        claim,
                        f"the source attributes this to {', '.join(sorted(owners))}",
                    )
                    return None
        # Every other name must occur in the aligned sentences too.
        allowed = self._names_allowed(al, named)
        for name in self._claim_names(claim):
            if not mentions(allowed, name):
                self._remove(RemovalKind.NAME, claim, f"{name} not in: {aligned}")
                return None
        if _negation_mismatch(claim, aligned):
            self._remove(RemovalKind.NEGATION, claim, f"source: {aligned}")
            return None
        if al.coverage < SUPPORT_THRESHOLD and not quote_spans:
            self._remove(
                RemovalKind.UNSUPPORTED, claim, f"{al.coverage:.0%} of its words in: {aligned}"
            )
            return None
        if quote_spans and support(claim, aligned) < SUPPORT_THRESHOLD:
            self._remove(RemovalKind.UNSUPPORTED, claim, f"source: {aligned}")
            return None
        return self._accept(claim, valid, al, quotes, quote_spans)

    def _accept(
        self,
        claim: str,
        valid: list[int],
        al: Alignment,
        quotes: list[Quote],
        quote_spans: list[tuple[int, tuple[int, int]]],
    ) -> str:
        for n in valid:
            if n not in self.numbering:
                self.numbering[n] = len(self.numbering) + 1 if self.renumber else n
            self.spans.setdefault(n, [])
        for n, span in quote_spans:
            self.spans[n].append(span)
        for n in valid:
            if any(q == n for q, _ in quote_spans):
                continue
            c = self.passages[n - 1].chunk
            mine = [s for s in al.sentences if s.number == n]
            if mine:
                self.spans[n].extend((c.start + s.start, c.start + s.end) for s in mine)
            else:
                self.spans[n].append(best_sentence(claim, self.passages[n - 1]))
        # Quotes get the answer-side number of the passage they were found in; only quotes of
        # sentences that survived every check are recorded as verified.
        for q, (n, _) in zip(quotes, quote_spans, strict=True):
            q.citation = self.numbering[n]
            self.out.quotes.append(q)
        markers = "".join(f"[{self.numbering[n]}]" for n in valid)
        body = claim.rstrip()
        end = ""
        if body and body[-1] in ".!?":
            body, end = body[:-1], body[-1]
        return f"{body} {markers}{end}"

    def run(self, reply: str) -> Verified:
        """Verify a whole reply: keep the sentences that pass, in their lines and bullets."""
        out = self.out
        if is_cannot_answer(reply):
            out.text, out.cannot_answer = CANNOT_ANSWER, True
            return out
        kept_lines: list[str] = []
        for line in reply.strip().splitlines():
            if not line.strip():
                if kept_lines and kept_lines[-1]:
                    kept_lines.append("")
                continue
            bullet = re.match(r"^\s*(?:[-*•]|\d+[.)])\s+", line)
            prefix = bullet.group(0).strip() + " " if bullet else ""
            body = line[bullet.end() :] if bullet else line
            kept = [new for sent in _split_reply(body) if (new := self.check(sent))]
            if kept:
                kept_lines.append(prefix + " ".join(kept))
        out.text = "\n".join(kept_lines).strip()
        for prompt_n, answer_n in self.numbering.items():
            p = self.passages[prompt_n - 1]
            out.citations[answer_n] = Citation(
                number=answer_n, passage=p, spans=sorted(set(self.spans.get(prompt_n, [])))
            )
        return out


_CALENDAR = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)


def _negation_mismatch(claim: str, source: str) -> bool:
    """True if the claim negates what its source affirms, or drops the source's negation.

    A source negation counts only where it governs words the claim repeats (within four words
    after it), so "X, who did not attend, said Y" does not block the claim "X said Y".
    """
    # The claim's own quotations were checked verbatim already: compare the paraphrase only.
    claim = strip_markers(claim)
    # A listed statement's label ("argued (reported): ...") is no word of what was said.
    said = _LISTED_LABEL.sub("", claim)
    source = _around_verbatim(said, source)
    for m in QUOTE.finditer(claim):
        found = find_quote(m.group(1), source)
        if found:
            source = source[: found[1]] + " " * (found[2] - found[1]) + source[found[2] :]
    claim = QUOTE.sub(" ", claim)
    return _governs_negation(claim) != _governs_negation(source, QUOTE.sub(" ", said))


# The label rag.extractive puts before a reported statement it lists ("- told (reported): ").
_LISTED_LABEL = re.compile(r"^[\s\-]*[\w'’ \-]+ \(reported\):\s*")


def _around_verbatim(said: str, source: str) -> str:
    """The source around the statement's words, when it holds them verbatim: from a few words
    of their clause before them (where "did not say that ..." would stand) to their end.

    A listed statement ("the county had patched the old jail for 20 years") is a span of its
    sentence; a negation in another clause of that sentence ("and that "there is nothing left
    to patch"", "but did not endorse the bill") governs other words.
    """
    words = re.findall(r"[\w'’\-]+", said)
    if len(words) < 4:
        return source
    found = re.search(r"\W+".join(re.escape(w) for w in words), source, re.IGNORECASE)
    if found is None:
        return source
    # Words of its own clause only: "Heggarty, who voted no, said ...", "voted no and said".
    lead = re.split(r"[,;:]|\s(?:and|but)\s", source[: found.start()])[-1]
    return " ".join([*lead.split()[-4:], found.group()])


def _stems(text: str) -> set[str]:
    return {w[:5] for w in content_words(text)}


def _governs_negation(text: str, about: str | None = None) -> bool:
    """Whether ``text`` has a negation; with ``about``, one near (three words before, four
    after) a word that ``about`` shares, compared on five-letter stems."""
    toks = re.findall(r"[\w'’\-]+", text)
    shared = _stems(about) if about is not None else None
    for i, tok in enumerate(toks):
        negator = NEGATION.fullmatch(tok) or re.search(r"n['’]t$", tok, re.I)
        window = " ".join(toks[max(0, i - 3) : i] + toks[i + 1 : i + 5])
        if negator and (shared is None or _stems(window) & shared):
            return True
    return False


def verify(
    reply: str,
    passages: list[Passage],
    *,
    speakers: dict[str, set[str]] | None = None,
    auto_cite: bool = False,
    renumber: bool = True,
) -> Verified:
    """Keep only sentences whose citations exist and whose aligned sentences back them.

    Args:
        reply: the model's answer with [n] markers referring to ``passages`` (1-based).
        passages: the passages as numbered in the prompt.
        speakers: canonical speaker -> names used for them; a sentence that names a speaker
            must cite a passage where that speaker appears, and a statement must be theirs.
        auto_cite: give an uncited sentence the passage that supports it best, if that
            passage holds at least 70% of its content words (small models forget markers).
        renumber: number citations 1, 2, ... by first use; False keeps the prompt's numbers
            (map steps whose output is verified again after combining).
    """
    v = Verifier(passages, speakers=speakers, auto_cite=auto_cite, renumber=renumber)
    return v.run(reply)
