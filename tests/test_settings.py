"""Settings: RAG_ env vars, validation messages, secrets never shown."""

from pathlib import Path

import pytest

from rag.errors import ConfigError
from rag.settings import Settings, get_settings


def test_env_vars_map_to_fields(monkeypatch, tmp_path):
    monkeypatch.setenv("RAG_DATA_DIR", str(tmp_path / "x"))
    monkeypatch.setenv("RAG_LLM", "extractive")
    monkeypatch.setenv("RAG_K", "7")
    monkeypatch.setenv("RAG_CHROMA_URL", "http://127.0.0.1:8000/")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret")
    s = get_settings()
    assert (s.data_dir, s.llm, s.k, s.chroma_url) == (
        tmp_path / "x",
        "extractive",
        7,
        "http://127.0.0.1:8000",
    )
    assert s.openai_api_key.get_secret_value() == "sk-secret"
    assert "sk-secret" not in repr(s) and "sk-secret" not in str(s.public_dict())


def test_dict_overrides_and_passthrough():
    s = get_settings({"k": 3})
    assert s.k == 3 and get_settings(s) is s


def test_invalid_values_raise_config_error():
    with pytest.raises(ConfigError) as exc:
        get_settings({"llm": "gpt9"})
    assert str(exc.value) == (
        "Invalid newsrag settings: llm: Input should be 'local', 'openai' "
        "or 'extractive' (got 'gpt9'). Check your RAG_* variables."
    )


def test_unknown_field_is_rejected():
    with pytest.raises(ConfigError):
        get_settings({"nonsense": 1})


def test_every_field_is_documented():
    for name, field in Settings.model_fields.items():
        assert field.description, name


def test_default_data_dir(monkeypatch):
    monkeypatch.delenv("RAG_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", "/tmp/xdg")
    assert Settings().data_dir == Path("/tmp/xdg/newsrag")


def test_fingerprint_ignores_secrets_and_paths(tmp_path):
    a = Settings(data_dir=tmp_path / "a")
    b = Settings(data_dir=tmp_path / "b", openai_api_key="k")
    assert a.fingerprint() == b.fingerprint()
    assert a.fingerprint() != Settings(k=9).fingerprint()


@pytest.mark.parametrize(
    ("fields", "with_llm"),
    [
        ({"llm": "local"}, False),  # the bundled 135M model: extractive answers (measured)
        ({"llm": "local", "local_model": "/models/qwen-7b.gguf"}, True),
        ({"llm": "openai"}, True),
        ({"llm": "extractive"}, False),
        ({"llm": "local", "answer_with": "llm"}, True),
        ({"llm": "openai", "answer_with": "extractive"}, False),
    ],
)
def test_who_writes_answers(fields, with_llm):
    assert Settings(**fields).answers_with_llm() is with_llm
