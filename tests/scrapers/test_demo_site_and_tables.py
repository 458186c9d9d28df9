"""The demo site keeps the seed text exactly, and serves the registries' pages (the ranking page's
tables are read in tests/parse/test_tables.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import trafilatura
from bs4 import BeautifulSoup
from protego import Protego

from scrapers.registry import load_sources
from scripts import build_demo_site as build

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "tests" / "data" / "seeds"
SITE = REPO / "scrapers" / "demo" / "site"
GOLD = {json.loads(x)["doc"]: json.loads(x) for x in
        (REPO / "tests/data/gold/seed_docs.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()}


def _article_file(doc: str) -> Path:
    layout = build.SEED_LAYOUT[doc]
    pub = build.PUBLISHERS[layout["pub"]]
    title = (SEEDS / f"{doc}.txt").read_text(encoding="utf-8").split("\n")[layout["title"] - 1].strip()
    return SITE / build.article_url(pub, title, layout["aid"]).lstrip("/")


@pytest.mark.parametrize("doc", sorted(build.SEED_LAYOUT))
def test_demo_article_keeps_seed_text_and_date(doc):
    layout = build.SEED_LAYOUT[doc]
    lines = (SEEDS / f"{doc}.txt").read_text(encoding="utf-8").split("\n")
    soup = BeautifulSoup(_article_file(doc).read_text(encoding="utf-8"), "html.parser")
    body = [el.get_text() for el in soup.select("article *") if el.name in ("p", "h2", "figcaption")]
    expected = build.lines_between(lines, layout["body"])
    assert [b for b in body if b in expected] == expected  # every body line, in order, verbatim
    assert soup.select_one("h1").get_text() == lines[layout["title"] - 1].strip()
    published = GOLD[doc]["published"]
    assert soup.select_one('meta[property="article:published_time"]')["content"].startswith(published)
    y, m, d = published.split("-")
    assert f"{d}/{m}/{y}" in soup.select_one(".dateline").get_text()
    assert soup.select_one("nav.main-menu") and soup.select_one(".breadcrumb")
    assert soup.select_one(".related a") and soup.select_one(".comment-box form") and soup.select_one("footer")


def test_seed_001_chrome_is_in_the_footer_not_the_article():
    html = _article_file("001_cd9b212c73a357c5").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    footer, article = soup.select_one("footer").get_text(" "), soup.select_one("article").get_text(" ")
    for chrome in ("Số người online", "165", "Số lượt truy cập", "181/GP-TTĐT"):
        assert chrome in footer
    assert "Số người online" not in article and "Giấy phép" not in article
    main = trafilatura.extract(html) or ""
    assert main.startswith("Năm 2023 là năm bản lề") and "Số người online" not in main


def test_demo_robots_disallows_admin_and_search():
    rules = Protego.parse((SITE / "robots.txt").read_text())
    assert not rules.can_fetch("http://h/admin/index.html", "vndx")
    assert not rules.can_fetch("http://h/baodaklak/tim-kiem/chuyen-doi-so.html", "vndx")
    assert rules.can_fetch("http://h/baodaklak/chinh-tri/", "vndx")


def test_registries_load_and_demo_base_is_overridable(monkeypatch):
    monkeypatch.setenv("VNDX_DEMO_BASE_URL", "http://127.0.0.1:9999")
    demo = load_sources("demo")
    assert {s.kind for s in demo} == {"portal", "newspaper", "ranking"}
    assert all(s.checked and u.startswith("http://127.0.0.1:9999/") for s in demo for u in s.base_urls)
    live = load_sources("live")
    assert len(live) >= 63 and not any(s.checked for s in live)
    assert {p.slug for p in __import__("vndx.reference", fromlist=["x"]).load_provinces()} <= {
        s.province for s in live if s.kind == "portal"}
