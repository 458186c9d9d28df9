"""Issue 10, in our own sentences: the classes of 1.82, from the misses of round 100 (scored unread on 1.81 first), with
guards for what must stay as it was."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples


def test_now_in_a_past_years_review_written_late_is_the_year_of_writing():
    text = (
        "Yên Bái công bố kết quả chuyển đổi số năm 2024\n"
        "Theo kết quả DTI 2024, tỉnh Yên Bái xếp thứ 20/34.\n"
        "Đến nay, 97% cơ quan nhà nước của tỉnh đã gửi, nhận văn bản điện tử."
    )
    got = triples(text, province="yen-bai", published=dt.date(2025, 11, 3))
    assert ("lao-cai", "e_document_exchange_rate", 2025, 97) in got


def test_now_in_a_past_years_review_of_the_first_quarter_keeps_its_year():
    # guard: in February, "đến nay" may still close the year reviewed
    text = (
        "Yên Bái tổng kết chuyển đổi số năm 2024\n"
        "Năm 2024, tỉnh Yên Bái hoàn thành 12/15 chỉ tiêu chuyển đổi số.\n"
        "Đến nay, 97% cơ quan nhà nước của tỉnh đã gửi, nhận văn bản điện tử."
    )
    got = triples(text, province="yen-bai", published=dt.date(2025, 2, 10))
    assert ("yen-bai", "e_document_exchange_rate", 2024, 97) in got


def test_the_ends_of_a_run_of_places_are_no_ranks():
    # rule places-range
    text = "Năm 2023, DTI của Hưng Yên xếp thứ 12/63. Từ vị trí thứ 13 đến thứ 15 là Nam Định, Hà Nam và Ninh Bình."
    got = triples(text, province=None, published=dt.date(2024, 6, 1))
    assert ("hung-yen", "dti_rank", 2023, 12) in got
    assert not any(t[3] in (13, 15) for t in got)


def test_a_run_of_places_given_one_by_one_still_pairs_them():
    # guard: "lần lượt là" pairs each place with its province
    text = (
        "Năm 2023, DTI của Hưng Yên xếp thứ 12/63. Từ vị trí thứ 13 đến thứ 15 lần lượt là Nam Định, Hà Nam và Ninh "
        "Bình."
    )
    got = triples(text, province=None, published=dt.date(2024, 6, 1))
    assert ("nam-dinh", "dti_rank", 2023, 13) in got
    assert ("ninh-binh", "dti_rank", 2023, 15) in got


def test_a_region_reckoned_by_frames_the_rank():
    text = (
        "Năm 2023, DTI của Tây Ninh xếp thứ 30/63. Nếu tính theo vùng Đông Nam Bộ, Tây Ninh thường đứng thứ 5, sau "
        "TP Hồ Chí Minh, Bình Dương, Đồng Nai và Bà Rịa - Vũng Tàu."
    )
    got = triples(text, province=None, published=dt.date(2024, 6, 1))
    assert ("tay-ninh", "dti_rank", 2023, 30) in got
    assert ("tay-ninh", "dti_rank", 2023, 5) not in got


def test_a_place_in_a_counted_group_stays_regional_beside_national_places():
    # guard: the frame's national list does not make "thứ 5 trong 5 tỉnh" national
    text = (
        "Năm 2019, Đà Nẵng xếp thứ nhất về ICT Index. Xét theo vùng, Lâm Đồng xếp thứ 21 cả nước, trong khi Đắk Nông "
        "đứng cuối vùng, thứ 5 trong 5 tỉnh Tây Nguyên."
    )
    got = triples(text, province=None, published=dt.date(2019, 8, 1))
    assert ("lam-dong", "ict_index_rank", 2019, 21) in got
    assert ("dak-nong", "ict_index_rank", 2019, 5) not in got


def test_rows_under_a_legend_of_their_columns():
    # rule legend-rows: rank, place and score a dash apart, a row per ";"
    text = (
        "Bảng xếp hạng DTI 2023 của các tỉnh Bắc Trung Bộ (thứ hạng - tỉnh - điểm): 9 - Thừa Thiên Huế - 0,6420; 21 - "
        "Hà Tĩnh - 0,5870; 37 - Quảng Trị - 0,5312."
    )
    got = triples(text, province="ha-tinh", published=dt.date(2024, 9, 1))
    assert ("thua-thien-hue", "dti_rank", 2023, 9) in got
    assert ("thua-thien-hue", "dti_score", 2023, 0.642) in got
    assert ("ha-tinh", "dti_rank", 2023, 21) in got
    assert ("quang-tri", "dti_score", 2023, 0.5312) in got
    assert not any(t[0] == "ha-tinh" and t[3] == 9 for t in got)


def test_a_legend_names_its_year_and_index_on_the_line_before_and_its_rows_go_a_line_each():
    text = (
        "DTI 2021: Phú Yên đạt 0,3950 điểm, giảm 4 bậc so với năm 2020.\n"
        "Các địa phương xếp gần Phú Yên (hạng - tỉnh - điểm):\n"
        "41 - Quảng Ngãi - 0,4010;\n"
        "42 - Phú Yên - 0,3950;\n"
        "43 - Kon Tum - 0,3921."
    )
    got = triples(text, province="phu-yen", published=dt.date(2022, 6, 1))
    assert ("quang-ngai", "dti_rank", 2021, 41) in got
    assert ("kon-tum", "dti_score", 2021, 0.3921) in got
    assert not any(t[2] == 2020 for t in got)


def test_a_legend_of_one_provinces_indices():
    text = (
        "Năm 2022, DTI của Trà Vinh xếp thứ 33/63.\n"
        "Kết quả theo trụ cột, ghi theo thứ tự trụ cột - điểm - hạng: chính quyền số - 0,5120 - 30; kinh tế số - "
        "0,3011 - 41; xã hội số - 0,4480 - 25."
    )
    got = triples(text, province="tra-vinh", published=dt.date(2023, 6, 1))
    assert ("tra-vinh", "dti_digital_government_score", 2022, 0.512) in got
    assert ("tra-vinh", "dti_digital_economy_rank", 2022, 41) in got
    assert ("tra-vinh", "dti_digital_society_rank", 2022, 25) in got


def test_a_legend_with_a_share_column_ranks_the_share():
    text = (
        "Tỷ trọng kinh tế số trong GRDP năm 2023 của các tỉnh dẫn đầu (thứ hạng - tỉnh - tỷ trọng): 1 - Bắc Ninh - "
        "29,10%; 2 - Thái Nguyên - 27,45%; 3 - Hải Phòng - 18,02%."
    )
    got = triples(text, province=None, published=dt.date(2024, 6, 1))
    assert ("bac-ninh", "digital_economy_grdp_share_rank", 2023, 1) in got
    assert ("thai-nguyen", "digital_economy_grdp_share", 2023, 27.45) in got
    assert not any(t[1].startswith("dti_") for t in got)


def test_a_legend_of_the_provinces_districts_is_no_ranking_of_provinces():
    text = (
        "Năm 2023, DTI của Nam Định xếp thứ 25/63. Kết quả khối huyện, thành phố, theo thứ tự thứ hạng - đơn vị - "
        "điểm số: 1 - thành phố Nam Định - 0,7011; 2 - huyện Hải Hậu - 0,6502; 3 - huyện Giao Thủy - 0,6310."
    )
    got = triples(text, province="nam-dinh", published=dt.date(2024, 6, 1))
    assert ("nam-dinh", "dti_rank", 2023, 25) in got
    assert not any(t[3] in (1, 0.7011) for t in got)
