"""Binding numbers to indicators inside one sentence.

For each number the binder decides how it reads (rank, score, percent, count, change,
attainment) from the words around it, then which topic it measures:

1. a topic right after it ("1.637 thủ tục hành chính", "50% hồ sơ ... trực tuyến");
2. a percent at the head of a clause takes the first fitting topic after it
   ("Đến nay, 100% xã ... được phủ sóng di động");
3. otherwise the nearest fitting topic before it, measured from the topic or from the last value
   already bound to it, so lists chain ("DTI ... 0,5320 (...), xếp hạng thứ 48/63").

A value is dropped when its clause states a target or plan, when it is a national average, when
it is outside the indicator's valid range, or when the topic is quoted (a name, not a measure).
"""

from __future__ import annotations

import re

from vndx.extract.catalog import Catalog, Topic
from vndx.extract.cues import load_cues
from vndx.extract.lists import find_range_bounds, has_value_list, province_paren_list, respectively_pairs
from vndx.extract.numbers import Number, qualifier
from vndx.extract.readings import (
    RANK_DENOMINATORS,
    Binding,
    Drop,
    TopicHit,
    choose_code,
    find_topics,
    in_range,
    quote_spans,
    readings,
    sentence_topics,
)
from vndx.extract.targets import is_target, plan_at_head, targets_achieved
from vndx.reference import Indicator

MAX_GAP = 110


_LEAD_OK = re.compile(r"^[\s]*(?:(?:cac|nhung|trong so)\s+)?$")


_CUES = load_cues()
_AFTER_RANK = re.compile(rf"^\s*(?:trong\s+)?(?:{_CUES.nation_words})\b")


_ABOUT_OTHER = re.compile(rf"^\s*(?:(?:trong )?(?:{_CUES.nation_words})\s*)?ve\b")


_RANK_RIGHT = re.compile(
    r"^\s*(?:(?:ca nuoc|toan quoc|trong ca nuoc|(?:trong |cua )?(?:(?:63|34|cac) )?"
    r"(?:tinh,? thanh(?: pho)?|dia phuong)(?:,? (?:tren|trong) ca nuoc|,? ca nuoc)?),?\s*)?(?:ve|o|trong|voi)\s+"
)


def _national_head(lower: str, start: int, numbers: list[Number], mentions) -> int | None:
    """Where a sentence whose subject is the whole country ("Theo Bộ, năm 2023 cả nước có ...",
    "Tỷ lệ hồ sơ trực tuyến toàn quốc đạt ...") names it, when no province comes before."""
    if not numbers:
        return None
    head = lower[start : numbers[0].start]
    if "quoc gia" in head:
        head = load_cues().national_names.sub(lambda x: " " * len(x.group()), head)
    m = load_cues().national.search(head)
    if m is None or " ".join(m.group().split()) in load_cues().group_subject_words:
        return None
    if any(start <= x.start < start + m.start() for x in mentions or []):
        return None
    return start + m.start()


