"""Discovery: safe feeds, gzipped sitemap indexes, listing pagination, relevance filter, date bound."""

from __future__ import annotations

import gzip
from dataclasses import replace
from datetime import date

import pytest
from faultsite import BOMB, base_url, fault_site

from scrapers.discovery import DiscoveryParseError, discover, parse_feed, parse_sitemap
from scrapers.registry import Discovery, get_source, source_from_dict
from vndx.extract.text import fold_words as fold
from vndx.relevance import is_relevant


def test_entity_expansion_bomb_is_refused():
    with pytest.raises(DiscoveryParseError, match="unsafe XML"):
        parse_feed(BOMB, "http://x/")


def test_gzip_bomb_sitemap_is_refused():
    bomb = gzip.compress(b"<urlset>" + b" " * (60 * 1024 * 1024) + b"</urlset>")
    with pytest.raises(DiscoveryParseError, match="inflates beyond"):
        parse_sitemap(bomb, "http://x/")


def test_atom_feed_items():
    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>
      <title>Kinh te so tang truong</title><link rel="alternate" href="/a/1.html"/>
      <published>2023-10-10T08:00:00+07:00</published><summary>&lt;p&gt;tom tat&lt;/p&gt;</summary></entry></feed>"""
    [link] = parse_feed(atom, "http://bao.example.vn/rss")
    assert (link.url, link.title, link.published, link.snippet) == (
        "http://bao.example.vn/a/1.html", "Kinh te so tang truong", date(2023, 10, 10), "tom tat")


def test_relevance_is_diacritics_insensitive():
    assert fold("Đắk Lắk: CHUYỂN ĐỔI SỐ") == "dak lak chuyen doi so"
    assert is_relevant("Tỉnh đẩy mạnh Chuyển Đổi Số")
    assert is_relevant(None, "xếp hạng DTI năm 2022")
    assert is_relevant("/tin-tuc/kinh te so 2023")
    assert not is_relevant("Lễ hội Thành Tuyên thu hút du khách")
    assert not is_relevant("Khởi động dự án số hóa")  # "so hoa" is not a DX keyword match by accident


def test_feed_bomb_on_the_wire_is_a_parse_error_row(quick_fetcher):
    with fault_site() as server:
        base = base_url(server)
        src = source_from_dict({"id": "bomb", "publisher": "x", "kind": "newspaper", "base_urls": [base],
                                "discovery": {"feeds": [base + "/bomb.xml"]}, "crawl_delay": 0})
        logged = []
        found = discover(src, quick_fetcher, on_fetch=lambda r, o: logged.append((r.url, o)))
        assert found.links == []
        assert logged[0][0].endswith("/bomb.xml") and logged[0][1][0] == "parse_error"


def test_gzipped_sitemap_index_relevance_and_date_bound(quick_fetcher):
    with fault_site() as server:
        base = base_url(server)
        src = source_from_dict({"id": "sm", "publisher": "x", "kind": "portal", "base_urls": [base],
                                "discovery": {"sitemaps": [base + "/sitemap_index.xml.gz"]},
                                "crawl_delay": 0})
        found = discover(src, quick_fetcher, since=date(2023, 1, 1), until=date(2023, 12, 31),
                         relevant=is_relevant)
        assert {lk.url.rsplit("/", 1)[1] for lk in found.links} == {
            "chuyen-doi-so-2023.html", "le-hoi-mua-xuan.html", "chuyen-doi-so-2021.html"}
        assert [lk.url.rsplit("/", 1)[1] for lk in found.kept] == ["chuyen-doi-so-2023.html"]
        assert [lk.url.rsplit("/", 1)[1] for lk in found.irrelevant] == ["le-hoi-mua-xuan.html"]
        assert [lk.url.rsplit("/", 1)[1] for lk in found.out_of_range] == ["chuyen-doi-so-2021.html"]
        assert server.hits["/ok/chuyen-doi-so-2023.html"] == 0  # discovery fetched no article


def test_demo_listing_pagination_feed_and_sitemap(demo_env, quick_fetcher):
    src = get_source("demo-doingoai-tuyenquang")
    found = discover(src, quick_fetcher, relevant=is_relevant)
    kept = {lk.url.rsplit("/", 1)[1] for lk in found.kept}
    assert kept == {"kho-may-cung-phai-lam-3861.html"}  # only on listing page 2; fillers filtered out
    assert len(found.irrelevant) == 3
    [article] = found.kept
    assert article.published == date(2023, 10, 10) and article.title == "Khó mấy cũng phải làm"
    assert len(found.links) == 4  # feed, sitemap and listing entries of the same URLs merged


def test_demo_listing_pagination_alone(demo_env, quick_fetcher):
    src = get_source("demo-doingoai-tuyenquang")
    listing_only = replace(src, discovery=Discovery(listings=src.discovery.listings))
    found = discover(listing_only, quick_fetcher, relevant=is_relevant)
    assert {lk.via for lk in found.links} == {"listing"}
    assert [lk.url.rsplit("/", 1)[1] for lk in found.kept] == ["kho-may-cung-phai-lam-3861.html"]
    assert len(found.links) == 4  # 2 per page, 2 pages


def test_demo_date_bound_excludes_older_articles(demo_env, quick_fetcher):
    found = discover(get_source("demo-doingoai-tuyenquang"), quick_fetcher, since=date(2023, 10, 11),
                     relevant=is_relevant)
    assert found.kept == []
    assert [lk.url.rsplit("/", 1)[1] for lk in found.out_of_range if "kho-may" in lk.url] == [
        "kho-may-cung-phai-lam-3861.html"]


def test_without_a_relevance_predicate_every_in_range_link_is_kept(demo_env, quick_fetcher):
    """scrapers/ knows no topic: the keywords come from the caller (vndx.relevance)."""
    found = discover(get_source("demo-doingoai-tuyenquang"), quick_fetcher)
    assert found.irrelevant == [] and len(found.kept) == 4
