"""Article text -> facts: sentences, numbers, topics, provinces and periods put together."""

from __future__ import annotations

import datetime as dt
import re

from vndx.extract.catalog import load_catalog
from vndx.extract.fact import EXTRACTOR_VERSION, Fact
from vndx.extract.gazetteer import SELF, load_gazetteer
from vndx.extract.numbers import find_numbers, masked_spans
from vndx.extract.periods import dateline, resolve, year_mentions
from vndx.extract.rules import _DX_CONTEXT, Drop, bind_sentence, find_topics
from vndx.extract.sentences import split_sentences
from vndx.extract.text import Folded

_LEAD_IN = re.compile(r":\s*$")
_TARGET_HEADING = re.compile(
    r"\s*(?:[ivx]+[.)]\s*|\d+(?:\.\d+)*[.)]?\s*|[a-z][.)]\s*)?(?:cac |mot so )?"
    r"(?:muc tieu|chi tieu|phuong huong|nhiem vu|ke hoach|giai phap|dinh huong|de xuat|kien nghi)\b"
)
_DATE_CHROME = re.compile(
    r"\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{4}|\d{1,2}\s*[:h]\s*\d{2}|gmt\s*[+-]?\s*\d*|"
    r"\b(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|cap nhat|cap nhat luc|ngay dang|dang luc|dang ngay|ngay|luc)\b"
)
_NOT_SELF_BEFORE = re.compile(r"\b(?:cac|nhung|nhieu|moi|mot so|63|34|tren|so)\s*$")


def extract_facts(
    text: str,
    *,
    doc: str,
    published: dt.date | None = None,
    source_url: str | None = None,
    title: str | None = None,
    province_hint: str | None = None,
    trace: list | None = None,
) -> list[Fact]:
    """Indicator facts stated in an article's text. Pure: no I/O, same input -> same output.

    ``trace``, when given, receives a ``Drop`` (rule name, value, code) for every candidate value a
    rule refused: ``make eval`` counts misses by these names."""
    drops = trace if trace is not None else []
    if not text or not text.strip():
        return []
    catalog = load_catalog()
    gaz = load_gazetteer()
    folded = Folded.of(text)
    cased, lower = folded.cased, folded.lower
    sentences = split_sentences(cased)
    if title is None and sentences and sentences[0].is_heading:
        title = text[folded.to_original(sentences[0].start) : folded.to_original(sentences[0].end)]
    if published is None:
        published = dateline(lower)
    pub_year = published.year if published else None
    article = gaz.article_province(cased, lower, title=title, url=source_url, hint=province_hint)
    if article is None:
        drops.append(Drop("no-province", 0.0, None, 0))
        return []
    masks = masked_spans(lower)
    mentions = gaz.mentions(cased, lower)
    title_year = (
        _context_year(lower, 0, len(title), pub_year) if title and sentences and sentences[0].is_heading else None
    )
    if title and title_year is None and not (sentences and sentences[0].is_heading):
        from vndx.extract.text import fold

        title_year = _context_year(fold(title), 0, len(title), pub_year)
    fallback_default = pub_year if pub_year is not None else _latest_year(lower, pub_year)

    facts: list[Fact] = []
    seen: set[tuple[str, str, int, float]] = set()
    heading_year: int | None = title_year
    prev_lead_year: int | None = None
    prev_dx = False
    carry = None
    carry_line = -1
    carry_period: int | None = None
    section_topic = None  # the one ranked index a heading (or the title) is about
    section_target = False  # under a heading such as "Chỉ tiêu năm 2024", "Nhiệm vụ, giải pháp"
    para_line, para_year, para_topic = -1, None, None  # year / ranked index named earlier in the paragraph
    ranked_year: int | None = None  # period of the last DTI fact (index, pillar or main index)
    for i, sent in enumerate(sentences):
        s, e = sent.start, sent.end
        if sent.is_heading:
            if _is_dateline(lower, s, e):
                continue  # "Thứ Hai, 15/04/2024 - 08:30", "Cập nhật: 09:15 | 22/05/2024": chrome, not a section
            heading_year = _context_year(lower, s, e, pub_year) or (title_year if i == 0 else None)
            prev_lead_year = None
            prev_dx = bool(_DX_CONTEXT.search(lower, s, e))
            carry = None
            section_topic = _ranked_topic(find_topics(catalog, lower, s, e))
            section_target = i > 0 and bool(_TARGET_HEADING.match(lower, s, e))
            continue
        if sent.line_no != para_line:
            para_line, para_year, para_topic = sent.line_no, None, None
        hits = find_topics(catalog, lower, s, e)
        numbers = find_numbers(lower, s, e, masks)
        dx_here = bool(_DX_CONTEXT.search(lower, s, e))
        if numbers and not section_target:
            same_para = carry_line == sent.line_no and _continues(lower, s, numbers[0].start, mentions)
            use = carry if same_para else None
            if use is None and not any(h.topic.codes for h in hits):
                use = para_topic or section_topic
            bindings = bind_sentence(
                catalog,
                lower,
                cased,
                s,
                e,
                numbers,
                masks,
                dx_here or prev_dx,
                use,
                all_hits=hits,
                mentions=mentions,
                original=text if folded._index is None else None,
                drops=drops,
            )
        else:
            bindings = []
        years = year_mentions(lower, s, e, pub_year) if bindings else []
        fallback = prev_lead_year or para_year or heading_year or fallback_default
        if fallback is not None and pub_year is not None and fallback > pub_year:
            fallback = pub_year
        for b in bindings:
            n = b.number
            semi = lower.find(";", n.end, e)
            clause_end = semi if semi >= 0 else e
            base = carry_period if b.carried and carry_period else fallback
            if ranked_year and b.topic is not None and _ranked_topic_of(b.topic) and not (prev_lead_year or para_year):
                base = ranked_year  # a pillar or index without a year continues the last ranked fact's
            period, target = resolve(years, n.start, clause_end, base)
            if period is None or target:
                drops.append(Drop("no-year" if period is None else "future-year", b.value, b.indicator.code, n.start))
                continue
            soon = min(clause_end, n.end + 30)
            if any(y.kind == "future" and n.end <= y.start < soon and "," not in lower[n.end : y.start] for y in years):
                drops.append(Drop("future-year", b.value, b.indicator.code, n.start))
                continue  # "đạt 20% GDP vào năm 2025": a target
            if b.topic is not None and _ranked_topic_of(b.topic) and not _in_parens(lower, s, n.start):
                ranked_year = period  # "(năm 2022 xếp thứ 58/63)" is an aside, not the edition
            province = b.province or _province_for(mentions, b.clause_start, n.start, article)
            province = gaz.era_slug(province, period, published, b.out_of)
            key = (province, b.indicator.code, period, round(b.value, 6))
            if key in seen:
                continue
            seen.add(key)
            c0, c1 = folded.to_original(s), folded.to_original(e)
            facts.append(
                Fact(
                    doc=doc,
                    province=province,
                    indicator=b.indicator.code,
                    period=int(period),
                    value=float(b.value),
                    unit=b.indicator.unit,
                    out_of=int(b.out_of) if b.out_of is not None else None,
                    qualifier=b.qualifier,
                    evidence=text[c0:c1],
                    char_start=c0,
                    char_end=c1,
                    extractor_version=EXTRACTOR_VERSION,
                    source_url=source_url,
                    published=published.isoformat() if published else None,
                )
            )
        carry = bindings[-1].topic if bindings else None
        carry_line = sent.line_no
        para_year = _context_year(lower, s, e, pub_year) or para_year
        para_topic = _ranked_topic(hits) or para_topic
        carry_period = facts[-1].period if bindings and facts else None
        if _LEAD_IN.search(lower, s, e) or lower[s:e].rstrip().endswith(":"):
            prev_lead_year = _context_year(lower, s, e, pub_year)
        else:
            prev_lead_year = None
        prev_dx = dx_here
    return facts


