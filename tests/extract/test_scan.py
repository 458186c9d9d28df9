"""The speed-ups of the phrasing and mask scans must find exactly what the plain scans find."""

from __future__ import annotations

import random
import re

import pytest

from vndx.extract.catalog import load_catalog
from vndx.extract.cues import _alt, _branches, _bword
from vndx.extract.gazetteer import _CAP_RUN, _LOWER_PREFIX, _word_alternation, load_gazetteer
from vndx.extract.numbers import _BNUM, _NUM, masked_spans
from vndx.extract.numbers import _bword as _bnumword
from vndx.extract.periods import _RELATIVE, _RELATIVE_GATE, _YEAR
from vndx.extract.scan import first_chars, word_start_scanner
from vndx.extract.text import Folded, fold

# our own sentences, in the shapes the phrasings are written for (folded before matching)
SENTENCES = [
    "Năm 2023, chỉ số chuyển đổi số (DTI) của tỉnh đạt 0,5123 điểm, xếp thứ 12/63.",
    "Về chuyển đổi số, tỉnh xếp thứ 20; chính quyền số thứ 8, kinh tế số thứ 31, xã hội số thứ 5.",
    "Kết quả đánh giá mức độ chuyển đổi số cấp tỉnh năm 2022 cho thấy CĐS của tỉnh tăng 4 bậc.",
    "Tỷ lệ người dân trưởng thành có tài khoản thanh toán đạt 87,2%; tỉ lệ hồ sơ trực tuyến 64%.",
    "Chi trả an sinh xã hội không dùng tiền mặt đạt 92% số đối tượng, lương hưu qua tài khoản 85%.",
    "Tỷ lệ dân số có điện thoại thông minh 79%, phủ sóng 4G tới 100% thôn bản.",
    "Bộ chỉ số DTI 2024 gồm 3 trụ cột: chính quyền số, kinh tế số và xã hội số.",
    "Mức độ chuyển đổi số của tỉnh Hà Giang có bước tiến; thủ tục hành chính toàn trình đạt 55%.",
]
TOKENS = ["chi so", "chuyen doi so", "cds", "dti", "ve ", "muc do", "xa hoi", "an sinh", "tien mat", "ty le", "_", "a"]


def _texts() -> list[str]:
    rng = random.Random(5)
    seps = [" ", " ", "", "\n", ", "]  # words glued together too: a match inside a word is no match
    soup = ["".join(rng.choice(TOKENS) + rng.choice(seps) for _ in range(rng.randint(2, 18))) for _ in range(400)]
    return [fold(s) for s in SENTENCES] + soup + ["\n".join(fold(s) for s in SENTENCES)]


@pytest.mark.parametrize("topic", [t for t in load_catalog().topics if t.regex is not None], ids=lambda t: t.name)
def test_fast_topic_scan_finds_what_the_plain_search_finds(topic):
    for text in _texts():
        for start, end in ((0, len(text)), (3, max(3, len(text) - 2))):
            fast = [m.span() for m in topic.finditer(text, start, end)]
            starts, topic.starts = topic.starts, None
            try:
                plain = [m.span() for m in topic.finditer(text, start, end)]
            finally:
                topic.starts = starts
            assert fast == plain, (topic.name, text)


def test_the_dti_phrasing_gets_a_fast_scan():
    # the costliest phrasing opens with optional words and a look-behind: the engine cannot skip ahead
    assert load_catalog().topic("dti").starts is not None


def test_first_chars():
    assert first_chars(re.compile(r"(?:chi so )?(?:dti|cds)")) == (frozenset("cd"), False)
    assert first_chars(re.compile(r"(?<=ve\s)(?:muc do )?cds")) == (frozenset("mc"), False)
    assert first_chars(re.compile(r"[^;]{0,60}?an sinh"))[0] is None  # any character may start it
    assert first_chars(re.compile(r"(?:a|)"))[1] is True  # may match the empty string
    assert word_start_scanner(re.compile(r"(?:a|)")) is None  # then only the plain search is exact
    assert word_start_scanner(re.compile(r"doanh nghiep")) is None  # the engine skips to "d" itself


