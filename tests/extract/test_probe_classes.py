"""Issue 10, round 2: probe sentences (our own words) for the error classes the blind sets show."""

import datetime as dt

from vndx.extract import extract_facts


def facts(text: str, published=dt.date(2025, 11, 1)):
    return {
        (f.province, f.indicator, f.period, round(f.value, 4))
        for f in extract_facts(text, doc="d", published=published)
    }


def codes(text: str, published=dt.date(2025, 11, 1)):
    return {(f.indicator, f.value) for f in extract_facts(text, doc="d", published=published)}


# --- ranks written with words, or with the index named only later in the sentence


def test_rank_before_the_index_it_ranks():
    text = "Năm 2023, Sóc Trăng đứng ở thứ hạng 11, tăng 2 bậc; chỉ số DTI đạt 0,6021 điểm."
    assert facts(text) == {
        ("soc-trang", "dti_rank", 2023, 11),
        ("soc-trang", "dti_score", 2023, 0.6021),
    }


def test_rank_named_index_later_other_index_blocks():
    # the sentence names PCI too: the rank could be either index's
    text = "Năm 2023, Sóc Trăng xếp thứ 11, chỉ số PCI và chỉ số DTI đều tăng."
    assert ("dti_rank", 11.0) not in codes(text)


def test_bare_list_of_ranks_is_not_given_to_one_province():
    text = "Năm 2023, Cà Mau, Bạc Liêu, Kiên Giang giữ vị trí thứ 7, 8, 9 với điểm DTI gần nhau."
    assert not {c for c in codes(text) if c[0] == "dti_rank"}


def test_rank_of_something_else_is_not_the_index():
    text = "Năm 2023, Yên Bái đứng thứ 12/63 tỉnh về việc dùng nền tảng học trực tuyến; DTI tăng."
    assert ("dti_rank", 12.0) not in codes(text)


def test_bare_hang_with_ordinal_word():
    text = "Năm 2022, Quảng Ngãi có KTS hạng tư, XHS hạng chín và CQS hạng 20."
    assert facts(text) == {
        ("quang-ngai", "dti_digital_economy_rank", 2022, 4),
        ("quang-ngai", "dti_digital_society_rank", 2022, 9),
        ("quang-ngai", "dti_digital_government_rank", 2022, 20),
    }


def test_hang_nam_is_every_year_not_rank_five():
    text = "Năm 2022, tỉnh Quảng Ngãi xếp hạng chỉ số chuyển đổi số hằng năm; DTI đạt 0,51 điểm."
    assert ("dti_rank", 5.0) not in codes(text)


# --- a year that belongs to one value never dates the sentences after it


def test_movement_year_does_not_date_the_next_sentence():
    text = (
        "Chỉ số DTI năm 2023 của tỉnh Kon Tum đã vượt từ hạng 40 năm 2022 lên hạng 22. "
        "Các trụ cột chính quyền số, kinh tế số và xã hội số lần lượt xếp thứ 18, 27 và 31."
    )
    got = facts(text)
    assert ("kon-tum", "dti_rank", 2022, 40) in got
    assert ("kon-tum", "dti_rank", 2023, 22) in got
    assert {
        ("kon-tum", "dti_digital_government_rank", 2023, 18),
        ("kon-tum", "dti_digital_economy_rank", 2023, 27),
        ("kon-tum", "dti_digital_society_rank", 2023, 31),
    } <= got


def test_bracketed_comparison_year_does_not_date_the_next_sentence():
    text = (
        "Năm 2023, Kon Tum xếp thứ 22 về DTI. So với năm 2021 (xếp thứ 50/63), tỉnh tiến bộ rõ. "
        "Riêng kinh tế số xếp thứ 15."
    )
    got = facts(text)
    assert ("kon-tum", "dti_rank", 2021, 50) in got
    assert ("kon-tum", "dti_digital_economy_rank", 2023, 15) in got
