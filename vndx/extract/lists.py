"""Lists that pair values with their items: "lần lượt" / "tương ứng" (items before, values after;
provinces or indices or years), back-references to the previous sentence's items, "Tỉnh A (x%),
Tỉnh B (y%)", and ranges whose bounds are not values ("từ khoảng 0,4 đến gần 0,7", "65-70%")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from vndx.extract.catalog import Catalog, Topic, is_dti_part
from vndx.extract.cues import load_cues
from vndx.extract.numbers import Number, is_year
from vndx.extract.readings import PERCENT_UNIT, TIME_NOUNS, Binding, TopicHit, in_range, readings
from vndx.extract.scan import skipping
from vndx.extract.sentences import VALUE_SERIES, YEAR_SERIES
from vndx.extract.text import count_of
from vndx.extract.years import in_parens

_BARE_LIST_VERB = skipping(
    re.compile(
        r"\b(?:(?:xep|dung|giu|o)(?: o)? (?:cac )?(?:vi tri|thu hang)(?: thu)?"
        r"|xep hang(?: thu)?|xep thu|dung thu|dat)\b"
        # (or a colon between the names and their values, as infographics print them: "Thứ hạng các trụ cột CQS – KTS –
        # XHS của tỉnh: 24 – 39 – 21")
        r"|(?<=\w):(?=\s*\d)"
    )
)
_RANK_NOUN = re.compile(r"\b(?:thu hang|xep hang|cac vi tri)\b")
_VALUE_LIST = re.compile(r"\d\s*(?:,\s+|;\s*|\s+va\s+)(?:thu\s+)?\d")
_COLON_DASH_VALUES = skipping(re.compile(r"(?<=\w):\s*\d[\d.,]*\s[-\u2013]\s\d"))


@dataclass(frozen=True)
class NamedItem:
    """An item a sentence named without a value ("Cả ba trụ cột chính quyền số, kinh tế số và xã hội số đều
    tăng hạng."), for a list in the next sentence to point back to, like a list's bound items."""

    topic: Topic
    province: str | None = None
    indicator: None = None


# the words that set a place beside the one spoken of ("chỉ sau Hà Nội", "so với Đà Nẵng", "cao hơn Nghệ An", "vượt
# lên trên Cần Thơ"): a place after them is what is compared with (here, right before a list's place; in
# extractor._COMPARING, anywhere in the clause before the paragraph's place)
COMPARING_WORDS = (
    r"chi sau|ngay sau|dung sau|xep sau|kem|thua|so voi|(?:cao|thap|nhieu|it) hon|vuot(?: len)?(?: tren)?"
    r"|xep tren|dung tren"
)
_COMPARED = re.compile(rf"\b(?:{COMPARING_WORDS})\s+$")
_MERGED_INTO = re.compile(r"\b(?:hop nhat|sap nhap|nhap)\s+(?:vao|voi)\s+(?:(?:tinh|thanh pho|tp\.?)\s*)?$")


def _years_then_values(lower: str, pos: int, numbers: list[Number]) -> bool:
    """Two years or more stand between ``pos`` and the first value after it: the values are a series over those years
    ("Xếp hạng DTI (2021 – 2022 – 2023): 9 – 7 – 6", rule list-year), not one for each item named."""
    years = 0
    for n in numbers:
        if n.start < pos:
            continue
        if not is_year(n):
            break
        years += 1
    return years >= 2


def has_value_list(lower: str, start: int, end: int, hits: list[TopicHit] | None = None) -> bool:
    """Whether a sentence holds two values in a row ("18, 40 và 27"): worth pairing as a bare list. Values separated
    by dashes count after a colon with two names or more before it ("CQS – KTS – XHS của tỉnh: 24 – 39 – 21")."""
    if _VALUE_LIST.search(lower, start, end) is not None:
        return True
    colon = _COLON_DASH_VALUES.search(lower, start, end)
    return colon is not None and _names_before(hits or (), start, colon.start())


def _names_before(hits, start: int, colon: int) -> bool:
    """Two phrasings or more before a colon in its sentence: a list of names whose values the colon introduces."""
    return sum(start <= h.start < colon for h in hits) >= 2


# grammar: what may stand between the list word and its first value ("lần lượt là 22", "tương ứng: 22")
# (also with whose values they are between: "thứ hạng tương ứng của Bắc Giang là 3, 12 và 14")
# (a year between: "các thứ hạng tương ứng của năm 2023 là 13, 18 và 51", "(trong) năm 2022 là")
_LIST_COPULA = re.compile(r"\s*(?:(?:cua\s+[^,;:\d]{2,30}?\s+|(?:cua\s+|trong\s+)?nam\s+\d{4}\s+)?la|:)?\s*")
_POINTS_BACK = re.compile(r"tuong ung|\bnay\b")  # a list word that points back: "tương ứng", "này"
_RANK_AFTER_LIST = re.compile(r"\s*(?:co\s+)?(?:thu hang|vi tri)\b[^,;\d]{0,30}?\s(?:la|:)\s*")
# (a spaced dash too: "lần lượt đạt 0,6512 - 0,5108 - 0,6247", rule dash-list)
# (a hedge may stand before the next value: "tương ứng là 95% và gần 93%")
_LIST_SEP = re.compile(
    r"^\s*(?:[,;/]|(?<=\s)-(?=\s)|\bva\b|\bva\s+thu\b)\s*(?:(?:xep |dung )?thu\s+)?"
    r"(?:(?:gan|khoang|hon|tren|duoi|xap xi)\s+)?$"
)
# (after a colon that pairs names, infographics' dashes separate too: "CQS – KTS – XHS của tỉnh: 24 – 39 – 21")
_COLON_LIST_SEP = re.compile(_LIST_SEP.pattern.replace("(?<=\\s)-(?=\\s)", "(?<=\\s)[-\u2013](?=\\s)"))


# "lần lượt là 4.680 tổ và 4.120 tổ": the counted noun after each value, then the separator
_NOUN_SEP = re.compile(r"\s+([a-z]+(?: [a-z]+)?)\s*(?:[,;]|\bva\b)\s*")


# "hai tỉnh", "ba địa phương này", "các tỉnh trên": provinces named before, counted or pointed at
# values pointed back at before a list word ("các thứ hạng này lần lượt là ...")
# ("các thứ hạng tương ứng": the ranks that go with the items named before)
_POINTING_BACK = re.compile(r"\bcac (?:thu hang|vi tri|gia tri|ty le|ti le|con so|ket qua) (?:nay|tren|do|tuong ung)\b")
_PLACES_BACKREF = re.compile(
    r"\b(?:hai|ba|bon|nam|cac|nhung)\s+(?:tinh|dia phuong|thanh pho|tinh, thanh pho)(?:\s+(?:nay|tren|do))?\b"
)


# a clause that is only a measure's noun and "tương ứng" ("Giá trị chỉ số tương ứng", "Điểm số tương ứng là")
# nothing before a list's measure in its clause but the measure's noun ("Tỷ lệ hồ sơ thanh toán trực tuyến tương ứng")
_MEASURE_NOUN_ONLY = re.compile(r"[\s,]*(?:t[iy] le\s+)?")
_POINTS_AT_OWN_YEARS = re.compile(r"\W*(?:(?:cac\s+)?(?:gia tri|diem so|diem)(?:\s+chi so|\s+dti)?\s+)?tuong ung")
_JOIN_WORD = re.compile(r" va |, ")  # (between two measures' words; not "kinh tế số" inside "tỷ trọng kinh tế số")
# a clause set against the one before it ("..., trong khi ...", "..., còn ...", "..., nhưng ...")
_CONTRAST_JOINT = re.compile(rf"[,;]\s*(?:{load_cues().words['contrast_opens']})\s")
# a remark on the places a list gave values for, after them: ", cũng là hai địa phương ...", ", là những tỉnh ..."
_REMARK_ON_PLACES = re.compile(
    r",\s*(?:cung\s+|deu\s+)?la\s+(?:hai|ba|bon|nhung|cac)\s+(?:dia phuong|tinh|thanh pho)\b"
)


def _one_place_opens(mentions, at: int, provinces: list[str]) -> bool:
    """A clause at ``at`` opens on one of ``provinces`` by name ("riêng Yên Bái ...")."""
    return any(x.start == at and x.slug in provinces for x in mentions or [])


def _joined_measures(lower: str, hits, start: int, end: int) -> list[tuple[int, Topic]]:
    """The catalog measures whose phrasings lie in ``lower[start:end]``, by where their first keyword is written."""
    out: dict[int, tuple[int, Topic]] = {}
    for h in hits:
        if not (start <= h.start < h.end <= end) or not h.topic.codes or id(h.topic) in out:
            continue
        at = min((i for k in h.topic.keywords if (i := lower.find(k, h.start, h.end)) >= 0), default=h.start)
        out[id(h.topic)] = (at, h.topic)
    return sorted(out.values(), key=lambda x: x[0])


def _after_own_year(lower: str, start: int, end: int) -> str:
    """``lower[start:end]`` past a bracketed year right after a list's value ("41 (năm 2020), 30")."""
    own = _BRACKET_YEAR.match(lower, start, end)
    return lower[own.end() if own else start : end]


def _same_noun_between(lower: str, prev: Number, n: Number) -> bool:
    """The values of a list each followed by the same noun ("4.680 tổ và 4.120 tổ", "1.245 sản phẩm, 980
    sản phẩm và ..."): the noun is no break in the list."""
    m = _NOUN_SEP.fullmatch(lower, prev.end, n.start)
    return m is not None and lower.startswith(" " + m.group(1), n.end)


_CLAUSE_END = re.compile(r"\s*(?:[.,;]|$)")


def _postposed(lower: str, a: int, b: int, numbers: list[Number]) -> tuple[int, int, bool]:
    """Rule list-word-after: a list word after the values it pairs ("kinh tế số và xã hội số còn khiêm tốn với
    0,2650 và 0,2886 điểm tương ứng") reads as if it stood before the first of them: its span, else the list word's
    own (when a value follows it, or fewer than two values stand right before it)."""
    if not _CLAUSE_END.match(lower, b) or any(b <= n.start <= b + 45 and not is_year(n) for n in numbers):
        return a, b, False  # (the list word ends the clause: not "Các vị trí thứ 4 và thứ 5 lần lượt thuộc về ...")
    run: list[Number] = []
    for n in reversed([n for n in numbers if n.end <= a and not is_year(n)]):
        gap = lower[n.end : run[0].start] if run else lower[n.end : a]
        if (run and not _LIST_SEP.match(gap)) or (not run and gap.strip(" ,")):
            break
        run.insert(0, n)
    return (run[0].start, run[0].start, False) if len(run) >= 2 else (a, b, False)


def respectively_pairs(
    catalog: Catalog,
    lower: str,
    start: int,
    end: int,
    numbers: list[Number],
    hits: list[TopicHit],
    mentions,
    carry: Topic | None,
    prev_items: list[Binding | NamedItem] | None = None,
    prev_places: list[str] | None = None,
    cased: str | None = None,
) -> tuple[list[Binding], set[int]]:
    """ "Chính quyền số, Kinh tế số, Xã hội số lần lượt xếp thứ 10, 25 và 21";
    "Đà Nẵng, Hà Nội và Thừa Thiên Huế lần lượt dẫn đầu với 0,6831; 0,6459 và 0,6144 điểm":
    the n items before "lần lượt" take the n values after it, in order. Returns the bindings and the
    positions of every listed value (when the lists do not pair up, none of them is bound)."""
    out: list[Binding] = []
    listed: set[int] = set()
    explicit = [
        _postposed(lower, m.start(), m.end(), numbers) for m in load_cues().list_backref.finditer(lower, start, end)
    ]
    # rule bare-list: "CQS, KTS, XHS xếp thứ 18, 40 và 27" pairs in order like "lần lượt" when the
    # items and the values are as many (else nothing is refused: the sentence rules read them)
    implicit = [
        (m.start(), m.end(), True)
        for m in _BARE_LIST_VERB.finditer(lower, start, end)
        if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _ in explicit)
        # (a colon pairs only names listed before it in its sentence, not a series over years: "Xếp hạng DTI (2021 –
        # 2022 – 2023): 9 – 7 – 6" is rule list-year's)
        and (lower[m.start()] != ":" or _names_before(hits, start, m.start()))
        and not _years_then_values(lower, m.end(), numbers)
    ]
    if not explicit and positions_held(lower, start, end):
        # rule positions-held: "Các vị trí từ 7 đến 10 thuộc về Huế, Cần Thơ, Phú Thọ và Đồng Nai": positions counted
        # and held in order, with no list word (the holder's verb reads as one, rule positions-then-provinces)
        explicit = [(m.end(), m.end(), False) for m in _POSITIONS_HELD.finditer(lower, start, end)]
        if held_values := [n for n in numbers if n.start > explicit[0][1] and not is_year(n)]:
            # (each holder with its own bracket, "thuộc về Hải Phòng (thứ 4, 15,30%), Vĩnh Phúc (thứ 5, 14,82%)": no
            # list of the positions, the brackets are the holders' own)
            if lower.find("(", explicit[0][1], held_values[0].start) >= 0:
                explicit = []
    last_pairs: list[tuple[Topic, str | None]] = []  # the items of the list before, and where its values end
    last_unit = None  # how the list before read its values ("rank" ...)
    last_end = -1
    last_years: tuple[tuple[int, ...], Topic | None] = ((), None)  # the years of a list over years, and its measure
    for m_start, m_end, bare in sorted(explicit + implicit):
        vals: list[Number] = []
        asides: dict[int, Number] = {}  # a value's start -> the rank in brackets after it (rule bracketed-rank-in-list)
        item_of: dict[int, Topic] = {}  # a value's start -> the index named in brackets after it (rule items-bracketed)
        sep_from = -1  # where the gap before the next value starts (after a bracket's ")")
        for n in numbers:
            if n.start < m_end or is_year(n):
                continue
            if vals and (aside := _bracketed_rank(lower, vals[-1], n)) is not None:
                if vals[-1].start in asides:
                    break
                asides[vals[-1].start], sep_from = n, aside
                continue
            if vals and sep_from < vals[-1].end and (item := _bracketed_item(lower, hits, vals[-1], n.start)):
                item_of[vals[-1].start], sep_from = item
            if not vals:
                if n.start - m_end > 45:
                    break
            elif not (_COLON_LIST_SEP if lower[m_start] == ":" else _LIST_SEP).match(
                _after_own_year(lower, max(vals[-1].end, sep_from), n.start)
            ) and not _same_noun_between(lower, vals[-1], n):
                break
            elif vals[-1].is_int != n.is_int and "thu" in lower[vals[-1].end : n.start]:
                break  # "lần lượt là 0,4531; 0,3216 và 0,4405, xếp thứ 35, 48 và 38": the ranks are a second run
            vals.append(n)
        if len(vals) < 2:
            if not bare:
                got = _ranks_then_places(lower, start, m_start, m_end, end, numbers, hits, mentions, carry)
                got = got or _values_then_items(lower, start, m_start, m_end, end, numbers, hits)
                # (a value in the first holder's brackets is its own: "lần lượt thuộc về A (0,6801 điểm), B (0,6712)")
                if not got and (not vals or in_parens(lower, m_end, vals[0].start)):
                    got, bounds = _positions_then_places(
                        lower, start, m_start, m_end, end, numbers, hits, mentions, carry
                    )
                    listed.update(bounds)
                if not got:
                    got, bounds = _places_over_range(lower, start, m_start, m_end, end, numbers, hits, mentions, carry)
                    listed.update(bounds)
                out.extend(got)
                listed.update(b.number.start for b in got)
            continue
        if bare and any(v.start in listed for v in vals):
            continue
        if not bare:
            listed.update(v.start for v in vals)
        m = _Span(m_start, m_end)
        if all(v.is_int for v in vals) and load_cues().regional_after.match(lower[vals[-1].end : end]):
            continue  # "lần lượt xếp thứ nhất, nhì và ba khu vực": places within a region
        semi = lower.rfind(";", start, m.start())
        region = semi + 1 if semi >= 0 else start
        before = lower[max(region, vals[0].start - 45) : vals[0].start]
        reads = readings(vals[0], before, lower[vals[0].end : vals[0].end + 45])
        if (
            "rank" not in reads
            and all(v.is_int for v in vals)
            and _LIST_COPULA.fullmatch(lower, m.end(), vals[0].start)
            and _RANK_NOUN.search(lower, region, m.end())
        ):
            # "có thứ hạng tương ứng là 12, 18 và 16": the list word names the ranks itself; so does the clause
            # before it ("Thứ hạng của tỉnh ở ba trụ cột ... lần lượt là 28, 35 và 22", "với thứ hạng trên cả
            # nước lần lượt là 49, 53 và 58")
            reads = ["rank"]
        ints = all(v.is_int for v in vals)
        if "rank" not in reads and ints and _RANK_AFTER_LIST.fullmatch(lower, m.end(), vals[0].start):
            reads = ["rank"]  # "A, B và C lần lượt có thứ hạng DTI là 7, 12 và 19": the rank noun after the list word
        if "rank" not in reads and ints and _LIST_COPULA.fullmatch(lower, m.end(), vals[0].start):
            # rule rank-before-list: "xếp hạng lần lượt là 22 và 19", "có thứ hạng tương ứng là ...":
            # the rank verb stands before the list word, not before the first value
            ahead = readings(
                vals[0], lower[max(region, m.start() - 45) : m.start()], lower[vals[0].end : vals[0].end + 45]
            )
            reads = ahead if "rank" in ahead else reads
        if any(v.points for v in vals) and "score" not in reads and not any(v.is_int for v in vals):
            reads = ["score"]
        topics: list[Topic] = []
        starts: list[int] = []
        item_end = start
        # rule items-take-the-unit: a list of shares lists measures a share can be ("tỷ lệ hồ sơ trực tuyến, thanh toán
        # trực tuyến và số hóa kết quả giải quyết thủ tục lần lượt đạt 68%, 52% và 87%": "thủ tục", a count, is a word
        # inside the third item, not a fourth)
        shares = all(v.percent for v in vals)
        fitting = [h for h in hits if not shares or h.topic.name in _OTHER_INDICES or h.topic.code_for("percent")]
        for h in outermost(fitting):  # ("kinh tế số" inside "tỷ trọng kinh tế số trong GRDP": one item, not two)
            # (an index outside the catalog listed with the catalog's takes its place in the list and its value
            # with it: "các chỉ số ICT Index, PAR Index và SIPAS ... lần lượt xếp thứ 41, 38 và 22")
            # (each outside index is its own item, though one topic holds them all: "PCI, PAR Index, SIPAS và DTI";
            # not its abbreviation in brackets after its name: "Chỉ số hài lòng ... (SIPAS)")
            other = h.topic.name in _OTHER_INDICES
            if other and topics and topics[-1] is h.topic and not _ITEM_SEP.search(lower, item_end, h.start):
                continue
            if region <= h.start < h.end <= m.start() and (h.topic.codes or other) and (other or h.topic not in topics):
                topics.append(h.topic)
                starts.append(h.start)
                item_end = h.end
        if all(t.name in _OTHER_INDICES for t in topics):
            topics, starts = [], []  # (no list of the catalog's: the other index alone is not an item)
        framed_by_index = topics[:1] and topics[0].name == "dti" and all(is_dti_part(t) for t in topics[1:])
        if len(topics) == len(vals) + 1 and framed_by_index:
            # ("Xét riêng DTI, ba trụ cột chính quyền số, kinh tế số và xã hội số của tỉnh lần lượt xếp thứ 4, thứ 6 và
            # thứ 2": the index framing the list is no item of it, its parts are)
            topics, starts = topics[1:], starts[1:]
        if len(topics) != len(vals) and len(vals) > 1:
            # rule joined-measures: "tỷ lệ chi trả trợ cấp an sinh xã hội và lương hưu không dùng tiền mặt lần lượt đạt
            # 98,1% và 89,5%": measures joined in one noun phrase, the phrasings nested; in the order their own words
            # are written
            named = _joined_measures(lower, fitting, region, m.start())
            joined = all(
                a < b and _JOIN_WORD.search(lower, a, b) for (a, _), (b, _) in zip(named, named[1:], strict=False)
            )
            if len(named) == len(vals) and joined:
                topics, starts = [t for _, t in named], [at for at, _ in named]
        if len(topics) == len(vals) + 1:
            # rule edition-frame: "Ở DTI 2023, cả ba trụ cột chính quyền số, kinh tế số, xã hội số ... lần lượt ở
            # các vị trí 1, 4 và 3": an index named with its edition's year frames the list, it is no item
            framed = [i for i, x in enumerate(starts) if _with_edition(lower, x, _hit_end(hits, x))]
            if len(framed) == 1:
                del topics[framed[0]], starts[framed[0]]
        # rule items-after-own-value: "kinh tế số đứng thứ 9/63, chính quyền số và xã hội số lần lượt
        # xếp thứ 17 và 25": items named before a value of their own are no list items when others
        # follow that value; "A và B đồng xếp hạng 58, đạt lần lượt 0,19 và 0,20" keeps both
        # (not a count of time inside an item: "tỷ lệ người dân từ 14 tuổi trở lên có tài khoản định danh")
        own = [
            n.end
            for n in numbers
            if region <= n.start < m.start() and not is_year(n) and not n.next_words.startswith(TIME_NOUNS)
        ]
        if own and any(x >= own[-1] for x in starts):
            topics = [t for t, x in zip(topics, starts, strict=True) if x >= own[-1]]
            starts = [x for x in starts if x >= own[-1]]
        if len(topics) > len(vals) and (joints := list(_CONTRAST_JOINT.finditer(lower, region, m.start()))):
            # rule items-after-contrast: "Tỉnh dẫn đầu ở trụ cột chính quyền số, trong khi kinh tế số và xã hội số
            # lần lượt xếp thứ 4 và thứ 6": the items are those the contrasting clause names, when as many as the values
            kept = [(t, x) for t, x in zip(topics, starts, strict=True) if x >= joints[-1].end()]
            if len(kept) == len(vals):
                topics, starts = [t for t, _ in kept], [x for _, x in kept]
        if vals and vals[-1].start not in item_of and (item := _bracketed_item(lower, hits, vals[-1], end)):
            item_of[vals[-1].start] = item[0]
        if len(item_of) == len(vals) and len({id(t) for t in item_of.values()}) == len(vals):
            # rule items-bracketed: "các thứ hạng của tỉnh năm 2020 lần lượt là 27 (chính quyền số), 40 (kinh tế số) và
            # 22 (xã hội số)": each value names its item in brackets right after it
            topics = [item_of[v.start] for v in vals]
        if len(topics) != len(vals) and len(each := _items_each_valued(hits, numbers, start, m.start())) == len(vals):
            # rule items-each-valued: "chính quyền số đạt 0,6120 điểm; kinh tế số đạt 0,4738 điểm và xã hội số đạt
            # 0,5390 điểm, tương ứng xếp thứ 9, 18 và 12": the items the sentence gave a value each, across its ";"
            topics = each
        if len(topics) < 2:
            # rule items-after-values: "tỉnh lần lượt xếp thứ 29, 45 và 41 về chính quyền số, kinh tế số
            # và xã hội số": the items follow the values, after "về"
            named = _items_after(hits, lower, vals[-1].end, end)
            if len(named) == len(vals):
                topics = named
        in_region = [x for x in mentions or [] if region <= x.start < m.start()]
        # (not "the remaining ones": "...; hai trụ cột còn lại đứng thứ 27 và 16" are not those named before ";")
        # (one province in the clause is whose values they are, no list of provinces: "...; thứ hạng tương ứng của Bắc
        # Giang là 3, 12, 14, 25 và 7")
        if len(topics) < 2 and region > start and len(in_region) < 2 and lower.find("con lai", region, m.start()) < 0:
            # rule items-before-semicolon: "Chính quyền số xếp thứ 6, kinh tế số thứ 15 và xã hội số thứ 11; giá
            # trị tương ứng đạt 0,6850; 0,4923 và 0,5517": a list word whose clause names no items takes the
            # items of the clause before ";", when they are as many as its values
            before: list[Topic] = []
            # (the items a "gồm" introduces, not the index it breaks down: "Bộ chỉ số DTI cấp tỉnh có 5 chỉ số nền tảng
            # gồm nhận thức số, thể chế số, ...; thứ hạng tương ứng ... là 3, 12, ...")
            first_item = items_introduced(lower, start, region)
            for h in outermost(hits):
                item = h.topic.codes or h.topic.name in _OTHER_INDICES
                if first_item <= h.start < region and item and h.topic not in before:
                    before.append(h.topic)
            first = _FIRST_ITEMS.search(lower, region, m.start())
            k = first.group(1) if first else ""
            if first and count_of(k) == len(vals) <= len(before):
                # "...; năm 2018, hai chỉ số đầu tương ứng là 47 và 45": the first items of the clause before,
                # their values read as that list's were (its ranks: "lần lượt xếp thứ 41, 38 và 22")
                before = before[: len(vals)]
                if last_unit == "rank" and all(v.is_int for v in vals):
                    reads = ["rank"]
            # (rule own-item-kept: not when the clause names an item of its own that is none of those: "...; hoạt động
            # xã hội số của hai địa phương lần lượt đạt 0,3917 và 0,3645" measures the two places, not two items)
            own_item = len(topics) == 1 and topics[0] not in before
            if len(before) == len(vals) and not all(t.name in _OTHER_INDICES for t in before) and not own_item:
                topics = before
        if (
            not topics
            and len(vals) == 3
            and _THREE_PILLARS.search(lower, max(region, m.start() - 40), m.start())
            and not _POINTS_BACK.search(lower, m.start(), m.end())
            and sum(1 for x in mentions or [] if region <= x.start < m.start()) < 2
        ):
            # rule three-pillars-in-order: "ba trụ cột của tỉnh lần lượt xếp thứ 7, 15 và 12", the pillars counted and
            # not named: the DTI's three, in the order the index always gives them (not "tương ứng", which points back
            # at an order written before; nor a list of places: "Về các trụ cột, A, B và C lần lượt xếp thứ ...")
            topics = [catalog.topic(name) for name in _PILLARS]
        provinces: list[str] = []
        # rule self-in-list: "Theo sau là tỉnh ta, Long An và Vĩnh Long, lần lượt xếp thứ 12, 15 và 19": the
        # article's own province is an item when it is listed with the others
        named = [x for i, x in enumerate(in_region) if x.slug != "@self" or _listed_with(in_region, i, lower)]
        pointing = lower.endswith("nay", m.start(), m.end()) or _POINTING_BACK.search(lower, region, m.end())
        if not named and region > start and pointing:
            # "... gồm Cao Bằng, Kon Tum, Điện Biên và Hà Giang; các thứ hạng này là 60, 61, 62, 63": a pointing
            # list word after ";" points at the provinces of the clause before it (so does a pointing noun before
            # the list word: "...; năm 2024, các thứ hạng này lần lượt là 18, 29 và 26")
            named = [x for x in mentions or [] if start <= x.start < region and x.slug != "@self"]
        if not named and (at := _PLACES_AT.match(lower, m.end())):
            # rule places-after-list-word: "tỷ lệ tương ứng tại Lai Châu, Điện Biên và Cà Mau chỉ là 6,1%, 7,8% và
            # 9,3%": the provinces named in a row right after the list word, before the values, as many as they are
            after = places_after(lower, mentions, at.end(), len(vals))
            if len(after) == len(vals) and after[0].start == at.end() and after[-1].end <= vals[0].start:
                named = after
        if not named and (at := _PLACES_AT.match(lower, vals[-1].end)):
            # rule places-after-values: "tỷ lệ này lần lượt đạt 52,3%, 55,8% và 57,1% tại Hà Giang, Lai Châu và Điện
            # Biên": the provinces named in a row right after the values, as many as they are
            after = places_after(lower, mentions, at.end(), len(vals))
            if len(after) == len(vals) and after[0].start == at.end():
                named = after
        for x in named:
            if x.slug not in provinces:
                provinces.append(x.slug)
        k = len(vals)
        if len(provinces) > k and not _PLACES_BACKREF.search(lower, named[-1].end, m.start()):
            # rule list-compared-out: "Đồng Tháp và Tiền Giang vượt lên trên Cần Thơ với thứ hạng tương ứng là 21 và
            # 24": a province named as what the items passed or trail is no item (unless the list points at those:
            # "Lạng Sơn đứng trên Cao Bằng và Bắc Kạn, hai tỉnh năm 2020 lần lượt xếp thứ 58 và 61")
            # (nor the one the items merged into: "Bình Dương và Bà Rịa - Vũng Tàu, hai địa phương nay đã hợp nhất vào
            # TP. Hồ Chí Minh, đạt lần lượt 20,1% và 12,6%")
            compared = {
                id(x)
                for x in named
                if _COMPARED.search(lower, max(0, x.start - 16), x.start)
                or _MERGED_INTO.search(lower, max(0, x.start - 30), x.start)
            }
            kept = list(dict.fromkeys(x.slug for x in named if id(x) not in compared))
            if len(kept) == k:
                provinces = kept
        tail = named[-k:]  # (the last places named before the list word, as many as its values)
        if (
            len(provinces) == k == len({x.slug for x in tail}) == len(tail)
            and provinces != [x.slug for x in tail]
            and all(_PLACE_JOIN.match(lower[a.end : b.start]) for a, b in zip(tail, tail[1:], strict=False))
        ):
            # rule list-in-its-order: the provinces listed in a row before the list word, in their order, when the
            # sentence named them before in another ("Sau khi hợp nhất với Hà Nam và Nam Định, tỉnh mới xếp thứ 8/34;
            # ba tỉnh cũ Ninh Bình, Hà Nam, Nam Định lần lượt đứng thứ 21, 37 và 29")
            provinces = [x.slug for x in tail]
        if len(provinces) > k == len({x.slug for x in named[-k:]}) and not _PLACE_JOIN.match(
            lower[named[-k - 1].end : named[-k].start]
        ):
            # rule list-own-clause: "Theo sau Đà Nẵng trong bảng xếp hạng, Thừa Thiên Huế và Quảng Ninh lần
            # lượt xếp thứ 2 và thứ 3": the list is the provinces that open the list's own clause
            provinces = [x.slug for x in named[-k:]]
        places_before = False
        # (also a clause that names no measure but points at the provinces: "Nhóm cuối vùng gồm Lai Châu, Điện Biên và
        # Cao Bằng; năm 2023, ba tỉnh này tương ứng xếp thứ 52, 57 và 61": the measure is the sentence's or the carried)
        backref = not topics and _PLACES_BACKREF.search(lower, region, vals[0].start) is not None
        if not provinces and region > start and (len(topics) == 1 or backref):
            # rule places-before-semicolon: "... của Quảng Bình đạt 62,3%, của Quảng Trị đạt 58,1%; tỷ lệ thanh
            # toán trực tuyến lần lượt là 45,6% và 39,8%": a list that names its measure and no places takes
            # the provinces of the clause before ";", when they are as many as its values
            earlier: list[str] = []
            for x in mentions or []:
                if start <= x.start < region and x.slug != "@self" and x.slug not in earlier:
                    earlier.append(x.slug)
            if _PLACES_BACKREF.search(lower, region, vals[0].start):
                # "Tỉnh Ninh Bình mới, hợp nhất Hà Nam, Nam Định và Ninh Bình, xếp thứ 10/34; trước đó, ba tỉnh này
                # lần lượt đứng thứ 18, 24 và 29": provinces counted back are the last ones named, in their order
                last = [x.slug for x in mentions or [] if start <= x.start < region and x.slug != "@self"]
                if len(set(last[-len(vals) :])) == len(vals):
                    earlier = last[-len(vals) :]
            if len(earlier) == len(vals):
                provinces, places_before = earlier, True
        # (not the places of an index the catalog does not hold: "Các chỉ số quản trị khác của hai tỉnh cũ ...: SIPAS
        # 2024 lần lượt xếp thứ 27 và 50" ranks SIPAS)
        other_index = any(region <= h.start < vals[0].start and not h.topic.codes for h in hits)
        if (
            not provinces
            and not other_index
            and prev_places
            and len(prev_places) == len(vals)
            and (
                _PLACES_BACKREF.search(lower, region, vals[0].start)
                # "Lào Cai, Bắc Giang và Phú Thọ theo sau. Các thứ hạng này là 13, 14 và 22": a pointing list
                # word that names ranks, after a sentence that named only the places
                or (lower.endswith("nay", m.start(), m.end()) and _RANK_NOUN.search(lower, m.start(), m.end()))
                # ("Vĩnh Phúc xếp thứ 11, Phú Thọ thứ 23 và Hòa Bình thứ 47. Các thứ hạng tương ứng của năm 2023 là 13,
                # 18 và 51": the ranks that go with the places named before)
                or _POINTING_BACK.search(lower, region, m.end())
            )
        ):
            # rule places-backref: "... Bắc Ninh (cũ) xếp thứ 8/63, còn Bắc Giang (cũ) xếp thứ 11/63. Năm 2022,
            # hai tỉnh lần lượt xếp thứ 12 và 21" (or after the list word: "Giá trị DTI tương ứng của các địa
            # phương này là ..."): the provinces the previous sentence named, in order
            provinces = list(prev_places)
        if (
            not provinces
            and prev_places
            and len(prev_places) > len(vals)
            and (back := _PLACES_BACKREF.search(lower, region, vals[0].start))
            and count_of(back.group().split()[0]) == len(vals)
        ):
            # (counted, they are the last ones named: "Theo sau Cần Thơ là Vĩnh Long và Long An. Năm 2023, hai tỉnh
            # này lần lượt xếp thứ 14 và 16")
            provinces = list(prev_places[-len(vals) :])
        pairs: list[tuple[Topic, str | None]] = []
        list_years = [y for y in numbers if is_year(y) and region <= y.start < m.start()]
        if len(list_years) > len(vals) >= 2 and all(
            _YEAR_JOIN.fullmatch(lower, a.end, b.start) for a, b in pairwise(list_years[-len(vals) :])
        ):
            # rule year-run: the list's years are the run of them joined right before the list word, not a year of
            # the clause before ("Theo kết quả DTI năm 2023 ..., DTI của tỉnh năm 2023 và năm 2022 tương ứng xếp thứ
            # 16 và 21"), in the order written
            list_years = list_years[-len(vals) :]
        if not list_years:  # "lần lượt qua các năm 2021, 2022, 2023 là 45, 38 và 30"
            list_years = [y for y in numbers if is_year(y) and m.end() <= y.start < vals[0].start]
        if len(list_years) != len(vals) and _YEARS_AFTER.match(lower, vals[-1].end):
            # "có thứ hạng lần lượt là 15, 12, 10 và 11 trong các năm 2020, 2021, 2022 và 2023": the years follow (also
            # after a year of the clause's own before them: "từ vị trí 41/63 năm 2020, Thanh Hóa lần lượt xếp thứ 35,
            # 22 và 16 trong các năm 2021, 2022 và 2023")
            after_years = [y for y in numbers if is_year(y) and vals[-1].end < y.start <= vals[-1].end + 80]
            list_years = after_years if not list_years or len(after_years) == len(vals) else list_years
        years_of = [int(y.value) for y in list_years]
        if len(set(years_of)) < len(years_of):
            # (one year written twice is no series: "tỷ trọng ... năm 2021 của tỉnh đạt 8,2%, trong khi Bình Dương và
            # Đồng Nai năm 2021 lần lượt đạt 13,5% và 10,1%" pairs the places)
            list_years, years_of = [], []
        if not list_years:
            own = [_BRACKET_YEAR.match(lower, v.end) for v in vals]
            years_of = [int(b.group(1)) for b in own if b] if all(own) else []
        if (
            len(list_years) == 2
            and years_of[1] - years_of[0] + 1 == len(vals) > 2
            and _YEAR_SPAN.fullmatch(lower, list_years[0].end, list_years[1].start)
        ):
            # "Cùng giai đoạn 2016-2018, tỉnh lần lượt xếp ở các vị trí 45, 41 và 38": a span's years, one a value
            years_of = list(range(years_of[0], years_of[1] + 1))
        if not years_of and (nxt := _NEXT_YEARS.search(lower, region, m.start())):
            # rule years-counted-on: "... vươn lên thứ 2 ở kỳ đánh giá năm 2021; hai năm tiếp theo, thứ hạng lần lượt
            # là 5 và 8": as many years as values, counted on from the last year written before them in the sentence,
            # else in its paragraph ("Năm 2016, tỉnh xếp thứ 40; năm 2017 tăng 5 bậc. Hai năm tiếp theo, ...")
            k = nxt.group(1)
            before_years = [int(y.value) for y in numbers if is_year(y) and start <= y.start < nxt.start()]
            if not before_years:
                para = lower.rfind("\n", 0, start) + 1
                before_years = [int(y) for y in _YEAR_WRITTEN.findall(lower, para, start)]
            if before_years and count_of(k) == len(vals):
                first = before_years[-1] + 1
                years_of = list(range(first, first + len(vals)))
        if not years_of and _YEARS_POINTED.search(lower, region, m.start()):
            # rule years-pointed-back: "... trong khi các kỳ từ 2020 đến 2023 xếp trên 63 tỉnh, thành phố. Ở các kỳ này,
            # Lạng Sơn lần lượt xếp thứ 53, 47, 36 và 31": a list with no years of its own that points back at editions
            # or years ("các kỳ này", "những năm đó") has the years of the sentence before, when as many as its values
            years_of = _years_of_sentence_before(lower, start, len(vals))
        if not years_of and (firsts := _FIRST_EDITIONS.search(lower, region, m.start())):
            # rule first-editions: "sang hai kỳ đánh giá DTI đầu tiên, tỉnh lần lượt xếp thứ 32 và 28": the DTI's
            # first editions, from its first year (2020), as many as the values
            k = firsts.group(1)
            if count_of(k) == len(vals):
                years_of = list(range(DTI_FIRST_EDITION, DTI_FIRST_EDITION + len(vals)))
        inherited = None  # the measure of the year list the years are taken from (rule years-backref)
        if not years_of and not bare and len(provinces) <= 1 and len(topics) <= 1:
            back = last_years if last_years[0] else _year_list_of(prev_items)
            # (or by "tương ứng" after a measure of its own and no place: "Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 56,2%,
            # 11 tháng năm 2024 nâng lên 71,4%. Tỷ lệ hồ sơ thanh toán trực tuyến tương ứng là 24,8% và 39,1%")
            # (the clause opens on the measure: not "Ở hai huyện A và B, tỷ lệ ... tương ứng là", the units' values)
            measure_then_list = (
                len(topics) == 1
                and len(starts) == 1
                and lower.startswith("tuong ung", m.start())
                and _MEASURE_NOUN_ONLY.fullmatch(lower, region, starts[0]) is not None
            )
            if (
                not last_years[0]
                and own_years(prev_items)
                and not _POINTS_AT_OWN_YEARS.fullmatch(lower, region, m.end())
                and not measure_then_list
            ):
                # (the values of a sentence's own years, rule own-years-backref, are pointed at only by "tương ứng"
                # with no subject of its own: "Giá trị chỉ số tương ứng là ..."; not "Bộ Công an và Bộ Y tế lần lượt")
                back = ((), None)
            # (a measure written here; not the one carried into the sentence, a hit of no width at its start)
            named_here = any(
                region <= h.start < m.start() and h.end > h.start
                for h in hits
                if h.topic.codes or h.topic.name in _OTHER_INDICES or h.topic.name in _OWN_MEASURES
            )
            if len(back[0]) == len(vals) and (topics or not named_here):
                # rule years-backref: "các năm 2020, 2021, 2022 và 2023 lần lượt xếp thứ 38, 29, 19 và 14; giá trị
                # tương ứng là 0,2985; 0,4102; 0,5437 và 0,6236", "... Trụ cột xã hội số cũng có bước tiến, với các
                # thứ hạng tương ứng là 9, 6 và 5": a list with no years, places or items of its own after a list
                # over years (in its sentence, else the sentence before) has the same years, in order; the same
                # measure too, unless it names its own ("Tỉnh Gia Lai (cũ) ..., với các thứ hạng tương ứng là 46, 38
                # và 35" after Bình Định's list: one province named is whose values they are)
                years_of, inherited = list(back[0]), back[1]
        # "Năm 2021, 2022 và 2023, tỉnh lần lượt xếp thứ 45, 38 và 30 về DTI": the index after the values
        after = [h.topic for h in hits if h.topic.codes and vals[-1].end <= h.start <= vals[-1].end + 20]
        year_topic = topics[0] if topics else (after[0] if after else inherited or carry)
        if year_topic is None and region > start:
            # "Chỉ số CCHC năm 2019 của Đồng Tháp xếp thứ 5/63; các năm 2017, 2018, tỉnh lần lượt xếp hạng 4 và 3":
            # the one index of the clause before ";"
            earlier = {id(h.topic): h.topic for h in outermost(hits) if h.topic.codes and start <= h.start < region}
            year_topic = next(iter(earlier.values())) if len(earlier) == 1 else None
        # rule second-list-word: "A, B và C lần lượt đạt 0,56; 0,44 và 0,58, tương ứng xếp thứ 35, 50 và 39": a
        # list word right after a list's values pairs its values with the same items
        same_count = len(last_pairs) == len(vals)
        bare_second = same_count and bool(_BARE_SECOND_LIST.fullmatch(lower, last_end, vals[0].start))
        again = bare_second or (same_count and bool(_NEXT_LIST_GAP.fullmatch(lower, last_end, m.start())))
        if len(topics) == 2 and len(years_of) == len(vals) and topics[0].name == "dti" and is_dti_part(topics[1]):
            # "Qua ba kỳ đánh giá DTI (2021, 2022 và 2023), chỉ số nhân lực số của tỉnh lần lượt xếp thứ 46, 35 và 21":
            # the index names the editions, its part is what the years' values measure
            topics = [topics[1]]
            year_topic = topics[0]
        if len(topics) <= 1 and len(years_of) == len(vals) and year_topic and not again:
            # rule year-list: "DTI qua các năm 2021, 2022, 2023 lần lượt là 33, 25 và 19"
            topic = year_topic
            whole = all(v.is_int and not v.percent for v in vals)
            reading = "rank" if whole and topic.code_for("rank") else ("score" if not whole else None)
            if whole and topic.code_for("count") and not (
                reading and all(in_range(topic.codes[reading], v.value, None) for v in vals)
            ):
                # "số giao dịch ... năm 2021 và năm 2022 lần lượt là 12.640 và 21.315": a count's years, where the
                # numbers can be no rank
                reading = "count"
            if all(v.percent for v in vals):
                reading = "percent"  # "tỷ lệ hồ sơ trực tuyến trong các năm 2020, 2021 và 2022 lần lượt là 18,6%, ..."
            if reading and topic.code_for(reading) and all(in_range(topic.codes[reading], v.value, None) for v in vals):
                for y, v in zip(years_of, vals, strict=True):
                    out.append(
                        Binding(topic.codes[reading], v, v.value, None, None, region, topic, listed=True, period=y)
                    )
                last_years = (tuple(years_of), topic)
                continue
        if again:
            pairs = list(last_pairs)
            if bare_second and (last_unit != "rank" or all(v.is_int for v in vals)):
                # (the values of a bare second list read as the list before's did: its "là" says nothing of them)
                reads = [last_unit]
        elif (
            len(last_pairs) == len(vals)
            and topics in ([], [t for t, _ in last_pairs])  # (none named, or the ones before ";" taken again)
            and (other := _one_place_after(lower, mentions, m, vals[0]))
        ):
            # rule same-items-elsewhere: "ba trụ cột của A lần lượt xếp thứ 7, 15 và 12; các con số tương ứng của B là
            # 10, 4 và 8": the list before's items, in its order, for the one province named after the list word
            pairs = [(topic, other) for topic, _ in last_pairs]
            if last_unit != "rank" or all(v.is_int for v in vals):
                reads = [last_unit]  # (the values read as the list before's were: "các con số tương ứng" names none)
        elif (
            not topics
            and len(provinces) != len(vals)
            and not own_years(prev_items)  # (those are pointed at as years only: rule own-years-backref)
            and (pointed := _first_of(prev_items, lower, region, m.end(), len(vals)))
            and len(pointed) == len(vals)
            and not _UNIT_OWNER.search(lower, region, vals[0].start)
            # (not a share named in its own words: "tỷ lệ thu viện phí qua mã QR lần lượt đạt ..."; searched up to the
            # list word's end, so that "các tỷ lệ tương ứng" reads as pointing back)
            and not any(x.start() < m.start() for x in NEW_MEASURE.finditer(lower, region, m.end()))
            # (nor a measure of its own the catalog leaves out: "Trong cùng ba năm, tốc độ tăng GRDP ... lần lượt là")
            and not any(h.topic.name in _OWN_MEASURES and region <= h.start < m.start() for h in hits)
            # (rule list-own-subjects: nor a list whose clause names its own subjects, agencies by name: "Ở khối bộ,
            # ngành, ...; Bộ Công an và Bộ Tư pháp lần lượt xếp thứ hai, thứ ba" are not the provinces listed before)
            and not (cased is not None and load_cues().scope_named.search(cased, region, m.start()))
        ):
            # rule list-backref: "các thứ hạng này là 20, 33 và 15" names the previous list's items
            if pointed[0].province:
                # "... Cần Thơ, Long An và Vĩnh Long tương ứng 0,52; 0,51 và 0,50. Ba địa phương này đứng ở
                # các vị trí 14, 19 và 24": the same provinces, the values read for what they are
                pairs = [(b.topic, b.province) for b in pointed]
            else:
                pairs = [(b.topic, None) for b in pointed]
                # (items named without values: the values say what they are; "Các thứ hạng tương ứng là 9, 20 và 15"
                # after the pillars' scores: the list word says they are ranks)
                ranks_named = bool(_RANK_NOUN.search(lower, max(region, m.start() - 20), m.end()))
                if ranks_named:
                    # (whatever stands between: "các thứ hạng tương ứng của Thừa Thiên Huế là 2, 5 và 12")
                    reads = ["rank"]
                elif pointed[0].indicator is not None:
                    unit = pointed[0].indicator.unit
                    # (not ranks read into decimals: "... xếp thứ 8, 20 và 14. Giá trị tương ứng là 0,6402; 0,4877
                    # và 0,5630" are the same items' scores, when the clause names nothing but their values)
                    decimals_back = not any(v.is_int for v in vals) and _SCORES_BACK.fullmatch(lower, region, m.start())
                    if unit != "rank" or not decimals_back:
                        reads = {"rank": ["rank"], "score": ["score"], "percent": ["percent"]}.get(unit, reads)
        elif (
            len(topics) == 1
            and not provinces
            and _POINTS_BACK.search(lower, m.start(), m.end())
            and not any(region <= x.start < m.start() for x in mentions or [])
            and prev_items
            and len(prev_items) == len(vals)
            and len({b.province for b in prev_items if b.province}) == len(vals)
        ):
            # rule list-backref-measure: "A, B và C lần lượt đứng ở các vị trí 27, 31 và 22. Với PAR Index 2022,
            # các thứ hạng tương ứng là 9, 17 và 14": the previous list's provinces, in order, with the measure
            # this sentence names
            pairs = [(topics[0], b.province) for b in prev_items]
        elif len(topics) == len(vals):
            pairs = [(t, None) for t in topics]
        elif len(provinces) == len(vals):
            # (an index named after the values counts up to the list's ";": "lần lượt đạt 81%, 76% và 70%;
            # toàn vùng có 3.460 Tổ công nghệ số" names the next clause's measure, not the list's)
            semi_after = lower.find(";", vals[-1].end, end)
            limit = semi_after if semi_after >= 0 else end
            # (nor the measure of a clause set against the list's: "lương hưu ... lần lượt đạt 71,6% và 65,3%, còn chi
            # trả trợ cấp ... lần lượt đạt ...")
            # (a measure after the contrast that heads values of its own; not a frame at the sentence's end: "A và B lần
            # lượt xếp thứ 7 và 11, còn C xếp thứ 48 trong DTI 2020")
            contrast = _CONTRAST_JOINT.search(lower, vals[-1].end, limit)
            # (nor what a remark on the places after the values names: "hạ tầng số của Quảng Ninh và Đà Nẵng tương ứng
            # xếp thứ 2 và 1, cũng là hai địa phương dẫn đầu về ATTTM")
            remark = _REMARK_ON_PLACES.search(lower, vals[-1].end, limit)
            if remark is not None:
                limit = remark.start()
            if contrast is not None:
                heads = [h for h in hits if h.start > contrast.start() and h.start < limit]
                later = [x for x in numbers if not is_year(x) and contrast.end() <= x.start < limit]
                # (nor what a remark on one of the places names, a clause set against the list's without a value of
                # its own: "... lần lượt đạt 0,56 và 0,54, riêng B được đánh giá là điểm sáng về chính quyền số")
                remark_on_one = not later and _one_place_opens(mentions, contrast.end(), provinces)
                if remark_on_one or any(x.start >= h.end for h in heads for x in later):
                    limit = contrast.start()
            # (of several measures before the list, the nearest: "Về kinh tế số, tỷ trọng kinh tế số trong GRDP
            # của A, B và C lần lượt đạt ...": the frame's pillar is not what the provinces' values measure)
            after_list = (
                h.topic
                for h in outermost(hits)
                if h.topic.codes and not (region <= h.start < m.start()) and h.start < limit
            )
            topic = (
                topics[0] if places_before and topics else next(after_list, None) or (topics[-1] if topics else carry)
            )
            if topic is None:
                continue
            pairs = [(topic, p) for p in provinces]
        else:
            continue
        chosen = []
        skipped = 0  # the values of other indices' places in the list (never a catalog fact)
        for (topic, prov), n in zip(pairs, vals, strict=True):
            if topic.name in _OTHER_INDICES:
                skipped += 1
                continue
            # (an attainment only with its cue before a value or after the list: "lần lượt đạt 71,4%, 68,9%" of
            # the accounts is a share; "lần lượt đạt 101,3%, 98,2% chỉ tiêu được giao" is an attainment)
            cue = topic.attainment_cue
            tail = lower[vals[-1].end : vals[-1].end + 45]
            attained = cue is not None and bool(
                cue.search(lower, max(region, n.start - 70), n.start) or cue.search(tail) or _OF_TARGET.match(tail)
            )
            usable = [r for r in reads if r != "change" and (r != "attainment" or attained)]
            reading = next((r for r in usable if topic.code_for(r) is not None), None)
            if reading is None:
                break
            ind = topic.codes[reading]
            value, out_of = n.value, n.out_of
            if reading == "percent" and out_of is not None:
                break
            if reading == "score" and (value > 1 or (n.is_int and not n.points)):
                break
            if reading == "rank" and not n.is_int:
                break
            if not in_range(ind, value, out_of):
                break
            chosen.append(Binding(ind, n, value, out_of, None, region, topic, province=prov, listed=True))
        if chosen and len(chosen) + skipped == len(vals):
            out.extend(chosen)
            listed.update(v.start for v in vals)
            for b in chosen:
                aside = asides.get(b.number.start)
                rank = b.topic.codes.get("rank") if aside is not None and b.indicator.unit != "rank" else None
                if rank is not None and in_range(rank, aside.value, aside.out_of):
                    # rule bracketed-rank-in-list: "Bạc Liêu và Sóc Trăng, tương ứng đạt 0,4977 (thứ 61/63) và 0,5014
                    # (thứ 58/63)": each item's rank in brackets after its value
                    out.append(replace(b, indicator=rank, number=aside, value=aside.value, out_of=aside.out_of))
                    listed.add(aside.start)
            last_pairs, last_end, last_unit = pairs, vals[-1].end, chosen[0].indicator.unit
            if any(prov for _, prov in pairs):
                second = _second_run(lower, numbers, vals[-1].end, end, len(vals))
                for (topic, prov), n in zip(pairs, second, strict=False):
                    # rule second-list: "A, B và C lần lượt xếp thứ nhất, nhì, ba với giá trị 0,71; 0,69 và
                    # 0,68" (or "với tỷ trọng 19,7% và 17,2%"): the same items take the second run of values
                    ind = topic.codes.get("percent" if n.percent else "score")
                    if ind is None or (n.value > 1 and not n.percent) or not in_range(ind, n.value, None):
                        break
                    out.append(Binding(ind, n, n.value, None, None, region, topic, province=prov, listed=True))
                    listed.add(n.start)
            year, earlier = _compared_run(lower, numbers, vals[-1].end, end, len(vals))
            # (each compared value with its item's binding, in the list's order; an item of an index outside the
            # catalog has none, and its compared value is skipped with it)
            bound_at = {b.number.start: b for b in chosen}
            compared = [(bound_at[v.start], n) for v, n in zip(vals, earlier, strict=False) if v.start in bound_at]
            if compared and all(_same_form(b, n) and in_range(b.indicator, n.value, n.out_of) for b, n in compared):
                # rule compared-run: "A, B và C lần lượt xếp thứ 8, 11 và 19, so với các vị trí 24, 15 và 33 của năm
                # 2022", "... đạt 0,52; 0,48 và 0,45 (năm 2022 lần lượt là 0,47; 0,44 và 0,40)": the items' values
                # of the year compared with, in the same order
                for b, n in compared:
                    out.append(replace(b, number=n, value=n.value, out_of=n.out_of, period=year))
                listed.update(n.start for n in earlier)
    return out, listed


