"""Rule clause-self-reference (data/gazetteer.yml self_refs), found by the `back-references`
family: "tỉnh" opening a clause before an adverb or a verb ("tỉnh cũng", "tỉnh tiếp tục") is the
article's own province, also after a ministry named in the source. Our own sentences."""

import datetime as dt

from vndx.extract import extract_facts

HEAD = "Bắc Giang đẩy mạnh kinh tế số.\n"


def _read(text):
    facts = extract_facts(HEAD + text, doc="d", published=dt.date(2023, 6, 1))
    return {(f.province, f.indicator, f.period, f.value) for f in facts}


def test_the_province_after_a_ministry_named_in_the_source():
    text = (
        "Theo báo cáo năm 2022 do Ban Kinh tế Trung ương và Bộ Thông tin và Truyền thông đồng bảo trợ, "
        "tỉnh cũng có tỷ trọng kinh tế số trong GRDP cao nhất cả nước với 31,2%."
    )
    assert ("bac-giang", "digital_economy_grdp_share", 2022, 31.2) in _read(text)


def test_the_ministry_itself_is_still_refused():
    text = "Năm 2022, Bộ Thông tin và Truyền thông đạt 0,7012 điểm chỉ số chuyển đổi số."
    assert not {f for f in _read(text) if f[3] == 0.7012}


def test_tinh_tiep_tuc_is_the_article_province():
    assert ("bac-giang", "dti_rank", 2022, 12.0) in _read("Năm 2022, tỉnh tiếp tục xếp thứ 12/63 về chỉ số DTI.")
