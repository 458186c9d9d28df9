"""Article text -> facts, top-down (see README.md for the flow and the named rules):

1. the text is folded and cut into sentences; the article's province, publication year and the
   ranking editions it reports are found once (``ArticleContext``, context.py);
2. per sentence, its mentions (``Mentions``: places, indicator phrasings, values, years, cues);
3. binding (binding.py): each value's reading, the phrasing it measures, the named rules;
4. per binding, its period (its own year, the sentence's, paragraph's, heading's, lead-in's, the
   edition the article reports, ...) and its province (the clause's, the paragraph's, the
   article's) and era slug; then the context is moved on to the next sentence.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from functools import lru_cache, partial

from vndx.extract.binding import SCORE_NOUNS, VALUE_DASH_ITEM, bind_sentence
from vndx.extract.binding_rules import GATE_WORDS, MEASURE_POINTED_BACK, preset_gates
from vndx.extract.catalog import DTI_PILLARS, is_dti_part, load_catalog
from vndx.extract.claim import INDEX_UNITS, Chosen, Claim, SentenceFrame, first_pick
from vndx.extract.context import ArticleContext
from vndx.extract.cues import WordFinder, load_cues
from vndx.extract.fact import EXTRACTOR_VERSION, Fact
from vndx.extract.furniture import comments_start, related_links
from vndx.extract.gazetteer import MERGER_DATE, SELF, load_gazetteer, outside_compositions
from vndx.extract.lists import (
    COMPARING_WORDS,
    KIND_THEN_THIS,
    NamedItem,
    items_introduced,
    outermost,
    positions_counted,
)
from vndx.extract.lists import own_years as dated_per_item
from vndx.extract.mentions import Mentions, names_region
from vndx.extract.numbers import CARDINAL_WORDS, find_numbers, is_year, masked_spans
from vndx.extract.period_rules import (
    PERIOD_REFUSALS,
    SHARED_YEARS,
    YEAR_CROSS_CHECKS,
    YEAR_RULES,
    index_of_its_era,
)
from vndx.extract.periods import NEXT_YEAR_WORDS, dateline, then_opening, year_mentions
from vndx.extract.readings import Binding, Drop, find_topics
from vndx.extract.scan import skipping
from vndx.extract.sentences import YEAR_ITEM, label_value_line, split_sentences, symbol_bullet
from vndx.extract.subject_rules import (
    ALL_PROVINCES_ALIKE,
    SHARED_PROVINCES,
    SUBJECT_REFUSALS,
    SUBJECT_RULES,
    is_demonstrative,
)
from vndx.extract.subjects import former_area, named_as_former, unit_names
from vndx.extract.tables import read_legend_rows, read_tables, table_facts
from vndx.extract.targets import DASH_ASIDE
from vndx.extract.text import Folded, count_of, fold, fold_case_preserving
from vndx.extract.years import (
    OTHER_RANKINGS,
    announced_editions,
    attached_years,
    date_in_url,
    edition_out_on,
    edition_years,
    elapsed_year,
    in_aside,
    in_parens,
    last_period_year,
    latest_year,
    now_cue,
    past_year_cue,
    range_start,
    ranking_family,
    tasks_year,
    url_range_start,
)

DTI_2024_RELEASE = dt.date(2025, 10, 1)
_CONTINUES_PARAGRAPH = re.compile(rf"\s*(?:{load_cues().words['paragraph_connectors']})\b")
# grammar, not cue words: a bullet, a lead-in line ending in ":", a digit, the "/63" / "(cũ)" of a former province
_BULLET = re.compile(r"\s*(?:[-\u2013\u2022+*]|\d{1,2}[.)])\s")  # "- ", "• ", "1. ", "2) "
_FORMER_NAMED = re.compile(r"\(cu\)")
_OLD_BASIS = re.compile(r"/\s*63\b|" + _FORMER_NAMED.pattern)
# an index's name right before a year: the year is the ranking's edition ("DTI 2023", "ICT Index 2018",
# "Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023", "bảng xếp hạng năm 2019")
_EDITION_BEFORE = skipping(
    re.compile(
        # (not indicators in general: "Các chỉ số về hạ tầng và kỹ năng số của người dân trong năm 2024 đều tăng")
        r"(?:\b(?:dti|index|ict|par|pci)|(?<!cac )(?<!nhung )\bchi so [^.;,\d]{0,50}?|\bbang xep hang|\bxep hang)"
        r"\s*(?:\([a-z ]+\)\s*)?(?:nam\s+)?$"
    )
)
# a news item's dateline: its place, the day, a dash ("Yên Bái, 19/7 – ...", "Việt Trì, 21/12 - ...")
# (or the day in brackets: "TP Thanh Hóa (18/1) – ...", "Vinh (17/1) – ...")
_ITEM_DATELINE = re.compile(
    r"\W*(?:TP\.?\s*)?[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}(?:,\s*|\s*\()\d{1,2}/\d{1,2}(?:/\d{4})?\)?\s*[-\u2013\u2014]"
)
_BOLD_AROUND_FIGURE = re.compile(r"\*\*(?=[\d+\-−])|(?<=[\d%])\*\*")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_UNIT_HEADLINE = re.compile(r"\s*(?:UBND\s+)?(?:" + load_cues().lower_unit_named.pattern + ")")
_DIGIT = re.compile(r"\d")
_CITY_HEADLINE = re.compile(r"\s*(?:UBND\s+)?(?:Thanh pho|TP\.?)\s+(?=[A-Z])")  # (on the folded, cased text)


def _city_headline(cased: str, start: int, mentions, gaz, published: dt.date | None) -> bool:
    """Rule article-about-lower-unit, for a city: a headline opening with a city that is no province
    ("Thành phố Bảo Lộc dẫn đầu tỉnh về ...") or a province's capital named like it ("TP Hà Tĩnh ...",
    until the districts were dissolved on 1 July 2025) is about a unit inside the province; "Thành phố
    Cần Thơ ..." (a centrally-run city) is a province."""
    m = _CITY_HEADLINE.match(cased, start)
    if m is None:
        return False
    # (a mention may take the "TP" in: "TP Cần Thơ")
    named = next((x for x in mentions if m.start() <= x.start <= m.end() < x.end), None)
    if named is None:
        return True
    before_merger = published is None or published < MERGER_DATE
    return before_merger and named.slug in gaz.capital_namesakes


def _unit_named_headline(cased: str, headline, names: tuple[str, ...]) -> bool:
    """Rule article-about-lower-unit, for a bare name: a headline that opens with a name the article gives a
    district, town or commune with its unit word ("Mường Khương: đưa chuyển đổi số về tận thôn bản" over "huyện
    biên giới Mường Khương ..."; ``names``: rule unit-named-before's, never a province's) is about that unit."""
    return any(
        cased.startswith(name, headline.start) and _AFTER_HEADLINE_NAME.match(cased, headline.start + len(name))
        for name in names
    )


# a heading that breaks its index into groups or components ("THEO NHÓM CHỈ SỐ": rule index-components)
_INDEX_PARTS = skipping(re.compile(r"\b(?:nhom chi so|chi so thanh phan|cac chi so con|chi so con)\b"))
# a score given as the value reached ("đạt giá trị 0,6412", "với giá trị 0,5930"): of the index the article is about
# (also the bare index of the province reaching a score: "Giá trị chỉ số của tỉnh đạt 0,4927"; or a score below one
# reached in points: "Lâm Đồng đạt 0,5104 điểm", no other index's scores being written so)
_VALUE_REACHED = skipping(
    re.compile(
        r"\b(?:dat|voi|co) " + SCORE_NOUNS + r" 0[.,]\d"
        r"|\b(?:gia tri|diem) chi so (?:cua (?:tinh|thanh pho)\s+)?(?:dat|la)\s+0[.,]\d"
        r"|\bdat (?:muc )?0[.,]\d+ diem\b"
    )
)
# after a unit's bare name opening a headline: its colon, or the headline's verb (lower case)
_AFTER_HEADLINE_NAME = re.compile(r"\s*:|\s+[a-z]")


