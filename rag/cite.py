"""Citations the code can vouch for: number passages, parse markers, verify claims and quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from rag.text import STOPWORDS, content_words, mentions, split_sentences
from rag.types import CANNOT_ANSWER, Citation, Passage, Quote

# [1], [1, 2], [1][2], [1 and 2], [1-3], [Passage 2], [source 1]
MARKER = re.compile(
    r"\[\s*(?:(?:passage|passages|source|sources|doc|document)\s*)?#?"
    r"(\d+(?:\s*(?:,|;|&|and|-|–)\s*(?:passage\s*)?#?\d+)*)\s*\]",
    re.I,
)
QUOTE = re.compile(r"[\"“]([^\"“”]{3,}?)[\"”]")
NUMBER = re.compile(r"\d[\d,.]*\d|\d")
FUZZY_THRESHOLD = 90.0
SUPPORT_THRESHOLD = 0.5
AUTO_CITE_THRESHOLD = 0.8
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
    """(score, start, end) of ``quote`` inside ``passage_text``: exact, else fuzzy >= 90."""
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
    if al is not None and al.score >= FUZZY_THRESHOLD:
        return float(al.score), al.dest_start, al.dest_end
    return None


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


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in NUMBER.findall(text)}


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


@dataclass
class Verified:
    """Outcome of checking a model's reply against the passages it was given."""

    text: str
    citations: dict[int, Citation] = field(default_factory=dict)
    quotes: list[Quote] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
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


def verify(
    reply: str,
    passages: list[Passage],
    *,
    speakers: dict[str, set[str]] | None = None,
    auto_cite: bool = False,
    renumber: bool = True,
) -> Verified:
    """Keep only sentences whose citations exist and support them; renumber in order.

    Args:
        reply: the model's answer with [n] markers referring to ``passages`` (1-based).
        passages: the passages as numbered in the prompt.
        speakers: canonical speaker -> names used for them; a sentence that names a speaker
            must cite a passage where that speaker appears.
        auto_cite: give an uncited sentence the passage that supports it best, if that
            passage holds at least 80% of its content words (small models forget markers).
        renumber: number citations 1, 2, ... by first use; False keeps the prompt's numbers
            (map steps whose output is verified again after combining).
    """
    out = Verified(text="")
    if is_cannot_answer(reply):
        out.text, out.cannot_answer = CANNOT_ANSWER, True
        return out
    numbering: dict[int, int] = {}  # prompt number -> answer number
    spans: dict[int, list[tuple[int, int]]] = {}
    kept_lines: list[str] = []
    for line in reply.strip().splitlines():
        if not line.strip():
            if kept_lines and kept_lines[-1]:
                kept_lines.append("")
            continue
        bullet = re.match(r"^\s*(?:[-*•]|\d+[.)])\s+", line)
        prefix = bullet.group(0).strip() + " " if bullet else ""
        body = line[bullet.end() :] if bullet else line
        kept: list[str] = []
        sents: list[str] = []
        for s, e in split_sentences(body):
            # "... border. [1]" splits after the period; the marker belongs to that sentence.
            if sents and not strip_markers(body[s:e]):
                sents[-1] += " " + body[s:e]
            else:
                sents.append(body[s:e])
        for sent in sents:
            new = _check_sentence(
                sent, passages, speakers or {}, out, numbering, spans, auto_cite, renumber
            )
            if new:
                kept.append(new)
        if kept:
            kept_lines.append(prefix + " ".join(kept))
    out.text = "\n".join(kept_lines).strip()
    for prompt_n, answer_n in numbering.items():
        p = passages[prompt_n - 1]
        out.citations[answer_n] = Citation(
            number=answer_n, passage=p, spans=sorted(set(spans.get(prompt_n, [])))
        )
    return out


