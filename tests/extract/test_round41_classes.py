"""Issue 10, in our own sentences: the classes of session 23 (recurring misses over rounds 9-40, then those of rounds
41 and 42, each scored unread first), and the rules of 1.25 that answer them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

LATE_2025 = dt.date(2025, 12, 20)

# ---- the beneficiaries named first, the cashless rate after them (phrases.yml: cashless_pension, _social_welfare)


def test_pensions_named_first_then_the_rate_paid_through_accounts():
    text = (
        "Năm 2025, ngành bảo hiểm xã hội tỉnh Lào Cai tiếp tục mở rộng chi trả qua ngân hàng. Đối với lương hưu, "
        "trợ cấp bảo hiểm xã hội hằng tháng, tỷ lệ người nhận qua tài khoản cá nhân đạt 82,4%."
    )
    got = triples(text, province="lao-cai", published=LATE_2025)
    assert ("lao-cai", "cashless_pension_rate", 2025, 82.4) in got
    assert not {f for f in got if f[1] == "cashless_social_welfare_rate"}


def test_welfare_recipients_named_first_then_the_rate():
    text = (
        "Năm 2025, tỉnh Lào Cai đẩy mạnh thanh toán số trong chi trả chính sách. Với nhóm đối tượng bảo trợ xã hội, "
        "tỷ lệ chi trả qua tài khoản đạt 76,8%."
    )
    got = triples(text, province="lao-cai", published=LATE_2025)
    assert ("lao-cai", "cashless_social_welfare_rate", 2025, 76.8) in got


def test_the_pension_rate_after_the_welfare_rate_as_this_figure():
    text = (
        "Năm 2025, tỉnh Lào Cai đẩy mạnh chi trả không dùng tiền mặt. Với trợ cấp an sinh xã hội, tỷ lệ chi trả qua "
        "tài khoản đạt 93,5%; với lương hưu, con số này là 80,2%."
    )
    got = triples(text, province="lao-cai", published=LATE_2025)
    assert ("lao-cai", "cashless_social_welfare_rate", 2025, 93.5) in got
    assert ("lao-cai", "cashless_pension_rate", 2025, 80.2) in got


def test_a_welfare_paragraph_about_pensioners_is_the_pension_rate():
    text = (
        "Năm 2025, trong lĩnh vực an sinh xã hội, tỷ lệ người hưởng lương hưu hằng tháng nhận tiền qua tài khoản "
        "của tỉnh Lào Cai đạt 79,6%."
    )
    got = triples(text, province="lao-cai", published=LATE_2025)
    assert ("lao-cai", "cashless_pension_rate", 2025, 79.6) in got
    assert not {f for f in got if f[1] == "cashless_social_welfare_rate"}


# ---- a round-up's share under a threshold ("có tỷ trọng dưới 5%, thấp nhất là ...") names no share of its own
# (extractor._OWN_SHARE_WORDS)


def test_a_roundups_low_end_under_a_threshold_keeps_the_roundups_share():
    text = (
        "Năm 2024, tỷ trọng kinh tế số trong GDP cả nước ước đạt 13,2%. Dẫn đầu là Hải Phòng với tỷ trọng kinh tế số "
        "trong GRDP đạt 28,4%, tiếp theo là Bắc Ninh (26,1%).\n\nỞ chiều ngược lại, năm 2024 nhiều tỉnh vùng "
        "cao có tỷ trọng dưới 6%, thấp nhất là Điện Biên với "
        "3,4% và Cao Bằng khoảng 3,9%."
    )
    got = triples(text, province=None, published=LATE_2025)
    assert ("dien-bien", "digital_economy_grdp_share", 2024, 3.4) in got
    assert ("cao-bang", "digital_economy_grdp_share", 2024, 3.9) in got
    assert not {f for f in got if f[3] == 6.0}


# ---- a pillar the sentence frames what follows with (extractor._pillar_frame, rule named-index)


def test_ranks_after_a_sentence_framing_a_pillar_are_the_pillars():
    text = (
        "Bộ Khoa học và Công nghệ vừa công bố DTI 2024 của 34 tỉnh, thành phố. Ở trụ cột xã hội số, cuộc đua năm "
        "nay khá sôi động. Cần Thơ giữ vị trí thứ ba, còn An Giang lên thứ 7."
    )
    got = triples(text, province=None, published=LATE_2025)
    assert ("can-tho", "dti_digital_society_rank", 2024, 3.0) in got
    assert ("an-giang", "dti_digital_society_rank", 2024, 7.0) in got
    assert not {f for f in got if f[1] == "dti_rank"}


def test_a_paragraph_opening_on_a_pillar_frames_its_ranks():
    text = (
        "Bộ Khoa học và Công nghệ vừa công bố DTI 2024 của 34 tỉnh, thành phố.\n\nTrụ cột kinh tế số cho thấy "
        "khoảng cách lớn giữa các địa phương. Bắc Ninh xếp thứ nhất, Hải Phòng đứng thứ hai."
    )
    got = triples(text, province=None, published=LATE_2025)
    assert ("bac-ninh", "dti_digital_economy_rank", 2024, 1.0) in got
    assert ("hai-phong", "dti_digital_economy_rank", 2024, 2.0) in got


def test_a_pillar_named_in_passing_does_not_frame_the_ranks_after_it():
    text = (
        "Bộ Khoa học và Công nghệ vừa công bố DTI 2024 của 34 tỉnh, thành phố. Như vậy, trụ cột xã hội số là trụ cột "
        "duy nhất của tỉnh giảm hạng. Tỉnh láng giềng Cần Thơ lên vị trí thứ 9."
    )
    got = triples(text, province=None, published=LATE_2025)
    assert not {f for f in got if f[1] == "dti_digital_society_rank"}


# ---- a year written after a value, with a value of its own right after it (years._YEAR_THEN_VALUE, year-then-value)


def test_the_year_before_the_compared_value_dates_only_that_value():
    text = (
        "Năm 2023, tỷ lệ hộ gia đình có cáp quang của tỉnh Hà Tĩnh đạt 61,8%, năm 2022 là 55,4%; tỷ lệ người dân "
        "dùng điện thoại thông minh đạt 79%."
    )
    got = triples(text, province="ha-tinh")
    assert ("ha-tinh", "fixed_broadband_household_rate", 2023, 61.8) in got
    assert ("ha-tinh", "fixed_broadband_household_rate", 2022, 55.4) in got
    assert ("ha-tinh", "smartphone_user_rate", 2023, 79.0) in got


def test_a_bracketed_year_and_its_count_after_a_long_noun():
    text = (
        "Tỉnh Hà Tĩnh hiện có 236 doanh nghiệp công nghệ số (năm 2022 có 198 doanh nghiệp), chủ yếu là doanh "
        "nghiệp nhỏ."
    )
    got = triples(text, province="ha-tinh", published=dt.date(2023, 12, 28))
    assert ("ha-tinh", "digital_enterprise_count", 2023, 236.0) in got
    assert ("ha-tinh", "digital_enterprise_count", 2022, 198.0) in got


# ---- a list of provinces after ";" takes the measure of the clause before, not a pillar nested in its phrasing
# (lists.respectively_pairs: outermost hits)


def test_a_list_after_a_semicolon_takes_the_share_of_the_clause_before():
    text = (
        "Năm 2023, kinh tế số chiếm 14,2% GRDP của tỉnh Long An, dẫn đầu khu vực; trong khi đó, tỷ trọng này "
        "của Tiền Giang và Bến Tre tương ứng là 9,3% và 7,6%."
    )
    got = triples(text, province="long-an")
    assert ("long-an", "digital_economy_grdp_share", 2023, 14.2) in got
    assert ("tien-giang", "digital_economy_grdp_share", 2023, 9.3) in got
    assert ("ben-tre", "digital_economy_grdp_share", 2023, 7.6) in got


# ---- the share's noun after its subject ("kinh tế số ... với tỷ trọng trong GRDP ...": phrases.yml)


def test_the_digital_economy_then_its_share_of_grdp_further_on():
    text = "Năm 2024, riêng kinh tế số của tỉnh Hưng Yên, tỷ trọng trong GRDP ước đạt 17,3%."
    assert ("hung-yen", "digital_economy_grdp_share", 2024, 17.3) in triples(text, province="hung-yen")


# ---- of two indices a sentence names, the one it says was announced is what follows (rule announced-index)


def test_the_announced_index_not_the_one_it_replaced_measures_the_next_sentence():
    text = (
        "Bộ Thông tin và Truyền thông vừa công bố Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2020, bộ chỉ số thay cho "
        "ICT Index trước đây. Theo đó, Nghệ An đạt giá trị 0,3915, xếp thứ 21/63."
    )
    got = triples(text, province="nghe-an", published=dt.date(2021, 5, 2))
    assert ("nghe-an", "dti_score", 2020, 0.3915) in got
    assert ("nghe-an", "dti_rank", 2020, 21.0) in got


def test_two_indices_with_no_announcement_leave_the_next_values_unbound():
    text = (
        "Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2020 ra đời để thay cho ICT Index trước đây. Theo đó, Nghệ An đạt "
        "giá trị 0,3915, xếp thứ 21/63."
    )
    got = triples(text, province="nghe-an", published=dt.date(2021, 5, 2))
    assert not {f for f in got if f[1] in ("dti_score", "ict_index_rank")}


# ---- the teams counted by their noun alone, once the article has named them (rule teams-counted-bare)


def test_teams_counted_bare_after_the_article_named_them():
    text = (
        "Mô hình tổ công nghệ số cộng đồng đã phủ khắp các thôn, bản của tỉnh Sơn La.\n\nĐến cuối năm 2023, toàn "
        "tỉnh Sơn La có 2.984 tổ với gần 15 nghìn thành viên."
    )
    assert ("son-la", "community_digital_team_count", 2023, 2984.0) in triples(text, province="son-la")


def test_a_bare_count_of_groups_of_another_kind_is_not_the_teams():
    text = (
        "Mô hình tổ công nghệ số cộng đồng đã phủ khắp các thôn, bản của tỉnh Sơn La.\n\nĐến cuối năm 2023, toàn "
        "tỉnh Sơn La có 2.984 tổ dân phố và bản."
    )
    assert not {f for f in triples(text, province="son-la") if f[1] == "community_digital_team_count"}


def test_a_bare_count_of_groups_in_an_article_without_the_teams_is_not_theirs():
    text = "Đến cuối năm 2023, toàn tỉnh Sơn La có 2.984 tổ với gần 15 nghìn thành viên."
    assert not {f for f in triples(text, province="son-la") if f[1] == "community_digital_team_count"}


# ---- "ở trụ cột này" points at the pillar named last, not at a component index named after it, also for other
# provinces in an article about one province's DTI (rule backref-in-place; component-stays-home leaves it be)


def test_this_pillar_is_the_pillar_named_last_not_its_component():
    text = (
        "Theo Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022 vừa được công bố, Hà Tĩnh đạt 0,4120, xếp thứ 33/63.\n"
        "Trụ cột xã hội số của tỉnh xếp thứ 19. Trong các chỉ số chính, nhân lực số xếp thứ 41. Cũng ở trụ cột "
        "này, hai tỉnh bạn Nghệ An và Quảng Bình lần lượt xếp thứ 25 và 47."
    )
    got = triples(text, province="ha-tinh", published=dt.date(2023, 6, 1))
    assert ("nghe-an", "dti_digital_society_rank", 2022, 25.0) in got
    assert ("quang-binh", "dti_digital_society_rank", 2022, 47.0) in got
    assert not {f for f in got if f[0] == "nghe-an" and f[1] in ("dti_rank", "dti_human_resources_rank")}


# ---- a year a contrast looks back at does not end the report's year (rule report-year; extractor._contrast_dated)


def test_a_contrasted_earlier_year_leaves_the_reports_year_for_the_next_sentence():
    text = (
        "Hạ tầng số của Hà Tĩnh tiếp tục được mở rộng\n\nTheo báo cáo của Sở, đến hết năm 2023, 100% thôn, xóm trên "
        "địa bàn tỉnh Hà Tĩnh đã có sóng di động 4G.\n\nTỷ lệ hộ gia đình có cáp quang đạt 72,4%, trong khi năm "
        "2022 con số này là 66,1%. Tỷ lệ người dân dùng điện thoại thông minh đạt 81,3%."
    )
    got = triples(text, province="ha-tinh", published=dt.date(2024, 2, 20))
    assert ("ha-tinh", "fixed_broadband_household_rate", 2022, 66.1) in got
    assert ("ha-tinh", "smartphone_user_rate", 2023, 81.3) in got


# ---- a related article's headline after the body: 1.27-1.48 read one that writes its year as a fact (rule
# headline-fact); from 1.49 the lines under a links box's heading are page furniture (rule related-links), the reading
# of rounds 48 and 69's writers (rounds 31 and 42's annotated them: the conventions name no such box)


_BODY = (
    "Chuyển đổi số ở Quảng Ngãi tăng tốc\n\nNăm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh "
    "Quảng Ngãi đạt 64,8%.\n\nTin cùng chuyên mục:\n"
)


def test_a_related_headline_with_its_year_is_another_articles_not_this_ones():
    text = _BODY + "» Kon Tum: DTI 2023 đạt 0,4817, xếp thứ 45/63\n» Gia Lai đẩy mạnh thanh toán số"
    got = triples(text, province="quang-ngai")
    assert ("quang-ngai", "online_dossier_rate", 2023, 64.8) in got
    assert not {f for f in got if f[0] == "kon-tum"}


def test_a_related_headline_without_a_year_is_a_teaser():
    text = _BODY + "» Kon Tum: hồ sơ trực tuyến vượt mốc 60%\n» Gia Lai đẩy mạnh thanh toán số"
    assert not {f for f in triples(text, province="quang-ngai") if f[0] == "kon-tum"}


# ---- documents signed: the issuer between document and verb never spans another measure's head; documents
# exchanged, then signed (phrases.yml: e_document_signed)


def test_exchanged_documents_and_the_signed_share_in_one_clause():
    text = (
        "Năm 2023, 100% cơ quan nhà nước của tỉnh Bến Tre gửi, nhận văn bản điện tử và tỷ lệ văn bản điện tử được "
        "ký số đạt trên 96%."
    )
    got = triples(text, province="ben-tre")
    assert ("ben-tre", "e_document_exchange_rate", 2023, 100.0) in got
    assert ("ben-tre", "e_document_signed_rate", 2023, 96.0) in got


def test_documents_exchanged_between_agencies_signed():
    text = "Năm 2023, 100% văn bản trao đổi giữa các cơ quan nhà nước tỉnh Bến Tre (trừ văn bản mật) được ký số."
    assert ("ben-tre", "e_document_signed_rate", 2023, 100.0) in triples(text, province="ben-tre")


# ---- a sentence opening "Cũng ..." / "Cùng năm ..." that gives provinces values only is of the statistic just
# before, also after a paragraph break (rule also-opening)


def test_also_opening_paragraph_takes_the_statistic_before():
    text = (
        "Đến hết tháng 6/2025, tỷ lệ người dân có tài khoản định danh điện tử mức độ 2 của tỉnh Lạng Sơn đạt 80,2%."
        "\n\nCũng đến hết tháng 6/2025, các tỉnh lân cận Cao Bằng và Bắc Ninh đạt lần lượt 76,4% và 90,3%."
    )
    got = triples(text, province="lang-son", published=dt.date(2025, 7, 20))
    assert ("cao-bang", "eid_account_rate", 2025, 76.4) in got
    assert ("bac-ninh", "eid_account_rate", 2025, 90.3) in got


def test_also_opening_after_a_pillars_rank_is_no_carry():
    text = (
        "Năm 2022, trụ cột kinh tế số của tỉnh Lạng Sơn xếp thứ 30/63.\n\nCũng trong năm 2022, tỉnh Cao Bằng xếp "
        "thứ 58/63."
    )
    got = triples(text, province="lang-son", published=dt.date(2023, 7, 20))
    assert ("cao-bang", "dti_digital_economy_rank", 2022, 58.0) not in got


# ---- values written one after another with slashes (numbers._slash_runs, rule slash-run; "/" a list separator)


def test_pillars_and_their_scores_with_slashes():
    text = "Năm 2024, ba trụ cột CQS/KTS/XHS của tỉnh Ninh Bình lần lượt đạt 0,6105/0,4477/0,5321."
    got = triples(text, province="ninh-binh", published=LATE_2025)
    assert ("ninh-binh", "dti_digital_government_score", 2024, 0.6105) in got
    assert ("ninh-binh", "dti_digital_economy_score", 2024, 0.4477) in got
    assert ("ninh-binh", "dti_digital_society_score", 2024, 0.5321) in got


def test_provinces_and_their_rates_with_slashes():
    text = "Năm 2024, tỷ lệ hồ sơ trực tuyến của Nam Định/Thái Bình/Hà Nam đạt lần lượt 66,4%/58,15%/61,2%."
    got = triples(text, province=None, published=LATE_2025)
    assert ("nam-dinh", "online_dossier_rate", 2024, 66.4) in got
    assert ("thai-binh", "online_dossier_rate", 2024, 58.15) in got
    assert ("ha-nam", "online_dossier_rate", 2024, 61.2) in got


def test_a_slash_run_is_three_values_with_decimals_not_a_rank_or_a_date():
    from vndx.extract.numbers import find_numbers
    from vndx.extract.text import fold

    def values(text):
        lower = fold(text)
        return [(n.value, n.out_of) for n in find_numbers(lower, 0, len(lower), [])]

    assert values("đạt 0,61/0,45/0,53") == [(0.61, None), (0.45, None), (0.53, None)]
    assert values("xếp thứ 14/63") == [(14.0, 63.0)]
    assert values("ngày 29/11/2021") == [(29.0, None)]


# ---- units listed by name with commas are the subject of the value after them (cues.scope_subject)


def test_wards_listed_with_commas_own_their_rate():
    text = (
        "Quý I/2026, tỷ lệ hồ sơ trực tuyến của tỉnh Quảng Ninh đạt 96,1%; các phường Uông Bí, Đông Triều, Quảng "
        "Yên có tỷ lệ hồ sơ trực tuyến trên 99%."
    )
    got = triples(text, province="quang-ninh", published=dt.date(2026, 4, 10))
    assert ("quang-ninh", "online_dossier_rate", 2026, 96.1) in got
    assert ("quang-ninh", "online_dossier_rate", 2026, 99.0) not in got

