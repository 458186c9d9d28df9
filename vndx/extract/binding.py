"""Binding: which value measures which indicator, inside one sentence.

``bind_sentence`` takes a sentence's mentions (``mentions.Mentions``) and returns its bindings
(value -> indicator code). For each value, in order:

1. **reading**: how the number can read (rank, score, percent, count, change, attainment) from its
   form and the words around it (``readings.readings``); a number no reading fits (a year, an age,
   "tăng 3 bậc") is dropped as ``not-a-value-reading``, a bound of a range as ``range``;
2. **phrasing**: which indicator phrasing it measures: a phrasing right after it ("1.637 thủ tục
   hành chính"), for a rank "... về <index>", for a percent at the head of its clause the first
   fitting phrasing after it ("Đến nay, 100% xã ... được phủ sóng di động"), else the nearest
   fitting phrasing before it, measured from the phrasing or from the last value already bound to
   it so lists chain ("DTI ... 0,5320 (...), xếp hạng thứ 48/63"); a rank with none in reach
   takes the sentence's one ranking index (``sole-ranked-topic``), else the index its passage is
   about (``passage-index``). No phrasing: ``no-topic-fits``,
   ``rank-of-other-index`` ("thứ 8 về chỉ số SIPAS"), ``absorbed-by-other-measure``;
3. **rules**: the candidate (value, phrasing, code) goes through the named rules of
   ``binding_rules.CANDIDATE_RULES`` in order; the first that fires drops it with its name.

Lists ("lần lượt", "tương ứng", back-references to the previous sentence's items, "Tỉnh A (x%),
Tỉnh B (y%)") are bound first by ``lists.py``; a value they took is not read again.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from operator import attrgetter

from vndx.extract.binding_rules import (
    Candidate,
    city_frames_sentence,
    first_refusal,
    regional_list,
    spelt_as_unit,
)
from vndx.extract.catalog import DTI_PILLARS, Catalog, Topic
from vndx.extract.cues import load_cues
from vndx.extract.gazetteer import SELF
from vndx.extract.lists import (
    CAUSE,
    NEW_MEASURE,
    find_range_bounds,
    has_value_list,
    own_years,
    positions_counted,
    positions_held,
    province_paren_list,
    respectively_pairs,
    year_bracketed,
    year_each_after,
    year_labelled,
    year_series,
)
from vndx.extract.mentions import Mentions
from vndx.extract.numbers import Number, is_year, qualifier
from vndx.extract.periods import dash_asides
from vndx.extract.readings import (
    MOVE_JOINT,
    RANK_DENOMINATORS,
    TIME_NOUNS,
    Binding,
    Drop,
    TopicHit,
    change_label,
    choose_code,
    moved_to_place,
    quote_spans,
    readings,
    sentence_topics,
)
from vndx.extract.scan import skipping
from vndx.extract.targets import COLUMN_OPENING, RESULT_COLUMN, is_target, targets_achieved
from vndx.extract.years import ranking_family

MAX_GAP = 110
_START = attrgetter("start")  # (a number's or a phrasing's start, read in C: the sort key of numbers and phrasings)
_LABEL_END = re.compile(r":\s*\+?\s*$")
_CUES = load_cues()
# The patterns below are grammar, not cue words, so they stay in code: where a rank's field ends
# ("thứ 12 trên 63 tỉnh, thành phố cả nước về ..."), what may stand between a value and the phrasing
# after it, "về <index>", a list's separators. The words they place (the nation, "tỉnh, thành")
# are the same few the gazetteer and cues.yml hold; the cue words a rule reads come from cues.yml.
# (rule value-dash-label) an item's head before its value (bullets, "Thứ", "Hạng"), and the dash after it
# (an item's number or keycap before it: "2. 0,5415 – giá trị DTI 2021", "1️⃣ 0,6578 – ...")
_ITEM_HEAD = re.compile(r"[^a-z0-9]*(?:\d{1,2}(?:[.)]|\ufe0f?\u20e3)\s*)?[^a-z0-9]*(?:(?:xep )?(?:thu|hang)\s+)?")
# (or a colon: "📊 38/63: vị trí của Hà Giang trong DTI 2023", "2.071: số Tổ công nghệ số cộng đồng"; or a table's bar:
# "0,6648 | Giá trị Chỉ số DTI của tỉnh")
_DASH_AFTER = re.compile(r"(?:\s*/\s*\d+)?(?:\s*(?:%|diem))?(?:\s+[-\u2013\u2014|]|\s*:)\s+")
# ... the same grammar over a whole line, a number's digits between: a number-first item ("98,2% – văn bản điện tử được
# ký số", "Thứ 2/63 – vị trí ..."; the extractor's rule item-heading)
VALUE_DASH_ITEM = re.compile(_ITEM_HEAD.pattern + r"\d[\d.,]*" + _DASH_AFTER.pattern)
# (a bracket that closes on the value too: "100% (312/312) điểm phục vụ bưu chính")
_LEAD_OK = re.compile(r"^[\s)]*(?:(?:cac|nhung|trong so|ca)\s+)?$")  # ("xếp thứ nhất cả kinh tế số và ...")
_RANK_RIGHT = re.compile(
    # ("xếp thứ hai trên 34 tỉnh, thành phố ở trụ cột kinh tế số")
    # (the rank's year may come first: "lên vị trí 39 năm 2019 trên bảng xếp hạng Vietnam ICT Index")
    # (past the close of the rank's own bracket: "đứng cuối cả nước (63/63) trong bảng xếp hạng DTI năm 2023")
    r"^\s*\)?\s*(?:nam\s+(?:19|20)\d\d\s+)?"
    r"(?:(?:ca nuoc|toan quoc|trong ca nuoc|(?:trong |cua |tren )?(?:(?:63|34|cac) )?"
    r"(?:tinh,? thanh(?: pho)?|dia phuong)(?:,? (?:tren|trong) ca nuoc|,? ca nuoc)?),?\s*)?"
    # not "trong đó" ("xếp thứ 12/63, trong đó kinh tế số ..."), nor "trong khi" ("thứ 3, trong khi nhân lực số
    # chỉ ở vị trí 27": a contrast opens the next index's clause)
    # ("từ hạng 38 của ICT Index 2019": the index whose place it is)
    r"(?:ve|o|trong(?! (?:do|khi)\b)|voi|cua|tren\s+(?:bang xep hang|bxh))\s+"
)
# a score's clause going on with its rank: ", xếp thứ nhất", ", đứng thứ 3/34" (the rank's words up to "về")
_RANK_WORDS = r"(?:xep|dung)\s+(?:hang\s+)?(?:thu\s+)?[a-z0-9/]+"
# (or its rank in a bracket after it: "Bạc Liêu đạt 0,5340 (hạng 37)", "0,5405 điểm (xếp thứ 33)")
_SCORE_THEN_RANK = re.compile(
    r"\s*(?:diem\s*)?(?:,\s*" + _RANK_WORDS + r"|\(\s*(?:(?:xep|dung)\s+)?(?:hang|thu|vi tri)\s+[a-z0-9/]+)"
)
# ... after a fronted score, its subject first: "Với giá trị 0,5986, Đắk Lắk xếp thứ 14/34" (rule score-then-rank)
_FRONTED_THEN_RANK = re.compile(r"\s*(?:diem\s*)?,\s*[^,;.()\d]{1,40}?\b" + _RANK_WORDS)
_ABOUT_INDEX = re.compile(r"\bve\s+(?:chi so\s+)?$")  # "... về chỉ số X": the rank is about X
# rule value-fronted: the sentence opens with the value, its index after the comma
SCORE_NOUNS = r"(?:gia tri|diem so|so diem|tong diem|muc diem)"  # what a score is called ("giá trị 0,6312")
FRONTED_VALUE = re.compile(r"\W*voi\s+" + SCORE_NOUNS + r"\s*")
_FRONTED_POINTS = re.compile(r"\W*voi\s+")  # ("Với 0,6874 điểm, ...": the score in points, no noun before it)


def value_fronted(lower: str, start: int, n: Number) -> bool:
    """Rule value-fronted: the score opens its sentence or its clause after a lead-in ("Với giá trị 0,6312, DTI 2022
    của Hải Phòng ...", "Theo số liệu vừa công bố, với giá trị 0,5902, Chỉ số ... của tỉnh ...", "Với 0,6874 điểm,
    ..."): what follows the comma is what it measures and whose it is."""
    # (or after a digest item's label: "Ninh Bình: Với giá trị 0,4712, DTI 2022 của tỉnh ...")
    comma = max(lower.rfind(",", start, n.start), lower.rfind(":", start, n.start))
    head = start if comma < 0 else comma + 1
    if FRONTED_VALUE.fullmatch(lower, head, n.start):
        return True
    return n.points and _FRONTED_POINTS.fullmatch(lower, head, n.start) is not None


_COMMA_AFTER = re.compile(r"\s*(?:diem\s*)?,\s*")
_ABOUT = re.compile(r"\s*(?:ve|o)\s+")  # "xếp thứ 5 về kinh tế số", "đạt 0,7105 ở hạ tầng số"
_BREAK = re.compile(r"[;.,()]")
# a clause that names its own field, outside the catalog ("Về xếp hạng hạ tầng kỹ thuật, tỉnh đứng thứ 9"): no carry
_FIELD_NAMED = re.compile(r"\bve\s|\bxep hang\s+(?!thu\b|\d)[a-z]")
_OVERALL_AFTER = re.compile(r"(?:/\d+)?\s*(?:chung cuoc|chung toan bo|tong the|tong hop)\b")
_OVERALL_RANK = re.compile(r"(?:/\d+)?\s*(?:(?:ve|xet ve|o)\s+)?(?:chung cuoc|tong the|chi so tong the)\b")
# one or more clauses, each a place (a few words) and its rank, after the first rank: ", còn Hà Giang xếp
# thứ 56/63", ", Bạc Liêu thứ 50/63", " và Kon Tum đứng thứ 60"
_PARALLEL_RANKS = re.compile(
    r"(?:\s*(?:,\s*(?:con\s+|va\s+)?|;\s*|\s+va\s+|\s+con\s+)[a-z][^,;.()\d]{0,40}?"
    r"\b(?:thu|hang|vi tri|vi tri thu)\s+\d+(?:\s*/\s*\d+)?)+\s*"
)
_COMMA = re.compile(r"[,;]")
# the leader's verbs of cues.yml ("dẫn đầu", "đứng đầu", "xếp thứ nhất"): a rank of its own between a value and a field
_OWN_NEXT_RANK = re.compile(
    r"(?:/\d+)?\s*,?\s*(?:va|con)\s+(?:(?:chi|lai|cung)\s+)?(?:dung|xep|giu)\s+(?:o\s+)?(?:thu|hang|vi tri)\b"
)
_RANK_VERB_BETWEEN = re.compile(rf"\b(?:{_CUES.words['top_one']})\b")


# a place written with "thứ", its number and its year ("thứ 38 năm 2020"; not "năm thứ 4", "lần thứ 3": counted times)
_PLACES_WRITTEN = re.compile(r"(?<!nam )(?<!lan )\bthu \d{1,2} (?:nam )?(?:19|20)\d\d\b")


def bind_sentence(
    catalog: Catalog,
    m: Mentions,
    *,
    dx_context: bool,
    title_dx: bool = False,
    carry: Topic | None = None,
    carry_at: tuple[int, int] | None = None,
    drops: list[Drop] | None = None,
    prev_items: list | None = None,  # (Binding or lists.NamedItem: the items a list may point back to)
    prev_places: list[str] | None = None,
    passage_index: Topic | None = None,
    rank_index: Topic | None = None,
) -> list[Binding]:
    """All indicator values stated in the sentence ``m``. ``carry`` is the topic the previous
    sentence was about: a sentence that names no topic at all continues it ("Trong khi đó, TP. Đà
    Nẵng dẫn đầu cả nước với 0,8002 điểm"). ``prev_items``: the last list's items, for
    back-references ("Năm 2022, các thứ hạng này là 20, 33 và 15"); ``prev_places``: the provinces the
    previous sentence named, in order ("Năm 2022, hai tỉnh lần lượt xếp thứ 12 và 21"); ``carry_at``: where the
    sentence points back at ``carry`` by name ("ở trụ cột này": rule backref-in-place); ``passage_index``:
    the ranking index the paragraph, section or article is about, for a rank its sentence leaves
    without one (rule passage-index); ``rank_index``: failing that, the one ranking index the article names, for such a
    rank alone (rule doc-ranking)."""
    lower, start, end, numbers = m.lower, m.start, m.end, m.values
    hits = sentence_topics(m.topics, lower, start, end, quote_spans(m.cased, start, end), m.context_from)
    drops = drops if drops is not None else []
    if not hits and carry is not None:
        hits = [TopicHit(carry, start, start)]
    elif carry_at is not None and carry is not None and not any(carry_at[0] < h.end and h.start < carry_at[1]
                                                                 for h in hits):
        # rule backref-in-place: "ở trụ cột này" in a sentence that names other measures too ("vươn lên thứ 7 ở trụ
        # cột này với giá trị 0,4876, nhờ tỷ trọng kinh tế số ...") names the pillar it points back to where it stands
        hits = sorted([*hits, TopicHit(carry, *carry_at)], key=_START)
    elif (
        (carry or passage_index) is not None
        and (semi := lower.find(";", start, end)) >= 0
        and hits
        and hits[0].start > semi
        and (first := next((x for x in numbers if start <= x.start < semi and not is_year(x)), None)) is not None
        and not _FIELD_NAMED.search(lower, start, first.start)
    ):
        # rule carry-to-semicolon: "Theo đó, tỉnh Gia Lai đạt giá trị 0,6127, xếp thứ 14/34; ba trụ cột ... lần lượt
        # xếp thứ 10, 19 và 15": a first clause that names no measure goes on with the sentence before's (or the
        # ranking index of the passage), though a later clause names its own (not one that names a field)
        hits = [TopicHit(carry or passage_index, start, start), *hits]
    elif carry is not None and "percent" in carry.codes and m.province_then_shares and not any(
        "percent" in h.topic.codes for h in hits
    ):
        # rule carry-past-index-name: a province's shares in a sentence that names only measures no share can be of
        # ("Đà Nẵng đạt 14,1%, trong đó kinh tế số lan tỏa trong du lịch ...": the pillar's name) go on with the
        # carried share
        hits = [TopicHit(carry, start, start), *hits]
    index = passage_index or rank_index  # (the ranking a value with no index of its own ranks: rule passage-index)
    if (
        not hits
        and carry is None
        and index is not None
        and m.list_backref
        and _RANKS_LISTED.search(lower, start, end)
        and not _PART_FRAMED.search(lower, start, end)  # (not a part of it: "Ở lĩnh vực ..., A và B lần lượt xếp ...")
    ):
        # rule ranked-list-alone: "Trong năm 2021, ba tỉnh Đồng Tháp, Long An và Vĩnh Long lần lượt xếp thứ 10, 13 và
        # 20" in an article about the DTI: provinces ranked in a list that names no index rank the passage's (or the
        # article's) ranking index, as a rank alone does ("xếp thứ 35/63", rule passage-index)
        if len({x.slug for x in m.places if x.slug != SELF}) >= 2:
            carry, hits = index, [TopicHit(index, start, start)]
    hits = _column_clauses(lower, start, end, numbers, hits)
    out: list[Binding] = []
    consumed: set[int] = set()
    if dx_context and not m.socio_economic:
        out.extend(targets_achieved(catalog, lower, start, end, numbers, consumed, m.masks))
    elif title_dx and not m.socio_economic and not _ECONOMY.search(lower, start, end):
        # rule targets-under-dx-title: under a title about digital transformation, a plan review's "tỉnh đã hoàn
        # thành 14/19 chỉ tiêu đề ra" counts that plan's targets; not a sentence about the economy ("tăng trưởng
        # kinh tế ...; có 21/28 chỉ tiêu chủ yếu đạt"), nor tasks ("Sở ... hoàn thành 14/16 nhiệm vụ được giao")
        out.extend(targets_achieved(catalog, lower, start, end, numbers, consumed, m.masks, tasks=False))
    paren_ranked = _paren_ranked(m, passage_index or rank_index)
    # (the tests below are asked in this order, each only when those before leave the sentence with nothing to
    # measure: most sentences name a measure, and the scans of the last two were made for every sentence)
    if (
        not any(h.topic.codes for h in hits)
        and paren_ranked is None
        # (a sentence's values each of its own year are pointed at only by a list word: rule own-years-backref)
        and not (prev_items and (m.list_backref or not own_years(prev_items)))
        # (a place among all the provinces, "xếp thứ 35/63", or one moved to, "giảm 6 bậc, xuống thứ 41", in a
        # sentence that names no index: the passage's or the article's ranking, rule passage-index below)
        and not (
            index is not None
            and (
                any(n.out_of in RANK_DENOMINATORS for n in numbers)
                or _CUES.rank_moves.search(lower, start, end) is not None
                # (or places written "thứ 38 năm 2020", one after another, each with its year: "Gia Lai đi theo đường
                # hình sin: thứ 38 năm 2020, thứ 26 năm 2021, ..."; rule places-in-a-row)
                or len(_PLACES_WRITTEN.findall(lower, start, end)) >= 2
            )
        )
    ):
        # nothing in or before the sentence that a value could measure: no rule below can bind
        drops.extend(Drop("no-topic-fits", n.value, None, n.start) for n in numbers if n.start not in consumed)
        return out
    protect = [(h.start, h.end) for h in hits] + [x for x in m.masks if start <= x[1] and x[0] < end]
    values = [x for x in numbers if not is_year(x)]  # (a year before a value is part of its label, no value)
    _bind_lists(
        catalog, m, hits, carry, prev_items, protect, out, consumed, drops, prev_places, paren_ranked,
        # (the years the sentence writes: its numbers that are no value, counted from the list above)
        two_years=len(numbers) - len(values) >= 2,
    )

    range_bounds = find_range_bounds(lower, numbers)
    anchors: dict[int, int] = {}  # id(hit) -> end of the last value bound to it
    for b in out:  # a list's values count as bound to their index's phrasing (the next value reads on from them)
        for h in hits:
            if h.topic is b.topic and h.end <= b.number.start:
                anchors[id(h)] = max(anchors.get(id(h), 0), b.number.end)
    # (the values' ends in order, once per sentence: the last one before each value is found by bisection instead of a
    # list of every value's end built for each value)
    value_ends = sorted(x.end for x in values)
    rhetorical = _RHETORICAL_OPENS.match(lower, start) is not None and lower[start:end].rstrip(" \"”'").endswith("?")
    last_tie = None  # (the end of the last value provinces shared, and theirs: rule tie-value)
    for n in _with_top1(lower, start, end, numbers):
        if n.start in consumed:
            continue
        clause_start = m.clause_start(n.start)
        at = bisect_right(value_ends, n.start)  # (the values that end at or before this one starts)
        prev_end = max(value_ends[at - 1], clause_start) if at else clause_start
        before = lower[max(prev_end, n.start - 45) : n.start]
        if _LABEL_END.search(before) and not any(x.end <= n.start for x in values if x is not n):
            # a label and its value ("Tăng trưởng so với năm 2021: +0.0518", "Chênh lệch giữa ... : 0,33"):
            # the whole label is what the value is read against, its year included
            before = lower[max(clause_start, n.start - 90) : n.start]
        elif prev_end < n.start - 45 and (label := change_label(lower, max(clause_start, n.start - 90), n.start)):
            # rule change-label: a change named from the clause's start, too long for the window ("Tăng trưởng giá trị
            # DTI của tỉnh so với năm 2020 là 0,0915"): the whole label is what the value is read against
            before = label
        after = lower[n.end : min(end, n.end + 45)]
        earlier = _previous_year_rank(lower, start, n, out) or _move_end(lower, n, out)
        if earlier is not None:  # rule bare-previous-rank: "xếp thứ 35, ... so với năm 2022 (45)"
            consumed.add(n.start)
            out.append(earlier)
            continue
        # 1. reading
        reads = ["rank"] if n.raw == "@1" else readings(n, before, after)
        if reads and rhetorical:
            reads = []  # rule rhetorical-question: "Liệu 0,1 điểm có thể san lấp trong hai năm?" asks, states nothing
        if (
            m.rank_list
            and n.is_int
            and not n.percent
            and not n.points
            and _PAIR_SEP.search(before)
            and not n.next_words.startswith(TIME_NOUNS)  # ("... thay đổi: 9 tháng đầu năm 2023, ...": a time)
        ):
            reads = ["rank"]  # "xếp hạng ... lần lượt là: Nhận thức số - xếp thứ 25; Thể chế số - 14"
        if reads == ["count"] and moved_to_place(lower, start, n):
            reads = ["rank"]
        if (
            reads == ["count"]
            and n.value <= 63
            and not n.next_words
            and lower.find("hang", start, n.start) >= 0
            and _RANK_FRAME.match(lower, start, n.start)
            and any(0 <= n.start - h.end <= 2 and "rank" in h.topic.codes for h in hits)
        ):
            # rule rank-frame: "Về thứ hạng trụ cột, chính quyền số 55, kinh tế số 61, xã hội số 50": under a frame of
            # places, the bare number right after each ranked index is its place
            reads = ["rank"]
        year_then = (
            reads == ["count"]
            and n.value <= 63
            and out
            and out[-1].indicator.unit == "rank"
            and _YEAR_THEN_IS.search(before)
            and _BARE_END.match(after)
        )
        if year_then:
            # rule year-then-is: "Năm 2015, ICT Index của tỉnh đứng thứ 47/63; năm 2017 là 38 và năm 2019 là 29": the
            # places of later years said after a rank, each with its year and "là", of the index ranked before
            reads = ["rank"]
        gapped = (
            reads == ["count"]
            and out
            and n.value <= 63
            and out[-1].indicator.unit == "rank"
            and _GAP_END.match(after) is not None
            and _place_gap(lower, m.places, out[-1].number.end, n.start)
        )
        if gapped:
            # rule gapped-run: "Thừa Thiên Huế xếp thứ 2, Quảng Bình 23, Nghệ An 29 và Quảng Trị 50 trong DTI 2021":
            # after a place, each province written with a bare number and nothing else is ranked as the one before, the
            # verb left out
            reads = ["rank"]
        if reads and n.start in range_bounds:
            drops.append(Drop("range", n.value, None, n.start))
            continue
        if not reads:
            drops.append(Drop("not-a-value-reading", n.value, None, n.start))
            continue
        # 2. phrasing
        said = _said_to_be(lower, hits, n, end)
        if said is not None:
            # rule value-said-to-be: "Con số 45 mà bài viết nêu thực chất là thứ hạng của trụ cột kinh tế số", "Con số
            # 0,7096 là giá trị trụ cột chính quyền số": what a value quoted is said to be names its measure and reading
            chosen, mode = said, "right"
        else:
            chosen, mode = _choose_phrasing(m, hits, n, reads, before, after, clause_start, anchors)
        if chosen is None and (year_then or gapped) and out[-1].topic is not None:
            chosen, mode = (TopicHit(out[-1].topic, n.start, n.start), "rank"), "left"
        if chosen is None and not mode and index is not None:
            chosen = _passage_index(m, hits, n, reads, before, after, index)
            mode = "passage" if chosen else mode
        if chosen is None and not mode and reads in (["rank"], ["score"]) and _pillars_follow(m, hits, n):
            # rule pillars-follow: "Năm 2020, Cần Thơ đạt 0,3905 điểm, xếp thứ 16/63; trong đó chính quyền số xếp thứ
            # 21, kinh tế số thứ 9": a value with no index, then the DTI's pillars as its parts, is the DTI's
            dti = catalog.topic("dti")
            chosen = (TopicHit(dti, start, start), reads[0]) if reads[0] in dti.codes else None
            mode = "passage" if chosen else mode
        if chosen is None and "score" in reads:
            chosen = _score_after_rank(lower, n, out, after) or _score_before_rank(
                m, hits, n, numbers, anchors, index
            )
            mode = "passage" if chosen else mode
        if chosen is None and not mode and reads and (run := _parallel_run(m, hits, n, reads)) is not None:
            # rule parallel-run: "Hà Nội đạt 0,6003 điểm, TP.HCM đạt 0,5790 điểm và Hải Phòng đạt 0,5590 điểm trong DTI
            # 2021": provinces each with the same verb and a value, the index named once after the last, measure all
            chosen, mode = run, "right"
        if chosen is None:
            drops.append(Drop(mode or "no-topic-fits", n.value, None, n.start))
            continue
        hit, reading = chosen
        if hit.topic.name == "online_public_service" and _LEVEL_4_LABEL.search(
            lower, max(start, n.start - 24), n.start
        ):
            # rule level-4-label: a share labelled level 4 on its own, in a bracket or a list after the services of
            # levels 3 and 4 ("đạt 62,3% (mức độ 4: 38,1%)"), is of the services fully online
            hit = TopicHit(catalog.topic("online_public_service_full"), hit.start, hit.end)
        if reading == "rank" and hit.topic.name.startswith("dti_") and _OVERALL_RANK.match(lower, n.end, end):
            # rule overall-rank: "dù dẫn đầu trụ cột kinh tế số, chỉ xếp thứ 7 về tổng thể", "thứ 7 chung cuộc": the
            # rank of the whole index the pillar belongs to
            hit = TopicHit(catalog.topic("dti"), hit.start, hit.end)
        ind = hit.topic.codes[reading]
        # 3. the named rules
        c = Candidate(
            m=m,
            n=n,
            hit=hit,
            reading=reading,
            ind=ind,
            mode=mode,
            clause_start=clause_start,
            ctx_start=max(hit.end, anchors.get(id(hit), 0)) if mode == "left" else clause_start,
            before=before,
            after=after,
            bound=out,
            protect=protect,
        )
        refusal = first_refusal(c)
        if mode == "left" and (refusal is None or refusal.uses_phrasing):
            anchors[id(hit)] = n.end  # the next value chains from here, even from a refused one
        if refusal is not None:
            drops.append(Drop(refusal.name, n.value, ind.code if refusal.uses_phrasing else None, n.start))
            continue
        # (a word every shared value or tie writes, looked for once per value: rules shared-value and tied-provinces)
        tie_word = any(w in before for w in _SHARED_OR_TIE_WORDS)
        if mode == "left" and tie_word and _CUES.shared_value.search(before):
            # rule shared-value: "hai chỉ số Thể chế số và Hạ tầng số cùng xếp thứ 11"
            for h2 in hits:
                joined = h2.end <= hit.start and _JOINED.fullmatch(lower, h2.end, hit.start)
                # (not the measure set before as the frame: "Không chỉ DTI, Chỉ số cải cách hành chính (PAR Index) của
                # Quảng Trị cũng chỉ xếp thứ 36/63" is the PAR Index's rank alone)
                framed = _NOT_ONLY.search(lower, max(0, h2.start - 12), h2.start)
                if h2.topic.codes.get(reading) and joined and not framed:
                    out.append(Binding(h2.topic.codes[reading], n, n.value, n.out_of, None, clause_start, h2.topic))
        if (mode in ("right", "head") and reading == "percent") or (mode == "right" and reading == "rank"):
            # rule shared-predicate: "100% ấp, khóm có hạ tầng cáp quang và được phủ sóng di động 4G": a second measure
            # joined right after the first, with no value of its own, holds the same share; so a rank two indices
            # share ("xếp thứ nhất cả kinh tế số và xã hội số")
            out.extend(_shared_predicate(c, hits, drops))
        consumed.add(n.start)
        bound = Binding(
            ind,
            n,
            c.value,
            c.out_of,
            qualifier(before) if n.raw != "@1" else None,
            clause_start,
            hit.topic,
            carried=hit.start == hit.end and mode != "passage",  # (the passage's index: its year is the sentence's)
        )
        tied = _tied_provinces(m, n, prev_end, before, tie_word) if n.raw != "@1" else []
        if (
            not tied
            and last_tie is not None
            and (
                _SCORE_AFTER_RANK_GAP.fullmatch(lower, last_tie[0], n.start)
                or _TIE_SCORE_GAP.fullmatch(lower, last_tie[0], n.start)
            )
        ):
            # rule tie-value: "A và B cùng xếp thứ 8/63 với giá trị 0,5102": the score after the shared rank (what
            # stands between them as for score-after-rank, or past the board's name up to a shared word: "đồng hạng 60
            # trong bảng xếp hạng DTI 2023, cùng đạt 0,4231 điểm") is both's
            tied = last_tie[1]
        last_tie = (n.end, tied) if tied else None
        if tied:
            out.extend(replace(bound, province=slug) for slug in tied)
        else:
            out.append(bound)
    return out


# grammar: what joins the provinces of a tie ("A và B", "A, B"), and "... đồng hạng 9 với B"
_TIE_JOIN = re.compile(r"\s*(?:,\s*(?:va\s+)?|va\s+)(?:(?:tinh|thanh pho|tp\.?)\s+)?")
_TIE_WITH = re.compile(r"\s+(?:cung\s+)?voi\s+(?:(?:tinh|thanh pho|tp\.?)\s+)?")


# the first word of every shared-value adverb and tie word ("cùng", "đều", "đồng", "ngang")
_SHARED_OR_TIE_WORDS = tuple(
    dict.fromkeys(w.split()[0] for w in _CUES.lists["shared_adverbs"] + _CUES.lists["tie_words"])
)


def _shared_predicate(c: Candidate, hits, drops: list) -> list[Binding]:
    """The binding of the accepted candidate's share to a second measure joined by "và" right after its phrasing
    (rule shared-predicate), when nothing after it up to the clause's end is a number it could take instead; the
    second measure's own refusals are asked ("... có cáp quang và được phủ sóng 5G": 5G alone is no coverage)."""
    m, hit, n = c.m, c.hit, c.n
    lower = m.lower
    nxt = next((h for h in hits if h.start >= hit.end and h.topic is not hit.topic and h.topic.codes), None)
    if nxt is None or not _AND_JOINED.fullmatch(lower, hit.end, nxt.start) or c.reading not in nxt.topic.codes:
        return []
    stop = next((i for i in (lower.find(";", nxt.end, m.end), lower.find(",", nxt.end, m.end)) if i >= 0), m.end)
    if any(nxt.start <= x.start < stop and not is_year(x) for x in m.values):
        return []  # (a year is no value of its own: "xếp thứ nhất cả kinh tế số và xã hội số năm 2023")
    ind = nxt.topic.codes[c.reading]
    refusal = first_refusal(replace(c, hit=nxt, ind=ind))
    if refusal is not None:
        drops.append(Drop(refusal.name, n.value, ind.code, n.start))
        return []
    return [Binding(ind, n, n.value, n.out_of, None, c.clause_start, nxt.topic)]


# "và" (and its adverbs) between two predicates of one subject ("có hạ tầng cáp quang và được phủ sóng 4G")
_AND_JOINED = re.compile(r"\s+(?:va|cung nhu)\s+(?:(?:da|deu|cung)\s+)*")


def _tied_provinces(m: Mentions, n: Number, prev_end: int, before: str, tie_word: bool) -> list[str | None]:
    """rule tied-provinces: a value two provinces share ("A và B cùng xếp thứ 9/63", "tỉnh đồng hạng
    9 với B") is each one's: the provinces joined right before it (no other value between), and the
    one after "với"; a self-reference ("tỉnh ta"), or no subject before the value, stays None for
    the subject rules to resolve. [] when the sentence names fewer than two."""
    if not tie_word:
        return []  # (``tie_word``: ``before`` writes one of _SHARED_OR_TIE_WORDS, as every shared value or tie does)
    if not (_CUES.shared_value.search(before) or _CUES.tie.search(before)):
        return []
    named = []  # the provinces joined into one subject, back from the last before the value
    for p in reversed([p for p in m.places if prev_end <= p.start and p.end <= n.start]):
        if named and not _TIE_JOIN.fullmatch(m.lower, p.end, named[0].start):
            break
        named.insert(0, p)
    partner = next(
        (p for p in m.places if p.start >= n.end and p.slug != SELF and _TIE_WITH.fullmatch(m.lower, n.end, p.start)),
        None,
    )
    # no subject named before the value ("Năm 2023, đồng hạng 7 với B"): the subject rules' province
    own = [p.slug for p in named] or ([SELF] if partner else [])
    slugs = list(dict.fromkeys(own + ([partner.slug] if partner else [])))
    return [None if s == SELF else s for s in slugs] if len(slugs) >= 2 else []


def _paren_ranked(m: Mentions, passage_index: Topic | None) -> Topic | None:
    """The passage's ranking index, for bare whole numbers in brackets after provinces in a sentence that
    names no measure but a ranking's table ("Nhóm cuối bảng gồm Hà Giang (61), Lai Châu (62)": rule paren-ranks)."""
    if passage_index is None or m.lower.find("(", m.start, m.end) < 0 or "rank" not in passage_index.codes:
        return None
    return passage_index if _CUES.table_position.search(m.lower, m.start, m.end) else None


def _bind_lists(
    catalog, m: Mentions, hits, carry, prev_items, protect, out, consumed, drops, prev_places=None,
    paren_ranked: Topic | None = None,
    *,
    two_years: bool,
) -> None:
    """Values bound by a list: "lần lượt" / "tương ứng" pairs and back-references to the previous
    sentence's items, then "Tỉnh A (x%), Tỉnh B (y%)"; a plan's values are dropped (``target-or-plan``)."""
    lower, start, end = m.lower, m.start, m.end
    # (``two_years``: the sentence writes two years or more, counted once by the caller: three rules below need them)
    if two_years and lower.find("(", start, end) >= 0:
        # (before the "lần lượt" lists: each value here carries its own year, "lên 35 (năm 2021), 28 (năm 2022)")
        for b in year_bracketed(lower, start, end, m.values, hits):
            consumed.add(b.number.start)
            out.append(b)
    if two_years:
        # (before the "lần lượt" lists too: "lần lượt là 96, 118 và 141 doanh nghiệp vào cuối các năm 2022, 2023, 2024")
        for b in year_each_after(lower, start, end, m.values, hits):
            if is_target(lower, start if m.head_target else b.clause_start, b.number.start, protect, m.original):
                continue  # (a plan's yearly targets: "lần lượt 60%, 75% và 90% vào các năm 2024, 2025, 2026")
            if b.number.start not in consumed:
                consumed.add(b.number.start)
                out.append(b)
    listed_values = len(m.values) >= 2 and has_value_list(lower, start, end, hits)
    if m.list_backref or listed_values or positions_held(lower, start, end):
        paired, listed = respectively_pairs(
            catalog, lower, start, end, m.values, hits, m.places, carry, prev_items, prev_places, m.cased
        )
        paired = _places_in_step(m, paired)
        for b in paired:
            scope = start if m.head_target else b.clause_start
            if b.number.start in consumed or is_target(lower, scope, b.number.start, protect, m.original):
                drops.append(Drop("target-or-plan", b.value, b.indicator.code, b.number.start))
                continue
            lead_at = max(start, b.number.start - 120)
            if _AVERAGES_LISTED.search(lower, lead_at, b.number.start) or (
                b.indicator.unit != "rank" and _NATION_LISTED.search(lower, lead_at, b.number.start)
            ):
                # "đều cao hơn mức bình quân cả nước (lần lượt là 0,7286 và 0,6521)": the averages the items beat
                drops.append(Drop("national-or-average", b.value, b.indicator.code, b.number.start))
                continue
            if b.indicator.unit in ("rank", "score") and _other_index_lists(lower, start, hits, b):
                # rule named-other-index, for lists: "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Kon Tum các năm
                # 2021, 2022, 2023 lần lượt xếp thứ 54, 49 và 51": an index outside the catalog heads the list
                drops.append(Drop("named-other-index", b.value, b.indicator.code, b.number.start))
                continue
            if b.indicator.unit == "rank" and regional_list(lower, start, b.number, _listed_with(paired, b)):
                drops.append(Drop("regional-rank", b.value, b.indicator.code, b.number.start))
                continue
            if b.province is None and city_frames_sentence(m, b.number.start):
                drops.append(Drop("city-inside-province", b.value, b.indicator.code, b.number.start))
                continue
            if b.province is None and _units_listed(m, b.number.start):
                # rule units-listed: "Ở cấp huyện, TP Bắc Giang, thị xã Việt Yên và huyện Lạng Giang lần lượt đạt
                # 95,6%, 94,2% và 92,8%": districts or communes listed before the values hold them (not the measures
                # of the sentence before, which they share)
                drops.append(Drop("district-or-commune", b.value, b.indicator.code, b.number.start))
                continue
            if b.province is None and _DEPARTMENTS_BLOC.search(lower, start, b.number.start):
                # "Ở khối sở, ngành, Sở Tài chính và Sở KH&CN là hai đơn vị có điểm cao nhất (lần lượt 0,8912 và
                # 0,8745 điểm)": the departments' values, not the indices the paragraph before named
                drops.append(Drop("department-or-agency", b.value, b.indicator.code, b.number.start))
                continue
            consumed.add(b.number.start)
            out.append(b)
        paired_at = {b.number.start for b in paired}
        for n in m.values:
            if n.start in listed and n.start not in paired_at and n.start not in consumed:
                drops.append(Drop("list-unpaired", n.value, None, n.start))
        consumed.update(listed)
        for n in positions_counted(lower, start, end, m.values, named=False):
            if n.start not in consumed:
                # "Các vị trí từ thứ 4 đến thứ 6 năm 2023 thuộc về A, B và C, tương ứng thứ 4, 5 và 6": the positions'
                # bounds, counted before the holders, are no one's
                drops.append(Drop("positions-counted", n.value, None, n.start))
                consumed.add(n.start)
    # rule year-labelled: "2019: 8,2 – 2020: 9,6" (only a sentence with two years or more can hold a series)
    # (a line of values under a series of years holds none: rule year-series reads it after the line above)
    series_under = not two_years and len(m.values) >= 2 and lower.find(":", start, end) >= 0
    labelled = year_labelled(lower, start, end, m.values, hits, carry) if two_years else []
    series = year_series(lower, start, end, m.values, hits, carry) if two_years or series_under else []
    for b in [*labelled, *series]:
        if b.number.start not in consumed:
            consumed.add(b.number.start)
            out.append(b)
    has_paren = lower.find("(", start, end) >= 0
    parens = (
        province_paren_list(lower, start, end, m.values, hits, m.places, paren_ranked, m.original) if has_paren else []
    )
    for b in parens:
        if b.number.start in consumed:
            continue
        if is_target(lower, start, b.number.start, protect, m.original):
            drops.append(Drop("target-or-plan", b.value, b.indicator.code, b.number.start))
            continue
        consumed.add(b.number.start)
        out.append(b)


def _places_in_step(m: Mentions, paired: list[Binding]) -> list[Binding]:
    """Rule places-in-step: items listed before the list word, provinces listed right after it, values after them
    ("Ba trụ cột A, B và C lần lượt có X, Y và Z dẫn đầu, với giá trị tương ứng 0,77; 0,59 và 0,65"): the k-th value
    is the k-th item's and the k-th province's."""
    if len(paired) < 2 or any(b.province is not None for b in paired):
        return paired
    word = _CUES.list_backref.search(m.lower, m.start, paired[0].number.start)
    if word is None:
        return paired
    names = list(
        dict.fromkeys(x.slug for x in m.places if word.end() <= x.start < paired[0].number.start and x.slug != SELF)
    )
    if len(names) != len(paired) or len({b.topic.name for b in paired if b.topic is not None}) != len(paired):
        return paired
    return [replace(b, province=slug) for b, slug in zip(paired, names, strict=True)]


def _units_listed(m: Mentions, at: int) -> bool:
    """Two districts or communes or more named before the list word of the value at ``at``, in its clause (rule
    units-listed)."""
    word = _CUES.list_backref.search(m.lower, m.clause_start(at), at)
    if word is None:
        return False
    units = _CUES.lower_unit.finditer(m.cased, m.clause_start(at), word.start())
    return sum(1 for u in units if spelt_as_unit(m.original, m.cased, u)) >= 2


# a list of averages in a bracket right after them ("cao hơn mức bình quân cả nước (lần lượt là ...")
_DEPARTMENTS_BLOC = re.compile(r"\b(?:khoi|cap) (?:cac )?(?:so|co quan chuyen mon)(?:, (?:ban, )?nganh)?\b")
# (or the averages the list itself gives: "các trụ cột chính quyền số, kinh tế số, xã hội số bình quân lần lượt đạt
# 0,7125; 0,4366 và 0,6011")
_AVERAGES_LISTED = re.compile(
    r"\b(?:binh quan|trung binh)\b[^.;()]{0,25}\(\s*(?:lan luot|tuong ung)\b[^()]*$"
    r"|\b(?:binh quan|trung binh)(?: chung| ca nuoc| cua ca nuoc)?\s+(?:lan luot|tuong ung)\b[^()]*$"
    # ("nhận thức số và thể chế số là hai chỉ số có điểm trung bình cao nhất, lần lượt 0,8105 và 0,7650": the highest
    # averages of the items, a few words between)
    r"|\b(?:binh quan|trung binh) (?:cao|thap) nhat,?\s+(?:lan luot|tuong ung)\b[^()]*$"
)
# the nation's own figures for the items ("Các con số tương ứng của cả nước lần lượt là 79,1%, 84,0% và 75,2%"; not
# ranks, which are places': "với thứ hạng trên cả nước lần lượt là 49, 53 và 58")
_NATION_LISTED = re.compile(r"\bcua (?:ca nuoc|toan quoc)\s+(?:lan luot|tuong ung)\b[^()]*$")
# a question asked for effect, opening its sentence ("Liệu ...?", "Phải chăng ...?", "Chẳng lẽ ...?")
_RHETORICAL_OPENS = re.compile(r"\W*(?:lieu|phai chang|chang le|le nao)\b")
_YEAR_THEN_IS = re.compile(r"(?:^|[;,]|\bva)\s*(?:den\s+|con\s+)?nam\s+(?:19|20)\d\d\s+(?:la|dung thu|xep thu)\s*$")
_BARE_END = re.compile(r"\s*(?:[,;.)]|va\b|$)")


# what may follow the last value of a run with its verb left out: the run's end, or what it is ranked in ("... và Quảng
# Trị 50 trong DTI 2021"); between two values stand a comma or "và" (_RUN_JOIN) and one province's name
_GAP_END = re.compile(r"\s*(?:[,;.)]|(?:va|trong|o|ve)\b|$)")


def _place_gap(lower: str, places: list, prev_end: int, at: int) -> bool:
    """Between the value before (ending at ``prev_end``) and the one at ``at`` there is only a separator and one
    province named (", Quảng Bình ", " và Quảng Trị "): rule gapped-run."""
    place = next((p for p in places if prev_end < p.start and p.end <= at), None)
    if place is None or place.slug == SELF or lower[place.end : at].strip():
        return False
    return _RUN_JOIN.fullmatch(lower, prev_end, place.start) is not None


# rules gapped-run and parallel-run: what joins the items of a run ("," / "và"); for parallel-run, a value's verb, its
# unit, and what may stand between the last value and the index named after it ("trong DTI 2021", "về chỉ số DTI")
_RUN_JOIN = re.compile(r"\s*(?:,\s*va|,|va)\s+")
_RUN_VERB = re.compile(r"\s+(?:dat|la|voi|co)\s+")
_RUN_UNIT = re.compile(r"\s*(?:diem|%)?")
_RUN_END = re.compile(r"\s*,?\s*(?:(?:trong|o|ve|theo|tai|cua)\s+)?(?:(?:bang xep hang|chi so|ky danh gia)\s+)?")


def _parallel_run(m: Mentions, hits, n: Number, reads: list[str]) -> tuple[TopicHit, str] | None:
    """The index named after a run of provinces each with its verb and value, the value ``n`` opening it, and the
    reading it gives ``n`` (rule parallel-run); None when anything else stands between."""
    lower = m.lower
    at = _RUN_UNIT.match(lower, n.end).end()
    places = {p.start: p for p in m.places if p.slug != SELF and p.start >= at}
    starts = {x.start: x for x in m.values if x.start >= at}
    items = 0
    while (join := _RUN_JOIN.match(lower, at)) is not None and (place := places.get(join.end())) is not None:
        verb = _RUN_VERB.match(lower, place.end)
        value = starts.get(verb.end()) if verb is not None else None
        if value is None or is_year(value):
            return None
        at, items = _RUN_UNIT.match(lower, value.end).end(), items + 1
    tail = _RUN_END.match(lower, at)
    hit = next((h for h in hits if h.start == tail.end() and h.topic.codes), None)
    if not items or hit is None:
        return None
    reading = next((r for r in reads if r in hit.topic.codes), None)
    return (hit, reading) if reading is not None else None


def _said_to_be(lower: str, hits, n: Number, end: int) -> tuple[TopicHit, str] | None:
    """The measure and reading a value is said to be, right after it ("45 mà bài viết nêu thực chất là thứ hạng của trụ
    cột kinh tế số"; "thứ 10 là thứ hạng DTI năm 2022 của tỉnh"): the phrasing that follows "là thứ hạng / giá trị"."""
    if lower.find(" la ", n.end, min(end, n.end + 80)) < 0:
        return None  # (a cheap scan first: every such clause says "là")
    said = _SAID_TO_BE.match(lower, n.end, end)
    if said is None:
        return None
    reading = "rank" if said.group(1) == "thu hang" else "score"
    if (reading == "rank") != n.is_int or n.percent:
        return None
    for h in sorted(hits, key=lambda h: (h.start, -h.end)):
        if said.end() <= h.start <= said.end() + 3 and reading in h.topic.codes:
            return h, reading
    return None


# after a value: what it is said to be ("... mà bài viết nêu thực chất là thứ hạng của ...", "... là giá trị ...")
_SAID_TO_BE = re.compile(
    r"(?:/\d+)?\s+(?:(?:ma|duoc)\s[^.;:\d]{0,50}?\s)?(?:thuc chat |thuc ra |chinh )?la\s+(thu hang|gia tri|diem so)\s+"
    r"(?:cua\s+)?"
)
_LEVEL_4_LABEL = re.compile(r"[(;,]\s*(?:rieng\s+)?(?:muc do 4|toan trinh)\s*(?::|la|dat|chiem)\s*$")
_CONTRAST_OWN_RANK = re.compile(
    rf"[,;]\s*(?:{_CUES.words['contrast_opens']})\s[^,;.]*\b(?:dan dau|dung dau|xep (?:thu|hang)|dung thu)\b[^,;.\d]*$"
)
_PART_LEAD = re.compile(r"\b(?:trong (?:so )?do|rieng)\b")
# a sentence that opens on places as its frame ("Về thứ hạng trụ cột, ...", "Xét theo thứ hạng, ...")
_RANK_FRAME = re.compile(r"\W*(?:ve|xet (?:ve|theo)|o|theo)\s+(?:thu hang|xep hang)\b[^,;:.\d]{0,30}[,:]")
_JOINED_OWN_LEAD = re.compile(r"\bva\s+(?:[a-z]+\s+){0,4}?(?:dan dau|dung dau)\s+(?:[a-z]+\s+){0,3}?$")


def _in_closed_aside(lower: str, start: int, h, n: Number) -> bool:
    """The phrasing ``h`` lies in a bracket that closes before the value ``n`` and holds values of its own
    (the aside's measure; not a name's abbreviation, "Chỉ số chuyển đổi số (DTI) của tỉnh đạt 0,52")."""
    opened = lower.rfind("(", start, h.start)
    if opened < 0 or lower.find(")", opened, h.start) >= 0:
        return False
    closed = lower.find(")", h.end, n.start)
    return closed >= 0 and bool(_VALUE_DIGIT.search(lower, opened, closed))


def _in_dash_aside(lower: str, start: int, h, n: Number, left_hits) -> bool:
    """Rule aside-phrasing, between dashes: the phrasing ``h`` lies in an aside set between two dashes before the value
    ``n``, and a phrasing the value could measure stands before the aside (what the aside describes: "chỉ số an toàn
    thông tin mạng – một trong 8 chỉ số chính thuộc trụ cột chính quyền số – chỉ đạt 0,3864")."""
    if lower.find(" - ", start, h.start) < 0:
        return False
    return any(
        a < h.start and h.end <= b <= n.start and any(o.topic.codes and o.end <= a for o in left_hits)
        for a, b in dash_asides(lower, start, n.start)
    )


def _closed_before(lower: str, brk: re.Match[str], n: Number) -> bool:
    """The clause break ``brk`` opens a bracket, or stands in one, that closes before the value ``n``."""
    opened = lower.rfind("(", 0, brk.end())
    return opened >= 0 and lower.find(")", opened, brk.start()) < 0 and lower.find(")", brk.end(), n.start) >= 0


_VALUE_DIGIT = re.compile(r"\d(?<!\w\d)(?!(?<=[12])(?:9|0)\d\d\b)")  # a number that is not a year ("(DTI 2021)")


_ASIDE_OPENS = re.compile(r"\(\s*(?:(?:nam\s+)?(?:19|20)\d\d\b|(?:ke hoach|chi tieu|muc tieu)\b)")
_INSIDE_NOUN = re.compile(r"tuoi\b|(?:xa|phuong|thi tran|huyen|thon|ban|to dan pho)\b(?! hoi)")


def _column_clauses(lower: str, start: int, end: int, numbers: list[Number], hits: list) -> list:
    """Rule column-clauses: "Chỉ tiêu: Tỷ lệ hồ sơ ... trực tuyến; Kế hoạch: 60%; Thực hiện: 68,2%", a table's row
    written as a line: a first clause that names a measure and holds no value, then clauses each opened by a
    column's label; each result's clause measures the first clause's measure (a plan's takes none)."""
    semi = lower.find(";", start, end)
    if semi < 0 or not COLUMN_OPENING.match(lower, semi + 1):
        return hits
    if any(start <= x.start < semi and not lower.startswith(" tuoi", x.end) for x in numbers if not is_year(x)):
        return hits  # (an age names the measure: "người dân từ 14 tuổi trở lên")
    named = [h for h in hits if h.end <= semi and h.topic.codes]
    if not named:
        return hits
    topic = max(named, key=lambda h: h.end - h.start).topic
    extra = [TopicHit(topic, c.end(), c.end()) for c in RESULT_COLUMN.finditer(lower, semi, end)]
    return sorted([*hits, *extra], key=_START) if extra else hits


def _but(original: str | None, start: int, end: int) -> bool:
    """``original[start:end]`` (folded offsets, accents kept) holds "nhưng" (but), not "những"."""
    return original is not None and "nhưng" in original[start:end].lower()


def _listed_with(paired: list[Binding], b: Binding) -> list[Number]:
    """The values of the list ``b`` is paired in (those of its clause)."""
    return [x.number for x in paired if x.clause_start == b.clause_start] or [b.number]


def _choose_phrasing(
    m: Mentions, hits, n: Number, reads, before: str, after: str, clause_start: int, anchors: dict[int, int]
) -> tuple[tuple[TopicHit, str] | None, str]:
    """The phrasing (and code reading) a value measures, and how it was found ("right", "head",
    "left", "sole-ranked"); without one, the name of what stopped it ("rank-of-other-index",
    "absorbed-by-other-measure") or ""."""
    lower, start, end, numbers = m.lower, m.start, m.end, m.values
    chosen: tuple[TopicHit, str] | None = None
    mode = ""
    if n.percent and lower.find("(", max(start, n.start - 9), n.start) >= 0:
        # rule bracketed-share: a share in brackets inside a phrasing ("hộ gia đình (91,6%) có cáp quang") is its
        for h in hits:
            if h.start < n.start and n.end < h.end:
                r = choose_code(h.topic, reads, n, before, after, False)
                if r:
                    return (h, r), "right"
    # rule pillar-backref: "trụ cột này" before the value points back at the pillar named last, not at an index inside
    # it named since ("Ở trụ cột chính quyền số, chỉ số hoạt động ... đạt 0,6230 (thứ 27), trong khi trụ cột này chỉ
    # xếp thứ 30": 30 is the pillar's rank)
    if (ref := lower.rfind("tru cot nay", clause_start, n.start)) >= 0:
        pillars = [h for h in hits if h.end <= ref and h.topic.name in DTI_PILLARS]
        # (only with no phrasing between the words and the value: "trụ cột này ... xếp thứ 6, trong khi chính quyền số
        # đạt 0,7415" names the next value's own pillar)
        if pillars and not any(ref < h.start < n.start for h in hits):
            h = max(pillars, key=_START)
            r = choose_code(h.topic, reads, n, before, after, False)
            if r:
                return (h, r), "left"
    # rule value-dash-label: a fact box's item that opens with its value and names it after a dash ("🔸 0,6387 –
    # giá trị DTI 2024 của thành phố", "Thứ 4 – thứ hạng chỉ số chính An toàn thông tin mạng trong DTI 2024"):
    # the first phrasing of the label (up to its first comma) that can take the value
    if _ITEM_HEAD.fullmatch(lower, start, n.start) and (dash := _DASH_AFTER.match(lower, n.end, end)):
        stop = lower.find(",", dash.end(), end)
        stop = end if stop < 0 else stop
        for h in sorted((h for h in hits if dash.end() <= h.start < stop), key=lambda h: (h.start, -h.end)):
            r = choose_code(h.topic, reads, n, before, after, True) if h.topic.codes else None
            if r:
                return (h, r), "right"
    # rule value-fronted: "Với giá trị 0,6312, DTI 2022 của Hải Phòng xếp thứ 4/63": a score that opens its sentence
    # names its index right after the comma
    if "score" in reads and value_fronted(lower, start, n):
        comma = _COMMA_AFTER.match(lower, n.end, end)
        for h in hits if comma else ():
            if comma.end() <= h.start <= comma.end() + 3 and h.topic.codes.get("score"):
                r = choose_code(h.topic, ["score"], n, before, after, True)
                if r:
                    return (h, r), "right"
    # a phrasing right after the number
    right = sorted((h for h in hits if h.start >= n.end and h.start - n.end <= 40), key=lambda h: (h.start, -h.end))
    for h in right:
        between = lower[n.end : h.start]
        if "trong" in between and _PART_LEAD.search(between):
            continue  # rule part-after: "Thành phố xếp thứ hai với 0,8127 điểm, trong đó chỉ số hoạt động ...": a part
        if (_EDITION_FRAME.fullmatch(between) or _BOARD_FRAME.fullmatch(between)) and _pillar_before(hits, h, n.start):
            # rule edition-after-pillar: "Trụ cột chính quyền số ... rồi lùi về thứ 19 ở bản DTI 2023": the index after
            # "ở bản" names the edition of the pillar the clause ranks, not what is ranked; so does the board after
            # "trong (bảng xếp hạng)": "trụ cột xã hội số của tỉnh chỉ xếp thứ 58/63 trong bảng xếp hạng DTI 2022"
            continue
        about = _ABOUT.fullmatch(between) and ("score" in reads or "rank" in reads)
        # (a score placed on the board named after it: "đạt 0,6545 điểm trong bảng xếp hạng chỉ số chuyển đổi số")
        about = about or ("score" in reads and _BOARD_FRAME.fullmatch(between))
        # rule rank-right-topic: never across a ";" ("xếp hạng 44 trong cả nước; kinh tế số ..."), nor
        # across a break after "về/ở/trong/với" to an index ranked in its own clause ("xếp thứ 14 trong
        # cả nước, chính quyền số xếp thứ 22": "trong" opens the field, not the index's name)
        field = _RANK_RIGHT.match(between) if "rank" in reads else None
        # ("nhưng", but, folds like "những", the plural: "thể chế số xếp thứ 15 nhưng hạ tầng số chỉ đứng thứ 51"; "dù
        # chỉ xếp thứ 41/63 trong năm 2023 nhưng lại có chỉ số nhận thức số đạt 0,8915": the index after is the
        # contrast's)
        but = _but(m.original, n.end, h.start)
        rank_right = (
            field is not None
            and ";" not in between
            and not but
            and not (_BREAK.search(between, field.end()) and _own_rank_after(lower, h, numbers))
        )
        lead_ok = _LEAD_OK.match(between) and not but
        if "rank" in reads and _explains_rank(m.original, lower, n.end, h.start):
            continue  # rule cause-not-ranked: "xuống thứ 24 trong năm 2021, dù kinh tế số vẫn thuộc nhóm đầu"
        if lead_ok or rank_right or about:
            if not h.topic.codes and "rank" in reads and (_ABOUT_INDEX.search(between) or not between.strip()):
                # "thứ 8 cả nước về chỉ số SIPAS"; the index's name right after the rank: "đứng thứ nhất PCI"
                return None, "rank-of-other-index"
            r = choose_code(h.topic, reads, n, before, after, True)
            if r and n.percent and lower.startswith("ho so ", h.start) and _ONE_PROCEDURE.match(lower, h.start + 5):
                # (nor one procedure's dossiers: "100% hồ sơ cấp phiếu lý lịch tư pháp đã được tiếp nhận trực tuyến")
                return None, "absorbed-by-other-measure"
            if r and n.percent and _OTHER_PREDICATE.match(lower, h.end, end):
                # rule share-with-predicate: "100% hồ sơ trực tuyến được giải quyết đúng hạn", "chưa tới 5% hồ sơ trực
                # tuyến được ký số": the share of the measure's items that meet another condition, not the measure
                return None, "absorbed-by-other-measure"
            if r:
                return (h, r), "right"
    left_hits = [h for h in hits if h.end <= n.start]
    if "rank" in reads:
        own_left = any(h.topic.codes and clause_start <= h.start and h.end <= n.start for h in hits)
        # rule rank-about-topic: "xếp thứ 37 cả nước và thứ hai khu vực ... về chỉ số chuyển đổi số" (not a rank
        # said to be overall: "dù xếp thứ 4 chung cuộc nhưng chỉ đứng thứ 17 về chính quyền số")
        later = [] if _OVERALL_AFTER.match(lower, n.end, end) else hits
        for h in sorted((h for h in later if h.start >= n.end and h.start - n.end <= 110), key=_START):
            # "xếp thứ 10 trên 34 tỉnh, thành về DTI": the field of the ranking is no clause break
            between = _RANK_FIELD.sub("", lower[n.end : h.start], count=1)
            if "trong" in between and _PART_LEAD.search(between):
                break  # (rule part-after: what "trong đó" opens is a part of what the value ranks, not its index)
            if _STRENGTH.search(between):
                break  # (rule cause-not-ranked: the index named as the rank's strength, "với điểm mạnh ở ...")
            if _PRAISED_AS.search(between):
                break  # (rule praised-as: "xếp thứ 3/63, và từng được Bộ ... đánh giá là hình mẫu về chính quyền số")
            if _OWN_NEXT_RANK.match(between):
                # rule next-rank-own-field: "xếp thứ 4/63 và đứng thứ 11/63 về trụ cột kinh tế số": the same subject's
                # second rank, with its own verb, is the one the field after it ranks
                break
            about = _ABOUT_INDEX.search(between)
            # rule parallel-ranks: "A xếp thứ 27/63, còn B xếp thứ 56/63 về Chỉ số chuyển đổi số": the
            # index after a list of places' ranks is what each of them ranks (not a rank whose clause names its
            # own: "Đắk Lắk là điểm sáng ở kinh tế số khi xếp thứ 24, còn Lâm Đồng xếp thứ 12 về chính quyền số")
            # (not past another ranking verb, whose field it is: "xếp thứ 6/63 và tiếp tục dẫn đầu cả nước về trụ
            # cột chính quyền số")
            if about and not _RANK_VERB_BETWEEN.search(between, 0, about.start()) and (
                not _BREAK.search(between) or (_PARALLEL_RANKS.fullmatch(between, 0, about.start()) and not own_left)
            ):
                r = choose_code(h.topic, reads, n, before, after, True) if h.topic.codes else None
                if r:
                    return (h, r), "right"
                if not h.topic.codes:
                    return None, "rank-of-other-index"
                break
    if "change" in reads and not left_hits and _FRONTED_CHANGE.fullmatch(lower, start, n.start):
        # rule fronted-change: "Tăng 0,0731 điểm so với năm trước – đó là mức cải thiện giá trị DTI mà tỉnh đạt được",
        # "Tăng 0,0921 điểm so với năm 2021, giá trị DTI của tỉnh ...": a change opening the sentence, before any
        # measure, is the change of the first index named after it
        for h in sorted((h for h in hits if n.end <= h.start <= n.end + 90), key=_START):
            r = choose_code(h.topic, ["change"], n, before, after, True) if h.topic.codes else None
            if r:
                return (h, r), "right"
            break
    if "score" in reads and not left_hits:
        # rule score-then-rank-about: "Hà Nội đạt 0,6812, xếp thứ nhất trong 34 tỉnh, thành về Chỉ số chuyển
        # đổi số (DTI)": a score with no index before it, then its rank "về" the index, is that index's score
        rank_at = _SCORE_THEN_RANK.match(lower, n.end, end)
        if rank_at:
            for h in sorted((h for h in hits if rank_at.end() <= h.start <= n.end + 110), key=_START):
                between = _RANK_FIELD.sub("", lower[rank_at.end() : h.start], count=1)
                if _PRAISED_AS.search(between):
                    break
                if _ABOUT_INDEX.search(between) and not _BREAK.search(between) and h.topic.codes:
                    r = choose_code(h.topic, ["score"], n, before, after, True)
                    if r:
                        return (h, r), "right"
                    break
    if n.percent:
        # a percent at the head of its clause: the first fitting phrasing after it
        # (not a break inside a bracket closed before it: "... trên địa bàn tỉnh Thừa Thiên Huế (nay là thành phố Huế)
        # đạt 86,4%" reads on from the measure before the aside)
        brk = max(
            (x.end() for x in _CUES.clause_break.finditer(lower, start, n.start) if not _closed_before(lower, x, n)),
            default=start,
        )
        head = lower[brk : n.start]
        # (a phrasing just before that no share can be of, a label's index, is no measure of the value: "Hạ tầng số
        # được đầu tư đồng bộ: 100% thôn, tổ dân phố có sóng 4G"; rule label-index-then-share)
        # (nor one before "và" that a share with a noun of its own follows: "99,2% thôn, bản có hạ tầng cáp quang và
        # 100% xã, phường được phủ sóng di động 4G" is the share of the measure after it; rule and-new-share)
        new_share = bool(n.next_words) and not _SAME_MEASURE_WORDS.match(n.next_words)
        near_left = any(
            n.start - h.end <= 25
            and not _COMMA.search(lower, h.end, n.start)
            and not (_RANKING_INDEX.match(h.topic.name) and _LABEL_END.search(lower, h.end, n.start))
            and not (new_share and _AND_BEFORE.search(lower, h.end, n.start))
            for h in left_hits
        )
        # (nor a head that points back at its measure: "Sáu tháng đầu năm 2024, tỷ lệ này đã tăng lên 41,5%, tỷ lệ thanh
        # toán trực tuyến đạt 35,2%")
        pointed = _CUES.measure_backref.search(lower, brk, n.start) is not None
        if len(head) <= 40 and not any(h.end > brk for h in left_hits) and not near_left and not pointed:
            # the next value ends the window ("14 tuổi", an age inside the noun phrase, is no value; nor a count of
            # the units the bodies belong to: "100% cơ quan từ tỉnh đến 124 xã, phường gửi, nhận văn bản")
            ends = [x.start for x in numbers if x.start > n.end and (x.percent or not _INSIDE_NOUN.match(x.next_words))]
            nxt = min([*ends, end])
            limit = min(nxt, end, n.end + 130)
            semi_after = lower.find(";", n.end, limit)
            limit = semi_after if semi_after >= 0 else limit
            # (a bracket that opens with its own year, "tăng 6,6 điểm (năm 2024 đạt 52,1%), tỷ lệ thanh toán ...",
            # holds an earlier value of the measure before it: not past its close; so does one that opens with the
            # plan, "tỷ lệ hồ sơ thanh toán trực tuyến (kế hoạch 45%, thực hiện 37,2%), tỷ lệ hộ ...": its result)
            close = lower.find(")", n.end, limit)
            opened = lower.rfind("(", start, n.start)
            if close >= 0 and opened > lower.rfind(")", start, n.start) and _ASIDE_OPENS.match(lower, opened):
                limit = close
            joint = _CUES.clause_joint.search(lower, n.end, limit)  # rule head-window-ends
            limit = joint.start() if joint else limit
            # (... and at a part of it: "đạt tỷ lệ 68,3%, trong đó mức độ 4 là 731 dịch vụ" names the part's measure)
            part = _PART_LEAD.search(lower, n.end, limit)
            if part and (m.original is None or m.original[part.end() - 2 : part.end()].lower() in ("đó", "ng")):
                limit = part.start()  # ("trong độ tuổi" folds like "trong đó": the accents tell them apart)
            # (... and at a clause of its cause: "Hà Giang (52,3%), do nhiều người dân chưa có điện thoại thông minh")
            cause = CAUSE.search(m.original, n.end, limit) if m.original is not None else None
            limit = cause.start() if cause else limit
            for h in sorted(
                (h for h in hits if n.end <= h.start and h.end <= limit + 40 and h.start < limit),
                key=lambda h: (h.start, -h.end),
            ):
                r = choose_code(h.topic, reads, n, before, after, False)
                if r:
                    return (h, r), "head"
    # the nearest fitting phrasing before it (not for a count whose own noun names another
    # topic: "1.687 dịch vụ công trực tuyến, trong đó 1.082 dịch vụ công trực tuyến toàn trình")
    own_noun = not n.percent and any(
        h.start - n.end <= 3 and _LEAD_OK.match(lower[n.end : h.start]) and h.topic.codes for h in right
    )
    if not own_noun:
        cands = []
        for h in left_hits:
            anchor = max(h.end, anchors.get(id(h), 0))
            gap = n.start - anchor
            if gap > (40 if n.raw == "@1" else MAX_GAP):
                continue  # (out of reach: asked before the asides below, which skip a phrasing the same way)
            if _in_closed_aside(lower, start, h, n):
                continue  # rule aside-phrasing: "935 dịch vụ mức độ 3, 4 (412 dịch vụ mức độ 4), đạt 52,3%"
            if _in_dash_aside(lower, start, h, n, left_hits):
                continue  # ("chỉ số an toàn thông tin mạng – một trong 8 chỉ số chính thuộc trụ cột ... – chỉ đạt")
            crossed = lower.find(";", anchor, n.start) >= 0 and anchors.get(id(h), 0) < h.end
            if crossed and not _place_then_value(lower, start, n, m.places) and not _points_back(lower, start, n):
                continue
            if (
                n.percent
                and _OWN_CLAUSE_HEAD.search(lower, max(start, n.start - 4), n.start)
                and (n.next_words and not _SAME_MEASURE_WORDS.match(n.next_words))
            ):
                # rule own-clause-share: "... đạt 68,4%; 100% xã, phường đã kết nối ...": a share heading
                # the clause after a ";" with a noun of its own measures that noun, not the measure before
                continue
            if n.percent and anchor < clause_start and NEW_MEASURE.search(lower, clause_start, n.start):
                continue  # rule new-measure: "; tỷ lệ xử lý hồ sơ ... đạt 66%" names its own measure
            if (
                n.percent
                and (comma := lower.rfind(", ", anchor, n.start)) >= 0
                and _NAMED_RATE.match(lower, comma + 2)
                and not any(comma < x.start < n.start for x in hits)
                and any(h.end <= x.start < comma for x in numbers)  # (after a value: not a frame, "Đối với ..., tỷ lệ")
            ):
                # (also after a comma, a rate named in words no phrasing knows: "... số hóa hồ sơ ... đạt 48,9%, tỷ lệ
                # cấp kết quả giải quyết điện tử đạt 72%"; not "..., tỷ lệ 86,2%", "tỷ lệ chung toàn tỉnh đạt 82,3%")
                continue
            if _CONTAINER_BEFORE.search(lower, max(start, h.start - 16), h.start) and any(
                o is not h and o.topic.codes and max(clause_start, h.start - 60) <= o.start and o.end <= h.start
                for o in left_hits
            ):
                # rule container-index: "chỉ số kinh tế số của tỉnh trong Bộ chỉ số DTI đứng thứ 41/63": the index
                # named as what holds the measure before it is not what the value measures
                continue
            edition = _EDITION_BEFORE.search(lower, max(start, h.start - 16), h.start)
            if edition and _pillar_before(left_hits, h, h.start):
                # rule edition-after-pillar: "Ở trụ cột chính quyền số, ... tỉnh ở bản DTI 2022 lùi một bậc xuống thứ
                # hai": the index "ở bản" names is the edition of the pillar the sentence is about
                continue
            r = choose_code(h.topic, reads, n, before, after, False)
            if r:
                cands.append((gap, -(h.end - h.start), h.topic.order, h, r))
        if cands:
            cands.sort(key=lambda c: c[:3])
            best = cands[0][3]
            # of overlapping phrasings the one that starts first is the head of the noun phrase
            # ("hồ sơ trực tuyến toàn trình" is about dossiers, not services)
            overlap = [c for c in cands if c is cands[0] or (c[3].start < best.end and best.start < c[3].end)]
            # (rule chained-phrasing: unless one of them already took a value before this one: "kinh tế số ước chiếm
            # 9,7% GRDP, xếp thứ 12 cả nước" ranks the share its 9,7% measured, not the pillar named alike)
            if len(overlap) == 1:
                pick = overlap[0]
            else:
                chained = {id(c[3]) for c in overlap if c[3].end < anchors.get(id(c[3]), 0) <= n.start}
                pick = min(overlap, key=lambda c: (id(c[3]) not in chained, c[3].start, c[1], c[2]))
            # rule absorbed: a measure outside the catalog named between the index and the value
            # ("tỷ lệ dân số chỉ dùng điện thoại phổ thông ... 6,3%") owns the value
            absorber = [
                h
                for h in left_hits
                if not h.topic.codes
                and h.start >= pick[3].end
                and n.start - h.end <= MAX_GAP
                and not any(o.topic.codes and o.start <= h.start < o.end for o in left_hits)
            ]
            # (not a target's attainment its cue says: "... đạt tỷ lệ 82,1% dân số từ 14 tuổi trở lên và đạt 102,4%
            # chỉ tiêu được giao" is the accounts' target, whatever measure the clause before named)
            if absorber and pick[4] != "attainment":
                return None, "absorbed-by-other-measure"
            if "rank" in reads and _owned_by_bracketed_measure(lower, left_hits, pick[3], n, reads, before, after):
                return None, "absorbed-by-other-measure"
            return (pick[3], pick[4]), "left"
    points = "score" in reads and not n.is_int and n.value <= 1 and (n.points or _POINTS_BEFORE.search(before))
    if ((reads == ["rank"] and not _RANK_OWNED.match(after)) or points) and not own_noun:
        # "Với 0,6523 điểm, tỉnh đứng thứ 12 về chỉ số DTI": a score in points too
        chosen = _sole_ranked_topic(hits, n, numbers, "rank" if reads == ["rank"] else "score", lower, m.original)
        if chosen:
            return chosen, "sole-ranked"
    return None, mode


# a condition the items of a measure meet, right after its name ("... hồ sơ trực tuyến của tỉnh được giải quyết đúng
# hạn", "... được ký số bởi người nộp")
_OTHER_PREDICATE = re.compile(
    r"(?:\s+cua\s+[^,;.\d]{0,30}?)?\s+(?:(?:deu|da|duoc)\s+)*(?:(?:giai quyet|xu ly|tra ket qua)\s+)?"
    r"(?:(?:dung|truoc|som|qua|tre)(?:\s+va\s+(?:dung|truoc|som))?\s+han|ky so)\b"
)
# a rate named in words ("tỷ lệ cấp kết quả ..."), not a rate pointed back at, the whole's or a number's
_NAMED_RATE = re.compile(
    r"t[iy] le (?!(?:nay|tuong ung|tren|do|chung|toan|dat|la|cua|tang|giam|tuong duong|nguoi dung|ho so)\b)[a-z]"
)
# one procedure named after "hồ sơ" ("hồ sơ cấp phiếu lý lịch tư pháp", "hồ sơ đăng ký khai sinh"): its dossiers, a part
_ONE_PROCEDURE = re.compile(
    r"\s+(?:cap (?:phieu|giay|doi|lai|phep)|dang ky (?:khai sinh|ket hon|kinh doanh|doanh nghiep|xe)|khai sinh|khai tu"
    r"|ket hon|ly lich|ho tich|chung thuc|dat dai)\b"
)
# rule fronted-change: the sentence opens with the change ("Tăng 0,0731 điểm ...", "Giảm thêm 0,02 điểm ...")
_FRONTED_CHANGE = re.compile(
    r"[\W_]*(?:(?:muc|voi muc)\s+)?(?:tang|giam)(?:\s+them)?(?:\s+(?:khoang|gan|hon|tren))?\s*"
)
# rule praised-as: a predicate of its own after a rank, praise or a title ("và từng được ... đánh giá là hình mẫu về
# chính quyền số", "là điểm sáng về kinh tế số"): the field it names is the praise's, not what the rank ranks
_PRAISED_AS = re.compile(r"\b(?:danh gia la|cong nhan la|ghi nhan la|hinh mau|diem sang|dien hinh|la mot trong)\b")
# a strength named after a rank ("xếp thứ 20/63, với điểm mạnh ở trụ cột xã hội số", "nhờ lợi thế về ..."): the cause
_STRENGTH = re.compile(r"\b(?:voi|co|nho|nho vao)\s+(?:(?:cac|nhung)\s+)?(?:diem manh|the manh|loi the)\b")


def _explains_rank(original: str | None, lower: str, a: int, b: int) -> bool:
    """Rule cause-not-ranked: the words between a rank and an index say why it stands there ("do", "nhờ", "dù" in
    their own spelling, or a strength named: "với điểm mạnh ở ..."), so the index is not what it ranks."""
    cause = original is not None and CAUSE.search(original, a, b) is not None
    return cause or _STRENGTH.search(lower, a, b) is not None
_CONTAINER_BEFORE = skipping(re.compile(r"\b(?:trong|thuoc)\s+(?:bo\s+)?(?:chi so\s+)?$"))
_ECONOMY = skipping(re.compile(rf"\b(?:{_CUES.words['economy_measures']})\b"))


_PART_FRAMED = re.compile(r"\b(?:linh vuc|chi so thanh phan|chi so con|noi dung)\b")
# a list word, then a rank's verb and the first place ("lần lượt xếp thứ 10", "tương ứng đứng ở vị trí 4")
_RANKS_LISTED = re.compile(
    r"\b(?:lan luot|tuong ung)\s+(?:xep|dung|giu)\s+(?:o\s+)?(?:(?:cac\s+)?(?:vi tri|thu hang|hang)\s+)?(?:thu\s+)?"
    r"(?:\d|nhat|nhi|hai|ba|tu)"
)


def _passage_index(
    m: Mentions, hits, n: Number, reads, before: str, after: str, index: Topic
) -> tuple[TopicHit, str] | None:
    """Rule passage-index: a rank whose sentence offers no index it could rank ("Năm 2020, tỉnh xếp
    thứ 2/63; năm 2021 lùi xuống thứ 7/63; ... và DTI 2023 của tỉnh trở lại vị trí thứ 3/63": the
    index is named once, for the last rank of a series) ranks the index the paragraph, its section or
    the whole article is about, unless the sentence names an index outside the catalog ("PCI") or the
    rank says what it ranks ("thứ 5 về ...", "thứ 2 là Sở ..."); so does a score named only as the value of "chỉ số"
    (rule passage-index-score)."""
    bare_score = _BARE_INDEX_SCORE.search(m.lower, max(m.start, n.start - 70), n.start) if "score" in reads else None
    if reads != ["rank"] and bare_score:
        # rule passage-index-score: "Giá trị chỉ số năm 2021 đạt 0,3905 điểm": the index's value, named only as "chỉ
        # số", is that of the index the passage is about
        reads = ["score"]
    elif reads != ["rank"] or _RANK_OWNED.match(after):
        return None
    if any(not h.topic.codes and h.end > h.start for h in hits):
        return None
    if m.socio_economic or _ECONOMY.search(m.lower, m.start, n.start):
        return None  # "GRDP tăng 10,25%, đứng thứ 5 cả nước", "thu ngân sách ... đứng thứ 9": the economy's ranks
    if n.out_of is not None and n.out_of not in RANK_DENOMINATORS:
        return None
    r = choose_code(index, reads, n, before, after, False)
    return (TopicHit(index, m.start, m.start), r) if r else None




# the index's value named with the bare word "chỉ số" right before it ("Giá trị chỉ số năm 2021 đạt", "giá trị chỉ số
# của tỉnh là")
_BARE_INDEX_SCORE = re.compile(
    r"\bgia tri (?:cua )?chi so(?: (?:nam )?(?:19|20)\d\d)?(?: cua (?:tinh|thanh pho|dia phuong))?"
    r"\s+(?:chi |moi )?(?:dat|la|o muc)\s+(?:(?:khoang|gan|hon|tren) )?$"
)


def _pillars_follow(m: Mentions, hits, n: Number) -> bool:
    """The sentence goes on, after the value and a "trong đó", to name the DTI's pillars (rule pillars-follow)."""
    part = m.lower.find("trong do", n.end, m.end)
    return part >= 0 and sum(1 for h in hits if h.start > part and h.topic.name in DTI_PILLARS) >= 2


def _score_after_rank(lower: str, n: Number, bound: list, after: str) -> tuple[TopicHit, str] | None:
    """Rule score-after-rank: a score right after a rank its sentence bound ("xếp thứ nhất với giá trị
    0,6713", "giữ hạng nhì, đạt 0,6376", "xếp thứ hai (0,6894)") is the score of the index that rank
    ranks, whatever index the sentence names after it ("...; trong đó trụ cột chính quyền số ...")."""
    rank = max((b for b in bound if b.indicator.unit == "rank" and b.number.end <= n.start), key=lambda b: b.number.end,
               default=None)
    if rank is None or rank.topic is None or "score" not in rank.topic.codes:
        return None
    if not _SCORE_AFTER_RANK_GAP.fullmatch(lower, rank.number.end, n.start) or _OWNER_AFTER.match(after):
        return None
    return TopicHit(rank.topic, rank.number.start, rank.number.start), "score"


def _score_before_rank(m: Mentions, hits, n: Number, numbers, anchors, passage_index) -> tuple[TopicHit, str] | None:
    """Rule score-then-rank: a score no phrasing takes, right before a rank ("..., thành phố Hải Phòng đạt 0,6877,
    xếp thứ 3/34", the index named at the head of a long sentence or in the passage), is the score of the index
    that rank ranks."""
    lower = m.lower
    joint = _SCORE_THEN_RANK.match(lower, n.end, m.end)
    if joint is None and value_fronted(lower, m.start, n):
        # (a fronted score, its subject, then its rank: "Với giá trị 0,5986, Đắk Lắk xếp thứ 14/34")
        joint = _FRONTED_THEN_RANK.match(lower, n.end, m.end)
    rank = next((x for x in numbers if n.end < x.start < joint.end() and not is_year(x)), None) if joint else None
    if rank is None:
        return None
    after = lower[rank.end : min(m.end, rank.end + 45)]
    before = lower[max(n.end, rank.start - 45) : rank.start]
    chosen, mode = _choose_phrasing(m, hits, rank, ["rank"], before, after, m.clause_start(rank.start), dict(anchors))
    if chosen is None and not mode and passage_index is not None:
        chosen = _passage_index(m, hits, rank, ["rank"], before, after, passage_index)
    if chosen is None or "score" not in chosen[0].topic.codes:
        return None
    return TopicHit(chosen[0].topic, rank.start, rank.start), "score"


# grammar (rule score-after-rank): what stands between a rank and its score ("/34, giá trị", " (", ", đạt",
# " trong số 34 tỉnh, thành phố, với giá trị chỉ số đạt"); never a ";" or another value
# (the score's own label and verb, "giá trị chỉ số đạt", "điểm số là": the same in both gaps below)
_SCORE_LABEL = r"(?:(?:gia tri|diem so|so diem)(?:\s+chi so)?\s+)?(?:(?:dat|la)\s+)?"
_SCORE_AFTER_RANK_GAP = re.compile(
    r"(?:\s*/\s*\d+)?(?:\s+(?:trong so|tren)\s+\d+\s+tinh(?:,? thanh(?: pho)?)?)?(?:\s+(?:ca nuoc|toan quoc))?"
    rf"\s*(?:\(|,?\s*(?:(?:voi|dat|co)\s+)?{_SCORE_LABEL})\s*"
)
# grammar (rule tie-value): what stands between a shared rank and the score that says it is shared too ("đồng hạng 2
# cùng 0,8950 điểm", "đồng hạng 11 với cùng 0,6483 điểm", "đồng hạng 22 trong bảng xếp hạng DTI 2022, cùng có giá trị
# 0,4988")
_TIE_SCORE_GAP = re.compile(
    r"(?:\s*/\s*\d+)?(?:\s+(?:trong|tren|cua)\s+bang xep hang[^,;()]{0,30})?,?\s+(?:voi\s+)?(?:cung|deu)\s+"
    rf"(?:(?:dat|co|voi|o muc)\s+)?{_SCORE_LABEL}"
)
# a score said to be someone else's right after it ("0,71 của Hà Nội"): not the rank's
_OWNER_AFTER = re.compile(r"\s*(?:diem\s+)?(?:cua|thuoc)\b")


def _owned_by_bracketed_measure(lower: str, left_hits, pick, n: Number, reads, before: str, after: str) -> bool:
    """A rank in brackets right after a measure ranks that measure ("88% nông hộ có kỹ năng số (xếp
    thứ 2 cả nước)"): when the catalog has no rank of it, the rank is no one's, not the rank of a
    measure named earlier in the sentence ("51.230 giao dịch trực tuyến (thứ 6 cả nước) và ...")."""
    opened = lower.rfind("(", max(0, n.start - 25), n.start)
    if opened < 0 or ")" in lower[opened : n.start]:
        return False
    nearest = max((h for h in left_hits if h.end <= opened), key=lambda h: h.end, default=None)
    if nearest is None or nearest is pick or nearest.start < pick.end or not nearest.topic.codes:
        return False
    return choose_code(nearest.topic, reads, n, before, after, False) is None


# after a rank, words that say what it ranks or who holds it: "thứ 30/63 tỉnh về việc ...",
# "xếp thứ 2 và thứ 3 lần lượt là Sở ...": not the index the sentence names elsewhere (a "là" past the close of the
# rank's bracket is the places': "Bạc Liêu (..., thứ 57/63) và Cà Mau (..., thứ 51/63) là hai địa phương ...")
_RANK_OWNED = re.compile(r"^[^.;]*?\bve\b|^(?!\s*\))[^.;,]{0,40}?\b(?:la|thuoc)\b|^\s*(?:,|va)\s*(?:thu\s+)?\d")


_OWN_CLAUSE_HEAD = re.compile(r";\s*$")
_AND_BEFORE = re.compile(r"\bva\s*$")
# words right after a share that continue the measure before it ("; 70% năm 2025", "; 65% so với ...")
_SAME_MEASURE_WORDS = re.compile(r"(?:nam|so voi|tang|giam|va|trong|con|vuot|ke hoach|chi tieu|ho so)\b")
_POINTS_BEFORE = re.compile(r"\b(?:diem(?: so)?|gia tri)\s*(?:la|dat)?\s*$")  # "đạt giá trị 0,5634"


def _other_index_lists(lower: str, start: int, hits, b) -> bool:
    """The clause of a listed rank or score names an index outside the catalog ("PCI", "SIPAS") before it and no
    catalog index: the list is that index's, whatever was carried from before."""
    clause = max(lower.rfind(";", start, b.number.start) + 1, start)
    before = [h for h in hits if clause <= h.start and h.end <= b.number.start]
    return any(h.topic.name in _OTHER_INDICES for h in before) and not any(h.topic.codes for h in before)


def _measure_with_own_value(h: TopicHit, n: Number, numbers: list[Number]) -> bool:
    """Rule measure-with-own-value: a measure outside the catalog that is no index, with a number of its own right after
    it ("tỉnh Phú Thọ, địa phương có quy mô dân số gần 4 triệu người ..., đạt 0,5412 điểm"), has its value: it
    cannot be what a later score or rank is of (an index outside the catalog, "PCI", "SIPAS", still may be)."""
    if h.topic.name in _OTHER_INDICES:
        return False
    own = [m for m in numbers if m is not n and h.end <= m.start < n.start and m.start - h.end <= 12]
    if not own:
        return False
    # (a value going on right after the measure's own, in its clause, is the measure's too: "tăng trưởng GRDP đạt
    # 10,28%, đứng thứ 7 cả nước")
    last = max((m for m in numbers if m.end <= n.start), key=lambda m: m.end)
    return not (last is own[-1] and n.start - last.end <= 20)


_OTHER_INDICES = frozenset({"sipas", "ict_sub_index"})


def _sole_ranked_topic(
    hits: list[TopicHit], n: Number, numbers: list[Number], reading: str, lower: str, original: str | None = None
) -> tuple[TopicHit, str] | None:
    """Rule sole-ranked-topic: a rank with no fitting topic in reach ("Bắc Ninh đứng ở thứ hạng 6,
    tăng 3 bậc; chỉ số DTI đạt 0,55") ranks the one ranking index (DTI and its parts, ICT Index,
    PAR Index) its sentence names, when the sentence names no index outside the catalog and the
    rank is not one of a bare list ("giữ vị trí thứ 5, 6, 7": whose is which is unsaid)."""
    if any(not h.topic.codes and h.end > h.start and not _measure_with_own_value(h, n, numbers) for h in hits):
        return None  # "PCI", "SIPAS" named too: the rank may be theirs
    if any(m is not n and m.is_int and abs(m.start - n.end) <= 3 for m in numbers):
        return None
    ranked = {
        id(h.topic): h
        for h in hits
        if "rank" in h.topic.codes and h.end > h.start and _RANKING_INDEX.match(h.topic.name)
    }
    if reading in ("rank", "score"):
        # (rule ranked-in-own-clause) an index named after the rank with a rank of its own is not what the
        # rank ranks, and leaves the one named before it: "Chỉ số DTI năm 2024 ... công bố tháng 10/2025
        # ...; Tuyên Quang xếp thứ 27/34, trong đó trụ cột kinh tế số xếp thứ 21/34"; nor what a score
        # before it is of ("xếp thứ 15/34, giá trị 0,5604; riêng trụ cột xã hội số đứng thứ 9")
        ranked = {k: h for k, h in ranked.items() if not _ranked_in_its_own_clause(lower, h, n, numbers)}
    if original is not None:
        # rule cause-not-ranked: an index named after the value in a clause of cause ("đứng thứ 10/63 (0,5087) do
        # trụ cột xã hội số chưa tạo được đột phá", "nhờ kinh tế số") explains the value, it is not what is ranked;
        # nor one in a clause of concession ("xuống thứ 24, dù kinh tế số vẫn thuộc nhóm đầu")
        # (nor a part of the index after "nhưng", nor any index after the "nhưng" of a "dù": "xếp thứ 12 năm 2023, ...
        # nhưng kinh tế số vẫn là điểm nghẽn", "dù chỉ xếp thứ 41/63 nhưng lại có chỉ số nhận thức số đạt 0,8915"
        # contrast it; "tăng 9 bậc nhưng giá trị DTI vẫn thấp" goes on with the same index)
        though = _THOUGH.search(original, max(0, n.start - 40), n.start) is not None
        ranked = {
            k: h
            for k, h in ranked.items()
            if h.start < n.end
            or not (
                _explains_rank(original, lower, n.end, h.start)
                or ((though or h.topic.name != "dti") and _but(original, n.end, h.start))
            )
        }
    # (rule part-after: a part of the index that "trong đó" opens after the value is not what the value ranks: "xếp thứ
    # 35/63, trong đó trụ cột xã hội số được đánh giá là điểm mạnh")
    ranked = {k: h for k, h in ranked.items() if h.start < n.end or not _PART_LEAD.search(lower, n.end, h.start)}
    # (nor the field of a praise after it: "xếp thứ 3/63, và từng được ... đánh giá là hình mẫu về chính quyền số")
    ranked = {k: h for k, h in ranked.items() if h.start < n.end or not _PRAISED_AS.search(lower, n.end, h.start)}
    # (nor an index of a clause set against the value's, with its own ranking verb: "Đà Nẵng tiếp tục xếp thứ nhất, còn
    # Hà Nội dẫn đầu trụ cột kinh tế số"; rule contrast-own-index)
    ranked = {
        k: h
        for k, h in ranked.items()
        if h.start < n.end or not _CONTRAST_OWN_RANK.search(lower, n.end, h.start)
    }
    # (nor the index a predicate joined after the value leads: "Bắc Ninh đứng thứ 3 với 0,6521 điểm và là địa phương
    # dẫn đầu trụ cột kinh tế số"; rule joined-own-lead)
    ranked = {k: h for k, h in ranked.items() if h.start < n.end or not _JOINED_OWN_LEAD.search(lower, n.end, h.start)}
    if len(ranked) != 1:
        return None
    hit = next(iter(ranked.values()))
    if reading == "score":
        return (hit, "score") if "score" in hit.topic.codes and n.out_of is None else None
    return (hit, "rank") if n.out_of is None or n.out_of in RANK_DENOMINATORS else None


# "dù", "mặc dù", "tuy" with their accents (folded, "du" is also "dự", "dữ": "dữ liệu"; not "tuy nhiên")
_THOUGH = re.compile(r"(?<!\w)(?:[Dd]ù|[Tt]uy(?! nhiên))(?!\w)")


def _ranked_in_its_own_clause(lower: str, hit: TopicHit, n: Number, numbers: list[Number]) -> bool:
    """Rule ranked-in-own-clause (part of sole-ranked-topic): an index named after the rank that has a
    rank of its own in its clause ("Tỉnh X xếp thứ 9 cả nước; chính quyền số xếp thứ 15", "..., nơi
    tỉnh đứng thứ hai") is ranked there, so the rank before it is not its rank too (the index the
    first clause means is unsaid). A value of another kind after it ("đứng thứ 6; chỉ số DTI đạt
    0,55") leaves the rank to it."""
    if hit.start < n.end:
        return False
    # "vươn lên thứ 3/34 nhờ kết quả ở trụ cột kinh tế số, nơi tỉnh đứng thứ hai": an index ranked
    # after the value in its own words is not what the value ranks, past a ";" or not
    return _own_rank_after(lower, hit, numbers)


def _own_rank_after(lower: str, hit: TopicHit, numbers: list[Number]) -> bool:
    """The index ``hit`` names has a rank of its own after it, in its clause ("chính quyền số xếp
    thứ 22"): a rank cue, then a number, no ";" between."""
    return any(
        m.start >= hit.end
        and ";" not in lower[hit.end : m.start]
        and (
            _CUES.rank_words.search(lower, hit.end, m.start) is not None
            or _BARE_ORDINAL.fullmatch(lower, hit.end, m.start) is not None
        )
        for m in numbers
    )


# "kinh tế số thứ 14": a rank written right after the index's name with "thứ" alone
_BARE_ORDINAL = re.compile(r"\s*(?:\(\w+\)\s*)?thu\s+")


# grammar: a bare number in brackets after a comparison year ("so với năm 2022 (45)"), or with its
# own year inside them ("(năm 2022: 45)"); nothing else in the brackets
_BARE_OPEN = re.compile(
    r"(?:so voi(?: cung ky)?|hon|kem) nam (?:19|20)\d\d\s*,?\s*\(\s*$|\(\s*nam (?:19|20)\d\d\s*:\s*$"
)
_BARE_CLOSE = re.compile(r"\s*\)")


def _move_end(lower: str, n: Number, bound: list[Binding]) -> Binding | None:
    """Rule bare-move-end: the end of a movement between bare places ("Bình Định (từ 9 xuống 35)", "giảm từ 11
    xuống 27") ranks what its start, bound just before it, ranks."""
    if not bound or not n.is_int or n.percent or n.points or n.raw == "@1":
        return None
    last = max(bound, key=lambda b: b.number.start)
    if last.indicator.unit != "rank" or not _MOVE_GAP.fullmatch(lower, last.number.end, n.start):
        return None
    if not 1 <= n.value <= (n.out_of or last.out_of or 63):
        return None
    return Binding(last.indicator, n, n.value, n.out_of, None, last.clause_start, last.topic, province=last.province)


_MOVE_GAP = re.compile(MOVE_JOINT)


# "ở bản", "trong kỳ đánh giá", "tại kỳ": the edition of an index, named after a value
_EDITION_WORDS = r"(?:o|trong|tai)\s+(?:ban|ky(?: danh gia)?|lan danh gia)\s+"
_EDITION_FRAME = re.compile(r"\s*" + _EDITION_WORDS)  # between a value and the index after it
_EDITION_BEFORE = skipping(re.compile(r"\b" + _EDITION_WORDS + "$"))  # right before the index
# "trong bảng xếp hạng", "trên bảng xếp hạng", "trong": the board a value is placed on, named after it
_BOARD_FRAME = re.compile(r"\s*(?:trong|tren)(?:\s+(?:bang xep hang|bxh))?\s+")


def _pillar_before(hits, index_hit, pos: int) -> bool:
    """The sentence names a component of the index ``index_hit`` names before ``pos``."""
    family = index_hit.topic.name
    return any(
        h.end <= pos
        and h.topic is not index_hit.topic
        # (the information-security index is one of the DTI's too, its ranking family: "chỉ số an toàn thông tin mạng
        # xếp thứ nhất trong DTI 2021")
        and (h.topic.name.startswith(family + "_") or (family == "dti" and ranking_family(h.topic) == "dti"))
        for h in hits
    )


def _previous_year_rank(lower: str, start: int, n: Number, bound: list[Binding]) -> Binding | None:
    """Rule bare-previous-rank: a bare whole number in brackets after a comparison year, in a
    sentence whose last value is a rank ("xếp thứ 35/63, tăng 10 bậc so với năm 2022 (45)"), is
    that index's rank in the compared year (its year: years.attached_years); never a share, a
    score or a number with words of its own in the brackets ("(45 điểm)")."""
    if not bound or not n.is_int or n.percent or n.points or n.raw == "@1":
        return None
    last = max(bound, key=lambda b: b.number.start)
    if last.indicator.unit != "rank" or last.number.end > n.start:
        return None
    if n.out_of is not None and n.out_of not in RANK_DENOMINATORS:
        return None
    if not _BARE_OPEN.search(lower, max(start, n.start - 40), n.start) or not _BARE_CLOSE.match(lower, n.end):
        return None
    if not 1 <= n.value <= (n.out_of or last.out_of or 63):
        return None
    return Binding(last.indicator, n, n.value, n.out_of, None, last.clause_start, last.topic)


def _points_back(lower: str, start: int, n: Number) -> bool:
    """Rule backref-after-semicolon: "97,8% thôn có sóng di động; năm 2020, tỷ lệ này mới là 88%": a clause that
    points back at a measure ("tỷ lệ này", "tỷ trọng này", "con số này") before its value continues the measure named
    before the semicolon (not a pillar or an index pointed at: "trụ cột này", "chỉ số này" stand where they are)."""
    semi = lower.rfind(";", start, n.start)
    ref = _CUES.measure_backref.search(lower, semi, n.start)
    return ref is not None and ref.group().startswith(("ty le", "ty trong", "con so"))


def _place_then_value(lower: str, start: int, n: Number, mentions) -> bool:
    """Rule province-after-semicolon: "cả nước có 75% hồ sơ trực tuyến; Long An đạt 80%": a clause
    that is only a province and a value continues the measure named before the semicolon."""
    semi = lower.rfind(";", start, n.start)
    return any(
        semi < m.start and m.slug != "@self" and _PLACE_VERB.fullmatch(lower, m.end, n.start) for m in mentions or []
    )


_RANK_FIELD = re.compile(
    r"^\s*(?:tren|trong|cua)\s+(?:tong so\s+)?(?:63|34)\s+(?:tinh|dia phuong)(?:,?\s*thanh(?:\s+pho)?)?"
    r"(?:\s+(?:tren\s+|trong\s+)?ca nuoc)?"
)


_PLACE_VERB = re.compile(
    # (a former or a new province said so: "...; Quảng Ngãi (cũ) đạt 99%")
    r"(?:\s*\(\s*(?:cu|moi)\s*\)|\s+cu(?=\s))?"
    rf"\s*(?:cung\s+|chi\s+|moi\s+)?(?:{_CUES.words['place_verbs']})\s+(?:(?:{_CUES.words['value_hedges']})\s+)?"
)


_RANKING_INDEX = re.compile(r"dti|cybersecurity_index|ict_index|par_index")


# "Thể chế số - 14", also with the name in quotes ('"Thể chế số" - 14', rule quoted-pair)
_PAIR_SEP = re.compile(r"[a-z][\"\u201d']?\s*[-\u2013:]\s*(?:xep\s+thu\s+|thu\s+)?$")


_JOINED = re.compile(r"[\s\"“”]*(?:,|va|cung)[\s\"“”]*")
_NOT_ONLY = re.compile(r"\b(?:khong chi|khong rieng|ngoai)\s+$")


# "địa phương" / "đơn vị" heading the sentence or a clause right before "dẫn đầu" (a slice: "^" is the sentence's start)
# (or the object of a preposition: "Khoảng cách với địa phương dẫn đầu cả nước: hơn 0,2 điểm")
_LEADER_DESCRIBED = re.compile(r"(?:^\W*|[,;:]\s*|\b(?:voi|cua|sau|den|toi)\s+)(?:dia phuong|don vi)\s+$")
_LED_BEFORE = re.compile(r"\bsau\s+(?:mot|hai|ba|bon|nam|nhieu|\d+)\s+nam(?:\s+lien(?:\s+tiep)?)?\s+$")


def _with_top1(lower: str, start: int, end: int, numbers: list[Number]) -> list[Number]:
    """The sentence's numbers plus a rank-1 pseudo number for "đứng đầu cả nước"."""
    extra = [
        Number(m.start(), m.end(), m.end(), 1.0, True, "@1")
        for m in _CUES.top_one.finditer(lower, start, end)
        # "có mặt trong nhóm 20 địa phương dẫn đầu cả nước": membership of a leading group, not rank 1
        if not _CUES.group_lead.search(lower[max(start, m.start() - 45) : m.start()])
        # ("sau hai năm dẫn đầu cả nước, tỉnh ... lùi xuống thứ hai": the years before, rule led-before)
        and not _LED_BEFORE.search(lower, max(start, m.start() - 16), m.start())
        # ("Địa phương dẫn đầu cả nước đạt 0,7601 điểm, cao hơn Đồng Tháp ...": the leader as a clause's subject
        # is someone the clause describes, not the article's province; rule leader-described)
        and not _LEADER_DESCRIBED.search(lower[start : m.start()])
    ]
    return sorted(numbers + extra, key=_START)
