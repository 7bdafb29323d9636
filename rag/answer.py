"""rag.answer(): question -> retrieve -> (LLM or extractive) -> verified citations -> Answer."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import date
from typing import Any

from rag.attributions import (
    PhraseMatch,
    is_who_said,
    named_speaker,
    phrase_first,  # issue 9: quoted-phrase lookup
    phrase_lookup,
    quoted_phrase,
    rank_attributions,
    speaker_names,
)
from rag.cite import citation_grammar, format_passages, verify
from rag.dates import DateQuery, dated_text, parse_dates, span_note
from rag.errors import InputError, LLMError
from rag.extractive import attributions_reply, prune_speakers, sentences_reply
from rag.generate import Outcome, focus, generate
from rag.index import Index, open_index
from rag.language import ENGLISH_ONLY, looks_english
from rag.llm import LLM, get_llm
from rag.phrases import uncovered_statement
from rag.prompts import load_prompt
from rag.retrieve import retrieve
from rag.settings import Settings, get_settings
from rag.text import mentions, query_entities
from rag.trace import Trace
from rag.types import CANNOT_ANSWER, Answer, AnswerSource, Attribution, Passage

History = list[dict[str, str]] | list[tuple[str, str]] | None
PHRASE_NOT_FOUND = "None of the searched articles contains the quoted words."
_QUOTE_MARK = re.compile(r'["“”]')
_PRONOUN = re.compile(r"\b(he|she|him|her|his|hers|they|them|their)\b", re.I)
_FOLLOWUP = re.compile(r"^\s*(and|what about|how about|also|but)\b", re.I)


def check_question(question: str, settings: Settings) -> str:
    """The stripped question, or InputError if it is empty or too long."""
    if not isinstance(question, str) or not question.strip():
        raise InputError(
            "The question is empty. Type a question about the indexed articles, "
            'for example "Who said what about Kursk?".'
        )
    q = question.strip()
    if len(q) > settings.max_question_chars:
        raise InputError(
            f"The question is {len(q)} characters long; the limit is "
            f"{settings.max_question_chars}. Shorten it, or raise "
            "RAG_MAX_QUESTION_CHARS."
        )
    return q


def _turns(history: History) -> list[tuple[str, str]]:
    """History as (user, assistant) pairs from pairs or role/content dicts."""
    if not history:
        return []
    turns: list[tuple[str, str]] = []
    pending_user: str | None = None
    for item in history:
        if isinstance(item, dict):
            role, content = item.get("role"), str(item.get("content") or "")
            if role == "user":
                pending_user = content
            elif role == "assistant" and pending_user is not None:
                turns.append((pending_user, content))
                pending_user = None
        else:
            turns.append((str(item[0]), str(item[1])))
    return turns


def condense(
    question: str,
    history: History,
    *,
    known_speakers: dict[str, set[str]],
    llm: LLM | None = None,
    settings: Settings | None = None,
    prominence: dict[str, int] | None = None,
) -> str:
    """A standalone version of a follow-up question, so retrieval sees what it refers to."""
    turns = _turns(history)
    if not turns:
        return question
    if llm is not None and settings is not None and settings.llm == "openai":
        prompt = load_prompt("condense", settings.prompts_dir, kind="condense")
        hist = "\n".join(f"User: {u}\nAssistant: {a[:400]}" for u, a in turns[-3:])
        try:
            out = llm.complete(prompt.render(history=hist, question=question), max_tokens=80)
            out = out.strip().strip('"').splitlines()[0].strip() if out.strip() else ""
            if 5 < len(out) < 400:
                return out
        except LLMError:
            pass  # the heuristic below still gives a usable query
    last_q, last_a = turns[-1]
    resolved = question
    if _PRONOUN.search(question):
        person = _last_person(last_q, last_a, known_speakers, prominence)
        if person:
            resolved = _PRONOUN.sub(lambda m: _replace(m.group(0), person), question, count=1)
    if _FOLLOWUP.search(question) or len(question.split()) <= 6 or resolved == question:
        # Carry the previous topic along ("and what about Zelenskyy?").
        resolved = f"{resolved.rstrip('?')} (follow-up to: {last_q.rstrip('?')})?"
    return resolved


def _replace(pronoun: str, person: str) -> str:
    return person + "'s" if pronoun.lower() in ("his", "her", "their", "hers") else person


_PERSON = re.compile(r"^[A-Z][\w\-']+(?:\s[A-Z][\w\-']+){1,3}$")


def _last_person(
    last_q: str, last_a: str, known: dict[str, set[str]], prominence: dict[str, int] | None = None
) -> str | None:
    """The person a pronoun most likely points at: named in the last question, else the
    person the last answer quotes most (organisations are never "he" or "she")."""
    people = {c: n for c, n in known.items() if _PERSON.match(c) and "'s" not in c}
    for canonical, names in people.items():
        if any(n.lower() in last_q.lower() for n in names if len(n) > 2):
            return canonical
    prominence = prominence or {}
    best, score = None, (0, 0)
    for canonical, names in people.items():
        mentioned = sum(last_a.count(n) for n in names if len(n) > 2)
        key = (mentioned, prominence.get(canonical, 0))
        if mentioned and key > score:
            best, score = canonical, key
    return best


def answer(
    question: str,
    *,
    k: int | None = None,
    filters: dict[str, Any] | None = None,
    history: History = None,
    prompt: str | None = None,
    llm: LLM | None = None,
    backend: str | None = None,
    settings: Settings | dict[str, Any] | None = None,
    index: Index | None = None,
    stream: bool = False,
    today: date | None = None,
) -> Any:
    """Answer ``question`` from the indexed articles with citations the code has verified.

    Args:
        question: what to ask.
        k: number of passages to retrieve (default ``settings.k``).
        filters: ``outlet``, ``article_id``, ``published_from``, ``published_to``.
        history: earlier turns, as (user, assistant) pairs or role/content dicts.
        prompt: prompt variant name (default ``settings.prompt``, e.g. ``answer_v2``).
        llm: an LLM object to use instead of the configured backend.
        backend: ``local``, ``openai`` or ``extractive`` (default: ``settings.llm`` when
            ``settings.answers_with_llm()``, else ``extractive``).
        settings: Settings, a dict of overrides, or None for the environment.
        index: an open Index (default: the shared one for ``settings``).
        stream: if True, return an iterator of text deltas ending with the final Answer.
        today: the date that "latest", "last week" or "in July" are read against (default:
            the local date); see rag.dates.
    """
    gen = _run(
        question,
        k=k,
        filters=filters,
        history=history,
        prompt=prompt,
        llm=llm,
        backend=backend,
        settings=settings,
        index=index,
        today=today,
    )
    if stream:
        return gen
    for item in gen:
        if isinstance(item, Answer):
            return item
    raise AssertionError("answer pipeline ended without an Answer")  # pragma: no cover


def _run(
    question: str,
    *,
    settings: Settings | dict[str, Any] | None,
    index: Index | None,
    **options: Any,
) -> Iterator[str | Answer]:
    s = get_settings(settings) if index is None else index.settings
    trace = Trace(s)
    try:
        yield from _pipeline(question, s=s, index=index, trace=trace, **options)
    except Exception as exc:
        trace.fail(exc)  # a failed request is traced too, by its error type
        raise


def _pipeline(
    question: str,
    *,
    k: int | None,
    filters: dict[str, Any] | None,
    history: History,
    prompt: str | None,
    llm: LLM | None,
    backend: str | None,
    s: Settings,
    index: Index | None,
    today: date | None,
    trace: Trace,
) -> Iterator[str | Answer]:
    t0 = trace.t0
    q = check_question(question, s)
    idx = index or open_index(s)
    if backend is None and llm is None and not s.answers_with_llm():
        backend = "extractive"  # the measured better answerer for the bundled model
    model = llm if llm is not None else get_llm(s, backend or s.llm)
    known, prominence = idx.catalog.speakers()
    with trace.stage("condense"):
        standalone = condense(
            q,
            history,
            known_speakers=known,
            llm=model,
            settings=s,
            prominence=prominence,
        )
    wants_who = is_who_said(standalone)
    dq = parse_dates(standalone, today or date.today(), phrase=quoted_phrase(standalone))
    with trace.stage("retrieve"):
        # Who-said questions need every statement, so they look wider and skip the cap.
        passages, used_filters, date_note = _dated_retrieve(
            standalone,
            dq,
            k=max(k or s.k, 8) if wants_who else (k or s.k),
            filters=filters,
            index=idx,
            per_article=0 if wants_who else None,
        )
        # issue 9: a quoted phrase ("who said <phrase>") is looked up verbatim first.
        matches = phrase_lookup(standalone, idx, filters=used_filters)
        passages, quoted = phrase_first(
            standalone, passages, idx, filters=used_filters, matches=matches
        )
        if quoted == []:  # found, but outside every statement: does its sentence say whose?
            quoted = referred_statement(matches, passages, idx)
    # A who-said question quoting words that no indexed article holds, even fuzzily: nobody
    # here said them. Listing the statements retrieval found would name people who did not.
    absent = wants_who and quoted is None and _quotes_a_phrase(standalone)
    prompt_name = prompt or s.prompt
    ans = Answer(
        question=q,
        text="",
        standalone_question=standalone,
        passages=passages,
        model=model.name if model else "",
        prompt=prompt_name,
        request_id=trace.request_id,
    )
    ans.timings.update(trace.timings())
    if not passages or absent:
        # A question in another language finds nothing: say why instead of a bare refusal.
        ans.text = CANNOT_ANSWER if looks_english(q) else f"{CANNOT_ANSWER} {ENGLISH_ONLY}"
        if absent and passages:
            ans.text = f"{CANNOT_ANSWER} {PHRASE_NOT_FOUND}"
        ans.cannot_answer = True
        ans.source, ans.model = AnswerSource.NONE, ""
        ans.timings["total"] = time.perf_counter() - t0
        trace.finish(ans)
        yield ans.text
        yield ans
        return
    speakers = speaker_names([a for p in passages for a in p.attributions])
    who = wants_who and any(p.attributions for p in passages)
    if who:
        art_texts = idx.catalog.article_texts({p.chunk.article_id for p in passages})
        speaker = named_speaker(standalone, sorted(known), known)
        ans.attributions = rank_attributions(
            standalone, passages, speaker=speaker, article_texts=art_texts
        )
        if quoted is not None:  # issue 9: only the statement the question quotes (or none)
            ans.attributions = quoted
        ans.mode = "who_said"
    listed = who and bool(ans.attributions)

    def extractive() -> tuple[str, list[Passage]]:
        if listed:
            return attributions_reply(ans.attributions, passages), passages
        return sentences_reply(standalone, passages, newest=dq.recent), passages

    if listed and (model is None or not s.llm_who_said):
        # Who said what comes from the extracted attributions: a model never picks the mouth.
        with trace.stage("generate"):
            reply, _ = extractive()
        with trace.stage("verify"):
            # Each line is a statement listed under its own passage's number, so whose it is
            # holds by construction. The verifier's speaker rule cannot see the heading and
            # read any speaker named inside a statement ("the Harbour Authority had wasted
            # two years", said by the mayor) as its claimed speaker: it dropped one right
            # who-said answer in eight. The quotes, citations and names are still checked.
            verified = verify(reply, passages)
            verified.text = prune_speakers(verified.text)
            if not verified.text.strip():
                verified.text, verified.cannot_answer = CANNOT_ANSWER, True
        outcome = Outcome(verified=verified, source=AnswerSource.ATTRIBUTIONS, raw_text=reply)
        ans.model = ""
        yield verified.text
    else:
        messages = None
        grammar = None
        shown = passages
        if model is not None:
            shown = _shown(model, passages, standalone, s)
            kind = "who_said" if listed else "answer"
            name = prompt_name if kind == "answer" else "who_said"
            tmpl = load_prompt(name, s.prompts_dir, kind=kind)
            values = {
                "question": standalone,
                "passages": format_passages(shown),
                "cannot_answer": CANNOT_ANSWER,
            }
            if "today" in tmpl.variables:  # prompts from RAG_PROMPTS_DIR may not declare it
                values["today"] = (today or date.today()).isoformat()
            if kind == "who_said":
                values["attributions"] = _attribution_table(ans.attributions, shown)
            messages = tmpl.render(**values)
            ans.prompt = name
            grammar = _grammar(model, s, len(shown)) if kind == "answer" else None
        outcome = yield from generate(
            model,
            messages,
            shown,
            extractive=extractive,
            speakers=speakers,
            question=standalone if not listed else None,
            full=passages,
            t0=t0,
            grammar=grammar,
        )
        trace.add(outcome.stages)
        if outcome.first_token is not None:
            ans.timings["first_token"] = outcome.first_token
    _fill(ans, outcome)
    _date(ans, s, date_note)
    ans.timings.update(trace.timings())
    ans.timings["total"] = time.perf_counter() - t0
    trace.finish(ans)
    yield ans


def _quotes_a_phrase(question: str) -> bool:
    """Whether the question puts a phrase in quotation marks (not just "who said ...")."""
    phrase = quoted_phrase(question)
    return phrase is not None and bool(_QUOTE_MARK.search(question))


def referred_statement(
    matches: list[PhraseMatch], passages: list[Passage], index: Index
) -> list[Attribution]:
    """The statement holding a quoted phrase that no extracted statement covers, or [].

    ``matches`` is the question's phrase lookup. The exact matches are looked at (the fuzzy
    ones when there are none), best first, and only a sentence that names its speaker by
    reference ("..., the company said") gets one (rag.phrases.uncovered_statement). The
    statement joins its passage's attributions, so the answer can cite it like any other.
    """
    by_chunk = {p.chunk.id: p for p in passages}
    for m in matches:
        p = by_chunk.get(m.passage.chunk.id)
        if m.hit.exact != matches[0].hit.exact or p is None:
            continue  # exact matches only, when there are any
        art = index.catalog.article(m.hit.article_id)
        if art is None:
            continue
        attrs = index.catalog.attributions([m.hit.article_id])
        found = uncovered_statement(art.text, attrs, m.hit.start, m.hit.end)
        if found is not None and p.chunk.start <= found.start and found.end <= p.chunk.end:
            p.attributions.append(found)
            return [found]
    return []


def _dated_retrieve(
    question: str,
    dq: DateQuery,
    *,
    k: int,
    filters: dict[str, Any] | None,
    index: Index,
    per_article: int | None,
) -> tuple[list[Passage], dict[str, Any] | None, str]:
    """Retrieval with the question's date window and recency: (passages, filters used, note).

    Filters the caller gave win over the question's. When the window finds nothing, the month
    was most likely when something happened rather than when it was reported ("cases in
    June"), so retrieval runs again over all dates with the question as asked, and the note
    says so.
    """
    flt = dict(filters or {})
    for key, val in dq.filters().items():
        flt.setdefault(key, val)
    dated = dq.has_window or dq.recent
    # "latest" re-orders a wider pool by date, so the newest relevant passages make the cut.
    want = min(k * 3, 50) if dq.recent else k
    floor = index.settings.min_relevance
    passages = retrieve(
        dq.query if dated else question,
        k=want,
        filters=flt,
        index=index,
        per_article=per_article,
    )
    note = ""
    if not passages and dq.has_window and flt != (filters or {}):
        flt = dict(filters or {})
        passages = retrieve(question, k=want, filters=flt, index=index, per_article=per_article)
        if passages:
            note = (
                f"No indexed article published {dq.describe()} matches; "
                "this answer uses articles from other dates."
            )
    if dq.recent:
        # The wider pool holds weaker matches: a newer passage must still name everyone the
        # question names ("latest from Port Calloway" is not a newer article about Kursk).
        # Beyond the top k, only a passage whose meaning is close (cosine over the relevance
        # floor) may join: a BM25 hit on "news" alone does not make an article the latest news.
        names = query_entities(dq.query)
        pool = [
            p
            for p in passages
            if all(mentions(p.chunk.text, n) for n in names)
            and (p.rank <= k or (p.dense_score or -1.0) >= floor)
        ]
        # Newest first, relevance order within a day; undated passages last, and passages under
        # the floor (kept by keyword alone) after all the close ones.
        passages = sorted(
            pool or passages,
            key=lambda p: (
                (p.dense_score or -1.0) < floor,
                -(p.chunk.published.toordinal() if p.chunk.published else 0),
            ),
        )[:k]
        for rank, p in enumerate(passages, 1):
            p.rank = rank
    return passages, flt or None, note


def _date(ans: Answer, s: Settings, note: str) -> None:
    """Say how old each cited source is, and when sources span dates or the window failed."""
    if ans.cannot_answer:
        return
    notes = []
    if s.answer_dates and ans.citations:
        ans.text = dated_text(ans.text, ans.citations)
        notes.append(span_note(ans.citations))
    notes.append(note)
    extra = " ".join(n for n in notes if n)
    if extra:
        ans.text = f"{ans.text}\n\n{extra}" if ans.text else extra


def _grammar(model: LLM | None, s: Settings, n_passages: int) -> str | None:
    """The output grammar for the embedded model's answers (issue 8: it forgot citations)."""
    if model is None or not model.name.startswith("local:") or not s.local_grammar:
        return None
    return citation_grammar(n_passages)


def _shown(model: LLM, passages: list[Passage], question: str, s: Settings) -> list[Passage]:
    """What the model reads: the embedded model gets the best few passages, windowed."""
    if not model.name.startswith("local:"):
        return passages
    # The embedded model reads ~130 prompt tokens/s on 2 cores: give it the best few only,
    # and of each only the sentences around the hit.
    shown = passages[: s.local_passages] if s.local_passages else passages
    return focus(question, shown, s.local_window)


def _fill(ans: Answer, out: Outcome) -> None:
    v = out.verified
    ans.text = v.text
    ans.cannot_answer = v.cannot_answer
    ans.citations = v.citations
    ans.quotes = v.quotes
    ans.source = out.source
    ans.fallback = out.fallback
    # What the model got wrong is kept even when its text was replaced: evaluators count it.
    ans.removed = out.removed + (list(v.removed) if out.source is not AnswerSource.LLM else [])
    ans.raw_text = out.raw_text
    ans.raw_citations = out.raw_citations
    ans.invalid_citations = out.invalid_citations
    ans.usage = dict(out.usage)


def _attribution_table(attrs: list[Any], passages: list[Passage]) -> str:
    where: dict[tuple[str, int, int], int] = {}
    for n, p in enumerate(passages, 1):
        for a in p.attributions:
            where.setdefault((a.article_id, a.start, a.end), n)
    rows = []
    for a in attrs:
        num = where.get((a.article_id, a.start, a.end))
        if num:
            rows.append(f"{a.speaker} | {a.role or '-'} | [{num}] | {a.quote[:300]}")
    return "\n".join(rows) or "(none)"
