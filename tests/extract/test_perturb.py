"""The robustness harness (vndx/extract/perturb.py) and the layout rules it found missing.

Every article here is written by us for the test; the harness itself runs on the dev corpus only in
memory (`make eval CORPUS=../shared/corpus/dev PERTURB=1`)."""

import datetime as dt
import random
import unicodedata

import pytest

from vndx.extract import extract_facts
from vndx.extract.evaluate import Article, Corpus, evaluate_corpus
from vndx.extract.perturb import FAMILIES, KNOWN_GAPS, perturb_corpus, score_families
from vndx.extract.perturb_outlets import OUTLET_FAMILIES

TEXT = (
    "Bình Phước tăng 5 bậc về chuyển đổi số\n"
    "Năm 2022, tỉnh Bình Phước xếp thứ 27/63 về Chỉ số DTI, tăng 5 bậc so với năm 2021, "
    "với 0,4876 điểm. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,35%.\n"
    "Trong đó, chính quyền số xếp thứ 19/63 và xã hội số xếp thứ 41/63.\n"
)
GOLD = [
    {
        "doc": "bp",
        "province": "binh-phuoc",
        "indicator": "dti_rank",
        "period": 2022,
        "value": 27,
        "core": True,
        "evidence": "tỉnh Bình Phước xếp thứ 27/63 về Chỉ số DTI",
    },
    {
        "doc": "bp",
        "province": "binh-phuoc",
        "indicator": "dti_score",
        "period": 2022,
        "value": 0.4876,
        "core": True,
        "evidence": "với 0,4876 điểm",
    },
    {
        "doc": "bp",
        "province": "binh-phuoc",
        "indicator": "online_dossier_rate",
        "period": 2022,
        "value": 62.35,
        "core": True,
        "evidence": "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,35%",
    },
    {
        "doc": "bp",
        "province": "binh-phuoc",
        "indicator": "dti_rank",
        "period": 2021,
        "value": 32,
        "core": False,
        "evidence": "xếp thứ 27/63 ... tăng 5 bậc so với năm 2021",
    },
    {
        "doc": "bp",
        "province": "binh-phuoc",
        "indicator": "dti_digital_government_rank",
        "period": 2022,
        "value": 19,
        "core": True,
        "evidence": "chính quyền số xếp thứ 19/63",
    },
    {
        "doc": "bp",
        "province": "binh-phuoc",
        "indicator": "dti_digital_society_rank",
        "period": 2022,
        "value": 41,
        "core": True,
        "evidence": "xã hội số xếp thứ 41/63",
    },
]
CORPUS = Corpus([Article("bp", TEXT, dt.date(2023, 4, 12), "https://baobinhphuoc.com.vn/news/1/x.html")], GOLD)


def test_the_written_article_scores_full():
    assert evaluate_corpus(CORPUS).f1 == 1.0


# what this article still loses under a family that scores its as-written level on the dev corpus:
# "Năm 2022, ... xếp thứ 27/63 ...\nTỷ lệ hồ sơ ... đạt 62,35%." on a <p> per sentence dates the share
# by the publication year (a paragraph's year does not cross a line break: README, "Tried and not kept")
ARTICLE_GAPS = {"paragraphs": "a paragraph's year does not cross a line break"}


@pytest.mark.parametrize(
    "family",
    [
        pytest.param(f, marks=pytest.mark.xfail(reason=f"known gap: {ARTICLE_GAPS.get(f, f)}", strict=True))
        if f in KNOWN_GAPS or f in ARTICLE_GAPS
        else f
        for f in FAMILIES
        if f not in OUTLET_FAMILIES  # their own article: tests/extract/test_perturb_outlets.py
    ],
)
def test_every_family_keeps_text_and_gold_consistent(family):
    variants, applied = perturb_corpus(CORPUS, family, draws=3)
    assert applied == {"bp"}, f"{family} did not apply to a plain DTI article"
    for art in variants.articles:
        assert art.text != TEXT or art.source_url != CORPUS.articles[0].source_url
    # what the rewrite keeps, the extractor must still read: a failure here is a surface-form rule
    rep = evaluate_corpus(variants)
    assert rep.f1 == 1.0, (family, rep.misses, rep.spurious)


def test_rewrites_are_deterministic():
    a = perturb_corpus(CORPUS, "numbers", draws=2, seed=7)[0]
    b = perturb_corpus(CORPUS, "numbers", draws=2, seed=7)[0]
    assert [x.text for x in a.articles] == [x.text for x in b.articles] and a.gold == b.gold


def test_province_swap_moves_names_host_and_gold_together():
    variants, _ = perturb_corpus(CORPUS, "province", draws=1)
    art, gold = variants.articles[0], variants.gold
    assert "Bình Phước" not in art.text and "binhphuoc" not in art.source_url
    assert {g["province"] for g in gold} != {"binh-phuoc"}


