"""The scorer on small hand-made gold/prediction pairs with known P/R/F1."""

from __future__ import annotations

import datetime as dt

import pytest

from directive_extract.evaluate.scoring import PRF, match, score_document, token_f1
from directive_extract.models import Actor, Deadline, Directive, Document, Span, Target

TEXT = (
    "Giao Bộ Y tế rà soát các quy định trong năm 2020; "
    "Bộ Công an phối hợp với Bộ Quốc phòng kiểm tra hằng quý; "
    "các tỉnh đạt ít nhất 30% dân số."
)


def span(text: str, cls: type = Span, **kw: object) -> object:
    i = TEXT.index(text)
    return cls(text=text, start=i, end=i + len(text), **kw)


def directive(
    clause: str,
    action: str,
    *,
    addressees: tuple[str, ...] = (),
    deadline: str | None = None,
    date: dt.date | None = None,
    targets: tuple[tuple[str, float], ...] = (),
    modality: str = "obligation",
) -> Directive:
    i = TEXT.index(clause)
    return Directive(
        id=f"d{i}",
        text=clause,
        start=i,
        end=i + len(clause),
        modality=modality,  # type: ignore[arg-type]
        action=span(action),  # type: ignore[arg-type]
        addressees=[span(a, Actor, name=a, kind="ministry") for a in addressees],  # type: ignore[misc]
        deadline=span(deadline, Deadline, relation="during", date=date) if deadline else None,  # type: ignore[arg-type]
        targets=[span(t, Target, comparator=">=", value=v, unit="%") for t, v in targets],  # type: ignore[misc]
        confidence=0.5,
    )


D1 = directive(
    "Giao Bộ Y tế rà soát các quy định trong năm 2020;",
    "rà soát các quy định",
    addressees=("Bộ Y tế",),
    deadline="trong năm 2020",
    date=dt.date(2020, 12, 31),
)
D2 = directive(
    "Bộ Công an phối hợp với Bộ Quốc phòng kiểm tra hằng quý;", "kiểm tra", addressees=("Bộ Công an",)
)
D3 = directive("các tỉnh đạt ít nhất 30% dân số.", "đạt ít nhất 30% dân số", targets=(("ít nhất 30%", 30.0),))


def doc(*ds: Directive) -> Document:
    return Document(directives=list(ds))


def test_prf_edge_cases() -> None:
    assert PRF(0, 0, 0).f1 == 1.0  # nothing to find, nothing found
    assert PRF(0, 2, 0).precision == 0.0 and PRF(0, 2, 0).recall == 1.0 and PRF(0, 2, 0).f1 == 0.0
    assert PRF(0, 0, 3).recall == 0.0 and PRF(0, 0, 3).precision == 1.0 and PRF(0, 0, 3).f1 == 0.0
    assert PRF(1, 1, 1).f1 == pytest.approx(0.5)


def test_identical_documents_score_perfectly() -> None:
    s = score_document(doc(D1, D2, D3), doc(D1, D2, D3))
    assert (s.detection.tp, s.detection.fp, s.detection.fn) == (3, 0, 0)
    assert s.fields["addressees"].f1 == 1.0 and s.fields["deadline"].f1 == 1.0
    assert s.fields["targets"].f1 == 1.0 and s.action_exact == 3 and s.modality_ok == 3


def test_empty_gold_all_spurious() -> None:
    s = score_document(doc(D1, D2), doc())
    assert (s.detection.tp, s.detection.fp, s.detection.fn) == (0, 2, 0)
    assert s.detection.precision == 0.0
    assert [e["kind"] for e in s.errors] == ["spurious", "spurious"]


def test_empty_prediction_all_missed() -> None:
    s = score_document(doc(), doc(D1, D2, D3))
    assert (s.detection.tp, s.detection.fp, s.detection.fn) == (0, 0, 3)
    assert s.detection.recall == 0.0 and s.detection.f1 == 0.0


def test_partial_match_and_field_errors() -> None:
    wrong = directive(
        "Giao Bộ Y tế rà soát các quy định trong năm 2020;",
        "rà soát các quy định trong năm 2020",
        addressees=("Bộ Công an",),
        deadline="trong năm 2020",
        date=dt.date(2020, 6, 30),
    )
    s = score_document(doc(wrong, D3), doc(D1, D2, D3))
    assert (s.detection.tp, s.detection.fp, s.detection.fn) == (2, 0, 1)
    assert s.detection.f1 == pytest.approx(0.8)
    assert (s.fields["addressees"].tp, s.fields["addressees"].fp, s.fields["addressees"].fn) == (0, 1, 1)
    assert (s.fields["deadline"].tp, s.fields["deadline"].fp, s.fields["deadline"].fn) == (0, 1, 1)
    assert s.action_exact == 1  # D3 exact; the other action is longer
    assert s.action_f1_sum == pytest.approx(
        1.0 + token_f1("rà soát các quy định trong năm 2020", "rà soát các quy định")
    )


def test_actions_that_disagree_do_not_match() -> None:
    other = directive("Giao Bộ Y tế rà soát các quy định trong năm 2020;", "trong năm 2020")
    assert match([other], [D1]) == []


def test_one_to_one_matching() -> None:
    assert match([D1, D1], [D1]) == [(0, 0)]


def _counts(prf: PRF) -> tuple[int, int, int]:
    return (prf.tp, prf.fp, prf.fn)


def test_end_to_end_counts_the_fields_of_missed_and_spurious_directives() -> None:
    # gold D1 (1 addressee, 1 deadline), D2 (1 addressee), D3 (1 target); predicted D1 exactly and a
    # spurious copy of D2's clause with another action (no match), D3 missed
    spurious = directive(
        "Bộ Công an phối hợp với Bộ Quốc phòng kiểm tra hằng quý;",
        "Bộ Quốc phòng",
        addressees=("Bộ Quốc phòng",),
    )
    s = score_document(doc(D1, spurious), doc(D1, D2, D3))
    assert _counts(s.detection) == (1, 1, 2)
    # per matched pair: only D1, all right
    assert _counts(s.fields["addressees"]) == (1, 0, 0)
    assert _counts(s.fields["targets"]) == (0, 0, 0)
    # end to end: D2's addressee missed, the spurious one's addressee wrong, D3's target missed
    assert _counts(s.end_to_end["addressees"]) == (1, 1, 1)
    assert _counts(s.end_to_end["deadline"]) == (1, 0, 0)
    assert _counts(s.end_to_end["targets"]) == (0, 0, 1)
    assert s.end_to_end["addressees"].f1 == pytest.approx(0.5)
