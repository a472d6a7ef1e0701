"""Block mode: a text longer than ``Settings.block_chars`` is extracted block by block, with every
span still indexing the whole input."""

from __future__ import annotations

from pathlib import Path

import pytest

from directive_extract.pipeline import Pipeline, Settings, blocks

RAW = Path(__file__).resolve().parents[1] / "corpora" / "raw"
DOCS = (
    "035_cv-snv-hcm-10325-2025-thuong-tet.txt",
    "031_cv-sgddt-hanoi-5095-2025-o-nhiem-khong-khi.txt",
    "034_ct-ttg-10-2023-nong-do-con.txt",
)


@pytest.mark.parametrize(
    ("text", "size", "expected"),
    [
        pytest.param("", 10, [(0, 0)], id="empty"),
        pytest.param("Giao Sở Y tế.\n", 100, [(0, 14)], id="short-one-block"),
        # a blank line in the second half of the block is preferred to the last line end
        pytest.param(
            "I. Nhiệm vụ\n\n1. Giao Sở Y tế\n2. Giao Sở Tài chính\n", 20, [(0, 13), (13, 29), (29, 50)],
            id="blank-line-then-lines",
        ),
        pytest.param(
            "Giao Sở Y tế\r\n\r\nGiao Sở Tài chính\r\n", 20, [(0, 16), (16, 35)], id="crlf-blank-line"
        ),
        # never inside a line: a line longer than the block size is one block
        pytest.param("Ủy ban nhân dân các tỉnh, thành phố\nGiao", 10, [(0, 36), (36, 40)], id="long-line"),
        pytest.param("Ủy ban nhân dân các tỉnh", 10, [(0, 24)], id="one-line-no-newline"),
    ],
)
def test_blocks_cut_at_line_ends(text: str, size: int, expected: list[tuple[int, int]]) -> None:
    got = blocks(text, size)
    assert got == expected
    assert "".join(text[s:e] for s, e in got) == text
    assert all(text[e - 1] == "\n" for _, e in got[:-1])


def test_default_threshold() -> None:
    assert Settings().block_chars == 200_000


@pytest.fixture(scope="module")
def pieces() -> list[str]:
    return [(RAW / name).read_text(encoding="utf-8").rstrip("\n") + "\n\n" for name in DOCS] * 2


def _records(doc: object, shift: int = 0) -> list[dict[str, object]]:
    out = []
    for d in doc.directives:  # type: ignore[attr-defined]
        rec = d.model_dump(exclude={"id"})
        out.append(_shifted(rec, shift))
    return out


def _shifted(obj: object, by: int) -> object:
    if isinstance(obj, dict):
        moved = {k: _shifted(v, by) for k, v in obj.items()}
        if "text" in obj and "start" in obj and "end" in obj:
            moved["start"] = obj["start"] + by
            moved["end"] = obj["end"] + by
        return moved
    if isinstance(obj, list):
        return [_shifted(v, by) for v in obj]
    return obj


def test_blocks_equal_pieces_alone(pieces: list[str]) -> None:
    """Six real notices (three, twice) past a 2 500-character threshold: each block is one notice,
    and its directives are those of the notice extracted alone, shifted to its place."""
    text = "".join(pieces)
    size = 2500
    assert len(text) > size and all(len(p) <= size for p in pieces)
    assert [text[s:e] for s, e in blocks(text, size)] == pieces
    single = Pipeline(Settings(block_chars=10**9))
    whole = Pipeline(Settings(block_chars=size))(text)
    expected: list[dict[str, object]] = []
    at = 0
    for piece in pieces:
        alone = single(piece, document_date=whole.document_date)
        expected.extend(_records(alone, at))
        at += len(piece)
    assert _records(whole) == expected
    assert len(expected) >= 6
    assert whole.check_grounding(text) == []
    ids = [d.id for d in whole.directives]
    assert len(set(ids)) == len(ids)  # the same notice twice still gives distinct ids


def test_block_document_date_and_issuer(pieces: list[str]) -> None:
    """The document date and issuer of a long text are those of its first block."""
    text = "".join(pieces)
    first = Pipeline(Settings(block_chars=10**9))(pieces[0])
    whole = Pipeline(Settings(block_chars=2500))(text)
    assert whole.document_date == first.document_date
    assert whole.document_date_source == first.document_date_source
    assert whole.document_date_span == first.document_date_span
    assert whole.issuer == first.issuer


def test_iter_blocks_streams_the_same_records(pieces: list[str]) -> None:
    """``iter_blocks`` yields one document per block whose directives, ids included, are those of
    the whole extraction, in order."""
    text = "".join(pieces)
    pipe = Pipeline(Settings(block_chars=2500))
    parts = list(pipe.iter_blocks(text))
    assert len(parts) == len(pieces)
    streamed = [d for p in parts for d in p.directives]
    assert [d.model_dump() for d in streamed] == [d.model_dump() for d in pipe(text).directives]
    assert all(not p.check_grounding(text) for p in parts)
