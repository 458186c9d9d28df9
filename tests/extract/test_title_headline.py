"""Issue 10, facts stated only in a headline, in our own sentences: a page's title that the main text
left out (its <h1> outside the content block) is read as the headline (rule title-as-headline); a
title the text already opens with is read once; a body fact with the same value wins."""

from __future__ import annotations

import datetime as dt

from vndx.extract import extract_facts

PUB = dt.date(2024, 5, 2)
TITLE = "Hà Nam xếp thứ 12 về chỉ số chuyển đổi số năm 2023"
BODY = (
    "Sáng nay, UBND tỉnh Hà Nam tổ chức hội nghị sơ kết công tác chuyển đổi số quý I.\n"
    "Lãnh đạo tỉnh đề nghị các đơn vị tiếp tục đẩy mạnh cung cấp dịch vụ công trực tuyến."
)


def _facts(text: str, title: str | None):
    return extract_facts(text, doc="t", published=PUB, title=title)


def test_a_title_the_text_left_out_states_its_fact():
    facts = _facts(BODY, TITLE)
    assert [(f.province, f.indicator, f.period, f.value) for f in facts] == [("ha-nam", "dti_rank", 2023, 12.0)]
    assert facts[0].evidence == TITLE
    assert facts[0].char_start is None and facts[0].char_end is None  # not in the text


def test_body_offsets_stay_the_text_s():
    body = BODY + "\nNăm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 61,7%."
    facts = {f.indicator: f for f in _facts(body, TITLE)}
    share = facts["online_dossier_rate"]
    assert body[share.char_start : share.char_end] == share.evidence


def test_a_title_the_text_opens_with_is_read_once():
    with_title = _facts(TITLE + "\n" + BODY, TITLE)
    assert len(with_title) == 1 and with_title[0].char_start == 0


def test_a_body_fact_with_the_same_value_wins_over_the_title():
    body = BODY + "\nNăm 2023, tỉnh Hà Nam xếp thứ 12/63 về chỉ số DTI."
    facts = _facts(body, TITLE)
    assert len(facts) == 1 and facts[0].char_start is not None


def test_a_title_that_is_a_sentence_or_a_single_word_is_not_a_headline():
    assert not _facts(BODY, "Tin tức")
    assert not _facts(BODY, None)


def test_an_undated_headline_rank_over_an_undated_body_is_the_edition_out_that_day():
    # June 2023: DTI 2022 is the latest edition out (DTI 2023 only came out in February 2025)
    text = "Hà Nam tăng 5 bậc, xếp thứ 12 về chuyển đổi số\n" + BODY
    facts = extract_facts(text, doc="t", published=dt.date(2023, 6, 20))
    assert [(f.province, f.indicator, f.period, f.value) for f in facts] == [("ha-nam", "dti_rank", 2022, 12.0)]
