"""Issue 10, in our own sentences: round 72's misses (scored unread on 1.51 first) and the rules of 1.52 that answer
them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples

# ---- a paragraph dated only by the day something was done (rule dated-paragraph)


def test_a_day_a_report_was_sent_does_not_date_the_rankings_after_it():
    text = (
        "Hòa Bình vào nhóm 20 tỉnh dẫn đầu DTI 2023\n\n"
        "Theo kết quả DTI 2023 vừa công bố, Hòa Bình đạt 0,5912 điểm, xếp thứ 18/63.\n\n"
        "Ngày 12/3/2025, Sở Khoa học và Công nghệ có văn bản báo cáo UBND tỉnh. Văn bản nêu, trong các chỉ số chính, "
        "thể chế số xếp thứ 6, nhân lực số thứ 9."
    )
    got = triples(text, province=None, published=dt.date(2025, 3, 20))
    assert ("hoa-binh", "dti_institution_rank", 2023, 6) in got
    assert ("hoa-binh", "dti_human_resources_rank", 2023, 9) in got
    assert not any(t[2] == 2025 for t in got)


def test_a_year_written_as_a_year_still_dates_its_paragraph():
    text = (
        "Hòa Bình: DTI\n\n"
        "Theo kết quả DTI 2023, Hòa Bình xếp thứ 18/63.\n\n"
        "Năm 2022, trong các chỉ số chính, thể chế số xếp thứ 11."
    )
    got = triples(text, province=None, published=dt.date(2025, 3, 20))
    assert ("hoa-binh", "dti_institution_rank", 2022, 11) in got


# ---- the Party's agencies, the Front and the mass organisations own their figures (rule organisation-figure)


def test_documents_of_the_party_agencies_are_not_the_provinces():
    text = (
        "Điện Biên: chuyển đổi số trong cơ quan Đảng\n\n"
        "Năm 2024, tỷ lệ văn bản điện tử được ký số của tỉnh đạt 96,5%. Theo Văn phòng Tỉnh ủy, hơn 97% văn bản đi "
        "của các cơ quan Đảng được ký số."
    )
    got = triples(text, province="dien-bien", published=dt.date(2024, 12, 20))
    assert got == {("dien-bien", "e_document_signed_rate", 2024, 96.5)}
    assert "organisation-figure" in refusals(text, province="dien-bien", published=dt.date(2024, 12, 20))


def test_the_front_committee_opening_its_clause_owns_the_share():
    text = (
        "Bến Tre: Mặt trận chuyển đổi số\n\n"
        "Theo báo cáo, cơ quan Ủy ban MTTQ tỉnh đã dùng chung một hệ thống quản lý văn bản, 98% văn bản đi được ký số."
    )
    assert triples(text, province="ben-tre", published=dt.date(2023, 12, 20)) == set()


# ---- postal points with broadband (phrases.yml: postal_point_broadband; numbers._NOT_POINTS)


def test_the_points_said_to_be_connected_are_counted_not_scored():
    text = (
        "Yên Bái: bưu chính\n\n"
        "Năm 2023, mạng bưu chính công cộng của tỉnh có 181 điểm đã có kết nối Internet băng rộng cố định."
    )
    got = triples(text, province="yen-bai", published=dt.date(2023, 12, 20))
    assert got == {("yen-bai", "postal_point_broadband_count", 2023, 181)}


def test_cultural_post_offices_written_with_a_dash():
    text = (
        "Sơn La: điểm Bưu điện - Văn hóa xã\n\n"
        "Năm 2024, 203 điểm Bưu điện - Văn hóa xã trên địa bàn tỉnh đều đã được kết nối Internet băng rộng."
    )
    got = triples(text, province="son-la", published=dt.date(2024, 12, 20))
    assert ("son-la", "postal_point_broadband_count", 2024, 203) in got


def test_points_connected_without_the_postal_network_named_are_not_postal_points():
    text = "Sơn La: wifi công cộng\n\nNăm 2024, thành phố có 120 điểm đã có kết nối Internet miễn phí cho du khách."
    assert triples(text, province="son-la", published=dt.date(2024, 12, 20)) == set()


# ---- "xấp xỉ năm trước" compares, it dates nothing (periods._COMPARE)


def test_about_as_much_as_the_year_before_is_a_comparison():
    text = (
        "Lai Châu: DTI 2022\n\n"
        "Kết quả DTI năm 2022 vừa được công bố cho thấy giá trị chỉ số của Lai Châu đạt 0,3705, xấp xỉ năm trước, song "
        "thứ hạng đã tụt từ vị trí 40 xuống vị trí 49/63."
    )
    got = triples(text, province=None, published=dt.date(2023, 9, 6))
    assert ("lai-chau", "dti_rank", 2022, 49) in got
    assert ("lai-chau", "dti_rank", 2021, 40) in got


# ---- "Khi đó," after a year the sentence before compared with (periods.then_opening, rule then-opening)


def test_then_opening_takes_the_year_the_sentence_before_compared_with():
    text = (
        "Quảng Trị: kinh tế số 2025\n\n"
        "Năm 2025, tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 11,2%. So với năm 2024, con số này tăng khá. "
        "Khi đó, tỷ trọng kinh tế số của tỉnh là 9,4%."
    )
    got = triples(text, province="quang-tri", published=dt.date(2026, 1, 12))
    assert ("quang-tri", "digital_economy_grdp_share", 2025, 11.2) in got
    assert ("quang-tri", "digital_economy_grdp_share", 2024, 9.4) in got
