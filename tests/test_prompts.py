"""Prompt files: every shipped prompt renders; bad files fail with exact messages."""

import pytest

from rag.errors import PromptError
from rag.prompts import list_prompts, load_prompt, parse_prompt
from rag.types import CANNOT_ANSWER

VALUES = {
    "question": "Who said what about Kursk?",
    "passages": '<passage id="1">text</passage>',
    "cannot_answer": CANNOT_ANSWER,
    "attributions": "Patrick Ryder | spokesman | [1] | quote",
    "subject": "the article",
    "length": "3 sentences",
    "topic": "Kursk",
    "summaries": "A [1].",
    "history": "User: hi",
    "today": "2025-08-10",
}


def test_shipped_prompts_are_the_expected_set():
    names = [p.name for p in list_prompts()]
    assert {"answer", "answer_v2", "condense", "reduce", "summarize", "who_said"} <= set(names)


@pytest.mark.parametrize("prompt", list_prompts(), ids=lambda p: p.name)
def test_every_prompt_renders(prompt):
    msgs = prompt.render(**{v: VALUES[v] for v in prompt.variables})
    assert [m["role"] for m in msgs] == ["system", "user"]
    text = msgs[0]["content"] + msgs[1]["content"]
    assert "$" not in text
    for v in prompt.variables:
        assert VALUES[v] in text


def test_render_rejects_missing_and_unknown_variables():
    p = load_prompt("answer")
    with pytest.raises(
        PromptError,
        match=r"^Prompt 'answer': missing variables: cannot_answer, "
        r"passages, today$",
    ):
        p.render(question="q")
    with pytest.raises(PromptError, match=r"^Prompt 'answer': unknown variables: extra$"):
        p.render(question="q", passages="p", cannot_answer="c", today="t", extra="x")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "kind: answer\nvariables: [question]\nsystem: s\nprompt: $question $passages",
            "Prompt 'bad' uses undeclared variables: passages",
        ),
        (
            "kind: answer\nvariables: [question, extra]\nsystem: s\nprompt: $question",
            "Prompt 'bad' declares unused variables: extra",
        ),
        (
            "kind: answer\nvariables: [question]\nsystem: s",
            "Prompt 'bad' lacks required keys: prompt",
        ),
        (
            "kind: poem\nvariables: []\nsystem: s\nprompt: p",
            "Prompt 'bad' has kind 'poem'; use one of ['answer', 'condense', 'reduce', 'summarize', "
            "'who_said']",
        ),
        ("- just\n- a list", "Prompt 'bad' must be a mapping with system, prompt and variables"),
        (
            "kind: answer\nvariables: [q]\nsystem: costs 5$\nprompt: $q",
            "Prompt 'bad': Invalid '$' at position 7; write '$$' for a literal $",
        ),
    ],
)
def test_bad_prompt_files(text, message):
    with pytest.raises(PromptError) as exc:
        parse_prompt("bad", text)
    assert str(exc.value) == message


def test_unknown_and_wrong_kind_prompt_names():
    with pytest.raises(PromptError, match=r"^No prompt named 'nope'; available: answer, "):
        load_prompt("nope")
    with pytest.raises(
        PromptError,
        match=r"^Prompt 'condense' is a 'condense' prompt, not "
        r"'answer'$",
    ):
        load_prompt("condense", kind="answer")


def test_user_prompt_dir_adds_variants(tmp_path):
    (tmp_path / "answer_terse.yaml").write_text(
        "kind: answer\nvariables: [question, passages, cannot_answer]\n"
        "system: Be terse. $cannot_answer\nprompt: $passages $question\n"
    )
    p = load_prompt("answer_terse", tmp_path, kind="answer")
    assert p.render(question="q", passages="p", cannot_answer="c")[1]["content"] == "p q"


def test_prompts_ship_inside_the_package():
    from importlib import resources

    names = {f.name for f in resources.files("rag._prompts").iterdir()}
    assert {"answer.yaml", "who_said.yaml", "summarize.yaml", "condense.yaml"} <= names
