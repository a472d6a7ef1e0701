"""The gold corpus: every file passes `review check`, the split is as documented, sources are listed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from directive_extract.review import check_review, load_review

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
SPLITS = ("train", "dev", "test")
GOLD = sorted(p for s in SPLITS for p in (CORPORA / s).glob("*.review.yaml"))


@pytest.mark.parametrize("path", GOLD, ids=lambda p: f"{p.parent.name}/{p.name[:3]}")
def test_gold_file_passes_check(path: Path) -> None:
    assert check_review(path) == []


def test_size_and_split() -> None:
    docs = {s: sorted(p.name for p in (CORPORA / s).glob("*.review.yaml")) for s in SPLITS}
    total = sum(len(v) for v in docs.values())
    assert total >= 45
    # about 60/20/20, split by document: no document in two splits
    assert len(docs["train"]) / total >= 0.55 and min(len(docs["dev"]), len(docs["test"])) / total >= 0.15
    names = [n for v in docs.values() for n in v]
    assert len(names) == len(set(names))
    directives = sum(len(load_review(p).directives or []) for p in GOLD)
    assert directives >= 500


def test_every_document_has_its_raw_text_and_source_row() -> None:
    sources = (CORPORA / "SOURCES.md").read_text(encoding="utf-8")
    for p in GOLD:
        doc_id = p.name.removesuffix(".review.yaml")
        raw = CORPORA / "raw" / f"{doc_id}.txt"
        assert raw.exists(), raw
        assert load_review(p).text == raw.read_text(encoding="utf-8")
        assert re.search(rf"\|\s*{re.escape(doc_id)}\.txt\s*\|", sources), f"{doc_id} missing from SOURCES.md"


def test_no_news_item_is_redistributed() -> None:
    for p in (CORPORA / "raw").glob("*.txt"):
        assert "_tin-" not in p.name, p
