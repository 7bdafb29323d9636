"""Errors raised by newsrag; every message says what to do next.

RagError                     base class; the UI and CLI show ``str(exc)``
├── ConfigError              a setting is missing or wrong (key, model path, backend name)
├── InputError               a question or file that cannot be used (empty, too long, binary)
│   └── SpeakerNotFoundError     no speaker by that name (the message offers close names)
├── PromptError              a prompt file is missing, malformed, or has wrong variables
├── StoreError               the vector store cannot be used
│   ├── StoreUnavailableError    a Chroma server is unreachable
│   └── EmbeddingMismatchError   the index was built with another embedding model
├── LLMError                 the language model failed
│   ├── LLMUnavailableError      endpoint down, model file missing, or timed out
│   └── LLMResponseError         the reply was empty or garbage
└── EvalError                a test set is malformed (names the case and field)
"""

from __future__ import annotations


class RagError(Exception):
    """Base class for every error newsrag raises on purpose."""


class ConfigError(RagError):
    """A setting is missing or invalid."""


class InputError(RagError):
    """A question or input file cannot be used as given."""


class PromptError(RagError):
    """A prompt file is missing, malformed or declares the wrong variables."""


class StoreError(RagError):
    """The vector store cannot be used."""


class StoreUnavailableError(StoreError):
    """The Chroma server cannot be reached."""


class EmbeddingMismatchError(StoreError):
    """The collection was built with a different embedding model."""


class LLMError(RagError):
    """The language model backend failed."""


class LLMUnavailableError(LLMError):
    """The LLM endpoint or model file cannot be used right now."""


class LLMResponseError(LLMError):
    """The LLM answered with something unusable."""


class EvalError(RagError):
    """A test set file or case is malformed."""


class SpeakerNotFoundError(InputError):
    """No speaker in the indexed articles goes by the name asked for."""
