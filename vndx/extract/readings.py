"""Candidates and how a number reads: the records every rule passes around (``TopicHit``,
``Binding``, ``Drop``), the indicator phrasings found in a sentence, and the readings of a number
(rank, score, percent, count, change, attainment) with the code each topic gives it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vndx.extract.catalog import Catalog, Topic
from vndx.extract.cues import load_cues
from vndx.extract.numbers import Number, is_year
from vndx.extract.scan import skipping
from vndx.reference import Indicator

RANK_DENOMINATORS = (63.0, 34.0)


_WORDS = load_cues().words
# a rank verb and the rank nouns after it, right before the number ("giữ vững ở vị trí thứ 12")
_RANK_CUE = skipping(re.compile(rf"(?:\b(?:{_WORDS['rank_verbs']})(?:\s+(?:{_WORDS['rank_nouns']}))*\s*)$"))
# "hạng" folds like "hàng" (goods): "bán hàng 3-5 triệu đồng" names no rank (checked after a match only:
# look-behinds in front of the cue would be tried at every character of every window)
_GOODS_BEFORE = re.compile(rf"\b(?:{_WORDS['goods_words']})\s+$")


# the parts of an index, counted after "thứ hạng" / "xếp hạng" (rule ranks-of-parts)
_COUNTED_PARTS = ("tru cot", "chi so", "linh vuc", "tieu chi", "nhom chi")
_RANKS_OF_BEFORE = re.compile(r"\b(?:thu hang|xep hang)\s*(?:cua\s+)?(?:cac\s+)?$")


def _rank_before(before: str) -> bool:
    """A rank cue ends the window ("xếp thứ", "vị trí", "hạng"), not "bán hàng"."""
    m = _RANK_CUE.search(before)
    if m is not None and before.startswith("hang", m.start()) and _GOODS_BEFORE.search(before, 0, m.start()):
        return False
    return m is not None


# a change word, its adverbs and what may stand between it and the number ("tăng thêm 0,12")
_DELTA_BEFORE = skipping(
    re.compile(
        # (not "hạ tầng", folded as "hạ tăng": "Kết quả nổi bật nằm ở hạ tầng: 100% xã ...")
        rf"\b(?<!ha )(?:{_WORDS['change_words']})(?: them| truong| manh| nhe)?(?: gia tri)?"
        # "Tăng trưởng giá trị DTI của tỉnh là / đạt", "Tăng trưởng giá trị DTI năm 2022: +0,0677"
        r"(?: (?:chi so )?dti)?(?: nam \d{4})?(?: cua (?:tinh|thanh pho|dia phuong))?"
        # (the year it is of, "mức tăng của năm 2023 là 0,0241 điểm"; how much it weighs, "tăng không đáng kể, chỉ
        # 0,0215 điểm": rule change-label)
        # (the comma only before "chỉ": "tăng mạnh, đạt 68,5%" reaches a level)
        r"(?: (?:cua|trong) nam \d{4})?(?:(?: (?:khong )?dang ke| khong nhieu| (?:rat )?it)(?:,(?= chi\b))?)?"
        # ("tăng tới 0,1215 điểm so với năm 2021": by as much as; "tăng lên tới" is a level reached, "len" stops it)
        # (and the words that hedge how much: "mức tăng thực tế chỉ xấp xỉ 0,07 điểm", "mức tăng chỉ vào khoảng 0,06")
        # (and how much in all: "đã tăng tổng cộng 0,2150 điểm" since a year, a change over several)
        r"(?: (?:la|dat|duoc|khoang|hon|gan|tren|den|toi|chi|xap xi|vao|thuc te|tong cong|so voi nam \d{4}"
        r"|so voi nam truoc))*"
        r"\s*(?::\s*)?\+?\s*$"
    )
)


def change_label(lower: str, start: int, end: int) -> str | None:
    """The text from ``start`` to a value at ``end`` when all of it is a change's label, its change word opening it
    ("Tăng trưởng giá trị DTI của tỉnh so với năm 2020 là "; rule change-label), else None."""
    span = lower[start:end]
    m = _DELTA_BEFORE.search(span)
    return span if m is not None and not span[: m.start()].strip(" ,-\u2013") else None


_UNITS_COUNTED = re.compile(r"\bso (?:don vi|tinh|dia phuong)\b")
_SIGNED_IN_BRACKET = re.compile(r"\(\s*\+\s*$")
# "mức cải thiện thực tế của Quảng Ngãi là khoảng 0,04 điểm", "giá trị cải thiện khoảng 0,055 điểm": how much a score
# improved (not "Hạ tầng được cải thiện: 100% xã ...", a level after it)
_IMPROVED_BY_BEFORE = re.compile(
    r"\bcai thien(?: thuc te)?(?: cua [a-z]+(?: [a-z]+)?)?(?: (?:la|dat|khoang|gan|hon|them))*\s*$"
)
# "thêm" right before the number, with what may stand between ("có thêm được khoảng 150")
_ADDED_BEFORE = re.compile(r"\bthem(?: duoc)?(?: (?:khoang|hon|gan|tren|it nhat))?\s*$")
# "Chênh lệch giữa địa phương cao nhất và thấp nhất: 0,3298", "Khoảng cách giữa A và B là 0,31": a spread
# between values, not a value
_SPREAD_BEFORE = skipping(
    # ("chênh nhau chưa tới 0,005 điểm": two places' values apart)
    re.compile(
        r"\b(?:chenh lech|khoang cach|chenh nhau)\b[^.;\d]{0,60}?(?:la|:|con|chi con)?\s*"
        r"(?:gan|khoang|hon|chua toi|chua den|chi|khong qua)?\s*$"
    )
)
# (not a subject's own value after the spread's colon: "khoảng cách đã thu hẹp: Bình Định đạt 0,6157 điểm")
_OWN_VALUE_AFTER_COLON = re.compile(r":[^:]*\b[a-z]+\s+(?:dat|la|xep thu|dung thu)\s+(?:(?:gan|khoang|hon)\s+)?$")
# "vượt 5,6% so với kế hoạch", "vượt 3% so với cùng kỳ": a margin over a target or a period
_MARGIN_BEFORE = skipping(re.compile(r"\bvuot(?: muc)?\s*$"))
_COMPARED_AFTER = re.compile(r"\s*so voi\b")


# "bằng khoảng 80% mức chung của cả nước", "chỉ bằng 60% so với bình quân": a ratio to another level
_EQUALS_BEFORE = re.compile(r"\bbang\s+(?:(?:khoang|gan|hon|tren|duoi|chua toi|chua den)\s+)?$")
_LEVEL_AFTER = re.compile(r"\s*(?:muc|so voi|cua (?:ca nuoc|toan quoc|binh quan|trung binh)|binh quan|trung binh)\b")
# "trên 1.000 dân", "/10.000 người", "trên một vạn dân" (ANNOTATION.md: per-population ratios are no facts)
_PER_POPULATION = re.compile(
    r"^[^,;.]{0,45}?(?:\btren|/)\s*(?:1[.,]?000|10[.,]?000|100[.,]?000|1 nghin|mot nghin|mot van|1 van|van|nghin)\s*"
    r"(?:dan|nguoi|ho)\b"
)


# grammar: the units and forms around a number (per population, "bậc", quotes, "năm 2021" after
# it, "trong 6", "so với kế hoạch")
_RANK_UNIT_AFTER = re.compile(r"^\s*(?:bac|hang|vi tri|vi tri)\b")
_DIGIT = re.compile(r"\d")
# the unit written once for a caption or a table ("Tỷ trọng ... (%):", "Đơn vị tính: %", "ĐVT: %"): its bare
# numbers are shares (rules year-labelled, table-of-a-series)
PERCENT_UNIT = re.compile(r"\(\s*%\s*\)|\b(?:don vi tinh|dvt|don vi)\s*:?\s*%")
# (also the two bases named together: "bảng xếp hạng 63 và 34 địa phương")
_ALL_PROVINCES = re.compile(r"\s*(?:(?:va|hay|hoac|,)\s*(?:63|34)\s+)?(?:tinh|dia phuong)\b")
_QUOTED = re.compile(r"“[^”]{0,200}”|\"[^\"]{0,200}\"")
_DATED = re.compile(r"\s*nam\s+(?:19|20)\d\d\b")
# nouns of time a number counts ("3 lần", "5 năm", "9 tháng", "15 tuổi"): no value of the catalog
TIME_NOUNS = ("lan", "nam", "thang", "ngay", "tuoi", "gio", "phut")
_ONE_OF = re.compile(r"\s*trong\s+(?:so\s+)?\d")
_PLAN_AFTER = re.compile(r"^\s*(?:so voi )?(?:chi tieu|ke hoach)")


# (slots, not frozen: a frozen dataclass's __init__ sets every field through object.__setattr__, and the
# extractor makes thousands of these per article; nothing changes one after it is made, and the hash is kept)
@dataclass(unsafe_hash=True, slots=True)
class Drop:
    """A candidate value a named rule refused (``make eval`` counts misses by these names)."""

    rule: str
    value: float
    indicator: str | None  # None when the number never got as far as a code
    start: int


@dataclass(slots=True)
class TopicHit:
    topic: Topic
    start: int
    end: int


@dataclass(slots=True)
class Binding:
    indicator: Indicator
    number: Number
    value: float
    out_of: float | None
    qualifier: str | None
    clause_start: int  # where the province/target context of this value starts
    topic: Topic | None = None
    carried: bool = False
    province: str | None = None  # set when the value's province is known from a list ("lần lượt")
    listed: bool = False  # bound by a list ("lần lượt", "tương ứng"): its items may be referred back to
    period: int | None = None  # set when the list names each value's year ("các năm 2021, 2022 lần lượt là ...")


def find_topics(
    catalog: Catalog,
    lower: str,
    start: int = 0,
    end: int | None = None,
    only: tuple[str, ...] = (),
    found: set[str] | None = None,
) -> list[TopicHit]:
    """Topic phrasings in ``lower[start:end]`` (``only``: just the topics of these names; ``found``: the catalog's
    keywords that occur in the span, when found beforehand: ``catalog.keywords_in``'s answer)."""
    end = len(lower) if end is None else end
    hits = []
    if only:  # a few topics (over a whole article): one find per keyword of theirs beats finding them all
        found, topics = None, catalog.named(only)
    else:
        found = catalog.keywords_in(lower, start, end) if found is None else found
        topics = catalog.candidates(found)
    for topic in topics:
        if topic.regex is None:
            continue
        for m in topic.finditer(lower, start, end, found):
            a, b = m.span()
            if b > a:
                if not lower[a].isalnum():
                    # (a phrasing that opens with a gap may start on the ", " before its first word: ", chi
                    # trả trợ cấp ..." after "đạt 93,2%" names the next clause's measure, not the value before it)
                    a = b - len(lower[a:b].lstrip(_LEADING))
                hits.append(TopicHit(topic, a, b))
    hits.sort(key=lambda h: h.start)
    return hits


_LEADING = " \t\n,;:.-–()"


def sentence_topics(
    all_hits: list[TopicHit], lower: str, start: int, end: int, quotes, context_from: int | None = None
) -> list[TopicHit]:
    """The phrasings of the sentence ``[start, end)`` that may measure its values: a phrasing that needs its context
    named ("giao dịch" of the e-commerce platforms) has it in the sentence or before it in its paragraph (from
    ``context_from``: "... được bán trên các sàn Postmart, Voso. Số giao dịch đạt 71.250")."""
    out = []
    for h in all_hits:
        if h.start < start or h.end > end:
            continue
        if h.topic.context and not h.topic.context.search(lower, start if context_from is None else context_from, end):
            continue
        if any(qs <= h.start and h.end <= qe and (h.start - qs > 1 or qe - h.end > 1) for qs, qe in quotes):
            continue  # a topic inside a longer quoted name; a quoted pillar name alone still counts
        out.append(h)
    return _with_glosses(out, lower)


# grammar: the bracket around an abbreviation that glosses the name before it ("Xã hội số (XHS)")
_GLOSS_OPEN = re.compile(r"\s*\(\s*")
_GLOSS_CLOSE = re.compile(r"\s*\)")


def _with_glosses(hits: list[TopicHit], lower: str) -> list[TopicHit]:
    """Rule abbreviation-gloss: a bracketed abbreviation right after a phrasing of the same topic
    ("Kinh tế số (KTS)", "chỉ số chuyển đổi số (DTI)") is part of that name, not a second mention
    of the topic, so "Kinh tế số (KTS) và Xã hội số (XHS) đồng xếp hạng 58" joins two names, as
    it does without the glosses."""
    out = list(hits)
    if len(hits) < 2:
        return out  # (a gloss joins two phrasings: one alone has none, and the pairs below are not walked)
    for i, h in enumerate(hits):
        for j, g in enumerate(hits):
            if g.topic is not h.topic or g.start <= h.end or not _GLOSS_OPEN.fullmatch(lower, h.end, g.start):
                continue
            close = _GLOSS_CLOSE.match(lower, g.end)
            if close and out[i] is h and out[j] is g:
                out[i] = TopicHit(h.topic, h.start, close.end())
                out[j] = None  # type: ignore[call-overload]
    return [h for h in out if h is not None]


def quote_spans(cased: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted names ("Chương trình “Kinh tế số nông thôn”"); not quoted speech that states a value
    ("“Chúng tôi chưa hài lòng với vị trí thứ 30 về kinh tế số”, ông nói")."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(cased, start, end) if not _DIGIT.search(m.group())]


# a movement between two bare places: "từ 9 xuống 35", "từ 40 lên 25" (what joins the start to the end, the
# start before it, the end after it; binding.py's rule bare-move-end reads the same joint)
MOVE_JOINT = r"\s+(?:xuong|len)\s+(?:(?:thu|hang|vi tri)\s+)?"
_BARE_MOVE_FROM = re.compile(MOVE_JOINT + r"\d{1,2}\b(?![.,]\d|\s*%)")
# (the start a place, maybe dated: "từ vị trí 38 năm 2021 lên 25 năm 2022 và 17 năm 2023"; rule dated-move-chain: each
# dated end after it, joined by "và" or a comma, is a place too)
_DATED_PLACE = r"(?:\s+(?:nam\s+)?(?:19|20)\d\d)"
_COUNT_OPENS = re.compile(r"\s*(?:tong so|so luong|so)\s")  # a clause opening on a count ("số tổ ...", "tổng số ...")
_MOVED_TO = re.compile(r"\b(?:tut|giam|lui|roi|vuon|leo|nhay|tang)\s+(?:xuong|len)\s+$")
# a rank said before it in the sentence ("thứ hạng", "xếp thứ", "thứ 26", "vị trí")
_PLACE_WORD = re.compile(r"\b(?:thu hang|xep hang|xep thu|dung thu|vi tri|thu \d|hang \d)")
# what may follow a place: its year, the nation, the end of its clause
_PLACE_ENDS = re.compile(r"\s*(?:(?:nam\s+)?(?:19|20)\d\d\b|(?:ca nuoc|toan quoc|tren ca nuoc)\b|[,.;:)]|$)")
_BARE_MOVE_TO = re.compile(
    r"\btu\s+(?:(?:vi tri|thu|hang)\s+(?:thu\s+)?)?\d{1,2}(?:/\d\d)?"
    + _DATED_PLACE + "?" + MOVE_JOINT + rf"(?:\d{{1,2}}{_DATED_PLACE}\s*(?:,|va)\s+)*$"
)


# 5G alone is not the mobile coverage indicator (ANNOTATION.md): the word that names it, and the older networks' that
# make a figure the coverage one ("3G/4G", "4G và 5G"); one home for the candidate rule and the table rows
FIVE_G = re.compile(r"\b5g\b")
OLDER_NETWORK = re.compile(r"\b[234]g\b|/\s*[234]g")


def only_5g(text: str) -> bool:
    """``text`` (folded) names 5G and no older network."""
    return FIVE_G.search(text) is not None and OLDER_NETWORK.search(text) is None


_ORDER_OF_DOING = skipping(re.compile(r"\b(?:la|tro thanh)\s+(?:dia phuong|tinh|don vi|thanh pho)\s+thu\s*$"))
# (where, then what was done: "cả nước ban hành", "ở Đồng bằng sông Cửu Long hoàn thành", "của tỉnh không còn")
_DOING_AFTER = re.compile(
    r"\s*(?:(?:ca nuoc|trong ca nuoc|toan quoc|cua tinh|trong tinh|o [^,;.\d]{1,40}?)\s+)?"
    rf"(?:{_WORDS['doing_verbs']})\b"
)


_ARROWS_UP = ("\u2b06", "\u2191", "\u25b2", "\U0001f53a", "\u2197")  # ⬆ ↑ ▲ 🔺 ↗
_ARROWS_DOWN = ("\u2b07", "\u2193", "\u25bc", "\U0001f53b", "\u2198")  # ⬇ ↓ ▼ 🔻 ↘


_SUPPOSED_AFTER = re.compile(r"\s*(?:may\b|(?:hay|hoac)\s+(?:(?:vi tri|hang)\s+)?(?:thu\s+)?(?:\d|[a-z]+\s+may\b))")


# (the second of the two: the window before it starts right after the first, "... thứ 4 hay thứ 6")
_SUPPOSED_BEFORE = re.compile(r"(?:^|\d\s*%?)\s*(?:hay|hoac)\s+(?:(?:vi tri|hang)\s+)?(?:thu\s+)?$")


def moved_to_place(lower: str, lo: int, n: Number) -> bool:
    """Rule dated-move-chain: the whole number ``n`` ends a movement from a place, read over ``lower[lo:n.start]`` past
    the values before it ("từ vị trí 38 năm 2021 lên 25 năm 2022 và 17 năm 2023": 25 and 17 are places too)."""
    if not n.is_int or n.points or n.percent or n.value > 63:
        return False
    if _BARE_MOVE_TO.search(lower, max(lo, n.start - 90), n.start) is not None:
        return True
    # rule moved-down-to: a place moved to with no word of place before the number, after a rank said in the sentence
    # ("thứ 26 năm 2021, rồi tụt xuống 41 năm 2022", "Năm 2022, thứ hạng giảm xuống 16", "năm 2019 lại lùi xuống 38"): a
    # place too, when nothing after it makes it a count ("giảm xuống 16 doanh nghiệp", "tăng lên 12 bậc")
    # (not a clause whose subject is a count: "xếp thứ 30; số tổ công nghệ số tăng lên 45"; "xếp thứ 16; năm sau rơi
    # xuống 27" goes on with the place)
    semi = lower.rfind(";", lo, n.start)
    if semi >= 0 and _COUNT_OPENS.match(lower, semi + 1, n.start):
        return False
    return (
        _MOVED_TO.search(lower, max(lo, n.start - 24), n.start) is not None
        and _PLACE_WORD.search(lower, lo, n.start) is not None
        and _PLACE_ENDS.match(lower, n.end) is not None
    )


def readings(n: Number, before: str, after: str) -> list[str]:
    """How a number can read, from its form and the words around it."""
    if is_year(n) and not _rank_before(before):
        return []
    if n.raw == "0" and not n.percent:
        return []  # "không xuất phát từ con số 0": from nothing, an idiom; no indicator is worth a bare 0
    supposed_first = (" hay " in after[:8] or " hoac " in after[:10] or after.startswith(" may")) and bool(
        _SUPPOSED_AFTER.match(after)
    )
    if supposed_first or (("hay " in before or "hoac " in before) and _SUPPOSED_BEFORE.search(before)):
        # rule supposed-value: one of two places supposed ("vị trí thứ 4 hay thứ 6 cũng là một thành công", "thứ mười
        # mấy hay thứ năm mấy"), or a vague one ("mười mấy"): no value stated
        return []
    # (each cue only where its words are: every counted time ends the window with "thứ", every spread
    # names "chênh lệch" or "khoảng cách"; most windows hold neither)
    trimmed = before.rstrip()  # (once: the window's end is read four times below)
    after_thu = trimmed[-3:] == "thu"  # (``trimmed.endswith("thu")``, without a method call)
    if after_thu and load_cues().counted_time.search(before):
        return []  # "năm thứ 4 liên tiếp", "lần thứ 3": an occasion, not a place
    if after_thu and _ORDER_OF_DOING.search(before) and _DOING_AFTER.match(after):
        # rule order-of-doing: "Thanh Hóa là địa phương thứ 3 cả nước ban hành nghị quyết ...", "đơn vị thứ hai của tỉnh
        # không còn sử dụng bệnh án giấy": the order in which something was done first, not a place in a ranking
        return []
    if ("chenh " in before or "khoang cach" in before) and (spread := _SPREAD_BEFORE.search(before)):
        # (not the items of a list after a colon, each with its rank cue: "các chỉ số chính khá chênh lệch: nhận thức
        # số xếp hạng 9, thể chế số hạng 22")
        if not (_rank_before(before) and ":" in before[spread.start() :]) and not _OWN_VALUE_AFTER_COLON.search(
            before, spread.start()
        ):
            return []
    # (or a signed number in brackets after a value: "Giá trị DTI: 0,5530 (+0,0415 so với năm 2022)")
    # (or a signed score opening a fact box's item: "📈 +0,0815 – mức tăng giá trị DTI so với năm 2022")
    signed = before[-1:] == "+" and not n.percent and not n.is_int and n.value < 1
    # (the arrows are one character each: ``before.endswith(_ARROWS_DOWN, 0, len(trimmed))``)
    if trimmed[-1:] in _ARROWS_DOWN:
        return []  # "⬇ 0,0120": a fall, by how much (its sign is the arrow's: no level, and no change read unsigned)
    # (or an arrow up before it, as fact boxes print a rise: "DTI 2022: 0,4613 điểm ⬆ 0,0874"; rule arrow-change)
    signed = signed or trimmed[-1:] in _ARROWS_UP
    delta = bool(_DELTA_BEFORE.search(before) or _SIGNED_IN_BRACKET.search(before)) or signed
    delta = delta or (not n.percent and "cai thien" in before and _IMPROVED_BY_BEFORE.search(before) is not None)
    if delta:
        if _RANK_UNIT_AFTER.match(after) or n.next_words.startswith(("bac", "hang")):
            return []  # "tăng 10 bậc": a change of rank, no catalog code
        if n.percent or "phan tram" in after[:20]:
            return []  # a change in percentage points
        return ["change"]
    if "them" in before and _ADDED_BEFORE.search(before):
        # rule added-amount: "đưa thêm 520 sản phẩm lên sàn", "có thêm 150 doanh nghiệp", "thêm 5%": what was
        # added, not the level reached; a score added is the index's change ("thêm 0,1935 so với năm 2020")
        return ["change"] if not n.is_int and not n.percent and n.value < 1 else []
    if n.percent and _MARGIN_BEFORE.search(before) and _COMPARED_AFTER.match(after):
        return []  # rule margin-over: "vượt 5,6% so với chỉ tiêu": by how much a target was beaten, not a level
    dated = _DATED.match(after)  # "vị trí 35 năm 2021": a year, not "35 năm"
    if n.next_words.startswith(("bac", *TIME_NOUNS)) and not dated:
        return []
    if n.is_int and n.value in RANK_DENOMINATORS and n.out_of is None and _ALL_PROVINCES.match(after):
        return []  # "bảng xếp hạng 63 tỉnh, thành phố": the provinces counted, not a rank
    if _PER_POPULATION.match(after):
        return []  # "12 doanh nghiệp công nghệ số trên 1.000 dân": a ratio, not the count
    if _ONE_OF.match(after) and not n.percent and not _rank_before(before):
        return []  # "01 trong 06 tỉnh": one of a group, not a value
    if n.percent and "bang" in before and _EQUALS_BEFORE.search(before) and _LEVEL_AFTER.match(after):
        return []  # rule share-of-level: "mới bằng khoảng 80% mức chung của cả nước": a ratio to a level, not a share
    if n.percent:
        return ["attainment", "percent"]
    if _rank_before(before) and n.is_int and not n.points:
        if n.out_of is None and n.next_words.startswith(_COUNTED_PARTS) and _RANKS_OF_BEFORE.search(before):
            return []  # rule ranks-of-parts: "Thứ hạng 3 trụ cột:", "xếp hạng 8 chỉ số chính": the parts counted
        if n.out_of is None or n.out_of in RANK_DENOMINATORS:
            return ["rank"]
        return []
    if n.is_int and not n.points and n.value <= 63 and (_BARE_MOVE_FROM.match(after) or _BARE_MOVE_TO.search(before)):
        if _UNITS_COUNTED.search(before):
            return []  # "số đơn vị được đánh giá giảm từ 63 xuống 34": the provinces counted, no places
        return ["rank"]  # "Bình Định (từ 9 xuống 35)", "giảm từ 11 xuống 27": a movement of places, both ends ranks
    if n.out_of in RANK_DENOMINATORS and n.is_int and not n.points and n.value <= n.out_of:
        return ["rank", "count"]
    if n.is_int and n.points and n.out_of not in (None, 1.0, 10.0, 100.0, 1000.0) and 1 < n.value <= n.out_of:
        # rule counted-points: "274/274 điểm" are service points counted, not a score ("612/1.000 điểm" is one)
        return ["count"]
    out = []
    if n.points or (not n.is_int and n.value <= 1) or (n.raw.startswith("0") and n.value < 1):
        out.append("score")
    if n.is_int and not n.points:
        out.append("count")
    return out


def _count_noun_ok(topic: Topic, n: Number, immediate: bool) -> bool:
    if not n.next_words:
        return not immediate or True
    return any(n.next_words.startswith(noun) or noun.startswith(n.next_words) for noun in topic.count_nouns)


def _share_of_other(n: Number, after: str, nouns: tuple[str, ...]) -> bool:
    """The percent is of one of ``nouns`` written right after it, also past "tổng số"/"số" ("chiếm 78% tổng số lượt khám
    BHYT": a share of visits, not of people)."""
    if any(n.next_words.startswith(x) for x in nouns):
        return True
    rest = _TOTAL_OF.match(after)
    return rest is not None and any(after.startswith(x, rest.end()) for x in nouns)


# the words after an attainment's value, up to the next value: the target's noun, then a contrast ("% chỉ tiêu, còn X")
_PARALLEL_ATTAINMENT = re.compile(
    r"^[\s%]*(?:chi tieu|ke hoach)\b[^;.\d]{0,30}?,\s*(?:con|trong khi)\b[^;.\d]{0,40}$"
)
_TOTAL_OF = re.compile(r"[\s%]*(?:(?:tren|trong)\s+)?(?:tong so|so)\s+")


# grammar (rule rate-beat-target): a target cue that says the value beat it ("vượt chỉ tiêu", "vượt kế hoạch")
_BEAT_AFTER = re.compile(r"vuot\b")


def choose_code(topic: Topic, reads: list[str], n: Number, before: str, after: str, immediate: bool) -> str | None:
    if n.percent and topic.not_of and _share_of_other(n, after, topic.not_of):
        return None  # a share of enterprises is not a share of people
    for reading in reads:
        ind = topic.code_for(reading)
        if ind is None:
            continue
        if reading == "attainment":
            cue = topic.attainment_cue
            plan_after = _PLAN_AFTER.match(after)
            # (a cue after the value with another value before its end is that value's: "đạt 72,6%, hoàn
            # thành 104,1% chỉ tiêu Bộ Công an giao", "đạt 82,4%, bằng 104,6% chỉ tiêu được giao": the rate)
            cue_after = cue.search(after[:35]) if cue else None
            # (nor one across a ";": "đạt 86,9%; so với chỉ tiêu được giao, tỉnh đạt 104,3%" opens the next clause)
            cue_after = cue_after if cue_after and not _DIGIT.search(after, 0, cue_after.end()) else None
            cue_after = cue_after if cue_after and ";" not in after[: cue_after.start()] else None
            if cue_after and n.value <= 100 and _BEAT_AFTER.match(after, cue_after.start()):
                # rule rate-beat-target: "... đạt 72,5%, vượt chỉ tiêu được giao": the rate reached beat its target
                # (an attainment is the share of the target reached: "đạt 104,1% chỉ tiêu", "đạt 108%, vượt kế hoạch")
                cue_after = None
            # (or set against an attainment just before it: "Phú Yên đạt 101,5% chỉ tiêu, còn Đắk Lắk (cũ) đạt 93,8%")
            parallel = cue is not None and _PARALLEL_ATTAINMENT.search(before) is not None
            if not plan_after and not parallel and not (cue and (cue.search(before[-70:]) or cue_after)):
                continue
        if reading == "percent" and topic.attainment_cue and _PLAN_AFTER.match(after):
            continue
        if reading == "count" and not _count_noun_ok(topic, n, immediate):
            continue
        return reading
    return None


def in_range(ind: Indicator, value: float, out_of: float | None) -> bool:
    if ind.unit == "rank":
        top = out_of or 63
        return 1 <= value <= top and float(value).is_integer()
    if ind.valid_min is not None and value < ind.valid_min:
        return False
    if ind.valid_max is not None and value > ind.valid_max:
        return False
    return True
