"""Export → reviewer edits of every kind → check → apply, on real documents of the repo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from directive_extract.models import Actor, Deadline, Directive, Document, Recurrence, Span, Target
from directive_extract.review import apply_review, check_review, load_review
from directive_extract.review.export import export_text
from directive_extract.review.io import round_trip_yaml
from directive_extract.review.locate import Locator
from directive_extract.review.write import dump_tree, text_block

ROOT = Path(__file__).resolve().parents[1]
RAW_025 = ROOT / "corpora/raw/025_ct-ttg-24-2025-vneid-sinh-trac-hoc.txt"
SAMPLE = ROOT / "examples/hanoimoi-ke-hoach-chuyen-doi-so-2020.txt"

# Quotes from corpora/raw/025 (Chỉ thị 24/CT-TTg 2025), lines 11-15, read by hand.
D1_TEXT = (
    "Chủ trì, phối hợp với Bộ Xây dựng, Bộ Tài chính, Ủy ban nhân dân các tỉnh, thành phố triển khai "
    "ứng dụng công nghệ sinh trắc học trên hệ thống định danh và xác thực điện tử VNelD, thực hiện toàn "
    "trình tại 100% các cảng hàng không trên toàn quốc, hoàn thành trong tháng 10 năm 2025"
)
D1_ACTION_LONG = (
    "triển khai ứng dụng công nghệ sinh trắc học trên hệ thống định danh và xác thực điện tử VNelD, "
    "thực hiện toàn trình tại 100% các cảng hàng không trên toàn quốc, hoàn thành trong tháng 10 năm 2025"
)
D1_ACTION_FIXED = (
    "triển khai ứng dụng công nghệ sinh trắc học trên hệ thống định danh và xác thực điện tử VNelD, "
    "thực hiện toàn trình tại 100% các cảng hàng không trên toàn quốc"
)
D2_TEXT = (
    "Chủ trì xây dựng các tiện ích giao thông trên hệ thống định danh và xác thực điện tử VNelD theo "
    "hướng kết nối các ứng dụng giao thông hiện có"
)
D3_TEXT = (
    "Chủ trì hướng dẫn triển khai tích hợp công nghệ sinh trắc học trên hệ thống định danh và xác thực "
    "điện tử VNelD"
)
ADDED_TEXT = (
    "tại nhà ga đường sắt đô thị, ga Hà Nội và các bãi đỗ phương tiện trên địa bàn thành phố Hà Nội, "
    "Thành phố Hồ Chí Minh, hoàn thành trong năm 2025"
)
DEADLINE = "hoàn thành trong tháng 10 năm 2025"  # written three times, once per item (lines 13-15)


def _span(loc: Locator, quote: str, after: int = 0, cls: type = Span, **values: object) -> object:
    start, end = next(o for o in loc.find(quote) if o[0] >= after)
    return cls(text=loc.raw[start:end], start=start, end=end, **values)


def system_document(text: str) -> Document:
    """What an extractor might say about items 1-3 of Bộ Công an's list, errors included."""
    loc = Locator(text)
    header = loc.find("(1) Bộ Công an:")[0][0]
    issuer = _span(
        loc, "Thủ tướng Chính phủ", cls=Actor, name="Thủ tướng Chính phủ", kind="official", inherited=True
    )
    police = _span(loc, "Bộ Công an", header, cls=Actor, name="Bộ công an", kind="ministry", inherited=True)
    d1 = _span(loc, D1_TEXT, header)
    d2 = _span(loc, D2_TEXT, header)
    d3 = _span(loc, D3_TEXT, header)
    directives = [
        Directive(
            id="d-025-1",
            text=d1.text,
            start=d1.start,
            end=d1.end,
            modality="obligation",
            cue=_span(loc, "Chủ trì", d1.start),
            issuer=issuer,
            addressees=[police],
            coordinators=[
                _span(loc, "Bộ Xây dựng", d1.start, cls=Actor, name="Bộ Xây dựng", kind="ministry"),
                _span(loc, "Bộ Tài chính", d1.start, cls=Actor, name="Bộ Tài chính", kind="ministry"),
            ],
            action=_span(loc, D1_ACTION_LONG, d1.start),
            deadline=_span(loc, DEADLINE, d1.start, cls=Deadline, relation="by", date=dt.date(2025, 10, 1)),
            recurrence=_span(loc, "toàn trình", d1.start, cls=Recurrence, period="P1M"),
            targets=[
                _span(
                    loc,
                    "100% các cảng hàng không trên toàn quốc",
                    d1.start,
                    cls=Target,
                    comparator="=",
                    value=10,
                    unit="%",
                    metric=_span(loc, "các cảng hàng không trên toàn quốc", d1.start),
                )
            ],
            confidence=0.7,
            provenance=["assemble.leadin_item", "cues.chu_tri"],
        ),
        Directive(
            id="d-025-2",
            text=d2.text,
            start=d2.start,
            end=d2.end,
            modality="obligation",
            cue=_span(loc, "Chủ trì", d2.start),
            issuer=issuer,
            addressees=[police],
            action=_span(loc, D2_TEXT[len("Chủ trì ") :], d2.start),
            deadline=_span(loc, DEADLINE, d2.end, cls=Deadline, relation="by", date=dt.date(2025, 10, 31)),
            confidence=0.8,
            provenance=["assemble.leadin_item"],
        ),
        Directive(
            id="d-025-3",
            text=d3.text,
            start=d3.start,
            end=d3.end,
            modality="obligation",
            cue=_span(loc, "Chủ trì", d3.start),
            confidence=0.4,
        ),
    ]
    return Document(
        source="corpora/raw/025.txt",
        document_date=dt.date(2025, 9, 13),
        document_date_source="text",
        directives=directives,
    )