_YEAR_JOIN = re.compile(r"\s*(?:,|;|va|,\s*va)\s*(?:nam\s+)?")


def _first_of(items, lower: str, start: int, end: int, k: int):
    """``items``, or their first ``k`` when the list word counts them so ("Năm 2023, hai tỷ lệ đầu tương ứng là 61,02%
    và 35,7%" after a list of three rates)."""
    if items and len(items) > k and (first := _FIRST_ITEMS.search(lower, start, end)) and count_of(first.group(1)) == k:
        return items[:k]
    return items


def own_years(items) -> bool:
    """``items`` are one measure's values, each of its own year, not a list's (rule own-years-backref)."""
    return bool(items) and all(isinstance(b, Binding) and not b.listed and b.period is not None for b in items)


def _year_list_of(items) -> tuple[tuple[int, ...], Topic | None]:
    """The years of the previous sentence's list when it was a list over years of one measure, and the measure."""
    if not items or not all(isinstance(b, Binding) and b.period is not None and b.province is None for b in items):
        return (), None
    if len({id(b.topic) for b in items}) != 1 or len({b.period for b in items}) != len(items):
        return (), None
    return tuple(b.period for b in items), items[0].topic


# grammar: a run of values compared with a list's, and its year: ", so với (các vị trí) 24, 15 và 33 (của) năm 2022"
# or "(năm 2022 lần lượt là 24, 15 và 33)"
_COMPARED_LEAD = re.compile(
    r"\s*,?\s*so voi\s+(?:(?:cac\s+)?(?:vi tri|muc|thu hang|hang|gia tri)\s+(?:thu\s+)?(?:lan luot\s+)?(?:la\s+)?)?"
)
_COMPARED_YEAR_AFTER = re.compile(r"\s*(?:cua\s+|trong\s+|vao\s+)?(?:nam\s+)?((?:19|20)\d\d)\b")
_BRACKET_YEAR_LEAD = re.compile(r"\s*\(\s*(?:nam\s+)?((?:19|20)\d\d)\s*,?\s*(?:lan luot\s+)?(?:la\s+|:\s*)?")
_BRACKET_END = re.compile(r"\s*\)")
_YEAR_CLAUSE_LEAD = re.compile(
    r"\s*[,;]\s*(?:trong khi|con|khi do)\s+(?:nam\s+)?((?:19|20)\d\d)\s+(?:chi\s+)?(?:lan luot\s+|tuong ung\s+)?"
    r"(?:la|dat|o muc)\s+"
)


