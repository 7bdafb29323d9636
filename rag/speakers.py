"""Speaker pages: everyone quoted in the indexed articles, and one person's statements over time.

Statements come from the attributions extracted at ingest (rag/quotes.py, kept in the catalog);
dates, outlets and links come from the catalog's article rows.

- **One speaker across articles.** Each article names its speakers on its own ("Ilsa Varga",
  alias "Varga"). Across articles, a name joins another when the extractor's own name rule
  (``rag.quotes.same_person``, without typo tolerance, so "Jan Berg" never joins "Jan Borg")
  says they are the same person and exactly one such person is known; "Ilsa Varga" and
  "Ilsa Varga-Lind" are one speaker, "Ryder" next to two different Ryders stays apart. The
  canonical name is the form most statements use.
- **Syndication.** Copies of one wire story are indexed once (rag/dedupe.py); the same
  statement carried by several outlets, or repeated word for word in another article, is one
  timeline row (``rag.dedupe.group_statements``) dated by the earliest outlet that carried it,
  with the others in ``also``. The passage link points at the indexed copy.
- **Filters.** ``since``/``until``/``outlets`` choose which publications count: a statement is
  kept when at least one outlet that carried it passes, and its row shows the earliest of those.
- **Topics.** A statement's topics are the names in its article's headline: the headline
  words that the article body also writes capitalised inside a sentence (so "Kelmont" and
  "North Korean" count, "fares" and "escalates" do not), consecutive ones joined into one
  topic, minus the speaker's own names. A headline without such a name is its own topic.
  ``SpeakerPage.topics`` counts timeline rows per topic.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

from rag.attributions import _cell
from rag.dedupe import Reported, group_statements, stories
from rag.errors import InputError, SpeakerNotFoundError
from rag.index import Index, open_index
from rag.ingest import parse_date
from rag.quotes import same_person
from rag.settings import Settings, get_settings
from rag.text import sentences
from rag.types import Attribution, Chunk

# Close names offered when a lookup finds nobody.
SUGGESTIONS = 3
SUGGEST_CUTOFF = 70  # rapidfuzz WRatio


@dataclass(frozen=True)
class Source:
    """One outlet's publication of a statement."""

    article_id: str
    outlet: str
    title: str
    url: str
    published: date | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "article_id": self.article_id,
            "outlet": self.outlet,
            "title": self.title,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
        }

    def __str__(self) -> str:
        return f"{self.outlet or '?'} ({self.published or 'undated'})"


@dataclass(frozen=True)
class Statement:
    """One timeline row: a statement, where it first appeared, and the passage that holds it.

    ``first`` is the earliest outlet that carried it (after filters); ``also`` the others,
    earliest first. ``article_id``/``chunk_id``/``start``/``end`` locate the statement in the
    indexed copy, which may be another outlet's when ``first`` is a syndicated copy.
    """

    speaker: str
    text: str
    kind: Literal["direct", "reported"]
    cue: str
    role: str
    first: Source
    article_id: str
    chunk_id: str
    chunk_index: int
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    topics: tuple[str, ...] = ()
    also: tuple[Source, ...] = ()

    @property
    def date(self) -> date | None:
        """When the statement first appeared."""
        return self.first.published

    @property
    def outlet(self) -> str:
        """The outlet that carried it first."""
        return self.first.outlet

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "date": self.date.isoformat() if self.date else None,
            "outlet": self.outlet,
            "speaker": self.speaker,
            "role": self.role,
            "cue": self.cue,
            "kind": self.kind,
            "text": self.text,
            "topics": list(self.topics),
            "first": self.first.to_dict(),
            "article_id": self.article_id,
            "chunk_id": self.chunk_id,
            "chunk_index": self.chunk_index,
            "start": self.start,
            "end": self.end,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "also": [s.to_dict() for s in self.also],
        }

    def __str__(self) -> str:
        text = f'"{self.text}"' if self.kind == "direct" else self.text
        return f"{self.date or 'undated'}  {self.outlet or '?'}  {self.cue} [{self.kind}]: {text}"


