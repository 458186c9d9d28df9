"""The families that model how real outlets vary (vndx/extract/perturb_outlets.py): each changes
the text of an article we wrote for the test and keeps its gold consistent. Whether the extractor
still reads the rewritten article is the family's score on the dev corpus (`make eval
CORPUS=../shared/corpus/dev PERTURB=asides,...`), held by tests/extract/test_dev_corpus.py."""

import datetime as dt
import random
import re

import pytest

from vndx.extract.evaluate import Article
from vndx.extract.perturb_outlets import OUTLET_FAMILIES, fact_spots

TEXT = (
    "Kiên Giang cải thiện thứ hạng chuyển đổi số\n"
    "Năm 2023, chỉ số DTI của tỉnh Kiên Giang đạt 0,5412 điểm, xếp thứ 7/63 tỉnh, thành phố.\n"
    "Ở trụ cột chính quyền số, tỉnh xếp thứ 11/63. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 48,6%.\n"
    "Năm 2023, tỷ lệ người dân trưởng thành có điện thoại thông minh đạt 83,2%.\n"
    "Ông Trần Văn B cho biết tỉnh sẽ tiếp tục đầu tư hạ tầng số.\n"
)


def _g(code, value, evidence, core=True):
    return {"doc": "kg", "province": "kien-giang", "indicator": code, "period": 2023, "value": value,
            "core": core, "evidence": evidence}  # fmt: skip


GOLD = [
    _g("dti_score", 0.5412, "chỉ số DTI của tỉnh Kiên Giang đạt 0,5412 điểm"),
    _g("dti_rank", 7, "xếp thứ 7/63 tỉnh, thành phố"),
    _g("dti_digital_government_rank", 11, "trụ cột chính quyền số, tỉnh xếp thứ 11/63"),
    _g("online_dossier_rate", 48.6, "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 48,6%"),
    _g("smartphone_user_rate", 83.2, "tỷ lệ người dân trưởng thành có điện thoại thông minh đạt 83,2%"),
]
ARTICLE = Article("kg", TEXT, dt.date(2024, 5, 2), "https://baokiengiang.vn/a/1.html")


def _variants(family, n=12):
    out = []
    for seed in range(n):
        got = OUTLET_FAMILIES[family](ARTICLE, [dict(g) for g in GOLD], random.Random(seed))
        if got:
            out.append(got)
    return out


def test_every_gold_value_of_the_article_has_its_spot():
    spots = fact_spots(TEXT, GOLD)
    assert sorted(s.fact["indicator"] for s in spots) == sorted(g["indicator"] for g in GOLD)
    for s in spots:
        assert TEXT[s.sent_start : s.sent_end].count(TEXT[s.start : s.end]) >= 1
        assert "\n" not in TEXT[s.sent_start : s.sent_end]


FIRST_BATCH = ["asides", "distractors", "rank-forms", "indicator-forms", "year-position", "unit-words"]
THIRD_BATCH = ["regional-asides", "hedges", "attributions", "relative-years", "joined-sentences", "quoted-names"]


def test_every_family_is_tested_on_one_of_the_two_articles():
    on_others = {"back-references", "movement", "respectively", "as-of-dates"}
    assert set(OUTLET_FAMILIES) == set(FIRST_BATCH + THIRD_BATCH) | on_others


@pytest.mark.parametrize("family", FIRST_BATCH + THIRD_BATCH)
def test_each_family_rewrites_the_article(family):
    variants = _variants(family)
    assert variants, f"{family} never applied to a plain article"
    assert all(art.text != TEXT for art, _ in variants)


@pytest.mark.parametrize(
    "family", ["distractors", "rank-forms", "indicator-forms", "year-position", "unit-words", *THIRD_BATCH]
)
def test_gold_unchanged_and_every_value_still_written(family):
    for art, gold in _variants(family):
        assert gold == GOLD
        for g in GOLD:
            if g["indicator"].endswith("_rank") and g["value"] <= 10:
                continue  # may be written as an ordinal word
            written = f"{g['value']}".replace(".", ",")
            assert re.search(rf"(?<![\d,]){re.escape(written)}(?![\d])", art.text), (family, written)


