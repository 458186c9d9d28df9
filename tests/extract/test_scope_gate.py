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
    "đơn vị", "cơ quan", "ngang", "có", "đạt", "xếp", "80%", ",", ";", "x", "_", "nhiều", "một số", "như", "phường",
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


def test_the_agency_gate_opens_wherever_a_national_source_can_match():
    # ministry-report and the report places skip MINISTRY_SOURCE when no agency is named capitalised
    from vndx.extract.subjects import AGENCY_NAMED, MINISTRY_SOURCE

    rng = random.Random(29)
    toks = ["Theo", "theo báo cáo của", "số liệu của", "Bộ", "BỘ", "bộ", "Cục", "Tổng cục", "Chính phủ"]
    toks += ["Thủ tướng", "Bộ trưởng", "Công an", "cho biết", ",", ":", "chỉ số", "x", "5", "\n", "  "]
    matched = 0
    for _ in range(5000):
        text = Folded.of(" ".join(rng.choice(toks) for _ in range(rng.randint(1, 10)))).cased
        for start, end in ((0, len(text)), (2, max(2, len(text) - 3))):
            if MINISTRY_SOURCE.search(text, start, end):
                matched += 1
                assert AGENCY_NAMED.search(text, start, end), text
    assert matched > 300
    assert not AGENCY_NAMED.search(Folded.of("Theo bộ chỉ số DTI, tỉnh đạt 0,6 điểm.").cased)


def test_the_city_pattern_with_its_look_behind_after_the_first_letter_is_exact():
    import re

    # (the title's dot may have no space after it: "TP.Thủ Dầu Một")
    plain = re.compile(r"(?<![A-Za-z])(?:[Tt]hanh pho\s+|TP(?:\.\s*|\s+))([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)")
    rng = random.Random(31)
    toks = ["Thanh pho", "thanh pho", "xThanh pho", "TP", "TP.", "aTP", "Tp", " ", "\n", "Ha Noi", "Can Tho", "x", "5"]
    for _ in range(5000):
        text = "".join(rng.choice(toks) + rng.choice(["", " "]) for _ in range(rng.randint(1, 10)))
        for pos in (0, 2):
            got = [(m.span(), m.groups()) for m in _CITY.finditer(text, pos)]
            assert got == [(m.span(), m.groups()) for m in plain.finditer(text, pos)], text
