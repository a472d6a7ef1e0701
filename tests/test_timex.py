"""Table tests of :mod:`directive_extract.timex`.

Rows ``c<doc>-NN`` are verbatim phrases of ``/work/shared/corpora-raw/<doc>_*.txt`` (copied here; the
suite does not read shared/), each expected value checked by reading the phrase; ``ref`` is the
document's date where the text gives it. Rows ``b-*`` are the forms named in the task brief.
Each expected match is ``(text, relation, ISO date or None, TIMEX3 value)``.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from directive_extract.timex import (
    find_deadlines,
    find_document_date,
    find_recurrences,
    find_urgency,
    lunar_new_year,
    parse_deadline,
)

Expected = list[tuple[str, str | None, str | None, str | None]]

CORPUS: list[tuple[str, str, str | None, Expected]] = [
    (
        "c001-01",
        "Ngày 11/01/2010 tại Hà Nội, Bộ Giao thông vận tải đã tổ",
        None,
        [],  # a meeting being reported ("đã tổ chức"), not a deadline
    ),
    (
        "c001-02",
        "Trong năm 2009, được sự quan tâm và chỉ đạo sát sao của",
        None,
        [
            ("Trong năm 2009", "during", "2009-12-31", "2009"),
        ],
    ),
    (
        "c001-03",
        "- Năm 2010, kinh tế của đất nước sẽ có những điều kiện",
        None,
        [
            ("Năm 2010", "during", "2010-12-31", "2010"),
        ],
    ),
    (
        "c001-04",
        "cơ quan, đơn vị cần phối hợp chặt chẽ, triển khai mạnh mẽ các giải pháp ngay từ đầu năm, đẩy "
        "mạnh đầu tư phát triển kết cấu hạ tầng giao thông trên cơ sở chiến lược, quy hoạch đã được "
        "duyệt của cả nước và của từng địa phương để giải ngân hết các nguồn vốn kế hoạch đã giao "
        "trong năm 2010.",
        None,
        [
            ("ngay từ đầu năm", "from", None, None),
            ("trong năm 2010", "during", "2010-12-31", "2010"),
        ],
    ),
    (
        "c001-05",
        "+ Dự kiến trong năm 2010 phấn đấu giải ngân tăng 20-30% so với năm",
        None,
        [
            ("trong năm 2010", "during", "2010-12-31", "2010"),
        ],
    ),
    (
        "c001-06",
        "nội dung về vấn đề vận tải để phục vụ Hội nghị vận tải toàn quốc tổ chức vào quý I/2010, "
        "trọng tâm là vận tải hành khách công cộng,",
        None,
        [
            ("vào quý I/2010", "during", "2010-03-31", "2010-Q1"),
        ],
    ),
    (
        "c001-07",
        "giao thông Quốc gia tại Hội nghị An toàn giao thông toàn quốc tổ chức vào ngày 12/01/2010.",
        None,
        [
            ("vào ngày 12/01/2010", "on", "2010-01-12", "2010-01-12"),
        ],
    ),
    (
        "c001-08",
        "công nghiệp thoát khỏi đáy khủng hoảng năm 2009 và có bước phát triển trong năm 2010, nâng "
        "cao hiệu quả hoạt động của doanh nghiệp.",
        None,
        [
            ("trong năm 2010", "during", "2010-12-31", "2010"),
        ],
    ),
    (
        "c002-01",
        "nhất là các giải pháp mang tính đột phá, để tạo ra những chuyển biến mạnh trong năm 2010, tạo "
        "đà cho những năm tiếp theo.",
        None,
        [
            ("trong năm 2010", "during", "2010-12-31", "2010"),
        ],
    ),
    (
        "c002-02",
        "biệt sự phối kết hợp của các Bộ, ngành, cấp uỷ, chính quyền địa phương trong năm 2009 là bài "
        "học cần được tiếp tục phát huy mạnh",
        None,
        [
            ("trong năm 2009", "during", "2009-12-31", "2009"),
        ],
    ),
    (
        "c004-01",
        "Ngày 16 tháng 02 năm 2006 tại Văn phòng Chính phủ, Phó Thủ tướng thường",
        None,
        [
            ("Ngày 16 tháng 02 năm 2006", "on", "2006-02-16", "2006-02-16"),
        ],
    ),
    (
        "c004-02",
        "tư, Tài chính, Giao thông vận tải sớm bố trí vốn để triển khai thực hiện trong năm 2006.",
        None,
        [
            ("trong năm 2006", "during", "2006-12-31", "2006"),
        ],
    ),
    (
        "c005-01",
        "Năm 2005 ngành Thuỷ sản và chính quyền các địa phương",
        None,
        [
            ("Năm 2005", "during", "2005-12-31", "2005"),
        ],
    ),
    (
        "c005-02",
        "Để đảm bảo cho vụ nuôi tôm năm 2006 tiếp tục giành được thắng lợi, ngày 10/01/2005 tại Hà Nội "
        "Bộ Thuỷ sản đã tổ chức hội nghị",
        None,
        [],  # a past event ("đã tổ chức")
    ),
    (
        "c006-01",
        "Năm 2010, tình hình thế giới, khu vực tiếp tục có",
        None,
        [
            ("Năm 2010", "during", "2010-12-31", "2010"),
        ],
    ),
    (
        "c006-02",
        "hiện nghiêm túc việc quy hoạch, đào tạo, sử dụng cán bộ quân sự cấp xã đến năm 2020.",
        None,
        [
            ("đến năm 2020", "by", "2020-12-31", "2020"),
        ],
    ),
    (
        "c006-03",
        "Xây dựng kế hoạch thực hiện Luật Dân quân tự vệ từ năm 2010 đến năm 2015.",
        None,
        [
            ("từ năm 2010 đến năm 2015", "range", "2015-12-31", "2010/2015"),
        ],
    ),
    (
        "c006-04",
        "tốt Lễ Kỷ niệm 75 năm Ngày truyền thống của lực lượng Dân quân tự vệ (28/3/1935 - 28/3/2010) "
        "từ cấp xã, cơ quan, tổ chức;",
        None,
        [
            ("28/3/1935 - 28/3/2010", "range", "2010-03-28", "1935-03-28/2010-03-28"),
        ],
    ),
    (
        "c007-01",
        "Đề xuất văn bản đưa vào Chương trình lập quy cho năm sau phải gửi về Văn phòng Uỷ ban nhân "
        "dân thành phố và Sở Tư pháp trước ngày 01 tháng 12 của năm trước.",
        None,
        [
            ("trước ngày 01 tháng 12", "before", None, "XXXX-12-01"),
        ],
    ),
    (
        "c007-02",
        "kiến Chương trình lập quy và trình Uỷ ban nhân dân thành phố thông qua trước ngày 30 tháng 12.",
        None,
        [
            ("trước ngày 30 tháng 12", "before", None, "XXXX-12-30"),
        ],
    ),
    (
        "c007-03",
        "Chậm nhất là cuối quý I năm 2010, những cơ quan, đơn vị đã có trang thông",
        None,
        [
            ("Chậm nhất là cuối quý I năm 2010", "by", "2010-03-31", "2010-Q1"),
        ],
    ),
    (
        "c008-01",
        "các ngành, đơn vị liên quan dự thảo quy định các tuyến đường, khu dân cư đến năm 2015 phải "
        "thực hiện việc ngầm hoá mạng cáp trình",
        None,
        [
            ("đến năm 2015", "by", "2015-12-31", "2015"),
        ],
    ),
    (
        "c008-02",
        "chương trình, kế hoạch thực hiện ngầm hoá mạng cáp của doanh nghiệp mình đến năm 2015 và báo "
        "cáo Uỷ ban nhân dân tỉnh, Sở Thông tin và Truyền thông trong quý IV năm 2009;",
        None,
        [
            ("đến năm 2015", "by", "2015-12-31", "2015"),
            ("trong quý IV năm 2009", "during", "2009-12-31", "2009-Q4"),
        ],
    ),
    (
        "c008-03",
        "Chỉ thị này có hiệu lực thi hành sau 10 (mười) ngày kể từ ngày ký ban hành.",
        None,
        [
            ("sau 10 (mười) ngày kể từ ngày ký ban hành", "from", None, "P10D"),
        ],
    ),
    (
        "c009-01",
        "hạn chế nhập siêu, góp phần ổn định các cân đối vĩ mô của nền kinh tế trong năm 2010;",
        None,
        [
            ("trong năm 2010", "during", "2010-12-31", "2010"),
        ],
    ),
    (
        "c009-02",
        "Quốc hội giao và kiểm soát để tỷ lệ nhập siêu trên kim ngạch xuất khẩu trong năm 2010 tối đa "
        "không vượt quá 20%.",
        None,
        [
            ("trong năm 2010", "during", "2010-12-31", "2010"),
        ],
    ),
    (
        "c009-03",
        "Thủ tướng Chính phủ những chính sách phát triển xuất khẩu cho năm 2010 vào đầu quý I năm 2010.",
        None,
        [
            ("vào đầu quý I năm 2010", "during", "2010-01-31", "2010-Q1"),
        ],
    ),
    (
        "c009-04",
        "- Ngay trong Quý I năm 2010, phối hợp với đơn vị của các Bộ quản lý chuyên ngành và các địa "
        "phương làm việc với các Tập đoàn, Tổng công ty và các Hiệp hội ngành hàng lớn, các doanh "
        "nghiệp có vốn đầu tư nước ngoài rà soát khả năng về mặt hàng, thị trường xuất khẩu, xác định "
        "cụ thể mục tiêu và biện pháp đẩy mạnh xuất khẩu của từng đơn vị, tạo điều kiện thuận lợi cho "
        "doanh nghiệp tiếp cận vốn cho sản xuất, kinh doanh xuất khẩu, trên cơ sở đó xây dựng thị "
        "trường hoặc nhóm thị trường trọng điểm để tập trung đẩy mạnh xuất khẩu trong năm 2010.",
        None,
        [
            ("Ngay trong Quý I năm 2010", "during", "2010-03-31", "2010-Q1"),
            ("trong năm 2010", "during", "2010-12-31", "2010"),
        ],
    ),
    (
        "c009-05",
        'tướng Chính phủ Đề án thí điểm "Bảo hiểm tín dụng xuất khẩu" để triển khai trong năm 2010.',
        None,
        [
            ("trong năm 2010", "during", "2010-12-31", "2010"),
        ],
    ),
    (
        "c009-06",
        "đúng mục tiêu và có hiệu quả cao hơn, trình Thủ tướng Chính phủ ban hành trong quý I năm 2010.",
        None,
        [
            ("trong quý I năm 2010", "during", "2010-03-31", "2010-Q1"),
        ],
    ),
    (
        "c009-07",
        "xuất khẩu, kiềm chế nhập siêu tại một số thị trường trọng điểm, thực hiện ngay trong quý I "
        "năm 2010.",
        None,
        [
            ("ngay trong quý I năm 2010", "during", "2010-03-31", "2010-Q1"),
        ],
    ),
    (
        "c009-08",
        "hàng gây ảnh hưởng đến sức khoẻ người dân, báo cáo Thủ tướng Chính phủ trong quý I năm 2010.",
        None,
        [
            ("trong quý I năm 2010", "during", "2010-03-31", "2010-Q1"),
        ],
    ),
    (
        "c009-09",
        "bị toàn bộ của các ngành sản xuất chủ yếu, báo cáo Thủ tướng Chính phủ trong quý I năm 2010.",
        None,
        [
            ("trong quý I năm 2010", "during", "2010-03-31", "2010-Q1"),
        ],
    ),
    (
        "c009-10",
        "pháp giám sát việc nhập khẩu máy móc, thiết bị của khối doanh nghiệp FDI trong năm 2010, để "
        "góp phần hạn chế nhập siêu.",
        None,
        [
            ("trong năm 2010", "during", "2010-12-31", "2010"),
        ],
    ),
    (
        "c009-11",
        "nhập khẩu và có xu hướng tăng giá trên thị trường thế giới, thực hiện ngay trong quý I năm "
        "2010.",
        None,
        [
            ("ngay trong quý I năm 2010", "during", "2010-03-31", "2010-Q1"),
        ],
    ),
    (
        "c011-01",
        "Năm 2010, là năm cuối thực hiện các mục tiêu, nhiệm",
        None,
        [
            ("Năm 2010", "during", "2010-12-31", "2010"),
        ],
    ),
    (
        "c011-02",
        "ban nhân dân các quận, huyện tổ chức phát động các phong trào thi đua trong năm 2010 để thực "
        "hiện tốt những nội dung trọng tâm",
        None,
        [
            ("trong năm 2010", "during", "2010-12-31", "2010"),
        ],
    ),
    (
        "c011-03",
        "vượt qua mọi khó khăn, thử thách, hoàn thành xuất sắc nhiệm vụ được giao ngay từ những tháng "
        "đầu năm 2010;",
        None,
        [
            ("ngay từ những tháng đầu năm 2010", "from", "2010-01-01", None),
        ],
    ),
    (
        "c011-04",
        "Năm 2010, thành phố tiếp tục thực hiện chủ đề năm:",
        None,
        [
            ("Năm 2010", "during", "2010-12-31", "2010"),
        ],
    ),
    (
        "c013-01",
        "hết năm 2010, tổ chức tổng kết, đánh giá việc thực hiện",
        None,
        [
            ("hết năm 2010", "by", "2010-12-31", "2010"),
        ],
    ),
    (
        "c014-01",
        "vật liệu xây dựng kinh doanh có điều kiện trên địa bàn thành phố hà nội trong năm 2010 và "
        "những năm tiếp theo",
        "2009-12-22",
        [
            ("trong năm 2010", "during", "2010-12-31", "2010"),
        ],
    ),
    (
        "c014-02",
        "toàn, vệ sinh môi trường, mỹ quan đô thị trên địa bàn Thủ đô, đặc biệt trong năm 2010, tổ "
        "chức Đại lễ kỷ niệm 1000 năm Thăng Long",
        "2009-12-22",
        [
            ("trong năm 2010", "during", "2010-12-31", "2010"),
        ],
    ),
    (
        "c015-01",
        "Vì vậy, nhiệm vụ đặt ra trong giai đoạn 2011-2015 là rất nặng nề.",
        None,
        [
            ("trong giai đoạn 2011-2015", "during", "2015-12-31", "2011/2015"),
        ],
    ),
    (
        "c015-02",
        "Trình độ công nghệ, năng lực sản xuất mới tăng thêm trong giai đoạn 2006-2010.",
        None,
        [
            ("trong giai đoạn 2006-2010", "during", "2010-12-31", "2006/2010"),
        ],
    ),
    (
        "c015-03",
        "Bên cạnh đó, trong giai đoạn 2011 - 2015 nước ta - cũng như tỉnh Long An có khả năng",
        None,
        [
            ("trong giai đoạn 2011 - 2015", "during", "2015-12-31", "2011/2015"),
        ],
    ),
    (
        "c016-01",
        "hoạch mạng lưới Đường thuỷ và Cảng, bến khu vực thành phố Hồ Chí Minh từ nay đến năm 2020 đã "
        "được Uỷ ban nhân dân thành phố phê duyệt.",
        None,
        [
            ("từ nay đến năm 2020", "by", "2020-12-31", "2020"),
        ],
    ),
    (
        "c017-01",
        "năm 2010 ngoài 958 nhà phải hoàn thành theo Kế hoạch",
        None,
        [
            ("năm 2010", "during", "2010-12-31", "2010"),
        ],
    ),
    (
        "c017-02",
        "xây dựng, sửa chữa 2.305 nhà ở hư hỏng phát sinh ngoài Kế hoạch 77/KH-LT trước ngày 30/9/2010.",
        None,
        [
            ("trước ngày 30/9/2010", "before", "2010-09-30", "2010-09-30"),
        ],
    ),
    (
        "c017-03",
        "Từ tháng 1/2010 thực hiện rà soát, hoàn chỉnh hồ sơ, tổ chức xét duyệt, hướng dẫn các hộ "
        "triển khai xây dựng và tổ chức nghiệm thu, thanh quyết toán trước 30/9/2010.",
        None,
        [
            ("Từ tháng 1/2010", "from", "2010-01-01", "2010-01"),
            ("trước 30/9/2010", "before", "2010-09-30", "2010-09-30"),
        ],
    ),
    (
        "c017-04",
        "trợ xây dựng, sửa chữa 2.305 nhà ở hộ nghèo phát sinh ngoài KH 77/KH-LT trước ngày 30/9/2010, "
        "thiết thực chào mừng Đại lễ kỷ niệm 1.000",
        None,
        [
            ("trước ngày 30/9/2010", "before", "2010-09-30", "2010-09-30"),
        ],
    ),
    (
        "c018-01",
        "Đến năm 2015 toàn tỉnh có 20.000 ha, trong đó 90% diện",
        None,
        [
            ("Đến năm 2015", "by", "2015-12-31", "2015"),
        ],
    ),
    (
        "c018-02",
        "- Giai đoạn 2008 - 2010 diện tích cao su đạt 6.000 ha.",
        None,
        [
            ("Giai đoạn 2008 - 2010", "during", "2010-12-31", "2008/2010"),
        ],
    ),
    (
        "c018-03",
        "- Giai đoạn 2011 - 2015 diện tích cao su đạt 20.000 ha.",
        None,
        [
            ("Giai đoạn 2011 - 2015", "during", "2015-12-31", "2011/2015"),
        ],
    ),
    (
        "c018-04",
        "- Đến năm 2015 có 1.000 ha cao su được khai thác mủ, sản",
        None,
        [
            ("Đến năm 2015", "by", "2015-12-31", "2015"),
        ],
    ),
    (
        "c018-05",
        "- Đến năm 2020 có 12.000 ha cao su được khai thác mủ, sản",
        None,
        [
            ("Đến năm 2020", "by", "2020-12-31", "2020"),
        ],
    ),
    (
        "c018-06",
        "- Đến năm 2022 có trên 20.000 ha cao su được khai thác",
        None,
        [
            ("Đến năm 2022", "by", "2022-12-31", "2022"),
        ],
    ),
    (
        "c018-07",
        "- Giai đoạn I (2008-2010) trồng mới 6.000 ha chủ yếu tập trung tại vùng I (năm 2008 trồng mới "
        "1.000 ha;",
        None,
        [
            ("Giai đoạn I (2008-2010)", "during", "2010-12-31", "2008/2010"),
            ("năm 2008", "during", "2008-12-31", "2008"),
        ],
    ),
    ('c018-08', 'năm 2009 trồng mới 2.500 ha;', None, [('năm 2009', 'during', '2009-12-31', '2009')]),
    ('c018-09', 'năm 2010 trồng mới 2.500 ha).', None, [('năm 2010', 'during', '2010-12-31', '2010')]),
    (
        "c018-10",
        "- Giai đoạn 2 (2011-2015) trồng mới 14.000 ha (năm 2011 trồng mới 3.000 ha;",
        None,
        [
            ("Giai đoạn 2 (2011-2015)", "during", "2015-12-31", "2011/2015"),
            ("năm 2011", "during", "2011-12-31", "2011"),
        ],
    ),
    ('c018-11', 'năm 2012 trồng mới 3.000 ha;', None, [('năm 2012', 'during', '2012-12-31', '2012')]),
    ('c018-12', 'năm 2013 trồng mới 3.000 ha;', None, [('năm 2013', 'during', '2013-12-31', '2013')]),
    ('c018-13', 'năm 2014 trồng mới 3.000 ha;', None, [('năm 2014', 'during', '2014-12-31', '2014')]),
    ('c018-14', 'năm 2015 trồng mới 2.000 ha).', None, [('năm 2015', 'during', '2015-12-31', '2015')]),
    (
        "c018-15",
        "- Năm 2013: Vùng I xây dựng 02 cơ sở chế biến mủ cao",
        None,
        [
            ("Năm 2013", "during", "2013-12-31", "2013"),
        ],
    ),
    (
        "c018-16",
        "- Năm 2014: Vùng III xây dựng 01 cơ sở chế biến mủ",
        None,
        [
            ("Năm 2014", "during", "2014-12-31", "2014"),
        ],
    ),
    (
        "c019-01",
        "phải tiếp tục vận động các hộ dân tham gia vào các HTX và tổ hợp tác mới, đến năm 2010 dự "
        "kiến khoảng 85 HTX và 6.600 tổ hợp tác.",
        None,
        [
            ("đến năm 2010", "by", "2010-12-31", "2010"),
        ],
    ),
    (
        "c019-02",
        "- Đào tạo cán bộ quản lý các HTX, tổ hợp có trình độ từ trung cấp đến năm 2010 là 40%;",
        None,
        [
            ("đến năm 2010", "by", "2010-12-31", "2010"),
        ],
    ),
    (
        "c019-03",
        "của một lao động trong kinh tế tập thể từ 7 triệu năm 2005 lên 14 triệu vào năm 2010.",
        None,
        [
            ("vào năm 2010", "during", "2010-12-31", "2010"),
        ],
    ),
    (
        "c019-04",
        "trưởng các cơ quan liên quan chịu trách nhiệm thi hành quyết định này kể từ ngày ký.",
        None,
        [
            ("kể từ ngày ký", "from", None, None),
        ],
    ),
    (
        "c023-01",
        "Hoàn thành trước khi bão ảnh hưởng trực tiếp, nhưng phải trước 15 giờ hôm nay.",
        "2025-11-06",
        [
            ("trước 15 giờ hôm nay", "before", "2025-11-06", "2025-11-06"),
        ],
    ),
    (
        "c024-01",
        "gian giải quyết TTHC, 30% chi phí tuân thủ TTHC, 30% điều kiện kinh doanh trong năm 2025, "
        "trong đó lưu ý tập trung nghiên cứu, rà",
        "2025-05-29",
        [
            ("trong năm 2025", "during", "2025-12-31", "2025"),
        ],
    ),
    (
        "c025-01",
        "hiện toàn trình tại 100% các cảng hàng không trên toàn quốc, hoàn thành trong tháng 10 năm "
        "2025;",
        "2025-09-13",
        [
            ("trong tháng 10 năm 2025", "by", "2025-10-31", "2025-10"),
        ],
    ),
    (
        "c025-02",
        "tiện trên địa bàn thành phố Hà Nội, Thành phố Hồ Chí Minh, hoàn thành trong năm 2025.",
        "2025-09-13",
        [
            ("trong năm 2025", "by", "2025-12-31", "2025"),
        ],
    ),
    (
        "c025-03",
        "thuận tiện, an toàn cho người dân sử dụng dịch vụ toàn trình, hoàn thành trong tháng 10 năm "
        "2025.",
        "2025-09-13",
        [
            ("trong tháng 10 năm 2025", "by", "2025-10-31", "2025-10"),
        ],
    ),
    (
        "c025-04",
        "tác quản lý nhà nước và thúc đẩy phát triển kinh tế - xã hội, hoàn thành trong tháng 10 năm "
        "2025.",
        "2025-09-13",
        [
            ("trong tháng 10 năm 2025", "by", "2025-10-31", "2025-10"),
        ],
    ),
    (
        "c025-05",
        "thực điện tử VNelD vào các hệ thống nghiệp vụ liên quan đến giao thông trước ngày 15 tháng 9 "
        "năm 2025.",
        "2025-09-13",
        [
            ("trước ngày 15 tháng 9 năm 2025", "before", "2025-09-15", "2025-09-15"),
        ],
    ),
    (
        "c025-06",
        "và nhận diện sinh trắc học phục vụ làm thủ tục lên tàu bay, hoàn thành trước ngày 30 tháng 10 "
        "năm 2025.",
        "2025-09-13",
        [
            ("trước ngày 30 tháng 10 năm 2025", "before", "2025-10-30", "2025-10-30"),
        ],
    ),
    (
        "c025-07",
        "+ Từ ngày 15 tháng 9 năm 2025, phối hợp với các hãng hàng không (Vietnam",
        "2025-09-13",
        [
            ("Từ ngày 15 tháng 9 năm 2025", "from", "2025-09-15", "2025-09-15"),
        ],
    ),
    (
        "c025-08",
        "+ Từ ngày 15 tháng 9 năm 2025 đến 30 tháng 11 năm 2025, phối hợp với các hãng hàng không chủ "
        "động",
        "2025-09-13",
        [
            (
                "Từ ngày 15 tháng 9 năm 2025 đến 30 tháng 11 năm 2025",
                "range",
                "2025-11-30",
                "2025-09-15/2025-11-30",
            ),
        ],
    ),
    (
        "c025-09",
        "+ Từ ngày 01 tháng 12 năm 2025, chỉ làm thủ tục tại quầy đối với hành khách",
        "2025-09-13",
        [
            ("Từ ngày 01 tháng 12 năm 2025", "from", "2025-12-01", "2025-12-01"),
        ],
    ),
    (
        "c025-10",
        "+ Từ ngày 15 tháng 9 năm 2025, hướng dẫn toàn bộ hành khách sử dụng Căn",
        "2025-09-13",
        [
            ("Từ ngày 15 tháng 9 năm 2025", "from", "2025-09-15", "2025-09-15"),
        ],
    ),
    (
        "c025-11",
        "+ Từ ngày 15 tháng 9 năm 2025 đến 30 tháng 11 năm 2025, phối hợp với các hãng hàng không khác "
        "chủ",
        "2025-09-13",
        [
            (
                "Từ ngày 15 tháng 9 năm 2025 đến 30 tháng 11 năm 2025",
                "range",
                "2025-11-30",
                "2025-09-15/2025-11-30",
            ),
        ],
    ),
    (
        "c025-12",
        "định danh và xác thực điện tử VNelD khi tham gia giao thông, hoàn thành trong tháng 12 năm "
        "2025.",
        "2025-09-13",
        [
            ("trong tháng 12 năm 2025", "by", "2025-12-31", "2025-12"),
        ],
    ),
    (
        "c025-13",
        "cung cấp trên hệ thống định danh và xác thực điện tử VNelD, hoàn thành trong tháng 12 năm "
        "2025.",
        "2025-09-13",
        [
            ("trong tháng 12 năm 2025", "by", "2025-12-31", "2025-12"),
        ],
    ),
    (
        "c025-14",
        "thị, ga Hà Nội và bãi đỗ phương tiện trên địa bàn thành phố, hoàn thành trong tháng 12 năm "
        "2025.",
        "2025-09-13",
        [
            ("trong tháng 12 năm 2025", "by", "2025-12-31", "2025-12"),
        ],
    ),
    (
        "c025-15",
        "thực điện tử để đồng bộ, tích hợp giấy tờ điện tử trên VNelD, hoàn thành trong tháng 11 năm "
        "2025.",
        "2025-09-13",
        [
            ("trong tháng 11 năm 2025", "by", "2025-11-30", "2025-11"),
        ],
    ),
    (
        "c025-16",
        "trong ứng dụng VNelD phục vụ giải quyết thủ tục hành chính, hoàn thành trước ngày 20 tháng 9 "
        "năm 2025.",
        "2025-09-13",
        [
            ("trước ngày 20 tháng 9 năm 2025", "before", "2025-09-20", "2025-09-20"),
        ],
    ),
    (
        "c025-17",
        "giảm, đơn giản hóa thủ tục hành chính (Phụ lục II kèm theo), hoàn thành trong tháng 9 năm "
        "2025.",
        "2025-09-13",
        [
            ("trong tháng 9 năm 2025", "by", "2025-09-30", "2025-09"),
        ],
    ),
    (
        "c025-18",
        "phí có liên quan đến việc sản xuất, in, cấp giấy tờ vật lý, hoàn thành trong tháng 9 năm 2025 "
        "(Phụ lục III, IV kèm theo Chỉ thị 24/CT-TTg",
        "2025-09-13",
        [
            ("trong tháng 9 năm 2025", "by", "2025-09-30", "2025-09"),
        ],
    ),
    (
        "c025-19",
        "ngành, địa phương nghiên cứu phương án và lộ trình tích hợp, hoàn thành trong tháng 11 năm "
        "2025 (Phụ lục V, VI kèm theo Chỉ thị 24/CT-TTg",
        "2025-09-13",
        [
            ("trong tháng 11 năm 2025", "by", "2025-11-30", "2025-11"),
        ],
    ),
    (
        "c029-01",
        "thu hồi đối với diện tích đất toàn bộ lô B, C theo quy định (hoàn thành trước ngày "
        "30/11/2025).",
        "2025-11-17",
        [
            ("trước ngày 30/11/2025", "before", "2025-11-30", "2025-11-30"),
        ],
    ),
    (
        "c029-02",
        "hỗ trợ, chi trả cho các hộ di dời sớm nhất, thuận lợi nhất có thể (xong trước ngày "
        "10/12/2025);",
        "2025-11-17",
        [
            ("trước ngày 10/12/2025", "before", "2025-12-10", "2025-12-10"),
        ],
    ),
    (
        "c029-03",
        "17 mẫu 4 sào đang có vướng mắc (khoảng 11 ha) xong trước ngày 30/11/2025.",
        "2025-11-17",
        [
            ("trước ngày 30/11/2025", "before", "2025-11-30", "2025-11-30"),
        ],
    ),
    (
        "c029-04",
        "đất, nhân khẩu và giải quyết kịp thời các vướng mắc tại địa phương xong trước ngày 10/12/2025 "
        "(riêng đối với việc xác định giá đất nông",
        "2025-11-17",
        [
            ("trước ngày 10/12/2025", "before", "2025-12-10", "2025-12-10"),
        ],
    ),
    (
        "c029-05",
        "có cáo kết quả thực hiện gửi Chủ tịch UBND tỉnh (dự kiến họp kiểm điểm vào ngày 19/11/2025).",
        "2025-11-17",
        [
            ("vào ngày 19/11/2025", "on", "2025-11-19", "2025-11-19"),
        ],
    ),
    (
        "c032-01",
        "về tình hình triển khai 05 dự án đường cao tốc có kế hoạch hoàn thành trong năm 2025 thuộc "
        "Đoàn Kiểm tra số 04 ttheo Quyết định",
        None,
        [
            ("trong năm 2025", "by", "2025-12-31", "2025"),
        ],
    ),
    (
        "c032-02",
        "hệ thống giám sát điều hành giao thông, vị trí tứ nón 2 mố cầu Long Sơn trong tháng 11 năm "
        "2025 cho Dự án thành phần đoạn Cần Thơ - Hậu",
        None,
        [
            ("trong tháng 11 năm 2025", "during", "2025-11-30", "2025-11"),
        ],
    ),
    (
        "c032-03",
        "các cơ quan, đơn vị cần xác định việc hoàn thành tuyến chính của dự án vào ngày 19 tháng 12 "
        "năm 2025 là nhiệm vụ chính trị hàng đầu, là “danh",
        None,
        [
            ("vào ngày 19 tháng 12 năm 2025", "on", "2025-12-19", "2025-12-19"),
        ],
    ),
    (
        "c032-04",
        "gom, hệ thống an toàn giao thông...), đảm bảo hoàn thành toàn bộ dự án vào ngày 19 tháng 12 "
        "năm 2025;",
        None,
        [
            ("vào ngày 19 tháng 12 năm 2025", "on", "2025-12-19", "2025-12-19"),
        ],
    ),
    (
        "c033-01",
        "bảng giá đất lần đầu trên địa bàn tỉnh Quảng Ngãi để công bố và áp dụng từ ngày 01/01/2026.",
        "2025-11-20",
        [
            ("từ ngày 01/01/2026", "from", "2026-01-01", "2026-01-01"),
        ],
    ),
    (
        "c033-02",
        "Bảng giá đất lần đầu trên địa bàn tỉnh Quảng Ngãi để công bố và áp dụng từ ngày 01/01/2026 "
        "(Báo cáo 6399/BC-SNNM năm 2025 của Sở Nông",
        "2025-11-20",
        [
            ("từ ngày 01/01/2026", "from", "2026-01-01", "2026-01-01"),
        ],
    ),
    (
        "c033-03",
        "Bảng giá đất lần đầu trên địa bàn tỉnh Quảng Ngãi để công bố và áp dụng từ ngày 01/01/2026 là "
        "nhiệm vụ hết sức quan trọng, làm cơ sở",
        "2025-11-20",
        [
            ("từ ngày 01/01/2026", "from", "2026-01-01", "2026-01-01"),
        ],
    ),
    (
        "c033-04",
        "Bảng giá đất lần đầu trên địa bàn tỉnh Quảng Ngãi để công bố và áp dụng từ ngày 01/01/2026.",
        "2025-11-20",
        [
            ("từ ngày 01/01/2026", "from", "2026-01-01", "2026-01-01"),
        ],
    ),
    (
        "c033-05",
        "Bảng giá đất lần đầu trên địa bàn tỉnh Quảng Ngãi để công bố và áp dụng từ ngày 01/01/2026 là "
        "nhiệm vụ chính trị trọng tâm, không thể",
        "2025-11-20",
        [
            ("từ ngày 01/01/2026", "from", "2026-01-01", "2026-01-01"),
        ],
    ),
    (
        "c033-06",
        "bảng giá đất lần đầu trên địa bàn tỉnh Quảng Ngãi để công bố và áp dụng từ ngày 01/01/2026 "
        "theo đề nghị của Thường trực HĐND tỉnh tại",
        "2025-11-20",
        [
            ("từ ngày 01/01/2026", "from", "2026-01-01", "2026-01-01"),
        ],
    ),
    (
        "c033-07",
        "Nếu để xảy ra chậm trễ, không hoàn thành tiến độ thực hiện và áp dụng từ ngày 01/01/2026, "
        "Giám đốc Sở Nông nghiệp và Môi trường chịu",
        "2025-11-20",
        [
            ("từ ngày 01/01/2026", "from", "2026-01-01", "2026-01-01"),
        ],
    ),
    (
        "c033-08",
        "Bảng giá đất lần đầu trên địa bàn tỉnh Quảng Ngãi để công bố và áp dụng từ ngày 01/01/2026;",
        "2025-11-20",
        [
            ("từ ngày 01/01/2026", "from", "2026-01-01", "2026-01-01"),
        ],
    ),
    (
        "c035-01",
        "quả sản xuất kinh doanh năm 2025 theo quy định của pháp luật lao động trước ngày 20 tháng 12 "
        "năm 2025 và thông báo cho người lao động biết các",
        "2025-12-01",
        [
            ("trước ngày 20 tháng 12 năm 2025", "before", "2025-12-20", "2025-12-20"),
        ],
    ),
    (
        "c035-02",
        "Thông tin sớm và đầy đủ kế hoạch trả lương, trả thưởng trong dịp Tết Dương lịch và Tết Nguyên "
        "đán năm 2026 để người lao",
        "2025-12-01",
        [
            ("trong dịp Tết Dương lịch", "during", "2026-01-01", "2026-01-01"),
        ],
    ),
    (
        "c035-03",
        "+ Các khoản trợ cấp, hỗ trợ cho người lao động trong dịp Tết Nguyên đán (tặng quà Tết, hỗ trợ "
        "vé tàu, xe cho người",
        "2025-12-01",
        [
            ("trong dịp Tết Nguyên đán", "during", "2026-02-17", "2026-02-17"),
        ],
    ),
    (
        "c037-01",
        "ta và ảnh hưởng trực tiếp đến các tỉnh, thành phố từ Quảng Ngãi trở ra từ ngày 25/9/2025, "
        "nguy cơ gây mưa lớn, lũ quét, sạt lở đất",
        "2025-09-25",
        [
            ("từ ngày 25/9/2025", "from", "2025-09-25", "2025-09-25"),
        ],
    ),
    (
        "c038-01",
        "trong quá trình triển khai thực hiện và gửi về Bộ Giáo dục và Đào tạo trước ngày 30/10/2024 "
        "để tổng hợp báo cáo Thủ tướng Chính phủ.",
        "2025-10-20",
        [
            ("trước ngày 30/10/2024", "before", "2024-10-30", "2024-10-30"),
        ],
    ),
    (
        "c039-01",
        "đơn điện tử khởi tạo từ máy tính tiền (có lộ trình thực hiện dứt điểm trong năm 2025), chú "
        "trọng tuyên truyền, hướng dẫn và khắc",
        "2025-09-07",
        [
            ("trong năm 2025", "by", "2025-12-31", "2025"),
        ],
    ),
    (
        "c039-02",
        "án vướng mắc, tổn đọng kéo dài, báo cáo Ban Thường vụ Đảng ủy Chính phủ trước ngày 10 tháng 9 "
        "năm 2025.",
        "2025-09-07",
        [
            ("trước ngày 10 tháng 9 năm 2025", "before", "2025-09-10", "2025-09-10"),
        ],
    ),
    (
        "c039-03",
        "đẩy cho sự phát triển kinh tế của đất nước, báo cáo cấp có thẩm quyền trong năm 2025.",
        "2025-09-07",
        [
            ("trong năm 2025", "during", "2025-12-31", "2025"),
        ],
    ),
    (
        "c039-04",
        "các Nghị định để vận hành trung tâm tài chính quốc tế phải hoàn thành trong tháng 9 năm 2025.",
        "2025-09-07",
        [
            ("trong tháng 9 năm 2025", "by", "2025-09-30", "2025-09"),
        ],
    ),
    (
        "c039-05",
        "chính sách thuế quan của Hoa Kỳ, báo cáo Ban Thường vụ Đảng ủy Chính phủ trong ngày 08 tháng "
        "9 năm 2025.",
        "2025-09-07",
        [
            ("trong ngày 08 tháng 9 năm 2025", "on", "2025-09-08", "2025-09-08"),
        ],
    ),
    (
        "c039-06",
        "Phấn đấu đến hết quý III năm 2025, tỷ lệ giải ngân tối thiểu đạt khoảng 60%",
        "2025-09-07",
        [
            ("đến hết quý III năm 2025", "by", "2025-09-30", "2025-Q3"),
        ],
    ),
    (
        "c039-07",
        "bổ sung vốn từ nguồn tăng thu ngân sách nhà nước năm 2024 để thực hiện ngay trong năm 2025;",
        "2025-09-07",
        [
            ("ngay trong năm 2025", "during", "2025-12-31", "2025"),
        ],
    ),
    (
        "c042-01",
        "Trình dự thảo Nghị quyết về việc sắp xếp đơn vị hành chính năm 2025 trước ngày 08/4/2025",
        "2025-04-07",
        [
            ("trước ngày 08/4/2025", "before", "2025-04-08", "2025-04-08"),
        ],
    ),
    (
        "c042-02",
        "Thời gian hoàn thành trước ngày 30/6/2025.",
        "2025-04-07",
        [
            ("trước ngày 30/6/2025", "before", "2025-06-30", "2025-06-30"),
        ],
    ),
    (
        "c042-03",
        "Thời gian hoàn thành trước ngày 30/4/2025.",
        "2025-04-07",
        [
            ("trước ngày 30/4/2025", "before", "2025-04-30", "2025-04-30"),
        ],
    ),
    (
        "c042-04",
        "Quốc hội dự thảo Nghị quyết về việc sắp xếp đơn vị hành chính năm 2025 trước ngày 08/4/2025.",
        "2025-04-07",
        [
            ("trước ngày 08/4/2025", "before", "2025-04-08", "2025-04-08"),
        ],
    ),
    (
        "c042-05",
        "Trước ngày 30/6/2025, Bộ Nội vụ chủ trì, phối hợp với các bộ,",
        "2025-04-07",
        [
            ("Trước ngày 30/6/2025", "before", "2025-06-30", "2025-06-30"),
        ],
    ),
    (
        "c042-06",
        "Trước ngày 01/11/2025, Bộ Nội vụ chủ trì, phối hợp với các Bộ,",
        "2025-04-07",
        [
            ("Trước ngày 01/11/2025", "before", "2025-11-01", "2025-11-01"),
        ],
    ),
    (
        "c042-07",
        "chức lại ĐVHC cấp xã và tổ chức thực hiện chính quyền địa phương 02 cấp trước ngày 10/4/2025.",
        "2025-04-07",
        [
            ("trước ngày 10/4/2025", "before", "2025-04-10", "2025-04-10"),
        ],
    ),
    (
        "c042-08",
        "Trước ngày 10/4/2025, Bộ Nội vụ phối hợp với các Bộ, ngành liên",
        "2025-04-07",
        [
            ("Trước ngày 10/4/2025", "before", "2025-04-10", "2025-04-10"),
        ],
    ),
    (
        "c042-09",
        "Thời gian hoàn thành trước ngày 15/5/2025.",
        "2025-04-07",
        [
            ("trước ngày 15/5/2025", "before", "2025-05-15", "2025-05-15"),
        ],
    ),
    (
        "c042-10",
        "Trước ngày 10/4/2025, Bộ Tư pháp chủ trì, phối hợp với các Bộ,",
        "2025-04-07",
        [
            ("Trước ngày 10/4/2025", "before", "2025-04-10", "2025-04-10"),
        ],
    ),
    (
        "c042-11",
        "Trước ngày 10/4/2025, Bộ Tư pháp ban hành hướng dẫn xử lý vấn",
        "2025-04-07",
        [
            ("Trước ngày 10/4/2025", "before", "2025-04-10", "2025-04-10"),
        ],
    ),
    (
        "c042-12",
        "quan thuộc lĩnh vực quản lý nhà nước của Bộ Nông nghiệp và Môi trường trước ngày 10/4/2025.",
        "2025-04-07",
        [
            ("trước ngày 10/4/2025", "before", "2025-04-10", "2025-04-10"),
        ],
    ),
    (
        "c042-13",
        "Trước ngày 10/4/2025, Bộ Công an chủ trì, phối hợp với các Bộ,",
        "2025-04-07",
        [
            ("Trước ngày 10/4/2025", "before", "2025-04-10", "2025-04-10"),
        ],
    ),
    (
        "c042-14",
        "Trước ngày 10/4/2025, Bộ Quốc phòng chủ trì, phối hợp với các",
        "2025-04-07",
        [
            ("Trước ngày 10/4/2025", "before", "2025-04-10", "2025-04-10"),
        ],
    ),
    (
        "c042-15",
        "Thời gian hoàn thành trước ngày 10/4/2025.",
        "2025-04-07",
        [
            ("trước ngày 10/4/2025", "before", "2025-04-10", "2025-04-10"),
        ],
    ),
    (
        "c042-16",
        "Trước ngày 10/4/2025, Bộ Dân tộc và Tôn giáo chủ trì, phối hợp",
        "2025-04-07",
        [
            ("Trước ngày 10/4/2025", "before", "2025-04-10", "2025-04-10"),
        ],
    ),
    (
        "c042-17",
        "Trước ngày 10/4/2025, Bộ Xây dựng chủ trì, phối hợp với các Bộ,",
        "2025-04-07",
        [
            ("Trước ngày 10/4/2025", "before", "2025-04-10", "2025-04-10"),
        ],
    ),
    (
        "c046-01",
        "Tổng cục Hải quan sẽ trình Quốc hội, Chính phủ 11 đề án trong năm 2021",
        None,
        [
            ("trong năm 2021", "during", "2021-12-31", "2021"),
        ],
    ),
    (
        "c046-02",
        "Ngoài ra, trong năm nay còn 10 đề án, chương trình Tổng cục Hải",
        None,
        [
            ("trong năm nay", "during", None, None),
        ],
    ),
    (
        "c048-01",
        "Đưa 2 dự án đường băng Nội Bài, Tân Sơn Nhất vào khai thác trước 31/12/2020",
        None,
        [
            ("trước 31/12/2020", "before", "2020-12-31", "2020-12-31"),
        ],
    ),
    (
        "c048-02",
        "Trong giai đoạn trước khi dịch bệnh Covid-19 xuất hiện trên thế giới (từ đầu năm 2020), 2 "
        "cảng hàng không Tân Sơn Nhất và Nội",
        None,
        [
            ("từ đầu năm 2020", "from", "2020-01-01", None),
        ],
    ),
    (
        "c048-03",
        "các đường lăn đạt 40% khối lượng, dự kiến đưa vào khai thác ngày 31/12/2020 đường cất hạ cánh "
        "25R/07L;",
        None,
        [
            ("ngày 31/12/2020", "on", "2020-12-31", "2020-12-31"),
        ],
    ),
    (
        "c048-04",
        "đưa đường lăn S7B vào khai thác, dự kiến đưa đường lăn S2 vào khai thác ngày 6/11/2020.",
        None,
        [
            ("ngày 6/11/2020", "on", "2020-11-06", "2020-11-06"),
        ],
    ),
    (
        "c048-05",
        "(khối lượng thi công đạt 75%), đảm bảo tiến độ đưa vào khai thác bước 1 trước ngày 31/12/2020;",
        None,
        [
            ("trước ngày 31/12/2020", "before", "2020-12-31", "2020-12-31"),
        ],
    ),
    (
        "c048-06",
        "bảo đảm tiến độ hoàn thành giai đoạn 1, đưa vào khai thác cả 2 dự án trước ngày 31/12/2020 để "
        "phục vụ tết Nguyên đán 2021.",
        None,
        [
            ("trước ngày 31/12/2020", "before", "2020-12-31", "2020-12-31"),
        ],
    ),
    (
        "c048-07",
        "2021 báo cáo cấp có thẩm quyền phê duyệt, bảo đảm đủ để hoàn thành dự án trong năm 2021.",
        None,
        [
            ("trong năm 2021", "during", "2021-12-31", "2021"),
        ],
    ),
    (
        "c049-01",
        "quyền, nhất là đối với một số mặt hàng thiết yếu có nhu cầu tiêu dùng cao vào dịp cuối năm và "
        "các hàng hóa nhu yếu phẩm phục vụ sinh",
        None,
        [
            ("vào dịp cuối năm", "during", None, None),
        ],
    ),
    (
        "c049-02",
        "chuẩn bị các nguồn hàng dự trữ đáp ứng nhu cầu tiêu dùng thường tăng cao vào cuối năm (dịp "
        "Tết Dương lịch, Noel, mùa cưới hỏi, Tết Nguyên đán) để",
        None,
        [
            ("vào cuối năm", "during", None, None),
            ("dịp Tết Dương lịch", "during", None, None),
        ],
    ),
    (
        "c050-01",
        "Năm 2016, nền kinh tế nước ta đã được phục hồi nhưng",
        None,
        [
            ("Năm 2016", "during", "2016-12-31", "2016"),
        ],
    ),
    (
        "c050-02",
        "Trong 9 tháng đầu năm 2016, toàn ngành đã thanh tra, kiểm tra được",
        None,
        [
            ("Trong 9 tháng đầu năm 2016", "during", "2016-09-30", None),
        ],
    ),
    (
        "c050-03",
        "năm 2015 (Số liệu được khai thác trên ứng dụng hỗ",
        None,
        [
            ("năm 2015", "during", "2015-12-31", "2015"),
        ],
    ),
    (
        "c050-04",
        "thanh tra toàn diện trong năm 2016.",
        None,
        [
            ("trong năm 2016", "during", "2016-12-31", "2016"),
        ],
    ),
    (
        "c052-01",
        "Chính phủ trong tháng 3 năm 2019.",
        None,
        [
            ("trong tháng 3 năm 2019", "during", "2019-03-31", "2019-03"),
        ],
    ),
    (
        "c052-02",
        "tướng Chính phủ trong tháng 3 năm 2020.",
        None,
        [
            ("trong tháng 3 năm 2020", "during", "2020-03-31", "2020-03"),
        ],
    ),
    (
        "c052-03",
        "Covid-19, trình Thủ tướng Chính phủ trong tháng 3 năm 2020.",
        None,
        [
            ("trong tháng 3 năm 2020", "during", "2020-03-31", "2020-03"),
        ],
    ),
    (
        "c052-04",
        "sắt..., báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020.",
        None,
        [
            ("trong tháng 3 năm 2020", "during", "2020-03-31", "2020-03"),
        ],
    ),
    (
        "c052-05",
        "định kỳ trong năm 2020 đối với các doanh nghiệp không có dấu hiệu",
        None,
        [
            ("trong năm 2020", "during", "2020-12-31", "2020"),
        ],
    ),
    (
        "c052-06",
        "- Khan trương báo cáo Chính phủ trong tháng 3 năm 2020 để trình Ủy ban",
        None,
        [
            ("trong tháng 3 năm 2020", "during", "2020-03-31", "2020-03"),
        ],
    ),
    (
        "c052-07",
        "trong tháng 3 năm 2020.",
        None,
        [
            ("trong tháng 3 năm 2020", "during", "2020-03-31", "2020-03"),
        ],
    ),
    (
        "c052-08",
        "- Chưa thực hiện điều chỉnh tăng giá trong Quý I và Quý II năm 2020 đối",
        None,
        [
            ("trong Quý I và Quý II năm 2020", "during", "2020-06-30", "2020-H1"),
        ],
    ),
    (
        "c052-09",
        "báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020.",
        None,
        [
            ("trong tháng 3 năm 2020", "during", "2020-03-31", "2020-03"),
        ],
    ),
    (
        "c052-10",
        "trình Thủ tướng Chính phủ trước ngày 20 tháng 3 năm 2020.",
        None,
        [
            ("trước ngày 20 tháng 3 năm 2020", "before", "2020-03-20", "2020-03-20"),
        ],
    ),
    (
        "c053-01",
        "Áp dụng biểu thuế xuất nhập khẩu ưu đãi mới từ 1/9/2016",
        None,
        [
            ("từ 1/9/2016", "from", "2016-09-01", "2016-09-01"),
        ],
    ),
    (
        "c053-02",
        "tuyệt đối, thuế hỗn hợp, thuế nhập khẩu ngoài hạn ngạch thuế quan, áp dụng từ 1/9/2016.",
        None,
        [
            ("từ 1/9/2016", "from", "2016-09-01", "2016-09-01"),
        ],
    ),
    (
        "c057-01",
        "Hoàn thành trước ngày 30/10/2025.",
        "2025-10-28",
        [
            ("trước ngày 30/10/2025", "before", "2025-10-30", "2025-10-30"),
        ],
    ),
    (
        "c057-02",
        "Hoàn thành trước ngày 15/11/2025.",
        "2025-10-28",
        [
            ("trước ngày 15/11/2025", "before", "2025-11-15", "2025-11-15"),
        ],
    ),
    (
        "c057-03",
        "Hoàn thành trước ngày 30/11/2025.",
        "2025-10-28",
        [
            ("trước ngày 30/11/2025", "before", "2025-11-30", "2025-11-30"),
        ],
    ),
    (
        "c057-04",
        "Hoàn thành trước ngày 31/12/2025.",
        "2025-10-28",
        [
            ("trước ngày 31/12/2025", "before", "2025-12-31", "2025-12-31"),
        ],
    ),
    (
        "c059-01",
        "lao động, đình công có thể phát sinh trên địa bàn trước, trong và sau dịp Tết Dương lịch, Tết "
        "Nguyên đán năm 2026, không để vụ việc",
        "2025-11-06",
        [
            ("dịp Tết Dương lịch", "during", "2026-01-01", "2026-01-01"),
        ],
    ),
    (
        "c059-02",
        "kế hoạch thưởng theo kết quả sản xuất kinh doanh trong doanh nghiệp dịp tết Dương lịch và tết "
        "Nguyên đán năm 2026;",
        "2025-11-06",
        [
            ("dịp tết Dương lịch", "during", "2026-01-01", "2026-01-01"),
        ],
    ),
    (
        "c059-03",
        "đính kèm) và gửi về Bộ Nội vụ (qua Cục Tiền lương và Bảo hiểm xã hội) trước ngày 25/12/2025.",
        "2025-11-06",
        [
            ("trước ngày 25/12/2025", "before", "2025-12-25", "2025-12-25"),
        ],
    ),
    (
        "c059-04",
        "thực hiện báo cáo tình hình tiền lương tiền thưởng và quan hệ lao động trước ngày 25/12/2025.",
        "2025-11-06",
        [
            ("trước ngày 25/12/2025", "before", "2025-12-25", "2025-12-25"),
        ],
    ),
    (
        "c060-01",
        "(1) Năm học 2025-2026",
        "2025-12-04",
        [
            ("Năm học 2025-2026", "during", "2026-05-31", "2025-09/2026-05"),
        ],
    ),
    (
        "c060-02",
        "(2) Năm học 2026-2027",
        "2025-12-04",
        [
            ("Năm học 2026-2027", "during", "2027-05-31", "2026-09/2027-05"),
        ],
    ),
    (
        "c060-03",
        "(3) Năm học 2027-2028",
        "2025-12-04",
        [
            ("Năm học 2027-2028", "during", "2028-05-31", "2027-09/2028-05"),
        ],
    ),
    (
        "c061-01",
        "hướng phát triển hệ thống đô thị và khu dân cư nông thôn tỉnh Phú Thọ đến năm 2020.",
        None,
        [
            ("đến năm 2020", "by", "2020-12-31", "2020"),
        ],
    ),
    (
        "c061-02",
        "dựng các không gian thương mại theo bố trí quy hoạch trên được thực hiện đến năm 2020, trong "
        "đó:",
        None,
        [
            ("đến năm 2020", "by", "2020-12-31", "2020"),
        ],
    ),
    (
        "c061-03",
        "- Giai đoạn 2011 - 2015: Tập trung phát triển khu thương mại trung",
        None,
        [
            ("Giai đoạn 2011 - 2015", "during", "2015-12-31", "2011/2015"),
        ],
    ),
    (
        "c061-04",
        "- Giai đoạn 2016 - 2020: Tập trung xây dựng và hoàn thiện các khu",
        None,
        [
            ("Giai đoạn 2016 - 2020", "during", "2020-12-31", "2016/2020"),
        ],
    ),
    (
        "c061-05",
        "Đến năm 2020, số lượng chợ cần quy hoạch phát triển trên",
        None,
        [
            ("Đến năm 2020", "by", "2020-12-31", "2020"),
        ],
    ),
    (
        "c061-06",
        "Đến năm 2020 tổng số cửa hàng xăng dầu trên địa bàn tỉnh",
        None,
        [
            ("Đến năm 2020", "by", "2020-12-31", "2020"),
        ],
    ),
    (
        "c061-07",
        "- Thành phố Việt Trì: Giai đoạn 2011 - 2015 xây dựng mới 01 trung tâm bán buôn lớn của",
        None,
        [
            ("Giai đoạn 2011 - 2015", "during", "2015-12-31", "2011/2015"),
        ],
    ),
    (
        "c061-08",
        "- Thị xã Phú Thọ: Giai đoạn 2011 - 2015 xây dựng mới 01 trung tâm bán buôn tại Phú",
        None,
        [
            ("Giai đoạn 2011 - 2015", "during", "2015-12-31", "2011/2015"),
        ],
    ),
    (
        "c061-09",
        "- Thành phố Việt Trì: Giai đoạn 2011 - 2015 bên cạnh hệ thống kho gắn liền với các chợ",
        None,
        [
            ("Giai đoạn 2011 - 2015", "during", "2015-12-31", "2011/2015"),
        ],
    ),
    (
        "c061-10",
        "- Thị xã Phú Thọ: Giai đoạn 2011 - 2015 xây dựng 01 kho hàng hoá gắn với cảng sông",
        None,
        [
            ("Giai đoạn 2011 - 2015", "during", "2015-12-31", "2011/2015"),
        ],
    ),
    (
        "c061-11",
        "- Huyện Thanh Ba: Giai đoạn 2016 - 2020 song song với việc triển khai xây dựng bến",
        None,
        [
            ("Giai đoạn 2016 - 2020", "during", "2020-12-31", "2016/2020"),
        ],
    ),
    (
        "c061-12",
        "- Huyện Thanh Thuỷ: Giai đoạn 2011 - 2020, song song với việc triển khai xây dựng",
        None,
        [
            ("Giai đoạn 2011 - 2020", "during", "2020-12-31", "2011/2020"),
        ],
    ),
]

# The forms the brief lists, with their expected values worked out by hand (ref 2020-10-15, a Thursday,
# unless the row says otherwise).
BRIEF: list[tuple[str, str, str | None, Expected]] = [
    ("b-dmy-slash", "ngày 15/12/2020", "2020-10-15", [("ngày 15/12/2020", "on", "2020-12-15", "2020-12-15")]),
    ("b-dmy-dash", "15-12-2020", "2020-10-15", [("15-12-2020", "on", "2020-12-15", "2020-12-15")]),
    ("b-dmy-dot", "15.12.2020", "2020-10-15", [("15.12.2020", "on", "2020-12-15", "2020-12-15")]),
    (
        "b-dmy-words",
        "ngày 15 tháng 12 năm 2020",
        "2020-10-15",
        [
            ("ngày 15 tháng 12 năm 2020", "on", "2020-12-15", "2020-12-15"),
        ],
    ),
    ("b-dm-dash", "ngày 05-11", "2020-10-15", [("ngày 05-11", "on", "2020-11-05", "2020-11-05")]),
    (
        "b-dm-latest",
        "chậm nhất ngày 31/12",
        "2020-10-15",
        [
            ("chậm nhất ngày 31/12", "by", "2020-12-31", "2020-12-31"),
        ],
    ),
    (
        "b-ocr-space",
        "báo cáo trước ngày 31/ 12/2020.",
        "2020-10-15",
        [
            ("trước ngày 31/ 12/2020", "before", "2020-12-31", "2020-12-31"),
        ],
    ),
    (
        "b-no-ngay",
        "nộp báo cáo trước 15/12/2020",
        "2020-10-15",
        [
            ("trước 15/12/2020", "before", "2020-12-15", "2020-12-15"),
        ],
    ),
    ("b-in-year", "trong năm 2020", "2020-10-15", [("trong năm 2020", "during", "2020-12-31", "2020")]),
    (
        "b-complete-in-year",
        "hoàn thành trong năm 2020",
        "2020-10-15",
        [
            ("trong năm 2020", "by", "2020-12-31", "2020"),
        ],
    ),
    (
        "b-year-head",
        "Năm 2021, các sở tập trung",
        "2020-10-15",
        [
            ("Năm 2021", "during", "2021-12-31", "2021"),
        ],
    ),
    (
        "b-month-slash",
        "trong tháng 12/2020",
        "2020-10-15",
        [
            ("trong tháng 12/2020", "during", "2020-12-31", "2020-12"),
        ],
    ),
    (
        "b-month-words",
        "xong trong tháng 10 năm 2020",
        "2020-10-15",
        [
            ("trong tháng 10 năm 2020", "by", "2020-10-31", "2020-10"),
        ],
    ),
    (
        "b-q3-dash",
        "trong quý III-2020",
        "2020-10-15",
        [
            ("trong quý III-2020", "during", "2020-09-30", "2020-Q3"),
        ],
    ),
    (
        "b-q4-slash",
        "trong quý IV/2020",
        "2020-10-15",
        [
            ("trong quý IV/2020", "during", "2020-12-31", "2020-Q4"),
        ],
    ),
    (
        "b-q1-words",
        "trong Quý I năm 2021",
        "2020-10-15",
        [
            ("trong Quý I năm 2021", "during", "2021-03-31", "2021-Q1"),
        ],
    ),
    ("b-q-digit", "trong quý 3", "2020-10-15", [("trong quý 3", "during", "2020-09-30", "2020-Q3")]),
    (
        "b-q1-q2",
        "trong Quý I và Quý II",
        "2021-01-10",
        [
            ("trong Quý I và Quý II", "during", "2021-06-30", "2021-H1"),
        ],
    ),
    (
        "b-h1",
        "trong 6 tháng đầu năm 2021",
        "2020-10-15",
        [
            ("trong 6 tháng đầu năm 2021", "during", "2021-06-30", "2021-H1"),
        ],
    ),
    (
        "b-h2",
        "trong 6 tháng cuối năm",
        "2020-10-15",
        [
            ("trong 6 tháng cuối năm", "during", "2020-12-31", "2020-H2"),
        ],
    ),
    ("b-half", "trong nửa đầu năm", "2021-01-10", [("trong nửa đầu năm", "during", "2021-06-30", "2021-H1")]),
    ("b-year-end", "đến cuối năm 2020", "2020-10-15", [("đến cuối năm 2020", "by", "2020-12-31", None)]),
    ("b-year-begin", "trong đầu năm", "2021-01-10", [("trong đầu năm", "during", "2021-03-31", None)]),
    (
        "b-mid-month",
        "trước giữa tháng",
        "2020-10-15",
        [
            ("trước giữa tháng", "before", "2020-10-20", "2020-10"),
        ],
    ),
    (
        "b-mid-month-12",
        "trước giữa tháng 12",
        "2020-10-15",
        [
            ("trước giữa tháng 12", "before", "2020-12-20", "2020-12"),
        ],
    ),
    (
        "b-end-q1",
        "trước cuối quý I năm 2021",
        "2020-10-15",
        [
            ("trước cuối quý I năm 2021", "before", "2021-03-31", "2021-Q1"),
        ],
    ),
    (
        "b-tet",
        "trước Tết Nguyên đán",
        "2020-10-15",
        [
            ("trước Tết Nguyên đán", "before", "2021-02-12", "2021-02-12"),
        ],
    ),
    ("b-tet-canchi-year", "trước Tết Nguyên đán Tân Sửu 2021", "2020-10-15",
     [("trước Tết Nguyên đán Tân Sửu 2021", "before", "2021-02-12", "2021-02-12")]),
    ("b-tet-canchi", "trước Tết Nguyên đán Tân Sửu", "2020-10-15",
     [("trước Tết Nguyên đán Tân Sửu", "before", "2021-02-12", "2021-02-12")]),
    (
        "b-tet-after-tet",
        "trước Tết Nguyên đán",
        "2021-03-01",
        [
            ("trước Tết Nguyên đán", "before", "2022-02-01", "2022-02-01"),
        ],
    ),
    (
        "b-tet-duong-lich",
        "trước Tết Dương lịch",
        "2020-10-15",
        [
            ("trước Tết Dương lịch", "before", "2021-01-01", "2021-01-01"),
        ],
    ),
    (
        "b-school-year",
        "trong năm học 2020-2021",
        "2020-10-15",
        [
            ("trong năm học 2020-2021", "during", "2021-05-31", "2020-09/2021-05"),
        ],
    ),
    (
        "b-phase",
        "trong giai đoạn 2021-2025",
        "2020-10-15",
        [
            ("trong giai đoạn 2021-2025", "during", "2025-12-31", "2021/2025"),
        ],
    ),
    ("b-by-year", "đến năm 2025", "2020-10-15", [("đến năm 2025", "by", "2025-12-31", "2025")]),
    ("b-by-end-year", "đến hết năm 2020", "2020-10-15", [("đến hết năm 2020", "by", "2020-12-31", "2020")]),
    ("b-end-q1-bare", "hết quý I", "2021-01-10", [("hết quý I", "by", "2021-03-31", "2021-Q1")]),
    (
        "b-not-later",
        "không muộn hơn ngày 30/6/2021",
        "2020-10-15",
        [
            ("không muộn hơn ngày 30/6/2021", "by", "2021-06-30", "2021-06-30"),
        ],
    ),
    (
        "b-deadline-word",
        "hạn cuối ngày 15/11/2020",
        "2020-10-15",
        [
            ("hạn cuối ngày 15/11/2020", "by", "2020-11-15", "2020-11-15"),
        ],
    ),
    (
        "b-until-day",
        "đến hết ngày 31/12/2020",
        "2020-10-15",
        [
            ("đến hết ngày 31/12/2020", "by", "2020-12-31", "2020-12-31"),
        ],
    ),
    (
        "b-on-day",
        "vào ngày 20/11/2020",
        "2020-10-15",
        [
            ("vào ngày 20/11/2020", "on", "2020-11-20", "2020-11-20"),
        ],
    ),
    (
        "b-from-day",
        "từ ngày 01/01/2021",
        "2020-10-15",
        [
            ("từ ngày 01/01/2021", "from", "2021-01-01", "2021-01-01"),
        ],
    ),
    (
        "b-since-day",
        "kể từ ngày 15/9/2025",
        "2020-10-15",
        [
            ("kể từ ngày 15/9/2025", "from", "2025-09-15", "2025-09-15"),
        ],
    ),
    (
        "b-after-day",
        "sau ngày 15/12/2020",
        "2020-10-15",
        [
            ("sau ngày 15/12/2020", "from", "2020-12-16", "2020-12-16"),
        ],
    ),
    ("b-range-year-from-end", "từ ngày 15/9 đến ngày 30/11/2025", "2020-10-15",
     [("từ ngày 15/9 đến ngày 30/11/2025", "range", "2025-11-30", "2025-09-15/2025-11-30")]),
    (
        "b-range-years",
        "từ năm 2021 đến năm 2025",
        "2020-10-15",
        [
            ("từ năm 2021 đến năm 2025", "range", "2025-12-31", "2021/2025"),
        ],
    ),
    ("b-30-days-signing", "trong thời hạn 30 ngày kể từ ngày ký", "2020-10-15",
     [("trong thời hạn 30 ngày kể từ ngày ký", "by", "2020-11-14", "P30D")]),
    (
        "b-15-working-days",
        "trong 15 ngày làm việc",
        "2020-10-15",
        [
            ("trong 15 ngày làm việc", "by", "2020-11-05", "P15D"),
        ],
    ),
    ("b-after-3-months", "sau 03 tháng", "2020-10-15", [("sau 03 tháng", "from", "2021-01-15", "P3M")]),
    (
        "b-within-2-weeks",
        "trong vòng 02 tuần",
        "2020-10-15",
        [
            ("trong vòng 02 tuần", "by", "2020-10-29", "P2W"),
        ],
    ),
    ("b-next-week", "tuần sau", "2020-10-15", [("tuần sau", "during", "2020-10-25", "2020-W43")]),
    ("b-this-year", "trong năm nay", "2020-10-15", [("trong năm nay", "during", "2020-12-31", "2020")]),
    ("b-next-year", "trong năm tới", "2020-10-15", [("trong năm tới", "during", "2021-12-31", "2021")]),
    (
        "b-this-month",
        "trong tháng này",
        "2020-10-15",
        [
            ("trong tháng này", "during", "2020-10-31", "2020-10"),
        ],
    ),
    ("b-next-quarter", "trong quý tới", "2020-10-15", [("trong quý tới", "during", "2021-03-31", "2021-Q1")]),
    ("b-no-ref-relative", "trong năm nay", None, [("trong năm nay", "during", None, None)]),
    ("b-no-ref-duration", "trong thời hạn 30 ngày kể từ ngày ký", None,
     [("trong thời hạn 30 ngày kể từ ngày ký", "by", None, "P30D")]),
    ("b-no-ref-dm", "chậm nhất ngày 31/12", None, [("chậm nhất ngày 31/12", "by", None, "XXXX-12-31")]),
    ("b-clock", "báo cáo trước 17 giờ ngày 15/12/2020", "2020-10-15",
     [("trước 17 giờ ngày 15/12/2020", "before", "2020-12-15", "2020-12-15")]),
    ("b-receipt", "trong 05 ngày làm việc kể từ ngày nhận được văn bản này", "2020-10-15",
     [("trong 05 ngày làm việc kể từ ngày nhận được văn bản này", "by", None, "P5D")]),
    ("b-old-tone", "hoàn thành trong quý IV/2020, báo cáo kết quả thực hiện hoá đơn", "2020-10-15",
     [("trong quý IV/2020", "by", "2020-12-31", "2020-Q4")]),
]

BRIEF += [
    ("b-quarter-word-not-list", "trong quý I, hai đơn vị phải báo cáo", "2020-10-15",
     [("trong quý I", "during", "2020-03-31", "2020-Q1")]),
    ("b-quarter-symbol-list", "trong Quý I, II năm 2021", "2020-10-15",
     [("trong Quý I, II năm 2021", "during", "2021-06-30", "2021-H1")]),
    ("b-quarter-word", "trong quý hai năm 2021", "2020-10-15",
     [("trong quý hai năm 2021", "during", "2021-06-30", "2021-Q2")]),
    ("b-upper-case", "TRƯỚC NGÀY 15/12/2020", "2020-10-15",
     [("TRƯỚC NGÀY 15/12/2020", "before", "2020-12-15", "2020-12-15")]),
    ("b-after-tet", "sau Tết Nguyên đán", "2020-10-15",
     [("sau Tết Nguyên đán", "from", "2021-02-13", "2021-02-13")]),
    ("b-two-digit-year", "trước ngày 15/12/20", "2020-10-15",
     [("trước ngày 15/12/20", "before", "2020-12-15", "2020-12-15")]),
]

BRIEF += [
    ("b-before-month", "trước tháng 12/2020", "2020-10-15",
     [("trước tháng 12/2020", "before", "2020-12-01", "2020-12")]),
    ("b-before-year", "trước năm 2021", "2020-10-15", [("trước năm 2021", "before", "2021-01-01", "2021")]),
]

NEGATIVES: list[tuple[str, str]] = [
    ("n-decree-number", "Nghị định số 15/2020/NĐ-CP"),
    ("n-decision-number", "Quyết định 1956/QĐ-TTg"),
    ("n-telegram-number", "Công điện số 108/CĐ-TTg"),
    ("n-cited-directive", "Chỉ thị số 24/CT-TTg ngày 13/9/2025"),
    ("n-cited-decree", "Nghị định số 15/2020/NĐ-CP ngày 03/02/2020"),
    ("n-phone", "Điện thoại: 0243.8253536, đường dây nóng 0913.456.789"),
    ("n-covid", "phòng, chống dịch COVID-19"),
    ("n-article", "theo quy định tại Điều 12, khoản 3"),
    ("n-recurring-day", "trước ngày 10 hằng tháng"),
    (
        "c022-event",
        "Theo đó, khoảng 02 giờ 20 phút ngày 02 tháng 4 năm 2025, xảy ra vụ cháy nhà dân tại số 66B và "
        "66C",
    ),
    ("c022-cited", "nhất là Chỉ thị 01/CT-TTg ngày 03 tháng 01 năm 2023 về tăng cường công tác"),
    ("c021-lead",
     "Ngày 16/7/2025, Thủ tướng Chính phủ đã ký ban hành Công điện 108/CĐ-TTg năm 2025 về việc triển "
     "khai thực hiện "
     "công tác đặc xá năm 2025 (đợt 2)"),
    ("c031-lead",
     "Ngày 03/12/2025, Sở GD&ĐT TP. Hà Nội đã ban hành Công văn 5095/SGDĐT-CTTTHSSV năm 2025 về việc "
     "tăng cường"),
    ("c038-cited", "Theo đó, thực hiện Công điện 124/CĐ-TTg ngày 30/7/2025 của Thủ tướng Chính phủ về việc"),
    ("c038-cited-2", "(theo Quyết định 1813/QĐ-TTg ngày 28/10/2021 của Thủ tướng Chính phủ)"),
    ("c061-cited-law", "Căn cứ Luật tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;"),
    ("c061-cited-decision", "Căn cứ Quyết định số 99/2008/QĐ-TTg ngày 14/7/2008 của Thủ tướng Chính phủ"),
    (
        "c033-meeting",
        "Chiều ngày 18/11/2025, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Quảng Ngãi đã chủ trì "
        "cuộc họp",
    ),
    (
        "c043-meeting",
        "Phát biểu tại Hội nghị Chính phủ với các địa phương vào sáng 28/12, Phó Thủ tướng Trương Hòa "
        "Bình",
    ),
    (
        "c045-event",
        "Chiều nay, 14/11, Cục Điện lực và Năng lượng tái tạo (Bộ Công Thương) đã có văn bản hỏa tốc",
    ),
    ("c023-wind", "vào gần bờ vẫn duy trì gió bão mạnh cấp 14-15, giật cấp 17"),
    ("c023-wind-2", "từ trưa nay gió mạnh dần lên cấp 6-7, sau tăng lên cấp 10-12, giật"),
    ("c024-scale", "các công trình thuộc dự án đầu tư xây dựng đã có quy hoạch chi tiết tỉ lệ 1/500"),
    ("c039-growth", "tăng trưởng kinh tế năm 2025 phấn đầu đạt 8,3-8,5%"),
    (
        "c053-programme",
        "phê duyệt Chương trình mục tiêu quốc gia Giảm nghèo bền vững giai đoạn 2016 – 2020, Chương "
        "trình",
    ),
    (
        "c057-vision",
        "tổ chức lập Điều chỉnh Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.",
    ),
    (
        "c035-bonus",
        "về báo cáo tình hình lao động tiền lương năm 2025 và kế hoạch thưởng tết năm 2026 tại TPHCM.",
    ),
    ("c026-age", "phấn đấu 80% trẻ em từ 06 tháng đến 36 tháng tuổi là con công nhân"),
    (
        "c046-strategy",
        "9, Chiến lược phát triển Hải quan đến năm 2030, Ban Cải cách hiện đại hóa hải quan chủ trì.",
    ),
    ("c025-cited-plan", "theo Kế hoạch 02-KH/BCĐTW ngày 19 tháng 6 năm 2025 của Ban Chỉ đạo"),
    (
        "c032-cited-letter",
        "Xét báo cáo của Bộ Xây dựng tại văn bản 13343/BXD-KTQLXD ngày 12 tháng 11 năm 2024 về tình "
        "hình",
    ),
    (
        "c050-wrapped-citation",
        "Thực hiện Nghị quyêt số 01/NQ-\nCP ngày 07/01/2016 của Chính phủ về những nhiệm vụ",
    ),
    ("c057-resolution-number", "Nghị quyết 66.2/2025/NQ-CP quy định xử lý khó khăn"),
    ("c061-growth-phase", "doanh thu dịch vụ xã hội tăng bình quân 15-17,5% / năm giai đoạn 2006 - 2010"),
    ("hanoimoi-meeting",
     "hội nghị giao ban công tác quản lý nhà nước với các sở thông tin và truyền thông quý III-2020 vừa "
     "qua."),
    ("n-before-situation", "Trước tình hình dịch bệnh diễn biến phức tạp"),
]


def _as_rows(text: str, ref: str | None) -> Expected:
    d = dt.date.fromisoformat(ref) if ref else None
    found = find_deadlines(text, d)
    for m in found:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.relation, m.date.isoformat() if m.date else None, m.value) for m in found]


@pytest.mark.parametrize(("text", "ref", "expected"), [r[1:] for r in CORPUS], ids=[r[0] for r in CORPUS])
def test_corpus_deadlines(text: str, ref: str | None, expected: Expected) -> None:
    assert _as_rows(text, ref) == expected


@pytest.mark.parametrize(("text", "ref", "expected"), [r[1:] for r in BRIEF], ids=[r[0] for r in BRIEF])
def test_brief_forms(text: str, ref: str | None, expected: Expected) -> None:
    assert _as_rows(text, ref) == expected


@pytest.mark.parametrize("text", [r[1] for r in NEGATIVES], ids=[r[0] for r in NEGATIVES])
def test_not_deadlines(text: str) -> None:
    assert find_deadlines(text, dt.date(2025, 11, 20)) == []


def test_table_sizes() -> None:
    assert len(CORPUS) + len(BRIEF) >= 200
    assert len(NEGATIVES) >= 25
    assert len({r[0] for r in CORPUS + BRIEF}) == len(CORPUS) + len(BRIEF)


# ------------------------------------------------------------------------------------------------
# Details of one match


def test_period_start_and_flags() -> None:
    m = parse_deadline("quý III-2020")
    assert m is not None
    assert (m.start_date, m.date, m.value, m.anchor, m.relation) == (
        dt.date(2020, 7, 1), dt.date(2020, 9, 30), "2020-Q3", "absolute", "during"
    )


def test_year_inferred_flag() -> None:
    m = parse_deadline("chậm nhất ngày 31/12", dt.date(2020, 10, 15))
    assert m is not None and "year_inferred" in m.flags and m.anchor == "document_date"


def test_before_document_date_not_rolled() -> None:
    m = parse_deadline("trước ngày 10/01", dt.date(2021, 3, 15))
    assert m is not None
    assert m.date == dt.date(2021, 1, 10)
    assert "before_document_date" in m.flags and "year_inferred" in m.flags


def test_within_tolerance_not_flagged() -> None:
    m = parse_deadline("trước ngày 01/10", dt.date(2020, 10, 15))
    assert m is not None and "before_document_date" not in m.flags


def test_no_reference_date_flag() -> None:
    m = parse_deadline("trong năm nay")
    assert m is not None and m.date is None and "no_reference_date" in m.flags


def test_working_days_flag() -> None:
    m = parse_deadline("trong 15 ngày làm việc", dt.date(2020, 10, 15))
    assert m is not None and "working_days_ignore_holidays" in m.flags and m.anchor == "relative"


def test_signing_anchor() -> None:
    m = parse_deadline("trong thời hạn 30 ngày kể từ ngày ký", dt.date(2020, 10, 15))
    assert m is not None and m.anchor == "document_date" and m.rule.endswith("anchor_signing")


def test_range_start_date() -> None:
    m = parse_deadline("Từ ngày 15 tháng 9 năm 2025 đến 30 tháng 11 năm 2025")
    assert m is not None
    assert (m.relation, m.start_date, m.date) == ("range", dt.date(2025, 9, 15), dt.date(2025, 11, 30))


def test_bare_day_month_whole_phrase() -> None:
    m = parse_deadline("31/12", dt.date(2020, 10, 15))
    assert m is not None and m.date == dt.date(2020, 12, 31) and "year_inferred" in m.flags


def test_bare_day_month_inside_sentence_is_not_a_deadline() -> None:
    assert find_deadlines("dịp nghỉ Giỗ Tổ Hùng Vương, Chiến thắng 30/4 và Quốc tế lao động 1/5 sắp "
                          "tới") == []


def test_parse_deadline_rejects_extra_words() -> None:
    assert parse_deadline("báo cáo trước ngày 15/12/2020") is None
    assert parse_deadline("không có thời hạn") is None


def test_rule_names_relation_and_unit() -> None:
    m = parse_deadline("Chậm nhất là cuối quý I năm 2010")
    assert m is not None and m.rule == "rel_by_latest+unit_quarter+q1+sub_end"


# ------------------------------------------------------------------------------------------------
# Offsets into the string as given


def test_nfd_input_offsets() -> None:
    s = unicodedata.normalize("NFD", "báo cáo trước ngày 15/12/2020.")
    [m] = find_deadlines(s)
    assert s[m.start : m.end] == m.text
    assert unicodedata.normalize("NFC", m.text) == "trước ngày 15/12/2020"
    assert m.relation == "before"


def test_nbsp_and_crlf_offsets() -> None:
    s = "Sở Tư pháp\r\nbáo cáo trước\u00a0ngày 15/12/2020."
    [m] = find_deadlines(s)
    assert s[m.start : m.end] == m.text == "trước\u00a0ngày 15/12/2020"


# ------------------------------------------------------------------------------------------------
# Recurrence

RECURRENCES: list[tuple[str, str, list[tuple[str, str | None, str | None, int | None]]]] = [
    ("c024-monthly-day", "kết quả thực hiện (trong báo cáo cải cách TTHC) trước ngày 25 hằng tháng.",
     [("ngày 25 hằng tháng", "P1M", "FREQ=MONTHLY;BYMONTHDAY=25", 25)]),
    ("c007-quarterly", "là nội dung bắt buộc trong báo cáo hàng quý của các sở, ban, ngành",
     [("hàng quý", "P3M", "FREQ=MONTHLY;INTERVAL=3", None)]),
    (
        "c007-yearly",
        "Hàng năm, Sở Tư pháp báo cáo kết quả thực hiện",
        [
            ("Hàng năm", "P1Y", "FREQ=YEARLY", None),
        ],
    ),
    ("c008-six-months", "về Sở Thông tin và Truyền thông theo định kỳ 06 tháng một lần (tháng 01 và "
                        "tháng 6 hằng năm).",
     [("định kỳ 06 tháng một lần", "P6M", "FREQ=MONTHLY;INTERVAL=6", None),
      ("tháng 01 và tháng 6 hằng năm", "P1Y", "FREQ=YEARLY;BYMONTH=1,6", None)]),
    ("c013-periodic-6", "kiểm tra việc thực hiện Chỉ thị và định kỳ 6 tháng báo cáo Lãnh đạo Bộ",
     [("định kỳ 6 tháng", "P6M", "FREQ=MONTHLY;INTERVAL=6", None)]),
    ("c012-periodic", "có trách nhiệm theo dõi, đôn đốc, kiểm tra và định kỳ báo cáo Bộ trưởng Bộ Công "
                      "Thương",
     [("định kỳ", None, None, None)]),
    ("c060-periodic-yearly", "Định kỳ hằng năm có tổ chức kiểm tra, giám sát",
     [("Định kỳ hằng năm", "P1Y", "FREQ=YEARLY", None)]),
    ("c060-daily", "sử dụng tiếng Anh thường xuyên trong các hoạt động hằng ngày",
     [("hằng ngày", "P1D", "FREQ=DAILY", None)]),
    ("c029-daily", "thường xuyên cập nhật nắm bắt tiến độ, hàng ngày có cáo kết quả thực hiện",
     [("hàng ngày", "P1D", "FREQ=DAILY", None)]),
    ("c025-monthly", "Văn phòng Chính phủ công bố hàng tháng danh mục các giấy tờ",
     [("hàng tháng", "P1M", "FREQ=MONTHLY", None)]),
    (
        "c038-monthly",
        "xác định hạn mức số dư tiền mặt hàng tháng phù hợp",
        [
            ("hàng tháng", "P1M", "FREQ=MONTHLY", None),
        ],
    ),
    ("b-quarterly", "định kỳ hằng quý", [("định kỳ hằng quý", "P3M", "FREQ=MONTHLY;INTERVAL=3", None)]),
    ("b-six-months", "6 tháng một lần", [("6 tháng một lần", "P6M", "FREQ=MONTHLY;INTERVAL=6", None)]),
    ("b-monthly-once", "mỗi tháng một lần", [("mỗi tháng một lần", "P1M", "FREQ=MONTHLY", None)]),
    (
        "b-monthly-10",
        "trước ngày 10 hằng tháng",
        [
            ("ngày 10 hằng tháng", "P1M", "FREQ=MONTHLY;BYMONTHDAY=10", 10),
        ],
    ),
    ("b-weekly", "báo cáo hằng tuần", [("hằng tuần", "P1W", "FREQ=WEEKLY", None)]),
    ("b-yearly-date", "vào ngày 15 tháng 12 hằng năm",
     [("ngày 15 tháng 12 hằng năm", "P1Y", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", 15)]),
    ("c018-annual-crop", "+ Đất trồng cây hàng năm đang canh tác: 05 triệu đồng/1 ha.", []),
    ("n-constantly", "thường xuyên theo dõi, kiểm tra", []),
    ("n-more-and-more", "các mặt hàng ngày càng đa dạng", []),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in RECURRENCES], ids=[r[0] for r in RECURRENCES])
def test_recurrences(text: str, expected: list[tuple[str, str | None, str | None, int | None]]) -> None:
    found = find_recurrences(text)
    for r in found:
        assert text[r.start : r.end] == r.text
    assert [(r.text, r.period, r.rrule, r.anchor_day) for r in found] == expected


# ------------------------------------------------------------------------------------------------
# Urgency

URGENCY: list[tuple[str, str, list[str]]] = [
    ("c052-khan-truong", "Khẩn trương rà soát, sửa đổi các quy định", ["Khẩn trương"]),
    ("c009-ngay", "thực hiện ngay trong quý I năm 2010.", ["ngay"]),
    ("c023-khan-cap", "tập trung triển khai các biện pháp khẩn cấp ứng phó bão số 13", ["khẩn cấp"]),
    ("c045-hoa-toc", "đã có văn bản hỏa tốc gửi Công ty Cổ phần", ["hỏa tốc"]),
    ("b-ngay-lap-tuc", "dừng ngay lập tức việc thu phí", ["ngay lập tức"]),
    ("c011-ngay-tu", "hoàn thành xuất sắc nhiệm vụ được giao ngay từ những tháng đầu năm 2010;", []),
    ("c029-kip-thoi", "giải quyết kịp thời các vướng mắc tại địa phương", []),
    ("c035-som", "đề nghị các doanh nghiệp trên địa bàn sớm xây dựng", []),
    ("b-ngay-ca", "ngay cả khi chưa có hướng dẫn", []),
    ("b-ngay-date", "trong ngày 08 tháng 9 năm 2025", []),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in URGENCY], ids=[r[0] for r in URGENCY])
def test_urgency(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e, _ in find_urgency(text)] == expected


# ------------------------------------------------------------------------------------------------
# Document date

DOC_DATES: list[tuple[str, str, str | None, str | None]] = [
    ("header", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nHà Nội, ngày 15 tháng 10 năm 2020\nCHỈ THỊ\nVề việc",
     "2020-10-15", "ngày 15 tháng 10 năm 2020"),
    ("c021-lead", "Ngày 16/7/2025, Thủ tướng Chính phủ đã ký ban hành Công điện 108/CĐ-TTg năm 2025 về "
                  "việc triển khai",
     "2025-07-16", "Ngày 16/7/2025"),
    ("c022-lead-words", "Ngày 02 tháng 4 năm 2025, Thủ tướng Chính phủ ra công điện 27/CĐ-TTg năm 2025 "
                        "về vụ cháy nhà dân",
     "2025-04-02", "Ngày 02 tháng 4 năm 2025"),
    ("c030-lead-no-comma", "Ngày 14/11/2025 Cục Phòng bệnh thuộc Bộ Y tế đã ban hành Công văn "
                           "1648/PB-BTN năm 2025 về việc",
     "2025-11-14", "Ngày 14/11/2025"),
    ("c031-lead-abbrev", "Ngày 03/12/2025, Sở GD&ĐT TP. Hà Nội đã ban hành Công văn 5095/SGDĐT-CTTTHSSV "
                         "năm 2025 về việc",
     "2025-12-03", "Ngày 03/12/2025"),
    ("mid-sign", "Sau cuộc họp, ngày 16/7/2025 Thủ tướng đã ký Công điện số 108/CĐ-TTg gửi các bộ.",
     "2025-07-16", "ngày 16/7/2025"),
    ("c037-cited-first",
     "Thực hiện nghiêm Công điện 170/CĐ-TTg ngày 22/9/2025 của Thủ tướng Chính phủ; các sở hoàn thành "
     "trước ngày 30/9/2025.",
     None, None),
    (
        "c061-cited",
        "Căn cứ Quyết định số 99/2008/QĐ-TTg ngày 14/7/2008 của Thủ tướng Chính phủ về phê duyệt",
        None,
        None,
    ),
    ("deadline-only", "Các đơn vị báo cáo trước ngày 15/12/2020.", None, None),
    ("c001-meeting-lead",
     "Ngày 11/01/2010 tại Hà Nội, Bộ Giao thông vận tải đã tổ chức Hội nghị tổng kết công tác năm 2009",
     "2010-01-11", "Ngày 11/01/2010"),
    ("c004-meeting-lead",
     "Ngày 16 tháng 02 năm 2006 tại Văn phòng Chính phủ, Phó Thủ tướng thường trực Nguyễn Tấn Dũng "
     "đã chủ trì cuộc họp",
     "2006-02-16", "Ngày 16 tháng 02 năm 2006"),
]


@pytest.mark.parametrize(("text", "date", "span"), [r[1:] for r in DOC_DATES], ids=[r[0] for r in DOC_DATES])
def test_document_date(text: str, date: str | None, span: str | None) -> None:
    found = find_document_date(text)
    if date is None:
        assert found is None
        return
    assert found is not None
    d, s, e = found
    assert d.isoformat() == date
    assert text[s:e] == span


# ------------------------------------------------------------------------------------------------
# Tết


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2020, "2020-01-25"),
        (2021, "2021-02-12"),
        (2024, "2024-02-10"),
        (2025, "2025-01-29"),
        (2026, "2026-02-17"),
    ],
)
def test_lunar_new_year(year: int, expected: str) -> None:
    assert lunar_new_year(year).isoformat() == expected


# ------------------------------------------------------------------------------------------------
# Any text: no exception, every span grounded, matches ordered and disjoint

_TOKENS = [
    "trước", "ngày", "tháng", "năm", "quý", "I", "IV", "hết", "đến", "từ", "trong", "chậm nhất", "hằng",
    "Tết",
    "Nguyên đán", "15/12", "31/ 12/2020", "2020", "2021-2025", "giai đoạn", "cuối", "đầu", "6", "30", "kể từ",
    "ký", "ngày làm việc", "sau", "tuần", "tới", "nay", ",", ";", "(", ")", "-", "/", "\u00a0", "\n", "hoá",
    "số 15/2020/NĐ-CP", "khẩn trương", "ngay", "định kỳ", "hàng năm", "một lần", "0",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_TOKENS), max_size=25),
    st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31))),
    st.booleans(),
)
def test_any_text_is_grounded(tokens: list[str], ref: dt.date | None, nfd: bool) -> None:
    text = " ".join(tokens)
    if nfd:
        text = unicodedata.normalize("NFD", text)
    last = 0
    for m in find_deadlines(text, ref):
        assert text[m.start : m.end] == m.text
        assert m.start >= last
        last = m.end
        if m.date is not None and m.start_date is not None:
            assert m.start_date <= m.date
    for r in find_recurrences(text):
        assert text[r.start : r.end] == r.text
    for s, e, _ in find_urgency(text):
        assert 0 <= s < e <= len(text)
    found = find_document_date(text)
    if found is not None:
        assert 0 <= found[1] < found[2] <= len(text)
