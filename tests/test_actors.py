"""Actor mentions: recognition, canonical names, list splitting and references.

``MENTIONS`` is a table of actor mentions copied verbatim from the government documents of the
corpus (``corpora-raw`` files 001-061 that are not news) and from the sample notice (id prefix
``han``): each row is (id, a verbatim excerpt, the mention as written, its canonical name, kind,
generic). Every expected value was checked by reading the excerpt. The id is ``<file>-<row>``.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from directive_extract.actors import ActorMatch, find_actors, resolve_reference, split_actor_list
from directive_extract.gazetteer import canonical_name, lookup
from directive_extract.normalize import normalize_text

# (id, excerpt, mention as written, canonical name, kind, generic)
MENTIONS: list[tuple[str, str, str, str, str, bool]] = [
    (
        "001-001",
        "kế hoạch năm 2010 của bộ giao thông vận tải.",
        "bộ giao thông vận tải",
        "Bộ Giao thông vận tải",
        "ministry",
        False,
    ),
    (
        "001-002",
        "có đại diện lãnh đạo các cơ quan, đơn vị, doanh nghiệp trong ngành giao thông vận tải; "
        "đại diện lãnh đạo các",
        "các cơ quan, đơn vị, doanh nghiệp",
        "các cơ quan, đơn vị, doanh nghiệp",
        "other",
        True,
    ),
    (
        "001-003",
        "tải; đại diện lãnh đạo các Sở Giao thông vận tải trong cả nước; đại diện lãnh đạo một "
        "số Bộ, ngành, đoàn thể trung",
        "các Sở Giao thông vận tải",
        "Sở Giao thông vận tải",
        "department",
        True,
    ),
    (
        "001-005",
        "vận tải và đại diện các cơ quan thông tấn báo chí.",
        "các cơ quan thông tấn báo chí",
        "các cơ quan thông tấn báo chí",
        "other",
        True,
    ),
    (
        "001-006",
        "kế hoạch năm 2010 của Bộ GTVT vinh dự được đón tiếp Phó Thủ tướng Chính phủ Hoàng Trung Hải đến",
        "Bộ GTVT",
        "Bộ Giao thông vận tải",
        "ministry",
        False,
    ),
    (
        "001-007",
        "vinh dự được đón tiếp Phó Thủ tướng Chính phủ Hoàng Trung Hải đến dự và chỉ đạo Hội nghị.",
        "Phó Thủ tướng Chính phủ Hoàng Trung Hải",
        "Phó Thủ tướng Chính phủ Hoàng Trung Hải",
        "official",
        False,
    ),
    (
        "001-008",
        'kế hoạch năm 2010" do Thứ trưởng thường trực Bộ GTVT Ngô Thịnh Đức trình bày; ý kiến '
        "chỉ đạo của Phó Thủ tướng Chính",
        "Thứ trưởng thường trực Bộ GTVT",
        "Thứ trưởng thường trực Bộ Giao thông vận tải",
        "official",
        False,
    ),
    (
        "001-009",
        "ý kiến chỉ đạo của Phó Thủ tướng Chính phủ và ý kiến tham luận của một số đại biểu đại "
        "diện các lĩnh",
        "Phó Thủ tướng Chính phủ",
        "Phó Thủ tướng Chính phủ",
        "official",
        False,
    ),
    (
        "001-010",
        "Thay mặt lãnh đạo Bộ, Bộ trưởng Hồ Nghĩa Dũng đã kết luận như sau:",
        "Bộ",
        "Bộ",
        "ministry",
        False,
    ),
    (
        "001-011",
        "Thay mặt lãnh đạo Bộ, Bộ trưởng Hồ Nghĩa Dũng đã kết luận như sau:",
        "Bộ trưởng Hồ Nghĩa Dũng",
        "Bộ trưởng Hồ Nghĩa Dũng",
        "official",
        False,
    ),
    (
        "001-012",
        "chỉ đạo sát sao của Chính phủ, Thủ tướng Chính phủ, đặc biệt là chính sách kích cầu đầu tư",
        "Chính phủ",
        "Chính phủ",
        "government",
        False,
    ),
    (
        "001-013",
        "sát sao của Chính phủ, Thủ tướng Chính phủ, đặc biệt là chính sách kích cầu đầu tư xây "
        "dựng, kích cầu",
        "Thủ tướng Chính phủ",
        "Thủ tướng Chính phủ",
        "official",
        False,
    ),
    (
        "001-014",
        "phương, phân cấp mạnh cho các chủ đầu tư, cho các ban QLDA; đồng thời đẩy mạnh quan hệ hợp tác với",
        "các chủ đầu tư",
        "các chủ đầu tư",
        "enterprise",
        True,
    ),
    (
        "001-015",
        "với các địa phương và các Bộ, ngành; cùng với sự cố gắng, nỗ lực của toàn thể CBCNV-LĐ, ngành GTVT",
        "các Bộ, ngành",
        "các Bộ, ngành",
        "other",
        True,
    ),
    (
        "001-016",
        "phủ, Bộ trưởng yêu cầu các cơ quan, đơn vị trực thuộc Bộ triển khai thực hiện nghiêm "
        "túc những nhiệm vụ kế hoạch đã nêu",
        "các cơ quan, đơn vị trực thuộc Bộ",
        "các cơ quan, đơn vị trực thuộc Bộ",
        "other",
        True,
    ),
    (
        "001-017",
        "- Vụ Kế hoạch Đầu tư chủ trì triển khai thực hiện Chiến lược phát triển giao thông vận tải",
        "Vụ Kế hoạch Đầu tư",
        "Vụ Kế hoạch Đầu tư",
        "department",
        False,
    ),
    (
        "001-018",
        "- Các Sở GTVT tham mưu cho UBND tỉnh, thành phố thực hiện rà soát, xây dựng, cập",
        "Các Sở GTVT",
        "Sở Giao thông vận tải",
        "department",
        True,
    ),
    (
        "001-019",
        "Sở GTVT tham mưu cho UBND tỉnh, thành phố thực hiện rà soát, xây dựng, cập nhật lại quy "
        "hoạch phát triển GTVT",
        "UBND tỉnh, thành phố",
        "Ủy ban nhân dân tỉnh, thành phố",
        "people_committee",
        True,
    ),
    (
        "001-020",
        "định và đồng thuận để UBND tỉnh phê duyệt các quy hoạch này trên cơ sở phù hợp với quy hoạch",
        "UBND tỉnh",
        "Ủy ban nhân dân tỉnh",
        "people_committee",
        False,
    ),
    (
        "001-021",
        "đó, các chủ đầu tư, các Ban quản lý dự án và các cơ quan, đơn vị cần phối hợp chặt chẽ, "
        "triển khai mạnh",
        "các Ban quản lý dự án",
        "Ban Quản lý dự án",
        "agency",
        True,
    ),
    (
        "001-024",
        "ty; thí điểm mô hình Ban Quản lý dự án làm chủ đầu tư; phân cấp, uỷ quyền thực hiện một số dự án",
        "Ban Quản lý dự án",
        "Ban Quản lý dự án",
        "agency",
        False,
    ),
    (
        "001-025",
        "ngành, các Sở GTVT và các doanh nghiệp cần tổ chức công tác vận tải một cách khoa học, nhất là tại",
        "các doanh nghiệp",
        "các doanh nghiệp",
        "enterprise",
        True,
    ),
    (
        "001-026",
        "hợp chặt chẽ với hai thành phố Hà Nội và thành phố Hồ Chí Minh trong việc thực hiện "
        "Nghị quyết 16/2008/NQ-CP về",
        "thành phố Hà Nội",
        "thành phố Hà Nội",
        "locality",
        False,
    ),
    (
        "001-027",
        "thành phố Hà Nội và thành phố Hồ Chí Minh trong việc thực hiện Nghị quyết 16/2008/NQ-CP "
        "về từng bước khắc phục ùn tắc",
        "thành phố Hồ Chí Minh",
        "Thành phố Hồ Chí Minh",
        "locality",
        False,
    ),
    (
        "001-028",
        "- Vụ Vận tải chủ trì, chuẩn bị nội dung về vấn đề vận tải để phục vụ",
        "Vụ Vận tải",
        "Vụ Vận tải",
        "department",
        False,
    ),
    (
        "001-029",
        "Các cơ quan, đơn vị triển khai thực hiện các giải pháp nhằm ngăn chặn tai nạn giao thông",
        "Các cơ quan, đơn vị",
        "Các cơ quan, đơn vị",
        "other",
        True,
    ),
    (
        "001-030",
        "số 379/TB-UBATGT ngày 26/11/2009 của Uỷ ban An toàn giao thông Quốc gia và Kết luận của "
        "Bộ trưởng - Chủ tịch Uỷ ban An toàn giao",
        "Uỷ ban An toàn giao thông Quốc gia",
        "Ủy ban An toàn giao thông Quốc gia",
        "agency",
        False,
    ),
    (
        "001-031",
        "luận của Bộ trưởng - Chủ tịch Uỷ ban An toàn giao thông Quốc gia tại Hội nghị An toàn "
        "giao thông toàn quốc tổ chức vào ngày 12/01/2010.",
        "Chủ tịch Uỷ ban An toàn giao thông Quốc gia",
        "Chủ tịch Ủy ban An toàn giao thông Quốc gia",
        "official",
        False,
    ),
    (
        "001-033",
        "Cục, Thanh tra Bộ và các cơ quan, đơn vị liên quan phải xác định đây là nhiệm vụ trọng "
        "tâm và phải tập trung để",
        "các cơ quan, đơn vị liên quan",
        "các cơ quan, đơn vị liên quan",
        "other",
        True,
    ),
    (
        "001-034",
        "- Hội đồng quản trị các Tổng công ty xây dựng giao thông tiến hành rà soát, kiện toàn "
        "tổ chức, chấn chỉnh",
        "các Tổng công ty",
        "các Tổng công ty",
        "enterprise",
        True,
    ),
    (
        "001-035",
        "- Các cơ quan, đơn vị trực thuộc Bộ, đặc biệt là các Cục quản lý Nhà nước chuyên ngành cần tăng",
        "Các cơ quan, đơn vị trực thuộc Bộ",
        "Các cơ quan, đơn vị trực thuộc Bộ",
        "other",
        True,
    ),
    (
        "001-036",
        "phương, đặc biệt là với các Sở GTVT các tỉnh, thành phố mà trọng tâm là công tác triển "
        "khai dự án đầu tư, giải phóng",
        "các Sở GTVT các tỉnh, thành phố",
        "Sở Giao thông vận tải các tỉnh, thành phố",
        "department",
        True,
    ),
    (
        "001-037",
        "quản lý hành chính của UBND tỉnh, Thành phố phát huy vai trò là cầu nối - trung gian "
        "hợp tác giữa Bộ",
        "UBND tỉnh, Thành phố",
        "Ủy ban nhân dân tỉnh, Thành phố",
        "people_committee",
        True,
    ),
    (
        "001-038",
        "địa phương cho đại biểu Quốc hội, Hội đồng nhân dân, cho lãnh đạo tỉnh để phối hợp, giải quyết",
        "Quốc hội",
        "Quốc hội",
        "government",
        False,
    ),
    (
        "001-039",
        "cho đại biểu Quốc hội, Hội đồng nhân dân, cho lãnh đạo tỉnh để phối hợp, giải quyết các "
        "kiến nghị của",
        "Hội đồng nhân dân",
        "Hội đồng nhân dân",
        "agency",
        False,
    ),
    (
        "001-040",
        "cơ quan thuộc Bộ và Giám đốc các Sở GTVT quan tâm thực hiện để cơ chế triển khai có hiệu quả.",
        "Giám đốc các Sở GTVT",
        "Giám đốc Sở Giao thông vận tải",
        "official",
        True,
    ),
    (
        "002-041",
        "kết luận của lãnh đạo bộ tư pháp tại hội nghị triển khai công tác tư pháp năm 2010",
        "bộ tư pháp",
        "Bộ Tư pháp",
        "ministry",
        False,
    ),
    (
        "002-042",
        "phát biểu chỉ đạo của Phó Thủ tướng Chính phủ Trương Vĩnh Trọng; Báo cáo tổng kết công "
        "tác thi đua năm 2009, phát động phong",
        "Phó Thủ tướng Chính phủ Trương Vĩnh Trọng",
        "Phó Thủ tướng Chính phủ Trương Vĩnh Trọng",
        "official",
        False,
    ),
    (
        "002-043",
        "hội, Hội đồng nhân dân, Uỷ ban nhân dân xây dựng hệ thống pháp luật đồng bộ, đơn giản "
        "hơn, chú trọng giảm",
        "Uỷ ban nhân dân",
        "Ủy ban nhân dân",
        "people_committee",
        False,
    ),
    (
        "002-044",
        "có nhiều tiến bộ, được Uỷ ban thường vụ Quốc hội, Chính phủ và Hội đồng nhân dân, Uỷ "
        "ban nhân dân các tỉnh,",
        "Uỷ ban thường vụ Quốc hội",
        "Ủy ban Thường vụ Quốc hội",
        "government",
        False,
    ),
    (
        "002-045",
        "và Hội đồng nhân dân, Uỷ ban nhân dân các tỉnh, thành phố trực thuộc Trung ương đánh "
        "giá cao, thiết thực góp phần bảo đảm tính hợp hiến, hợp pháp,",
        "Uỷ ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "people_committee",
        True,
    ),
    (
        "002-046",
        "sự phối kết hợp giữa các cơ quan chức năng và đã để lại nhiều dấu ấn trong đời sống xã hội.",
        "các cơ quan chức năng",
        "các cơ quan chức năng",
        "other",
        True,
    ),
    (
        "002-047",
        "phối hợp chặt chẽ với các Bộ, ngành và địa phương.",
        "các Bộ, ngành và địa phương",
        "các Bộ, ngành và địa phương",
        "other",
        True,
    ),
    (
        "002-049",
        "phối hợp chặt chẽ với các ngành, các cấp chỉ đạo tổ chức thành công Đại hội đại biểu "
        "luật sư toàn quốc",
        "các ngành, các cấp",
        "các ngành, các cấp",
        "other",
        True,
    ),
    (
        "002-050",
        "thứ nhất để thành lập Liên đoàn Luật sư Việt Nam; tham mưu cho Ban Bí thư ban hành Chỉ "
        "thị số 33-CT /",
        "Liên đoàn Luật sư Việt Nam",
        "Liên đoàn Luật sư Việt Nam",
        "organisation",
        False,
    ),
    (
        "002-051",
        "Việt Nam; tham mưu cho Ban Bí thư ban hành Chỉ thị số 33-CT / TW về tăng cường sự lãnh đạo",
        "Ban Bí thư",
        "Ban Bí thư",
        "party",
        False,
    ),
    (
        "002-052",
        "xã hội đón nhận; nhiều Sở Tư pháp tích cực tham mưu cho UBND tỉnh chuyển giao việc "
        "chứng thực các giao",
        "Sở Tư pháp",
        "Sở Tư pháp",
        "department",
        False,
    ),
    (
        "002-053",
        "quan đến nhà, đất từ UBND sang cho các tổ chức hành nghề công chứng ở những địa bàn mà",
        "UBND",
        "Ủy ban nhân dân",
        "people_committee",
        False,
    ),
    (
        "002-054",
        "lý khá bài bản, 100% Trung tâm Trợ giúp pháp lý đã thực hiện việc đánh giá, thẩm định "
        "chất lượng vụ việc trợ giúp",
        "Trung tâm Trợ giúp pháp lý",
        "Trung tâm Trợ giúp pháp lý",
        "agency",
        False,
    ),
    (
        "002-055",
        "việc cho Toà án và chính quyền địa phương.",
        "chính quyền địa phương",
        "chính quyền địa phương",
        "people_committee",
        True,
    ),
    (
        "002-056",
        "Nhiều Sở đã cơ cấu lại các đơn vị trực thuộc để đáp ứng yêu cầu,",
        "Sở",
        "Sở",
        "department",
        False,
    ),
    (
        "002-057",
        "Sở đã cơ cấu lại các đơn vị trực thuộc để đáp ứng yêu cầu, nhiệm vụ mới (có 45 Sở Tư pháp đã",
        "các đơn vị trực thuộc",
        "các đơn vị trực thuộc",
        "other",
        True,
    ),
    (
        "002-058",
        "Tư pháp đã tách riêng Phòng Bổ trợ tư pháp và Phòng Hành chính tư pháp).",
        "Phòng Bổ trợ tư pháp",
        "Phòng Bổ trợ tư pháp",
        "department",
        False,
    ),
    (
        "002-059",
        "Bổ trợ tư pháp và Phòng Hành chính tư pháp).",
        "Phòng Hành chính tư pháp",
        "Phòng Hành chính tư pháp",
        "department",
        False,
    ),
    (
        "002-060",
        "Một số tỉnh bố trí Giám đốc Sở Tư pháp là tỉnh uỷ viên; đã luân chuyển, bố trí Bí thư huyện uỷ làm",
        "Giám đốc Sở Tư pháp",
        "Giám đốc Sở Tư pháp",
        "official",
        False,
    ),
    (
        "002-061",
        "đốc Sở Tư pháp là tỉnh uỷ viên; đã luân chuyển, bố trí Bí thư huyện uỷ làm Giám đốc Sở;",
        "tỉnh uỷ",
        "Tỉnh ủy",
        "party",
        False,
    ),
    (
        "002-062",
        "đã luân chuyển, bố trí Bí thư huyện uỷ làm Giám đốc Sở; Chủ tịch UBND huyện làm Cục "
        "trưởng Cục Thi hành",
        "Bí thư huyện uỷ",
        "Bí thư Huyện ủy",
        "official",
        False,
    ),
    (
        "002-063",
        "Bí thư huyện uỷ làm Giám đốc Sở; Chủ tịch UBND huyện làm Cục trưởng Cục Thi hành án.",
        "Giám đốc Sở",
        "Giám đốc Sở",
        "official",
        False,
    ),
    (
        "002-064",
        "uỷ làm Giám đốc Sở; Chủ tịch UBND huyện làm Cục trưởng Cục Thi hành án.",
        "Chủ tịch UBND huyện",
        "Chủ tịch Ủy ban nhân dân huyện",
        "official",
        False,
    ),
    (
        "002-065",
        "Chủ tịch UBND huyện làm Cục trưởng Cục Thi hành án.",
        "Cục trưởng Cục Thi hành án",
        "Cục trưởng Cục Thi hành án",
        "official",
        False,
    ),
    (
        "004-068",
        "sắp xếp doanh nghiệp của tổng công ty hàng hải việt nam",
        "tổng công ty hàng hải việt nam",
        "Tổng công ty Hàng hải Việt Nam",
        "enterprise",
        False,
    ),
    (
        "004-069",
        "tháng 02 năm 2006 tại Văn phòng Chính phủ, Phó Thủ tướng thường trực Nguyễn Tấn Dũng đã "
        "chủ trì cuộc họp",
        "Văn phòng Chính phủ",
        "Văn phòng Chính phủ",
        "government",
        False,
    ),
    (
        "004-070",
        "tại Văn phòng Chính phủ, Phó Thủ tướng thường trực Nguyễn Tấn Dũng đã chủ trì cuộc họp "
        "về kế hoạch năm 2006; 5 năm 2006-2010 và",
        "Phó Thủ tướng thường trực Nguyễn Tấn Dũng",
        "Phó Thủ tướng thường trực Nguyễn Tấn Dũng",
        "official",
        False,
    ),
    (
        "004-071",
        "Tham dự có lãnh đạo Ban Kinh tế Trung ương, các Bộ Kế hoạch và Đầu tư, Tài chính, Nội Vụ, Lao động",
        "Ban Kinh tế Trung ương",
        "Ban Kinh tế Trung ương",
        "party",
        False,
    ),
    (
        "004-072",
        "Ban Kinh tế Trung ương, các Bộ Kế hoạch và Đầu tư, Tài chính, Nội Vụ, Lao động - Thương "
        "binh và Xã hội, Giao",
        "các Bộ Kế hoạch và Đầu tư",
        "Bộ Kế hoạch và Đầu tư",
        "ministry",
        False,
    ),
    (
        "004-077",
        "tải, Văn phòng Chính phủ, Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp.",
        "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp",
        "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp",
        "agency",
        False,
    ),
    (
        "004-078",
        "Sau khi nghe Tổng Giám đốc Tổng công ty Hàng hải Việt Nam báo cáo và ý kiến đại diện "
        "các cơ quan, Phó Thủ tướng thường",
        "Tổng Giám đốc Tổng công ty Hàng hải Việt Nam",
        "Tổng Giám đốc Tổng công ty Hàng hải Việt Nam",
        "official",
        False,
    ),
    (
        "004-079",
        "Tiếp thu ý kiến các Bộ ngành, Tổng công ty Hàng hải Việt Nam sớm hoàn chỉnh báo cáo, lấy",
        "các Bộ ngành",
        "các Bộ ngành",
        "other",
        True,
    ),
    (
        "004-080",
        "thức bằng văn bản của các Bộ: Giao thông vận tải, Kế hoạch và Đầu tư, Tài chính, trình "
        "Thủ tướng Chính phủ xem",
        "các Bộ: Giao thông vận tải",
        "Bộ Giao thông vận tải",
        "ministry",
        False,
    ),
    (
        "004-082",
        "Mép - Thị Vải (tỉnh Bà Rịa - Vũng Tàu).",
        "tỉnh Bà Rịa - Vũng Tàu",
        "tỉnh Bà Rịa - Vũng Tàu",
        "locality",
        False,
    ),
    (
        "004-083",
        "nghiên cứu, phối hợp với các cơ quan liên quan để có thể tiếp tục mở rộng và phát triển "
        "cảng Hải Phòng ra",
        "các cơ quan liên quan",
        "các cơ quan liên quan",
        "other",
        True,
    ),
    (
        "004-084",
        "thông vận tải chỉ đạo Cục Hàng hải Việt Nam, Tổng công ty Hàng hải Việt Nam và các đơn vị liên quan",
        "Cục Hàng hải Việt Nam",
        "Cục Hàng hải Việt Nam",
        "department",
        False,
    ),
    (
        "004-085",
        "Hàng hải Việt Nam và các đơn vị liên quan nghiên cứu đầu tư dự án cảng trung chuyển "
        "quốc tế tại Văn phòng",
        "các đơn vị liên quan",
        "các đơn vị liên quan",
        "other",
        True,
    ),
    (
        "004-086",
        "tế tại Văn phòng thuộc tỉnh Khánh Hoà.",
        "tỉnh Khánh Hoà",
        "tỉnh Khánh Hòa",
        "locality",
        False,
    ),
    (
        "004-087",
        "khả năng chuyển các cảng, các doanh nghiệp trực thuộc Cục Hàng hải Việt Nam về Tổng "
        "công ty Hàng hải Việt Nam nhằm",
        "các doanh nghiệp trực thuộc Cục Hàng hải Việt Nam",
        "các doanh nghiệp trực thuộc Cục Hàng hải Việt Nam",
        "enterprise",
        True,
    ),
    (
        "004-089",
        "con và phát triển thành Tập đoàn Hàng hải kinh doanh đa ngành: Tổng công ty Hàng hải "
        "Việt Nam sớm hoàn thành",
        "Tập đoàn Hàng hải",
        "Tập đoàn Hàng hải",
        "enterprise",
        False,
    ),
    (
        "004-090",
        "sớm hoàn thành chuyển đổi các doanh nghiệp nhà nước theo kế hoạch đã được Thủ tướng "
        "Chính phủ phê duyệt; tính toán cụ",
        "các doanh nghiệp nhà nước",
        "các doanh nghiệp nhà nước",
        "enterprise",
        True,
    ),
    (
        "004-091",
        "Đối với Công ty Xuất nhập khẩu vật tư đường biển: Nếu các thất thoát tồn đọng về tài "
        "chính không có khả năng",
        "Công ty Xuất nhập khẩu vật tư đường biển",
        "Công ty Xuất nhập khẩu vật tư đường biển",
        "enterprise",
        False,
    ),
    (
        "004-092",
        "phủ xin thông báo để Công ty Hàng hải Việt Nam và các cơ quan liên quan biết, thực hiện.",
        "Công ty Hàng hải Việt Nam",
        "Công ty Hàng hải Việt Nam",
        "enterprise",
        False,
    ),
    (
        "005-094",
        "ngày 10/01/2005 tại Hà Nội Bộ Thuỷ sản đã tổ chức hội nghị bàn biện pháp giải quyết tôm giống.",
        "Bộ Thuỷ sản",
        "Bộ Thủy sản",
        "ministry",
        False,
    ),
    (
        "005-095",
        "Thứ trưởng Nguyễn Việt Thắng chủ trì hội nghị.",
        "Thứ trưởng Nguyễn Việt Thắng",
        "Thứ trưởng Nguyễn Việt Thắng",
        "official",
        False,
    ),
    (
        "005-096",
        "dự gồm có lãnh đạo Sở Thuỷ sản các tỉnh nuôi tôm trọng điểm phía Nam (Kiên Giang, Cà "
        "Mau, Bạc Liêu, Bến Tre,",
        "Sở Thuỷ sản các tỉnh",
        "Sở Thủy sản các tỉnh",
        "department",
        True,
    ),
    (
        "005-097",
        "Bình Thuận) và đại diện các đơn vị thuộc Bộ Thuỷ sản (Vụ Nuôi trồng thuỷ sản, Vụ Khoa "
        "học Công nghệ,",
        "các đơn vị thuộc Bộ Thuỷ sản",
        "các đơn vị thuộc Bộ Thủy sản",
        "other",
        True,
    ),
    (
        "005-098",
        "thuộc Bộ Thuỷ sản (Vụ Nuôi trồng thuỷ sản, Vụ Khoa học Công nghệ, Vụ Kế hoạch Tài "
        "chính, Cục quản lý",
        "Vụ Nuôi trồng thuỷ sản",
        "Vụ Nuôi trồng thủy sản",
        "department",
        False,
    ),
    (
        "005-099",
        "(Vụ Nuôi trồng thuỷ sản, Vụ Khoa học Công nghệ, Vụ Kế hoạch Tài chính, Cục quản lý chất "
        "lượng, an toàn vệ",
        "Vụ Khoa học Công nghệ",
        "Vụ Khoa học Công nghệ",
        "department",
        False,
    ),
    (
        "005-100",
        "Vụ Khoa học Công nghệ, Vụ Kế hoạch Tài chính, Cục quản lý chất lượng, an toàn vệ sinh và thú y thuỷ",
        "Vụ Kế hoạch Tài chính",
        "Vụ Kế hoạch - Tài chính",
        "department",
        False,
    ),
    (
        "005-101",
        "thú y thuỷ sản (NAFIQAVED), Viện Nghiên cứu nuôi trồng thuỷ sản III, Trung tâm Khuyến "
        "ngư quốc gia, Văn phòng Bộ).",
        "Viện Nghiên cứu nuôi trồng thuỷ sản III",
        "Viện Nghiên cứu nuôi trồng thủy sản III",
        "agency",
        False,
    ),
    (
        "005-102",
        "nuôi trồng thuỷ sản III, Trung tâm Khuyến ngư quốc gia, Văn phòng Bộ).",
        "Trung tâm Khuyến ngư quốc gia",
        "Trung tâm Khuyến ngư quốc gia",
        "agency",
        False,
    ),
    (
        "005-103",
        "tâm Khuyến ngư quốc gia, Văn phòng Bộ).",
        "Văn phòng Bộ",
        "Văn phòng Bộ",
        "department",
        False,
    ),
    (
        "005-104",
        "đề nghị các địa phương, các đơn vị chức năng của Bộ cần triển khai các biện pháp quản "
        "lý thuộc thẩm quyền để",
        "các đơn vị chức năng của Bộ",
        "các đơn vị chức năng của Bộ",
        "other",
        True,
    ),
    (
        "005-105",
        "+ Phối hợp với Trung tâm Khuyến ngư Quốc gia, Nafiqaved tổ chức khảo sát để xây dựng "
        "chương trình nhập công nghệ",
        "Trung tâm Khuyến ngư Quốc gia",
        "Trung tâm Khuyến ngư Quốc gia",
        "agency",
        False,
    ),
    (
        "006-107",
        "Đảng, Nhà nước, Chính phủ, Bộ Quốc phòng về công tác quốc phòng ở một số cơ sở, cơ "
        "quan, doanh nghiệp",
        "Bộ Quốc phòng",
        "Bộ Quốc phòng",
        "ministry",
        False,
    ),
    (
        "006-108",
        "công tác quốc phòng ở các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ và các địa "
        "phương năm 2010; Chỉ thị số 19-CT / TU ngày 31/12/2009",
        "các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
        "các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
        "other",
        True,
    ),
    (
        "006-109",
        "/ TU ngày 31/12/2009 của Thành uỷ Hà Nội về lãnh đạo thực hiện nhiệm vụ quân sự, quốc phòng địa",
        "Thành uỷ",
        "Thành ủy",
        "party",
        False,
    ),
    (
        "006-110",
        "phương năm 2010, yêu cầu Uỷ ban nhân dân các Quận, Huyện, Thị xã; Thủ trưởng các Sở, "
        "Ban, Ngành của Thành phố tập trung chỉ đạo",
        "Uỷ ban nhân dân các Quận, Huyện, Thị xã",
        "Ủy ban nhân dân các Quận, Huyện, Thị xã",
        "people_committee",
        True,
    ),
    (
        "006-111",
        "các Quận, Huyện, Thị xã; Thủ trưởng các Sở, Ban, Ngành của Thành phố tập trung chỉ đạo "
        "thực hiện những nội dung chủ yếu",
        "Thủ trưởng các Sở, Ban, Ngành của Thành phố",
        "Thủ trưởng các Sở, Ban, Ngành của Thành phố",
        "official",
        True,
    ),
    (
        "006-112",
        "số 28-NQ / TW của Bộ Chính trị về xây dựng tỉnh, thành phố trực thuộc trung ương thành "
        "khu vực phòng",
        "Bộ Chính trị",
        "Bộ Chính trị",
        "party",
        False,
    ),
    (
        "006-113",
        "số 41-KL / TW của Ban Bí thư Trung ương Đảng tiếp tục thực hiện Chỉ thị số 16-CT / TW "
        "của Ban Bí thư",
        "Ban Bí thư Trung ương Đảng",
        "Ban Bí thư",
        "party",
        False,
    ),
    (
        "006-114",
        "số 16-CT / TW của Ban Bí thư Trung ương (khoá IX) về tăng cường sự lãnh đạo của Đảng "
        "đối với lực lượng",
        "Ban Bí thư Trung ương",
        "Ban Bí thư",
        "party",
        False,
    ),
    (
        "006-115",
        "uỷ, Hội đồng nhân dân, Uỷ ban nhân dân Thành phố, để việc triển khai thực hiện nhiệm vụ "
        "quốc phòng địa phương đồng",
        "Uỷ ban nhân dân Thành phố",
        "Ủy ban nhân dân Thành phố",
        "people_committee",
        False,
    ),
    (
        "006-117",
        "3 của thành phố và các Bộ, ngành Trung ương.",
        "các Bộ, ngành Trung ương",
        "các Bộ, ngành Trung ương",
        "other",
        True,
    ),
    (
        "006-118",
        "viên thanh niên, Hội viên các đoàn thể.",
        "các đoàn thể",
        "các đoàn thể",
        "organisation",
        True,
    ),
    (
        "006-119",
        "Sở Giáo dục và Đào tạo tổ chức đào tạo ngắn giáo viên giáo dục quốc phòng - an ninh,",
        "Sở Giáo dục và Đào tạo",
        "Sở Giáo dục và Đào tạo",
        "department",
        False,
    ),
    (
        "006-122",
        "phòng trong Trường Quân sự Bộ Tư lệnh Thủ đô Hà Nội, theo Quyết định số 638/QĐ-TTg ngày "
        "21/5/2009 của Thủ tướng Chính phủ, sớm",
        "Bộ Tư lệnh Thủ đô Hà Nội",
        "Bộ Tư lệnh Thủ đô Hà Nội",
        "agency",
        False,
    ),
    (
        "006-123",
        "bố trí đủ cán bộ Ban Chỉ huy quân sự cấp xã gồm 4 chức danh theo quy định của Luật Dân "
        "quân tự vệ, coi",
        "Ban Chỉ huy quân sự cấp xã",
        "Ban Chỉ huy quân sự cấp xã",
        "agency",
        False,
    ),
    (
        "006-125",
        "Ban Chỉ huy quân sự các sở, ban, ngành, đoàn thể chính trị của thành phố, quận, huyện, "
        "thị xã và cơ quan, tổ chức",
        "các sở, ban, ngành, đoàn thể",
        "các sở, ban, ngành, đoàn thể",
        "department",
        True,
    ),
    (
        "007-126",
        "tháng 9 năm 2006 của Uỷ ban nhân dân thành phố về phê duyệt Chương trình hoàn thiện và "
        "nâng cao hiệu quả công tác",
        "Uỷ ban nhân dân thành phố",
        "Ủy ban nhân dân thành phố",
        "people_committee",
        False,
    ),
    (
        "007-127",
        "công tác pháp chế của các sở, ban, ngành chưa được chú trọng đúng mức v.v...",
        "các sở, ban, ngành",
        "các sở, ban, ngành",
        "department",
        True,
    ),
    (
        "007-128",
        "Thủ trưởng các sở, ban, ngành; Chủ tịch Uỷ ban nhân dân quận - huyện có trách nhiệm:",
        "Thủ trưởng các sở, ban, ngành",
        "Thủ trưởng các sở, ban, ngành",
        "official",
        True,
    ),
    (
        "007-129",
        "trưởng các sở, ban, ngành; Chủ tịch Uỷ ban nhân dân quận - huyện có trách nhiệm:",
        "Chủ tịch Uỷ ban nhân dân quận - huyện",
        "Chủ tịch Ủy ban nhân dân quận, huyện",
        "official",
        True,
    ),
    (
        "007-130",
        "các sở, ban, ngành và Uỷ ban nhân dân quận - huyện gửi Uỷ ban nhân dân thành phố.",
        "Uỷ ban nhân dân quận - huyện",
        "Ủy ban nhân dân quận, huyện",
        "people_committee",
        True,
    ),
    (
        "007-131",
        "năm sau phải gửi về Văn phòng Uỷ ban nhân dân thành phố và Sở Tư pháp trước ngày 01 "
        "tháng 12 của năm trước.",
        "Văn phòng Uỷ ban nhân dân thành phố",
        "Văn phòng Ủy ban nhân dân thành phố",
        "agency",
        False,
    ),
    (
        "007-132",
        "chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ lập dự kiến Chương trình lập quy và trình Uỷ",
        "Sở Tài chính",
        "Sở Tài chính",
        "department",
        False,
    ),
    (
        "007-133",
        "hợp với Sở Tài chính, Sở Nội vụ lập dự kiến Chương trình lập quy và trình Uỷ ban nhân dân thành",
        "Sở Nội vụ",
        "Sở Nội vụ",
        "department",
        False,
    ),
    (
        "007-134",
        "thông tin điện tử của cơ quan, đơn vị mình hoặc cơ quan có thẩm quyền ban hành văn bản để lấy ý",
        "cơ quan, đơn vị",
        "cơ quan, đơn vị",
        "other",
        True,
    ),
    (
        "007-135",
        "đến các cá nhân do Uỷ ban Mặt trận Tổ quốc Việt Nam thành phố trực tiếp vận động (các "
        "chức sắc tôn giáo, nhân sĩ, trí thức tiêu",
        "Uỷ ban Mặt trận Tổ quốc Việt Nam thành phố",
        "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
        "organisation",
        False,
    ),
    (
        "007-136",
        "c) Các ngành, các cấp khi được đề nghị tham gia ý kiến vào dự thảo văn bản có",
        "Các ngành, các cấp",
        "Các ngành, các cấp",
        "other",
        True,
    ),
    (
        "007-137",
        "công việc được giao cho sở, ban, ngành, địa phương mình.",
        "sở, ban, ngành",
        "sở, ban, ngành",
        "department",
        True,
    ),
    (
        "007-138",
        "thẩm định văn bản (Sở Tư pháp thành phố, Phòng Tư pháp quận - huyện) phải đảm bảo khách "
        "quan, văn bản",
        "Sở Tư pháp thành phố",
        "Sở Tư pháp thành phố",
        "department",
        False,
    ),
    (
        "007-139",
        "(Sở Tư pháp thành phố, Phòng Tư pháp quận - huyện) phải đảm bảo khách quan, văn bản "
        "thẩm định phải đảm bảo chất",
        "Phòng Tư pháp quận - huyện",
        "Phòng Tư pháp quận, huyện",
        "department",
        True,
    ),
    (
        "007-140",
        "ban nhân dân ban hành, Thủ trưởng các ngành, các cấp phải thực hiện nghiêm túc và đầy "
        "đủ các nội dung đã được quy",
        "Thủ trưởng các ngành, các cấp",
        "Thủ trưởng các ngành, các cấp",
        "official",
        True,
    ),
    (
        "007-141",
        "ban nhân dân thành phố, Văn phòng Uỷ ban nhân dân quận - huyện có trách nhiệm rà soát "
        "và hoàn trả lại hồ sơ cho cơ quan",
        "Văn phòng Uỷ ban nhân dân quận - huyện",
        "Văn phòng Ủy ban nhân dân quận, huyện",
        "agency",
        True,
    ),
    (
        "007-142",
        "liên quan phối hợp với Phòng Tư pháp thường xuyên tự kiểm tra, rà soát văn bản quy phạm "
        "pháp luật do",
        "Phòng Tư pháp",
        "Phòng Tư pháp",
        "department",
        False,
    ),
    (
        "007-143",
        "kiểm tra văn bản do Uỷ ban nhân dân phường - xã, thị trấn ban hành.",
        "Uỷ ban nhân dân phường - xã, thị trấn",
        "Ủy ban nhân dân phường, xã, thị trấn",
        "people_committee",
        True,
    ),
    (
        "008-144",
        "hình cáp trên địa bàn tỉnh đồng nai",
        "tỉnh đồng nai",
        "tỉnh Đồng Nai",
        "locality",
        False,
    ),
    (
        "008-145",
        "số 10/2005/CT-BBCVT ngày 30/9/2005 của Bộ Bưu chính, Viễn thông (nay là Bộ Thông tin và "
        "Truyền thông) về việc đảm bảo nâng cao",
        "Bộ Bưu chính, Viễn thông",
        "Bộ Bưu chính, Viễn thông",
        "ministry",
        False,
    ),
    (
        "008-146",
        "chính, Viễn thông (nay là Bộ Thông tin và Truyền thông) về việc đảm bảo nâng cao chất "
        "lượng dịch vụ viễn thông, Uỷ",
        "Bộ Thông tin và Truyền thông",
        "Bộ Thông tin và Truyền thông",
        "ministry",
        False,
    ),
    (
        "008-147",
        "lượng dịch vụ viễn thông, Uỷ ban nhân dân tỉnh chỉ thị:",
        "Uỷ ban nhân dân tỉnh",
        "Ủy ban nhân dân tỉnh",
        "people_committee",
        False,
    ),
    (
        "008-148",
        "1. Sở Thông tin và Truyền thông:",
        "Sở Thông tin và Truyền thông",
        "Sở Thông tin và Truyền thông",
        "department",
        False,
    ),
    (
        "008-149",
        "Chủ trì phối hợp với Sở Xây dựng, Sở Giao thông Vận tải, Uỷ ban nhân dân các huyện, thị xã",
        "Sở Xây dựng",
        "Sở Xây dựng",
        "department",
        False,
    ),
    (
        "008-150",
        "hợp với Sở Xây dựng, Sở Giao thông Vận tải, Uỷ ban nhân dân các huyện, thị xã Long "
        "Khánh, thành phố Biên",
        "Sở Giao thông Vận tải",
        "Sở Giao thông vận tải",
        "department",
        False,
    ),
    (
        "008-151",
        "Sở Giao thông Vận tải, Uỷ ban nhân dân các huyện, thị xã Long Khánh, thành phố Biên Hoà "
        "và các ngành, đơn vị liên quan dự",
        "Uỷ ban nhân dân các huyện, thị xã Long Khánh, thành phố Biên Hoà",
        "Ủy ban nhân dân các huyện, thị xã Long Khánh, thành phố Biên Hòa",
        "people_committee",
        True,
    ),
    (
        "008-152",
        "Chủ động phối hợp với các ngành chức năng tăng cường công tác thanh tra, kiểm tra việc "
        "chấp hành các quy định",
        "các ngành chức năng",
        "các ngành chức năng",
        "other",
        True,
    ),
    (
        "008-153",
        "2. Các doanh nghiệp viễn thông và truyền hình cáp hoạt động kinh doanh trên địa bàn tỉnh:",
        "Các doanh nghiệp",
        "Các doanh nghiệp",
        "enterprise",
        True,
    ),
    (
        "008-154",
        "Phối hợp chặt chẽ với các cơ quan chức năng ở địa phương để kịp thời nắm bắt các quy "
        "hoạch, kế hoạch xây dựng các khu",
        "các cơ quan chức năng ở địa phương",
        "các cơ quan chức năng ở địa phương",
        "other",
        True,
    ),
    (
        "008-155",
        "4. Đối với các Sở: Kế hoạch và Đầu tư, Xây dựng, Giao thông Vận tải, Công thương, Tài "
        "nguyên và Môi trường;",
        "các Sở: Kế hoạch và Đầu tư",
        "Sở Kế hoạch và Đầu tư",
        "department",
        False,
    ),
    (
        "008-160",
        "Các sở, ban, ngành, cơ quan, đơn vị có liên quan; Uỷ ban nhân dân các huyện,",
        "Các sở, ban, ngành, cơ quan, đơn vị có liên quan",
        "Các sở, ban, ngành, cơ quan, đơn vị có liên quan",
        "department",
        True,
    ),
    (
        "009-162",
        "siêu năm 2010, theo đó các Bộ, ngành, địa phương xác định nhiệm vụ nâng cao chất lượng "
        "tăng trưởng, đẩy mạnh xuất khẩu",
        "các Bộ, ngành, địa phương",
        "các Bộ, ngành, địa phương",
        "other",
        True,
    ),
    (
        "009-163",
        "Bộ trưởng Bộ Công Thương yêu cầu các đơn vị thuộc Bộ triển khai thực hiện những nhiệm vụ",
        "Bộ trưởng Bộ Công Thương",
        "Bộ trưởng Bộ Công Thương",
        "official",
        False,
    ),
    (
        "009-164",
        "1.1. Thứ trưởng Nguyễn Thành Biên phối hợp với các đồng chí Thứ trưởng khác có liên quan chỉ đạo:",
        "Thứ trưởng Nguyễn Thành Biên",
        "Thứ trưởng Nguyễn Thành Biên",
        "official",
        False,
    ),
    (
        "009-165",
        "a) Vụ Xuất nhập khẩu chủ trì, phối hợp với các Vụ: Kế hoạch, Công nghiệp nhẹ, Công nghiệp",
        "Vụ Xuất nhập khẩu",
        "Vụ Xuất nhập khẩu",
        "department",
        False,
    ),
    (
        "009-166",
        "sách thương mại đa biên, các Vụ Thị trường ngoài nước, Cục Hoá chất, Cục Xúc tiến "
        "thương mại và các Thương vụ",
        "các Vụ Thị trường ngoài nước",
        "Vụ Thị trường ngoài nước",
        "department",
        True,
    ),
    (
        "009-167",
        "Vụ Thị trường ngoài nước, Cục Hoá chất, Cục Xúc tiến thương mại và các Thương vụ của Việt Nam tại",
        "Cục Hoá chất",
        "Cục Hóa chất",
        "department",
        False,
    ),
    (
        "009-168",
        "ngoài nước, Cục Hoá chất, Cục Xúc tiến thương mại và các Thương vụ của Việt Nam tại "
        "nước ngoài, Sở Công Thương các",
        "Cục Xúc tiến thương mại",
        "Cục Xúc tiến thương mại",
        "department",
        False,
    ),
    (
        "009-169",
        "Việt Nam tại nước ngoài, Sở Công Thương các địa phương, các đơn vị hữu quan của Bộ Tài "
        "chính, Bộ Kế hoạch và",
        "Sở Công Thương các địa phương",
        "Sở Công Thương các địa phương",
        "department",
        True,
    ),
    (
        "009-170",
        "đơn vị hữu quan của Bộ Tài chính, Bộ Kế hoạch và Đầu tư, Bộ Nông nghiệp và Phát triển nông",
        "Bộ Tài chính",
        "Bộ Tài chính",
        "ministry",
        False,
    ),
    (
        "009-171",
        "quan của Bộ Tài chính, Bộ Kế hoạch và Đầu tư, Bộ Nông nghiệp và Phát triển nông thôn, "
        "Ngân hàng nhà nước Việt",
        "Bộ Kế hoạch và Đầu tư",
        "Bộ Kế hoạch và Đầu tư",
        "ministry",
        False,
    ),
    (
        "009-172",
        "Kế hoạch và Đầu tư, Bộ Nông nghiệp và Phát triển nông thôn, Ngân hàng nhà nước Việt "
        "Nam, triển khai gấp các công việc sau:",
        "Bộ Nông nghiệp và Phát triển nông thôn",
        "Bộ Nông nghiệp và Phát triển nông thôn",
        "ministry",
        False,
    ),
    (
        "009-173",
        "và Phát triển nông thôn, Ngân hàng nhà nước Việt Nam, triển khai gấp các công việc sau:",
        "Ngân hàng nhà nước Việt Nam",
        "Ngân hàng Nhà nước Việt Nam",
        "agency",
        False,
    ),
    (
        "009-174",
        "hợp với đơn vị của các Bộ quản lý chuyên ngành và các địa phương làm việc với các Tập đoàn,",
        "các Bộ",
        "Bộ",
        "ministry",
        True,
    ),
    (
        "009-175",
        "địa phương làm việc với các Tập đoàn, Tổng công ty và các Hiệp hội ngành hàng lớn, các "
        "doanh nghiệp có vốn đầu tư",
        "các Tập đoàn, Tổng công ty",
        "các Tập đoàn, Tổng công ty",
        "enterprise",
        True,
    ),
    (
        "009-176",
        "- Với Vụ Thị trường ngoài nước, Vụ Chính sách thương mại đa biên, các Sở Công Thương tiếp",
        "Vụ Thị trường ngoài nước",
        "Vụ Thị trường ngoài nước",
        "department",
        False,
    ),
    (
        "009-177",
        "Vụ Thị trường ngoài nước, Vụ Chính sách thương mại đa biên, các Sở Công Thương tiếp tục "
        "tổ chức các lớp tập huấn tại",
        "Vụ Chính sách thương mại đa biên",
        "Vụ Chính sách thương mại đa biên",
        "department",
        False,
    ),
    (
        "009-178",
        "sách thương mại đa biên, các Sở Công Thương tiếp tục tổ chức các lớp tập huấn tại một "
        "số địa phương để",
        "các Sở Công Thương",
        "Sở Công Thương",
        "department",
        True,
    ),
    (
        "009-179",
        "Vụ, Cục trong Bộ và các Bộ, ngành liên quan phân tích, đánh giá những cơ hội và thách "
        "thức của các Hiệp định",
        "các Bộ, ngành liên quan",
        "các Bộ, ngành liên quan",
        "other",
        True,
    ),
    (
        "009-180",
        "đơn vị liên quan của các Bộ: Tài chính, Xây dựng, Nông nghiệp và Phát triển nông thôn, "
        "Y tế, Khoa học",
        "các Bộ: Tài chính",
        "Bộ Tài chính",
        "ministry",
        False,
    ),
    (
        "009-181",
        "của các Bộ: Tài chính, Xây dựng, Nông nghiệp và Phát triển nông thôn, Y tế, Khoa học và Công",
        "Xây dựng",
        "Bộ Xây dựng",
        "ministry",
        False,
    ),
    (
        "009-186",
        "hàng Nhà nước Việt Nam, Tổng cục Hải quan:",
        "Tổng cục Hải quan",
        "Tổng cục Hải quan",
        "department",
        False,
    ),
    (
        "009-187",
        "và Phát triển nông thôn, Bộ Y tế, Bộ Khoa học và Công nghệ để tăng cường biện pháp kiểm tra,",
        "Bộ Y tế",
        "Bộ Y tế",
        "ministry",
        False,
    ),
    (
        "009-188",
        "nông thôn, Bộ Y tế, Bộ Khoa học và Công nghệ để tăng cường biện pháp kiểm tra, kiểm "
        "soát chất lượng hàng hoá tại",
        "Bộ Khoa học và Công nghệ",
        "Bộ Khoa học và Công nghệ",
        "ministry",
        False,
    ),
    (
        "009-189",
        "2.2. Thứ trưởng Bùi Xuân Khu phối hợp với các Thứ trưởng Đỗ Hữu Hào, Lê Dương Quang và Nguyễn",
        "Thứ trưởng Bùi Xuân Khu",
        "Thứ trưởng Bùi Xuân Khu",
        "official",
        False,
    ),
    (
        "009-190",
        "Xuân Khu phối hợp với các Thứ trưởng Đỗ Hữu Hào, Lê Dương Quang và Nguyễn Nam Hải chỉ đạo:",
        "các Thứ trưởng Đỗ Hữu Hào",
        "Thứ trưởng Đỗ Hữu Hào",
        "official",
        True,
    ),
    (
        "009-191",
        "a) Vụ Công nghiệp nặng chủ trì, phối hợp với các Vụ: Công nghiệp nhẹ, Năng lượng, Thị trường",
        "Vụ Công nghiệp nặng",
        "Vụ Công nghiệp nặng",
        "department",
        False,
    ),
    (
        "009-192",
        "trường trong nước: Chỉ đạo các Tập đoàn, Tổng Công ty nhà nước thuộc Bộ Công Thương đẩy "
        "mạnh thực hiện các Kế hoạch, Chương trình sản",
        "các Tập đoàn, Tổng Công ty nhà nước thuộc Bộ Công Thương",
        "các Tập đoàn, Tổng Công ty nhà nước thuộc Bộ Công Thương",
        "enterprise",
        True,
    ),
    (
        "009-193",
        "Công ty nhà nước thuộc Bộ Công Thương đẩy mạnh thực hiện các Kế hoạch, Chương trình sản "
        "xuất máy móc, thiết",
        "Bộ Công Thương",
        "Bộ Công Thương",
        "ministry",
        False,
    ),
    (
        "009-194",
        "b) Vụ Kế hoạch chủ trì, phối hợp với các Vụ: Công nghiệp nặng, Công nghiệp nhẹ, Năng",
        "Vụ Kế hoạch",
        "Vụ Kế hoạch",
        "department",
        False,
    ),
    (
        "009-195",
        "2.3. Thứ trưởng Nguyễn Cẩm Tú phối hợp với Thứ trưởng Nguyễn Thành Biên chỉ đạo:",
        "Thứ trưởng Nguyễn Cẩm Tú",
        "Thứ trưởng Nguyễn Cẩm Tú",
        "official",
        False,
    ),
    (
        "009-196",
        "a) Vụ Thương mại miền núi chủ trì, phối hợp với Vụ Xuất nhập khẩu và Vụ Thị trường trong",
        "Vụ Thương mại miền núi",
        "Vụ Thương mại miền núi",
        "department",
        False,
    ),
    (
        "009-197",
        "b) Cục Quản lý thị trường chủ trì, phối hợp với các cơ quan liên quan kiểm tra, kiểm soát",
        "Cục Quản lý thị trường",
        "Cục Quản lý thị trường",
        "department",
        False,
    ),
    (
        "009-198",
        "2.4. Thứ trưởng Đỗ Hữu Hào phối hợp với Thứ trưởng Nguyễn Thành Biên chỉ đạo Vụ Khoa học và",
        "Thứ trưởng Đỗ Hữu Hào",
        "Thứ trưởng Đỗ Hữu Hào",
        "official",
        False,
    ),
    (
        "009-199",
        "Nguyễn Thành Biên chỉ đạo Vụ Khoa học và Công nghệ chủ trì, phối hợp với các Vụ, Cục "
        "liên quan trong Bộ, phối hợp",
        "Vụ Khoa học và Công nghệ",
        "Vụ Khoa học và Công nghệ",
        "department",
        False,
    ),
    (
        "010-200",
        "tháng 12 năm 2009 của Uỷ ban nhân dân thành phố Hồ Chí Minh về việc tăng cường hoạt "
        "động phòng, chống tác hại thuốc lá.",
        "Uỷ ban nhân dân thành phố Hồ Chí Minh",
        "Ủy ban nhân dân Thành phố Hồ Chí Minh",
        "people_committee",
        False,
    ),
    (
        "010-201",
        "Uỷ ban nhân dân quận yêu cầu các phòng, ban, ngành, Uỷ ban nhân dân 11 phường, Mặt trận,",
        "Uỷ ban nhân dân quận",
        "Ủy ban nhân dân quận",
        "people_committee",
        False,
    ),
    (
        "010-202",
        "quan, nhà trường, nhà trẻ, các cơ sở y tế, nhà văn hoá, nhà biểu diễn, các khu vực sản xuất, nơi có",
        "các cơ sở y tế",
        "các cơ sở y tế",
        "other",
        True,
    ),
    (
        "010-203",
        "2.1 Phòng Y tế:",
        "Phòng Y tế",
        "Phòng Y tế",
        "department",
        False,
    ),
    (
        "010-205",
        "2.2 Phòng Văn hoá - Thông tin:",
        "Phòng Văn hoá - Thông tin",
        "Phòng Văn hóa - Thông tin",
        "department",
        False,
    ),
    (
        "010-206",
        "2.3 Phòng Giáo dục - Đào tạo:",
        "Phòng Giáo dục - Đào tạo",
        "Phòng Giáo dục - Đào tạo",
        "department",
        False,
    ),
    (
        "010-207",
        "2.4 Phòng Kinh tế, Công an Kinh tế, Đội Quản lý thị trường 12 B:",
        "Phòng Kinh tế",
        "Phòng Kinh tế",
        "department",
        False,
    ),
    (
        "010-208",
        "2.4 Phòng Kinh tế, Công an Kinh tế, Đội Quản lý thị trường 12 B:",
        "Công an Kinh tế",
        "Công an Kinh tế",
        "agency",
        False,
    ),
    (
        "010-209",
        "2.5 Phòng Tài chính - Kế hoạch:",
        "Phòng Tài chính - Kế hoạch",
        "Phòng Tài chính - Kế hoạch",
        "department",
        False,
    ),
    (
        "010-210",
        "2.7 Đề nghị Uỷ ban Mặt trận Tổ quốc Việt Nam và các đoàn thể quận phối hợp với ngành y "
        "tế quận và các",
        "Uỷ ban Mặt trận Tổ quốc Việt Nam",
        "Ủy ban Mặt trận Tổ quốc Việt Nam",
        "organisation",
        False,
    ),
    (
        "010-211",
        "ngành y tế quận và các cơ quan nhà nước có liên quan vận động các tầng lớp nhân dân "
        "tham gia, hưởng ứng tích cực vào",
        "các cơ quan nhà nước có liên quan",
        "các cơ quan nhà nước có liên quan",
        "other",
        True,
    ),
    (
        "010-212",
        "nhân dân quận đề nghị Thủ trưởng các đơn vị và các đoàn thể quận triển khai thực hiện "
        "nghiêm túc công văn này.",
        "Thủ trưởng các đơn vị",
        "Thủ trưởng các đơn vị",
        "official",
        True,
    ),
    (
        "011-213",
        "dân thành phố chỉ thị Thủ trưởng các sở, ban, ngành, đoàn thể, các cơ quan đơn vị thuộc "
        "thành phố, Chủ tịch Uỷ ban nhân",
        "Thủ trưởng các sở, ban, ngành, đoàn thể",
        "Thủ trưởng các sở, ban, ngành, đoàn thể",
        "official",
        True,
    ),
    (
        "011-214",
        "đơn vị thuộc thành phố, Chủ tịch Uỷ ban nhân dân các quận, huyện tổ chức phát động các "
        "phong trào thi đua trong năm 2010 để thực",
        "Chủ tịch Uỷ ban nhân dân các quận, huyện",
        "Chủ tịch Ủy ban nhân dân các quận, huyện",
        "official",
        True,
    ),
    (
        "011-215",
        "Nghị quyết số 28/2009/NQ-HĐND của Hội đồng nhân dân thành phố về nhiệm vụ kinh tế - xã "
        "hội năm 2010, Quyết định số 04/2010/QĐ-UBND",
        "Hội đồng nhân dân thành phố",
        "Hội đồng nhân dân thành phố",
        "agency",
        False,
    ),
    (
        "011-216",
        "2. Thủ trưởng các sở - ngành, Chủ tịch Uỷ ban nhân dân các quận - huyện căn cứ tình",
        "Thủ trưởng các sở - ngành",
        "Thủ trưởng các sở, ngành",
        "official",
        True,
    ),
    (
        "011-217",
        "trưởng các sở - ngành, Chủ tịch Uỷ ban nhân dân các quận - huyện căn cứ tình hình thực "
        "tiễn và nhiệm vụ chính trị của từng địa",
        "Chủ tịch Uỷ ban nhân dân các quận - huyện",
        "Chủ tịch Ủy ban nhân dân các quận, huyện",
        "official",
        True,
    ),
    (
        "011-218",
        "công chức, đặc biệt là người đứng đầu cơ quan, đơn vị phải tự giác thực hành đạo đức "
        "bằng những việc làm cụ thể, thường",
        "người đứng đầu cơ quan, đơn vị",
        "Người đứng đầu cơ quan, đơn vị",
        "official",
        True,
    ),
    (
        "011-219",
        "Các sở - ngành, từng cơ quan, đơn vị, địa phương xây dựng kế hoạch, đề ra",
        "Các sở - ngành",
        "Các sở, ngành",
        "department",
        True,
    ),
    (
        "011-220",
        "chất lượng hoạt động của Hội đồng Thi đua - Khen thưởng các cấp; từng bước đưa hoạt "
        "động cụm, khối thi đua vào nề nếp,",
        "Hội đồng Thi đua - Khen thưởng các cấp",
        "Hội đồng Thi đua - Khen thưởng các cấp",
        "agency",
        True,
    ),
    (
        "011-221",
        "dân các quận - huyện, Chủ tịch Hội đồng Quản trị, Tổng Giám đốc các doanh nghiệp trực "
        "thuộc tham mưu Cấp uỷ đảng",
        "Chủ tịch Hội đồng Quản trị",
        "Chủ tịch Hội đồng quản trị",
        "official",
        False,
    ),
    (
        "011-222",
        "tịch Hội đồng Quản trị, Tổng Giám đốc các doanh nghiệp trực thuộc tham mưu Cấp uỷ đảng "
        "cùng cấp tập trung lãnh đạo, chỉ đạo việc",
        "Tổng Giám đốc các doanh nghiệp trực thuộc",
        "Tổng Giám đốc các doanh nghiệp trực thuộc",
        "official",
        True,
    ),
    (
        "011-223",
        "nghiệp trực thuộc tham mưu Cấp uỷ đảng cùng cấp tập trung lãnh đạo, chỉ đạo việc tổ "
        "chức, xây dựng và",
        "Cấp uỷ đảng cùng cấp",
        "Cấp ủy đảng cùng cấp",
        "party",
        True,
    ),
    (
        "011-224",
        "tịch Hội đồng Quản trị, Tổng Giám đốc các doanh nghiệp thuộc thành phố:",
        "Tổng Giám đốc các doanh nghiệp thuộc thành phố",
        "Tổng Giám đốc các doanh nghiệp thuộc thành phố",
        "official",
        True,
    ),
    (
        "011-225",
        "3. Thủ trưởng các cơ quan, đơn vị, địa phương chủ động phối hợp chặt chẽ với Uỷ ban Mặt "
        "trận Tổ quốc Việt",
        "Thủ trưởng các cơ quan, đơn vị, địa phương",
        "Thủ trưởng các cơ quan, đơn vị, địa phương",
        "official",
        True,
    ),
    (
        "011-226",
        "tổ chức chính trị và các tổ chức chính trị - xã hội, các tổ chức xã hội, xã hội - nghề "
        "nghiệp cùng cấp xác",
        "các tổ chức chính trị - xã hội",
        "các tổ chức chính trị - xã hội",
        "organisation",
        True,
    ),
    (
        "011-227",
        "chính trị - xã hội, các tổ chức xã hội, xã hội - nghề nghiệp cùng cấp xác định các biện pháp nhằm",
        "các tổ chức xã hội, xã hội - nghề nghiệp cùng cấp",
        "các tổ chức xã hội, xã hội - nghề nghiệp cùng cấp",
        "other",
        True,
    ),
    (
        "011-228",
        "Giao Sở Nội vụ (Ban Thi đua - Khen thưởng) có nhiệm vụ:",
        "Ban Thi đua - Khen thưởng",
        "Ban Thi đua - Khen thưởng",
        "agency",
        False,
    ),
    (
        "011-229",
        "a) Phối hợp với Ban Tuyên giáo Thành uỷ, Sở Văn hoá, Thể thao và Du lịch, Sở Thông tin và Truyền",
        "Ban Tuyên giáo Thành uỷ",
        "Ban Tuyên giáo Thành ủy",
        "party",
        False,
    ),
    (
        "011-230",
        "Ban Tuyên giáo Thành uỷ, Sở Văn hoá, Thể thao và Du lịch, Sở Thông tin và Truyền thông, "
        "Báo Sài gòn Giải phóng, Đài Truyền",
        "Sở Văn hoá, Thể thao và Du lịch",
        "Sở Văn hóa, Thể thao và Du lịch",
        "department",
        False,
    ),
    (
        "011-231",
        "Báo Sài gòn Giải phóng, Đài Truyền hình thành phố, Đài Tiếng nói nhân dân thành phố và "
        "các cơ quan truyền thông",
        "Đài Truyền hình thành phố",
        "Đài Truyền hình thành phố",
        "agency",
        False,
    ),
    (
        "011-232",
        "Đài Truyền hình thành phố, Đài Tiếng nói nhân dân thành phố và các cơ quan truyền thông "
        "trên địa bàn thành phố tổ chức tuyên",
        "Đài Tiếng nói nhân dân thành phố",
        "Đài Tiếng nói nhân dân thành phố",
        "agency",
        False,
    ),
    (
        "011-233",
        "hợp với các thành viên Hội đồng Thi đua và Khen thưởng thành phố tổ chức kiểm tra, đôn "
        "đốc và báo cáo thường xuyên, kịp thời về",
        "các thành viên Hội đồng Thi đua và Khen thưởng thành phố",
        "Thành viên Hội đồng Thi đua và Khen thưởng thành phố",
        "official",
        True,
    ),
    (
        "012-234",
        "1. Các Tập đoàn, Tổng Công ty, Công ty thuộc phạm vi quản lý nhà nước của Bộ, các doanh",
        "Các Tập đoàn, Tổng Công ty, Công ty",
        "Tập đoàn, Tổng công ty, Công ty",
        "enterprise",
        True,
    ),
    (
        "012-235",
        "a) Rà soát; thống kê các cơ sở sản xuất, kinh doanh và sử dụng hoá chất do Tập đoàn, "
        "Tổng công ty, Công ty quản",
        "các cơ sở sản xuất, kinh doanh",
        "các cơ sở sản xuất, kinh doanh",
        "enterprise",
        True,
    ),
    (
        "012-236",
        "Chủ trì phối hợp với các đơn vị có liên quan đẩy mạnh công tác quản lý an toàn trong "
        "sản xuất, kinh doanh và",
        "các đơn vị có liên quan",
        "các đơn vị có liên quan",
        "other",
        True,
    ),
    (
        "013-237",
        "hành án; phối hợp với Viện kiểm sát nhân dân tối cao, Toà án nhân dân tối cao quản lý "
        "nhà nước đối với công",
        "Viện kiểm sát nhân dân tối cao",
        "Viện kiểm sát nhân dân tối cao",
        "agency",
        False,
    ),
    (
        "013-238",
        "sát nhân dân tối cao, Toà án nhân dân tối cao quản lý nhà nước đối với công tác bồi "
        "thường thiệt hại trong hoạt",
        "Toà án nhân dân tối cao",
        "Tòa án nhân dân tối cao",
        "agency",
        False,
    ),
    (
        "013-239",
        "trong hoạt động tố tụng, Bộ trưởng Bộ Tư pháp chỉ thị:",
        "Bộ trưởng Bộ Tư pháp",
        "Bộ trưởng Bộ Tư pháp",
        "official",
        False,
    ),
    (
        "013-240",
        "các đơn vị thuộc Bộ, Cục trưởng Cục Thi hành án dân sự cấp tỉnh, Chi cục trưởng Chi cục "
        "Thi hành án dân sự cấp huyện, trong",
        "Cục trưởng Cục Thi hành án dân sự cấp tỉnh",
        "Cục trưởng Cục Thi hành án dân sự cấp tỉnh",
        "official",
        False,
    ),
    (
        "013-241",
        "dân sự cấp tỉnh, Chi cục trưởng Chi cục Thi hành án dân sự cấp huyện, trong phạm vi "
        "chức năng, nhiệm vụ, quyền hạn của mình có trách",
        "Chi cục trưởng Chi cục Thi hành án dân sự cấp huyện",
        "Chi cục trưởng Chi cục Thi hành án dân sự cấp huyện",
        "official",
        False,
    ),
    (
        "013-242",
        "d) Phối hợp với Vụ Pháp luật dân sự - kinh tế trong việc giải quyết các vấn đề pháp lý phát sinh",
        "Vụ Pháp luật dân sự - kinh tế",
        "Vụ Pháp luật dân sự - kinh tế",
        "department",
        False,
    ),
    (
        "013-243",
        "Chủ trì, phối hợp với Vụ Tổ chức cán bộ, Tổng cục Thi hành án dân sự và các đơn vị liên quan",
        "Vụ Tổ chức cán bộ",
        "Vụ Tổ chức cán bộ",
        "department",
        False,
    ),
    (
        "013-244",
        "Vụ Tổ chức cán bộ, Tổng cục Thi hành án dân sự và các đơn vị liên quan tham mưu, đề "
        "xuất đầu mối giúp Bộ",
        "Tổng cục Thi hành án dân sự",
        "Tổng cục Thi hành án dân sự",
        "department",
        False,
    ),
    (
        "013-245",
        "4. Vụ Phổ biến, giáo dục pháp luật",
        "Vụ Phổ biến",
        "Vụ Phổ biến",
        "department",
        False,
    ),
    (
        "013-246",
        "các đơn vị liên quan, các Sở Tư pháp và tổ chức pháp chế thuộc Bộ, cơ quan ngang Bộ và cơ quan",
        "các Sở Tư pháp",
        "Sở Tư pháp",
        "department",
        True,
    ),
    (
        "013-247",
        "6. Vụ Kế hoạch - tài chính",
        "Vụ Kế hoạch - tài chính",
        "Vụ Kế hoạch - Tài chính",
        "department",
        False,
    ),
    (
        "013-248",
        "Tham mưu, đề xuất với Uỷ ban nhân dân cấp tỉnh trong việc tổ chức thi hành Luật theo "
        "Chỉ thị số 1565/CT-TTg ngày 06",
        "Uỷ ban nhân dân cấp tỉnh",
        "Ủy ban nhân dân cấp tỉnh",
        "people_committee",
        False,
    ),
    (
        "013-249",
        "nhân dân cấp tỉnh và các cơ quan nhà nước có thẩm quyền về các giải pháp cải cách hành "
        "chính, nâng cao trách",
        "các cơ quan nhà nước có thẩm quyền",
        "các cơ quan nhà nước có thẩm quyền",
        "other",
        True,
    ),
    (
        "013-250",
        "quả trong hoạt động của các cơ quan nhà nước tại địa phương.",
        "các cơ quan nhà nước tại địa phương",
        "các cơ quan nhà nước tại địa phương",
        "other",
        True,
    ),
    (
        "013-251",
        "Tham mưu, đề xuất với Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ "
        "trong việc tổ chức thi hành Luật theo",
        "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
        "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
        "official",
        True,
    ),
    (
        "013-252",
        "vụ để kiến nghị với Bộ trưởng, thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ và "
        "các cơ quan nhà nước có thẩm",
        "Bộ trưởng, thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
        "Bộ trưởng, thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
        "official",
        True,
    ),
    (
        "013-254",
        "cơ quan thuộc Chính phủ, Cục trưởng Cục Thi hành án dân sự, Chi Cục trưởng Chi cục Thi "
        "hành án dân sự có trách nhiệm",
        "Cục trưởng Cục Thi hành án dân sự",
        "Cục trưởng Cục Thi hành án dân sự",
        "official",
        False,
    ),
    (
        "013-255",
        "hành án dân sự, Chi Cục trưởng Chi cục Thi hành án dân sự có trách nhiệm thực hiện Chỉ thị này.",
        "Chi Cục trưởng Chi cục Thi hành án dân sự",
        "Chi Cục trưởng Chi cục Thi hành án dân sự",
        "official",
        False,
    ),
    (
        "013-256",
        "Vụ trưởng Vụ Pháp luật dân sự - kinh tế có trách nhiệm theo dõi, đôn đốc, kiểm tra việc thực",
        "Vụ trưởng Vụ Pháp luật dân sự - kinh tế",
        "Vụ trưởng Vụ Pháp luật dân sự - kinh tế",
        "official",
        False,
    ),
    (
        "014-257",
        "Ngày 22/12/2009, UBND thành phố Hà Nội đã ban hành Quyết định số 123/2009/QĐ-UBND ban "
        "hành Quy định điều kiện đảm",
        "UBND thành phố Hà Nội",
        "Ủy ban nhân dân thành phố Hà Nội",
        "people_committee",
        False,
    ),
    (
        "014-258",
        "số 123/2009/QĐ-UBND ngày 22/12/2009 của UBND Thành phố; khắc phục tình trạng trên, đảm "
        "bảo các vấn đề về an ninh,",
        "UBND Thành phố",
        "Ủy ban nhân dân Thành phố",
        "people_committee",
        False,
    ),
    (
        "014-259",
        "nhân dân, các tổ chức, các cơ sở kinh doanh vật liệu xây dựng, các doanh nghiệp có dự "
        "án đang triển khai trên",
        "các cơ sở kinh doanh",
        "các cơ sở kinh doanh",
        "enterprise",
        True,
    ),
    (
        "014-260",
        "3. Sở Tài nguyên và Môi trường:",
        "Sở Tài nguyên và Môi trường",
        "Sở Tài nguyên và Môi trường",
        "department",
        False,
    ),
    (
        "014-261",
        "- Chủ trì cùng các ngành liên quan, kiểm tra, xử lý vi phạm về gây ô nhiễm môi trường của",
        "các ngành liên quan",
        "các ngành liên quan",
        "other",
        True,
    ),
    (
        "014-263",
        "5. Sở Công thương:",
        "Sở Công thương",
        "Sở Công Thương",
        "department",
        False,
    ),
    (
        "014-264",
        "6. Công an Thành phố:",
        "Công an Thành phố",
        "Công an thành phố",
        "agency",
        False,
    ),
    (
        "014-265",
        "Sở Kế hoạch và Đầu tư, Uỷ ban nhân dân các Quận, Huyện, Thị xã khi xem xét, cấp",
        "Sở Kế hoạch và Đầu tư",
        "Sở Kế hoạch và Đầu tư",
        "department",
        False,
    ),
    (
        "014-266",
        "phổ biến rộng rãi để các tổ chức, cá nhân hiểu, thực hiện Quyết định số "
        "123/2009/QĐ-UBND ngày 22/12/2009 của UBND Thành phố.",
        "các tổ chức, cá nhân",
        "các tổ chức, cá nhân",
        "other",
        True,
    ),
    (
        "014-267",
        "dân Thành phố yêu cầu các cấp, các ngành, các tổ chức cá nhân tham gia hoạt động trong "
        "lĩnh vực khai",
        "các cấp, các ngành",
        "các cấp, các ngành",
        "other",
        True,
    ),
    (
        "015-268",
        "sở, ban, ngành tỉnh và Uỷ ban nhân dân các huyện, thành phố Tân An triển khai xây dựng "
        "kế hoạch phát triển kinh tế - xã",
        "Uỷ ban nhân dân các huyện, thành phố Tân An",
        "Ủy ban nhân dân các huyện, thành phố Tân An",
        "people_committee",
        True,
    ),
    (
        "015-269",
        "Nghị quyết của Tỉnh uỷ, Hội đồng nhân dân tỉnh, các văn bản chỉ đạo điều hành của Uỷ "
        "ban nhân dân tỉnh",
        "Hội đồng nhân dân tỉnh",
        "Hội đồng nhân dân tỉnh",
        "agency",
        False,
    ),
    (
        "015-270",
        "quyết đại hội Đảng của các ngành, các địa phương về kế hoạch phát triển kinh tế - xã "
        "hội 5 năm 2006 -",
        "các ngành, các địa phương",
        "các ngành, các địa phương",
        "other",
        True,
    ),
    (
        "015-271",
        "hiện các Nghị quyết của Ban chấp hành Trung ương Đảng, nghị quyết của Tỉnh uỷ, kết quả "
        "thực hiện chương trình trọng điểm",
        "Ban chấp hành Trung ương Đảng",
        "Ban Chấp hành Trung ương Đảng",
        "party",
        False,
    ),
    (
        "015-272",
        "nước ta - cũng như tỉnh Long An có khả năng thuận lợi từ việc phục hồi và phát triển kinh tế",
        "tỉnh Long An",
        "tỉnh Long An",
        "locality",
        False,
    ),
    (
        "016-273",
        "1. Giao Giám đốc Sở Giao thông vận tải:",
        "Giám đốc Sở Giao thông vận tải",
        "Giám đốc Sở Giao thông vận tải",
        "official",
        False,
    ),
    (
        "016-274",
        "tuyến sông, kênh, rạch cho các sở - ngành khác và quận - huyện tham gia quản lý.",
        "các sở - ngành khác",
        "các sở, ngành khác",
        "department",
        True,
    ),
    (
        "016-275",
        "kiểm tra và hỗ trợ Uỷ ban nhân dân các quận - huyện trong công tác phát hiện, xử lý, "
        "cưỡng chế tháo dỡ ngay đối với",
        "Uỷ ban nhân dân các quận - huyện",
        "Ủy ban nhân dân các quận, huyện",
        "people_committee",
        True,
    ),
    (
        "016-276",
        "phối hợp chặt chẽ với Thanh tra Xây dựng các cấp xử phạt kiên quyết các trường hợp vi "
        "phạm xây dựng các",
        "Thanh tra Xây dựng các cấp",
        "Thanh tra Xây dựng các cấp",
        "agency",
        True,
    ),
    (
        "016-277",
        "2. Giao Giám đốc Sở Nông nghiệp và Phát triển nông thôn:",
        "Giám đốc Sở Nông nghiệp và Phát triển nông thôn",
        "Giám đốc Sở Nông nghiệp và Phát triển nông thôn",
        "official",
        False,
    ),
    (
        "016-278",
        "thông tin điện tử của Sở Nông nghiệp và Phát triển nông thôn (ngoài danh mục các tuyến "
        "sông, kênh, rạch do Sở Giao thông vận tải",
        "Sở Nông nghiệp và Phát triển nông thôn",
        "Sở Nông nghiệp và Phát triển nông thôn",
        "department",
        False,
    ),
    (
        "016-279",
        "3. Giao Giám đốc Sở Tài nguyên và Môi trường:",
        "Giám đốc Sở Tài nguyên và Môi trường",
        "Giám đốc Sở Tài nguyên và Môi trường",
        "official",
        False,
    ),
    (
        "016-280",
        "Chủ trì, phối hợp với các sở - ngành liên quan và Uỷ ban nhân dân các quận - huyện tổ "
        "chức cắm mốc chỉ",
        "các sở - ngành liên quan",
        "các sở, ngành liên quan",
        "department",
        True,
    ),
    (
        "016-281",
        "cấp nền bản đồ cho các Sở chuyên ngành phục vụ công tác quản lý hành lang bảo vệ bờ sông,",
        "các Sở",
        "Sở",
        "department",
        True,
    ),
    (
        "016-282",
        "4. Giao Giám đốc Sở Quy hoạch - Kiến trúc:",
        "Giám đốc Sở Quy hoạch - Kiến trúc",
        "Giám đốc Sở Quy hoạch - Kiến trúc",
        "official",
        False,
    ),
    (
        "016-283",
        "Tài nguyên và Môi trường, Sở Quy hoạch - Kiến trúc, Sở Xây dựng, Uỷ ban nhân dân các "
        "quận - huyện khi lập",
        "Sở Quy hoạch - Kiến trúc",
        "Sở Quy hoạch - Kiến trúc",
        "department",
        False,
    ),
    (
        "016-284",
        "dân thành phố yêu cầu Giám đốc các sở - ngành thành phố, Chủ tịch Uỷ ban nhân dân các "
        "quận - huyện thực hiện",
        "Giám đốc các sở - ngành thành phố",
        "Giám đốc các sở, ngành thành phố",
        "official",
        True,
    ),
    (
        "017-285",
        "thống nhất ý kiến với Uỷ ban Mặt trận Tổ quốc Thành phố.",
        "Uỷ ban Mặt trận Tổ quốc Thành phố",
        "Ủy ban Mặt trận Tổ quốc Thành phố",
        "organisation",
        False,
    ),
    (
        "017-286",
        "hoạch 77/KH-LT của UBND và UB MTTQ Thành phố, nội dung như sau:",
        "UB MTTQ Thành phố",
        "Ủy ban Mặt trận Tổ quốc Thành phố",
        "organisation",
        False,
    ),
    (
        "017-288",
        "UBND và UBMTTQ Thành phố đã hỗ trợ kịp thời 59.835 triệu đồng từ nguồn Ngân sách và 7.978",
        "UBMTTQ Thành phố",
        "Ủy ban Mặt trận Tổ quốc Thành phố",
        "organisation",
        False,
    ),
    (
        "017-289",
        "kiểm tra thẩm định của Ban Chỉ đạo TGNN quận, huyện, tại thời điểm tháng 12/2009, toàn "
        "Thành phố còn 3.263 hộ nghèo có",
        "Ban Chỉ đạo TGNN quận, huyện",
        "Ban Chỉ đạo TGNN quận, huyện",
        "agency",
        True,
    ),
    (
        "017-291",
        "được vay tín dụng từ Ngân hàng Chính sách Xã hội để xây dựng, sửa chữa nhà ở, mức vay "
        "tối đa 8 triệu đồng",
        "Ngân hàng Chính sách Xã hội",
        "Ngân hàng Chính sách xã hội",
        "agency",
        False,
    ),
    (
        "017-292",
        "theo hướng dẫn của liên sở LĐTBXH - Tài chính số 895/HD ngày 10/6/2009).",
        "sở LĐTBXH",
        "Sở Lao động - Thương binh và Xã hội",
        "department",
        False,
    ),
    (
        "017-293",
        "1. Sở Lao động - Thương binh và Xã hội - thường trực kế hoạch:",
        "Sở Lao động - Thương binh và Xã hội",
        "Sở Lao động - Thương binh và Xã hội",
        "department",
        False,
    ),
    (
        "017-294",
        "2. Sở Kế hoạch & Đầu tư và Sở Tài chính:",
        "Sở Kế hoạch & Đầu tư",
        "Sở Kế hoạch và Đầu tư",
        "department",
        False,
    ),
    (
        "017-296",
        "3. UBND quận, huyện, thị xã:",
        "UBND quận, huyện, thị xã",
        "Ủy ban nhân dân quận, huyện, thị xã",
        "people_committee",
        True,
    ),
    (
        "017-297",
        "4. Uỷ ban nhân dân xã / phường / thị trấn:",
        "Uỷ ban nhân dân xã / phường / thị trấn",
        "Ủy ban nhân dân xã, phường, thị trấn",
        "people_committee",
        True,
    ),
    (
        "017-299",
        "5. Đề nghị UB MTTQ, các tổ chức hội: Hội Nông dân, Hội liên hiệp Phụ nữ, Hội",
        "UB MTTQ",
        "Ủy ban Mặt trận Tổ quốc",
        "organisation",
        False,
    ),
    (
        "017-300",
        "MTTQ, các tổ chức hội: Hội Nông dân, Hội liên hiệp Phụ nữ, Hội Cựu chiến binh, Hội Chữ thập đỏ,",
        "Hội Nông dân",
        "Hội Nông dân",
        "organisation",
        False,
    ),
    (
        "017-301",
        "chức hội: Hội Nông dân, Hội liên hiệp Phụ nữ, Hội Cựu chiến binh, Hội Chữ thập đỏ, Liên "
        "đoàn Lao động, Đoàn",
        "Hội liên hiệp Phụ nữ",
        "Hội liên hiệp Phụ nữ",
        "organisation",
        False,
    ),
    (
        "017-302",
        "Hội liên hiệp Phụ nữ, Hội Cựu chiến binh, Hội Chữ thập đỏ, Liên đoàn Lao động, Đoàn "
        "Thanh niên Cộng sản",
        "Hội Cựu chiến binh",
        "Hội Cựu chiến binh",
        "organisation",
        False,
    ),
    (
        "017-303",
        "nữ, Hội Cựu chiến binh, Hội Chữ thập đỏ, Liên đoàn Lao động, Đoàn Thanh niên Cộng sản "
        "Hồ Chí Minh Thành",
        "Hội Chữ thập đỏ",
        "Hội Chữ thập đỏ",
        "organisation",
        False,
    ),
    (
        "017-304",
        "binh, Hội Chữ thập đỏ, Liên đoàn Lao động, Đoàn Thanh niên Cộng sản Hồ Chí Minh Thành "
        "phố, Hiệp hội Doanh",
        "Liên đoàn Lao động",
        "Liên đoàn Lao động",
        "organisation",
        False,
    ),
    (
        "017-305",
        "đỏ, Liên đoàn Lao động, Đoàn Thanh niên Cộng sản Hồ Chí Minh Thành phố, Hiệp hội Doanh "
        "nghiệp vừa và nhỏ, Liên minh các HTX phối hợp",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh Thành phố",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh Thành phố",
        "organisation",
        False,
    ),
    (
        "018-307",
        "cao su trên địa bàn tỉnh lai châu đến năm 2015",
        "tỉnh lai châu",
        "tỉnh Lai Châu",
        "locality",
        False,
    ),
    (
        "018-308",
        "Hội đồng nhân dân tỉnh lai châu",
        "Hội đồng nhân dân tỉnh lai châu",
        "Hội đồng nhân dân tỉnh Lai Châu",
        "agency",
        False,
    ),
    (
        "018-310",
        "tháng 11 năm 2008 của UBND tỉnh Lai Châu về dự thảo Nghị quyết thông qua đề án phát "
        "triển cây cao su",
        "UBND tỉnh Lai Châu",
        "Ủy ban nhân dân tỉnh Lai Châu",
        "people_committee",
        False,
    ),
    (
        "018-311",
        "kinh tế và ngân sách HĐND tỉnh và ý kiến của các đại biểu HĐND tỉnh,",
        "HĐND tỉnh",
        "Hội đồng nhân dân tỉnh",
        "agency",
        False,
    ),
    (
        "018-312",
        "- Về giống: Các cơ quan chuyên môn trong và ngoài tỉnh tạo điều kiện giúp doanh nghiệp trong việc",
        "Các cơ quan chuyên môn",
        "Các cơ quan chuyên môn",
        "other",
        True,
    ),
    (
        "019-313",
        "Xét đề nghị của Sở Kế Hoạch Đầu Tư tại Tờ trình số 1103/TTr-SKHĐT ngày 23/10/2006,",
        "Sở Kế Hoạch Đầu Tư",
        "Sở Kế hoạch và Đầu tư",
        "department",
        False,
    ),
    (
        "019-314",
        "- 2010) trên địa bàn tỉnh Bình Phước với các nội dung như sau:",
        "tỉnh Bình Phước",
        "tỉnh Bình Phước",
        "locality",
        False,
    ),
    (
        "019-315",
        "2. Các sở, ngành, UBND huyện, thị xã trong tỉnh hướng dẫn về mặt pháp lý, thực",
        "Các sở, ngành",
        "Các sở, ngành",
        "department",
        True,
    ),
    (
        "019-316",
        "2. Các sở, ngành, UBND huyện, thị xã trong tỉnh hướng dẫn về mặt pháp lý, thực hiện các "
        "chính sách theo",
        "UBND huyện, thị xã trong tỉnh",
        "Ủy ban nhân dân huyện, thị xã trong tỉnh",
        "people_committee",
        True,
    ),
    (
        "019-317",
        "điều kiện thuận lợi cho Liên minh HTX tỉnh làm tốt nhiệm vụ được phân công, thành lập "
        "quỹ hổ trợ kinh tế",
        "Liên minh HTX tỉnh",
        "Liên minh Hợp tác xã tỉnh",
        "organisation",
        False,
    ),
    (
        "019-318",
        "ngành, Liên minh HTX tỉnh, UBND các huyện, thị xã tiến hành xây dựng kế hoạch phát "
        "triển kinh tế tập thể 5 năm",
        "UBND các huyện, thị xã",
        "Ủy ban nhân dân các huyện, thị xã",
        "people_committee",
        True,
    ),
    (
        "019-319",
        "- 2010), hàng năm của sở, ngành và địa phương mình trên cơ sở kế hoạch phát triển kinh tế tập",
        "sở, ngành",
        "sở, ngành",
        "department",
        True,
    ),
    (
        "019-320",
        "hiện theo hướng dẫn của Sở Kế hoạch - Đầu tư tỉnh.",
        "Sở Kế hoạch - Đầu tư tỉnh",
        "Sở Kế hoạch và Đầu tư tỉnh",
        "department",
        False,
    ),
    (
        "019-321",
        "2. Sở Kế hoạch - Đầu tư có trách nhiệm hướng dẫn xây dựng, đôn đốc việc kiểm tra, giám sát",
        "Sở Kế hoạch - Đầu tư",
        "Sở Kế hoạch và Đầu tư",
        "department",
        False,
    ),
    (
        "019-322",
        "định kỳ báo cáo cho Chủ tịch UBND tỉnh biết về việc thực hiện quyết định này.",
        "Chủ tịch UBND tỉnh",
        "Chủ tịch Ủy ban nhân dân tỉnh",
        "official",
        False,
    ),
    (
        "019-324",
        "Đầu tư, Sở Tài chính, Sở Nông nghiệp và PTNT, Sở Tài nguyên và Môi trường, Sở Thương "
        "mại và Du lịch, Sở",
        "Sở Nông nghiệp và PTNT",
        "Sở Nông nghiệp và Phát triển nông thôn",
        "department",
        False,
    ),
    (
        "019-325",
        "Tài nguyên và Môi trường, Sở Thương mại và Du lịch, Sở Công nghiệp, Kho bạc Nhà nước "
        "tỉnh, Chủ tịch Liên minh HTX,",
        "Sở Thương mại và Du lịch",
        "Sở Thương mại và Du lịch",
        "department",
        False,
    ),
    (
        "019-326",
        "Thương mại và Du lịch, Sở Công nghiệp, Kho bạc Nhà nước tỉnh, Chủ tịch Liên minh HTX, Chủ tịch UBND",
        "Sở Công nghiệp",
        "Sở Công nghiệp",
        "department",
        False,
    ),
    (
        "019-327",
        "Du lịch, Sở Công nghiệp, Kho bạc Nhà nước tỉnh, Chủ tịch Liên minh HTX, Chủ tịch UBND "
        "các huyện, thị và Thủ",
        "Kho bạc Nhà nước tỉnh",
        "Kho bạc Nhà nước tỉnh",
        "agency",
        False,
    ),
    (
        "019-330",
        "UBND các huyện, thị và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành quyết "
        "định này kể từ ngày ký.",
        "Thủ trưởng các cơ quan liên quan",
        "Thủ trưởng các cơ quan liên quan",
        "official",
        True,
    ),
    (
        "021-331",
        "(1) Bộ Công an làm tốt chức năng chủ trì tham mưu cho Chính phủ và nhiệm vụ",
        "Bộ Công an",
        "Bộ Công an",
        "ministry",
        False,
    ),
    (
        "021-332",
        "và nhiệm vụ Thường trực Hội đồng tư vấn đặc xá; có trách nhiệm trực tiếp chỉ đạo việc "
        "xét đề nghị đặc xá",
        "Hội đồng tư vấn đặc xá",
        "Hội đồng tư vấn đặc xá",
        "agency",
        False,
    ),
    (
        "021-333",
        "tiếp chỉ đạo, hướng dẫn Tòa án nhân dân, Tòa án quân sự các cấp chủ trì việc xét đề nghị đặc",
        "Tòa án nhân dân",
        "Tòa án nhân dân",
        "agency",
        False,
    ),
    (
        "021-334",
        "dẫn Tòa án nhân dân, Tòa án quân sự các cấp chủ trì việc xét đề nghị đặc xá cho người đang được",
        "Tòa án quân sự các cấp",
        "Tòa án quân sự các cấp",
        "agency",
        True,
    ),
    (
        "021-335",
        "(4) Bộ Văn hóa, Thể thao và Du lịch chỉ đạo các cơ quan thông tấn, báo chí đưa tin đầy đủ nội",
        "Bộ Văn hóa, Thể thao và Du lịch",
        "Bộ Văn hóa, Thể thao và Du lịch",
        "ministry",
        False,
    ),
    (
        "021-336",
        "và Du lịch chỉ đạo các cơ quan thông tấn, báo chí đưa tin đầy đủ nội dung các văn bản "
        "về đặc xá năm 2025",
        "các cơ quan thông tấn, báo chí",
        "các cơ quan thông tấn, báo chí",
        "other",
        True,
    ),
    (
        "021-337",
        "thức và trách nhiệm của các cấp, các ngành, các tổ chức xã hội và quần chúng nhân dân "
        "xóa bỏ mặc cảm đối với người được đặc",
        "các cấp, các ngành, các tổ chức xã hội",
        "các cấp, các ngành, các tổ chức xã hội",
        "other",
        True,
    ),
    (
        "021-338",
        "(5) Các Bộ, ngành, cơ quan đã nêu trong Hướng dẫn của Hội đồng tư vấn đặc xá có kế",
        "Các Bộ, ngành, cơ quan",
        "Các Bộ, ngành, cơ quan",
        "other",
        True,
    ),
    (
        "021-339",
        "(6) Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các "
        "ngành, Ủy ban nhân dân cấp xã phối hợp với Mặt",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "official",
        True,
    ),
    (
        "021-340",
        "ương chỉ đạo các ngành, Ủy ban nhân dân cấp xã phối hợp với Mặt trận Tổ quốc và các cơ "
        "quan, tổ chức có",
        "Ủy ban nhân dân cấp xã",
        "Ủy ban nhân dân cấp xã",
        "people_committee",
        False,
    ),
    (
        "021-341",
        "cấp xã phối hợp với Mặt trận Tổ quốc và các cơ quan, tổ chức có liên quan thực hiện "
        "nghiêm túc Quyết",
        "Mặt trận Tổ quốc",
        "Mặt trận Tổ quốc",
        "organisation",
        False,
    ),
    (
        "021-342",
        "Mặt trận Tổ quốc và các cơ quan, tổ chức có liên quan thực hiện nghiêm túc Quyết định "
        "1244/2025/QĐ-CTN năm 2025 về đặc xá năm 2025",
        "các cơ quan, tổ chức có liên quan",
        "các cơ quan, tổ chức có liên quan",
        "other",
        True,
    ),
    (
        "021-343",
        "năm 2025 (đợt 2) của Chủ tịch nước và Hướng dẫn 94/HD-HĐTVĐX năm 2025. Cụ thể là:",
        "Chủ tịch nước",
        "Chủ tịch nước",
        "official",
        False,
    ),
    (
        "021-344",
        "phối hợp chặt chẽ với Ban Tuyên giáo và Dân vận tỉnh ủy, thành ủy, các cơ quan báo chí "
        "ở địa phương tuyên truyền sâu rộng về",
        "Ban Tuyên giáo và Dân vận tỉnh ủy, thành ủy",
        "Ban Tuyên giáo và Dân vận tỉnh ủy, thành ủy",
        "party",
        False,
    ),
    (
        "021-345",
        "vận tỉnh ủy, thành ủy, các cơ quan báo chí ở địa phương tuyên truyền sâu rộng về công "
        "tác đặc xá trên các phương tiện thông",
        "các cơ quan báo chí ở địa phương",
        "các cơ quan báo chí ở địa phương",
        "other",
        True,
    ),
    (
        "021-346",
        "- Chỉ đạo các sở, ngành liên quan và Ủy ban nhân dân cấp xã trong phạm vi chức năng, nhiệm vụ",
        "các sở, ngành liên quan",
        "các sở, ngành liên quan",
        "department",
        True,
    ),
    (
        "021-347",
        "- Chỉ đạo chính quyền cấp xã phối hợp với Mặt trận Tổ quốc, các cơ quan, tổ chức kinh tế,",
        "chính quyền cấp xã",
        "chính quyền cấp xã",
        "people_committee",
        False,
    ),
    (
        "021-348",
        "với Mặt trận Tổ quốc, các cơ quan, tổ chức kinh tế, đoàn thể, tổ chức xã hội ở địa "
        "phương tích cực triển",
        "các cơ quan, tổ chức kinh tế, đoàn thể, tổ chức xã hội ở địa phương",
        "các cơ quan, tổ chức kinh tế, đoàn thể, tổ chức xã hội ở địa phương",
        "other",
        True,
    ),
    (
        "021-349",
        "khó khăn thì vận động các ngành, đoàn thể, tổ chức kinh tế - xã hội quan tâm giúp đỡ họ vay",
        "các ngành, đoàn thể",
        "các ngành, đoàn thể",
        "other",
        True,
    ),
    (
        "021-350",
        "- Chỉ đạo Giám đốc Công an cấp tỉnh phối hợp với các Ban, ngành, đoàn thể, tổ chức xã hội ở địa",
        "Giám đốc Công an cấp tỉnh",
        "Giám đốc Công an tỉnh",
        "official",
        False,
    ),
    (
        "021-351",
        "cấp tỉnh phối hợp với các Ban, ngành, đoàn thể, tổ chức xã hội ở địa phương thực hiện "
        "tốt công tác quản",
        "các Ban, ngành, đoàn thể, tổ chức xã hội ở địa phương",
        "các Ban, ngành, đoàn thể, tổ chức xã hội ở địa phương",
        "other",
        True,
    ),
    (
        "022-353",
        "(2) Bộ trưởng Bộ Công an, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung",
        "Bộ trưởng Bộ Công an",
        "Bộ trưởng Bộ Công an",
        "official",
        False,
    ),
    (
        "022-354",
        "Bộ trưởng Bộ Công an, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung "
        "ương, đặc biệt là các đô thị lớn tiếp tục chỉ đạo thực hiện",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
        "official",
        True,
    ),
    (
        "023-355",
        "210/CĐ-TTg năm 2025 chỉ đạo các bộ ngành, địa phương tập trung triển khai các biện pháp "
        "khẩn cấp ứng phó",
        "các bộ ngành, địa phương",
        "các bộ ngành, địa phương",
        "other",
        True,
    ),
    (
        "023-356",
        "phủ yêu cầu Đồng chí Bí thư, đồng chí Chủ tịch Ủy ban nhân dân các tỉnh, thành phố có",
        "Đồng chí Bí thư",
        "Bí thư",
        "official",
        False,
    ),
    (
        "023-357",
        "chí Bí thư, đồng chí Chủ tịch Ủy ban nhân dân các tỉnh, thành phố có tàu thuyền hoạt "
        "động trên biển, đặc biệt là các địa phương Đà",
        "đồng chí Chủ tịch Ủy ban nhân dân các tỉnh, thành phố",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố",
        "official",
        True,
    ),
    (
        "023-358",
        "công các đồng chí trong Ban Thường vụ tỉnh ủy, thành ủy, lãnh đạo Ủy ban nhân dân cấp "
        "tỉnh ứng trực tại",
        "Ban Thường vụ tỉnh ủy",
        "Ban Thường vụ Tỉnh ủy",
        "party",
        False,
    ),
    (
        "024-359",
        "(1) Bộ trưởng Bộ Xây dựng tập trung thực hiện:",
        "Bộ trưởng Bộ Xây dựng",
        "Bộ trưởng Bộ Xây dựng",
        "official",
        False,
    ),
    (
        "024-360",
        "lĩnh vực quản lý của Bộ Xây dựng, bảo đảm cắt giảm ít nhất 30% thời gian giải quyết TTHC, 30%",
        "Bộ Xây dựng",
        "Bộ Xây dựng",
        "ministry",
        False,
    ),
    (
        "024-361",
        "(2) Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tập trung thực hiện:",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
        "people_committee",
        True,
    ),
    (
        "025-363",
        "tháng 6 năm 2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới "
        "sáng tạo và chuyển đổi số về thúc đẩy chuyển đổi số liên thông, đồng bộ, nhanh, hiệu "
        "quả đáp",
        "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
        "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
        "agency",
        False,
    ),
    (
        "025-364",
        "(ii) Các bộ, ngành chưa thực sự quan tâm đến công tác xây dựng, đưa tài liệu, học",
        "Các bộ, ngành",
        "Các bộ, ngành",
        "other",
        True,
    ),
    (
        "025-365",
        "hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công,",
        "Trung tâm Phục vụ hành chính công",
        "Trung tâm Phục vụ hành chính công",
        "agency",
        False,
    ),
    (
        "025-366",
        "Xây dựng, Bộ Tài chính, Ủy ban nhân dân các tỉnh, thành phố triển khai ứng dụng công "
        "nghệ sinh trắc học trên hệ thống định danh",
        "Ủy ban nhân dân các tỉnh, thành phố",
        "Ủy ban nhân dân các tỉnh, thành phố",
        "people_committee",
        True,
    ),
    (
        "025-367",
        "- Chỉ đạo Tổng công ty Cảng hàng không Việt Nam:",
        "Tổng công ty Cảng hàng không Việt Nam",
        "Tổng công ty Cảng hàng không Việt Nam",
        "enterprise",
        False,
    ),
    (
        "025-368",
        "các hãng hàng không (Vietnam Airlines, Vietjet...) hướng dẫn tất cả hành khách sử dụng "
        "Căn cước, Căn cước",
        "Vietnam Airlines",
        "Tổng công ty Hàng không Việt Nam",
        "enterprise",
        False,
    ),
    (
        "025-369",
        "- Chỉ đạo Tổng công ty Hàng không Việt Nam:",
        "Tổng công ty Hàng không Việt Nam",
        "Tổng công ty Hàng không Việt Nam",
        "enterprise",
        False,
    ),
    (
        "025-370",
        "(4) Ủy ban nhân dân thành phố Hà Nội, Thành phố Hồ Chí Minh chủ trì, phối hợp với Bộ Công an,",
        "Ủy ban nhân dân thành phố Hà Nội",
        "Ủy ban nhân dân thành phố Hà Nội",
        "people_committee",
        False,
    ),
    (
        "025-371",
        "Chủ trì, phối hợp với các bộ, ngành, địa phương rà soát, tham mưu Chính phủ sửa đổi, bổ "
        "sung Nghị định 69/2024/NĐ-CP ngày",
        "các bộ, ngành, địa phương",
        "các bộ, ngành, địa phương",
        "other",
        True,
    ),
    (
        "025-372",
        "sống, thống nhất, dùng chung. Các Trung tâm Phục vụ hành chính công các cấp công khai "
        "thông tin cho công dân, tổ chức về danh mục",
        "Các Trung tâm Phục vụ hành chính công các cấp",
        "Trung tâm Phục vụ hành chính công các cấp",
        "agency",
        True,
    ),
    (
        "025-373",
        "(3) Đối với các bộ, ngành, Ủy ban nhân dân các tỉnh, thành phố:",
        "các bộ, ngành",
        "các bộ, ngành",
        "other",
        True,
    ),
    (
        "026-374",
        "Ngày 04/12/2025, Ủy ban nhân dân TP Hồ Chí Minh ban hành Kế hoạch 188/KH-UBND về việc "
        'triển khai thực hiện Chương trình "Nâng',
        "Ủy ban nhân dân TP Hồ Chí Minh",
        "Ủy ban nhân dân Thành phố Hồ Chí Minh",
        "people_committee",
        False,
    ),
    (
        "026-375",
        "thị, khu công nghiệp tại TP HCM được nêu tại tiết 2.1 tiểu mục 2 Mục II Kế hoạch 188/KH-UBND năm",
        "TP HCM",
        "Thành phố Hồ Chí Minh",
        "locality",
        False,
    ),
    (
        "028-376",
        "Ngày 22/4/2025, Uỷ ban nhân dân Thành phố Hà Nội đã ban hành Công điện 04/CĐ-UBND năm "
        "2025 về việc tăng cường công tác",
        "Uỷ ban nhân dân Thành phố Hà Nội",
        "Ủy ban nhân dân Thành phố Hà Nội",
        "people_committee",
        False,
    ),
    (
        "028-377",
        "Theo đó, Chủ tịch UBND các quận, huyện, thị xã tập trung chỉ đạo, triển khai đồng bộ "
        "các nội dung sau:",
        "Chủ tịch UBND các quận, huyện, thị xã",
        "Chủ tịch Ủy ban nhân dân các quận, huyện, thị xã",
        "official",
        True,
    ),
    (
        "029-378",
        "Ngày 17/11/2025, UBND tỉnh Bắc Ninh ban hành Công văn 4858/UBND-KTTH về việc đẩy nhanh "
        "giải phóng mặt bằng dự",
        "UBND tỉnh Bắc Ninh",
        "Ủy ban nhân dân tỉnh Bắc Ninh",
        "people_committee",
        False,
    ),
    (
        "029-379",
        "tỉnh. Trong thời gian qua, các sở, ngành UBND các xã, phường liên quan đã có nhiều nỗ "
        "lực cố gắng, công",
        "các sở, ngành",
        "các sở, ngành",
        "department",
        True,
    ),
    (
        "029-380",
        "gian qua, các sở, ngành UBND các xã, phường liên quan đã có nhiều nỗ lực cố gắng, công "
        "tác giải phóng mặt",
        "UBND các xã, phường liên quan",
        "Ủy ban nhân dân các xã, phường liên quan",
        "people_committee",
        True,
    ),
    (
        "029-381",
        "Về việc này, Chủ tịch UBND tỉnh Bắc Ninh có ý kiến như sau:",
        "Chủ tịch UBND tỉnh Bắc Ninh",
        "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh",
        "official",
        False,
    ),
    (
        "029-382",
        "1. UBND xã Chi Lăng:",
        "UBND xã Chi Lăng",
        "Ủy ban nhân dân xã Chi Lăng",
        "people_committee",
        False,
    ),
    (
        "029-383",
        "trung cao, làm việc với Sở Nông nghiệp và Môi trường, Trung tâm phát triển quỹ đất Chi "
        "nhánh Gia Thuận khẩn trương hoàn",
        "Sở Nông nghiệp và Môi trường",
        "Sở Nông nghiệp và Môi trường",
        "department",
        False,
    ),
    (
        "029-384",
        "2. Đảng ủy, UBND xã Chi Lăng khẩn trương chỉ đạo các Tổ công tác của",
        "Đảng ủy",
        "Đảng ủy",
        "party",
        False,
    ),
    (
        "029-386",
        "Đồng chí Bí thư Đảng ủy trực tiếp chủ trì, chỉ đạo UBND xã giải quyết dứt điểm các nội",
        "Đồng chí Bí thư Đảng ủy",
        "Bí thư Đảng ủy",
        "official",
        False,
    ),
    (
        "029-387",
        "tiếp chủ trì, chỉ đạo UBND xã giải quyết dứt điểm các nội dung đã giao nhiệm vụ trên đây.",
        "UBND xã",
        "Ủy ban nhân dân xã",
        "people_committee",
        False,
    ),
    (
        "029-388",
        "6. Giao Công an tỉnh khẩn trương chỉ đạo lực lượng công an nắm tình hình, xác định rõ",
        "Công an tỉnh",
        "Công an tỉnh",
        "agency",
        False,
    ),
    (
        "029-389",
        "7. Giao Ban Quản lý khu công nghiệp tỉnh thường xuyên cập nhật nắm bắt tiến độ, hàng "
        "ngày có cáo kết quả",
        "Ban Quản lý khu công nghiệp tỉnh",
        "Ban Quản lý khu công nghiệp tỉnh",
        "agency",
        False,
    ),
    (
        "029-390",
        "thành nhiệm vụ đối với người đứng đầu theo tinh thần của Kết luận 198-KL/TW năm 2025 "
        "của Bộ Chính trị.",
        "người đứng đầu",
        "người đứng đầu",
        "official",
        False,
    ),
    (
        "030-391",
        "Ngày 14/11/2025 Cục Phòng bệnh thuộc Bộ Y tế đã ban hành Công văn 1648/PB-BTN năm 2025 về việc",
        "Cục Phòng bệnh",
        "Cục Phòng bệnh",
        "department",
        False,
    ),
    (
        "030-392",
        "+ Phối hợp với các Viện Vệ sinh dịch tễ, Viện Pasteur để đánh giá nguy cơ và triển khai "
        "biện pháp đáp",
        "các Viện Vệ sinh dịch tễ",
        "Viện Vệ sinh dịch tễ",
        "agency",
        True,
    ),
    (
        "030-393",
        "Viện Vệ sinh dịch tễ, Viện Pasteur để đánh giá nguy cơ và triển khai biện pháp đáp ứng phù hợp.",
        "Viện Pasteur",
        "Viện Pasteur",
        "agency",
        False,
    ),
    (
        "030-394",
        "ngành Giáo dục, Công Thương, Ban Quản lý khu công nghiệp và các đơn vị liên quan tăng "
        "cường giám sát, phòng chống dịch bệnh",
        "Ban Quản lý khu công nghiệp",
        "Ban Quản lý khu công nghiệp",
        "agency",
        False,
    ),
    (
        "030-395",
        "tập trung đông người (các trường học, nhà máy, xí nghiệp, khu công nghiệp, trung tâm "
        "thương mại…); xử lý",
        "các trường học",
        "các trường học",
        "other",
        True,
    ),
    (
        "031-396",
        "Ngày 03/12/2025, Sở GD&ĐT TP. Hà Nội đã ban hành Công văn 5095/SGDĐT-CTTTHSSV năm 2025 "
        "về việc tăng cường các biện",
        "Sở GD&ĐT TP. Hà Nội",
        "Sở Giáo dục và Đào tạo Thành phố Hà Nội",
        "department",
        False,
    ),
    (
        "032-397",
        "của Thủ tướng Chính phủ, Phó Thủ tướng Chính phủ Trần Hồng Hà có ý kiến như sau:",
        "Phó Thủ tướng Chính phủ Trần Hồng Hà",
        "Phó Thủ tướng Chính phủ Trần Hồng Hà",
        "official",
        False,
    ),
    (
        "032-398",
        "- Ủy ban nhân dân tỉnh An Giang xem xét ưu tiên cấp vật liệu đá tại các mỏ trên địa bàn",
        "Ủy ban nhân dân tỉnh An Giang",
        "Ủy ban nhân dân tỉnh An Giang",
        "people_committee",
        False,
    ),
    (
        "032-399",
        "- Ủy ban nhân dân tỉnh Đồng Tháp quyết liệt đôn đốc, chỉ đạo chủ đầu tư, các nhà thầu Dự án",
        "Ủy ban nhân dân tỉnh Đồng Tháp",
        "Ủy ban nhân dân tỉnh Đồng Tháp",
        "people_committee",
        False,
    ),
    (
        "032-400",
        "cơ quan liên quan của tỉnh An Giang để bố trí đủ nguồn vật liệu đá cho dự án và tập kết",
        "tỉnh An Giang",
        "tỉnh An Giang",
        "locality",
        False,
    ),
    (
        "033-401",
        "Ngày 20/11/2025, UBND tỉnh Quảng Ngãi đã có Thông báo 393/TB-UBND Kết luận của Phó Chủ "
        "tịch UBND tỉnh Quảng",
        "UBND tỉnh Quảng Ngãi",
        "Ủy ban nhân dân tỉnh Quảng Ngãi",
        "people_committee",
        False,
    ),
    (
        "033-402",
        "báo 393/TB-UBND Kết luận của Phó Chủ tịch UBND tỉnh Quảng Ngãi tại cuộc họp nghe và cho "
        "ý kiến về tiến độ xây dựng dự",
        "Phó Chủ tịch UBND tỉnh Quảng Ngãi",
        "Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi",
        "official",
        False,
    ),
    (
        "033-403",
        "lần đầu trên địa bàn tỉnh Quảng Ngãi để công bố và áp dụng từ ngày 01/01/2026.",
        "tỉnh Quảng Ngãi",
        "tỉnh Quảng Ngãi",
        "locality",
        False,
    ),
    (
        "033-404",
        "nghiệp và Môi trường và các cơ quan, đơn vị, địa phương xác định nhiệm vụ xây dựng Bảng "
        "giá đất lần đầu trên địa bàn",
        "các cơ quan, đơn vị, địa phương",
        "các cơ quan, đơn vị, địa phương",
        "other",
        True,
    ),
    (
        "033-405",
        "nêu yêu cầu đối với Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi trong công tác xây "
        "dựng bảng giá đất Quảng Ngãi năm 2026 như sau:",
        "Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi",
        "Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi",
        "department",
        False,
    ),
    (
        "033-406",
        "áp dụng từ ngày 01/01/2026, Giám đốc Sở Nông nghiệp và Môi trường chịu hoàn toàn trách "
        "nhiệm trước UBND tỉnh, Chủ tịch UBND tỉnh.",
        "Giám đốc Sở Nông nghiệp và Môi trường",
        "Giám đốc Sở Nông nghiệp và Môi trường",
        "official",
        False,
    ),
    (
        "033-407",
        "tích cực phối hợp với các sở, ngành, địa phương để hoàn thành dự án xây dựng Bảng giá "
        "đất lần đầu trên địa",
        "các sở, ngành, địa phương",
        "các sở, ngành, địa phương",
        "department",
        True,
    ),
    (
        "035-408",
        "Ngày 01/12/2025, Sở Nội vụ TP HCM đã có Công văn 10325/SNV-LĐTLBHXH năm 2025 về báo cáo "
        "tình hình lao động",
        "Sở Nội vụ TP HCM",
        "Sở Nội vụ Thành phố Hồ Chí Minh",
        "department",
        False,
    ),
    (
        "035-409",
        "thưởng tết năm 2026 tại TPHCM.",
        "TPHCM",
        "Thành phố Hồ Chí Minh",
        "locality",
        False,
    ),
    (
        "035-410",
        "Theo đó, Sở Nội vụ TPHCM đề nghị các doanh nghiệp trên địa bàn sớm xây dựng và công bố",
        "Sở Nội vụ TPHCM",
        "Sở Nội vụ Thành phố Hồ Chí Minh",
        "department",
        False,
    ),
    (
        "035-411",
        "Nội vụ TPHCM đề nghị các doanh nghiệp trên địa bàn sớm xây dựng và công bố kế hoạch trả "
        "lương, thưởng Tết Dương lịch",
        "các doanh nghiệp trên địa bàn",
        "các doanh nghiệp trên địa bàn",
        "enterprise",
        True,
    ),
    (
        "037-412",
        "Ngày 25/9/2025, Bộ GD&ĐT ban hành Công điện 1638/CĐ-BGDĐT năm 2025 về việc tăng cường ứng phó Bão",
        "Bộ GD&ĐT",
        "Bộ Giáo dục và Đào tạo",
        "ministry",
        False,
    ),
    (
        "037-413",
        "Theo Trung tâm Dự báo Khí tượng Thủy văn Quốc gia, siêu bão Ragasa (Bão số 9) đang di "
        "chuyển vào đất liền nước",
        "Trung tâm Dự báo Khí tượng Thủy văn Quốc gia",
        "Trung tâm Dự báo Khí tượng Thủy văn Quốc gia",
        "agency",
        False,
    ),
    (
        "037-414",
        "tài sản ngành Giáo dục; Bộ trưởng Bộ GD&ĐT yêu cầu Giám đốc sở GD&ĐT các tỉnh, thành "
        "phố từ Quảng Ngãi trở",
        "Bộ trưởng Bộ GD&ĐT",
        "Bộ trưởng Bộ Giáo dục và Đào tạo",
        "official",
        False,
    ),
    (
        "037-415",
        "trưởng Bộ GD&ĐT yêu cầu Giám đốc sở GD&ĐT các tỉnh, thành phố từ Quảng Ngãi trở ra thực "
        "hiện các nội dung sau:",
        "Giám đốc sở GD&ĐT các tỉnh, thành phố",
        "Giám đốc Sở Giáo dục và Đào tạo các tỉnh, thành phố",
        "official",
        True,
    ),
    (
        "037-416",
        "văn 17844-CV/VPTW ngày 23/9/2025 của Văn phòng Trung ương Đảng về việc thông báo chỉ "
        "đạo của Thường trực Ban Bí thư về việc",
        "Văn phòng Trung ương Đảng",
        "Văn phòng Trung ương Đảng",
        "agency",
        False,
    ),
    (
        "037-418",
        "văn bản chỉ đạo của Ban Chỉ huy Phòng thủ dân sự các tỉnh, thành phố.",
        "Ban Chỉ huy Phòng thủ dân sự các tỉnh, thành phố",
        "Ban Chỉ huy Phòng thủ dân sự các tỉnh, thành phố",
        "agency",
        True,
    ),
    (
        "037-419",
        "hợp thiệt hại, báo cáo UBND cấp tỉnh để khắc phục, đồng thời báo cáo về Bộ GD&ĐT theo địa chỉ: Vụ",
        "UBND cấp tỉnh",
        "Ủy ban nhân dân cấp tỉnh",
        "people_committee",
        False,
    ),
    (
        "037-420",
        "Kế hoạch - Tài chính, Bộ GDĐT, số 35, Đại Cồ Việt, phường Bạch Mai, thành phố Hà Nội.",
        "Bộ GDĐT",
        "Bộ Giáo dục và Đào tạo",
        "ministry",
        False,
    ),
    (
        "038-421",
        "của Thủ tướng Chính phủ), Bộ Giáo dục và Đào tạo đề nghị các bộ, cơ quan ngang bộ, cơ "
        "quan thuộc Chính phủ, cơ",
        "Bộ Giáo dục và Đào tạo",
        "Bộ Giáo dục và Đào tạo",
        "ministry",
        False,
    ),
    (
        "038-422",
        "và Đào tạo đề nghị các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, cơ quan Trung "
        "ương của các tổ chức chính trị - xã hội",
        "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        "other",
        True,
    ),
    (
        "038-423",
        "đơn vị liên quan và các cơ sở giáo dục triển khai thực hiện Công điện 124/CĐ-TTg ngày "
        "30/7/2025 của Thủ tướng và tiếp",
        "các cơ sở giáo dục",
        "các cơ sở giáo dục",
        "other",
        True,
    ),
    (
        "038-424",
        "điện 124/CĐ-TTg ngày 30/7/2025 của Thủ tướng và tiếp tục thực hiện Công văn "
        "7030/BGDĐT-KHTC ngày 31/10/2024 của Bộ Giáo dục",
        "Thủ tướng",
        "Thủ tướng Chính phủ",
        "official",
        False,
    ),
    (
        "038-425",
        "Khẩn trương phối hợp với các tổ chức tín dụng, tổ chức trung gian thanh toán và các đơn "
        "vị liên quan để",
        "các tổ chức tín dụng",
        "các tổ chức tín dụng",
        "enterprise",
        True,
    ),
    (
        "038-426",
        "- Bố trí tổ chức, cá nhân đầu mối hướng dẫn, hỗ trợ phụ huynh, học sinh, sinh viên và các",
        "tổ chức, cá nhân",
        "tổ chức, cá nhân",
        "other",
        True,
    ),
    (
        "038-427",
        "toán bằng chuyển khoản tại kho bạc nhà nước nơi cơ sở giáo dục nhận ngân sách nhà nước "
        "hoặc ngân hàng thương",
        "kho bạc nhà nước",
        "Kho bạc Nhà nước",
        "agency",
        False,
    ),
    (
        "038-428",
        "tiền mặt qua hệ thống KBNN và Thông tư 136/2018/TT-BTC sửa đổi, bổ sung Thông tư "
        "13/2017/TT-BTC; đồng thời kiểm",
        "KBNN",
        "Kho bạc Nhà nước",
        "agency",
        False,
    ),
    (
        "039-429",
        "yêu cầu các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, "
        "Chủ tịch Ủy ban nhân dân các tỉnh,",
        "đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        "official",
        True,
    ),
    (
        "039-432",
        "thuộc Trung ương, Chủ tịch, Tổng giám đốc các Tập đoàn, Tổng công ty nhà nước tiếp tục "
        "thực hiện quyết liệt, đồng bộ, hiệu quả các nhiệm vụ, giải",
        "Tổng giám đốc các Tập đoàn, Tổng công ty nhà nước",
        "Tổng giám đốc các Tập đoàn, Tổng công ty nhà nước",
        "official",
        True,
    ),
    (
        "039-433",
        "đọng kéo dài, báo cáo Ban Thường vụ Đảng ủy Chính phủ trước ngày 10 tháng 9 năm 2025.",
        "Ban Thường vụ Đảng ủy Chính phủ",
        "Ban Thường vụ Đảng ủy Chính phủ",
        "party",
        False,
    ),
    (
        "039-434",
        "trọng điểm. Các tập đoàn PVN, TKV, Binh đoàn 19, Vinachem... đẩy mạnh hơn nữa việc khai thác khoáng",
        "PVN",
        "Tập đoàn Dầu khí Việt Nam",
        "enterprise",
        False,
    ),
    (
        "039-435",
        "điểm. Các tập đoàn PVN, TKV, Binh đoàn 19, Vinachem... đẩy mạnh hơn nữa việc khai thác khoáng sản",
        "TKV",
        "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam",
        "enterprise",
        False,
    ),
    (
        "040-436",
        "Ngày 26/11/2025, UBND TPHCM đã có Chỉ thị 05/CT-UBND năm 2025 về tăng cường công tác phòng cháy,",
        "UBND TPHCM",
        "Ủy ban nhân dân Thành phố Hồ Chí Minh",
        "people_committee",
        False,
    ),
    (
        "040-437",
        "trên địa bàn Thành phố, Chủ tịch Ủy ban nhân dân Thành phố yêu cầu Thủ trưởng các sở, "
        "ban, ngành Thành phố, Chủ tịch Ủy ban",
        "Chủ tịch Ủy ban nhân dân Thành phố",
        "Chủ tịch Ủy ban nhân dân Thành phố",
        "official",
        False,
    ),
    (
        "040-438",
        "sở, ban, ngành Thành phố, Chủ tịch Ủy ban nhân dân các phường, xã, đặc khu và người "
        "đứng đầu các đơn vị, tổ chức liên quan khần trương quán",
        "Chủ tịch Ủy ban nhân dân các phường, xã, đặc khu",
        "Chủ tịch Ủy ban nhân dân các phường, xã, đặc khu",
        "official",
        True,
    ),
    (
        "040-439",
        "phường, xã, đặc khu và người đứng đầu các đơn vị, tổ chức liên quan khần trương quán "
        "triệt và thực hiện nghiêm túc",
        "người đứng đầu các đơn vị, tổ chức liên quan",
        "Người đứng đầu các đơn vị, tổ chức liên quan",
        "official",
        True,
    ),
    (
        "040-440",
        "cộng”.Đảm bảo 100% Chủ tịch, Phó Chủ tịch Ủy ban nhân dân phường, xã, đặc khu, Trưởng "
        "thôn, Tổ trưởng Tổ dân phố, người làm nhiệm vụ phòng cháy,",
        "Phó Chủ tịch Ủy ban nhân dân phường, xã, đặc khu",
        "Phó Chủ tịch Ủy ban nhân dân phường, xã, đặc khu",
        "official",
        True,
    ),
    (
        "050-441",
        "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.",
        "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương",
        "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương",
        "department",
        True,
    ),
    (
        "050-443",
        "- Một số Cục Thuế có tỷ lệ hoàn thành thấp như sau: Cục Thuế Bình Định,",
        "Cục Thuế",
        "Cục Thuế",
        "department",
        False,
    ),
    (
        "050-444",
        "hoàn thành thấp như sau: Cục Thuế Bình Định,",
        "Cục Thuế Bình Định",
        "Cục Thuế Bình Định",
        "department",
        False,
    ),
    (
        "050-445",
        "bình quân/1 doanh nghiệp) như: Cục Thuế Lai Châu, Ninh Thuận, Lạng",
        "Cục Thuế Lai Châu",
        "Cục Thuế Lai Châu",
        "department",
        False,
    ),
    (
        "050-446",
        "tỉnh sau: Cục Thuế tỉnh Hưng Yên, Hải Dương, Đồng Tháp, Phú Yên, Lai Châu,",
        "Cục Thuế tỉnh Hưng Yên",
        "Cục Thuế tỉnh Hưng Yên",
        "department",
        False,
    ),
    (
        "050-447",
        "khai thác trên ứng dụng); Cục Thuế tỉnh Ninh",
        "Cục Thuế tỉnh Ninh",
        "Cục Thuế tỉnh Ninh",
        "department",
        False,
    ),
    (
        "050-448",
        "đầy đủ, kịp thời như: Cục Thuế thành phố Hà Nội, Hỗ",
        "Cục Thuế thành phố Hà Nội",
        "Cục Thuế thành phố Hà Nội",
        "department",
        False,
    ),
    (
        "050-449",
        "thành nhiệm vụ nêu trên, Tổng cục Thuế yêu cầu Cục Thuế các",
        "Tổng cục Thuế",
        "Tổng cục Thuế",
        "department",
        False,
    ),
    (
        "050-452",
        "Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố rà soát lại công tác báo",
        "Cục Thuế các tỉnh, thành phố",
        "Cục Thuế các tỉnh, thành phố",
        "department",
        True,
    ),
    (
        "050-454",
        "Tổng cục Thuế yêu cầu Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc",
        "Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc",
        "Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc",
        "official",
        True,
    ),
    (
        "052-455",
        "tướng Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang",
        "các Bộ trưởng",
        "Bộ trưởng",
        "official",
        True,
    ),
    (
        "052-458",
        "Thủ tướng Chính phủ và Ban Chỉ đạo quốc gia, các Ban chỉ đạo địa phương",
        "Ban Chỉ đạo quốc gia",
        "Ban Chỉ đạo quốc gia",
        "agency",
        False,
    ),
    (
        "052-459",
        "d) Bảo hiểm xã hội Việt Nam chủ trì, phối hợp với các cơ quan liên quan",
        "Bảo hiểm xã hội Việt Nam",
        "Bảo hiểm xã hội Việt Nam",
        "agency",
        False,
    ),
    (
        "052-461",
        "đ) 1 Đề nghị Tổng Liên đoàn lao động Việt Nam theo thâm quyền xem xét,",
        "Tổng Liên đoàn lao động Việt Nam",
        "Tổng Liên đoàn Lao động Việt Nam",
        "organisation",
        False,
    ),
    (
        "052-462",
        "c) Thanh tra Chính phủ, Thanh tra các Bộ, ngành, địa phương thực hiện",
        "Thanh tra Chính phủ",
        "Thanh tra Chính phủ",
        "agency",
        False,
    ),
    (
        "052-463",
        "Đề nghị Kiểm toán Nhà nước và các cơ quan chức năng tạo điều kiện thuận",
        "Kiểm toán Nhà nước",
        "Kiểm toán nhà nước",
        "agency",
        False,
    ),
    (
        "052-464",
        "d) Các bộ, ngành, địa phương:",
        "Các bộ, ngành, địa phương",
        "Các bộ, ngành, địa phương",
        "other",
        True,
    ),
    (
        "052-465",
        "Chủ trì, phối hợp với các Bộ: Nông nghiệp và Phát triển nông thôn, Xây",
        "các Bộ: Nông nghiệp và Phát triển nông thôn",
        "Bộ Nông nghiệp và Phát triển nông thôn",
        "ministry",
        False,
    ),
    (
        "057-466",
        "Ngày 28/10/2025, UBND tỉnh Lạng Sơn đã ban hành Kế hoạch 279/KH-UBND về tổ chức lập "
        "Điều chỉnh Quy hoạch",
        "UBND tỉnh Lạng Sơn",
        "Ủy ban nhân dân tỉnh Lạng Sơn",
        "people_committee",
        False,
    ),
    (
        "057-467",
        "lập Điều chỉnh Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.",
        "tỉnh Lạng Sơn",
        "tỉnh Lạng Sơn",
        "locality",
        False,
    ),
    (
        "057-468",
        "chính), các sở, ban, ngành, UBND xã, phường và các đơn vị có liên quan tham gia xây "
        "dựng các nội dung",
        "UBND xã, phường",
        "Ủy ban nhân dân xã, phường",
        "people_committee",
        True,
    ),
    (
        "057-469",
        "cấp tỉnh liền kề và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh). Hoàn thành trước ngày 31/12/2025.",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "organisation",
        False,
    ),
    (
        "057-470",
        "trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường xác định đây là nhiệm vụ trọng "
        "tâm hàng đầu và khẩn trương chỉ",
        "Chủ tịch UBND các xã, phường",
        "Chủ tịch Ủy ban nhân dân các xã, phường",
        "official",
        True,
    ),
    (
        "059-471",
        "trong điều kiện giáp Tết, Bộ Nội vụ đề nghị đồng chí Giám đốc Sở Nội vụ chỉ đạo triển khai một",
        "Bộ Nội vụ",
        "Bộ Nội vụ",
        "ministry",
        False,
    ),
    (
        "059-472",
        "vụ đề nghị đồng chí Giám đốc Sở Nội vụ chỉ đạo triển khai một số nhiệm vụ sau:",
        "đồng chí Giám đốc Sở Nội vụ",
        "Giám đốc Sở Nội vụ",
        "official",
        False,
    ),
    (
        "059-473",
        "kinh tế, khu chế xuất, Liên đoàn Lao động tỉnh và các cơ quan liên quan, giữa cấp tỉnh "
        "và cấp xã trong việc:",
        "Liên đoàn Lao động tỉnh",
        "Liên đoàn Lao động tỉnh",
        "organisation",
        False,
    ),
    (
        "060-475",
        "Ngày 04/12/2025, Sở GD&ĐT TPHCM ban hành Kế hoạch 5418/KH-SGDĐT năm 2025 về tổ chức cho "
        "trẻ mẫu giáo",
        "Sở GD&ĐT TPHCM",
        "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh",
        "department",
        False,
    ),
    (
        "060-476",
        "tích hợp tiếng Anh trong các cơ sở giáo dục mầm non trên địa bàn Thành phố Hồ Chí Minh, "
        "giai đoạn 2025-2028.",
        "các cơ sở giáo dục mầm non trên địa bàn Thành phố Hồ Chí Minh",
        "các cơ sở giáo dục mầm non trên địa bàn Thành phố Hồ Chí Minh",
        "other",
        True,
    ),
    (
        "061-478",
        "hoạch phát triển thương mại tỉnh phú thọ đến năm 2020",
        "tỉnh phú thọ",
        "tỉnh Phú Thọ",
        "locality",
        False,
    ),
    (
        "061-479",
        "Hội đồng nhân dân tỉnh phú thọ",
        "Hội đồng nhân dân tỉnh phú thọ",
        "Hội đồng nhân dân tỉnh Phú Thọ",
        "agency",
        False,
    ),
    (
        "061-480",
        "số 3916/TTr-UBND ngày 07/12/2009 của UBND tỉnh Phú Thọ về việc đề nghị thông qua Quy "
        "hoạch phát triển thương mại tỉnh Phú",
        "UBND tỉnh Phú Thọ",
        "Ủy ban nhân dân tỉnh Phú Thọ",
        "people_committee",
        False,
    ),
    (
        "061-481",
        "báo cáo thẩm tra của Ban Kinh tế và Ngân sách, và thảo luận,",
        "Ban Kinh tế và Ngân sách",
        "Ban Kinh tế và Ngân sách",
        "agency",
        False,
    ),
    (
        "han-482",
        "Sở thông tin và truyền thông các tỉnh, thành phố phối hợp với Cục Tin học hóa (Bộ Thông "
        "tin và Truyền thông) tham",
        "Sở thông tin và truyền thông các tỉnh, thành phố",
        "Sở Thông tin và Truyền thông các tỉnh, thành phố",
        "department",
        True,
    ),
    (
        "han-483",
        "thành phố phối hợp với Cục Tin học hóa (Bộ Thông tin và Truyền thông) tham mưu cho tỉnh "
        "ủy, thành ủy ra",
        "Cục Tin học hóa",
        "Cục Tin học hóa",
        "department",
        False,
    ),
    (
        "han-484",
        "quản lý nhà nước với các sở thông tin và truyền thông quý III-2020 vừa qua.",
        "các sở thông tin và truyền thông",
        "Sở Thông tin và Truyền thông",
        "department",
        True,
    ),
    (
        "han-485",
        "Truyền thông cũng yêu cầu các giám đốc sở chịu trách nhiệm về việc theo dõi, rà soát "
        "thông tin xấu độc trên",
        "các giám đốc sở",
        "Giám đốc Sở",
        "official",
        True,
    ),
    (
        "han-486",
        "phối hợp, tham mưu\xa0với ban tuyên giáo tỉnh ủy, thành ủy, UBND tỉnh, thành phố chủ động "
        "tổ chức họp báo, cung cấp thông",
        "ban tuyên giáo tỉnh ủy, thành ủy",
        "Ban Tuyên giáo tỉnh ủy, thành ủy",
        "party",
        False,
    ),
]


def _find(text: str, span: str) -> ActorMatch | None:
    t = normalize_text(text)
    want = normalize_text(span)
    return next((a for a in find_actors(t) if a.text == want), None)


@pytest.mark.parametrize("row", [pytest.param(r, id=r[0]) for r in MENTIONS])
def test_corpus_mention(row: tuple[str, str, str, str, str, bool]) -> None:
    _, text, span, name, kind, generic = row
    got = _find(text, span)
    t = normalize_text(text)
    assert got is not None, (span, [(a.text, a.name) for a in find_actors(t)])
    assert (got.name, got.kind, got.generic) == (normalize_text(name), kind, generic)


def test_table_is_large_and_unique() -> None:
    assert len(MENTIONS) >= 150
    assert len({r[0] for r in MENTIONS}) == len(MENTIONS)


@pytest.mark.parametrize("row", [pytest.param(r, id=r[0]) for r in MENTIONS[::7]])
def test_offsets_point_into_the_text(row: tuple[str, str, str, str, str, bool]) -> None:
    t = normalize_text(row[1])
    found = find_actors(t)
    last = 0
    for a in found:
        assert t[a.start : a.end] == a.text
        assert a.start >= last
        last = a.end


# The end of a name before a cue word (examples of the task brief and of the corpus).
BOUNDARIES = [
    ("Bộ Y tế chủ trì, phối hợp với các địa phương", "Bộ Y tế"),
    ("Sở Tài chính có trách nhiệm thẩm định", "Sở Tài chính"),
    ("UBND các tỉnh khẩn trương rà soát", "UBND các tỉnh"),
    ("b) Vụ Kế hoạch chủ trì, phối hợp với các đơn vị liên quan", "Vụ Kế hoạch"),
    ("b) Cục Quản lý thị trường chủ trì, phối hợp", "Cục Quản lý thị trường"),
    ("Tổng công ty Hàng hải Việt Nam cần khẩn trương hoàn thiện", "Tổng công ty Hàng hải Việt Nam"),
    ("Cục Hàng hải Việt Nam về quy hoạch", "Cục Hàng hải Việt Nam"),
    ("Ngày 14/11/2025 Cục Phòng bệnh thuộc Bộ Y tế đã ban hành", "Cục Phòng bệnh"),
    ("Sở thông tin và truyền thông tổ chức họp báo", "Sở thông tin và truyền thông"),
    (
        "Uỷ ban nhân dân các tỉnh, thành phố trực thuộc Trung ương đánh giá cao",
        "Uỷ ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    ),
    ("liên quan phối hợp với Phòng Tư pháp thường xuyên tự kiểm", "Phòng Tư pháp"),
    ("phối hợp chặt chẽ với Thanh tra Xây dựng các cấp xử phạt", "Thanh tra Xây dựng các cấp"),
]


@pytest.mark.parametrize("text,span", BOUNDARIES, ids=[b[1] for b in BOUNDARIES])
def test_name_ends_before_cue(text: str, span: str) -> None:
    assert _find(text, span) is not None, [a.text for a in find_actors(normalize_text(text))]


# Texts of the corpus with no actor in them (words that look like heads).
NO_ACTOR = [
    "Ban hành văn bản quy phạm pháp luật",
    "làm cơ sở xây dựng tuyến mép bờ",
    'tiến đến "Cơ sở y tế không thuốc lá".',
    "Bộ Luật Hàng hải",
    "chuyển đổi số hướng tới xã hội số, chính phủ số, kinh tế số.",
    "có hiệu quả Nghị định 49/2020/NĐ-CP.",
    "việc triển khai các ngành nghề khác như",
    "thực hiện tạm dừng đóng bảo hiểm xã hội đối với các đối tượng",
    "Phòng, chống dịch bệnh",
    "Kế hoạch 02-KH/BCĐTW ngày 19 tháng 6 năm 2025",
]


@pytest.mark.parametrize("text", NO_ACTOR)
def test_no_actor(text: str) -> None:
    assert find_actors(normalize_text(text)) == []


def _split(text: str, part: str) -> list[ActorMatch]:
    t = normalize_text(text)
    start = t.index(normalize_text(part))
    return split_actor_list(t, start, start + len(normalize_text(part)))


SPLITS = [
    pytest.param(
        "- Chủ trì, phối hợp với Bộ Xây dựng, Bộ Tài chính, Ủy ban nhân dân các tỉnh, thành phố triển khai",
        "Bộ Xây dựng, Bộ Tài chính, Ủy ban nhân dân các tỉnh, thành phố",
        [
            ("Bộ Xây dựng", "Bộ Xây dựng"),
            ("Bộ Tài chính", "Bộ Tài chính"),
            ("Ủy ban nhân dân các tỉnh, thành phố", "Ủy ban nhân dân các tỉnh, thành phố"),
        ],
        id="025-three-actors",
    ),
    pytest.param(
        "Tham dự có lãnh đạo Ban Kinh tế Trung ương, các Bộ Kế hoạch và Đầu tư, Tài chính, Nội Vụ, "
        "Lao động - Thương binh và Xã hội, Giao thông vận tải, Văn phòng Chính phủ, "
        "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp.",
        "các Bộ Kế hoạch và Đầu tư, Tài chính, Nội Vụ, Lao động - Thương binh và Xã hội, Giao thông vận tải, "
        "Văn phòng Chính phủ, Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp",
        [
            ("các Bộ Kế hoạch và Đầu tư", "Bộ Kế hoạch và Đầu tư"),
            ("Tài chính", "Bộ Tài chính"),
            ("Nội Vụ", "Bộ Nội vụ"),
            ("Lao động - Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội"),
            ("Giao thông vận tải", "Bộ Giao thông vận tải"),
            ("Văn phòng Chính phủ", "Văn phòng Chính phủ"),
            (
                "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp",
                "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp",
            ),
        ],
        id="004-shared-head-bo",
    ),
    pytest.param(
        "Chủ trì, phối hợp với đơn vị liên quan của các Bộ: Tài chính, Xây dựng, Nông nghiệp và Phát triển "
        "nông thôn, Y tế, Khoa học và Công nghệ, Giao thông vận tải, Kế hoạch và Đầu tư, Thông tin và Truyền "
        "thông, Ngân hàng Nhà nước Việt Nam, Tổng cục Hải quan:",
        "các Bộ: Tài chính, Xây dựng, Nông nghiệp và Phát triển nông thôn, Y tế, Khoa học và Công nghệ, Giao "
        "thông vận tải, Kế hoạch và Đầu tư, Thông tin và Truyền thông, Ngân hàng Nhà nước Việt Nam, Tổng cục "
        "Hải quan",
        [
            ("các Bộ: Tài chính", "Bộ Tài chính"),
            ("Xây dựng", "Bộ Xây dựng"),
            ("Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Phát triển nông thôn"),
            ("Y tế", "Bộ Y tế"),
            ("Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ"),
            ("Giao thông vận tải", "Bộ Giao thông vận tải"),
            ("Kế hoạch và Đầu tư", "Bộ Kế hoạch và Đầu tư"),
            ("Thông tin và Truyền thông", "Bộ Thông tin và Truyền thông"),
            ("Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước Việt Nam"),
            ("Tổng cục Hải quan", "Tổng cục Hải quan"),
        ],
        id="009-shared-head-colon",
    ),
    pytest.param(
        "4. Đối với các Sở: Kế hoạch và Đầu tư, Xây dựng, Giao thông Vận tải, Công thương, Tài nguyên và Môi "
        "trường; Uỷ ban nhân dân các huyện, thị xã",
        "các Sở: Kế hoạch và Đầu tư, Xây dựng, Giao thông Vận tải, Công thương, Tài nguyên và Môi trường",
        [
            ("các Sở: Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư"),
            ("Xây dựng", "Sở Xây dựng"),
            ("Giao thông Vận tải", "Sở Giao thông vận tải"),
            ("Công thương", "Sở Công Thương"),
            ("Tài nguyên và Môi trường", "Sở Tài nguyên và Môi trường"),
        ],
        id="008-shared-head-so",
    ),
    pytest.param(
        "thức bằng văn bản của các Bộ: Giao thông vận tải, Kế hoạch và Đầu tư, Tài chính, trình Thủ tướng",
        "các Bộ: Giao thông vận tải, Kế hoạch và Đầu tư, Tài chính",
        [
            ("các Bộ: Giao thông vận tải", "Bộ Giao thông vận tải"),
            ("Kế hoạch và Đầu tư", "Bộ Kế hoạch và Đầu tư"),
            ("Tài chính", "Bộ Tài chính"),
        ],
        id="004-shared-head-three",
    ),
    pytest.param(
        "(2) Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tập trung thực hiện:",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
        [
            (
                "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
                "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
            )
        ],
        id="024-scope-stays-one",
    ),
    pytest.param(
        "Chủ trì, phối hợp với các bộ, ngành, địa phương rà soát, tham mưu",
        "các bộ, ngành, địa phương",
        [("các bộ, ngành, địa phương", "các bộ, ngành, địa phương")],
        id="025-generic-stays-one",
    ),
    pytest.param(
        "1. Sở Thông tin và Truyền thông:",
        "Sở Thông tin và Truyền thông",
        [("Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông")],
        id="008-va-inside-name",
    ),
    pytest.param(
        "Sở thông tin và truyền thông các tỉnh, thành phố phối hợp với Cục Tin học hóa (Bộ Thông tin và "
        "Truyền thông) tham mưu cho tỉnh ủy, thành ủy",
        "Cục Tin học hóa (Bộ Thông tin và Truyền thông)",
        [("Cục Tin học hóa", "Cục Tin học hóa")],
        id="sample-parent-in-parentheses",
    ),
    pytest.param(
        "phối hợp chặt chẽ với Ban Tuyên giáo và Dân vận tỉnh ủy, thành ủy, các cơ quan báo chí ở địa phương "
        "tuyên truyền",
        "Ban Tuyên giáo và Dân vận tỉnh ủy, thành ủy, các cơ quan báo chí ở địa phương",
        [
            ("Ban Tuyên giáo và Dân vận tỉnh ủy, thành ủy", "Ban Tuyên giáo và Dân vận tỉnh ủy, thành ủy"),
            ("các cơ quan báo chí ở địa phương", "các cơ quan báo chí ở địa phương"),
        ],
        id="021-party-and-press",
    ),
    pytest.param(
        "Chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ lập dự kiến Chương trình",
        "Sở Tài chính, Sở Nội vụ",
        [("Sở Tài chính", "Sở Tài chính"), ("Sở Nội vụ", "Sở Nội vụ")],
        id="007-two-so",
    ),
    pytest.param(
        "Bộ Y tế, Bộ Công an và Ủy ban nhân dân các tỉnh khẩn trương",
        "Bộ Y tế, Bộ Công an và Ủy ban nhân dân các tỉnh",
        [
            ("Bộ Y tế", "Bộ Y tế"),
            ("Bộ Công an", "Bộ Công an"),
            ("Ủy ban nhân dân các tỉnh", "Ủy ban nhân dân các tỉnh"),
        ],
        id="brief-three",
    ),
    pytest.param(
        "giao các Bộ: Lao động - Thương binh và Xã hội, Nông nghiệp và Phát triển nông thôn, Nội vụ",
        "các Bộ: Lao động - Thương binh và Xã hội, Nông nghiệp và Phát triển nông thôn, Nội vụ",
        [
            ("các Bộ: Lao động - Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội"),
            ("Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Phát triển nông thôn"),
            ("Nội vụ", "Bộ Nội vụ"),
        ],
        id="brief-shared-head",
    ),
]


SPLITS += [
    pytest.param(
        "Chủ trì, phối hợp với các Vụ: Kế hoạch, Công nghiệp nhẹ, Công nghiệp nặng, Năng lượng, Chính sách "
        "thương mại đa biên, các Vụ Thị trường ngoài nước, Cục Hoá chất, Cục Xúc tiến thương mại",
        "các Vụ: Kế hoạch, Công nghiệp nhẹ, Công nghiệp nặng, Năng lượng, Chính sách thương mại đa biên, "
        "các Vụ Thị trường ngoài nước, Cục Hoá chất, Cục Xúc tiến thương mại",
        [
            ("các Vụ: Kế hoạch", "Vụ Kế hoạch"),
            ("Công nghiệp nhẹ", "Vụ Công nghiệp nhẹ"),
            ("Công nghiệp nặng", "Vụ Công nghiệp nặng"),
            ("Năng lượng", "Vụ Năng lượng"),
            ("Chính sách thương mại đa biên", "Vụ Chính sách thương mại đa biên"),
            ("các Vụ Thị trường ngoài nước", "Vụ Thị trường ngoài nước"),
            ("Cục Hoá chất", "Cục Hóa chất"),
            ("Cục Xúc tiến thương mại", "Cục Xúc tiến thương mại"),
        ],
        id="009-shared-head-vu",
    ),
    pytest.param(
        "Khẩn trương phối hợp với các tổ chức tín dụng, tổ chức trung gian thanh toán và các đơn vị "
        "liên quan để triển khai",
        "các tổ chức tín dụng, tổ chức trung gian thanh toán và các đơn vị liên quan",
        [("các tổ chức tín dụng", "các tổ chức tín dụng"), ("các đơn vị liên quan", "các đơn vị liên quan")],
        id="038-new-member-not-merged",
    ),
    pytest.param(
        "Giao cho Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân và các đại biểu Hội đồng nhân dân "
        "tỉnh giám sát",
        "Thường trực Hội đồng nhân dân",
        [("Thường trực Hội đồng nhân dân", "Thường trực Hội đồng nhân dân")],
        id="018-thuong-truc",
    ),
    pytest.param(
        "- Phối hợp chặt chẽ với ngành Giáo dục, Công Thương, Ban Quản lý khu công nghiệp và các đơn vị liên "
        "quan tăng cường giám sát",
        "ngành Giáo dục, Công Thương, Ban Quản lý khu công nghiệp và các đơn vị liên quan",
        [
            ("ngành Giáo dục", "Ngành Giáo dục"),
            ("Ban Quản lý khu công nghiệp", "Ban Quản lý khu công nghiệp"),
            ("các đơn vị liên quan", "các đơn vị liên quan"),
        ],
        id="030-nganh",
    ),
    pytest.param(
        "- Với các đơn vị của Bộ Tài chính, Ngân hàng Nhà nước Việt Nam xây dựng và báo cáo",
        "các đơn vị của Bộ Tài chính, Ngân hàng Nhà nước Việt Nam",
        [
            ("các đơn vị của Bộ Tài chính", "các đơn vị của Bộ Tài chính"),
            ("Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước Việt Nam"),
        ],
        id="009-owner",
    ),
    pytest.param(
        "phối hợp với Thanh tra xây dựng, Công an, Quản lý thị trường, các cơ quan chức năng thuộc Quận, "
        "Huyện, Thị xã trong việc kiểm tra",
        "các cơ quan chức năng thuộc Quận, Huyện, Thị xã",
        [
            (
                "các cơ quan chức năng thuộc Quận, Huyện, Thị xã",
                "các cơ quan chức năng thuộc Quận, Huyện, Thị xã",
            )
        ],
        id="014-owner-locality",
    ),
]


@pytest.mark.parametrize("text,part,expected", SPLITS)
def test_split_actor_list(text: str, part: str, expected: list[tuple[str, str]]) -> None:
    got = _split(text, part)
    t = normalize_text(text)
    assert [(a.text, a.name) for a in got] == [(normalize_text(s), normalize_text(n)) for s, n in expected]
    for a in got:
        assert t[a.start : a.end] == a.text


def test_parent_in_parentheses_is_marked() -> None:
    t = normalize_text("phối hợp với Cục Tin học hóa (Bộ Thông tin và Truyền thông) tham mưu cho")
    found = find_actors(t)
    assert [(a.text, a.rule.endswith("+parenthetical")) for a in found] == [
        ("Cục Tin học hóa", False),
        ("Bộ Thông tin và Truyền thông", True),
    ]


SAMPLE = normalize_text(
    "Đây là một nội dung được Bộ Thông tin và Truyền thông đề cập trong Thông báo kết luận tại hội nghị giao "
    "ban công tác quản lý nhà nước với các sở thông tin và truyền thông quý III-2020 vừa qua.\n\n"
    "Bộ cũng yêu cầu các sở thông tin và truyền thông tập trung thúc đẩy, thực hiện mục tiêu mỗi người dân "
    "một điện thoại thông minh (smartphone), mỗi hộ gia đình một đường cáp quang;\n\n"
    "Theo thông báo trên, các sở có trách nhiệm tham mưu cho UBND tỉnh, thành phố tăng cường mức chi"
)


def test_resolve_bo_in_sample() -> None:
    found = find_actors(SAMPLE)
    bo = next(a for a in found if a.text == "Bộ")
    got = resolve_reference(bo, [a for a in found if a.start < bo.start])
    assert got is not None and got.name == "Bộ Thông tin và Truyền thông" and got.id == "bo_tttt"


def test_resolve_cac_so_in_sample() -> None:
    found = find_actors(SAMPLE)
    so = next(a for a in found if a.text == "các sở")
    assert so.generic and so.id is None
    got = resolve_reference(so, [a for a in found if a.start < so.start])
    assert got is not None and got.name == "Sở Thông tin và Truyền thông"


RESOLVE = [
    pytest.param(
        "nhiều Sở Tư pháp tích cực tham mưu cho UBND tỉnh chuyển giao việc chứng thực. Nhiều Sở đã cơ cấu "
        "lại các đơn vị trực thuộc",
        "Sở",
        "Sở Tư pháp",
        id="002-so",
    ),
    pytest.param(
        "kế hoạch năm 2010 của bộ giao thông vận tải.\nThay mặt lãnh đạo Bộ, Bộ trưởng Hồ Nghĩa Dũng đã kết "
        "luận như sau",
        "Bộ",
        "Bộ Giao thông vận tải",
        id="001-bo",
    ),
    pytest.param(
        "(1) Bộ Công an làm tốt chức năng chủ trì tham mưu cho Chính phủ. Bộ cũng yêu cầu",
        "Bộ",
        "Bộ Công an",
        id="021-bo-after-government",
    ),
    pytest.param("Sở đã cơ cấu lại các đơn vị trực thuộc", "Sở", None, id="no-antecedent"),
    pytest.param("Bộ Y tế chủ trì, phối hợp với Sở Y tế. Sở đã", "Sở", "Sở Y tế", id="kind-must-match"),
]


@pytest.mark.parametrize("text,ref,expected", RESOLVE)
def test_resolve_reference(text: str, ref: str, expected: str | None) -> None:
    found = find_actors(normalize_text(text))
    mention = [a for a in found if a.text == ref][-1]
    got = resolve_reference(mention, [a for a in found if a.start < mention.start])
    assert (got.name if got else None) == expected


def test_resolve_reference_of_a_name_is_none() -> None:
    found = find_actors("Bộ Y tế chủ trì")
    assert resolve_reference(found[0], []) is None


LOOKUPS = [
    ("Bộ TT&TT", "bo_tttt", "Bộ Thông tin và Truyền thông", "bo_khcn"),
    ("Bộ TT-TT", "bo_tttt", "Bộ Thông tin và Truyền thông", "bo_khcn"),
    ("bộ thông tin và truyền thông", "bo_tttt", "Bộ Thông tin và Truyền thông", "bo_khcn"),
    ("Bộ GTVT", "bo_gtvt", "Bộ Giao thông vận tải", "bo_xay_dung"),
    ("Bộ LĐ-TB&XH", "bo_ldtbxh", "Bộ Lao động - Thương binh và Xã hội", "bo_noi_vu"),
    ("Bộ Kế hoạch và Đầu tư", "bo_khdt", "Bộ Kế hoạch và Đầu tư", "bo_tai_chinh"),
    ("Bộ NN&PTNT", "bo_nnptnt", "Bộ Nông nghiệp và Phát triển nông thôn", "bo_nnmt"),
    ("Bộ TN&MT", "bo_tnmt", "Bộ Tài nguyên và Môi trường", "bo_nnmt"),
    ("Bộ GD&ĐT", "bo_gddt", "Bộ Giáo dục và Đào tạo", None),
    ("Sở GD&ĐT", "so_gddt", "Sở Giáo dục và Đào tạo", None),
    ("Sở KH&ĐT", "so_khdt", "Sở Kế hoạch và Đầu tư", "so_tai_chinh"),
    ("sở LĐTBXH", "so_ldtbxh", "Sở Lao động - Thương binh và Xã hội", "so_noi_vu"),
    ("UBND", "ubnd", "Ủy ban nhân dân", None),
    ("HĐND", "hdnd", "Hội đồng nhân dân", None),
    ("VPCP", "van_phong_chinh_phu", "Văn phòng Chính phủ", None),
    ("TTg", "thu_tuong", "Thủ tướng Chính phủ", None),
    ("Thủ tướng", "thu_tuong", "Thủ tướng Chính phủ", None),
    ("TP.HCM", "prov_ho_chi_minh", "Thành phố Hồ Chí Minh", None),
    ("Hà Giang", "prov_ha_giang", "Hà Giang", "prov_tuyen_quang"),
    ("Thừa Thiên Huế", "prov_thua_thien_hue", "Thừa Thiên Huế", "prov_hue"),
    ("Tổng cục Thuế", "tong_cuc_thue", "Tổng cục Thuế", "cuc_thue"),
    ("EVN", "evn", "Tập đoàn Điện lực Việt Nam", None),
    ("Uỷ ban nhân dân", "ubnd", "Ủy ban nhân dân", None),
]


@pytest.mark.parametrize("mention,ident,name,replaced", LOOKUPS, ids=[x[0] for x in LOOKUPS])
def test_lookup(mention: str, ident: str, name: str, replaced: str | None) -> None:
    e = lookup(mention)
    assert e is not None and (e.id, e.name, e.replaced_by) == (ident, name, replaced)


@pytest.mark.parametrize("mention", ["chính phủ", "Bộ", "Cục Quản lý giá", "tỉnh Lai Châu", ""])
def test_lookup_none(mention: str) -> None:
    assert lookup(mention) is None


CANONICAL = [
    ("UBND tỉnh Lai Châu", "Ủy ban nhân dân tỉnh Lai Châu"),
    ("UBND tỉnh, thành phố", "Ủy ban nhân dân tỉnh, thành phố"),
    ("UBND TP. Hà Nội", "Ủy ban nhân dân Thành phố Hà Nội"),
    ("Sở GD&ĐT TP. Hà Nội", "Sở Giáo dục và Đào tạo Thành phố Hà Nội"),
    ("UBND các tỉnh, TP trực thuộc Trung ương", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"),
    ("Sở Nội vụ TP HCM", "Sở Nội vụ Thành phố Hồ Chí Minh"),
    ("UB MTTQ Thành phố", "Ủy ban Mặt trận Tổ quốc Thành phố"),
    ("Bộ TT&TT", "Bộ Thông tin và Truyền thông"),
    ("Chủ tịch UBND các xã, phường", "Chủ tịch Ủy ban nhân dân các xã, phường"),
    ("Cục Quản lý giá", "Cục Quản lý giá"),
]


@pytest.mark.parametrize("mention,name", CANONICAL, ids=[x[0] for x in CANONICAL])
def test_canonical_name(mention: str, name: str) -> None:
    assert canonical_name(mention) == name


_PIECES = [
    "Bộ",
    "bộ",
    "Sở",
    "sở",
    "các",
    "Các",
    "UBND",
    "Ủy ban nhân dân",
    "tỉnh",
    "thành phố",
    "TP.",
    "TP.HCM",
    ",",
    ":",
    "-",
    "(",
    ")",
    "và",
    "Y tế",
    "Tài chính",
    "Thông tin và Truyền thông",
    "Cục",
    "Vụ",
    "Ban",
    "Chủ tịch",
    "Giám đốc",
    "đồng chí",
    "Phó Thủ tướng",
    "Nguyễn",
    "Văn",
    "các bộ, ngành",
    "cơ quan",
    "đơn vị",
    "liên quan",
    "thuộc",
    "của",
    "chủ trì",
    "phối hợp",
    "Lai Châu",
    "\n",
    "NĐ-CP",
    "/",
    "12",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=25).map(" ".join) | st.text(max_size=60))
@settings(max_examples=300, deadline=None)
def test_find_actors_is_total_and_grounded(raw: str) -> None:
    t = normalize_text(raw)
    last = 0
    for a in find_actors(t):
        assert a.end > a.start >= last
        assert t[a.start : a.end] == a.text
        last = a.end
    parts = split_actor_list(t, 0, len(t))
    assert all(t[a.start : a.end] == a.text for a in parts)


# --- leftovers of issue #8, on verbatim lines of corpora/raw -------------------------------------


def _names(text: str) -> list[tuple[str, str]]:
    return [(a.text, a.name) for a in find_actors(normalize_text(text))]


def test_name_across_an_ocr_line_break() -> None:
    """052 is hard-wrapped OCR: a known name broken over two lines is one mention, its span keeps
    the line break; a blank line (two breaks) still separates."""
    text = (
        "b) Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Bộ Công\n"
        "Thương và các cơ quan liên quan chỉ đạo"
    )
    assert ("Bộ Công\nThương", "Bộ Công Thương") in _names(text)
    assert ("Bộ Y tế", "Bộ Y tế") in _names("Bộ Y tế\n\nThương mại điện tử")
    assert not any(n == "Bộ Công Thương" for _, n in _names("Bộ Công\n\nThương"))


def test_city_abbreviation_before_a_name_is_capitalised() -> None:
    """'TP.' before a city's name expands to 'Thành phố' (gold of 031); in a class it stays lower."""
    text = "Ngày 03/12/2025, Sở GD&ĐT TP. Hà Nội đã ban hành Công văn 5095/SGDĐT-CTTTHSSV năm 2025"
    assert _names(text) == [("Sở GD&ĐT TP. Hà Nội", "Sở Giáo dục và Đào tạo Thành phố Hà Nội")]
    assert canonical_name("UBND các tỉnh, TP") == "Ủy ban nhân dân các tỉnh, thành phố"