def bind_sentence(
    catalog: Catalog,
    lower: str,
    cased: str,
    start: int,
    end: int,
    numbers: list[Number],
    masks: list[tuple[int, int]],
    dx_context: bool,
    carry: Topic | None = None,
    all_hits: list[TopicHit] | None = None,
    mentions=None,
    original: str | None = None,
    drops: list[Drop] | None = None,
    prev_items: list[Binding] | None = None,
) -> list[Binding]:
    """All indicator values stated in the sentence ``[start, end)``. ``carry`` is the topic the
    previous sentence was about: a sentence that names no topic at all continues it ("Trong khi
    đó, TP. Đà Nẵng dẫn đầu cả nước với 0,8002 điểm")."""
    quotes = quote_spans(cased, start, end)
    if all_hits is None:
        all_hits = find_topics(catalog, lower, start, end)
    hits = sentence_topics(all_hits, lower, start, end, quotes)
    drops = drops if drops is not None else []
    cues = load_cues()
    rank_list = bool(_RANK_LIST_LEAD.search(lower, start, end))
    range_bounds = find_range_bounds(lower, numbers)
    scope_words = bool(_SCOPE_WORDS.search(cased, start, end))  # cheap gate for the subject rules
    if not hits and carry is not None:
        hits = [TopicHit(carry, start, start)]
    out: list[Binding] = []
    consumed: set[int] = set()
    if dx_context and not cues.socio_economic.search(lower, start, end):
        out.extend(targets_achieved(catalog, lower, start, end, numbers, consumed, masks))
    if not any(h.topic.codes for h in hits) and not prev_items:
        # nothing in or before the sentence that a value could measure: no rule below can bind
        drops.extend(Drop("no-topic-fits", n.value, None, n.start) for n in numbers if n.start not in consumed)
        return out
    anchors: dict[int, int] = {}  # id(hit) -> end of the last value bound to it
    protect = [(h.start, h.end) for h in hits] + [m for m in masks if start <= m[1] and m[0] < end]
    head_target = plan_at_head(lower, start, end, numbers, original)
    national_at = _national_head(lower, start, numbers, mentions)
    if cues.list_backref.search(lower, start, end) or has_value_list(lower, start, end):
        paired, listed = respectively_pairs(catalog, lower, start, end, numbers, hits, mentions, carry, prev_items)
        for b in paired:
            scope = start if head_target else b.clause_start
            if b.number.start in consumed or is_target(lower, scope, b.number.start, protect, original):
                drops.append(Drop("target-or-plan", b.value, b.indicator.code, b.number.start))
                continue
            consumed.add(b.number.start)
            out.append(b)
        consumed.update(listed)

    for b in province_paren_list(lower, start, end, numbers, hits, mentions) if "(" in lower[start:end] else ():
        if b.number.start in consumed:
            continue
        if is_target(lower, start, b.number.start, protect, original):
            drops.append(Drop("target-or-plan", b.value, b.indicator.code, b.number.start))
            continue
        consumed.add(b.number.start)
        out.append(b)

    for n in _with_top1(lower, start, end, numbers):
        if n.start in consumed:
            continue
        semi = lower.rfind(";", start, n.start)
        clause_start = semi + 1 if semi >= 0 else start
        prev_end = max([m.end for m in numbers if m.end <= n.start] + [clause_start])
        before = lower[max(prev_end, n.start - 45) : n.start]
        after = lower[n.end : min(end, n.end + 45)]
        reads = ["rank"] if n.raw == "@1" else readings(n, before, after)
        if rank_list and n.is_int and not n.percent and not n.points and _PAIR_SEP.search(before):
            reads = ["rank"]  # "xếp hạng ... lần lượt là: Nhận thức số - xếp thứ 25; Thể chế số - 14"
        if reads and n.start in range_bounds:
            drops.append(Drop("range", n.value, None, n.start))
            continue
        if not reads:
            drops.append(Drop("not-a-value-reading", n.value, None, n.start))
            continue
        chosen: tuple[TopicHit, str] | None = None
        mode = ""
        # 1. a topic right after the number
        right = sorted((h for h in hits if h.start >= n.end and h.start - n.end <= 40), key=lambda h: (h.start, -h.end))
        for h in right:
            between = lower[n.end : h.start]
            about = re.fullmatch(r"\s*ve\s+", between) and ("score" in reads or "rank" in reads)
            if _LEAD_OK.match(between) or ("rank" in reads and _RANK_RIGHT.match(between)) or about:
                if not h.topic.codes and "rank" in reads and re.search(r"\bve\s+(?:chi so\s+)?$", between):
                    chosen, mode = None, "other-index"  # "thứ 8 cả nước về chỉ số SIPAS"
                    break
                r = choose_code(h.topic, reads, n, before, after, True)
                if r:
                    chosen, mode = (h, r), "right"
                    break
        # 2. a percent at the head of its clause: the first fitting topic after it
        left_hits = [h for h in hits if h.end <= n.start]
        if chosen is None and mode == "" and "rank" in reads:
            # rule rank-about-topic: "xếp thứ 37 cả nước và thứ hai khu vực ... về chỉ số chuyển đổi số"
            for h in sorted((h for h in hits if h.start >= n.end and h.start - n.end <= 110), key=lambda h: h.start):
                # "xếp thứ 10 trên 34 tỉnh, thành về DTI": the field of the ranking is no clause break
                between = _RANK_FIELD.sub("", lower[n.end : h.start], count=1)
                if re.search(r"\bve\s+(?:chi so\s+)?$", between) and not re.search(r"[;.,()]", between):
                    r = choose_code(h.topic, reads, n, before, after, True) if h.topic.codes else None
                    if r:
                        chosen, mode = (h, r), "right"
                    elif not h.topic.codes:
                        mode = "other-index"
                    break
        if mode == "absorbed":
            drops.append(Drop("absorbed-by-other-measure", n.value, None, n.start))
            continue
        if mode == "other-index":
            drops.append(Drop("rank-of-other-index", n.value, None, n.start))
            continue
        if chosen is None and n.percent:
            brk = max((m.end() for m in cues.clause_break.finditer(lower, start, n.start)), default=start)
            head = lower[brk : n.start]
            near_left = any(n.start - h.end <= 25 and not re.search(r"[,;]", lower[h.end : n.start]) for h in left_hits)
            if len(head) <= 40 and not any(h.end > brk for h in left_hits) and not near_left:
                # the next value ends the window ("14 tuổi", an age inside the noun phrase, is no value)
                nxt = min([m.start for m in numbers if m.start > n.end and not m.next_words.startswith("tuoi")] + [end])
                limit = min(nxt, end, n.end + 130)
                semi_after = lower.find(";", n.end, limit)
                limit = semi_after if semi_after >= 0 else limit
                for h in sorted(
                    (h for h in hits if n.end <= h.start and h.end <= limit + 40 and h.start < limit),
                    key=lambda h: (h.start, -h.end),
                ):
                    r = choose_code(h.topic, reads, n, before, after, False)
                    if r:
                        chosen, mode = (h, r), "head"
                        break
        # 3. the nearest fitting topic before it (not for a count whose own noun names another
        # topic: "1.687 dịch vụ công trực tuyến, trong đó 1.082 dịch vụ công trực tuyến toàn trình")
        own_noun = not n.percent and any(
            h.start - n.end <= 3 and _LEAD_OK.match(lower[n.end : h.start]) and h.topic.codes for h in right
        )
        if chosen is None and not own_noun:
            cands = []
            for h in left_hits:
                anchor = max(h.end, anchors.get(id(h), 0))
                gap = n.start - anchor
                limit = 40 if n.raw == "@1" else MAX_GAP
                if gap > limit:
                    continue
                crossed = ";" in lower[anchor : n.start] and anchors.get(id(h), 0) < h.end
                if crossed and not _place_then_value(lower, start, n, mentions):
                    continue
                if n.percent and anchor < clause_start and re.search(r"\bt[iy] le\b", lower[clause_start : n.start]):
                    continue  # rule new-measure: "; tỷ lệ xử lý hồ sơ ... đạt 66%" names its own measure
                r = choose_code(h.topic, reads, n, before, after, False)
                if r:
                    cands.append((gap, -(h.end - h.start), h.topic.order, h, r))
            if cands:
                cands.sort(key=lambda c: c[:3])
                best = cands[0][3]
                # of overlapping phrasings the one that starts first is the head of the noun phrase
                # ("hồ sơ trực tuyến toàn trình" is about dossiers, not services)
                overlap = [c for c in cands if c is cands[0] or (c[3].start < best.end and best.start < c[3].end)]
                pick = min(overlap, key=lambda c: (c[3].start, c[1], c[2]))
                chosen, mode = (pick[3], pick[4]), "left"
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
                if absorber:
                    chosen, mode = None, "absorbed"
        points = "score" in reads and not n.is_int and n.value <= 1 and (n.points or _POINTS_BEFORE.search(before))
        sole = (reads == ["rank"] and not _RANK_OWNED.match(after)) or points
        if chosen is None and mode == "" and sole and not own_noun:
            # "Với 0,6523 điểm, tỉnh đứng thứ 12 về chỉ số DTI": a score in points too
            chosen = _sole_ranked_topic(hits, n, numbers, "rank" if reads == ["rank"] else "score")
            mode = "sole-ranked" if chosen else mode
        if chosen is None:
            drops.append(Drop("no-topic-fits", n.value, None, n.start))
            continue
        if _named_aside(cased, lower, start, n, mentions):
            drops.append(Drop("named-place-aside", n.value, None, n.start))
            continue
        hit, reading = chosen
        ind = hit.topic.codes[reading]
        ctx_start = max(hit.end, anchors.get(id(hit), 0)) if mode == "left" else clause_start
        if mode == "left":
            # the value used this phrasing even if a rule below refuses it ("trung bình ... là 0,55;
            # Tiền Giang đạt 0,58"): the next value chains from here
            anchors[id(hit)] = n.end
        window = lower[ctx_start : n.start]
        if "quoc gia" in window:
            window = cues.national_names.sub(lambda m: " " * len(m.group()), window)
        if "(" in window:
            window = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), window)  # "(đứng thứ 2 toàn quốc)"
        if (
            reading == "rank"
            and n.out_of not in RANK_DENOMINATORS  # "xếp thứ 35/63" is national wherever it is said
            and not _AFTER_RANK.match(lower[n.end : end])
            and (
                cues.regional_after.match(lower[n.end : end])
                or cues.regional_before.search(lower, clause_start, n.start)
            )
        ):
            drops.append(Drop("regional-rank", n.value, ind.code, n.start))
            continue
        if ind.code == "mobile_coverage_rate" and _only_5g(lower, hit, clause_start, n):
            drops.append(Drop("5g-only-coverage", n.value, ind.code, n.start))
            continue  # ANNOTATION.md: 5G coverage alone is not the mobile coverage indicator
        scope = _scope_subject(cased, lower, start, n.start, mentions, original) if scope_words else None
        if scope:
            drops.append(Drop(scope, n.value, ind.code, n.start))
            continue
        if n.percent and ind.code.startswith("online_public_service") and cues.integration.search(before):
            drops.append(Drop("integration-not-provision", n.value, ind.code, n.start))
            continue
        if reading == "count" and _subset_of(lower, out, ind, n, cues):
            drops.append(Drop("subset-of-count", n.value, ind.code, n.start))
            continue
        if cues.lower_unit.search(cased, ctx_start, n.start):
            drops.append(Drop("district-or-commune", n.value, ind.code, n.start))
            continue  # "huyện Hương Khê đạt 92,3%": a district's or commune's value, not the province's
        if mode == "left" and ctx_start > hit.end:
            window = _AFTER_RANK.sub("", window)  # "xếp thứ 5 toàn quốc, đạt 0,74 điểm"
        named = [m.end for m in mentions or [] if ctx_start <= m.start and m.end <= n.start and m.slug != "@self"]
        if named:  # "toàn quốc đạt 40%, trong khi tỉnh Yên Bái đạt 52%": the province named last is the subject
            window = window[named[-1] - ctx_start :]
        if reading != "rank" and cues.national.search(window):
            drops.append(Drop("national-or-average", n.value, ind.code, n.start))
            continue
        if (
            reading != "rank"
            and national_at is not None
            and not any(national_at < x.start < n.start for x in mentions or [])
        ):
            drops.append(Drop("national-subject", n.value, ind.code, n.start))
            continue
        if reading == "rank" and cues.average.search(window):
            drops.append(Drop("average-rank", n.value, ind.code, n.start))
            continue
        if is_target(lower, start if head_target else clause_start, n.start, protect, original):
            drops.append(Drop("target-or-plan", n.value, ind.code, n.start))
            continue
        if n.raw != "@1" and cues.bound_before.search(before):
            drops.append(Drop("bound-not-value", n.value, ind.code, n.start))
            continue  # "dưới 5%": a bound, not a value
        if hit.start == hit.end and reading == "rank" and _ABOUT_OTHER.match(after):
            drops.append(Drop("rank-about-other-topic", n.value, ind.code, n.start))
            continue  # a carried index, but the rank says what it is about ("xếp thứ 5 về ...")
        value, out_of = n.value, n.out_of
        if reading == "score" and out_of and ind.valid_max is not None and ind.valid_max <= 1 < out_of:
            value, out_of = value / out_of, None
        if reading == "change" and cues.decrease.search(before):
            value = -value
        if reading == "percent" and out_of is not None:
            drops.append(Drop("percent-with-denominator", n.value, ind.code, n.start))
            continue
        if not in_range(ind, value, out_of):
            drops.append(Drop("out-of-range", n.value, ind.code, n.start))
            continue
        if mode == "left":
            anchors[id(hit)] = n.end
            if cues.shared_value.search(before):
                # rule shared-value: "hai chỉ số Thể chế số và Hạ tầng số cùng xếp thứ 11"
                for h2 in hits:
                    joined = h2.end <= hit.start and _JOINED.fullmatch(lower, h2.end, hit.start)
                    if h2.topic.codes.get(reading) and joined:
                        out.append(Binding(h2.topic.codes[reading], n, n.value, n.out_of, None, clause_start, h2.topic))
        consumed.add(n.start)
        out.append(
            Binding(
                ind,
                n,
                value,
                out_of,
                qualifier(before) if n.raw != "@1" else None,
                clause_start,
                hit.topic,
                carried=hit.start == hit.end,
            )
        )
    return out


