"""The one scan of a sentence for the catalog's keywords and the binding rules' gate words
(``extractor._sentence_words``) finds, split by the two lists, what each list's own finder finds: on every sentence of
our probe articles and on random runs of their words and letters."""

from __future__ import annotations

import random
from pathlib import Path

from vndx.extract.binding_rules import _GATE_WORDS, GATE_WORDS
from vndx.extract.catalog import load_catalog
from vndx.extract.extractor import _sentence_words
from vndx.extract.sentences import split_sentences
from vndx.extract.text import Folded

DATA = Path(__file__).resolve().parent / "data" / "probe_articles"


def _texts() -> list[str]:
    return [p.read_text("utf-8") for p in sorted(DATA.glob("*.txt"))]


def _agree(finder, keywords, gates, catalog, lower: str, s: int, e: int) -> None:
    words = finder.found(lower, s, e)
    assert words & keywords == catalog.keywords_in(lower, s, e)
    assert words & gates == _GATE_WORDS.found(lower, s, e)


def test_one_scan_finds_what_the_two_finders_find():
    catalog = load_catalog()
    finder, keywords, gates = _sentence_words(catalog)
    assert finder is not None and gates == GATE_WORDS and keywords == catalog.keyword_finder.words
    texts = _texts()
    assert texts
    for text in texts:
        folded = Folded.of(text)
        for sent in split_sentences(folded.cased):
            _agree(finder, keywords, gates, catalog, folded.lower, sent.start, sent.end)
    rng = random.Random(7)
    pieces = sorted(keywords | gates) + list("abcdeghiklmnopqrstuvxy ,.;()%") + ["0,5", "2023"]
    for _ in range(2000):
        lower = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        s = rng.randint(0, len(lower))
        _agree(finder, keywords, gates, catalog, lower, s, rng.randint(s, len(lower)))
