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
import re
from bisect import bisect_left
from collections import Counter

from vndx.extract.binding import bind_sentence
from vndx.extract.catalog import load_catalog
from vndx.extract.context import ArticleContext
from vndx.extract.cues import load_cues
from vndx.extract.fact import EXTRACTOR_VERSION, Fact
from vndx.extract.gazetteer import MERGER_DATE, SELF, load_gazetteer
from vndx.extract.mentions import Mentions
from vndx.extract.numbers import find_numbers, is_year, masked_spans
from vndx.extract.periods import dateline, resolve, year_mentions
from vndx.extract.readings import Drop, find_topics
from vndx.extract.sentences import split_sentences
from vndx.extract.subjects import (
    mention_end,
    named_after,
    own_place,
    province_for,
)
from vndx.extract.tables import read_tables, table_facts
from vndx.extract.text import Folded, fold
from vndx.extract.years import (
    announced_editions,
    attached_years,
    context_year,
    date_in_url,
    edition_out_on,
    edition_years,
    elapsed_year,
    in_parens,
    last_period_year,
    latest_year,
    past_year_cue,
    range_start,
    ranking_family,
    url_range_start,
)

DTI_2024_RELEASE = dt.date(2025, 10, 1)
_CONTINUES_PARAGRAPH = re.compile(
    r"\s*(?:trong do|cu the|theo do|dong thoi|ngoai ra|ben canh do|tuy nhien|tiep do|sau do|trong so do)\b"
)
_BULLET = re.compile(r"\s*[-\u2013\u2022+*]\s")
_OLD_BASIS = re.compile(r"/\s*63\b|\(cu\)")
_LEAD_IN = re.compile(r":\s*$")
_DIGIT = re.compile(r"\d")


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
    url_date = date_in_url(source_url) if published is None else None
    # a date in the page's address ("/202211/", "...-20220329...") dates an undated page's year only
    pub_year = published.year if published else (url_date.year if url_date else None)
    mentions = gaz.mentions(cased, lower)
    article = gaz.article_province(cased, lower, title=title, url=source_url, hint=province_hint, mentions=mentions)
    if article is None:
        drops.append(Drop("no-province", 0.0, None, 0))
        return []
    masks = masked_spans(lower)
    cues = load_cues()
    title_year = (
        context_year(lower, 0, len(title), pub_year) if title and sentences and sentences[0].is_heading else None
    )
    if title and title_year is None and not (sentences and sentences[0].is_heading):
        title_year = context_year(fold(title), 0, len(title), pub_year)
    fallback_default = pub_year if pub_year is not None else latest_year(lower, pub_year)
    # phrasings are matched sentence by sentence (a match never spans two sentences; cheaper too)
    # (a sentence without a digit states no value and no edition year: skipped)
    has_digit = [bool(_DIGIT.search(lower, sent.start, sent.end)) for sent in sentences]
    # values are digits, or ordinal words after a rank cue ("đứng thứ nhất", "dẫn đầu cả nước")
    may_hold = [
        d or bool(cues.value_word.search(lower, x.start, x.end)) for d, x in zip(has_digit, sentences, strict=True)
    ]
    hits_of = [
        find_topics(catalog, lower, sent.start, sent.end) if d else []
        for sent, d in zip(sentences, may_hold, strict=True)
    ]
    all_hits = [h for hs in hits_of for h in hs]
    starts = [m.start for m in mentions]
    index_hits = find_topics(catalog, lower, only=("dti", "par_index", "ict_index"))  # also in sentences without digits
    doc_topic = _doc_topic(index_hits)
    editions = edition_years(all_hits, lower, pub_year)
    # rule as-of-now: "đến nay" without a year is the article's year; without a publication date,
    # the year after the latest ranking edition it reports (rankings come out the next year)
    dti_editions = editions.get("dti", []) or announced_editions(index_hits, lower, pub_year, published)
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

    facts: list[Fact] = []
    seen: set[tuple[str, str, int, float]] = set()
    # rule table-rows: "STT | Tỉnh | Điểm | Xếp hạng" and its rows (tables.py); the sentence rules skip those lines
    table_default = title_year or (max(dti_editions) if dti_editions else fallback_default)
    table_values, table_lines = read_tables(cased, lower, catalog, gaz, table_default, drops)
    original = folded.aligned  # for spelling checks ("Bộ" vs "bổ"), at folded offsets
    ctx = ArticleContext(
        article=article,
        pub_year=pub_year,
        title_year=title_year,
        fallback_year=fallback_default,
        editions=editions,
        dti_editions=dti_editions,
        now_year=now_year,
        basis_34=basis_34,
        doc_topic=doc_topic,
        cased=cased,
        lower=lower,
        original=original,
        heading_year=title_year,
    )

    for i, sent in enumerate(sentences):
        s, e = sent.start, sent.end
        if sent.line_no in table_lines:
            continue
        sent_mentions = mentions[bisect_left(starts, s) : bisect_left(starts, e)]  # this sentence's places
        if sent.is_heading:
            if _is_dateline(lower, s, e):
                continue  # "Thứ Hai, 15/04/2024 - 08:30", "Cập nhật: 09:15 | 22/05/2024": chrome, not a section
            ctx.heading_year = context_year(lower, s, e, ctx.pub_year) or (ctx.title_year if i == 0 else None)
            ctx.lead_year, ctx.lead_topic = None, None
            ctx.prev_dx = bool(cues.dx_context.search(lower, s, e))
            ctx.carry = None
            ctx.section_topic = _ranked_topic(find_topics(catalog, lower, s, e))
            ctx.section_target = i > 0 and bool(cues.target_heading.match(lower, s, e))
            # rule headline-fact: a headline that names a province, an index and a value states a fact
            # ("ICT Index: tỉnh X đứng thứ 11 cả nước"); other headings only set the context
            if ctx.section_target or ctx.seen_body or not _headline_fact(hits_of[i], sent_mentions, lower, s, e, masks):
                continue
        ctx.seen_body = ctx.seen_body or not sent.is_heading  # headings after the body: related links, not the title
        if sent.line_no != ctx.para_line:
            # rule paragraph-connector: a line that opens with "Trong đó", "Cụ thể", "Theo đó" ... goes
            # on with the paragraph before (a page with a <p> per sentence): its year, index, province
            # and subject carry over
            if not (ctx.para_line >= 0 and _CONTINUES_PARAGRAPH.match(lower, s)):
                ctx.new_paragraph()
            ctx.para_line = sent.line_no
        ctx.para_sents.append((s, e, sent_mentions))
        hits = hits_of[i]
        numbers = find_numbers(lower, s, e, masks)
        sm = Mentions(lower, cased, original, s, e, places=sent_mentions, topics=hits, values=numbers, masks=masks)
        dx_here = sm.dx_context
        drops_before = len(drops)
        if numbers and not ctx.section_target:
            # "Bộ vừa công bố Chỉ số chuyển đổi số.\nTheo đó, ...": "theo đó" continues across the line break
            joined = ctx.carry_line == sent.line_no or (ctx.carry_sent == i - 1 and bool(cues.follows.match(lower, s)))
            same_para = joined and _continues(lower, s, numbers[0].start, sent_mentions)
            use = ctx.carry if same_para else None
            if use is None and not any(h.topic.codes for h in hits):
                use = ctx.para_topic or (ctx.lead_topic if _BULLET.match(lower, s) else None) or ctx.section_topic
                if use is None and ctx.doc_topic is not None and cues.rank_words.search(lower, s, e):
                    # rule doc-topic: "Thành phố cán đích vị trí thứ 2" in an article about one index
                    use = ctx.doc_topic
            bindings = bind_sentence(
                catalog, sm, dx_context=dx_here or ctx.prev_dx, carry=use, drops=drops, prev_items=ctx.prev_items
            )
        else:
            bindings = []
            if ctx.section_target:  # under "Mục tiêu", "Nhiệm vụ, giải pháp": plans, not results
                drops.extend(Drop("target-section", n.value, None, n.start) for n in numbers)
        sent_years = year_mentions(lower, s, e, ctx.pub_year) if has_digit[i] else []
        years = sent_years if bindings else []
        fallback = ctx.lead_year or ctx.para_year or ctx.heading_year or ctx.fallback_year
        as_of_now = bool(bindings) and bool(cues.as_of_now.search(lower, s, e))
        attached = attached_years(lower, numbers, years, s)
        if fallback is not None and ctx.pub_year is not None and fallback > ctx.pub_year:
            fallback = ctx.pub_year
        for b in bindings:
            n = b.number
            semi = lower.find(";", n.end, e)
            clause_end = semi if semi >= 0 else e
            base = ctx.carry_period if b.carried and ctx.carry_period else fallback
            ranked = b.topic is not None and _ranked_topic_of(b.topic)
            family = ranking_family(b.topic)
            if family and family != "dti" and ctx.editions.get(family) and not years:
                base = max(ctx.editions[family])  # "ICT Index 2022" named elsewhere in the article
            elif ranked and not (ctx.lead_year or ctx.para_year) and (ctx.ranked_year or ctx.dti_editions):
                # rule edition-year: a pillar or index without a year continues the last ranked fact's
                # year, else the edition the article reports ("DTI 2024" published in 2025)
                base = ctx.ranked_year or max(ctx.dti_editions)
            elif (
                ranked
                and sent.is_heading
                and not years
                and _below(body_year := latest_year(lower[e:], ctx.pub_year), ctx.pub_year)
            ):
                # rule headline-edition: an undated ranking in a headline is the year the body dates it
                # ("Tỉnh đứng thứ nhì về chính quyền số" over "Năm 2023, ...", published in 2024)
                base = body_year
            elif (
                ranked
                and family == "dti"
                and not years
                and not sent.is_heading
                and not (ctx.lead_year or ctx.para_year or ctx.heading_year)
                and published is not None
            ):
                # rule latest-edition: an undated DTI value is of the latest edition out when the
                # article appeared (DTI year N comes out in year N+1; DTI 2023 only in February 2025)
                base = edition_out_on(published)
            elif (
                not years
                and not ranked
                and not (ctx.lead_year or ctx.para_year or ctx.heading_year)
                and published is not None
                and published.month <= 3
                and past_year_cue(lower, s, e)
            ):
                base = published.year - 1  # rule past-year: "năm qua" in a January report is the year before
            elif as_of_now and not ranked and not (ctx.lead_year or ctx.para_year):
                # a heading or title with its own year ("6 tháng đầu năm 2024") dates the article
                base = ctx.heading_year or ctx.now_year or (ctx.ranked_year + 1 if ctx.ranked_year else base)
            if b.period is not None:
                period, target = b.period, False  # the list named the year
            elif n.start in attached:
                period, target = attached[n.start], False  # "từ vị trí 35 năm 2021", "so với năm 2020 (xếp thứ 51)"
            else:
                free = [y for y in years if y.start not in attached.taken]
                period, target = resolve(free, n.start, clause_end, base)
            if period is None or target:
                drops.append(Drop("no-year" if period is None else "future-year", b.value, b.indicator.code, n.start))
                continue
            soon = min(clause_end, n.end + 30)
            if any(y.kind == "future" and n.end <= y.start < soon and "," not in lower[n.end : y.start] for y in years):
                drops.append(Drop("future-year", b.value, b.indicator.code, n.start))
                continue  # "đạt 20% GDP vào năm 2025": a target
            if b.topic is not None and _ranked_topic_of(b.topic) and not in_parens(lower, s, n.start):
                ctx.ranked_year = period  # "(năm 2022 xếp thứ 58/63)" is an aside, not the edition
            province = (
                b.province
                or named_after(sent_mentions, lower, b, e)
                or province_for(sent_mentions, b.clause_start, n.start, ctx.article, s)
            )
            if province == ctx.article and ctx.para_province and not own_place(sent_mentions, s, n.start):
                province = ctx.para_province  # rule paragraph-province: "Tỉnh A xếp thứ 17. Trong đó, CQS xếp thứ 22"
            if n.raw == "@1" and province != ctx.article:
                drops.append(Drop("leader-not-subject", b.value, b.indicator.code, n.start))
                continue  # "dẫn đầu" is a rank only for the article's own subject
            subject = ctx.subject_at(n.start)
            if province == ctx.article and subject and not own_place(sent_mentions, s, n.start):
                rule = "paragraph-about-lower-unit" if subject == "unit" else "paragraph-about-nation"
                drops.append(Drop(rule, b.value, b.indicator.code, n.start))
                continue
            out_of = b.out_of
            if (
                ranked
                and out_of is None
                and not re.match(r"\s*\(cu\)", lower[mention_end(sent_mentions, b.clause_start, n.start) :])
                and period == 2024
                and ctx.basis_34
                and published is not None
                and published >= MERGER_DATE
                and not cues.basis_63.search(lower, s, e)
                and not _OLD_BASIS.search(lower, s, e)  # "TP Cần Thơ (cũ) xếp thứ 16/63, Hậu Giang thứ 33"
            ):
                out_of = 34  # rule basis-34: DTI 2024 as published after the merger ranks the 34 provinces
            # ANNOTATION.md: periods from 2025 on take the 34-province successor, whenever published
            province = gaz.era_slug(province, period, published or MERGER_DATE, 34 if period >= 2025 else out_of)
            key = (province, b.indicator.code, period, round(b.value, 6))
            if key in seen:
                continue
            seen.add(key)
            if sent.is_heading:
                ctx.headline_keys.add(len(facts))
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
        # the index the sentence was about, even when its value was refused (a national figure)
        refused = [d.indicator for d in drops[drops_before:] if d.indicator in catalog.indicators]
        ctx.carry = bindings[-1].topic if bindings else None
        if ctx.carry is None and refused:
            ctx.carry = catalog.topic(catalog.indicators[refused[-1]].topic)
        named = sent_mentions
        if named:
            ctx.para_province = named[0].slug if named[0].slug != SELF else None
        listed = [b for b in bindings if b.listed and b.province is None]
        if len(listed) >= 2:
            ctx.prev_items = listed
        ctx.carry_line = sent.line_no
        # a year that belongs to one value only ("từ vị trí 35 năm 2021", "so với năm 2020 (thứ 51)")
        # dates that value, never the sentences after it (rule attached-year)
        taken = attached.taken if years else attached_years(lower, numbers, sent_years, s).taken
        own_year = last_period_year([y for y in sent_years if y.start not in taken], lower, s)
        ctx.para_year = own_year or ctx.para_year
        ctx.para_topic = _ranked_topic(hits) or ctx.para_topic
        if not hits and not bindings:
            # rule named-index: a sentence without a value that names one ranking index ("Bộ vừa công
            # bố Chỉ số chuyển đổi số cấp tỉnh.") is what the next sentence's values measure
            named_index = _ranked_topic([h for h in index_hits if s <= h.start and h.end <= e])
            if named_index is not None:
                ctx.para_topic = named_index
                ctx.carry = ctx.carry or named_index
        ctx.carry_sent = i if ctx.carry is not None else ctx.carry_sent
        ctx.carry_period = facts[-1].period if bindings and facts else None
        if _LEAD_IN.search(lower, s, e) or lower[s:e].rstrip().endswith(":"):
            ctx.lead_year, ctx.lead_topic = own_year, _ranked_topic(hits)
        elif not (_BULLET.match(lower, s) and (ctx.lead_year or ctx.lead_topic)):
            # rule lead-in-list: "Chỉ số DTI năm 2022 của tỉnh:" dates and names the index of every
            # bullet under it ("- Xếp hạng: 44/63", "- Điểm: 0,43"), up to the first line that is not one
            ctx.lead_year, ctx.lead_topic = None, None
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
    )
    # a headline repeats what the body says with its year: the body's fact wins
    body = {(f.province, f.indicator, round(f.value, 6)) for i, f in enumerate(facts) if i not in ctx.headline_keys}
    return [
        f
        for i, f in enumerate(facts)
        if i not in ctx.headline_keys or (f.province, f.indicator, round(f.value, 6)) not in body
    ]