# after a rank, words that say what it ranks or who holds it: "thứ 30/63 tỉnh về việc ...",
# "xếp thứ 2 và thứ 3 lần lượt là Sở ...": not the index the sentence names elsewhere
_RANK_OWNED = re.compile(r"^[^.;]*?\bve\b|^[^.;,]{0,40}?\b(?:la|thuoc)\b|^\s*(?:,|va)\s*(?:thu\s+)?\d")


_POINTS_BEFORE = re.compile(r"\bdiem(?: so)?\s*(?:la|dat)?\s*$")


def _sole_ranked_topic(
    hits: list[TopicHit], n: Number, numbers: list[Number], reading: str = "rank"
) -> tuple[TopicHit, str] | None:
    """Rule sole-ranked-topic: a rank with no fitting topic in reach ("Bắc Ninh đứng ở thứ hạng 6,
    tăng 3 bậc; chỉ số DTI đạt 0,55") ranks the one ranking index (DTI and its parts, ICT Index,
    PAR Index) its sentence names, when the sentence names no index outside the catalog and the
    rank is not one of a bare list ("giữ vị trí thứ 5, 6, 7": whose is which is unsaid)."""
    if any(not h.topic.codes and h.end > h.start for h in hits):
        return None  # "PCI", "SIPAS" named too: the rank may be theirs
    if any(m is not n and m.is_int and abs(m.start - n.end) <= 3 for m in numbers):
        return None
    ranked = {
        id(h.topic): h
        for h in hits
        if "rank" in h.topic.codes and h.end > h.start and _RANKING_INDEX.match(h.topic.name)
    }
    if len(ranked) != 1:
        return None
    hit = next(iter(ranked.values()))
    if reading == "score":
        return (hit, "score") if "score" in hit.topic.codes and n.out_of is None else None
    return (hit, "rank") if n.out_of is None or n.out_of in RANK_DENOMINATORS else None


