"""Parsing: a landed page (bytes + the charset the crawl recorded) -> a document.

`page` decodes once and dispatches; `article` finds the main text, title and date of an article
page (trafilatura); `tables` reads the facts off a ranking page's HTML tables.
"""

from vndx.parse.article import Article, ArticleParseError, parse_article
from vndx.parse.page import PARSER_VERSION, Document, page_text, parse_article_page, parse_ranking_page

__all__ = ["PARSER_VERSION", "Article", "ArticleParseError", "Document", "page_text", "parse_article",
           "parse_article_page", "parse_ranking_page"]
