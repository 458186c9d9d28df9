"""Issue 10, in our own sentences: the classes of 2.11, from the misses of round 125 (scored unread on 2.10 first):
the nation's top group as a sentence's frame, a year after a measure pointed back at, the province's level in a
breakdown by level, a former province named as an area, and an edition of 63 provinces compared with in an article
on the 34-province basis."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

RANKING_2023 = "Bảng xếp hạng DTI 2023 có nhiều thay đổi\n"


def test_ranks_within_the_nations_top_group_are_national():
    # rule national-top-frame: "Trong nhóm 10 địa phương dẫn đầu, ..." frames the nation's leaders, not a region
    text = RANKING_2023 + (
        "Trong nhóm 10 địa phương dẫn đầu, Bình Dương tăng 3 bậc lên thứ 5, còn Hải Phòng giảm 1 bậc xuống thứ 8 "
        "năm 2023."
    )
    got = triples(text, province=None, published=dt.date(2024, 10, 2))
    assert ("binh-duong", "dti_rank", 2023, 5) in got
    assert ("hai-phong", "dti_rank", 2023, 8) in got


def test_a_list_in_the_top_group_is_national_too():
    # (guard) a list's ranks under the same frame were national already (a frame of no known region is the largest's)
    text = RANKING_2023 + (
        "Trong nhóm 10 địa phương dẫn đầu, Bắc Ninh và Quảng Ninh lần lượt đứng thứ 3 và thứ 6 năm 2023."
    )
    got = triples(text, province=None, published=dt.date(2024, 10, 2))
    assert ("bac-ninh", "dti_rank", 2023, 3) in got
    assert ("quang-ninh", "dti_rank", 2023, 6) in got


def test_a_regions_leading_group_stays_regional():
    # (guard) a group named with a region's word is a region's: its places are not national
    text = RANKING_2023 + "Trong nhóm các tỉnh miền núi dẫn đầu, Lào Cai đứng thứ 2 năm 2023."
    got = triples(text, province=None, published=dt.date(2024, 10, 2))
    assert not any(t[:2] == ("lao-cai", "dti_rank") for t in got)


def test_a_year_after_the_measure_pointed_back_at_dates_that_clause_only():
    # rule contrast-year: "...; tỷ lệ này năm 2021 chỉ là 38,2%" looks back; the next sentence is the report's year
    text = (
        "Tiền Giang tổng kết công tác chuyển đổi số năm 2022\n"
        "Năm 2022, tỉnh cung cấp 840 dịch vụ công trực tuyến toàn trình, đạt 52,6% số thủ tục; tỷ lệ này năm 2021 chỉ "
        "là 31,4%. Tỷ lệ hồ sơ được xử lý trực tuyến đạt 64,3%."
    )
    got = triples(text, province=None, published=dt.date(2022, 12, 20))
    assert ("tien-giang", "online_public_service_full_rate", 2021, 31.4) in got
    assert ("tien-giang", "online_dossier_rate", 2022, 64.3) in got
    assert ("tien-giang", "online_dossier_rate", 2021, 64.3) not in got


def test_the_provinces_level_in_a_breakdown_by_level_frames_no_report():
    # rule levels-listed: "ở cấp tỉnh, cấp huyện và cấp xã lần lượt là ..." breaks the province's own figure down by
    # level; the paragraph goes on about the province, not about a national report of provinces
    text = (
        "Hà Tĩnh đạt 18 trên 22 chỉ tiêu chuyển đổi số năm 2023\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 52,7%. Chia theo cấp, tỷ lệ này ở cấp tỉnh, cấp huyện và cấp xã lần "
        "lượt là 81,2%, 44,6% và 30,9%. Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 58,4%."
    )
    got = triples(text, province=None, published=dt.date(2023, 12, 28))
    assert ("ha-tinh", "dossier_digitization_rate", 2023, 58.4) in got


def test_a_level_frame_still_frames_a_report_of_provinces():
    # (guard) "Ở cấp tỉnh, ..." alone still opens a report about the provinces, whose average is no province's
    text = (
        "Kết quả đánh giá chuyển đổi số năm 2023\n"
        "Ở cấp tỉnh, giá trị trung bình DTI đạt 0,5284 điểm. Tỷ lệ hồ sơ trực tuyến bình quân đạt 48,2%."
    )
    got = triples(text, province="nghe-an", published=dt.date(2024, 10, 2))
    assert not any(t[1] == "online_dossier_rate" for t in got)


def test_a_former_province_named_as_an_area_does_not_take_the_paragraph():
    # rule former-area: "... các khu công nghiệp thuộc khu vực Vĩnh Phúc (cũ)" says where; the pillars after it are
    # the merged province's
    text = (
        "Phú Thọ xếp thứ 14/34 về chuyển đổi số năm 2024\n"
        "Theo kết quả DTI 2024 vừa công bố, tỉnh Phú Thọ (mới) đạt 0,6102 điểm, xếp thứ 14/34.\n"
        "Trụ cột kinh tế số xếp thứ 9/34, nhờ các doanh nghiệp công nghệ ở các khu công nghiệp thuộc khu vực Vĩnh Phúc "
        "(cũ). Trụ cột chính quyền số xếp thứ 16, xã hội số xếp thứ 13."
    )
    got = triples(text, province=None, published=dt.date(2025, 10, 30))
    assert ("phu-tho", "dti_digital_government_rank", 2024, 16) in got
    assert ("phu-tho", "dti_digital_society_rank", 2024, 13) in got
    assert not any(t[0] == "vinh-phuc" and t[2] == 2024 for t in got)


def test_a_former_province_as_a_subject_still_takes_its_values():
    # (guard) "Vĩnh Phúc (cũ) ..." heading its sentence is that province's own look back, not an area
    text = (
        "Phú Thọ xếp thứ 14/34 về chuyển đổi số năm 2024\n"
        "Theo kết quả DTI 2024 vừa công bố, tỉnh Phú Thọ (mới) đạt 0,6102 điểm, xếp thứ 14/34.\n"
        "Trước đó, ở DTI 2023, Vĩnh Phúc (cũ) xếp thứ 18/63."
    )
    got = triples(text, province=None, published=dt.date(2025, 10, 30))
    assert ("vinh-phuc", "dti_rank", 2023, 18) in got


def test_an_edition_of_63_compared_with_dates_the_values_ranked_so():
    # rule compared-old-basis: written when the latest edition ranked the 34 provinces, "Nếu so với DTI 2023 tính theo
    # 63 tỉnh, ..." opens values of that edition, "từng" or not: a rank out of 63 can only be of an edition before
    text = (
        "DTI 2024: Khánh Hòa xếp thứ 11/34\n"
        "Theo DTI 2024, Khánh Hòa (mới) xếp thứ 11/34 với 0,6341 điểm.\n"
        "Nếu so với DTI 2023 tính theo 63 tỉnh, Khánh Hòa cũ xếp thứ 9/63 (0,6120), Ninh Thuận xếp thứ 40/63 (0,5077)."
    )
    got = triples(text, province=None, published=dt.date(2025, 10, 28))
    assert ("khanh-hoa", "dti_rank", 2023, 9) in got
    assert ("ninh-thuan", "dti_rank", 2023, 40) in got
    assert ("ninh-thuan", "dti_score", 2023, 0.5077) in got


def test_a_rank_out_of_34_after_the_comparison_stays_the_new_editions():
    # (guard) rule compared-old-basis: a rank written "/34" is of the new basis, whatever the opening compares with
    text = (
        "DTI 2024: Khánh Hòa xếp thứ 11/34\n"
        "Nếu so với DTI 2023 tính theo 63 tỉnh, năm 2024 Khánh Hòa (mới) xếp thứ 11/34."
    )
    got = triples(text, province=None, published=dt.date(2025, 10, 28))
    assert ("khanh-hoa", "dti_rank", 2024, 11) in got
    assert ("khanh-hoa", "dti_rank", 2023, 11) not in got