def _compared_run(lower: str, numbers: list[Number], pos: int, end: int, count: int) -> tuple[int | None, list]:
    """(year, ``count`` values in a row) compared with a list's values that end at ``pos``: after "so với" with the
    year right after them, or in brackets that open with the year; else (None, [])."""
    lead = _COMPARED_LEAD.match(lower, pos, end)
    bracket = None if lead is not None else _BRACKET_YEAR_LEAD.match(lower, pos, end)
    # (or a clause set against it that opens with its year: "tương ứng đạt 41,7% và 23,5%, trong khi năm 2020 chỉ là
    # 33,2% và 15,8%")
    year_lead = None if lead or bracket else _YEAR_CLAUSE_LEAD.match(lower, pos, end)
    opened = lead or bracket or year_lead
    if opened is None:
        return None, []
    run: list[Number] = []
    for n in numbers:
        if n.start < opened.end():
            continue
        if not run and n.start != opened.end():
            return None, []
        if run and not _LIST_SEP.match(lower[run[-1].end : n.start]):
            break
        run.append(n)
    if len(run) != count:
        return None, []
    if bracket is not None:
        return (int(bracket.group(1)), run) if _BRACKET_END.match(lower, run[-1].end, end) else (None, [])
    if year_lead is not None:
        return int(year_lead.group(1)), run
    year = _COMPARED_YEAR_AFTER.match(lower, run[-1].end, end)
    return (int(year.group(1)), run) if year else (None, [])