@dataclass(frozen=True)
class Speaker:
    """A person or organisation quoted in the articles, with their statement count and dates."""

    name: str
    aliases: tuple[str, ...] = ()
    role: str = ""  # the role most of their statements come with
    roles: tuple[str, ...] = ()  # every role the articles give, most used first
    statements: int = 0
    first: date | None = None
    last: date | None = None
    outlets: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "name": self.name,
            "aliases": list(self.aliases),
            "role": self.role,
            "roles": list(self.roles),
            "statements": self.statements,
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "outlets": list(self.outlets),
        }

    def __str__(self) -> str:
        role = f" ({self.role})" if self.role else ""
        when = f", {self.first} to {self.last}" if self.first else ""
        n = self.statements
        return f"{self.name}{role}: {n} statement{'s' if n != 1 else ''}{when}"


@dataclass
class SpeakerPage:
    """One speaker's statements in date order, with counts per topic."""

    speaker: Speaker
    timeline: list[Statement] = field(default_factory=list)
    topics: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "speaker": self.speaker.to_dict(),
            "topics": dict(self.topics),
            "timeline": [s.to_dict() for s in self.timeline],
        }

    def __str__(self) -> str:
        sp = self.speaker
        lines = [sp.name + (f" — {sp.role}" if sp.role else "")]
        if sp.aliases:
            lines.append("Also called: " + ", ".join(sp.aliases))
        lines.append(str(sp).split(": ", 1)[1] if sp.statements else "No statements match.")
        if self.topics:
            lines.append("Topics: " + ", ".join(f"{t} ({n})" for t, n in self.topics.items()))
        for s in self.timeline:
            lines.append("")
            lines.append(str(s))
            lines.append(
                f"    {s.first.title} — article {s.article_id}, passage {s.chunk_index}, "
                f"chars {s.start}-{s.end}" + (f"  {s.first.url}" if s.first.url else "")
            )
            if s.also:
                lines.append("    also carried by: " + ", ".join(str(o) for o in s.also))
        return "\n".join(lines)


# -- building -----------------------------------------------------------------------------------
def _n_tokens(name: str) -> int:
    return len(name.split())


def canonical_names(attrs: Sequence[Attribution]) -> dict[str, str]:
    """Each speaker name as extracted -> the canonical name of the person it belongs to."""
    counts = Counter(a.speaker for a in attrs)
    clusters: list[list[str]] = []
    # Longer names first, so that a shorter form joins the one full name it fits.
    for name in sorted(counts, key=lambda n: (-_n_tokens(n), -counts[n], n)):
        fits = [
            c for c in clusters if any(m.casefold() == name.casefold() or _same(name, m) for m in c)
        ]
        if len(fits) == 1:
            fits[0].append(name)
        else:  # nobody, or two people it could be: its own speaker
            clusters.append([name])
    out: dict[str, str] = {}
    for c in clusters:
        canon = min(c, key=lambda n: (-counts[n], -_n_tokens(n), n))
        out.update(dict.fromkeys(c, canon))
    return out


def _same(a: str, b: str) -> bool:
    """same_person both ways, without typo tolerance ("Ilsa Varga" ~ "Ilsa Varga-Lind")."""
    return same_person(a, b, fuzzy=False) or same_person(b, a, fuzzy=False)


def headline_topics(title: str, text: str) -> tuple[str, ...]:
    """Names in a headline: its words that the body writes capitalised inside a sentence."""
    proper: set[str] = set()
    for _, s, e in sentences(text):
        words = re.findall(r"[A-Za-z][\w'’\-]*", text[s:e])
        proper.update(_bare(w) for w in words[1:] if w[:1].isupper())
    topics: list[str] = []
    run: list[str] = []
    # Punctuation between words ends a name: "Kelmont: Varnholt" is two topics.
    for tok in re.findall(r"[A-Za-z][\w'’\-]*|[^\sA-Za-z]", title):
        word = _bare(tok)
        if tok[:1].isalpha() and word in proper:
            run.append(word)
            continue
        if run:
            topics.append(" ".join(run))
            run = []
    if run:
        topics.append(" ".join(run))
    return tuple(dict.fromkeys(topics))


def _bare(word: str) -> str:
    """A word without a possessive ending."""
    return re.sub(r"['’]s$", "", word)


