"""The speed gates in front of the place, city and targets-reached rules must open wherever those
rules can match: a gate that stays shut skips them. Checked on random sentences built from their
cue words (our own words), against the same rules run without the gates."""

from __future__ import annotations

import random
import re

import pytest

from vndx.extract import subjects
from vndx.extract.binding_rules import _CITY
from vndx.extract.gazetteer import load_gazetteer
from vndx.extract.targets import _TARGETS
from vndx.extract.text import Folded

PIECES = [
    "xã", "Xã", "xã hội", "huyện", "Huyện", "thị xã", "phường", "quận", "thị trấn", "của huyện", "toàn xã",
    "Bộ", "bộ", "Bộ Nội vụ", "Bộ trưởng", "Cục", "Tổng cục Thống kê", "Chính phủ", "Thủ tướng", "theo",
    "báo cáo của", "cho biết", "cả nước", "toàn quốc", "Việt Nam", "trên cả nước", "trung bình", "bình quân",
    "cấp tỉnh", "đối với", "báo cáo tại hội nghị", "cho thấy", "tỉnh", "Nghệ An", "Hòa Bình", "đạt", "có",
    "là", "80%", "12", "2023", ",", ";", ":", "Phú Lộc", "Gia Phú", "số", "chỉ", "dân", "hộ",
]


def _places(text: str) -> list:
    f = Folded.of(text)
    mentions = load_gazetteer().mentions(f.cased, f.lower, original=f.aligned)
    return subjects.places_named(f.cased, f.lower, 0, len(f.lower), mentions, f.aligned, lambda: True)


def test_the_place_gates_change_nothing(monkeypatch):
    rng = random.Random(11)
    texts = [" ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 10))) for _ in range(3000)]
    gated = [_places(t) for t in texts]
    always = re.compile("")  # a gate that is always open: every rule runs
    for name in ("_UNIT_GATE", "_AGENCY_GATE", "_NATION_GATE", "_AGGREGATE_GATE", "_MEETING_GATE"):
        monkeypatch.setattr(subjects, name, always)
    found = 0
    for text, places in zip(texts, gated, strict=True):
        assert places == _places(text), text
        found += any(kind is not None for _, kind in places)
    assert found > 500  # the rules behind the gates did fire on many of them


def test_a_sentence_about_society_opens_no_unit_rule():
    # "xã hội" opens the first gate (it starts with the commune word), not the unit rules' own
    f = Folded.of("Chỉ số xã hội số của tỉnh đạt 0,45 điểm")
    assert subjects._PLACE_WORDS.search(f.lower)
    assert subjects._UNIT_GATE.search(f.lower)  # a superset: the gate opens, the rule finds no unit
    assert subjects.places_named(f.cased, f.lower, 0, len(f.lower), [], f.aligned) == []


@pytest.mark.parametrize("seed", [1, 2])
def test_the_targets_reached_forms_always_name_their_targets(seed):
    pieces = ["hoàn thành", "đạt", "và vượt", "8/14", "12/15", "18", "8", "mục tiêu", "chỉ tiêu", "nhiệm vụ",
              "trong tổng số", "trong số", "đã", "được", "có", "của tỉnh", "kế hoạch", "tiêu chí", ","]
    rng = random.Random(seed)
    matched = 0
    for _ in range(4000):
        lower = Folded.of(" ".join(rng.choice(pieces) for _ in range(rng.randint(2, 9)))).lower
        if any(rx.search(lower) for rx, _, _ in _TARGETS):
            matched += 1
            assert "tieu" in lower or "nhiem vu" in lower, lower
    assert matched > 30


def test_the_city_pattern_always_names_a_city_word():
    pieces = ["Thành phố", "thành phố", "TP.", "TP", "Tp.", "Buôn Ma Thuột", "Hà Tĩnh", "Huế", "tỉnh", "đạt", "92%"]
    rng = random.Random(5)
    matched = 0
    for _ in range(3000):
        cased = Folded.of(" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))).cased
        if _CITY.search(cased):
            matched += 1
            assert "hanh pho" in cased or "TP" in cased, cased
    assert matched > 300


def test_the_gates_let_the_engine_skip_ahead():
    # a gate that the engine tries at every character costs more than the rules it saves
    # (an alternation opening with a group, "(?:nhieu|mot so) ...", did: 2 % of the bench)
    from vndx.extract import mentions, scan
    from vndx.extract.cues import load_cues

    for rx in (mentions._SCOPE_WORDS, subjects._PLACE_WORDS, subjects._UNIT_GATE, load_cues().lower_unit_abbr):
        assert scan.engine_skips(rx), rx.pattern[:60]
