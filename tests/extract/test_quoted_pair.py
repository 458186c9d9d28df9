"""Rule quoted-pair (binding._PAIR_SEP), found by the `quoted-names` family: in a ranking list
written "Name - rank", a name in quotes pairs with its rank as it does without them. Our own
sentences."""

import datetime as dt

import pytest

from vndx.extract import extract_facts


@pytest.mark.parametrize("quote", [("", ""), ('"', '"'), ("“", "”")])
def test_a_quoted_main_index_keeps_its_rank_in_a_dash_list(quote):
    a, b = quote
    text = (
        "Năm 2021, xếp hạng theo từng chỉ số chính của tỉnh Cao Bằng lần lượt là: "
        f"{a}Nhận thức số{b} - xếp thứ 30; {a}Thể chế số{b} - 41; {a}Hạ tầng số{b} - 22."
    )
    facts = extract_facts(text, doc="d", published=dt.date(2022, 6, 1))
    got = {(f.indicator, f.value) for f in facts}
    assert {("dti_awareness_rank", 30.0), ("dti_institution_rank", 41.0), ("dti_infrastructure_rank", 22.0)} <= got


def test_quoted_speech_that_states_a_value_is_read():
    text = (
        "Chỉ số DTI 2023 của tỉnh Hà Nam đứng thứ 11 cả nước. “Chúng tôi chưa hài lòng với vị trí thứ 30 về "
        "kinh tế số”, ông nói."
    )
    got = {(f.indicator, f.value) for f in extract_facts(text, doc="t", published=dt.date(2025, 3, 4))}
    assert ("dti_digital_economy_rank", 30.0) in got
