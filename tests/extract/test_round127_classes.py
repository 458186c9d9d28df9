"""Issue 10, in our own sentences: the classes of 2.13, from the misses of round 127 (scored unread on 2.12 first):
ranks with no index after the DTI was named last, districts listed before their values, a round-up's statistic that a
remark on every province does not move, a leader's request, a bank's own figures, and positions held by provinces
whose scores stand in brackets."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

IN_2022 = dt.date(2022, 5, 9)
IN_2024 = dt.date(2024, 3, 12)


def test_a_list_of_ranks_after_the_dti_was_named_last_ranks_the_dti():
    # rule dti-named-last: the article names the ICT Index too, so no index is "the article's"; ranks with no index of
    # their own, after a paragraph that named the DTI last, are the DTI's
    text = (
        "Bắc Trung Bộ trên bảng xếp hạng số\n"
        "Từ năm 2020, Chỉ số chuyển đổi số cấp tỉnh (DTI) thay cho Vietnam ICT Index. Trong DTI 2021, Nghệ An xếp thứ "
        "20 với 0,4502 điểm.\n"
        "Các tỉnh còn lại cách khá xa. Năm 2021, Hà Tĩnh, Quảng Bình và Quảng Trị lần lượt đứng thứ 36, 47 và 55.\n"
        "Trước đó, trong Vietnam ICT Index 2019, Hà Tĩnh xếp thứ 30."
    )
    got = triples(text, province=None, published=IN_2022)
    assert ("ha-tinh", "dti_rank", 2021, 36) in got
    assert ("quang-binh", "dti_rank", 2021, 47) in got
    assert ("quang-tri", "dti_rank", 2021, 55) in got


def test_ranks_after_another_index_named_last_are_not_the_dtis():
    # (guard) rule dti-named-last: the last index named is another one, "Chỉ số cải cách hành chính (PAR Index)"
    text = (
        "Hai bảng xếp hạng của Gia Lai\n"
        "Năm 2021, DTI của Gia Lai xếp thứ 28/63. Về Chỉ số cải cách hành chính (PAR Index), tỉnh cũng có nhiều "
        "cải thiện.\n"
        "Năm 2021, Kon Tum và Đắk Lắk lần lượt đứng thứ 40 và 33."
    )
    got = triples(text, province=None, published=IN_2022)
    assert not any(t[1] == "dti_rank" and t[3] in (40, 33) for t in got)


def test_districts_listed_before_their_values_hold_them():
    # rule units-listed: the district-level units named before "lần lượt" are whose values these are, not the measures
    # of the sentence before that they share (the provincial city named as its province is, "TP Hải Dương", among them)
    text = (
        "Hải Dương tổng kết cải cách hành chính năm 2023\n"
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Hải Dương đạt 71,5%, tỷ lệ thanh toán trực tuyến đạt 48,2%, tỷ lệ "
        "số hóa hồ sơ đạt 93,1%.\n"
        "Ở cấp huyện, TP Hải Dương, thị xã Kinh Môn và huyện Gia Lộc lần lượt đạt 90,4%, 88,7% và 86,9%."
    )
    got = triples(text, province=None, published=IN_2024)
    assert ("hai-duong", "online_dossier_rate", 2023, 71.5) in got
    assert not any(t[3] in (90.4, 88.7, 86.9) for t in got)


def test_provinces_listed_before_their_values_still_hold_them():
    # (guard) rule units-listed: provinces, not districts, listed before the values
    text = (
        "Hồ sơ trực tuyến năm 2023\n"
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của Hải Dương và Hưng Yên lần lượt đạt 71,5% và 64,1%."
    )
    got = triples(text, province=None, published=IN_2024)
    assert ("hai-duong", "online_dossier_rate", 2023, 71.5) in got
    assert ("hung-yen", "online_dossier_rate", 2023, 64.1) in got


def test_a_remark_on_every_province_does_not_move_the_roundup():
    # rule roundup-measure: "Cả ba tỉnh đều ... 100% ..." names another statistic for every province just listed; the
    # cities after it are still ranked by the round-up's statistic
    text = (
        "Hồ sơ trực tuyến năm 2023: nơi cao, nơi thấp\n"
        "Năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến bình quân cả nước đạt 43,8%.\n"
        "Bắc Ninh dẫn đầu với 84,1%, tiếp theo là Thái Nguyên 80,7% và Hải Dương 77,2% trong năm 2023. Cả ba tỉnh "
        "đều đã cung cấp 100% thủ tục đủ điều kiện dưới dạng dịch vụ công trực tuyến toàn trình.\n"
        "Các thành phố lớn thấp hơn: Hà Nội đạt 51,3%, Hải Phòng 57,9%."
    )
    got = triples(text, province=None, published=IN_2024)
    assert ("bac-ninh", "online_dossier_rate", 2023, 84.1) in got
    assert not any(t[1] == "online_public_service_full_rate" and t[3] in (51.3, 57.9) for t in got)


def test_a_leaders_request_to_bodies_is_no_result():
    # rule request-to-bodies: "đề nghị các sở ..." asks for a level, it reports none
    text = (
        "Sơ kết chuyển đổi số 6 tháng đầu năm 2023\n"
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Phú Thọ đạt 38,6%.\n"
        "Kết luận hội nghị, đồng chí Chủ tịch UBND tỉnh đề nghị các sở, ngành khắc phục hạn chế; cuối năm đưa tỷ lệ "
        "hồ sơ trực tuyến đạt ít nhất 50%."
    )
    got = triples(text, province="phu-tho", published=dt.date(2023, 7, 10))
    assert ("phu-tho", "online_dossier_rate", 2023, 38.6) in got
    assert not any(t[3] == 50 for t in got)


def test_a_request_as_a_noun_is_no_plan():
    # (guard) rule request-to-bodies: "hồ sơ đề nghị cấp ..." is a kind of dossier, its rate a result
    text = (
        "Cấp phép trực tuyến ở Phú Thọ\n"
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Phú Thọ đạt 38,6%, trong đó hồ sơ đề nghị cấp phép xây dựng chiếm "
        "phần lớn."
    )
    got = triples(text, province="phu-tho", published=IN_2024)
    assert ("phu-tho", "online_dossier_rate", 2023, 38.6) in got


def test_a_banks_representative_and_a_banks_frame_give_the_banks_figures():
    # rule organisation-figure: "Đại diện <ngân hàng> <tỉnh> cho biết ..." speaks for the bank's customers; "...; tại
    # <ngân hàng> <tỉnh>, tỷ lệ này là ..." frames the clause after the ";" with the bank
    text = (
        "Thanh toán không dùng tiền mặt ở Long An năm 2023\n"
        "Năm 2023, tỷ lệ chi trả lương hưu qua tài khoản trên địa bàn tỉnh Long An đạt 74,6%.\n"
        "Đại diện Agribank Long An cho biết 93% giao dịch của khách hàng cá nhân được thực hiện qua ứng dụng; tại "
        "VietinBank Long An, tỷ lệ này là 90%."
    )
    got = triples(text, province="long-an", published=IN_2024)
    assert ("long-an", "cashless_pension_rate", 2023, 74.6) in got
    assert not any(t[3] in (93, 90) for t in got)


def test_positions_held_by_provinces_with_their_scores_in_brackets():
    # rule holders-scored: "Các vị trí từ 5 đến 7 ... lần lượt thuộc về A (điểm), B (điểm), C (điểm)": the places in
    # order, and each score its holder's
    text = (
        "Top 10 DTI 2022\n"
        "Các vị trí từ 5 đến 7 trong DTI 2022 lần lượt thuộc về Bắc Giang (0,6104 điểm), Hải Dương (0,6032) và Thái "
        "Nguyên (0,5987)."
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert ("bac-giang", "dti_rank", 2022, 5) in got
    assert ("hai-duong", "dti_rank", 2022, 6) in got
    assert ("thai-nguyen", "dti_rank", 2022, 7) in got
    assert ("hai-duong", "dti_score", 2022, 0.6032) in got


def test_positions_held_by_fewer_provinces_than_counted_rank_none():
    # (guard) rule holders-scored: two holders for three positions pair nothing
    text = (
        "Top 10 DTI 2022\n"
        "Các vị trí từ 5 đến 7 trong DTI 2022 lần lượt thuộc về Bắc Giang (0,6104 điểm) và Hải Dương (0,6032)."
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert not any(t[1] == "dti_rank" for t in got)