def test_working_group_serves_the_steering_committee_named_before() -> None:
    """064: 'Nhóm giúp việc cho Ban Chỉ đạo' takes the committee's full name, and later 'Nhóm giúp
    việc' and 'Trưởng Nhóm giúp việc' refer back to it (gold of 064-11, 064-13, 064-14)."""
    lines = [
        "Điều 1. Thành lập Ban Chỉ đạo Hội nghị WEF Đông Á 2010",
        "Điều 4. Thành lập Nhóm giúp việc cho Ban Chỉ đạo do Vụ trưởng Vụ Tổng hợp Kinh tế, Bộ "
        "Ngoại giao làm Trưởng Nhóm",
        "Nhóm giúp việc chịu trách nhiệm quản lý kinh phí hoạt động này.",
        "Các thành viên Ban Chỉ đạo và Trưởng Nhóm giúp việc định kỳ có báo cáo gửi Trưởng Ban Chỉ đạo",
    ]
    previous: list[ActorMatch] = []
    names: dict[str, str] = {}
    offset = 0
    for line in lines:
        for a in find_actors(line):
            a = ActorMatch(
                a.start + offset, a.end + offset, a.text, a.name, a.kind, a.id, a.level, a.generic, a.rule
            )
            ante = resolve_reference(a, previous)
            if ante is not None:
                a = ActorMatch(a.start, a.end, a.text, ante.name, ante.kind, a.id, a.level, a.generic, a.rule)
            previous.append(a)
            names.setdefault(a.text, a.name)
        offset += len(line) + 1
    full = "Nhóm giúp việc cho Ban Chỉ đạo Hội nghị WEF Đông Á 2010"
    assert names["Nhóm giúp việc cho Ban Chỉ đạo"] == full
    assert names["Nhóm giúp việc"] == full
    assert names["Trưởng Nhóm giúp việc"] == "Trưởng " + full
    assert ("nhóm giúp việc", "Nhóm giúp việc") not in _names("một nhóm giúp việc")


