"""rag.answer(): question -> retrieve -> (LLM or extractive) -> verified citations -> Answer."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

from rag.attributions import (
    is_who_said,
    named_speaker,
    phrase_first,  # issue 9: quoted-phrase lookup
    rank_attributions,
    speaker_names,
)
from rag.cite import format_passages, verify
from rag.errors import InputError, LLMError
from rag.extractive import attributions_reply, sentences_reply
from rag.generate import Outcome, focus, generate
from rag.index import Index, open_index
from rag.language import ENGLISH_ONLY, looks_english
from rag.llm import LLM, get_llm
from rag.prompts import load_prompt
from rag.retrieve import retrieve
from rag.settings import Settings, get_settings
from rag.types import CANNOT_ANSWER, Answer, AnswerSource, Passage

History = list[dict[str, str]] | list[tuple[str, str]] | None
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
    k: int | None,
    filters: dict[str, Any] | None,
    history: History,
    prompt: str | None,
    llm: LLM | None,
    backend: str | None,
    settings: Settings | dict[str, Any] | None,
    index: Index | None,
) -> Iterator[str | Answer]:
    t0 = time.perf_counter()
    s = get_settings(settings) if index is None else index.settings
    q = check_question(question, s)
    idx = index or open_index(s)
    if backend is None and llm is None and not s.answers_with_llm():
        backend = "extractive"  # the measured better answerer for the bundled model
    model = llm if llm is not None else get_llm(s, backend or s.llm)
    known, prominence = idx.catalog.speakers()
    standalone = condense(
        q,
        history,
        known_speakers=known,
        llm=model,
        settings=s,
        prominence=prominence,
    )
    wants_who = is_who_said(standalone)
    # Who-said questions need every statement, so they look wider and skip the per-article cap.
    passages = retrieve(
        standalone,
        k=max(k or s.k, 8) if wants_who else (k or s.k),
        filters=filters,
        index=idx,
        per_article=0 if wants_who else None,
    )
    # issue 9: a quoted phrase ("who said <phrase>") is looked up verbatim first.
    passages, quoted = phrase_first(standalone, passages, idx, filters=filters)
    t_retrieve = time.perf_counter() - t0
    prompt_name = prompt or s.prompt
    ans = Answer(
        question=q,
        text="",
        standalone_question=standalone,
        passages=passages,
        model=model.name if model else "",
        prompt=prompt_name,
    )
    ans.timings["retrieve"] = t_retrieve
    if not passages:
        # A question in another language finds nothing: say why instead of a bare refusal.
        ans.text = CANNOT_ANSWER if looks_english(q) else f"{CANNOT_ANSWER} {ENGLISH_ONLY}"
        ans.cannot_answer = True
        ans.source, ans.model = AnswerSource.NONE, ""
        ans.timings["total"] = time.perf_counter() - t0
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
    t1 = time.perf_counter()
    listed = who and bool(ans.attributions)

    def extractive() -> tuple[str, list[Passage]]:
        if listed:
            return attributions_reply(ans.attributions, passages), passages
        return sentences_reply(standalone, passages), passages

    if listed and (model is None or not s.llm_who_said):
        # Who said what comes from the extracted attributions: a model never picks the mouth.
        reply, _ = extractive()
        verified = verify(reply, passages, speakers=speakers)
        outcome = Outcome(verified=verified, source=AnswerSource.ATTRIBUTIONS, raw_text=reply)
        ans.model = ""
        yield verified.text
    else:
        messages = None
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
            if kind == "who_said":
                values["attributions"] = _attribution_table(ans.attributions, shown)
            messages = tmpl.render(**values)
            ans.prompt = name
        outcome = yield from generate(
            model,
            messages,
            shown,
            extractive=extractive,
            speakers=speakers,
            question=standalone if not listed else None,
            full=passages,
            t0=t0,
        )
        if outcome.first_token is not None:
            ans.timings["first_token"] = outcome.first_token
    ans.timings["generate"] = time.perf_counter() - t1
    _fill(ans, outcome)
    ans.timings["total"] = time.perf_counter() - t0
    yield ans


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
