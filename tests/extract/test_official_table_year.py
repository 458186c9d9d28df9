"""Rule official-table-year (period_rules.YEAR_CROSS_CHECKS): the official DTI table of 2022-2024
(vndx/extract/data/dti/) corrects a year the year rules only guessed, never one the sentence
writes. Sentences are our own; the values are the table's."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from vndx.extract.dti_table import _slug, load_dti_table, written_decimals
from vndx.extract.extractor import extract_facts
from vndx.extract.gazetteer import load_gazetteer

DATA = Path(__file__).resolve().parents[2] / "vndx" / "extract" / "data" / "dti"
SPRING_2025 = dt.date(2025, 3, 10)  # DTI 2023 is the latest edition out (February 2025)


def _dated(text: str, published: dt.date = SPRING_2025) -> list[tuple]:
    chosen: list = []
    extract_facts(text, doc="t", published=published, chosen=chosen)
    return [(c.fact.province, c.fact.indicator, c.fact.period, c.fact.value, c.period_rule) for c in chosen]


def test_derived_ranks_equal_the_official_2022_ranking_ties_included():
    table, keys = load_dti_table(), load_gazetteer().keys
    official = list(csv.DictReader((DATA / "dti_2022_official_ranks.csv").open(encoding="utf-8")))
    assert len(official) == 63
    for row in official:
        assert table.ranks[(_slug(row["province"], keys), "DTI_Tong")][2022] == int(row["rank"]), row["province"]
    # two provinces share 15th and nobody is 16th
    ranks_2022 = [r[2022] for (_, col), r in table.ranks.items() if col == "DTI_Tong"]
    assert ranks_2022.count(15) == 2 and 16 not in ranks_2022


def test_an_undated_four_decimal_score_takes_the_one_edition_it_matches():
    # the publication date alone would say DTI 2023; the table has this value for 2022 only
    got = _dated("Chỉ số chuyển đổi số (DTI) của tỉnh Quảng Ninh đạt 0,7024 điểm, một kết quả đáng ghi nhận.")
    assert got == [("quang-ninh", "dti_score", 2022, 0.7024, "official-table-year")]


def test_a_year_written_in_the_sentence_wins_over_the_table():
    got = _dated("Năm 2023, chỉ số chuyển đổi số (DTI) của tỉnh Quảng Ninh đạt 0,7024 điểm.")
    assert got == [("quang-ninh", "dti_score", 2023, 0.7024, "sentence-year")]


def test_a_two_decimal_score_is_too_common_to_date_anything():
    got = _dated("Chỉ số chuyển đổi số (DTI) của tỉnh Quảng Ninh đạt 0,70 điểm.")
    assert [g[4] for g in got] == ["latest-edition"]


def test_a_rank_corrects_a_guessed_year_the_table_contradicts():
    # the guess (2023) has this province at another rank; 15 is its rank of 2022 only
    got = _dated("Về chỉ số chuyển đổi số (DTI), tỉnh Thanh Hóa xếp thứ 15/63 tỉnh, thành phố.", dt.date(2025, 5, 10))
    assert got == [("thanh-hoa", "dti_rank", 2022, 15.0, "official-table-year")]


def test_a_rank_shared_by_two_editions_decides_nothing():
    # this province ranked 15th in both 2022 and 2023 (a tie in 2022): the guess stays
    got = _dated("Về chỉ số chuyển đổi số (DTI), tỉnh Yên Bái xếp thứ 15/63 tỉnh, thành phố.", dt.date(2025, 5, 10))
    assert [(g[2], g[4]) for g in got] == [(2023, "latest-edition")]


def test_an_edition_not_out_yet_is_no_answer():
    # in mid-2024 only DTI 2022 was out: rank 11 matching the table's 2023 does not move the year
    got = _dated("Về chỉ số chuyển đổi số (DTI), tỉnh Thanh Hóa xếp thứ 11/63 tỉnh, thành phố.", dt.date(2024, 6, 10))
    assert [(g[2], g[4]) for g in got] == [(2022, "latest-edition")]


def test_written_decimals():
    assert written_decimals("0,6512") == 4
    assert written_decimals("0.65") == 2
    assert written_decimals("12") == 0


def test_the_correction_stays_with_the_value_the_table_holds():
    # the next undated value (not in the table) keeps the article's own guess, not the table's year
    got = _dated("Chỉ số chuyển đổi số (DTI) của tỉnh Quảng Ninh đạt 0,7024 điểm. Trụ cột kinh tế số đạt 0,5517 điểm.")
    years = {g[1]: (g[2], g[4]) for g in got}
    assert years["dti_score"] == (2022, "official-table-year")
    assert years["dti_digital_economy_score"][1] != "official-table-year"
    assert years["dti_digital_economy_score"][0] == 2023  # the latest edition out in March 2025
