"""Issue 10, in our own sentences: the classes of 2.10, from the misses of round 124 (scored unread on 2.09 first):
fact boxes and infographic cards flattened one item per line (rule card-lines)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples
from vndx.extract.text import Folded

IN_2024 = dt.date(2024, 3, 5)


def test_a_card_label_over_its_figure_is_one_fact():
    # rule card-lines: the label on one line, its figure (with a unit word) on the next
    text = (
        "Kinh tế số Hải Dương năm 2023 qua các con số\n"
        "Sở vừa tổng kết các chỉ tiêu năm 2023 như sau:\n"
        "Tỷ trọng kinh tế số trong GRDP\n"
        "12,4%\n"
        "Doanh nghiệp công nghệ số\n"
        "612 doanh nghiệp"
    )
    got = triples(text, province=None, published=IN_2024)
    assert ("hai-duong", "digital_economy_grdp_share", 2023, 12.4) in got
    assert ("hai-duong", "digital_enterprise_count", 2023, 612) in got


def test_a_card_with_a_score_and_a_rank_with_its_word():
    # rule card-lines: "Thể chế số" / "0,8125" / "Hạng 7": the score and the rank are the label's
    text = (
        "Tám chỉ số chính của Nam Định\n"
        "Năm 2023, Nam Định đạt 0,5210 điểm DTI, xếp thứ 30/63.\n"
        "Thể chế số\n"
        "0,8125\n"
        "Hạng 7"
    )
    got = triples(text, province=None, published=dt.date(2024, 9, 1))
    assert ("nam-dinh", "dti_institution_score", 2023, 0.8125) in got
    assert ("nam-dinh", "dti_institution_rank", 2023, 7) in got


def test_years_over_figures_under_a_ranking_heading():
    # rule card-lines: "2021" over "38/63" under "THỨ HẠNG DTI CỦA ...": a year labels the figure under it
    text = (
        "Hành trình chuyển đổi số của Bến Tre\n"
        "Bến Tre liên tục cải thiện vị trí trên bảng xếp hạng.\n"
        "THỨ HẠNG DTI CỦA BẾN TRE\n"
        "2021\n"
        "38/63\n"
        "2022\n"
        "30/63"
    )
    got = triples(text, province=None, published=IN_2024)
    assert ("ben-tre", "dti_rank", 2021, 38) in got
    assert ("ben-tre", "dti_rank", 2022, 30) in got


def test_a_figure_first_after_a_lead_in_takes_the_caption_under_it():
    # (guard) rule card-lines: "... qua đồ họa:" then "11/63" over "Thứ hạng chung": the figure, then its caption
    # (read so before too; the join keeps it)
    text = (
        "Vĩnh Phúc xếp thứ 11 về chuyển đổi số\n"
        "Kết quả DTI năm 2022 của tỉnh được thể hiện qua đồ họa:\n"
        "11/63\n"
        "Thứ hạng chung của tỉnh"
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert ("vinh-phuc", "dti_rank", 2022, 11) in got


def test_a_row_written_one_cell_per_line_is_no_card():
    # "Giá trị DTI" over two figures: a table's row, one cell per line, left as it is (guard); the card joins a label
    # and one figure, or a figure and a rank with its word
    text = "Chỉ số\nNăm 2022\nNăm 2023\nGiá trị DTI\n0,3912\n0,4205\nThể chế số\n0,8125\nHạng 7"
    cased = Folded.of(text).cased
    assert cased.split("\n")[3:6] == ["Gia tri DTI", "0,3912", "0,4205"]
    assert cased.split("\n")[6] == "The che so:0,8125 Hang 7"


def test_a_time_after_a_colon_is_still_no_value():
    # (guard) the number after "08:" is a time's minutes, not a value: only a word's or a year's colon opens a value
    text = "Sáng nay lúc 08:45, Sở công bố kết quả năm 2023 của Lai Châu: tỷ lệ hồ sơ trực tuyến đạt 61,5%."
    got = triples(text, province=None, published=IN_2024)
    assert not any(f[3] == 45 for f in got)
    assert any(f[:2] == ("lai-chau", "online_dossier_rate") and f[3] == 61.5 for f in got)
