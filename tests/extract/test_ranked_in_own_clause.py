"""Issue 10, an index ranked in its own clause, in our own sentences: an index named after a ";" with
a rank of its own there is not also the rank before the ";" (sole-ranked-topic), nor after a comma
that follows the rank's field (rank-right-topic); an index after the ";" with a value of another
kind still takes the bare rank (sole-ranked-topic's documented case)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

PUB = dt.date(2024, 4, 2)


def _facts(text: str) -> set[tuple]:
    return set(triples(text, province="tra-vinh", published=PUB))


def test_a_pillar_ranked_in_its_own_clause_does_not_take_the_rank_before_it():
    got = _facts("Năm 2023, Trà Vinh xếp thứ 14 trong cả nước; xã hội số xếp thứ 22.")
    assert ("tra-vinh", "dti_digital_society_rank", 2023, 22.0) in got
    assert not any(v == 14.0 for *_, v in got)


def test_an_index_with_a_score_after_the_semicolon_still_takes_the_rank():
    got = _facts("Năm 2023, Trà Vinh đứng ở vị trí thứ 17, tăng 5 bậc; chỉ số DTI đạt 0,52 điểm.")
    assert ("tra-vinh", "dti_rank", 2023, 17.0) in got


def test_after_a_comma_a_pillar_with_its_own_rank_is_not_the_field_of_the_rank_before():
    # rank-right-topic: "trong cả nước," is the field of rank 14; the pillar after the comma has its own
    got = _facts("Năm 2023, chỉ số DTI của Trà Vinh xếp thứ 14 trong cả nước, chính quyền số xếp thứ 22.")
    assert ("tra-vinh", "dti_rank", 2023, 14.0) in got
    assert ("tra-vinh", "dti_digital_government_rank", 2023, 22.0) in got
    assert ("tra-vinh", "dti_digital_government_rank", 2023, 14.0) not in got


def test_a_field_with_a_comma_inside_still_leads_to_the_index():
    got = _facts("Năm 2023, Trà Vinh xếp thứ 9 trong nhóm 34 tỉnh, thành mới về chỉ số chuyển đổi số.")
    assert ("tra-vinh", "dti_rank", 2023, 9.0) in got
    got = _facts("Năm 2023, Trà Vinh xếp thứ 11 trong cả nước về chính quyền số.")
    assert ("tra-vinh", "dti_digital_government_rank", 2023, 11.0) in got


def test_an_index_ranked_after_the_value_in_its_own_words_is_not_the_value_s():
    # no ";" between: the pillar named in a "nhờ ..." clause, with its own rank after it
    text = (
        "Năm 2024, Bắc Ninh vươn lên vị trí thứ 3/34 nhờ kết quả nổi bật ở trụ cột kinh tế số, nơi tỉnh "
        "đứng thứ hai."
    )
    got = {(code, v) for _, code, _, v in triples(text, province="bac-ninh", published=dt.date(2025, 11, 1))}
    assert ("dti_digital_economy_rank", 3.0) not in got
    assert ("dti_digital_economy_rank", 2.0) in got
