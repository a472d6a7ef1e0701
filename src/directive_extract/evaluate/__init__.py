"""Scoring the pipeline against the gold corpus (``directive-extract evaluate``)."""

from __future__ import annotations

from directive_extract.evaluate.run import agreement, evaluate, format_report, gold_folder
from directive_extract.evaluate.scoring import PRF, Scores, match, score_document, token_f1

__all__ = [
    "PRF",
    "Scores",
    "agreement",
    "evaluate",
    "format_report",
    "gold_folder",
    "match",
    "score_document",
    "token_f1",
]
