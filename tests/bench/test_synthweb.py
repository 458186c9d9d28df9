"""bench/synthweb.py: the synthetic web the pipeline benchmark crawls serves distinct hosts whose
pages parse, state the facts the generator says they state, and answer 304 when unchanged.
No timing is asserted here (benchmarks measure; tests check behaviour)."""

from __future__ import annotations

import importlib.util
import sys
import urllib.request
from pathlib import Path

import pytest

from scrapers.crawl import crawl_source
from scrapers.registry import source_from_dict
from vndx.extract import extract_facts
from vndx.parse.page import parse_article_page
from vndx.relevance import is_relevant
from vndx.warehouse.db import connect

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


synthweb = _load("synthweb")


@pytest.fixture(scope="module")
def web():
    hosts = synthweb.hosts(3, 36)
    servers, bases = synthweb.start(hosts)
    yield hosts, bases
    for srv in servers:
        srv.shutdown()
        srv.server_close()


def _get(url: str, headers: dict | None = None):
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:  # loopback only
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, b""


def test_hosts_are_distinct_sites_with_both_layouts(web):
    hosts, bases = web
    assert len({h.address for h in hosts}) == 3 and len(set(bases)) == 3
    assert {h.layout for h in hosts} == {"portal", "newspaper"}
    assert len({h.source_id for h in hosts}) == 3 and len({h.province_slug for h in hosts}) == 3
    assert sum(h.articles for h in hosts) == 36
    # each host serves its own pages, not another's
    site0 = synthweb.Site(hosts[0])
    status, _h, _b = _get(bases[0] + site0.metas[0].path(hosts[0]))
    assert status == 200
    other = synthweb.Site(hosts[2]).metas[5].path(hosts[2])
    if other not in site0.by_path:
        assert _get(bases[0] + other)[0] == 404


def test_pages_parse_and_state_the_generated_facts(web):
    hosts, bases = web
    checked = 0
    for host, base in zip(hosts, bases, strict=True):
        source = source_from_dict(synthweb.source_definition(host, base))
        site = synthweb.Site(host)
        for meta in site.metas[: host.articles]:
            status, _h, body = _get(base + meta.path(host))
            assert status == 200
            doc = parse_article_page(body.decode("utf-8"), url=base + meta.path(host),
                                     content_selector=source.content_selector, fetched_on=None)
            assert doc.title == meta.title and doc.published == meta.published
            expected = synthweb.article_body(host, meta)[2]
            found = {(f.indicator, f.period, round(f.value, 4), f.province)
                     for f in extract_facts(doc.text, doc="t", published=doc.published, title=doc.title,
                                            province_hint=host.province_slug)}
            for fact in expected:
                assert (fact.indicator, fact.year, round(fact.value, 4), host.province_slug) in found, (meta, fact)
            checked += len(expected)
    assert checked > 20  # most articles carry 2-4 facts


def test_unchanged_page_answers_304_and_requests_are_counted(web):
    hosts, bases = web
    url = bases[1] + synthweb.Site(hosts[1]).metas[0].path(hosts[1])
    status, headers, _b = _get(url)
    before = synthweb.stats(bases[0])
    assert _get(url, {"If-None-Match": headers["ETag"]})[0] == 304
    after = synthweb.stats(bases[2])  # one counter for the whole web
    assert after["by_status"].get("304", 0) == before["by_status"].get("304", 0) + 1


def test_crawl_lands_the_articles_and_drops_the_noise(web, fresh_db, tmp_path):
    hosts, bases = web
    for host, base in zip(hosts, bases, strict=True):
        source = source_from_dict(synthweb.source_definition(host, base))
        with connect(fresh_db) as conn:
            summary = crawl_source(source, batch_id=f"{source.id}/2026-01-01", conn=conn, raw_root=str(tmp_path),
                                   relevant=is_relevant)
        assert len(summary.pages) == host.articles, (host, summary)