def test_number_shift_keeps_the_rank_change_consistent():
    variants, _ = perturb_corpus(CORPUS, "numbers", draws=1)
    gold = {(g["indicator"], g["period"]): g["value"] for g in variants.gold}
    assert gold[("dti_rank", 2021)] - gold[("dti_rank", 2022)] == 5
    assert gold[("dti_rank", 2022)] != 27 and f"{gold[('dti_rank', 2022)]}/63" in variants.articles[0].text


def test_year_shift_moves_publication_and_periods():
    variants, _ = perturb_corpus(CORPUS, "years", draws=1)
    art = variants.articles[0]
    k = art.published.year - 2023
    assert k != 0 and {g["period"] for g in variants.gold} == {2022 + k, 2021 + k}


def test_score_families_reports_each_family():
    rows = score_families(CORPUS, ["nfd", "headline"], draws=1)
    assert [r.family for r in rows] == ["nfd", "headline"] and all(r.base.f1 == 1.0 for r in rows)


# --- what HTML extraction leaves in a text must not change what is read (found by the harness)

PLAIN = "Năm 2023, tỉnh Hậu Giang xếp thứ 33/63 về chuyển đổi số; xã hội số xếp thứ 12/63."


def _read(text):
    return {(f.province, f.indicator, f.period, f.value) for f in extract_facts(text, doc="d")}


def test_doubled_and_no_break_spaces_inside_a_phrase():
    assert _read(PLAIN.replace("xã hội số", "xã  hội\u00a0 số")) == _read(PLAIN) != set()


def test_zero_width_space_inside_a_phrase():
    assert _read(PLAIN.replace("xã hội số", "xã hội\u200b số")) == _read(PLAIN)


def test_line_broken_inside_a_sentence_is_one_sentence():
    assert _read(PLAIN.replace("; xã hội", ";\nxã hội").replace("xếp thứ 33", "xếp\nthứ 33")) == _read(PLAIN)


def test_decomposed_unicode_keeps_the_spelling_checks():
    # "Bộ" (a ministry) is refused as a subject; in NFD the check must still see the accent
    text = "Năm 2023, Bộ Công Thương đạt 0,71 điểm chỉ số chuyển đổi số. " + PLAIN
    assert _read(unicodedata.normalize("NFD", text)) == _read(text)


def test_evidence_is_the_original_text_when_spaces_are_collapsed():
    text = PLAIN.replace("Hậu Giang", "Hậu  Giang")
    got = extract_facts(text, doc="d")
    assert got and all(f.evidence == text[f.char_start : f.char_end] for f in got)


def test_rng_is_not_global():
    random.seed(1)
    a = perturb_corpus(CORPUS, "whitespace", draws=1)[0].articles[0].text
    random.seed(2)
    assert perturb_corpus(CORPUS, "whitespace", draws=1)[0].articles[0].text == a


# --- surface forms the harness showed a rule depended on (our own sentences)


def test_i_spelling_of_y_syllables():
    text = "Năm 2022, tỉnh Cà Mau có xã hội kĩ thuật số xếp thứ 14/63 và tỉ lệ hồ sơ trực tuyến đạt 55%."
    assert _read(text) == _read(text.replace("kĩ", "kỹ").replace("tỉ lệ", "tỷ lệ")) != set()


def test_province_name_ending_in_tinh_is_not_the_article_province():
    # "Hà Tĩnh đạt" folds like "tỉnh đạt" (the article's own province): the name wins
    text = "Năm 2022, Trà Vinh xếp thứ 20/63 về DTI. Trong nhóm dẫn đầu, Hà Tĩnh đạt 0,52 điểm DTI."
    got = _read(text)
    assert ("ha-tinh", "dti_score", 2022, 0.52) in got and ("tra-vinh", "dti_score", 2022, 0.52) not in got


@pytest.mark.parametrize("verb", ["xếp thứ", "đứng thứ", "giữ vị trí thứ", "đứng ở vị trí thứ", "được xếp hạng"])
def test_comparison_year_owns_the_rank_after_it_whatever_the_verb(verb):
    text = f"Năm 2023, Kon Tum xếp thứ 30/63 về chỉ số DTI, tăng 9 bậc so với năm 2022 {verb} 39/63."
    got = _read(text)
    assert ("kon-tum", "dti_rank", 2022, 39) in got and ("kon-tum", "dti_rank", 2023, 39) not in got


def test_denominator_in_words_keeps_each_rank_with_its_pillar():
    text = "Năm 2022, Hải Dương có CQS xếp thứ 31 trong 63 tỉnh, thành phố; KTS xếp thứ 9 trên 63 tỉnh; XHS thứ 22."
    got = _read(text)
    assert {
        ("hai-duong", "dti_digital_government_rank", 2022, 31.0),
        ("hai-duong", "dti_digital_economy_rank", 2022, 9.0),
        ("hai-duong", "dti_digital_society_rank", 2022, 22.0),
    } <= got
    assert not {f for f in got if f[3] == 63.0}


def test_kts_abbreviation_of_the_digital_economy_share():
    text = "Năm 2022, tỷ trọng KTS của tỉnh Yên Bái chiếm 9,8% GRDP."
    assert ("yen-bai", "digital_economy_grdp_share", 2022, 9.8) in _read(text)
