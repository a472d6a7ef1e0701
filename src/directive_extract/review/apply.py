"""Apply a review file: the corrected :class:`~directive_extract.models.Document`.

The output has the same JSON contract as ``extract``; offsets are recomputed from the quotes on
the original text (``text[start:end] == span.text`` for every span), rejected directives are
left out and ``provenance`` records the review (``"review:corrected:annotator-a"``). The review
file itself is never modified.

Example: a directive reviewed as ``status: corrected`` by ``annotator-a`` with the addressee
``"Sở Thông tin và Truyền thông"`` comes out with that addressee grounded in the text and
``provenance == ["review:corrected:annotator-a"]``.
"""

from __future__ import annotations

from pathlib import Path

from directive_extract.errors import ReviewFileError
from directive_extract.models import Document
from directive_extract.review.check import Result, check_path
from directive_extract.review.io import DEFAULT_MAX_BYTES, load_tree
from directive_extract.review.model import ReviewFile


def load_review(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ReviewFile:
    """Read and validate review file ``path``; raise :class:`ReviewFileError` listing every problem."""
    review = _checked(path, max_bytes).review
    if review is None:  # pragma: no cover - _checked raises first
        raise ReviewFileError([f"{path}:1: invalid review file"])
    return review


def apply_review(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """The corrected Document of review file ``path`` (rejected directives excluded)."""
    result = _checked(path, max_bytes)
    if result.document is None:  # pragma: no cover - a valid result always has a document
        raise ReviewFileError([f"{path}:1: cannot build the document"])
    return result.document


def review_text(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The document text held by review file ``path`` (not validated)."""
    data = load_tree(path, max_bytes=max_bytes).data
    text = data.get("text")
    if not isinstance(text, str):
        raise ReviewFileError([f"{path}:1: no `text:` with the document text; expected it at the end"])
    return str(text)


def gold_documents(folder: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[tuple[str, Document]]:
    """``(text, Document)`` for every ``*.review.yaml`` under ``folder``, sorted by path.

    Rejected directives are excluded. Raises :class:`ReviewFileError` with the problems of every
    invalid file (all files are checked before raising).
    """
    out: list[tuple[str, Document]] = []
    problems: list[str] = []
    for path in sorted(Path(folder).rglob("*.review.yaml")):
        result = check_path(path, max_bytes=max_bytes)
        if result.problems or result.review is None or result.document is None:
            problems.extend(result.problems or [f"{path}:1: invalid review file"])
            continue
        out.append((result.review.text, result.document))
    if problems:
        raise ReviewFileError(problems)
    return out


def _checked(path: str | Path, max_bytes: int) -> Result:
    result = check_path(path, max_bytes=max_bytes)
    if result.problems or result.review is None:
        raise ReviewFileError(result.problems or [f"{path}:1: invalid review file"])
    return result