def _below(year: int | None, pub_year: int | None) -> bool:
    return year is not None and (pub_year is None or year < pub_year)


def _doc_topic(hits):
    """The one ranking index an article is about (named at least twice, twice as often as any other)."""
    counts = Counter(h.topic.name for h in hits if h.topic.name in ("dti", "par_index", "ict_index"))
    if not counts:
        return None
    (name, n), *rest = counts.most_common()
    if n < 2 or (rest and rest[0][1] * 2 > n):
        return None
    return next(h.topic for h in hits if h.topic.name == name)


def _headline_fact(all_hits, mentions, lower: str, s: int, e: int, masks) -> bool:
    if not any(s <= m.start < e and m.slug != SELF for m in mentions):
        return False
    if not any(s <= h.start and h.end <= e and h.topic.codes for h in all_hits):
        return False
    return any(not is_year(n) for n in find_numbers(lower, s, e, masks))


def _is_dateline(lower: str, start: int, end: int) -> bool:
    """A line that is only a publication date/time ("Thứ Hai, 15/04/2024 - 08:30", "VietnamPlus - 03/10/2024")."""
    line = lower[start:end]
    if not re.search(r"\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{4}", line):
        return False
    rest = re.sub(r"[^a-z]+", " ", load_cues().dateline_words.sub(" ", line)).split()
    return len(rest) <= 3


def _ranked_topic_of(topic) -> bool:
    """A DTI topic (the index, a pillar or a main index): one edition, one year."""
    return topic.name.startswith("dti") or topic.name == "cybersecurity_index"


def _ranked_topic(hits):
    """The one index with a rank or score code the hits name (None when none or several)."""
    topics = {id(h.topic): h.topic for h in hits if "rank" in h.topic.codes or "score" in h.topic.codes}
    return next(iter(topics.values())) if len(topics) == 1 else None


def _continues(lower: str, start: int, first_number: int, mentions) -> bool:
    """Whether a sentence continues the previous one's topic (a connector or a province first)."""
    if load_cues().connector.match(lower, start):
        return True
    return any(start <= m.start < first_number and m.slug != SELF for m in mentions)
