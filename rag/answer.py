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
from rag.cite import Verified, format_passages, verify
from rag.errors import InputError, LLMError
from rag.extractive import attributions_reply, sentences_reply
from rag.index import Index, open_index
from rag.llm import LLM, get_llm
from rag.prompts import load_prompt
from rag.retrieve import retrieve
from rag.settings import Settings, get_settings
from rag.text import content_words
from rag.types import CANNOT_ANSWER, Answer, Passage

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
        backend: ``local``, ``openai`` or ``extractive`` (default ``settings.llm``).
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
    mode_backend = backend or s.llm
    model = llm if llm is not None else get_llm(s, mode_backend)
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
        model=model.name if model else "extractive",
        prompt=prompt_name,
    )
    ans.timings["retrieve"] = t_retrieve
    if not passages:
        ans.text, ans.cannot_answer, ans.model = CANNOT_ANSWER, True, "none"
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
    verified: Verified | None = None
    if who and ans.attributions and (model is None or not s.llm_who_said):
        ans.model = "attributions"
        ans.raw_text = attributions_reply(ans.attributions, passages)
        verified = verify(ans.raw_text, passages, speakers=speakers)
        yield verified.text
    elif model is not None:
        kind = "who_said" if who and ans.attributions else "answer"
        name = prompt_name if kind == "answer" else "who_said"
        # The embedded model reads ~130 prompt tokens/s on 2 cores: give it the best few only.
        shown = passages
        if model.name.startswith("local:") and s.local_passages:
            shown = passages[: s.local_passages]
        if kind == "answer":
            tmpl = load_prompt(name, s.prompts_dir, kind="answer")
            messages = tmpl.render(
                question=standalone, passages=format_passages(shown), cannot_answer=CANNOT_ANSWER
            )
        else:
            tmpl = load_prompt(name, s.prompts_dir, kind="who_said")
            messages = tmpl.render(
                question=standalone,
                passages=format_passages(shown),
                attributions=_attribution_table(ans.attributions, shown),
                cannot_answer=CANNOT_ANSWER,
            )
        ans.prompt = name
        raw: list[str] = []
        try:
            for delta in model.stream(messages):
                if not raw:
                    ans.timings["first_token"] = time.perf_counter() - t0
                raw.append(delta)
                yield delta
            ans.raw_text = "".join(raw)
            ans.usage = dict(model.usage)
            verified = verify(ans.raw_text, shown, speakers=speakers, auto_cite=True)
            off_topic = (
                kind == "answer"
                and verified.text
                and not verified.cannot_answer
                and not set(content_words(standalone)) & set(content_words(verified.text))
            )
            if off_topic:
                ans.fallback = "the model's answer did not address the question"
                ans.removed, ans.raw_citations = verified.removed, verified.raw_citations
                ans.removed.append(f"off topic: {verified.text}")
                verified = None
            elif not verified.cannot_answer and not verified.text:
                ans.fallback = "the model's answer had no sentence the code could verify"
                # Keep what the model got wrong: evaluators count it.
                ans.removed, ans.raw_citations = verified.removed, verified.raw_citations
                verified = None
        except LLMError as exc:
            ans.fallback = f"LLM failed: {exc}"
            verified = None
    if verified is None:
        # Extractive mode, or the LLM failed or produced nothing verifiable.
        reply = (
            attributions_reply(ans.attributions, passages)
            if who and ans.attributions
            else sentences_reply(standalone, passages)
        )
        if model is not None:
            ans.model = f"extractive (fallback from {model.name})"
        ans.raw_text = ans.raw_text or reply
        verified = verify(reply, passages, speakers=speakers)
        if model is not None or not (who and ans.attributions):
            yield ("\n\n" if model is not None else "") + verified.text
    ans.timings["generate"] = time.perf_counter() - t1
    ans.text = verified.text
    ans.cannot_answer = verified.cannot_answer
    ans.citations = verified.citations
    ans.quotes = verified.quotes
    ans.removed = ans.removed + verified.removed
    ans.raw_citations = ans.raw_citations or verified.raw_citations
    ans.timings["total"] = time.perf_counter() - t0
    yield ans


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