def _variants() -> list[tuple[str, str]]:
    text = RAW_025.read_text(encoding="utf-8")
    hostile = (
        text.replace("\n", "\r\n")
        .replace("(1) Bộ Công an:", "(1)\tBộ Công an:")
        .replace("Bộ Xây dựng, Bộ Tài chính", "Bộ Xây dựng,\u00a0Bộ Tài chính")
    )
    return [("plain", text), ("crlf-nbsp-tab", hostile)]


def _edit(tree: object) -> None:
    """The reviewer's edits, one of every kind the format allows."""
    tree["reviewer"] = "annotator-a"
    d1, d2, d3 = tree["directives"]
    # corrected: a quoted span, a name, a date, a target value fixed; a field deleted; a note
    d1["status"] = "corrected"
    d1["action"] = D1_ACTION_FIXED
    d1["addressees"][0]["name"] = "Bộ Công an"
    d1["deadline"]["date"] = dt.date(2025, 10, 31)
    d1["targets"][0]["value"] = 100
    d1["recurrence"] = None
    d1["note"] = "toàn trình is not a recurrence"
    d1["reviewer"] = "annotator-b"
    d2["status"] = "accepted"
    d3["status"] = "rejected"
    tree["directives"].append(
        {
            "id": "added-1",
            "status": "added",
            "text": ADDED_TEXT,
            "cue": "Chủ trì",
            "modality": "obligation",
            "issuer": {"text": "Thủ tướng Chính phủ", "name": "Thủ tướng Chính phủ", "kind": "official"},
            "addressees": [{"text": "Bộ Công an", "name": "Bộ Công an", "kind": "ministry"}],
            "coordinators": [],
            "action": None,
            "deadline": {
                "text": "hoàn thành trong năm 2025",
                "relation": "by",
                "date": dt.date(2025, 12, 31),
            },
            "recurrence": None,
            "targets": [],
        }
    )


@pytest.mark.parametrize(("variant", "text"), _variants(), ids=[v for v, _ in _variants()])
def test_export_edit_check_apply(tmp_path: Path, variant: str, text: str) -> None:
    system = system_document(text)
    path = tmp_path / "025.review.yaml"
    path.write_text(export_text(text, system, doc_id="025", out_dir=tmp_path), encoding="utf-8")
    assert check_review(path) == []
    exported = load_review(path)
    assert [d.status for d in exported.directives or []] == ["pending"] * 3
    assert exported.text == text

    tree = round_trip_yaml().load(path.read_text(encoding="utf-8"))
    del tree["text"]
    _edit(tree)
    path.write_text(dump_tree(tree) + text_block(text), encoding="utf-8")
    before = path.read_bytes()
    assert check_review(path) == []

    out = tmp_path / "out.json"
    doc = apply_review(path)
    assert path.read_bytes() == before  # apply never modifies the review file
    assert not out.exists()
    assert doc.check_grounding(text) == []
    by_id = {d.id: d for d in doc.directives}
    assert list(by_id) == ["d-025-1", "d-025-2", "added-1"]  # rejected d-025-3 left out, document order

    d1 = by_id["d-025-1"]
    assert d1.provenance == ["review:corrected:annotator-b"]
    assert " ".join(d1.action.text.split()) == D1_ACTION_FIXED
    assert d1.addressees[0].name == "Bộ Công an" and d1.addressees[0].inherited
    assert d1.deadline.date == dt.date(2025, 10, 31)
    assert d1.deadline.start > d1.start and d1.deadline.end == d1.end
    assert d1.targets[0].value == 100 and d1.targets[0].metric.text == "các cảng hàng không trên toàn quốc"
    assert d1.recurrence is None
    assert [a.name for a in d1.coordinators] == ["Bộ Xây dựng", "Bộ Tài chính"]
    assert d1.issuer.inherited and d1.issuer.end <= d1.start

    d2 = by_id["d-025-2"]
    sys2 = system.directives[1]
    assert d2.provenance == ["review:accepted:annotator-a"]
    assert (d2.start, d2.end, d2.text) == (sys2.start, sys2.end, sys2.text)
    # the deadline written after item 2 (not the identical one after item 1) is chosen
    assert (d2.deadline.start, d2.deadline.end) == (sys2.deadline.start, sys2.deadline.end)
    assert d2.action.text == sys2.action.text and d2.cue.start == sys2.cue.start

    added = by_id["added-1"]
    assert added.provenance == ["review:added:annotator-a"]
    assert added.deadline.date == dt.date(2025, 12, 31) and added.confidence == 1.0
    assert " ".join(added.text.split()) == ADDED_TEXT


