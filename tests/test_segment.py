"""Blocks, nesting, sentences and clauses on real document structures."""

from __future__ import annotations

import pytest

from directive_extract.lexicon import load
from directive_extract.segment import _match_marker, segment

CONG_DIEN = (
    "Theo Công điện 108/CĐ-TTg năm 2025, Thủ tướng Chính phủ yêu cầu:\n"
    "(1) Bộ Công an làm tốt chức năng chủ trì tham mưu cho Chính phủ.\n"
    "(6) Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\n"
    "- Chỉ đạo Sở Văn hóa, Thể thao và Du lịch phối hợp chặt chẽ với Ban Tuyên giáo.\n"
    "- Chỉ đạo các sở, ngành liên quan.\n"
    "(7) Giao Bộ Công an theo dõi, đôn đốc.\n"
)


def test_list_nesting_follows_marker_families() -> None:
    seg = segment(CONG_DIEN)
    parents = [b.parent for b in seg.blocks]
    assert parents == [None, 0, 0, 2, 2, 0]
    assert [b.marker for b in seg.blocks] == [None, "(1)", "(6)", "-", "-", "(7)"]
    assert seg.blocks[0].leadin and seg.blocks[2].leadin and not seg.blocks[1].leadin


def test_clauses_split_at_semicolons_not_inside_parentheses() -> None:
    text = (
        "Tham mưu cho tỉnh ủy (gồm các nội dung; chi tiết) ra Nghị quyết; "
        "tham mưu cho UBND tỉnh ban hành kế hoạch."
    )
    seg = segment(text)
    assert len(seg.sentences) == 1
    clauses = [text[c.start : c.end] for c in seg.clauses]
    assert clauses == [
        "Tham mưu cho tỉnh ủy (gồm các nội dung; chi tiết) ra Nghị quyết;",
        "tham mưu cho UBND tỉnh ban hành kế hoạch.",
    ]


def test_sentences_do_not_split_numbers_or_abbreviations() -> None:
    text = "Hỗ trợ 1.200 tỷ đồng cho TP. Hồ Chí Minh. Bộ Y tế chủ trì."
    seg = segment(text)
    assert [text[s.start : s.end] for s in seg.sentences] == [
        "Hỗ trợ 1.200 tỷ đồng cho TP. Hồ Chí Minh.",
        "Bộ Y tế chủ trì.",
    ]


def test_marker_body_excludes_marker() -> None:
    text = "a) Rà soát các văn bản.\nđ) Báo cáo kết quả."
    seg = segment(text)
    assert [text[b.body_start : b.end] for b in seg.blocks] == ["Rà soát các văn bản.", "Báo cáo kết quả."]
    assert [b.marker for b in seg.blocks] == ["a)", "đ)"]


def test_plain_line_between_items_continues_the_list() -> None:
    # 039: "- Rà soát …\nĐẩy mạnh thu ngân sách …\n- Tiếp tục …": the plain line belongs to the list
    text = "Giao các bộ:\n- Rà soát.\nTiếp tục theo dõi.\n- Báo cáo.\nChỉ thị này có hiệu lực từ ngày ký."
    seg = segment(text)
    assert [b.parent for b in seg.blocks] == [None, 0, 0, 0, None]


def test_hard_wrapped_ocr_lines_are_joined() -> None:
    # verbatim layout of 052 (Chỉ thị 11/CT-TTg, OCR): paragraphs wrapped at ~80 characters
    text = (
        "dân, Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang\n"
        "Bộ, cơ quan thuộc Chính phủ:\n"
        "\n"
        "1. Quán triệt sâu sắc tinh thần chỉ đạo của Ban Bí thư Trung ương Đảng\n"
        "tại Công văn số 79-CV/TW ngày 30 tháng 01 năm 2020.\n"
        "\n"
        "2. Tập trung thực hiện “nhiệm vụ kép” là vừa phòng chống dịch, vừa phát\n"
        "triển kinh tế - xã hội.\n"
    )
    seg = segment(text)
    assert len(seg.blocks) == 3
    assert seg.blocks[0].leadin and [b.parent for b in seg.blocks] == [None, 0, 0]
    assert text[seg.blocks[1].body_start : seg.blocks[1].end].endswith("ngày 30 tháng 01 năm 2020.")


def test_unwrapped_lines_stay_apart_unless_lower_case() -> None:
    text = "Kế hoạch chuyển đổi số trong năm 2020\nSở Tài chính chủ trì thực hiện\nnhiệm vụ này.\n"
    seg = segment(text)
    assert [text[b.start : b.end] for b in seg.blocks] == [
        "Kế hoạch chuyển đổi số trong năm 2020",
        "Sở Tài chính chủ trì thực hiện\nnhiệm vụ này.",
    ]


def test_upper_case_vietnamese_line_is_not_a_continuation() -> None:
    # "Đ" and "Ủ" sort inside "à-ỹ": the test is by case, not by code-point range
    text = (
        "Kế hoạch chuyển đổi số trong năm 2020\n"
        "Đôn đốc các đơn vị thực hiện.\n"
        "Ủy ban nhân dân tỉnh chủ trì.\n"
    )
    seg = segment(text)
    assert len(seg.blocks) == 3