def _same_form(b: Binding, n: Number) -> bool:
    """``n`` is written as ``b``'s value is (a whole rank, a score with decimals, a percent)."""
    unit = b.indicator.unit
    if unit == "rank":
        return n.is_int and not n.percent
    if unit == "percent":
        return n.percent
    return not n.percent and not (unit == "score" and n.is_int)


# a rank in brackets right after a list's value ("0,4977 (thứ 61/63)", "(xếp thứ 5)", "(hạng 12)")
_BRACKET_RANK_GAP = re.compile(r"\s*(?:diem\s*)?\(\s*(?:xep\s+|dung\s+)?(?:thu|hang|vi tri|vi tri thu)\s+")
_BRACKET_CLOSE = re.compile(r"\s*(?:/\s*\d+\s*)?(?:ca nuoc\s*)?\)")


# a bracket right after a value that holds only an index's name ("27 (chính quyền số), 40 (kinh tế số)")
_ITEM_BRACKET = re.compile(r"\s*\(([^()\d]{2,40})\)")


def _bracketed_item(lower: str, hits, value: Number, limit: int) -> tuple[Topic, int] | None:
    """The catalog index named alone in the brackets right after ``value`` (before ``limit``), and where they close."""
    m = _ITEM_BRACKET.match(lower, value.end, limit)
    if m is None:
        return None
    inside = [h for h in outermost(hits) if m.start(1) <= h.start and h.end <= m.end(1)]
    if len(inside) != 1 or not inside[0].topic.codes:
        return None
    # (the name alone, or after the kind of index it is: "(trụ cột kinh tế số)"; not a remark that names it)
    words = lower[m.start(1) : m.end(1)].strip()
    if words.removesuffix(lower[inside[0].start : inside[0].end]) not in ("", "tru cot ", "chi so "):
        return None
    return inside[0].topic, m.end()


