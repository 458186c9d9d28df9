"""Issue 10, in our own sentences, the classes round 32's probe sets (written blind to the extractor,
scored unread on 1.20) showed, and the rules of 1.21 that answer them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

# ---- rule now-named: "tỉnh X (nay là tỉnh Y)": the successor's name does not take X's value


def test_a_former_province_named_with_its_successor_keeps_its_rank():
    text = (
        "Chuyển đổi số tỉnh Lâm Đồng sau hợp nhất\n\n"
        "Ở DTI 2023, tỉnh Đắk Nông (nay là tỉnh Lâm Đồng) đứng thứ 47/63, còn tỉnh Bình Thuận (nay thuộc "
        "tỉnh Lâm Đồng) xếp thứ 29/63."
    )
    got = triples(text, province="lam-dong", published=dt.date(2026, 3, 2))
    assert ("dak-nong", "dti_rank", 2023, 47.0) in got
    assert ("binh-thuan", "dti_rank", 2023, 29.0) in got
    assert not {f for f in got if f[0] == "lam-dong"}


def test_the_successor_named_after_a_comma_is_not_the_subject_either():
    text = "Năm 2022, Quảng Nam, nay là một phần của thành phố Đà Nẵng, xếp thứ 33/63 về chỉ số DTI."
    got = triples(text, province="da-nang", published=dt.date(2026, 1, 9))
    assert ("quang-nam", "dti_rank", 2022, 33.0) in got
    assert not {f for f in got if f[0] == "da-nang"}


def test_a_province_compared_with_its_successor_named_later_is_still_compared():
    # guard: only a successor written right after the province ("(nay là ...") is skipped: a merged province
    # that is its clause's own subject after another's name keeps its value
    text = "Năm 2025, tỉnh Gia Lai xếp thứ 21/34 về chỉ số DTI, trong khi tỉnh Đắk Lắk xếp thứ 25/34."
    got = triples(text, province="gia-lai", published=dt.date(2026, 5, 5))
    assert ("gia-lai", "dti_rank", 2025, 21.0) in got
    assert ("dak-lak", "dti_rank", 2025, 25.0) in got


# ---- a count broken down by a commune ("đạt 612 doanh nghiệp, trong đó khu vực phường X chiếm 60%") leaves the
# paragraph about the province


def test_a_count_broken_down_by_a_ward_does_not_hand_the_paragraph_to_the_ward():
    text = (
        "Ninh Bình: kinh tế số năm 2025\n\n"
        "Đến cuối năm 2025, toàn tỉnh có 530 doanh nghiệp công nghệ số, trong đó khu vực phường Hoa Lư "
        "chiếm khoảng một nửa. Tỷ lệ người dân trưởng thành có tài khoản ngân hàng đạt 88,4%."
    )
    got = triples(text, province="ninh-binh", published=dt.date(2026, 1, 20))
    assert ("ninh-binh", "bank_account_adult_rate", 2025, 88.4) in got


def test_a_ward_opening_its_own_sentence_still_takes_the_paragraph():
    # guard: a ward that is its sentence's subject (no value of the province before it) still owns what follows
    text = (
        "Ninh Bình: kinh tế số năm 2025\n\n"
        "Năm 2025, phường Hoa Lư có 260 doanh nghiệp công nghệ số. Tỷ lệ người trưởng thành có tài khoản "
        "ngân hàng đạt 93,1%."
    )
    got = triples(text, province="ninh-binh", published=dt.date(2026, 1, 20))
    assert not {f for f in got if f[1] == "bank_account_adult_rate"}
