"""directive-extract: structured, source-grounded directives from Vietnamese official notices.

    >>> import directive_extract as de
    >>> doc = de.extract(text, document_date=date(2020, 10, 15))
    >>> doc.model_dump(mode="json")   # exactly what the CLI prints
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from directive_extract.models import (
    SCHEMA_VERSION,
    Actor,
    Deadline,
    Directive,
    Document,
    Recurrence,
    Span,
    Target,
)

if TYPE_CHECKING:
    from directive_extract.pipeline import Pipeline, Settings, extract

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Deadline",
    "Directive",
    "Document",
    "Pipeline",
    "Recurrence",
    "Settings",
    "Span",
    "Target",
    "extract",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # The pipeline imports spaCy and underthesea: load it only when asked for.
    if name in ("Pipeline", "Settings", "extract"):
        from directive_extract import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'directive_extract' has no attribute {name!r}")
