"""Fact extraction: Vietnamese indicator reporting -> (province, indicator, period, value) facts.

``extract_facts`` turns an article's text into ``Fact`` records. Getting that text out of a whole
HTML page is parsing: see ``vndx.parse``.
"""

from vndx.extract.extractor import extract_facts
from vndx.extract.fact import EXTRACTOR_VERSION, Fact

__all__ = ["EXTRACTOR_VERSION", "Fact", "extract_facts"]