def test_nbsp_quote_typed_with_plain_spaces_is_reread_from_the_text(tmp_path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert "yêu cầu\u00a0các sở" in text
    loc = Locator(text)
    clause = _span(loc, "Bộ cũng yêu cầu các sở thông tin và truyền thông tập trung thúc đẩy")
    assert "\u00a0" in clause.text
    doc = Document(
        directives=[
            Directive(
                id="d-1",
                text=clause.text,
                start=clause.start,
                end=clause.end,
                modality="obligation",
                confidence=0.9,
            )
        ]
    )
    path = tmp_path / "sample.review.yaml"
    content = export_text(text, doc, doc_id="sample", out_dir=tmp_path)
    assert "\\u" not in content and "\u00a0" not in content.split("\ntext:")[0]
    assert yaml.safe_load(content)["text"] == text
    path.write_text(content, encoding="utf-8")
    applied = apply_review(path)
    assert applied.directives[0].text == clause.text  # NBSP included, re-read from the document
    assert applied.check_grounding(text) == []


E2E = [
    ("sample", SAMPLE),
    ("021-cong-dien", ROOT / "corpora/raw/021_cd-ttg-108-2025-dac-xa.txt"),
    ("025-chi-thi", RAW_025),
]


def _values(d: Directive) -> tuple[object, ...]:
    """What a reviewer sees of a directive: quotes and values (offsets of repeated quotes may differ)."""

    def actors(xs: list[Actor]) -> list[tuple[str, str, str]]:
        return [(" ".join(a.text.split()), a.name, a.kind) for a in xs]

    return (
        d.id,
        d.text,
        d.modality,
        d.cue and d.cue.text,
        actors([d.issuer] if d.issuer else []),
        actors(d.addressees),
        actors(d.coordinators),
        actors(d.reported_to),
        d.action and d.action.text,
        d.deadline and (d.deadline.text, d.deadline.relation, d.deadline.date, d.deadline.start_date),
        d.recurrence and (d.recurrence.text, d.recurrence.period),
        [(t.text, t.comparator, t.value, t.unit, t.per, t.metric and t.metric.text) for t in d.targets],
        d.urgent,
    )


@pytest.mark.parametrize("path", [p for _, p in E2E], ids=[i for i, _ in E2E])
def test_end_to_end_with_the_extractor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: Path, pipeline: object
) -> None:
    import directive_extract
    from directive_extract.cli import main

    text = path.read_text(encoding="utf-8")
    system = pipeline(text, source=path.name)  # type: ignore[operator]
    assert system.directives
    notice = tmp_path / path.name
    notice.write_text(text, encoding="utf-8")
    monkeypatch.setitem(vars(directive_extract), "extract", pipeline)  # reuse the loaded pipeline
    assert main(["review", "export", str(notice), "--reviewer", "annotator-a"]) == 0
    review = tmp_path / (path.stem + ".review.yaml")
    content = review.read_text(encoding="utf-8")
    assert "&id0" not in content and "*id0" not in content  # shared objects are not written as aliases
    assert check_review(review) == []
    applied = apply_review(review)
    assert applied.check_grounding(text) == []
    assert [(d.id, d.start, d.end) for d in applied.directives] == sorted(
        ((d.id, d.start, d.end) for d in system.directives), key=lambda x: (x[1], x[2])
    )
    by_id = {d.id: d for d in system.directives}
    for d in applied.directives:
        assert _values(d) == _values(by_id[d.id])
        assert d.provenance == ["review:pending:annotator-a"]