def _only_5g(lower: str, hit: TopicHit, clause_start: int, n: Number) -> bool:
    """ "phủ sóng 5G đạt 30% dân số": the clause speaks of 5G and of no older network."""
    lo = min(clause_start, hit.start) if hit.end > hit.start else clause_start
    window = lower[lo : n.end + 25]
    return bool(re.search(r"\b5g\b", window)) and not re.search(r"\b[234]g\b|/\s*[234]g", window)


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
    r"\s*(?:cung\s+|chi\s+|moi\s+)?(?:dat|la|co|o muc)\s+(?:muc\s+|khoang\s+|gan\s+|tren\s+|hon\s+)?"
)


_RANKING_INDEX = re.compile(r"dti|cybersecurity_index|ict_index|par_index")


_PAIR_SEP = re.compile(r"[a-z]\s*[-\u2013:]\s*(?:xep\s+thu\s+|thu\s+)?$")


_RANK_LIST_LEAD = re.compile(r"\b(?:xep hang|thu hang|xep thu)\b[^.]*?(?:lan luot|tuong ung|:)")


_SCOPE_NAMED = load_cues().scope_named


# words every subject rule starts with (scope_named on cased text, aggregates, scope_subjects)
_SCOPE_WORDS = re.compile(
    r"(?i:\bso\s+[A-Z]|\bbo\s+[A-Z]|ngan hang|nhnn|ubnd|\bcap\s|\bkhoi\b|\bcac bo\b|bo,? nganh|ngang bo"
    r"|trung binh|binh quan|doi voi cap|o cap|thanh pho\s+[A-Z]|TP\.?\s*[A-Z]|\d\s+(?:tinh|dia phuong))"
)