def _bracketed_rank(lower: str, value: Number, n: Number) -> int | None:
    """Where the bracket closes when ``n`` is a whole number ranked in brackets right after the list's ``value``
    ("0,4977 (thứ 61/63)"); else None."""
    if not n.is_int or n.percent or not _BRACKET_RANK_GAP.fullmatch(lower, value.end, n.start):
        return None
    close = _BRACKET_CLOSE.match(lower, n.end)
    return close.end() if close else None


# a unit that owns the values pointing back ("Con số tương ứng của riêng Sở Thông tin và Truyền thông là ..."): its
# own figures for the same items, not the province's
# a share named in its own words ("tỷ lệ thu viện phí qua mã QR lần lượt đạt ..."), not one that points back ("; tỷ lệ
# tương ứng của tỉnh Hải Dương (cũ) là 12,6%", "tỷ lệ này", "các tỷ lệ tương ứng là")
# ("tỷ lệ chi trả này", "chỉ số thành phần này": a word or two of the measure's kind before "này" point back too, and
# so does "tỷ lệ năm nay", the same measure this year)
KIND_THEN_THIS = r"(?:[a-z]+ ){1,2}nay"
# (not the first of the rates before: "hai tỷ lệ đầu tương ứng là ...")
NEW_MEASURE = re.compile(rf"\bt[iy] le\b(?! (?:nay|tuong ung|tren|do|dau|{KIND_THEN_THIS})\b)")


_UNIT_OWNER = re.compile(r"\bcua\s+(?:rieng\s+)?(?:so|bo|huyen|xa|phuong|thi xa|trung tam|khoi)\s")
# a clause that names only the values of the items before ("Giá trị tương ứng", "Giá trị các trụ cột tương ứng")
_SCORES_BACK = re.compile(
    r"\W*(?:(?:nam|den) \d{4},?\s*)?(?:cac\s+)?(?:gia tri|diem so|diem)"
    r"(?:\s+(?:cua\s+)?(?:cac|ba|hai)\s+(?:tru cot|chi so)(?:\s+nay)?)?\s*"
)
# "hai chỉ số đầu", "ba chỉ tiêu đầu tiên": the first items of the list before
# the DTI's pillars counted, not named ("ba trụ cột của tỉnh", "3 trụ cột chính"), and the order the index gives them
_THREE_PILLARS = re.compile(r"\b(?:ba|3) tru cot(?: chinh)?\b(?!\s*(?:chinh quyen|kinh te|xa hoi)\b)")
_PILLARS = ("dti_digital_government", "dti_digital_economy", "dti_digital_society")
_FIRST_ITEMS = re.compile(r"\b(hai|ba|bon|2|3|4) (?:chi so|chi tieu|tru cot|noi dung|t[iy] le) dau(?: tien)?\b")
# indices outside the catalog that a list may name among the catalog's (their topics have no codes)
_OTHER_INDICES = frozenset({"sipas"})
# measures outside the catalog (phrases.yml) that a list names as its own, never the items of the list before: a growth
# rate ("Trong cùng ba năm, tốc độ tăng GRDP của thành phố lần lượt là 3,2%, ...")
_OWN_MEASURES = frozenset({"growth"})
# grammar: between a list's last value and a second list word ("..., tương ứng xếp thứ 35, 50 và 39")
# (the rank's verb may come before the list word: "... 0,4812 điểm, xếp hạng tương ứng 31, 36 và 55")
_NEXT_LIST_GAP = re.compile(r"\s*(?:diem\s*)?,?\s*(?:va\s+)?(?:xep hang\s+|(?:xep|dung)\s+thu\s+)?")
# ... or a ";" and a list word that names only its values' year, no noun saying what they are or whose: "lần lượt xếp
# thứ 28, 35 và 40; tương ứng năm 2021 là 44, 50 và 47" (the same items in another year)
_BARE_SECOND_LIST = re.compile(r"\s*;\s*(?:tuong ung|lan luot)\s+(?:(?:trong\s+)?nam\s+\d{4}\s+)?(?:la\s+|:\s*)?")
# a list's values as shares of a target ("lần lượt đạt 101,3%, 98,2% và 99,6% chỉ tiêu ...")
_OF_TARGET = re.compile(r"\s*(?:so voi\s+)?(?:chi tieu|ke hoach)\b")
# grammar (rule ranks-then-provinces): the rank run before the list word ("thứ hai và thứ ba", "thứ tư đến
# thứ sáu"), the holder word after it ("lần lượt là", "lần lượt thuộc về"), and what may stand between
# two provinces of the holders' list (an aside in brackets, a comma or "và")
_RANGE_JOIN = re.compile(r"\s*(?:den|toi)\s+(?:thu\s+)?$")
_HOLDER = re.compile(r"\s*(?:la|thuoc ve)\s+")
# right after a list's last value, where its values are ("... và 57,1% tại Hà Giang, ...")
_PLACES_AT = re.compile(r"\s*(?:tai|o|cua)\s+(?:(?:cac )?(?:tinh|thanh pho|dia phuong)\s+)?")
# (with the city's or province's title before the next name: "..., TP. Hồ Chí Minh")
_PLACE_JOIN = re.compile(r"\s*(?:\([^()]{0,30}\))?\s*(?:,|va|,\s*va)\s*(?:(?:tp\.?|thanh pho|tinh)\s*)?$")


def _listed_with(places: list, i: int, lower: str) -> bool:
    """``places[i]`` is joined to the province before or after it by a comma or "và" (a list's item)."""
    after = i + 1 < len(places) and places[i + 1].slug != "@self"
    before = i > 0 and places[i - 1].slug != "@self"
    return (after and bool(_PLACE_JOIN.match(lower[places[i].end : places[i + 1].start]))) or (
        before and bool(_PLACE_JOIN.match(lower[places[i - 1].end : places[i].start]))
    )


def _ranks_then_places(lower, start, m_start, m_end, end, numbers, hits, mentions, carry) -> list[Binding]:
    """rule ranks-then-provinces: "Đứng thứ hai và thứ ba trong bảng xếp hạng PAR Index 2018 lần lượt là
    Hải Phòng và Đồng Tháp"; "Các vị trí thứ tư đến thứ sáu lần lượt thuộc về A, B và C": the ranks come
    first, the provinces after the list word take them in order."""
    hold = _HOLDER.match(lower, m_end, end)
    if hold is None:
        return []
    semi = lower.rfind(";", start, m_start)
    region = semi + 1 if semi >= 0 else start
    run: list[Number] = []
    for n in reversed([n for n in numbers if region <= n.start and n.end <= m_start and not is_year(n)]):
        if run and not (_LIST_SEP.match(lower[n.end : run[0].start]) or _RANGE_JOIN.match(lower[n.end : run[0].start])):
            break
        run.insert(0, n)
    if not run or not all(n.is_int and n.out_of is None and not n.percent for n in run):
        return []
    if "rank" not in readings(run[0], lower[max(region, run[0].start - 45) : run[0].start], ""):
        return []
    ranks: list[tuple[Number, float]] = [(n, n.value) for n in run]
    if len(run) == 2 and _RANGE_JOIN.match(lower[run[0].end : run[1].start]) and 0 < run[1].value - run[0].value < 10:
        # "thứ tư đến thứ sáu": every rank of the range (the ones between take offsets inside its words,
        # one per rank, so that each is a value of its own)
        lo, hi = int(run[0].value), int(run[1].value)
        ranks = [(run[0], float(lo))]
        inner = (replace(run[0], start=run[0].start + k, end=run[0].start + k + 1) for k in range(1, hi - lo))
        ranks += [(x, float(lo + k)) for k, x in enumerate(inner, 1)]
        ranks.append((run[1], float(hi)))
    if len(ranks) < 2:
        return []
    places = places_after(lower, mentions, hold.end(), len(ranks))
    if len(places) != len(ranks):
        return []
    topic = _rank_topic_before(hits, hold.end(), carry)
    if topic is None:
        return []
    ind = topic.codes["rank"]
    if not all(in_range(ind, v, None) for _, v in ranks):
        return []
    return [
        Binding(ind, n, v, None, None, region, topic, province=p.slug, listed=True)
        for (n, v), p in zip(ranks, places, strict=True)
    ]


# what joins a list's last value to a list word after it, and that word to the items it names ("xếp thứ 22 và 20,
# tương ứng với kinh tế số và xã hội số")
_VALUES_END = re.compile(r"\s*,?\s*")
_ITEMS_NAMED_LEAD = re.compile(
    r"\s*(?:voi|la|cho|ve|o|thuoc ve|la cua|cua|danh cho)\s+(?:(?:cac|hai|ba|bon|nam|sau)\s+)?"
)


