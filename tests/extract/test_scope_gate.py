"""The scope gate (``Mentions.scope_words``) must open for every sentence a scope rule can fire on:
the rules behind it (city, aggregate, group, department, lower level, level after the value) are
skipped when it stays shut. Checked against the rules' own patterns on random sentences built from
their cue words, in our own words."""

from __future__ import annotations

import random

from vndx.extract.binding_rules import _CITY, _CUES, _LEVEL_OWNER
from vndx.extract.mentions import Mentions
from vndx.extract.text import Folded


def _gate(text: str) -> bool:
    f = Folded.of(text)
    m = Mentions(f.lower, f.cased, None, 0, len(f.lower), places=[], topics=[], values=[], masks=[])
    return m.scope_words


def _a_rule_reads(text: str) -> bool:
    f = Folded.of(text)
    cased, lower = f.cased, f.lower
    return any(
        (
            _CITY.search(cased),
            _CUES.scope_named.search(cased),
            _CUES.aggregate.search(lower),
            _CUES.group_subject.search(lower),
            _CUES.scope_subject.search(lower),
            _LEVEL_OWNER.search(lower),
        )
    )


PIECES = [
    "Sở", "sở", "SỞ", "Bộ", "bộ", "Ngân hàng", "ngân hàng", "Thành phố", "thành phố", "TP.", "TP", "Tp",
    "Nội vụ", "Cần Thơ", "Y tế", "tư pháp", "số", "liệu", "chỉ", "cấp", "huyện", "xã", "tỉnh", "khối",
    "các", "sở, ngành", "ban", "ngành", "UBND", "NHNN", "chi nhánh", "trung bình", "bình quân", "của",
    "toàn", "cả", "vùng", "khu vực", "đối với", "ở", "tại", "thuộc", "5", "12", "2023", "địa phương",
    "đơn vị", "cơ quan", "ngang", "có", "đạt", "xếp", "80%", ",", ";", "x", "_",
]


def test_the_gate_opens_wherever_a_scope_rule_can_read_its_cue():
    rng = random.Random(23)
    opened = shut = 0
    for _ in range(6000):
        text = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 9)))
        if _a_rule_reads(text):
            assert _gate(text), text
            opened += 1
        else:
            shut += 1
    assert opened > 1000 and shut > 500  # both kinds were tried


def test_a_number_word_is_no_department():
    # "số" folds like "Sở"; only a capitalised name after it makes a unit ("Sở Nội vụ")
    assert not _gate("Chỉ số chuyển đổi số của tỉnh đạt 0,52 điểm, số liệu cho thấy tăng 3 bậc.")
    assert _gate("Sở Nội vụ dẫn đầu khối với 0,79 điểm.")
    assert _gate("SỞ Y TẾ đạt 0,8 điểm.")
    assert _gate("Thành phố Buôn Ma Thuột đạt 81%.")
    assert _gate("Giá trị trung bình của các tỉnh là 0,61.")
    assert _gate("5 địa phương có tỷ lệ trên 80%.")
