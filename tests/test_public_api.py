"""The public surface stays small, sorted and importable without gradio."""

import subprocess
import sys

import rag


def test_all_is_sorted_and_complete():
    assert rag.__all__ == sorted(rag.__all__)
    public = {
        n
        for n in dir(rag)
        if not n.startswith("_")
        and n[0].isupper()
        or n
        in (
            "answer",
            "ingest",
            "retrieve",
            "summarize",
            "who_said",
            "as_retriever",
            "get_settings",
            "open_index",
        )
    }
    public -= {"Path", "Any"}
    assert public <= set(rag.__all__)
    for name in rag.__all__:
        assert hasattr(rag, name)


def test_library_never_imports_gradio():
    code = "import sys, rag, rag.cli; print('gradio' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_vendor_sdks_are_imported_in_one_module_each():
    from pathlib import Path

    root = Path(rag.__file__).parent
    owners = {
        "import openai": "openai_api.py",
        "import chromadb": "store.py",
        "from langchain_core": "langchain.py",
    }
    for needle, owner in owners.items():
        found = sorted(p.name for p in root.glob("*.py") if needle in p.read_text())
        assert found == [owner], (needle, found)


def test_telemetry_is_off_after_import():
    import os

    assert os.environ["ANONYMIZED_TELEMETRY"] == "False"
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert os.environ["GRADIO_ANALYTICS_ENABLED"] == "False"