@lru_cache(maxsize=1)
def _tables_kept() -> None:
    """Once, after the first article has loaded the catalog, the gazetteer, the cues and their regexes (tens of
    thousands of objects that live as long as the process): move them out of the garbage collector's reach
    (``gc.freeze``), so its full collections, which run every few thousand small objects an article makes, stop
    walking them again and again (about 1.5 % of the instructions of the benchmark). Objects are still freed by
    their counts; only cycles among what existed at that moment would be kept. In a worker that forks, it keeps
    those pages shared, too."""
    gc.freeze()


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` (in order, apart) turned to spaces: offsets stay."""
    pieces, prev = [], 0
    for s, e in spans:
        pieces += [text[prev:s], " " * (e - s)]
        prev = e
    pieces.append(text[prev:])
    return "".join(pieces)


def extract_facts(
    text: str,
    *,
    doc: str,
    published: dt.date | None = None,
    source_url: str | None = None,
    title: str | None = None,
    province_hint: str | None = None,
    trace: list | None = None,
    chosen: list | None = None,
) -> list[Fact]:
    """Indicator facts stated in an article's text. Pure: no I/O, same input -> same output.

    ``trace``, when given, receives a ``Drop`` (rule name, value, code) for every candidate value a
    rule refused: ``make eval`` counts misses by these names. ``chosen``, when given, receives a
    ``Chosen`` (fact index, the year rule and the subject rule that decided it) for every sentence
    fact: ``make eval`` names them for a fact of the wrong year or province."""
    drops = trace if trace is not None else []
    if not text or not text.strip():
        return []
    if "<" in text:
        # rule markup-as-space: HTML tags pasted with the text ("<p>...</p>") are blanked to spaces of
        # the same length (offsets stay the input's): "</p>" glued to a sentence's end hid its stop
        text = _TAG.sub(lambda m: " " * len(m.group()), text)
    if "**" in text:
        # rule bold-as-space: the bold marks a post or a markdown export puts around a figure ("Thứ hạng: **34** (tăng
        # 6 bậc)") are blanked the same way: they stood between a label and its value
        text = _BOLD_AROUND_FIGURE.sub(lambda m: " " * len(m.group()), text)
    # rule title-as-headline: a page's title the main text left out (its <h1> outside the content
    # block) is read as the headline before the body, so a fact stated only there is not lost
    # ("Tỉnh X xếp thứ 12 về DTI năm 2023" over a body that never repeats it); offsets stay the text's
    title_prefix = _missing_headline(title, text)
    if title_prefix:
        text = title_prefix + text
    catalog = load_catalog()
    gaz = load_gazetteer()
    _tables_kept()
    folded = Folded.of(text)
    links = related_links(folded.lower)
    if links:
        # rule related-links: the lines of a box of links to other articles ("Tin liên quan:" and the headlines
        # under it, "Xem thêm: ...") are blanked (same length): another article's "Lạng Sơn xếp thứ 42/63 về DTI
        # 2021" is no fact of this one, and its province names must not count towards the article's province
        folded.cased = _blanked(folded.cased, links)
        folded.lower = _blanked(folded.lower, links)
        drops.append(Drop("related-links", 0.0, None, links[0][0]))
    cased, lower = folded.cased, folded.lower
    sentences = split_sentences(cased)
    if title is None and sentences and sentences[0].is_heading:
        title = text[folded.to_original(sentences[0].start) : folded.to_original(sentences[0].end)]
    if published is None:
        published = dateline(lower)
    url_date = date_in_url(source_url) if published is None else None
    # a date in the page's address ("/202211/", "...-20220329...") dates an undated page's year only
    pub_year = published.year if published else (url_date.year if url_date else None)
    # the original spelling at folded offsets, for spelling checks ("Bộ" vs "bổ"): made once (``Folded.aligned`` makes
    # it afresh each time it is asked, a pass over every character of a text whose spaces were folded)
    original = folded.aligned
    mentions = outside_compositions(lower, gaz.mentions(cased, lower, original=original))
    rivals: list[str] = []
    # (a title that is the text's first line has the mentions found there: not looked up again)
    opening = sentences[0] if sentences and sentences[0].is_heading else None
    same = opening is not None and title is not None
    same = same and fold_case_preserving(title) == cased[opening.start : opening.end]
    article = gaz.article_province(
        cased,
        lower,
        title=title,
        url=source_url,
        hint=province_hint,
        mentions=mentions,
        rivals=rivals,
        title_mentions=[m for m in mentions if m.start < opening.end] if same else None,
    )
    if article is None:
        drops.append(Drop("no-province", 0.0, None, 0))
        return []
    in_passing = province_hint is None and _in_passing(mentions, lower, article, rivals)
    masks = masked_spans(lower)
    regions = names_region(lower)  # (rule region-subject asks the sentences only of an article that names one)
    cues = load_cues()
    title_year = (
        _heading_year(lower, 0, len(title), pub_year) if title and sentences and sentences[0].is_heading else None
    )
    # (the span whose heading year is title_year: the first heading asks again for the same span, most often the title)
    title_span = (0, len(title)) if title and sentences and sentences[0].is_heading else None
    if title and title_year is None and not (sentences and sentences[0].is_heading):
        title_year = _heading_year(fold(title), 0, len(title), pub_year)
    fallback_default = pub_year if pub_year is not None else latest_year(lower, pub_year)
    # phrasings are matched sentence by sentence (a match never spans two sentences; cheaper too)
    # (a sentence without a digit states no value and no edition year: skipped)
    has_digit = [bool(_DIGIT.search(lower, sent.start, sent.end)) for sent in sentences]
    # values are digits, or ordinal words after a rank cue ("đứng thứ nhất", "dẫn đầu cả nước")
    may_hold = [
        d
        or bool(cues.value_word.search(lower, x.start, x.end))
        or _counted_positions(lower, x.start, x.end)
        # ("hơn chín mươi phần trăm": rule cardinal-words; the scale words first, a cheap scan most sentences fail)
        or (bool(_SCALE_WORDS.search(lower, x.start, x.end)) and bool(CARDINAL_WORDS.search(lower, x.start, x.end)))
        for d, x in zip(has_digit, sentences, strict=True)
    ]
    place_ends = sorted({m.end for m in mentions})  # (in order: a sentence reads its own by bisection)
    # (the catalog's keywords and the binding rules' gate words a sentence writes, found in one scan of it: the gate
    # words are kept for its mentions, ``binding_rules.open_gates``, instead of a second scan of the sentence)
    finder, keyword_set, gate_set = _sentence_words(catalog)
    gate_words: dict[int, set[str]] = {}  # sentence start -> the gate words it writes
    hits_of = []
    for sent, d in zip(sentences, may_hold, strict=True):
        if not d:
            hits_of.append([])
            continue
        searched = _without_bracketed_shares(lower, sent.start, sent.end)
        found = None
        if searched is lower and finder is not None:
            words = finder.found(lower, sent.start, sent.end)
            found = words & keyword_set
            gate_words[sent.start] = words & gate_set
        hits = find_topics(catalog, searched, sent.start, sent.end, found=found)
        hits_of.append(_outside_asides(lower, hits, sent.start, sent.end, place_ends))
    all_hits = [h for hs in hits_of for h in hs]
    starts = [m.start for m in mentions]
    # (the ranking indices, also in sentences that hold no value: those that may hold one were searched above)
    index_hits = sorted(
        [h for hs in hits_of for h in hs if h.topic.name in _RANKING_INDICES]
        + [
            h
            for sent, d in zip(sentences, may_hold, strict=True)
            if not d
            for h in find_topics(catalog, lower, sent.start, sent.end, only=_RANKING_INDICES)
        ],
        key=lambda h: h.start,
    )
    doc_topic = _doc_topic(index_hits, all_hits)
    doc_ranking = doc_topic or _doc_topic(index_hits, all_hits, once=True)
    editions = edition_years(all_hits, lower, pub_year)
    # rule as-of-now: "đến nay" without a year is the article's year; without a publication date,
    # the year after the latest ranking edition it reports (rankings come out the next year)
    dti_editions = editions.get("dti", []) or announced_editions(index_hits, lower, pub_year, published)
    if published is not None and dti_editions:
        # rule released-editions: an edition not out by the publication date is a plan ("Bộ sẽ hoàn thiện bộ
        # chỉ số DTI năm 2021, dự kiến công bố trong quý II/2022" in April 2021), not what the article reports
        dti_editions = [y for y in dti_editions if y <= edition_out_on(published)] or dti_editions
    now_year = pub_year or elapsed_year(lower) or (max(dti_editions) + 1 if dti_editions else None)
    # rule basis-34: DTI 2024 came out in October 2025 for the 34 merged provinces only, so an
    # article from then on reports it on that basis unless it says "63 tỉnh" / "trước sáp nhập"
    basis_34 = bool(cues.basis_34.search(lower)) or (
        published is not None and published >= DTI_2024_RELEASE and not cues.basis_63.search(lower)
    )
    if fallback_default is None:
        fallback_default = range_start(lower)  # rule range-start: "giai đoạn 2021-2025" framing an undated text
    if fallback_default is None:
        fallback_default = url_range_start(source_url)  # ... or the address of a text without any year

    per_line = Counter(sent.line_no for sent in sentences)  # sentences per line (one: a <p> per sentence)
    facts: list[Fact] = []
    seen: set[tuple[str, str, int, float]] = set()
    headline_at: dict[tuple[str, str, int, float], int] = {}  # a headline fact's key -> its index in facts
    run_in_at: dict[int, int] = {}  # a run-in heading's fact -> where its line ends (rule run-in-heading)
    # rule table-rows: "STT | Tỉnh | Điểm | Xếp hạng" and its rows (tables.py); the sentence rules skip those lines
    table_default = title_year or (max(dti_editions) if dti_editions else fallback_default)
    table_values, table_lines = read_tables(
        cased, lower, catalog, gaz, table_default, drops, article, original, doc_topic, folded.wide_gaps()
    )
    # rule legend-rows: "(thứ hạng - tỉnh - điểm): 20 - Lâm Đồng - 0,5736; ..." (tables.py); the sentence rules skip
    # the sentences its rows are in
    legend_values, legend_spans = read_legend_rows(
        cased, lower, catalog, gaz, table_default, drops, article, original
    )
    table_values += legend_values
    # rule article-about-lower-unit: a headline whose subject is a district, town or commune ("Thị xã
    # An Nhơn tổng kết chuyển đổi số năm 2024", "Huyện X: ..."): the article reports that unit
    article_unit = bool(sentences and sentences[0].is_heading and _UNIT_HEADLINE.match(cased, sentences[0].start))
    article_unit = article_unit or bool(
        sentences and sentences[0].is_heading and _city_headline(cased, sentences[0].start, mentions, gaz, published)
    )
    names = None  # (the units the article names with their word, when its headline may be one's: unit-named-before)
    if not article_unit and sentences and sentences[0].is_heading:
        names = unit_names(cased, lower, original, mentions, article)
        article_unit = _unit_named_headline(cased, sentences[0], names)
    ctx = ArticleContext(
        article=article,
        article_unit=article_unit,
        title_dx=bool(title and sentences[0].is_heading and not article_unit)
        and bool(cues.dx_context.search(lower, 0, sentences[0].end)),
        article_in_passing=in_passing,
        pub_year=pub_year,
        title_year=title_year,
        fallback_year=fallback_default,
        editions=editions,
        dti_editions=dti_editions,
        now_year=now_year,
        basis_34=basis_34,
        doc_topic=doc_topic,
        doc_ranking=doc_ranking,
        article_rivals=rivals,
        cased=cased,
        lower=lower,
        original=original,
        article_mentions=mentions,
        _unit_names=names,
        heading_year=title_year,
    )

    # rule readers-comments: from a comment section's heading on ("Ý kiến bạn đọc (3)", "Bình luận (2)"),
    # the lines are readers' words, not the article's (a reader's "Khánh Hòa xếp thứ 12 kìa" is no fact)
    comments_at = comments_start(lower)
    published_on = published.isoformat() if published else None  # (every fact's, written once)
    make_fact = partial(
        _fact, gaz=gaz, folded=folded, text=text, doc=doc, source_url=source_url, published_on=published_on
    )
    # (the year the body opens with, known before the headline is read: "Tỷ lệ hồ sơ trực tuyến của Đồng Tháp đạt 85%"
    # over "Năm 2023, Đồng Tháp ..." in January 2024 is 2023's; rule opening-year)
    first_body = next((x for x in sentences if not x.is_heading), None)
    if first_body is not None:
        ctx.opening_year = _opening_year(lower, first_body.start, first_body.end, published)
    # (the title's year as a period, not a ranking's edition: "Bắc Kạn: DTI năm 2023 tăng 6 bậc" dates no section)
    titled = bool(sentences) and sentences[0].is_heading
    ranking_title = titled and bool(_RANKING_TITLE_WORDS.search(lower, sentences[0].start, sentences[0].end))
    title_period = ctx.title_year if titled and not ranking_title else None
    # (whether the article names a neighbour after a province at all: rule neighbour-after-name asks no sentence else)
    neighbours_named = lower.find("lan can") >= 0 or lower.find("lang gieng") >= 0
    # (written from April to October, the months left of the year are still ahead: rule months-ahead)
    months_left = published is not None and 4 <= published.month <= 10
    for i, sent in enumerate(sentences):
        s, e = sent.start, sent.end
        heading_dx = None  # (a heading's digital-transformation cue, read once for the heading and its mentions)
        if s >= comments_at:
            drops.append(Drop("readers-comments", 0.0, None, s))
            break
        if sent.line_no in table_lines or (legend_spans and any(a < e and s < b for a, b in legend_spans)):
            continue
        sent_mentions = mentions[bisect_left(starts, s) : bisect_left(starts, e)]  # this sentence's places
        # (the sentence's own text, for the words looked up in it below: ``w in sent_text`` is ``lower.find(w, s, e) >=
        # 0``, one copy of the sentence instead of a call of find, with its arguments parsed, for each word)
        sent_text = lower[s:e]
        if sent.is_heading:
            if _is_dateline(lower, s, e):
                continue  # "Thứ Hai, 15/04/2024 - 08:30", "Cập nhật: 09:15 | 22/05/2024": chrome, not a section
            # (the title's, worked out above, when the heading is the title's span: the same year, not read again)
            year = title_year if (s, e) == title_span else _heading_year(lower, s, e, ctx.pub_year)
            ctx.heading_year = year or (ctx.title_year if i == 0 else None)
            # rule section-year: a section's own heading that opens on its year ("Năm 2021: Tăng 11 bậc")
            ctx.section_year = ctx.heading_year if i > 0 and _YEAR_HEADS.match(lower, s, e) else None
            ctx.heading_ranking = bool(_RANKING_WORDS.search(lower, s, e))
            ctx.lead_year, ctx.lead_topic = None, None
            ctx.prev_dx = heading_dx = bool(cues.dx_context.search(lower, s, e))
            ctx.carry = None
            # (the heading's phrasings are already found when it may hold a value: the same search)
            ctx.section_topic = _ranked_topic(hits_of[i] if may_hold[i] else find_topics(catalog, lower, s, e))
            # rule index-components: a heading that breaks its index down ("ICT INDEX 2019 CỦA TỈNH THEO NHÓM CHỈ SỐ",
            # "Các chỉ số thành phần"): the ranks under it with no name of the catalog's are the components', not the
            # index's ("- Hạ tầng kỹ thuật CNTT-TT: hạng 18")
            ctx.section_parts = bool(_INDEX_PARTS.search(lower, s, e))
            if i == 0 and ctx.doc_topic is not None and ctx.section_topic is not None:
                # rule title-pillar: a title about one pillar of the index the article reports ("Cần Thơ sẽ bứt
                # phá về kinh tế số" over "DTI 2024 ... xếp thứ 10/34"): a bare rank under it is the index's
                ctx.section_topic = ctx.doc_topic
            # rule sub-heading-year: a heading without a year under a heading that names one, no ranking
            # index and no value ("CHUYỂN ĐỔI SỐ TỈNH X NĂM 2022" over "HẠ TẦNG SỐ", "XÃ HỘI SỐ") keeps that
            # year; a ranking's heading ("Năm địa phương dẫn đầu về DTI 2022:", "X xếp thứ 25 năm 2020")
            # passes nothing on
            if ctx.heading_year is not None:
                if not _RANKING_WORDS.search(lower, s, e) and _only_years(lower, s, e, masks):
                    ctx.year_heading = ctx.heading_year  # (a ranking's heading with its edition leaves it)
            else:
                # rule section-under-titled-year: under a title that names its year and no ranking ("Đắk Lắk hoàn thành
                # 18/22 chỉ tiêu chuyển đổi số năm 2024"), a section heading without one ("I. CHÍNH QUYỀN SỐ") keeps the
                # title's year, not the year of writing (a review written in January)
                ctx.heading_year = ctx.year_heading or title_period
            # (or a section title after the target's icon, as infographics print them: "🎯 CHÍNH QUYỀN SỐ" over "• 80%
            # hồ sơ được tiếp nhận, xử lý hoàn toàn trực tuyến"; rule icon-heading)
            target = i > 0 and (bool(cues.target_heading.match(lower, s, e)) or cased.startswith(_TARGET_ICON, s))
            target = target and not _past_indicators(lower, s, e, published)
            level = _outline_level(cased, s)
            if not target and ctx.section_target and level > ctx.target_level > 0:
                # rule target-outline: a numbered heading under a numbered target heading ("I. MỤC TIÊU" over "1.
                # Chính quyền số", "2. Kinh tế số, xã hội số") is a part of the targets, until a heading of the
                # target's own level ("II. CĂN CỨ XÂY DỰNG KẾ HOẠCH")
                target = True
            else:
                ctx.target_level = level if target else 0
            ctx.section_target = target
            ctx.heading_since = True
            # rule headline-fact: a headline that names a province, an index and a value states a fact
            # ("ICT Index: tỉnh X đứng thứ 11 cả nước"); other headings only set the context; after the body (a related
            # article's headline) only one that writes its year too ("» Phú Yên: DTI 2023 đạt 0,5034, xếp thứ 33/63";
            # not a teaser, "Thanh Hóa: hồ sơ trực tuyến vượt mốc 60%")
            # rule numbered-value-heading: a numbered section heading that opens with its value ("2. 100% thủ tục đủ
            # điều kiện được cung cấp trực tuyến toàn trình", "3. 78,25% hồ sơ được xử lý trực tuyến" under "Lào Cai: 7
            # dấu ấn chuyển đổi số năm 2025") is one of the article's own figures, stated as its section's title
            numbered = i > 0 and bool(_NUMBERED_VALUE_HEADING.match(lower, s, e))
            after_body = ctx.seen_body and not _YEAR_IN.search(lower, s, e) and not numbered
            if ctx.section_target or after_body:
                continue
            if not _headline_fact(hits_of[i], sent_mentions, lower, s, e, masks, numbered):
                continue
        ctx.seen_body = ctx.seen_body or not sent.is_heading  # headings after the body: related links, not the title
        if not sent.is_heading:
            ctx.body_sents += 1
        bullet = bool(_BULLET.match(lower, s))  # the line is a list item ("- ", "• ", "1. ")
        if sent.line_no != ctx.para_line:
            # rule paragraph-connector: a line that opens with "Trong đó", "Cụ thể", "Theo đó" ... goes
            # on with the paragraph before (a page with a <p> per sentence): its year, index, province
            # and subject carry over
            if not (ctx.para_line >= 0 and _CONTINUES_PARAGRAPH.match(lower, s)):
                # rule index-across-lines: after a line of one sentence (a page with a <p> per
                # sentence), the ranked index it named goes on into the next line ("Bộ chỉ số DTI
                # 2020 gồm 3 trụ cột ...\nTỉnh X đứng thứ 12 cả nước"), and so does a district it was
                # about (rule unit-across-lines); not past a heading. Its year, province and a
                # national subject do not: "Hiện nay, ..." on the next line is the article's year,
                # and one national sentence among a page of <p>-per-sentence lines would take every
                # province value after it (README, "Tried and not kept")
                one_sentence = per_line.get(ctx.para_line) == 1 and not ctx.heading_since and not sent.is_heading
                # (a symbol bullet never opens with a letter or a digit: most lines are not asked)
                item = bullet or (not cased[s].isalnum() and symbol_bullet(cased[s:e]))
                # (not a bullet's index into a line that is no bullet: "- An toàn thông tin mạng: hạng
                # 13.\nLâm Đồng ... xếp thứ 19 cả nước" ranks no sub-index; a symbol's bullet too, "▪️ An toàn thông
                # tin mạng: xếp thứ 2" over "So sánh: Năm 2023, Thái Nguyên xếp thứ 15/63")
                if ctx.para_bullet and not item:
                    one_sentence = False
                # (a district stays behind at a list item the line before did not announce with ":", "■ 100%
                # ấp, khóm có sóng 4G" after a district's score: unit-across-lines)
                keep_subject = one_sentence
                if keep_subject and item and ctx.para_sents:
                    keep_subject = _ends_with_colon(lower, ctx.para_sents[-1][0], ctx.para_sents[-1][1])
                asked = ctx.para_sents and _asks(lower, ctx.para_sents[-1])
                asked_year, asked_topic = (ctx.para_year, ctx.para_topic) if asked else (None, None)
                if asked_year is not None and len(set(_YEAR_IN.findall(lower, ctx.para_sents[0][0], s))) > 1:
                    asked_year = None  # ("Năm 2020, tỉnh xếp thứ 17/63. Ông có kỳ vọng năm 2021 sẽ cao hơn?": which?)
                # (and what the question's year labels goes with it: another ranking's edition, rule other-index-year)
                asked_other = asked_year is not None and ctx.para_year_other_index
                ctx.new_paragraph(keep_topic=one_sentence, keep_subject=keep_subject)
                # rule question-year: the answer to a question that named its year ("Thưa ông, kết quả nổi bật nhất
                # của năm 2023 là gì?\n- ... Cả năm, tỷ lệ hồ sơ ... đạt 58,47%") is that year's, where it names none;
                # and of the ranked index it named ("Theo bảng xếp hạng DTI 2022, tỉnh đứng thứ 19/63. Ông đánh giá thế
                # nào?\n- Giá trị chỉ số của tỉnh đạt 0,5104")
                ctx.para_year = asked_year
                ctx.para_year_other_index = asked_other
                ctx.para_topic = ctx.para_topic or asked_topic
                ctx.para_opens_field = keep_subject and bool(_FIELD_OPENING.match(lower, s))
                ctx.para_bullet = item
            ctx.para_line = sent.line_no
            ctx.heading_since = False
        ctx.para_sents.append((s, e, sent_mentions))
        hits = hits_of[i]
        numbers = find_numbers(lower, s, e, masks, original)
        if bullet and ctx.lead_plan_side and len(numbers) >= 2:
            numbers = _without_slash_plans(lower, numbers, ctx.lead_plan_side, drops)
        sm = Mentions(
            lower,
            cased,
            original,
            s,
            e,
            places=sent_mentions,
            topics=hits,
            values=numbers,
            masks=masks,
            regions=regions,
            context_from=ctx.para_sents[0][0],
        )
        if s in gate_words:
            preset_gates(sm, gate_words[s])
        if heading_dx is not None:
            sm.dx_context = heading_dx  # (Mentions.dx_context, kept: the same search over the same span)
        dx_here = sm.dx_context
        drops_before = len(drops)
        # rule target-lead-in: the bullets under "Kế hoạch đặt ra các chỉ tiêu chủ yếu:" are plans
        # (not a bullet that sets its plan beside its result: "kế hoạch 50%, thực hiện 57,2%": rule plan-and-result)
        under_targets = ctx.lead_target and bullet and not _PLAN_AND_RESULT.search(lower, s, e)
        if ctx.para_target and cues.result_lead.search(lower, s, e):
            ctx.para_target = False  # "Kết quả năm 2023, ..." after the plan's targets: results again
        # rule targets-announced: after "Kế hoạch đặt ra 18 chỉ tiêu cụ thể.", the paragraph lists them
        under_targets = under_targets or ctx.para_target
        # rule plan-label: a line labelled as plans ("4. Nhiệm vụ năm 2024: phấn đấu ...; tỷ lệ hồ sơ trực tuyến đạt
        # trên 60%") states targets, not results (not one that sets a result beside its plan: rule plan-and-result)
        # (a label of plans ends on its colon: a sentence without one is not matched)
        if ":" in sent_text and _PLAN_LABEL.match(lower, s, e) and not _PLAN_AND_RESULT.search(lower, s, e):
            under_targets = True
        # rule months-ahead: a sentence opening on the months left of the year ("6 tháng cuối năm, tỉnh tập trung ...;
        # nâng tỷ lệ hồ sơ trực tuyến lên 70%") in an article written from April to October, before they ended, states
        # what is to be done (in January, "Trong 6 tháng cuối năm, ..." looks back on the year before)
        ahead = months_left and bool(_MONTHS_AHEAD.match(lower, s, e))
        ahead = ahead and not _CANCEL_AHEAD.search(lower, s, e)
        under_targets = under_targets or ahead
        # (a sentence without a number may still rank provinces by counted positions: "ba vị trí đầu lần
        # lượt thuộc về A, B và C"; rule positions-then-provinces)
        positions = not numbers and may_hold[i] and _counted_positions(lower, s, e)
        answered = None  # (the index a question right before names, when the sentence's values went to it)
        if (numbers or positions) and not ctx.section_target and not under_targets:
            # "Bộ vừa công bố Chỉ số chuyển đổi số.\nTheo đó, ...": "theo đó" continues across the line break
            first_at, last_at = (numbers[0].start, numbers[-1].start) if numbers else (e, e)
            joined = ctx.carry_line == sent.line_no or (ctx.carry_sent == i - 1 and bool(cues.follows.match(lower, s)))
            # rule before-that-follows: "... đạt 78,4%.\nTrước đó, năm 2024, Long An đạt 66,8% ..." goes on with the
            # statistic across the line break (not a ranking index: "Trước đó, năm 2023, tỉnh xếp thứ 6/63" after a
            # paragraph ending on a component's rank is the article's index's again)
            before_that = (
                ctx.carry_sent == i - 1
                and _BEFORE_THAT.match(lower, s) is not None
                and ctx.carry is not None
                and ranking_family(ctx.carry) is None
            )
            joined = joined or before_that
            own_measure = any(h.topic.codes for h in hits)
            same_para = joined and (
                before_that
                or _continues(lower, s, first_at, sent_mentions, last_at)
                # rule places-with-values: a sentence that names no measure, only provinces with values
                # ("Một số tỉnh đạt trên 95% như Quảng Ninh (98,7%), Trà Vinh (95,4%).") goes on with the last
                or (not own_measure and any(m.slug != SELF and m.start < last_at for m in sent_mentions))
            )
            use = ctx.carry if same_para else None
            # rule component-in-its-edition: a part of the DTI carried on or named by the paragraph (a pillar, a main
            # index) stays in its edition: "Trụ cột kinh tế số của thành phố xếp thứ 5/34. Trên cơ sở 63 tỉnh, năm 2023
            # Cần Thơ xếp thứ 19/63, Hậu Giang thứ 27" ranks the whole index of another year (the article's, below)
            own = {int(y) for y in _YEAR_IN.findall(lower, s, last_at)} if ctx.carry_period is not None else set()
            # (one year, another than the part's, and no word pointing back at a part: "Điểm số của trụ cột cũng tăng
            # đều, từ 0,2870 điểm năm 2020 lên 0,3645 điểm năm 2021" follows the pillar over its years)
            other_edition = len(own) == 1 and ctx.carry_period not in own and "tru cot" not in sent_text
            if other_edition and _dti_part(use):
                use = None
            para_topic = None if other_edition and _dti_part(ctx.para_topic) else ctx.para_topic
            pointed = ctx.last_measure
            # (rule backref-past-remark: the measure before a sentence with no number and no measure of its own)
            remarked = ctx.remarked
            past_remark = pointed is None and remarked is not None and remarked[1] == i - 1 and not own_measure
            pointed = remarked[0] if past_remark else pointed
            # (the sentence is scanned for the words pointing back only where they may point at the measure)
            backref = (
                pointed is not None
                and (same_para or past_remark or (ctx.carry_sent == i - 1 and not own_measure))
                and cues.measure_backref.search(lower, s, last_at)
            )
            backref_at = None
            if backref:
                # (a pillar pointed back at stands where it is named: rule backref-in-place; "tỷ lệ này", "chỉ số này"
                # point back at the measure the sentence itself may have just named, as the carry does)
                pillar = backref.group().startswith("tru cot") and _FIELD_BEFORE.search(lower, s, backref.start())
                # (not "các chỉ số thành phần của trụ cột này"; and any measure pointed back at in a sentence that names
                # one of its own only after it: "7 tháng đầu năm 2024, tỷ lệ này đã tăng lên 62,3%, thanh toán trực
                # tuyến đạt 45,9%": 62,3 is the dossiers' of the sentence before, 45,9 the payments')
                # (a rate or share so named: not "con số này", "bảng xếp hạng này", which may be of anything before)
                own_after = (
                    own_measure
                    and backref.group().startswith(("ty le ", "ty trong "))
                    and not any(h.topic.codes and h.start < backref.start() for h in hits)
                )
                backref_at = backref.span() if pillar or own_after else None
                # "tỷ lệ này" is the measure of the value just before it, also across a paragraph break
                # ("... đạt 98,7%.\nNgược lại, ... tỷ lệ này còn thấp: Lai Châu mới đạt 21,5%")
                use = pointed
                if pillar and pointed.name not in DTI_PILLARS:
                    # "trụ cột kinh tế số ... xếp thứ 14. Trong các chỉ số chính, ... nhân lực số chỉ xếp thứ 30. Cũng ở
                    # trụ cột này, Thanh Hóa và Hà Tĩnh lần lượt xếp thứ 18 và 35": the pillar named last, not the
                    # component index of it named after it
                    named = [h.topic for h in all_hits if h.start < s and h.topic.name in DTI_PILLARS]
                    use = named[-1] if named else use
                if backref.group().startswith("chi so") and ctx.head_index is not None:
                    # "... Chỉ số DTI đạt 0,5086, xếp thứ 23/63; trong đó, trụ cột chính quyền số xếp thứ 18,
                    # ... xã hội số thứ 20. Năm 2021, chỉ số này chỉ xếp thứ 41/63": the index the sentence
                    # was about (its first value's), not the last pillar of its breakdown
                    use = ctx.head_index
            about = _ABOUT_BACKREF.search(lower, numbers[-1].end, e) if numbers and pointed is not None else None
            if about and not any(h.topic.codes and h.start < numbers[-1].start for h in hits):
                # (not when the sentence named the measure before its value: "kinh tế số ước đóng góp 12,1% GRDP, xếp
                # thứ 9 cả nước về tỷ trọng này")
                # rule ranked-about-backref: "Với kết quả này, thành phố đứng thứ 5 cả nước về chỉ tiêu này": what the
                # last value ranks is the measure just before, named where the sentence points back at it
                use, backref_at = pointed, (about.start() + 3, about.end())
            if not own_measure and i > 0 and not has_digit[i - 1] and not sentences[i - 1].is_heading:
                # rule measure-named-before, across a sentence with no number: "Sự phân hóa còn thể hiện ở tỷ
                # trọng kinh tế số trong GRDP. Năm 2023, tỷ trọng này của Cần Thơ ước đạt 9,8%, ..."
                named = _named_just_before(catalog, lower, s, last_at, sentences[i - 1])
                use = named or use
            pillar_ref = lower.find("tru cot nay", s, first_at) if i > 0 else -1
            # (the field the values are in, "Ở trụ cột này", "Trụ cột này ...": not "các chỉ số thành phần của trụ cột
            # này", the components of the pillar)
            if pillar_ref > s and not _FIELD_BEFORE.search(lower, s, pillar_ref):
                pillar_ref = -1
            if pillar_ref >= 0 and not any(h.topic.codes and h.start < first_at for h in hits):
                # rule pillar-named-before: "trụ cột này" before the values is a pillar of the index, the last the
                # sentence before names, also beside the whole index or another, and also when a measure is named
                # after the values ("PAR Index có lĩnh vực ..., còn DTI có hẳn một trụ cột chính quyền số. Ở trụ cột
                # này, Bắc Ninh và Vĩnh Phúc lần lượt xếp thứ 11 và thứ 9 – ... so với ... PAR Index"); it stands
                # where it is written
                prev = sentences[i - 1]
                pillars = [h for h in find_topics(catalog, lower, prev.start, prev.end) if h.topic.name in DTI_PILLARS]
                if pillars:
                    use = max(pillars, key=lambda h: h.start).topic
                    backref_at = (pillar_ref, pillar_ref + len("tru cot nay"))
            if not own_measure and "ty trong nay" in sent_text:
                # rule share-pointed-back: "Trước hợp nhất, năm 2024 tỷ trọng này của TPHCM (cũ) đạt khoảng 23%, ...":
                # the one share the catalog has (of the digital economy in GRDP), once the article has named it
                share = catalog.topic("digital_economy_grdp_share")
                if any(h.topic is share and h.start < s for h in all_hits):
                    use = share
            if (
                not own_measure
                and use is None
                and _is_statistic(ctx.last_measure)
                and _ALSO_OPENING.match(lower, s)
                and _names_province_before(sent_mentions, last_at)
            ):
                # rule also-opening: "Cũng đến hết tháng 9/2025, các tỉnh lân cận Tuyên Quang, Lào Cai và Phú Thọ đạt
                # lần lượt 79,1%, 81,7% và 88,2%": a sentence that says it goes on the same way ("cũng", "cùng năm")
                # and gives provinces values only is of the statistic just before, also after a paragraph break (not
                # a ranking's: "Cũng trong năm 2021, Khánh Hòa xếp thứ 10/63" after a pillar's rank is the index's)
                use = ctx.last_measure
            # (also past an index carried on that counts nothing: "Ở DTI 2021, tỉnh xếp thứ 3/63. ...\nNhìn sang tỉnh
            # bạn, ..., Hải Dương có 1.420 tổ")
            # (a sentence that names a measure of its own is not scanned: the rule reads a count with no measure)
            bare_teams = (
                not own_measure
                and (use is None or "count" not in use.codes)
                and _BARE_TEAM_COUNT.search(lower, s, e)
            )
            teams_at = False
            if bare_teams:
                # rule teams-counted-bare: "Trước đó, đến hết năm 2024, Yên Bái có 1.520 tổ, Lào Cai (cũ) có 1.389
                # tổ": the teams by their count noun alone, once the article has named them
                # (named anywhere before, also in a sentence without a number: "mô hình tổ công nghệ số cộng đồng đã
                # trở thành ...")
                teams = catalog.topic("community_digital_team")
                if teams.regex.search(lower, 0, s):
                    # (named where the count noun stands, so that it reaches past a measure outside the catalog after
                    # the values: "Hải Dương có 1.420 tổ, nhiều hơn Quảng Ninh dù dân số không chênh lệch nhiều")
                    use, backref_at, teams_at = teams, (bare_teams.end() - 2, bare_teams.end()), True
            q = _question_before(lower, sentences, i) if not own_measure else None
            if q is not None:
                # rule question-answer: "❓ Có bao nhiêu Tổ công nghệ số cộng đồng?\n👉 Đáp án: 1.204 tổ": the
                # answer is of the measure the question names (not when it asks about the nation)
                asked = _measured_topic(outermost(find_topics(catalog, lower, q.start, q.end)))
                use = asked if asked is not None and not _NATION.search(lower, q.start, q.end) else use
                answered = asked if use is asked else None
            if (
                use is None
                and ctx.roundup_measure is not None
                and sm.province_then_shares
                and any(h.topic.codes for h in hits)
                and not any(_is_statistic(h.topic) for h in hits)
                and _values_name_no_measure(lower, s, e, numbers, ctx.roundup_measure)
            ):
                # rule roundup-measure, over an index named in passing: "Đà Nẵng đạt 12,64% năm 2022; Khánh Hòa
                # đạt 8,91%, trong đó kinh tế số lan tỏa trong du lịch ..." (the pillar's name measures no share)
                use = ctx.roundup_measure
                ctx.carry_period = None
            if use is None and not any(h.topic.codes for h in hits):
                # (a lead-in's measure also goes to a line of its series: "...mức độ 4:\n2019: 15,2% | 2020: 31,5%")
                use = para_topic or (ctx.lead_topic if bullet or _SERIES_OPENS.match(lower, s) else None)
                if (
                    # (also over an index the paragraph named that has no share: "kinh tế số" of the lead)
                    (use is None or (not _is_statistic(use) and all(n.percent for n in numbers)))
                    and ctx.roundup_measure is not None
                    and _names_province_before(sent_mentions, last_at)
                    and _values_name_no_measure(lower, s, e, numbers, ctx.roundup_measure)
                ):
                    # rule roundup-measure: in a round-up of the nation's statistic ("Năm 2023, tỷ lệ ... cả
                    # nước đạt 76,4%."), provinces with values and no measure of their own ("Bắc Ninh đứng
                    # đầu với 91,2%", "- Đà Nẵng: 89,7%") are of that statistic, sentences later
                    use = ctx.roundup_measure
                    # (the round-up's statistic, not the sentence before's index: that sentence's year is not carried)
                    ctx.carry_period = None
                use = use or (None if ctx.other_index or ctx.section_parts else ctx.section_topic)
                about_doc = ctx.doc_topic is not None and not ctx.other_index
                # (or a score said to be the value reached: "Năm 2021, thành phố đạt giá trị 0,6412, cao hơn ...")
                ranked = (
                    cues.rank_words.search(lower, s, e)
                    or cues.rank_moves.search(lower, s, e)
                    or cues.score_label.match(lower, s)
                    or _VALUE_REACHED.search(lower, s, e)
                )
                if use is None and about_doc and ranked:
                    # rule doc-topic: "Thành phố cán đích vị trí thứ 2" in an article about one index; "Giá
                    # trị: 0,4512", a fact box's score line
                    use = ctx.doc_topic
            first_value_at = next((n.start for n in numbers if not is_year(n)), first_at)
            if (
                use is not None
                and is_dti_part(use)
                and not own_measure
                and ctx.doc_topic is not None
                and ctx.doc_topic.name == "dti"
                and (
                    (
                        ctx.home_values
                        # (before the first value past a year opening the sentence: "năm 2023, Nam Định xếp thứ ...")
                        and any(x.slug not in (SELF, article) and x.start < first_value_at for x in sent_mentions)
                    )
                    # ("Riêng năm 2022, trụ cột chính quyền số của Yên Bái đứng thứ 4/63. Trong khi đó, Lào Cai (cũ) năm
                    # 2023 xếp thứ 25/63 với 0,5190 điểm": one province's own component passes to no other's values)
                    or (
                        ctx.component_owner is not None
                        and any(x.slug not in (SELF, ctx.component_owner) and x.start < last_at for x in sent_mentions)
                    )
                )
                and backref_at is None  # (not a pillar pointed back at in place: "Cũng ở trụ cột này, Thanh Hóa ...")
                # (nor a part pointed back at after the values: "A và B lần lượt xếp thứ nhất và thứ ba về chỉ số này")
                and not _INDEX_POINTED_AFTER.search(lower, first_at, e)
            ):
                # rule component-stays-home: a pillar or main index carried from values of the article's province
                # does not pass to another province's values ("Chỉ số nhận thức số giảm ... xuống 0,5030.\nHậu
                # Giang năm 2022 xếp thứ 40/63."): those are the index's own (a round-up of one pillar over many
                # provinces, whose values before are others' or the nation's, carries it on)
                use = ctx.doc_topic
            if (
                use is not None
                and use.name == "ict_index"
                and not own_measure
                and ctx.doc_topic is not None
                and ctx.doc_topic.name == "dti"
                and _AFTER_ICT_INDEX.search(lower, s, e)
            ):
                # rule ict-index-ended: the ICT Index was last published for 2020, the DTI replaced it; a rank of a
                # later year in an article about the DTI is the DTI's ("Ngay từ ICT Index 2020, Quảng Bình đã xếp thứ
                # 24/63. Trong khi đó, Quảng Trị năm 2023 chỉ xếp thứ 38/63")
                use = ctx.doc_topic
            bindings = bind_sentence(
                catalog,
                sm,
                dx_context=dx_here or ctx.prev_dx,
                title_dx=ctx.title_dx,
                carry=use,
                carry_at=backref_at
                if use is not None and (use is ctx.last_measure or pillar_ref >= 0 or teams_at)
                else None,
                drops=drops,
                prev_items=_items_named_before(
                    catalog, sentences, i, has_digit, hits_of, lower, ctx.bound_sent, sm
                )
                or _counted_items_before(lower, s, e, ctx.recent_measures, ctx.last_bindings)
                or ctx.prev_items,
                prev_places=_places_before(ctx.para_sents, ctx.prev_para_last),
                passage_index=para_topic or (None if ctx.other_index else ctx.section_topic or ctx.doc_topic),
                rank_index=None if ctx.other_index else ctx.doc_ranking or _dti_named_last(index_hits, s),
            )
            if bullet and ctx.lead_years and len(bindings) >= len(ctx.lead_years):
                bindings = _by_year_columns(lower, bindings, ctx.lead_years)
        else:
            bindings = []
            if ctx.section_target or under_targets:  # under "Mục tiêu", "Nhiệm vụ, giải pháp": plans, not results
                why = "months-ahead" if ahead else "target-section"
                drops.extend(Drop(why, n.value, None, n.start) for n in numbers)
        # rule relative-year: "năm trước" counts back from the paragraph's year; in a paragraph that has none yet, a
        # ranking's from the edition its facts so far were of ("... lần lượt xếp thứ 19, 31 và 28. Đáng chú ý là trụ
        # cột xã hội số, năm trước chỉ đứng ở vị trí 47" in a report of DTI 2022 written in 2023 is 2021's), a
        # statistic's from the time of writing
        sent_years = []
        # (a sentence with no digit that opens counting on reads its year too, for a place written in words: "Năm sau,
        # địa phương này vẫn giữ vững vị trí thứ hai" is the year after the one written before, not the one carried)
        if has_digit[i] or (bindings and _OPENS_NEXT_YEAR.match(lower, s)):
            ranking = any(ranking_family(h.topic) for h in hits)
            # (or a place with no measure named, after a sentence of a ranking's facts: "Chỉ số này đạt 0,6215 điểm, xếp
            # thứ 25. Năm trước tỉnh xếp thứ 49." in 2023, of DTI 2022, is 2021's)
            ranking = ranking or (
                ctx.fact_year_ranked and not any(h.topic.codes for h in hits) and bool(_RANKS_ONLY.search(lower, s, e))
            )
            base = ctx.para_year or (ctx.fact_year if ranking else None)
            if base is None and not ranking and published is not None and published.month <= 3:
                # (a statistic's "năm trước" in a review of the year before is the year before that one: "tỷ lệ ... đạt
                # 71,3%, trong khi cùng kỳ năm trước chỉ là 54,8%" in January 2024 is 2022's; rule report-year)
                base = ctx.report_year if ctx.report_year == pub_year - 1 else None
            if base is None and (_OPENS_NEXT_YEAR.match(lower, s) or _OPENS_SAME_TIME.match(lower, s)):
                # rule year-after-paragraph: a paragraph that opens counting on ("Năm 2020, DTI của tỉnh xếp thứ 55/63
                # ...\nMột năm sau đó, giá trị DTI đạt 0,3732", "Năm tiếp theo, ...") counts from the paragraph before,
                # and so does one that opens at the same time ("Cùng thời điểm, chi trả lương hưu ... đạt 93,5%")
                base = ctx.prev_para_year
            # ("kỳ đánh giá trước", in a paragraph with no year and no fact yet, counts back from the latest edition
            # the article names: "ở kỳ đánh giá trước, địa phương này chỉ xếp thứ 18/63" in a report of DTI 2024
            # written in 2025 is 2023's, and "kỳ này" is 2024's; "năm trước" counts back from the time of writing)
            edition = None
            if (base is None and " truoc" in sent_text) or "ky nay" in sent_text:
                family = next((f for h in hits if (f := ranking_family(h.topic))), None)
                named = (dti_editions if family == "dti" else editions.get(family, [])) if family else []
                edition = max(named, default=None)
                if family is None:
                    # (a sentence naming no index, "So với lần công bố trước, khi tỉnh xếp thứ 14, ...", counts back
                    # from the edition the article has ranked so far, else the DTI's it reports)
                    edition = ctx.ranked_year or max(dti_editions, default=None)
            sent_years = year_mentions(lower, s, e, ctx.pub_year, base, edition, original)
            if i > 0 and (then := then_opening(lower, s, e, sentences[i - 1].start, sentences[i - 1].end)):
                sent_years = [then, *sent_years]
        attached = frame = None
        if bindings:  # (the frame is read only by the claims of bound values: a sentence that bound none skips it)
            # (not to the bounds of positions counted: "Các vị trí từ thứ 7 đến thứ 9 năm 2023 thuộc về ..." dates the
            # holders' ranks, rule positions-counted)
            counted = {n.start for n in positions_counted(lower, s, e, numbers)}
            uncounted = [n for n in numbers if n.start not in counted] if counted else numbers
            attached = attached_years(lower, uncounted, sent_years, s)
            now_at = now_cue(lower, original, s, e)
            frame = SentenceFrame(s, e, sent.is_heading, sent_mentions, sent_years, attached, now_at, sm.list_backref)
        # rule background-year: "Trước đó, năm 2022 tỉnh xếp thứ 40": a look back, not the edition
        # or the year of what follows
        back = _back_in_time(sent_years, ctx.fact_year, lower, s)
        back = back and not _edition_of_that_year(ctx, lower, s, e, sent_years)
        looks_back = bool(cues.background_lead.match(lower, s, e)) or back
        read_year = None  # the year of a statistic (not a ranking) read from the sentence or its paragraph
        sent_fact_years: list[int] = []  # the years of its facts, but those said to be of now (rule background-year)
        sent_ranked = False  # ... and whether one of them is a ranking's
        own_years: list[int] = []  # ... but those of a single value's own year ("(thứ 33)" after "so với năm 2021")
        sent_editions: list[int] = []  # the editions of its DTI values (rule look-back-clause)
        dated: dict[int, int] = {}  # id(binding) -> the year of its fact (rule own-years-backref)
        facts_before = len(facts)
        for b in bindings:
            claim = Claim(b, frame, ctx, published, lower)
            # 4. period: the first rule of YEAR_RULES that answers dates the value (period_rules.py)
            claim.period = first_pick(claim, YEAR_RULES, "period")
            if _refused(claim, PERIOD_REFUSALS, drops):
                continue
            if claim.family is None and _read_from_text(claim) and not _contrast_dated(claim, sent_years):
                read_year = claim.period
            stat_dated = _read_from_text(claim) or claim.chosen.get("period") in _NOW_RULES
            if claim.family is None and not claim.ranked and stat_dated:
                ctx.stat_year = max(claim.period, ctx.stat_year or claim.period)  # (rule statistic-past-edition)
            # (a previous year's value, "từ vị trí 40 năm 2022 lên 25", is not the edition either)
            if (
                claim.ranked
                and not in_aside(lower, s, e, b.number.start)
                and not looks_back
                and (claim.chosen.get("period") not in ("attached-year", "move-start"))
                # (a look back to an earlier edition, "... DTI 2024 xếp thứ 22/34; năm 2023, tỉnh xếp thứ
                # 50/63", does not move the edition back: the pillars after it are 2024's)
                and not (ctx.ranked_year and claim.period < ctx.ranked_year)
            ):
                # ("(năm 2022 xếp thứ 58/63)", "– trụ cột từng xếp thứ 58 năm 2021 –" are asides, not the edition)
                ctx.ranked_year = claim.period
            # 5. subject: the first rule of SUBJECT_RULES that answers credits the province (subject_rules.py)
            claim.province = first_pick(claim, SUBJECT_RULES, "province")
            if _refused(claim, SUBJECT_REFUSALS, drops):
                continue
            # 6. the official table corrects a guessed year of a province's DTI value (period_rules.py);
            # only this value's: the next undated values keep the article's guess (the table vouches for
            # the value it holds, and on composite pages a carried correction moved unrelated values)
            checked = first_pick(claim, YEAR_CROSS_CHECKS, "period")
            if checked is not None:
                claim.period = checked
            era = index_of_its_era(claim, catalog)
            if era is None:
                drops.append(Drop("index-era", b.value, b.indicator.code, b.number.start))
                continue
            if era is not b.indicator:
                claim.b = replace(b, indicator=era)
            fact = _fact(claim, gaz, folded, text, doc=doc, source_url=source_url, published_on=published_on)
            key = (fact.province, fact.indicator, fact.period, round(fact.value, 6))
            if key in seen:
                if key in headline_at and not sent.is_heading:
                    # the body says what the headline said: its sentence is the evidence (with offsets)
                    at = headline_at.pop(key)
                    ctx.headline_keys.discard(at)
                    if chosen is not None:
                        chosen[:] = [
                            Chosen(fact, c.period_rule, c.province_rule) if c.fact is facts[at] else c for c in chosen
                        ]
                    facts[at] = fact
                continue
            seen.add(key)
            dated[id(b)] = fact.period
            if not sent.is_heading and (line_end := _run_in_heading(cased, lower, s, e)):
                run_in_at[len(facts)] = line_end
            if sent.is_heading:
                ctx.headline_keys.add(len(facts))
                headline_at[key] = len(facts)
            if chosen is not None:
                chosen.append(Chosen(fact, claim.chosen["period"], claim.chosen["province"]))
            facts.append(fact)
            if claim.chosen["period"] not in _NOW_RULES:
                sent_fact_years.append(fact.period)
                sent_ranked = sent_ranked or claim.ranked
            if claim.chosen["period"] not in ("attached-year", "move-start"):
                own_years.append(fact.period)
            if claim.ranked:
                sent_editions.append(fact.period)
            for year in SHARED_YEARS.pick(claim):  # one value of several years (rule shared-years)
                claim.period = year
                _add_twin(make_fact(claim), facts, seen, chosen, SHARED_YEARS.name, claim.chosen["province"])
            claim.period, own_province = fact.period, claim.province
            for slug in SHARED_PROVINCES.pick(claim):  # one value of every province counted (rule shared-provinces)
                claim.province = slug
                _add_twin(make_fact(claim), facts, seen, chosen, claim.chosen["period"], SHARED_PROVINCES.name)
            claim.province = own_province
        # the index the sentence was about, even when its value was refused (a national figure)
        refused = [d.indicator for d in drops[drops_before:] if d.indicator in catalog.indicators]
        named_before = False
        # rule backref-past-remark: a sentence with no number and no measure ("Đây là kết quả đáng ghi nhận ...") passes
        # on what "tỷ lệ này" in the next one points back at, also across a paragraph break (not the carry itself)
        # (also one whose numbers bound nothing, measured nothing and are no shares: "Đây là kết quả đáng ghi nhận khi
        # quy mô dân số của tỉnh đã vượt 3,2 triệu người.")
        idle = has_digit[i] and not bindings and not refused and "%" not in sent_text
        remark = (not has_digit[i] or idle) and not any(h.topic.codes for h in hits) and ctx.last_measure is not None
        ctx.remarked = (ctx.last_measure, i) if remark and ctx.carry_sent == i - 1 else None
        ctx.carry = ctx.last_measure = ctx.head_index = None
        prev_bound, ctx.bound_sent = ctx.bound_sent, (i if bindings else ctx.bound_sent)
        if has_digit[i]:  # (rule component-stays-home: the last sentence with numbers gave only the article's)
            ctx.home_values = len(facts) > facts_before and all(f.province == article for f in facts[facts_before:])
            # (or one province's component, named as its own: "trụ cột chính quyền số của Yên Bái đứng thứ 4/63")
            owners = {f.province for f in facts[facts_before:]}
            owned = len(owners) == 1 and any(
                b.topic is not None and _owned_phrasing(lower, hits, b.topic, sent_mentions, s) for b in bindings
            )
            ctx.component_owner = next(iter(owners)) if owned else None
        elif "tru cot" in sent_text or "chi so" in sent_text:
            # ("Trụ cột xã hội số chứng kiến sự cạnh tranh sít sao. Đà Nẵng xếp thứ nhất với 0,6917": a sentence with no
            # number that names a pillar or an index afresh opens a round-up of it, whoever owned the one before; its
            # phrasings are not looked up, its words are enough)
            ctx.component_owner = None
        for b in bindings:  # (rule counted-items-before: the measures bound last, in order)
            recent = ctx.recent_measures
            if b.topic is not None and b.topic.codes and (not recent or recent[-1] is not b.topic):
                ctx.recent_measures = [*recent[-3:], b.topic]
        if bindings:  # (a sentence that bound nothing carries no index of its own and lists no items)
            ctx.last_bindings = bindings  # ("các chỉ số này" points back to all their measures)
            # (a sentence that bound several indices carries none of them: "CQS xếp thứ 27, KTS thứ 49 và XHS
            # thứ 44. Trong khi đó, tỉnh bạn Quảng Bình xếp thứ 30" does not rank Quảng Bình's XHS)
            listed_topics = {id(b.topic) for b in bindings if b.listed or len(bindings) > 1}
            ctx.carry = bindings[-1].topic if len(listed_topics) <= 1 else None
            ctx.last_measure = max(bindings, key=lambda b: b.number.start).topic
            ctx.head_index = min(bindings, key=lambda b: b.number.start).topic
            listed = [b for b in bindings if b.listed and b.province is None]
            # "A, B và C ... tương ứng 0,52; 0,51 và 0,50"
            by_province = [b for b in bindings if b.listed and b.province]
            provinces = {b.province for b in by_province}
            # ("CQS xếp thứ 9, KTS thứ 18, XHS thứ 11. Giá trị tương ứng là ...": each item with its own value is
            # a list too, one province's, its items in order)
            own = [b for b in bindings if not b.listed and b.province is None]
            years = [dated.get(id(b)) for b in own]
            if len(listed) >= 2:
                ctx.prev_items = listed
            elif len(provinces) >= 2 and len(by_province) == len(provinces):
                ctx.prev_items = by_province
            elif len(own) == len(bindings) >= 2 and len({id(b.topic) for b in own}) == 1 and None not in years:
                # rule own-years-backref: "năm 2020 xếp thứ 2, năm 2021 xếp thứ 5 và năm 2022 xếp thứ 6. Giá trị chỉ số
                # tương ứng là ...": one measure's values, each of its own year, are a list over those years (a share's
                # too: "Năm 2023, tỷ lệ ... đạt 56,2%, 11 tháng năm 2024 lên 71,4%. Tỷ lệ ... tương ứng là ..."; what
                # may point back at them is lists.respectively_pairs')
                if len(set(years)) == len(years):
                    ctx.prev_items = [replace(b, period=y) for b, y in zip(own, years, strict=True)]
            elif len(own) == len(bindings) == 1 and years[0] is not None and YEAR_ITEM.match(cased, s):
                # (one year a line, "2020 → hạng 30" over "2021 → hạng 23": the lines in a row are one list over those
                # years, for "Giá trị DTI tương ứng qua bốn năm là ..." after them)
                item = replace(own[0], period=years[0])
                run = prev_bound == i - 1 and dated_per_item(ctx.prev_items)
                if run and all(b.topic is item.topic and b.period != item.period for b in ctx.prev_items):
                    ctx.prev_items = [*ctx.prev_items, item]
                else:
                    ctx.prev_items = [item]
            elif len(own) == len(bindings) >= 3:
                # (an item may hold its score and its rank: "chính quyền số đạt 0,7215 điểm, xếp thứ nhất; xã hội số
                # ...": the items are the measures, each once, in order; "các thứ hạng tương ứng" says which value)
                first_of: dict[int, Binding] = {}
                for b in own:
                    first_of.setdefault(id(b.topic), b)
                if len(first_of) >= 3 and len(own) <= 2 * len(first_of):
                    ctx.prev_items = list(first_of.values())
        if ctx.carry is None and refused:
            ctx.carry = catalog.topic(catalog.indicators[refused[-1]].topic)
            # ("... bình quân cả nước là 42,7%. Dẫn đầu ở chỉ tiêu này là TP Hồ Chí Minh với 88,2%": the
            # measure of a refused value is what "chỉ tiêu này" points back to; rule measure-backref)
            ctx.last_measure = ctx.last_measure or ctx.carry
        gdp_share = ctx.last_measure is None and not bindings and not refused and _national_gdp_share(lower, s, e)
        if gdp_share:
            # rule gdp-share-of-nation: the digital economy's share of GDP (not GRDP) is the nation's ("Năm 2023,
            # kinh tế số chiếm khoảng 12,33% GDP cả nước"); no phrasing binds it, but it names the statistic that
            # the provinces after it are ranked by ("Bắc Ninh dẫn đầu với 27,8%, Thái Nguyên thứ hai với 25,6%"),
            # not the pillar "kinh tế số" of the DTI
            ctx.last_measure = catalog.topic(_GDP_SHARE_TOPIC)
        if ctx.last_measure is None and not bindings and not refused:
            # rule measure-named-before: a sentence that names one measure and binds none of its numbers ("Tổng
            # cục công bố tỷ trọng kinh tế số trong GRDP của 63 tỉnh năm 2023.") is what "tỷ trọng cao nhất" in
            # the next sentence points back to
            named_measures = {h.topic.name: h.topic for h in outermost(hits) if h.topic.codes}
            ctx.last_measure = next(iter(named_measures.values())) if len(named_measures) == 1 else None
            named_before = ctx.last_measure is not None
        if not bindings and _is_statistic(ctx.last_measure) and (sm.nation_words or _RELEASE.search(lower, s, e)):
            # rule roundup-measure: the nation's statistic ("cả nước ... đạt 76,4%") or a release of it for
            # every province opens a round-up of that statistic
            ctx.roundup_measure = ctx.last_measure
        else:
            # (a later sentence about one other statistic moves the round-up on to it; a province's value set
            # beside the nation's, "Cần Thơ ước đạt 12,8%, cao nhất vùng, xấp xỉ mức bình quân cả nước là
            # 12,33%", opens one: the provinces after it are ranked by that statistic)
            stats = {b.topic.name: b.topic for b in bindings if b.topic is not None and b.indicator.unit == "percent"}
            stat = next(iter(stats.values())) if len(stats) == 1 else None
            # (not a remark on every province just listed, "Cả ba tỉnh đều đã cung cấp 100% thủ tục ... toàn trình": the
            # cities after it are still ranked by the round-up's statistic)
            if stat is not None and not ALL_PROVINCES_ALIKE.search(lower, s, e) and (
                ctx.roundup_measure is not None
                or _national_statistic(drops[drops_before:], catalog, stat)
                or (ctx.doc_topic is None and _shares_of_provinces(facts[facts_before:], stat))
            ):
                ctx.roundup_measure = stat
        # (a province named as the one compared with, "chỉ sau Đà Nẵng", "so với Hà Nội", is not what the
        # paragraph goes on about)
        named = _not_compared(sent_mentions, lower, s, neighbours_named)
        if named:
            # (nor the area of a former province where something is: "..., nhờ các khu công nghiệp thuộc khu vực Hà Nam
            # (cũ)" in Ninh Bình's article; rule former-area)
            named = [x for x in named if x.slug == SELF or not former_area(lower, x)]
        # (nor the provinces of a list, "Thừa Thiên Huế và Quảng Ninh lần lượt đứng thứ hai và thứ ba": none of them is
        # what the paragraph goes on about, "Ở cấp trụ cột, thành phố có ... xếp thứ nhất" in Đà Nẵng's article)
        listed = len({x.slug for x in named if x.slug != SELF}) >= 2 and _LIST_WORDS.search(lower, s, e) is not None
        # (rule demonstrative-keeps-paragraph: a sentence whose first place is "địa phương này", "tỉnh này" points back
        # at the province the paragraph is about, which it goes on with: "DTI 2023 của Thừa Thiên Huế đạt 0,6712. Đây là
        # năm thứ 3 liên tiếp địa phương này nằm trong top 3. Trong đó, trụ cột chính quyền số ..." are Huế's pillars in
        # another province's paper; a bare "tỉnh" is the article's own)
        keeps = named and named[0].slug == SELF and is_demonstrative(lower, named[0].start)
        if named and not listed and not keeps:
            ctx.para_province = named[0].slug if named[0].slug != SELF else None
        # (a dateline writes its day with a "/": a sentence without one is not matched)
        item_dateline = cased.find("/", s, e) >= 0 and _ITEM_DATELINE.match(cased, s, e) is not None
        if sent.is_heading or item_dateline:
            # rule digest-item: a heading or a dateline that names one province opens an item about it
            slugs = {x.slug for x in sent_mentions if x.slug != SELF}
            one = next(iter(slugs)) if len(slugs) == 1 else None
            ctx.item_province, ctx.item_dated = one, item_dateline and one is not None
            if one is not None:
                ctx.items_seen.add(one)
        ctx.carry_line = sent.line_no
        # a year that belongs to one value only ("từ vị trí 35 năm 2021", "so với năm 2020 (thứ 51)")
        # dates that value, never the sentences after it (rule attached-year)
        # (only a year of the sentence is ever taken: none, none taken)
        taken = attached.taken if bindings else _taken_years(lower, numbers, sent_years, s)
        # (a contrast's year looks back: "..., trong khi cuối năm 2023 tỷ lệ này mới đạt 71%" dates 71 only)
        # (in a report of January to March that says "năm qua", the year of the tasks ahead dates nothing: "năm qua các
        # chỉ tiêu ... đạt, tạo nền tảng cho các nhiệm vụ năm 2024" is the past year's)
        review = published is not None and published.month <= 3 and past_year_cue(lower, s, e)
        own_year = last_period_year(
            [
                y
                for y in sent_years
                if y.start not in taken and not y.contrast and not (review and tasks_year(lower, s, y.start))
            ],
            lower,
            s,
            e,
        )
        if own_year is None and review:
            # rule past-year, for the paragraph: "Năm qua là năm tỉnh tạo được nhiều chuyển biến." in a
            # report of January to March dates the undated values after it to the year before
            own_year = published.year - 1
        if (
            own_year is not None
            and published is not None
            and own_year == published.year
            and _index_this_year(lower, s, e, sent_years, taken)
        ):
            # rule edition-this-year: "Bộ chỉ số năm nay gồm ba trụ cột ..." in June 2022 names the edition
            # out that day (DTI 2021), so the paragraph after it ("Cụ thể, trụ cột chính quyền số đạt 0,4512")
            # is of that edition, not of the year of writing
            own_year = edition_out_on(published)
        if own_year and sent_editions and own_year < max(sent_editions):
            # rule look-back-clause: an edition's values, then an earlier edition's in a later clause ("DTI 2022
            # của tỉnh đạt 0,4386, xếp thứ 35/63; năm 2021 tỉnh ở vị trí 44."): the paragraph after it goes on
            # with the edition it reports ("Ở ba trụ cột, chính quyền số đứng thứ 29, ..." is 2022's)
            own_year = max(sent_editions)
        announced_then = (
            own_year
            and sent_editions
            and own_year == max(sent_editions) + 1
            and "cong bo" in sent_text
            and own_year not in sent_fact_years
            # (the year opening the sentence, "Năm 2021 là năm ...", not an edition's label: "(DTI) năm 2021 do Bộ ...
            # công bố", whose value the headline already gave)
            and (opening := _YEAR_OPENING.match(lower, s, e)) is not None
            and int(opening.group(1)) == own_year
        )
        if announced_then:
            # rule announcement-year: the year an edition came out, written with it ("Năm 2021 cũng là năm Bộ ... công
            # bố bảng xếp hạng ... (DTI 2020) và Cần Thơ đứng thứ 13/63"): the ranks of the paragraph after it are that
            # edition's ("Thành phố có chỉ số hạ tầng số xếp hạng 6" is 2020's), its undated statistics are not
            own_year = max(sent_editions)
        if own_year and not looks_back:
            # rule edition-year-only: a year that labels a ranking's edition ("Theo Vietnam ICT Index 2018,
            # tỉnh xếp thứ 55") dates that index's values after it, not the statistics ("Tỷ lệ hộ ... đạt 18,5%")
            own = [y for y in sent_years if y.year == own_year and y.start not in taken]  # (in order: the last, last)
            at = own[-1].start if own else None
            ctx.para_edition = at is not None and bool(_EDITION_BEFORE.search(lower, max(s, at - 60), at))
            if not ctx.para_edition and own and _YEAR_RANKS.match(lower, own[-1].end):
                # (its last mention dating another province's rank after the edition's: "DTI năm 2021 của tỉnh xếp thứ
                # 58/63, trong khi tỉnh bạn Lào Cai năm 2021 đã xếp thứ 26"; every mention of the year a ranking's)
                labels = [bool(_EDITION_BEFORE.search(lower, max(s, y.start - 60), y.start)) for y in own]
                ranks = [lab or bool(_YEAR_RANKS.match(lower, y.end)) for lab, y in zip(labels, own, strict=True)]
                ctx.para_edition = any(labels) and all(ranks)
        if own_year and not looks_back:
            ctx.para_year_other_index = _labels_other_index(hits, sent_years, own_year, taken)
            # rule target-year: a year that opens a target ("Năm 2025, Đồng Nai đặt mục tiêu vào top 5 cả nước") is
            # the horizon set, not the edition of a rank the paragraph quotes after it ("Thứ hạng thứ 8 là ...")
            ctx.para_year_target = bool(_YEAR_SETS_TARGET.match(lower, s, e))
            # rule dated-paragraph: a year written only in a day's date ("Ngày 5/3/2025, Sở ... có văn bản báo cáo ...")
            # is when something was done, not the edition of the rankings the paragraph goes on with
            written = [y for y in sent_years if y.year == own_year and y.kind == "period"]
            ctx.para_year_dated = bool(written) and all(y.start > 0 and lower[y.start - 1] in "/-." for y in written)
        # (not a sentence whose only values are earlier ones each dated by its own year, "so với năm 2022, khi tỉnh đứng
        # thứ 16/63, thứ hạng DTI đã cải thiện 2 bậc": a look back, the paragraph stays with the later year before it)
        # (the later year: the paragraph's facts' so far, else, at a paragraph's start, the paragraph's before)
        later = ctx.fact_year if ctx.fact_year is not None else ctx.prev_para_year
        recalled = not own_years and later is not None and max(sent_fact_years, default=later) < later
        recalled = recalled and own_year in sent_fact_years
        ctx.para_year = ctx.para_year if looks_back or recalled else (own_year or ctx.para_year)
        if own_year and not looks_back and ctx.lead_year:
            ctx.para_own_year = True
        if not looks_back and sent_fact_years and not recalled:
            ctx.fact_year = max(sent_fact_years)
            ctx.fact_year_ranked = sent_ranked
        if sent_fact_years:
            span = ctx.fact_span or (sent_fact_years[0], sent_fact_years[0])
            ctx.fact_span = (min(span[0], *sent_fact_years), max(span[1], *sent_fact_years))
        if read_year is None and own_year and has_digit[i] and cues.year_review.search(lower, s, e):
            read_year = own_year  # "Hội nghị tổng kết công tác chuyển đổi số năm 2023"
        if own_year and ctx.body_sents <= 2 and published and own_year == published.year - 1 and not looks_back:
            # rule named-report: a lead that names the report of the year before ("Báo cáo kết quả chuyển đổi số năm
            # 2024 của UBND tỉnh cho thấy ...", "Theo báo cáo của Sở ..., năm 2023 hầu hết các chỉ tiêu ...") frames the
            # article at any month, not only in January to March (period_rules.report_year)
            # (not a ranking's report, "công bố báo cáo kết quả đánh giá mức độ chuyển đổi số ... năm 2020": rule
            # report-year says why)
            if _NAMED_REPORT.search(lower, s, e) and not _RANKING_REPORT.search(lower, s, e):
                ctx.report_named = True
                read_year = read_year or own_year
        # (or the lead opening the article on "năm qua" in January to March: "Năm qua, công tác chuyển đổi số của tỉnh
        # ghi nhận nhiều chuyển biến" frames a review of the year before, its undated figures after it that year's)
        if read_year is None and review and own_year == published.year - 1 and (has_digit[i] or ctx.body_sents == 1):
            # (and a January review's figures of "năm qua" outside the catalog: "Theo số liệu Cục Thống kê tỉnh, năm
            # qua, ... kinh tế của tỉnh vẫn tăng trưởng 1,85%" dates the undated statistics of the paragraphs after it)
            read_year = own_year
        if read_year is None and own_year and _national_statistic(drops[drops_before:], catalog):
            # rule report-year, of the nation's figure: "Năm 2023, tỷ lệ hồ sơ trực tuyến trên toàn quốc
            # đạt 43,5%" opening a round-up of January dates the provinces' undated figures after it
            read_year = own_year
        if read_year is not None and not looks_back and not sent.is_heading:
            # rule report-year: the year of statistics the text itself dates ("Tính đến hết năm
            # 2024, 92% ...", or a sentence under "Năm 2024, ...") goes on to the undated statistics
            # of later paragraphs (period_rules.report_year)
            ctx.report_year = read_year
        # (a release's year is often in the sentence after it: "... công bố số liệu tỷ trọng kinh tế số của 63
        # tỉnh. Theo đó, năm 2023 kinh tế số đóng góp 12,3% GDP cả nước.")
        release = not bindings and i <= 3 and bool(_RELEASE.search(lower, s, e))
        # (the nation's share of GDP at the top opens a round-up of the provinces' shares: rule gdp-share-of-nation)
        released = own_year and (
            release or (not bindings and i <= 3 and (ctx.release_undated or gdp_share) and sm.nation_words)
        )
        ctx.release_undated = release and not own_year
        if released and ctx.release_year is None and not _RANKING_WORDS.search(lower, s, e):
            # rule release-year: a lead that announces the release of figures for all provinces ("Tổng cục
            # Thống kê công bố số liệu tỷ trọng kinh tế số ... của 63 tỉnh, thành phố, tính cho năm 2023")
            # dates the undated figures of the round-up after it (not a ranking's release: an edition comes
            # out the year after, and the article's own figures are of its year)
            ctx.release_year = own_year
        # (not a part named in a breakdown after the sentence's first value, "... với vị trí thứ 8, trong đó trụ cột
        # chính quyền số đứng thứ 5": "Năm 2022, thứ hạng giảm xuống 16" after it is the whole's; rule
        # breakdown-not-topic)
        part_at = lower.find("trong do", numbers[0].end, e) if hits and numbers else -1
        topic_hits = [h for h in hits if h.start < part_at] if part_at >= 0 else hits
        named_topic = None if gdp_share else _ranked_topic(topic_hits)
        if named_topic is None and answered is not None and any(b.topic is answered for b in bindings):
            # rule answered-index: an answer that names no index, its values of the index the question asked about
            # ("PV: Còn chỉ số an toàn thông tin mạng?\nChỉ số này đạt 0,6215 điểm, xếp thứ 25."), makes it the
            # paragraph's, for a rank after it with no index ("Năm trước tỉnh xếp thứ 49")
            named_topic = answered if _ranks(answered) else None
        ctx.para_topic = named_topic or ctx.para_topic
        announced = None if bindings else _announced_index(hits, lower)
        if announced is not None:
            # rule announced-index: "Bộ vừa công bố Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2020, thay thế cho Vietnam
            # ICT Index. Theo đó, Bắc Ninh đạt giá trị 0,4471": of two indices, the one announced is what follows
            ctx.para_topic = announced
            ctx.carry = ctx.carry or announced
        # rule other-index-named: after a sentence that names an index outside the catalog ("Với SIPAS 2023,
        # mức hài lòng ... đạt 82,66%") and none of the catalog's, the ranks that follow are not the
        # article's or section's index (until a catalog index is named again)
        if any(h.topic.name == "sipas" for h in hits):
            ctx.other_index = not any("rank" in h.topic.codes for h in hits)
        elif any("rank" in h.topic.codes for h in hits):
            ctx.other_index = False
        if not hits and not bindings:
            # rule named-index: a sentence without a value that names one ranking index ("Bộ vừa công
            # bố Chỉ số chuyển đổi số cấp tỉnh.") is what the next sentence's values measure
            named_index = _ranked_topic([h for h in index_hits if s <= h.start and h.end <= e])
            frame = _pillar_frame(lower, s, e) if named_index is None else None
            if frame is not None:
                # (a pillar the sentence frames what follows with: "Ở trụ cột kinh tế số, bảng xếp hạng có nhiều xáo
                # trộn. Bắc Ninh vẫn giữ vị trí thứ hai." ranks Bắc Ninh in the pillar, not in the index; not a
                # pillar named in passing, "Như vậy, trụ cột xã hội số là trụ cột duy nhất giảm hạng")
                pillars = find_topics(catalog, lower, s, e, only=DTI_PILLARS)
                named_index = _ranked_topic([h for h in pillars if h.start == frame])
            if named_index is not None:
                ctx.para_topic = named_index
                ctx.carry = ctx.carry or named_index
        ctx.carry_sent = i if ctx.carry is not None or named_before else ctx.carry_sent
        # (the sentence's own year, not one a single value had to itself: "Nghệ An xếp thứ 19/63, vươn lên 14 bậc so
        # với năm 2021 (thứ 33). Giá trị chỉ số của tỉnh đạt 0,5104 điểm" is 2022's)
        ctx.carry_period = (own_years[-1] if own_years else facts[-1].period) if bindings and facts else None
        if _ends_with_colon(lower, s, e):
            # the one index or measure the lead-in names ("Tỷ lệ hồ sơ trực tuyến năm 2024 của một số địa
            # phương:" over "- Quảng Ninh: 91,2%")
            # (a lead-in at a meeting that reviews one year and plans the next, "Tại hội nghị tổng kết công tác năm
            # 2020 và triển khai nhiệm vụ năm 2021, Sở đã điểm lại 10 kết quả nổi bật:", dates its items by the
            # year reviewed)
            reviewed = _reviewed_year(lower, s, e) if own_year else None
            ctx.lead_plan_side, results_year = _slash_columns(lower, s, e)
            ctx.lead_years = _year_columns(lower, s, e)
            # (a lead-in without a year of its own after a sentence that gave one, "Đến hết năm 2024, các chỉ tiêu
            # ... tiếp tục tăng. Một số kết quả chính:", takes the paragraph's)
            ctx.lead_year = results_year or reviewed or own_year or ctx.para_year
            # (a lead-in without a number was not searched for phrasings: "..., tỷ trọng kinh tế số trong GRDP của tỉnh
            # qua các năm:" over "- Năm 2021: 8,1%")
            lead_hits = outermost(hits if may_hold[i] else find_topics(catalog, lower, s, e))
            ctx.lead_topic = _ranked_topic(lead_hits) or _measured_topic(lead_hits)
            # (or a lead-in of the months left of the year, in an article of April to October: "Kết luận hội nghị, Phó
            # Chủ tịch UBND tỉnh yêu cầu 6 tháng cuối năm các đơn vị:"; rule months-ahead)
            ahead_lead = months_left and bool(_MONTHS_AHEAD_IN.search(lower, s, e))
            ctx.lead_target = (
                (bool(cues.plan_lead.search(lower[s:e])) or ahead_lead)
                and not cues.result_lead.search(lower, s, e)
                and not _as_of_past_day(lower, s, e, published)
                and not ctx.lead_plan_side  # (its bullets hold a result and a plan each)
                and not _past_indicators(lower, s, e, published, ctx.para_sents[:-1], ctx.prev_para_year)
            )
        elif not (
            (ctx.lead_year or ctx.lead_topic or ctx.lead_target or ctx.lead_plan_side or ctx.lead_years)
            # (a sub-heading between the bullets does not end them: "▪ Chính quyền số" over "– 100% thủ tục ...")
            and (bullet or _label_item(cased, s, e) or (not numbers and e - s < 60 and symbol_bullet(cased[s:e])))
        ):
            # rule lead-in-list: "Chỉ số DTI năm 2022 của tỉnh:" dates and names the index of every
            # bullet under it ("- Xếp hạng: 44/63", "- Điểm: 0,43"), up to the first line that is not one
            ctx.lead_year, ctx.lead_topic, ctx.lead_target, ctx.lead_plan_side = None, None, False, 0
            ctx.lead_years = ()
        # (the target nouns all hold "tieu" or "ke hoach": a cheap scan first)
        sets = not bindings and ("tieu" in sent_text or "ke hoach" in sent_text)
        if sets and cues.targets_set.search(lower, s, e) and not cues.result_lead.search(lower, s, e):
            ctx.para_target = True
            # (and the bullets under it, when its paragraph ends there: "Kế hoạch đặt ra 12 chỉ tiêu chủ yếu, chia theo
            # ba trụ cột.\n▪ Chính quyền số\n– 100% thủ tục ..."; rule target-lead-in)
            ctx.lead_target = True
        ctx.prev_dx = dx_here
    facts += table_facts(
        table_values,
        doc=doc,
        text=text,
        folded=folded,
        published=published,
        source_url=source_url,
        gaz=gaz,
        seen=seen,
        drops=drops,
        basis_34=basis_34,
    )
    # a headline repeats what the body says with its year: the body's fact wins; a headline's hedged round
    # figure ("Hơn 92% ...", "gần 2.000 tổ") is the body's exact one rounded (rule headline-rounds-body)
    body = {(f.province, f.indicator, round(f.value, 6)) for i, f in enumerate(facts) if i not in ctx.headline_keys}
    # (a count out of a total is the body's whatever year and province a headline without a year took: "Kiên Giang: 9/13
    # chỉ tiêu ... về đích trước hạn" over "tính đến hết năm 2024 đã có 9 chỉ tiêu hoàn thành": the publication's year)
    body.update(
        (None, f.indicator, round(f.value, 6), f.out_of)
        for i, f in enumerate(facts)
        if f.out_of is not None and i not in ctx.headline_keys
    )
    # (a run-in heading's value said again by its item's text, on the same line, is the item's, whatever province and
    # year the heading took: the article's province in its successor's name, dated by the publication)
    restated = {
        i
        for i, line_end in run_in_at.items()
        if any(
            g.indicator == facts[i].indicator
            and round(g.value, 6) == round(facts[i].value, 6)
            and g.char_start is not None
            and facts[i].char_end is not None
            and facts[i].char_end <= g.char_start < line_end
            for g in facts
        )
    }
    body_values: dict[tuple[str, str], list[float]] = {}
    for i, f in enumerate(facts):
        if i not in ctx.headline_keys:
            body_values.setdefault((f.province, f.indicator), []).append(f.value)
    kept = [
        f
        for i, f in enumerate(facts)
        if i not in restated
        and (
            i not in ctx.headline_keys
            or (
                (f.province, f.indicator, round(f.value, 6)) not in body
                and (
                    f.out_of is None
                    or (None, f.indicator, round(f.value, 6), f.out_of) not in body
                    or _YEAR_IN.search(fold(f.evidence)) is not None  # (the headline's own year: "Năm 2024 ...")
                )
                and not (
                    f.qualifier and _rounds_one_of(f.value, body_values.get((f.province, f.indicator), []), f.qualifier)
                )
            )
        )
    ]
    return _unprefixed(kept, len(title_prefix)) if title_prefix else kept


_TITLE_END = re.compile(r"[.!?:;]\s*$")


def _run_in_heading(cased: str, lower: str, s: int, e: int) -> int:
    """Rule run-in-heading: a short sentence with no year that opens its line, the item's text going on after it on
    the same line ("Thanh toán trực tuyến đạt 62,4%. Năm 2023, tỷ lệ hồ sơ ... đạt 62,4%, ..." in a digest of news
    items): a heading, whose value the item's text says again with its year. Where its line ends (0: no such
    heading); for a number-first heading on a line of its own (rule item-heading), where the next line ends."""
    if e - s > 80 or cased[cased.rfind("\n", 0, s) + 1 : s].strip() or _YEAR_IN.search(lower, s, e):
        return 0
    end = cased.find("\n", e)
    end = end if end >= 0 else len(cased)
    if len(cased[e:end].strip()) > 20:
        return end
    if not cased[e:end].strip() and VALUE_DASH_ITEM.match(lower, s, e):
        # rule item-heading: a line of its own that opens with its value and a dash, a label after it ("100% – cơ quan
        # nhà nước gửi, nhận văn bản điện tử" in "Những con số biết nói"), the item's text on the next line saying the
        # value again with its year: that line is the item's
        after = cased.find("\n", end + 1)
        return after if after >= 0 else len(cased)
    return 0


# (after a dateline's place, "(Tuyên Quang) - Năm 2023, ...", "CẦN THƠ - Năm 2022, ...")
# ("Năm 2025 là năm đầu tiên ...": the year the article goes on to review, named as its subject)
_OPENING_YEAR = re.compile(
    r"\W*(?:\(?[a-z .&]{2,30}\)?\s*[-\u2013\u2014]\s*)?(?:trong |ca |suot )?nam ((?:19|20)\d\d)\s*(?:,|la nam\b)"
)


def _opening_year(lower: str, s: int, e: int, published: dt.date | None) -> int | None:
    """Rule opening-year: the year an article of the first half of a year opens its body with, when that
    is the year before ("Năm 2022, hệ thống một cửa của tỉnh tiếp nhận ..." in January-June 2023): a review
    of that year. Not a ranking's year (an edition comes out the year after; rule report-year says why)
    and not the nation's figure opening a round-up ("Năm 2024, tỷ lệ ... trên toàn quốc đạt 68%")."""
    m = _OPENING_YEAR.match(lower, s, e)
    if m is None or published is None or published.month > 6 or int(m.group(1)) != published.year - 1:
        return None
    if _RANKING_WORDS.search(lower, s, e) or _NATION.search(lower, s, e):
        return None
    return int(m.group(1))


_NATION = re.compile(rf"\b(?:{load_cues().nation_words})\b")
_NAMED_REPORT = re.compile(r"\bbao cao\b")
_YEAR_HEADS = re.compile(r"\W*(?:nam|dti)\s+(?:19|20)\d\d\s*[:.\-\u2013]")
_YEAR_SETS_TARGET = re.compile(
    r"\W*(?:trong )?nam (?:19|20)\d\d\s*,?\s*[^,.;:\d]{0,40}?\b(?:dat (?:ra )?muc tieu|de ra muc tieu|phan dau)\b"
)

# "Tây Ninh tổng kết chuyển đổi số năm 2025: Quyết tâm bứt phá trong năm 2026": the year a heading reviews
# (also the months a report covers: "Tây Ninh 9 tháng năm 2025: ..., DTI 2024 xếp hạng 16/34" reports 2025;
# the index's edition year after it dates only the index's values)
_REVIEWED_YEAR = skipping(
    re.compile(
        rf"\b(?:{load_cues().words['review_words']})\b[^.:;\n\d]{{0,60}}?\bnam ((?:19|20)\d\d)\b"
        r"|\b(?:\d{1,2}|sau|chin) thang (?:dau |cuoi )?nam ((?:19|20)\d\d)\b"
    )
)


def _heading_year(lower: str, start: int, end: int, pub_year: int | None) -> int | None:
    """A heading's year: the year it reviews ("tổng kết ... năm 2025"), else its last period year
    (a review's heading often names the year ahead too, "... bứt phá trong năm 2026")."""
    year = _reviewed_year(lower, start, end)
    if year is not None and (pub_year is None or year <= pub_year):
        return year
    # (not the year of the tasks it names after the results: "Kết quả chuyển đổi số năm 2025 và nhiệm vụ trọng tâm
    # năm 2026" reports 2025)
    years = year_mentions(lower, start, end, pub_year)
    results = [y for y in years if not tasks_year(lower, start, y.start)]
    return last_period_year(results or years, lower, start, end)


def _reviewed_year(lower: str, start: int, end: int) -> int | None:
    """The year ``lower[start:end]`` says it reviews ("tổng kết ... năm 2025", "9 tháng năm 2025"), if any."""
    reviewed = _REVIEWED_YEAR.search(lower, start, end)
    return int(reviewed.group(1) or reviewed.group(2)) if reviewed else None


# "đến ngày 30/6", "tính đến hết ngày 30/9/2024": the day a lead-in's figures stand at
_AS_OF_DAY = re.compile(r"\b(?:tinh )?den (?:het )?ngay (\d{1,2})/(\d{1,2})(?:/(20\d\d))?\b")


def _as_of_past_day(lower: str, start: int, end: int, published: dt.date | None) -> bool:
    """Rule as-of-past-day: a lead-in that says its figures stand at a day before the article was
    published ("Một số chỉ tiêu chính đến ngày 30/6:" in July) lists results, though "chỉ tiêu" is
    also a target's word; a day still to come ("đến ngày 31/12") keeps the lead-in a plan's."""
    m = _AS_OF_DAY.search(lower, start, end)
    if m is None or published is None:
        return False
    try:
        day = dt.date(int(m.group(3) or published.year), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return False
    return day < published


# "(kết quả năm 2025 / kế hoạch năm 2026)", "(thực hiện/chỉ tiêu)": a lead-in's two columns a slash joins, or a
# dash after the rows' label column ("(Chỉ tiêu – Kế hoạch – Thực hiện)")
_SLASH_COLUMNS = re.compile(
    r"\((?:(?:ten )?(?:chi tieu|noi dung|tieu chi)\s[\u2013\u2014-]\s)?"
    r"([^()/\u2013\u2014]{2,40}?)\s?(?:/|\s[\u2013\u2014-])\s?([^()/\u2013\u2014]{2,40})\)"
)
_SLASH_PAIR = re.compile(r"\s*/\s*|\s[\u2013\u2014-]\s")
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
_SCALE_WORDS = re.compile(r"phan tram|nghin|ngan|trieu")
# a sentence opening with a year counted on from the last one ("Một năm sau đó, ...", "Năm tiếp theo, ...")
_OPENS_SAME_TIME = re.compile(r"\s*(?:cung (?:trong )?(?:nam|thoi diem))\s*,")
_OPENS_NEXT_YEAR = re.compile(rf"\s*(?:(?:sang|den|toi) )?(?:(?:mot|1) )?nam (?:{NEXT_YEAR_WORDS})\b")


def _slash_columns(lower: str, start: int, end: int) -> tuple[int, int | None]:
    """Rule slash-plan: a lead-in that heads its bullets' "82,3% / 90%" with "(kết quả năm 2025 / kế hoạch
    năm 2026)" (or "60% – 68,9%" with "(Chỉ tiêu – Kế hoạch – Thực hiện)") says which of the two values is the
    plan (2 the second, 1 the first, 0 neither or no such lead-in) and the results' year, when their column names
    one (the plan's is no year of a result)."""
    m = _SLASH_COLUMNS.search(lower, start, end)
    if m is None:
        return 0, None
    plan = load_cues().plan_lead
    first, second = bool(plan.search(m.group(1))), bool(plan.search(m.group(2)))
    side = 2 if second and not first else 1 if first and not second else 0
    year = _YEAR_IN.search(m.group(1 if side == 2 else 2)) if side else None
    return side, int(year.group()) if year else None


# a line that opens with the field it reports on (rule unit-across-lines)
_FIELD_OPENING = re.compile(r"\W*(?:ve|(?:trong|o|doi voi) linh vuc)\s+[^,.;:\d]{2,40},")
# rule year-columns: a lead-in that orders its bullets' values by year, three years or more joined by slashes or
# dashes ("(theo thứ tự năm 2020 / 2021 / 2022):", "(số liệu các năm 2022 – 2023 – 2024):"; two are a span,
# "giai đoạn 2021 – 2025"), and a bullet's run of as many values of one measure joined the same way
_YEAR_COLUMNS = re.compile(r"\b20\d\d(?:\s*[/\u2013\u2014-]\s*(?:nam\s+)?20\d\d\b){2,}")
_COLUMN_GAP = re.compile(r"\s*[/\u2013\u2014-]\s*(?:thu\s+)?")


def _year_columns(lower: str, start: int, end: int) -> tuple[int, ...]:
    """The years a lead-in orders its bullets' value columns by (rule year-columns), in order; () for none."""
    m = _YEAR_COLUMNS.search(lower, start, end)
    if m is None:
        return ()
    years = tuple(int(y.group()) for y in _YEAR_IN.finditer(m.group()))
    return years if list(years) == sorted(set(years)) else ()


def _by_year_columns(lower: str, bindings: list, years: tuple[int, ...]) -> list:
    """A bullet's bindings, those of a run of ``len(years)`` values of one measure joined by slashes or dashes
    ("72,5% / 79,3% / 86,1%", "thứ 24 / thứ 11 / thứ 6") dated by the lead-in's year columns, in order."""
    ordered = sorted(bindings, key=lambda b: b.number.start)
    k = len(years)
    for i in range(len(ordered) - k + 1):
        run = ordered[i : i + k]
        if len({b.indicator.code for b in run}) == 1 and all(
            _COLUMN_GAP.fullmatch(lower, a.number.end, b.number.start) for a, b in zip(run, run[1:], strict=False)
        ):
            dated = {id(b): replace(b, period=y) for b, y in zip(run, years, strict=True)}
            return [dated.get(id(b), b) for b in bindings]
    return bindings


def _without_slash_plans(lower: str, numbers: list, side: int, drops: list) -> list:
    """The numbers of a bullet under a slash-plan lead-in, less the plan's of each "value / value" pair."""
    plans = set()
    for a, b in zip(numbers, numbers[1:], strict=False):
        if a.percent == b.percent and _SLASH_PAIR.fullmatch(lower, a.end, b.start):
            plans.add(id(b) if side == 2 else id(a))
    drops.extend(Drop("target-or-plan", n.value, None, n.start) for n in numbers if id(n) in plans)
    return [n for n in numbers if id(n) not in plans]


# a bullet that lays its plan beside its result ("kế hoạch 50%, thực hiện 57,2%", "thực hiện 39,5%/kế hoạch 45%")
# a line's label of plans up to its colon, numbered or not: "4. Nhiệm vụ năm 2024:", "Phương hướng thời gian tới:" (not
# "3 chỉ tiêu chưa đạt gồm:", indicators reported)
_PLAN_LABEL = re.compile(
    r"\s*(?:[ivx]+[.)]|\d+(?:\.\d+)*[.)]|[a-z][.)])?\s*"
    r"(?:nhiem vu|phuong huong|ke hoach|muc tieu|giai phap|dinh huong)\b"
    r"[^:.;,\d]{0,30}(?:(?:19|20)\d\d[^:.;,\d]{0,12})?:"
)
_PLAN_AND_RESULT = re.compile(
    r"\b(?:ke hoach|chi tieu|muc tieu)\b[^.;\n]{0,40}\b(?:thuc hien|ket qua|uoc dat|da dat)\b"
    r"|\b(?:thuc hien|ket qua|uoc dat|da dat)\b[^.;\n]{0,40}\b(?:ke hoach|chi tieu|muc tieu)\b"
    # ... or its result with its verdict ("Tỷ lệ hồ sơ thanh toán trực tuyến: 47,5% – đạt", "56,9% – không đạt")
    r"|\d\s*%?\s*(?:\([^()]{0,30}\)\s*)?[\u2013\u2014-]\s*(?:khong |chua )?(?:dat|vuot)\b"
)
_INDICATOR_NOUN = "chi tieu"


def _past_indicators(
    lower: str, start: int, end: int, published: dt.date | None, before=(), prev_year: int | None = None
) -> bool:
    """Rule indicators-of-the-past: "chỉ tiêu" is an indicator's word as well as a target's. A heading or
    lead-in whose only plan word it is lists results when it names only years before the article's ("MỘT
    SỐ CHỈ TIÊU NĂM 2022" in June 2023) or a part of a year gone by ("Một số chỉ tiêu 9 tháng năm 2024:"),
    or, naming no year, follows a report of such a period in its paragraph ("Sở vừa báo cáo kết quả 7 tháng
    đầu năm 2021. Một số chỉ tiêu như sau:"; "Năm 2023 tỉnh hoàn thành cơ bản các nhiệm vụ. Một số chỉ tiêu chủ
    yếu như sau:" in January 2024), or opens its own line after a paragraph of such a year (``prev_year``: "... năm
    2025 Hà Nội cung cấp 1.946 thủ tục ...\nMột số chỉ tiêu khác:" in January 2026); "Các chỉ tiêu năm 2025:" in
    2024 stays a plan."""
    if published is None or lower.find(_INDICATOR_NOUN, start, end) < 0:
        return False
    if any(m.group().strip() != _INDICATOR_NOUN for m in load_cues().plan_lead.finditer(lower, start, end)):
        return False  # "mục tiêu", "kế hoạch", "phấn đấu", ...: a plan's
    if load_cues().result_lead.search(lower, start, end):
        return True  # "Một số chỉ tiêu tiêu biểu:", "Các chỉ tiêu nổi bật": results picked out
    years = [int(y) for y in _YEAR_IN.findall(lower, start, end)]
    if years:
        reviewed = _reviewed_year(lower, start, end)
        return max(years) < published.year or (reviewed is not None and max(years) <= published.year)
    if not before and prev_year is not None and prev_year < published.year:
        return True
    return any(
        (_reviewed_year(lower, s, e) or 9999) <= published.year or _past_results_year(lower, s, e, published.year)
        for s, e, _ in before
    )


# "năm 2023 tỉnh hoàn thành cơ bản các nhiệm vụ": a past year's results reported, before "Một số chỉ tiêu chủ yếu:"
_PAST_RESULTS = re.compile(r"\bnam ((?:19|20)\d\d)\b[^.;:\d]{0,40}?\b(?:hoan thanh|da dat|dat duoc)\b")


def _past_results_year(lower: str, start: int, end: int, year_now: int) -> bool:
    m = _PAST_RESULTS.search(lower, start, end)
    return m is not None and int(m.group(1)) < year_now


# "bộ chỉ số năm nay", "DTI năm nay", "bảng xếp hạng năm nay", "kỳ đánh giá năm nay": the edition of this year
_INDEX_THIS_YEAR = re.compile(r"\b(?:chi so|dti|bang xep hang|ky danh gia|xep hang)(?: [a-z]+){0,2} nam nay\b")


def _index_this_year(lower: str, start: int, end: int, years, taken) -> bool:
    """The sentence's only period year is "năm nay" written right after a ranking's name."""
    own = [y for y in years if y.start not in taken and y.kind == "period"]
    return bool(own) and all(y.now for y in own) and _INDEX_THIS_YEAR.search(lower, start, end) is not None


def _ends_with_colon(lower: str, start: int, end: int) -> bool:
    """``lower[start:end]`` ends with ":", white space after it at most (a lead-in line: "... của tỉnh:")."""
    while end > start and lower[end - 1].isspace():  # (a sentence is trimmed: no loop as a rule)
        end -= 1
    return end > start and lower[end - 1] == ":"


def _taken_years(lower: str, numbers, years, start: int) -> set[int]:
    """The starts of ``years`` that belong to one value only (``attached_years(...).taken``): it takes
    only years it is given, so without years it is the empty set, and not worth working out."""
    return attached_years(lower, numbers, years, start).taken if years else set()


def _rounds_one_of(value: float, exact: list[float], hedge: str | None = None) -> bool:
    """A hedged headline figure rounds a body value: within 5 % of it (at least one unit); a round floor or ceiling
    ("Hơn 1 triệu người ..." over "1.084.512 người"), any body value on its side of it, up to half as much again."""
    if hedge in ("over", "above") and value == float(f"{value:.2g}"):
        return any(value < x < 1.5 * value for x in exact)
    if hedge in ("nearly", "below") and value == float(f"{value:.2g}"):
        return any(value / 1.5 < x < value for x in exact)
    return any(abs(value - x) <= max(1.0, 0.05 * abs(x)) for x in exact)


def _in_passing(mentions, lower: str, article: str, rivals: list) -> bool:
    """Rule provinces-in-passing: the article's "own" province is one of three or more tied for it, each
    named once in the body ("Nhóm 10 địa phương ... gồm A, B, C"), none in the first line (a title or
    the address would have broken the tie): a national article, about none of them."""
    if len(rivals) < 2:
        return False
    first_line = lower.find("\n")
    named = Counter(m.slug for m in mentions if m.slug != SELF)
    return named[article] == 1 and all(
        m.start > first_line >= 0 for m in mentions if m.slug in rivals or m.slug == article
    )


# refusals of a value as the nation's or an average's (binding_rules, subject_rules)
# (and a national article's value no sentence credits to a province: "article-named-in-passing")
_NATIONAL_DROPS = frozenset(
    {
        "national-or-average",
        "national-subject",
        "paragraph-about-nation",
        "aggregate-not-province",
        "article-named-in-passing",
    }
)


# after a share: words that go on about the value, not a noun saying what it is a share of ("31,8% và",
# "(26,1%)", "57,1% tại Hà Giang"; not "100% hồ sơ", "70% giá trị sản xuất")
_AFTER_BARE_SHARE = re.compile(
    r"%\s*(?:[^\w\s]|$|(?:va|so voi|nam|cua nam|trong|tai|o|chi tieu|cao|thap|dung|xep|vuot|nho|do|la)\b)"
)
# a share named by its own words after "tỷ lệ/tỷ trọng" ("tỷ lệ chi trả không dùng tiền mặt"), not pointing back
# ("tỷ lệ này", "tỷ trọng cao nhất", "tỷ lệ tương ứng") or bare before its value ("đạt tỷ lệ 85,2%") or a threshold
# ("nhiều tỉnh có tỷ trọng dưới 5%, thấp nhất là ...")
_OWN_SHARE_WORDS = re.compile(
    r"\bty (?:le|trong) (?!(?:nay|do|tren|duoi|cao|thap|tuong ung|lan luot|dat|la|cua|o|tai|chi(?! tra)|moi|vao|khoang"
    r"|gan|hon|tu|ca)\b|\d)[a-z]"
)


def _values_name_no_measure(lower: str, s: int, e: int, numbers: list, measure) -> bool:
    """Rule roundup-measure's guard: the sentence's shares stand bare after their provinces and it names no
    share of its own (then the values are of the round-up's statistic, not of something the reader is told);
    "24,5% GRDP" is bare in a round-up of the digital economy's share of GRDP."""
    if _OWN_SHARE_WORDS.search(lower, s, e):
        return False
    shares = any("%" in lower[n.start : min(e, n.end + 3)] for n in numbers)
    if numbers and not shares and _RANKS_ONLY.search(lower, s, e):
        # (ranks with no share among them, "TP Hồ Chí Minh xếp thứ 11, Bà Rịa - Vũng Tàu thứ 18": the statistic's
        # places only where they say so, "về tỷ trọng ..."; else they are the ranking the article reports)
        return False
    of_grdp = measure.name == _GDP_SHARE_TOPIC
    for n in numbers:
        at = lower.find("%", n.start, min(e, n.end + 3))
        if at >= 0 and not _AFTER_BARE_SHARE.match(lower, at) and not (of_grdp and _OF_GRDP.match(lower, at)):
            return False
    return True


_GDP_SHARE_TOPIC = "digital_economy_grdp_share"
_RANK_VERB = r"(?:xep|dung) (?:thu|hang)\b"
_RANKS_ONLY = re.compile(r"\b" + _RANK_VERB)
# a year right before a rank's verb ("Lào Cai năm 2021 đã xếp thứ 26"): the year of a ranking
_YEAR_RANKS = re.compile(r"\s*(?:(?:da|van|chi|moi|cung)\s+)?" + _RANK_VERB)
_OF_GRDP = re.compile(r"%\s*grdp\b")
# the digital economy's share of the nation's GDP: "kinh tế số (cả nước) ước chiếm khoảng 12,33% GDP (cả nước)"
_NATIONAL_GDP_SHARE = re.compile(r"\b(?:kinh te so|kts)\b[^.;%]{0,60}?\d[\d.,]*\s*%\s*gdp\b")


def _national_gdp_share(lower: str, s: int, e: int) -> bool:
    """Rule gdp-share-of-nation: the sentence gives the digital economy's share of GDP (a cheap scan first)."""
    return lower.find("% gdp", s, e) >= 0 and _NATIONAL_GDP_SHARE.search(lower, s, e) is not None


# a share in brackets (" (91,6%)", " (khoảng 52%)")
_BRACKETED_SHARE = re.compile(r"\((?:\s*(?:gan|hon|khoang|tren|duoi)\s+)?\s*\d[\d.,]*\s*%\s*\)")


def _outside_asides(lower: str, hits: list, s: int, e: int, place_ends: list[int] = ()) -> list:
    """Rule aside-apposition: the phrasings inside a dash aside right after an index ("chỉ số an toàn thông
    tin mạng – một trong các chỉ số chính thuộc trụ cột chính quyền số – của tỉnh đạt 0,7305") describe that
    index; the value after the aside is the index's, not the pillar's the aside names; nor the old index of an
    aside that says what replaced it ("năm 2020 – năm đầu áp dụng bộ chỉ số mới thay cho Vietnam ICT Index –")."""
    if not hits:
        return hits
    # rule describing-aside: what an aside right after a place's name says of it ("Đắk Lắk, địa phương có quy mô dân số
    # lớn nhất vùng, năm 2022 đạt 0,4527 điểm"; "Thanh Hóa – tỉnh có quy mô dân số lớn nhất vùng – đứng thứ 28") names
    # no measure of the value after it (not "..., tỉnh có thế mạnh về hạ tầng số, ...": no place's name before it)
    # (``place_ends``: the ends of the article's places, sorted: the sentence's own are bisected out, not every one
    # of the article's asked for every sentence)
    for at in place_ends[bisect_left(place_ends, s) : bisect_left(place_ends, e)]:
        if lower.startswith((",", " -", " \u2013", " \u2014"), at):
            m = _DESCRIBING_ASIDE.match(lower, at, e)
            if m is not None:
                hits = [h for h in hits if not (m.start() <= h.start < m.end())]
    if not hits or lower.count(" - ", s, e) < 2:
        return hits
    out = hits
    for m in DASH_ASIDE.finditer(lower, s, e):  # (an aside with no number in it)
        a, b = m.span()
        # (not a name between dashes in a row of names: "Chính quyền số – Kinh tế số – Xã hội số: lần lượt xếp thứ 15,
        # 27 và 22" joins three items)
        inside = [h for h in hits if a <= h.start < b]
        if len(inside) == 1 and _DASH_JOINED.fullmatch(lower, a, inside[0].start) and _DASH_JOINED.fullmatch(
            lower, inside[0].end, b
        ):
            continue
        if any(h.end <= a and a - h.end <= 3 and h.topic.codes for h in hits) or _REPLACED.search(lower, a, b):
            out = [h for h in out if not (a <= h.start < b)]
    return out


_DASH_JOINED = re.compile(r"\s[-\u2013\u2014]\s")
_LIST_WORDS = re.compile(r"\b(?:lan luot|tuong ung)\b")
_DESCRIBING_ASIDE = re.compile(
    r"(?<=[a-z])(?:,|\s[-\u2013\u2014])\s+(?:la\s+)?(?:dia phuong|tinh|thanh pho|noi|vung dat)"
    r"\s+(?:co|von|tung|vua|nam|duoc)\b"
    r"[^,;.()\d\u2013\u2014-]{3,70}?(?:,|\s[-\u2013\u2014]\s)"
)


# an aside that names what the index replaced ("năm 2020 – năm đầu áp dụng bộ chỉ số mới thay cho Vietnam ICT Index
# –"): the value after it is not the old index's
_REPLACED = re.compile(r"\b(?:thay cho|thay the|thay vi)\b")


_SENTENCE_WORDS: list = []  # [(catalog, its (finder, keywords, gate words))]: ``_sentence_words``


def _sentence_words(catalog) -> tuple:
    """One finder of the catalog's keywords and the binding rules' gate words (``cues.WordFinder``), with the two
    sets to tell them apart: what it finds in a span is exactly the words of both lists written there, so its answer
    split by the sets is what each list's own finder would give. Built once per catalog."""
    if _SENTENCE_WORDS and _SENTENCE_WORDS[0][0] is catalog:
        return _SENTENCE_WORDS[0][1]
    keywords = catalog.keyword_finder.words if catalog.keyword_finder is not None else frozenset()
    got = (WordFinder(keywords | GATE_WORDS), keywords, GATE_WORDS) if keywords else (None, keywords, GATE_WORDS)
    _SENTENCE_WORDS[:] = [(catalog, got)]
    return got


def _without_bracketed_shares(lower: str, s: int, e: int) -> str:
    """Rule bracketed-share: the text a sentence's phrasings are found in, its bracketed shares blanked out
    ("hơn 9 phần 10 hộ gia đình (91,6%) có đường truyền cáp quang" names the households with fibre around
    its figure; the figure binds to the phrasing it sits in). Most sentences have none: ``lower`` itself."""
    if lower.find("%)", s, e) < 0:
        return lower
    spans = [m.span() for m in _BRACKETED_SHARE.finditer(lower, s, e)]
    return _blanked(lower, spans) if spans else lower


def _is_statistic(topic) -> bool:
    """A measure with a share among its codes (not a ranking index)."""
    if topic is None:
        return False
    got = _STATISTIC.get(topic.name)
    if got is None:
        got = _STATISTIC[topic.name] = any(ind.unit == "percent" for ind in topic.codes.values())
    return got


_STATISTIC: dict[str, bool] = {}  # topic name -> it has a share among its codes


_COMPARING = skipping(re.compile(rf"\b(?:{COMPARING_WORDS})\s"))


def _not_compared(mentions: list, lower: str, s: int, neighbours_named: bool = True) -> list:
    """The sentence's mentions from the first one not after a comparison in its clause ("..., chỉ sau Hà Nội
    và Hải Phòng", "so với Đà Nẵng", "cao hơn tỉnh bạn Nghệ An"): the places compared with are not what the
    paragraph goes on about."""
    # (only the first mention is read: the first one not compared with; most sentences compare nothing)
    # (nor a neighbour set beside the article's province: "Tại tỉnh Tiền Giang lân cận, tỷ lệ này là 71,2%." leaves
    # the paragraph that goes on with "Bên cạnh đó, ..." to the article's province)
    # (``neighbours_named``: the article writes a neighbour's word at all, which every match holds)
    neighbours = [m for m in mentions if _NEIGHBOUR_AFTER_NAME.match(lower, m.end)] if neighbours_named else []
    if neighbours:
        mentions = [m for m in mentions if m not in neighbours]
    if not mentions or not _COMPARING.search(lower, s, mentions[-1].start):
        return mentions
    for i, m in enumerate(mentions):
        if _COMPARING.search(lower, max(s, lower.rfind(";", s, m.start) + 1), m.start) is None:
            return mentions[i:]
    return []


# a neighbour's word after its name ("tỉnh Tiền Giang lân cận"; gazetteer's NEIGHBOUR_WORDS come before the name)
_NEIGHBOUR_AFTER_NAME = re.compile(r"\s+(?:lan can|lang gieng)\b")


_QUESTION_END = re.compile(r"\?[\"”’]?\s*$")
_ASIDE = re.compile(r"\s*\([^()]{0,80}\)\s*$")


def _asks(lower: str, sent: tuple) -> bool:
    """The sentence (start, end, ...) is a question."""
    return _QUESTION_END.search(lower, sent[0], sent[1]) is not None


def _question_before(lower: str, sentences, i: int):
    """The question right before sentence ``i``, if it follows one (past who asked it, in brackets:
    "Hỏi: ... bao nhiêu? (Bạn đọc ở phường X)")."""
    j = i - 1
    if j > 0 and _ASIDE.fullmatch(lower, sentences[j].start, sentences[j].end):
        j -= 1
    return sentences[j] if j >= 0 and _QUESTION_END.search(lower, sentences[j].start, sentences[j].end) else None


def _named_just_before(catalog, lower: str, s: int, last_at: int, prev) -> object:
    """The one statistic the sentence before (one without a number) names, when this one points back to a
    measure ("tỷ trọng này", "tỷ lệ này") or that one places provinces by it (rule ranked-by-measure); None
    otherwise (the backref first: most sentences have none)."""
    backref = load_cues().measure_backref.search(lower, s, last_at)
    # (or this one opens a series labelled by years: "... tăng đều qua từng năm. Năm 2021: 38,2%; năm 2022: 51,6%")
    if not backref and not _RANKED_BY.search(lower, prev.start, prev.end) and not _SERIES_OPENS.match(lower, s):
        return None
    hits = outermost(find_topics(catalog, lower, prev.start, prev.end))
    if backref and backref.group() == "bang xep hang nay":
        # "... được đo bằng Vietnam ICT Index. Ở bảng xếp hạng này, năm 2018 tỉnh xếp thứ 5": the last ranking named
        ranked = [h.topic for h in hits if "rank" in h.topic.codes]
        return ranked[-1] if ranked else None
    named = _measured_topic(hits)
    if backref and backref.group() in _INDEX_BACKREFS and named is not None and not _is_statistic(named):
        # rule index-named-before: "Điểm yếu nhất của tỉnh là trụ cột xã hội số. Trụ cột này tỉnh chỉ đứng thứ 26":
        # the one ranking index (or pillar) the sentence before names
        return named
    return named if _is_statistic(named) else None


_INDEX_BACKREFS = ("tru cot nay", "chi so nay")
_SERIES_OPENS = re.compile(r"(?:nam\s+)?(?:19|20)\d\d\s*:\s*\d[^;|]*[;|]\s*(?:nam\s+)?(?:19|20)\d\d\s*:")


# rule ranked-by-measure: a sentence that places provinces by a share, with no value ("Thái Bình đứng sau Nam Định
# và Hưng Yên về tỷ lệ chi trả ... không dùng tiền mặt"), is what the bare values after it are of ("năm 2024 hai
# tỉnh này lần lượt đạt 91,3% và 88,6%")
_RANKED_BY = re.compile(
    r"\b(?:dung|xep|nam)\s+(?:sau|tren|truoc|dau|thu\s+\w+)\b[^.;]{0,80}?\bve\s+ty\s+(?:le|trong)\b"
)


def _shares_of_provinces(facts: list, stat) -> bool:
    """Rule roundup-measure, opened without the nation's figure: one sentence gives the statistic's share to
    several provinces ("Xếp thứ hai và thứ ba là A và B, với tỷ trọng tương ứng 27,05% và 19,38%"), so the
    article compares provinces by it (not in an article about a ranking index: its provinces' ranks after the
    sentence are the index's)."""
    codes = {ind.code for ind in stat.codes.values()}
    return len({f.province for f in facts if f.unit == "percent" and f.indicator in codes}) >= 2


def _names_province_before(mentions: list, at: int) -> bool:
    """A province (not the article's "tỉnh ta") is named before ``at``."""
    return any(m.slug != SELF and m.start < at for m in mentions)


def _national_statistic(drops: list, catalog, topic=None) -> bool:
    """A statistic of the catalog (not a ranking) was refused in the sentence as the nation's (one of
    ``topic``'s, when given)."""
    return any(
        d.rule in _NATIONAL_DROPS
        and d.indicator in catalog.indicators
        and catalog.indicators[d.indicator].unit not in INDEX_UNITS
        and (topic is None or catalog.indicators[d.indicator].topic == topic.name)
        for d in drops
    )


def _contrast_dated(claim: Claim, years) -> bool:
    """The value's year opens a contrast before it ("61,5%, trong khi năm 2020 con số này là 52,3%"): a year looked
    back at, not the one the text reports (rule report-year goes on with the report's)."""
    at = claim.b.number.start
    return any(y.contrast and y.year == claim.period and y.end <= at for y in years)


def _read_from_text(claim: Claim) -> bool:
    """The value's year was written in its sentence or its paragraph, not guessed from the date (or said in words
    as the year before: "Năm qua, ..." in January, rule past-year, dates a year-end review's later paragraphs too)."""
    rule = claim.chosen.get("period")
    return rule in ("list-year", "index-year", "sentence-year", "past-year") or (
        rule == "context-year" and claim.period == claim.ctx.para_year
    )


def _missing_headline(title: str | None, text: str) -> str:
    """The title as a first line to read, when it reads as a headline and the text does not open with
    it ("" otherwise: most texts keep their <h1>)."""
    head = " ".join((title or "").split())
    if not head or len(head) > 160 or len(head.split()) < 2 or _TITLE_END.search(head):
        return ""
    opening = " ".join(text[: len(head) + 400].split())
    if head in opening:
        return ""  # (as written: most pages; folding, a per-letter map, keeps what is contained)
    return "" if fold(head) in fold(opening) else head + "\n"


def _add_twin(
    twin: Fact, facts: list[Fact], seen: set, chosen: list | None, period_rule: str, province_rule: str
) -> None:
    """A copy of the fact just made, for another year or province (rules shared-years, shared-provinces), once."""
    key = (twin.province, twin.indicator, twin.period, round(twin.value, 6))
    if key in seen:
        return
    seen.add(key)
    if chosen is not None:
        chosen.append(Chosen(twin, period_rule, province_rule))
    facts.append(twin)


def _unprefixed(facts: list[Fact], n: int) -> list[Fact]:
    """Offsets back into the caller's text; a fact read from the title has none (its evidence is the title)."""
    for f in facts:
        if f.char_start is not None and f.char_start >= n:
            f.char_start, f.char_end = f.char_start - n, f.char_end - n
        else:
            f.char_start, f.char_end = None, None
    return facts


def _refused(claim: Claim, rules, drops: list) -> bool:
    """Ask the refusal rules in order; the first that fires drops the value with its name."""
    for rule in rules:
        if rule.check(claim):
            b = claim.b
            drops.append(Drop(rule.name, b.value, b.indicator.code, b.number.start))
            return True
    return False


def _old_basis_before(lower: str, para_start: int, s: int) -> bool:
    """The paragraph before the sentence names a former province ("(cũ)") or the old basis ("Tính riêng theo 63 đơn vị
    cũ, giá trị DTI 2024 của Hà Nam, Nam Định và Ninh Bình tương ứng là ... Về thứ hạng, Hà Nam đứng thứ 9"): its
    values are of the 63-province ranking (rule basis-of-paragraph)."""
    return bool(_OLD_BASIS_NAMED.search(lower, para_start, s))


# a former province ("(cũ)"), the old units ("theo 63 đơn vị cũ", "63 tỉnh, thành phố cũ") or the time before the merger
# ("trước hợp nhất"); not "63 tỉnh" alone, the basis of an older edition ("trong DTI 2023 tính trên 63 tỉnh, thành phố")
_OLD_BASIS_NAMED = re.compile(
    r"\(cu\)|\b63 (?:tinh|don vi|dia phuong)(?:, thanh(?: pho)?)? cu\b|\btruoc (?:khi )?(?:sap nhap|hop nhat)\b"
)


def _on_34_after(lower: str, s: int, start: int, end: int, e: int) -> bool:
    """A rank out of 34 follows the value in its clause, before any bracket, with nothing of the old basis before it
    ("Thành phố Huế đạt 0,6802 điểm, xếp thứ 3/34, cải thiện so với DTI 2023 (xếp thứ 5/63)": the score is of the
    34-province ranking; the "/63" after it is the older edition's)."""
    return _NEXT_34.match(lower, end, e) is not None and not _OLD_BASIS.search(lower, s, start)


_NEXT_34 = re.compile(r"(?:(?!/\s*63\b)[^;.(])*?/\s*34\b")


def _fact(
    claim: Claim, gaz, folded: Folded, text: str, *, doc: str, source_url: str | None, published_on: str | None
) -> Fact:
    """The fact, with its era: the slug of the province as it was in the value's year."""
    b, sent, ctx, published, period = claim.b, claim.sent, claim.ctx, claim.published, claim.period
    lower, s, e = claim.lower, sent.start, sent.end
    out_of = b.out_of
    if (
        claim.ranked
        and out_of is None
        and not named_as_former(lower, sent.places, b.clause_start, b.number.start)
        and period == 2024
        and ctx.basis_34
        and published is not None
        and published >= MERGER_DATE
        and not load_cues().basis_63.search(lower, s, e)
        # "TP Cần Thơ (cũ) xếp thứ 16/63, Hậu Giang thứ 33"; also in the paragraph before the sentence ("Quảng Bình (cũ)
        # ... xếp thứ 27/63 ... Ở các trụ cột, chính quyền số của Quảng Bình xếp thứ 19": rule basis-of-paragraph)
        # (a "/63" before the sentence may be an older edition's: "từng xếp thứ 6/63 ở DTI 2023")
        # (not one named only after a rank out of 34 that follows the value: an older edition's, _on_34_after)
        and (not _OLD_BASIS.search(lower, s, e) or _on_34_after(lower, s, b.number.start, b.number.end, e))
        and not (ctx.para_sents and _old_basis_before(lower, ctx.para_sents[0][0], s))
    ):
        out_of = 34  # rule basis-34: DTI 2024 as published after the merger ranks the 34 provinces
    # ANNOTATION.md: periods from 2025 on take the 34-province successor, whenever published
    province = gaz.era_slug(claim.province, period, published or MERGER_DATE, 34 if period >= 2025 else out_of)
    c0, c1 = folded.to_original(s), folded.to_original(e)
    return Fact(
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
        published=published_on,  # (``published.isoformat()``)
    )


_RANKING_INDICES = ("dti", "par_index", "ict_index")


# a pillar framing what follows: "Ở trụ cột kinh tế số, ...", "Với trụ cột xã hội số, ..." (rule named-index)
_PILLAR_FRAME = skipping(re.compile(r"\b(?:o|voi|ve|rieng|doi voi) (?P<pillar>)tru cot "))


def _pillar_frame(lower: str, s: int, e: int) -> int | None:
    """Where the pillar the sentence frames what follows with is named: after a framing word ("Ở trụ cột kinh tế số,
    ...") or opening the sentence ("Trụ cột xã hội số chứng kiến sự cạnh tranh sít sao.")."""
    if lower.startswith("tru cot ", s):
        return s
    m = _PILLAR_FRAME.search(lower, s, e)
    return m.end("pillar") if m else None


def _dti_named_last(index_hits, at: int):
    """The DTI, when it is the last ranking index named before ``at`` (rule dti-named-last: in an article that names
    the ICT Index too, and so is about no one index, "Năm 2020, Quảng Ngãi, Phú Yên và Ninh Thuận lần lượt đứng thứ 45,
    50 và 53" a paragraph after "Trong bảng xếp hạng DTI 2020, ..." ranks the DTI; not after another index named last,
    the ICT Index or the PAR Index, whose ranks stay unread)."""
    before = [h for h in index_hits if h.start < at]
    return before[-1].topic if before and before[-1].topic.name == "dti" else None


def _doc_topic(hits, all_hits=(), once: bool = False):
    """The one ranking index an article is about (named at least twice, twice as often as any other; the
    DTI named once and its pillars after it count as twice: "Theo Chỉ số chuyển đổi số (DTI) năm 2023, ...
    Chính quyền số xếp thứ 3; xã hội số xếp thứ 11."). ``once``: also the DTI named once and no other ranking
    index (rule doc-ranking: what a rank with no index in reach is of, "tỉnh đã từ vị trí 42 năm 2021 vươn lên
    vị trí thứ 19 năm 2023" paragraphs after "Chỉ số chuyển đổi số cấp tỉnh năm 2024 ..., An Giang xếp thứ 12";
    a rank only, not a share a paragraph carries no measure for)."""
    counts = Counter(h.topic.name for h in hits if h.topic.name in _RANKING_INDICES)
    if not counts:
        return None
    if counts["dti"] == 1 and any(h.topic.name in DTI_PILLARS for h in all_hits):
        counts["dti"] = 2
    (name, n), *rest = counts.most_common()
    if (n < 2 and not (once and name == "dti" and not rest)) or (rest and rest[0][1] * 2 > n):
        return None
    return next(h.topic for h in hits if h.topic.name == name)


# grammar (rule release-year): a release of figures for every province ("công bố số liệu ... của 63 tỉnh")
_RELEASE = skipping(
    re.compile(
        rf"\b(?:{load_cues().words['release_verbs']})\b[^.;]{{0,120}}?\b(?:63|34|cac) (?:tinh|dia phuong)\b"
    )
)
# positions counted, not numbered ("ba vị trí đầu", "hai vị trí dẫn đầu", "các vị trí tiếp theo"), before a list
_COUNTED_POSITIONS = re.compile(r"\bvi tri (?:dan dau|dau|tiep theo)\b[^.;]{0,60}?\b(?:lan luot|tuong ung)\b")
# words of a ranking in a heading ("DTI 2022", "Chỉ số ...", "xếp thứ"): its year is an edition (rule sub-heading-year)
# a sentence that opens on its year ("Năm 2021 cũng là năm ...", "Năm 2021, ...")
_YEAR_OPENING = re.compile(r"\W*nam ((?:19|20)\d\d)\b")
# (one list of words, read four ways: a ranking named as such, "DTI", "xếp hạng", not "chỉ số này", any measure pointed
# back at: rule edition-after-statistic)
_RANKED_NAMES = r"dti|index|bang xep hang|xep hang|xep thu|dung thu"
_EDITION_RANKED = re.compile(rf"\b(?:{_RANKED_NAMES})\b")
_RANKING_WORDS = skipping(re.compile(rf"\b(?:{_RANKED_NAMES}|chi so|vi tri)\b"))
# (a title's "các chỉ số", "những chỉ số" are the figures in general, no ranking: "Xã hội số Hà Tĩnh năm 2024: bức tranh
# qua các chỉ số" dates its sections with 2024 like any review's title; rule section-under-titled-year)
_RANKING_TITLE_WORDS = skipping(re.compile(rf"\b(?:{_RANKED_NAMES}|(?<!cac )(?<!nhung )chi so|vi tri)\b"))
# (and a ranking's report, "báo cáo kết quả đánh giá mức độ chuyển đổi số": rule named-report)
_RANKING_REPORT = re.compile(rf"\b(?:{_RANKED_NAMES}|chi so|vi tri|danh gia)\b")


def _label_item(cased: str, s: int, e: int) -> bool:
    """Rule lead-in-list, for items written without a bullet: the sentence is a whole line that labels its
    value ("Một số kết quả chính:" over "Chi trả lương hưu qua tài khoản: 87,6%"; sentences.label_value_line)."""
    line = cased.rfind("\n", 0, s) + 1
    return not cased[line:s].strip() and label_value_line(cased[s:e].strip())


def _labels_other_index(hits, sent_years, own_year: int, taken) -> bool:
    """Rule other-index-year: the sentence's year labels the edition of a ranking other than the DTI, the
    index named right at it ("Nếu như năm 2019, Chỉ số ... (Vietnam ICT Index) của tỉnh xếp thứ 39/63"):
    a DTI pillar the paragraph goes on to rank is of the DTI edition the article reports, not of 2019."""
    if not any(h.topic.name in OTHER_RANKINGS for h in hits):
        return False  # (most sentences name no other ranking: asked first)
    at = next((y for y in sent_years if y.year == own_year and y.start not in taken), None)
    if at is None:
        return False
    near = {
        ranking_family(h.topic) for h in hits if at.start - 40 <= h.end <= at.start or at.end <= h.start <= at.end + 40
    }
    near.discard(None)
    return bool(near) and "dti" not in near


def _counted_positions(lower: str, s: int, e: int) -> bool:
    """The sentence ranks by counted positions ("ba vị trí đầu lần lượt thuộc về ..."; a cheap scan first)."""
    return lower.find("vi tri", s, e) >= 0 and _COUNTED_POSITIONS.search(lower, s, e) is not None


def _only_years(lower: str, s: int, e: int, masks) -> bool:
    """The line's numbers are all years ("... NĂM 2022 - NHỮNG CON SỐ ẤN TƯỢNG"): it states no value. A numbered
    heading's number is no value either ("2. Kết quả thực hiện chỉ tiêu năm 2024")."""
    outline = _OUTLINE.match(lower, s, e)
    start = outline.end() if outline is not None and outline.group("arabic") else s
    return all(is_year(n) for n in find_numbers(lower, start, e, masks))


def _headline_fact(all_hits, mentions, lower: str, s: int, e: int, masks, numbered: bool = False) -> bool:
    if not numbered and not any(s <= m.start < e and m.slug != SELF for m in mentions):
        return False
    if not any(s <= h.start and h.end <= e and h.topic.codes for h in all_hits):
        # (the targets of a plan counted have no phrasing of their own: "8/12 chỉ tiêu chuyển đổi số đã về đích"; the
        # plan's field names them, not "hoàn thành 22/24 chỉ tiêu chủ yếu năm 2025, chuyển đổi số ...")
        return bool(_DX_TARGETS_COUNTED.search(lower, s, e))
    return any(not is_year(n) for n in find_numbers(lower, s, e, masks))


# a section heading numbered "2. ", "II. ", "3) " that opens with its value ("2. 100% thủ tục ...", "4. Gần 92% người")
_NUMBERED_VALUE_HEADING = re.compile(r"\W*(?:\d{1,2}|[ivx]{1,4})\s*[.)]\s+(?:(?:gan|hon|tren|khoang|dat)\s+)?\d")
_DX_TARGETS_COUNTED = re.compile(
    r"\b\d+\s*/\s*\d+ (?:muc tieu|chi tieu)(?: [a-z]+){0,5}? chuyen doi so\b"
    r"|\bchuyen doi so(?: [a-z]+){0,4}? \d+\s*/\s*\d+ (?:muc tieu|chi tieu)\b"
)


def _is_dateline(lower: str, start: int, end: int) -> bool:
    """A line that is only a publication date/time ("Thứ Hai, 15/04/2024 - 08:30", "VietnamPlus - 03/10/2024")."""
    line = lower[start:end]
    if not re.search(r"\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{4}", line):
        return False
    rest = re.sub(r"[^a-z]+", " ", load_cues().dateline_words.sub(" ", line)).split()
    return len(rest) <= 3


def _measured_topic(hits, ranked: bool = False):
    """The one catalog measure the hits name (``ranked``: the one index with a rank or score code);
    None when none or several."""
    if not hits:
        return None  # (most sentences name none)
    topics = {id(h.topic): h.topic for h in hits if h.topic.codes and (not ranked or _ranks(h.topic))}
    return next(iter(topics.values())) if len(topics) == 1 else None


def _ranks(topic) -> bool:
    """An index with a rank or a score code (a ranked one, as ``_ranked_topic`` counts them)."""
    return "rank" in topic.codes or "score" in topic.codes


# the months left of the year, with no year of their own (rule months-ahead): "6 tháng cuối năm", "Những tháng cuối
# năm", "Quý IV" (not one with its year: "Quý IV/2022, ..." in 2023 is a result)
_AHEAD = r"(?:(?:6|sau) thang cuoi nam|(?:nhung|cac) thang (?:con lai|cuoi) (?:cua )?nam|quy (?:iv|4)\b)"
_AHEAD += r"(?![\s/]*(?:nam\s+)?(?:19|20)\d\d)"
_MONTHS_AHEAD = re.compile(r"\W*(?:trong\s+)?" + _AHEAD)  # (opening a sentence)
_MONTHS_AHEAD_IN = re.compile(r"\b" + _AHEAD)  # (anywhere in a lead-in line)
# ... unless it says what was done in them ("đã", "kết quả"): a review written late in the year
_CANCEL_AHEAD = re.compile(r"\b(?:da|ket qua|thuc hien duoc|dat duoc)\b")
# a year after the ICT Index's last edition (2020): rule ict-index-ended
_AFTER_ICT_INDEX = re.compile(r"(?<![\d.,/])20(?:2[1-9]|[3-9]\d)(?![\d.,/])")
# "Cũng ...", "Cùng năm 2024, ...", "Cùng thời điểm, ..." (folded: both "cung")
# (or that it gives the next places of the same board: "Các vị trí tiếp theo trong năm 2023 thuộc về Hải Phòng (thứ 4,
# 15,30%), ...", "Tiếp theo là ...", "Theo sau là ...")
_ALSO_OPENING = re.compile(r"\s*(?:cung\b|(?:cac|nhung) vi tri tiep theo\b|tiep theo\b|theo sau\b)")
# a count of "tổ" alone, not another group of that name ("tổ dân phố", "tổ chức", "tổ công tác")
_BARE_TEAM_COUNT = re.compile(r"\d to\b(?! (?:dan|chuc|hop|cong tac|giup|tu quan|san xuat|nhom|truong|an ninh))")


def _dti_part(topic) -> bool:
    """A part of the DTI (a pillar, a main index), not the whole index (rule component-in-its-edition)."""
    return topic is not None and topic.name != "dti" and ranking_family(topic) == "dti"


def _ranked_topic(hits):
    return _measured_topic(hits, ranked=True)


def _announced_index(hits, lower: str):
    """Rule announced-index: the one ranked index a sentence naming several says was announced, the release verb
    right before its name ("vừa công bố Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2020, thay thế cho Vietnam ICT
    Index"); None when the sentence names one (rule named-index's) or none."""
    ranked = [h for h in hits if h.topic.name in _RANKING_INDICES]
    if len({h.topic.name for h in ranked}) < 2:
        return None
    named = [h.topic for h in ranked if _ANNOUNCED_BEFORE.search(lower, max(0, h.start - 30), h.start)]
    return named[0] if len({t.name for t in named}) == 1 else None


_ANNOUNCED_BEFORE = re.compile(rf"\b(?:{load_cues().words['release_verbs']})(?: ket qua| bang xep hang)?\s+$")


# the year rules of values said to be of now ("hiện", "6 tháng đầu năm"): no year the paragraph is about
_NOW_RULES = frozenset({"as-of-now", "part-of-this-year"})


_ABOUT_BACKREF = skipping(re.compile(rf"\bve {MEASURE_POINTED_BACK}\b"))
# "... xếp thứ nhất và thứ ba về chỉ số này": the index the sentence before measured, pointed back at after the values
_INDEX_POINTED_AFTER = re.compile(r"\bve chi so (?:nay|tren|do)\b")


def _items_named_before(
    catalog, sentences, i: int, has_digit, hits_of, lower: str, bound_sent: int, m: Mentions | None = None
) -> list[NamedItem]:
    """Rule items-named-before: "Cả ba trụ cột chính quyền số, kinh tế số và xã hội số đều tăng hạng. Các
    thứ hạng này lần lượt là 28, 34 và 25": the indices the previous sentence listed without a value of
    theirs ("Chỉ số được đánh giá trên 3 trụ cột ..." bound none) are the items of a list that names none
    of its own (a sentence without a digit has no phrasings searched: looked up only then)."""
    if i == 0 or bound_sent == i - 1 or sentences[i - 1].is_heading:
        return []
    if m is not None and not m.list_backref:
        return []  # (the sentence's list cue as its mentions read it once: the search below finds none)
    s, e = sentences[i].start, sentences[i].end
    cue = load_cues().list_backref.search(lower, s, e)
    # (a measure named after the list is a remark on it: "... lần lượt là 38, 51 và 47, cho thấy kinh tế số vẫn yếu
    # nhất" names no items of its own)
    if cue is None or any(h.topic.codes and h.start < cue.end() for h in hits_of[i]):
        return []
    prev = (
        hits_of[i - 1]
        if has_digit[i - 1]
        else find_topics(catalog, lower, sentences[i - 1].start, sentences[i - 1].end)
    )
    # (the items after "gồm", not the index they break down: "Tám chỉ số chính của DTI cấp tỉnh gồm nhận thức số, ...")
    first = items_introduced(lower, sentences[i - 1].start, sentences[i - 1].end)
    items = _named_items([h for h in prev if h.start >= first]) or _named_items(prev)
    if lower.find("tru cot", s, e) >= 0:
        # (a list of pillars, "ba trụ cột này lần lượt xếp thứ 22, 35 và 30": the pillars the sentence before named,
        # not the index they make up, named with them: "đánh giá DTI theo 3 trụ cột chính quyền số, kinh tế số và ...")
        pillars = [x for x in items if x.topic.name in DTI_PILLARS]
        items = pillars if len(pillars) >= 2 else items
    return items


# "hai chỉ tiêu trên", "ba chỉ số này": a counted back-reference to the measures just given
# ("các tỷ lệ này", "hai tỷ lệ trên": rates counted back the same way; "hai tỷ lệ chi trả này", "ba chỉ số thành
# phần này": lists.KIND_THEN_THIS)
_COUNTED_BACKREF = skipping(
    re.compile(
        rf"\b(hai|ba|bon|2|3|4|cac) (?:chi tieu|chi so|tieu chi|ty le) (?:tren|nay|noi tren|vua neu|{KIND_THEN_THIS})\b"
    )
)


def _counted_items_before(lower: str, s: int, e: int, recent: list, last_bindings: list) -> list[NamedItem]:
    """Rule counted-items-before: "- Tỷ lệ ... điện thoại thông minh: 83,2%.\n- Tỷ lệ hộ ... cáp quang: 81%.\n-
    Năm 2022, hai chỉ tiêu trên lần lượt là 79,5% và 76%": the n measures bound last, in order, are the
    items of a list that counts them back; "các chỉ số này", all the measures the last sentence that bound
    any bound ("tỉnh đạt 0,71 ở hạ tầng số, 0,69 ở an toàn thông tin mạng và 0,60 ở nhân lực số. Thứ hạng các
    chỉ số này tương ứng là 3, 6 và 10")."""
    if len(recent) < 2:
        return []  # (it counts two or more back)
    text = lower[s:e]  # (one copy of the sentence for the two words: not a call of find each)
    if "chi " not in text and "ty le " not in text:
        return []
    m = _COUNTED_BACKREF.search(lower, s, e)
    if m is None:
        return []
    if m.group(1) == "cac":
        measures: list = []
        for b in sorted(last_bindings, key=lambda b: b.number.start):
            if b.topic is not None and b.topic.codes and all(t is not b.topic for t in measures):
                measures.append(b.topic)
        return [NamedItem(t) for t in measures] if len(measures) >= 2 else []
    k = count_of(m.group(1))
    return [NamedItem(t) for t in recent[-k:]] if len(recent) >= k else []


def _named_items(hits) -> list[NamedItem]:
    """The catalog indices a sentence names in a row ("chính quyền số, kinh tế số và xã hội số"), as
    items a later list can point back to (rule items-named-before); none unless two or more."""
    topics = []
    for h in outermost(hits):  # ("kinh tế số" inside "tỷ trọng kinh tế số trong GRDP": one item)
        if h.topic.codes and h.topic not in topics:
            topics.append(h.topic)
    return [NamedItem(t) for t in topics] if len(topics) >= 2 else []


# an outline's numbering at a heading's start: "I." / "II." (1), "1." / "2)" (2), "a)" / "b." (3)
_OUTLINE = re.compile(r"\s*(?:(?P<roman>[IVX]+)|(?P<arabic>\d{1,2})|(?P<letter>[a-hA-H]))[.)]\s")


def _outline_level(cased: str, s: int) -> int:
    """The outline level of the heading at ``s`` (0: not numbered)."""
    m = _OUTLINE.match(cased, s)
    if m is None:
        return 0
    return 1 if m.group("roman") else 2 if m.group("arabic") else 3


# the field a value is of, right before a pillar pointed back at ("ở trụ cột này", "về trụ cột này")
_FIELD_BEFORE = re.compile(r"\b(?:o|ve|tai)\s+$")


_TARGET_ICON = "\U0001f3af"  # 🎯, a direct hit: the icon infographics put before their targets


def _owned_phrasing(lower: str, hits, topic, places, start: int) -> bool:
    """A DTI component's phrasing in the sentence is its owner's: "của" and a name after it ("trụ cột chính quyền số của
    Yên Bái"), or a province named before it as the subject, in a sentence that does not open on the component as its
    field ("Hà Nam nổi bật ở trụ cột xã hội số với 0,4125 điểm"; not "Về kinh tế số, Bắc Ninh dẫn đầu ...", a round-up
    of the component); rule component-stays-home."""
    if not topic.name.startswith("dti_"):
        return False
    framed = _FIELD_OPENS.match(lower, start) is not None
    return any(
        h.topic is topic
        and (
            _OWNER_NAMED.match(lower, h.end) is not None
            or (not framed and any(x.slug != SELF and start <= x.start < h.start for x in places))
        )
        for h in hits
    )


_OWNER_NAMED = re.compile(r"\s+cua\s+(?!tinh\b|thanh pho\b|dia phuong\b|ca nuoc\b|toan quoc\b)[a-z]")
_FIELD_OPENS = re.compile(r"\W*(?:(?:nam|trong nam) \d{4},\s*)?(?:ve|o|trong|tai|rieng|xet (?:ve|theo)|doi voi)\s")


def _places_before(para_sents, prev_para_last=None) -> list[str]:
    """The provinces the paragraph's previous sentence named, in order, once each (rule places-backref); for its
    first sentence, the last sentence's of the paragraph before ("... là TP.HCM, Bình Dương và Bà Rịa - Vũng Tàu.\nNhìn
    lại DTI 2023, ba địa phương này lần lượt xếp thứ 5, 14 và 17")."""
    before = para_sents[-2] if len(para_sents) >= 2 else prev_para_last if len(para_sents) == 1 else None
    if before is None:
        return []
    out: list[str] = []
    for x in before[2]:
        if x.slug != SELF and x.slug not in out:
            out.append(x.slug)
    return out


def _edition_of_that_year(ctx, lower: str, s: int, e: int, years) -> bool:
    """Rule edition-after-statistic: after a statistic of year N ("Tỷ trọng kinh tế số năm 2024 ước đạt 18,2%"), a
    sentence naming the ranking's edition N-1 ("Trong Chỉ số DTI 2023, tỉnh xếp hạng tư") does not look back: that
    edition is the one published in year N, the latest, and the undated ranks after it are its."""
    if ctx.fact_year_ranked or ctx.fact_year is None or not _EDITION_RANKED.search(lower, s, e):
        return False
    own = {y.year for y in years if y.kind == "period"}
    return own == {ctx.fact_year - 1}



def _back_in_time(years, fact_year: int | None, lower: str, start: int) -> bool:
    """Rule background-year, by its years: a sentence whose own years all lie before the year that dated
    the paragraph's facts so far ("Năm 2022, tỉnh xếp thứ 3/63. Năm 2021 tỉnh xếp thứ 4, năm 2020 thứ 3.
    Trụ cột chính quyền số đứng thứ nhất ...") recalls the past: its years date its own values, not the
    undated ones after it (a paragraph that moves forward, "Năm 2020 ... Năm 2021 ...", goes on with the
    later year; a meeting's date before any fact, "Ngày 12/7/2023, ... công bố DTI năm 2022", is no
    fact's year)."""
    if fact_year is None:
        return False
    own = [y.year for y in years if y.kind == "period" and not in_parens(lower, start, y.start)]
    return bool(own) and max(own) < fact_year


def _continues(lower: str, start: int, first_number: int, mentions, last_number: int | None = None) -> bool:
    """Whether a sentence continues the previous one's topic (a connector or a province first, or a noun
    pointing back at its measure before its last value: rule measure-backref, "5 tháng đầu năm 2021, tỷ lệ
    này tăng lên 61,5%")."""
    cues = load_cues()
    if cues.connector.match(lower, start) or cues.measure_backref.search(lower, start, last_number or first_number):
        return True
    return any(start <= m.start < first_number and m.slug != SELF for m in mentions)


# rule before-that-follows: "Trước đó," opening a sentence (a look back at the same measure)
_BEFORE_THAT = re.compile(r"\s*truoc do\s*,")
