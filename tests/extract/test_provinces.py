import datetime as dt

import pytest

from vndx.extract.gazetteer import load_gazetteer
from vndx.extract.text import Folded

from .conftest import triples


def _slugs(text):
    f = Folded.of(text)
    return [m.slug for m in load_gazetteer().mentions(f.cased, f.lower)]


@pytest.mark.parametrize(
    "text, slug",
    [
        ("tỉnh Tuyên Quang", "tuyen-quang"),
        ("TP. Hồ Chí Minh", "ho-chi-minh"),
        ("thành phố Cần Thơ", "can-tho"),
        ("Thua Thien Hue", "thua-thien-hue"),
        ("Thừa Thiên - Huế", "thua-thien-hue"),
        ("TP. Huế", "thua-thien-hue"),
        ("Bà Rịa – Vũng Tàu", "ba-ria-vung-tau"),
        ("ĐẮK LẮK", "dak-lak"),
        ("Daklak", "dak-lak"),
    ],
)
def test_province_names(text, slug):
    assert _slugs(text) == [slug]


@pytest.mark.parametrize("text", ["Chủ tịch Hồ Chí Minh", "xã Hòa Bình", "hòa bình", "Thái Bình Dương", "chị Huế"])
def test_not_provinces(text):
    assert _slugs(text) == []


def test_other_province_in_sentence_is_credited_to_it():
    got = triples("Năm 2022, DTI của tỉnh đạt 0,6077 điểm, trong khi Đà Nẵng dẫn đầu cả nước với 0,8002 điểm.")
    assert ("tra-vinh", "dti_score", 2022, 0.6077) in got
    assert ("da-nang", "dti_score", 2022, 0.8002) in got
    # ANNOTATION.md: "dẫn đầu" is rank 1 only for the article's own subject, never for another province
    assert ("da-nang", "dti_rank", 2022, 1) not in got
    assert ("tra-vinh", "dti_score", 2022, 0.8002) not in got


def test_list_of_provinces_gives_one_fact_each():
    got = triples("Năm 2022, DTI của Đà Nẵng là 0,8002, TP. Hồ Chí Minh 0,7163 và Quảng Ninh 0,7024.")
    assert got == {
        ("da-nang", "dti_score", 2022, 0.8002),
        ("ho-chi-minh", "dti_score", 2022, 0.7163),
        ("quang-ninh", "dti_score", 2022, 0.7024),
    }


def test_tinh_ta_resolves_to_article_province():
    text = "Đồng chí Giám đốc Sở tỉnh Lào Cai phát biểu. Năm 2023, tỉnh ta có tỷ lệ người dùng internet đạt 80%."
    assert triples(text, province="bac-giang") == {("bac-giang", "internet_user_rate", 2023, 80)}


def test_article_province_from_title_body_and_host():
    from vndx.extract import extract_facts

    text = "Năm 2023, tỷ lệ người dùng internet đạt 80%."
    by_title = extract_facts(text, doc="d", published=dt.date(2024, 1, 1), title="Sơn La đẩy mạnh chuyển đổi số")
    by_host = extract_facts(text, doc="d", published=dt.date(2024, 1, 1), source_url="https://baolaocai.vn/a.html")
    assert by_title[0].province == "son-la"
    assert by_host[0].province == "lao-cai"
    assert extract_facts(text, doc="d", published=dt.date(2024, 1, 1)) == []  # no province: no fact


def test_values_after_the_merger_take_the_34_era_slug():
    text = "Năm 2025, tỷ lệ người dùng internet của tỉnh Hà Giang đạt 82%."
    assert triples(text, province="ha-giang", published=dt.date(2025, 8, 1)) == {
        ("tuyen-quang", "internet_user_rate", 2025, 82)
    }
    assert ("ha-giang", "internet_user_rate", 2024, 82) in triples(
        text.replace("2025", "2024"), province="ha-giang", published=dt.date(2025, 8, 1)
    )