def test_short_numbered_heading_keeps_its_paragraph_and_items() -> None:
    # verbatim layout of 013 (Chỉ thị of the Ministry of Justice): a heading naming the actor,
    # a lead-in paragraph under it, then its lettered items
    text = (
        "1. Thủ trưởng các đơn vị thuộc Bộ có trách nhiệm:\n"
        "d) Phối hợp với Vụ Pháp luật dân sự - kinh tế trong việc giải quyết các vấn đề pháp lý.\n"
        "2. Vụ Pháp luật dân sự - kinh tế\n"
        "Đôn đốc các đơn vị có liên quan tổ chức thực hiện tốt Quyết định số 3193/QĐ-BTP; cụ thể:\n"
        "a) Chủ trì, phối hợp với các đơn vị có liên quan xây dựng các văn bản quy phạm pháp luật;\n"
        "3. Tổng cục Thi hành án dân sự\n"
    )
    seg = segment(text)
    bodies = [text[b.body_start : b.end] for b in seg.blocks]
    assert bodies[2] == "Vụ Pháp luật dân sự - kinh tế"
    heading = 2
    assert seg.blocks[3].parent == heading and seg.blocks[4].parent == heading
    assert seg.blocks[5].parent == seg.blocks[2].parent  # "3." is the heading's sibling


def test_dash_line_is_not_a_heading_for_the_paragraphs_after_it() -> None:
    # 052's national motto "— Độc lập - Tự do - Hạnh phúc" must not adopt the document
    text = (
        "— Độc lập - Tự do - Hạnh phúc\n"
        "Để tập trung phòng chống dịch, Thủ tướng Chính phủ yêu cầu:\n"
        "1. Quán triệt.\n"
    )
    seg = segment(text)
    assert seg.blocks[1].parent is None and seg.blocks[2].parent == 1


def _marker_cases(key: str) -> list[tuple[str, str, str]]:
    return [(m["id"], m["type"], ex) for m in load("structure.yaml")["list_markers"] for ex in m.get(key, [])]


@pytest.mark.parametrize("ident,family,example", _marker_cases("examples"))
def test_marker_examples_are_found_with_their_family(ident: str, family: str, example: str) -> None:
    found = _match_marker(example, 0, len(example))
    assert found is not None and found[1] == family, ident


@pytest.mark.parametrize("ident,family,example", _marker_cases("negatives"))
def test_marker_negatives_are_not_that_family(ident: str, family: str, example: str) -> None:
    found = _match_marker(example, 0, len(example))
    assert found is None or found[1] != family, ident


def test_roman_numerals_in_parentheses_nest_under_a_dash_header() -> None:
    # verbatim layout of 032 (Công văn 11607/VPCP-CN)
    text = (
        "(3) Về tổ chức thi công: Yêu cầu các cơ quan, đơn vị triển khai thực hiện các nội dung sau:\n"
        "- Bộ Xây dựng:\n"
        "(i) Đối với Dự án Cần Thơ - Hậu Giang: Chỉ đạo Chủ đầu tư, các nhà thầu nỗ lực vượt bậc;\n"
        "(ii) Thường xuyên theo dõi, đôn đốc các cơ quan, đơn vị triển khai thực hiện;\n"
        "- Ủy ban nhân dân tỉnh Đồng Tháp quyết liệt đôn đốc, chỉ đạo chủ đầu tư:\n"
        "(i) Chủ động phối hợp với các cơ quan liên quan của tỉnh An Giang;\n"
    )
    seg = segment(text)
    assert [b.marker for b in seg.blocks] == ["(3)", "-", "(i)", "(ii)", "-", "(i)"]
    assert [b.parent for b in seg.blocks] == [None, 0, 1, 1, 0, 4]


def test_sentence_goes_on_after_an_ellipsis_before_a_lower_case_word() -> None:
    # 029: "… xác định giá đất, xác định nhân khẩu… để lập dự thảo phương án …"; "đ" (U+0111) is
    # lower case although it sorts inside "À-Ỹ"
    text = "Khẩn trương xác định nhân khẩu… để lập dự thảo phương án. Đôn đốc thực hiện."
    seg = segment(text)
    assert [text[s.start : s.end] for s in seg.sentences] == [
        "Khẩn trương xác định nhân khẩu… để lập dự thảo phương án.",
        "Đôn đốc thực hiện.",
    ]


def test_line_opening_with_a_figure_and_a_lower_case_word_continues() -> None:
    # 029: "… các trường hợp sử dụng đất\n17 mẫu 4 sào đang có vướng mắc … xong trước ngày 30/11/2025."
    text = (
        "- Có phương án giải quyết dứt điểm các trường hợp sử dụng đất\n"
        "17 mẫu 4 sào đang có vướng mắc xong trước ngày 30/11/2025.\n"
        "2 Ban chỉ đạo\n"
    )
    seg = segment(text)
    assert len(seg.blocks) == 2
    assert text[seg.blocks[0].start : seg.blocks[0].end].endswith("30/11/2025.")
