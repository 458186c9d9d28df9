"""Fact extraction: Vietnamese indicator reporting -> (province, indicator, period, value) facts.

``extract_facts`` turns an article's text into ``Fact`` records; ``parse_article`` gets that text
(title, publication date) out of a whole HTML page with trafilatura.
"""

from vndx.extract.article import Article, ArticleParseError, parse_article
from vndx.extract.extractor import extract_facts
from vndx.extract.fact import EXTRACTOR_VERSION, Fact

__all__ = ["EXTRACTOR_VERSION", "Article", "ArticleParseError", "Fact", "extract_facts", "parse_article"]
