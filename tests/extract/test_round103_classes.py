"""Issue 10, in our own sentences: the class of 1.85, from the misses of round 103 (scored unread on 1.84 first)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples


def test_a_longer_aside_that_names_another_province_leaves_the_subject():
    # the aside after the subject's name may run on past the province it names ("..., tỉnh có nhiều điểm tương đồng
    # với Bắc Giang về quy mô công nghiệp, năm 2022 xếp thứ 14/63")
    text = (
        "Năm 2022, DTI của Hưng Yên xếp thứ 10/63. Hải Dương, tỉnh có nhiều nét tương đồng với Hưng Yên về cơ cấu công "
        "nghiệp, năm 2022 xếp thứ 19/63 với 0,5318 điểm."
    )
    got = triples(text, province=None, published=dt.date(2023, 6, 1))
    assert ("hai-duong", "dti_rank", 2022, 19) in got
    assert ("hai-duong", "dti_score", 2022, 0.5318) in got
    assert ("hung-yen", "dti_rank", 2022, 19) not in got
