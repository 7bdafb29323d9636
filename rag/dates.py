"""Dates in questions and answers: "latest", "in July 2025", "since March" -> retrieval filters.

:func:`parse_dates` reads the date phrases of a question against a ``today`` the caller gives
(tests fix it; :func:`rag.answer` uses the local date by default) and returns a
:class:`DateQuery`: a publication-date window, whether the newest sources should come first,
and the question with those phrases removed for retrieval (a month name left in the query
would count as a name every passage must mention).

Rules, all about publication dates:

- "latest", "most recent", "newest", "recently": newest sources first (no window).
- "in/during July 2025", "in 2024", "on 5 November 2024": that month, year or day.
- "since/from March": from the start of that month; "after March": from the month after.
- "before 2024": up to the day before; "until/by March 2025": up to the end of that month.
- "between March and July 2025", "from March to July 2025": both ends inclusive.
- "today", "yesterday", "this week/month/year", "last week/month/year" (calendar periods;
  weeks start on Monday), "in the past/last N days/weeks/months" (N back from today).
- A month without a year is the most recent such month that has begun by ``today``: on
  10 Aug 2025 "July" is July 2025, "August" is August 2025 and "September" is September 2024.
  "May" counts as a month only when capitalised or followed by a year (it is also a verb).
- A window that starts after ``today`` ("in 2030"), or only caps dates at ``today`` or later
  ("jobs until 2030"), is about the future, not publication: it stays in the question.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from rag.types import Citation

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for name in names
}
_MONTH = r"(?P<{g}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"
# A month with an optional year, or a year alone: "July", "July 2025", "Jul. 2025", "2024".
_PERIOD = (
    rf"(?:(?:{_MONTH.format(g='{p}m')})(?:\s*,?\s*{_YEAR.format(g='{p}y')})?"
    rf"|{_YEAR.format(g='{p}yo')})"
)
_DAY = (
    rf"(?:(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.format(g='dm')}\s*,?\s*{_YEAR.format(g='dy')}"
    rf"|{_MONTH.format(g='dm2')}\s+(?P<dd2>\d{{1,2}})(?:st|nd|rd|th)?\s*,\s*{_YEAR.format(g='dy2')})"
)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_UNIT = r"(?P<unit>days?|weeks?|months?|years?)"

# Order matters: ranges before single periods, so "from March to July" is one phrase.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "range",
        re.compile(
            rf"\b(?:between|from)\s+{_PERIOD.format(p='a')}\s+(?:and|to|until|till|through)\s+"
            rf"{_PERIOD.format(p='b')}",
            re.I,
        ),
    ),
    ("day", re.compile(rf"\b(?:on\s+)?{_DAY}", re.I)),
    (
        "past",
        re.compile(
            rf"\b(?:in\s+|over\s+|during\s+|within\s+)?the\s+(?:past|last|previous)\s+"
            rf"(?P<n>\d{{1,3}}|{'|'.join(_NUMBERS)}|few\s+)?\s*{_UNIT}",
            re.I,
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?:(?:in|from|during|over)\s+)?(?:(?P<which>this|last|past|previous)\s+"
            r"(?P<runit>week|month|year)"
            r"|(?P<word>today|yesterday))\b",
            re.I,
        ),
    ),
    ("since", re.compile(rf"\b(?:since|from)\s+{_PERIOD.format(p='s')}", re.I)),
    ("after", re.compile(rf"\bafter\s+{_PERIOD.format(p='s')}", re.I)),
    ("before", re.compile(rf"\bbefore\s+{_PERIOD.format(p='s')}", re.I)),
    ("until", re.compile(rf"\b(?:until|till|through|up\s+to|by)\s+{_PERIOD.format(p='s')}", re.I)),
    ("in", re.compile(rf"\b(?:in|during|throughout)\s+{_PERIOD.format(p='s')}", re.I)),
    (
        "recent",
        re.compile(
            r"\b(?:the\s+)?(?:(?:very\s+)?latest|most\s+recent(?:ly)?|newest|recently)\b",
            re.I,
        ),
    ),
]


@dataclass(frozen=True)
class DateQuery:
    """What a question says about dates: a publication window and/or newest-first order."""

    query: str  # the question without its date phrases, for retrieval
    published_from: date | None = None
    published_to: date | None = None
    recent: bool = False  # "latest", "most recent": newest sources first
    phrases: tuple[str, ...] = ()  # the phrases recognised, as written

    @property
    def has_window(self) -> bool:
        """Whether the question limits publication dates."""
        return self.published_from is not None or self.published_to is not None

    def filters(self) -> dict[str, date]:
        """The window as rag.retrieve filters (``published_from`` / ``published_to``)."""
        out: dict[str, date] = {}
        if self.published_from is not None:
            out["published_from"] = self.published_from
        if self.published_to is not None:
            out["published_to"] = self.published_to
        return out

    def describe(self) -> str:
        """The window in words: "in July 2025", "since 1 Mar 2025", "on 5 Nov 2024"."""
        a, b = self.published_from, self.published_to
        if a and b:
            if a.day == 1 and b == _month_end(a.year, a.month):
                return f"in {a:%B %Y}"
            if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
                return f"in {a.year}"
            if a == b:
                return f"on {day_label(a)}"
            return f"between {day_label(a)} and {day_label(b)}"
        if a:
            return f"since {day_label(a)}"
        if b:
            return f"up to {day_label(b)}"
        return ""


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _latest_month(month: int, today: date) -> int:
    """The year of the most recent ``month`` that has begun by ``today``."""
    return today.year if month <= today.month else today.year - 1


def _period(
    m: re.Match[str], p: str, today: date, year_hint: int | None = None
) -> tuple[date, date]:
    """(first day, last day) of the month or year matched under group prefix ``p``."""
    if m.group(f"{p}yo"):
        y = int(m.group(f"{p}yo"))
        return date(y, 1, 1), date(y, 12, 31)
    month = MONTHS[m.group(f"{p}m").lower()]
    y_text = m.group(f"{p}y")
    year = int(y_text) if y_text else year_hint or _latest_month(month, today)
    return date(year, month, 1), _month_end(year, month)


def _is_verb_may(m: re.Match[str], groups: tuple[str, ...]) -> bool:
    """ "may" in lower case and without a year is the verb, not the month."""
    for g in groups:
        text = m.groupdict().get(g)
        if text and text.rstrip(".") == "may":
            year_group = g[:-1] + "y" if g.endswith("m") else ""
            if not (year_group and m.groupdict().get(year_group)):
                return True
    return False


def _window(kind: str, m: re.Match[str], today: date) -> tuple[date | None, date | None] | None:
    """The (from, to) window of one matched phrase; None when it is not a date after all."""
    if kind == "range":
        if _is_verb_may(m, ("am", "bm")):
            return None
        b0, b1 = _period(m, "b", today)
        # "between March and July 2025": the first end takes the second end's year.
        hint = b0.year if not (m.group("ay") or m.group("ayo")) else None
        a0, _ = _period(m, "a", today, year_hint=hint)
        if hint and a0 > b0:
            a0, _ = _period(m, "a", today, year_hint=hint - 1)
        return a0, b1
    if kind == "day":
        if m.group("dd"):
            d, mon, y = m.group("dd"), m.group("dm"), m.group("dy")
        else:
            d, mon, y = m.group("dd2"), m.group("dm2"), m.group("dy2")
        try:
            day = date(int(y), MONTHS[mon.lower().rstrip(".")], int(d))
        except ValueError:
            return None
        return day, day
    if kind == "past":
        raw = (m.group("n") or "").strip().lower()
        n = 3 if raw == "few" else _NUMBERS.get(raw) or (int(raw) if raw.isdigit() else 1)
        unit = m.group("unit").lower().rstrip("s")
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
        return today - timedelta(days=days), today
    if kind == "relative":
        word = (m.group("word") or "").lower()
        if word == "today":
            return today, today
        if word == "yesterday":
            return today - timedelta(days=1), today - timedelta(days=1)
        which, unit = m.group("which").lower(), m.group("runit").lower()
        if which == "past":  # "past week" = the last seven days, not the calendar week
            days = {"week": 7, "month": 30, "year": 365}[unit]
            return today - timedelta(days=days), today
        last = which in ("last", "previous")
        if unit == "week":
            monday = today - timedelta(days=today.weekday())
            if last:
                return monday - timedelta(days=7), monday - timedelta(days=1)
            return monday, today
        if unit == "month":
            if last:
                end = today.replace(day=1) - timedelta(days=1)
                return end.replace(day=1), end
            return today.replace(day=1), today
        if last:
            return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        return date(today.year, 1, 1), today
    if kind == "recent":
        return None, None
    if _is_verb_may(m, ("sm",)):
        return None
    start, end = _period(m, "s", today)
    if kind == "since":
        return start, None
    if kind == "after":
        return end + timedelta(days=1), None
    if kind == "before":
        return None, start - timedelta(days=1)
    if kind == "until":
        return None, end
    return start, end  # "in"


def _future(win: tuple[date | None, date | None], today: date) -> bool:
    """Whether a window is about the future, not publication: it starts after ``today``
    ("in 2030"), or only caps dates at ``today`` or later ("jobs until 2030")."""
    start, end = win
    if start is not None:
        return start > today
    return end is not None and end >= today


# Text inside quotation marks is what someone said, not a date window.
_QUOTED = re.compile(r'["“][^"”]+["”]|‘[^’]+’')


def parse_dates(question: str, today: date, *, phrase: str | None = None) -> DateQuery:
    """The date window and recency a question asks for, and the question without them.

    Dates inside quotation marks, or inside ``phrase`` (the words a "who said …" question
    quotes without marks), belong to the quote: "Who said "cases rose in January"?" asks for
    no window.
    """
    lo: date | None = None
    hi: date | None = None
    recent = False
    phrases: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = [(m.start(), m.end()) for m in _QUOTED.finditer(question)]
    if phrase:
        at = question.lower().find(phrase.lower())
        if at >= 0:
            taken.append((at, at + len(phrase)))
    for kind, pat in _PATTERNS:
        for m in pat.finditer(question):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue  # part of a longer phrase already read ("from March to July")
            win = _window(kind, m, today)
            if win is None or _future(win, today):
                continue
            taken.append((m.start(), m.end()))
            phrases.append((m.start(), m.end(), m.group(0)))
            if kind == "recent":
                recent = True
                continue
            a, b = win
            # Several phrases narrow the window ("since March ... before July").
            if a is not None:
                lo = a if lo is None else max(lo, a)
            if b is not None:
                hi = b if hi is None else min(hi, b)
    query = question
    for s, e, _ in sorted(phrases, reverse=True):
        query = query[:s] + " " + query[e:]
    query = re.sub(r"\s+([?.!,;:])", r"\1", re.sub(r"\s{2,}", " ", query)).strip(" ,;:")
    return DateQuery(
        # A question that is nothing but date phrases keeps its words for retrieval.
        query=query if re.search(r"\w", query) else question,
        published_from=lo,
        published_to=hi,
        recent=recent,
        phrases=tuple(p for _, _, p in sorted(phrases)),
    )


def day_label(d: date) -> str:
    """A date as answers show it: "5 Nov 2024"."""
    return f"{d.day} {d:%b %Y}"


def source_label(outlet: str, published: date | None) -> str:
    """ "Caliber.Az, 5 Nov 2024"; "undated" stands in for a missing date."""
    when = day_label(published) if published else "undated"
    return f"{outlet}, {when}" if outlet else when


_GROUP = re.compile(r"(?:\[\d+\])+")


def dated_text(text: str, citations: dict[int, Citation]) -> str:
    """``text`` with each source's outlet and date after the first marker that cites it.

    "... Russia [1]." becomes "... Russia [1] (Caliber.Az, 5 Nov 2024)."; a source already
    named (same outlet and date) is not repeated.
    """
    shown: set[str] = set()

    def label(m: re.Match[str]) -> str:
        new = []
        for num in re.findall(r"\d+", m.group(0)):
            cit = citations.get(int(num))
            if cit is None:
                continue
            c = cit.passage.chunk
            lab = source_label(c.outlet, c.published)
            if lab not in shown:
                shown.add(lab)
                new.append(lab)
        return f"{m.group(0)} ({'; '.join(new)})" if new else m.group(0)

    return _GROUP.sub(label, text)


def span_note(citations: dict[int, Citation]) -> str:
    """ "Sources span 5 Nov 2024 – 12 Mar 2025." when the cited sources differ in date."""
    days = sorted({d for c in citations.values() if (d := c.passage.chunk.published)})
    if len(days) < 2:
        return ""
    return f"Sources span {day_label(days[0])} – {day_label(days[-1])}."
