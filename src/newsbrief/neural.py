"""Model-served brief fields. STUB from the skeleton; the models helper (#3) implements it."""

from __future__ import annotations

from .errors import ModelUnavailable
from .types import Article, Brief


def apply_models(brief: Brief, article: Article, *, engine: str, models: str | None,
                 offline: bool | None, device: str, sentences: int) -> Brief:
    if engine == "hf":
        raise ModelUnavailable("the hf engine is not built yet; use --engine lite")
    brief.engine = "auto"
    if brief.target_lang != brief.lang:
        brief.warnings.append(
            f"no translator used: summary and what stay in {brief.lang}; labels are in {brief.target_lang}"
        )
    return brief