def test_asides_add_numbers_that_are_not_values_and_keep_the_facts():
    seen_kinds = set()
    for art, gold in _variants("asides", 30):
        added = art.text
        pieces = ["(số liệu tính đến ngày", ", theo Quyết định số", ", theo Báo cáo số", "điểm phần trăm"]
        pieces += ["% so với năm trước", "bậc so với năm trước", "tuổi trở lên", "hồ sơ được tiếp nhận"]
        for piece in pieces:
            if piece in added:
                seen_kinds.add(piece)
        core = [g for g in gold if g["core"]]
        assert core == GOLD
        for g in gold[len(GOLD) :]:  # only "tăng N bậc" adds a fact: the optional previous-year rank
            assert not g["core"] and g["period"] == 2022 and g["indicator"].endswith("_rank")
            n = int(re.search(r"tăng (\d+) bậc", art.text).group(1))
            assert g["value"] in {7 + n, 11 + n}
    assert len(seen_kinds) >= 5, seen_kinds


def test_distractors_name_no_other_province_and_open_no_paragraph_context():
    for art, _ in _variants("distractors"):
        extra = art.text
        for line in TEXT.split("\n"):
            extra = extra.replace(line, "", 1)
        assert "Kiên Giang" not in extra
        assert re.search(r"cả nước|trung bình|bình quân|khu vực|vùng|Sở |cấp huyện", art.text)


def test_rank_forms_write_national_field_in_words_or_an_ordinal():
    texts = " ".join(art.text for art, _ in _variants("rank-forms", 20))
    assert re.search(r"thứ bảy|hạng 7 |thứ 7 (?:cả nước|toàn quốc|trong cả nước)", texts)
    assert not re.search(r"(?:cả nước|toàn quốc) tỉnh, thành phố", texts)  # the denominator's noun goes too


def test_indicator_forms_use_other_names_of_the_same_index():
    texts = " ".join(art.text for art, _ in _variants("indicator-forms", 20))
    assert re.search(r"đánh giá (?:mức độ )?chuyển đổi số|xếp hạng chuyển đổi số|CĐS cấp tỉnh|DTI cấp tỉnh", texts)
    assert re.search(r"trụ cột chính quyền số|chính quyền số \(CQS\)|chỉ số chính quyền số", texts, re.I)
    assert "mức độ 4" in texts


def test_year_position_moves_the_leading_year_after_the_index_or_to_the_end():
    for art, _ in _variants("year-position"):
        assert "Chỉ số DTI năm 2023 của tỉnh" in art.text or "83,2% trong năm 2023" in art.text
        assert not art.text.count("Năm 2023, ") == TEXT.count("Năm 2023, ")
        assert art.text.count("2023") == TEXT.count("2023")


def test_unit_words_spell_percent_and_score_units():
    texts = " ".join(art.text for art, _ in _variants("unit-words"))
    assert "phần trăm" in texts


# --- the second batch: back-references, movement, respectively (an article of its own)

TEXT2 = (
    "Hậu Giang công bố kết quả chuyển đổi số\n"
    "Năm 2022, tỉnh Hậu Giang xếp thứ 30/63 về chỉ số DTI, tăng 6 bậc so với năm 2021. Trong đó, "
    "chính quyền số xếp thứ 22/63, kinh tế số xếp thứ 41/63 và xã hội số xếp thứ 19/63.\n"
    "Năm 2022, tỷ lệ hồ sơ trực tuyến của Hậu Giang đạt 51,3%.\n"
)


def _h(code, value, evidence, period=2022, core=True):
    return {"doc": "hg", "province": "hau-giang", "indicator": code, "period": period, "value": value,
            "core": core, "evidence": evidence}  # fmt: skip


GOLD2 = [
    _h("dti_rank", 30, "tỉnh Hậu Giang xếp thứ 30/63 về chỉ số DTI"),
    _h("dti_rank", 36, "xếp thứ 30/63 ... tăng 6 bậc so với năm 2021 -> derived", period=2021, core=False),
    _h("dti_digital_government_rank", 22, "chính quyền số xếp thứ 22/63"),
    _h("dti_digital_economy_rank", 41, "kinh tế số xếp thứ 41/63"),
    _h("dti_digital_society_rank", 19, "xã hội số xếp thứ 19/63"),
    _h("online_dossier_rate", 51.3, "tỷ lệ hồ sơ trực tuyến của Hậu Giang đạt 51,3%"),
]
ARTICLE2 = Article("hg", TEXT2, dt.date(2023, 6, 2), "https://baohaugiang.com.vn/a/2.html")


def _variants2(family, n=12):
    got = [OUTLET_FAMILIES[family](ARTICLE2, [dict(g) for g in GOLD2], random.Random(seed)) for seed in range(n)]
    return [x for x in got if x]


