"""Hostile text: the pipeline stays grounded and bounded in time on inputs built to hurt it."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from directive_extract.models import Document

LIMIT_S = 60


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    def fail(signum: int, frame: object) -> None:
        raise TimeoutError(f"took more than {seconds} s")

    old = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


CASES = {
    "10000-semicolons": "Giao Bộ Y tế rà soát" + "; rà soát" * 10_000 + ".",
    "enormous-line": "Bộ Y tế chủ trì, phối hợp với Bộ Công an kiểm tra trước ngày 15/12/2020 " * 2000,
    "deeply-nested-list": "\n".join("  " * i + "- Giao Bộ Y tế:" for i in range(400)),
    "html": "<html><body>" + "<p>Giao <b>Bộ Y tế</b> kiểm tra; </p>" * 2000 + "</body></html>",
    "markdown": "# Tiêu đề\n" + "* **Giao Bộ Y tế** kiểm tra trong quý III-2020\n" * 2000,
    "control-characters": "Giao\x00Bộ\x07Y tế\x1b[31m kiểm tra\u202e trước\u200b ngày 15/12\x7f.\n" * 300,
    "mixed-scripts": "Giao Bộ Y tế 检查 проверить يفحص ตรวจ 🙂 trước ngày 15/12/2020.\n" * 300,
    "only-markers": "1.\na)\n-\n+\n(1)\n" * 2000,
    "lone-surrogates": "Giao Bộ Y tế \ud800 kiểm tra \udfff trước ngày 15/12.\n" * 100,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_text(pipeline, name: str) -> None:  # type: ignore[no-untyped-def]
    text = CASES[name]
    with deadline(LIMIT_S):
        doc = pipeline(text)
    assert doc.check_grounding(text) == []
    Document.model_validate(doc.model_dump(mode="json"))
