import json
import subprocess
import sys
from pathlib import Path

import pytest

from vndx.parse import ArticleParseError, parse_article

ROOT = Path(__file__).resolve().parents[2]
PAGE = """<html><head><title>Trà Vinh tăng hạng chuyển đổi số</title>
<meta property="article:published_time" content="2023-06-12T08:00:00+07:00"></head>
<body><nav>Trang chủ | Tin tức</nav><article><h1>Trà Vinh tăng hạng chuyển đổi số</h1>
<p>Năm 2022, chỉ số chuyển đổi số (DTI) của tỉnh Trà Vinh đạt 0,6077 điểm, xếp thứ 11/63 tỉnh, thành phố.</p>
<p>Hiện nay, tỷ lệ người dùng internet trên địa bàn tỉnh đạt 78,5%.</p></article>
<footer>Lượt xem: 665</footer></body></html>"""


def _run(*args):
    return subprocess.run(
        [sys.executable, "-m", "vndx.cli.extract", *map(str, args)], capture_output=True, text=True, cwd=ROOT
    )


def test_cli_txt_html_and_unreadable(tmp_path):
    html = tmp_path / "page.html"
    html.write_text(PAGE, encoding="utf-8")
    txt = ROOT / "tests" / "data" / "seeds" / "004_78f245e71515bd69.txt"
    res = _run("--published", "2023-10-01", txt, tmp_path / "missing.txt", html)
    assert res.returncode == 1
    assert "missing.txt" in res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    keys = {"doc", "province", "indicator", "period", "value", "unit", "out_of", "qualifier", "evidence"}
    assert all(keys <= set(r) for r in rows)
    by_doc = {(r["doc"], r["province"], r["indicator"], r["period"], r["value"]) for r in rows}
    assert ("004_78f245e71515bd69", "bac-giang", "dti_rank", 2022, 9) in by_doc
    assert ("page", "tra-vinh", "dti_score", 2022, 0.6077) in by_doc
    assert ("page", "tra-vinh", "internet_user_rate", 2023, 78.5) in by_doc
    assert all(isinstance(r["period"], int) for r in rows)


def test_cli_doc_and_exit_zero(tmp_path):
    txt = tmp_path / "a.txt"
    txt.write_text("Năm 2023, tỷ lệ người dùng internet của tỉnh Sơn La đạt 80%.", encoding="utf-8")
    res = _run("--doc", "X1", "--published", "2024-01-02", txt)
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [(r["doc"], r["province"], r["value"]) for r in rows] == [("X1", "son-la", 80)]


def test_parse_article_metadata_and_errors():
    art = parse_article(PAGE.encode("utf-8"))
    assert "0,6077" in art.text and "Lượt xem" not in art.text
    assert art.published.isoformat() == "2023-06-12" and art.published_basis == "metadata"
    with pytest.raises(ArticleParseError):
        parse_article(b"<html><body><div></div></body></html>")
    with pytest.raises(ArticleParseError):
        parse_article(b"")