def test_back_references_keep_the_first_mention_and_the_gold():
    variants = _variants2("back-references")
    assert variants
    for art, gold in variants:
        assert gold == GOLD2 and art.text.startswith("Hậu Giang công bố")
        assert art.text.count("Hậu Giang") < TEXT2.count("Hậu Giang")
        assert re.search(r"tỉnh xếp thứ 30/63|của tỉnh đạt 51,3%", art.text)


def test_back_references_need_one_province_for_every_core_fact():
    other = [dict(g, province="can-tho") if g["indicator"] == "online_dossier_rate" else dict(g) for g in GOLD2]
    assert OUTLET_FAMILIES["back-references"](ARTICLE2, other, random.Random(0)) is None


def test_movement_writes_the_previous_rank_and_makes_it_core():
    variants = _variants2("movement")
    assert variants
    for art, gold in variants:
        assert re.search(r"so với năm 2021 \((?:xếp thứ 36/63|đứng thứ 36|khi đó xếp hạng 36)\)", art.text)
        prev = [g for g in gold if g["period"] == 2021]
        assert len(prev) == 1 and prev[0]["core"] and prev[0]["value"] == 36


def test_respectively_writes_the_pillars_as_one_list_in_order():
    variants = _variants2("respectively")
    assert variants
    for art, gold in variants:
        assert gold == GOLD2
        assert re.search(r"chính quyền số, kinh tế số và xã hội số [^\d]+ 22/63, 41/63 và 19/63", art.text)


def test_regional_asides_follow_a_national_rank_that_closes_its_clause():
    variants = _variants("regional-asides")
    assert variants
    for art, _ in variants:
        assert re.search(
            r"(?:7/63 tỉnh, thành phố|11/63)(?: và thứ \w+ khu vực| \(đứng thứ \d trong vùng|, năm thứ \d liên tiếp"
            r"|, xếp thứ \d trong các tỉnh)",
            art.text,
        ), art.text


def test_hedges_go_only_after_a_verb_of_value():
    texts = [art.text for art, _ in _variants("hedges")]
    assert any(re.search(r"đạt (?:khoảng|gần|hơn|trên|xấp xỉ) (?:0,5412|48,6%|83,2%)", t) for t in texts)
    assert all("thứ 7/63" in t for t in texts)  # ranks are never hedged


def test_attributions_name_the_source_after_the_fact_and_keep_it():
    for art, gold in _variants("attributions"):
        assert gold == GOLD and re.search(r"(?:cho biết|nhấn mạnh|thông tin|UBND tỉnh)\.", art.text)


TEXT3 = "Long An đẩy mạnh dịch vụ công\nTỷ lệ hồ sơ trực tuyến của tỉnh Long An đạt 72,4%.\n"
GOLD3 = [
    {"doc": "la", "province": "long-an", "indicator": "online_dossier_rate", "period": 2024, "value": 72.4,
     "core": True, "evidence": "Tỷ lệ hồ sơ trực tuyến của tỉnh Long An đạt 72,4%"}
]  # fmt: skip


def test_as_of_dates_put_a_cut_off_date_of_the_value_year_before_the_publication():
    art3 = Article("la", TEXT3, dt.date(2024, 9, 10), None)
    got = [OUTLET_FAMILIES["as-of-dates"](art3, [dict(g) for g in GOLD3], random.Random(n)) for n in range(8)]
    got = [x for x in got if x]
    assert got
    for art, gold in got:
        m = re.search(r"Tính đến (?:ngày \d+/|hết tháng )(\d+)/2024, tỷ lệ hồ sơ", art.text)
        assert m and 1 <= int(m.group(1)) < 9 and gold == GOLD3


def test_as_of_dates_never_date_a_ranking():
    assert OUTLET_FAMILIES["as-of-dates"](ARTICLE2, [dict(g) for g in GOLD2], random.Random(0)) is None


def test_relative_years_count_from_the_publication_and_spare_the_headline():
    for art, gold in _variants("relative-years"):
        assert gold == GOLD and art.text.split("\n")[0] == TEXT.split("\n")[0]
        assert re.search(r"[Nn]ăm (?:ngoái|trước)", art.text) and "năm nay" not in art.text.lower()


def test_joined_sentences_continue_in_lower_case_after_a_joint():
    for art, gold in _variants("joined-sentences"):
        assert gold == GOLD
        assert re.search(r"11/63(?:;|, đồng thời|, trong khi) tỷ lệ hồ sơ trực tuyến", art.text)


def test_quoted_names_quote_a_pillar_standing_before_its_verb():
    texts = [art.text for art, gold in _variants("quoted-names") if gold == GOLD]
    assert texts and all(re.search(r"[“\"]chính quyền số[”\"], tỉnh xếp thứ 11", t) for t in texts)