def _dates(since: Any, until: Any) -> tuple[date | None, date | None]:
    try:
        lo, hi = parse_date(since), parse_date(until)
    except ValueError as exc:
        raise InputError(f"since/until: {exc}.") from exc
    if lo and hi and lo > hi:
        raise InputError(f"since ({lo}) is after until ({hi}); swap them.")
    return lo, hi


def _outlet_set(outlets: str | Iterable[str] | None, known: set[str]) -> set[str] | None:
    if outlets is None:
        return None
    wanted = [outlets] if isinstance(outlets, str) else list(outlets)
    wanted = [o.strip() for o in wanted if o and o.strip()]
    if not wanted:
        return None
    by_fold = {k.casefold(): k for k in known}
    unknown = [o for o in wanted if o.casefold() not in by_fold]
    if unknown:
        listed = ", ".join(sorted(known)) or "none yet"
        raise InputError(
            f"No articles from outlet(s) {', '.join(repr(o) for o in unknown)}; "
            f"the outlets are: {listed}."
        )
    return {by_fold[o.casefold()] for o in wanted}


class _Book:
    """Every speaker's grouped statements in one index, built once per call."""

    def __init__(self, index: Index) -> None:
        cat = index.catalog
        attrs = cat.attributions()
        self.canonical = canonical_names(attrs)
        self.names: dict[str, set[str]] = {}
        roles: dict[str, Counter[str]] = {}
        for a in attrs:
            canon = self.canonical[a.speaker]
            names = self.names.setdefault(canon, set())
            names.add(a.speaker)
            # Lower-case aliases ("agency", "union") are the article's shorthand, not a name.
            names.update(x for x in a.aliases if x[:1].isupper())
            if a.role:
                roles.setdefault(canon, Counter())[a.role] += 1
        self.roles = {
            c: tuple(r for r, _ in sorted(n.items(), key=lambda rn: (-rn[1], -len(rn[0]), rn[0])))
            for c, n in roles.items()
        }
        rows = {r["id"]: r for r in cat.list_articles() if r["status"] == "complete"}
        self.urls = {aid: r["url"] or "" for aid, r in rows.items()}
        self.by_speaker: dict[str, list[Attribution]] = {}
        for a in attrs:
            self.by_speaker.setdefault(self.canonical[a.speaker], []).append(
                replace(a, speaker=self.canonical[a.speaker])
            )
        self._reported: dict[str, list[Reported]] = {}
        # Outlets of the indexed articles and of the syndicated copies recorded with them.
        copies = stories(index.data_dir).outlets(rows)
        self.known_outlets: set[str] = {r["outlet"] for r in rows.values() if r["outlet"]}
        self.known_outlets.update(o.outlet for os in copies.values() for o in os if o.outlet)
        self._index = index
        self._chunks: dict[str, list[Chunk]] = {}
        self._topics: dict[str, tuple[str, ...]] = {}

    def speaker_row(self, canon: str, statements: Sequence[Statement]) -> Speaker:
        dated = sorted(s.date for s in statements if s.date)
        outlets = Counter(o.outlet for s in statements for o in (s.first, *s.also) if o.outlet)
        roles = self.roles.get(canon, ())
        return Speaker(
            name=canon,
            aliases=tuple(sorted(self.names.get(canon, set()) - {canon})),
            role=roles[0] if roles else "",
            roles=roles,
            statements=len(statements),
            first=dated[0] if dated else None,
            last=dated[-1] if dated else None,
            outlets=tuple(o for o, _ in sorted(outlets.items(), key=lambda on: (-on[1], on[0]))),
        )

    def statements(
        self,
        canon: str,
        lo: date | None,
        hi: date | None,
        outlets: set[str] | None,
        *,
        detail: bool = True,
    ) -> list[Statement]:
        """The speaker's timeline rows; ``detail=False`` skips passages and topics (counts only)."""
        out = []
        if canon not in self._reported:  # grouped on demand: one page needs one speaker
            self._reported[canon] = group_statements(
                self.by_speaker.get(canon, []), self._index.data_dir
            )
        for rep in self._reported[canon]:
            a = rep.attribution
            carriers = [
                Source(
                    o.article_id,
                    o.outlet,
                    o.title,
                    o.url or self.urls.get(o.article_id, ""),
                    parse_date(o.published),
                )
                for o in rep.outlets
            ]
            kept = [
                c
                for c in carriers
                if (outlets is None or c.outlet in outlets)
                and (lo is None or (c.published is not None and c.published >= lo))
                and (hi is None or (c.published is not None and c.published <= hi))
            ]
            if not kept:
                continue
            chunk = self._chunk_of(a) if detail else None
            out.append(
                Statement(
                    speaker=canon,
                    text=a.quote,
                    kind=a.kind,
                    cue=a.cue,
                    role=a.role,
                    first=kept[0],
                    article_id=a.article_id,
                    chunk_id=chunk.id if chunk else "",
                    chunk_index=chunk.index if chunk else -1,
                    start=a.start,
                    end=a.end,
                    sentence_start=a.sentence_start,
                    sentence_end=a.sentence_end,
                    topics=self._topics_of(a, self.names.get(canon, {canon})) if detail else (),
                    also=tuple(kept[1:]),
                )
            )
        # Date order; undated last; a story's statements keep their order in the article.
        out.sort(key=lambda s: (s.date is None, s.date or date.min))
        return out

    def _chunk_of(self, a: Attribution) -> Chunk | None:
        if a.article_id not in self._chunks:
            self._chunks[a.article_id] = self._index.catalog.article_chunks(a.article_id)
        inside = [c for c in self._chunks[a.article_id] if c.start <= a.start < c.end]
        # Overlapping chunks: the one that holds the whole statement.
        inside.sort(key=lambda c: (c.end < a.end, c.start))
        return inside[0] if inside else None

    def _topics_of(self, a: Attribution, names: set[str]) -> tuple[str, ...]:
        if a.article_id not in self._topics:
            art = self._index.catalog.article(a.article_id)
            title, text = (art.title, art.text) if art else (a.title, "")
            self._topics[a.article_id] = headline_topics(title, text) or ((title,) if title else ())
        own = {w.casefold() for n in names for w in n.split()}
        return tuple(
            t for t in self._topics[a.article_id] if not {w.casefold() for w in t.split()} <= own
        )

    def find(self, name: str) -> str:
        """The canonical speaker ``name`` refers to, or SpeakerNotFoundError."""
        want = " ".join(name.split()).casefold()
        if want in {c.casefold() for c in self.names}:
            return next(c for c in self.names if c.casefold() == want)
        exact = sorted(c for c, ns in self.names.items() if want in {n.casefold() for n in ns})
        if len(exact) == 1:
            return exact[0]
        if exact:  # an alias two speakers share ("Lund" for Anna and Erik Lund)
            raise SpeakerNotFoundError(self._not_found(name, exact))
        # A surname, or a name with one typo, that fits exactly one speaker.
        hits = {c for c, ns in self.names.items() if any(same_person(name, n) for n in ns)}
        if len(hits) == 1:
            return hits.pop()
        raise SpeakerNotFoundError(self._not_found(name, sorted(hits)))

    def _not_found(self, name: str, ambiguous: list[str]) -> str:
        if ambiguous:
            return f"{name!r} could be {', '.join(ambiguous)}; give the full name of one of them."
        from rapidfuzz import fuzz, process

        every = {n: c for c, ns in self.names.items() for n in (c, *ns)}
        close = process.extract(
            name, list(every), scorer=fuzz.WRatio, score_cutoff=SUGGEST_CUTOFF, limit=10
        )
        near = list(dict.fromkeys(every[n] for n, _, _ in close))[:SUGGESTIONS]
        if not self.names:
            return (
                f"No speaker named {name!r}: no statements are indexed yet; ingest articles first."
            )
        hint = f" Did you mean {' or '.join(near)}?" if near else ""
        return (
            f"No speaker named {name!r} in the indexed articles.{hint} "
            "`newsrag speakers` (or rag.speakers()) lists everyone quoted."
        )


