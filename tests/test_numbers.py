"""Tables for :mod:`directive_extract.numbers`: parsing, finding, formatting, round trips.

Phrases are verbatim from the real documents in corpora-raw (file number in the row id, e.g.
``n015_…`` is from 015_ct-ubnd-longan-kehoach-ktxh-2011-2015.txt; ``hanoimoi`` is the sample in
examples/); ``brief_…`` rows are the forms named in the task.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from directive_extract.normalize import normalize_text
from directive_extract.numbers import find_numbers, format_vi, parse_number

PARSE: list[tuple[str, str, float | None]] = [
    ("brief_decimal_comma", "0,1", 0.1),
    ("brief_thousands", "1.200", 1200.0),
    ("brief_million_dots", "1.200.000", 1200000.0),
    ("brief_15000_ty", "15.000 tỷ", 15e12),
    ("brief_2_5_trieu", "2,5 triệu", 2.5e6),
    ("brief_1_2_nghin_ty", "1,2 nghìn tỷ", 1.2e12),
    ("brief_10_ngan", "10 ngàn", 1e4),
    ("brief_ba_muoi", "ba mươi", 30.0),
    ("brief_nam_muoi_phan_tram", "năm mươi phần trăm", 50.0),
    ("brief_mot_nua", "một nửa", 0.5),
    ("brief_gap_doi", "gấp đôi", 2.0),
    ("brief_hai_phan_ba", "hai phần ba", 2 / 3),
    ("brief_01", "01", 1.0),
    ("brief_mot", "một", 1.0),
    ("brief_ocr_space", "1. 200", 1200.0),
    ("n050_decimal_billions", "9.230,51 tỷ", 9230.51e9),
    ("n050_decimal", "4.818,1 tỷ", 4818.1e9),
    ("n017_trieu", "59.835 triệu", 59835e6),
    ("n052_nghin_ty", "250 nghìn tỷ", 250e12),
    ("n032_fraction_million", "0,3 triệu", 3e5),
    ("n018_half_million", "0,5 triệu", 5e5),
    ("n018_leading_zero", "05 triệu", 5e6),
    ("n050_percent_decimal", "107,73", 107.73),
    ("w_hai_muoi_mot", "hai mươi mốt", 21.0),
    ("w_muoi_lam", "mười lăm", 15.0),
    ("w_ba_muoi_lam", "ba mươi lăm", 35.0),
    ("w_hai_muoi_tu", "hai mươi tư", 24.0),
    ("w_mot_tram_linh_nam", "một trăm linh năm", 105.0),
    ("w_hai_trieu_ruoi", "hai triệu rưỡi", 2.5e6),
    ("w_mot_tram_ruoi", "một trăm rưỡi", 150.0),
    ("w_mot_nghin_ty", "một nghìn tỷ", 1e12),
    ("w_hai_trieu_nam_tram_nghin", "hai triệu năm trăm nghìn", 2.5e6),
    ("w_mot_phan_tu", "một phần tư", 0.25),
    ("n050_muoi_hai", "mười hai", 12.0),
    ("english_grouping", "1,200,000", 1200000.0),
    ("percent_sign_ignored", "30 %", 30.0),
    ("not_doi_alone", "đôi", None),
    ("not_ty_le", "tỷ lệ", None),
    ("not_words", "một số", None),
    ("not_empty", "", None),
    ("not_date", "15/12/2020", None),
    ("not_two_digits_words", "hai ba", None),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in PARSE], ids=[r[0] for r in PARSE])
def test_parse_number(text: str, expected: float | None) -> None:
    got = parse_number(text)
    if expected is None:
        assert got is None
    else:
        assert got is not None and math.isclose(got, expected, rel_tol=1e-12)


Found = list[tuple[str, float, float | None]]

FIND: list[tuple[str, str, Found]] = [
    ("hanoimoi_0_1", "chi cho công nghệ thông tin đạt 0,1% ngân sách", [("0,1", 0.1, None)]),
    ("hanoimoi_mot_per",
     "mỗi người dân một điện thoại thông minh (smartphone), mỗi hộ gia đình một đường cáp quang",
     [("một", 1.0, None), ("một", 1.0, None)]),
    ("n006_range_tu_den", "đạt tỷ lệ từ 1,50 đến 1,65% so dân số", [("từ 1,50 đến 1,65", 1.5, 1.65)]),
    ("n001_range_dash", "phấn đấu giải ngân tăng 20-30% so với năm 2009", [("20-30", 20.0, 30.0)]),
    ("n015_range_decimal", "đạt 13-13,5% / năm", [("13-13,5", 13.0, 13.5)]),
    ("n039_range_decimals", "phấn đầu đạt 8,3-8,5%", [("8,3-8,5", 8.3, 8.5)]),
    ("n061_range_units_both", "kho hàng và bến bãi có diện tích từ 2.000m2 - 3.000 m2",
     [("từ 2.000m2 - 3.000", 2000.0, 3000.0)]),
    ("n061_range_km", "cách điểm giao cắt, nút xuống của đường Xuyên Á khoảng 7-10 km",
     [("7-10", 7.0, 10.0)]),
    ("n001_ty_dong", "các dự án giao thông khoảng 15.000 tỷ đồng", [("15.000 tỷ", 15e12, None)]),
    ("n001_ty_in_parens", "vốn trái phiếu Chính phủ bổ sung năm 2009 (1.650 tỷ đồng)",
     [("1.650 tỷ", 1.65e12, None)]),
    ("n017_per_hh", "Ngân sách Thành phố hỗ trợ 15 triệu đồng / hộ", [("15 triệu", 15e6, None)]),
    ("n018_slash_one_ha", "Đất trồng cây hàng năm đang canh tác: 05 triệu đồng/1 ha",
     [("05 triệu", 5e6, None)]),
    ("n015_m2_glued", "diện tích nhà ở đô thị bình quân đầu người 15m2", [("15", 15.0, None)]),
    ("n015_permille", "tỷ lệ tăng dân số tự nhiên dưới 12 ‰", [("12", 12.0, None)]),
    ("n050_ocr_space_percent", "bằng 66,08 % cing ky", [("66,08", 66.08, None)]),
    ("n022_people", "làm chết 03 người trong một gia đình", [("03", 3.0, None)]),
    ("n018_thousands_ha", "Đến năm 2015 toàn tỉnh có 20.000 ha", [("20.000", 20000.0, None)]),
    ("n026_age_range", "trẻ em từ 06 tháng đến 36 tháng tuổi", [("từ 06 tháng đến 36", 6.0, 36.0)]),
    ("n050_words", "lũy kế sau ít nhất mười hai", [("mười hai", 12.0, None)]),
    ("n010_mot_to", "mỗi khu phố chọn một tổ dân phố không hút thuốc lá", [("một", 1.0, None)]),
    ("n019_trieu_bare", "từ 7 triệu năm 2005 lên 14 triệu vào năm 2010",
     [("7 triệu", 7e6, None), ("14 triệu", 14e6, None)]),
    ("brief_range_trieu", "2-3 triệu đồng", [("2-3 triệu", 2e6, 3e6)]),
    ("brief_gap_doi", "tăng gấp đôi", [("đôi", 2.0, None)]),
    ("brief_ocr_1_200", "trồng mới 1. 200 ha", [("1. 200", 1200.0, None)]),
    ("brief_30_percent_dot", "tối thiểu 30%.", [("30", 30.0, None)]),
    ("brief_nam_muoi_phan_tram", "năm mươi phần trăm hộ", [("năm mươi", 50.0, None)]),
    ("brief_from_up", "từ 6,5% trở lên", [("6,5", 6.5, None)]),
    ("label_then_scale_kept", "cấp 500 triệu đồng", [("500 triệu", 5e8, None)]),
    # negatives: dates, document numbers, articles, years, phones, list numbering, names
    ("neg_n001_date", "Ngày 11/01/2010 tại Hà Nội, Bộ Giao thông vận tải đã tổ chức Hội nghị", []),
    ("neg_n001_decision", "các dự án trái phiếu Chính phủ theo Quyết định 171/QĐ-TTg", []),
    ("neg_n001_notice_date", "tại Thông báo số 379/TB-UBATGT ngày 26/11/2009", []),
    ("neg_n005_decision_year", "theo Quyết định 112/2004/QĐ-TTg của Thủ tướng chính phủ", []),
    ("neg_n006_party_directive", "Chỉ thị số 19-CT / TU ngày 31/12/2009 của Thành uỷ Hà Nội", []),
    ("neg_n007_article", "theo quy định tại Điều 1 Quy định ban hành kèm theo", []),
    ("neg_n007_article_range", "đã được quy định từ Điều 5 đến Điều 10 Quy định", []),
    ("neg_n007_clause", "theo quy định tại khoản 3 Điều 7 Quy định và", []),
    ("neg_n008_decree", "Nghị định số 152/2007/NĐ-CP ngày 10/10/2007 của Chính phủ", []),
    ("neg_n009_letter_date_words", "tại văn bản số 2600/TTg-KTTH ngày 30 tháng 12 năm 2009", []),
    ("neg_n013_directive", "Chỉ thị số 1565/CT-TTg ngày 06 tháng 10 năm 2009 của Thủ tướng", []),
    ("neg_brief_cd", "Công điện số 234/CĐ-TTg", []),
    ("neg_brief_nd", "Nghị định 15/2020/NĐ-CP", []),
    ("neg_brief_date", "trước ngày 15/12/2020", []),
    ("neg_brief_ngay_5", "ngày 5", []),
    ("neg_brief_year", "trong năm 2020", []),
    ("neg_brief_quarter", "trong quý III-2020", []),
    ("neg_n006_year_span", "(28/3/1935 - 28/3/2010)", []),
    ("neg_n001_year_range", "Kế hoạch phát triển giao thông vận tải 5 năm 2011-2015", [("5", 5.0, None)]),
    ("neg_n061_phase", "giai đoạn 2011 - 2015 và", []),
    ("neg_n010_team_letter", "Đội Quản lý thị trường 12 B", []),
    ("neg_n022_district", "Quận 8, Thành phố Hồ Chí Minh", []),
    ("neg_n006_subject_list", "cán bộ đối tượng 3, 4 thuộc địa phương", []),
    ("neg_n001_project_name", "Đề án 30", []),
    ("neg_n026_sections", "tiết 2.1 tiểu mục 2 Mục II Kế hoạch 188/KH-UBND năm 2025", []),
    ("neg_n023_wind", "gió mạnh dần lên cấp 6-7, sau tăng lên cấp 10-12, giật cấp 14-15", []),
    ("neg_n039_two_digit_growth", "và hai con số trong giai đoạn tiếp theo", []),
    ("neg_n007_mot_so", "tại một số sở - ngành", []),
    ("neg_phone_dots", "Đường dây nóng: 0243.8253.536", []),
    ("neg_phone_spaces", "điện thoại 0912 345 678", []),
    ("neg_list_number",
     "2. Các doanh nghiệp viễn thông và truyền hình cáp hoạt động kinh doanh trên địa bàn tỉnh:", []),
    ("neg_list_paren", "(1) Năm học 2025-2026", []),
    ("neg_list_letter", "a) Chủ trì, phối hợp với các cơ quan chức năng", []),
    ("neg_code_5g", "100% các khu công nghiệp có tối thiểu 1 trạm 5G",
     [("100", 100.0, None), ("1", 1.0, None)]),
    ("neg_dau_tu", "đầu tư công", []),
    ("neg_nam_alone", "năm nay", []),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in FIND], ids=[r[0] for r in FIND])
def test_find_numbers(text: str, expected: Found) -> None:
    text = normalize_text(text)
    got = find_numbers(text)
    assert [(m.text, m.value, m.value_max) for m in got] == [
        (normalize_text(t), v, vm) for t, v, vm in expected
    ]
    for m in got:
        assert text[m.start:m.end] == m.text


FORMAT: list[tuple[str, float, int | None, str]] = [
    ("million", 1200000, None, "1.200.000"),
    ("tenth", 0.1, None, "0,1"),
    ("decimal_thousands", 9230.51, None, "9.230,51"),
    ("small_int", 30, None, "30"),
    ("fixed_decimals", 13.5, 2, "13,50"),
    ("zero", 0, None, "0"),
    ("negative", -1500, None, "-1.500"),
]


@pytest.mark.parametrize(
    ("value", "decimals", "expected"), [r[1:] for r in FORMAT], ids=[r[0] for r in FORMAT]
)
def test_format_vi(value: float, decimals: int | None, expected: str) -> None:
    assert format_vi(value, decimals) == expected


def test_offsets_on_nfd_input_after_normalisation() -> None:
    raw = "tăng 10%".replace("ă", "a\u0306")
    text = normalize_text(raw)
    (m,) = find_numbers(text)
    assert text[m.start:m.end] == "10"


_numbers = st.one_of(
    st.integers(min_value=0, max_value=10**15).map(float),
    st.decimals(min_value=0, max_value=10**12, places=4, allow_nan=False, allow_infinity=False).map(float),
    st.floats(min_value=0, max_value=1e15, allow_nan=False, allow_infinity=False),
)


@given(_numbers)
def test_format_then_parse_round_trip(value: float) -> None:
    assert parse_number(format_vi(value)) == value


_SCALES = [("nghìn", 1e3), ("ngàn", 1e3), ("triệu", 1e6), ("tỷ", 1e9), ("nghìn tỷ", 1e12)]


@given(_numbers, st.sampled_from(_SCALES))
def test_round_trip_with_multiplier(value: float, scale: tuple[str, float]) -> None:
    word, factor = scale
    got = parse_number(f"{format_vi(value)} {word}")
    assert got is not None and math.isclose(got, value * factor, rel_tol=1e-12, abs_tol=1e-300)


@given(st.integers(min_value=1, max_value=10**12))
def test_find_numbers_sees_formatted_integers(value: int) -> None:
    text = f"phấn đấu đạt {format_vi(value)} hộ"
    found = find_numbers(text)
    assert [(m.value, m.text) for m in found] == [(float(value), format_vi(value))]
