"""The sample notice (Hanoimoi, 2020): what a careful reader finds, per ANNOTATION.md §3.

Every expectation below was checked by reading the article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from directive_extract.models import Directive, Document


@pytest.fixture(scope="module")
def doc(pipeline, sample_text: str) -> Document:  # type: ignore[no-untyped-def]
    return pipeline(sample_text, document_date=dt.date(2020, 10, 15))


def find(doc: Document, words: str) -> Directive:
    hits = [d for d in doc.directives if words in d.text.replace("\u00a0", " ")]
    assert len(hits) == 1, f"{words!r}: {len(hits)} directives"
    return hits[0]


def names(actors: list) -> list[str]:  # type: ignore[type-arg]
    return [a.name for a in actors]


def test_every_span_is_grounded(doc: Document, sample_text: str) -> None:
    assert doc.check_grounding(sample_text) == []
    assert sample_text.count("\u00a0") == 33  # the published text, byte for byte


def test_first_sentence_two_clauses_share_the_deadline(doc: Document) -> None:
    first = find(doc, "tham mưu cho tỉnh ủy, thành ủy ra Nghị quyết")
    second = find(doc, "tham mưu cho UBND tỉnh, thành phố ban hành kế hoạch")
    for d in (first, second):
        # the provincial departments, with the scope words as written (GUIDELINES §2)
        assert [a.id for a in d.addressees] == ["so_tttt"]
        assert names(d.addressees) == ["Sở Thông tin và Truyền thông các tỉnh, thành phố"]
        assert d.deadline is not None and d.deadline.date == dt.date(2020, 12, 31)
        assert d.deadline.text == "trong năm 2020"
    assert names(first.coordinators) == ["Cục Tin học hóa"]
    assert first.action is not None
    assert first.action.text == "tham mưu cho tỉnh ủy, thành ủy ra Nghị quyết chuyên đề về chuyển đổi số"


def test_bo_cung_yeu_cau_resolves_the_ministry(doc: Document) -> None:
    d = find(doc, "tập trung thúc đẩy, thực hiện mục tiêu")
    assert d.cue is not None and d.cue.text == "yêu cầu" and d.modality == "obligation"
    assert d.issuer is not None and d.issuer.name == "Bộ Thông tin và Truyền thông"
    assert names(d.addressees) == ["Sở Thông tin và Truyền thông"]
    assert d.addressees[0].text.replace("\u00a0", " ") == "các sở thông tin và truyền thông"
    per = sorted((t.value, t.unit, t.per) for t in d.targets)
    assert per == [(1.0, "điện thoại thông minh", "người dân"), (1.0, "đường cáp quang", "hộ gia đình")]


def test_budget_targets_keep_the_first_comparator(doc: Document) -> None:
    d = find(doc, "chi cho công nghệ thông tin đạt 0,1% ngân sách")
    assert d.cue is not None and d.cue.text == "có trách nhiệm"
    got = sorted((t.comparator, t.value, t.unit) for t in d.targets)
    assert got == [(">=", 0.1, "%"), (">=", 0.3, "%")]
    metrics = sorted(t.metric.text for t in d.targets if t.metric)
    assert metrics == ["chi cho công nghệ thông tin", "chi cho tuyên truyền"]


def test_population_target(doc: Document) -> None:
    d = find(doc, "ít nhất 30% dân số")
    (t,) = d.targets
    assert (t.comparator, t.value, t.unit) == (">=", 30.0, "%")
    assert names(d.addressees) == ["Địa phương"] and d.addressees[0].text == "các địa phương"


def test_recurrence_dinh_ky(doc: Document) -> None:
    d = find(doc, "gặp mặt các văn phòng đại diện")
    assert d.recurrence is not None and d.recurrence.text == "định kỳ" and d.recurrence.period is None


def test_background_is_not_a_directive(doc: Document) -> None:
    texts = " ".join(d.text for d in doc.directives)
    assert "Sản phẩm công nghệ cao" not in texts
    assert "Đây là một nội dung" not in texts
    assert "Kế hoạch chuyển đổi số trong năm 2020\n" not in texts
