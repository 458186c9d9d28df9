from pathlib import Path

import pytest

from vndx.extract import extract_facts

from .conftest import triples

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mục tiêu đến năm 2025, 100% hồ sơ thủ tục hành chính được xử lý trực tuyến.",
        "Phấn đấu đến năm 2025, tỷ lệ người dùng internet đạt 95%.",
        "Đến năm 2026, tỷ lệ hộ gia đình có cáp quang đạt 90%.",
        "Tỉnh cần nâng tỷ lệ người dùng internet lên 95%.",
        "Tỷ lệ người dùng internet bình quân cả nước đạt 79,1%.",
        "Thực hiện Quyết định số 3330/QĐ-UBND ngày 29/11/2021 về chuyển đổi số giai đoạn 2021-2025.",
        "Lượt xem: 665",
        "Số người online 165, số lượt truy cập 23534",
        "Giấy phép xuất bản số: 181/GP-TTĐT do Cục Thông tin điện tử cấp ngày 01/10/2019",
        "Hội nghị có 250 đại biểu tham dự, trong đó có lãnh đạo Sở Thông tin và Truyền thông.",
        "Năm 2023, chỉ số DTI của tỉnh tăng 10 bậc so với năm 2022.",
        "Tỷ lệ hộ nghèo ở đây còn cao, chiếm trên 60%.",
        "Chỉ số thành phần “Xây dựng chính quyền điện tử, chính quyền số” dẫn đầu toàn quốc.",
        "Tỉnh thuộc top 5 tỉnh dẫn đầu về chỉ số ICT Index.",
        "Việt Nam xếp thứ 86/193 quốc gia về Chính phủ điện tử.",
        "Tỷ lệ người dùng internet tăng 5% so với năm 2023.",
    ],
)
def test_not_a_fact(sentence):
    assert triples(sentence) == set()


def test_seed_001_footer_chrome_gives_no_fact():
    text = (SEEDS / "001_cd9b212c73a357c5.txt").read_text(encoding="utf-8")
    footer_start = text.index("Liên kết website")
    facts = extract_facts(text, doc="001", province_hint="tuyen-quang")
    assert facts  # the body has facts ...
    assert all(f.char_end <= footer_start for f in facts)  # ... the footer none
    footer_only = extract_facts(text[footer_start:], doc="001", province_hint="tuyen-quang")
    assert footer_only == []


def test_change_is_not_a_value():
    got = triples("Năm 2023, chỉ số DTI của tỉnh đạt 0,7068 điểm, xếp thứ 20/63, tăng 15 bậc.")
    assert got == {("tra-vinh", "dti_score", 2023, 0.7068), ("tra-vinh", "dti_rank", 2023, 20)}
