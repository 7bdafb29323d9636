"""Settings: RAG_ env vars, validation messages, secrets never shown."""

from pathlib import Path

import pytest
from pydantic import ValidationError

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


def _count_builds(monkeypatch) -> list[int]:
    built = [0]
    orig = Settings.__init__

    def counting(self, *a, **kw):
        built[0] += 1
        orig(self, *a, **kw)

    monkeypatch.setattr(Settings, "__init__", counting)
    return built


def test_settings_are_built_once_per_environment(monkeypatch, tmp_path):
    built = _count_builds(monkeypatch)
    monkeypatch.setenv("RAG_K", "7")
    first = get_settings()
    assert get_settings() is first and get_settings(None) is first
    assert built[0] == 1
    monkeypatch.setenv("RAG_K", "9")  # an env change is seen at once
    assert get_settings().k == 9 and built[0] == 2
    monkeypatch.setenv("RAG_K", "7")
    assert get_settings() is first and built[0] == 2


def test_dict_overrides_are_cached_by_value(monkeypatch, tmp_path):
    built = _count_builds(monkeypatch)
    a = get_settings({"k": 3, "data_dir": tmp_path / "x"})
    b = get_settings({"data_dir": tmp_path / "x", "k": 3})
    assert a is b and built[0] == 1
    assert get_settings({"k": 4, "data_dir": tmp_path / "x"}).k == 4 and built[0] == 2


def test_dotenv_change_is_seen(tmp_path):
    # conftest chdirs into tmp_path, so .env here is the one pydantic-settings reads
    Path(".env").write_text("RAG_K=11\n")
    assert get_settings().k == 11
    Path(".env").write_text("RAG_K=12\n# longer file\n")
    assert get_settings().k == 12


def test_shared_settings_are_frozen():
    s = get_settings()
    with pytest.raises(ValidationError):
        s.k = 9  # type: ignore[misc]
    assert s.model_copy(update={"k": 9}).k == 9 and get_settings().k == s.k


def test_retrieve_does_not_rebuild_settings(monkeypatch, seeded):
    import rag

    data_dir = str(seeded.data_dir)
    over = {"data_dir": data_dir, "llm": "extractive"}
    rag.retrieve("North Korean troops", settings=over)
    built = _count_builds(monkeypatch)
    got = rag.retrieve("North Korean troops", settings=over)
    assert got and built[0] == 0