def _values_then_items(lower, start, m_start, m_end, end, numbers, hits) -> list[Binding]:
    """rule values-then-items: "hai trụ cột còn lại xếp thứ 22 và 20, tương ứng với kinh tế số và xã hội số": the
    values come first, the indices named after the list word take them in order (as many as they are)."""
    run: list[Number] = []
    # (the values may be parted by ";" as by ",": "0,7854; 0,5326 và 0,6657 điểm theo thứ tự ..."; a value's span
    # holds its unit, "85,2%", "0,6657 điểm")
    for n in reversed([n for n in numbers if start <= n.start and n.end <= m_start and not is_year(n)]):
        gap = (n.end, run[0].start) if run else (n.end, m_start)
        if not (_LIST_SEP.match(lower[gap[0] : gap[1]]) if run else _VALUES_END.fullmatch(lower, *gap)):
            break
        run.insert(0, n)
    items = _items_after(hits, lower, m_end, end, _ITEMS_NAMED_LEAD) if len(run) >= 2 else []
    if len(run) < 2 or len(items) != len(run):
        return []
    semi = lower.rfind(";", start, run[0].start)
    region = semi + 1 if semi >= 0 else start
    reads = readings(run[0], lower[max(region, run[0].start - 45) : run[0].start], "")
    out = []
    for topic, n in zip(items, run, strict=True):
        reading = next((r for r in reads if r != "change" and topic.code_for(r) is not None), None)
        if reading is None or not in_range(topic.codes[reading], n.value, n.out_of):
            return []
        out.append(Binding(topic.codes[reading], n, n.value, n.out_of, None, region, topic, listed=True))
    return out


# grammar (rule positions-then-provinces): positions counted, not numbered, before the list word: "ba vị trí
# đầu (tiên)", "hai vị trí dẫn đầu" (the first k), "các vị trí tiếp theo trong top 10" (the last k up to 10)
_FIRST_POSITIONS = re.compile(
    r"\b(?P<k>hai|ba|bon|nam|sau|bay|tam|chin|muoi|\d{1,2}) (?:vi tri|thu hang|ngoi vi) (?:dan dau|dau(?: tien| bang)?)"
    r"(?: (?:ve|o|cua) [^,;.]{1,40}?)?\s*,?\s*$"
)
_NEXT_POSITIONS = re.compile(
    r"\bcac (?:vi tri|thu hang) tiep theo (?:trong |cua )?(?:top|nhom) (?P<top>\d{1,2})(?: [^,;.]{1,30}?)?\s*,?\s*$"
)
# "các vị trí nhất, nhì, ba", "các vị trí thứ nhất, thứ hai và thứ ba" before the list word: the positions named
_NAMED_POSITIONS = re.compile(
    r"\b(?:cac )?(?:vi tri|thu hang) (?P<list>(?:thu )?[a-z]+(?:(?:,| va) (?:thu )?[a-z]+)+)"
    # (the index or the year after them: "vị trí thứ hai và thứ ba năm 2022 lần lượt thuộc về ...")
    r"(?: (?:cua|trong|o) [^,;\d]{0,30}?(?: 20[12]\d)?| nam 20[12]\d)?\s*,?\s*$"
)
# "các vị trí từ thứ hai đến thứ năm", "các thứ hạng từ 4 đến 6" before the list word
_SPAN_POSITIONS = re.compile(
    r"\b(?:cac )?(?:vi tri|thu hang)\s+(?:tu\s+)?(?:thu\s+)?(?P<lo>\d{1,2}|[a-z]+)\s+(?:den|toi)\s+(?:thu\s+)?"
    r"(?P<hi>\d{1,2}|[a-z]+)(?:\s+(?:cua|trong|o|tai)\s+[^,;\d]{0,30}?(?:\s+20[12]\d)?)?\s*,?\s*$"
)  # ("Các vị trí từ 6 đến 10 của DTI 2024 lần lượt thuộc về ...": the index between the span and the list word)
_POSITIONS_HELD = re.compile(r"\b(?:cac|hai|ba|bon|nam) vi tri\b[^;.]{0,50}?\s(?=thuoc ve\s)")


# (the positions named one by one: "Vị trí thứ hai và thứ ba năm 2022 lần lượt thuộc về ...")
_POSITIONS_NAMED = re.compile(r"\bvi tri thu [a-z\d]+(?:(?:,| va) (?:thu )?[a-z\d]+)+\b[^;.]{0,40}?\s(?=thuoc ve\s)")


def positions_held(lower: str, start: int, end: int) -> bool:
    """The sentence counts positions held by the provinces after "thuộc về" (rule positions-held)."""
    return lower.find("thuoc ve", start, end) >= 0 and _POSITIONS_HELD.search(lower, start, end) is not None


def positions_counted(lower: str, start: int, end: int, numbers: list[Number], named: bool = True) -> list[Number]:
    """The numbers that count the positions held ("Các vị trí từ thứ 4 đến thứ 6 năm 2023 thuộc về ..."): the bounds of
    the positions, no one's value (rule positions-counted); ``named``: also positions named one by one ("Vị trí thứ
    hai và thứ ba năm 2022 lần lượt thuộc về ..."), for the year after them."""
    if lower.find("thuoc ve", start, end) < 0:
        return []
    patterns = (_POSITIONS_HELD, _POSITIONS_NAMED) if named else (_POSITIONS_HELD,)
    spans = [m.span() for rx in patterns for m in rx.finditer(lower, start, end)]
    return [n for n in numbers if not is_year(n) and any(a <= n.start < b for a, b in spans)]


def _positions_then_places(
    lower, start, m_start, m_end, end, numbers, hits, mentions, carry
) -> tuple[list[Binding], set[int]]:
    """Rule positions-then-provinces: "Ở trụ cột kinh tế số, ba vị trí đầu lần lượt thuộc về Hà Nội, TP Hồ
    Chí Minh và Bắc Ninh" (ranks 1 to 3); "Các vị trí tiếp theo trong top 10 lần lượt là A, B, ..., G" (the
    last seven ranks up to 10); "các vị trí từ thứ hai đến thứ năm lần lượt thuộc về A, B, C và D" (ranks 2 to
    5): the positions are counted, and the provinces after the list word take them in order, when as many are
    named. Each rank's value stands at its province's name; (bindings, the starts of a span's two bounds,
    which are no values of their own)."""
    hold = _HOLDER.match(lower, m_end, end)
    if hold is None:
        return [], set()
    semi = lower.rfind(";", start, m_start)
    region = semi + 1 if semi >= 0 else start
    lead = lower[region:m_start]
    places = places_after(lower, mentions, hold.end())
    if len(places) < 2 or any(
        n.start >= hold.end() and not is_year(n) and not in_parens(lower, hold.end(), n.start)
        for n in numbers
        if n.start < places[-1].end
    ):
        # (values among the names: "lần lượt là A 0,61, B 0,58" is another list; not each holder's score in its
        # brackets, "Các vị trí từ 4 đến 10 lần lượt thuộc về A (0,6801 điểm), B (0,6712), ...": rule holders-scored,
        # the brackets pair on their own, rule province-paren-list)
        return [], set()
    first = _FIRST_POSITIONS.search(lead)
    nxt = _NEXT_POSITIONS.search(lead) if first is None else None
    span = _SPAN_POSITIONS.search(lead) if first is None and nxt is None else None
    named = _NAMED_POSITIONS.search(lead) if first is None and nxt is None and span is None else None
    bounds: set[int] = set()
    if named is not None:
        ordinals = load_cues().ordinals
        words = re.split(r",? (?:va )?(?:thu )?", named.group("list").removeprefix("thu "))
        ranks = [ordinals.get(w, 0) for w in words]
        if len(ranks) != len(places) or not all(ranks) or ranks != sorted(set(ranks)):
            return [], set()
    elif first is not None:
        k = first.group("k")
        count = count_of(k)
        if count != len(places):
            return [], set()
        ranks = list(range(1, count + 1))
    elif nxt is not None:
        top = int(nxt.group("top"))
        if not len(places) < top <= 63:
            return [], set()
        ranks = list(range(top - len(places) + 1, top + 1))
    elif span is not None:
        ordinals = load_cues().ordinals
        lo, hi = (int(w) if w.isdigit() else ordinals.get(w, 0) for w in (span.group("lo"), span.group("hi")))
        if not 1 <= lo < hi <= 63 or hi - lo + 1 != len(places):
            return [], set()
        ranks = list(range(lo, hi + 1))
        bounds = {n.start for n in numbers if region + span.start() <= n.start < m_start}
    else:
        return [], set()
    topic = _rank_topic_before(hits, hold.end(), carry)
    if topic is None:
        # rule positions-index-after: "năm 2021, vị trí thứ nhất, thứ hai và thứ ba lần lượt thuộc về A, B và C, với
        # giá trị DTI tương ứng là ...": the ranked index named right after the places is the one whose positions
        # they hold
        after = [h for h in outermost(hits) if h.topic.code_for("rank") and places[-1].end <= h.start]
        topic = after[0].topic if after and after[0].start - places[-1].end <= 40 else None
    if topic is None:
        return [], set()
    ind = topic.codes["rank"]
    got = [
        Binding(ind, _position(p.start, r), float(r), None, None, region, topic, province=p.slug, listed=True)
        for r, p in zip(ranks, places, strict=True)
    ]
    return got, bounds


# the years after a list's values: "... lần lượt là 15, 12 và 10 trong các năm 2020, 2021 và 2022"
# (... "qua bốn năm từ 2020 đến 2023": a span counted)
_YEARS_AFTER = re.compile(
    r"\s*,?\s*(?:trong|qua|o|vao)\s+(?:cac\s+|(?:hai|ba|bon|nam|\d)\s+)?nam\s+(?:tu\s+)?(?:19|20)\d\d\b"
)
# a value's own year in brackets after it, in a list: "lần lượt là 41 (năm 2020), 30 (năm 2021) và 23 (năm 2022)"
_BRACKET_YEAR = re.compile(r"\s*\(\s*(?:nam\s+)?((?:19|20)\d\d)\s*\)")
# as many years as a list's values, after the last year written ("hai năm tiếp theo", "ba kỳ đánh giá sau đó")
_NEXT_YEARS = re.compile(
    r"\b(hai|ba|bon|nam|\d) (?:nam|ky(?: danh gia)?|lan danh gia) (?:tiep theo|ke tiep|sau do|sau)\b"
)
# the DTI's first edition as news count them: DTI 2020, out in 2021 (2019's was a pilot, period_rules.DTI_FIRST)
DTI_FIRST_EDITION = 2020
# the DTI's first editions counted ("hai kỳ đánh giá DTI đầu tiên")
_FIRST_EDITIONS = re.compile(r"\b(hai|ba|bon|\d) (?:ky|lan) (?:danh gia|xep hang)(?: (?:chi so )?dti)? dau tien\b")
_YEAR_WRITTEN = re.compile(r"(?<![\d.,/])((?:19|20)\d\d)(?![\d.,/])")
# between a span's two years: "2016-2018", "2016 – 2018", "2016 đến 2018"
_YEAR_SPAN = re.compile(r"\s*(?:[-\u2013\u2014]|den|toi)\s*(?:nam\s+)?")
# a year in running text, also before a comma of a list ("2020, 2021 và 2022"; not "2020,5")
_YEAR_LISTED = re.compile(r"(?<![\d.,/])((?:19|20)\d\d)(?![\d/]|[.,]\d)")
# editions or years pointed back at: "các kỳ này", "những năm đó", "ba kỳ đánh giá trên" (rule years-pointed-back)
_YEARS_POINTED = re.compile(
    r"\b(?:cac|nhung|hai|ba|bon|nam)\s+(?:ky(?: danh gia)?|lan danh gia|nam)\s+(?:nay|do|ay|tren)\b"
)
# "lần lượt xếp từ thứ 6 đến thứ 10", "lần lượt từ vị trí 59 đến 63", "lần lượt chiếm các vị trí từ thứ 4 đến thứ 7": a
# range of places after the list word
_RANGE_AFTER_LIST = re.compile(
    r"\s*(?:(?:xep|dung|o|chiem|giu)\s+(?:(?:cac|nhung)\s+)?(?:(?:vi tri|thu hang)\s+)?)?"
    r"tu\s+(?:(?:vi tri|hang)\s+)?(?:thu\s+)?(\d{1,2})\s+(?:den|toi)\s+"
    r"(?:(?:vi tri|hang)\s+)?(?:thu\s+)?(\d{1,2})\b"
)


def _places_over_range(
    lower, start, m_start, m_end, end, numbers, hits, mentions, carry
) -> tuple[list[Binding], set[int]]:
    """Rule range-list: "Bắc Ninh, Bình Dương, Hải Phòng, Khánh Hòa và Cần Thơ, lần lượt xếp từ thứ 6 đến thứ 10":
    the provinces named before the list word take the places of the range in order, when they are as many;
    (bindings, the starts of the range's two numbers, which are no values of their own)."""
    rng = _RANGE_AFTER_LIST.match(lower, m_end, end)
    if rng is None:
        return [], set()
    lo, hi = int(rng.group(1)), int(rng.group(2))
    semi = lower.rfind(";", start, m_start)
    region = semi + 1 if semi >= 0 else start
    places: list = []
    for x in mentions or []:
        if x.start < region or x.start >= m_start or x.slug == "@self":
            continue
        if places and not _PLACE_JOIN.match(lower[places[-1].end : x.start]):
            places = []  # (the run of names right before the list word)
        places.append(x)
    if not places and (held := _HOLDER.match(lower, rng.end())):
        # ("Lần lượt từ vị trí thứ 4 đến thứ 10 là Hà Nội, Bình Dương, ...": the places held, named after the range)
        places = places_after(lower, mentions, held.end(), hi - lo + 1)
    if not 1 <= lo < hi <= 63 or hi - lo + 1 != len(places) or len({p.slug for p in places}) != len(places):
        return [], set()
    topic = _rank_topic_before(hits, m_start, carry)
    if topic is None:
        return [], set()
    ind = topic.codes["rank"]
    bounds = {n.start for n in numbers if rng.start() <= n.start < rng.end()}
    got = [
        Binding(ind, _position(p.start, r), float(r), None, None, region, topic, province=p.slug, listed=True)
        for r, p in zip(range(lo, hi + 1), places, strict=True)
    ]
    return got, bounds


