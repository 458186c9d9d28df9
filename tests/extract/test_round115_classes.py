"""Issue 10, in our own sentences: the classes of 2.00 and 2.01, from the misses of rounds 115 and 116 (each scored
unread first)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples


def test_a_pipe_tables_unit_in_its_first_cell_and_footnote_marks():
    # tables.py: "(đơn vị: %)" says the cells are shares; "2024**" is the year 2024 (a footnote's mark)
    text = (
        "Sóc Trăng: hạ tầng số qua các năm\n"
        "Số liệu do Sở cung cấp:\n"
        "| Chỉ tiêu (đơn vị: %) | 2023 | 2024** |\n"
        "|---|---|---|\n"
        "| Tỷ lệ người dùng Internet | 68,2 | 74,5 |\n"
        "(**) Số liệu ước tính đến ngày 30/11."
    )
    got = triples(text, province=None, published=dt.date(2024, 12, 20))
    assert ("soc-trang", "internet_user_rate", 2023, 68.2) in got
    assert ("soc-trang", "internet_user_rate", 2024, 74.5) in got


def test_a_pipe_tables_row_of_a_year_to_come_is_a_target():
    # rule future-year, for tables
    text = (
        "Sóc Trăng: dịch vụ công\n"
        "| Năm | Hồ sơ xử lý trực tuyến (%) |\n"
        "|---|---|\n"
        "| 2023 | 41,5 |\n"
        "| 2025 | 70 |"
    )
    got = triples(text, province=None, published=dt.date(2024, 10, 1))
    assert ("soc-trang", "online_dossier_rate", 2023, 41.5) in got
    assert not any(f[2] == 2025 for f in got)
    assert "future-year" in refusals(text, province=None, published=dt.date(2024, 10, 1))


def test_a_table_of_editions_with_scaled_labels_and_a_change_row():
    # tables.py: "Kỳ đánh giá | DTI 2021 | DTI 2022"; "Điểm (thang 1)", "Thứ hạng (/63)"; "Tăng/giảm so với kỳ trước"
    text = (
        "Nam Định qua các kỳ DTI\n"
        "| Kỳ đánh giá | DTI 2021 | DTI 2022* |\n"
        "|---|---|---|\n"
        "| Điểm (thang 1) | 0,4102 | 0,4633 |\n"
        "| Tăng/giảm so với kỳ trước (điểm) | – | +0,0531 |\n"
        "| Thứ hạng (/63) | 40 | 33 |"
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert ("nam-dinh", "dti_score", 2021, 0.4102) in got
    assert ("nam-dinh", "dti_score", 2022, 0.4633) in got
    assert ("nam-dinh", "dti_score_change", 2022, 0.0531) in got
    assert ("nam-dinh", "dti_rank", 2021, 40) in got
    assert ("nam-dinh", "dti_rank", 2022, 33) in got


def test_a_table_of_indices_headed_by_the_edition_in_a_bracket():
    # tables.py: "Chỉ số chính (DTI 2023) | Giá trị | Thứ hạng", with no rule line under the header
    text = (
        "Bình Phước: các chỉ số chính\n"
        "| Chỉ số chính (DTI 2023) | Giá trị (thang 1) | Thứ hạng (/63) |\n"
        "| Thể chế số | 0,8333 | 21 |\n"
        "| Hạ tầng số | 0,4127 | 38 |"
    )
    got = triples(text, province=None, published=dt.date(2024, 8, 1))
    assert ("binh-phuoc", "dti_institution_rank", 2023, 21) in got
    assert ("binh-phuoc", "dti_infrastructure_rank", 2023, 38) in got


def test_a_table_of_provinces_by_column_under_the_editions_label():
    # rule table-of-provinces-by-column, the label cell naming the index and its year
    text = (
        "Bắc Trung Bộ: DTI 2022\n"
        "| Chỉ tiêu DTI 2022 | Nghệ An | Hà Tĩnh |\n"
        "|---|---|---|\n"
        "| Điểm tổng thể | 0,5012 | 0,4866 |\n"
        "| Xếp hạng (/63) | 24 | 30 |"
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert ("nghe-an", "dti_score", 2022, 0.5012) in got
    assert ("ha-tinh", "dti_score", 2022, 0.4866) in got
    assert ("nghe-an", "dti_rank", 2022, 24) in got
    assert ("ha-tinh", "dti_rank", 2022, 30) in got


def test_a_label_cell_with_its_year_and_word_is_still_a_label():
    # tables.py: "Chỉ tiêu năm 2024 (%)" over a column per former province
    text = (
        "Khánh Hòa và Ninh Thuận trước hợp nhất\n"
        "| Chỉ tiêu năm 2024 (%) | Khánh Hòa (cũ) | Ninh Thuận (cũ) |\n"
        "|---|---|---|\n"
        "| Hồ sơ TTHC thanh toán trực tuyến | 41,2 | 33,8 |"
    )
    got = triples(text, province=None, published=dt.date(2025, 10, 1))
    assert ("khanh-hoa", "online_payment_rate", 2024, 41.2) in got
    assert ("ninh-thuan", "online_payment_rate", 2024, 33.8) in got


def test_thousands_and_hundreds_said_as_spoken():
    # numbers.py: "1 nghìn 800" is 1.800
    text = "Lạng Sơn: bản tin\nNăm 2025, tỉnh Lạng Sơn đã có hơn 1 nghìn 800 Tổ công nghệ số cộng đồng."
    got = triples(text, province=None, published=dt.date(2025, 9, 1))
    assert ("lang-son", "community_digital_team_count", 2025, 1800) in got
    assert not any(f[3] == 800 for f in got)


def test_the_writers_own_district_is_no_province():
    # cues.yml unit_self: "huyện tôi", "xã chúng tôi"
    text = (
        "Cao Bằng: thư bạn đọc\n"
        "Năm 2023, tỉnh Cao Bằng đẩy mạnh chuyển đổi số.\n"
        "Ở huyện tôi, theo anh cán bộ văn hóa, đã thành lập được 95 tổ công nghệ số cộng đồng."
    )
    assert not any(f[3] == 95 for f in triples(text, province=None, published=dt.date(2024, 3, 1)))


def test_each_value_names_its_province_in_a_bracket():
    # rule bracketed-province (and group-not-province lets it be)
    text = (
        "Quảng Ngãi và Kon Tum\n"
        "Năm 2024, tỷ lệ hồ sơ thanh toán trực tuyến của hai tỉnh đạt lần lượt 52,4% (Quảng Ngãi) và 47,1% (Kon Tum)."
    )
    got = triples(text, province=None, published=dt.date(2025, 3, 1))
    assert ("quang-ngai", "online_payment_rate", 2024, 52.4) in got
    assert ("kon-tum", "online_payment_rate", 2024, 47.1) in got


def test_this_province_skips_the_places_it_was_compared_with():
    # rule demonstrative-province: "chỉ sau A và B" names places compared with, both of them
    text = (
        "Khánh Hòa: DTI 2023\n"
        "Năm 2023, Khánh Hòa xếp thứ 8/63, chỉ sau Bắc Ninh và Hải Phòng trong nhóm. "
        "Năm 2022, địa phương này đứng thứ 12."
    )
    got = triples(text, province=None, published=dt.date(2024, 8, 1))
    assert ("khanh-hoa", "dti_rank", 2022, 12) in got
    assert not any(f[0] == "hai-phong" for f in got)


def test_a_place_among_provinces_counted_in_words_is_regional():
    # rule regional-rank: "Trong ba tỉnh ..." frames the rank
    text = "Đắk Nông\nTheo DTI 2023, Đắk Nông xếp thứ 48/63. Trong năm tỉnh Tây Nguyên, Đắk Nông xếp thứ tư."
    got = triples(text, province=None, published=dt.date(2024, 8, 1))
    assert ("dak-nong", "dti_rank", 2023, 48) in got
    assert not any(f[3] == 4 for f in got)


def test_the_leader_named_after_the_lead_is_the_one_leading():
    # rule rank-then-province: "Dẫn đầu cả nước về ... là Bắc Ninh"
    text = (
        "Thái Nguyên: kinh tế số\n"
        "Năm 2023, tỷ trọng kinh tế số trong GRDP của Thái Nguyên đạt 30,2%. "
        "Dẫn đầu cả nước về tỷ trọng kinh tế số trong GRDP năm 2023 là Bắc Ninh với 48,25%."
    )
    got = triples(text, province=None, published=dt.date(2024, 10, 1))
    assert ("bac-ninh", "digital_economy_grdp_share", 2023, 48.25) in got
    assert not any(f[0] == "thai-nguyen" and f[1].endswith("_rank") for f in got)


def test_the_provinces_counted_on_either_basis_are_no_ranks():
    # readings.py: "số đơn vị ... giảm từ 63 xuống 34" counts the provinces
    text = "Nghệ An\nTheo DTI 2024, Nghệ An xếp thứ 15/34. Do số đơn vị được đánh giá giảm từ 63 xuống 34, khó so sánh."
    got = triples(text, province=None, published=dt.date(2025, 10, 20))
    assert not any(f[3] == 63 for f in got)


# ---- 2.01, from the misses of round 116 (scored unread on 2.00 first)


def test_a_sections_heading_opening_on_its_year_dates_its_ranks():
    # rule section-year
    text = (
        "Hà Nam: bốn năm chuyển đổi số\n"
        "Năm 2020: Xuất phát điểm thấp\n"
        "Ở lần công bố đầu tiên, tỉnh Hà Nam xếp thứ 47/63 với giá trị 0,3011.\n"
        "Năm 2021: Tăng 9 bậc\n"
        "Chỉ số DTI của tỉnh đạt 0,4102, đứng thứ 38.\n"
        "Năm 2023: Vào nhóm giữa\n"
        "Theo báo cáo vừa được công bố, tỉnh đạt 0,5301 điểm, xếp thứ 30/63."
    )
    got = triples(text, province=None, published=dt.date(2024, 8, 20))
    assert ("ha-nam", "dti_rank", 2020, 47) in got
    assert ("ha-nam", "dti_rank", 2021, 38) in got
    assert ("ha-nam", "dti_score", 2021, 0.4102) in got
    assert ("ha-nam", "dti_rank", 2023, 30) in got


def test_the_cable_reaching_every_commune_is_the_fibre_coverage():
    # phrases.yml fiber_village_coverage: communes counted whole, not their centres
    text = "Bắc Kạn\nNăm 2022, mạng cáp quang đã đến 100% xã, phường, thị trấn trên địa bàn tỉnh Bắc Kạn."
    got = triples(text, province=None, published=dt.date(2023, 1, 20))
    assert ("bac-kan", "fiber_village_coverage_rate", 2022, 100) in got


def test_the_communes_centres_reached_are_not_the_communes():
    # guard: "trung tâm xã" are the communes' centres
    text = "Bắc Kạn\nNăm 2022, cáp quang đã được kéo tới 100% trung tâm xã của tỉnh Bắc Kạn."
    got = triples(text, province=None, published=dt.date(2023, 1, 20))
    assert not any(f[1] == "fiber_village_coverage_rate" for f in got)


def test_a_towns_government_as_the_source_makes_the_figure_the_towns():
    # cues.yml unit_self: "Theo UBND thị xã, ..."
    text = (
        "Ngã Năm: nông sản lên sàn\n"
        "Thị xã Ngã Năm hiện có 5 sản phẩm được đưa lên sàn thương mại điện tử của tỉnh Sóc Trăng.\n"
        "Theo UBND thị xã, năm 2022 tỷ lệ người dân sử dụng điện thoại thông minh trên địa bàn ước đạt 62%."
    )
    assert not any(f[3] == 62 for f in triples(text, province=None, published=dt.date(2022, 9, 1)))