# "Sở Y tế tỉnh X", "Ngân hàng Nhà nước chi nhánh tỉnh X": the province names the unit
_UNIT_OF_PROVINCE = re.compile(
    r"(?<![A-Za-z])(?:So|Bo|Ngan hang|Cong an|Van phong)\s+[A-Z][^,;.()]{0,30}\s(?:tinh|thanh pho|TP\.?)\s*$"
)


_CITY = re.compile(r"(?<![A-Za-z])(?:[Tt]hanh pho|TP\.?)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)")


def _scope_subject(cased: str, lower: str, start: int, pos: int, mentions, original: str | None) -> str | None:
    """The rule that drops a value whose subject is not the province: a department, ministry,
    bank or district level ("Sở Tư pháp dẫn đầu ... với 0,81 điểm") or an aggregate of many
    provinces ("giá trị trung bình DTI cấp tỉnh là 0,61") named before it in its sentence, with no
    province (or "của tỉnh") named between that subject and the value."""
    cues = load_cues()
    # a province inside a unit's name ("Sở Y tế tỉnh Tiền Giang") does not make the province the subject
    places = [
        m
        for m in mentions or []
        if start <= m.start and m.end <= pos and not _UNIT_OF_PROVINCE.search(cased, max(start, m.start - 40), m.start)
    ]
    last_place = max([m.end for m in places] + [start])
    city = _CITY.search(cased, last_place, pos)
    if city and not any(x.start == city.start(1) for x in mentions or []):
        return "lower-level-unit"  # "thành phố Mỹ Tho đạt 81%": a city inside the province
    if cues.aggregate.search(lower, last_place, pos):
        return "aggregate-not-province"
    if cues.group_subject.search(lower, last_place, pos):
        return "group-not-province"  # "4 địa phương có tỷ lệ ... trên 80% là ...": a threshold of a group
    semi = lower.rfind(";", start, pos)
    for m in _SCOPE_NAMED.finditer(cased, max(last_place, semi + 1), pos):
        if original is not None and original[m.start() : m.start() + 3].lower() not in ("sở ", "bộ ", "ngâ"):
            continue  # "số TTHC", "bổ sung": same letters, other words
        if cues.source_before.search(lower[max(start, m.start() - 25) : m.start()]) or cues.source_after.match(
            lower[m.end() : pos]
        ):
            continue  # "Theo Sở TT&TT, ...", "Sở Y tế cho biết, ...": the source, not the subject
        return "department-or-agency"
    for m in cues.scope_subject.finditer(lower, max(last_place, semi + 1), pos):
        if re.search(r"\b(?:tu|den|toi)\s*$", lower[max(start, m.start() - 5) : m.start()]):
            continue  # "từ cấp tỉnh đến cấp xã": a span of levels, not the subject
        return "lower-level-unit"
    return None


