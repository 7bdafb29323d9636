"""Prompt files: YAML with declared variables, validated when loaded, rendered to messages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from string import Template

import yaml

from rag.errors import PromptError

KINDS = {"answer", "who_said", "summarize", "reduce", "condense"}
_NAME = re.compile(r"^[a-z0-9_]+$")


@dataclass(frozen=True)
class Prompt:
    """A validated prompt: system and user templates over declared ``$variables``."""

    name: str
    kind: str
    description: str
    variables: tuple[str, ...]
    system: str
    prompt: str

    def render(self, **values: str) -> list[dict[str, str]]:
        """Chat messages with every declared variable filled; extra or missing ones are errors."""
        missing = sorted(set(self.variables) - set(values))
        unknown = sorted(set(values) - set(self.variables))
        if missing:
            raise PromptError(f"Prompt {self.name!r}: missing variables: {', '.join(missing)}")
        if unknown:
            raise PromptError(f"Prompt {self.name!r}: unknown variables: {', '.join(unknown)}")
        vals = {k: str(v) for k, v in values.items()}
        return [
            {"role": "system", "content": Template(self.system).substitute(vals).strip()},
            {"role": "user", "content": Template(self.prompt).substitute(vals).strip()},
        ]


def placeholders(template: str) -> set[str]:
    """Variable names used as ``$name`` or ``${name}`` in a template."""
    names = set()
    for m in Template.pattern.finditer(template):
        if m.group("invalid") is not None:
            raise PromptError(f"Invalid '$' at position {m.start()}; write '$$' for a literal $")
        name = m.group("named") or m.group("braced")
        if name:
            names.add(name)
    return names


def parse_prompt(name: str, text: str) -> Prompt:
    """Validate one prompt file's YAML text."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise PromptError(f"Prompt {name!r} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise PromptError(f"Prompt {name!r} must be a mapping with system, prompt and variables")
    missing = [k for k in ("kind", "variables", "system", "prompt") if k not in data]
    if missing:
        raise PromptError(f"Prompt {name!r} lacks required keys: {', '.join(missing)}")
    kind = data["kind"]
    if kind not in KINDS:
        raise PromptError(f"Prompt {name!r} has kind {kind!r}; use one of {sorted(KINDS)}")
    declared = data["variables"]
    if not isinstance(declared, list) or not all(isinstance(v, str) for v in declared):
        raise PromptError(f"Prompt {name!r}: 'variables' must be a list of names")
    try:
        used = placeholders(str(data["system"])) | placeholders(str(data["prompt"]))
    except PromptError as exc:
        raise PromptError(f"Prompt {name!r}: {exc}") from exc
    if used - set(declared):
        raise PromptError(
            f"Prompt {name!r} uses undeclared variables: {', '.join(sorted(used - set(declared)))}"
        )
    if set(declared) - used:
        raise PromptError(
            f"Prompt {name!r} declares unused variables: {', '.join(sorted(set(declared) - used))}"
        )
    return Prompt(
        name=name,
        kind=kind,
        description=str(data.get("description", "")).strip(),
        variables=tuple(declared),
        system=str(data["system"]),
        prompt=str(data["prompt"]),
    )


def _shipped() -> dict[str, str]:
    files = resources.files("rag._prompts")
    return {
        f.name[:-5]: f.read_text(encoding="utf-8")
        for f in files.iterdir()
        if f.name.endswith(".yaml")
    }


@lru_cache(maxsize=8)
def _load_all(extra_dir: str | None) -> dict[str, Prompt]:
    texts = _shipped()
    if extra_dir:
        d = Path(extra_dir)
        if not d.is_dir():
            raise PromptError(f"RAG_PROMPTS_DIR {extra_dir!r} is not a directory")
        texts |= {f.stem: f.read_text(encoding="utf-8") for f in sorted(d.glob("*.yaml"))}
    return {name: parse_prompt(name, text) for name, text in sorted(texts.items())}


def list_prompts(extra_dir: str | Path | None = None, kind: str | None = None) -> list[Prompt]:
    """Every available prompt, optionally of one kind."""
    prompts = _load_all(str(extra_dir) if extra_dir else None).values()
    return [p for p in prompts if kind is None or p.kind == kind]


def load_prompt(name: str, extra_dir: str | Path | None = None, kind: str | None = None) -> Prompt:
    """The prompt called ``name`` (file ``name.yaml``), checked against the expected kind."""
    if not _NAME.match(name):
        raise PromptError(f"Prompt name {name!r} may only use a-z, 0-9 and _")
    prompts = _load_all(str(extra_dir) if extra_dir else None)
    if name not in prompts:
        raise PromptError(f"No prompt named {name!r}; available: {', '.join(sorted(prompts))}")
    p = prompts[name]
    if kind and p.kind != kind:
        raise PromptError(f"Prompt {name!r} is a {p.kind!r} prompt, not {kind!r}")
    return p