def test_word_boundary_rewrites_of_the_masks_are_exact():
    rng = random.Random(11)
    toks = ["so", "top", "thang", "ngay", "tu", "khoa", "lan thu", "xso", "_5", "a5", "5", "12", "/", ":", " ", "\n"]
    toks.append("٣")  # an Arabic-Indic digit: \\d matches it too
    pairs = [
        (re.compile(r"\b(?:so|top|lan thu)\s*\d+"), re.compile(_bnumword("so", "top", "lan thu") + r"\s*\d+")),
        (re.compile(r"\b\d+\s*/\s*\d+"), re.compile(_BNUM + r"\d*\s*/\s*\d+")),
    ]
    for _ in range(3000):
        text = "".join(rng.choice(toks) for _ in range(rng.randint(1, 20)))
        for old, new in pairs:
            assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)], text


def test_masks_still_cover_documents_dates_and_times():
    text = fold("Theo Quyết định số 3330/QĐ-UBND ngày 29/11/2021, lúc 8h30 sáng 5/6, Top 10 đạt 45%.")
    covered = "".join(text[s:e] for s, e in masked_spans(text))
    assert "3330" in covered and "29/11/2021" in covered and "8h30" in covered and "top 10" in covered
    assert "45" not in covered


def test_look_behind_after_the_first_character_is_exact():
    # each fast pattern against the plain form it replaced (a look-behind or \b first)
    words = ["tinh ta", "cua tinh", "toan tinh"]
    pairs = [
        (r"(?<![A-Za-z])[A-Z][A-Za-z]*(?:(?:\s*-\s*|\s+|\.\s*)[A-Z][A-Za-z]*)*", _CAP_RUN.pattern),
        # (a number not after a word character, a separator, or the colon of a time, "08:45": rule card-lines reads a
        # value after a word's or a year's colon, "GRDP:18,7%", "2020:40/63")
        (r"(?<![\w.,/])(?<!(?<!\d)\d:)(?<!(?<!\d)\d\d:)\d+(?:[.,]\d+)*(?![\w]|[.,]\d)", _NUM.pattern),
        (r"(?<![a-z])(?:tinh|thanh pho|tp\.?)\s+([a-z]+)", _LOWER_PREFIX.pattern),
        (r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", _word_alternation(words) + r"\b"),
    ]
    rng = random.Random(3)
    toks = ["Ha Noi", "tinh ta", "xtinh ta", "_tinh ta", "cua tinh", "A", "aB", "9", "12,5", "1.234", ".5", "/3"]
    toks += [":7", "_8", "x9", " ", "\n", "-", "Đ", "٣", "toan tinh", "TP.", "Thua Thien - Hue", "08:45", "2020:40"]
    toks += ["tp.", "thanh pho", "xtinh", "tinh"]
    for _ in range(3000):
        text = "".join(rng.choice(toks) + rng.choice(["", " ", ", "]) for _ in range(rng.randint(1, 20)))
        for old, new in pairs:
            for pos in (0, 2):
                spans = [(m.span(), m.groups()) for m in re.compile(old).finditer(text, pos)]
                assert spans == [(m.span(), m.groups()) for m in re.compile(new).finditer(text, pos)], (old, text)


def test_cue_alternations_with_the_word_start_after_the_first_letter_are_exact():
    words = ["lan luot", "tuong ung", "la", "ca nuoc", "cac thu hang nay", "5g"]
    pairs = [
        (r"\b(?:" + _alt(words) + r")\b", _bword(words, tail=r"\b")),
        (r"\b(?:" + _alt(words) + r")\s*$", _bword(words) + r"\s*$"),
        (
            _alt(["chuyen doi so"]) + r"|\b(?:" + _alt(["cds", "dti"]) + r")\b",
            "|".join(_branches(["chuyen doi so"]) + _branches(["cds", "dti"], word_start=True, tail=r"\b")),
        ),
    ]
    rng = random.Random(13)
    toks = words + ["cds", "dti", "chuyen doi so", "x", "_", "9", " ", "  ", "\n", ","]
    for _ in range(3000):
        text = "".join(rng.choice(toks) + rng.choice(["", " ", ", "]) for _ in range(rng.randint(1, 12)))
        for old, new in pairs:
            for pos in (0, 1):
                spans = [m.span() for m in re.compile(old).finditer(text, pos)]
                assert spans == [m.span() for m in re.compile(new).finditer(text, pos)], (old, text)


def test_year_pattern_with_the_look_behind_after_the_first_digit_is_exact():
    old = re.compile(r"(?<![\d.,])(?:19[5-9]\d|20[0-4]\d)(?![\d])")
    rng = random.Random(17)
    toks = ["2023", "1995", "2045", "2050", "1949", ".2021", ",2022", "12021", "a2021", "/2020", "x", " ", "nam nay"]
    toks += ["hai nam truoc", "5 nam ngoai", "nam hien tai", "٣"]
    for _ in range(3000):
        text = "".join(rng.choice(toks) + rng.choice(["", " ", ", "]) for _ in range(rng.randint(1, 15)))
        for pos in (0, 1):
            assert [m.span() for m in old.finditer(text, pos)] == [m.span() for m in _YEAR.finditer(text, pos)], text
        for m in _RELATIVE.finditer(text):  # the gate never hides a relative year
            assert _RELATIVE_GATE.search(text, m.start(), m.end()), text


def test_one_word_names_are_found_like_longer_runs():
    # the gazetteer looks a lone capitalised word up directly (no tokenising): still found, in order
    f = Folded.of("Năm nay TPHCM, Daklak và Hà Nội đều tăng hạng; Sơn La giữ vị trí.")
    slugs = [m.slug for m in load_gazetteer().mentions(f.cased, f.lower)]
    assert slugs == ["ho-chi-minh", "dak-lak", "ha-noi", "son-la"]


def test_qualifier_words_read_at_the_end_like_the_end_anchored_patterns():
    from vndx.extract.numbers import _QUAL_STRIP, _QUAL_WORDS, _QUALIFIER_WORDS, qualifier

    plain = [(re.compile(r"\b(?:" + "|".join(words) + r")$"), label) for words, label in _QUALIFIER_WORDS]

    def by_patterns(before: str) -> str | None:
        text = before[-30:].rstrip(" :")
        if not _QUAL_WORDS.search(text):
            return None
        for _ in range(2):
            for rx, label in plain:
                if rx.search(text):
                    return label
            text = _QUAL_STRIP.sub("", text)
        return None

    rng = random.Random(19)
    toks = ["tren", "hon", "vuot muc", "gan", "uoc tinh", "chi", "chi so", "toi da", "it nhat", "dat", "la", "co"]
    toks += ["xtren", "_hon", "5", "ty le", "\n", ":", " ", "khong qua", "chua den", "thu"]
    labelled = 0
    for _ in range(5000):
        before = " ".join(rng.choice(toks) for _ in range(rng.randint(1, 8)))
        got = qualifier(before)
        assert got == by_patterns(before), before
        labelled += got is not None
    assert labelled > 500
    assert qualifier(fold("tỷ lệ đạt trên")) == "above" and qualifier(fold("đạt\ngần")) == "nearly"
    assert qualifier(fold("vượt mức\n")) == "over" and qualifier(fold("xtrên")) is None


def test_inside_a_mask_by_bisection():
    from vndx.extract.numbers import _inside

    rng = random.Random(37)
    for _ in range(2000):
        points = sorted(rng.sample(range(60), rng.randint(0, 10) * 2))
        spans = [(points[i], points[i + 1]) for i in range(0, len(points), 2)]
        for pos in range(-1, 62):
            assert _inside(pos, spans) == any(s <= pos < e for s, e in spans), (pos, spans)


def test_national_cue_with_its_look_behinds_after_the_first_letter_is_exact():
    from importlib import resources

    import yaml

    from vndx.extract.cues import load_cues

    data = yaml.safe_load(resources.files("vndx.extract").joinpath("data/cues.yml").read_text("utf-8"))
    not_after = "".join(rf"(?<!{re.escape(fold(w))} )" for w in data["nation_not_after"])
    plain = re.compile(
        rf"\b{not_after}(?:{_alt(data['nation'])})\b|\b(?:{_alt(data['national_subjects'] + data['group_subjects'])})\b"
    )
    fast = load_cues().national
    rng = random.Random(41)
    toks = ["ca nuoc", "toan quoc", "nhat", "dau", "trong", "thu", "binh quan", "cac tinh", "viet nam", "quoc gia"]
    toks += ["xca nuoc", "ca nuocx", "5", "_", "trung binh", "cac dia phuong", "x"]
    for _ in range(4000):
        text = "".join(rng.choice(toks) + rng.choice(["", " ", "  ", ", "]) for _ in range(rng.randint(1, 10)))
        for pos in (0, 3):
            assert [m.span() for m in plain.finditer(text, pos)] == [m.span() for m in fast.finditer(text, pos)], text


def test_target_and_place_word_patterns_with_the_word_start_after_the_first_letter_are_exact():
    from vndx.extract.cues import load_cues
    from vndx.extract.subjects import _PLACE_WORDS
    from vndx.extract.targets import _TARGET

    words = load_cues().words
    plain_target = re.compile(rf"\b(?:{words['plan_words']}|can(?! (?:bo|tho|cu|giuoc|gio|ho)\b)|(?<!chia )se)\b")
    keys = ("lower_units", "unit_self", "nation_heads", "nation_subjects", "aggregate_subjects", "meeting_report")
    plain_place = re.compile(r"\b(?:bo|cuc|chinh phu|thu tuong|" + "|".join(words[k] for k in keys) + ")")
    lists = load_cues().lists
    toks = [w for k in ("plan_words", *keys) for w in lists[k][:6]] + ["can", "can bo", "chia se", "se", "bo", "cuc"]
    toks += ["xse", "_can", "5", "x", "chinh phu", "thu tuong", "muc tieu", "dat"]
    rng = random.Random(43)
    for _ in range(4000):
        text = "".join(rng.choice(toks) + rng.choice(["", " ", "  ", ", "]) for _ in range(rng.randint(1, 10)))
        for pos in (0, 3):
            got = [(m.span(), m.group()) for m in _TARGET.finditer(text, pos)]
            assert got == [(m.span(), m.group()) for m in plain_target.finditer(text, pos)], text
            assert bool(_PLACE_WORDS.search(text, pos)) == bool(plain_place.search(text, pos)), text


def test_no_qualifier_word_ends_a_word_of_another_label():
    # what lets one end-anchored search stand for the labels tried in order
    from vndx.extract.numbers import _QUALIFIER_WORDS

    for i, (words_i, _) in enumerate(_QUALIFIER_WORDS):
        for j, (words_j, _) in enumerate(_QUALIFIER_WORDS):
            if i != j:
                for a in words_i:
                    for b in words_j:
                        assert a != b and not a.endswith(" " + b), (a, b)


def test_skipping_finds_what_the_plain_pattern_finds():
    # the first characters told to the engine are only a gate: same spans and groups, from any position
    from vndx.extract import cues as cue_module
    from vndx.extract.scan import skipping

    patterns = [
        r"\btu\s+(?:nam\s+)?((?:19|20)\d\d)\s+(?:den|toi)\s+((?:19|20)\d\d)\b",
        r"(?<!tren )\b(?:duoi|khong qua|chua toi)\s*$",
        r"(?P<a>\bthu)\s+(?P<b>[a-z]+)",
        r"[A-Za-z]+",
        r"[.!?…]+[\"”’)]*\s+(?=[A-Z0-9])",
        r"(?:^|[,;:.]\s*|\bco\s+)(?:dia phuong|tinh)\b",
        r"(?=[cd])(?<![^\W_])(?:(?:chi\s+so\s+)?(?:dti|cds))(?![a-z])",
    ]
    fast = [skipping(re.compile(p)) for p in patterns]
    assert all(f is not re.compile(p) for f, p in zip(fast, patterns, strict=True))  # each got the gate
    for unchanged in (r"(?:a|)", r"doanh nghiep", r"\s*tinh"):  # may match empty, skips already, unknown start
        assert skipping(re.compile(unchanged)) is re.compile(unchanged)
    cue_patterns = [(getattr(cue_module._read_cues(), k), v) for k, v in vars(cue_module.load_cues()).items()]
    pairs = [(re.compile(p), f) for p, f in zip(patterns, fast, strict=True)]
    pairs += [(plain, f) for plain, f in cue_patterns if isinstance(f, re.Pattern)]
    rng = random.Random(23)
    toks = ["tu", "nam", "2021", "den", "2023", "tren", "duoi", "khong qua", "thu", "hai", "Ha Noi", "...", "!"]
    toks += ["dia phuong", "co", "tinh", ",", ";", "chi so", "dti", "cds", "xdti", "_", "5", " ", "\n", "”", "A"]
    for _ in range(1500):
        text = "".join(rng.choice(toks) + rng.choice(["", " ", ", "]) for _ in range(rng.randint(1, 14)))
        for plain, f in pairs:
            for pos in (0, 2):
                got = [(m.span(), m.groups()) for m in f.finditer(text, pos)]
                assert got == [(m.span(), m.groups()) for m in plain.finditer(text, pos)], (plain.pattern, text)
                assert bool(f.search(text, pos, len(text) - 1)) == bool(plain.search(text, pos, len(text) - 1))


def test_branches_grouped_by_first_letter_are_exact():
    # the flat alternation in the same order against its grouped form, words that start one another too
    from vndx.extract.scan import by_first_char

    words = ["thong bao", "thong bao ket luan", "thong tu", "tinh", "tinh ta", "tu", "toi", "cua tinh", "c"]
    for tail in ("", r"\b", r"\s*\d+"):
        for order in (words, sorted(words, key=len, reverse=True)):
            plain = re.compile("(?:" + "|".join(rf"{w}(?<!\w{w})" for w in order) + ")" + tail)
            grouped = re.compile(by_first_char([(w[0], rf"{w[1:]}(?<!\w{w})") for w in order]) + tail)
            rng = random.Random(29)
            toks = [*words, "x", "_", "5", "12", " ", "  ", "\n", ","]
            for _ in range(2000):
                text = "".join(rng.choice(toks) + rng.choice(["", " ", ", "]) for _ in range(rng.randint(1, 12)))
                for pos in (0, 2):
                    got = [(m.span(), m.group()) for m in grouped.finditer(text, pos)]
                    assert got == [(m.span(), m.group()) for m in plain.finditer(text, pos)], (tail, text)


def test_the_word_gates_of_the_masks_change_nothing(monkeypatch):
    # a mask whose words a text does not hold is not run over it: it would have found nothing there
    from vndx.extract import numbers

    toks = ["muc do", "cap do", "lan thu", "khoa", "thu tu", "top", "thang", "so", "3", "4", "12", "2023", "/"]
    toks += ["x", "va", ",", ":", " ", "muc", "cap", "lan", "do", "iv", "vi", "quyet dinh", "ngay", "29/11/2021"]
    toks += ["den", "5/6"]  # (the day words lead a mask too: "đến 5/6")
    toks += ["bo chi so", "766"]  # ("Bộ chỉ số 766": an index named by a number)
    toks += ["xom", "phuong", "5"]  # ("xóm 5", "Phường 2": a place named by its number)
    toks += ["khu vuc", "14"]  # ("Khu vực 14": an agency's region named by its number)
    toks += ["8h30", "08:30", "52-nq/tw", "3330/qd-ubnd", "1.234", "7 / 2", "15 -", "h"]  # (the digit-led masks)
    rng = random.Random(31)
    texts = ["".join(rng.choice(toks) + rng.choice(["", " "]) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    masks = list(numbers._MASKS)
    for rx, words in masks:  # every match holds one of its mask's words
        found = [m.group() for t in texts for m in rx.finditer(t)]
        if words:
            assert found and all(any(w in g for w in words) for g in found), rx.pattern
    gated = [masked_spans(t) for t in texts]
    monkeypatch.setattr(numbers, "_MASKS", [(rx, None) for rx, _ in masks])  # (None: searched everywhere)
    assert gated == [masked_spans(t) for t in texts]
    assert sum(map(bool, gated)) > 500
