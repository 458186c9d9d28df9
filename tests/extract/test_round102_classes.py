"""Issue 10, in our own sentences: the classes of 1.84, from the misses of round 102 (scored unread on 1.83 first), with
guards for what must stay as it was."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples


def test_a_part_of_the_year_heading_a_later_clause_does_not_date_the_clause_before():
    text = (
        "Nam Định xếp thứ 9/34 về chỉ số chuyển đổi số năm 2024\n"
        "Với gần 0,62 điểm, tỉnh Nam Định tiếp tục ở nhóm khá về chuyển đổi số; 6 tháng năm 2025, hơn 75% hồ sơ thủ "
        "tục hành chính của tỉnh được nộp trực tuyến."
    )
    got = triples(text, province=None, published=dt.date(2025, 11, 5))
    assert not any(t[1] == "dti_score" and t[2] == 2025 for t in got)


def test_nay_now_is_not_nay_this():
    # "địa phương nay đã hợp nhất vào ..." (now), not "địa phương này" (this one, the article's)
    text = (
        "Năm 2023, DTI của Bình Định xếp thứ 18/63. Trong khi đó, tỉnh Gia Lai, địa phương nay đã hợp nhất với Bình "
        "Định, năm 2023 mới đứng thứ 45/63."
    )
    got = triples(text, province=None, published=dt.date(2025, 9, 1))
    assert ("gia-lai", "dti_rank", 2023, 45) in got
    assert ("binh-dinh", "dti_rank", 2023, 45) not in got


def test_a_former_province_with_an_aside_on_what_it_became():
    text = (
        "Năm 2023, DTI của Tuyên Quang xếp thứ 38/63. Tỉnh Hà Giang (cũ), nay cùng Tuyên Quang hợp thành tỉnh mới, ở "
        "bảng xếp hạng đó đứng thứ 49/63."
    )
    got = triples(text, province=None, published=dt.date(2025, 9, 1))
    assert ("ha-giang", "dti_rank", 2023, 49) in got
    assert ("tuyen-quang", "dti_rank", 2023, 49) not in got


def test_school_and_patient_files_are_no_procedure_dossiers():
    # rule school-or-patient-files
    text = (
        "Năm 2024, tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến của Quảng Bình đạt 86%. Trong kỳ tuyển sinh đầu "
        "cấp, hơn 90% hồ sơ vào lớp 1 và lớp 6 được nộp trực tuyến."
    )
    got = triples(text, province=None, published=dt.date(2024, 9, 1))
    assert ("quang-binh", "online_dossier_rate", 2024, 86) in got
    assert ("quang-binh", "online_dossier_rate", 2024, 90) not in got


def test_how_much_a_score_improved_is_a_change():
    text = (
        "Năm 2023, DTI của Phú Yên đạt 0,5128 điểm. Tính trên cùng một thước đo, mức cải thiện thực tế của Phú Yên là "
        "khoảng 0,04 điểm."
    )
    got = triples(text, province=None, published=dt.date(2024, 10, 1))
    assert ("phu-yen", "dti_score", 2023, 0.5128) in got
    assert ("phu-yen", "dti_score", 2023, 0.04) not in got
    assert ("phu-yen", "dti_score_change", 2023, 0.04) in got


def test_a_level_after_improved_and_a_colon_stays_a_level():
    # guard: "được cải thiện: 100% xã ..." is a level, not a change
    text = "Năm 2023, hạ tầng viễn thông của Kon Tum được cải thiện: 100% xã, phường, thị trấn đã có sóng di động."
    got = triples(text, province=None, published=dt.date(2024, 1, 9))
    assert ("kon-tum", "mobile_coverage_rate", 2023, 100) in got