def _check_sentence(
    sent: str,
    passages: list[Passage],
    speakers: dict[str, set[str]],
    out: Verified,
    numbering: dict[int, int],
    spans: dict[int, list[tuple[int, int]]],
    auto_cite: bool = False,
    renumber: bool = True,
) -> str | None:
    cited = parse_markers(sent)
    out.raw_citations += len(cited)
    valid = []
    for n in cited:
        if 1 <= n <= len(passages):
            if n not in valid:
                valid.append(n)
        else:
            out.invalid_citations += 1
            out.removed.append(f"citation [{n}] to a passage that was not given")
    claim = strip_markers(sent)
    if not claim:
        return None
    if not valid and auto_cite and passages:
        scores = [support(claim, masked(p.chunk.text)) for p in passages]
        best = max(range(len(passages)), key=lambda i: scores[i])
        if scores[best] >= AUTO_CITE_THRESHOLD and content_words(claim):
            valid = [best + 1]
            out.auto_cited += 1
    if not valid:
        # Only lead-ins ("**Patrick Ryder** (role):") may stand without a citation.
        if claim.endswith(":") and len(claim.split()) <= 30 and not QUOTE.search(claim):
            return claim
        out.removed.append(f"uncited: {claim}")
        return None
    texts = " ".join(masked(passages[n - 1].chunk.text) for n in valid)
    # Every quotation must be found in one of the cited passages.
    quote_spans: list[tuple[int, tuple[int, int]]] = []
    for m in QUOTE.finditer(claim):
        q = m.group(1)
        if len(q.split()) < 2:
            continue
        hit = None
        for n in valid:
            found = find_quote(q, masked(passages[n - 1].chunk.text))
            if found:
                hit = (n, found)
                break
        if hit is None:
            out.quotes.append(Quote(text=q, citation=0, verified=False, score=0.0))
            out.removed.append(f'unverified quote: "{q}"')
            return None
        n, (score, s, e) = hit
        c = passages[n - 1].chunk
        quote_spans.append((n, (c.start + s, c.start + e)))
        out.quotes.append(
            Quote(
                text=q, citation=0, verified=True, score=score, start=c.start + s, end=c.start + e
            )
        )
    # Numbers must come from the cited passages ("12,000" cannot be invented).
    missing = _numbers(claim) - _numbers(texts)
    if missing:
        out.removed.append(f"numbers not in cited passages {sorted(missing)}: {claim}")
        return None
    # A named speaker must appear in a cited passage: no words put in the wrong mouth.
    low_texts = texts.lower()
    for canonical, names in speakers.items():
        if any(re.search(rf"\b{re.escape(n.lower())}\b", claim.lower()) for n in names):
            in_passage = any(n.lower() in low_texts for n in names) or any(
                a.speaker == canonical for k in valid for a in passages[k - 1].attributions
            )
            if not in_passage:
                out.removed.append(f"speaker {canonical} not in cited passages: {claim}")
                return None
    # Every other name must occur in a cited passage too ("the Ashaek tram line" cited to an
    # article about another city is caught here).
    for name in claim_names(claim):
        if not mentions(texts, name):
            out.removed.append(f"name {name} not in cited passages: {claim}")
            return None
    if support(claim, texts) < SUPPORT_THRESHOLD:
        out.removed.append(f"not supported by cited passages: {claim}")
        return None
    for n in valid:
        if n not in numbering:
            numbering[n] = len(numbering) + 1 if renumber else n
        spans.setdefault(n, [])
    for n, span in quote_spans:
        spans[n].append(span)
    for n in valid:
        if not any(q == n for q, _ in quote_spans):
            spans[n].append(best_sentence(claim, passages[n - 1]))
    # Quotes get the answer-side number of the passage they were found in.
    for q in out.quotes:
        if q.verified and q.citation == 0:
            for n, span in quote_spans:
                if (q.start, q.end) == span:
                    q.citation = numbering[n]
    markers = "".join(f"[{numbering[n]}]" for n in valid)
    body = claim.rstrip()
    end = ""
    if body and body[-1] in ".!?":
        body, end = body[:-1], body[-1]
    return f"{body} {markers}{end}"
