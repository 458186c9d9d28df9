"""The second round of speed-ups (cheap gates, work skipped when its answer is known) must give
exactly what the plain computations give. Sentences are our own."""

from __future__ import annotations

from vndx.extract.catalog import load_catalog
from vndx.extract.dti_table import load_dti_table
from vndx.extract.extractor import _taken_years
from vndx.extract.numbers import find_numbers, masked_spans
from vndx.extract.periods import year_mentions
from vndx.extract.text import fold
from vndx.extract.years import attached_years

SENTENCES = [
    "Năm 2023, tỉnh xếp thứ 12/63, tăng 5 bậc so với năm 2022 (17/63).",
    "Tỉnh tăng từ vị trí 35 năm 2021 lên vị trí thứ 19 năm 2022.",
    "Từ năm 2021 đến năm 2023, chỉ số tăng từ hạng 33 lên hạng 19.",
    "So với năm 2022, tỉnh tăng 15 bậc, từ vị trí 40 lên 25.",
    "Tỷ lệ hồ sơ trực tuyến đạt 62% (năm 2023 đạt 41%).",
    "Tỷ lệ hộ gia đình có cáp quang đạt 85,3%, xếp thứ 7 cả nước.",
    "Tỉnh đứng thứ nhất khu vực, thứ 5 cả nước.",
    "Kế hoạch đặt ra 18 chỉ tiêu cụ thể.",
]


def test_taken_years_are_attached_years_taken():
    for text in SENTENCES:
        lower = fold(text)
        numbers = find_numbers(lower, 0, len(lower), masked_spans(lower))
        for years in (year_mentions(lower, 0, len(lower), 2024), []):
            assert _taken_years(lower, numbers, years, 0) == attached_years(lower, numbers, years, 0).taken, text


def test_no_edition_matches_an_indicator_the_table_lacks():
    table = load_dti_table()
    slugs = {slug for slug, _ in table.scores}
    for code in load_catalog().indicators:
        if table.has_code(code):
            continue
        for slug in slugs:
            for value in (0.5123, 12.0, 1.0):
                assert table.years_matching(slug, code, value, 4) == [], code
    assert table.has_code("dti_score") and table.has_code("dti_rank")
