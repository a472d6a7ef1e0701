"""Review files: export extractions for review, check, apply, merge and count reviews.

The format is ``docs/review-format.md``; the JSON Schema ``schemas/review-file.schema.json`` is
generated from :class:`~directive_extract.review.model.ReviewFile` by :func:`review_schema`.

Example::

    >>> from directive_extract.review import check_review, apply_review
    >>> check_review("corpora/dev/021_cd-ttg-108-2025-dac-xa.review.yaml")
    []
    >>> apply_review("corpora/dev/021_cd-ttg-108-2025-dac-xa.review.yaml").directives[0].issuer.name
    'Thủ tướng Chính phủ'
"""

from __future__ import annotations

from typing import Any

from directive_extract.review.apply import apply_review, gold_documents, load_review
from directive_extract.review.check import check_review
from directive_extract.review.model import FORMAT, ReviewDirective, ReviewFile


def review_schema() -> dict[str, Any]:
    """The JSON Schema of a review file, generated from the pydantic model."""
    schema = ReviewFile.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"directive-extract/review-file/{FORMAT.rsplit('/', 1)[-1]}"
    schema["title"] = "directive-extract review file"
    schema["description"] = (
        "A document and its directives as quoted text, reviewed by people. "
        "Generated from directive_extract.review.model.ReviewFile; do not edit (see docs/review-format.md)."
    )
    return schema


__all__ = [
    "FORMAT",
    "ReviewDirective",
    "ReviewFile",
    "apply_review",
    "check_review",
    "gold_documents",
    "load_review",
    "review_schema",
    "write_schema",
]


def write_schema(folder: str = "schemas") -> str:
    """Regenerate ``schemas/review-file.schema.json`` (the layout ``python -m directive_extract.schema``
    writes). Command: ``PYTHONPATH=src python -c "from directive_extract.review import write_schema;
    write_schema()"``.
    """
    from pathlib import Path

    from directive_extract.output import atomic_writer, dumps

    path = Path(folder) / "review-file.schema.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_writer(path) as f:
        f.write(dumps(review_schema()) + "\n")
    return str(path)
