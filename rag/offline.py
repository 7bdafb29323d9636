"""The offline defaults: no telemetry and no model-hub look-ups, set when ``rag`` is imported.

This is the one place that sets them. ``rag/__init__`` calls :func:`set_offline_defaults`
before it imports anything else, so chromadb, huggingface_hub and gradio (which read these
variables when they are imported) see them. A value the user already set is kept.
"""

from __future__ import annotations

import os

OFFLINE_ENV: dict[str, str] = {
    "ANONYMIZED_TELEMETRY": "False",  # chromadb's usage telemetry
    "HF_HUB_OFFLINE": "1",  # huggingface_hub: models are never downloaded at run time
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",  # the UI's usage analytics
}


def set_offline_defaults() -> None:
    """Set each :data:`OFFLINE_ENV` variable that the environment does not already set."""
    for name, value in OFFLINE_ENV.items():
        os.environ.setdefault(name, value)
