"""Issue 10, in our own sentences: round 73's misses left after 1.53 and round 75's (scored unread on 1.53 first), and
the rules of 1.54 that answer them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples

# ---- what a rank ranks: the measure pointed back at after it, a measure the catalog ranks nowhere, a DTI component


def test_a_rank_about_the_measure_pointed_back_at_after_it():
    text = (
        "Thái Nguyên: kinh tế số\n\n"
        "Năm 2023, tỷ trọng kinh tế số trong GRDP của Thái Nguyên ước đạt 25,1%. Với kết quả này, tỉnh đứng thứ 3 "
        "cả nước về chỉ tiêu này."
    )
    got = triples(text, province=None, published=dt.date(2024, 3, 1))
    assert ("thai-nguyen", "digital_economy_grdp_share_rank", 2023, 3) in got


def test_a_rank_after_a_share_of_dossiers_is_not_the_index_of_the_article():
    text = (
        "Hưng Yên: kết quả chuyển đổi số 2024\n\n"
        "Năm 2024, DTI của Hưng Yên xếp thứ 15/63.\n\n"
        "Tỷ lệ hồ sơ được tiếp nhận và giải quyết trực tuyến của tỉnh đạt 81,5%, đứng thứ 9 toàn quốc."
    )
    got = triples(text, province=None, published=dt.date(2025, 1, 10))
    assert ("hung-yen", "online_dossier_rate", 2024, 81.5) in got
    assert ("hung-yen", "dti_rank", 2024, 9) not in got


def test_the_information_security_index_ranked_in_a_dti_edition():
    text = (
        "An toàn thông tin ở miền Trung\n\n"
        "Quảng Nam có chỉ số an toàn thông tin mạng xếp thứ 4 trong DTI 2022."
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert got == {("quang-nam", "cybersecurity_index_rank", 2022, 4)}


def test_a_shared_rank_of_two_pillars_with_the_year_after_them():
    text = "Trụ cột DTI\n\nBắc Ninh xếp thứ hai cả kinh tế số và xã hội số năm 2022."
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert ("bac-ninh", "dti_digital_economy_rank", 2022, 2) in got
    assert ("bac-ninh", "dti_digital_society_rank", 2022, 2) in got


def test_the_ranking_pointed_back_at_is_the_last_one_named():
    text = (
        "Đà Nẵng: hai bảng xếp hạng\n\n"
        "Trước DTI, các địa phương được xếp hạng theo Vietnam ICT Index. Ở bảng xếp hạng này, năm 2017 Đà Nẵng xếp "
        "thứ nhất, năm 2019 xếp thứ 2/63."
    )
    got = triples(text, province=None, published=dt.date(2021, 6, 1))
    assert ("da-nang", "ict_index_rank", 2019, 2) in got
    assert not any(t[1] == "dti_rank" for t in got)


def test_a_place_in_words_in_a_bracket_after_a_score():
    text = (
        "Năm địa phương dẫn đầu DTI 2022\n\n"
        "- Quảng Ninh: 0,6512 điểm (thứ nhất)\n"
        "- Đà Nẵng: 0,6301 điểm (thứ hai)"
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert ("quang-ninh", "dti_rank", 2022, 1) in got
    assert ("da-nang", "dti_rank", 2022, 2) in got


def test_a_weekday_in_a_bracket_is_no_rank():
    text = "Lịch họp\n\nNgày 5/3/2024 (thứ Hai), tỉnh Hà Nam họp bàn chuyển đổi số; năm 2023 tỉnh xếp thứ 30/63 DTI."
    got = triples(text, province=None, published=dt.date(2024, 3, 1))
    assert not any(t[3] == 2 for t in got)


# ---- phrasings: full-online provision, dossiers online in more words, smartphones reaching people, pensions


def test_the_provision_rate_named_without_its_procedures():
    text = (
        "Bến Tre: dịch vụ công\n\n"
        "Năm 2023, tỷ lệ thủ tục được cung cấp trực tuyến đạt 70,4%, còn tỷ lệ cung cấp toàn trình là 38,6%."
    )
    got = triples(text, province=None, published=dt.date(2024, 1, 5))
    assert ("ben-tre", "online_public_service_full_rate", 2023, 38.6) in got
    assert ("ben-tre", "online_public_service_rate", 2023, 38.6) not in got


def test_a_share_of_the_dossiers_counted_before_it():
    text = (
        "Lào Cai năm 2022\n\n"
        "Trong năm 2022, tỉnh Lào Cai tiếp nhận hơn 300.000 hồ sơ, 42,5% trong số đó được tiếp nhận và xử lý trực "
        "tuyến."
    )
    got = triples(text, province=None, published=dt.date(2023, 1, 5))
    assert ("lao-cai", "online_dossier_rate", 2022, 42.5) in got


def test_dossiers_submitted_through_the_portal():
    text = (
        "Quảng Trị năm 2023\n\n"
        "Năm 2023, tỉnh Quảng Trị nhận 250 nghìn hồ sơ, trong đó 61,7% hồ sơ được nộp qua Cổng dịch vụ công của tỉnh."
    )
    got = triples(text, province=None, published=dt.date(2024, 1, 5))
    assert ("quang-tri", "online_dossier_rate", 2023, 61.7) in got


def test_a_service_centres_part_after_a_semicolon_stays_the_centres():
    text = (
        "Hà Tĩnh tháng 3/2023\n\n"
        "Trong tháng 3/2023, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 8.500 hồ sơ; trong đó 6.100 hồ sơ "
        "được "
        "nộp qua Cổng dịch vụ công, chiếm 71,8%."
    )
    assert triples(text, province="ha-tinh", published=dt.date(2023, 4, 1)) == set()


def test_smartphones_reaching_a_share_of_people():
    text = "Phú Yên năm 2024\n\nNăm 2024, điện thoại thông minh đã phủ tới 86% người dân trong tỉnh."
    got = triples(text, province="phu-yen", published=dt.date(2024, 12, 1))
    assert got == {("phu-yen", "smartphone_user_rate", 2024, 86)}


def test_pensions_after_the_welfare_payments_share_their_words():
    text = (
        "Tiền Giang năm 2024\n\n"
        "Năm 2024, chi trả trợ cấp an sinh xã hội không dùng tiền mặt của tỉnh đạt 97,5%, lương hưu đạt 88,1%."
    )
    got = triples(text, province="tien-giang", published=dt.date(2024, 12, 1))
    assert got == {
        ("tien-giang", "cashless_social_welfare_rate", 2024, 97.5),
        ("tien-giang", "cashless_pension_rate", 2024, 88.1),
    }


def test_fibre_to_villages_and_urban_quarters():
    text = "Quảng Ninh năm 2023\n\nNăm 2023, 98,4% thôn, khu đã có hạ tầng cáp quang."
    got = triples(text, province="quang-ninh", published=dt.date(2023, 12, 1))
    assert got == {("quang-ninh", "fiber_village_coverage_rate", 2023, 98.4)}


# ---- whose figure: communes, zones, ministry-level agencies, the nation after the people counted


def test_people_in_the_commune_after_a_semicolon_are_the_communes():
    text = (
        "Xã chuyển đổi số mẫu ở An Giang\n\n"
        "Xã Tân Lập, tỉnh An Giang có 15 tổ công nghệ số ở 15 ấp. Năm 2024, các tổ đã hỗ trợ 5.000 lượt người dân; "
        "tỷ lệ "
        "người dân trong xã có tài khoản định danh điện tử đạt 91,2%."
    )
    got = triples(text, province="an-giang", published=dt.date(2024, 12, 1))
    assert not any(t[1] == "eid_account_rate" for t in got)


def test_communes_of_one_kind_framing_a_clause_are_a_part():
    text = (
        "Quảng Ngãi năm 2024\n\n"
        "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 70,2%. Tuy vậy, ở các xã vùng cao phía tây, tỷ lệ hồ sơ trực "
        "tuyến chỉ đạt 31%."
    )
    got = triples(text, province=None, published=dt.date(2024, 12, 1))
    assert got == {("quang-ngai", "online_dossier_rate", 2024, 70.2)}
    assert {"set-apart-unit", "lower-level-unit"} & set(refusals(text, province=None, published=dt.date(2024, 12, 1)))


def test_a_ward_that_leads_in_a_measure_owns_its_share():
    text = (
        "Thái Nguyên năm 2025\n\n"
        "Năm 2025, toàn tỉnh có 64% hồ sơ trực tuyến. Ở nhiều xã vùng cao thuộc Bắc Kạn cũ, tổ công nghệ số vẫn hoạt "
        "động "
        "cầm chừng. Phường Phan Đình Phùng dù dẫn đầu về tỷ lệ hồ sơ trực tuyến với 92% cũng chỉ là một điểm sáng."
    )
    got = triples(text, province=None, published=dt.date(2025, 12, 1))
    assert got == {("thai-nguyen", "online_dossier_rate", 2025, 64)}


def test_a_named_industrial_zone_owns_its_count():
    text = (
        "Bắc Ninh: doanh nghiệp công nghệ số\n\n"
        "Năm 2023, Bắc Ninh có khoảng 900 doanh nghiệp công nghệ số. Riêng khu công nghiệp Yên Phong đã thu hút hơn "
        "150 "
        "doanh nghiệp công nghệ số."
    )
    got = triples(text, province="bac-ninh", published=dt.date(2023, 12, 1))
    assert got == {("bac-ninh", "digital_enterprise_count", 2023, 900)}


def test_a_ministry_level_agency_after_the_ministries_is_no_province():
    text = (
        "DTI 2022: Quảng Ninh trong nhóm đầu\n\n"
        "Năm 2022, Quảng Ninh xếp thứ 3 DTI cấp tỉnh. Ở khối bộ, Bộ Tư pháp tiếp tục dẫn đầu với 0,71 điểm; ở khối "
        "không "
        "cung cấp dịch vụ công, Ủy ban Dân tộc xếp thứ nhất."
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert got == {("quang-ninh", "dti_rank", 2022, 3)}


def test_the_nation_after_the_people_a_share_counts():
    text = (
        "Sóc Trăng: thanh toán số 2024\n\n"
        "Năm 2024, tỷ lệ người từ 15 tuổi trở lên có tài khoản ngân hàng của tỉnh đạt 78%. Theo báo cáo, khoảng 87% "
        "người trưởng thành trên cả nước đã có tài khoản ngân hàng."
    )
    got = triples(text, province="soc-trang", published=dt.date(2024, 12, 1))
    assert got == {("soc-trang", "bank_account_adult_rate", 2024, 78)}


def test_a_share_highest_in_the_country_stays_the_provinces():
    text = "Đồng Tháp năm 2024\n\nNăm 2024, tỷ lệ hồ sơ trực tuyến của Đồng Tháp đạt 92% cao nhất trên cả nước."
    got = triples(text, province="dong-thap", published=dt.date(2024, 12, 1))
    assert got == {("dong-thap", "online_dossier_rate", 2024, 92)}


# ---- teams counted bare, with an absorber after the values (rule teams-counted-bare)


def test_teams_counted_bare_past_an_absorber_after_the_values():
    text = (
        "Tổ công nghệ số cộng đồng\n\n"
        "Năm 2022, Nam Định có 2.100 Tổ công nghệ số cộng đồng. Ở DTI 2021, tỉnh xếp thứ 20/63.\n\n"
        "Nhìn sang tỉnh bạn, đến tháng 10/2022, Thái Bình có 1.950 tổ, ít hơn Nam Định dù dân số tương đương."
    )
    got = triples(text, province=None, published=dt.date(2022, 11, 1))
    assert ("thai-binh", "community_digital_team_count", 2022, 1950) in got
