"""Directives in real documents of corpora/raw, each expectation checked by reading the text.

One test per document; each finds the directive by words of its clause and asserts the
fields a reader checks first: who must act, by when, how often, which figure.
"""

from __future__ import annotations

import datetime as dt

import pytest

from directive_extract.models import Directive, Document
from tests.conftest import raw_text

_CACHE: dict[str, Document] = {}


@pytest.fixture
def extract(pipeline):  # type: ignore[no-untyped-def]
    def run(doc_id: str, date: dt.date | None = None) -> Document:
        key = f"{doc_id}:{date}"
        if key not in _CACHE:
            text = raw_text(doc_id)
            _CACHE[key] = pipeline(text, document_date=date, source=doc_id)
            assert _CACHE[key].check_grounding(text) == []
        return _CACHE[key]

    return run


def find(doc: Document, words: str) -> Directive:
    hits = [d for d in doc.directives if words in d.text]
    assert hits, f"no directive contains {words!r}"
    return hits[0]


def names(actors: list) -> list[str]:  # type: ignore[type-arg]
    return [a.name for a in actors]


def test_024_cong_dien_78_bo_xay_dung(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("024_cd-ttg-78-2025-tthc-xay-dung")
    assert doc.document_date == dt.date(2025, 5, 29) and doc.document_date_source == "text"
    d = find(doc, "Khẩn trương rà soát, cắt giảm, đơn giản hoá 361 thủ tục")
    assert names(d.addressees) == ["Bộ trưởng Bộ Xây dựng"]
    assert d.deadline is not None and d.deadline.date == dt.date(2025, 12, 31)
    assert [(t.value, t.unit) for t in d.targets if t.unit == "%"] == [(30.0, "%")] * 3
    monthly = find(doc, "trước ngày 25 hằng tháng")
    assert monthly.recurrence is not None and monthly.recurrence.period == "P1M"
    assert names(find(doc, "Tổ chức thực hiện thủ tục hành chính thuộc thẩm quyền").addressees) == [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
    ]


def test_028_cong_dien_ha_noi_lan_chiem_dat(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("028_cd-ubnd-hanoi-04-2025-lan-chiem-dat")
    assert doc.document_date == dt.date(2025, 4, 22)
    for words in ("Chịu trách nhiệm toàn diện", "Tổ chức tuyên truyền, vận động", "Tăng cường phối hợp"):
        d = find(doc, words)
        assert [a.name for a in d.addressees] == ["Chủ tịch Ủy ban nhân dân các quận, huyện, thị xã"]
        assert d.addressees[0].inherited


def test_035_so_noi_vu_thuong_tet(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("035_cv-snv-hcm-10325-2025-thuong-tet")
    assert doc.document_date == dt.date(2025, 12, 1)
    d = find(doc, "xây dựng phương án thưởng theo kết quả sản xuất kinh doanh năm 2025")
    assert d.deadline is not None and d.deadline.date == dt.date(2025, 12, 20)
    assert d.deadline.relation == "before"
    assert any("doanh nghiệp" in n.lower() for n in names(d.addressees))
    req = find(doc, "đề nghị các doanh nghiệp trên địa bàn sớm xây dựng")
    assert req.modality == "request"


def test_059_bo_noi_vu_bao_cao_tien_luong(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("059_cv-bnv-10287-2025-bao-cao-tien-luong-thuong-tet", dt.date(2025, 11, 6))
    d = find(doc, "khảo sát, nắm tình hình tiền lương, nợ lương")
    assert d.deadline is not None and d.deadline.date == dt.date(2025, 12, 25)
    assert any(n.startswith("Ban quản lý khu công nghiệp") for n in names(d.coordinators))
    assert names(d.addressees) == ["Giám đốc Sở Nội vụ"]
    assert find(doc, "Đề nghị các doanh nghiệp trên địa bàn xây dựng phương án thưởng").modality == "request"


def test_021_cong_dien_dac_xa(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("021_cd-ttg-108-2025-dac-xa")
    assert doc.document_date == dt.date(2025, 7, 16)
    assert doc.issuer is not None and doc.issuer.name == "Thủ tướng Chính phủ"
    d = find(doc, "Bộ Quốc phòng có trách nhiệm")
    assert names(d.addressees) == ["Bộ Quốc phòng"] and d.cue is not None and d.cue.text == "có trách nhiệm"
    r = find(doc, "Đề nghị Tòa án nhân dân tối cao")
    assert r.modality == "request" and names(r.addressees)[0] == "Tòa án nhân dân tối cao"


def test_022_cong_dien_chay_nha(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("022_cd-ttg-27-2025-chay-nha-quan8")
    first = find(doc, "chỉ đạo tổ chức thăm hỏi chu đáo")
    assert names(first.addressees) == ["Ủy ban nhân dân Thành phố Hồ Chí Minh"]
    second = find(doc, "phối hợp chặt chẽ với Bộ Công an")
    assert names(second.coordinators) == ["Bộ Công an"]
    assert names(second.addressees) == ["Ủy ban nhân dân Thành phố Hồ Chí Minh"]


def test_039_cong_dien_tai_khoa(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("039_cd-ttg-159-2025-tai-khoa-tien-te")
    d = find(doc, "Đẩy mạnh thu ngân sách nhà nước năm 2025 tăng ít nhất 25%")
    assert [(t.value, t.unit) for t in d.targets] == [(25.0, "%")]
    assert names(d.addressees) == ["Bộ Tài chính"]


def test_017_ke_hoach_nha_o_ho_ngheo(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("017_kh-ubnd-hanoi-hotro-nhao-hongheo", dt.date(2009, 12, 1))
    d = find(doc, "2.305 nhà ở hộ nghèo")
    assert d.deadline is not None and d.deadline.date == dt.date(2010, 9, 30)
    assert 2305.0 in [t.value for t in d.targets]


def test_029_bac_ninh_giai_phong_mat_bang(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("029_cv-ubnd-bacninh-4858-2025-gpmb-que-vo")
    a = find(doc, "lập dự thảo phương án bồi thường, hỗ trợ thu hồi đối với diện tích đất toàn bộ lô B, C")
    assert a.deadline is not None and a.deadline.date == dt.date(2025, 11, 30)
    b = find(doc, "phối hợp với chủ đầu tư để có phương án hỗ trợ, chi trả")
    assert b.deadline is not None and b.deadline.date == dt.date(2025, 12, 10)


def test_008_dong_nai_bao_cao_dinh_ky(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("008_ct-ubnd-dongnai-hatang-vienthong", dt.date(2009, 1, 1))
    d = find(doc, "Báo cáo tiến độ phát triển hạ tầng viễn thông")
    assert d.recurrence is not None and d.recurrence.period == "P6M"
    assert "Sở Thông tin và Truyền thông" in names(d.reported_to)


def test_032_vpcp_cao_toc(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("032_cv-vpcp-11607-2025-cao-toc-mien-tay", dt.date(2025, 11, 1))
    d = find(doc, "quyết liệt chỉ đạo các sở, ngành")
    assert any(n.startswith("Ủy ban nhân dân các tỉnh, thành phố") for n in names(d.addressees))
    # "Phó Thủ tướng Chính phủ Trần Hồng Hà có ý kiến như sau:" directs the whole letter
    assert doc.issuer is not None and doc.issuer.name == "Phó Thủ tướng Chính phủ Trần Hồng Hà"
    # "Ủy ban nhân dân tỉnh An Giang xem xét … giá công bố phải phù hợp …": the opening actor acts
    assert names(find(doc, "xem xét ưu tiên cấp vật liệu đá").addressees) == ["Ủy ban nhân dân tỉnh An Giang"]
    # "- Bộ Xây dựng:" then "(iii) Thường xuyên theo dõi …": the header's actor; the lead-in's
    # "xác định việc hoàn thành … vào ngày 19 tháng 12 năm 2025 là nhiệm vụ …" is not their deadline
    d = find(doc, "Thường xuyên theo dõi, đôn đốc các cơ quan, đơn vị")
    assert names(d.addressees) == ["Bộ Xây dựng"] and d.deadline is None
    # "- Ủy ban nhân dân tỉnh Đồng Tháp quyết liệt đôn đốc, chỉ đạo chủ đầu tư, …:" directs its items
    d = find(doc, "Thường xuyên quan trắc, theo dõi diễn biến lún")
    assert names(d.addressees) == ["Ủy ban nhân dân tỉnh Đồng Tháp"]


def test_002_report_without_operative_part_has_few_directives(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("002_tb-ketluan-bo-tuphap-congtac-2010", dt.date(2010, 1, 1))
    texts = " ".join(d.text for d in doc.directives)
    assert "đã kết luận như sau" not in texts and "đạt kết quả cao hơn" not in texts
    assert len(doc.directives) <= 4


def test_022_item_subject_through_an_apposition_and_to_later_sentences(extract) -> None:  # type: ignore[no-untyped-def]
    # "(2) Bộ trưởng Bộ Công an, Chủ tịch … trực thuộc trung ương, đặc biệt là các đô thị lớn tiếp tục
    # chỉ đạo …. Nâng cao hiệu quả …": the emphasis does not hide the subject, and the item's later
    # sentences, which name nobody, are addressed to it
    doc = extract("022_cd-ttg-27-2025-chay-nha-quan8")
    expected = ["Bộ trưởng Bộ Công an", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    for words in ("tiếp tục chỉ đạo thực hiện nghiêm", "Nâng cao hiệu quả công tác tuyên truyền"):
        assert names(find(doc, words).addressees) == expected
    later = find(doc, "Nâng cao hiệu quả công tác tuyên truyền")
    assert all(a.inherited for a in later.addressees)


def test_015_subject_is_the_chain_right_before_the_cue(extract) -> None:  # type: ignore[no-untyped-def]
    # "Thực hiện Chỉ thị số 751/CT-TTg … của Thủ tướng Chính phủ …, Uỷ ban nhân dân tỉnh yêu cầu …":
    # the actor before "yêu cầu" issues it, not the first actor of the sentence
    doc = extract("015_ct-ubnd-longan-kehoach-ktxh-2011-2015")
    d = find(doc, "Uỷ ban nhân dân tỉnh yêu cầu")
    assert d.issuer is not None and d.issuer.name == "Ủy ban nhân dân tỉnh" and not d.issuer.inherited


def test_065_cited_author_is_not_the_issuer(extract) -> None:  # type: ignore[no-untyped-def]
    # title "Thông tư hướng dẫn thực hiện quyết định số 307/2005/qđ-ttg … của thủ tướng chính phủ ban
    # hành quy chế …": the Prime Minister authored the cited decision; the Ministry issues this one
    doc = extract("065_tt-btnmt-bao-ap-thap-bao-lu")
    assert doc.issuer is not None and doc.issuer.name == "Bộ Tài nguyên và Môi trường"


def test_013_heading_actor_reaches_items_under_its_paragraph(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("013_ct-luat-trachnhiem-boithuong")
    d = find(doc, "Chủ trì, phối hợp với các đơn vị có liên quan xây dựng các văn bản quy phạm")
    assert names(d.addressees) == ["Vụ Pháp luật dân sự - kinh tế"]


def test_029_a_limit_closing_a_clause_covers_the_clauses_before_it(extract) -> None:  # type: ignore[no-untyped-def]
    # "- Khẩn trương xác định các vị trí …; tuyên truyền, vận động …; phối hợp với chủ đầu tư … (xong
    # trước ngày 10/12/2025); có phương án giải quyết dứt điểm … xong trước ngày 30/11/2025."
    doc = extract("029_cv-ubnd-bacninh-4858-2025-gpmb-que-vo")
    for words in ("Khẩn trương xác định các vị trí để di chuyển mộ", "tuyên truyền, vận động để người dân"):
        d = find(doc, words)
        assert d.deadline is not None and d.deadline.date == dt.date(2025, 12, 10)
    d = find(doc, "có phương án giải quyết dứt điểm")
    assert d.deadline is not None and d.deadline.date == dt.date(2025, 11, 30)
    # "(hoàn thành trước ngày 30/11/2025)." closes the first item
    d = find(doc, "Tập trung cao, làm việc với Sở Nông nghiệp và Môi trường")
    assert d.deadline is not None and d.deadline.date == dt.date(2025, 11, 30)


def test_060_a_school_year_header_dates_its_items(extract) -> None:  # type: ignore[no-untyped-def]
    # "(1) Năm học 2025-2026\n- Lựa chọn các trường mầm non …" … "(3) Năm học 2027-2028\n- Tổ chức hội thảo …"
    doc = extract("060_kh-sgddt-hcm-5418-2025-mam-non-tieng-anh")
    first = find(doc, "Lựa chọn các trường mầm non đủ điều kiện")
    assert first.deadline is not None and first.deadline.date == dt.date(2026, 5, 31)
    last = find(doc, "Tổ chức hội thảo chia sẻ mô hình hiệu quả")
    assert last.deadline is not None and last.deadline.date == dt.date(2028, 5, 31)
    assert last.deadline.text == "Năm học 2027-2028"


def test_062_the_concluding_speaker_issues_the_items(extract) -> None:  # type: ignore[no-untyped-def]
    # "…, Phó Thủ tướng Nguyễn Thiện Nhân đã có ý kiến kết luận như sau:" (a Thông báo of the
    # Government Office): each directive is the Deputy Prime Minister's
    doc = extract("062_tb-vpcp-ptt-daynghe-laodong-nongthon-2010")
    d = find(doc, "Phối hợp với các công ty viễn thông")
    assert d.issuer is not None and d.issuer.name == "Phó Thủ tướng Nguyễn Thiện Nhân"


def test_016_title_is_not_a_directive_and_the_lead_in_subject_issues(extract) -> None:  # type: ignore[no-untyped-def]
    # first line "Chỉ thị về tăng cường công tác quản lý nhà nước …" names the document; the lead-in
    # "Ủy ban nhân dân thành phố yêu cầu …" is the only place the issuer is written
    doc = extract("016_ct-ubnd-hcm-duongthuy-noidia")
    assert not any(d.text.startswith("Chỉ thị về tăng cường") for d in doc.directives)
    assert doc.issuer is not None and doc.issuer.name == "Ủy ban nhân dân thành phố"


def test_009_partners_of_a_lead_in_reach_its_items(extract) -> None:  # type: ignore[no-untyped-def]
    # "a) Vụ Xuất nhập khẩu chủ trì, phối hợp với các Vụ: Kế hoạch, Công nghiệp nhẹ, … thực hiện
    # …:" then "- Đẩy mạnh cải cách thủ tục hành chính …": the Vụ act with the same partners
    doc = extract("009_ct-ubnd-thuchien-chidao-ttg")
    d = find(doc, "Đẩy mạnh cải cách thủ tục hành chính trong lĩnh vực xuất khẩu")
    assert names(d.addressees) == ["Vụ Xuất nhập khẩu"]
    assert {"Vụ Kế hoạch", "Vụ Công nghiệp nhẹ", "Cục Hóa chất"} <= set(names(d.coordinators))
    assert all(a.inherited for a in d.coordinators)


def test_021_partners_of_those_directed_stay_in_the_lead_in(extract) -> None:  # type: ignore[no-untyped-def]
    # "(6) Chủ tịch Ủy ban nhân dân các tỉnh … chỉ đạo các ngành, Ủy ban nhân dân cấp xã phối hợp
    # với Mặt trận Tổ quốc …": the Front works with the communes, not with the items' addressee
    doc = extract("021_cd-ttg-108-2025-dac-xa")
    d = find(doc, "Chỉ đạo các sở, ngành liên quan và Ủy ban nhân dân cấp xã")
    assert d.coordinators == []


def test_004_a_meeting_held_is_reported(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("004_tb-ketluan-ptt-tongcty-hanghai-2006")
    # "… Phó Thủ tướng thường trực Nguyễn Tấn Dũng đã chủ trì cuộc họp …": a report, not a task
    assert not any("đã chủ trì cuộc họp" in d.text for d in doc.directives)
    # "Tổng công ty Hàng hải Việt Nam phải tiếp tục giữ vai trò chủ lực …" still directs
    d = find(doc, "phải tiếp tục giữ vai trò chủ lực")
    assert names(d.addressees) == ["Tổng công ty Hàng hải Việt Nam"]


def test_a_modal_right_after_the_subject_wins_over_a_directing_word_in_the_action(pipeline) -> None:  # type: ignore[no-untyped-def]
    # 004's sentence with the board named by a recognised body ("Hội đồng quản trị Tổng công ty" is
    # not yet one actor): "Trên cơ sở …, X cần có kế hoạch cụ thể để chủ động chỉ đạo …"
    text = (
        "Trên cơ sở kế hoạch 5 năm được phê duyệt, Bộ Giao thông vận tải cần có kế hoạch cụ thể để chủ "
        "động chỉ đạo mua, bán tàu biển phù hợp với nhu cầu thị trường."
    )
    (d,) = pipeline(text).directives
    assert d.cue is not None and d.cue.text == "cần"
    assert names(d.addressees) == ["Bộ Giao thông vận tải"]
