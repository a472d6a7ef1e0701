"""Tables for :mod:`directive_extract.targets`: comparators, values, units, per-units, metric and base.

Sentences are verbatim from the real documents in corpora-raw (file number in the row id: ``n015_…``
is 015_ct-ubnd-longan-kehoach-ktxh-2011-2015.txt; ``hanoimoi_…`` is the sample in examples/, whose
expectations ANNOTATION.md spells out); ``brief_…`` rows are the forms named in the task. Every expected
value was checked by reading the sentence.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from directive_extract.normalize import normalize_text
from directive_extract.numbers import find_numbers
from directive_extract.targets import find_targets

# (text, comparator, value, value_max, unit, per, direction, rule) for every target, in order.
Row = tuple[str, str, float, "float | None", "str | None", "str | None", "str | None", str]

TARGETS: list[tuple[str, str, list[Row]]] = [
    (
        'hanoimoi_budget',
        'hướng tới mục tiêu chi cho công nghệ thông tin đạt 0,1% ngân sách; chi cho tuyên truyền 0,3% '
        'ngân sách.',
        [
            ('đạt 0,1% ngân sách', '>=', 0.1, None, '%', None, None, 'cmp_achieve'),
            ('0,3% ngân sách', '>=', 0.3, None, '%', None, None, 'elliptical'),
        ],
    ),
    (
        'hanoimoi_bluezone',
        'Với các địa phương có tỷ lệ cài đặt ứng dụng Bluezone thấp, cần tiếp tục đẩy mạnh để nâng cao '
        'tỷ lệ cài đặt, hướng tới mục tiêu ít nhất 30% dân số trên địa bàn cài đặt ứng dụng này.',
        [
            ('ít nhất 30% dân số trên địa bàn', '>=', 30.0, None, '%', None, None, 'cmp_at_least'),
        ],
    ),
    (
        'hanoimoi_per_unit',
        'Bộ cũng yêu cầu các sở thông tin và truyền thông tập trung thúc đẩy, thực hiện mục tiêu mỗi '
        'người dân một điện thoại thông minh (smartphone), mỗi hộ gia đình một đường cáp quang; coi đây '
        'là chương trình phổ cập quan trọng nhất của lĩnh vực viễn thông',
        [
            ('mỗi người dân một điện thoại thông minh', '=', 1.0, None, 'điện thoại thông minh',
             'người dân', None, 'per_unit'),
            ('mỗi hộ gia đình một đường cáp quang', '=', 1.0, None, 'đường cáp quang', 'hộ gia đình',
             None, 'per_unit'),
        ],
    ),
    (
        'n001_disburse',
        '+ Dự kiến trong năm 2010 phấn đấu giải ngân tăng 20-30% so với năm 2009, khởi công được 40 dự '
        'án; huy động vốn ngoài ngân sách để đầu tư cho các dự án giao thông khoảng 15.000 tỷ đồng.',
        [
            ('tăng 20-30% so với năm 2009', 'increase', 20.0, 30.0, '%', None, 'increase', 'cmp_increase'),
            ('40 dự án', '=', 40.0, None, 'dự án', None, None, 'bare_figure'),
            ('khoảng 15.000 tỷ đồng', '=', 15000000000000.0, None, 'VND', None, None, 'bare_figure'),
        ],
    ),
    (
        'n001_simplify',
        'phải đơn giản hoá tối thiểu 30% các quy định hiện hành của thủ tục hành chính, đồng thời cắt '
        'giảm 30% chi phí xã hội thực hiện thủ tục hành chính thuộc phạm vi chức năng quản lý của Bộ '
        'GTVT.',
        [
            ('tối thiểu 30% các quy định hiện hành của thủ tục hành chính', '>=', 30.0, None, '%', None,
             None, 'cmp_at_least'),
            ('cắt giảm 30% chi phí xã hội', 'decrease', 30.0, None, '%', None, 'decrease', 'cmp_decrease'),
        ],
    ),
    (
        'n001_bond',
        'các dự án trái phiếu Chính phủ theo Quyết định 171/QĐ-TTg, vốn trái phiếu Chính phủ bổ sung năm '
        '2009 (1.650 tỷ đồng): các chủ đầu tư tiếp tục chỉ đạo',
        [
            ('1.650 tỷ đồng', '=', 1650000000000.0, None, 'VND', None, None, 'bare_figure'),
        ],
    ),
    (
        'n005_quarantine',
        'thực hiện kiểm soát chất lượng, kiểm dịch 100% lượng tôm bố mẹ, tôm giống đầu vào',
        [
            ('100% lượng tôm bố mẹ', '=', 100.0, None, '%', None, None, 'bare_figure'),
        ],
    ),
    (
        'n006_drill',
        'Diễn tập chiến đấu trị an 20% số xã, phường, thị trấn.',
        [
            ('20% số xã', '=', 20.0, None, '%', None, None, 'bare_figure'),
        ],
    ),
    (
        'n006_militia',
        'xây dựng lực lượng Dân quân tự vệ nòng cốt đạt tỷ lệ từ 1,50 đến 1,65% so dân số, coi trọng '
        'chất lượng chính trị',
        [
            ('đạt tỷ lệ từ 1,50 đến 1,65% so dân số', '>=', 1.5, 1.65, '%', None, None, 'cmp_achieve'),
        ],
    ),
    (
        'n006_cadres',
        'phối hợp làm tốt việc cử tuyển 80 đồng chí cán bộ tham gia đào tạo chỉ huy trưởng quân sự xã',
        [
            ('80 đồng chí', '=', 80.0, None, 'người', None, None, 'bare_figure'),
        ],
    ),
    (
        'n009_import',
        'kiểm soát để tỷ lệ nhập siêu trên kim ngạch xuất khẩu trong năm 2010 tối đa không vượt quá 20%.',
        [
            ('tối đa không vượt quá 20%', '<=', 20.0, None, '%', None, None, 'cmp_at_most'),
        ],
    ),
    (
        'n010_smoke',
        'mỗi khu phố chọn một tổ dân phố không hút thuốc lá để rút kinh nghiệm',
        [
            ('mỗi khu phố chọn một tổ dân phố', '=', 1.0, None, 'tổ dân phố', 'khu phố', None, 'per_unit'),
        ],
    ),
    (
        'n011_gdp',
        'phấn đấu tốc độ tăng trưởng kinh tế (GDP) năm 2010 đạt từ 10% trở lên, vượt dự toán thu ngân '
        'sách 2010.',
        [
            ('đạt từ 10% trở lên', '>=', 10.0, None, '%', None, None, 'cmp_from_up'),
        ],
    ),
    (
        'n015_gdp',
        'a) Phấn đấu đạt tốc độ tăng trưởng kinh tế GDP bình quân 5 năm 2011-2015 đạt 13-13,5% / năm; '
        'GDP bình quân đầu người năm 2015 là 41 triệu đồng / người / năm; sản lượng lương thực bình quân '
        '2,1 triệu tấn / năm; kim ngạch xuất khẩu gấp 2 lần năm 2010; tỷ lệ huy động GDP vào ngân sách: '
        '10-10,5%; tổng mức đầu tư toàn xã hội đạt 46% GDP; tỷ lệ hộ nghèo dưới 3% (tiêu chí Trung '
        'ương); 50% trường đạt chuẩn quốc gia',
        [
            ('đạt 13-13,5% / năm', '>=', 13.0, 13.5, '%', 'năm', None, 'cmp_achieve'),
            ('là 41 triệu đồng / người', '=', 41000000.0, None, 'VND', 'người', None, 'cmp_equal'),
            ('bình quân 2,1 triệu tấn / năm', '=', 2100000.0, None, 'tấn', 'năm', None, 'bare_figure'),
            ('gấp 2 lần năm 2010', 'increase', 2.0, None, 'lần', None, 'increase', 'cmp_multiply'),
            ('10-10,5%', '>=', 10.0, 10.5, '%', None, None, 'elliptical'),
            ('đạt 46% GDP', '>=', 46.0, None, '%', None, None, 'cmp_achieve'),
            ('dưới 3%', '<', 3.0, None, '%', None, None, 'cmp_less_than'),
            ('50% trường', '=', 50.0, None, '%', None, None, 'bare_figure'),
        ],
    ),
    (
        'n015_social',
        'tỷ lệ lao động qua đào tạo năm 2015 đạt 60% (trong đó đào tạo nghề đạt 40%); tỷ lệ tăng dân số '
        'tự nhiên dưới 12 ‰, 100% trạm y tế có bác sĩ; trên 95% xã đạt chuẩn quốc gia về y tế; tỷ lệ '
        'người có bảo hiểm y tế đạt 90%; tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi còn dưới 16%; 60-70% '
        'ấp, khu phố văn hoá',
        [
            ('đạt 60%', '>=', 60.0, None, '%', None, None, 'cmp_achieve'),
            ('đạt 40%', '>=', 40.0, None, '%', None, None, 'cmp_achieve'),
            ('dưới 12 ‰', '<', 12.0, None, '‰', None, None, 'cmp_less_than'),
            ('100% trạm y tế', '=', 100.0, None, '%', None, None, 'bare_figure'),
            ('trên 95% xã', '>', 95.0, None, '%', None, None, 'cmp_more_than'),
            ('đạt 90%', '>=', 90.0, None, '%', None, None, 'cmp_achieve'),
            ('còn dưới 16%', '<', 16.0, None, '%', None, None, 'cmp_less_than'),
            ('60-70% ấp', '=', 60.0, 70.0, '%', None, None, 'bare_figure'),
        ],
    ),
    (
        'n015_env',
        'diện tích nhà ở đô thị bình quân đầu người 15m2; tỷ lệ dân số nông thôn sử dụng nước hợp vệ '
        'sinh đạt 90%; tỷ lệ dân số đô thị sử dụng nước sạch đạt 90%; tỷ lệ cơ sở gây ô nhiễm môi trường '
        'nghiêm trọng được xử lý trên 80%; tỷ lệ thu gom chất thải rắn đô thị 90%; tỷ lệ xử lý chất thải '
        'nguy hại 85%',
        [
            ('15m2', '=', 15.0, None, 'm2', None, None, 'bare_figure'),
            ('đạt 90%', '>=', 90.0, None, '%', None, None, 'cmp_achieve'),
            ('đạt 90%', '>=', 90.0, None, '%', None, None, 'cmp_achieve'),
            ('trên 80%', '>', 80.0, None, '%', None, None, 'cmp_more_than'),
            ('90%', '>=', 90.0, None, '%', None, None, 'elliptical'),
            ('85%', '>=', 85.0, None, '%', None, None, 'elliptical'),
        ],
    ),
    (
        'n017_support',
        '- Ngân sách Thành phố hỗ trợ 15 triệu đồng / hộ để mua nguyên vật liệu chính như gạch, ngói, xi '
        'măng',
        [
            ('15 triệu đồng / hộ', '=', 15000000.0, None, 'VND', 'hộ', None, 'bare_figure'),
        ],
    ),
    (
        'n017_loan',
        'vay tín dụng từ Ngân hàng Chính sách Xã hội để xây dựng, sửa chữa nhà ở, mức vay tối đa 8 triệu '
        'đồng / hộ, lãi suất 3% / năm, thời hạn vay 10 năm',
        [
            ('tối đa 8 triệu đồng / hộ', '<=', 8000000.0, None, 'VND', 'hộ', None, 'cmp_at_most'),
            ('3% / năm', '=', 3.0, None, '%', 'năm', None, 'bare_figure'),
        ],
    ),
    (
        'n018_area',
        'Đến năm 2015 toàn tỉnh có 20.000 ha, trong đó 90% diện tích cao su đại điền và 10% diện tích '
        'cao su tiểu điền, cụ thể:',
        [
            ('20.000 ha', '=', 20000.0, None, 'ha', None, None, 'bare_figure'),
            ('90% diện tích cao su đại điền', '=', 90.0, None, '%', None, None, 'bare_figure'),
            ('10% diện tích cao su tiểu điền', '=', 10.0, None, '%', None, None, 'bare_figure'),
        ],
    ),
    (
        'n018_phase',
        '- Giai đoạn 2008 - 2010 diện tích cao su đạt 6.000 ha.',
        [
            ('đạt 6.000 ha', '>=', 6000.0, None, 'ha', None, None, 'cmp_achieve'),
        ],
    ),
    (
        'n018_latex',
        '- Đến năm 2020 có 12.000 ha cao su được khai thác mủ, sản lượng khai thác đạt trên 12.000 tấn.',
        [
            ('12.000 ha', '=', 12000.0, None, 'ha', None, None, 'bare_figure'),
            ('đạt trên 12.000 tấn', '>', 12000.0, None, 'tấn', None, None, 'cmp_more_than'),
        ],
    ),
    (
        'n018_over',
        '- Đến năm 2022 có trên 20.000 ha cao su được khai thác mủ, sản lượng khai thác đạt 20.000 tấn.',
        [
            ('trên 20.000 ha', '>', 20000.0, None, 'ha', None, None, 'cmp_more_than'),
            ('đạt 20.000 tấn', '>=', 20000.0, None, 'tấn', None, None, 'cmp_achieve'),
        ],
    ),
    (
        'n018_comp',
        '+ Rừng khoanh nuôi tái sinh bằng nguồn vốn ngân sách nhà nước: 0,5 triệu đồng/1 ha.',
        [
            ('0,5 triệu đồng/1 ha', '=', 500000.0, None, 'VND', 'ha', None, 'bare_figure'),
        ],
    ),
    (
        'n019_income',
        '- Nâng thu nhập bình quân của một lao động trong kinh tế tập thể từ 7 triệu năm 2005 lên 14 '
        'triệu vào năm 2010.',
        [
            ('lên 14 triệu', '>=', 14000000.0, None, None, None, 'increase', 'cmp_raise_to'),
        ],
    ),
    (
        'n019_training',
        '- Đào tạo cán bộ quản lý các HTX, tổ hợp có trình độ từ trung cấp đến năm 2010 là 40%; trình độ '
        'đại học là 25%.',
        [
            ('là 40%', '=', 40.0, None, '%', None, None, 'cmp_equal'),
            ('là 25%', '=', 25.0, None, '%', None, None, 'cmp_equal'),
        ],
    ),
    (
        'n024_cut',
        'bảo đảm cắt giảm ít nhất 30% thời gian giải quyết TTHC, 30% chi phí tuân thủ TTHC, 30% điều '
        'kiện kinh doanh trong năm 2025',
        [
            ('cắt giảm ít nhất 30% thời gian giải quyết TTHC', '>=', 30.0, None, '%', None, 'decrease',
             'cmp_at_least'),
            ('30% chi phí tuân thủ TTHC', '>=', 30.0, None, '%', None, 'decrease', 'elliptical'),
            ('30% điều kiện kinh doanh', '>=', 30.0, None, '%', None, 'decrease', 'elliptical'),
        ],
    ),
    (
        'n024_count',
        '- Khẩn trương rà soát, cắt giảm, đơn giản hoá 361 thủ tục hành chính liên quan đến hoạt động '
        'sản xuất, kinh doanh, 447 điều kiện kinh doanh thuộc lĩnh vực quản lý của Bộ Xây dựng',
        [
            ('361 thủ tục hành chính', '=', 361.0, None, 'thủ tục hành chính', None, None, 'bare_figure'),
            ('447 điều kiện kinh doanh', '=', 447.0, None, 'điều kiện kinh doanh', None, None,
             'bare_figure'),
        ],
    ),
    (
        'n025_airports',
        'thực hiện toàn trình tại 100% các cảng hàng không trên toàn quốc',
        [
            ('100% các cảng hàng không trên toàn quốc', '=', 100.0, None, '%', None, None, 'bare_figure'),
        ],
    ),
    (
        'n026_children',
        '+ Tại địa bàn đô thị: phấn đấu 100% trẻ em trong cơ sở giáo dục mầm non được nuôi dưỡng, chăm '
        'sóc, giáo dục bảo đảm an toàn',
        [
            # "phấn đấu" alone is no comparator (GUIDELINES 23, 54): a bare figure
            ('100% trẻ em trong cơ sở giáo dục mầm non', '=', 100.0, None, '%', None, None, 'bare_figure'),
        ],
    ),
    (
        'n026_age',
        '+ Tại địa bàn có khu công nghiệp: phấn đấu 80% trẻ em từ 06 tháng đến 36 tháng tuổi là con công '
        'nhân, người lao động có nhu cầu được đến trường',
        [
            ('80% trẻ em', '=', 80.0, None, '%', None, None, 'bare_figure'),
        ],
    ),
    (
        'n026_groups',
        '+ Tại địa bàn có khu công nghiệp: phần đấu tăng thêm ít nhất 10% số nhóm trẻ trong cơ sở giáo '
        'dục mầm non và tăng thêm ít nhất 5% số trường mầm non công lập có tổ chức nhóm trẻ dưới 24 '
        'tháng tuổi; 100% cơ sở giáo dục mầm non độc lập dân lập, tư thục đạt tiêu chuẩn trường học an '
        'toàn',
        [
            ('tăng thêm ít nhất 10% số nhóm trẻ trong cơ sở giáo dục mầm non', '>=', 10.0, None,
             '%', None, 'increase', 'cmp_at_least'),
            ('tăng thêm ít nhất 5% số trường mầm non công lập', '>=', 5.0, None, '%', None, 'increase',
             'cmp_at_least'),
            ('100% cơ sở giáo dục mầm non độc lập dân lập', '>=', 100.0, None, '%', None, None,
             'elliptical'),
        ],
    ),
    (
        'n032_stone',
        'bố trí 0,3 triệu m3 đá cho Dự án thành phần 1',
        [
            ('0,3 triệu m3', '=', 300000.0, None, 'm3', None, None, 'bare_figure'),
        ],
    ),
    (
        'n039_growth',
        'góp phần thực hiện thắng lợi mục tiêu tăng trưởng kinh tế năm 2025 phấn đầu đạt 8,3-8,5% và hai '
        'con số trong giai đoạn tiếp theo',
        [
            ('phấn đầu đạt 8,3-8,5%', '>=', 8.3, 8.5, '%', None, None, 'cmp_achieve'),
        ],
    ),
    (
        'n039_revenue',
        'Đẩy mạnh thu ngân sách nhà nước năm 2025 tăng ít nhất 25% so với 2 dự toán.',
        [
            ('tăng ít nhất 25% so với 2 dự toán', '>=', 25.0, None, '%', None, 'increase', 'cmp_at_least'),
        ],
    ),
    (
        'n039_disburse',
        'Phấn đấu đến hết quý III năm 2025, tỷ lệ giải ngân tối thiểu đạt khoảng 60% kế hoạch; cả năm '
        'đạt 100% kế hoạch vốn năm 2025.',
        [
            ('tối thiểu đạt khoảng 60% kế hoạch', '>=', 60.0, None, '%', None, None, 'cmp_at_least'),
            ('đạt 100% kế hoạch vốn năm 2025', '>=', 100.0, None, '%', None, None, 'cmp_achieve'),
        ],
    ),
    (
        'n039_soe',
        'phấn đấu tăng trưởng sản lượng hoặc doanh thu năm 2025 khoảng trên 10%, góp phần thực hiện mục '
        'tiêu tăng trưởng của cả nước',
        [
            ('khoảng trên 10%', '>', 10.0, None, '%', None, None, 'cmp_more_than'),
        ],
    ),
    (
        'n039_all',
        'thúc đầy tăng trưởng và đẩy mạnh giải ngân 100% vốn đầu tư công tại các Bộ, cơ quan, địa phương',
        [
            ('100% vốn đầu tư công', '=', 100.0, None, '%', None, None, 'bare_figure'),
        ],
    ),
    (
        'n040_length',
        'Đảm bảo 100% nhà để ở kết hợp sản xuất, kinh doanh hàng hóa, chất dễ cháy, nổ liền kề;',
        [
            ('100% nhà để ở kết hợp sản xuất', '=', 100.0, None, '%', None, None, 'bare_figure'),
        ],
    ),
    (
        'n040_extinguisher',
        'Vận động mỗi hộ gia dình trang bị tối thiểu 01 bình chữa cháy',
        [
            ('mỗi hộ gia dình trang bị tối thiểu 01 bình chữa cháy', '>=', 1.0, None, 'bình chữa cháy',
             'hộ', None, 'cmp_at_least'),
        ],
    ),
    (
        'n050_plan',
        'doanh nghiệp, đạt 62,15% kế hoạch năm 2016 bằng 107,73% cùng kỳ năm 2015;',
        [
            ('đạt 62,15% kế hoạch năm 2016', '>=', 62.15, None, '%', None, None, 'cmp_achieve'),
            ('bằng 107,73% cùng kỳ năm 2015', '=', 107.73, None, '%', None, None, 'cmp_equal'),
        ],
    ),
    (
        'n050_share',
        'hoạch thanh tra kiểm tra đạt 18% só doanh nghiệp đang hoạt động',
        [
            ('đạt 18% só doanh nghiệp đang hoạt động', '>=', 18.0, None, '%', None, None, 'cmp_achieve'),
        ],
    ),
    (
        'n052_package',
        'gói hỗ trợ tín dụng khoảng 250 nghìn tỷ đồng).',
        [
            ('khoảng 250 nghìn tỷ đồng', '=', 250000000000000.0, None, 'VND', None, None, 'bare_figure'),
        ],
    ),
    (
        'n061_trade',
        '- Tốc độ tăng trưởng GDP của ngành thương mại đạt 16,5% / năm giai đoạn 2011 - 2015 và 17% / '
        'năm giai đoạn 2016 - 2020.',
        [
            ('đạt 16,5% / năm', '>=', 16.5, None, '%', 'năm', None, 'cmp_achieve'),
            ('17% / năm', '>=', 17.0, None, '%', 'năm', None, 'elliptical'),
        ],
    ),
    (
        'n061_retail',
        '- Tổng mức lưu chuyển hàng hoá bán lẻ và doanh thu dịch vụ xã hội tăng bình quân 15-17,5% / năm '
        'giai đoạn 2006 - 2010; tăng 21% / năm giai đoạn 2011 - 2015',
        [
            ('tăng bình quân 15-17,5% / năm', 'increase', 15.0, 17.5, '%', 'năm', 'increase',
             'cmp_increase'),
            ('tăng 21% / năm', 'increase', 21.0, None, '%', 'năm', 'increase', 'cmp_increase'),
        ],
    ),
    (
        'n061_export',
        'Tốc độ tăng trưởng kim ngạch xuất khẩu đạt 17% giai đoạn 2011 - 2015 và 15% giai đoạn 2016 - '
        '2020.',
        [
            ('đạt 17%', '>=', 17.0, None, '%', None, None, 'cmp_achieve'),
            ('15%', '>=', 15.0, None, '%', None, None, 'elliptical'),
        ],
    ),
    (
        'n061_road',
        'cách điểm giao cắt, nút xuống của đường Xuyên Á khoảng 7-10 km',
        [
            ('khoảng 7-10 km', '=', 7.0, 10.0, 'km', None, None, 'bare_figure'),
        ],
    ),
    (
        'brief_per_hh',
        '2,5 triệu đồng cho mỗi hộ',
        [
            ('2,5 triệu đồng cho mỗi hộ', '=', 2500000.0, None, 'VND', 'hộ', None, 'bare_figure'),
        ],
    ),
    (
        'brief_decrease',
        'giảm 5% so với năm 2020',
        [
            ('giảm 5% so với năm 2020', 'decrease', 5.0, None, '%', None, 'decrease', 'cmp_decrease'),
        ],
    ),
    (
        'brief_increase',
        'tăng 10%',
        [
            ('tăng 10%', 'increase', 10.0, None, '%', None, 'increase', 'cmp_increase'),
        ],
    ),
    (
        'brief_double',
        'tăng gấp đôi',
        [
            ('tăng gấp đôi', 'increase', 2.0, None, 'lần', None, 'increase', 'cmp_multiply'),
        ],
    ),
    (
        'brief_from_up',
        'từ 6,5% trở lên',
        [
            ('từ 6,5% trở lên', '>=', 6.5, None, '%', None, None, 'cmp_from_up'),
        ],
    ),
    (
        'brief_province',
        'mỗi tỉnh chọn 01 huyện',
        [
            ('mỗi tỉnh chọn 01 huyện', '=', 1.0, None, 'huyện', 'tỉnh', None, 'per_unit'),
        ],
    ),
    (
        'brief_all_communes',
        '100% các xã',
        [
            ('100% các xã', '=', 100.0, None, '%', None, None, 'bare_figure'),
        ],
    ),
    (
        'brief_words_percent',
        'ít nhất năm mươi phần trăm hộ gia đình',
        [
            ('ít nhất năm mươi phần trăm hộ gia đình', '>=', 50.0, None, '%', None, None, 'cmp_at_least'),
        ],
    ),
    (
        'brief_lower_to',
        'giảm xuống còn 5%',
        [
            ('giảm xuống còn 5%', '<=', 5.0, None, '%', None, 'decrease', 'cmp_lower_to'),
        ],
    ),
    (
        'brief_usd',
        'đạt 10 tỷ USD',
        [
            ('đạt 10 tỷ USD', '>=', 10000000000.0, None, 'USD', None, None, 'cmp_achieve'),
        ],
    ),
    (
        'brief_no_more',
        'không quá 20 km',
        [
            ('không quá 20 km', '<=', 20.0, None, 'km', None, None, 'cmp_at_most'),
        ],
    ),
    (
        'brief_at_least_station',
        '100% các khu công nghiệp có tối thiểu 1 trạm 5G',
        [
            ('100% các khu công nghiệp', '=', 100.0, None, '%', None, None, 'bare_figure'),
            ('tối thiểu 1 trạm', '>=', 1.0, None, 'trạm', None, None, 'cmp_at_least'),
        ],
    ),
    (
        'n040_period_without_space',
        'nhà trọ, tập thể cũ...) có chiều dài từ 50m trở lên mà xe chữa cháy không tiếp cận được theo '
        'địa bàn khu dân cư phải tham gia “Tổ liên gia an toàn phòng cháy chữa cháy” và có “Điểm chữa '
        'cháy công cộng”.Đảm bảo 100% Chủ tịch, Phó Chủ tịch Ủy ban nhân dân phường',
        [
            ('100% Chủ tịch', '=', 100.0, None, '%', None, None, 'bare_figure'),
        ],
    ),
]


def _rows(text: str) -> list[Row]:
    return [(t.text, t.comparator, t.value, t.value_max, t.unit, t.per, t.direction, t.rule)
            for t in find_targets(text)]


@pytest.mark.parametrize(("sentence", "expected"), [r[1:] for r in TARGETS], ids=[r[0] for r in TARGETS])
def test_targets(sentence: str, expected: list[Row]) -> None:
    text = normalize_text(sentence)
    assert _rows(text) == [(normalize_text(r[0]), *r[1:]) for r in expected]


# (metric, base, baseline) texts for every target, in order.
Detail = tuple["str | None", "str | None", "str | None"]

DETAILS: list[tuple[str, str, list[Detail]]] = [
    (
        'hanoimoi_budget',
        'hướng tới mục tiêu chi cho công nghệ thông tin đạt 0,1% ngân sách; chi cho tuyên truyền 0,3% '
        'ngân sách.',
        [
            ('chi cho công nghệ thông tin', 'ngân sách', None),
            ('chi cho tuyên truyền', 'ngân sách', None),
        ],
    ),
    (
        'hanoimoi_bluezone',
        'Với các địa phương có tỷ lệ cài đặt ứng dụng Bluezone thấp, cần tiếp tục đẩy mạnh để nâng cao '
        'tỷ lệ cài đặt, hướng tới mục tiêu ít nhất 30% dân số trên địa bàn cài đặt ứng dụng này.',
        [
            ('dân số trên địa bàn cài đặt ứng dụng', 'dân số trên địa bàn', None),
        ],
    ),
    (
        'n001_disburse',
        '+ Dự kiến trong năm 2010 phấn đấu giải ngân tăng 20-30% so với năm 2009, khởi công được 40 dự '
        'án; huy động vốn ngoài ngân sách để đầu tư cho các dự án giao thông khoảng 15.000 tỷ đồng.',
        [
            ('giải ngân', None, 'so với năm 2009'),
            ('khởi công', None, None),
            ('đầu tư cho các dự án giao thông', None, None),
        ],
    ),
    (
        'n001_simplify',
        'phải đơn giản hoá tối thiểu 30% các quy định hiện hành của thủ tục hành chính, đồng thời cắt '
        'giảm 30% chi phí xã hội thực hiện thủ tục hành chính thuộc phạm vi chức năng quản lý của Bộ '
        'GTVT.',
        [
            ('đơn giản hóa', 'các quy định hiện hành của thủ tục hành chính', None),
            ('chi phí xã hội thực hiện thủ tục hành chính thuộc phạm vi chức năng quản lý của Bộ GTVT',
             'chi phí xã hội', None),
        ],
    ),
    (
        'n006_militia',
        'xây dựng lực lượng Dân quân tự vệ nòng cốt đạt tỷ lệ từ 1,50 đến 1,65% so dân số, coi trọng '
        'chất lượng chính trị',
        [
            ('xây dựng lực lượng Dân quân tự vệ nòng cốt', 'dân số', None),
        ],
    ),
    (
        'n009_import',
        'kiểm soát để tỷ lệ nhập siêu trên kim ngạch xuất khẩu trong năm 2010 tối đa không vượt quá 20%.',
        [
            ('tỷ lệ nhập siêu trên kim ngạch xuất khẩu trong năm 2010', None, None),
        ],
    ),
    (
        'n011_gdp',
        'phấn đấu tốc độ tăng trưởng kinh tế (GDP) năm 2010 đạt từ 10% trở lên, vượt dự toán thu ngân '
        'sách 2010.',
        [
            ('tốc độ tăng trưởng kinh tế (GDP) năm 2010', None, None),
        ],
    ),
    (
        'n015_gdp',
        'a) Phấn đấu đạt tốc độ tăng trưởng kinh tế GDP bình quân 5 năm 2011-2015 đạt 13-13,5% / năm; '
        'GDP bình quân đầu người năm 2015 là 41 triệu đồng / người / năm; sản lượng lương thực bình quân '
        '2,1 triệu tấn / năm; kim ngạch xuất khẩu gấp 2 lần năm 2010; tỷ lệ huy động GDP vào ngân sách: '
        '10-10,5%; tổng mức đầu tư toàn xã hội đạt 46% GDP; tỷ lệ hộ nghèo dưới 3% (tiêu chí Trung '
        'ương); 50% trường đạt chuẩn quốc gia',
        [
            ('tốc độ tăng trưởng kinh tế GDP bình quân 5 năm 2011-2015', None, None),
            ('GDP bình quân đầu người năm 2015', None, None),
            ('sản lượng lương thực', None, None),
            ('kim ngạch xuất khẩu', None, 'năm 2010'),
            ('tỷ lệ huy động GDP vào ngân sách', None, None),
            ('tổng mức đầu tư toàn xã hội', 'GDP', None),
            ('tỷ lệ hộ nghèo', None, None),
            ('trường đạt chuẩn quốc gia', 'trường', None),
        ],
    ),
    (
        'n015_social',
        'tỷ lệ lao động qua đào tạo năm 2015 đạt 60% (trong đó đào tạo nghề đạt 40%); tỷ lệ tăng dân số '
        'tự nhiên dưới 12 ‰, 100% trạm y tế có bác sĩ; trên 95% xã đạt chuẩn quốc gia về y tế; tỷ lệ '
        'người có bảo hiểm y tế đạt 90%; tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi còn dưới 16%; 60-70% '
        'ấp, khu phố văn hoá',
        [
            ('tỷ lệ lao động qua đào tạo năm 2015', None, None),
            ('đào tạo nghề', None, None),
            ('tỷ lệ tăng dân số tự nhiên', None, None),
            ('trạm y tế có bác sĩ', 'trạm y tế', None),
            ('xã đạt chuẩn quốc gia về y tế', 'xã', None),
            ('tỷ lệ người có bảo hiểm y tế', None, None),
            ('tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi', None, None),
            ('ấp', 'ấp', None),
        ],
    ),
    (
        'n015_env',
        'diện tích nhà ở đô thị bình quân đầu người 15m2; tỷ lệ dân số nông thôn sử dụng nước hợp vệ '
        'sinh đạt 90%; tỷ lệ dân số đô thị sử dụng nước sạch đạt 90%; tỷ lệ cơ sở gây ô nhiễm môi trường '
        'nghiêm trọng được xử lý trên 80%; tỷ lệ thu gom chất thải rắn đô thị 90%; tỷ lệ xử lý chất thải '
        'nguy hại 85%',
        [
            ('diện tích nhà ở đô thị bình quân đầu người', None, None),
            ('tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh', None, None),
            ('tỷ lệ dân số đô thị sử dụng nước sạch', None, None),
            ('tỷ lệ cơ sở gây ô nhiễm môi trường nghiêm trọng được xử lý', None, None),
            ('tỷ lệ thu gom chất thải rắn đô thị', None, None),
            ('tỷ lệ xử lý chất thải nguy hại', None, None),
        ],
    ),
    (
        'n017_loan',
        'vay tín dụng từ Ngân hàng Chính sách Xã hội để xây dựng, sửa chữa nhà ở, mức vay tối đa 8 triệu '
        'đồng / hộ, lãi suất 3% / năm, thời hạn vay 10 năm',
        [
            ('mức vay', None, None),
            ('lãi suất', None, None),
        ],
    ),
    (
        'n018_phase',
        '- Giai đoạn 2008 - 2010 diện tích cao su đạt 6.000 ha.',
        [
            ('diện tích cao su', None, None),
        ],
    ),
    (
        'n018_comp',
        '+ Rừng khoanh nuôi tái sinh bằng nguồn vốn ngân sách nhà nước: 0,5 triệu đồng/1 ha.',
        [
            ('Rừng khoanh nuôi tái sinh bằng nguồn vốn ngân sách nhà nước', None, None),
        ],
    ),
    (
        'n019_income',
        '- Nâng thu nhập bình quân của một lao động trong kinh tế tập thể từ 7 triệu năm 2005 lên 14 '
        'triệu vào năm 2010.',
        [
            ('Nâng thu nhập bình quân của một lao động trong kinh tế tập thể', None, 'từ 7 triệu năm 2005'),
        ],
    ),
    (
        'n024_cut',
        'bảo đảm cắt giảm ít nhất 30% thời gian giải quyết TTHC, 30% chi phí tuân thủ TTHC, 30% điều '
        'kiện kinh doanh trong năm 2025',
        [
            ('thời gian giải quyết TTHC', 'thời gian giải quyết TTHC', None),
            ('chi phí tuân thủ TTHC', 'chi phí tuân thủ TTHC', None),
            ('điều kiện kinh doanh trong năm 2025', 'điều kiện kinh doanh', None),
        ],
    ),
    (
        'n026_children',
        '+ Tại địa bàn đô thị: phấn đấu 100% trẻ em trong cơ sở giáo dục mầm non được nuôi dưỡng, chăm '
        'sóc, giáo dục bảo đảm an toàn',
        [
            ('trẻ em trong cơ sở giáo dục mầm non được nuôi dưỡng',
             'trẻ em trong cơ sở giáo dục mầm non', None),
        ],
    ),
    (
        'n026_groups',
        '+ Tại địa bàn có khu công nghiệp: phần đấu tăng thêm ít nhất 10% số nhóm trẻ trong cơ sở giáo '
        'dục mầm non và tăng thêm ít nhất 5% số trường mầm non công lập có tổ chức nhóm trẻ dưới 24 '
        'tháng tuổi; 100% cơ sở giáo dục mầm non độc lập dân lập, tư thục đạt tiêu chuẩn trường học an '
        'toàn',
        [
            ('số nhóm trẻ trong cơ sở giáo dục mầm non', 'số nhóm trẻ trong cơ sở giáo dục mầm non', None),
            ('số trường mầm non công lập có tổ chức nhóm trẻ', 'số trường mầm non công lập', None),
            ('cơ sở giáo dục mầm non độc lập dân lập', 'cơ sở giáo dục mầm non độc lập dân lập', None),
        ],
    ),
    (
        'n039_revenue',
        'Đẩy mạnh thu ngân sách nhà nước năm 2025 tăng ít nhất 25% so với 2 dự toán.',
        [
            ('thu ngân sách nhà nước năm 2025', None, 'so với 2 dự toán'),
        ],
    ),
    (
        'n061_trade',
        '- Tốc độ tăng trưởng GDP của ngành thương mại đạt 16,5% / năm giai đoạn 2011 - 2015 và 17% / '
        'năm giai đoạn 2016 - 2020.',
        [
            ('Tốc độ tăng trưởng GDP của ngành thương mại', None, None),
            (None, None, None),
        ],
    ),
    (
        'n061_retail',
        '- Tổng mức lưu chuyển hàng hoá bán lẻ và doanh thu dịch vụ xã hội tăng bình quân 15-17,5% / năm '
        'giai đoạn 2006 - 2010; tăng 21% / năm giai đoạn 2011 - 2015',
        [
            ('Tổng mức lưu chuyển hàng hóa bán lẻ và doanh thu dịch vụ xã hội', None, None),
            (None, None, None),
        ],
    ),
    (
        'brief_decrease',
        'giảm 5% so với năm 2020',
        [
            (None, None, 'so với năm 2020'),
        ],
    ),
    (
        'brief_all_communes',
        '100% các xã',
        [
            ('các xã', 'các xã', None),
        ],
    ),
]


def _slice(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0]:span[1]]


@pytest.mark.parametrize(("sentence", "expected"), [r[1:] for r in DETAILS], ids=[r[0] for r in DETAILS])
def test_metric_base_baseline(sentence: str, expected: list[Detail]) -> None:
    text = normalize_text(sentence)
    got = [(_slice(text, t.metric), _slice(text, t.base), _slice(text, t.baseline))
           for t in find_targets(text)]
    assert got == [tuple(None if x is None else normalize_text(x) for x in d) for d in expected]


# Sentences with figures that are not targets: conditions, durations, ages, dates, document and
# article numbers, years, programme names, phone numbers, list numbering, lone number words.
NOT_TARGETS: list[tuple[str, str]] = [
    ("brief_condition_asset", "tài sản có giá trị từ 300 triệu đồng trở lên"),
    ("n040_condition_length",
     "(hộ gia đình, nhà để ở kết hợp sản xuất, kinh doanh, nhà trọ, tập thể cũ...) có chiều dài từ 50m "
     "trở lên mà xe chữa cháy không tiếp cận được"),
    ("n025_condition_doi_voi",
     "cắt giảm thành phần hồ sơ đối với 324 thủ tục hành chính đã được tích hợp trên VNelD"),
    ("n017_duration_loan", "thời hạn vay 10 năm"),
    ("n026_age_range", "trẻ em từ 06 tháng đến 36 tháng tuổi là con công nhân"),
    ("n026_age_under", "nhóm trẻ dưới 24 tháng tuổi"),
    ("brief_working_days", "hoàn thành trong 15 ngày làm việc"),
    ("n001_date", "Ngày 11/01/2010 tại Hà Nội, Bộ Giao thông vận tải đã tổ chức Hội nghị tổng kết"),
    ("n001_year_range", "xây dựng Kế hoạch phát triển giao thông vận tải 5 năm 2011-2015."),
    ("n001_decision",
     "các dự án trái phiếu Chính phủ theo Quyết định 171/QĐ-TTg, vốn trái phiếu Chính phủ bổ sung năm 2009"),
    ("n001_project_name", "Đề án đơn giản hoá thủ tục hành chính của Bộ (Đề án 30), bảo đảm tiến độ"),
    ("n007_articles", "trình hồ sơ dự thảo văn bản đã được quy định từ Điều 5 đến Điều 10 Quy định"),
    ("n007_clause", "phải đảm bảo đầy đủ thông tin theo quy định tại khoản 3 Điều 7 Quy định"),
    ("n008_decree", "Nghị định số 41/2007/NĐ-CP ngày 22/3/2007 của Chính phủ về xây dựng ngầm đô thị"),
    ("n009_letter", "tại văn bản số 2600/TTg-KTTH ngày 30 tháng 12 năm 2009"),
    ("n006_anniversary", "Ngày truyền thống của lực lượng Dân quân tự vệ (28/3/1935 - 28/3/2010)"),
    ("n006_subjects", "bồi dưỡng cho cán bộ đối tượng 3, 4 thuộc địa phương"),
    ("n010_team", "Lực lượng Cảnh sát kinh tế và Đội Quản lý thị trường 12 B tăng cường các biện pháp"),
    ("n019_one_worker", "Nâng thu nhập bình quân của một lao động trong kinh tế tập thể"),
    ("n022_clock", "khoảng 02 giờ 20 phút ngày 02 tháng 4 năm 2025, xảy ra vụ cháy nhà dân"),
    ("n023_wind", "gió mạnh dần lên cấp 6-7, sau tăng lên cấp 10-12, giật cấp 14-15"),
    ("n026_sections", "được nêu tại tiết 2.1 tiểu mục 2 Mục II Kế hoạch 188/KH-UBND năm 2025 như sau:"),
    ("n026_programme_phase",
     'Chương trình "Nâng cao chất lượng giáo dục mầm non ở địa bàn đô thị, khu công nghiệp giai đoạn '
     '2026-2035, định hướng đến năm 2045".'),
    ("n039_two_digits", "và hai con số trong giai đoạn tiếp theo"),
    ("n039_quarter", "Phấn đấu đến hết quý III năm 2025,"),
    ("n005_some", "Do diễn biến thời tiết ở mỗi nơi khác nhau nên thời vụ cũng có khác nhau"),
    ("n004_maximum_no_figure", "Tổng công ty Hàng hải Việt Nam cần huy động tối đa nguồn nội lực"),
    ("n001_mo_so", "tại một số địa phương"),
    ("brief_phone", "Đường dây nóng: 0243.8253.536"),
    ("brief_list_numbering",
     "2. Các doanh nghiệp viễn thông và truyền hình cáp hoạt động kinh doanh trên địa bàn tỉnh:"),
    ("brief_cong_dien", "Công điện số 234/CĐ-TTg"),
]


@pytest.mark.parametrize("sentence", [r[1] for r in NOT_TARGETS], ids=[r[0] for r in NOT_TARGETS])
def test_not_targets(sentence: str) -> None:
    assert find_targets(normalize_text(sentence)) == []


# unit_id and currency of a few targets.
UNITS: list[tuple[str, str, list[tuple[str | None, str | None]]]] = [
    ("n001_vnd", "huy động vốn ngoài ngân sách để đầu tư cho các dự án giao thông khoảng 15.000 tỷ đồng.",
     [("vnd", "VND")]),
    ("brief_usd", "đạt 10 tỷ USD", [("usd", "USD")]),
    ("n015_permille", "tỷ lệ tăng dân số tự nhiên dưới 12 ‰", [("permille", None)]),
    ("n018_ha_tonne", "- Đến năm 2015 có 1.000 ha cao su được khai thác mủ, sản lượng khai thác đạt 500 tấn.",
     [("ha", None), ("tonne", None)]),
    ("n006_person", "phối hợp làm tốt việc cử tuyển 80 đồng chí cán bộ", [("person", None)]),
    ("hanoimoi_smartphone", "mỗi người dân một điện thoại thông minh", [("smartphone", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), [r[1:] for r in UNITS], ids=[r[0] for r in UNITS])
def test_unit_ids_and_currency(sentence: str, expected: list[tuple[str | None, str | None]]) -> None:
    got = [(t.unit_id, t.currency) for t in find_targets(normalize_text(sentence))]
    assert got == expected


@pytest.mark.parametrize("row", TARGETS, ids=[r[0] for r in TARGETS])
def test_offsets_point_into_the_sentence(row: tuple[str, str, list[Row]]) -> None:
    text = normalize_text(row[1])
    for t in find_targets(text):
        assert text[t.start:t.end] == t.text
        for span in (t.metric, t.base, t.baseline):
            if span is not None:
                assert 0 <= span[0] < span[1] <= len(text)
                assert text[span[0]:span[1]].strip() == text[span[0]:span[1]]


def test_sentence_inside_a_document_keeps_offsets() -> None:
    prefix = "Bộ yêu cầu các sở; "
    sentence = "chi cho công nghệ thông tin đạt 0,1% ngân sách"
    (t,) = find_targets(prefix + sentence)
    assert (t.start, t.end) == (len(prefix) + sentence.index("đạt"), len(prefix) + len(sentence))


def test_elliptical_needs_same_sentence() -> None:
    text = "chi cho công nghệ thông tin đạt 0,1% ngân sách.\nchi cho tuyên truyền 0,3% ngân sách"
    got = [(t.comparator, t.rule) for t in find_targets(text)]
    assert got == [(">=", "cmp_achieve"), ("=", "bare_figure")]


_PIECES = [
    "đạt", "tăng", "giảm", "ít nhất", "trên", "dưới", "không quá", "mỗi", "hộ", "người", "%", "tỷ",
    "triệu", "đồng", "ha", "từ", "đến", "trở lên", "so với", "năm", "2020", "0,1", "1.200", "30", "một",
    "ba mươi", "phần", "nửa", "gấp", "đôi", ";", ",", ".", ":", "(", ")", "/", "-", "\n", "Điều", "số",
    "15/12/2020", "có giá trị", "ngân sách", "dân số", "lần", "tuổi", "0243.8253.536", "1.", "a)",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_any_word_salad_gives_grounded_targets(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for t in find_targets(text):
        assert text[t.start:t.end] == t.text
        assert t.comparator in {">=", ">", "<=", "<", "=", "increase", "decrease"}
        for span in (t.metric, t.base, t.baseline):
            assert span is None or 0 <= span[0] < span[1] <= len(text)
    for m in find_numbers(text):
        assert text[m.start:m.end] == m.text
