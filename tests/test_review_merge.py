"""Re-export onto a reviewed file: reviews and comments kept, new/changed extractions pending, backup."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from directive_extract.errors import ReviewFileError
from directive_extract.models import Actor, Deadline, Directive, Document, Span
from directive_extract.review import check_review, load_review
from directive_extract.review.io import round_trip_yaml
from directive_extract.review.locate import Locator
from directive_extract.review.merge import write_review
from directive_extract.review.write import dump_tree, text_block

TEXT = (
    Path(__file__).resolve().parents[1] / "corpora/raw/025_ct-ttg-24-2025-vneid-sinh-trac-hoc.txt"
).read_text(encoding="utf-8")
# Clauses of corpora/raw/025, lines 13-19 (read by hand).
A = "Chủ trì, phối hợp với Bộ Xây dựng, Bộ Tài chính, Ủy ban nhân dân các tỉnh, thành phố triển khai ứng dụng"
B = "Chủ trì xây dựng các tiện ích giao thông trên hệ thống định danh và xác thực điện tử VNelD"
C = "Chủ trì hướng dẫn triển khai tích hợp công nghệ sinh trắc học"
E = "Thực hiện đôn đốc, chỉ đạo các đơn vị trực thuộc phối hợp với Bộ Công an"
F = "Khẩn trương hoàn tất thủ tục mua sắm, đầu tư hạ tầng và trang thiết bị cần thiết"
DEADLINE = "hoàn thành trong tháng 10 năm 2025"


def _directive(
    ident: str, clause: str, *, deadline: dt.date | None = None, action: str | None = None
) -> Directive:
    loc = Locator(TEXT)
    s, e = loc.find(clause)[0]
    dl = None
    if deadline is not None:
        ds, de = next(o for o in loc.find(DEADLINE) if o[0] >= e)
        dl = Deadline(text=TEXT[ds:de], start=ds, end=de, relation="by", date=deadline)
    act = None
    if action is not None:
        a_s, a_e = next(o for o in loc.find(action) if o[0] >= s)
        act = Span(text=TEXT[a_s:a_e], start=a_s, end=a_e)
    ps, pe = loc.find("Bộ Công an")[0]
    police = Actor(text=TEXT[ps:pe], start=ps, end=pe, name="Bộ Công an", kind="ministry", inherited=True)
    return Directive(
        id=ident,
        text=TEXT[s:e],
        start=s,
        end=e,
        modality="obligation",
        addressees=[police],
        action=act,
        deadline=dl,
        confidence=0.6,
        provenance=["assemble.leadin_item"],
    )


def _review(path: Path) -> None:
    """A reviewer accepts A (with a comment), corrects B, adds D, leaves C and F pending."""
    tree = round_trip_yaml().load(path.read_text(encoding="utf-8"))
    del tree["text"]
    items = {d["id"]: d for d in tree["directives"]}
    items["d-a"]["status"] = "accepted"
    items["d-a"].yaml_add_eol_comment("checked against the signed copy", "status")
    items["d-b"]["status"] = "corrected"
    items["d-b"]["addressees"][0]["name"] = "Bộ Công an (C06)"
    tree["directives"].insert(
        2,
        {
            "id": "added-d",
            "status": "added",
            "text": "Chỉ đạo Tổng công ty Cảng hàng không Việt Nam",
            "modality": "obligation",
            "note": "missed by the system",
        },
    )
    path.write_text(dump_tree(tree) + text_block(TEXT), encoding="utf-8")


def test_merge_keeps_reviews_and_brings_in_changes(tmp_path: Path) -> None:
    out = tmp_path / "025.review.yaml"
    v1 = Document(
        directives=[
            _directive("d-a", A, deadline=dt.date(2025, 10, 31)),
            _directive("d-b", B),
            _directive("d-c", C, action="hướng dẫn triển khai"),
            _directive("d-f", F),
        ]
    )
    first = write_review(TEXT, v1, out, source="corpora/raw/025.txt")
    assert first.added == 4 and first.backup is None and first.problems == []
    _review(out)
    reviewed = out.read_text(encoding="utf-8")
    assert check_review(out) == []

    # the extractor changed: A's deadline differs, C's action differs, F is gone, E is new
    v2 = Document(
        directives=[
            _directive("d-a", A, deadline=dt.date(2025, 10, 1)),
            _directive("d-b", B),
            _directive("d-c", C, action="hướng dẫn triển khai tích hợp công nghệ sinh trắc học"),
            _directive("d-e", E),
        ]
    )
    report = write_review(TEXT, v2, out, source="corpora/raw/025.txt")
    assert (report.kept, report.updated, report.added, report.dropped, report.unchanged) == (3, 1, 1, 1, 0)
    assert report.backup == tmp_path / "025.review.yaml.bak"
    assert report.backup.read_text(encoding="utf-8") == reviewed
    assert report.problems == [] and check_review(out) == []

    merged = out.read_text(encoding="utf-8")
    assert "# checked against the signed copy" in merged  # the reviewer's comment survives
    review = load_review(out)
    got = {d.id: d for d in review.directives or []}
    assert [d.id for d in review.directives or []] == [
        "d-a",
        "d-b",
        "d-c",
        "d-e",  # line 17
        "added-d",  # line 18
    ]  # document order
    assert got["d-a"].status == "accepted" and got["d-a"].deadline.date == dt.date(2025, 10, 31)
    assert got["d-b"].status == "corrected" and got["d-b"].addressees[0].name == "Bộ Công an (C06)"
    assert (
        got["d-c"].status == "pending"
        and got["d-c"].action == "hướng dẫn triển khai tích hợp công nghệ sinh trắc học"
    )
    assert got["added-d"].note == "missed by the system"
    assert got["d-e"].status == "pending"
    assert "d-f" not in got

    # nothing new: the file is not touched and no backup is made
    mtime = out.stat().st_mtime_ns
    again = write_review(TEXT, v2, out, source="corpora/raw/025.txt")
    assert not again.written and again.backup is None and out.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == ["025.review.yaml", "025.review.yaml.bak"]

    # another change: the next backup is numbered
    v3 = Document(directives=[*v2.directives, _directive("d-f", F)])
    third = write_review(TEXT, v3, out, source="corpora/raw/025.txt")
    assert third.backup == tmp_path / "025.review.yaml.bak.1" and third.added == 1
    assert third.backup.read_text(encoding="utf-8") == merged


def test_same_clause_under_a_new_id_is_the_same_directive(tmp_path: Path) -> None:
    out = tmp_path / "025.review.yaml"
    write_review(TEXT, Document(directives=[_directive("d-a", A)]), out)
    tree = round_trip_yaml().load(out.read_text(encoding="utf-8"))
    del tree["text"]
    tree["directives"][0]["status"] = "rejected"
    out.write_text(dump_tree(tree) + text_block(TEXT), encoding="utf-8")
    report = write_review(TEXT, Document(directives=[_directive("d-a2", A)]), out)
    assert not report.written and report.kept == 1
    assert [(d.id, d.status) for d in load_review(out).directives or []] == [("d-a", "rejected")]


def test_changed_text_is_refused_and_nothing_written(tmp_path: Path) -> None:
    out = tmp_path / "025.review.yaml"
    write_review(TEXT, Document(directives=[_directive("d-a", A)]), out)
    before = out.read_bytes()
    with pytest.raises(ReviewFileError, match="differs from the one reviewed"):
        write_review(TEXT + "\nThêm một dòng.", Document(), out)
    assert out.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["025.review.yaml"]
