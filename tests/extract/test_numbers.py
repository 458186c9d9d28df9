import pytest

from vndx.extract.numbers import find_numbers, masked_spans, parse_number, qualifier
from vndx.extract.text import Folded, fold


@pytest.mark.parametrize(
    "raw, value",
    [
        ("0,5320", 0.532),
        ("58,9", 58.9),
        ("1.954.846", 1954846),
        ("1.637", 1637),
        ("0.532", 0.532),
        ("139,5", 139.5),
        ("1.954,5", 1954.5),
        ("1,954,846", 1954846),
        ("91", 91),
    ],
)
def test_parse_number(raw, value):
    assert parse_number(raw)[0] == pytest.approx(value)


def _nums(text):
    low = fold(text)
    return find_numbers(low, 0, len(low), masked_spans(low))


def test_percent_fraction_points_and_phan_tram():
    pct, frac, pts, word = (_nums(t)[0] for t in ("đạt 58,9%", "xếp thứ 48/63", "507,72/1000 điểm", "91 phần trăm"))
    assert pct.percent and pct.value == pytest.approx(58.9)
    assert frac.value == 48 and frac.out_of == 63 and not frac.percent
    assert pts.points and pts.out_of == 1000
    assert word.percent and word.value == 91


def test_document_numbers_dates_and_chrome_are_masked():
    text = "Quyết định số 3330/QĐ-UBND ngày 29/11/2021; Nghị quyết 52-NQ/TW; sáng 8/10; 2G/3G/4G; Top 35; 16:09"
    assert _nums(text) == []


def test_counted_noun_is_kept():
    n = _nums("có 1.678 sản phẩm trên sàn")[0]
    assert n.value == 1678 and n.next_words.startswith("san pham")


@pytest.mark.parametrize(
    "before, label",
    [
        ("đạt trên ", "above"),
        ("hơn ", "over"),
        ("gần ", "nearly"),
        ("khoảng ", "about"),
        ("vượt ", "over"),
        ("đạt ", None),
        ("chưa đến ", "below"),
    ],
)
def test_qualifiers(before, label):
    assert qualifier(fold(before)) == label


def test_folding_keeps_offsets_for_nfd_text():
    import unicodedata

    text = unicodedata.normalize("NFD", "Tỷ lệ người dùng internet đạt 91%")
    f = Folded.of(text)
    assert f.lower.startswith("ty le nguoi dung")
    pos = f.lower.index("91")
    assert text[f.to_original(pos) : f.to_original(pos + 2)] == "91"