def _one_place_after(lower: str, mentions, word, first: Number) -> str | None:
    """The one province named between a pointing list word and its first value ("tương ứng của Bắc Ninh là"), else
    None."""
    if not _POINTS_BACK.search(lower, word.start(), word.end()):
        return None
    # (the place right after the list word, as rule places-after-list-word reads it, and no other before the values)
    at = _PLACES_AT.match(lower, word.end())
    between = [x for x in mentions or [] if word.end() <= x.start and x.end <= first.start]
    if at is None or len(between) != 1 or between[0].start != at.end() or between[0].slug == "@self":
        return None
    return between[0].slug


def places_after(lower: str, mentions, pos: int, most: int | None = None) -> list:
    """The provinces named in a row from ``pos`` ("là Hải Phòng, Bắc Ninh và Đồng Tháp"), ``most`` at most."""
    places: list = []
    for x in mentions or []:
        if x.start < pos or x.slug == "@self":
            continue
        if len(places) == most or (places and not _PLACE_JOIN.match(lower[places[-1].end : x.start])):
            break
        places.append(x)
    return places


def _rank_topic_before(hits: list[TopicHit], pos: int, carry: Topic | None) -> Topic | None:
    """The index ranks listed before ``pos`` rank: the last ranked phrasing named (the outermost: "tỷ trọng
    kinh tế số trong GRDP", not the pillar inside it), else the one the sentence carries."""
    ranked = [h.topic for h in outermost(hits) if h.topic.code_for("rank") is not None and h.start < pos]
    return ranked[-1] if ranked else (carry if carry is not None and carry.code_for("rank") else None)


def outermost(hits: list[TopicHit]) -> list[TopicHit]:
    """The phrasings not inside a longer one ("kinh tế số" inside "tỷ trọng kinh tế số trong GRDP" is no
    item of its own: the share's rank is the share's, not the pillar's)."""
    return [
        h for h in hits if not any(o is not h and o.topic.codes and o.start <= h.start and h.end <= o.end for o in hits)
    ]


def _position(at: int, rank: int) -> Number:
    """A rank stated by its place in a counted list, as a value at its province's name."""
    return Number(start=at, end=at + 1, num_end=at + 1, value=float(rank), is_int=True, raw="@pos")


# grammar: what joins a list's values to a second run of values for the same items
_SECOND_LEAD = re.compile(
    # (past the edition the places are in: "lần lượt xếp thứ hai và thứ ba trong DTI 2020, với giá trị 0,5634 và
    # 0,5580")
    # (or past the index they are placed in: "lần lượt xếp thứ 1, 2 và 3 về chỉ số ATTTM với 0,9120; 0,8950 và 0,8805")
    r"(?:\s+(?:trong|o|cua)\s+(?:bang xep hang\s+)?dti(?:\s+(?:nam\s+)?20\d\d)?|\s+nam\s+20\d\d"
    r"|\s+ve\s+[a-z]+(?:\s+[a-z]+){0,5}?(?=\s+voi\b))?"
    r"\s*,?\s*(?:voi|dat)\s+(?:(?:gia tri|diem so|so diem|tong diem|ty trong|ty le)\s+)?"
    # (the index and its edition between the noun and the values: "với giá trị DTI năm 2024 là 0,6302 và 0,5874")
    r"(?:(?:chi so\s+)?dti\s+(?:(?:nam\s+)?20\d\d\s+)?)?(?:lan luot\s+)?(?:la\s+)?"
)


def _second_run(lower: str, numbers: list[Number], pos: int, end: int, count: int) -> list[Number]:
    """``count`` scores in a row right after ``pos`` (";", "," or "và" between them), else none."""
    lead = _SECOND_LEAD.match(lower, pos, end)
    if lead is None:
        return []
    run: list[Number] = []
    for n in numbers:
        if n.start < lead.end() or is_year(n):
            continue
        if not run and n.start != lead.end():
            return []
        if run and not _LIST_SEP.match(lower[run[-1].end : n.start]):
            break
        run.append(n)
    # (scores, or shares: "lần lượt xếp thứ 4 và thứ 5, với tỷ trọng 19,7% và 17,2%")
    return run if len(run) == count and (all(not n.is_int for n in run) or all(n.percent for n in run)) else []


# an index named with its edition (rule edition-frame): the year after its phrasing, or inside it ("dti 2023")
_EDITION_AFTER = re.compile(r"\s*(?:nam\s+)?20\d\d\b")
_EDITION_INSIDE = re.compile(r"\b20\d\d$")


def _hit_end(hits: list[TopicHit], start: int) -> int:
    return next(h.end for h in outermost(hits) if h.start == start)


def _with_edition(lower: str, start: int, end: int) -> bool:
    """The index named at ``lower[start:end]`` is named with a year ("DTI 2023", "Chỉ số DTI năm 2023")."""
    return bool(_EDITION_INSIDE.search(lower, start, end) or _EDITION_AFTER.match(lower, end))


# grammar: what stands between the last value and the items named after it ("... và 41 về các trụ cột ")
_ITEMS_LEAD = re.compile(r"\s*(?:lan luot\s+)?(?:ve|o)\s+(?:cac\s+|ba\s+)?")
# (a share's noun before each measure: "tương ứng với tỷ lệ người dùng Internet, tỷ lệ người dân ...")
_ITEMS_NOUN = re.compile(r"(?:(?:(?:tru cot|chi so)(?:\s+chinh)?|ty le)\s+)?")
_ITEM_SEP = re.compile(r"\s*(?:,|\bva\b|;)\s*(?:ty le\s+)?")


def _items_each_valued(hits: list[TopicHit], numbers: list[Number], start: int, end: int) -> list[Topic]:
    """The indices named between ``start`` and ``end`` each followed by one value of its own before the next is named
    ("A đạt x; B đạt y và C đạt z"), none unless two or more and every one has its value."""
    named = [h for h in outermost(hits) if h.topic.codes and start <= h.start and h.end <= end]
    values = [n.start for n in numbers if start <= n.start < end and not is_year(n)]
    if len(named) < 2 or len(values) != len(named) or len({h.topic.name for h in named}) != len(named):
        return []
    bounds = [h.end for h in named[1:]] + [end]
    if all(h.end <= v < nxt for h, v, nxt in zip(named, values, bounds, strict=True)):
        return [h.topic for h in named]
    return []


def _items_after(hits: list[TopicHit], lower: str, pos: int, end: int, lead_rx=_ITEMS_LEAD) -> list[Topic]:
    """The indices named in a row right after ``pos`` ("về chính quyền số, kinh tế số và xã hội số"), after what
    ``lead_rx`` matches there."""
    lead = lead_rx.match(lower, pos, end)
    if lead is None:
        return []
    items: list[Topic] = []
    at = lead.end()
    for h in sorted((h for h in hits if h.topic.codes and h.start >= at), key=lambda h: h.start):
        first = not items and (h.start == at or _ITEMS_NOUN.fullmatch(lower, at, h.start))
        if not first and not (items and _ITEM_SEP.fullmatch(lower, at, h.start)):
            break
        if h.topic in items:
            break
        items.append(h.topic)
        at = h.end
    return items


class _Span:
    """A cue's span, with the ``start()`` / ``end()`` of a match."""

    def __init__(self, start: int, end: int) -> None:
        self._s, self._e = start, end

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e


# grammar (rule year-labelled): a value labelled with its year, as chart captions write a series ("2019: 8,2 –
# 2020: 9,6", "2022 – 21,4%; 2023 – 48,9%", "Năm 2021: 0,41"): the year, a colon or a dash, the value
_YEAR_LABEL = re.compile(r"(?:nam\s+)?((?:19|20)\d\d)\s*(?::|[-\u2013])\s*$")
_ANY_LABEL = re.compile(r"[12][09]\d\d\s*[:\u2013-]\s*\d")
_LABEL_SEP = re.compile(r"\s*[;,|\u2013\-]?\s*(?:va\s+)?(?:\d+ thang\s+)?$")


def year_labelled(
    lower: str, start: int, end: int, numbers: list[Number], hits: list[TopicHit], carried: Topic | None = None
) -> list[Binding]:
    """Rule year-labelled: a chart caption's series, each value after its year ("Tỷ trọng kinh tế số trong GRDP
    (%): 2019: 8,2 – 2020: 9,6 – 2021: 11,4"), two or more in a row: each value is the measure named before the
    series, of its year; a "(%)" in the caption makes bare numbers shares. ``carried``: the measure the sentence
    before named, for a series in a sentence that names none ("... tỷ lệ hồ sơ ... tăng đều qua từng năm. Năm 2021:
    38,2%; năm 2022: 51,6%")."""
    if _ANY_LABEL.search(lower, start, end) is None:
        return []  # (a cheap scan first: no year, colon or dash and value in a row)
    run: list[tuple[int, Number, int]] = []  # (year, value, where its label starts)
    runs: list[list[tuple[int, Number, int]]] = []
    for n in numbers:
        if is_year(n):
            continue  # (the labels themselves)
        label = _YEAR_LABEL.search(lower, max(start, n.start - 14), n.start)
        if label is None or (run and not _LABEL_SEP.fullmatch(lower, run[-1][1].end, label.start())):
            if len(run) >= 2:
                runs.append(run)
            run = []
        if label is not None:
            run.append((int(label.group(1)), n, label.start()))
    if len(run) >= 2:
        runs.append(run)
    out: list[Binding] = []
    for series in runs:
        at = series[0][2]
        named = _series_measure(hits, start, at, carried)
        if named is None:
            continue
        shares = bool(PERCENT_UNIT.search(lower, named.end, at))
        out.extend(_series_bindings([(year, n) for year, n, _ in series], named.topic, start, shares=shares))
    return out


def _series_measure(hits: list[TopicHit], start: int, at: int, carried: Topic | None) -> TopicHit | None:
    """The measure a series over years is of, where the sentence names it: the last it names before the series (at
    ``at``), else ``carried`` when it names none (a hit of no length at ``start``)."""
    measured = [h for h in outermost(hits) if h.topic.codes and start <= h.start and h.end <= at]
    if measured:
        return measured[-1]
    if carried is None or any(h.topic.codes and h.end > h.start for h in hits):
        return None
    return TopicHit(carried, start, start)


def _series_bindings(
    series: list[tuple[int, Number]], topic: Topic, start: int, *, shares: bool = False, ranked: bool = False
) -> list[Binding]:
    """Each value of a series of years as the measure ``topic`` of its year, or none of them (a value the measure
    cannot take breaks the series): a share when written so or under a "(%)" (``shares``), a rank when whole under a
    ranking's words (``ranked``), else what its form reads as."""
    out = []
    for year, n in series:
        if n.percent or (shares and not n.out_of):
            reading = "percent"
        elif ranked and n.is_int:
            reading = "rank"
        elif "count" in topic.codes and n.is_int and not n.out_of:
            reading = "count"  # (a count's series: "212 doanh nghiệp năm 2021 lên 265 năm 2022", bare after the first)
        else:
            reading = next((r for r in readings(n, "", "") if topic.code_for(r) is not None), None)
        ind = topic.codes.get(reading) if reading else None
        if ind is None or not in_range(ind, n.value, n.out_of):
            return []
        out.append(Binding(ind, n, n.value, n.out_of, None, start, topic, listed=True, period=year))
    return out


# rule year-series (grammar: sentences.YEAR_SERIES, VALUE_SERIES): "Xếp hạng DTI (2021 – 2022 – 2023): 9 – 7 – 6",
# "Lâm Đồng (cũ) qua ba năm 2021 – 2022 – 2023: 27 – 22 – 25"
# a ranking's words before a series: its whole numbers are ranks
_SERIES_RANKED = re.compile(r"\b(?:xep hang|thu hang|hang|vi tri|xep thu|dung thu)\b")


def year_series(
    lower: str, start: int, end: int, numbers: list[Number], hits: list[TopicHit], carried: Topic | None = None
) -> list[Binding]:
    """Rule year-series: each value of a dashed series after the dashed years it follows, in order; the measure is
    the one the sentence names before the years ("Xếp hạng" before them makes whole numbers ranks), else
    ``carried``, the one the sentence before named."""
    out: list[Binding] = []
    found = [(m.group(1), m.start(), m.start(2), m.end(2)) for m in YEAR_SERIES.finditer(lower, start, end)]
    if not found and (more := VALUE_SERIES.search(lower, start, end)):
        # ... and a line of values right under it, of the same years ("Giá trị DTI (2021 – 2022 – 2023): 0,4701 –
        # 0,5533 – 0,6012\nXếp hạng DTI: 12 – 9 – 11")
        para = lower.rfind("\n\n", 0, start) + 1
        above = list(YEAR_SERIES.finditer(lower, max(para, start - 300), start))
        if above and "\n" in lower[above[-1].end() : start]:
            found = [(above[-1].group(1), more.start(), more.start(1), more.end(1))]
    for years_text, at, v_start, v_end in found:
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", years_text)]
        values = [n for n in numbers if v_start <= n.start < v_end and not is_year(n)]
        if len(values) != len(years):
            continue
        named = _series_measure(hits, start, at, carried)
        if named is None:
            continue
        # (the ranking's words before the years: right before the measure's name, or in the lines above a carried one)
        caption = lower[max(start, named.start - 12) if named.end > named.start else max(0, start - 200) : at]
        ranked = _SERIES_RANKED.search(caption) is not None
        out.extend(_series_bindings(list(zip(years, values, strict=True)), named.topic, start, ranked=ranked))
    return out


