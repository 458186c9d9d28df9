"""The indicator catalog as data: codes from ``indicators.csv``, phrasings from ``data/phrases.yml``.

A ``Topic`` is what a sentence talks about ("chỉ số chuyển đổi số", "tỷ lệ người dùng internet");
its ``codes`` say which catalog code a number takes for each reading (rank, score, percent, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from vndx.extract.cues import WordFinder
from vndx.extract.scan import word_start_scanner
from vndx.extract.text import fold, y_spelling
from vndx.reference import Indicator, load_indicators

# the words a phrasing may skip ("~"): never across ";", a line, a share, nor the start of another
# measure ("tỷ lệ hồ sơ trực tuyến, tỷ lệ thanh toán trực tuyến và tỷ lệ số hóa ..." lists three)
GAP = r"(?:(?!ty le )[^;\n%]){0,60}?"
LONG_GAP = r"(?:(?!ty le )[^;\n%]){0,110}?"

# how a number reads -> (measure, unit) of the catalog code it can fill
READINGS: dict[str, tuple[str, str]] = {
    "rank": ("rank", "rank"),
    "score": ("value", "score"),
    "percent": ("value", "percent"),
    "count": ("value", "count"),
    "change": ("change", "score_delta"),
    "attainment": ("attainment", "percent"),
}


def compile_phrase(phrase: str) -> str:
    """A phrasing from phrases.yml -> a regex on folded text (see the file's header)."""
    rx = y_spelling(fold(phrase))
    rx = rx.replace("~~", "\x00").replace("~", GAP).replace("\x00", LONG_GAP)
    rx = re.sub(r"(?<![a-z\\])t[iy](?![a-z])", "t[iy]", rx)
    rx = rx.replace(" ?", r"\s*").replace(" ", r"\s+")  # (" ?": a space or none, "KTS/GRDP", "KTS / GRDP")
    return rf"(?:{_percent_in_words(rx)})(?![a-z])"


def _percent_in_words(rx: str) -> str:
    """Rule percent-in-words: a "%" a phrasing expects after a number also reads as the unit
    written out ("70,91 phần trăm tổng số hồ sơ", as numbers.py already reads the value); a "%"
    inside a character class (a gap that never crosses a percent) stays as it is."""
    out, depth, i = [], 0, 0
    while i < len(rx):
        ch = rx[i]
        if ch == "\\":
            out.append(rx[i : i + 2])
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        out.append(r"(?:%|phan\s+tram\b)" if ch == "%" and not depth else ch)
        i += 1
    return "".join(out)


# the DTI's three pillars (topic names): naming them speaks of the DTI (rules doc-topic, pillars-follow)
DTI_PILLARS = frozenset({"dti_digital_government", "dti_digital_economy", "dti_digital_society"})


def is_dti_part(topic) -> bool:
    """A pillar or main index of the DTI (the cybersecurity index among them), not the index itself."""
    return topic.name.startswith("dti_") or topic.name == "cybersecurity_index"


@dataclass
class Topic:
    name: str
    regex: re.Pattern[str] | None
    codes: dict[str, Indicator] = field(default_factory=dict)  # reading -> indicator
    count_nouns: tuple[str, ...] = ()
    context: re.Pattern[str] | None = None
    attainment_cue: re.Pattern[str] | None = None
    order: int = 0
    keywords: tuple[str, ...] = ()
    not_of: tuple[str, ...] = ()  # nouns a percent may not be of ("86% doanh nghiệp có tài khoản VNeID")
    # the count is of the things with a quality, counted apart after "trong đó" (rule total-before-qualified-part)
    counts_part: bool = False
    # the regex, tried only at word starts with a letter a phrasing can begin with (scan.py)
    starts: re.Pattern[str] | None = None

    def finditer(self, text: str, start: int, end: int, found: set[str] | None = None):
        """Matches that start at a word boundary (none when no keyword occurs in the span; ``found``:
        the keywords known to occur there)."""
        if self.regex is None:
            return
        if self.keywords:
            if found is not None:
                if found.isdisjoint(self.keywords):
                    return
            else:
                span = text[start:end]  # (one copy of the span for the keywords: not a call of find each)
                if not any(k in span for k in self.keywords):
                    return
        pos = start
        if self.starts is not None:
            # fast path: the phrasings open with optional words or a look-behind, so a plain
            # ``search`` runs the whole regex at every character; ``starts`` is the same regex behind
            # a look-ahead for its first letters and a word start (scan.py), checked at C speed
            search = self.starts.search
            while (m := search(text, pos, end)) is not None:
                yield m
                pos = max(m.end(), m.start() + 1)
            return
        while pos < end:
            m = self.regex.search(text, pos, end)
            if m is None:
                return
            if m.start() > 0 and text[m.start() - 1].isalnum():
                pos = m.start() + 1
                continue
            yield m
            pos = max(m.end(), m.start() + 1)

    def code_for(self, reading: str) -> Indicator | None:
        return self.codes.get(reading)


@dataclass
class Catalog:
    topics: list[Topic]
    indicators: dict[str, Indicator]
    keyword_finder: WordFinder | None = None  # every topic keyword, found in one scan (``cues.WordFinder``)
    by_keyword: dict[str, tuple[int, ...]] = field(default_factory=dict)  # keyword -> indexes of its topics
    ungated: tuple[int, ...] = ()  # indexes of topics without keywords (always tried)
    # the set of keywords found -> ``candidates``' answer
    _candidates: dict = field(default_factory=dict, repr=False, compare=False)

    def candidates(self, found: set[str]) -> tuple[Topic, ...]:
        """Topics worth matching when ``found`` keywords occur, in catalog order (worked out once per set of
        keywords: most sentences find one of a few sets, "chuyển đổi số" and "hạn" among them)."""
        key = frozenset(found)
        got = self._candidates.get(key)
        if got is None:
            idx = set(self.ungated)
            for k in found:
                idx.update(self.by_keyword.get(k, ()))
            got = tuple(self.topics[i] for i in sorted(idx))
            if len(self._candidates) >= 4096:  # (a bound on what is kept; no corpus comes near it)
                self._candidates.clear()
            self._candidates[key] = got
        return got

    def keywords_in(self, text: str, start: int, end: int) -> set[str]:
        """The topic keywords that occur in ``text[start:end]`` (one scan instead of one per keyword)."""
        return self.keyword_finder.found(text, start, end) if self.keyword_finder is not None else set()

    def named(self, names: tuple[str, ...] | frozenset[str]) -> list[Topic]:
        """The topics of these names, in catalog order (picked out once per set of names, not once per sentence)."""
        by_names = self.__dict__.setdefault("_named", {})
        got = by_names.get(names)
        if got is None:
            got = by_names[names] = [t for t in self.topics if t.name in names]
        return got

    def topic(self, name: str) -> Topic:
        by_name = self.__dict__.get("_by_name")
        if by_name is None:  # (built on first use: the extractor asks by name once per refused value)
            by_name = self.__dict__["_by_name"] = {t.name: t for t in self.topics}
        return by_name[name]


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    data = yaml.safe_load(resources.files("vndx.extract").joinpath("data/phrases.yml").read_text("utf-8"))
    indicators = load_indicators()
    by_topic: dict[str, list[Indicator]] = {}
    for ind in indicators:
        by_topic.setdefault(ind.topic, []).append(ind)
    topics = []
    for order, (name, spec) in enumerate(data.items()):
        phrases = spec.get("phrases") or []
        # no leading look-behind: it would defeat the engine's first-character scan; the word
        # boundary before a match is checked by ``Topic.finditer``
        regex = re.compile("|".join(compile_phrase(p) for p in phrases)) if phrases else None
        codes: dict[str, Indicator] = {}
        for ind in by_topic.get(name, []):
            for reading, (measure, unit) in READINGS.items():
                if ind.measure == measure and (ind.unit == unit or measure in ("rank", "change")):
                    codes.setdefault(reading, ind)
        topics.append(
            Topic(
                name=name,
                regex=regex,
                codes=codes,
                count_nouns=tuple(fold(n) for n in spec.get("count_nouns") or []),
                context=re.compile(fold(spec["context"])) if spec.get("context") else None,
                attainment_cue=re.compile(compile_phrase(spec["attainment_cue"]))
                if spec.get("attainment_cue")
                else None,
                order=order,
                keywords=tuple(y_spelling(fold(k)) for k in spec.get("keywords") or []),
                not_of=tuple(fold(k) for k in spec.get("not_of") or []),
                counts_part=bool(spec.get("counts_part")),
                starts=word_start_scanner(regex) if regex is not None else None,
            )
        )
    missing = set(by_topic) - {t.name for t in topics}
    if missing:
        raise ValueError(f"indicators.csv topics without phrasings in phrases.yml: {sorted(missing)}")
    keywords = {k for t in topics for k in t.keywords}
    by_keyword: dict[str, list[int]] = {}
    for i, t in enumerate(topics):
        for k in t.keywords:
            by_keyword.setdefault(k, []).append(i)
    return Catalog(
        topics=topics,
        indicators={i.code: i for i in indicators},
        keyword_finder=WordFinder(keywords) if keywords else None,
        by_keyword={k: tuple(v) for k, v in by_keyword.items()},
        ungated=tuple(i for i, t in enumerate(topics) if not t.keywords and t.regex is not None),
    )