def _subset_of(lower: str, out: list[Binding], ind: Indicator, n: Number, cues) -> bool:
    """ "có 620 sản phẩm ..., trong đó 210 sản phẩm OCOP": a part of a count already taken."""
    prev = [b for b in out if b.indicator.code == ind.code and b.number.end <= n.start]
    return bool(prev) and bool(cues.subset_lead.search(lower, prev[-1].number.end, n.start))


def _named_aside(cased: str, lower: str, start: int, n: Number, mentions) -> bool:
    """ "như huyện Nam Trà My (18,6%), Tây Giang (22,4%)": a bracketed value right after a place or
    unit name that is not a province belongs to that place, not to the province."""
    if n.raw == "@1":
        return False
    opening = lower.rfind("(", start, n.start)
    if opening < 0 or lower[opening + 1 : n.start].strip() or not lower[n.end : n.end + 3].lstrip().startswith(")"):
        return False
    words = cased[max(start, opening - 40) : opening].split()
    caps = 0
    for w in reversed(words):
        if not w[:1].isupper() or not w.isalpha():
            break
        caps += 1
    if caps < 2:
        return False
    name_start = opening - len(" ".join(words[-caps:])) - 1
    return not any(name_start <= m.start < opening and m.slug != "@self" for m in mentions or [])


_JOINED = re.compile(r"[\s\"“”]*(?:,|va|cung)[\s\"“”]*")


def _with_top1(lower: str, start: int, end: int, numbers: list[Number]) -> list[Number]:
    """The sentence's numbers plus a rank-1 pseudo number for "đứng đầu cả nước"."""
    extra = [
        Number(m.start(), m.end(), m.end(), 1.0, True, "@1")
        for m in _CUES.top_one.finditer(lower, start, end)
        # "có mặt trong nhóm 20 địa phương dẫn đầu cả nước": membership of a leading group, not rank 1
        if not _CUES.group_lead.search(lower[max(start, m.start() - 45) : m.start()])
    ]
    return sorted(numbers + extra, key=lambda n: n.start)