_CONNECTOR = re.compile(
    r"\s*(?:trong do|trong khi do|cu the|rieng|con|dong thoi|ngoai ra|theo do|tiep theo|sau do|nam \d{4}|"
    r"trong nam|ket qua|xep sau|dung sau|tiep den|ke den|tiep theo la)\b"
)


def _in_parens(lower: str, start: int, pos: int) -> bool:
    return lower.count("(", start, pos) > lower.count(")", start, pos)


def _is_dateline(lower: str, start: int, end: int) -> bool:
    """A line that is only a publication date/time ("Thứ Hai, 15/04/2024 - 08:30", "VietnamPlus - 03/10/2024")."""
    line = lower[start:end]
    if not re.search(r"\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{4}", line):
        return False
    rest = re.sub(r"[^a-z]+", " ", _DATE_CHROME.sub(" ", line)).split()
    return len(rest) <= 3


def _ranked_topic_of(topic) -> bool:
    """A DTI topic (the index, a pillar or a main index): one edition, one year."""
    return topic.name.startswith("dti")


def _ranked_topic(hits):
    """The one index with a rank or score code the hits name (None when none or several)."""
    topics = {id(h.topic): h.topic for h in hits if "rank" in h.topic.codes or "score" in h.topic.codes}
    return next(iter(topics.values())) if len(topics) == 1 else None


def _continues(lower: str, start: int, first_number: int, mentions) -> bool:
    """Whether a sentence continues the previous one's topic (a connector or a province first)."""
    if _CONNECTOR.match(lower, start):
        return True
    return any(start <= m.start < first_number and m.slug != SELF for m in mentions)


def _province_for(mentions, clause_start: int, pos: int, article: str) -> str:
    from vndx.extract.gazetteer import Mention  # noqa: F401  (type of mentions)

    best = None
    for m in mentions:
        if m.start >= pos:
            break
        if m.end <= clause_start:
            continue
        best = m
    if best is None or best.slug == SELF:
        return article
    return best.slug


def _context_year(lower: str, start: int, end: int, pub_year: int | None) -> int | None:
    ys = [
        y
        for y in year_mentions(lower, start, end, pub_year)
        if y.kind == "period" and not _in_parens(lower, start, y.start)  # "(năm 2022 xếp thứ 58)": an aside
    ]
    return ys[-1].year if ys else None


def _latest_year(lower: str, pub_year: int | None) -> int | None:
    ys = [y.year for y in year_mentions(lower, 0, len(lower), pub_year) if y.kind == "period"]
    return max(ys) if ys else None
