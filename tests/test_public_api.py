"""The public surface stays small, sorted and importable without gradio."""

import json
import os
import subprocess
import sys
from types import ModuleType

import rag


def test_all_is_exactly_the_public_surface():
    # Every public name rag/__init__ binds (submodules aside) is in __all__, and nothing else.
    public = {
        name
        for name, value in vars(rag).items()
        if not name.startswith("_") and not isinstance(value, ModuleType)
    }
    assert set(rag.__all__) == public
    assert rag.__all__ == sorted(rag.__all__)
    assert len(rag.__all__) == len(set(rag.__all__))


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
        "from opentelemetry": "trace.py",
    }
    for needle, owner in owners.items():
        found = sorted(p.name for p in root.glob("*.py") if needle in p.read_text())
        assert found == [owner], (needle, found)


def test_importing_rag_sets_the_offline_defaults_itself():
    # A fresh interpreter without the variables conftest sets: rag must set them, before
    # huggingface_hub reads HF_HUB_OFFLINE at its own import.
    names = ["ANONYMIZED_TELEMETRY", "HF_HUB_OFFLINE", "HF_HUB_DISABLE_TELEMETRY"]
    names.append("GRADIO_ANALYTICS_ENABLED")
    env = {k: v for k, v in os.environ.items() if k not in names}
    code = (
        "import json, os, rag, huggingface_hub.constants as c; "
        f"print(json.dumps([{{k: os.environ.get(k) for k in {names!r}}}, c.HF_HUB_OFFLINE]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout) == [
        {
            "ANONYMIZED_TELEMETRY": "False",
            "HF_HUB_OFFLINE": "1",
            "HF_HUB_DISABLE_TELEMETRY": "1",
            "GRADIO_ANALYTICS_ENABLED": "False",
        },
        True,
    ]
    # A value the user chose is kept.
    out = subprocess.run(
        [sys.executable, "-c", "import os, rag; print(os.environ['HF_HUB_OFFLINE'])"],
        env={**env, "HF_HUB_OFFLINE": "0"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "0"


def test_offline_defaults_are_set_in_one_place():
    from pathlib import Path

    root = Path(rag.__file__).parent.parent
    setters = sorted(
        str(p.relative_to(root))
        for d in ("rag", "ui")
        for p in (root / d).rglob("*.py")
        if "HF_HUB_OFFLINE" in p.read_text(encoding="utf-8")
    )
    assert setters == ["rag/offline.py"]
