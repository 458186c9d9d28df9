"""Issue 10, in our own sentences: the classes of session 20 (the in-sample residue of rounds 8-33 and round 34's
probe sets, written blind to the extractor and scored unread on 1.21), and the rules of 1.22 that answer them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

# ---- procedures counted "ở mức độ 4" / "ở mức độ 3, 4", then their share


def test_procedures_counted_at_level_four_give_the_full_online_share():
    text = (
        "Năm 2020, tỉnh Yên Bái cung cấp 1.640 thủ tục hành chính trên cổng dịch vụ công, trong đó 204 thủ tục "
        "ở mức độ 4, chiếm 12,4%."
    )
    got = triples(text, province="yen-bai", published=dt.date(2021, 1, 12))
    assert ("yen-bai", "online_public_service_full_rate", 2020, 12.4) in got
    assert not {f for f in got if f[1] == "online_public_service_rate"}


def test_procedures_counted_at_levels_three_and_four_give_the_online_share():
    text = "Hết năm 2021, Điện Biên đưa 902/1.650 TTHC ở mức độ 3, 4 lên cổng, đạt 54,7%."
    got = triples(text, province="dien-bien", published=dt.date(2022, 2, 3))
    assert ("dien-bien", "online_public_service_rate", 2021, 54.7) in got
