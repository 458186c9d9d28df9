"""Issue 10, in our own sentences, the classes six more probe corpora (round 9, written by helpers
who had not read the extractor) exposed."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

PUB = dt.date(2025, 10, 30)


def test_symbol_bullets_are_items_not_headings():
    text = (
        "Quảng Trị công bố kết quả DTI 2024\n\n"
        "Tỉnh Quảng Trị đạt 0,5512 điểm, xếp thứ 15/34.\n\n"
        "► 9 tháng năm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 71,2%\n"
        "✔️ Năm 2025, tỷ lệ thanh toán trực tuyến hồ sơ đạt 48,5%\n"
    )
    got = triples(text, province="quang-tri", published=PUB)
    assert ("quang-tri", "online_dossier_rate", 2025, 71.2) in got
    assert ("quang-tri", "online_payment_rate", 2025, 48.5) in got


def test_a_symbol_led_first_line_is_still_the_title():
    text = "🔴 Tỉnh Quảng Trị xếp thứ 15/34 về DTI 2024\n\nBộ vừa công bố kết quả chỉ số chuyển đổi số."
    got = triples(text, published=PUB)
    assert ("quang-tri", "dti_rank", 2024, 15.0) in got