def _index(settings: Settings | dict[str, Any] | None, index: Index | None) -> Index:
    return index if index is not None else open_index(get_settings(settings))


def speakers(
    *,
    settings: Settings | dict[str, Any] | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    outlets: str | Iterable[str] | None = None,
    index: Index | None = None,
) -> list[Speaker]:
    """Everyone quoted in the indexed articles, most statements first.

    Args:
        settings: Settings, dict of overrides, or None.
        since: only statements published on or after this date (YYYY-MM-DD or a date).
        until: only statements published on or before this date.
        outlets: only statements these outlets carried (one name or several).
        index: an open Index (default: the shared one for ``settings``).
    """
    lo, hi = _dates(since, until)
    book = _Book(_index(settings, index))
    wanted = _outlet_set(outlets, book.known_outlets)
    out = []
    for canon in book.names:
        rows = book.statements(canon, lo, hi, wanted, detail=False)
        if rows:
            out.append(book.speaker_row(canon, rows))
    out.sort(key=lambda s: (-s.statements, s.name.casefold()))
    return out


def speaker(
    name: str,
    *,
    settings: Settings | dict[str, Any] | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    outlets: str | Iterable[str] | None = None,
    index: Index | None = None,
) -> SpeakerPage:
    """One speaker's statements in date order, with counts per topic.

    Args:
        name: the canonical name, an alias, or a surname that fits one speaker (any case).
        settings: Settings, dict of overrides, or None.
        since: only statements published on or after this date (YYYY-MM-DD or a date).
        until: only statements published on or before this date.
        outlets: only statements these outlets carried (one name or several).
        index: an open Index (default: the shared one for ``settings``).
    Raises:
        SpeakerNotFoundError: nobody by that name; the message offers close names.
    """
    if not isinstance(name, str) or not name.strip():
        raise InputError("Give a speaker's name, for example Patrick Ryder.")
    lo, hi = _dates(since, until)
    book = _Book(_index(settings, index))
    canon = book.find(name.strip())
    wanted = _outlet_set(outlets, book.known_outlets)
    timeline = book.statements(canon, lo, hi, wanted)
    counts = Counter(t for s in timeline for t in s.topics)
    topics = dict(sorted(counts.items(), key=lambda tn: (-tn[1], tn[0])))
    return SpeakerPage(book.speaker_row(canon, timeline), timeline, topics)


