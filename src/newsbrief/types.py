"""The old name of ``newsbrief.model``, kept importable because users' code imports it.

New code imports ``newsbrief.model``; this module only re-exports it.
"""

from .model import (
    Article,
    Brief,
    Candidate,
    Detection,
    ParagraphLang,
    Sentence,
    Span,
    SummarySentence,
    TranslatedSegment,
    Translation,
    What,
    When,
    Where,
    Who,
    brief_json_schema,
)

__all__ = [
    "Article",
    "Brief",
    "Candidate",
    "Detection",
    "ParagraphLang",
    "Sentence",
    "Span",
    "SummarySentence",
    "TranslatedSegment",
    "Translation",
    "What",
    "When",
    "Where",
    "Who",
    "brief_json_schema",
]
