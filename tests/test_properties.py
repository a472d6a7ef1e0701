"""Property tests: for any input the pipeline does not crash and every span is grounded."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directive_extract.models import Document

FRAGMENTS = [
    "Giao Bộ Y tế chủ trì, phối hợp với Bộ Công an ",
    "yêu cầu các sở, ban, ngành ",
    "hoàn thành trong năm 2020",
    "trước ngày 15/12",
    "định kỳ hằng quý",
    "đạt ít nhất 30% dân số",
    "; ",
    ":\n- ",
    "\n1. ",
    "a) ",
    "(1) ",
    "UBND tỉnh ",
    "không được ",
    "\u00a0",
    "\r\n",
    "\t",
    "hoá",
    "thuỷ",
    "Thủ tướng Chính phủ ",
    "1.200 tỷ đồng",
    "quý III-2020",
    "<b>",
    "**",
    "]]",
    "(",
    ")",
    ".",
    ",",
    "…",
]

vietnamese_soup = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=30).map(
    "".join
)


def grounded(doc: Document, text: str) -> None:
    assert doc.check_grounding(text) == []
    Document.model_validate(doc.model_dump(mode="json"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_unicode(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    grounded(pipeline(text, document_date=dt.date(2020, 10, 15)), text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vietnamese_soup)
def test_directive_like_soup(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    grounded(pipeline(text, document_date=dt.date(2020, 10, 15)), text)


def test_nfd_input_spans_index_the_nfd_text(pipeline, sample_text: str) -> None:  # type: ignore[no-untyped-def]
    import unicodedata

    nfd = unicodedata.normalize("NFD", sample_text).replace("\n", "\r\n")
    a = pipeline(sample_text, document_date=dt.date(2020, 10, 15))
    b = pipeline(nfd, document_date=dt.date(2020, 10, 15))
    grounded(b, nfd)
    assert [unicodedata.normalize("NFC", d.text).replace("\r\n", "\n") for d in b.directives] == [
        d.text for d in a.directives
    ]