# -- exports ------------------------------------------------------------------------------------
SPEAKER_COLUMNS = ["name", "role", "statements", "first", "last", "aliases", "outlets"]
TIMELINE_COLUMNS = [
    "date",
    "outlet",
    "speaker",
    "role",
    "cue",
    "kind",
    "text",
    "topics",
    "title",
    "url",
    "article_id",
    "chunk_id",
    "start",
    "end",
    "also_carried_by",
]


def _csv(header: list[str], rows: Iterable[Sequence[object]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for row in rows:
        w.writerow([_cell(v) for v in row])
    return buf.getvalue()


def speakers_csv(people: Sequence[Speaker]) -> str:
    """The speaker list as CSV text (lists joined with "; ")."""
    return _csv(
        SPEAKER_COLUMNS,
        (
            [
                s.name,
                s.role,
                s.statements,
                s.first or "",
                s.last or "",
                "; ".join(s.aliases),
                "; ".join(s.outlets),
            ]
            for s in people
        ),
    )


def speakers_json(people: Sequence[Speaker]) -> str:
    """The speaker list as a JSON array."""
    return json.dumps([s.to_dict() for s in people], indent=2, ensure_ascii=False)


def speaker_csv(page: SpeakerPage) -> str:
    """A speaker's timeline as CSV text, one row per statement."""
    return _csv(
        TIMELINE_COLUMNS,
        (
            [
                s.date or "",
                s.outlet,
                s.speaker,
                s.role,
                s.cue,
                s.kind,
                s.text,
                "; ".join(s.topics),
                s.first.title,
                s.first.url,
                s.article_id,
                s.chunk_id,
                s.start,
                s.end,
                "; ".join(str(o) for o in s.also),
            ]
            for s in page.timeline
        ),
    )


def speaker_json(page: SpeakerPage) -> str:
    """A speaker page (speaker, topic counts, timeline) as a JSON object."""
    return json.dumps(page.to_dict(), indent=2, ensure_ascii=False)
