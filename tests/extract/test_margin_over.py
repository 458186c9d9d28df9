"""Issue 10, rule margin-over, in our own sentences: a percent after "vượt" that is compared with
a target or a period ("vượt 4,2% so với kế hoạch", "vượt 3% so với cùng kỳ") says by how much, not
a level; "vượt 90%" alone is a level with its qualifier ("over"), and the level before it stays."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import facts_of

PUB = dt.date(2024, 6, 12)


def _values(text: str) -> dict[float, str | None]:
    return {f.value: f.qualifier for f in facts_of(text, province="kon-tum", published=PUB)}


def test_a_margin_over_the_plan_is_no_level():
    got = _values("Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình đạt 38,4%, vượt 4,2% so với kế hoạch.")
    assert got == {38.4: None}


def test_a_margin_over_the_same_period_is_no_level():
    assert 3.0 not in _values("Năm 2023, tỷ lệ người dùng internet vượt 3% so với cùng kỳ, đạt 71%.")


def test_over_a_share_without_a_comparison_is_a_level():
    assert _values("Năm 2023, tỷ lệ người dùng internet của tỉnh đã vượt 90%.") == {90.0: "over"}
