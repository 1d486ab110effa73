"""newsbrief: detect, translate, summarise and brief news in Indonesian, English and Chinese.

The public API is imported lazily so that `import newsbrief` (and the CLI's --help) stay fast;
nothing here imports torch or transformers.
"""

from __future__ import annotations

import sys
import types
from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_API = {
    "brief": "newsbrief.brief",
    "make_article": "newsbrief.article",
    "detect": "newsbrief.detect",
    "detect_lines": "newsbrief.detect",
    "summarize": "newsbrief.summarize",
    "translate": "newsbrief.translate",
    "read_source": "newsbrief.read",
    "read_document": "newsbrief.read",
    "html_to_text": "newsbrief.read",
    "render": "newsbrief.render",
    "digest": "newsbrief.digest",
    "render_digest": "newsbrief.digest",
    "load_config": "newsbrief.models.registry",
    "Article": "newsbrief.model",
    "Brief": "newsbrief.model",
    "Detection": "newsbrief.model",
    "Sentence": "newsbrief.model",
    "Who": "newsbrief.model",
    "What": "newsbrief.model",
    "When": "newsbrief.model",
    "Where": "newsbrief.model",
    "NewsbriefError": "newsbrief.errors",
    "InputError": "newsbrief.errors",
    "ConfigError": "newsbrief.errors",
    "ModelUnavailable": "newsbrief.errors",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(import_module(_API[name]), name)
    raise AttributeError(f"module 'newsbrief' has no attribute {name!r}")


class _Package(types.ModuleType):
    """Importing a submodule binds it on its package, so `newsbrief.brief` would turn from the
    function into the module `newsbrief.brief` once anything imported it. The API names win."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _API and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