# a year in brackets right after a value ("35 (năm 2021)")
_BRACKET_YEAR_AFTER = re.compile(r"\s*\(\s*(?:nam\s+)?((?:19|20)\d\d)\s*\)")


def year_bracketed(lower: str, start: int, end: int, numbers: list[Number], hits: list[TopicHit]) -> list[Binding]:
    """Rule year-bracketed: two or more values in a row, each with its year in brackets after it ("chỉ số DTI của
    tỉnh lần lượt lên 35 (năm 2021), 28 (năm 2022) và 21 (năm 2023)"): each value is the measure the sentence
    names before them, of its year (ranks when a place was named before: "Từ vị trí thứ 40 năm 2020, ...")."""
    run = []
    for n in numbers:
        if is_year(n):
            continue
        m = _BRACKET_YEAR_AFTER.match(lower, n.end, end)
        if m is None:
            if len(run) >= 2:
                break
            run = []
            continue
        run.append((n, int(m.group(1))))
    if len(run) < 2:
        return []
    return _bind_year_run(lower, start, hits, [(year, n) for n, year in run])


def _bind_year_run(lower: str, start: int, hits: list[TopicHit], run: list[tuple[int, Number]]) -> list[Binding]:
    """Each (year, value) of a run as the measure the sentence names before its first value (ranks when a place was
    named before it: "Từ vị trí thứ 40 năm 2020, ...")."""
    first = run[0][1]
    named = _series_measure(hits, start, first.start, None)
    if named is None:
        return []
    ranked = _SERIES_RANKED.search(lower, start, first.start) is not None
    return _series_bindings(run, named.topic, start, ranked=ranked)


# a value's own year right after it, past its noun ("212 doanh nghiệp năm 2021", "81,2% năm 2024"; not past a
# comparison, "0,1935 điểm so với năm 2020", nor into the next value's clause, "12,4% và năm 2022 ...")
_OWN_YEAR_AFTER = re.compile(
    r"\s*(?:%\s*)?(?:(?!(?:va|den|len|xuong|sang|toi|roi|so|voi|hon|kem|cung|ky|tang|giam|dat|con)\b)[a-z]+\s+){0,2}?"
    r"nam\s+((?:19|20)\d\d)\b"
)
# between one value's year and the next value of a series: a list's joint or a movement's word ("..., 318 năm 2023 và
# 407 năm 2024", "từ 212 ... năm 2021 lên 265 năm 2022")
_SERIES_STEP = re.compile(r"\s*(?:,|;|,?\s*va|len|xuong|den|roi)\s*(?:(?:muc|con so|khoang|gan|hon|tren)\s+)?")
# the years a list of values is of, after it ("... lần lượt là 96, 118 và 141 doanh nghiệp vào cuối các năm 2022, 2023,
# 2024"): the list's last value, its noun, then "các năm" and the years
_YEARS_OF_LIST = re.compile(
    # (or the years counted: "lần lượt thăng hạng lên thứ 30 và 19 trong hai năm 2022, 2023")
    r"\s*(?:%\s*)?(?:[a-z]+\s+){0,3}?(?:vao\s+|trong\s+)?(?:cuoi\s+)?(?:cac|hai|ba|bon)\s+nam\s+"
    r"((?:19|20)\d\d(?:\s*(?:,|va)\s*(?:nam\s+)?(?:19|20)\d\d)+)\b"
)
_LIST_JOINT = re.compile(r"\s*%?\s*(?:,|;|va|,\s*va)\s*")


def year_each_after(lower: str, start: int, end: int, numbers: list[Number], hits: list[TopicHit]) -> list[Binding]:
    """Rule year-each-after: a run of two or more values, each with its own year after it ("tăng từ 212 doanh nghiệp
    năm 2021 lên 265 năm 2022, 318 năm 2023 và 407 năm 2024"), or a list of values followed by as many years ("lần
    lượt là 96, 118 và 141 doanh nghiệp vào cuối các năm 2022, 2023, 2024"): each value is the measure the sentence
    names before them, of its year."""
    vals = [n for n in numbers if not is_year(n)]
    run: list[tuple[int, Number]] = []
    year_end = 0  # (where the run's last year ends)
    for n in vals:
        m = _OWN_YEAR_AFTER.match(lower, n.end, end)
        stepped = run and _SERIES_STEP.fullmatch(lower, year_end, n.start)
        if m is None or (run and not stepped):
            if len(run) >= 2:
                break
            run = []
            if m is None:
                continue
        run.append((int(m.group(1)), n))
        year_end = m.end()
    if len(run) < 2:
        run = _list_then_years(lower, end, vals)
    return _bind_year_run(lower, start, hits, run) if len(run) >= 2 else []


def _list_then_years(lower: str, end: int, vals: list[Number]) -> list[tuple[int, Number]]:
    """The values of a list joined by commas and "và", paired in order with the years named after its last value."""
    for i, n in enumerate(vals):
        m = _YEARS_OF_LIST.match(lower, n.end, end)
        if m is None:
            continue
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group(1))]
        listed = [n]
        for prev in reversed(vals[:i]):
            if not _LIST_JOINT.fullmatch(lower, prev.end, listed[0].start):
                break
            listed.insert(0, prev)
        return list(zip(years, listed, strict=True)) if len(listed) == len(years) >= 2 else []
    return []


def find_range_bounds(lower: str, numbers: list[Number]) -> set[int]:
    """Starts of the numbers that bound a range ("từ khoảng 0,4 đến gần 0,7", "65-70%")."""
    out: set[int] = set()
    last = len(numbers) - 1
    for i in range(last):
        a, b = numbers[i], numbers[i + 1]
        if not _is_range_pair(lower, a, b):
            continue
        # rule dash-list: three values joined by dashes ("lần lượt đạt 0,6512 - 0,5108 - 0,6247") are a list; a
        # range has two bounds (its neighbours are asked only for a pair that is one: most pairs are not)
        if (i > 0 and _is_range_pair(lower, numbers[i - 1], a)) or (
            i + 1 < last and _is_range_pair(lower, b, numbers[i + 2])
        ):
            continue
        out.update((a.start, b.start))
    return out


_EITHER_OR = re.compile(r"\s*%?\s*hoac\s+(?:(?:xep\s+|dung\s+)?(?:thu|hang)\s+)?")


def _is_range_pair(lower: str, a: Number, b: Number) -> bool:
    """Whether two neighbouring numbers are the bounds of one range."""
    if a.raw.startswith("@") or b.raw.startswith("@") or b.start - a.end > 20:
        return False
    gap = lower[a.end : b.start]
    if "hoac" in gap and _EITHER_OR.fullmatch(gap):
        return True  # rule either-or: "giữ vị trí thứ 4 hoặc thứ 5", "đạt 60 hoặc 70%": neither is the value
    if "-" not in gap and "\u2013" not in gap and "den" not in gap and "toi" not in gap:
        return False  # cheap exit: no range word between the two numbers
    cues = load_cues()
    head = lower[max(0, a.start - 20) : a.start]
    if re.fullmatch(r"\s*[-\u2013]\s*", gap) and (a.percent or b.percent or a.end == a.num_end):
        if (
            not re.search(r"[a-z]\s*$", lower[max(0, a.start - 3) : a.start])
            or cues.range_from.search(head)
            or cues.range_lead.search(head)  # "đạt 65-70%", "trong khoảng 0 - 1"
        ):
            return True
    return bool(
        cues.range_from.search(re.sub(r"\s*(?:khoang|gan|hon|tren)\s*$", "", head))
        and cues.range_to.match(re.sub(r"(?:gan|khoang)\s*$", "", gap))
    )


# a clause of cause or concession, read on the original spelling ("do" is not "đó", "vì" not "vị", "dù" not "du"
# lịch); not "nhưng", after which the sentence often goes on about what it ranked ("tăng 9 bậc nhưng giá trị DTI ...")
CAUSE = re.compile(r"(?<!\w)(?:[Dd]o|[Vv]ì|[Bb]ởi|[Nn]hờ|[Dd]ù|[Tt]uy)(?!\w)")


def province_paren_list(
    lower: str,
    start: int,
    end: int,
    numbers: list[Number],
    hits,
    mentions,
    ranked: Topic | None = None,
    original: str | None = None,
) -> list[Binding]:
    """rule province-paren-list: "Bình Dương (71%) cùng các tỉnh Long An (69,4%), Tây Ninh (66,2%) là 3
    tỉnh dẫn đầu về tỷ lệ hồ sơ trực tuyến": each bracketed value belongs to the province right before
    it; the measure is the one index the sentence names (after the list, else before it). ``ranked``: the
    passage's ranking index, whose ranks bare whole numbers are when the sentence names no measure
    ("Nhóm cuối bảng gồm Hà Giang (61), Lai Châu (62) và Kon Tum (63)": rule paren-ranks)."""
    listed: list[tuple[Number, str]] = []
    for n in numbers:
        if n.raw.startswith("@") or not lower[n.end : n.end + 2].lstrip().startswith(")"):
            continue
        opening = lower.rfind("(", start, n.start)
        if opening < 0 or lower[opening + 1 : n.start].strip():
            continue
        prov = next(
            (m for m in mentions or [] if m.end <= opening and opening - m.end <= 2 and m.slug != "@self"), None
        )
        if prov is not None:
            listed.append((n, prov.slug))
    if len(listed) < 2:
        return []
    last = listed[-1][0].end
    coded = [h for h in hits if h.topic.codes and h.end > h.start]
    # (not past a ";": "Ở nhóm cuối PAR Index 2023 là A (61), B (62) và C (63); cả ba tỉnh đều nằm ở nửa dưới bảng
    # xếp hạng DTI 2023" ranks them by the PAR Index; the next clause names another ranking)
    # (nor a measure in a clause of cause after the list: "Thấp nhất là Hà Giang (51,2%) và Lai Châu (54,6%), do ...
    # nhiều người dân chưa có điện thoại thông minh" explains the shares, it is not what they measure)
    after = [
        h
        for h in coded
        if h.start >= last
        and ";" not in lower[last : h.start]
        and not (original is not None and CAUSE.search(original, last, h.start))
    ]
    topic_hit = after[0] if after else next((h for h in reversed(coded) if h.end <= listed[0][0].start), None)
    if topic_hit is None and ranked is not None and not coded:
        if not all(n.is_int and not n.percent and n.out_of is None for n, _ in listed):
            return []
        ind = ranked.codes["rank"]
        if not all(in_range(ind, n.value, None) for n, _ in listed):
            return []
        return [Binding(ind, n, n.value, None, None, start, ranked, province=slug, listed=True) for n, slug in listed]
    if topic_hit is None:
        return []
    # (whole numbers in brackets after provinces, under an index the sentence names with a ranking's words:
    # "Nhóm 5 địa phương có DTI 2021 thấp nhất lần lượt là Bắc Kạn (59), Điện Biên (60), ...": their ranks)
    ranks = (
        "rank" in topic_hit.topic.codes
        and all(n.is_int and not n.percent and not n.points and n.out_of is None for n, _ in listed)
        and load_cues().table_position.search(lower, start, end) is not None
    )
    out = []
    for n, slug in listed:
        score = n.points or (not n.is_int and n.value <= 1)
        reading = "rank" if ranks else "percent" if n.percent else "score" if score else None
        ind = topic_hit.topic.codes.get(reading) if reading else None
        if ind is None or not in_range(ind, n.value, None):
            return []
        out.append(Binding(ind, n, n.value, None, None, start, topic_hit.topic, province=slug, listed=True))
    return out


# what introduces the items of an enumeration ("gồm", "bao gồm"): the index named before it is what they break down
_ITEMS_INTRO = re.compile(r"\b(?:bao )?gom\b")


def items_introduced(lower: str, start: int, end: int) -> int:
    """Where the items of ``lower[start:end]`` start: after its last "gồm" ("Tám chỉ số chính của DTI cấp tỉnh gồm
    nhận thức số, thể chế số, ..."), else ``start``."""
    ends = [m.end() for m in _ITEMS_INTRO.finditer(lower, start, end)]
    return ends[-1] if ends else start


def _years_of_sentence_before(lower: str, start: int, count: int) -> list[int]:
    """The years the sentence before ``start`` in its paragraph writes, when ``count`` of them: a span's ("các kỳ từ
    2020 đến 2023", "giai đoạn 2020-2023"), the last one written, else every year it writes; else []."""
    para = lower.rfind("\n", 0, start) + 1
    cut = max(lower.rfind(x, para, max(para, start - 2)) for x in (". ", "? ", "! "))
    begin = cut + 2 if cut >= 0 else para
    written = list(_YEAR_LISTED.finditer(lower, begin, start))
    for a, b in reversed(list(pairwise(written))):
        if _YEAR_SPAN.fullmatch(lower, a.end(), b.start()) and int(a.group(1)) < int(b.group(1)):
            span = list(range(int(a.group(1)), int(b.group(1)) + 1))
            return span if len(span) == count else []
    years = [int(y.group(1)) for y in written]
    return years if len(years) == count else []
