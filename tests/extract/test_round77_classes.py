"""Issue 10, in our own sentences: round 77's misses (scored unread on 1.55 first) and the rules of 1.56 that answer
them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

# ---- years: a value compared with "cuối năm", with a quarter; indicators in general name no edition


def test_a_value_compared_with_the_end_of_a_year_is_that_years():
    text = (
        "Gia Lai: chi trả không dùng tiền mặt\n\n"
        "Tính đến hết tháng 10/2024, tỷ lệ chi trả trợ cấp an sinh xã hội không dùng tiền mặt của tỉnh Gia Lai đạt "
        "85,1%, tăng mạnh so với mức khoảng 40% của cuối năm 2023."
    )
    got = triples(text, province=None, published=dt.date(2024, 11, 20))
    assert ("gia-lai", "cashless_social_welfare_rate", 2024, 85.1) in got
    assert ("gia-lai", "cashless_social_welfare_rate", 2023, 40) in got


def test_a_quarter_compared_with_is_not_the_values_year():
    text = (
        "Hà Nam quý I/2024\n\n"
        "Tỷ lệ hồ sơ tiếp nhận trực tuyến của Hà Nam đạt 68,2%, tăng 6 điểm phần trăm so với quý IV/2023."
    )
    got = triples(text, province=None, published=dt.date(2024, 4, 10))
    assert got == {("ha-nam", "online_dossier_rate", 2024, 68.2)}


def test_indicators_in_general_name_no_edition_for_the_paragraph():
    text = (
        "Phú Yên: xã hội số\n\n"
        "Năm 2024, xã hội số tiếp tục là điểm sáng của Phú Yên.\n\n"
        "Các chỉ số về hạ tầng số của người dân trong năm 2024 đều tăng. Tỷ lệ người dùng Internet đạt 81,2%."
    )
    got = triples(text, province=None, published=dt.date(2025, 3, 10))
    assert ("phu-yen", "internet_user_rate", 2024, 81.2) in got


# ---- phrasings: farm households trained, named after the share


def test_farm_households_named_only_after_the_share():
    text = (
        "Nghệ An: nông dân số\n\n"
        "Năm 2023, toàn tỉnh có 98.400 hộ được đào tạo kỹ năng số, chiếm 31,5% tổng số hộ sản xuất nông nghiệp."
    )
    got = triples(text, province=None, published=dt.date(2023, 12, 20))
    assert ("nghe-an", "digital_skill_farm_household_count", 2023, 98400) in got
    assert ("nghe-an", "digital_skill_farm_household_rate", 2023, 31.5) in got


# ---- whose: a hamlet's share, the national total after a count, a national agency among the ministries


def test_a_hamlets_share_of_households_is_the_hamlets():
    text = (
        "Ấp văn hóa số ở Sóc Trăng\n\n"
        "Năm 2024, ấp Phú Tâm có 412 hộ; tỷ lệ hộ có điện thoại thông minh của ấp đã tăng lên 83%."
    )
    assert triples(text, province="soc-trang", published=dt.date(2024, 12, 20)) == set()


def test_the_nations_total_after_a_provinces_count_of_teams():
    text = (
        "Tổ công nghệ số ở Hà Tĩnh\n\n"
        "Năm 2023, Hà Tĩnh có 2.620 tổ công nghệ số cộng đồng, trong tổng số hơn 80.000 tổ của cả nước."
    )
    got = triples(text, province=None, published=dt.date(2023, 12, 20))
    assert got == {("ha-tinh", "community_digital_team_count", 2023, 2620)}


def test_a_national_agency_ranked_with_the_ministries_is_no_province():
    text = (
        "DTI 2022 của các bộ, ngành\n\n"
        "Năm 2022, Quảng Ninh dẫn đầu khối địa phương với 0,6815 điểm. Với khối cơ quan thuộc Chính phủ, Bảo hiểm xã "
        "hội Việt Nam xếp thứ nhất."
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert not any(t[1] == "dti_rank" for t in got)


# ---- an if-clause's year, with no comma before "thì" (period_rules._IF_CLAUSE)


def test_the_year_of_an_if_clause_without_a_comma_dates_that_clause_only():
    text = (
        "Quảng Bình: DTI 2023\n\n"
        "Năm 2023, DTI của Quảng Bình đạt 0,5512 điểm. Nếu như năm 2022 tỉnh ở vị trí 41 thì đến kỳ đánh giá này đã "
        "vươn lên vị trí thứ 33."
    )
    got = triples(text, province=None, published=dt.date(2025, 3, 1))
    assert ("quang-binh", "dti_rank", 2022, 41) in got
    assert ("quang-binh", "dti_rank", 2022, 33) not in got
