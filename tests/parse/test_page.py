"""A landed page is decoded once, with the charset the crawl recorded; then parsed."""

from __future__ import annotations

import datetime as dt

from tests.localsite import to_cp1258
from vndx.parse.page import page_text, parse_article_page, select_content

TEXT = "Chuyển đổi số tỉnh Đắk Lắk: chính quyền số và kinh tế số"


def test_the_recorded_charset_decodes_the_page_to_nfc():
    body = to_cp1258(f"<html><body><p>{TEXT}</p></body></html>")  # tones as combining marks
    assert TEXT in page_text(body, "cp1258")


def test_a_wrong_record_falls_back_to_the_crawls_detection():
    body = f'<html><head><meta charset="utf-8"></head><body><p>{TEXT}</p></body></html>'.encode()
    assert TEXT in page_text(body, "no-such-codec")
    assert TEXT in page_text(body, None)


def test_the_content_selector_keeps_only_the_article_and_the_head():
    html = ("<html><head><title>Tiêu đề</title></head><body><nav>Menu</nav>"
            "<article class='content'><p>Bài viết</p></article><footer>Chân trang</footer></body></html>")
    kept = select_content(html, "article.content")
    assert "Bài viết" in kept and "<title>Tiêu đề</title>" in kept
    assert "Menu" not in kept and "Chân trang" not in kept
    assert select_content(html, "div.missing") == html and select_content(html, None) == html


def test_an_article_without_a_date_takes_the_fetch_date():
    html = f"<html><body><article><p>{TEXT}. " + "Nội dung bài viết dài. " * 30 + "</p></article></body></html>"
    doc = parse_article_page(html, url="http://demo/a.html", content_selector=None,
                             fetched_on=dt.date(2024, 10, 9))
    assert TEXT in doc.text and (doc.published, doc.published_basis) == (dt.date(2024, 10, 9), "fetch date")