def test_numbered_army_corps() -> None:
    """039 (verbatim): 'Binh đoàn 19' between state groups is its own actor."""
    text = "Các tập đoàn PVN, TKV, Binh đoàn 19, Vinachem... đẩy mạnh hơn nữa việc khai thác khoáng sản"
    assert _names(text) == [
        ("PVN", "Tập đoàn Dầu khí Việt Nam"),
        ("TKV", "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"),
        ("Binh đoàn 19", "Binh đoàn 19"),
        ("Vinachem", "Tập đoàn Hóa chất Việt Nam"),
    ]


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        (  # 062, first line (a lower-cased title)
            "Thông báo kết luận của phó thủ tướng nguyễn thiện nhân tại cuộc họp giao ban toàn quốc",
            "phó thủ tướng nguyễn thiện nhân",
            "Phó Thủ tướng Nguyễn Thiện Nhân",
        ),
        (  # 005, first line
            "Thông báo kết luận của thứ trưởng nguyễn việt thắng tại hội nghị bàn biện pháp",
            "thứ trưởng nguyễn việt thắng",
            "Thứ trưởng Nguyễn Việt Thắng",
        ),
    ],
)
def test_lower_case_title_and_person(text: str, written: str, name: str) -> None:
    assert (written, name) in _names(text)


def test_lower_case_title_without_a_surname_takes_no_words() -> None:
    assert _names("thủ tướng hoàn toàn đồng ý") == [("thủ tướng", "Thủ tướng Chính phủ")]


def test_station_class_with_owner_note() -> None:
    """065 (verbatim heading 5): a list of station classes sharing 'Trạm', with its owners."""
    text = (
        "5. Các Trạm khí tượng, khí tượng cao không, thuỷ văn, khí tượng thuỷ văn biển (thuộc các Đài "
        "Khí tượng Thuỷ văn khu vực, Đài Khí tượng cao không)"
    )
    (a,) = find_actors(normalize_text(text))
    assert a.name == (
        "Trạm khí tượng, khí tượng cao không, thủy văn, khí tượng thủy văn biển (thuộc các Đài Khí "
        "tượng Thủy văn khu vực, Đài Khí tượng cao không)"
    )
    assert a.kind == "agency" and a.generic
    assert a.text.startswith("Các Trạm") and a.text.endswith("cao không)")
