"""Numbers as written in Vietnamese evidence."""

import pytest

from expectations.numbers import mentions, numbers_in


@pytest.mark.parametrize(
    ("evidence", "value"),
    [
        ("chuyển đổi số tỉnh có giá trị là 0,5320", 0.532),
        ("là 1.954.846 người", 1954846),
        ("có tài khoản định danh điện tử đạt 58,9%", 58.9),
        ("xếp hạng thứ 48/63 tỉnh, thành phố", 48),
        ("xếp hạng thứ 48/63 tỉnh, thành phố", 63),
        ("đã cung cấp 1.637 thủ tục hành chính", 1637),
        ("đạt tỷ lệ 139,5%", 139.5),
        ("tỷ lệ đạt 58.9% (English decimal point)", 58.9),
        ("khoảng 1,5 triệu giao dịch", 1_500_000),
        ("giá trị giảm 0,1 điểm", -0.1),
        ("Đứng đầu cả nước về tỉ trọng kinh tế số", 1),
        ("100\u00a0% xã được phủ sóng", 100),
    ],
)
def test_evidence_mentions_the_value(evidence, value):
    assert mentions(evidence, value)


@pytest.mark.parametrize(
    ("evidence", "value"),
    [
        ("Tỷ lệ người dùng internet đạt 91%", 92),
        ("xếp thứ 48/63", 4863),
        ("là 1.954.846 người", 1954),
        ("", 5),
        (None, 5),
        ("đạt 58,9%", None),
    ],
)
def test_evidence_without_the_value(evidence, value):
    assert not mentions(evidence, value)


def test_a_token_is_read_every_plausible_way():
    assert {1637.0, 1.637} <= numbers_in("1.637")
    assert numbers_in("1.954,5") == {1954.5}
