"""Shared fixtures: the repository's own data (no test reads ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "hanoimoi-ke-hoach-chuyen-doi-so-2020.txt"
RAW = ROOT / "corpora" / "raw"


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    from directive_extract.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def raw_text(doc_id: str) -> str:
    return (RAW / f"{doc_id}.txt").read_text(encoding="utf-8")
